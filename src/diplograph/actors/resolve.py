"""Find actor mentions in text and code them, CAMEO style, on the document's date.

Dictionary matches ("pieces") are combined left to right:

- a name and the sector words after it: "Iranian military", "Russia's foreign ministry",
  "Western governments", "NATO troops" (an organisation takes the role into its code);
- a title and a person: "President Vladimir Putin", "French Foreign Minister Jean-Yves Le
  Drian". A person in office on the day is coded by the office; one out of office by the
  country only, unless the text gives the title, which then holds for the time written about;
- a sector word and "of"/"in"/"from" a place: "the foreign minister of Iran", "Muslim leaders
  in France", "refugees from Syria" ("in" does not give a nationality to troops); and "of" a
  state's place: "the governor of Nigeria's Lagos state" (not "the leader of Iraq's militias");
- a person and a sector word: "the Bush administration", "Putin's spokesman";
- a faith before a generic title of an office qualifies its holders ("Sunni ministers" GOV; not
  "Sunni leaders", REL); "the Shiite-led government", "government-backed militias": the body
  after "-led" or "-backed" is the actor;
- "<state> leader X" titles a person who led that state's government as its leader for the time
  written about ("South African leader F.W. de Klerk");
- coordinated adjectives sharing a sector: "Russian and Iranian officials" is one span coded
  twice (a group mention, which the event coder expands into pairs);
- "former", "ex-", "ousted" ... before a title or person: the country only;
- "anti-"/"pro-" before a name: not that name's actor ("anti-Syria journalist");
- a state and a people of several states: "Bosnian Serbs" (BIH), "ethnic Albanians in
  Macedonia" (MKD); "the two Koreas" (PRK and KOR, a group mention);
- "based in", "operating in" a place; refugees "fleeing" something in a place; "official" or
  "state-run" before a country adjective and a media word (state media, GOVMED);
- a capitalised word one slip from a place name ("Kazahks"); a place of the long Phoenix list
  inside another name ("Credit Suisse") is not a place;
- a town named as a party is its people ("shelled Kharkiv", "Mariupol": ``UKRCVL``), and so is a
  capital where its people are hit ("attacks on Paris", "a curfew in Nairobi"); not a town as a
  modifier, a destination or a dateline, nor a region ("Darfur");
- a people counted or placed is civilians ("thousands of Kenyans", "Syrians living in
  Lebanon", "an American was detained"); a people alone keeps the country only;
- people "of"/"from" a body named by a country's adjective are that country's ("doctors from
  three Italian aid agencies": ``ITAHLH``);
- an ambiguous place name takes its second reading (readings.csv) where the sentence or the
  document points to it ("Tripoli, Lebanon", "Georgia's governor"); a town and, after a comma,
  its state or country is a place of that country ("Paris, Texas");
- no actor: a club or other name of not_actors.csv ("Real Madrid"), a sea or strait named after
  a state ("the South China Sea"), a team in a match report ("Ireland beat Italy 28-17");
- a place's name before company or newspaper words is a company or outlet of its country
  ("Japan Airlines": ``JPNBUS``, "the Jakarta Post": ``IDNMED``), also with up to three
  capitalised words between ("China Three Gorges Project Corp");
- no actor: a dateline's places ("FRANKFURT, March 20 -"), a town in a treaty's name ("the
  Paris Agreement"), a place in a hotel's ("the Palestine Hotel", "at the Savoy"), an adjective
  of origin ("a Turkish-born German MP", "an Iranian-American journalist"), a known surname after
  another first name ("Paul Rudd"), an acronym the document defines as another body's;
- a department, a title and a person are that person in that department ("U.S. Treasury
  Secretary James Baker");
- no actor: a place after "Mr", "Dr" ... (a surname: "Dr Jordan"), in a currency's name ("the US
  dollar") or a church's ("the Kandy Cathedral"); a company named after a place (firms.csv:
  "Piedmont Aviation", and "Piedmont" in a document that names it in full) is that company.

The rules and their limits are described in data/actors/SOURCES.md.

A sector word with no name is an agent without a country ("officials", "the president"):
:func:`match_words` returns those only when asked (``agents=True``), for phrase resolution
and for the within-document references of :mod:`diplograph.actors.coref`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from diplograph.actors.lexicon import NAME_KINDS, NAME_TITLES, PLACE_KINDS, Entry, Lexicon, lexicon
from diplograph.data_files import read_csv
from diplograph.genre import is_sports_report
from diplograph.time import MONTHS
from diplograph.types import Actor, Document, Mention

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# lower-case words of a place a state's possessive may own ("Kenya's capital", "Lagos state")
OWNED_PLACE_WORDS = frozenset({"capital", "state", "province", "region", "district", "county"})
FORMER = frozenset({"former", "ex", "retired", "late", "ousted", "deposed", "toppled", "exiled", "then-former"})
OF = frozenset({"of"})
LOCATIVE = frozenset({"in", "inside"})
ORIGIN = frozenset({"from"})
# generic words that, as the title of a named person, still give the role ("Minister X")
# capitalised words that go on a title before a surname ("Deputy Secretary Hicks")
RUN_TITLES = frozenset({"secretary", "minister", "general", "admiral", "president", "premier", "chancellor",
                        "governor", "senator", "commissioner", "marshal", "colonel"})
PERSON_TITLES = frozenset({"minister", "commander"})
# stems of verbs and nouns of leaving a place ("withdraw troops from", "pull-out of forces from")
LEAVING = ("withdr", "pull", "evacuat", "remov", "expel", "retreat", "recall", "extract", "redeploy", "relocat")
CONJ = frozenset({"and", "or", "&"})
# the roles of people who work at a body ("miners at a Chilean copper firm", "officials at the
# Kenyan embassy"): "at" gives their employer; protesters or civilians "at" a body are only there
STAFF_SECTORS = frozenset({"LAB", "EDU", "HLH", "BUS", "GOV", "MIL", "COP", "JUD", "MED", "SPY", "LEG", "AGR"})
# "anti-Syria journalist", "pro-Russian separatists": a name after these gives no actor
STANCE = frozenset({"anti", "pro"})
# "X-backed Y": X supports Y and is not Y ("-led" is left alone: the leader acts for the group)
# the nouns of "the city of Basra", "the Indian town of Tuzla" (see ``Builder.town_of``)
TOWN_NOUNS = frozenset({"city", "town", "village", "port", "capital", "township"})
# the state's own bodies as backers of an irregular force ("government-backed militias")
STATE_BACKERS = frozenset({"government", "state", "regime", "army", "military"})
BACKED = frozenset({"backed", "sponsored", "supported", "funded", "financed", "armed", "trained", "allied",
                    "aligned", "installed", "appointed", "imposed"})
# Peoples spread over several states: after a state's adjective or name they are that
# state's people ("Bosnian Serbs", "Kosovo Albanians"), not the state their name comes from.
# ("Turkish Cypriots", "Iranian Americans" name the second state: not in this list.)
ETHNIC = frozenset({
    "serb", "serbs", "croat", "croats", "albanian", "albanians", "hungarian", "hungarians", "turk", "turks",
    "armenian", "armenians", "somali", "somalis", "russian", "russians", "azeri", "azeris", "uzbek", "uzbeks",
    "tajik", "tajiks", "bosniak", "bosniaks", "macedonian", "macedonians", "greek", "greeks",
})
# "Ecuadorean Indians", "Fijian Indians": the native peoples of the Americas, or people of
# Indian descent, named with the state they live in are that state's (not India's)
NATIVE_PEOPLES = frozenset({"indians"})
# the roles a seat word of one state keeps when another state's adjective names its own
SEAT_ROLES = frozenset({"GOV", "LEG", "JUD", "SPY"})  # (SPY: the KGBs of the Soviet republics)
# a dotted abbreviation fused with a hyphened word by the tokenizer ("U.S.-led"), and the words
# after which the abbreviation's actor is the actor of the phrase
_FUSED = re.compile(r"^((?:[A-Z]\.){2,})[-–]([A-Za-z]+)$")
FUSED_SAME_ACTOR = frozenset({"led", "based", "owned"})  # (round 30: "a U.S.-owned company" is a US firm)
# roles of movements with branches in several states ("the Jordanian Muslim Brotherhood")
BRANCH_ROLES = frozenset({"OPP", "PTY", "REB", "RAD"})
# peoples with no state of their own, as plural nouns ("Iraqi Kurds")
STATELESS_PEOPLES = frozenset({
    "kurds", "tamils", "uighurs", "uyghurs", "hutus", "tutsis", "pashtuns", "hazaras", "rohingya", "rohingyas",
    "berbers", "bedouins", "druze", "copts", "yazidis", "baluchis", "balochs", "chechens", "kashmiris", "karens",
    "tuaregs", "sahrawis", "roma",
})
# words for a part of a place between a preposition and its name ("in northern Iraq")
COMPASS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "northeast", "northwest", "southeast", "southwest", "rural", "coastal",
})

ARTICLES = frozenset({"the", "a", "an"})
# words after a country's adjective that make it a paper ("the Israeli daily Haaretz")
PRESS_WORDS = frozenset({"daily", "weekly", "dailies", "weeklies"})
# words after a place's name that make it a broadcaster ("Baghdad radio", "Kabul television")
BROADCAST = frozenset({"radio", "television", "tv"})
# a US party's words before a legislator word ("Republican senators", "Democratic lawmakers")
US_PARTY_WORDS = frozenset({"Republican", "Republicans", "Democrat", "Democrats", "Democratic"})
# roles of forces that may be "loyal to" a leader, and the leaders' roles the forces then share
FORCE_SECTORS = frozenset({"MIL", "COP", "UAF", "REB"})
# the words that tie people to their leader: "loyal to" (forces only), "led by", "headed by",
# and "of" after a supporters' word (the last)
BY_LEADER = (["loyal", "to"], ["led", "by"], ["headed", "by"], ["of"])
SUPPORTER_WORDS = frozenset({"supporter", "supporters", "follower", "followers"})
ARMED_SIDES = frozenset({"REB", "UAF", "SEP", "INS"})
OPPOSING_SIDES = ARMED_SIDES | {"OPP"}  # armed sides and the opposition
# a side's agents abroad or at talks: after a side's word they are that side's ("rebel envoys")
SIDE_AGENT_WORDS = frozenset({"envoy", "envoys", "negotiator", "negotiators", "diplomat", "diplomats", "ambassador",
                              "ambassadors", "emissary", "emissaries", "delegate", "delegates", "representative",
                              "representatives"})
# the sectors of bodies a generic head may lead ("chief of the army", "head of intelligence")
HEADED_BODIES = frozenset({"MIL", "COP", "SPY", "JUD", "LEG", "REB", "UAF", "OPP"})
# a ministry of a field that names a sector of its own is the government's office for it (not a
# faith: "Sunni ministers" are ministers of a faith, and religious affairs ministries have rows)
MINISTRY_WORDS = frozenset({"minister", "ministers", "ministry", "ministries"})
PORTFOLIO_SECTORS = frozenset({"BUS", "AGR", "EDU", "HLH", "LAB", "ENV", "MED", "MIL", "COP", "JUD", "DEV",
                               "HRI", "SPY"})
# faiths named as adjectives, which before a generic title of an office qualify its holders
# ("Sunni ministers" GOV) ...
FAITH_WORDS = frozenset({"sunni", "shiite", "shia", "shi'ite", "shi'a", "muslim", "moslem", "hindu", "sikh", "jewish",
                         "buddhist", "christian", "catholic", "protestant", "druze", "alawite", "maronite", "coptic"})
# ... but before these name the faith's own people ("Sunni leaders", "the Shiite leadership") ...
FAITH_HEADS = frozenset({"leader", "leaders", "leadership", "head", "heads", "chief", "chiefs"})
# ... and a church's ministers are its clergy ("Protestant ministers")
CHURCH_WORDS = frozenset({"christian", "catholic", "protestant", "coptic", "maronite"})
OFFICE_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD"})
# the state's officers, who may be "in" a part of the state named by a possessive ("officials in
# Nigeria's Delta state")
STATE_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY"})
# words of forces and weapons that are also names of cars, people and clubs ("Corvette",
# "Garrison", "Gunners"): capitalised alone they are names (``name_like_word``)
NAME_LIKE_SECTORS = frozenset({"garrison", "garrisons", "corvette", "corvettes", "gunner", "gunners", "cruiser",
                               "cruisers", "frigate", "destroyer"})
# an official of another state in the same office: "his counterpart in Moscow" is where they
# met, not whose the counterpart is
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
# the possessives that point a counterpart back to its owner ("its Chilean counterpart")
COUNTERPART_OWNERS = frozenset({"its", "his", "her", "their"})
# a state's officials sent to another state or an international body
ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives",
                    "delegate", "delegates", "delegation", "emissary", "mission", "missions"})
# diplomats "in" a capital are most often other states' accredited there ("diplomats in Kabul
# said"): the place is where they serve, not whose they are
POSTED_WORDS = frozenset({"diplomat", "diplomats"})
IMMIGRANT_WORDS = frozenset({"immigrants", "immigrant", "emigres", "émigrés", "emigrants", "newcomers"})
# round 28: people named by the language they speak ("Russian speakers", "French speakers")
SPEAKER_WORDS = frozenset({"speakers"})
# round 24: people named as being from elsewhere are not of the place they are "in" ("foreign
# journalists in Baghdad"), nor are refugees ("refugees in Tanzania" fled another state)
ABROAD_WORDS = frozenset({"foreign", "expatriate", "expat", "overseas", "visiting", "exiled"})
# capitalised sector words that end the names of organisations as well as naming a state's body
# or a labour union: "the Arakan Army", "the Islamic Courts Union"
ORG_HEADS = frozenset({"army", "militia", "union"})
# words of the names of states' own armies and of unions, which alone make no other body's name:
# "the Territorial Army", "the National Union of Mineworkers", "the Red Army"
GENERIC_NAME_WORDS = frozenset({
    "national", "royal", "federal", "central", "imperial", "regular", "territorial", "red", "continental",
    "people", "people's", "popular", "republican", "presidential", "state", "standing", "grand", "armed",
    "general", "united", "home", "new", "arab", "the", "and", "of", "'s", "’s", "'", "’",
    "northern", "southern", "eastern", "western", "north", "south", "east", "west",
    # the numbered armies of a state ("the Iraqi Third Army")
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
})
# the plural endings of occupations ("Teachers", "Mineworkers", "Journalists", "Employees",
# "Railwaymen"): a union named with one is a labour union
OCCUPATION_ENDINGS = ("ers", "ists", "ees", "ants", "ians", "men", "workers")
# words of trades and services that name labour unions too ("the General Mining Union", "the
# Merchant Marine Union", "the Trades Union Congress")
TRADE_WORDS = frozenset({"trade", "trades", "mining", "marine", "service", "services", "transport", "teaching",
                         "nursing", "labour", "labor", "industrial", "railway", "postal"})
# words between a people and the place they live in
RESIDING = frozenset({"living", "residing", "in", "inside", "of", "-", "–", "occupied", "controlled", "held", "administered"})
NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
                     "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "several", "some",
                     "many", "scores", "few", "numerous", "tens"})
# Roles that a place does not confer on the people in it ("troops in Syria" are not Syria's).
# A capital after one of these is a place ("talks in Moscow"), not its government.
PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "around", "across", "through", "via",
                         "toward", "towards", "inside", "of", "between", "over", "off"})


# A town after these is the place where its people are ("a curfew in Nairobi"), and so is a
# capital, which elsewhere may stand for its government.
TOWN_PREPS = frozenset({"in", "inside", "near", "outside", "around", "across", "throughout", "within", "at"})
# places of daily life: their people are there ("a market in Kabul", "a school near Kyiv")
CIVIC_PLACES = frozenset({"market", "markets", "park", "parks", "school", "schools", "hospital", "hospitals", "mosque",
                          "mosques", "church", "churches", "street", "streets", "neighbourhood", "neighborhood",
                          "neighbourhoods", "neighborhoods", "suburb", "suburbs", "district", "districts", "cafe",
                          "café", "restaurant", "hotel", "mall", "square", "bazaar", "shop", "shops", "home", "homes",
                          "house", "houses", "residents", "bus", "station", "university", "stadium", "wedding"})
# a capital after these is a party, its government ("talks with Tehran", "sanctions against Moscow")
PARTNER_PREPS = frozenset({"with", "against", "on", "upon"})
# ... but after these, a town is where someone goes or comes from, a place and no party
ROUTE_PREPS = frozenset({"to", "from", "into", "via", "toward", "towards", "through"})
# stems of words of a visit or journey: the town after them (or after their "in") is where
# someone goes ("visited Lviv", "arrived in Kharkiv"), not its people
VISIT = ("visit", "arriv", "travel", "flew", "fly", "flies", "landed", "return", "tour", "stopover", "trip")
# ... and of leaving or reaching: a capital as their object is the place ("fled Jakarta",
# "reached Kabul"), not its government ("urged Moscow")
MOTION = ("fled", "flee", "left", "leav", "reach", "enter", "escap", "depart")
# stems of words of attack, siege and capture: the town they fall on is its people ("shelled
# Kharkiv", "the siege of Sarajevo", "rocket attacks on Tel Aviv", "the capture of Kabul")
ATTACK = ("attack", "shell", "bomb", "strike", "struck", "raid", "blockad", "besieg", "siege", "storm", "captur",
          "seiz", "occup", "invad", "invasion", "encircl", "surround", "overr", "retak", "recaptur", "assault",
          "offensive", "rocket", "missile", "pound", "fire", "fired", "advanc")
# ... and violence or restrictions that fall on the people of a place ("clashes in Kabul",
# "a curfew in Nairobi")
VIOLENCE = ("fight", "clash", "violen", "unrest", "curfew", "explo", "blast", "riot", "battle", "kill", "gunfire",
            "lockdown", "martial", "bombing", "shooting")
# ... directly, or through these ("attacks on", "the siege of", "advanced towards")
AIMED = frozenset({"on", "against", "at", "of", "toward", "towards", "into", "upon"})


@dataclass(frozen=True, slots=True)
class TokenMatch:
    """A coded actor over token positions [start, end).

    ``kind``: ``name`` (a named actor, possibly with its sector), ``people`` (a demonym:
    "Iranians"), ``person``, ``agent`` (a sector word with no country, only with
    ``agents=True``) or ``group`` (one member of a coordinated mention that shares its span
    with the others); with ``agents=True`` also ``dateline``, a place a report was filed from
    ("LONDON, June 2 -"), which no mention is made of but says what the document is about."""

    start: int
    end: int
    actor: Actor
    kind: str = "name"
    title: bool = False  # a person named with a title, or a titled agent ("the president")


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What a document says about where it is, for the second readings of ambiguous place names
    (readings.csv): the countries its unambiguous names name, and its words, lower-cased and
    joined with single spaces (with a space at each end)."""

    countries: frozenset[str]
    text: str


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    entry: Entry
    entries: list[Entry]


# the words of a government a party or movement forms ("the Likud government")
RULING_WORDS = frozenset({"government", "administration", "cabinet", "regime", "junta"})
# ... and the words of one not (yet) formed
UNFORMED = frozenset({"future", "next", "prospective", "possible", "potential", "would-be", "hypothetical"})


def _pieces(words: list[str], lowers: list[str], day: date | None, lex: Lexicon) -> list[_Piece]:
    out: list[_Piece] = []
    i, n = 0, len(words)
    starts, starts_lower = lex.starts, lex.starts_lower
    while i < n:
        w = words[i]
        if ".-" in w:
            fused = _fused_abbreviation(w, day, lex)
            if fused is not None:
                out.append(_Piece(i, i + 1, fused.entry, fused.entries))
                i += 1
                continue
        if w not in starts and lowers[i] not in starts_lower and w.isascii() and not w.isupper():
            i += 1  # no key starts with the word (Lexicon.longest_at would say 0): most words
            continue
        hit = _longest_piece(words, lowers, i, day, lex)
        if hit and lowers[i] in ARTICLES and hit.end - i > 1:
            # "The Sudan People's Liberation Army": a name with its article ("The Sudan") gives
            # way to a longer name that starts after the article; so do a collective region and
            # an organisation ("the West Nile Bank Front" is no "the West", "the UN Development
            # Programme" no "the UN")
            longer = (_longest_piece(words, lowers, i + 1, day, lex)
                      if hit.entry.kind in ("country", "region", "igo") else None)
            if longer is not None and longer.end > hit.end and longer.entry.kind in ("group", "igo"):
                hit = longer
        if i + 3 < n and words[i + 1] in ("-", "–") and (hit is None or hit.end <= i + 3):
            hit = _hyphened_given_names(words, lowers, i, day, lex) or hit
        if hit and hit.entry.kind == "sector" and (_inside_modifier(lowers, hit) or _name_possessor(words, lowers, hit, day, lex)):
            i = hit.end
        elif hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    if any(w in CONJ for w in lowers):
        out = _shared_head_pieces(out, words, lowers, day, lex)
    out = _misspelt_people(out, words, day, lex)
    if any(w in HONORIFIC_WORDS for w in words):
        out = _honorific_people(out, words, day, lex)
    return out


def _fused_abbreviation(word: str, day: date | None, lex: Lexicon) -> _Piece | None:
    """The tokenizer keeps a dotted abbreviation and what is hyphened to it as one word
    ("U.S.-led", "U.N.-based"); with "-led" or "-based" the abbreviation's state or organisation
    is the actor, as "US-led forces" is (a backer, "U.S.-backed", is not: left alone)."""
    m = _FUSED.match(word)
    if m is None or m.group(2).lower() not in FUSED_SAME_ACTOR:
        return None
    hit = _longest_piece([m.group(1)], [m.group(1).lower()], 0, day, lex)
    if hit is None or hit.end != 1 or hit.entry.kind not in ("country", "igo"):
        return None
    return hit


def _hyphened_given_names(words: list[str], lowers: list[str], i: int, day: date | None, lex: Lexicon) -> _Piece | None:
    """ "Ange-Felix Patasse", "Jean-Baptiste Bagaza": two given names joined by a hyphen, of a
    person the dictionary writes with a space ("Ange Felix Patasse")."""
    if not (words[i].isalpha() and words[i + 2].isalpha() and words[i][:1].isupper() and words[i + 2][:1].isupper()):
        return None
    view = [words[i], *words[i + 2 :]]
    hit = _longest_piece(view, [lowers[i], *lowers[i + 2 :]], 0, day, lex)
    if hit is None or hit.entry.kind != "person" or hit.end < 3:
        return None
    return _Piece(i, i + 1 + hit.end, hit.entry, hit.entries)


# a noun before "tank" that makes it a container, not armour ("oil tanks", "a fuel tank")
STORE_WORDS = frozenset({"oil", "fuel", "water", "storage", "septic", "gas", "petrol", "gasoline", "diesel", "fish",
                         "holding", "ballast", "chemical", "propane", "sewage"})
TANK_WORDS = frozenset({"tank", "tanks"})


def _inside_modifier(lowers: list[str], hit: _Piece) -> bool:
    """A sector word that is part of a modifier, not a body: the second half of a stance
    compound ("Iraqi anti-government rebels" are rebels, not the government) or a tank that
    holds something ("Iraqi oil tanks")."""
    i = hit.start
    if i >= 2 and lowers[i - 1] in ("-", "–") and lowers[i - 2] in STANCE:
        return True
    return i >= 1 and lowers[i] in TANK_WORDS and lowers[i - 1] in STORE_WORDS


def _name_possessor(words: list[str], lowers: list[str], hit: _Piece, day: date | None, lex: Lexicon) -> bool:
    """ "People's" inside a body's name ("the Kenya People's Front", "the People's Alliance"):
    a capitalised word of the people with a possessive and a capitalised word after it names
    whose the body is, not the people themselves. Kept when a sector word heads the name ("the
    People's Party": ``Builder.named_possessor`` lets the head decide)."""
    e = hit.end
    if not (hit.entry.sector == "CVL" and words[hit.start][:1].isupper() and e + 1 < len(words)
            and words[e] in POSSESSIVE and words[e + 1][:1].isupper()):
        return False
    k = e + 1
    while k < len(words) and k - e <= 3 and words[k][:1].isupper():
        head = _longest_piece(words, lowers, k, day, lex)
        if head is not None and head.entry.kind == "sector":
            return False
        k += 1
    return True


# words before an armed group that place it in a part of its country ("southern rebels")
REGION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                               "southeastern", "southwestern"})
# words before an office or body that make it a province's or a region's ("a provincial governor")
SUBNATIONAL = frozenset({"provincial", "regional", "district", "municipal"})
# the first word of a place's name that two names may share the rest of ("North and South Korea")
SIDE_WORDS = frozenset({"North", "South", "East", "West"})


