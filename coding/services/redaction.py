"""Redact later (PRIVACY.md rule 5): replace text found identifying after import by a tag.

One call is ONE transaction, so one undo restores everything (the undo data is the in-memory trigger
log). Every offset after an edit moves: turns, lines, segments, quote trims and cuts. A range that
partly overlaps the replaced text snaps to the tag: a start inside it moves to the tag's start, an
end inside it to the tag's end, so a coding that held the name now holds the tag and still holds
exactly the same surrounding words.

Matching is whole word and case-sensitive; the genitive ``-s`` form is replaced too ("Karis" →
"[navn 3]"), as the detector does. Text inside existing tags is never matched. Free text that can
hold the same name — memos, condensates, code and theme names, quote notes, informant attributes,
transcript titles, autosave drafts, snapshots — is redacted in the same scope.

After the commit the database is scrubbed (VACUUM with secure_delete, WAL truncated) and backups that
contain the string are deleted (see :mod:`coding.services.scrub`), so no file keeps the old text.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services.scrub import delete_backups_containing, finish_pending, record_pending, scrub_database
from coding.store import Project
from coding.store.models import (
    Code,
    Draft,
    Informant,
    Line,
    Memo,
    Quote,
    ResearchQuestion,
    Segment,
    Setting,
    Snapshot,
    ThemeNode,
    Transcript,
    Turn,
)
from coding.store.project import secure_delete
from coding.tags import CATEGORIES, NUMBERED, TAGS

ANY_TAG = re.compile(r"\[[^\[\]\n]{1,40}\]")


class RedactionError(KondensError):
    pass


def surface_pattern(surface: str) -> re.Pattern[str]:
    """Whole word, case-sensitive, with the genitive -s of a name that does not end in s."""
    gen = "s?" if surface[-1:].isalpha() and not surface.endswith("s") else ""
    return re.compile(r"(?<!\w)" + re.escape(surface) + gen + r"(?!\w)")


def find_occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Whole-word matches of ``surface`` in ``text`` that are not inside an existing tag."""
    tags = [(m.start(), m.end()) for m in ANY_TAG.finditer(text)]
    out = []
    for m in surface_pattern(surface).finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in tags):
            out.append((m.start(), m.end()))
    return out


def selection_occurrences(project: Project, transcript_id: int, start: int, end: int) -> tuple[str, int, int]:
    """The selected text (stripped) and how often it occurs, whole word, in its transcript and in all."""
    with project.read() as s:
        rows = s.execute(select(Transcript.id, Transcript.text)).all()
    text = next((t for i, t in rows if i == transcript_id), "")
    surface = text[start:end].strip()
    if not surface:
        return "", 0, 0
    here = sum(len(find_occurrences(t, surface)) for i, t in rows if i == transcript_id)
    return surface, max(1, here), max(1, sum(len(find_occurrences(t, surface)) for _, t in rows))


def project_lang(s: Session) -> str:
    for key in ("tag_language", "language", "lang"):
        v = s.scalar(select(Setting.value).where(Setting.key == key))
        if v in TAGS:
            return str(v)
    return "nb"


def next_tag(texts: Iterable[str], category: str, lang: str) -> str:
    """The tag for a new entity: the next number after every ``[word N]`` already in ``texts``."""
    names = TAGS.get(lang, TAGS["nb"])
    word = names.get(category, names["other"])
    if category not in NUMBERED:
        return f"[{word}]"
    pat = re.compile(r"\[" + re.escape(word) + r" (\d+)\]")
    top = max((int(m.group(1)) for t in texts for m in pat.finditer(t)), default=0)
    return f"[{word} {top + 1}]"


class Shift:
    """Maps old offsets to new ones for a set of sorted, non-overlapping replacements."""

    def __init__(self, edits: list[tuple[int, int, int]]) -> None:  # (start, end, new length)
        self.edits = edits
        self.starts = [a for a, _, _ in edits]
        self.before: list[int] = []
        acc = 0
        for a, b, n in edits:
            self.before.append(acc)
            acc += n - (b - a)

    def map(self, p: int, side: str) -> int:
        i = bisect_left(self.starts, p) - 1  # last edit starting strictly before p
        if i < 0:
            return p
        a, b, n = self.edits[i]
        if p >= b:
            return p + self.before[i] + n - (b - a)
        return a + self.before[i] + (0 if side == "start" else n)


