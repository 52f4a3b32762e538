"""The counts the overview panels keep between reads (code tree, theme tree, Steps, raters) follow the
``Changes`` of each write — codings, removals, recodings, undo and redo — and always equal a full count."""

from __future__ import annotations

import random

import pytest

from coding import code_queries as cq
from coding import queries
from coding.agreement import RaterTally, raters
from coding.changes import Changes
from coding.method_progress import Coverage, facts
from coding.services.codes import apply_code, create_code, remove_segment
from coding.services.coding_ops import change_segment_code
from coding.services.themes import create_theme, move_codes
from coding.services.transcripts import add_transcript
from coding.store import Project
from coding.themes_read import KeptHierarchy, hierarchy
from tests.coding_fixtures import make_transcript


@pytest.fixture
def coded(project: Project) -> tuple[Project, list[int], list[int]]:
    tids = [int(add_transcript(project, make_transcript(label)).value) for label in ("A", "B", "C")]
    area = int(create_theme(project, "Mestring").value)
    other = int(create_theme(project, "Trygghet").value)
    codes = [int(create_code(project, n).value) for n in ("musikk", "gruppe", "rytme", "ro")]
    move_codes(project, codes[:2], area)
    move_codes(project, codes[2:3], other)
    return project, tids, codes


def test_kept_counts_follow_each_change_and_equal_a_full_count(coded: tuple[Project, list[int], list[int]]) -> None:
    project, tids, codes = coded
    tree, cov, tally, themed = cq.TreeCounts(), Coverage(), RaterTally(), KeptHierarchy()
    tree.tree(project)
    facts(project, cov)
    tally.raters(project)
    hierarchy(project, themed)
    rnd = random.Random(3)
    history: list[Changes] = []
    seen = 0
    for step in range(40):
        kind = rnd.random()
        segs = queries.segments(project)
        if kind < 0.55 or not segs:
            t = queries.transcript(project, rnd.choice(tids))
            ln = rnd.choice(t.lines)
            ch = apply_code(project, t.id, ln.start, ln.end, rnd.choice(codes), coder=rnd.choice(["AB", "CD"]),
                            coding_pass=rnd.choice([1, 2]))
        elif kind < 0.7:
            ch = remove_segment(project, rnd.choice(segs).id)
        elif kind < 0.8:
            ch = change_segment_code(project, rnd.choice(segs).id, rnd.choice(codes))
        elif history:
            ch = project.revert(history.pop(), "undo")  # an undo deletes or restores segments
        else:
            continue
        if ch.touched:
            history.append(ch)
        # The tree sees each write; Steps and the raters see the merged writes of a burst (a settle).
        assert tree.tree(project, ch) == cq.code_tree(project), f"code tree after step {step}"
        if step % 3 == 2:
            burst = Changes.merge(history[seen:])
            seen = len(history)
            assert facts(project, cov, burst) == facts(project), f"Steps facts after step {step}"
            assert tally.raters(project, burst) == raters(project), f"raters after step {step}"
            assert hierarchy(project, themed, burst) == hierarchy(project), f"theme tree after step {step}"
    assert sum(n.segments for n in tree.tree(project)) == len(queries.segments(project)) > 0


def test_plain_coding_recounts_only_the_touched_segments(coded: tuple[Project, list[int], list[int]],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """After a coding, the kept counts read the coding's own segment (by id), not every segment."""
    project, tids, codes = coded
    tree, cov = cq.TreeCounts(), Coverage()
    tree.tree(project)
    facts(project, cov)
    t = queries.transcript(project, tids[0])
    ch = apply_code(project, t.id, t.lines[1].start, t.lines[1].end, codes[0], coder="AB")
    statements: list[str] = []
    from sqlalchemy import event

    def seen(_c: object, _cur: object, statement: str, *_a: object) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(project.engine, "before_cursor_execute", seen)
    try:
        tree.tree(project, ch)
        facts(project, cov, ch)
    finally:
        event.remove(project.engine, "before_cursor_execute", seen)
    on_segments = [s for s in statements if "FROM segments" in s]
    assert on_segments and all("WHERE" in s and ("IN (" in s or "IN (__[" in s) for s in on_segments), on_segments
