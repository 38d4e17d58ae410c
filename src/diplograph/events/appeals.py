"""Demands, wishes, ultimatums, condemnations and criticism told in shapes the verb triggers
miss ("X wants the bill scrapped", "called the raid outrageous")."""
from __future__ import annotations

import dataclasses
import functools

from diplograph.events.build import _build_events
from diplograph.events.modality import DEONTIC_AUX as DEONTIC
from diplograph.events.modality import REPORT_HEADS, reporting_verb
from diplograph.events.nonevents import _holders
from diplograph.events.ontology import Ontology, Trigger
from diplograph.events.roles import _made_by, _place_under, _reporter, is_measure
from diplograph.events.sentence import _Sentence
from diplograph.events.words import (
    BLAMING, BRANDING_NOUNS, BRANDING_VERBS, CONCLUDING_BODIES, CONDEMNING, CONDEMNING_NOUNS, MILD_NOUNS, MISCONDUCT_VERBS, PROTESTERS, SEEN_DONE,
    STANCE_NOUNS, WANTED_ACTS,
)
from diplograph.types import Actor, Event

NOT_ASKING = frozenset({"phone", "telephone", "conference", "video", "roll", "close", "wake", "margin", "cold",
                        "curtain", "judgment", "judgement", "guilty", "deal", "bargain", "port", "radio", "courtesy",
                        "condolence", "duty", "house", "sales", "emergency", "999", "911", "congratulatory"})


def _asking_noun(tok, onto: Ontology) -> Trigger | None:
    """"calls for a ceasefire", "a call for Iran to withdraw", "pleas from the families": a noun
    of asking with what is asked for ("for", a to-clause, a that-clause) or who asks ("from")."""
    base = next((t for t in onto.nouns.get("appeal", ()) if t.type == "REQUEST" and not t.extra), None)
    if base is None:
        return None
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if words & NOT_ASKING or tok.head.lemma_.lower() in NOT_ASKING | {"enter", "make", "take", "return", "receive"}:
        return None  # "a phone call", "entered a guilty plea", "took a call from", "a plea deal"
    asked_by = ("from",) if tok.lemma_.lower() != "call" else ()  # "a call from Paris" is mostly a phone call
    asks = any(c.dep_ == "prep" and c.lower_ in ("for", *asked_by) for c in tok.children) or any(
        c.dep_ in ("acl", "relcl") and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                        or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        for c in tok.children)
    if not asks and not _call_on_to(tok):
        return None
    return dataclasses.replace(base, pattern=tok.lemma_.lower(), head=tok.lemma_.lower(), target_preps=frozenset({"to", "on"}))


def _call_on_to(tok) -> bool:
    """"renewed its call on Israel to halt the raids", "an appeal to Serbia to hand them over": a
    noun of asking with whom it is put to ("on", "to") and what is asked, a to-clause."""
    return _asked_clause(tok) is not None


