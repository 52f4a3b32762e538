"""Codes and segments: the basic coding writes. The coding workbench extends this module."""

from __future__ import annotations

from sqlalchemy import func, select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.segments_cleanup import delete_segments_in
from coding.store import Project
from coding.store.models import Code, Segment


class CodeError(KondensError, ValueError):
    """A code or segment that cannot be made (one line for the dock and the CLI's exit 2)."""


PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac"]


def create_code(project: Project, name: str, parent_id: int | None = None, color: str | None = None,
                description: str = "") -> Changes:
    name = name.strip()
    if not name:
        raise CodeError(N_("A code needs a name"))
    with project.transaction(f"New code {name}") as tx:
        s = tx.session
        n = s.scalar(select(func.count(Code.id))) or 0
        pos = (s.scalar(select(func.max(Code.position)).where(Code.parent_id.is_not_distinct_from(parent_id))) or 0) + 1
        code = Code(name=name, parent_id=parent_id, color=color or PALETTE[n % len(PALETTE)],
                    description=description, position=pos)
        s.add(code)
        s.flush()
        tx.value = code.id
    return tx.changes


def apply_code(project: Project, transcript_id: int, start: int, end: int, code_id: int, coder: str = "",
               coding_pass: int = 1) -> Changes:
    """Code ``[start, end)`` of a transcript. Coding the same range with the same code twice is a no-op for the
    same coder in the same pass; another coder's or another pass's coding of it is a segment of its own."""
    if end <= start:
        raise CodeError(N_("A segment must not be empty"))
    with project.transaction("Apply code") as tx:
        s = tx.session
        existing = s.scalar(select(Segment.id).where(
            Segment.transcript_id == transcript_id, Segment.code_id == code_id, Segment.start == start,
            Segment.end == end, Segment.coder == coder, Segment.coding_pass == coding_pass))
        if existing is not None:
            tx.value = existing
        else:
            seg = Segment(transcript_id=transcript_id, start=start, end=end, code_id=code_id, coder=coder,
                          coding_pass=coding_pass)
            s.add(seg)
            s.flush()
            tx.value = seg.id
    return tx.changes


def remove_segment(project: Project, segment_id: int) -> Changes:
    with project.transaction("Remove coding") as tx:
        delete_segments_in(tx.session, [segment_id])
    return tx.changes
