"""Criticism and demands told in reported speech, beyond the shapes the coder's own readers
take ("said Y must ...", "called the raid outrageous"):

- a negative judgement of another actor's act, words or plans: "the opposition said the
  government's scheme had failed", "... was not working", "... did nothing to help farmers",
  "said voters had lost trust in the premier", "claimed the move was a ploy to ...", "said he
  was too timid", "... was not honest", "said Japan had broken the pact"; also under a noun of
  claiming ("amid claims that Iran had violated the deal");
- a demand said as a need or as time come: "said Iran needs to stop", "said Israel ought to
  leave", "said it was time for Serbia to act", and a measure asked of no one named ("said the
  tax must be scrapped");
- coming under fire or criticism over something ("the ministry came under fire over its budget").

Each is an event (ACCUSE, CAMEO 111; REQUEST, CAMEO 100) of the speaker, asserted as said; what is
demanded keeps its own event and its own (not asserted) modality. Read by ``coder.code_sentence``
(the sentence wrapper is ``sentence._Sentence``, the event builder ``build._build_events``)."""
from __future__ import annotations

import dataclasses

from diplograph.events.appeals import _condemned, _country_names, _criticism, _recoded, _two_named
from diplograph.events.build import _build_events
from diplograph.events.modality import REPORT_HEADS, quoted_command, reporting_verb
from diplograph.events.nonevents import _peaceful
from diplograph.events.ontology import Ontology
from diplograph.events.roles import _conceded_to, _reporter
from diplograph.events.words import NONSTATE_ARMED
from diplograph.types import Actor

# verbs that report what someone holds of another ("said", "claimed", "complained") — with the
# coder's verbs of insisting added where used
SPEECH_HEADS = frozenset(REPORT_HEADS | {"claim", "allege", "complain", "charge", "argue", "insist", "warn",
                                         "suggest", "maintain", "stress", "contend", "believe", "think", "add"})
# speech verbs that put forward what the speaker holds against another's view: "claimed the
# visit was an attempt to win votes" imputes a motive
CONTESTING_HEADS = frozenset({"claim", "allege", "charge", "contend", "suggest", "argue", "insist"})
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "will", "can"})
# what one loses or lacks in someone that is their standing: "voters have lost trust in him"
STANDING_NOUNS = frozenset({"trust", "faith", "confidence", "respect"})
LOSING_VERBS = frozenset({"lose", "lack"})
# nouns that say what a thing is a means to that is underhand: "a ploy to ...", "a bid to distract"
PLOY_NOUNS = frozenset({"ploy", "smokescreen", "diversion", "distraction", "trick", "ruse", "manoeuvre", "maneuver"})
# what one tries to do that is underhand: "an attempt to silence critics", "a move to dodge scrutiny"
UNDERHAND_ENDS = frozenset({"silence", "distract", "divert", "dodge", "evade", "avoid", "hide", "bury", "cover",
                            "deflect", "gag", "muzzle", "sabotage", "undermine", "smear", "mislead", "deceive",
                            "foil", "thwart", "stifle", "suppress", "rig", "manipulate", "buy", "bribe"})
TRYING_NOUNS = frozenset({"attempt", "bid", "move", "effort", "plot", "scheme", "tactic", "ploy"})
# ends one is said to do nothing for: "did nothing to help", "does little to tackle"
NOTHING_WORDS = frozenset({"nothing", "little"})
NEEDING_VERBS = frozenset({"need", "have"})
# what "should be done" that is expected, not asked: "should be completed next year"
EXPECTED_VERBS = frozenset({"complete", "finish", "know", "announce", "publish", "release", "expect", "reach", "hold",
                            "see", "note", "say", "find", "finalise", "finalize", "ready", "available", "able",
                            "deliver", "report", "sign", "approve", "pass", "settle", "resolve", "open", "close"})
# breaking one's word or a compact: "said Japan had violated the pact", "broke its promise"
BREAKING_VERBS = frozenset({"violate", "breach", "break", "flout", "contravene", "renege", "betray", "dishonour",
                            "dishonor", "ignore"})
PLEDGE_NOUNS = frozenset({"agreement", "pact", "accord", "treaty", "law", "rule", "ceasefire", "truce", "promise",
                          "pledge", "resolution", "embargo", "convention", "term", "commitment", "regulation",
                          "obligation", "undertaking", "deal", "understanding", "code", "sanction", "guideline"})
