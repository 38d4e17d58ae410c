"""Local and generic actors: the police, a town council, residents, "a man".

News names these without a country, but they belong to the place where the story happens:
"Police arrested a man" in a report from Reading is ``GBRCOP`` -> ``GBR``. Within a document,
such an actor takes the country of

1. the places the sentence names ("in Leeds", "outside the parliament in Lima", also within
   another actor's phrase: "gunmen in Chechnya killed four policemen"), when they are of one country (of several, the story's country if it is one of them, else none);
2. else the story's country: the one the document has named most so far (places and the
   dateline count twice, other names once), if it leads alone with a count of two or more; the
   actors of sentences before any country is known take it when it is;
3. else the dateline's ("LONDON, May 2 -").

The actors (``LOCAL_WORDS``): the police and named local forces ("Thames Valley Police", "the
county constabulary", "police officers"), town and city councils, councillors and mayors,
and civilians, counted people ("three people were killed"), residents and villagers (these take
the story's country only in a story that has named no other country: in a war between two
states, victims with no place named may be either's). A word
that a name or a reference already covers, or that has a possessor or a complement of its own
("its police", "residents of Mosul", "the mayor of Kyiv") is left to those. Private persons
("a man", "the suspect", "a woman", "victims": ``PRIVATE_WORDS``) are coded only in a sentence
of a state's legal act (an arrest, a charge, a trial: ``LEGAL_LEMMAS``) or with the police or a
court named in it; they carry the entity ``PRIVATE``, so that the event coder can leave acts
between private persons uncoded (crime between private persons is no political event).

Armed groups with no country ("rebels", "militants", "a rebel group", "Hutu fighters":
``armed_actors``) take only the country of the sentence itself, never the story's: that of the
places their own phrase names ("rebels in the north of Mali", "militants near Kandahar"; not a
place elsewhere in the sentence, which may be the state's or the victims'), or, for rebels and
separatists, that of the state they fight ("a rebel group fighting Burundi's government"). Their
sector is the dictionary's (rebels REB, militants UAF ...); forces, troops and fighters are a
state's (MIL) only with a word that makes them so ("government troops"), and a people's or a
faith's ("Hutu fighters", "Muslim forces") are rebels (REB); bare "forces" are left alone.

A state's forces named with no owner (:func:`state_forces`) are those of the one state the text
leaves them to, when coref's titles have not given them one ("the army" of a story with a main
country is that country's, see ``Resolver.titles``):

- "the army", "the military", "the navy", "the air force", and a force word that modifies a
  force's unit, post or craft ("an army convoy", "a military base", "a police station", "a
  border post": ``FORCE_THINGS``), take the country of the one state the whole document names
  (places, names and its dateline, read ahead to its end: ``doc_states``); in a document that
  names others, the one state of the sentence's places, if the sentence names no other state,
  the document names no other state's forces nor an organisation's ("Turkish jets", "NATO
  troops"), and neither its dateline nor its story's country is another's. A navy's (at sea,
  off another's coast as often as its own) only with the sentence's place. Craft, and things in
  the bare plural, only in a sentence of a fight ("180 military trucks were ordered", "routes
  serving colleges and military bases" are goods and places);
- bare "troops" and "soldiers" only when counted as the victims of violence ("killing 12
  soldiers", "three soldiers were killed", "four soldiers in western Colombia"), as above.
  Troops doing something are as often a foreign army's, even where the story names one state
  ("In Mali, troops opened fire", "troops in Syria withdrew": whose?).

Never in a document that speaks of foreign forces ("peacekeepers", "foreign troops", "coalition
forces": ``FOREIGN_FORCE_WORDS``; these also keep coref's titles from giving "the army" or
"troops" the story's country) or of a conquest ("the invasion", "occupied": ``CONQUEST_WORDS``),
nor in a land a foreign army held in the document's year (``FOREIGN_HELD``: the army in the West
Bank is Israel's, troops in Iraq in 2005 were most often American; coref's titles too), nor for
an army of no state: a named one ("the Free Syrian Army", a name the dictionary covers; "the
Salvation Army", "the Red Army": capitalised words), a rebel's or a private one ("the rebel
army", "a private army camp"), or "army" of no force ("an army of volunteers": not after "the",
and with a complement).

Hooked into :class:`diplograph.actors.coref.Resolver` after its titles: :func:`local_actors`,
:func:`armed_actors`, :func:`state_forces` (and, round 27, :func:`one_state_actors`: the bare
agents of a document that names one state alone; round 28, :func:`coup_makers`: soldiers who make
a coup are the forces of the state it is made in).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from diplograph.actors.resolve import BACKED, STATE_BACKERS, STATELESS_PEOPLES
from diplograph.types import Actor

PRIVATE = "private person"
# the sectors of these actors that make no visit of a state when they arrive somewhere ("police arrived")
LOCAL_SECTORS = frozenset({"COP", "CVL"})
# head noun -> sector: the generic actors that are of the place where the story happens
LOCAL_WORDS = {
    **dict.fromkeys(("police", "policeman", "policemen", "policewoman", "policewomen", "constabulary",
                     "gendarmes", "gendarmerie"), "COP"),
    **dict.fromkeys(("mayor", "mayors", "councillors", "councilors", "councilmen", "aldermen"), "GOV"),
    **dict.fromkeys(("civilians", "people", "residents", "villagers", "locals", "inhabitants", "townspeople",
                     "passers-by", "bystanders"), "CVL"),
}
# "council" only as a town's, a county's ...: "the city council", "Reading Borough Council" (not
# "the Atlantic Council", "the Media Council")
COUNCIL_WORDS = frozenset({"council", "councils"})
COUNCIL_MODIFIERS = frozenset({"city", "town", "county", "district", "borough", "municipal", "local", "parish",
                               "village", "metropolitan", "regional", "provincial", "community"})
# "police officers", "the police department": the police word modifies the actor's head noun
POLICE_HEADS = frozenset({"officer", "officers", "department", "force", "forces", "chief", "chiefs", "commissioner",
                          "spokesman", "spokeswoman", "spokesperson", "constable", "constables", "sergeant",
                          "inspector", "superintendent", "detective", "detectives", "unit", "units", "squad"})
POLICE_WORDS = frozenset({"police", "constabulary"})
# officers of other services ("military officers", "customs officers")
NOT_POLICE_OFFICERS = frozenset({"military", "army", "naval", "navy", "air", "intelligence", "customs", "prison", "border",
                                 "immigration", "commissioned", "non-commissioned", "foreign", "consular", "chief",
                                 "executive", "financial", "medical", "health", "election", "electoral", "security",
                                 "senior", "junior", "ranking", "high-ranking", "retired", "former"})
PRIVATE_WORDS = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "suspect", "suspects",
                           "victim", "victims", "teenager", "teenagers", "youth", "pensioner"})
# the words that introduce a paper by its own name ("the daily El Sol", "the newspaper La Voz")
PRESS_HEADS = frozenset({"daily", "weekly", "newspaper", "paper", "magazine", "tabloid"})
# words before such a word that leave the paper the story's own (not a named foreign one)
PRESS_LEADS = frozenset({"the", "a", "an", "independent", "opposition", "local", "popular", "leading",
                         "private", "privately-owned", "influential", "weekly", "daily", "mass-circulation"})
# every head noun of a local or private actor (a sentence with none of them has none)
HEAD_WORDS = frozenset(LOCAL_WORDS) | COUNCIL_WORDS | POLICE_HEADS | PRIVATE_WORDS | PRESS_HEADS | {"officer", "officers"}
# lemmas of a state's legal acts: a sentence with one of these is about the state and a person
LEGAL_LEMMAS = frozenset({"arrest", "detain", "detention", "charge", "convict", "conviction", "sentence", "jail",
                          "imprison", "imprisonment", "custody", "bail", "remand", "extradite", "extradition",
                          "deport", "prosecute", "prosecution", "acquit", "interrogate", "question", "trial"})
LEGAL_SECTORS = frozenset({"COP", "JUD"})
# "people" is coded only when counted (others: "people would vote", "most people think")
COUNTED_ONLY = frozenset({"people"})
COUNTS = frozenset({"dozens", "hundreds", "thousands", "tens", "millions", "scores", "several", "many", "dozen",
                    "hundred", "thousand", "million"})
# ... and in a clause of violence, arrest, flight or protest, where news counts people as victims or
# crowds ("killed three people", "thousands of people marched"), not as customers or voters
PEOPLE_STEMS = ("kill", "injur", "wound", "die", "dead", "death", "hurt", "shot", "shoot", "stab", "attack", "hostage",
                "kidnap", "abduct", "arrest", "detain", "gather", "march", "rall", "protest", "demonstrat", "evacuat",
                "displac", "fled", "flee", "massacr", "execut", "tortur", "beat", "clash", "riot")
PENDING_WINDOW = 2  # sentences after an actor within which a country first learned is taken
# prepositions of where something happens, and nouns of a place before "of" ("the city of Oruro")
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "state", "county", "capital",
                         "port", "suburb", "island", "municipality"})
# complements that place or own the actor: left to the dictionary when they name one ("police in Kabul",
# "residents of Mosul")
OWN_PREPS = frozenset({"of", "in", "from", "at", "for", "inside", "near"})


# armed groups: the sectors of non-state groups, and the head nouns of fighting men whose sector
# the words before them decide
ARMED_SECTORS = frozenset({"REB", "UAF", "SEP"})
REBEL_SECTORS = frozenset({"REB", "SEP"})
# peoples of no state of their own and faiths, whose armed men fight the state they live in (the
# parser often tags these as persons: "Hutu rebels")
PEOPLE_WORDS = frozenset({"hutu", "tutsi", "tamil", "kurdish", "kurd", "pashtun", "hazara", "uighur", "uyghur", "baluch",
                          "baloch", "baluchi", "kashmiri", "tuareg", "berber", "rohingya", "muslim", "moslem",
                          "christian", "sikh", "hindu", "islamic", "islamist", "shiite", "shia", "sunni"})
# the sectors of a state's side in a war with its own people's armed men (:func:`_state_at_war`)
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV"})
GROUP_NOUNS = frozenset({"group", "groups", "faction", "factions", "movement", "band", "bands"})
FORCE_WORDS = frozenset({"forces", "force", "troops", "fighters", "soldiers", "units"})
# modifiers that make forces a state's ("government troops", "security forces")
STATE_FORCE_WORDS = frozenset({"government", "army", "federal", "regime", "national", "security", "military",
                               "pro-government", "loyalist", "state", "police", "paramilitary", "border"})
# words of the state a rebel group fights ("fighting Burundi's government", "a war against Mali")
FIGHT_WORDS = frozenset({"fight", "fighting", "battle", "battling", "against", "oppose", "opposing", "topple",
                         "overthrow", "war"})
# "in the north of Mali", "in eastern parts of Chad": a part of a place is the place
PART_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "centre", "center", "part", "parts", "interior", "border", "borders", "outskirts"})
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                     "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest"})


@dataclass
class LocalState:
    """What this module keeps of one document, on its resolver (``Resolver.local``)."""

    pending: list = field(default_factory=list)  # actors waiting for the story's country
    # read ahead over the whole document (:func:`preview`): the states it names, and those whose
    # forces it names (with "IGO" for an organisation's forces)
    doc_states: frozenset = frozenset()
    doc_forces: frozenset = frozenset()
    places: Counter = field(default_factory=Counter)  # countries of the places named so far
    # round 26: ... of those named where something happens, not as a venue of talks ("Elections in
    # Cambodia were marred by violence", not "Talks in Geneva ended"): where the story is
    # (each with the first sentence that names it)
    scenes: dict = field(default_factory=dict)
    names: Counter = field(default_factory=Counter)  # countries of the other names so far
    counted: int = 0  # how many of the resolver's remembered mentions ``names`` has counted


def story_country(resolver) -> str | None:
    """The country the document has named most so far, counting a place ("in Leeds") and the
    dateline twice and any other name once, if it leads alone with a count of two or more; else
    the dateline's."""
    state, seen = resolver.local, resolver.state.seen
    for s in seen[state.counted:]:  # (the remembered mentions only grow: count each once)
        c = s.actor.country
        if c and not s.actor.code.startswith("IGO") and not s.place and not s.topic:
            state.names[c] += 1
    state.counted = len(seen)
    counts = state.names.copy()
    for c, n in state.places.items():
        counts[c] += 2 * n
    filed = resolver.state.dateline
    if filed:
        counts[filed] += 2
    named = {c for c, n in counts.items() if n > 0}
    # round 30: a national outlet's story that has named its own country once and no other
    # ("The UK's biggest union ... Police said ...") is of that country
    return resolver.leading(counts) or filed or (resolver.home if named and named == {resolver.home} else None)


