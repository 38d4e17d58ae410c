"""Trigger families of the lexicon (data/ontology/triggers.csv), one invented sentence each, coded
by the real pipeline: the type it must get, and for the specific patterns the type the bare head
would have given instead."""
from datetime import date

import pytest

from diplograph.pipeline import extract_text

pytestmark = pytest.mark.model


def _events(text: str):
    return extract_text(text, published=date(2024, 3, 1)).events


# (sentence, type that must be coded, type that must not be coded on that trigger word or None)
CASES = [
    # CONCEDE: easing restrictions, curfews, emergency rule; ending one's own dissent
    ("The government of Peru cancelled restrictions on foreign journalists.", "CONCEDE", "REJECT"),
    ("Thailand eased security measures in the southern provinces.", "CONCEDE", None),
    ("The Nepalese government lifted the state of emergency on Friday.", "CONCEDE", None),
    ("Bolivia relaxed the curfew in the capital.", "CONCEDE", "COERCE"),
    ("The Kenyan teachers' union called off its strike.", "CONCEDE", "REJECT"),
    ("Chile's transport workers ended their strike after talks with the government.", "CONCEDE", None),
    ("Serbia bowed to pressure from the European Union.", "CONCEDE", None),
    ("The Georgian government met the demands of the opposition.", "CONCEDE", "CONSULT"),
    # SANCTION: cutting relations, pulling out peacekeepers, leaving treaties, cutting aid
    ("Italy announced the suspension of flights to Libya.", "SANCTION", None),
    ("Uruguay withdrew its peacekeepers from Congo.", "SANCTION", "RETREAT"),
    ("The United States withdrew from the arms control treaty with Russia.", "SANCTION", "RETREAT"),
    ("Lithuania withdrew its ambassador from Belarus.", "SANCTION", "RETREAT"),
    ("Sweden suspended funding to the Zimbabwean government.", "SANCTION", None),
    ("Syria ended its mediation between the two Lebanese factions.", "SANCTION", "CONSULT"),
    # MOBILIZE: reinforcing forces, patrols, alerts, weapons tests, war games
    ("India reinforced its troops along the border with China.", "MOBILIZE", None),
    ("Pakistan strengthened its forces in Kashmir.", "MOBILIZE", None),
    ("Egypt put its army on high alert.", "MOBILIZE", None),
    ("North Korea test-fired a ballistic missile toward Japan.", "MOBILIZE", "ASSAULT"),
    ("Russian and Belarusian forces held war games near Poland.", "MOBILIZE", None),
    ("Turkey stepped up patrols along its border with Syria.", "MOBILIZE", None),
    # PROTEST: obstruction and labour strikes
    ("Farmers in France blocked highways around Paris.", "PROTEST", None),
    ("Nigerian workers went on strike over fuel prices.", "PROTEST", "ASSAULT"),
    ("A nationwide strike by Greek dock workers halted shipping.", "PROTEST", "ASSAULT"),
    # REQUEST
    ("The European Union pressured Hungary to change the law.", "REQUEST", None),
    # ACCUSE: investigations against someone
    ("A Brazilian court opened an investigation against Argentine officials.", "ACCUSE", None),
    # COERCE: censorship, cyber, arrests, expelling individuals
    ("Hackers defaced hundreds of Estonian government websites.", "COERCE", None),
    ("The Venezuelan government shut down the opposition newspaper.", "COERCE", None),
    ("Police in Belarus rounded up dozens of opposition activists.", "COERCE", None),
    ("Russia expelled a British journalist.", "COERCE", "SANCTION"),
    # AID: evacuating people in need, hosting refugees, forgiving debt
    ("Jordanian helicopters evacuated injured civilians from the Syrian town.", "AID", "RETREAT"),
    ("Turkey hosts millions of Syrian refugees.", "AID", "CONSULT"),
    ("France cancelled the debt of Mali.", "AID", "REJECT"),
    # RETREAT: returning, disarming, resigning, lifting sieges
    ("The rebels in Colombia laid down their arms.", "RETREAT", None),
    ("Armenia handed back three villages to Azerbaijan.", "RETREAT", "AID"),
    ("Ethiopia lifted the siege of the Tigray capital.", "RETREAT", None),
    ("Israel halted its attacks on Gaza for three days.", "RETREAT", "ASSAULT"),
    ("The Serbian army ceased fire at midnight.", "RETREAT", None),
    # SANCTION / COERCE, more
    ("Canada suspended relations with Saudi Arabia.", "SANCTION", None),
    ("Venezuela nationalized the American oil company.", "COERCE", None),
    # MOBILIZE, more
    ("China fortified its positions on the disputed islands.", "MOBILIZE", None),
    # CONSULT
    ("The French president gave a warm welcome to the Nigerian president.", "CONSULT", None),
    # SUPPORT: condolences and support
    ("Japan offered condolences to Turkey after the earthquake.", "SUPPORT", "AGREE"),
    ("Saudi Arabia reaffirmed its support for Palestinian statehood.", "SUPPORT", None),
    ("Brazil voted in favour of the resolution on Ukraine.", "SUPPORT", None),
    # ASSAULT: sexual violence and light verbs of attack
    ("Soldiers in South Sudan raped women in the camp.", "ASSAULT", None),
    ("Ukrainian forces mounted an attack on Russian positions.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,want,not_on_trigger", CASES, ids=[c[0][:45] for c in CASES])
def test_trigger_family(text, want, not_on_trigger):
    events = _events(text)
    hits = [e for e in events if e.type == want]
    assert hits, [(e.type, e.trigger, e.modality) for e in events]
    if not_on_trigger:
        words = {e.trigger.lower() for e in hits}
        wrong = [e for e in events if e.type == not_on_trigger and e.trigger.lower() in words]
        assert not wrong, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text,type_", [
    # naming something a strike is not a labour strike, and not a strike called by anyone
    ("Russia's foreign ministry called the strike a reckless step.", "PROTEST"),
    # an outlawed penalty is not a banned group; a disbanded task force is not disarmament
    ("The state outlawed the death penalty in 2019.", "COERCE"),
    ("The White House disbanded its coronavirus task force.", "RETREAT"),
    # a weapons test is not an attack
    ("Iran test-fired a new cruise missile on Sunday.", "ASSAULT"),
    # figurative uses the specific patterns leave out
    ("The army executed its plan to retake the city.", "ASSAULT"),
    ("The European Commission said Europe needed to reinforce its unity.", "MOBILIZE"),
    ("US Airways had to cancel dozens of flights because of the storm.", "SANCTION"),
])
def test_no_false_alarm(text, type_):
    events = _events(text)
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


def test_withdrawing_peacekeepers_announced_is_a_threat():
    from diplograph.events.ontology import ontology

    events = _events("Fiji announced that it will withdraw its peacekeepers from Lebanon.")
    sanction = [e for e in events if e.type == "SANCTION"]
    assert sanction and all(e.modality == "future" for e in sanction)
    assert ontology().plover_view("SANCTION", "future") == "THREATEN"