def _shared_head_pieces(pieces: list[_Piece], words: list[str], lowers: list[str], day: date | None,
                        lex: Lexicon) -> list[_Piece]:
    """"North and South Korea", "East and West Germany": the first side word stands for a
    name of its own, the second name's words after its side word ("North Korea"), if the
    dictionary knows that name."""
    taken = {k for p in pieces for k in range(p.start, p.end)}
    out = list(pieces)
    for p in pieces:
        i = p.start
        if (p.end - i < 2 or words[i] not in SIDE_WORDS or i < 2 or lowers[i - 1] not in CONJ
                or words[i - 2] not in SIDE_WORDS or words[i - 2] == words[i] or i - 2 in taken):
            continue
        name = [words[i - 2], *words[i + 1 : p.end]]
        hit = _longest_piece(name, [w.lower() for w in name], 0, day, lex)
        if hit is not None and hit.end == len(name):
            out.append(_Piece(i - 2, i - 1, hit.entry, hit.entries))
    return sorted(out, key=lambda x: x.start)


def _longest_piece(words: list[str], lowers: list[str], i: int, day: date | None, lex: Lexicon) -> _Piece | None:
    """The longest entry of the lexicon that starts at word ``i`` and holds on ``day``."""
    for size in range(lex.longest_at(words, lowers, i), 0, -1):
        entries = lex.lookup(tuple(words[i : i + size]), tuple(lowers[i : i + size]))
        if entries:
            entry = _pick(entries, day)
            if entry is not None:
                return _Piece(i, i + size, entry, entries)
    return None


def _misspelt_people(pieces: list[_Piece], words: list[str], day: date | None, lex: Lexicon) -> list[_Piece]:
    """After a title ("President Laurent Gbago"), capitalised words that name nobody but
    are one slip from exactly one known person's name are that person."""
    out: list[_Piece] = []
    for k, piece in enumerate(pieces):
        out.append(piece)
        entry = piece.entry
        if entry.kind != "sector" or entry.sector[:3] not in ("GOV", "MIL", "JUD", "LEG") or not _singular_title(words[piece.end - 1].lower()):
            continue
        stop = pieces[k + 1].start if k + 1 < len(pieces) else len(words)
        end = piece.end
        while end < stop and end - piece.end < 4 and words[end][:1].isupper() and words[end].isalpha():
            end += 1
        if end < stop and words[end][:1].isupper():
            continue
        run = words[piece.end : end]
        title = " ".join(words[piece.start : piece.end]).lower()
        if run and title in ROYAL_TITLES:
            # "King Abdullah", "Crown Prince Abdullah", "Emir Sheikh Sabah": a monarch's or a
            # prince's given name, not a surname
            holder = _given_holder(run, title, _country_before(pieces, k, words, piece.start), day, lex)
            if holder is not None:
                out.append(_Piece(piece.end, end, holder, [holder]))
                continue
        if run and (len(run) == 1 or (len(run) == 2 and run[0].lower() in RUN_TITLES)):
            # "Deputy Secretary Hicks", "Prime Minister May": a surname after a title is the
            # one person of that name holding the office the title names on the day
            holder = _title_holder(lex.surname_in_office(run[-1], day), words[piece.start : end - 1])
            if holder is not None and not lex.lookup(tuple(run[-1:])):
                out.append(_Piece(piece.end, end, holder, [holder]))
                continue
        if end - piece.end < 2:
            continue
        entries = lex.near_person(tuple(words[piece.end : end]))
        chosen = _pick(entries, day) if entries else None
        if chosen is not None and not _other_country_near(pieces, k, words, end, chosen.country):
            out.append(_Piece(piece.end, end, chosen, entries))
    return out


def _other_country_near(pieces: list[_Piece], k: int, words: list[str], end: int, country: str | None) -> bool:
    """A country's name or adjective right before the title (piece ``k``) or just after the
    name ending at ``end`` (", the Kenyan army chief", "of Argentina's court") that is not
    ``country``: a slip-matched name is then another person of that country ("Lt. Gen. Peter
    Mwangi, the Kenyan army chief" is no slip of a Malawian officer's name)."""
    before = _country_before(pieces, k, words, pieces[k].start)
    if before is not None:
        return before != country
    for piece in pieces[k + 1 :]:
        if piece.start < end:
            continue
        gap = [w.lower() for w in words[end : piece.start]]
        if len(gap) > 3 or not all(w in (",", "of", "the", "a", "an", "from", "'s") for w in gap):
            return False
        kind = piece.entry.kind
        return kind in ("country", "adjective", "capital") and bool(piece.entry.country) and piece.entry.country != country
    return False


# titles of monarchs and heirs, and the words of the offices in people.csv they fit ("King"
# a King or a Monarch); after one, a name is a given name: "King Abdullah", "Emir Sabah"
ROYAL_TITLES = {
    "king": ("king", "monarch"), "queen": ("queen", "monarch"), "monarch": ("king", "queen", "monarch"),
    "emir": ("emir", "amir"), "amir": ("emir", "amir"), "sultan": ("sultan",), "crown prince": ("crown prince",),
}
# honorifics of royal families, held whatever the office ("Prince Saud" the foreign minister,
# "Sheikh Sabah"): they fit the people whose names in people.csv carry them, or whose office does
ROYAL_HONORIFICS = frozenset({"prince", "princess", "sheikh", "sheikha"})
# lower-case particles inside Arabic names: a given name followed by one is part of a longer name
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ould"})
HONORIFIC_WORDS = frozenset({"Prince", "Princess", "Sheikh", "Sheikha", "PRINCE", "PRINCESS", "SHEIKH", "SHEIKHA"})
REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def _country_before(pieces: list[_Piece], k: int, words: list[str], start: int) -> str | None:
    """The country of a place's name or adjective, piece ``k - 1``, right before word ``start``
    ("Saudi Crown Prince", "Jordan's King", "Kuwait's Sheikh"), else None."""
    if k == 0:
        return None
    prev = pieces[k - 1]
    if prev.entry.kind in PLACE_KINDS and prev.entry.country and words[prev.end : start] in ([], ["'s"], ["’s"]):
        return prev.entry.country
    return None


def _office_fits(role: str | None, words: tuple[str, ...]) -> bool:
    text = f" {(role or '').lower()} "
    return any(f" {w} " in text for w in words)


def _given_holder(run: list[str], title: str, country: str | None, day: date | None, lex: Lexicon) -> Entry | None:
    """The one person in office on ``day`` whom a royal title or honorific and a given name
    ("King Abdullah", "Sheikh Sabah", "King Abdullah II") name: of that given name, holding an
    office the title fits (a country's own title before it: of that country), or for an
    honorific carrying it in a name or an office. A regnal number must be in one of the names
    ("King Abdullah I" is not Abdullah II). None unless exactly one person fits: in 2010
    "King Abdullah" is two kings, Jordan's and Saudi Arabia's."""
    names = run[1:] if len(run) > 1 and run[0].lower() in ROYAL_HONORIFICS else run  # "Emir Sheikh Sabah"
    if not names or len(names) > 2 or (len(names) == 2 and not REGNAL_NUMBER.fullmatch(names[1])):
        return None
    terms = [e for e in lex.given_name_in_office(names[0], day) if country is None or e.country == country]
    if title in ROYAL_TITLES:
        fits = [e for e in terms if _office_fits(e.role, ROYAL_TITLES[title])]
    else:
        fits = [e for e in terms if _office_fits(e.role, (title,))
                or any(_carries(form, title) for form in lex.person_forms.get(e.entity, ()))]
    if len(names) == 2:
        regnal = " ".join(names)
        fits = [e for e in fits if any(f" {regnal} " in f" {form} " for form in lex.person_forms.get(e.entity, ()))]
    return fits[0] if len({e.entity for e in fits}) == 1 else None


def _carries(form: str, honorific: str) -> bool:
    """Whether a name form starts with titles that include ``honorific`` ("Crown Prince
    Mohammed bin Salman" carries "prince")."""
    for word in form.lower().split():
        if word == honorific:
            return True
        if word not in NAME_TITLES:
            return False
    return False


def _honorific_people(pieces: list[_Piece], words: list[str], day: date | None, lex: Lexicon) -> list[_Piece]:
    """"Sheikh Sabah", "Prince Saud": an honorific of a royal family and a given name that no
    entry covers are the one person of people.csv that fits them on the day (``_given_holder``).
    Not after a title ("Emir Sheikh Sabah": the title's rule reads it)."""
    out = list(pieces)
    k = 0
    for i, w in enumerate(words):
        if w not in HONORIFIC_WORDS:
            continue
        while k < len(pieces) and pieces[k].end <= i:
            k += 1
        if k < len(pieces) and pieces[k].start <= i:
            continue  # inside a name ("Prince Sultan", "Sheikh Hasina")
        if k > 0 and pieces[k - 1].end == i and pieces[k - 1].entry.kind == "sector":
            continue
        stop = pieces[k].start if k < len(pieces) else len(words)
        end = i + 1
        while end < stop and end - i <= 3 and words[end][:1].isupper() and words[end].isalpha():
            end += 1
        if end == i + 1 or (end < stop and (words[end][:1].isupper() or _name_particle(words[end]))):
            continue  # (a longer name: "Sheikh Ahmed al-Kubaisi" is not "Sheikh Ahmed")
        holder = _given_holder(words[i + 1 : end], w.lower(), _country_before(pieces, k, words, i), day, lex)
        if holder is not None:
            out.append(_Piece(i, end, holder, [holder]))
    out.sort(key=lambda x: x.start)
    return out


def _name_particle(word: str) -> bool:
    """A lower-case particle that carries an Arabic name on ("al-Kubaisi", "bin Zayed")."""
    low = word.lower()
    return low in NAME_PARTICLES or low.startswith(("al-", "el-"))


def _title_holder(terms: list[Entry], title: list[str]) -> Entry | None:
    """Of the office holders of one surname, the one whose office the title names: the whole
    title in the office's name ("prime minister", not "chief minister of Punjab"), else its
    last word ("Defense Secretary" for "Secretary of Defense"); None unless one person."""
    title_text = " ".join(title).lower()
    for test in (title_text, title_text.rsplit(" ", 1)[-1]):
        found = [e for e in terms if test and test in (e.role or "").lower()]
        if len({e.entity for e in found}) == 1:
            return found[0]
        if found:
            return None
    if title_text in HEAD_TITLES:
        # round 26: "President Kabbah", "Prime Minister Chretien": a leader whose terms the
        # dictionary knows with no office named (people_phoenix.csv), when the day's government
        # holds one person of that surname and no office of people.csv took the title
        found = [e for e in terms if not e.role and (e.sector or "").startswith("GOV")]
        if len({e.entity for e in found}) == 1 and len({e.entity for e in terms}) == 1:
            return found[0]
    return None


# titles of a head of state or government, which a government's one holder of a surname bears
HEAD_TITLES = frozenset({"president", "prime minister", "premier", "chancellor"})


def _pick(entries: list[Entry], day: date | None) -> Entry | None:
    """The entry to use: a name (in force on ``day`` when dated) over a person over a sector
    word; a person out of office on ``day`` is kept with the country only. A name of no actor
    (not_actors.csv: "Real Madrid") is returned as it is, and the builder skips it."""
    nothing = [e for e in entries if e.kind == "none"]
    if nothing:
        return nothing[0]
    names = [e for e in entries if e.kind in NAME_KINDS]
    if names:
        undated = [e for e in names if not e.dated]
        valid = [e for e in names if e.dated and e.valid_on(day)]
        if valid:
            return valid[0]
        if undated:
            return undated[0]
        # a dated name outside its dates: the latest role it had before the day
        before = [e for e in names if day is None or (e.valid_from or date.min) <= day]
        return max(before or names, key=lambda e: e.valid_from or date.min)
    people = [e for e in entries if e.kind == "person"]
    if people:
        valid = _head_office_first([e for e in people if e.valid_on(day)])
        if valid:
            return valid[0]
        before = [e for e in people if day is None or (e.valid_from or date.min) <= day] or people
        latest = max(before, key=lambda e: (e.country is not None, e.valid_from or date.min))
        if latest.country is None:
            national = [e for e in people if e.country]
            if not national:
                return None
            latest = max(national, key=lambda e: e.valid_from or date.min)
        return Entry("person", latest.country or "", latest.country, None, latest.entity, role=None)
    sectors = [e for e in entries if e.kind == "sector"]
    return sectors[0] if sectors else None


def _head_office_first(terms: list[Entry]) -> list[Entry]:
    """Concurrent terms of one person, the plain government office first: a president who
    stays army chief (Musharraf in 2003), a prime minister who keeps defence (Barak in 2000) is
    named for the government, as the news names them; otherwise the dictionary's order."""
    return sorted(terms, key=lambda e: e.sector != "GOV")


def latest_office(people: list[Entry], day: date | None) -> Entry | None:
    """Of one person's entries, the office held last before ``day`` (None: ever): the one that
    ended latest, an open one first; None when none names a country and sector."""
    held = [e for e in people if e.country and e.sector and (day is None or (e.valid_from or date.min) <= day)]
    if not held:
        return None
    return max(held, key=lambda e: (e.valid_to or date.max, e.valid_from or date.min))


def office_of(actor: Actor | None, *, day: date | None = None) -> Entry | None:
    """The dictionary term behind a person's code, for showing its dates (``diplograph actor``):
    the term with the actor's country and sector in force on ``day`` (None: open now), else
    the latest one held before it; None for no person or a code with no office."""
    if actor is None or not actor.sector:
        return None
    terms = [e for e in lexicon().people.get(actor.entity or "", []) if e.country == actor.country and e.sector == actor.sector]
    return next((e for e in terms if e.valid_on(day)), None) or latest_office(terms, day)


def _ship_prefix(word: str, entry) -> bool:
    """A navy's ship prefix in seats.csv ("USS", "HMS"): one upper-case word naming a navy."""
    return word.isupper() and entry.entity.endswith("Navy")


def _is_modifier(word: str, tag: str | None) -> bool:
    if tag is not None:
        return tag == "ADJ" and _lower_word(word) or word.lower() in FORMER
    from spacy.lang.en.stop_words import STOP_WORDS

    # ("top" is one of spaCy's stop words, but a rank in "Britain's top diplomat")
    return _lower_word(word) and (word not in STOP_WORDS or word == "top")


def _lower_word(word: str) -> bool:
    """A lower-case word, or lower-case words joined by hyphens ("state-run")."""
    return word.replace("-", "").isalpha() and word.islower() and not word.startswith("-") and not word.endswith("-")


# nationalities whose adjective is also their plural noun ("the French", "three Swiss"), besides
# those in -ese ("Sudanese", "East Timorese")
SAME_PLURAL_PEOPLES = frozenset({"swiss", "french", "dutch", "british", "irish", "spanish", "welsh", "scottish"})
# the model names of aircraft, tanks and ships: letters, a hyphen, a number ("Su-27", "MiG-21",
# "F-16C", "T-72"), written between a state's name and the craft's word
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,3}$")


def _joinable(gap: list[str], tags: list[str | None], *, nouns: bool = False) -> bool:
    """Words allowed between a name and its sector: nothing, a possessive, one or two
    modifiers ("Russian naval forces", "Iran's elite military", "Poland's current interior"),
    one capitalised word that names no actor ("Turkish Kurd refugees"), a craft's model name
    ("a Russian Su-27 fighter"), and after a possessive or an
    adjective (``nouns``) a noun modifier ("French paper workers"; not "Iran supplies drones")."""
    pairs = [(w, t) for w, t in zip(gap, tags) if w.strip()]
    if not pairs:
        return True
    k = 1 if pairs[0][0] in POSSESSIVE else 0
    nouns = nouns or k == 1  # "Serbia's war crimes prosecutor": nouns after a possessive modify its head
    rest = _hyphen_compounds(pairs[k:])
    if len(rest) == 1 and rest[0][0][:1].isupper() and rest[0][0].isalpha() and rest[0][1] in (None, "ADJ", "PROPN"):
        return True
    if len(rest) == 1 and MODEL_DESIGNATION.match(rest[0][0]):
        return True  # "a Russian Su-27 fighter", "Iraqi T-72 tanks": a model's name says which craft
    if rest and rest[0][0] in ("-", "–") and len(rest) == 2 and rest[1][0].lower() in FUSED_SAME_ACTOR:
        return True  # "Saudi-led coalition", "a London-based rights group", "British-owned firms" (not "Iranian-backed")
    return len(rest) <= 2 and all(_is_modifier(w, t) or (nouns and t == "NOUN" and w.isalpha() and w.islower()) for w, t in rest)