def _asked_clause(tok):
    """(the act asked, the words of the ones asked) for a noun of asking put "on" or "to" someone
    with a to-clause, which the parser hangs on the noun, on the one asked, or on the verb that
    governs the noun ("repeated its call on Egypt | to release them": advcl of "repeated"); None
    when there is no such clause."""
    put = ("on",) if tok.lemma_.lower() == "call" else ("on", "to")  # ("a call to the king to discuss oil": by phone)
    whom = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in put
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]  # (not "on Monday")
    if not whom and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in RENEWING_VERBS):
        # (a call renewed or repeated asks even when it names no one: "renewed his call on
        # Tuesday to lift the embargo", which the parser hangs on "renewed")
        return None
    holders = [tok, *whom, *([tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [])]
    clause = next((c for h in holders for c in h.children
                   if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i > tok.i
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return None if clause is None else (clause, whom)


# verbs that make a call or plea again, whose object asks whatever it names
RENEWING_VERBS = frozenset({"renew", "repeat", "reiterate", "restate", "echo"})


def _generic_measure(tok) -> bool:
    """A coercive measure named as a kind, not as an act done: a singular noun with no article,
    owner, number or "of" ("detention without trial", "indefinite house arrest", "powers of
    arrest"), or a bodily "arrest" ("a cardiac arrest")."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in BODILY_WORDS for c in tok.children):
        return True
    return tok.tag_ == "NN" and tok.lemma_.lower() in KIND_MEASURES and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") or c.dep_ == "prep" and c.lower_ in ("of", "by")
        for c in tok.children)


def _anti_targets(s: _Sentence, tok, subj_tok) -> list[tuple[Actor, object]]:
    """The country named after "anti-" in the words of a protest or its protesters
    ("anti-American protests", "anti-French demonstrators marched"), if any. (The actor reader
    gives such a name no mention: "anti-French" people are not France.)"""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    if subj_tok is not None and subj_tok.lemma_.lower() in PROTESTERS:
        heads.append(subj_tok)
    doc = tok.doc
    out: list[tuple[Actor, object]] = []
    for h in heads:
        for c in h.children:
            if (c.dep_ in ("amod", "compound", "nmod") and c.i >= 2 and doc[c.i - 1].text in ("-", "–")
                    and doc[c.i - 2].lower_ == "anti" and (country := _named_country(c.text))):
                out.append((Actor(country, country, None, None, c.text), c))
    return out


@functools.lru_cache(maxsize=1024)
def _named_country(word: str) -> str | None:
    """The one country a single word names, as its name, adjective or demonym ("French", "Iraq")."""
    from diplograph.actors.lexicon import lexicon

    found = {e.country for e in lexicon().lookup((word,)) if e.kind in ("country", "adjective", "demonym") and e.country}
    return found.pop() if len(found) == 1 else None


def _recoded(trig: Trigger, onto: Ontology, cameo: str, **changes) -> Trigger | None:
    """The trigger read as another CAMEO code, with that code's PLOVER type and mode from the
    ontology (and any other field changed); None when the ontology has no PLOVER reading of it."""
    info = onto.cameo_info(cameo)
    if info is None or not info.plover_type:
        return None
    return dataclasses.replace(trig, type=info.plover_type, mode=info.plover_mode, cameo=cameo, **changes)


def _harm(e: Event, onto: Ontology) -> bool:
    """The event is a harm done to another (material conflict, quad class 4: sanctions, force)."""
    t = onto.types.get(e.type)
    return t is not None and t.quad_class == 4


def _ultimatums(s: _Sentence, onto: Ontology, coded_at: dict[int, list[Event]], found) -> tuple[list[Event], set[int]]:
    """"Ghana will recall its ambassador unless Togo frees the fishermen", "Japan would cut off
    aid if the junta did not free her": an act announced on a condition the other side must meet
    is a threat (THREATEN) to that side, the subject of the condition, else the act's target.
    With "if", only a harm (sanctions, force) on a condition another side sets off; "would lift
    the embargo if Iraq complied" is an offer. Also gives the (``id``s of the) acts so
    announced, which the threat stands for."""
    base = onto.bare_verb("threaten")
    if base is None:
        return [], set()
    out: list[Event] = []
    done: set[int] = set()
    replaced: set[int] = set()
    for tok, _ in found:
        cond = next((c for c in tok.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children)), None)
        if cond is None or tok.i in done:
            continue
        unless = any(m.dep_ == "mark" and m.lower_ == "unless" for m in cond.children)
        # (announced: "will" or "would", not "may recall its ambassador unless")
        announced = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children)
        mine = [e for e in coded_at.get(tok.i, ()) if e.source is not None
                and (e.modality == "future" or e.modality == "hypothetical" and announced)
                and e.type != "THREATEN" and (unless or _harm(e, onto))]
        if not mine:
            continue
        subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        on = [a for a, _ in s.actors(subj)] if subj is not None else []
        if not unless and not (any(b.code != e.source.code for b in on for e in mine)
                               or not on and subj is not None and subj.pos_ in ("NOUN", "PROPN")):
            continue  # "would close the strait if it were attacked": no condition set for another side
        done.add(tok.i)
        replaced.update(id(e) for e in mine)
        pairs = []
        for e in mine:
            for b in on or [e.target]:
                if b is None or b.code != e.source.code:
                    if (e.source, b) not in pairs:
                        pairs.append((e.source, b))
        trig = dataclasses.replace(base, pattern="unless (ultimatum)", head=tok.lemma_.lower())
        source_tok, _ = s.subject(tok)
        for ev in _build_events(s, tok, tok, source_tok, trig, onto, pairs):
            out.append(dataclasses.replace(ev, modality="asserted", confidence=round(max(ev.confidence - 0.1, 0.1), 2)))
    return out, replaced


# what a deadline is given as: "gave Belgrade 48 hours to pull out", "gave Iraq a deadline to leave"
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})


def _deadlines(s: _Sentence, onto: Ontology, coded_at: dict[int, list[Event]]) -> tuple[list[Event], set[int]]:
    """"The United States gave Belgrade 48 hours to pull its forces out of Kosovo", "NATO gave
    the Serbs until midnight to withdraw": a deadline set for another side's act is an
    ultimatum (THREATEN 139) to that side. The act demanded (and what follows "or") is not done,
    so the events coded on it are given back to be dropped."""
    base = onto.bare_verb("threaten")
    trig = _recoded(base, onto, "139") if base is not None else None
    out: list[Event] = []
    dropped: set[int] = set()
    if trig is None:
        return out, dropped
    for tok in s.sent:
        if tok.lemma_.lower() != "give" or tok.pos_ != "VERB":
            continue
        timed = any(c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in ("until", "till") for c in tok.children)
        act = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp", "relcl") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        given = [a for c in tok.children if c.dep_ in ("dative", "dobj") for a, _ in s.actors(c)]
        if not (timed and act is not None and given):
            continue
        subj, passive = s.subject(tok)
        sources = [a for a, _ in s.actors(subj)] if subj is not None and not passive else []
        pairs = [(a, b) for a in sources or [None] for b in given if a is None or a.code != b.code]
        if not pairs:
            continue
        dropped.update(id(e) for t in act.subtree for e in coded_at.get(t.i, ()))
        here = dataclasses.replace(trig, pattern="give to (ultimatum)", head="give")
        out.extend(_build_events(s, tok, tok, subj if sources else None, here, onto, pairs))
    return out, dropped


# verbs and nouns that carry what someone holds others must do
DEMAND_SPEECH = frozenset({"insist", "conclude", "stress", "argue", "reiterate", "remind", "emphasise",
                           "emphasize", "maintain", "repeat", "note", "suggest", "recommend", "advise", "propose"})
DEMAND_NOUNS = frozenset({"reminder", "message", "statement", "view", "position", "insistence"})


def _reported_demands(s: _Sentence, onto: Ontology) -> list[Event]:
    """"Germany said Serbia must recognise Kosovo", "Japan reminded China that it must
    cooperate": saying that another actor must or should act is a demand on it (REQUEST), whatever
    the act is. The act itself, if it is an event, keeps its own (not asserted) modality."""
    base = onto.bare_verb("demand")
    if base is None:
        return []
    out: list[Event] = []
    for aux in s.sent:
        if aux.lower_ not in DEONTIC or aux.dep_ != "aux" or aux.head.dep_ not in ("ccomp", "acl"):
            continue
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in aux.head.children):
            continue  # "Iran must have known": a guess about the past, not a demand
        clause, gov = aux.head, reporting_verb(aux.head) or aux.head.head  # ("said in a statement that X must")
        lemma = gov.lemma_.lower()
        if gov.pos_ in ("VERB", "AUX") and (lemma in REPORT_HEADS or lemma in DEMAND_SPEECH):
            speaker_verb = gov
        elif gov.pos_ == "NOUN" and lemma in DEMAND_NOUNS and gov.head.pos_ == "VERB":
            speaker_verb = gov.head  # "sent a message to China that it must stop"
        else:
            continue
        subj, passive = s.subject(speaker_verb)
        if subj is None or passive:
            continue
        if subj.tag_ == "VBG" and (named := next((c for c in subj.children if c.dep_ == "nsubj"), None)) is not None:
            subj = named  # "the Red Cross operating in Iraq said ...", parsed as "operating" said it
        sources = s.actors(subj) or _uncoded_body(subj)
        addressed = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        targets = s.actors(addressed) if addressed is not None else []
        if not targets and addressed is not None and addressed.pos_ == "PRON":
            # "a reminder to Iraq that it must", "told the Ugandan leader he should": the one addressed
            targets = [p for pobj in s.prep_objects(speaker_verb, frozenset({"to"})) for p in s.actors(pobj)]
            targets += [p for c in speaker_verb.children if c.dep_ in ("dobj", "dative", "iobj") and c.i < clause.i
                        for p in s.actors(c)]
        # a demand on another body of one's own country counts ("the Tories say ministers must
        # respond": GBRPTY -> GBRGOV); a state saying what it must do itself does not
        pairs = [(a, b) for a, _ in sources for b, _ in targets
                 if a is None or a.country is None or a.country != b.country or a.code != b.code or _two_named(a, b)]
        if pairs:
            trig = dataclasses.replace(base, pattern="must (reported)", head=aux.lower_)
            out.extend(_build_events(s, speaker_verb, speaker_verb, subj, trig, onto, pairs))
    return out


def _uncoded_body(subj) -> list[tuple[None, object]]:
    """A speaker no actor is coded for that is a named organisation or a gathering or paper ("the
    Third World Water Forum concluded ...", "the summit's final statement said ..."): its demand is
    a demand of someone not coded. Not a person, a pronoun or a bare crowd."""
    if subj.pos_ == "PRON" or subj.ent_type_ in ("PERSON", "GPE", "NORP"):
        return []
    return [(None, subj)] if subj.ent_type_ == "ORG" or subj.lemma_.lower() in CONCLUDING_BODIES else []


WANTED_OR_SEEN = WANTED_ACTS | SEEN_DONE


def _wants(s: _Sentence, onto: Ontology) -> list[Event]:
    """"The US wants Iran to halt enrichment", "Iran wants sanctions lifted", "the party wanted a
    clause inserted in the bill", "says it wants the release of the sailors": an actor saying what
    it wants another to do is a request (REQUEST) of that other, named or not. Not its own aims
    ("wants to win"), nor what it does not want or would want."""
    base = onto.bare_verb("ask", type="REQUEST")
    if base is None:
        return []
    out: list[Event] = []
    for tok in s.sent:
        if tok.lemma_.lower() != "want" or tok.pos_ != "VERB" or any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in tok.children):
            continue
        subj, passive = s.subject(tok)
        if subj is None or passive:
            continue
        sources = s.actors(subj) or (_reporter(s, subj) if subj.pos_ == "PRON" else [])
        if not sources:
            continue
        targets: list[tuple[Actor, object]] = []
        asked = False
        for c in tok.children:
            other = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if c.dep_ == "xcomp" and c.lemma_.lower() == "see" and any(
                    g.dep_ == "dobj" and (g.lemma_.lower() in WANTED_OR_SEEN or any(
                        a.dep_ in ("amod", "acl") and a.tag_ == "VBN" for a in g.children)) for g in c.children):
                # "wants to see the release of the hostages", "wants to see proper checks", "wants
                # to see sanctions lifted": an act asked of whoever would do it
                asked = True
                targets += [p for g in c.children if g.dep_ == "dobj" and g.lemma_.lower() == "release"
                            for p in _holders(s, g, "NOUN", places=True)]
            elif c.dep_ in ("ccomp", "xcomp") and (other is None or any(g.dep_ == "mark" for g in c.children)):
                pass
            elif c.dep_ in ("ccomp", "xcomp") and (
                    c.tag_ == "VBN" or any(a.dep_ == "auxpass" for a in c.children)
                    or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and s.actors(other)):
                # "wants Iran to halt", "wants sanctions lifted", "wants it to be carried out" (not
                # "wants prices to remain stable": a wish about markets)
                asked = True
                targets += s.actors(other)
            elif c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ == "VBN" for g in c.children):
                asked = True  # "wanted a clause inserted in the bill"
            elif c.dep_ == "dobj" and c.lemma_.lower() in WANTED_ACTS:
                asked = True  # "wants the release of the sailors": of who holds them
                targets += _holders(s, c, "NOUN", places=True) if c.lemma_.lower() == "release" else []
                # "wants the publication of the advice given by the attorney general": of its author
                targets += [p for thing in s.prep_objects(c, frozenset({"of"})) for p in _made_by(s, thing)]
        if not asked:
            continue
        pairs = [(a, b) for a, _ in sources for b, _ in (targets or [(None, None)])
                 if b is None or a.code != b.code or _two_named(a, b)]
        if pairs:
            trig = dataclasses.replace(base, pattern="want (request)", head="want")
            out.extend(_build_events(s, tok, tok, subj, trig, onto, pairs))
    return out


HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "will"})


def _compound_word(tok) -> str:
    """The word with the hyphenated parts before it: "ill-advised", "short-sighted"."""
    word = tok.lower_
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 1].whitespace_ == "" and (
            tok.doc[tok.i - 2].whitespace_ == ""):
        word = tok.doc[tok.i - 2].lower_ + "-" + word
    return word


def _condemned(s: _Sentence, noun) -> list[tuple[Actor, object]]:
    """Whose is what is condemned: the noun if it names an actor, its owner or adjective
    ("Iran's conduct", "the Russian move"), or who did it ("the treatment of staff by the airline");
    not those it was done to ("the detention of the journalists")."""
    if noun is None or noun.lower_ in ("it", "this", "that"):
        return []
    found = s.actors(noun, modifiers=False)
    found += [p for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in s.mention_at
              for p in s.actors(c)]
    found += [p for pobj in s.prep_objects(noun, frozenset({"by"})) for p in s.actors(pobj)]
    return found


def _condemnations(s: _Sentence, onto: Ontology, coded: set[int]) -> list[Event]:
    """"The minister said the arrests were unacceptable", "called the raid outrageous", "described
    the vote as a disgraceful sham": saying that something is a condemning word is criticism
    (ACCUSE) by the speaker, aimed at whoever the thing is of. Not when the speaker only warns what
    something would be ("said any attack would be unacceptable") or denies it ("was not unfair")."""
    base = onto.bare_verb("criticize", "criticise")
    if base is None or _recoded(base, onto, "111") is None:
        return []
    out: list[Event] = []
    done: set[int] = set()

    def trig_of(word) -> Trigger:
        return _recoded(base, onto, "111", pattern="condemning word (reported)", head=word.lower_)

    def blame(verb) -> None:
        """The speaker of a reported clause accuses the clause's subject of what it did."""
        speaker_verb = verb.head
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        targets = s.actors(doer) if doer is not None else []
        if targets and speaker_verb.i not in done | coded:
            out.extend(_criticism(s, onto, speaker_verb, targets, trig_of(verb)))
            done.add(speaker_verb.i)

    for adj in s.sent:
        if (adj.lemma_.lower() == "fail" and adj.pos_ == "VERB" and adj.dep_ == "ccomp"
                and adj.head.lemma_.lower() in REPORT_HEADS and any(c.dep_ == "xcomp" for c in adj.children)
                and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in adj.children)):
            # "the chancellor has failed to tackle poverty, the opposition leader said": blame
            blame(adj)
            continue
        if (adj.lemma_.lower() in MISCONDUCT_VERBS and adj.pos_ == "VERB" and adj.dep_ == "ccomp"
                and adj.head.lemma_.lower() in REPORT_HEADS | DEMAND_SPEECH
                and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | DEONTIC
                            for c in adj.children)):
            # "Blair lied when he took the UK to war, the Tories say", "said Germany had misled its partners"
            blame(adj)
            continue
        word = _compound_word(adj)
        noun = adj.pos_ == "NOUN" and word in CONDEMNING_NOUNS and adj.dep_ in ("attr", "oprd", "xcomp", "dobj", "pobj")
        # a name one calls someone, with a verb of calling only ("called the leader a terrorist")
        noun = noun or adj.pos_ == "NOUN" and adj.lemma_.lower() in BRANDING_NOUNS and (
            adj.dep_ in ("oprd", "xcomp") and adj.head.lemma_.lower() in BRANDING_VERBS
            or adj.dep_ == "pobj" and adj.head.lower_ == "as" and adj.head.head.lemma_.lower() in BRANDING_VERBS)
        if word in CONDEMNING_NOUNS and not noun:
            continue
        if (word not in CONDEMNING and word not in BLAMING and not noun) or adj.dep_ == "conj" or any(
                c.dep_ == "neg" for c in adj.children):
            continue
        if noun and adj.dep_ == "attr":  # "said the plan was a disgrace": the noun is what is said of it
            pass
        elif noun and adj.dep_ == "dobj":
            continue  # ("made a mistake", "caused a scandal")
        elif noun and adj.dep_ == "pobj" and adj.head.lower_ != "as":
            continue
        head, speaker_verb, thing = adj.head, None, None
        if adj.dep_ in ("acomp", "attr") and head.lemma_ == "be" and head.dep_ == "ccomp" and (
                head.head.lemma_.lower() in REPORT_HEADS | DEMAND_SPEECH):
            if any(c.dep_ in ("aux", "neg") and (c.lower_ in HYPOTHETICAL_AUX or c.dep_ == "neg") for c in head.children):
                continue
            speaker_verb = head.head
            thing = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif adj.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and head.lemma_.lower() in BRANDING_VERBS:
            speaker_verb = head
            # "called the raid outrageous"; "the plan was branded reckless by the opposition"
            thing = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        elif adj.dep_ in ("amod", "pobj", "acomp") and head.lower_ == "as" and head.head.lemma_.lower() in BRANDING_VERBS:
            speaker_verb = head.head
            thing = next((c for c in speaker_verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if speaker_verb is None or speaker_verb.i in done | coded:  # ("condemned the raid as barbaric": coded)
            continue
        if (word in BLAMING or word in MILD_NOUNS) and not _condemned(s, thing) and not (
                thing is not None and thing.lemma_.lower() in STANCE_NOUNS and any(
                    c.dep_ == "poss" and c.tag_ != "PRP$" for c in thing.children)):
            continue  # a mild word said of a thing that is no one's: "the situation was dangerous"
        owners = _condemned(s, thing)
        if not owners and thing is not None and word in CONDEMNING and is_measure(thing):
            # "a scheme to bury chemicals in Poland was branded reckless": a thing of no one named
            # is the country it would happen in (not for a mild word: "the situation in Syria is
            # dangerous" blames no one)
            owners = _place_under(s, thing)
        found = _criticism(s, onto, speaker_verb, owners, trig_of(adj))
        if found:
            done.add(speaker_verb.i)
            out.extend(found)
    return out


def _criticism(s: _Sentence, onto: Ontology, speaker_verb, targets, trig: Trigger) -> list[Event]:
    """Criticism (CAMEO 111) by whoever says it: a coded speaker, or a named person the text
    gives no code when it names whom the criticism is of; in the passive, the agent ("was
    branded a disgrace by the opposition"), or no one named when the text names whose it is."""
    subj, passive = s.subject(speaker_verb)
    if passive:
        agent = s.agent(speaker_verb)
        if agent is None and not targets:
            return []
        subj = agent
        if agent is None:
            pairs = [(None, b) for b, _ in targets]
            return _build_events(s, speaker_verb, speaker_verb, None, trig, onto, pairs)
    if subj is None:
        return []
    sources = s.actors(subj) or _reporter(s, subj)
    if not sources and not (targets and subj.ent_type_ == "PERSON"):
        return []
    pairs = [(a, b) for a, _ in (sources or [(None, None)]) for b, _ in (targets or [(None, None)])
             if b is None or a is None or b.code != a.code or _two_named(a, b)]  # ("the Tories insist Labour's scheme ...")
    return _build_events(s, speaker_verb, speaker_verb, subj, trig, onto, pairs) if pairs else []
# measures done to persons that are named as a kind without an article ("detention without trial",
# "powers of house arrest"; not "when curfew was in place", "went ahead with annexation": one act)
KIND_MEASURES = frozenset({"arrest", "detention", "deportation", "internment", "imprisonment", "persecution",
                           "censorship", "surveillance", "extradition", "custody", "expulsion", "torture"})
# what makes an "arrest" the body's: "a cardiac arrest"
BODILY_WORDS = frozenset({"cardiac", "respiratory", "heart", "cardiopulmonary"})


def _two_named(a: Actor, b: Actor) -> bool:
    """Two actors of one code that are different named bodies or people: the entities differ
    and neither is the bare country (an organ named by its country, "the Iranian government",
    is the same state as "Iran's foreign ministry")."""
    if not a.entity or not b.entity or a.entity == b.entity:
        return False
    countries = _country_names()
    return a.entity not in countries and b.entity not in countries


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from diplograph.actors.lexicon import lexicon

    lex = lexicon()
    return frozenset(lex.countries.values()) | frozenset(lex.regions.values())
