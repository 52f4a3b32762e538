"""The two file formats of the review loop, versioned, read defensively.

``.kondensreview`` is a zip: ``kondens-review.json`` (the manifest), ``project.db`` (the de-identified
copy, same schema as a project) and ``comments/NNNNNN.json`` (the supervisor's comments, the newest
entry wins; each save appends one entry, so saving never rewrites the database member).
``.kondenscomments`` is one UTF-8 JSON object with a format name and version.

A file that is not a zip/JSON, lacks the manifest, names another format or a newer version raises
:class:`ReviewFileError` with one line; nothing is written in that case.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding.errors import N_, Message, os_reason
from coding.supervision.model import Comment, ReviewFileError

REVIEW_FORMAT = "kondens-review"
COMMENTS_FORMAT = "kondens-comments"
VERSION = 1
MANIFEST = "kondens-review.json"
DB_MEMBER = "project.db"
COMMENTS_DIR = "comments/"
REVIEW_SUFFIX = ".kondensreview"
COMMENTS_SUFFIX = ".kondenscomments"
MAX_DB = 4 << 30  # a project of 30 hour-long interviews is a few tens of MB
MAX_JSON = 64 << 20
MAX_RATIO = 200  # compression ratio above which a member is treated as a zip bomb
COMPACT_AFTER = 40  # stale comment entries before a save rewrites the file


@dataclass(frozen=True)
class Manifest:
    guid: str  # the review round's GUID
    project_guid: str
    project: str
    student: str
    created: str
    note: str
    round: int
    snapshot: dict[str, Any]
    previous_snapshot: dict[str, Any] | None
    previous_created: str
    version: int = VERSION

    def to_json(self) -> dict[str, Any]:
        return {"format": REVIEW_FORMAT, "version": self.version, "guid": self.guid,
                "project_guid": self.project_guid, "project": self.project, "student": self.student,
                "created": self.created, "note": self.note, "round": self.round, "snapshot": self.snapshot,
                "previous_snapshot": self.previous_snapshot, "previous_created": self.previous_created}


def _check_version(d: Any, fmt: str, path: Path) -> dict[str, Any]:
    if not isinstance(d, dict) or d.get("format") != fmt:
        raise ReviewFileError(N_("{path}: not a Kondens {what}"), path=path, what=_what(fmt))
    v = d.get("version")
    if not isinstance(v, int) or isinstance(v, bool) or v < 1:
        raise ReviewFileError(N_("{path}: {what} has no valid format version"), path=path, what=_what(fmt))
    if v > VERSION:
        raise ReviewFileError(N_("{path}: made by a newer Kondens (format {version}, this version reads up to "
                                 "{newest}); update Kondens to open it"),
                              path=path, version=v, newest=VERSION)
    return d


def _what(fmt: str) -> Message:
    return Message(N_("review copy") if fmt == REVIEW_FORMAT else N_("comments file"))


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise ReviewFileError(N_("{path}: file does not exist"), path=path)
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise ReviewFileError(N_("{path}: not a Kondens review copy ({error})"),
                              path=path, error=type(e).__name__) from None
    return z


def _member(z: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limit: int) -> bytes:
    if info.file_size > limit or (info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO
                                  and info.file_size > 1 << 20):
        raise ReviewFileError(N_("{path}: member {filename} is too large or suspiciously compressed"),
                              path=path, filename=info.filename)
    try:
        return z.read(info)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as e:
        raise ReviewFileError(N_("{path}: review copy is corrupt ({error})"),
                              path=path, error=type(e).__name__) from None


def _json(data: bytes, path: Path) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise ReviewFileError(N_("{path}: review copy is corrupt ({error})"),
                              path=path, error=type(e).__name__) from None


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    p = Path(path)
    with _open_zip(p) as z:
        try:
            info = z.getinfo(MANIFEST)
        except KeyError:
            raise ReviewFileError(N_("{path}: not a Kondens review copy (no manifest)"), path=p) from None
        d = _check_version(_json(_member(z, info, p, MAX_JSON), p), REVIEW_FORMAT, p)
        if DB_MEMBER not in z.namelist():
            raise ReviewFileError(N_("{path}: review copy is corrupt (no {member})"), path=p, member=DB_MEMBER)
    try:
        snap = d["snapshot"]
        prev = d.get("previous_snapshot")
        if not isinstance(snap, dict) or not (prev is None or isinstance(prev, dict)):
            raise TypeError
        return Manifest(str(d["guid"]), str(d.get("project_guid", "")), str(d.get("project", "")),
                        str(d.get("student", "")), str(d.get("created", "")), str(d.get("note", "")),
                        int(d.get("round", 1)), snap, prev, str(d.get("previous_created") or ""), int(d["version"]))
    except (KeyError, TypeError, ValueError):
        raise ReviewFileError(N_("{path}: review copy is corrupt (manifest incomplete)"), path=p) from None


def extract_db(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> Path:
    """Write the copy's ``project.db`` into ``folder`` (which must exist); returns its path."""
    p = Path(path)
    target = Path(folder) / DB_MEMBER
    with _open_zip(p) as z:
        info = z.getinfo(DB_MEMBER)
        if info.file_size > MAX_DB:
            raise ReviewFileError(N_("{path}: the database in the review copy is too large"), path=p)
        try:
            with z.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            target.unlink(missing_ok=True)
            raise ReviewFileError(N_("{path}: review copy is corrupt ({error})"),
                                  path=p, error=type(e).__name__) from None
    return target


