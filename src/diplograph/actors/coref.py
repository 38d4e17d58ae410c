"""References within a document: what "the two countries", "it", "the president" stand for.

The dictionary matches of each sentence (names, and agents without a country such as "the
president") come in; mentions for the references come out, each over the referring words,
with the actor it points to (``Mention.text`` is the referring text). A group reference is
several mentions over one span, one per actor, which the event coder expands into pairs.

Precision matters more than recall: a reference is resolved only when the text leaves one
reading.

- Groups: "the two countries", "both sides", "the two leaders" point to the two countries of
  the nearest sentence (this one up to the phrase, or the two before it) that names exactly
  two, or whose actors are of exactly two countries ("Ruto hosted Tinubu ... The two leaders");
  a title ("leaders", "foreign ministers") gives them its sector. Three countries named
  together nearer than any pair ("Russia, China and India") leave it alone.
- Pronouns, as subjects only ("ratified it" is nearly always a thing): "it" is the country or
  organisation that is the subject of the nearest clause above it ("Iran said it would ..."),
  or, for a sentence-initial "It said ...", of the previous sentence; "they" a coordinated
  subject ("Tehran and Moscow ... they") or a plural agent ("Iranian officials ... they");
  "he"/"she" a person who is that subject. A possessive names an actor only with a title:
  "its foreign minister" takes the antecedent's country with the sector ("its participation"
  is left alone). A verb with an object before the pronoun leaves it alone ("X condemned the
  strike, saying it ...": "it" may be the strike). "it is ...", "it seems ..." are expletive,
  unless the be-verb takes an agent's adjective ("Egypt says it is ready to mediate", "it
  is ready to", "it remains committed to"): then "it" refers. A resolved "he", "it" or title
  ("the prime minister") may itself be the antecedent of a later pronoun ("..., he added. He
  also ..."); "they" after two bodies of one state ("the Conservatives and the Liberal Democrats
  say they") is both. An officer named by the office ("Iran's foreign minister", "the Lib Dems'
  Treasury spokesman") is a person to "he" and the state or body to "it".
- Pronouns after bodies that the later rules of the sentence place ("The army said it killed 12
  rebels", "Police said they ..."): those bodies are antecedents too, as subjects; "its" and a
  generic title of a body ("Hamas said its leader", "its fighters" of an armed group) are the
  body itself; "they" may stand for a body named in the plural ("the Tamil Tigers") or the
  police; "he" after a clause whose object is a thing ("issued a statement saying she ...") or
  after a clause about the news ("This comes after he met ...") is the person before.
- Round 23: "his government", "her generals" after a state's office holder are that state's
  body (:meth:`Resolver.own_body`); "the country's foreign ministry" takes the country "the
  country" would; "they" after an armed group or party named in the singular ("The Taliban said
  they"); "the two sides" as the subject of a later clause of the sentence that names the two
  (:meth:`Resolver.sentence_dyad`); "the rebels", "the militants" the one armed side named near
  (a kind of :meth:`Resolver.descriptions`); "the minister" after an officer named by the office
  alone ("Peru's foreign minister ... The minister").
- Titles: "the president", "the foreign minister" is the last person named in the document
  whose office on the document's date has that title; "the government", "the country",
  "the president" with no such person, the document's main country (the country named most,
  at least twice and more often than any other), else nothing. A bare title is left alone when
  the last use of it named another body's officer ("the president of the bank").
- "the minister" is the one minister (not a head of government) named near; "Parliament",
  "Congress" or "the Senate" alone is the legislature of the state a body would be of.
- Bodies: "the ministry", "the authorities", "the army" and bare plurals ("Officials said")
  take the state of the nearest body of the same sector named with its country (this sentence
  or the two before), else the document's main country, else the dateline's, else the one
  country the document has named so far; a bare plural also when this sentence names that one
  country as another body or party of it or as a place by its name ("Dutch MPs urged ministers",
  "In Britain, MPs accused ministers": :meth:`Resolver.lone_country`; not troops). A
  dateline's place ("TOKYO, March 11 -") is no mention but counts towards the main country.
  A member of a body named with no country ("a Foreign Ministry official", "the military
  spokesman") is read so too, and so are "the Treasury", "the
  Foreign Office", "the Ministry of Defence" (a ministry whose complement is a portfolio),
  "the opposition", "the ruling party", bare plurals of a state's members ("Ministers
  denied it", "MPs criticised ...", "Prosecutors charged ...": not next to an organisation's
  name, whose members they may be) and parties named by their family ("Labour", "the
  Conservatives", "Republicans": PTY); "the party" is the one party named in this sentence or
  the two before (with no party family there left unplaced). Bodies named before the document
  names any country take the first one it names, if it names one alone within two sentences.
- A bare title with no holder named keeps the title as its entity ("the prime minister", "the
  Queen": two offices of one state are two actors); "the shadow chancellor", "the shadow
  cabinet" are the opposition (OPP) of the state the opposition would be of; in "accused
  ministers of wasting money" the gerund is the charge, not a complement naming the body.
- Descriptions of a kind of actor: "the kingdom" (a monarchy), "the island" (an island state),
  "the group" (an armed or rights group), "the alliance", "the bloc" (an organisation) are the one
  actor of that kind named in this sentence or the two before (:meth:`Resolver.descriptions`);
  "the ministry", "the army" the one country of the bodies named near whose name ends in that
  word ("Russia's foreign ministry"); "the country" as a subject after two countries, the
  previous sentence's subject. "his counterpart" is the one person of another country than the
  possessor's named near; "the visiting minister" the one person named near who is not of the
  places named there (:meth:`Resolver.counterparts`).
- Appositions: "Peter Huang, Taiwan's deputy trade minister" and "Taiwan's deputy trade
  minister, Peter Huang" give the unknown name the title's actor; later uses of that name in
  the document ("Huang said") get it too.
- Unknown people with a title of no country: "Judge Ana Ruiz", "Labour minister, Juan Perez,",
  "a senior official, Juan Perez,", "Juan Perez, a spokesman for the ministry," take the title's
  sector and the country a body of that sector would take (:meth:`Resolver.titled_people`); not
  a title of another body ("Acme spokesman X") nor one an unknown company head also holds
  ("President X", "chairman X").
- Bare plurals of a state's or a society's bodies ("Opposition MPs", "Union leaders", "Security
  forces") take the country a body of their sector would take (:meth:`Resolver.domestic_plurals`).
- Surnames: "Mr Brown", "Lord Kinnock" and a surname alone ("Johnson said") are the one person
  the document has named in full with it ("Boris Johnson"); a second person of that surname, or
  one named in full whom no mention codes, leaves it with no reading (:meth:`Resolver.namesakes`).
- Critics with a country of their own ("Critics from across Spain's political landscape",
  "opponents from Germany") are of that country, coded with the country alone
  (:meth:`Resolver.critics`); bare "critics" and "critics of X" are left alone.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from diplograph.actors.lexicon import FAMILY_NAME_FIRST, lexicon
from diplograph.actors.local import (
    COMPASS, LOCAL_WORDS, POLICE_WORDS, LocalState, _inner_place, armed_actors, coup_makers, flush_local, foreign_forces,
    local_actors, one_state_actors, preview, release_place,
    home_actors, scene_actors, state_forces,
)
from diplograph.data_files import read_csv
from diplograph.types import Actor, Mention


def _states_with(trait: str) -> frozenset[str]:
    """The states countries.csv gives ``trait`` ("monarchy", "island", "given-name")."""
    return frozenset(r["iso3"] for r in read_csv("actors/countries.csv", ("iso3", "traits"))
                     if trait in r["traits"].split("|"))


GROUP_WORDS = frozenset({"two", "both"})
# nouns after "the two"/"both" that refer to states, and the sector they give
GROUP_NOUNS = {
    "countries": None, "nations": None, "states": None, "sides": None, "neighbours": None, "neighbors": None,
    "allies": None, "powers": None, "capitals": "GOV", "governments": "GOV", "leaders": "GOV",
    "presidents": "GOV", "heads": "GOV", "ministers": "GOV", "delegations": "GOV", "premiers": "GOV",
    "militaries": "MIL", "armies": "MIL",
}
IT = frozenset({"it", "its", "itself"})
THEY = frozenset({"they", "their", "them", "themselves"})
HE = frozenset({"he", "his", "him", "she", "her", "himself", "herself"})
# the words the sentence loop resolves (a quick test before the branches for each)
REFERRING_WORDS = GROUP_WORDS | IT | THEY | HE
TITLE_ROLES = {  # a bare title and the words of the offices it names
    "president": ("president",), "prime minister": ("prime minister", "premier", "chancellor"),
    "premier": ("premier", "prime minister"), "chancellor": ("chancellor",),
    "foreign minister": ("foreign", "secretary of state"), "foreign secretary": ("foreign", "secretary of state"),
    "secretary of state": ("secretary of state", "foreign"), "defence minister": ("defence", "defense"),
    "defense minister": ("defence", "defense"), "defence secretary": ("defence", "defense"),
    "defense secretary": ("defence", "defense"), "king": ("king", "monarch"), "queen": ("queen", "monarch"), "emir": ("emir",),
    "supreme leader": ("supreme leader",), "crown prince": ("crown prince",),
    "attorney general": ("attorney general",),
    # "Defence Minister X visited ... The minister said": any minister but the head of government
    "minister": ("minister",),
}
TITLE_WORDS = {title: tuple(title.split()) for title in TITLE_ROLES}
# a title whose state office is of another sector than government ("Attorney General Lord
# Goldsmith" is the state's law officer, JUD)
OWN_SECTORS = {"attorney general": {"JUD"}}
TITLE_WORDS_FIRST = frozenset(w[0] for w in TITLE_WORDS.values())
COUNTRY_NOUNS = frozenset({"country", "nation"})
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mister", "Dr", "Lord", "Baroness", "Lady"})  # not "Sir": "Sir Howard" is a given name
# offices whose name has a title's word but which are not that office: a shadow minister holds
# none; a "Chancellor of the Exchequer" or "Lord Chancellor" is a minister, no head of government
NOT_HOLDING = ("shadow",)
MINISTER_CHANCELLORS = ("exchequer", "lord chancellor", "duchy")
# offices named "minister" that a bare "the minister" does not name
HEAD_MINISTERS = ("prime minister", "first minister", "chief minister")
# offices named "chancellor" that a bare "the chancellor" does not name: Britain's Lord Chancellor
# and Chancellor of the Duchy of Lancaster are other ministers than the Chancellor (of the Exchequer)
OTHER_CHANCELLORS = (*MINISTER_CHANCELLORS[1:], "vice-chancellor", "vice chancellor")
# A pronoun is resolved only as a subject or a possessive: as an object ("ratified it") it
# is nearly always a thing, and never the subject of its own clause.
PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Round 29: the exception, a person's pronoun as an object in a reported clause ("X said the
# police had questioned him"): Resolver.speaker
PRONOUN_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
OBJECT_HE = frozenset({"him", "her"})
SPEECH_LEMMAS = frozenset({"say", "tell", "claim", "complain", "allege", "insist", "add", "report", "write", "recall",
                           "explain", "state", "testify", "confirm", "reveal", "believe", "fear", "suggest"})
# Verbs whose subject is an agent: a sentence-initial "It"/"They" with one of these may
# continue the previous sentence's actor ("It said ...", "They warned ..."); with any other
# verb ("It will come into force") the pronoun is more often a thing.
AGENT_VERBS = frozenset({
    "say", "tell", "add", "accuse", "warn", "deny", "claim", "announce", "insist", "call", "urge",
    "reject", "condemn", "threaten", "demand", "vow", "pledge", "express", "state", "argue", "stress",
    "respond", "reply", "refuse", "agree", "promise", "criticise", "criticize", "welcome", "blame",
    "describe", "confirm", "report", "declare", "note", "signal", "want", "hope", "plan",
})
PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "inside", "outside", "around", "via", "through"})
# words between such a preposition and a place's name ("in the northern Peruvian town", "in northern Mali")
ARTICLE_WORDS = frozenset({"the", "a", "an"})
PLACE_LEADS = ARTICLE_WORDS | COMPASS
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "leadership"})
# bodies of a state: "the ministry", "the authorities", "the army" with no country name the state
# the document is about; the plurals may also stand bare ("Officials said ...")
STATE_PLURALS = frozenset({"officials", "authorities", "troops", "soldiers", "ministries"})
STATE_BODIES = GOVERNMENT_NOUNS | STATE_PLURALS | {"ministry", "police", "army", "military", "parliament", "navy", "junta", "guard",
                                                    "congress", "senate", "legislature"}  # ("the National Guard")
# a state's legislature named by its proper name alone, capitalised, with no article: "Parliament
# rejected the bill", "Congress has not passed the budget"
BARE_LEGISLATURES = frozenset({"parliament", "congress", "senate"})
# states where a bare "Congress" is a party (the Indian National Congress), not the legislature
CONGRESS_PARTY_STATES = frozenset({"IND"})
# states whose news names people by the given name after the full name ("Prem Tinsulanonda ...
# Prem said", "Thaksin Shinawatra ... Thaksin"): countries.csv trait "given-name"
GIVEN_NAME_STATES = _states_with("given-name")
# monarchs named by the title alone: with no holder named and no main country yet, the state
# of the nearest government actor ("Mr Blair will ask the Queen to ...")
MONARCH_TITLES = frozenset({"queen", "king"})
# the states with a monarch (2026; the Commonwealth realms share the British one): a bare "the King"
# is none of a republic's. countries.csv trait "monarchy"
MONARCHIES = _states_with("monarchy")
# the halves of a divided nation that news of either names "the North" and "the South" ("South
# Korea said the North had moved troops"): countries.csv traits "north-half", "south-half"
HALVES = {"north": _states_with("north-half"), "south": _states_with("south-half")}
HALF_STATES = HALVES["north"] | HALVES["south"]
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# nouns of which a country named as a modifier is the topic, not an actor of the story ("the
# Iraq war", "the Kyoto protocol", "the Iraq inquiry", "a Brussels summit"): such a mention adds
# nothing to the document's country. An adjective counts only before the nouns of a war or a
# crisis ("the Rwandan genocide"): "British policy" is Britain's
TOPIC_NOUNS = frozenset({
    "war", "wars", "conflict", "conflicts", "crisis", "inquiry", "inquiries", "invasion", "occupation",
    "policy", "deal", "dossier", "debate", "issue", "question", "protocol", "treaty", "summit", "talks",
    "controversy", "row", "trip", "visit", "tour", "bombing", "bombings", "blockade", "genocide", "affair",
    "scandal",
})
TOPIC_EVENT_NOUNS = frozenset({"war", "wars", "conflict", "conflicts", "crisis", "invasion", "occupation",
                               "bombing", "bombings", "genocide"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "SPY", "JUD"})
# more bodies of a state, named whole with no country: "the Treasury", "the Foreign Office",
# and the parties of its politics: "the opposition", "the ruling party" (these are of the
# story's state as its ministries are); a ministry whose "of" complement is a portfolio ("the
# Ministry of Defence") is one too (PORTFOLIO_HEADS)
NAMED_BODIES = frozenset({"treasury", "foreign office", "home office", "opposition", "ruling party"})
PARTY_SECTORS = frozenset({"OPP", "PTY"})
STATE_OR_PARTY_SECTORS = STATE_SECTORS | PARTY_SECTORS
PORTFOLIO_HEADS = frozenset({"ministry", "department"})
# portfolios: what may follow "the Ministry of" ("Defence", "Foreign Affairs", "the Interior")
PORTFOLIOS = frozenset({"defence", "defense", "health", "education", "finance", "foreign", "interior", "justice",
                        "trade", "industry", "agriculture", "labour", "labor", "economy", "economic", "energy",
                        "environment", "transport", "culture", "information", "communications", "home", "internal",
                        "external", "public", "state", "security", "science", "commerce", "fisheries", "housing",
                        "tourism", "oil", "petroleum", "mines", "planning", "emergency", "emergencies", "social",
                        "welfare", "treasury", "war"})
# bare plurals of members of a state's bodies: "Ministers denied it", "MPs criticised the
# plan", "Prosecutors charged him" stand for the story's state as "Officials said" does
MEMBER_PLURALS = frozenset({"ministers", "mps", "lawmakers", "legislators", "senators", "congressmen",
                            "congresswomen", "parliamentarians", "deputies", "prosecutors", "judges"})
# "a Foreign Ministry official", "the military spokesman": a member (MEMBER_WORDS) of a body
# of a state (MEMBER_BODIES) with no country of its own
MEMBER_WORDS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson"})
MEMBER_BODIES = frozenset({"ministry", "government", "military", "army", "police", "defence", "defense", "foreign",
                           "interior", "cabinet", "presidential", "embassy", "navy", "finance"})
RANK_WORDS = frozenset({"senior", "top", "government", "federal", "security", "military", "police", "army", "ministry"})
# Adjectives whose subject is an agent: "it is willing to", "it remains committed to" refer
AGENTIVE_ADJECTIVES = frozenset({
    "willing", "unwilling", "ready", "prepared", "determined", "committed", "able", "unable", "eager",
    "keen", "reluctant", "open", "opposed", "resolved", "intent", "adamant", "confident", "satisfied",
    "disappointed", "concerned", "interested", "grateful", "proud", "aware", "capable",
})
# parties named by their political family with no country ("Labour attacked the Conservatives",
# "Republicans blocked the bill"): a party of the story's state
PARTY_FAMILIES = frozenset({"labour", "labor", "conservatives", "tories", "republicans", "democrats", "liberals",
                            "greens", "socialists", "communists", "nationalists", "unionists"})
# the states whose politics have a major party of the family, by the word as written (Wikipedia's
# lists of parties): a party word before a proposal is taken as the acting state's only for these
_LABOUR = frozenset({"GBR", "AUS", "NZL", "IRL", "ISR", "NOR", "MLT"})
_CONSERVATIVE = frozenset({"GBR", "CAN", "NOR", "DNK"})
_REPUBLICAN = frozenset({"USA"})
_DEMOCRATIC = frozenset({"USA"})
PARTY_FAMILY_STATES = {"labour": _LABOUR, "labor": _LABOUR, "conservative": _CONSERVATIVE,
                       "conservatives": _CONSERVATIVE, "tory": frozenset({"GBR"}), "tories": frozenset({"GBR"}),
                       "republican": _REPUBLICAN, "republicans": _REPUBLICAN, "democratic": _DEMOCRATIC,
                       "democrats": _DEMOCRATIC}
# the same families named as "the Labour party", "the Democratic Party" (with "party" written
# small, or a party of no dictionary row): the entity is the family's name, as the noun gives it
PARTY_ADJECTIVES = {"labour": "Labour", "labor": "Labor", "conservative": "Conservatives", "liberal": "Liberals",
                    "democratic": "Democrats", "republican": "Republicans", "socialist": "Socialists",
                    "green": "Greens", "nationalist": "Nationalists", "unionist": "Unionists"}
# the words a party of a family is named with (PARTY_FAMILIES, PARTY_ADJECTIVES), lower-cased
FAMILY_WORDS = PARTY_FAMILIES | frozenset(PARTY_ADJECTIVES)
# what a party puts forward, whose owner its family word before it names ("the Labour amendment")
PARTY_THINGS = frozenset({"offer", "proposal", "plan", "amendment", "motion", "policy", "pledge", "promise", "manifesto",
                          "compromise", "scheme", "bill", "demand", "call", "bid", "initiative", "idea", "package"})


def _party_thing(tok) -> bool:
    """A party word as the possessor or modifier of a thing a party puts forward ("the
    Conservatives' offer", "a Conservative budget amendment"), through compounds before the head."""
    if tok.dep_ not in ("poss", "amod", "compound") or any(c.dep_ == "poss" for c in tok.children):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in PARTY_THINGS


# the last word of a name that makes it one person ("Iran's foreign minister", "the US envoy")
OFFICE_NOUNS = frozenset({
    "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "chief", "leader", "ambassador", "envoy", "king", "queen", "emir", "prince", "commander", "governor", "mayor",
    "chairman", "chairwoman", "negotiator", "counterpart", "official", "diplomat", "senator", "general",
})
# people who criticise, with no body of their own: "critics from across Spain's political landscape"
CRITIC_PLURALS = frozenset({"critics", "opponents", "detractors"})
WINDOW = 2  # sentences back that a reference may reach
# the sectors of crowds, which are where they gather (protesters, farmers, students, workers)
CROWD_SECTORS = frozenset({"OPP", "CVL", "AGR", "EDU", "LAB"})
# definite descriptions of a kind of actor ("the kingdom said"), lower-case as written, and the kind
DESCRIPTION_NOUNS = {"kingdom": "monarchy", "island": "island", "group": "group", "alliance": "igo", "bloc": "igo",
                     # "Darfur rebels attacked ... The rebels said": the one armed side named near
                     **dict.fromkeys(("rebels", "militants", "guerrillas", "insurgents", "militia", "militiamen",
                                      "separatists"), "armed"),
                     # "Israeli jets struck ... The jets also hit": the one state's forces named near
                     **dict.fromkeys(("jets", "warplanes", "planes", "aircraft", "helicopters", "gunships", "tanks",
                                      "troops", "soldiers", "forces"), "forces")}
# states of one island or most of one, that news calls "the island" (Taiwan, Cuba, Cyprus, Sri
# Lanka ...): countries.csv trait "island"
ISLAND_STATES = _states_with("island")
# the sectors of the non-state groups "the group" stands for (armed groups, rights groups)
GROUP_SECTORS = frozenset({"REB", "UAF", "SEP", "INS", "NGO", "IMG"})
# the sectors of armed sides whose force words are their own men ("Hamas ... its fighters")
ARMED_SIDES_OF_BODIES = frozenset({"REB", "UAF", "SEP", "INS"})
# another's officer after a possessive ("his counterpart"): Resolver.counterparts reads these
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "opposite", "host", "hosts"})
AMBIGUOUS = Actor("")  # two readings: leave the reference alone
# parts and envoys of an organisation, that news names again by the noun alone (Resolver.organ_parts)
PART_NOUNS = frozenset({"committee", "council", "commission", "panel", "board", "team", "mission", "delegation"})


