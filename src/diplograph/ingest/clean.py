"""Cleaning of article text after extraction: what boilerplate is left, repeated paragraphs,
quality flags. ``clean(text) -> (text, flags)``.

trafilatura (and saved text files) leave page furniture in the article: author boxes with
profile fields, share and follow widgets, "related articles" lists, tables of contents,
newsletter prompts, link titles at the foot of the page. ``clean`` drops those lines, keeps the
first of any repeated paragraph, and says what it saw in flags stored with the document:

- ``boilerplate-removed``: some lines were page furniture and were dropped;
- ``boilerplate-heavy``: at least ``HEAVY_SHARE`` of the words were dropped;
- ``repeated-paragraphs``: a paragraph occurred more than once; later copies were dropped;
- ``truncated``: the text ends in the middle of a sentence (or with a teaser ellipsis);
- ``machine-spun``: signs of automatic rewriting (see ``spun_signals``);
- ``short``: fewer than ``SHORT_WORDS`` words are left.

The unit is the line: trafilatura writes one paragraph, heading or list item per line, and text
files put paragraphs on lines separated by blank lines. Every rule matches a *whole* line (or a
block of whole lines) with a narrow pattern, and long prose lines are never tested against the
boilerplate patterns at all, so an article sentence is not removed for containing a word such
as "share" or "newsletter". Kept lines are kept byte for byte.

Everything here is compiled once at import; ``clean`` is one pass over the lines plus a few
bounded look-aheads, linear in the length of the text.
"""
from __future__ import annotations

import contextlib
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

SHORT_WORDS = 50
HEAVY_SHARE = 0.3
# Lines with more words than this are prose; they are only checked for repeats.
MAX_FURNITURE_WORDS = 40
# A repeated line is collapsed when it has at least this many words (short labels such as
# "Ingredients" or a question in a recurring interview format legitimately repeat).
REPEAT_MIN_WORDS = 6
# A block introduced by a "Related" heading is at most this many lines long.
MAX_LIST_LINES = 25

_I = re.I
_BULLET = r"(?:[-•*·–—▪►>]\s*)?"
_NETWORKS = (
    r"facebook|twitter|x|linkedin|instagram|tiktok|youtube|pinterest|reddit|whatsapp|telegram|"
    r"flipboard|messenger|snapchat|tumblr|github|threads|mastodon|bluesky|vk|weibo|wechat"
)

