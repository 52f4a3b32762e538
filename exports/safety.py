"""Safety at export: known-identifier check, document properties and atomic writes.

PRIVACY.md rule 7: exports are built from stored, de-identified text; their document properties carry
no personal names; before writing, the export text is checked against the project's list of known
identifiers (when a linking key is given) and refused, listing the hits.
No Qt here; safe to call from worker threads.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from coding.errors import N_, KondensError, Message
from transcripts.deid.linking_key import LinkingKey


class ExportRefused(KondensError):
    """The export would contain a known identifier; nothing was written."""


def known_identifiers(key: LinkingKey | None) -> list[str]:
    """Names from the unlocked linking key (``always`` list plus the originals behind ``mapping``);
    [] without a key. The list lives in memory only; it is never written anywhere.
    """
    if key is None:
        return []
    names = {" ".join(a.split()) for a in key.always}
    for k in key.mapping:
        names.add(k.split(":", 1)[-1])
    return sorted(n for n in names if n.strip())


def _variants(name: str) -> set[str]:
    # Mapping keys are case-folded; names are written capitalised in speech. Matching case-insensitively
    # would refuse every export containing "per" (a preposition) when "Per" is a known name.
    if name != name.casefold():
        return {name}
    titled = " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in name.split())
    return {titled, name.upper()}


def find_identifiers(texts: Iterable[str], identifiers: Iterable[str]) -> list[str]:
    """The identifiers that occur as whole words (with optional genitive -s) in any of ``texts``."""
    ids = [i for i in identifiers if i.strip()]
    if not ids:
        return []
    forms = sorted({v for i in ids for v in _variants(i)}, key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in forms) + r")(?:s|'s|')?(?!\w)")
    hits: set[str] = set()
    for t in texts:
        for m in rx.finditer(t):
            hits.add(m.group(1))
    return sorted(hits)


def check_texts(texts: Iterable[str], identifiers: Iterable[str], what: str = N_("export")) -> None:
    """Raise :class:`ExportRefused` naming the hits if a known identifier appears in ``texts``.

    ``what`` names the export, marked with ``N_`` (it is translated in the GUI's message)."""
    hits = find_identifiers(texts, identifiers)
    if hits:
        raise ExportRefused(N_("{what} refused: known identifiers found in the text: {identifiers}"),
                            what=Message(what), identifiers=', '.join(hits))


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], Any]) -> Path:
    """Call ``write(tmp)`` on a temp file in the target folder, then rename it over ``path``.

    A failure leaves neither a half-written target nor a temp file behind.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise KondensError(N_("{folder}: folder does not exist"), folder=folder)
    fd, tmp_name = tempfile.mkstemp(prefix=".kondens-export-", suffix=target.suffix, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; an export should get the usual permissions
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def clean_docx_properties(doc: Any, title: str = "") -> None:
    """Blank every core property of a python-docx Document that could carry a person's name.

    python-docx fills ``author = "python-docx"`` and a default comment unless told otherwise.
    """
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    cp.title = title
    cp.content_status = ""
    cp.identifier = ""
    cp.version = ""


def clean_workbook_properties(wb: Any, title: str = "") -> None:
    """Blank openpyxl workbook properties (``creator`` defaults to "openpyxl")."""
    p = wb.properties
    p.creator = ""
    p.lastModifiedBy = ""
    p.title = title
    p.subject = ""
    p.description = ""
    p.keywords = ""
    p.category = ""
