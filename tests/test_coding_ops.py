"""Coding operations on a fresh project, without Qt: merge, delete, split, reparent, memos, reads."""

from __future__ import annotations

import pytest

from coding import code_queries as cq
from coding import queries
from coding.errors import KondensError
from coding.services import coding_ops as ops
from coding.services.codes import apply_code, create_code
from coding.store import Project
from coding.store.models import Quote
from tests.coding_fixtures import add_transcripts, dump


def line(project: Project, tid: int, number: int) -> tuple[int, int]:
    ln = queries.transcript(project, tid).lines[number - 1]
    return ln.start, ln.end


def seg(project: Project, tid: int, first: int, last: int, code: int, coding_pass: int = 1) -> int:
    a = line(project, tid, first)[0]
    b = line(project, tid, last)[1]
    return apply_code(project, tid, a, b, code, coding_pass=coding_pass).value


def add_quote(project: Project, segment_id: int) -> int:
    with project.transaction("quote") as tx:
        q = Quote(segment_id=segment_id, note="gullsitat")
        tx.session.add(q)
        tx.session.flush()
        tx.value = q.id
    return tx.value


def quote_segment(project: Project, quote_id: int) -> int | None:
    with project.read() as s:
        q = s.get(Quote, quote_id)
        return None if q is None else q.segment_id


def test_merge_collapses_duplicates_appends_and_undoes_exactly(project: Project) -> None:
    ta, tb = add_transcripts(project, "AB")
    a = create_code(project, "tilhørighet", description="Å høre til.").value
    b = create_code(project, "fellesskap", description="Det å være sammen.").value
    child = create_code(project, "gruppa", parent_id=a).value
    s_a1 = seg(project, ta, 4, 5, a)
    dup = seg(project, tb, 4, 4, a)
    keep = seg(project, tb, 4, 4, b)
    s_b2 = seg(project, ta, 10, 10, b)
    ops.set_memo(project, "code", a, "Kom opp i intervju A.")
    ops.set_memo(project, "code", b, "Bredt.")
    ops.set_memo(project, "segment", dup, "viktig linje")
    q = add_quote(project, dup)
    before = dump(project)

    ch = ops.merge_codes(project, a, b)
    assert ch.value == 2
    codes = {c.id: c for c in cq.code_tree(project)}
    assert a not in codes
    assert codes[b].segments == 3  # s_a1 moved, dup collapsed into keep, s_b2
    assert codes[b].informants == 2
    assert codes[child].parent_id == b
    assert codes[b].description.startswith("Det å være sammen.") and "Å høre til." in codes[b].description
    assert "— from tilhørighet —" in codes[b].description
    memo = cq.memo_for(project, "code", b)
    assert memo is not None and "Bredt." in memo.text and "Kom opp i intervju A." in memo.text
    assert cq.memo_for(project, "code", a) is None
    seg_memo = cq.memo_for(project, "segment", keep)
    assert seg_memo is not None and seg_memo.text == "viktig linje"
    assert quote_segment(project, q) == keep
    assert {s.id for s in queries.segments(project)} == {s_a1, keep, s_b2}

    redo = project.revert(ch)
    assert dump(project) == before
    project.revert(redo)
    assert a not in {c.id for c in cq.code_tree(project)}


def test_merge_into_own_descendant_moves_target_up(project: Project) -> None:
    (t,) = add_transcripts(project, "A")
    top = create_code(project, "top").value
    a = create_code(project, "a", parent_id=top).value
    mid = create_code(project, "mid", parent_id=a).value
    b = create_code(project, "b", parent_id=mid).value
    seg(project, t, 2, 2, a)
    ops.merge_codes(project, a, b)
    codes = {c.id: c for c in cq.code_tree(project)}
    assert codes[b].parent_id == top
    assert codes[mid].parent_id == b
    assert codes[b].segments == 1
    with pytest.raises(ops.CodingError):
        ops.merge_codes(project, b, b)


