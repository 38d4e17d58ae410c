"""WARC archives written here with warcio: pages become documents with their target URI, the
crawl date is never a publication date, other records are skipped, damage is a Failure."""
import io
from datetime import date

import pytest
from conftest import write

from diplograph.ingest import ReadOptions, read_paths
from diplograph.types import Document, Failure

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>{meta}</head><body>
<nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>{body}</p>
</article></body></html>"""

BODY_EN = ("Iran and Russia signed a comprehensive strategic partnership treaty in Moscow on Friday, the foreign ministry said. "
           "Officials in both capitals described the talks as constructive and said further meetings would follow in the "
           "coming weeks. Analysts said the agreement reflected a broader shift in relations between the two countries.")
BODY_FR = ("La France et l'Allemagne ont signé mardi un accord de coopération militaire, a annoncé le ministère. "
           "Le président a déclaré que cet accord était une étape importante pour la sécurité de l'Europe et que les "
           "deux pays travailleraient ensemble dans les mois qui viennent.")


def page(body, *, title="Treaty signed", published=None, lang="en"):
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return PAGE.format(title=title, body=body, meta=meta, lang=lang).encode("utf-8")


def response(writer, uri, payload, *, ctype="text/html; charset=utf-8", status="200 OK", warc_date="2025-02-03T10:00:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
    rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http,
                                    warc_headers_dict={"WARC-Date": warc_date})
    writer.write_record(rec)


def make_warc(path, *, gz=True):
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "diplograph tests"}))
        response(w, "https://news.example/treaty", page(BODY_EN, published="2025-01-17"))
        response(w, "https://news.example/style.css", b"body{color:red}", ctype="text/css")
        response(w, "https://news.example/moved", b"", status="301 Moved Permanently")
        response(w, "https://news.example/undated", page(BODY_EN.replace("Friday", "Saturday"), title="Undated"))
        response(w, "https://news.example/fr", page(BODY_FR, title="Accord", lang="fr"))
        req = w.create_warc_record("https://news.example/treaty", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        w.write_record(req)
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages_with_url_date_and_crawl_date_flag(tmp_path, gz):
    path = make_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz)
    items = list(read_paths([path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert not [i for i in items if isinstance(i, Failure)]
    assert [d.url for d in docs] == ["https://news.example/treaty", "https://news.example/undated", "https://news.example/fr"]
    treaty, undated, fr = docs
    assert treaty.published == date(2025, 1, 17) and treaty.published_source == "metadata"
    assert "strategic partnership treaty" in treaty.text and "Home" not in treaty.text
    assert not any(q.startswith("crawl-date") for q in treaty.quality)
    # WARC-Date is when the page was crawled: kept as a flag, never as the publication date
    assert undated.published is None and "crawl-date:2025-02-03" in undated.quality
    assert fr.language == "fr" and treaty.language == "en"
    assert all(d.path.startswith(f"{path}@") for d in docs)
    assert len({d.path for d in docs}) == 3


def test_warc_user_date_fills_in_but_crawl_date_is_still_flagged(tmp_path):
    path = make_warc(tmp_path / "crawl.warc.gz")
    docs = [d for d in read_paths([path], options=ReadOptions(published=date(2025, 2, 1))) if isinstance(d, Document)]
    undated = docs[1]
    assert undated.published == date(2025, 2, 1) and undated.published_source == "user"
    assert "crawl-date:2025-02-03" in undated.quality


def test_truncated_warc_gz_keeps_the_records_before(tmp_path):
    whole = make_warc(tmp_path / "whole.warc.gz").read_bytes()
    cut = write(tmp_path / "cut.warc.gz", whole[: int(len(whole) * 0.7)])
    items = list(read_paths([cut]))
    docs = [i for i in items if isinstance(i, Document)]
    (fail,) = [i for i in items if isinstance(i, Failure)]
    assert fail.path == str(cut) and "truncated" in fail.reason or "damaged" in fail.reason
    assert docs and docs[0].url == "https://news.example/treaty"


def test_warc_record_over_the_size_limit(tmp_path):
    path = tmp_path / "big.warc"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=False)
        response(w, "https://news.example/huge", page(BODY_EN + " More." * 50_000))
        response(w, "https://news.example/treaty", page(BODY_EN))
    items = list(read_paths([path], options=ReadOptions(max_bytes=100_000)))
    fail, doc = items
    assert isinstance(fail, Failure) and "limit" in fail.reason and "https://news.example/huge" in fail.reason
    assert isinstance(doc, Document) and doc.url == "https://news.example/treaty"


def test_not_a_warc(tmp_path):
    path = write(tmp_path / "fake.warc.gz", b"\x1f\x8b\x08\x00garbage that is not gzip at all")
    (fail,) = list(read_paths([path]))
    assert isinstance(fail, Failure) and fail.path == str(path)
