"""A national outlet's story that names no country is about the outlet's own state
(data/actors/outlets.csv): "MPs" and "ministers" in a BBC story are Britain's. A wire service's
story, or one that names its country, is read as before. The texts are written for these tests."""
from datetime import date

import pytest

from diplograph.actors.outlets import home_country
from diplograph.pipeline import process
from diplograph.types import Document, content_id


@pytest.mark.parametrize("site, url, country", [
    ("BBC News", None, "GBR"),
    (None, "https://www.bbc.co.uk/news/uk-politics-123", "GBR"),
    ("The Times of India", None, "IND"),          # the longer name, not "The Times"
    ("The Times", None, "GBR"),
    (None, "https://timesofindia.indiatimes.com/india/x.cms", "IND"),
    ("Reuters", "https://www.reuters.com/world/x", None),   # wire services have no home
    ("Wikinews", None, None),
    ("Abbcde", None, None),                        # whole names only
    ("BBC Monitoring", None, None),                # (it reports foreign media)
    ("The Times of Malta", None, None),
    ("The Times-Picayune", None, None),
    ("Sky News Arabia", None, None),
    ("ABC News", None, None),                      # the American network, not Australia's ABC
    (None, "https://www.abc.net.au/news/x", "AUS"),
    ("BBC News (Greene & Cunningham 2006 'bbc' full-text dataset)", None, "GBR"),
    ("Dawn | Pakistan", None, "PAK"),
    (None, "https://notbbc.com/x", None),          # the host's end, at a dot
    (None, None, None),
])
def test_an_outlet_is_known_by_its_site_or_its_host(site, url, country):
    assert home_country(site, url) == country


STORY = ("A committee of MPs has warned ministers that the new licensing plan is unworkable.\n\n"
         "MPs urged the government to redraft the bill before the summer.\n")


def codes(text, site):
    doc = Document(id=content_id(text + (site or "")), text=text, published=date(2005, 3, 1), site=site)
    (result,) = process([doc])
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in result.events}


@pytest.mark.model
def test_bodies_of_a_national_outlets_story_take_its_country():
    assert ("REQUEST", "GBRLEG", "GBRGOV") in codes(STORY, "BBC News")
    assert not any(s and s.startswith("GBR") for _, s, _ in codes(STORY, "Reuters"))


@pytest.mark.model
def test_a_story_that_names_its_country_keeps_it():
    story = "French MPs have warned ministers that the plan is unworkable.\n\nMPs urged the government to redraft the bill.\n"
    found = codes(story, "BBC News")
    assert ("REQUEST", "FRALEG", "FRAGOV") in found
    assert not any(code and code.startswith("GBR") for _, s, t in found for code in (s, t))
