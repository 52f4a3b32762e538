"""Spreadsheets: segments (one row per segment) as CSV/.xlsx, and the cross-case matrix as .xlsx."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from coding.store import Project
from exports.data import load_segments
from exports.safety import atomic_write, check_texts, clean_workbook_properties

SEGMENT_HEADER = ["informant", "transcript", "lines", "code", "theme area", "subgroup", "text", "memo", "coder", "pass"]


def _lines(a: int, b: int) -> str:
    return "" if a <= 0 else (str(a) if a == b else f"{a}–{b}")


def write_segments(project: Project, path: str | os.PathLike[str], identifiers: list[str] | None = None) -> int:
    rows = load_segments(project)
    if identifiers:
        check_texts([r.text + " " + r.memo + " " + r.transcript for r in rows], identifiers, "segment export")
    data = [[r.informant, r.transcript, _lines(r.first_line, r.last_line), r.code, r.area, r.subgroup, r.text, r.memo,
             r.coder, r.coding_pass] for r in rows]
    p = Path(path)
    if p.suffix.lower() == ".xlsx":
        def write_xlsx(tmp: Path) -> None:
            wb = Workbook()
            clean_workbook_properties(wb, project.name)
            ws = wb.active
            ws.title = "Segmenter"
            ws.append(SEGMENT_HEADER)
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for row in data:
                ws.append(row)
            for col, width in zip("ABCDEFGHIJ", (10, 22, 10, 22, 22, 18, 80, 40, 14, 6), strict=True):
                ws.column_dimensions[col].width = width
            for cell in ws["G"][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.freeze_panes = "A2"
            wb.save(str(tmp))
        atomic_write(p, write_xlsx)
    else:
        def write_csv(tmp: Path) -> None:
            with tmp.open("w", newline="", encoding="utf-8-sig") as f:
                w = csv.writer(f)
                w.writerow(SEGMENT_HEADER)
                w.writerows(data)
        atomic_write(p, write_csv)
    return len(rows)


def write_matrix_xlsx(project: Project, path: str | os.PathLike[str], measure: str = "segments") -> Path:
    """The theme × informant matrix of :mod:`coding.matrix` as a workbook (names and counts only)."""
    from coding.matrix import matrix

    m = matrix(project, None)

    def write(tmp: Path) -> None:
        wb = Workbook()
        clean_workbook_properties(wb, project.name)
        ws = wb.active
        ws.title = "Matrise"
        ws.append(["nivå", "navn", *(c.label for c in m.columns), "sum"])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in m.rows:
            ws.append([r.kind, ("   " * r.depth) + r.name, *(getattr(c, measure) for c in r.cells),
                       getattr(r.total, measure)])
            if r.kind == "area":
                for cell in ws[ws.max_row]:
                    cell.font = Font(bold=True)
        ws.column_dimensions["B"].width = 40
        ws.freeze_panes = "C2"
        wb.save(str(tmp))

    return atomic_write(path, write)
