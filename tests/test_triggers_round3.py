"""Third round of trigger rows (data/ontology/triggers.csv), written from the PLOVER and CAMEO
definitions: bombs that "went off", troops and ships sent, rushed or massed toward a border, aid
withdrawn or cut back, deliveries stopped, services shut off, forces pulled from a place, verbal
backing, and visitors received only when a person or delegation is received. One invented sentence
each, coded by the real pipeline."""
import pytest
from conftest import assert_coded, assert_not_coded

pytestmark = pytest.mark.model


# (sentence, type that must be coded, (source, target) countries or None, type that must not be
#  coded on that trigger word or None)
CASES = [
    # ASSAULT: bombs that went off ('off' is the verb's particle, the bomb its subject)
    ("A bomb went off in a crowded market in Baghdad, killing 12 people.", "ASSAULT", None, None),
    ("Two bombs went off near the police station in Quetta on Tuesday.", "ASSAULT", None, None),
    ("An explosive device went off near a Nato convoy in Kandahar.", "ASSAULT", None, None),
    ("A landmine went off under an army truck in Sri Lanka.", "ASSAULT", None, None),
    # PROTEST: a broken-up rally or protest keeps its own event
    ("Police in Minsk broke up an opposition rally.", "PROTEST", None, None),
    ("Riot police in Caracas dispersed a student protest with tear gas.", "PROTEST", None, None),
    # MOBILIZE: troops rushed, sent to a border, massed
    ("Iraq sent troops to the border with Kuwait on Monday.", "MOBILIZE", ("IRQ", None), "AID"),
    ("Ethiopia rushed troops to the Eritrean border.", "MOBILIZE", ("ETH", None), None),
    ("Nigeria sent 500 soldiers to the border region.", "MOBILIZE", ("NGA", None), "AID"),
    ("Ethiopia dispatched troops to the region bordering Somalia.", "MOBILIZE", ("ETH", None), "AID"),
    # troops sent to a country to help its government stay AID
    ("France sent troops to Mali to help the government.", "AID", ("FRA", "MLI"), "MOBILIZE"),
    ("Moscow sent reinforcements to Chechnya.", "MOBILIZE", ("RUS", None), None),
    ("The Iraqi army massed tanks near the Kuwaiti border.", "MOBILIZE", ("IRQ", None), None),
    # SANCTION: aid withdrawn or cut back, deliveries stopped or cut (PLOVER: withdraw aid from a recipient)
    ("The United States withdrew its aid to Nicaragua.", "SANCTION", ("USA", "NIC"), "RETREAT"),
    ("Washington scaled back its military aid to Egypt.", "SANCTION", ("USA", "EGY"), "AID"),
    ("Russia stopped gas deliveries to Ukraine.", "SANCTION", ("RUS", "UKR"), "AID"),
    ("Moscow cut gas supplies to Belarus in January.", "SANCTION", ("RUS", "BLR"), "AID"),
    # COERCE withhold: services shut off
    ("The Sudanese government shut off the internet in Khartoum.", "COERCE", ("SDN", None), None),
    # RETREAT: forces pulled from a place, with or without the particle
    ("Israel pulled its troops from southern Lebanon in May 2000.", "RETREAT", ("ISR", None), None),
    ("Bosnian Serb forces pulled back their heavy weapons from Sarajevo.", "RETREAT", None, None),
    # SUPPORT: verbal backing
    ("The United States reaffirmed its commitment to Taiwan's security.", "SUPPORT", ("USA", "TWN"), None),
    ("Britain threw its weight behind the Irish peace initiative.", "SUPPORT", ("GBR", None), None),
    ("France offered its full support to the Lebanese government.", "SUPPORT", ("FRA", "LBN"), "AGREE"),
    # CONSULT: receiving a person or a delegation is still a hosted visit
    ("Putin received the Iranian foreign minister in the Kremlin.", "CONSULT", ("RUS", "IRN"), None),
    ("The Chinese premier received the visiting Pakistani delegation.", "CONSULT", ("CHN", "PAK"), None),
    ("Jordan's King Abdullah received a delegation from Hamas in Amman.", "CONSULT", ("JOR", None), None),
]


@pytest.mark.parametrize("text,want,dyad,not_on_trigger", CASES, ids=[c[0][:45] for c in CASES])
def test_round3(text, want, dyad, not_on_trigger):
    assert_coded(text, want, dyad, not_on_trigger)


@pytest.mark.parametrize("text,type_", [
    # 'went off' without a bomb, and alarms or fireworks
    ("The alarm went off at six in the morning in Cairo.", "ASSAULT"),
    ("Fireworks went off over the harbour in Sydney at midnight.", "ASSAULT"),
    # a crowd that disperses by itself
    ("The crowd in Nairobi dispersed peacefully after the speech.", "ASSAULT"),
    # receiving things is no hosted visit
    ("Kenya received $40 million in aid from the World Bank.", "CONSULT"),
    ("The Egyptian president received a letter from his Iranian counterpart.", "CONSULT"),
    ("Croatia received military support from Germany.", "CONSULT"),
    # a pulled muscle is no withdrawal
    ("The Pakistani bowler pulled a muscle in the first innings.", "RETREAT"),
])
def test_round3_no_false_alarm(text, type_):
    assert_not_coded(text, type_)

