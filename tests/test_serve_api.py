"""`diplograph serve` as a client meets it: a database made by `diplograph ingest` from our own
texts, the real command listening on a free loopback port, and plain HTTP requests."""
import json
import os
import re
import select
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, write

pytestmark = pytest.mark.model

ARTICLES = {
    "treaty.txt": """---
title: Iran and Russia sign a treaty
published: 2025-01-17
url: https://example.invalid/treaty
---

Iran and Russia signed a strategic partnership treaty in Moscow on Friday.

The Kremlin is unlikely to offer military aid to Iran.
""",
    "drones.txt": """---
title: Drones and sanctions
published: 2025-03-10
---

Iran supplied drones to Russia in February.

Russia did not send troops to Iran last year.

The United States imposed sanctions on Iran on Monday.
""",
    "ratified.txt": """---
title: Russia ratifies the treaty
published: 2025-04-21
---

Russia ratified the strategic partnership treaty with Iran on Monday.

Russia accused Iran of delaying payments for the reactors.

Israel may strike Iran next month.
""",
    "union.txt": """---
title: The EU and Russia
published: 2025-05-20
---

The European Union imposed sanctions on Russia on Monday.

European Parliament lawmakers criticised Russia on Tuesday.
""",
}


def cli(*args, timeout=120):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONUNBUFFERED="1", NO_COLOR="1", COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout)


def ingest_fixture(folder: Path) -> Path:
    for name, text in ARTICLES.items():
        write(folder / "articles" / name, text)
    db = folder / "events.duckdb"
    r = cli("ingest", folder / "articles", "--db", db, "--quiet")
    assert r.returncode == 0, r.stderr
    return db


