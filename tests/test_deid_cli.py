"""``kondens deidentify FILE --json``: a dry run over a real file that prints the speech and the spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main


def test_deidentify_json_on_a_text_transcript(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "intervju.txt"
    f.write_text("Intervjuer: Hvor jobbet du?\nSynnøve: Jeg jobbet på Fjellsiden skole i Moss.\n"
                 "Intervjuer: Og hvem var med?\nSynnøve: Synnøves venninne Ragna, ring 912 34 567.\n",
                 encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_text("Ragna\n\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["deidentify", str(f), "--names", str(names), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    text = out["text"]
    assert "Intervjuer:" not in text and "Synnøve:" not in text, "speaker labels are removed"
    assert text.split("\n\n")[0] == "Hvor jobbet du?", "turns are joined by a blank line"
    got = {(s["text"], s["category"]) for s in out["spans"]}
    for s in out["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]
        assert set(s) == {"start", "end", "category", "text"}
    assert ("Fjellsiden skole", "institution") in got
    assert ("Moss", "place") in got
    assert ("912 34 567", "phone") in got
    assert any(t.startswith("Synnøve") for t, _ in got), "a name from a speaker label is known"
    assert ("Ragna", "person") in got
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "a dry run writes nothing"


def test_deidentify_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deidentify", str(tmp_path / "nope.txt"), "--json"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and err.count("\n") == 1


def test_deidentify_refuses_a_non_utf8_names_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("I: Hei\nA: Hei\n", encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_bytes(b"\xff\xfeK\x00\xe5\x00")
    assert main(["deidentify", str(f), "--names", str(names)]) == 2
    assert "UTF-8" in capsys.readouterr().err