# what one is blamed for not heeding: "said the ministry had ignored the warnings"
IGNORING_VERBS = frozenset({"ignore", "disregard"})
IGNORED_THINGS = frozenset({"concern", "warning", "advice", "plea", "call", "evidence", "wish", "view", "voice",
                            "need", "demand", "objection", "recommendation", "appeal", "opinion", "complaint",
                            "request", "will", "protest", "outcry", "plight", "suffering"})
# what is breached that is no compact but a standing due: "said press freedom was being trampled on"
RIGHTS_NOUNS = frozenset({"right", "freedom", "liberty", "principle", "sovereignty", "norm"})
# what can be violated or breached: a pledge or a right ("the ceasefire had been violated")
BREACHABLE_NOUNS = PLEDGE_NOUNS | RIGHTS_NOUNS
# words of candour whose denial is a charge of deceit: "were not being honest with voters"
HONEST_WORDS = frozenset({"honest", "straight", "truthful", "frank", "candid", "sincere", "straightforward", "upfront"})
# "too early", "too soon": timing, no judgement of anyone
TIMING_WORDS = frozenset({"early", "soon", "late", "close", "busy", "young", "old", "ill", "sick", "tired"})
# nouns of claiming that carry what is held against another in their clause
CLAIM_NOUNS = frozenset({"claim", "charge", "allegation", "accusation", "suggestion", "complaint", "criticism",
                         "assertion", "insinuation"})
# what a government does that can be judged a failure with no owner named: "the rebate did nothing
# to help", "the policy is not working" (not "the talks failed", "the engine failed")
POLICY_NOUNS = frozenset({"policy", "plan", "scheme", "reform", "rebate", "programme", "program", "strategy", "measure",
                          "bill", "law", "legislation", "budget", "initiative", "package", "tax", "levy", "cut",
                          "system", "approach", "regime", "rule", "regulation", "target", "pledge", "proposal"})


def _clauses(s, speech_heads: frozenset[str] = SPEECH_HEADS):
    """(clause verb, reporting verb) for each clause reported by a speech verb in the sentence."""
    for tok in s.sent:
        # (also "said in a statement that ...", which the parser hangs on the statement)
        head = reporting_verb(tok) if tok.dep_ in ("ccomp", "acl", "relcl") else None
        if head is not None and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in speech_heads and not any(
                c.dep_ == "neg" for c in head.children):
            yield tok, head
            # and the reason it gives: "trust is breaking down because the parties are not being straight"
            for why in tok.children:
                if why.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in why.children):
                    yield why, head


# ends one is cleared of by doing nothing towards them: "had done nothing to provoke the attack"
BLAMELESS_ENDS = frozenset({"provoke", "deserve", "warrant", "justify", "merit", "cause", "invite", "encourage",
                            "incite", "trigger", "harm", "hurt", "offend"})


def _blameless_end(nothing, verb) -> bool:
    """The end one did nothing towards is one it is good to have done nothing towards."""
    ends = [c for h in (nothing, verb) for c in h.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return any(e.lemma_.lower() in BLAMELESS_ENDS for e in ends)


def _settled(verb) -> bool:
    """The clause says what is, not what might be or is not: no "not", no "would"."""
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children)


def _owners(s, thing) -> list:
    """Whose a judged thing is: the actor it names, or its owner ("Labour's plans", "the
    government scheme", "Tory plans")."""
    return _condemned(s, thing) if thing is not None and thing.pos_ in ("NOUN", "PROPN") else []


def judgements(s, onto: Ontology, coded: set[int]) -> list:
    """Criticism in reported speech: the clause a speaker reports judges another actor's thing
    (or the actor) as failing, useless, untrusted, underhand or too much of something. The
    target is the actor, or the thing's owner; a policy of no one named is criticism with no
    target; any other thing of no one is no criticism of anyone."""
    base = onto.bare_verb("criticize", "criticise")
    if base is None or _recoded(base, onto, "111") is None:
        return []
    out: list = []
    done = set(coded)
    for verb, speaker_verb in _clauses(s):
        if speaker_verb.i in done:
            continue
        targets, policy = _judged(s, verb, contested=speaker_verb.lemma_.lower() in CONTESTING_HEADS)
        if not targets and not policy:
            continue
        trig = _recoded(base, onto, "111", pattern="negative judgement (reported)", head=verb.lower_)
        found = _criticism(s, onto, speaker_verb, targets, trig)
        if found:
            done.add(speaker_verb.i)
            out.extend(found)
    out.extend(_claimed(s, onto, base, done))
    return out


