"""Two actors that share a code are two actors: parties of one country, ministers of one government.
An organ acting on itself, or a state on itself, is still no event between two actors."""
from __future__ import annotations

from conftest import events_of


def pairs(text: str, type_: str) -> set[tuple]:
    return {(e.source and e.source.entity, e.target and e.target.entity) for e in events_of(text) if e.type == type_}


def codes(text: str, type_: str) -> set[tuple]:
    return {(e.source and e.source.code, e.target and e.target.code) for e in events_of(text) if e.type == type_}


def test_one_party_accuses_another():
    got = pairs("The Labour Party accused the Conservative Party of lying about hospital waiting lists.", "ACCUSE")
    assert ("Labour Party", "Conservative Party") in got


def test_a_leader_backs_a_minister_of_the_same_government():
    got = pairs("Prime Minister Keir Starmer praised Foreign Secretary David Lammy for his work in Gaza talks.", "SUPPORT")
    assert ("Keir Starmer", "David Lammy") in got


def test_two_ministers_of_one_government_meet():
    got = pairs("Vladimir Putin met Sergey Lavrov in the Kremlin on Monday.", "CONSULT")
    assert ("Vladimir Putin", "Sergey Lavrov") in got


def test_an_organ_named_by_its_country_is_the_same_actor():
    # both sides are Iran's government, named twice: no Iran -> Iran event
    got = codes("The Iranian government said Iran's foreign ministry would meet envoys.", "CONSULT")
    assert ("IRNGOV", "IRNGOV") not in got


def test_a_state_on_itself_is_still_dropped():
    assert not [e for e in events_of("Moscow denied that it had attacked itself.")
                if e.source and e.target and e.source.code == e.target.code]


def test_a_demand_on_a_body_of_ones_own_country():
    got = codes("The Labour Party said the Conservative Party must apologise for the remarks.", "REQUEST")
    assert ("GBRPTY", "GBRPTY") in got
    # saying what one's own state must do is no demand on another
    assert not codes("Iran said it must defend its borders.", "REQUEST")