# A line made only of widget words: "Share", "Tweet Email Print", "Facebook | Twitter | LinkedIn".
_WIDGET_ONLY = re.compile(
    r"^[\W_]*(?:(?:share(?: this| on| via)?(?: article| story| post| page)?|shares|tweet|e-?mail|mail|print|"
    r"pin(?: it)?|save(?: article| for later)?|saved|copy(?: link)?|link copied|copied|comments?|"
    r"permalink|bookmark|gift(?: this)? article|reprints?|order reprints|print article|sms|"
    r"advertisement|advertising|sponsored(?: content)?|ad|loading|close|more|"
    + _NETWORKS + r")\b[\W_]*)+$",
    _I,
)
_ADS = re.compile(
    r"^\W*(?:(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?|continue reading(?: the main story| below)?|"
    r"scroll (?:down )?to continue(?: with content| reading)?|skip (?:ad|advertisement)|"
    r"advertisement\W*(?:continue reading below|scroll to continue)?|"
    r"please enable javascript.*|this (?:video|content) is not available.*|"
    r"we use cookies.*|by using this (?:site|website), you agree.*)\W*$",
    _I,
)
_SHARE = re.compile(
    r"^\W*(?:share (?:this|the) (?:article|story|post|page|video)\b.*|share (?:on|via|to) (?:" + _NETWORKS + r"|e-?mail)\b.*|"
    r"click to (?:share|email|print)\b.*|(?:like|love|enjoy(?:ed)?) this (?:story|article|post)\?.*|"
    r"share (?:it|this) with (?:a|your) friends?\b.*|"
    r"follow (?:\S+ ){0,8}?on (?:" + _NETWORKS + r"|social media)\b.*|"
    r"(?:" + _NETWORKS + r")\s*:?\s*\d[\d,.]*\s*[km]?\s*(?:followers|following|fans|subscribers)\b.*|"
    r"(?:" + _NETWORKS + r")\s*:\s*@\w+.*|"
    r"@\w+\s+on\s+(?:" + _NETWORKS + r")\b.*)$",
    _I,
)
# "Follow us", "Email X at x@y.com or follow him @x", "Write to X at x@y.com", a bare address.
_CONTACT = re.compile(
    r"^\W*(?:(?:e-?mail|write to|reach|contact|follow)\b.{0,80}?(?:\S+@\S+\.\w+|@\w{2,}).*|"
    r".{0,80}\b(?:may|can) be reached at\b.*|"
    r"have a (?:news )?tip\?.*|"
    r"\S+@\S+\.[a-z]{2,}|(?:https?://)?(?:www\.)?(?:" + _NETWORKS + r")\.com/\S+|"
    r"(?:listen|download|subscribe|watch|itunes|spotify|apple podcasts|google podcasts|rss)\s*:\s*https?://\S+)\W*$",
    _I,
)
_NEWSLETTER = re.compile(
    r"(?:\bnewsletters?\b.{0,120}\b(?:sign(?:ing)?[ -]?up|subscrib\w*|inbox|deliver\w*)\b|"
    r"\b(?:sign(?:ing)?[ -]?up|subscrib\w*|register|join)\b.{0,80}\bnewsletters?\b|"
    r"\b(?:delivered|sent|straight|right|directly|direct)\s+(?:to|in|into)\s+your\s+inbox\b|"
    r"\bkeep an eye on your inbox\b|\bthanks? (?:you )?for (?:signing up|subscribing|registering)\b|"
    r"\berror processing your subscription\b|^\W*(?:enter|type|provide) (?:your )?e-?mail(?: address)?\b|"
    r"\bby (?:signing up|subscribing|clicking|registering)\b.{0,120}\b(?:agree|privacy|terms)\b|"
    r"^\W*(?:sign[ -]?up|subscribe|register|join)(?: now| today| here| for free| free)?\W*$|"
    r"^\W*(?:sign[ -]?up|subscribe)\b.{0,80}\b(?:newsletters?|channel|podcasts?|alerts|updates|youtube|briefing|"
    r"digest|mailing list|inbox)\b|"
    r"^\W*\S+(?: \S+){0,4} newsletter\W*$)",
    _I,
)
_NEWSLETTER_KEYS = ("newsletter", "inbox", "sign", "subscri", "regist", "join", "mail")
_COPYRIGHT_KEYS = ("copyright", "©", "ⓒ", "(c)", "rights reserved")
_CLICK_HERE = re.compile(r"\bclick(?:ing)? here\b", _I)
_COMMENTS = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|responses?|replies)\W*$|"
    r"^\W*(?:leave|post|add|write|view|show|load|see|read) (?:a |all |the |\d+ )?(?:comments?|reply|replies|responses?)"
    r"\W*(?:\(\d+\))?\W*$|"
    r"^\W*(?:tell us what you think|join the (?:discussion|conversation|debate)|comments are closed|"
    r"you must be logged in to post a comment|be the first to comment)\b.*$",
    _I,
)
# A copyright notice: led by a copyright sign, "Copyright 2019", "Copyright (c)", or ending in
# "All rights reserved". A sentence about copyright ("Copyright disputes were settled in 2019.")
# is not one: the looser "Copyright ... <year>" form counts only without closing punctuation.
_COPYRIGHT = re.compile(
    r"^\W*(?:copyright\s*(?:©|ⓒ|\(c\)|\d{4}\b)|©|ⓒ|\(c\)\s*\d{4}).*$|\ball rights reserved\W*$", _I,
)
_COPYRIGHT_LOOSE = re.compile(r"^\W*copyright\b.{0,60}\b(?:19|20)\d\d\b", _I)
_META = re.compile(
    r"^" + _BULLET + r"(?:filed under|tags?|tagged(?: with)?|posted in|categories|category|topics)\s*:.*$|"
    r"^" + _BULLET + r"(?:published|updated|last updated|first published|posted)\b(?: on| at)?\s*:?\s*[^.]{0,50}\d[^.]{0,30}$|"
    r"^\W*(?:source|photo|image|credit|picture|photograph|image source|photo credit)\s*:\s*\S.{0,60}$|"
    r"^\W*\d{1,3} ?min(?:ute)?s? read\W*$|^\W*(?:listen to|print) (?:this )?(?:article|story)\W*$",
    _I,
)
# "Related articles" and the like, alone on a line: the link titles after it go with it.
_RELATED_HEAD = re.compile(
    r"^\W*(?:related(?: articles?| stories| posts?| content| coverage| reading| links| news| topics)?|"
    r"read (?:more|also|next)|see (?:also|more)|also read|further reading|"
    r"more (?:from|on|in|about) .{1,40}|more (?:stories|news|articles|coverage|headlines|to read|like this)|"
    r"(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)|"
    r"recommended(?: for you| reading| stories| articles| videos)?|"
    r"(?:most|top) (?:read|popular|viewed|shared|commented|stories)(?: .{1,40})?|popular (?:on|in|now) .{1,40}|"
    r"trending(?: now| stories| news| topics)?|don'?t miss|editor'?s? picks?|what to read next|"
    r"latest (?:news|stories|headlines|videos)|top stories|explore further|in case you missed it|"
    r"around the web|from (?:our|the) partners|sponsored stories|promoted stories|"
    r"leggi anche|lire aussi|lesen sie auch|leia também|veja também|lea también)\W*$",
    _I,
)
# The same on one line with a link title after it: "Read more: Alibaba poised to ...",
# "[Related: ...]", "Also on rt.com ...". Labels that also begin ordinary headings ("Related
# party transactions", "More than ...") count only with a separator after them.
_RELATED_INLINE = re.compile(
    r"^\W*(?:(?:related(?: articles?| stories| posts?| content| coverage)?|see (?:also|more)|more|watch|listen|"
    r"recommended|leggi anche(?: su)?|lire aussi|lesen sie auch|leia também|veja também)\s*[:|–—-]|"
    r"read (?:more|also|next)\b|also read\b|also on \S+\.\w+)\s*\S.*$",
    _I,
)
_TOC_HEAD = re.compile(
    r"^\W*(?:table of contents|contents|in this (?:article|story|post|guide)|on this page|jump to(?: section)?|"
    r"skip to(?: section)?|article contents|quick links|toc)\W*$",
    _I,
)
_PROFILE_HEAD = re.compile(
    r"^\W*(?:detail(?:ed)? author|author(?: details?| info(?:rmation)?| bio(?:graphy)?| profile| box)?|"
    r"about (?:the )?author|written by|about me|socials?|social (?:media|links|profiles|accounts)|"
    r"connect with (?:me|us|the author)|contact (?:info|information|details)|(?:" + _NETWORKS + r"))\W*$",
    _I,
)
_PROFILE_FIELD = re.compile(
    r"^\s*" + _BULLET + r"(?:name|full name|user ?name|handle|e-?mail|birth ?date|birthday|date of birth|born|"
    r"address|phone(?: number)?|telephone|tel|mobile|fax|company|employer|job(?: title)?|occupation|"
    r"position|bio(?:graphy)?|about|website|web ?site|url|homepage|followers|following|friends|posts|"
    r"tweets|likes|joined|member since|location|city|country|gender|age|nationality|education|"
    r"(?:" + _NETWORKS + r")(?: handle| profile| url)?)\s*:\s*\S.*$",
    _I,
)
# Fields that describe a person or an account (an infobox of "Name / Location / Country" is
# not an author box; one with an e-mail, a phone number or follower counts is).
_PERSONAL_FIELD = re.compile(
    r"^\s*" + _BULLET + r"(?:user ?name|handle|e-?mail|birth ?date|birthday|date of birth|born|address|phone(?: number)?|"
    r"telephone|tel|mobile|fax|company|employer|job(?: title)?|occupation|bio(?:graphy)?|website|web ?site|url|"
    r"homepage|followers|following|friends|posts|tweets|likes|joined|member since|(?:" + _NETWORKS + r")(?: handle| profile| url)?)"
    r"\s*:",
    _I,
)
# A link title with a site name after a separator, possibly cut short:
# "Iran Sends Drone Trainers to Crimea to Aid Russian Military - The New".
_LINK_TITLE = re.compile(
    r"^" + _BULLET + r"\S.{8,}?\s[-–—|]\s(?:the\s)?[A-Z0-9][\w.&'’ ]{0,40}$", _I,
)
_LIST_ITEM = re.compile(r"^\s*[-•*·–▪►]\s*\S")
_CLOSERS = "'\"’”)]"
_TRUNCATED_END = re.compile(r"(?:[.!?:;'\"’”)\]]|\.\.\.|…)\s*$")
_CREDIT = re.compile(
    r"^\W*(?:(?:additional |with )?(?:reporting|writing|editing|compiled|produced|translated|research|photos?|video|graphics)"
    r"(?: and \w+)? by\b|.{0,120}\bcontributed (?:reporting|to this (?:report|story|article))\b)", _I,
)
_ELLIPSIS_END = re.compile(r"\w\s*(?:\.\.\.|…)\s*$")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_BLANKS = re.compile(r"\n{3,}")