def _placed(s, sent) -> bool:
    """A mention named as the place where something happens: after "in", "near" ... (not "from",
    "to": "a deal from Brussels"), also as "the city of X", or a country after a town's name and a
    comma ("in Reading, England")."""
    k = s.first
    if k >= 1 and sent[k - 1].lower_ in LOCATIVE:
        return True
    if k >= 2 and sent[k - 1].lower_ == "of" and sent[k - 2].lower_ in PLACE_NOUNS:
        return True
    if k >= 2 and sent[k - 1].text == "," and sent[k - 2].pos_ == "PROPN" and s.actor.code == s.actor.country \
            and not s.person:
        return True
    return _adjective_place(s, sent)


# area nouns after which "of" names the place itself ("the streets of the Bolivian capital")
STREET_NOUNS = frozenset({"streets", "street", "centre", "center", "heart", "outskirts", "suburbs"})


def _adjective_place(s, sent) -> bool:
    """Round 26: a state's adjective on a place noun where something happens ("in the Cameroonian
    capital", "near the Iraqi town of Tikrit", "through the streets of the Bolivian capital"): the
    place is the state's, as if it were named ("in Yaounde"). Only the bare adjective (not "Iraqi
    police"), on the place noun it modifies."""
    if s.first < 0 or s.person or s.first != s.token or s.actor.code != s.actor.country:
        return False
    tok = sent[s.token]
    place = tok.head
    if tok.dep_ not in ("amod", "compound") or place.lower_ not in PLACE_NOUNS or place.i <= tok.i:
        return False
    if place.dep_ != "pobj":
        return False
    prep = place.head
    return prep.lower_ in LOCATIVE or prep.lower_ in ("through", "into") or (
        prep.lower_ == "of" and prep.head.lower_ in STREET_NOUNS | PART_NOUNS)


def _armed_place(s, sent) -> bool:
    """A place of an armed group's sentence: as :func:`_placed`, also past a compass word ("in east
    Bosnia") or as a part of it ("in the north of Mali", "the outskirts of Kabul")."""
    if _placed(s, sent):
        return True
    k = s.first
    while k >= 1 and (sent[k - 1].lower_ in COMPASS or (sent[k - 1].lower_ == "the" and k < s.first + 2)):
        k -= 1  # "in eastern Bosnia", "in the southern Albanian town of Vlore"
    if k < s.first and k >= 1 and sent[k - 1].lower_ in LOCATIVE:
        return True
    return k >= 2 and sent[k - 1].lower_ == "of" and sent[k - 2].lower_ in PART_NOUNS | PLACE_NOUNS


def sentence_places(sent, local) -> set[str]:
    """The countries of the places this sentence names."""
    return {s.actor.country for s in local
            if s.actor.country and not s.actor.code.startswith("IGO") and (_placed(s, sent) or _inner_place(s, sent))}


def _head_sector(tok) -> str | None:
    """The sector of a local actor whose head noun is ``tok``, or None."""
    low = tok.lower_
    if low in LOCAL_WORDS:
        if low in POLICE_WORDS and tok.dep_ in ("compound", "nmod"):
            return None  # "police custody", "a police officer": the head noun decides
        return LOCAL_WORDS[low]
    if low in COUNCIL_WORDS and any(c.dep_ in ("compound", "amod") and c.lower_ in COUNCIL_MODIFIERS for c in tok.children):
        return "GOV"
    if low in POLICE_HEADS and any(c.dep_ == "compound" and c.lower_ in POLICE_WORDS for c in tok.children):
        return "COP"
    if low in ("officers", "officer") and not any(c.dep_ == "compound" or c.lower_ in NOT_POLICE_OFFICERS
                                                  for c in tok.children) and _names_police(tok.doc):
        return "COP"  # "the officers", "armed officers" of a story that names the police
    return None


def _own_paper(sent, k: int, taken: set[int]):
    """The last token of a paper named after "the daily", "the newspaper", "the opposition
    weekly" ... with no country before it ("the daily El Sol reported", "the newspaper La Voz"):
    a paper the dictionary does not know, of the place where the story happens, as its police
    are. None when no capitalised name follows, or when a word other than an article or a plain
    description comes before ("the Israeli daily" is coded by its adjective, "a British paper"
    is not the story's own)."""
    lead = sent[k - 1].lower_ if k > 0 else ""
    if lead not in PRESS_LEADS or (k - 1) in taken:
        return None
    end = k + 1
    while (end < len(sent) and end - k <= 4 and end not in taken and sent[end].text[:1].isupper()
           and sent[end].pos_ == "PROPN"):
        end += 1
    return sent[end - 1] if end > k + 1 else None


def _names_police(doc) -> bool:
    """Whether the document names the police anywhere (computed once per document)."""
    seen = doc.user_data.get("names_police")
    if seen is None:
        seen = doc.user_data["names_police"] = any(t.lower_ == "police" for t in doc)
    return seen


def _counted(tok) -> bool:
    """ "three people", "thousands of people", "dozens more people": a count of people, not
    people at large ("people would vote", "45% of people")."""
    if any(c.dep_ == "nummod" or c.lower_ in COUNTS for c in tok.children):
        return True
    up = tok.head
    return (tok.dep_ == "pobj" and up.lower_ == "of" and up.head.lower_ in COUNTS
            and not any(c.lower_ in ("%", "percent") for c in up.head.children))


def _in_violence(tok) -> bool:
    """A word above ``tok`` (up to its clause's verb) is one of violence, arrest, flight or protest."""
    up = tok
    for _ in range(5):
        if up.head.i == up.i:
            return False
        up = up.head
        if up.lemma_.lower().startswith(PEOPLE_STEMS):
            return True
        if up.pos_ in ("VERB", "AUX"):
            return False
    return False


def _legal(sent, sectors: set[str]) -> bool:
    """The sentence tells of a state's legal act, or names the police or a court."""
    return bool(sectors & LEGAL_SECTORS) or any(t.lemma_.lower() in LEGAL_LEMMAS for t in sent)


def _taken(resolver, index: int, offset: int, sent, local) -> set[int]:
    """Token positions (within the sentence) already covered: by the sentence's coded mentions
    (``local``) and by references already made in it ("the police", "they"). Mentions are
    emitted in sentence order, a late country at most PENDING_WINDOW sentences back, so only
    the tail of the output is read."""
    taken: set[int] = set()
    for s in local:
        taken.update(range(s.first if s.first >= 0 else s.token, s.token + 1))
    start, end = offset + sent.start_char, offset + sent.end_char
    starts = None  # the character offset of each token, read once for all the mentions
    for m in reversed(resolver.out):
        if m.sentence < index - PENDING_WINDOW - 1:
            break
        if m.sentence == index and start <= m.start < end:
            if starts is None:
                starts = [offset + t.idx for t in sent]
            taken.update(k for k, ts in enumerate(starts) if m.start <= ts < m.end)
    return taken


