"""Readings of a trigger that are no event between actors, or another event: a labour strike
from an armed one, business between firms, a contest of words, a market's demand."""
from __future__ import annotations

import re

from diplograph.events.ontology import Ontology, Trigger
from diplograph.events.roles import _as_place, _place_under, co_agent_participle
from diplograph.events.sentence import _Sentence
from diplograph.events.words import (
    AMOUNT_NOUNS, ARMED_STRIKE_WORDS, ATTACK_WORDS, AUDIENCES, BLOC_NOUNS, CAMPAIGN_WORDS, CARRIER_PREPS,
    CHANCE_NOUNS, CIVIL_OPERATIONS, CONTEST_HEADS, CONTEST_KINDS, DEFENDED_LEVELS, DENIED_CLAIMS,
    ELECTORAL_THINGS, FIRM_NOUNS, FORCE_NOUNS, GIVEN_WORDS, HURT_WORDS, LABOUR_STRIKE_WORDS, LAUNCHERS, LISTINGS,
    MARKET_DEMAND, MASSING_VERBS, MASS_AUDIENCES, MET_STANDARDS, MOURNING_WORDS, NONSTATE_ARMED, PART_NOUNS,
    PERSON_TITLES, POSITION_NOUNS, PROTESTERS, QUESTION_WORDS, RANKS, RULE_NOUNS, SECURITIES, SENT_WORDS,
    SHARED_TRAITS, SHOWS, SPACE_THINGS, SPOKEN_OR_ABSTRACT, STANCE_NOUNS, STATE_ORGANS, STATE_WEAPONS,
    STRIKE_CALLING_VERBS, STRIKE_PHRASE_HEADS, STRUCK_THINGS, TRADE_VERBS, VERBAL_TARGET_SECTORS, VIOLENT_WORDS,
    WON_ENDS, WORD_FORUMS, WORDY_ISSUES, WORK_STOPPAGES,
)
from diplograph.types import Actor

# currencies and markets a central bank holds up (no actor supported): "intervened to support the dollar"
MARKET_THINGS = frozenset({"dollar", "yen", "pound", "sterling", "currency", "franc", "mark", "lira", "peso", "rupee",
                           "rouble", "ruble", "euro", "yuan", "renminbi", "won", "rand", "krona", "krone", "guilder",
                           "dinar", "rupiah", "baht", "ringgit", "escudo", "peseta", "drachma", "shekel", "real",
                           "exchange", "market", "bond", "share", "stock", "economy", "growth", "demand", "recovery"})
# what one joins a person for that is an outing, no shared act: "for a poster launch", "on a walkabout"
OUTINGS = frozenset({"launch", "event", "tour", "trail", "walkabout", "photo", "photocall", "dinner", "lunch",
                     "breakfast", "reception", "stroll", "walk", "drive", "ride", "round", "holiday", "party"})
# what is captured or won that is no ground: seats, votes, imaginations
WON_THINGS = frozenset({"seat", "vote", "constituency", "ward", "majority", "imagination", "mood",
                        "spirit", "attention", "title", "crown", "medal", "championship", "prize", "essence",
                        "footage", "headline", "nomination", "plurality", "share", "lead", "momentum", "limelight"})
# what is "sanctioned" that is approved, not punished ("sanctioned the use of force", "sanctioned the sale")
SANCTIONED_ACTS = frozenset({"use", "plan", "deal", "attack", "strike", "operation", "action", "sale", "merger",
                             "transfer", "deployment", "payment", "release", "construction", "building", "change",
                             "move", "request", "project", "expansion", "increase", "killing", "invasion", "raid",
                             "purchase", "acquisition", "takeover", "bid", "practice", "policy", "programme", "program",
                             "measure", "spending", "budget", "scheme", "arrangement", "search", "mission"})
# what one recognises, or refuses to, that is a political fact, though no actor: "would not
# recognise the result", "recognised its independence" (an act noun of the lexicon is one too)
RECOGNISED_ACTS = frozenset({"result", "outcome", "election", "vote", "referendum", "independence", "sovereignty",
                             "claim", "border", "boundary", "frontier", "jurisdiction", "authority", "legitimacy",
                             "government", "regime", "state", "statehood", "republic", "court", "tribunal",
                             "ruling", "verdict", "decision", "law", "right", "existence", "marriage", "union",
                             "president", "presidency", "leader", "leadership", "victory", "win", "exclusion"})
# those a state's vote is "called" for by the press
CANDIDATES = frozenset({"candidate", "nominee", "challenger", "incumbent", "democrat", "republican"})
# what one "arrives" in or at that is a post or a workplace, no host: "arrived in power"
ARRIVED_STATES = frozenset({"power", "office", "work", "job", "desk"})
# what a higher court "remands": a case, no person
COURT_MATTERS = frozenset({"case", "matter", "appeal", "lawsuit", "suit", "proceeding"})
# what a ruler signs alone, no agreement with another (its content is coded on its own: "a decree banning")
SIGNED_ORDERS = frozenset({"order", "decree", "ordinance", "proclamation", "edict"})
# marks a firm or a figure "beats": no one is struck
BEATEN_MARKS = frozenset({"forecast", "expectation", "estimate", "projection", "prediction", "target", "deadline",
                          "record", "odds", "consensus", "benchmark", "average", "guidance"})
# what a candidate or a defendant "fights": a contest at the polls or in court
FOUGHT_CONTESTS = frozenset({"election", "by-election", "poll", "race", "primary", "case", "lawsuit",
                             "suit", "charge", "extradition", "deportation", "conviction", "appeal", "ruling"})
# wars long over: what is told "during World War II" is history, not news
PAST_WARS = frozenset({"world", "cold"})  # "World War II", "the Cold War"
NEW_WARS = frozenset({"new", "another", "third", "next", "future"})  # "a new Cold War" is no history
# acts that, done to a firm by no one named, are mostly business ("SpaceX, backed by Musk")
BUSINESS_PRONE_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE", "CONSULT"})
# ... and the words a firm says of or to another firm or to no one ("the two carmakers traded charges")
BUSINESS_TALK_TYPES = frozenset({"CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "RETREAT"})
# lots that goods are traded in, besides the units of AMOUNT_NOUNS: "bought two cargoes of sugar"
TRADED_LOTS = frozenset({"cargo", "cargoes", "shipment", "consignment", "lot", "parcel", "truck", "tanker", "load", "carload"})
# what a traded amount is of that makes it arms or relief, which states give or sell as acts
GIVEN_GOODS = frozenset({"arm", "arms", "weapon", "ammunition", "munition", "rifle", "aid", "relief", "medicine"})
# a part of a market a supplier holds: "supplied 41 pct of Soviet grain imports"
SHARE_NOUNS = frozenset({"pct", "percent", "%", "share", "proportion", "half", "third", "quarter", "bulk", "most"})
TRADE_FLOWS = frozenset({"import", "export", "need", "consumption", "requirement", "purchase", "sale", "supply",
                         "output", "production", "market", "demand", "shipment", "use", "intake"})
SUPPLYING_VERBS = frozenset({"supply", "provide", "ship", "deliver", "sell", "export", "account"})
# who buys and sells on a market, a firm by its trade: "Japanese crushers bought rapeseed"
TRADER_NOUNS = frozenset({"crusher", "miller", "refiner", "roaster", "buyer", "seller", "trader", "dealer",
                          "importer", "exporter", "shipper", "investor", "speculator", "mill", "refinery",
                          "processor", "packer", "merchant", "wholesaler", "fund", "insurer"})
# what is "charged" that is a price asked, no accusation: "the price it charges", "charges a fee"
PRICE_NOUNS = frozenset({"price", "fee", "rate", "rent", "premium", "commission", "toll", "interest", "fare",
                         "dlr", "dlrs", "dollar", "cent", "ct", "cts", "pct", "percent", "penny", "pence"})
# a bill "offered" in a legislature is moved, no offer made to anyone
MOVED_BILLS = frozenset({"amendment", "measure", "bill", "resolution", "motion", "rider"})
# what a thing "threatens" that is a good put at risk, no threat made: "threatening national security"
ENDANGERED_GOODS = frozenset({"security", "stability", "peace", "economy", "health", "future", "survival",
                              "livelihood", "job", "existence", "recovery", "growth", "environment", "viability"})
# what a ruling or a market "offers" that is a chance, no offer by anyone
OPENINGS = frozenset({"possibility", "prospect", "hope", "opening", "insight", "benefit", "incentive", "potential"})
# what one refuses or declines to do that is to speak: no request turned down
UNSAID = frozenset({"say", "comment", "disclose", "confirm", "elaborate", "specify", "reveal", "speculate",
                    "identify", "name", "divulge"})
# what "calls for" a thing that is a document of terms, no one who asks: "the contract calls for"
TERMS_HOLDERS = frozenset({"agreement", "contract", "deal", "accord", "merger", "plan", "budget", "package",
                           "proposal", "scheme", "program", "programme", "formula", "timetable", "arrangement"})
# what strikes a person that is an impression: "struck by the awareness", "struck by the contrast"
IMPRESSIONS = frozenset({"awareness", "contrast", "similarity", "scale", "extent", "lack", "absence", "beauty",
                         "degree", "depth", "sense", "level", "range", "warmth", "determination", "resolve",
                         "enthusiasm", "optimism", "openness", "frankness", "number", "amount"})
# illnesses, which kill and strike no one's enemy ("the syndrome, which kills a fifth of its victims")
ILLNESSES = frozenset({"syndrome", "disease", "illness", "infection", "virus", "epidemic", "cancer", "flu",
                       "influenza", "malaria", "cholera", "fever", "aids", "tuberculosis", "measles", "plague"})
# money a price is told in: "at 1,460 stg a tonne"
CURRENCY_WORDS = frozenset({"stg", "sterling", "franc", "francs", "yen", "mark", "marks", "lire", "guilder",
                            "guilders", "rand", "rupee", "rupees", "peso", "pesos", "crown", "crowns"})
# what the market's fall or rise is that one warns of: a forecast, no threat
MARKET_MOVES = frozenset({"fall", "decline", "drop", "slide", "slump", "plunge", "rise", "surge", "collapse",
                          "crash", "weakening", "strengthening", "depreciation", "appreciation", "downturn",
                          "recession", "inflation", "shortage", "glut"})
# whom a firm or a ruler "dismisses" that is a person sacked, no proposal turned down
STAFF_NOUNS = frozenset({"chief", "head", "director", "manager", "executive", "official", "employee", "worker",
                         "staff", "treasurer", "chairman", "president", "secretary", "aide", "adviser", "advisor",
                         "spokesman", "editor", "coach", "governor", "commander", "general", "officer",
                         "dealer", "trader", "banker", "accountant", "clerk", "deputy"})


def _labour_strike(s: "_Sentence", tok) -> bool:
    """A strike noun that is a stoppage of work, by what is said of it: "on strike" (no article),
    "called/staged/joined a strike", "the strike called by the union", "a 24-hour strike", "a
    national strike", "strike action", "a strike by nurses" (who are no armed force)."""
    if _voted_strike(tok):
        return True
    if _armed_strike(s, tok):
        return False
    if any(t.lemma_.lower() in ("stoppage", "walkout") for t in tok.sent):
        return True  # "the strike, the first stoppage at the mine"
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return True
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in STRIKE_SPANS
            and not any(t.lemma_.lower() in VIOLENT_WORDS for t in tok.sent if t.lemma_.lower() != "strike")
            and not any(_armed_or_state(s, b) for b in s.prep_objects(tok, frozenset({"by"})))):
        return True  # "the port reopened after weeks of strikes": stoppages over a span, no one struck
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in STRIKE_CALLING_VERBS and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in tok.head.children):
        return True  # (not "called the strike a reckless step")
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in STRIKE_PHRASE_HEADS:
        return True
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in STRIKE_RUNS:
        return True  # "the strike entered its tenth day", "prices fell after the strike ended"
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in STRIKE_CALLING_VERBS:
            return True  # "the strike, called by the union"
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and (
                c.lower_ in LABOUR_STRIKE_WORDS or c.lemma_.lower() in LABOUR_STRIKE_WORDS
                or c.lower_.split("-")[-1] in ("hour", "day", "week", "wide")):
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            doers = [p for p in c.children if p.dep_ == "pobj"]
            if doers and not any(s.actors(p) for p in doers):
                return True  # "a strike by civil servants"
        if c.dep_ == "poss" and c.lemma_.lower() in WORKER_NOUNS:
            return True  # "the miners' strike"
    why = list(s.prep_objects(tok, frozenset({"over", "for", "against"})))
    return bool(why) and all(w.lemma_.lower() in STRIKING_REASONS and not s.actors(w) for w in why)


