"""Bytes to text: the byte-order mark, then UTF-8, then the declared charset (HTTP header, HTML
meta, XML declaration), then charset detection (charset_normalizer) on inputs long enough for
it to be reliable. What cannot be decoded to plausible text becomes a clear reason, not mojibake."""
from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

# Detection on a few bytes is a coin toss ("Fran\xe7ois" is Latin-1, or cp1250, or ...): below
# this many bytes a file that is not UTF-8 is refused with a message instead of guessed.
MIN_DETECT_BYTES = 64
# Detection looks at this much of the input; the whole input is then decoded with its answer.
DETECT_SAMPLE = 200_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
# C0 controls other than tab, newlines and form feed, and the C1 block: a text that decodes to
# many of them is binary, or in an encoding we got wrong.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# WHATWG: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}


class DecodeProblem(Exception):
    """The bytes are not text we can read; the message says why and what to do."""


def bom_encoding(raw: bytes) -> str | None:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            # Real UTF-16 text has NUL bytes (every space, newline and digit has one); bytes that
            # only happen to start with FF FE do not.
            if name == "utf-16" and b"\x00" not in raw[2:4096]:
                return None
            return name
    return None


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page or XML document declares in its first bytes."""
    head = raw[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace").strip().lower() if m else None


def looks_binary(raw: bytes) -> bool:
    return bom_encoding(raw) is None and b"\x00" in raw[:8192]


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _plausible(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return True
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 200)


def decode(raw: bytes, *, declared: str | None = None) -> tuple[str, str | None]:
    """The text and, when it was not UTF-8 or a declared/BOM encoding, the encoding detected
    (for a quality flag). Raises DecodeProblem."""
    bom = bom_encoding(raw)
    if bom:
        try:
            return raw.decode(bom), None
        except UnicodeDecodeError as exc:
            raise DecodeProblem(f"starts with a {bom.upper()} byte-order mark but is not valid {bom.upper()} "
                                f"(at byte {exc.start}); re-save the file as UTF-8") from None
    if looks_binary(raw):
        raise DecodeProblem("looks like a binary file (NUL bytes), not text, HTML, JSON or a feed")
    tried = []
    # Bytes that are valid UTF-8 are UTF-8 whatever the page declares (other encodings almost
    # never validate as UTF-8 by chance; wrong declarations are common).
    for label in ("utf-8", declared):
        codec = _codec(label) if label else None
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            if codec == "cp1252":  # the five bytes cp1252 leaves undefined: read as Latin-1
                text = raw.decode("latin-1")
            else:
                continue
        if _plausible(text):
            return text, None
    try:
        raw.decode("utf-8")
        bad = None
    except UnicodeDecodeError as exc:
        bad = exc
    where = f" (byte 0x{raw[bad.start]:02x} at offset {bad.start})" if bad else ""
    if len(raw) < MIN_DETECT_BYTES:
        raise DecodeProblem(f"not valid UTF-8{where}, and too short to detect its encoding; re-save the file as UTF-8")
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:DETECT_SAMPLE]).best()
    if best is None or best.encoding is None:
        raise DecodeProblem(f"not valid UTF-8{where}, and no text encoding fits it; re-save the file as UTF-8")
    try:
        text = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeProblem(f"not valid UTF-8{where}, and it does not decode as {best.encoding} either "
                            f"(detected from its first bytes); re-save the file as UTF-8") from None
    if not _plausible(text):
        raise DecodeProblem(f"not valid UTF-8{where}; decoded as {best.encoding} it is mostly control "
                            f"characters, so it is probably not text")
    log.info("decoded as %s (detected)", best.encoding)
    return text, best.encoding