def _senders_forces(sent, m, local: list) -> str | None:
    """Forces without a country that a named state sends, deploys or withdraws are its own:
    "Senegal sent troops to Gambia", "Kenya deployed soldiers along the border" (not those of a
    state named in an earlier sentence). ``local``: this sentence's coded mentions (_Seen)."""
    tok = sent[m.end - 1]
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    at = subj.i - sent.start
    states = {x.actor.country for x in local if x.token == at and x.actor.country and not x.place and not x.topic
              and not x.actor.sector}
    return states.pop() if len(states) == 1 else None


@dataclass
class _Seen:
    """One coded mention, as the discourse remembers it."""

    sentence: int
    token: int  # the mention's last token (position in its sentence)
    actor: Actor
    person: bool
    subject: bool
    plural: bool = False
    first: int = -1  # the mention's first token
    place: bool = False  # named as a place ("talks in Rome"), not as an actor
    officer: bool = False  # a state's or body's officer named by the office ("Iran's foreign minister"): "he" may stand for it
    derived: bool = False  # a reference resolved here ("he", "the party"): a later pronoun may continue it; counts no country
    topic: bool = False  # a country named as the topic of a noun ("the Iraq war"): counts no country


@dataclass
class _State:
    seen: list[_Seen] = field(default_factory=list)
    learned: dict[str, Actor] = field(default_factory=dict)  # names learned from appositions
    countries: Counter = field(default_factory=Counter)
    dateline: str | None = None  # the country a dateline ("TOKYO, March 11 -") files the report from
    coordinated: list = field(default_factory=list)  # (sentence, (seen, seen)): two countries named together
    # sentence -> where (token) it first names three countries or more together
    crowded: dict = field(default_factory=dict)
    # (sentence, token, title, of_state): each use of a title ("president") with a holder named,
    # of a state ("President Lula", "Brazil's president") or of another body ("the president
    # of Toyota", "the union's president", "company president")
    offices: list = field(default_factory=list)
    # (sentence, offset, first token, last token, sector): bodies named before any country was
    # ("Ministers denied it ... Jack Straw said"), waiting for the first country named
    pending: list = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)  # last names of the people named in full
    unplaced_parties: list = field(default_factory=list)  # sentences naming a party family left without a state
    # round 30: noun -> (sentence, organisation) for a part or envoy of an organisation named with
    # it ("the council of the WTO", "a World Bank team"): "the council", "the team" later
    parts: dict = field(default_factory=dict)


def _agentive(verb) -> bool:
    """The be-verb of "it" takes an agent's adjective ("it is willing to", "it was not ready")."""
    return any(c.dep_ in ("acomp", "oprd") and c.lower_ in AGENTIVE_ADJECTIVES for c in verb.children)


def _charge_after(sent, k: int) -> bool:
    """ "accused ministers of wasting money", "blamed officials for ignoring it": "of" or "for"
    and a gerund is what the people are charged with, not the body they belong to."""
    return (sent[k].lower_ in ("of", "for") and k + 1 < len(sent) and sent[k + 1].tag_ == "VBG"
            and sent[k + 1].pos_ == "VERB" and sent[k + 1].dep_ in ("pcomp", "pobj"))  # (a parse may take "lying" as the object)


def _modifier(tok) -> bool:
    """The word modifies the noun right after it ("the military base"), not "the government and
    industry", which a parse may also attach as a modifier."""
    return tok.dep_ in MODIFIER_DEPS and tok.head.i == tok.i + 1


def _topic(m, sent) -> bool:
    """The country mention modifies a noun of a topic ("the Iraq war", "the Iraq weapons
    dossier", "the Rwandan genocide"): it names what the story is about, not a state acting in it."""
    if m.actor.sector or not m.actor.country or m.kind in ("person", "agent"):
        return False
    last = sent[m.end - 1]
    head = last.head
    if last.dep_ not in ("compound", "amod", "nmod") or head.i <= last.i or head.pos_ != "NOUN":
        return False
    if head.lower_ not in TOPIC_NOUNS:
        return False
    return last.pos_ == "PROPN" or head.lower_ in TOPIC_EVENT_NOUNS


def _counts(s) -> bool:
    """The remembered mention adds its country to the document's count."""
    return not (s.place or s.derived or s.topic)


def _country_of(actor: Actor) -> str | None:
    if actor.country:
        return actor.country
    return actor.code[:6] if actor.code.startswith("IGO") else None


def _joined_to(verb):
    """The verb of the clause that ``verb``'s clause is joined to by "and" ("X shelled Grozny,
    and they pushed ..."), or None. The parser may hang both clauses under a reporting verb that
    follows them ("..., and they pushed ..., Interfax said"): then the earlier of the two."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    if verb.dep_ == "ccomp":
        earlier = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
        if earlier and any(c.dep_ == "cc" and c.lower_ == "and" for c in earlier[-1].children):
            return earlier[-1]
    return None


def _subject_token(sent):
    """The subject of the sentence's main clause (following coordination: all conjuncts)."""
    root = sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


# title words that name no person: an unknown name beside them is no holder of them
NOT_PERSON_TITLES = frozenset({"government", "administration", "regime", "cabinet", "ministry", "department", "court",
                               "parliament", "party", "group", "agency", "company", "firm", "bank", "newspaper",
                               "council", "committee", "office", "army", "police", "force", "embassy", "union"})


# titles that an unknown name holds of a company or another body at least as often as of a state
# ("President Robert Smith told shareholders", "director-general Greg Dyke"), and titles of no
# state the story is about ("Pope John Paul"): an unknown name beside them is left alone
BODY_TITLES = frozenset({"president", "vice president", "vice-president", "chairman", "chairwoman", "chair", "director",
                         "director-general", "director general", "secretary-general", "secretary general", "head",
                         "chief", "leader", "executive", "pope", "patriarch"})


# words before a title that make no other body of it ("state prosecutor", "Regional Governor")
OFFICE_MODIFIERS = frozenset({"state", "regional", "provincial", "district", "local", "deputy", "acting", "interim",
                              "junior", "assistant", "public", "federal", "senior", "top", "chief", "national",
                              "municipal", "county", "city", "military", "police", "army", "government"})
# a party's adjective before a member's title: "Labour MP X", "Republican Senator X"
PARTY_WORDS = frozenset({"labour", "labor", "conservative", "tory", "republican", "democratic", "democrat", "liberal",
                         "socialist", "communist", "green"})
# the words a title may open with before its office ("Former state prosecutor X")
TITLE_OPENERS = OFFICE_MODIFIERS | PARTY_WORDS | {"former", "ex"}
# the words before a plural of a state's body that keep it one ("senior government officials")
PLURAL_OPENERS = RANK_WORDS | OFFICE_MODIFIERS


def _person_title(lex, sent, m) -> bool:
    """The agent names one person ("judge", "labour minister"), not a body nor a title of
    BODY_TITLES, and the parse does not read it as part of the name ("Christian Lacroix")."""
    last = sent[m.end - 1]
    title = " ".join(t.lower_ for t in sent[m.start : m.end])
    if title in BODY_TITLES or any(t.ent_type_ == "PERSON" for t in sent[m.start : m.end]) or (
            last.lower_ in BODY_TITLES and (m.actor.sector or "").startswith("GOV")):  # "Congress President"
        return False
    return last.lower_ not in NOT_PERSON_TITLES and last.tag_ not in ("NNS", "NNPS")


# the sectors of a state's or a society's bodies that a bare plural ("Union leaders", "Opposition
# MPs", "Security forces") names in a story about that state
TITLE_PLURALS = frozenset({"prime ministers", "foreign ministers", "heads of state", "crown princes",
                           # bare words of any state's people: "Leaders approved ... at a summit", "send forces"
                           "leaders", "heads", "chiefs", "members", "forces", "troops", "soldiers", "units"})
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP", "PTY", "LAB", "EDU", "HLH", "AGR", "REL"})
# ... of people, not of institutions or things ("schools would close")
INSTITUTION_PLURALS = frozenset({"schools", "universities", "hospitals", "courts", "churches", "mosques", "ministries",
                                 "departments", "parties", "unions", "agencies", "aircraft", "warplanes", "jets",
                                 "helicopters", "warships", "drones", "missiles", "ambulances", "kindergartens",
                                 "submarines", "ships", "vessels", "boats", "tanks", "administrations", "embassies", "consulates",
                                 "missions", "delegations", "offices", "councils", "committees", "bodies",
                                 # people of no one state's body, or as often foreign as the story's
                                 "scientists", "researchers", "experts", "academics", "scholars", "economists",
                                 "historians", "politicians", "candidates", "delegates", "advisers", "advisors", "aides",
                                 "officers", "representatives", "envoys", "diplomats", "ambassadors", "negotiators",
                                 # titles of single holders, in the plural ("historically, prime ministers were ...")
                                 "presidents", "premiers", "kings", "queens", "monarchs", "chancellors", "emirs",
                                 "princes", "ministers", "governors", "fighters", "governments", "banks", "divisions", "personnel", "groups", "judges", "juries",
                                 "jurors", "lawyers", "attorneys"})
# words before a plural that make it no body of the story's state ("foreign security forces",
# "other governments")
NOT_DOMESTIC_MODIFIERS = frozenset({"foreign", "other", "international", "overseas", "western", "allied", "national",
                                    "church", "unspecified", "unidentified"})


def _in_longer_name(sent, k: int) -> bool:
    """The capitalised word at ``k`` goes on in a capitalised word before or after it."""
    def cap(j: int) -> bool:
        return 0 <= j < len(sent) and sent[j].text[:1].isupper() and sent[j].is_alpha and not sent[j].is_sent_start
    return cap(k - 1) or cap(k + 1)