def _struck_a_mind(tok) -> bool:
    """"It strikes me as odd", "it struck them that no one came": the verb strikes a person's mind
    (a personal pronoun object with what it seemed, or "it" with a clause), no one is hit."""
    pron = any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in tok.children)
    seems = any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as"
                for c in tok.children)
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children)
    return pron and (seems or expletive)


ARMED_MEN = frozenset({"rebel", "militant", "insurgent", "gunman", "guerrilla", "guerilla", "terrorist", "jihadist",
                       "attacker", "bomber", "assailant", "raider", "sniper", "warplane", "helicopter"})
# spans of time a run of strikes lasts: "after weeks of strikes", "months of strikes and protests"
STRIKE_SPANS = frozenset({"day", "week", "month", "year"})
STRIKING_REASONS = frozenset({"pay", "wage", "salary", "pension", "condition", "job", "contract",
                              "overtime", "cut", "redundancy", "dismissal", "staffing", "reform", "protest"})
WORKER_NOUNS = frozenset({"worker", "employee", "staff", "pilot", "driver", "nurse", "doctor", "teacher", "miner", "mineworker",
                          "docker", "dockworker", "controller", "guard", "cleaner", "postman", "firefighter",
                          "member", "union", "crew", "attendant", "railwayman", "lecturer", "porter", "journalist",
                          "seaman", "seamen", "steelworker", "autoworker", "metalworker", "longshoreman", "trucker",
                          "busman", "clerk", "farmer"})
# what a labour strike does as it runs: "the strike entered its tenth day", "after the strike ended"
STRIKE_RUNS = frozenset({"enter", "end", "drag", "spread"})
HOLDING_VERBS = frozenset({"hold", "detain", "capture", "kidnap", "abduct", "seize", "imprison", "jail", "arrest",
                           "take", "keep"})


def _holders(s: "_Sentence", tok, pos: str, *, places: bool = False) -> list:
    """Who holds the captives a release frees, when the text says it of them ("prisoners held by
    Israel", "the sailors seized by Iran"): the agent of the participle on the freed. With
    ``places``, also the state of the place a state holds them in, named with no agent ("suspects
    held without charge in Egypt", "the inmates at a prison in Egypt"); not a place where
    they were taken ("an aid worker kidnapped in Iraq": no state holds her)."""
    if pos == "VERB":
        freed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        freed = list(s.prep_objects(tok, frozenset({"of"})))
    found = []
    for f in [g for c in freed for g in (c, *c.conjuncts)]:
        for c in f.children:
            if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS and (agent := s.agent(c)) is not None:
                found += s.actors(agent)
            elif (places and c.dep_ == "acl" and c.lemma_.lower() in STATE_HOLDING and s.agent(c) is None
                  and f.lemma_.lower() not in HOSTAGE_NOUNS):
                # (not hostages "held in the Philippines": bandits and rebels hold hostages)
                found += _place_under(s, c)
        if places and f.lemma_.lower() in CAPTIVE_NOUNS and not s.actors(f, modifiers=False):
            found += [p for pobj in s.prep_objects(f, frozenset({"in", "at"})) for p in _as_place(s.actors(pobj))]
    return found


def captors(s: "_Sentence", captives) -> list:
    """Who holds prisoners named as a clause's subject ("Palestinian prisoners held in Israel's
    jails went on hunger strike", "detainees held by the army"): the agent of their participle of
    holding, else the state of the place it holds them in; nothing for hostages."""
    if captives is None or captives.lemma_.lower() not in CAPTIVE_NOUNS:
        return []
    found = []
    for c in captives.children:
        if c.dep_ == "acl" and c.lemma_.lower() in STATE_HOLDING:
            # (or the owner of the jail: "held in Israel's Ashkelon jail")
            found += s.actors(agent) if (agent := s.agent(c)) is not None else (_place_under(s, c) or [
                p for pobj in s.prep_objects(c, frozenset({"in", "at"})) for p in _as_place(s.actors(pobj))])
    return found or [p for pobj in s.prep_objects(captives, frozenset({"in", "at"})) for p in _as_place(s.actors(pobj))]


# holding that a state does, in its own jails ("held without charge in Egypt"); not taking
# hostages ("kidnapped in Iraq"), which bandits and rebels do
STATE_HOLDING = frozenset({"hold", "detain", "imprison", "jail", "intern", "incarcerate", "keep"})
# people a state holds, whose place is its jail: "the inmates at a camp in Cuba", "prisoners in Syria"
CAPTIVE_NOUNS = frozenset({"inmate", "prisoner", "detainee", "internee"})
HOSTAGE_NOUNS = frozenset({"hostage", "captive", "abductee", "kidnappee"})


def _workers_strike(s: "_Sentence", tok) -> bool:
    """The verb "strike" with no one struck (no object, nothing struck "on" or "at") said of workers
    or for what workers strike over: "nurses struck for higher pay", "pilots are striking for four
    hours in protest at working conditions". Armed subjects strike blows ("jets struck overnight")."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) or any(
            s.actors(p) or p.lemma_.lower() not in STRIKING_REASONS | STANCE_NOUNS
            for p in s.prep_objects(tok, frozenset({"on", "at", "against", "into", "near"}))):
        return False  # (not "in protest at the reform")
    subj, passive = s.subject(tok)
    if subj is not None and not passive and subj.lemma_.lower() in WORKER_NOUNS and not any(
            a.sector and a.sector[:3] in NONSTATE_ARMED | {"MIL", "COP"} for a, _ in s.actors(subj)):
        return True  # (workers of a country are still workers: "South African miners struck")
    if subj is None or passive or _armed_or_state(s, subj) or subj.lemma_.lower() in FORCE_NOUNS | STATE_WEAPONS | ARMED_MEN:
        return False
    if s.labour_doc:
        return True
    why = [p for p in s.prep_objects(tok, frozenset({"for", "over", "in", "against"}))]
    return any(w.lemma_.lower() in STRIKING_REASONS for w in why)


def _voted_strike(tok) -> bool:
    """"members will vote to authorize a strike": a strike put to a vote is a stoppage of work
    (a vote of a legislature names whom it is on: "voted to authorize strikes on Syria")."""
    verb = tok.head
    return (tok.dep_ == "dobj" and verb.lemma_.lower() in ("authorize", "authorise", "approve", "back")
            and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() == "vote"
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children))


def _armed_strike(s: "_Sentence", tok) -> bool:
    """A strike noun said to be an armed attack: "air strike", "missile strikes", "a strike on
    Iran", "launched strikes"."""
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in ARMED_STRIKE_WORDS for c in tok.children):
        return True
    if any(s.actors(p) for p in s.prep_objects(tok, frozenset({"on", "against"}))):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("launch", "conduct", "carry", "order", "authorize",
                                                               "authorise", "approve")


# what measures opinion: what its respondents "would" do is an answer, no act
POLL_NOUNS = frozenset({"poll", "survey"})
SHOWING_VERBS = frozenset({"show", "suggest", "find", "indicate", "reveal", "say", "predict"})