def _hyphen_compounds(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Lower-case words joined by hyphens as one modifier ("Indian state-run oil companies",
    "Chinese state-owned firms", "Iraqi anti-government rebels"); capitalised parts stay apart
    ("Iranian-backed" names a backer, see ``backer_after``)."""
    out: list[tuple[str, str | None]] = []
    k = 0
    while k < len(pairs):
        w, t = pairs[k]
        while (k + 2 < len(pairs) and pairs[k + 1][0] in ("-", "–") and w.replace("-", "").isalpha() and w.islower()
               and pairs[k + 2][0].isalpha() and pairs[k + 2][0].islower()):
            w, t = f"{w}-{pairs[k + 2][0]}", "ADJ" if t is not None else None
            k += 2
        out.append((w, t))
        k += 1
    return out


def _portfolio(gap: list[str], *, lower: bool = False) -> bool:
    """Two to five capitalised words, "and" or "&" among them, that name a portfolio
    between a country and a title ("Roads and Urban Development", "Trade and Industry"; after
    a possessive too: "Kenya's Trade and Industry Minister"). With ``lower``, lower-case words
    instead ("the oil and gas ministry"): the caller checks that a ministry word follows."""
    words = [w for w in gap if w.strip()]
    if words and words[0] in POSSESSIVE:
        words = words[1:]
    if lower:
        return (2 <= len(words) <= 6 and words[0].islower() and ("and" in words or "&" in words)
                and all((w.isalpha() and w.islower()) or w in ("&", ",") for w in words))
    return (2 <= len(words) <= 5 and words[0][:1].isupper()
            and all((w[:1].isupper() and w.isalpha()) or w in ("and", "&", ",") for w in words))


class _Builder:
    """One pass over the pieces of a token sequence."""

    def __init__(self, words, lowers, spaces, pos, ents, day, lex, agents, deps=None, context=None, strict=True,
                 heads=None):
        self.words, self.lowers, self.spaces, self.pos, self.ents = words, lowers, spaces, pos, ents
        self.deps = deps
        self.heads = heads  # each word's head's position in the parse, when there is one
        self.day, self.lex, self.agents = day, lex, agents
        self.strict = strict
        self.context: PlaceContext | None = context
        self.pieces = _pieces(words, lowers, day, lex)
        self.out: list[TokenMatch] = []
        self._inside_other_names()
        self._waters()
        self._things_named_after_places()
        self._ships()
        self._datelines()
        self._descent()
        self._inside_people()
        self._namesakes()
        self._verbs()
        self._misspelt_places()
        self._second_readings()
        self._qualified_towns()
        self._adjective_sectors()
        self._sector_readings()
        self._state_peoples()
        self._arab_governments()
        self._seats_of_another_state()
        self._branches_of_movements()

    def _inside_other_names(self) -> None:
        """A place of the long Phoenix list next to a capitalised word that names nothing is
        part of another name ("Credit Suisse", "Piedmont Aviation"): not a place."""
        from spacy.lang.en.stop_words import STOP_WORDS

        covered = {i for x in self.pieces for i in range(x.start, x.end)}

        def bare_name(i: int) -> bool:
            w = self.words[i] if 0 <= i < len(self.words) else ""
            return (w[:1].isupper() and w.isalpha() and i not in covered and w.lower() not in STOP_WORDS
                    and not w.isupper())

        self.pieces = [x for x in self.pieces if x.entry.source != "places_phoenix.csv"
                       or not (bare_name(x.start - 1) or bare_name(x.end))]

    def _waters(self) -> None:
        """A place's name in the name of a sea, gulf or strait ("the South China Sea", "the Indian
        Ocean", "the Gulf of Mexico", "the Strait of Hormuz") names water, not the state; before
        "Street", "Road" ... ("Grenada Street") a street."""
        starts = {x.start for x in self.pieces}

        def water(k: int) -> bool:
            x = self.pieces[k]
            if x.entry.kind not in PLACE_KINDS:
                return False
            if x.end < len(self.words) and (self.words[x.end] in WATERS or self.words[x.end] in STREETS):
                return True  # "the South China Sea", "Grenada Street"
            if (x.entry.kind == "region" and x.entry.role != "adjective" and x.end < len(self.words)
                    and self.words[x.end][:1].isupper() and self.words[x.end].isalpha() and x.end not in starts):
                return True  # "the West Coast Main Line", "the Caribbean Development Bank": a longer name
            if x.start >= 1 and self.words[x.start - 1] in ("Lake", "River"):
                return True  # "Lake Chad"
            return x.start >= 2 and self.words[x.start - 1] == "of" and self.words[x.start - 2] in WATERS
        self.pieces = [x for k, x in enumerate(self.pieces) if not water(k)]

    def _things_named_after_places(self) -> None:
        """A town's name in the name of a treaty or of a building names neither the town nor its
        state: "the Paris Agreement", "the Kyoto Protocol", "the Minsk agreements", "the Warsaw
        Pact" (a town that hosted the signing), "the Palestine Hotel", "dinner at the Savoy" (a
        hotel or venue: a place of the long Phoenix list after "at the", which towns do not take).
        Nor does a place's name in a currency's ("the US dollar"), in a round of trade talks ("the
        Uruguay Round", round 30) or after "Mr", "Dr" ... (a surname: "Dr Jordan").
        A country's name before a treaty's stays ("the Egypt-Israel peace treaty": a party)."""
        def thing(x: _Piece) -> bool:
            if x.entry.kind not in PLACE_KINDS:
                return False
            nxt = self.words[x.end] if x.end < len(self.words) else ""
            if nxt in BUILDINGS:
                return True  # "the Palestine Hotel", "the Azadi Stadium", "the Kandy Cathedral"
            if nxt.lower() in CURRENCIES and x.entry.kind != "region":
                return True  # "the US dollar", "the Canadian dollar", "the Swiss franc": a currency
            if nxt == "Round" and x.start >= 1 and self.lowers[x.start - 1] == "the":
                return True  # round 30: "the Uruguay Round", "the Doha Round": trade talks named for a venue
            if x.start >= 1 and self.lowers[x.start - 1].rstrip(".") in PERSONAL_HONORIFICS:
                return True  # "Dr Jordan", "Mrs Chad": a person's surname, not the place
            if x.entry.kind in ("capital", "city") and (nxt in TREATIES or (nxt.lower() in TREATIES_LOWER and not (
                    x.start > 0 and self.lowers[x.start - 1] in ("in", "at", "from")))):
                return True  # "the Paris Agreement", "the Oslo accords" (not "an accord in Paris ...")
            return (x.entry.source == "places_phoenix.csv" and x.start >= 2 and self.lowers[x.start - 1] == "the"
                    and self.lowers[x.start - 2] == "at" and not (nxt[:1].isupper() and nxt.isalpha()))
        self.pieces = [x for x in self.pieces if not thing(x)]

    def _ships(self) -> None:
        """A ship's name after a navy's prefix (seats.csv: "USS", "HMS") is the ship, which the
        prefix codes as its navy: not the person, place or state it is named after ("the USS
        Ronald Reagan", "HMS Queen Elizabeth", "USS Iowa")."""
        prefixes = {x.end for x in self.pieces if x.entry.kind == "seat" and x.end - x.start == 1
                    and _ship_prefix(self.words[x.start], x.entry)}
        if prefixes:
            self.pieces = [x for x in self.pieces if x.start not in prefixes]

    def _datelines(self) -> None:
        """"FRANKFURT, March 20 - ...", "IJMUIDEN, Netherlands, April 1 - ...", "LONDON - ...":
        the places of a dateline say where the report was filed from and are no party to it
        (nor an antecedent for "it"). A dateline starts the sentence with a capitalised place
        and ends at a dash within a dozen words, after a date, "(Reuters)" or nothing but
        capitals."""
        # (a place of two words may open with a short one: "LA PAZ, March 21 -", "EL PASO -")
        if not self.words or not (self.words[0].isupper() and (len(self.words[0]) >= 3 or len(self.words) > 1 and (
                self.words[1].isupper() and self.words[1].isalpha()))):
            return
        dash = next((i for i, w in enumerate(self.words[:14]) if w in ("-", "–", "—", "--")), None)
        if dash is None or dash < 1:
            return
        head = [w for w in self.words[:dash] if w.strip() and w not in (",", ".", "(", ")")]
        dated = any(w.lower().rstrip(".") in MONTHS or w == "Reuters" for w in head)
        if not (dated or all(w.isupper() for w in head if w.isalpha())):
            return
        filed = [x for x in self.pieces if x.end <= dash and x.entry.kind in PLACE_KINDS]
        self.pieces = [x for x in self.pieces if not (x.end <= dash and x.entry.kind in PLACE_KINDS)]
        if self.agents:  # for the references only: the dateline says which country the report is about
            for x in filed:
                country = x.entry.country or ""
                if country:
                    self.emit(x.start, x.end, Actor(country, country, None, self.lex.countries.get(country, country),
                                                    self.text(x.start, x.end)), "dateline")

    def _descent(self) -> None:
        """A person's origin is not the state they act for: "a Turkish-born German MP" (Germany's),
        "an Iranian-American journalist" (American), "a lawmaker of Turkish descent". The
        adjective of origin names no actor; the one after it, if any, keeps its reading."""
        starts = {x.start: x for x in self.pieces}

        def origin(x: _Piece) -> bool:
            if x.entry.kind not in ("adjective", "demonym", "country"):
                return False
            e = x.end
            if e + 1 < len(self.words) and self.words[e] in ("-", "–"):
                if self.lowers[e + 1] in DESCENT_HYPHENED:
                    return True  # "Turkish-born", "Iranian-origin"
                nxt = starts.get(e + 1)
                after = starts.get(nxt.end) if nxt is not None else None
                return (nxt is not None and nxt.entry.kind == "adjective" and after is not None
                        and after.entry.kind == "sector" and self.adjacent(nxt.end, after.start)
                        and _singular_title(self.lowers[after.end - 1]) and self.lowers[after.end - 1] not in COLLECTIVE)
            return (e < len(self.words) and self.lowers[e] in DESCENT_NOUNS and x.start > 0
                    and self.lowers[x.start - 1] == "of")
        self.pieces = [x for x in self.pieces if not origin(x)]

    def _inside_people(self) -> None:
        """A place's name inside a longer person's name of the parse ("Michael Jordan", "Paris
        Hilton", "Chad Boseman"): a capitalised word next to it that names nothing, both read as
        one person by the parse, is part of the name."""
        if self.ents is None:
            return
        covered = {i for x in self.pieces for i in range(x.start, x.end)}

        def other_name(i: int) -> bool:
            w = self.words[i] if 0 <= i < len(self.words) else ""
            return w[:1].isupper() and w.isalpha() and i not in covered and self.ents[i] == "PERSON"

        def inside(x: _Piece) -> bool:
            if x.entry.kind not in ("country", "capital", "city") or x.end - x.start != 1 or self.ents[x.start] != "PERSON":
                return False
            return other_name(x.start - 1) or other_name(x.end)
        self.pieces = [x for x in self.pieces if not inside(x)]

    def _namesakes(self) -> None:
        """A known surname after a first name that is not the dictionary person's ("Paul Rudd" is
        not Kevin Rudd): both read by the parse as one person's name, the first name capitalised
        and naming nothing, and its initial unlike that of every dictionary person of that
        surname (so that "Bob" for "Robert" may still be missed, but "Mike" for "Michael" is kept)."""
        if self.ents is None:
            return
        covered = {i for x in self.pieces for i in range(x.start, x.end)}

        def other(x: _Piece) -> bool:
            k = x.start - 1
            if x.entry.kind != "person" or x.end - x.start != 1 or k < 0:
                return False
            w = self.words[k]
            if not (w[:1].isupper() and w.isalpha() and len(w) > 2 and not w.isupper() and k not in covered
                    and self.ents[k] == "PERSON" and self.ents[x.start] == "PERSON" and w.lower() not in HONORIFICS):
                return False
            firsts = {e.entity.split()[0].lower() for e in x.entries if e.kind == "person" and " " in e.entity}
            return bool(firsts) and all(f[:1] != w[:1].lower() for f in firsts)
        self.pieces = [x for x in self.pieces if not other(x)]

    def _verbs(self) -> None:
        """A sector word that the parse reads as a verb is no agent ("Trudeau heads the party",
        "troops guard the border")."""
        if not self.pos:
            return
        self.pieces = [x for x in self.pieces if not (x.entry.kind == "sector" and x.end - x.start == 1
                                                       and self.pos[x.start] in ("VERB", "AUX")
                                                       and self.words[x.start].islower())]

    def _misspelt_places(self) -> None:
        """A capitalised word that names nothing but is one slip from one country's name,
        adjective, demonym or city ("Kazahks", "Dehli police", "Khatmandu") is that form;
        not a name the parse calls a person or organisation, nor after "al-"/"el-"."""
        covered = {i for x in self.pieces for i in range(x.start, x.end)}
        added = []
        for i, w in enumerate(self.words):
            if i in covered or len(w) < 5 or not w[:1].isupper():
                continue
            # with a parse, only a word it reads as a place or nationality ("Heart attacks",
            # "Dominic met" are no slips of Herat and Dominica)
            if self.ents is not None and self.ents[i] not in ("GPE", "LOC", "NORP"):
                continue
            if i > 0 and (self.lowers[i - 1] in ("-", "al", "el", "bin", "ibn") or self.words[i - 1][:1].isupper()):
                continue  # part of a longer name ("al-Baghdadi", "Frances Ghanian")
            if i + 1 < len(self.words) and self.words[i + 1][:1].isupper() and self.words[i + 1].isalpha():
                continue
            entries = self.lex.near_place(w)
            if entries:
                added.append(_Piece(i, i + 1, entries[0], entries))
        if added:
            self.pieces = sorted(self.pieces + added, key=lambda x: x.start)

    def _adjective_sectors(self) -> None:
        """"a criminal investigation", "the UK general election", "Brazil's labour troubles": a
        sector word used as an adjective of a thing, not of people (ADJECTIVE_SECTORS, before a lower-case noun
        that is no sector word), names no agent."""
        starts = {x.start for x in self.pieces}

        def thing(x: _Piece) -> bool:
            if x.entry.kind == "sector" and x.entry.entity.isupper() and x.start > 0 and (
                    self.words[x.start - 1][:1].isdigit() or self.lowers[x.start - 1] in CLOCK_WORDS):
                return True  # "at 5 PM", "at five PM": the time, not a prime minister
            if x.entry.kind == "sector" and tuple(self.lowers[x.start : x.end]) in HEAD_ONLY_SECTORS:
                # "a US national was held" is a person; "US national security", "the National
                # Front", "the Iran hostage crisis" are no one: these name a person only where
                # their noun phrase ends
                if not self.words[x.start].islower():
                    return True  # "Florida National's paper": part of a name
                e = x.end
                if e >= len(self.words) or not self.words[e].isalpha() or e in starts:
                    return False
                return not self.pos or self.pos[e] in ("NOUN", "PROPN", "ADJ", "NUM")
            if x.entry.kind != "sector" or self.words[x.start : x.end] not in ADJECTIVE_SECTORS:
                return False  # (lower-case only: "Labour MPs" is the party)
            e = x.end
            if e >= len(self.words) or e in starts or not (self.words[e].isalpha() and self.words[e].islower()):
                return False
            if self.lowers[e] in BODIES:
                return False  # "criminal groups", "a criminal network": people
            return not self.pos or self.pos[e] == "NOUN"
        self.pieces = [x for x in self.pieces if not thing(x) and not self.camera(x)]

    def camera(self, x: _Piece) -> bool:
        """"CCTV footage", "additional CCTV": closed-circuit cameras, not the Chinese broadcaster."""
        if self.words[x.start : x.end] != ["CCTV"]:
            return False
        e = x.end
        if e < len(self.words) and self.words[e].isalpha() and self.words[e].islower() and (not self.pos or self.pos[e] == "NOUN"):
            return True
        return x.start > 0 and self.lowers[x.start - 1] in ("additional", "more", "extra", "install", "installed", "new")

    def _second_readings(self) -> None:
        """An ambiguous place name (readings.csv) takes its second reading where the text points
        to it: "Tripoli, Lebanon", "Athens, Georgia" (a town and a comma before a name that is
        also a state of the US: the state), "the state of Georgia", "Georgia state", a cue word of
        the reading in the sentence ("Georgia's governor", "Tripoli's Bab al-Tabbaneh district"),
        the reading's country named elsewhere in the sentence and the first reading's not; else the
        same two tests on the whole document (``context``)."""
        for k, piece in enumerate(self.pieces):
            key = tuple(self.words[piece.start : piece.end])
            readings = self.lex.readings.get(key[1:] if key[0] in ("the", "The") else key)
            if not readings:
                continue
            alts = [r for r in readings if r.entry.valid_on(self.day) and r.entry.country != piece.entry.country]
            if not alts:
                continue
            chosen = self._reading_here(k, alts)
            if chosen is not None:
                self.pieces[k] = _Piece(piece.start, piece.end, chosen.entry, [chosen.entry])

    def _reading_here(self, k: int, alts):
        p, piece = self.pieces, self.pieces[k]
        s, e = piece.start, piece.end
        nxt = p[k + 1] if k + 1 < len(p) else None
        if nxt is not None and self.between(e, nxt.start) == [","]:
            # "Tripoli, Lebanon": the place after the comma says which one
            found = [r for r in alts if r.entry.country == nxt.entry.country and nxt.entry.kind in ("country", "city")]
            if found:
                return found[0]
        regional = [r for r in alts if r.entry.role == "region"]
        if regional:
            before = self.lowers[max(0, s - 2) : s]
            after = self.lowers[e : e + 1]
            if before in (["state", "of"], ["province", "of"]) or after == ["state"]:
                return regional[0]  # "the state of Georgia", "Georgia state senator"
            if s >= 2 and self.words[s - 1] == "," and self.words[s - 2][:1].isupper() and self.words[s - 2].isalpha():
                town = next((x for x in p if x.end == s - 1), None)
                if town is None or town.entry.country != piece.entry.country:
                    return regional[0]  # "Athens, Georgia", "Marietta, Georgia" (not "Batumi, Georgia")
        here = " " + " ".join(self.lowers) + " "
        for r in alts:
            if any(" " + " ".join(c) + " " in here for c in r.cues):
                return r
        others = {x.entry.country for x in p if x is not piece and x.entry.kind in PLACE_KINDS
                  and tuple(self.words[x.start : x.end]) not in self.lex.readings}
        if piece.entry.country in others:
            return None
        for r in alts:
            if r.by_country and r.entry.country in others:
                return r
        ctx = self.context
        if ctx is None or piece.entry.country in ctx.countries:
            return None
        for r in alts:
            if (r.by_country and r.entry.country in ctx.countries) or any(" " + " ".join(c) + " " in ctx.text for c in r.cues):
                return r
        return None

    def _qualified_towns(self) -> None:
        """A town and, after a comma, the state or region it lies in: "Antioch, Illinois",
        "Paris, Texas", "Tripoli, Lebanon" are places of the second name's country. Not in a
        list ("Beirut, Syria and Jordan", "Paris, Berlin, Rome"), nor before a verb ("In Baghdad,
        Iran reopened its embassy"): the second name must end its phrase."""
        p = self.pieces
        for k in range(len(p) - 1):
            town, where = p[k], p[k + 1]
            if town.entry.kind not in ("city", "capital") or town.entry.role == "region":
                continue
            if where.entry.kind != "country" and not (where.entry.kind == "city" and where.entry.role == "region"):
                continue
            if where.entry.country == town.entry.country or self.between(town.end, where.start) != [","]:
                continue
            if town.start >= 1 and self.lowers[town.start - 1] in (",", "and", "or") and town.start - 1 in self.ends_of_places():
                continue  # a list before it
            follow = self.lowers[where.end : where.end + 2]
            if follow and follow[0] not in (",", ".", ";", ":", ")", "-", "–", "—", "'", '"'):
                continue
            if follow[:1] == [","] and (follow[1:] in (["and"], ["or"]) or (where.end + 1) in {x.start for x in p}):
                continue
            entry = replace(town.entry, kind="city", code=where.entry.country, country=where.entry.country,
                            valid_from=None, valid_to=None)
            p[k] = _Piece(town.start, town.end, entry, [entry])

    def ends_of_places(self) -> set[int]:
        """The positions just after each place piece (where a list's comma would be)."""
        return {x.end for x in self.pieces if x.entry.kind in PLACE_KINDS}

    def _state_peoples(self) -> None:
        """"Bosnian Serbs", "Kosovo Albanians", "Bosnian Serb leaders": a state's adjective or
        name and, right after it, a people spread over several states (ETHNIC) are one piece
        with the state's country ("Iraqi Kurds" needs nothing: "Kurds" is no country). Any
        other adjective before a demonym gives the origin of the second state's people:
        "Turkish Cypriots" are Cypriots."""
        p = self.pieces
        self.minorities: set[int] = set()  # starts of "Bosnian Serbs": a people within a state
        k = 0
        while k + 1 < len(p):
            a, b = p[k], p[k + 1]
            if (a.entry.kind in ("adjective", "country") and b.entry.kind in ("adjective", "demonym")
                    and b.start == a.end and b.entry.country != a.entry.country
                    and all(self.lowers[i] in ETHNIC or self.lowers[i] in NATIVE_PEOPLES for i in range(b.start, b.end))):
                entry = a.entry if b.entry.kind == "adjective" else replace(a.entry, kind="demonym")
                p[k : k + 2] = [_Piece(a.start, b.end, entry, [entry])]
                if b.entry.kind == "demonym":
                    self.minorities.add(a.start)
            elif (a.entry.kind == "adjective" and b.entry.kind == "demonym" and b.start == a.end
                  and b.entry.country != a.entry.country):
                # "Turkish Cypriots", "Iranian Americans": people of the second state, a
                # community within it as "Bosnian Serbs" are (its civilians, not its side)
                p[k : k + 2] = [_Piece(a.start, b.end, b.entry, [b.entry])]
                self.minorities.add(a.start)
            elif (a.entry.kind == "group" and (a.entry.sector or "") == "SEP" and b.entry.kind == "demonym"
                  and b.start == a.end and b.entry.country != a.entry.country):
                # "Karabakh Armenians": the people of a breakaway region are its side, not the
                # state of their name ("Armenians")
                p[k : k + 2] = [_Piece(a.start, b.end, a.entry, [a.entry])]
            k += 1
        starts = {x.start for x in p}
        for k, a in enumerate(p):
            # "Iraqi Kurds", "Sri Lankan Tamils": a people of no state of its own, named with
            # the state it lives in, is that state's minority
            if (a.entry.kind in ("adjective", "country") and a.end < len(self.words) and a.end not in starts
                    and self.lowers[a.end] in STATELESS_PEOPLES and self.words[a.end][:1].isupper()):
                entry = replace(a.entry, kind="demonym")
                p[k] = _Piece(a.start, a.end + 1, entry, [entry])
                self.minorities.add(a.start)

    def _arab_governments(self) -> None:
        """"Arab leaders", "Arab foreign ministers", "Arab governments": the Arab states'
        governments speak as the region (MEA, as "Arab states" is). Only before a word of
        government: "Arab villagers" are nobody's side; and not after another name
        ("Israeli Arab leaders" stay Israel's), nor in names ("Arab League", "Arab Spring")."""
        if "Arab" not in self.words:
            return
        ends = {x.end for x in self.pieces}
        place_ends = {x.end for x in self.pieces if x.entry.kind in PLACE_KINDS}
        place_starts = {x.start for x in self.pieces if x.entry.kind in PLACE_KINDS}
        # a sentence that gives its Arabs a state ("Israel's Arab citizens", "Israeli Arab
        # leaders") speaks of that state's Arabs throughout; and the words of government are
        # plural ("Arab leaders"; one "Arab minister" is some state's own)
        if any(w == "Arab" and (i in place_ends or i - 1 in place_ends and self.lowers[i - 1] in POSSESSIVE)
               for i, w in enumerate(self.words)):
            return
        entry = Entry("region", "MEA", None, None, self.lex.regions.get("MEA", "MEA"), role="adjective", source="resolve.py")
        added = [_Piece(x.start - 1, x.start, entry, [entry]) for x in self.pieces
                 if x.start > 0 and self.words[x.start - 1] == "Arab" and x.start not in ends and x.start - 1 not in ends
                 and x.entry.kind == "sector" and (x.entry.sector or "").startswith("GOV") and self.words[x.start].islower()
                 and (self.lowers[x.start].endswith("s") or self.lowers[x.end - 1].endswith("s")) and not self._placed_after(x.end, place_starts)]
        if added:
            self.pieces = sorted(self.pieces + added, key=lambda x: x.start)

    def _placed_after(self, end: int, place_starts: set[int]) -> bool:
        """A place follows with "in", "of" or "from" ("Arab mayors in Israel"): they are its."""
        k = end
        if k >= len(self.lowers) or self.lowers[k] not in ("in", "of", "from"):
            return False
        k += 1
        if k < len(self.lowers) and self.lowers[k] == "the":
            k += 1
        return k in place_starts

    def _seats_of_another_state(self) -> None:
        """"the Vietnamese Politburo", "the Ukrainian Supreme Soviet": a state's adjective
        right before a seat word of another state names the first state's body of that kind,
        read as the seat's role ("Vietnamese government"); so does the state's possessive
        ("Belarus's KGB", "Kazakhstan's Supreme Soviet")."""
        p = self.pieces
        for k in range(1, len(p)):
            a, b = p[k - 1], p[k]
            # (round 29: also with one or two lower-case words between, not stop words: "Sudan's
            # ruling Supreme State Council", "Laos's powerful Politburo"; capitalised words right
            # before the seat are of the body's own longer name: "Supreme")
            start = b.start
            while start > a.end + 1 and self.words[start - 1][:1].isupper() and self.words[start - 1].isalpha():
                start -= 1
            gap = self.words[a.end + 1 : start]
            owner = (a.entry.kind == "adjective" and a.end == b.start) or (
                a.entry.kind == "country" and b.start > a.end and self.words[a.end] in POSSESSIVE
                and len(gap) <= 2 and all(_is_modifier(w, None) for w in gap)
                and not (b.end < len(self.words) and self.words[b.end].isalpha() and self.words[b.end].islower()
                         and (self.pos is None or self.pos[b.end] in ("NOUN", "PROPN"))))
            # (not "Georgia's White House meeting": the seat is no head there, the meeting is)
            if (b.entry.kind != "seat" or not owner or not a.entry.country
                    or not b.entry.country or b.entry.country == a.entry.country or b.entry.sector not in SEAT_ROLES):
                continue
            # (the words between are the body's: the possessive alone then joins it to its state)
            start = min(start, a.end + 1) if a.entry.kind == "country" else start
            entry = Entry("sector", b.entry.sector, None, b.entry.sector, self.text(start, b.end), source="resolve.py")
            p[k] = _Piece(start, b.end, entry, [entry])

    def _branches_of_movements(self) -> None:
        """"the Jordanian Muslim Brotherhood", "Egyptian Islamic Jihad", "Iraqi Hezbollah": a
        state's adjective right before the name of a movement of another state (a party, an
        opposition or an armed group) names that movement's branch in the first state, with the
        movement's role. Not a possessive ("Iran's Hezbollah" is Iran's ally), a hyphened
        backer ("Iranian-backed Hezbollah", whose words are not adjacent) nor a stance
        ("pro-Iranian Hezbollah")."""
        p = self.pieces
        for k in range(1, len(p)):
            a, b = p[k - 1], p[k]
            if (b.entry.kind != "group" or a.entry.kind != "adjective" or a.end != b.start or not a.entry.country
                    or not b.entry.country or b.entry.country == a.entry.country
                    or (b.entry.sector or "")[:3] not in BRANCH_ROLES or self.former_before(a.start)
                    or (a.start > 0 and self.words[a.start - 1] in ("-", "–"))):
                continue  # (and not "pro-Iranian Hezbollah": a stance, not a branch)
            entry = Entry("sector", b.entry.sector, None, b.entry.sector, self.text(b.start, b.end), source="resolve.py")
            p[k] = _Piece(b.start, b.end, entry, [entry])

    def _sector_readings(self) -> None:
        """A body's name after a place is that place's body: "Brazil's Congress", "Chile's
        Defense Department", "the Iranian Red Crescent" take the sector reading of the words."""
        p = self.pieces
        for k in range(1, len(p)):
            if p[k].entry.kind not in ("seat", "igo") or p[k - 1].entry.kind not in PLACE_KINDS:
                continue
            gap = self.words[p[k - 1].end : p[k].start]
            if not _joinable(gap, self.tags(p[k - 1].end, p[k].start)):
                continue
            reading = self.lex.lower.get(tuple(self.lowers[p[k].start : p[k].end]))
            sectors = [e for e in reading or () if e.kind == "sector"]
            if sectors:
                p[k] = _Piece(p[k].start, p[k].end, sectors[0], sectors)

    # --- helpers -------------------------------------------------------------------------
    def text(self, s: int, e: int) -> str:
        w, sp = self.words, self.spaces
        return "".join(w[k] + (" " if sp[k] and k < e - 1 else "") for k in range(s, e))

    def tags(self, s: int, e: int) -> list[str | None]:
        return list(self.pos[s:e]) if self.pos else [None] * (e - s)

    def gap(self, a: _Piece, b: _Piece) -> list[str]:
        return [w for w in self.lowers[a.end : b.start] if w.strip()]

    def between(self, s: int, e: int) -> list[str]:
        """The words in [s, e), without whitespace tokens (spaCy keeps runs of spaces)."""
        return [w for w in self.words[s:e] if w.strip()]

    def adjacent(self, end: int, start: int) -> bool:
        return not self.between(end, start)

    def former_before(self, start: int) -> bool:
        """"former", "ex-", "ousted" ... just before, or before one more modifier
        ("Former Socialist prime minister")."""
        k = start - 1
        seen = 0
        while k >= 0 and seen < 2:
            w = self.lowers[k]
            if not w.strip() or w in ("-", "–"):
                k -= 1
                continue
            if w in FORMER:
                return True
            seen += 1
            k -= 1
        return False

    def state_owned_before(self, start: int) -> int | None:
        """Where "official", "state", "state-run", "state-owned", "government-controlled" ...
        begins just before a country's name or adjective (state media are ``GOVMED``), or None."""
        k = start - 1
        if k >= 0 and self.lowers[k] in ("run", "owned", "controlled", "backed", "funded"):
            if k >= 2 and self.lowers[k - 1] in ("-", "–") and self.lowers[k - 2] in ("state", "government"):
                return k - 2
            if k >= 1 and self.lowers[k - 1] in ("state", "government"):
                return k - 1
            return None
        if k >= 0 and self.lowers[k] in ("official", "state", "state-run", "state-owned", "state-controlled", "government-run"):
            return k
        return None

    def stance_before(self, start: int) -> bool:
        """"anti-Syria", "pro-Russian", "anti American": the name is what someone is for or
        against, not who they are."""
        k = start - 1
        if k >= 0 and self.lowers[k] in ("-", "–"):
            k -= 1
        return k >= 0 and self.lowers[k] in STANCE

    def backer_after(self, end: int) -> bool:
        """"Iranian-backed militias", "US-trained rebels": the name is who supports them, not
        who they are (the sentence may say: "Turkish-backed Syrian rebels" are Syria's)."""
        return end + 1 < len(self.lowers) and self.lowers[end] in ("-", "–") and self.lowers[end + 1] in BACKED

    def town_of(self, e: int) -> int | None:
        """The piece index of the town in "police in the southern city of Basra", "officials in
        the Indian city of Ahmedabad", "the mayor of the town of Tuzla": a preposition, a town
        word (perhaps after compass words and a country's adjective) and "of" only say what
        the place named after them is, so the words before join it as they join its bare name."""
        w = self.lowers
        if e >= len(w) or w[e] not in ("in", "of", "from"):
            return None
        i = e + 1 + (e + 1 < len(w) and w[e + 1] in ARTICLES)
        while i < len(w) and w[i] in COMPASS:
            i += 1
        adjective = self.pieces_start.get(i)
        if adjective is not None and adjective.entry.kind == "adjective" and adjective.entry.country:
            i = adjective.end
        if i + 2 >= len(w) or w[i] not in TOWN_NOUNS or w[i + 1] != "of":
            return None
        town = next((k for k, x in enumerate(self.pieces) if x.start == i + 2), None)
        if town is None or self.pieces[town].entry.kind not in ("capital", "city"):
            return None
        return town

    def state_backed(self, start: int) -> bool:
        """ "government-backed militias", "pro-government militiamen", "army-backed Janjaweed":
        an irregular force the state backs fights on the state's side and is coded as its
        armed forces (MIL, as PLOVER-GSR codes such militiamen), not as unaligned (UAF)."""
        w = self.lowers[max(0, start - 3) : start]
        return len(w) == 3 and w[1] in ("-", "–") and (
            (w[0] == "pro" and w[2] in STATE_BACKERS) or (w[0] in STATE_BACKERS and w[2] in BACKED))

    def ethnic_before(self, start: int) -> bool:
        """"ethnic Albanians" are a people, not Albania."""
        return start > 0 and self.lowers[start - 1] in ("ethnic", "ethnically")

    def sector_run(self, k: int) -> tuple[int, str, bool]:
        """(index after the run, combined sector, all generic) of the sector pieces from k:
        the last specific word decides ("defence ministry spokesman" -> GOVMIL)."""
        p = self.pieces
        j = k
        while j + 1 < len(p) and p[j + 1].entry.kind == "sector" and (
                self.adjacent(p[j].end, p[j + 1].start) or self.led_by(p[j], p[j + 1])
                or self.named_possessor(p[j], p[j + 1])):
            j += 1
        run = [x.entry for x in p[k : j + 1]]
        specific = [e for e in run if not e.generic]
        chosen = specific[-1] if specific else run[-1]
        if chosen is not run[-1] and self.faith_title(p[k + run.index(chosen)], p[j]):
            chosen = run[-1]  # "Sunni ministers", "Shiite officials": office holders of that faith
        sector = chosen.sector or chosen.code
        if sector[:3] == "MIL" and len(specific) > 1:
            # "rebel fighters", "militia soldiers", "opposition fighters": the force word names
            # the armed side's men, not the state's (an armed opposition is rebels)
            side = next((e.sector for e in specific[:-1] if e.sector[:3] in OPPOSING_SIDES), None)
            if side is not None:
                sector = "REB" if side[:3] == "OPP" else side
        elif sector[:3] == "GOV" and len(specific) > 1 and self.lowers[p[j].end - 1] in SIDE_AGENT_WORDS:
            # "rebel envoys", "opposition negotiators": the agents of the side named before them,
            # not a state's diplomats
            side = next((e.sector for e in specific[:-1] if e.sector[:3] in OPPOSING_SIDES), None)
            if side is not None:
                sector = side
        at = run.index(chosen)
        if sector[:3] == "MIL" and p[k].start > 0 and self.lowers[p[k].start - 1] == "ruling":
            sector = "GOV"  # "the ruling military council", "Burma's ruling generals": a junta, the state's rulers
        if sector[:3] in TRADES and any(self.lowers[x.end - 1] in ("dissident", "dissidents") for x in p[k : k + at]):
            sector = "OPP"  # "dissident economist", "a dissident physicist": a dissident by trade
        if sector == "UAF" and self.state_backed(p[k + at].start):
            sector = "MIL"
        if specific and sector[:3] in PORTFOLIO_SECTORS and any(
                self.lowers[x.end - 1] in MINISTRY_WORDS for x in p[k + at + 1 : j + 1]):
            sector = "GOV" + sector[:3]  # "the industry ministry", "religious affairs minister": the state's
        return j + 1, sector, not specific

    def named_possessor(self, first: _Piece, body: _Piece) -> bool:
        """ "the People's Party", "the Workers' Union", "a Farmers' Front": a capitalised sector
        word with a possessive inside a body's name only says whose the body is; the name's
        head (the capitalised sector word after it, perhaps past a capitalised word or two of
        the name: "the People's Democratic Party") is the body."""
        gap = self.between(first.end, body.start)
        return (1 <= len(gap) <= 3 and gap[0] in POSSESSIVE and self.words[first.start][:1].isupper()
                and all(w[:1].isupper() and w.isalpha() for w in gap[1:])
                and self.words[body.start][:1].isupper() and not body.entry.generic)

    def led_by(self, first: _Piece, body: _Piece) -> bool:
        """ "the Shiite-led government", "a rebel-dominated council", "government-backed
        militias": the body is the head, the faith, side or body before "-led" or "-backed" only
        says who leads or supports it; so too past a plain modifier or two of the body ("the
        army-backed interim government", "a military-backed caretaker cabinet")."""
        gap = [w.lower() for w in self.between(first.end, body.start)]
        return (2 <= len(gap) <= 4 and gap[0] in ("-", "–") and (gap[1] in ("led", "dominated") or gap[1] in BACKED)
                and all(w.isalpha() and w.islower() for w in self.between(first.end, body.start)[2:])
                and not body.entry.generic)

    def faith_title(self, faith: _Piece, title: _Piece) -> bool:
        """A faith's adjective before a generic title of a state's office ("Sunni ministers",
        "a Shiite official", "Muslim spokesmen"): the faith qualifies the office holders, who
        are the office's (not leader words, "Sunni leaders" are the faith's, nor the ministers
        of a church, "Protestant ministers")."""
        if self.lowers[faith.end - 1] not in FAITH_WORDS or title.entry.sector[:3] not in OFFICE_SECTORS:
            return False
        last = self.lowers[title.end - 1]
        return last not in FAITH_HEADS and not (last in ("minister", "ministers") and self.lowers[faith.end - 1] in CHURCH_WORDS)

    def head_of_body(self, end: int, after: int) -> int | None:
        """The piece index of the body in "chief of the army", "head of intelligence": a generic
        word ending at ``end``, "of" (and "the"), and a specific sector word of a state's body
        (not a field of a portfolio: "minister of health" is read by portfolio_place)."""
        p = self.pieces
        if after >= len(p) or p[after].entry.kind != "sector" or p[after].entry.generic:
            return None
        if self.lowers[end - 1] in MINISTRY_WORDS or p[after].entry.sector[:3] not in HEADED_BODIES:
            return None
        gap = [w.lower() for w in self.between(end, p[after].start)]
        return after if gap in (["of"], ["of", "the"]) else None

    def portfolio_after(self, end: int) -> tuple[str, int] | None:
        """(sector, end) of a ministry word ending at ``end`` and its portfolio after "of" or
        "for" ("minister of defence", "ministry for labour"), where the portfolio before the
        word names a sector ("defence minister" GOVMIL); the longest such portfolio."""
        if end + 1 >= len(self.words) or self.lowers[end] not in ("of", "for"):
            return None
        title = self.lowers[end - 1]
        best = None
        k = end + 1
        while k < len(self.words) and k - end <= 4 and self.words[k].isalpha() and self.lowers[k] not in ("of", "and"):
            k += 1
            reading = [e for e in self.lex.lower.get((*self.lowers[end + 1 : k], title), ()) if e.kind == "sector"]
            if reading:
                best = reading[0].sector, k
        return best

    def lower_portfolio(self, k: int) -> tuple[int, str] | None:
        """A ministry whose portfolio of lower-case fields joined by "and" stands between the
        place of piece ``k`` and the ministry word ("Kenya's trade and industry minister", "the
        Iranian oil and gas ministry"): (index of the piece ending on the ministry word, its
        sector). The first field may name the sector ("health and family ministry" GOVHLH,
        "industry and mines ministry" GOVBUS); several ministers ("defence and foreign
        ministers") are the government's. Words between may be sector words of fields
        ("industry", "family"), not of offices ("the Iranian president and foreign minister" are two)."""
        p = self.pieces
        for m in range(k + 1, min(k + 5, len(p))):
            x = p[m]
            if x.entry.kind != "sector":
                return None
            title = self.lowers[x.end - 1]
            if title not in MINISTRY_WORDS:
                if x.entry.sector[:3] in ("GOV", "LEG", "PTY", "OPP"):
                    return None  # a title or a body of its own, not a field
                continue
            words = self.words[p[k].end : x.end - 1]
            if not _portfolio(words, lower=True) or any(w.lower().endswith(OCCUPATION_ENDINGS) and w.lower() != "women"
                                                         for w in words):
                return None  # people are no field ("Iranian farmers and health ministry officials")
            field = [w.lower() for w in words if w.strip() and w not in POSSESSIVE]
            field = field[: next(i for i, w in enumerate(field) if w in ("and", "&", ","))]
            if title in ("ministers", "ministries"):
                return m, "GOV"
            reading = [e for e in self.lex.lower.get((*field, title), ()) if e.kind == "sector"]
            alone = [e for e in self.lex.lower.get(tuple(field), ()) if e.kind == "sector"
                     and e.sector[:3] in PORTFOLIO_SECTORS]
            return m, reading[0].sector if reading else "GOV" + alone[0].sector[:3] if alone else "GOV"
        return None

    def named_army(self, gap: list[str], end: int) -> bool:
        """A place, a capitalised word the dictionary does not know, a capitalised "Army" ("the
        Sudan Liberation Army", not "the Korean People's Army" nor "the Pakistan Army"): the name of
        an armed group of the place, not the state's army."""
        words = [w for w in gap if w.strip() and w not in POSSESSIVE]
        return (self.words[end - 1] == "Army" and bool(words)
                and any(w.isalpha() and w[:1].isupper() and w.lower() not in GENERIC_NAME_WORDS for w in words))

    def organisation_name(self, s: int, e: int) -> bool:
        """A capitalised army or union word ends a proper name of capitalised words the dictionary
        does not know ("the Arakan Army", "the United Wa State Army", "the Islamic Courts Union"):
        the name of an organisation of its own (a rebel army, a charity, a movement), not the
        state's army nor a labour union. Not with only words of states' armies and unions before
        ("the Territorial Army", "the National Union of Mineworkers"), nor for a union of an
        occupation ("the Sandor Teachers Union", "the Union of Journalists")."""
        head = self.lowers[e - 1]
        if head not in ORG_HEADS or not self.words[e - 1][:1].isupper():
            return False
        from spacy.lang.en.stop_words import STOP_WORDS

        inside = {k for x in self.pieces for k in range(x.start, x.end)}
        k = s
        while k > 0 and k - 1 not in inside and (self.words[k - 1] in POSSESSIVE or (
                self.words[k - 1][:1].isupper() and self.lowers[k - 1] not in STOP_WORDS
                and (not self.pos or self.pos[k - 1] in ("PROPN", "NOUN", "ADJ")))):
            k -= 1  # (a title-case headline's "Rebels Clash With Army" names no body)
        words = [w for w in self.words[k:s] if w not in POSSESSIVE]
        if k == 0 and words and self.pos and self.pos[0] != "PROPN":
            words = words[1:]  # a sentence's first word is capitalised anyway
        if not any(w.lower() not in GENERIC_NAME_WORDS and w.isalpha() and not w.isupper() for w in words):
            return False  # (an acronym may be the union's own: "the PCS Union")
        if head == "union" and (any(w.lower().endswith(OCCUPATION_ENDINGS) or w.lower() in TRADE_WORDS for w in self.words[k:e])
                                or (e < len(self.words) and self.lowers[e] == "of")):
            return False  # a labour union
        return True

    def name_like_word(self, s: int, e: int) -> bool:
        """A capitalised word of a force or weapon that is also a common name (NAME_LIKE_SECTORS:
        a car, a surname, a club's fans) standing alone, with no state before it: the capital
        letter makes it a name, not a force ("Chevrolet Corvette", "Garrison said"). A sentence's
        first word is capitalised anyway: there only the parse's proper noun counts."""
        word = self.words[e - 1]
        if e - s != 1 or self.lowers[e - 1] not in NAME_LIKE_SECTORS or not word[:1].isupper() or word.isupper():
            return False
        first = s == 0 or self.words[s - 1] in (".", "!", "?", '"', "“", ":", "(") or (
            s == 1 and self.lowers[0] in ARTICLES)
        return not (first and self.pos and self.pos[s] != "PROPN")

    def extend_name(self, end: int) -> int:
        """Cover the unknown name after a title ("Russian President Boris Yeltsin")."""
        nxt = self.pieces_start.get(end)
        k = end
        while k < len(self.words) and k - end < 5 and nxt is None:
            if self.ents is not None:
                if self.ents[k] != "PERSON":
                    break
            elif not (self.words[k][:1].isupper() and self.words[k].isalpha() and (not self.pos or self.pos[k] == "PROPN")):
                break
            k += 1
            nxt = self.pieces_start.get(k)
        return k

    def emit(self, s: int, e: int, actor: Actor, kind: str = "name", title: bool = False) -> None:
        self.out.append(TokenMatch(s, e, actor, kind, title))

    # --- actors --------------------------------------------------------------------------
    def name_actor(self, entry: Entry, sector: str | None, s: int, e: int, *, generic: bool = False, former: bool = False) -> Actor | None:
        text = self.text(s, e)
        if former:
            sector = None
        if entry.kind == "igo":
            if former or (generic and entry.code.startswith("NGO")):
                # "Amnesty International's chief", "a Red Cross spokesman": a non-governmental
                # body's officer speaks for it and takes no state sector
                return Actor(entry.code, None, None, entry.entity, text)
            # "AMISOM troops": a force's code already ends in the role ("IGOAFRAFUMIL")
            code = entry.code if sector and entry.code.endswith(sector) else entry.code + (sector or "")
            return Actor(code, None, sector, entry.entity, text)
        if entry.kind == "region":
            return Actor(entry.code + (sector or ""), None, sector, entry.entity, text)
        if entry.kind == "group":
            if (sector == "GOV" and entry.country and entry.sector != "GOV" and not former
                    and self.lowers[e - 1] in RULING_WORDS and not (s > 0 and self.lowers[s - 1] in UNFORMED)):
                # "the Likud government", "the Hamas administration": the government a party or
                # movement forms is its state's, whatever the group's own role ("a future Tory
                # government" is still the party's promise)
                return Actor(entry.country + "GOV", entry.country, "GOV", self.lex.countries.get(entry.country, entry.entity), text)
            if sector == "LEG" and not generic and not former and entry.country and entry.sector in ("PTY", "OPP"):
                # "Likud lawmakers", "Tory MPs", "ANC senators": a party's members of parliament
                # are its state's legislators (the party's officials stay the party's)
                return Actor(entry.country + "LEG", entry.country, "LEG", entry.entity, text)
            if sector in ARMED_SIDES and not generic and not former and entry.country and entry.sector in ("PTY", "OPP"):
                # "Fatah gunmen", "ANC guerrillas", "Likud militiamen": a party's armed men are
                # armed men of its state's people in the word's role, not the party itself
                return Actor(entry.country + sector, entry.country, sector, entry.entity, text)
            if entry.country and entry.sector == "UAF" and not former and self.state_backed(s):
                # "government-backed Janjaweed": a militia the state backs is its force
                return Actor(entry.country + "MIL", entry.country, "MIL", entry.entity, text)
            return Actor(entry.code, entry.country, entry.sector, entry.entity, text)
        if entry.kind == "seat":
            if former:
                return Actor(entry.country or entry.code, entry.country, None, entry.entity, text) if entry.country else None
            if sector and not generic and entry.country and not entry.sector:
                return Actor(entry.country + sector, entry.country, sector, entry.entity, text)
            if sector in ("COP", "MIL") and not generic and entry.country and entry.sector == "GOV":
                # "Palestinian Authority police", "Kremlin troops": a government's force has the
                # force's role, not the seat's
                return Actor(entry.country + sector, entry.country, sector, entry.entity, text)
            if sector == "LAB" and entry.country and entry.sector == "BUS":
                # "Toyota workers", "the Alitalia union": a company's workers are labour, not the
                # company (CAMEO's LAB), of the company's country
                return Actor(entry.country + "LAB", entry.country, "LAB", entry.entity, text)
            return Actor(entry.code, entry.country, entry.sector, entry.entity, text)
        country = entry.country or ""
        if entry.kind == "capital" and sector is None and not former:
            if self.capital_stands_for_government(s, e):
                sector = "GOV"  # "Moscow said": a capital standing for its government
            elif self.town_as_people(s, e, capital=True):
                sector = "CVL"  # "fighting in central Kabul", "the shelling of Kyiv": its people
        elif _town(entry) and sector is None and not former and self.town_as_people(s, e, capital=entry.dated):
            # "shelled Kharkiv", "Mariupol": a town that takes part is its people. A town whose
            # country changed (places.csv: Juba, Pristina, Dili) is read as a capital is
            sector = "CVL"
        name = self.lex.countries.get(country, entry.entity)
        return Actor(country + (sector or ""), country, sector, name, text)

    def capital_stands_for_government(self, s: int, e: int) -> bool:
        """A capital is its government when it acts or is addressed: the subject, possessor or
        object of a clause in a parse ("Moscow said", "Tehran's response", "was condemned by
        Beijing", "urged Beijing", "talks with Tehran"), or a bare name without one. After a
        preposition of place, as a modifier, hit by an attack, visited or in a dateline it is
        the place."""
        k = self.before_place(s)
        possessor = (e + 1 < len(self.words) and self.words[e] in POSSESSIVE
                     and any(w in STATE_THINGS for w in self.lowers[e + 1 : e + 4]))
        if k >= 0 and self.lowers[k] in PLACE_PREPS and not (self.deps and self.deps[e - 1] == "agent") and not possessor:
            return False  # ("a shift in Beijing's policy": the preposition governs the policy)
        if self.in_compound(s, e) or self.attacked(k):
            return False
        if self.dateline(s, e):
            return False  # "LONDON, March 3 -": where the report comes from
        if s >= 2 and self.words[s - 1] == "," and self.lowers[s - 2] in ("capital", "city"):
            return False  # "evacuated from Tonga's capital, Nuku'alofa": the name of the place just named
        if self.deps is None:
            return True
        if self.deps[e - 1] == "dobj" and not (k >= 0 and self.lowers[k].startswith(VISIT + MOTION)):
            return True  # "urged Beijing", "accused Moscow": the government addressed
        if self.deps[e - 1] == "pobj" and k >= 0 and self.lowers[k] in PARTNER_PREPS:
            return True  # "talks with Tehran", "pressure on Moscow"
        return self.deps[e - 1] in ("nsubj", "nsubjpass", "poss", "agent", "ROOT", "appos")

    def town_as_people(self, s: int, e: int, *, capital: bool) -> bool:
        """A town or city named as a party is its people (``CVL``), as ICEWS, PLOVER and NGEC
        code places that act or suffer acts. Not as a modifier ("the Geneva talks", "the Sochi
        summit": what happened there). A capital is its people only where the text shows the
        place: after "in", "near", "outside" ... ("a curfew in central Kabul") or hit by an
        attack, siege or capture ("shelled Kyiv", "attacks on Paris"); elsewhere it is its
        government or its country (:meth:`capital_stands_for_government`). Not a destination
        ("travelled to Odesa", "visited Lviv") nor a dateline."""
        if self.in_compound(s, e) or (self.deps and self.deps[e - 1] in ("compound", "amod", "nmod")):
            return False
        if e < len(self.words) and self.words[e][:1].isupper() and self.words[e].isalpha() and e not in self.pieces_start:
            return False  # "the Geneva Conventions", "Minsk Agreements": part of another name
        if self.dateline(s, e):
            return False
        if s >= 2 and self.lowers[s - 1] == "of" and self.ents is not None and self.ents[s - 2] == "PERSON":
            return False  # "Jane Doe of New York": where a person is from
        k = self.before_place(s)
        if self.attacked(k):
            return True
        if k >= 0 and (self.lowers[k] in ROUTE_PREPS or self.lowers[k].startswith(VISIT + MOTION)
                       or (self.lowers[k] in TOWN_PREPS and k > 0 and self.lowers[k - 1].startswith(VISIT))):
            return False  # "travelled to Odesa", "visited Lviv", "arrived in Kharkiv": where one goes
        if k >= 0 and self.lowers[k] in TOWN_PREPS:
            # a town is its people wherever it is; a capital only in a part of it ("in central
            # Kabul") or at a place of daily life ("a market in Kabul"), not "talks in Moscow"
            part = any(w in COMPASS or w == "downtown" for w in self.lowers[k + 1 : s])
            hit = k > 0 and (self.lowers[k - 1] in CIVIC_PLACES or self.lowers[k - 1].startswith(ATTACK + VIOLENCE))
            return not capital or part or hit
        return not capital

    def dateline(self, s: int, e: int) -> bool:
        """"NEW YORK, March 9 - ...", "KHARKIV, Ukraine, May 2 (Reuters) -": the place a report
        was filed from, at the start of a sentence before a comma, is no party to it."""
        if s != 0 or e >= len(self.words) or self.words[e] != ",":
            return False  # ("Moscow, for its part, said ...": no dateline)
        return all(w.isupper() for w in self.words[s:e] if w.isalpha()) or any(
            w.lower().rstrip(".") in MONTHS for w in self.words[e + 1 : e + 5])

    def before_place(self, s: int) -> int:
        """The index of the word before a place's name and the articles and compass words in
        front of it ("in central Kabul", "the shelling of eastern Kharkiv"), -1 at the start."""
        k = s - 1
        while k >= 0:
            if self.lowers[k] in ARTICLES or self.lowers[k] in COMPASS or self.lowers[k] in ("downtown", "-"):
                k -= 1
                continue
            listed = self.place_ending.get(k) if self.lowers[k] in (",", "and", "or") else None
            if listed is None:
                break
            k = listed - 1  # "visited Leeds, York and Hull": a place in a list has the first one's context
        return k

    def attacked(self, k: int) -> bool:
        """The word at ``k`` (before a place) is an attack, siege or capture, or aims one at it
        ("shelled", "attacks on", "the siege of")."""
        if k < 0:
            return False
        word = self.lowers[k]
        return word.startswith(ATTACK) or (word in AIMED and k > 0 and self.lowers[k - 1].startswith(ATTACK))

    def portfolio_person(self, e: int, after: int) -> int | None:
        """The piece index of a person named after a title and its portfolio ("Minister of
        Foreign Affairs Sergey Lavrov", "Minister for Interior Aftab Sherpao"): "of" or
        "for", then up to five capitalised words (sector words among them), then the person."""
        p = self.pieces
        if e >= len(self.words) or self.lowers[e] not in ("of", "for") or not _singular_title(self.lowers[e - 1]):
            return None
        pos, j = e + 1, after
        while j < len(p) and p[j].start - (e + 1) <= 5:
            words = self.between(pos, p[j].start)
            if not all((w[:1].isupper() and w.isalpha()) or w.lower() in ("and", "&") for w in words):
                return None
            if p[j].entry.kind == "person":
                return j if p[j].start > e + 1 else None
            if p[j].entry.kind != "sector" or not all(w[:1].isupper() for w in self.between(p[j].start, p[j].end) if w.isalpha()):
                return None
            pos, j = p[j].end, j + 1
        return None

    def portfolio_place(self, e: int, after: int) -> int | None:
        """The piece index of the country in "Minister of Foreign Affairs of Iran", "Minister of
        State for Trade and Industry of Kenya": a singular title, "of" or "for", one to six
        capitalised words of a portfolio ("and", "for" among them; lower-case words after a
        ministry word: "the ministry of health of Kenya"), "of" and a country. None otherwise."""
        p = self.pieces
        if e >= len(self.words) or self.lowers[e] not in ("of", "for") or not _singular_title(self.lowers[e - 1]):
            return None
        j = after
        while j < len(p) and p[j].entry.kind == "sector":
            j += 1  # capitalised sector words inside the portfolio ("Trade and Industry")
        if j >= len(p) or p[j].entry.kind != "country":
            return None
        gap = self.between(e + 1, p[j].start)
        if len(gap) < 2 or gap[-1] != "of":
            return None
        run = gap[:-1]
        if not 1 <= len(run) <= 6:
            return None
        if run[0].islower() and self.lowers[e - 1] in MINISTRY_WORDS:
            # "the minister of justice of Kenya": a ministry's portfolio may be written in lower case
            ok = all((w.isalpha() and w.islower()) or w in ("&", ",") for w in run)
        else:
            ok = run[0][:1].isupper() and all((w[:1].isupper() and w.isalpha()) or w in ("and", "&", "for", ",") for w in run)
        return j if ok else None

    def member_of(self, k: int, after: int, sector: str, generic: bool, former: bool) -> int | None:
        """"nurses from three Italian aid agencies", "leaders of Somali armed groups", "miners at a
        Chilean copper firm": people named by a sector word "of"/"from"/"at" a body named by a country's adjective and its sector
        word are of that country, with their own role unless it is generic ("members", "leaders"),
        when the body's role is theirs. Returns the piece index after the span, or None."""
        p = self.pieces
        if after + 1 >= len(p) or p[after].entry.kind != "adjective" or p[after + 1].entry.kind != "sector":
            return None
        e = p[after - 1].end
        gap = [w.lower() for w in self.between(e, p[after].start)]
        if not gap or gap[0] not in ("of", "from", "at") or not all(w in ARTICLES or _is_count(w) for w in gap[1:]):
            return None
        if gap[0] == "at" and sector[:3] not in STAFF_SECTORS:
            return None  # "protesters at the Kenyan embassy": where they are, not whose they are
        if gap[0] == "from" and self.leaving(p[k].start):
            return None  # "withdrew troops from Iraqi bases": the place they leave
        adj = p[after]
        if not _joinable(self.words[adj.end : p[after + 1].start], self.tags(adj.end, p[after + 1].start), nouns=True):
            return None
        end_k, body_sector, _ = self.sector_run(after + 1)
        role = body_sector if generic else sector
        if body_sector[:3] == "OPP" and self.lowers[p[k].end - 1] in SUPPORTER_WORDS:
            role = "OPP"  # "supporters of the Kenyan opposition leader": the opposition's
        s, end = p[k].start, p[end_k - 1].end
        a = self.name_actor(adj.entry, role, s, end, former=former)
        if a:
            self.emit(s, end, a, "name")
        return end_k

    def fled_place(self, e: int, after: int, sector: str) -> int | None:
        """"refugees fleeing the fighting in Liberia", "civilians who fled fighting in Sudan":
        the piece index of the country they fled (the first name within eight words after
        "fleeing"/"fled"), when nothing else is named between."""
        if sector[:3] not in ("REF", "CVL") or after >= len(self.pieces):
            return None
        words = self.lowers[e : e + 2]
        if not (words[:1] in (["fleeing"], ["fled"]) or words == ["who", "fled"]):
            return None
        nxt = self.pieces[after]
        if nxt.entry.kind not in ("country", "capital", "city") or nxt.start - e > 8 or "," in self.lowers[e : nxt.start]:
            return None
        return after

    def leaving(self, s: int) -> bool:
        """"withdraw forces from Chad", "the evacuation of workers from Iraq": after a verb or
        noun of leaving, "from" gives the place left, not where the people come from."""
        return any(w.startswith(LEAVING) for w in self.lowers[max(0, s - 8) : s])

    def in_compound(self, s: int, e: int) -> bool:
        """A capital used as a modifier of another noun ("Moscow residents", "Tehran's
        streets") is the city, not the government."""
        if e < len(self.words) and self.words[e] in POSSESSIVE:
            return False
        return bool(self.pos) and e < len(self.words) and self.pos[e] in ("NOUN",) and self.words[e].islower()

    def person_actor(self, piece: _Piece, title_sector: str | None, former: bool, s: int, e: int) -> Actor | None:
        text = self.text(s, e)
        people = [x for x in piece.entries if x.kind == "person"]
        valid = _head_office_first([x for x in people if x.valid_on(self.day)])
        if former:
            country = piece.entry.country or next((x.country for x in people if x.country), None)
            return Actor(country, country, None, piece.entry.entity, text) if country else None
        if valid:
            best = valid[0]
            if title_sector:
                same = [x for x in valid if x.sector == title_sector] or [
                    x for x in valid if x.sector and x.sector[:3] == title_sector[:3]]
                best = same[0] if same else best
                if not best.sector and best.country:  # known, no office on record: the text's title
                    return Actor(best.country + title_sector, best.country, title_sector, best.entity, text)
                if not same and best.country and title_sector[:3] in OPPOSING_SIDES \
                        and best.sector[:3] not in OPPOSING_SIDES:
                    # "rebel leader Guillaume Soro", "opposition leader X" while the record gives
                    # a state office: the text says which side the person acts for here (a side
                    # on record stays: "warlord Shamil Basayev" is the rebel the record says)
                    return Actor(best.country + title_sector, best.country, title_sector, best.entity, text)
            return Actor(best.code, best.country, best.sector, best.entity, text)
        entry = piece.entry  # out of office: country only, unless the text gives the title
        if title_sector and entry.country:
            return Actor(entry.country + title_sector, entry.country, title_sector, entry.entity, text)
        if not self.strict:
            # no date given: the latest office the person held (a lookup of a foreign minister
            # who left last year means the foreign minister)
            latest = latest_office(people, self.day)
            if latest is not None:
                return Actor(latest.code, latest.country, latest.sector, latest.entity, text)
        if entry.country:
            return Actor(entry.country, entry.country, None, entry.entity, text)
        return None

    # --- the pass ------------------------------------------------------------------------
    def run(self) -> list[TokenMatch]:
        p = self.pieces
        self.pieces_start = {x.start: x for x in p}
        # where a place's name ends (the index of the word after it) -> where it starts
        self.place_ending = {x.end: x.start for x in p if x.entry.kind in ("capital", "city", "country", "region")}
        k = 0
        while k < len(p):
            piece = p[k]
            kind = piece.entry.kind
            if kind == "none":
                k += 1  # "Real Madrid": a club, no actor of Madrid
            elif kind != "sector" and (self.stance_before(piece.start) or self.backer_after(piece.end)):
                k += 1  # "anti-Syria journalist", "Iranian-backed militias": not Syria's, not Iran's
            elif kind in ("adjective", "demonym", "country") and self.ethnic_before(piece.start):
                k = self.ethnic_people(k)  # "ethnic Albanians in Macedonia"
            elif kind in NAME_KINDS:
                k = self.from_name(k)
            elif kind == "sector":
                k = self.from_sector(k)
            else:
                k = self.from_person(k)
        self.plural_states()
        self.world_bodies()
        self.immigrants_home()
        self.speakers_home()
        self.counterparts_of_owner()
        self.staff_of_companies()
        if self.agents:
            self.sole_state_agents()
        return self.out

    def staff_of_companies(self) -> None:
        """"workers at Iran's state oil company", "employees of the United Bus Company of Tehran":
        labour "of" or "at" a company that the words place in a state are that state's labour
        (LAB), one actor over both (the workers strike, not the firm), as ``company_staff`` reads
        the companies a place's name begins."""
        out = self.out
        for i, m in enumerate(out):
            if m.kind != "agent" or m.actor.country or (m.actor.sector or "")[:3] != "LAB":
                continue
            later = [n for n in out if n.start >= m.end and n.kind != "dateline"]
            if not later:
                continue
            n = min(later, key=lambda x: x.start)
            gap = [w for w in self.lowers[m.end : n.start] if w.strip()]
            if not (gap[:1] in (["of"], ["at"]) and all(w in ARTICLES for w in gap[1:])):
                continue
            if (n.actor.sector or "")[:3] != "BUS" or not n.actor.country:
                continue
            country = n.actor.country
            name = self.lex.countries.get(country, country)
            out[i] = TokenMatch(m.start, n.end, Actor(country + "LAB", country, "LAB", name, self.text(m.start, n.end)),
                                "name", m.title)
            out.remove(n)

    def world_bodies(self) -> None:
        """ "the Third World Water Forum", "the International Federation of Journalists", "the
        Global Volunteer Network": a capitalised name the dictionary does not know, with a word
        of the whole world ("World", "International", "Global") and a head of a body of members
        (WORLD_BODY_HEADS, not the heads of states' bodies: "Agency", "Organization", "Bank"):
        a non-governmental organisation (CAMEO's NGO), with the sector of a sector word in its
        name ("journalists": NGOMED)."""
        heads = [i for i, w in enumerate(self.words) if w in WORLD_BODY_HEADS]
        for i in heads:
            s = i
            while s > 0 and self.words[s - 1][:1].isupper() and self.words[s - 1].isalpha() \
                    and self.lowers[s - 1] not in ARTICLES:
                s -= 1
            e = i + 1
            if e + 1 < len(self.words) and self.lowers[e] in ("of", "for", "on") and self.words[e + 1][:1].isupper():
                e += 1
                while e < len(self.words) and e - i <= 5 and self.words[e][:1].isupper() and self.words[e].isalpha():
                    e += 1
            if not any(w in WORLD_WORDS for w in self.words[s:i]) or (s > 0 and self.words[s - 1] in POSSESSIVE):
                continue  # (a body a place's possessive owns is the place's: "Kenya's International Trade Council")
            inside = [m for m in self.out if m.start < e and m.end > s]
            if any(m.start < s or m.end > e or m.actor.country or (m.actor.code or "")[:3] in ("IGO", "NGO")
                   for m in inside):
                continue  # a known body or a place's
            if any(x.start < e and x.end > s and x.entry.kind != "sector" for x in self.pieces):
                continue
            members = [m for m in inside if not m.start <= i < m.end]  # not the head ("Congress": LEG)
            sector = members[-1].actor.sector if members else None
            self.out = [m for m in self.out if m not in inside]
            self.emit(s, e, Actor("NGO" + (sector or ""), None, sector, self.text(s, e), self.text(s, e)), "name")

    def counterparts_of_owner(self) -> None:
        """ "Peru's intelligence service met its Chilean counterpart", "Zambia's police chiefs met
        their Malawian counterparts": a counterpart holds the same office in another state as the
        body or official the possessive points back to, so it takes that one's sector (the
        nearest actor with a sector before it, of another country), not the state's officials'
        GOV that "counterpart" gives alone. The plural, which has no sector word of its own
        ("counterparts" of MPs are MPs), joins the state's adjective before it."""
        for i, m in enumerate(self.out):
            s, e = m.start, m.end
            if not m.actor.country or m.kind not in ("name", "group") or s == 0 \
                    or self.lowers[s - 1] not in COUNTERPART_OWNERS:
                continue
            if self.lowers[e - 1] not in COUNTERPARTS:
                if m.actor.sector or e >= len(self.words) or self.lowers[e] != "counterparts":
                    continue
                e += 1  # "their Malawian counterparts"
            owners = [x for x in self.out if x.end <= s - 1 and x.actor.sector and x.actor.country
                      and x.actor.country != m.actor.country and x.actor.sector[:3] != "CVL"]
            if not owners:
                continue
            sector = max(owners, key=lambda x: x.end).actor.sector
            a = m.actor
            self.out[i] = replace(m, end=e, actor=Actor(a.country + sector, a.country, sector, a.entity,
                                                        self.text(s, e)))

    def immigrants_home(self) -> None:
        """"Russian immigrants in Israel", "Ethiopian Jewish immigrants to Israel": immigrants
        named by their land of origin are the civilians of the one other state the sentence
        places them in or brings them to (where they live and act), as CAMEO codes them."""
        for i, m in enumerate(self.out):
            if not m.actor.country or self.lowers[m.end - 1] not in IMMIGRANT_WORDS:
                continue
            homes = set()
            for x in self.pieces:
                k = x.start - 1
                while k >= 0 and self.lowers[k] in ARTICLES:
                    k -= 1
                if x.entry.kind in ("country", "capital", "city") and x.entry.country and k >= 0 \
                        and self.lowers[k] in ("in", "to", "into") and x.start >= m.end:
                    homes.add(x.entry.country)
            homes.discard(m.actor.country)
            if len(homes) == 1:
                self.out[i] = replace(m, actor=self.civilians_of(homes.pop(), m.actor.text))

    def civilians_of(self, iso: str, text: str) -> Actor:
        """The civilians of the state ``iso``, where people named from elsewhere live."""
        return Actor(iso + "CVL", iso, "CVL", self.lex.countries.get(iso, iso), text)

    def speakers_home(self) -> None:
        """Round 28: "Russian speakers in Narva", "French speakers in Quebec": people named by their
        language are the civilians of the one other state the sentence names after them (where
        they live), never the state whose language they speak; with no such state, no actor."""
        for i, m in enumerate(self.out):
            if not m.actor.country or m.end >= len(self.lowers) or self.lowers[m.end] not in SPEAKER_WORDS:
                continue
            homes = {x.entry.country for x in self.pieces if x.start > m.end and x.entry.country
                     and x.entry.kind in ("country", "adjective", "capital", "city", "region")}
            homes.discard(m.actor.country)
            if len(homes) == 1:
                actor = self.civilians_of(homes.pop(), self.text(m.start, m.end + 1))
                self.out[i] = TokenMatch(m.start, m.end + 1, actor, "people", m.title)
            else:
                self.out[i] = None
        self.out = [m for m in self.out if m is not None]

    def ethnic_people(self, k: int) -> int:
        """"ethnic Albanians": a people, not Albania. With "in", "of" or "from" a place after it
        ("ethnic Albanians in Macedonia"), a community of that place's country: its civilians,
        as "Bosnian Serbs" are."""
        p = self.pieces
        piece = p[k]
        if piece.entry.kind == "demonym" and k + 1 < len(p):
            nxt = p[k + 1]
            gap = [w.lower() for w in self.between(piece.end, nxt.start) if w.lower() not in ARTICLES]
            if gap in (["in"], ["of"], ["from"]) and nxt.entry.kind in ("country", "capital", "city") \
                    and not self.stance_before(nxt.start):
                s = piece.start - 1
                country = nxt.entry.country or ""
                name = self.lex.countries.get(country, nxt.entry.entity)
                self.emit(s, nxt.end, Actor(country + "CVL", country, "CVL", name, self.text(s, nxt.end)), "people")
                return k + 2
        host = self.host_state(piece) if piece.entry.kind in ("demonym", "adjective") else None
        if host is not None and piece.entry.kind == "adjective" and k + 1 < len(p) and p[k + 1].entry.kind == "sector" \
                and self.adjacent(piece.end, p[k + 1].start):
            # "ethnic Albanian guerrillas" in a story of Macedonia: the minority's armed men or
            # leaders, of the state they live in
            after, sector, generic = self.sector_run(k + 1)
            s, e = piece.start - 1, p[after - 1].end
            name = self.lex.countries.get(host, host)
            self.emit(s, e, Actor(host + sector, host, sector, name, self.text(s, e)), "name")
            return after
        if host is not None and piece.entry.kind == "adjective" and not self.adjective_as_noun(piece.start, piece.end):
            host = None
        if host is not None:
            # "Macedonian police said ethnic Albanians had attacked ...": with no place after it,
            # the one other state the sentence names is the one the community lives in
            s = piece.start - 1
            name = self.lex.countries.get(host, host)
            self.emit(s, piece.end, Actor(host + "CVL", host, "CVL", name, self.text(s, piece.end)), "people")
        return k + 1

    def host_state(self, piece: _Piece) -> str | None:
        """The one state other than a people's own that the sentence names by a country, its
        adjective, a capital or a town (not one a stance or a backer names), else None."""
        own = piece.entry.country
        others = {x.entry.country for x in self.pieces
                  if x is not piece and x.entry.kind in ("country", "adjective", "capital", "city") and x.entry.country
                  and x.entry.country != own and not self.stance_before(x.start)}
        return others.pop() if len(others) == 1 else None

    def sole_state_agents(self) -> None:
        """Bodies the words leave without a country that belong to a part or an organ of a
        state: an armed group of a region ("southern rebels"), an office of a province ("a
        provincial governor") or a ministry ("the Ministry of Defence"). In a sentence that names
        one state as an actor (a name after a preposition of place, "talks in Nairobi", is a
        venue; a dateline is where the report was filed), they are that state's ("The Sudanese
        government and southern rebels ..."). A ministry needs a body of its own kind of that
        state beside it ("British troops" for the defence ministry): a ministry's statement is as
        often about another state ("... said Iraqi police arrested two men"). Left to the
        document's country (coref.py) otherwise."""
        loose = [m for m in self.out if m.kind == "agent" and not m.actor.country]
        if not loose:
            return
        actors = [m for m in self.out if m.kind not in ("agent", "dateline") and m.actor.country
                  and not m.actor.code.startswith("IGO") and not self.venue(m)]
        states = {m.actor.country for m in actors}
        if len(states) != 1:
            return
        (iso,) = states
        for i, m in enumerate(self.out):
            if m not in loose or m.start == 0:
                continue
            sector = m.actor.sector or ""
            before = self.lowers[m.start - 1]
            title = (m.actor.entity or "").lower()
            if sector[:3] in ARMED_SIDES and before in REGION_ADJECTIVES or sector[:3] == "GOV" and before in SUBNATIONAL:
                s = m.start - 1  # the region's or the province's word is part of the body's name
            elif title.startswith("ministry of ") or title.endswith(" ministry"):
                kind = sector[3:] or sector
                if not any((a.actor.sector or "").endswith(kind) for a in actors):
                    continue
                s = m.start
            else:
                continue
            name = self.lex.countries.get(iso, iso)
            self.out[i] = TokenMatch(s, m.end, Actor(iso + sector, iso, sector, name, self.text(s, m.end)), "name", m.title)

    def venue(self, m: TokenMatch) -> bool:
        """A name after a preposition of place ("talks in Nairobi"), or a place gone to or
        left ("troops would leave Basra"): where, not who."""
        k = self.before_place(m.start)
        return k >= 0 and (self.lowers[k] in PLACE_PREPS
                           or m.actor.sector is None and self.lowers[k].startswith(VISIT + MOTION))

    def plural_states(self) -> None:
        """"the two Koreas", "both Sudans" (plural_states.csv): one span coded once for each
        state (a group mention, as "Russian and Iranian officials" is)."""
        for i, w in enumerate(self.lowers):
            pair = self.lex.plural_states.get(w)
            if pair is None or i == 0 or not self.words[i][:1].isupper():
                continue
            s = i
            while s > 0 and self.lowers[s - 1] in ("the", "two", "both"):
                s -= 1
            if s == i:
                continue
            for iso in pair:
                self.emit(s, i + 1, Actor(iso, iso, None, self.lex.countries.get(iso, iso), self.text(s, i + 1)), "group")

    def from_person(self, k: int) -> int:
        """A person, and the sector words after the name: "the Bush administration",
        "Putin's spokesman" (the person's country with that sector)."""
        p = self.pieces
        piece = p[k]
        former = self.former_before(piece.start)
        if k + 1 < len(p) and p[k + 1].entry.kind == "sector" and not former:
            nxt = p[k + 1]
            gap = self.between(piece.end, nxt.start)
            if (not gap or gap in (["'s"], ["’s"], ["'"])) and piece.entry.country \
                    and self.lowers[nxt.end - 1] not in SUPPORTER_WORDS:  # (a "Putin supporter" is no organ of his)
                after, sector, generic = self.sector_run(k + 1)
                end = p[after - 1].end
                country = piece.entry.country
                text = self.text(piece.start, end)
                self.emit(piece.start, end, Actor(country + sector, country, sector, piece.entry.entity, text), "name")
                return after
        a = self.person_actor(piece, self.royal_title_in(piece), former, piece.start, piece.end)
        if a:
            self.emit(piece.start, piece.end, a, "person")
        return k + 1

    def state_leader(self, place: _Piece, person: _Piece, end: int, sector: str) -> bool:
        """ "South African leader F.W. de Klerk": "leader" after a state's name titles a person who
        led that state's government at some time as its leader for the time written about (as
        "President X" does); not a person who never held a government office of it ("Chechen
        leader X" of a breakaway government, a party leader)."""
        if self.lowers[end - 1] != "leader" or sector[:3] != "GOV" or place.entry.kind not in PLACE_KINDS:
            return False
        country = place.entry.country
        return bool(country) and any(x.kind == "person" and x.country == country and (x.sector or "")[:3] == "GOV"
                                     for x in person.entries)

    def royal_title_in(self, piece: _Piece) -> str | None:
        """The sector of a royal title that begins a person's name as written ("King Hassan",
        "Crown Prince Hassan bin Talal"): the title holds for the time written about, as
        "President Yeltsin" does, though the dictionary's alias carries it. Not in a longer name
        ("King Fahd Causeway")."""
        if piece.end < len(self.words) and self.words[piece.end][:1].isupper():
            return None
        for size in (2, 1):
            title = " ".join(self.lowers[piece.start : piece.start + size])
            if title in ROYAL_TITLES and piece.end > piece.start + size and self.words[piece.start][:1].isupper():
                return next((e.sector for e in self.lex.lower.get(tuple(title.split()), ()) if e.kind == "sector"), None)
        return None

    def from_name(self, k: int) -> int:
        p = self.pieces
        first = p[k]
        company = self.company_after(first) or self.state_body_after(first)
        if company is not None:
            # "Japan Airlines", "Munich Re", "the Jakarta Post": a company or news outlet of the
            # place's country, not the state; "the Kenya Wildlife Service": a body of the state
            end, sector = company
            country = first.entry.country or ""
            self.emit(first.start, end, Actor(country + sector, country, sector, self.text(first.start, end),
                                              self.text(first.start, end)), "name")
            while k < len(p) and p[k].start < end:
                k += 1
            return k
        if self.airline_before(first):
            # "Air India", "Air Zimbabwe": an airline named by "Air" and its country, not the state
            s, country = first.start - 1, first.entry.country or ""
            self.emit(s, first.end, Actor(country + "BUS", country, "BUS", self.text(s, first.end),
                                          self.text(s, first.end)), "name")
            return k + 1
        station = self.broadcaster(first) or self.newspaper(first)
        if station is not None:
            s, end, sector = station
            a = self.name_actor(first.entry, sector, s, end)
            if a:
                self.emit(s, end, a, "name")
            while k < len(p) and p[k].start < end:
                k += 1
            return k
        # "Russian and Iranian officials": coordinated adjectives sharing one sector
        group = [first]
        j = k
        while (j + 1 < len(p) and first.entry.kind in ("adjective", "region") and p[j + 1].entry.kind in ("adjective", "region")
               and self.gap(p[j], p[j + 1]) in (["and"], ["or"], [","], [",", "and"])):
            group.append(p[j + 1])
            j += 1
        if len(group) > 1 and j + 1 < len(p) and p[j + 1].entry.kind == "sector":
            after, sector, generic = self.sector_run(j + 1)
            last = p[j]
            if _joinable(self.words[last.end : p[j + 1].start], self.tags(last.end, p[j + 1].start)):
                s, e = first.start, p[after - 1].end
                former = self.former_before(s)
                for g in group:
                    a = self.name_actor(g.entry, sector, s, e, generic=generic, former=former)
                    if a:
                        self.emit(s, e, a, "group")
                return after
        if len(group) > 1 and not self.former_before(first.start):
            # round 30: "Uzbek and Kazakh customs services": coordinated adjectives sharing the head
            # of a state body the dictionary does not list (``state_body``): each state's body
            body, body_sector = self.state_body(group[-1])
            if body is not None:
                for g in group:
                    a = self.name_actor(g.entry, body_sector, first.start, body)
                    if a:
                        self.emit(first.start, body, a, "group")
                return next((i for i in range(j + 1, len(p)) if p[i].start >= body), len(p))
        if (first.entry.kind == "seat" and first.entry.country and k + 1 < len(p) and p[k + 1].entry.kind == "person"
                and self.between(first.end, p[k + 1].start) in SEAT_TITLES):
            # "U.S. Treasury Secretary James Baker": the head of a department named by it holds
            # its code on the day written about, whatever the dictionary's dates say; a former
            # head ("Former U.S. Treasury Secretary X") is of the department's country only
            person = p[k + 1]
            e = first.entry
            code, sector = (e.code, e.sector) if not self.former_before(first.start) else (e.country, None)
            self.emit(first.start, person.end, Actor(code, e.country, sector, person.entry.entity,
                                                     self.text(first.start, person.end)), "person", title=True)
            return k + 2
        envoy = self.envoy_at_body(k)
        if envoy is not None:
            return envoy
        # a name and its sector words, and the person they title
        if k + 1 < len(p) and p[k + 1].entry.kind in ("sector", "person"):
            nxt = p[k + 1]
            gap = self.words[first.end : nxt.start]
            portfolio = None  # the sector a portfolio's field gives its ministry
            first_sector = k + 1  # the first of the sector words joined to the name
            if first.entry.kind == "group":
                joinable = not self.between(first.end, nxt.start)
            else:
                adjective = first.entry.kind == "adjective" or first.entry.role == "adjective"
                # "Boston investment firms", "Japan steel companies": an industry's noun before a
                # company word (not "Iran supplies drones")
                trade = nxt.entry.kind == "sector" and nxt.entry.sector == "BUS"
                joinable = _joinable(gap, self.tags(first.end, nxt.start), nouns=adjective or trade)
                if not joinable and first.entry.kind in PLACE_KINDS and nxt.entry.kind == "sector" and _portfolio(gap):
                    # "Iranian Roads and Urban Development Minister X": a portfolio before a title
                    end = p[self.sector_run(k + 1)[0] - 1].end
                    joinable = _singular_title(self.lowers[end - 1]) and self.lowers[end - 1] not in ("deputy",)
                office = self.lower_portfolio(k) if first.entry.kind in PLACE_KINDS else None
                if office is not None:
                    # "Kenya's trade and industry minister", "the Iranian oil and gas ministry"
                    first_sector, portfolio = office
                    nxt, joinable = p[first_sector], True
            if joinable:
                former = self.former_before(first.start) or any(w.lower() in FORMER for w in gap)
                if nxt.entry.kind == "sector":
                    after, sector, generic = self.sector_run(first_sector)
                    if portfolio is not None:
                        sector = portfolio
                    end = p[after - 1].end
                    if after < len(p) and p[after].entry.kind == "person" and self.adjacent(end, p[after].start):
                        person = p[after]
                        title_sector = sector if not generic or self.lowers[end - 1] in PERSON_TITLES else None
                        if title_sector is None and self.state_leader(first, person, end, sector):
                            title_sector = "GOV"
                        a = self.person_actor(person, title_sector, former, first.start, person.end)
                        if a and not former and first.entry.kind in PLACE_KINDS and first.entry.country \
                                and not any(x.country == first.entry.country for x in person.entries if x.kind == "person"):
                            # "U.S. Trade Representative Michael Smith": the title's country, when the
                            # dictionary's person of that name is of another (a namesake)
                            country = first.entry.country
                            a = Actor(country + sector, country, sector, person.entry.entity, a.text)
                        elif a and not former and first.entry.kind == "igo" and not (a.code or "").startswith("IGO") \
                                and not any(x.kind == "person" and x.valid_on(self.day) for x in person.entries):
                            # round 30: "UN envoy James Baker" in 2001: a person who holds no office of
                            # record that day acts in the organisation's office the title names (one
                            # who holds one keeps it: "UN envoy" for a state's UN ambassador)
                            a = Actor(first.entry.code + sector, first.entry.country, sector, person.entry.entity, a.text)
                        if a:
                            self.emit(first.start, person.end, a, "person", title=True)
                            return after + 1
                    body = self.head_of_body(end, after) if generic else None
                    if body is not None:
                        # "the Iranian chief of the army", "Kenya's head of intelligence": a generic
                        # head "of" a body of a sector of its own is that body's
                        after, sector, _ = self.sector_run(body)
                        end = p[after - 1].end
                        generic = False
                    field = self.portfolio_after(end) if self.lowers[end - 1] in MINISTRY_WORDS else None
                    if field is not None:
                        # "the Iranian minister of defence": the portfolio after the title, as
                        # before it ("defence minister" GOVMIL)
                        sector, end = field
                        while after < len(p) and p[after].start < end:
                            after += 1
                    title = _singular_title(self.lowers[end - 1])
                    title_end = end
                    sector = self.state_title(sector, title_end, first.entry)
                    if sector in FLEEING_SECTORS and not generic and self.fleeing(end):
                        sector = "REF"  # "Chadian villagers fleeing the army": the displaced (fleeing)
                    if (sector == "BUS" and generic and self.lowers[end - 1] in ("board", "boards")
                            and first.entry.kind in ("country", "adjective", "capital")):
                        sector = "GOV"  # "Turkey's Higher Education Board": a state's board (STATE_BODIES)
                    if sector == "MIL" and first.entry.kind != "igo" and first.entry.country and self.named_army(gap, end):
                        sector = "REB"  # "the Sudan Liberation Army": an armed group of the place
                    if title and sector[:3] in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "REL"):
                        end = self.extend_name(end)
                        person = self.pieces_start.get(end)
                        if (end > title_end and person is not None and person.entry.kind == "person"
                                and all(w[:1].isupper() for w in self.between(title_end, end))):
                            # "West German Finance Minister Gerhard Stoltenberg": a first name the
                            # dictionary does not give, then a known surname; the title's actor
                            # holds for the whole name
                            end = person.end
                            after = next(j for j, x in enumerate(p) if x is person) + 1
                    start = first.start
                    if sector == "MED" and first.entry.kind in PLACE_KINDS:
                        state = self.state_owned_before(first.start)
                        if state is not None:  # "official Syrian newspaper", "state-run Iranian media"
                            start, sector = state, "GOVMED"
                    # (a generic envoy word too: "the Iraqi mission to the United Nations")
                    body = self.accredited_to(end, after, first.entry.kind == "igo") if sector == "GOV" and (
                        not generic or self.lowers[end - 1] in ENVOYS) else None
                    if body is not None:
                        end, after = p[body].end, body + 1  # "the Syrian ambassador to the United Nations"
                    a = self.name_actor(first.entry, sector, start, end, generic=generic, former=former)
                    if a:
                        self.emit(start, end, a, "name", title=title)
                    return after
                if nxt.entry.kind == "person" and first.entry.kind in PLACE_KINDS and self.adjacent(first.end, nxt.start):
                    # "Iranian Pezeshkian": the person, spanning the adjective
                    a = self.person_actor(nxt, None, former, first.start, nxt.end)
                    if a:
                        self.emit(first.start, nxt.end, a, "person")
                        return k + 2
                if (nxt.entry.kind == "person" and first.entry.kind in ("adjective", "country") and first.entry.country
                        and not former and self.namesake(nxt, first.entry.country)):
                    # "French financier Pierre Moussa": the dictionary's person of that name is of
                    # another country; the text's adjective says whose this one is
                    country = first.entry.country
                    self.emit(first.start, nxt.end, Actor(country, country, None, nxt.entry.entity,
                                                          self.text(first.start, nxt.end)), "person")
                    return k + 2
        if (first.entry.kind == "region" and first.entry.role == "adjective" and k + 1 < len(p)
                and p[k + 1].entry.kind in ("country", "capital", "city") and self.adjacent(first.end, p[k + 1].start)):
            return k + 1  # "Western Cambodia", "Central Asian Kazakhstan": a part of a place
        former = self.former_before(first.start)
        # "thousands of Kenyans", "23 Ethiopians", "Syrians living in Lebanon": people
        # counted or placed are civilians (ICEWS' "Citizen"); a people alone ("the Palestinians
        # rejected the plan") may be their nation's side and keeps the country only
        home = self.resident(k) if first.entry.kind == "demonym" and not former else None
        if home is not None:
            # a people of a kin state native to a neighbour ("Serbs in Bosnia", "Albanians in
            # Macedonia") are that state's own people; others keep their nation ("Syrians in Lebanon")
            kin = first.entry.country in KIN_STATES and p[home].entry.country and self.lowers[p[home].start - 1] == "in"
            a = self.name_actor(p[home].entry if kin else first.entry, "CVL", first.start, p[home].end)
            if a:
                self.emit(first.start, p[home].end, a, "people")
                return home + 1
        people = first.entry.kind == "demonym" and not former and self.counted(first.start)
        if first.start in self.minorities and not former:
            people = True  # "Bosnian Serbs", "Kosovo Albanians": a people within a state, not its side
        if first.entry.kind == "adjective" and not former and self.adjective_as_noun(first.start, first.end):
            people = True  # "an American was detained", "two Sudanese": persons of that country
        fled = first.entry.kind in ("demonym", "adjective") and not former and self.fleeing(first.end)
        # ("Acehnese fleeing the fighting", "Somalis displaced by the drought": refugees)
        people = people or fled
        body, body_sector = self.state_body(first) if not people and not former else (None, None)
        if body is not None:
            # "Pakistan's accountability bureau", "Israel's Prison Service": a body of the state;
            # "a Danish dairy group", "Saudi supermarket chains": a company of an industry
            a = self.name_actor(first.entry, body_sector, first.start, body)
            if a:
                self.emit(first.start, body, a, "name")
                return next((j for j in range(k + 1, len(self.pieces)) if self.pieces[j].start >= body), len(self.pieces))
        a = self.name_actor(first.entry, ("REF" if fled else "CVL") if people else None, first.start, first.end, former=former)
        if a:
            self.emit(first.start, first.end, a, "people" if first.entry.kind == "demonym" else "name")
        return k + 1

    def fleeing(self, end: int) -> bool:
        """Whether the words after ``end`` say that people fled their homes ("fleeing the
        fighting", "displaced by floods", "who fled the war"): such people are refugees (REF),
        as CAMEO codes the displaced, not civilians at home."""
        after = [w for w in self.lowers[end : end + 6] if w.strip()]
        if after[:1] and after[0] in FLEEING:
            return True
        return after[:1] == ["who"] and (after[1:2] == ["fled"] or (after[1:2] in (["have"], ["had"]) and after[2:3] == ["fled"]))

    def state_body(self, first: _Piece) -> tuple[int | None, str | None]:
        """The end of a body of a state named after it with a head word of STATE_BODIES: "Pakistan's
        accountability bureau", "the Turkish Higher Education Board", "Mali's transitional
        committee" (the state's name, a possessive, one to three modifiers of the same case as the
        head). None where no such head ends the noun phrase ("Kenya's service sector"), where it
        is another's ("the Nairobi bureau of a bank"), where a modifier is a name or a sector word
        of the dictionaries (those read as they say), or for
        capitalised councils and committees, which name parties and fronts as often ("the Syrian
        National Council"). With the end, its sector: GOV; BUS for a company word of BUSINESS_HEADS
        after a lower-case industry noun of INDUSTRIES ("a Danish dairy group", "Saudi Arabia's
        biggest supermarket chains"; not "a Danish pressure group", "the food chain")."""
        if first.entry.kind not in ("country", "adjective", "capital") or not first.entry.country:
            return None, None
        at = [i for i in range(first.end, min(first.end + 12, len(self.words))) if self.words[i].strip()]
        if at and self.words[at[0]] in POSSESSIVE:
            at = at[1:]
        starts = {x.start for x in self.pieces}
        for n, i in enumerate(at[:4]):
            word = self.words[i]
            if i in starts or not word.replace("-", "").isalpha():
                return None, None
            mods = [self.words[j] for j in at[:n]]
            if self.lowers[i] in BUSINESS_HEADS and word.islower() and mods and mods[-1] in INDUSTRIES:
                sector = "BUS"
            elif self.lowers[i] not in STATE_BODIES:
                continue
            elif not mods:
                return None, None  # "the Kenya Commission", "Kenya's office": too little to say which body
            else:
                sector = "GOV"
            if word.islower():
                if not all(m.islower() or m == "-" for m in mods):
                    return None, None
            elif not (word[:1].isupper() and all(m[:1].isupper() or m in ("and", "-") for m in mods)) or \
                    self.lowers[i] in ("council", "councils", "committee", "committees"):
                return None, None
            nxt = at[n + 1] if n + 1 < len(at) else None
            if nxt is not None and self.words[nxt].isalpha() and self.words[nxt].islower() and (
                    not self.pos or self.pos[nxt] in ("NOUN", "PROPN")):
                return None, None  # "Kenya's service sector", "agency fees": the word modifies another noun
            if nxt is not None and self.lowers[nxt] == "of":
                return None, None  # "the Kenyan bureau of Reuters": another's body in the place
            return i + 1, sector
        return None, None

    def accredited_to(self, end: int, after: int, igo: bool = False) -> int | None:
        """The index of the international body an envoy word ending at ``end`` is sent to ("the
        Syrian ambassador to the United Nations", "Iran's envoy to the IAEA"), or of the place of
        his mission (``igo``: the sender is an organisation): the envoy stays his sender's
        official; the body or place is where he serves, not whose he is."""
        p = self.pieces
        if self.lowers[end - 1] not in ENVOYS or after >= len(p):
            return None
        gap = [w.lower() for w in self.between(end, p[after].start)]
        if p[after].entry.kind == "igo":
            return after if gap in (["to"], ["to", "the"], ["at"], ["at", "the"]) else None
        # "the U.S. envoy to the Balkans", "the U.N. envoy for Afghanistan": the region or the
        # mission's land is part of his office's name, not another actor; he stays his sender's.
        # A state's envoy "to" a state keeps that state apart: it is the other side when he is
        # recalled or expelled ("Iran's ambassador to Germany was recalled")
        kind = p[after].entry.kind
        if kind not in PLACE_KINDS or kind == "adjective":
            return None
        if gap in (["for"], ["for", "the"]) or (gap in (["to"], ["to", "the"]) and (kind == "region" or igo)):
            return after
        return None

    def envoy_at_body(self, k: int) -> int | None:
        """"Iran's U.N. ambassador", "the Indian NATO envoy": a state's envoy to an international
        body (or to a land or region: "Washington's Middle East envoy") named between the state and
        the envoy word is the state's official (GOV), not the body's. Emits and returns the index
        after the envoy word, else None."""
        p = self.pieces
        first = p[k]
        if k + 2 >= len(p) or p[k + 2].entry.kind != "sector":
            return None
        mid = p[k + 1].entry.kind
        # (or the land or region of the mission: "Washington's Middle East envoy", "Russia's
        # Balkans envoy", "the U.N. Afghanistan envoy": the sender's, not the place's)
        state = first.entry.kind in ("country", "adjective") and first.entry.country
        sender = state or (mid != "igo" and (first.entry.kind == "igo" or (first.entry.kind == "capital" and first.entry.country)))
        if not sender or mid not in ("igo", "region", "country"):
            return None
        body, word = p[k + 1], p[k + 2]
        gap = [w for w in self.between(first.end, body.start) if w.strip()]
        if gap not in ([], ["'s"], ["’s"]) or not self.adjacent(body.end, word.start):
            return None
        after, sector, generic = self.sector_run(k + 2)
        end = p[after - 1].end
        if sector != "GOV" or self.lowers[end - 1] not in ENVOYS:
            return None
        a = self.name_actor(first.entry, sector, first.start, end, former=self.former_before(first.start))
        if a:
            self.emit(first.start, end, a, "name", title=_singular_title(self.lowers[end - 1]))
        return after

    def broadcaster(self, piece: _Piece) -> tuple[int, int, str] | None:
        """(start, end, sector) of a station named by its place: "Radio Tehran", "Radio
        Pakistan", "Baghdad radio", "Kabul television" are state broadcasters (GOVMED) -- a
        station named "Radio" and its state or capital, or by its capital, speaks for the state,
        as "state radio" does; "Israel radio" and "Iraqi radio" are the country's media (MED),
        as "Iraqi television" is."""
        kind = piece.entry.kind
        if kind not in ("capital", "country", "adjective") or not piece.entry.country:
            return None
        s, e = piece.start, piece.end
        if s > 0 and self.words[s - 1] == "Radio" and kind in ("capital", "country"):
            return s - 1, e, "GOVMED"
        if e < len(self.words) and self.lowers[e] in BROADCAST:
            if kind == "adjective" and self.lowers[e] != "radio":
                return None  # "Iraqi television": the sector word does it
            end = e + 1
            if end < len(self.words) and self.lowers[end] in ("station", "stations"):
                end += 1  # "a Baghdad radio station"
            return s, end, "GOVMED" if kind == "capital" else "MED"
        return None

    def us_party_before(self, s: int) -> bool:
        """The word before is a US party's adjective or name on its own ("Republican",
        "Democrats"), not the end of another party's name ("Social Democratic", "Christian
        Democrat", "Irish Republican") nor a word of a name the dictionary knows."""
        if s == 0 or self.words[s - 1] not in US_PARTY_WORDS or any(x.start < s <= x.end for x in self.pieces):
            return False
        before = self.words[s - 2] if s > 1 else ""
        return not before[:1].isupper() or before.lower() in ARTICLES

    def newspaper(self, piece: _Piece) -> tuple[int, int, str] | None:
        """(start, end, sector) of a paper named by its country's adjective and "daily" or
        "weekly" ("the Israeli daily Haaretz", "an Egyptian weekly said", "the official Syrian
        daily Tishrin"): the country's media (MED; state media with "official", "state-run"),
        spanning the paper's name when one follows. Not "daily" as an adjective of another noun
        ("Israeli daily life")."""
        if piece.entry.kind != "adjective" or not piece.entry.country:
            return None
        e = piece.end
        if e >= len(self.words) or self.lowers[e] not in PRESS_WORDS:
            return None
        end = e + 1
        nxt = self.words[end] if end < len(self.words) else ""
        named = nxt[:1].isupper() or nxt.lower().startswith(("al-", "el-", "ha-"))
        if nxt and not named and nxt.isalpha() and not (self.pos and self.pos[end] in ("VERB", "AUX")):
            return None  # "Israeli daily life", "Iraqi daily oil exports"
        outlet = self.pieces_start.get(end)
        if outlet is not None and outlet.entry.kind == "seat" and outlet.entry.country == piece.entry.country \
                and (outlet.entry.sector or "").endswith("MED"):
            end = outlet.end  # a paper the dictionary knows: "the Israeli daily Haaretz"
        elif named and end not in self.pieces_start:
            while end < len(self.words) and end - e <= 5 and end not in self.pieces_start and (
                    self.words[end][:1].isupper() or self.words[end].lower().startswith(("al-", "el-", "ha-"))
                    or (self.words[end] in ("-", "–") and self.words[end + 1 : end + 2] and self.words[end + 1][:1].isupper())):
                end += 1  # the paper's own name: "Haaretz", "Al-Hayat"
        state = self.state_owned_before(piece.start)
        if state is not None:
            return state, end, "GOVMED"
        return piece.start, end, "MED"

    def loyal_to(self, k: int, e: int, after: int, sector: str, generic: bool = False) -> tuple[int, Actor] | None:
        """(piece index after, actor) for forces "loyal to" someone: "troops loyal to President
        Kabila" are the leader's country's, with the sector word's role; "fighters loyal to
        Hekmatyar", "militiamen loyal to the SPLA" take the role of a rebel leader or group.
        People "led by" or "headed by" someone are the same way the leader's country's with
        their own role ("students led by Joshua Wong" EDU, "farmers led by X" AGR: the leader
        heads them, they are not his office), and so are the "supporters of" a person, who are
        civilians, or the opposition when their leader is."""
        p = self.pieces
        link = next((n for n, words in enumerate(BY_LEADER) if self.lowers[e : e + len(words)] == words), None)
        if link is None or after >= len(p) or generic:
            return None
        size = len(BY_LEADER[link])
        if link == 0 and sector[:3] not in FORCE_SECTORS:
            return None
        supporters = self.lowers[e - 1] in SUPPORTER_WORDS
        if (link == len(BY_LEADER) - 1) != supporters:
            return None  # "of" only after a supporters' word
        j, title = after, ""
        if p[j].entry.kind == "sector":  # a title before the name ("President", "General")
            j, title, _ = self.sector_run(j)
            if j >= len(p) or p[j].entry.kind != "person" or not self.adjacent(p[j - 1].end, p[j].start):
                return None
        nxt = p[j]
        if [w for w in self.lowers[e + size : p[after].start] if w not in ARTICLES]:
            return None
        if link > 0 and j + 1 < len(p) and p[j + 1].start == nxt.end and p[j + 1].entry.kind == "sector":
            return None  # "students led by the Kenyan army": the leader's phrase goes on
        if nxt.entry.kind == "person":
            leader = self.person_actor(nxt, None, False, nxt.start, nxt.end)
        elif nxt.entry.kind == "group":
            leader = self.name_actor(nxt.entry, None, nxt.start, nxt.end)
        else:
            return None
        if leader is None or not leader.country:
            return None
        armed = bool(leader.sector) and leader.sector[:3] in ARMED_SIDES
        role = leader.sector if armed and sector[:3] in FORCE_SECTORS else sector
        if supporters and "OPP" in (title[:3], (leader.sector or "")[:3]):
            role = "OPP"  # "supporters of opposition leader X"
        # a state's forces are the state's, named as other state forces are; a rebel leader's
        # fighters are his movement's
        entity = leader.entity if armed else self.lex.countries.get(leader.country, leader.country)
        s = p[k].start
        return j + 1, Actor(leader.country + role, leader.country, role, entity, self.text(s, nxt.end))

    def company_staff(self, s: int, place: _Piece, lowered: list[str], sector: str, generic: bool,
                      former: bool) -> tuple[int, Actor] | None:
        """(end, actor) of people named by a specific sector word "of", "at" or "from" a company
        or paper named by a place and its company words ("workers of the Ghana Cocoa Company",
        "employees at Kenya Airways", "journalists of the Lagos Daily Times"): the people, with
        their own sector, of the company's country (not the company: the workers strike, the
        firm does not); so too for a company the dictionary names ("workers at Hyundai"); a
        generic word takes the firm's sector ("officials of the Ghana Cocoa Company" run the
        firm: BUS, not the state's GOV)."""
        if former or lowered not in (["of"], ["at"], ["from"]):
            return None
        if (place.entry.kind in ("seat", "group") and place.entry.sector == "BUS" and place.entry.country
                and not generic and sector[:3] in STAFF_SECTORS and sector[:3] != "BUS"):
            # "workers at the Hyundai car plant", "engineers of Toyota": a named company's staff
            # are people of its country with their own sector, as at a company a place names
            country = place.entry.country
            return place.end, Actor(country + sector, country, sector, self.lex.countries.get(country, country),
                                    self.text(s, place.end))
        if not place.entry.country or place.entry.kind not in ("country", "adjective", "capital", "city"):
            return None
        company = self.company_after(place)
        end, firm = company if company is not None else (self.firm_name_end(place.end), "BUS")
        if end is None:
            return None
        sector = firm if generic else sector
        country = place.entry.country
        name = self.lex.countries.get(country, country)
        return end, Actor(country + sector, country, sector, name, self.text(s, end))

    def state_body_after(self, first: _Piece) -> tuple[int, str] | None:
        """(end, "GOV") of a state body the dictionary does not know, named by its country, one to
        three capitalised words of its own and a head of STATE_BODY_HEADS, perhaps with "of" and
        a capitalised field ("the Uganda Investment Agency", "the Nigerian Communications
        Commission", "the Kenya Bureau of Standards"). Not past a dictionary word (its own
        rule codes "the Kenya Intelligence Agency"), nor with a longer name after it."""
        if first.entry.kind not in ("country", "adjective") or not first.entry.country:
            return None
        own = first.end
        if (own < len(self.words) and self.words[own] in POSSESSIVE and first.entry.kind == "country"
                and own + 1 < len(self.words) and self.words[own + 1][:1].isupper()):
            own += 1  # "Pakistan's National Accountability Bureau": the state's body all the same
        k = own
        while (k < len(self.words) and k - own < 4 and k not in self.pieces_start
               and self.words[k][:1].isupper() and self.words[k].isalpha() and self.words[k] not in STATE_BODY_HEADS):
            k += 1
        if k >= len(self.words) or self.words[k] not in STATE_BODY_HEADS or k in self.pieces_start:
            return None
        end = k + 1
        if end + 1 < len(self.words) and self.lowers[end] in ("of", "for", "on") and self.words[end + 1][:1].isupper():
            tail = end + 1
            while tail < len(self.words) and tail - end <= 3 and tail not in self.pieces_start \
                    and self.words[tail][:1].isupper() and self.words[tail].isalpha():
                tail += 1
            end = tail if tail > end + 1 and (tail >= len(self.words) or tail not in self.pieces_start) else end
        if k == own and end == k + 1:
            return None  # "the Kenya Commission": too little of a name of its own
        if end < len(self.words) and self.words[end][:1].isupper() and self.words[end].isalpha():
            return None  # a longer name goes on
        return end, "GOV"

    def firm_name_end(self, e: int) -> int | None:
        """The end of a firm's name that goes on from ``e`` (after its place's name) over up to
        three capitalised words of its own to a capitalised business word ("[Ghana] Cocoa
        Company"), or None."""
        k = e
        while k < len(self.words) and k - e <= 3:
            body = self.pieces_start.get(k)
            if body is not None:
                words = self.between(body.start, body.end)
                longer = body.end < len(self.words) and self.words[body.end][:1].isupper() \
                    and self.words[body.end].isalpha()  # "the Lima Fishing Industries Federation"
                return body.end if (body.entry.kind == "sector" and (body.entry.sector or "")[:3] == "BUS"
                                    and all(w[:1].isupper() for w in words) and not longer) else None
            if not (self.words[k][:1].isupper() and self.words[k].isalpha()):
                return None
            k += 1
        return None

    def name_goes_on(self, e: int) -> bool:
        """A capitalised word right after a place's name that starts no dictionary name and, in a
        parse, no person's name: the place begins the name of a body ("Sao Paulo State
        Industries Federation"), not of the place itself."""
        if e >= len(self.words):
            return False
        body = self.pieces_start.get(e)
        if body is not None:
            # "the head of the Lagos Chamber of Commerce": a capitalised body's name after it
            return body.entry.kind == "sector" and all(w[:1].isupper() for w in self.between(body.start, body.end)
                                                       if w.isalpha() and w.lower() not in ("of", "and", "for"))
        w = self.words[e]
        if not (w[:1].isupper() and w.isalpha()) or w in COMPANY_WORDS or w in MEDIA_WORDS:
            return False
        if self.ents is not None:
            return self.ents[e] not in ("PERSON", "")
        return False

    def state_title(self, sector: str, end: int, place: Entry) -> str:
        """"the Chief Executive of Hong Kong": a company's title of a state or territory is its
        head of government (GOV)."""
        if sector == "BUS" and self.lowers[max(0, end - 2) : end] == ["chief", "executive"] and place.kind == "country":
            return "GOV"
        return sector

    def namesake(self, person: _Piece, country: str) -> bool:
        """Only one or two lower-case nouns between a country's adjective and a known person's
        name ("French financier", "Kenyan marathon runner"), and no term of that person in that
        country: the text names another person of the same name."""
        gap = self.between(self.pieces_start_end(person), person.start)
        if not 1 <= len(gap) <= 2 or not all(w.isalpha() and w.islower() for w in gap):
            return False
        if self.pos and not all(t == "NOUN" for t in self.tags(person.start - len(gap), person.start) if t):
            return False
        return not any(x.country == country for x in person.entries if x.kind == "person")

    def pieces_start_end(self, person: _Piece) -> int:
        """The end of the piece just before ``person``."""
        before = [x.end for x in self.pieces if x.end <= person.start]
        return max(before) if before else person.start

    def company_after(self, first: _Piece) -> tuple[int, str] | None:
        """(end, sector) of a company's or news outlet's name made of a place's name and the
        capitalised words of COMPANY_WORDS or MEDIA_WORDS right after it, or None."""
        if first.entry.kind not in ("country", "adjective", "capital", "city") or not first.entry.country:
            return None
        nxt = self.pieces_start.get(first.end)
        if nxt is not None and nxt.entry.kind not in ("sector",):
            return None  # "U.S. Securities and Exchange Commission": a name of its own follows
        end, sector = first.end, None
        named = end  # "China Three Gorges Project Corp": up to three capitalised words of its own first
        while (named < len(self.words) and named - first.end < 3 and named not in self.pieces_start
               and self.words[named][:1].isupper() and self.words[named].isalpha() and not self.words[named].isupper()
               and self.words[named] not in COMPANY_WORDS and self.words[named] not in MEDIA_WORDS):
            named += 1
        if named > end and named < len(self.words) and self.words[named] in COMPANY_SUFFIXES:
            end = named
        while end < len(self.words) and (self.words[end] in COMPANY_WORDS or self.words[end] in MEDIA_WORDS):
            if sector is None:
                sector = "MED" if self.words[end] in MEDIA_WORDS else "BUS"
            end += 1
        if sector is None or (end < len(self.words) and self.words[end][:1].isupper() and self.words[end].isalpha()):
            return None  # "Swiss Air Force", "California Air Resources Board": a longer name
        return end, sector

    def venue_of_verb(self, e: int, place: int, sector: str) -> bool:
        """Firms followed by "in" a place that the parse hangs on something other than them
        ("Brazil met creditor banks in New York", "talks with foreign investors in London"):
        the place is where the act happened; firms go abroad to deal. Other sectors keep the
        place (a village's people, a town's police, rebels where they fight)."""
        if self.heads is None or sector[:3] != "BUS":
            return False
        at = next((j for j in range(e, place) if self.lowers[j] in ("in", "inside")), None)
        return at is not None and self.heads[at] != e - 1

    def airline_before(self, first: _Piece) -> bool:
        """A country's or town's name right after a capitalised "Air" that no other name
        covers ("Air India", "Air Zimbabwe"): an airline's name. Not "Air Force", whose place
        comes first, nor lower-case "air" ("air strikes in Syria")."""
        s = first.start
        if s < 1 or self.words[s - 1] != "Air" or first.entry.kind not in ("country", "capital", "city") \
                or not first.entry.country or any(x.start <= s - 1 < x.end for x in self.pieces):
            return False
        return not (first.end < len(self.words) and self.lowers[first.end] in ("force", "forces"))

    def people_of(self, s: int, e: int, at: int, sector: str, generic: bool, former: bool) -> int | None:
        """ "the families of East Timorese killed in the raid", "relatives of Sudanese held
        abroad": a nationality whose adjective is its own plural (-ese, Swiss, French ...) as the
        noun after "of" is that people, whose country the sector word's people are of. Returns
        the piece index after it, or None."""
        p = self.pieces
        if generic or former or at >= len(p) or p[at].entry.kind != "adjective" or not p[at].entry.country:
            return None
        adj = p[at]
        word = self.lowers[adj.end - 1]
        if self.between(e, adj.start) and [w.lower() for w in self.between(e, adj.start)] != ["of"]:
            return None
        if not (word.endswith("ese") or word in SAME_PLURAL_PEOPLES):
            return None
        if adj.end < len(self.words) and not (self.pos and self.pos[adj.end] in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ",
                                                                                  "PART", "CCONJ")):
            return None  # "families of Sudanese soldiers": the noun after it is the people
        a = self.name_actor(adj.entry, sector, s, adj.end)
        if a:
            self.emit(s, adj.end, a, "name")
        return at + 1

    def adjective_as_noun(self, s: int, e: int) -> bool:
        """A country's adjective used as a noun for persons: after "a", "an", "one" or a count
        ("a Pakistani was arrested", "three Swiss"), with no noun after it ("a Pakistani
        delegation" is not; with no parse, a lower-case word after it counts as a noun)."""
        word = self.quantity_before(s)
        if not (word in ("a", "an", "one") or _is_count(word)):
            return False
        if e >= len(self.words):
            return True
        if e + 1 < len(self.words) and self.words[e] in ("-", "–") and self.lowers[e + 1] in FUSED_SAME_ACTOR:
            return False  # round 30: "a British-owned mine", "a Saudi-led force": a modifier, no person
        if self.pos:
            # (not before "and": "2,000 Thai and 74 Malaysian stores" share a noun)
            return self.pos[e] in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "PART")
        nxt = self.words[e]
        return not nxt[:1].isalpha() or nxt.lower() in ("was", "were", "is", "are", "who", "in", "from", "has", "had")

    def counted(self, s: int) -> bool:
        """A number, a word of quantity, or "young"/"ordinary" before a people ("two Russians",
        "thousands of Kenyans", "young Tunisians")."""
        word = self.quantity_before(s)
        return _is_count(word) or word in ("young", "ordinary", "fellow", "elderly")

    def quantity_before(self, s: int) -> str:
        """The word before position ``s``, over one "of" ("thousands of Kenyans"), or ""."""
        k = s - 1
        if k >= 1 and self.lowers[k] == "of":
            k -= 1
        return self.lowers[k] if k >= 0 else ""

    def resident(self, k: int) -> int | None:
        """"Syrians living in Lebanon", "Somalis in Mogadishu", "Syrians of the occupied
        Golan": a people said to live in a place (which may be another country's). The index of
        the place's piece, or None."""
        p = self.pieces
        end = p[k].end
        if end >= len(self.words) or self.lowers[end] not in ("living", "residing", "in", "inside", "of"):
            return None
        for j in range(k + 1, min(k + 4, len(p))):
            gap = [w for w in self.lowers[end : p[j].start] if w.strip()]
            if not all(w in RESIDING or w in ARTICLES or w in COMPASS for w in gap):
                return None
            if p[j].entry.kind in ("country", "capital", "city"):
                return j
            if p[j].entry.kind != "adjective" or p[j].end >= len(self.words) or self.lowers[p[j].end] not in ("-", "–"):
                return None
            end = p[j].end  # "the Israeli-occupied West Bank": the adjective is part of the way
        return None

    def owned_place(self, at: int, unlisted: bool = False) -> tuple[int, int] | None:
        """After "<title> of <state>'s": the end of a place of that state that follows, and the
        index of the piece after it, when the phrase ends there ("the governor of Nigeria's
        Lagos state", "the mayor of Kenya's capital", "the police chief of Pakistan's Sindh
        province", "officials in Nigeria's Delta state"); None for anything else ("the leader of
        Iraq's militias")."""
        p, state = self.pieces, self.pieces[at]
        k = state.end + 1
        if state.entry.kind != "country" or not state.entry.country or k >= len(self.words):
            return None
        nxt_k = at + 1
        if self.lowers[k] in OWNED_PLACE_WORDS:
            end = k + 1  # "Kenya's capital"
        elif (nxt_k < len(p) and p[nxt_k].start == k and p[nxt_k].entry.kind in ("city", "capital")
              and p[nxt_k].entry.country == state.entry.country):
            end = p[nxt_k].end
            nxt_k += 1
            if end < len(self.words) and self.lowers[end] in OWNED_PLACE_WORDS:
                end += 1  # "Lagos state", "Sindh province"
        elif unlisted:
            # "officials in Nigeria's Delta state", "Ethiopia's Somali region": a part of the
            # state the dictionary does not know, named by capitalised words and a part's noun,
            # for the state's officers there (``unlisted``; people there are placed by the
            # sentence's place, as "villagers in Algeria's Medea province")
            named = k
            while named < len(self.words) and named - k < 3 and self.words[named][:1].isupper() \
                    and self.words[named].isalpha():
                named += 1
            if named == k or named >= len(self.words) or self.lowers[named] not in OWNED_PLACE_WORDS - {"capital"}:
                return None
            end = named + 1
        else:
            return None
        if end < len(self.words) and (self.words[end] in POSSESSIVE or self.words[end][:1].isalpha() and (
                self.pos is None or self.pos[end] in ("NOUN", "PROPN", "ADJ", "PART"))):
            return None  # the noun phrase goes on ("Kenya's capital city council"): not a place alone
        while nxt_k < len(p) and p[nxt_k].start < end:
            nxt_k += 1
        return end, nxt_k

    def from_sector(self, k: int) -> int:
        p = self.pieces
        after, sector, generic = self.sector_run(k)
        s, e = p[k].start, p[after - 1].end
        former = self.former_before(s)
        # a title and a person: "President Putin", "Foreign Minister Lavrov", and a title with
        # its portfolio: "Minister of Foreign Affairs Sergey Lavrov", "Minister for Interior X"
        titled = after if after < len(p) and p[after].entry.kind == "person" and self.adjacent(e, p[after].start) \
            else self.portfolio_person(e, after)
        if titled is not None:
            person = p[titled]
            title_sector = sector if not generic or self.lowers[e - 1] in PERSON_TITLES else None
            a = self.person_actor(person, title_sector, former, s, person.end)
            if a:
                self.emit(s, person.end, a, "person", title=True)
            return titled + 1
        if sector == "LEG" and not generic and not former and self.us_party_before(s) and not (
                after < len(p) and self.lowers[e : e + 1] in (["in"], ["of"], ["from"]) and p[after].start == e + 1
                and p[after].entry.country not in (None, "USA")):
            # "Republican lawmakers", "Democratic senators": members of Congress of a US party
            # (not "Democratic lawmakers in Taiwan": a party of the place named)
            name = self.lex.countries.get("USA", "USA")
            self.emit(s - 1, e, Actor("USALEG", "USA", "LEG", name, self.text(s - 1, e)), "name")
            return after
        if (not former and self.lowers[e - 1] == "opposition" and e - s == 1 and after < len(p)
                and p[after].entry.kind == "group" and p[after].entry.sector == "PTY" and p[after].entry.country
                and self.adjacent(e, p[after].start)
                and not (after + 1 < len(p) and p[after + 1].entry.kind == "sector"
                         and self.adjacent(p[after].end, p[after + 1].start)
                         and self.lowers[p[after + 1].start : p[after + 1].end] != ["party"])):  # ("opposition Likud lawmakers")
            # "the opposition Awami League", "the opposition Likud party": the text says the party
            # is in opposition (CAMEO's OPP), whatever its role on other days
            nxt = p[after]
            end = nxt.end + 1 if nxt.end < len(self.words) and self.lowers[nxt.end] == "party" else nxt.end
            country = nxt.entry.country
            self.emit(s, end, Actor(country + "OPP", country, "OPP", nxt.entry.entity, self.text(s, end)), "name")
            return after + (2 if end > nxt.end else 1)
        loyal = self.loyal_to(k, e, after, sector, generic) if not former else None
        if loyal is not None:
            nxt_k, a = loyal
            self.emit(s, p[nxt_k - 1].end, a, "name")
            return nxt_k
        # "the foreign minister of Iran", "Muslim leaders in France", "refugees from Syria",
        # "King Hassan of Morocco" (a title, an unknown name, "of" a place)
        fled = self.fled_place(e, after, sector)
        if fled is not None:
            nxt = p[fled]
            a = self.name_actor(nxt.entry, sector, s, nxt.end, generic=generic, former=former)
            if a:
                self.emit(s, nxt.end, a, "name")
            return fled + 1
        member = self.member_of(k, after, sector, generic, former)
        if member is not None:
            return member
        at = after
        office = self.portfolio_place(e, after)
        if office is not None:
            # "the Minister of Foreign Affairs of Iran": a title, its portfolio, "of" a country
            nxt = p[office]
            # the portfolio before the title may name a sector of its own ("defence minister")
            portfolio = [w.lower() for w in self.between(e + 1, nxt.start)[:-1]]
            reading = [x for x in self.lex.lower.get((*portfolio, self.lowers[e - 1]), ()) if x.kind == "sector"]
            sector = reading[0].sector if reading else sector
            a = self.name_actor(nxt.entry, sector, s, nxt.end, generic=generic, former=former)
            if a:
                self.emit(s, nxt.end, a, "name", title=True)
            return office + 1
        if (at + 1 < len(p) and p[at].entry.kind == "region" and p[at].entry.role == "adjective"
                and p[at + 1].entry.kind in ("country", "capital", "city") and self.adjacent(p[at].end, p[at + 1].start)):
            at += 1  # "villagers in Western Kenya": a part of the place is the place
        town = self.town_of(e)
        if town is not None:
            at = town
        people = self.people_of(s, e, at, sector, generic, former)
        if people is not None:
            return people
        if at < len(p) and p[at].entry.kind in NAME_KINDS and p[at].entry.kind != "adjective" and p[at].entry.role != "adjective":
            nxt = p[at]
            between = [w for w in self.between(e, nxt.start)]
            lowered = [w.lower() for w in between if w.lower() not in ARTICLES]
            if town is not None:
                lowered = lowered[:1]  # "police in the southern city of Basra" are as "police in Basra"
            # "refugees from northern Iraq": a part of the place is the place (not after "in":
            # "a police station in northern Mali" leaves the place to the event's location)
            part = [w for w in lowered if w not in COMPASS and w not in ("-", "–")]
            if (part in (["from"], ["of"]) or (part == ["in"] and sector[:3] == "CVL")) and len(part) < len(lowered):
                lowered = part  # and people "in northern Kenya" (a village, residents) are its people
            named = 0
            while named < len(between) and named < 4 and between[named][:1].isupper() and between[named].isalpha():
                named += 1
            if 0 < named and [w.lower() for w in between[named:]] == ["of"] and _singular_title(self.lowers[e - 1]):
                lowered = ["of"]
            staff = self.company_staff(s, nxt, lowered, sector, generic, former)
            if staff is not None:
                end, a = staff
                self.emit(s, end, a, "name")
                while at < len(p) and p[at].start < end:
                    at += 1
                return at
            place = nxt.entry.kind in ("country", "capital", "city")
            joins = lowered == ["of"] or (
                lowered in (["in"], ["inside"], ["throughout"], ["across"], ["operating", "in"], ["active", "in"])
                and sector[:3] != "MIL" and place and self.lowers[e - 1] not in COUNTERPARTS
            ) or (lowered == ["from"] and place and not self.leaving(s)) or (
                lowered in (["based", "in"], ["headquartered", "in"]) and sector[:3] != "MIL" and place)  # "a group based in Trinidad"
            owned = None
            if joins and nxt.end < len(self.words) and self.words[nxt.end] in POSSESSIVE:
                # "the leader of Iraq's militias": the possessed noun is the complement; but a
                # place of the same state is where the office is ("the governor of Nigeria's
                # Lagos state", "the mayor of Kenya's capital"): the state's official
                owned = self.owned_place(at, unlisted=sector[:3] in STATE_OFFICE_SECTORS)
                joins = owned is not None
            if joins and self.name_goes_on(nxt.end):
                joins = False  # "the president of the Sao Paulo State Industries Federation": of a body
            if joins and lowered[-1:] == ["in"] and self.lowers[e - 1] in POSTED_WORDS:
                joins = False  # "diplomats in Kabul": foreign diplomats posted there
            if joins and lowered[-1:] == ["in"] and (sector[:3] == "REF" or any(
                    w in ABROAD_WORDS for w in self.lowers[max(0, s - 2) : e])):
                joins = False  # "foreign journalists in Baghdad", "refugees in Tanzania": not the place's
            if joins and self.venue_of_verb(e, nxt.start, sector):
                joins = False  # "met creditor banks in London": where they met, not whose banks
            if joins:
                if nxt.entry.kind in ("seat", "group") and nxt.entry.sector:
                    a = self.name_actor(nxt.entry, None, s, nxt.end, former=former)
                else:
                    sector = self.state_title(sector, e, nxt.entry)
                    a = self.name_actor(nxt.entry, sector, s, nxt.end, generic=generic, former=former)
                if owned is not None:
                    end, nxt_k = owned
                    if a:
                        self.emit(s, end, replace(a, text=self.text(s, end)), "name",
                                  title=_singular_title(self.lowers[e - 1]))
                    return nxt_k
                if a:
                    self.emit(s, nxt.end, a, "name", title=_singular_title(self.lowers[e - 1]))
                return at + 1
        if not former and sector[:3] == "HRI" and self.lowers[e - 1] in NGO_BODIES:
            # "a human rights group" of no named country: a non-governmental body, coded as
            # the named ones are ("Amnesty International" is NGOHRI)
            text = self.text(s, e)
            self.emit(s, e, Actor("NGO" + sector[:3], None, None, text.lower(), text), "name")
            return after
        if self.agents and self.organisation_name(s, e):
            return after  # "the Arakan Army", "the Islamic Courts Union": a body of its own, unknown
        if self.agents and self.name_like_word(s, e):
            return after  # "Chevrolet Corvette", "Garrison Keillor": a name, no force of no state
        if self.agents:
            text = self.text(s, e)
            code = "" if former else sector
            if code in FLEEING_SECTORS and self.fleeing(e):
                code = "REF"  # "villagers fleeing the fighting", "farmers who fled the drought": the displaced
            self.emit(s, e, Actor(code, None, code or None, self.lowers[e - 1] if e - s == 1 else text.lower(), text),
                      "agent", title=_singular_title(self.lowers[e - 1]))
        return after


