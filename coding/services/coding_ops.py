"""Code tree operations: rename, recolour, describe, move, delete, merge, split, change a segment's code.

Each function runs ONE ``project.transaction`` and returns its ``Changes``; the generic trigger log
makes each of them exactly undoable with ``project.revert`` (bulk SQL included), so a cascade such as
"delete a code with its children, segments, quotes and memos" is one call and one Ctrl+Z.
Memos and journal entries live in :mod:`coding.services.memos`.
"""

from __future__ import annotations

import re

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.codes import PALETTE
from coding.services.segments_cleanup import delete_segments_in
from coding.store import Project
from coding.store.models import Code, Memo, Segment, Setting, now_iso
from coding.store.setting_rows import put_setting

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class CodingError(KondensError):
    """A coding operation the user asked for that cannot be done (one line, shown as is)."""


# ---- helpers (session level) -------------------------------------------------------------------------
def _code(s: Session, code_id: int) -> Code:
    c = s.get(Code, code_id)
    if c is None:
        raise CodingError(N_("Code {code_id} does not exist"), code_id=code_id)
    return c


def descendant_ids_in(s: Session, code_id: int) -> list[int]:
    """Ids of every code below ``code_id`` (not itself), by a recursive CTE."""
    rows = s.execute(text(
        "WITH RECURSIVE sub(id) AS (SELECT id FROM codes WHERE parent_id = :cid "
        "UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub"), {"cid": code_id})
    return [int(r[0]) for r in rows]


def _siblings(s: Session, parent_id: int | None, exclude: int | None = None) -> list[Code]:
    q = select(Code).where(Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id)
    if exclude is not None:
        q = q.where(Code.id != exclude)
    return list(s.scalars(q.order_by(Code.position, Code.id)))


def _place(s: Session, code: Code, parent_id: int | None, index: int | None) -> None:
    """Put ``code`` under ``parent_id`` at ``index`` among its new siblings (None = last); renumber 1..n.

    Only rows whose position actually changes are written, so undo data stays small.
    """
    sibs = _siblings(s, parent_id, exclude=code.id)
    if index is None or index > len(sibs):
        index = len(sibs)
    sibs.insert(max(0, index), code)
    if code.parent_id != parent_id:
        code.parent_id = parent_id
    for pos, c in enumerate(sibs, start=1):
        if c.position != pos:
            c.position = pos


def _append_text(base: str, extra: str, heading: str) -> str:
    extra = extra.strip()
    if not extra:
        return base
    if not base.strip():
        return extra
    return f"{base.rstrip()}\n\n{heading}\n{extra}"


def _merge_memos_in(s: Session, target_type: str, source_id: int, target_id: int, heading: str) -> None:
    """Move the memos of one object to another; if the target has one already, append and drop the source's."""
    src = list(s.scalars(select(Memo).where(Memo.target_type == target_type, Memo.target_id == source_id)
                         .order_by(Memo.id)))
    if not src:
        return
    dst = s.scalar(select(Memo).where(Memo.target_type == target_type, Memo.target_id == target_id)
                   .order_by(Memo.id).limit(1))
    for m in src:
        if dst is None:
            m.target_id = target_id
            dst = m
        else:
            dst.text = _append_text(dst.text, m.text, heading)
            dst.updated = now_iso()
            s.delete(m)
    s.flush()


def _collapse_duplicates_in(s: Session, pairs: list[tuple[int, int]], heading: str) -> None:
    """For each (duplicate, keeper) segment pair: quotes and memos go to the keeper, the duplicate goes."""
    if not pairs:
        return
    # Work in bulk through a temp map: one statement per pair would be slow for big merges.
    s.execute(text("CREATE TEMP TABLE IF NOT EXISTS kondens_seg_map (dup INTEGER PRIMARY KEY, keep INTEGER)"))
    s.execute(text("DELETE FROM kondens_seg_map"))
    s.execute(text("INSERT INTO kondens_seg_map(dup, keep) VALUES (:d, :k)"),
              [{"d": d, "k": k} for d, k in pairs])
    keep_of = dict(pairs)
    with_memo = s.scalars(text("SELECT DISTINCT target_id FROM memos WHERE target_type = 'segment' "
                               "AND target_id IN (SELECT dup FROM kondens_seg_map) ORDER BY target_id")).all()
    for dup in with_memo:
        _merge_memos_in(s, "segment", int(dup), keep_of[int(dup)], heading)
    s.execute(text("UPDATE quotes SET segment_id = (SELECT keep FROM kondens_seg_map m WHERE m.dup = "
                   "quotes.segment_id) WHERE segment_id IN (SELECT dup FROM kondens_seg_map)"))
    s.execute(text("DELETE FROM segments WHERE id IN (SELECT dup FROM kondens_seg_map)"))
    s.execute(text("DELETE FROM kondens_seg_map"))


