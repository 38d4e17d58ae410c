"""The event coder: triggers from the lexicon, roles from the dependency parse.

For each sentence: find verb and noun triggers, take source and target actors from the
parse (subject, object, dative, prepositional objects, passive agent, possessives), expand
coordinated actors into pairs, read modality, and date the event by the temporal expression
that governs it (else the publication date)."""
from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Iterable

from diplograph.actors.local import LOCAL_SECTORS, PRIVATE
from diplograph.events import speech
from diplograph.events.modality import DELAYING_HEADS, PREVENTING_HEADS, REPORT_HEADS, modality
from diplograph.events.modality import DEONTIC_AUX as DEONTIC
from diplograph.events.ontology import Ontology, Trigger, ontology
from diplograph.genre import is_sports_report
from diplograph.time import is_calendar
from diplograph.types import Actor, Document, Event, Mention, Timex

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
MODIFIER_DEPS = ("poss", "amod", "compound", "nmod", "npadvmod")
OBJECT_CONTROL = {"urge", "ask", "call", "force", "persuade", "allow", "help", "press", "push", "encourage", "invite", "order", "tell", "warn"}
# what an actor issues that can say, call or condemn ("a statement condemning", "a resolution urging")
STATEMENT_NOUNS = frozenset({"statement", "letter", "communique", "communiqué", "resolution", "report", "declaration",
                             "message", "note", "motion", "decree", "appeal", "memorandum", "editorial", "petition"})
# nouns of a will or attempt to act, whose owner is who would act ("Iran's decision to ...")
INTENT_NOUNS = frozenset({"decision", "plan", "bid", "move", "attempt", "effort", "refusal", "failure", "willingness",
                          "readiness", "offer", "threat", "promise", "pledge", "intention", "proposal", "determination",
                          "resolve", "ability", "authority", "commitment", "desire", "wish", "agreement"})
# who speaks or acts for the body named with "for"
SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "lawyer", "attorney",
                          "adviser", "advisor", "negotiator"})
# who works for the one named with "to" ("an adviser to the prime minister"; not an envoy, who is
# sent to a country)
AIDES = frozenset({"aide", "adviser", "advisor", "counsellor", "counselor"})
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
# Preps on a trigger's direct object that introduce the target ("ratified the treaty with Iran").
OBJECT_PREPS = frozenset({"with"})
PLACE_PREPS = frozenset({"in", "inside", "across", "near"})
GROUP_PREPS = frozenset({"of", "in", "from", "throughout"})
AUTHOR_PREPS = frozenset({"from", "by", "of"})
CLAUSE_TARGET_PREPS = frozenset({"to", "with", "from", "against", "on", "for"})
DESTINATION_PREPS = frozenset({"to", "from", "for", "against", "into", "on"})
RECEIVING_VERBS = frozenset({"draw", "receive", "face", "attract", "earn", "suffer", "incur", "get", "win",
                             "spark", "provoke", "prompt", "trigger"})
# verbs of answering what one is told: "Biden addressed the allegations" answers them (he is
# their target), as one who faces or draws criticism
RESPONDING_VERBS = frozenset({"address", "answer", "rebut", "refute", "counter", "deflect", "weather"})
# verbs of telling, recording or grieving over an act that others did: "Pakistan reported the
# bombing of its post", "China mourned the killing of its diplomats" (China killed no one)
OBSERVING_VERBS = frozenset({"report", "mourn", "describe", "document", "witness", "record", "recall", "remember",
                             "commemorate", "lament", "recount", "mention", "cite", "monitor", "film",
                             "photograph", "discuss", "debate", "survive", "detail", "chronicle", "publicise",
                             "publicize", "highlight", "mark", "observe"})
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "picketer"})
PROPOSALS = frozenset({"proposal", "offer", "plan", "request", "call", "demand", "invitation", "appeal",
                       "initiative", "resolution", "bid", "ultimatum", "condition", "terms", "formula"})
NESTED_TARGET_PREPS = frozenset({"with", "to", "against", "for", "on"})
OWN_THING_PREPS = frozenset({"to", "from", "in", "at", "into"})
DEEP_PLACE_PREPS = frozenset({"in", "inside", "into", "to", "from", "against", "across"})
ATTRIBUTING_VERBS = frozenset({"attribute", "ascribe", "blame", "credit"})
# Non-state domestic actors: with no target named, they act on their own state ("Egyptian
# demonstrators rioted" is EGYCVL -> EGY, "rebels dismissed the appeal" REB -> their country), the
# convention of CAMEO-style coders for protests, demands and rejections inside a country.
DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "REB", "INS", "SEP", "CVL", "LAB", "EDU", "REL", "HRI", "REF",
                              "MOD", "RAD", "AGR", "ENV", "DEV"})
# ... and acts of these types with no target named fall on the actor's own country ("declared
# martial law", "police arrested dozens")
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE"})
NONSTATE_ARMED = frozenset({"UAF", "INS", "REB"})
UNNAMED_ATTACKER_TYPES = frozenset({"ASSAULT"})
STATE_WEAPONS = frozenset({"airstrike", "shelling", "shell", "artillery", "missile", "warplane", "jet", "drone",
                           "helicopter", "bombardment", "bomber", "tank", "gunship", "warship", "navy"})
# legal acts of a state (arrests, charges, inquiries, convictions, deportations): with no one
# named doing them, the state of the place they happen in does
STATE_LEGAL_MODES = frozenset({"arrest", "investigate", "convict", "deport"})
STATE_LEGAL_CAMEOS = frozenset({"115"})
# acts that non-state groups often aim across a border: their target's country is not theirs
FOREIGN_PRONE_TYPES = frozenset({"ASSAULT"})
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "ELI", "SPY"})
READY_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager"})
# verbs that voice one's own will: "Armenia expressed readiness to sign" (whose readiness it is)
VOICING_VERBS = frozenset({"express", "voice", "signal", "show", "indicate", "reiterate", "reaffirm", "announce",
                           "confirm", "declare", "state", "demonstrate", "stress"})
# what a sports report can still tell: arrests, charges and bans, and protests
KEPT_IN_SPORTS = frozenset({"COERCE", "SANCTION", "ACCUSE", "PROTEST"})
# ... and refusals between two countries ("refused to play against an Israeli player")
KEPT_IN_SPORTS_WITH_BOTH = frozenset({"REJECT"})
CONTEST_KINDS = frozenset({"court", "legal", "bidding", "takeover", "price", "custody", "ratings", "turf", "patent",
                           "copyright", "courtroom", "boardroom", "proxy", "electoral", "election", "leadership",
                           "budget", "tariff", "trade", "currency", "format", "console", "chart", "box-office"})
CONTEST_HEADS = frozenset({"battle", "war", "fight", "fighting", "clash", "struggle", "showdown", "duel"})
ATTACK_WORDS = frozenset({"attack", "assault"})  # ("a blistering assault on Labour's record")
# what is attacked in words: "attacked the plan", "attacks on mail-in voting"
STANCE_NOUNS = frozenset({"policy", "proposal", "plan", "decision", "remark", "comment", "statement", "record",
                          "idea", "bill", "law", "budget", "move", "handling", "approach", "stance", "position",
                          "rhetoric", "claim", "speech", "tweet", "voting", "vote", "report", "reform", "programme",
                          "program", "agenda", "strategy", "measure", "legislation", "ruling", "verdict", "deal",
                          "leadership", "response", "press", "media", "ballot", "election", "failure", "silence",
                          "inaction", "praise", "word", "post", "article", "interview", "opinion", "book", "advert",
                          "advertisement", "view", "attitude", "tone", "language", "joke", "slogan", "result",
                          "outcome", "cost", "handling", "treatment", "management", "record", "tax", "cut",
                          "rise", "increase", "manifesto", "pledge", "promise", "right", "freedom", "liberty",
                          "democracy", "privacy", "reputation", "credibility", "integrity", "character"})
# what is attacked through a part of it: "attacks on key elements of the programme"
PART_NOUNS = frozenset({"element", "part", "aspect", "section", "portion", "feature", "detail", "provision", "plank"})
# words that make an attack on a person or a party an armed one or a blow: "attacked the MP with a knife"
VIOLENT_WORDS = frozenset({"kill", "wound", "injure", "injury", "die", "dead", "death", "shoot", "shooting", "shot",
                           "gun", "gunman", "gunfire", "knife", "stab", "bomb", "bomber", "bombing", "explosive",
                           "grenade", "rocket", "missile", "troop", "soldier", "militant", "rebel", "insurgent",
                           "fighter", "weapon", "rifle", "hospital", "mob", "beat", "punch", "kick", "assailant",
                           "attacker", "police", "arrest", "blood", "bullet", "machete", "acid", "convoy", "artillery",
                           "tank", "raid", "ambush", "hostage", "kidnap", "murder", "assassinate", "assassination",
                           "gang", "thug", "hurt", "victim", "suspect", "violence", "violent", "army", "military",
                           "protester", "demonstrator", "rioter", "crowd", "youth", "militia", "militiaman",
                           "militiamen", "paramilitary", "jet", "warplane", "helicopter", "drone", "force", "airstrike",
                           "strike", "shell", "shelling", "mortar", "sniper", "checkpoint", "patrol", "base", "position"})
# words of mourning: tribute paid to the dead is no act of praise between actors
MOURNING_WORDS = frozenset({"late", "die", "died", "death", "dead", "funeral", "memorial", "memory", "mourn",
                            "obituary", "victim", "passing", "condolence", "vigil", "killed", "grave", "wreath",
                            "commemorate", "commemoration"})
# who is attacked in words when nothing in the sentence is violent: a party or the opposition
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
VERBAL_TARGET_SECTORS = frozenset({"PTY", "OPP"})
# what one retreats or backs away from that is a stance, not ground
POSITION_NOUNS = frozenset({"goal", "position", "plan", "pledge", "promise", "commitment", "demand", "stance",
                            "policy", "threat", "proposal", "support", "opposition", "aim", "objective", "target",
                            "insistence", "claim", "condition", "idea", "reform", "course"})
# verbs of gathering that mobilise only when what is gathered is a force ("amassed troops", not
# "amassed 1,200 delegates" nor "mobilise capital")
MASSING_VERBS = frozenset({"amass", "mobilize", "mobilise", "muster"})
# what is amassed that is a force
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "tank", "weapon", "army", "warship", "unit", "artillery", "arm",
                         "militia", "fighter", "man", "personnel", "division", "battalion", "brigade", "vehicle",
                         "armour", "armor", "missile", "ship", "aircraft", "jet", "plane", "reservist", "equipment",
                         "hardware", "firepower", "rocket", "drone", "police", "boat", "vessel", "munition"})
# what countries "share" that is no act ("share a border", "share an interest in stability")
SHARED_TRAITS = frozenset({"tradition", "border", "history", "value", "concern", "view", "goal", "interest", "culture",
                           "language", "heritage", "frontier", "boundary", "belief", "vision", "opinion", "sentiment",
                           "feeling", "faith", "religion", "root", "ancestry", "kinship", "trait", "characteristic",
                           "feature", "name", "similarity", "fate", "coastline", "coast", "sea", "river", "lake",
                           "commitment", "aspiration", "desire", "ambition", "approach", "position", "perspective",
                           "challenge", "predicament", "vulnerability", "fear", "understanding", "objective", "aim",
                           "priority", "suspicion", "outlook", "hope", "ideology", "identity", "destiny", "enemy",
                           "responsibility", "blame", "credit", "prize", "award", "title", "lead"})
# what is shared that makes sharing an exchange of intelligence (CAMEO 064); sharing other things
# ("their bases", "technology") is plain material cooperation (060)
SHARED_INFO = frozenset({"information", "intelligence", "data", "detail", "evidence", "finding", "assessment", "file",
                         "record", "document", "imagery", "image", "footage", "knowledge", "expertise", "know-how",
                         "lesson", "insight", "analysis", "report", "list", "name", "location", "coordinate",
                         "warning", "tip", "lead", "secret", "datum", "info"})
# what is "released" that is published, not freed
RELEASED_THINGS = frozenset({"report", "data", "figure", "result", "statement", "document", "film", "album", "book",
                             "video", "footage", "memo", "transcript", "record", "information", "detail", "text",
                             "list", "file", "recording", "photo", "image", "song", "game", "version", "update",
                             "statistic", "finding", "study", "poll", "survey", "movie", "single", "trailer",
                             "dvd", "cd", "cinema", "theatrical", "box-office"})
APPROVING_VERBS = frozenset({"approve", "authorize", "authorise", "license", "licence", "register", "clear"})
# where a patient is "released from"
CARE_PLACES = frozenset({"hospital", "clinic", "care", "quarantine", "isolation", "infirmary"})
# what a rival is beaten to, or what beating it lets one do, that makes "beat" a race won, not a
# blow: "beat Lloyds to the deal", "beat its rival to buy the bank", "rallied to win the final"
WON_ENDS = frozenset({"beat", "win", "claim", "take", "secure", "earn", "draw", "level", "finish", "close", "end",
                      "recover", "clinch", "reach", "edge", "overcome"})
# what one protests that is a claim about oneself, not a cause ("protested his innocence")
PROTESTED_CLAIMS = frozenset({"innocence", "ignorance", "loyalty", "good"})
# verbs of putting goods on a market: where a firm sells is its market, no partner ("sells the drug in Brazil")
MARKET_VERBS = frozenset({"sell", "export", "market", "distribute", "retail", "license", "licence"})
# verbs of trade, and what a traded amount is counted in: "exported 5,000 tonnes of tin" with no
# buyer named is a trade figure, no act between actors
TRADE_VERBS = MARKET_VERBS | {"buy", "purchase", "import", "ship"}
AMOUNT_NOUNS = frozenset({"tonne", "ton", "barrel", "bushel", "unit", "bale", "bag", "ounce", "litre", "liter",
                          "gallon", "cubic", "kilo", "kilogram", "copy", "vehicle", "car"})
