"""``kondens import``: JSON per file, exit codes, duplicates, names file and linking key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from coding.store import Project
from coding.store.models import Transcript
from tests.conftest import TEST_PASSPHRASE
from transcripts.deid.linking_key import LinkingKey

KEYS = {"file", "ok", "error", "transcript_id", "informant", "turns", "lines", "words", "turn_roles", "speakers"}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    p = tmp_path / "p.kondens"
    assert main(["new", str(p)]) == 0
    return p


def _json_lines(out: str) -> list[dict]:
    return [json.loads(ln) for ln in out.splitlines() if ln.startswith("{")]


def test_json_output_and_duplicates(tmp_path: Path, proj: Path, capsys) -> None:
    f = _write(tmp_path, "a.txt", "Intervjuer: Hvordan startet det?\n\nKari: Det startet i fjor. Kari likte det.\n\n"
                                  "Intervjuer: Og så?\n\nKari: Så ble det bra [latter].")
    capsys.readouterr()
    assert main(["import", str(proj), str(f), "--yes", "--json"]) == 0
    (obj,) = _json_lines(capsys.readouterr().out)
    assert KEYS <= set(obj)
    assert obj["ok"] and obj["error"] is None and obj["informant"] == "A"
    assert obj["turns"] == 4 and obj["lines"] == 5 and obj["words"] == 17
    assert obj["turn_roles"] == ["interviewer", "informant", "interviewer", "informant"]
    assert obj["speakers"] == [{"label": "I", "role": "interviewer"}, {"label": "A", "role": "informant"}]
    with Project.open(proj, readonly=True) as p, p.read() as s:
        text = s.query(Transcript).one().text
    assert "Kari" not in text and text.count("[navn 1]") == 1
    # the same content again: skipped with --yes, not an error
    assert main(["import", str(proj), str(f), "--yes", "--json"]) == 0
    (obj,) = _json_lines(capsys.readouterr().out)
    assert obj["ok"] and obj["skipped"] and "already imported" in obj["error"]


def test_exit_2_when_any_file_fails(tmp_path: Path, proj: Path, capsys) -> None:
    good = _write(tmp_path, "g.txt", "I: Hei?\n\nA: Hei.")
    assert main(["import", str(proj), str(tmp_path / "nope.docx"), str(good), "--yes", "--json"]) == 2
    objs = _json_lines(capsys.readouterr().out)
    assert [o["ok"] for o in objs] == [False, True]
    assert objs[0]["error"] == "nope.docx: does not exist"


def test_refuses_without_yes_when_not_interactive(tmp_path: Path, proj: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    good = _write(tmp_path, "g.txt", "I: Hei?\n\nA: Hei.")
    assert main(["import", str(proj), str(good)]) == 2
    assert "--yes" in capsys.readouterr().err


def test_names_file_and_an_old_plaintext_key_given_with_key(tmp_path: Path, proj: Path, capsys) -> None:
    names = _write(tmp_path, "names.txt", "Bjørgvin Musikkhus\n")
    key = tmp_path / "outside" / "key.json"
    key.parent.mkdir()
    f1 = _write(tmp_path, "1.txt", "I: Hvor?\n\nA: Hos Bjørgvin Musikkhus med Ola.\n\nI: Ola?\n\nA: Ja.")
    f2 = _write(tmp_path, "2.txt", "I: Og du?\n\nA: Ola og Bjørgvin Musikkhus, ja.\n\nI: Hvem?\n\nA: Ola.")
    Path(key).write_text(json.dumps({"format": "kondens-linking-key", "version": 1, "mapping": {},
                                     "always": ["Ola"]}), encoding="utf-8")
    assert main(["import", str(proj), str(f1), str(f2), "--yes", "--names", str(names), "--key", str(key)]) == 0
    with Project.open(proj, readonly=True) as p, p.read() as s:
        texts = [t.text for t in s.query(Transcript).order_by(Transcript.id)]
    assert all("Ola" not in t and "Bjørgvin" not in t for t in texts)
    # one linking key: the same person keeps the same tag across interviews
    tag_ola = texts[0].split("med ")[1].split(".")[0]
    assert tag_ola.startswith("[navn") and tag_ola in texts[1]
    # the plaintext (version 1) key was re-written encrypted with the passphrase
    assert b"Ola" not in key.read_bytes()
    saved = LinkingKey.open(key, TEST_PASSPHRASE)
    assert saved.mapping and "Ola" in saved.always
    assert saved.used_by["person:ola"] == ["A", "B"]  # both informants used that entry
    assert not any(key.name in str(x) for x in proj.rglob("*"))
