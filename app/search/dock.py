"""The search dock: type a query, read hits in context, jump to a line, code the selected hits.

Searches run on the global QThreadPool and post results back by signal; a newer query makes older
results void. Coding from results is one undo macro (one Ctrl+Z), with index updates batched.
Main thread only (except :class:`_SearchJob.run`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext, follow
from app.empty_hint import EmptyHint
from app.i18n import tr_error
from app.reads import LatestRead
from app.search.delegate import HighlightDelegate
from app.search.model import COL_INFORMANT, COL_TEXT, COL_TRANSCRIPT, HitRole, SearchResultsModel, SortRole
from app.workbench import Workbench
from coding import queries
from coding.changes import Changes
from coding.dto import CodeDTO
from coding.services.codes import apply_code
from transcripts.search import Hit, QueryError, SearchResults, index_for
from transcripts.search.documents import turn_spans


class _Signals(QObject):
    finished = Signal(int, object)  # generation, SearchResults | str (error)


class _SearchJob(QRunnable):
    def __init__(self, ctx: ProjectContext, query: str, limit: int, generation: int) -> None:
        super().__init__()
        self.ctx, self.query, self.limit, self.generation = ctx, query, limit, generation
        self.signals = _Signals()

    def run(self) -> None:  # worker thread: no widgets here
        try:
            res: object = index_for(self.ctx.project).search(self.query, limit=self.limit)
        except QueryError as e:
            res = tr_error(e)
        except Exception as e:  # reported in the dock, never a crash of the pool thread
            res = QCoreApplication.translate("SearchDock", "Search failed: %1").replace("%1", type(e).__name__)
        self.signals.finished.emit(self.generation, res)


class SearchDock(QDockWidget):
    results_ready = Signal(object)  # SearchResults
    search_failed = Signal(str)

    LIMIT = 500

    def __init__(self, window: Workbench) -> None:
        super().__init__(self.tr("Search"), window)
        self.setObjectName("searchDock")
        self.window_ = window
        self.ctx: ProjectContext | None = None
        self._reading_codes = LatestRead()  # the codes for the chooser
        self._generation = 0
        self._jobs: dict[int, _SearchJob] = {}
        self.results: SearchResults | None = None
        self._title_width = self._informant_width = 100

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search transcripts, memos and condensates…"))
        # The filter names (informant:, code:, in:memo …) are the query language: a translation keeps them.
        self.query.setToolTip(self.tr('Words, "phrases", prefix*, AND / OR / NOT, informant:A, role:informant, '
                                      'speaker:I, code:"sosial arena", theme:"…", in:memo, "[navn 1]"'))
        self.query.setClearButtonEnabled(True)
        self.go = QPushButton(self.tr("Search"))
        self.status = QLabel(self.tr("Type a query and press Enter."))
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "Matching lines appear here: type words above and press Enter."))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegateForColumn(COL_TEXT, HighlightDelegate(self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        # The hit text takes the free width and never drops off the edge: the other columns are sized to
        # their contents on new results (the transcript/title column capped), the text column on every resize.
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        self.view.viewport().installEventFilter(self)
        self.code_box = QComboBox()
        self.code_box.setMinimumContentsLength(14)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("matching lines"), "lines")
        self.scope.addItem(self.tr("whole turns"), "turns")
        self.code_button = QPushButton(self.tr("Code selected"))

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.go)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Code")))
        bottom.addWidget(self.code_box, 1)
        bottom.addWidget(self.scope)
        bottom.addWidget(self.code_button)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.view, 1)
        lay.addLayout(bottom)
        self.setWidget(body)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self._rerun)
        self.query.returnPressed.connect(self.search)
        self.go.clicked.connect(self.search)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.code_button.clicked.connect(self.code_selected)
        window.context_changed.connect(self.set_context)
        self.set_context(window.ctx)

    TEXT_MIN = 240  # px the hit text always gets (the table scrolls sideways in a very narrow dock)

    def fit_columns(self, contents: bool = False) -> None:
        v = self.view
        others = [c for c in range(self.model.columnCount()) if c != COL_TEXT]
        if contents:
            for c in others:
                v.resizeColumnToContents(c)
            self._title_width = v.columnWidth(COL_TRANSCRIPT)
            self._informant_width = v.columnWidth(COL_INFORMANT)
        vw = v.viewport().width()
        # Long memo titles and transcript names are elided; in a narrow dock the header "Informant" too.
        v.setColumnWidth(COL_TRANSCRIPT, min(self._title_width, max(80, vw // 4)))
        v.setColumnWidth(COL_INFORMANT, min(self._informant_width, max(40, vw // 8)))
        rest = sum(v.columnWidth(c) for c in others)
        v.setColumnWidth(COL_TEXT, max(self.TEXT_MIN, v.viewport().width() - rest))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(obj, event)

    # ---- context ----------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._on_changed)
        self.ctx = ctx
        self._generation += 1
        self.model.set_hits(())
        self.results = None
        self._fill_codes()
        self._update_enabled()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("codes"):
            self._fill_codes()
        if self.results is not None:
            self._refresh_timer.start()  # results must never show text the project no longer has

    def _fill_codes(self) -> None:
        """Read the codes for the chooser on the executor; the box follows."""
        if self.ctx is None:
            self._reading_codes.cancel()
            self._codes_read([])
            return
        self._reading_codes.read(self.ctx, "Search codes", queries.codes, on_done=self._codes_read)

    def _codes_read(self, codes: list[CodeDTO]) -> None:
        current = self.code_box.currentData()
        self.code_box.clear()
        for c in sorted(codes, key=lambda c: c.name.casefold()):
            self.code_box.addItem(c.name, c.id)
        pick = current
        if pick is None:
            pick = self.window_.current_code_id()
        if pick is not None:
            i = self.code_box.findData(pick)
            if i >= 0:
                self.code_box.setCurrentIndex(i)

    def _update_enabled(self, *_: object) -> None:
        has = self.ctx is not None
        self.query.setEnabled(has)
        self.go.setEnabled(has)
        writable = has and self.ctx is not None and not self.ctx.readonly
        self.code_button.setEnabled(writable and self.code_box.count() > 0 and bool(self.selected_hits()))

    # ---- searching ----------------------------------------------------------------------------------
    def search(self, text: str | None = None) -> None:
        if text is not None and not isinstance(text, bool):
            self.query.setText(text)
        q = self.query.text().strip()
        if self.ctx is None or not q:
            return
        self._generation += 1
        job = _SearchJob(self.ctx, q, self.LIMIT, self._generation)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._finished)
        self._jobs[self._generation] = job
        self.status.setText(self.tr("Searching…"))
        QThreadPool.globalInstance().start(job)

    def _rerun(self) -> None:
        if self.results is not None:
            self.search()

    def _finished(self, generation: int, res: object) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return  # an older query, or another project
        if isinstance(res, str):
            self.status.setText(res)
            self.empty_hint.set_text(self.tr("Fix the query above and press Enter again."))
            self.search_failed.emit(res)
            return
        assert isinstance(res, SearchResults)
        self.results = res
        self.empty_hint.set_text(self.tr("No lines match “%1”.").replace("%1", self.query.text().strip()))
        self.model.set_hits(res.hits)
        self.fit_columns(contents=True)
        counts = ", ".join(f"{k or '–'}: {v}" for k, v in sorted(res.per_informant.items()))
        parts = [self.tr("1 hit") if res.total == 1 else self.tr("%1 hits").replace("%1", str(res.total))]
        if counts:
            parts.append(counts)
        if res.notes:
            parts.append(self.tr("%1 in memos and condensates").replace("%1", str(res.notes)))
        if res.total > len(res.hits):
            parts.append(self.tr("showing the best %1").replace("%1", str(len(res.hits))))
        self.status.setText(" — ".join(parts))
        self._update_enabled()
        self.results_ready.emit(res)

    # ---- acting on results ----------------------------------------------------------------------------
    def selected_hits(self) -> list[Hit]:
        sm = self.view.selectionModel()
        if sm is None:
            return []
        return [self.proxy.data(ix, HitRole) for ix in sm.selectedRows(0)]

    def _activated(self, index: Any) -> None:
        hit: Hit | None = self.proxy.data(index, HitRole)
        if hit is None or hit.transcript_id is None:
            return
        if hit.kind == "line":
            self.window_.show_transcript(hit.transcript_id, hit.start, hit.end)
        else:
            self.window_.show_transcript(hit.transcript_id)

    def code_selected(self) -> int:
        """Code the selected line hits (or their whole turns) with the chosen code: one undo step. Returns
        how many ranges were queued by the time it returns (turns: once their spans are read)."""
        ctx, code_id = self.ctx, self.code_box.currentData()
        hits = [h for h in self.selected_hits() if h.kind == "line" and h.start is not None and h.end is not None]
        if ctx is None or code_id is None or not hits:
            return 0
        coded: list[int] = []
        name = self.code_box.currentText()

        def code(ranges: set[tuple[int, int, int]]) -> None:
            if ctx is not self.ctx:
                return
            label = self.tr("Code %1 search results with %2").replace("%1", str(len(ranges))).replace("%2", name)
            with ctx.batch(), ctx.macro(label):  # one index update for all the codings
                for tid, start, end in sorted(ranges):
                    ctx.run(label, apply_code, tid, start, end, code_id, ctx.coder)
            self.status.setText(label)
            coded.append(len(ranges))

        if self.scope.currentData() == "turns":  # the turns' spans are read on the executor first
            ctx.read("Search turns", turn_spans, [h.turn_id for h in hits if h.turn_id is not None],
                     on_done=lambda spans: code(set(spans.values())))
        else:
            code({(h.transcript_id, h.start, h.end) for h in hits  # type: ignore[misc]
                  if h.transcript_id is not None and h.start is not None and h.end is not None})
        return coded[0] if coded else 0
