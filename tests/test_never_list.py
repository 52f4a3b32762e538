"""The never-list outside the review: headless imports honour it, the CLI edits it, the dialog edits both lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.context import ProjectContext
from app.review.lists_dialog import IdentifierListsDialog
from coding.services.never_list import never_list, set_never_list
from coding.store import Project
from coding.store.models import Transcript
from transcripts.deid.linking_key import LinkingKey
from transcripts.importing import commit_import, plan_import

TEXT = ("Intervjuer: Hvem hjalp deg?\n\nInformant: Erfaringskonsulenten hjalp meg, og Kari Hansen også. "
        "Jeg snakket med erfaringskonsulentene i Tromsø.")


def _file(tmp_path: Path) -> Path:
    p = tmp_path / "intervju.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_headless_import_honours_the_never_list(project: Project, tmp_path: Path) -> None:
    plan = plan_import(project, _file(tmp_path), known_names=["Erfaringskonsulenten"])
    assert any(s.text == "Erfaringskonsulenten" for s in plan.spans)  # a known name always stays proposed
    set_never_list(project, ["Erfaringskonsulent", "Tromsø"])
    plan = plan_import(project, _file(tmp_path))
    assert not any("rfaringskonsulent" in s.text or s.text == "Tromsø" for s in plan.spans)
    assert any(s.text == "Kari Hansen" for s in plan.spans)
    commit_import(project, plan)
    with project.read() as s:
        text = s.query(Transcript).one().text
    assert "Erfaringskonsulenten hjalp" in text and "i Tromsø." in text and "Kari Hansen" not in text


def test_cli_never_adds_removes_and_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.kondens"
    Project.create(path).close()
    assert main(["never", str(path), "--add", "Ungbo", "DPS", "ungbo"]) == 0
    capsys.readouterr()
    assert main(["never", str(path), "--remove", "dps", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == ["Ungbo"]
    assert main(["never", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["Ungbo"]
    assert main(["never", str(tmp_path / "missing.kondens")]) == 2


def test_lists_dialog_saves_never_in_project_and_always_in_key(qtbot, project: Project, tmp_path: Path) -> None:
    key_dir = tmp_path / "keys"
    key_dir.mkdir()
    key = LinkingKey.create(key_dir / "k.json", "passord-123")
    key.always.append("Kari Hansen")
    ctx = ProjectContext(project)
    dlg = IdentifierListsDialog(ctx, key)
    qtbot.addWidget(dlg)
    assert dlg.always.toPlainText() == "Kari Hansen"
    dlg.never.setPlainText("Musikkterapeuten\n\n  Ungbo \n")
    dlg.always.setPlainText("Kari Hansen\nOla Nordmann")
    assert dlg.save()
    assert never_list(project) == ["Musikkterapeuten", "Ungbo"]
    assert ctx.undo_stack.count() == 1  # the never-list edit is undoable like any project write
    assert LinkingKey.open(key_dir / "k.json", "passord-123").always == ["Kari Hansen", "Ola Nordmann"]
    assert not list(project.path.rglob("k.json"))
    ctx.undo_stack.undo()
    assert never_list(project) == []

    no_key = IdentifierListsDialog(ctx, None)
    qtbot.addWidget(no_key)
    assert not no_key.always.isEnabled()
