"""Round 20: who acts on whom in common wire-news constructions (probe_ev20.md): the teller of an
act as its target ("Pakistan said Indian troops had fired on its posts"), doers set beside the
subject ("France, along with Germany, condemned"), joint acts named with "of" or "between",
headline infinitives ("Israel to free prisoners"), protests force is used on, calls renewed,
deeds judged with their doer named, warships sent to a place, visitors welcomed somewhere.
Project-written sentences."""
import pytest

from conftest import role_events, role_triples, role_types

pytestmark = pytest.mark.model

coded, events, types = role_events, role_triples, role_types


# the one who tells of an attack on "its" posts, towns or offer is the one attacked; the act stays
# the teller's claim
@pytest.mark.parametrize("text,expected", [
    ("Pakistan said Indian troops had fired on its border posts overnight.", ("INDMIL", "PAK", "ASSAULT")),
    ("Rwanda said Congolese troops had shelled its border town of Gisenyi.", ("CODMIL", "RWA", "ASSAULT")),
    ("Iran accused Iraq of shelling its border towns.", ("IRQ", "IRN", "ASSAULT")),
    ("Syria says Israel shelled its positions in Lebanon", ("ISR", "SYR", "ASSAULT")),
    ("Beijing said Taipei had rejected its offer of talks.", ("TWNGOV", "CHNGOV", "REJECT")),
    ("Lebanon said Israeli gunboats had seized its fishing boats.", ("ISRMIL", "LBN", "COERCE")),
])
def test_teller_is_the_target_of_its_own(text, expected):
    evs = coded(text)
    assert expected in {(e.source and e.source.code, e.target and e.target.code, e.type) for e in evs}
    assert all(e.modality != "asserted" for e in evs if e.type == expected[2] and e.trigger != "accused")


@pytest.mark.parametrize("text,wrong", [
    # a third party's report names no target of its own
    ("Britain said Russian jets had bombed a hospital in the north.", "GBR"),
    ("The United States said Syrian troops had shelled rebel positions near the border.", "USA"),
    # a side's own border, closed by itself
    ("Iran said Iraq had closed its border.", "IRN"),
])
def test_teller_is_not_made_a_target(text, wrong):
    assert all(t != wrong for _, t, _ in events(text))


def test_own_troops_told_of_keep_their_target():
    # (round 29b: "Pakistani posts" shelled are Pakistan's military: PAKMIL)
    assert ("INDMIL", "PAKMIL", "ASSAULT") in events("India said its troops had shelled Pakistani posts.")


# "X, along with / together with / like Y, did": Y does it too
@pytest.mark.parametrize("text,expected", [
    ("France, along with Germany, condemned the American strikes on Iraq.",
     {("FRA", "USA", "ACCUSE"), ("DEU", "USA", "ACCUSE")}),
    ("Britain, together with the United States, imposed new sanctions on Zimbabwe.",
     {("GBR", "ZWE", "SANCTION"), ("USA", "ZWE", "SANCTION")}),
    ("Japan, like South Korea, criticised the North Korean missile launch.",
     {("JPN", "PRKMIL", "ACCUSE"), ("KOR", "PRKMIL", "ACCUSE")}),
])
def test_co_agents(text, expected):
    assert expected <= events(text)


@pytest.mark.parametrize("text,absent", [
    ("Germany, unlike France, condemned the strikes.", "FRA"),
    ("China signed the accord along with two trade protocols.", None),
])
def test_no_co_agent(text, absent):
    found = events(text)
    sources = {s for s, _, _ in found}
    assert absent not in sources if absent else len(sources) == 1


# the parties of a joint act named with "of" or "between", also when a third party hosts it
@pytest.mark.parametrize("text,a,b", [
    ("A meeting of the Greek and Turkish foreign ministers in New York ended without agreement.", "GRCGOV", "TURGOV"),
    ("The summit of Russian and Chinese leaders in Shanghai produced a border deal.", "RUSGOV", "CHNGOV"),
    ("Norway brokered negotiations between Israel and the PLO in Oslo.", "ISR", "PSEGOV"),
    ("Egypt hosted a meeting between Israeli and Palestinian negotiators.", "ISRGOV", "PSEGOV"),
])
def test_joint_parties(text, a, b):
    found = events(text)
    assert {(a, b, "CONSULT"), (b, a, "CONSULT")} <= found


def test_host_is_not_a_party_of_the_talks_it_hosts():
    found = events("Egypt hosted a meeting between Israeli and Palestinian negotiators.")
    assert ("EGY", "ISRGOV", "CONSULT") in found  # the hosting
    assert not any(s == "ISRGOV" and t == "EGY" for s, t, _ in found)


