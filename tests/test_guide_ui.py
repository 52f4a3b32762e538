"""The "Steps" dock on the demo in the real main window: both methods, links raising views, read marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget

from app.guide.dock import StepsDock
from app.main_window import MainWindow
from coding.services.method_guide import current_method, reading_states


@pytest.fixture
def window(qtbot, demo_copy: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    assert w.open_path(demo_copy)
    w.show()
    qtbot.waitExposed(w)
    return w


def _dock(w: MainWindow) -> StepsDock:
    d = w.findChild(QDockWidget, "guideDock")
    assert isinstance(d, StepsDock)
    d.show()
    d.raise_()
    return d


def test_steps_dock_lists_the_seven_steps_with_progress(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dock(window)
    qtbot.waitUntil(lambda: len([c for c in d.cards if c.isVisibleTo(d.list)]) == 8)
    titles = [c.title.text() for c in d.cards if c.isVisibleTo(d.list)]
    assert titles[0].endswith("1. Read the whole material") and titles[0].startswith("✓")
    assert "7. Re-read the full transcripts" in titles[6] and titles[6].startswith("◐")
    assert titles[7].endswith("Reflection notes, throughout")
    card7 = d.card("recontextualise")
    assert card7 is not None and card7.bar.value() == 25
    assert "1 of 4 transcripts re-read with the overlay" in card7.measures.text()
    code = d.card("code")
    assert code is not None and "coded in pass 1" in code.measures.text() and "pass 2" in code.measures.text()
    assert d.summary.text() == "6 of 7 steps done"


def test_switching_to_stc_is_stored_and_shows_four_steps(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dock(window)
    d.method_box.setCurrentIndex(d.method_box.findData("stc"))
    assert window.ctx is not None and current_method(window.ctx.project) == "stc"
    visible = [c for c in d.cards if c.isVisibleTo(d.list)]
    assert len(visible) == 5
    assert visible[2].title.text() == "✓ 3. Condensation"
    assert "subgroups with a golden quote" in visible[2].measures.text()
    assert d.summary.text() == "3 of 4 steps done"
    window.ctx.undo_stack.undo()  # the choice is an undoable project setting
    assert current_method(window.ctx.project) == "thematic"
    d.refresh()
    assert len([c for c in d.cards if c.isVisibleTo(d.list)]) == 8


def test_links_raise_the_views(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dock(window)
    work = window.findChild(QDockWidget, "ThemeWorkspace")
    assert work is not None and not work.isVisible()
    matrix = d.card("question")
    assert matrix is not None and matrix.link.text() == "→ Open the cross-case matrix"
    qtbot.mouseClick(matrix.link, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert work.isVisible() and work.tabs.currentWidget() is work.matrix
    d.card("recontextualise").link.click()  # type: ignore[union-attr]
    assert work.tabs.currentWidget() is work.overlay
    # the overlay opens the first transcript not yet re-read (A was re-read in the demo)
    states = reading_states(window.ctx.project)  # type: ignore[union-attr]
    assert work.overlay.data is not None and work.overlay.data.transcript_id == states[1].transcript_id
    d.card("summarise").link.click()  # type: ignore[union-attr]
    assert work.tabs.currentWidget() is work.condensation
    journal = window.findChild(QDockWidget, "journalDock")
    d.card("notes").link.click()  # type: ignore[union-attr]
    assert journal is not None and journal.isVisible()
    codes = window.findChild(QDockWidget, "codeTreeDock")
    codes.hide()  # type: ignore[union-attr]
    d.card("code").link.click()  # type: ignore[union-attr]
    assert codes.isVisible()  # type: ignore[union-attr]


def test_read_marks_by_hand_and_by_scrolling_through(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dock(window)
    ctx = window.ctx
    assert ctx is not None
    tid = reading_states(ctx.project)[2].transcript_id
    window.show_transcript(tid)
    assert d.current_transcript == tid and d.read_button.isChecked()
    d.read_button.click()  # clear the mark by hand
    assert not d.read_button.isChecked()
    assert reading_states(ctx.project)[2].read is None
    assert "not read whole yet" in d.reading.text()
    ctx.settle_now()
    assert d.card("read").title.text().startswith("◐")  # type: ignore[union-attr]
    # scrolling through the whole transcript in the coding view marks it read again
    tracker = d.reader_tracker  # type: ignore[attr-defined]
    tracker.start(tid)
    bar = window.coding_view.editor.verticalScrollBar()
    assert bar.maximum() > 0
    with qtbot.waitSignal(tracker.read_through, timeout=5000):
        # page down like a reader; the maximum grows as Qt lays out the wrapped text further down
        tracker.measure()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + max(1, bar.pageStep() // 2))
            tracker.measure()
        tracker.measure()
    assert reading_states(ctx.project)[2].read is not None and d.read_button.isChecked()
    ctx.settle_now()
    assert d.card("read").title.text().startswith("✓")  # type: ignore[union-attr]


def test_jumping_to_the_end_is_not_reading(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dock(window)
    ctx = window.ctx
    assert ctx is not None
    tid = reading_states(ctx.project)[3].transcript_id
    window.show_transcript(tid)
    d.read_button.click()
    tracker = d.reader_tracker  # type: ignore[attr-defined]
    tracker.start(tid)
    bar = window.coding_view.editor.verticalScrollBar()
    tracker.measure()
    bar.setValue(bar.maximum())
    tracker.measure()
    assert tracker.seen_share() < 0.95
    assert reading_states(ctx.project)[3].read is None


def test_scrolling_through_the_overlay_marks_re_read(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = _dock(window)
    ctx = window.ctx
    assert ctx is not None
    d.card("recontextualise").link.click()  # type: ignore[union-attr]
    work = window.findChild(QDockWidget, "ThemeWorkspace")
    b = reading_states(ctx.project)[1]
    assert b.reread is None and work.overlay.data.transcript_id == b.transcript_id  # type: ignore[union-attr]
    tracker = d.links.overlay_tracker  # type: ignore[attr-defined]
    assert tracker is not None and tracker.transcript_id == b.transcript_id
    text = work.overlay.text  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: text.isVisible())
    bar = text.verticalScrollBar()
    with qtbot.waitSignal(tracker.read_through, timeout=5000):
        tracker.measure()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + max(1, bar.pageStep() // 2))
            tracker.measure()
        tracker.measure()
    assert reading_states(ctx.project)[1].reread is not None
    assert reading_states(ctx.project)[2].reread is None
    ctx.settle_now()
    m = d.card("recontextualise").measures.text()  # type: ignore[union-attr]
    assert "2 of 4 transcripts re-read" in m


def test_project_menu_chooses_the_method(window: MainWindow) -> None:
    d = _dock(window)
    menu = window.menu("Project").findChild(type(window.menu("Project")), "menuAnalysisMethod")
    assert menu is not None
    menu.aboutToShow.emit()
    acts = menu.actions()
    assert [a.data() for a in acts] == ["thematic", "stc"] and acts[0].isChecked()
    acts[1].trigger()
    assert current_method(window.ctx.project) == "stc" and d.method_box.currentData() == "stc"  # type: ignore[union-attr]
    menu.aboutToShow.emit()
    assert acts[1].isChecked() and not acts[0].isChecked()
