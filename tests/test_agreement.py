"""Agreement figures against hand-computed fixtures and the ``krippendorff`` package.

The fixture: one transcript of 18 lines in 6 turns (3 lines per turn), coders Kari (A) and Ola (B).

    line:  1  2  3  4  5  6  7  8  9  10..18
    X  A:  1  1  1  1  .  .  .  .  .  .          (A's line 4 is a segment inside the line: it still counts)
    X  B:  1  1  1  .  1  .  .  .  .  .
    Y  A:  .  .  .  .  .  .  1  1  .  .
    Y  B:  .  .  .  .  .  .  1  1  1  .

Units at least one coder coded ("coded"): lines 1,2,3,4,5,7,8,9 → n = 8.

X over coded units: both 3, A only 1, B only 1, neither 3.
  po = 6/8 = .75; pA = pB = 4/8; pe = .5·.5 + .5·.5 = .5; kappa = (.75 − .5)/(1 − .5) = .5
  alpha (nominal, 2 raters): n = 16 values, disagreeing units d = 2, n1 = 2·3 + 2 = 8, n0 = 8;
  alpha = 1 − (n − 1)·d/(n0·n1) = 1 − 15·2/64 = .53125
X over all 18 lines: both 3, A only 1, B only 1, neither 13.
  po = 16/18; pA = pB = 4/18; pe = (16 + 196)/324 = 212/324; kappa = (288 − 212)/(324 − 212) = 76/112 = .678571
  alpha: n = 36, d = 2, n1 = 8, n0 = 28; alpha = 1 − 35·2/(28·8) = .6875
  → counting the ten lines nobody coded raises kappa from .5 to .68: the inflation the switch shows.
Y over coded units: both 2, A only 0, B only 1, neither 5.
  po = 7/8; pA = 2/8, pB = 3/8; pe = .25·.375 + .75·.625 = .5625; kappa = (.875 − .5625)/.4375 = .714286
  alpha: n = 16, d = 1, n1 = 5, n0 = 11; alpha = 1 − 15/55 = .727273
Pooled over coded units (16 unit×code pairs): both 5, A only 1, B only 2, neither 8.
  po = 13/16; pA = 6/16, pB = 7/16; pe = .375·.4375 + .625·.5625 = .515625;
  kappa = (.8125 − .515625)/.484375 = .612903; alpha: n = 32, d = 3, n1 = 13, n0 = 19 → 1 − 31·3/247 = .623482
  mean of per-code kappas = (.5 + .714286)/2 = .607143
Turns (lines 1–3 = turn 1, 4–6 = turn 2, 7–9 = turn 3): both coders coded X in turns 1 and 2 and Y in turn 3,
so at the turn unit they agree perfectly: kappa 1 for both codes (n = 3 coded turns).
"""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest

from coding import queries
from coding.agreement import AgreementError, Rater, cohen_kappa, compute, figures_from_ratings, raters
from coding.services.codes import apply_code, create_code
from tests.coding_fixtures import add_transcripts

A, B = Rater(coder="Kari"), Rater(coder="Ola")


@pytest.fixture
def coded(project):  # type: ignore[no-untyped-def]
    (tid,) = add_transcripts(project, "A", n_turns=6, lines_per_turn=3)
    lines = queries.transcript(project, tid).lines
    x = create_code(project, "X").value
    y = create_code(project, "Y").value
    unused = create_code(project, "never used").value

    def code(coder: str, cid: int, numbers: list[int]) -> None:
        for n in numbers:
            ln = lines[n - 1]
            apply_code(project, tid, ln.start, ln.end, cid, coder=coder)

    code("Kari", x, [1, 2, 3])
    ln4 = lines[3]
    apply_code(project, tid, ln4.start + 3, ln4.start + 8, x, coder="Kari")  # inside line 4
    code("Ola", x, [1, 2, 3, 5])
    code("Kari", y, [7, 8])
    code("Ola", y, [7, 8, 9])
    apply_code(project, tid, lines[11].start, lines[11].end, x, coder="Per")  # a third coder: not compared
    return project, tid, x, y, unused


def by_code(mode):  # type: ignore[no-untyped-def]
    return {c.code: c.figures for c in mode.codes}


