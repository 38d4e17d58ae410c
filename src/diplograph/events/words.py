"""The word sets the event coder's rules read: which verbs, nouns and prepositions mark a role,
an act, or a reading that is no event."""
from __future__ import annotations


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "dative", "iobj", "obj")
MODIFIER_DEPS = ("poss", "amod", "compound", "nmod", "npadvmod")
OBJECT_CONTROL = {"urge", "ask", "call", "force", "persuade", "allow", "help", "press", "push", "encourage", "invite", "order", "tell", "warn"}
# verbs whose one asked to act is named with a preposition: "appealed to Iraq to release",
# "called on Belgrade to withdraw", "pleaded with the rebels to free": the object of the
# preposition would do the infinitive's act, not the one who asks
PREP_CONTROL = {"appeal": frozenset({"to"}), "call": frozenset({"on", "upon"}), "plead": frozenset({"with"}),
                "prevail": frozenset({"on", "upon"}), "press": frozenset({"on", "upon"}), "signal": frozenset({"to"})}
# what one actor asks or puts to another, which the other agrees, yields or objects "to"
# ("agreed to the UN's request", "bowed to American pressure")
ASKED_THINGS = frozenset({"request", "demand", "call", "appeal", "plea", "proposal", "plan", "offer", "condition",
                          "term", "ultimatum", "pressure", "wish", "suggestion", "invitation", "initiative"})
# compacts an act is done "under", which frame the act and are not its object ("withdrew under the
# agreement", "released under the deal"): not "placed under arrest", "came under pressure"
FRAMING_COMPACTS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "plan", "ceasefire", "truce", "law",
                              "rule", "term", "arrangement", "protocol", "convention", "resolution", "framework"})
# natural disasters a state of emergency may be declared over: then it is relief, not coercion
# ("declared a state of emergency after the floods"; not a pandemic's, which brings restrictions)
CALAMITIES = frozenset({"flood", "flooding", "drought", "storm", "hurricane", "cyclone", "typhoon", "tornado",
                        "earthquake", "quake", "tsunami", "wildfire", "bushfire", "fire", "blaze", "snow", "snowstorm",
                        "blizzard", "heatwave", "rain", "rainfall", "landslide", "eruption", "volcano", "famine"})
# gatherings and papers that, uncoded, may still conclude what others must do ("the forum
# concluded that rich states must give more", "the report said ministers should act")
CONCLUDING_BODIES = frozenset({"forum", "conference", "summit", "meeting", "convention", "congress", "committee",
                               "panel", "commission", "inquiry", "report", "study", "review", "communique",
                               "communiqué", "declaration", "resolution", "statement"})
# what an actor issues that can say, call or condemn ("a statement condemning", "a resolution urging")
STATEMENT_NOUNS = frozenset({"statement", "letter", "communique", "communiqué", "resolution", "report", "declaration",
                             "message", "note", "motion", "decree", "appeal", "memorandum", "editorial", "petition",
                             "law", "legislation", "edict", "ordinance"})
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
# "the two countries", "both sides": a phrase that names the two parties the sentence names
PAIR_NOUNS = frozenset({"country", "side", "nation", "state", "government", "neighbour", "neighbor", "party",
                        "leader", "army", "capital", "rival", "foe", "enemy"})
# Preps on a trigger's direct object that introduce the target ("ratified the treaty with Iran").
OBJECT_PREPS = frozenset({"with"})
PLACE_PREPS = frozenset({"in", "inside", "across", "near"})
GROUP_PREPS = frozenset({"of", "in", "from", "throughout"})
AUTHOR_PREPS = frozenset({"from", "by", "of"})
CLAUSE_TARGET_PREPS = frozenset({"to", "with", "from", "against", "on", "for", "between"})
DESTINATION_PREPS = frozenset({"to", "from", "for", "against", "into", "on"})
RECEIVING_VERBS = frozenset({"draw", "receive", "face", "attract", "earn", "suffer", "incur", "get", "win",
                             "spark", "provoke", "prompt", "trigger", "cause", "stir"})
