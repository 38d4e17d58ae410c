"""One parsed sentence as the event coder sees it: its tokens with the actor mentions and
temporal expressions that cover them."""
from __future__ import annotations

import functools
from collections.abc import Iterable

from diplograph.events.modality import guest_visit, headline_infinitive, quoted_as_saying
from diplograph.events.ontology import ontology
from diplograph.events.words import (
    AIDES, DATE_CLIMB, FOLLOWER_NOUNS, GROUP_PREPS, INTENT_NOUNS, MODIFIER_DEPS, OBJECT_CONTROL, OBJECT_DEPS, PAIR_NOUNS,
    PREP_CONTROL, RELATIVE_PRONOUNS, SCENE_PREPS, SPEAKING_FOR, STATEMENT_NOUNS, STATE_ORGANS, VIOLENT_WORDS, VOICING_VERBS,
)
from diplograph.events.words import FIRM_NOUNS
from diplograph.types import Actor, Document, Mention, Timex


BY = frozenset({"by"})
OF = frozenset({"of"})
# the prepositions that tie a role to its country inside one mention ("ministers of India",
# "officials in Kenya")
ROLE_OF_PREPS = frozenset({"of", "from", "in"})
# how deep, and through which links, the "by" of a passive may hang inside its other phrases
# ("accused | of | supplying | arms | by the US")
STRANDED_DEPTH = 4
STRANDED_PATH_DEPS = frozenset({"pobj", "pcomp", "dobj", "prep", "compound", "amod", "poss"})
# the second half of a hyphened word that names a thing's owner or flag: "a Greek-flagged tanker"
OWNER_PARTICIPLES = frozenset({"flagged", "owned", "registered", "operated"})
# the people of a body's working team ("American members of the UN inspection team", "British staff
# of the AU mission"), and the teams they work in (not a body of states or elected members: "members
# of the Security Council", "members of the European Parliament")
STAFF_NOUNS = frozenset({"member", "staff", "employee", "official", "officer", "personnel"})
WORKING_BODIES = frozenset({"mission", "team", "force", "staff", "delegation", "secretariat", "contingent", "operation",
                            "agency", "office"})


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The entity names of countries and regions (a person's entity is their name)."""
    from diplograph.actors.lexicon import lexicon

    lex = lexicon()
    return frozenset(lex.countries.values()) | frozenset(lex.regions.values())


def _spans_by_token(sent, offset: int, items: Iterable) -> dict[int, list]:
    """Map token index -> the items (mentions, timexes) whose character span covers it.
    A group reference ("the two countries") is several mentions over one span."""
    out: dict[int, list] = {}
    starts = None  # (character offset, index) of each token, read once for all the items
    for item in items:
        if starts is None:
            starts = [(offset + tok.idx, tok.i) for tok in sent]
        for ts, i in starts:
            if item.start <= ts < item.end:
                out.setdefault(i, []).append(item)
    return out


class _Sentence:
    """One sentence with its mentions and timexes indexed by token."""

    def __init__(self, doc: Document, index: int, offset: int, sent, mentions: list[Mention], timexes: list[Timex]):
        self.doc = doc
        self.index = index
        self.offset = offset
        self.sent = sent
        self.mention_at = _spans_by_token(sent, offset, mentions)
        self.timexes = timexes
        self.timex_at = {i: items[0] for i, items in _spans_by_token(sent, offset, timexes).items()}
        self.labour_doc = False  # the document tells of a labour strike (set by code_events)
        self.doers: dict[int, list] = {}  # a verb's index -> the doers its events found (coder)
        self.dateline: str | None = None  # the country of the document's dateline ("ROME, March 3 -"; set by code_events)
        # the country the story is of: its dateline's, else the one its mentions name most (set by code_events)
        self.story: str | None = None
        # the tokens (and their anchors) that events of criticism or demand were built on, so that
        # later readers of speech do not read the same speech verb again
        self.spoken_at: set[int] = set()
        self._violent: bool | None = None

    def violent(self) -> bool:
        """The sentence speaks of violence (weapons, armed men, the hurt or the dead): read once."""
        if self._violent is None:
            self._violent = any(t.lemma_.lower() in VIOLENT_WORDS or t.lower_ in VIOLENT_WORDS for t in self.sent)
        return self._violent

    # --- actors ------------------------------------------------------------------------
    def _at(self, tok) -> list[Actor]:
        return [m.actor for m in self.mention_at.get(tok.i, ())]

    def actor_list(self, tok, *, modifiers: bool = True, depth: int = 0) -> list[Actor]:
        """The actors one token stands for: its own mention(s), else (with ``modifiers``) a
        possessive, adjective, compound or apposition that names one ("Iranian drones")."""
        found = self._at(tok)
        if found:
            # "Maria Ruiz, the UN refugee envoy": the office the text gives a
            # person in an organisation is who acts, over the country a dictionary gives them
            for child in tok.children:
                if child.dep_ == "appos" and not any(a.entity in _place_names() for a in found):
                    office = [a for a in self.actor_list(child, depth=depth + 1) if a.code[:3] in ("IGO", "NGO")]
                    if office and all(a.code[:3] not in ("IGO", "NGO") for a in found):
                        return office
            shared = self._shared_head(tok, found)
            # ("Malaysian and Singaporean firms": the first named comes first)
            first = [a for a in shared if a.country in self._leading_adjectives(tok)]
            return first + found + [a for a in shared if a not in first]
        if not modifiers:
            return found
        if tok.lemma_.lower() in STAFF_NOUNS:
            # "six American members of the UN inspection team", "British and French staff of the AU
            # mission": people named by their nationality who work for a body act for it
            bodies = [a for o in self.prep_objects(tok, OF) if o.lemma_.lower() in WORKING_BODIES
                      for a in self.actor_list(o, depth=depth + 1) if a.code[:3] == "IGO"]
            if bodies:
                return bodies
        if any(c.dep_ == "poss" for c in tok.children):
            # "Syria's ally Russia", "Iran's neighbour, Iraq": the apposition names who the noun
            # is, the possessor whom it relates to
            named = [a for c in tok.children if c.dep_ == "appos" for a in self._at(c)]
            if named:
                return named
        for child in tok.children:
            if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos":
                found = [a for c in (child, *child.conjuncts) for a in self._at(c)]  # "Iranian and Russian officials"
                if found and tok.lemma_.lower() in FOLLOWER_NOUNS and child.dep_ in ("compound", "poss"):
                    # "a Trump supporter", "Erdogan's critics": of the leader's country, not the leader
                    found = [Actor(a.country, a.country, None, None, a.text) for a in found
                             if a.country and a.sector and a.sector[:3] in STATE_ORGANS | {"PTY"}] or found
                if not found and child.dep_ in ("poss", "compound", "appos", "nmod") and depth < 2:
                    # "Syrian President Bashar al-Assad's offer", "Kenya Teachers Union (KTU) officials"
                    found = self.actor_list(child, depth=depth + 1)
                if not found and child.dep_ == "amod" and (
                        child.lemma_.lower() == "lead" or child.lower_ in OWNER_PARTICIPLES):
                    # "the Saudi-led coalition", "US-led forces"; the owner of a thing, "a
                    # Greek-flagged tanker", "a British-owned ship", "a Panama-registered vessel"
                    found = [a for g in child.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")
                             for a in self._at(g)]
                    if child.lower_ in OWNER_PARTICIPLES:  # (its country, not its people: "British-owned")
                        # (a firm so owned is a firm of the country: "Belgian-owned firms")
                        sector = "BUS" if tok.lemma_.lower() in FIRM_NOUNS else None
                        found = [Actor(a.country + (sector or ""), a.country, sector, None, a.text)
                                 if a.sector == "CVL" and a.country else a for a in found]
                if found:
                    return found
        # "thousands of Iraqi Kurds", "demonstrators in Baghdad", "rebels in the Ivory Coast"
        # (only subjects take "in"/"from": "a treaty in Moscow" is not Russia's); "a spokesman
        # for the Chinese foreign ministry" speaks for it
        preps = GROUP_PREPS if tok.dep_ in ("nsubj", "nsubjpass") or depth else frozenset({"of"})
        if not depth and _struck_subject(tok):
            preps = frozenset()
        if tok.lemma_.lower() in SPEAKING_FOR:
            preps = preps | {"for"}
        if tok.lemma_.lower() in AIDES:
            preps = preps | {"to"}  # "aides to the president" are his
        if tok.pos_ in ("NOUN", "PROPN", "NUM") and depth < 2:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            # "officials from the government and the ruling party": each named
                            # ("demonstrators in Egypt and Tunisia" too)
                            found = self.actor_list(pobj, depth=depth + 1)
                            if child.lower_ in ("from", "in"):
                                found += self._role_shared(pobj, found, [
                                    a for p in pobj.conjuncts for a in self.actor_list(p, depth=depth + 1)])
                            if found:
                                return found
        return []

    def _place_joined(self, t, toks: list, found: list[Actor]) -> list[Actor]:
        """"Police in Iraq and Syria": the parser may join the second country to the role noun
        instead of to the first country; right after "<first country> and", the second shares
        the role the mention gave the first (IRQCOP, SYRCOP)."""
        if not found or t.i < 2 or t.doc[t.i - 1].lower_ != "and":
            return found
        prev = t.doc[t.i - 2]
        if prev.dep_ != "pobj" or prev.head.lower_ not in ROLE_OF_PREPS or prev.head.head not in toks:
            return found
        return self._role_shared(prev, self._at(prev), found)

    def _role_shared(self, pobj, found: list[Actor], joined: list[Actor]) -> list[Actor]:
        """"Lawmakers and officials in Kenya and Uganda": the parser hung "in" on the first noun,
        and the mention took the second noun's role with the first country ("officials in Kenya");
        the countries joined to that country share the role."""
        sector = found[0].sector if found else None
        if sector and not any(m.start < self.offset + pobj.idx for m in self.mention_at.get(pobj.i, ())):
            sector = None  # (a body the place's own mention names, no role put on the place)
        return [_in_role(a, sector) if sector and a.country and a.sector is None else a for a in joined]

    def _leading_adjectives(self, tok) -> set:
        """The countries of the adjectives joined before a noun whose mention the last of them
        took ("Malaysian and Singaporean plantation firms": MYS), which the text names first."""
        own = {a.country for a in self._at(tok)}
        return {a.country for child in tok.children if child.dep_ in ("amod", "nmod", "compound") and child.conjuncts
                for a in self._at(child) if a.country and a.country not in own}

    def _shared_head(self, tok, found: list[Actor]) -> list[Actor]:
        """"Iranian and Russian officials": the second adjective's mention took the noun, the
        first shares it (IRN + GOV)."""
        extra: list[Actor] = []
        sector = found[0].sector
        for child in tok.children:
            # (and "U.S. and British warplanes", where the parser makes the first a noun modifier)
            if child.dep_ not in ("amod", "nmod", "compound") or not child.conjuncts:
                continue
            for c in (child, *child.conjuncts):
                for a in self._at(c):
                    if a.country and a.sector is None and sector and all(a.country != f.country for f in found):
                        extra.append(_in_role(a, sector))
        # "the foreign ministers of India and Pakistan", "envoys from Greece and Turkey",
        # "officials in Kenya and Uganda": the mention took the role with the first country; the
        # countries joined to it share the role
        own = self.mention_at.get(tok.i, ())
        for pobj in self.prep_objects(tok, ROLE_OF_PREPS):
            if not sector or not any(m in own for m in self.mention_at.get(pobj.i, ())):
                continue
            for c in pobj.conjuncts:
                for a in self._at(c):
                    if a.country and a.sector is None and all(a.country != f.country for f in found + extra):
                        extra.append(_in_role(a, sector))
        return extra

    def actors(self, tok, *, modifiers: bool = True) -> list[tuple[Actor, object]]:
        """The actors a role token stands for, with its coordinated tokens ("Iran and Russia")
        and the objects of "of" ("the leaders of Iran and Russia")."""
        out: list[tuple[Actor, object]] = []
        seen: set[str] = set()

        def add(actors: list[Actor], t) -> None:
            for a in actors:
                if a.code not in seen:
                    seen.add(a.code)
                    out.append((a, t))

        toks = [tok, *(c for c in tok.conjuncts if not self._opens_clause(c))] if tok.dep_ != "conj" else [tok]
        toks += self._across_adjectives(tok)
        # "The US, Russia, and Switzerland met": a list the parser read as an apposition
        own = {a.country for a in self._at(tok) if a.sector is None}
        for child in tok.children:
            if child.dep_ == "appos" and child.conjuncts and own:
                listed = [a for c in (child, *child.conjuncts) for a in self._at(c)]
                if listed and all(a.sector is None and a.country and a.country not in own for a in listed):
                    toks += [child, *child.conjuncts]
        acts = ontology().nouns
        for t in toks:
            if t.i != tok.i and t.lemma_.lower() in acts and not self._at(t):
                continue  # "criticism of Russian actions and accusations of Iranian backing": another act
            if t.i == tok.i and modifiers and (t.dep_ in ("dobj", "pobj") or t.dep_ == "nsubjpass" and any(
                    c.dep_ == "agent" for c in t.head.children)) and t.lemma_.lower() in acts and not self._at(t):
                # (and "the expulsion of two diplomats by Russia was condemned by Washington", whose
                # own "by" names the judge)
                # "condemned the shelling of Kyiv by Russian forces": an act's doer is named with
                # "by" (the parser may hang it on the object of "of"), not with "of"
                # (or on the active verb it is the object of: "condemned the invasion of Ukraine by Russia")
                on_verb = t.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in t.head.children)
                doers = [(a, p) for by in [*self.by_objects(t), *(self.prep_objects(t.head, BY) if on_verb else ())]
                         for p in [by, *by.conjuncts] for a in self._at(p)]
                if doers:
                    for a, p in doers:
                        add([a], p)
                    continue
            found = self.actor_list(t, modifiers=modifiers)
            if t.i == tok.i and found and (owners := self._owners_past_city(t)):
                # "the Moscow offices of Human Rights Watch", "the Kabul embassy of Pakistan": the
                # city before the noun says where the thing is; its owner is named with "of"
                for p in owners:
                    add(self._at(p), p)
                continue
            if t.i != tok.i:
                found = self._place_joined(t, toks, found)
            if not found and t.i == tok.i and modifiers and not _struck_subject(t):
                for child in t.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                for p in [pobj, *pobj.conjuncts]:
                                    add(self._at(p), p)
            add(found, t)
        if not out and modifiers and pair_phrase(tok):
            add(self._pair(tok), tok)
        return out

    def _owners_past_city(self, tok) -> list:
        """The owners "of" names of a thing whose only actor word before it is a city or country
        name ("the Moscow offices of Human Rights Watch"); else []."""
        if self._at(tok):
            return []
        mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and self._at(c)]
        if not mods or not all(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in mods):
            return []
        return [p for o in self.prep_objects(tok, OF) for p in (o, *o.conjuncts) if self._at(p)]

    def _across_adjectives(self, tok) -> list:
        """"Mali and neighbouring, drought-hit Niger agreed", "Chad and the oil-rich, troubled Sudan": the
        parser may join an adjective to the first country and hang the two countries on each other
        or on the verb; the country on the other side of the adjectives is a party too."""
        doc, sent = tok.doc, tok.sent
        if not self._at(tok):
            return []
        if tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "and":  # tok is the first country
            j = tok.i + 2
            j += doc[j].lower_ in ("the", "a", "an")  # (which the parser may misread as a pronoun)
            run = j
            while j < sent.end and j - run < _ADJECTIVE_RUN and _describes(doc[j]) and not self._at(doc[j]):
                j += 1
            first, other = tok, doc[j] if j < sent.end else None
            words = doc[run:j]
        else:  # tok is the second: the adjectives, "and" and the first country before it
            i = tok.i - 1
            while i > sent.start and tok.i - i <= _ADJECTIVE_RUN and _describes(doc[i]) and not self._at(doc[i]):
                i -= 1
            words = doc[i + 1:tok.i]
            i -= doc[i].lower_ in ("the", "a", "an") and i > sent.start
            first = doc[i - 1] if i > sent.start and doc[i].lower_ == "and" else None
            other = first
        if (first is None or other is None or not self._at(other) or other in tok.conjuncts
                or not any(w.dep_ == "conj" and w.head.i == first.i for w in words)):
            return []
        return [other]

    def _pair(self, tok) -> list[Actor]:
        """"the two countries", "both sides": the two countries the sentence names before the
        phrase, when it names exactly two as actors ("Russia and China signed ..., and the two
        countries pledged"), not as places ("met in Brussels")."""
        countries: list[str] = []
        for i, mentions in self.mention_at.items():
            t = tok.doc[i]
            if i >= tok.left_edge.i or t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPS | {"to", "from", "into"}:
                continue
            for m in mentions:
                if m.actor.country and m.actor.country not in countries:
                    countries.append(m.actor.country)
        return [Actor(c, c, None, None, None) for c in countries] if len(countries) == 2 else []

    # --- roles ---------------------------------------------------------------------------
    def referent(self, tok):
        """The actor a relative pronoun stands for ("Belarus, which the EU sanctioned": Belarus),
        else the token itself (also for a thing: "the treaty that Putin signed" keeps its parties)."""
        if (tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i
                and tok.head.head.i in self.mention_at):
            return tok.head.head
        return tok

    def subject(self, verb, depth: int = 0):
        """(token, passive) of the verb's subject, following control and coordination."""
        if depth > 4:
            return None, False
        # the parser sometimes gives two subjects ("Presidents | Putin and Pezeshkian signed"):
        # take the coordinated one, else the nearest
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if len(subjects) > 1:
            subjects.sort(key=lambda c: (len(c.conjuncts), c.i), reverse=True)
            # one noun phrase split in two ("the Soviet news agency | Tass accused"): the half that
            # names an actor (not a dateline: "ROME - Health experts called")
            a, b = sorted(subjects[:2], key=lambda c: c.i)
            if (b.left_edge.i == a.right_edge.i + 1
                    and not any(t.is_punct or t.dep_ == "cc" or t.pos_ in ("VERB", "AUX") for t in a.subtree)
                    and not self.actor_list(subjects[0])):
                subjects.sort(key=lambda c: bool(self.actor_list(c)), reverse=True)
        if not subjects and verb.dep_ == "ROOT":
            # "Turkey massed troops on ...": the parser may take a sentence's first name for a
            # noun phrase modifying its verb
            subjects = [c for c in verb.children if c.dep_ == "npadvmod" and c.i == verb.sent.start
                        and c.pos_ == "PROPN" and c.i in self.mention_at and c.i not in self.timex_at]
        if not subjects and verb.dep_ == "ROOT" and (lost := self._opening_apposition(verb)) is not None:
            subjects = [lost]
        for child in subjects[:1]:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, False
            return self._split_from_opening(verb, child), False
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head, True
                return child, True
        if verb.dep_ == "relcl":
            return verb.head, False
        # the subject of an infinitive or gerund is its governor's surface subject, passive or not
        # ("Syria was forced to withdraw", "troops were accused of killing farmers"): the clause is
        # passive only when its own verb is ("Iran expects to be attacked")
        own_passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.dep_ == "acl" and headline_infinitive(verb):
            return verb.head, own_passive  # "EU to lift arms embargo on China": a headline's doer
        if verb.dep_ in ("acl", "relcl") and _same(verb, stranded_main_verb(verb.sent)):
            # "During talks in Madrid with Miguel Moratinos, the Moroccan foreign minister asked
            # ...": the main verb the parser hung on the name ending the opening phrase
            own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return (own, own.dep_ == "nsubjpass") if own is not None else (verb.head, False)
        if verb.dep_ == "acl" and _main_after_relative(verb):
            # "The Japanese government, which has long sought ..., protested to Moscow": the
            # sentence's verb, read as a participle of its subject after the relative clause
            return verb.head, False
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "drones supplied by Iran"
            # (a participle with a direct object is a main verb the parser missed: "the coalition bombed Yemen")
            # (or, in a sentence the parser left without a main verb, whose conjoined finite verb
            # has one: "Nurses from two aid groups donated and delivered medicine to ...")
            conj = [c for c in verb.conjuncts if c.tag_ == "VBD"] if verb.sent.root.pos_ in ("NOUN", "PROPN") else []
            # (round 30: and a verb that takes its own doer's infinitive: "Eritrean naval commanders
            # threatened on Thursday to blockade the garrison", never a passive)
            willed = verb.lemma_.lower() in SUBJECT_CONTROL and not any(c.dep_ in ("agent", "auxpass") for c in verb.children) \
                and any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        for c in verb.children)
            return verb.head, not willed and not any(c.dep_ == "dobj" for v in (verb, *conj) for c in v.children)
        if (verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and any(c.dep_ in ("poss", "amod") and c.i in self.mention_at for c in verb.head.children)):
            # "Washington's decision to sell jets to Taiwan", "the Syrian plan to close the border":
            # whose decision or plan it is acts
            return verb.head, own_passive
        if (verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS and verb.head.dep_ == "dobj"
                and verb.head.head.lemma_.lower() in VOICING_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and not any(c.dep_ == "poss" for c in verb.head.children)):
            # "Armenia expressed readiness to sign a deal", "Iran announced plans to build": who
            # voices the will or plan would act
            tok, passive = self.subject(verb.head.head, depth + 1)
            return (tok, own_passive) if not passive else (None, False)
        if verb.dep_ == "acl" and _for_to(verb):
            # "a call by the EU for Belgrade to withdraw", "pressure for Iraq to comply": the one
            # named with "for" before the infinitive would act
            return next(p for p in self.prep_objects(verb.head, frozenset({"for"})) if p.i < verb.i), own_passive
        if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "demonstrators protesting the results"
            noun = verb.head
            if (writer := _writer_verb(noun)) is not None:
                # "sent a letter to the United Nations protesting ...", "wrote to Annan urging ...":
                # the parser hangs what the letter says on the one it is sent to; its sender says it
                tok, passive = self.subject(writer, depth + 1)
                return (tok, False) if not passive else (self.agent(writer), False)
            if (noun.lemma_.lower() in STATEMENT_NOUNS and noun.dep_ in ("dobj", "nsubjpass")
                    and noun.head.pos_ in ("VERB", "AUX") and not self.actor_list(noun)):
                # "Cuba issued a statement condemning the embargo": who issues it says it
                tok, passive = self.subject(noun.head, depth + 1)
                if passive:
                    return self.agent(noun.head), False
                return tok, False
            return verb.head, False
        if verb.dep_ in ("xcomp", "ccomp") and guest_visit(verb.head):
            # "urged visiting Tariq Aziz to comply": the guest is the one urged
            if verb.dep_ == "xcomp" and verb.head.head.lemma_.lower() in OBJECT_CONTROL:
                return next(c for c in verb.head.children if c.dep_ == "dobj"), own_passive
            return self.subject(verb.head.head, depth + 1)[0], own_passive
        if verb.dep_ == "xcomp":
            head = verb.head
            if head.lemma_.lower() in OBJECT_CONTROL:
                for child in head.children:
                    if child.dep_ in OBJECT_DEPS:
                        return child, own_passive
            asked = next((p for p in self.prep_objects(head, PREP_CONTROL.get(head.lemma_.lower(), frozenset()))
                          if p.ent_type_ not in ("DATE", "TIME") and p.i not in self.timex_at), None)  # ("on Tuesday")
            if asked is not None and asked.i < verb.i:
                return asked, own_passive  # "appealed to Iraq to release", "called on Belgrade to withdraw"
            return self.subject(head, depth + 1)[0], own_passive
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            gov = verb.head.head  # "accused Iran of backing rebels", "since invading Ukraine"
            if gov.pos_ in ("VERB", "AUX"):
                for child in gov.children:
                    if child.dep_ in OBJECT_DEPS and (verb.head.lower_ in ("of", "for") or quoted_as_saying(verb)):
                        return child, own_passive  # (and "quoted the minister as saying": the minister says)
                return self.subject(gov, depth + 1)[0], own_passive
        if verb.dep_ in ("acomp", "attr", "oprd") and verb.head.i != verb.i:  # "is unlikely to offer"
            return self.subject(verb.head, depth + 1)
        if verb.dep_ in ("conj", "advcl") and (own := self._stray_subject(verb)) is not None:
            return own, False
        if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            tok, passive = self.subject(verb.head, depth + 1)
            # a clause whose own verb is passive has the subject it borrows as the one acted on:
            # "..., having been tortured by police", "arrested the men and were condemned by
            # Amnesty" (and "prisoners held in Cairo were tortured by guards", which the parser
            # may hang on "held")
            return tok, own_passive or (passive if verb.dep_ == "conj" else _reduced_passive(verb))
        return None, False

    def _split_from_opening(self, verb, subj):
        """"After Russian troops entered Chechnya, Poland protested": the parser may read the
        object ending an opening clause and the subject after its comma as one list; the subject
        is then the member after the comma, right before the verb, when the first member follows
        the opening clause's verb with no "and" between the two."""
        if subj.i >= verb.i or subj.i <= verb.sent.start:
            return subj
        after = [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i]
        if len(after) != 1 or any(c.dep_ == "cc" for c in subj.children):
            return subj
        conj = after[0]
        gap = [t for t in verb.doc[conj.right_edge.i + 1 : verb.i] if not (t.head.i == verb.i and t.dep_ in ("aux", "advmod", "neg"))]
        if gap or verb.doc[conj.left_edge.i - 1].text != "," or not self.actor_list(conj):
            return subj
        opening = [c for c in verb.children if c.dep_ == "advcl" and c.i < subj.i]
        before = subj.left_edge.i - 1
        return conj if any(c.left_edge.i <= before <= c.right_edge.i for c in opening) else subj

    def _opening_apposition(self, verb):
        """"During talks with Igor Ivanov, the Iraqi deputy prime minister asked ...": after an
        opening phrase that ends in a name, the parser may read the subject as an apposition of
        that name; the apposition right before the verb, after a comma, naming an actor, is the
        subject. None when there is no such phrase."""
        prev = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        while prev is not None and prev.head.i == verb.i and prev.dep_ in ("aux", "advmod", "neg"):
            prev = verb.doc[prev.i - 1] if prev.i > verb.sent.start else None
        if prev is None:
            return None
        app = prev if prev.dep_ == "appos" else prev.head if prev.head.dep_ == "appos" and prev.head.i > prev.i else None
        if (app is None or app.right_edge.i != prev.i or app.head.dep_ != "pobj" or app.left_edge.i <= verb.sent.start
                or verb.doc[app.left_edge.i - 1].text != "," or not self.actor_list(app)):
            return None
        # the name it hangs on sits in a phrase of the verb opening the sentence
        cur = app.head
        while cur.head.i != cur.i and cur.head.i != verb.i:
            cur = cur.head
        return app if cur.head.i == verb.i and cur.dep_ in ("prep", "advcl") and cur.i < app.i else None

    def _opens_clause(self, tok) -> bool:
        """The conjunct is the stray subject of the next clause ("expelled a diplomat and
        Pakistan retaliated"), not one more of the nouns it is joined to."""
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
        while nxt is not None and nxt.dep_ in ("aux", "advmod", "neg") and nxt.i + 1 < tok.sent.end:
            nxt = tok.doc[nxt.i + 1]
        return (nxt is not None and nxt.pos_ == "VERB" and nxt.dep_ in ("conj", "advcl")
                and self._stray_subject(nxt) is tok)

    def _stray_subject(self, verb):
        """"Israel bombed targets in Gaza and Hamas fired rockets": the subject of a second
        clause that the parser joined to the first clause's last noun; an actor named right before
        the conjoined finite verb, after "and" or "but"."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        prev = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        while prev is not None and prev.head.i == verb.i and prev.dep_ in ("aux", "advmod", "neg"):
            prev = verb.doc[prev.i - 1] if prev.i > verb.sent.start else None
        if (prev is None or prev.dep_ != "conj" or prev.pos_ not in ("PROPN", "NOUN") or prev.i not in self.mention_at
                or prev.head.i >= prev.i or prev.head.i == verb.head.i or prev.left_edge.i <= verb.sent.start):
            return None
        before = verb.doc[prev.left_edge.i - 1]
        return prev if before.lower_ in ("and", "but", "while") else None

    def agent(self, verb):
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        if any(c.dep_ == "auxpass" for c in verb.children):
            # "farmers were promised subsidies by the government": the parser may hang the agent
            # of a passive with two objects on the object that is left
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                for pobj in self.prep_objects(obj, frozenset({"by"})):
                    if pobj.i in self.mention_at:
                        return pobj
            return self._stranded_agent(verb)
        return None

    def _stranded_agent(self, verb):
        """The "by" of a passive that comes after its other phrases, which the parser hangs on the
        last word before it: "Nigeria was accused of abuses by Amnesty", "Greece was criticized for
        its handling of the crisis by Germany". Taken only when it names an actor of another
        country than the subject's: "Kenya was accused of abuses by its police" names the doer
        of the abuses."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return None
        own = {a.country for a in self.actor_list(subj)}
        frontier = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ != "by"]
        # "were ordered to leave the country by the interior ministry": the parser hangs the "by"
        # of an order or request on the active infinitive it governs (not a passive one's own:
        # "were asked to be examined by doctors")
        frontier += [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                     and not any(a.dep_ == "auxpass" for a in c.children)]
        for _ in range(STRANDED_DEPTH):
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                        found = self._at(pobj) if pobj is not None else []
                        if found and not own & {a.country for a in found}:
                            return pobj
                    elif c.dep_ in STRANDED_PATH_DEPS:
                        nxt.append(c)
            frontier = nxt
        return None

    def prep_objects(self, tok, preps: frozenset[str]):
        for child in tok.children:
            if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield pobj
                    elif pobj.dep_ == "pcomp" and pobj.lower_ == "visiting" and pobj.i == child.i + 1:
                        # round 30: "held talks with visiting Russian Prime Minister X": the parser
                        # makes the guest the object of "visiting"; the guest is the object
                        yield from (g for g in pobj.children if g.dep_ == "dobj")

    def by_objects(self, noun) -> list:
        """Who does what a noun names, with "by": "the invasion of Ukraine by Russia" (the parser
        may hang "by" on the object of "of")."""
        return [*self.prep_objects(noun, BY), *(b for o in self.prep_objects(noun, OF) for b in self.prep_objects(o, BY))]

    # --- dates ---------------------------------------------------------------------------
    def timex_attachment(self, timex: Timex):
        toks = [t for t in self.sent if t.i in self.timex_at and self.timex_at[t.i] is timex]
        if not toks:
            return None
        inside = {t.i for t in toks}
        root = next((t for t in toks if t.head.i not in inside), toks[0])
        if root.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
            return root.head  # "the 2015 agreement", "Friday's vote": the date of that noun
        cur = root
        for _ in range(6):
            if cur.head.i == cur.i:
                return cur
            if cur.i != root.i and (cur.pos_ in ("VERB", "AUX") or cur.dep_ not in DATE_CLIMB):
                return cur
            cur = cur.head
        return cur


