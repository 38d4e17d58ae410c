"""Readers: front matter, JSONL, HTML, encodings, standard input, languages, and bad input
named by file (no model needed)."""
import gzip
import io
import json
from datetime import date

import pytest

from conftest import write

from diplograph.ingest import ReadOptions, read_paths, read_stream
from diplograph.types import Document, Failure


def docs_and_failures(paths, **kw):
    items = list(read_paths(paths, **kw))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def test_front_matter(tmp_path):
    p = write(tmp_path / "a.txt", "---\ntitle: A pact\npublished: 2025-01-17\nsource: Wire\nurl: https://x.invalid/a\n---\n\nIran and Russia signed a treaty.\n")
    (doc,), fails = docs_and_failures([p])
    assert not fails
    assert doc.title == "A pact" and doc.published == date(2025, 1, 17) and doc.site == "Wire"
    assert doc.url == "https://x.invalid/a" and doc.text == "Iran and Russia signed a treaty."
    assert doc.published_source == "metadata"


def test_user_published_date_only_fills_missing_dates(tmp_path):
    a = write(tmp_path / "a.txt", "No date here.")
    b = write(tmp_path / "b.txt", "---\npublished: 2020-02-02\n---\nDated.")
    docs, _ = docs_and_failures([a, b], published=date(2025, 6, 20))
    assert [(d.published, d.published_source) for d in docs] == [(date(2025, 6, 20), "user"), (date(2020, 2, 2), "metadata")]


def test_same_text_same_id(tmp_path):
    a = write(tmp_path / "a.txt", "Russia  struck Kyiv.\n")
    b = write(tmp_path / "b.txt", "Russia struck Kyiv.")
    (da, db), _ = docs_and_failures([a, b])
    assert da.id == db.id


def test_jsonl_good_and_bad_lines(tmp_path):
    p = write(
        tmp_path / "n.jsonl",
        '{"text": "Israel struck Iran.", "title": "T", "date": "2024-10-26T03:00:00Z"}\n'
        "{not json\n"
        "[1, 2]\n"
        '{"title": "no body"}\n'
        '{"body": "Russia condemned the strikes.", "published": "2024-10-27"}\n',
    )
    docs, fails = docs_and_failures([p])
    assert [d.published for d in docs] == [date(2024, 10, 26), date(2024, 10, 27)]
    assert [f.path for f in fails] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert "malformed JSON" in fails[0].reason and "not an object" in fails[1].reason and "no text field" in fails[2].reason


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    binary = write(tmp_path / "blob.txt", b"\x89PNG\x00\x00\x01\x02" * 50)
    latin = write(tmp_path / "latin.txt", "Caf\xe9 diplomacy in Paris.".encode("latin-1"))
    good = write(tmp_path / "good.txt", "Russia struck Kyiv.")
    missing = tmp_path / "nope.txt"
    docs, fails = docs_and_failures([empty, binary, latin, missing, good])
    assert [d.path for d in docs] == [str(good)]
    reasons = {f.path: f.reason for f in fails}
    assert "empty" in reasons[str(empty)]
    assert "binary" in reasons[str(binary)]
    assert "UTF-8" in reasons[str(latin)] and "0xe9" in reasons[str(latin)] and "too short" in reasons[str(latin)]
    assert "no such file" in reasons[str(missing)]


def test_bad_front_matter_date_is_flagged_not_fatal(tmp_path):
    p = write(tmp_path / "a.txt", "---\npublished: sometime in spring\n---\nText.")
    (doc,), _ = docs_and_failures([p])
    assert doc.published is None and "bad-published-date" in doc.quality


def test_folder_is_read_recursively_in_order(tmp_path):
    write(tmp_path / "b" / "2.txt", "Two.")
    write(tmp_path / "a" / "1.txt", "One.")
    write(tmp_path / "a" / "skip.bin", "x")
    write(tmp_path / ".hidden" / "3.txt", "Three.")
    docs, _ = docs_and_failures([tmp_path])
    assert [d.text for d in docs] == ["One.", "Two."]