# Machine spinning (automatic rewriting to dodge duplicate detection) leaves two kinds of
# trace. Spin syntax that was never expanded: "{quick|fast|speedy}". And "tortured phrases":
# fixed terms replaced word by word with synonyms, which no human writer produces. The list
# holds spun forms of terms common in international news.
_SPINTAX = re.compile(r"\{[^{}|\n]{1,40}(?:\|[^{}|\n]{1,40}){1,}\}")
_TORTURED = re.compile(
    r"\b(?:joined (?:states|realm|countries|nations)|assembled (?:states|nations)|unified (?:realm|countries)|"
    r"unfamiliar (?:pastor|priest|clergyman|service|undertakings|issues)|"
    r"head (?:administrator|pastor) (?:of|for)|leader (?:pastor|priest)|"
    r"(?:guard|safeguard|protection) (?:pastor|clergyman|serve)|"
    r"atomic (?:arrangement|bargain)|thermonuclear arrangement|"
    r"counterfeit (?:consciousness|knowledge)|man-made brainpower|profound learning|colossal information|"
    r"irregular woodland|bosom (?:malignant growth|disease)|kidney disappointment|"
    r"flag to commotion|cell phone organization)\b",
    _I,
)
# Words of which every tortured phrase above has one (a cheap test before the pattern runs).
_TORTURED_KEYS = ("joined", "assembled", "unified", "unfamiliar", "administrator", "pastor", "priest", "clergyman",
                  "serve", "arrangement", "bargain", "counterfeit", "brainpower", "profound", "colossal",
                  "woodland", "bosom", "disappointment", "commotion", "organization")