def _apply(text: str, edits: list[tuple[int, int]], tag: str) -> str:
    out, pos = [], 0
    for a, b in edits:
        out.append(text[pos:a])
        out.append(tag)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _redact_transcript(s: Session, tid: int, ranges: list[tuple[int, int]], tag: str) -> int:
    t = s.get(Transcript, tid)
    assert t is not None
    old = t.text
    sh = Shift([(a, b, len(tag)) for a, b in ranges])
    new = _apply(old, ranges, tag)
    words = sum(len(tag.split()) - len(old[a:b].split()) for a, b in ranges)
    s.execute(update(Transcript).where(Transcript.id == tid).values(text=new, word_count=t.word_count + words))

    def remap(model: Any, rows: Sequence[Any]) -> None:
        params = []
        for rid, a, b in rows:
            na, nb = sh.map(a, "start"), sh.map(b, "end")
            if (na, nb) != (a, b):
                params.append({"rid": rid, "a": na, "b": nb})
        if params:
            tbl = model.__table__
            s.connection().execute(
                tbl.update().where(tbl.c.id == bindparam("rid")).values(start=bindparam("a"), end=bindparam("b")), params)

    remap(Turn, s.execute(select(Turn.id, Turn.start, Turn.end).where(Turn.transcript_id == tid)).all())
    remap(Line, s.execute(select(Line.id, Line.start, Line.end).where(Line.transcript_id == tid)).all())
    remap(Segment, s.execute(select(Segment.id, Segment.start, Segment.end).where(Segment.transcript_id == tid)).all())
    seg_ids = select(Segment.id).where(Segment.transcript_id == tid)
    for q in s.scalars(select(Quote).where(Quote.segment_id.in_(seg_ids))):
        vals: dict[str, Any] = {}
        if q.trim_start is not None and sh.map(q.trim_start, "start") != q.trim_start:
            vals["trim_start"] = sh.map(q.trim_start, "start")
        if q.trim_end is not None and sh.map(q.trim_end, "end") != q.trim_end:
            vals["trim_end"] = sh.map(q.trim_end, "end")
        try:
            cuts = json.loads(q.cuts or "[]")
            new_cuts = [[sh.map(int(a), "start"), sh.map(int(b), "end")] for a, b in cuts]
            if new_cuts != cuts:
                vals["cuts"] = json.dumps(new_cuts)
        except (ValueError, TypeError):
            pass
        if vals:
            s.execute(update(Quote).where(Quote.id == q.id).values(**vals))
    return len(ranges)


def _sub_json(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_sub_json(v, fn) for v in value]
    if isinstance(value, dict):
        return {fn(k): _sub_json(v, fn) for k, v in value.items()}
    return value


def _redact_free_text(s: Session, surface: str, tag: str, tids: list[int] | None) -> int:
    """Replace ``surface`` in free-text columns; ``tids`` None = the whole project."""
    def sub(text: str) -> str:
        if not text or surface not in text:
            return text
        spans = find_occurrences(text, surface)
        return _apply(text, spans, tag) if spans else text

    like = f"%{surface}%"
    n = 0

    def fix(model: Any, cols: list[str], where: Any = None, json_cols: tuple[str, ...] = ()) -> None:
        nonlocal n
        conds = [getattr(model, c).like(like) for c in cols]
        q = select(model).where(or_(*conds))
        if where is not None:
            q = q.where(where)
        for row in s.scalars(q).all():
            vals = {}
            for c in cols:
                old = getattr(row, c) or ""
                new = json.dumps(_sub_json(json.loads(old), sub), ensure_ascii=False) if c in json_cols else sub(old)
                if new != old:
                    vals[c] = new
            if vals:
                n += 1
                s.execute(update(model).where(model.id == row.id).values(**vals))

    if tids is None:
        fix(Memo, ["title", "text"])
        fix(ThemeNode, ["name", "description", "summary"])
        fix(Code, ["name", "description"])
        fix(Quote, ["note"])
        fix(ResearchQuestion, ["text"])
        fix(Transcript, ["title"])
        fix(Informant, ["attributes"], json_cols=("attributes",))
        fix(Snapshot, ["data", "name"], json_cols=("data",))
        fix(Draft, ["text"])
    else:
        seg_ids = select(Segment.id).where(Segment.transcript_id.in_(tids))
        inf_ids = select(Transcript.informant_id).where(Transcript.id.in_(tids))
        fix(Memo, ["title", "text"], or_(
            (Memo.target_type == "transcript") & Memo.target_id.in_(tids),
            (Memo.target_type == "segment") & Memo.target_id.in_(seg_ids),
            (Memo.target_type == "informant") & Memo.target_id.in_(inf_ids)))
        fix(Quote, ["note"], Quote.segment_id.in_(seg_ids))
        fix(Transcript, ["title"], Transcript.id.in_(tids))
        fix(Informant, ["attributes"], Informant.id.in_(inf_ids), json_cols=("attributes",))
        # Drafts are keyed by what they belong to; a draft of an anchored memo may hold the name.
        memo_ids = s.scalars(select(Memo.id).where(or_(
            (Memo.target_type == "transcript") & Memo.target_id.in_(tids),
            (Memo.target_type == "segment") & Memo.target_id.in_(seg_ids)))).all()
        if memo_ids:
            fix(Draft, ["text"], Draft.key.in_([f"memo:{i}" for i in memo_ids]))
    return n


