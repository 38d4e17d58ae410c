"""Modality rules read from the real parse, beyond the basic ones in test_modality.py: lemmatizer
slips, factive reporting verbs, conditions over a future, reported "would", refusals of a call,
nominal negation and scheduling, embedded questions, and objects whose event is presupposed."""
import pytest
from conftest import subject_of, token as trigger

from diplograph.events.modality import _lemmas, modality

pytestmark = pytest.mark.model


def mod(nlp, sentence, word, is_actor=None):
    tok = trigger(nlp, sentence, word)
    return modality(tok, subject=subject_of(tok), is_actor=is_actor)


def test_lemmatizer_slip_still_meets_the_lexicon(nlp):
    # the small model lemmatizes "hopes" to "hop"; the plain form without its -s is tried too
    tok = trigger(nlp, "Egypt hopes to mediate a truce between the two sides.", "hopes")
    assert "hope" in _lemmas(tok)
    assert mod(nlp, "Egypt hopes to mediate a truce between the two sides.", "mediate") == "hedged"


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # a factive verb adopts its content; negated or uncertain, it does not
        ("The ministry confirmed that Iranian drones had hit the depot.", "hit", "asserted"),
        ("Moscow admitted sending advisers to Mali.", "sending", "asserted"),
        ("Officials did not confirm that Serbia had sent troops to the border.", "sent", "hedged"),
        # a coded actor reporting is still a claim
        ("Baku said Armenian troops had shelled its positions.", "shelled", "claimed"),
    ],
)
def test_factive_and_reporting_verbs(nlp, sentence, word, expected):
    is_actor = lambda t: t.text in ("Baku", "Moscow")  # noqa: E731
    assert mod(nlp, sentence, word, is_actor) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # an act announced with "will" on a condition stays future: the coder reads "will ... unless"
        # as an ultimatum (a THREATEN event) and "may ... unless" as none (appeals._ultimatums)
        ("Canada will impose tariffs on steel unless Washington lifts its own.", "impose", "future"),
        ("Canada may impose tariffs on steel unless Washington lifts its own.", "impose", "hypothetical"),
        ("The minister said his country would expel the envoy.", "expel", "future"),
        ("The minister said his country would have expelled the envoy.", "expelled", "hypothetical"),
        ("The minister said his country would expel the envoy if the report were confirmed.", "expel", "hypothetical"),
        # a past-tense threat with a condition is still a fact; its condition belongs to its content
        ("Ankara threatened Athens with sanctions if the drilling went ahead.", "threatened", "asserted"),
    ],
)
def test_conditions_and_reported_would(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("Slovakia rejected calls to send air defence systems to Kyiv.", "send", "hedged"),
        ("Ecuador has no plans to expel the Mexican ambassador.", "expel", "negated"),
        ("Their failure to ratify the treaty angered Brussels.", "ratify", "negated"),
        ("Beijing's refusal to condemn the coup drew criticism.", "condemn", "hedged"),
        ("The absence of a ceasefire has left aid agencies unable to work.", "ceasefire", "negated"),
        ("Aid groups blamed the lack of a ceasefire for the famine.", "ceasefire", "negated"),
        ("Seoul stopped short of imposing sanctions on Pyongyang.", "imposing", "negated"),
        ("Chile did not recall its ambassador, nor did it suspend trade.", "suspend", "negated"),
        ("Neither government sent observers to the vote.", "sent", "negated"),
        ("Under no circumstances will Austria join the alliance.", "join", "negated"),
        ("Norway no longer buys arms from Minsk.", "buys", "negated"),
    ],
)
def test_negation_and_refusal_forms(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("The summit between the two presidents is due in October.", "summit", "future"),
        ("The negotiations are scheduled for next Tuesday.", "negotiations", "future"),
        ("A fresh round of talks will open in Doha.", "talks", "future"),
        # scheduled in the past: the event may well have taken place
        ("The raid was planned by the militia for weeks.", "raid", "asserted"),
        ("Armenia would respond in the event of an incursion into its territory.", "incursion", "hypothetical"),
        ("The feared offensive on the port has kept aid groups away.", "offensive", "hypothetical"),
        ("Ottawa is mulling sanctions on the junta.", "sanctions", "hedged"),
        ("Lithuania will sign the accord when the president visits Warsaw.", "visits", "future"),
    ],
)
def test_nominal_and_scheduled_events(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("It is unclear if Minsk has supplied fuel to the rebels.", "supplied", "hedged"),
        ("It is not known whether Caracas has expelled the diplomats.", "expelled", "hedged"),
        ("Kenyan troops are believed to have crossed into Somalia.", "crossed", "hedged"),
        ("Analysts think Tehran has shipped missiles to the militia.", "shipped", "hedged"),
        ("Kyiv rejected allegations that its forces had shelled the town.", "shelled", "claimed"),
        ("Nairobi dismissed reports that its police had fired on protesters.", "fired", "claimed"),
    ],
)
def test_questions_beliefs_and_reported_content(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # the object of "end" or "condemn" happened whatever is said of the ending or condemning
        ("Talks aimed at ending the fighting collapsed on Monday.", "fighting", "asserted"),
        ("Brazil declined to condemn the invasion.", "invasion", "asserted"),
        ("Brazil declined to condemn the invasion.", "condemn", "hedged"),
        # but a light verb carries the event noun with it
        ("Ghana did not impose sanctions on the junta.", "sanctions", "negated"),
    ],
)
def test_presupposed_objects_keep_their_own_modality(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected


def _hand_parsed(vocab, words, tags, pos, deps, heads, lemmas):
    """A parse built by hand: the tagger's slip (a verb taken for a plural noun) pinned down."""
    from spacy.tokens import Doc

    return Doc(vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


@pytest.mark.parametrize("verb,lemma,expected", [("hopes", "hope", "hedged"), ("plans", "plan", "future"),
                                                  ("wants", "want", "hypothetical"), ("fails", "fail", "negated")])
def test_a_verb_tagged_as_a_noun_still_governs_its_clause(nlp, verb, lemma, expected):
    # "Turkey hopes to host talks", with "hopes" read as a noun whose to-clause hangs off it
    doc = _hand_parsed(
        nlp.vocab,
        ["Turkey", verb, "to", "host", "talks", "."],
        ["NNP", "NNS", "TO", "VB", "NNS", "."],
        ["PROPN", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
        ["compound", "ROOT", "aux", "acl", "dobj", "punct"],
        [1, 1, 3, 1, 3, 1],
        ["Turkey", lemma, "to", "host", "talk", "."],
    )
    assert modality(doc[3], subject=None) == expected
    # a real noun with a to-clause that says nothing of it leaves the event alone
    doc = _hand_parsed(
        nlp.vocab,
        ["Turkey", "sent", "envoys", "to", "host", "talks", "."],
        ["NNP", "VBD", "NNS", "TO", "VB", "NNS", "."],
        ["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
        ["nsubj", "ROOT", "dobj", "aux", "acl", "dobj", "punct"],
        [1, 1, 1, 4, 2, 4, 1],
        ["Turkey", "send", "envoy", "to", "host", "talk", "."],
    )
    assert modality(doc[4], subject=None) == "asserted"


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("Hungary blocked the EU's aid package for Ukraine.", "aid", "negated"),
        ("Moscow vetoed a resolution on the ceasefire in Gaza.", "ceasefire", "asserted"),  # not its object
        ("The two sides called off the talks at the last minute.", "talks", "negated"),  # a particle verb
        ("Washington thwarted the transfer of missiles to Iran.", "transfer", "negated"),
        ("Germany delayed the delivery of tanks to Ukraine.", "delivery", "hedged"),
        ("Egypt postponed the summit with Israel.", "summit", "hedged"),
        ("Qatar hosted the talks between the two sides.", "talks", "asserted"),
    ],
)
def test_prevented_and_delayed_objects(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("The agency repeated its demand that Israel ease the restrictions.", "ease", "hypothetical"),
        ("The agency repeated its report that Israel eased the restrictions.", "eased", "claimed"),
        ("Rebel commanders have sworn to fight until the last village is taken.", "fight", "future"),
        ("The army sent tanks to fight the rebels.", "fight", "asserted"),  # a purpose, not a vow
    ],
)
def test_demanded_and_sworn_acts(nlp, sentence, word, expected):
    assert mod(nlp, sentence, word) == expected
