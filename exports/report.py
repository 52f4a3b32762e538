"""Supervisor report: theme hierarchy with descriptions, condensates, counts, golden quotes and
research questions, as .docx or as ONE self-contained HTML page (inline CSS, no external assets)."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from coding.store import Project
from coding.store.models import Code, Informant, ResearchQuestion, Segment, ThemeNode, ThemeQuestion, Transcript
from exports import review_section
from exports.data import QuoteRow, load_quotes
from exports.docxutil import muted, new_document, quote_block, save
from exports.safety import atomic_write, check_texts


@dataclass
class CodeLine:
    name: str
    description: str
    segments: int
    informants: int


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
class Report:
    project: str
    questions: list[str]
    themes: list[ThemeBlock]
    uncategorised: list[CodeLine]
    informants: int
    transcripts: int
    segments: int

    def texts(self) -> list[str]:
        out = list(self.questions)

        def walk(b: ThemeBlock) -> None:
            out.extend([b.name, b.description, b.summary, *(c.name + " " + c.description for c in b.codes),
                        *(q.text for q in b.golden)])
            for sb in b.subgroups:
                walk(sb)
        for b in self.themes:
            walk(b)
        out.extend(c.name + " " + c.description for c in self.uncategorised)
        return out


def build_report(project: Project) -> Report:
    with project.read() as s:
        themes = list(s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id)))
        codes = list(s.scalars(select(Code).order_by(Code.position, Code.id)))
        inf_of = dict(s.execute(select(Transcript.id, Transcript.informant_id)).all())
        segs = s.execute(select(Segment.code_id, Segment.transcript_id)).all()
        questions = {q.id: q.text for q in s.scalars(select(ResearchQuestion).order_by(ResearchQuestion.position))}
        tq = s.execute(select(ThemeQuestion.theme_id, ThemeQuestion.question_id)).all()
        n_inf = len(s.scalars(select(Informant.id)).all())
        s.expunge_all()
    per_code: dict[int, list[int | None]] = {}
    for code_id, tid in segs:
        per_code.setdefault(code_id, []).append(inf_of.get(tid))
    golden = [q for q in load_quotes(project, golden_only=True)]

    def line(c: Code) -> CodeLine:
        xs = per_code.get(c.id, [])
        return CodeLine(c.name, c.description, len(xs), len({x for x in xs if x is not None}))

    def block(t: ThemeNode) -> ThemeBlock:
        mine = [c for c in codes if c.theme_id == t.id]
        subs = [block(x) for x in themes if x.parent_id == t.id]
        xs = [i for c in mine for i in per_code.get(c.id, [])]
        sub_ids = {x.id for x in themes if x.parent_id == t.id}
        xs += [i for c in codes if c.theme_id in sub_ids for i in per_code.get(c.id, [])]
        return ThemeBlock(t.name, t.kind, t.description, t.summary, len(xs), len({x for x in xs if x is not None}),
                          [questions[q] for th, q in tq if th == t.id and q in questions], [line(c) for c in mine],
                          [g for g in golden if (g.subgroup or g.area) and (g.subgroup or g.area).id == t.id], subs)

    return Report(project.name, list(questions.values()), [block(t) for t in themes if t.parent_id is None],
                  [line(c) for c in codes if c.theme_id is None], n_inf, len(inf_of), len(segs))


def _n(count: int, one: str, many: str) -> str:
    """``1 informant``, ``3 informanter``: Bokmål singular and plural."""
    return f"{count} {one if count == 1 else many}"


def _counts(n_seg: int, n_inf: int) -> str:
    return f"{_n(n_seg, 'kodet utdrag', 'kodede utdrag')} · {_n(n_inf, 'informant', 'informanter')}"


def _totals(rep: Report) -> str:
    return (f"{date.today().isoformat()} · {_n(rep.transcripts, 'transkripsjon', 'transkripsjoner')} · "
            f"{_n(rep.informants, 'informant', 'informanter')} · "
            f"{_n(rep.segments, 'kodet utdrag', 'kodede utdrag')}")


def write_report_docx(rep: Report, path: str | os.PathLike[str]) -> Path:
    doc = new_document(rep.project)
    doc.add_heading(f"Analyserapport – {rep.project}", level=0)
    muted(doc, _totals(rep))
    if rep.questions:
        doc.add_heading("Forskningsspørsmål", level=1)
        for q in rep.questions:
            doc.add_paragraph(q, style="List Number")

    def add(b: ThemeBlock, level: int) -> None:
        doc.add_heading(b.name, level=level)
        muted(doc, _counts(b.segments, b.informants), italic=False)
        if b.description:
            doc.add_paragraph(b.description).runs[0].italic = True
        if b.questions:
            muted(doc, "Knyttet til: " + "; ".join(b.questions))
        if b.summary:
            p = doc.add_paragraph()
            p.add_run("Kondensat: ").bold = True
            p.add_run(b.summary)
        if b.codes:
            table = doc.add_table(rows=1, cols=3)
            table.style = "Light List Accent 1"
            for cell, head in zip(table.rows[0].cells, ("Kode", "Utdrag", "Informanter"), strict=True):
                cell.text = head
            for c in b.codes:
                cells = table.add_row().cells
                cells[0].text = c.name + (f" – {c.description}" if c.description else "")
                cells[1].text, cells[2].text = str(c.segments), str(c.informants)
            doc.add_paragraph()
        for g in b.golden:
            p = doc.add_paragraph()
            p.add_run("Gullsitat").bold = True
            quote_block(doc, g.informant, g.text, g.reference)
        for sb in b.subgroups:
            add(sb, level + 1)

    doc.add_heading("Temaområder", level=1)
    for b in rep.themes:
        add(b, 2)
    if rep.uncategorised:
        doc.add_heading("Koder uten temaområde", level=2)
        for c in rep.uncategorised:
            doc.add_paragraph(f"{c.name} ({c.segments} utdrag, {_n(c.informants, 'informant', 'informanter')})",
                              style="List Bullet")
    return save(doc, path)


_CSS = """body{font-family:Georgia,'Times New Roman',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.5}h1{font-size:1.8em;border-bottom:2px solid #4e79a7;padding-bottom:.2em}h2{color:#2d4f73;margin-top:1.6em}
h3{color:#3d6a99}.meta{color:#666;font-size:.9em}.summary{background:#f4f7fb;border-left:4px solid #4e79a7;
padding:.5em 1em}blockquote{margin:.8em 2em;font-style:normal}blockquote cite{display:block;text-align:right;
color:#666;font-size:.85em}table{border-collapse:collapse;margin:.5em 0 1em;width:100%;font-family:sans-serif;
font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left}td.n{text-align:right}"""


def render_html(rep: Report) -> str:
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>{e(rep.project)}</title>"
           f"<style>{_CSS}</style></head><body>", f"<h1>Analyserapport – {e(rep.project)}</h1>",
           f"<p class=\"meta\">{e(_totals(rep))}</p>"]
    if rep.questions:
        out.append("<h2>Forskningsspørsmål</h2><ol>" + "".join(f"<li>{e(q)}</li>" for q in rep.questions) + "</ol>")

    def add(b: ThemeBlock, level: int) -> None:
        out.append(f"<h{level}>{e(b.name)}</h{level}><p class=\"meta\">{_counts(b.segments, b.informants)}</p>")
        if b.description:
            out.append(f"<p><em>{e(b.description)}</em></p>")
        if b.questions:
            out.append(f"<p class=\"meta\">Knyttet til: {e('; '.join(b.questions))}</p>")
        if b.summary:
            out.append(f"<p class=\"summary\"><strong>Kondensat:</strong> {e(b.summary)}</p>")
        if b.codes:
            rows = "".join(f"<tr><td>{e(c.name)}{(' – ' + e(c.description)) if c.description else ''}</td>"
                           f"<td class=\"n\">{c.segments}</td><td class=\"n\">{c.informants}</td></tr>" for c in b.codes)
            out.append(f"<table><tr><th>Kode</th><th>Utdrag</th><th>Informanter</th></tr>{rows}</table>")
        for g in b.golden:
            out.append(f"<blockquote><strong>{e(g.informant)}:</strong> {e(g.text)}<cite>Gullsitat · "
                       f"{e(g.reference)}</cite></blockquote>")
        for sb in b.subgroups:
            add(sb, min(level + 1, 6))

    out.append("<h2>Temaområder</h2>" if rep.themes else "")
    for b in rep.themes:
        add(b, 3)
    if rep.uncategorised:
        out.append("<h2>Koder uten temaområde</h2><ul>" + "".join(
            f"<li>{e(c.name)} ({c.segments} utdrag, {_n(c.informants, 'informant', 'informanter')})</li>" for c in rep.uncategorised)
            + "</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(project: Project, path: str | os.PathLike[str], identifiers: list[str] | None = None) -> Path:
    """``.docx`` or ``.html`` by suffix; refused (nothing written) if a known identifier appears."""
    rep = build_report(project)
    review = review_section.build(project)  # open supervisor comments and changes since the last review copy
    if identifiers:
        check_texts(rep.texts() + review.texts(), identifiers, "report")
    p = Path(path)
    if p.suffix.lower() in (".html", ".htm"):
        page = review_section.into_html(render_html(rep), review)
        return atomic_write(p, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    return review_section.add_to_docx(write_report_docx(rep, p), review)
