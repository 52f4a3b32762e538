"""Withdrawal removes everything about an informant from every file; CLI withdraw/check/redact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from coding.services.codes import apply_code, create_code
from coding.services.privacy_scan import scan_folder
from coding.services.withdraw import WithdrawError, plan_withdrawal, withdraw_informant
from coding.store import Project
from coding.store.models import Draft, Informant, Line, Memo, Quote, Segment, Transcript, Turn
from coding.store.project import backup_file
from tests.privacy_helpers import make_transcript

PLANTED = "Qwertyhaugen"  # a unique word only informant A's interview holds
A_TURNS = [("I", ["Fortell om oppveksten."]),
           ("A", [f"Jeg vokste opp ved {PLANTED} skole.", "Der var det musikk hver dag."])]
B_TURNS = [("I", ["Fortell om jobben."]), ("B", ["Jeg jobber med musikk.", "Det er fint."])]


def build(project: Project) -> tuple[int, int]:
    ta = make_transcript(project, "Intervju A", A_TURNS, "A")
    tb = make_transcript(project, "Intervju B", B_TURNS, "B")
    code = create_code(project, "oppvekst").value
    sa = apply_code(project, ta, 30, 60, code).value
    sb = apply_code(project, tb, 20, 40, code).value
    with project.read() as s:
        inf_a = s.scalar(select(Informant.id).where(Informant.label == "A"))
    with project.transaction("notes") as tx:
        s = tx.session
        s.add_all([
            Quote(segment_id=sa, note=f"{PLANTED} quote note"), Quote(segment_id=sb, note="B quote"),
            Memo(target_type="segment", target_id=sa, text=f"memo on A segment {PLANTED}"),
            Memo(target_type="transcript", target_id=ta, text=f"memo on A transcript {PLANTED}"),
            Memo(target_type="informant", target_id=inf_a, text=f"memo on A {PLANTED}"),
            Memo(target_type="transcript", target_id=tb, text="memo on B transcript"),
            Memo(target_type="journal", title="dagbok", text="a journal entry stays"),
        ])
        s.flush()
        mid = s.scalar(select(Memo.id).where(Memo.target_type == "informant"))
        s.add(Draft(key=f"memo:{mid}", text=f"draft {PLANTED}"))
    return ta, tb


def counts(project: Project) -> dict[str, int]:
    with project.read() as s:
        return {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                for m in (Informant, Transcript, Turn, Line, Segment, Quote, Memo, Draft)}


def test_withdraw_removes_everything_from_every_file(project: Project) -> None:
    ta, tb = build(project)
    backup_file(project.db_path, project.path / "backups", "open")
    assert plan_withdrawal(project, "A").transcripts == ("Intervju A",)
    plan = plan_withdrawal(project, "A")
    assert (plan.segments, plan.quotes, plan.memos) == (1, 1, 3)
    assert {h.file for h in scan_folder(project.path, [PLANTED])} >= {"project.db-wal"} | {
        str(p.relative_to(project.path)) for p in (project.path / "backups").iterdir()}

    changes = withdraw_informant(project, "A")
    assert changes.undo_sql == ()  # nothing in memory can bring the text back
    assert ta in changes.ids("transcripts")
    assert changes.value.backups and changes.value.backups[0].startswith("scrubbed")
    assert counts(project) == {"informants": 1, "transcripts": 1, "turns": 2, "lines": 3, "segments": 1,
                               "quotes": 1, "memos": 2, "drafts": 0}
    with project.read() as s:
        assert s.scalar(select(Transcript.id)) == tb
        assert sorted(s.scalars(select(Memo.text))) == ["a journal entry stays", "memo on B transcript"]
    project.close()
    assert scan_folder(project.path, [PLANTED, "Intervju A"]) == []
    # the scrubbed backup still opens and still holds B
    backup = next((project.path / "backups").iterdir())
    import sqlite3

    con = sqlite3.connect(backup)
    assert con.execute("SELECT label FROM informants").fetchall() == [("B",)]
    con.close()


def test_withdraw_unknown_label(project: Project) -> None:
    with pytest.raises(WithdrawError):
        withdraw_informant(project, "Z")


def names_file(tmp_path: Path, *names: str) -> str:
    f = tmp_path / "names.txt"
    f.write_text("\n".join(names) + "\n", encoding="utf-8")
    return str(f)


def test_cli_withdraw_and_check(project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    project.close()
    path = str(project.path)
    names = names_file(tmp_path, PLANTED, "Finnesikke")
    assert main(["check", path, "--names", names]) == 1
    out = capsys.readouterr().out
    assert f"project.db-wal: {PLANTED}" in out or f"project.db: {PLANTED}" in out

    assert main(["withdraw", path, "A"]) == 2  # refuses without --yes
    assert "--yes" in capsys.readouterr().err
    with Project.open(path, readonly=True) as p:
        assert counts(p)["informants"] == 2

    assert main(["withdraw", path, "A", "--yes"]) == 0
    assert "1 transcript(s)" in capsys.readouterr().out
    assert main(["check", path, "--names", names]) == 0
    assert main(["withdraw", path, "Z", "--yes"]) == 2
    assert main(["check", path, "--names", str(tmp_path / "missing.txt")]) == 2


def test_check_reads_utf16_and_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    folder = tmp_path / "p.kondens"
    folder.mkdir()
    (folder / "a.txt").write_bytes("hei Ragnhild.".encode("utf-16"))
    with zipfile.ZipFile(folder / "export.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:t>Bodø og Bodøs og bodø</w:t>")
    (folder / "b.txt").write_text("Ragnhilde og ragnhild", encoding="utf-8")  # not whole word / other case
    assert main(["check", str(folder), "--names", names_file(tmp_path, "Ragnhild", "Bodø")]) == 1
    out = capsys.readouterr().out
    assert "a.txt: Ragnhild (1)" in out and "export.docx!word/document.xml: Bodø (1)" in out
    assert "b.txt" not in out


def test_cli_redact(project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    project.close()
    path = str(project.path)
    assert main(["redact", path, PLANTED, "--category", "place"]) == 2
    assert main(["redact", path, PLANTED, "--category", "place", "--yes"]) == 0
    assert "[sted 1]" in capsys.readouterr().out
    assert main(["check", path, "--names", names_file(tmp_path, PLANTED)]) == 0
    with Project.open(path, readonly=True) as p, p.read() as s:
        texts = list(s.scalars(select(Transcript.text)))
        notes = list(s.scalars(select(Memo.text)))
    assert any("ved [sted 1] skole" in t for t in texts)
    assert "memo on A [sted 1]" in notes
    assert json.dumps(notes).count(PLANTED) == 0