def _is_count(word: str) -> bool:
    return word in NUMBERS or word.replace(",", "").isdigit()  # "23", "2,000", "thousands"


def _town(entry: Entry) -> bool:
    """A town or city of our own files (cities.csv, the city rows of places.csv): not a region
    ("Darfur", "the West Bank"), nor a place of the long Phoenix list, which mixes towns with
    provinces, rivers and other spellings of countries."""
    return entry.kind == "city" and entry.role != "region" and entry.source != "places_phoenix.csv"


def _singular_title(word: str) -> bool:
    """A word that titles one person ("president", "minister"), as opposed to a body or a
    plural ("government", "officials")."""
    return not word.endswith("s") or word in ("boss", "chiefs")


def match_words(words: list[str], day: date | None, *, spaces: list[bool] | None = None,
                pos: list[str] | None = None, ents: list[str] | None = None, deps: list[str] | None = None,
                lex: Lexicon | None = None, agents: bool = False, context: PlaceContext | None = None,
                strict: bool = True, heads: list[int] | None = None) -> list[TokenMatch]:
    """Code the actors in a token sequence (see the module docstring for how pieces combine).
    ``pos`` (coarse tags), ``ents`` (entity types) and ``deps`` (dependency labels, a
    conjunct taking its head's) and ``heads`` (each word's head's position) come from the parse
    when there is one; ``context`` says what
    the rest of the document names (for ambiguous place names). ``strict``: a person holds
    an office only on its dates; otherwise (a lookup with no date) a person out of office on
    ``day`` keeps the latest office held before it."""
    lex = lex or lexicon()
    spaces = spaces if spaces is not None else [True] * len(words)
    lowers = [w.lower() for w in words]
    return _Builder(words, lowers, spaces, pos, ents, day, lex, agents, deps, context, strict, heads).run()


