"""The Review dock: threads with filters (open / resolved, kind, theme), details, and the actions of
the role at hand (student: reply, resolve, apply, decline; supervisor: comment, reply, resolve, delete).

It knows nothing of the window: "go to" and "add comment" are callbacks given by ``install``.
Main thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.empty_hint import EmptyHint
from app.i18n import tr_error
from app.supervision.backend import StudentBackend, SupervisorBackend
from app.supervision.model import COL_BY, COL_ON, COL_STATUS, COL_TEXT, Filter, ThreadModel, describe
from coding.changes import Changes
from coding.errors import KondensError
from coding.supervision.model import ThreadView

Backend = StudentBackend | SupervisorBackend


class ReviewDock(QDockWidget):
    go_to_requested = Signal(object)  # ThreadView
    add_requested = Signal()
    threads_changed = Signal(object)  # list[ThreadView], after every refresh (markers follow it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False  # a change came while hidden
        self._generation = 0  # superseded reads are dropped
        self.setWindowTitle(self.tr("Review comments"))
        self.setObjectName("ReviewDock")
        self.backend: Backend | None = None
        self.model = ThreadModel(self)
        self.status_box = QComboBox()
        self.status_box.setObjectName("reviewStatusFilter")
        for label, key in ((self.tr("Open"), "open"), (self.tr("Resolved"), "resolved"), (self.tr("All"), "all")):
            self.status_box.addItem(label, key)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("reviewKindFilter")
        for label, key in ((self.tr("All kinds"), ""), (self.tr("Suggestions"), "suggestion"),
                           (self.tr("Comments"), "comment"), (self.tr("Theme areas"), "area"),
                           (self.tr("Subgroups"), "subgroup"), (self.tr("Codes"), "code"),
                           (self.tr("Condensates"), "condensate"), (self.tr("Golden quotes"), "golden_quote"),
                           (self.tr("Segments"), "segment"), (self.tr("Transcript lines"), "lines"),
                           (self.tr("Orphaned"), "orphan")):
            self.kind_box.addItem(label, key)
        self.area_box = QComboBox()
        self.area_box.setObjectName("reviewThemeFilter")
        self.area_box.addItem(self.tr("All themes"), "")
        for box in (self.status_box, self.kind_box, self.area_box):
            box.currentIndexChanged.connect(self._filter_changed)
        self.view = QTreeView()
        self.view.setObjectName("reviewThreads")
        self.view.setModel(self.model)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "No review comments.\nFile → Send for review… makes a copy for your supervisor; File → Import "
            "review comments… brings the answers here."))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        hh = self.view.header()
        hh.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for c in (COL_ON, COL_BY, COL_STATUS):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(False)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _i: self.go_to())
        self.detail = QTextBrowser()
        self.detail.setObjectName("reviewDetail")
        self.detail.setOpenLinks(False)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.btn_add = QPushButton(self.tr("Add comment…"))
        self.btn_go = QPushButton(self.tr("Go to"))
        self.btn_reply = QPushButton(self.tr("Reply…"))
        self.btn_resolve = QPushButton(self.tr("Resolve"))
        self.btn_apply = QPushButton(self.tr("Apply suggestion"))
        self.btn_decline = QPushButton(self.tr("Decline…"))
        self.btn_delete = QPushButton(self.tr("Delete"))
        for name, b in (("add", self.btn_add), ("go", self.btn_go), ("reply", self.btn_reply),
                        ("resolve", self.btn_resolve), ("apply", self.btn_apply), ("decline", self.btn_decline),
                        ("delete", self.btn_delete)):
            b.setObjectName(f"review_{name}")
        self.btn_add.clicked.connect(self.add_requested.emit)
        self.btn_go.clicked.connect(self.go_to)
        self.btn_reply.clicked.connect(lambda: self.reply())
        self.btn_resolve.clicked.connect(self.toggle_resolved)
        self.btn_apply.clicked.connect(self.apply)
        self.btn_decline.clicked.connect(lambda: self.decline())
        self.btn_delete.clicked.connect(self.delete)
        filters = QHBoxLayout()
        for w in (self.status_box, self.kind_box, self.area_box):
            # Long choices (theme names) must not decide the dock's width: the boxes shrink, their lists do not.
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(5)
            filters.addWidget(w, 1)
        # Two rows of buttons: the dock sits at the side and must not push the coding view aside.
        buttons = QVBoxLayout()
        for row_buttons in ((self.btn_add, self.btn_go), (self.btn_reply, self.btn_resolve),
                            (self.btn_apply, self.btn_decline, self.btn_delete)):
            row = QHBoxLayout()
            for b in row_buttons:
                row.addWidget(b)
            row.addStretch(1)
            buttons.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([300, 160])
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        self.setWidget(box)
        self.set_backend(None)

    # ---- backend ---------------------------------------------------------------------------------------
    def set_backend(self, backend: Backend | None) -> None:
        self.backend = backend
        supervisor = isinstance(backend, SupervisorBackend)
        self.btn_add.setVisible(supervisor)
        self.btn_delete.setVisible(supervisor)
        self.btn_apply.setVisible(not supervisor)
        self.btn_decline.setVisible(not supervisor)
        self.refresh()

    def on_project_changed(self, changes: Changes) -> None:
        if set(changes.touched) <= {"segments"} and not any(
                v.anchor.kind in ("segment", "golden_quote") or v.anchor.segment for v in self.model.threads):
            return  # plain coding: only a comment on a segment can be orphaned by it
        if changes.touches("review_comments", "codes", "theme_nodes", "segments", "quotes"):
            if not self.isVisible() and not changes.touches("review_comments"):
                self._stale = True  # hidden, and no comment changed (the markers stay): read when shown
                return
            self.refresh(background=True)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._stale:
            self.refresh(background=True)

    def refresh(self, select: str | None = None, background: bool = False) -> None:
        """Show the backend's threads, read on the project's executor and shown when back (a newer refresh
        supersedes an older one). ``background`` is kept for callers; every read is in the background."""
        current = select or self._current_guid()
        self._stale = False
        self._generation += 1
        backend, gen = self.backend, self._generation
        # The threads are read on the project's executor (a round trip on a team project): the student's
        # from the project, the supervisor's from the review copy and the comments of this session.
        ctx = getattr(backend, "ctx", None)
        if ctx is not None:
            ctx.read("Review threads", lambda p: backend.threads_of(p), on_done=lambda views: (
                self._show_threads(views, current) if gen == self._generation and backend is self.backend else None))
            return
        self._show_threads(backend.threads() if backend is not None else [], current)

    def _show_threads(self, views: list[ThreadView], current: str | None) -> None:
        areas = sorted({v.area for v in views if v.area})
        key = self.area_box.currentData()
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItem(self.tr("All themes"), "")
        for a in areas:
            self.area_box.addItem(a, a)
        i = self.area_box.findData(key)
        self.area_box.setCurrentIndex(max(0, i))
        self.area_box.blockSignals(False)
        self.model.set_threads(views, self._filter())
        self.threads_changed.emit(views)
        self.view.expandAll()
        if current:
            idx = self.model.find(current)
            if idx.isValid():
                self.view.setCurrentIndex(idx)
        threads = [v for v in views if v.is_thread]
        n_open = sum(1 for v in threads if v.status == "open")
        n_orphan = sum(1 for v in threads if v.orphan)
        self.summary.setText(self.tr("%1 threads, %2 open, %3 orphaned").replace("%1", str(len(threads)))
                             .replace("%2", str(n_open)).replace("%3", str(n_orphan)))
        self._update_buttons()

    def _filter(self) -> Filter:
        return Filter(self.status_box.currentData() or "all", self.kind_box.currentData() or "",
                      self.area_box.currentData() or "")

    def _filter_changed(self) -> None:
        self.model.set_filter(self._filter())
        self.view.expandAll()
        self._update_buttons()

    def set_status_filter(self, key: str) -> None:
        self.status_box.setCurrentIndex(self.status_box.findData(key))

    # ---- selection ---------------------------------------------------------------------------------------
    def current(self) -> ThreadView | None:
        return self.model.view(self.view.currentIndex())

    def thread(self) -> ThreadView | None:
        v = self.current()
        if v is not None and v.parent is not None:
            return next((t for t in self.model.threads if t.guid == v.parent), v)
        return v

    def _current_guid(self) -> str | None:
        v = self.current()
        return v.guid if v is not None else None

    def select(self, guid: str) -> None:
        idx = self.model.find(guid)
        if idx.isValid():
            self.view.setCurrentIndex(idx)

    def _current_changed(self, _cur: QModelIndex, _prev: QModelIndex) -> None:
        self._show_detail()
        self._update_buttons()

    def _update_buttons(self) -> None:
        t = self.thread()
        b = self.backend
        writable = b is not None and b.writable
        has = t is not None
        self.btn_add.setEnabled(b is not None)
        self.btn_go.setEnabled(has)
        self.btn_reply.setEnabled(has and writable)
        self.btn_resolve.setEnabled(has and writable)
        if t is not None:
            self.btn_resolve.setText(self.tr("Reopen") if t.status != "open" else self.tr("Resolve"))
        sug = t is not None and t.suggestion is not None and t.status == "open"
        self.btn_apply.setEnabled(bool(sug and writable and t.suggestion.action != "more_data"  # type: ignore[union-attr]
                                       and not t.orphan))  # type: ignore[union-attr]
        self.btn_decline.setEnabled(bool(sug and writable))
        v = self.current()
        self.btn_delete.setEnabled(v is not None and b is not None and b.can_delete(v))

    def _show_detail(self) -> None:
        t = self.thread()
        if t is None:
            self.detail.clear()
            return
        e = html.escape
        parts = [f"<p><b>{e(t.where)}</b>"]
        if t.orphan:
            parts.append(" <span style='color:#b3261e'>" + e(self.tr(
                "The object this comment was about has been deleted, merged or changed since; it is shown with "
                "the context it had.")) + "</span>")
        parts.append("</p>")
        if t.anchor.quote:
            quoted = self.tr("“%1”").replace("%1", e(t.anchor.quote))  # « » in Bokmål
            parts.append(f"<blockquote style='color:#444'>{quoted}</blockquote>")
        if t.suggestion is not None:
            parts.append("<p>⚑ <b>" + e(self.tr("Suggestion:")) + "</b> " + e(describe(t.suggestion)) + "</p>")
        for v in [t, *self.model.replies.get(t.guid, [])]:
            who = v.author or v.role
            body = e(v.text).replace("\n", "<br>") if v.text else "<i>" + e(v.action) + "</i>"
            parts.append(f"<p><b>{e(who)}</b> <span style='color:#777'>{e(v.created.replace('T', ' ')[:16])}</span>"
                         f"<br>{body}</p>")
        self.detail.setHtml("".join(parts))

    # ---- actions ---------------------------------------------------------------------------------------------
    def _do(self, title: str, fn: Callable[..., object], select: str | None = None) -> bool:
        """``fn(done, refused)`` writes (the student's on the executor); the threads are read again when it
        is back, a refusal is shown. False if it failed at once."""
        failed: list[bool] = []

        def refused(e: BaseException) -> None:
            failed.append(True)
            if isinstance(e, KondensError):
                QMessageBox.warning(self, title, tr_error(e))
            elif isinstance(self.backend, StudentBackend):
                self.backend.ctx.failed.emit(title, e)
            else:
                raise e

        try:
            fn(lambda: self.refresh(select, background=True), refused)
        except KondensError as e:
            refused(e)
        return not failed

    def go_to(self) -> None:
        t = self.thread()
        if t is not None:
            self.go_to_requested.emit(t)

    def reply(self, text: str | None = None) -> bool:
        t = self.thread()
        if t is None or self.backend is None:
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Reply"), self.tr("Your reply:"))
            if not ok or not text.strip():
                return False
        b = self.backend
        return self._do(self.tr("Reply"), lambda ok, no: b.reply(t.guid, text, ok, no), t.guid)

    def toggle_resolved(self) -> bool:
        t = self.thread()
        if t is None or self.backend is None:
            return False
        b = self.backend
        return self._do(self.tr("Resolve"), lambda ok, no: b.resolve(t.guid, t.status == "open", ok, no), t.guid)

    def apply(self) -> bool:
        t = self.thread()
        if t is None or not isinstance(self.backend, StudentBackend):
            return False
        b = self.backend
        return self._do(self.tr("Apply suggestion"), lambda ok, no: b.apply(t.guid, ok, no), t.guid)

    def decline(self, text: str | None = None) -> bool:
        t = self.thread()
        if t is None or not isinstance(self.backend, StudentBackend):
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Decline suggestion"),
                                                     self.tr("Why not? (goes back to the supervisor)"))
            if not ok:
                return False
        b = self.backend
        return self._do(self.tr("Decline suggestion"), lambda ok, no: b.decline(t.guid, text, ok, no), t.guid)

    def delete(self) -> bool:
        v = self.current()
        if v is None or not isinstance(self.backend, SupervisorBackend) or not self.backend.can_delete(v):
            return False
        b = self.backend
        return self._do(self.tr("Delete"), lambda ok, _no: (b.delete(v.guid), ok()))
