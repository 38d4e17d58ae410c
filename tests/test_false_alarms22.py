"""Round 22 precision sweep on business and market newswire: trade figures, market shares,
traders' purchases, firms named with their home, a central bank's dealing, prices that sink or
rally, a price charged, a bill offered, a good put at risk, warnings of a market's fall, staff
sacked, figures that "demonstrate", a chance a ruling "offers", a deal that "calls for",
impressions that "strike", illnesses that kill, sellers' prices, labour strikes that run on, and
meetings still to come. Each beside a true event of the same word that must stay.
Project-written sentences."""
import pytest

from conftest import role_events

pytestmark = pytest.mark.model


def asserted(text: str) -> set[str]:
    return {e.type for e in role_events(text) if e.modality == "asserted"}


def told(text: str) -> set[str]:
    """Types reported as done, by the writer or as someone's claim."""
    return {e.type for e in role_events(text) if e.modality in ("asserted", "claimed")}


def modalities(text: str, type_: str) -> set[str]:
    return {e.modality for e in role_events(text) if e.type == type_}


@pytest.mark.parametrize("text,wrong", [
    # a traded amount summed over a span, or a share, whoever the partner: a trade figure
    ("Egypt bought 3 mln tonnes of French wheat in the 1985/86 season.", "COOPERATE"),
    ("The Soviet Union purchased 12 mln tonnes of grain from Argentina and Canada in 1985.", "COOPERATE"),
    ("Morocco has already bought 400,000 tonnes of Canadian barley.", "COOPERATE"),
    ("Chile buys nearly 60 pct of its sugar from Peru.", "COOPERATE"),
    ("Greece imports about 45 pct of its meat from Holland.", "COOPERATE"),
    ("Spanish millers bought 40,000 tonnes of French wheat, dealers said.", "COOPERATE"),
    ("Austrian mills bought 15,000 tonnes of Hungarian wheat, dealers said.", "COOPERATE"),
    ("ANTWERP, May 4 - Belgian millers bought 8,000 tonnes of German rye, brokers reported.", "COOPERATE"),
    # a firm named with its home ("Fendt of West Germany") is no state
    ("The group sold its tractor business to Fendt of West Germany for 90 mln dlrs.", "COOPERATE"),
    ("The company sold its chemicals arm to Laporte of Britain last year.", "COOPERATE"),
    # a share of a market supplied is no aid
    ("Norway provided almost 40 pct of Sweden's fish imports in 1985.", "AID"),
    ("Canada provided about half of U.S. lumber imports in 1986.", "AID"),
    # traders, millers and crushers are firms on a market
    ("Swiss dealers bought Mexican silver in Zurich overnight.", "COOPERATE"),
    ("Greek millers have been buying steadily since March.", "COOPERATE"),
    # a central bank dealing in a currency has no partner
    ("The Bundesbank sold dollars in Frankfurt on Tuesday.", "COOPERATE"),
    ("The Bank of England bought sterling in early trading.", "COOPERATE"),
    # where goods come from, told by a participle, is no deal
    ("The United States raised tariffs on television sets imported from South Korea.", "COOPERATE"),
    ("Congress debated a ban on steel sold to the U.S. by Brazilian mills.", "COOPERATE"),
    # prices sink and rally; no one is struck, no crowd gathers
    ("The peso sank to a new low on Thursday in Mexico City trading.", "ASSAULT"),
    ("Cocoa futures rallied in London after the frost in Bahia.", "PROTEST"),
    ("Wheat futures staged a strong rally on Tuesday.", "PROTEST"),
    # a price charged is no accusation
    ("The gas board raised the price it charges households in Scotland.", "ACCUSE"),
    ("The shipping line raised the price it charges importers in Rotterdam.", "ACCUSE"),
    # a bill offered in a legislature is moved, no offer to anyone
    ("A resolution offered by two Republican senators was defeated.", "AGREE"),
    ("An amendment offered by Senator Bentsen was adopted by the Senate.", "AGREE"),
    # a good put at risk by a thing is no threat
    ("Senators argued that the growing trade deficit was threatening American national security.", "THREATEN"),
    ("The French farm minister said cheap grain imports threaten the security of France.", "THREATEN"),
    # a warning of a market's move is a forecast
    ("Finance Minister Gerhard Stoltenberg warned a sharper drop in the mark would hurt exporters.", "THREATEN"),
    ("Chancellor Nigel Lawson, who has warned against a slide in sterling, addressed bankers in Leeds.", "THREATEN"),
    ("Bundesbank president Karl Otto Poehl warned of a recession in West Germany.", "THREATEN"),
    # staff sacked by a firm: no proposal rejected
    ("The Swiss bank said its chief dealer Jean Dupont had been dismissed.", "REJECT"),
    ("The German bank said its chief trader Hans Weber had been dismissed.", "REJECT"),
    # figures "demonstrate": they show, no one protests
    ("The weakness of European stock markets demonstrates that investors doubt the recovery.", "PROTEST"),
    ("The Tokyo slump demonstrates that the yen is too strong, Japanese officials said.", "PROTEST"),
    # a market move welcomed backs no actor
    ("Rome quietly welcomed the rise in the lira after the budget vote.", "SUPPORT"),
    ("Paris quietly welcomed the fall in the dollar against the mark.", "SUPPORT"),
    ("Madrid privately welcomed the fall in the peseta against the mark.", "SUPPORT"),
    # trade helped is no one aided
    ("The ministry, which aids Finnish exports, opened an office in Cairo.", "AID"),
    ("The Swedish fund, which aids exports of timber, lost money in 1986.", "AID"),
    # a chance a ruling or a move "offers" is no offer by anyone
    ("The European Court ruling offered new possibilities for Dutch brewers.", "AGREE"),
    ("The Brazilian moratorium offered an opportunity for Japanese banks.", "AGREE"),
    # workers who comply with a strike stop work, they yield nothing
    ("Most bus drivers in Athens obeyed and complied with the strike call.", "CONCEDE"),
    ("Bus drivers in Lima largely complied with the strike call.", "CONCEDE"),
    # refusing to say is no rejection
    ("The Bundesbank president refused to say whether German rates would be cut.", "REJECT"),
    ("The Saudi oil minister refused to say whether OPEC would cut output.", "REJECT"),
    # what a deal "calls for" is its terms, no one asked
    ("Their merger accord calls for a new head office in Milan.", "REQUEST"),
    ("The contract between the two companies calls for a new refinery in Singapore.", "REQUEST"),
    # struck by an impression: no blow
    ("The visiting minister was struck by the warmth of the crowds in Lagos.", "ASSAULT"),
    ("The envoy was struck by the scale of the destruction.", "ASSAULT"),
    # a strike that runs on or ends is a stoppage of work
    ("The strike by Dutch dockers entered its third week.", "ASSAULT"),
    ("Copper prices rose after the strike ended.", "ASSAULT"),
    # an illness kills or strikes no one's enemy
    ("A flu that strikes children in winter closed schools in Chile.", "ASSAULT"),
    ("The influenza, which attacks the lungs, spread across Japan.", "ASSAULT"),
    ("The fever, which attacks the liver, is common in Nigeria.", "ASSAULT"),
    # a seller's price is no offer to anyone
    ("Peru was offering copper at 1,150 dlrs a tonne to buyers in Europe.", "AGREE"),
    ("Thailand was offering rice at 210 dlrs a tonne fob.", "AGREE"),
    ("Indonesia was offering about 700 dlrs a tonne fob, brokers reported.", "AGREE"),
    # demand with a word of the market is the market's, whatever country buys
    ("Wool prices climbed on strong Japanese demand.", "REQUEST"),
    ("Weak Indian demand depressed tea prices in Colombo.", "REQUEST"),
])
def test_no_false_alarm(text, wrong):
    assert wrong not in told(text)


