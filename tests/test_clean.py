"""Cleaning after extraction: page furniture goes, article sentences stay, quality flags say
what was found. Inputs are hand-made texts and pages written to look like real scraped mess."""
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, write
from typer.testing import CliRunner

from diplograph.ingest import read_paths
from diplograph.ingest.clean import clean, clean_report, is_truncated, spun_signals
from diplograph.types import Document

PAGES = Path(__file__).parent / "fixtures" / "pages"

# Prose that must survive whatever is around it. Each is a complete sentence.
PROSE = [
    "Armenia and Georgia signed a transit agreement in Tbilisi on Tuesday, the foreign ministries of both countries said in a joint statement.",
    "The accord, which still has to be ratified by both parliaments, lets freight lorries cross the border at Bagratashen without a second customs check.",
    "Officials in Yerevan said the deal had been under negotiation for almost two years and described it as the most important step in relations since 2015.",
]


def doc(*lines: str, sep: str = "\n") -> str:
    return sep.join(lines)


def kept_all_prose(text: str) -> bool:
    return all(p in text for p in PROSE)


# --- single lines of furniture --------------------------------------------------------------


@pytest.mark.parametrize("junk", [
    "Share this article",
    "Share",
    "Facebook Twitter LinkedIn Email",
    "Tweet | Email | Print",
    "Click to share on WhatsApp (Opens in new window)",
    "Like this story? Share it with a friend!",
    "Follow us on Instagram for more world news.",
    "Follow The Daily Ledger Opinion section on Facebook, Twitter (@LedgerOpinion) and Instagram.",
    "Email Jo Doe at jo.doe@example.invalid or follow her @jodoe.",
    "Sign up for our free weekly newsletter and get the best analysis delivered to your inbox.",
    "Subscribe to the Morning Wire newsletter",
    "Get the day's top headlines delivered to your inbox every morning.",
    "Thanks for signing up!",
    "Enter your email address",
    "Subscribe",
    "Advertisement",
    "Story continues below advertisement",
    "CLICK HERE TO GET THE LEDGER APP",
    "Read more: Lorry drivers wait days as border queue grows",
    "[Related: Five pipelines that shaped Eurasian politics]",
    "SEE MORE: Border protests: 800 drivers stranded at crossing",
    "Comments",
    "Leave a comment",
    "© 2023 Harbour Ledger. All rights reserved.",
    "Copyright 2019 Daily Ledger Media",
    "Filed under: Caucasus, Trade",
])
def test_a_furniture_line_is_removed_and_the_prose_kept(junk):
    text = doc(PROSE[0], PROSE[1], junk, PROSE[2])
    out, flags = clean(text)
    assert junk not in out.split("\n")
    assert kept_all_prose(out)
    assert "boilerplate-removed" in flags


@pytest.mark.parametrize("sentence", [
    "Russia will share intelligence with Iran under the pact, officials said on Friday.",
    "Share prices in Moscow fell 3% after the sanctions were announced.",
    "Follow-up talks between Iran and Russia are due in May, the Kremlin said.",
    "The ministry's weekly newsletter reported that Turkey had signed the accord.",
    "Sign up for conscription began across Russia on Monday, the defence ministry said.",
    "Related talks on a gas swap were held in Baku on Monday.",
    "More than 40 drones were supplied to Russia in 2022, according to the report.",
    "Copyright disputes between the two state broadcasters were settled in 2019.",
    "Read the responses from both governments below.",
    "Twitter followers of Iran's foreign minister doubled after the strike.",
    "Email records show the contract was signed in March, the court heard.",
    "Contents of the agreement were not published, but diplomats said it covered arms supplies.",
])
def test_prose_that_mentions_widget_words_is_kept(sentence):
    text = doc(PROSE[0], sentence, PROSE[1], PROSE[2])
    out, flags = clean(text)
    assert sentence in out and kept_all_prose(out)
    assert "boilerplate-removed" not in flags


def test_text_without_furniture_comes_back_unchanged():
    text = doc(*PROSE, sep="\n\n")
    out, flags = clean(text)
    assert out == text
    assert flags == ("short",) or flags == ()


def test_text_without_a_letter_or_digit_is_no_text():
    assert clean("<<<>>>\n* * *") == ("", ("short",))
    assert clean("___\n" + PROSE[0])[0] == "___\n" + PROSE[0]  # a separator inside an article stays


def test_bundled_sample_articles_are_not_touched():
    for path in sorted((ROOT / "src" / "diplograph" / "data" / "sample").glob("*.txt")):
        body = re.sub(r"\A---\n.*?\n---\n", "", path.read_text(encoding="utf-8"), flags=re.S).strip()
        out, flags = clean(body)
        assert out == body, path.name
        assert not {"boilerplate-removed", "repeated-paragraphs", "machine-spun"} & set(flags), path.name


