"""Trim editor: keep a selection, cut middle parts into "[…]", preview as exported, undo; the coding stays."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.context import ProjectContext
from app.exports.install import install
from app.exports.trim_editor import TrimEditor, snap
from coding.services.codes import apply_code, create_code
from coding.services.quotes import create_quote
from coding.services.transcripts import add_transcript
from coding.store import Project
from coding.store.models import Quote, Segment, Transcript
from exports.data import load_quotes
from tests.test_export_quotes import build, make_transcript
from tests.test_export_ui import FakeWindow


def quote_db(project: Project, qid: int) -> tuple[int | None, int | None, list[list[int]]]:
    with project.read() as s:
        q = s.get(Quote, qid)
        return q.trim_start, q.trim_end, json.loads(q.cuts)


def segments_db(project: Project) -> dict[int, tuple[int, int]]:
    with project.read() as s:
        return {g.id: (g.start, g.end) for g in s.query(Segment)}


def exported_line(project: Project, qid: int) -> str:
    row = next(r for r in load_quotes(project, include_withdrawn=True) if r.quote_id == qid)
    return f"{row.informant}: {row.text}"


def select_and_click(qtbot, dlg: TrimEditor, start: int, end: int, button) -> None:  # noqa: ANN001
    dlg.select(start, end)
    assert dlg.text.textCursor().hasSelection()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_trim_cut_preview_undo_and_coding_unchanged(qtbot, project: Project) -> None:
    ids = build(project)
    with project.read() as s:
        text = s.get(Transcript, ids["ta"]).text
    coding_before = segments_db(project)
    ctx = ProjectContext(project)
    dlg = TrimEditor(ctx, ids["q1"])
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.text.toPlainText().startswith("Det er en ting") and dlg.text.toPlainText().endswith("konkret.")
    assert not dlg.keep_btn.isEnabled() and not dlg.reset_btn.isEnabled()

    # Keep: a sloppy mouse selection (mid-word at both ends) snaps to whole words.
    som = text.index("som jeg")
    time_end = text.index("time så") + len("time")
    select_and_click(qtbot, dlg, som + 1, time_end - 1, dlg.keep_btn)
    assert quote_db(project, ids["q1"]) == (som, time_end, [])
    assert dlg.preview_text() == "A: som jeg har lært meg. Det er å ha god tid. Og ikke tenke at etter hver time"

    # Cut a middle sentence (selection with trailing blank).
    cut_a, cut_b = text.index("Det er å ha"), text.index("Og ikke")
    select_and_click(qtbot, dlg, cut_a, cut_b, dlg.cut_btn)
    assert quote_db(project, ids["q1"]) == (som, time_end, [[cut_a, cut_a + len("Det er å ha god tid.")]])
    expected = "A: som jeg har lært meg. […] Og ikke tenke at etter hver time"
    assert dlg.preview_text() == expected == exported_line(project, ids["q1"])
    assert "[…]" in dlg.preview.text() and dlg.ref_label.text() == "<i>(A, l. 2–4)</i>"
    assert dlg.cuts.count() == 1 and "Det er å ha god tid." in dlg.cuts.item(0).text()

    # A cut that touches the quote's start is refused with a reason; nothing changes.
    select_and_click(qtbot, dlg, som, som + 3, dlg.cut_btn)
    assert "strictly inside" in dlg.error.text() and dlg.error.isVisible()
    assert quote_db(project, ids["q1"])[2] == [[cut_a, cut_a + len("Det er å ha god tid.")]]

    # Every step is one undo; the editor follows the undo stack.
    ctx.undo_stack.undo()
    assert quote_db(project, ids["q1"]) == (som, time_end, [])
    assert dlg.preview_text().startswith("A: som jeg") and "[…]" not in dlg.preview_text() and dlg.cuts.count() == 0
    ctx.undo_stack.undo()
    assert quote_db(project, ids["q1"]) == (None, None, [])
    assert dlg.preview_text() == exported_line(project, ids["q1"])
    assert dlg.preview_text().startswith("A: Det er en ting") and dlg.preview_text().endswith("konkret.")
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert quote_db(project, ids["q1"])[2] == [[cut_a, cut_a + len("Det er å ha god tid.")]]
    assert dlg.preview_text() == expected
    assert segments_db(project) == coding_before


def test_reset_and_remove_one_cut_are_single_undo_steps(qtbot, project: Project) -> None:
    ids = build(project)
    with project.read() as s:
        text = s.get(Transcript, ids["ta"]).text
    ctx = ProjectContext(project)
    dlg = TrimEditor(ctx, ids["q1"])
    qtbot.addWidget(dlg)
    dlg.show()
    a1 = text.index("jeg har lært")
    b1 = a1 + len("jeg har lært meg.")
    a2 = text.index("etter hver")
    b2 = a2 + len("etter hver time")
    select_and_click(qtbot, dlg, a1, b1, dlg.cut_btn)
    select_and_click(qtbot, dlg, a2, b2, dlg.cut_btn)
    assert quote_db(project, ids["q1"])[2] == [[a1, b1], [a2, b2]]
    assert dlg.preview_text().count("[…]") == 2

    dlg.cuts.setCurrentRow(0)
    qtbot.mouseClick(dlg.remove_btn, Qt.MouseButton.LeftButton)
    assert quote_db(project, ids["q1"])[2] == [[a2, b2]]
    assert dlg.preview_text() == exported_line(project, ids["q1"]) and dlg.preview_text().count("[…]") == 1
    ctx.undo_stack.undo()
    assert quote_db(project, ids["q1"])[2] == [[a1, b1], [a2, b2]]

    select_and_click(qtbot, dlg, text.index("som jeg"), text.index(" så skal"), dlg.keep_btn)
    assert quote_db(project, ids["q1"])[0] == text.index("som jeg")
    assert dlg.reset_btn.isEnabled()
    qtbot.mouseClick(dlg.reset_btn, Qt.MouseButton.LeftButton)
    assert quote_db(project, ids["q1"]) == (None, None, [])
    assert dlg.preview_text().startswith("A: Det er en ting") and not dlg.reset_btn.isEnabled()
    ctx.undo_stack.undo()  # reset was one step
    assert quote_db(project, ids["q1"])[0] == text.index("som jeg")
    assert quote_db(project, ids["q1"])[2] == [[a1, b1], [a2, b2]]
    assert dlg.preview_text() == "A: som […] Det er å ha god tid. Og ikke tenke at […]"

    # The second cut now touches the quote's end: removing the first keeps the shown words (it becomes the trim).
    dlg.cuts.setCurrentRow(0)
    qtbot.mouseClick(dlg.remove_btn, Qt.MouseButton.LeftButton)
    assert quote_db(project, ids["q1"]) == (text.index("som jeg"), a2, [])
    assert dlg.preview_text() == "A: som jeg har lært meg. Det er å ha god tid. Og ikke tenke at"
    assert dlg.preview_text() == exported_line(project, ids["q1"])


def test_selection_offsets_with_astral_characters(qtbot, project: Project) -> None:
    # Transcript offsets are code points, the text widget counts UTF-16 units: an emoji must not shift the trim.
    tid = add_transcript(
        project,
        make_transcript(
            "Intervju E", "E", [("I", "Hva spilte dere?"), ("E", "Vi spilte 🎵 sanger hver dag. Det hjalp mye.")]
        ),
    ).value
    with project.read() as s:
        text = s.get(Transcript, tid).text
    code = create_code(project, "musikk").value
    seg = apply_code(project, tid, text.index("Vi spilte"), len(text), code).value
    qid = create_quote(project, seg).value
    ctx = ProjectContext(project)
    dlg = TrimEditor(ctx, qid)
    qtbot.addWidget(dlg)
    dlg.show()
    a, b = text.index("sanger"), text.index("dag.") + len("dag.")
    dlg.select(a, b)
    assert dlg.text.textCursor().selectedText() == "sanger hver dag."
    assert dlg.selection() == (a, b)
    qtbot.mouseClick(dlg.keep_btn, Qt.MouseButton.LeftButton)
    assert quote_db(project, qid)[:2] == (a, b)
    assert dlg.preview_text() == "E: sanger hver dag." == exported_line(project, qid)


def test_snap_to_words() -> None:
    t = "Det er en ting som jeg har lært meg."
    assert snap(t, 1, 9) == (0, 9)  # "et er en" → "Det er en"
    assert snap(t, 3, 10) == (4, 9)  # blanks dropped
    assert snap(t, 30, 36) == (27, 36)  # "ært meg." → "lært meg."
    a, b = snap(t, 3, 4)  # only a blank: nothing to keep
    assert a == b


def test_dock_double_click_opens_editor_and_quote_from_segment(qtbot, project: Project) -> None:
    ids = build(project)
    with project.read() as s:
        tb_text = s.get(Transcript, ids["tb"]).text
    ctx = ProjectContext(project)
    win = FakeWindow(ctx)
    qtbot.addWidget(win)
    dock = install(win).dock
    win.resize(1000, 600)
    win.show()
    model, view = dock.model, dock.view
    row = next(i for i in range(model.rowCount()) if model.row(i).quote_id == ids["q2"])
    view.scrollTo(model.index(row, 0))
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = dock.trim_editor
    assert dlg is not None and dlg.isVisible() and dlg.quote_id == ids["q2"]
    assert dlg.text.toPlainText().startswith("Jeg jobbet")
    dlg.close()

    # "Quote from segment": the reader's cursor sits in an interviewer question coded just now.
    q0 = tb_text.index("Hva betyr")
    code = create_code(project, "spørsmål").value
    seg = apply_code(project, ids["tb"], q0, q0 + len("Hva betyr samarbeid for deg?"), code).value
    win.current_selection = lambda: (ids["tb"], q0 + 4, q0 + 9)  # type: ignore[attr-defined]
    n = model.rowCount()
    qtbot.mouseClick(dock.new_btn, Qt.MouseButton.LeftButton)
    assert model.rowCount() == n + 1
    new_row = model.row(view.currentIndex().row())
    assert new_row.segment_id == seg and new_row.text == "Hva betyr samarbeid for deg?"
    qtbot.mouseClick(dock.new_btn, Qt.MouseButton.LeftButton)  # already quoted: no duplicate
    assert model.rowCount() == n + 1 and "already quoted" in dock.message.text()
    qtbot.mouseClick(dock.trim_btn, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.quote_id == new_row.quote_id
    ctx.undo_stack.undo()  # the new quote goes; the editor on it closes
    assert model.rowCount() == n and not dlg.isVisible()


def test_screenshot(qtbot, project: Project) -> None:
    ids = build(project)
    with project.read() as s:
        text = s.get(Transcript, ids["ta"]).text
    ctx = ProjectContext(project)
    dlg = TrimEditor(ctx, ids["q1"])
    qtbot.addWidget(dlg)
    dlg.show()
    select_and_click(qtbot, dlg, text.index("jeg har"), text.index("time så") + 4, dlg.keep_btn)
    select_and_click(qtbot, dlg, text.index("Det er å ha"), text.index("Og ikke"), dlg.cut_btn)
    c = dlg.text.textCursor()
    c.clearSelection()
    dlg.text.setTextCursor(c)
    dlg.cuts.setCurrentRow(0)
    qtbot.wait(50)
    img = dlg.grab()
    assert img.save("/tmp/trim.png")
    assert img.width() > 400 and img.height() > 300
    assert QTextCursor(dlg.text.document()).document().toPlainText() == dlg.state.text


def test_real_window_quote_from_reader_segment(qtbot, tmp_path) -> None:  # noqa: ANN001
    from app.exports.dock import QuotesDock
    from app.main_window import MainWindow

    path = tmp_path / "w.kondens"
    with Project.create(path) as p:
        ids = build(p)
        with p.read() as s:
            text = s.get(Transcript, ids["ta"]).text
        q0 = text.index("Kan du si mer")
        seg = apply_code(p, ids["ta"], q0, q0 + len("Kan du si mer om det?"), create_code(p, "oppfølging").value).value
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.resize(1400, 900)
    w.show()
    dock = w.findChild(QuotesDock)
    assert dock is not None and dock.ctx is w.ctx
    dock.show()
    w.show_transcript(ids["ta"], q0, q0 + 5)
    w.coding_view.select_segment(seg)  # a click on the segment's bar in the code margin
    n = dock.model.rowCount()
    qtbot.mouseClick(dock.new_btn, Qt.MouseButton.LeftButton)
    assert dock.model.rowCount() == n + 1
    cur = dock.view.currentIndex()
    assert cur.isValid() and dock.model.row(cur.row()).text == "Kan du si mer om det?"
    qid = dock.current_quote_id()
    qtbot.mouseClick(dock.trim_btn, Qt.MouseButton.LeftButton)
    dlg = dock.trim_editor
    assert dlg is not None and dlg.isVisible()
    select_and_click(qtbot, dlg, q0, q0 + len("Kan du si mer"), dlg.keep_btn)
    assert dock.current_quote_id() == qid  # the dock keeps its row across the refresh
    assert dock.model.row(dock.view.currentIndex().row()).text == "Kan du si mer"
    w.ctx.undo_stack.undo()  # the main window's undo stack holds the trim
    assert dlg.preview_text() == "A: Kan du si mer om det?" == exported_line(w.ctx.project, qid)
    w.grab().save("/tmp/trim_window.png")
    w.close_project()
    assert dock.trim_editor is None