def _dep(tok) -> str:
    dep = tok.dep_
    if dep != "conj" and dep != "pobj":
        return dep  # most tokens: their own label
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return "agent"
    return tok.dep_


def sentence_matches(sent, day: date | None, *, agents: bool = False, context: PlaceContext | None = None,
                     strict: bool = True) -> list[TokenMatch]:
    """:func:`match_words` over a spaCy sentence span (token positions relative to it)."""
    toks = list(sent)  # one pass over the span: each access makes a new Token object
    return match_words([t.text for t in toks], day, spaces=[bool(t.whitespace_) for t in toks],
                       pos=[t.pos_ for t in toks], ents=[t.ent_type_ for t in toks],
                       deps=[_dep(t) for t in toks], agents=agents, context=context, strict=strict,
                       heads=[t.head.i - sent.start for t in toks])


def _ambiguous_tokens(sent, lex: Lexicon, text: str | None = None) -> set[int]:
    """Positions (in the sentence) of the words of ambiguous place names (readings.csv).
    ``text``: the sentence's text, where a word no such name begins with rules most sentences out
    without reading their tokens."""
    firsts = lex.reading_firsts
    if text is not None and not any(first in text for first in firsts):
        return set()
    words = [t.text for t in sent]
    out: set[int] = set()
    for i, word in enumerate(words):
        for n in firsts.get(word, ()):
            if tuple(words[i : i + n]) in lex.readings:
                out.update(range(i, i + n))
    return out


