"""Redact later: offsets stay anchored, tags continue numbering, undo restores, no trace in files."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from coding.services.codes import apply_code, create_code
from coding.services.privacy_scan import scan_folder
from coding.services.redaction import RedactionError, Shift, redact, redact_text, selection_occurrences
from coding.store import Project
from coding.store.models import Line, Memo, Quote, Segment, ThemeNode, Transcript, Turn
from tests.privacy_helpers import make_transcript

T1 = [
    ("I", ["Hvem jobbet du sammen med?"]),
    ("A", ["Jeg jobbet med Ragnhild på [sted 1].", "Ragnhild var flink.", "Etterpå kom [navn 1] og Ragnhilds venn."]),
    ("I", ["Og så?"]),
    ("A", ["Da flyttet vi.", "Ragnhild ble igjen."]),
]
T2 = [("I", ["Kjenner du Ragnhild?"]), ("B", ["Ja, Ragnhild er tanten min."])]


def snapshot(project: Project, tid: int) -> dict[str, object]:
    """Everything anchored in a transcript, as the text each offset pair points at."""
    with project.read() as s:
        text = s.scalar(select(Transcript.text).where(Transcript.id == tid))
        assert text is not None
        turns = [text[a:b] for a, b in s.execute(select(Turn.start, Turn.end).where(Turn.transcript_id == tid)
                                                .order_by(Turn.index))]
        lines = [text[a:b] for a, b in s.execute(select(Line.start, Line.end).where(Line.transcript_id == tid)
                                                .order_by(Line.number))]
        segs = {i: text[a:b] for i, a, b in s.execute(select(Segment.id, Segment.start, Segment.end)
                                                      .where(Segment.transcript_id == tid))}
        quotes = {q.id: (text[q.trim_start:q.trim_end], [text[a:b] for a, b in json.loads(q.cuts)])
                  for q in s.scalars(select(Quote))}
        return {"text": text, "turns": turns, "lines": lines, "segments": segs, "quotes": quotes}


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


@pytest.fixture
def coded(project: Project) -> tuple[Project, int, int, dict[str, int]]:
    t1 = make_transcript(project, "Intervju A", T1, "A")
    t2 = make_transcript(project, "Intervju B", T2, "B")
    code = create_code(project, "samarbeid").value
    with project.read() as s:
        text = s.scalar(select(Transcript.text).where(Transcript.id == t1))
    assert text is not None
    segs = {
        # spans the name in the middle
        "around": apply_code(project, t1, *find(text, "Jeg jobbet med Ragnhild på"), code).value,
        # starts after the first name: only shifts
        "after": apply_code(project, t1, *find(text, "var flink"), code).value,
        # ends inside the name, starts inside another: snaps to whole tags
        "partial": apply_code(project, t1, find(text, "Ragnhild var")[0] + 3, find(text, "flink")[1], code).value,
        "before": apply_code(project, t1, *find(text, "Hvem jobbet"), code).value,
    }
    a, b = find(text, "Etterpå kom [navn 1] og Ragnhilds venn.")
    ca, cb = find(text, "[navn 1] og ")
    with project.transaction("quote + memos") as tx:
        tx.session.add(Quote(segment_id=segs["after"], trim_start=a, trim_end=b, cuts=json.dumps([[ca, cb]])))
        tx.session.add(Memo(target_type="transcript", target_id=t1, text="Ragnhild virker viktig."))
        tx.session.add(Memo(target_type="journal", title="Om Ragnhild", text="Ragnhild igjen."))
        tx.session.add(ThemeNode(name="Samarbeid", summary="Jeg jobbet med Ragnhild, sier A."))
    return project, t1, t2, segs


def expected(before: dict[str, object], tag: str) -> dict[str, object]:
    def r(v: object) -> object:
        if isinstance(v, str):
            return v.replace("Ragnhilds", tag).replace("Ragnhild", tag)
        if isinstance(v, list):
            return [r(x) for x in v]
        if isinstance(v, tuple):
            return tuple(r(x) for x in v)
        if isinstance(v, dict):
            return {k: r(x) for k, x in v.items()}
        return v

    return r(before)  # type: ignore[return-value]


def test_shift_maps_offsets() -> None:
    sh = Shift([(10, 14, 8), (20, 24, 8)])
    assert sh.map(5, "start") == 5 and sh.map(10, "start") == 10 and sh.map(10, "end") == 10
    assert sh.map(12, "start") == 10 and sh.map(12, "end") == 18
    assert sh.map(14, "end") == 18 and sh.map(15, "start") == 19
    assert sh.map(22, "end") == 32 and sh.map(22, "start") == 24 and sh.map(30, "end") == 38


def test_redact_in_one_transcript_keeps_codings(coded: tuple[Project, int, int, dict[str, int]]) -> None:
    project, t1, t2, segs = coded
    before, other = snapshot(project, t1), snapshot(project, t2)
    text = str(before["text"])
    changes = redact(project, t1, *find(text, "Ragnhild"), "person")
    res = changes.value
    assert res.tag == "[navn 2]"  # continues the numbering already in the transcript
    assert res.occurrences == 4 and res.transcripts == (t1,)
    assert changes.touches("transcripts", "segments", "lines", "turns", "quotes")
    after = snapshot(project, t1)
    assert "Ragnhild" not in str(after["text"])
    want = expected(before, "[navn 2]")
    assert after["turns"] == want["turns"] and after["lines"] == want["lines"]
    segs_after = after["segments"]
    assert isinstance(segs_after, dict)
    assert segs_after[segs["around"]] == "Jeg jobbet med [navn 2] på"
    assert segs_after[segs["after"]] == "var flink"
    assert segs_after[segs["partial"]] == "[navn 2] var flink"  # start inside the name snaps to the tag
    assert segs_after[segs["before"]] == "Hvem jobbet"
    assert after["quotes"] == want["quotes"]
    # the other transcript (a different informant) is untouched in this scope
    assert snapshot(project, t2) == other
    with project.read() as s:
        memos = {m.target_type: m.text for m in s.scalars(select(Memo))}
        summary = s.scalar(select(ThemeNode.summary))
    assert memos["transcript"] == "[navn 2] virker viktig."
    assert memos["journal"] == "Ragnhild igjen."  # not anchored in this transcript: out of scope
    assert summary == "Jeg jobbet med Ragnhild, sier A."


def test_redact_everywhere_and_undo(coded: tuple[Project, int, int, dict[str, int]]) -> None:
    project, t1, t2, segs = coded
    b1, b2 = snapshot(project, t1), snapshot(project, t2)
    with project.read() as s:
        memos_before = sorted((m.title, m.text) for m in s.scalars(select(Memo)))
    changes = redact_text(project, "Ragnhild", "person", everywhere=True)
    assert changes.value.tag == "[navn 2]"  # one tag project-wide, after the highest number anywhere
    want = expected(b1, "[navn 2]")
    want["segments"][segs["partial"]] = "[navn 2] var flink"  # type: ignore[index]
    assert snapshot(project, t1) == want
    assert snapshot(project, t2) == expected(b2, "[navn 2]")
    with project.read() as s:
        assert sorted((m.title, m.text) for m in s.scalars(select(Memo))) == [
            ("", "[navn 2] virker viktig."), ("Om [navn 2]", "[navn 2] igjen.")]
        assert s.scalar(select(ThemeNode.summary)) == "Jeg jobbet med [navn 2], sier A."
    project.revert(changes)
    assert snapshot(project, t1) == b1 and snapshot(project, t2) == b2
    with project.read() as s:
        assert sorted((m.title, m.text) for m in s.scalars(select(Memo))) == memos_before


def test_no_trace_in_any_file_after_closing(coded: tuple[Project, int, int, dict[str, int]]) -> None:
    project, *_ = coded
    backups = project.path / "backups"
    backups.mkdir()
    from coding.store.project import backup_file

    backup_file(project.db_path, backups, "test")
    assert {h.name for h in scan_folder(project.path, ["Ragnhild"])} == {"Ragnhild"}
    redact_text(project, "Ragnhild", "person", everywhere=True)
    project.close()
    assert scan_folder(project.path, ["Ragnhild", "Ragnhilds"]) == []
    assert not any(backups.iterdir())  # the backup held the name: deleted


def test_whole_word_case_sensitive(project: Project) -> None:
    tid = make_transcript(project, "t", [("A", ["Per og Persille og per og Pers bil."])])
    redact_text(project, "Per", "person", everywhere=False, transcript_id=tid)
    with project.read() as s:
        assert s.scalar(select(Transcript.text)) == "[navn 1] og Persille og per og [navn 1] bil."


def test_selection_occurrences_counts_whole_words(project: Project) -> None:
    t1 = make_transcript(project, "a", [("A", ["Per og Persille. Per igjen."])])
    make_transcript(project, "b", [("B", ["Per var der, ikke per."])])
    with project.read() as s:
        text = s.scalar(select(Transcript.text).where(Transcript.id == t1)) or ""
    start, end = find(text, "Per ")
    assert selection_occurrences(project, t1, start, end) == ("Per", 2, 3)
    assert selection_occurrences(project, t1, start, start) == ("", 0, 0)


def test_errors(coded: tuple[Project, int, int, dict[str, int]]) -> None:
    project, t1, *_ = coded
    with pytest.raises(RedactionError):
        redact_text(project, "Finnesikke", "person")
    with pytest.raises(RedactionError):
        redact_text(project, "Ragnhild", "nonsense")
    with pytest.raises(RedactionError):
        redact(project, t1, 0, 10**6, "person")
    with project.read() as s:
        text = s.scalar(select(Transcript.text).where(Transcript.id == t1))
    assert text is not None
    with pytest.raises(RedactionError):
        redact(project, t1, *find(text, "[navn 1]"), "person")  # already a tag
