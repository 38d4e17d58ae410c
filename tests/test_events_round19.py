"""Recall round 19: demands said without a verb of asking ("renewed its call on X to ...",
"came under pressure from X", "it was essential that X ...", "insists that X pass ...") and
demands by speakers no actor is coded for ("the forum concluded that X must ...").
Project-written sentences."""
import pytest

from conftest import role_events, role_triples, role_types

pytestmark = pytest.mark.model

coded, events, types = role_events, role_triples, role_types


# a noun of asking put "on" someone with what is asked: a request of them; the act asked is
# theirs and not (yet) done
@pytest.mark.parametrize("text,expected,act", [
    ("Amnesty International repeated its call on Egypt to release the journalists.", ("NGOHRI", "EGY", "REQUEST"), "release"),
    ("The Arab League renewed its call on Israel to halt the raids.", ("IGOMEAARL", "ISR", "REQUEST"), "raids"),
    ("The European Union issued an appeal to Serbia to hand over the suspects.", ("IGOEUREEC", "SRB", "REQUEST"), "hand"),
])
def test_call_on_someone_to_act(text, expected, act):
    evs = coded(text)
    assert expected in {(e.source and e.source.code, e.target and e.target.code, e.type) for e in evs}
    asked = [e for e in evs if e.trigger == act]
    assert asked and all(e.modality != "asserted" for e in asked)
    assert all(e.source is None or e.source.code == expected[1] for e in asked)


@pytest.mark.parametrize("text", [
    "The coach made a call on the referee to stop the game.",
    "The president placed a call to the Saudi king to discuss oil prices.",
])
def test_call_that_asks_nothing(text):
    assert "REQUEST" not in types(text)


# pressure from one actor on another is a demand of the one pressed
@pytest.mark.parametrize("text,expected", [
    ("The Italian government came under pressure from the European Union to cut its deficit.", ("IGOEUREEC", "ITAGOV", "REQUEST")),
    ("The Israeli government came under pressure from Washington over the settlements.", ("USA", "ISRGOV", "REQUEST")),
    ("Germany put pressure on Greece to accept the reforms.", ("DEU", "GRC", "REQUEST")),
])
def test_pressure_is_a_demand(text, expected):
    assert expected in events(text)


def test_pressed_act_is_the_pressed_ones():
    evs = [e for e in coded("Germany put pressure on Greece to accept the reforms.") if e.trigger == "accept"]
    assert evs and all(e.modality != "asserted" and e.source.code == "GRC" for e in evs)


@pytest.mark.parametrize("text", [
    "The rising dollar put pressure on American exporters.",
    "The German government put pressure on wages to keep prices low.",
    "The striker is under pressure from the fans to score more goals.",
])
def test_pressure_without_a_demand(text):
    assert "REQUEST" not in types(text)


# "it was essential / vital that X act" in reported speech: a demand of X by the speaker
@pytest.mark.parametrize("text,expected", [
    ("The British foreign secretary said it was essential that Syria withdraw its troops from Lebanon.", ("GBRGOV", "SYR", "REQUEST")),
    ("The French president said it was vital for Iran to return to the talks.", ("FRAGOV", "IRN", "REQUEST")),
    ("The American envoy said it was imperative that North Korea allow the inspectors back.", ("USAGOV", "PRK", "REQUEST")),
])
def test_necessity_is_a_demand(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "The coach said it was essential that the team win on Saturday.",
    "The German chancellor said it was important that Russia had agreed to the talks.",
    "The minister said it was not essential that Iran sign the protocol.",
])
def test_necessity_without_a_demand(text):
    assert "REQUEST" not in types(text)


# "insists that X pass": a bare verb after a singular subject, even when tagged as present
@pytest.mark.parametrize("text,expected", [
    ("The Chinese foreign ministry insists that Japan stop the visits to the shrine.", ("CHNGOV", "JPN", "REQUEST")),
    ("The American president insists that the Senate approve the treaty.", ("USAGOV", None, "REQUEST")),
])
def test_insists_with_bare_verb(text, expected):
    assert any(e[0] == expected[0] and e[2] == "REQUEST" and (expected[1] is None or e[1] == expected[1])
               for e in events(text))


def test_insists_on_a_fact():
    assert "REQUEST" not in types("The French president insists that the talks are going well.")