def local_actors(resolver, doc_text: str, index: int, offset: int, sent, local, lowers: list[str] | None = None) -> None:
    """Emit mentions for the local and generic actors of one sentence (see the module
    docstring). ``local``: the coded mentions of the sentence, as coref remembers them;
    ``lowers``: its words, lower-cased, when the caller has them (to pass over a sentence
    without HEAD_WORDS quickly)."""
    found = []
    candidates = lowers is None or not HEAD_WORDS.isdisjoint(lowers)
    taken = _taken(resolver, index, offset, sent, local) if candidates else set()
    for tok in sent if candidates else ():
        k = tok.i - sent.start
        if k in taken:
            continue
        paper = _own_paper(sent, k, taken) if tok.lower_ in PRESS_HEADS else None
        if paper is not None:
            found.append((tok, paper, "MED", False))
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        private = tok.lower_ in PRIVATE_WORDS and tok.pos_ == "NOUN"
        sector = None if private else _head_sector(tok)
        if sector is None and not private:
            continue
        if k > 0 and sent[k - 1].text in ("-", "–") and not sent[k - 1].whitespace_:
            continue  # "non-residents", "anti-police"
        if tok.lower_ in COUNTED_ONLY and not (_counted(tok) and _in_violence(tok)):
            continue
        if any(c.dep_ == "poss" for c in tok.children):
            continue  # "its police", "the city's mayor": the possessor decides
        if tok.dep_ == "poss" and sector != "CVL":
            continue  # "a police officer's driver": the one possessed is the party, not the officer
        if tok.dep_ == "conj" and tok.head.dep_ in ("compound", "amod", "nmod"):
            continue  # "securities and police authorities", "military and police spending": a modifier
        if any(c.dep_ == "prep" and c.lower_ in OWN_PREPS and (
                any(t.i - sent.start in taken for t in c.subtree) or (private and c.lower_ in ("of", "from")))
               for c in tok.children):
            continue  # "residents of Mosul", "the mayor of Kyiv", "a man from Syria": a complement decides
        first = tok
        while first.i > sent.start and sent[first.i - sent.start - 1].dep_ in ("compound", "amod") \
                and first.i <= sent[first.i - sent.start - 1].head.i <= tok.i and first.i - 1 - sent.start not in taken:
            first = sent[first.i - sent.start - 1]
        found.append((first, tok, sector, private))
    pending = resolver.local.pending
    story = story_country(resolver)
    places = sentence_places(sent, local)
    resolver.local.places.update(places)
    if places and not any(t.lemma_.lower() in VENUE_LEMMAS for t in sent):
        for c in places:
            resolver.local.scenes.setdefault(c, index)
    if pending and (named := story_country(resolver)):
        # actors of the sentences just before the document named its country (this sentence included)
        for item in pending:
            if index - item[0] <= PENDING_WINDOW:
                _emit(resolver, doc_text, named, *item)
        pending.clear()
    if not found:
        return
    sectors = {s.actor.sector[:3] for s in local if s.actor.sector} | {f[2] for f in found if f[2]}
    legal = _legal(sent, sectors)
    if places:
        # round 30: nor is the place where a report came out ("Guinean soldiers beat activists,
        # Amnesty said in a report released in London"), even when it is the sentence's only
        # place (a rights group's office; "officials said in Nairobi" still places the act)
        places = {s.actor.country for s in local if s.actor.country in places and not s.actor.code.startswith("IGO")
                  and (_placed(s, sent) or _inner_place(s, sent)) and not release_place(s, sent)}
    if len(places) > 1:
        # round 29: the place of who reports is no scene ("Police fired tear gas at protesters in
        # Lhasa, exiles in India said"), when a place of the act is left
        scene = {s.actor.country for s in local if s.actor.country and not s.actor.code.startswith("IGO")
                 and (_placed(s, sent) or _inner_place(s, sent)) and not _reporters_place(s, sent)}
        if len(scene) == 1:
            places = scene
    if len(places) > 1:
        if story not in places:
            return  # several countries' places: no reading
        places = {story}
    iso = places.pop() if places else story
    named = {s.actor.country for s in resolver.state.seen + list(local)
             if s.actor.country and not s.actor.code.startswith("IGO")}
    for first, last, sector, private in found:
        if private and not legal:
            continue
        if sector == "CVL" and not places and len(named) > 1:
            continue  # victims or residents, no place named, in a story of several countries: whose?
        prons = [p for p in _their_they(sent, last) if p.i - sent.start not in taken] \
            if not private and last.dep_ == "nsubj" else []
        item = (index, offset, first, last, sector, private, prons)
        if iso:
            _emit(resolver, doc_text, iso, *item)
        else:
            pending.append(item)


def _fought(tok, sent, local) -> set[str]:
    """The countries of the states a rebel group fights in its sentence: a state's body or the
    country under a word of fighting that belongs to the group ("a group fighting Burundi's
    government", "rebels waging a war against Chad") or to the verb whose subject it is."""
    span = _fight_span(tok, sent)
    out = set()
    for s in local:
        sector = (s.actor.sector or "")[:3]
        if s.token in span and s.actor.country and not s.person and sector in ("GOV", "MIL", "") \
                and not s.actor.code.startswith("IGO"):
            out.add(s.actor.country)
    return out


def _state_at_war(sent, local, own: set[int]) -> set[str]:
    """The countries of the states whose forces or government the sentence names outside the
    group's own phrase ("Sri Lankan troops recaptured the town from Tamil rebels", "Turkish
    jets bombed Kurdish guerrillas"): a people's or a faith's armed men that the dictionary gives
    no country ("Tamil", "Kurdish", "Hutu", "Muslim") fight the state of that sentence, whose
    minority they are. Not a person, an organisation or a place, nor who reports the fighting
    ("..., the Indian government said", "according to Belgian troops")."""
    return {s.actor.country for s in local
            if s.actor.country and s.token not in own and not s.person and not s.place
            and (s.actor.sector or "")[:3] in STATE_FORCE_SECTORS and not s.actor.code.startswith("IGO")
            and not _reporter(sent[s.token])}


# verbs that report what another did ("..., the army said"), and the prepositions of a source
REPORTING_VERBS = frozenset({"say", "report", "tell", "announce", "add", "state", "claim", "confirm", "quote"})


def _reporter(tok) -> bool:
    """The token names who reports: the subject of a reporting verb, or "according to" X."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING_VERBS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


# round 30: a report published somewhere ("in a report released in London"): its place is the
# publisher's, not the scene's ("released" alone is also freeing prisoners, so only on these nouns)
REPORT_NOUNS = frozenset({"report", "reports", "statement", "statements", "study", "survey", "communique", "letter",
                          "dossier", "document", "findings"})
PUBLISHING_LEMMAS = frozenset({"release", "publish", "issue", "present", "launch", "unveil"})


def _reporters_place(s, sent) -> bool:
    """Round 29: a place named as where who reports is ("exiles in Kazakhstan said", "..., officials
    said in Nairobi"), not where the act happens. Round 30: also where a report was published ("in
    a report released in London")."""
    tok = sent[s.token]
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    owner = tok.head.head
    return _published(owner) or _reporter(owner) or (owner.pos_ == "VERB" and owner.lemma_.lower() in REPORTING_VERBS)


def _published(verb) -> bool:
    """The word is the participle of a report's coming out ("a report released", "a statement
    issued"), so a place after it is the publisher's."""
    return verb.lemma_.lower() in PUBLISHING_LEMMAS and verb.dep_ == "acl" and verb.head.lower_ in REPORT_NOUNS


def release_place(s, sent) -> bool:
    """Round 30: the local actor's place is only where a report came out ("..., Amnesty said in a
    report released in London"): the publisher's office, even when it is the sentence's only place."""
    tok = sent[s.token]
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _published(tok.head.head)


def _fight_span(tok, sent) -> set[int]:
    """The positions under the words of fighting of the group ``tok`` (see :func:`_fought`)."""
    roots = [c for c in tok.children if c.lower_ in FIGHT_WORDS or c.lemma_.lower() in FIGHT_WORDS]
    if tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in FIGHT_WORDS or tok.head.lower_ in FIGHT_WORDS):
        roots.append(tok.head)
    roots += [g for r in list(roots) for g in r.children if g.lower_ in FIGHT_WORDS]
    span: set[int] = set()
    for r in roots:
        here = {t.i - sent.start for t in r.subtree}
        if r.is_ancestor(tok):
            here -= {t.i - sent.start for t in tok.subtree}  # the verb's: not the group's own words
        span |= here
    return span


def armed_actors(resolver, doc_text: str, index: int, offset: int, sent, local, agents) -> None:
    """Give the armed groups of this sentence that the dictionary read with no country (``agents``:
    "rebels", "a rebel group", "militants") the country their sentence gives them (see the
    module docstring)."""
    taken = _taken(resolver, index, offset, sent, local)
    for m in agents:
        if m.actor.country or any(k in taken for k in range(m.start, m.end)):
            continue
        sector = (m.actor.sector or "")[:3]
        last = sent[m.end - 1]
        if last.dep_ == "compound" and last.head.lower_ in GROUP_NOUNS and last.head.i == m.end + sent.start \
                and sector in ARMED_SECTORS:
            last = last.head  # "an armed rebel group": the group is the rebels
        if any(c.dep_ == "poss" for c in last.children) or last.dep_ in ("compound", "amod", "poss"):
            continue  # "its forces", "a rebel attack": the possessor or the head noun decides
        mods = [sent[k] for k in range(m.start, last.i - sent.start)] + [c for c in last.children if c.dep_ in ("amod", "compound")]
        if sector in ARMED_SECTORS:
            pass
        elif last.lower_ in FORCE_WORDS and sector in ("MIL", "COP"):
            if any(t.lower_ in STATE_FORCE_WORDS for t in mods):
                pass  # "government troops", "security forces": the state's
            elif any(t.ent_type_ == "NORP" and t.text[:1].isupper() for t in mods):
                sector = "REB"  # "Hutu fighters", "Muslim forces": a people's or a faith's armed men
            else:
                continue  # "forces in Syria", "troops": whose?
        else:
            continue
        own = {t.i - sent.start for t in last.subtree} - set(range(m.start, last.i - sent.start + 1))
        if sector in REBEL_SECTORS:
            own -= _fight_span(last, sent)  # "a group fighting Burundi's government": the state fought
        if any(s.token in own and not _armed_place(s, sent) for s in local):
            continue  # "guerrillas loyal to Arafat", "rebels backed by Rwanda": a name of their own decides
        # the places of the group's own phrase ("rebels in the north of Mali"), not any of the
        # sentence's: a place elsewhere may be where the state or its victims are
        phrase = {t.i - sent.start for t in last.subtree}
        countries = {s.actor.country for s in local if s.token in phrase and s.actor.country
                     and not s.actor.code.startswith("IGO") and _armed_place(s, sent)}
        if sector in REBEL_SECTORS:
            countries |= _fought(last, sent, local)
        people = [t for t in mods if t.i < last.i and t.text[:1].isupper()
                  and (t.ent_type_ == "NORP" or t.lower_ in PEOPLE_WORDS)]
        if not countries and people and sector in ARMED_SECTORS:
            countries = _state_at_war(sent, local, own)  # "Sri Lankan troops ... Tamil rebels"
        if len(countries) != 1:
            continue  # none, or several: no reading
        iso = countries.pop()
        actor = resolver.country_actor(iso, sector, "")
        first = m.start
        if people and first > 0 and sent[first - 1] in people:
            first -= 1  # "Tamil rebels": the people's word is part of the group's name
        if first >= 2 and sent[first - 1].text in ("-", "–") and not sent[first - 2].whitespace_ \
                and not sent[first - 1].whitespace_:
            first -= 2  # "anti-government rebels"
        resolver.emit(doc_text, offset, index, sent[first], last, actor)
        # "Insurgents ambushed a patrol near Ramadi. The insurgents used ...": a later "the
        # insurgents" or "they" may point back to the group placed here
        resolver.remember(local, index, sent, first, last.i - sent.start, actor)
        taken.update(range(m.start, last.i - sent.start + 1))


