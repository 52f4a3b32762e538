"""Walk and code a transcript with the keyboard only, as a coder would; check the database each step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app import settings
from app.main_window import MainWindow
from app.reader.snap import snap_to_words
from coding import queries
from coding.services.transcripts import add_transcript
from coding.store import Project
from tests.test_ui_support import add_codes, synthetic


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "k.kondens"
    p = Project.create(path)
    add_transcript(p, synthetic(500, seed=21))
    add_codes(p, ["trygghet", "relasjon", "tid"])
    p.close()
    settings.set_coder("TS")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.coding_view.editor.setFocus()
    qtbot.waitUntil(lambda: w.coding_view.editor.hasFocus())
    return w


def segs(w: MainWindow) -> list[tuple[int, int, str, int]]:
    assert w.ctx is not None and w.coding_view.transcript is not None
    names = {c.id: c.name for c in queries.codes(w.ctx.project)}
    return [(s.start, s.end, names[s.code_id], s.coding_pass)
            for s in queries.segments(w.ctx.project, w.coding_view.transcript.id)]


def test_walk_and_code_line_by_line_with_keyboard_only(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window
    v = w.coding_view
    ed = v.editor
    lines = v.transcript.lines  # type: ignore[union-attr]
    assert v.current_line() == 0
    # No code used yet: "/" opens the quick-code box; type a new code name and Enter creates and applies it.
    qtbot.keyClick(ed, Qt.Key.Key_Slash)
    assert v.quick_box.hasFocus()
    qtbot.keyClicks(v.quick_box, "musikk som rom")
    qtbot.keyClick(v.quick_box, Qt.Key.Key_Return)
    assert ed.hasFocus()
    assert segs(w) == [(lines[0].start, lines[0].end, "musikk som rom", 1)]
    assert queries.segments(w.ctx.project)[0].coder == "TS"  # type: ignore[union-attr]
    # J goes to the next uncoded line (line 2); Enter codes it with the last code.
    qtbot.keyClick(ed, Qt.Key.Key_J)
    assert v.current_line() == 1
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    assert (lines[1].start, lines[1].end, "musikk som rom", 1) in segs(w)
    # Ctrl+K, complete an existing code from a prefix typed in another case: applies it, no new code.
    qtbot.keyClick(ed, Qt.Key.Key_J)
    assert v.current_line() == 2
    qtbot.keyClick(ed, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(v.quick_box, "TRYGGHET")
    qtbot.keyClick(v.quick_box, Qt.Key.Key_Return)
    assert (lines[2].start, lines[2].end, "trygghet", 1) in segs(w)
    assert len(queries.codes(w.ctx.project)) == 4  # type: ignore[union-attr]
    # Recent codes: 1 = trygghet, 2 = musikk som rom. Digit 2 adds a second code to the same line.
    assert v.actions.recent[:2] == [v.actions.recent[0], v.actions.recent[1]]
    qtbot.keyClick(ed, Qt.Key.Key_2)
    assert (lines[2].start, lines[2].end, "musikk som rom", 1) in segs(w)
    assert len(v.editor.table.segments) == 4
    cols = {v.editor.table.columns[s] for s in v.editor.table.segments if v.editor.table.segments[s].start ==
            lines[2].start}
    assert len(cols) == 2  # two codes on one line sit side by side in the margin
    # K walks back: lines 0-2 are coded, so there is nothing uncoded before line 3 once we are there.
    qtbot.keyClick(ed, Qt.Key.Key_J)
    assert v.current_line() == 3
    qtbot.keyClick(ed, Qt.Key.Key_K)
    assert v.current_line() == 3
    # Shift+Enter codes the whole turn of the current line with the last code.
    qtbot.keyClick(ed, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    i = v.current_line()
    a, b = v.editor.index.turn_range(i)  # type: ignore[arg-type]
    assert (a, b, "musikk som rom", 1) in segs(w)
    # Ctrl+Down skips to the next uncoded line after the turn.
    qtbot.keyClick(ed, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert lines[v.current_line()].start >= b  # type: ignore[index]
    # Every change reached the margin without a reload.
    assert set(v.editor.table.segments) == {s.id for s in queries.segments(w.ctx.project)}  # type: ignore[union-attr]
    w.grab().save("/tmp/kondens_keyboard.png")


def test_in_vivo_remove_and_undo_redo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window
    v = w.coding_view
    ed = v.editor
    t = v.transcript
    assert t is not None and w.ctx is not None
    ln = t.lines[1]
    c = ed.textCursor()
    c.setPosition(ln.start)
    c.setPosition(ln.start + 20, QTextCursor.MoveMode.KeepAnchor)
    ed.setTextCursor(c)
    a, b = snap_to_words(t.text, ln.start, ln.start + 20)  # the selection snaps to whole words
    words = " ".join(t.text[a:b].split()).strip(" .,;:!?…\"'«»")
    qtbot.keyClick(ed, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert segs(w) == [(a, b, words, 1)]
    assert any(c.name == words for c in queries.codes(w.ctx.project))
    # One Ctrl+Z undoes the in-vivo action completely (code and segment), redo brings both back.
    w.act_undo.trigger()
    assert segs(w) == [] and not any(c.name == words for c in queries.codes(w.ctx.project))
    assert not v.editor.table.segments
    w.act_redo.trigger()
    assert segs(w) == [(a, b, words, 1)] and len(v.editor.table.segments) == 1
    # Click the stripe to select the segment, Delete removes it.
    sid = next(iter(v.editor.table.segments))
    got: list[int] = []
    v.segment_selected.connect(got.append)
    stripe = next(s for s in v.margin.stripes() if s.segment_id == sid)
    qtbot.mouseClick(v.margin, Qt.MouseButton.LeftButton, pos=stripe.rect.center().toPoint())
    assert got == [sid] and ed.selected_segment == sid
    assert "<b>" + words in v._tooltip(sid)
    ed.setFocus()
    qtbot.keyClick(ed, Qt.Key.Key_Delete)
    assert segs(w) == [] and not v.editor.table.segments
    w.act_undo.trigger()
    assert len(segs(w)) == 1 and sid in v.editor.table.segments


def test_change_code_and_coding_pass(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window
    v = w.coding_view
    t = v.transcript
    assert t is not None and w.ctx is not None
    v.pass_box.setCurrentIndex(v.pass_box.findData(2))
    codes = {c.name: c.id for c in queries.codes(w.ctx.project)}
    v.actions.apply(codes["tid"], (t.id, t.lines[0].start, t.lines[0].end))
    assert segs(w) == [(t.lines[0].start, t.lines[0].end, "tid", 2)]
    sid = next(iter(v.editor.table.segments))
    v.select_segment(sid)
    v.actions.change_code(sid, "relasjon")
    assert segs(w) == [(t.lines[0].start, t.lines[0].end, "relasjon", 2)]
    assert v.editor.table.segments[sid].code_id == codes["relasjon"]
    w.act_undo.trigger()
    assert segs(w)[0][2] == "tid"


def test_j_skips_interviewer_lines_unless_switched_off(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    v = window.coding_view
    index = v.editor.index
    roles = [index.role(i) for i in range(len(index))]
    assert "interviewer" in roles and "informant" in roles
    # a line just before an interviewer line, so that J with the setting on must jump over it
    start = next(i for i in range(len(roles) - 1) if roles[i + 1] == "interviewer")
    v.go_to_line(start)
    assert v.current_line() == start
    expected = next(i for i in range(start + 1, len(roles)) if roles[i] != "interviewer")
    assert expected > start + 1
    qtbot.keyClick(v.editor, Qt.Key.Key_J)
    assert v.current_line() == expected
    settings.set_jk_skip_interviewer(False)
    v.go_to_line(start)
    qtbot.keyClick(v.editor, Qt.Key.Key_J)
    assert v.current_line() == start + 1