# verbs of answering what one is told: "Biden addressed the allegations" answers them (he is
# their target), as one who faces or draws criticism
RESPONDING_VERBS = frozenset({"address", "answer", "rebut", "refute", "counter", "deflect", "weather"})
# verbs of holding off a blow, whose subject is what the blow falls on: "Chad repelled an attack by
# the rebels", "the garrison withstood an assault"
RESISTING_VERBS = frozenset({"repel", "repulse", "withstand", "survive", "thwart", "foil", "resist", "weather"})
# verbs of telling, recording or grieving over an act that others did: "Pakistan reported the
# bombing of its post", "China mourned the killing of its diplomats" (China killed no one)
OBSERVING_VERBS = frozenset({"report", "mourn", "describe", "document", "witness", "record", "recall", "remember",
                             "commemorate", "lament", "recount", "mention", "cite", "monitor", "film",
                             "photograph", "discuss", "debate", "survive", "detail", "chronicle", "publicise",
                             "publicize", "highlight", "mark", "observe"})
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "picketer"})
# gatherings of protest that force is used on ("police broke up a rally", "troops fired on a
# march by farmers"): a protest of its own, whoever acts on it
PROTEST_GATHERINGS = frozenset({"demonstration", "rally", "march", "protest", "sit-in", "vigil"})
PROPOSALS = frozenset({"proposal", "offer", "plan", "request", "call", "demand", "invitation", "appeal",
                       "initiative", "resolution", "bid", "ultimatum", "condition", "terms", "formula"})
NESTED_TARGET_PREPS = frozenset({"with", "to", "against", "for", "on"})
OWN_THING_PREPS = frozenset({"to", "from", "in", "at", "into"})
# (and where forces stand: "pulled out of positions around Beirut", "exercises off Taiwan's coast")
DEEP_PLACE_PREPS = frozenset({"in", "inside", "into", "to", "from", "against", "across", "around", "near", "off",
                              "along"})
# ... and where they move, only to a country's edge ("moved tanks towards the Albanian border", not
# "a policy toward Taiwan")
EDGE_PREPS = frozenset({"towards", "toward"})
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
# legal acts of a state (arrests, charges, inquiries, convictions, deportations, confiscations:
# "a Chinese trawler was impounded off South Korea"): with no one named doing them, the state of
# the place they happen in does
STATE_LEGAL_MODES = frozenset({"arrest", "investigate", "convict", "deport"})
STATE_LEGAL_CAMEOS = frozenset({"115", "1711"})
# acts that non-state groups often aim across a border: their target's country is not theirs
FOREIGN_PRONE_TYPES = frozenset({"ASSAULT"})
# organs whose inquiries, with no one else named, are into their own country's affairs
# ("prosecutors are investigating a former minister", "parliament opened an inquiry into bribery")
HOME_INVESTIGATORS = frozenset({"JUD", "COP", "LEG"})
# a domestic group's laying down arms or truce, with no one else named, is with its own state
# ("Maoist rebels demobilised 3,000 fighters"); a resignation is not: hand-coded news gives it no target
GROUP_HOME_MODES = frozenset({"disarm", "ceasefire"})
# what a state promises to change at home when it names no one else ("pledged to carry out
# democratic reforms", "promised to change its policy", "promised to hold elections")
HOME_REFORMS = frozenset({"reform", "policy", "election", "constitution", "law", "right", "freedom", "democracy",
                          "vote", "referendum"})
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
                          # what an inquiry or a way of doing things is, attacked in words
                          "inquiry", "investigation", "culture", "process", "coverage", "notion", "conduct",
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
# the auxiliaries of what will be done ("will strike", "would veto")
WILL_AUX = frozenset({"will", "would", "'ll", "shall"})
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
# what voters or officials are bombarded with that is no shell
SENT_WORDS = frozenset({"leaflet", "question", "letter", "email", "e-mail", "message", "call", "complaint", "request",
                        "criticism", "advert", "advertisement", "mail", "text", "propaganda", "information",
                        "image", "ad", "flyer", "pamphlet", "phone", "offer", "demand", "petition", "spam"})
MASS_AUDIENCES = frozenset({"public", "people", "voter", "electorate", "audience", "viewer", "listener", "reader",
                            "crowd", "nation"})


# nouns of asking that the lexicon leaves out because they mean other things too ("a phone call",
# "a guilty plea"): a request only when what is asked for or who asks is said
ASKING_NOUNS = frozenset({"plea", "call", "entreaty"})
# a request acted on, named by the phrase that says so: "at the request of the president", "at
# Iran's behest", "complied with the request of the court"
ACTED_ON_REQUESTS = frozenset({"request", "behest"})


