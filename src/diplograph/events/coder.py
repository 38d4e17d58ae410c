"""The event coder: triggers from the lexicon, and what each one codes.

For each sentence: find verb and noun triggers (``code_sentence``), decide whether a trigger is
the act it names (``_events_for``, with the tests of ``nonevents``), take its roles (``roles``),
and build one event per pair of actors with its modality and date (``build``). The module map is
in ``events/__init__.py``."""
from __future__ import annotations

import collections
import dataclasses
import re

from diplograph.actors.local import FORCE_WORDS, LOCAL_SECTORS, PRIVATE, STATE_FORCE_SECTORS, STATE_FORCE_WORDS
from diplograph.events import speech
from diplograph.events.appeals import (
    _anti_targets, _asked_clause, _asking_noun, _condemnations, _condemned, _deadlines, _generic_measure,
    _recoded, _reported_demands, _two_named, _ultimatums, _wants,
)
from diplograph.events.build import _build_events
from diplograph.events.modality import CLAIM_HEADS, DELAYING_HEADS, PREVENTING_HEADS, REPORT_HEADS, modality, reporting_verb, speaker
from diplograph.events.nonevents import (
    WORKER_NOUNS, _armed_or_state,
    _armed_strike, _asks_for, _business_only, captors, _claim_denied, _clash_of_words, _contest_not_war, _fights_a_plight,
    _firm, _flow_statistic, _hits_non_agents, _holders, _home_trip, _in_past_war, _labour_strike, _leader_rally, _market_demand,
    _market_object, _market_rally, _met_standard, _not_the_act, _peaceful, _race_won, _struck_a_mind, _thing_subject,
    _trade_figure, _troupe_trip, _verbal_attack, _workers_strike,
)
from diplograph.events.ontology import Ontology, Trigger, ontology
from diplograph.events.roles import (
    ACCUSING_HEADS, FOREIGN_POSTS, LAID_DEEDS, SAID_THINGS, _acted_on_request, _agent_sector, _answered_deed, _as_place,
    _concessive, _noun_roles, _object_tokens, condition_subjects,
    force_host, home_accused, home_held_place, _laid_to, _out_of, _place_targets, _reporter_token, _role_actor, _scene, _teller, _teller_targets, _verb_roles,
    judged,
)
from diplograph.events.sentence import STRANDED_DEPTH, _Sentence, pair_phrase
from diplograph.events.words import (
    ACTED_ON_REQUESTS, AGREEMENT_NOUNS, ANNOUNCING_VERBS, APPROVING_VERBS, ASKED_THINGS, ASKING_NOUNS, ATTACK_WORDS,
    ATTRIBUTING_VERBS, AUDIENCES, AUTHOR_PREPS, BACKGROUND_MARKS, BENEFICIARY_PREPS, CALAMITIES, CAMPAIGN_WORDS,
    CARE_PLACES, COMMANDING_VERBS,
    CONCLUDED_WORDS, CONCLUDING_VERBS, CONVEYING_VERBS, DOMESTIC_SECTORS, ELECTORAL_THINGS, ERUPTING_VERBS, FORCE_NOUNS,
    FOREIGN_PRONE_TYPES, FRAMING_COMPACTS, GROUP_HOME_MODES, HOME_INVESTIGATORS, HOME_REFORMS,
    KEPT_IN_SPORTS, KEPT_IN_SPORTS_WITH_BOTH, KIND_HEADS, MARKET_VERBS, MASS_AUDIENCES, NONSTATE_ARMED, OBJECT_DEPS,
    OWN_THING_PREPS, PLACE_PREPS, PLAN_NOUNS, PROPOSALS,
    PROTEST_GATHERINGS, PROTESTED_CLAIMS, PROTESTERS, RECEIVING_VERBS, RELEASED_THINGS, RISKS, ROLE_ONLY_TARGETS,
    READY_ADJECTIVES, RULE_NOUNS, SECURITIES,
    SENT_WORDS, SHARED_INFO, SPELLS, STANCE_NOUNS, STATEMENT_NOUNS, STATE_LEGAL_CAMEOS, STATE_LEGAL_MODES,
    STATE_ORGANS, STATE_WEAPONS, SUPPLY_QUANTITIES, TOPIC_NOUNS, TRADE_VERBS, UNNAMED_ATTACKER_TYPES, VERBAL_TYPES,
    WILL_AUX, WORK_STOPPAGES,
)
from diplograph.genre import is_sports_report
from diplograph.types import Actor, Document, Event, Mention, Timex

# verbs that call an act off or put it off: their objects keep their own events ("the visit was
# cancelled": the visit, called off)
CALLING_OFF_HEADS = frozenset(PREVENTING_HEADS | DELAYING_HEADS)


def _trigger_match(tok, triggers: tuple[Trigger, ...], s: "_Sentence | None" = None) -> Trigger | None:
    """The longest pattern whose extra words are among the head's children (or the objects of
    its prepositions: "agreed to a ceasefire"), not its subject's unless the row says so."""
    # not the infinitive's "to" ("to protest" is no "protest to") nor a clause's marker
    kids = [c for c in tok.children if c.dep_ not in ("aux", "auxpass", "mark", "nsubj", "csubj", "agent")
            and not _other_clause(c)]
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    # (not the compact an act is done under: "withdrew from the peninsula under the agreement" left no agreement)
    kids += [g for c in kids if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"
             and not (c.lower_ == "under" and g.lemma_.lower() in FRAMING_COMPACTS)]
    # "sat down for a new round of talks": the act named under a stretch of it (words.SPELLS)
    kids += [g for c in list(kids) if c.dep_ == "pobj" and c.lemma_.lower() in SPELLS for of in c.children
             if of.dep_ == "prep" and of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
    # "pulled out of the agreement": the object of a preposition hanging on a particle or preposition
    kids += [g for c in tok.children if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "prep"
             for g in p.children if g.dep_ == "pobj"]
    # "sealed off the town of Nablus": an object the parser hung on the particle
    kids += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    # "ended mediation efforts": the compounds of the object
    kids += [g for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children if g.dep_ == "compound"
             and not _hyphened_modifier(g)  # (not "held live-fire drills": no fire held)
             and c.lemma_.lower() not in KIND_HEADS]  # (nor "held a fire drill": a kind of drill)
    # "held Syria responsible for": an object complement the parser hung on the object as a
    # modifier after it (an adjective follows a noun only as such a complement)
    # (and "set free 37 prisoners": the complement put before a long object, read as its modifier)
    kids += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i > c.i]
    kids += [g for g in tok.doc[tok.i + 1:tok.i + 2] if g.dep_ == "amod" and g.lower_ in FRONTED_COMPLEMENTS
             and any(c.dep_ == "dobj" and c.left_edge.i <= g.i < c.i for c in tok.children)]
    # "sent thousands of troops": the object of "of" under a quantity
    kids += [p for c in list(tok.children) if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "NUM")
             for of in c.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    # "sent troops to the border": where the object goes
    kids += [g for c in tok.children if c.dep_ == "dobj" for p in c.children
             if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into") for g in p.children if g.dep_ == "pobj"]
    # "called for Israel to withdraw": the "for" that opens an infinitive clause
    kids += [m for c in tok.children if c.dep_ == "advcl" for m in c.children
             if m.dep_ == "mark" and m.lower_ == "for" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # not a date: "joined his campaign in March" is no march joined
    kids = [c for c in kids if c.ent_type_ not in ("DATE", "TIME") and not (c.dep_ == "prep" and _dated(c))]
    child_lemmas = {c.lemma_.lower() for c in kids} | {c.lower_ for c in kids}
    # particles, and prepositions that act as one: next to the verb ("cordoned off the village") or
    # with no object of their own ("pulled its troops out of Kabul"), not "gave money in aid"
    # (an adverb the tagger gave a particle's place is one too: "backed away from")
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "prep" and not _dated(c) and (
        c.i == tok.i + 1 or not any(g.dep_ == "pobj" for g in c.children))) or (
        c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS and c.i == tok.i + 1)}
    subject_lemmas = child_lemmas | {c.lemma_.lower() for c in subjects} | {c.lower_ for c in subjects}
    # "rushed medical teams": an adjective before the object that decides what is sent, for the rows
    # that name it with the object (two extra words), never alone; not before an object that is an
    # event word of its own ("called a general strike": the strike is coded as a noun, with its roles)
    kinds = {g.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in ontology().nouns
             for g in c.children if g.dep_ == "amod" and g.i < c.i}
    # ("lifted a ban on arms sales": and what a lifted or eased rule is on, with its compounds)
    ruled = [g for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "on"
             for g in p.children if g.dep_ == "pobj"]
    kinds |= {w.lemma_.lower() for g in ruled for w in (g, *g.children) if w is g or w.dep_ == "compound"}
    # the rows that use the particle or preposition next to the verb, or its object, first ("called
    # off the search on Sunday" is no "call on"; "agreed to a ceasefire" stays "agree ceasefire")
    near = particles | {w for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in particles
                        for g in c.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
    triggers = sorted(triggers, key=lambda t: not any(w in near for w in t.extra))
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    for trig in triggers:
        if not trig.extra and particles & UNDOING_PARTICLES and not _off_a_shore(tok):
            break  # "backed away from", "called off": a phrasal verb the lexicon does not list is not the bare verb
        if (passive and trig.type == "CONSULT" and trig.mode == "visit" and set(trig.extra) <= TRAVEL_PREPS
                and not (not trig.extra and _visited_actor(s, tok))):
            continue  # "supplies were flown to Haiti": what is carried somewhere travels to no talks
        have = subject_lemmas if trig.subject_words else child_lemmas
        if len(trig.extra) >= 2 and not trig.subject_words:
            have = have | kinds
        # a particle word ("give in", "call off") only as the verb's particle, not a preposition ("gave ... in aid")
        if all((w in particles) if w in PARTICLE_WORDS else (w in have) for w in trig.extra):
            if trig.person_object and not (s is not None and (
                    _person_object(s, tok, trig.extra) or trig.type == "ACCUSE" and _owned_object(s, tok))):
                continue
            if trig.intransitive and s is not None and any(
                    c.dep_ == "dobj" and c.i not in s.mention_at for c in tok.children):
                continue  # "demonstrating the historical complexities" shows, it does not protest
            return trig
    return None


# the words that open a clause of another act, set beside the verb's ("a month after raiders
# attacked villages", "as the leaders met", "because the talks failed")
SIDE_CLAUSE_MARKS = frozenset(BACKGROUND_MARKS | {"as", "while", "when", "because", "although", "though", "whereas",
                                                 "if", "unless"})


def _other_clause(c) -> bool:
    """A clause under the verb that tells another act, with a doer of its own or opened by a word of
    time or cause ("would mount joint patrols ..., a month after raiders attacked villages"): its
    verb is no word of the trigger's row ("mount attack")."""
    return c.dep_ in ("advcl", "conj", "parataxis") and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ in ("nsubj", "nsubjpass") or g.dep_ == "mark" and g.lower_ in SIDE_CLAUSE_MARKS for g in c.children)


def _visited_actor(s: "_Sentence | None", tok) -> bool:
    """The passive of a bare visit verb whose subject and "by" both name actors: "Ukraine was
    visited by the Polish premier", "the envoy was received by Chilean officials" (not a thing
    carried: "supplies were flown in")."""
    return s is not None and any(c.dep_ == "nsubjpass" and s.actor_list(c) for c in tok.children) and (
        (agent := s.agent(tok)) is not None and bool(s.actor_list(agent)))


# what one is "told to" do that is no order: advice on what to look for ("told reporters to expect a
# statement", "told voters to remember")
TOLD_TO_NON_ORDERS = frozenset({"expect", "remember", "imagine", "think", "consider", "note", "wait", "watch",
                                "look", "listen", "relax", "enjoy", "trust", "believe"})


def _told_to(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """"Told the minister to redouble his efforts", "told Ukraine to pay its debts": telling an actor
    to act is an order (REQUEST, as "order"), whatever the act; the lexicon's "tell X" rows code the
    acts that are their own type ("told the diplomats to leave" expels)."""
    if tok.lemma_.lower() != "tell" or not _person_object(s, tok):
        return None
    told = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not told or told[0].lemma_.lower() in TOLD_TO_NON_ORDERS:
        return None
    base = onto.bare_verb("order", type="REQUEST")
    return dataclasses.replace(base, pattern="tell to (order)", head=tok.lower_) if base is not None else None


# the people and bodies an aid word names by their work ("aid workers", "relief agencies")
AID_GIVERS = frozenset({"worker", "staff", "staffer", "volunteer", "employee", "official", "agency", "group",
                        "organisation", "organization", "charity", "expert", "chief", "coordinator"})
def _aid_givers_named(tok) -> bool:
    """"Aid officials in Kabul said ...": a sentence's first word, an aid word the parser read as a
    bare verb whose object is the people or bodies it names (AID_GIVERS), is their compound."""
    return (tok.tag_ == "VB" and tok.i == tok.sent.start and tok.lemma_.lower() in ("aid", "relief")
            and any(c.dep_ == "dobj" and c.i == tok.i + 1 and c.lemma_.lower() in AID_GIVERS for c in tok.children))


# verbs of help that are no trigger alone ("the rains helped") but an offer of aid when one stands
# ready to do them: "was willing to help Iraq rebuild", "stood ready to help"
OFFERED_HELP = frozenset({"help"})


def _ready_to_help(tok, onto: Ontology) -> Trigger | None:
    """"Turkey is willing to help Iraq", "Canada stands ready to help": help under an adjective of
    readiness (words.READY_ADJECTIVES) is aid offered, coded as "assist" (whose modality, from the
    adjective, is the future: an offer, AGREE in PLOVER's view)."""
    if tok.lemma_.lower() not in OFFERED_HELP or tok.dep_ != "xcomp":
        return None
    if not (tok.head.lemma_.lower() in READY_ADJECTIVES and tok.head.dep_ in ("acomp", "oprd")):
        return None
    base = onto.bare_verb("assist", type="AID")
    return dataclasses.replace(base, pattern="ready to help (assist)", head=tok.lower_) if base is not None else None


# verbs that stop or hold back a flow: with an object that names help given or business done
# together, the help or business cut off ("halted its relief operations", "froze economic assistance")
STOPPING_VERBS = frozenset({"halt", "stop", "suspend", "freeze", "cut", "postpone", "withhold", "discontinue",
                            "curtail", "end"})
# the shares of a thing that stand before "of" as the object ("halted most of its aid")
SHARE_WORDS = frozenset({"most", "all", "part", "some", "much", "half", "rest", "bulk", "remainder", "share"})
# the help and the business a stop cuts, with the CAMEO code of cutting it: material aid (162),
# trade and exchanges (an embargo, 163)
STOPPED_HELP_CAMEOS = {"AID": "162", "COOPERATE": "163"}


def _stopped_help(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """"Halted most of its grant aid to Beijing", "stopped all arms sales to Zimbabwe", "has
    suspended its relief operations": a verb of stopping (STOPPING_VERBS) whose object is an aid
    or cooperation word of the lexicon (a noun row of type AID or COOPERATE, as the object's head
    or its compound, or under a share: "most of its aid") cuts that help off - SANCTION, as the
    lexicon's "halt aid" rows say word by word. Not a phrasal "cut back on" or "end up"."""
    if tok.lemma_.lower() not in STOPPING_VERBS or any(c.dep_ == "prt" for c in tok.children):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in objects if c.lemma_.lower() in SHARE_WORDS for of in c.children
                if of.dep_ == "prep" and of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.i in s.mention_at:
            continue
        for word in (obj, *(c for c in obj.children if c.dep_ == "compound")):
            named = _trigger_match(word, onto.nouns.get(word.lemma_.lower(), ()), s)
            cameo = STOPPED_HELP_CAMEOS.get(named.type) if named is not None else None
            if cameo is not None:
                base = onto.bare_verb("suspend", type="SANCTION")
                if base is None:
                    return None
                return dataclasses.replace(base, pattern=f"{tok.lemma_.lower()} {word.lemma_.lower()} (stop help)",
                                           head=tok.lower_, extra=(), cameo=cameo, mode="discontinue",
                                           target_preps=frozenset({"to", "for", "with"}))
    return None


# verbs that, with work as their object, stop it ("stopped work", "halted work", "downed tools" is a row)
WORK_STOPPING_VERBS = frozenset({"stop", "halt", "cease", "suspend"})
WORK_WORDS = frozenset({"work", "working"})


def _work_stopped(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """A stoppage of work by workers is a strike (PROTEST, CAMEO 143), however it is told:
    "drivers stopped work on Thursday", "controllers halted work for four hours", "dockers
    walked out on Monday" (a walk-out from nothing named: not "walked out of the talks", which
    the lexicon codes as talks broken off). Who stops must be working people (nonevents'
    WORKER_NOUNS, or a labour sector), never an armed or state body; and work stopped "on" or
    "at" something is a project halted ("stopped work on the dam"), no strike."""
    lemma = tok.lemma_.lower()
    if lemma in WORK_STOPPING_VERBS:
        work = [c for c in tok.children if c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in WORK_WORDS]
        if not work or any(c.dep_ == "prep" and c.lower_ in ("on", "at") for w in work for c in w.children) or any(
                c.dep_ == "prep" and c.lower_ == "on" and not _dated(c) for c in tok.children):
            return None
    elif lemma == "walk":
        # (the parser reads "out" as a particle or an adverb)
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in tok.children) or any(
                g.dep_ == "prep" and g.lower_ in ("of", "from") for c in tok.children for g in (c, *c.children)):
            return None
    else:
        return None
    subj, passive = s.subject(tok)
    if subj is None or passive or _armed_or_state(s, subj):
        return None
    actors = s.actors(subj)
    if not (subj.lemma_.lower() in WORKER_NOUNS or any((a.sector or "")[:3] == "LAB" for a, _ in actors)):
        return None
    base = next((t for t in onto.verbs.get("stage", ()) if t.type == "PROTEST" and t.mode == "strike"), None)
    return dataclasses.replace(base, pattern=f"{lemma} work (stoppage)", head=tok.lower_, extra=()) if base else None


# verbs that keep up or hand over what another counts on: a lease renewed, funds released, a
# mandate extended, a visa issued; said of the future with "not", a refusal of it
GRANTING_VERBS = frozenset({"renew", "extend", "release", "grant", "issue", "return", "reopen", "restore",
                            "resume", "hand", "prolong"})


# what a state keeps on others, whose renewal withheld lets it lapse
KEPT_RESTRICTIONS = frozenset({"emergency", "curfew", "ban", "sanction", "embargo", "restriction", "curb", "martial",
                               "blockade", "closure", "detention", "siege"})


def _refused_grant(tok, onto: Ontology) -> Trigger | None:
    """"Would not renew the lease", "will not release further funds", "won't extend the mandate":
    a granting verb (GRANTING_VERBS) negated under "will/would" with an object is a refusal - coded
    as the agreement it withholds (AGREE, negated), which PLOVER's view makes a REJECT. The bare
    verbs name no event otherwise ("renewed the lease" is left as it was); a lexicon row of the verb
    ("release" of a person) comes first."""
    if tok.lemma_.lower() not in GRANTING_VERBS:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")]
    if not (objects and any(c.dep_ == "neg" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ in WILL_AUX | {"wo"} for c in tok.children)):
        return None
    if any(w.lemma_.lower() in KEPT_RESTRICTIONS for o in objects for w in (o, *o.children)):
        return None  # "will not renew emergency rule": a restriction let lapse is eased, not refused
    base = onto.bare_verb("agree", type="AGREE")
    return dataclasses.replace(base, pattern=f"not {tok.lemma_.lower()} (refused grant)", head=tok.lower_,
                               target_preps=frozenset({"to", "for", "of"})) if base is not None else None


# adverbs that say an act is done by two or more parties as one ("jointly operate", "together with")
JOINTLY = frozenset({"jointly", "together"})
# nouns of a work done as one under "joint": what a verb of doing starts or holds with a partner
# ("launched joint development of the field", "resumed joint construction of the road")
JOINT_WORKS = frozenset({"development", "construction", "management", "operation", "monitoring", "survey",
                         "production", "exploration", "project", "venture", "investigation", "search", "clearance",
                         "clearing", "use", "administration", "study", "research"})
DOING_VERBS = frozenset({"launch", "begin", "start", "resume", "hold", "conduct", "carry", "stage", "mount",
                         "undertake", "run", "continue", "open", "pursue"})


def _done_jointly(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """An act the lexicon does not name, done "jointly" or "together" with a partner, is material
    cooperation (COOPERATE, CAMEO 060): "will jointly operate the crossing", "began jointly running
    the plant with Paraguay", "ready to build a refinery jointly with Nicaragua"; and so is a joint
    work a verb of doing starts or holds ("launched joint development of the field", JOINT_WORKS
    under DOING_VERBS). A partner must be named: an actor after "with", or a subject of two
    actors. Not speech ("said jointly") nor a verb of reporting or claiming."""
    lemma = tok.lemma_.lower()
    if lemma in REPORT_HEADS or lemma in CLAIM_HEADS or lemma in ATTRIBUTING_VERBS:
        return None
    # ("together with Laos": the adverb may hang on the preposition; a plan "jointly announced" is words)
    jointly = lemma not in ANNOUNCING_VERBS and any(c.dep_ == "advmod" and c.lower_ in JOINTLY or c.dep_ == "prep" and c.lower_ == "with" and any(
        a.dep_ == "advmod" and a.lower_ in JOINTLY for a in c.children) for c in tok.children)
    work = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in JOINT_WORKS
            and any(a.dep_ == "amod" and a.lower_ == "joint" for a in c.children)] if lemma in DOING_VERBS else []
    if not (jointly or work):
        return None
    # the partner after "with", on the verb, its adverb or its object ("running the plant with Paraguay")
    heads = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "dobj"))]
    partner = any(s.actors(p) for h in heads for p in s.prep_objects(h, frozenset({"with"})))
    subj, _ = s.subject(tok)
    doers = [] if subj is None else [subj, *(c for c in subj.conjuncts)]
    if not partner and len({a.code for d in doers for a, _ in s.actors(d)}) < 2:
        return None
    base = onto.bare_verb("cooperate", type="COOPERATE")
    return dataclasses.replace(base, pattern=f"{lemma} jointly (joint act)", head=tok.lower_) if base else None


# verbs that put people out of their land; with a mass of people, an expulsion of a people (CAMEO
# 201), not one of persons (174): "expelled more than 80,000 villagers", "drove thousands out"
# (not "evict": squatters evicted from land are moved by law, COERCE)
EXPELLING_VERBS = frozenset({"expel", "deport", "drive", "force", "push", "chase"})
# the ones that expel only with a way out said ("drove them out of the valley", "forced them across the border")
EXPELLING_WAYS = frozenset({"out", "from", "across", "into", "over"})
MASS_WORDS = frozenset({"thousands", "millions", "population", "populations"})
# people abroad for work or passage, whom a state sends home (deported, COERCE 174, however many)
SENT_HOME = frozenset({"worker", "migrant", "immigrant", "labourer", "laborer", "trader", "student", "tourist",
                       "businessman", "foreigner"})
MASS_FLOOR = 1000


def _a_mass(obj) -> bool:
    """The object names a mass of people: a count of a thousand or more ("more than 12,000 people",
    "80,000 southern Bhutanese"), "thousands" or "tens of thousands of", or a whole population."""
    for t in obj.subtree:
        if t.lower_ in MASS_WORDS or t.lemma_.lower() == "population":
            return True
        if t.like_num and t.ent_type_ in ("CARDINAL", "QUANTITY", ""):
            try:
                if float(t.text.replace(",", "")) >= MASS_FLOOR:
                    return True
            except ValueError:
                continue
    return False


