"""What every reader returns: the document as an ordered list of text blocks, nothing more.

Readers never decide who speaks; they only report what the format itself says (a table's speaker
column, a WebVTT voice tag, a Teams speaker line) and which paragraphs are headings. Everything is
kept in memory: the original text must never be written anywhere.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from coding.errors import N_, MarkedError, Message, os_reason

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # declared uncompressed / compressed size of one zip member
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Time and memory of an import grow with the text; these bounds keep anything under MAX_FILE_BYTES
# within about a minute and well under 1 GB (the longest real interview is a few hundred thousand
# characters). A longer text or line is refused early, with the reason, before turns or names.
MAX_TEXT_CHARS = 3_000_000
MAX_LINE_CHARS = 1_000_000
MAX_LABEL_CHARS = 100  # a speaker label longer than this is text, not a name
_BREAK = re.compile("[\n\r]")
_BREAK_B = re.compile(b"[\n\r]")


class UnreadableFile(MarkedError):
    """The file cannot be read as a transcript; the message is the reason, without the file name."""


@dataclass(frozen=True)
class Block:
    """One paragraph, table row or cue. ``speaker`` is set only when the format marks it explicitly."""

    text: str = field(repr=False)
    speaker: str | None = field(default=None, repr=False)
    timestamp: str | None = None
    heading: bool = False


@dataclass
class RawDoc:
    """A read document, in memory only. ``cues``: blocks are subtitle cues (merged with a space)."""

    source_format: str
    blocks: list[Block] = field(default_factory=list, repr=False)
    cues: bool = False


def check_zip(data: bytes, what: str, required: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip document, refusing encrypted files, non-documents and zip bombs."""
    import io

    if data.startswith(OLE_MAGIC):
        raise UnreadableFile(N_("is password-protected (encrypted) or an old binary format, not a {what}"),
                             what=Message(what))
    if not data.startswith(b"PK"):
        raise UnreadableFile(N_("is not a valid {what} (corrupt file)"), what=Message(what))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as e:
        raise UnreadableFile(N_("is not a valid {what} (corrupt zip: {error})"), what=Message(what), error=e) from None
    total = 0
    for info in infos:
        total += info.file_size
        # Small members may compress extremely well; only large ones can hurt.
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise UnreadableFile(N_("looks like a zip bomb ({filename} expands {file_size} bytes)"),
                                 filename=info.filename, file_size=info.file_size)
    if total > MAX_UNZIPPED_BYTES:
        raise UnreadableFile(N_("expands to {n} MB, over the {n2} MB limit"),
                             n=total // (1024 * 1024), n2=MAX_UNZIPPED_BYTES // 2**20)
    names = {i.filename for i in infos}
    if required not in names:
        raise UnreadableFile(N_("is a zip archive but not a {what} (no {required})"),
                             what=Message(what), required=required)
    return zf


def read_bytes(path: Path) -> bytes:
    """The file's bytes after the checks every format shares (exists, regular file, size)."""
    if not path.exists():
        raise UnreadableFile(N_("does not exist"))
    if path.is_dir():
        raise UnreadableFile(N_("is a directory, not a file"))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(N_("is {n:.0f} MB, over the {n2} MB limit"), n=size / 2**20, n2=MAX_FILE_BYTES // 2**20)
    if size == 0:
        raise UnreadableFile(N_("is empty"))
    try:
        return path.read_bytes()
    except OSError as e:
        raise UnreadableFile(N_("cannot be read ({reason})"), reason=os_reason(e)) from None


def clean(text: str) -> str:
    """Collapse whitespace (line breaks inside a paragraph too), drop soft hyphens/zero-width characters, strip."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ")
    return " ".join(text.split())


def longest_line(text: str | bytes) -> int:
    """Length of the longest line (linear time, no copies)."""
    breaks = _BREAK_B.finditer(text) if isinstance(text, bytes) else _BREAK.finditer(text)
    longest, prev = 0, -1
    for m in breaks:
        longest = max(longest, m.start() - prev - 1)
        prev = m.start()
    return max(longest, len(text) - prev - 1)


def check_bounds(text: str | bytes) -> None:
    """Refuse a text that is pathologically long: decoded text (total and per line), or the raw bytes
    of a format whose parser must not see such lines (per line only: RTF may embed large pictures)."""
    if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
        raise UnreadableFile(N_("holds more text than any interview ({n:,} characters; at most {limit:,}): split it "
                                "into several files"),
                             n=len(text), limit=MAX_TEXT_CHARS)
    if longest_line(text) > MAX_LINE_CHARS:
        raise UnreadableFile(N_("has a line of more than {limit:,} characters without a line break; save it with "
                                "paragraphs (or as .docx) and try again"),
                             limit=MAX_LINE_CHARS)


def check_blocks(blocks: list[Block]) -> list[Block]:
    """The bounds over what a reader returned (formats whose text is not one plain string)."""
    total = 0
    out: list[Block] = []
    for b in blocks:
        total += len(b.text)
        if total > MAX_TEXT_CHARS:
            raise UnreadableFile(N_("holds more text than any interview (over {limit:,} characters): split it into "
                                    "several files"),
                                 limit=MAX_TEXT_CHARS)
        if len(b.text) > MAX_LINE_CHARS:
            raise UnreadableFile(N_("has a paragraph of more than {limit:,} characters; split it and try again"),
                                 limit=MAX_LINE_CHARS)
        if b.speaker is not None and len(b.speaker) > MAX_LABEL_CHARS:
            b = Block(b.text, None, b.timestamp, b.heading)
        out.append(b)
    return out
