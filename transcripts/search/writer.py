"""The index's segment writer: whoosh's ``SegmentWriter`` with shortcuts on its per-posting path.

A turn document yields about fifty postings; an import of 100 × 10,000 words about 660,000. For each
whoosh (1) estimates its size and checks its types when it enters the posting pool, (2) asks the
field's length in that document from the length column just written, (3) asks whether the field has a
length column at all (a file-system ``stat``), and (4) checks types again in the postings writer. The
shortcuts below give the same answers from what is known when the document is added, and write the
same bytes (``tests/test_search_fields.py`` compares a segment written both ways).
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

_POSTING_BASE = 150  # whoosh's PostingPool size estimate of a posting tuple, less its strings' lengths


class Writer(SegmentWriter):  # type: ignore[misc]  # whoosh has no type hints
    """whoosh's segment writer (see the module docstring). The lengths are kept from ``add_field`` (as
    the byte the length column stores, so the values are the same) for added and merged documents."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        lengths: dict[str, dict[int, int]] = {}
        pdw = self.perdocwriter
        start_doc, add_field = pdw.start_doc, pdw.add_field
        current = [0]

        def recording_start_doc(docnum: int) -> None:
            start_doc(docnum)
            current[0] = docnum

        def recording_add_field(fieldname: str, fieldobj: Any, value: Any, length: int) -> None:
            add_field(fieldname, fieldobj, value, length)
            if length:
                lengths.setdefault(fieldname, {})[current[0]] = length_to_byte(length)

        pdw.start_doc, pdw.add_field = recording_start_doc, recording_add_field
        self._lengths = lengths
        pool = self.pool

        def pool_add(item: tuple[str, bytes, int, float, bytes | None]) -> None:
            """PostingPool.add without its type asserts (every posting here is made of bytes)."""
            pool.fieldnames.add(item[0])
            pool.currentsize += _POSTING_BASE + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
            if pool.currentsize > pool.limit:
                pool.save()
            pool.current.append(item)

        if hasattr(pool, "current") and hasattr(pool, "currentsize") and hasattr(pool, "fieldnames"):
            pool.add = pool_add
        fw = self.fieldwriter
        if type(fw) is W3FieldWriter:
            general = fw.add_postings

            def add_postings(schema: Any, lengths_reader: Any, items: Any) -> None:
                own = getattr(lengths_reader, "kondens_lengths", None)  # this segment's flush (not a merge tool's)
                if own is None:
                    general(schema, lengths_reader, items)
                else:
                    _add_postings(fw, schema, own, items)

            fw.add_postings = add_postings

    def per_document_reader(self) -> Any:
        reader = super().per_document_reader()
        lengths = self._lengths

        def doc_field_length(docnum: int, fieldname: str, default: int = 0) -> int | None:
            # Every length this segment holds went through ``add_field`` (added documents and merged ones).
            by_doc = lengths.get(fieldname)
            if by_doc is None:
                return default  # no length column: whoosh answers the default
            lbyte = by_doc.get(docnum)
            return byte_to_length(lbyte) if lbyte else None  # whoosh answers None for a length byte of 0

        reader.doc_field_length = doc_field_length
        reader.kondens_lengths = lengths
        return reader




def _add_postings(fw: Any, schema: Any, lengths: dict[str, dict[int, int]], items: Any) -> None:
    """``FieldWriter.add_postings`` for the W3 codec, from sorted postings, with the length lookup and
    ``W3PostingsWriter.add_posting`` inlined (same state changes, no per-posting type checks)."""
    lastfn: str | None = None
    lasttext: bytes | None = None
    pw: Any = None
    by_doc: dict[int, int] | None = None
    for fieldname, btext, docnum, weight, value in items:
        if fieldname != lastfn:
            if lasttext is not None:
                fw.finish_term()
            if lastfn is not None:
                fw.finish_field()
            fw.start_field(fieldname, schema[fieldname])
            lastfn, lasttext = fieldname, None
            pw = fw._postwriter
            if type(pw) is not W3PostingsWriter:  # another postings writer: whoosh's own path
                pw = None
            by_doc = lengths.get(fieldname)
        if docnum == -1:  # whoosh's marker for spelling words: no posting
            continue
        if btext != lasttext:
            if lasttext is not None:
                fw.finish_term()
            fw.start_term(btext)
            lasttext = btext
        lbyte = by_doc.get(docnum) if by_doc is not None else None
        length = byte_to_length(lbyte) if lbyte else (0 if by_doc is None else None)
        if value is None:
            value = b""
        if pw is None:
            fw.add(docnum, weight, value, length)
            continue
        if len(pw._ids) >= pw._blocklimit:
            pw._write_block()
        pw._ids.append(docnum)
        pw._weights.append(weight)
        if weight > pw._maxweight:
            pw._maxweight = weight
        if value:
            pw._values.append(value)
        if length:
            if pw._minlength is None or length < pw._minlength:
                pw._minlength = length
            if length > pw._maxlength:
                pw._maxlength = length
    if lasttext is not None:
        fw.finish_term()
    if lastfn is not None:
        fw.finish_field()
