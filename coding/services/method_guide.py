"""What the method guide records beside the analysis itself: which transcripts have been read whole
(step 1, "gjennomlesning"), which were re-read with the theme overlay (recontextualisation), and which
recipe the project follows ("thematic": the thesis's seven steps, or "stc": Malterud's four).

Stored as ``Setting`` rows, no migration: ``read:<transcript guid>`` and ``reread:<transcript guid>``
hold the ISO date it happened; ``method`` holds the recipe. A GUID and a date say nothing about a
person; rows of a transcript that is gone are ignored by every read and dropped when the transcript is
marked again or :func:`forget_missing` runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime

from sqlalchemy import delete, select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.memos import date_stamp
from coding.store import Project
from coding.store.models import Setting, Transcript
from coding.store.setting_rows import put_setting

METHOD_KEY = "method"
METHODS = ("thematic", "stc")
KINDS = ("read", "reread")


class GuideError(KondensError):
    pass


@dataclass(frozen=True)
class ReadingState:
    transcript_id: int
    read: str | None  # ISO date the transcript was read whole, None if not yet
    reread: str | None  # ISO date it was re-read with the theme overlay


def _key(kind: str, guid: str) -> str:
    if kind not in KINDS:
        raise GuideError(N_("unknown reading kind {kind!r} (one of {choices})"), kind=kind, choices=', '.join(KINDS))
    return f"{kind}:{guid}"


def mark_read(project: Project, transcript_id: int, kind: str = "read", read: bool = True,
              when: str | Date | datetime | None = None) -> Changes:
    """Record (``read=True``) or clear that a transcript was read whole (``kind="read"``) or re-read
    with the overlay (``kind="reread"``). Marking an already marked transcript keeps the first date
    unless ``when`` is given. ``value`` is the stored date or None."""
    label = {"read": "transcript read", "reread": "transcript re-read"}.get(kind, kind)
    with project.transaction(f"Mark {label}" if read else f"Clear mark {label}") as tx:
        s = tx.session
        guid = s.scalar(select(Transcript.guid).where(Transcript.id == transcript_id))
        if guid is None:
            raise GuideError(N_("transcript {transcript_id} does not exist"), transcript_id=transcript_id)
        key = _key(kind, guid)
        row = s.scalar(select(Setting).where(Setting.key == key))
        if not read:
            if row is not None:
                s.delete(row)
            tx.value = None
        elif row is None:
            tx.value = date_stamp(when, GuideError)
            s.add(Setting(key=key, value=tx.value))
        else:
            stamp = date_stamp(when, GuideError) if when is not None else row.value
            if stamp != row.value:
                row.value = stamp
            tx.value = row.value
    return tx.changes


def reading_states(project: Project) -> list[ReadingState]:
    """Every transcript in list order with its read and re-read dates."""
    with project.read() as s:
        ts = s.execute(select(Transcript.id, Transcript.guid).order_by(Transcript.position, Transcript.id)).all()
        rows = dict(s.execute(select(Setting.key, Setting.value).where(
            Setting.key.like("read:%") | Setting.key.like("reread:%"))).all())
    return [ReadingState(int(tid), rows.get(f"read:{guid}"), rows.get(f"reread:{guid}")) for tid, guid in ts]


def forget_missing(project: Project) -> Changes:
    """Drop reading rows whose transcript has been deleted (e.g. after a withdrawal)."""
    with project.transaction("Tidy reading records") as tx:
        s = tx.session
        guids = set(s.scalars(select(Transcript.guid)))
        stale = [k for k in s.scalars(select(Setting.key).where(
            Setting.key.like("read:%") | Setting.key.like("reread:%"))) if k.split(":", 1)[1] not in guids]
        if stale:
            s.execute(delete(Setting).where(Setting.key.in_(stale)))
        tx.value = len(stale)
    return tx.changes


def current_method(project: Project) -> str:
    """The recipe the project follows: "thematic" (the default) or "stc"."""
    with project.read() as s:
        v = s.scalar(select(Setting.value).where(Setting.key == METHOD_KEY))
    return v if v in METHODS else "thematic"


def set_method(project: Project, method: str) -> Changes:
    if method not in METHODS:
        raise GuideError(N_("unknown method {method!r} (one of {choices})"), method=method, choices=', '.join(METHODS))
    with project.transaction("Choose analysis method") as tx:
        s = tx.session
        put_setting(s, METHOD_KEY, method)
        tx.value = method
    return tx.changes