# a headline's "X to do Y" is an act to come
@pytest.mark.parametrize("text,expected", [
    ("Israel to free 500 Palestinian prisoners", ("ISR", "PSECVL", "RETREAT")),
    ("Russia to sign arms deal with India", ("RUS", "IND", "SUPPORT")),
    ("EU to lift arms embargo on China", ("IGOEUREEC", "CHN", "RETREAT")),
])
def test_headline_infinitive_is_future(text, expected):
    evs = [e for e in coded(text) if (e.source and e.source.code, e.target and e.target.code, e.type) == expected]
    assert evs and all(e.modality == "future" for e in evs)


def test_headline_past_stays_asserted():
    evs = coded("Israel freed 500 Palestinian prisoners.")
    assert evs and all(e.modality == "asserted" for e in evs)


# a protest that force is used on is a protest of its own, never the act of who breaks it up
@pytest.mark.parametrize("text,protesters", [
    ("Troops fired on a march by farmers in Mindanao.", "PHLAGR"),
    ("Troops opened fire on a protest by students in Rangoon.", "MMREDU"),
])
def test_protest_fired_on(text, protesters):
    found = events(text)
    assert "ASSAULT" in {t for _, _, t in found}
    assert any(s == protesters and t == "PROTEST" for s, _, t in found)


@pytest.mark.parametrize("text,police", [
    ("Police broke up a demonstration in Cairo.", "EGYCOP"),
    ("Security forces in Zimbabwe banned the rally in Harare.", "ZWECOP"),
])
def test_police_are_not_the_protesters(text, police):
    assert all(not (s == police and t == "PROTEST") for s, _, t in events(text))


def test_organisers_still_protest():
    assert any(t == "PROTEST" and s and s.startswith("KOR") for s, _, t in
               events("South Korean students staged a rally in Seoul against the tuition rise."))


# protesters named by role in a datelined story are of the place it is filed from
def test_protesters_of_the_dateline():
    text = ("QUITO, May 3 - Riot police fired tear gas at hundreds of farmers blocking the motorcade of the "
            "visiting Spanish prime minister.")
    assert ("ECUAGR", "ESPGOV", "PROTEST") in events(text)


# a call renewed or repeated asks, and what it asks is not done
@pytest.mark.parametrize("text,asker,act", [
    ("Chirac renewed his call on Tuesday to lift the embargo on Iraq.", "FRAGOV", "lift"),
    ("The German chancellor repeated his appeal to end the blockade of Gaza.", "DEUGOV", "end"),
])
def test_renewed_call(text, asker, act):
    evs = coded(text)
    assert any(e.type == "REQUEST" and e.source and e.source.code == asker for e in evs)
    assert all(e.modality != "asserted" for e in evs if e.trigger == act)


def test_renewed_offer_is_no_request():
    assert "REQUEST" not in types("Russia renewed its offer to host the talks.")


# a deed judged with its doer named is coded as well as the judgement
@pytest.mark.parametrize("text,judgement,deed", [
    ("Syria denounced Israel's raids on southern Lebanon.", ("SYR", "ISR", "ACCUSE"), ("ISR", "LBN")),
    ("Moscow condemned the bombing of Belgrade by NATO.", ("RUSGOV", "IGOWSTNAT", "ACCUSE"), ("IGOWSTNAT", None)),
    ("France condemned the American strikes on Iraq.", ("FRA", "USA", "ACCUSE"), ("USA", "IRQ")),
    ("Israel's blockade of Gaza was criticised by the United Nations.", ("IGOUNO", "ISR", "ACCUSE"), ("ISR", "PSE")),
    ("Japan's apology to South Korea was welcomed in Seoul.", ("KORGOV", "JPN", "SUPPORT"), ("JPN", "KOR")),
])
def test_judged_deed(text, judgement, deed):
    found = events(text)
    assert judgement in found
    assert any(s == deed[0] and (deed[1] is None or t == deed[1]) and (s, t, ty) != judgement for s, t, ty in found)


@pytest.mark.parametrize("text", [
    "China condemned the bombing in Kunming.",  # no doer named: no attack by anyone coded
    "Britain welcomed the Iranian offer of talks.",  # words answered, no second event
])
def test_judged_without_deed(text):
    assert len(events(text)) == 1