HTML = """<!DOCTYPE html><html><head><title>Strikes on Iran</title>
<meta property="article:published_time" content="2024-10-26T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Israel strikes military targets in Iran</h1>
<p>Israel carried out strikes on military sites in Iran early on Saturday, the army said, in what it called a response to Iran's missile attack at the start of the month.</p>
<p>Iran's foreign ministry condemned the strikes and said the country had the right to defend itself. Russia also condemned the attack and called for restraint from all sides.</p>
<p>The United States said it had been told in advance but did not take part in the operation.</p>
</article><footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"""


def test_html_article_and_metadata_date(tmp_path):
    p = write(tmp_path / "page.html", HTML)
    (doc,), fails = docs_and_failures([p])
    assert not fails
    assert "Iran's foreign ministry condemned the strikes" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.published == date(2024, 10, 26)


def test_html_copyright_year_is_not_a_publication_date(tmp_path):
    page = HTML.replace('<meta property="article:published_time" content="2024-10-26T08:00:00Z">', "")
    p = write(tmp_path / "page.html", page)
    (doc,), _ = docs_and_failures([p])
    assert doc.published is None


def test_html_without_article_text(tmp_path):
    p = write(tmp_path / "x.html", "<html><head><title>t</title></head><body><script>var a=1;</script></body></html>")
    docs, (fail,) = docs_and_failures([p])
    assert not docs and fail.path == str(p) and "no article text" in fail.reason


def test_folder_readme_is_not_an_article(tmp_path):
    write(tmp_path / "README.md", "# About this folder")
    write(tmp_path / "a.md", "Russia struck Kyiv.")
    docs, _ = docs_and_failures([tmp_path])
    assert [d.text for d in docs] == ["Russia struck Kyiv."]
    named, _ = docs_and_failures([tmp_path / "README.md"])
    assert len(named) == 1


def test_jsonl_field_mapping_with_nested_fields(tmp_path):
    p = write(tmp_path / "dump.jsonl", json.dumps({
        "doc": {"body": "Iran and Russia signed a treaty."}, "text": "not this", "meta": {"when": "2025-01-17"},
        "headline_en": "Treaty", "link": "https://x.invalid/t", "lang": "en-GB"}) + "\n")
    opts = ReadOptions(text_field="doc.body", date_field="meta.when", title_field="headline_en", url_field="link")
    (doc,) = read_paths([p], options=opts)
    assert doc.text == "Iran and Russia signed a treaty." and doc.published == date(2025, 1, 17)
    assert doc.title == "Treaty" and doc.url == "https://x.invalid/t" and doc.language == "en"
    (fail,) = read_paths([p], options=ReadOptions(text_field="article"))
    assert isinstance(fail, Failure) and "--text-field" in fail.reason and "article" in fail.reason