# words before a time of day ("12 PM", "twelve PM")
CLOCK_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "o'clock", ":"})
# sector words that name a person only as the head of their noun phrase (not "hostage talks")
HEAD_ONLY_SECTORS = frozenset({("national",), ("hostage",), ("detainee",), ("captive",), ("public",),
                               ("intellectual",)})
# sector words that are also adjectives of things ("criminal charges")
ADJECTIVE_SECTORS = (["criminal"], ["general"], ["labour"], ["labor"])
# ... but before these nouns they name people ("criminal groups")
BODIES = frozenset({"group", "groups", "organization", "organizations", "organisation", "organisations", "network",
                    "networks", "elements", "syndicate", "syndicates", "ring", "rings", "band", "bands", "clan", "clans",
                    "underworld", "bosses", "boss", "suspects", "suspect", "masterminds"})
# the last word of a sector phrase naming a non-governmental body ("rights group")
NGO_BODIES = frozenset({"group", "groups", "organization", "organizations", "organisation", "organisations",
                        "league", "leagues", "watchdog", "watchdogs", "monitor", "monitors", "ngo", "ngos"})
# capitalised words of bodies of water: "the South China Sea", "the Gulf of Mexico"
# states whose people live as natives in neighbouring states (the Balkans' split states):
# countries.csv trait "kin-state"
KIN_STATES = frozenset(r["iso3"] for r in read_csv("actors/countries.csv", ("iso3", "traits"))
                       if "kin-state" in r["traits"].split("|"))
