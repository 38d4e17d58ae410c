"""Round 24 (helper A): how wire-service news frames an event (notes/s24/A/matrix.md): what is
said "in a statement that ...", who is "quoted as saying" it, the letter, call, talks or visit
whose addressee is the target, subjects the parser hangs on an opening phrase or a relative
clause, the sender of a letter that "protests" or "urges", and a plural teller's "their".
Project-written sentences."""
import pytest

from conftest import role_events

pytestmark = pytest.mark.model


def plover(text: str) -> set[tuple]:
    """(source country, target country, PLOVER type) of each event, as the PLOVER-GSR scorer reads them."""
    from diplograph.events.ontology import ontology

    onto = ontology()

    def country(a):
        return None if a is None else a.country or a.code[:3]

    return {(country(e.source), country(e.target), onto.plover_view(e.type, e.modality)) for e in role_events(text)}


def modalities(text: str) -> set[tuple]:
    return {(e.type, e.modality) for e in role_events(text)}


# "said in a statement that ...": the parser hangs the clause on the statement; it is still what
# the verb reports (a promise is a promise, a side's report of a strike on "its" posts a claim)
@pytest.mark.parametrize("text,expected", [
    ("Nigeria said in a statement that it would send troops to Liberia.", ("NGA", "LBR", "AGREE")),
    ("Cuba said in a statement that it would release three American prisoners.", ("CUB", "USA", "AGREE")),
    ("Georgia said in a statement that Russian helicopters had bombed its villages.", ("RUS", "GEO", "ASSAULT")),
    ("The Philippines said in a statement that Chinese ships had rammed its fishing boats.", ("CHN", "PHL", "ASSAULT")),
    ("The minister told parliament in a speech that Poland would send peacekeepers to Lebanon.", ("POL", "LBN", "AGREE")),
])
def test_said_in_a_statement_that(text, expected):
    assert expected in plover(text)


def test_said_in_a_statement_keeps_a_past_act_asserted_for_a_neutral_teller():
    # a relative clause of the statement itself is no report ("a statement that was issued ...")
    found = modalities("Kenya condemned the raid in a statement that was issued in Nairobi.")
    assert ("ACCUSE", "asserted") in found


# "quoted X as saying": X speaks; a "would" after a past quoting verb is a promise, "he" is X
@pytest.mark.parametrize("text,expected", [
    ("Xinhua quoted a Chinese official as saying China would send 100 tons of food to Laos.", ("CHN", "LAO", "AGREE")),
    ("The Thai premier was quoted as saying Thailand would send troops to Aceh.", ("THA", "IDN", "AGREE")),
    ("The paper quoted Musharraf as saying he had rejected the Indian offer.", ("PAK", "IND", "REJECT")),
])
def test_quoted_as_saying(text, expected):
    assert expected in plover(text)


def test_quoted_as_saying_a_counterfactual_stays_hypothetical():
    found = modalities("The minister was quoted as saying Japan would have sent aid to Iran if asked.")
    assert ("AID", "future") not in found


# the letter, call, talks or visit the words are said in names whom they are addressed to
@pytest.mark.parametrize("text,expected", [
    ("In a letter to Kofi Annan, Sudan asked for more time.", ("SDN", "IGO", "REQUEST")),
    ("In a telephone conversation with Tony Blair, Putin discussed oil prices.", ("RUS", "GBR", "CONSULT")),
    ("During talks with the Chinese premier, the Nepali king asked for help with roads.", ("NPL", "CHN", "REQUEST")),
    ("At a meeting with the Spanish prime minister, Chirac promised to build a new rail link.", ("FRA", "ESP", "AGREE")),
    ("On a visit to Nigeria, the Chinese foreign minister promised to build a dam.", ("CHN", "NGA", "AGREE")),
    ("Visiting Dhaka on Monday, the Indian foreign minister pledged $200 million in credit.", ("IND", "BGD", "AGREE")),
])
def test_setting_names_the_addressee(text, expected):
    assert expected in plover(text)


def test_setting_names_no_target_of_a_condemnation():
    # a condemnation voiced in a call is not of the one called
    found = plover("In a telephone call with Tony Blair, Putin condemned the bombing.")
    assert ("RUS", "GBR", "ACCUSE") not in found


def test_setting_after_a_meeting_is_no_address():
    # what is said after a meeting is not said to the one met
    found = plover("After a meeting with Kofi Annan, the Indonesian foreign minister promised to hold elections.")
    assert ("IDN", "IGO", "AGREE") not in found


# the subject the parser read as an apposition of the name ending an opening phrase, or the main
# verb it hung inside an opening phrase it made the root
@pytest.mark.parametrize("text,expected", [
    ("During talks in Moscow with Igor Ivanov, the Iranian deputy foreign minister asked Russia to help build the reactor.",
     ("IRN", "RUS", "REQUEST")),
    ("In Cairo with Amr Moussa, the Libyan deputy foreign minister asked Egypt to mediate.", ("LBY", "EGY", "REQUEST")),
    ("During talks in Madrid with Miguel Moratinos, the Moroccan foreign minister asked for help.", ("MAR", "ESP", "REQUEST")),
    ("During talks in Tokyo with Junichiro Koizumi, the Indian prime minister asked Japan for investment.",
     ("IND", "JPN", "CONSULT")),
])
def test_subject_after_an_opening_phrase(text, expected):
    assert expected in plover(text)