def _bare_surname(sent, k: int) -> bool:
    """The word at ``k`` is a surname standing alone as a person's name: a proper noun the parse
    reads as a one-word PERSON, or as no entity, with no capitalised word next to it ("Johnson
    said", "Johnson's plan"; not "Johnson Controls", "President Johnson", "Jeb Johnson")."""
    tok = sent[k]
    if tok.tag_ != "NNP" or not tok.is_alpha or len(tok.text) < 2 or tok.is_upper:
        return False
    if tok.ent_type_ not in ("PERSON", ""):
        return False
    if tok.ent_type_ == "PERSON" and (tok.ent_iob_ != "B" or (k + 1 < len(sent) and sent[k + 1].ent_iob_ == "I")):
        return False  # a word of a longer PERSON name
    return not _in_longer_name(sent, k)


def _bare_legislature(sent, m, title: str) -> bool:
    """ "Parliament rejected the bill", "Congress has not passed it": a legislature's name alone,
    capitalised, with nothing before it that makes it another one ("the European Parliament",
    "Iran's parliament", "a party congress")."""
    if title not in BARE_LEGISLATURES or m.end - m.start != 1 or not sent[m.start].text[:1].isupper():
        return False
    if m.start == 0:
        return True
    prev = sent[m.start - 1]
    return prev.pos_ not in ("PROPN", "ADJ", "NOUN", "DET", "NUM", "PRON", "PART") and not prev.text[:1].isupper()


def _span_tokens(tok):
    return [tok, *tok.conjuncts] if tok is not None else []