class Server:
    """`diplograph serve --port 0` in a subprocess; ``url`` is the address it printed."""

    def __init__(self, db: Path):
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONUNBUFFERED="1", NO_COLOR="1", COLUMNS="300")
        self.proc = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "serve", "--db", str(db), "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.url = None
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and self.url is None:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.5)
            if ready:
                line = self.proc.stdout.readline()
                if m := re.search(r"http://127\.0\.0\.1:(\d+)/", line):
                    self.url = m[0].rstrip("/")
                    self.port = int(m[1])
            if self.proc.poll() is not None:
                break
        if self.url is None:
            self.stop()
            raise RuntimeError(f"diplograph serve did not start: {line!r} {self.proc.stderr.read()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return ingest_fixture(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def server(db):
    s = Server(db)
    yield s
    s.stop()


def fetch(server, path: str, **params):
    """(status, body): JSON decoded when the response is JSON, else text."""
    url = server.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            status, ctype, raw = r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as exc:
        status, ctype, raw = exc.code, exc.headers.get("content-type", ""), exc.read()
    text = raw.decode("utf-8")
    return status, json.loads(text) if "json" in ctype else text


def get(server, path: str, **params):
    status, body = fetch(server, path, **params)
    assert status == 200, body
    return body


def test_events_carry_evidence_and_their_document(server):
    data = get(server, "/api/events", dyad="IRN,RUS", limit=100)
    assert data["total"] == data["count"] >= 3
    for e in data["events"]:
        assert e["modality"] == "asserted"
        assert {e["source"][:3], e["target"][:3]} == {"IRN", "RUS"}
        assert e["sentence"] and e["title"] and e["doc_id"]
    signing = [e for e in data["events"] if e["date"] == "2025-01-17"]
    assert signing and all(e["title"] == "Iran and Russia sign a treaty" for e in signing)
    assert signing[0]["url"] == "https://example.invalid/treaty"
    assert "signed a strategic partnership treaty" in signing[0]["sentence"]


@pytest.mark.parametrize("params, holds", [
    ({"type": "ACCUSE"}, lambda e: e["type"] == "ACCUSE"),
    ({"type": "support"}, lambda e: e["type"] == "SUPPORT"),
    ({"since": "2025-02"}, lambda e: e["date"] >= "2025-02"),
    ({"until": "2025-01"}, lambda e: e["date"][:7] <= "2025-01"),
    ({"month": "2025-04"}, lambda e: e["date"].startswith("2025-04")),
    ({"modality": "negated"}, lambda e: e["modality"] == "negated"),
    ({"modality": "hedged"}, lambda e: e["modality"] == "hedged"),
])
def test_filters_narrow_the_events(server, params, holds):
    everything = get(server, "/api/events", dyad="IRN,RUS", modality="all", limit=1000)
    narrowed = get(server, "/api/events", **{"dyad": "IRN,RUS", "limit": 1000, **params})
    assert 0 < narrowed["total"] < everything["total"]
    assert all(holds(e) for e in narrowed["events"]), narrowed["events"]
    ids = {e["id"] for e in everything["events"]}
    assert {e["id"] for e in narrowed["events"]} <= ids


def test_actor_filter_and_limit(server):
    usa = get(server, "/api/events", actor="USA")
    assert usa["total"] >= 1 and all("USA" in (e["source"], e["target"]) for e in usa["events"])
    assert all(e["type"] == "SANCTION" for e in usa["events"])
    one = get(server, "/api/events", dyad="IRN,RUS", limit=1)
    assert one["count"] == 1 and one["total"] > 1


def test_dyad_series_sums_equal_the_event_counts(server):
    report = get(server, "/api/dyad/IRN/RUS")
    listed = get(server, "/api/events", dyad="IRN,RUS", limit=1000)
    assert report["total"] == listed["total"]
    assert sum(r["events"] for r in report["series"]) + report["undated"] == report["total"]
    assert [r["period"] for r in report["series"]] == sorted(r["period"] for r in report["series"])
    for row in report["series"]:
        assert row["verbal_coop"] + row["material_coop"] + row["verbal_conflict"] + row["material_conflict"] == row["events"]
        month = get(server, "/api/events", dyad="IRN,RUS", month=row["period"], limit=1000)
        assert month["total"] == row["events"], row
        assert round(sum(e["goldstein"] for e in month["events"]), 1) == row["goldstein_sum"]
    assert report["names"] == {"IRN": "Iran", "RUS": "Russia"}
    # both directions, and codes match by prefix
    assert get(server, "/api/dyad/RUS/IRN")["total"] == report["total"]
    by_year = get(server, "/api/dyad/irn/rus", by="year")
    assert [r["period"] for r in by_year["series"]] == ["2025"]


def test_dyads_and_actors_for_the_picker(server):
    dyads = get(server, "/api/dyads")["dyads"]
    pair = next(d for d in dyads if (d["a"], d["b"]) == ("IRN", "RUS"))
    assert pair["events"] == get(server, "/api/events", dyad="IRN,RUS")["total"]
    assert dyads[0] == pair and pair["name_a"] == "Iran"
    assert ("IRN", "USA") in {(d["a"], d["b"]) for d in dyads}
    assert ("IRN", "ISR") not in {(d["a"], d["b"]) for d in dyads}   # only a hypothetical strike
    assert ("IRN", "ISR") in {(d["a"], d["b"]) for d in get(server, "/api/dyads", modality="all")["dyads"]}
    actors = {a["code"]: a for a in get(server, "/api/actors")["actors"]}
    assert actors["IRN"]["events"] >= actors["USA"]["events"] >= 1 and actors["RUS"]["name"] == "Russia"
    # an organisation is one entry whatever its organ: the Parliament's criticism is the EU's
    assert [code for code in actors if code.startswith("IGOEUREEC")] == ["IGOEUREEC"]
    eu = next(d for d in dyads if (d["a"], d["b"]) == ("IGOEUREEC", "RUS"))
    assert eu["events"] == get(server, "/api/events", dyad="IGOEUREEC,RUS")["total"] == 2


def test_agreements_from_signing_to_ratification(server):
    data = get(server, "/api/agreements", a="IRN", b="RUS")
    treaty = next(ag for ag in data["agreements"] if "treaty" in ag["name"])
    assert treaty["parties"] == ["IRN", "RUS"]
    assert treaty["signed"]["date"] == "2025-01-17"
    assert {r["party"]: r["date"] for r in treaty["ratifications"]}.get("RUS") == "2025-04-21"
    assert treaty["signed"]["sources"][0]["sentence"]
    assert get(server, "/api/agreements", a="USA", b="RUS")["agreements"] == []


def test_brief_as_json_markdown_and_html(server):
    data = get(server, "/api/brief/IRN/RUS")
    assert data["brief"]["title"] == "Iran – Russia: relationship brief"
    assert data["brief"]["citations"] and data["brief"]["sections"]
    md = get(server, "/api/brief/IRN/RUS", format="md")
    assert md.startswith("# Iran – Russia: relationship brief") and "## Sources" in md
    html = get(server, "/api/brief/IRN/RUS", format="html")
    assert html.startswith("<!DOCTYPE html>") and "data:image/svg+xml" in html


@pytest.mark.parametrize("path, params, status, words", [
    ("/api/events", {"since": "2025-13"}, 400, ["since", "YYYY-MM"]),
    ("/api/events", {"until": "last year"}, 400, ["until", "not a date"]),
    ("/api/events", {"month": "2025"}, 400, ["month", "YYYY-MM"]),
    ("/api/events", {"month": "2025-13"}, 400, ["month", "not a month"]),
    ("/api/events", {"offset": str(2**63)}, 422, ["offset", "less than or equal"]),
    ("/api/events", {"modality": "certain"}, 400, ["modality", "asserted", "claimed"]),
    ("/api/events", {"type": "INVADE"}, 400, ["type", "PLOVER", "ASSAULT"]),
    ("/api/events", {"dyad": "IRN"}, 400, ["dyad", "two codes"]),
    ("/api/events", {"actor": "I R N"}, 400, ["actor", "code"]),
    ("/api/events", {"limit": "0"}, 422, ["limit", "greater than or equal to 1"]),
    ("/api/events", {"limit": "many"}, 422, ["limit", "integer"]),
    ("/api/dyad/IRN/RUS", {"by": "decade"}, 422, ["by", "month", "year"]),
    ("/api/dyad/IRN/RUS", {"since": "2025-02-30"}, 400, ["since"]),
    ("/api/brief/IRN/RUS", {"format": "pdf"}, 422, ["format", "md"]),
])
def test_bad_parameters_get_4xx_with_a_message(server, path, params, status, words):
    got, body = fetch(server, path, **params)
    assert got == status, body
    for w in words:
        assert w in body["detail"], body["detail"]


def test_unknown_actor_codes_give_an_empty_result_with_a_note(server):
    data = get(server, "/api/dyad/QQQ/RUS")
    assert data["total"] == 0 and data["series"] == [] and "starts with QQQ;" in data["note"]
    events = get(server, "/api/events", actor="XYZ")
    assert events["events"] == [] and "XYZ" in events["note"]
    assert "QQQ" in get(server, "/api/agreements", a="QQQ")["note"]
    brief = get(server, "/api/brief/QQQ/RUS")
    assert brief["brief"] is None and "QQQ" in brief["note"]
    status, text = fetch(server, "/api/brief/QQQ/RUS", format="md")
    assert status == 404 and "QQQ" in text
    # known codes, nothing between them: the note says so instead
    assert get(server, "/api/dyad/USA/RUS")["note"].startswith("no asserted events between USA and RUS")


def test_dashboard_and_its_assets_are_served_from_the_package(server):
    page = get(server, "/")
    assert "/static/app.js" in page and "/static/app.css" in page
    assert "function drawChart" in get(server, "/static/app.js")
    docs = get(server, "/api/docs")   # our own page: FastAPI's loads its scripts from a CDN
    assert "GET /api/events" in docs and "<script" not in docs and "dyad" in docs
    info = get(server, "/api/info")
    assert info["documents"] == len(ARTICLES) and info["events"] >= 9
    static = ROOT / "src" / "diplograph" / "web" / "static"
    for f in static.iterdir():
        text = f.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", text), f"{f.name} loads from elsewhere"
        assert "@import" not in text and "cdn" not in text.lower(), f.name


def test_server_holds_no_lock_between_requests(server, db):
    from diplograph.store import Store

    get(server, "/api/events", dyad="IRN,RUS")
    with Store(db) as store:   # read-write, as `diplograph ingest` opens it
        assert store.counts()["documents"] == len(ARTICLES)
    assert get(server, "/api/dyad/IRN/RUS")["total"] > 0


def test_an_ingest_writing_gets_503_that_says_so(server, db):
    from diplograph.store import Store

    with Store(db):   # read-write and held, as during `diplograph ingest`
        status, body = fetch(server, "/api/info")
    assert status == 503 and "an ingest is writing" in body["detail"] and body["retry"] is True
    assert get(server, "/api/info")["documents"] == len(ARTICLES)


def test_only_requests_addressed_to_this_machine_are_answered(server):
    def status_for(host: str) -> int:
        req = urllib.request.Request(server.url + "/api/info", headers={"Host": host})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status_for(f"127.0.0.1:{server.port}") == 200
    assert status_for(f"localhost:{server.port}") == 200
    assert status_for("rebound.example") == 400   # a page that rebinds its name to 127.0.0.1


def test_port_taken_is_a_clear_error(server, db):
    r = cli("serve", "--db", db, "--port", server.port, timeout=60)
    assert r.returncode == 1
    assert f"port {server.port} on 127.0.0.1 is already in use" in r.stderr and "--port" in r.stderr


def test_missing_database_is_named_with_what_to_do(tmp_path):
    missing = tmp_path / "nothing.duckdb"
    r = cli("serve", "--db", missing, "--port", "0", timeout=60)
    assert r.returncode == 1
    assert str(missing) in r.stderr and "diplograph ingest" in r.stderr and "diplograph demo" in r.stderr
    assert not missing.exists()