def _judged(s, verb, *, contested: bool = False, stand_in: list | None = None) -> tuple[list, bool]:
    """Whom a reported clause judges (its actor, or the owner of its thing), and whether it
    judges a policy of no one named. Empty when the clause is no negative judgement. A "he" or
    "she" subject no reference resolved stands for ``stand_in``, when given."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def who(t) -> list:
        found = s.actors(t)
        return found or (stand_in or [] if t.lower_ in ("he", "she") and not s._at(t) else [])
    lemma = verb.lemma_.lower()
    thing_owners = _owners(s, subj) if subj is not None and not s._at(subj) else []
    targets: list = []
    if lemma == "fail" and _settled(verb) and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
        # "Labour's plans had failed", "the scheme has failed": a thing of someone's that failed
        targets = thing_owners
    elif lemma == "work" and any(c.dep_ == "neg" for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "on", "for", "at", "in", "to") for c in verb.children):
        # "the government's policy is not working" (not "Iran is not working with the IAEA")
        targets = thing_owners
    elif lemma == "do" and not any(c.dep_ == "neg" for c in verb.children) and (
            _settled(verb) or subj is not None and not s._at(subj) and subj.lemma_.lower() in POLICY_NOUNS) and any(
            c.dep_ == "dobj" and c.lower_ in NOTHING_WORDS and (_to_clause(c) or _to_clause(verb))
            and not _blameless_end(c, verb) for c in verb.children):
        # "the rebate did nothing to fix the unfair tax", "the minister has done little to help",
        # "the scheme would do nothing to help" (a plan judged); not "could do little to stop the
        # war" (what one cannot do), nor "had done nothing to provoke" (no blame)
        targets = (who(subj) or thing_owners) if subj is not None else []
    elif _settled(verb) and (standing := _lost_standing(verb)):
        # "voters have lost trust in Blair", "people lack confidence in the government",
        # "voters have a fundamental lack of trust of the premier"
        targets = [p for h in standing for pobj in s.prep_objects(h, frozenset({"in", "of"})) for p in s.actors(pobj)]
    elif lemma in BREAKING_VERBS and _settled(verb) and subj is not None and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PLEDGE_NOUNS for c in verb.children):
        # "said Japan had violated the pact", "claimed the rebels broke their promise"
        targets = who(subj)
    elif lemma in IGNORING_VERBS and _settled(verb) and subj is not None and any(
            c.dep_ == "dobj" and c.lemma_.lower() in IGNORED_THINGS for c in verb.children):
        # "said the government had ignored the warnings of experts", "claimed Israel disregarded
        # the concerns of its allies": a charge of not listening
        targets = who(subj)
    elif lemma in BREAKING_VERBS and _settled(verb) and subj is not None and subj.dep_ == "nsubjpass" and (
            subj.lemma_.lower() in BREACHABLE_NOUNS and not s._at(subj)):
        # "said the ceasefire had been violated by the army", "said the rights of detainees were breached":
        # the breaker named with "by", or a breach of no one named (criticism with no target)
        agent = s.agent(verb)
        targets = s.actors(agent) if agent is not None else []
        return targets, not targets
    elif lemma == "be" and _settled(verb) and subj is not None:
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        too = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"
                    and c.lower_ not in TIMING_WORDS and any(a.dep_ == "advmod" and a.lower_ == "too" for a in c.children)), None)
        if attr is not None and _underhand(attr, contested=contested):
            # "the move was an attempt to silence critics", "the offer is a ploy to win votes"
            targets = thing_owners or who(subj)
            targets = targets or [p for pobj in s.prep_objects(attr, frozenset({"by"})) for p in s.actors(pobj)]
        elif too is not None:
            # "he was too bullish about the economy", "the minister's plans are too timid"
            targets = who(subj) or thing_owners
    elif lemma == "be" and subj is not None and any(c.dep_ == "neg" for c in verb.children) and not any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children) and any(
            c.dep_ == "acomp" and c.lower_ in HONEST_WORDS for c in verb.children):
        # "Labour and the Tories are not being straight with voters", "the minister was not honest"
        targets = who(subj)
    policy = not targets and lemma in ("fail", "work", "do") and _policy(s, subj, verb)
    return targets, policy


def _claimed(s, onto: Ontology, base, done: set[int]) -> list:
    """A noun of claiming whose clause judges another: "amid opposition claims he was too
    bullish", "to refute US charges Japan had violated the pact". Its owner accuses (ACCUSE) the
    one judged; the noun is the trigger."""
    out: list = []
    for noun in s.sent:
        # (a headline's capitals make "Charges" a name: its plural is the noun)
        word = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_.removesuffix("s")
        if noun.pos_ not in ("NOUN", "PROPN") or word not in CLAIM_NOUNS or noun.i in done:
            continue
        clause = next((c for c in noun.children if c.dep_ in ("ccomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX")
                       and not any(g.lower_ in ("which", "that", "who") and g.dep_ in ("nsubj", "nsubjpass", "dobj")
                                   for g in c.children)), None)
        if clause is None and (verb := _conceded_to(noun)) is not None:
            # (the parser may hang the claim's clause on the verb the concession is on: "approved
            # the plan amid charges | she was reckless", the clause right after the noun)
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i in (noun.i + 1, noun.i + 2)
                           and c.left_edge.i > noun.i and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            continue
        # "X approved the minister's plan amid rival charges she had been reckless": a "she" no reference
        # resolved is the person named last before the claim, when the claim is a concession
        # the main clause goes against
        stand_in = _last_person(s, noun) if _conceded_to(noun) is not None else None
        targets, _ = _judged(s, clause, contested=True, stand_in=stand_in)
        sources = s.actors(noun) or [p for pobj in s.prep_objects(noun, frozenset({"by", "from"})) for p in s.actors(pobj)]
        if not sources and any(c.dep_ in ("compound", "amod") and c.lower_ == "opposition" for c in noun.children) and (
                len(judged := {b.country for b, _ in targets if b.country}) == 1):
            # "amid opposition charges she had been reckless": the opposition of the state of the judged
            c = judged.pop()
            sources = [(Actor(c + "OPP", c, "OPP", None, "opposition"), None)]
        pairs = [(a, b) for a, _ in (sources or [(None, None)]) for b, _ in targets if a is None or a.code != b.code]
        if not pairs:
            continue
        trig = _recoded(base, onto, "111", pattern="claim noun (judgement)", head=noun.lower_, pos="NOUN")
        out.extend(_build_events(s, noun, noun, None, trig, onto, pairs))
        done.add(noun.i)
    return out


def _last_person(s, noun) -> list:
    """The actor of the one mention before ``noun`` that names a person in an office (a name
    with a state's or party's sector: "Chancellor Gordon Brown"), or nothing when the sentence
    names two people before it ("Blair met Bush amid charges he ...": which one is a guess)."""
    people = [(m.actor, s.sent.doc[i]) for i, ms in sorted(s.mention_at.items()) if i < noun.i for m in ms
              if m.actor.sector and s.sent.doc[i].ent_type_ == "PERSON"]
    return people if len({a.entity or a.code for a, _ in people}) == 1 else []


def _lost_standing(verb) -> list:
    """The words that hold whom trust is lost in: the object of "lose"/"lack" when it is trust
    ("lost faith in him"), and the verb itself (where the parser hangs "in"); or trust under a
    "lack"/"loss" the verb has ("have a lack of trust in")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in LOSING_VERBS:
        trusted = [o for o in objs if o.lemma_.lower() in STANDING_NOUNS]
        return [*trusted, verb] if trusted else []
    if verb.lemma_.lower() in ("have", "show", "see", "feel"):
        lacks = [o for o in objs if o.lemma_.lower() in ("lack", "loss")]
        trusted = [p for o in lacks for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
                   for p in of.children if p.dep_ == "pobj" and p.lemma_.lower() in STANDING_NOUNS]
        return [*trusted, *lacks] if trusted else []
    return []