# armed strength sent to a place no one holds is a show of force; to an ally, aid
@pytest.mark.parametrize("text,expected", [
    ("Earlier this week, Japan sent a destroyer to the disputed waters.", ("JPN", None, "MOBILIZE")),
    ("The United States dispatched two frigates to the Taiwan Strait.", ("USA", None, "MOBILIZE")),
    ("Russia sent warplanes to Syria.", ("RUS", "SYR", "AID")),
])
def test_sent_to_a_place(text, expected):
    assert expected in events(text)


# a visitor welcomed somewhere is hosted; a government or decision welcomed is backed
@pytest.mark.parametrize("text,expected", [
    ("Mexico's president was welcomed in Havana by Fidel Castro.", ("CUBGOV", "MEXGOV", "CONSULT")),
    ("President Putin welcomed the Indian prime minister to Moscow on Monday.", ("RUSGOV", "INDGOV", "CONSULT")),
    ("Britain welcomed the new Iraqi government.", ("GBR", "IRQGOV", "SUPPORT")),
    ("The EU welcomed Serbia's decision in Brussels on Tuesday.", ("IGOEUREEC", "SRB", "SUPPORT")),
])
def test_welcome(text, expected):
    assert expected in events(text)


# the one a passive's subject thing is "on" is its target
@pytest.mark.parametrize("text,expected", [
    ("Sanctions on Libya were eased by the European Union on Monday.", ("IGOEUREEC", "LBY", "RETREAT")),
    ("New restrictions on Cuba were imposed by Washington.", ("USAGOV", "CUB", "COERCE")),
])
def test_passive_thing_on_someone(text, expected):
    assert expected in events(text)


# a visit told beside the act, and the clash an act came after, are events of their own
@pytest.mark.parametrize("text,expected", [
    ("The speaker of the Iranian parliament, on a visit to Syria, met President Assad.", ("IRNLEG", "SYR", "CONSULT")),
    ("The Chinese foreign minister, on a three-day visit to India, signed a trade accord.", ("CHNGOV", "IND", "CONSULT")),
])
def test_visit_beside_the_act(text, expected):
    assert expected in events(text)


def test_no_visit_without_one():
    assert "CONSULT" not in types("Blair signed the deal on Monday.")


def test_clash_before_the_act():
    assert "ASSAULT" in types("Ecuador declared war on Peru after the border clash.")


def test_venue_of_earlier_talks_is_no_target():
    found = events("Following talks in Cairo, Israel agreed to release 100 prisoners.")
    assert not any(t == "EGY" and ty in ("AGREE", "RETREAT") for _, t, ty in found)


def test_returned_fire_keeps_where_it_came_from():
    assert ("ISRMIL", "LBN", "ASSAULT") in events("Israeli aircraft returned fire after being shot at from Lebanon.")


# what one "charged" another had done is the charger's claim
def test_charged_that_is_a_claim():
    evs = coded("Armenia charged that Azerbaijan had violated the ceasefire.")
    assert all(e.modality != "asserted" for e in evs if e.trigger == "violated")


# a purpose clause that says the act again ("telephoned X to discuss", "went on strike to
# protest") is not a second act; one naming someone new is ("travelled to Damascus to meet Assad")
@pytest.mark.parametrize("text,kept", [
    ("Egypt's foreign minister telephoned his Israeli counterpart to discuss the crisis.", {"telephoned"}),
    ("Thousands of workers went on strike in Seoul to protest layoffs.", {"went"}),
    ("The Iranian foreign minister travelled to Damascus to meet President Assad.", {"travelled", "meet"}),
])
def test_purpose_restated(text, kept):
    assert {e.trigger for e in coded(text)} == kept


# the place of talks between sides the subject names is a venue, not a party
def test_joint_subject_venue():
    found = events("The Sudanese government and southern rebels began peace talks in Nairobi on Monday.")
    assert found and all(t != "KEN" for _, t, _ in found)


def test_visitor_venue_is_the_host():
    assert any(t == "KEN" for _, t, ty in events("The Sudanese foreign minister held talks in Nairobi on Monday.")
               if ty == "CONSULT")


# two verbs joined by "and"/"or" before one object both act on it, but not on the subject's own
@pytest.mark.parametrize("text,expected", [
    ("Iraq said its forces killed or wounded 15,000 Iranian soldiers.", ("IRQMIL", "IRNMIL", "ASSAULT")),
    ("Indian police arrested and tortured three Pakistani nationals.", ("INDCOP", "PAKCVL", "COERCE")),
])
def test_shared_object(text, expected):
    assert expected in events(text)


def test_own_thing_is_not_shared():
    assert not any(t == "IRNGOV" for _, t, _ in events("Iran protested and recalled its ambassador to Britain."))