# acts one wants of others, named as nouns: "wants the publication of the advice"
WANTED_ACTS = frozenset({"publication", "release", "withdrawal", "resignation", "inquiry", "apology", "removal",
                         "explanation", "assurance", "guarantee", "clarification", "referendum", "ceasefire",
                         "investigation", "retraction"})


# what one wants to see done that is a measure asked of whoever governs: "wants to see tougher checks"
SEEN_DONE = frozenset({"check", "control", "safeguard", "protection", "regulation", "rule", "reform", "change",
                       "action", "measure", "sanction", "penalty", "curb", "limit", "ban", "cut", "increase",
                       "scrutiny", "transparency", "accountability", "justice", "compensation", "apology",
                       "progress", "commitment", "guarantee"})


BACKGROUND_MARKS = {"after", "before", "since", "until", "once"}
# stretches of an act, "three days of strikes", "a new round of talks"
SPELLS = frozenset({"day", "week", "hour", "month", "night", "round", "wave"})
# verbs of putting a member out of a body for a time: "suspended from the Commonwealth"
BARRING_VERBS = frozenset({"suspend", "bar", "exclude", "ban"})
EXPELLING_VERBS = frozenset({"expel", "deport", "oust", "eject", "kick", "throw", "force", "order", "drive", "chase"})
VERBAL_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "PROTEST", "REJECT", "AGREE"})
# verbs that carry a written act to someone: "sent a protest note to", "handed a demand to"
CONVEYING_VERBS = frozenset({"send", "deliver", "hand", "submit", "lodge", "address", "present", "forward", "convey"})
BENEFICIARY_PREPS = frozenset({"for", "against", "to"})
# the occasions of speech addressed to someone, in which one asks, offers, praises or refuses:
# "in a letter to Annan", "in a telephone call with Chirac", "during talks with Ivanov", "at a
# meeting with Arafat", "on a visit to Beijing"
ADDRESSED_SETTINGS = frozenset({"letter", "message", "note", "call", "conversation", "talk", "meeting", "visit",
                                "telegram", "cable", "audience", "session", "encounter", "discussion", "consultation",
                                "negotiation", "summit", "trip", "tour"})
SETTING_PREPS = frozenset({"in", "during", "at", "on"})
# opening participles of meeting or addressing someone: "Meeting Arafat in Gaza, ...", "Visiting Kabul, ..."
ADDRESSING_PARTICIPLES = frozenset({"meet", "visit", "telephone", "phone", "call", "write", "host", "receive"})
# the types of speech whose one addressed is its target when the words name none
SETTING_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "REJECT"})
# what is denied that is a claim or a report, so that denying it refuses no request and disowns no
# deed ("denied the allegations", "denied it"): PLOVER codes no event (CAMEO 016 is for a deed
# disowned, "denied responsibility for the attack")
DENIED_CLAIMS = frozenset({"claim", "report", "allegation", "charge", "accusation", "suggestion", "rumour", "rumor",
                           "story", "assertion", "speculation", "it", "them", "this", "that", "these", "those",
                           "everything", "anything", "wrongdoing"})
# agreements named as nouns: an event (CAMEO 057) only where the sentence concludes one, not
# where it names one made before ("reneging on its pact", "under the 1994 accord")
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "treaty", "pact", "accord", "memorandum"})
# verbs that conclude or announce an agreement: "the accord signed on Monday", "announced a deal"
# (and "have", the pact one holds with another: "Russia has a pact with Iran"; not "drafted a
# treaty", "are negotiating a deal", "working out a deal": not concluded yet)
CONCLUDING_VERBS = frozenset({"sign", "reach", "conclude", "seal", "clinch", "strike", "ink", "finalise", "finalize",
                              "broker", "initial", "agree", "announce", "unveil", "approve", "ratify", "secure",
                              "hammer", "forge", "complete", "endorse", "accept", "thrash", "mediate", "arrange",
                              "achieve", "cut", "make", "enter", "put", "close", "have"})
CONCLUDED_WORDS = frozenset({"signed", "brokered", "agreed", "sealed", "negotiated", "mediated", "reached", "concluded",
                             "new", "initialled", "initialed", "ratified"})
