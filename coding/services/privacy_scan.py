"""Scan every byte under a folder for identifiers (``kondens check`` and the never-stored tests).

Each file is read as bytes and decoded as UTF-8 and as UTF-16 (both byte orders and both
alignments), errors ignored, because SQLite, search indexes and exports may use either. ZIP
containers (docx, odt, xlsx) are opened and their members scanned too. SQLite databases (the
project, its backups) are also opened read-only and every text value of every table is scanned
decoded (``FILE!rows``): SQLite splits long values over overflow pages, so a name can straddle a
page boundary and be invisible in the raw bytes. The raw bytes are still scanned for what is left
in free pages. Matching is whole word and
case-sensitive, as PRIVACY.md measures it. Read-only; never writes anything.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_MEMBER = 512 * 1024 * 1024  # do not inflate zip bombs while scanning


@dataclass(frozen=True)
class Hit:
    file: str  # path relative to the scanned folder ("a.docx!word/document.xml" for zip members)
    name: str
    count: int


def word_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def decodings(data: bytes) -> Iterator[list[str]]:
    """Groups of readings of ``data``; within a group take the largest count, then sum the groups.

    For text below U+0100, UTF-16-LE at one alignment reads the same characters as UTF-16-BE at the
    other, so each alignment is one group (LE or BE) to avoid counting one occurrence twice.
    """
    yield [data.decode("utf-8", errors="ignore")]
    if b"\x00" in data:  # UTF-16 text always has NULs for ASCII; skip the cost otherwise
        yield [data.decode("utf-16-le", errors="ignore"), data[1:].decode("utf-16-be", errors="ignore")]
        yield [data[1:].decode("utf-16-le", errors="ignore"), data.decode("utf-16-be", errors="ignore")]


def count_in_bytes(data: bytes, patterns: dict[str, re.Pattern[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    groups = list(decodings(data))
    for name, pat in patterns.items():
        # A plain substring test (C speed) rules out most names before the regex runs.
        n = sum(max((len(pat.findall(t)) if name in t else 0) for t in group) for group in groups)
        if n:
            counts[name] = n
    return counts


SQLITE_MAGIC = b"SQLite format 3\x00"
ROWS = "!rows"


def sqlite_rows(path: Path) -> bytes | None:
    """Every text (and blob) value of every table of the SQLite database ``path``, one per line.

    Opened read-only (a live project is read through its WAL); None if it cannot be read as SQLite.
    """
    import sqlite3

    try:
        con = sqlite3.connect(Path(os.path.abspath(path)).as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    out = io.BytesIO()
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            quoted = '"' + t.replace('"', '""') + '"'
            for row in con.execute(f"SELECT * FROM {quoted}"):
                for v in row:
                    if isinstance(v, str):
                        out.write(v.encode("utf-8", errors="replace") + b"\n")
                    elif isinstance(v, bytes):
                        out.write(v + b"\n")
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return out.getvalue()


def _members(path: Path) -> Iterator[tuple[str, bytes]]:
    data = path.read_bytes()
    yield "", data
    if data[:16] == SQLITE_MAGIC:
        rows = sqlite_rows(path)
        if rows is not None:
            yield ROWS, rows
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    if info.file_size <= MAX_MEMBER and not info.is_dir():
                        yield "!" + info.filename, z.read(info)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
            pass


def scan_folder(folder: str | os.PathLike[str], names: Iterable[str]) -> list[Hit]:
    """Every (file, name, count) with count > 0 under ``folder``, in path order."""
    root = Path(folder)
    patterns = {n: word_pattern(n) for n in dict.fromkeys(x.strip() for x in names) if n}
    hits: list[Hit] = []
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    for p in files:
        rel = str(p.relative_to(root)) if root.is_dir() else p.name
        try:
            members = list(_members(p))
        except OSError:
            continue
        for suffix, data in members:
            for name, n in count_in_bytes(data, patterns).items():
                hits.append(Hit(rel + suffix, name, n))
    return hits


def contains(path: Path, surface: str) -> bool:
    """True if ``surface`` occurs as a whole word in ``path`` — its bytes or, for SQLite, its rows."""
    pats = {surface: word_pattern(surface)}
    try:
        return any(count_in_bytes(data, pats) for _, data in _members(path))
    except OSError:
        return False


def totals(hits: Iterable[Hit]) -> dict[str, int]:
    """Whole-folder count per name (zip containers by their members; a database by the larger of its
    raw bytes and its rows, which mostly hold the same text)."""
    hits = list(hits)
    seen = {(h.file, h.name): h.count for h in hits}
    out: dict[str, int] = {}
    for h in hits:
        if h.file.endswith(ROWS):  # only what the raw bytes missed
            n = max(0, h.count - seen.get((h.file.removesuffix(ROWS), h.name), 0))
        elif "!" in h.file or not _is_zip_name(h.file):
            n = h.count
        else:
            n = 0
        if n:
            out[h.name] = out.get(h.name, 0) + n
    return out


def _is_zip_name(file: str) -> bool:
    return file.lower().endswith((".docx", ".odt", ".xlsx", ".zip", ".ods"))


def read_names_file(path: str | os.PathLike[str]) -> list[str]:
    """A UTF-8 file with one identifier per line (blank lines and surrounding space ignored)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return [ln.strip() for ln in text.splitlines() if ln.strip()]