def test_line_figures_match_the_hand_computation(coded) -> None:  # type: ignore[no-untyped-def]
    project, *_ = coded
    ag = compute(project, A, B)
    res = ag.result("coded")
    assert res.n_units == 8
    f = by_code(res)
    assert set(f) == {"X", "Y"}  # the unused code is not compared
    assert (f["X"].both, f["X"].a_only, f["X"].b_only, f["X"].neither) == (3, 1, 1, 3)
    assert f["X"].agreement == pytest.approx(0.75)
    assert f["X"].kappa == pytest.approx(0.5)
    assert f["X"].alpha == pytest.approx(0.53125)
    assert f["Y"].agreement == pytest.approx(7 / 8)
    assert f["Y"].kappa == pytest.approx(0.3125 / 0.4375)
    assert f["Y"].alpha == pytest.approx(1 - 15 / 55)
    o = res.overall
    assert o.figures.n == 16
    assert o.figures.agreement == pytest.approx(13 / 16)
    assert o.figures.kappa == pytest.approx(0.296875 / 0.484375)
    assert o.figures.alpha == pytest.approx(1 - 93 / 247)
    assert o.mean_kappa == pytest.approx((0.5 + 0.3125 / 0.4375) / 2)


def test_all_units_switch_raises_kappa_as_computed(coded) -> None:  # type: ignore[no-untyped-def]
    project, *_ = coded
    ag = compute(project, A, B)
    res = ag.result("all")
    assert res.n_units == 18
    f = by_code(res)["X"]
    assert f.neither == 13
    assert f.kappa == pytest.approx(76 / 112)
    assert f.alpha == pytest.approx(0.6875)
    assert f.kappa > by_code(ag.result("coded"))["X"].kappa  # type: ignore[operator]


def test_alpha_equals_the_krippendorff_package_on_full_reliability_data(coded) -> None:  # type: ignore[no-untyped-def]
    project, tid, x, y, _ = coded
    lines = queries.transcript(project, tid).lines
    ag = compute(project, A, B)
    for mode in ("coded", "all"):
        rows = ag.unit_codes(tid)
        keep = [r for r in rows if mode == "all" or r[1] or r[2]]
        for cid, name in ((x, "X"), (y, "Y")):
            data = np.array([[cid in r[1] for r in keep], [cid in r[2] for r in keep]], dtype=float)
            want = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
            assert by_code(ag.result(mode))[name].alpha == pytest.approx(want)
        pooled = np.array([[c in r[1] for r in keep for c in (x, y)], [c in r[2] for r in keep for c in (x, y)]],
                          dtype=float)
        want = krippendorff.alpha(reliability_data=pooled, level_of_measurement="nominal")
        assert ag.result(mode).overall.figures.alpha == pytest.approx(want)
    assert len(lines) == 18


def test_turn_unit(coded) -> None:  # type: ignore[no-untyped-def]
    project, *_ = coded
    res = compute(project, A, B, unit="turn").result("coded")
    assert res.n_units == 3
    for f in by_code(res).values():
        assert f.agreement == 1.0 and f.kappa == pytest.approx(1.0) and f.alpha == pytest.approx(1.0)
    assert compute(project, A, B, unit="turn").result("all").n_units == 6


def test_passes_transcripts_codes_and_disagreements(coded) -> None:  # type: ignore[no-untyped-def]
    project, tid, x, y, _ = coded
    lines = queries.transcript(project, tid).lines
    for n in (1, 2, 3):
        apply_code(project, tid, lines[n - 1].start, lines[n - 1].end, x, coder="Kari", coding_pass=2)
    ag = compute(project, Rater("Kari", 1), Rater("Kari", 2))
    f = by_code(ag.result("coded"))
    assert f["X"].both == 3 and f["X"].a_only == 1  # line 4 only in pass 1
    assert f["Y"].a_only == 2 and f["Y"].b_only == 0
    only_y = compute(project, A, B, code_ids=[y]).result("coded")
    assert only_y.n_units == 3 and [c.code for c in only_y.codes] == ["Y"]
    d = compute(project, A, B).disagreements()
    assert [(x_.unit.number, x_.code_id, x_.a, x_.b) for x_ in d] == [(4, x, True, False), (5, x, False, True),
                                                                     (9, y, False, True)]
    heat = compute(project, A, B).heatmap("coded")
    assert heat[(tid, x)].kappa == pytest.approx(0.5)
    assert compute(project, A, B, transcript_ids=[]).result("coded").n_units == 0


