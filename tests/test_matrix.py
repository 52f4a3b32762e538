"""Cross-case matrix against a hand-computed fixture, attribute filters, cell segments and CSV."""

from __future__ import annotations

import csv

import pytest

from coding.matrix import attribute_values, cell_segments, matrix
from coding.services import themes as th
from coding.services.codes import apply_code, create_code
from exports.matrix import write_matrix_csv
from tests.themes_fixture import make_transcript


@pytest.fixture
def fx(project):
    lines3 = [["Hva?"], ["Linje to.", "Linje tre.", "Linje fire."]]
    ta, la = make_transcript(project, "A", lines3, attributes={"rolle": "deltaker", "sted": "Vest"})
    tb, lb = make_transcript(project, "B", lines3, attributes={"rolle": "ansatt", "sted": "Vest"})
    tc, lc = make_transcript(project, "C", lines3, attributes={"rolle": "Deltaker", "sted": "Øst"})
    x = th.create_theme(project, "X").value
    xs = th.create_theme(project, "Xs", parent_id=x).value
    y = th.create_theme(project, "Y").value
    k = {n: create_code(project, n).value for n in ("k1", "k2", "k3", "k4")}
    th.move_code(project, k["k1"], x)
    th.move_code(project, k["k2"], xs)
    th.move_code(project, k["k3"], y)
    # la[i] is line i+1.  A: k1 l.2, k1 l.3, k2 l.2–3, k3 l.4
    apply_code(project, ta, *la[1], k["k1"])
    apply_code(project, ta, *la[2], k["k1"])
    apply_code(project, ta, la[1][0], la[2][1], k["k2"])
    apply_code(project, ta, *la[3], k["k3"])
    # B: k3 l.2–4, k4 (uncategorised) l.2
    apply_code(project, tb, lb[1][0], lb[3][1], k["k3"])
    apply_code(project, tb, *lb[1], k["k4"])
    # C: k1 on part of l.2 only
    apply_code(project, tc, lc[1][0] + 2, lc[1][0] + 5, k["k1"])
    return project, x, xs, y, k


def table(m):
    return {(r.kind, r.name): [(c.segments, c.lines) for c in r.cells] for r in m.rows}


def test_counts_match_hand_computation(fx):
    project, x, xs, y, k = fx
    m = matrix(project)
    assert [c.label for c in m.columns] == ["A", "B", "C"]
    assert [(r.kind, r.name, r.depth) for r in m.rows] == [
        ("area", "X", 0), ("code", "k1", 1), ("subgroup", "Xs", 1), ("code", "k2", 2),
        ("area", "Y", 0), ("code", "k3", 1), ("area", "Uncategorised", 0), ("code", "k4", 1)]
    assert table(m) == {
        ("area", "X"): [(3, 2), (0, 0), (1, 1)],
        ("code", "k1"): [(2, 2), (0, 0), (1, 1)],
        ("subgroup", "Xs"): [(1, 2), (0, 0), (0, 0)],
        ("code", "k2"): [(1, 2), (0, 0), (0, 0)],
        ("area", "Y"): [(1, 1), (1, 3), (0, 0)],
        ("code", "k3"): [(1, 1), (1, 3), (0, 0)],
        ("area", "Uncategorised"): [(0, 0), (1, 1), (0, 0)],
        ("code", "k4"): [(0, 0), (1, 1), (0, 0)],
    }
    x_row = m.rows[0]
    assert (x_row.total.segments, x_row.total.lines) == (4, 3)
    assert m.max_segments == 3


def test_filter_columns_by_attributes(fx):
    project, *_ = fx
    m = matrix(project, {"rolle": "deltaker"})
    assert [c.label for c in m.columns] == ["A", "C"]
    assert table(m)[("area", "Y")] == [(1, 1), (0, 0)]
    assert [c.label for c in matrix(project, {"rolle": "deltaker", "sted": "Vest"}).columns] == ["A"]
    assert attribute_values(project) == {"rolle": ["Deltaker", "ansatt", "deltaker"], "sted": ["Vest", "Øst"]}


def test_cell_segments_read_the_cell(fx):
    project, x, xs, y, k = fx
    m = matrix(project)
    a_id = m.columns[0].informant_id
    items = cell_segments(project, "area", x, a_id)
    assert [(i.code_name, i.first_line, i.last_line) for i in items] == [("k1", 2, 2), ("k2", 2, 3), ("k1", 3, 3)]
    assert items[1].text == "Linje to. Linje tre."
    assert items[1].reference == "A, l. 2–3"
    assert [c.number for c in items[0].before] == [1] and [c.number for c in items[0].after] == [3, 4]
    assert [i.code_name for i in cell_segments(project, "area", None, m.columns[1].informant_id)] == ["k4"]
    assert len(cell_segments(project, "subgroup", xs, a_id)) == 1
    assert cell_segments(project, "code", k["k3"], m.columns[2].informant_id) == []


def test_csv(fx, tmp_path):
    project, *_ = fx
    out = write_matrix_csv(project, tmp_path / "m.csv", lang="en")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["level", "theme area", "subgroup", "code", "A", "B", "C", "total"]
    assert rows[1] == ["theme area", "X", "", "", "3", "0", "1", "4"]
    assert rows[2] == ["code", "X", "", "k1", "2", "0", "1", "3"]
    assert rows[3] == ["subgroup", "X", "Xs", "", "1", "0", "0", "1"]
    assert rows[4] == ["code", "X", "Xs", "k2", "1", "0", "0", "1"]
    assert rows[-1] == ["code", "Uncategorised", "", "k4", "0", "1", "0", "1"]
    lines = write_matrix_csv(project, tmp_path / "l.csv", measure="lines")  # Norwegian by default
    with lines.open(encoding="utf-8-sig", newline="") as f:
        nb = list(csv.reader(f))
    assert nb[0] == ["nivå", "temaområde", "subgruppe", "kode", "A", "B", "C", "sum"]
    assert nb[5] == ["temaområde", "Y", "", "", "1", "3", "0", "4"]
    assert nb[-1] == ["kode", "Uten temaområde", "", "k4", "0", "1", "0", "1"]
    assert not list(tmp_path.glob("*.part"))