WATERS = frozenset({"Sea", "Ocean", "Channel", "Strait", "Straits", "Gulf", "Bay", "Sound", "Lake", "River"})
STREETS = frozenset({"Street", "Road", "Avenue", "Boulevard", "Lane"})
# a title between a department's name and its head's ("U.S. Treasury Secretary James Baker")
SEAT_TITLES = (["Secretary"], ["Minister"], ["Director"], ["Commissioner"], ["Chief"], ["Administrator"], ["Governor"],
               ["Chairman"], ["Chairwoman"], ["Chair"], ["Head"])
# words before a surname that are no first name ("Mr Rudd", "Sheikh Hasina")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "madam", "mister", "herr",
                        "frau", "monsieur", "madame", "sheikh", "sheikha", "señor", "senor", "signor", "prof",
                        "gen", "col", "maj", "capt", "cpt", "lt", "sgt", "adm", "brig", "cmdr", "pres", "gov", "sen",
                        "rep", "amb", "rev", "fr", "sr", "jr", "hon", "president", "general", "king", "queen",
                        "prince", "princess", "emir", "ayatollah", "imam", "judge", "justice", "senator", "governor"})
# what a capital's possessive names of its government ("a shift in Beijing's policy", "a reply to
# Moscow's demands"), within three words after it; anything else ("in London's financial district",
# "at Manila's two stock exchanges") is of the city
STATE_THINGS = frozenset({"policy", "policies", "position", "stance", "demand", "demands", "request", "requests",
                          "decision", "plan", "plans", "strategy", "efforts", "proposal", "proposals", "offer",
                          "response", "refusal", "approval", "support", "pressure", "interests", "role", "claims",
                          "accusations", "allegations", "openness", "intervention", "involvement", "backing",
                          "sanctions", "laws", "exemption", "objections", "concerns", "terms", "conditions", "veto",
                          "recognition", "relations", "ties", "talks", "overtures", "warnings", "threats",
                          # round 28: more of a government's stands and acts ("Khartoum's insistence on")
                          "insistence", "rejection", "handling", "treatment", "crackdown", "conduct", "actions"})