def _mass_expulsion(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """"Have expelled more than 80,000 Bhutanese of Nepali origin", "forced nearly all the Muslim
    population out of the town", "drove tens of thousands across the border": a people expelled
    en masse is an attack on them (ASSAULT, CAMEO 201 mass expulsion), whoever expels; persons
    deported or diplomats expelled stay the lexicon's. A verb of driving or forcing needs its way
    out (EXPELLING_WAYS), or it is a push of another kind ("forced thousands to work")."""
    lemma = tok.lemma_.lower()
    if lemma not in EXPELLING_VERBS:
        return None
    # (a crowd driven off is dispersed, not expelled: "drove 2,000 protesters out of the square";
    # foreign workers sent home, however many, are deported: "expelled thousands of Egyptian workers")
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in PROTESTERS | SENT_HOME
               and not any(g.dep_ == "pobj" and g.lemma_.lower() in SENT_HOME for of in c.children
                           if of.dep_ == "prep" and of.lower_ == "of" for g in of.children)]
    if not any(_a_mass(o) for o in objects):
        return None
    if lemma not in ("expel", "deport") and not any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in EXPELLING_WAYS for c in tok.children):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return None  # "forced 5,000 villagers to carry supplies": made to do, not put out
    base = next((t for t in onto.verbs.get("drive", ()) if t.type == "ASSAULT" and t.mode == "cleansing"), None)
    return dataclasses.replace(base, pattern=f"{lemma} (mass expulsion)", head=tok.lower_, extra=(),
                               target_preps=frozenset()) if base else None


# verbs that let others in or take them in ("accepted the deployment of a UN force", "allowed
# foreign troops to operate", "admitted international inspectors", "welcomed OSCE monitors")
LETTING_IN_VERBS = frozenset({"allow", "accept", "admit", "let", "permit", "receive"})
# who comes in: forces (CAMEO 0861) and those who watch or inspect (0862), or a mission of them (086)
KEEPERS = frozenset({"troop", "force", "peacekeeper", "soldier", "contingent", "battalion", "brigade"})
WATCHERS = frozenset({"inspector", "observer", "monitor", "investigator", "expert", "verifier"})
MISSIONS = frozenset({"mission", "team"})  # (not a delegation received: a visit)
# the coming of them, whose "of" names who comes ("the deployment of 7,000 peacekeepers")
COMINGS = frozenset({"deployment", "return", "entry", "arrival", "presence", "dispatch", "stationing"})
FOREIGN_WORDS = frozenset({"foreign", "international", "multinational", "outside"})


def _let_in(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """Foreign forces, inspectors or observers let in are international involvement allowed
    (RETREAT, CAMEO 086x), however named: "accepted the deployment of a joint AU-UN force",
    "has allowed foreign troops to operate relief bases", "would admit OSCE monitors". Who comes
    must be foreign to who lets them in: an international word ("foreign troops"), or an actor of
    another country or an international body ("UN peacekeepers"); one's own troops let do a thing
    are no one let in ("allowed the police to fire")."""
    if tok.lemma_.lower() not in LETTING_IN_VERBS:
        return None
    comers = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # ("allowed foreign troops to operate": the parser may make them the subject of the clause)
    comers += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    comers += [g for c in comers if c.lemma_.lower() in COMINGS for of in c.children
               if of.dep_ == "prep" and of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
    subj, _ = s.subject(tok)
    home = {a.country for a, _ in s.actors(subj) if a.country} if subj is not None else set()
    if not home:
        return None  # (an international body takes in no one: "the UN accepted Nigerian troops")
    for who in comers:
        lemma = who.lemma_.lower()
        actors = [a for a, _ in s.actors(who)]
        cameo = "0861" if lemma in KEEPERS else "0862" if lemma in WATCHERS else "086" if lemma in MISSIONS else None
        if cameo is None and who.i in s.mention_at and any(a.code[:3] in ("IGO", "NGO") for a in actors):
            cameo = "086"  # an international body itself let in ("allowed the UN office to open a mission")
        if cameo is None:
            continue
        words = {w.lower_ for w in who.subtree}
        if not (words & FOREIGN_WORDS or any(a.code[:3] in ("IGO", "NGO") or (a.country and a.country not in home)
                                             for a in actors)):
            continue
        base = next((t for t in onto.verbs.get("allow", ()) if t.type == "RETREAT" and t.mode == "access"), None)
        return dataclasses.replace(base, pattern=f"{tok.lemma_.lower()} {lemma} (let in)", head=tok.lower_,
                                   extra=(), cameo=cameo) if base else None
    return None


# verbs of ordering, and the acts of leaving or closing down they order a foreign body to do
ORDERING_VERBS = frozenset({"order", "tell", "instruct", "direct"})
# (not "withdraw": forces ordered out of a land are asked to retreat, "ordered Iraq to withdraw from Kuwait")
LEAVING_ACTS = frozenset({"leave", "vacate", "quit", "shut", "close", "wind", "depart", "evacuate", "cease"})


def _ordered_out(s: "_Sentence", tok, onto: Ontology) -> Trigger | None:
    """"Ordered the UN Development Programme to shut down its operations", "ordered the Refugee
    Council to wind up its programme", "told the US to vacate the base": a foreign body (an
    international one, or one of another country than who orders) ordered to leave or close down
    its work is expelled (SANCTION, CAMEO 166), as the lexicon's "order leave" says of envoys. One's
    own papers or firms ordered to close are coerced, and left to the lexicon."""
    if tok.lemma_.lower() not in ORDERING_VERBS:
        return None
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_ACTS for c in tok.children):
        return None
    subj, _ = s.subject(tok)
    home = {a.country for a, _ in s.actors(subj) if a.country} if subj is not None else set()
    ordered = [a for c in tok.children if c.dep_ == "dobj" for a, _ in s.actors(c)]
    if not home or not ordered or not all(a.code[:3] in ("IGO", "NGO") or (a.country and a.country not in home)
                                          for a in ordered):
        return None
    base = next((t for t in onto.verbs.get("order", ()) if t.pattern == "order leave"), None)
    return dataclasses.replace(base, pattern=f"order {tok.lemma_.lower()} out (ordered out)", head=tok.lower_,
                               extra=()) if base else None


def _dated(prep) -> bool:
    """A preposition whose object is a date or time ("seized on Monday"): no particle of the verb."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


PARTICLE_WORDS = frozenset({"in", "out", "up", "down", "off", "back", "away"})
# particles that change what a bare verb means ("back away", "call off", "fight off")
UNDOING_PARTICLES = frozenset({"off", "away"})


# prepositions of the rows of a trip ("flew to London", "left for Cairo")
TRAVEL_PREPS = frozenset({"to", "for", "in"})
# what a ship is seized or attacked off: "seized off the coast of Somalia" is no phrasal "seize off"
SHORES = frozenset({"coast", "shore", "island", "port", "peninsula", "cape", "harbour", "harbor", "beach"})


def _off_a_shore(verb) -> bool:
    """"Seized off the coast of Somalia", "sank off Crete": "off" names where, with the shore or
    place as its object, not the particle of "call off"."""
    return any(c.lower_ == "off" and c.dep_ == "prep" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in SHORES or g.ent_type_ in ("GPE", "LOC")) for g in c.children)
        for c in verb.children)


def _time_before(prep) -> bool:
    """"declared war after the border clash", "retaliated following the raid", "signed the accord
    on a visit to India": an act the verb came after, or the trip it was done on, is an event of
    its own, not part of the verb's act."""
    if prep.lower_ in ("during", "on"):
        # "signed the accord on a visit to India", "praised Egypt during a trip to Cairo"
        return any(g.dep_ == "pobj" and g.lemma_.lower() in TRIP_NOUNS for g in prep.children)
    return prep.lower_ in ("after", "following") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in prep.children)


# the kinds of deed a judgement may report as done with no one named it was done to (force,
# pressure, retreat, help); other deeds need their target ("Japan's apology to South Korea")
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "AID", "THREATEN", "CONCEDE"})


def _judged_deed(s: _Sentence, trig: Trigger, obj, onto: Ontology) -> bool:
    """What a verb of praise or blame is passed on is a deed of its own when the phrase names its
    doer: "denounced Israel's raids on Lebanon", "condemned the bombing of Belgrade by NATO",
    "Japan's apology was welcomed in Seoul" (not "condemned the bombing", whose doer is unknown,
    nor "welcomed the agreement", an act of the judge's own)."""
    if trig.pos != "VERB" or trig.type not in ("ACCUSE", "SUPPORT") or obj.dep_ not in ("dobj", "nsubjpass"):
        return False
    if obj.lemma_.lower() not in onto.nouns or obj.lemma_.lower() in JUDGED_NOT_DEEDS or obj.i in s.mention_at:
        return False
    nouns = onto.nouns[obj.lemma_.lower()]
    if not any(t.type in DEED_TYPES for t in nouns) and not any(
            s.actor_list(p) for t in nouns for p in s.prep_objects(obj, t.target_preps)):
        return False  # "condemned Koizumi's visit to a shrine": a word or a visit with no one it was done to
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in obj.children):
        return False  # "would condemn any bombing of Belgrade": no deed was done
    if modality(obj.head) != "asserted":
        return False  # "would welcome Syria's withdrawal": the deed is only hoped for
    # (a name before the noun may be its target: "the Iran sanctions"; only a possessive or an
    # adjective of nation says the doer)
    own = [c for c in obj.children if c.dep_ in ("poss", "amod") and c.i in s.mention_at and c.tag_ != "PRP$"]
    on_verb = obj.dep_ == "dobj" and any(s.actor_list(p) for p in s.prep_objects(obj.head, frozenset({"by"})))
    return bool(own or s.by_objects(obj) or on_verb)


def _welcomed_at(tok) -> bool:
    """The verb names where one is welcomed: a town, a country or a seat ("in Havana", "to
    Moscow", "at the airport")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "to", "at") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "FAC") or g.lemma_.lower() in VENUES) for g in c.children)
        for c in tok.children)


def _hosted_talks(verb, obj, onto: Ontology) -> bool:
    """Talks that a third party hosts or brokers between two others ("Qatar hosted talks between
    the government and the rebels") are the two parties' own consultation as well."""
    return (verb.lemma_.lower() in HOSTING_VERBS and obj.dep_ in ("dobj", "nsubjpass")
            and any(t.joint and t.type == "CONSULT" for t in onto.nouns.get(obj.lemma_.lower(), ()))
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in obj.children))


def _gathering_hit(trig: Trigger, obj) -> bool:
    """The object of an act of force is a protest gathering ("fired on a march by farmers",
    "police broke up a demonstration"), which is coded as a protest of its own."""
    return trig.type in ("ASSAULT", "COERCE") and obj.lemma_.lower() in PROTEST_GATHERINGS


def _charged_deed(trig: Trigger, noun, onto: Ontology) -> bool:
    """"accused Iraq of the attack", "blamed the rebels for the killings", "blamed the bombing
    on the rebels": the deed of force one is charged with is an event of its own, done (as
    claimed) by the one charged."""
    return trig.type == "ACCUSE" and trig.pos == "VERB" and any(
        t.type in LAID_DEEDS for t in onto.nouns.get(noun.lemma_.lower(), ()))


# object complements English puts before a long object ("set free", "cut loose")
FRONTED_COMPLEMENTS = frozenset({"free", "loose"})


def _person_object(s: "_Sentence", tok, preps: tuple[str, ...] = ()) -> bool:
    """The verb's object is a coded actor or a person's name ("released Aung San Suu Kyi"), or
    the first of two objects the parser joined as a compound ("branded British officials liars":
    a coded plural noun modifies no noun, it is the person named with the second). The object of a
    preposition of the row's own, right after the verb, is its object too ("stood by its ally Serbia")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"]
    # ("its ally Serbia": the actor named in apposition to the object)
    return any(c.i in s.mention_at or c.ent_type_ == "PERSON" or any(
        g.i in s.mention_at and (g.dep_ == "compound" and g.tag_ in ("NNS", "NNPS") or g.dep_ == "appos")
        for g in c.children) for c in objects)


def _others_deed(s: "_Sentence", tok) -> bool:
    """What the verb (or its object) is "over", "at" or "about" is another actor's deed: a thing
    whose owner is coded and is not the subject's country ("regret over Indonesia's execution of
    a Dutch citizen", not "regret over its own army's abuses")."""
    subj, passive = s.subject(tok)
    own = {a.country or a.code for a in s.actor_list(subj)} if subj is not None and not passive else set()
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    deeds = [p for h in heads for p in s.prep_objects(h, frozenset({"over", "at", "about"}))]
    owners = [a for d in deeds for g in d.children if g.dep_ == "poss" and g.i in s.mention_at for a in s.actor_list(g)]
    return bool(owners) and bool(own) and not any((a.country or a.code) in own for a in owners)


# a calamity's name in a sentence or the lines just before it ("storm", "floods", "200 fires are
# burning"); "fire" only in the plural, as the singular is as often gunfire in a story of unrest
CALAMITY_WORDS = re.compile(r"\b(?:(?:" + "|".join(sorted(CALAMITIES - {"fire", "blaze"})) + r")(?:s|es|ing)?|fires|blazes)\b",
                            re.I)


def _calamity_near(s: "_Sentence", span: int = 400) -> bool:
    """The sentence, or the story just before it, tells of a natural disaster: a state of
    emergency declared then is for relief, not coercion."""
    start = s.offset + s.sent[0].idx
    end = s.offset + s.sent[-1].idx + len(s.sent[-1].text)
    return CALAMITY_WORDS.search(s.doc.text or "", max(0, start - span), end) is not None


def _owned_object(s: "_Sentence", tok) -> bool:
    """The verb's object is an actor's act or thing ("slammed the French parliament's vote",
    "blasted Iran's nuclear programme"): criticism of what an actor did is criticism of the actor."""
    return any(c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "poss" and g.i in s.mention_at for g in c.children)
               for c in tok.children)


def _met_someone_unnamed(s: _Sentence, tok, trig: Trigger) -> bool:
    """A meeting with a party the coder cannot place ("met creditor banks in London", "talks
    with the rebels' envoys in Geneva"): where it was held is the venue, not the other side."""
    if trig.type != "CONSULT" or trig.mode == "visit":
        return False
    if tok.pos_ == "VERB" and tok.lemma_.lower() in SITTING_VERBS and not any(
            c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children) and any(
            c.dep_ == "nsubj" and (c.tag_ == "NNS" or c.lemma_.lower() in MEETING_BODIES) for c in tok.children):
        # a body sitting on its own: "the cabinet met in Paris", "the board convened in Tokyo" (one
        # envoy meeting in a capital visits its host: "the UN envoy met in Damascus")
        return True
    parties = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    with_ = frozenset({"with"})
    parties += s.prep_objects(tok, with_)
    parties += [p for m in parties if m.lemma_.lower() in MEETING_WORDS for p in s.prep_objects(m, with_)]
    return any(p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in MEETING_WORDS and not s.actors(p)
               for p in parties)


# verbs of a body's own sitting, which name no other party unless they say with whom
SITTING_VERBS = frozenset({"meet", "convene", "gather", "assemble", "reconvene", "sit"})
MEETING_BODIES = frozenset({"cabinet", "council", "board", "committee", "parliament", "assembly", "government",
                            "congress", "senate", "commission", "panel", "politburo", "presidium", "legislature",
                            "league", "directorate", "junta", "leadership", "delegation", "group", "body"})
# what is held, not whom one meets: "held talks in Moscow"
MEETING_WORDS = frozenset({"talk", "talks", "meeting", "discussion", "consultation", "negotiation", "summit",
                           "session", "round", "conference", "dialogue", "visit", "trip", "tour", "contact"})


# verbs that may code an act by a construction rather than a lexicon row of their own
CONSTRUCTION_VERBS = frozenset(OFFERED_HELP | STOPPING_VERBS | WORK_STOPPING_VERBS | GRANTING_VERBS | DOING_VERBS
                               | EXPELLING_VERBS | LETTING_IN_VERBS | ORDERING_VERBS)


