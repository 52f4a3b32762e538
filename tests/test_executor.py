"""The project executor with its real worker thread (the rest of the suite runs jobs inline)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.context import ProjectContext
from coding import queries
from coding.changes import Changes
from coding.errors import KondensError
from coding.services.codes import apply_code, create_code
from coding.services.transcripts import add_transcript
from coding.store import Project
from tests.coding_fixtures import make_transcript


@pytest.fixture
def ctx(tmp_path: Path, qapp: object) -> Iterator[ProjectContext]:
    project = Project.create(tmp_path / "x.kondens")
    c = ProjectContext(project, coder="AB", inline=False)
    assert not c.executor.inline
    yield c
    c.close()
    assert c.executor._thread is None, "the worker thread must be stopped when the project closes"


def names(project: Project) -> list[str]:
    return sorted(c.name for c in queries.codes(project))


def test_run_returns_at_once_and_runs_on_the_worker_in_order(ctx: ProjectContext) -> None:
    gate = threading.Event()
    threads: list[int] = []
    seen: list[str] = []

    def slow(project: Project, name: str) -> Changes:
        gate.wait(5)
        threads.append(threading.get_ident())
        return create_code(project, name)

    def fast(project: Project, name: str) -> Changes:
        threads.append(threading.get_ident())
        return create_code(project, name)

    ctx.project_changed.connect(lambda ch: seen.append(("changed", ch.label)))  # type: ignore[arg-type]
    job1 = ctx.run("one", slow, "Mestring")
    job2 = ctx.run("two", fast, "Trygghet", on_done=lambda ch: seen.append(("done", ch.label)))  # type: ignore[arg-type]
    assert not job1.done and not job2.done  # the UI thread is free while the first job waits
    assert ctx.busy and ctx.undo_stack.count() == 2  # undo steps are there at once, in the user's order
    gate.set()
    assert ctx.wait_idle(5)
    assert job1.done and job2.done and job1.error is None
    assert len(threads) == 2 and set(threads) == {ctx.executor._worker_ident}
    assert threading.get_ident() not in threads
    assert seen == [("changed", "New code Mestring"), ("changed", "New code Trygghet"), ("done", "New code Trygghet")]
    assert names(ctx.project) == ["Mestring", "Trygghet"]


def test_undo_and_redo_revert_on_the_worker(ctx: ProjectContext, monkeypatch: pytest.MonkeyPatch) -> None:
    tid = int(add_transcript(ctx.project, make_transcript("A")).value)
    t = queries.transcript(ctx.project, tid)
    cid_box: list[int] = []
    ctx.run("code", create_code, "Mestring", on_done=lambda ch: cid_box.append(int(ch.value)))
    ctx.wait_idle(5)
    reverts: list[int] = []
    real = Project.revert

    def spy(self: Project, changes: Changes, label: str | None = None) -> Changes:
        reverts.append(threading.get_ident())
        return real(self, changes, label)

    monkeypatch.setattr(Project, "revert", spy)
    ctx.run("apply", apply_code, tid, t.lines[0].start, t.lines[0].end, cid_box[0])
    # Ctrl+Z right away, before the coding's job is back: it reverts that coding, after it ran.
    ctx.undo_stack.undo()
    ctx.wait_idle(5)
    assert queries.segments(ctx.project, tid) == []
    ctx.undo_stack.redo()
    ctx.wait_idle(5)
    assert len(queries.segments(ctx.project, tid)) == 1
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.wait_idle(5)
    assert names(ctx.project) == [] and queries.segments(ctx.project, tid) == []
    assert len(reverts) == 4 and set(reverts) == {ctx.executor._worker_ident}


def test_macro_of_queued_jobs_is_one_undo_step(ctx: ProjectContext) -> None:
    with ctx.macro("two codes"):
        ctx.run("a", create_code, "A")
        ctx.run("b", create_code, "B")
    ctx.wait_idle(5)
    assert names(ctx.project) == ["A", "B"] and ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    ctx.wait_idle(5)
    assert names(ctx.project) == []


def test_a_failed_job_pushes_nothing_and_reaches_its_handler(ctx: ProjectContext) -> None:
    ctx.run("first", create_code, "Mestring")
    errors: list[BaseException] = []
    ctx.run("again", create_code, " ", on_error=errors.append)  # a code needs a name
    unhandled: list[tuple[str, object]] = []
    ctx.failed.connect(lambda label, e: unhandled.append((label, e)))
    ctx.run("third", create_code, "")
    ctx.wait_idle(5)
    assert len(errors) == 1 and isinstance(errors[0], KondensError)
    assert [label for label, _ in unhandled] == ["third"]
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.text(0) == "first"
    assert names(ctx.project) == ["Mestring"]


def test_run_sync_and_reads_wait_for_earlier_jobs(ctx: ProjectContext) -> None:
    ctx.run("a", create_code, "A")
    got: list[list[str]] = []
    ctx.read("names", names, on_done=got.append)  # queued after the write: it sees it
    ch = ctx.run_sync("b", create_code, "B")
    assert ch.touched and got == [["A"]]
    with pytest.raises(KondensError):
        ctx.run_sync("nameless", create_code, "")
    assert ctx.read_sync("names", names) == ["A", "B"]


def test_close_waits_for_every_queued_write(tmp_path: Path, qapp: object) -> None:
    project = Project.create(tmp_path / "y.kondens")
    c = ProjectContext(project, inline=False)
    for i in range(40):
        c.run(f"code {i}", create_code, f"Code {i:02d}")
    c.close()  # the window closes mid-operation: nothing is lost
    with Project.open(tmp_path / "y.kondens", readonly=True) as p:
        assert len(names(p)) == 40


def test_busy_cursor_after_a_moment(ctx: ProjectContext, qtbot: object) -> None:
    gate = threading.Event()

    def slow(project: Project) -> Changes:
        gate.wait(5)
        return create_code(project, "Slow")

    ctx.run("slow", slow)
    assert QGuiApplication.overrideCursor() is None  # not at once: quick jobs never flicker
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is not None, timeout=2000)  # type: ignore[attr-defined]
    gate.set()
    ctx.wait_idle(5)
    assert QGuiApplication.overrideCursor() is None


def test_autosave_drafts_are_written_on_the_worker(ctx: ProjectContext, qtbot: object) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from app.autosave import AutosaveBinder
    from coding.services.drafts import get_draft

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    binder = AutosaveBinder(ctx, editor, "memo:code:1")
    editor.setPlainText("halvferdig tanke")
    binder.flush()
    assert ctx.busy or get_draft(ctx.project, "memo:code:1") == "halvferdig tanke"
    ctx.wait_idle(5)
    assert get_draft(ctx.project, "memo:code:1") == "halvferdig tanke"
    binder.committed()
    ctx.wait_idle(5)
    assert get_draft(ctx.project, "memo:code:1") is None


def test_held_jobs_wait_in_order_and_waiting_releases_them(ctx: ProjectContext) -> None:
    """``hold()`` (a project opening: the first paint before any queued job) keeps queued jobs waiting in
    their order; waiting for one of them releases the queue, so a held queue can never dead-lock."""
    import time

    ran: list[str] = []
    ctx.executor.hold()
    ctx.read("a", lambda _p: ran.append("a"))
    ctx.run("New code", create_code, "kor")
    time.sleep(0.1)
    assert ran == [] and names(ctx.project) == []  # nothing ran while held
    last = ctx.read("b", lambda _p: ran.append("b"))
    ctx.executor.wait_for(last)  # releases
    assert ran == ["a", "b"] and names(ctx.project) == ["kor"]
    ctx.executor.hold()
    ctx.read("c", lambda _p: ran.append("c"))
    ctx.executor.release()
    assert ctx.wait_idle(timeout=5) and ran == ["a", "b", "c"]
