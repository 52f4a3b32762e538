"""What the search index holds, read from the database: one document per turn (holding its lines, so that
hits still map to line numbers), and notes.

Notes are memos, reflection notes (journal memos) and theme condensates/descriptions (``in:memo``).
Only de-identified text from ``project.db`` ever reaches the index. Reads open one short session each.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coding.store import Project
from coding.store.models import Code, Informant, Line, Memo, Segment, ThemeNode, Transcript, Turn


@dataclass(frozen=True)
class LineDoc:
    line_id: int
    turn_id: int
    transcript_id: int
    informant_id: int | None
    informant: str
    speaker: str
    role: str
    number: int
    title: str
    text: str
    codes: tuple[str, ...]
    code_ids: tuple[int, ...]
    themes: tuple[str, ...]
    theme_ids: tuple[int, ...]
    segment_ids: tuple[int, ...]

    @property
    def key(self) -> str:
        return f"L{self.line_id}"


@dataclass(frozen=True)
class TurnDoc:
    """A turn with its lines in order; the index writes one document for it."""

    turn_id: int
    transcript_id: int
    informant_id: int | None
    informant: str
    speaker: str
    role: str
    title: str
    lines: tuple[LineDoc, ...]

    @property
    def key(self) -> str:
        return f"T{self.turn_id}"


@dataclass(frozen=True)
class NoteDoc:
    key: str  # "M12" memo, "C3" theme condensate
    kinds: tuple[str, ...]  # ("memo",), ("memo", "journal"), ("memo", "condensate")
    title: str
    text: str
    transcript_id: int | None


def _theme_paths(s: Session) -> dict[int, list[tuple[int, str]]]:
    """theme id → [(id, name)] of itself and its ancestors, so theme:"area" also finds its subgroups' codes."""
    rows = {r.id: (r.name, r.parent_id) for r in s.execute(select(ThemeNode.id, ThemeNode.name, ThemeNode.parent_id))}
    out: dict[int, list[tuple[int, str]]] = {}
    for tid in rows:
        path: list[tuple[int, str]] = []
        cur: int | None = tid
        while cur is not None and cur in rows and len(path) < 20:
            path.append((cur, rows[cur][0]))
            cur = rows[cur][1]
        out[tid] = path
    return out


def _code_info(s: Session) -> dict[int, tuple[str, list[tuple[int, str]]]]:
    paths = _theme_paths(s)
    return {c.id: (c.name, paths.get(c.theme_id, []) if c.theme_id is not None else [])
            for c in s.execute(select(Code.id, Code.name, Code.theme_id))}


def line_docs(project: Project, transcript_ids: Iterable[int] | None = None,
              line_ids: Iterable[int] | None = None) -> Iterator[LineDoc]:
    """Documents for whole transcripts (``transcript_ids``; all when both are None) or single lines."""
    with project.read() as s:
        codes = _code_info(s)
        if line_ids is not None:
            lids = sorted(set(line_ids))
            tids: list[int] = []
            for chunk in _chunks(lids):
                tids.extend(s.scalars(select(Line.transcript_id).where(Line.id.in_(chunk)).distinct()))
            wanted: set[int] | None = set(lids)
            tids = sorted(set(tids))
        else:
            wanted = None
            if transcript_ids is None:
                tids = list(s.scalars(select(Transcript.id).order_by(Transcript.id)))
            else:
                tids = sorted(set(transcript_ids))
        for tid in tids:
            yield from _transcript_docs(s, tid, codes, wanted)


