"""python-docx helpers shared by the document exports: a clean document, named styles, quote paragraphs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from exports.quote_format import GOLDEN_MARK, QuoteLines
from exports.safety import atomic_write, clean_docx_properties

GREY = RGBColor(0x59, 0x59, 0x59)


def new_document(title: str) -> Any:
    """A Document with empty personal properties, A4 margins and a readable body font."""
    doc = Document()
    clean_docx_properties(doc, title)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    return doc


QUOTE_STYLE = "Sitat"
CONDENSATE_STYLE = "Kondensat"
REFERENCE_STYLE = "Sitatreferanse"
GOLDEN_STYLE = "Gullsitat"


def ensure_styles(doc: Any) -> None:
    """Named styles the author can restyle in one place: quote, condensate, reference, golden mark.
    Their style ids are their names (no spaces), which :func:`_style` relies on."""
    if doc.styles.element.get_by_id(GOLDEN_STYLE) is not None:  # the last one added: all are there
        return
    styles = doc.styles
    names = {s.name for s in styles}
    if QUOTE_STYLE not in names:
        st = styles.add_style(QUOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.quick_style = True
        st.font.size = Pt(10.5)
        pf = st.paragraph_format
        pf.left_indent = Cm(1.25)
        pf.right_indent = Cm(1.0)
        pf.space_before = Pt(4)
        pf.space_after = Pt(10)
        pf.line_spacing = 1.0
    if CONDENSATE_STYLE not in names:
        st = styles.add_style(CONDENSATE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.quick_style = True
        st.font.italic = True
        st.font.color.rgb = RGBColor(0x2D, 0x4F, 0x73)
        st.paragraph_format.space_after = Pt(8)
    if REFERENCE_STYLE not in names:
        st = styles.add_style(REFERENCE_STYLE, WD_STYLE_TYPE.CHARACTER)
        st.base_style = styles["Default Paragraph Font"]
        st.font.color.rgb = GREY
    if GOLDEN_STYLE not in names:
        st = styles.add_style(GOLDEN_STYLE, WD_STYLE_TYPE.CHARACTER)
        st.base_style = styles["Default Paragraph Font"]
        st.font.color.rgb = RGBColor(0xB8, 0x86, 0x0B)


def quote_paragraph(doc: Any, q: QuoteLines, golden: bool = False) -> Any:
    """One paragraph in the "Sitat" style; a dialogue gets a line break per turn, the reference
    (style "Sitatreferanse") follows the last words, a golden quote starts with ★ (style "Gullsitat")."""
    ensure_styles(doc)
    p = _style(doc.add_paragraph(), QUOTE_STYLE)
    if golden:
        _style(p.add_run(GOLDEN_MARK + " "), GOLDEN_STYLE)
    for i, (who, text) in enumerate(q.lines):
        if i:
            p.add_run().add_break()
        if who:
            p.add_run(f"{who}: ").bold = True
        p.add_run(text)
    if q.reference:
        # No-break spaces keep "(A, l. 6–7)" on one line.
        _style(p.add_run(" (" + q.reference.replace(" ", "\u00a0") + ")"), REFERENCE_STYLE)
    return p


def _style(item: Any, style_id: str) -> Any:
    """Give a paragraph or run one of :func:`ensure_styles`'s styles by its id. python-docx's
    ``style=`` looks the name up and compares it with the default style, a walk over every style of the
    document each time (about 3 ms a quote: most of a 2,000-quote export)."""
    element = item._p if hasattr(item, "_p") else item._r
    (element.get_or_add_pPr() if hasattr(item, "_p") else element.get_or_add_rPr()).style = style_id
    return item


def condensate_paragraph(doc: Any, text: str, label: str = "Kondensat") -> Any:
    """The condensate, labelled, in its own style so it never reads like the author's own text."""
    ensure_styles(doc)
    p = _style(doc.add_paragraph(), CONDENSATE_STYLE)
    p.add_run(f"{label}: ").bold = True
    p.add_run(text)
    return p


def fixed_table(doc: Any, widths_cm: tuple[float, ...] | list[float], style: str = "Table Grid") -> Any:
    """A one-row table whose grid (``w:gridCol``), cell widths and total width agree, with a fixed layout:
    Word and LibreOffice then draw the columns as given instead of equal ones. Set each new row's cell
    widths with :func:`set_widths`."""
    table = doc.add_table(rows=1, cols=len(widths_cm))
    table.style = style
    table.autofit = False  # w:tblLayout type="fixed"
    for col, w in zip(table.columns, widths_cm, strict=True):
        col.width = Cm(w)
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(round(sum(widths_cm) / 2.54 * 1440)))
    set_widths(table.rows[0].cells, widths_cm)
    return table


def set_widths(cells: Any, widths_cm: tuple[float, ...] | list[float]) -> None:
    for cell, w in zip(cells, widths_cm, strict=True):
        cell.width = Cm(w)


def right_cell(cell: Any, text: str, bold: bool = False) -> None:
    """A table cell with right-aligned text (numbers and their headers)."""
    cell.text = ""
    par = cell.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    par.add_run(text).bold = bold


def muted(doc: Any, text: str, italic: bool = True) -> Any:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.italic = italic
    run.font.color.rgb = GREY
    return p


def save(doc: Any, path: str | os.PathLike[str]) -> Path:
    return atomic_write(path, lambda tmp: doc.save(str(tmp)))