def _policy(s, subj, verb) -> bool:
    """The judged thing is a policy, plan or law of no one named ("the new rebate did nothing to
    help", "the scheme is not working"): criticism whose target the text leaves to context."""
    if subj is None or subj.pos_ != "NOUN" or s._at(subj) or subj.lemma_.lower() not in POLICY_NOUNS:
        return False
    if verb.lemma_.lower() == "fail":
        return not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children) and _settled(verb)
    if verb.lemma_.lower() == "work":
        return any(c.dep_ == "neg" for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "on", "for", "at", "in", "to") for c in verb.children)
    return any(c.dep_ == "dobj" and c.lower_ in NOTHING_WORDS and (_to_clause(c) or _to_clause(verb))
               for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


def _to_clause(tok) -> bool:
    """The word has an infinitive under it: "nothing to help", "little to tackle"."""
    return any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children)


def _underhand(attr, *, contested: bool = False) -> bool:
    """"a ploy", "a cynical ploy to ...", "an attempt to silence critics", "a bid to dodge"; and,
    with ``contested`` (claimed, alleged: "claimed the visit was an attempt to win votes"), an
    attempt at anything."""
    word = attr.lemma_.lower()
    if word in PLOY_NOUNS:
        return True
    if word not in TRYING_NOUNS:
        return False
    return any(c.dep_ in ("acl", "relcl") and (contested or c.lemma_.lower() in UNDERHAND_ENDS)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in attr.children)


