"""Quotes taken from segments: create, trim, cut a middle part into "[…]", status and note.

Trimming never changes the coding: the segment keeps its range; a quote only narrows what is shown
(``trim_start``/``trim_end`` inside the segment) and hides ``cuts`` ranges as "[…]". Every function
runs ONE transaction and returns :class:`Changes` (undoable through the generic undo log).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Quote, Segment

STATUSES = ("not_sent", "sent", "approved", "change_requested", "withdrawn")
ELLIPSIS = "[…]"


class QuoteError(KondensError):
    """A quote edit that makes no sense (trim outside the segment, unknown status…)."""


@dataclass(frozen=True)
class QuoteRange:
    start: int
    end: int
    cuts: tuple[tuple[int, int], ...]


def _quote(s: Session, quote_id: int) -> tuple[Quote, Segment]:
    q = s.get(Quote, quote_id)
    if q is None:
        raise QuoteError(N_("quote {quote_id} does not exist"), quote_id=quote_id)
    seg = s.get(Segment, q.segment_id)
    if seg is None:
        raise QuoteError(N_("quote {quote_id}: its segment is gone"), quote_id=quote_id)
    return q, seg


def parse_cuts(raw: str) -> list[tuple[int, int]]:
    try:
        data = json.loads(raw or "[]")
        return sorted((int(a), int(b)) for a, b in data)
    except (ValueError, TypeError):
        return []


def quote_range(q: Quote, seg: Segment) -> QuoteRange:
    """The shown range (trims clamped to the segment) and the cuts inside it."""
    start = max(seg.start, q.trim_start if q.trim_start is not None else seg.start)
    end = min(seg.end, q.trim_end if q.trim_end is not None else seg.end)
    cuts = tuple((max(a, start), min(b, end)) for a, b in parse_cuts(q.cuts) if min(b, end) > max(a, start))
    return QuoteRange(start, max(start, end), cuts)


def render(text: str, r: QuoteRange) -> str:
    """The quote's words with cut parts shown as "[…]", whitespace around cuts tidied."""
    parts: list[str] = []
    pos = r.start
    for a, b in r.cuts:
        parts.append(text[pos:a].rstrip())
        parts.append(ELLIPSIS)
        pos = b
    parts.append(text[pos:r.end].lstrip() if r.cuts else text[pos:r.end])
    out = " ".join(p for p in parts if p) if r.cuts else parts[0]
    return " ".join(out.split())


def create_quote(project: Project, segment_id: int, theme_id: int | None = None, golden: bool = False,
                 note: str = "") -> Changes:
    with project.transaction("New quote") as tx:
        s = tx.session
        if s.get(Segment, segment_id) is None:
            raise QuoteError(N_("segment {segment_id} does not exist"), segment_id=segment_id)
        q = Quote(segment_id=segment_id, theme_id=theme_id, golden=int(golden), note=note)
        s.add(q)
        s.flush()
        tx.value = q.id
    return tx.changes


def set_trim(project: Project, quote_id: int, start: int | None, end: int | None) -> Changes:
    """Show only ``[start, end)`` of the segment (None = the segment's own bound)."""
    with project.transaction("Trim quote") as tx:
        q, seg = _quote(tx.session, quote_id)
        a = seg.start if start is None else start
        b = seg.end if end is None else end
        if not (seg.start <= a < b <= seg.end):
            raise QuoteError(N_("trim {start}–{end} must lie inside the segment {start2}–{end2} and not be empty"),
                             start=a, end=b, start2=seg.start, end2=seg.end)
        q.trim_start = None if a == seg.start else a
        q.trim_end = None if b == seg.end else b
        q.cuts = json.dumps([[x, y] for x, y in parse_cuts(q.cuts) if x >= a and y <= b])
    return tx.changes


def add_cut(project: Project, quote_id: int, start: int, end: int) -> Changes:
    """Hide ``[start, end)`` (a middle part of the shown range) behind "[…]"; overlapping cuts merge."""
    with project.transaction("Cut from quote") as tx:
        q, seg = _quote(tx.session, quote_id)
        r = quote_range(q, seg)
        if not (r.start < start < end < r.end):
            raise QuoteError(N_("a cut must lie strictly inside the quote (trim the ends instead)"))
        merged: list[list[int]] = []
        for a, b in sorted([*parse_cuts(q.cuts), (start, end)]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        q.cuts = json.dumps(merged)
    return tx.changes


def clear_cuts(project: Project, quote_id: int) -> Changes:
    with project.transaction("Restore quote") as tx:
        q, _ = _quote(tx.session, quote_id)
        q.cuts = "[]"
    return tx.changes


def set_status(project: Project, quote_id: int, status: str) -> Changes:
    if status not in STATUSES:
        raise QuoteError(N_("unknown quote status {status!r} (one of {choices})"),
                         status=status, choices=', '.join(STATUSES))
    with project.transaction("Quote status") as tx:
        q, _ = _quote(tx.session, quote_id)
        q.status = status
    return tx.changes


def set_statuses_in(s: Session, quote_ids: list[int], status: str) -> None:
    """Bulk status change inside a caller's transaction (member check marks its quotes "sent")."""
    for q in s.scalars(select(Quote).where(Quote.id.in_(quote_ids))):
        q.status = status


def set_note(project: Project, quote_id: int, note: str) -> Changes:
    with project.transaction("Quote note") as tx:
        q, _ = _quote(tx.session, quote_id)
        q.note = note
    return tx.changes


def delete_quote(project: Project, quote_id: int) -> Changes:
    with project.transaction("Delete quote") as tx:
        q, _ = _quote(tx.session, quote_id)
        tx.session.delete(q)
    return tx.changes