# what threatens that is a thing or a happening, not an actor: "the row threatens to derail the talks"
RISKS = frozenset({"ban", "move", "decision", "dispute", "row", "crisis", "plan", "policy", "law", "measure", "rule",
                   "case", "deal", "scandal", "conflict", "violence", "fighting", "war", "shortage", "slump", "rise",
                   "fall", "drop", "increase", "recession", "inflation", "deficit", "debt", "issue", "problem",
                   "controversy", "affair", "tension", "standoff", "stalemate", "delay", "result", "change",
                   "proposal", "bill", "tariff", "embargo", "sanction", "strike", "protest", "unrest", "outbreak",
                   "spat", "feud", "quarrel", "split", "rift", "bid", "takeover", "merger", "cut", "levy"})
# words that make a bare "demand" the market's ("strong demand from China", "weak oil demand")
MARKET_DEMAND = frozenset({"strong", "weak", "rising", "growing", "falling", "slowing", "global", "domestic",
                           "consumer", "world", "export", "import", "seasonal", "slack", "sluggish", "robust",
                           "booming", "soaring", "high", "low", "higher", "lower", "increased", "reduced", "firm",
                           "steady", "buoyant", "sagging", "flagging", "healthy", "industrial", "underlying",
                           "heavy", "strengthening", "weakening", "strongly", "total", "overall", "physical"})
# what one joins that is a bloc or a compact between states, named or said again ("joined the group")
BLOC_NOUNS = frozenset({"organisation", "organization", "group", "bloc", "alliance", "union", "coalition", "pact",
                        "treaty", "agreement", "convention", "body", "club", "federation", "community", "league",
                        "association", "grouping", "initiative", "forum", "partnership", "accord", "protocol"})
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "pre-election", "re-election", "victory",
                            "fundraising", "fundraiser", "primary", "caucus"})
# what is cancelled that is no proposal, meeting or deal between actors
SHOWS = frozenset({"address", "speech", "convention", "tournament", "concert", "show", "season", "match", "game",
                   "festival", "parade", "celebration", "race", "appearance", "tour", "performance", "screening",
                   "premiere", "broadcast", "exhibition", "fair", "contest", "competition", "league", "marathon",
                   "graduation", "ceremony", "class", "lecture", "wedding"})
# what is a campaign's, accepted, helped or left by a candidate ("accepted the nomination")
ELECTORAL_THINGS = frozenset({"nomination", "candidacy", "candidature", "re-election", "reelection", "ticket",
                              "mate", "nominee", "primary", "race", "caucus", "campaign", "electorate"})
# who follows or opposes a leader without being the leader's organ ("a Trump supporter")
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "fan", "backer", "admirer", "critic", "opponent",
                            "voter", "sympathiser", "sympathizer", "detractor", "devotee", "base"})
# who is a firm, by the noun that names it ("game operator Shanda", "car firm DaimlerChrysler")
FIRM_NOUNS = frozenset({"company", "firm", "corporation", "corp", "inc", "plc", "ltd", "conglomerate", "carmaker",
                        "automaker", "maker", "manufacturer", "operator", "retailer", "insurer", "airline",
                        "subsidiary", "underwriter", "broker", "brokerage", "shareholder", "startup", "consortium",
                        "supplier", "distributor", "chain", "franchise", "portal", "publisher", "broadcaster",
                        "outsourcer", "lender", "industry"})
# what is bought, sold or offered that is a firm's paper ("offered four million shares")
SECURITIES = frozenset({"share", "stock", "bond", "note", "debenture", "security", "warrant", "stake", "paper",
                        "equity", "option", "unit", "division"})
# a firm's place on a market ("suspended its listing", "withdrew the share offer")
LISTINGS = frozenset({"listing", "ipo", "flotation", "offering", "dividend", "buyback", "delisting"})
# what is defended that is a level or a prize, not an actor or a policy ("defend prices", "defend his title")
DEFENDED_LEVELS = frozenset({"price", "rate", "currency", "peg", "level", "value", "parity", "title", "crown",
                             "record", "lead", "championship", "margin", "floor", "benchmark", "band"})
# what a "supply" noun is of that is an economic quantity, not goods given ("money supply growth")
SUPPLY_QUANTITIES = frozenset({"money", "credit", "labour", "labor", "housing"})
# what is launched that is no attack: spacecraft, and operations of search or relief
SPACE_THINGS = frozenset({"mission", "spacecraft", "satellite", "capsule", "probe", "shuttle", "spaceship",
                          "telescope", "rover", "astronaut", "crew", "module", "lander", "station"})
CIVIL_OPERATIONS = frozenset({"search", "rescue", "relief", "recovery", "salvage", "evacuation", "cleanup",
                              "clean-up", "humanitarian", "fundraising", "marketing", "manhunt"})
CARRIER_PREPS = frozenset({"via", "atop", "aboard", "on", "by"})
LAUNCHERS = frozenset({"rocket", "launcher", "booster", "vehicle"})
# what is given that is words, not help ("provided his input")
GIVEN_WORDS = frozenset({"input", "information", "detail", "insight", "explanation", "answer", "comment", "view",
                         "opinion", "perspective", "update", "testimony", "account", "clarification", "feedback",
                         "figure", "estimate", "forecast", "quote", "interview", "speech", "talk", "lecture"})
# what is occupied that is a ranking or a post ("occupying top spot")
RANKS = frozenset({"spot", "place", "position", "rank", "slot", "post", "role", "berth"})
# what is struck that is no target ("a balance to be struck", "struck a chord", "struck a pose")
STRUCK_THINGS = frozenset({"balance", "chord", "note", "tone", "pose", "match", "figure", "bargain", "compromise",
                           "gold", "oil", "jackpot", "rich", "lucky", "fear", "terror"})
# who is "met" that is an audience, not a party: meeting the press is a statement (CAMEO 010)
AUDIENCES = frozenset({"press", "reporter", "journalist", "medium", "media", "newsman", "correspondent"})
# what permits without being anyone's act ("the law allows ...", "a state of emergency allows ...")
RULE_NOUNS = frozenset({"law", "legislation", "bill", "act", "rule", "regulation", "amendment", "constitution",
                        "provision", "clause", "emergency", "measure", "scheme", "system", "statute", "code",
                        "loophole", "exemption", "licence", "license", "permit", "visa", "plan", "proposal"})
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "which"})
CHANCE_NOUNS = frozenset({"opportunity", "chance", "initiative", "moment", "momentum", "occasion", "advantage",
                          "headline", "limelight", "spotlight", "imagination", "lead"})
SPOKEN_OR_ABSTRACT = frozenset({"speech", "address", "remark", "message", "lecture", "sermon", "verdict", "ruling",
                                "judgment", "judgement", "statement", "blow", "result", "performance", "service",
                                "return", "growth", "profit", "rebuke", "testimony", "eulogy", "report", "presentation",
                                "promise", "pledge", "vote", "punchline", "line", "talk"})
# a labour strike (PROTEST) told from an armed one (ASSAULT)
WORK_STOPPAGES = frozenset({"strike"})
STRIKE_CALLING_VERBS = frozenset({"call", "stage", "join", "hold", "end", "begin", "announce", "organise", "organize",
                                  "extend", "suspend"})
STRIKE_PHRASE_HEADS = frozenset({"action", "ballot", "pay", "fund", "leader", "committee", "wave", "notice"})
LABOUR_STRIKE_WORDS = frozenset({"general", "national", "nationwide", "indefinite", "wildcat", "token", "sympathy",
                                 "rail", "transport", "postal", "pay", "wage", "union", "labour", "labor", "worker",
                                 "staff", "teacher", "doctor", "nurse", "miner", "driver", "pilot", "dock", "port"})
ARMED_STRIKE_WORDS = frozenset({"air", "airstrike", "missile", "drone", "rocket", "military", "nuclear", "retaliatory",
                                "preemptive", "pre-emptive", "surgical", "artillery", "precision", "aerial", "naval",
                                "israeli", "american", "russian", "us", "u.s."})
# what one "meets" that is a measure, not a party: no meeting, no concession
MET_STANDARDS = frozenset({"requirement", "target", "standard", "need", "deadline", "expectation", "obligation",
                           "criterion", "goal", "cost", "payment", "quota", "shortfall", "benchmark", "threshold",
                           "forecast", "estimate", "specification"})
# verbs of command: what a state commands its own organs is not a request to another actor
COMMANDING_VERBS = frozenset({"order", "instruct", "command", "direct", "tell"})
SCENE_PREPS = frozenset({"in", "near", "outside", "inside", "at", "across", "around", "off"})
# ... of which these may take the acting country when named by role alone ("six militants")
ROLE_ONLY_TARGETS = frozenset({"UAF", "INS", "REB", "OPP", "PTY", "SEP"})
# Those who go "to a rally" or take part "in talks" are its actors
PARTICIPATION_PREPS = frozenset({"for", "in", "at", "into", "to"})
PARTICIPATION_TYPES = frozenset({"PROTEST", "CONSULT", "COOPERATE", "MOBILIZE"})
JOINT_PREPS = frozenset({"in", "after", "during", "amid", "following"})
DATE_CLIMB = {"pobj", "prep", "npadvmod", "nummod", "compound", "amod", "appos", "nmod", "det", "advmod", "quantmod", "pcomp", "case", "obl", "tmod", "conj", "cc"}


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
    for item in items:
        for tok in sent:
            ts = offset + tok.idx
            if item.start <= ts < item.end:
                out.setdefault(tok.i, []).append(item)
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
            return found + self._shared_head(tok, found)
        if not modifiers:
            return found
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
                if not found and child.dep_ == "amod" and child.lemma_.lower() == "lead":
                    found = [a for g in child.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")
                             for a in self._at(g)]  # "the Saudi-led coalition", "US-led forces"
                if found:
                    return found
        # "thousands of Iraqi Kurds", "demonstrators in Baghdad", "rebels in the Ivory Coast"
        # (only subjects take "in"/"from": "a treaty in Moscow" is not Russia's); "a spokesman
        # for the Chinese foreign ministry" speaks for it
        preps = GROUP_PREPS if tok.dep_ in ("nsubj", "nsubjpass") or depth else frozenset({"of"})
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
                            both = (pobj, *pobj.conjuncts) if child.lower_ == "from" else (pobj,)
                            found = [a for p in both for a in self.actor_list(p, depth=depth + 1)]
                            if found:
                                return found
        return []

    def _shared_head(self, tok, found: list[Actor]) -> list[Actor]:
        """"Iranian and Russian officials": the second adjective's mention took the noun, the
        first shares it (IRN + GOV)."""
        extra: list[Actor] = []
        sector = found[0].sector
        for child in tok.children:
            if child.dep_ != "amod" or not child.conjuncts:
                continue
            for c in (child, *child.conjuncts):
                for a in self._at(c):
                    if a.country and a.sector is None and sector and all(a.country != f.country for f in found):
                        extra.append(Actor(a.country + sector, a.country, sector, a.entity, a.text))
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

        toks = [tok, *tok.conjuncts] if tok.dep_ != "conj" else [tok]
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
            found = self.actor_list(t, modifiers=modifiers)
            if not found and t.i == tok.i and modifiers:
                for child in t.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                for p in [pobj, *pobj.conjuncts]:
                                    add(self._at(p), p)
            add(found, t)
        return out

    # --- roles ---------------------------------------------------------------------------
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
        for child in subjects[:1]:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, False
            return child, False
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
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "drones supplied by Iran"
            # (a participle with a direct object is a main verb the parser missed: "the coalition bombed Yemen")
            # (or, in a sentence the parser left without a main verb, whose conjoined finite verb
            # has one: "Nurses from two aid groups donated and delivered medicine to ...")
            conj = [c for c in verb.conjuncts if c.tag_ == "VBD"] if verb.sent.root.pos_ in ("NOUN", "PROPN") else []
            return verb.head, not any(c.dep_ == "dobj" for v in (verb, *conj) for c in v.children)
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
        if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "demonstrators protesting the results"
            noun = verb.head
            if (noun.lemma_.lower() in STATEMENT_NOUNS and noun.dep_ in ("dobj", "nsubjpass")
                    and noun.head.pos_ in ("VERB", "AUX") and not self.actor_list(noun)):
                # "Cuba issued a statement condemning the embargo": who issues it says it
                tok, passive = self.subject(noun.head, depth + 1)
                if passive:
                    return self.agent(noun.head), False
                return tok, False
            return verb.head, False
        if verb.dep_ == "xcomp":
            head = verb.head
            if head.lemma_.lower() in OBJECT_CONTROL:
                for child in head.children:
                    if child.dep_ in OBJECT_DEPS:
                        return child, own_passive
            return self.subject(head, depth + 1)[0], own_passive
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            gov = verb.head.head  # "accused Iran of backing rebels", "since invading Ukraine"
            if gov.pos_ in ("VERB", "AUX"):
                for child in gov.children:
                    if child.dep_ in OBJECT_DEPS and verb.head.lower_ in ("of", "for"):
                        return child, own_passive
                return self.subject(gov, depth + 1)[0], own_passive
        if verb.dep_ in ("acomp", "attr", "oprd") and verb.head.i != verb.i:  # "is unlikely to offer"
            return self.subject(verb.head, depth + 1)
        if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            tok, passive = self.subject(verb.head, depth + 1)
            return tok, passive if verb.dep_ == "conj" else False
        return None, False

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
        return None

    def prep_objects(self, tok, preps: frozenset[str]):
        for child in tok.children:
            if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield pobj

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