# Only the start of a text is examined for spinning: an article is far shorter, and the cost
# stays bounded on a huge input.
SPUN_MAX_CHARS = 200_000
SPUN_MIN_NEAR_DUPLICATES = 3
SPUN_NEAR_SHARE = 0.08
SPUN_JACCARD = 0.5
SPUN_MIN_WORDS = 6
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_NUMBER = re.compile(r"\w*\d[\w.,/-]*")
_PUNCT = ".,;:!?\"'“”‘’()[]"
# Word postings longer than this are skipped (common phrases), and only the first
# SPUN_MAX_SENTENCES sentences are compared (an article has far fewer): the search costs at
# most a constant per sentence and a constant per document.
_MAX_POSTING = 20
SPUN_MAX_SENTENCES = 400


def _words(line: str) -> int:
    return len(line.split())


def _key(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _ends_sentence(line: str) -> bool:
    """The line ends with . ! or ?, perhaps followed by closing quotes or brackets."""
    return line.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


def _furniture(line: str, n_words: int) -> str | None:
    """Why a single line is page furniture wherever it stands (None when it is not). The
    unanchored patterns run only when a cheap substring test says they can match."""
    if n_words > MAX_FURNITURE_WORDS:
        return None
    low = line.lower()
    if not _ALNUM.search(line):
        return None  # separators ("___", "* * *") carry nothing and mark sections; left alone
    if _ADS.match(line):
        return "advertising"
    if _WIDGET_ONLY.match(line) or _SHARE.match(line):
        return "share/follow widget"
    if _CONTACT.match(line):
        return "contact line"
    if any(k in low for k in _NEWSLETTER_KEYS) and not _LIST_ITEM.match(line) and _NEWSLETTER.search(line):
        return "newsletter prompt"
    if _COMMENTS.match(line):
        return "comments widget"
    if n_words <= 25:
        if "click" in low and _CLICK_HERE.search(line):
            return "click-here prompt"
        if any(k in low for k in _COPYRIGHT_KEYS) and _COPYRIGHT.search(line) or (_COPYRIGHT_LOOSE.match(line) and not _ends_sentence(line)):
            return "copyright line"
        if _META.match(line):
            return "page metadata"
    if n_words <= 30 and _RELATED_INLINE.match(line) and not _ends_sentence(line):
        return "related link"
    return None


def _link_like(line: str, n_words: int) -> bool:
    """A line that can be an entry in a list of links (after a "Related" heading)."""
    if n_words > 25:
        return False
    return bool(_LIST_ITEM.match(line)) or not _ends_sentence(line) or line.rstrip().endswith("?")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What :func:`clean_report` found: the text kept, the flags, and each line dropped with
    the reason (for ``diplograph text --removed``)."""

    text: str
    flags: tuple[str, ...]
    removed: tuple[tuple[str, str], ...]


def clean(text: str) -> tuple[str, tuple[str, ...]]:
    """The text to analyse and the quality flags found (see the module docstring)."""
    result = clean_report(text)
    return result.text, result.flags


def clean_report(text: str) -> Cleaned:
    """:func:`clean`, with the dropped lines and why each was dropped."""
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    counts = [_words(s) for s in stripped]
    why: list[str | None] = [None] * len(lines)

    # 1. Lines that are furniture on their own.
    for i, s in enumerate(stripped):
        if s:
            why[i] = _furniture(s, counts[i])
    # 2. Blocks: author boxes, "related" lists, tables of contents.
    _remove_profiles(stripped, counts, why)
    _remove_headed_lists(stripped, counts, why)
    # 3. Link titles left at the foot of the page ("... - The New York Times").
    _remove_trailing_links(stripped, counts, why)
    removed_boiler = any(w is not None for w in why)

    # 4. Repeated paragraphs: keep the first. The flag also reports repeats that were dropped
    # as furniture anyway (link titles listed twice), since they say how the page was made.
    # A table-of-contents entry dropped above does not make the heading it points to a repeat.
    repeated = False
    seen: set[str] = set()
    seen_kept: set[str] = set()
    for i, s in enumerate(stripped):
        if counts[i] < REPEAT_MIN_WORDS:
            continue
        k = _key(s)
        if k in seen:
            repeated = True
        seen.add(k)
        if why[i] is None:
            if k in seen_kept:
                why[i] = "repeated paragraph"
            else:
                seen_kept.add(k)

    if all(w is None for w in why):
        out = text.strip()
    else:
        out = _BLANKS.sub("\n\n", "\n".join(ln for ln, w in zip(lines, why) if w is None)).strip()
    if not _ALNUM.search(out):
        out = ""  # punctuation only ("<<<>>>" from a broken page): nothing to analyse

    flags: list[str] = []
    if removed_boiler:
        flags.append("boilerplate-removed")
        total = sum(counts)
        dropped = sum(c for c, w in zip(counts, why) if w is not None and w != "repeated paragraph")
        if total and dropped / total >= HEAVY_SHARE:
            flags.append("boilerplate-heavy")
    if repeated:
        flags.append("repeated-paragraphs")
    if out and is_truncated(out):
        flags.append("truncated")
    if out and spun_signals(out):
        flags.append("machine-spun")
    if _words(out) < SHORT_WORDS:
        flags.append("short")
    removed = tuple((lines[i], w) for i, w in enumerate(why) if w is not None and stripped[i])
    return Cleaned(out, tuple(flags), removed)


@contextlib.contextmanager
def disabled() -> Iterator[None]:
    """While active, the readers return text as extracted, without cleaning (for diagnostics:
    ``diplograph text --removed`` and the extraction evaluation's "trafilatura alone"). It
    swaps ``clean`` for the identity where the readers look it up; not for use in threads."""
    from diplograph.ingest import readers

    def identity(text: str) -> tuple[str, tuple[str, ...]]:
        return text, ()

    modules = [m for m in (sys.modules[__name__], readers) if hasattr(m, "clean")]
    saved = [(m, m.clean) for m in modules]
    try:
        for m in modules:
            m.clean = identity
        yield
    finally:
        for m, fn in saved:
            m.clean = fn


def _remove_profiles(stripped: list[str], counts: list[int], why: list[str | None]) -> None:
    """An author box: a run of profile fields ("Name : ...", "Email : ...", "followers : 2910"),
    social network labels and headings such as "Detail Author:". Three fields, two of them about
    a person or an account (e-mail, phone, username, followers...), make a box; one or two
    "Name:" lines in an interview, or a "Name / Location / Country" fact box, do not."""
    n = len(stripped)
    i = 0
    while i < n:
        if not (stripped[i] and (_PROFILE_FIELD.match(stripped[i]) or _PROFILE_HEAD.match(stripped[i]))):
            i += 1
            continue
        j, fields, personal = i, 0, 0
        while j < n:
            s = stripped[j]
            if not s:
                j += 1
                continue
            if counts[j] <= MAX_FURNITURE_WORDS and _PROFILE_FIELD.match(s):
                fields += 1
                personal += bool(_PERSONAL_FIELD.match(s))
            elif not (counts[j] <= 6 and _PROFILE_HEAD.match(s)) and why[j] is None:
                break
            j += 1
        if fields >= 3 and personal >= 2:
            for k in range(i, j):
                if stripped[k]:
                    why[k] = "author box"
        i = max(j, i + 1)


def _remove_headed_lists(stripped: list[str], counts: list[int], why: list[str | None]) -> None:
    """A "Related articles" heading and the link titles under it; a table-of-contents heading
    and the entries under it that recur later as the document's own headings."""
    n = len(stripped)
    last: dict[str, int] | None = None
    for i, s in enumerate(stripped):
        if not s or counts[i] > 8 or why[i] is not None:
            continue
        if _RELATED_HEAD.match(s):
            why[i] = "related links"
            taken = 0
            as_list = False  # once the links are list items, the first line that is not ends them
            for j in range(i + 1, n):
                t = stripped[j]
                if not t:
                    continue
                item = bool(_LIST_ITEM.match(t))
                if taken >= MAX_LIST_LINES or not _link_like(t, counts[j]) or (as_list and not item):
                    break
                as_list = as_list or (taken == 0 and item)
                why[j] = "related links"
                taken += 1
        elif _TOC_HEAD.match(s):
            why[i] = "table of contents"
            if last is None:
                last = {_key(t): k for k, t in enumerate(stripped) if t}
            for j in range(i + 1, min(n, i + 1 + 4 * MAX_LIST_LINES)):
                t = stripped[j]
                if not t:
                    continue
                # An entry is a short line that occurs again further down (as a heading); the
                # key ignores a list bullet.
                if counts[j] <= 15 and last.get(_key(t), j) > j:
                    why[j] = "table of contents"
                else:
                    break


def _remove_trailing_links(stripped: list[str], counts: list[int], why: list[str | None]) -> None:
    """Two or more link titles ("Headline - Site") ending the text. One such line alone is
    left: it may be the last item of a list in the article."""
    run: list[int] = []
    for i in range(len(stripped) - 1, -1, -1):
        s = stripped[i]
        if not s or why[i] is not None:
            continue
        if counts[i] <= 20 and _LINK_TITLE.match(s) and not _ends_sentence(s):
            run.append(i)
            continue
        break
    if len(run) >= 2:
        for i in run:
            why[i] = "link titles at the end"


def is_truncated(text: str) -> bool:
    """The text stops in the middle of a sentence: its last line is prose (eight words or more)
    without closing punctuation, or it ends with a teaser ellipsis. A closing credit line
    ("Reporting by ...; editing by ...") often has no full stop and is not a cut."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if _ELLIPSIS_END.search(last):
        return True
    return _words(last) >= 8 and not _TRUNCATED_END.search(last) and not _CREDIT.match(last)


def spun_signals(text: str) -> list[str]:
    """Why the text looks machine-spun (empty when it does not). Conservative: each signal needs
    more than one occurrence.

    - ``spintax``: two or more unexpanded spin groups ``{a|b|c}``;
    - ``tortured-phrases``: two or more distinct synonym-swapped fixed terms;
    - ``near-duplicate-sentences``: at least three sentences (and ``SPUN_NEAR_SHARE`` of them)
      restate an earlier sentence with synonyms around the same facts (see
      :func:`near_duplicate_sentences`) — what rewriting tools produce when they pad one
      source into a longer article.
    """
    signals: list[str] = []
    text = text[:SPUN_MAX_CHARS]
    if "{" in text and "|" in text and len(_SPINTAX.findall(text)) >= 2:
        signals.append("spintax")
    low = text.lower()
    if any(k in low for k in _TORTURED_KEYS) and len({m.group(0).lower() for m in _TORTURED.finditer(text)}) >= 2:
        signals.append("tortured-phrases")
    if near_duplicate_sentences(text) >= 1:
        signals.append("near-duplicate-sentences")
    return signals


def near_duplicate_sentences(text: str) -> int:
    """1 when enough sentences restate earlier ones (see ``spun_signals``), else 0.

    A spinner swaps common words for synonyms and keeps the facts, so two sentences are near
    duplicates when their content words (four letters or more) overlap by ``SPUN_JACCARD`` or
    more, they are not the same sentence, and they carry the same numbers and the same names
    (capitalised words). Parallel listings ("Trump pardoned A. ... Trump pardoned B.", "redeemable
    at 106 ... redeemable at 104") differ in a name or a number and do not count. Sentences come
    from prose lines only: lists and tables repeat their own patterns."""
    sentences: list[str] = []
    for line in text[:SPUN_MAX_CHARS].split("\n"):
        if _words(line) >= 8 and _ends_sentence(line) and not _LIST_ITEM.match(line):
            sentences.extend(s for s in _SENTENCE_SPLIT.split(line.strip()) if _words(s) >= 8)
            if len(sentences) >= SPUN_MAX_SENTENCES:
                break
    if len(sentences) < 10:
        return 0
    del sentences[SPUN_MAX_SENTENCES:]
    postings: dict[str, list[int]] = defaultdict(list)
    words: list[set[str]] = []
    facts: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []
    near = 0
    for idx, sent in enumerate(sentences):
        w = set(_CONTENT_WORD.findall(sent.lower()))
        toks = sent.split()
        caps = [t.strip(_PUNCT) for t in toks if t[:1].isupper()]
        names_all = frozenset(caps)
        names_inner = frozenset(t.strip(_PUNCT) for t in toks[1:] if t[:1].isupper())
        nums = frozenset(_NUMBER.findall(sent))
        overlap: dict[int, int] = defaultdict(int)
        for word in w:
            plist = postings[word]
            if len(plist) <= _MAX_POSTING:
                for other in plist:
                    overlap[other] += 1
        if len(w) >= SPUN_MIN_WORDS:
            for other, common in overlap.items():
                ow = words[other]
                o_all, o_inner, o_nums = facts[other]
                if (len(ow) >= SPUN_MIN_WORDS and common / (len(w) + len(ow) - common) >= SPUN_JACCARD
                        and w != ow and nums == o_nums and names_inner <= o_all and o_inner <= names_all):
                    near += 1
                    break
        for word in w:
            postings[word].append(idx)
        words.append(w)
        facts.append((names_all, names_inner, nums))
    return int(near >= SPUN_MIN_NEAR_DUPLICATES and near / len(sentences) >= SPUN_NEAR_SHARE)
