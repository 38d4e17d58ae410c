"""Roles (who is source, who is target) for kinds of English the coder read wrongly (round 30),
each on sentences written for these tests (no gold text), with sentences each mechanism must leave
alone:
- an act done in a quarrel or in dealings with another ("will not back down in its dispute with
  Ecuador", "closed its border to all trade with Albania") is aimed at the other side the noun's
  "with" names (roles._fallback_targets; not in a passive: "was criticised over its dispute with ...");
- the place a report came out at ("..., Amnesty said in a report released in London") is no scene
  that lends its country to the people the sentence names (actors/local.release_place); a place
  where who reports is ("officials said in Nairobi") still does, as before;
- an attack that names no one struck ("blew himself up", "hurled a grenade into a bar") strikes
  those its participle says it killed or wounded, and a blast what it "tore through"
  (roles._struck_by_participle);
- a protest's "in protest at" another's deed wins over the place of the thing boycotted ("boycotted
  the summit in Cairo in protest at Israel's participation"), also when the parser hangs "at" on
  the verb; a deed named by its maker's participle ("a wall built by the authorities") is the
  maker's (coder._protested_deed, coder._deed_doers);
- a group of people let in ("would not allow a UN team into the Sinai") is the target of the
  permission, not the place it would enter (roles.ADMITTING_VERBS);
- whom the doer stands in for ("in place of the late X") is no target; a mediator's role "in
  Burundi's peace talks" names whose talks they are;
- troops given or pledged to an international force in a country ("to the UN force in Sierra
  Leone") help that country (roles.force_host); an attack on such a force stays on the force;
- a participle the parser hung on its subject ("Eritrean naval commanders | threatened on Thursday to
  blockade ...") of a verb that takes its own doer's infinitive is active, never a passive
  (sentence.SUBJECT_CONTROL); with its doer named in "by" it stays a passive;
- what a judgement calls a thing ("dismissing them as a plan dictated from Washington") is no place
  of the act (roles._branded_as);
- the guest of "held talks with visiting Russian Prime Minister X", whom the parser makes the object
  of "visiting", is the partner named with "with" (sentence._Sentence.prep_objects)."""

import pytest

from conftest import country_of, events_of


def dyads(text: str, type_: str) -> set[tuple]:
    return {(country_of(e.source), country_of(e.target)) for e in events_of(text) if e.type == type_}


def codes(text: str, type_: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text) if e.type == type_}


# --- 1. the other side of a quarrel or of dealings ---------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Peru will not back down in its border dispute with Ecuador, the Peruvian foreign minister said.",
     "CONCEDE", ("PER", "ECU")),
    ("Iran said it would not give in during its row with Britain over the detained sailors.",
     "CONCEDE", ("IRN", "GBR")),
    ("Greece closed its northern border to all trade with Albania on Monday.", "COERCE", ("GRC", "ALB")),
])
def test_other_side_of_a_quarrel(text, type_, want):
    got = dyads(text, type_)
    assert want in got, got


def test_quarrel_of_a_passive_is_not_the_target():
    # the subject of a passive is the one acted on: the other side of its quarrel acts on nobody here
    got = dyads("The Philippines was sharply criticized over its territorial dispute with Eriador.", "ACCUSE")
    assert all(t != "ERI" for _, t in got), got


def test_quarrel_word_without_with_changes_nothing():
    # no "with": no other side named, the concession stays the doer's own
    got = dyads("Peru will not back down in the border dispute, the Peruvian foreign minister said.", "CONCEDE")
    assert all(t in (None, "PER") for _, t in got), got


# --- 2. the place a report came out at ----------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Guinean soldiers beat opposition supporters, Amnesty International said in a report released in London.",
     ("GIN", "GIN")),
    ("Malian police tortured opposition activists held after the vote, Human Rights Watch said in a report "
     "published in New York.", ("MLI", "MLI")),
])
def test_release_place_lends_no_country(text, want):
    got = dyads(text, "ASSAULT")
    assert want in got, got
    assert all(t not in ("GBR", "USA") for _, t in got), got


def test_reporters_own_place_still_places_the_act():
    # "officials said in Nairobi" is no report's release: the crowd is still Kenya's
    got = dyads("Police fired tear gas at opposition supporters, officials said in Nairobi.", "ASSAULT")
    assert ("KEN", "KEN") in got, got


# --- 3. those an attack's participle says it killed, and what a blast tore through -----------------
@pytest.mark.parametrize("text,want", [
    ("A suicide bomber blew himself up outside a police station in Quetta, killing nine policemen, officials said.",
     "PAKCOP"),
    ("Gunmen hurled a grenade into a market in Srinagar, wounding 20 Indian soldiers, police said.", "INDMIL"),
])
def test_attack_strikes_those_its_participle_names(text, want):
    got = codes(text, "ASSAULT")
    assert all(t == want for _, t in got), got


def test_blast_through_a_convoy_strikes_the_convoy():
    got = dyads("A roadside bomb tore through a Canadian military convoy near Kandahar on Tuesday.", "ASSAULT")
    assert any(t == "CAN" for _, t in got), got


def test_named_target_is_not_replaced_by_the_participles():
    # the shelling names what it struck: the participle's victims do not replace it
    got = {country_of(e.target) for e in events_of(
        "Rebels shelled the Ugandan border town of Kasese, killing 12 Congolese refugees.") if e.trigger == "shelled"}
    assert got == {"UGA"}, got


