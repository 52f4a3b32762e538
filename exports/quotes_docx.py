"""Quote sets as .docx, laid out like a thesis results chapter.

Theme-area heading, the condensate above the quotes, then each quote as an indented block labelled
with the informant's pseudonym (``C: Det er …``), omissions as ``[…]`` and, if asked, the source
reference ``(C, l. 212–215)``. Subgroups get a second-level heading with their own condensate.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coding.errors import KondensError
from coding.store import Project
from exports.data import QuoteRow, load_quotes
from exports.docxutil import muted, new_document, quote_block, save
from exports.safety import check_texts

NO_THEME = "Uten temaområde"


@dataclass(frozen=True)
class QuoteSetOptions:
    theme_names: tuple[str, ...] = ()
    informant: str | None = None
    code_names: tuple[str, ...] = ()
    golden_only: bool = False
    approved_only: bool = False
    references: bool = False
    from_segments: bool = False
    title: str = "Sitater"


def _texts(rows: Iterable[QuoteRow]) -> list[str]:
    out: list[str] = []
    for r in rows:
        out += [r.text, r.transcript, r.code]
        for node in (r.area, r.subgroup):
            if node:
                out += [node.name, node.summary]
    return out


def write_quote_set(project: Project, path: str | os.PathLike[str], options: QuoteSetOptions = QuoteSetOptions(),
                    identifiers: list[str] | None = None) -> int:
    """Write the quote set; returns the number of quotes. Refuses (nothing written) on a known identifier."""
    rows = load_quotes(project, theme_names=options.theme_names, informant=options.informant,
                       code_names=options.code_names, golden_only=options.golden_only,
                       approved_only=options.approved_only, from_segments=options.from_segments)
    if not rows:
        raise KondensError(f"{project.name}: no quotes match the choice; nothing written")
    if identifiers:
        check_texts(_texts(rows), identifiers, "quote set")
    doc = new_document(project.name)
    doc.add_heading(options.title, level=0)
    muted(doc, f"{project.name} · {len(rows)} sitater" + (" · kun godkjente" if options.approved_only else ""))
    area_key: object = object()
    sub_key: object = object()
    for r in rows:
        if (r.area.id if r.area else None) != area_key:
            area_key = r.area.id if r.area else None
            sub_key = object()
            doc.add_heading(r.area.name if r.area else NO_THEME, level=1)
            if r.area and r.area.summary.strip():
                doc.add_paragraph(r.area.summary.strip())
        if r.subgroup is not None and r.subgroup.id != sub_key:
            sub_key = r.subgroup.id
            doc.add_heading(r.subgroup.name, level=2)
            if r.subgroup.summary.strip():
                doc.add_paragraph(r.subgroup.summary.strip())
        quote_block(doc, r.informant, r.text, r.reference if options.references else None)
    save(doc, Path(path))
    return len(rows)
