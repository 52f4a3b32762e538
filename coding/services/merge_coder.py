"""Bring a second coder's work in: merge the segments of a coder's copy into the receiving project.

A coder's copy is read into a :class:`CoderCopy` (plain records, positions already in the de-identified text):
from another ``.kondens`` here (:func:`read_kondens_copy`), from a ``.qdpx`` in ``exports.coder_copy``.
Transcripts are matched by their de-identified text (a SHA-256 of it); codes by id (GUID), then by name
(case-insensitive), then by an explicit mapping the user confirms; codes still unmatched are created.
The other coder's segments come in under their coder name (or ``as_coder``), with their passes and GUIDs.
Nothing of the receiving project changes: the merge only inserts codes and segments. A segment whose GUID is
already here, or that repeats one here exactly (range, code, coder, pass), is skipped, so merging the same
copy twice adds nothing the second time. One transaction: one undo step.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, text

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.codes import PALETTE
from coding.store import Project
from coding.store.models import Code, Segment


class MergeError(KondensError):
    """A coder's copy that cannot be merged (unreadable, no coder name, the same project…)."""


@dataclass(frozen=True)
class CopyCode:
    key: str  # the code's GUID in the copy
    name: str
    color: str = ""
    description: str = ""
    parent_key: str | None = None


@dataclass(frozen=True)
class CopyTranscript:
    key: str
    title: str
    text: str  # de-identified text; segment positions are code-point offsets into it


@dataclass(frozen=True)
class CopySegment:
    guid: str
    transcript_key: str
    code_key: str
    start: int
    end: int
    coder: str = ""
    coding_pass: int = 1
    created: str = ""


@dataclass(frozen=True)
class CoderCopy:
    origin: str  # the file name, for messages
    transcripts: tuple[CopyTranscript, ...]
    codes: tuple[CopyCode, ...]
    segments: tuple[CopySegment, ...]

    @property
    def coders(self) -> tuple[str, ...]:
        return tuple(sorted({s.coder for s in self.segments}, key=str.casefold))


@dataclass(frozen=True)
class TranscriptMatch:
    key: str
    title: str
    target_id: int | None
    target_title: str | None
    segments: int


@dataclass(frozen=True)
class CodeMatch:
    key: str
    name: str
    target_id: int | None  # None: a new code is created
    target_name: str | None
    how: str  # "id" | "name" | "map" | "new"
    segments: int  # segments of the copy with this code that the merge would add


@dataclass(frozen=True)
class MergePlan:
    transcripts: tuple[TranscriptMatch, ...]
    codes: tuple[CodeMatch, ...]
    coders: tuple[str, ...]  # coder names the new segments will carry
    new_segments: int
    already_here: int
    on_unmatched: int

    @property
    def unmatched(self) -> tuple[TranscriptMatch, ...]:
        return tuple(t for t in self.transcripts if t.target_id is None)


@dataclass
class MergeReport:
    transcripts_matched: int = 0
    unmatched: list[str] = field(default_factory=list)  # titles of the copy's transcripts found nowhere here
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (their name, our name, how)
    codes_created: int = 0
    segments_added: int = 0
    segments_skipped: int = 0  # already here
    segments_unmatched: int = 0  # on transcripts that matched nothing
    coders: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"transcripts_matched": self.transcripts_matched, "unmatched_transcripts": self.unmatched,
                "codes": [{"theirs": a, "ours": b, "how": h} for a, b, h in self.codes],
                "codes_created": self.codes_created, "segments_added": self.segments_added,
                "segments_skipped": self.segments_skipped, "segments_on_unmatched_transcripts":
                    self.segments_unmatched, "coders": self.coders}


def text_hash(text_: str) -> str:
    return hashlib.sha256(text_.replace("\r\n", "\n").encode("utf-8")).hexdigest()


# ---- reading another .kondens ------------------------------------------------------------------------
def kondens_folder(path: str | os.PathLike[str]) -> Path:
    """The project folder for a path to ``NAME.kondens`` or to its ``project.db``."""
    p = Path(path)
    return p.parent if p.name == "project.db" else p


def read_kondens_copy(path: str | os.PathLike[str]) -> CoderCopy:
    """Read a coder's copy that is itself a Kondens project (opened read-only; nothing is written there)."""
    folder = kondens_folder(path)
    other = Project.open(folder, readonly=True)
    try:
        with other.read() as s:
            ts = tuple(CopyTranscript(str(g), str(t or ""), str(x)) for g, t, x in s.execute(text(
                "SELECT guid, title, text FROM transcripts ORDER BY position, id")))
            guid_of = {int(i): str(g) for i, g in s.execute(text("SELECT id, guid FROM codes"))}
            cs = tuple(CopyCode(str(g), str(n), str(c or ""), str(d or ""), guid_of.get(p) if p is not None else None)
                       for g, n, c, d, p in s.execute(text(
                           "SELECT guid, name, color, description, parent_id FROM codes ORDER BY position, id")))
            segs = tuple(CopySegment(str(g), str(tg), guid_of[int(cid)], int(a), int(b), str(cd or ""), int(p),
                                     str(cr or ""))
                         for g, tg, cid, a, b, cd, p, cr in s.execute(text(
                             "SELECT s.guid, t.guid, s.code_id, s.start, s.\"end\", s.coder, s.coding_pass, s.created "
                             "FROM segments s JOIN transcripts t ON t.id = s.transcript_id ORDER BY s.id")))
    finally:
        other.close()
    return CoderCopy(folder.name, ts, cs, segs)


