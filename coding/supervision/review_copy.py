"""The supervisor's side: open a review copy, add comments and suggestions, return them.

The copy's database is extracted into a private temp folder (de-identified data only) and removed
on :meth:`ReviewCopy.close`. The analysis is never changed; the supervisor's comments are saved into
the review file itself after every change (:func:`files.save_supervisor_comments`), so closing the
window loses nothing. :meth:`ReviewCopy.write_reply` writes the small file that goes back.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from coding.errors import N_, KondensError
from coding.snapshots import SnapshotDiff, diff
from coding.store import Project
from coding.store.migrate import head_revisions
from coding.store.models import Code, Informant, ThemeNode, Transcript, now_iso
from coding.supervision import anchors
from coding.supervision.files import (
    CommentsFile,
    Manifest,
    extract_db,
    read_manifest,
    read_supervisor_comments,
    save_supervisor_comments,
    write_comments_file,
)
from coding.supervision.model import Anchor, Comment, ReviewFileError, Suggestion, ThreadView
from coding.supervision.threads import Item, build_views, db_items


class ReviewCopy:
    """An open review copy. ``project`` is the extracted copy (open read-only after :meth:`open`)."""

    def __init__(self, path: Path, manifest: Manifest, folder: Path, project: Project) -> None:
        self.path = path
        self.manifest = manifest
        self.folder = folder
        self.project = project
        self.comments: list[Comment] = read_supervisor_comments(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str], readonly: bool = True) -> ReviewCopy:
        """Extract and open. ``readonly=False`` leaves the copy writable (only to build a search index)."""
        p = Path(path)
        manifest = read_manifest(p)
        read_supervisor_comments(p)  # a corrupt comments entry should fail now, before anything is extracted
        safe = re.sub(r"[^\w .-]", "_", manifest.project).strip(" .") or "review"
        folder = Path(tempfile.mkdtemp(prefix="kondens-review-")) / f"{safe[:80]}.kondens"
        folder.mkdir()
        try:
            extract_db(p, folder)
            from coding.store.migrate import current_revisions

            try:
                revs = current_revisions(folder / "project.db")
            except Exception:
                raise ReviewFileError(N_("{path}: review copy is corrupt (database unreadable)"), path=p) from None
            known = _all_revisions()
            if revs - known:
                raise ReviewFileError(N_("{path}: made by a newer Kondens (database schema {choices}); update Kondens "
                                         "to open it"),
                                      path=p, choices='+'.join(sorted(revs)))
            project = Project.open(folder)  # migrates an older copy in the temp folder
            if readonly:
                project.close()
                project = Project.open(folder, readonly=True)
        except KondensError as e:
            shutil.rmtree(folder.parent, ignore_errors=True)
            if isinstance(e, ReviewFileError):
                raise
            raise ReviewFileError(N_("{path}: review copy is corrupt ({error})"), path=p, error=e) from None
        except BaseException:
            shutil.rmtree(folder.parent, ignore_errors=True)
            raise
        return cls(p, manifest, folder, project)

    def close(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder.parent, ignore_errors=True)

    def __enter__(self) -> ReviewCopy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- what the supervisor sees first ----------------------------------------------------------------
    def changes_since_last_review(self) -> SnapshotDiff | None:
        """The hierarchy diff from the previous review copy to this one (None in the first round)."""
        if self.manifest.previous_snapshot is None:
            return None
        return diff(self.manifest.previous_snapshot, self.manifest.snapshot)

    def threads(self) -> list[ThreadView]:
        """Earlier rounds' threads (with the student's replies) and this session's comments."""
        with self.project.read() as s:
            items = db_items(s) + [Item(c, "open", self.manifest.round, True) for c in self.comments]
            status = {it.comment.guid: it.status for it in items if it.comment.parent is None}
            for c in self.comments:  # the supervisor's resolve/reopen in this session shows at once
                if c.parent and c.action in ("resolve", "reopen") and c.parent in status:
                    status[c.parent] = "resolved" if c.action == "resolve" else "open"
            items = [replace(it, status=status.get(it.comment.guid, it.status)) for it in items]
            return build_views(s, items)

    # ---- writing comments -------------------------------------------------------------------------------
    def add(self, comment: Comment) -> Comment:
        if comment.parent is None and comment.anchor.kind == "project" and not comment.text.strip():
            raise KondensError(N_("A comment needs some text"))
        if not comment.text.strip() and not comment.action:
            raise KondensError(N_("A comment needs some text"))
        self.comments.append(comment)
        self.save()
        return comment

    def comment(self, anchor: Anchor, text: str, author: str = "", suggestion: Suggestion | None = None) -> Comment:
        return self.add(Comment(text.strip(), anchor, " ".join(author.split()), "supervisor", suggestion=suggestion))

    def reply(self, parent: str, text: str, author: str = "", action: str = "") -> Comment:
        known = {v.guid: v for v in self.threads()}
        if parent not in known:
            raise KondensError(N_("comment {parent} does not exist"), parent=parent)
        root = known[parent]
        if root.parent:
            root = known[root.parent]
        return self.add(Comment(text.strip(), root.anchor, " ".join(author.split()), "supervisor",
                                parent=root.guid, action=action))

    def delete(self, guid: str) -> None:
        """Remove a comment written in this copy (and its replies written here)."""
        if not any(c.guid == guid for c in self.comments):
            raise KondensError(N_("Only comments not yet returned can be deleted"))
        self.comments = [c for c in self.comments if c.guid != guid and c.parent != guid]
        self.save()

    def edit(self, guid: str, text: str) -> None:
        for i, c in enumerate(self.comments):
            if c.guid == guid:
                self.comments[i] = replace(c, text=text.strip())
                self.save()
                return
        raise KondensError(N_("Only comments not yet returned can be edited"))

    def save(self) -> None:
        save_supervisor_comments(self.path, self.comments)

    def write_reply(self, out: str | os.PathLike[str], author: str = "") -> Path:
        authors = [c.author for c in self.comments if c.author]
        cf = CommentsFile(self.manifest.guid, self.manifest.project_guid, self.manifest.project,
                          author or (authors[-1] if authors else ""), now_iso(), tuple(self.comments))
        return write_comments_file(out, cf)

    # ---- anchors by name (the CLI's --on) --------------------------------------------------------------
    def anchor_for(self, spec: str, quote: str = "") -> Anchor:
        """``theme:NAME`` (area or subgroup, or "Area / Subgroup"), ``code:NAME``, ``condensate:NAME``,
        ``lines:B:212-215`` (informant pseudonym or transcript title)."""
        kind, _, rest = spec.partition(":")
        kind = kind.strip().lower()
        rest = rest.strip()
        if not rest:
            raise KondensError(N_("--on {spec!r}: expected KIND:NAME"), spec=spec)
        with self.project.read() as s:
            if kind in ("theme", "area", "subgroup", "condensate"):
                node_id = self._node(s, rest)
                if kind == "condensate":
                    if quote:
                        summary = s.scalar(select(ThemeNode.summary).where(ThemeNode.id == node_id)) or ""
                        at = summary.find(quote)
                        if at < 0:
                            raise KondensError(N_("the condensate of {rest!r} does not contain {quote!r}"),
                                               rest=rest, quote=quote)
                        return anchors.theme_anchor(s, node_id, True, at, at + len(quote))
                    return anchors.theme_anchor(s, node_id, True)
                return anchors.theme_anchor(s, node_id)
            if kind == "code":
                return anchors.code_anchor(s, self._code(s, rest))
            if kind == "lines":
                who, _, span = rest.rpartition(":")
                m = re.fullmatch(r"(\d+)(?:\s*[-–]\s*(\d+))?", span.strip())
                if not who or m is None:
                    raise KondensError(N_("--on {spec!r}: expected lines:INFORMANT:FIRST-LAST"), spec=spec)
                first, last = int(m.group(1)), int(m.group(2) or m.group(1))
                return anchors.lines_anchor(s, self._transcript(s, who.strip()), first, last)
        raise KondensError(N_("--on {spec!r}: unknown kind {kind!r} (theme, code, condensate, lines)"),
                           spec=spec, kind=kind)

    @staticmethod
    def _node(s: object, name: str) -> int:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        rows = s.execute(select(ThemeNode.id, ThemeNode.name, ThemeNode.parent_id)).all()
        names = {r.id: r.name for r in rows}
        want = " ".join(name.split()).casefold()
        hits = [r.id for r in rows if r.name.casefold() == want
                or (r.parent_id is not None and f"{names.get(r.parent_id, '')} / {r.name}".casefold() == want)]
        if not hits:
            raise KondensError(N_("no theme area or subgroup called {name!r}"), name=name)
        if len(hits) > 1:
            raise KondensError(N_('{name!r} names several theme nodes; use "Area / Subgroup"'), name=name)
        return int(hits[0])

    @staticmethod
    def _code(s: object, name: str) -> int:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        want = " ".join(name.split()).casefold()
        hits = [i for i, n in s.execute(select(Code.id, Code.name)).all() if n.casefold() == want]
        if not hits:
            raise KondensError(N_("no code called {name!r}"), name=name)
        if len(hits) > 1:
            raise KondensError(N_("{name!r} names several codes"), name=name)
        return int(hits[0])

    @staticmethod
    def _transcript(s: object, who: str) -> int:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        rows = s.execute(select(Transcript.id, Transcript.title, Informant.label)
                         .join(Informant, Informant.id == Transcript.informant_id, isouter=True)).all()
        hits = [r.id for r in rows if r.label == who] or [r.id for r in rows if r.title.casefold() == who.casefold()]
        if len(hits) != 1:
            raise KondensError(N_("no single transcript of informant or titled {who!r}"), who=who)
        return int(hits[0])

    def suggestion_for(self, spec: str, anchor: Anchor) -> Suggestion:
        """``rename:NEW``, ``merge-into:NAME``, ``move-to:AREA``, ``split:NEW:CODE,CODE``, ``more-data``."""
        action, _, arg = spec.partition(":")
        action = action.strip().lower()
        arg = arg.strip()
        with self.project.read() as s:
            if action == "more-data":
                return Suggestion("more_data")
            if not arg:
                raise KondensError(N_("--suggest {spec!r}: expected ACTION:VALUE"), spec=spec)
            if action == "rename":
                return Suggestion("rename", name=" ".join(arg.split()))
            if action == "merge-into":
                if anchor.kind == "code":
                    c = s.get(Code, self._code(s, arg))
                    assert c is not None
                    return Suggestion("merge", into=c.guid, into_name=c.name)
                n = s.get(ThemeNode, self._node(s, arg))
                assert n is not None
                return Suggestion("merge", into=n.guid, into_name=n.name)
            if action == "move-to":
                n = s.get(ThemeNode, self._node(s, arg))
                assert n is not None
                return Suggestion("move", into=n.guid, into_name=n.name)
            if action == "split":
                name, _, codes = arg.partition(":")
                cs = [s.get(Code, self._code(s, x)) for x in codes.split(",") if x.strip()]
                if not name.strip() or not cs:
                    raise KondensError(N_("--suggest {spec!r}: expected split:NEW AREA:CODE,CODE"), spec=spec)
                return Suggestion("split", name=" ".join(name.split()), codes=tuple(c.guid for c in cs if c),
                                  code_names=tuple(c.name for c in cs if c))
        raise KondensError(N_("--suggest {spec!r}: unknown action (rename, merge-into, move-to, split, more-data)"),
                           spec=spec)


def _all_revisions() -> frozenset[str]:
    """Every schema revision this Kondens knows (a copy from a newer one has others)."""
    from coding.store.migrate import known_revisions

    return known_revisions() | head_revisions()