def _own_clause(sent, tok):
    """The verb of the clause a pronoun stands in ("an offer made to him": up to "made") and the
    positions in the sentence of that clause's own subject (which never binds the pronoun)."""
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return clause, {t.i - sent.start for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


class Resolver:
    def __init__(self, day: date | None, home: str | None = None):
        self.day = day
        self.home = home  # the country of the outlet the document comes from (actors/outlets.py)
        self.lex = lexicon()
        self.state = _State()
        self.local = LocalState()  # what actors/local.py keeps of the document
        self.out: list[Mention] = []
        self.by_sentence: dict[int, list[Mention]] = {}  # the same mentions, by sentence

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def leading(counts: Counter) -> str | None:
        """The country counted most, if it leads alone with a count of two or more."""
        common = counts.most_common(2)
        if not common or common[0][1] < 2:
            return None
        if len(common) > 1 and common[1][1] >= common[0][1]:
            return None
        return common[0][0]

    def recent(self, since: int) -> list[_Seen]:
        """The remembered mentions of sentence ``since`` and after, in order (the memory grows in
        sentence order, so only its tail is read)."""
        seen = self.state.seen
        k = len(seen)
        while k > 0 and seen[k - 1].sentence >= since:
            k -= 1
        return seen[k:]

    def main_country(self) -> str | None:
        return self.leading(self.state.countries)

    def country_actor(self, iso: str, sector: str | None, text: str) -> Actor:
        name = self.lex.countries.get(iso, iso)
        return Actor(iso + (sector or ""), iso, sector, name, text)

    def role_of(self, actor: Actor) -> str | None:
        """The office the person holds on the document's date."""
        for entry in self.lex.people.get(actor.entity or "", ()):
            if entry.valid_on(self.day) and entry.role:
                return entry.role
        return None

    def emit(self, doc_text: str, offset: int, sent_index: int, first, last, actor: Actor) -> None:
        start = offset + first.idx
        end = offset + last.idx + len(last.text)
        text = doc_text[start:end]
        mention = Mention(start, end, text, Actor(actor.code, actor.country, actor.sector, actor.entity, text), sent_index)
        self.out.append(mention)
        self.by_sentence.setdefault(sent_index, []).append(mention)

    @staticmethod
    def remember(local: list, index: int, sent, first: int, last: int, actor: Actor) -> None:
        """Keep a mention that a rule placed late (local.py) for the references after it, as a
        derived one (it adds no count to its country)."""
        subject = any(sent[k].dep_ in ("nsubj", "nsubjpass") for k in range(first, last + 1))
        local.append(_Seen(index, last, actor, False, subject, sent[last].tag_ == "NNS", first, derived=True))

    def emitted(self, index: int) -> list[Mention]:
        """The mentions emitted for sentence ``index`` so far (a waiting actor of an earlier
        sentence may be emitted later, so ``out`` is not in sentence order)."""
        return self.by_sentence.get(index, [])

    def emitted_tokens(self, index: int, offset: int, sent) -> set[int]:
        """The sentence's tokens (counted from its start) that mentions emitted for it cover."""
        spans = [(x.start - offset, x.end - offset) for x in self.emitted(index)]
        return {t.i - sent.start for t in sent for a, b in spans if a <= t.idx < b} if spans else set()

    # --- one sentence ---------------------------------------------------------------------
    def sentence(self, doc_text: str, index: int, offset: int, sent, matches) -> None:
        """``matches``: the dictionary TokenMatches of the sentence (with agents)."""
        for m in matches:
            if m.kind == "dateline" and m.actor.country:  # "TOKYO, March 11 -": what the report is about
                self.state.countries[m.actor.country] += 1
                if self.state.dateline is None:
                    self.state.dateline = m.actor.country
        matches = [m for m in matches if m.kind != "dateline"]
        names = [m for m in matches if m.kind != "agent"]
        agents = [m for m in matches if m.kind == "agent"]
        covered = set()
        for m in matches:
            covered.update(range(m.start, m.end))
        subject = _subject_token(sent)
        subject_tokens = {t.i - sent.start for t in _span_tokens(subject)} if subject is not None else set()
        local: list[_Seen] = []

        def seen_for(m) -> _Seen:
            person = m.kind == "person" or self.lex.is_person(m.actor.entity)
            last = sent[m.end - 1]
            # "Iran's foreign minister said ... He added": one officer, whom "he" may stand for
            officer = not person and m.end - m.start > 1 and last.lower_ in OFFICE_NOUNS and last.tag_ == "NN"
            is_subject = any(k in subject_tokens for k in range(m.start, m.end))
            # a plural agent ("Iranian officials"), not a plural-looking name ("House of Representatives")
            # (or capitalised as the sentence's first word: "Officials in Kenya said they"; the police are plural in sense)
            plural = m.kind != "group" and any((t.tag_ == "NNS" and (t.is_lower or t.is_sent_start)) or t.lower_ == "police"
                                               for t in sent[m.start : m.end])  # "bankers in Tokyo"
            # ... or a body named in the plural ("the Tamil Tigers said they"; not "the United States")
            plural = plural or (bool(m.actor.sector) and last.tag_ == "NNPS" and last.lower_.endswith("s"))
            # (round 29: also past an article and a compass word, "through the northern Peruvian town")
            # (not past an article alone: "marched to the Japanese embassy" is no place of Japan's)
            j = m.start - 1
            while j > 0 and sent[j].lower_ in PLACE_LEADS:
                j -= 1
            place = m.start > 0 and sent[j].lower_ in PLACE_PREPS and (
                j == m.start - 1 or any(sent[x].lower_ in PLACE_LEADS - ARTICLE_WORDS for x in range(j + 1, m.start)))
            if not is_subject and last.dep_ == "poss" and last.head.i - sent.start in subject_tokens and any(
                    a.title and a.start <= last.head.i - sent.start < a.end for a in agents):
                # "the Lib Dems' Treasury spokesman said ... He added": the possessor's officer is
                # the subject, whom a later "he" may stand for
                officer = is_subject = True
            return _Seen(index, m.end - 1, m.actor, person, is_subject, plural, m.start, place, officer=officer,
                         topic=_topic(m, sent))

        names_by_start = sorted(names, key=lambda m: m.start)
        learned_here = self.appositions(doc_text, index, offset, sent, names_by_start, covered)
        seen = {id(m): seen_for(m) for m in names_by_start}
        self.coordination(index, sent, names_by_start, list(seen.values()))
        # parties named by their family ("Labour", "the Conservatives") and "the party", before the
        # pronouns: "the Conservatives and the Liberal Democrats say they ..."
        # (the sentence's words, lower-cased, tell which of the readings below may apply at all)
        lowers = [t.lower_ for t in sent]
        present = set(lowers)
        party_seen = [] if FAMILY_WORDS.isdisjoint(present) else self.parties(
            doc_text, index, offset, sent, matches, names_by_start, seen, subject_tokens)
        if "party" in present:
            party_seen += self.the_party(doc_text, index, offset, sent, names_by_start, seen, party_seen, subject_tokens)
        party_seen.sort(key=lambda s: s.token)
        # the mentions that end before each token, in the order the loop below adds them
        ending: dict[int, list[_Seen]] = {}
        for m in names_by_start:
            ending.setdefault(m.end, []).append(seen[id(m)])
        for s in party_seen:
            ending.setdefault(s.token + 1, []).append(s)
        learned, surnames = self.state.learned, self.state.surnames
        for tok in sent:
            k = tok.i - sent.start
            # keep the discourse in token order: names ending before this token are known
            if k in ending:
                local.extend(ending[k])
            if k in covered:
                continue
            text = tok.text
            # names learned earlier in the document ("Tseng said")
            if text in learned and (tok.ent_type_ == "PERSON" or (
                    tok.pos_ == "PROPN" and not _in_longer_name(sent, k) and (
                        tok.ent_type_ not in ("ORG", "FAC", "NORP")
                        # (or, as a subject of one word, as an organisation: "Tamura will meet ...")
                        or tok.ent_type_ == "ORG" and tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_iob_ == "B"
                        and not (k + 1 < len(sent) and sent[k + 1].ent_iob_ == "I")))):
                # (the parse may read a learned surname alone as a place: "Rivera said")
                self.emit(doc_text, offset, index, tok, tok, learned[text])
                covered.add(k)
                continue
            actor = surnames.get(text)
            if actor is not None and actor is not AMBIGUOUS:
                # "Mr Brown", "Ms Jowell": a person the document has named in full ("Gordon Brown")
                if k > 0 and k - 1 not in covered and sent[k - 1].text.rstrip(".") in HONORIFICS:
                    self.emit(doc_text, offset, index, sent[k - 1], tok, actor)
                    covered.add(k)
                    local.append(_Seen(index, k, actor, True, k in subject_tokens, False, k - 1))
                    continue
                # "Johnson said": a surname alone, as a name of its own, is the one person the
                # document has named in full with it ("Boris Johnson")
                if _bare_surname(sent, k):
                    self.emit(doc_text, offset, index, tok, tok, actor)
                    covered.add(k)
                    # a reference to a person already counted: it adds nothing to the main country
                    local.append(_Seen(index, k, actor, True, k in subject_tokens, False, k, derived=True))
                    continue
            low = tok.lower_
            if low not in REFERRING_WORDS:
                continue
            before = [s for s in local if s.token < k]
            if low in GROUP_WORDS and k + 1 < len(sent):
                self.group(doc_text, index, offset, sent, k, before, covered)
            elif low in IT:
                ante = self.pronoun_it(doc_text, index, offset, sent, k, before, agents, covered)
                if ante is not None and low == "it":
                    local.append(_Seen(index, k, ante, False, k in subject_tokens, False, k, derived=True))
            elif low in THEY:
                self.pronoun_they(doc_text, index, offset, sent, k, before, covered)
            elif low in HE:
                ante = self.pronoun_he(doc_text, index, offset, sent, k, before, agents, covered)
                if ante is not None:
                    # "Kennedy said ... , he added. He also ...": the chain goes on from the pronoun
                    local.append(_Seen(index, k, ante, True, k in subject_tokens, False, k, derived=True))
        for m in names_by_start:
            if seen[id(m)] not in local:
                local.append(seen[id(m)])
        local.extend(s for s in party_seen if s not in local)
        early = len(self.emitted(index))
        self.titles(doc_text, index, offset, sent, agents, local)
        if "counterpart" in present or "visiting" in present:
            self.counterparts(doc_text, index, offset, sent, local, covered)  # "his counterpart", "the visiting minister"
        if not DESCRIPTION_NOUNS.keys().isdisjoint(present):
            self.descriptions(doc_text, index, offset, sent, local, covered)  # "the kingdom", "the bloc"
        if not PART_NOUNS.isdisjoint(present):
            self.organ_parts(doc_text, index, offset, sent, local, covered)  # "a World Bank team ... the team"
        if ("north" in present or "south" in present) and HALF_STATES.intersection(
                {*self.state.countries, *(_country_of(s.actor) for s in local)}):
            self.halves(doc_text, index, offset, sent, local, covered)  # "the North", "the communist South"
        if not CRITIC_PLURALS.isdisjoint(present):
            self.critics(doc_text, index, offset, sent, local, covered)  # "critics from across Spain's political landscape"
        self.titled_people(doc_text, index, offset, sent, agents, local, covered)  # "Judge Ana Ruiz", "X, a spokesman for the ministry"
        self.domestic_plurals(doc_text, index, offset, sent, agents, local, covered)  # "Union leaders called a strike"
        local_actors(self, doc_text, index, offset, sent, local, lowers)  # "police", "residents", "a man": the story's country (local.py)
        armed_actors(self, doc_text, index, offset, sent, local, agents)  # "rebels in Mali": the sentence's country (local.py)
        state_forces(self, doc_text, index, offset, sent, local, agents)  # "the army", "an army convoy": whose? (local.py)
        coup_makers(self, doc_text, index, offset, sent, local, agents)  # "a coup in Niger by officers" (local.py)
        scene_actors(self, doc_text, index, offset, sent, local, agents)  # "A journalist was killed in Beirut" (local.py)
        home_actors(self, doc_text, index, offset, sent, local, agents)  # "BOGOTA - Guerrillas kidnapped ..." (local.py)
        one_state_actors(self, doc_text, index, offset, sent, local, agents)  # "Kenya's president rejected opposition demands"
        if len(self.emitted(index)) > early and not present.isdisjoint(IT | THEY):
            self.late_pronouns(doc_text, index, offset, sent, self.emitted(index)[early:], subject_tokens, agents, covered,
                               local)
        self.offices(index, sent, matches, lowers)
        for s in local:
            c = _country_of(s.actor)
            if c and c[:3] != "IGO" and _counts(s):
                self.state.countries[c] += 1
        self.state.seen.extend(local)
        self.state.seen.extend(learned_here)
        self.titled_names(index, sent, local)
        for s in local:
            words = (s.actor.entity or "").split()
            if not (s.person and not s.derived and len(words) >= 2):
                continue
            # Chinese and Korean names put the family name first ("Moon Jae-in": "Moon said"); a
            # short first word there is taken as a surname too ("Carrie Lam" keeps "Lam")
            family = [words[0]] if s.actor.country in FAMILY_NAME_FIRST and len(words[0]) <= 4 else []
            if s.actor.country in GIVEN_NAME_STATES:
                family = [words[0]]  # "Prem Tinsulanonda ... Prem said": Thai news uses the given name
            for surname in {words[-1], *family}:
                if not (surname[:1].isupper() and surname.isalpha()):
                    continue
                known = self.state.surnames.get(surname)
                # two people of one last name ("George Bush ... Jeb Bush"): "Mr Bush" has no reading
                self.state.surnames[surname] = s.actor if known is None or known.entity == s.actor.entity else AMBIGUOUS
        self.namesakes(index, offset, sent, covered)
        if self.state.pending and self.state.countries:
            # the first country the document names is that of the bodies named before it, if
            # it is one and near enough
            if len(self.state.countries) == 1:
                (iso,) = self.state.countries
                for i, off, first, last, sector in self.state.pending:
                    # (however late, when that country is the national outlet's own: "The
                    # Ministry of Defence has been criticised ... a defence official told the
                    # BBC" is a British story of the British ministry)
                    if index - i <= WINDOW or iso == self.home:
                        self.emit(doc_text, off, i, first, last, self.country_actor(iso, sector, ""))
            self.state.pending.clear()

    def namesakes(self, index: int, offset: int, sent, covered: set[int]) -> None:
        """A person named in full whom no mention codes ("Feroz Abbasi", "Jeb Smith") makes his
        surname of no reading for the rest of the document: a later "Mr Abbasi" or "Smith said"
        may be him, not the dictionary's person of that surname named before or after."""
        people = [ent for ent in sent.ents if ent.label_ == "PERSON" and len(ent) >= 2]
        if not people:
            return
        taken = covered | self.emitted_tokens(index, offset, sent)
        for ent in people:
            last = ent[-1]
            if not (last.text[:1].isupper() and last.text.isalpha()) or any(t.i - sent.start in taken for t in ent):
                continue
            if any(t.text.rstrip(".") in HONORIFICS for t in ent):
                continue  # "Mr Abbasi" alone names no new person
            self.state.surnames[last.text] = AMBIGUOUS

    # --- groups --------------------------------------------------------------------------
    def coordination(self, index: int, sent, names, local: list[_Seen]) -> None:
        """Remember pairs of countries named together: conjuncts in the parse ("Russia and
        Iran"), or one group mention ("Russian and Iranian officials")."""
        heads = {}
        for m, s in zip(names, local):  # local: one _Seen per name, in the same order
            if s is None or s.place or not _country_of(s.actor) or s.person or m.kind == "people":
                continue
            if (s.actor.sector or "")[:3] in ("CVL", "REF"):
                continue  # "25 Indians and a Nepali citizen" are people, not two states
            span = range(sent.start + m.start, sent.start + m.end)
            head = next((tok for tok in sent[m.start : m.end] if tok.head.i not in span or tok.head.i == tok.i), sent[m.end - 1])
            heads.setdefault(head.i, []).append(s)
        for i, items in heads.items():
            countries = {_country_of(s.actor): s for s in items}
            if len(countries) == 2:  # one group mention over two countries
                self.state.coordinated.append((index, tuple(countries.values())))
                continue
            tok = sent.doc[i]
            if any(other.i < i for other in tok.conjuncts):
                continue  # the coordination is read once, from its first conjunct
            members = {_country_of(items[0].actor): items[0]}
            for other in tok.conjuncts:
                if other.i in heads:
                    members.setdefault(_country_of(heads[other.i][0].actor), heads[other.i][0])
            if len(members) == 2:
                self.state.coordinated.append((index, tuple(members.values())))
            elif len(members) > 2:
                # "Russia, China and India held talks": no two of them are "the two countries"
                self.state.crowded.setdefault(index, items[0].token)

    def sentence_dyad(self, index: int, sent, end: int, before: list[_Seen], exclude: set[int]) -> list[_Seen] | None:
        """ "Putin met Erdogan in Sochi, and the two sides agreed ...": a group phrase that is the
        subject of a later clause of a sentence whose actors before it (not places, topics or
        the clause's own subject) are of exactly two countries, and that names no two together
        (:meth:`pair` reads those), is those two. As an object ("praised Qatar for helping the two
        sides") the phrase may point back to another pair: left to :meth:`pair`."""
        if sent[end].dep_ not in ("nsubj", "nsubjpass") or any(s == index for s, _ in self.state.coordinated):
            return None
        by_country: dict[str, _Seen] = {}
        for s in before:
            c = _country_of(s.actor)
            if c and not s.place and not s.topic and s.first not in exclude:
                by_country.setdefault(c, s)
        return list(by_country.values()) if len(by_country) == 2 else None

    def pair(self, index: int, k: int, exclude: set[int]) -> list[_Seen] | None:
        """The two actors that "the two countries" stands for: two countries named together
        ("Russia and Iran", "Russian and Iranian officials") earlier in this sentence (not
        as the subject of the phrase's own clause: "Iraq and Oman hosted talks between the
        two sides"), else in the nearest of the two sentences before, else the only pair the
        document has named together so far; with none named together, the actors of the nearest
        of the two sentences before if they are of exactly two countries ("Ruto hosted Tinubu").
        Three countries named together nearer than any pair ("Russia, China and India") leave
        it alone."""
        here = [(s, p) for s, p in self.state.coordinated if s == index and p[0].token < k and p[1].token < k
                and p[0].first not in exclude and p[1].first not in exclude]
        if here:
            kinds = {frozenset(_country_of(x.actor) for x in p) for s, p in here}
            return list(here[-1][1]) if len(kinds) == 1 else None
        if self.state.crowded.get(index, k) < k:
            return None  # the list comes before the phrase ("... The two countries criticised A, B and C" is fine)
        for back in range(index - 1, max(index - WINDOW, 0) - 1, -1):
            if back in self.state.crowded:
                return None  # "Russia, China and India held talks": no two of them
            pairs = [p for s, p in self.state.coordinated if s == back]
            if pairs:
                kind = frozenset(_country_of(x.actor) for x in pairs[-1])
                if any(frozenset(_country_of(x.actor) for x in p) != kind for s, p in self.state.coordinated if s < back):
                    return None  # the document named another pair together before: two readings
                return list(pairs[-1])
        earlier = [(s, p) for s, p in self.state.coordinated if s < index]
        kinds = {frozenset(_country_of(x.actor) for x in p) for s, p in earlier}
        if len(kinds) == 1 and not any(earlier[-1][0] < c < index for c in self.state.crowded):
            return list(earlier[-1][1])
        if kinds:
            return None
        for back in range(index - 1, max(index - WINDOW, 0) - 1, -1):
            two = self.dyad(back)
            if two is not None:
                return two  # "Ruto hosted Tinubu ... The two leaders": the two parties of one sentence
        return None

    def dyad(self, index: int) -> list[_Seen] | None:
        """The two parties of sentence ``index`` when its actors are of exactly two countries
        (or organisations), not as places or topics ("Kenya's president hosted Nigeria's
        president in Nairobi"); else None."""
        by: dict[str, _Seen] = {}
        for s in self.recent(index):
            if s.sentence != index or s.place or s.topic:
                continue
            c = _country_of(s.actor)
            if c:
                by.setdefault(c, s)
        return list(by.values()) if len(by) == 2 else None

    def group(self, doc_text, index, offset, sent, k, before, covered) -> None:
        tok = sent[k]
        nxt = sent[k + 1]
        noun = nxt.lower_
        end = k + 1
        if noun in ("foreign", "defence", "defense") and k + 2 < len(sent) and sent[k + 2].lower_ == "ministers":
            end, noun = k + 2, "ministers"
        if noun not in GROUP_NOUNS:
            return
        if tok.lower_ == "two" and not (k > 0 and sent[k - 1].lower_ in ("the", "these", "both")):
            return
        if noun in ("sides", "allies", "powers", "neighbours", "neighbors") and sent[end].dep_ == "pobj" and sent[end].head.lower_ in ("on", "from"):
            return  # "on both sides of the border"
        exclude = set()
        verb = sent[end]
        while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):  # (tokens are compared by index:
            verb = verb.head  # spaCy makes a new Token object on each access, so "is" never holds)
        for child in verb.children:  # the subject of the phrase's own clause, unless it is the phrase
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != sent[end].i:
                exclude = {x.i - sent.start for x in _span_tokens(child)}
        pair = self.sentence_dyad(index, sent, end, before, exclude) or self.pair(index, k, exclude)
        if not pair:
            return
        sector = GROUP_NOUNS[noun]
        if noun == "ministers" and end == k + 2 and sent[k + 1].lower_ in ("defence", "defense"):
            sector = "GOVMIL"
        first = sent[k - 1] if k > 0 and sent[k - 1].lower_ in ("the", "these") else tok
        for s in pair:
            a = s.actor
            if a.country and not (noun == "sides" and a.sector and not sector):
                actor = self.country_actor(a.country, sector, "")  # "the two countries": the states
            else:
                actor = a  # an organisation; "both sides" keeps the armed or political side named
            self.emit(doc_text, offset, index, first, sent[end], actor)
        covered.update(range(first.i - sent.start, end + 1))

    # --- pronouns ------------------------------------------------------------------------
    @staticmethod
    def governing_subject(tok, *, person: bool = False):
        """The subject of the nearest clause above the pronoun that has one before it
        ("Iran said it ...", "Ukraine would pay if it ..."), or None. Also None when a verb
        on the way has an object before the pronoun ("X condemned the killing, saying it
        breached ...": "it" may be the killing)."""
        t = tok
        for _ in range(8):
            if t.head.i == t.i:
                return None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                if t.lemma_ == "quote" and (q := next((c for c in t.children if c.dep_ == "dobj" and c.i < tok.i), None)):
                    return q  # "Xinhua quoted the minister as saying he ...": the one quoted speaks
                # ("X posted a message, announcing he ...": a thing is no "he"; a person may be)
                if any(c.dep_ == "dobj" and c.i < tok.i and c.pos_ != "PRON"
                       and (not person or c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in t.children):
                    return None
                for child in t.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child.i != tok.i:
                        return child
        return None

    def at(self, sent, tok, seen_here: list[_Seen]) -> list[_Seen]:
        """The mentions of this sentence over a token and its conjuncts."""
        ks = {x.i - sent.start for x in _span_tokens(tok)}
        return [s for s in seen_here if not s.place and s.first <= max(ks) and any(s.first <= k <= s.token for k in ks)]

    def antecedent(self, index: int, sent, tok, before: list[_Seen]) -> list[_Seen] | None:
        """The actors a pronoun refers to: those over its governing subject, or, when its
        clause has no subject before it and its verb is an agent's (any verb for "he": "He
        thanked Poland"), the previous sentence's main subject. None when that subject is no
        actor or the reading is not unique."""
        if tok.dep_ not in PRONOUN_DEPS:
            return None
        subj = self.governing_subject(tok, person=tok.lower_ in HE)
        if subj is not None and tok.lower_ in HE and subj.lower_ in ("this", "that") and subj.pos_ == "PRON":
            subj = None  # "This comes a week after he met ...": a clause about the news, the person is the story's
        if subj is not None:
            items = self.at(sent, subj, before)
            if not items:
                return None
            # another actor between the subject and a possessive pronoun: two readings
            last = max(s.token for s in items)
            if tok.dep_ == "poss" and any(s.first > last and s.actor.code not in {i.actor.code for i in items} and not s.place
                                           for s in before):
                return None
            return items
        joined = _joined_to(tok.head) if tok.dep_ == "nsubj" else None
        if joined is not None:
            # "Russian troops shelled Grozny, and they pushed ...": the subject of the clause the
            # pronoun's clause is joined to (an active one: "... freed hostages and they were
            # flown home" are the hostages)
            first = next((c for c in joined.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            plural = tok.lower_ in THEY
            if any(c.dep_ == "dobj" and (c.tag_ in ("NNS", "NNPS")) == plural
                   and (not plural or self.people_word(c)) for c in joined.children):
                # "The army found a bomb, and it exploded", "Rebels seized 40 hostages, and they
                # demanded ...": the object may be meant (not "fired rockets, and they vowed")
                return None
            items = self.at(sent, first, before) if first is not None and first.pos_ != "PRON" else []
            return items or None
        if any(s.subject for s in before) or (tok.dep_ == "poss" and before):
            return None
        if tok.dep_ != "poss" and tok.lower_ not in HE and tok.head.lemma_.lower() not in AGENT_VERBS:
            return None  # ("He thanked Poland": a person's pronoun is a person whatever the verb)
        prev = [s for s in self.recent(index - 1) if s.sentence == index - 1 and s.subject]
        return prev or None

    def people_word(self, tok) -> bool:
        """The word names people or an actor ("hostages", "soldiers", "Kurds"): an agent word or
        a name of the dictionary."""
        return bool(self.lex.lower.get((tok.lower_,), ())) or tok.ent_type_ in ("NORP", "PERSON", "ORG", "GPE")

    @staticmethod
    def unique(items: list[_Seen], *, person: bool) -> _Seen | None:
        # an officer named by the office ("Iran's foreign minister") is a person to "he", a state's voice to "it"
        kept = [s for s in items if (s.person or (person and s.officer)) == person]
        if len(kept) != len(items) or len({s.actor.code for s in kept}) != 1:
            return None
        return kept[-1]

    def pronoun_it(self, doc_text, index, offset, sent, k, before, agents, covered) -> Actor | None:
        tok = sent[k]
        if tok.lower_ == "it" and tok.head.lemma_ in ("be", "seem", "appear", "take", "remain") and not _agentive(tok.head):
            return None  # expletive "it is ...", "it seems ..." (not "it is willing to ...")
        items = self.antecedent(index, sent, tok, before)
        ante = self.unique(items, person=False) if items else None
        if ante is None or ante.plural or not _country_of(ante.actor):
            return None
        actor = ante.actor
        end = tok
        if tok.lower_ == "its":
            title = next((m for m in agents if m.start == k + 1), None)
            if title is None or not title.actor.sector:
                return None  # "its participation": a possessive without a title names no actor of its own
            if actor.country and actor.sector and self.body_officer(actor, sent, title):
                pass  # "Hamas said its leader ...", "the navy said its commander ...": the body's own
            elif actor.country:
                actor = self.country_actor(actor.country, title.actor.sector, "")
            else:
                actor = Actor(actor.code + title.actor.sector, None, title.actor.sector, actor.entity, "")
            end = sent[title.end - 1]
            covered.update(range(title.start, title.end))
        self.emit(doc_text, offset, index, tok, end, actor)
        return actor

    def body_officer(self, actor: Actor, sent, title) -> bool:
        """The title after "its" names the body's own people: a generic title ("leader",
        "spokesman", "chief") of any body, or a force word ("fighters") of an armed side."""
        words = tuple(t.lower_ for t in sent[title.start : title.end])
        entries = [e for e in self.lex.lower.get(words, ()) if e.kind == "sector"]
        if entries and all(e.generic for e in entries):
            return True
        return (actor.sector or "")[:3] in ARMED_SIDES_OF_BODIES and (title.actor.sector or "")[:3] == "MIL"

    def pronoun_they(self, doc_text, index, offset, sent, k, before, covered) -> None:
        tok = sent[k]
        if tok.dep_ == "poss":
            return  # "their embassies": the possessor is the subject already coded
        items = self.antecedent(index, sent, tok, before)
        if not items or any(s.person for s in items):
            return
        by_country: dict[str, _Seen] = {}
        for s in items:
            c = _country_of(s.actor)
            if c:
                by_country.setdefault(c, s)
        if len(by_country) >= 2:  # "Tehran and Moscow ... they"
            for s in by_country.values():
                self.emit(doc_text, offset, index, tok, tok, s.actor)
        elif len(by_country) == 1 and len(items) >= 2 and len({s.actor.entity for s in items}) >= 2 \
                and all(_country_of(s.actor) for s in items):
            # "the Conservatives and the Liberal Democrats say they ...": two bodies of one state
            kept: dict[str | None, _Seen] = {}
            for s in items:
                kept.setdefault(s.actor.entity, s)
            for s in kept.values():
                self.emit(doc_text, offset, index, tok, tok, s.actor)
        elif len(items) == 1 and items[0].plural:  # "Iranian officials ... they"
            self.emit(doc_text, offset, index, tok, tok, items[0].actor)
        elif len(items) == 1 and (items[0].actor.sector or "")[:3] in ARMED_SIDES_OF_BODIES | PARTY_SECTORS \
                and items[0].actor.country and items[0].actor.code != items[0].actor.country:
            # "The Taliban said they ...", "Hamas said they ...": an armed group or a party is
            # "they" as often as "it" (not a state: "Iran said they ..." is someone else)
            self.emit(doc_text, offset, index, tok, tok, items[0].actor)

    def late_pronouns(self, doc_text, index, offset, sent, late, subject_tokens, agents, covered, local) -> None:
        """ "The army said it killed 12 rebels", "Police said they arrested two men": the bodies
        the later rules of a sentence give a country (titles, bare plurals, local and state
        forces) are antecedents too, of a pronoun in a clause they are the subject of (the
        pronoun loop ran before they were known). They are remembered for the next sentences'
        references too (as derived: their country was the story's already)."""
        done = self.emitted_tokens(index, offset, sent)
        firsts = {t.idx + offset: t.i - sent.start for t in sent}
        known = {k for x in local for k in range(x.first if x.first >= 0 else x.token, x.token + 1)}
        seen = []
        for mention in late:
            first = firsts.get(mention.start)
            if first is None:
                continue
            last = first
            while last + 1 < len(sent) and sent[last + 1].idx + offset < mention.end:
                last += 1
            span = sent[first : last + 1]
            subject = any(k in subject_tokens or sent[k].dep_ in ("nsubj", "nsubjpass") for k in range(first, last + 1))
            plural = any(t.tag_ == "NNS" and t.is_lower for t in span) or sent[last].lower_ == "police"
            item = _Seen(index, last, mention.actor, False, subject, plural, first, derived=True)
            if sent[last].pos_ not in ("PRON", "DET") and not any(k in known for k in range(first, last + 1)):
                local.append(item)
            if subject:
                seen.append(item)  # only a subject is an antecedent here
        if not seen:
            return
        for tok in sent:
            k = tok.i - sent.start
            low = tok.lower_
            if k in done or k in covered or low not in ("it", "its", "they") or self.governing_subject(tok) is None:
                continue
            before = [x for x in seen if x.token < k]
            if not before:
                continue
            if low == "they":
                self.pronoun_they(doc_text, index, offset, sent, k, before, covered)
            else:
                self.pronoun_it(doc_text, index, offset, sent, k, before, agents, covered)

    def pronoun_he(self, doc_text, index, offset, sent, k, before, agents=(), covered=None) -> Actor | None:
        if sent[k].dep_ == "poss":
            if sent[k].head.i == sent[k].i + 1 and sent[k].head.lower_ in COUNTRY_NOUNS:
                self.own_country(doc_text, index, offset, sent, k, before)
            else:
                self.own_body(doc_text, index, offset, sent, k, before, agents, covered)
            return None
        if sent[k].dep_ in PRONOUN_OBJECT_DEPS and sent[k].lower_ in OBJECT_HE:
            ante = self.speaker(sent, sent[k], before) or self.lone_person(index, sent, sent[k], before)
        else:
            items = self.antecedent(index, sent, sent[k], before)
            ante = self.unique(items, person=True) if items else None
        if ante is None:
            return None
        self.emit(doc_text, offset, index, sent[k], sent[k], ante.actor)
        return ante.actor

    def lone_person(self, index: int, sent, tok, before: list[_Seen]) -> _Seen | None:
        """Round 29: "him"/"her" as an object with no person named before it in its sentence
        (but its own clause's subject, which it never is) is the one person the previous
        sentence names ("Raila Odinga returned to Nairobi. Police arrested him at the airport",
        "Mubarak visited Israel. The Israeli prime minister welcomed him"); None when that
        sentence names two people or none."""
        _, own = _own_clause(sent, tok)
        if any((s.person or s.officer) and s.token not in own for s in before):
            return None
        prev = [s for s in self.recent(index - 1) if s.sentence == index - 1 and (s.person or s.officer) and not s.place]
        return prev[-1] if prev and len({(s.actor.code, s.actor.entity) for s in prev}) == 1 else None

    def speaker(self, sent, tok, before: list[_Seen]) -> _Seen | None:
        """Round 29: "him"/"her" as an object, in what a person is reported to say ("Haughey
        said an offer was made to him", "Jones claims police threatened her"): a personal
        pronoun is never bound by the subject of its own clause, so in a clause told by someone
        it is the teller (the subject of the verb of saying the clause is the complement of).
        None when its own clause is no such complement, the teller is no person, or another
        person is named between the teller and the pronoun other than the clause's own subject
        ("Smith said Jones told Brown to call him": two readings)."""
        clause, own = _own_clause(sent, tok)
        upper = clause
        while upper.dep_ in ("conj", "xcomp") and upper.head.i != upper.i:
            upper = upper.head  # ("... would be arrested and held without charge")
        if upper.dep_ != "ccomp" or upper.head.lemma_.lower() not in SPEECH_LEMMAS:
            return None
        teller = next((c for c in upper.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if teller is None:
            return None
        items = self.at(sent, teller, before)
        # (a person: one the dictionary knows, an officer, or an unknown name with a title: "former
        # minister John Kamau")
        if len(items) != 1 or not (items[0].person or items[0].officer or teller.ent_type_ == "PERSON"):
            return None
        if any((s.person or s.officer) and s.first > items[0].token and s.token < tok.i - sent.start
               and s.token not in own for s in before):
            return None
        return items[0]

    def own_country(self, doc_text, index, offset, sent, k, before) -> None:
        """ "Kim denied that his country had sent shells": "his country" is the state of the one
        person the pronoun points to."""
        items = self.antecedent(index, sent, sent[k], before)
        ante = self.unique(items, person=True) if items else None
        if ante is not None and ante.actor.country:
            self.emit(doc_text, offset, index, sent[k], sent[k + 1], self.country_actor(ante.actor.country, None, ""))

    def own_body(self, doc_text, index, offset, sent, k, before, agents, covered) -> None:
        """ "The Ethiopian prime minister said his government would ...", "Assad told his
        generals": a body of a state after "his"/"her" is the state of the one office holder the
        pronoun points to, with the title's sector; a generic title ("his spokesman", "her
        aides") is the holder's own side. Only for a holder of a state's office: an opposition
        leader's "his government" is hypothetical, and "his counterpart" is another's."""
        title = next((m for m in agents if m.start == k + 1), None)
        if title is None or not title.actor.sector or sent[title.end - 1].lower_ in COUNTERPART_WORDS:
            return
        items = self.antecedent(index, sent, sent[k], before)
        ante = self.unique(items, person=True) if items else None
        if ante is None or not ante.actor.country or (ante.actor.sector or "")[:3] not in STATE_SECTORS:
            return
        words = tuple(t.lower_ for t in sent[title.start : title.end])
        entries = [e for e in self.lex.lower.get(words, ()) if e.kind == "sector"]
        generic = bool(entries) and all(e.generic for e in entries)
        sector = ante.actor.sector if generic else title.actor.sector
        if not generic and sector[:3] not in STATE_OR_PARTY_SECTORS:
            return  # "his supporters", "her lawyers": people of the holder's side, not a body of the state
        self.emit(doc_text, offset, index, sent[k], sent[title.end - 1], self.country_actor(ante.actor.country, sector, ""))
        if covered is not None:
            covered.update(range(title.start, title.end))

    # --- titles and definite descriptions ----------------------------------------------------
    def titles(self, doc_text, index, offset, sent, agents, local) -> None:
        for m in agents:
            title = m.actor.entity or ""
            sector = m.actor.sector or ""
            # "the finance minister": a portfolio's minister, held by whoever's office names it
            roles = TITLE_ROLES.get(title) or (
                (title.split()[0],) if len(title.split()) == 2 and title.endswith(" minister") else None)
            # (a portfolio between: "the information minister", "the finance minister")
            k = m.start
            while title == "minister" and k > 1 and sent[k - 1].lower_ in PORTFOLIOS and sent[k - 1].is_lower:
                k -= 1
            article = k > 0 and sent[k - 1].lower_ == "the"
            if not article and not _bare_legislature(sent, m, title):
                continue  # only definite descriptions: "the president" (and "Parliament", "Congress")
            opening = sent[k - 1] if article else sent[m.start]
            end = m.end
            if end < len(sent) and sent[end].lower_ == "of":
                portfolio = self.portfolio(sent, end, local) if title in PORTFOLIO_HEADS else None
                if portfolio is None:
                    continue  # "the president of the company": a named complement decides
                end, sector = portfolio  # "the Ministry of Defence": a ministry of the state
            actor = None
            if roles and self.officer_last(index, m.start, title):
                continue  # "the president of Toyota ... the president": the company's, not a state's
            if roles:
                actor = self.last_holder(index, local, m.start, roles)
                if actor is AMBIGUOUS:
                    continue
            if actor is None and roles:
                iso = self.main_country()
                if iso is None and (title != "minister" or k < m.start):  # (a bare "the minister": which one?)
                    iso = self.subject_country(index, local, m.start, sent)
                    iso = iso or (None if self.state.countries or any(_country_of(s.actor) for s in local)
                                  else self.scene_country(index))
                    iso = None if title in MONARCH_TITLES and iso not in MONARCHIES else iso
                if iso is None and title in MONARCH_TITLES:
                    iso = self.body_country(index, local, m.start, "GOV")
                    iso = iso if iso in MONARCHIES else None  # "Israeli officials said the King ...": not Israel's
                if iso:
                    # named by its title, as a body is (body_actor): "the prime minister asked the
                    # Queen" is two offices of one state, not the state acting on itself
                    actor = self.body_actor(iso, m.actor.sector or "", title)
            # "the shadow chancellor": the opposition's spokesman, of the state the opposition is of
            shadow = title.startswith("shadow ") and sector[:3] == "OPP"
            body = title.split()[-1] in STATE_BODIES or title in NAMED_BODIES or end > m.end \
                or title.startswith(("ministry of ", "department of ")) or shadow
            state = sector[:3] in STATE_SECTORS or (title in NAMED_BODIES and sector[:3] in PARTY_SECTORS) or shadow
            if (actor is None and body and state
                    and (title in GOVERNMENT_NOUNS or not _modifier(sent[end - 1]))):  # not "the military base"
                iso = self.same_head(index, local, m.start, title) or self.body_country(index, local, m.start, sector, sent.doc)
                if iso is None and article and len(self.state.countries) > 1 and not any(
                        _country_of(s.actor) for s in local if s.token < m.start):
                    # several states named, once each: "the government" is the one the story's
                    # subjects were of ("Zimbabwe expelled a British reporter. The government said")
                    iso = self.subject_country(index, [], 0)
                if iso in CONGRESS_PARTY_STATES and title == "congress":
                    iso = None  # India's "Congress" is a party
                own = title in NAMED_BODIES or end > m.end or title.startswith(("ministry of ", "department of ")) or shadow
                if iso:
                    actor = self.body_actor(iso, sector, " ".join(t.lower_ for t in sent[m.start:end]) if own else None)
                elif article and title != "congress":  # ("Congress" waits for no country: of India, a party)
                    self.wait(index, offset, opening, sent[end - 1], sector, local)
            if actor is not None:
                self.emit(doc_text, offset, index, opening, sent[end - 1], actor)
                if roles:
                    # "the prime minister said ... He added": a later "he" may point back to the holder
                    main = {t.i - sent.start for t in _span_tokens(_subject_token(sent))}
                    local.append(_Seen(index, end - 1, actor, True, any(j in main for j in range(m.start, end)), False,
                                       m.start - 1, derived=True))
        for m in agents:
            # "Officials said ...", "Senior officials said ...": a bare plural of a state's body
            title = (m.actor.entity or "").lower()
            # "Shiite ministers", "the Sunni officials": office holders named by their faith or
            # people are of the state the story is about, as bare ones are (also after "the")
            faith = (m.end - m.start == 2 and len(title.split()) == 2 and sent[m.start].ent_type_ == "NORP"
                     and sent[m.start].text[:1].isupper())
            member = title in MEMBER_PLURALS or (faith and title.split()[-1] in MEMBER_PLURALS)
            if not (title.split() and (title.split()[-1] in STATE_PLURALS or member)
                    and (m.actor.sector or "")[:3] in STATE_SECTORS and not _modifier(sent[m.end - 1])):
                continue
            if member and self.igo_near(index, local):
                continue  # "EU foreign ministers met ... Ministers agreed": an organisation's members
            k = m.start
            while k > 0 and sent[k - 1].lower_ in RANK_WORDS:
                k -= 1
            if k > 0 and (sent[k - 1].pos_ in ("DET", "PRON", "NUM", "NOUN", "PROPN", "ADJ") or sent[k - 1].lower_ in ("'s", "’s")) \
                    and not (faith and k == m.start and sent[k - 1].lower_ == "the"):
                continue  # "some officials", "company officials", "two officials", "foreign officials"
            if m.end < len(sent) and sent[m.end].lower_ in ("of", "from", "in", "at", "with") and not _charge_after(sent, m.end):
                continue  # "officials of the company", "officials in Kyiv": a complement decides
            iso = _senders_forces(sent, m, local) if (m.actor.sector or "")[:3] == "MIL" else None
            iso = iso or self.body_country(index, local, m.start, m.actor.sector or "", sent.doc) \
                or self.lone_country(index, local, m.start, m.actor.sector or "", sent)
            if iso:
                actor = self.body_actor(iso, m.actor.sector or "", title if member else None)
                self.emit(doc_text, offset, index, sent[k], sent[m.end - 1], actor)
            else:
                self.wait(index, offset, sent[k], sent[m.end - 1], m.actor.sector or "", local)
        for m in agents:
            # "a Foreign Ministry official said", "the military spokesman said": a member of a
            # state's body, named by the body, with no country
            words = (m.actor.entity or "").lower().split()
            if not (len(words) >= 2 and words[-1] in MEMBER_WORDS and any(w in MEMBER_BODIES for w in words[:-1])
                    and (m.actor.sector or "")[:3] in STATE_SECTORS):
                continue
            k = m.start
            while k > 0 and sent[k - 1].lower_ in RANK_WORDS | {"unnamed", "unidentified"}:
                k -= 1
            if k == 0 or sent[k - 1].lower_ not in ("a", "an", "the", "another", "one"):
                continue  # "its foreign ministry spokesman", "Iran's ...": the parse or a name decides
            if m.end < len(sent) and sent[m.end].lower_ in ("of", "from", "in", "at", "with", "for"):
                continue  # "a ministry official of the region": a complement decides
            iso = self.body_country(index, local, m.start, m.actor.sector or "")
            if iso:
                actor = self.country_actor(iso, m.actor.sector, "")
                self.emit(doc_text, offset, index, sent[k], sent[m.end - 1], actor)
                # a later "the ministry" or "he" may point back to this member
                subject = any(sent[j].dep_ in ("nsubj", "nsubjpass") for j in range(m.start, m.end))
                local.append(_Seen(index, m.end - 1, actor, True, subject, False, k))
        for tok in sent:
            if tok.lower_ in COUNTRY_NOUNS and tok.tag_ == "NN" and tok.i > sent.start and sent[tok.i - sent.start - 1].lower_ == "the":
                # "the country's foreign ministry": the title of the country's body, as "its foreign ministry"
                title = self.possessed_title(sent, tok, agents)
                if any(c.dep_ == "prep" for c in tok.children) or (
                        tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") and title is None):
                    continue  # "the country of ...": the complement decides
                ante = [s for s in local if s.token < tok.i - sent.start and _country_of(s.actor) and not s.person]
                prev = [s for s in self.recent(index - 1) if _country_of(s.actor) and not s.person]
                items = ante or prev
                countries = {s.actor.country for s in items if s.actor.country}
                if len(countries) > 1 and not ante and tok.dep_ == "nsubj":
                    # "Mali expelled the French envoy. The country also ...": the subject goes on
                    countries = {s.actor.country for s in prev if s.subject and not s.place and s.actor.country}
                iso = countries.pop() if len(countries) == 1 else None
                if iso and title is not None:
                    self.emit(doc_text, offset, index, sent[tok.i - sent.start - 1], sent[title.end - 1],
                              self.country_actor(iso, title.actor.sector, ""))
                elif iso:
                    self.emit(doc_text, offset, index, sent[tok.i - sent.start - 1], tok, self.country_actor(iso, None, ""))

    @staticmethod
    def possessed_title(sent, tok, agents):
        """The agent title right after "the country's" of a state's body or office, or None."""
        k = tok.i - sent.start
        if tok.dep_ != "poss" or k + 1 >= len(sent) or sent[k + 1].lower_ not in ("'s", "’s"):
            return None
        title = next((m for m in agents if m.start == k + 2), None)
        if title is None or (title.actor.sector or "")[:3] not in STATE_OR_PARTY_SECTORS:
            return None  # "the country's farmers", "the nation's biggest bank": not its state's
        return title

    def same_head(self, index: int, local: list[_Seen], before_token: int, title: str) -> str | None:
        """ "Russia's foreign ministry summoned the envoy. The ministry accused ...": the one country
        of the bodies named near (this sentence before the title, or the WINDOW before) whose
        name ends in the title's word."""
        word = title.split()[-1]
        if word not in STATE_BODIES or word in STATE_PLURALS:
            return None
        near = [s for s in local if s.token < before_token] + self.recent(index - WINDOW)
        countries = {s.actor.country for s in near if s.actor.country and not s.place and not s.person
                     and s.actor.text.lower().endswith(word) and s.actor.text.lower() != word}
        return countries.pop() if len(countries) == 1 else None

    def descriptions(self, doc_text, index, offset, sent, local, covered) -> None:
        """ "the kingdom", "the island", "the group", "the alliance", "the bloc": a definite
        description of a kind of actor (DESCRIPTION_NOUNS), bare (no modifier or complement: "the
        ruling alliance", "a group of", "the island of Crete" are left alone), as a subject, a
        passive's agent or an object (not a place: "on the island"), is the one actor of that kind
        named in this sentence before it or in the WINDOW before; of two, the previous sentence's
        subject when the description is the subject ("the kingdom ... said")."""
        done = self.emitted_tokens(index, offset, sent)
        for tok in sent:
            k = tok.i - sent.start
            kind = DESCRIPTION_NOUNS.get(tok.text)
            if kind is None or k == 0 or sent[k - 1].lower_ != "the" or (k in covered and kind not in ("armed", "forces")):
                continue
            if kind in ("armed", "forces") and (k in done or k - 1 in covered):
                continue  # (an armed side's word is an agent of no country until a rule places it)
            if any(c.dep_ not in ("det", "case") for c in tok.children):
                continue
            subject = tok.dep_ in ("nsubj", "nsubjpass")
            agent = tok.dep_ == "pobj" and tok.head.lower_ == "by"
            obj = tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ not in PLACE_PREPS | {"of"})
            # round 29: the state's own body named by the description's possessive ("the island's
            # leaders", "the kingdom's government"): the state's, in the body's sector
            owned = self.owned_body(sent, tok) if kind in ("monarchy", "island") and tok.dep_ == "poss" else None
            if not (subject or agent or (obj and kind != "group") or owned):
                continue
            near = [s for s in local if s.token < k] + self.recent(index - WINDOW)
            items = [s for s in near if not s.topic and self.of_kind(s, kind)]
            found = {self.description_actor(s, kind) for s in items}
            if len(found) > 1 and subject:
                found = {self.description_actor(s, kind) for s in items if s.subject and s.sentence == index - 1}
            if len(found) != 1:
                continue
            (actor,) = found
            if kind == "forces" and any(st == s.sentence and actor.country in {_country_of(x.actor) for x in pair}
                                        for s in items for st, pair in self.state.coordinated):
                continue  # "U.S. and British jets struck ... The jets": two states' forces
            if owned is not None:
                head, sector = owned
                h = head.i - sent.start
                if any(x in done for x in range(k + 1, h + 1)):
                    continue  # (the body's words are agents, covered, but no rule has placed them)
                actor = self.country_actor(actor.country, sector, "")
                self.emit(doc_text, offset, index, sent[k - 1], head, actor)
                covered.update(range(k - 1, h + 1))
                local.append(_Seen(index, h, actor, False, head.dep_ in ("nsubj", "nsubjpass"), True, k - 1, derived=True))
                continue
            self.emit(doc_text, offset, index, sent[k - 1], tok, actor)
            covered.update((k - 1, k))
            local.append(_Seen(index, k, actor, False, subject, False, k - 1, derived=True))

    def organ_parts(self, doc_text, index, offset, sent, local, covered) -> None:
        """Round 30: "the committee", "the team", "the mission" (PART_NOUNS), bare and definite,
        as a subject or object, is the organisation the same noun was named with in this
        sentence before it or in the WINDOW before: "the aircraft committee of the GATT ... The
        committee agreed", "a World Bank team arrived ... The team will stay". Only that noun
        refers back: "the committee" after "the WTO" alone is left alone (it may be a state's)."""
        parts = self.state.parts
        done = self.emitted_tokens(index, offset, sent)
        for tok in sent:
            k = tok.i - sent.start
            lemma = tok.lemma_.lower()
            if lemma not in parts or k in covered or k in done or index - parts[lemma][0] > WINDOW \
                    or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.lower_ != lemma:
                continue
            # bare but for its article and plain modifiers ("the 20-member committee"; not "the
            # committee of experts", "the Senate committee")
            first = tok.left_edge
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                    c.i > tok.i or c.dep_ not in ("det", "amod", "compound", "nummod", "punct") for c in tok.children) \
                    or any(t.i - sent.start in covered or t.ent_type_ in ("ORG", "GPE", "NORP") for t in sent[first.i - sent.start: k]):
                continue
            actor = parts[lemma][1]
            self.emit(doc_text, offset, index, first, tok, actor)
            covered.update(range(first.i - sent.start, k + 1))
            local.append(_Seen(index, k, actor, False, tok.dep_ in ("nsubj", "nsubjpass"), False,
                               first.i - sent.start, derived=True))
        for x in local:
            if x.place or x.person or x.derived or not x.actor.code.startswith("IGO"):
                continue
            root = sent[x.first if x.first >= 0 else x.token: x.token + 1].root
            part = None
            if root.dep_ in ("compound", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
                part = root.head  # "a World Bank team", "the IMF's board"
            elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
                part = root.head.head  # "the council of the WTO"
            if part is not None and part.lemma_.lower() in PART_NOUNS:
                parts[part.lemma_.lower()] = (index, Actor(x.actor.code, x.actor.country, x.actor.sector, x.actor.entity, ""))

    def owned_body(self, sent, tok):
        """The head noun a description's possessive modifies, when it is a word of a state's body
        or people with a sector of its own ("the island's leaders", "the kingdom's army"; not
        "the island's beaches"), and its sector; else None."""
        head = tok.head
        if head.i <= tok.i or head.pos_ != "NOUN":
            return None
        sectors = [e.sector for e in self.lex.lower.get((head.lower_,), ()) if e.kind == "sector" and e.sector]
        return (head, sectors[0]) if sectors else None

    def halves(self, doc_text, index, offset, sent, local, covered) -> None:
        """ "the North", "the communist South" in a story that names one half of a divided nation
        (HALVES): that half's state. Only the capitalised noun heading its own phrase ("the North
        Atlantic", "the South China Sea" and "the north of the country" are other things)."""
        for tok in sent:
            k = tok.i - sent.start
            half = HALVES.get(tok.lower_)
            if not half or len(half) != 1 or tok.text[:1] != tok.text[:1].upper() or k in covered or tok.is_sent_start:
                continue
            if tok.dep_ in ("compound", "amod", "nmod") or (k + 1 < len(sent) and sent[k + 1].text[:1].isupper()
                                                              and sent[k + 1].is_alpha):
                continue  # "the South China Sea", "the North Korean leader"
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "the North of England"
            j = k
            while j > 0 and sent[j - 1].is_lower and sent[j - 1].pos_ == "ADJ":
                j -= 1  # "the communist North", "the impoverished North"
            if j == 0 or sent[j - 1].lower_ != "the" or any(x in covered for x in range(j - 1, k)):
                continue
            (iso,) = half
            actor = self.country_actor(iso, None, "")
            self.emit(doc_text, offset, index, sent[j - 1], tok, actor)
            covered.update(range(j - 1, k + 1))
            local.append(_Seen(index, k, actor, False, tok.dep_ in ("nsubj", "nsubjpass"), False, j - 1, derived=True))

    def counterparts(self, doc_text, index, offset, sent, local, covered) -> None:
        """ "Fidan urged his counterpart": the one person (or officer) of another country than the
        possessor's named in this sentence before it or the WINDOW before; "the visiting minister":
        the one person named there who is not of the country of the places named there (where the
        visit is) nor of the dateline's."""
        # (the words that names or references cover; a bare title such as "minister" is no name)
        taken = {j for x in local for j in range(x.first if x.first >= 0 else x.token, x.token + 1)}
        taken |= self.emitted_tokens(index, offset, sent)
        for tok in sent:
            k = tok.i - sent.start
            if tok.lower_ != "counterpart" and not (k >= 1 and sent[k - 1].lower_ == "visiting"):
                continue  # only these two are looked at
            if k in taken or tok.pos_ != "NOUN" or any(c.i - sent.start in taken for c in tok.children):
                continue
            near = [s for s in local if s.token < k and s.sentence == index] + self.recent(index - WINDOW)
            people = [s for s in near if (s.person or s.officer) and s.actor.country and not s.place]
            first = None
            if tok.lower_ == "counterpart" and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children):
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
                owner = self.antecedent(index, sent, poss, [s for s in local if s.token < k]) if poss is not None else None
                owner = self.unique(owner, person=True) if owner else None
                if owner is None:
                    continue
                people = [s for s in people if s.actor.country != owner.actor.country]
                first = poss
            elif tok.lower_ in OFFICE_NOUNS | {"delegation"} and k >= 2 and sent[k - 1].lower_ == "visiting" \
                    and sent[k - 2].lower_ == "the":
                hosts = {s.actor.country for s in near if s.place} | {self.state.dateline}
                people = [s for s in people if s.actor.country not in hosts]
                first = sent[k - 2]
            else:
                continue
            if len({s.actor.code + (s.actor.entity or "") for s in people}) != 1:
                continue
            a = people[-1].actor
            actor = Actor(a.code, a.country, a.sector, a.entity, "")
            self.emit(doc_text, offset, index, first, tok, actor)
            covered.update(range(first.i - sent.start, k + 1))
            taken.update(range(first.i - sent.start, k + 1))
            local.append(_Seen(index, k, actor, True, tok.dep_ in ("nsubj", "nsubjpass"), False, first.i - sent.start,
                               derived=True))

    @staticmethod
    def of_kind(s: _Seen, kind: str) -> bool:
        """The remembered mention is an actor that a description of ``kind`` may stand for."""
        # a person stands for the kingdom or island only when their own state is one ("President
        # Bush praised Saudi Arabia. The kingdom ...": the kingdom is not the visitor's state)
        if kind == "monarchy":
            return s.actor.country in MONARCHIES
        if kind == "island":
            return s.actor.country in ISLAND_STATES
        if s.person or s.officer:
            return False
        if kind == "group":
            sector = (s.actor.sector or "")[:3]
            return (sector in GROUP_SECTORS or (not sector and s.actor.code.startswith("NGO"))) and not s.place
        if kind == "armed":
            return (s.actor.sector or "")[:3] in ARMED_SIDES_OF_BODIES and bool(s.actor.country) and not s.place
        if kind == "forces":
            return (s.actor.sector or "")[:3] == "MIL" and bool(s.actor.country) and not s.place \
                and not s.actor.code.startswith("IGO")
        return s.actor.code.startswith("IGO") and not s.place  # "the alliance", "the bloc"

    def description_actor(self, s: _Seen, kind: str) -> Actor:
        if kind in ("monarchy", "island"):
            return self.country_actor(s.actor.country, None, "")  # the state, whoever named it
        a = s.actor
        if kind == "igo" and a.sector and a.code.endswith(a.sector):
            # "NATO foreign ministers ... the alliance": the organisation, not its ministers
            return Actor(a.code[: -len(a.sector)], a.country, None, None, "")
        return Actor(a.code, a.country, a.sector, a.entity, "")

    def critics(self, doc_text, index, offset, sent, local, covered) -> None:
        """ "Critics from across Spain's political landscape", "opponents from Germany":
        a plural of critics (CRITIC_PLURALS) whose "from"/"across" complement names one country
        (by the country's name: not a person or a body of it) are people of that country, coded
        with the country alone. "Critics of Britain's plan", "the plan's critics" and bare
        "critics" are left alone: whose critics they are is not said."""
        for tok in sent:
            k = tok.i - sent.start
            if tok.lower_ not in CRITIC_PLURALS or tok.tag_ != "NNS" or k in covered:
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "conj") or any(c.dep_ == "poss" for c in tok.children):
                continue
            # the country is the complement ("from France", "from across Britain") or its
            # possessor ("from across Spain's political landscape"), not a modifier of another
            # noun ("critics from UK film magazines")
            span: set[int] = set()
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "across")]
            while preps:
                prep = preps.pop()
                for c in prep.children:
                    if c.dep_ == "pobj":
                        for obj in (c, *c.conjuncts):  # "from France and Italy": two countries
                            span.add(obj.i - sent.start)
                            span.update(g.i - sent.start for g in obj.children if g.dep_ == "poss")
                    elif c.dep_ in ("prep", "pcomp") and c.lower_ == "across":
                        preps.append(c)
            places = [s for s in local if s.token in span and not s.person and not s.derived
                      and s.actor.country and not s.actor.sector and s.actor.country[:3] != "IGO"]
            countries = {s.actor.country for s in places}
            if len(countries) != 1 or any(s.token in span and s.actor.sector for s in local):
                continue
            (iso,) = countries
            self.emit(doc_text, offset, index, tok, tok, self.country_actor(iso, None, ""))
            covered.add(k)

    def portfolio(self, sent, k: int, local: list[_Seen]) -> tuple[int, str] | None:
        """ "the Ministry of Defence", "the Department of Health": the end of the portfolio after
        "of" at token ``k`` (capitalised words, the first one of PORTFOLIOS, no name among them)
        and the sector its "<portfolio> ministry" has in the dictionary (GOV if none)."""
        j = k + 1
        if j < len(sent) and sent[j].lower_ == "the":
            j += 1
        if j >= len(sent) or sent[j].lower_ not in PORTFOLIOS or not sent[j].text[:1].isupper():
            return None
        end = j
        while end < len(sent) and end - j < 5 and (sent[end].text[:1].isupper() or sent[end].lower_ in ("and", "&")):
            end += 1
        while end > j + 1 and sent[end - 1].lower_ in ("and", "&"):
            end -= 1
        if any(s.first < end and s.token >= k for s in local):
            return None  # "the Ministry of Defence of Ukraine": a name decides
        words = tuple(t.lower_ for t in sent[j:end])
        reading = [x for x in self.lex.lower.get((*words, "ministry"), ()) if x.kind == "sector" and x.sector]
        return end, reading[0].sector if reading else "GOV"

    def parties(self, doc_text, index, offset, sent, matches, names, seen, subject_tokens) -> list[_Seen]:
        """ "Labour has attacked the Conservatives": a capitalised party family (PARTY_FAMILIES)
        that no name covers, as a noun of its own (not "Labour Party", "Labour MPs", "the
        Democrats' plan", "Christian Democrats" where a word before it names the party), is a
        party (PTY) of the state a body would be of (:meth:`body_country`)."""
        named = set()
        for m in matches:
            if m.kind != "agent":
                named.update(range(m.start, m.end))
        out: list[_Seen] = []
        for tok in sent:
            k = tok.i - sent.start
            if k in named or not tok.text[:1].isupper() or tok.is_upper:
                continue
            if tok.lower_ not in PARTY_FAMILIES and tok.lower_ not in PARTY_ADJECTIVES:
                continue  # no party's word: none of the readings below
            # "the Labour party", "the Democratic Party": the family with the word "party"
            named_party = k + 1 < len(sent) and sent[k + 1].lower_ == "party" and tok.lower_ in PARTY_ADJECTIVES
            # "rejected the Conservatives' offer", "a Conservative budget amendment", "the Labour
            # amendment": the party whose proposal it is (not "Labour MPs", "the Democrats' leader",
            # whose head noun names people)
            owner = not named_party and k > 0 and _party_thing(tok) and (
                tok.lower_ in PARTY_FAMILIES or tok.dep_ in ("amod", "compound") and tok.lower_ in PARTY_ADJECTIVES)
            if tok.lower_ not in PARTY_FAMILIES and not named_party and not owner:
                continue
            if not named_party and not owner and (
                    tok.dep_ in ("compound", "amod", "nmod", "poss") or any(c.dep_ == "poss" for c in tok.children)):
                continue  # "Labour MPs", "the Democrats' leader": the head noun or the possessor decides
            if k > 0 and (sent[k - 1].text[:1].isupper() and sent[k - 1].pos_ in ("PROPN", "ADJ", "NOUN")
                          or sent[k - 1].pos_ in ("NUM", "PRON")):
                continue  # "Christian Democrats", "Social Democrats", "Sweden Democrats": another name
            if k + 1 < len(sent) and sent[k + 1].lower_ in ("party", "parties") and (not named_party or k + 1 in named):
                continue  # "Labour Party" (the dictionary's), "Labour parties"
            head = sent[k + 1] if named_party else tok
            if any(c.dep_ == "prep" and c.lower_ in ("in", "of", "from") for c in head.children):
                continue  # "Republicans in Congress", "Democrats of the left": a complement decides
            if named_party and (any(c.dep_ == "poss" for c in head.children) or head.dep_ in ("compound", "poss")):
                continue  # "Japan's Liberal Democratic Party", "Labour party members": another body decides
            iso = self.body_country(index, [seen[id(m)] for m in names], k, "PTY")
            if not iso and owner:
                # "Tony Blair turned down a Conservative budget amendment": the one state named
                # before it in the sentence, when that state has a party of the family ("Russia
                # criticised the Republican plan" names no Russian party)
                here = {seen[id(m)].actor.country for m in names if m.end <= k} - {None}
                iso = here.pop() if len(here) == 1 else None
                iso = iso if iso in PARTY_FAMILY_STATES.get(tok.lower_, ()) else None
            if iso:
                first = sent[k - 1] if k > 0 and sent[k - 1].lower_ == "the" else tok
                # the party's own name as its entity: two parties of one state are two actors
                name = PARTY_ADJECTIVES[tok.lower_] if named_party or owner and tok.lower_ in PARTY_ADJECTIVES else tok.text
                actor = Actor(iso + "PTY", iso, "PTY", name, "")
                self.emit(doc_text, offset, index, first, head, actor)
                # "the Conservatives and the Liberal Democrats say they ...": a later pronoun may point back
                out.append(_Seen(index, head.i - sent.start, actor, False, k in subject_tokens or head.i - sent.start in subject_tokens,
                                 tok.tag_ in ("NNS", "NNPS") and not named_party, first.i - sent.start))
            else:
                self.state.unplaced_parties.append(index)
        return out

    def the_party(self, doc_text, index, offset, sent, names, seen, party_seen, subject_tokens) -> list[_Seen]:
        """ "... by a future Tory government, the party said": a bare "the party" as a subject
        (or the agent after "by") is the one party (PTY) named in this sentence before it or in
        the WINDOW before; with two parties named there, it is left alone."""
        out: list[_Seen] = []
        for tok in sent:
            k = tok.i - sent.start
            if tok.lower_ != "party" or k == 0 or sent[k - 1].lower_ != "the":
                continue
            if any(c.dep_ != "det" for c in tok.children):
                continue  # "the ruling party", "the party of government", "the party's leader"
            if not (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
                continue  # "attended the party": as an object it may be a gathering
            here = [seen[id(m)] for m in names if m.end <= k] + [s for s in party_seen if s.token < k]
            near = here + self.recent(index - WINDOW)
            parties = {s.actor.entity: s.actor for s in near if (s.actor.sector or "")[:3] == "PTY" and s.actor.country}
            if len(parties) != 1 or any(i >= index - WINDOW for i in self.state.unplaced_parties):
                continue  # two parties named, or one we could not place: two readings
            (actor,) = parties.values()
            self.emit(doc_text, offset, index, sent[k - 1], tok, actor)
            out.append(_Seen(index, k, actor, False, k in subject_tokens, False, k - 1, derived=True))
        return out

    def body_actor(self, iso: str, sector: str, name: str | None) -> Actor:
        """A body of the state ``iso``: named by its own words (``name``: "treasury", "ministers")
        where it is one body of several a state has, so that the event coder keeps two of them
        as two actors ("MPs criticised ministers"); else by the country's name."""
        if not name:
            return self.country_actor(iso, sector, "")
        return Actor(iso + (sector or ""), iso, sector or None, name, "")

    def finish(self, doc_text: str, home: str) -> None:
        """At the end of a document that named no country nor a dateline: the bodies and local
        actors still waiting for one are the outlet's country's ("MPs", "ministers", "the
        police" in a national broadcaster's story of its own state)."""
        if self.state.countries or self.state.dateline:
            return
        for i, off, first, last, sector in self.state.pending:
            self.emit(doc_text, off, i, first, last, self.country_actor(home, sector, ""))
        self.state.pending.clear()
        flush_local(self, doc_text, home)

    def wait(self, index: int, offset: int, first, last, sector: str, local: list[_Seen]) -> None:
        """Keep a body for the first country the document names, if it has named none yet
        (nor an organisation: "Ministers met ..." after "EU" is the organisation's)."""
        if self.state.countries or self.state.dateline or any(
                _country_of(s.actor) and not s.topic for s in (*local, *self.state.seen)):
            return
        self.state.pending.append((index, offset, first, last, sector))

    def igo_near(self, index: int, local: list[_Seen]) -> bool:
        """An international organisation is named in this sentence or the WINDOW before it."""
        near = local + self.recent(index - WINDOW)
        return any(s.actor.code.startswith("IGO") for s in near)

    def body_country(self, index: int, local: list[_Seen], before_token: int, sector: str, doc=None) -> str | None:
        """The state a body without a country stands for ("the ministry", "officials", "the
        army"): the nearest body of the same kind named with its country (in this sentence
        before it, or in the two before: "Japanese officials ... officials said"), if only one
        country's; when two countries' are that near, the document's main country if it is one of
        them, else none; with none near, the document's main country. ``doc``: the parse, for a
        state's forces ("the army", "troops"), which take no main country of a story that speaks
        of foreign forces or of a land a foreign army held (local.py: :func:`foreign_forces`)."""
        kind = sector[:3]
        near = [s for s in local if s.token < before_token] + self.recent(index - WINDOW)
        same = {s.actor.country for s in near if s.actor.country and not s.place and (s.actor.sector or "")[:3] == kind}
        main = self.main_country()
        filed = self.state.dateline
        if len(same) == 1:
            return same.pop()
        if len(same) > 1:
            # the document's own state among them; with no main country, the dateline's
            return main if main in same else (filed if main is None and filed in same else None)
        if main or filed:
            iso = main or filed
        else:
            # the one country the document has named so far (named once: "Jack Straw said ...
            # Ministers insist"); the lone name of this sentence before the body is too near to tell
            named = self.state.countries
            named_here = any(_country_of(s.actor) for s in local if s.token < before_token)
            iso = next(iter(named)) if len(named) == 1 and not named_here else None
            if iso is None and not named and not named_here:
                iso = self.scene_country(index)
        if iso and doc is not None and kind == "MIL" and foreign_forces(doc, iso, self.day):
            return None  # "Peacekeepers patrolled Bunia. Troops fired ...": whose troops?
        return iso

    def scene_country(self, index: int) -> str | None:
        """Round 26: the state of a story that has named it only as the place where things happen
        ("Elections in Cambodia were marred by violence. The opposition ...", "Fighting broke out
        in Brazzaville. The president ..."; not a venue of talks) and names no other state
        anywhere (read ahead): its bodies and offices are that state's."""
        scenes = {c for c, k in self.local.scenes.items() if k < index}
        return scenes.pop() if len(scenes) == 1 and self.local.doc_states <= scenes else None

    def subject_country(self, index: int, local: list[_Seen], before_token: int, sent=None) -> str | None:
        """The one state that the subjects of this sentence (before ``before_token``) or else of
        the WINDOW before are of, for a short story that names a country once ("Israel agreed to
        pull out of Hebron. The prime minister said ..."; "Japan protested to China. The ministry
        said ..."): the story goes on about its actor, not its object. None when the subjects are
        of two states, an organisation's or named only as places."""
        def of(items, sent=None) -> set:
            # (in this sentence, a subject of any clause: "Jordan signed ..., and the king said ...")
            # (a state or its body, not a person: "Blair met Chirac. The government ..." is open)
            return {_country_of(s.actor) for s in items
                    if (s.subject or (sent is not None and sent[s.token].dep_ == "nsubj"))
                    and not (s.place or s.topic or s.person or s.officer or s.derived) and _country_of(s.actor)}
        here = of((s for s in local if s.token < before_token), sent)
        found = here or of(self.recent(index - WINDOW))
        iso = found.pop() if len(found) == 1 else None
        return None if iso is None or iso[:3] in ("IGO", "NGO") else iso

    def lone_country(self, index: int, local: list[_Seen], before_token: int, sector: str, sent) -> str | None:
        """The state of a bare plural ("ministers", "MPs", "officials") that :meth:`body_country`
        leaves without one because this sentence names a country too near to tell: the one
        country (or organisation) the document has named so far, this sentence included, if
        every name of it in this sentence is either a body or party of that state, of another
        sector, named before the plural or as a passive's "by" agent ("Dutch MPs urged
        ministers", "Ministers were accused by Dutch MPs"), or the country's own name as the
        place the story is in ("In Britain, MPs accused ministers"; not a city, "In Geneva,
        officials said", a venue; nor a place gone to, "on a visit to Iraq"). A country's name as
        a place of an earlier sentence counts too. A person, the bare country, a body named
        after the plural ("MPs urged ministers to press Chinese officials": the other side) or an
        organisation near leave it to the other rules. Troops and soldiers are left alone: a
        state's forces are often abroad ("In Iraq, troops opened fire": whose troops?)."""
        if sector[:3] == "MIL" or self.igo_near(index, local):
            return None
        here = [s for s in local if _country_of(s.actor) and not s.topic]
        for s in here:
            # (named before the plural: one named after it is as often the other side, "MPs urged
            # ministers to press Chinese officials"; and not of the plural's own sector)
            head = sent[s.token].head
            body = (not s.person and not s.derived
                    and (s.token < before_token or head.lower_ == "by" and head.dep_ == "agent")
                    and (s.actor.sector or "")[:3] in STATE_OR_PARTY_SECTORS
                    and (s.actor.sector or "")[:3] != sector[:3])
            # (a place the story is in, "In Britain, ...", not one gone to: "on a visit to Iraq")
            scene = (s.place and s.token < before_token and self.country_name(s.actor)
                     and head.lower_ in ("in", "across", "throughout"))
            if not (body or scene):
                return None
        before = [s for s in self.state.seen if _country_of(s.actor) and not s.topic]
        if not here and not self.state.dateline and not any(not s.place or self.country_name(s.actor) for s in before):
            return None  # only cities named, as places ("talks in Geneva"): a venue, not the story's state
        named = {_country_of(s.actor) for s in (*here, *before)}
        if self.state.dateline:
            named.add(self.state.dateline)
        return named.pop() if len(named) == 1 else None

    def country_name(self, actor: Actor) -> bool:
        """The mention names a country by its own name ("Britain"), not one of its cities."""
        words = tuple(actor.text.split())
        entries = self.lex.exact.get(words, ()) or self.lex.lower.get(tuple(w.lower() for w in words), ())
        return any(e.kind == "country" for e in entries)

    def offices(self, index: int, sent, matches, lowers: list[str] | None = None) -> None:
        """Remember the uses of a title of TITLE_ROLES in this sentence whose holder the text
        names: a state's where a match over it has a state's government sector, another body's
        where a match over it has another sector, or where the title has a complement ("the
        president of the bank"), a possessor ("the union's president", "its chairman") or a noun
        before it ("company president"). A bare "the president" is not a use of this kind."""
        lowers = lowers if lowers is not None else [t.lower_ for t in sent]
        present = TITLE_WORDS_FIRST.intersection(lowers)  # most sentences have no title's word
        if not present:
            return
        for title in TITLE_ROLES:
            words = TITLE_WORDS[title]
            if words[0] not in present:
                continue
            for k in range(len(lowers) - len(words) + 1):
                if lowers[k] != words[0] or lowers[k : k + len(words)] != list(words):
                    continue
                end = k + len(words)
                if k > 0 and lowers[k - 1] in ("vice", "-", "deputy", "former", "shadow"):
                    continue
                over = [m for m in matches if m.start <= k < m.end and m.kind != "agent"]
                if over:
                    sectors = {(m.actor.sector or "")[:3] for m in over}
                    state = any(m.actor.country for m in over) and sectors <= {"GOV", "MIL", ""} | OWN_SECTORS.get(title, set())
                    self.state.offices.append((index, k, title, state))
                    continue
                prev = lowers[k - 1] if k > 0 else ""
                held = (end < len(lowers) and lowers[end] == "of") or prev in ("'s", "’s", "its", "their") or (
                    k > 0 and sent[k - 1].pos_ in ("NOUN", "PROPN") and prev not in TITLE_WORDS_FIRST)
                if held:
                    self.state.offices.append((index, k, title, False))

    def officer_last(self, index: int, k: int, title: str) -> bool:
        """The last use of ``title`` before token ``k`` of sentence ``index`` named another
        body's officer ("the chairman of the bank"), not a state's."""
        before = [o for o in self.state.offices if o[2] == title and (o[0] < index or (o[0] == index and o[1] < k))]
        return bool(before) and not before[-1][3]

    def last_holder(self, index: int, local: list[_Seen], before_token: int, words: tuple[str, ...]) -> Actor | None:
        """The last person named (here before the title, or earlier in the document) whose
        office on the document's date has one of ``words`` in its name."""
        def holds(s: _Seen) -> bool:
            role = (self.role_of(s.actor) or "").lower() if s.person else ""
            if s.officer and not s.person:
                # an officer named by the office alone ("Iran's foreign minister arrived ... The
                # minister said"): the office is the mention's own words
                role = s.actor.text.lower()
            if not role or any(w in role for w in NOT_HOLDING):
                return False  # "Shadow Chancellor": the opposition's spokesman holds no office
            if words == ("chancellor",) and any(w in role for w in OTHER_CHANCELLORS):
                return False  # "the chancellor" is not the Chancellor of the Duchy of Lancaster
            if words == ("minister",) and any(w in role for w in HEAD_MINISTERS):
                return False  # "the minister" is not the prime minister
            if words[0] != "chancellor" and any(w in role for w in MINISTER_CHANCELLORS):
                words_here = tuple(w for w in words if w != "chancellor")  # Britain's chancellor heads no government
            else:
                words_here = words
            return any(w in role for w in words_here)

        near = [x for x in local if x.token < before_token and holds(x)]
        near += [s for s in self.recent(index - WINDOW) if holds(s)]
        if near:
            # two presidents just named ("Pezeshkian met Putin ... the president"): no reading
            return near[0].actor if len({s.actor.entity for s in near}) == 1 else AMBIGUOUS
        earlier = [s for s in reversed(self.state.seen) if holds(s)]
        return earlier[0].actor if earlier else None

    def title_word(self, tok) -> bool:
        """A word that is a title of no country by itself ("Ayatollah", "Mullah", "General")."""
        return any(e.kind == "sector" and not e.country for e in self.lex.lower.get((tok.lower_,), ()))

    # --- appositions ---------------------------------------------------------------------------
    def appositions(self, doc_text, index, offset, sent, names, covered) -> list[_Seen]:
        """An unknown person's name next to a titled mention, either way round."""
        learned: list[_Seen] = []
        for m in names:
            if not m.title or m.kind == "person":
                continue
            head = max((sent[k] for k in range(m.start, m.end)), key=lambda t: t.dep_ != "compound" and t.head.i - sent.start not in range(m.start, m.end))
            person = None
            if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
                person = head.head
            else:
                for child in head.children:
                    if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                        person = child
            if person is None:
                continue
            ent = next((e for e in sent.doc.ents if e.start <= person.i < e.end and e.label_ == "PERSON"), None)
            if ent is None:
                continue
            # a title of no country before the name inside the entity ("Ayatollah Hossein
            # Mousavi, a senior Iranian cleric") is the person's own, read with the apposition
            first = ent.start
            while first < ent.end and first - sent.start in covered and self.title_word(sent.doc[first]):
                first += 1
            if first == ent.end or any(k - sent.start in covered for k in range(first, ent.end)):
                continue
            actor = Actor(m.actor.code, m.actor.country, m.actor.sector, ent.text, "")
            self.emit(doc_text, offset, index, sent.doc[ent.start], sent.doc[ent.end - 1], actor)
            covered.update(range(ent.start - sent.start, ent.end - sent.start))
            self.state.learned[ent.text] = actor
            last = sent.doc[ent.end - 1].text
            if len(last) > 2 and last[:1].isupper():
                self.state.learned.setdefault(last, actor)
            learned.append(_Seen(index, ent.end - 1 - sent.start, actor, True, False, False, ent.start - sent.start))
        return learned


    # --- bodies of the story's state named by a plural -------------------------------------------
    def domestic_plurals(self, doc_text, index, offset, sent, agents, local, covered) -> None:
        """ "Opposition MPs walked out", "Union leaders called a strike", "Security forces fired",
        "local officials said": a plural agent of a state's or a society's body (DOMESTIC_SECTORS)
        with no country, possessor or complement, is of the state a body of its sector would be
        (:meth:`body_country`). Not after a noun, a number or a determiner other than "the"
        ("company officials", "two judges", "some workers"); not with an international
        organisation near; refugees, journalists, rights groups and armed groups are left to the
        other rules (they are as often foreign)."""
        taken = {k for x in local for k in range(x.first if x.first >= 0 else x.token, x.token + 1)}
        taken |= self.emitted_tokens(index, offset, sent)
        for m in agents:
            sector = m.actor.sector or ""
            last = sent[m.end - 1]
            if sector[:3] not in DOMESTIC_SECTORS or last.tag_ != "NNS" or last.lower_ in INSTITUTION_PLURALS \
                    or any(k in taken for k in range(m.start, m.end)) or m.actor.entity in TITLE_PLURALS \
                    or any(t.lower_ in LOCAL_WORDS or t.lower_ in POLICE_WORDS for t in sent[m.start : m.end]):
                continue  # (the police, mayors and councillors are local.py's)
            if last.dep_ in ("compound", "amod", "poss", "nmod") or any(c.dep_ == "poss" for c in last.children):
                continue  # "union leaders' demands", "their workers": the head noun or the possessor decides
            if last.dep_ in ("attr", "npadvmod", "advmod", "ROOT", "dep"):
                continue  # "the victims were farmers", "More protesters.": no party to an act
            if m.end < len(sent) and sent[m.end].lower_ in ("of", "from", "in", "at", "with", "for", "'s", "’s") \
                    and not _charge_after(sent, m.end):
                continue  # "workers of the company", "officials in Kyiv": a complement decides
            k = m.start
            while k > 0 and (sent[k - 1].lower_ in PLURAL_OPENERS or (sent[k - 1].pos_ == "ADJ" and sent[k - 1].is_lower)):
                k -= 1
            if any(t.lower_ in NOT_DOMESTIC_MODIFIERS for t in sent[max(0, k - 1) : m.end]):
                continue
            if k > 0 and (sent[k - 1].pos_ in ("NOUN", "PROPN", "NUM", "PRON") or sent[k - 1].lower_ in ("'s", "’s", "-", "–")
                          or (sent[k - 1].pos_ == "DET" and sent[k - 1].lower_ != "the")):
                continue
            if self.igo_near(index, local):
                continue
            # "Hundreds of protesters gathered in Yerevan": a crowd is of the one country its
            # sentence places it in, over the document's main one (not officials: "In Geneva,
            # officials said" is a venue)
            # (or ending in one: "broke into the parliament in Yerevan"; round 30: not where a
            # report came out, "..., Amnesty said in a report released in London"; "officials said
            # in Nairobi" still places the crowd)
            scenes = {x.actor.country for x in local if x.sentence == index and (x.place or _inner_place(x, sent))
                      and x.actor.country and sector[:3] in CROWD_SECTORS and not release_place(x, sent)}
            iso = scenes.pop() if len(scenes) == 1 else self.body_country(index, local, m.start, sector)
            if not iso:
                continue
            first = sent[k - 1] if k > 0 and sent[k - 1].lower_ == "the" else sent[k]
            if any(t.lower_ == "opposition" for t in sent[min(k, m.start) : m.end]):
                sector = "OPP"  # "opposition MPs", "opposition councillors": the opposition's, as CAMEO codes them
            self.emit(doc_text, offset, index, first, last, self.country_actor(iso, sector, ""))
            taken.update(range(first.i - sent.start, m.end))

    # --- unknown people with a title -----------------------------------------------------------
    def titled_names(self, index: int, sent, local: list[_Seen]) -> None:
        """Round 29: an unknown person's name at the end of a title of a country ("Bolivian
        Information Minister Herman Antelo", "Japan's Trade Minister Hajime Tamura") is coded by
        the title; later uses of the name ("Antelo told journalists", "Tamura will meet") are
        the same person, as wire stories name people once in full. Not a name of two bearers
        (the first one keeps it), nor one word alone (a title's name, not a person's)."""
        for s in local:
            if s.person or s.derived or s.place or s.sentence != index or s.first < 0 or not _country_of(s.actor):
                continue
            k = s.token
            while k >= s.first and sent[k].ent_type_ == "PERSON" and sent[k].pos_ == "PROPN":
                k -= 1
            name = sent[k + 1 : s.token + 1]
            if len(name) < 2 or k < s.first or not self.title_word(sent[k]):
                continue
            actor = Actor(s.actor.code, s.actor.country, s.actor.sector, name.text, "")
            self.state.learned.setdefault(name.text, actor)
            surname = name[-1].text
            if len(surname) > 2 and surname[:1].isupper() and surname.isalpha():
                self.state.learned.setdefault(surname, actor)

    def titled_people(self, doc_text, index, offset, sent, agents, local, covered) -> None:
        """An unknown person's name with a title of no country, either way round: "Judge Ana
        Ruiz", "Labour minister, Juan Perez,", "a senior official, Juan Perez,", "Juan Perez, a
        spokesman for the ministry," take the title's sector and the country a body of that
        sector would take here (:meth:`person_country`); later uses of the name ("Perez said")
        take it too. Left alone: a title of another body ("Acme spokesman X", "Jack Law, chief
        executive of a charity"), a generic title alone ("spokesman X", "an official, X": whose?),
        a plural, and a title with an international organisation near (whose official?).
        "former" keeps the country only."""
        taken = set(covered) | self.emitted_tokens(index, offset, sent)
        for m in agents:
            if not m.title or m.actor.country or not _person_title(self.lex, sent, m):
                continue
            name = self.name_after(sent, m, taken) or self.name_before(sent, m, taken)
            if name is None:
                continue
            first, last, whole = name
            complement = self.complement(sent, m, local, index, offset)
            if complement is False:
                continue  # "of a charity", "for the company": another body's officer
            if self.generic_title(m) and complement is None and not self.ranked(sent, m):
                continue
            sector = m.actor.sector or None  # "" for "former ...": the country only
            if sector and sent[m.end - 1].lower_ in ("minister", "secretary") and not sector.startswith("GOV"):
                sector = "GOV"  # "Industry Minister": a minister, whatever the portfolio's sector
            elif sent[m.start].text in ("Labour", "Labor") and m.end - m.start > 1 and sector == "LAB":
                sector = "PTY"  # "Labour spokesman X": the party's (a portfolio is "Labour minister")
            if complement is not None:
                iso, sector = complement.country, complement.sector or sector
            else:
                if self.igo_near(index, local):
                    continue
                iso = self.person_country(index, local, m.start, sector or "")
            if not iso:
                continue
            words = " ".join(t.text for t in sent[first : last + 1] if t.ent_type_ == "PERSON") or sent[last].text
            actor = Actor(iso + (sector or ""), iso, sector, words, "")
            if whole:
                start = min(first, m.start)
                while start > 0 and sent[start - 1].lower_ in TITLE_OPENERS:
                    start -= 1  # "state prosecutor X", "Former education secretary X": the whole title
                self.emit(doc_text, offset, index, sent[start], sent[max(last, m.end - 1)], actor)
            else:
                self.emit(doc_text, offset, index, sent[first], sent[last], actor)
            taken.update(range(first, last + 1))
            self.state.learned.setdefault(words, actor)
            surname = sent[last].text
            if len(surname) > 2 and surname[:1].isupper() and surname.isalpha():
                self.state.learned.setdefault(surname, actor)
            # a later "he" may point back to the person; the country was inferred, so it counts no country
            local.append(_Seen(index, last, actor, True, last in {t.i - sent.start for t in _span_tokens(_subject_token(sent))},
                               False, first, derived=True))

    @staticmethod
    def name_after(sent, m, taken) -> tuple[int, int, bool] | None:
        """(first, last, contiguous) of a PERSON name right after the title, or after it and a
        comma ("Judge Ana Ruiz", "Labour minister, Juan Perez,"); the parse may have put the title
        in the name ("Sheriff Lee"). The title must not belong to another body named before it
        ("Acme spokesman", "the committee's chairman")."""
        k = m.start
        if k > 0:
            prev = sent[k - 1]
            if prev.lower_ in OFFICE_MODIFIERS or (prev.lower_ in PARTY_WORDS and (m.actor.sector or "")[:3] in ("LEG", "PTY")):
                pass  # "state prosecutor", "Regional Governor", "Labour MP"
            elif prev.lower_ in ("'s", "’s", "'", "’", "-", "–") or (prev.text[:1].isupper() and prev.is_alpha
                                                                    and not prev.is_sent_start) or (
                    prev.pos_ in ("NOUN", "PROPN") and prev.lower_ not in RANK_WORDS):
                return None  # "Acme spokesman", "Senate President", "the union's chairman", "Police press
                # officer", "Solicitor General": another body's, or a longer title than the dictionary's
        j = m.end
        comma = j < len(sent) and sent[j].text == ","
        if comma:
            j += 1
        if j >= len(sent) or sent[j].ent_type_ != "PERSON" or j in taken:
            if not (sent[m.end - 1].ent_type_ == "PERSON" and j < len(sent) and sent[j].ent_iob_ == "I" and not comma):
                return None
        end = j
        while end < len(sent) and sent[end].ent_type_ == "PERSON" and (end == j or sent[end].ent_iob_ == "I") \
                and end not in taken:
            end += 1
        if end == j or not sent[end - 1].text[:1].isupper():
            return None
        if end < len(sent) and sent[end].text[:1].isupper() and sent[end].is_alpha and sent[end].ent_type_ != "PERSON":
            return None
        if comma and not (end >= len(sent) or sent[end].is_punct):
            return None  # "minister, Juan Perez," is an apposition; "minister, Perez and ..." a list
        return j, end - 1, not comma

    @staticmethod
    def name_before(sent, m, taken) -> tuple[int, int, bool] | None:
        """(first, last, False) of a PERSON name before ", a/the <ranks> <title>" ("Juan Perez, a
        spokesman for the ministry, said")."""
        k = m.start
        after = sent[m.end] if m.end < len(sent) else None
        if after is not None and not (after.is_punct and after.text not in ("-", "–")) and after.lower_ not in (
                "of", "for", "at", "with", "in", "from"):
            return None  # "Grange Hill, the school-based serial": the title must end the apposition
        while k > 0 and (sent[k - 1].lower_ in RANK_WORDS or (sent[k - 1].pos_ == "ADJ" and sent[k - 1].is_lower)):
            k -= 1
        if k > 0 and sent[k - 1].lower_ in ("a", "an", "the"):
            k -= 1
        if k < 2 or sent[k - 1].text != ",":
            return None
        last = k - 2
        if sent[last].ent_type_ != "PERSON" or last in taken or not sent[last].text[:1].isupper():
            return None
        first = last
        while first > 0 and sent[first].ent_iob_ == "I" and sent[first - 1].ent_type_ == "PERSON":
            first -= 1
        if any(x in taken for x in range(first, last + 1)):
            return None
        if first > 0 and (sent[first - 1].text[:1].isupper() and sent[first - 1].is_alpha or sent[first - 1].pos_ in ("NOUN", "ADP")):
            return None  # "Acme chief Juan Perez, the ...", "met Juan Perez, a ...": whose?
        return first, last, False

    @staticmethod
    def ranked(sent, m) -> bool:
        """A rank word before a generic title that makes it a state's ("a senior official",
        "a government spokesman")."""
        return m.start > 0 and sent[m.start - 1].lower_ in RANK_WORDS

    def generic_title(self, m) -> bool:
        """The title is a word that names an officer of any body ("spokesman", "official")."""
        words = tuple((m.actor.entity or "").lower().split())
        entries = [e for e in self.lex.lower.get(words, ()) if e.kind == "sector"]
        return bool(entries) and all(e.generic for e in entries) and words[-1] not in ("minister", "commander")

    def complement(self, sent, m, local, index, offset):
        """What a complement of the title says: None with no complement; False for a body of its
        own ("of a charity", "for the company", "of Acme"); else the coded actor it names ("a
        spokesman for the ministry" once the ministry is placed, "for Peru's army")."""
        j = m.end
        if j >= len(sent) or sent[j].lower_ not in ("of", "for", "at", "with", "in", "from"):
            return None
        obj = next((c for c in sent[j].children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        k = obj.i - sent.start
        if any(t.text[:1].isupper() and t.is_alpha and t.i < obj.i and t.dep_ == "compound"
               and not any(s.first <= t.i - sent.start <= s.token for s in local) for t in obj.children):
            return False  # "of Alcohol Focus Scotland": a body whose name only ends in a place
        here = [s.actor for s in local if s.first <= k <= s.token and s.actor.country and not s.person]
        at = offset + obj.idx
        here += [x.actor for x in self.emitted(index) if x.start <= at < x.end and x.actor.country]
        return here[0] if here else False

    def person_country(self, index: int, local: list[_Seen], before_token: int, sector: str) -> str | None:
        """The country of an unknown titled person: the one a body of the title's sector would
        take (:meth:`body_country`), else the one country this document has named, this
        sentence included."""
        iso = self.body_country(index, local, before_token, sector)
        if iso:
            return iso
        named = set(self.state.countries) | {s.actor.country for s in local if s.actor.country and not s.derived}
        return named.pop() if len(named) == 1 else None

def resolve_sentences(doc_text: str, day: date | None, sentences, *, home: str | None = None) -> list[Mention]:
    """Reference mentions for a document given ``(index, offset, spaCy sentence, matches)``
    for each sentence in order. ``home``: the country of the outlet the document comes from
    (actors/outlets.py), for the bodies still waiting for a country when it has named none."""
    resolver = Resolver(day, home)
    preview(resolver, sentences)  # what the whole document names (local.py: whose are "the army", "troops")
    for index, offset, sent, matches in sentences:
        resolver.sentence(doc_text, index, offset, sent, matches)
    if home:
        resolver.finish(doc_text, home)
    return resolver.out