def _polled(tok) -> bool:
    """What an opinion poll says people would do: "voters would reject the treaty, according to
    a poll", "a survey found most Germans would back the plan", "... a new poll suggests"."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in tok.children):
        return False
    by_poll = any(c.dep_ == "prep" and c.lower_ in ("according", "in") and any(
        g.lemma_.lower() in POLL_NOUNS for g in c.subtree) for c in tok.children)
    shower = tok.head if tok.dep_ in ("ccomp", "parataxis") else next(
        (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SHOWING_VERBS), None)
    shown = shower is not None and shower.lemma_.lower() in SHOWING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in POLL_NOUNS for c in shower.children)
    return by_poll or shown


def _not_the_act(s: _Sentence, tok, trig: Trigger, onto: Ontology | None = None) -> bool:
    """Senses of a trigger verb that are no political act, told by its arguments:
    - "conceded that the plan was difficult": to concede a point is to admit it, not to yield;
    - "asked about the attack", "asked whether Iran would ...": a question, not a request;
    - "seized the opportunity": no property is taken;
    - "delivered a speech", "delivered a verdict": no goods are delivered;
    - "hails from Texas": comes from, no praise;
    - "voters would reject it, according to a poll": what those polled would do."""
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if _polled(tok):
        return True  # "voters would reject the treaty, a poll suggests": an answer to a poll
    if co_agent_participle(s, tok):
        return True  # "Britain, backed by Denmark, opposed ...": the backers share the act (roles._co_agents)
    if trig.type == "CONCEDE" and lemma == "concede" and not trig.extra and any(c.dep_ == "ccomp" for c in tok.children):
        return True
    if trig.type == "REQUEST" and lemma == "ask" and not any(c.dep_ == "xcomp" for c in tok.children) and (
            any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children)
            or any(c.dep_ in ("ccomp", "advcl") and any(m.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
                                                         and m.lower_ in QUESTION_WORDS and m.i < c.i for m in c.children)
                   for c in tok.children)):
        return True
    if trig.type == "REQUEST" and lemma == "insist" and not trig.extra and not any(
            c.dep_ == "prep" and c.lower_ == "on" for c in tok.children) and any(
            c.dep_ == "ccomp" and not _asks_for(c) for c in tok.children):
        return True  # "Blair insisted that the threat was real": a claim, not a demand
    if trig.type == "RETREAT" and lemma in ("retreat", "back") and any(
            p.lemma_.lower() in POSITION_NOUNS for p in s.prep_objects(tok, frozenset({"from"}))):
        return True  # "retreated from its goal of ...": a change of policy, no forces pulled back
    if trig.type == "REQUEST" and lemma == "ask" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("identify", "name") and any(g.dep_ == "neg" for g in c.children)
            for c in tok.children):
        return True  # "a diplomat who asked not to be identified": a source's anonymity, no request
    if trig.type == "MOBILIZE" and lemma in MASSING_VERBS and objs and all(
            o.lemma_.lower() not in FORCE_NOUNS and o.i not in s.mention_at for o in objs):
        return True  # "amassed 1,200 delegates", "mobilise capital": no forces gathered
    if trig.type == "COOPERATE" and lemma == "share" and not trig.extra and objs and all(
            o.lemma_.lower() in SHARED_TRAITS for o in objs):
        return True  # "shares a border with", "share an interest in stability": no act of cooperation
    if trig.type == "SUPPORT" and lemma == "join" and not trig.extra and objs and not any(
            s.actors(o) or o.lemma_.lower() in BLOC_NOUNS or o.pos_ in ("PRON", "PROPN") for o in objs):
        return True  # "joined the party", "joined the research team": no bloc or actor is joined
    if trig.type == "REJECT" and lemma == "cancel" and not trig.extra and objs and all(
            o.lemma_.lower() in SHOWS for o in objs):
        return True  # "cancelled the tournament", "cancelled an address": no proposal turned down
    if trig.type == "COERCE" and lemma == "seize" and objs and all(o.lemma_.lower() in CHANCE_NOUNS for o in objs):
        return True
    if trig.type == "AID" and lemma == "deliver" and objs and all(o.lemma_.lower() in SPOKEN_OR_ABSTRACT for o in objs):
        return True
    if trig.type == "CONCEDE" and lemma in ("allow", "permit") and not trig.extra:
        # "the law allows police to hold suspects", "legislation allowing banks to issue bonds",
        # "to allow talks to continue": a concession lets another actor do something; a rule that
        # permits, or leave given to no actor, yields nothing to anyone
        subj, passive = s.subject(tok)
        if subj is not None and not passive and subj.lemma_.lower() in RULE_NOUNS:
            return True
        if tok.dep_ in ("acl", "xcomp", "advcl") and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in RULE_NOUNS:
            return True  # "legislation allowing banks to ...", "plans to allow the minister to ..."
        if passive and s.agent(tok) is None:
            return True  # "Egypt will not be allowed to slide into recession": leave from no one
        allowed = objs + [g for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                          for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if not any(s.actors(a) or any(t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") for t in a.subtree)
                   for a in allowed) and not (any(c.dep_ == "neg" for c in tok.children) and objs):
            # ("will never allow the sale of the banks": what is asked for, refused outright)
            return True
    if trig.type == "SUPPORT" and lemma == "defend" and not trig.extra and objs and all(
            o.lemma_.lower() in DEFENDED_LEVELS and not s.actors(o, modifiers=False) for o in objs):
        return True  # "OPEC's resolve to defend prices", "will defend his 200m title": a level or prize kept
    if lemma == "launch" and (any(p.lemma_.lower() in LAUNCHERS for p in s.prep_objects(tok, CARRIER_PREPS))
                              or any(o.lemma_.lower() in SPACE_THINGS
                                     or any(c.dep_ == "compound" and c.lemma_.lower() in CIVIL_OPERATIONS
                                            for c in o.children) for o in objs)):
        return True  # "the capsule was launched atop a rocket", "a search operation was launched"
    if trig.type == "AID" and lemma in ("provide", "give", "offer", "supply") and not trig.extra and objs and all(
            o.lemma_.lower() in GIVEN_WORDS for o in objs):
        return True  # "provided his own input", "gave no explanation": words, no help
    if trig.type == "COERCE" and lemma == "occupy" and objs and all(o.lemma_.lower() in RANKS for o in objs):
        return True  # "with Cragg occupying top spot": a ranking, no land taken
    if trig.type == "ASSAULT" and lemma == "strike" and objs and all(o.lemma_.lower() in STRUCK_THINGS for o in objs):
        return True  # "a balance to be struck", "struck a chord": no blow
    if trig.type == "CONCEDE" and lemma == "drop" and not objs and not any(
            c.dep_ == "prt" for c in tok.children):
        return True  # "reported smuggling dropped from 900 cases to 700": a fall, nothing given up
    if trig.type == "CONSULT" and lemma == "meet" and objs and all(o.lemma_.lower() in AUDIENCES for o in objs):
        return True  # "will meet the press": a statement, no one consulted
    if trig.type in ("AGREE", "COOPERATE") and lemma in ("offer", "sell", "buy", "issue", "place") and objs and all(
            o.lemma_.lower() in SECURITIES for o in objs):
        return True  # "four million shares will be offered", "bought a 20% stake in the portal"
    if trig.type == "SUPPORT" and lemma == "support" and not trig.extra and objs and all(
            (o.lemma_.lower() in MARKET_THINGS | DEFENDED_LEVELS or o.lower_ in MARKET_THINGS)
            and not s.actors(o, modifiers=False) for o in objs):
        return True  # "intervened to support the dollar", "to support prices": a market held up, no actor backed
    if trig.type == "SUPPORT" and lemma in ("recognize", "recognise") and not trig.extra and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) and not (
            tok.dep_ == "relcl" and s.actors(tok.head)) and (  # ("Cyprus, which Turkey does not recognise")
            (objs and all(o.lemma_.lower() not in RECOGNISED_ACTS and (onto is None or o.lemma_.lower() not in onto.nouns)
                          and o.pos_ in ("NOUN", "PROPN") and not s.actors(o) for o in objs))
            or (not objs and tok.dep_ == "acl" and not s.actors(tok.head))
            or (not objs and (subj := s.subject(tok)[0]) is not None and subj.pos_ != "PRON" and not s.actors(subj))):
        return True  # "recognised the importance of", "a disease first recognised in Wuhan": no state recognised
        # (an annexation, a result or a claim not recognised is a refusal, kept)
    if trig.type == "SUPPORT" and lemma == "sign" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True  # "has signed up for another round of debates": enrolled, no agreement signed
    if trig.type == "CONSULT" and lemma in ("talk", "speak") and not objs and (
            heard := list(s.prep_objects(tok, frozenset({"to", "with"})))) and all(
            h.lemma_.lower() in MASS_AUDIENCES for h in heard):
        return True  # "talking to the public": a politician's campaigning, no one consulted
    if trig.type == "SUPPORT" and lemma == "pay" and "tribute" in trig.extra and _tribute_to_no_actor(s, tok):
        return True  # "tributes were paid to the late singer": mourning, no actor praised
    if trig.type == "SUPPORT" and lemma in ("recognize", "recognise") and not trig.extra and objs and all(
            _named_person(o) for o in objs) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) and (
            (subj := s.subject(tok)[0]) is None or not s.actors(subj)):
        return True  # "only one in ten recognised Mr Kennedy": a face known, no government recognised
    if trig.type == "SUPPORT" and lemma == "join" and not trig.extra and objs and _joins_as_member(s, tok, objs):
        return True  # "Obama joined the Senate in 2005", "she joined the board": a person takes a seat
    if trig.type == "SUPPORT" and lemma == "join" and not trig.extra and objs and any(
            p.lemma_.lower() in SHOWS | CAMPAIGN_WORDS | OUTINGS
            or any(c.dep_ == "compound" and c.lemma_.lower() in CAMPAIGN_WORDS for c in p.children)
            for p in s.prep_objects(tok, frozenset({"for", "at", "on"}))):
        return True  # "will join Mr Milburn for a poster launch", "joined him on the campaign trail": an outing
    if trig.type == "REQUEST" and lemma == "press" and not trig.extra and (
            (asker := s.agent(tok) if s.subject(tok)[1] else s.subject(tok)[0]) is not None
            and asker.lemma_.lower() in AUDIENCES | {"interviewer", "questioner", "presenter", "host"}):
        return True  # "reporters pressed Mr Blair on the timing": questions, no demand
    if trig.type == "SANCTION" and lemma == "sanction" and not trig.extra and objs and all(
            o.lemma_.lower() in SANCTIONED_ACTS and not s.actors(o, modifiers=False) for o in objs):
        return True  # "Congress sanctioned the use of force": approved, no one punished
    if trig.type == "COERCE" and lemma == "seize" and not objs and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in tok.children):
        return True  # "the Tories seized on the remarks": made use of them, nothing taken
    if trig.type == "COERCE" and lemma in ("capture", "seize", "win", "take") and objs and all(
            o.lemma_.lower() in WON_THINGS for o in objs):
        return True  # "hope to capture seats from Labour", "captured the public imagination": no land taken
    if trig.type == "ASSAULT" and lemma == "bombard" and any(
            p.lemma_.lower() in SENT_WORDS for h in [tok, *objs] for p in s.prep_objects(h, frozenset({"with"}))):
        return True  # "will bombard voters with leaflets": mail and questions, no shells
    if trig.type == "REQUEST" and lemma in ("press", "push") and not trig.extra and any(
            c.dep_ in ("advmod", "prt", "prep") and c.lower_ in ("ahead", "on", "forward") and c.i == tok.i + 1
            and not any(g.dep_ == "pobj" and s.actors(g) for g in c.children) for c in tok.children):
        return True  # "pressed ahead with the plan", "pushed on": went on, asked no one
    if trig.type == "REJECT" and lemma == "deny" and not trig.extra and _claim_denied(s, tok):
        return True  # "denied the claims", "denied that ...", "denied being pressured": no request refused
    if trig.type == "SUPPORT" and lemma == "hail" and not objs and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return True
    if trig.type == "REQUEST" and lemma == "call" and trig.extra in ((), ("for",)) and objs and all(
            o.ent_type_ == "GPE" for o in objs) and (
            won := [w for h in [tok, *objs] for w in s.prep_objects(h, frozenset({"for"}))]) and all(
            w.pos_ == "PROPN" or w.lemma_.lower() in CANDIDATES for w in won):
        # "the networks called Nevada for Biden": a race declared won, nothing asked (a request
        # calls "on" a state or calls "for" a thing, it does not call a state for a name)
        return True
    if trig.type == "CONSULT" and lemma == "arrive" and not trig.extra and any(
            p.lemma_.lower() in ARRIVED_STATES for p in s.prep_objects(tok, frozenset({"in", "to", "at", "for"}))):
        # "when Kirchner arrived in power", "staff who arrived late for work": no visit (arriving
        # "late" somewhere is still a visit: "arrived in Taipei late on Tuesday")
        return True
    if trig.type == "COERCE" and lemma == "remand" and objs and all(o.lemma_.lower() in COURT_MATTERS for o in objs):
        return True  # "reversing the convictions and remanding the case": a case sent back, no one held
    if trig.type == "SUPPORT" and lemma == "sign" and not trig.extra and objs and all(
            o.lemma_.lower() in SIGNED_ORDERS for o in objs):
        return True  # "the governor signed an executive order", "Putin signed a decree": a ruler's own act, no pact
    if trig.type == "SUPPORT" and lemma == "rally" and (
            backed := list(s.prep_objects(tok, frozenset({"behind"})))) and all(
            b.lemma_.lower() in MARKET_THINGS or b.lower_ in MARKET_THINGS for b in backed):
        return True  # "investors rallied behind the peso": buyers of a currency, no actor backed
    if trig.type == "ASSAULT" and lemma == "beat" and objs and all(o.lemma_.lower() in BEATEN_MARKS for o in objs):
        return True  # "Unilever beat analysts' forecasts", "beat the deadline": a mark passed, no blow
    if trig.type == "ASSAULT" and lemma in ("fight", "contest") and objs and all(
            o.lemma_.lower() in FOUGHT_CONTESTS | WON_THINGS and not s.actors(o, modifiers=False) for o in objs):
        return True  # "selected to fight the seat", "fought the extradition": a contest at the polls or in court
    return _market_sense(s, tok, trig, objs, onto)


def _doer(s: _Sentence, tok):
    """The verb's active subject, through a relative pronoun to the noun it stands for ("the
    syndrome, which kills ..."), or None."""
    subj, passive = s.subject(tok)
    if subj is None or passive:
        return None
    if subj.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
        return tok.head
    return subj


