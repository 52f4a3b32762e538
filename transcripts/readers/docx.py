"""Word .docx: body paragraphs and tables in document order (python-docx for the package, lxml for text).

Only the main document part is read: headers, footers, comments, footnotes and document properties
live in other parts and never enter the transcript. Deleted tracked changes (``w:del``) are skipped,
inserted ones (``w:ins``) kept. Paragraphs in a heading/title style are marked as headings.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from coding.errors import N_
from transcripts.readers.base import Block, RawDoc, UnreadableFile, check_zip, clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "del", W + "moveFrom", W + "footnoteReference", W + "endnoteReference", W + "commentReference",
         W + "pPr", W + "rPr", W + "instrText", W + "delText", MC_FALLBACK}
_HEADING_WORDS = ("heading", "title", "overskrift", "tittel", "subtitle", "undertittel")


def _text(el: Any) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag in (W + "tab", W + "br", W + "cr"):
                out.append(" ")
            elif tag == W + "p":
                walk(child)
                out.append("\n")
            else:
                walk(child)

    walk(el)
    return "".join(out)


def _heading_styles(document: Any) -> set[str]:
    ids: set[str] = set()
    for st in document.styles.element.iter(W + "style"):
        sid = st.get(W + "styleId") or ""
        name_el = st.find(W + "name")
        name = (name_el.get(W + "val") if name_el is not None else "") or ""
        if any(w in (sid + " " + name).lower() for w in _HEADING_WORDS):
            ids.add(sid)
    return ids


def _is_heading(p: Any, heading_ids: set[str]) -> bool:
    ppr = p.find(W + "pPr")
    if ppr is None:
        return False
    st = ppr.find(W + "pStyle")
    if st is not None and st.get(W + "val") in heading_ids:
        return True
    return ppr.find(W + "outlineLvl") is not None


def _body_items(body: Any) -> Iterator[Any]:
    for child in body:
        if child.tag == W + "sdt":  # content controls wrap ordinary paragraphs and tables
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _body_items(content)
        elif child.tag in (W + "p", W + "tbl"):
            yield child


def _rows(tbl: Any) -> list[list[str]]:
    rows = []
    for tr in tbl.iter(W + "tr"):
        cells = [clean(_text(tc)) for tc in tr if tc.tag == W + "tc"]
        rows.append(cells)
    return rows


def _table_blocks(tbl: Any) -> list[Block]:
    rows = [r for r in _rows(tbl) if any(r)]
    # A speaker table: two (or three, with time) columns whose first cell is a short label.
    two_col = rows and all(len(r) >= 2 for r in rows)
    if two_col and sum(1 for r in rows if 0 < len(r[0]) <= 40) >= 0.8 * len(rows):
        out = []
        for i, r in enumerate(rows):
            speaker, text = r[0], " ".join(c for c in r[1:] if c)
            if i == 0 and speaker.lower() in {"taler", "speaker", "navn", "name", "person", "hvem"}:
                continue  # header row
            if text:
                out.append(Block(text, speaker=speaker.rstrip(":").strip() or None))
        return out
    return [Block(c) for r in rows for c in r if c]


def read_docx(data: bytes) -> RawDoc:
    zf = check_zip(data, N_("Word document"), "word/document.xml")
    zf.close()
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise UnreadableFile(N_("is not a valid Word document ({error})"), error=type(e).__name__) from None
    except Exception as e:  # lxml.etree.XMLSyntaxError and friends: a damaged document part
        raise UnreadableFile(N_("is a damaged Word document ({error})"), error=type(e).__name__) from None
    heading_ids = _heading_styles(document)
    blocks: list[Block] = []
    for item in _body_items(document.element.body):
        if item.tag == W + "tbl":
            blocks.extend(_table_blocks(item))
            continue
        text = clean(_text(item))
        if text:
            blocks.append(Block(text, heading=_is_heading(item, heading_ids)))
    return RawDoc("docx", blocks)
