"""Recontextualisation reads: theme reader, transcript overlay (property-tested) and informant profiles."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from coding.recontext import informant_profiles, overlay, theme_reader
from coding.services import themes as th
from coding.services.codes import apply_code, create_code
from coding.store import Project
from coding.store.models import Segment
from tests.themes_fixture import make_transcript

TURNS = [["Hva tenker du om det?"], ["Jeg spilte mye.", "Det ga meg ro.", "Så ble det vanskelig."],
         ["Hvordan da?"], ["Jeg vet ikke.", "Kanskje tiden.", "[pause] Ja."]]


def test_theme_reader_groups_by_informant_with_context(project):
    ta, la = make_transcript(project, "B", TURNS)
    tb, lb = make_transcript(project, "A", TURNS)
    area = th.create_theme(project, "Ro").value
    sub = th.create_theme(project, "Tid", parent_id=area).value
    other = th.create_theme(project, "Annet").value
    c1, c2, c3 = (create_code(project, n).value for n in ("ro", "tid", "annet"))
    th.move_code(project, c1, area)
    th.move_code(project, c2, sub)
    th.move_code(project, c3, other)
    s_b = apply_code(project, ta, *la[2], c1).value
    apply_code(project, tb, *lb[6], c2)
    apply_code(project, tb, *lb[1], c1)
    apply_code(project, tb, *lb[3], c3)  # another theme: not in the reader
    th.set_summary(project, area, "Jeg fant ro i musikken.")
    g = th.add_golden_quote(project, area, s_b).value
    r = theme_reader(project, area, context=1)
    assert r.node.summary == "Jeg fant ro i musikken."
    assert [s.name for s in r.subgroups] == ["Tid"]
    assert [g_.label for g_ in r.groups] == ["A", "B"]
    assert [(i.text, i.first_line, i.code_name) for i in r.groups[0].items] == [
        ("Jeg spilte mye.", 2, "ro"), ("Kanskje tiden.", 7, "tid")]
    b = r.groups[1].items[0]
    assert (b.text, b.reference, b.transcript_title) == ("Det ga meg ro.", "B, l. 3", "Intervju B")
    assert [(c.number, c.text) for c in b.before + b.after] == [(2, "Jeg spilte mye."), (4, "Så ble det vanskelig.")]
    assert r.golden == {s_b: g} and r.segment_count == 3
    assert theme_reader(project, sub).segment_count == 1


def test_informant_profiles(project):
    ta, la = make_transcript(project, "A", TURNS)
    make_transcript(project, "B", TURNS)
    x, y = th.create_theme(project, "X").value, th.create_theme(project, "Y").value
    sub = th.create_theme(project, "Xs", parent_id=x).value
    c1, c2, c3 = (create_code(project, n).value for n in ("c1", "c2", "c3"))
    th.move_code(project, c1, x)
    th.move_code(project, c2, sub)
    th.move_code(project, c3, y)
    apply_code(project, ta, la[1][0], la[3][1], c1)  # l.2–4
    apply_code(project, ta, *la[2], c2)  # l.3 (same area)
    apply_code(project, ta, *la[5], c3)  # l.6
    a, b = informant_profiles(project)
    assert (a.label, a.total_lines, a.themed_lines) == ("A", 8, 4)
    assert [(t.name, t.segments, t.lines) for t in a.themes] == [("X", 2, 3), ("Y", 1, 1)]
    assert (b.label, b.themes, b.themed_lines) == ("B", (), 0)


def test_overlay_bands_and_navigation(project):
    tid, ln = make_transcript(project, "A", TURNS)
    x = th.create_theme(project, "X", color="#ff0000").value
    c = create_code(project, "c").value
    u = create_code(project, "u").value  # uncategorised: does not count as themed
    th.move_code(project, c, x)
    apply_code(project, tid, ln[1][0], ln[2][1], c)
    apply_code(project, tid, *ln[4], u)
    o = overlay(project, tid)
    assert [(b.name, b.color, b.start, b.end) for b in o.bands] == [("X", "#ff0000", ln[1][0], ln[2][1])]
    assert o.uncovered_lines == ((1, 1), (4, 8))
    assert (o.themed_lines, o.total_lines) == (2, 8)
    assert o.uncovered[0] == (0, ln[0][1])
    assert o.uncovered[1][0] == ln[3][0]
    total = sum(e - s for s, e in ln)
    assert o.total_chars == total and o.themed_chars == ln[1][1] - ln[1][0] + ln[2][1] - ln[2][0]
    assert 0 < o.share < 1


seg_strategy = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60), st.integers(0, 2)), max_size=12)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One project for every hypothesis example; each example reverts its own segments."""
    project = Project.create(tmp_path_factory.mktemp("ov") / "p.kondens")
    tid, ln = make_transcript(project, "A", TURNS)
    x, y = th.create_theme(project, "X").value, th.create_theme(project, "Y").value
    sub = th.create_theme(project, "Ys", parent_id=y).value
    codes = [create_code(project, n).value for n in ("cx", "csub", "free")]
    th.move_code(project, codes[0], x)
    th.move_code(project, codes[1], sub)
    yield project, tid, ln, (x, y), codes
    project.close()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(segs=seg_strategy)