def _transcript_docs(s: Session, tid: int, codes: dict[int, tuple[str, list[tuple[int, str]]]],
                     wanted: set[int] | None, wanted_turns: set[int] | None = None) -> Iterator[LineDoc]:
    row = s.execute(select(Transcript.title, Transcript.text, Transcript.informant_id, Informant.label)
                    .outerjoin(Informant, Informant.id == Transcript.informant_id)
                    .where(Transcript.id == tid)).first()
    if row is None:
        return
    title, body, inf_id, inf_label = row
    tq = select(Turn.id, Turn.speaker, Turn.role).where(Turn.transcript_id == tid)
    lq = select(Line.id, Line.turn_id, Line.number, Line.start, Line.end).where(Line.transcript_id == tid)
    sq = select(Segment.start, Segment.end, Segment.id, Segment.code_id).where(Segment.transcript_id == tid)
    if wanted_turns is not None and len(wanted_turns) <= 500:
        # A few turns (a coding's): read only their lines and the segments overlapping them.
        ids = sorted(wanted_turns)
        tq, lq = tq.where(Turn.id.in_(ids)), lq.where(Line.turn_id.in_(ids))
        lo, hi = s.execute(select(func.min(Line.start), func.max(Line.end)).where(Line.turn_id.in_(ids),
                                                                                  Line.transcript_id == tid)).one()
        if lo is None:
            return
        sq = sq.where(Segment.start < hi, Segment.end > lo)
    turns = {t.id: (t.speaker, t.role) for t in s.execute(tq)}
    segs = sorted(s.execute(sq).all())
    seg_starts = [g[0] for g in segs]
    for ln in s.execute(lq.order_by(Line.start)):
        if (wanted is not None and ln.id not in wanted) or (wanted_turns is not None
                                                             and ln.turn_id not in wanted_turns):
            continue
        # Segments overlapping [start, end): those starting before the line's end and ending after its start.
        hi = bisect.bisect_left(seg_starts, ln.end)
        hit = [g for g in segs[:hi] if g[1] > ln.start]
        names: list[str] = []
        cids: list[int] = []
        themes: dict[int, str] = {}
        for g in hit:
            name, path = codes.get(g[3], ("", []))
            if g[3] not in cids:
                cids.append(g[3])
                names.append(name)
            themes.update(dict(path))
        speaker, role = turns.get(ln.turn_id, ("", ""))
        yield LineDoc(
            line_id=ln.id, turn_id=ln.turn_id, transcript_id=tid, informant_id=inf_id, informant=inf_label or "", speaker=speaker,
            role=role, number=ln.number, title=title, text=body[ln.start:ln.end], codes=tuple(names),
            code_ids=tuple(cids), themes=tuple(themes.values()), theme_ids=tuple(themes), segment_ids=tuple(
                g[2] for g in hit),
        )


def turn_docs(project: Project, transcript_ids: Iterable[int] | None = None,
              turn_ids: Iterable[int] | None = None) -> Iterator[TurnDoc]:
    """Turn documents of whole transcripts (``transcript_ids``; all when both are None) or single turns."""
    with project.read() as s:
        codes = _code_info(s)
        wanted: set[int] | None = None
        if turn_ids is not None:
            wanted = set(turn_ids)
            tids: list[int] = []
            for chunk in _chunks(sorted(wanted)):
                tids.extend(s.scalars(select(Turn.transcript_id).where(Turn.id.in_(chunk)).distinct()))
            tids = sorted(set(tids))
        elif transcript_ids is None:
            tids = list(s.scalars(select(Transcript.id).order_by(Transcript.id)))
        else:
            tids = sorted(set(transcript_ids))
        for tid in tids:
            groups: dict[int, list[LineDoc]] = {}  # in text order of each turn's first line
            for ld in _transcript_docs(s, tid, codes, None, wanted):
                groups.setdefault(ld.turn_id, []).append(ld)
            for group in groups.values():
                yield _turn(group)


def _turn(lines: list[LineDoc]) -> TurnDoc:
    first = lines[0]
    return TurnDoc(turn_id=first.turn_id, transcript_id=first.transcript_id, informant_id=first.informant_id,
                   informant=first.informant, speaker=first.speaker, role=first.role, title=first.title,
                   lines=tuple(lines))


def turns_of_lines(project: Project, line_ids: Iterable[int]) -> set[int]:
    """Turn ids holding the given (existing) lines."""
    out: set[int] = set()
    with project.read() as s:
        for chunk in _chunks(sorted(set(line_ids))):
            out.update(s.scalars(select(Line.turn_id).where(Line.id.in_(chunk)).distinct()))
    return out


