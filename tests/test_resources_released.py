"""Closed projects are released, the undo stack is bounded, and a bad code name is a user error."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from app.cli.main import main
from app.context import ProjectContext
from coding.errors import KondensError
from coding.services.codes import create_code
from coding.store import Project
from transcripts.search import index_for
from transcripts.workspace import create_project, open_project


def test_closed_projects_do_not_survive(tmp_path: Path) -> None:
    refs = []
    for i in range(3):
        path = tmp_path / f"p{i}.kondens"
        create_project(path).close()
        p = open_project(path)
        index_for(p).search("hei")
        create_code(p, f"kode {i}")
        refs.append(weakref.ref(p))
        p.close()
        del p
    gc.collect()
    assert [r() for r in refs] == [None, None, None]


def test_undo_stack_has_a_configurable_limit(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    from app import settings

    assert ProjectContext(project).undo_stack.undoLimit() == settings.UNDO_LIMIT == 500
    settings.set_undo_limit(3)
    ctx = ProjectContext(project)
    for i in range(5):
        ctx.run(f"code {i}", create_code, f"kode {i}")
    assert ctx.undo_stack.count() == 3


def test_an_empty_code_name_is_a_user_error(project: Project) -> None:
    with pytest.raises(KondensError, match="needs a name"):
        create_code(project, "  ")


def test_cli_reports_bad_project_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(tmp_path / "none.kondens")]) == 2
    assert "Traceback" not in capsys.readouterr().err
