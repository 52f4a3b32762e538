"""Project store: create/open errors, transactions and the trigger-based undo log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coding import queries
from coding.services import codes as code_svc
from coding.services.transcripts import (
    NewLine,
    NewTranscript,
    NewTurn,
    add_transcript,
    add_transcript_in,
    delete_transcript,
)
from coding.store import Project, ProjectError
from coding.store.migrate import head_revisions


def dump(project: Project) -> list[tuple]:
    con = sqlite3.connect(project.db_path)
    try:
        out = []
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name != 'alembic_version' ORDER BY name"):
            out.append((name, sorted(con.execute(f"SELECT * FROM {name}").fetchall())))
        return out
    finally:
        con.close()


def small_transcript() -> NewTranscript:
    text = "Hvordan var det?\n\nDet var fint. Jeg likte det."
    return NewTranscript(
        title="T1", text=text, source_format="txt", informant_label="A", word_count=9,
        turns=(NewTurn("I", "interviewer", 0, 16), NewTurn("A", "informant", 18, len(text))),
        lines=(NewLine(0, 0, 16), NewLine(1, 18, 31), NewLine(1, 32, len(text))),
    )


def test_new_project_is_empty(project: Project) -> None:
    info = queries.project_info(project)
    assert info.transcripts == info.segments == info.codes == 0
    assert info.schema == "+".join(sorted(head_revisions()))  # the newest schema (feature branches add heads)


def test_open_errors(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "missing.kondens")
    with pytest.raises(ProjectError, match="not a Kondens project"):
        Project.open(tmp_path)
    bad = tmp_path / "bad.kondens"
    bad.mkdir()
    (bad / "project.db").write_bytes(b"this is not sqlite" * 100)
    before = (bad / "project.db").read_bytes()
    with pytest.raises(ProjectError, match="corrupt"):
        Project.open(bad)
    assert (bad / "project.db").read_bytes() == before
    assert sorted(p.name for p in bad.iterdir()) == ["project.db"]


def test_transcript_roundtrip_and_undo_restores_exactly(project: Project) -> None:
    start = dump(project)
    ch = add_transcript(project, small_transcript())
    t = queries.transcript(project, ch.value)
    assert [ln.number for ln in t.lines] == [1, 2, 3]
    assert t.text[t.lines[1].start:t.lines[1].end] == "Det var fint."
    code = code_svc.create_code(project, "trivsel").value
    seg = code_svc.apply_code(project, t.id, t.lines[1].start, t.lines[2].end, code)
    assert seg.touches("segments")
    after = dump(project)
    redo = project.revert(seg)
    assert queries.segments(project) == []
    project.revert(redo)
    assert dump(project) == after
    # delete cascades through turns/lines/segments and undoes with foreign keys intact
    deleted = delete_transcript(project, t.id)
    assert queries.transcript_summaries(project) == []
    project.revert(deleted)
    assert dump(project) == after
    project.revert(code_svc.remove_segment(project, seg.value))
    assert dump(project) == after
    assert start != after


def test_failed_transaction_leaves_nothing(project: Project) -> None:
    before = dump(project)
    with pytest.raises(RuntimeError):
        with project.transaction("boom") as tx:
            add_transcript_in(tx.session, small_transcript())
            raise RuntimeError("interrupted")
    assert dump(project) == before


def test_migration_from_first_revision_backs_up_and_keeps_data(tmp_path: Path) -> None:
    from coding.store import migrate

    proj = tmp_path / "old.kondens"
    proj.mkdir()
    db = proj / "project.db"
    migrate.upgrade_to_head(db, "0001")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO codes(id, name, color, description, position, created, guid) "
                "VALUES (1, 'gammel kode', '#fff', '', 1, '2024-01-01', 'G1')")
    con.commit()
    con.close()
    assert migrate.current_revision(db) == "0001"
    with Project.open(proj) as p:
        assert [c.name for c in queries.codes(p)] == ["gammel kode"]
        assert not migrate.needs_upgrade(db)
    backups = list((proj / "backups").glob("*pre-migration.db"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("SELECT name FROM codes").fetchall() == [("gammel kode",)]