# nouns of a plan, whose to-clause is an act planned, no act nor promise of it ("plans to provide
# aid were discussed", "the policy is to offer rebates"), unless an actor announces it
PLAN_NOUNS = frozenset({"plan", "policy", "proposal", "scheme", "idea", "blueprint", "programme", "program"})
# verbs by which an actor puts its plan forward, making it a promise: "announced plans to send aid"
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "pledge", "agree", "approve", "adopt", "launch", "outline",
                              "present", "set", "put", "propose", "table", "submit", "endorse", "draw", "publish",
                              "release", "detail", "back", "reveal", "confirm", "finalise", "finalize"})

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
                              "fraud", "smear", "whitewash", "cover-up", "affront", "abomination",
                              # names one calls a leader or an act ("called the president a liar",
                              # "described the blockade as genocide")
                              "liar", "criminal", "murderer", "dictator", "tyrant", "aggressor", "warmonger",
                              "genocide", "aggression", "provocation"})
# (of which these are mild: one's own mistake is no criticism of anyone)
MILD_NOUNS = frozenset({"mistake", "blunder", "folly", "stunt", "gimmick"})
# names one calls an actor only with a verb of calling ("called the Sudanese leader a terrorist",
# "branded the rebels traitors", "described him as a puppet"); said of what someone is ("the
# attackers were terrorists") they describe, they do not condemn, so they are no CONDEMNING_NOUNS
BRANDING_NOUNS = frozenset({"terrorist", "traitor", "thug", "butcher", "puppet", "fascist", "racist", "bandit",
                            "gangster", "killer", "hypocrite", "coward", "enemy", "mercenary", "stooge", "lackey"})
# what someone is said to have done that is misconduct in itself: "the Tories say Blair lied"
MISCONDUCT_VERBS = frozenset({"lie", "mislead", "deceive", "betray", "renege", "cheat", "dupe", "hoodwink", "smear"})
BRANDING_VERBS = frozenset({"call", "brand", "label", "term", "deem", "describe", "denounce", "condemn", "decry",
                            "dismiss", "slam", "criticise", "criticize"})
# forums and quarrels where a clash is one of words ("clashed in parliament", "in a row over schools")
WORD_FORUMS = frozenset({"parliament", "commons", "lords", "senate", "congress", "assembly", "chamber", "debate",
                         "row", "dispute", "argument", "spat", "interview", "hearing", "session", "committee",
                         "meeting", "talks", "summit", "court", "exchange", "letter", "statement", "tweet",
                         "speech", "broadcast", "studio", "television", "radio", "press", "newspaper"})
# nouns of which a noun before them names a kind: services, crews, gear and exercises ("a fire
# drill", "the fire brigade", "a fire alarm"); the noun before them is no object of the verb
KIND_HEADS = frozenset({"drill", "exercise", "training", "alarm", "brigade", "service", "department", "station",
                        "engine", "truck", "crew", "fighter", "officer", "chief", "safety", "exit", "escape", "door",
                        "extinguisher", "hydrant", "insurance", "hazard"})
# what a clash of words is over ("clashed over the budget plans", "over demands for access")
WORDY_ISSUES = STANCE_NOUNS | RULE_NOUNS | PROPOSALS | AGREEMENT_NOUNS
# words of harm done in a clash: it was a fight ("two died in clashes over the vote")
HURT_WORDS = frozenset({"kill", "killed", "injure", "injured", "wound", "wounded", "die", "dead", "hurt", "stone",
                        "teargas", "shoot", "gunfire", "riot", "baton", "casualty"})
# what talks are about, whose infinitive tells an agenda, not an act: "the issues to be discussed"
TOPIC_NOUNS = frozenset({"issue", "matter", "topic", "question", "point", "subject", "item", "agenda", "theme",
                         "problem", "proposal", "detail"})

# what one is of an act that falls on one ("the target of threats", "a victim of attacks"), and
# the verbs that say so of their subject ("was", "became", "fell victim to")
UNDERGOER_NOUNS = frozenset({"target", "victim", "object", "focus", "brunt"})
UNDERGOING_VERBS = frozenset({"be", "become", "remain", "fall", "bear", "face"})
# verbs of unrest or fighting breaking out, whose place is the protesters' own ("riots erupted in
# Lagos") and whose "between" names the sides ("clashes broke out between Indian and Chinese troops")
ERUPTING_VERBS = frozenset({"erupt", "break", "spread", "flare", "rage", "continue", "resume", "occur", "escalate"})