def _market_sense(s: _Sentence, tok, trig: Trigger, objs, onto: Ontology | None = None) -> bool:
    """Senses of a trigger verb in business and market news, told by its arguments (the trade
    verbs in ``_trade_sense``):
    - "the yen sank below 140", "shares were hammered": prices move, no one is struck;
    - "the price it charges", "charges a fee": a price asked, no accusation;
    - "the amendment, offered by Senator X": a bill moved, no offer to anyone;
    - "offering cocoa at 1,460 stg a tonne": a seller's price; "the ruling offered new
      possibilities": a chance given by a thing;
    - "threatening national security": a good at risk, no threat made;
    - "warned a further dollar fall might force ...", "warned of a recession": a forecast;
    - "the firm's finance chief had been dismissed": a person sacked, no proposal rejected;
    - "the market reaction demonstrates that ...": shows, no protest;
    - "welcomed the rise in the yen": a market's move, no actor backed;
    - "workers complied with the strike": they stopped work, nothing yielded;
    - "refused to say whether rates would rise": no answer, no rejection;
    - "the agreement calls for a joint venture": what a deal provides for, no one asked;
    - "the syndrome, which kills a fifth of its victims": an illness, no attack;
    - "he was struck by the awareness of the problems": impressed, no blow."""
    if trig.extra and not (trig.type == "REQUEST" and trig.extra == ("for",)):
        return False  # (a phrase of the lexicon, "call for", keeps its own reading)
    lemma = tok.lemma_.lower()
    if trig.type in ("AID", "COOPERATE"):
        return _trade_sense(s, tok, trig, objs)
    if trig.type == "ASSAULT":
        subj = s.subject(tok)[0]
        if subj is not None and _priced(s, subj) and not any(s.actors(o) for o in objs if o is not subj):
            return True
        killer = _doer(s, tok)
        if killer is not None and not s.actors(killer) and (
                killer.lemma_.lower() in ILLNESSES or onto is not None and killer.lemma_.lower() in onto.non_agents):
            return True
        return lemma == "strike" and s.subject(tok)[1] and any(
            c.dep_ == "agent" and any(g.lemma_.lower() in IMPRESSIONS for g in c.children) for c in tok.children)
    if trig.type == "ACCUSE" and lemma == "charge":
        return (tok.dep_ == "relcl" and tok.head.lemma_.lower() in PRICE_NOUNS
                or any(o.lemma_.lower() in PRICE_NOUNS or o.ent_type_ == "MONEY" for o in objs))
    if trig.type == "AGREE" and lemma == "offer":
        return _no_offer(s, tok, objs)
    if trig.type == "THREATEN" and lemma == "threaten":
        return bool(objs) and all(o.lemma_.lower() in ENDANGERED_GOODS for o in objs) and not any(
            c.dep_ == "xcomp" for c in tok.children)
    if trig.type == "THREATEN" and lemma == "warn":
        return _market_warning(s, tok)
    if trig.type == "REJECT" and lemma == "dismiss":
        return bool(objs) and all(
            (_named_person(o) or o.lemma_.lower() in STAFF_NOUNS)
            and not any(a.sector is None for a, _ in s.actors(o, modifiers=False)) for o in objs
        ) and not any(c.dep_ in ("prep", "ccomp", "oprd") and c.lower_ != "by" for c in tok.children)
        # (not "dismissed him as a liar", "dismissed the claims")
    if trig.type == "REJECT" and lemma in ("refuse", "decline"):
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in UNSAID for c in tok.children)
    if trig.type == "PROTEST" and lemma == "demonstrate":
        return any(c.dep_ == "ccomp" for c in tok.children)
    if trig.type == "SUPPORT" and lemma == "welcome":
        return bool(objs) and all(_market_move(s, tok, o) for o in objs)
    if trig.type == "CONCEDE" and lemma == "comply":
        return any(p.lemma_.lower() in WORK_STOPPAGES or any(
            c.dep_ == "compound" and c.lemma_.lower() in WORK_STOPPAGES for c in p.children)
            for p in s.prep_objects(tok, frozenset({"with"})))
    if trig.type == "REQUEST" and lemma == "call":
        subj = s.subject(tok)[0]
        return subj is not None and subj.lemma_.lower() in TERMS_HOLDERS and not s.actors(subj)
    return False


# (the unions the trade checks below read, made once)
KEPT_GOODS = GIVEN_GOODS | STATE_WEAPONS  # arms and relief, which states give or sell as acts
FLOWS_AND_MARKETS = TRADE_FLOWS | MARKET_THINGS
PRICE_WORDS = PRICE_NOUNS | CURRENCY_WORDS
COUNTED_LOTS = AMOUNT_NOUNS | TRADED_LOTS | SHARE_NOUNS
FIGURE_NOUNS = AMOUNT_NOUNS | SHARE_NOUNS  # a level or a change given as a quantity or share
GIVEN_CHANCES = CHANCE_NOUNS | OPENINGS
FIRMS_AND_TRADERS = FIRM_NOUNS | TRADER_NOUNS


def _trade_sense(s: _Sentence, tok, trig: Trigger, objs) -> bool:
    """Trade told as figures or as a market, no act between actors:
    - "bought 12 mln tonnes of grain from Canada in 1985/86", "imports 50 pct of its gas from
      Algeria", "Japanese crushers bought 8,000 tonnes": a trade figure summed over a span, a
      share, or a firm's purchase, whoever the partner (a deal told once, "bought 300,000 tonnes
      of wheat from Canada", and arms and relief are kept);
    - "supplied 41 pct of Soviet grain imports": a share of a market, no aid;
    - "the central bank bought dollars": a market dealt in, no partner;
    - "microchips imported from Japan": where goods come from, no deal told;
    - "a bank which aids U.S. exports": trade helped, no one aided."""
    lemma = tok.lemma_.lower()
    if trig.type == "COOPERATE" and lemma in TRADE_VERBS:
        if objs and all(_traded_amount(o) for o in objs) and (
                _over_a_span(s, tok) or all(_market_share(s, o, goods=True) for o in objs) or _firm_buyer(s, tok)):
            return True
        if objs and all((o.lemma_.lower() in MARKET_THINGS or o.lower_ in MARKET_THINGS)
                        and not s.actors(o, modifiers=False) for o in objs):
            return True
        if (tok.dep_ == "acl" and tok.tag_ == "VBN" and not objs and tok.head.pos_ == "NOUN"
                and not s.actors(tok.head, modifiers=False) and tok.head.lemma_.lower() not in KEPT_GOODS):
            return True
    if lemma in SUPPLYING_VERBS and objs and all(_market_share(s, o) for o in objs):
        return True
    # (a sum in a currency is money given: "will provide 10 million dollars to Mozambique")
    return trig.type == "AID" and bool(objs) and all(
        (o.lemma_.lower() in FLOWS_AND_MARKETS or o.lower_ in MARKET_THINGS)
        and not s.actors(o, modifiers=False) and not _a_sum(o) for o in objs)


