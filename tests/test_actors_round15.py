"""Actors, round 15: unknown people named with a title or an apposition take the title's sector
and the story's country; general sector and group words. The texts are written for these tests."""
from datetime import date

import pytest

from conftest import coref_refs

pytestmark = pytest.mark.model
DAY = date(2005, 3, 1)


def refs(text, day=DAY):
    return coref_refs(text, day)


# --- a title before an unknown name ------------------------------------------------------------
@pytest.mark.parametrize("text, span, code", [
    ("A court in Peru met on Monday. Judge Ana Ruiz ordered the release of the men.", "Judge Ana Ruiz", "PERJUD"),
    ("Peru's army moved in. Colonel Jorge Salas said the rebels had fled.", "Colonel Jorge Salas", "PERMIL"),
    ("Kenya held elections. Opposition leader Raila Mumba said the vote was rigged.",
     "Opposition leader Raila Mumba", "KENOPP"),
    ("Paraguay raised wages. Labour minister, Alfredo Benitez, met union leaders on Monday.", "Alfredo Benitez", "PRYGOV"),
    ("Venezuela seized the farm. The land was surplus, state prosecutor Luis Mora told reporters.",
     "state prosecutor Luis Mora", "VENJUD"),
])
def test_a_title_gives_an_unknown_name_its_sector_and_the_storys_country(text, span, code):
    assert (span, code) in [(t, c[:6]) for t, c in refs(text)]


def test_the_surname_later_takes_the_same_actor():
    text = "A court in Peru met on Monday. Judge Ana Ruiz ordered the release of the men. Ruiz said more would follow."
    assert ("Ruiz", "PERJUD") in refs(text)


# --- an apposition after an unknown name -------------------------------------------------------
def test_a_spokesman_for_a_placed_ministry():
    text = "Kenya's ministry denied the report. John Kamau, a spokesman for the ministry, said nothing more."
    assert ("John Kamau", "KENGOV") in refs(text)


def test_a_senior_official_before_the_name():
    assert ("Carlos Vega", "PERGOV") in refs("Peru protested. A senior official, Carlos Vega, said the talks had failed.")


# --- left alone --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    # another body's officer: named before the title, or in its complement
    ("Britain's banks grew. Acme spokesman John Smith said profits rose.", "John Smith"),
    ("Scotland debated drink prices. Jack Law, chief executive of Drink Watch Scotland, said prices were low.", "Jack Law"),
    ("Peru's economy grew. Ana Ruiz, a spokeswoman for the company, said sales rose.", "Ana Ruiz"),
    # a generic title alone: whose spokesman?
    ("Prices rose in Britain. Spokesman John Smith said profits rose in Britain.", "John Smith"),
    # a president or chairman of no known office is a company's as often as a state's
    ("Swiss exports rose. President Hans Keller told shareholders that Switzerland would do well.", "Hans Keller"),
    # a longer title than the dictionary's
    ("Manila sued the network. Solicitor General Jose Ramos filed a petition in the Philippines.", "Jose Ramos"),
    # the title ends no apposition: "a school-based drama"
    ("Britain's television changed. He created Grange Hill, the school-based drama, in Britain.", "Grange Hill"),
])
def test_titles_of_other_bodies_give_no_actor(text, name):
    assert not [t for t, c in refs(text) if name in t]


def test_a_former_official_keeps_the_country_only():
    found = refs("Britain's schools were criticised. Former education secretary Jane Hollis said the report was fair.")
    assert ("Jane Hollis", "GBR") in found or ("Former education secretary Jane Hollis", "GBR") in found


def test_a_labour_spokesman_is_the_partys():
    text = "Tony Blair faced a revolt in Britain. Labour spokesman Mr Kemp said it was wrong."
    assert ("Labour spokesman Mr Kemp", "GBRPTY") in refs(text)


# --- sector and group words ----------------------------------------------------------------------
@pytest.mark.parametrize("phrase, code", [
    ("Kenyan trade unionists", "KENLAB"),
    ("Israeli settlers", "ISRCVL"),
    ("Kenyan tribesmen", "KENCVL"),
    ("a Kenyan aide", "KENGOV"),
    ("Kenyan paratroopers", "KENMIL"),
    ("the Kenyan election commission", "KENGOV"),
    ("Kenyan state radio", "KENGOVMED"),
    ("Kenyan photographers", "KENMED"),
    ("Kenyan environmental activists", "KENENV"),
    ("Kenyan IDPs", "KENREF"),
    ("Coptic Christians", "EGYREL"),
    ("Alawite officers", "SYRMIL"),
    ("Maronite clergy", "LBNREL"),
    ("Sinhalese nationalists", "LKA"),
])
def test_general_sector_and_group_words(phrase, code):
    from diplograph.actors import resolve_phrase

    actor = resolve_phrase(phrase, day=DAY)
    assert actor is not None and actor.code.startswith(code), (phrase, actor)


@pytest.mark.parametrize("word, country", [
    ("Frenchman", "FRA"), ("Spaniard", "ESP"), ("Swede", "SWE"), ("Briton", "GBR"), ("Welshman", "GBR"),
    ("Irishman", "IRL"), ("Dane", "DNK"), ("Aussies", "AUS"),
])
def test_singular_demonyms(word, country):
    from diplograph.actors.lexicon import lexicon

    entries = lexicon().lookup((word,), (word.lower(),))
    assert entries and entries[0].kind == "demonym" and entries[0].country == country


# --- people "at" a body they work for ------------------------------------------------------------
@pytest.mark.parametrize("phrase, code", [
    ("miners at a Chilean copper firm", "CHLLAB"),
    ("workers at a Kenyan textile company", "KENLAB"),
])
def test_staff_at_a_body_take_its_country_and_their_role(phrase, code):
    from diplograph.actors import resolve_phrase

    assert resolve_phrase(phrase, day=DAY).code == code


def test_protesters_at_an_embassy_are_not_its_states():
    from diplograph.actors import resolve_phrase

    actor = resolve_phrase("protesters at the Kenyan embassy", day=DAY)
    assert actor is None or actor.code != "KENOPP"


# --- bare plurals of a state's or a society's bodies -----------------------------------------------
@pytest.mark.parametrize("sentence, span, code", [
    ("Opposition MPs walked out of the chamber.", "Opposition MPs", "KENOPP"),
    ("Union leaders called a general strike.", "Union leaders", "KENLAB"),
    ("Security forces fired tear gas at the crowd.", "Security forces", "KENCOP"),
    ("Local officials said the road would close.", "Local officials", "KENGOV"),
])
def test_bare_plurals_take_the_storys_country(sentence, span, code):
    text = "Kenya's government raised fuel taxes on Monday. " + sentence
    assert (span, code) in refs(text)


@pytest.mark.parametrize("sentence, word", [
    ("Company officials declined to comment.", "officials"),  # another body's
    ("Two judges resigned.", "judges"),  # counted
    ("Foreign diplomats left the city.", "diplomats"),  # as often foreign
    ("Scientists say the drought will last.", "Scientists"),  # of no state's body
    ("Historically, prime ministers were chosen by the king.", "ministers"),  # a title's holders
    ("Schools would close for a week.", "Schools"),  # institutions
    ("Envoys will sign the deal at the embassies next week.", "embassies"),  # institutions
    ("The finance ministers met in Paris.", "ministers"),  # the holders of one office in many states
    ("Russia may send forces to help.", "forces"),  # bare forces: whose?
])
def test_bare_plurals_left_alone(sentence, word):
    text = "Kenya's government raised fuel taxes on Monday. " + sentence
    assert not [t for t, c in refs(text) if word in t]