def _bare_country(actor) -> bool:
    """The actor is a country itself ("France"), not a body or a person coded by country alone."""
    return actor.sector is None and (actor.entity is None or actor.entity in _country_names())


def _passive_demand(verb) -> bool:
    """A passive clause of what must or should be done, to no time set ("should be given more
    protection", "must be scrapped"; not "should be completed by June", an expectation)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in EXPECTED_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in verb.children):
        return False
    if any(c.dep_ in ("neg", "npadvmod") or c.dep_ == "prep" and c.lower_ in ("by", "on", "in", "within", "before", "until")
           and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for c in verb.children):
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _needed_act(verb, c) -> bool:
    """``c`` is the act needed: its infinitive ("needs to stop"), or one the parser hung as a
    clause of purpose on a "needed" with no object ("needed | to stop enrichment")."""
    return c.dep_ == "xcomp" or c.dep_ == "advcl" and not any(o.dep_ == "dobj" for o in verb.children)


def _present_need(verb, speaker_verb) -> bool:
    """The need is said of now: "says Iran needs to stop", or the same put in the past after a
    past speech verb ("said Iran needed to stop", "said Greece had to cut its deficit"); not a
    past duty dated in the clause ("said Greece had to borrow in 2010", "said Iran had to stop
    before the talks collapsed", "... because the truce required it": what was, and why)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBD" and speaker_verb.tag_ == "VBD" and not any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree) and not any(
        t.dep_ in ("advcl", "prep", "mark") and t.lower_ in PAST_CLAUSE_WORDS
        for c in verb.subtree if c.dep_ in ("advcl", "prep") for t in (c, *c.children))


# words that call an act needed: "it was essential that Syria withdraw", "vital for Iran to return"
NECESSITY_WORDS = frozenset({"essential", "vital", "imperative", "necessary", "crucial", "important", "urgent"})


