"""Round 23 (helper A): who acts on whom, by construction x event type (notes/s23/matrixA.md):
objects named by a relative pronoun, the one helped in a promise of help, verdicts put before the
object, authors named in a relative clause, forces that leave a country, light verbs of protest
and backing, material support, ships seized off a coast, state organs acting at a named place,
nouns of arrest placed in a country, the other party of talks named by its role, force used on a
condition. Project-written sentences."""
import pytest

from conftest import role_events, role_triples

pytestmark = pytest.mark.model


def plover(text: str) -> set[tuple]:
    """(source country, target country, PLOVER type) of each event, as the PLOVER-GSR scorer reads
    them (a promise of an act is AGREE, a threat of force THREATEN)."""
    from diplograph.events.ontology import ontology

    onto = ontology()

    def country(a):
        return None if a is None else a.country or a.code[:3]

    return {(country(e.source), country(e.target), onto.plover_view(e.type, e.modality)) for e in role_events(text)}


# "Y, which X accused of ...": the relative pronoun stands for the noun it hangs on
@pytest.mark.parametrize("text,expected", [
    ("Eritrea, which Ethiopia accused of backing rebels, denied the charge.", ("ETH", "ERI", "ACCUSE")),
    ("Uganda, which Sudan has accused of arming rebels, denied the claim.", ("SDN", "UGA", "ACCUSE")),
    ("Belarus, which the EU sanctioned last year, released two opposition figures.", ("IGO", "BLR", "SANCTION")),
    ("Zimbabwe, which Washington has sanctioned since 2002, called the move illegal.", ("USA", "ZWE", "SANCTION")),
])
def test_relative_pronoun_object(text, expected):
    assert expected in plover(text)


def test_relative_pronoun_subject_keeps_its_direction():
    found = plover("Eritrea, which accused Ethiopia of backing rebels, closed its embassy.")
    assert ("ERI", "ETH", "ACCUSE") in found
    assert ("ETH", "ERI", "ACCUSE") not in found


# "agreed to help Libya rebuild": the one helped (the subject the parser gives the clause under "help")
@pytest.mark.parametrize("text,expected", [
    ("Qatar agreed to help Libya rebuild its oil industry.", ("QAT", "LBY", "AGREE")),
    ("Kuwait pledged to help Jordan cover its fuel costs.", ("KWT", "JOR", "AGREE")),
])
def test_promise_of_help_targets_the_helped(text, expected):
    assert expected in plover(text)


def test_promise_of_help_names_no_target_without_one():
    assert all(t is None for _, t, ty in plover("Qatar agreed to help rebuild the oil industry.") if ty == "AGREE")


# a promise to move one's own forces is made to the country they leave or go to
@pytest.mark.parametrize("text,expected", [
    ("Meles Zenawi promised to withdraw Ethiopian troops from Somalia by the end of the year.", ("ETH", "SOM", "AGREE")),
    ("Moscow agreed to pull Russian forces out of Moldova.", ("RUS", "MDA", "AGREE")),
])
def test_promise_to_move_own_forces(text, expected):
    found = plover(text)
    assert expected in found
    assert all(s != t for s, t, _ in found), found


def test_rebels_captives_stay_targets():
    assert ("LKA", "LKA", "RETREAT") in plover("Tamil rebels in Sri Lanka freed 12 army soldiers on Monday.")


# "rejected as groundless X": the object the parser hangs on "as"
@pytest.mark.parametrize("text,expected", [
    ("Hanoi has rejected as groundless Chinese charges that Vietnamese troops crossed the border.", ("VNM", "CHN", "REJECT")),
    ("Athens dismissed as baseless Turkish claims over the islets.", ("GRC", "TUR", "REJECT")),
])
def test_verdict_before_object(text, expected):
    assert expected in plover(text)


def test_verdict_after_object_unchanged():
    assert ("PAK", "IND", "ACCUSE") in plover("Pakistan condemned the Indian raid as a violation of its sovereignty.")


# what is judged, made by someone named in a relative clause
@pytest.mark.parametrize("text,expected", [
    ("Both countries welcomed the decision, which was announced by the Security Council in New York.", "IGO"),
    ("Pakistan criticised the plan, which was drawn up by India, as one-sided.", "IND"),
])
def test_author_in_relative_clause(text, expected):
    assert expected in {t for _, t, _ in plover(text)}
    assert "USA" not in {t for _, t, _ in plover(text)}


# forces that leave a country withdraw from it
@pytest.mark.parametrize("text,expected", [
    ("The last Cuban troops left Angola on Saturday.", ("CUB", "AGO", "RETREAT")),
    ("Vietnamese soldiers will leave Cambodia by September.", ("VNM", "KHM", "AGREE")),
])
def test_forces_leaving(text, expected):
    assert expected in plover(text)


