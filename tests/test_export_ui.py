"""Quotes dock and export menu: model checked with qtmodeltester, status edit through ctx.run (undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QPlainTextEdit
from sqlalchemy import select

from app.context import ProjectContext
from app.exports.install import install
from app.exports.quotes_model import STATUS_COL, QuotesModel
from app.reader.view import CodingView
from app.workbench import DockRegistry
from coding.store import Project
from coding.store.models import Quote
from exports.data import load_quotes
from tests.test_export_quotes import build


class FakeWindow(QMainWindow, DockRegistry):
    context_changed = Signal(object)

    def __init__(self, ctx: ProjectContext) -> None:
        QMainWindow.__init__(self)
        DockRegistry.__init__(self)
        self.ctx = ctx
        self._menus: dict[str, QMenu] = {}
        self.coding_view = CodingView(self)  # the Workbench has one; these tests never open a transcript

    def menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]

    def add_dock(self, dock, area) -> None:  # noqa: ANN001
        self.addDockWidget(area, dock)

    selection: tuple[int, int, int] | None = None

    def current_selection(self) -> tuple[int, int, int] | None:
        return self.selection


def test_quotes_model_passes_modeltester(qtmodeltester, project: Project) -> None:
    build(project)
    model = QuotesModel(lambda qid, st: None)
    model.set_rows(load_quotes(project, include_withdrawn=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_dock_status_edit_is_undoable_and_menu_installed(qtbot, project: Project, tmp_path: Path) -> None:
    ids = build(project)
    ctx = ProjectContext(project)
    win = FakeWindow(ctx)
    qtbot.addWidget(win)
    acts = install(win)
    titles = [a.text() for a in win.menu("Export").actions() if a.text()]
    assert titles == ["Quote set…", "Member check…", "Supervisor report…", "Segments…", "Matrix…",
                      "REFI-QDA project…", "Codebook…", "Quote list…", "Copy quote with reference"]
    assert [a.text() for a in win.menu("File").actions()] == ["Import REFI-QDA…"]
    dock = acts.dock
    model = dock.model
    assert model.rowCount() == 0  # a hidden quote list reads nothing …
    win.show()
    dock.show()  # … until it is shown
    row = next(i for i in range(model.rowCount()) if model.row(i).quote_id == ids["q1"])
    assert model.setData(model.index(row, STATUS_COL), "approved", Qt.ItemDataRole.EditRole)
    with project.read() as s:
        assert s.get(Quote, ids["q1"]).status == "approved"
    ctx.undo_stack.undo()
    with project.read() as s:
        assert s.get(Quote, ids["q1"]).status == "not_sent"
    assert model.data(model.index(row, STATUS_COL)) == "not sent"  # refreshed by project_changed
    win.resize(1100, 420)
    win.show()
    qtbot.waitExposed(win)
    win.grab().save(str(tmp_path / "quotes_dock.png"))
    win.grab().save("/tmp/kondens_quotes_dock.png")
    assert (tmp_path / "quotes_dock.png").stat().st_size > 0
    with project.read() as s:
        assert len(list(s.scalars(select(Quote)))) == 3


def test_export_dialogs_offer_the_cli_choices(qtbot, project: Project) -> None:
    from app.exports.dialogs import MemberCheckDialog, QuoteSetDialog, ReportDialog

    build(project)
    dlg = QuoteSetDialog(project)
    qtbot.addWidget(dlg)
    areas = [dlg.themes.item(i).text() for i in range(dlg.themes.count())]
    assert areas == ["Tid og tålmodighet", "Samarbeid"]
    assert [dlg.informants.item(i).text() for i in range(dlg.informants.count())] == ["Informant A", "Informant B"]
    assert [dlg.ref.itemData(i) for i in range(dlg.ref.count())] == ["full", "informant", "label", "none"]
    dlg.themes.item(1).setCheckState(Qt.CheckState.Checked)
    dlg.informants.item(1).setCheckState(Qt.CheckState.Checked)
    dlg.approved.setChecked(True)
    dlg.condensates.setChecked(False)
    dlg.ref.setCurrentIndex(2)
    opts = dlg.options()
    assert (opts.theme_names, opts.informants, opts.approved_only, opts.condensates, opts.ref_format) == (
        ("Samarbeid",), ("B",), True, False, "label")
    again = QuoteSetDialog(project)  # the reference format is remembered
    qtbot.addWidget(again)
    assert again.ref.currentData() == "label"
    mc = MemberCheckDialog(project)
    qtbot.addWidget(mc)
    assert [mc.informant.itemData(i) for i in range(mc.informant.count())] == ["A", "B"]
    assert "2" in mc.informant.itemText(0)
    mc.researcher.setText("Mari Student")
    mc.contact.setText("mari@example.org")
    info = mc.info()
    assert info.researcher == "Mari Student" and info.project_title == project.name and info.return_by
    rd = ReportDialog(project)
    qtbot.addWidget(rd)
    rd.extracts.setChecked(True)
    ro = rd.options()
    assert ro.extracts and ro.questions and not ro.matrix and ro.since_snapshot is None


def test_copy_quote_with_reference(qtbot, project: Project) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from app.exports.dialogs import set_ref_format
    from coding.services.quotes import add_cut
    from coding.store.models import Segment, Transcript

    ids = build(project)
    set_ref_format("full")
    ctx = ProjectContext(project)
    win = FakeWindow(ctx)
    qtbot.addWidget(win)
    acts = install(win)
    assert acts.copy_action.shortcut().toString() == "Ctrl+Shift+C"
    clip = QGuiApplication.clipboard()
    clip.clear()
    assert not acts.copy_quote()  # nothing selected
    with project.read() as s:
        seg = s.get(Segment, ids["seg3"])
        win.selection = (seg.transcript_id, seg.start + 2, seg.start + 5)  # cursor inside B's quoted segment
        text = s.get(Transcript, ids["ta"]).text
    reader = QPlainTextEdit("transcript", win)  # stands in for the reader, which has the focus
    reader.setReadOnly(True)
    win.setCentralWidget(reader)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    reader.setFocus()
    qtbot.waitUntil(reader.hasFocus, timeout=2000)
    QTest.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert clip.text() == "Samarbeid er alt. Uten [navn 1] hadde jeg gitt opp. Vi spilte sammen hver uke. (B, l. 2–4)"
    html = clip.mimeData().html()
    assert 'class="MsoQuote"' in html and "(B, l. 2–4)" in html
    # From the quote list: the quote as trimmed, in the chosen format.
    add_cut(project, ids["q1"], text.index("Det er å ha"), text.index("Og ikke"))
    acts.dock.show()
    acts.dock.refresh()
    row = next(i for i in range(acts.dock.model.rowCount()) if acts.dock.model.row(i).quote_id == ids["q1"])
    acts.dock.view.selectRow(row)
    acts.dock.view.setFocus()
    qtbot.waitUntil(acts.dock.view.hasFocus, timeout=2000)
    set_ref_format("informant")
    assert acts.copy_quote()
    assert clip.text().startswith("Det er en ting som jeg har lært meg. […] Og ikke")
    assert clip.text().endswith("(Informant A)")
    clip.clear()  # offscreen Qt segfaults at exit if its clipboard still holds mime data (X11 does not)


def test_quotes_dock_rows_are_compact_and_the_quote_stays_in_view(qtbot, project: Project) -> None:
    """Issue 14: the Quotes panel was unusable docked (a 26 px quote column, rows ~300 px tall)."""
    from PySide6.QtWidgets import QApplication

    from app.exports.install import show_dock
    from app.exports.quotes_model import QUOTE_COL

    build(project)
    ctx = ProjectContext(project)
    win = FakeWindow(ctx)
    qtbot.addWidget(win)
    acts = install(win)
    dock = acts.dock
    win.setCentralWidget(QPlainTextEdit())  # the reader's place
    win.resize(1366, 768)
    win.show()
    show_dock(win, dock)
    qtbot.waitUntil(dock.isVisible)
    view, hh = dock.view, dock.view.horizontalHeader()
    line = view.fontMetrics().lineSpacing()

    def check() -> None:
        QApplication.processEvents()
        assert view.model().rowCount() == 3
        heights = {view.rowHeight(r) for r in range(view.model().rowCount())}
        assert max(heights) <= 2 * line + 10  # two lines, elided, whatever the quote's length
        x, vw = hh.sectionViewportPosition(QUOTE_COL), view.viewport().width()
        assert 0 <= x and x + min(view.columnWidth(QUOTE_COL), 200) <= vw  # the quote's start is on screen

    assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    check()
    x, vw = hh.sectionViewportPosition(QUOTE_COL), view.viewport().width()
    assert x + view.columnWidth(QUOTE_COL) <= vw + 1 and view.columnWidth(QUOTE_COL) > vw // 2  # wide: no scrolling
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)  # a user docks it beside the reader
    win.resizeDocks([dock], [360], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 420)
    check()
    # The full text is one hover away; the cell shows it as one paragraph.
    ix = view.model().index(0, QUOTE_COL)
    row = dock.model.row(0)
    assert ix.data() == " ".join(row.text.split())
    assert row.text.split()[-1] in ix.data(Qt.ItemDataRole.ToolTipRole)
    ctx.close()
