"""Opening a transcript with the real executor: read on the worker, shown when back, the last request wins.

The rest of the suite runs jobs inline (the open is synchronous there); here the project's executor runs
on its own thread, as in the application, and a gate job holds the worker so requests pile up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import app.reader.opening as opening
from app.context import ProjectContext
from app.reader.view import CodingView
from coding import queries
from coding.services.codes import apply_code, create_code
from coding.store import Project
from tests.coding_fixtures import add_transcripts


@pytest.fixture
def ctx(tmp_path: Path, qapp: object) -> Iterator[ProjectContext]:
    project = Project.create(tmp_path / "p.kondens")
    c = ProjectContext(project, coder="AB", inline=False)
    yield c
    c.close()


@pytest.fixture
def view(ctx: ProjectContext, qtbot: Any) -> CodingView:
    add_transcripts(ctx.project, "ABC", n_turns=40)
    v = CodingView()
    qtbot.addWidget(v)
    v.resize(700, 400)
    v.show()
    v.set_context(ctx)
    assert ctx.wait_idle(5)
    return v


def _hold(ctx: ProjectContext) -> threading.Event:
    gate = threading.Event()
    ctx.read("busy", lambda _p: gate.wait(5))  # the worker is busy with something else
    return gate


def _ids(ctx: ProjectContext) -> list[int]:
    return [t.id for t in queries.transcript_summaries(ctx.project)]


def test_the_view_keeps_showing_the_old_transcript_until_the_read_is_back(ctx: ProjectContext,
                                                                           view: CodingView) -> None:
    a, b, _c = _ids(ctx)
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    assert view.transcript is not None and view.transcript.id == a
    gate = _hold(ctx)
    job = view.open_transcript(b)
    assert job is not None and not job.done
    assert view.transcript.id == a and view.opening and view.wanted_id == b
    gate.set()
    ctx.executor.wait_for(job)
    assert view.transcript.id == b and not view.opening
    assert view.editor.toPlainText().replace("\n", " ") == view.transcript.text.replace("\n", " ")


def test_switching_fast_shows_the_last_one_asked_for_and_reads_only_it(
        ctx: ProjectContext, view: CodingView, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, c = _ids(ctx)
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    reads: list[int] = []
    real = opening.read_opened
    monkeypatch.setattr("app.reader.view.read_opened", lambda p, tid, coder="": (reads.append(tid), real(p, tid, coder))[1])
    opened: list[int] = []
    view.transcript_opened.connect(opened.append)
    gate = _hold(ctx)
    for tid in (b, c, b, c):
        view.open_transcript(tid)
    gate.set()
    assert ctx.wait_idle(5)
    assert view.transcript is not None and view.transcript.id == c
    assert opened == [c]  # the ones asked for in between were never shown …
    assert reads == [c]  # … nor read: their queued jobs saw they were replaced


def test_asking_for_the_shown_transcript_again_cancels_the_open_under_way(ctx: ProjectContext,
                                                                         view: CodingView) -> None:
    a, b, _c = _ids(ctx)
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    gate = _hold(ctx)
    view.open_transcript(b)
    line = view.editor.index.lines[5]
    assert view.open_transcript(a, line.start, line.end) is None  # shown: placed at once, nothing read
    assert view.current_line() == 5 and view.wanted_id == a
    gate.set()
    assert ctx.wait_idle(5)
    assert view.transcript is not None and view.transcript.id == a  # b's result came back and was dropped


def test_a_jump_to_a_line_of_another_transcript_scrolls_there_once_it_is_shown(ctx: ProjectContext,
                                                                             view: CodingView) -> None:
    a, b, _c = _ids(ctx)
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    target = queries.transcript(ctx.project, b).lines[70]
    done: list[int | None] = []
    gate = _hold(ctx)
    view.open_transcript(b, target.start, target.end, then=lambda: done.append(view.current_line()))
    assert done == []
    gate.set()
    assert ctx.wait_idle(5)
    assert done == [70]  # ``then`` ran after the transcript was shown, with the cursor on the line
    assert view.selection() == (target.start, target.end)
    ed = view.editor
    rect = ed.cursorRect()
    assert 0 <= rect.top() and rect.bottom() <= ed.viewport().height()  # on screen …
    assert ed.verticalScrollBar().value() > 0  # … which meant scrolling down to it


def test_a_transcript_that_is_gone_calls_missing_and_changes_nothing(ctx: ProjectContext,
                                                                    view: CodingView) -> None:
    a, _b, _c = _ids(ctx)
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    missing: list[bool] = []
    failed: list[str] = []
    ctx.failed.connect(lambda label, e: failed.append(label))
    ctx.executor.wait_for(view.open_transcript(9999, missing=lambda: missing.append(True)))  # type: ignore[arg-type]
    assert missing == [True] and failed == []
    assert view.transcript is not None and view.transcript.id == a and not view.opening


def test_reading_again_for_the_coder_filter_keeps_the_place(ctx: ProjectContext, view: CodingView) -> None:
    a, _b, _c = _ids(ctx)
    code = int(create_code(ctx.project, "Mestring").value)
    t = queries.transcript(ctx.project, a)
    apply_code(ctx.project, a, t.lines[3].start, t.lines[3].end, code, coder="AB")
    apply_code(ctx.project, a, t.lines[60].start, t.lines[60].end, code, coder="CD")
    view._load_coders()
    ctx.executor.wait_for(view.open_transcript(a, t.lines[60].start))  # type: ignore[arg-type]
    assert ctx.wait_idle(5)
    assert len(view.editor.table.segments) == 2
    scroll = view.editor.verticalScrollBar().value()
    assert scroll > 0
    view.show_coder("CD")
    assert view.opening  # read again on the worker
    assert ctx.wait_idle(5)
    assert [s.coder for s in view.editor.table.segments.values()] == ["CD"]
    assert view.current_line() == 60 and view.editor.verticalScrollBar().value() == scroll


def test_a_result_for_a_project_closed_meanwhile_is_dropped(tmp_path: Path, qtbot: Any) -> None:
    p1 = Project.create(tmp_path / "one.kondens")
    p2 = Project.create(tmp_path / "two.kondens")
    (t1,) = add_transcripts(p1, "A")
    (t2,) = add_transcripts(p2, "B")
    c1, c2 = ProjectContext(p1, inline=False), ProjectContext(p2, inline=False)
    v = CodingView()
    qtbot.addWidget(v)
    v.set_context(c1)
    gate = _hold(c1)
    job = v.open_transcript(t1)
    v.set_context(c2)
    gate.set()
    c1.executor.wait_for(job)  # type: ignore[arg-type]
    assert v.transcript is None  # the other project's transcript never shows up here
    c2.executor.wait_for(v.open_transcript(t2))  # type: ignore[arg-type]
    assert v.transcript is not None and v.transcript.id == t2
    c1.close()
    c2.close()


def test_a_stripe_tooltip_brings_its_memo_from_the_worker(ctx: ProjectContext, view: CodingView,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from coding.services.memos import set_memo

    a, _b, _c = _ids(ctx)
    code = int(create_code(ctx.project, "Mestring").value)
    t = queries.transcript(ctx.project, a)
    sid = int(apply_code(ctx.project, a, t.lines[2].start, t.lines[2].end, code, coder="AB").value)
    set_memo(ctx.project, "segment", sid, "Viktig for tema 2")
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    assert ctx.wait_idle(5)
    shown: list[tuple[int, str]] = []
    monkeypatch.setattr(view.margin, "tooltip_ready", lambda s, text: shown.append((s, text)))
    gate = _hold(ctx)
    first = view._tooltip(sid)
    assert "<b>Mestring</b>" in first and "Viktig" not in first  # at once, without waiting for the read
    gate.set()
    assert ctx.wait_idle(5)
    assert shown and shown[-1][0] == sid and "Viktig for tema 2" in shown[-1][1]


def test_waiting_for_the_executor_right_after_a_project_opens_never_hangs(
        demo_copy: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The jobs after the first transcript's read wait until it is shown; a wait for the executor straight
    after opening (closing the window at once, a modal confirmation) delivers it and so lets them run."""
    import app.main_window as main_window
    from app import executor
    from app.main_window import MainWindow

    monkeypatch.setattr(executor, "INLINE", False)
    choose = main_window._first_transcript
    # A slow read (a team server far away): the wait below starts while it is still running.
    monkeypatch.setattr(main_window, "_first_transcript", lambda p, last: (time.sleep(0.5), choose(p, last))[1])
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_copy)
    assert w.ctx is not None and w.coding_view.opening
    assert w.ctx.wait_idle(timeout=20)  # no event loop ran in between: no timer could release anything
    assert w.coding_view.transcript is not None and w.transcripts.rowCount() == 4
    w.close()