def _a_sum(obj) -> bool:
    """A counted sum of money ("10 million dollars", "$5m"), not a currency as such."""
    return obj.ent_type_ == "MONEY" or any(c.dep_ in ("nummod", "quantmod") for c in obj.children)


def _firm_buyer(s: _Sentence, tok) -> bool:
    """The verb's active subject is a firm or a trader ("Japanese crushers bought"); the parser may
    take a dateline for the subject and the buyer for its apposition ("WINNIPEG - crushers bought")."""
    subj, passive = s.subject(tok)
    return subj is not None and not passive and any(
        _firm(s, t) for t in (subj, *(c for c in subj.children if c.dep_ == "appos")))


def _no_offer(s: _Sentence, tok, objs) -> bool:
    """An "offer" that is none: a bill moved ("the amendment, offered by Senator X"), a seller's
    price ("offering cocoa at 1,460 stg a tonne"), or a chance a thing gives ("the ruling offered
    new possibilities for brewers")."""
    if objs and all(o.lemma_.lower() in MOVED_BILLS for o in objs) or (
            tok.dep_ == "acl" and tok.head.lemma_.lower() in MOVED_BILLS):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "at" and _a_price(c.subtree) for c in tok.children) or _a_price(
            [t for c in tok.children if c.dep_ in ("dobj", "npadvmod") for t in c.subtree], per=True):
        return True
    subj = s.subject(tok)[0]
    return bool(objs) and all(o.lemma_.lower() in GIVEN_CHANCES and not s.actors(o, modifiers=False)
                              for o in objs) and (
        subj is None or subj.pos_ == "NOUN" and not s.actors(subj, modifiers=False))


def _market_move(s: _Sentence, verb, obj) -> bool:
    """A rise or fall of a price or a currency ("the rise in the yen"; the parser may hang "in the
    yen" on the verb)."""
    if obj.lemma_.lower() not in MARKET_MOVES:
        return False
    moved = list(s.prep_objects(obj, frozenset({"in", "of"}))) or list(s.prep_objects(verb, frozenset({"in"})))
    return bool(moved) and all(_priced(s, m) for m in moved)


def _a_price(words, per: bool = False) -> bool:
    """A price named in the phrase: a number with a sum of money or a unit it is per ("at 152 dlrs
    a tonne", "at around 1,460 stg a tonne"); with ``per``, a sum of money and a unit both ("offering
    around 1,460 stg a tonne", not "offered 500,000 tonnes" or "offered a 50 mln dlr loan")."""
    words = list(words)
    money = any(t.ent_type_ == "MONEY" or t.lemma_.lower() in PRICE_WORDS for t in words)
    unit = any(t.lemma_.lower() in AMOUNT_NOUNS for t in words)
    return any(t.like_num for t in words) and (money and unit if per else money or unit)


def _traded_amount(obj) -> bool:
    """A counted lot of goods ("300,000 tonnes of wheat", "two cargoes", "fewer cars"), not of arms
    or relief."""
    if obj.lemma_.lower() not in COUNTED_LOTS and obj.lower_ not in TRADED_LOTS or not any(
            c.dep_ in ("nummod", "amod", "quantmod") for c in obj.children):
        return False
    goods = [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return not any(t.lemma_.lower() in KEPT_GOODS or t.lower_ in GIVEN_GOODS for t in goods)


def _market_share(s: _Sentence, obj, goods: bool = False) -> bool:
    """A part of a market: "41 pct of Soviet grain imports", "half its oil needs"; with ``goods``,
    of any goods ("imports 50 pct of its gas from Algeria")."""
    if obj.lemma_.lower() not in SHARE_NOUNS and obj.lower_ not in SHARE_NOUNS:
        return False
    flows = [p for p in s.prep_objects(obj, frozenset({"of"}))] + [c for c in obj.children if c.dep_ == "dobj"]
    return bool(flows) and all(goods or f.lemma_.lower() in TRADE_FLOWS for f in flows)


# spans a trade figure is summed over: "in 1985/86", "in the first quarter", "so far this season"
SPAN_NOUNS = frozenset({"year", "season", "quarter", "half", "decade"})
SPAN_ADVERBS = frozenset({"already", "annually", "yearly"})


def _over_a_span(s: _Sentence, tok) -> bool:
    """The trade verb sums its amount over a span, as a figure does ("bought 29 mln tonnes in
    1985/86", "has already purchased 25 mln tonnes", "exported 80,000 cars in the first quarter",
    "sold 2 mln tonnes a year"), not a deal told once ("bought 300,000 tonnes from Canada")."""
    if any(t.tag_ == "CD" and "/" in t.text and t.text.replace("/", "").isdigit() for t in tok.sent):
        return True  # a marketing year: "1986/87"
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in SPAN_ADVERBS:
            return True
        if c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_NOUNS:
            return True  # "last year", "a year"
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "since", "through", "over"):
            for p in (g for g in c.children if g.dep_ == "pobj"):
                if p.lemma_.lower() in SPAN_NOUNS or (p.like_num and len(p.text) == 4 and p.text.isdigit()) or (
                        p.lemma_.lower() in ("month", "week") and p.tag_ == "NNS"):  # "in the first three months"
                    return True  # "in the first quarter", "in 1986"
    return False


def _priced(s: _Sentence, tok) -> bool:
    """A price, a currency, shares or a market, and no actor: what rises and falls."""
    return (tok.lemma_.lower() in MARKET_MOVERS or tok.lower_ in MARKET_MOVERS) and not s.actors(tok, modifiers=False)


def _market_warning(s: _Sentence, tok) -> bool:
    """A warning of a market's move ("warned against a further dollar fall", "warned that a fall in
    the yen could force rates up", "warned of a recession"): a forecast or a caution, no threat."""
    said = list(s.prep_objects(tok, frozenset({"of", "against", "about"})))
    said += [g for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    said += [c for c in tok.children if c.dep_ == "dobj"]  # (the parser's reading of "warned a fall could ...")
    return bool(said) and all(w.lemma_.lower() in MARKET_MOVES and not s.actors(w, modifiers=False) for w in said)


def _claim_denied(s: _Sentence, tok) -> bool:
    """"Deny" or "denial" said of a claim or a report ("denied the allegations", "denied that
    the minister had been sacked", "denied being pressured", "Moscow denied it", "a denial of the
    report"): no request or deed is refused or disowned (a grant refused, "denied him entry", and
    a deed disowned, "denied responsibility for the attack", "denied sending drones", "denied that
    it had closed the border" (CAMEO 016), are kept)."""
    if tok.pos_ == "VERB":
        if any(c.dep_ == "ccomp" and _own_deed(s, tok, c) for c in tok.children):
            return False  # "Hungary denied that it had closed the border": its own deed disowned (CAMEO 016)
        gerunds = [c for c in tok.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"]
        gerunds += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if any(not any(a.dep_ == "auxpass" for a in g.children) for g in gerunds):
            return False  # "Iran denied sending drones": its own deed disowned (not "denied being pressured")
        if any(c.dep_ in ("dative", "ccomp", "xcomp") or c.dep_ == "prep" and any(
                g.dep_ == "pcomp" for g in c.children) for c in tok.children):
            # a person it is denied to ("denied the envoy entry", "denied bail to the leader"), or
            # a clause or gerund of what is denied ("denied that ...", "denied being pressured")
            return not any(c.dep_ == "dative" for c in tok.children)
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.dep_ == "dobj" for c in objs) and any(c.dep_ == "nsubjpass" for c in objs):
            return False  # "the leader was denied permission": denied to someone
    else:
        if any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in tok.children):
            return True  # "a denial that it had sent troops"
        objs = list(s.prep_objects(tok, frozenset({"of"})))
    # (a bare "Moscow denied" or "issued a denial" answers a claim told before)
    return all(o.lemma_.lower() in DENIED_CLAIMS or o.lower_ in DENIED_CLAIMS for o in objs)


def _own_deed(s: _Sentence, verb, clause) -> bool:
    """The clause a denial denies tells of an actor's deed, which the denial disowns or answers
    (CAMEO 016): its doer is a pronoun ("denied that it had closed the border") or a coded actor
    ("denied that Serbia had closed the border"), not a thing or a person done to ("denied that
    the minister had been sacked", "denied the figures were wrong")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.tag_ == "PRP" and subj.lower_ not in ("you", "i"):
        return True
    return bool(s.actors(subj))


def _named_person(tok) -> bool:
    """A person's name, or a title before a name ("Mr Campbell")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_.rstrip(".") in PERSON_TITLES for c in tok.children))


