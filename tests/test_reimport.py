"""Re-importing an edited source keeps the coding; rename; delete with scrubbing; titles."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coding.services.memos import set_memo
from coding.services.quotes import add_cut, create_quote, set_trim
from coding.services.transcript_delete import delete_transcript_scrubbed, plan_transcript_delete
from coding.services.transcripts import TranscriptError, rename_transcript, resolve_transcript
from coding.store import Project
from coding.store.models import Informant, Line, Memo, Quote, Segment, Setting, Transcript, Turn
from coding.store.project import backup_file
from tests.reimport_helpers import code_every_informant_line, dump, interview, write
from transcripts.importing import commit_import, plan_import
from transcripts.importing.align import OffsetMap
from transcripts.importing.reimport import ReimportError, commit_reimport, prepare_reimport, summary_lines
from transcripts.search import index_for
from transcripts.workspace import open_project


def _import(project: Project, path: Path) -> int:
    return int(commit_import(project, plan_import(project, path)).value)


def _segment_texts(project: Project, tid: int) -> dict[int, str]:
    with project.read() as s:
        text = s.get(Transcript, tid).text  # type: ignore[union-attr]
        return {sid: text[a:b] for sid, a, b in s.execute(
            select(Segment.id, Segment.start, Segment.end).where(Segment.transcript_id == tid)).all()}


def _line_of(project: Project, tid: int, sentence: str) -> int:
    with project.read() as s:
        text = s.get(Transcript, tid).text  # type: ignore[union-attr]
        for number, a, b in s.execute(select(Line.number, Line.start, Line.end).where(Line.transcript_id == tid)):
            if text[a:b] == sentence:
                return int(number)
    raise AssertionError("sentence not found")


def _coded(tmp_path: Path, turns: list[tuple[str, list[str]]]):
    """A coded interview (informant A) plus a second one (B), with quotes and memos on A's segments."""
    project = open_project(_new(tmp_path))
    src = write(tmp_path / "kari.txt", turns)
    tid = _import(project, src)
    other = _import(project, write(tmp_path / "other.txt", interview(turns=6, seed=99)))
    seg_ids = code_every_informant_line(project, tid)
    q1 = create_quote(project, seg_ids[10]).value
    texts = _segment_texts(project, tid)
    with project.read() as s:
        a, b = s.execute(select(Segment.start, Segment.end).where(Segment.id == seg_ids[10])).one()
    set_trim(project, q1, a + 4, b - 1)
    add_cut(project, q1, a + 6, a + 10)
    set_memo(project, "segment", seg_ids[20], "a memo on a segment")
    set_memo(project, "transcript", tid, "a memo on the transcript")
    return project, tid, other, turns, src, seg_ids, texts