# --- blocks ---------------------------------------------------------------------------------


@pytest.mark.parametrize("box", [
    # bullets and spaced colons, as on content farms
    ["Detail Author:", "", "  • Name : Morgan Feest", "  • Username : mfeest42", "  • Email : morgan.feest@example.invalid",
     "  • Phone : (555) 014-2231", "  • Bio : Quia dolor sit amet.", "", "Socials", "", "twitter:", "",
     "  • url : https://twitter.example.invalid/mfeest", "  • followers : 4120", "  • following : 388"],
    # list items as trafilatura writes them, no heading
    ["- Name: Jo Wren", "- Job: Claims adjuster", "- E-mail: jo.wren@example.invalid", "- Address: 4 Quay Street, Port Town"],
    # plain lines
    ["About the author", "Username: kwren", "Followers: 2,301", "Following: 17", "Website: https://example.invalid/kwren"],
])
def test_an_author_box_is_removed(box):
    text = doc(PROSE[0], PROSE[1], PROSE[2], *box)
    out, flags = clean(text)
    assert out == doc(*PROSE)
    assert "boilerplate-removed" in flags


def test_name_lines_in_an_interview_or_a_fact_box_are_kept():
    interview = doc(PROSE[0], "Name: Ana Petrosyan", "Role: lorry driver for eleven years", PROSE[1])
    assert clean(interview)[0] == interview
    factbox = doc(PROSE[0], "Name: Dostlug field", "Location: Caspian Sea", "Country: Azerbaijan and Turkmenistan", PROSE[1])
    assert clean(factbox)[0] == factbox


def test_a_related_list_goes_but_the_next_heading_and_paragraph_stay():
    text = doc(PROSE[0], "Related articles", "- Why the Caspian Sea Is Not a Sea", "- Five Pipelines That Shaped Eurasia",
               "- Inside the Gas Swap", "Limits of the Friendship", PROSE[1], PROSE[2])
    out, _ = clean(text)
    assert out == doc(PROSE[0], "Limits of the Friendship", PROSE[1], PROSE[2])


def test_a_related_list_of_plain_titles_ends_at_prose():
    text = doc(PROSE[0], "You may also like...", "Who will host the next summit?", "Five pipelines that shaped Eurasia",
               "Ministers meet in Baku", PROSE[1], PROSE[2])
    assert clean(text)[0] == doc(PROSE[0], PROSE[1], PROSE[2])


def test_an_empty_table_of_contents_heading_is_removed():
    text = doc("Caspian partners", "", PROSE[0], "", "Table of Contents", "", "A disputed field", "", PROSE[1], "", PROSE[2], sep="\n")
    out, flags = clean(text)
    assert "Table of Contents" not in out
    assert "A disputed field" in out and kept_all_prose(out)
    assert "\n\n\n" not in out
    assert "boilerplate-removed" in flags


def test_table_of_contents_entries_go_and_the_headings_they_point_to_stay():
    text = doc(PROSE[0], "Contents", "- A disputed field becomes a shared one", "- Gas, pipelines and outside powers",
               "A disputed field becomes a shared one", PROSE[1], "Gas, pipelines and outside powers", PROSE[2])
    out, _ = clean(text)
    assert out == doc(PROSE[0], "A disputed field becomes a shared one", PROSE[1], "Gas, pipelines and outside powers", PROSE[2])


def test_link_titles_at_the_end_are_removed_even_when_cut_short():
    text = doc(*PROSE, "", "Caspian Energy Talks Resume in Baku - The Regional Times", "",
               "Ashgabat Hosts Gas Summit as Europe Looks East - The Regional", sep="\n")
    out, flags = clean(text)
    assert out == doc(*PROSE)
    assert "boilerplate-removed" in flags


def test_one_dashed_line_at_the_end_is_kept():
    text = doc(*PROSE, "Prices by region - North Sea")
    assert clean(text)[0] == text


# --- repeats, truncation, size ------------------------------------------------------------


def test_repeated_paragraphs_collapse_to_the_first():
    text = doc(PROSE[0], PROSE[1], PROSE[0], PROSE[2], PROSE[1], sep="\n\n")
    out, flags = clean(text)
    assert out == doc(*PROSE, sep="\n\n")
    assert "repeated-paragraphs" in flags


def test_short_repeated_labels_are_not_paragraphs():
    text = doc("Ingredients", PROSE[0], "Ingredients", PROSE[1], PROSE[2])
    out, flags = clean(text)
    assert out == text and "repeated-paragraphs" not in flags


