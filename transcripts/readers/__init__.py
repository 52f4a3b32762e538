"""Readers: one small module per format; :func:`read_path` picks one by extension.

Each returns a :class:`RawDoc` held in memory only, or raises :class:`UnreadableFile` with the reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from coding.errors import N_
from transcripts.readers.base import MAX_FILE_BYTES, Block, RawDoc, UnreadableFile, check_blocks, read_bytes

__all__ = ["EXTENSIONS", "MAX_FILE_BYTES", "Block", "RawDoc", "UnreadableFile", "read_data", "read_path"]


def _readers() -> dict[str, Callable[[bytes], RawDoc]]:
    from transcripts.readers.docx import read_docx
    from transcripts.readers.odt import read_odt
    from transcripts.readers.rtf import read_rtf
    from transcripts.readers.subtitles import read_srt, read_vtt
    from transcripts.readers.text import read_txt

    return {".docx": read_docx, ".txt": read_txt, ".text": read_txt, ".md": read_txt, ".odt": read_odt,
            ".rtf": read_rtf, ".vtt": read_vtt, ".srt": read_srt}


EXTENSIONS = (".docx", ".txt", ".odt", ".rtf", ".vtt", ".srt")


def read_data(data: bytes, suffix: str) -> RawDoc:
    readers = _readers()
    reader = readers.get(suffix.lower())
    if reader is None:
        known = ", ".join(EXTENSIONS)
        if suffix.lower() == ".doc":
            raise UnreadableFile(N_("is an old Word .doc file: save it as .docx in Word and try again"))
        raise UnreadableFile(N_("has an unsupported type '{value}' (Kondens reads {known})"),
                             value=suffix or '(none)', known=known)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableFile(N_("is empty"))
    doc = reader(data)
    doc.blocks = check_blocks(doc.blocks)
    return doc


def read_path(path: Path) -> tuple[RawDoc, str]:
    """Read ``path``; returns the document and the sha256 of its bytes (for duplicate detection)."""
    suffix = path.suffix.lower()
    if suffix not in _readers() and path.exists() and not path.is_dir():
        read_data(b"x", suffix)  # raises the unsupported-type message before reading a large file
    data = read_bytes(path)
    return read_data(data, suffix), hashlib.sha256(data).hexdigest()