def _tribute_to_no_actor(s: _Sentence, tok) -> bool:
    """Tribute paid in mourning ("to the late pope", "to those killed in the fire") or to a person
    who stands for no body of any state ("to the actor", coded by nationality alone)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    honoured = [p for h in heads for p in s.prep_objects(h, frozenset({"to"}))]
    # the mourning word in the phrase of who is honoured, not in the reason given ("to the late
    # pope", "to those killed in the fire"; not "to Blair for his stand against the death penalty")
    reasons = {t.i for p in honoured for c in p.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
    if any(t.lemma_.lower() in MOURNING_WORDS or t.lower_ in MOURNING_WORDS
           for p in honoured for t in p.subtree if t.i not in reasons):
        return True
    return bool(honoured) and all(
        (_named_person(p) or any(c.dep_ == "appos" and _named_person(c) for c in p.children))
        and all(a.sector is None for a, _ in s.actors(p)) for p in honoured)


def _joins_as_member(s: _Sentence, tok, objs) -> bool:
    """A person joins a body of a state, a party or a firm as a member: no one's act of support
    (a state joining a bloc, or one joining another in an act, is kept)."""
    if all(o.lemma_.lower() in ELECTORAL_THINGS for o in objs):
        return True  # "joined the Kerry campaign": a candidate's staff, no one backed in an act
    subj, passive = s.subject(tok)
    if subj is None or passive or not (_named_person(subj) or subj.lower_ in ("he", "she")):
        return False
    for o in objs:
        found = [a for a, _ in s.actors(o, modifiers=False)]
        if _named_person(o) or any(a.sector is None for a in found) or (
                not found and not (o.pos_ == "PROPN" and o.ent_type_ in ("ORG", ""))):
            return False  # "joined Blair in condemning", "joined NATO" (a state's bloc)
    return True


def _hits_non_agents(s: _Sentence, tok, trig: Trigger, onto: Ontology) -> bool:
    """What a verb of force is aimed at is all animals or things no one stands for: its objects,
    the objects of "at", or its passive subject (through "a variety of", "a herd of" to what is
    counted), none of them an actor. The row's own words are no target ("set fire to")."""
    hit = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in trig.extra]
    hit += [p for p in s.prep_objects(tok, frozenset({"at"})) if p.lemma_.lower() not in trig.extra]
    hit += [p for h in list(hit) if h.lemma_.lower() not in onto.non_agents
            for p in s.prep_objects(h, frozenset({"of"}))]
    named = [h for h in hit if h.lemma_.lower() in onto.non_agents]
    return bool(named) and not any(s.actors(h) for h in hit) and all(
        h in named or any(p in named for p in s.prep_objects(h, frozenset({"of"}))) for h in hit)


def _firm(s: _Sentence, tok, actor: Actor | None = None) -> bool:
    """A firm, by its coded sector or by the noun that names it ("the Italian car maker", "game
    operator Shanda Interactive", "car firm DaimlerChrysler")."""
    if actor is not None and actor.sector and actor.sector.startswith("BUS"):
        return True
    if tok is None:
        return False
    if _seat_of_a_name(s, tok):
        return True  # "sold the unit to Deutz of West Germany": the buyer's home, not the state
    if tok.i in s.mention_at:  # a coded name is a firm by its sector only ("the occupied West Bank" is none)
        return any(a.sector and a.sector.startswith("BUS") for a in s.actor_list(tok, modifiers=False))
    if tok.lemma_.lower() in FIRMS_AND_TRADERS and not (actor is not None and actor.sector and actor.sector[:3] in
                                                 STATE_ORGANS | NONSTATE_ARMED | {"GOV", "IGO"}):
        return True  # (a firm's nationality is no organ: "a French-led consortium")
    if (tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and actor is not None and actor.sector is None
            and any(c.dep_ == "poss" and c.i in s.mention_at for c in tok.children)):
        return True  # "Australia's Kestrel Mining": a name no dictionary holds, under its country
    if tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lemma_.lower() in FIRM_NOUNS for c in tok.children):
        return True  # "a consortium bid", "company officials"
    return tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in FIRM_NOUNS
                                       for c in (*tok.children, *(g for c in tok.children for g in c.children)))


# what a state or its organ is called "of" a place: "the Kingdom of Saudi Arabia", "the Bank of France"
POLITY_HEADS = frozenset({"kingdom", "republic", "emirate", "sultanate", "principality", "state", "states", "union",
                          "federation", "commonwealth", "government", "people", "bank", "ministry", "parliament",
                          "army", "navy", "court", "council", "assembly", "congress", "senate", "house", "city",
                          "province", "region", "island", "islands", "university", "church", "party", "front"})


def _seat_of_a_name(s: _Sentence, tok) -> bool:
    """A place named as the home of a name no dictionary holds, which a business story gives a firm:
    "Deutz of West Germany", "AC Handling Co of Columbus, Ohio" (not "the air force of India", "the
    government of Malaysia", whose heads are common nouns, nor a coded body "of" a place)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        name = tok.head.head  # the place was given as the actor
    elif any(p.i in s.mention_at for p in s.prep_objects(tok, frozenset({"of"}))):
        name = tok  # the name was, coded by its place
    else:
        return False
    return (name.pos_ == "PROPN" and name.ent_type_ in ("ORG", "GPE", "") and name.i not in s.mention_at
            and name.lemma_.lower() not in POLITY_HEADS and name.lower_.rstrip(".") not in PERSON_TITLES
            and not any(t.i in s.mention_at for t in name.subtree if t.i < name.i))


def _business_only(s: _Sentence, trig: Trigger, sources, targets, subj_tok) -> bool:
    """Deals, bids, backing and quarrels between firms, or a firm's act on no one: "the chip maker
    is collaborating on lasers", "the two carmakers traded charges of price fixing", "the car maker
    it could have been forced to buy". A firm's act on a state ("Ford is cooperating with the
    government"), a state's on a firm, a deal between coded firms of two countries, and violence
    (a misread role, not business) are kept."""
    if trig.type not in BUSINESS_PRONE_TYPES | BUSINESS_TALK_TYPES:
        return False  # (violence, protest and force are misread roles, not business)
    firm_sources = [a for a, t in sources if _firm(s, t, a)]
    firm_targets = [b for b, t in targets if _firm(s, t, b)]
    if sources:
        parties = [a for a, _ in sources] + [b for b, _ in targets]
        if all(a.sector and a.sector.startswith("BUS") for a in parties) and len({a.country for a in parties}) > 1:
            return False  # "Russia's Gazprom and the National Iranian Oil Company signed a memorandum": across a border
        return len(firm_sources) == len(sources) and len(firm_targets) == len(targets)
    if subj_tok is not None and subj_tok.dep_ != "nsubjpass" and _firm(s, subj_tok):
        return len(firm_targets) == len(targets)  # "the firm, not coded, agreed to sell its unit"
    return bool(targets) and len(firm_targets) == len(targets) and trig.type in BUSINESS_PRONE_TYPES


def _asks_for(clause) -> bool:
    """A content clause that says what should be done: a bare verb ("insisted that Israel
    withdraw") or one with "must", "should" or "ought"."""
    if clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in clause.children):
        return True
    if _subjunctive(clause):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in clause.children)


def _subjunctive(clause) -> bool:
    """A bare verb the tagger took for a present one, known by its singular subject: "insists
    that Congress pass the budget", "that the bill include ..." (a present verb would be
    "passes"); not "insists that the talks continue" (plural: either reading)."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (clause.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP") and not subj.conjuncts
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children))


def _contest_not_war(tok) -> bool:
    """A battle, war or fight noun named as a contest of another kind: "a court battle", "a
    bidding war", "the legal fight over the will", "a price war"; or a win in a game told in a
    story that is not a sports report: "Brazil beat Argentina 3-0", "thrashed Italy in the final"."""
    if tok.pos_ == "VERB" and _game_won(tok):
        return True
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]  # "fought a court battle"
    return any(n.lemma_.lower() in CONTEST_HEADS and c.dep_ in ("amod", "compound", "nmod")
               and c.lemma_.lower() in CONTEST_KINDS for n in nouns for c in n.children)


# verbs of beating an opponent, which news of war and of games share
WIN_VERBS = frozenset({"beat", "defeat", "thrash", "trounce", "rout", "crush", "edge", "overcome", "outplay",
                       "hammer", "down", "whitewash", "knock", "stun", "humble", "overpower"})
# what a game is played in: "in the World Cup qualifier", "in Sunday's final" (not "round",
# "series" or "test", which talks and weapons have too)
GAME_NOUNS = frozenset({"match", "game", "final", "semi-final", "semifinal", "quarter-final", "quarterfinal",
                        "qualifier", "cup", "championship", "tournament", "league", "derby", "friendly", "fixture",
                        "playoff", "play-off", "olympics", "decider", "showpiece", "tie"})
SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")  # "3-0", "2–1" (not "2014-15")


def _game_won(verb) -> bool:
    """"Brazil beat Argentina 3-0", "Spain thrashed Italy in the final": a win told with a score
    or in a game."""
    if verb.lemma_.lower() not in WIN_VERBS:
        return False
    near = [t for c in verb.children if c.dep_ in ("dobj", "npadvmod", "prep", "advmod", "nummod", "appos")
            for t in c.subtree]
    return any(SCORE.match(t.text) for t in near) or any(
        t.lemma_.lower() in GAME_NOUNS for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for t in c.subtree if t.dep_ == "pobj")


# who holds a post or a position that is ground, not a stance ("a police post", "army positions")
GROUND_HOLDERS = FORCE_NOUNS | frozenset({"military", "border", "frontier", "guard", "observation", "command",
                                          "checkpoint", "naval", "defensive", "forward", "enemy", "rebel"})


def _verbal_attack(s: _Sentence, tok) -> bool:
    """"attacked the plan", "attacked Trump for the tweet", "his attacks on mail-in voting": what is
    attacked is a policy, a statement or a decision (no actor, no place), or an actor is attacked
    for something said or done ("for" a reason)."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() not in ATTACK_WORDS:
        # "launched an attack on the cost of the scheme": the light verb's attack says what is attacked
        attacks = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_WORDS]
        return bool(attacks) and _verbal_attack(s, attacks[0])
    if tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # "the plan was attacked by"
        reasons = [p for p in s.prep_objects(tok, frozenset({"for"}))]
        if reasons and all(r.lemma_.lower() in STANCE_NOUNS for r in reasons):
            return True  # "attacked Trump for the tweet", "attacked Le Pen for her remarks"
        if _speaker_attacks(s, tok, objs):
            return True
        topics = [p for p in s.prep_objects(tok, frozenset({"over"}))]
        if topics and all(r.lemma_.lower() in STANCE_NOUNS for r in topics) and _peaceful(s, tok):
            return True  # "attacked the prime minister over his handling of the crisis"
        if objs and all(o.lemma_.lower() in PRESS_NOUNS for o in objs) and _peaceful(s, tok):
            return True  # "the candidate attacked the media for its coverage": the press, named as an actor
        subj, passive = s.subject(tok)
        if passive and subj is not None and not s.actors(subj) and (by := s.agent(tok)) is not None and _politician(
                s, by) and _peaceful(s, tok):
            return True  # "the scheme was attacked by the Tories as too little": a party's words
    else:
        objs = [p for p in s.prep_objects(tok, frozenset({"on", "against"}))]
    # "attacks on key elements of the programme": what the part is of is what is attacked
    objs = [next(iter(s.prep_objects(o, frozenset({"of"}))), o) if o.lemma_.lower() in PART_NOUNS else o
            for o in objs]
    if objs and _peaceful(s, tok) and all(_politician(s, o) for o in objs):
        return True  # "attacking Mr Campbell", "Brown attacked the Conservatives, saying ...": words
    if tok.pos_ == "NOUN" and not objs and (by := list(s.prep_objects(tok, frozenset({"from", "by"})))) and all(
            _politician(s, b) for b in by) and _peaceful(s, tok):
        return True  # "defended his record against attacks from the Liberal Democrats"
    # ("attacked rebel positions" are held ground: a stance is one position, ground is many)
    # (an actor may own it: "attacked Germany's plan" is words, "attacked Germany" is not)
    # (nor is a post or position of forces: "attacked a police post", "an army position")
    return bool(objs) and all(o.lemma_.lower() in STANCE_NOUNS and not s.actors(o, modifiers=False)
                              and not (o.lemma_.lower() == "position" and o.tag_ == "NNS")
                              and not (o.lemma_.lower() in ("post", "position") and any(
                                  c.dep_ in ("compound", "amod") and c.lemma_.lower() in GROUND_HOLDERS
                                  for c in o.children)) for o in objs)