def test_kappa_undefined_when_both_raters_constant() -> None:
    f = figures_from_ratings([True, True, True], [True, True, True])
    assert f.agreement == 1.0 and f.kappa is None and f.alpha is None
    g = figures_from_ratings([True, True], [False, False])  # constant but different: no agreement at all
    assert g.agreement == 0.0 and g.kappa == 0.0
    assert cohen_kappa(0, 0, 0, 0) is None
    assert json.loads(json.dumps({"k": f.kappa}))["k"] is None


def test_errors_and_rater_list(coded) -> None:  # type: ignore[no-untyped-def]
    project, *_ = coded
    with pytest.raises(AgreementError):
        compute(project, A, A)
    with pytest.raises(AgreementError, match="Nobody"):
        compute(project, A, Rater(coder="Nobody"))
    labels = [r.label for r in raters(project)]
    assert labels == ["Kari", "Ola", "Per", "pass 1"]


def test_a_second_coder_on_the_same_range_is_recorded(project) -> None:  # type: ignore[no-untyped-def]
    (tid,) = add_transcripts(project, "A")
    c = create_code(project, "X").value
    s1 = apply_code(project, tid, 0, 10, c, coder="Kari").value
    assert apply_code(project, tid, 0, 10, c, coder="Kari").value == s1  # same coder: a no-op
    assert apply_code(project, tid, 0, 10, c, coder="Ola").value != s1


def test_agreement_table_and_report_section(coded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from openpyxl import load_workbook

    from exports.agreement_report import agreement_section, write_agreement_table
    from exports.report import write_report

    project, *_ = coded
    ag = compute(project, A, B)
    write_agreement_table(ag, tmp_path / "a.csv")
    rows = list(csv.reader((tmp_path / "a.csv").open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["code", "n (coded units)", "agreement (coded units)"]
    x = next(r for r in rows if r[0] == "X")
    assert (x[1], float(x[3]), x[5], float(x[7])) == ("8", 0.5, "18", round(76 / 112, 4))
    assert rows[-2][0] == "(overall, pooled)" and float(rows[-1][3]) == round((0.5 + 0.3125 / 0.4375) / 2, 4)
    write_agreement_table(ag, tmp_path / "a.xlsx", project.name)
    wb = load_workbook(tmp_path / "a.xlsx")
    assert wb.sheetnames == ["Agreement", "Kappa per transcript", "Definitions"]
    assert wb["Agreement"]["A3"].value == "X" and wb["Agreement"]["D3"].value == 0.5
    sec = agreement_section(project)
    assert [t[0] for t in sec.tables] == ["Kari mot Ola", "Kari mot Per", "Ola mot Per"]
    page = write_report(project, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Samsvar mellom kodere" in page and "over 8 linjer" in page and "alle 18 linjer" in page
    write_report(project, tmp_path / "r.docx")


def test_cli_text_passes_turns_and_out(coded, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli.main import main

    project, tid, x, _y, _ = coded
    lines = queries.transcript(project, tid).lines
    apply_code(project, tid, lines[0].start, lines[0].end, x, coder="Kari", coding_pass=2)
    path = str(project.path)
    assert main(["agreement", path, "--coders", "Kari", "Ola"]) == 0
    out = capsys.readouterr().out
    assert "Kari vs Ola · unit: line · lines at least one rater coded (n = 8)" in out
    assert "overall over all lines: n = 36" in out  # the other treatment is always printed beneath
    assert main(["agreement", path, "--passes", "1", "2", "--coder", "Kari", "--unit", "turn", "--units", "all",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unit"] == "turn" and data["units"] == "all" and data["n_units"] == 6
    x_fig = next(c for c in data["codes"] if c["code"] == "X")
    assert x_fig["n"] == 6 and x_fig["agreement"] == pytest.approx(5 / 6)  # pass 2 coded turn 1 only
    assert main(["agreement", path, "--coders", "Kari", "Ola", "--code", "Y", "--out", str(tmp_path / "y.csv"),
                 "--json"]) == 0
    assert [c["code"] for c in json.loads(capsys.readouterr().out)["codes"]] == ["Y"]
    assert (tmp_path / "y.csv").exists()
    assert main(["agreement", path, "--coders", "Kari", "Ola", "--coder", "Kari"]) == 2
    assert main(["agreement", path, "--coders", "Kari", "Ola", "--transcript", "nope"]) == 2
