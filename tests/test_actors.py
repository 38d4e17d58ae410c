"""Actor coding from the dictionaries, on token sequences (no model needed)."""
from datetime import date

import pytest

from diplograph.actors import resolve_phrase


@pytest.mark.parametrize(
    "phrase,day,code",
    [
        ("Iran", None, "IRN"),
        ("the Islamic Republic of Iran", None, "IRN"),
        ("U.S.", None, "USA"),
        ("Iranian", None, "IRN"),
        ("Moscow", None, "RUS"),
        ("the Kremlin", None, "RUSGOV"),
        ("the White House", None, "USAGOV"),
        ("Iranian military", None, "IRNMIL"),
        ("Russian government", None, "RUSGOV"),
        ("Iran's foreign ministry", None, "IRNGOV"),
        ("Russian troops", None, "RUSMIL"),
        ("the Iranian parliament", None, "IRNLEG"),
        ("the government of Syria", None, "SYRGOV"),
        ("Russia's foreign minister", None, "RUSGOV"),
        ("Vladimir Putin", date(2025, 1, 17), "RUSGOV"),
        ("President Masoud Pezeshkian", date(2025, 1, 17), "IRNGOV"),
        ("Masoud Pezeshkian", date(2020, 1, 1), "IRN"),  # not in office then
        ("Donald Trump", date(2019, 5, 1), "USAGOV"),
        ("Donald Trump", date(2022, 5, 1), "USA"),
        ("Donald Trump", date(2025, 3, 1), "USAGOV"),
        ("Hassan Rouhani", date(2016, 1, 1), "IRNGOV"),
        ("NATO", None, "IGOWSTNAT"),
    ],
)
def test_resolves(phrase, day, code):
    actor = resolve_phrase(phrase, day=day)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("phrase", ["the weather", "drones", "us", "the president", "Moscow on state television"])
def test_not_actors_or_not_joined(phrase):
    actor = resolve_phrase(phrase)
    assert actor is None or actor.code == "RUS"


def test_entity_is_canonical():
    a = resolve_phrase("Putin", day=date(2025, 1, 1))
    assert a.entity == "Vladimir Putin" and a.country == "RUS" and a.sector == "GOV"
