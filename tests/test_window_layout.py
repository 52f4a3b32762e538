"""The main window's first-start layout on a laptop-sized window (1366×768), and the reader after a first import.

Walking the app at 1366×768 and 1920×1080 found: the side docks kept the width Qt gave them (the sizing ran before
the window was shown), so the coding view was squeezed; the transcript titles were squeezed to "I…"; search and
the theme workspace shared the bottom edge side by side; the Steps and journal docks could not be made narrow; and
after the first import the reader kept showing "Import your transcripts".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

import app.window.layout as layout
from app import settings
from app.main_window import MainWindow
from coding.services.transcripts import add_transcript
from coding.store import Project
from tests.test_ui_support import synthetic


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen screen is small: the first-start size is a 1366×768 laptop's maximised window."""
    monkeypatch.setattr(layout, "fit_window_to_screen", lambda w: w.resize(1366, 740))


def _settle(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._docks_sized and not w._dock_timer.isActive(), timeout=5000)
    QApplication.processEvents()


def test_first_start_gives_the_coding_view_the_room(qtbot, laptop, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_copy)  # opened before the window is shown, as `kondens demo` does
    _settle(qtbot, w)
    docks = {d.objectName(): d for d in w.findChildren(QDockWidget)}
    shown = [d for d in docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()]  # front tabs
    right = [d for d in shown if w.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    left = [d for d in shown if w.dockWidgetArea(d) == Qt.DockWidgetArea.LeftDockWidgetArea]
    assert right and left
    left_w, right_w = layout.side_dock_widths(w.width())
    assert all(abs(d.width() - right_w) <= 12 for d in right), [d.width() for d in right]
    assert all(abs(d.width() - left_w) <= 12 for d in left), [d.width() for d in left]
    assert w.coding_view.width() >= 450
    # The method guide is the front tab of its group on the first start.
    assert docks["guideDock"].visibleRegion().isEmpty() is False
    # The transcript titles keep their width; the list starts scrolled to the left.
    tl = w.transcript_list
    assert tl.horizontalHeader().sectionSize(0) >= tl.sizeHintForColumn(0)
    assert tl.horizontalScrollBar().value() == 0
    assert tl.currentIndex().row() == 0  # the open transcript is marked


def test_side_and_bottom_docks_fit_a_small_window(qtbot, laptop, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_copy)
    _settle(qtbot, w)
    docks = {d.objectName(): d for d in w.findChildren(QDockWidget)}
    _left, right_w = layout.side_dock_widths(1366)
    for name in ("guideDock", "journalDock", "memoDock"):
        assert docks[name].minimumSizeHint().width() <= right_w, name
    assert docks["ReviewDock"].minimumSizeHint().width() <= 300  # only in a review session
    # Docks at the bottom share one place as tabs, so search gets the window's width, not half of it.
    work, search = docks["ThemeWorkspace"], docks["searchDock"]
    w.action("actionSearch").trigger()
    work.show()
    QApplication.processEvents()
    assert search in w.tabifiedDockWidgets(work)
    assert search.width() > w.width() * 0.8
    # A bottom dock comes up at about 40 % of the height the first time.
    qtbot.waitUntil(lambda: abs(search.height() - w.height() * 0.4) < 60, timeout=3000)
    assert docks["AgreementDock"].minimumSizeHint().width() < 1300


def test_saved_layout_is_left_alone(qtbot, laptop, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_copy)
    _settle(qtbot, w)
    guide = w.findChild(QDockWidget, "guideDock")  # the front tab of the right-hand column
    w.resizeDocks([guide], [400], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    kept = guide.width()
    assert abs(kept - 400) <= 12
    w.close()
    assert settings.window_state()[1] is not None
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert w2.open_path(demo_copy)
    w2.resize(w.size())  # the offscreen screen is smaller than the saved window: restoreGeometry shrinks it
    w2.show()
    qtbot.waitExposed(w2)
    QApplication.processEvents()
    assert w2._docks_sized  # nothing to size: the user's arrangement was restored
    assert abs(w2.findChild(QDockWidget, "guideDock").width() - kept) <= 12


def test_the_first_import_opens_its_transcript(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")
    path = tmp_path / "ny.kondens"
    Project.create(path).close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.show()
    assert w.coding_view.transcript is None  # the reader says how to start
    w.ctx.run("Import", add_transcript, synthetic(200, seed=3))
    qtbot.waitUntil(lambda: w.coding_view.transcript is not None, timeout=5000)
    assert w.transcript_list.currentIndex().row() == 0
    # A second import does not take the reader away from what is open.
    opened = w.coding_view.transcript.id
    w.ctx.run("Import", add_transcript, synthetic(150, seed=4, title="Intervju B", informant="B"))
    qtbot.waitUntil(lambda: w.transcripts.rowCount() == 2, timeout=5000)
    assert w.coding_view.transcript.id == opened
    assert w.transcript_list.currentIndex().row() == w.transcripts.row_of(opened)