# --- 4. a protest's deed over the place of what is boycotted ------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Jordan boycotted the summit in Cairo in protest at Israel's participation.", ("JOR", "ISR")),
    ("Kuwait and Oman boycotted the opening session of the trade fair in Doha in protest at Iran's presence, "
     "a Qatari official said.", ("KWT", "IRN")),
    ("Hundreds of Roma marched through the town to protest against a wall built by the Czech authorities.",
     (None, "CZE")),
])
def test_protest_deed_over_place(text, want):
    got = dyads(text, "PROTEST")
    assert want in got, got


def test_boycott_of_a_states_goods_keeps_its_target():
    # the boycotted thing names its own owner: that target stays
    got = dyads("Egyptian students boycotted Israeli goods in protest at the arrest of their leader by police.",
                "PROTEST")
    assert any(t == "ISR" for _, t in got), got


# --- 5. a group let in ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Egypt said it would not allow a UN inspection team into the Sinai.",
    "Egypt would not allow a UN team into the Sinai.",
])
def test_group_let_in_is_the_target(text):
    # (the type is RETREAT, letting a foreign presence in, negated: round 30's events helper)
    got = dyads(text, "RETREAT")
    assert ("EGY", "IGO") in got, got


def test_thing_allowed_still_names_its_place():
    # investment is no group of people let in: the place stays
    got = dyads("China allowed Japanese investment in the Shanghai zone.", "CONCEDE")
    assert ("CHN", "CHN") in got, got


# --- 6. whom one stands in for; whose talks a mediator serves -------------------------------------------
def test_stand_in_is_no_target():
    got = dyads("Mandela agreed to act as mediator in Burundi's peace talks in place of the late Julius Nyerere.",
                "AGREE")
    assert ("ZAF", "BDI") in got, got
    assert all(t != "TZA" for _, t in got), got


def test_mediator_in_a_war():
    got = dyads("Norway agreed to act as mediator in Sri Lanka's civil war.", "AGREE")
    assert ("NOR", "LKA") in got, got


# --- 7. troops for an international force in a country ----------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Bangladesh is ready to contribute another infantry battalion to the U.N. force in Sierra Leone, its army "
     "chief said.", "AID", ("BGD", "SLE")),
    ("Nepal said it would contribute an infantry battalion to the United Nations force in Liberia, where rebels "
     "still hold the north.", "AID", ("NPL", "LBR")),
    ("Ghana pledged troops for the African Union force in Darfur.", "AGREE", ("GHA", "SDN")),
])
def test_force_in_a_country_helps_the_country(text, type_, want):
    got = dyads(text, type_)
    assert want in got, got


def test_attack_on_a_force_stays_on_the_force():
    got = codes("Rebels attacked UN peacekeepers in Sierra Leone.", "ASSAULT")
    assert any((t or "").startswith("IGO") for _, t in got), got


def test_gift_to_a_body_with_no_country_stays():
    got = codes("Japan gave 10 million dollars to the UN refugee agency.", "AID")
    assert any((t or "").startswith("IGO") for _, t in got), got


# --- 8. a participle of threatening or vowing with an infinitive is active -------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Eritrean naval commanders threatened on Thursday to blockade the Yemeni garrison on the island.",
     "THREATEN", ("ERI", "YEM")),
    ("Sudanese rebel commanders vowed on Monday to free the Kenyan engineers held in the south.",
     "AGREE", ("SDN", "KEN")),
])
def test_control_participle_is_active(text, type_, want):
    got = dyads(text, type_)
    assert want in got, got


def test_participle_with_its_doer_named_stays_passive():
    # "the aid promised by Japan": the "by" names who promised, the aid promises nothing
    got = dyads("The aid promised by Japan to rebuild schools in Cambodia arrived on Monday.", "AGREE")
    assert got and all(s == "JPN" for s, _ in got), got


# --- 9. the "as" of a judgement is no place -------------------------------------------------------------
def test_branded_as_is_no_place():
    got = {country_of(e.target) for e in events_of(
        "Bolivian coca growers rejected the government's terms, dismissing them as a plan dictated from Washington.")
        if e.trigger == "rejected"}
    assert got and "USA" not in got, got


def test_place_of_the_act_itself_stays():
    # a place of the act, not of what it is called, is still its target
    got = dyads("Iraq expelled two British diplomats from Baghdad, describing them as spies.", "SANCTION")
    assert any(t == "GBR" for _, t in got), got


# --- 10. talks with a visiting guest ----------------------------------------------------------------------
@pytest.mark.parametrize("text,type_,want", [
    ("Chinese President Hu Jintao held talks with visiting Russian Prime Minister Mikhail Fradkov on Monday.",
     "CONSULT", ("CHN", "RUS")),
    ("Egypt signed a trade accord with visiting Libyan leader Muammar Gaddafi.", "SUPPORT", ("EGY", "LBY")),
])
def test_talks_with_a_visiting_guest(text, type_, want):
    got = dyads(text, type_)
    assert want in got, got


def test_visiting_as_an_adjective_is_unchanged():
    got = dyads("The Pope met with visiting pilgrims from Poland.", "CONSULT")
    assert any(t == "POL" for _, t in got), got