# lemmas of meetings, whose place is a venue that says nothing of whose the parties are
VENUE_LEMMAS = frozenset({"talk", "talks", "meet", "meeting", "summit", "conference", "negotiation", "negotiate",
                          "forum", "visit", "host", "convene"})
# agent words that name a body of a state rather than people
BODY_WORDS = frozenset({"opposition", "union", "unions", "party", "parties", "press", "media"})
# round 24: agents of society and of no state that the sentence places (:func:`scene_actors`):
# news names them without a country where they act or suffer ("A journalist was killed in Beirut",
# "Islamic fundamentalists burned churches in Kano"); a state's organs are coref's (body_country)
# and refugees, aid workers and rights groups are as often foreign as the place's
SCENE_SECTORS = frozenset({"CVL", "MED", "EDU", "LAB", "AGR", "REL", "CRM", "OPP", "HLH", "BUS", "RAD"})
# ... not when named as foreign or from elsewhere ("foreign journalists", "visiting students")
FOREIGN_MODIFIERS = frozenset({"foreign", "international", "overseas", "western", "expatriate", "visiting",
                               "exiled", "expat", "migrant", "immigrant", "other"})


AREA_NOUNS = PLACE_NOUNS | PART_NOUNS | frozenset({
    "area", "areas", "suburbs", "street", "streets", "sector", "quarter", "neighbourhood", "neighborhood", "region",
    "regions", "provinces", "villages", "towns", "cities", "districts", "valley", "delta", "countryside", "highlands"})


def _owned_thing(s, sent) -> bool:
    """ "at Nigeria's largest oilfield", "at the Iraqi oil ministry": a state named as the owner
    of a thing, which may stand anywhere (an area of it is still a place: "in Algeria's Blida
    region")."""
    tok = sent[s.token]
    return tok.dep_ in ("poss", "compound", "amod") and tok.head.i != tok.i and tok.head.lower_ not in AREA_NOUNS \
        and tok.head.pos_ in ("NOUN", "PROPN") and not _inner_place(s, sent)


def _aim(tok) -> bool:
    """Round 26: a plural after "at" is what is aimed at, not where ("fired rockets at Israeli
    troops", "shot at Indian soldiers"; "at the embassy", "at Heathrow" stay places)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.tag_ in ("NNS", "NNPS")


def _deep_place(s, sent) -> bool:
    """A place named deeper in a phrase of where: "in a residential sector of eastern Beirut",
    "in a village of Colombia's Antioquia province", "in the suburbs of Algiers"."""
    if s.person:
        return False
    tok = sent[s.token]
    for _ in range(6):
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
            tok = tok.head.head
        elif tok.dep_ in ("compound", "amod", "poss", "nmod", "appos") and tok.head.i != tok.i \
                and tok.head.lower_ in AREA_NOUNS:
            tok = tok.head  # "Colombia's Antioquia province", not "a U.S. base" (a thing of that state)
        else:
            return False
    return False


def _frame(tok):
    """The verb of the clause ``tok`` is in, up over adverbial, coordinated and relative clauses
    but not out of a reported one ("officials said rebels had freed ...": "freed")."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ccomp", "parataxis", "ROOT"):
            return cur.i
        if cur.head.i == cur.i:
            return cur.i
        cur = cur.head
    return cur.i


def _scene_complement(prep, sent, local, iso: str) -> bool:
    """ "villagers in Algeria's Blida region", "Pashtuns in northern Afghanistan": a complement of
    where, whose named places are all of the scene's state."""
    if prep.lower_ not in LOCATIVE:
        return False
    inside = {t.i - sent.start for t in prep.subtree}
    named = [s for s in local if s.token in inside]
    return bool(named) and all(s.actor.country == iso and not s.person and (s.actor.sector or "")[:3] in ("", "CVL")
                               for s in named)


def _state_backed(sent, m) -> bool:
    """ "Government-backed militias", "pro-government militiamen": an irregular force a state backs
    (the resolver's ``state_backed`` made it MIL) names no state of its own."""
    words = [t.lower_ for t in sent[max(m.start - 3, 0) : m.end]]
    return any(words[k + 1] in ("-", "–") and ((words[k] == "pro" and words[k + 2] in STATE_BACKERS)
                                                or (words[k] in STATE_BACKERS and words[k + 2] in BACKED))
               for k in range(len(words) - 2))


def scene_actors(resolver, doc_text: str, index: int, offset: int, sent, local, agents) -> None:
    """Give the agents that no earlier rule placed the country of the one state whose places the
    sentence names (past a compass word, "the city of X", or within another mention): civilians,
    journalists, students, workers, clergy, criminals, protesters (SCENE_SECTORS), and armed men of
    no state ("gunmen", "militiamen") when the sentence names no state's forces or government of
    another country (in a war of two states, whose?). Peoples of no state of their own named in
    the plural ("Tamils", "Pashtuns") are that state's civilians. Never the story's country: a place
    elsewhere in the document says nothing of who acts here."""
    if any(t.lemma_.lower() in VENUE_LEMMAS for t in sent):
        return  # "talks between the government and rebels resumed in Oslo": a venue, not a home
    places = [s for s in local if s.actor.country and not s.actor.code.startswith("IGO")
              and (_armed_place(s, sent) or _inner_place(s, sent) or _deep_place(s, sent)) and not _owned_thing(s, sent)]
    # round 26: a force aimed at ("fired rockets at Israeli troops") is a place only when the
    # sentence names no real one ("... in southern Lebanon": there the group is)
    real = [s for s in places if not _aim(sent[s.token])]
    scene = {s.actor.country for s in (real or places)}
    if len(scene) != 1:
        return
    (iso,) = scene
    taken = _taken(resolver, index, offset, sent, local)
    foreign_state = any(s.actor.country and s.actor.country != iso and not s.person and not s.place
                        and (s.actor.sector or "")[:3] in STATE_FORCE_SECTORS for s in local)
    found = []
    for m in agents:
        sector = (m.actor.sector or "")[:3]
        if m.actor.country or not m.actor.code or any(k in taken for k in range(m.start, m.end)):
            continue
        if not (sector in SCENE_SECTORS or (sector in ARMED_SECTORS and not foreign_state)
                or (sector == "MIL" and not foreign_state and _state_backed(sent, m))):
            continue  # (round 28: "government-backed militias" fight for the government of where they are)
        if sent[m.end - 1].lower_ in BODY_WORDS:
            continue  # "the opposition": a body of a state, coref's (body_country)
        found.append((m.start, sent[m.end - 1], m.actor.sector))
    for tok in sent:
        k = tok.i - sent.start
        if tok.lower_ in STATELESS_PEOPLES and tok.pos_ in ("NOUN", "PROPN") and k not in taken \
                and not any(f[1].i == tok.i for f in found):
            found.append((k, tok, "CVL"))
    frames = {s.token: _frame(sent[s.token]) for s in local if s.actor.country == iso}
    for start, last, sector in found:
        own = {t.i - sent.start for t in last.subtree}
        if any(s.token in own and s.actor.country and s.actor.country != iso and _armed_place(s, sent) for s in local):
            continue  # "rebels on the border of Chad and Sudan": places of two states
        if any(s.token in own and not (s.actor.code in (iso, iso + "CVL") and not s.person) for s in local):
            continue  # "European Community trade experts", "guerrillas loyal to X": a name of their own decides
        here = _frame(last)
        if not any(f == here for k, f in frames.items() if k not in own) and not any(k in own for k in frames):
            continue  # "Officials in Paris said rebels had freed ...": the place is the reporter's
        if last.dep_ in ("compound", "amod", "poss", "nmod") or any(c.dep_ == "poss" for c in last.children):
            continue  # "a student union", "their workers": the head noun or the possessor decides
        if any(c.dep_ == "prep" and c.lower_ in OWN_PREPS | {"from"} and not _scene_complement(c, sent, local, iso)
               for c in last.children):
            continue  # "workers of the company", "refugees from Rwanda": a complement decides
        if last.lower_ in COUNTED_ONLY and not (_counted(last) and _in_violence(last)):
            continue  # "40% of people would vote": people at large
        k = last.i - sent.start
        if k > 0 and sent[k - 1].text in ("-", "–") and not sent[k - 1].whitespace_:
            continue  # "non-residents"
        if any(c.lower_ in FOREIGN_MODIFIERS for c in last.children) or \
                (start > 0 and sent[start - 1].lower_ in FOREIGN_MODIFIERS):
            continue
        first = sent[start]
        while first.i > sent.start and sent[first.i - sent.start - 1].dep_ in ("compound", "amod") \
                and sent[first.i - sent.start - 1].head.i <= last.i and first.i - 1 - sent.start not in taken \
                and sent[first.i - sent.start - 1].lower_ not in FOREIGN_MODIFIERS:
            first = sent[first.i - sent.start - 1]  # "Islamic fundamentalists": the words of the group
        actor = resolver.country_actor(iso, sector, "")
        resolver.emit(doc_text, offset, index, first, last, actor)
        if (sector or "")[:3] in ARMED_SECTORS:
            # an armed group a later "the rebels" or "they" may point back to (as in armed_actors)
            resolver.remember(local, index, sent, first.i - sent.start, last.i - sent.start, actor)
        taken.update(range(first.i - sent.start, last.i - sent.start + 1))


# the people of the street a one-state document's own (not its papers, as often foreign ones
# quoted; nor its trades, whose strikes the event coder places: "LAGOS - Teachers went on strike")
HOME_SECTORS = frozenset({"OPP", "CVL"})


def home_state(resolver, index: int) -> str | None:
    """The one state of a document that names no other: its dateline's ("COLOMBO, Aug 3 -"), or
    the state an earlier sentence has named as the place where things happen ("Fighting resumed
    in Chechnya."; not a venue of talks), when the whole document
    (read ahead: ``doc_states``) names no other state. None when it speaks of foreign forces or
    of a conquest (whose are the fighters then?)."""
    filed = resolver.state.dateline
    if filed:
        return filed if resolver.local.doc_states <= {filed} else None
    # (a place of an earlier sentence: this sentence's may be a reporter's, "Officials in Paris
    # said rebels had freed ...", which scene_actors reads clause by clause)
    return resolver.scene_country(index)


