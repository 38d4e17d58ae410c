"""Which language a document is in, cheaply: the writing system, then the share of each
language's commonest words. No model; good enough to tell English news from the rest.

``detect(text)`` gives an ISO 639-1 code, ``und-<Script>`` for a non-Latin script it cannot narrow
down, or None when it cannot tell (too short, or too few function words of any language listed:
tables, lists, a language not listed)."""
from __future__ import annotations

import re
import unicodedata

# The commonest function words of each language (written here, from general knowledge of the
# languages); words shared by several lists count for each.
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in a is that for on was with he it as at by from his have are be has said were an its "
              "but not which they their had been will who this would or after also more than over about into "
              "we she her i you there what when two one new up out could so if no them can all",
        "fr": "le la les de des du un une et est que qui dans pour pas sur au aux avec il elle ce sont par plus "
              "ont été se ne en mais ses son sa leur nous vous ils elles cette comme être fait d l qu",
        "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird "
              "nach bei aus noch wie einer werden hat sind vor zur zum über sie er wir ich",
        "es": "el la los las de del que y en un una es por con para no se al lo como más pero sus su ha "
              "fue este esta son entre sin sobre también ya muy hay desde todo",
        "it": "il lo la i gli le di del della che e è un una per non con si da al sono ha anche nel alla "
              "dei delle come più ma questo questa stato essere",
        "pt": "o a os as de do da dos das que e é um uma em no na para com não se por mais foi ao pelo pela "
              "seu sua como mas também está são ser",
        "nl": "de het een en van is dat in op te niet met voor zijn er aan ook als bij door naar om maar "
              "over werd heeft worden nog deze wordt hij ze",
        "sv": "och att det som en på är av för med till den har de inte om ett var jag men så från vid kan "
              "hade sig eller också efter",
        "tr": "ve bir bu da de için ile olarak olan çok daha gibi en ama sonra kadar ancak her ya değil",
        "id": "dan yang di ke dari ini itu dengan untuk tidak dalam akan pada juga oleh ada sebagai karena",
        "pl": "i w na z się nie do to że jest o jak po co ale od za przez jego być tak już",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.U)
MIN_WORDS = 20
SAMPLE_CHARS = 4000
# Scripts named by the first word of a letter's Unicode name, and what a text in them is.
_SCRIPTS = {
    "CYRILLIC": "und-Cyrl", "ARABIC": "und-Arab", "HEBREW": "he", "GREEK": "el", "CJK": "zh",
    "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "DEVANAGARI": "hi", "THAI": "th",
    "GEORGIAN": "ka", "ARMENIAN": "hy", "BENGALI": "bn", "TAMIL": "ta", "PERSIAN": "fa",
}


def normalise(code: object) -> str | None:
    """``en-US``, ``en_GB``, ``EN`` -> ``en``; anything unlike a language tag -> None."""
    if not isinstance(code, str):
        return None
    m = re.match(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", code)
    return m.group(1).lower() if m else None


def _script(sample: str) -> str | None:
    """The non-Latin script most letters are in, or None when most are Latin."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        letters += 1
        if ch < "\u0250":  # Basic Latin to Latin Extended-B
            continue
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0]
        counts[first] = counts.get(first, 0) + 1
    if not letters:
        return None
    if "HIRAGANA" in counts or "KATAKANA" in counts:  # Japanese mixes kana with kanji
        counts["HIRAGANA"] = counts.pop("HIRAGANA", 0) + counts.pop("KATAKANA", 0) + counts.pop("CJK", 0)
    script, n = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if script is None or n < letters / 2:
        return None
    return _SCRIPTS.get(script, "und")


def detect(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    script = _script(sample)
    if script:
        return script
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(w in stop for w in words) / len(words) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    if scores[best] < 0.12:
        # Few function words of any language: tables, lists, telegraphic copy ("Shr 34 cts vs
        # 1.19 dlrs"), or a language not listed. Not evidence against English.
        return None
    if best != "en" and scores["en"] >= 0.25:  # English with many shared short words
        return "en"
    return best


def language_of(text: str, declared: object = None) -> str:
    """The document's language: what the text shows when it is long enough to tell, else what the
    metadata declares, else English (short snippets cannot be told apart)."""
    found = detect(text)
    meta = normalise(declared)
    if found is None:
        return meta or "en"
    return found