def test_minister_leaving_is_no_retreat():
    assert "RETREAT" not in {ty for _, _, ty in plover("The Egyptian minister left Cairo for talks in Paris.")}


# light verbs of a diplomatic protest and of backing
@pytest.mark.parametrize("text,expected", [
    ("Japan filed a formal protest with China over the anti-Japanese riots.", ("JPN", "CHN", "ACCUSE")),
    ("Moscow registered a strong protest with Tokyo over the seizure of a fishing boat.", ("RUS", "JPN", "ACCUSE")),
    ("The Arab League gave its backing to the Saudi peace initiative.", ("IGO", "SAU", "SUPPORT")),
    ("Moscow gave its full support to the Indian bid for a Security Council seat.", ("RUS", "IND", "SUPPORT")),
])
def test_light_verbs(text, expected):
    assert expected in plover(text)


def test_filing_into_a_hall_is_no_protest_note():
    assert "ACCUSE" not in {ty for _, _, ty in plover("Students filed into the hall to protest.")}


# support of a material kind is aid
@pytest.mark.parametrize("text,expected", [
    ("The United States gave military support to the Contras.", ("USA", "NIC", "AID")),
    ("Saudi Arabia provided financial backing to the Afghan rebels.", ("SAU", "AFG", "AID")),
    ("The United States offered military support to the Contras.", ("USA", "NIC", "AGREE")),
])
def test_material_support_is_aid(text, expected):
    assert expected in plover(text)


def test_words_of_support_stay_support():
    assert ("RUS", "SRB", "SUPPORT") in plover("Russia expressed support for Serbia.")


# goods flown somewhere travel to no talks; "off the coast" is where, not "seize off"
@pytest.mark.parametrize("text,expected", [
    ("Ten tonnes of medical supplies were flown to Haiti by the Cuban government.", ("CUB", "HTI", "AID")),
    ("A Danish ship carrying arms was seized off the coast of Somalia.", (None, "DNK", "COERCE")),
    ("Pirates seized a Greek tanker off the coast of Yemen.", (None, "GRC", "COERCE")),
])
def test_carried_and_seized(text, expected):
    assert expected[1:] in {(t, ty) for _, t, ty in plover(text)}
    if expected[0]:
        assert expected in plover(text)


def test_leader_flying_to_talks_still_visits():
    assert ("IND", "RUS", "CONSULT") in plover("The Indian premier flew to Moscow for talks.")


# a government or army named by no country acts for the place it acts in
@pytest.mark.parametrize("text,expected", [
    ("The government lifted the curfew in Kinshasa.", ("COD", "COD", "CONCEDE")),
    ("The army imposed a curfew in Dili on Monday.", ("TLS", "TLS", "COERCE")),
    ("The government freed 200 political prisoners in Lagos.", ("NGA", "NGA", "RETREAT")),
])
def test_state_organ_at_the_scene(text, expected):
    assert expected in plover(text)


# an arrest or deportation named as a noun, placed in a country
@pytest.mark.parametrize("text,expected", [
    ("The arrest of two Britons in Iran has angered London.", ("IRN", "GBR", "COERCE")),
    ("The arrest of opposition leaders in Cairo drew criticism.", ("EGY", "EGY", "COERCE")),
    ("The deportation of 300 Haitians from the Dominican Republic drew criticism.", ("DOM", "HTI", "COERCE")),
])
def test_arrest_noun_placed(text, expected):
    assert expected in plover(text)


def test_arrest_noun_unplaced_has_no_source():
    assert all(s is None for s, _, ty in plover("Police announced the arrest of 12 suspects.") if ty == "COERCE")


# the other party of joint talks named by a domestic role
@pytest.mark.parametrize("text,expected", [
    ("Talks between the Sudanese government and southern rebels broke down in Nairobi.", ("SDN", "SDN", "CONSULT")),
    ("A meeting between the Colombian president and FARC guerrillas was held in Havana.", ("COL", "COL", "CONSULT")),
])
def test_between_a_state_and_its_rebels(text, expected):
    assert expected in plover(text)


def test_between_two_states_unchanged():
    assert {("SDN", "TCD", "CONSULT"), ("TCD", "SDN", "CONSULT")} <= plover("Talks between Sudan and Chad resumed.")


# force used, and force threatened on a condition the other side must meet
@pytest.mark.parametrize("text,expected", [
    ("Ethiopia will respond with force if Eritrea does not pull its troops out of the disputed area.", ("ETH", "ERI", "THREATEN")),
    ("Beijing will use force if Taiwan declares independence.", ("CHN", "TWN", "THREATEN")),
    ("Police used force to disperse protesters in Dhaka.", ("BGD", "BGD", "ASSAULT")),
])
def test_force(text, expected):
    assert expected in plover(text)