@pytest.fixture(scope="module")
def coded_template(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("coded")
    project, *rest = _coded(folder, interview(turns=12))
    project.close()
    return folder, rest


@pytest.fixture
def coded(coded_template, tmp_path: Path):
    """A fresh copy of the module's coded project (built once: the suite has to stay fast)."""
    folder, (tid, other, turns, src, seg_ids, texts) = coded_template
    shutil.copytree(folder / "p.kondens", tmp_path / "p.kondens",
                    ignore=shutil.ignore_patterns("project.lock", "backups"))
    for name in ("kari.txt", "other.txt"):
        shutil.copy(folder / name, tmp_path / name)
    project = open_project(tmp_path / "p.kondens", backup=False)
    yield project, tid, other, [(label, list(sents)) for label, sents in turns], tmp_path / "kari.txt", seg_ids, texts
    project.close()


@pytest.fixture
def coded_long(tmp_path: Path):
    c = _coded(tmp_path, interview(turns=60))
    yield c
    c[0].close()


def _new(tmp_path: Path) -> Path:
    p = Project.create(tmp_path / "p.kondens")
    path = p.path
    p.close()
    return path


def test_reimport_of_an_edited_source_keeps_99_percent_of_segments(coded_long, tmp_path: Path) -> None:
    project, tid, other, turns, src, seg_ids, before = coded_long
    with project.read() as s:
        t = s.get(Transcript, tid)
        title, inf_id, guid = t.title, t.informant_id, t.guid
    # The edits a researcher makes to a source: a typo fixed, a missed sentence added, one sentence removed.
    changed = turns[21][1][2]
    turns[21][1][2] = changed.replace(" i uke ", " i  uka ")
    removed = turns[41][1].pop(1)
    turns[61][1].insert(2, "Dette er en ny setning som manglet.")
    assert len(before) >= 300
    changed_line = _line_of(project, tid, changed)
    removed_line = _line_of(project, tid, removed)
    write(src, turns)
    snapshot = dump(project)

    plan = plan_import(project, src)
    prepare_reimport(project, tid, plan)
    assert [sp.pseudonym for sp in plan.speakers] == ["I", "A"]
    changes = commit_reimport(project, tid, plan)
    report = changes.value

    after = _segment_texts(project, tid)
    assert set(after) == set(before) == {m.segment_id for m in report.segments}  # nothing dropped
    same = sum(1 for sid in before if after[sid] == before[sid])
    assert same / len(before) >= 0.99
    assert report.same_text_percent == pytest.approx(100 * same / len(before))
    check = {m.segment_id: m for m in report.to_check()}
    assert {sid for sid in before if after[sid] != before[sid]} == set(check)
    assert {m.status for m in check.values()} == {"changed", "unaligned"}
    assert any(m.before == f"A, l. {changed_line}" and m.status == "changed" for m in check.values())
    gone = [m for m in check.values() if m.status == "unaligned"]
    assert gone and all(m.before == f"A, l. {removed_line}" for m in gone)
    assert report.count("moved") > 40  # lines between the removed and the added sentence move up by one
    assert report.lines_after == report.lines_before
    # Same transcript: id, title, informant, other transcript untouched; text and hash are the new file's.
    with project.read() as s:
        t = s.get(Transcript, tid)
        assert (t.title, t.informant_id, t.guid) == (title, inf_id, guid)
        assert "Dette er en ny setning som manglet." in t.text and removed not in t.text
        assert t.content_hash == plan.content_hash
        assert "Kari" not in t.text and "[navn 1]" in t.text
        assert set(s.scalars(select(Turn.speaker).where(Turn.transcript_id == tid))) == {"I", "A"}
        assert s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) == "A"
        assert len(list(s.scalars(select(Informant.id)))) == 2
        q = s.scalars(select(Quote)).one()
        seg = s.get(Segment, q.segment_id)
        assert seg.start < q.trim_start < q.trim_end <= seg.end  # the trim moved with the segment
        assert t.text[q.trim_start:q.trim_end] == before[seg_ids[10]][4:-1]
        assert len(list(s.scalars(select(Memo.id)))) == 2
    assert snapshot["transcripts"] != dump(project)["transcripts"]
    assert any("check" in ln for ln in summary_lines(report))
    assert {h.transcript_id for h in index_for(project).search("manglet").hits} == {tid}
    # One undo gives back the identical database.
    project.revert(changes)
    assert dump(project) == snapshot


def test_reimport_of_the_same_file_is_not_a_duplicate_and_moves_nothing(coded) -> None:
    project, tid, other, turns, src, seg_ids, before = coded
    plan = plan_import(project, src)
    assert plan.duplicate_of == tid
    prepare_reimport(project, tid, plan)
    assert plan.duplicate_of is None
    report = commit_reimport(project, tid, plan).value
    assert report.count("kept") == len(before) and not report.to_check()
    assert _segment_texts(project, tid) == before


