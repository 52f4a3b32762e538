"""OpenDocument text (.odt) via odfpy: paragraphs, headings and tables of the body in order.

Annotations (comments), notes (footnotes), tracked-change regions and document metadata are skipped.
"""

from __future__ import annotations

import io
from typing import Any

from coding.errors import N_
from transcripts.readers.base import Block, RawDoc, UnreadableFile, check_zip, clean

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_SKIP = {(OFFICE, "annotation"), (OFFICE, "annotation-end"), (TEXT, "note"), (TEXT, "tracked-changes"),
         (TEXT, "deletion")}


def _text(node: Any) -> str:
    out: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
            continue
        q = child.qname
        if q in _SKIP:
            continue
        if q in ((TEXT, "s"),):
            out.append(" " * int(child.getAttribute("c") or 1))
        elif q in ((TEXT, "tab"), (TEXT, "line-break")):
            out.append(" ")
        else:
            out.append(_text(child))
    return "".join(out)


def _walk(node: Any, blocks: list[Block]) -> None:
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname in _SKIP:
            continue
        q = child.qname
        if q in ((TEXT, "p"), (TEXT, "h")):
            text = clean(_text(child))
            if text:
                blocks.append(Block(text, heading=q == (TEXT, "h")))
        elif q == (TABLE, "table-row"):
            cells = [clean(_text(c)) for c in child.childNodes
                     if c.nodeType == c.ELEMENT_NODE and c.qname == (TABLE, "table-cell")]
            cells = [c for c in cells if c]
            if len(cells) == 2 and len(cells[0]) <= 40:
                blocks.append(Block(cells[1], speaker=cells[0].rstrip(":").strip()))
            else:
                blocks.extend(Block(c) for c in cells)
        else:
            _walk(child, blocks)


def read_odt(data: bytes) -> RawDoc:
    check_zip(data, N_("OpenDocument text"), "content.xml").close()
    from odf.opendocument import load

    try:
        doc = load(io.BytesIO(data))
    except Exception as e:  # odfpy raises whatever its XML parser raises on damaged parts
        raise UnreadableFile(N_("is a damaged OpenDocument file ({error})"), error=type(e).__name__) from None
    blocks: list[Block] = []
    _walk(doc.text, blocks)
    return RawDoc("odt", blocks)
