"""CAMEO coverage probe A (codes 01-10, /work/notes/probe_cameo_a.md): phrasings of promises,
diplomatic and material cooperation, aid, concessions and retreats that no trigger met before:
a promise that takes its target from the act promised, better relations, yielding to demands,
cancelled rallies, weapons handed over, seized craft returned, relief sent or flown, sums granted,
laws repealed, forces disengaged. Project-written sentences, each rule on two or more of them and
on one it must not fire on."""
import pytest

from conftest import role_events

pytestmark = pytest.mark.model


def _by_country(text: str) -> set[tuple]:
    """(source country, target country, type in PLOVER's view) of the asserted-in-view events."""
    from diplograph.events.ontology import ontology

    onto = ontology()
    return {(e.source and e.source.country, e.target and e.target.country, onto.plover_view(e.type, e.modality))
            for e in role_events(text) if onto.plover_modality(e.type, e.modality) == "asserted"}


# a promise naming no one takes its target from the act promised, done by the same actor
@pytest.mark.parametrize("text,expected", [
    ("The Sudanese government promised to lift the curfew in Khartoum.", ("SDN", "SDN", "AGREE")),
    ("Turkey expressed willingness to cooperate with Armenia on trade.", ("TUR", "ARM", "AGREE")),
    ("The Chilean government pledged to ease restrictions on public gatherings.", ("CHL", "CHL", "AGREE")),
])
def test_promise_takes_the_target_of_the_act_promised(text, expected):
    assert expected in _by_country(text)


def test_promise_of_an_act_that_codes_no_one_keeps_no_target():
    assert ("NLD", None, "AGREE") in _by_country("The Dutch government promised to study the report.")


@pytest.mark.parametrize("text,expected", [
    # better diplomatic ties (CAMEO 050)
    ("Ankara and Athens improved relations after the earthquakes.", {("TUR", "GRC", "SUPPORT"), ("GRC", "TUR", "SUPPORT")}),
    ("Vietnam improved ties with Cambodia last year.", {("VNM", "KHM", "SUPPORT")}),
    # yielding to demands (083)
    ("The Kuwaiti government yielded to demands from parliament for an inquiry.", {("KWT", "KWT", "CONCEDE")}),
    ("Nepal's king yielded to opposition demands on Friday.", {("NPL", "NPL", "CONCEDE")}),
    # one's own protest called off (082)
    ("Thai opposition leaders cancelled a rally planned for Sunday.", {("THA", "THA", "CONCEDE")}),
    ("Hungarian trade unions cancelled their protest march.", {("HUN", "HUN", "CONCEDE")}),
    # arms given up (0873)
    ("Militiamen in Liberia handed over their weapons to West African troops.", {("LBR", None, "RETREAT")}),
    ("Kosovo Albanian guerrillas handed over weapons to NATO soldiers.", {("SRB", None, "RETREAT")}),
    # seized craft given back (0842)
    ("Spain returned the captured Moroccan fishing boats to Rabat.", {("ESP", "MAR", "RETREAT")}),
    ("Iran returned the impounded tanker to its Greek owners.", {("IRN", "GRC", "RETREAT")}),
    # relief sent or flown in (073)
    ("Jordan sent tents and blankets to Syrian refugees in Lebanon.", {("JOR", "SYR", "AID")}),
    ("Germany flew medicine to Armenia after the earthquake.", {("DEU", "ARM", "AID")}),
    # sums granted (071)
    ("The European Union granted Moldova 60 million euros in budget support.", {(None, "MDA", "AID")}),
    ("Kuwait granted Egypt 500 million dollars.", {("KWT", "EGY", "AID")}),
    # contested laws undone (0832)
    ("Algeria repealed the emergency decree.", {("DZA", "DZA", "CONCEDE")}),
    ("Peru's congress repealed the amnesty law.", {("PER", "PER", "CONCEDE")}),
    # forces pulled apart (087)
    ("Israeli and Syrian forces disengaged on the Golan Heights.", {("ISR", "SYR", "RETREAT"), ("SYR", "ISR", "RETREAT")}),
    ("Indian and Chinese troops disengaged from the Galwan valley.", {("IND", "CHN", "RETREAT"), ("CHN", "IND", "RETREAT")}),
])
def test_new_triggers(text, expected):
    assert expected <= _by_country(text)