def home_actors(resolver, doc_text: str, index: int, offset: int, sent, local, agents) -> None:
    """Round 26: give the armed men of no state, the people of the street and the forces a state
    word makes a state's ("security forces") that no earlier rule placed ("Guerrillas overran an
    army camp", "Protesters stormed parliament") the country of a
    document that names one state alone (:func:`home_state`): a dispatch filed from Bogota about
    guerrillas with no other state in it is about Colombia's. Not a body of a state ("the
    opposition": coref's), nor words that a possessor, a complement or a head noun decides ("their
    supporters", "refugees from Rwanda", "a rebel attack"), nor foreign ones ("foreign students")."""
    if not agents or _conquest_named(sent.doc):
        return
    iso = home_state(resolver, index)
    if iso is None or (foreign_forces(sent.doc, iso, resolver.day)
                       and any((m.actor.sector or "")[:3] in ARMED_SECTORS | {"MIL", "COP"} for m in agents)):
        return
    taken = _taken(resolver, index, offset, sent, local)
    for m in agents:
        sector = (m.actor.sector or "")[:3]
        if m.actor.country or not m.actor.code or any(k in taken for k in range(m.start, m.end)):
            continue
        last = sent[m.end - 1]
        # ("security forces", "government troops": a state's, named so; bare "troops" are as often
        # a foreign army's)
        state_force = sector in ("MIL", "COP") and last.lower_ in FORCE_WORDS and any(
            sent[k].lower_ in STATE_FORCE_WORDS for k in range(m.start, m.end - 1))
        if sector not in ARMED_SECTORS and sector not in HOME_SECTORS and not state_force:
            continue
        if any(sent[k].lower_ in BODY_WORDS for k in range(m.start, m.end)) \
                or last.dep_ in ("compound", "amod", "poss", "nmod") or any(c.dep_ == "poss" for c in last.children):
            continue  # "the opposition", "opposition politicians": a body's, coref's; "a rebel attack"
        if any(c.dep_ == "prep" and c.lower_ in OWN_PREPS | {"from"} for c in last.children):
            continue  # "refugees from Rwanda", "rebels of the north": a complement decides (or others did)
        if any(sent[k].lower_ in FOREIGN_MODIFIERS for k in range(max(m.start - 1, 0), m.end)):
            continue
        if last.lower_ in COUNTED_ONLY and not (_counted(last) and _in_violence(last)):
            continue  # "40% of people would vote": people at large
        if m.start > 0 and sent[m.start - 1].text in ("-", "–") and not sent[m.start - 1].whitespace_:
            continue  # "non-residents"
        first = sent[m.start]
        actor = resolver.country_actor(iso, m.actor.sector, "")
        resolver.emit(doc_text, offset, index, first, last, actor)
        if sector in ARMED_SECTORS:
            resolver.remember(local, index, sent, m.start, m.end - 1, actor)
        taken.update(range(m.start, m.end))


# round 27: the agents a document that names one state alone gives that state (:func:`one_state_actors`):
# its organs, its opposition and the people of its street; not refugees (they fled another
# state), armed men or forces (a war has two sides), nor criminals, companies, scholars and
# doctors (as often from abroad: "hackers defaced Danish web sites", "Norway's exports grew.
# Company officials said", "Scientists say the drought will last", aid agencies' doctors)
ONE_STATE_SECTORS = (SCENE_SECTORS - {"CRM", "BUS", "EDU", "HLH"}) | frozenset({"GOV", "COP", "LEG", "JUD"})
# people of a state's society: named by their nationality alone they may be abroad
SOCIETY_SECTORS = frozenset({"CVL", "BUS", "MED", "LAB", "AGR", "EDU", "HLH", "CRM", "REF", "RAD", "REL"})
# people held by others or on the move, as often another state's as the one named ("The United
# States demanded the release of the hostages", "passengers of a hijacked jet")
NOT_HOME_WORDS = frozenset({"hostages", "hostage", "captives", "prisoners", "detainees", "abductees", "pows", "survivors",
                            "tourists", "travellers", "travelers", "passengers", "pilgrims", "migrants", "immigrants",
                            "exiles", "expatriates", "emigres", "asylum-seekers", "seekers", "sailors", "crew"})
# a state's organs: these take the one state only where it is named by no organ of its own
# ("Kenyan traders blocked a road after police demolished their stalls"; but "Israeli officials
# urged the government to ..." is as often another state's government)
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# nouns after an agent word used as a modifier that make it the one who speaks or acts
# ("rejected opposition demands": the opposition's demands; "police curbs": the police's)
CLAIM_NOUNS = frozenset({"demands", "demand", "calls", "call", "protests", "criticism", "accusations", "claims",
                         "complaints", "appeals", "requests", "proposals", "pressure", "boycott", "challenge",
                         "crackdown", "curbs", "restrictions", "raid", "raids", "brutality", "harassment",
                         "repression", "violence", "abuses", "threats", "ban", "decision", "decree",
                         # (round 29: their singulars, "turned down a government request")
                         "appeal", "request", "proposal", "complaint", "accusation", "claim", "protest", "threat",
                         "plea", "offer", "order", "ultimatum"})


def _names_the_state(s, country_name) -> bool:
    """A mention that names the state at home: the state itself, a body of it, a person, or a
    named body of its society (a firm, a union); not a place (it may be a reporter's, or a coast
    where strangers are picked up), its nationals (they travel), nor its posts abroad ("the
    French embassy"). Round 30: its broadcasters and news agencies are at home (``HOME_OUTLETS``)."""
    if s.place or s.topic or s.actor.text.lower().split()[-1:] in (["embassy"], ["embassies"], ["consulate"],
                                                                  ["ambassador"], ["envoy"]):
        return False
    sector = (s.actor.sector or "")[:3]
    if s.person:
        return True
    if not sector:
        return s.actor.entity == country_name  # "Kenya", not "Sicily"
    if sector == "MED" and s.actor.text.lower().split()[-1:] and s.actor.text.lower().split()[-1] in HOME_OUTLETS:
        return True  # round 30: "Romanian television said", "the Armenian news agency": its outlets report at home
    return sector not in SOCIETY_SECTORS or s.actor.entity != country_name


# round 30: outlets that report from their state's home ("Romanian television", "state radio",
# "the official news agency"): unlike its journalists, who travel, these name the state at home
HOME_OUTLETS = frozenset({"television", "tv", "radio", "agency", "broadcaster"})


def _possessed(sent, s) -> bool:
    """A society's body named with its state's possessive ("Senegal's main union", "Algeria's
    independent newspapers"): the state's own, at home (not "British tourists", who travel)."""
    k = s.first if s.first >= 0 else s.token
    return not s.place and k + 1 < len(sent) and sent[k + 1].lower_ in ("'s", "’s") and k + 1 < s.token


def _nationals_at_home(sent, named) -> bool:
    """The state's nationals act in a place of that state named in their own clause ("Bolivian
    teachers went on strike in La Paz"): they are at home."""
    places = [_frame(sent[s.token]) for s in named if s.place]
    return any(not s.place and _frame(sent[s.token]) in places for s in named)


def _the_country(tok) -> bool:
    """ "the country's", "the nation's": a possessor that is the one state itself."""
    return tok.dep_ == "poss" and tok.lower_ in ("country", "nation") and any(c.lower_ == "the" for c in tok.children)


def _own_complement(prep, sent, local, iso: str) -> bool:
    """A complement that leaves an agent to the document's one state: one of where ("at the
    mine", "near Karachi") or "of" ("residents of Karachi") that names only the state's places
    (not a body: "the president of the Lima Fishing Federation" is the federation's). Not
    "from": people from somewhere else came ("students from abroad")."""
    inside = {t.i - sent.start for t in prep.subtree}
    named = [s for s in local if s.token in inside]
    if any(s.person or s.actor.code not in (iso, iso + "CVL") for s in named):
        return False
    return prep.lower_ in LOCATIVE or (prep.lower_ == "of" and bool(named))


def _people_of_place(s, sent) -> bool:
    """ "Residents of Medan", "villagers in Zamfara", "north of Brisbane": a place read as its
    people of the street (a name of place, not of a people: "Kenyans" travel)."""
    tok = sent[s.token]
    if (s.actor.sector or "")[:3] != "CVL" or tok.pos_ != "PROPN":
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        s.first >= 0 and any(sent[k].lower_ in ("of", "in") for k in range(s.first + 1, s.token)))


def _scene_here(sent, here) -> bool:
    """Round 28: this sentence names the one state as the place where its own act happens
    ("Residents of Medan rioted after the government raised fuel prices", "Drivers blocked roads
    into Sydney", "The bank stopped loans to Burma while the junta ..."): not a reporter's place
    ("Diplomats in Accra said ...", "..., officials said in Nairobi") nor a venue of talks."""
    if any(t.lemma_.lower() in VENUE_LEMMAS for t in sent):
        return False
    for s in here:
        if s.person or not (s.place or _inner_place(s, sent) or _people_of_place(s, sent)):
            continue
        tok = sent[s.token]
        if _reporter(tok) or sent.doc[_frame(tok)].lemma_.lower() in REPORTING_VERBS:
            continue
        return True
    return False


# round 29: heads of a state's men named as its own by a state word ("government troops", "military officers")
STATE_MEN = FORCE_WORDS | frozenset({"officers"})
# round 29: bodies of a state's society named in the singular ("the press", "the media")
SOCIETY_BODIES = frozenset({"press", "media"})
# round 29b: the learners among a state's schools' people: its students (unlike its scholars and
# scientists, who are as often quoted from abroad) are people of its street ("Police broke up a
# march by students", "the junta met student leaders")
STUDENT_WORDS = frozenset({"students", "pupils", "schoolchildren", "schoolgirls", "schoolboys", "undergraduates"})
# round 29b: a state's political parties named bare ("the council assured political parties"): in
# a document that names one state alone, that state's
PARTY_WORDS = frozenset({"parties"})


def _one_state_extra(sent, m, sector: str) -> bool:
    """Round 29: agents outside ``ONE_STATE_SECTORS`` that a one-state document still gives its
    state: forces a state word makes a state's ("government troops", "security forces",
    "military officers"; bare "troops" are as often a foreign army's, and the document then names
    no force of another). Round 29b: its students (``STUDENT_WORDS``, "student leaders"; not its
    scholars) and its bare political parties. Round 30: its armed men of no name ("attackers",
    "insurgents")."""
    words = [t.lower_ for t in sent[m.start : m.end]]
    if sector in ("MIL", "COP") and words[-1] in STATE_MEN:
        return not STATE_FORCE_WORDS.isdisjoint(words[:-1])
    if sector in ARMED_SECTORS:
        # round 30: armed men of no name in a sentence that names the one state of its document
        # ("Unidentified attackers threw a grenade into a bar, police in Bujumbura said"): where no
        # force of any state or organisation is named, nor foreign forces, they are of the state
        # they strike in
        return True
    # round 29b: its students ("student leaders", "university students") and its bare parties
    if sector == "EDU":
        return words[-1] in STUDENT_WORDS or (words[-1] == "leaders" and "student" in words[:-1])
    if sector == "PTY":
        return words[-1] in PARTY_WORDS or _ruling_party(_with_word_before(sent, m))
    return False


