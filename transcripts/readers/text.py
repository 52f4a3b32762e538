"""Plain text: UTF-8/UTF-16/UTF-32 with or without BOM, Windows-1252 and Latin-1 (charset-normalizer)."""

from __future__ import annotations

import codecs
import re

from coding.errors import N_
from transcripts.readers.base import Block, RawDoc, UnreadableFile, check_bounds, clean

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A line that opens a new labelled turn inside a paragraph (one turn a line, no blank lines).
_LINE_LABEL = re.compile(r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]\s*)?[^\s:][^:\n]{0,40}:\s")


def utf16_order(data: bytes) -> str | None:
    """The byte order of BOM-less UTF-16 from where the zero bytes fall, or None if it does not look so.

    Latin-script text in UTF-16 has a zero high byte in most characters: at odd offsets in little
    endian, at even offsets in big endian. Text in other scripts falls through to the older check.
    """
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise UnreadableFile(N_("has a {enc} byte-order mark but is not valid {enc}"), enc=enc) from None
    order = utf16_order(data)
    if order is not None:
        # Lone surrogates (a cut-off emoji) become U+FFFD; the byte order stays the one the zeros show.
        return data[: len(data) // 2 * 2].decode(order, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM is common from some tools; anything else with NULs is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text[:4096]):
                return text
        raise UnreadableFile(N_("holds binary data, not text"))
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_8", "iso8859_15", "mac_roman"]).best()
    if best is None:
        raise UnreadableFile(N_("holds binary data, not text"))
    return str(best)


def check_text(text: str) -> None:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise UnreadableFile(N_("holds binary data, not text"))


def blocks_from_text(text: str) -> list[Block]:
    """Paragraphs split on blank lines; inside a paragraph every line that starts with a label opens a block."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t]*\n", text):
        current: list[str] = []
        for line in para.split("\n"):
            if not line.strip():
                continue
            if current and _LINE_LABEL.match(line):
                blocks.append(Block(clean(" ".join(current))))
                current = []
            current.append(line)
        if current:
            blocks.append(Block(clean(" ".join(current))))
    return [b for b in blocks if b.text]


def read_txt(data: bytes) -> RawDoc:
    text = decode(data)
    check_bounds(text)
    check_text(text)
    return RawDoc("txt", blocks_from_text(text))