@pytest.mark.parametrize("text,absent", [
    ("The company improved its relations with investors.", "SUPPORT"),
    # a refusal is no concession (PLOVER's view: REJECT)
    ("The king refused to yield to the demands of the protesters.", "CONCEDE"),
    ("Lawmakers in Kenya refused to repeal the law.", "CONCEDE"),
    ("Japan refused to grant Myanmar 10 million dollars.", "AID"),
    # a visit called off is not one's own protest ended
    ("The Dutch football team cancelled its visit to Iran.", "CONCEDE"),
    # an arms dealer is a person handed over, not weapons given up
    ("Bulgaria handed over an arms dealer to Russian police.", "RETREAT"),
    # a ship coming back, an airline's passengers, a firm's choices: no one acts on anyone
    ("The tanker returned to port in Rotterdam.", "RETREAT"),
    ("The airline flew tourists to Cyprus.", "AID"),
    ("The company disengaged from the project.", "RETREAT"),
])
def test_new_triggers_do_not_fire(text, absent):
    assert absent not in {t for _, _, t in _by_country(text)}


# an inquiry by police, prosecutors or parliament naming no other party is into home affairs
@pytest.mark.parametrize("text,expected", [
    ("German prosecutors are investigating the bank's former chief executive over tax fraud.", ("DEU", "DEU", "ACCUSE")),
    ("The Indonesian parliament launched an inquiry into the sale of state land.", ("IDN", "IDN", "ACCUSE")),
])
def test_home_inquiry_falls_on_own_country(text, expected):
    assert expected in _by_country(text)


@pytest.mark.parametrize("text,expected", [
    # a foreigner named stays the target
    ("Swiss prosecutors are investigating a Russian businessman.", ("CHE", "RUS", "ACCUSE")),
    # an international body's inquiry is not into its own affairs
    ("The United Nations is investigating the shooting down of a Rwandan plane.", (None, None, "ACCUSE")),
])
def test_inquiry_keeps_a_named_or_unknown_target(text, expected):
    assert expected in _by_country(text)


@pytest.mark.parametrize("text,expected", [
    # non-material cooperation and exchange (CAMEO 050)
    ("Indonesia and Malaysia stepped up diplomatic cooperation.", {("IDN", "MYS", "SUPPORT"), ("MYS", "IDN", "SUPPORT")}),
    ("Cuba and the Vatican resumed cultural exchanges.", {("CUB", "VAT", "SUPPORT"), ("VAT", "CUB", "SUPPORT")}),
    ("South Korea and Japan launched cultural exchanges between students.", {("KOR", "JPN", "SUPPORT")}),
    # joint projects (060; not "joint venture", mostly firms' business in the wires)
    ("Italy and Albania launched joint projects to fight smuggling.", {("ITA", "ALB", "COOPERATE")}),
    # contested reforms given up, rights given (0832, 0833)
    ("Greece shelved its pension reform after protests.", {("GRC", "GRC", "CONCEDE")}),
    ("The Spanish government abandoned its labour reform.", {("ESP", "ESP", "CONCEDE")}),
    ("The Tunisian president gave women the right to vote.", {("TUN", "TUN", "CONCEDE")}),
    # power handed over (as give up power: RETREAT resign, with no target, as a resignation)
    ("The Thai army handed power to a civilian government.", {("THA", None, "RETREAT")}),
    # (round 27: the opposition of a story of Mali alone is Mali's, and so a target)
    ("The ruling party in Mali handed over power to the opposition.", {("MLI", "MLI", "RETREAT")}),
    # a curfew eased on a place: its people are the target
    ("Indian troops eased the curfew on Srinagar.", {("IND", "IND", "CONCEDE")}),
])
def test_more_new_triggers(text, expected):
    assert expected <= _by_country(text)