def test_reimport_with_a_review_that_keeps_a_word_reanchors_around_it(coded) -> None:
    """Fixing a review: a name left in by choice changes the text inside segments, which are listed."""
    project, tid, other, turns, src, seg_ids, before = coded
    plan = plan_import(project, src)
    prepare_reimport(project, tid, plan)
    spans = [sp for sp in plan.spans if plan.speech[sp.start:sp.end] != "Kari"]
    report = commit_reimport(project, tid, plan, accepted_spans=spans).value
    assert {m.status for m in report.to_check()} == {"changed"}
    assert all(m.similarity >= 60 for m in report.to_check())
    assert len(report.segments) == len(before)


def test_reimport_refuses_another_transcripts_file_and_unknown_ids(coded, tmp_path: Path) -> None:
    project, tid, other, *_ = coded
    plan = plan_import(project, tmp_path / "other.txt")
    with pytest.raises(ReimportError, match="already in the project as transcript"):
        commit_reimport(project, tid, plan)
    with pytest.raises(ReimportError, match="not found"):
        commit_reimport(project, 999, plan)


def test_reimport_scrubs_the_old_version_from_backups(coded) -> None:
    project, tid, other, turns, src, *_ = coded
    old = turns[5][1][1]
    backup = backup_file(project.db_path, project.path / "backups", "open")
    assert old.encode() in backup.read_bytes()
    turns[5][1][1] = "En helt ny formulering."
    write(src, turns)
    plan = plan_import(project, src)
    prepare_reimport(project, tid, plan)
    report = commit_reimport(project, tid, plan).value
    assert report.backups == (f"scrubbed {backup.name}",)
    for f in (project.db_path, backup, project.path / "project.db-wal"):
        if f.exists():
            assert old.encode() not in f.read_bytes()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT count(*) FROM transcripts").fetchone() == (1,)  # the other one stays
    con.close()


def test_offset_map_snaps_changed_text_outward() -> None:
    old = "Ja. Vi bodde i Bergen da. Det var fint."
    new = "Ja. Vi bodde i [sted 1] da. Det var fint."
    lines_old = [(0, 3), (4, 25), (26, 39)]
    lines_new = [(0, 3), (4, 27), (28, 41)]
    om = OffsetMap.between(old, lines_old, new, lines_new)
    assert om.map(4, "start") == 4 and om.map(25, "end") == 27
    assert new[om.map(15, "start"):om.map(21, "end")] == "[sted 1]"
    assert om.exact(26) == 28 and om.exact(16) is None


def test_rename_and_resolve(coded) -> None:
    project, tid, other, *_ = coded
    assert resolve_transcript(project, str(tid)) == tid
    assert resolve_transcript(project, "A") == tid and resolve_transcript(project, "b") == other
    changes = rename_transcript(project, tid, "  Første   intervju ")
    assert resolve_transcript(project, "Første intervju") == tid
    with pytest.raises(TranscriptError, match="needs a title"):
        rename_transcript(project, tid, "   ")
    with pytest.raises(TranscriptError, match="no transcript"):
        resolve_transcript(project, "Z")
    project.revert(changes)
    with project.read() as s:
        assert s.get(Transcript, tid).title == "Intervju A"


def test_delete_scrubs_and_undo_restores(coded) -> None:
    project, tid, other, turns, src, seg_ids, before = coded
    backup = backup_file(project.db_path, project.path / "backups", "open")
    word = turns[3][1][1]
    snapshot = dump(project)
    assert tid in {h.transcript_id for h in index_for(project).search("musikken").hits}
    plan = plan_transcript_delete(project, tid)
    assert (plan.segments, plan.quotes, plan.memos) == (len(before), 1, 2)
    changes = delete_transcript_scrubbed(project, tid)
    assert changes.value.backups == (f"scrubbed {backup.name}",)
    with project.read() as s:
        assert s.get(Transcript, tid) is None
        assert not list(s.scalars(select(Segment.id))) and not list(s.scalars(select(Memo.id)))
        assert s.scalar(select(Informant.id).where(Informant.label == "A")) is not None  # the person stays
    for f in (project.db_path, backup, project.path / "project.db-wal"):
        if f.exists():
            assert word.encode() not in f.read_bytes()
    assert tid not in {h.transcript_id for h in index_for(project).search("musikken").hits}
    project.revert(changes)  # undo data lived in memory only
    assert dump(project) == snapshot