def _in_role(actor: Actor, sector: str) -> Actor:
    """A country's actor given the role another mention names ("officials in Kenya and Uganda":
    Uganda as UGAGOV)."""
    return Actor(actor.country + sector, actor.country, sector, actor.entity, actor.text)


# how many words of description may stand between "and" and the country they describe
_ADJECTIVE_RUN = 6


def _describes(tok) -> bool:
    """A word of a run of stacked adjectives: "neighbouring, drought-hit", "small but wealthy"."""
    return (tok.pos_ in ("ADJ", "ADV") or tok.text in (",", "-", "but")
            or tok.dep_ in ("amod", "npadvmod", "conj") and tok.pos_ in ("VERB", "NOUN"))


def _struck_subject(tok) -> bool:
    """The subject is an act, not a group: "the shelling of Kyiv killed five", "the bombing in
    Baghdad killed 20" name whom and where it struck, not who did it (a meeting "of" ministers is
    the ministers, a joint act's parties)."""
    acts = ontology().nouns.get(tok.lemma_.lower(), ()) if tok.dep_ == "nsubj" else ()
    return bool(acts) and not any(t.joint for t in acts)


# verbs of writing or sending words to someone ("wrote to Annan", "sent a letter to the UN")
WRITING_VERBS = frozenset({"write", "send", "address", "deliver", "hand", "submit", "cable", "telegraph"})