def test_first_name_read_as_modifier_is_the_subject():
    assert ("TUR", "SYR", "MOBILIZE") in plover("Turkey massed troops on its border with Syria on Thursday.")
    assert ("TUR", "SYR", "MOBILIZE") in plover("Turkey massed troops along the Syrian frontier on Monday.")



# answers to a call or offer whose author is named with "from" or "by"
@pytest.mark.parametrize("text,expected", [
    ("Israel ignored calls from the United Nations to halt settlement building.", ("ISR", "IGO", "REJECT")),
    ("Burma's junta rejected an offer from Thailand.", ("MMR", "THA", "REJECT")),
])
def test_answered_call_author(text, expected):
    assert expected in plover(text)


# "let X do": the one let in is the target, as with "allow"
@pytest.mark.parametrize("text,expected", [
    ("Iraq refused to let UN inspectors visit presidential sites.", ("IRQ", "IGO", "REJECT")),
    ("Burma's junta agreed to let UN envoy Ibrahim Gambari meet Aung San Suu Kyi.", ("MMR", "IGO", "AGREE")),
    ("Sudan let UN investigators visit Darfur.", ("SDN", "IGO", "RETREAT")),
    ("Israel let Palestinian workers enter the country.", ("ISR", "PSE", "RETREAT")),
])
def test_letting_in(text, expected):
    assert expected in plover(text)


# a threat whose act is an infinitive with a condition: aimed at the one in the condition
@pytest.mark.parametrize("text,expected", [
    ("China vowed to retaliate if the United States imposed tariffs on Chinese steel.", ("CHN", "USA", "THREATEN")),
    ("Iran threatened to close the strait if the European Union banned its oil.", ("IRN", "IGO", "THREATEN")),
])
def test_conditional_threat_target(text, expected):
    assert expected in plover(text)


# "we" inside a quotation that opens the sentence is the speaker's side
@pytest.mark.parametrize("text,expected", [
    ('"We reject the American proposal," the Iranian foreign minister said.', ("IRN", "USA", "REJECT")),
    ('"We support Pakistan," the Chinese premier told reporters in Beijing.', ("CHN", "PAK", "SUPPORT")),
])
def test_quoted_we(text, expected):
    assert expected in plover(text)


def test_unquoted_we_stays_unknown():
    assert all(s is None for s, _, ty in plover("We reject the American proposal, the Iranian foreign minister said.")
               if ty == "REJECT")


# struck by an act named as the passive's agent: the subject is the target
@pytest.mark.parametrize("text,expected", [
    ("Lebanon was hit by Israeli air strikes overnight.", ("ISR", "LBN", "ASSAULT")),
    ("Two Afghan soldiers were killed by a roadside bomb.", (None, "AFG", "ASSAULT")),
])
def test_struck_by_the_act(text, expected):
    assert expected in plover(text)


def test_struck_by_a_veto_is_no_attack():
    assert "ASSAULT" not in {ty for _, _, ty in plover("The plan was hit by a Russian veto.")}


def test_support_given_to_no_one_is_no_event():
    assert "SUPPORT" not in {ty for _, _, ty in plover(
        "The Australian government has given support in principle to the production of platinum coins.")}


# an accepted or refused invitation or offer names the act it asks for
@pytest.mark.parametrize("text,expected", [
    ("Hanoi accepted an invitation to visit Beijing next month.", ("VNM", "CHN", "AGREE")),
    ("Pakistan rejected an offer to hold talks with India.", ("PAK", "IND", "REJECT")),
])
def test_invitation_to_act(text, expected):
    assert expected in plover(text)


# captives given back, named by their trade
@pytest.mark.parametrize("text,expected", [
    ("Pakistan returned 50 Indian fishermen arrested in its waters.", ("PAK", "IND", "RETREAT")),
    ("Iran returned the crew of a seized British boat.", ("IRN", "GBR", "RETREAT")),
])
def test_captives_returned(text, expected):
    assert expected in plover(text)


# names one calls a leader or an act
@pytest.mark.parametrize("text,expected", [
    ("Colombia's president called Venezuela's leader a liar.", ("COL", "VEN", "ACCUSE")),
    ("The Kremlin called the Georgian attack a provocation.", ("RUS", "GEO", "ACCUSE")),
])
def test_name_calling(text, expected):
    assert expected in plover(text)


def test_praise_by_name_is_no_accusation():
    assert "ACCUSE" not in {ty for _, _, ty in plover("The president called the meeting a success.")}


