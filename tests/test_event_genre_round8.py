"""Round 8: sports stories with few words of sport (tennis sets, doping cases, team sheets, athletics
meetings) and business acts read as acts of states (a rival beaten to a deal, market demand, a
firm's market, a DVD release), each family with a neighbour the rule must leave alone. Our own
sentences; the genre tests need no model, the event tests load the real one."""
import pytest

from conftest import assert_coded, assert_not_coded, coded_events
from diplograph.genre import is_sports_report

# --- the sports-report detector -------------------------------------------------------------------
TENNIS = ("Third seed Tomas Varga needed three sets to get past Peru's Luis Ortega in the quarter-finals on "
          "Thursday, winning 4-6 6-3 7-5. Varga now faces the Argentine Pablo Ruiz.")
DOPING = ("The shot putter Anna Kolb has been suspended for four years after a doping hearing. The "
          "federation said the athlete had missed three tests in a year. Two other athletes from her club "
          "are under investigation by the national anti-doping agency.")
TEAM_SHEET = ("Wales kept the side that beat Fiji for Saturday's game in Cardiff.\n\nWales: Evans; Price, "
              "Morgan, Hughes (capt), Lloyd; Replacements: Bevan, Rees.")
ATHLETICS = ("Maria Lind broke the national indoor record in the 60m hurdles in Stockholm on Sunday. The "
             "sprinters will meet again at the European Indoor meeting in March, where the steeplechase "
             "and the pole vault are also expected to draw crowds.")
EN_DASH = ("Harbour Town defeated Riverside 31–12 on Saturday. The coach praised the forwards after the "
           "rugby match, and the win keeps the club top of the table.")


@pytest.mark.parametrize("text", [TENNIS, DOPING, TEAM_SHEET, ATHLETICS, EN_DASH])
def test_sports_stories_with_few_words_of_sport_are_sports_reports(text):
    assert is_sports_report(text)


@pytest.mark.parametrize("text", [
    # a political story about sport: the minister's plan, few terms of sport
    "The sports minister announced 40 million pounds for school playing fields. The opposition said "
    "the money would not reach poorer towns, and the football association welcomed the plan.",
    # "premiership" in lower case is a prime minister's time in office
    "During her premiership the country joined the alliance, and her cabinet fought a long battle "
    "with the unions over pay. The coalition won the election 2-1 in seats gained.",
    # a court split and a trade figure are no run of sets
    "The court ruled 6-3 that the law stands. Exports rose 5-6 pct in the quarter, the ministry said.",
])
def test_political_stories_about_sport_are_no_sports_reports(text):
    assert not is_sports_report(text)


def test_a_tennis_report_codes_no_attack_on_a_country():
    events = coded_events(TENNIS + " Ruiz rallied to beat Italy's Marco Conti in the last round.")
    assert not [e for e in events if e.type in ("ASSAULT", "PROTEST")], [(e.type, e.trigger) for e in events]


# --- a race won is no blow and no rally -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Last year Barclays beat Lloyds to buy the Polish lender.",
    "Analysts think Nomura has beaten Mizuho to the contract.",
])
def test_beating_a_rival_to_a_deal_is_no_assault(text):
    assert_not_coded(text, "ASSAULT")


def test_beating_people_is_still_an_assault():
    assert_coded("Russian soldiers beat Ukrainian prisoners in the camp.", "ASSAULT", ("RUS", "UKR"), None)


def test_rallying_to_win_is_no_protest():
    assert_not_coded("The French champion rallied to win the final in Madrid.", "PROTEST")


def test_rallying_to_demand_something_is_a_protest():
    assert_coded("Thousands of Kenyans rallied to demand the release of the editor.", "PROTEST", None, None)


def test_protesting_ones_innocence_is_no_protest():
    assert_not_coded("The Kenyan runner has always protested his innocence.", "PROTEST")


# --- business ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rising demand from India has lifted steel prices.",
    "Strong demand from China kept copper prices high this year.",
    "Chile wants to keep prices stable without killing off demand.",
])
def test_market_demand_is_no_request(text):
    assert_not_coded(text, "REQUEST")


def test_a_demand_made_by_a_country_is_still_a_request():
    events = [e for e in coded_events("Iran made a demand to Iraq for the return of its pilots.")
              if e.type == "REQUEST"]
    assert events, "the demand was lost"


@pytest.mark.parametrize("text", [
    "The drug maker sells its new asthma inhaler in Brazil.",
    "The cartoon sold four million copies across Germany and Austria.",
])
def test_where_a_firm_sells_is_its_market_no_partner(text):
    assert_not_coded(text, "COOPERATE")


def test_a_country_selling_to_another_is_still_trade():
    assert_coded("Russia sold fighter jets to Syria last year.", "COOPERATE", ("RUS", "SYR"), None)


def test_a_dvd_release_frees_no_one():
    assert_not_coded("The film earned 20 million dollars in the first week of its German DVD release.", "RETREAT")


@pytest.mark.parametrize("text", [
    "Thailand exported 5,100 tonnes of tin in the first quarter.",
    "French families bought fewer cars in May.",
])
def test_a_trade_figure_with_no_partner_is_no_cooperation(text):
    assert_not_coded(text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "China committed to buy an additional 50 billion dollars worth of American farm goods.",
    "Egypt bought 60,000 tonnes of US wheat.",
])
def test_a_purchase_of_another_countrys_goods_is_still_trade(text):
    assert_coded(text, "COOPERATE", None, None)


def test_a_purchase_from_a_named_seller_is_still_trade():
    assert_coded("Pakistan bought 300,000 tonnes of wheat from Canada.", "COOPERATE", ("PAK", "CAN"), None)


def test_shares_offered_in_a_country_are_no_offer_to_it():
    assert_not_coded("Of the two million shares being offered in Canada, half will be sold by the company.", "AGREE")


def test_a_country_offering_warships_is_still_an_offer():
    assert_coded("Turkey offered two warships to Ukraine.", "AGREE", ("TUR", "UKR"), None)


@pytest.mark.parametrize("text", [
    "The dispute threatens to derail talks between Egypt and Ethiopia.",
    "The ban threatens to reignite tensions between the regulator and the tobacco firm.",
])
def test_a_thing_that_threatens_to_do_harm_is_no_threat(text):
    assert_not_coded(text, "THREATEN")


def test_an_armed_group_threatening_to_kill_is_still_a_threat():
    assert_coded("Hamas threatened to kill the hostages.", "THREATEN", None, None)