def test_delete_with_children_and_undo(project: Project) -> None:
    ta, tb = add_transcripts(project, "AB")
    root = create_code(project, "musikk").value
    kid = create_code(project, "sang", parent_id=root).value
    grandkid = create_code(project, "kor", parent_id=kid).value
    other = create_code(project, "annet").value
    s1 = seg(project, ta, 2, 3, kid)
    seg(project, tb, 5, 5, grandkid)
    seg(project, tb, 6, 6, root)
    keep = seg(project, ta, 2, 3, other)
    ops.set_memo(project, "segment", s1, "memo på segment")
    ops.set_memo(project, "code", grandkid, "memo på kode")
    add_quote(project, s1)
    kept_quote = add_quote(project, keep)
    before = dump(project)

    ch = ops.delete_code(project, root)
    assert ch.value == 3
    assert [c.id for c in cq.code_tree(project)] == [other]
    assert [s.id for s in queries.segments(project)] == [keep]
    assert queries.memos(project) == []
    assert quote_segment(project, kept_quote) == keep
    with project.read() as s:
        assert s.query(Quote).count() == 1

    project.revert(ch)
    assert dump(project) == before


def test_split_moves_chosen_segments_to_new_sibling(project: Project) -> None:
    ta, tb = add_transcripts(project, "AB")
    parent = create_code(project, "opplevelse").value
    c = create_code(project, "mestring", parent_id=parent).value
    after = create_code(project, "glede", parent_id=parent).value
    s1, s2, s3 = seg(project, ta, 4, 4, c), seg(project, tb, 4, 6, c), seg(project, tb, 10, 10, c)
    ch = ops.split_code(project, c, [s2, s3], "mestring i gruppe")
    new = ch.value
    tree = cq.code_tree(project)
    kids = [n.id for n in cq.children_map(tree)[parent]]
    assert kids == [c, new, after]
    by_id = {n.id: n for n in tree}
    assert by_id[c].segments == 1 and by_id[new].segments == 2 and by_id[new].informants == 1
    assert {s.id for s in queries.segments(project, code_ids=[new])} == {s2, s3}
    with pytest.raises(ops.CodingError, match="not coded"):
        ops.split_code(project, c, [s2], "x")
    with pytest.raises(ops.CodingError):
        ops.split_code(project, c, [], "x")
    before_revert = [s.code_id for s in queries.segments(project)]
    project.revert(ch)
    assert {s.code_id for s in queries.segments(project)} == {c}
    assert new not in by_id or new not in {n.id for n in cq.code_tree(project)}
    assert before_revert != [s.code_id for s in queries.segments(project)]
    assert s1


def test_reparent_refuses_cycles_and_reorders(project: Project) -> None:
    a = create_code(project, "a").value
    b = create_code(project, "b", parent_id=a).value
    c = create_code(project, "c", parent_id=b).value
    d = create_code(project, "d").value
    with pytest.raises(ops.CodingError, match="under itself"):
        ops.reparent_code(project, a, c)
    with pytest.raises(ops.CodingError):
        ops.reparent_code(project, a, a)
    ops.reparent_code(project, d, a, 0)
    kids = cq.children_map(cq.code_tree(project))
    assert [n.id for n in kids[a]] == [d, b]
    ops.reparent_code(project, c, None, 0)
    kids = cq.children_map(cq.code_tree(project))
    assert [n.id for n in kids[None]] == [c, a]
    ops.reorder_code(project, c, 5)
    assert [n.id for n in cq.children_map(cq.code_tree(project))[None]] == [a, c]


def test_rename_recolor_describe(project: Project) -> None:
    a = create_code(project, "a").value
    ops.rename_code(project, a, "  kontroll ")
    ops.recolor_code(project, a, "#AABBCC")
    ops.describe_code(project, a, "Om å ha kontroll.")
    (n,) = cq.code_tree(project)
    assert (n.name, n.color, n.description) == ("kontroll", "#aabbcc", "Om å ha kontroll.")
    with pytest.raises(ops.CodingError):
        ops.rename_code(project, a, "  ")
    with pytest.raises(ops.CodingError):
        ops.recolor_code(project, a, "red")
    assert not ops.rename_code(project, a, "kontroll").touched


def test_change_segment_code_collapses_duplicate(project: Project) -> None:
    (t,) = add_transcripts(project, "A")
    a, b = create_code(project, "a").value, create_code(project, "b").value
    s1 = seg(project, t, 3, 3, a)
    s2 = seg(project, t, 4, 4, a)
    s3 = seg(project, t, 4, 4, b)
    assert ops.change_segment_code(project, s1, b).value == s1
    ch = ops.change_segment_code(project, s2, b)
    assert ch.value == s3
    assert {(s.id, s.code_id) for s in queries.segments(project)} == {(s1, b), (s3, b)}