@pytest.mark.parametrize("text,kept", [
    ("Russia sold 20 fighter jets to India in 1986.", "COOPERATE"),
    ("Washington sold 2,000 tonnes of arms to Tehran in secret.", "COOPERATE"),
    ("The United States supplied weapons to the Afghan rebels.", "AID"),
    ("Japan bought Canadian durum wheat.", "COOPERATE"),
    ("Jets were sold to the Kingdom of Saudi Arabia.", "COOPERATE"),
    ("Weapons were sold to the Emirate of Abu Dhabi.", "COOPERATE"),
    ("Pakistan bought 300,000 tonnes of wheat from Canada.", "COOPERATE"),
    ("Egypt bought 60,000 tonnes of US wheat.", "COOPERATE"),
    ("Congress investigated the arms sold to Iran.", "COOPERATE"),
    ("An Iranian gunboat sank a Kuwaiti tanker.", "ASSAULT"),
    ("Thousands of farmers staged a rally in Paris against the cuts.", "PROTEST"),
    ("The prosecutor charged the mayor of Naples with fraud.", "ACCUSE"),
    ("Iran offered talks to Iraq.", "AGREE"),
    ("Iran offered Iraq an opportunity to end the war.", "AGREE"),
    ("Iran threatened Kuwait with missile attacks.", "THREATEN"),
    ("Iran warned of retaliation if the United States attacked its ships.", "THREATEN"),
    ("Iran warned Kuwait that attacks on its shipping would continue.", "THREATEN"),
    ("Thatcher dismissed Kinnock's charges as absurd.", "REJECT"),
    ("Iran dismissed the U.N. proposal.", "REJECT"),
    ("Students demonstrated in Seoul against the government.", "PROTEST"),
    ("France welcomed the release of the hostages.", "SUPPORT"),
    ("Syria complied with the Security Council resolution.", "CONCEDE"),
    ("Syria refused to withdraw its troops from Lebanon.", "REJECT"),
    ("The Arab League called for a ceasefire in Lebanon.", "REQUEST"),
    ("A policeman was struck by a rock thrown by protesters in Seoul.", "ASSAULT"),
    ("Rebels who attacked the town of Gulu have fled.", "ASSAULT"),
    ("Iran offered oil at a discount to Japan.", "AGREE"),
    ("Japan offered a 500 mln dlr loan to Mexico.", "AGREE"),
    ("The Soviet Union offered 500,000 tonnes of oil to Cuba.", "AGREE"),
    ("Growing Palestinian demand for statehood worried Israel.", "REQUEST"),
    ("Venezuela made a new offer to its creditor banks.", "AGREE"),
])
def test_true_event_kept(text, kept):
    assert kept in asserted(text)


