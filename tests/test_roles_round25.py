"""Role mechanisms of round 25 (who is source, who is target), each on sentences written for these
tests (no gold text), with a sentence each mechanism must leave alone:
- the "by" of a passive stranded after its other phrases (sentence._stranded_agent), and kept
  out of the roles of the act it follows (coder._lent_agent);
- the passive of a bare visit verb with actors on both sides (coder._visited_actor);
- the undergoer of a noun's act named by a copula's subject (roles._undergoer);
- the state that reports a deed of force on unnamed things as its target (coder._claimant_target);
- verbs of holding off a blow (words.RESISTING_VERBS);
- a deed of force named after an armed group (roles._armed_name);
- another body of the same state as the positional last resort's target (coder._own_side);
- an opening participle with "by" as a passive of the main subject (sentence._reduced_passive);
- a participle's object pronoun pointing back to the main verb's object
  (roles._object_pronoun_antecedent)."""
import pytest

from conftest import codes_of_type, found


def dyads(text: str, type_: str) -> set[tuple]:
    return {(s, t) for s, t, _ in found(text, type_)}


# --- a passive's "by" after its other phrases ------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Zimbabwe was accused of rigging the vote by Britain.", "ACCUSE", ("GBR", "ZWE")),
    ("Greece was criticized for its handling of the crisis by Germany.", "ACCUSE", ("DEU", "GRC")),
    ("Sudan was accused of backing the militias by Chad on Monday.", "ACCUSE", ("TCD", "SDN")),
])
def test_stranded_by_is_the_passive_agent(text, type_, want):
    assert want in dyads(text, type_)


def test_stranded_by_is_no_side_of_the_act_accused():
    # the accuser is not the one armed
    assert ("IRN", "USA") not in dyads("Iran was accused of supplying weapons to the rebels by the United States.", "AID")


def test_stranded_by_of_the_subjects_own_side_is_not_the_accuser():
    # "abuses by its own police": the doer of the abuses, not who accuses Kenya
    assert ("KEN", "KEN") not in dyads("Kenya was accused of abuses by its own police.", "ACCUSE")


# --- the passive of a visit ------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Ukraine was visited by the Polish premier.", ("POL", "UKR")),
    ("Moscow was visited by the German chancellor on Monday.", ("DEU", "RUS")),
    ("The Cuban delegation was hosted by Venezuela last week.", ("VEN", "CUB")),
])
def test_passive_visit_is_coded(text, want):
    assert want in dyads(text, "CONSULT")


def test_things_flown_somewhere_are_no_visit():
    assert not dyads("Food supplies were flown to Haiti by French aircraft.", "CONSULT")


# --- the target of a noun's act named by a copula's subject ----------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Taiwan was the target of Chinese threats.", "THREATEN", ("CHN", "TWN")),
    ("Georgia became the target of Russian air strikes.", "ASSAULT", ("RUS", "GEO")),
    ("Angola was the victim of attacks by Zambian rebels.", "ASSAULT", ("ZMB", "AGO")),
])
def test_copula_subject_undergoes_the_act(text, type_, want):
    assert want in dyads(text, type_)


def test_undergoer_needs_the_copula_subject():
    assert dyads("The target of the Chinese threats was unclear.", "THREATEN") <= {("CHN", None)}


# --- a state reporting a deed of force on things no actor names ------------------------------
@pytest.mark.parametrize("text,want", [
    # a charge laid
    ("Georgia claimed that Russian helicopters had attacked villages in a remote gorge.", ("RUS", "GEO")),
    ("Azerbaijan charged that Armenian troops had shelled several villages.", ("ARM", "AZE")),
    # the teller's own rebels
    ("Sri Lanka's army said Tamil Tiger rebels had attacked a naval base in the east.", ("LKA", "LKA")),
])
def test_reporting_state_is_the_target(text, want):
    assert want in dyads(text, "ASSAULT")