def test_overlay_uncovered_is_complement_of_themed_segments(shared, segs):
    project, tid, ln, areas, codes = shared
    text = project_text(project, tid)
    rows = []
    for start, length, which in segs:
        start = min(start, len(text) - 1)
        rows.append({"transcript_id": tid, "code_id": codes[which], "start": start,
                     "end": min(len(text), start + length), "guid": f"g{len(rows)}"})
    if not rows:
        check(project, tid, ln, areas, text, [])
        return
    with project.transaction("segments") as tx:
        tx.session.execute(insert(Segment), rows)
    try:
        check(project, tid, ln, areas, text, sorted((r["start"], r["end"]) for r in rows if r["code_id"] != codes[2]))
    finally:
        project.revert(tx.changes)


def check(project, tid, ln, areas, text, themed):
    covered = [False] * len(text)
    for a, b in themed:
        for k in range(a, b):
            covered[k] = True
    o = overlay(project, tid)
    in_unc = [False] * len(text)
    prev_end = -1
    for a, b in o.uncovered:
        assert a >= prev_end and a < b
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev_end = b
        for k in range(a, b):
            in_unc[k] = True
    for k, ch in enumerate(text):
        assert not (in_unc[k] and covered[k])
        if not ch.isspace():
            assert in_unc[k] != covered[k], (k, ch)
    band_cov = [False] * len(text)
    for band in o.bands:
        assert band.area_id in areas  # the subgroup's code counts for its area
        for k in range(band.start, band.end):
            band_cov[k] = True
    assert band_cov == covered
    untouched = {n for n, (a, b) in enumerate(ln, start=1) if not any(covered[a:b])}
    got = {n for a, b in o.uncovered_lines for n in range(a, b + 1)}
    assert got == untouched
    assert o.themed_chars == sum(sum(covered[a:b]) for a, b in ln)
    assert o.themed_lines == len(ln) - len(untouched)


def project_text(project, tid: int) -> str:
    from coding.queries import transcript
    return transcript(project, tid).text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(segs=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)), min_size=1, max_size=10))
def test_theme_reader_line_numbers_match_the_lines_a_segment_overlaps(shared, segs):
    """The reader's first/last line (looked up in SQL) against brute force: every line the span overlaps,
    for spans that start or end in the gaps between lines, before the first or after the last."""
    project, tid, ln, (x, _y), codes = shared
    text = project_text(project, tid)
    rows = []
    for start, length in segs:
        start = min(start, len(text) - 1)
        rows.append({"transcript_id": tid, "code_id": codes[0], "start": start,
                     "end": min(len(text), start + length), "guid": f"l{len(rows)}"})
    with project.transaction("segments") as tx:
        tx.session.execute(insert(Segment), rows)
    try:
        items = [it for g in theme_reader(project, x).groups for it in g.items]
        assert len(items) == len(rows)
        for it in items:
            hit = [n for n, (a, b) in enumerate(ln, start=1) if a < it.end and b > it.start]
            assert (it.first_line, it.last_line) == ((hit[0], hit[-1]) if hit else (0, -1)), (it.start, it.end)
            assert it.text == text[it.start:it.end]
    finally:
        project.revert(tx.changes)