def _necessary_doer(verb):
    """Who "it is essential/vital/necessary" should act: the subject of the "that" clause or of
    the "for ... to" clause under "it is <word>"; None for any other "be"."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) or not any(
            c.dep_ == "acomp" and c.lower_ in NECESSITY_WORDS and not any(g.dep_ == "neg" for g in c.children)
            for c in verb.children):
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    clause = next((c for h in heads for c in h.children if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)), None)
    if clause is None or clause.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
        return None  # ("it was important that Russia had agreed": a past act welcomed, nothing asked)
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


# words that open a clause or phrase setting a past need in its time or cause
PAST_CLAUSE_WORDS = frozenset({"before", "after", "when", "until", "since", "as", "because", "once", "while"})


def needs(s, onto: Ontology, done_verbs: set[int]) -> list:
    """Demands in reported speech said as a need, a duty or time come: "said Iran needs to stop
    enrichment", "said Israel ought to withdraw", "said it was time for Serbia to hand him over".
    The one said to need to act is asked (REQUEST) by the speaker; not one's own needs ("said it
    needed to act": the pronoun is the speaker, "the French minister said France needs to act"),
    nor what is not needed ("does not need to"). A passive measure with no actor named ("said the
    tax must be scrapped") is asked of no one named."""
    base = onto.bare_verb("demand")
    if base is None:
        return []
    out: list = []
    for verb, speaker_verb in _clauses(s):
        if speaker_verb.i in done_verbs:
            continue
        lemma = verb.lemma_.lower()
        addressed = None
        if verb.lower_ == "ought" or (lemma in NEEDING_VERBS and _present_need(verb, speaker_verb) and _settled(verb)
                                      and any(_needed_act(verb, c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                              and not any(a.dep_ == "auxpass" for a in c.children)  # ("needs to be punished")
                                              for c in verb.children)):
            # "Iran needs to stop", "Israel has to withdraw", "Israel ought to leave"
            if any(c.dep_ == "neg" or c.lower_ == "yet" for c in verb.children):
                continue  # ("does not need to", "Iran has yet to release them": nothing asked)
            addressed = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif lemma == "be" and _settled(verb):
            # "it was time for Serbia to act": the one "for" whom it is time
            attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp") and c.lemma_.lower() == "time"), None)
            if attr is None:
                addressed = _necessary_doer(verb)  # "it was essential that Syria withdraw"
            elif attr is not None:
                clause = next((c for c in attr.children if c.dep_ in ("relcl", "acl", "advcl")
                               and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
                if clause is not None:
                    addressed = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                else:
                    addressed = next((p for p in s.prep_objects(attr, frozenset({"for"}))), None)
        elif _passive_demand(verb) and not s.actors(next((c for c in verb.children if c.dep_ == "nsubjpass"), verb)):
            # "people in debt should be given more protection, the party says": a measure asked of
            # whoever would take it, no one named
            subj, passive = s.subject(speaker_verb)
            sources = (s.actors(subj) or _reporter(s, subj)) if subj is not None and not passive else []
            if sources:
                trig = dataclasses.replace(base, pattern="should be done (reported)", head=verb.lower_)
                out.extend(_build_events(s, speaker_verb, speaker_verb, subj, trig, onto, [(a, None) for a, _ in sources]))
                done_verbs.add(speaker_verb.i)
            continue
        if addressed is None or addressed.pos_ == "PRON":
            continue
        targets = s.actors(addressed)
        subj, passive = s.subject(speaker_verb)
        if subj is None or passive or not targets:
            continue
        sources = s.actors(subj) or _reporter(s, subj)
        # (not the speaker's own country: "the French minister said France needs to act")
        pairs = [(a, b) for a, _ in sources for b, _ in targets
                 if a.country is None or a.country != b.country or (a.code != b.code and not _bare_country(b))
                 or _two_named(a, b)]
        if pairs:
            trig = dataclasses.replace(base, pattern="needs to (reported)", head=verb.lower_)
            out.extend(_build_events(s, speaker_verb, speaker_verb, subj, trig, onto, pairs))
            done_verbs.add(speaker_verb.i)
    return out


# what one "comes under" that is criticism: "came under fire over its budget"
UNDER_WORDS = frozenset({"fire", "attack", "criticism", "censure", "condemnation", "assault"})
# ... of which these are criticism only with a reason given ("over its budget"): a convoy comes under fire
ARMED_UNDER = frozenset({"fire", "attack", "assault"})
BEING_UNDER = frozenset({"come", "be", "remain", "fall"})


def under_fire(s, onto: Ontology) -> tuple[list, set[int]]:
    """"The ministry came under fire from the opposition over its budget", "the plan has come
    under heavy criticism": criticism (ACCUSE) of the subject, by whoever it is "from". Fire and
    attack are words only with a reason ("over", "for" something that is no place and no actor).
    Also gives the tokens of the words "attack"/"fire" so read, which are no armed attack."""
    base = onto.bare_verb("criticize", "criticise")
    trig = _recoded(base, onto, "111", pattern="come under fire (criticism)") if base is not None else None
    if trig is None:
        return [], set()
    out: list = []
    words: set[int] = set()
    for noun in s.sent:
        word = noun.lemma_.lower()
        if word not in UNDER_WORDS or noun.dep_ != "pobj" or noun.head.lower_ != "under":
            continue
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in BEING_UNDER:
            continue
        froms = [p for h in (verb, noun) for p in s.prep_objects(h, frozenset({"from"}))]
        # the reason, also where the parser hangs it on who it comes from ("from the opposition over its budget")
        reasons = [p for h in (verb, noun, *froms) for p in s.prep_objects(h, frozenset({"over", "for"}))]
        if word in ARMED_UNDER and not any(
                p.pos_ == "NOUN" and not s.actors(p) and p.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
                and not any(c.dep_ == "nummod" for c in p.children) for p in reasons):  # (not "for three hours")
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        armed = NONSTATE_ARMED | {"MIL", "COP"}
        if word in ARMED_UNDER and (not _peaceful(s, verb) or any(
                a.sector and a.sector[:3] in armed for h in (subj, *froms) if h is not None for a, _ in s.actors(h))):
            continue  # "troops came under attack from the Taliban", "... from Hamas": arms, not words
        targets = s.actors(subj) if subj is not None else []
        if not targets:
            if word in ARMED_UNDER:
                words.add(noun.i)  # "the reporter came under attack over his story": words, though no actor is hit
            continue
        sources = [a for p in froms for a in s.actors(p)]
        pairs = [(a, b) for a, _ in (sources or [(None, None)]) for b, _ in targets if a is None or a.code != b.code]
        if pairs:
            out.extend(_build_events(s, verb, verb, None, dataclasses.replace(trig, head=word), onto, pairs))
            words.add(noun.i)
    return out, words


# verbs of putting pressure on someone: "put pressure on Greece to accept", "stepped up pressure on"
PRESSING_VERBS = frozenset({"put", "exert", "apply", "pile", "increase", "step", "ratchet", "keep", "maintain"})


def pressure(s, onto: Ontology) -> tuple[list, list]:
    """"Italy came under pressure from the EU to cut its deficit", "Japan is under pressure from
    Washington over rice", "Germany put pressure on Greece to accept the reforms": pressure from
    one actor on another is a demand (REQUEST, CAMEO 020 as "pressed") of the one pressed. Put
    "on" someone it must say what for (a to-clause: "put pressure on wages" is no demand). Also
    gives (the act pressed for, the words of those pressed), whose act it is, not the presser's."""
    base = onto.bare_verb("press")
    if base is None:
        return [], []
    out: list = []
    asked: list = []
    for noun in s.sent:
        if noun.lemma_.lower() != "pressure" or noun.pos_ != "NOUN" or noun.dep_ not in ("pobj", "dobj"):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        clause = next((c for h in (noun, verb) for c in h.children if c.dep_ in ("acl", "advcl", "xcomp")
                       and c.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if noun.dep_ == "pobj" and noun.head.lower_ == "under" and verb.lemma_.lower() in BEING_UNDER and (
                clause is not None or any(True for h in (verb, noun) for _ in s.prep_objects(h, frozenset({"over", "on"})))):
            # "came under pressure from the EU to cut ...", "... over rice": who is pressed is the
            # subject, when the sentence says what for ("came under heavy pressure from rebels
            # near Grozny" is fighting)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            pressed = [subj] if subj is not None and subj.pos_ != "PRON" else []
            pressers = [p for h in (verb, noun) for p in s.prep_objects(h, frozenset({"from"}))]
            presser_tok = None
        elif noun.dep_ == "dobj" and verb.lemma_.lower() in PRESSING_VERBS and clause is not None:
            # "put pressure on Greece to accept": who is pressed is "on" whom
            pressed = [p for h in (verb, noun) for p in s.prep_objects(h, frozenset({"on", "upon"}))]
            presser_tok, passive = s.subject(verb)
            pressers = [presser_tok] if presser_tok is not None and not passive else []
        else:
            continue
        sources = [a for p in pressers for a in s.actors(p)]
        targets = [b for p in pressed for b in s.actors(p)]
        pairs = [(a, b) for a, _ in sources for b, _ in targets if a.code != b.code]
        if pairs:
            trig = dataclasses.replace(base, pattern="pressure", head="pressure")
            out.extend(_build_events(s, verb, verb, presser_tok, trig, onto, pairs))
            if clause is not None:
                asked.append((clause, pressed))
    return out, asked


# imperatives that are ways of speaking, not demands: "let me be clear", "look, ...", "make no mistake"
FILLER_IMPERATIVES = frozenset({"let", "look", "make", "see", "remember", "imagine", "consider", "think", "say",
                                "take", "wait", "excuse", "listen", "mind", "forget", "believe", "trust", "thank",
                                "come", "go", "watch", "note", "keep", "get", "give", "tell", "ask", "be", "do"})


def quoted_imperatives(s, onto: Ontology, done_verbs: set[int]) -> list:
    """"'Release the sailors now,' the French minister said", "'Stop the killing,' he told
    Israel": a quoted command of another is a demand (REQUEST) by the speaker, of whom it is
    told to (or no one named). What is commanded keeps its own event."""
    base = onto.bare_verb("demand")
    if base is None:
        return []
    out: list = []
    for verb in s.sent:
        speaker_verb = verb.head
        if (verb.dep_ == "conj" or speaker_verb.i in done_verbs or verb.lemma_.lower() in FILLER_IMPERATIVES
                or not quoted_command(verb)):
            continue  # (a command opening a quotation; "and withdraw" is part of the first one's)
        if not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "prt") for c in verb.children):
            continue  # ("'Wait,' he said")
        subj, passive = s.subject(speaker_verb)
        sources = s.actors(subj) if subj is not None and not passive else []
        if not sources:
            continue
        told = [p for c in speaker_verb.children if c.dep_ in ("dobj", "dative", "iobj") for p in s.actors(c)]
        told += [p for pobj in s.prep_objects(speaker_verb, frozenset({"to"})) for p in s.actors(pobj)]
        pairs = [(a, b) for a, _ in sources for b, _ in (told or [(None, None)]) if b is None or a.code != b.code]
        if pairs:
            trig = dataclasses.replace(base, pattern="quoted command", head=verb.lower_)
            out.extend(_build_events(s, speaker_verb, speaker_verb, subj, trig, onto, pairs))
            done_verbs.add(speaker_verb.i)
    return out


# words of being troubled by what another has (not) done: "said they were worried the ministry
# had not consulted", "expressed dismay that Iran had failed to reply"
CONCERN_WORDS = frozenset({"concerned", "worried", "disappointed", "dismayed", "alarmed", "troubled", "angry",
                           "frustrated", "unhappy"})
CONCERN_NOUNS = frozenset({"concern", "disappointment", "dismay", "alarm", "frustration", "anger", "unhappiness"})
VOICING_CONCERN = frozenset({"express", "voice", "raise", "register", "convey"})


def _failing(verb) -> bool:
    """The clause tells of an act not done, as a fact: "had not consulted", "did not reply",
    "has failed to withdraw" (not "would not", "may fail")."""
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children) or (
            verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP")
            and not any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)):  # ("did not reply")
        return False
    if verb.lemma_.lower() == "fail":
        return any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)
    return any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() not in ("be", "have") and (
        verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ in ("have", "do") for c in verb.children))