def _trigger_match(tok, triggers: tuple[Trigger, ...], s: "_Sentence | None" = None) -> Trigger | None:
    """The longest pattern whose extra words are among the head's children (or the objects of
    its prepositions: "agreed to a ceasefire"), not its subject's unless the row says so."""
    # not the infinitive's "to" ("to protest" is no "protest to") nor a clause's marker
    kids = [c for c in tok.children if c.dep_ not in ("aux", "auxpass", "mark", "nsubj", "csubj", "agent")]
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    kids += [g for c in kids if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]
    # "pulled out of the agreement": the object of a preposition hanging on a particle or preposition
    kids += [g for c in tok.children if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "prep"
             for g in p.children if g.dep_ == "pobj"]
    # "ended mediation efforts": the compounds of the object
    kids += [g for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children if g.dep_ == "compound"]
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
    # the rows that use the particle or preposition next to the verb, or its object, first ("called
    # off the search on Sunday" is no "call on"; "agreed to a ceasefire" stays "agree ceasefire")
    near = particles | {w for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in particles
                        for g in c.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
    triggers = sorted(triggers, key=lambda t: not any(w in near for w in t.extra))
    for trig in triggers:
        if not trig.extra and particles & UNDOING_PARTICLES:
            break  # "backed away from", "called off": a phrasal verb the lexicon does not list is not the bare verb
        have = subject_lemmas if trig.subject_words else child_lemmas
        # a particle word ("give in", "call off") only as the verb's particle, not a preposition ("gave ... in aid")
        if all((w in particles) if w in PARTICLE_WORDS else (w in have) for w in trig.extra):
            if trig.person_object and not (s is not None and _person_object(s, tok)):
                continue
            if trig.intransitive and s is not None and any(
                    c.dep_ == "dobj" and c.i not in s.mention_at for c in tok.children):
                continue  # "demonstrating the historical complexities" shows, it does not protest
            return trig
    return None


def _dated(prep) -> bool:
    """A preposition whose object is a date or time ("seized on Monday"): no particle of the verb."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


PARTICLE_WORDS = frozenset({"in", "out", "up", "down", "off", "back", "away"})
# particles that change what a bare verb means ("back away", "call off", "fight off")
UNDOING_PARTICLES = frozenset({"off", "away"})


def _person_object(s: "_Sentence", tok) -> bool:
    """The verb's object is a coded actor or a person's name ("released Aung San Suu Kyi")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.i in s.mention_at or c.ent_type_ == "PERSON")
               for c in tok.children)


def _event_id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def code_sentence(s: _Sentence, onto: Ontology) -> list[Event]:
    sent = s.sent
    found: list[tuple[object, Trigger]] = []
    consumed: set[int] = set()
    events: list[Event] = []
    coded_at: dict[int, list[Event]] = {}
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in onto.verbs:
            trig = _trigger_match(tok, onto.verbs[lemma], s)
            if trig:
                found.append((tok, trig))
                coded = _events_for(s, tok, trig, onto)
                events.extend(coded)
                coded_at[tok.i] = coded
                if not coded and (not trig.extra or lemma in PREVENTING_HEADS | DELAYING_HEADS):
                    # a bare verb that codes nothing leaves its objects to their own events, and so
                    # does a cancellation ("the visit was cancelled": the visit, called off)
                    continue
                for child in tok.children:
                    if child.dep_ in OBJECT_DEPS or child.dep_ in ("nsubjpass", "attr"):
                        consumed.add(child.i)
                    if child.dep_ == "prep":
                        # (not "at the request of Iran": a request of another, the act done on it)
                        consumed.update(p.i for p in child.children if p.dep_ == "pobj" and not (
                            child.lower_ in ("at", "per", "upon") and p.lemma_.lower() in ACTED_ON_REQUESTS))
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
    threats, conditional = _ultimatums(s, onto, coded_at, found)
    if conditional:  # the act announced on a condition is coded as the threat (PLOVER codes the threat)
        events = [e for e in events if id(e) not in conditional]
    events.extend(threats)
    return events


# a state of readiness forces are kept in: "troops are on standby", "ships remained on alert"
READINESS_NOUNS = frozenset({"standby", "stand-by", "alert"})
BEING_VERBS = frozenset({"be", "remain", "stay"})
# what a union puts to its members' vote that is a threat of a stoppage: "to ballot members on strikes"
BALLOTED_ACTS = frozenset({"strike", "walkout", "stoppage"})
# currencies and markets a central bank holds up (no actor supported): "intervened to support the dollar"
MARKET_THINGS = frozenset({"dollar", "yen", "pound", "sterling", "currency", "franc", "mark", "lira", "peso", "rupee",
                           "rouble", "ruble", "euro", "yuan", "renminbi", "won", "rand", "krona", "krone", "guilder",
                           "dinar", "rupiah", "baht", "ringgit", "escudo", "peseta", "drachma", "shekel", "real",
                           "exchange", "market", "bond", "share", "stock", "economy", "growth", "demand", "recovery"})
# a court's decisions, which one appeals against at law
RULINGS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "conviction", "sentence",
                     "acquittal", "injunction", "finding", "order"})
# what one joins a person for that is an outing, no shared act: "for a poster launch", "on a walkabout"
OUTINGS = frozenset({"launch", "event", "tour", "trail", "walkabout", "photo", "photocall", "dinner", "lunch",
                     "breakfast", "reception", "stroll", "walk", "drive", "ride", "round", "holiday", "party"})
# verbs of killing or sinking that, said of a proposal, reject it ("killed the bill", "shot down the plan")
KILLING_OFF_VERBS = frozenset({"kill", "shoot", "torpedo", "scupper", "sink", "wreck", "derail"})
REJECTABLE = frozenset({"bill", "proposal", "plan", "deal", "law", "legislation", "measure", "reform", "idea", "motion",
                        "amendment", "claim", "scheme", "budget", "treaty", "agreement", "accord", "initiative",
                        "resolution", "offer", "suggestion", "argument", "theory", "rumour", "rumor", "nomination",
                        "talks", "negotiation", "package", "compromise", "plans"})
# what is "fired" at someone that is words: "fired a broadside at", "fired off a volley of questions"
VERBAL_SALVOS = frozenset({"broadside", "barb", "jibe", "gibe", "question", "letter", "warning", "parting", "rebuke",
                           "criticism", "attack", "retort", "riposte", "tweet", "email", "memo"})
# what is captured or won that is no ground: seats, votes, imaginations
WON_THINGS = frozenset({"seat", "vote", "constituency", "ward", "majority", "imagination", "mood",
                        "spirit", "attention", "title", "crown", "medal", "championship", "prize", "essence",
                        "footage", "headline", "nomination", "plurality", "share", "lead", "momentum", "limelight"})
# what voters or officials are bombarded with that is no shell
SENT_WORDS = frozenset({"leaflet", "question", "letter", "email", "e-mail", "message", "call", "complaint", "request",
                        "criticism", "advert", "advertisement", "mail", "text", "propaganda", "information",
                        "image", "ad", "flyer", "pamphlet", "phone", "offer", "demand", "petition", "spam"})
# what is "sanctioned" that is approved, not punished ("sanctioned the use of force", "sanctioned the sale")
SANCTIONED_ACTS = frozenset({"use", "plan", "deal", "attack", "strike", "operation", "action", "sale", "merger",
                             "transfer", "deployment", "payment", "release", "construction", "building", "change",
                             "move", "request", "project", "expansion", "increase", "killing", "invasion", "raid",
                             "purchase", "acquisition", "takeover", "bid", "practice", "policy", "programme", "program",
                             "measure", "spending", "budget", "scheme", "arrangement", "search", "mission"})
# nouns of shelling that are said of words: "a barrage of questions", "a volley of criticism"
VOLLEYS = frozenset({"barrage", "volley", "salvo", "fusillade", "bombardment", "hail", "torrent", "onslaught"})
REPROACHES = frozenset({"criticism", "abuse", "insult", "accusation", "complaint", "attack", "condemnation",
                        "protest", "invective", "censure", "jibe", "gibe", "barb"})
# what is recognised that is a merit: recognising it is praise ("recognised the efforts of")
MERITS = frozenset({"effort", "role", "contribution", "work", "achievement", "progress", "sacrifice", "service",
                    "courage", "bravery", "commitment", "success", "help", "dedication", "heroism", "generosity",
                    "hospitality", "restraint", "cooperation", "co-operation", "assistance"})
# what one recognises, or refuses to, that is a political fact, though no actor: "would not
# recognise the result", "recognised its independence" (an act noun of the lexicon is one too)
RECOGNISED_ACTS = frozenset({"result", "outcome", "election", "vote", "referendum", "independence", "sovereignty",
                             "claim", "border", "boundary", "frontier", "jurisdiction", "authority", "legitimacy",
                             "government", "regime", "state", "statehood", "republic", "court", "tribunal",
                             "ruling", "verdict", "decision", "law", "right", "existence", "marriage", "union",
                             "president", "presidency", "leader", "leadership", "victory", "win", "exclusion"})
# wars long over: what is told "during World War II" is history, not news
PAST_WARS = frozenset({"world", "cold"})  # "World War II", "the Cold War"
NEW_WARS = frozenset({"new", "another", "third", "next", "future"})  # "a new Cold War" is no history
# who is talked to that is no party one consults: "talking to the public"
# who a candidate appeals to: "appealed to supporters", "an appeal to floating voters"
# (not donors, investors or members: "appealed to donors for aid", "to members of the council")
VOTER_GROUPS = frozenset({"supporter", "activist", "constituent", "follower", "fan", "consumer", "customer",
                          "shopper", "parent", "listener"})
MASS_AUDIENCES = frozenset({"public", "people", "voter", "electorate", "audience", "viewer", "listener", "reader",
                            "crowd", "nation"})


def _readiness(s: _Sentence, onto: Ontology, found) -> list[Event]:
    """Forces said to be in a state of readiness, with no verb that puts them there: "British
    troops are on standby", "two warships remained on alert" (CAMEO 152, as "put on alert")."""
    base = next((t for t in onto.verbs.get("put", ()) if t.type == "MOBILIZE"), None)
    if base is None:
        return []
    done = {t.i for t, _ in found}
    events = []
    for tok in s.sent:
        if tok.lower_ not in READINESS_NOUNS or not any(
                s.sent.doc[j].lower_ == "on" for j in range(max(s.sent.start, tok.i - 2), tok.i)):
            continue
        # (the parser hangs "standby" on the verb beside "on" as often as under it)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.i in done or verb.lemma_.lower() not in BEING_VERBS:
            continue
        subj, passive = s.subject(verb)
        if subj is None or passive or not (subj.lemma_.lower() in FORCE_NOUNS | {"ship", "navy", "jet", "aircraft"}
                                           or any(a.sector and a.sector[:3] == "MIL" for a in s.actor_list(subj))):
            continue  # ("the website is on alert for fraud": no forces)
        trig = dataclasses.replace(base, target_preps=frozenset({"against"}))
        events.extend(_events_for(s, verb, trig, onto))
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


# nouns of asking that the lexicon leaves out because they mean other things too ("a phone call",
# "a guilty plea"): a request only when what is asked for or who asks is said
ASKING_NOUNS = frozenset({"plea", "call", "entreaty"})
NOT_ASKING = frozenset({"phone", "telephone", "conference", "video", "roll", "close", "wake", "margin", "cold",
                        "curtain", "judgment", "judgement", "guilty", "deal", "bargain", "port", "radio", "courtesy",
                        "condolence", "duty", "house", "sales", "emergency", "999", "911", "congratulatory"})
# prepositions of a request noun that name who asks ("a request from Kabul", "pleas by the families")
ASKER_PREPS = frozenset({"from", "by"})
# a request acted on, named by the phrase that says so: "at the request of the president", "at
# Iran's behest", "complied with the request of the court"
ACTED_ON_REQUESTS = frozenset({"request", "behest"})
ACTING_ON_PREPS = frozenset({"at", "per", "upon", "on", "with"})


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
    if not asks:
        return None
    return dataclasses.replace(base, pattern=tok.lemma_.lower(), head=tok.lemma_.lower(), target_preps=frozenset({"to", "on"}))


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


def _acted_on_request(tok, trig: Trigger) -> bool:
    """"at the request of Iran", "at Iran's behest": a request someone acted on, whose target is
    who acted (never the place it was done in)."""
    return (trig.type == "REQUEST" and trig.pos == "NOUN" and tok.lemma_.lower() in ACTED_ON_REQUESTS
            and tok.dep_ == "pobj" and tok.head.lower_ in ACTING_ON_PREPS and tok.head.head.pos_ in ("VERB", "AUX"))


def _recoded(trig: Trigger, onto: Ontology, cameo: str, **changes) -> Trigger | None:
    """The trigger read as another CAMEO code, with that code's PLOVER type and mode from the
    ontology (and any other field changed); None when the ontology has no PLOVER reading of it."""
    info = onto.cameo_info(cameo)
    if info is None or not info.plover_type:
        return None
    return dataclasses.replace(trig, type=info.plover_type, mode=info.plover_mode, cameo=cameo, **changes)


