"""What every reader returns: the document as an ordered list of text blocks, nothing more.

Readers never decide who speaks; they only report what the format itself says (a table's speaker
column, a WebVTT voice tag, a Teams speaker line) and which paragraphs are headings. Everything is
kept in memory: the original text must never be written anywhere.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # declared uncompressed / compressed size of one zip member
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnreadableFile(Exception):
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
        raise UnreadableFile(f"is password-protected (encrypted) or an old binary format, not a {what}")
    if not data.startswith(b"PK"):
        raise UnreadableFile(f"is not a valid {what} (corrupt file)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as e:
        raise UnreadableFile(f"is not a valid {what} (corrupt zip: {e})") from None
    total = 0
    for info in infos:
        total += info.file_size
        # Small members may compress extremely well; only large ones can hurt.
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise UnreadableFile(f"looks like a zip bomb ({info.filename} expands {info.file_size} bytes)")
    if total > MAX_UNZIPPED_BYTES:
        raise UnreadableFile(f"expands to {total // (1024 * 1024)} MB, over the {MAX_UNZIPPED_BYTES // 2**20} MB limit")
    names = {i.filename for i in infos}
    if required not in names:
        raise UnreadableFile(f"is a zip archive but not a {what} (no {required})")
    return zf


def read_bytes(path: Path) -> bytes:
    """The file's bytes after the checks every format shares (exists, regular file, size)."""
    if not path.exists():
        raise UnreadableFile("does not exist")
    if path.is_dir():
        raise UnreadableFile("is a directory, not a file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(f"is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit")
    if size == 0:
        raise UnreadableFile("is empty")
    try:
        return path.read_bytes()
    except OSError as e:
        raise UnreadableFile(f"cannot be read ({e.strerror})") from None


def clean(text: str) -> str:
    """Collapse whitespace (line breaks inside a paragraph too), drop soft hyphens/zero-width characters, strip."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ")
    return " ".join(text.split())
