"""Thirteenth round of trigger rows (data/ontology/triggers.csv), for the types real news finds
least: leaving office (RETREAT resign), climb-downs and reversals (CONCEDE), people freed from
house arrest or on bail (RETREAT release), reserves and armies called out (MOBILIZE), courts voiding
judgments and parties expelling members (SANCTION), confinement without trial and
travel papers refused (COERCE), and deadlines set as ultimatums (THREATEN). Invented sentences,
coded by the real pipeline; each family has cases the row must leave alone."""
import pytest
from conftest import assert_coded, assert_not_coded

pytestmark = pytest.mark.model


# (sentence, type that must be coded, (source, target) countries or None, type that must not be
#  coded on that trigger word or None)
CODED = [
    # RETREAT resign: giving up a post, in words other than "resign"
    ("The Chilean ambassador left his post last week.", "RETREAT", ("CHL", None), None),
    ("The Nigerian oil minister left the cabinet on Monday.", "RETREAT", ("NGA", None), None),
    ("The Kenyan MP vacated his seat in parliament.", "RETREAT", ("KEN", None), None),
    ("The Pakistani prime minister stepped aside during the inquiry.", "RETREAT", ("PAK", None), None),
    ("The Canadian defence minister quit the cabinet on Tuesday.", "RETREAT", ("CAN", None), "SANCTION"),
    ("The Colombian senator quit as party leader.", "RETREAT", ("COL", None), "SANCTION"),
    ("The Kenyan minister's departure from office was announced on Friday.", "RETREAT", ("KEN", None), None),
    ("The Indian finance minister's departure as party chairman was confirmed.", "RETREAT", ("IND", None), None),
    # CONCEDE: going back on a position, reversals, yielding ground
    ("The Greek finance minister went back on his pledge to cut taxes.", "CONCEDE", ("GRC", None), "AGREE"),
    ("The Turkish government backtracked on the media law.", "CONCEDE", ("TUR", None), None),
    ("The Greek government made a U-turn on the pension reform.", "CONCEDE", ("GRC", None), None),
    ("The Indonesian government gave ground to the rebels on land reform.", "CONCEDE", ("IDN", None), None),
    ("The British government gave way on the terror bill after a Labour revolt.", "CONCEDE", ("GBR", None), None),
    ("The French government watered down the labour reform.", "CONCEDE", ("FRA", None), None),
    ("The British government accepted the amendment tabled by Labour rebels.", "CONCEDE", ("GBR", None), None),
    # RETREAT release: confinement ended
    ("Egypt lifted the house arrest of the opposition leader.", "RETREAT", ("EGY", "EGY"), "COERCE"),
    ("The Kenyan opposition leader was released on bail.", "RETREAT", (None, "KEN"), None),
    ("A Kenyan court granted bail to the opposition leader.", "RETREAT", ("KEN", None), None),
    # MOBILIZE: forces called to duty
    ("The Philippine president activated the National Guard.", "MOBILIZE", ("PHL", None), None),
    ("The Indian government called out the army to restore order.", "MOBILIZE", ("IND", None), None),
    ("The Thai government called in troops after the riots.", "MOBILIZE", ("THA", None), None),
    # SANCTION convict: a court voiding a judgment or a law
    ("The Egyptian Supreme Court overturned the conviction of the opposition leader.", "SANCTION", ("EGY", "EGY"), None),
    ("A Kenyan court quashed the verdict against the opposition leader.", "SANCTION", ("KEN", "KEN"), None),
    ("The Pakistani Supreme Court struck down the law.", "SANCTION", ("PAK", None), "ASSAULT"),
    ("The Colombian court ruled the decree unconstitutional.", "SANCTION", ("COL", None), None),
    # SANCTION expel: a party putting out a member
    ("The Scottish National Party kicked the MP out of the party.", "SANCTION", ("GBR", None), "ASSAULT"),
    ("The Conservative Party withdrew the whip from the MP.", "SANCTION", ("GBR", None), "RETREAT"),
    # COERCE: held without trial or in custody, internment, travel papers
    ("Egyptian police held the activists without trial.", "COERCE", ("EGY", None), None),
    ("The Kenyan opposition leader was held in custody.", "COERCE", (None, "KEN"), None),
    ("The Kenyan opposition leader was remanded in custody.", "COERCE", (None, "KEN"), None),
    ("The Chinese authorities interned thousands of Uighurs.", "COERCE", ("CHN", "CHN"), None),
    ("The Egyptian government withdrew the passport of the opposition leader.", "COERCE", ("EGY", "EGY"), "RETREAT"),
    ("The Bahraini government revoked the passports of two dissidents.", "COERCE", ("BHR", None), None),
    # CONCEDE: a ban undone on appeal, a mistake owned up to
    ("The Egyptian appeals court overturned the ban on the opposition newspaper.", "CONCEDE", ("EGY", None), "COERCE"),
    ("The British prime minister admitted mistakes over the Iraq war.", "CONCEDE", ("GBR", None), None),
    # MOBILIZE police: a threat level raised
    ("The Japanese government raised the terror threat level after the bombing.", "MOBILIZE", ("JPN", None), None),
    # RETREAT withdraw: forces and envoys pulled out (not citizens or patients moved to safety)
    ("Israel evacuated its troops from southern Lebanon.", "RETREAT", ("ISR", None), None),
    ("Israel evacuated the settlements in Gaza.", "RETREAT", ("ISR", None), None),
    # COERCE and SANCTION bans and restrictions: on rallies or the opposition, on a country's goods,
    # arms or flights
    ("The Kenyan government imposed a ban on opposition rallies.", "COERCE", ("KEN", None), None),
    ("Japan imposed a ban on American beef imports.", "SANCTION", ("JPN", "USA"), "COERCE"),
    ("The European Union kept its arms ban on China.", "SANCTION", (None, "CHN"), "COERCE"),
    ("The United States announced new restrictions on flights to Cuba.", "SANCTION", ("USA", "CUB"), "COERCE"),
    ("The Burmese junta tightened restrictions on the opposition.", "COERCE", ("MMR", None), None),
    # THREATEN: a veto promised is a threat to block, not a cooperative vow
    ("The American president vowed to veto the bill.", "THREATEN", ("USA", None), "AGREE"),
    # CONCEDE: climbing down, backing away
    ("The Greek government climbed down over the pension reform.", "CONCEDE", ("GRC", None), None),
    ("The Iranian government backed away from its threat to close the strait.", "CONCEDE", ("IRN", None), "SUPPORT"),
    # THREATEN ultimatum: a deadline set for another side
    ("The United Nations gave Iraq a deadline to destroy its missiles.", "THREATEN", (None, "IRQ"), None),
    ("The Security Council set a deadline for Iran to halt enrichment.", "THREATEN", None, None),
]