def _ultimatums(s: _Sentence, onto: Ontology, coded_at: dict[int, list[Event]], found) -> tuple[list[Event], set[int]]:
    """"Ghana will recall its ambassador unless Togo frees the fishermen": an act
    announced on a condition the other side must meet is a threat (THREATEN) to that side,
    the subject of the condition, else the act's target. Also gives the (``id``s of the) acts so
    announced, which the threat stands for."""
    base = onto.bare_verb("threaten")
    if base is None:
        return [], set()
    out: list[Event] = []
    done: set[int] = set()
    replaced: set[int] = set()
    for tok, _ in found:
        cond = next((c for c in tok.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)), None)
        if cond is None or tok.i in done:
            continue
        mine = [e for e in coded_at.get(tok.i, ()) if e.source is not None
                and e.modality == "future" and e.type != "THREATEN"]
        if not mine:
            continue
        done.add(tok.i)
        replaced.update(id(e) for e in mine)
        subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        on = [a for a, _ in s.actors(subj)] if subj is not None else []
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
        clause, gov = aux.head, aux.head.head
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
        sources = s.actors(subj)
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
                 if a.country is None or a.country != b.country or a.code != b.code or _two_named(a, b)]
        if pairs:
            trig = dataclasses.replace(base, pattern="must (reported)", head=aux.lower_)
            out.extend(_build_events(s, speaker_verb, speaker_verb, subj, trig, onto, pairs))
    return out


# acts one wants of others, named as nouns: "wants the publication of the advice"
WANTED_ACTS = frozenset({"publication", "release", "withdrawal", "resignation", "inquiry", "apology", "removal",
                         "explanation", "assurance", "guarantee", "clarification", "referendum", "ceasefire",
                         "investigation", "retraction"})


# what one wants to see done that is a measure asked of whoever governs: "wants to see tougher checks"
SEEN_DONE = frozenset({"check", "control", "safeguard", "protection", "regulation", "rule", "reform", "change",
                       "action", "measure", "sanction", "penalty", "curb", "limit", "ban", "cut", "increase",
                       "scrutiny", "transparency", "accountability", "justice", "compensation", "apology",
                       "progress", "commitment", "guarantee"})
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
                            for p in _holders(s, g, "NOUN")]
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
                targets += _holders(s, c, "NOUN") if c.lemma_.lower() == "release" else []
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


# words that condemn what they are said of: "called the raid unacceptable", "said the arrests were
# outrageous" is criticism (CAMEO 111) by the speaker
CONDEMNING = frozenset({"unacceptable", "outrageous", "disgraceful", "shameful", "pathetic", "appalling", "deplorable",
                        "scandalous", "reprehensible", "irresponsible", "unjustified", "unjustifiable", "intolerable",
                        "inexcusable", "inhumane", "barbaric", "abhorrent", "despicable", "disgusting", "unjust",
                        "unfair", "illegal", "unlawful", "hypocritical", "reckless", "absurd", "ridiculous",
                        "cynical", "incompetent", "lamentable", "unconscionable", "indefensible"})
# milder words of blame, criticism only when said of an actor or of an actor's stance ("said
# Germany's plan was misguided"; not "said the situation was dangerous")
BLAMING = frozenset({"misguided", "wrong", "flawed", "dishonest", "misleading", "counterproductive", "provocative",
                     "unhelpful", "unworkable", "dangerous", "damaging", "divisive", "arrogant", "complacent",
                     "shambolic", "chaotic", "ludicrous", "preposterous", "unwise", "naive", "undemocratic",
                     "discriminatory", "offensive", "insulting", "ill-advised", "short-sighted", "wrong-headed",
                     "cowardly", "shameless", "contemptible", "insensitive", "heavy-handed"})
# nouns that condemn what they are said to be: "said the plan was a disgrace", "called the vote a sham"
CONDEMNING_NOUNS = frozenset({"disgrace", "sham", "farce", "travesty", "betrayal", "scandal", "insult", "outrage",
                              "shambles", "fiasco", "folly", "mistake", "blunder", "hypocrisy", "stunt", "gimmick",
                              "fraud", "smear", "whitewash", "cover-up", "affront", "abomination"})
# (of which these are mild: one's own mistake is no criticism of anyone)
MILD_NOUNS = frozenset({"mistake", "blunder", "folly", "stunt", "gimmick"})
# what someone is said to have done that is misconduct in itself: "the Tories say Blair lied"
MISCONDUCT_VERBS = frozenset({"lie", "mislead", "deceive", "betray", "renege", "cheat", "dupe", "hoodwink", "smear"})
BRANDING_VERBS = frozenset({"call", "brand", "label", "term", "deem", "describe", "denounce", "condemn", "decry",
                            "dismiss", "slam", "criticise", "criticize"})
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
        found = _criticism(s, onto, speaker_verb, _condemned(s, thing), trig_of(adj))
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
             if b is None or a is None or b.code != a.code]
    return _build_events(s, speaker_verb, speaker_verb, subj, trig, onto, pairs) if pairs else []


# what is said or put forward that has an author: "arguments made by US officials"
SAID_THINGS = STANCE_NOUNS | PROPOSALS | STATEMENT_NOUNS | frozenset({
    "argument", "allegation", "accusation", "charge", "suggestion", "assertion", "advice", "complaint",
    "objection", "criticism", "demand", "threat", "warning", "offer", "assurance", "guarantee", "request"})
AUTHORING_VERBS = frozenset({"make", "put", "propose", "offer", "submit", "table", "issue", "give", "present",
                             "draw", "level", "raise", "lodge", "voice", "advance", "send", "write", "draft"})


def _made_by(s: _Sentence, noun) -> list[tuple[Actor, object]]:
    """Who made a thing said or put forward, named in its participle ("claims made by Iran",
    "the plan put forward by France", "the advice given by the attorney general")."""
    return [p for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lemma_.lower() in AUTHORING_VERBS and (agent := s.agent(acl)) is not None for p in s.actors(agent)]


def _verb_roles(s: _Sentence, tok, trig: Trigger):
    if trig.receiver_subject:
        return _receiver_roles(s, tok, trig)
    subj, passive = s.subject(tok)
    sources: list[tuple[Actor, object]] = []
    targets: list[tuple[Actor, object]] = []
    subj_tok = subj
    if passive and s.agent(tok) is None and subj is not None and (
            tok.lemma_.lower() in SELF_BINDING and s._at(subj)
            # "Indian troops were put on high alert", "French troops were deployed to Mali": forces
            # mobilised are their own side's show of strength
            or trig.type == "MOBILIZE" and _agent_sector(s, subj, frozenset({"MIL"})) is None and any(
                a.sector and a.sector[:3] == "MIL" for a in s.actor_list(subj))):
        # "Vietnam is committed to opening its economy": the state the passive of a verb one does
        # to oneself ("commit oneself to") leaves its subject in; the subject acts
        passive = False
    if (passive and subj is not None and s.agent(tok) is None and trig.cameo in OWN_WITHDRAWALS
            and tok.lemma_.lower() not in EXPELLING_VERBS):
        # "UN peacekeepers were pulled out of Gorazde", "Turkish troops were withdrawn from the
        # border": who is moved out is the side that withdraws, from the place it leaves
        movers = s.actors(subj)
        own = {a.country for a, _ in movers}
        # where they leave, or where they were posted ("Peru's ambassador to Chile was recalled")
        left = [p for p in _as_place([q for pobj in [*_out_of(s, tok), *s.prep_objects(subj, OWN_THING_PREPS)]
                                      for q in s.actors(pobj)]) if p[0].country not in own]
        if movers and left:
            return movers, left, subj, tok
    if (passive and subj is not None and s.agent(tok) is None and tok.lemma_.lower() in EXPELLING_VERBS
            and trig.type in ("SANCTION", "COERCE")):
        # "Russian diplomats were expelled from Britain": the state they are sent out of expels them
        expelled = s.actors(subj)
        own = {a.country for a, _ in expelled}
        by = [(a, None) for a, _ in _as_place([q for pobj in s.prep_objects(tok, frozenset({"from"})) for q in s.actors(pobj)])
              if a.country not in own]
        if expelled and by:
            return by[:1], expelled, None, tok
    if (passive and subj is not None and s.agent(tok) is None and tok.lemma_.lower() in PUTTING_OUT_VERBS
            and trig.type in ("SANCTION", "COERCE")):
        # "the MP was expelled from her party", "Russia was suspended from the Council of
        # Europe": the body one is put out of puts one out
        members = s.actors(subj)
        bodies = [(a, pobj) for pobj in s.prep_objects(tok, frozenset({"from"})) for a, _ in s.actors(pobj, modifiers=False)
                  if a.sector is not None or a.code[:3] in ("IGO", "NGO")]
        members = [(b, bt) for b, bt in members if all(b.code != a.code for a, _ in bodies)]
        if members and bodies:
            return bodies[:1], members, bodies[0][1], tok
    if passive:
        agent = s.agent(tok)
        if agent is not None:
            sources = s.actors(agent)
            subj_tok = agent
        if subj is not None:
            targets = s.actors(subj, modifiers=not trig.thing_object)
    elif subj is not None:
        sources = s.actors(subj)
        if not sources and subj.lower_ in ("it", "they", "we"):
            sources = _reporter(s, subj)
        if trig.joint:  # "Egypt, Jordan, and Iraq met": the parser may split one list into two subjects
            for other in (c for c in subj.head.children if c.dep_ == "nsubj" and c.i != subj.i):
                first, second = sorted((subj, other), key=lambda t: t.i)
                if (second.left_edge.i == first.right_edge.i + 1
                        and any(t.dep_ == "cc" for t in first.subtree)):
                    sources += s.actors(other)
    preps = trig.target_preps
    for child in tok.children:
        if child.dep_ in OBJECT_DEPS:
            # what one proposes is not a thing: "accepted an Egyptian proposal" answers Egypt
            targets += s.actors(child, modifiers=not trig.thing_object or child.lemma_.lower() in PROPOSALS)
            for pobj in s.prep_objects(child, preps | OBJECT_PREPS):  # "supplied drones to Russia", "ratified the treaty with Iran"
                targets += s.actors(pobj)
    for pobj in s.prep_objects(tok, preps):
        targets += s.actors(pobj)
    if not targets and trig.type in ANSWERING_TYPES:
        # "dismissed arguments made by US officials", "welcomed the plan put forward by France":
        # whose words or plan are answered is who made them
        objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
        targets = [p for c in objs if c.lemma_.lower() in SAID_THINGS for p in _made_by(s, c)]
        # "will accept no monitoring of its economy by the IMF": who would do what is answered
        # (the parser may hang "by" on the object of "of")
        targets = targets or [p for c in objs for by in [*s.prep_objects(c, frozenset({"by"})), *(
            b for o in s.prep_objects(c, frozenset({"of"})) for b in s.prep_objects(o, frozenset({"by"})))]
            for p in s.actors(by)]
    if trig.joint and not targets:
        # "talks were held between the Kenyan and Ugandan presidents", "a meeting between Iran and
        # Iraq was held in Baghdad": the parties of a joint act named with "between"
        heads = [tok, *(c for c in tok.children if c.dep_ in OBJECT_DEPS)] + ([subj] if passive and subj is not None else [])
        targets = [p for h in heads for pobj in s.prep_objects(h, frozenset({"between"})) for p in s.actors(pobj)]
    if not targets and trig.type in PHYSICAL_TYPES and not trig.thing_object:
        # "a shelter for Somali families was bombed", "gunmen stormed a school for Yazidi girls":
        # those a place struck is for are who is struck; so are those a vehicle struck carries
        # ("opened fire on a bus carrying Israeli tourists")
        hit = [c for c in tok.children if c.dep_ in OBJECT_DEPS] + ([subj] if passive and subj is not None else [])
        hit += [p for p in s.prep_objects(tok, preps)]
        targets = [p for h in hit if h.pos_ == "NOUN" for pobj in s.prep_objects(h, frozenset({"for"}))
                   for p in s.actors(pobj)]
        targets = targets or [p for h in hit if h.pos_ == "NOUN" for acl in h.children
                              if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING_VERBS
                              for o in acl.children if o.dep_ == "dobj" for p in s.actors(o)]
    if not targets and trig.type == "THREATEN":
        # "warned of a catastrophe if Israel continues to strike sites in Iran": a warning is aimed
        # at whoever would act in its condition, not at a place the condition names
        conditions = [c for h in [tok, *(p for p in s.prep_objects(tok, frozenset({"of", "against", "about"})))]
                      for c in h.children if c.dep_ == "advcl"
                      and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
        targets = [p for c in conditions for subj in c.children if subj.dep_ in ("nsubj", "nsubjpass")
                   for p in s.actors(subj)]
    if not targets:
        targets = _fallback_targets(s, tok, trig)
    return sources, targets, subj_tok, tok


def _receiver_roles(s: _Sentence, tok, trig: Trigger):
    """"Lebanon received a shipment of fuel from Iran": the subject receives (the target) and the
    object of "from" gives (the source); passive "weapons were received by the rebels from Iran"
    alike. Rows say so with the notes flag receiver-subject."""
    subj, passive = s.subject(tok)
    receiver = s.agent(tok) if passive else subj
    targets = s.actors(receiver) if receiver is not None else []
    givers = list(s.prep_objects(tok, trig.target_preps | frozenset({"from"})))
    givers += [p for c in tok.children if c.dep_ in OBJECT_DEPS for p in s.prep_objects(c, frozenset({"from"}))]
    sources = [a for g in givers for a in s.actors(g)]
    return sources, targets, (givers[0] if givers else None), tok


def _reporter(s: _Sentence, pron) -> list[tuple[Actor, object]]:
    """"Japan says it is ready to send troops": a pronoun subject of a reported clause that no
    reference resolved is the reporter speaking of itself."""
    subj = _reporter_token(pron)
    return s.actors(subj) if subj is not None else []


def _reporter_token(pron):
    """The subject of the reporting verb a pronoun ("it", "they") stands for, or None."""
    if pron is None or pron.lower_ not in ("it", "they", "we"):
        return None
    cur = pron.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORT_HEADS:
            subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in ("it", "they", "we"):
                return None
            plural = subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)
            # "it" for a state or body, "they" for several ("Zelensky said they attacked" is someone else)
            if (pron.lower_ == "it" and (plural or subj.ent_type_ == "PERSON")) or (pron.lower_ == "they" and not plural) \
                    or pron.lower_ == "we":
                return None
            return subj
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _fallback_targets(s: _Sentence, tok, trig: Trigger) -> list[tuple[Actor, object]]:
    """Targets said less directly, tried only when the usual places are empty:
    - the author of what the object names: "rejected an offer from Afghanistan", "rejected
      calls by Belarus", "welcomed Reagan's statement";
    - the subject of a that-clause: "demanded that the United States cancel the sale";
    - the object of the verb that the trigger governs: "refused to meet Jordan's king",
      "offered to hand them over to Britain"."""
    out: list[tuple[Actor, object]] = []
    if not trig.thing_object:
        # (and the parties to it: "welcomed the deal between Ethiopia and Eritrea")
        for obj in (c for c in tok.children if c.dep_ in OBJECT_DEPS):
            for pobj in s.prep_objects(obj, AUTHOR_PREPS | {"between"}):
                out += s.actors(pobj)
    if out:
        return out
    # (and of a clause opened by "for": "called for Israel to withdraw")
    for clause in (c for c in tok.children if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children))):
        # (not a pronoun, which mostly names the source again: "Hungary denied that it had ...")
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"):
            out += s.actors(subj)
    if out:
        return out
    clauses = [c for c in tok.children if c.dep_ == "xcomp"]
    if trig.type == "REQUEST" and tok.lemma_.lower() in OBJECT_CONTROL and any(
            c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children):
        # "urged Mr Kostas to accept an offer from the UN", "urging party officials to push the
        # president": the one urged is who is asked, named or not; what he is to do names no target
        clauses = []
    clauses += [g for c in clauses for g in c.children if g.dep_ == "xcomp"]  # "promised to continue to send"
    for clause in clauses:
        for obj in (c for c in clause.children if c.dep_ in OBJECT_DEPS):
            out += s.actors(obj)
            # (and the parties to it: "offered to host talks between Mali and the rebels")
            for pobj in s.prep_objects(obj, AUTHOR_PREPS | OBJECT_PREPS | {"between"}):
                out += s.actors(pobj)
        for pobj in s.prep_objects(clause, CLAUSE_TARGET_PREPS):
            out += s.actors(pobj)
    if out:
        return out
    # where the object goes or comes from: "contribute troops to a force in Mali",
    # "the withdrawal of soldiers from Niger"
    onto = ontology()
    verbal_conflict = onto.types[trig.type].quad_class == 3
    for head in [tok, *clauses]:
        objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
        if verbal_conflict and head.i == tok.i:  # "criticised threats of action against Iran": Iran is not criticised
            objs = [o for o in objs if o.lemma_.lower() not in onto.nouns]
        objs += [p for o in objs for p in s.prep_objects(o, frozenset({"of"}))]  # "part of a programme for Myanmar"
        for obj in objs:
            for pobj in s.prep_objects(obj, DESTINATION_PREPS):
                out += s.actors(pobj)
                for inner in s.prep_objects(pobj, PLACE_PREPS):
                    out += s.actors(inner)
    if out:
        return out
    # the owner of the thing acted on: "suspended Syria's membership", "froze Iran's assets"
    if trig.thing_object and trig.type != "CONSULT":  # (not what is discussed: "discussed Iran's economy")
        out += [p for c in tok.children if c.dep_ in OBJECT_DEPS for g in c.children
                if g.dep_ == "poss" and g.i in s.mention_at for p in s.actors(g)]
        if out:
            return out
    # "pulled 10,000 troops out of Cambodia", "moved its forces away from the border": the place
    # left, under a particle or preposition of the verb
    if trig.target_preps & {"from", "of"}:
        out += [p for c in tok.children if c.dep_ in ("prt", "prep", "advmod") for q in c.children
                if q.dep_ == "prep" and q.lower_ in ("of", "from") for g in q.children if g.dep_ == "pobj"
                for p in _as_place(s.actors(g))]
        if out:
            return out
    # whom an act on the source's own thing is for or against, said on the verb or on the thing:
    # "will tighten controls on its market for Chinese firms" (not "fought for South Sudan")
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    own = [h for h in [*objs, *(p for h in [tok, *objs] for p in s.prep_objects(h, trig.target_preps))]
           if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children)]
    for head in [tok, *own] if own else []:
        for pobj in s.prep_objects(head, BENEFICIARY_PREPS - {"to"}):
            out += s.actors(pobj)
    return out