def code_sentence(s: _Sentence, onto: Ontology) -> list[Event]:
    sent = s.sent
    found: list[tuple[object, Trigger]] = []
    consumed: set[int] = set()
    events: list[Event] = []
    coded_at: dict[int, list[Event]] = {}
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in onto.verbs and _aid_givers_named(tok):
            continue
        if tok.pos_ == "VERB" and (lemma in onto.verbs or lemma in CONSTRUCTION_VERBS
                                   or any(c.lower_ in JOINTLY for c in tok.subtree)):
            # the constructions that decide an act whatever its words first (a strike, a people
            # expelled, foreigners let in or ordered out), then the lexicon, then the rest
            trig = (_work_stopped(s, tok, onto) or _mass_expulsion(s, tok, onto) or _let_in(s, tok, onto)
                    or _ordered_out(s, tok, onto)
                    or (_trigger_match(tok, onto.verbs[lemma], s) if lemma in onto.verbs else None)
                    or _told_to(s, tok, onto) or _ready_to_help(tok, onto) or _refused_grant(tok, onto)
                    or _done_jointly(s, tok, onto))
            if trig is None or not trig.extra:  # (a lexicon row with its object, "halt talks", first)
                trig = _stopped_help(s, tok, onto) or trig
            if trig is not None and trig.cameo == "191" and any(
                    c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
                trig = None  # "barricaded themselves inside": shut in, no one else blocked
            if trig:
                found.append((tok, trig))
                coded = _events_for(s, tok, trig, onto)
                events.extend(coded)
                coded_at[tok.i] = coded
                if not coded and (not trig.extra or lemma in CALLING_OFF_HEADS) and not (
                        lemma == "deny" and trig.type == "REJECT"):
                    # (a claim denied is no event, nor is the claim itself: "the accusation was
                    # denied by Iran" is no accusation by Iran)
                    # a bare verb that codes nothing leaves its objects to their own events, and so
                    # does a cancellation ("the visit was cancelled": the visit, called off)
                    continue
                for child in tok.children:
                    if (_gathering_hit(trig, child) or _judged_deed(s, trig, child, onto)
                            or _hosted_talks(tok, child, onto)):
                        # "police broke up a demonstration", "Syria denounced Israel's raids on
                        # Lebanon": the protest, the raids are events of their own
                        continue
                    if (child.dep_ in OBJECT_DEPS or child.dep_ in ("nsubjpass", "attr")) and not (
                            lemma in ATTRIBUTING_VERBS and _charged_deed(trig, child, onto)):
                        consumed.add(child.i)
                    if child.dep_ == "prep" and not _concessive(child) and not _time_before(child):
                        # (not "at the request of Iran": a request of another, the act done on it;
                        # nor "despite pleas from Germany": another's act, gone against)
                        consumed.update(p.i for p in child.children if p.dep_ == "pobj" and not (
                            child.lower_ in ("at", "per", "upon") and p.lemma_.lower() in ACTED_ON_REQUESTS)
                            and not _gathering_hit(trig, p) and not (
                                child.lower_ in ("of", "for") and _charged_deed(trig, p, onto)
                                and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)))
                    if child.dep_ in ("prep", "prt"):  # "pulled out of the agreement"
                        consumed.update(g.i for p in child.children if p.dep_ == "prep"
                                        for g in p.children if g.dep_ == "pobj")
    # and what hangs inside those objects: "suspended part of its loan programme" is one act
    # (objects only: "aided Russia in the first year of its invasion" leaves the invasion its own)
    frontier = [t for t in (sent.doc[i] for i in consumed) if t.dep_ in OBJECT_DEPS or t.dep_ == "nsubjpass"]
    for _ in range(2):
        inner = [g for t in frontier for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        inner += [c for t in frontier + inner for c in t.children if c.dep_ == "compound"]
        consumed.update(t.i for t in inner)
        frontier = inner
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in onto.nouns and tok.i not in consumed and tok.i not in s.mention_at:
            if tok.dep_ == "compound" and (tok.head.lemma_.lower() in onto.nouns or tok.head.i in consumed):
                continue  # "peace agreement": the head is the event
            trig = _trigger_match(tok, onto.nouns[lemma], s)
            if trig and trig.type == "AID" and tok.dep_ == "compound" and tok.head.lemma_.lower() in AID_GIVERS:
                continue  # "aid workers were kidnapped", "a relief agency said": who gives it, no aid given
            if trig and trig.type == "PROTEST" and _sit_in_ended(tok):
                continue  # "agreed to end their sit-in": the protest given up, none held
            if trig and trig.type == "ASSAULT" and not trig.extra and lemma in WORK_STOPPAGES and (
                    _labour_strike(s, tok) or (s.labour_doc and not _armed_strike(s, tok))):
                # "workers were on strike", "the strike, called by the union": a labour strike
                trig = next((t for t in onto.nouns[lemma] if t.type == "PROTEST" and t.mode == "strike"), trig)
            if trig is None and lemma in ASKING_NOUNS:
                trig = _asking_noun(tok, onto)
            if trig:
                found.append((tok, trig))
                coded_at[tok.i] = _events_for(s, tok, trig, onto)
                events.extend(coded_at[tok.i])
        elif (tok.pos_ == "NOUN" and lemma in ASKING_NOUNS and tok.i not in consumed and tok.i not in s.mention_at
              and not (tok.dep_ == "compound" and tok.head.i in consumed)
              and (trig := _asking_noun(tok, onto)) is not None):
            # "pleas from the administration that he stay", "at the call of the president": a request
            found.append((tok, trig))
            coded_at[tok.i] = _events_for(s, tok, trig, onto)
            events.extend(coded_at[tok.i])
    pressed, pressed_for = speech.pressure(s, onto)
    events.extend(pressed)
    asked = [a for tok, trig in found if trig.type == "REQUEST" and tok.pos_ == "NOUN"
             and (a := _asked_clause(tok)) is not None]
    events = _asked_acts(s, asked + pressed_for, coded_at, events)
    events = _said_to_be(s, found, coded_at, events)
    events = _demanded_that(s, found, coded_at, events)
    events = _answered_to(s, found, coded_at, events)
    events = _promised_to(s, found, coded_at, events)
    events.extend(_readiness(s, onto, found))
    ballots, balloted = _strike_ballots(s, onto, found)
    if balloted:  # the strike only voted on is not itself coded ("balloted its members on strikes")
        dropped = {id(e) for i in balloted for e in coded_at.get(i, ())}
        events = [e for e in events if id(e) not in dropped]
    events.extend(ballots)
    events.extend(_reported_demands(s, onto))
    events.extend(_wants(s, onto))
    events.extend(_condemnations(s, onto, {i for i, coded in coded_at.items() if coded}))
    # criticism and demands told as judgements and needs in reported speech (speech.py)
    # (not again on a speech verb that already criticises or asks: "said X must ...")
    judged_at = {i for i, coded in coded_at.items() if coded} | s.spoken_at
    events.extend(speech.judgements(s, onto, judged_at))
    events.extend(speech.concerns(s, onto, judged_at))
    asked_at = set(judged_at)
    events.extend(speech.needs(s, onto, asked_at))
    events.extend(speech.quoted_imperatives(s, onto, asked_at))
    fired, verbal = speech.under_fire(s, onto)
    if verbal:  # "came under attack over its budget": words, no armed attack
        dropped = {id(e) for i in verbal for e in coded_at.get(i, ())}
        events = [e for e in events if id(e) not in dropped]
    events.extend(fired)
    events = _purposes_restated(found, coded_at, events)
    events = _nouns_restated(found, coded_at, events, onto)
    events = _refused_asks(found, coded_at, events)
    threats, conditional = _ultimatums(s, onto, coded_at, found)
    if conditional:  # the act announced on a condition is coded as the threat (PLOVER codes the threat)
        events = [e for e in events if id(e) not in conditional]
    events.extend(threats)
    deadlines, demanded = _deadlines(s, onto, coded_at)
    if demanded:  # the act a deadline is set for is not done
        events = [e for e in events if id(e) not in demanded]
    events.extend(deadlines)
    return events


# acts on one's own envoys, forces, posts or goods, whose target is never their owner ("recalled
# its ambassador", "withdrew its troops", "offered its ships"); a show of strength with no other
# party named is at home ("put its army on alert")
OWN_THING_TYPES = frozenset({"SANCTION", "RETREAT", "AID", "AGREE"})
OWN_FORCE_TYPES = OWN_THING_TYPES | {"MOBILIZE"}  # and forces readied


# verbs that end one's own protest
ENDING_VERBS = frozenset({"end", "abandon", "halt", "stop", "lift", "conclude", "finish"})


def _held_in(s: _Sentence, noun, targets) -> str | None:
    """The country a noun of arrest places itself or those it names in ("the arrest of two
    Britons in Iran", "the arrest in Cairo of opposition leaders")."""
    return _place_country(s, [noun, *(t for _, t in targets if t is not None)], frozenset({"in"}))


def _left_from(s: _Sentence, noun) -> str | None:
    """The country a noun of sending out names with "from" ("the deportation of 300 Haitians
    from the Dominican Republic", "the expulsion of Iraqi diplomats from Ankara"), on the noun or
    on its "of" object."""
    return _place_country(s, [noun, *s.prep_objects(noun, frozenset({"of"}))], frozenset({"from"}))


def _place_country(s: _Sentence, heads, preps: frozenset[str]) -> str | None:
    """The country of the first country or capital named by its own name under these
    prepositions of these heads (the mention may have taken the place into the people's phrase:
    "Britons in Iran")."""
    from diplograph.actors.lexicon import lexicon

    exact = lexicon().exact
    return next((e.country for h in heads for p in s.prep_objects(h, preps)
                 for e in exact.get(tuple(t.text for t in p.doc[p.left_edge.i: p.i + 1] if t.pos_ == "PROPN"), ())
                 if e.kind in ("country", "capital") and e.country), None)


def _sit_in_ended(tok) -> bool:
    """"Union members ended their sit-in", "called off the sit-in": a sit-in (the small model's
    "in" with "sit" as its compound) given up, no protest held."""
    if tok.lower_ != "in" or not any(c.lower_ == "sit" for c in tok.children):
        return False
    verb = tok.head if tok.dep_ == "dobj" else None
    return verb is not None and (verb.lemma_.lower() in ENDING_VERBS or verb.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


def _purposes_restated(found, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """"telephoned his Israeli counterpart to discuss the crisis", "went on strike to protest
    layoffs": a purpose clause of the same type as the act it is the purpose of, naming no one
    new, says that act again; only the act is kept."""
    dropped: set[int] = set()
    for tok, trig in found:
        if tok.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            continue
        head_events = coded_at.get(tok.head.i, ())
        head_targets = {e.target.code for e in head_events if e.target is not None}
        own = coded_at.get(tok.i, ())
        # (nor one's own people hurt, whom the purpose names: "summoned the Iranian envoy to
        # protest the arrest of a French journalist" protests to Iran)
        if own and head_events and all(
                any(h.type == e.type for h in head_events) and (
                    e.target is None or e.target.code in head_targets
                    or e.source is not None and e.target.country == e.source.country and head_targets)
                for e in own):
            dropped.update(id(e) for e in own)
    return [e for e in events if id(e) not in dropped] if dropped else events


# the links by which a noun hangs in the clause of a verb that may name the same act: its subject
# ("a bombing by Hamas killed five soldiers"), its object's phrase ("granted Chad $20 million in
# aid"), a prepositional phrase of the verb ("were killed in a suicide attack")
RESTATING_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound"})
# prepositions that set another act beside the verb's, never the same one ("attacked the town
# after the bombing", "retaliated for the raid", "struck back despite the ceasefire")
OTHER_ACT_PREPS = frozenset(BACKGROUND_MARKS | {"following", "despite", "amid", "amidst", "for", "against", "over",
                                                "because", "without", "instead", "unlike", "like"})


def _restating_verbs(noun) -> list:
    """The verbs whose clause names ``noun`` as its own act, within four links: the first verb
    above it, and, when the noun is that verb's subject, the infinitive the subject is raised
    from ("a bombing was reported to have killed a journalist"). Not through a phrase beside the
    subject ("the speaker, on a visit to Syria, met ..."): the subject must be the noun itself."""
    cur, path = noun, []
    for _ in range(4):
        if cur.dep_ not in RESTATING_LINKS or cur.head.i == cur.i:
            return []
        if cur.dep_ == "prep" and cur.lower_ in OTHER_ACT_PREPS:
            return []
        if cur.dep_ in ("nsubj", "nsubjpass") and any(d != "compound" for d in path):
            return []
        path.append(cur.dep_)
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            raised = [c for c in cur.children if c.dep_ == "xcomp"] if path[-1] in ("nsubj", "nsubjpass") else []
            return [cur, *raised]
    return []


def _nouns_restated(found, coded_at: dict[int, list[Event]], events: list[Event], onto: Ontology) -> list[Event]:
    """"A bombing by Hamas killed five Israeli soldiers", "Japan granted Chad $20 million in aid",
    "a car bomb exploded outside the embassy": a noun of the same type as the verb whose subject,
    object or phrase it is names the verb's act again. The verb's events keep what the noun adds
    (its doer, whom it was done to) where they name no one, and the noun's events, with nothing
    left of their own, go."""
    redone: dict[int, Event | None] = {}
    for tok, trig in found:
        own = coded_at.get(tok.i, ())
        if trig.pos != "NOUN" or not own or trig.mode == "visit":
            continue  # (a visit is the trip, whatever is done on it: "met Assad during a visit to Syria")
        said = next((evs for v in _restating_verbs(tok) if (evs := [
            e for e in coded_at.get(v.i, ()) if e.type == trig.type and id(e) not in redone])), [])
        view = {onto.plover_view(e.type, e.modality) for e in [*said, *own]}
        if not said or len(view) != 1:
            continue  # (an act done and one only threatened or refused are not one act)
        sources = {e.source.code: e.source for e in own if e.source is not None}
        targets = {e.target.code: e.target for e in own if e.target is not None}
        filled = []
        for e in said:
            src = e.source if e.source is not None or len(sources) != 1 else next(iter(sources.values()))
            tgt = e.target if e.target is not None or len(targets) != 1 else next(iter(targets.values()))
            if tgt is not None and src is not None and tgt.code == src.code:
                tgt = e.target
            filled.append(dataclasses.replace(e, source=src, target=tgt))
        if not _covered(sources, [e.source for e in filled]) or not _covered(targets, [e.target for e in filled]):
            continue  # the noun names a side the verb does not: an act of its own, kept
        redone.update((id(e), new) for e, new in zip(said, filled) if new != e)
        redone.update((id(e), None) for e in own)
    return _replaced(redone, coded_at, events)


def _covered(named: dict, said: list) -> bool:
    """Each actor the noun names is one the verb names, or a bare place whose country the verb
    names more closely ("the bombing in Baghdad" and the Iraqi civilians it killed)."""
    said = [b for b in said if b is not None]
    return all(any(code == b.code or a.sector is None and a.country == b.country for b in said)
               for code, a in named.items())


# nouns of asking whose to-clause says what was asked: "rejected calls to withdraw"
ASKED_FOR_NOUNS = frozenset(ASKING_NOUNS | {"request", "demand", "appeal", "ultimatum", "pressure"})


def _refused_asks(found, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """"Saddam rejected calls by Arab leaders to withdraw from Kuwait", "Iran refused demands to
    halt enrichment": the act asked for and turned down was not done."""
    redone: dict[int, Event] = {}
    for tok, trig in found:
        if trig.type != "REJECT" or tok.pos_ != "VERB":
            continue
        asks = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ASKED_FOR_NOUNS]
        # (the parser may hang the to-clause on the verb, after the noun: "rejected calls by Arab
        # leaders | to withdraw")
        clauses = [a for h in [*asks, tok] for a in h.children if a.dep_ in ("acl", "relcl", "advcl")
                   and a.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in a.children)
                   and (h is not tok or any(a.i > c.i for c in asks))]
        for clause in clauses:
            for e in coded_at.get(clause.i, ()):
                if e.modality == "asserted":
                    redone[id(e)] = dataclasses.replace(e, modality="hypothetical")
    return _replaced(redone, coded_at, events)


def _replaced(redone: dict, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """Apply one pass's edits (``id`` of an event -> its new form, or None to drop it) to the
    events and to the index of events by trigger, so that a later pass edits the new form."""
    if not redone:
        return events
    def swap(evs):
        return [new for e in evs if (new := redone.get(id(e), e)) is not None]
    for i, evs in coded_at.items():
        coded_at[i] = swap(evs)
    return swap(events)


def _asked_acts(s: _Sentence, asked, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """The act a noun of asking or pressure asks for ("renewed its call on Egypt to release the
    journalists", "put pressure on Greece to accept") is asked, not done, and its doer is the one
    asked, as under the verb ("called on Egypt to release"): the parser hangs such a to-clause on
    the verb before the noun, whose subject is the asker. ``asked``: (the act, the words of the
    ones asked)."""
    redone: dict[int, Event] = {}
    for clause, whom in asked:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        doers = {a.code: a for p in whom for a, _ in s.actors(p)}
        # the act and what it is done to: "to halt the raids" (the raids are the ones asked's,
        # and not asserted by this sentence)
        acts = [clause.i, *(c.i for c in clause.children if c.dep_ == "dobj")]
        for e in (e for i in acts for e in coded_at.get(i, ())):
            if e.modality != "asserted":
                continue
            # (a call that names no one asked: the act's doer is not known, and is not the asker)
            source = next(iter(doers.values())) if len(doers) == 1 else e.source if whom else None
            target = e.target
            if target is not None and source is not None and target.code == source.code:
                target = None
            elif (target is not None and e.source is not None and target.country == e.source.country
                  and (source is None or source.country != e.source.country)):
                target = None  # read from the asker, who is no party to the act ("Britain's call on Israel to halt the raids")
            redone[id(e)] = dataclasses.replace(e, source=source, target=target, modality="hypothetical")
    return _replaced(redone, coded_at, events)


# verbs of answering what another asks, put with "to": "agreed to Iran's request", "bowed to US pressure"
ANSWERING_TYPES = frozenset({"AGREE", "REJECT", "CONCEDE", "SUPPORT"})


def _answered_to(s: _Sentence, found, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """"Sudan agreed to the UN's request", "Israel bowed to American pressure", "Iran acceded to
    Russia's proposal": who asked is the target of the answer, when the verb names none."""
    redone: dict[int, Event] = {}
    for tok, trig in found:
        if trig.type not in ANSWERING_TYPES or tok.pos_ != "VERB":
            continue
        askers = [a for p in s.prep_objects(tok, frozenset({"to"})) if p.lemma_.lower() in ASKED_THINGS
                  for a, _ in s.actors(p)]
        if len({a.code for a in askers}) != 1:
            continue
        for e in coded_at.get(tok.i, ()):
            if e.target is None and (e.source is None or e.source.code != askers[0].code):
                redone[id(e)] = dataclasses.replace(e, target=askers[0])
    return _replaced(redone, coded_at, events)


def _demanded_that(s: _Sentence, found, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """"Reiterated its demand today that Israel ease the restrictions": a that-clause of what
    should be done, which the parser hangs on the verb whose object the noun of asking is, is
    what is asked. Its subject is who is asked (when the request names no one), and its act is
    asked, not done."""
    redone: dict[int, Event] = {}
    for tok, trig in found:
        if trig.type != "REQUEST" or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
            continue
        # on the verb ("reiterated its demand today | that ..."), or on the noun, "that" read as a
        # relative pronoun ("its demand that Serbia hand over ...")
        clause = next((c for c in (*tok.head.children, *tok.children) if c.i > tok.i and (
            c.dep_ == "ccomp" or c.dep_ == "acl" and c.head.i == tok.i) and any(
            m.lower_ == "that" and m.dep_ in ("mark", "dobj") for m in c.children) and _asks_for(c)), None)
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if doer is None:
            continue
        asked = [a for a, _ in s.actors(doer)]
        for e in coded_at.get(tok.i, ()):
            if e.target is None and len(asked) == 1 and (e.source is None or e.source.code != asked[0].code):
                redone[id(e)] = dataclasses.replace(e, target=asked[0])
        for e in coded_at.get(clause.i, ()):
            if e.modality == "asserted":
                redone[id(e)] = dataclasses.replace(e, modality="hypothetical")
    return _replaced(redone, coded_at, events)


def _promised_to(s: _Sentence, found, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """"Egypt promised to lift the state of emergency", "expressed willingness to cooperate with
    Poland": a promise that names no one takes its target from the act promised, done by the same
    actor (a concession at home is to the source's own country, plover.csv self_directed). A
    reform promised that names no one is at home too ("pledged to carry out democratic reforms")."""
    redone: dict[int, Event] = {}
    for tok, trig in found:
        if trig.type != "AGREE":
            continue
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "expressed willingness | to ..."
        acts = [c for h in heads for c in h.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"]
        acts += [c for a in acts for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # "to reform and resign"
        # and the act a verb of growth takes as its object: "pledged to boost cooperation"
        acts += [o for a in acts for o in a.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        for e in coded_at.get(tok.i, ()):
            if e.target is not None or e.source is None:
                continue
            targets = {a.target.code: a.target for act in acts for a in coded_at.get(act.i, ())
                       if a.target is not None and a.source is not None and a.source.code == e.source.code}
            if len(targets) == 1:
                redone[id(e)] = dataclasses.replace(e, target=next(iter(targets.values())))
                continue
            home = e.source.country
            reform = any(o.dep_ == "dobj" and o.lemma_.lower() in HOME_REFORMS for act in acts for o in act.children)
            # (and no other party in it: "promised to help reform Iraq's police")
            if not targets and reform and home and not any(
                    a.country != home for act in acts for t in act.subtree for a in s.actor_list(t)):
                redone[id(e)] = dataclasses.replace(e, target=Actor(home, home, None, "own country (implied)", None))
    return _replaced(redone, coded_at, events)


def _action_of_someone(s: _Sentence, tok) -> bool:
    """"sought Japanese action", "seeks action from Tokyo", "sought action by the UN": the
    action sought names an actor, as its modifier, "from" or "by" it, or "from" on the verb."""
    actions = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "action"]
    return any(s.actors(o) or any(s.actors(p) for p in s.prep_objects(o, frozenset({"from", "by"})))
               for o in actions) or any(s.actors(p) for p in s.prep_objects(tok, frozenset({"from"})))


def _suicide_attacker(tok) -> bool:
    """"A suicide bomber", "a suicide attacker": a person who blows himself up, not a warplane."""
    return any(c.lower_ == "suicide" for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "suicide")


def _said_to_be(s: _Sentence, found, coded_at: dict[int, list[Event]], events: list[Event]) -> list[Event]:
    """"The silence is an indictment of the rights groups, Amnesty's chief said", "the vote was a
    rebuke to the premier, the senator said": a noun of criticism that a reported clause says
    something is, with no author of its own, is the speaker's criticism, asserted as said."""
    redone: dict[int, Event] = {}
    for tok, trig in found:
        if trig.type != "ACCUSE" or tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
            continue
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT_HEADS or any(
                c.dep_ == "neg" for h in (clause, clause.head) for c in h.children):
            continue
        subj, passive = s.subject(clause.head)
        speakers = s.actors(subj) if subj is not None and not passive else []
        if len({a.code for a, _ in speakers}) != 1:
            continue
        speaker = speakers[0][0]
        for e in coded_at.get(tok.i, ()):
            if e.source is None and (e.target is None or e.target.code != speaker.code):
                # (said by the speaker, not a claim of another's deed: asserted as said)
                mod = "asserted" if e.modality == "claimed" else e.modality
                redone[id(e)] = dataclasses.replace(e, source=speaker, modality=mod)
    return _replaced(redone, coded_at, events)


# a state of readiness forces are kept in: "troops are on standby", "ships remained on alert"
READINESS_NOUNS = frozenset({"standby", "stand-by", "alert"})
BEING_VERBS = frozenset({"be", "remain", "stay"})
# verbs of having forces in a state of readiness: "has troops at the ready", "kept warships on alert"
KEEPING_VERBS = frozenset({"have", "keep"})
# what may be kept on standby or at the ready: forces, and the ships and jets they man
READY_FORCES = FORCE_NOUNS | {"ship", "navy", "jet", "aircraft"}
# "arranged for 3,000 troops to be available"
ARRANGING_VERBS = frozenset({"arrange"})
# what forces are made available for ("available for deployment", "available to deploy")
DEPLOYMENT_WORDS = frozenset({"deployment", "duty", "action", "operation", "service", "combat", "mission", "deploy",
                              "help", "assist", "support", "intervene", "defend", "protect"})
# what a union puts to its members' vote that is a threat of a stoppage: "to ballot members on strikes"
BALLOTED_ACTS = frozenset({"strike", "walkout", "stoppage"})
# a court's decisions, which one appeals against at law
RULINGS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "conviction", "sentence",
                     "acquittal", "injunction", "finding", "order"})
# verbs of killing or sinking that, said of a proposal, reject it ("killed the bill", "shot down the plan")
KILLING_OFF_VERBS = frozenset({"kill", "shoot", "torpedo", "scupper", "sink", "wreck", "derail"})
REJECTABLE = frozenset({"bill", "proposal", "plan", "deal", "law", "legislation", "measure", "reform", "idea", "motion",
                        "amendment", "claim", "scheme", "budget", "treaty", "agreement", "accord", "initiative",
                        "resolution", "offer", "suggestion", "argument", "theory", "rumour", "rumor", "nomination",
                        "talks", "negotiation", "package", "compromise", "plans"})
# what is "fired" at someone that is words: "fired a broadside at", "fired off a volley of questions"
VERBAL_SALVOS = frozenset({"broadside", "barb", "jibe", "gibe", "question", "letter", "warning", "parting", "rebuke",
                           "criticism", "attack", "retort", "riposte", "tweet", "email", "memo"})
# nouns of shelling that are said of words: "a barrage of questions", "a volley of criticism"
VOLLEYS = frozenset({"barrage", "volley", "salvo", "fusillade", "bombardment", "hail", "torrent", "onslaught"})
REPROACHES = frozenset({"criticism", "abuse", "insult", "accusation", "complaint", "attack", "condemnation",
                        "protest", "invective", "censure", "jibe", "gibe", "barb"})
# what is recognised that is a merit: recognising it is praise ("recognised the efforts of")
MERITS = frozenset({"effort", "role", "contribution", "work", "achievement", "progress", "sacrifice", "service",
                    "courage", "bravery", "commitment", "success", "help", "dedication", "heroism", "generosity",
                    "hospitality", "restraint", "cooperation", "co-operation", "assistance"})
# who is talked to that is no party one consults: "talking to the public"
# who a candidate appeals to: "appealed to supporters", "an appeal to floating voters"
# (not donors, investors or members: "appealed to donors for aid", "to members of the council")
VOTER_GROUPS = frozenset({"supporter", "activist", "constituent", "follower", "fan", "consumer", "customer",
                          "shopper", "parent", "listener"})


def _readiness(s: _Sentence, onto: Ontology, found) -> list[Event]:
    """Forces said to be in a state of readiness, with no verb that puts them there: "British
    troops are on standby", "two warships remained on alert" (CAMEO 152, as "put on alert")."""
    base = next((t for t in onto.verbs.get("put", ()) if t.type == "MOBILIZE"), None)
    if base is None:
        return []
    done = {t.i for t, _ in found}
    events = []

    def forces(t, depth: int = 0) -> bool:
        if t is None:
            return False
        if (t.lemma_.lower() in READY_FORCES
                or t.lower_ == "guard" and any(c.lower_ == "national" for c in t.children)  # "the National Guard"
                or any(a.sector and a.sector[:3] == "MIL" for a in s.actor_list(t))):
            return True
        # "3,000 of the National Guard", "a battalion of marines"
        return depth == 0 and t.pos_ in ("NUM", "NOUN") and any(forces(p, 1) for p in s.prep_objects(t, frozenset({"of"})))

    for tok in s.sent:
        on_standby = tok.lower_ in READINESS_NOUNS and any(
            s.sent.doc[j].lower_ == "on" for j in range(max(s.sent.start, tok.i - 2), tok.i))
        # "troops are at the ready", "has 500 soldiers at the ready"
        at_the_ready = tok.lower_ == "ready" and tok.dep_ == "pobj" and tok.head.lower_ == "at"
        # "troops are available for deployment", "has arranged for 2,000 of the National Guard to
        # be available" (not "available for interview", nor "only 300 troops are available")
        available = tok.lower_ == "available" and tok.dep_ == "acomp" and (
            tok.head.dep_ in ("xcomp", "advcl", "ccomp") and tok.head.head.lemma_.lower() in ARRANGING_VERBS or any(
                p.lemma_.lower() in DEPLOYMENT_WORDS for p in s.prep_objects(tok, frozenset({"for"})))
            or any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in DEPLOYMENT_WORDS for c in tok.children))
        if not (on_standby or at_the_ready or available):
            continue
        # (the parser hangs "standby" on the verb beside "on" as often as under it)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if on_standby and verb.lemma_.lower() not in BEING_VERBS | KEEPING_VERBS:
            # (or elsewhere, leaving "on" on the verb: "confirmed troops are on | standby")
            on = next((s.sent.doc[j] for j in range(tok.i - 1, max(s.sent.start, tok.i - 3) - 1, -1)
                       if s.sent.doc[j].lower_ == "on"), None)
            verb = on.head if on is not None and on.dep_ == "prep" else verb
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj" and verb.head.lemma_.lower() in KEEPING_VERBS:
            # "the governor has 500 soldiers at the ready": the forces one keeps ready are one's own
            if verb.head.i in done or not forces(verb):
                continue
            verb = verb.head
        elif verb.lemma_.lower() in KEEPING_VERBS and not available:
            # (or on the verb: "has | 500 soldiers | at the ready")
            if verb.i in done or not any(c.dep_ == "dobj" and forces(c) for c in verb.children):
                continue
        else:
            if verb.i in done or verb.lemma_.lower() not in BEING_VERBS:
                continue
            subj, passive = s.subject(verb)
            if subj is None or passive or not forces(subj):
                continue  # ("the website is on alert for fraud", "tickets are available": no forces)
        trig = dataclasses.replace(base, target_preps=frozenset({"against"}))
        made = _events_for(s, verb, trig, onto)
        # the forces one keeps ready are one's own, not the target ("India keeps its troops on standby")
        events.extend(dataclasses.replace(e, target=None) if e.target is not None and e.source is not None
                      and e.target.country == e.source.country else e for e in made)
        done.add(verb.i)
    return events


def _strike_ballots(s: _Sentence, onto: Ontology, found) -> tuple[list[Event], set[int]]:
    """A union that ballots its members on a strike threatens one (CAMEO 133, a threat of
    protest): "the union is to ballot its members on strikes", "nurses will be balloted over
    industrial action". A vote of a legislature is another "ballot"; only strikes are put here.
    Also gives the tokens of the strikes voted on, which are no events of their own."""
    base = onto.bare_verb("threaten")
    if base is None or _recoded(base, onto, "133") is None:
        return [], set()
    done = {t.i for t, _ in found}
    events = []
    balloted: set[int] = set()
    for tok in s.sent:
        if tok.pos_ not in ("VERB", "NOUN") or tok.lemma_.lower() != "ballot" or tok.i in done:
            continue
        on = [p for p in s.prep_objects(tok, frozenset({"on", "over", "for"}))]
        if not any(p.lemma_.lower() in BALLOTED_ACTS or (p.lemma_.lower() == "action" and any(
                c.lemma_.lower() in ("industrial", "strike") for c in p.children)) for p in on) and not (
                tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lemma_.lower() in BALLOTED_ACTS
                                           for c in tok.children)):
            continue  # ("a strike ballot", "balloted on industrial action"; not "the postal ballot")
        trig = _recoded(base, onto, "133", pos=tok.pos_, target_preps=frozenset({"against"}))
        events.extend(_events_for(s, tok, trig, onto))
        balloted.update(p.i for p in on)
        balloted.update(c.i for c in tok.children if c.dep_ == "compound")
    return events, balloted
# what is delivered that is help, where no one is named it is delivered to: "delivered food in Gaza"
DELIVERED_GOODS = frozenset({"food", "supply", "medicine", "equipment", "fuel", "water", "aid", "assistance", "vaccine",
                             "tent", "blanket", "grain", "wheat", "rice", "flour", "relief", "shipment", "cargo",
                             "consignment", "parcel", "drug", "dose", "ration", "kit", "generator", "oxygen"})
# nouns of an armed attack that victims are killed or wounded "in"
ATTACK_NOUNS = frozenset({"attack", "ambush", "raid", "strike", "airstrike", "bombing", "shelling", "assault",
                          "offensive", "onslaught", "blast", "bombardment", "incursion"})


# verbs whose subject fell victim to what they are "in": "died in an attack", "were hurt in a raid"
VICTIM_VERBS = frozenset({"die", "kill", "wound", "injure", "hurt", "perish", "maim"})


def _between_party(tok) -> bool:
    """The token is a party named by "between" ("ties between the two nations", "between Russia
    and China")."""
    while tok is not None and tok.dep_ == "conj":
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "between"


def _bare_own_forces(actor: Actor, tok) -> bool:
    """A target that is a state's forces named by a bare plural ("troops", "soldiers"), which the
    resolver gave the country of the state that sends them."""
    return (actor.sector or "")[:3] == "MIL" and tok.lemma_.lower() in FORCE_NOUNS and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children)


# what a government "delivers" that is its own policy, given to no one: "will deliver his Budget"
POLICY_THINGS = frozenset({"budget", "manifesto", "plan", "reform", "policy", "programme", "program", "agenda",
                           "bill", "legislation", "target", "result", "change", "improvement"})
# what makes a challenge a case brought in court: "a High Court challenge", "a legal challenge"
LEGAL_WORDS = frozenset({"court", "legal", "judicial", "constitutional"})
# what a presenter hosts: "hosted a quiz show"
BROADCASTS = frozenset({"show", "programme", "program", "series", "podcast", "broadcast", "quiz", "hall", "telethon"})
HELPING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})


# verbs of telling an audience ("told reporters", "briefed journalists")
TELLING_VERBS = frozenset({"tell", "brief", "inform", "address"})
# houses whose meeting on their own is a sitting
SITTING_BODIES = frozenset({"parliament", "congress", "assembly", "senate", "house", "legislature", "chamber", "diet",
                            "duma", "knesset", "bundestag", "lawmaker", "legislator", "mp"})
# rows that code only with another actor named as the one met or visited
PARTY_NEEDED = frozenset({"leave for", "departure for", "fly to", "speak to", "speak with"})
PUBLICS = frozenset({"nation", "public", "people", "country", "crowd", "audience", "supporter", "voter", "viewer",
                     "listener", "student", "worker", "delegate", "activist"})


def _clause_argument(tok) -> bool:
    """A noun that a verb's clause is about: "grenade attacks killed four", "police broke up
    the protest", "injured in grenade attacks"."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPELLS:
        return _clause_argument(tok.head.head)  # "began five days of strikes": the spell stands for the act
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")


def _same_mention(s: _Sentence, a, b) -> bool:
    if a is None or b is None:
        return False
    ma, mb = s.mention_at.get(a.i, ()), s.mention_at.get(b.i, ())
    return bool(ma) and ma == mb


def _dedupe(pairs: list[tuple[Actor, object]]) -> list[tuple[Actor, object]]:
    seen, out = set(), []
    for a, t in pairs:
        if a.code not in seen:
            seen.add(a.code)
            out.append((a, t))
    return out


def _only_planned(s: _Sentence, tok) -> bool:
    """The act is what a plan, policy or proposal would do, told of and not put forward by an
    actor: the to-clause of a plan noun ("plans to provide aid were discussed", "a plan by producers
    to sell sugar"), the plan's own doing ("the policy would provide 250m"), or what a plan is ("the
    policy is to offer rebates"). A plan an actor announces, unveils or agrees to is a promise, kept
    ("announced plans to send aid")."""
    plan = None
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        plan = tok.head
    elif tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        plan = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    else:
        plan = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if plan is None or plan.lemma_.lower() not in PLAN_NOUNS or plan.i in s.mention_at:
        return False
    return not (plan.dep_ in ("dobj", "nsubjpass") and plan.head.lemma_.lower() in ANNOUNCING_VERBS)


def _will_be(verb) -> bool:
    """A passive of what is to come: "will be consulted", "would be freed", "is to be released"."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & WILL_AUX:
        return True
    return ("to" in aux and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"
            and any(c.dep_ == "auxpass" for c in verb.children))


def _struck_with(tok) -> bool:
    """"Pounded rebel positions with artillery fire", "shelled the town with rockets": a verb that
    strikes its object "with" a means, which is no plight fought ("battled with cancer")."""
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("against", "on") for c in tok.children)


# kinds of support that are material help ("military support", "financial backing")
MATERIAL_KINDS = {"military": "military", "financial": "economic", "economic": "economic", "logistical": "military",
                  "logistic": "military", "material": "economic", "monetary": "economic"}
SUPPORT_NOUNS = frozenset({"support", "backing", "assistance", "help"})
PROMISING_VERBS = frozenset({"offer", "pledge", "promise", "vow"})


def _material_support(verb) -> str | None:
    """The kind of material help a verb's object of support names ("gave military support",
    "offered financial backing"): "military" or "economic"; None for words of backing."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in SUPPORT_NOUNS:
            kinds = [MATERIAL_KINDS[c.lower_] for c in obj.children if c.dep_ in ("amod", "compound")
                     and c.lower_ in MATERIAL_KINDS]
            if kinds:
                return kinds[0]
    return None


def _backed_by_arms(s: _Sentence, tok) -> bool:
    """"Backed by tanks", "supported by air power and artillery": a force fighting with arms or
    other units beside it, which back no one (not "backed by Iran", "supported by the US")."""
    # (the agent, or a "by" the parser hung as a preposition: "troops, backed by tanks, stormed ...")
    agent = s.agent(tok) or next(s.prep_objects(tok, frozenset({"by"})), None)
    if agent is None:
        return False
    backers = [agent, *agent.conjuncts]
    # (weapons are arms even when coreference gives them their side's code: "Israeli artillery,
    # backed by helicopter gunships"; units are arms only when they name no actor)
    return all(b.lemma_.lower() in WEAPON_ARMS or b.lemma_.lower() in FORCE_NOUNS and not s.actor_list(b)
               for b in backers)


# the arms of the air that back a force on the ground: "backed by air power", "air cover"
AIR_POWER = frozenset({"power", "cover", "support", "gunship", "helicopter", "warplane", "airstrike", "strike",
                       "aircraft", "airpower", "firepower"})
# ... and on the ground: "backed by armoured vehicles", "mortar fire", "bulldozers"
GROUND_ARMS = frozenset({"armour", "armor", "vehicle", "carrier", "mortar", "fire", "bulldozer"})
WEAPON_ARMS = STATE_WEAPONS | AIR_POWER | GROUND_ARMS


def _topic_to_be(tok) -> bool:
    """The verb is an infinitive that says what a topic is for ("the issues to be discussed",
    "the questions to be negotiated at the summit"): an agenda told of, no act done."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # (the parser may make the topic the passive subject of the infinitive)
    return (tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in TOPIC_NOUNS
            or any(c.dep_ == "nsubjpass" and c.lemma_.lower() in TOPIC_NOUNS for c in tok.children))


def _concluded(tok) -> bool:
    """An agreement noun that the sentence concludes, announces or puts into force: the object or
    passive subject of a verb of concluding ("announced a deal", "the pact was initialled"), a
    participle or relative clause of one ("the accord signed on Monday", "the deal they reached"),
    the object of "on" or "to" under one ("agreed on a deal"), or the subject of taking effect
    ("the treaty entered into force")."""
    while tok.dep_ == "conj":
        tok = tok.head
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CONCLUDING_VERBS for c in tok.children):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_.split("-")[-1] in CONCLUDED_WORDS for c in tok.children):
        return True  # "a UN-brokered deal", "the newly signed treaty"
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and any(
            t.lemma_.lower() in ("force", "effect") and t.dep_ in ("dobj", "pobj") for t in head.subtree
            if t.head.i == head.i or t.head.head.i == head.i):
        return True  # "the treaty entered into force on Thursday", "the deal takes effect today"
    if tok.dep_ == "pobj" and head.lower_ in ("on", "to"):
        head = head.head  # "agreed on a deal", "put their names to the accord"
    elif tok.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):
        return False
    return head.lemma_.lower() in CONCLUDING_VERBS