# round 30: a state's party named by its place in the state, not by its name ("the ruling party",
# "the governing party's nominee"): in a document that names one state alone, that state's
RULING_PARTY_WORDS = frozenset({"ruling", "governing"})
# round 30: a state's house named bare ("Parliament", "Congress", "the Senate"), of the one state
# even beside another organ ("the president dissolved Parliament"); India's "Congress" is a party
HOUSE_WORDS = frozenset({"parliament", "congress", "senate"})
HOUSE_PARTY_STATES = frozenset({"IND"})


def _act_placed(tok) -> bool:
    """Round 30: the clause whose subject (or passive's "by" agent) ``tok`` is says where its act
    happened ("hurled a grenade into a bar in the capital", "was stabbed by insurgents at a
    temple"): a preposition of place under the verb, outside the subject's own words."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    own = {t.i for t in tok.subtree}
    return any(t.dep_ == "prep" and t.lower_ in LOCATIVE | {"into", "on"} and t.i not in own
               for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i)


def _ruling_party(words: list[str]) -> bool:
    return words[-1] == "party" and not RULING_PARTY_WORDS.isdisjoint(words[:-1])


def _with_word_before(sent, m) -> list[str]:
    """The agent's words, lower-cased, with the word before it ("governing" of "the governing
    party", which the dictionary leaves out of the match)."""
    return [t.lower_ for t in sent[max(m.start - 1, 0) : m.end]]


def _bare_house(sent, m, iso: str) -> bool:
    words = [t.lower_ for t in sent[m.start : m.end]]
    return len(words) == 1 and words[0] in HOUSE_WORDS and not (words[0] == "congress" and iso in HOUSE_PARTY_STATES)


def one_state_actors(resolver, doc_text: str, index: int, offset: int, sent, local, agents) -> None:
    """Round 27: give the bare agents no earlier rule placed the country of a document that
    names one state alone, anywhere (read ahead: ``doc_states``) - "Kenya's president rejected
    opposition demands", "Bolivian teachers went on strike to demand that the government
    withdraw the law", "youths stoned police in Port Moresby": with no other state in the text,
    its opposition, its government and its police are that state's. Not in a document that names
    any state's or an organisation's forces ("Israeli troops killed three civilians": whose
    civilians?), speaks of foreign forces or a conquest; not refugees (nor armed men before
    round 30); a state's organ ("the government") only where no organ of that state is named in
    the document ("Israeli officials urged the government to ..."); and, as elsewhere, not words a
    possessor, a complement or a foreign word decides (but "the country's" is the one state:
    "the country's Kurds", "the country's farmers").

    Round 29: an organ named blocks only organs of its own kind (see ``organs_named``), the
    state's own forces named leave its organs (not its people of the street) to it, forces a
    state word makes a state's are its own ("government troops": :func:`_one_state_extra`), and
    "the press" is a body of its society. Round 29b: so are its students and its bare parties
    ("student leaders", "political parties": :func:`_one_state_extra`). Round 30: its ruling party
    ("the ruling party's nominee"), its house named bare beside another organ ("the president
    dissolved Parliament"; not India's "Congress", a party), an agent possessing a claim ("the
    students' demands"), and its armed men of no name, where no force is named ("Unidentified
    attackers threw a grenade into a bar, police in Bujumbura said")."""
    state = resolver.local
    if len(state.doc_states) != 1 or _conquest_named(sent.doc):
        return
    (iso,) = state.doc_states
    if foreign_forces(sent.doc, iso, resolver.day) or not state.doc_forces <= {iso}:
        return
    # round 29: the state's own forces named ("Sri Lanka's navy", "the army said") leave its other
    # organs its own ("the navy handed them to the authorities"); only its people of the street
    # may then be the victims of either side
    own_forces = bool(state.doc_forces)
    named = [s for s in (*resolver.state.seen, *local) if s.actor.country == iso]
    # the state named as itself, its body, a person or a group, or a place where things happened
    # before; not only as a place, perhaps a reporter's ("Diplomats in Nairobi said journalists
    # ..."), nor only by its nationals, who are often abroad ("Two British tourists were arrested
    # by police")
    here = [s for s in local if s.actor.country == iso]
    if not any(_names_the_state(s, resolver.lex.countries.get(iso)) for s in named) \
            and not any(k < index for k in state.scenes.values()) \
            and not _nationals_at_home(sent, here) and not any(_possessed(sent, s) for s in here) \
            and not _scene_here(sent, here):
        return
    # round 29: an organ named blocks only the organs of its own kind ("Israeli officials urged the
    # government": perhaps another's; but "Peru's interior minister praised the courts" are Peru's
    # courts), and none where the state's opposition is named as itself ("Kuwait's opposition
    # urged the government to ...": a state's opposition faces its own government)
    organs_named = {(s.actor.sector or "")[:3] for s in named} & ORGAN_SECTORS
    any_organ = bool(organs_named)
    if any((s.actor.sector or "")[:3] == "OPP" and _possessed(sent, s) for s in here):
        organs_named = set()
    taken = _taken(resolver, index, offset, sent, local)
    found = []
    for m in agents:
        sector = (m.actor.sector or "")[:3]
        if m.actor.country or not m.actor.code or not (sector in ONE_STATE_SECTORS or _one_state_extra(sent, m, sector)):
            continue
        if any(k in taken for k in range(m.start, m.end)):
            continue
        if sector in organs_named or (own_forces and sector not in ORGAN_SECTORS):
            continue
        if sector in ARMED_SECTORS and not (here and _act_placed(sent[m.end - 1])):
            # round 30: armed men only in a sentence that names the state, whose act it places
            # ("Floods hit Kenya. Rebels burned trucks", "Officials in Paris said rebels freed ...": whose?)
            continue
        if sector in ORGAN_SECTORS and any_organ and (
                _counted(sent[m.end - 1]) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sent[m.end - 1].children)
                or not (all(t.is_lower or (t.is_sent_start and t.pos_ != "PROPN") for t in sent[m.start : m.end])
                        or _bare_house(sent, m, iso))):
            # an organ beside one of another kind: not "two judges resigned" (persons of an
            # office), "a civilian government" (one to come), nor a bare name ("Congress": in
            # India the party; coref's)
            continue
        entries = [e for e in resolver.lex.lower.get(tuple(t.lower_ for t in sent[m.start : m.end]), ())
                   if e.kind == "sector"]
        if entries and all(e.generic for e in entries):
            continue  # "officials", "a spokesman": a person of any body (a company's as well)
        last = sent[m.end - 1]
        if last.lower_ in NOT_HOME_WORDS:
            continue
        ruling = sector == "PTY" and _ruling_party(_with_word_before(sent, m))
        if last.tag_ not in ("NNS", "NNPS") and sector not in ORGAN_SECTORS | {"OPP"} and last.lower_ not in SOCIETY_BODIES \
                and not ruling:
            continue  # "one voter", "a student": a private person, not a body of the state (but "the press")
        if (last.dep_ in ("compound", "amod", "nmod") and last.head.lower_ not in CLAIM_NOUNS) \
                or any(c.dep_ == "poss" and not _the_country(c) for c in last.children):
            continue  # "a police station", "their supporters": the head noun or the possessor decides
        if last.dep_ == "conj" and last.head.dep_ in ("compound", "amod", "nmod"):
            continue  # "military and police spending": a modifier
        if last.dep_ == "poss" and sector not in ORGAN_SECTORS | {"OPP"} and not ruling \
                and last.head.lower_ not in CLAIM_NOUNS:
            # "a teacher's car" ("the government's decision" is the government's act; round 30:
            # so are "the students' demands" and "the ruling party's nominee")
            continue
        if any(c.dep_ == "prep" and c.lower_ in OWN_PREPS | {"from"} and not _own_complement(c, sent, local, iso)
               for c in last.children):
            continue  # "students from abroad", "residents of Mosul" in a story of Iraq: a complement decides
        if m.end < len(sent) and sent[m.end].pos_ == "PROPN" and sent[m.end].text[:1].isupper():
            continue  # "the opposition newspaper La Prensa": a description of the name after it
        if any(sent[k].lower_ in FOREIGN_MODIFIERS for k in range(max(m.start - 1, 0), m.end)):
            continue
        if last.lower_ in COUNTED_ONLY and not (_counted(last) and _in_violence(last)):
            continue  # "most people think": people at large
        if m.start > 0 and sent[m.start - 1].text in ("-", "–") and not sent[m.start - 1].whitespace_:
            continue  # "non-residents", "anti-government"
        found.append((m.start, last, m.actor.sector))
    for tok in sent:
        # "the country's Kurds": a people of no state of its own that the one state holds
        k = tok.i - sent.start
        if tok.lower_ in STATELESS_PEOPLES and k not in taken and any(_the_country(c) for c in tok.children):
            found.append((k, tok, "CVL"))
    for start, last, sector in found:
        first = sent[start]
        _stop_waiting(resolver, index, first)
        # an actor of local_actors waiting here for the story's country ("Avon Police") takes the
        # one state now, with its own words
        waiting = [p for p in state.pending if p[0] == index and first.i <= p[3].i <= last.i]
        if waiting:
            state.pending[:] = [p for p in state.pending if p not in waiting]
            for item in waiting:
                _emit(resolver, doc_text, iso, *item)
            continue
        resolver.emit(doc_text, offset, index, first, last, resolver.country_actor(iso, sector, ""))


def flush_local(resolver, doc_text: str, iso: str) -> None:
    """Give the actors still waiting for the story's country (at the end of a document that
    named none) the country ``iso``."""
    for item in resolver.local.pending:
        _emit(resolver, doc_text, iso, *item)
    resolver.local.pending.clear()


def _emit(resolver, doc_text, iso, index, offset, first, last, sector, private, prons) -> None:
    actor = Actor(iso, iso, None, PRIVATE, "") if private else resolver.country_actor(iso, sector, "")
    resolver.emit(doc_text, offset, index, first, last, actor)
    for pron in prons:
        resolver.emit(doc_text, offset, index, pron, pron, actor)


