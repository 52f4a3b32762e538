"""Quote sets as .docx, laid out like a thesis results chapter.

Theme-area heading (level 1), its condensate labelled "Kondensat:" in the "Kondensat" style, then the
quotes; subgroups get a level-2 heading with their own condensate. Each quote is one paragraph in the
"Sitat" style (restyle it once in Word and every quote follows), the reference inline at its end in
the chosen format, omissions as ``[…]``, golden quotes marked ★, a quote crossing turns written as
the dialogue it is. A span quoted or coded more than once appears once (under its first theme).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coding.errors import N_, KondensError
from coding.store import Project
from exports.data import QuoteRow, load_quotes
from exports.docxutil import condensate_paragraph, ensure_styles, muted, new_document, quote_paragraph, save
from exports.quote_format import REF_FORMATS, quote_lines
from exports.safety import check_texts

NO_THEME = "Uten temaområde"


@dataclass(frozen=True)
class QuoteSetOptions:
    theme_names: tuple[str, ...] = ()
    informant: str | None = None  # kept for callers of the single-informant filter
    informants: tuple[str, ...] = ()
    code_names: tuple[str, ...] = ()
    golden_only: bool = False
    approved_only: bool = False
    ref_format: str = "full"  # one of REF_FORMATS
    condensates: bool = True
    from_segments: bool = False
    title: str = "Sitater"


def _texts(rows: Iterable[QuoteRow]) -> list[str]:
    out: list[str] = []
    for r in rows:
        out += [r.text, r.transcript, r.code, *(t for _, t in r.dialogue)]
        for node in (r.area, r.subgroup):
            if node:
                out += [node.name, node.summary]
    return out


def unique_quotes(rows: Iterable[QuoteRow]) -> list[QuoteRow]:
    """Each shown span once: a span coded with two codes (or quoted twice) keeps its first row,
    preferring a quote over a bare segment and a golden quote over a plain one."""
    best: dict[tuple[int, tuple[int, int, tuple[tuple[int, int], ...]]], int] = {}
    out: list[QuoteRow] = []
    for r in rows:
        key = (r.transcript_id, r.span)
        i = best.get(key)
        if i is None:
            best[key] = len(out)
            out.append(r)
        elif (r.golden and not out[i].golden) or (out[i].quote_id is None and r.quote_id is not None):
            out[i] = r
    return out


def load_for_options(project: Project, options: QuoteSetOptions) -> list[QuoteRow]:
    return unique_quotes(load_quotes(project, theme_names=options.theme_names, informant=options.informant,
                                     informants=options.informants, code_names=options.code_names,
                                     golden_only=options.golden_only, approved_only=options.approved_only,
                                     from_segments=options.from_segments))


def write_quote_set(project: Project, path: str | os.PathLike[str], options: QuoteSetOptions = QuoteSetOptions(),
                    identifiers: list[str] | None = None) -> int:
    """Write the quote set; returns the number of quotes. Refuses (nothing written) on a known identifier."""
    if options.ref_format not in REF_FORMATS:
        raise KondensError(N_("unknown reference format {ref_format!r}; use one of {choices}"),
                           ref_format=options.ref_format, choices=', '.join(REF_FORMATS))
    rows = load_for_options(project, options)
    if not rows:
        raise KondensError(N_("{project}: no quotes match the choice; nothing written"), project=project.name)
    if identifiers:
        check_texts(_texts(rows), identifiers, N_("quote set"))
    doc = new_document(project.name)
    ensure_styles(doc)
    doc.add_heading(options.title, level=0)
    n_golden = sum(1 for r in rows if r.golden)
    muted(doc, f"{project.name} · {len(rows)} sitater" + (" · kun godkjente" if options.approved_only else "")
          + (f" · ★ = gullsitat ({n_golden})" if n_golden else ""))
    area_key: object = object()
    sub_key: object = object()
    for r in rows:
        if (r.area.id if r.area else None) != area_key:
            area_key = r.area.id if r.area else None
            sub_key = object()
            doc.add_heading(r.area.name if r.area else NO_THEME, level=1)
            if options.condensates and r.area and r.area.summary.strip():
                condensate_paragraph(doc, r.area.summary.strip())
        if r.subgroup is not None and r.subgroup.id != sub_key:
            sub_key = r.subgroup.id
            doc.add_heading(r.subgroup.name, level=2)
            if options.condensates and r.subgroup.summary.strip():
                condensate_paragraph(doc, r.subgroup.summary.strip())
        quote_paragraph(doc, quote_lines(r, options.ref_format), golden=r.golden)
    save(doc, Path(path))
    return len(rows)
