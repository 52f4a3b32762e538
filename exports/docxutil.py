"""python-docx helpers shared by the document exports: a clean document and the quote block."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

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


def quote_block(doc: Any, label: str, text: str, reference: str | None = None) -> Any:
    """An indented block ``C: Det er …`` with an optional right-aligned reference ``(C, l. 212–215)``."""
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(1.25)
    fmt.right_indent = Cm(1.0)
    fmt.space_after = Pt(2 if reference else 10)
    fmt.keep_with_next = bool(reference)
    if label:
        p.add_run(f"{label}: ").bold = True
    run = p.add_run(text)
    run.font.size = Pt(10.5)
    if reference:
        r = doc.add_paragraph()
        r.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r.paragraph_format.right_indent = Cm(1.0)
        r.paragraph_format.space_after = Pt(10)
        ref = r.add_run(f"({reference})")
        ref.italic = True
        ref.font.size = Pt(9)
        ref.font.color.rgb = GREY
    return p


def muted(doc: Any, text: str, italic: bool = True) -> Any:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.italic = italic
    run.font.color.rgb = GREY
    return p


def save(doc: Any, path: str | os.PathLike[str]) -> Path:
    return atomic_write(path, lambda tmp: doc.save(str(tmp)))
