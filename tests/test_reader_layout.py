"""The Qt-free bookkeeping behind the coding view: columns, coverage, offsets, line lookup."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.reader.layout import LineIndex, OffsetMap, SegmentTable, assign_columns, display_text
from coding.dto import LineDTO, SegmentDTO, TranscriptDTO, TurnDTO


def _overlap(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def test_columns_side_by_side_and_reused() -> None:
    cols = assign_columns([(1, 0, 10), (2, 5, 15), (3, 12, 20), (4, 0, 30)])
    # 4 spans 1,2,3; 1 and 2 overlap; 3 starts after 1 ends so it may take 1's column.
    assert cols[4] != cols[1] and cols[4] != cols[2] and cols[1] != cols[2]
    assert cols[3] == cols[1]
    assert max(cols.values()) == 2  # three columns = the maximum overlap depth


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), max_size=60))
def test_columns_never_collide_and_are_minimal(spans: list[tuple[int, int]]) -> None:
    items = [(i, s, s + n) for i, (s, n) in enumerate(spans)]
    cols = assign_columns(items)
    for a in items:
        for b in items:
            if a[0] < b[0] and _overlap(a, b):
                assert cols[a[0]] != cols[b[0]]
    depth = max((sum(1 for it in items if it[1] <= x < it[2]) for x in range(0, 241)), default=0)
    assert max(cols.values(), default=-1) + 1 == depth


def _dto() -> TranscriptDTO:
    text = "Hva gjør du? \n\nJeg spiller. Vi synger sammen.\n\nFint."
    turns = (TurnDTO(1, 0, "I", "interviewer", 0, 13, None), TurnDTO(2, 1, "A", "informant", 15, 45, None),
             TurnDTO(3, 2, "I", "interviewer", 47, 52, None))
    lines = (LineDTO(1, 1, 1, 0, 12), LineDTO(2, 2, 2, 15, 27), LineDTO(3, 3, 2, 28, 45), LineDTO(4, 4, 3, 47, 52))
    return TranscriptDTO(1, "t", "A", text, turns, lines)


def test_display_text_breaks_rows_at_line_starts_and_keeps_offsets() -> None:
    t = _dto()
    shown = display_text(t)
    assert len(shown) == len(t.text)
    assert shown[27] == "\u2028" and shown.count("\u2028") == 1
    assert shown.replace("\u2028", " ") == t.text


def test_line_index_and_labels() -> None:
    t = _dto()
    idx = LineIndex(t.lines, t.turns)
    assert idx.index_at(0) == 0 and idx.index_at(30) == 2 and idx.index_at(46) == 2
    assert idx.is_turn_start(1) and not idx.is_turn_start(2)
    assert idx.speaker(2) == "A" and idx.turn_range(2) == (15, 45)
    assert idx.label(15, 45) == "l. 2–3" and idx.label(16, 20) == "l. 2"


def test_segment_table_coverage_and_uncoded_walk() -> None:
    t = _dto()
    table = SegmentTable(LineIndex(t.lines, t.turns))
    table.load([SegmentDTO(10, 1, 5, 15, 27, "", 1, "")])
    assert table.coverage == [0, 1, 0, 0]
    assert table.next_uncoded(0, 1) == 2 and table.next_uncoded(2, -1) == 0
    table.add(SegmentDTO(11, 1, 6, 15, 45, "", 1, ""))
    assert table.coverage == [0, 2, 1, 0] and table.columns[11] != table.columns[10]
    table.remove(10)
    assert table.coverage == [0, 1, 1, 0]
    table.add(SegmentDTO(12, 1, 6, 0, 12, "", 1, ""))
    assert table.columns[12] == 0
    assert table.next_uncoded(0, 1) == 3 and table.next_uncoded(3, 1) is None


def test_incremental_add_matches_no_collision_rule() -> None:
    rnd = random.Random(5)
    lines = tuple(LineDTO(i, i + 1, 1, i * 10, i * 10 + 9) for i in range(50))
    table = SegmentTable(LineIndex(lines, (TurnDTO(1, 0, "A", "informant", 0, 499, None),)))
    segs = []
    for sid in range(200):
        a = rnd.randrange(0, 480)
        s = SegmentDTO(sid, 1, 1, a, a + rnd.randint(1, 60), "", 1, "")
        segs.append(s)
        table.add(s)
        if sid % 3 == 0:
            table.remove(rnd.choice(segs).id)
    live = list(table.segments.values())
    for a in live:
        for b in live:
            if a.id < b.id and a.start < b.end and b.start < a.end:
                assert table.columns[a.id] != table.columns[b.id]


def test_offset_map_handles_astral_characters() -> None:
    text = "ab😀cd😀e"
    m = OffsetMap(text)
    # In UTF-16 each emoji takes two units.
    assert [m.to_doc(i) for i in range(len(text) + 1)] == [0, 1, 2, 4, 5, 6, 8, 9]
    assert [m.to_offset(m.to_doc(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    plain = OffsetMap("æøå")
    assert plain.to_doc(2) == 2 and plain.to_offset(2) == 2


def test_segments_on_lines_are_exactly_those_touching_them() -> None:
    """Painting asks the table for the segments on the visible lines only; none may be missing (a stripe
    or tint would vanish) after any mix of loads, adds and removes."""
    rnd = random.Random(11)
    lines = tuple(LineDTO(i, i + 1, i // 4 + 1, i * 10, i * 10 + 8) for i in range(60))  # gaps between lines
    turns = tuple(TurnDTO(k + 1, k, "A", "informant", k * 40, k * 40 + 38, None) for k in range(15))
    table = SegmentTable(LineIndex(lines, turns))
    table.load([SegmentDTO(s, 1, 1, a, a + rnd.randint(1, 90), "", 1, "")
                for s, a in enumerate(rnd.randrange(0, 590) for _ in range(80))])
    for sid in range(80, 200):
        if sid % 4 == 0:
            table.remove(rnd.choice(list(table.segments)))
        a = rnd.randrange(0, 590)
        table.add(SegmentDTO(sid, 1, 1, a, a + rnd.randint(1, 90), "", 1, ""))
    for _ in range(200):
        first = rnd.randrange(0, 60)
        last = min(59, first + rnd.randrange(0, 12))
        lo, hi = lines[first].start, lines[last].end
        found = {s.id for s in table.on_lines(first, last)}
        touching = {s.id for s in table.segments.values() if table.index.range_of(s.start, s.end) is not None
                    and not (table.index.range_of(s.start, s.end)[1] < first  # type: ignore[index]
                             or table.index.range_of(s.start, s.end)[0] > last)}  # type: ignore[index]
        assert found == touching
        assert {s.id for s in table.segments.values() if s.start < hi and s.end > lo} <= found
    assert sum(table.coverage) == sum(len(table._on_line[i]) for i in range(60))


def test_offset_map_of_a_long_text_without_emoji_is_the_identity() -> None:
    text = "Jeg bodde på Ørsta – «heime» – i mange år. " * 2000
    m = OffsetMap(text)
    assert m.to_doc(len(text)) == len(text) and m.to_offset(50_000) == 50_000
    assert OffsetMap(text + "😀").to_doc(len(text) + 1) == len(text) + 2
