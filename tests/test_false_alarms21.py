"""Round 21 precision sweep: readings of trigger words in real news that are no political act
(a labour strike over weeks, a sit-in ended, crimes a state fights, a currency investors rally
behind, attacks in words, a leader's own rally, forecasts beaten, seats and cases fought, races
called, arrivals in power, cases remanded), each beside a true event of the same word that must
stay. Project-written sentences."""
import pytest

from conftest import role_events

pytestmark = pytest.mark.model


def asserted(text: str) -> set[str]:
    return {e.type for e in role_events(text) if e.modality == "asserted"}


@pytest.mark.parametrize("text,wrong", [
    # a run of strikes over weeks or months, with nothing armed in the sentence, is a labour stoppage
    ("The port reopened after weeks of strikes.", "ASSAULT"),
    ("Bus drivers went back to work after weeks of strikes.", "ASSAULT"),
    ("Output at the refinery recovered after months of strikes.", "ASSAULT"),
    # ending a sit-in is no protest (the small model's lemma of "sit-in" is "in")
    ("Union members ended their sit-in at the factory gates.", "PROTEST"),
    ("Activists agreed to end their sit-in outside the ministry.", "PROTEST"),
    # crimes a state fights are no enemy
    ("The two governments agreed to fight smuggling along their border.", "ASSAULT"),
    ("Police vowed to fight drug trafficking in the port city.", "ASSAULT"),
    ("Kenya and Tanzania launched joint patrols to fight the trafficking of ivory.", "ASSAULT"),
    # buyers of a currency back no actor
    ("Investors rallied behind the Brazilian real.", "SUPPORT"),
    ("Traders rallied behind the Mexican peso after the vote.", "SUPPORT"),
    # attacks in words on an inquiry, a culture or the press
    ("Conservative senators attacked the inquiry as a partisan exercise.", "ASSAULT"),
    ("The minister attacked the culture of secrecy in the civil service.", "ASSAULT"),
    ("The candidate attacked the media for unfair coverage.", "ASSAULT"),
    # a sitting leader's own rally is no dissent
    ("President Donald Trump stirred controversy again at a rally in Pennsylvania.", "PROTEST"),
    ("Prime Minister Narendra Modi addressed a rally in Varanasi.", "PROTEST"),
    # forecasts and deadlines beaten, seats and cases fought: no blow
    ("Unilever beat analysts' forecasts for the quarter.", "ASSAULT"),
    ("The carmaker beat market expectations in the third quarter.", "ASSAULT"),
    ("She fought the seat for the Liberal Democrats in 2010.", "ASSAULT"),
    ("Mr Jones was selected to fight the Ashfield seat for the Conservatives.", "ASSAULT"),
    ("He fought the extradition in the British courts for three years.", "ASSAULT"),
    # a race called for a candidate asks nothing
    ("AP called Arizona for Joe Biden.", "REQUEST"),
    ("The networks called Ohio for the Republican candidate.", "REQUEST"),
    # arriving in power or late for work visits no one
    ("When President Lula arrived in power, he raised the minimum wage.", "CONSULT"),
    ("When Prime Minister Tony Blair arrived in office in 1997, he gave the Bank of England independence.", "CONSULT"),
    ("Civil servants who arrived late for work were sent home.", "CONSULT"),
    # a case sent back to a lower court holds no one
    ("The appeals court remanded the case to the lower court.", "COERCE"),
    ("The Supreme Court reversed the convictions and remanded the case to the appeals court.", "COERCE"),
    # a decree or an executive order is a ruler's own act, no agreement with anyone
    ("President Putin signed a decree on the new tax.", "SUPPORT"),
    ("Last Friday, the Tunisian Prime Minister signed a decree banning face veils.", "SUPPORT"),
])
def test_no_false_alarm(text, wrong):
    assert wrong not in asserted(text)


@pytest.mark.parametrize("text,kept", [
    ("After weeks of air strikes, the rebels withdrew from the town.", "ASSAULT"),
    ("Students held a sit-in at the university.", "PROTEST"),
    ("Government troops fought rebels near the border.", "ASSAULT"),
    ("Arab states rallied behind Egypt.", "SUPPORT"),
    ("Gunmen attacked a police station in the north.", "ASSAULT"),
    ("Thousands of farmers held a rally in Paris against the reform.", "PROTEST"),
    ("Police beat protesters with batons.", "ASSAULT"),
    ("Britain called on France to send more troops.", "REQUEST"),
    ("The Chinese premier arrived in Paris for talks.", "CONSULT"),
    ("The German chancellor arrived in Beijing late on Monday for a two-day visit.", "CONSULT"),
    ("Police remanded the suspect in custody.", "COERCE"),
    ("Israel and Jordan signed a peace treaty in 1994.", "SUPPORT"),
    ("Last Friday, the Tunisian Prime Minister signed a decree banning face veils.", "COERCE"),
])
def test_true_event_kept(text, kept):
    assert kept in asserted(text)
