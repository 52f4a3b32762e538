"""The UI thread never waits on the database or the search index during a coding session.

Here the project's executor runs on its real worker thread (the rest of the suite runs jobs inline) and
:class:`app.guard.ThreadGuard` records every SQL statement and every search-index call made from the
main thread while a person codes with the keyboard, undoes and pauses, with every dock shown.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import executor
from app.guard import ThreadGuard
from coding import queries
from coding.store import Project
from tests.real_window import idle, pump, real_window


@pytest.fixture
def window(demo_copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    yield from real_window(demo_copy, qapp, monkeypatch)


def test_a_coding_session_never_uses_the_session_or_the_index_on_the_ui_thread(window: object,
                                                                                 qapp: QApplication) -> None:
    w = window
    ctx = w.ctx  # type: ignore[attr-defined]
    v = w.coding_view  # type: ignore[attr-defined]
    project: Project = ctx.project
    before = len(queries.segments(project))
    # The code view shows the code the session applies (so every coding concerns it).
    from app.codes.code_view import CodeViewDock

    code_view = w.findChild(CodeViewDock)  # type: ignore[attr-defined]
    code_view.show_code(v.actions.recent[0])
    idle(w, qapp)
    shown = code_view.model.rowCount()
    guard = ThreadGuard(project).start()
    try:
        acts = v.actions
        for op in range(24):
            if op % 8 == 7:
                ctx.undo_stack.undo()
            elif op % 2 == 0:
                acts.next_uncoded.trigger()
            else:
                acts.recent_actions[0].trigger()
            pump(qapp, 5)
            if op % 6 == 5:
                idle(w, qapp)  # a pause: the overview panels recompute
        ctx.undo_stack.redo()
        idle(w, qapp)
    finally:
        guard.stop()
    assert guard.violations == [], "the UI thread used the project:\n" + "\n".join(
        sorted({x.where() for x in guard.violations}))
    # The session did code (so the guard had something to watch): 9 codings, 3 undone, 1 redone.
    assert len(queries.segments(project)) == before + 7
    assert code_view.model.rowCount() == len([s for s in queries.segments(project)
                                              if s.code_id == v.actions.recent[0]]) > shown - 3
    assert v.editor.table.segments.keys() == {s.id for s in queries.segments(project, v.transcript.id)}


def test_the_guard_sees_a_read_on_the_ui_thread(window: object) -> None:
    """The guard itself can fail: a read made on the main thread is recorded with its stack."""
    ctx = window.ctx  # type: ignore[attr-defined]
    guard = ThreadGuard(ctx.project).start()
    queries.codes(ctx.project)
    guard.stop()
    queries.codes(ctx.project)  # stopped: not recorded
    assert len(guard.violations) >= 1
    assert any(v.what.startswith("SELECT codes.") for v in guard.violations)
    assert "test_ui_thread.py" in guard.violations[0].stack


def test_each_write_brings_the_segments_it_touched(project: Project, qapp: QApplication) -> None:
    """``project_changed`` handlers get the touched segments as read on the executor with the write."""
    from app.context import TOUCHED_SEGMENTS, ProjectContext
    from coding.services.codes import apply_code, create_code, remove_segment
    from coding.services.transcripts import add_transcript
    from tests.coding_fixtures import make_transcript

    ctx = ProjectContext(project, coder="AB")
    tid = int(add_transcript(project, make_transcript("A")).value)
    code = int(create_code(project, "musikk").value)
    seen: list[tuple[frozenset[int], object]] = []
    ctx.project_changed.connect(lambda ch: seen.append((ch.ids("segments"), ctx.companion(TOUCHED_SEGMENTS))))
    ctx.run("Code", apply_code, tid, 0, 10, code, coder="AB")
    (ids, segs), = seen
    assert [s.id for s in segs] == sorted(ids) and segs[0].code_id == code and segs[0].coder == "AB"
    ctx.run("Remove", remove_segment, next(iter(ids)))
    assert seen[1][0] == ids and seen[1][1] == []  # gone: nothing to read, the view drops the stripe
    ctx.undo_stack.undo()
    assert [s.id for s in seen[2][1]] == sorted(ids)  # undo of the removal brings it back, read with it
    assert ctx.companion(TOUCHED_SEGMENTS) is None  # outside a handler there is nothing
    ctx.close()


def test_the_code_view_reads_again_only_for_codings_that_concern_it(demo_copy: Path, qapp: QApplication) -> None:
    """Panels follow the ids in ``Changes``: a coding with another code elsewhere leaves the code view
    alone; a coding with its code (or of a segment it shows) makes it read again, on the executor."""
    from app.codes.code_view import CodeViewDock
    from app.main_window import MainWindow

    w = MainWindow()
    w.show()
    assert w.open_path(demo_copy)
    pump(qapp, 20)
    ctx, v = w.ctx, w.coding_view
    assert ctx is not None and v.transcript is not None
    ctx.coder = "AB"
    dock = w.findChild(CodeViewDock)
    dock.show()
    shown, other = (c.id for c in queries.codes(ctx.project)[:2])
    dock.show_code(shown)
    rows = dock.model.rowCount()
    reads: list[str] = []
    read = ctx.read
    ctx.read = lambda label, *a, **k: (reads.append(label), read(label, *a, **k))[1]  # type: ignore[method-assign]
    lines = v.transcript.lines
    v.actions.apply(other, (v.transcript.id, lines[-1].start, lines[-1].end))
    assert "Code view" not in reads and dock.model.rowCount() == rows
    v.actions.apply(shown, (v.transcript.id, lines[-2].start, lines[-2].end))
    assert reads.count("Code view") == 1 and dock.model.rowCount() == rows + 1
    dock.hide()
    v.actions.apply(shown, (v.transcript.id, lines[-3].start, lines[-3].end))
    assert reads.count("Code view") == 1  # hidden: stale, nothing read
    dock.show()
    assert reads.count("Code view") == 2 and dock.model.rowCount() == rows + 2  # caught up when shown
    w.close()
    qapp.processEvents()


def test_opening_transcripts_never_uses_the_session_on_the_ui_thread(window: object, qapp: QApplication) -> None:
    """Switching transcripts in the list (fast), jumping to a line of another one (search hits, quotes,
    the theme reader) and reading the shown one again: every read runs on the worker."""
    w = window
    ctx = w.ctx  # type: ignore[attr-defined]
    v = w.coding_view  # type: ignore[attr-defined]
    model = w.transcripts  # type: ignore[attr-defined]
    ids = [model.summary(r).id for r in range(model.rowCount())]
    assert len(ids) >= 3
    target = queries.transcript(ctx.project, ids[2]).lines[40]
    guard = ThreadGuard(ctx.project).start()
    try:
        for tid in ids + ids[:2]:  # a quick run down the list and back: clicked, not waited for
            w._on_transcript_activated(model.index(model.row_of(tid), 0))  # type: ignore[attr-defined]
            pump(qapp, 1)
        idle(w, qapp)
        assert v.transcript.id == ids[1]  # the last one clicked
        w.show_transcript(ids[2], target.start, target.end)  # type: ignore[attr-defined]
        idle(w, qapp)
        v._reopen(ids[2])  # read again in place (its lines changed, or the coder filter)
        idle(w, qapp)
    finally:
        guard.stop()
    own = guard.violations
    assert own == [], "the UI thread used the project:\n" + "\n".join(sorted({x.where() for x in own}))
    assert v.transcript.id == ids[2] and v.selection() == (target.start, target.end)
    assert v.current_line() == 40


def test_opening_the_project_reads_its_first_transcript_on_the_worker(
        demo_copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """The transcript last open is chosen and read on the executor (a guard installed with the context
    records what the UI thread reads while the window opens the project)."""
    from app import guard as guard_mod
    from app.main_window import MainWindow

    monkeypatch.setattr(executor, "INLINE", False)
    monkeypatch.setenv("KONDENS_THREAD_GUARD", "1")
    guards: list[ThreadGuard] = []
    real = guard_mod.from_environment
    monkeypatch.setattr(guard_mod, "from_environment", lambda p: guards.append(real(p)) or guards[-1])  # type: ignore[func-returns-value]
    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    assert w.open_path(demo_copy)
    (g,) = guards
    assert w.coding_view.opening  # asked for, not read here
    end = time.perf_counter() + 30
    while w.coding_view.transcript is None and time.perf_counter() < end:
        pump(qapp, 5)
    assert w.coding_view.transcript is not None
    g.stop()
    # Once the project's context exists, neither the coding view, the window nor any panel reads on the
    # UI thread (opening the store itself comes before the guard).
    own = list(g.violations)
    assert own == [], "\n".join(sorted({x.where() for x in own}))
    w.close()
    qapp.processEvents()