def test_a_slow_read_shows_the_busy_cursor_until_the_transcript_is_there(ctx: ProjectContext, view: CodingView,
                                                                        qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    a, b, _c = _ids(ctx)
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    own = view.editor.viewport().cursor().shape()
    gate = _hold(ctx)
    view.open_transcript(b)
    qtbot.waitUntil(lambda: view.editor.viewport().cursor().shape() == Qt.CursorShape.BusyCursor, timeout=2000)
    gate.set()
    assert ctx.wait_idle(5)
    assert view.transcript is not None and view.transcript.id == b
    assert view.editor.viewport().cursor().shape() == own


def test_choosing_a_coder_while_another_transcript_is_read_shows_only_their_segments(
        ctx: ProjectContext, view: CodingView) -> None:
    a, b, _c = _ids(ctx)
    code = int(create_code(ctx.project, "Mestring").value)
    tb = queries.transcript(ctx.project, b)
    apply_code(ctx.project, b, tb.lines[1].start, tb.lines[1].end, code, coder="AB")
    apply_code(ctx.project, b, tb.lines[2].start, tb.lines[2].end, code, coder="CD")
    view._load_coders()
    ctx.executor.wait_for(view.open_transcript(a))  # type: ignore[arg-type]
    assert ctx.wait_idle(5)
    gate = _hold(ctx)
    view.open_transcript(b)  # read with everyone's segments …
    view.show_coder("CD")  # … but only CD's are wanted by the time it is back
    gate.set()
    assert ctx.wait_idle(5)
    assert view.transcript is not None and view.transcript.id == b
    assert [s.coder for s in view.editor.table.segments.values()] == ["CD"]