def _writer_verb(noun):
    """The verb of writing or sending whose addressee is ``noun``: "wrote to Annan", "sent a
    letter to the United Nations" (the letter, a statement noun, may carry the "to"); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.i > noun.i:
        return None
    gov = noun.head.head
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in STATEMENT_NOUNS and gov.dep_ == "dobj":
        gov = gov.head  # ("sent a letter to ...")
    return gov if writes_words(gov) else None


def writes_words(verb) -> bool:
    """The verb writes or sends words: "wrote to", "sent a letter", "delivered a message"
    (not "sent troops to the Congo")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in WRITING_VERBS:
        return False
    return verb.lemma_.lower() == "write" or any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS
                                                 for c in verb.children)


def _reduced_passive(verb) -> bool:
    """An opening participle with its doer in "by" and no object is a passive of the main
    clause's subject: "Backed by Russia, Serbia rejected the plan" (Serbia is backed), "Angered
    by the raid, Syria protested"; not "Having signed the deal, Iran ..." nor "Using tanks, ..."."""
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) and not any(
        c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)


def _same(tok, other) -> bool:
    """The two tokens are one (spaCy makes a new Token object on each access)."""
    return other is not None and tok.i == other.i


# verbs whose infinitive is their own subject's doing ("threatened to strike", "vowed to fight"):
# their participle with an infinitive is never a passive (unlike "asked to resign")
SUBJECT_CONTROL = frozenset({"threaten", "vow", "pledge", "promise", "refuse", "agree", "decide", "offer", "swear"})