def _place_targets(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """With no target actor, the country where it happened: "Israel struck military targets
    in Iran" is coded ISR -> IRN, "opened an embassy in Seoul" VNM -> KOR, as event coders do."""
    out: list[tuple[Actor, object]] = []
    heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    heads += [g for c in tok.children if c.dep_ == "xcomp" for g in [c, *c.children] if g is c or g.dep_ in OBJECT_DEPS]
    # and the places of what the act is about: "opened fire on demonstrators in Cairo"
    heads += [p for h in list(heads) for p in s.prep_objects(h, DESTINATION_PREPS)]
    for h in heads:
        for pobj in s.prep_objects(h, PLACE_PREPS):
            out += _as_place(s.actors(pobj))
    if not out:
        # "massed troops along its border with Afghanistan", "clashes on the frontier with Chad":
        # the other side of a border
        for h in heads:
            for child in h.children:
                if child.dep_ == "prep":
                    for pobj in (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in BORDER_NOUNS):
                        for other in s.prep_objects(pobj, frozenset({"with"})):
                            out += _as_place(s.actors(other))
    return out or _deep_place(s, tok)


def _object_tokens(tok, *, passive: bool) -> list:
    """The tokens that can hold a verb's target: its objects, or its subject when passive."""
    deps = ("nsubjpass",) if passive else OBJECT_DEPS
    return [c for c in tok.children if c.dep_ in deps]


def _agent_sector(s: _Sentence, tok, sectors: frozenset[str] = DOMESTIC_SECTORS | NONSTATE_ARMED, *,
                  titled: bool = False) -> str | None:
    """The non-state role a phrase names without a country ("six militants", "the opposition
    leader", "rebels"), or None. With ``titled``, also the role a title gives a named person
    ("Judge Ana Ruiz"), when the phrase names no role of its own."""
    from diplograph.actors.resolve import match_words

    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.i in s.mention_at:
        return None
    toks = list(tok.doc[tok.left_edge.i : tok.i + 1])
    roles = [m for m in match_words([t.text for t in toks], None, agents=True)
             if m.actor.country is None and m.actor.sector and m.actor.sector[:3] in sectors]
    for m in roles:
        if m.end == len(toks):
            return m.actor.sector
    if titled and tok.pos_ == "PROPN":
        for m in roles:
            if m.end < len(toks) and all(t.pos_ == "PROPN" for t in toks[m.end:]):
                return m.actor.sector
    return None


def _role_actor(country: str, sector: str | None, tok) -> Actor:
    """An actor the text names by its role alone ("the judge", "rebels", "Judge Ana Ruiz"),
    coded with the country its context gives; its text is the role's phrase, so the event shows
    the words it stands on."""
    text = None
    if tok is not None:
        words = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.dep_ not in ("det", "punct")]
        text = tok.doc[words[0].i : tok.i + 1].text if words else tok.text
    return Actor(country + (sector or ""), country, sector, None, text)