def test_titles_name_the_pseudonym_never_the_heading(tmp_path: Path) -> None:
    with open_project(_new(tmp_path)) as project:
        f = tmp_path / "h.txt"
        body = "\n\nIntervjuer: Hvordan går det?\n\nKari: Det går fint.\n\nIntervjuer: Bra.\n\nKari: Ja.\n"
        f.write_text("Samtale med Kari Nordmann" + body, encoding="utf-8")
        t1 = _import(project, f)
        f.write_text("Andre samtale med Kari Nordmann" + body, encoding="utf-8")
        plan = plan_import(project, f)
        plan.speakers[1].pseudonym, plan.speakers[1].existing = "A", True
        t2 = int(commit_import(project, plan).value)
        with project.read() as s:
            assert [s.get(Transcript, t).title for t in (t1, t2)] == ["Intervju A", "Intervju A (2)"]
        with project.transaction("en") as tx:
            tx.session.add(Setting(key="language", value="en"))
        f.write_text("Interview with Kari" + body.replace("Kari", "Ola"), encoding="utf-8")
        t3 = _import(project, f)
        with project.read() as s:
            assert s.get(Transcript, t3).title == "Interview B"


def _text(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    lines, pos = [], 0
    for s in sentences:
        lines.append((pos, pos + len(s)))
        pos += len(s) + 1
    return " ".join(sentences), lines


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["keep", "drop", "edit", "add"]), st.integers(0, 10**6)),
                min_size=1, max_size=60))
def test_offset_map_keeps_every_unchanged_line_exactly(ops: list[tuple[str, int]]) -> None:
    """Whatever is edited around them, lines that stay the same map exactly, and offsets never run backwards."""
    from tests.reimport_helpers import sentences

    pool = sentences(len(ops) * 2, seed=len(ops))
    old_s, new_s, kept = [], [], []
    for i, (op, n) in enumerate(ops):
        s = pool[i]
        if op != "add":
            old_s.append(s)
        if op == "keep":
            kept.append((len(old_s) - 1, len(new_s)))
            new_s.append(s)
        elif op == "edit":
            new_s.append(s.replace(" i uke ", f" i uke {n % 7} "))
        elif op == "add":
            new_s.append(pool[len(ops) + i])
    old, ol = _text(old_s)
    new, nl = _text(new_s)
    om = OffsetMap.between(old, ol, new, nl)
    for oi, ni in kept:
        assert (om.map(ol[oi][0], "start"), om.map(ol[oi][1], "end")) == nl[ni]
    starts = [om.map(p, "start") for p in range(0, len(old) + 1, 7)]
    assert starts == sorted(starts) and all(0 <= p <= len(new) for p in starts)


def test_reimport_gives_a_transcript_without_informant_the_files_one(tmp_path: Path) -> None:
    from tests.privacy_helpers import make_transcript

    with open_project(_new(tmp_path), backup=False) as project:
        tid = make_transcript(project, "Notat", [("I", ["Hvordan var det?"]), ("X", ["Det var fint."])], None)
        plan = plan_import(project, write(tmp_path / "n.txt", interview(turns=4)))
        prepare_reimport(project, tid, plan)
        assert [(sp.pseudonym, sp.role) for sp in plan.speakers] == [("I", "interviewer"), ("X", "informant")]
        report = commit_reimport(project, tid, plan).value
        with project.read() as s:
            t = s.get(Transcript, tid)
            assert t.title == "Notat" and t.informant_id is not None
            assert s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) == report.informant == "X"
            assert set(s.scalars(select(Turn.speaker).where(Turn.transcript_id == tid))) == {"I", "X"}
