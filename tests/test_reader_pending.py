"""Coding with the real executor: the stripe shows at once, the real segment takes its place."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.context import ProjectContext
from app.reader.view import CodingView
from coding import queries
from coding.services.codes import create_code
from coding.store import Project
from tests.coding_fixtures import add_transcripts


@pytest.fixture
def ctx(tmp_path: Path, qapp: object) -> Iterator[ProjectContext]:
    project = Project.create(tmp_path / "p.kondens")
    c = ProjectContext(project, coder="AB", inline=False)
    yield c
    c.close()


def test_stripe_at_once_then_the_real_segment(ctx: ProjectContext, qtbot: Any) -> None:
    (ta, _tb) = add_transcripts(ctx.project, "AB")
    cid = int(create_code(ctx.project, "Mestring").value)
    view = CodingView()
    qtbot.addWidget(view)
    view.set_context(ctx)
    opening = view.open_transcript(ta)
    assert opening is not None
    ctx.executor.wait_for(opening)  # read on the worker: shown once its result is back
    assert view.transcript is not None and view.transcript.id == ta
    view.actions.touch_recent(cid)
    view.go_to_line(2)
    gate = threading.Event()
    ctx.read("busy", lambda _p: gate.wait(5))  # the worker is busy with something else
    job = view.actions.apply(cid, view.actions.target())
    assert job is not None and not job.done
    table = view.editor.table
    pending = [s for s in table.segments.values() if s.id < 0]
    assert len(pending) == 1 and pending[0].code_id == cid  # painted before the database has it
    assert table.coverage[2] == 1
    gate.set()
    assert ctx.wait_idle(5)
    segs = queries.segments(ctx.project, ta)
    assert [s.id for s in segs] == list(table.segments) and all(s > 0 for s in table.segments)
    assert table.coverage[2] == 1 and table.columns[segs[0].id] == 0
    ctx.undo_stack.undo()
    assert ctx.wait_idle(5)
    assert table.segments == {} and queries.segments(ctx.project, ta) == []
