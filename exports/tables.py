"""Spreadsheets: segments (one row per segment) as CSV/.xlsx, and the cross-case matrix as .xlsx.

Headers and fixed values are in the UI language (``lang`` "nb" or "en"); line numbers and counts are
stored as numbers; in .xlsx every text cell wraps and each row is made tall enough for its longest
cell, so multi-line text never runs into the next row.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coding.errors import N_
from coding.store import Project
from exports.data import load_segments
from exports.safety import atomic_write, check_texts, clean_workbook_properties

LANGS = ("nb", "en")
SEGMENT_HEADERS = {
    "nb": ["informant", "transkripsjon", "fra linje", "til linje", "kode", "temaområde", "subgruppe", "tekst",
           "memo", "koder", "runde"],
    "en": ["informant", "transcript", "first line", "last line", "code", "theme area", "subgroup", "text", "memo",
           "coder", "pass"],
}
SHEET_NAMES = {"nb": ("Segmenter", "Matrise"), "en": ("Segments", "Matrix")}
MATRIX_HEADERS = {"nb": ("nivå", "temaområde", "subgruppe", "kode", "sum", "navn"),
                  "en": ("level", "theme area", "subgroup", "code", "total", "name")}
KIND_NAMES = {"nb": {"area": "temaområde", "subgroup": "subgruppe", "code": "kode"},
              "en": {"area": "theme area", "subgroup": "subgroup", "code": "code"}}
UNCATEGORISED = {"nb": "Uten temaområde", "en": "Uncategorised"}
SEGMENT_WIDTHS = (10, 22, 9, 9, 22, 22, 18, 80, 40, 14, 6)
LINE_HEIGHT_PT = 15.0  # one line of 11 pt Calibri, Excel's default row height


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    return lang


def _wrapped_lines(value: Any, width: float) -> int:
    """How many lines ``value`` takes in a wrapping cell ``width`` characters wide (a safe estimate)."""
    if value is None or isinstance(value, int | float):
        return 1
    per_line = max(1, int(width * 1.1) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(value).split("\n"))


def fit_rows(ws: Any, widths: Sequence[float], first_row: int = 2) -> None:
    """Wrap every cell (top-aligned) and set each row's height to its tallest cell."""
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            cell.alignment = wrap
            lines = max(lines, _wrapped_lines(cell.value, width))
        ws.row_dimensions[row[0].row].height = round(lines * LINE_HEIGHT_PT + 2, 1)


def _line(n: int) -> int | None:
    return n if n > 0 else None


def write_segments(project: Project, path: str | os.PathLike[str], identifiers: list[str] | None = None,
                   lang: str = "nb") -> int:
    from openpyxl import Workbook  # loaded with the first spreadsheet, not with the app
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header = SEGMENT_HEADERS[check_lang(lang)]
    rows = load_segments(project)
    if identifiers:
        check_texts([r.text + " " + r.memo + " " + r.transcript for r in rows], identifiers, N_("segment export"))
    area_or_none = UNCATEGORISED[lang]
    data = [[r.informant, r.transcript, _line(r.first_line), _line(r.last_line), r.code, r.area or area_or_none,
             r.subgroup, r.text, r.memo, r.coder, r.coding_pass] for r in rows]
    p = Path(path)
    if p.suffix.lower() == ".xlsx":
        def write_xlsx(tmp: Path) -> None:
            wb = Workbook()
            clean_workbook_properties(wb, project.name)
            ws = wb.active
            ws.title = SHEET_NAMES[lang][0]
            ws.append(header)
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for row in data:
                ws.append(row)
            for i, width in enumerate(SEGMENT_WIDTHS, 1):
                ws.column_dimensions[get_column_letter(i)].width = width
            fit_rows(ws, SEGMENT_WIDTHS)
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            wb.save(str(tmp))
        atomic_write(p, write_xlsx)
    else:
        def write_csv(tmp: Path) -> None:
            with tmp.open("w", newline="", encoding="utf-8-sig") as f:
                w = csv.writer(f)
                w.writerow(header)
                w.writerows([["" if v is None else v for v in row] for row in data])
        atomic_write(p, write_csv)
    return len(rows)


def matrix_rows(project: Project, measure: str = "segments", lang: str = "nb",
                filters: Any = None) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the theme × informant matrix: level, theme area, subgroup, code, one count
    per informant (pseudonym), total. Names of themes and codes and pseudonyms only."""
    from coding.matrix import matrix

    if measure not in ("segments", "lines"):
        raise ValueError("measure must be 'segments' or 'lines'")
    check_lang(lang)
    m = matrix(project, filters)
    h = MATRIX_HEADERS[lang]
    header = [h[0], h[1], h[2], h[3], *(c.label for c in m.columns), h[4]]
    out: list[list[Any]] = []
    area = subgroup = ""
    for r in m.rows:
        name = UNCATEGORISED[lang] if r.kind == "area" and r.id is None else r.name
        if r.kind == "area":
            area, subgroup = name, ""
            names = [area, "", ""]
        elif r.kind == "subgroup":
            subgroup = name
            names = [area, subgroup, ""]
        else:
            if r.depth == 1:
                subgroup = ""
            names = [area, subgroup, name]
        out.append([KIND_NAMES[lang].get(r.kind, r.kind), *names, *(getattr(c, measure) for c in r.cells),
                    getattr(r.total, measure)])
    return header, out


def write_matrix_xlsx(project: Project, path: str | os.PathLike[str], measure: str = "segments",
                      lang: str = "nb") -> Path:
    """The theme × informant matrix of :mod:`coding.matrix` as a workbook (names and counts only)."""
    from openpyxl import Workbook  # loaded with the first spreadsheet, not with the app
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    header, rows = matrix_rows(project, measure, lang)

    def write(tmp: Path) -> None:
        wb = Workbook()
        clean_workbook_properties(wb, project.name)
        ws = wb.active
        ws.title = SHEET_NAMES[lang][1]
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        area_label = KIND_NAMES[lang]["area"]
        for row in rows:
            ws.append(row)
            if row[0] == area_label:
                for cell in ws[ws.max_row]:
                    cell.font = Font(bold=True)
        widths = [12, 26, 22, 26, *([9] * (len(header) - 4))]
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        fit_rows(ws, widths)
        for cell in ws[1][4:]:
            cell.alignment = Alignment(horizontal="right")
        ws.freeze_panes = "E2"
        wb.save(str(tmp))

    return atomic_write(path, write)