# ---- simple edits ------------------------------------------------------------------------------------
def rename_code(project: Project, code_id: int, name: str) -> Changes:
    name = name.strip()
    if not name:
        raise CodingError(N_("A code needs a name"))
    with project.transaction(f"Rename code to {name}") as tx:
        c = _code(tx.session, code_id)
        if c.name != name:
            c.name = name
        tx.value = code_id
    return tx.changes


def recolor_code(project: Project, code_id: int, color: str) -> Changes:
    if not _COLOR.match(color):
        raise CodingError(N_("Not a colour: {color!r} (expected #rrggbb)"), color=color)
    with project.transaction("Recolour code") as tx:
        c = _code(tx.session, code_id)
        if c.color.lower() != color.lower():
            c.color = color.lower()
        tx.value = code_id
    return tx.changes


def describe_code(project: Project, code_id: int, description: str) -> Changes:
    with project.transaction("Describe code") as tx:
        c = _code(tx.session, code_id)
        if c.description != description:
            c.description = description
        tx.value = code_id
    return tx.changes


def reparent_code(project: Project, code_id: int, parent_id: int | None, index: int | None = None) -> Changes:
    """Move a code (with its subtree) under ``parent_id`` (None = top level) at ``index`` (None = last).

    Refuses to put a code under itself or under one of its descendants.
    """
    with project.transaction("Move code") as tx:
        s = tx.session
        c = _code(s, code_id)
        if parent_id is not None:
            _code(s, parent_id)
            if parent_id == code_id or parent_id in descendant_ids_in(s, code_id):
                raise CodingError(N_("Cannot move {name!r} under itself or one of its sub-codes"), name=c.name)
        _place(s, c, parent_id, index)
        tx.value = code_id
    return tx.changes


def reorder_code(project: Project, code_id: int, index: int) -> Changes:
    """Move a code to ``index`` (0-based) among its siblings."""
    with project.transaction("Reorder code") as tx:
        c = _code(tx.session, code_id)
        _place(tx.session, c, c.parent_id, index)
        tx.value = code_id
    return tx.changes


# ---- cascades ----------------------------------------------------------------------------------------
def delete_code(project: Project, code_id: int) -> Changes:
    """Delete a code and every code below it, with their segments, the segments' quotes and memos, and
    the codes' memos. ``value`` is the number of segments removed."""
    with project.transaction("Delete code") as tx:
        s = tx.session
        _code(s, code_id)
        ids = [code_id, *descendant_ids_in(s, code_id)]
        seg_ids = list(s.scalars(select(Segment.id).where(Segment.code_id.in_(ids))))
        delete_segments_in(s, seg_ids)
        s.execute(delete(Memo).where(Memo.target_type == "code", Memo.target_id.in_(ids)))
        # children reference parents: one statement, so the FK check runs once at its end
        s.execute(delete(Code).where(Code.id.in_(ids)))
        tx.value = len(seg_ids)
    return tx.changes


def merge_codes(project: Project, source_id: int, target_id: int) -> Changes:
    """Merge code A (source) into B (target).

    A's segments move to B in one bulk UPDATE; A-segments with the same transcript/start/end as a
    B-segment collapse into it (their quotes and memos go with them). A's description and memos are
    appended to B's, A's children move under B, and A is deleted. If B sits inside A's subtree, B first
    takes A's place in the tree so no cycle can arise. ``value`` is the number of segments moved.
    """
    if source_id == target_id:
        raise CodingError(N_("Cannot merge a code into itself"))
    with project.transaction("Merge codes") as tx:
        s = tx.session
        a, b = _code(s, source_id), _code(s, target_id)
        heading = f"— from {a.name} —"
        if b.id in descendant_ids_in(s, a.id):
            _place(s, b, a.parent_id, None)
        dup_pairs = [(int(d), int(k)) for d, k in s.execute(text(
            "SELECT sa.id, MIN(sb.id) FROM segments sa JOIN segments sb ON sb.code_id = :b "
            "AND sb.transcript_id = sa.transcript_id AND sb.start = sa.start AND sb.\"end\" = sa.\"end\" "
            "WHERE sa.code_id = :a GROUP BY sa.id"), {"a": a.id, "b": b.id})]
        _collapse_duplicates_in(s, dup_pairs, heading)
        moved = s.execute(update(Segment).where(Segment.code_id == a.id).values(code_id=b.id)).rowcount  # type: ignore[attr-defined]
        b.description = _append_text(b.description, a.description, heading)
        if b.theme_id is None and a.theme_id is not None:
            b.theme_id = a.theme_id
        _merge_memos_in(s, "code", a.id, b.id, heading)
        s.flush()
        children = _siblings(s, a.id)
        base = len(_siblings(s, b.id))
        for i, child in enumerate(children, start=1):
            child.parent_id = b.id
            child.position = base + i
        s.flush()
        s.delete(a)
        s.flush()
        tx.value = int(moved or 0) + len(dup_pairs)
    return tx.changes


