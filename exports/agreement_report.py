"""Agreement exports: the agreement table as CSV/.xlsx, and a section for the supervisor report.

Both always carry the two treatments of units side by side ("units at least one rater coded" and "all
units"), so the figure that counts uncoded text as agreement can never stand alone. Only code names,
coder names and numbers are written; no transcript text.
"""

from __future__ import annotations

import csv
import html
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from coding.agreement import CONSENSUS_CODER, Agreement, Figures, Rater, compute, raters
from coding.store import Project
from exports.safety import atomic_write, clean_workbook_properties

HEADER = ["code", "n (coded units)", "agreement (coded units)", "kappa (coded units)", "alpha (coded units)",
          "n (all units)", "agreement (all units)", "kappa (all units)", "alpha (all units)"]
DEFINITIONS = (
    "Unit: {unit}. A unit is coded with a code by a rater when any of the rater's segments with that code "
    "overlaps it. Per code, each unit gets one yes/no rating per rater. 'Coded units' are the units at least "
    "one of the two raters coded with any compared code; 'all units' are every unit of the chosen transcripts. "
    "Agreement is the share of units rated alike; Cohen's kappa corrects it for chance; Krippendorff's alpha "
    "(nominal) is computed with the krippendorff package. Overall figures pool every (unit, code) pair; mean "
    "kappa is the mean of the per-code kappas. A dash marks a figure that is undefined (no variation)."
)


def _r(v: float | None) -> float | str:
    return "" if v is None else round(v, 4)


def table(ag: Agreement) -> tuple[list[str], list[list[Any]]]:
    """Header and rows: one row per code, then the pooled overall row and the mean kappa."""
    coded, all_ = ag.result("coded"), ag.result("all")
    all_by_id = {c.code_id: c.figures for c in all_.codes}
    rows: list[list[Any]] = []

    def cells(f: Figures) -> list[Any]:
        return [f.n, _r(f.agreement), _r(f.kappa), _r(f.alpha)]

    for c in coded.codes:
        rows.append([c.code, *cells(c.figures), *cells(all_by_id[c.code_id])])
    rows.append(["(overall, pooled)", *cells(coded.overall.figures), *cells(all_.overall.figures)])
    rows.append(["(mean kappa)", "", "", _r(coded.overall.mean_kappa), "", "", "", _r(all_.overall.mean_kappa), ""])
    return HEADER, rows


def title_of(ag: Agreement) -> str:
    return f"{ag.a.label} vs {ag.b.label}, unit: {ag.unit}"


def write_agreement_table(ag: Agreement, path: str | os.PathLike[str], project_name: str = "") -> Path:
    """The agreement table as ``.csv`` or ``.xlsx`` (by suffix); the workbook adds the definitions and a
    transcripts × codes sheet of kappas over coded units."""
    header, rows = table(ag)
    p = Path(path)
    if p.suffix.lower() == ".xlsx":
        def write_xlsx(tmp: Path) -> None:
            wb = Workbook()
            clean_workbook_properties(wb, project_name)
            ws = wb.active
            ws.title = "Agreement"
            ws.append([title_of(ag)])
            ws["A1"].font = Font(bold=True)
            ws.append(header)
            for cell in ws[2]:
                cell.font = Font(bold=True)
            for row in rows:
                ws.append(row)
            low = PatternFill("solid", fgColor="F8D7D3")
            for row_cells in ws.iter_rows(min_row=3, max_row=ws.max_row):
                k = row_cells[3].value
                if isinstance(k, float) and k < 0.4:
                    row_cells[3].fill = low
            ws.column_dimensions["A"].width = 32
            ws.freeze_panes = "B3"
            heat = wb.create_sheet("Kappa per transcript")
            names = {c.code_id: c.code for c in ag.result("coded").codes}
            heat.append(["transcript", *(names[c] for c in ag.code_ids)])
            cells = ag.heatmap("coded")
            for tid in ag.transcript_ids:
                heat.append([ag.transcript_titles[tid], *(_r(cells[(tid, c)].kappa) for c in ag.code_ids)])
            d = wb.create_sheet("Definitions")
            d.append([DEFINITIONS.format(unit=ag.unit)])
            wb.save(str(tmp))
        return atomic_write(p, write_xlsx)

    def write_csv(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
    return atomic_write(p, write_csv)


# ---- the supervisor report's section ---------------------------------------------------------------------
@dataclass
class AgreementSection:
    """Headings, paragraphs and tables for the report; empty when there are no two raters to compare."""

    title: str = "Samsvar mellom kodere"
    paragraphs: list[str] = field(default_factory=list)
    tables: list[tuple[str, list[str], list[list[Any]]]] = field(default_factory=list)  # (caption, header, rows)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def html(self) -> str:
        if not self:
            return ""
        e = html.escape
        out = [f"<h2>{e(self.title)}</h2>"] + [f"<p class=\"meta\">{e(p)}</p>" for p in self.paragraphs]
        for caption, header, rows in self.tables:
            out.append(f"<h3>{e(caption)}</h3><table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
            for r in rows:
                num = ' class="n"'
                out.append("<tr>" + "".join(f"<td{num if i else ''}>{e(_show(v))}</td>"
                                            for i, v in enumerate(r)) + "</tr>")
            out.append("</table>")
        return "\n".join(out)

    def add_to_docx(self, doc: Any) -> None:
        if not self:
            return
        doc.add_heading(self.title, level=1)
        for p in self.paragraphs:
            doc.add_paragraph(p)
        for caption, header, rows in self.tables:
            doc.add_heading(caption, level=2)
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Light List Accent 1"
            for cell, h in zip(t.rows[0].cells, header, strict=True):
                cell.text = h
            for r in rows:
                for cell, v in zip(t.add_row().cells, r, strict=True):
                    cell.text = _show(v)
            doc.add_paragraph()


def _show(v: Any) -> str:
    if v == "" or v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


REPORT_HEADER = ["Kode", "n (kodede linjer)", "samsvar", "kappa", "alfa", "n (alle linjer)", "samsvar", "kappa",
                 "alfa"]


def pairs(project: Project, limit: int = 3) -> list[tuple[Rater, Rater]]:
    """The pairs the report compares: every two coders (not the consensus), else consecutive passes."""
    rs = raters(project)
    coders = [r for r in rs if r.coder and r.coder != CONSENSUS_CODER]
    if len(coders) >= 2:
        return list(itertools.combinations(coders, 2))[:limit]
    passes = [r for r in rs if r.coder is None]
    return list(itertools.pairwise(passes))[:limit]


def agreement_section(project: Project, compute_fn: Callable[..., Agreement] = compute) -> AgreementSection:
    """The report's agreement section (line unit), for every pair :func:`pairs` finds."""
    sec = AgreementSection()
    for a, b in pairs(project):
        ag = compute_fn(project, a, b, unit="line")
        if not ag.code_ids:
            continue
        _header, rows = table(ag)
        c, al = ag.result("coded"), ag.result("all")
        sec.tables.append((f"{a.label} mot {b.label}", REPORT_HEADER, rows))
        sec.paragraphs.append(
            f"{a.label} mot {b.label}: samlet kappa {_show(_r(c.overall.figures.kappa))} over {c.n_units} linjer "
            f"som minst én av dem kodet, {_show(_r(al.overall.figures.kappa))} over alle {al.n_units} linjer.")
    if sec.tables:
        sec.paragraphs.append(DEFINITIONS.format(unit="line"))
    return sec