# ---- planning ------------------------------------------------------------------------------------------
@dataclass
class _Here:
    by_hash: dict[str, tuple[int, str]]
    lengths: dict[int, int]
    code_by_guid: dict[str, tuple[int, str]]
    code_by_name: dict[str, tuple[int, str]]
    code_names: dict[int, str]
    seg_guids: set[str]
    seg_keys: set[tuple[int, int, int, int, str, int]]
    coders: set[str]


def _here(s: object) -> _Here:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    by_hash: dict[str, tuple[int, str]] = {}
    lengths: dict[int, int] = {}
    for tid, title, body in s.execute(text("SELECT id, title, text FROM transcripts ORDER BY position, id")):
        by_hash.setdefault(text_hash(body), (int(tid), str(title or "")))
        lengths[int(tid)] = len(body)
    codes = [(int(i), str(g), str(n)) for i, g, n in s.execute(text("SELECT id, guid, name FROM codes ORDER BY id"))]
    by_name: dict[str, tuple[int, str]] = {}
    for i, _g, n in codes:
        by_name.setdefault(n.casefold(), (i, n))
    seg_guids: set[str] = set()
    keys: set[tuple[int, int, int, int, str, int]] = set()
    coders: set[str] = set()
    for g, tid, cid, a, b, cd, p in s.execute(text(
            "SELECT guid, transcript_id, code_id, start, \"end\", coder, coding_pass FROM segments")):
        seg_guids.add(str(g).upper())
        keys.add((int(tid), int(cid), int(a), int(b), str(cd), int(p)))
        coders.add(str(cd))
    return _Here(by_hash, lengths, {g.upper(): (i, n) for i, g, n in codes}, by_name, {i: n for i, _g, n in codes},
                 seg_guids, keys, coders)


def _plan(here: _Here, copy: CoderCopy, mapping: Mapping[str, int | None] | None, as_coder: str | None
          ) -> tuple[MergePlan, dict[str, int], list[CopySegment]]:
    """The plan, the copy's transcript keys → our ids, and the segments that would be added (code keys unmapped
    codes keep until creation)."""
    mapping = mapping or {}
    t_target: dict[str, int] = {}
    seg_count: dict[str, int] = {}
    for sg in copy.segments:
        seg_count[sg.transcript_key] = seg_count.get(sg.transcript_key, 0) + 1
    tms = []
    for t in copy.transcripts:
        hit = here.by_hash.get(text_hash(t.text))
        if hit is not None:
            t_target[t.key] = hit[0]
        tms.append(TranscriptMatch(t.key, t.title, hit[0] if hit else None, hit[1] if hit else None,
                                   seg_count.get(t.key, 0)))
    on_matched = [sg for sg in copy.segments if sg.transcript_key in t_target]
    on_unmatched = len(copy.segments) - len(on_matched)
    matches: list[tuple[CopyCode, int | None, str]] = []
    code_target: dict[str, int | None] = {}
    for c in copy.codes:
        how, target = "new", None
        if c.key in mapping:
            target, how = mapping[c.key], "map" if mapping[c.key] is not None else "new"
            if target is not None and target not in here.code_names:
                raise MergeError(N_("code {target} does not exist in this project"), target=target)
        elif c.key.upper() in here.code_by_guid:
            target, how = here.code_by_guid[c.key.upper()][0], "id"
        elif c.name.casefold() in here.code_by_name:
            target, how = here.code_by_name[c.name.casefold()][0], "name"
        code_target[c.key] = target
        matches.append((c, target, how))
    adding: list[CopySegment] = []
    already = 0
    seen: set[tuple[int, str, int, int, str, int]] = set()
    for sg in on_matched:
        tid = t_target[sg.transcript_key]
        coder = as_coder if as_coder is not None else sg.coder
        target = code_target.get(sg.code_key)
        if sg.code_key not in code_target or sg.end <= sg.start or sg.end > here.lengths.get(tid, 0):
            continue
        key = (tid, sg.code_key, sg.start, sg.end, coder, sg.coding_pass)
        if sg.guid.upper() in here.seg_guids or key in seen or (
                target is not None and (tid, target, sg.start, sg.end, coder, sg.coding_pass) in here.seg_keys):
            already += 1
            continue
        seen.add(key)
        adding.append(sg)
    used: dict[str, int] = {}
    for sg in adding:
        used[sg.code_key] = used.get(sg.code_key, 0) + 1
    cms = [CodeMatch(c.key, c.name, t, here.code_names.get(t) if t is not None else None, how, used.get(c.key, 0))
           for c, t, how in matches]
    coders = tuple(sorted({as_coder if as_coder is not None else sg.coder for sg in adding}, key=str.casefold))
    plan = MergePlan(tuple(tms), tuple(cms), coders, len(adding), already, on_unmatched)
    return plan, t_target, adding