def stranded_main_verb(sent):
    """The main verb of a sentence the parser rooted in its opening preposition ("During talks in
    Madrid with Miguel Moratinos, the Moroccan foreign minister asked Spain ..."): the first finite
    verb after the phrase's comma, hung on a noun of the phrase as a participle or relative
    clause; else None."""
    root = sent.root
    if root.pos_ != "ADP" or root.i != sent.start:
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None:
        return None
    return next((t for t in sent if t.i > comma.i and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP")
                 and t.dep_ in ("acl", "relcl") and not any(c.lower_ in RELATIVE_PRONOUNS for c in t.children)), None)


def _main_after_relative(verb) -> bool:
    """A past form hung on the sentence's head noun right after a relative clause set off by
    commas ("The Japanese government, which has long sought ..., protested to Moscow") is the
    main verb the parser missed, active: the head noun is the sentence's root, and the verb has
    no passive marks ("by", "was")."""
    noun = verb.head
    if verb.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return False
    if verb.i < 1 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "relcl" and noun.i < c.i < verb.i and c.right_edge.i == verb.i - 2 for c in noun.children)


def _for_to(verb) -> bool:
    """An infinitive hung on a noun after "for X" ("a call for Belgrade to withdraw"): X is its
    subject, which the parser leaves as the object of "for" on the noun."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    fors = [g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
            for g in c.children if g.dep_ == "pobj"]
    return any(g.right_edge.i + 1 == verb.i - 1 for g in fors)


def pair_phrase(tok) -> bool:
    """"the two countries", "both sides", "the two leaders": a plural that stands for a pair."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in PAIR_NOUNS:
        return False
    return any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
               for c in tok.children)
