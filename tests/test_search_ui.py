"""The search dock: model checked with qtmodeltester, searching, jumping, code-from-results with undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from app.context import ProjectContext
from app.search.install import install
from app.search.model import HitRole, SearchResultsModel
from app.workbench import DockRegistry
from coding import queries
from coding.services.codes import create_code
from coding.services.transcripts import add_transcript
from tests.test_search import A_TURNS, B_TURNS, make
from transcripts.search import index_for
from transcripts.workspace import create_project


class FakeWindow(QMainWindow, DockRegistry):
    context_changed = Signal(object)

    def __init__(self) -> None:
        QMainWindow.__init__(self)
        DockRegistry.__init__(self)
        self.ctx: ProjectContext | None = None
        self.shown: list[tuple[int, Any, Any]] = []
        self._menus: dict[str, QMenu] = {}
        self.code_id: int | None = None

    def menu(self, name: str) -> QMenu:
        return self._menus.setdefault(name, self.menuBar().addMenu(name))

    def add_dock(self, dock: Any, area: Any) -> None:
        self.addDockWidget(area, dock)

    def show_transcript(self, tid: int, start: int | None = None, end: int | None = None) -> None:
        self.shown.append((tid, start, end))

    def current_code_id(self) -> int | None:
        return self.code_id


@pytest.fixture
def setup(qtbot: Any, tmp_path: Path):  # type: ignore[no-untyped-def]
    p = create_project(tmp_path / "ui.kondens")
    ta = add_transcript(p, make("Intervju A", "A", A_TURNS)).value
    tb = add_transcript(p, make("Intervju B", "B", B_TURNS)).value
    w = FakeWindow()
    qtbot.addWidget(w)
    ctx = ProjectContext(p, coder="tester")
    w.code_id = create_code(p, "musikk som verktøy").value
    dock = install(w)
    w.ctx = ctx
    w.context_changed.emit(ctx)
    w.resize(1000, 420)
    w.show()
    yield w, dock, ctx, (ta, tb)
    ctx.close()


def run_query(qtbot: Any, dock: Any, text: str) -> Any:
    dock.query.clear()
    qtbot.keyClicks(dock.query, text)
    with qtbot.waitSignal(dock.results_ready, timeout=10000) as blocker:
        qtbot.keyClick(dock.query, Qt.Key.Key_Return)
    return blocker.args[0]


def test_model_passes_qtmodeltester(qtmodeltester: Any, setup: Any) -> None:
    w, dock, ctx, _ = setup
    res = index_for(ctx.project).search("musikk OR sosial")
    model = SearchResultsModel()
    model.set_hits(res.hits)
    assert model.rowCount() == len(res.hits) >= 4
    qtmodeltester.check(model)


def test_search_shows_hits_counts_and_jumps(qtbot: Any, setup: Any) -> None:
    w, dock, ctx, (ta, tb) = setup
    res = run_query(qtbot, dock, "musikkterapeut*")
    assert dock.proxy.rowCount() == 3
    assert "A: 1" in dock.status.text() and "B: 2" in dock.status.text()
    assert res.per_informant == {"A": 1, "B": 2}
    dock.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by transcript, then line
    first = dock.proxy.data(dock.proxy.index(0, 0), HitRole)
    assert (first.transcript, first.line) == ("Intervju A", 6)
    w.grab().save("/tmp/search_dock.png")
    dock.view.doubleClicked.emit(dock.proxy.index(0, 3))
    assert w.shown == [(ta, first.start, first.end)]


def test_code_selected_results_in_one_undo_step(qtbot: Any, setup: Any) -> None:
    w, dock, ctx, (ta, tb) = setup
    run_query(qtbot, dock, "musikk")
    assert dock.code_box.currentData() == w.code_id  # follows the window's current code
    sm = dock.view.selectionModel()
    for r in range(dock.proxy.rowCount()):
        sm.select(dock.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    hits = dock.selected_hits()
    assert len(hits) == 2
    assert dock.code_button.isEnabled()
    qtbot.mouseClick(dock.code_button, Qt.MouseButton.LeftButton)
    segs = sorted((s.start, s.end) for s in queries.segments(ctx.project, ta))
    assert segs == sorted((h.start, h.end) for h in hits)
    res = run_query(qtbot, dock, 'code:"musikk som verktøy"')
    assert sorted(h.line for h in res.hits) == [1, 3]
    assert ctx.undo_stack.count() == 1  # one macro
    ctx.undo_stack.undo()
    assert queries.segments(ctx.project, ta) == []
    assert index_for(ctx.project).search('code:"musikk som verktøy"').hits == ()


def test_code_whole_turns(qtbot: Any, setup: Any) -> None:
    w, dock, ctx, (ta, tb) = setup
    run_query(qtbot, dock, "gitar")
    dock.view.selectRow(0)
    dock.scope.setCurrentIndex(1)
    assert dock.code_selected() == 1
    (seg,) = queries.segments(ctx.project, tb)
    turn = queries.transcript(ctx.project, tb).turns[1]
    assert (seg.start, seg.end) == (turn.start, turn.end)


def test_bad_query_is_reported(qtbot: Any, setup: Any) -> None:
    w, dock, ctx, _ = setup
    dock.query.setText('"open phrase')
    with qtbot.waitSignal(dock.search_failed, timeout=10000):
        dock.search()
    assert "quote" in dock.status.text()


def test_hit_text_stays_visible_in_a_docked_panel(qtbot: Any, setup: Any) -> None:
    """Issue 14: the "Text" column drifted off-screen; at 1366×768 it must be in view docked anywhere."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from app.search.model import COL_TEXT
    from coding.services.memos import add_journal_entry

    w, dock, ctx, _ = setup
    # A reflection note with a long title: the title column must not push the hit text away.
    ctx.run("note", add_journal_entry, "Etter andre gjennomlesning av alle intervjuene med vekt på hva musikk "
            "betyr for fellesskapet i gruppa og for hver enkelt", "Musikk går igjen hos alle.")
    w.setCentralWidget(QPlainTextEdit())  # the reader's place
    w.resize(1366, 768)
    dock.show()
    res = run_query(qtbot, dock, "musikk")
    assert any(h.kind == "journal" for h in res.hits)
    view, hh = dock.view, dock.view.horizontalHeader()

    def text_column() -> tuple[int, int, int]:
        QApplication.processEvents()
        return hh.sectionViewportPosition(COL_TEXT), view.columnWidth(COL_TEXT), view.viewport().width()

    x, width, vw = text_column()
    assert x >= 0 and x + width <= vw + 1 and width > vw // 2  # below the reader: all of it, no scrolling
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    w.resizeDocks([dock], [380], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 440)
    x, width, vw = text_column()
    assert x >= 0 and width >= 150 and x + 150 <= vw  # a narrow side dock still shows the start of each hit