def concerns(s, onto: Ontology, done: set[int]) -> list:
    """Concern at another's failure to act: "the senators said they were troubled the agency had
    not consulted", "Germany is worried that Russia has failed to withdraw", "expressed concern
    that Iran had not replied". Whoever is troubled criticises (ACCUSE) the actor who did not act;
    concern at what may happen ("worried the merger could cost jobs") is no criticism."""
    base, out = None, []
    for word in s.sent:
        if word.pos_ == "NOUN" and word.lemma_.lower() in CONCERN_NOUNS:
            if word.dep_ != "dobj" or word.head.lemma_.lower() not in VOICING_CONCERN:
                continue
            anchor = word.head  # "expressed concern that ..."
        elif word.lower_ in CONCERN_WORDS and word.dep_ in ("acomp", "ccomp", "ROOT", "conj"):
            # "Germany is worried that ...", "(said) they were concerned ..."
            anchor = word.head if word.dep_ == "acomp" else word
        else:
            continue
        clause = next((c for c in word.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")), None)
        if clause is None or not _failing(clause) or anchor.i in done:
            continue
        doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        targets = s.actors(doer) if doer is not None and doer.pos_ != "PRON" else []
        who = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None or any(c.dep_ == "neg" for c in anchor.children):
            continue
        sources = s.actors(who) or _reporter(s, who)
        speaker = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
        if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in SPEECH_HEADS and (
                who.pos_ == "PRON" or (speaker is not None and sources and {a.country for a, _ in s.actors(speaker)}
                                       == {a.country for a, _ in sources})):
            # "the MPs said they were concerned", "the German minister said Berlin was concerned":
            # speakers saying they (or their state) are troubled voice it themselves (asserted as
            # said). Another's concern reported ("critics claimed Germany was worried") stays under
            # the reporting verb, which gives it its modality.
            if not sources:
                sources = s.actors(speaker) if speaker is not None else []
            anchor, who = anchor.head, speaker
        pairs = [(a, b) for a, _ in sources for b, _ in targets if a.code != b.code]
        if pairs and anchor.i not in done:
            base = base or onto.bare_verb("criticize", "criticise")
            trig = _recoded(base, onto, "111", pattern="concern at a failure", head=word.lower_) if base else None
            if trig is None:
                return out
            out.extend(_build_events(s, anchor, anchor, who, trig, onto, pairs))
            done.add(anchor.i)
    return out
