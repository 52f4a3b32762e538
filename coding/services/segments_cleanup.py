"""Deleting segments together with what hangs on them (memos, quotes)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from coding.store.models import Memo, Quote, Segment


def delete_segments_in(s: Session, segment_ids: Iterable[int]) -> None:
    ids = list(segment_ids)
    if not ids:
        return
    s.execute(delete(Memo).where(Memo.target_type == "segment", Memo.target_id.in_(ids)))
    s.execute(delete(Quote).where(Quote.segment_id.in_(ids)))
    s.execute(delete(Segment).where(Segment.id.in_(ids)))