def split_code(project: Project, code_id: int, segment_ids: list[int], new_name: str) -> Changes:
    """Move the chosen segments of a code to a new sibling code right after it. ``value`` = new code id."""
    new_name = new_name.strip()
    if not new_name:
        raise CodingError(N_("The new code needs a name"))
    ids = sorted(set(segment_ids))
    if not ids:
        raise CodingError(N_("Choose the segments to move to the new code"))
    with project.transaction(f"Split code into {new_name}") as tx:
        s = tx.session
        c = _code(s, code_id)
        owned = set(s.scalars(select(Segment.id).where(Segment.id.in_(ids), Segment.code_id == code_id)))
        if owned != set(ids):
            raise CodingError(N_("Some chosen segments are not coded with {name!r}"), name=c.name)
        n = s.scalar(select(func.count(Code.id))) or 0
        new = Code(name=new_name, parent_id=c.parent_id, color=PALETTE[n % len(PALETTE)], position=0)
        s.add(new)
        s.flush()
        sibs = _siblings(s, c.parent_id, exclude=new.id)
        _place(s, new, c.parent_id, sibs.index(c) + 1)
        s.execute(update(Segment).where(Segment.id.in_(ids)).values(code_id=new.id))
        tx.value = new.id
    return tx.changes


def change_segment_code(project: Project, segment_id: int, code_id: int) -> Changes:
    """Give a segment another code. If the range is already coded with it, the two collapse into one."""
    with project.transaction("Change segment code") as tx:
        s = tx.session
        seg = s.get(Segment, segment_id)
        if seg is None:
            raise CodingError(N_("Segment {segment_id} does not exist"), segment_id=segment_id)
        target = _code(s, code_id)
        tx.value = segment_id
        if seg.code_id != code_id:
            keep = s.scalar(select(Segment.id).where(
                Segment.code_id == code_id, Segment.transcript_id == seg.transcript_id, Segment.start == seg.start,
                Segment.end == seg.end))
            if keep is not None:
                _collapse_duplicates_in(s, [(segment_id, int(keep))], f"— from {target.name} —")
                tx.value = int(keep)
            else:
                seg.code_id = code_id
    return tx.changes


# ---- coding passes ----------------------------------------------------------------------------------
PASS_KEY = "coding_pass"


def current_coding_pass(project: Project) -> int:
    """The pass ("runde") new segments are recorded in; 1 until the user starts another."""
    with project.read() as s:
        return coding_pass_of(s.scalar(select(Setting.value).where(Setting.key == PASS_KEY)))


def coding_pass_of(value: str | None) -> int:
    """The coding pass a stored ``coding_pass`` setting says (1 when unset or unreadable)."""
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1


def set_coding_pass(project: Project, number: int) -> Changes:
    if number < 1:
        raise CodingError(N_("Coding passes are numbered from 1"))
    with project.transaction(f"Start coding pass {number}") as tx:
        s = tx.session
        put_setting(s, PASS_KEY, str(number))
        tx.value = number
    return tx.changes


__all__ = [
    "CodingError", "change_segment_code", "current_coding_pass", "delete_code", "describe_code", "merge_codes",
    "recolor_code", "rename_code", "reorder_code", "reparent_code", "set_coding_pass", "split_code",
    "descendant_ids_in",
]

# Memo and journal writes live beside these; re-exported so callers find every coding write here.
from coding.services.memos import (  # noqa: E402
    add_journal_entry,
    delete_journal_entry,
    set_memo,
    update_journal_entry,
)

__all__ += ["add_journal_entry", "delete_journal_entry", "set_memo", "update_journal_entry"]