@pytest.mark.parametrize("text,cut", [
    ("Despite the new defence pact, the Kremlin is unlikely to offer full military aid to Iran in the", True),
    ("Analysts say the swap deal was signed in November and more gas will flow through Iran…", True),
    ("Gaming used to be so simple. All...", True),
    ("The treaty entered into force on Thursday, the ministry said.", False),
    ('"We will not allow it," the minister told reporters.', False),
    ("Reporting by Jo Wren; editing by Sam Hill", False),
    ("What happens next?", False),
])
def test_truncation(text, cut):
    assert is_truncated(doc(PROSE[0], text)) is cut
    assert ("truncated" in clean(doc(PROSE[0], text))[1]) is cut


def test_short_and_heavy_flags():
    assert "short" in clean(PROSE[0])[1]
    long_text = doc(*PROSE, *SPUN[:5], sep="\n\n")
    assert "short" not in clean(doc(*PROSE, "Trade grew after the deal. " * 10))[1]
    junk = ["Share this article", "Facebook Twitter Email", "Related articles", "- One pipeline story here",
            "- Another pipeline story here", "- A third pipeline story here", "Sign up for our newsletter",
            "Follow us on Twitter for more Caucasus news and analysis."]
    out, flags = clean(doc(PROSE[0], *junk, *junk[:2]))
    assert out == PROSE[0]
    assert "boilerplate-heavy" in flags
    assert "boilerplate-heavy" not in clean(doc(long_text, "Share"))[1]


# --- machine-spun text ----------------------------------------------------------------------

# A spinner's output: the same facts (names, numbers) with common words swapped for synonyms.
SPUN = [
    "Azerbaijan and Turkmenistan signed a deal on the Dostlug field in January 2021.",
    "The two governments had argued over the field for three decades before the talks.",
    "Azerbaijan and Turkmenistan inked an accord on the Dostlug field in January 2021.",
    "Turkmenistan holds some of the largest gas reserves anywhere in the world today.",
    "The two governments had quarrelled about the field for three decades ahead of the talks.",
    "The field lies in the middle of the Caspian Sea between the two coasts.",
    "Turkmenistan possesses some of the biggest gas reserves anywhere in the world today.",
    "A pipeline across the sea floor has long been opposed by Moscow and Tehran.",
    "The field sits in the centre of the Caspian Sea between the two coastlines.",
    "Analysts expect trade between the two neighbours to grow over the next years.",
    "Officials in Baku described the agreement as the end of a long dispute.",
    "Moscow and Tehran have long objected to a pipeline across the sea floor.",
]


def test_restated_sentences_flag_machine_spun():
    text = doc(" ".join(SPUN[:6]), " ".join(SPUN[6:]), sep="\n\n")
    assert "near-duplicate-sentences" in spun_signals(text)
    assert "machine-spun" in clean(text)[1]


def test_parallel_listings_are_not_spun():
    numbers = [f"The {n}th series of preferred stock is redeemable at any time at {100 + n} dlrs a share, the company said."
               for n in range(3, 15)]
    assert not spun_signals(doc(*numbers))
    names = ["Ana Petrosyan", "Giorgi Beridze", "Levon Sargsyan", "Nino Kapanadze", "Aram Hakobyan", "Tamar Lomidze",
             "Davit Melikyan", "Eka Tsereteli", "Hayk Avetisyan", "Salome Gelashvili", "Karen Mkrtchyan", "Irakli Abashidze"]
    pardons = [f"The president granted {name} a full and unconditional pardon on Friday evening." for name in names]
    assert not spun_signals(" ".join(pardons))
    assert not spun_signals(doc(*PROSE, *PROSE[::-1]))  # repeats are repeats, not spinning


def test_spintax_and_tortured_phrases_flag_machine_spun():
    spintax = "The {minister|official|envoy} said the {deal|accord|pact} was signed. Talks {began|started} in {May|June|July} in Baku."
    assert "spintax" in spun_signals(spintax)
    tortured = ("The unfamiliar pastor of Iran met the head administrator of Armenia, and the Joined States said it "
                "would watch the atomic arrangement closely.")
    assert "tortured-phrases" in spun_signals(tortured)
    assert "machine-spun" in clean(doc(*PROSE, tortured))[1]
    assert not spun_signals(doc(*PROSE, "The United States said it would watch the nuclear deal closely."))


# --- reasons, the seed article, HTML pages ---------------------------------------------------


def test_clean_report_names_what_it_dropped():
    text = doc(PROSE[0], "Share this article", PROSE[1], "Related articles", "- A pipeline story", PROSE[2], PROSE[0])
    report = clean_report(text)
    reasons = dict((line, why) for line, why in report.removed)
    assert reasons == {"Share this article": "share/follow widget", "Related articles": "related links",
                       "- A pipeline story": "related links", PROSE[0]: "repeated paragraph"}
    assert report.text == doc(*PROSE)


