"""Feeds and pages served by a real HTTP server on 127.0.0.1: linked pages fetched with our
User-Agent, retries with backoff, summaries only when a page cannot be had, size limits,
unreachable URLs recorded as failures."""
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import write

from diplograph.ingest import ReadOptions, read_paths
from diplograph.ingest.fetch import FetchError, FetchOptions, Fetcher, fetch
from diplograph.ingest.feeds import SUMMARY_ONLY, html_to_text
from diplograph.types import Document, Failure

pytest.importorskip("feedparser")

ARTICLE = """<!DOCTYPE html><html lang="en"><head><title>{title}</title>
<meta property="article:published_time" content="{date}"></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{body}</p>
<p>Officials said further talks would follow in the coming weeks, and analysts described the move as a significant shift.</p>
</article></body></html>"""


class Site:
    """Routes: path -> list of (status, content type, body) served in turn (the last repeats)."""

    def __init__(self):
        self.routes: dict[str, list] = {}
        self.hits: dict[str, int] = {}
        self.agents: set[str] = set()
        self.active = 0
        self.max_active = 0
        self.delay = 0.0
        self.lock = threading.Lock()

    def add(self, path, *responses):
        self.routes[path] = list(responses)


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            with state.lock:
                state.hits[self.path] = state.hits.get(self.path, 0) + 1
                state.agents.add(self.headers.get("User-Agent", ""))
                state.active += 1
                state.max_active = max(state.max_active, state.active)
                n = state.hits[self.path]
            try:
                if state.delay:
                    time.sleep(state.delay)
            finally:
                # counted while the request is being served, not while its body goes out: the client
                # may start its next request as soon as it has read this one, before this thread
                # would get to count it done
                with state.lock:
                    state.active -= 1
            responses = state.routes.get(self.path)
            if not responses:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, ctype, body = responses[min(n, len(responses)) - 1]
            if callable(body):
                body(self)
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def page(title, body, day="2025-01-17"):
    return (200, "text/html; charset=utf-8", ARTICLE.format(title=title, body=body, date=day).encode())


def rss(base, items):
    entries = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate>"
        f"<description>{s}</description></item>"
        for t, p, d, s in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example Wire</title>'
            f"<link>{base}/</link><description>news</description>{entries}</channel></rss>").encode()


FAST = FetchOptions(timeout=5, retries=2, backoff=0.01, concurrency=4, per_host=2)


def read(sources, **kw):
    items = list(read_paths(sources, options=ReadOptions(fetch=FAST, **kw)))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def test_feed_url_pages_fetched_with_fallback_to_summary(site):
    site.add("/a", page("Treaty signed", "Iran and Russia signed a strategic partnership treaty in Moscow on Friday."))
    site.add("/b", (500, "text/plain", b"oops"))  # always fails: the summary is used
    site.add("/c", page("Sanctions", "The European Union imposed new sanctions on Iran on Monday.", "2024-10-14"))
    site.add("/feed.xml", (200, "application/rss+xml", rss(site.base, [
        ("Treaty signed", "/a", "Fri, 17 Jan 2025 10:00:00 GMT", "Short summary A."),
        ("Drones", "/b", "Sat, 18 Jan 2025 10:00:00 GMT",
         "&lt;p&gt;Iran supplied drones to Russia, officials said on &lt;b&gt;Saturday&lt;/b&gt;.&lt;/p&gt;"),
        ("Sanctions", "/c", "Mon, 14 Oct 2024 10:00:00 GMT", "Short summary C."),
        ("Gone", "/missing", "Tue, 15 Oct 2024 10:00:00 GMT", ""),
    ])))
    docs, fails = read([f"{site.base}/feed.xml"])
    assert [d.url for d in docs] == [f"{site.base}/a", f"{site.base}/b", f"{site.base}/c"]
    a, b, c = docs
    assert "strategic partnership treaty" in a.text and a.title == "Treaty signed"
    assert a.published == date(2025, 1, 17) and SUMMARY_ONLY not in a.quality
    assert b.text == "Iran supplied drones to Russia, officials said on Saturday." and SUMMARY_ONLY in b.quality
    assert b.published == date(2025, 1, 18) and b.site == "Example Wire"
    assert c.published == date(2024, 10, 14)
    (gone,) = fails
    assert gone.path == f"{site.base}/missing" and gone.stage == "fetch" and "404" in gone.reason
    assert site.hits["/b"] == 3  # one try and two retries on a server error
    assert site.hits["/missing"] == 1  # a 404 is not retried
    assert all(agent.startswith("diplograph/") for agent in site.agents)


