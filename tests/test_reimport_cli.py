"""``kondens reimport / rename / delete``: JSON report, refs instead of text, confirmations, exit codes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli.main import main
from coding.store import Project
from coding.store.models import Segment, Transcript
from tests.reimport_helpers import code_every_informant_line, interview, write
from transcripts.deid.linking_key import LinkingKey
from transcripts.workspace import open_project


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One imported, coded project per module; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("template")
    p = folder / "p.kondens"
    assert main(["new", str(p), "--no-key"]) == 0  # a module-wide template: keys live per test
    assert main(["import", str(p), str(write(folder / "kari.txt", interview(turns=10))), "--yes"]) == 0
    with open_project(p, backup=False) as project:
        code_every_informant_line(project, 1)
    return p


@pytest.fixture
def proj(template: Path, tmp_path: Path) -> tuple[Path, Path, list]:
    p = tmp_path / "p.kondens"
    shutil.copytree(template, p, ignore=shutil.ignore_patterns("project.lock"))
    turns = interview(turns=10)
    return p, write(tmp_path / "kari.txt", turns), turns


def test_reimport_json_report_has_refs_and_no_text(proj, capsys) -> None:
    p, src, turns = proj
    changed = turns[5][1][1]
    turns[5][1][1] = changed.replace(" i uke ", " i den uka ")
    write(src, turns)
    capsys.readouterr()
    assert main(["reimport", str(p), "A", str(src), "--yes", "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["transcript"] == 1 and obj["informant"] == "A"
    assert obj["changed"] >= 1 and obj["unaligned"] == 0
    assert obj["kept"] + obj["moved"] + obj["changed"] == obj["segments"]
    refs = [m["before"] for m in obj["to_check"]]
    assert all(r.startswith("A, l. ") for r in refs)
    raw = json.dumps(obj, ensure_ascii=False)
    for sentence in (changed, turns[5][1][1], turns[1][1][0]):
        assert sentence not in raw
    assert "Kari" not in raw
    with Project.open(p, readonly=True) as project, project.read() as s:
        assert turns[5][1][1] in s.get(Transcript, 1).text
        assert len(list(s.scalars(select(Segment.id)))) == obj["segments"]


def test_reimport_text_output_and_errors(proj, tmp_path: Path, capsys) -> None:
    p, src, _ = proj
    assert main(["reimport", str(p), "1", str(src), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "kept" in out and "100.0 % on the same text" in out
    assert main(["reimport", str(p), "Z", str(src), "--yes"]) == 2
    assert "no transcript 'Z'" in capsys.readouterr().err
    assert main(["reimport", str(p), "A", str(tmp_path / "nope.txt"), "--yes"]) == 2
    err = capsys.readouterr().err
    errors = [ln for ln in err.splitlines() if "linking key" not in ln]  # the no-key note is a separate line
    assert len(errors) == 1 and "does not exist" in errors[0]
    # not a terminal and no --yes: refused like import
    assert main(["reimport", str(p), "A", str(src)]) == 2
    assert "needs --yes" in capsys.readouterr().err


def test_reimport_with_linking_key_keeps_tags(proj, tmp_path: Path, capsys) -> None:
    p, src, _ = proj
    key = tmp_path / "key.json"
    assert main(["reimport", str(p), "A", str(src), "--yes", "--key", str(key)]) == 0
    assert "kari" not in key.read_text(encoding="utf-8").casefold()  # encrypted
    opened = LinkingKey.open(key, os.environ["KONDENS_KEY_PASSPHRASE"])
    assert "person:kari" in opened.mapping and opened.used_by.get("person:kari") == ["A"]
    with Project.open(p, readonly=True) as project, project.read() as s:
        assert "[navn 1]" in s.get(Transcript, 1).text


def test_rename_and_delete(proj, capsys) -> None:
    p, _, _ = proj
    assert main(["rename", str(p), "A", "Første samtale"]) == 0
    assert "'Første samtale'" in capsys.readouterr().out
    assert main(["rename", str(p), "Første samtale", " "]) == 2
    assert "needs a title" in capsys.readouterr().err
    assert main(["delete", str(p), "Første samtale"]) == 2
    err = capsys.readouterr().err
    assert "would delete transcript 1 'Første samtale' (informant A)" in err and "--yes" in err
    with Project.open(p, readonly=True) as project, project.read() as s:
        assert s.get(Transcript, 1) is not None
    assert main(["delete", str(p), "1", "--yes"]) == 0
    assert "deleted transcript 1" in capsys.readouterr().out
    with Project.open(p, readonly=True) as project, project.read() as s:
        assert s.get(Transcript, 1) is None and not list(s.scalars(select(Segment.id)))