@dataclass(frozen=True)
class RedactionResult:
    tag: str
    occurrences: int  # replaced in transcript text
    transcripts: tuple[int, ...]
    free_text_rows: int
    backups: tuple[str, ...]


def _check(surface: str, category: str) -> str:
    surface = surface.strip()
    if not surface:
        raise RedactionError(N_("nothing to redact: the selection is empty"))
    if "\n" in surface:
        raise RedactionError(N_("select text within one turn to redact it"))
    if category not in CATEGORIES:
        raise RedactionError(N_("unknown category {category!r} (one of {choices})"),
                             category=category, choices=', '.join(CATEGORIES))
    return surface


def _run(project: Project, surface: str, category: str, lang: str | None, scope: list[int] | None,
         explicit: tuple[int, int, int] | None) -> Changes:
    with project.transaction(f"Redact {category}") as tx:
        s = tx.session
        secure_delete(s)
        lang = lang or project_lang(s)
        q = select(Transcript.id, Transcript.text)
        if scope is not None:
            q = q.where(Transcript.id.in_(scope))
        rows = s.execute(q).all()
        if scope is not None and len(rows) != len(scope):
            raise RedactionError(N_("transcript not found"))
        tag = next_tag([t for _, t in rows] if scope is not None else
                       [t for _, t in s.execute(select(Transcript.id, Transcript.text)).all()], category, lang)
        done: list[int] = []
        total = 0
        for tid, text in rows:
            ranges = find_occurrences(text, surface)
            if explicit and explicit[0] == tid:
                a, b = explicit[1], explicit[2]
                ranges = sorted([r for r in ranges if r[1] <= a or r[0] >= b] + [(a, b)])
            if ranges:
                total += _redact_transcript(s, tid, ranges, tag)
                done.append(tid)
        free = _redact_free_text(s, surface, tag, scope)
        if not total and not free:
            raise RedactionError(N_("{surface!r} does not occur as a whole word"), surface=surface)
        tx.value = RedactionResult(tag, total, tuple(done), free, ())
        task = record_pending(s, "redact")  # no text in it: see coding.services.scrub
    # Physically remove the old text from the files; undo data stays in memory only.
    scrub_database(project)
    report = tuple(delete_backups_containing(project.path, surface))
    finish_pending(project, task)
    res: RedactionResult = tx.changes.value
    return tx.changes.with_value(RedactionResult(res.tag, res.occurrences, res.transcripts, res.free_text_rows,
                                                 report))


def redact(project: Project, transcript_id: int, start: int, end: int, category: str, lang: str | None = None,
           everywhere: bool = False) -> Changes:
    """Replace the selection ``[start, end)`` and every whole-word occurrence of its text by one tag.

    ``everywhere`` False: in this transcript (and free text anchored in it); True: in every
    transcript and all free text of the project. Returns ``Changes`` whose value is a
    :class:`RedactionResult`.
    """
    with project.read() as s:
        text = s.scalar(select(Transcript.text).where(Transcript.id == transcript_id))
    if text is None:
        raise RedactionError(N_("transcript {transcript_id} not found"), transcript_id=transcript_id)
    if not (0 <= start < end <= len(text)):
        raise RedactionError(N_("the selection lies outside the transcript"))
    # Trim surrounding blanks so the tag does not swallow the spaces around a name.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    surface = _check(text[start:end], category)
    if any(a < end and start < b for a, b in ((m.start(), m.end()) for m in ANY_TAG.finditer(text))):
        raise RedactionError(N_("the selection overlaps a tag that is already there"))
    return _run(project, surface, category, lang, None if everywhere else [transcript_id],
                (transcript_id, start, end))


def redact_text(project: Project, surface: str, category: str, everywhere: bool = True,
                transcript_id: int | None = None, lang: str | None = None) -> Changes:
    """Replace every whole-word occurrence of ``surface`` by one tag, project-wide or in one transcript."""
    surface = _check(surface, category)
    if not everywhere and transcript_id is None:
        raise RedactionError(N_("name a transcript or redact everywhere"))
    return _run(project, surface, category, lang, None if everywhere else [int(transcript_id or 0)], None)