@pytest.mark.parametrize("text,want,dyad,not_on_trigger", CODED)
def test_round13_rows_code(text, want, dyad, not_on_trigger):
    assert_coded(text, want, dyad, not_on_trigger)


# the same words where they name no political act
NOT_CODED = [
    ("The Kenyan minister departed for London on Friday.", "RETREAT"),
    ("The departure of the flight from Nairobi was delayed.", "RETREAT"),
    ("The Thai prime minister left the country for talks in Tokyo.", "RETREAT"),
    ("The floor gave way under the crowd at the stadium.", "CONCEDE"),
    ("Protesters overturned a police car in Nairobi.", "SANCTION"),
    ("The Brazilian government held talks with Argentina.", "COERCE"),
    ("The Kenyan opposition leader held a rally in Nairobi.", "COERCE"),
    ("The Brazilian congress missed the deadline for the budget.", "THREATEN"),
    # bans on pastimes coerce no one
    ("The ban on hunting with dogs in Scotland comes into force on Friday.", "COERCE"),
    ("The Irish smoking ban has cut sales in pubs.", "COERCE"),
    ("Australian supermarkets put restrictions on toilet paper sales.", "COERCE"),
    # people moved out of danger are no retreat
    ("The Spanish government sent planes to evacuate its nationals from Ivory Coast.", "RETREAT"),
    ("The Cuban government evacuated residents from the coast before the storm.", "RETREAT"),
    # a state of emergency declared for a storm is no coercion of anyone
    ("The governor of Florida declared a state of emergency as the hurricane approached.", "COERCE"),
]


@pytest.mark.parametrize("text,type_", NOT_CODED)
def test_round13_rows_leave_alone(text, type_):
    assert_not_coded(text, type_)


def test_went_back_on_a_pledge_is_no_promise():
    # the pledge abandoned is not itself coded as a new promise
    assert_not_coded("The Greek finance minister went back on his pledge to cut taxes.", "AGREE")


def test_lifted_house_arrest_is_no_arrest():
    assert_not_coded("Egypt lifted the house arrest of the opposition leader.", "COERCE")


def test_a_term_running_out_is_no_resignation():
    # a leader's term ending on its date is no one stepping down
    assert_not_coded("The Chilean president will leave office in March when his term ends.", "RETREAT")
