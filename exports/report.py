"""Supervisor report: theme hierarchy with descriptions, condensates, counts, golden quotes and research
questions, and on request extracts per code, memos and reflection notes, the theme × informant matrix
and the changes since a snapshot; as .docx or as ONE self-contained HTML page (inline CSS, no assets).

Numbers sit right-aligned under right-aligned headers in both formats.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coding.errors import N_
from coding.store import Project
from coding.store.models import (
    Code,
    Informant,
    Memo,
    ResearchQuestion,
    Segment,
    ThemeNode,
    ThemeQuestion,
    Transcript,
)
from exports import review_section
from exports.agreement_report import agreement_section
from exports.data import QuoteRow, load_quotes
from exports.docxutil import (
    condensate_paragraph,
    fixed_table,
    muted,
    new_document,
    quote_paragraph,
    right_cell,
    save,
    set_widths,
)
from exports.quote_format import quote_lines
from exports.quotes_docx import unique_quotes
from exports.safety import atomic_write, check_texts


@dataclass(frozen=True)
class ReportOptions:
    """Optional sections (the theme overview with condensates and golden quotes is always there)."""

    extracts: bool = False  # every coded extract under its code, with references
    memos: bool = False  # memos on themes, codes, transcripts, informants, segments; reflection notes
    questions: bool = True  # research questions with their linked themes
    matrix: bool = False  # theme × informant matrix (coded segments)
    since_snapshot: int | None = None  # snapshot id: list the changes since it


@dataclass
class CodeLine:
    name: str
    description: str
    segments: int
    informants: int
    extracts: list[QuoteRow] = field(default_factory=list)


@dataclass
class ThemeBlock:
    name: str
    kind: str
    description: str
    summary: str
    segments: int
    informants: int
    questions: list[str] = field(default_factory=list)
    codes: list[CodeLine] = field(default_factory=list)
    golden: list[QuoteRow] = field(default_factory=list)
    subgroups: list[ThemeBlock] = field(default_factory=list)


@dataclass
class MemoLine:
    about: str  # "Kode: god tid", "Refleksjonsnotat", …
    title: str
    text: str
    created: str


@dataclass
class Question:
    text: str
    themes: list[str]


@dataclass
class Report:
    project: str
    questions: list[Question]
    themes: list[ThemeBlock]
    uncategorised: list[CodeLine]
    informants: int
    transcripts: int
    segments: int
    memos: list[MemoLine] = field(default_factory=list)
    journal: list[MemoLine] = field(default_factory=list)
    matrix: tuple[list[str], list[list[Any]]] | None = None
    changes: list[str] | None = None
    snapshot_name: str = ""

    def texts(self) -> list[str]:
        out = [q.text for q in self.questions]

        def walk(b: ThemeBlock) -> None:
            out.extend([b.name, b.description, b.summary, *(c.name + " " + c.description for c in b.codes),
                        *(q.text for q in b.golden), *(x.text for c in b.codes for x in c.extracts)])
            for sb in b.subgroups:
                walk(sb)
        for b in self.themes:
            walk(b)
        out.extend(c.name + " " + c.description for c in self.uncategorised)
        out.extend(x.text for c in self.uncategorised for x in c.extracts)
        out.extend(m.title + " " + m.text + " " + m.about for m in self.memos + self.journal)
        out.extend(self.changes or [])
        return out


def build_report(project: Project, options: ReportOptions = ReportOptions()) -> Report:
    with project.read() as s:
        themes = list(s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id)))
        codes = list(s.scalars(select(Code).order_by(Code.position, Code.id)))
        inf_of = dict(s.execute(select(Transcript.id, Transcript.informant_id)).all())
        titles = dict(s.execute(select(Transcript.id, Transcript.title)).all())
        labels = dict(s.execute(select(Informant.id, Informant.label)).all())
        segs = s.execute(select(Segment.code_id, Segment.transcript_id)).all()
        seg_where = {sid: (tid, cid) for sid, tid, cid in s.execute(select(Segment.id, Segment.transcript_id,
                                                                            Segment.code_id))}
        questions = {q.id: q.text for q in s.scalars(select(ResearchQuestion).order_by(ResearchQuestion.position,
                                                                                          ResearchQuestion.id))}
        tq = s.execute(select(ThemeQuestion.theme_id, ThemeQuestion.question_id).order_by(ThemeQuestion.id)).all()
        memos = list(s.scalars(select(Memo).order_by(Memo.created, Memo.id))) if options.memos else []
        s.expunge_all()
    per_code: dict[int, list[int | None]] = {}
    for code_id, tid in segs:
        per_code.setdefault(code_id, []).append(inf_of.get(tid))
    golden = unique_quotes(load_quotes(project, golden_only=True))
    extracts: dict[int, list[QuoteRow]] = {}
    if options.extracts:
        for r in load_quotes(project, from_segments=True):
            extracts.setdefault(seg_where[r.segment_id][1], []).append(r)

    def line(c: Code) -> CodeLine:
        xs = per_code.get(c.id, [])
        mine = sorted(extracts.get(c.id, []), key=lambda r: (r.informant, r.transcript, r.first_line))
        return CodeLine(c.name, c.description, len(xs), len({x for x in xs if x is not None}), mine)

    def block(t: ThemeNode) -> ThemeBlock:
        mine = [c for c in codes if c.theme_id == t.id]
        subs = [block(x) for x in themes if x.parent_id == t.id]
        xs = [i for c in mine for i in per_code.get(c.id, [])]
        sub_ids = {x.id for x in themes if x.parent_id == t.id}
        xs += [i for c in codes if c.theme_id in sub_ids for i in per_code.get(c.id, [])]
        return ThemeBlock(t.name, t.kind, t.description, t.summary, len(xs), len({x for x in xs if x is not None}),
                          [questions[q] for th, q in tq if th == t.id and q in questions], [line(c) for c in mine],
                          [g for g in golden if (g.subgroup or g.area) and (g.subgroup or g.area).id == t.id], subs)

    theme_names = {t.id: t.name for t in themes}
    code_names = {c.id: c.name for c in codes}
    qs = [Question(text, [theme_names[th] for th, q in tq if q == qid and th in theme_names])
          for qid, text in questions.items()]
    rep = Report(project.name, qs if options.questions else [], [block(t) for t in themes if t.parent_id is None],
                 [line(c) for c in codes if c.theme_id is None], len(labels), len(inf_of), len(segs))
    for m in memos:
        about = _memo_about(m, theme_names, code_names, titles, labels, seg_where)
        if about is None:
            continue
        item = MemoLine(about, m.title, m.text, m.created[:10])
        (rep.journal if m.target_type == "journal" else rep.memos).append(item)
    if options.matrix:
        from exports.tables import matrix_rows

        rep.matrix = matrix_rows(project, "segments", "nb")
    if options.since_snapshot is not None:
        from coding.snapshots import diff_snapshots, list_snapshots

        names = {sn.id: f"{sn.name} ({sn.created[:10]})" for sn in list_snapshots(project)}
        rep.snapshot_name = names.get(options.since_snapshot, str(options.since_snapshot))
        rep.changes = change_lines(diff_snapshots(project, options.since_snapshot, None))
    return rep


def _memo_about(m: Memo, themes: dict[int, str], codes: dict[int, str], titles: dict[int, str],
                labels: dict[int, str], segs: dict[int, tuple[int, int]]) -> str | None:
    t, i = m.target_type, m.target_id
    if t == "journal":
        return "Refleksjonsnotat"
    if t == "theme" and i in themes:
        return f"Tema: {themes[i]}"
    if t == "code" and i in codes:
        return f"Kode: {codes[i]}"
    if t == "transcript" and i in titles:
        return f"Transkripsjon: {titles[i]}"
    if t == "informant" and i in labels:
        return f"Informant {labels[i]}"
    if t == "segment" and i in segs:
        tid, cid = segs[i]
        return f"Utdrag ({codes.get(cid, '?')}, {titles.get(tid, '?')})"
    return None


def change_lines(d: Any) -> list[str]:
    """The snapshot diff in plain Bokmål, one change a line (the same words as the review section)."""
    return review_section.lines_nb(d)


def _n(count: int, one: str, many: str) -> str:
    """``1 informant``, ``3 informanter``: Bokmål singular and plural."""
    return f"{count} {one if count == 1 else many}"


def _counts(n_seg: int, n_inf: int) -> str:
    return f"{_n(n_seg, 'kodet utdrag', 'kodede utdrag')} · {_n(n_inf, 'informant', 'informanter')}"


def _totals(rep: Report) -> str:
    return (f"{date.today().isoformat()} · {_n(rep.transcripts, 'transkripsjon', 'transkripsjoner')} · "
            f"{_n(rep.informants, 'informant', 'informanter')} · "
            f"{_n(rep.segments, 'kodet utdrag', 'kodede utdrag')}")


# ---- .docx ---------------------------------------------------------------------------------------------
TEXT_WIDTH_CM = 16.0  # A4 with 2.5 cm margins


def _number_table(doc: Any, header: list[str], rows: list[list[Any]], numeric_from: int, style: str,
                  bold_rows: set[int] | None = None) -> Any:
    """A table whose columns from ``numeric_from`` on hold numbers: header and cells right-aligned,
    number columns narrow, the text columns sharing the rest of the page width."""
    n_num = len(header) - numeric_from
    if n_num <= 6:  # room for each header on one line (about 0.26 cm a bold character at 11 pt, plus cell padding)
        num_ws = [max(1.2, 0.26 * len(h) + 0.6) for h in header[numeric_from:]]
    else:
        num_ws = [max(0.9, (TEXT_WIDTH_CM - 4.0) / n_num)] * n_num
    text_w = max(3.0, (TEXT_WIDTH_CM - sum(num_ws)) / max(1, numeric_from))
    widths = [text_w] * numeric_from + num_ws
    table = fixed_table(doc, widths, style)
    for i, (cell, head) in enumerate(zip(table.rows[0].cells, header, strict=True)):
        if i >= numeric_from:
            right_cell(cell, head, bold=True)
        else:
            cell.text = ""
            cell.paragraphs[0].add_run(head).bold = True
    for k, row in enumerate(rows):
        cells = table.add_row().cells
        set_widths(cells, widths)
        for i, (cell, value) in enumerate(zip(cells, row, strict=True)):
            bold = bool(bold_rows and k in bold_rows)
            if i >= numeric_from:
                right_cell(cell, "" if value is None else str(value), bold=bold)
            else:
                cell.text = ""
                cell.paragraphs[0].add_run("" if value is None else str(value)).bold = bold
    return table


def matrix_table_rows(header: list[str], rows: list[list[Any]]) -> tuple[list[str], list[list[Any]], set[int]]:
    """The matrix for a page: one indented name column (area, subgroup, code) instead of four."""
    out: list[list[Any]] = []
    areas: set[int] = set()
    for i, (_kind, area, sub, code, *counts) in enumerate(rows):
        if code:
            name = ("\u2003\u2003" if sub else "\u2003") + code
        elif sub:
            name = "\u2003" + sub
        else:
            name = area
            areas.add(i)
        out.append([name, *counts])
    return ["Tema / kode", *header[4:]], out, areas


def write_report_docx(rep: Report, path: str | os.PathLike[str], extra: object = None) -> Path:
    doc = new_document(rep.project)
    doc.add_heading(f"Analyserapport – {rep.project}", level=0)
    muted(doc, _totals(rep))
    if rep.questions:
        doc.add_heading("Forskningsspørsmål", level=1)
        for q in rep.questions:
            p = doc.add_paragraph(q.text, style="List Number")
            if q.themes:
                p.add_run().add_break()
                r = p.add_run("Temaer: " + "; ".join(q.themes))
                r.italic = True

    def add(b: ThemeBlock, level: int) -> None:
        doc.add_heading(b.name, level=level)
        muted(doc, _counts(b.segments, b.informants), italic=False)
        if b.description:
            doc.add_paragraph(b.description).runs[0].italic = True
        if b.questions:
            muted(doc, "Knyttet til: " + "; ".join(b.questions))
        if b.summary:
            condensate_paragraph(doc, b.summary)
        if b.codes:
            _number_table(doc, ["Kode", "Utdrag", "Informanter"],
                          [[c.name + (f" – {c.description}" if c.description else ""), c.segments, c.informants]
                           for c in b.codes], 1, "Light List Accent 1")
            doc.add_paragraph()
        for g in b.golden:
            quote_paragraph(doc, quote_lines(g, "full"), golden=True)
        for c in b.codes:
            add_extracts(c, min(level + 1, 9))
        for sb in b.subgroups:
            add(sb, min(level + 1, 9))

    def add_extracts(c: CodeLine, level: int) -> None:
        if not c.extracts:
            return
        doc.add_heading(f"Utdrag: {c.name}", level=level)
        for x in c.extracts:
            quote_paragraph(doc, quote_lines(x, "full"), golden=x.golden)

    doc.add_heading("Temaområder", level=1)
    for b in rep.themes:
        add(b, 2)
    if rep.uncategorised:
        doc.add_heading("Koder uten temaområde", level=2)
        for c in rep.uncategorised:
            doc.add_paragraph(f"{c.name} ({c.segments} utdrag, {_n(c.informants, 'informant', 'informanter')})",
                              style="List Bullet")
        for c in rep.uncategorised:
            add_extracts(c, 3)
    if rep.matrix is not None:
        header, rows = rep.matrix
        doc.add_heading("Tema × informant (kodede utdrag)", level=1)
        h, r, bold = matrix_table_rows(header, rows)
        _number_table(doc, h, r, 1, "Table Grid", bold)
    if rep.memos:
        doc.add_heading("Memoer", level=1)
        for m in rep.memos:
            p = doc.add_paragraph()
            p.add_run(m.about + (f" – {m.title}" if m.title else "")).bold = True
            p.add_run(f" ({m.created})").italic = True
            doc.add_paragraph(m.text)
    if rep.journal:
        doc.add_heading("Refleksjonsnotater", level=1)
        for m in rep.journal:
            p = doc.add_paragraph()
            p.add_run(m.title or "Refleksjonsnotat").bold = True
            p.add_run(f" ({m.created})").italic = True
            doc.add_paragraph(m.text)
    if rep.changes is not None:
        doc.add_heading(f"Endringer siden {rep.snapshot_name}", level=1)
        if not rep.changes:
            muted(doc, "Ingen endringer i temaer og koder.")
        for ln in rep.changes:
            doc.add_paragraph(ln, style="List Bullet")
    extra(doc) if callable(extra) else None  # sections added by other modules (coder agreement)
    return save(doc, path)


# ---- HTML ----------------------------------------------------------------------------------------------
_CSS = """body{font-family:Georgia,'Times New Roman',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.5}h1{font-size:1.8em;border-bottom:2px solid #4e79a7;padding-bottom:.2em}h2{color:#2d4f73;margin-top:1.6em}
h3{color:#3d6a99}.meta{color:#666;font-size:.9em}.summary{background:#f4f7fb;border-left:4px solid #4e79a7;
padding:.5em 1em;font-style:italic}blockquote{margin:.8em 2em;font-style:normal}.ref{color:#666;font-size:.9em}
.gold{color:#b8860b}table{border-collapse:collapse;margin:.5em 0 1em;width:100%;font-family:sans-serif;
font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}.memo{margin:.3em 0 1em}"""


def _quote_html(r: QuoteRow, golden: bool = False) -> str:
    e = html.escape
    q = quote_lines(r, "full")
    lines = [(f"<strong>{e(who)}:</strong> " if who else "") + e(text) for who, text in q.lines]
    if q.reference:
        lines[-1] += f' <span class="ref">({e(q.reference)})</span>'
    mark = '<span class="gold" title="Gullsitat">★</span> ' if golden else ""
    return f"<blockquote>{mark}{'<br>'.join(lines)}</blockquote>"


def _table_html(header: list[str], rows: list[list[Any]], numeric_from: int) -> str:
    e = html.escape
    head = "".join(f'<th class="n">{e(h)}</th>' if i >= numeric_from else f"<th>{e(h)}</th>"
                   for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(
        f'<td class="n">{e("" if v is None else str(v))}</td>' if i >= numeric_from
        else f"<td>{e('' if v is None else str(v))}</td>" for i, v in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render_html(rep: Report) -> str:
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{e(rep.project)}</title>"
           f"<style>{_CSS}</style></head><body>", f"<h1>Analyserapport – {e(rep.project)}</h1>",
           f"<p class=\"meta\">{e(_totals(rep))}</p>"]
    if rep.questions:
        out.append("<h2>Forskningsspørsmål</h2><ol>" + "".join(
            f"<li>{e(q.text)}" + (f"<br><em>Temaer: {e('; '.join(q.themes))}</em>" if q.themes else "") + "</li>"
            for q in rep.questions) + "</ol>")

    def extracts(c: CodeLine, level: int) -> None:
        if c.extracts:
            out.append(f"<h{level}>Utdrag: {e(c.name)}</h{level}>")
            out.extend(_quote_html(x, x.golden) for x in c.extracts)

    def add(b: ThemeBlock, level: int) -> None:
        out.append(f"<h{level}>{e(b.name)}</h{level}><p class=\"meta\">{_counts(b.segments, b.informants)}</p>")
        if b.description:
            out.append(f"<p><em>{e(b.description)}</em></p>")
        if b.questions:
            out.append(f"<p class=\"meta\">Knyttet til: {e('; '.join(b.questions))}</p>")
        if b.summary:
            out.append(f"<p class=\"summary\"><strong>Kondensat:</strong> {e(b.summary)}</p>")
        if b.codes:
            out.append(_table_html(["Kode", "Utdrag", "Informanter"],
                                   [[c.name + (f" – {c.description}" if c.description else ""), c.segments,
                                     c.informants] for c in b.codes], 1))
        out.extend(_quote_html(g, True) for g in b.golden)
        for c in b.codes:
            extracts(c, min(level + 1, 6))
        for sb in b.subgroups:
            add(sb, min(level + 1, 6))

    out.append("<h2>Temaområder</h2>" if rep.themes else "")
    for b in rep.themes:
        add(b, 3)
    if rep.uncategorised:
        out.append("<h2>Koder uten temaområde</h2><ul>" + "".join(
            f"<li>{e(c.name)} ({c.segments} utdrag, {_n(c.informants, 'informant', 'informanter')})</li>"
            for c in rep.uncategorised) + "</ul>")
        for c in rep.uncategorised:
            extracts(c, 3)
    if rep.matrix is not None:
        h, r, _bold = matrix_table_rows(*rep.matrix)
        out.append("<h2>Tema × informant (kodede utdrag)</h2>" + _table_html(h, r, 1))
    for title, items in (("Memoer", rep.memos), ("Refleksjonsnotater", rep.journal)):
        if items:
            out.append(f"<h2>{title}</h2>")
            for m in items:
                head = m.about if title == "Memoer" else (m.title or "Refleksjonsnotat")
                if title == "Memoer" and m.title:
                    head += f" – {m.title}"
                out.append(f"<p class=\"memo\"><strong>{e(head)}</strong> <span class=\"meta\">({e(m.created)})"
                           f"</span><br>{e(m.text)}</p>")
    if rep.changes is not None:
        out.append(f"<h2>Endringer siden {e(rep.snapshot_name)}</h2>")
        out.append("<ul>" + "".join(f"<li>{e(ln)}</li>" for ln in rep.changes) + "</ul>" if rep.changes
                   else "<p class=\"meta\">Ingen endringer i temaer og koder.</p>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(project: Project, path: str | os.PathLike[str], identifiers: list[str] | None = None,
                 options: ReportOptions = ReportOptions()) -> Path:
    """``.docx`` or ``.html`` by suffix; refused (nothing written) if a known identifier appears."""
    rep = build_report(project, options)
    review = review_section.build(project)  # open supervisor comments and changes since the last review copy
    if identifiers:
        check_texts(rep.texts() + review.texts(), identifiers, N_("report"))
    p = Path(path)
    if p.suffix.lower() in (".html", ".htm"):
        page = render_html(rep).replace("</body>", agreement_section(project).html() + "</body>")
        page = review_section.into_html(page, review)
        return atomic_write(p, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    return review_section.add_to_docx(write_report_docx(rep, p, agreement_section(project).add_to_docx), review)