# head words of a state's bodies named after the state ("Pakistan's accountability bureau",
# "the Turkish Higher Education Board"): the state's government (resolve.state_body)
# ("office" is left out: as often the premises, "gunmen attacked the tax office")
STATE_BODIES = frozenset({"agency", "agencies", "bureau", "bureaus", "service", "services",
                          "board", "boards", "commission", "commissions", "committee", "committees", "council",
                          "councils", "corps", "directorate", "directorates", "inspectorate", "secretariat"})
# company words that need an industry's noun before them ("a Danish dairy group", "supermarket
# chains"; "a pressure group", "the food chain" are none), and the industries (resolve.state_body)
BUSINESS_HEADS = frozenset({"group", "groups", "giant", "giants", "concern", "concerns", "chain", "chains", "major",
                            "majors", "maker", "makers", "operator", "operators", "house", "houses", "outfit"})
INDUSTRIES = frozenset("""dairy tea oil gas energy power electricity mining steel chemicals chemical drugs
    pharmaceutical pharmaceuticals insurance banking retail retailing supermarket supermarkets grocery hotel hotels
    restaurant fashion clothing textile textiles tobacco brewing beer drinks beverage beverages telecoms telecom
    telecommunications aerospace engineering construction shipping airline aviation car auto motor electronics
    computer software technology tech publishing entertainment travel tourism cement timber logging plantation
    rubber coal diamond copper aluminium aluminum nickel fertiliser fertilizer agribusiness seed sugar coffee cocoa
    grain meat investment property healthcare utility utilities transport railway trucking logistics cable satellite
    packaging paper glass toy toys furniture cosmetics leisure catering gold uranium tyre tire semiconductor
    chip""".split())  # (not "drug", "defence", "arms": "a drug group" is a cartel, "self-defence groups" militias)
# the sectors of a trade or profession, which "dissident" before them outranks (sector_run)
TRADES = frozenset({"EDU", "MED", "HLH", "BUS", "LAB", "AGR", "ENV"})
# words after people that say they fled their homes ("Somalis fleeing the drought"): refugees
FLEEING = frozenset({"fleeing", "displaced", "uprooted"})
# ... and the sectors of people at home who become refugees so (not officials or fighters who flee)
FLEEING_SECTORS = frozenset({"CVL", "AGR", "LAB"})
# capitalised words of buildings named after a place: "the Palestine Hotel"
BUILDINGS = frozenset({"Hotel", "Stadium", "Arena", "Cathedral", "Mosque", "Basilica", "Synagogue"})
# a currency named after its state: "the US dollar", "the Swiss franc"
CURRENCIES = frozenset({"dollar", "dollars", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "franc",
                        "francs", "peso", "pesos", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "lira",
                        "rand", "krona", "krone", "kronor", "kroner", "dinar", "dinars", "riyal", "rial", "shekel",
                        "baht", "ringgit", "rupiah", "zloty", "forint", "hryvnia", "escudo", "peseta", "guilder",
                        "deutschemark", "drachma", "lire"})
# forms of address before a surname, never before a place's name: "Dr Jordan", "Mrs Chad"
PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "messrs", "mme", "mlle", "herr",
                                 "frau", "monsieur", "madame"})
# a treaty or format named after the town where it was signed or first met: "the Paris Agreement"
TREATIES = frozenset({"Agreement", "Agreements", "Accord", "Accords", "Treaty", "Protocol", "Protocols", "Convention",
                      "Conventions", "Pact", "Declaration", "Charter", "Communique", "Communiqué", "Memorandum",
                      "Process", "Format", "Consensus"})
TREATIES_LOWER = frozenset({"agreement", "agreements", "accord", "accords", "protocol", "protocols", "treaty", "pact"})
# "Turkish-born", "Iranian-origin"; "of Turkish descent"
DESCENT_HYPHENED = frozenset({"born", "origin", "descended", "descent", "bred"})
DESCENT_NOUNS = frozenset({"descent", "origin", "origins", "extraction", "heritage", "ancestry", "parentage"})
# sector words that end in no "s" but name a body, not a person ("Russian-Chinese military drills")
COLLECTIVE = frozenset({"military", "army", "navy", "government", "police", "media", "press", "leadership",
                        "business", "industry", "opposition", "public"})
# capitalised words that, after a place's name, make the name a company's ("Japan Airlines",
# "Munich Re", "Tokyo Stock Exchange"; not "Group": "the Lima Group" is of states) or a news
# outlet's ("Jakarta Post", "Korea Herald")
COMPANY_WORDS = frozenset({
    "Air", "Airways", "Airlines", "Re", "Telecom", "Telekom", "Telecommunications", "Petroleum", "Oil", "Steel",
    "Motors", "Motor", "Mobile", "Insurance", "Corp", "Corporation", "Co", "Inc", "Ltd", "Plc", "PLC", "Power",
    "Holdings", "Industries", "Electric", "Energy", "Gas", "Railways", "Shipping", "Lines", "Petrochemical",
    "Chemicals", "Mining", "Pharmaceuticals", "Securities", "Investments", "Resources", "Exploration", "Tobacco",
    "Breweries", "Foods", "Textiles", "Cement", "Stock", "Exchange", "Bourse", "Instruments", "Line", "Mines",
})
# the words that end a company's legal name ("China National Petroleum Corp")
COMPANY_SUFFIXES = frozenset({"Corp", "Corporation", "Co", "Inc", "Ltd", "Plc", "PLC", "Holdings", "Industries",
                              "Petroleum", "Oil", "Airlines", "Airways", "Motors", "Telecom", "Steel", "Energy",
                              "Mines", "Mining"})  # "Zambia Consolidated Copper Mines" (round 27)
# the words of a non-governmental body's name that say it is of the whole world, and the heads
# of such a body's name (see ``world_bodies``)
WORLD_WORDS = frozenset({"World", "International", "Global", "Worldwide"})
WORLD_BODY_HEADS = frozenset({"Forum", "Federation", "Association", "Foundation", "Institute", "Network",
                              "Council", "Committee", "Society", "Alliance", "Congress", "Movement"})
# the capitalised heads of a state body's name ("the Uganda Investment Agency", "the Kenya Wildlife
# Service"); as lower-case words they are anyone's ("the agency said"), so no sector rows
STATE_BODY_HEADS = frozenset({"Agency", "Commission", "Bureau", "Service", "Directorate", "Inspectorate",
                              "Fund"})  # "the Kuwait Fund for Arab Economic Development" (round 27)
MEDIA_WORDS = frozenset({"Post", "Times", "Daily", "Herald", "Tribune", "Gazette", "Journal", "Telegraph", "Chronicle",
                         "Observer", "Today", "Radio", "Television", "TV"})
# people of a sports story who are persons, not a side: "an Iranian player refused to play",
# "police arrested three English fans" keep their country
SPORTS_PERSONS = frozenset({"player", "athlete", "fan", "supporter", "spectator", "boxer", "wrestler", "cyclist",
                            "runner", "swimmer", "skier", "grandmaster", "jockey", "driver", "referee", "official"})


def _team(m: TokenMatch, sent) -> bool:
    """A country, town or people named alone, with no role, or a town read as its people
    ("Barcelona beat ..."): in a match report, a team. Not an adjective of a person ("an
    Iranian player")."""
    a = m.actor
    if m.kind not in ("name", "people") or not a.country:
        return False
    last = sent[m.end - 1]
    if last.dep_ in ("amod", "compound", "nmod") and last.head.lemma_.lower() in SPORTS_PERSONS:
        return False
    return a.code == a.country or (a.sector == "CVL" and all(w[:1].isupper() for w in (a.text or "x").split()))


def _place_context(parsed, lex: Lexicon) -> PlaceContext:
    """The countries a document's unambiguous names name, and its words (for readings.csv)."""
    countries: set[str] = set()
    words: list[str] = []
    for _index, _offset, sent, matches, ambiguous in parsed:
        words.extend(t.lower_ for t in sent)
        for m in matches:
            if m.kind != "agent" and m.actor.country and not ambiguous.intersection(range(m.start, m.end)):
                countries.add(m.actor.country)
    return PlaceContext(frozenset(countries), " " + " ".join(words) + " ")


# a name of capitalised words (with "of", "and", "for", "the" inside) and an acronym in brackets
DEFINED_ACRONYM = re.compile(r"\b((?:[A-Z][\w'’.&-]*\s+)(?:(?:of|and|for|the|on|de|du|des|la|le)\s+|[A-Z][\w'’.&-]*\s+)*)"
                             r"\(([A-Z][A-Z&]{1,7})\)")


def _defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a document defines ("the Financial Services Authority (FSA)"): acronym -> the
    name before it, where the name's initials spell it (so that "the Kremlin (RUS)" is no
    definition)."""
    out: dict[str, str] = {}
    for m in DEFINED_ACRONYM.finditer(text):
        name, acronym = m.group(1).strip(), m.group(2)
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        if acronym.replace("&", "") in initials and len(name.split()) >= 2:
            out.setdefault(acronym, name)
    return out


def _redefine(sent, matches: list[TokenMatch], defined: dict[str, str]) -> list[TokenMatch]:
    """Drop a match of a defined acronym whose dictionary actor does not also match the name the
    document gave it; the name itself, where coded, is what the acronym stands for."""
    out = []
    for m in matches:
        text = sent[m.start : m.end].text if m.end - m.start == 1 else ""
        name = defined.get(text)
        if name is not None and m.actor.entity and m.actor.entity.lower() not in name.lower() \
                and not _same_body(m.actor, name):
            continue
        out.append(m)
    return out


def _firm_shorts(sent, matches: list[TokenMatch], firms: dict) -> list[TokenMatch]:
    """A place's name that is the short name of a company the document names in full
    ("Piedmont" after "Piedmont Aviation") is that company (firms.csv)."""
    out = []
    for m in matches:
        entry = firms.get(sent[m.start : m.end].text)
        if entry is not None and m.actor.sector is None:
            m = replace(m, actor=Actor(entry.code, entry.country, entry.sector, entry.entity, m.actor.text))
        out.append(m)
    return out


# round 29b: the ground a force holds, and the stems of the words of a fight around it
HELD_GROUND = frozenset({"position", "positions", "post", "posts", "outpost", "outposts", "garrison", "garrisons",
                         "trenches", "bunkers"})
HELD_FIGHT_STEMS = ("attack", "shell", "bomb", "pound", "overr", "storm", "raid", "strafe", "fire", "fired", "hit",
                    "struck", "strike", "assault", "captur", "seiz", "destroy", "ambush", "rocket", "mortar", "clash",
                    "battl", "fight", "fought", "target")


def _held_ground(sent, matches: list[TokenMatch]) -> list[TokenMatch]:
    """Round 29b: a state's bare name or nationality word right before a word of ground a force
    holds (``HELD_GROUND``) in a sentence of a fight is that state's military: "jets bombed
    Syrian positions", "guns shelled Pakistani posts", "troops overran Eritrean outposts". Not
    outside a fight ("the Syrian positions on the talks", "Kenyan posts abroad"), nor a
    possessor ("Syria's positions") or another word between ("Syrian rebel positions")."""
    if not any(t.lemma_.lower().startswith(HELD_FIGHT_STEMS) or t.lower_.startswith(HELD_FIGHT_STEMS) for t in sent):
        return matches
    out = []
    for m in matches:
        a = m.actor
        if m.kind in ("name", "people") and m.end < len(sent) and a.country and not a.sector \
                and a.code == a.country and not a.country.startswith("IGO"):
            mod, head = sent[m.end - 1], sent[m.end]
            if head.lower_ in HELD_GROUND and head.pos_ == "NOUN" and mod.head.i == head.i \
                    and mod.dep_ in ("amod", "compound", "nmod"):
                m = replace(m, end=m.end + 1, actor=Actor(a.country + "MIL", a.country, "MIL", a.entity, a.text))
        out.append(m)
    return out


# round 29b: the armed holders a "X-held" place names, and their sectors
HOLDERS = {"rebel": "REB", "guerrilla": "REB", "insurgent": "REB", "separatist": "SEP"}


def _held_places(sent, matches: list[TokenMatch]) -> list[TokenMatch]:
    """Round 29b: a place named as held by armed men of no state ("the rebel-held Jaffna
    peninsula", "guerrilla-controlled Caqueta") stands for its holders: the place's state with
    their sector. Not a place held by a state ("government-held Kindu", "the Israeli-occupied
    Golan": the state itself) nor one merely near them ("rebel areas": no place name)."""
    out = []
    for m in matches:
        a = m.actor
        k = m.start
        if m.kind == "name" and a.country and not a.sector and a.code == a.country and k >= 3 \
                and sent[k - 1].lower_ in ("held", "controlled") and sent[k - 2].text in ("-", "–") \
                and sent[k - 3].lower_ in HOLDERS:
            sector = HOLDERS[sent[k - 3].lower_]
            m = replace(m, actor=Actor(a.country + sector, a.country, sector, a.entity, a.text))
        out.append(m)
    return out


def _surname_only(sent, m: TokenMatch) -> str | None:
    """The surname a person match stands on alone ("Abbasi", "Mr Abbasi"), else None."""
    if m.kind != "person" and not (m.actor.entity and lexicon().is_person(m.actor.entity)):
        return None
    words = [t.text for t in sent[m.start : m.end]]
    if len(words) == 2 and words[0].rstrip(".").lower() in PERSONAL_HONORIFICS:
        words = words[1:]
    return words[0] if len(words) == 1 else None


def _other_bearers(parsed) -> set[str]:
    """Surnames of people the document names in full whom no match codes: the parse reads a
    first name and a surname as one PERSON ("Feroz Abbasi"), no honorific among them."""
    out = set()
    for _i, _o, sent, matches, _amb in parsed:
        taken = {k for m in matches if m.kind not in ("agent", "dateline") for k in range(m.start, m.end)}
        for ent in sent.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or not ent[-1].text.isalpha() or not ent[0].text[:1].isupper():
                continue
            if any(t.i - sent.start in taken for t in ent) or any(t.lower_.rstrip(".") in PERSONAL_HONORIFICS for t in ent):
                continue
            out.add(ent[-1].text)
    return out


def _named_in_full(parsed) -> set[str]:
    """The entities of the document's matches that are not a surname alone."""
    return {x.actor.entity for _i, _o, s, ms, _a in parsed for x in ms
            if x.kind not in ("agent", "dateline") and _surname_only(s, x) is None}


def _drop_other_bearers(sent, matches: list[TokenMatch], others: set[str], in_full: set[str]) -> list[TokenMatch]:
    """Drop the person matches on a surname alone of ``others``, unless the document also names
    that person in full (``in_full``: then the surname has two readings and the match stays)."""
    return [m for m in matches if not (_surname_only(sent, m) in others and m.actor.entity not in in_full)]


def _same_body(actor: Actor, name: str) -> bool:
    """The defining name resolves to the acronym's own actor ("the Free Syrian Army (FSA)")."""
    found = resolve_phrase(name)
    return found is not None and found.code == actor.code


def find_mentions(doc: Document) -> Document:
    """Stage: code the actors of every sentence and the references to them within the
    document ("the two countries", "it", "the president", appositions: see
    :mod:`diplograph.actors.coref`). Reads ``parse``; adds ``mentions``."""
    return _mentions(doc, references=True)


def find_names(doc: Document) -> Document:
    """Stage: the dictionary mentions only, without references (reads ``parse``; adds
    ``mentions``)."""
    return _mentions(doc, references=False)


# A year written as a year: not an amount ("$2005m", "2,000 troops"), a share or a count
_YEAR = re.compile(r"(?<![\d$£€.,-])(19[4-9]\d|20\d\d)(?![\d%]|\s*(?:bn|m|%|per cent|troops|people|km)\b|,\d)")


_TARGET = re.compile(r"\b(?:by|until|till|before|through|to|targets?)\s+(?:the\s+end\s+of\s+)?$", re.I)


def reference_day(text: str, *, today: date | None = None) -> date | None:
    """The day an undated document is read as of, for who held which office: the middle of the
    year it writes most often (the latest of equals), up to this year, leaving out target years
    ("by 2010", "until 2008"); None when it writes no year. "The 2005 election" in an undated
    story puts Tony Blair in Downing Street. The events keep no date of it: the time stage dates
    them from their own expressions."""
    today = today or date.today()
    years = [int(m.group(1)) for m in _YEAR.finditer(text)
             if int(m.group(1)) <= today.year and not _TARGET.search(text[max(0, m.start() - 25):m.start()])]
    if not years:
        return None
    counts = Counter(years)
    top = max(counts.values())
    latest = max(y for y, n in counts.items() if n == top)
    return min(date(latest, 7, 1), today)


def office_holders_day(people: list[list[Entry]], guess: date | None, *, today: date | None = None) -> date | None:
    """When the office holders an undated document names were all in office, if not on
    ``guess`` (the day its years suggest): the middle of the longest time (a month at least)
    most of them (at least two) held their offices together, the one nearest ``guess`` of
    equals; None when no two of them overlap, when they do on ``guess`` as well as anywhere, at
    two times years apart, or when different ones of them served together at different times. A story that names Tony Blair, Charles Kennedy and Michael Howard
    as party leaders is of 2003-2005, whatever year a quotation in it recalls; one that names
    none of them keeps its guess. A term ends the day its successor's begins: a handover day is
    no time together."""
    today = today or date.today()
    end_of_today = today + timedelta(days=1)
    spans = []
    for terms in people:
        held = [(e.valid_from, e.valid_to or end_of_today) for e in terms if e.country and e.sector and e.valid_from]
        if held:
            spans.append(held)
    if len(spans) < 2:
        return None

    def terms_on(day: date) -> list[tuple[int, date, date]]:
        """Each person's time in office around ``day`` (the union of their terms that hold it)."""
        out = []
        for n, held in enumerate(spans):
            around = [(a, b) for a, b in held if a <= day < b]
            if around:
                out.append((n, min(a for a, _ in around), max(b for _, b in around)))
        return out

    starts = sorted({lo for held in spans for lo, _ in held if lo <= today})
    best = max((len(terms_on(d)) for d in starts), default=0)
    if best < 2 or (guess is not None and len(terms_on(guess)) >= best):
        return None
    windows, together = [], set()
    for d in starts:
        around = terms_on(d)
        if len(around) == best:
            lo, hi = max(a for _, a, _ in around), min(b for _, _, b in around)
            if (hi - lo).days >= 30:
                windows.append((lo, hi))
                together.add(frozenset(n for n, _, _ in around))
    if not windows or len(together) > 1:
        return None  # (or different people served together at different times: which is the story's?)
    first, last = min(lo for lo, _ in windows), max(hi for _, hi in windows)
    if any(b < a for (_, b), (a, _) in zip(sorted(windows), sorted(windows)[1:])) and (last - first).days > 3 * 365:
        # two times far apart fit as well ("Tony Blair criticised Michael Howard": 1995 or 2004):
        # the names do not date the story
        return None
    ref = guess or today

    def distance(w: tuple[date, date]) -> int:
        return 0 if w[0] <= ref < w[1] else min(abs((w[0] - ref).days), abs((w[1] - ref).days))

    lo, hi = min(windows, key=lambda w: (-(w[1] - w[0]).days, distance(w)))
    return lo + (hi - lo) / 2


def _mentions(doc: Document, *, references: bool) -> Document:
    from diplograph.actors.coref import resolve_sentences
    from diplograph.actors.outlets import home_country
    from diplograph.nlp import iter_sentence_spans

    day = doc.published or reference_day(doc.text)
    # a document with no date and no year in its text: a person out of office now keeps the
    # latest office held ("Tony Blair said" in an undated story is the prime minister, not
    # Britain), as a lookup with no date does (resolve_phrase)
    strict = day is not None
    lex = lexicon()
    mentions: list[Mention] = []
    sentences = []
    parsed = []
    for index, offset, sent in iter_sentence_spans(doc):
        matches = sentence_matches(sent, day, agents=references, strict=strict)
        text = doc.text[offset + sent.start_char : offset + sent.end_char]
        parsed.append((index, offset, sent, matches, _ambiguous_tokens(sent, lex, text) if lex.readings else set()))
    if doc.published is None:
        # an undated document: the office holders it names date it better than a year it recalls
        named = {m.actor.entity for item in parsed for m in item[3]
                 if m.kind in ("name", "person") and m.actor.entity in lex.people}
        voted = office_holders_day([lex.people[n] for n in sorted(named)], day)
        if voted is not None:
            day, strict = voted, True
            parsed = [(i, o, s, sentence_matches(s, day, agents=references, strict=strict), amb)
                      for i, o, s, _ms, amb in parsed]
    if any(item[4] for item in parsed):
        # an ambiguous place name ("Tripoli"): read again with what the whole document names
        context = _place_context(parsed, lex)
        parsed = [(i, o, s, sentence_matches(s, day, agents=references, context=context, strict=strict) if amb else ms, amb)
                  for i, o, s, ms, amb in parsed]
    defined = _defined_acronyms(doc.text)
    if defined:
        # "the Financial Services Authority (FSA)": in this document "FSA" is that body, not the
        # dictionary's Free Syrian Army
        parsed = [(i, o, s, _redefine(s, ms, defined), amb) for i, o, s, ms, amb in parsed]
    firms = {short: entry for name, (short, entry) in lex.firm_shorts.items() if name in doc.text}
    if firms:
        # "Piedmont Aviation ... Piedmont said": in this document the short name is the company
        parsed = [(i, o, s, _firm_shorts(s, ms, firms), amb) for i, o, s, ms, amb in parsed]
    others = _other_bearers(parsed)
    if others:
        # "Feroz Abbasi ... Mr Abbasi": the surname alone is the unknown person the document named
        # in full, not the dictionary's person of that surname
        in_full = _named_in_full(parsed)
        parsed = [(i, o, s, _drop_other_bearers(s, ms, others, in_full), amb) for i, o, s, ms, amb in parsed]
    # round 29b: "shelled Syrian positions": the state's forces; "the rebel-held X": the rebels
    parsed = [(i, o, s, _held_places(s, _held_ground(s, ms)), amb) for i, o, s, ms, amb in parsed]
    if is_sports_report(doc.text):
        # "Ireland beat Italy 28-17": the teams are no actors of their countries
        parsed = [(i, o, s, [m for m in ms if not _team(m, s)], amb) for i, o, s, ms, amb in parsed]
    for index, offset, sent, matches, _ambiguous in parsed:
        for m in matches:
            if m.kind in ("agent", "dateline"):
                continue
            first, last = sent[m.start], sent[m.end - 1]
            start = offset + first.idx
            end = offset + last.idx + len(last.text)
            mentions.append(Mention(start, end, doc.text[start:end], m.actor, index))
        if references:
            sentences.append((index, offset, sent, matches))
    if references:
        home = home_country(doc.site, doc.url) or doc.home_country
        mentions.extend(resolve_sentences(doc.text, day, sentences, home=home))
        mentions.sort(key=lambda m: (m.start, m.end))
    return doc.replace(mentions=tuple(mentions))


def resolve_phrase(text: str, *, day: date | None = None, context: str | None = None,
                   strict: bool | None = None) -> Actor | None:
    """How a phrase resolves on a date: the widest named actor in it; else an agent without
    a country ("soldiers" -> MIL), which takes its country from ``context`` (a phrase that
    names the country the text is about) when given; None when it names no actor.

    Dates: with ``day`` a person has an office only on its dates (Donald Trump in 2022 is
    USA, not USAGOV). With no ``day`` (or ``strict=False``, which reads ``day`` as a default,
    not a date the text gives) a person in office now (on ``day``) has that office, and one who
    holds none has the latest office held before: a lookup of a minister who has since left
    means the minister."""
    from diplograph.data_files import tokenizer

    if strict is None:
        strict = day is not None
    toks = list(tokenizer()(text))
    matches = match_words([t.text for t in toks], day, spaces=[bool(t.whitespace_) for t in toks], agents=True,
                          strict=strict)
    named = [m for m in matches if m.kind != "agent"]
    if named:
        lex = lexicon()
        places = set(lex.countries.values()) | set(lex.regions.values())

        comma = next((i for i, tok in enumerate(toks) if tok.text == ","), len(toks))

        def rank(m: TokenMatch) -> tuple[bool, int, bool]:
            # the head of an apposition ("FSB, Russia's security service"), then the widest,
            # then a named body or person over a country with a sector word
            return m.end <= comma, m.end - m.start, m.actor.entity not in places

        return max(named, key=rank).actor
    if not matches:
        return None
    best = max(matches, key=lambda m: m.end - m.start)
    if context and best.actor.sector:
        where = resolve_phrase(context, day=day)
        if where is not None and where.country:
            sector = best.actor.sector
            return Actor(where.country + sector, where.country, sector, where.entity, best.actor.text)
    if not best.actor.code:
        return None
    return best.actor
