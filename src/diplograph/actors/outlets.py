"""The country a news outlet reports from (data/actors/outlets.csv), read from a document's site
name or its URL: a national outlet's story that names no country ("MPs warned ministers that the
bill ...") is about the outlet's own state. Wire services and international channels have none."""
from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from diplograph.data_files import read_csv
from diplograph.errors import DataFileError, UnknownCountry


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], list[tuple[str, str]]]:
    names, domains = {}, []
    for row in read_csv("actors/outlets.csv", ("name", "domains", "country")):
        country = row["country"].strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise DataFileError(f"data/actors/outlets.csv: bad country {row['country']!r} for {row['name']!r}")
        for name in row["name"].split("|"):
            if "(" not in name:  # "ABC News (Australia)": its name is another's too; by its domains only
                names[_site_key(name)] = country
        for domain in filter(None, (d.strip().lower() for d in row["domains"].split("|"))):
            domains.append((domain, country))
    return names, domains


def _site_key(site: str) -> str:
    """A site's name as compared: lower case, without a leading "the" and without what follows a
    bracket or a separator ("BBC News (archive)" and "Dawn | Pakistan" are "bbc news", "dawn")."""
    name = re.split(r"\s*(?:[(\[|:]|\s[-–—]\s)", site.strip(), maxsplit=1)[0]
    return re.sub(r"^the\s+", "", " ".join(name.lower().split()))


def home_country(site: str | None, url: str | None) -> str | None:
    """The country of the outlet a document comes from: by its URL's host, else by its site's
    whole name ("BBC News" is British; "BBC Monitoring", "The Times of Malta" are not matched)."""
    names, domains = _table()
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    for domain, country in domains:
        if host == domain or host.endswith("." + domain):
            return country
    return names.get(_site_key(site)) if site else None


def country_code(value: str) -> str:
    """The country code a user's value names ("GBR", "gbr", "Britain", "the United Kingdom"), for
    the home country of documents; UnknownCountry when it names no country (an organisation, a
    body, a made-up name)."""
    from diplograph.actors.lexicon import lexicon
    from diplograph.actors.resolve import resolve_phrase

    text = value.strip()
    if text.upper() in lexicon().countries:
        return text.upper()
    found = resolve_phrase(text) if text else None
    if found is None or not found.country or found.code != found.country or len(found.country) != 3:
        raise UnknownCountry(value)
    return found.country