# the press, which a dictionary may code as an actor: attacked in words
PRESS_NOUNS = frozenset({"media", "medium", "press"})  # (the small model's lemma of "media" is "medium")


def _peaceful(s: _Sentence, tok) -> bool:
    """Nothing in the sentence speaks of violence (weapons, armed men, the hurt or the dead), and
    the attacker, if named, is no armed force and no state."""
    if s.violent():
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False  # "attacked the MP with eggs"
    subj, passive = s.subject(tok) if tok.pos_ == "VERB" else (None, False)
    if passive:
        subj = s.agent(tok)
    return subj is None or not _armed_or_state(s, subj)


def _politician(s: _Sentence, tok) -> bool:
    """A phrase naming a person (no armed one) or a party: someone attacked in words when nothing
    else in the sentence is violent."""
    actors = [a for a, _ in s.actors(tok, modifiers=False)]
    if any(a.sector and a.sector[:3] in NONSTATE_ARMED | {"MIL", "COP"} for a in actors):
        return False
    if tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.lower_.rstrip(".") in PERSON_TITLES
                                        for c in tok.children):  # (a name no dictionary holds, attacked by a coded actor)
        subj = s.subject(tok.head)[0] if tok.head.pos_ == "VERB" else None
        return bool(actors) or (subj is not None and bool(s.actors(subj)))
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        return False  # "attacked opposition activists": people, who may be beaten
    return bool(actors) and all(a.sector and a.sector[:3] in VERBAL_TARGET_SECTORS for a in actors)


def _speaker_attacks(s: _Sentence, tok, objs) -> bool:
    """"Senator Walsh attacked the governor for raising taxes", "Republicans attacked her on her
    record", "attacked the war as a waste": a named person or a party (no armed group, no state)
    attacks someone not armed, with no weapon, for a reason, on a topic or as something."""
    subj, passive = s.subject(tok)
    if subj is None or passive or subj.ent_type_ not in ("PERSON", "NORP"):
        return False
    if _armed_or_state(s, subj):
        return False  # "Israeli troops attacked the camp as ..."
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False  # "attacked his neighbour with a knife"
    if any(_armed_or_state(s, o) for o in objs):
        return False  # states, places and armed men are attacked in arms: "Putin attacked Ukraine for ..."
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "over", "as")):
        if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children):
            return True  # "for raising taxes", "on paying fewer taxes"
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or pobj.i in s.timex_at or s.actors(
                    pobj, modifiers=False):  # (not "for the U.S. deaths": a reason, whoever's)
                continue
            if prep.lower_ == "as" and pobj.lemma_.lower() in ("part", "retaliation", "revenge", "reprisal"):
                continue  # "as part of an offensive", "as retaliation"
            if (prep.lower_ != "on" or pobj.lemma_.lower() in STANCE_NOUNS
                    or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in pobj.children)):
                return True  # "for his remarks", "on his taxes", "as a tool of the rich"
    return False


def _market_object(s: _Sentence, tok) -> bool:
    """What is suspended, withdrawn or cancelled is a firm's place on a market ("trading in the
    shares", "its listing", "the share offer"), no one's dealings with a state."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(
        (o.lower_ == "trading" or o.lemma_.lower() in LISTINGS | SECURITIES
         or any(c.dep_ == "compound" and c.lemma_.lower() in LISTINGS | SECURITIES for c in o.children))
        and not s.actor_list(o, modifiers=False) for o in objs)


def _home_trip(s: _Sentence, tok, sources, targets) -> bool:
    """A trip at home: to a place of the traveller's own country, or to places no one stands for
    ("key seats", "several cities"); no host is visited."""
    own = {a.country for a, _ in sources if a is not None}
    if targets:
        return all(b.sector is None and b.country in own for b, _ in targets)
    places = [p for p in s.prep_objects(tok, frozenset({"to", "around", "across"}))]
    places += [c for c in tok.children if c.dep_ == "dobj"]
    return bool(places) and all(p.pos_ == "NOUN" and p.tag_ == "NNS" and not s.actors(p) for p in places)


# companies of players or performers, whose tours are games and shows, not visits of state
TROUPES = frozenset({"ballet", "orchestra", "troupe", "choir", "ensemble", "circus", "philharmonic", "opera"})
# a team or squad is one of players only when named by its game ("a trade team" is officials)
GAME_TEAMS = frozenset({"team", "squad", "side", "eleven", "xi"})
GAMES = frozenset({"cricket", "football", "soccer", "rugby", "hockey", "basketball", "volleyball", "handball",
                   "tennis", "chess", "baseball", "olympic", "national", "athletics", "swimming", "cycling",
                   "gymnastics", "wrestling", "boxing", "polo", "netball", "badminton", "table-tennis"})


def _troupe_trip(s: _Sentence, tok) -> bool:
    """"The Russian ballet toured China", "India's cricket team will visit Pakistan": the ones who
    travel are players or performers (a national team is named with its country, which the
    coder reads as the traveller)."""
    subj, passive = s.subject(tok)
    if subj is None or passive:
        return False
    lemma = subj.lemma_.lower()
    return lemma in TROUPES or lemma in GAME_TEAMS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in GAMES for c in subj.children)


def _thing_subject(s: _Sentence, tok) -> bool:
    """The verb's passive subject is a thing no one stands for ("the drug was approved")."""
    subj, passive = s.subject(tok)
    return passive and subj is not None and subj.pos_ == "NOUN" and not s.actors(subj)


def _clash_of_words(s: _Sentence, tok) -> bool:
    """"the parliament clashed with the Commission over the budget": bodies that bear no arms
    (a legislature, a government, a court, a party, an international body) clash on an issue;
    and anyone unarmed clashes in words over a policy, a bill or a plan, or in a forum of words
    ("clashed with Germany over the budget", "clashed in parliament", "in a row over schools").
    Forces, police and protesters clash in the street ("troops clashed with rebels")."""
    if tok.lemma_.lower() != "clash":
        return False
    if tok.pos_ == "VERB":
        subj, passive = s.subject(tok)
        sides = ([subj] if subj is not None and not passive else []) + list(s.prep_objects(tok, frozenset({"with"})))
    elif tok.pos_ == "NOUN":  # "the judge's clash with ministers over the bill"
        sides = [c for c in tok.children if c.dep_ == "poss"] + list(s.prep_objects(tok, frozenset({"with", "between"})))
    else:
        return False
    sides += [c for t in sides for c in t.conjuncts]
    actors = [a for t in sides for a, _ in s.actors(t)]
    # (the parser may hang the issue on the other side: "clashed with ministers over the bill")
    heads = [tok, *(t for t in sides if t.dep_ == "pobj")]
    about = frozenset({"over", "on", "about"})
    issues = [p for h in heads for p in s.prep_objects(h, about)
              if p.pos_ == "NOUN" and not s.actors(p) and p.i not in s.timex_at]
    if len(sides) >= 2 and actors and issues and all(
            a.sector is None and a.code.startswith("IGO") or a.sector and a.sector[:3] in ("LEG", "GOV", "JUD", "PTY", "IGO")
            for a in actors):
        return True
    armed = any(a.sector and a.sector[:3] in NONSTATE_ARMED | {"MIL", "COP", "SPY"} for a in actors) or any(
        t.lemma_.lower() in FORCE_NOUNS | PROTESTERS or any(c.lemma_.lower() in FORCE_NOUNS for c in t.children
                                                            if c.dep_ == "compound") for t in sides)
    wordy = any(p.lemma_.lower() in WORDY_ISSUES for h in heads for p in s.prep_objects(h, about)) or any(
        p.lemma_.lower() in WORD_FORUMS for h in heads for p in s.prep_objects(h, frozenset({"in", "during", "at"})))
    # "clashed with ministers about how judges are chosen": the issue is a question
    wordy = wordy or any(c.dep_ == "prep" and c.lower_ in about and any(g.dep_ == "pcomp" for g in c.children)
                         for h in heads for c in h.children)
    # (a clash in which people are hurt is a fight, whatever it was over)
    hurt = any(t.lemma_.lower() in HURT_WORDS for t in s.sent)
    return bool(sides) and wordy and not armed and not hurt


def _armed_or_state(s: _Sentence, tok) -> bool:
    """A phrase naming a state or place, or an armed force (a person's name, coded with their
    country alone, is neither)."""
    return any(a.sector is None and tok.ent_type_ != "PERSON" or a.sector and a.sector[:3] in NONSTATE_ARMED | {"MIL", "COP"}
               for a, _ in s.actors(tok))