def test_jsonl_gz_and_truncated_gz(tmp_path):
    lines = "".join(json.dumps({"text": f"Story number {i} about Russia and Iran."}) + "\n" for i in range(2000))
    packed = gzip.compress(lines.encode())
    whole = write(tmp_path / "a.jsonl.gz", packed)
    assert len(list(read_paths([whole]))) == 2000
    cut = write(tmp_path / "cut.jsonl.gz", packed[: len(packed) // 2])
    items = list(read_paths([cut]))
    *docs, fail = items
    assert docs and all(isinstance(d, Document) for d in docs)
    assert isinstance(fail, Failure) and fail.path == str(cut) and "truncated gzip" in fail.reason


def test_jsonl_line_over_the_limit_and_bad_bytes(tmp_path):
    big = json.dumps({"text": "word " * 5000})
    p = write(tmp_path / "n.jsonl", (json.dumps({"text": "First."}) + "\n" + big + "\n").encode()
              + b'{"text": "caf\xe9"}\n' + (json.dumps({"text": "Last."}) + "\n").encode())
    items = list(read_paths([p], options=ReadOptions(max_bytes=10_000)))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Document"]
    assert items[1].path == f"{p}:2" and "limit" in items[1].reason
    assert items[2].path == f"{p}:3" and "UTF-8" in items[2].reason
    assert items[3].text == "Last."


LONG_FRENCH_NAME = "Caf\xe9 diplomacy: the French foreign minister met his counterpart in Paris on Tuesday, and both sides said the talks on the d\xe9tente had been useful."


@pytest.mark.parametrize("raw,flag", [
    (LONG_FRENCH_NAME.encode("cp1252"), True),  # not UTF-8, long enough to detect
    (LONG_FRENCH_NAME.encode("utf-16"), False),  # byte-order mark
    (LONG_FRENCH_NAME.encode("utf-8-sig"), False),
])
def test_encodings(tmp_path, raw, flag):
    (doc,) = read_paths([write(tmp_path / "a.txt", raw)])
    assert isinstance(doc, Document) and doc.text == LONG_FRENCH_NAME
    assert any(q.startswith("encoding:") for q in doc.quality) == flag


def test_html_declared_charset(tmp_path):
    body = "<p>" + LONG_FRENCH_NAME + " Russia and Iran were not part of the talks, officials said on Wednesday.</p>"
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>t</title></head><body><article>{body * 3}</article></body></html>'
    (doc,) = read_paths([write(tmp_path / "a.html", html.encode("cp1252"))])
    assert isinstance(doc, Document) and "d\xe9tente" in doc.text


def test_binary_with_a_text_name_and_invalid_html(tmp_path):
    png = write(tmp_path / "photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    junk = write(tmp_path / "junk.html", b"<<<>>></div></p><html><html><body</")
    items = {f.path: f.reason for f in read_paths([png, junk])}
    assert "binary" in items[str(png)]
    assert any(w in items[str(junk)] for w in ("no article text", "no text", "could not be parsed"))


def test_a_200_mb_page_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.html"
    with open(huge, "wb") as f:  # sparse: costs no disk and no time
        f.truncate(200_000_000)
    (fail,) = read_paths([huge])
    assert isinstance(fail, Failure) and "200 MB" in fail.reason and "limit" in fail.reason


def test_stdin_formats():
    jsonl = b'{"text": "Russia struck Kyiv.", "date": "2024-07-08"}\n{bad\n'
    doc, fail = read_stream(io.BytesIO(jsonl), "<stdin>", options=ReadOptions())
    assert doc.published == date(2024, 7, 8) and fail.path == "<stdin>:2"
    (doc,) = read_stream(io.BytesIO(b"---\ntitle: T\n---\nIran supplied drones."), "<stdin>", options=ReadOptions())
    assert doc.title == "T" and doc.text == "Iran supplied drones."
    (doc,) = read_stream(io.BytesIO(gzip.compress(HTML.encode())), "<stdin>", options=ReadOptions())
    assert "Iran's foreign ministry condemned the strikes" in doc.text
    (fail,) = read_stream(io.BytesIO(b""), "<stdin>", options=ReadOptions())
    assert "empty" in fail.reason


FRENCH = ("La France et l'Allemagne ont signé mardi un accord de coopération militaire, a annoncé le ministère des "
          "Affaires étrangères. Le président a déclaré que cet accord était une étape importante pour la sécurité "
          "de l'Europe et que les deux pays travailleraient ensemble.")


@pytest.mark.parametrize("text,meta,expected", [
    (FRENCH, None, "fr"),
    (FRENCH, "en", "fr"),  # the text outweighs a site-wide lang="en"
    ("Россия и Иран подписали во вторник договор о стратегическом партнерстве.", None, "und-Cyrl"),
    ("Short note.", "de", "de"),  # too short to tell: the metadata decides
    ("Short note.", None, "en"),
    ("Shr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\nRevs 1.2 mln vs 1.1 mln\n\nAssets 510.2 mln vs 479.7 mln "
     "Deposits 472.3 mln vs 440.3 mln Loans 299.2 mln vs 327.2 mln", None, "en"),  # a table, not a foreign language
])
def test_language(tmp_path, text, meta, expected):
    front = f"---\nlanguage: {meta}\n---\n" if meta else ""
    (doc,) = read_paths([write(tmp_path / "a.txt", front + text)])
    assert doc.language == expected


# --- JSON files: one article object, or a list of them (as scrapers such as news-please save) ---
def test_json_article_files_in_a_folder(tmp_path):
    write(tmp_path / "a.json", json.dumps({"title": "Pact", "maintext": "Iran and Russia signed a pact.",
                                           "date_publish": "2024-05-02 10:00:00", "url": "https://x.invalid/a"},
                                          indent=4))
    write(tmp_path / "b.json", json.dumps([{"text": "France and Germany met.", "date": "2024-05-03"},
                                           {"body": "China and India met.", "published": "2024-05-04"}]))
    docs, fails = docs_and_failures([tmp_path])
    assert not fails
    assert [(d.text, d.published) for d in docs] == [
        ("Iran and Russia signed a pact.", date(2024, 5, 2)), ("France and Germany met.", date(2024, 5, 3)),
        ("China and India met.", date(2024, 5, 4))]
    assert docs[0].title == "Pact" and docs[0].url == "https://x.invalid/a"
    assert docs[2].path.endswith("b.json[1]")


def test_json_lines_named_json_are_read_as_lines(tmp_path):
    p = write(tmp_path / "lines.json", '{"text": "Iran and Russia met."}\n{"text": "China and India met."}\n')
    docs, fails = docs_and_failures([p])
    assert [d.text for d in docs] == ["Iran and Russia met.", "China and India met."] and not fails


@pytest.mark.parametrize("content,problem", [
    ('{"text": "unfinished', "malformed JSON (Unterminated string starting at at line 1, column 10)"),
    ('[1, {"title": "no text"}]', "not an object"),
    ("[]", "empty JSON list"),
    ('"just a string"', "neither an article object nor a list"),
    (b'{"text": "caf\xe9"}', "not valid UTF-8"),
])
def test_bad_json_files_are_named(tmp_path, content, problem):
    good = write(tmp_path / "good.json", '{"text": "Iran and Russia met."}')
    bad = write(tmp_path / "bad.json", content)
    docs, fails = docs_and_failures([bad, good])
    assert [d.text for d in docs] == ["Iran and Russia met."]
    assert fails and all(f.path.startswith(str(bad)) for f in fails)
    assert any(problem in f.reason for f in fails), [f.reason for f in fails]


def test_a_json_list_and_a_pretty_object_on_standard_input():
    docs = list(read_stream(io.BytesIO(b'[{"text": "Iran and Russia met.", "date": "2024-01-02"}]'), "<stdin>",
                            options=ReadOptions()))
    assert [(d.text, d.published) for d in docs] == [("Iran and Russia met.", date(2024, 1, 2))]
    (doc,) = read_stream(io.BytesIO(b'{\n  "text": "China and India met."\n}\n'), "<stdin>", options=ReadOptions())
    assert doc.text == "China and India met."


def test_a_folder_with_nothing_to_read_says_so(tmp_path):
    write(tmp_path / "docs" / "a.pdf", b"%PDF-1.4")
    write(tmp_path / "docs" / "b.pdf", b"%PDF-1.4")
    write(tmp_path / "docs" / "c.docx", b"PK")
    write(tmp_path / "news" / "d.txt", "Iran and Russia met.")
    docs, (fail,) = docs_and_failures([tmp_path / "docs", tmp_path / "news"])
    assert [d.text for d in docs] == ["Iran and Russia met."]
    assert fail.path == str(tmp_path / "docs")
    assert "nothing to read" in fail.reason and "2 .pdf, 1 .docx" in fail.reason and ".json" in fail.reason
