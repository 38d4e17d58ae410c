"""Session 24 trigger coverage, measured against the CAMEO definitions: food aid sent by name of the
staple (AID 073), force used on armed positions with the headline verb "blast" (ASSAULT 190),
captives named as veterans, marines or servicemen freed (RETREAT 0841), persuading another actor
to act (REQUEST 020), proscribing a group (COERCE 1722), "salute" as praise (SUPPORT 051), and a
law or legislation "banning" a group, whose maker bans it; light-verb idioms of criticism, snubs
and refusals ("took exception to", "turned a cold shoulder to", "poured cold water on", "threw out
the proposal"), object complements the parser misplaces ("held Syria responsible for", "set free
37 prisoners"), places handed over (RETREAT 0842), helicopters supplied (AID 072), relief ferried
(AID 073), money deposited in another state's central bank (AID 071), mortar rounds fired
(ASSAULT 194) and contacts frozen (SANCTION 161); "backed by" tanks or gunships is no SUPPORT. Invented wire-style sentences, coded by
the real pipeline; each family has sentences the rows must leave alone."""
import pytest
from conftest import assert_coded, assert_not_coded

pytestmark = pytest.mark.model

# (sentence, type that must be coded, (source, target) countries or None, type that must not be
#  coded on that trigger word or None)
CODED = [
    # AID 073: staple food or farm inputs sent, the quantity's "of" object naming them
    ("South Korea, which has sought warmer ties with the North, sent 200,000 tonnes of fertiliser "
     "to North Korea on Thursday, the unification ministry said.", "AID", ("KOR", "PRK"), None),
    ("The United States sent 40,000 tons of wheat to drought-stricken Ethiopia last month, "
     "the aid agency said on Friday.", "AID", ("USA", "ETH"), None),
    ("Japan sent 50,000 tons of rice to North Korea on Tuesday.", "AID", ("JPN", "PRK"), None),
    # ASSAULT 190: "blasted" armed positions is force, not words
    ("Israeli jets blasted Hezbollah positions in southern Lebanon for a third straight day on "
     "Thursday, security officials said.", "ASSAULT", ("ISR", None), "ACCUSE"),
    ("Turkish warplanes blasted Kurdish rebel hideouts in the mountains of northern Iraq on Thursday.",
     "ASSAULT", ("TUR", None), "ACCUSE"),
    # RETREAT 0841: freed captives named by what they were
    ("Iraqi President Saddam Hussein released two American veterans of the Gulf War who had been "
     "jailed for straying across the border, the Iraqi News Agency said.", "RETREAT", ("IRQ", "USA"), None),
    ("Iran released eight British marines on Thursday, three days after seizing them on the "
     "Shatt al-Arab waterway.", "RETREAT", ("IRN", "GBR"), None),
    ("North Korea released a U.S. serviceman who had crossed the demilitarised zone, the U.S. "
     "military command in Seoul said.", "RETREAT", ("PRK", "USA"), None),
    # REQUEST 020: persuading or convincing another actor to act
    ("French envoys persuaded Iraq on Monday to resume cooperation with the arms inspectors, "
     "a spokeswoman said.", "REQUEST", ("FRA", "IRQ"), None),
    ("Russian envoy Viktor Chernomyrdin, a former prime minister, persuaded Yugoslav President "
     "Slobodan Milosevic to accept the peace plan, diplomats said.", "REQUEST", ("RUS", "SRB"), None),
    ("The American secretary of state convinced Israel to halt its bombardment of southern Lebanon.",
     "REQUEST", ("USA", "ISR"), None),
    # COERCE 1722: a group proscribed, or banned by a law its maker passed
    ("Britain proscribed the Kurdish group PKK on Thursday, the Home Office said.", "COERCE", ("GBR", None), None),
    ("The Spanish parliament passed a law banning the Basque party Batasuna on Wednesday.",
     "COERCE", ("ESP", "ESP"), None),
    ("The Pakistani parliament passed legislation banning the militant group Lashkar-e-Taiba.",
     "COERCE", ("PAK", "PAK"), None),
    # SUPPORT 051: saluting someone's role or courage is praise
    ("French President Jacques Chirac on Monday saluted Russia's role in ending the war in Kosovo, "
     "his office said.", "SUPPORT", ("FRA", "RUS"), None),
    ("South African President Nelson Mandela saluted the courage of Palestinian leader Yasser Arafat.",
     "SUPPORT", ("ZAF", "PSE"), None),
    # ACCUSE 111/112: an objection taken, a blame laid with the complement misparsed
    ("Moscow took strong exception to Washington's plans to expand NATO eastward, Foreign Minister "
     "Yevgeny Primakov told a news conference.", "ACCUSE", ("RUS", "USA"), None),
    ("The Chinese foreign ministry took exception to Japan's decision to send warships to the Gulf.",
     "ACCUSE", ("CHN", "JPN"), None),
    ("Israeli Prime Minister Ehud Barak held Syria responsible for the attacks by Hezbollah guerrillas "
     "in southern Lebanon, his office said.", "ACCUSE", ("ISR", "SYR"), None),
    ("The Pakistani foreign ministry, in a statement issued in Islamabad, held India responsible for "
     "the deaths of 20 villagers along the Line of Control.", "ACCUSE", ("PAK", "IND"), None),
    # REJECT 120: snubs and dismissals in idiom
    ("North Korea turned a cold shoulder to South Korea's proposal for family reunions, Seoul officials "
     "said on Thursday.", "REJECT", ("PRK", "KOR"), None),
    ("Israel poured cold water on Syria's offer to resume peace talks, an aide to the prime minister said.",
     "REJECT", ("ISR", "SYR"), None),
    ("France threw out a U.S. proposal to send NATO troops to Darfur, the foreign minister told reporters.",
     "REJECT", ("FRA", "USA"), None),
    ("The Russian parliament threw out a government bill on land reform on Wednesday.", "REJECT", ("RUS", None), None),
    # RETREAT 0841 / 0842: captives set free, places handed over
    ("Iraq set free 37 Kuwaiti prisoners of war on Thursday under an agreement brokered by the Red Cross.",
     "RETREAT", ("IRQ", "KWT"), None),
    ("Ethiopia handed over the disputed town of Badme to Eritrea on Monday under the border "
     "commission's ruling, U.N. officials said.", "RETREAT", ("ETH", "ERI"), "AID"),
    ("Israel handed over the West Bank city of Hebron to the Palestinian Authority in January 1997.",
     "RETREAT", ("ISR", "PSE"), "AID"),
    # AID 072 / 073: helicopters supplied, relief ferried
    ("Russia will supply India with 40 attack helicopters under a deal signed in New Delhi, Interfax said.",
     "AID", ("RUS", "IND"), None),
    ("The United States gave Colombia 60 helicopters to fight the drug cartels.", "AID", ("USA", "COL"), None),
    ("U.S. helicopters ferried food and blankets to earthquake victims in northern Afghanistan on Sunday, "
     "a U.S. military spokesman said.", "AID", ("USA", "AFG"), None),
    # SANCTION 161 and SUPPORT 051 in light-verb form
    ("New Zealand froze military contacts with France in protest at the resumption of nuclear tests.",
     "SANCTION", ("NZL", "FRA"), None),
    ("British Prime Minister Tony Blair lent his backing to the U.S. plan for a missile defence shield, "
     "his spokesman said.", "SUPPORT", ("GBR", "USA"), "AID"),
    # ASSAULT 194: the munition fired named by its compound ("mortar rounds", "artillery shells")
    ("Pakistani troops fired mortar rounds at Indian posts in the Kargil sector overnight, an Indian "
     "army spokesman said.", "ASSAULT", ("PAK", "IND"), None),
    ("Hezbollah guerrillas fired mortar bombs at an Israeli army post in the occupied zone on Sunday.",
     "ASSAULT", (None, "ISR"), None),
    # AID 071: money deposited in another state's central bank
    ("Saudi Arabia deposited two billion dollars in Egypt's central bank on Wednesday to shore up the "
     "country's dwindling reserves.", "AID", ("SAU", "EGY"), None),
    ("Qatar deposited 500 million dollars in Pakistan's central bank last week, the finance ministry said.",
     "AID", ("QAT", "PAK"), None),
]