@pytest.mark.parametrize("text,absent", [
    ("Foreign exchange reserves in Turkey fell sharply.", "SUPPORT"),
    ("The exchange of fire lasted an hour.", "SUPPORT"),
    ("Shell and Gazprom formed a joint venture.", "COOPERATE"),
    ("The court gave the defendant the right to appeal.", "CONCEDE"),
])
def test_more_new_triggers_do_not_fire(text, absent):
    assert absent not in {t for _, _, t in _by_country(text)}


# done at home when no one else is named: a domestic group's disarming
@pytest.mark.parametrize("text,expected", [
    ("Tamil rebels in Sri Lanka demobilised 2,000 fighters.", ("LKA", "LKA", "RETREAT")),
    # a state's forces declaring a truce in another's land keep that place
    ("Turkish troops declared a ceasefire in Cyprus.", ("TUR", "CYP", "RETREAT")),
])
def test_home_modes(text, expected):
    assert expected in _by_country(text)


def test_resignation_keeps_no_target():
    # hand-coded news gives stepping down no target
    assert ("JPN", None, "RETREAT") in _by_country("Japan's foreign minister stepped down after the scandal.")


# the people a state's organ asks, named by their role alone, are its own
@pytest.mark.parametrize("text,expected", [
    ("The Indian government asked farmers to call off their march on Delhi.", ("IND", "IND", "REQUEST")),
    ("The Bolivian government demanded that miners end their strike.", ("BOL", "BOL", "REQUEST")),
    ("The Egyptian government urged students to end their sit-in.", ("EGY", "EGY", "REQUEST")),
    # a foreign group named keeps its country
    ("Germany demanded that Turkish students be allowed to study in Ankara.", ("DEU", "TUR", "REQUEST")),
])
def test_state_asks_its_own_people(text, expected):
    assert expected in _by_country(text)


def test_ngo_asking_people_by_role_names_no_country():
    assert (None, None, "REQUEST") in _by_country("Amnesty International urged students to join the campaign.")


# the sides of a joint act named after its doers' title: "the ministers of X and Y met"
@pytest.mark.parametrize("text,expected", [
    ("The foreign ministers of India and Pakistan met in New York.", {("IND", "PAK", "CONSULT"), ("PAK", "IND", "CONSULT")}),
    ("Leaders of Russia and China held talks in Moscow.", {("RUS", "CHN", "CONSULT"), ("CHN", "RUS", "CONSULT")}),
    ("The presidents of France and Germany signed a treaty in Paris.", {("FRA", "DEU", "SUPPORT"), ("DEU", "FRA", "SUPPORT")}),
])
def test_joint_sides_named_with_of(text, expected):
    assert expected <= _by_country(text)


def test_one_side_with_of_stays_one():
    # one country's minister meeting someone: no second side made up
    assert ("JPN", "JPN", "CONSULT") not in _by_country("The defence minister of Japan met the Chinese ambassador.")
    # (round 30: the partner met is the meeting's other side, so CHN -> JPN is coded too; no
    # side beyond the two named is made up)
    assert {(s, t) for s, t, k in _by_country("The defence minister of Japan met the Chinese ambassador.")
            if k == "CONSULT"} == {("JPN", "CHN"), ("CHN", "JPN")}


# a reform promised naming no one else is at home
@pytest.mark.parametrize("text,expected", [
    ("Nigeria's military ruler promised to hold elections next year.", ("NGA", "NGA", "AGREE")),
    ("The Jordanian government pledged to amend the constitution.", ("JOR", "JOR", "AGREE")),
    # another party in the act promised is its target
    ("Britain promised to help reform Iraq's police.", ("GBR", "IRQ", "AGREE")),
])
def test_reform_promised_at_home(text, expected):
    assert expected in _by_country(text)


def test_reform_promise_with_another_party_is_not_made_home():
    assert ("JPN", "JPN", "AGREE") not in _by_country(
        "Japan agreed to review its whaling policy after talks with Australia.")