def _comment_entries(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return sorted((i for i in z.infolist() if i.filename.startswith(COMMENTS_DIR) and i.filename.endswith(".json")),
                  key=lambda i: i.filename)


def _parse_comments(d: Any, p: Path) -> list[Comment]:
    if not isinstance(d, dict) or not isinstance(d.get("comments"), list):
        raise ReviewFileError(N_("{path}: comments are corrupt"), path=p)
    return [Comment.from_json(c) for c in d["comments"]]


def read_supervisor_comments(path: str | os.PathLike[str]) -> list[Comment]:
    """The supervisor's comments saved in a review copy (the newest entry)."""
    p = Path(path)
    with _open_zip(p) as z:
        entries = _comment_entries(z)
        if not entries:
            return []
        return _parse_comments(_json(_member(z, entries[-1], p, MAX_JSON), p), p)


def save_supervisor_comments(path: str | os.PathLike[str], comments: list[Comment]) -> None:
    """Append the supervisor's current comments as a new entry (compacting the file now and then).

    An append that fails half-way leaves the previous central directory unusable only in theory:
    zipfile writes the new directory last, so the old entries stay readable by a repairing reader;
    compaction goes through a temp file and a rename.
    """
    p = Path(path)
    read_manifest(p)
    body = json.dumps({"comments": [c.to_json() for c in comments]}, ensure_ascii=False, indent=1).encode("utf-8")
    with _open_zip(p) as z:
        entries = _comment_entries(z)
    n = int(entries[-1].filename[len(COMMENTS_DIR):-5]) + 1 if entries else 1
    if len(entries) >= COMPACT_AFTER:
        def rewrite(tmp: Path) -> None:
            with zipfile.ZipFile(p) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    if not info.filename.startswith(COMMENTS_DIR):
                        with src.open(info) as fin, dst.open(info.filename, "w", force_zip64=True) as fout:
                            shutil.copyfileobj(fin, fout, 1 << 20)
                dst.writestr(f"{COMMENTS_DIR}{n:06d}.json", body)
        atomic(p, rewrite)
        return
    try:
        with zipfile.ZipFile(p, "a", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"{COMMENTS_DIR}{n:06d}.json", body)
    except OSError as e:
        raise ReviewFileError(N_("{path}: cannot save the comments ({reason})"), path=p, reason=os_reason(e)) from None


def atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """``write(tmp)`` beside ``path``, then rename over it; a failure leaves no temp file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReviewFileError(N_("{folder}: folder does not exist"), folder=folder)
    fd, name = tempfile.mkstemp(prefix=".kondens-", suffix=path.suffix, dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_review_copy(out: str | os.PathLike[str], manifest: Manifest, db: Path) -> Path:
    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr(MANIFEST, json.dumps(manifest.to_json(), ensure_ascii=False, indent=1))
            z.write(db, DB_MEMBER)
    return atomic(Path(out), write)


@dataclass(frozen=True)
class CommentsFile:
    review: str  # GUID of the review round the comments answer
    project_guid: str
    project: str
    author: str
    created: str
    comments: tuple[Comment, ...]


def write_comments_file(out: str | os.PathLike[str], cf: CommentsFile) -> Path:
    body = {"format": COMMENTS_FORMAT, "version": VERSION, "review": cf.review, "project_guid": cf.project_guid,
            "project": cf.project, "author": cf.author, "created": cf.created,
            "comments": [c.to_json() for c in cf.comments]}

    def write(tmp: Path) -> None:
        tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    return atomic(Path(out), write)


def read_comments_file(path: str | os.PathLike[str]) -> CommentsFile:
    p = Path(path)
    if not p.is_file():
        raise ReviewFileError(N_("{path}: file does not exist"), path=p)
    if p.stat().st_size > MAX_JSON:
        raise ReviewFileError(N_("{path}: too large for a comments file"), path=p)
    data = p.read_bytes()
    if data[:2] == b"PK":
        raise ReviewFileError(N_("{path}: this is a review copy, not a comments file (use Return comments… first)"),
                              path=p)
    try:
        d = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise ReviewFileError(N_("{path}: not a Kondens comments file"), path=p) from None
    d = _check_version(d, COMMENTS_FORMAT, p)
    if not isinstance(d.get("comments"), list):
        raise ReviewFileError(N_("{path}: comments file is corrupt (no comments)"), path=p)
    try:
        comments = tuple(Comment.from_json(c) for c in d["comments"])
    except ReviewFileError as e:
        raise ReviewFileError(N_("{path}: comments file is corrupt ({error})"), path=p, error=e) from None
    return CommentsFile(str(d.get("review", "")), str(d.get("project_guid", "")), str(d.get("project", "")),
                        str(d.get("author", "")), str(d.get("created", "")), comments)
