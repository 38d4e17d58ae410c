"""Round 30 (fixer ev): event types by class, not by word: help or business cut off by a verb of
stopping ("halted most of its aid", "stopped all arms sales": SANCTION); stoppages of work by
workers ("stopped work", "walked out": a strike, PROTEST); barricades and protesters chained to
gates (PROTEST); a granting verb refused for the future ("would not renew the lease": REJECT);
acts done jointly with a partner (COOPERATE; a promise of one is AGREE); a side clause's verb no
longer fills a trigger's row ("would mount joint patrols ..., after raiders attacked"); a people
expelled en masse (ASSAULT, CAMEO 201); truces broken (ASSAULT, CAMEO 196); foreign forces, inspectors
or bodies let in (RETREAT, 086x); a foreign body ordered to leave or close down (SANCTION, 166);
harassment and intimidation (COERCE); atrocities (ASSAULT, 200).
Each mechanism in code has sentences that must not fire; the new nouns (harassment, atrocity) are
tested in use. Sentences are our own."""
from __future__ import annotations

import pytest

from conftest import role_events
from probes import plover

pytestmark = pytest.mark.model


def _cameo(text: str, word: str) -> str | None:
    return next((e.cameo for e in role_events(text) if e.trigger.lower() == word), None)


# --- 1. help or business cut off ----------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("France halted most of its military aid to Chad on Monday.", "halted"),
    ("Canada has stopped all arms sales to Indonesia, officials said.", "stopped"),
    ("The charity has halted its relief operations in Darfur.", "halted"),
    ("Japan froze its economic assistance to Burma after the coup.", "froze"),
])
def test_stopped_help_is_a_sanction(text, word):
    assert plover(text).get(word) == "SANCTION", plover(text)


def test_stopped_sales_are_an_embargo():
    assert _cameo("Canada has stopped all arms sales to Indonesia.", "stopped") == "163"


@pytest.mark.parametrize("text, word", [
    ("The company stopped sales of the drug in March.", "stopped"),  # no row names these sales
    ("The talks ended with an agreement on trade.", "ended"),
    ("The rains halted relief flights into the region.", "halted"),  # no one halts them
])
def test_no_help_stopped(text, word):
    assert plover(text).get(word) != "SANCTION", plover(text)


# --- 2. stoppages of work -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Nurses in Nairobi stopped work on Monday over unpaid wages.", "stopped"),
    ("Rail workers halted work for six hours on Tuesday in a pay dispute.", "halted"),
    ("Port workers in Durban walked out on Friday, halting exports.", "walked"),
    ("Bus drivers in Accra stopped work on Thursday in a strike demanding higher fares.", "stopped"),
])
def test_work_stopped_by_workers_is_a_strike(text, word):
    assert plover(text).get(word) == "PROTEST", plover(text)
    assert _cameo(text, word) == "143"


@pytest.mark.parametrize("text, word", [
    ("The government stopped work on the new dam after protests.", "stopped"),  # a project halted
    ("Engineers stopped work on the reactor in 2003.", "stopped"),
    ("Soldiers stopped working at the checkpoint.", "stopped"),  # no workers
])
def test_no_strike_without_workers_or_with_a_project(text, word):
    assert plover(text).get(word) != "PROTEST", plover(text)


def test_walk_out_of_talks_stays_talks_broken_off():
    assert plover("The Kenyan delegation walked out of the talks in Arusha.").get("walked") == "SANCTION"


# --- 3. barricades and chained protesters -------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Fishermen barricaded the port of Marseille with their boats.", "barricaded"),
    ("Activists chained themselves to the railings of the parliament in London.", "chained"),
])
def test_obstruction_by_civilians_is_a_protest(text, word):
    assert plover(text).get(word) == "PROTEST", plover(text)


def test_police_barricade_is_no_protest():
    assert plover("Police barricaded the streets around the presidential palace.").get("barricaded") == "COERCE"


def test_barricaded_themselves_is_no_event():
    assert "barricaded" not in plover("Residents barricaded themselves inside their homes.")


# --- 4. a grant refused for the future ----------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("The Kenyan government said it would not renew the licence of the British mining firm.", "renew"),
    ("Germany will not release the remaining funds to Malawi, a minister said.", "release"),
    ("Peru said it would not extend the mandate of the U.N. mission.", "extend"),
])
def test_grant_refused_is_a_rejection(text, word):
    assert plover(text).get(word) == "REJECT", plover(text)


@pytest.mark.parametrize("text, word", [
    ("Kenya renewed the licence of the British mining firm.", "renewed"),  # no refusal
    ("Egypt will not renew emergency rule in Cairo, the agency said.", "renew"),  # a restriction let lapse
    ("The minister would not give details of the deal.", "give"),
])
def test_no_refused_grant(text, word):
    assert plover(text).get(word) != "REJECT", plover(text)


# --- 5. acts done jointly -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, kind", [
    ("Brazil began jointly running the hydroelectric plant with Paraguay on Monday.", "running", "COOPERATE"),
    ("Vietnam started clearing mines together with Cambodian engineers.", "clearing", "COOPERATE"),
    ("Malaysia and Thailand launched joint development of the gas field.", "launched", "COOPERATE"),
    ("Peru said it would build a highway jointly with Bolivia.", "build", "AGREE"),  # a promise of it
])
def test_joint_act_is_cooperation(text, word, kind):
    assert plover(text).get(word) == kind, plover(text)