def _proposed(tok) -> bool:
    """A thing put forward and not yet adopted: "a proposal", "the plan", "a proposed tax",
    "the planned levy"."""
    return tok.lemma_.lower() in PROPOSALS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("proposed", "planned", "draft", "suggested") for c in tok.children)


def _events_for(s: _Sentence, tok, trig: Trigger, onto: Ontology) -> list[Event]:
    if trig.pos == "VERB" and trig.pattern == "play host" and not any(
            o.i in s.mention_at for h in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
            for o in s.prep_objects(h, frozenset({"to"}))):
        return []  # "Toronto played host to a fan convention": an occasion held, no visitor received
    if trig.pos == "VERB" and trig.pattern == "take issue" and (
            any(c.dep_ == "prt" for c in tok.children) or any(
                c.dep_ == "dobj" and any(g.dep_ in ("det", "poss") for g in c.children) for c in tok.children)):
        return []  # "took up the issue with the bank": a matter raised, not "took issue with" (criticism)
    if trig.type == "ASSAULT" and trig.pos == "VERB" and not trig.extra and tok.lemma_.lower() == "strike":
        if _struck_a_mind(tok):
            return []  # "it strikes me as odd", "it struck him that ...": a thought, no blow
        if _workers_strike(s, tok):
            # "pilots are striking for four hours in protest at pay": a stoppage of work (CAMEO 143)
            trig = dataclasses.replace(trig, type="PROTEST", mode="strike", cameo="143",
                                       target_preps=frozenset({"against"}))
    if trig.type == "PROTEST" and trig.pos == "VERB" and tok.lemma_.lower() == "protest" and (
            any(c.dep_ == "ccomp" for c in tok.children) or tok.dep_ in ("parataxis",)
            or (tok.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children))):
        # "X is failing to uphold rights, a rights group protested": a complaint (CAMEO 114), not a rally
        trig = _recoded(trig, onto, "114") or trig
    if trig.type == "THREATEN" and trig.pos == "VERB" and tok.lemma_.lower() == "warn" and not trig.extra and any(
            c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and _others_stance(s, tok, g) for g in c.children)
            for c in tok.children):
        # "the French plan could leave farmers facing court, the German minister warned": a warning
        # of what another's plan or law would do is criticism of it (CAMEO 111), not a threat
        trig = _recoded(trig, onto, "111") or trig
    if trig.pos == "VERB" and not trig.extra and onto.types[trig.type].actorless and any(
            c.dep_ == "dobj" and c.lemma_.lower() in onto.non_agents for c in tok.children):
        return []  # "to fight famine", "battling the blaze": no one is attacked
    if trig.pos == "VERB" and onto.types[trig.type].actorless and _hits_non_agents(s, tok, trig, onto):
        return []  # "to shoot down deer and wild pigs", "shoot at a variety of game animals"
    if trig.pos == "VERB" and tok.lemma_.lower() == "meet" and trig.type in ("CONSULT", "CONCEDE") and (
            objs := [c for c in tok.children if c.dep_ == "dobj"]) and all(_met_standard(s, o) for o in objs):
        return []  # "to meet demand for oil", "failed to meet the deadline": no one is met or yielded to
    if trig.pos == "VERB" and _not_the_act(s, tok, trig, onto):
        return []
    if trig.type == "REQUEST" and trig.extra == ("action",) and not _action_of_someone(s, tok):
        return []  # "will seek action on fishing": no one named whose action is sought
    if trig.mode == "martial-law" and any(
            w.lemma_.lower() in CALAMITIES for h in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
            for c in h.children if c.dep_ in ("prep", "compound", "amod") for w in (c, *c.subtree)):
        return []  # "declared a state of emergency after the floods", "a drought emergency": relief
    if trig.mode == "martial-law" and _calamity_near(s):
        return []  # "... with Tropical Storm Barry approaching. He asked Trump to declare a state of emergency"
    if trig.pos == "NOUN" and trig.type == "CONSULT" and tok.tag_ == "NN" and tok.lower_ == "talk" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.children):
        return []  # "talk of a trade deal", "talk about war": what is rumoured, no talks held
    if trig.type == "ACCUSE" and trig.pos == "VERB" and tok.lemma_.lower() in ("attribute", "ascribe") and not any(
            s.actors(p) for p in s.prep_objects(tok, frozenset({"to"}))):
        return []  # "attributed the rise to higher exports": no one blamed
    if (trig.extra == ("force",) and tok.lemma_.lower() in ("use", "respond")
            and not any(c.lower_ == "force" for c in tok.subtree if c.i > tok.i)):
        return []  # "permission to use the armed forces abroad": forces used are no force used on anyone
    if trig.type == "SUPPORT" and trig.pos == "VERB" and (kind := _material_support(tok)) is not None:
        # "gave military support to the rebels", "offered financial backing to Kyiv": support of a
        # material kind is aid given (or, offered or pledged, aid promised), not words of backing
        promised = tok.lemma_.lower() in PROMISING_VERBS
        trig = _recoded(trig, onto, ("0332" if kind == "military" else "0331") if promised
                        else ("072" if kind == "military" else "071")) or trig
    if trig.type == "SUPPORT" and trig.pos == "VERB" and not trig.extra and _backed_by_arms(s, tok):
        return []  # "troops, backed by tanks and helicopters, attacked": arms beside them, no one backed
    if trig.pos == "VERB" and _topic_to_be(tok):
        return []  # "the issues to be discussed by the ministers include ...": an agenda, no talks held
    if trig.pos == "VERB" and _only_planned(s, tok):
        return []  # "plans to provide aid were discussed", "the policy is to offer rebates": a plan told of
    if (trig.type == "REQUEST" and trig.pos == "NOUN" and tok.lemma_.lower() == "appeal" and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in LOSING_CASES):
        return _lost_appeal(s, tok, trig, onto)
    if trig.type == "REQUEST" and tok.lemma_.lower() == "appeal" and not trig.extra and (
            heard := list(s.prep_objects(tok, frozenset({"to"})))) and all(
            h.lemma_.lower() in MASS_AUDIENCES | VOTER_GROUPS for h in heard):
        return []  # "made an appeal to women voters", "appealed to the public": campaigning, no state asked
    if trig.type == "REQUEST" and tok.lemma_.lower() == "appeal" and not trig.extra and any(
            p.lemma_.lower() in RULINGS for p in s.prep_objects(tok, frozenset({"against"}))):
        # "the government appealed against the High Court ruling", "lodged an appeal against his
        # conviction": a case brought against a court's decision (CAMEO 115), no plea to anyone
        trig = _recoded(trig, onto, "115", target_preps=frozenset()) or trig
    if trig.cameo == "115" and trig.pos == "NOUN" and tok.lemma_.lower() == "challenge" and not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in LEGAL_WORDS for c in tok.children):
        return []  # "a tough challenge from the French player in court two": no case brought
    if (trig.type == "SANCTION" and trig.pos == "VERB" and tok.lemma_.lower() == "quit" and not trig.extra
            and not any(c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("from", "of")
                        for c in tok.children)
            and (resign := onto.bare_verb("resign")) is not None):
        # "the minister quit in December", "said he would quit": quitting with nothing left named
        # is a resignation (RETREAT), not a break with a body or treaty
        trig = dataclasses.replace(resign, pattern="quit", head="quit")
    if (trig.type == "AID" and trig.pos == "VERB" and tok.lemma_.lower() == "deliver" and not trig.extra and (
            not any(s.actors(p) for p in s.prep_objects(tok, frozenset({"to"})))
            and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DELIVERED_GOODS for c in tok.children)
            or any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in POLICY_THINGS for c in tok.children))):
        return []  # "will deliver his Budget", "failed to deliver on its pledges", "would deliver better": no goods given
    if trig.type == "CONSULT" and trig.mode == "visit" and tok.lemma_.lower() == "arrive" and not trig.extra and any(
            a.sector and a.sector[:3] == "GOV" for p in s.prep_objects(tok, frozenset({"at"})) for a, _ in s.actors(p)):
        # "arrived at the Treasury", "arrived at the Kremlin for talks": the seat of a government
        # one arrives at is whom one visits, as the country one arrives in (not a court, a police
        # station or a gallery)
        trig = dataclasses.replace(trig, target_preps=trig.target_preps | {"at"})
    if trig.type == "CONCEDE" and "regret" in trig.extra and _others_deed(s, tok):
        # "the Dutch government expressed regret over Indonesia's execution of a Dutch citizen":
        # regret at what another did is disapproval (CAMEO 111), not remorse for one's own deed
        trig = _recoded(trig, onto, "111", target_preps=trig.target_preps | {"at", "about"}) or trig
    if (trig.type == "SUPPORT" and trig.pos == "VERB" and tok.lemma_.lower() == "welcome" and not trig.extra
            and _person_object(s, tok) and _welcomed_at(tok)):
        # "Castro welcomed the Mexican president in Havana", "Putin welcomed Modi to Moscow": a
        # visitor welcomed somewhere is hosted (CAMEO 043), not praised
        trig = _recoded(trig, onto, "043") or trig
    if trig.pos == "VERB" and _in_past_war(tok):
        return []  # "submarines sunk during World War II": history told as background
    if trig.type == "ACCUSE" and trig.pos == "VERB" and tok.lemma_.lower() == "oppose" and not trig.extra and (
            objs := [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]) and all(_proposed(o) for o in objs):
        # "France and Italy opposed a proposed tax", "opposed the Commission's plan": a proposal
        # turned down is a rejection (CAMEO 120), not criticism of a deed
        trig = _recoded(trig, onto, "120") or trig
    if trig.pos == "VERB" and trig.type in ("AGREE", "AID", "RETREAT") and any(
            o.lemma_.lower() in ELECTORAL_THINGS or o.lower_ == "re" and o.i + 1 < len(o.doc)
            and o.doc[o.i + 1].lower_ == "-" for o in [
                *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")),
                *s.prep_objects(tok, frozenset({"as", "from", "in"}))]):
        # "accepted the vice presidential nomination", "to assist his re-election", "will withdraw as
        # his running mate", "withdrew from the race": a candidate's campaign, not an act between actors
        return []
    if (trig.type == "COOPERATE" and trig.mode == "intelligence" and tok.lemma_.lower() == "share" and not trig.extra
            and (objs := [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
            and not any(o.lemma_.lower() in SHARED_INFO for o in objs)):
        # "were sharing their facilities": cooperation, but no intelligence is passed on
        trig = _recoded(trig, onto, "060") or trig
    if trig.pos == "NOUN" and trig.type == "RETREAT" and tok.lemma_.lower() == "release" and (
            any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("press", "news", "public") for c in tok.children)
            or any(c.dep_ == "compound" and c.lemma_.lower() in RELEASED_THINGS for c in tok.children)
            or any(p.lemma_.lower() in RELEASED_THINGS for p in s.prep_objects(tok, frozenset({"of"})))):
        return []  # "a NATO press release", "its DVD release", "the release of the report": no one freed
    if trig.type == "RETREAT" and tok.lemma_.lower() in ("evacuate", "airlift", "move", "transfer") and any(
            p.lemma_.lower() in CARE_PLACES for p in s.prep_objects(tok, frozenset({"to", "into"}))):
        return []  # "was evacuated to a hospital in Auckland": a patient moved, no forces pulled back
    if trig.type == "RETREAT" and tok.lemma_.lower() == "release" and any(
            p.lemma_.lower() in CARE_PLACES for p in s.prep_objects(tok, frozenset({"from"}))):
        return []  # "was released from hospital": discharged, no one freed
    if trig.type in ("ASSAULT", "PROTEST") and tok.lemma_.lower() in ("beat", "rally") and trig.pos == "VERB" and (
            _race_won(tok)):
        return []  # "beat its rival to the deal", "rallied to win the final": a race won, no blow, no protest
    if trig.type == "ASSAULT" and trig.mode == "destroy" and any(
            p.lower_ in REFLEXIVES for p in [*s.prep_objects(tok, frozenset({"to"})),
                                             *(c for c in tok.children if c.dep_ == "dobj")]):
        return []  # "a monk set fire to himself": a self-immolation, a protest if anything, no one attacked
    if trig.mode == "convict" and tok.lemma_.lower() == "find" and any(
            c.lemma_.lower() in ("guilty", "liable") and any(g.dep_ == "neg" for g in c.children)
            for c in tok.children):
        return []  # "found the journalists not guilty": an acquittal, no one sanctioned
    if trig.type == "PROTEST" and tok.lemma_.lower() == "rally" and _market_rally(s, tok):
        return []  # "a stock market rally", "oil prices rallied": prices rose, no crowd gathered
    if trig.type == "PROTEST" and trig.pos == "VERB" and tok.lemma_.lower() == "protest" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROTESTED_CLAIMS for c in tok.children):
        # (only the verb "protest": "boycotted Japanese goods" is a boycott)
        return []  # "has always protested his innocence": a denial, no protest
    if trig.type == "THREATEN" and trig.pos == "VERB" and any(c.dep_ == "xcomp" for c in tok.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in RISKS | onto.non_agents and not s.actors(c)
            for c in tok.children):
        return []  # "the row threatens to derail the talks": a risk, no one threatens anyone
    if trig.type == "REJECT" and trig.pos == "NOUN" and tok.lemma_.lower() == "denial" and _claim_denied(s, tok):
        return []  # "issued a denial of the report": a claim denied, no request refused
    if (trig.type == "SUPPORT" and trig.pos == "NOUN" and trig.cameo == "057"
            and tok.lemma_.lower() in AGREEMENT_NOUNS and not _concluded(tok)):
        return []  # "whether Japan is reneging on its pact", "under the 1994 accord": an old agreement named
    if trig.cameo == "013" and trig.pos == "VERB" and not any(
            c.dep_ == "ccomp" for c in tok.children) and not any(
            True for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")] for _ in s.prep_objects(h, frozenset({"of"}))):
        # "the goal assured Brazil a place in the final": an assurance says "that ..." or "of ..."
        # (the parser may hang "of" on the one assured: "assured Kiev of its support")
        return []
    if trig.type == "REQUEST" and trig.pos == "NOUN" and _market_demand(s, tok):
        return []  # "strong demand from China lifted prices": buyers, no one asks anything
    if trig.pos == "NOUN" and trig.type == "PROTEST" and tok.lemma_.lower() == "rally" and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CAMPAIGN_WORDS for c in tok.children):
        return []  # "his first campaign rally": a candidate's meeting, no dissent
    if trig.pos == "NOUN" and trig.type == "PROTEST" and tok.lemma_.lower() == "rally" and _leader_rally(s, tok):
        return []  # "the president held a rally in Ohio": an official's meeting of supporters, no dissent
    if trig.type == "ASSAULT" and not trig.extra and _contest_not_war(tok):
        return []  # "a court battle over the vote", "a bidding war for the firm"
    if trig.type == "ASSAULT" and (not trig.extra and (
            tok.lemma_.lower() in ATTACK_WORDS and _verbal_attack(s, tok) or _clash_of_words(s, tok))
            or trig.extra == ("attack",) and _verbal_attack(s, tok)):
        # "Biden attacked Trump for the tweet", "his attacks on mail-in voting": criticism (CAMEO 111)
        trig = _recoded(trig, onto, "111") or trig
    if trig.type == "SUPPORT" and trig.pos == "VERB" and tok.lemma_.lower() in ("recognize", "recognise") and (
            not trig.extra and (objs := [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
            and all(o.lemma_.lower() in MERITS for o in objs)):
        # "Pakistan recognised the efforts of the Afghan government": praise (CAMEO 051), not the
        # recognition of a state or government (054)
        trig = _recoded(trig, onto, "051") or trig
    if trig.type == "ASSAULT" and trig.pos == "VERB" and tok.lemma_.lower() in KILLING_OFF_VERBS and (
            objs := [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]) and all(
            o.lemma_.lower() in REJECTABLE and not s.actors(o, modifiers=False) for o in objs):
        # "Republicans killed the bill", "the Senate shot down the proposal": a proposal rejected (CAMEO 120)
        trig = _recoded(trig, onto, "120") or trig
    if trig.type == "ASSAULT" and trig.pos == "VERB" and tok.lemma_.lower() == "fire" and (
            objs := [c for c in tok.children if c.dep_ == "dobj"]) and all(
            o.lemma_.lower() in VERBAL_SALVOS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
            for o in objs) and _peaceful(s, tok):
        # "the chancellor fired a broadside at the Conservatives": criticism (CAMEO 111), no shots
        trig = _recoded(trig, onto, "111", target_preps=frozenset({"at"})) or trig
    if trig.type == "ASSAULT" and trig.pos == "NOUN" and tok.lemma_.lower() in VOLLEYS and (
            said := [p for p in s.prep_objects(tok, frozenset({"of"}))]) and all(
            p.lemma_.lower() in SENT_WORDS | REPROACHES for p in said):
        if not all(p.lemma_.lower() in REPROACHES for p in said):
            return []  # "faced a barrage of questions from MPs": words, no shells
        trig = _recoded(trig, onto, "111", target_preps=frozenset()) or trig  # "a barrage of criticism"
    if trig.type == "ASSAULT" and not trig.extra and not _struck_with(tok) and _fights_a_plight(s, tok, onto):
        return []  # "is fighting against poverty", "declared war on corruption": a campaign, no enemy
    if trig.pos == "NOUN" and not (trig.type == "PROTEST" and tok.lemma_.lower() in GRIEVANCE_PROTESTS) and any(
            c.dep_ == "compound" and c.lemma_.lower() in onto.non_agents and not _hyphened_modifier(c)
            for c in tok.children):
        # (a riot or protest noun's compound is its grievance: "fuel price riots", "food protests")
        return []  # "heart attacks", "flood damage", "fire drills": no one's act (not "live-fire drills")
    if trig.pos == "NOUN" and tok.lemma_.lower() == "supply" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in SUPPLY_QUANTITIES for c in tok.children):
        return []  # "money supply growth slowed": an economic quantity, nothing supplied to anyone
    if trig.type == "COERCE" and trig.mode == "seize" and tok.lemma_.lower() not in TAKING_VERBS and any(
            _firm(s, p) for o in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            for p in s.prep_objects(o, frozenset({"of"}))) and not _state_taker(s, tok):
        # (a state taking a firm's property is a seizure: "nationalised the assets of American oil companies")
        return []  # "trying to take control of an internet portal firm": a takeover, no territory seized
    roles = _verb_roles(s, tok, trig) if trig.pos == "VERB" else _noun_roles(s, tok, trig)
    sources, targets, subj_tok, anchor = roles
    targets = force_host(s, trig, targets)
    lent = _lent_agent(s, tok) or set()
    if lent:
        # "Iran was accused of supplying arms by the US": the "by" is the accuser's, not a side
        # of the act accused
        sources = [p for p in sources if p[1] is None or p[1].i not in lent]
        targets = [p for p in targets if p[1] is None or p[1].i not in lent]
    if trig.joint and trig.pos == "VERB" and len(sources) == 1 and subj_tok is not None and subj_tok.dep_ == "nsubj":
        # "the foreign ministers of India and Pakistan met", "negotiators from Britain and Spain
        # held talks": the sides of a joint act named after its doers' title
        own = sources[0][0].code
        sources = sources + [p for pobj in s.prep_objects(subj_tok, frozenset({"of", "from"})) for c in pobj.conjuncts
                             for p in s.actors(c) if p[0].code != own]
    if trig.extra:
        targets = [(a, t) for a, t in targets if t is None or not _trigger_word(t, tok, trig)]
    if trig.type == "CONSULT" and trig.thing_object and trig.pos == "VERB":
        # "discussed Iraq with Chirac": what is discussed is the topic, when the talks name a party
        parties = [(a, t) for a, t in targets if t is None or not (t.dep_ == "dobj" and t.head.i == tok.i)]
        targets = parties or targets
    if (trig.pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under"
            and tok.head.head.lemma_.lower() == "come" and tok.head.head.pos_ in ("VERB", "AUX")):
        # "the town of Cizre came under shelling", "an army post came under attack from Indian
        # troops", "the plan came under criticism from Germany": the subject is what is struck or
        # judged; "from" or "by" names who acts
        hit = [p for c in tok.head.head.children if c.dep_ == "nsubj" for p in s.actors(c)]
        doers = [p for pobj in s.prep_objects(tok, frozenset({"from", "by"})) for p in s.actors(pobj)]
        if hit or doers:
            sources, targets = doers or sources, hit
            subj_tok = doers[0][1] if doers else subj_tok
    if trig.type == "COERCE" and trig.cameo in ("191", "192") and (
            all((a.sector or "")[:3] in CIVIL_DISSENT_SECTORS for a, _ in sources) if sources
            else _agent_sector(s, subj_tok, CIVIL_DISSENT_SECTORS) is not None):
        # "protesters blockaded the parliament", "activists occupied a ministry", "fishermen
        # blockaded the port": civilians who block or occupy protest by obstruction (CAMEO 144);
        # a state's or armed group's blockade or occupation stays coercion
        trig = _recoded(trig, onto, "144") or trig
    if (trig.type == "ASSAULT" and subj_tok is not None and subj_tok.dep_ == "nsubj"
            and subj_tok.lemma_.lower() in PROTESTERS and (trig.mode == "destroy" or trig.mode is None and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PROPERTY_HIT for c in tok.children))):
        # "rioters torched the town hall", "protesters attacked government offices": a protest
        # turned on property is a riot (CAMEO 145), not an armed attack (protesters who attack a
        # person still assault: "attacked the MP with eggs")
        trig = _recoded(trig, onto, "145") or trig
    if (trig.type == "COERCE" and trig.pos == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORCING_VERBS
            # (on its own doing, named by the trigger's own words: not "ordered troops to seize the town")
            and all(c.lemma_.lower() in trig.extra for c in tok.children if c.dep_ in OBJECT_DEPS)
            and not any(c.dep_ == "neg" for c in tok.children)  # "ordered the paper not to close"
            and (boss := s.subject(tok.head)) and boss[0] is not None and not boss[1] and (bosses := s.actors(boss[0]))
            and not any(c.lemma_.lower() in ORDERED_FORCES or any(_state_or_force(a) for a, _ in s.actors(c))
                        for c in tok.head.children if c.dep_ == "dobj")):
        # "the government ordered the newspaper to suspend publication", "forced the paper to
        # close": a restriction one is made to put on oneself is the act, the order, of who
        # makes one do it. A state or force ordered to close a border or suspend talks is asked
        # to act for itself, and that act is coded as it stands
        sources = bosses
        targets = [p for c in tok.head.children if c.dep_ == "dobj" for p in s.actors(c)]
        subj_tok, tok = boss[0], tok.head
        anchor = tok
    if (trig.type == "AID" and trig.mode == "military" and trig.pos == "VERB" and not targets
            and tok.lemma_.lower() in ("send", "dispatch")
            and (whither := [p for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
                             for p in s.prep_objects(h, frozenset({"to", "into"}))])
            and not any(s.actor_list(p) for p in whither)):
        # "Japan sent a destroyer to the disputed waters", "sent warships into the strait": armed
        # strength sent to a place, for no one, is a show of force (CAMEO 154), not military aid
        trig = _recoded(trig, onto, "154") or trig
    if trig.type == "SUPPORT" and trig.pos == "VERB" and tok.lemma_.lower() == "give" and (not targets or any(
            a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
            for o in tok.children if o.dep_ == "dobj" for a in o.children)):
        # "has given support in principle to the production of coins": backing given to no one;
        # "gave the president approval to use the armed forces": a permission, no backing
        return []
    if trig.cameo == "013" and not targets:
        return []  # "sought to reassure backbenchers that ...": an assurance backs only an actor it names
    if trig.type == "PROTEST" and not targets:
        # "marched in Gaza to protest at the killing of a youth by Israeli soldiers", "went on
        # strike to protest against the deployment of Turkish troops": the march or strike is
        # against what its purpose clause protests
        targets = [p for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTESTING_VERBS
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for pobj in s.prep_objects(c, PROTESTED_PREPS) for p in _deed_doers(s, pobj)]
        # "went on strike to demand a pay rise from the estate companies", "blocked roads to press
        # the president for a new constitution": the protest is aimed at whom its purpose asks
        targets = targets or [p for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PRESSING_VERBS
                              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                              for o in _pressed(s, c) for p in s.actors(o)]
        # "marched through Kitwe, demanding that President Chiluba resign": whom the protest's
        # participle of demanding asks, the subject of its that-clause
        targets = targets or [p for c in tok.children if c.dep_ in ("advcl", "xcomp")
                              and c.tag_ == "VBG" and c.lemma_.lower() in PRESSING_VERBS
                              for cl in c.children if cl.dep_ == "ccomp" for g in cl.children
                              if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for p in s.actors(g)]
        # "Palestinian prisoners held in Israel's jails went on hunger strike", "detainees held by
        # the army refused food": captives protest against who holds them
        targets = targets or (captors(s, subj_tok) if subj_tok is not None and subj_tok.dep_ == "nsubj" else [])
        # "marched in Seoul in protest at Japan's refusal to apologise", "began a hunger strike in
        # protest against Moscow's decision": whose deed its "in protest at" names (over the place)
        targets = targets or _protested_deed(s, tok)
    if trig.type == "PROTEST" and targets and all(_named_at_place(a, t) for a, t in targets):
        # round 30: "boycotted the summit in Doha in protest at Israel's participation": the
        # deed named is what the protest is against, over the place it was held in
        targets = _protested_deed(s, tok) or targets
    privates = [*sources, *targets] if all(getattr(a, "entity", None) == PRIVATE for a, _ in [*sources, *targets]) else []
    if privates:  # only private persons ("a man stabbed a woman"): no political actor (actors/local.py)
        sources, targets = [], []
    # a private person is only ever acted on (arrested, charged), never the state acting
    sources = [(a, t) for a, t in sources if getattr(a, "entity", None) != PRIVATE]
    complaint = trig.type == "PROTEST" and (_state_protest(s, tok, trig, sources, subj_tok) or _protest_said(tok, trig))
    if complaint:
        # "Seoul protested the textbook revisions", "the foreign ministry protested against the
        # visit": a state that protests lodges a complaint (CAMEO 114), as "lodged a protest", and
        # does not march; its purpose clause ("summoned the envoy to protest ...") is made to the
        # one summoned
        trig = _recoded(trig, onto, "114") or trig
        if not targets and tok.dep_ in ("advcl", "xcomp"):
            # (not its own envoy: "China recalled its ambassador to protest the visit")
            own = {a.country for a, _ in sources}
            targets = [p for o in tok.head.children if o.dep_ == "dobj" for p in s.actors(o) if p[0].country not in own]
    if (trig.type == "CONSULT" and trig.pos == "VERB" and tok.lemma_.lower() in ("meet", "convene", "sit") and not trig.extra
            and sources and all(a.sector == "LEG" for a, _ in sources) and len({a.country for a, _ in sources}) == 1
            and subj_tok is not None
            and not subj_tok.conjuncts and subj_tok.lemma_.lower() in SITTING_BODIES
            and not any(c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ in ("with", "between"))
                        for c in tok.children)):
        return []  # "when parliament meets next Tuesday": a sitting of the house, no one consulted
    if trig.type == "CONSULT" and tok.lemma_.lower() == "speak":
        # "should speak English to a certain level": the language spoken is no one spoken to
        targets = [(b, bt) for b, bt in targets if bt is None or not (bt.dep_ == "dobj" and bt.head.i == tok.i)]
    if trig.pattern == "fly to" and s.subject(tok)[1]:
        return []  # "the dissident was flown to the United States": carried there, no visit
    if trig.pattern in PARTY_NEEDED:
        # "left for Washington", "was speaking to MPs": only a trip to, or words with, another
        # actor consult anyone (not "left for two weeks", "spoke to reporters", "to the nation")
        targets = [(b, bt) for b, bt in targets if b.sector != "MED" and not (
            bt is not None and bt.lemma_.lower() in AUDIENCES | PUBLICS)]
        if not targets or not (sources or subj_tok is not None and subj_tok.ent_type_ == "PERSON"):
            return []  # (nor "the Lions leave for New Zealand": who travels is a person or an actor)
    if not sources and trig.type == "RETREAT" and trig.mode == "release":
        # "two Britons held by Iran will be freed": who holds the captives frees them
        sources = _holders(s, tok, trig.pos)
    if not targets and trig.type == "REQUEST":
        # "called for the release of the sailors seized by Iran": the demand is on the holder
        targets = [p for r in [*s.prep_objects(tok, frozenset({"for"})), *(c for c in tok.children if c.dep_ == "dobj")]
                   if r.lemma_.lower() in ("release", "freedom") for p in _holders(s, r, "NOUN", places=True)]
    if trig.joint and len({a.code for a, _ in sources}) > 1:
        # "Britain and China signed an agreement on Hong Kong": a joint act of the two; what it
        # is about is not a third party to it
        targets = [(b, bt) for b, bt in targets if bt is not None and bt.dep_ == "pobj" and bt.head.lower_ == "with"]
    anti_only = False
    if trig.type == "PROTEST" and (against := _anti_targets(s, tok, subj_tok)) and (
            protesters := sources or _place_targets(s, tok) or (_place_targets(s, anchor) if anchor.i != tok.i else [])):
        # "anti-French demonstrations in Abidjan", "anti-American protesters in Karachi": whom the
        # protest is against is named in its "anti-" word, over the place it is held in (who
        # protests is of that place, when the text names no one else)
        sources, targets = protesters, against
    elif trig.type == "PROTEST" and not targets and (against := _anti_targets(s, tok, subj_tok)):
        # "after days of anti-British demonstrations": whom it is against, by protesters no one
        # names (and who are not of the country they protest against)
        targets, anti_only = against, True
    if not targets and trig.type == "PROTEST":
        # "demonstrated outside the Danish embassy in Islamabad", "rallied at the US consulate": a
        # protest held at a foreign state's post is against that state, not the host
        own = {a.country for a, _ in sources}
        targets = [p for c in tok.children if c.dep_ == "prep" for post in c.children
                   if post.dep_ == "pobj" and post.lemma_.lower() in FOREIGN_POSTS
                   for p in s.actors(post) if p[0].country and p[0].country not in own]
    if not targets and sources:
        # "Pakistan said Indian troops had fired on its border posts", "Iran accused Iraq of
        # shelling its towns": the teller is who was struck (over the place named: "its positions
        # in Lebanon")
        targets = _teller_targets(s, tok, trig, sources)
    if trig.type == "ACCUSE" and trig.pos == "VERB" and len(sources) == 1 and sources[0][0].country:
        # "accused senior ministers of looting state funds": the accused named by a role alone is
        # of the accuser's country, over a place or party the charge names (roles.home_accused)
        targets = home_accused(s, tok, sources[0][0], targets)
    placed = False
    # no place for a target where the venue of talks is between sides the subject names, one of
    # them uncoded ("the Sudanese government and southern rebels began talks in Nairobi")
    unplaced = trig.joint and subj_tok is not None and subj_tok.dep_ in ("nsubj", "nsubjpass") and bool(
        subj_tok.conjuncts)
    if trig.type == "REQUEST" and trig.pos == "NOUN" and (asked := _asked_clause(tok)) is not None and not asked[1]:
        # "repeated his call on Monday to lift sanctions against Iran": a call that names no one
        # asked has no target (not whom or where the act asked for is); one the noun names
        # otherwise stays ("its call to the United States to withdraw")
        inside = {t.i for t in asked[0].subtree}
        targets, unplaced = [(b, bt) for b, bt in targets if bt is None or bt.i not in inside], True
    unplaced = (unplaced or (trig.joint and len(sources) > 1) or _acted_on_request(tok, trig)
                or _met_someone_unnamed(s, tok, trig))
    # "twelve foreign nationals are held in the UK", "police arrested three foreigners": people
    # the text calls foreign are no people of the place, nor of the acting state's own country
    aliens = not targets and _foreign_patient(tok, subj_tok)
    unplaced = unplaced or aliens
    if not targets and not unplaced and not (trig.pos == "NOUN" and tok.lemma_.lower() in PUBLIC_OUTCRIES):
        # (not the place that names the source: "was rejected in Damascus"; nor where criticism
        # is heard: "an outcry in Germany over the plan")
        source_at = {at.i for _, at in sources if at is not None}
        targets = [(b, bt) for b, bt in _place_targets(s, tok) if bt is None or bt.i not in source_at]
        if (not targets and anchor.i != tok.i and tok.dep_ in ("dobj", "pobj") and anchor.lemma_.lower() not in RECEIVING_VERBS
                and anchor.lemma_.lower() not in JUDGING_VERBS):  # (not where a raid is condemned)
            targets = _place_targets(s, anchor)  # "launched strikes in Syria", "recaptured a town in Iraq after fighting"
        if complaint or trig.type == "REQUEST" and trig.pos == "NOUN" and sources:
            # "pleas from the Canadian government", "a protest from the Chinese foreign ministry":
            # where the asker or the complainer is from is not whom it addresses
            targets = [(b, bt) for b, bt in targets if b.country not in {a.country for a, _ in sources}]
        placed = bool(targets)
    if (not targets and sources and trig.type == "CONSULT" and s.dateline and _here(tok, anchor)
            and s.dateline not in {a.country for a, _ in sources}
            and (trig.mode == "visit" or not all(a.code.startswith("IGO") for a, _ in sources))):
        # "ROME, March 3 - The French foreign minister began a visit here": the host is where the
        # report is filed from (its dateline), when that is not the visitor's own country (nor the
        # venue of a body's own meeting: "an FAO meeting here"; a body's team arriving or visiting
        # here does visit the host: "IMF experts will arrive here next week")
        targets, placed = [(Actor(s.dateline, s.dateline, None, None, None), None)], True
    if placed and trig.type == "CONSULT" and sources and all(a.code.startswith("IGO") for a, _ in sources) and (
            subj_tok is not None and subj_tok.tag_ == "NNS"):
        # "EU ministers will meet in Luxembourg", "NATO envoys met in Brussels": where a body's
        # members meet is its venue, not a party to the meeting (an envoy's trip is a visit)
        targets, placed = [], False
    if placed and not sources and trig.type == "COOPERATE" and tok.lemma_.lower() in MARKET_VERBS:
        return []  # "the drug maker sells its inhaler in Brazil": a firm's market, no partner
    if trig.type == "COOPERATE" and sources and all(_firm(s, t, a) for a, t in sources) and targets and (
            placed or all(b.sector is None and t is not None and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS
                          for b, t in targets)):
        return []  # "Japan's Toyota invested in Thailand": a firm's market, no partner
    if trig.pos == "VERB" and trig.type == "AID" and tok.lemma_.lower() in CONVEYING_VERBS and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in STATEMENT_NOUNS or any(
                t.type in VERBAL_TYPES for t in onto.nouns.get(c.lemma_.lower(), ()))) for c in tok.children):
        return []  # "delivered a warning to the envoy": the warning is the act, nothing given
    if trig.cameo == "043" and any(
            o.lemma_.lower() in BROADCASTS or any(c.dep_ == "compound" and c.lemma_.lower() in BROADCASTS for c in o.children)
            for o in [*(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")),
                      *([tok.head] if tok.dep_ == "acl" else [])]):
        return []  # "hosted a quiz show", "the town hall, hosted by a news anchor": a broadcast, no visit
    if trig.pos == "VERB" and trig.type in ("SANCTION", "RETREAT", "REJECT") and _market_object(s, tok):
        return []  # "suspended trading in its shares", "withdrew its listing in New York": a market's act
    if placed and not sources and tok.lemma_.lower() in APPROVING_VERBS and _thing_subject(s, tok):
        return []  # "the vaccine was approved in Switzerland": where it was approved is no party
    if not sources and trig.type == "AGREE" and trig.pos == "VERB" and tok.lemma_.lower() == "offer" and any(
            (c.dep_ in ("nsubjpass", "dobj") or c.i == tok.head.i) and (
                c.lemma_.lower() in SECURITIES or c.tag_ == "CD" or c.lower_ in ("mln", "million", "bln", "billion"))
            for c in (*tok.children, *([tok.head] if tok.dep_ == "acl" else []))):
        return []  # "the shares being offered in Canada": an issue of paper, no one offered anything
    if (not targets and trig.type == "COOPERATE" and trig.pos == "VERB" and tok.lemma_.lower() in TRADE_VERBS
            and _trade_figure(s, tok)):
        return []  # "Thailand exported 5,000 tonnes of tin": a trade figure, no partner
    if trig.pos == "NOUN" and trig.type in ("AID", "COOPERATE") and _flow_statistic(s, tok):
        return []  # "coffee shipments to the US fell to 80,000 tonnes": a statistic, no act
    sources, targets = _dedupe(sources), _dedupe(targets)
    if not sources and not targets and trig.type == "COERCE" and trig.pos == "NOUN" and _generic_measure(tok):
        return []  # "detention without trial", "powers of house arrest", "a cardiac arrest": no one's act
    if _business_only(s, trig, sources, targets, subj_tok):
        return []
    if trig.cameo == "042" and trig.pos == "VERB" and sources and _home_trip(s, tok, sources, targets):
        return []  # "the prime minister will tour marginal seats", "the president travelled to Texas"
    if trig.cameo == "042" and trig.pos == "VERB" and _troupe_trip(s, tok):
        return []  # "the Russian ballet toured China", "India's cricket team will visit Pakistan"
    # "Turkey offered its ships to the Ukrainian navy": the source's own ("its ships") is what
    # is offered, not a target, when someone else is one
    own = {a.country for a, _ in sources if a.country}
    # "Putin praised the growing ties between the two nations": the source is one of the parties
    # "between" names, and acts on the other
    paired = [(b, bt) for b, bt in targets if b.country in own and b.sector is None and _between_party(bt)]
    if paired and len(paired) < len(targets):
        targets = [p for p in targets if p not in paired]
    # (and a state's forces named by its country's name: "withdraw Ethiopian troops from
    # Somalia"; not rebels' captives: "rebels freed 12 army soldiers"; and bare forces read as
    # the source's: "Senegal sent troops to Gambia")
    state = bool(sources) and all((a.sector or "GOV")[:3] in STATE_ORGANS for a, _ in sources)
    # (a body's own too: "NATO pulled its troops out of Bosnia", "the African Union would pull out
    # its peacekeepers from Darfur": its forces or envoys carry its code with a sector added)
    bodies = {a.code for a, _ in sources if not a.country and a.code[:3] in ("IGO", "NGO")}
    mine = [(b, bt) for b, bt in targets if (b.country in own or not b.country and any(
                b.code != c and b.code.startswith(c) for c in bodies)) and bt is not None
            and (any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in bt.children) or _bare_own_forces(b, bt)
                 or state and trig.type in OWN_FORCE_TYPES and bt.lemma_.lower() in FORCE_NOUNS)]
    if mine and len(mine) < len(targets):
        targets = [p for p in targets if p not in mine]
    elif mine:
        # "recalled its ambassador to Venezuela": where the source's own thing is posted or goes
        where = [p for _, bt in mine for pobj in s.prep_objects(bt, OWN_THING_PREPS) for p in s.actors(pobj)
                 if p[0].country not in own]
        # "pulled its troops out of Kabul", "withdrew its forces from Syria": where the verb moves them
        where = where or [p for p in _as_place([q for pobj in _out_of(s, tok) for q in s.actors(pobj)])
                          if p[0].country not in own]
        # "closed its airspace to Russian planes", "opened its ports for ships from Qatar": whom
        # the act on one's own thing is for or against
        where = where or [p for pobj in s.prep_objects(tok, BENEFICIARY_PREPS) for p in s.actors(pobj)
                          if p[0].country not in own]
        # "put its navy on alert in response to Iraq's threats": whose deed moving them answers
        where = where or [p for p in _answered_deed(s, tok, sources) if p[0].country not in own]
        if trig.type == "MOBILIZE":
            # "put its forces on alert along the border with Pakistan": one's own forces readied
            # are aimed at the other side of the border, or the foreign place they are sent to
            where = where or [p for p in _place_targets(s, tok) if p[0].country not in own]
            # "put its forces on alert, accusing Turkey of landing commandos": whom the act's own
            # participle accuses or warns is the side they are readied against
            where = where or [p for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                              and c.lemma_.lower() in ACCUSING_HEADS | {"warn"}
                              for o in c.children if o.dep_ == "dobj" for p in s.actors(o) if p[0].country not in own]
        if where:
            targets = where
        elif trig.type in OWN_THING_TYPES:
            # "Britain closed its embassy", "Israel withdrew its troops": one's own envoys, forces
            # or posts moved are no one acted on (forces readied keep their state as the target,
            # as coders of MOBILIZE do: "Serbia put its army on high alert" is SRB -> SRB)
            targets = []
    at_home = own or {b.country for b, _ in targets if b.country}
    if trig.type == "PROTEST" and trig.pos == "VERB" and at_home and all(b.country in at_home for b, _ in targets):
        # "lawyers gathered outside the high court, chanting slogans against Denmark": whom the
        # protest's own participle is against, over the place at home it is held at
        against = [p for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                   for h in (c, *(o for o in c.children if o.dep_ == "dobj"))
                   for pobj in s.prep_objects(h, frozenset({"against"})) for p in s.actors(pobj)
                   if p[0].country and p[0].country not in at_home]
        targets = against or targets
    if (not sources and targets and trig.type == "PROTEST" and subj_tok is not None
            and (subj_tok.dep_ == "nsubj" or tok.dep_ == "acl" and subj_tok.i == tok.head.i)
            and (here := _scene(s, tok) or s.dateline) and any(b.country != here for b, _ in targets)
            and (sector := _agent_sector(s, _reporter_token(subj_tok) or subj_tok, DOMESTIC_SECTORS))):
        # "farmers protested in Warsaw against Ukrainian grain imports", "LA PAZ - ... miners
        # blocking the German president's motorcade": protesters named by their role alone are of
        # the place they protest in (or the story is filed from), not of the foreign thing they
        # protest against
        sources = [(_role_actor(here, sector, subj_tok), subj_tok)]
    if not sources and targets and not placed and trig.type not in FOREIGN_PRONE_TYPES and subj_tok is not None \
            and subj_tok.dep_ != "nsubjpass" and not anti_only:
        # "the opposition party will boycott Algeria's elections", "a judge opened an inquiry into
        # Chilean officials", "rebels pressed their demand that the Burundian government ...": a
        # domestic role the text gives no country acts on its own state's organs and affairs (not
        # on people counted out: "rebels released two Italian hostages")
        role_tok = _reporter_token(subj_tok) or subj_tok
        sector = _agent_sector(s, role_tok, DOMESTIC_SECTORS | {"JUD"}, titled=True)
        countries = {b.country for b, _ in targets}
        # (not a foreign state's post: "farmers blocking the road to the French embassy" are
        # no Frenchmen)
        if sector and len(countries) == 1 and None not in countries and not any(
                bt is not None and bt.lemma_.lower() in FOREIGN_POSTS for _, bt in targets) and all(
                (b.sector and b.sector[:3] in STATE_ORGANS) or (bt is not None and bt.i not in s.mention_at and not any(
                    c.dep_ == "nummod" for c in bt.children))
                for b, bt in targets):
            c = countries.pop()
            sources = [(_role_actor(c, sector, role_tok), role_tok)]
    if (not sources and (targets or privates or aliens) and subj_tok is not None and subj_tok.dep_ == "nsubjpass"
            and (trig.mode in STATE_LEGAL_MODES or trig.cameo in STATE_LEGAL_CAMEOS)):
        # "a British tourist was arrested in Dubai", "two journalists were put under investigation
        # in Italy": an arrest, charge or inquiry no one is named for is the act of the state
        # where it happened
        c = _scene(s, anchor, skip=frozenset({"nsubjpass"}))
        c = c or next((b.country for b, _ in privates), None)  # "a man was arrested" (actors/local.py)
        if c:
            sources, targets = [(Actor(c, c, None, None, None), None)], targets or privates
    if (not sources and (targets or aliens) and trig.pos == "NOUN" and trig.mode in ("arrest", "deport", "expel")
            and (c := (_held_in(s, tok, targets or [(None, p) for p in s.prep_objects(tok, frozenset({"of"}))])
                       if trig.mode == "arrest" else _left_from(s, tok)))):
        # "the arrest of two Britons in Iran", "the deportation of Haitians from the Dominican
        # Republic": an arrest or deportation named as a thing, with no one named who made it, is
        # the act of the state where it happened (or that the people are sent out of)
        sources = [(Actor(c, c, None, None, None), None)]
        if trig.mode != "arrest":  # (the place sent out of is who sends, not one more sent out)
            targets = [p for p in targets if p[0].country != c] or targets
    if (not sources and targets and trig.mode == "convict"
            and len(countries := {a.country for a, _ in targets}) == 1 and (c := countries.pop())
            and all(m.actor.country in (c, None) for ms in s.mention_at.values() for m in ms)):
        # "the former minister was convicted of fraud", "his conviction for murder": only a court
        # convicts or sentences, and where none is named or placed it is the court of the convicted
        # (when the sentence names no other country: "an Israeli held in Egypt, convicted of spying")
        sources = [(Actor(c + "JUD", c, "JUD", None, None), None)]
    if (not sources and not targets and trig.mode == "convict" and trig.cameo == "116" and s.story
            and _convicted_named(s, tok, trig) and not _igo_named(s)
            and all(m.actor.country in (s.story, None) for ms in s.mention_at.values() for m in ms)):
        # "his brother had been convicted", "Khan and Malik's convictions": a conviction told with
        # no court, no place and no country named is by the judiciary of the story's state, of
        # one of its people
        sources = [(Actor(s.story + "JUD", s.story, "JUD", None, None), None)]
        targets = [(Actor(s.story, s.story, None, None, None), None)]
    if (not sources and trig.type == "REJECT" and trig.pos == "VERB" and subj_tok is not None
            and subj_tok.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in COURT_CASES
                                                 for c in tok.children)
            and (c := _scene(s, anchor) or s.story) and not _igo_named(s)
            and _agent_sector(s, subj_tok, frozenset({"JUD"}), titled=True)):
        # "the appeal judges threw out the two cases": judges named by no country are the
        # judiciary of the place, else of the story's state, and those who appealed are its people
        sources = [(_role_actor(c, "JUD", subj_tok), subj_tok)]
        targets = targets or [(Actor(c, c, None, None, None), None)]
    if (not targets and trig.cameo == "115" and not _igo_named(s) and any(
            p.lemma_.lower() in RULINGS and any(c.dep_ in ("compound", "poss") and c.lower_ == "court" for c in p.subtree)
            for p in s.prep_objects(tok, frozenset({"against"}))) and (c := _scene(s, anchor) or s.story)):
        # "the union appealed against the Supreme Court's ruling": a court of no country named is one of
        # the place's, else of the story's state
        targets = [(Actor(c + "JUD", c, "JUD", None, None), None)]
    if (not sources and subj_tok is not None and subj_tok.dep_ == "nsubj"
            and (trig.mode in STATE_LEGAL_MODES or trig.cameo in STATE_LEGAL_CAMEOS
                 # (and a measure imposed or eased at home: "the government lifted the curfew in
                 # Kinshasa", "the army imposed a curfew in Dili")
                 or trig.type in ("COERCE", "CONCEDE") or trig.mode == "release")):
        # "police detained dozens of protesters in Minsk": a state's role named without a country
        # is that role of the place where it acts
        role = _agent_sector(s, subj_tok, frozenset({"COP", "JUD", "MIL", "GOV", "SPY"}), titled=True)
        c = _scene(s, anchor) if role else None
        if role and not c and placed and len(targets) == 1:
            # (or the place found for the act itself: "in the Spanish Basque country")
            c = targets[0][0].country
        if c:
            sources = [(_role_actor(c, role, subj_tok), subj_tok)]
    if (not sources and subj_tok is not None and subj_tok.dep_ == "pobj" and subj_tok.head.dep_ == "agent"
            and (trig.mode in STATE_LEGAL_MODES or trig.cameo in STATE_LEGAL_CAMEOS or trig.type in ("COERCE", "CONCEDE"))
            and not s.actor_list(by := subj_tok)):
        # "dozens were arrested by police in the Gabonese capital": so with the role named by "by"
        # (or of the country the home group they act on has from elsewhere in the sentence:
        # "opposition supporters were arrested by police in the Gabonese capital Libreville"; not
        # from its own nationality word: "two British tourists were arrested by police")
        role = _agent_sector(s, by, frozenset({"COP", "JUD", "MIL", "GOV", "SPY"}), titled=True)
        home = {b.country for b, bt in targets if (b.sector or "")[:3] in DOMESTIC_SECTORS and bt is not None
                and not any(t.ent_type_ in ("NORP", "GPE") for t in bt.subtree)}
        c = (_scene(s, anchor) or (next(iter(home)) if len(home) == 1 else None)) if role else None
        if c:
            sources = [(_role_actor(c, role, by), by)]
    if (not sources and trig.pos == "VERB" and subj_tok is not None and subj_tok.dep_ == "nsubjpass"
            and s.agent(tok) is None and onto.types[trig.type].quad_class <= 2 and _will_be(tok)
            and (teller := _teller(s, tok)) is not None):
        # "the government says unions will be consulted", "Israel said the prisoners would be
        # freed": a helpful act to come, told with no doer by a state or body, is its own promise
        sources = [(a, teller) for a, _ in s.actors(teller)]
        targets = [(b, bt) for b, bt in targets if all(b.code != a.code for a, _ in sources)]
        home = {a.country for a, _ in sources}
        if not targets and len(home) == 1 and None not in home and (
                sector := _agent_sector(s, subj_tok, DOMESTIC_SECTORS)) is not None:
            # ("unions will be consulted": a domestic group named by no country is the teller's own)
            targets = [(_role_actor(home.pop(), sector, subj_tok), subj_tok)]
    if not sources and subj_tok is not None and subj_tok.dep_ == "nsubj" and not any(
            c.dep_ == "auxpass" for c in anchor.children) and (
            teller := _teller(s, tok if tok.pos_ == "VERB" else anchor)) is not None:
        # "Israel's defence minister said the army would retaliate", "Seoul said police had
        # detained the men": a state's force or organ named by no country, in what an organ of one
        # state tells, is that state's (not the subject of a passive the parser took from the verb
        # before: "said the bomber had entered its airspace and had been warned")
        role = _agent_sector(s, subj_tok, STATE_FORCE_SECTORS)
        told = {a.country for a, _ in s.actors(teller) if a.country and (a.sector or "")[:3] in STATE_ORGANS | {""}}
        if role and len(told) == 1:
            sources = [(_role_actor(told.pop(), role, subj_tok), subj_tok)]
            targets = [(b, bt) for b, bt in targets if b.code != sources[0][0].code]
    if not sources and trig.type == "PROTEST" and anchor.lemma_.lower() not in RECEIVING_VERBS:
        # "thousands rallied in London against the war", "demonstrators protesting the results in
        # Nairobi": protesters no one names are of the place they protest in
        c = _scene(s, tok) or (targets[0][0].country if placed and len(targets) == 1 else None)
        named = {m.actor.country or m.actor.code[:3] for ms in s.mention_at.values() for m in ms}
        if c is None and s.dateline and not (named - {s.dateline}) and (
                subj_tok is not None and subj_tok.pos_ in ("NOUN", "PROPN") and subj_tok.dep_ != "nsubjpass"
                or trig.pos == "NOUN" and _clause_argument(tok) and tok.dep_ != "nsubj"):
            # "LAGOS, March 3 - Teachers went on strike over pay", "... called a general strike": the
            # protesters named by no country are of the place the report is filed from, its
            # people (or its workers, on strike) protesting at home; not where the sentence names
            # another country or a body ("halting output at Nigeria's fields", "camps run by the UN")
            c = s.dateline
            sector = "LAB" if trig.mode == "strike" else "CVL"
            sources = [(Actor(c + sector, c, sector, None, None), None)]
        elif c:
            sources = [(Actor(c, c, None, None, None), None)]
    if not targets and len(sources) == 1 and sources[0][0].country:
        # "Pakistani troops killed six militants", "the junta freed the opposition leader": a
        # non-state group named by its role alone is of the acting country
        objs = _object_tokens(tok, passive=s.subject(tok)[1] if trig.pos == "VERB" else False)
        # (but backing, arming or training rebels is mostly another country's: "accused Rwanda of
        # backing rebels")
        own_side = [o for o in objs if not _trigger_word(o, tok, trig)] if trig.type not in HELPING_TYPES else []
        # "signed a peace accord with Maoist rebels", "clashed with militants", "rejected demands by
        # the rebels" (not "sent arms to the rebels", often another country's)
        # (and under what the act is agreed or committed to: "agreed to a ceasefire with the rebels")
        objs = own_side + [p for h in [tok, *objs, *s.prep_objects(tok, frozenset({"to"}))]
                           for p in s.prep_objects(h, frozenset({"with", "against"}))]
        if trig.type in ("THREATEN", "AGREE", "REJECT") and trig.pos == "VERB":
            # "threatened to jail opposition leaders", "refused to free the students": those the act
            # threatened, promised or refused would fall on
            # (unarmed home groups only: "threatened to punish the rebels" does not say whose rebels)
            objs += [o for x in tok.children if x.dep_ == "xcomp" for o in _object_tokens(x, passive=False)
                     if _agent_sector(s, o, DOMESTIC_SECTORS - NONSTATE_ARMED)]
        if not trig.thing_object:
            objs += [p for h in objs if h.dep_ in OBJECT_DEPS for p in s.prep_objects(h, AUTHOR_PREPS)]
        if trig.type in ANSWERING_TYPES:
            # "rejected opposition demands", "welcomed rebel proposals": whose words are answered,
            # named by their role before the noun
            objs += [c for h in objs if h.dep_ in OBJECT_DEPS and h.lemma_.lower() in SAID_THINGS
                     for c in h.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
        # "pensioners were promised cheaper fuel by the Greens": people a
        # state's party or government promises or gives to, named by their role alone, are its own
        roles = ROLE_ONLY_TARGETS | ({"CVL"} if trig.type in BENEFIT_TYPES and (sources[0][0].sector or "")[:3]
                                     in {"GOV", "PTY", "OPP"} else set())
        if trig.type == "REQUEST" and (sources[0][0].sector or "")[:3] in STATE_ORGANS and not any(
                m.actor is not None and m.actor.country and m.actor.country != sources[0][0].country
                for ms in s.mention_at.values() for m in ms):
            # "demanded that students end their protests", "asked farmers to call off their
            # march": the people a state's organ asks, named by their role alone, are its own
            # (where the sentence names no other country: "Washington demanded that rebels end
            # their offensive" does not say whose rebels)
            roles = roles | DOMESTIC_SECTORS
            objs += [c for cl in tok.children if cl.dep_ == "ccomp" for c in cl.children if c.dep_ == "nsubj"]
        if trig.type == "THREATEN" and (sources[0][0].sector or "")[:3] in STATE_ORGANS and not any(
                m.actor is not None and m.actor.country and m.actor.country != sources[0][0].country
                for ms in s.mention_at.values() for m in ms):
            # "the governor warned that he would impose a curfew if students kept rioting": those a
            # state's organ threatens in its condition, named by their role alone, are its own
            # (as with a demand, only where the sentence names no other country)
            roles = roles | DOMESTIC_SECTORS
            objs += [c for subj in condition_subjects(s, tok, trig) for c in (subj, *subj.conjuncts)]
        # "rebels released 30 government soldiers", "guerrillas ambushed an army patrol": the
        # state's forces an armed group fights, named by their role, are its own country's
        state_roles = STATE_FORCE_SECTORS if (sources[0][0].sector or "")[:3] in NONSTATE_ARMED else frozenset()
        for obj in objs:
            sector = _agent_sector(s, obj, roles)
            if not sector and state_roles and any(t.lower_ in STATE_WORDS for t in obj.subtree if t.i <= obj.i):
                sector = _agent_sector(s, obj, state_roles)
            if (not sector and trig.type in ("ASSAULT", "COERCE") and obj.dep_ in OBJECT_DEPS
                    and (sources[0][0].sector or "")[:3] in STATE_FORCE_SECTORS
                    and s.story in (None, sources[0][0].country)):
                # "Burmese troops overran a Karen rebel base": the held places of the state's own
                # armed groups (roles.home_held_place; not in a story of another state's land)
                sector = home_held_place(s, obj, subj_tok)
            if sector:
                c = sources[0][0].country
                targets = [(_role_actor(c, sector, obj), obj)]
                break
        if not targets and trig.type == "ASSAULT" and (sources[0][0].sector or "")[:3] in STATE_FORCE_SECTORS:
            # "troops opened fire on a Maoist demonstration": a protest gathering a state's forces
            # strike, in a sentence naming no other country, is of their own people
            c = sources[0][0].country
            hit = [g for h in [tok, *_object_tokens(tok, passive=False)]
                   for g in [h, *s.prep_objects(h, frozenset({"on", "at"}))]
                   if g.i != tok.i and g.lemma_.lower() in PROTEST_GATHERINGS and not s.actor_list(g)]
            if hit and all(m.actor is None or m.actor.country in (None, c) for ms in s.mention_at.values() for m in ms):
                sector = next((sec for m in hit[0].children if m.dep_ in ("compound", "amod")
                               and (sec := _agent_sector(s, m, DOMESTIC_SECTORS))), None)
                targets = [(_role_actor(c, sector, hit[0]), hit[0])]
    if (not sources and len(targets) == 1 and (home := targets[0][0].country) and subj_tok is not None
            and subj_tok.dep_ == "nsubj" and any(t.lower_ in STATE_WORDS for t in subj_tok.subtree if t.i < subj_tok.i)
            and (placed or (targets[0][0].sector or "")[:3] in NONSTATE_ARMED | {"SEP"})
            and (sector := _agent_sector(s, subj_tok, STATE_FORCE_SECTORS))):
        # "government troops clashed with rebels outside the Liberian capital", "government
        # forces recaptured the town of Gulu": a force named as the government's, by no country,
        # is of the country whose rebels or land it fights (not bare "troops": often foreign)
        sources = [(_role_actor(home, sector, subj_tok), subj_tok)]
    city = _owned_thing_city(s, targets[0][1]) if len(targets) == 1 else None
    if len(targets) == 1 and (placed or city or _place_named_thing(s, *targets[0])) and not sources and (
            subj_tok is not None and subj_tok.dep_ != "nsubjpass"):
        # "Rebels attacked a police station in northern Mali": the group is of the place (and so
        # where the place names the thing: "police raided the Moscow offices of a newspaper"); so
        # are police, who act at home
        sector = _agent_sector(s, subj_tok, PLACED_DOERS)
        c = city or targets[0][0].country
        if sector and c:
            sources = [(_role_actor(c, sector, subj_tok), subj_tok)]
    if not sources and trig.pos == "VERB" and (head := _subject_sharer(s, tok)) is not None and (
            htrig := _trigger_match(head, onto.verbs.get(head.lemma_.lower(), ()), s)) is not None and (
            not htrig.receiver_subject):
        # "Kurdish rebels attacked a village in Turkey and killed 12 people", "students marched in
        # Jakarta, demanding his resignation": a verb that shares its subject with the verb before
        # it has the doer found for that verb (by its place, say), when its own roles name none
        # (not its target: "fired at the posts, killing three soldiers" does not say whose; nor the
        # giver of a verb whose subject receives: "received arms from Iran and attacked")
        if head.i not in s.doers:
            s.doers[head.i] = _dedupe([(e.source, None) for e in _events_for(s, head, htrig, onto) if e.source is not None])
        sources = s.doers[head.i]
    if trig.cameo == "082" and tok.lemma_.lower() == "cancel" and (
            any((a.sector or "")[:3] in STATE_ORGANS for a, _ in sources)
            or subj_tok is not None and subj_tok.lemma_.lower() in AUTHORITY_WORDS
            or any(c.dep_ == "compound" and c.lemma_.lower() in CAMPAIGN_WORDS
                   for o in tok.children if o.dep_ == "dobj" for c in o.children)):
        # "the authorities cancelled the march" is a ban, no dissent eased; "cancelled a campaign
        # rally" is a candidate's plan changed
        return []
    if not targets and len(sources) == 1:
        a, at = sources[0]
        # with no other party named, a protest, an arrest or a curfew, or a concession ("lifted
        # the curfew") is coded as done at home, to the source's own country, as CAMEO-style coders
        # do (plover.csv, self_directed); so is a conflictual act of a domestic group ("rebels
        # rejected the offer"). Attacks, sanctions and withdrawals (often across a border), verbal
        # and cooperative acts keep an empty target. So are an inquiry by police, prosecutors or
        # parliament, and a domestic group's disarming or truce (words.py). The implied target's
        # entity says so.
        kind = onto.types[trig.type]
        sector = (a.sector or "")[:3]
        domestic = (kind.self_directed
                    or sector in DOMESTIC_SECTORS and kind.quad_class >= 3 and trig.type not in FOREIGN_PRONE_TYPES
                    or trig.mode == "investigate" and sector in HOME_INVESTIGATORS
                    or trig.mode in GROUP_HOME_MODES and sector in DOMESTIC_SECTORS)
        # (police who strike civilians no one names otherwise strike their own country's people:
        # "Egyptian police tortured detainees"; an army's or an armed group's attacks are often
        # across a border: "Hamas militants killed two civilians" are not Palestinians)
        domestic = domestic or (trig.type == "ASSAULT" and sector == "COP" and _civilians_hit(s, tok))
        # (a court sentences its own country's people, when the sentence names no other country:
        # "Iran's judiciary sentenced a reformist academic to death")
        domestic = domestic or (trig.mode == "convict" and sector == "JUD" and trig.pos == "VERB"
                                and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
                                and all(m.actor is None or m.actor.country in (None, a.country)
                                        for ms in s.mention_at.values() for m in ms))
        # (a ship or aircraft a state's navy or government seizes is often another's; police act at home)
        if a.country and domestic and not aliens and not (_craft_seized(s, tok, trig) and (a.sector or "")[:3] != "COP"):
            targets = [(Actor(a.country, a.country, None, "own country (implied)", None), None)]
    if (not sources and subj_tok is not None and onto.types[trig.type].actorless and (
            subj_tok.lemma_.lower() in onto.non_agents
            or any(c.dep_ == "compound" and c.lemma_.lower() in onto.non_agents for c in subj_tok.children))):
        return []  # "an earthquake killed 12 people in eastern Turkey", "heart attacks kill thousands"
    if (sources and subj_tok is not None and onto.types[trig.type].actorless and subj_tok.lemma_.lower() in onto.non_agents
            and all(t is not None and (t.i == subj_tok.i or t.head.i == subj_tok.i and t.dep_ in ("poss", "compound", "amod"))
                    for _, t in sources)):
        return []  # "Canada's wildfires forced thousands to flee": the country is where, not who
    if not targets and trig.type == "ASSAULT" and trig.pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
            and tok.head.head.lemma_.lower() in VICTIM_VERBS:
        # "two Indian soldiers died in a Pakistani attack": those who died are whom it struck
        targets = [p for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") for p in s.actors(c)]
    if not sources and trig.type == "ASSAULT" and trig.pos == "VERB":
        # "three policemen were killed in a Taliban ambush", "wounded in a Hamas rocket attack":
        # who made the attack the victims fell in
        sources = [(a, t) for att in s.prep_objects(tok, frozenset({"in"})) if att.lemma_.lower() in ATTACK_NOUNS
                   for t in att.children if t.dep_ in ("compound", "amod", "poss")
                   for a, _ in s.actors(t, modifiers=False)]
    if not sources and trig.type in UNNAMED_ATTACKER_TYPES and onto.types[trig.type].actorless:
        # "Two soldiers were killed by a roadside bomb outside Kunduz": attackers no one
        # names are coded as armed men of the place (UAF), as ICEWS codes "unidentified gunmen
        # (Iraq)"; the entity says they are unidentified
        where = _scene(s, tok)
        # not when the means are a state's (an airstrike, shelling, a warplane): those attackers are
        # another state's forces more often than the place's own armed men
        # (a suicide bomber is a person, not an aircraft)
        heavy = any(t.lemma_.lower() in STATE_WEAPONS and not any(c.lower_ == "suicide" for c in t.children)
                    or (t.lemma_.lower() in ("strike", "raid") and any(c.lower_ == "air" for c in t.children))
                    for t in s.sent)
        # (nor when the act is only judged: "said the bombing in Baghdad was barbaric" names no attacker)
        if where is not None and not heavy and not (subj_tok is not None and subj_tok.lemma_.lower() in onto.non_agents) \
                and not (trig.pos == "NOUN" and judged(tok)):
            # a role the text does name ("police fired tear gas") is that role of the place
            # (a suicide bomber is no air force's bomber: unidentified, not the place's military)
            role = _agent_sector(s, subj_tok, frozenset({"COP", "MIL", "GOV", "SPY"}) | NONSTATE_ARMED) \
                if subj_tok is not None and subj_tok.dep_ == "nsubj" and not _suicide_attacker(subj_tok) else None
            sources = [(_role_actor(where, role, subj_tok), subj_tok) if role else
                       (Actor(where + "UAF", where, "UAF", "unidentified attackers", None), None)]
            if not targets:
                targets = [(Actor(where, where, None, None, None), None)]
    if trig.mode == "visit" and not targets and sources and all(a is not None and (a.sector or "")[:3] in LOCAL_SECTORS
                                                                for a, _ in sources):
        return []  # "police arrived", "residents came": help coming to a scene, no visit of a state (local.py)
    if (not sources and not targets and trig.type == "PROTEST" and trig.pos == "NOUN" and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in ERUPTING_VERBS and (where := _scene(s, tok.head)) is not None
            and not any(c.dep_ == "compound" and c.lemma_.lower() in UNPOLITICAL_CROWDS for c in tok.children)):
        # "fuel riots broke out in Nigeria", "protests erupted in Bishkek": protesters no one names
        # are the place's people, against their own government (as "Egyptians rioted" is coded;
        # not fans' or inmates' riots: "football riots broke out in Glasgow")
        sources = [(Actor(where, where, None, "protesters (implied)", None), tok)]
        targets = [(Actor(where, where, None, "own country (implied)", None), None)]
    if not sources and not targets:
        # "Warplanes pounded the village": kept without actors when the type allows it
        # (plover.csv, column actorless) and the trigger is a clause's verb or its argument
        if not (onto.types[trig.type].actorless and (trig.pos == "VERB" or _clause_argument(tok))):
            return []
        if subj_tok is not None and subj_tok.lemma_.lower() in onto.non_agents:
            return []  # "an earthquake killed eight people"
        if trig.pos == "NOUN" and trig.mode == "destroy":
            return []  # "the demolition of the old stadium", "the destruction of documents": no one's blow
        if trig.pos == "VERB" and (subj_tok is None or subj_tok.pos_ not in ("NOUN", "PROPN", "NUM")):
            return []  # "it demonstrates that ...": an actorless act needs someone named doing it
        if trig.pos == "VERB" and ((tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp"))
                                   or any(c.dep_ == "ccomp" for c in tok.children)):
            return []  # "..., demonstrating their capacity": a participle comment, not an act
        sources = [(None, None)]
    # "told reporters in Cairo that Israel must withdraw", "rejected the plan, telling journalists
    # in Vienna ...": the press a statement is told to is no party to it, though a place names it
    targets = [(b, bt) for b, bt in targets if not _told_audience(bt)]
    sources, targets, guessed = _backoff_roles(s, tok, trig, onto, sources, targets, lent)
    pairs: list[tuple[Actor | None, Actor | None]] = []
    mirrored: list[tuple[Actor, Actor]] = []
    # "India and Pakistan accused each other", "the two countries pledged to cut troops", "both
    # sides violated the truce": each side acts on the other, as in a joint act
    mutual = len(sources) > 1 and not targets and (_reciprocal(tok) or subj_tok is not None and pair_phrase(subj_tok))
    if (trig.joint or mutual) and (len(sources) > 1 and not targets or len(targets) > 1 and not sources):
        group = sources or targets  # "Iran and Russia signed"; "talks between Iran and the US"
        if trig.pos == "NOUN":
            # "Kim landed in Pyongyang for the summit between the two Koreas": the party who is
            # the subject of the clause the act is named in comes first
            group = sorted(group, key=lambda p: p[0].country not in _clause_subject_countries(s, tok))
        for a, _ in group:
            for b, _ in group:
                if a.code != b.code:
                    pairs.append((a, b))
    else:
        # "dissolved parliament at the request of the prime minister": one who acts on a request
        # is never its asker, though both are organs of one state
        asked = _acted_on_request(tok, trig)
        for a, at in sources or [(None, None)]:
            for b, bt in targets or [(None, None)]:
                # an actor acting on itself is dropped only when both roles are the same words
                # ("Iraqi Kurds ... independence from Iraq" is IRQ -> IRQ, as coders code it)
                # an organ acting on itself ("Moscow denied that it intends ...": RUSGOV -> RUSGOV)
                # is not a relationship either
                # two bodies or people that share a code are two actors ("Labour accused the
                # Conservatives": GBRPTY -> GBRPTY; "Blair backed Brown": GBRGOV -> GBRGOV)
                if a is not None and b is not None and a.code == b.code and (
                        at is bt or _same_mention(s, at, bt) or a.sector is not None and not _two_named(a, b)
                        and not _other_side(at) and not asked and not _other_than_doer(at, bt)):
                    continue
                pairs.append((a, b))
        # "Fico met with Macron", "held talks with his Sudanese counterpart", "signed a pact with
        # Chile", "rebels clashed with troops": one side named as the doer and the other as the
        # partner of a joint act are both its doers, so it is coded both ways (the doer's first)
        mirrored = [(b, a) for a, b in pairs if trig.joint and len(sources) == 1 and len(targets) == 1
                    and a is not None and b is not None and a.code != b.code and _partner(tok, targets[0][1])
                    and (b, a) not in pairs]
        pairs += mirrored
    if not pairs and sources:  # the only target found was the source itself
        pairs = [(a, None) for a, _ in sources]
    if tok.lemma_.lower() in COMMANDING_VERBS and trig.pos == "VERB":
        # "Russia ordered its troops to withdraw", "the president told the army to stand down": a
        # state's command to its own forces or organs is no request between two actors (what is
        # ordered keeps its own event, announced for the future); troops ordered somewhere are the
        # state's own build-up ("ordered troops into the border region"), with no one else named
        def own(a, b):
            return (a is not None and b is not None and a.country and a.country == b.country and b.sector
                    and b.sector[:3] in STATE_ORGANS)
        if trig.type == "MOBILIZE":
            pairs = list(dict.fromkeys((a, None) if own(a, b) else (a, b) for a, b in pairs))
        pairs = [(a, b) for a, b in pairs if not own(a, b)]
        if not pairs:
            return []
    if trig.type == "REJECT" and tok.lemma_.lower() in ("deny", "denial"):
        # "Kim denied that his country had sent shells": a deed disowned is denied to whoever
        # charged it, not to the denier's own state named as its doer
        pairs = list(dict.fromkeys((a, None) if a is not None and b is not None and a.country and a.country == b.country
                                   else (a, b) for a, b in pairs))

    events = _build_events(s, tok, anchor, subj_tok, trig, onto, pairs)
    if mirrored:
        # the partner's side of a joint act is the same act, read from the doer's, so a little
        # less sure; only one done: a meeting one side refused, missed, promised or may hold
        # ("refused to meet the Chinese premier", "said it would hold talks with Syria") is that
        # side's refusal or promise alone
        back = {(a.code, b.code) for a, b in mirrored}
        told = {(e.source.code, e.target.code): e for e in events if e.source is not None and e.target is not None}
        kept = []
        for e in events:
            if e.source is not None and e.target is not None and (e.source.code, e.target.code) in back:
                fwd = told.get((e.target.code, e.source.code))
                if fwd is None or fwd.modality != "asserted":
                    continue
                e = dataclasses.replace(e, modality=fwd.modality, confidence=round(max(fwd.confidence - 0.05, 0.05), 2))
            kept.append(e)
        events = kept
    if guessed:  # a side found by position only counts half
        events = [dataclasses.replace(e, confidence=round(max(e.confidence - 0.1, 0.05), 2)) for e in events]
    if trig.pos == "NOUN" and trig.type in LAID_DEEDS and _laid_to(s, tok):
        # "attributed the bombing to the rebels": that they did it is the attribution's claim
        events = [dataclasses.replace(e, modality="claimed") if e.modality == "asserted" else e for e in events]
    if (trig.type in ("REQUEST", "ACCUSE", "REJECT") and subj_tok is not None
            and subj_tok.lemma_.lower() in PROTESTERS):
        # "Protesters in Bangkok demanded that the prime minister step down": the demand is made
        # by a protest, which is an event of its own (PLOVER: demands made by protesting are PROTEST)
        base = onto.bare_verb("protest", type="PROTEST")
        if base is not None:
            protest = dataclasses.replace(base, pattern="protesters' " + trig.pattern)
            events += _build_events(s, tok, anchor, subj_tok, protest, onto, pairs)
    return events


# verbs of praise or blame, whose places are where the judgement is passed, not the deed judged
JUDGING_VERBS = frozenset({"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "blame", "slam",
                           "welcome", "praise", "hail", "applaud", "protest"})
# verbs of a third party arranging others' talks
HOSTING_VERBS = frozenset({"host", "broker", "sponsor", "organise", "organize", "arrange", "convene"})
# the seats a visitor is welcomed at
# (the seat of a head of state or government: "welcomed the premier to the White House")
VENUES = frozenset({"airport", "palace", "kremlin", "residence", "capital", "house", "chancellery"})
# the trips an act is done on ("on a visit to India")
TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
# nouns of words or stance, which a judgement of them answers rather than reports as a deed
JUDGED_NOT_DEEDS = frozenset({"statement", "remark", "comment", "call", "demand", "proposal", "offer", "plan",
                              "decision", "policy", "stance", "position", "criticism", "accusation", "allegation",
                              "claim", "warning", "threat", "appeal", "request", "speech", "agreement", "deal",
                              "accord", "treaty", "pact", "initiative", "move", "role", "effort", "efforts"})
# a purpose clause of protest, and the prepositions of what it protests ("to protest at the killing")
PROTESTING_VERBS = frozenset({"protest", "demonstrate", "denounce", "condemn", "oppose", "decry"})
PROTESTED_PREPS = frozenset({"against", "at", "over"})
def _named_at_place(actor: Actor, tok) -> bool:
    """The target was found as where the act was held ("the summit in Cairo"), or implied."""
    last = (actor.text or "").split()[-1:]
    return tok is None or any(w.text in last and w.dep_ == "pobj" and w.head.lower_ in PLACE_PREPS for w in tok.subtree)


def _deed_doers(s: _Sentence, deed) -> list[tuple[Actor, object]]:
    """Whose deed a protest is against: named in it ("Japan's refusal", "the Israeli raid"), or
    round 30: by its participle ("a wall built by the town council", "a law passed by parliament")."""
    return s.actors(deed) or [p for acl in deed.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                              for agent in acl.children if agent.dep_ == "agent"
                              for pobj in agent.children if pobj.dep_ == "pobj" for p in s.actors(pobj)]


def _protested_deed(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """ "marched in Seoul in protest at Japan's refusal to apologise", "began a hunger strike in
    protest against Moscow's decision": whose deed its "in protest at" names (also when the
    parser hung the "at" on the verb, right after the noun: "boycotted the talks in protest | at")."""
    out = []
    for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]:
        for pr in s.prep_objects(h, frozenset({"in"})):
            if pr.lemma_.lower() not in PROTEST_NOUNS:
                continue
            out += [p for d in s.prep_objects(pr, PROTESTED_PREPS) for p in _deed_doers(s, d)]
            # (the "at" hung on the verb: only the deed's owner or doer by name, not whom it was
            # done to: "in protest at the killing of a student" keeps the place)
            out += [p for c in h.children if c.dep_ == "prep" and c.lower_ in PROTESTED_PREPS and c.i == pr.i + 1
                    for d in c.children if d.dep_ == "pobj"
                    for who in [*(g for g in d.children if g.dep_ == "poss"), *s.by_objects(d)] for p in s.actors(who)]
    return out


# the nouns of "in protest at ...", "in anger over ..."
PROTEST_NOUNS = frozenset({"protest", "opposition", "anger", "outrage"})
# verbs of a protest's purpose that name whom it presses: "to demand higher wages from the
# government", "to press the president for reform", "to urge the council to resign"
PRESSING_VERBS = frozenset({"demand", "press", "pressure", "urge", "force", "seek"})
# of those, the ones whose object is the one pressed (not what is demanded)
PERSON_PRESSING = frozenset({"press", "pressure", "urge", "force"})


def _pressed(s: _Sentence, verb) -> list:
    """Whom a purpose clause of pressing names: the object of "press" or "urge"; the "from" of
    "demand" or "seek", on the verb or on one of its coordinated objects ("to demand better food,
    visits and access from the prison service")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in PERSON_PRESSING:
        return objs
    # (the parser may join the later objects to the verb: "demand | better food, visits")
    objs += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    things = [verb, *objs, *(c for o in objs for c in o.conjuncts)]
    return [p for t in things for p in s.prep_objects(t, frozenset({"from"}))]

# verbs that make another do something ("ordered the paper to suspend publication")
FORCING_VERBS = frozenset(COMMANDING_VERBS | {"force", "compel", "oblige"})
# the words that say a role is the state's ("government troops"; the forces' sectors are
# STATE_FORCE_SECTORS of actors/local.py)
STATE_WORDS = frozenset({"government", "army", "regime", "state", "federal", "junta"})
# verbs of a state taking property into its own hands: a firm's assets taken are a seizure, no takeover
TAKING_VERBS = frozenset({"nationalise", "nationalize", "confiscate", "expropriate"})
# people struck who are no side's fighters
CIVILIAN_NOUNS = frozenset({"civilian", "villager", "resident", "inhabitant", "passenger", "worshipper", "pilgrim",
                            "farmer", "student", "schoolchild", "child", "woman", "detainee", "prisoner", "inmate",
                            "activist", "journalist", "supporter", "protester", "demonstrator"})
# property a crowd attacks in a riot
PROPERTY_HIT = frozenset({"building", "office", "headquarters", "hall", "station", "shop", "store", "bank", "car",
                          "vehicle", "bus", "embassy", "consulate", "parliament", "ministry", "house", "home", "premise"})
# unrest nouns whose compound names the grievance, not who is unhappy ("fuel price riots")
GRIEVANCE_PROTESTS = frozenset({"riot", "protest"})
# who cancels a march to ban it, named with no country ("the authorities cancelled the march")
AUTHORITY_WORDS = frozenset({"authority", "government", "police", "official", "mayor", "municipality", "council"})
# what one sets fire to that is oneself
REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "oneself"})
# riots of crowds that are no side of politics: fans, inmates
UNPOLITICAL_CROWDS = frozenset({"football", "soccer", "fan", "hooligan", "match", "stadium", "prison", "jail"})
# sectors of unarmed civilians (protesters, unions, farmers, rights and green groups): their
# blockades and occupations are protests, not a state's or an armed group's coercion
CIVIL_DISSENT_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REL", "HRI", "AGR", "ENV", "MOD", "RAD", "DEV"})


# the codes of organisations, which the positional last resort may take as a side
GROUP_CODES = ("IGO", "NGO")
# the places of a mention before the trigger that the last resort takes as the source: a subject,
# or the owner or the nationality of one ("Iran's envoy", "Iranian officials")
BACKOFF_SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "appos", "compound", "amod"})
# forces that may be ordered to act, by their noun ("ordered the army to close the border")
ORDERED_FORCES = FORCE_WORDS | STATE_FORCE_WORDS
# a public's loud reaction, heard in a place that is not what it is against
PUBLIC_OUTCRIES = frozenset({"outcry", "uproar", "furore", "furor", "backlash", "outrage"})
# nouns of a stance that also name a body ("the opposition", "the resistance")
STANCE_BODIES = frozenset({"opposition", "resistance"})


# the roles a demand may ask to act, named by no country ("demanded that the government ...")
ASKED_ROLES = DOMESTIC_SECTORS | NONSTATE_ARMED | STATE_ORGANS


# the roles that are of the place they act in, named by no country ("rebels", "the police")
PLACED_DOERS = DOMESTIC_SECTORS | NONSTATE_ARMED | {"COP"}


def _owned_thing_city(s: _Sentence, owner) -> str | None:
    """The country of the city a thing is named by, whose owner is taken with "of" ("police
    raided the Kabul offices of the Red Cross": Kabul), the place where it was acted on."""
    if owner is None or owner.dep_ != "pobj" or owner.head.lower_ != "of":
        return None
    thing = owner.head.head
    return next((a.country for c in thing.children if c.dep_ == "compound" and c.ent_type_ == "GPE"
                 for a in s._at(c) if a.country), None)


def _place_named_thing(s: _Sentence, actor, tok) -> bool:
    """A thing acted on whose only actor is the place name before it: "the Moscow offices of a
    newspaper", "a Kabul hotel" (the place the thing is in, no one's side)."""
    return (actor is not None and actor.sector is None and tok is not None and tok.dep_ in OBJECT_DEPS
            and tok.pos_ == "NOUN" and tok.i not in s.mention_at
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in s.mention_at for c in tok.children))


def _backoff_roles(s: _Sentence, tok, trig: Trigger, onto: Ontology, sources: list, targets: list,
                   lent: set[int]) -> tuple[list, list, bool]:
    """A side the rules left empty, filled by position when the sentence names one more actor
    there. Rule-based coders of the PETRARCH family take the actor before the verb as the source
    and the one after it as the target; here that is only the last resort, for events with one
    side found:
    - a source: the nearest actor before the trigger that is the subject of the trigger's clause
      (or of a verb the trigger is the object or complement of), or names that subject's owner or
      nationality ("Iran's envoy", "Iranian officials");
    - a target: the nearest actor after the trigger inside its phrase ("promised to share
      intelligence with the United States"), not in a phrase that sets the scene ("despite pleas
      from Germany") nor a nationality of a thing ("the shooting down of a Rwandan plane").
    Not for a joint act with one side named ("signed an accord"), nor for an act kept with no
    actors. ``lent`` is the tokens of a passive's "by" that belongs to a verb above the trigger
    (_lent_agent), which is no side of it. Says whether a side was filled, which lowers the
    events' confidence."""
    if (bool(sources) == bool(targets) or (trig.joint and not targets)
            or any(a is None for a, _ in sources)):
        return sources, targets, False
    taken = {t.i for _, t in [*sources, *targets] if t is not None}
    codes = {a.country for a, _ in [*sources, *targets] if a is not None}
    full = {a.code for a, _ in [*sources, *targets] if a is not None}
    owned = {t.i for _, r in [*sources, *targets] if r is not None for t in r.subtree}
    tokens_of: dict[int, tuple[Mention, list[int]]] = {}
    for i, ms in s.mention_at.items():
        for m in ms:
            tokens_of.setdefault(id(m), (m, []))[1].append(i)
    found = []  # (actor, first token, last token, the span's root) of each actor not yet in a role
    for m, idx in tokens_of.values():
        if (taken | lent) & set(idx) or _own_side(s, m.actor, idx, codes, full, owned) or not (m.actor.country or m.actor.code[:3] in GROUP_CODES):
            continue
        found.append((m.actor, min(idx), max(idx), s.sent.doc[min(idx):max(idx) + 1].root))
    if not sources:
        before = [f for f in found if f[2] < tok.i and f[3].dep_ in BACKOFF_SOURCE_DEPS and _clause_subject(f[3], tok, onto.nouns)]
        if not before:
            return sources, targets, False
        actor, _, _, root = max(before, key=lambda f: f[2])
        return [(actor, root)], targets, True
    inside = {t.i for t in tok.subtree}
    if trig.type == "REQUEST":
        # "demanded that the government recognise Russian as an official language": the one asked
        # is the that-clause's subject, a party named by its role alone; what it is to act on is
        # no target (a thing as the subject names no one asked: "demanded that the plan include
        # new powers for parliament")
        inside -= {t.i for c in tok.children if c.dep_ == "ccomp" and any(
            g.dep_ in ("nsubj", "nsubjpass") and _agent_sector(s, g, ASKED_ROLES) is not None
            for g in c.children) for t in c.subtree}
    after = [f for f in found if f[1] > tok.i and f[3].i in inside and not _inside_setting(f[3], tok)
             and not _things_origin(s, f[3]) and not _told_audience(f[3])]
    if not after:
        claimant = _claimant_target(s, tok, trig, sources)
        return (sources, claimant, True) if claimant else (sources, targets, False)
    actor, _, _, root = min(after, key=lambda f: f[1])
    return sources, [(actor, root)], True


# deeds of force whose unnamed victim a state that reports them speaks for
CLAIMED_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def _clause_subject_countries(s: _Sentence, noun) -> set:
    """The countries of the subject of the verb a noun's phrase hangs on ("Kim landed in Pyongyang
    for the summit ..."), active only; empty when there is none."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    subj, passive = s.subject(verb)
    return set() if subj is None or passive else {a.country for a, _ in s.actors(subj) if a.country}


def _told_audience(t) -> bool:
    """The press a statement is told to ("told reporters in Cairo", "telling journalists in
    Vienna"), no party to what is said though a place or an adjective gives it a country."""
    return (t is not None and t.lemma_.lower() in AUDIENCES and t.dep_ in ("dobj", "dative")
            and t.head.lemma_.lower() in TELLING_VERBS)


def _claimant_target(s: _Sentence, tok, trig: Trigger, sources: list) -> list:
    """The state that reports a deed of force done to things no actor names is its target, when
    the doers are its own armed men of no state or it lays the deed as a charge: "Sri Lanka's
    army said Tamil rebels had attacked a naval base", "Georgia claimed that Russian helicopters
    had attacked villages" (as coders code a complaint of harm). Not its own forces' deeds
    ("Russia said its jets had bombed rebel camps"), nor a report by a body that is no state's."""
    if trig.type not in CLAIMED_HARM_TYPES or trig.pos != "VERB" or not any(
            c.dep_ == "dobj" and c.i not in s.mention_at for c in tok.children):
        return []
    verb = reporting_verb(tok)
    if verb is None or not (REPORT_HEADS | CLAIM_HEADS) & {verb.lemma_.lower()} or (who := speaker(verb)) is None:
        return []
    found = [(a, t) for a, t in s.actors(who) if a.country and a.code[:3] not in GROUP_CODES]
    if not found:
        return []
    # the teller's own rebels or gunmen ("Sri Lanka's army said Tamil rebels had attacked a naval
    # base"), or a charge laid ("Georgia claimed that Russian helicopters had attacked villages"):
    # a third party that only says it names no target ("Britain said Russian jets had bombed a
    # hospital")
    home = all(a.country == found[0][0].country and (a.sector or "")[:3] in NONSTATE_ARMED for a, _ in sources)
    charged = verb.lemma_.lower() in CLAIM_HEADS and all(a.country != found[0][0].country for a, _ in sources)
    return found[:1] if home or charged else []


def _lent_agent(s: _Sentence, tok) -> set[int] | None:
    """The tokens of the stranded "by" agent of a passive verb above the trigger ("Sudan was
    accused | of backing the militias | by Chad"), which sentence._stranded_agent gives that verb;
    None when there is none."""
    cur = tok
    for _ in range(STRANDED_DEPTH + 1):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in cur.children):
            agent = s.agent(cur)
            if agent is None or agent.head.dep_ == "agent" and agent.head.head.i == cur.i or agent.i < tok.i:
                return None
            return {t.i for t in agent.subtree}
    return None


# entity kinds of a word that names a body's own state or itself ("Russian", "Congress")
NAMING_ENTS = frozenset({"NORP", "GPE", "ORG"})


def _own_side(s: _Sentence, actor, idx: list[int], codes: set, full: set, owned: set) -> bool:
    """A mention of the side already found cannot fill the other side: the same actor, a word of
    the found side's own phrase ("Iran's envoy", "officials in Kenya"), or its own people or
    things named with "its" ("Britain closed its embassy"). Another body of the same state can
    ("the president and Congress could not agree": USAGOV, USALEG), as coders code a state's
    domestic acts, when the text names it ("the Russian parliament", "Congress")."""
    if actor.country not in codes:
        return False
    return (actor.code in full or not actor.sector or bool(owned & set(idx))
            or any(t.tag_ == "PRP$" or t.dep_ == "poss" and t.pos_ == "PRON"
                   for i in idx for t in (s.sent.doc[i], *s.sent.doc[i].children))
            # (a bare "troops" or "the authorities" is the found side's own, by the context)
            or not any(s.sent.doc[i].pos_ == "PROPN" or s.sent.doc[i].ent_type_ in NAMING_ENTS for i in idx))


# how a trigger hangs on the verb whose subject may be its doer: as its complement, conjunct,
# object, or in a phrase of it ("agreed to halt", "imposed sanctions", "carried out strikes on")
CLAUSE_CHAIN_DEPS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep", "acomp", "attr", "compound", "advcl"})
# prepositions of another's act that sets the scene of the trigger ("pledged a review after
# criticism from Indonesia") or that the subject undergoes ("has been under US sanctions")
BACKDROP_PREPS = frozenset({"after", "before", "since", "despite", "amid", "following", "until", "over", "under"})
# how an actor word hangs on a subject it names ("Iran's envoy", "Iranian officials")
OWNER_DEPS = frozenset({"poss", "compound", "amod", "appos"})


def _things_origin(s: _Sentence, root) -> bool:
    """A nationality word that describes a thing, not a side: "a Rwandan plane", "Iranian-made
    drones", "Soviet-built tanks" (an actor word on an actor, "Iranian officials", is one mention)."""
    cur = root
    for _ in range(3):
        if cur.dep_ not in ("amod", "npadvmod") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN"):
            return cur.i not in s.mention_at
    return False


def _inside_setting(t, trig_tok) -> bool:
    """The actor word lies in a scene-setting phrase of the trigger ("acted despite pleas from
    Germany")."""
    cur = t.head
    for _ in range(12):
        if cur.i == trig_tok.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in BACKDROP_PREPS:
            return True
        cur = cur.head
    return False


def _clause_subject(t, trig_tok, nouns) -> bool:
    """The actor word hangs on the trigger, or on a verb the trigger's clause chain reaches
    without crossing into a reported clause (ccomp) or a relative one."""
    heads = set()
    cur = trig_tok
    for _ in range(6):
        if cur is not trig_tok and cur.pos_ == "NOUN" and cur.lemma_.lower() in nouns:
            break  # "its call for the lifting of the blockade": the caller does not lift
        heads.add(cur.i)
        if (cur.dep_ not in CLAUSE_CHAIN_DEPS or cur.head.i == cur.i
                or cur.dep_ == "prep" and cur.lower_ in BACKDROP_PREPS):
            break  # "pledged a review after criticism from Indonesia": the critic is another
        cur = cur.head
    h = t
    for _ in range(4):
        if h.head.i in heads:
            return True
        if h.dep_ not in OWNER_DEPS or h.head.i == h.i:
            return False
        h = h.head
    return False


def _civilians_hit(s: _Sentence, tok) -> bool:
    """The verb's object is civilians no actor names: "killed thousands of civilians", "used
    villagers as shields"."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [p for o in objs for p in s.prep_objects(o, frozenset({"of"}))]
    return any(o.lemma_.lower() in CIVILIAN_NOUNS and not s.actor_list(o) for o in objs)


def _trigger_word(t, tok, trig: Trigger) -> bool:
    """``t`` is the trigger's own noun of a stance, no party to it: "reiterated its opposition
    to the plan", "voiced opposition" (not the country's opposition). Other words of a trigger
    may be its object, whose owner is the target ("expelled Lithuanian diplomats")."""
    return t.head.i == tok.i and t.lemma_.lower() in trig.extra and t.lemma_.lower() in STANCE_BODIES


def _state_or_force(actor) -> bool:
    """A state itself, its government or forces, or an international organisation: not a paper,
    firm or party that may be made to restrict itself."""
    return actor.code.startswith("IGO") or bool(actor.country) and (
        not actor.sector or actor.sector[:3] in STATE_FORCE_SECTORS)


def _state_taker(s: _Sentence, tok) -> bool:
    """The taker of a firm's property is a state or its forces ("Venezuela seized the assets of an
    American oil company"): a seizure, not one firm taking over another."""
    if tok.pos_ != "VERB":
        return False
    subj, passive = s.subject(tok)
    taker = s.agent(tok) if passive else subj
    return taker is not None and any(
        _state_or_force(a) and not (a.sector and a.sector.startswith("BUS")) for a in s.actor_list(taker))


# joint verbs whose direct object is the other side ("met the Kenyan president", "fought the rebels")
PARTNER_VERBS = frozenset({"meet", "fight", "battle"})
# what a "with" names that is no other side of the act: the press and the public talked to, and
# a stance or paper agreed with ("agreed with Russia's view", "discussed it with reporters")
NOT_PARTNERS = AUDIENCES | MASS_AUDIENCES | STANCE_NOUNS | PROPOSALS | STATEMENT_NOUNS


def _partner(tok, target) -> bool:
    """The target of a joint act is named as its other side: with "with" on the act ("met with
    Macron", "talks with Iran", "signed an accord with Chile") or as the object of a meeting or
    fighting verb; not a topic or a thing ("discussed Iraq", "agreed with Iran's view")."""
    if target is None:
        return False
    head = target
    while head.dep_ in ("appos", "conj", "compound") and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() in NOT_PARTNERS:
        return False
    if head.dep_ == "dobj":
        return head.head.i == tok.i and tok.lemma_.lower() in PARTNER_VERBS
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    # the "with" hangs on the act, on the verb that holds a noun act, or on a verb act's object
    # ("summit with", "held talks with", "signed a pact with")
    on = head.head.head
    return on.i == tok.i or (tok.pos_ == "NOUN" and on.i == tok.head.i) or (on.head.i == tok.i and on.dep_ == "dobj")


def _reciprocal(tok) -> bool:
    """The verb's object is "each other" or "one another"."""
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any((o.lower_ == "other" and any(c.lower_ == "each" for c in o.children))
               or (o.lower_ in ("one", "another") and any(c.lower_ in ("one", "another") for c in o.children))
               for o in objs)


def _subject_sharer(s: _Sentence, tok):
    """The verb whose subject an active verb with none of its own shares: the one it is
    conjoined to ("attacked a village and killed 12 people") or the one its participle clause
    hangs on ("marched in Jakarta, demanding ..."); None if either is passive."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "auxpass") for c in tok.children):
        return None
    head = tok.head
    if head.i == tok.i or head.pos_ != "VERB" or not (
            tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)):
        return None
    subj, passive = s.subject(head)
    return head if subj is not None and not passive else None


# ships and aircraft, which a state seizes from another's flag or owner as often as from its own
CRAFT = frozenset({"ship", "tanker", "vessel", "boat", "trawler", "freighter", "ferry", "yacht", "carrier", "barge",
                   "tug", "dhow", "warship", "frigate", "destroyer", "submarine", "aircraft", "plane", "jet",
                   "airliner", "helicopter", "drone", "craft", "speedboat"})


def _craft_seized(s: _Sentence, tok, trig: Trigger) -> bool:
    """A seizure, detention or capture of a ship or aircraft ("Iran seized an oil tanker", "the
    navy detained a trawler"): with its owner unnamed, it is not coded as done at home, as an
    arrest of people is ("police arrested four men")."""
    if trig.type != "COERCE":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if trig.pos == "VERB" else [
        *s.prep_objects(tok, frozenset({"of"})), *([tok.head] if tok.dep_ == "acl" else [])]
    return any(o.lemma_.lower() in CRAFT for o in objs)


def _hyphened_modifier(tok) -> bool:
    """The last part of a hyphened adjective-noun word ("live-fire drills", "open-water
    exercises"): the word as a whole says how the act is done, its noun is no thing of its own."""
    i = tok.i
    return i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].pos_ == "ADJ" and tok.doc[i - 2].head.i == i


def _state_protest(s: _Sentence, tok, trig: Trigger, sources, subj_tok) -> bool:
    """"Protest" said of a state: the verb's subject, or the noun's author ("a protest from the
    foreign ministry", "China issued a protest"; not "Iran's protests", often those held in Iran),
    names a country ("Seoul", "South Korea", not "Koreans"), its government, ministry, diplomats
    or leader, or an international body. Civilians, workers, students, the opposition and unnamed
    protesters (or "thousands of Koreans", "employees of the ministry", "protests in Seoul") keep
    the street protest."""
    if trig.mode != "demo" or tok.lemma_.lower() != "protest" or not sources:
        return False
    if subj_tok is None or subj_tok.i not in s.mention_at:
        return False  # the head word itself must name the actor
    if trig.pos == "VERB" and (subj_tok.dep_ != "nsubj" or subj_tok.head.i != tok.i and not (
            tok.dep_ in ("advcl", "xcomp", "conj") and subj_tok.head.i == tok.head.i)):
        return False  # (the subject of the verb itself, or of the one its purpose or conjunct hangs on)
    if trig.pos == "NOUN" and not (
            subj_tok.dep_ == "pobj" and subj_tok.head.lower_ in ("from", "by") and subj_tok.head.head.i in (
                tok.i, tok.head.i)
            or subj_tok.dep_ == "nsubj" and tok.dep_ == "dobj" and subj_tok.head.i == tok.head.i
            and tok.head.lemma_.lower() in PROTEST_LODGING_VERBS):
        return False  # (not "protests in Seoul", where the place is the scene; nor "organised protests")
    heads = {subj_tok.i, *(c.i for c in subj_tok.conjuncts)}
    for a, at in sources:
        if at is None or at.i not in heads or at.ent_type_ == "NORP":
            return False
        state = a.code[:3] == "IGO" or (a.sector or "")[:3] == "GOV" or (a.sector is None and a.code == a.country)
        if not state:
            return False
    return True


def _protest_said(tok, trig: Trigger) -> bool:
    """"Protest" as a verb of saying, with the clause it says: "the authorities are failing
    refugees, a rights group protested", "Amnesty protested that the trial was unfair". What is
    protested in words is a complaint, not a march."""
    return trig.pos == "VERB" and trig.mode == "demo" and tok.lemma_.lower() == "protest" and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children)


# verbs by which a protest is made as a note or statement: "issued a protest", "sent a protest"
PROTEST_LODGING_VERBS = frozenset({"issue", "lodge", "file", "send", "deliver", "make", "register", "voice",
                                   "express", "submit", "hand", "convey"})


# words that set a group apart from the one it acts on: "other parties attacked Tory plans"
OTHER_WORDS = frozenset({"other", "rival", "opposing"})


# object pronouns of people: never the doer of their own clause's act ("himself" would be)
OBJECT_PERSON_PRONOUNS = frozenset({"him", "her", "them"})


def _other_than_doer(at, bt) -> bool:
    """The target is "him", "her" or "them" and the source is named by other words: an object
    pronoun is someone other than its act's doer ("the finance minister said the president had
    criticised him", "the minister's advisers warned her"), though the two share one code."""
    return (at is not None and bt is not None and at.i != bt.i and bt.lower_ in OBJECT_PERSON_PRONOUNS
            and bt.dep_ != "poss" and at.lower_ not in OBJECT_PERSON_PRONOUNS)


def _other_side(tok) -> bool:
    """The actor phrase names others of a kind ("other parties", "rival factions"): of one code
    with its target, but not the target."""
    return tok is not None and any(c.dep_ in ("amod", "det") and c.lower_ in OTHER_WORDS for c in tok.children)


def _others_stance(s: _Sentence, verb, noun) -> bool:
    """The noun is a plan, policy or law of an actor other than the verb's subject ("the
    government's plans", "the French bill")."""
    if noun.lemma_.lower() not in STANCE_NOUNS | RULE_NOUNS:
        return False
    owners = [a for a, _ in _condemned(s, noun)]
    subj, _ = s.subject(verb)
    speakers = {a.code for a, _ in s.actors(subj)} if subj is not None else set()
    return bool(owners) and all(a.code not in speakers for a in owners)



def code_events(doc: Document) -> Document:
    """Stage: code events (reads ``parse``, ``mentions``, ``timexes``; adds ``events``)."""
    from diplograph.nlp import iter_sentence_spans

    onto = ontology()
    by_sent_m: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        by_sent_m.setdefault(m.sentence, []).append(m)
    by_sent_t: dict[int, list[Timex]] = {}
    for t in doc.timexes:
        by_sent_t.setdefault(t.sentence, []).append(t)
    events: list[Event] = []
    seen: set[str] = set()
    sentences = [_Sentence(doc, index, offset, sent, by_sent_m.get(index, []), by_sent_t.get(index, []))
                 for index, offset, sent in iter_sentence_spans(doc)]
    # "the strike" later in a story of a labour strike is that strike
    labour = any(t.lemma_.lower() in WORK_STOPPAGES and t.pos_ == "NOUN" and _labour_strike(s, t)
                 for s in sentences for t in s.sent)
    # a sports report tells of games in the words of war and diplomacy ("England beat France",
    # "the clash with Ireland", "backed New Zealand to win"): only its legal acts and protests are kept
    sports = is_sports_report(doc.text)
    dateline = _dateline(sentences[0], doc) if sentences else None
    story = dateline or _story_country(doc)
    for s in sentences:
        s.labour_doc = labour
        s.dateline = dateline
        s.story = story
        for ev in code_sentence(s, onto):
            if sports and ev.type not in KEPT_IN_SPORTS and not (
                    ev.type in KEPT_IN_SPORTS_WITH_BOTH and ev.source is not None and ev.target is not None
                    and ev.source.country != ev.target.country):
                continue
            if ev.id not in seen:
                seen.add(ev.id)
                events.append(ev)
    return doc.replace(events=tuple(merge_repeats(events)))


# what a court dismisses or rejects: "dismissed the appeal", "threw out the case"
COURT_CASES = frozenset({"appeal", "case", "lawsuit", "suit", "petition", "challenge", "claim", "application"})


def _igo_named(s: _Sentence) -> bool:
    """The sentence names an international body, whose own court ("the Court rejected a case
    against the Commission") may be the one that acts."""
    return any(m.actor.code.startswith("IGO") for ms in s.mention_at.values() for m in ms)


def _convicted_named(s: _Sentence, tok, trig) -> bool:
    """The text names who is convicted, if by no actor: the subject of a passive ("her son had
    been convicted"), the object of an active verb, or the owner of a conviction ("Kelly and
    Malik's convictions", "the conviction of two men")."""
    if trig.pos == "VERB":
        head = tok.head if tok.dep_ == "conj" else tok  # ("the risk of being tortured or sentenced")
        if tok.tag_ == "VBG" or head.dep_ in ("acl", "pcomp", "amod", "compound", "nmod") or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "anyone convicted of selling", "the risk of being sentenced", "to convict a person",
            # "sentencing experts": no one's case
            return False
        subj, passive = s.subject(tok)
        if subj is not None and subj.lemma_.lower() in GENERIC_PEOPLE:
            return False  # "anyone who is convicted": a rule, no case
        if any(c.dep_ == "advmod" and c.lower_ in RULE_ADVERBS for c in tok.children):
            return False  # "few rapists are ever convicted", "such cases are rarely convicted": a statistic
        # a present passive of people named by a bare plural: "smugglers are convicted within a
        # year", "dealers who are convicted face ten years" (not "smugglers were convicted on Monday")
        present = any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "get", "gets") for c in tok.children)
        if subj is not None and any(c.dep_ in ("det", "amod") and c.lower_ in QUANTIFIERS for c in subj.children):
            return False  # "most dealers are convicted", "few were convicted": a statistic
        head_noun = tok.head if tok.dep_ == "relcl" else subj
        if present and head_noun is not None and head_noun.tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss", "nummod") for c in head_noun.children):
            return False  # people in general (in a relative clause, its head noun decides)
        # (a passive whose subject the parser lost: "fainted on learning his son had been convicted")
        return (passive and subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON")) or any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children) or (
            any(c.dep_ == "auxpass" for c in tok.children) and s.agent(tok) is None)
    if tok.lemma_.lower() != "conviction" or any(c.dep_ in ("acl", "ccomp", "relcl") for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        return False  # "the market's conviction that ...", "the courage of your convictions": a belief
    # (a person named as its owner, not "their convictions", a belief as often as a verdict)
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children) or any(
        p.pos_ == "PROPN" for p in s.prep_objects(tok, frozenset({"of"})))


# what a party or government promises or gives its own people
BENEFIT_TYPES = frozenset({"AGREE", "AID"})
# people named as anyone at all: "anyone convicted", "those who are sentenced"
GENERIC_PEOPLE = frozenset({"anyone", "anybody", "those", "whoever", "everyone", "person", "people", "who"})
# words that make a passive of convicting a statistic or a rule: "few are ever convicted"
RULE_ADVERBS = frozenset({"ever", "rarely", "seldom", "often", "usually", "routinely", "generally", "typically"})
QUANTIFIERS = frozenset({"few", "many", "most", "no", "all", "some", "several", "any", "more", "fewer"})
# verbs of losing a case at law: "lost their appeal"
LOSING_CASES = frozenset({"lose"})
COURT_PREPS = frozenset({"at", "in", "before", "to"})  # "lost their appeal at the High Court"
COURT_WORDS = frozenset({"court", "judge", "tribunal", "ruling", "conviction", "sentence", "verdict", "judgment",
                         "judgement", "justice", "lawyer", "injunction"})


def _lost_appeal(s: _Sentence, tok, trig: Trigger, onto: Ontology) -> list[Event]:
    """"The farmers lost their appeal against the fine": no plea to anyone, but a court's
    rejection (CAMEO 120) of the appeal; the court is the judiciary of the place, else of the
    story's state, and the losers are the target (else the state's people)."""
    verb = tok.head
    # a court word on the appeal or its verb ("lost their appeal at the High Court", "lost an
    # appeal court case"), not anywhere in the sentence ("lost its appeal after a court case")
    near = [t for h in (tok, verb) for c in h.children
            if c.dep_ in ("compound", "amod") or c.dep_ == "prep" and c.lower_ in COURT_PREPS
            for t in (c, *s.prep_objects(h, frozenset({c.lower_})))]
    if not (any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in tok.children)
            or any(t.lemma_.lower() in COURT_WORDS or any(m.lemma_.lower() in COURT_WORDS for m in t.children
                                                          if m.dep_ in ("compound", "amod"))
                   for t in near)):
        return []  # "the idea lost its appeal", "lost an appeal to fans": no case at law
    if _igo_named(s):
        return []  # ("lost its appeal at the WTO": a body's panel, not a state's court)
    subj, _ = s.subject(verb)
    losers = [a for a, _ in s.actors(subj)] if subj is not None else []
    own = {a.country for a in losers if a.country}
    where = _scene(s, verb) or (own.pop() if len(own) == 1 else None) or s.story
    rejected = _recoded(trig, onto, "120", target_preps=frozenset())
    if rejected is None or where is None:
        return []
    court = Actor(where + "JUD", where, "JUD", None, None)
    pairs = [(court, b) for b in losers or [Actor(where, where, None, None, None)] if b.code != court.code]
    return _build_events(s, tok, verb, None, rejected, onto, pairs)


