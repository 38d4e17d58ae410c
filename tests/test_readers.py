"""Readers: front matter, JSONL, HTML, and bad input named by file (no model needed)."""
from datetime import date

from conftest import write

from diplograph.ingest import read_paths
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
    assert "UTF-8" in reasons[str(latin)] and "0xe9" in reasons[str(latin)]
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