def test_feed_file_and_no_fetch(site, tmp_path):
    site.add("/a", page("Treaty signed", "Iran and Russia signed a strategic partnership treaty in Moscow on Friday."))
    feed = write(tmp_path / "news.rss", rss(site.base, [("Treaty", "/a", "Fri, 17 Jan 2025 10:00:00 GMT", "Iran and Russia signed a treaty.")]))
    (doc,), _ = read([feed])
    assert "strategic partnership treaty" in doc.text
    (doc,), _ = read([feed], fetch_links=False)
    assert doc.text == "Iran and Russia signed a treaty." and SUMMARY_ONLY in doc.quality
    assert site.hits["/a"] == 1


def test_atom_feed(site, tmp_path):
    site.add("/x", page("Strikes", "Israel struck military targets in Iran early on Saturday, the army said.", "2024-10-26"))
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Strikes</title><link href="{site.base}/x"/><published>2024-10-26T08:00:00Z</published><updated>2024-10-27T08:00:00Z</updated>
<summary>Israel struck Iran.</summary><author><name>A. Writer</name></author></entry></feed>"""
    (doc,), _ = read([write(tmp_path / "f.atom", atom)])
    assert doc.published == date(2024, 10, 26) and "military targets" in doc.text


def test_unreachable_and_retry_after_and_size_limit(site):
    site.add("/flaky", (503, "text/plain", b"busy"), page("Back", "Russia struck Kyiv on Monday, officials said, in a large overnight attack."))
    site.add("/big", (200, "text/html", b"<html><body><p>" + b"word " * 300_000 + b"</p></body></html>"))

    def endless(handler):  # no Content-Length: the limit applies while streaming
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(100):
                handler.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit
    site.add("/stream", (200, "text/html", endless))
    docs, fails = read([f"{site.base}/flaky", f"{site.base}/big", f"{site.base}/stream", "http://127.0.0.1:9/nothing"],
                       max_bytes=500_000)
    assert [d.title for d in docs] == ["Back"] and site.hits["/flaky"] == 2
    reasons = {f.path: f.reason for f in fails}
    assert "limit" in reasons[f"{site.base}/big"] and "limit" in reasons[f"{site.base}/stream"]
    assert "cannot connect" in reasons["http://127.0.0.1:9/nothing"] and "3 attempts" in reasons["http://127.0.0.1:9/nothing"]
    assert all(f.stage == "fetch" for f in fails)


def test_fetcher_limits_concurrency_and_keeps_order(site):
    site.delay = 0.05
    for i in range(12):
        site.add(f"/p{i}", (200, "text/html", f"<p>{i}</p>".encode()))
    urls = [f"{site.base}/p{i}" for i in range(12)]
    got = list(Fetcher(FetchOptions(concurrency=4, per_host=2)).map(urls))
    assert [u for u, _ in got] == urls and [r.body for _, r in got] == [f"<p>{i}</p>".encode() for i in range(12)]
    assert site.max_active <= 2  # one host: at most per_host at once


def test_timeout(site):
    site.delay = 1.0
    site.add("/slow", (200, "text/html", b"<p>late</p>"))
    with pytest.raises(FetchError) as e:
        fetch(f"{site.base}/slow", FetchOptions(timeout=0.2, retries=0))
    assert "timed out" in e.value.reason


def test_not_a_feed(tmp_path):
    docs, (fail,) = read([write(tmp_path / "x.xml", "<?xml version='1.0'?><sitemap><url>u</url></sitemap>")])
    assert not docs and "not an RSS or Atom feed" in fail.reason


def test_html_to_text():
    assert html_to_text("<p>One <b>two</b></p><p>three</p><script>x()</script>") == "One two\n\nthree"


@pytest.mark.model
def test_ingest_command_with_a_feed_url_and_a_missing_page(site, tmp_path):
    from typer.testing import CliRunner

    from diplograph.cli import app
    from diplograph.store import Store

    site.add("/a", page("Treaty signed", "Iran and Russia signed a strategic partnership treaty in Moscow on Friday."))
    site.add("/feed", (200, "application/atom+xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title><link href="{site.base}/a"/>
<published>2025-01-17T08:00:00Z</published></entry></feed>""".encode()))
    db = tmp_path / "t.duckdb"
    r = CliRunner().invoke(app, ["ingest", f"{site.base}/feed", f"{site.base}/gone", "--db", str(db), "-q",
                                 "--timeout", "2"], catch_exceptions=False)
    assert r.exit_code == 1 and "1 new" in r.stdout and "1 failed" in r.stdout
    assert f"{site.base}/gone" in r.stderr and "HTTP 404" in r.stderr
    with Store(db, read_only=True) as s:
        assert s.query("SELECT url, published FROM documents")[1][0][0] == f"{site.base}/a"
        assert s.query("SELECT path, stage FROM failures")[1] == [(f"{site.base}/gone", "fetch")]
        assert s.counts()["events"] >= 2