def test_third_party_that_only_says_is_no_target():
    # (as tests/test_events_round20.py keeps: a report names no target of its own)
    assert ("RUS", "FRA") not in dyads("France said Russian jets had bombed a market in the north.", "ASSAULT")


def test_report_of_own_forces_deed_has_no_claimant_target():
    assert ("RUS", "RUS") not in dyads("Russia said its jets had bombed rebel camps.", "ASSAULT")


def test_report_by_a_rights_group_has_no_claimant_target():
    assert all(t is None for _, t in dyads("Amnesty International said Burmese troops had attacked villages.",
                                           "ASSAULT"))


# --- holding off a blow ----------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Chad repelled an attack by Sudanese rebels on Monday.", ("SDN", "TCD")),
    ("Kenyan troops repulsed an assault by Somali militants near the border.", ("SOM", "KEN")),
])
def test_resisting_subject_is_the_target(text, want):
    assert want in dyads(text, "ASSAULT")


def test_condemning_an_attack_is_not_suffering_it():
    assert ("SDN", "TCD") not in dyads("Chad condemned an attack by Sudanese rebels.", "ASSAULT")


# --- a deed of force named after an armed group ----------------------------------------------
def test_armed_group_before_its_deed_is_the_source():
    assert ("AFGREB", "AFGMIL") in codes_of_type("A Taliban assault killed five Afghan soldiers.", "ASSAULT")
    assert ("ISR", "LBN") in dyads("Israel condemned the Hezbollah attack.", "ACCUSE")


def test_country_before_a_deed_stays_its_target():
    assert (None, "KWT") in dyads("The Kuwait invasion angered the world.", "ASSAULT")


# --- another organ of the same state as the last resort's target -----------------------------
def test_last_resort_takes_another_organ_of_the_same_state():
    assert ("RUSGOV", "RUSLEG") in codes_of_type(
        "The Russian president demanded that the plan include new powers for the Russian parliament.", "REQUEST")


def test_last_resort_leaves_a_scene_setting_phrase():
    assert ("FRA", "FRA") not in dyads(
        "The French premier insisted that the reform go ahead despite objections from French unions.", "REQUEST")


def test_last_resort_leaves_ones_own_things():
    # "its embassy" is Britain's own post, no target
    assert dyads("Britain closed its embassy on Monday.", "SANCTION") == {("GBR", None)}


# --- an opening participle with "by" ----------------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Backed by Russia, Serbia rejected the UN plan.", "SUPPORT", ("RUS", "SRB")),
    ("Supported by France, Chad attacked rebel bases in the north.", "SUPPORT", ("FRA", "TCD")),
    ("Criticized by the EU for its crackdown, Belarus expelled two Polish diplomats.", "ACCUSE", ("IGO", "BLR")),
])
def test_opening_participle_with_by_is_passive(text, type_, want):
    assert want in dyads(text, type_)


def test_opening_participle_with_an_object_stays_active():
    assert ("RUS", "IRN") in dyads("Having signed the deal with Iran, Russia pressed ahead with the plan.", "SUPPORT")


# --- a participle's object pronoun ------------------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Sudan expelled the British ambassador, accusing him of meddling.", "ACCUSE", ("SDN", "GBR")),
    ("Egypt received the Sudanese rebels, urging them to accept the deal.", "REQUEST", ("EGY", "SDN")),
])
def test_participle_pronoun_points_to_the_main_object(text, type_, want):
    assert want in dyads(text, type_)


def test_participle_with_a_named_object_keeps_it():
    assert dyads("Egypt expelled the Sudanese rebels, accusing Libya of arming them.", "ACCUSE") == {("EGY", "LBY")}


def test_last_resort_leaves_the_found_sides_bare_forces():
    # "troops" are the premier's own state's, by the context: no other organ named
    assert ("FRAGOV", "FRAMIL") not in codes_of_type("The French premier pledged troops to support Mali.", "SUPPORT")
    assert ("FRAGOV", "FRAMIL") not in codes_of_type("The French premier pledged troops to support Mali.", "AGREE")
