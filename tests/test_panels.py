"""Overview panels with the real executor: hidden panels compute nothing, shown ones compute on the worker,
and only for changes that concern them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.context import ProjectContext
from app.themes import informant_view, matrix_view
from app.themes.informant_view import InformantView
from app.themes.matrix_view import MatrixView
from coding.services.codes import apply_code, create_code
from coding.services.memos import add_journal_entry
from coding.store import Project
from tests.coding_fixtures import add_transcripts


@pytest.fixture
def ctx(tmp_path: Path, qapp: object) -> Iterator[ProjectContext]:
    project = Project.create(tmp_path / "p.kondens")
    c = ProjectContext(project, coder="AB", inline=False)
    yield c
    c.close()


def test_hidden_matrix_waits_until_shown_and_computes_on_the_worker(
        ctx: ProjectContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ta, _tb = add_transcripts(ctx.project, "AB")
    threads: list[int] = []
    real = matrix_view.matrix

    def spy(project: Project, filters: dict[str, str]) -> Any:
        threads.append(threading.get_ident())
        return real(project, filters)

    monkeypatch.setattr(matrix_view, "matrix", spy)
    mv = MatrixView()
    qtbot.addWidget(mv)
    mv.set_context(ctx)
    ctx.run("code", create_code, "Mestring")
    ctx.wait_idle(5)
    ctx.settle_now()
    ctx.wait_idle(5)
    assert threads == [] and mv.lazy.stale  # hidden: nothing computed, not even at open

    mv.show()
    qtbot.waitUntil(lambda: mv.lazy.computed == 1, timeout=5000)
    assert threads and threading.get_ident() not in threads  # on the executor, not the UI thread
    assert threads == [ctx.executor._worker_ident]
    n = mv.model.rowCount()

    # A change the matrix does not show (a journal note) computes nothing; a coding does.
    ctx.run("note", add_journal_entry, "Notat", "tekst")
    ctx.wait_idle(5)
    ctx.settle_now()
    ctx.wait_idle(5)
    assert mv.lazy.computed == 1
    ctx.run("apply", apply_code, ta, 0, 5, 1)
    ctx.wait_idle(5)
    ctx.settle_now()
    qtbot.waitUntil(lambda: mv.lazy.computed == 2, timeout=5000)
    assert mv.model.rowCount() >= n


def test_shown_then_hidden_panel_goes_stale(ctx: ProjectContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    add_transcripts(ctx.project, "AB")
    calls: list[int] = []
    real = informant_view.informant_profiles
    monkeypatch.setattr(informant_view, "informant_profiles",
                        lambda p: calls.append(threading.get_ident()) or real(p))
    iv = InformantView()
    qtbot.addWidget(iv)
    iv.show()
    iv.set_context(ctx)
    qtbot.waitUntil(lambda: iv.lazy.computed == 1, timeout=5000)
    assert [p.label for p in iv.profiles] == ["A", "B"]
    iv.hide()
    ctx.run("code", create_code, "Mestring")
    ctx.wait_idle(5)
    ctx.settle_now()
    ctx.wait_idle(5)
    assert len(calls) == 1 and iv.lazy.stale
    iv.show()
    qtbot.waitUntil(lambda: iv.lazy.computed == 2, timeout=5000)
    assert set(calls) == {ctx.executor._worker_ident}