EVENT_WORDS = re.compile(r"\b(signed|ratified|supplied|drones?|warned|accused|sanctions|invasion|aid)\b", re.I)


def test_seed_article_loses_its_author_box_and_keeps_every_event_sentence(shared):
    original = (shared / "seed" / "iran-russia-alliance.txt").read_text(encoding="utf-8").replace("\r\n", "\n").strip()
    out, flags = clean(original)
    for gone in ("Detail Author", "Username", "rozella.collins", "followers", "Table of Contents", "The New York Times", "- The New"):
        assert gone not in out, gone
    assert {"boilerplate-removed", "repeated-paragraphs", "truncated"} <= set(flags)
    # Every sentence of the original that reports an event is still there, word for word.
    sentences = [s for para in original.split("\n") if len(para.split()) > 20
                 for s in re.split(r"(?<=[.!?])\s+", para.strip()) if EVENT_WORDS.search(s)]
    assert len(sentences) >= 20
    missing = [s for s in sentences if s not in out]
    assert not missing
    assert out.startswith("Unpacking The Iran-Russia Alliance")
    assert 0.85 < len(out.split()) / len(original.split()) < 0.95


def test_a_content_farm_page_through_the_html_reader():
    (page,) = [d for d in read_paths([PAGES / "content-farm.html"]) if isinstance(d, Document)]
    text = page.text
    for sentence in (
        "In January 2021 Azerbaijan and Turkmenistan signed a memorandum of understanding",
        "The agreement was ratified by the parliament of Azerbaijan the following month",
        "Turkmenistan supplied gas to Azerbaijan through Iran",
        "Moscow warned in 2022 that any such project",
    ):
        assert sentence in text, sentence
    for heading in ("A Disputed Field Becomes a Shared One", "Gas, Pipelines and Outside Powers", "Limits of the Friendship"):
        assert heading in text.split("\n"), heading
    for junk in ("Table of Contents", "newsletter", "Enter your email", "Related articles", "Five Pipelines",
                 "The Regional", "Detail Author", "Morgan Feest", "followers", "Subscribe"):
        assert junk not in text, junk
    assert text.count("Turkmenistan supplied gas to Azerbaijan") == 1
    assert {"boilerplate-removed", "repeated-paragraphs", "truncated"} <= set(page.quality)
    assert page.title == "Caspian Partners: How Baku and Ashgabat Drew Closer"


def test_a_wire_story_page_keeps_its_credit_line():
    (page,) = [d for d in read_paths([PAGES / "wire-story.html"]) if isinstance(d, Document)]
    lines = page.text.split("\n")
    assert lines[-1] == "Reporting by a Harbour Ledger correspondent; editing by the world desk."
    assert any(line.startswith("TBILISI, Sept 5 — Armenia and Georgia agreed") for line in lines)
    for junk in ("Read more:", "ADVERTISEMENT", "Follow us", "All rights reserved"):
        assert junk not in page.text, junk
    assert "truncated" not in page.quality


# --- the text command -----------------------------------------------------------------------


def test_text_command_shows_flags_date_and_what_was_removed(tmp_path):
    from diplograph.cli import app

    article = write(tmp_path / "a.txt", "---\ntitle: Transit deal\npublished: 2023-09-05\n---\n"
                    + doc(PROSE[0], "Share this article", PROSE[1], PROSE[2], PROSE[1], sep="\n\n") + "\n")
    runner = CliRunner()
    r = runner.invoke(app, ["text", str(article), "--removed"], catch_exceptions=False)
    assert r.exit_code == 0
    assert "title:     Transit deal" in r.stdout
    assert "published: 2023-09-05 (from the document's metadata)" in r.stdout
    assert "boilerplate-removed" in r.stdout and "repeated-paragraphs" in r.stdout
    assert "[share/follow widget] Share this article" in r.stdout
    assert r.stdout.count(PROSE[1]) == 2  # once in the text, once as the dropped repeat

    r = runner.invoke(app, ["text", str(article), "--format", "json", "--published", "2020-01-01"], catch_exceptions=False)
    record = json.loads(r.stdout)
    assert record["published"] == "2023-09-05" and record["published_source"] == "metadata"
    assert record["text"] == doc(*PROSE, sep="\n\n")
    assert "removed" not in record

    undated = write(tmp_path / "b.txt", PROSE[0] + "\n")
    r = runner.invoke(app, ["text", str(undated), "--published", "2024-02-02"], catch_exceptions=False)
    assert "published: 2024-02-02 (given with --published)" in r.stdout

    r = runner.invoke(app, ["text", str(tmp_path / "missing.txt")], catch_exceptions=False)
    assert r.exit_code == 1