def _story_country(doc: Document) -> str | None:
    """The country the document's mentions name most: at least twice, and more often than any
    other (the resolver's main country); else the outlet's country (by its site, or as the user
    gave it)."""
    from diplograph.actors.coref import Resolver

    from diplograph.actors.outlets import home_country

    counts = collections.Counter(m.actor.country for m in doc.mentions if m.actor.country)
    return Resolver.leading(counts) or home_country(doc.site, doc.url) or doc.home_country


# Round 29: people named as of another country than the one they are in ("foreigners", "foreign
# nationals", "expatriates"): the place an act on them happens in is not their country
FOREIGNER_NOUNS = frozenset({"foreigner", "expatriate", "expat", "alien"})


def _foreign_patient(tok, subj_tok) -> bool:
    """The one acted on is named as foreign people: the object of the trigger verb, or its
    passive subject ("foreign workers were detained"), or the "of" of the trigger noun ("the
    arrest of two foreigners")."""
    if tok.pos_ == "VERB":
        people = [c for c in tok.children if c.dep_ == "dobj"]
        if subj_tok is not None and subj_tok.dep_ == "nsubjpass":
            people.append(subj_tok)
    else:
        people = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    return bool(people) and all(
        p.lemma_.lower() in FOREIGNER_NOUNS or any(c.dep_ == "amod" and c.lower_ == "foreign" for c in p.children)
        for p in people)