def plan_merge(project: Project, copy: CoderCopy, mapping: Mapping[str, int | None] | None = None,
               as_coder: str | None = None) -> MergePlan:
    """What :func:`merge_coder_copy` would do, without writing (the GUI shows it for confirmation)."""
    with project.read() as s:
        return _plan(_here(s), copy, mapping, _clean(as_coder))[0]


def _clean(name: str | None) -> str | None:
    if name is None:
        return None
    name = " ".join(name.split())
    if not name:
        raise MergeError(N_("The coder's name must not be empty"))
    return name


def merge_coder_copy(project: Project, copy: CoderCopy, as_coder: str | None = None,
                     mapping: Mapping[str, int | None] | None = None) -> Changes:
    """Merge ``copy`` into ``project`` in one transaction; ``value`` is a :class:`MergeReport`.

    ``mapping`` maps a copy's code key to one of our code ids (or None: create it anew) and wins over the
    matching by id and name. Without ``as_coder``, every new segment must carry a coder name, and the name
    must not already code in this project (it would mix two people's work); an explicit ``as_coder`` is
    taken as the user's decision.
    """
    as_coder = _clean(as_coder)
    with project.transaction(f"Merge coder's copy {copy.origin}") as tx:
        s = tx.session
        here = _here(s)
        plan, t_target, adding = _plan(here, copy, mapping, as_coder)
        if as_coder is None:
            if any(not sg.coder for sg in adding):
                raise MergeError(N_("{origin}: some segments carry no coder name; give one with --as-coder NAME"),
                                 origin=copy.origin)
            clash = sorted(c for c in plan.coders if c in here.coders)
            if clash:
                raise MergeError(N_("{origin}: coder {clash!r} already codes in this project; give the other coder's "
                                    "name with --as-coder NAME"),
                                 origin=copy.origin, clash=clash[0])
        rep = MergeReport(transcripts_matched=len(t_target), unmatched=[t.title for t in plan.unmatched],
                          segments_skipped=plan.already_here, segments_unmatched=plan.on_unmatched,
                          coders=list(plan.coders))
        target: dict[str, int] = {c.key: c.target_id for c in plan.codes if c.target_id is not None}
        needed = {sg.code_key for sg in adding if sg.code_key not in target}
        by_key = {c.key: c for c in copy.codes}
        n_codes = int(s.scalar(select(func.count(Code.id))) or 0)
        pending = [c for c in copy.codes if c.key in needed]
        while pending:  # parents first, so a new code lands under its (mapped or new) parent
            progress = False
            for c in list(pending):
                if c.parent_key in needed and c.parent_key not in target and c.parent_key != c.key:
                    continue
                parent = target.get(c.parent_key) if c.parent_key else None
                pos = int(s.scalar(select(func.max(Code.position)).where(
                    Code.parent_id.is_(None) if parent is None else Code.parent_id == parent)) or 0) + 1
                guid_free = c.key.upper() not in here.code_by_guid
                row = Code(name=c.name, color=c.color or PALETTE[n_codes % len(PALETTE)], description=c.description,
                           parent_id=parent, position=pos)
                if guid_free and c.key:
                    row.guid = c.key
                s.add(row)
                s.flush()
                n_codes += 1
                target[c.key] = row.id
                rep.codes_created += 1
                pending.remove(c)
                progress = True
            if not progress:  # a parent cycle in the copy: put the rest at the top level
                for c in pending:
                    by_key[c.key] = CopyCode(c.key, c.name, c.color, c.description, None)
                pending = [by_key[c.key] for c in pending]
        names = {int(i): str(n) for i, n in s.execute(text("SELECT id, name FROM codes"))}
        for m in plan.codes:
            if m.key in target and (m.segments or m.target_id is not None):
                rep.codes.append((m.name, names[target[m.key]], m.how))
        rows: list[dict[str, object]] = []
        for sg in adding:
            values: dict[str, object] = {"transcript_id": t_target[sg.transcript_key], "code_id": target[sg.code_key],
                                      "start": sg.start, "end": sg.end,
                                      "coder": as_coder if as_coder is not None else sg.coder,
                                      "coding_pass": sg.coding_pass}
            if sg.guid and sg.guid.upper() not in here.seg_guids:
                values["guid"] = sg.guid
            if sg.created:
                values["created"] = sg.created
            rows.append(_with_defaults(values))
        if rows:
            s.execute(insert(Segment), rows)
        rep.segments_added = len(rows)
        tx.value = rep
    return tx.changes


def _with_defaults(row: dict[str, object]) -> dict[str, object]:
    from coding.store.models import new_guid, now_iso

    row.setdefault("guid", new_guid())
    row.setdefault("created", now_iso())
    return row


__all__ = ["CoderCopy", "CopyCode", "CopySegment", "CopyTranscript", "MergeError", "MergePlan", "MergeReport",
           "merge_coder_copy", "plan_merge", "read_kondens_copy", "text_hash"]