def parts_of(project: Project, transcript_ids: Iterable[int]) -> tuple[set[int], set[int]]:
    """(turn ids, line ids) of the given (existing) transcripts."""
    turns: set[int] = set()
    lines: set[int] = set()
    with project.read() as s:
        for chunk in _chunks(sorted(set(transcript_ids))):
            turns.update(s.scalars(select(Turn.id).where(Turn.transcript_id.in_(chunk))))
            lines.update(s.scalars(select(Line.id).where(Line.transcript_id.in_(chunk))))
    return turns, lines


def note_docs(project: Project, memo_ids: Iterable[int] | None = None,
              theme_ids: Iterable[int] | None = None) -> Iterator[NoteDoc]:
    """Memo and condensate documents (all of them when both arguments are None)."""
    everything = memo_ids is None and theme_ids is None
    with project.read() as s:
        if everything or memo_ids is not None:
            q = select(Memo.id, Memo.target_type, Memo.target_id, Memo.title, Memo.text)
            if not everything:
                q = q.where(Memo.id.in_(sorted(set(memo_ids or []))))
            seg_tid = dict(s.execute(select(Segment.id, Segment.transcript_id)).all())
            for m in s.execute(q):
                tid = m.target_id if m.target_type == "transcript" else (
                    seg_tid.get(m.target_id) if m.target_type == "segment" else None)
                kinds = ("memo", "journal") if m.target_type == "journal" else ("memo",)
                yield NoteDoc(f"M{m.id}", kinds, m.title or "", f"{m.title}\n{m.text}", tid)
        if everything or theme_ids is not None:
            q2 = select(ThemeNode.id, ThemeNode.name, ThemeNode.description, ThemeNode.summary)
            if not everything:
                q2 = q2.where(ThemeNode.id.in_(sorted(set(theme_ids or []))))
            for t in s.execute(q2):
                yield NoteDoc(f"C{t.id}", ("memo", "condensate"), t.name, f"{t.name}\n{t.description}\n{t.summary}",
                              None)


def fingerprint(project: Project) -> dict[str, int]:
    """Cheap aggregates of what the index mirrors; a mismatch on open means the index is stale."""
    sql = """
    SELECT (SELECT count(*) FROM transcripts), (SELECT coalesce(max(id),0) FROM transcripts),
           (SELECT coalesce(sum(length(text)),0) FROM transcripts),
           (SELECT count(*) FROM lines), (SELECT coalesce(max(id),0) FROM lines),
           (SELECT coalesce(sum(start + "end"),0) FROM lines),
           (SELECT count(*) FROM segments), (SELECT coalesce(max(id),0) FROM segments),
           (SELECT coalesce(sum(start + "end" + code_id),0) FROM segments),
           (SELECT count(*) FROM codes), (SELECT coalesce(sum(length(name) + coalesce(theme_id,0)),0) FROM codes),
           (SELECT count(*) FROM theme_nodes),
           (SELECT coalesce(sum(length(name)+length(summary)+length(description)+coalesce(parent_id,0)),0)
              FROM theme_nodes),
           (SELECT count(*) FROM memos), (SELECT coalesce(max(id),0) FROM memos),
           (SELECT coalesce(sum(length(text)+length(title)),0) FROM memos),
           (SELECT count(*) FROM informants), (SELECT coalesce(sum(length(label)),0) FROM informants),
           (SELECT count(*) FROM turns WHERE role = 'informant')
    """
    names = ["transcripts", "transcripts_max", "text_len", "lines", "lines_max", "lines_pos", "segments",
             "segments_max", "segments_pos", "codes", "codes_sig", "themes", "themes_sig", "memos", "memos_max",
             "memos_len", "informants", "informants_sig", "informant_turns"]
    with project.read() as s:
        row = s.execute(text(sql)).one()
    return {n: int(v or 0) for n, v in zip(names, row, strict=True)}


SEGMENT_FINGERPRINT = ("segments", "segments_max", "segments_pos")


