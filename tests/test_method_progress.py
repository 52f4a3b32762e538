"""The method guide's measures, counted from project data (service level, no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding.method_progress import facts, method_steps
from coding.services.codes import apply_code, create_code
from coding.services.memos import add_journal_entry
from coding.services.method_guide import (
    GuideError,
    current_method,
    forget_missing,
    mark_read,
    reading_states,
    set_method,
)
from coding.services.themes import add_golden_quote, create_theme, move_codes, set_summary
from coding.services.transcripts import delete_transcript
from coding.store import Project
from tests.themes_fixture import make_transcript


def _by_key(steps):
    return {s.key: s for s in steps}


def _m(step, key):
    return next(m for m in step.measures if m.key == key)


def test_demo_progress_thematic(demo_built: Path) -> None:
    with Project.open(demo_built, readonly=True) as p:
        assert current_method(p) == "thematic"
        steps = method_steps(p)
    assert [s.number for s in steps] == [1, 2, 3, 4, 5, 6, 7, None]
    st = _by_key(steps)
    assert (_m(st["read"], "transcripts_read").done, _m(st["read"], "transcripts_read").total) == (4, 4)
    code = st["code"]
    assert _m(code, "transcripts_pass_1").done == 4 and _m(code, "transcripts_pass_2").done == 4
    l1, l2 = _m(code, "lines_pass_1"), _m(code, "lines_pass_2")
    assert l1.total == l2.total > 400 and l1.done > l2.done > 0 and not l1.gauge
    assert _m(st["categorise"], "codes_placed").fraction == 1.0
    assert st["summarise"].done and st["question"].done and st["reorganise"].done
    assert _m(st["reorganise"], "changes_since_first_snapshot").done > 10
    re = _m(st["recontextualise"], "transcripts_reread")
    assert (re.done, re.total) == (1, 4) and st["recontextualise"].fraction == 0.25
    assert _m(st["notes"], "journal_entries").done >= 5
    assert [s.target for s in steps] == ["transcripts", "codes", "themes", "condensation", "matrix",
                                        "snapshots", "overlay", "journal"]


def test_demo_progress_stc(demo_copy: Path) -> None:
    with Project.open(demo_copy) as p:
        set_method(p, "stc")
        assert current_method(p) == "stc"
        steps = method_steps(p)
        assert [s.key for s in steps] == ["impression", "meaning_units", "condense", "synthesise", "notes"]
        st = _by_key(steps)
        assert st["condense"].done
        assert _m(st["condense"], "subgroups_with_golden").done == _m(st["condense"], "subgroups_with_golden").total
        assert 0.5 < st["synthesise"].fraction < 1.0
        # re-reading the other three with the overlay finishes step 4
        for s in reading_states(p):
            mark_read(p, s.transcript_id, "reread")
        assert _by_key(method_steps(p))["synthesise"].done
        with pytest.raises(GuideError):
            set_method(p, "grounded")


def test_fresh_project_starts_at_zero_and_moves(project) -> None:
    tid, spans = make_transcript(project, "A", [["Hei."], ["Jeg spiller.", "Det hjelper.", "Mye."]])
    steps = _by_key(method_steps(project))
    assert not any(s.started for k, s in steps.items() if k != "notes")
    assert steps["read"].fraction == 0.0 and steps["summarise"].fraction == 0.0
    mark_read(project, tid, "read", when="2026-02-01")
    assert _by_key(method_steps(project))["read"].done
    cid = int(create_code(project, "Mestring").value)
    seg = int(apply_code(project, tid, *spans[1], cid, coding_pass=1).value)
    f = facts(project)
    assert f.lines_by_pass == {1: 1} and f.informant_lines == 3 and f.codes_placed == 0
    apply_code(project, tid, *spans[2], cid, coding_pass=2)
    f = facts(project)
    assert f.lines_by_pass == {1: 1, 2: 1} and f.coded_lines == 2
    area = int(create_theme(project, "Musikk").value)
    sub = int(create_theme(project, "Å spille", parent_id=area).value)
    move_codes(project, [cid], sub)
    set_summary(project, sub, "Jeg spiller, og det hjelper.")
    f = facts(project)
    assert (f.codes_placed, f.subgroups_with_condensate, f.subgroups_complete) == (1, 1, 0)
    add_golden_quote(project, sub, seg)
    f = facts(project)
    assert f.subgroups_complete == 1 and f.areas_with_quote == 1 and f.areas_with_summary == 0
    notes = _by_key(method_steps(project))["notes"]
    assert _m(notes, "reflection_notes").done == 0 and _m(notes, "reflection_notes").total >= 3
    add_journal_entry(project, "Første", "Tanker", date="2026-02-02")
    assert _m(_by_key(method_steps(project))["notes"], "reflection_notes").done == 1


def test_read_marks_keep_first_date_clear_and_tidy(project) -> None:
    tid, _ = make_transcript(project, "A", [["Hei."], ["Ja."]])
    other, _ = make_transcript(project, "B", [["Hei."], ["Nei."]])
    assert mark_read(project, tid, "read", when="2026-01-05").value == "2026-01-05"
    assert mark_read(project, tid, "read").value == "2026-01-05"  # marking again keeps the first date
    mark_read(project, tid, "reread", when="2026-03-01")
    states = {s.transcript_id: s for s in reading_states(project)}
    assert (states[tid].read, states[tid].reread) == ("2026-01-05", "2026-03-01")
    assert states[other].read is None
    ch = mark_read(project, tid, "reread", read=False)
    assert ch.value is None and {s.transcript_id: s for s in reading_states(project)}[tid].reread is None
    project.revert(ch, "undo")
    assert {s.transcript_id: s for s in reading_states(project)}[tid].reread == "2026-03-01"
    with pytest.raises(GuideError):
        mark_read(project, tid, "skimmed")
    with pytest.raises(GuideError):
        mark_read(project, 999, "read")
    with pytest.raises(GuideError):
        mark_read(project, tid, "read", when="yesterday")
    delete_transcript(project, tid)
    assert facts(project).read == 0
    assert forget_missing(project).value == 2


def test_kept_coverage_follows_codings_as_a_fresh_count_does(project) -> None:
    """The Steps dock keeps a Coverage between recounts and moves it on by each burst's Changes (segments
    spanning several lines, overlapping, in two passes, removed and undone): it must agree with a fresh
    count after every burst, and with the lines counted by hand here."""
    import random

    from coding.changes import Changes
    from coding.method_progress import Coverage
    from coding.services.codes import remove_segment

    sentences = [f"Setning {i}." for i in range(9)]
    t1, s1 = make_transcript(project, "A", [["Hei."], sentences[:5], ["Ja?"], sentences[5:]])
    t2, s2 = make_transcript(project, "B", [["Hei."], sentences[:6]])
    t3, s3 = make_transcript(project, "A", [["Hei."], sentences[:4]], title="Intervju A, del 2")
    informant_lines = {t1: s1[1:6] + s1[7:], t2: s2[1:], t3: s3[1:]}
    cids = [int(create_code(project, f"kode {i}").value) for i in range(4)]
    areas = [int(create_theme(project, f"Tema {i}").value) for i in range(2)]
    move_codes(project, cids[:2], areas[0])
    move_codes(project, cids[2:3], areas[1])
    rng = random.Random(4)
    kept, live, log = Coverage(), {}, []
    facts(project, kept, None)
    for burst in range(12):
        since = []
        for _ in range(rng.randint(1, 4)):
            if live and rng.random() < 0.3:
                sid = rng.choice(list(live))
                ch = remove_segment(project, sid)
                del live[sid]
            elif log and rng.random() < 0.2:
                ch = project.revert(log.pop(), "undo")
                live = _segments(project)
            else:
                tid, spans = rng.choice([(t1, s1), (t2, s2), (t3, s3)])
                i = rng.randrange(len(spans))
                j = min(len(spans) - 1, i + rng.randint(0, 2))
                # ends may touch a neighbour line's end or start (the space between): not overlapping it
                a = max(0, spans[i][0] + rng.randint(-1, 2))
                b = max(a + 1, spans[j][1] + rng.randint(-2, 1))
                ch = apply_code(project, tid, a, b, rng.choice(cids), coding_pass=rng.choice([1, 1, 2]))
                live = _segments(project)
            log.append(ch)
            since.append(ch)
        got = facts(project, kept, Changes.merge(since))
        fresh = facts(project)
        assert got == fresh, f"burst {burst}"
        by_pass: dict[int, set[tuple[int, int]]] = {}
        for tid, a, b, p, _c in live.values():
            hit = {(tid, la) for la, lb in informant_lines[tid] if a < lb and b > la}
            by_pass.setdefault(0, set()).update(hit)
            by_pass.setdefault(p, set()).update(hit)
        assert got.coded_lines == len(by_pass.get(0, ()))
        assert got.lines_by_pass == {p: len(v) for p, v in by_pass.items() if p}
        informants_per_area = {}
        for tid, _a, _b, _p, c in live.values():
            area = areas[0] if c in cids[:2] else areas[1] if c == cids[2] else None
            if area is not None:
                informants_per_area.setdefault(area, set()).add("A" if tid in (t1, t3) else "B")
        assert got.areas_across_informants == sum(1 for v in informants_per_area.values() if len(v) >= 2)


def _segments(project):
    from sqlalchemy import select

    from coding.store.models import Segment

    with project.read() as s:
        return {int(r[0]): tuple(int(x) for x in r[1:]) for r in s.execute(
            select(Segment.id, Segment.transcript_id, Segment.start, Segment.end, Segment.coding_pass,
                   Segment.code_id))}
