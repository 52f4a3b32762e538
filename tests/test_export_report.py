"""Supervisor report (.docx / self-contained .html), segment and matrix spreadsheets."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from coding.store import Project
from exports.report import write_report
from exports.safety import ExportRefused
from exports.tables import write_matrix_xlsx, write_segments
from tests.test_export_quotes import build


def test_report_docx_and_html(project: Project, tmp_path: Path) -> None:
    build(project)
    doc_path = write_report(project, tmp_path / "r.docx")
    doc = Document(str(doc_path))
    paras = [p.text for p in doc.paragraphs]
    assert "Tid og tålmodighet" in paras and "Å lytte" in paras
    assert "Kondensat: Informantene beskriver at de har lært å ha god tid." in paras
    assert "2 kodede utdrag · 1 informant" in paras  # the area counts its subgroup's segment too
    assert any(p.startswith("A: Det er en ting") for p in paras)  # golden quote
    assert doc.tables[0].rows[1].cells[0].text == "god tid – in vivo"
    assert doc.core_properties.author == "" and doc.core_properties.last_modified_by == ""
    page = write_report(project, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<style>" in page and "Samarbeid bærer arbeidet." in page
    assert not re.search(r"""(src|href)=["']?(https?:|//|/)""", page) and "<link" not in page and "<script" not in page
    with pytest.raises(ExportRefused):
        write_report(project, tmp_path / "x.html", identifiers=["samarbeid"])
    assert not (tmp_path / "x.html").exists()


def test_segments_csv_and_xlsx(project: Project, tmp_path: Path) -> None:
    build(project)
    assert write_segments(project, tmp_path / "s.csv") == 4
    rows = list(csv.reader((tmp_path / "s.csv").open(encoding="utf-8-sig")))
    assert rows[0] == ["informant", "transcript", "lines", "code", "theme area", "subgroup", "text", "memo", "coder",
                       "pass"]
    first = rows[1]
    assert first[9] == "1"
    assert first[0] == "A" and first[2] == "2–4" and first[4] == "Tid og tålmodighet"
    assert first[6].startswith("Det er en ting") and first[7] == "Sentral for tema 1"
    write_segments(project, tmp_path / "s.xlsx")
    wb = load_workbook(tmp_path / "s.xlsx")
    assert wb.properties.creator in ("", None) and wb.active.max_row == 5
    write_matrix_xlsx(project, tmp_path / "m.xlsx")
    ws = load_workbook(tmp_path / "m.xlsx").active
    header = [c.value for c in ws[1]]
    assert "A" in header and "B" in header
    names = [str(c.value).strip() for c in ws["B"]]
    assert "Tid og tålmodighet" in names and "samarbeid" in names