# a demand ("X must / should") by a body or gathering no actor is coded for keeps its type
@pytest.mark.parametrize("text,expected", [
    ("The conference concluded that Japan should cut its tariffs on rice.", (None, "JPN", "REQUEST")),
    # (round 25: a world body's name the dictionary lacks is now coded NGO, actors.resolve world_bodies)
    ("The World Economic Forum said Greece must reform its pension system.", ("NGO", "GRC", "REQUEST")),
    ("Amnesty International working in Sudan said Khartoum must disarm the militias.", ("NGOHRI", "SDNGOV", "REQUEST")),
])
def test_demand_by_uncoded_body(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "The conference concluded that the weather must have changed in the Bronze Age.",
    "The report said Manchester United should sign a new striker.",
    "My neighbour said Greece must be lovely in the spring.",
])
def test_no_demand_by_uncoded_body(text):
    assert "REQUEST" not in types(text)


# light-verb and fixed phrases of news: shooting back, blocking a route, seeking action, and a
# state of emergency over a disaster (relief, not coercion)
@pytest.mark.parametrize("text,expected", [
    ("Israeli aircraft returned fire after being shot at from Lebanon.", ("ISRMIL", "LBN", "ASSAULT")),
    ("Indian troops returned fire across the border.", ("INDMIL", None, "ASSAULT")),
    ("Bolivian miners blocked the route of the German president's motorcade.", ("BOLLAB", "DEUGOV", "PROTEST")),
    ("Protesters blocked the Israeli prime minister's motorcade in London.", ("GBROPP", "ISRGOV", "PROTEST")),
    ("The United States has long sought Japanese action to open its markets.", ("USA", "JPN", "REQUEST")),
    ("Britain sought action from the United Nations against Iraq.", ("GBR", "IGOUNO", "REQUEST")),
])
def test_fixed_phrases(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text,absent", [
    ("The striker returned the ball to the goalkeeper.", "ASSAULT"),
    ("The lawyers sought legal action against the newspaper.", "REQUEST"),
    ("The Spanish fleet will seek action on quotas at the next meeting.", "REQUEST"),
    ("The governor of Texas imposed a state of emergency after the floods.", "COERCE"),
    ("The Japanese government imposed a state of emergency over the drought.", "COERCE"),
])
def test_fixed_phrases_not_events(text, absent):
    assert absent not in types(text)


def test_emergency_after_an_attack_is_coercion():
    assert "COERCE" in types("The Egyptian president imposed a state of emergency after the assassination.")


# a noun of criticism a reported clause says something is: the speaker's criticism
@pytest.mark.parametrize("text,expected", [
    ("The failure to stop the killings is a damning indictment of the Sudanese government, Amnesty International said.",
     ("NGOHRI", "SDNGOV", "ACCUSE")),
    ("The lack of outrage is an indictment of the Kenyan police, the head of Human Rights Watch has said.",
     ("NGOHRI", "KENCOP", "ACCUSE")),
    ("The court ruling was a stinging rebuke to the Polish government, the European Commission said.",
     ("IGOEUREEC", "POLGOV", "ACCUSE")),
])
def test_said_to_be_a_criticism(text, expected):
    evs = [e for e in coded(text) if (e.source and e.source.code, e.target and e.target.code, e.type) == expected]
    assert evs and all(e.modality == "asserted" for e in evs)


def test_not_said_to_be_a_criticism():
    evs = coded("The report said the fire was not a condemnation of the Greek government.")
    assert not any(e.type == "ACCUSE" and e.modality == "asserted" for e in evs)


# freeing people named by their work: police officers, aid workers, diplomats
@pytest.mark.parametrize("text,expected", [
    ("Colombian rebels released three police officers.", ("COLREB", None, "RETREAT")),
    ("The Taliban released two German aid workers on Friday.", ("AFGREB", "DEUDEV", "RETREAT")),
])
def test_release_of_people_by_their_work(text, expected):
    found = events(text)
    assert any(e[0] == expected[0] and e[2] == "RETREAT" and (expected[1] is None or e[1] == expected[1]) for e in found)


def test_release_of_a_report_is_no_event():
    assert "RETREAT" not in types("The Kenyan police released a report on the riots.")