@pytest.mark.parametrize("text,want,dyad,not_on_trigger", CODED)
def test_coverage24_rows_code(text, want, dyad, not_on_trigger):
    assert_coded(text, want, dyad, not_on_trigger)


# the same words where they name no political act
NOT_CODED = [
    ("Rice futures rose in Chicago as the fund sent wheat prices to a three-year high.", "AID"),
    ("The striker blasted the ball over the bar from close range in the second half.", "ASSAULT"),
    ("Manchester United blasted five goals past Leeds on Saturday.", "ASSAULT"),
    ("The studio released the veteran actor's final film on Friday.", "RETREAT"),
    ("Investors were not persuaded by the central bank's statement, analysts said.", "REQUEST"),
    ("The coach convinced the board to extend his contract until 2010.", "REQUEST"),
    ("Soldiers fired a 21-gun salute as the coffin of the late king was carried through the streets.", "SUPPORT"),
    ("The law banning smoking in bars came into force on Monday.", "COERCE"),
    ("The manager took exception to the referee's decision in the second half.", "ACCUSE"),
    ("Analysts poured cold water on hopes of a quick rebound in the stock market.", "REJECT"),
    ("The judge threw out the bill for the legal costs of the club.", "REJECT"),
    ("The goalkeeper turned his shoulder as the shot flew past him.", "REJECT"),
    ("The zoo set free two eagles on Sunday.", "RETREAT"),
    ("The golfer fired a round of 65 to lead the tournament.", "ASSAULT"),
    ("The investor deposited two million dollars in a Swiss bank account.", "AID"),
    ("The team handed over the trophy to the mayor of the town on Sunday.", "RETREAT"),
    ("The traffic helicopters sent live pictures of the jam to the newsroom.", "AID"),
]


@pytest.mark.parametrize("text,type_", NOT_CODED)
def test_coverage24_rows_leave_alone(text, type_):
    assert_not_coded(text, type_)


# "backed by" weapons in a fight is no verbal SUPPORT; "backed by" states or troops still is
@pytest.mark.parametrize("text", [
    "Israeli artillery, backed by helicopter gunships, blasted Hezbollah positions around the village on Wednesday.",
    "Indonesian troops backed by armoured vehicles and air cover attacked rebel bases in Aceh on Monday.",
])
def test_backed_by_arms_is_no_support(text):
    assert_not_coded(text, "SUPPORT")


def test_backed_by_states_stays_support():
    assert_coded("The plan, backed by France and Germany, was adopted on Monday.", "SUPPORT", ("FRA", None), None)
