"""Send for review: write a ``.kondensreview`` copy of the project's analysis.

The copy is made with SQLite's backup API into a private temp folder, then stripped: autosave drafts,
memos the student did not mark as shareable, and every setting outside a short allow-list go; the
database is vacuumed with ``secure_delete`` so nothing removed survives in free pages. It never
holds the linking key (kept outside the project), backups or the search index. The student's
project records the round (``review_rounds``) and a snapshot of the hierarchy at that moment.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.snapshots import FORMAT as SNAPSHOT_FORMAT
from coding.snapshots import capture
from coding.store import Project
from coding.store.models import Memo, ReviewRound, Setting, Snapshot, new_guid, now_iso
from coding.store.setting_rows import put_setting
from coding.supervision.files import Manifest, write_review_copy

PROJECT_GUID_KEY = "supervision.project_guid"
SHARED_MEMOS_KEY = "supervision.shared_memos"
STUDENT_KEY = "supervision.student"
KEPT_SETTINGS = ("language", "tag_language", "lang", "coding_pass", PROJECT_GUID_KEY, STUDENT_KEY)

TextCheck = Callable[[list[str]], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    round: int
    guid: str
    transcripts: int
    comments: int
    memos: int


def _setting(s: Session, key: str) -> Setting | None:
    return s.scalar(select(Setting).where(Setting.key == key))


def shared_memo_guids(project: Project) -> list[str]:
    with project.read() as s:
        row = _setting(s, SHARED_MEMOS_KEY)
        try:
            v = json.loads(row.value) if row is not None else []
        except ValueError:
            v = []
    return [x for x in v if isinstance(x, str)]


def last_student_name(project: Project) -> str:
    with project.read() as s:
        row = _setting(s, STUDENT_KEY)
        return row.value if row is not None else ""


def project_guid(project: Project) -> str:
    """The project's review identity ("" until the first review copy is sent)."""
    with project.read() as s:
        row = _setting(s, PROJECT_GUID_KEY)
        return row.value if row is not None else ""


def _strip(db: Path, shared: list[str]) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("DELETE FROM drafts")
        marks = ",".join("?" * len(KEPT_SETTINGS))
        con.execute(f"DELETE FROM settings WHERE key NOT IN ({marks})", KEPT_SETTINGS)
        con.execute("CREATE TEMP TABLE keep_memos (guid TEXT PRIMARY KEY)")
        con.executemany("INSERT OR IGNORE INTO keep_memos VALUES (?)", [(g,) for g in shared])
        con.execute("DELETE FROM memos WHERE guid NOT IN (SELECT guid FROM keep_memos)")
        con.commit()
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
    finally:
        con.close()


def _texts(db: Path) -> list[str]:
    """Every free text of the stripped copy, for the caller's known-identifier check."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out: list[str] = []
        for sql in ("SELECT text FROM transcripts", "SELECT title FROM transcripts", "SELECT text FROM memos",
                    "SELECT title FROM memos", "SELECT name FROM codes", "SELECT description FROM codes",
                    "SELECT name FROM theme_nodes", "SELECT summary FROM theme_nodes",
                    "SELECT description FROM theme_nodes", "SELECT text FROM research_questions",
                    "SELECT note FROM quotes", "SELECT text FROM review_comments", "SELECT attributes FROM informants",
                    "SELECT data FROM snapshots"):
            out.extend(r[0] or "" for r in con.execute(sql))
        return out
    finally:
        con.close()


def export_review_copy(project: Project, out: str | os.PathLike[str], note: str = "", student: str = "",
                       shared_memo_ids: Iterable[int] | None = None, check: TextCheck | None = None) -> Changes:
    """Write the review copy to ``out`` and record the round. ``value`` is an :class:`ExportResult`.

    ``shared_memo_ids`` None keeps the memos chosen last time. ``check(texts)`` may raise (e.g. the
    known-identifier check of exports) to refuse the copy; then nothing is written or recorded.
    """
    target = Path(out)
    if not target.parent.is_dir():
        raise KondensError(N_("{folder}: folder does not exist"), folder=target.parent)
    note = note.strip()
    student = " ".join(student.split())
    shared_guids: list[str] | None = None
    if shared_memo_ids is not None:
        ids = list(dict.fromkeys(shared_memo_ids))
        with project.read() as s:
            found = dict(s.execute(select(Memo.id, Memo.guid).where(Memo.id.in_(ids))).all())
        missing = [i for i in ids if i not in found]
        if missing:
            raise KondensError(N_("memo {missing} does not exist"), missing=missing[0])
        shared_guids = [found[i] for i in ids]
    snap = capture(project)
    assert snap["format"] == SNAPSHOT_FORMAT
    with project.transaction("Send for review") as tx:
        s = tx.session
        pguid = _setting(s, PROJECT_GUID_KEY)
        if pguid is None:
            pguid = Setting(key=PROJECT_GUID_KEY, value=new_guid())
            s.add(pguid)
        if shared_guids is not None:
            put_setting(s, SHARED_MEMOS_KEY, json.dumps(shared_guids))
        if student:
            put_setting(s, STUDENT_KEY, student)
        else:
            row = _setting(s, STUDENT_KEY)
            student = row.value if row is not None else ""
        shared_row = _setting(s, SHARED_MEMOS_KEY)
        shared = [x for x in json.loads(shared_row.value)] if shared_row is not None else []
        prev = s.scalar(select(ReviewRound).order_by(ReviewRound.number.desc(), ReviewRound.id.desc()).limit(1))
        prev_data = None
        prev_created = ""
        if prev is not None and prev.snapshot_id is not None:
            snap_row = s.get(Snapshot, prev.snapshot_id)
            if snap_row is not None:
                prev_data = json.loads(snap_row.data or "{}")
                prev_created = prev.exported
        number = (s.scalar(select(func.max(ReviewRound.number))) or 0) + 1
        created = now_iso()
        snapshot = Snapshot(name=f"Review copy {number} ({created[:10]})", data=json.dumps(
            snap, ensure_ascii=False, separators=(",", ":")))
        s.add(snapshot)
        s.flush()
        rnd = ReviewRound(number=number, exported=created, note=note, snapshot_id=snapshot.id)
        s.add(rnd)
        s.flush()
        manifest = Manifest(rnd.guid, pguid.value, project.name, student, created, note, number, snap, prev_data,
                            prev_created)
    changes = tx.changes
    tmp = Path(tempfile.mkdtemp(prefix="kondens-review-"))
    try:
        db = tmp / "project.db"
        if project.is_server:  # a team project: its rows, read from the server (de-identified, as stored)
            from coding.store.mirror import copy_to_sqlite

            copy_to_sqlite(project, db)
        else:
            src = sqlite3.connect(f"file:{project.db_path}?mode=ro", uri=True)
            dst = sqlite3.connect(db)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
        _strip(db, shared)
        if check is not None:
            check(_texts(db))
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("transcripts", "review_comments", "memos")]
        finally:
            con.close()
        write_review_copy(target, manifest, db)
    except BaseException:
        project.revert(changes, "Undo Send for review")
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return changes.with_value(ExportResult(target, number, manifest.guid, counts[0], counts[1], counts[2]))