def _out_of(s: _Sentence, tok) -> list:
    """The objects of a verb's "out of", "from", "to", "into", "in"."""
    out = list(s.prep_objects(tok, OWN_THING_PREPS))
    out += [g for c in tok.children if c.dep_ in ("prt", "prep") for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return out


def _scene(s: _Sentence, tok, *, skip: frozenset[str] = frozenset()) -> str | None:
    """The country where an act took place: the nearest place named under its clause ("in
    Mosul", "outside the Afghan town of Kunduz", "in a northern district of Aleppo"), not
    under the dependents ``skip`` names."""
    # not inside a subject that names an actor ("rebels in Mali attacked ...")
    frontier = [c for c in tok.children if c.dep_ not in ("csubj", "ccomp") and c.dep_ not in skip
                and not (c.dep_ == "nsubj" and s.actor_list(c))]
    for _ in range(7):
        nxt = []
        for t in frontier:
            if t.dep_ == "pobj" and _under_scene_prep(t):
                # (a state's post abroad is no place of its own: "outside the French embassy in Beirut")
                found = [a for a in s._at(t) if a.country and t.lemma_.lower() not in FOREIGN_POSTS]
                if found:
                    return found[0].country
            nxt += [c for c in t.children if c.dep_ not in ("nsubj", "ccomp", "relcl")]
        frontier = nxt
    return None


def _under_scene_prep(t) -> bool:
    """A place word under "in", "near", "outside" ..., also through "of" ("outside the city of
    Kunduz", "in a district of Aleppo")."""
    cur = t
    for _ in range(3):
        prep = cur.head
        if prep.dep_ not in ("prep", "pcomp") and prep.pos_ != "ADP":
            return False
        if prep.lower_ in SCENE_PREPS:
            return True
        if prep.lower_ != "of":
            return False
        up = prep.head  # "the town" of "the town of Kunduz", or "outside" of "outside of"
        if up.pos_ == "ADP" and up.lower_ in SCENE_PREPS:
            return True
        if up.dep_ != "pobj":
            return False
        cur = up
    return False


def _as_place(found: list[tuple[Actor, object]]) -> list[tuple[Actor, object]]:
    """A place is its country, whatever organ the name also stands for."""
    return [(Actor(a.country, a.country, None, a.entity, a.text), t) for a, t in found if a.country]


def _deep_place(s: _Sentence, tok) -> list[tuple[Actor, object]]:
    """The nearest place further down what the act is about, outside its subject: "food aid to
    families displaced by floods in Pakistan", "the withdrawal of soldiers from Mali", "restored ties
    with and reopened an embassy in Seoul"; for a purpose clause, also the place of the act it serves
    ("sent observers to Sudan to investigate"). Not a news medium that tells of it ("according to
    Al Jazeera") nor whom it is laid to ("attributed the bombing to rebels"). A body of people reached without a
    scene preposition keeps its role ("handed him over to Canadian authorities" is CANGOV)."""
    starts = [tok]
    if tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        starts.append(tok.head)
    for start in starts:
        frontier = [c for c in start.children if c.dep_ not in SUBJECT_DEPS and c.dep_ not in ("agent", "ccomp")
                    and not _told_by(s, start, c)]
        for depth in range(8):
            nxt = []
            for t in frontier:
                if t.dep_ == "pobj" and t.head.lower_ in DEEP_PLACE_PREPS:
                    found = s.actors(t, modifiers=False)
                    # (only on the act itself or its object: "handed him over to ...", not "drew
                    # criticism from Iranian officials" further on)
                    found = found if depth <= 2 and _role_body(t) else _as_place(found)
                    if found:
                        return found
                nxt += [c for c in t.children if c.dep_ not in SUBJECT_DEPS and c.dep_ != "ccomp" and not _told_by(s, t, c)]
            frontier = nxt
    return []


def _told_by(s: _Sentence, head, child) -> bool:
    """"attributed the bombing to rebels": the one an act is laid to, no place nor party acted on;
    "according to Al Jazeera": a news medium or a body of no country tells of it from elsewhere
    (the authorities of a place, "according to Iraqi police", mostly tell of their own ground)."""
    if child.lower_ == "according":
        told = [a for to in child.children for g in to.children if g.dep_ == "pobj" for a, _ in s.actors(g)]
        return any(a.country is None or (a.sector and "MED" in a.sector) for a in told)
    return child.dep_ in ("prep", "dative") and child.lower_ == "to" and head.lemma_.lower() in ATTRIBUTING_VERBS


def _role_body(t) -> bool:
    """A common noun naming people in a role ("Canadian authorities", "Iraqi troops"), reached
    under a preposition of motion towards them, not of scene ("in Tunisian offices") nor of
    origin ("criticism from Iranian officials")."""
    return (t.pos_ == "NOUN" and t.head.lower_ in ("to", "into", "against") and t.head.head.lower_ != "according"
            and t.lemma_.lower() not in FOREIGN_POSTS)


def _noun_roles(s: _Sentence, tok, trig: Trigger):
    word = tok
    if tok.dep_ == "compound":
        tok = tok.head  # "a mediation mission between Syria and the PLO": the phrase's head has the roles
    sources: list[tuple[Actor, object]] = []
    targets: list[tuple[Actor, object]] = []
    named_before: list[tuple[Actor, object]] = []
    subj_tok = None
    for child in tok.children:
        if (word is not tok and word.lemma_.lower() in TAKING_NOUNS and child.dep_ in ("amod", "nmod", "compound")
                and child.i < word.i and any(m.text in _place_names() for m in s.mention_at.get(child.i, ()))):
            # "the post-Ukraine invasion era", "the Kuwait occupation years": a country's name
            # before the noun of taking is what is taken
            targets += s.actors(child)
        elif child.dep_ in ("poss", "amod", "nmod") and child.i in s.mention_at:
            sources += s.actors(child)  # "Russia's invasion", "Russian strikes"
            subj_tok = child
        elif child.dep_ == "compound" and child.i in s.mention_at:
            pair = [(a, t) for c in (child, *(g for g in child.children if g.dep_ == "compound"))
                    for a, t in s.actors(c)]
            if trig.mode == "investigate" and pair and all(
                    a.sector and a.sector[:3] in INVESTIGATING_ORGANS for a, _ in pair):
                sources += pair  # "a government investigation", "a Senate inquiry": the organ inquires
                subj_tok = child
            elif trig.joint and len({a.code for a, _ in pair}) > 1:
                sources += pair  # "Iran-Russia cooperation": both sides act
            elif not trig.joint and (any(a.code.startswith("IGO") for a, _ in pair) or any(
                    s.actors(p) for p in s.prep_objects(tok, trig.target_preps))):
                # "UN sanctions", "US sanctions on Iran": a body acts, and the noun names its target
                # with a preposition, so the name before it is who acts (unless the clause names
                # someone who does: "Britain will reimpose UN sanctions on Iran")
                named_before += s.actors(child)
            else:
                targets += s.actors(child)  # "the Ukraine invasion", "Iran sanctions"
    # "the invasion of Ukraine by Russia" (the parser may hang "by" on the object of "of")
    for pobj in [*s.prep_objects(tok, frozenset({"by"})),
                 *(b for o in s.prep_objects(tok, frozenset({"of"})) for b in s.prep_objects(o, frozenset({"by"})))]:
        sources += s.actors(pobj)
        subj_tok = subj_tok or pobj
    anchor = tok
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        verb = tok.head  # light verbs: "launched strikes", "imposed sanctions", "reached a deal"
        if (verb.pos_ in ("VERB", "AUX") and tok.dep_ == "dobj" and (
                verb.lemma_.lower() in RECEIVING_VERBS
                or verb.lemma_.lower() in RESPONDING_VERBS and ontology().types[trig.type].quad_class == 3)
                and not any(c.dep_ == "prt" for c in verb.children)):  # not "drew up sanctions"
            # "the decision drew condemnation from the EU", "Iran faced sanctions by the UN": the
            # subject receives the act, "from"/"by" names who does it
            anchor = verb
            for pobj in [*s.prep_objects(tok, frozenset({"from", "by"})), *s.prep_objects(verb, frozenset({"from", "by"}))]:
                sources += s.actors(pobj)
                subj_tok = subj_tok or pobj
            for pobj in s.prep_objects(tok, trig.target_preps):  # "triggered an attack by Hamas on Israel"
                targets += s.actors(pobj)
            subj, passive = s.subject(verb)
            if not targets and subj is not None and not passive:
                targets += s.actors(subj)
            if not sources and trig.type in DOMESTIC_TYPES:
                sources = _place_targets(s, tok)  # "the move sparked protests in Georgia": of the place
            return sources or named_before, targets, subj_tok, anchor
        if verb.pos_ in ("VERB", "AUX"):
            anchor = verb
            # (not when the noun is someone else's: "Britain resisted the group's pleas")
            owned = trig.type == "REQUEST" and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children)
            observed = tok.dep_ == "dobj" and verb.lemma_.lower() in OBSERVING_VERBS
            if not sources and not owned and not observed:
                subj, passive = s.subject(verb)
                if subj is not None and not passive:
                    sources = s.actors(subj)
                    if not sources and subj.lower_ in ("it", "they", "we"):
                        sources = _reporter(s, subj)
                    subj_tok = subj
                elif passive and s.agent(verb) is not None:  # "sanctions were announced by the US"
                    subj_tok = s.agent(verb)
                    sources = s.actors(subj_tok)
            preps = trig.target_preps | ({"to"} if verb.lemma_.lower() in CONVEYING_VERBS and tok.dep_ == "dobj" else set())
            for pobj in s.prep_objects(verb, frozenset(preps)):  # "sent a protest note to Japan's envoy"
                targets += s.actors(pobj)
            for child in verb.children:
                if child.dep_ in ("dative", "iobj"):
                    targets += s.actors(child)
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        anchor = tok.head  # "Russia's invasion of Ukraine began in February 2022"
    if (not sources and not targets and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "into")
            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in PUTTING_VERBS):
        # "was put under investigation", "placed the minister under house arrest", "taken into
        # custody": whom the verb puts under it is the target, its subject (or agent) the source
        verb = tok.head.head
        subj, passive = s.subject(verb)
        if passive:
            agent = s.agent(verb)
            sources = s.actors(agent) if agent is not None else []
            targets = s.actors(subj) if subj is not None else []
            subj_tok = agent if agent is not None else subj
        else:
            sources = s.actors(subj) if subj is not None else []
            targets = [p for c in verb.children if c.dep_ in OBJECT_DEPS for p in s.actors(c)]
            subj_tok = subj
        anchor = verb
    if (not sources and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")
            and tok.head.lower_ not in TIME_PREPS and tok.head.head.dep_ != "relcl"
            and not any(c.dep_ in OBJECT_DEPS for c in tok.head.head.children)
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)):
        # "the rebels insisted on their demands", "Iran went ahead with its threat": the owner
        # the pronoun names is the subject of the verb the phrase hangs on (not with an object
        # it may name instead, "criticised Iran for its threats", nor in a time phrase, "after
        # his release", where the owner is often who the act was done to)
        verb = tok.head.head
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok = subj
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "ADJ"
            and tok.head.head.lemma_.lower() in READY_ADJECTIVES and tok.head.head.dep_ in ("acomp", "oprd")):
        # "China is ready for talks with Taiwan": who is ready would take part
        subj, passive = s.subject(tok.head.head.head)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok = subj
            anchor = tok.head.head
    if (not sources and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPELLS
            and tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ == "VERB"):
        # "pilots began three days of strikes", "held a second round of talks with Iran": who
        # begins or holds the spell does the act
        verb = tok.head.head.head
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj) or _reporter(s, subj)
            subj_tok = subj
            anchor = verb
    if (not sources and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB"
            and (tok.head.lower_ in PARTICIPATION_PREPS and trig.type in PARTICIPATION_TYPES
                 or tok.head.lower_ in JOINT_PREPS and trig.joint)):
        # "retook the village after fierce fighting with guerrillas": a party to the fighting
        verb = tok.head.head  # "thousands converged for a rally", "took part in talks with Iran"
        subj, passive = s.subject(verb)
        if subj is not None and not passive:
            sources = s.actors(subj)
            subj_tok = subj
            anchor = verb
    if trig.mode == "resign" and not sources:
        # "following the resignation of the home secretary": who resigns is the one "of" it
        for pobj in s.prep_objects(tok, frozenset({"of"})):
            sources += s.actors(pobj)
            subj_tok = subj_tok or pobj
    if _acted_on_request(tok, trig):
        # "the Queen dissolved parliament at the request of the prime minister", "withdrew at
        # Iran's request", "will comply with the request of the president": the owner of the
        # request asked it, and whoever acts on it is the one asked
        verb = tok.head.head
        if not sources:
            for pobj in s.prep_objects(tok, frozenset({"of"})):
                sources += s.actors(pobj)
                subj_tok = subj_tok or pobj
        subj, passive = s.subject(verb)
        if sources and subj is not None and not passive and not targets:
            targets += s.actors(subj)
        anchor = verb
    target_preps = trig.target_preps
    if trig.type == "REQUEST" and not sources:
        # "a request from Kabul", "pleas from the families": who asks (a request "to" or "on"
        # someone names whom it is made of)
        for pobj in s.prep_objects(tok, ASKER_PREPS):
            found = s.actors(pobj)
            if found:
                sources += found
                subj_tok = subj_tok or pobj
                target_preps = target_preps - ASKER_PREPS
    for pobj in s.prep_objects(tok, target_preps):
        targets += s.actors(pobj)
    if not targets and trig.type == "REQUEST" and trig.pattern in ASKING_NOUNS:
        # "a call for Iran to withdraw": whom the call is for, when an actor and not a thing
        targets += [p for pobj in s.prep_objects(tok, frozenset({"for"})) for p in s.actors(pobj)]
    if not targets:
        # "a suspension of flights to Lebanon", "the delivery of tanks to Ukraine"
        for ofobj in s.prep_objects(tok, frozenset({"of"})):
            for pobj in s.prep_objects(ofobj, trig.target_preps | NESTED_TARGET_PREPS):
                targets += s.actors(pobj)
    if not targets:
        # "its demand that Israel ease restrictions", "allegations that Iran sent drones"
        # (a request's "that" clause the parser may hang as a relative one: "pleas that he stay")
        clause_deps = ("acl", "ccomp", "relcl") if trig.type == "REQUEST" else ("acl", "ccomp")
        for clause in (c for c in tok.children if c.dep_ in clause_deps
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                targets += s.actors(subj)
    if tok.dep_ == "dobj":
        named_before = []  # who imposes, lifts or eases them is the verb's doer, named or not
    return sources or named_before, targets, subj_tok, anchor


BACKGROUND_MARKS = {"after", "before", "since", "until", "once"}
# organs of a state that hold inquiries ("a police investigation", "a Senate inquiry")
INVESTIGATING_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "SPY"})
# stretches of an act, "three days of strikes", "a new round of talks"
SPELLS = frozenset({"day", "week", "hour", "month", "night", "round", "wave"})
# withdrawals of one's own forces, envoys or monitors (CAMEO 0874, 161, 1661, 1662), unless the
# verb says someone else sent them out ("diplomats were expelled from Britain")
OWN_WITHDRAWALS = frozenset({"0874", "161", "1661", "1662"})
# what is delivered that is help, where no one is named it is delivered to: "delivered food in Gaza"
DELIVERED_GOODS = frozenset({"food", "supply", "medicine", "equipment", "fuel", "water", "aid", "assistance", "vaccine",
                             "tent", "blanket", "grain", "wheat", "rice", "flour", "relief", "shipment", "cargo",
                             "consignment", "parcel", "drug", "dose", "ration", "kit", "generator", "oxygen"})
# what a government "delivers" that is its own policy, given to no one: "will deliver his Budget"
POLICY_THINGS = frozenset({"budget", "manifesto", "plan", "reform", "policy", "programme", "program", "agenda",
                           "bill", "legislation", "target", "result", "change", "improvement"})
# measures done to persons that are named as a kind without an article ("detention without trial",
# "powers of house arrest"; not "when curfew was in place", "went ahead with annexation": one act)
KIND_MEASURES = frozenset({"arrest", "detention", "deportation", "internment", "imprisonment", "persecution",
                           "censorship", "surveillance", "extradition", "custody", "expulsion", "torture"})