def segment_fingerprint(project: Project) -> dict[str, int]:
    """The segment part of :func:`fingerprint` alone (after a commit that touched only segments)."""
    sql = """SELECT count(*), coalesce(max(id),0), coalesce(sum(start + "end" + code_id),0) FROM segments"""
    with project.read() as s:
        row = s.execute(text(sql)).one()
    return {n: int(v or 0) for n, v in zip(SEGMENT_FINGERPRINT, row, strict=True)}


def transcripts_of(project: Project, *, informant_ids: Iterable[int] = (), code_ids: Iterable[int] = (),
                   segment_ids: Iterable[int] = (), line_ids: Iterable[int] = (),
                   turn_ids: Iterable[int] = ()) -> set[int]:
    """Transcripts that (still) hold any of the given rows."""
    out: set[int] = set()
    with project.read() as s:
        for col, key, ids in ((Transcript.id, Transcript.informant_id, informant_ids),
                              (Segment.transcript_id, Segment.code_id, code_ids),
                              (Segment.transcript_id, Segment.id, segment_ids),
                              (Line.transcript_id, Line.id, line_ids),
                              (Turn.transcript_id, Turn.id, turn_ids)):
            for chunk in _chunks(sorted(set(ids))):
                out.update(s.scalars(select(col).where(key.in_(chunk)).distinct()))
    return out


def segment_lines(project: Project, segment_ids: Iterable[int]) -> set[int]:
    """Line ids overlapped by the given (existing) segments."""
    out: set[int] = set()
    with project.read() as s:
        for chunk in _chunks(sorted(set(segment_ids))):
            rows = s.execute(select(Segment.transcript_id, Segment.start, Segment.end).where(Segment.id.in_(chunk)))
            for tid, start, end in rows:
                out.update(s.scalars(select(Line.id).where(Line.transcript_id == tid, Line.start < end,
                                                           Line.end > start)))
    return out


def informant_labels_by_id(project: Project) -> dict[int, str]:
    """informant id → label (0 for lines without an informant maps to "")."""
    with project.read() as s:
        return {int(i): str(lab) for i, lab in s.execute(select(Informant.id, Informant.label))}


def informant_labels(project: Project) -> list[str]:
    with project.read() as s:
        return list(s.scalars(select(Informant.label)))


def count_transcripts(project: Project) -> int:
    with project.read() as s:
        return int(s.scalar(select(func.count()).select_from(Transcript)) or 0)


def codes_under_themes(project: Project, theme_ids: Iterable[int]) -> set[int]:
    """Codes filed under the given theme nodes or any node below them."""
    with project.read() as s:
        parent = dict(s.execute(select(ThemeNode.id, ThemeNode.parent_id)).all())
        wanted = set(theme_ids)
        changed = True
        while changed:
            more = {n for n, p in parent.items() if p in wanted and n not in wanted}
            wanted |= more
            changed = bool(more)
        return set(s.scalars(select(Code.id).where(Code.theme_id.in_(sorted(wanted)))))


def segments_of_codes(project: Project, code_ids: Iterable[int]) -> set[int]:
    out: set[int] = set()
    with project.read() as s:
        for chunk in _chunks(sorted(set(code_ids))):
            out.update(s.scalars(select(Segment.id).where(Segment.code_id.in_(chunk))))
    return out


def line_spans(project: Project, line_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
    """line id → (start, end, turn id) for lines that still exist."""
    out: dict[int, tuple[int, int, int]] = {}
    with project.read() as s:
        for chunk in _chunks(sorted(set(line_ids))):
            for r in s.execute(select(Line.id, Line.start, Line.end, Line.turn_id).where(Line.id.in_(chunk))):
                out[r[0]] = (r[1], r[2], r[3])
    return out


def _chunks(ids: list[int], n: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def turn_spans(project: Project, turn_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
    """turn id → (transcript id, start, end), for coding whole turns from search results."""
    out: dict[int, tuple[int, int, int]] = {}
    with project.read() as s:
        for chunk in _chunks(sorted(set(turn_ids))):
            for r in s.execute(select(Turn.id, Turn.transcript_id, Turn.start, Turn.end).where(Turn.id.in_(chunk))):
                out[r[0]] = (r[1], r[2], r[3])
    return out