@pytest.mark.parametrize("text, word", [
    ("Kenya and Uganda jointly announced a plan to build a railway.", "announced"),  # words
    ("Mothers and children huddled together in the camp.", "huddled"),  # no actors
    ("The two ministers walked together to the press room.", "walked"),
])
def test_no_joint_act(text, word):
    assert plover(text).get(word) != "COOPERATE", plover(text)


def test_joint_raid_keeps_its_own_type():
    assert plover("Police and soldiers jointly raided the slum on Tuesday.").get("raided") == "COERCE"


# --- 6. a side clause's verb fills no trigger row -----------------------------------------------------
def test_side_clause_verb_is_no_word_of_the_row():
    text = "Senegal said it would mount joint patrols with Gambian troops, a week after rebels attacked a border post."
    coded = plover(text)
    assert coded.get("mount") is None and coded.get("patrols") == "AGREE", coded


def test_row_object_still_counts():
    coded = plover("The army mounted an attack on the rebel camp after the rebels killed two soldiers.")
    assert coded.get("mounted") == "ASSAULT", coded


# --- 7. a people expelled en masse --------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Sudanese militias have driven more than 50,000 Masalit villagers out of western Darfur, the UN said.", "driven"),
    ("Mauritania has expelled more than 15,000 black Africans of Senegalese origin since April.", "expelled"),
    ("Croatian forces forced nearly all the Serb population out of the Krajina region.", "forced"),
    ("Kuwait has begun deporting thousands of ethnic Palestinians.", "deporting"),
])
def test_mass_expulsion_is_an_assault(text, word):
    assert plover(text).get(word) == "ASSAULT", plover(text)
    assert _cameo(text, word) == "201"


@pytest.mark.parametrize("text, word, kind", [
    ("Ghana deported 168 Liberians for travelling without documents.", "deported", "COERCE"),
    ("Russia expelled two British diplomats on Monday.", "expelled", "SANCTION"),
    ("Qatar has expelled thousands of Nepali workers this year.", "expelled", "COERCE"),  # sent home
])
def test_few_expelled_keep_their_type(text, word, kind):
    assert plover(text).get(word) == kind, plover(text)


def test_forced_to_work_is_no_expulsion():
    assert _cameo("Burmese soldiers forced 3,000 villagers to carry ammunition.", "forced") != "201"


# --- 8. truces broken ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Armenian forces broke the 1994 truce on Monday by shelling Azerbaijani positions.", "broke"),
    ("Rebels shattered the ceasefire in Darfur on Friday by attacking a garrison.", "shattered"),
])
def test_truce_broken_is_an_assault(text, word):
    assert plover(text).get(word) == "ASSAULT", plover(text)
    assert _cameo(text, word) == "196"


# --- 9. foreign forces, inspectors and bodies let in ---------------------------------------------------
@pytest.mark.parametrize("text, word, cameo", [
    ("Sudan accepted the deployment of a joint AU-UN force in Darfur on Wednesday.", "accepted", "0861"),
    ("The Rwandan army has allowed foreign troops to run relief camps in Goma until June.", "allowed", "0861"),
    ("Iraq let U.N. inspectors into the palace on Monday.", "let", "0862"),
    ("Nepal allowed the U.N. human rights office to open a monitoring mission in Kathmandu.", "allowed", "086"),
])
def test_foreign_presence_let_in_is_a_retreat(text, word, cameo):
    assert plover(text).get(word) == "RETREAT", plover(text)
    assert _cameo(text, word) == cameo


def test_promise_to_let_in_is_an_agreement():
    assert plover("Belarus said it would admit OSCE monitors to the elections.").get("admit") == "AGREE"


@pytest.mark.parametrize("text, word", [
    ("The government allowed the police to fire on protesters.", "allowed"),  # its own forces
    ("Kenya received a delegation of Ugandan ministers.", "received"),  # a visit
    ("Russia accepted the OSCE's proposal for talks.", "accepted"),  # a proposal, no one let in
    ("Congo accepted the return of 2,000 refugees from Tanzania.", "accepted"),
])
def test_no_one_let_in(text, word):
    assert plover(text).get(word) != "RETREAT", plover(text)


# --- 10. a foreign body ordered out -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Eritrea has ordered the U.N. Development Programme to shut down its operations in the country.",
    "Russia ordered the British Council to shut its offices in St Petersburg.",
    "Eritrea ordered the U.S. to vacate its embassy compound within a month.",
])
def test_foreign_body_ordered_to_close_is_expelled(text):
    assert plover(text).get("ordered") == "SANCTION", plover(text)
    assert _cameo(text, "ordered") == "166"


@pytest.mark.parametrize("text", [
    "The junta ordered the newspaper to close its offices.",  # its own paper
    "The general ordered his troops to withdraw from the town.",
])
def test_own_body_ordered_to_close_is_no_expulsion(text):
    assert plover(text).get("ordered") != "SANCTION", plover(text)


# --- 11. nouns of coercion ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("The KGB stepped up harassment of independent election monitors.", "harassment"),
    ("Militias intimidated voters in the north.", "intimidated"),
])
def test_harassment_and_intimidation_coerce(text, word):
    assert plover(text).get(word) == "COERCE", plover(text)


# --- 12. mass violence named as atrocities ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Janjaweed fighters committed atrocities in western Darfur.",
    "Hutu militias carried out atrocities against Tutsi civilians in Kibuye, UN investigators said.",
])
def test_atrocities_are_an_assault(text):
    assert plover(text).get("atrocities") == "ASSAULT", plover(text)


def test_atrocities_charged_stay_an_accusation():
    coded = plover("Serbia accused Croatia of atrocities during the war.")
    assert coded.get("accused") == "ACCUSE", coded