@pytest.mark.parametrize("text,type_,expected", [
    # a present tense with a time ahead, "next month's", "ahead of", "to be signed": still to come
    ("The OPEC pricing committee meets next week in Geneva.", "CONSULT", "future"),
    ("EC farm ministers meet tomorrow in Brussels.", "CONSULT", "future"),
    ("Next month's Commonwealth summit in Vancouver was described as crucial.", "CONSULT", "future"),
    ("Next week's talks between Iran and Iraq were described as crucial by the U.N.", "CONSULT", "future"),
    ("Oil prices rose ahead of the OPEC talks in Geneva.", "CONSULT", "future"),
    ("The dollar firmed ahead of the G-7 meeting in Washington.", "CONSULT", "future"),
    ("The treaty to be signed in Geneva will cut missiles in Europe.", "SUPPORT", "future"),
    # an ability is no deed; without it, nothing was done
    ("Libya has the ability to strike Italian ports.", "ASSAULT", "hypothetical"),
    ("Israeli officials said Syria had no capacity to attack Israeli cities.", "ASSAULT", "negated"),
    # an offer dropped or abandoned no longer stands
    ("Lima has dropped its offer of a debt swap to its lenders.", "AGREE", "negated"),
    ("Caracas abandoned its offer of a debt swap to the creditor banks.", "AGREE", "negated"),
    # a ploy to do a thing is an attempt, not the thing done
    ("Opponents called the plan a ploy to commit Britain to the new missiles.", "AGREE", "hedged"),
])
def test_not_yet_done(text, type_, expected):
    assert modalities(text, type_) == {expected}


@pytest.mark.parametrize("text,type_", [
    ("Kohl met Gorbachev last week.", "CONSULT"),
    ("He was the first French president to visit Algeria.", "CONSULT"),
    ("Iraqi jets struck an Iranian tanker in the Gulf.", "ASSAULT"),
])
def test_done_stays_asserted(text, type_):
    assert "asserted" in modalities(text, type_)