def _dateline(s: _Sentence, doc: Document) -> str | None:
    """The country of the place a report is filed from ("ROME, March 3 - ..."), where its
    "here" is."""
    from diplograph.actors.resolve import sentence_matches

    first = s.sent[0]
    # (a place of two words may open with a short one: "LA PAZ, March 21 -", "EL PASO")
    second = s.sent[1] if len(s.sent) > 1 else None
    if not (first.is_upper and (len(first.text) >= 3 or second is not None and second.is_upper and second.is_alpha)):
        return None  # (a dateline opens with a place in capitals)
    found = [m.actor.country for m in sentence_matches(s.sent, doc.published, agents=True)
             if m.kind == "dateline" and m.actor.country]
    return found[0] if found else None


def _here(tok, anchor) -> bool:
    """"began a visit here", "arrived here", "talks here": the act is placed at the dateline."""
    heads = {tok.i: tok, anchor.i: anchor}
    if tok.dep_ in ("dobj", "pobj", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
        heads[tok.head.i] = tok.head
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        heads[tok.head.i] = tok.head  # "will meet here to discuss ...": the purpose shares the place
    return any(c.dep_ == "advmod" and c.lower_ == "here" for h in heads.values() for c in h.children)


def merge_repeats(events: list[Event]) -> list[Event]:
    """The same event told twice in one document is one event with two evidence sentences:
    same type and mode, same actors, same modality, and the same date (or one of the two
    dated only by the publication date). The text-dated report is kept, the other sentence
    becomes more evidence."""
    out: list[Event] = []
    index: dict[tuple, int] = {}
    for ev in events:
        if ev.source is None and ev.target is None:
            out.append(ev)
            continue
        key = (ev.type, ev.mode, ev.source and ev.source.code, ev.target and ev.target.code, ev.modality)
        i = index.get(key)
        if i is not None:
            first = out[i]
            same_day = first.date == ev.date or "publication" in (first.date_basis, ev.date_basis)
            if same_day and ev.sentence != first.sentence:
                keep, other = (ev, first) if first.date_basis == "publication" and ev.date_basis == "text" else (first, ev)
                out[i] = dataclasses.replace(keep, more_evidence=(*keep.more_evidence, other.sentence, *other.more_evidence))
                continue
            if same_day:
                continue
        index[key] = len(out)
        out.append(ev)
    return out
