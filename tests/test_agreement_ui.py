"""The agreement view, the merge dialog and the consensus walk in the real main window (pytest-qt).

Two copies of the demo are coded differently through the services (fixtures of test_merge_coder), merged
through the dialog's plan, compared in the view (the same figures as the CLI prints), and walked to a consensus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.agreement.models import CodeIdRole, DisagreementModel, FiguresModel, HeatmapModel, ValueRole
from app.cli.main import main
from coding import queries
from coding.agreement import CONSENSUS_CODER, Rater, compute
from coding.services.merge_coder import merge_coder_copy
from coding.store import Project
from tests.test_merge_coder import demo, two_copies  # noqa: F401  (fixtures)

KARI, OLA = Rater(coder="Kari"), Rater(coder="Ola")


@pytest.fixture
def window(qtbot, two_copies):  # type: ignore[no-untyped-def]  # noqa: F811
    from app.main_window import MainWindow

    a, b = two_copies
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 950)
    assert w.open_path(a)
    w.show()
    yield w, a, b
    w.close()


def agreement_dock(w):  # type: ignore[no-untyped-def]
    from app.agreement.dock import AgreementDock

    return w.findChild(AgreementDock)


def merge_through_dialog(w, b: Path) -> None:  # type: ignore[no-untyped-def]
    from app.agreement.merge_dialog import MergeDialog

    dialog = MergeDialog(w.ctx, w)
    assert dialog.load(str(b))
    assert "Ekstra intervju" in dialog.transcripts.text()
    model = dialog.codes
    rows = {model.rows[i].name: i for i in range(model.rowCount())}
    assert model.index(rows["egen kode"], 2).data() == "same name"
    assert model.index(rows["Bare Ola"], 3).data() == "(new code)"
    assert model.mapping() == {}  # nothing changed by hand: matching by id and name stands
    mestring = next(c.id for c in queries.codes(w.ctx.project) if c.name == "Mestring")
    assert model.setData(model.index(rows["Bare Ola"], 3), mestring)
    assert model.index(rows["Bare Ola"], 3).data() == "Mestring" and len(model.mapping()) == 1
    assert model.setData(model.index(rows["Bare Ola"], 3), -1) and model.mapping() == {}
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    w.ctx.run("Merge coder's copy", merge_coder_copy, dialog.copy, as_coder=dialog.as_coder(),
              mapping=model.mapping())
    dialog.deleteLater()


def test_models_pass_the_model_tester(qtmodeltester, two_copies) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    a, b = two_copies
    from app.agreement.merge_dialog import CodeMapModel
    from coding.services.merge_coder import plan_merge, read_kondens_copy

    with Project.open(a) as p:
        mapping = CodeMapModel()
        mapping.set_plan(plan_merge(p, read_kondens_copy(b)), {c.id: c.name for c in queries.codes(p)})
        qtmodeltester.check(mapping)
        assert {r.name for r in mapping.rows} == {"Mestring", "Fellesskap", "egen kode", "Bare Ola"}
        merge_coder_copy(p, read_kondens_copy(b))
        ag = compute(p, KARI, OLA)
        figures = FiguresModel()
        figures.set_rows(list(ag.result("coded").codes))
        qtmodeltester.check(figures)
        heat = HeatmapModel()
        heat.set_data(ag, "coded")
        qtmodeltester.check(heat)
        diffs = DisagreementModel()
        texts = {t: queries.transcript(p, t).text for t in ag.transcript_ids}
        diffs.set_rows(ag.disagreements(), ag.transcript_titles, {c.code_id: c.code for c in ag.result("coded").codes},
                       texts, "line")
        qtmodeltester.check(diffs)
        assert diffs.rowCount() == len(ag.disagreements()) > 0


def test_merge_view_and_cli_show_the_same_figures(window, qtbot, capsys) -> None:  # type: ignore[no-untyped-def]
    w, a, b = window
    before = len(queries.segments(w.ctx.project))
    merge_through_dialog(w, b)
    assert len(queries.segments(w.ctx.project)) == before + 7
    w.ctx.undo_stack.undo()  # one Ctrl+Z takes the whole merge back
    assert len(queries.segments(w.ctx.project)) == before
    w.ctx.undo_stack.redo()
    w.ctx.settle_now()
    dock = agreement_dock(w)
    dock.show()
    view = dock.view
    view.choose(KARI, OLA)
    qtbot.waitUntil(lambda: view.agreement is not None)
    assert "Kari vs Ola" in view.summary.text() and "For comparison" in view.summary.text()
    for units in ("coded", "all"):
        view.units.setCurrentIndex(view.units.findData(units))
        assert main(["agreement", str(a), "--coders", "Kari", "Ola", "--units", units, "--json"]) == 0
        cli = json.loads(capsys.readouterr().out)
        m = view.figures
        shown = {m.index(r, 0).data(): (int(m.index(r, 1).data()), m.index(r, 2).data(ValueRole),
                                        m.index(r, 3).data(ValueRole), m.index(r, 4).data(ValueRole))
                 for r in range(m.rowCount())}
        assert shown == {c["code"]: (c["n"], c["agreement"], c["kappa"], c["alpha"]) for c in cli["codes"]}
        o = view.agreement.result(units).overall
        assert (o.figures.kappa, o.figures.alpha, o.mean_kappa) == (cli["overall"]["kappa"], cli["overall"]["alpha"],
                                                                    cli["overall"]["mean_kappa"])
    # Sorted by kappa, lowest first; drill-down from the table to the differing lines.
    kappas = [view.proxy.index(r, 3).data(ValueRole) for r in range(view.proxy.rowCount())]
    defined = [k for k in kappas if k is not None]
    assert defined == sorted(defined)
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Mestring")
    view._table_drill(view.proxy.index(row, 0))
    assert view.tabs.currentIndex() == 2 and view.diffs.rowCount() == 2
    assert {view.diffs.index(r, 1).data() for r in range(2)} == {"l. 4", "l. 5"}
    cell = view.heatmap.index(0, next(c for c in range(view.heatmap.columnCount())
                                      if view.heatmap.headerData(c, Qt.Orientation.Horizontal) == "Mestring"))
    assert cell.data(CodeIdRole) is not None and cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    view._open_diff(view.diffs.index(0, 0))
    assert w.coding_view.transcript is not None
    out = Path(w.ctx.project.path.parent / "agreement.xlsx")
    view.export(str(out))
    assert out.exists()


def test_consensus_walk_resolves_with_one_key_and_undoes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.agreement.install import start_walk

    w, _a, b = window
    merge_through_dialog(w, b)
    w.ctx.settle_now()
    dock = agreement_dock(w)
    dock.show()
    dock.view.choose(KARI, OLA)
    qtbot.waitUntil(lambda: dock.view.agreement is not None)
    assert start_walk(w, dock)
    walk = w.coding_view.consensus
    assert walk.session is not None
    n = walk.session.coding_pass
    assert walk.active and walk.bar.isVisible()
    assert walk.view.margin.lanes is not None and [m[1] for m in walk.view.margin.lanes.marks] == ["A", "B",
                                                                                                     "consensus"]
    opened = len(walk.open_units())
    assert opened > 0 and w.coding_view.gutter.marks
    cur = walk.current()
    assert cur is not None and cur.unit.number == 4  # the first disagreement: Mestring on line 4, Kari only
    ed = w.coding_view.editor
    ed.setFocus()
    qtbot.keyClick(ed, Qt.Key.Key_A)  # keep A's
    sess = walk.session
    assert sess is not None and sess.resolution(cur.unit.id).choice == "a"  # type: ignore[union-attr]
    mestring = next(c.id for c in queries.codes(w.ctx.project) if c.name == "Mestring")
    cons = [s for s in queries.segments(w.ctx.project) if s.coder == CONSENSUS_CODER and s.coding_pass == n]
    assert any(s.code_id == mestring and s.start == cur.unit.start for s in cons)
    assert len(walk.open_units()) == opened - 1
    assert walk.current() is not None and walk.current().unit.number == 5  # moved on to the next one
    qtbot.keyClick(ed, Qt.Key.Key_N)  # neither
    qtbot.keyClick(ed, Qt.Key.Key_K)  # back: no open disagreement before line 5 any more
    w.ctx.undo_stack.undo()  # undo "neither"
    assert walk.session.resolution(cur.unit.id) is not None  # type: ignore[union-attr]
    assert len(walk.open_units()) == opened - 1
    w.ctx.undo_stack.undo()  # undo "keep A's"
    assert len(walk.open_units()) == opened
    assert not any(s.code_id == mestring and s.start == cur.unit.start for s in queries.segments(w.ctx.project)
                   if s.coder == CONSENSUS_CODER and s.coding_pass == n)
    # Past the last open disagreement of a transcript, J goes on to the next transcript that has one.
    from coding.services.codes import apply_code

    t2 = queries.transcript_summaries(w.ctx.project)[1].id
    l2 = queries.transcript(w.ctx.project, t2).lines[2]
    w.ctx.run("code", apply_code, t2, l2.start, l2.end, mestring, coder="Kari")
    last = walk.open_units()[-1]
    walk.go(last)
    qtbot.keyClick(ed, Qt.Key.Key_J)
    assert w.coding_view.transcript.id == t2 and walk.current() is not None and walk.current().unit.number == 3
    qtbot.keyClick(ed, Qt.Key.Key_Escape)
    assert not walk.active and w.coding_view.margin.lanes is None
    # Undoing the start of the consensus pass ends a walk of it.
    walk.start(n)
    assert walk.active
    w.ctx.undo_stack.undo()  # the coding on transcript 2
    w.ctx.undo_stack.undo()  # "Start consensus pass"
    assert not walk.active


def test_coding_while_shown_recounts_in_one_job_and_new_coders_refill_the_menus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After a settled coding the shown figures are those of a fresh computation (raters recounted and the
    pair computed in one job); a coding by a coder nobody offered yet refills the rater menus."""
    from coding.services.codes import apply_code

    w, _a, b = window
    merge_through_dialog(w, b)
    w.ctx.settle_now()
    dock = agreement_dock(w)
    dock.show()
    view = dock.view
    view.choose(KARI, OLA)
    qtbot.waitUntil(lambda: view.agreement is not None)
    mestring = next(c.id for c in queries.codes(w.ctx.project) if c.name == "Mestring")
    tid = queries.transcript_summaries(w.ctx.project)[0].id
    line = queries.transcript(w.ctx.project, tid).lines[7]
    before = view.agreement.result("coded").overall.figures
    reads: list[str] = []
    real = w.ctx.read
    w.ctx.read = lambda label, *args, **kw: (reads.append(label), real(label, *args, **kw))[1]  # type: ignore[method-assign]
    w.ctx.run("code", apply_code, tid, line.start, line.end, mestring, coder="Kari")
    w.ctx.settle_now()
    assert [r for r in reads if r.startswith("Agreement")] == ["Agreement"]
    fresh = compute(w.ctx.project, KARI, OLA)
    assert view.agreement.result("coded").overall.figures == fresh.result("coded").overall.figures != before
    w.ctx.run("code", apply_code, tid, line.start, line.end, mestring, coder="Per")
    w.ctx.settle_now()
    offered = [view.rater_a.itemData(i) for i in range(view.rater_a.count())]
    assert any("Per" in str(k) for k in offered)
    assert view.pair() == (KARI, OLA)
    del w.ctx.read