# what rises in a market "rally": prices, shares, indices and currencies
MARKET_MOVERS = MARKET_THINGS | frozenset({"price", "index", "bourse", "equity", "commodity", "oil", "gold", "relief",
                                           "nikkei", "dow", "ftse", "nasdaq", "dax", "cac", "sensex", "seng", "kospi",
                                           "bull", "year-end", "end-of-year", "broad", "copper", "crude", "brent",
                                           "silver", "street", "futures", "soybean", "soybeans", "corn", "wheat",
                                           "grain", "sugar", "coffee", "cocoa", "cotton", "rubber", "platinum", "zinc",
                                           "nickel", "aluminium", "aluminum", "bullion", "treasuries", "gilt", "bund",
                                           "rapeseed", "soyoil", "soymeal", "yield"})


def _market_rally(s: "_Sentence", tok) -> bool:
    """A "rally" of prices, no crowd: "a stock market rally", "a rally in shares", "the Nikkei
    staged a rally", "oil prices rallied". Told by what rallies (the noun's modifiers or "in"/"of"
    object, the subject of the verb or of "staged"), when no actor stands there."""
    def market(t) -> bool:
        return (t.lemma_.lower() in MARKET_MOVERS or t.lower_ in MARKET_MOVERS) and not s.actors(t, modifiers=False)

    if tok.pos_ == "VERB":
        subj, _ = s.subject(tok)
        return subj is not None and market(subj)
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and market(c) for c in tok.children):
        return True
    if any(market(p) for p in s.prep_objects(tok, frozenset({"in", "of"}))):
        return True
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        subj, _ = s.subject(tok.head)
        return subj is not None and market(subj)
    return False


def _leader_rally(s: "_Sentence", tok) -> bool:
    """A "rally" that a sitting official holds or speaks at: "Trump held his first indoor rally",
    "the president stirred controversy at a rally in Ohio". It is the leader's own meeting of
    supporters, no dissent (a rally "against" something stays a protest)."""
    if tok.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return False
    prep = tok.head
    while prep.dep_ == "conj" and prep.pos_ == "ADP":
        prep = prep.head  # "during an interview and again at a rally"
    verb = tok.head if tok.dep_ == "dobj" else prep.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB":
        return False
    subj, passive = s.subject(verb)
    holders = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if subj is not None and not passive:
        holders.append(subj)
    actors = [a for h in holders for a, _ in s.actors(h, modifiers=False)]
    return bool(actors) and all(a.sector and a.sector[:3] in ("GOV", "LEG") for a in actors)


def _race_won(tok) -> bool:
    """"beat" or "rally" as a race won: "beat Lloyds to the deal", "beat its rival to buy the
    bank", "rallied to win the final", "shares rallied to close higher". What one is beaten to
    ("to" a thing) or what the win lets one do (a verb of winning) makes it no blow and no rally
    ("beaten to death" is a blow)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to" and tok.lemma_.lower() == "beat" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PRON") and g.lemma_.lower() != "death" for g in c.children):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                      for g in c.children):
            if tok.lemma_.lower() == "beat" or c.lemma_.lower() in WON_ENDS:
                return True
    return False


def _market_demand(s: _Sentence, tok) -> bool:
    """A singular "demand" that is the market's: "strong demand from China", "oil demand fell",
    "without killing off demand", not "a demand from Beijing that ..." or "demands for a vote".
    No article, possessor or clause of what is asked, and a word of the market before it, a good
    ("oil demand"), or nothing at all."""
    if tok.lemma_.lower() != "demand" or tok.tag_ != "NN":
        return False
    if any(c.dep_ in ("det", "poss", "acl", "relcl", "ccomp") for c in tok.children):
        return False
    asked = [p for p in s.prep_objects(tok, frozenset({"for"}))]
    if any(any(c.dep_ in ("det", "poss") for c in p.children) or s.actors(p) for p in asked):
        return False  # "demand for a referendum", "demand for Smith's resignation"
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    marketed = not asked and any(c.dep_ == "amod" and c.lower_ in MARKET_DEMAND and not s.actors(c) for c in mods)
    if any(s.actors(c) for c in mods) and not marketed:
        # "opposition demand", "Iranian demand" (a party's, or a country's market: left alone);
        # a word of the market with it, and nothing asked for, makes it the market's: "heavy Soviet
        # demand", "strong Chinese demand" (not "growing Palestinian demand for statehood")
        return False
    return all(c.lower_ in MARKET_DEMAND or c.lemma_.lower() in MARKET_DEMAND or c.dep_ in ("compound", "nmod")
               or marketed and s.actors(c) for c in mods)


def _trade_figure(s: _Sentence, tok) -> bool:
    """"Thailand exported 5,000 tonnes of tin", "households bought fewer cars": an amount of goods
    counted in units ("5,000 tonnes", "fewer cars"), no one else named in it. A sum of money with
    a country in it is a deal ("committed to buy $200 billion worth of American goods")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.lemma_.lower() in AMOUNT_NOUNS and any(c.dep_ in ("nummod", "amod") for c in o.children)
        and not any(s.actors(t) for t in o.subtree) for o in objs)


# nouns of goods moved in trade, whose rise or fall is a statistic ("coffee shipments fell")
FLOW_NOUNS = frozenset({"shipment", "delivery", "export", "import", "purchase", "sale", "supply", "consignment",
                        "cargo", "sales", "exports", "imports", "supplies", "deliveries", "shipments"})
# verbs of a figure moving or standing at a level
FIGURE_VERBS = frozenset({"fall", "rise", "drop", "decline", "increase", "decrease", "grow", "double", "triple",
                          "halve", "slump", "surge", "climb", "jump", "plunge", "soar", "dip", "slip", "shrink",
                          "total", "reach", "amount", "average", "ease", "edge", "recover", "rebound", "stand"})


def _flow_statistic(s: _Sentence, tok) -> bool:
    """A trade flow told as a figure, not an act: "Brazilian coffee shipments to the United States
    fell to 80,000 tonnes", "Iranian oil deliveries to India dropped by half". The flow noun is the
    subject of a verb of rising, falling or standing at a level, with the level or the change
    given as a quantity or share. Arms and relief stay acts ("Russian arms deliveries to Syria rose
    to 40 tanks a month" says deliveries were made), and so does a flow with no figure ("deliveries
    increased sharply")."""
    if tok.lemma_.lower() not in FLOW_NOUNS and tok.lower_ not in FLOW_NOUNS or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in FIGURE_VERBS:
        return False
    goods = [t for c in tok.children if c.dep_ in ("compound", "amod", "prep") for t in c.subtree
             if not (c.dep_ == "prep" and c.lower_ in ("to", "from"))]
    if any(t.lemma_.lower() in KEPT_GOODS or t.lower_ in GIVEN_GOODS for t in goods):
        return False
    figures = [t for c in verb.children if c.dep_ in ("prep", "dobj", "npadvmod", "advmod", "attr") for t in c.subtree]
    return any(t.like_num or t.lemma_.lower() in FIGURE_NOUNS or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")
               for t in figures)


def _met_standard(s: _Sentence, obj) -> bool:
    """What one meets that is a measure to reach, not a party or its demands: "met the deadline",
    "meet the requirements", and economic demand ("to meet demand for oil", "meet rising demand"):
    a singular "demand" with no one who makes it (no possessor, no "of"/"by"/"from", no clause of
    what is demanded) and, with "for", a bare good ("for oil"), not a thing asked for ("for a
    referendum")."""
    lemma = obj.lemma_.lower()
    if lemma in MET_STANDARDS:
        return not s.actors(obj, modifiers=False)  # (whoever sets them: "US requirements")
    if lemma != "demand" or obj.tag_ != "NN" or s.actors(obj):
        return False
    if any(c.dep_ in ("poss", "acl", "relcl", "ccomp") for c in obj.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in obj.children):
        return False
    asked = [p for p in s.prep_objects(obj, frozenset({"for"}))]
    return all(not any(c.dep_ in ("det", "poss") for c in p.children) and not s.actors(p) for p in asked)


# social ills fought in campaigns, besides the harms of non_agents.csv: "the war on obesity",
# "the battle against the water crisis", "the fight against AIDS"
PLIGHTS = frozenset({"crisis", "obesity", "hunger", "aids", "hiv", "crime", "drug", "addiction", "diabetes",
                     "malnutrition", "pollution", "smoking", "homelessness", "racism", "discrimination", "inequality",
                     "deprivation", "deforestation", "recession", "tuberculosis", "polio", "measles", "dementia",
                     "illness", "sickness", "depression", "alcoholism", "bureaucracy", "waste", "fraud", "piracy",
                     "counterfeiting", "doping", "climate", "warming", "emission", "desertification"})


def _fights_a_plight(s: _Sentence, tok, onto: Ontology) -> bool:
    """"Nigeria is fighting against poverty", "a war on corruption", "the battle against
    inflation": what is fought, with "against" or "on", is a harm with no actor behind it (a word
    of non_agents.csv), and no actor is named as the enemy."""
    foes = [p for p in s.prep_objects(tok, frozenset({"against", "on", "with"}))]  # ("a battle with cancer")
    if not foes or any(s.actors(f) for f in foes):
        return False
    # the foe itself may be a plight ("against drugs"); a modifier only a harm with no actor
    # ("against cholera outbreaks"), not "drug traffickers", who are people
    return all(f.lemma_.lower() in onto.non_agents or f.lemma_.lower() in PLIGHTS
               or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in onto.non_agents for c in f.children)
               for f in foes)


def _in_past_war(tok) -> bool:
    """The act is set in a war long over: "sunk during World War II", "killed in the Cold War"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("during", "in", "throughout"):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                # the object's own words, not those of a clause or phrase under it ("in a speech
                # on the Cold War", "in a statement warning of a new Cold War")
                inner = {t.i for k in p.children if k.dep_ in ("prep", "acl", "relcl") for t in k.subtree}
                words = [t for t in p.subtree if t.i not in inner]
                for k in range(1, len(words)):
                    before = words[k - 2].lower_ if k > 1 else ""
                    if words[k - 1].lower_ in PAST_WARS and words[k].lemma_.lower() == "war" and before not in NEW_WARS:
                        return True
    return False