def test_code_segments_line_ranges_and_context(project: Project) -> None:
    ta, tb = add_transcripts(project, "BA")  # B first in the project, A sorts first in the view
    c = create_code(project, "c").value
    kid = create_code(project, "k", parent_id=c).value
    s_b = seg(project, ta, 5, 6, c)
    a, _ = line(project, tb, 4)
    _, e = line(project, tb, 4)
    s_a = apply_code(project, tb, a + 3, e - 2, kid).value  # part of one line
    got = cq.code_segments(project, c)
    assert [x.id for x in got] == [s_b]
    assert got[0].ref == "B, l. 5–6"
    full = queries.transcript(project, ta)
    assert got[0].text == full.text[full.lines[4].start:full.lines[5].end]
    both = cq.code_segments(project, c, include_children=True, context=2)
    assert [x.id for x in both] == [s_a, s_b]
    assert both[0].ref == "A, l. 4"
    assert [ln.number for ln in both[0].before] == [2, 3] and [ln.number for ln in both[0].after] == [5, 6]
    assert both[0].after[0].speaker == "A" and both[0].before[0].speaker == "I"
    assert [ln.number for ln in both[1].before] == [3, 4]
    assert cq.line_range(project, tb, a + 3, e - 2) == (4, 4)
    # a segment crossing a turn boundary covers the lines of both turns
    _, end3 = line(project, ta, 3)
    assert cq.line_range(project, ta, end3 - 1, end3 + 3) == (3, 4)


def test_progress_and_passes(project: Project) -> None:
    ta, tb, tc = add_transcripts(project, "ABC", n_turns=4, lines_per_turn=5)  # 20 lines, 10 informant
    c = create_code(project, "c").value
    seg(project, ta, 6, 10, c)  # informant turn, 5 lines
    seg(project, ta, 8, 12, c, coding_pass=2)  # overlaps: 8..12 → union 6..12 = 7 lines
    seg(project, tb, 1, 1, c)
    ops.set_coding_pass(project, 2)
    assert ops.current_coding_pass(project) == 2
    prog = {p.transcript_id: p for p in cq.progress(project)}
    assert (prog[ta].lines, prog[ta].lines_coded) == (20, 7)
    assert (prog[ta].informant_lines, prog[ta].informant_lines_coded) == (10, 5)
    assert prog[ta].by_pass == {1: 5, 2: 5}
    assert prog[tb].lines_coded == 1 and prog[tb].informant_lines_coded == 0
    assert prog[tc].lines_coded == 0 and prog[tc].share == 0.0
    ps = cq.passes(project)
    assert [p.number for p in ps] == [1, 2]
    assert dict(ps[0].transcripts) == {ta: 5 / 20, tb: 1 / 20}
    assert dict(ps[1].transcripts) == {ta: 5 / 20}


def test_memos_and_journal(project: Project) -> None:
    (t,) = add_transcripts(project, "A")
    mid = ops.set_memo(project, "transcript", t, "Lang pause etter spørsmål 3.").value
    assert ops.set_memo(project, "transcript", t, "Endret.").value == mid
    assert cq.memo_for(project, "transcript", t).text == "Endret."
    assert ops.set_memo(project, "transcript", t, "  ").value is None
    assert cq.memo_for(project, "transcript", t) is None
    with pytest.raises(KondensError):
        ops.set_memo(project, "code", 999, "x")
    e1 = ops.add_journal_entry(project, "Første runde", "Jeg merker at jeg …", date="2024-03-01").value
    e2 = ops.add_journal_entry(project, "Andre runde", "Nye koder.", date="2024-04-02").value
    assert [m.id for m in cq.journal(project)] == [e2, e1]
    ops.update_journal_entry(project, e1, text="Revidert", date="2024-05-01")
    j = cq.journal(project)
    assert [m.id for m in j] == [e1, e2] and j[0].text == "Revidert" and j[0].created == "2024-05-01"
    ch = ops.delete_journal_entry(project, e2)
    assert [m.id for m in cq.journal(project)] == [e1]
    project.revert(ch)
    assert {m.id for m in cq.journal(project)} == {e1, e2}
    with pytest.raises(KondensError, match="date"):
        ops.add_journal_entry(project, "x", "y", date="i går")