def _their_they(sent, subj) -> list:
    """ "Police said they had arrested a man": a "they" subject of a clause under the verb whose
    subject is the collective actor ``subj`` (the police: plural in sense, if not in form)."""
    verb = subj.head
    out = []
    for tok in sent:
        if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.i < verb.i:
            continue
        cur = tok.head
        for _ in range(3):
            if cur.i == verb.i:
                out.append(tok)
                break
            if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or cur.head.i == cur.i:
                break
            cur = cur.head
    return out


# --- round 28: the makers of a coup are the state's own forces -------------------------------
COUP_WORDS = frozenset({"coup", "putsch", "mutiny", "coups", "putsches", "mutinies"})
# stems of the verbs whose subject makes the coup ("officers staged a coup", "soldiers mutinied";
# stems, as the model's lemmas of these are unsure: "staged" -> "stag")
COUP_VERB_STEMS = ("stag", "launch", "mount", "lead", "led", "attempt", "carr", "plot", "mutin", "seiz")


def _coup_state(resolver, sent, local, coup) -> str | None:
    """The state of a coup: a place after "in" ("the coup in Sierra Leone") or a possessor
    ("Fiji's coup") of the coup noun, else the one state the document names."""
    inside = {t.i - sent.start for t in coup.subtree} - {t.i - sent.start for c in coup.children
                                                          if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree}
    here = {s.actor.country for s in local if s.token in inside and s.actor.country and not s.person
            and not s.actor.code.startswith("IGO")}
    if len(here) == 1:
        return here.pop()
    if not here and len(resolver.local.doc_states) == 1:
        (iso,) = resolver.local.doc_states
        return iso
    return None


def coup_makers(resolver, doc_text: str, index: int, offset: int, sent, local, agents) -> None:
    """Round 28: soldiers and officers who make a coup or a mutiny are the forces of the state
    it is made in ("Sunday's coup in Sierra Leone by junior officers", "Soldiers staged a coup
    in Niger", "Army officers seized power in Bangkok"): a state's army never takes power in
    another's. Only force words the dictionary leaves with no country, and only as the coup's
    "by" agent or the subject of its verb."""
    loose = [m for m in agents if (m.actor.sector or "")[:3] == "MIL" and not m.actor.country]
    if not loose:
        return
    coups = [t for t in sent if t.lower_ in COUP_WORDS]
    seize = [t for t in sent if t.lower_.startswith("seiz") and any(c.lower_ == "power" for c in t.children)]
    if not coups and not seize and not any(t.lower_.startswith("mutin") and t.pos_ == "VERB" for t in sent):
        return
    taken = _taken(resolver, index, offset, sent, local) | resolver.emitted_tokens(index, offset, sent)
    for m in loose:
        last = sent[m.end - 1]
        if any(k in taken for k in range(m.start, m.end)):
            continue
        coup = None
        if last.dep_ == "pobj" and last.head.lower_ == "by":
            by = last.head.head
            if by.lower_ in COUP_WORDS:
                coup = by  # "the coup by junior officers"
            elif by.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in by.children):
                # "condemned the coup in Niger by junior officers", the "by" read as the verb's
                coup = next((c for c in by.children if c.dep_ == "dobj" and c.lower_ in COUP_WORDS), None)
        elif last.dep_ == "nsubj" and last.head.lower_.startswith(COUP_VERB_STEMS):
            verb = last.head
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in COUP_WORDS]
            if objs:
                coup = objs[0]  # "officers staged a coup in Niger"
            elif verb.lower_.startswith("mutin") or any(c.lower_ == "power" for c in verb.children):
                coup = verb  # "soldiers mutinied in Bouake", "officers seized power in Bangkok"
        if coup is None:
            continue
        iso = _coup_state(resolver, sent, local, coup)
        if iso is None:
            continue
        first = sent[m.start]
        resolver.emit(doc_text, offset, index, first, last, resolver.country_actor(iso, m.actor.sector, ""))
        taken.update(range(m.start, m.end))


# --- a state's forces named with no owner (see the module docstring) ------------------------
# a force's body named alone after "the" (the dictionary's agent words)
FORCE_BODIES = frozenset({"army", "military", "navy", "air force"})
# force words that, modifying one of FORCE_THINGS, make it a state force's ("an army convoy")
FORCE_MODIFIERS = {"army": "MIL", "military": "MIL", "navy": "MIL", "naval": "MIL", "police": "COP", "border": "MIL"}
# a force's units, posts, craft and members
FORCE_THINGS = frozenset({
    "convoy", "convoys", "patrol", "patrols", "post", "posts", "outpost", "outposts", "base", "bases", "camp", "camps",
    "barracks", "garrison", "checkpoint", "checkpoints", "position", "positions", "station", "stations",
    "headquarters", "installation", "installations", "helicopter", "helicopters", "plane", "planes", "aircraft",
    "jet", "jets", "truck", "trucks", "vehicle", "vehicles", "column", "columns", "unit", "units", "ship", "ships",
    "vessel", "vessels", "boat", "boats", "gunboat", "gunboats", "officer", "officers", "commander", "commanders",
    "chief", "spokesman", "personnel", "recruits", "conscripts", "troops", "soldiers", "tank", "tanks"})
# a force's craft, and words of a fight: craft and bare plurals of things ("military aircraft",
# "army bases") are a force's only in a sentence of a fight; elsewhere they are as often goods or
# places ("orders for military trucks", "routes serving military bases")
CRAFT = frozenset({"helicopter", "helicopters", "plane", "planes", "aircraft", "jet", "jets", "truck", "trucks",
                   "vehicle", "vehicles", "ship", "ships", "vessel", "vessels", "boat", "boats", "gunboat", "gunboats",
                   "tank", "tanks"})
FIGHT_STEMS = ("kill", "wound", "injur", "attack", "ambush", "shell", "bomb", "shot", "shoot", "fire", "raid", "storm",
               "overr", "seiz", "captur", "destroy", "burn", "blast", "explo", "mine", "rocket", "mortar", "grenade",
               "clash", "fight", "battl", "hit", "struck", "strike", "down", "loot", "surround", "besieg", "assault",
               "dead", "die", "massacr", "gun")
# the things a border force holds (a "border crossing", a "border town" are places)
BORDER_THINGS = frozenset({"post", "posts", "outpost", "outposts", "checkpoint", "checkpoints", "patrol", "patrols"})
# the police's own heads are local_actors' (POLICE_HEADS); these are its posts and craft
POLICE_THINGS = FORCE_THINGS - POLICE_HEADS - {"troops", "soldiers", "personnel", "recruits", "conscripts"}
# bare plurals of a state's soldiers (the dictionary's agent words)
SOLDIER_WORDS = frozenset({"troops", "soldiers", "servicemen"})
# modifiers that make a force no state's, or no force at all now
NOT_STATE_FORCE = frozenset({"rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "militia", "private", "former",
                             "abandoned", "disused", "old", "foreign", "enemy", "allied", "coalition", "international",
                             "multinational", "peacekeeping", "opposition", "separatist", "liberation", "toy",
                             "salvation", "secret", "mercenary", "volunteer"})
# words of foreign forces in a story: its bare forces may be the foreigners' ("peacekeepers",
# and force nouns with a modifier of FOREIGN_FORCE_MODIFIERS: "foreign troops", "coalition forces")
FOREIGN_FORCE_WORDS = frozenset({"peacekeepers", "peacekeeping", "peace-keepers", "peace-keeping", "expeditionary"})
FOREIGN_FORCE_MODIFIERS = frozenset({"foreign", "coalition", "allied", "multinational", "international", "occupying",
                                     "invading", "western", "outside"})
FORCE_NOUNS = frozenset({"troops", "forces", "soldiers", "army", "armies", "contingent", "contingents", "units",
                         "military", "militaries", "force"})
# ... and words of a war of conquest: a story of an invasion or occupation leaves its bare forces
# alone (its main country keeps its own army, coref: "the army" of a story of Israel)
CONQUEST_WORDS = frozenset({"invasion", "invade", "invaded", "invading", "occupation", "occupied", "occupying",
                            "intervention", "annexation", "annexed"})
# lands where an army of another state held ground in those years (inclusive; None: always):
# there a bare army or bare troops are as often the foreign ones (Israel's in the West Bank and
# Gaza; the Soviet, then the US-led, armies in Afghanistan; the US-led in Iraq; Israel's and
# Syria's in Lebanon; Iraq's in Kuwait; Ethiopia's and the AU's in Somalia; Indonesia's in East
# Timor; Morocco's in Western Sahara; Turkey's in northern Cyprus)
FOREIGN_HELD = {"PSE": None, "ESH": None, "CYP": None, "AFG": ((1979, 1989), (2001, 2021)), "IRQ": ((2003, 2011),),
                "LBN": ((1976, 2005),), "KWT": ((1990, 1991),), "SOM": ((2006, 2022),), "TLS": ((1975, 1999),)}
# the dictionary matches that name a state's actor, place or dateline (not a bare agent word)
NAME_KINDS = frozenset({"name", "people", "person", "group", "dateline"})
# complements that name whose soldiers they are ("soldiers of a private army", "troops from Chad")
OWNER_PREPS = frozenset({"of", "from", "for", "under"})
# a navy's: at sea, off another's coast as often as its own, so only with the sentence's place
SEA_WORDS = frozenset({"navy", "naval", "ship", "ships", "vessel", "vessels", "boat", "boats", "gunboat", "gunboats"})


# round 28: who tells the news from a place ("a spokeswoman in Nairobi said"), not where it happens
TELLERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "diplomat", "diplomats",
                     "source", "sources", "statement", "correspondent", "correspondents", "analyst", "analysts"})


def _told_from(sent, m) -> bool:
    """Round 28: a bare place named only as where the news was told ("..., the bank's president
    said on Thursday in Manila", "a spokeswoman in Nairobi said", "told reporters in Geneva"; round
    30: "in a report released in London"): the document's states are those it tells of, not those
    of its tellers' desks."""
    if m.kind != "name" or m.actor.sector or m.end - 1 >= len(sent):
        return False
    tok = sent[m.end - 1]
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    head = tok.head.head
    if _published(head):
        return True  # round 30: "in a report released in London"
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in REPORTING_VERBS
    return head.lower_ in TELLERS and head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS


def preview(resolver, sentences) -> None:
    """Read ahead: the states the document names anywhere (``doc_states``) and those whose
    forces it names (``doc_forces``), from the dictionary matches of its sentences."""
    states, forces = set(), set()
    for _index, _offset, sent, matches in sentences:
        for m in matches:
            a = m.actor
            if m.kind not in NAME_KINDS or _told_from(sent, m):
                continue
            if a.code.startswith("IGO"):
                if a.code.endswith("MIL") or (a.sector or "")[:3] == "MIL":
                    forces.add("IGO")  # "NATO troops", "UN peacekeepers", "ECOMOG"
                continue
            if a.country:
                states.add(a.country)
                if (a.sector or "")[:3] in ("MIL", "SPY"):
                    forces.add(a.country)
    resolver.local.doc_states, resolver.local.doc_forces = frozenset(states), frozenset(forces)


def _foreign_forces_named(doc) -> bool:
    """The document speaks of foreign forces ("peacekeepers", "foreign troops"; computed once)."""
    seen = doc.user_data.get("foreign_forces")
    if seen is None:
        seen = doc.user_data["foreign_forces"] = any(
            t.lower_ in FOREIGN_FORCE_WORDS or (t.lower_ in FORCE_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_FORCE_MODIFIERS for c in t.children))
            for t in doc)
    return seen


def _conquest_named(doc) -> bool:
    """The document speaks of an invasion or an occupation (computed once)."""
    seen = doc.user_data.get("conquest")
    if seen is None:
        seen = doc.user_data["conquest"] = any(t.lower_ in CONQUEST_WORDS for t in doc)
    return seen


def foreign_forces(doc, iso: str, day) -> bool:
    """Bare forces of a story of ``iso`` may be another state's: the document speaks of foreign
    forces, or ``iso`` is a land a foreign army held then."""
    return _foreign_forces_named(doc) or _foreign_held(iso, day)


def _foreign_held(iso: str, day) -> bool:
    """A land a foreign army held in the document's year (with no date: ever)."""
    if iso not in FOREIGN_HELD:
        return False
    spans = FOREIGN_HELD[iso]
    return spans is None or day is None or any(a <= day.year <= b for a, b in spans)


def _scene_states(sent, local) -> set[str]:
    """The countries of the places the sentence names, past a compass word ("in northern Mali")
    or within another mention ("gunmen in Chechnya")."""
    return {s.actor.country for s in local if s.actor.country and not s.actor.code.startswith("IGO")
            and (_armed_place(s, sent) or _inner_place(s, sent))}


def _inner_place(s, sent) -> bool:
    """The mention ends in a place it names after "in" ("gunmen in Chechnya", "a police station
    in Lima"): the dictionary gave the whole phrase the place's country."""
    if s.first < 0 or s.person or sent[s.token].pos_ != "PROPN":
        return False
    return any(sent[k].lower_ in ("in", "inside") for k in range(s.first + 1, s.token))


def _forces_state(resolver, sent, local, at_sea: bool) -> str | None:
    """The state bare forces of this sentence are of (see the module docstring): the one state
    of the document, else the one state of the sentence's places when no other state or force
    is near. ``at_sea``: a navy's, only of the state of the sentence's places."""
    state = resolver.local
    iso = None
    scene = _scene_states(sent, local)
    if len(state.doc_states) == 1:
        (iso,) = state.doc_states
    elif len(scene) == 1:
        named = {s.actor.country for s in local if s.actor.country and not s.actor.code.startswith("IGO")}
        filed = resolver.state.dateline
        if named <= scene and state.doc_forces <= scene and filed in (None, *scene) \
                and story_country(resolver) in (None, *scene):
            (iso,) = scene
    if iso is None or foreign_forces(sent.doc, iso, resolver.day) or _conquest_named(sent.doc) \
            or (at_sea and scene != {iso}):
        return None
    return iso


def _stop_waiting(resolver, index: int, first) -> None:
    """The body no longer waits in coref for the first country the document names
    (``Resolver.wait``: "The army said ... near Huambo": a place, which names no country there)."""
    resolver.state.pending[:] = [p for p in resolver.state.pending if not (p[0] == index and p[2].i == first.i)]


def _force_body(sent, m) -> tuple | None:
    """ "the army", "the military", "the air force": (first, last, "MIL") of a body agent after
    "the" with no complement nor possessor, not modifying a noun ("the army base": FORCE_THINGS)."""
    if (m.actor.entity or "") not in FORCE_BODIES or m.start == 0 or sent[m.start - 1].lower_ != "the":
        return None
    last = sent[m.end - 1]
    if last.dep_ in ("compound", "amod", "nmod", "poss") or any(c.dep_ == "poss" for c in last.children):
        return None
    if m.end < len(sent) and sent[m.end].lower_ in OWN_PREPS:
        return None  # "the army of Chad", "the army in Kashmir": a complement decides
    return sent[m.start - 1], last, "MIL"


def _force_thing(sent, tok) -> tuple | None:
    """ "an army convoy", "a military base", "police posts", "an air force jet": (first, last,
    sector) of a force word modifying a force's unit, post or craft (``FORCE_THINGS``)."""
    low = tok.lower_
    if low == "force" and any(c.lower_ == "air" for c in tok.children):
        low = "air force"
        sector = "MIL"
    else:
        sector = FORCE_MODIFIERS.get(low)
    if sector is None or tok.dep_ not in ("compound", "amod", "nmod"):
        return None
    head = tok.head
    things = POLICE_THINGS if sector == "COP" else BORDER_THINGS if low == "border" else FORCE_THINGS
    if head.i <= tok.i or head.pos_ != "NOUN" or head.lower_ not in things:
        return None
    if any(c.dep_ == "poss" for c in head.children) or head.dep_ in ("compound", "amod", "poss"):
        return None  # "their army post", "Chad's army base": the possessor decides; "military aircraft parts"
    counted = any(c.dep_ in ("det", "nummod") for c in head.children)
    # (round 28: craft that do something are a force's, fight or none: "Army helicopters ferried
    # tents to the survivors", "Navy ships evacuated the villagers")
    acting = head.lower_ in CRAFT and head.dep_ == "nsubj" and head.head.pos_ == "VERB"
    if (head.lower_ in CRAFT or not counted) and not _fight(sent) and not acting:
        return None  # "180 military trucks were ordered", "colleges and military bases"
    first = head.left_edge
    while first.i < tok.i and (first.dep_ in ("det", "nummod", "punct") or first.pos_ in ("DET", "NUM")):
        first = first.nbor()
    span = head.doc[first.i : head.i + 1]
    if any(t.lower_ in NOT_STATE_FORCE or (t.pos_ == "PROPN" and t.i != sent.start) or t.ent_type_ in ("NORP", "GPE")
           for t in span):
        return None  # "a rebel army camp", "the former army base", "a Zapatista army post"
    return span[0], head, sector


def _fight(sent) -> bool:
    """The sentence tells of a fight (computed once per sentence)."""
    key = ("fight", sent.start)
    seen = sent.doc.user_data.get(key)
    if seen is None:
        seen = sent.doc.user_data[key] = any(t.lemma_.lower().startswith(FIGHT_STEMS) for t in sent)
    return seen


def _soldiers(sent, m) -> tuple | None:
    """ "killing 12 soldiers", "two soldiers were killed": (first, last) of a bare plural of
    soldiers, counted and hurt, with no modifier, possessor or owner."""
    last = sent[m.end - 1]
    if m.end - m.start != 1 or last.lower_ not in SOLDIER_WORDS or last.dep_ in ("compound", "amod", "nmod", "poss", "conj"):
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "appos") or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS)
           for c in last.children):
        return None  # "enemy soldiers", "their troops", "soldiers of a private army" (not "soldiers in Kabul")
    if any(c.dep_ == "det" and c.lower_ not in ("the", "a", "an") for c in last.children):
        return None  # "some troops", "these soldiers", "no troops"
    if not (_counted(last) and _in_violence(last) and last.dep_ in ("dobj", "nsubjpass", "pobj")):
        return None  # "In Mali, troops opened fire": troops that act are as often a foreign army's
    return last, last


# round 29b: prepositions of where a police post stands, and lands whose police in those years
# were as often a holding state's as the land's own (FOREIGN_HELD with no end)
POST_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _police_place(sent, local, head) -> str | None:
    """Round 29b: a police post, station or patrol placed by its own complement ("a police
    checkpoint in Ramadi", "a police station in the northern town of Jaffna") is the police of
    that place's state, even in a story that names a foreign army (occupying forces man no
    police posts: "a bomb near a police checkpoint in Ramadi, the U.S. military said"). None
    where the complement names no place or places of two states, or a land whose police were a
    holding state's (``FOREIGN_HELD`` with no end: the West Bank's posts)."""
    inside = {t.i - sent.start for c in head.children if c.dep_ == "prep" and c.lower_ in POST_PREPS
              for t in c.subtree}
    states = {s.actor.country for s in local if s.token in inside and s.actor.country and not s.person
              and not s.actor.code.startswith("IGO")}
    if len(states) != 1:
        return None
    (iso,) = states
    return None if iso in FOREIGN_HELD and FOREIGN_HELD[iso] is None else iso


def state_forces(resolver, doc_text: str, index: int, offset: int, sent, local, agents) -> None:
    """Give the bare state forces of this sentence ("the army", "an army convoy", "killing 12
    soldiers") the state the text leaves them to (see the module docstring)."""
    found = []
    for m in agents:
        if (m.actor.sector or "")[:3] != "MIL" or m.actor.country:
            continue
        body = _force_body(sent, m)
        if body is not None:
            found.append(body)
            continue
        bare = _soldiers(sent, m)
        if bare is not None:
            found.append((*bare, "MIL"))
    found += [thing for tok in sent if tok.lower_ in FORCE_MODIFIERS or tok.lower_ == "force"
              if (thing := _force_thing(sent, tok)) is not None]
    if not found:
        return
    taken = _taken(resolver, index, offset, sent, local) | resolver.emitted_tokens(index, offset, sent)
    for first, last, sector in found:
        if any(k in taken for k in range(first.i - sent.start, last.i - sent.start + 1)):
            continue
        at_sea = any(t.lower_ in SEA_WORDS for t in sent[first.i - sent.start : last.i - sent.start + 1])
        iso = _forces_state(resolver, sent, local, at_sea)
        if iso is None and sector == "COP":
            iso = _police_place(sent, local, last)
        if iso:
            resolver.emit(doc_text, offset, index, first, last, resolver.country_actor(iso, sector, ""))
            _stop_waiting(resolver, index, first)
            taken.update(range(first.i - sent.start, last.i - sent.start + 1))