# the compact an act is done under is not what the act is done to
@pytest.mark.parametrize("text", [
    "Nigerian troops withdrew from the Bakassi peninsula under the agreement with Cameroon.",
    "Israeli troops pulled out of the West Bank town under the deal with the Palestinians.",
])
def test_withdrawal_under_an_agreement_is_a_retreat(text):
    assert types(text) == {"RETREAT"}


def test_withdrawal_from_a_treaty_stays_a_sanction():
    assert "SANCTION" in types("Russia withdrew from the arms control treaty.")


# "renewed its demand (today) that X do ...": X is asked, and its act is not done
@pytest.mark.parametrize("text,expected,act", [
    ("The European Union renewed its demand that Serbia hand over the general.", ("IGOEUREEC", "SRB", "REQUEST"), "hand"),
    ("The Arab League repeated on Sunday its call that Israel withdraw from the Golan Heights.",
     ("IGOMEAARL", "ISR", "REQUEST"), "withdraw"),
])
def test_demand_that(text, expected, act):
    evs = coded(text)
    assert expected in {(e.source and e.source.code, e.target and e.target.code, e.type) for e in evs}
    assert all(e.modality != "asserted" for e in evs if e.trigger == act)


def test_demand_that_states_no_fact():
    assert "REQUEST" not in types("The union repeated its claim that the government was lying.")


# what respondents to an opinion poll would do is an answer, no act
@pytest.mark.parametrize("text", [
    "British voters would reject the European constitution by two to one, according to a poll.",
    "Most Britons would back military action against Iraq, a new poll suggests.",
])
def test_poll_answers_are_no_events(text):
    assert not {"REJECT", "SUPPORT"} & types(text)


def test_would_without_a_poll_stays():
    assert "REJECT" in types("The French president would reject the proposal, according to his spokesman.")


# "agreed / bowed / acceded to X's request or proposal": X is whom the answer is to
@pytest.mark.parametrize("text,expected", [
    ("Sudan agreed to the United Nations' request to deploy peacekeepers.", ("SDN", "IGOUNO", "AGREE")),
    ("North Korea agreed to China's proposal for new talks.", ("PRK", "CHN", "AGREE")),
    ("Iran acceded to Russia's proposal on uranium enrichment.", ("IRN", "RUS", "CONCEDE")),
])
def test_answer_to_a_request_targets_the_asker(text, expected):
    assert expected in events(text)


def test_agreed_to_terms_names_no_asker():
    assert ("GRCGOV", None, "AGREE") in events("The Greek government agreed to the terms of the loan.")


# a body's team arriving "here" visits the country of the dateline; a body's own meeting there does not
def test_body_team_visits_dateline_country():
    evs = coded("KAMPALA, Feb 2 - A World Bank mission arrived here on Tuesday for talks with the government.")
    assert any(e.type == "CONSULT" and e.source is not None and e.source.code.startswith("IGO")
               and e.target is not None and e.target.code == "UGA" for e in evs)


def test_body_meeting_here_is_no_visit():
    evs = coded("GENEVA, May 2 - European Union ministers will meet here next week.")
    assert not any(e.target is not None and e.target.code == "CHE" for e in evs)


# stoning by a crowd is a riot; stoning to death is a killing
@pytest.mark.parametrize("text,expected", [
    ("Palestinian youths stoned Israeli soldiers in Hebron.", ("PSECVL", "ISRMIL", "PROTEST")),
    ("Kosovo Albanian protesters stoned a United Nations police station.", (None, "IGOUNOCOP", "PROTEST")),
])
def test_stoning_is_a_riot(text, expected):
    assert any(e[1:] == expected[1:] and (expected[0] is None or e[0] == expected[0]) for e in events(text))


def test_stoned_to_death_is_a_killing():
    assert types("The Iranian woman was stoned to death for adultery.") == {"ASSAULT"}


# a suicide bomber is an unidentified attacker, not the place's air force
@pytest.mark.parametrize("text,country", [
    ("A suicide bomber attacked a market in Kabul.", "AFG"),
    ("A suicide bomber killed 20 people at a mosque in Pakistan.", "PAK"),
])
def test_suicide_bomber_is_unidentified(text, country):
    sources = {e.source.code for e in coded(text) if e.type == "ASSAULT" and e.source is not None}
    assert sources == {country + "UAF"}
