"""Memos on codes, segments, transcripts (one per object) and the project journal of reflection notes.

Each function runs one ``project.transaction`` and returns ``Changes`` (undoable with ``project.revert``).
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime

from sqlalchemy import select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Code, Informant, Memo, Segment, ThemeNode, Transcript, now_iso

MEMO_TARGETS = {"code": Code, "segment": Segment, "transcript": Transcript, "theme": ThemeNode,
                "informant": Informant}
JOURNAL = "journal"


class MemoError(KondensError):
    pass


def set_memo(project: Project, target_type: str, target_id: int, text: str) -> Changes:
    """Write the memo of one code/segment/transcript/theme/informant. Empty text deletes it.

    ``value`` is the memo id, or None when it was deleted. Unchanged text writes nothing.
    """
    model = MEMO_TARGETS.get(target_type)
    if model is None:
        raise MemoError(N_("Memos attach to {choices}, not {target_type!r}"),
                        choices=', '.join(MEMO_TARGETS), target_type=target_type)
    with project.transaction("Edit memo") as tx:
        s = tx.session
        if s.get(model, target_id) is None:
            raise MemoError(N_("The {target_type} {target_id} does not exist"),
                            target_type=target_type, target_id=target_id)
        memo = s.scalar(select(Memo).where(Memo.target_type == target_type, Memo.target_id == target_id)
                        .order_by(Memo.id).limit(1))
        if not text.strip():
            if memo is not None:
                s.delete(memo)
            tx.value = None
        elif memo is None:
            project.claim_first(s, f"memo:{target_type}:{target_id}", "Edit memo",
                                "SELECT 1 FROM memos WHERE target_type = :t AND target_id = :i",
                                {"t": target_type, "i": target_id})
            memo = Memo(target_type=target_type, target_id=target_id, text=text)
            s.add(memo)
            s.flush()
            tx.value = memo.id
        else:
            if memo.text != text:
                memo.text = text
                memo.updated = now_iso()
            tx.value = memo.id
    return tx.changes


def date_stamp(when: str | Date | datetime | None, error: type[KondensError] = MemoError) -> str:
    """A stored date (journal entries, reading marks): the given date or time in ISO form, or now.
    A string that is no date raises ``error``."""
    if when is None:
        return now_iso()
    if isinstance(when, datetime):
        return when.replace(microsecond=0).isoformat()
    if isinstance(when, Date):
        return when.isoformat()
    try:
        return Date.fromisoformat(when[:10]).isoformat() if len(when) <= 10 else datetime.fromisoformat(
            when).replace(microsecond=0).isoformat()
    except ValueError:
        raise error(N_("Not a date: {when!r} (expected YYYY-MM-DD)"), when=when) from None


def add_journal_entry(project: Project, title: str, text: str, date: str | Date | datetime | None = None
                      ) -> Changes:
    """Add a dated reflection note (refleksjonsnotat). ``value`` is its id."""
    title = title.strip()
    if not title and not text.strip():
        raise MemoError(N_("A reflection note needs a title or some text"))
    stamp = date_stamp(date)
    with project.transaction("New reflection note") as tx:
        m = Memo(target_type=JOURNAL, target_id=None, title=title, text=text, created=stamp, updated=now_iso())
        tx.session.add(m)
        tx.session.flush()
        tx.value = m.id
    return tx.changes


def update_journal_entry(project: Project, entry_id: int, title: str | None = None, text: str | None = None,
                         date: str | Date | datetime | None = None) -> Changes:
    """Change what is given (title, text, date) of a reflection note; unchanged values write nothing."""
    with project.transaction("Edit reflection note") as tx:
        m = tx.session.get(Memo, entry_id)
        if m is None or m.target_type != JOURNAL:
            raise MemoError(N_("Reflection note {entry_id} does not exist"), entry_id=entry_id)
        changed = False
        if title is not None and m.title != title.strip():
            m.title, changed = title.strip(), True
        if text is not None and m.text != text:
            m.text, changed = text, True
        if date is not None and m.created != date_stamp(date):
            m.created, changed = date_stamp(date), True
        if changed:
            m.updated = now_iso()
        tx.value = entry_id
    return tx.changes


def delete_journal_entry(project: Project, entry_id: int) -> Changes:
    with project.transaction("Delete reflection note") as tx:
        m = tx.session.get(Memo, entry_id)
        if m is None or m.target_type != JOURNAL:
            raise MemoError(N_("Reflection note {entry_id} does not exist"), entry_id=entry_id)
        tx.session.delete(m)
        tx.value = entry_id
    return tx.changes
