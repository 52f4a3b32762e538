"""Supervisor report (.docx / self-contained .html), segment and matrix spreadsheets."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from coding.store import Project
from coding.store.models import Memo
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
    golden = next(p for p in doc.paragraphs if "Det er en ting" in p.text)  # the golden quote, marked
    assert golden.style.name == "Sitat" and golden.text.startswith("★ Det er en ting")
    assert doc.tables[0].rows[1].cells[0].text == "god tid – in vivo"
    assert doc.core_properties.author == "" and doc.core_properties.last_modified_by == ""
    page = write_report(project, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<style>" in page and "Samarbeid bærer arbeidet." in page
    assert not re.search(r"""(src|href)=["']?(https?:|//|/)""", page) and "<link" not in page and "<script" not in page
    with pytest.raises(ExportRefused):
        write_report(project, tmp_path / "x.html", identifiers=["samarbeid"])
    assert not (tmp_path / "x.html").exists()


def test_report_optional_sections_and_right_aligned_numbers(project: Project, tmp_path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from coding.services.coding_ops import rename_code
    from coding.snapshots import save_snapshot
    from coding.store.models import ResearchQuestion, ThemeQuestion
    from exports.report import ReportOptions

    ids = build(project)
    with project.transaction("rq") as tx:
        q = ResearchQuestion(text="Hvordan erfarer terapeuter tid?", position=0)
        tx.session.add(q)
        tx.session.flush()
        tx.session.add(ThemeQuestion(theme_id=ids["area"], question_id=q.id))
    snap = save_snapshot(project, "Før veiledning").value
    rename_code(project, ids["c_tid"], "å ha god tid")
    opts = ReportOptions(extracts=True, memos=True, matrix=True, since_snapshot=snap)
    doc = Document(str(write_report(project, tmp_path / "full.docx", options=opts)))
    paras = [p.text for p in doc.paragraphs]
    # Research questions with their linked themes.
    rq = next(p for p in doc.paragraphs if p.text.startswith("Hvordan erfarer"))
    assert rq.style.name == "List Number" and "Temaer: Tid og tålmodighet" in rq.text
    # Extracts per code with references, under the code.
    i = paras.index("Utdrag: å ha god tid")
    assert doc.paragraphs[i].style.name.startswith("Heading")
    assert doc.paragraphs[i + 1].style.name == "Sitat"
    assert doc.paragraphs[i + 1].text.replace("\u00a0", " ").endswith("(A, l. 2–4)")
    # Memos and reflection notes.
    assert "Memoer" in paras and "Refleksjonsnotater" in paras
    assert any(p.startswith("Kode: å ha god tid") for p in paras) and "Koden samler utsagn om tid" in paras
    assert "Jeg merker at jeg påvirker samtalen." in paras
    # Changes since the snapshot, in Bokmål.
    assert any(p.startswith("Endringer siden Før veiledning") for p in paras)
    assert "Kode omdøpt: god tid → å ha god tid" in paras
    # The matrix: numbers right-aligned under right-aligned headers (the code tables too).
    matrix = doc.tables[-1]
    header = [c.text for c in matrix.rows[0].cells]
    assert header[0] == "Tema / kode" and header[1:] == ["A", "B", "sum"]
    assert [r.cells[0].text.strip() for r in matrix.rows[1:3]] == ["Tid og tålmodighet", "å ha god tid"]
    for row in matrix.rows:
        for cell in row.cells[1:]:
            assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert row.cells[0].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT
    code_table = doc.tables[0]
    assert [c.paragraphs[0].alignment for c in code_table.rows[0].cells[1:]] == [WD_ALIGN_PARAGRAPH.RIGHT] * 2
    assert [c.paragraphs[0].alignment for c in code_table.rows[1].cells[1:]] == [WD_ALIGN_PARAGRAPH.RIGHT] * 2
    page = write_report(project, tmp_path / "full.html", options=opts).read_text(encoding="utf-8")
    assert "th.n,td.n{text-align:right" in page
    assert '<th class="n">Utdrag</th><th class="n">Informanter</th>' in page
    assert re.search(r'<th class="n">A</th>', page) and "Kode omdøpt: god tid → å ha god tid" in page
    assert "<h2>Memoer</h2>" in page and "Temaer: Tid og tålmodighet" in page
    # Without options: none of the optional sections.
    plain = [p.text for p in Document(str(write_report(project, tmp_path / "p.docx"))).paragraphs]
    assert "Memoer" not in plain and not any(p.startswith(("Utdrag:", "Endringer siden")) for p in plain)


def test_segments_csv_and_xlsx(project: Project, tmp_path: Path) -> None:
    ids = build(project)
    assert write_segments(project, tmp_path / "s.csv", lang="en") == 4
    rows = list(csv.reader((tmp_path / "s.csv").open(encoding="utf-8-sig")))
    assert rows[0] == ["informant", "transcript", "first line", "last line", "code", "theme area", "subgroup",
                       "text", "memo", "coder", "pass"]
    first = rows[1]
    assert first[10] == "1"
    assert first[0] == "A" and first[2:4] == ["2", "4"] and first[5] == "Tid og tålmodighet"
    assert first[7].startswith("Det er en ting") and first[8] == "Sentral for tema 1"
    assert any(r[5] == "Uncategorised" for r in rows[1:])
    write_segments(project, tmp_path / "s-nb.csv")
    nb = list(csv.reader((tmp_path / "s-nb.csv").open(encoding="utf-8-sig")))
    assert nb[0][:4] == ["informant", "transkripsjon", "fra linje", "til linje"] and nb[0][-4:] == ["tekst", "memo", "koder", "runde"]
    assert any(r[5] == "Uten temaområde" for r in nb[1:])

    # A long multi-line memo: the cell wraps and its row grows to fit.
    with project.transaction("long memo") as tx:
        tx.session.add(Memo(target_type="segment", target_id=ids["seg3"], text="Første linje.\nAndre linje.\n"
                            + "lang " * 60))
    write_segments(project, tmp_path / "s.xlsx")
    wb = load_workbook(tmp_path / "s.xlsx")
    ws = wb.active
    assert wb.properties.creator in ("", None) and ws.max_row == 5 and ws.title == "Segmenter"
    assert [c.value for c in ws[1]][:4] == ["informant", "transkripsjon", "fra linje", "til linje"]
    assert ws["C2"].value == 2 and ws["D2"].value == 4 and ws["C2"].data_type == "n"
    for row in ws.iter_rows(min_row=2):
        assert all(c.alignment.wrap_text for c in row)
    heights = {r: ws.row_dimensions[r].height for r in range(2, 6)}
    memo_row = next(r for r in range(2, 6) if "lang lang" in str(ws.cell(r, 9).value))
    assert heights[memo_row] >= 15 * 8  # 2 short lines + 300 characters in a 40-wide column ≈ 10 lines
    assert min(heights.values()) >= 15
    write_matrix_xlsx(project, tmp_path / "m.xlsx")
    ws = load_workbook(tmp_path / "m.xlsx").active
    header = [c.value for c in ws[1]]
    assert header[:4] == ["nivå", "temaområde", "subgruppe", "kode"] and header[-1] == "sum"
    assert "A" in header and "B" in header
    kinds = {str(c.value) for c in ws["A"][1:]}
    assert kinds <= {"temaområde", "subgruppe", "kode"} and "temaområde" in kinds
    assert "Uten temaområde" in {str(c.value) for c in ws["B"]}
    assert "samarbeid" in {str(c.value) for c in ws["D"]}
    a_col = header.index("A") + 1
    assert all(isinstance(ws.cell(r, a_col).value, int) for r in range(2, ws.max_row + 1))


def test_report_and_review_section_use_one_word_for_subgroups() -> None:
    from coding.snapshots import CodeMove, SnapshotDiff
    from exports import review_section
    from exports.report import change_lines

    d = SnapshotDiff(themes_moved=[CodeMove("Trygghet", "Arbeid", "Fellesskap")])
    assert change_lines(d) == review_section.lines_nb(d) == ["Subgruppe flyttet: Trygghet: Arbeid → Fellesskap"]