# what makes an "arrest" the body's: "a cardiac arrest"
BODILY_WORDS = frozenset({"cardiac", "respiratory", "heart", "cardiopulmonary"})
# what makes a challenge a case brought in court: "a High Court challenge", "a legal challenge"
LEGAL_WORDS = frozenset({"court", "legal", "judicial", "constitutional"})
# verbs of putting a member out of a body for a time: "suspended from the Commonwealth"
BARRING_VERBS = frozenset({"suspend", "bar", "exclude", "ban"})
EXPELLING_VERBS = frozenset({"expel", "deport", "oust", "eject", "kick", "throw", "force", "order", "drive", "chase"})
PUTTING_OUT_VERBS = EXPELLING_VERBS | BARRING_VERBS
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE"})
# nouns of taking a country, whose name before them is what is taken ("the Ukraine invasion")
TAKING_NOUNS = frozenset({"invasion", "occupation", "annexation"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# what a presenter hosts: "hosted a quiz show"
BROADCASTS = frozenset({"show", "programme", "program", "series", "podcast", "broadcast", "quiz", "hall", "telethon"})
VERBAL_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "PROTEST", "REJECT", "AGREE"})
# the types of an answer to what another said or proposed ("dismissed the arguments made by X")
ANSWERING_TYPES = VERBAL_TYPES | {"SUPPORT"}
# verbs that carry a written act to someone: "sent a protest note to", "handed a demand to"
CONVEYING_VERBS = frozenset({"send", "deliver", "hand", "submit", "lodge", "address", "present", "forward", "convey"})
FOREIGN_POSTS = frozenset({"embassy", "consulate", "legation", "mission", "base"})
CARRYING_VERBS = frozenset({"carry", "transport", "ferry", "take", "bring"})
HELPING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
# acts that, done to a firm by no one named, are mostly business ("SpaceX, backed by Musk")
BUSINESS_PRONE_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE", "CONSULT"})
# ... and the words a firm says of or to another firm or to no one ("the two carmakers traded charges")
BUSINESS_TALK_TYPES = frozenset({"CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "RETREAT"})
BENEFICIARY_PREPS = frozenset({"for", "against", "to"})
SELF_BINDING = frozenset({"commit", "dedicate", "devote", "pledge", "bind", "oblige", "obligate"})
PUTTING_VERBS = frozenset({"put", "place", "take", "bring", "keep", "hold"})
TIME_PREPS = frozenset(BACKGROUND_MARKS | {"during", "following", "amid", "upon", "throughout"})
SUBORDINATE = {"advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "csubj"}


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
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in STRIKE_CALLING_VERBS and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in tok.head.children):
        return True  # (not "called the strike a reckless step")
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in STRIKE_PHRASE_HEADS:
        return True
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
STRIKING_REASONS = frozenset({"pay", "wage", "salary", "pension", "condition", "job", "contract",
                              "overtime", "cut", "redundancy", "dismissal", "staffing", "reform", "protest"})
WORKER_NOUNS = frozenset({"worker", "employee", "staff", "pilot", "driver", "nurse", "doctor", "teacher", "miner",
                          "docker", "dockworker", "controller", "guard", "cleaner", "postman", "firefighter",
                          "member", "union", "crew", "attendant", "railwayman", "lecturer", "porter", "journalist"})


# houses whose meeting on their own is a sitting
SITTING_BODIES = frozenset({"parliament", "congress", "assembly", "senate", "house", "legislature", "chamber", "diet",
                            "duma", "knesset", "bundestag", "lawmaker", "legislator", "mp"})
# rows that code only with another actor named as the one met or visited
PARTY_NEEDED = frozenset({"leave for", "speak to", "speak with"})
PUBLICS = frozenset({"nation", "public", "people", "country", "crowd", "audience", "supporter", "voter", "viewer",
                     "listener", "student", "worker", "delegate", "activist"})
HOLDING_VERBS = frozenset({"hold", "detain", "capture", "kidnap", "abduct", "seize", "imprison", "jail", "arrest",
                           "take", "keep"})


def _holders(s: "_Sentence", tok, pos: str) -> list:
    """Who holds the captives a release frees, when the text says it of them ("prisoners held by
    Israel", "the sailors seized by Iran"): the agent of the participle on the freed."""
    if pos == "VERB":
        freed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        freed = list(s.prep_objects(tok, frozenset({"of"})))
    found = []
    for f in [g for c in freed for g in (c, *c.conjuncts)]:
        for c in f.children:
            if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS and (agent := s.agent(c)) is not None:
                found += s.actors(agent)
    return found


def _workers_strike(s: "_Sentence", tok) -> bool:
    """The verb "strike" with no one struck (no object, nothing struck "on" or "at") said of workers
    or for what workers strike over: "nurses struck for higher pay", "pilots are striking for four
    hours in protest at working conditions". Armed subjects strike blows ("jets struck overnight")."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) or any(
            s.actors(p) or p.lemma_.lower() not in STRIKING_REASONS | STANCE_NOUNS
            for p in s.prep_objects(tok, frozenset({"on", "at", "against", "into", "near"}))):
        return False  # (not "in protest at the reform")
    subj, passive = s.subject(tok)
    if subj is None or passive or _armed_or_state(s, subj) or subj.lemma_.lower() in FORCE_NOUNS | STATE_WEAPONS | ARMED_MEN:
        return False
    if subj.lemma_.lower() in WORKER_NOUNS or s.labour_doc:
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


def _not_the_act(s: _Sentence, tok, trig: Trigger, onto: Ontology | None = None) -> bool:
    """Senses of a trigger verb that are no political act, told by its arguments:
    - "conceded that the plan was difficult": to concede a point is to admit it, not to yield;
    - "asked about the attack", "asked whether Iran would ...": a question, not a request;
    - "seized the opportunity": no property is taken;
    - "delivered a speech", "delivered a verdict": no goods are delivered;
    - "hails from Texas": comes from, no praise."""
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
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
    if trig.type == "SUPPORT" and lemma == "hail" and not objs and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return True
    return False


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
    if tok.i in s.mention_at:  # a coded name is a firm by its sector only ("the occupied West Bank" is none)
        return any(a.sector and a.sector.startswith("BUS") for a in s.actor_list(tok, modifiers=False))
    if tok.lemma_.lower() in FIRM_NOUNS and not (actor is not None and actor.sector and actor.sector[:3] in
                                                 STATE_ORGANS | NONSTATE_ARMED | {"GOV", "IGO"}):
        return True  # (a firm's nationality is no organ: "a French-led consortium")
    if (tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and actor is not None and actor.sector is None
            and any(c.dep_ == "poss" and c.i in s.mention_at for c in tok.children)):
        return True  # "Australia's Kestrel Mining": a name no dictionary holds, under its country
    if tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lemma_.lower() in FIRM_NOUNS for c in tok.children):
        return True  # "a consortium bid", "company officials"
    return tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in FIRM_NOUNS
                                       for c in (*tok.children, *(g for c in tok.children for g in c.children)))


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
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in clause.children)


def _contest_not_war(tok) -> bool:
    """A battle, war or fight noun named as a contest of another kind: "a court battle", "a
    bidding war", "the legal fight over the will", "a price war"."""
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]  # "fought a court battle"
    return any(n.lemma_.lower() in CONTEST_HEADS and c.dep_ in ("amod", "compound", "nmod")
               and c.lemma_.lower() in CONTEST_KINDS for n in nouns for c in n.children)


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
    return bool(objs) and all(o.lemma_.lower() in STANCE_NOUNS and not s.actors(o, modifiers=False)
                              and not (o.lemma_.lower() == "position" and o.tag_ == "NNS") for o in objs)


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
            if pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or pobj.i in s.timex_at or s.actors(pobj):
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


def _thing_subject(s: _Sentence, tok) -> bool:
    """The verb's passive subject is a thing no one stands for ("the drug was approved")."""
    subj, passive = s.subject(tok)
    return passive and subj is not None and subj.pos_ == "NOUN" and not s.actors(subj)


def _clash_of_words(s: _Sentence, tok) -> bool:
    """"the parliament clashed with the Commission over the budget": bodies that bear no arms
    (a legislature, a government, a court, a party, an international body) clash on an issue."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "clash":
        return False
    subj, passive = s.subject(tok)
    sides = ([subj] if subj is not None and not passive else []) + list(s.prep_objects(tok, frozenset({"with"})))
    actors = [a for t in sides for a, _ in s.actors(t)]
    if len(sides) < 2 or not actors or any(
            a.sector is None and not a.code.startswith("IGO")
            or a.sector and a.sector[:3] not in ("LEG", "GOV", "JUD", "PTY", "IGO") for a in actors):
        return False
    return any(p.pos_ == "NOUN" and not s.actors(p) and p.i not in s.timex_at
               for p in s.prep_objects(tok, frozenset({"over", "on", "about"})))


def _armed_or_state(s: _Sentence, tok) -> bool:
    """A phrase naming a state or place, or an armed force (a person's name, coded with their
    country alone, is neither)."""
    return any(a.sector is None and tok.ent_type_ != "PERSON" or a.sector and a.sector[:3] in NONSTATE_ARMED | {"MIL", "COP"}
               for a, _ in s.actors(tok))


def _race_won(tok) -> bool:
    """"beat" or "rally" as a race won: "beat Lloyds to the deal", "beat its rival to buy the
    bank", "rallied to win the final", "shares rallied to close higher". What one is beaten to
    ("to" a thing) or what the win lets one do (a verb of winning) makes it no blow and no rally."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to" and tok.lemma_.lower() == "beat" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PRON") for g in c.children):
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
    if any(s.actors(c) for c in mods):
        return False  # "opposition demand", "Iranian demand" (a party's, or a country's market: left alone)
    return all(c.lower_ in MARKET_DEMAND or c.lemma_.lower() in MARKET_DEMAND or c.dep_ in ("compound", "nmod")
               for c in mods)


def _trade_figure(s: _Sentence, tok) -> bool:
    """"Thailand exported 5,000 tonnes of tin", "households bought fewer cars": an amount of goods
    counted in units ("5,000 tonnes", "fewer cars"), no one else named in it. A sum of money with
    a country in it is a deal ("committed to buy $200 billion worth of American goods")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.lemma_.lower() in AMOUNT_NOUNS and any(c.dep_ in ("nummod", "amod") for c in o.children)
        and not any(s.actors(t) for t in o.subtree) for o in objs)


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


def _clause_depth(tok) -> int:
    """How many clause boundaries lie between a token and its sentence's root."""
    depth, cur = 0, tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        depth += cur.dep_ in SUBORDINATE
        cur = cur.head
    return depth


def _clause_argument(tok) -> bool:
    """A noun that a verb's clause is about: "grenade attacks killed four", "police broke up
    the protest", "injured in grenade attacks"."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPELLS:
        return _clause_argument(tok.head.head)  # "began five days of strikes": the spell stands for the act
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")


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


def _proposed(tok) -> bool:
    """A thing put forward and not yet adopted: "a proposal", "the plan", "a proposed tax",
    "the planned levy"."""
    return tok.lemma_.lower() in PROPOSALS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("proposed", "planned", "draft", "suggested") for c in tok.children)


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


def _events_for(s: _Sentence, tok, trig: Trigger, onto: Ontology) -> list[Event]:
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
    if trig.type == "PROTEST" and trig.pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROTESTED_CLAIMS for c in tok.children):
        return []  # "has always protested his innocence": a denial, no protest
    if trig.type == "THREATEN" and trig.pos == "VERB" and any(c.dep_ == "xcomp" for c in tok.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in RISKS | onto.non_agents and not s.actors(c)
            for c in tok.children):
        return []  # "the row threatens to derail the talks": a risk, no one threatens anyone
    if trig.type == "REQUEST" and trig.pos == "NOUN" and _market_demand(s, tok):
        return []  # "strong demand from China lifted prices": buyers, no one asks anything
    if trig.pos == "NOUN" and trig.type == "PROTEST" and tok.lemma_.lower() == "rally" and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CAMPAIGN_WORDS for c in tok.children):
        return []  # "his first campaign rally": a candidate's meeting, no dissent
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
    if trig.type == "ASSAULT" and not trig.extra and _fights_a_plight(s, tok, onto):
        return []  # "is fighting against poverty", "declared war on corruption": a campaign, no enemy
    if trig.pos == "NOUN" and any(c.dep_ == "compound" and c.lemma_.lower() in onto.non_agents for c in tok.children):
        return []  # "heart attacks", "flood damage": no one's act
    if trig.pos == "NOUN" and tok.lemma_.lower() == "supply" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in SUPPLY_QUANTITIES for c in tok.children):
        return []  # "money supply growth slowed": an economic quantity, nothing supplied to anyone
    if trig.type == "COERCE" and trig.mode == "seize" and any(
            _firm(s, p) for o in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            for p in s.prep_objects(o, frozenset({"of"}))):
        return []  # "trying to take control of an internet portal firm": a takeover, no territory seized
    roles = _verb_roles(s, tok, trig) if trig.pos == "VERB" else _noun_roles(s, tok, trig)
    sources, targets, subj_tok, anchor = roles
    privates = [*sources, *targets] if all(getattr(a, "entity", None) == PRIVATE for a, _ in [*sources, *targets]) else []
    if privates:  # only private persons ("a man stabbed a woman"): no political actor (actors/local.py)
        sources, targets = [], []
    # a private person is only ever acted on (arrested, charged), never the state acting
    sources = [(a, t) for a, t in sources if getattr(a, "entity", None) != PRIVATE]
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
                   if r.lemma_.lower() in ("release", "freedom") for p in _holders(s, r, "NOUN")]
    if trig.joint and len({a.code for a, _ in sources}) > 1:
        # "Britain and China signed an agreement on Hong Kong": a joint act of the two; what it
        # is about is not a third party to it
        targets = [(b, bt) for b, bt in targets if bt is not None and bt.dep_ == "pobj" and bt.head.lower_ == "with"]
    if trig.type == "PROTEST" and (against := _anti_targets(s, tok, subj_tok)) and (
            protesters := sources or _place_targets(s, tok) or (_place_targets(s, anchor) if anchor.i != tok.i else [])):
        # "anti-French demonstrations in Abidjan", "anti-American protesters in Karachi": whom the
        # protest is against is named in its "anti-" word, over the place it is held in (who
        # protests is of that place, when the text names no one else)
        sources, targets = protesters, against
    placed = False
    if not targets and not (trig.joint and len(sources) > 1) and not _acted_on_request(tok, trig):
        targets = _place_targets(s, tok)
        if not targets and anchor.i != tok.i and tok.dep_ in ("dobj", "pobj") and anchor.lemma_.lower() not in RECEIVING_VERBS:
            targets = _place_targets(s, anchor)  # "launched strikes in Syria", "recaptured a town in Iraq after fighting"
        if trig.type == "REQUEST" and trig.pos == "NOUN" and sources:
            # "pleas from the Canadian government": where the asker is from is not whom it asks
            targets = [(b, bt) for b, bt in targets if b.country not in {a.country for a, _ in sources}]
        placed = bool(targets)
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
    sources, targets = _dedupe(sources), _dedupe(targets)
    if not sources and not targets and trig.type == "COERCE" and trig.pos == "NOUN" and _generic_measure(tok):
        return []  # "detention without trial", "powers of house arrest", "a cardiac arrest": no one's act
    if _business_only(s, trig, sources, targets, subj_tok):
        return []
    if trig.cameo == "042" and trig.pos == "VERB" and sources and _home_trip(s, tok, sources, targets):
        return []  # "the prime minister will tour marginal seats", "the president travelled to Texas"
    # "Turkey offered its ships to the Ukrainian navy": the source's own ("its ships") is what
    # is offered, not a target, when someone else is one
    own = {a.country for a, _ in sources if a.country}
    mine = [(b, bt) for b, bt in targets if b.country in own and bt is not None
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in bt.children)]
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
        if where:
            targets = where
    if not sources and targets and not placed and trig.type not in FOREIGN_PRONE_TYPES and subj_tok is not None \
            and subj_tok.dep_ != "nsubjpass":
        # "the opposition party will boycott Algeria's elections", "a judge opened an inquiry into
        # Chilean officials", "rebels pressed their demand that the Burundian government ...": a
        # domestic role the text gives no country acts on its own state's organs and affairs (not
        # on people counted out: "rebels released two Italian hostages")
        role_tok = _reporter_token(subj_tok) or subj_tok
        sector = _agent_sector(s, role_tok, DOMESTIC_SECTORS | {"JUD"}, titled=True)
        countries = {b.country for b, _ in targets}
        if sector and len(countries) == 1 and None not in countries and all(
                (b.sector and b.sector[:3] in STATE_ORGANS) or (bt is not None and bt.i not in s.mention_at and not any(
                    c.dep_ == "nummod" for c in bt.children))
                for b, bt in targets):
            c = countries.pop()
            sources = [(_role_actor(c, sector, role_tok), role_tok)]
    if (not sources and (targets or privates) and subj_tok is not None and subj_tok.dep_ == "nsubjpass"
            and (trig.mode in STATE_LEGAL_MODES or trig.cameo in STATE_LEGAL_CAMEOS)):
        # "a British tourist was arrested in Dubai", "two journalists were put under investigation
        # in Italy": an arrest, charge or inquiry no one is named for is the act of the state
        # where it happened
        c = _scene(s, anchor, skip=frozenset({"nsubjpass"}))
        c = c or next((b.country for b, _ in privates), None)  # "a man was arrested" (actors/local.py)
        if c:
            sources, targets = [(Actor(c, c, None, None, None), None)], targets or privates
    if (not sources and targets and trig.mode == "convict"
            and len(countries := {a.country for a, _ in targets}) == 1 and (c := countries.pop())
            and all(m.actor.country in (c, None) for ms in s.mention_at.values() for m in ms)):
        # "the former minister was convicted of fraud", "his conviction for murder": only a court
        # convicts or sentences, and where none is named or placed it is the court of the convicted
        # (when the sentence names no other country: "an Israeli held in Egypt, convicted of spying")
        sources = [(Actor(c + "JUD", c, "JUD", None, None), None)]
    if (not sources and subj_tok is not None and subj_tok.dep_ == "nsubj"
            and (trig.mode in STATE_LEGAL_MODES or trig.cameo in STATE_LEGAL_CAMEOS)):
        # "police detained dozens of protesters in Minsk": a state's role named without a country
        # is that role of the place where it acts
        role = _agent_sector(s, subj_tok, frozenset({"COP", "JUD", "MIL", "GOV", "SPY"}), titled=True)
        c = _scene(s, anchor) if role else None
        if c:
            sources = [(_role_actor(c, role, subj_tok), subj_tok)]
    if not sources and trig.type == "PROTEST" and anchor.lemma_.lower() not in RECEIVING_VERBS:
        # "thousands rallied in London against the war", "demonstrators protesting the results in
        # Nairobi": protesters no one names are of the place they protest in
        c = _scene(s, tok) or (targets[0][0].country if placed and len(targets) == 1 else None)
        if c:
            sources = [(Actor(c, c, None, None, None), None)]
    if not targets and len(sources) == 1 and sources[0][0].country:
        # "Pakistani troops killed six militants", "the junta freed the opposition leader": a
        # non-state group named by its role alone is of the acting country
        objs = _object_tokens(tok, passive=s.subject(tok)[1] if trig.pos == "VERB" else False)
        # (but backing, arming or training rebels is mostly another country's: "accused Rwanda of
        # backing rebels")
        own_side = [o for o in objs] if trig.type not in HELPING_TYPES else []
        # "signed a peace accord with Maoist rebels", "clashed with militants", "rejected demands by
        # the rebels" (not "sent arms to the rebels", often another country's)
        objs = own_side + [p for h in [tok, *objs] for p in s.prep_objects(h, frozenset({"with", "against"}))]
        if not trig.thing_object:
            objs += [p for h in objs if h.dep_ in OBJECT_DEPS for p in s.prep_objects(h, AUTHOR_PREPS)]
        for obj in objs:
            sector = _agent_sector(s, obj, ROLE_ONLY_TARGETS)
            if sector:
                c = sources[0][0].country
                targets = [(_role_actor(c, sector, obj), obj)]
                break
    if placed and len(targets) == 1 and not sources and subj_tok is not None and subj_tok.dep_ != "nsubjpass":
        # "Rebels attacked a police station in northern Mali": the group is of the place
        sector = _agent_sector(s, subj_tok)
        c = targets[0][0].country
        if sector and c:
            sources = [(_role_actor(c, sector, subj_tok), subj_tok)]
    if not targets and len(sources) == 1:
        a, at = sources[0]
        # with no other party named, a protest, an arrest or a curfew, or a concession ("lifted
        # the curfew") is coded as done at home, to the source's own country, as CAMEO-style coders
        # do (plover.csv, self_directed); so is a conflictual act of a domestic group ("rebels
        # rejected the offer"). Attacks, sanctions and withdrawals (often across a border), verbal
        # and cooperative acts keep an empty target. The implied target's entity says so.
        kind = onto.types[trig.type]
        domestic = kind.self_directed or (a.sector and a.sector[:3] in DOMESTIC_SECTORS and kind.quad_class >= 3
                                          and trig.type not in FOREIGN_PRONE_TYPES)
        if a.country and domestic:
            targets = [(Actor(a.country, a.country, None, "own country (implied)", None), None)]
    if (not sources and subj_tok is not None and onto.types[trig.type].actorless and (
            subj_tok.lemma_.lower() in onto.non_agents
            or any(c.dep_ == "compound" and c.lemma_.lower() in onto.non_agents for c in subj_tok.children))):
        return []  # "an earthquake killed 12 people in eastern Turkey", "heart attacks kill thousands"
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
        if where is not None and not heavy and not (subj_tok is not None and subj_tok.lemma_.lower() in onto.non_agents):
            # a role the text does name ("police fired tear gas") is that role of the place
            role = _agent_sector(s, subj_tok, frozenset({"COP", "MIL", "GOV", "SPY"}) | NONSTATE_ARMED) \
                if subj_tok is not None and subj_tok.dep_ == "nsubj" else None
            sources = [(_role_actor(where, role, subj_tok), subj_tok) if role else
                       (Actor(where + "UAF", where, "UAF", "unidentified attackers", None), None)]
            if not targets:
                targets = [(Actor(where, where, None, None, None), None)]
    if trig.mode == "visit" and not targets and sources and all(a is not None and (a.sector or "")[:3] in LOCAL_SECTORS
                                                                for a, _ in sources):
        return []  # "police arrived", "residents came": help coming to a scene, no visit of a state (local.py)
    if not sources and not targets:
        # "Warplanes pounded the village": kept without actors when the type allows it
        # (plover.csv, column actorless) and the trigger is a clause's verb or its argument
        if not (onto.types[trig.type].actorless and (trig.pos == "VERB" or _clause_argument(tok))):
            return []
        if subj_tok is not None and subj_tok.lemma_.lower() in onto.non_agents:
            return []  # "an earthquake killed eight people"
        if trig.pos == "VERB" and (subj_tok is None or subj_tok.pos_ not in ("NOUN", "PROPN", "NUM")):
            return []  # "it demonstrates that ...": an actorless act needs someone named doing it
        if trig.pos == "VERB" and ((tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp"))
                                   or any(c.dep_ == "ccomp" for c in tok.children)):
            return []  # "..., demonstrating their capacity": a participle comment, not an act
        sources = [(None, None)]
    pairs: list[tuple[Actor | None, Actor | None]] = []
    if trig.joint and (len(sources) > 1 and not targets or len(targets) > 1 and not sources):
        group = sources or targets  # "Iran and Russia signed"; "talks between Iran and the US"
        for a, _ in group:
            for b, _ in group:
                if a.code != b.code:
                    pairs.append((a, b))
    else:
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
                        and not _other_side(at)):
                    continue
                pairs.append((a, b))
    if not pairs and sources:  # the only target found was the source itself
        pairs = [(a, None) for a, _ in sources]
    if tok.lemma_.lower() in COMMANDING_VERBS and trig.pos == "VERB":
        # "Russia ordered its troops to withdraw", "the president told the army to stand down": a
        # state's command to its own forces or organs is no request between two actors (what is
        # ordered keeps its own event, announced for the future)
        pairs = [(a, b) for a, b in pairs if not (a is not None and b is not None and a.country
                                                   and a.country == b.country and b.sector
                                                   and b.sector[:3] in STATE_ORGANS)]
        if not pairs:
            return []

    events = _build_events(s, tok, anchor, subj_tok, trig, onto, pairs)
    if (trig.type in ("REQUEST", "ACCUSE", "REJECT") and subj_tok is not None
            and subj_tok.lemma_.lower() in PROTESTERS):
        # "Protesters in Bangkok demanded that the prime minister step down": the demand is made
        # by a protest, which is an event of its own (PLOVER: demands made by protesting are PROTEST)
        base = onto.bare_verb("protest", type="PROTEST")
        if base is not None:
            protest = dataclasses.replace(base, pattern="protesters' " + trig.pattern)
            events += _build_events(s, tok, anchor, subj_tok, protest, onto, pairs)
    return events


# words that set a group apart from the one it acts on: "other parties attacked Tory plans"
OTHER_WORDS = frozenset({"other", "rival", "opposing"})


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


def _speaker_countries(s: _Sentence, tok) -> set[str]:
    """The countries of who reports the clause an event is in ("Moscow said ..."), if a plain
    reporting verb governs it."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return set()
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORT_HEADS:
            subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
            return {a.country for a, _ in s.actors(subj)} - {None} if subj is not None else set()
        if cur.dep_ not in ("xcomp", "conj", "ccomp", "advcl", "acomp", "dobj", "pobj", "prep"):
            return set()
        cur = cur.head
    return set()


def _build_events(s: _Sentence, tok, anchor, subj_tok, trig: Trigger, onto: Ontology,
                  pairs: list[tuple[Actor | None, Actor | None]]) -> list[Event]:
    """One event per (source, target) pair, with its modality, date, codes and confidence."""
    if not pairs:
        return []
    if trig.type in ("ACCUSE", "REQUEST"):
        s.spoken_at.update((tok.i, anchor.i))
    mod = modality(tok, subject=subj_tok, is_actor=lambda t: bool(s.actor_list(t)))
    date, precision, basis = _date_for(s, tok, anchor)
    info = onto.cameo_info(trig.cameo)
    sentence_text = s.doc.text[s.offset + s.sent.start_char : s.offset + s.sent.end_char].strip()
    # confidence: a verb over a noun, each actor found, and the main clause over subordinate ones
    # (a noun made an act by its light verb, "began a hunger strike", counts as a verb)
    verbal = trig.pos == "VERB" or (anchor.i != tok.i and anchor.pos_ in ("VERB", "AUX"))
    conf = 0.5 + (0.1 if verbal else 0.0) - 0.1 * min(_clause_depth(anchor), 3)
    quad = info.quad_class if info else onto.types[trig.type].quad_class
    # a party's own readout of talks, statements of support or agreement ("the Kremlin said
    # Putin had spoken with Trump") reports what it did in the open: asserted, unlike its
    # account of fighting ("Pakistan said it had shot down five aircraft"), which stays a claim
    speakers = _speaker_countries(s, tok) if mod == "claimed" and quad == 1 else set()
    out = []
    for a, b in pairs:
        c = conf + (0.2 if a else 0) + (0.2 if b else 0)
        pair_mod = "asserted" if a is not None and a.country in speakers else mod
        out.append(
            Event(
                id=_event_id(s.doc.id, " ".join(sentence_text.split()), tok.i - s.sent.start, trig.pattern,
                             a and a.code, b and b.code),
                doc_id=s.doc.id,
                sentence_index=s.index,
                type=trig.type,
                mode=trig.mode,
                cameo=trig.cameo,
                quad_class=info.quad_class if info else onto.types[trig.type].quad_class,
                goldstein=info.goldstein if info else None,
                source=a,
                target=b,
                date=date,
                date_precision=precision,
                date_basis=basis,
                modality=pair_mod,
                sentence=sentence_text,
                trigger=tok.text,
                confidence=round(min(c, 1.0) - 0.1, 2),
            )
        )
    return out


def _date_for(s: _Sentence, tok, anchor) -> tuple[str | None, str | None, str]:
    # The clauses whose date the event shares, nearest first: its own; the verb that controls
    # it ("agreed in January to supply"); the clause it is conjoined to or a participle of
    # ("on Monday, Azerbaijan shot down a helicopter, killing two"); the report of it
    # ("Ukraine said on Friday it was withdrawing ...").
    chain = [tok, anchor] if anchor.i != tok.i else [tok]
    cur = anchor
    for _ in range(4):
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in cur.children)
        if cur.head.i == cur.i:
            break
        if cur.dep_ == "xcomp" or (cur.dep_ in ("conj", "advcl") and not own_subject and
                                   (cur.dep_ == "conj" or cur.tag_ in ("VBG", "VBN"))):
            cur = cur.head
        elif cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORT_HEADS:
            cur = cur.head
        else:
            break
        chain.append(cur)
    rank = {t.i: n for n, t in enumerate(chain)}
    best = None
    for timex in s.timexes:
        if timex.value == "PRESENT_REF":
            continue  # "now": the publication date
        att = s.timex_attachment(timex)
        if att is not None and att.i in rank:
            key = (rank[att.i], abs(att.i - tok.i))
            if best is None or key < best[0]:
                best = (key, timex)
    if best is not None:
        timex = best[1]
        value, precision = timex.value, timex.precision
        if value and precision == "time":
            value, precision = value[:10], "day"
        if timex.type in ("RANGE", "DURATION", "SET") or not is_calendar(value):
            return None, None, "text"  # a range, a duration or an undated expression: no false day
        return value, precision, "text"
    pub = s.doc.published
    # an act told as background ("four months after Putin and Pezeshkian signed it") happened
    # before the news: without a date of its own it is undated, not dated by the publication
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in c.children)
           for c in chain):
        return None, None, "unknown"
    if pub is None:
        return None, None, "unknown"
    return pub.isoformat(), "day", "publication"



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
    for s in sentences:
        s.labour_doc = labour
        for ev in code_sentence(s, onto):
            if sports and ev.type not in KEPT_IN_SPORTS and not (
                    ev.type in KEPT_IN_SPORTS_WITH_BOTH and ev.source is not None and ev.target is not None
                    and ev.source.country != ev.target.country):
                continue
            if ev.id not in seen:
                seen.add(ev.id)
                events.append(ev)
    return doc.replace(events=tuple(merge_repeats(events)))


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
