"""Wire the supervisor review loop into the main window.

Student: File → Send for review…, File → Import review comments…, the Review dock (reply, resolve,
apply or decline suggestions, go to). Supervisor: File → Open review copy… (also ``kondens gui
FILE.kondensreview`` and the recent list) opens the copy in **review mode**: the analysis read-only, a
banner with whose project, which date and the student's note, "what changed since your last
review" first, comments from the current selection, and File → Return comments….

Uses the window's plug-in API (``ctx``, ``context_changed``, ``menu``, ``add_dock``, ``openers``,
``show_transcript``, ``current_selection``). Main thread only.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QToolBar

from app import settings
from app.context import follow
from app.i18n import count, tr_error
from app.reads import LatestRead, run_checked
from app.supervision.backend import StudentBackend, SupervisorBackend
from app.supervision.comment_dialog import Candidate, CommentDialog, comment_choices
from app.supervision.dialogs import ReviewChangesDialog, ReviewImportDialog, ReviewSendDialog, SendFacts, send_facts
from app.supervision.dock import ReviewDock
from coding.errors import KondensError
from coding.supervision import anchors
from coding.supervision.anchors import Resolved
from coding.supervision.files import COMMENTS_SUFFIX, REVIEW_SUFFIX
from coding.supervision.model import Anchor, ThreadView
from coding.supervision.review_copy import ReviewCopy


def open_review_copy(path: str) -> ReviewCopy:
    """Extract the copy, build its search index once, then reopen it read-only (worker thread safe)."""
    from transcripts.workspace import open_project

    rc = ReviewCopy.open(path, readonly=False)
    try:
        import transcripts.search as search

        search.attach(rc.project)
        rc.project.close()
        rc.project = open_project(rc.folder, readonly=True)
    except BaseException:
        rc.close()
        raise
    return rc


class Supervision(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.review: ReviewCopy | None = None
        self.dock = ReviewDock(window)
        self.dock.setProperty("startHidden", True)
        window.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.go_to_requested.connect(self.go_to)
        self.dock.add_requested.connect(self.add_comment)
        self.banner = QToolBar(self.tr("Review mode"), window)
        self.banner.setObjectName("reviewBanner")
        self.banner.setMovable(False)
        self.banner.setStyleSheet("QToolBar#reviewBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        self.banner_label = QLabel()
        self.banner_label.setObjectName("reviewBannerLabel")
        self.banner_label.setTextFormat(Qt.TextFormat.RichText)
        self.banner_label.setContentsMargins(8, 4, 8, 4)
        self.banner.addWidget(self.banner_label)
        self.act_changes = self.banner.addAction(self.tr("What changed since your last review"), self.show_changes)
        self.banner.addAction(self.tr("Add comment…"), self.add_comment)
        self.banner.addAction(self.tr("Return comments…"), self.return_comments)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.hide()
        self._build_menu()
        openers = getattr(window, "openers", None)
        if isinstance(openers, dict):
            openers[REVIEW_SUFFIX] = self.open_path
        self.badges: Any = None  # the theme tree's marker delegate, attached once the theme dock exists
        self._line_ranges: dict[int, list[tuple[int, int]]] = {}  # transcript → ranges with an open comment
        self._locating = LatestRead()  # the open comments' transcript ranges, read on the executor
        self.dock.threads_changed.connect(self._update_markers)
        window.coding_view.transcript_opened.connect(self._mark_lines)
        window.context_changed.connect(self._context_changed)
        self._ctx: Any = None
        self._context_changed(getattr(window, "ctx", None))

    # ---- menus ------------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        f = self.window.menu("File")
        before = getattr(self.window, "act_quit", None)
        self.act_open = QAction(self.tr("Open review copy…"), self.window)
        self.act_open.triggered.connect(self.open_dialog)
        self.act_send = QAction(self.tr("Send for review…"), self.window)
        self.act_send.triggered.connect(self.send_for_review)
        self.act_import = QAction(self.tr("Import review comments…"), self.window)
        self.act_import.triggered.connect(self.import_comments)
        self.act_return = QAction(self.tr("Return comments…"), self.window)
        self.act_return.triggered.connect(self.return_comments)
        self.act_comment = QAction(self.tr("Add review comment…"), self.window)
        self.act_comment.setShortcut("Ctrl+Alt+M")
        self.act_comment.triggered.connect(self.add_comment)
        for a in (self.act_open, self.act_send, self.act_import, self.act_return, self.act_comment):
            a.setObjectName("action_" + a.text().rstrip("…").replace(" ", "_"))
            if before is not None:
                f.insertAction(before, a)
            else:
                f.addAction(a)
        if before is not None:
            f.insertSeparator(before)
        show = QAction(self.tr("Review comments"), self.window)
        show.triggered.connect(self.show_dock)
        self.window.menu("View").addAction(show)

    def _update_actions(self) -> None:
        ctx = self._ctx
        student = ctx is not None and self.review is None and not ctx.readonly
        self.act_send.setEnabled(student)
        self.act_import.setEnabled(student)
        self.act_return.setEnabled(self.review is not None)
        self.act_comment.setEnabled(self.review is not None)

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _author(self) -> str:
        return settings.coder()

    # ---- context ------------------------------------------------------------------------------------------
    def _update_markers(self, views: list[ThreadView]) -> None:
        from app.themes.dock import ThemeDock

        self._collect_line_ranges(views)
        tdock = self.window.findChild(ThemeDock)
        if tdock is None:
            return
        if self.badges is None:
            from app.supervision.markers import ReviewBadgeDelegate

            self.badges = ReviewBadgeDelegate(tdock.view)
            tdock.view.setItemDelegateForColumn(0, self.badges)
        self.badges.set_threads(views)
        tdock.view.viewport().update()

    def _collect_line_ranges(self, views: list[ThreadView]) -> None:
        """Open threads anchored to transcript text (lines or a segment), as transcript ranges."""
        backend = self.dock.backend
        anchors = [v.anchor for v in views if v.is_thread and v.status == "open" and not v.orphan
                   and v.anchor.kind in ("lines", "segment")]

        def located(found: list[Resolved]) -> None:
            ranges: dict[int, list[tuple[int, int]]] = {}
            for r in found:
                if r.transcript_id is not None and r.start is not None and r.end is not None:
                    ranges.setdefault(r.transcript_id, []).append((r.start, r.end))
            self._line_ranges = ranges
            self._mark_lines()

        ctx = getattr(backend, "ctx", None)
        if ctx is not None:  # on the executor; the dots follow when it is back
            self._locating.read(ctx, "Review markers", StudentBackend.line_ranges_of, anchors, on_done=located)
        else:  # nothing open
            self._locating.cancel()
            located([backend.locate(a) for a in anchors] if backend is not None else [])

    def _mark_lines(self, *_: object) -> None:
        """A yellow dot in the gutter beside every line of the open transcript that a comment is about."""
        view = self.window.coding_view
        t = view.transcript
        ed = view.editor
        marked: set[int] = set()
        if t is not None:
            for start, end in self._line_ranges.get(t.id, []):
                marked.update(i for i, ln in enumerate(ed.index.lines) if ln.start < end and ln.end > start)
        if marked != ed.gutter.comment_lines:
            ed.gutter.comment_lines = marked
            ed.gutter.update()

    def _context_changed(self, ctx: Any) -> None:
        follow(self._ctx, None, project_changed=self.dock.on_project_changed)
        self._ctx = ctx
        rc = self.review
        if rc is not None and (ctx is None or ctx.project is not rc.project):
            self.review = None  # the copy's project is closed with its context; its temp folder goes now
            if ctx is None:
                self._cleanup_later(rc)
            else:
                rc.close()
        if ctx is None:
            self.dock.set_backend(None)
        elif self.review is not None and ctx.project is self.review.project:
            self.dock.set_backend(SupervisorBackend(self.review, self._author, ctx))
            ctx.closed.connect(lambda rc=self.review: rc.close())
        else:
            self.dock.set_backend(StudentBackend(ctx, self._author))
            follow(None, ctx, project_changed=self.dock.on_project_changed)
        self._update_banner()
        self._update_actions()
        self._lock_editors(self.review is not None)

    def _lock_editors(self, review: bool) -> None:
        """In review mode the condensate can be selected (to comment on a passage) but not edited."""
        from app.themes.install import ThemeWorkspace

        work = self.window.findChild(ThemeWorkspace)
        if work is not None:
            work.condensation.editor.setReadOnly(review)
            work.condensation.save_button.setEnabled(not review)

    def _cleanup_later(self, rc: ReviewCopy) -> None:
        # ``context_changed(None)`` comes before the context closes its project: remove the folder after.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, rc.close)

    def _update_banner(self) -> None:
        rc = self.review
        if rc is None:
            self.banner.hide()
            return
        m = rc.manifest
        e = html.escape
        who = e(m.student) if m.student else e(self.tr("the student"))
        text = self.tr("<b>Review mode</b> — %1's project <b>%2</b>, review copy %3 of %4. The analysis is read-only; "
                       "your comments are saved in the review file.").replace("%1", who).replace("%2", e(m.project)) \
            .replace("%3", str(m.round)).replace("%4", e(m.created[:10]))
        if m.note:
            text += "<br>" + e(self.tr("Note from the student:")) + " <i>" + e(m.note) + "</i>"
        self.banner_label.setText(text)
        self.act_changes.setVisible(m.previous_snapshot is not None)
        self.banner.show()

    # ---- supervisor -------------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open review copy"), str(Path.home()),
                                              self.tr("Kondens review copy (*.kondensreview)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        from app.window.background import run_in_background

        try:
            rc = run_in_background(self.window, self.tr("Opening review copy…"), lambda: open_review_copy(path))
        except KondensError as e:
            QMessageBox.warning(self.window, self.tr("Open review copy"), tr_error(e))
            return False
        self.window.close_project()
        self.review = rc
        self.window.set_project(rc.project)
        settings.remove_recent_project(str(rc.project.path))
        settings.add_recent_project(str(Path(path).resolve()))
        self.show_dock()
        self.dock.set_status_filter("all")
        if rc.manifest.previous_snapshot is not None:
            self.show_changes()
        return True

    def show_changes(self) -> None:
        rc = self.review
        if rc is None:
            return
        from app.i18n import chosen_language
        from exports.review_section import lines_nb

        d = rc.changes_since_last_review()
        lines = [] if d is None else lines_nb(d) if chosen_language() == "nb" else d.lines()
        dlg = ReviewChangesDialog(lines, rc.manifest.previous_created, self.window)
        dlg.setModal(False)
        dlg.show()
        self._changes_dialog = dlg

    def _selection(self) -> dict[str, Any]:
        """What the user has selected (condensation editor, theme tree, transcript), as plain values: the
        UI side of :func:`_candidates_of`."""
        from app.themes.dock import ThemeDock
        from app.themes.install import ThemeWorkspace

        w = self.window
        sel: dict[str, Any] = {}
        work = w.findChild(ThemeWorkspace)
        cond = work.condensation if work is not None else None
        if cond is not None and cond.theme_id is not None and cond.reader is not None:
            cur = cond.editor.textCursor()
            text = cond.editor.toPlainText()
            seg = cond.model.segment(cond.segments.currentIndex())
            sel["condensate"] = {
                "theme": cond.theme_id, "name": cond.reader.node.name,
                "range": (cur.selectionStart(), cur.selectionEnd(), text[cur.selectionStart():cur.selectionEnd()][:60])
                if cur.hasSelection() and text == cond.reader.node.summary else None,
                "segment": None if seg is None else (seg.segment_id, seg.code_name,
                                                     f"{seg.informant_label or '?'}, l. {seg.first_line}–{seg.last_line}",
                                                     cond.reader.golden.get(seg.segment_id)),
            }
        tdock = w.findChild(ThemeDock)
        sel["tree"] = tdock.selected_keys()[:1] if tdock is not None else []
        sel["text"] = w.current_selection() if hasattr(w, "current_selection") else None
        return sel

    def candidates(self) -> list[Candidate]:
        """What a new comment can be about, from the current selections (theme tree, condensation,
        transcript), read on the calling thread (tests; the menu action reads them on the executor)."""
        rc = self.review
        return _candidates_of(rc.project, self._selection()) if rc is not None else []

    def add_comment(self, *, dialog: CommentDialog | None = None) -> bool:
        """Ask for a comment on the current selection (what it can be about and the dialog's choices are
        read on the review copy's executor before the dialog opens) and save it into the review file.
        Returns True if it was saved by the time it returns (with ``dialog``, in tests: at once)."""
        rc = self.review
        if rc is None:
            QMessageBox.information(self.window, self.tr("Add comment"),
                                    self.tr("Comments are added to a review copy: File → Open review copy…"))
            return False
        if dialog is not None:
            return self._save_comment(rc, dialog)
        saved: list[bool] = []
        ctx = self._ctx

        def ask(facts: tuple[list[Candidate], Any]) -> None:
            if self.review is not rc:
                return
            cands, choices = facts
            dlg = CommentDialog(rc.project, cands, self._author(), self.window, choices=choices)
            if dlg.exec() == CommentDialog.DialogCode.Accepted and self._save_comment(rc, dlg):
                saved.append(True)

        if ctx is None:
            return False
        ctx.read("Add comment", _comment_facts, self._selection(), on_done=ask)
        return bool(saved)

    def _save_comment(self, rc: ReviewCopy, dlg: CommentDialog) -> bool:
        a = dlg.anchor()
        if a is None:
            return False
        author = " ".join(dlg.author.text().split())
        if author and author != settings.coder():
            settings.set_coder(author)
        try:
            c = rc.comment(a, dlg.comment_text(), author, dlg.suggestion())
        except KondensError as e:
            QMessageBox.warning(self.window, self.tr("Add comment"), tr_error(e))
            return False
        self.show_dock()
        self.dock.refresh(c.guid)
        return True

    def return_comments(self, path: str | None = None) -> bool:
        rc = self.review
        if rc is None:
            return False
        if path is None:
            default = str(rc.path.with_name(rc.path.stem + COMMENTS_SUFFIX))
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Return comments"), default,
                                                  self.tr("Kondens comments (*.kondenscomments)"))
            if not path:
                return False
            if not path.endswith(COMMENTS_SUFFIX):
                path += COMMENTS_SUFFIX
        try:
            rc.write_reply(path, self._author())
        except (KondensError, OSError) as e:
            QMessageBox.warning(self.window, self.tr("Return comments"), tr_error(e))
            return False
        self.window.statusBar().showMessage(count(len(rc.comments), self.tr("Wrote 1 comment to %2"), self.tr("Wrote %1 comments to %2"))
                                            .replace("%2", path), 8000)
        return True

    # ---- student --------------------------------------------------------------------------------------------
    def send_for_review(self, path: str | None = None, dialog: ReviewSendDialog | None = None) -> bool:
        """Ask (the memos are read on the executor before the dialog opens), then write the review copy
        on the executor. Returns True once it is written if that happened before returning (inline, or
        with ``dialog`` and ``path`` given in tests); on the real executor the status bar says so."""
        ctx = self._ctx
        if ctx is None or self.review is not None:
            return False
        from coding.supervision.export import export_review_copy

        written: list[bool] = []

        def ask(facts: SendFacts | None) -> None:
            if ctx is not self._ctx:
                return
            dlg = dialog or ReviewSendDialog(facts, self.window)  # type: ignore[arg-type]
            if dialog is None and dlg.exec() != ReviewSendDialog.DialogCode.Accepted:
                return
            target = path
            if target is None:
                default = str(Path.home() / f"{ctx.project.name}{REVIEW_SUFFIX}")
                target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Send for review"), default,
                                                        self.tr("Kondens review copy (*.kondensreview)"))
                if not target:
                    return
                if not target.endswith(REVIEW_SUFFIX):
                    target += REVIEW_SUFFIX
            title = self.tr("Send for review")

            def done(ch: Any) -> None:
                written.append(True)
                self.window.statusBar().showMessage(
                    self.tr("Review copy %1 written to %2").replace("%1", str(ch.value.round)).replace("%2", target),
                    8000)

            self.window.statusBar().showMessage(self.tr("Writing the review copy…"))
            run_checked(ctx, self.window, title, export_review_copy, target, dlg.note.toPlainText(),
                        dlg.student.text(), dlg.shared_ids(), on_done=done,
                        on_refused=lambda _e: self.window.statusBar().clearMessage())

        if dialog is not None:
            ask(None)
        else:
            ctx.read("Send for review", send_facts, on_done=ask)
        return bool(written)

    def import_comments(self, path: str | None = None, accept: Any = None) -> bool:
        """``accept``: None asks in the dialog; a callable ``(ReviewImportDialog) -> bool`` decides (tests).

        The comment file is read and checked against the project on the executor, the dialog opens when
        that is back, and the accepted comments are written on the executor. Returns True once they are
        in if that happened before returning (inline, in tests)."""
        ctx = self._ctx
        if ctx is None or self.review is not None:
            return False
        from coding.supervision.threads import commit_import

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import review comments"), str(Path.home()),
                                                  self.tr("Kondens comments (*.kondenscomments)"))
            if not path:
                return False
        title = self.tr("Import review comments")
        imported: list[bool] = []

        def refused(e: BaseException) -> None:
            if not isinstance(e, KondensError):
                ctx.failed.emit(title, e)
                return
            QMessageBox.warning(self.window, title, tr_error(e))

        def done(ch: Any) -> None:
            imported.append(True)
            res = ch.value
            self.show_dock()
            self.dock.set_status_filter("open")
            self.dock.refresh()
            self.window.statusBar().showMessage(
                self.tr("Imported %1, %2; %3 orphaned")
                .replace("%2", count(res.suggestions, self.tr("1 suggestion"), self.tr("%1 suggestions")))
                .replace("%3", str(res.orphans))
                .replace("%1", count(res.comments, self.tr("1 comment"), self.tr("%1 comments"))), 8000)

        def planned(plan: Any) -> None:
            if ctx is not self._ctx:
                return
            dlg = ReviewImportDialog(plan, self.window)
            ok = accept(dlg) if accept is not None else dlg.exec() == ReviewImportDialog.DialogCode.Accepted
            if ok:
                ctx.run("Import review comments", commit_import, plan, dlg.accepted_indices(), on_done=done,
                        on_error=refused)

        ctx.read("Import review comments", _plan_comment_import, path, on_done=planned, on_error=refused)
        return bool(imported)

    # ---- go to ----------------------------------------------------------------------------------------------
    def go_to(self, v: ThreadView) -> None:
        b = self.dock.backend
        if b is None:
            return
        ctx = getattr(b, "ctx", None)
        if ctx is not None:  # where the comment points is looked up on the executor
            ctx.read("Go to comment", _locate, v.anchor,
                     on_done=lambda found: self._go(v, *found) if self._ctx is ctx else None)
        else:
            self._go(v, *_locate(b.project, v.anchor))

    def _go(self, v: ThreadView, r: Resolved, kind: str) -> None:
        from app.themes.dock import ThemeDock
        from app.themes.install import ThemeWorkspace

        w = self.window
        if r.transcript_id is not None and v.anchor.kind in ("lines", "segment", "golden_quote"):
            w.show_transcript(r.transcript_id, r.start, r.end)
            return
        tdock = w.findChild(ThemeDock)
        if tdock is None:
            return
        if v.anchor.kind == "code" and r.code_id is not None:
            tdock.show()
            tdock.raise_()
            tdock.select("code", r.code_id)
            return
        if r.theme_id is not None:
            tdock.show()
            tdock.raise_()
            tdock.select(kind, r.theme_id)
            if v.anchor.kind == "condensate":
                work = w.findChild(ThemeWorkspace)
                if work is not None:
                    work.show()
                    work.raise_()
                    work.tabs.setCurrentWidget(work.condensation)
                    if work.condensation.theme_id != r.theme_id:
                        work.condensation.load(r.theme_id)
                    if r.start is not None and r.end is not None:
                        cur = work.condensation.editor.textCursor()
                        cur.setPosition(r.start)
                        cur.setPosition(r.end, cur.MoveMode.KeepAnchor)
                        work.condensation.editor.setTextCursor(cur)
            return
        QMessageBox.information(w, self.tr("Go to"), self.tr("This comment is orphaned: what it was about is gone."))


def install(window: Any) -> Supervision:
    return Supervision(window)


def _plan_comment_import(project: Any, path: str) -> Any:
    """Executor side of importing review comments: the file read and matched against the project, with
    the identifiers the detector proposes in the comment text."""
    from coding.supervision.threads import plan_import
    from transcripts.deid.detector import detect
    from transcripts.importing.plan import project_language

    lang = project_language(project)
    return plan_import(project, path, lambda t: detect(t, (), lang))


def _locate(project: Any, anchor: Anchor) -> tuple[Resolved, str]:
    """Executor side of "Go to": where ``anchor`` points now, and the kind of its theme node."""
    from coding.store.models import ThemeNode
    from coding.supervision.threads import locate

    r = locate(project, anchor)
    kind = "area"
    if r.theme_id is not None:
        with project.read() as s:
            node = s.get(ThemeNode, r.theme_id)
            kind = node.kind if node is not None else "area"
    return r, kind


def _candidates_of(project: Any, sel: dict[str, Any]) -> list[Candidate]:
    """What a new comment can be about, given the selection gathered by ``Supervision._selection``
    (runs on the review copy's executor; anchors are read from its database)."""
    out: list[Candidate] = []
    with project.read() as s:
        def add(label: str, make: Any) -> None:
            try:
                out.append(Candidate(label, make()))
            except KondensError:
                pass

        tree_at: int | None = None
        cond = sel.get("condensate")
        if cond is not None:
            tid, name = cond["theme"], cond["name"]
            if cond["range"] is not None:
                a0, a1, quoted = cond["range"]
                add(QCoreApplication.translate("Supervision", "Condensate of %1: “%2”").replace("%1", name)
                    .replace("%2", quoted), lambda: anchors.theme_anchor(s, tid, True, a0, a1))
            tree_at = len(out)
            add(QCoreApplication.translate("Supervision", "Condensate of %1 (whole)").replace("%1", name),
                lambda: anchors.theme_anchor(s, tid, True))
            if not any(c.anchor.guid == anchors.theme_anchor(s, tid).guid and c.anchor.kind != "condensate"
                       for c in out):
                node = anchors.theme_anchor(s, tid)
                out.append(Candidate((QCoreApplication.translate("Supervision", "Theme area: %1") if node.kind == "area"
                                      else QCoreApplication.translate("Supervision", "Subgroup: %1"))
                                     .replace("%1", node.path), node))
            if cond["segment"] is not None:
                sid, code_name, ref, qid = cond["segment"]
                if qid is not None:
                    add(QCoreApplication.translate("Supervision", "Golden quote (%1)").replace("%1", ref),
                        lambda: anchors.golden_anchor(s, qid))
                add(QCoreApplication.translate("Supervision", "Segment: %1 (%2)").replace("%1", code_name)
                    .replace("%2", ref), lambda: anchors.segment_anchor(s, sid))
        tree: list[Candidate] = []
        for kind, id_ in sel.get("tree", []):
            if kind in ("area", "subgroup") and id_ is not None:
                a = anchors.theme_anchor(s, id_)
                tree.append(Candidate((QCoreApplication.translate("Supervision", "Theme area: %1") if kind == "area"
                                       else QCoreApplication.translate("Supervision", "Subgroup: %1"))
                                      .replace("%1", a.path), a))
            elif kind == "code" and id_ is not None:
                a = anchors.code_anchor(s, id_)
                tree.append(Candidate(QCoreApplication.translate("Supervision", "Code: %1").replace("%1", a.name), a))
        at = tree_at if tree_at is not None else len(out)
        out[at:at] = tree
        text = sel.get("text")
        if text is not None:
            tid_, start, end = text
            first, last = anchors._line_numbers(s, tid_, start, end)
            if first is not None and last is not None:
                a = anchors.lines_anchor(s, tid_, first, last)
                out.append(Candidate(QCoreApplication.translate("Supervision", "Transcript lines: %1")
                                     .replace("%1", a.label()), a))
                from sqlalchemy import select

                from coding.store.models import Code, Segment

                for sid, cname in s.execute(select(Segment.id, Code.name).join(Code, Code.id == Segment.code_id)
                                            .where(Segment.transcript_id == tid_, Segment.start <= start,
                                                   Segment.end >= end).limit(5)).all():
                    add(QCoreApplication.translate("Supervision", "Segment: %1 (%2)").replace("%1", cname)
                        .replace("%2", a.label()), lambda sid=sid: anchors.segment_anchor(s, sid))
    out.append(Candidate(QCoreApplication.translate("Supervision", "The project as a whole"), Anchor("project")))
    seen: set[Anchor] = set()
    unique = []
    for c in out:
        if c.anchor not in seen:
            seen.add(c.anchor)
            unique.append(c)
    return unique


def _comment_facts(project: Any, sel: dict[str, Any]) -> tuple[list[Candidate], Any]:
    """Executor side of "Add comment": the candidates and the dialog's theme and code choices."""
    return _candidates_of(project, sel), comment_choices(project)
