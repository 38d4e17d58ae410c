"""The country a news outlet reports from (data/actors/outlets.csv), read from a document's site
name or its URL: a national outlet's story that names no country ("MPs warned ministers that the
bill ...") is about the outlet's own state. Wire services and international channels have none."""
from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from diplograph.data_files import read_csv
from diplograph.errors import DataFileError


@functools.lru_cache(maxsize=1)
def _table() -> tuple[list[tuple[re.Pattern, str]], list[tuple[str, str]]]:
    names, domains = [], []
    for row in read_csv("actors/outlets.csv", ("name", "domains", "country")):
        country = row["country"].strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise DataFileError(f"data/actors/outlets.csv: bad country {row['country']!r} for {row['name']!r}")
        # the name without a parenthesised country ("ABC News (Australia)"), as whole words
        name = re.sub(r"\s*\(.*\)$", "", row["name"].strip())
        names.append((re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE), country))
        for domain in filter(None, (d.strip().lower() for d in row["domains"].split("|"))):
            domains.append((domain, country))
    # the longest names first: "The Times of India" before "The Times"
    names.sort(key=lambda item: -len(item[0].pattern))
    return names, domains


def home_country(site: str | None, url: str | None) -> str | None:
    """The country of the outlet a document comes from: by its URL's host, else by its site name."""
    names, domains = _table()
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    for domain, country in domains:
        if host == domain or host.endswith("." + domain):
            return country
    for pattern, country in names:
        if site and pattern.search(site):
            return country
    return None
