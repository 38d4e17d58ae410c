"""ReadOptions checks the home country a library caller gives, as the CLI does."""
import pytest

from diplograph.errors import UnknownCountry
from diplograph.ingest.readers import ReadOptions


@pytest.mark.parametrize("value, code", [("GBR", "GBR"), ("gbr", "GBR"), ("Britain", "GBR"), ("Kenya", "KEN")])
def test_home_country_names_become_codes(value, code):
    assert ReadOptions(home_country=value).home_country == code


@pytest.mark.parametrize("value", ["NATO", "Atlantis", "the Pentagon"])
def test_home_country_that_names_no_country_is_refused(value):
    with pytest.raises(UnknownCountry):
        ReadOptions(home_country=value)


def test_no_home_country_stays_none():
    assert ReadOptions().home_country is None