# a letter sent to someone that "protests": the sender does
@pytest.mark.parametrize("text,expected", [
    ("Iran sent a letter to the United Nations protesting against the American flights over its territory.", "IRN"),
    ("Syria sent a letter to the United Nations protesting against the Turkish dam.", "SYR"),
])
def test_sender_of_a_letter_speaks(text, expected):
    assert any(s == expected for s, _, _ in plover(text))
    assert not any(s == "IGO" for s, _, _ in plover(text))


def test_troops_sent_to_a_country_do_not_speak_for_the_sender():
    found = plover("Nigeria sent troops to Liberia fighting the rebels.")
    assert not any(s == "LBR" for s, _, t in found if t == "ASSAULT")


# "X, which ..., protested": the main verb the parser hung on its subject after a relative clause
@pytest.mark.parametrize("text,expected", [
    ("The Chinese government, which has long claimed the islands, protested to Tokyo on Tuesday.", ("CHN", "JPN", "ACCUSE")),
    ("The Sudanese government, which denies backing the militias, protested to the United Nations on Friday.",
     ("SDN", "IGO", "ACCUSE")),
])
def test_main_verb_after_a_relative_clause(text, expected):
    assert expected in plover(text)


def test_participle_after_a_relative_clause_with_by_stays_passive():
    found = plover("The convoy, which was carrying food to Bosnia, attacked by Serb gunmen near Sarajevo.")
    assert not any(s is None and g == "SRB" for s, g, _ in found)
    assert ("SRB", "BIH", "ASSAULT") in found


# a plural teller's "their": "the Palestinians said Israeli tanks had shelled their offices"
@pytest.mark.parametrize("text,expected", [
    ("Palestinian officials said Israeli helicopters had fired missiles at their headquarters.", ("ISR", "PSE", "ASSAULT")),
    ("Congolese rebels said Angolan jets had bombed their positions near the river.", ("AGO", "COD", "ASSAULT")),
])
def test_plural_teller_owns_their(text, expected):
    assert expected in plover(text)


def test_their_after_a_plural_doer_in_no_strike():
    found = plover("Kurdish officials said Turkish troops had moved their headquarters to the border.")
    assert not any(g == "TUR" and s == "TUR" for s, g, _ in found)


# the country doers went into holds the act joined to their going
@pytest.mark.parametrize("text,expected", [
    ("Burundian troops crossed into Tanzania and attacked a refugee camp.", ("BDI", "TZA", "ASSAULT")),
    ("Rwandan soldiers pushed into Congo and killed dozens of villagers.", ("RWA", "COD", "ASSAULT")),
    ("Ethiopian troops entered Somalia and seized the town of Luuq.", ("ETH", "SOM", "COERCE")),
])
def test_act_joined_to_going_into_a_country(text, expected):
    assert expected in plover(text)


def test_going_into_no_country_names_no_target():
    found = plover("Turkish troops crossed the border and attacked the camps.")
    assert not any(g is not None for s, g, t in found if t == "ASSAULT")


# what a letter or message sent to someone offers or asks is addressed to them
@pytest.mark.parametrize("text,expected", [
    ("Libya sent a message to Washington offering to pay compensation.", ("LBY", "USA", "AGREE")),
    ("Iraq sent a letter to Kofi Annan asking for more time.", ("IRQ", "IGO", "REQUEST")),
])
def test_letter_offering_or_asking_is_addressed(text, expected):
    assert expected in plover(text)


def test_troops_sent_offering_help_address_no_one():
    found = plover("Nigeria sent troops to Liberia, offering to help the rebels.")
    assert ("NGA", "LBR", "AGREE") not in found


# "told visiting X that ...", "assured visiting X that ...": the guest is whom the host addresses,
# and the visit a fact
@pytest.mark.parametrize("text,expected", [
    ("Putin assured visiting German Chancellor Gerhard Schroeder that Russia would pay its debts.", ("RUS", "DEU", "SUPPORT")),
    ("Mubarak told visiting Israeli Foreign Minister Silvan Shalom that Israel must lift the siege.", ("EGY", "ISR", "REQUEST")),
    ("Mubarak told visiting Israeli Foreign Minister Silvan Shalom that Israel must lift the siege.", ("EGY", "ISR", "CONSULT")),
])
def test_visiting_guest(text, expected):
    assert expected in plover(text)


def test_visiting_a_country_is_no_guest():
    # "visiting" with its own place object after a noun, not a verb: no guest to address
    found = plover("Officials visiting Iraq said the talks had failed.")
    assert not any(t == "SUPPORT" for _, _, t in found)


# a demand said "in a statement" or by one "quoted as saying"
@pytest.mark.parametrize("text,expected", [
    ("France said in a statement that Syria must withdraw its troops from Lebanon.", ("FRA", "SYR", "REQUEST")),
    ("Xinhua quoted the Chinese premier as saying that Japan must face up to its past.", ("CHN", "JPN", "REQUEST")),
])
def test_reported_demand_in_a_frame(text, expected):
    assert expected in plover(text)


def test_measure_said_in_a_statement_asks_no_one():
    found = plover("France said in a statement that the new rules must be published soon.")
    assert not any(t == "REQUEST" and g is not None for _, g, t in found)


def test_warned_after_entering_is_no_act_in_the_country_entered():
    found = plover("The plane had entered Greek airspace and had been warned five times by air controllers.")
    assert not any(g == "GRC" for _, g, t in found if t == "THREATEN")
