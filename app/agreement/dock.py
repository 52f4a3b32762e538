"""The agreement view: choose two raters, the unit and the treatment of uncoded units; read the figures per
code (sortable, low kappa highlighted), a transcripts × codes heatmap, and the units where the raters differ.

Recomputes only while visible, after the project settles. Starts the consensus walk of the coding view for
the chosen pair. Main thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.agreement.models import (
    CodeIdRole,
    DisagreementModel,
    FiguresModel,
    HeatmapModel,
    SortRole,
    TranscriptIdRole,
    fmt,
)
from app.context import ProjectContext, follow
from app.empty_hint import EmptyHint
from app.i18n import tr_error
from app.reads import LatestRead
from coding import queries
from coding.agreement import (
    CONSENSUS_CODER,
    Agreement,
    AgreementError,
    Disagreement,
    HeatCell,
    ModeResult,
    Rater,
    RaterTally,
    compute,
    raters,
)
from coding.changes import Changes
from coding.errors import KondensError
from coding.store import Project


def rater_key(r: Rater) -> str:
    return f"{r.coder}\x1f{r.coding_pass}"


class AgreementView(QWidget):
    open_unit = Signal(int, int, int)  # transcript id, start, end
    walk_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementView")
        self.ctx: ProjectContext | None = None
        self.agreement: Agreement | None = None
        self._raters: dict[str, Rater] = {}
        self._choices: tuple[list[Any], list[Any], list[Any]] | None = None  # as last shown
        self._tally = RaterTally()  # coders and passes, kept on the executor between plain codings
        self._texts: dict[int, str] = {}  # transcript texts the disagreement list needs, read with the figures
        self._reading_texts = LatestRead()  # texts a drill-down needs that the figures did not bring
        self._dirty = True
        self._generation = 0  # the newest agreement request; older results are dropped
        self.rater_a, self.rater_b = QComboBox(self), QComboBox(self)
        self.rater_a.setObjectName("raterA")
        self.rater_b.setObjectName("raterB")
        self.unit = QComboBox(self)
        self.unit.setObjectName("unitBox")
        self.unit.addItem(self.tr("Lines"), "line")
        self.unit.addItem(self.tr("Turns"), "turn")
        self.units = QComboBox(self)
        self.units.setObjectName("unitsBox")
        self.units.addItem(self.tr("Units at least one rater coded"), "coded")
        self.units.addItem(self.tr("All units"), "all")
        self.transcript_button = QToolButton(self)
        self.transcript_button.setText(self.tr("Transcripts"))
        self.transcript_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.transcript_menu = QMenu(self)
        self.transcript_button.setMenu(self.transcript_menu)
        self.code_button = QToolButton(self)
        self.code_button.setText(self.tr("Codes"))
        self.code_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.code_menu = QMenu(self)
        self.code_button.setMenu(self.code_menu)
        self.export_button = QPushButton(self.tr("Export table…"), self)
        self.export_button.setObjectName("agreementExport")
        self.walk_button = QPushButton(self.tr("Consensus walk"), self)
        self.walk_button.setObjectName("consensusWalk")
        self.walk_button.setToolTip(self.tr("Walk the disagreements in the coding view (J/K) and resolve each "
                                            "into a consensus pass"))
        # Two rows, so the dock fits a 1366-pixel window: what is compared, then what to look at.
        top = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for w in (QLabel("A:", self), self.rater_a, QLabel(self.tr("vs B:"), self), self.rater_b):
            first.addWidget(w)
        first.addStretch(1)
        for w in (QLabel(self.tr("Unit:"), self), self.unit, self.units, self.transcript_button, self.code_button):
            second.addWidget(w)
        second.addStretch(1)
        second.addWidget(self.export_button)
        second.addWidget(self.walk_button)
        top.addLayout(first)
        top.addLayout(second)
        self.summary = QLabel(self)
        self.summary.setObjectName("agreementSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.figures = FiguresModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.figures)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("agreementTable")
        self.table.setModel(self.proxy)
        self.table_hint = EmptyHint(self.table, self.tr(
            "Agreement per code appears here once A and B are two coders or passes with segments."))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # lowest kappa first: what needs talking about
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.heatmap = HeatmapModel(self)
        self.heat = QTableView(self)
        self.heat.setObjectName("agreementHeatmap")
        self.heat.setModel(self.heatmap)
        self.heat_hint = EmptyHint(self.heat, self.tr(
            "Agreement per transcript and code appears here once A and B are two coders or passes with segments."))
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.diffs = DisagreementModel(self)
        self.diff_view = QTableView(self)
        self.diff_view.setObjectName("agreementDisagreements")
        self.diff_view.setModel(self.diffs)
        # Columns sized from the first rows, not from thousands of disagreements (each row asks Python).
        self.diff_view.horizontalHeader().setResizeContentsPrecision(60)
        self.diff_hint = EmptyHint(self.diff_view, self.tr("The units where A and B disagree are listed here."))
        self.diff_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.diff_view.verticalHeader().hide()
        self.diff_view.horizontalHeader().setStretchLastSection(True)
        self.diff_label = QLabel(self)
        self.diff_label.setObjectName("disagreementFilter")
        self.diff_filter: tuple[int | None, int | None] = (None, None)  # code id, transcript id
        diff_page = QWidget(self)
        dl = QVBoxLayout(diff_page)
        dl.setContentsMargins(0, 0, 0, 0)
        show_all = QPushButton(self.tr("Show all"), diff_page)
        row = QHBoxLayout()
        row.addWidget(self.diff_label, 1)
        row.addWidget(show_all)
        dl.addLayout(row)
        dl.addWidget(self.diff_view)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("By code"))
        self.tabs.addTab(self.heat, self.tr("Transcripts × codes"))
        self.tabs.addTab(diff_page, self.tr("Disagreements"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)

        for box in (self.rater_a, self.rater_b, self.unit, self.units):
            box.currentIndexChanged.connect(lambda _i: self.recompute())
        self.table.doubleClicked.connect(self._table_drill)
        self.heat.doubleClicked.connect(self._heat_drill)
        self.diff_view.doubleClicked.connect(self._open_diff)
        show_all.clicked.connect(lambda: self.show_disagreements(None, None))
        self.export_button.clicked.connect(self.export_dialog)
        self.walk_button.clicked.connect(self.walk_requested)
        self._enable()

    # ---- context -------------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, settled=self._on_settled)
        self.ctx = ctx
        self._choices = None
        self.agreement = None
        self._dirty = True
        if ctx is None:
            self.reload_choices()
        self.refresh()

    def _on_settled(self, changes: Changes) -> None:
        if changes.touches("segments", "codes", "transcripts", "lines"):
            self._dirty = True
            # Coding alone changes no transcript or code to choose from: only the raters are read again.
            self.refresh(raters_only=set(changes.touched) <= {"segments"}, changes=changes)

    def showEvent(self, e: Any) -> None:
        super().showEvent(e)
        if self._dirty:
            self.refresh()

    def refresh(self, then: Callable[[], None] | None = None, raters_only: bool = False,
                changes: Changes | None = None) -> None:
        """Re-read the choices and recompute, both on the executor; only while shown (else later).
        ``raters_only``: the transcripts and codes are unchanged (``changes``, the settled plain coding,
        touched only segments); the raters are recounted from those and the menus refilled only if the
        coders or passes changed."""
        ctx = self.ctx
        if ctx is None or not self.isVisible():
            self._choices = None  # a change may go by unseen meanwhile: read everything when shown
            self.recompute()  # marks the view stale (or empties it)
            return
        if raters_only and changes is not None and self._choices is not None:
            # One job: the raters recounted, and while they are the ones offered (nearly always after
            # coding) the chosen pair's agreement too, without a second trip to the executor.
            self.recompute(then, recount=changes)
            return
        self._tally = RaterTally()  # a full read: the tally starts again with the next plain coding

        def loaded(data: tuple[list[Any], list[Any], list[Any]]) -> None:
            if ctx is self.ctx:
                self._apply_choices(*data)
                self.recompute(then)

        ctx.read("Agreement choices", _choices, on_done=loaded)

    def _enable(self) -> None:
        has = self.ctx is not None and self.agreement is not None
        self.export_button.setEnabled(has)
        self.walk_button.setEnabled(has and self.ctx is not None and not self.ctx.readonly)

    # ---- choices ---------------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Fill the choices now (from the UI thread: tests, and emptying them without a project)."""
        self._apply_choices(*(_choices(self.ctx.project) if self.ctx is not None else ([], [], [])))

    def _apply_choices(self, rs: list[Any], transcripts: list[Any], codes: list[Any]) -> None:
        self._choices = (rs, transcripts, codes)
        keep = (self.rater_a.currentData(), self.rater_b.currentData())
        self._raters = {rater_key(r): r for r in rs}
        for box in (self.rater_a, self.rater_b):
            box.blockSignals(True)
            box.clear()
            for r in rs:
                box.addItem(self.tr("coder %1").replace("%1", self.rater_label(r)) if r.coder is not None
                            else self.rater_label(r),
                            rater_key(r))
        coders = [i for i, r in enumerate(rs) if r.coder and r.coder != CONSENSUS_CODER]
        passes = [i for i, r in enumerate(rs) if r.coder is None]
        default = (coders[:2] if len(coders) >= 2 else passes[:2]) or [0, min(1, len(rs) - 1)]
        for box, want, fallback in ((self.rater_a, keep[0], default[0]), (self.rater_b, keep[1], default[-1])):
            i = box.findData(want) if want is not None else -1
            box.setCurrentIndex(i if i >= 0 else fallback)
            box.blockSignals(False)
        self._fill_menu(self.transcript_menu, [(t.id, t.informant_label or t.title) for t in transcripts])
        self._fill_menu(self.code_menu, [(c.id, c.name) for c in codes])

    def _fill_menu(self, menu: QMenu, items: list[tuple[int, str]]) -> None:
        unchecked = {a.data() for a in menu.actions() if a.isCheckable() and not a.isChecked()}
        menu.clear()
        for item_id, name in items:
            a = QAction(name, menu)
            a.setCheckable(True)
            a.setChecked(item_id not in unchecked)
            a.setData(item_id)
            a.toggled.connect(lambda _c: self.recompute())
            menu.addAction(a)

    @staticmethod
    def _chosen(menu: QMenu) -> list[int] | None:
        acts = [a for a in menu.actions() if a.isCheckable()]
        if all(a.isChecked() for a in acts):
            return None
        return [int(a.data()) for a in acts if a.isChecked()]

    def rater_label(self, r: Rater) -> str:
        """:attr:`Rater.label` in the UI's language."""
        name = (r.coder or self.tr("(no name)")) if r.coder is not None else ""
        if r.coder is not None and r.coding_pass is not None:
            return self.tr("%1, pass %2").replace("%2", str(r.coding_pass)).replace("%1", name)
        return name if r.coder is not None else self.tr("pass %1").replace("%1", str(r.coding_pass))

    def pair(self) -> tuple[Rater, Rater] | None:
        a, b = self._raters.get(self.rater_a.currentData()), self._raters.get(self.rater_b.currentData())
        return (a, b) if a is not None and b is not None else None

    def choose(self, a: Rater, b: Rater) -> None:
        """Select the pair ``a`` vs ``b`` (tests, the consensus walk)."""
        for box, r in ((self.rater_a, a), (self.rater_b, b)):
            i = box.findData(rater_key(r))
            if i >= 0:
                box.setCurrentIndex(i)

    def unit_choice(self) -> str:
        return str(self.unit.currentData())

    def units_choice(self) -> str:
        return str(self.units.currentData())

    # ---- computing -----------------------------------------------------------------------------------------
    def recompute(self, then: Callable[[], None] | None = None, recount: Changes | None = None) -> None:
        """Compute the agreement of the chosen pair on the executor; ``then()`` once it is shown.
        ``recount``: plain coding since the raters were last counted; the same job recounts them first,
        and if they are no longer the ones offered, the menus are refilled and the agreement computed
        for the pair chosen then."""
        ctx = self.ctx
        if ctx is None or not self.isVisible():
            self._dirty = True
            if ctx is None:
                self._show(None, "")
            return
        if recount is not None and self._choices is not None:
            self._recount_then_compute(ctx, recount, then)
            return
        self._dirty = False
        pair = self.pair()
        if pair is None:
            self._show(None, self.tr("Agreement needs segments of two coders, or of two passes. Merge a coder's "
                                     "copy (File menu) or code a second pass."))
            if then is not None:
                then()
            return
        job, done, failed = self._agreement_job(ctx, pair, then)
        ctx.read("Agreement", job, on_done=done, on_error=failed)

    def _agreement_job(self, ctx: ProjectContext, pair: tuple[Rater, Rater], then: Callable[[], None] | None
                       ) -> tuple[Callable[[Project], Any], Callable[[Any], None], Callable[[BaseException], None]]:
        """The job computing ``pair``'s agreement with the chosen filters, and its callbacks (a newer
        request supersedes it)."""
        self._generation += 1
        gen, (a, b), unit = self._generation, pair, self.unit_choice()
        tids, cids = self._chosen(self.transcript_menu), self._chosen(self.code_menu)

        filt = self.diff_filter

        def done(res: tuple[Agreement, dict[int, str], list[Disagreement], dict[tuple[int, int], HeatCell]]) -> None:
            if gen == self._generation and ctx is self.ctx:
                self._texts = res[1]
                self._show(res[0], "", res[2], res[3])
                if then is not None:
                    then()

        def failed(e: BaseException) -> None:
            if gen != self._generation or ctx is not self.ctx:
                return
            if not isinstance(e, AgreementError):
                ctx.failed.emit(self.tr("Coder agreement"), e)
            self._show(None, html.escape(tr_error(e)))
            if then is not None:
                then()

        units = self.units_choice()

        def job(p: Project) -> tuple[Agreement, dict[int, str], list[Disagreement], dict[tuple[int, int], HeatCell]]:
            ag = compute(p, a, b, unit=unit, transcript_ids=tids, code_ids=cids)
            # The disagreements and heatmap cells shown and the texts the list quotes, all here: the UI
            # thread only takes them in.
            rows = ag.disagreements(*filt)
            return ag, _texts(p, {d.unit.transcript_id for d in rows}), rows, ag.heatmap(units)

        return job, done, failed

    def _recount_then_compute(self, ctx: ProjectContext, changes: Changes,
                              then: Callable[[], None] | None) -> None:
        assert self._choices is not None
        offered, transcripts, codes = self._choices
        tally, pair = self._tally, self.pair()
        self._dirty = False
        parts = self._agreement_job(ctx, pair, then) if pair is not None else None
        gen = self._generation

        def job(p: Project) -> tuple[list[Any], Any]:
            rs = tally.raters(p, changes)
            if rs != offered or parts is None:
                return rs, None
            return rs, parts[0](p)

        def done(res: tuple[list[Any], Any]) -> None:
            rs, computed = res
            if ctx is not self.ctx:
                return
            if rs != offered:  # a coder or a pass came or went: new menus, and the pair chosen then
                if self._choices is not None and self._choices[0] == offered:
                    self._apply_choices(rs, transcripts, codes)
                if gen == self._generation:
                    self.recompute(then)
                return
            if gen != self._generation:
                return  # a newer request is on its way
            if computed is None:
                self.recompute(then)  # no pair: the message that there is none
                return
            assert parts is not None
            parts[1](computed)

        def failed(e: BaseException) -> None:
            if parts is not None:
                parts[2](e)
            elif ctx is self.ctx:
                ctx.failed.emit(self.tr("Coder agreement"), e)

        ctx.read("Agreement", job, on_done=done, on_error=failed)

    def _show(self, ag: Agreement | None, message: str, rows: list[Disagreement] | None = None,
              cells: dict[tuple[int, int], HeatCell] | None = None) -> None:
        """Show ``ag``; ``rows`` and ``cells``: its disagreements and heatmap as computed with it (for the
        filter and units chosen then), else they are computed here."""
        self.agreement = ag
        units = self.units_choice()
        self.figures.set_rows(list(ag.result(units).codes) if ag else [])
        self.heatmap.set_data(ag, units, cells)
        self.summary.setText(message if ag is None else self._summary(ag))
        self.show_disagreements(*self.diff_filter, rows=rows)
        self._enable()

    def _summary(self, ag: Agreement) -> str:
        lines = ag.unit == "line"
        chosen = ag.result(self.units_choice())
        other = ag.result("all" if chosen.units == "coded" else "coded")

        def line(r: ModeResult, strong: bool) -> str:
            o = r.overall
            if r.units == "coded":
                scope = self.tr("%1 lines at least one rater coded") if lines else \
                    self.tr("%1 turns at least one rater coded")
            else:
                scope = self.tr("all %1 lines") if lines else self.tr("all %1 turns")
            text = (self.tr("over %1: agreement %2, kappa %3, alpha %4, mean kappa %5 (%6 line × code pairs)")
                    if lines else
                    self.tr("over %1: agreement %2, kappa %3, alpha %4, mean kappa %5 (%6 turn × code pairs)"))
            text = (text.replace("%2", fmt(o.figures.agreement, True)).replace("%3", fmt(o.figures.kappa))
                    .replace("%4", fmt(o.figures.alpha)).replace("%5", fmt(o.mean_kappa))
                    .replace("%6", str(o.figures.n)).replace("%1", scope.replace("%1", str(r.n_units))))
            return f"<b>{text}</b>" if strong else f"<span style='color:#666'>{text}</span>"

        head = (self.tr("%1 vs %2 · %3 codes · %4 transcripts").replace("%3", str(len(ag.code_ids)))
                .replace("%4", str(len(ag.transcript_ids))).replace("%2", html.escape(self.rater_label(ag.b)))
                .replace("%1", html.escape(self.rater_label(ag.a))))
        return (head + "<br>" + self.tr("Overall %1").replace("%1", line(chosen, True)) + "<br>"
                + self.tr("For comparison, %1").replace("%1", line(other, False)))

    # ---- drill-down ------------------------------------------------------------------------------------------
    def show_disagreements(self, code_id: int | None, transcript_id: int | None,
                           rows: list[Disagreement] | None = None) -> None:
        self.diff_filter = (code_id, transcript_id)
        ag = self.agreement
        if ag is None or self.ctx is None:
            self.diffs.set_rows([], {}, {}, {}, "line")
            self.diff_label.setText("")
            return
        if rows is None:
            rows = ag.disagreements(code_id, transcript_id)
        names = {c.code_id: c.code for c in ag.result("coded").codes}
        tids = {d.unit.transcript_id for d in rows}
        missing = tids - self._texts.keys()  # a drill-down the last computation did not read for
        if missing:  # read on the executor, then shown (unless another drill-down was asked meanwhile)
            ctx, want = self.ctx, (code_id, transcript_id)

            def read(found: dict[int, str]) -> None:
                if ctx is self.ctx and self.agreement is ag and self.diff_filter == want:
                    self._texts = {**self._texts, **found}
                    self.show_disagreements(code_id, transcript_id)

            self.diff_label.setText(self.tr("Loading…"))
            self._reading_texts.read(ctx, "Agreement texts", _texts, missing, on_done=read)
            return
        texts = {tid: self._texts[tid] for tid in tids}
        self.diffs.set_rows(rows, ag.transcript_titles, names, texts, ag.unit)
        what = []
        if code_id is not None:
            what.append(self.tr("code %1").replace("%1", names.get(code_id, "?")))
        if transcript_id is not None:
            what.append(ag.transcript_titles.get(transcript_id, "?"))
        self.diff_label.setText(self.tr("%1 disagreements").replace("%1", str(len(rows)))
                                + (" · " + ", ".join(what) if what else ""))
        self.diff_view.resizeColumnsToContents()

    def _table_drill(self, index: QModelIndex) -> None:
        self.show_disagreements(index.data(CodeIdRole), None)
        self.tabs.setCurrentIndex(2)

    def _heat_drill(self, index: QModelIndex) -> None:
        self.show_disagreements(index.data(CodeIdRole), index.data(TranscriptIdRole))
        self.tabs.setCurrentIndex(2)

    def _open_diff(self, index: QModelIndex) -> None:
        d = self.diffs.rows[index.row()] if 0 <= index.row() < len(self.diffs.rows) else None
        if d is not None:
            self.open_unit.emit(d.unit.transcript_id, d.unit.start, d.unit.start)

    # ---- export ----------------------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.agreement is None or self.ctx is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export agreement"), "agreement.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        from exports.agreement_report import write_agreement_table

        assert self.agreement is not None and self.ctx is not None
        try:
            write_agreement_table(self.agreement, path, self.ctx.project.name)
        except (OSError, KondensError) as e:
            QMessageBox.warning(self, self.tr("Export agreement"), tr_error(e))


class AgreementDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None, open_transcript: Callable[..., Any] | None = None) -> None:
        super().__init__(self.tr("Agreement"), parent)
        self.setObjectName("AgreementDock")
        self.view = AgreementView(self)
        self.setWidget(self.view)
        if open_transcript is not None:
            self.view.open_unit.connect(lambda tid, a, b: open_transcript(tid, a, b))


def _choices(project: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The raters, transcripts and codes to choose from (a read job on the executor)."""
    return raters(project), list(queries.transcript_summaries(project)), list(queries.codes(project))


def _texts(project: Project, transcript_ids: set[int]) -> dict[int, str]:
    """The (de-identified) text of each transcript, and nothing else of it."""
    if not transcript_ids:
        return {}
    from sqlalchemy import select

    from coding.store.models import Transcript

    with project.read() as s:
        return {int(t): str(x) for t, x in s.execute(select(Transcript.id, Transcript.text)
                                                     .where(Transcript.id.in_(sorted(transcript_ids))))}