# "X did A and Y did B": the parser may join Y to A's last noun; Y is B's subject
@pytest.mark.parametrize("text,expected,wrong", [
    ("Israel bombed Hamas targets in Gaza and Hamas fired rockets into southern Israel.",
     ("PSE", "ISR", "ASSAULT"), ("ISR", "ISR", "ASSAULT")),
    ("India expelled a Pakistani diplomat and Pakistan retaliated by expelling an Indian envoy.",
     ("PAK", "IND", "SANCTION"), ("IND", "IND", "SANCTION")),
])
def test_stray_subject_of_second_clause(text, expected, wrong):
    found = plover(text)
    assert expected in found
    assert wrong not in found


def test_listed_objects_stay_objects():
    assert {("IGO", "IRN", "SANCTION"), ("IGO", "SYR", "SANCTION"), ("IGO", "PRK", "SANCTION")} <= plover(
        "The EU imposed sanctions on Iran, Syria and North Korea.")


# a refusal to take part, and a walk-out from talks with someone
@pytest.mark.parametrize("text,expected", [
    ("Israel declined to attend the conference in Cairo.", ("ISR", "EGY", "REJECT")),
    ("The Kenyan president declined to meet the Somali prime minister.", ("KEN", "SOM", "REJECT")),
    ("Eritrea walked out of talks with Ethiopia in Algiers.", ("ERI", "ETH", "SANCTION")),
])
def test_refusing_and_leaving_talks(text, expected):
    assert expected in plover(text)


def test_declining_to_comment_is_no_event():
    assert not plover("The minister declined to comment on the report.")


# a demand for an act is made of who would do it, when the text names them apart from those it
# would be done to
@pytest.mark.parametrize("text,expected", [
    ("Britain demanded the release of two British sailors held by Iran.", ("GBR", "IRN", "REQUEST")),
    ("The EU demanded the immediate return of the Ukrainian sailors captured by Russia.", ("IGO", "RUS", "REQUEST")),
    ("The Arab League called for the withdrawal of Israeli troops from Lebanon.", ("IGO", "ISR", "REQUEST")),
    ("Russia called for an end to NATO air strikes on Libya.", ("RUS", "IGO", "REQUEST")),
    ("France demanded the extradition of a Rwandan genocide suspect from Belgium.", ("FRA", "BEL", "REQUEST")),
])
def test_demanded_act_doer(text, expected):
    assert expected in plover(text)


@pytest.mark.parametrize("text,expected", [
    # with no doer named, the demand stays on those the act names
    ("Washington demanded the release of Burmese political prisoners.", ("USA", "MMR", "REQUEST")),
    ("The UN called for the withdrawal of foreign troops from Congo.", ("IGO", "COD", "REQUEST")),
])
def test_demanded_act_without_doer(text, expected):
    assert expected in plover(text)


# fighting between a state's forces and rebels, named by role alone, in a named place
@pytest.mark.parametrize("text,expected", [
    ("Heavy fighting between government troops and rebels continued in northern Uganda.", ("UGA", "UGA", "ASSAULT")),
    ("Fierce clashes between the army and Islamist militants broke out in southern Somalia.", ("SOM", "SOM", "ASSAULT")),
])
def test_fighting_between_roles_at_a_place(text, expected):
    assert expected in plover(text)


def test_talks_between_roles_abroad_take_no_host():
    assert all("NOR" not in (s, t) for s, t, _ in plover("Talks between the government and rebels resumed in Oslo."))


@pytest.mark.parametrize("text,expected", [
    ("Russia has relaxed the visa rules for Georgian citizens.", ("RUS", "GEO", "CONCEDE")),
    ("China has relaxed its controls on foreign journalists.", ("CHN", "CHN", "CONCEDE")),
])
def test_rules_relaxed(text, expected):
    assert expected in plover(text)


# a request or demand agreed to is answered to whoever made it
@pytest.mark.parametrize("text,expected", [
    ("Diplomats said Syria had agreed to a Saudi request to withdraw its forces from the Bekaa.", ("SYR", "SAU", "AGREE")),
    ("Pakistan agreed to an American request for access to its air bases.", ("PAK", "USA", "AGREE")),
])
def test_request_agreed_to(text, expected):
    assert expected in plover(text)


# an expulsion named as a thing, from a named capital: that state expels
def test_expulsion_noun_from_capital():
    found = plover("Two Turkish diplomats were expelled from Baghdad in retaliation for the expulsion of Iraqi "
                   "diplomats from Ankara.")
    assert {("IRQ", "TUR", "SANCTION"), ("TUR", "IRQ", "SANCTION")} <= found
    assert ("TUR", "TUR", "SANCTION") not in found
