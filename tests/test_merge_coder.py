"""Merging a second coder's copy: two copies of the demo, coded differently through the services."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli.cmd_demo import build_demo
from app.cli.main import main
from coding import queries
from coding.agreement import Rater, compute
from coding.services.codes import apply_code, create_code
from coding.services.merge_coder import MergeError, merge_coder_copy, plan_merge, read_kondens_copy
from coding.services.transcripts import add_transcript
from coding.store import Project
from exports.coder_copy import load_coder_copy
from exports.refi.writer import export_qdpx
from tests.coding_fixtures import make_transcript


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


def code_lines(project: Project, coder: str, plan: dict[str, list[int]]) -> None:
    """Code line numbers of the first transcript with codes (created if missing) as ``coder``."""
    tid = queries.transcript_summaries(project)[0].id
    lines = queries.transcript(project, tid).lines
    have = {c.name: c.id for c in queries.codes(project)}
    for name, numbers in plan.items():
        cid = have.get(name) or create_code(project, name).value
        for n in numbers:
            apply_code(project, tid, lines[n - 1].start, lines[n - 1].end, cid, coder=coder)


def segment_rows(project: Project) -> list[tuple[object, ...]]:
    con = sqlite3.connect(project.db_path)
    try:
        return sorted(con.execute("SELECT * FROM segments").fetchall())
    finally:
        con.close()


@pytest.fixture
def two_copies(demo: Path, tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "kari.kondens", tmp_path / "ola.kondens"
    shutil.copytree(demo, a)
    shutil.copytree(demo, b)
    for p in (a, b):
        (p / "project.lock").unlink(missing_ok=True)
    with Project.open(a) as pa:
        code_lines(pa, "Kari", {"Mestring": [2, 3, 4], "Fellesskap": [6, 7], "Egen kode": [9]})
    with Project.open(b) as pb:
        code_lines(pb, "Ola", {"Mestring": [2, 3, 5], "Fellesskap": [6], "egen kode": [9, 10],
                               "Bare Ola": [12]})
        add_transcript(pb, make_transcript("Z", title="Ekstra intervju"))
        tz = queries.transcript_summaries(pb)[-1].id
        apply_code(pb, tz, 0, 5, queries.codes(pb)[0].id, coder="Ola")
    return a, b


def test_merge_brings_the_other_coder_in_and_changes_nothing_here(two_copies: tuple[Path, Path]) -> None:
    a, b = two_copies
    with Project.open(a) as pa:
        before = segment_rows(pa)
        codes_before = {c.id: c for c in queries.codes(pa)}
        copy = read_kondens_copy(b)
        plan = plan_merge(pa, copy)
        assert [t.title for t in plan.unmatched] == ["Ekstra intervju"]
        how = {c.name: c.how for c in plan.codes if c.segments}
        assert how["Mestring"] == "id" and how["egen kode"] == "name" and how["Bare Ola"] == "new"
        rep = merge_coder_copy(pa, copy).value
        assert rep.unmatched == ["Ekstra intervju"] and rep.segments_unmatched == 1
        assert rep.coders == ["Ola"] and rep.codes_created == 1
        assert rep.segments_added == 3 + 1 + 2 + 1  # Mestring, Fellesskap, egen kode, Bare Ola
        after = segment_rows(pa)
        assert set(before) <= set(after) and len(after) == len(before) + rep.segments_added
        assert all(c == codes_before[c.id] for c in queries.codes(pa) if c.id in codes_before)
        egen = next(c.id for c in queries.codes(pa) if c.name == "Egen kode")
        assert sum(1 for s in queries.segments(pa, code_ids=[egen]) if s.coder == "Ola") == 2
        # Running it again adds nothing.
        again = merge_coder_copy(pa, read_kondens_copy(b))
        assert again.value.segments_added == 0 and again.value.codes_created == 0
        # The agreement of Kari and Ola now comes from one project.
        ag = compute(pa, Rater(coder="Kari"), Rater(coder="Ola"))
        figs = {c.code: c.figures for c in ag.result("coded").codes}
        assert (figs["Mestring"].both, figs["Mestring"].a_only, figs["Mestring"].b_only) == (2, 1, 1)


def test_qdpx_copy_merges_the_same_segments(two_copies: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = two_copies
    qdpx = tmp_path / "ola.qdpx"
    with Project.open(b) as pb:
        export_qdpx(pb, qdpx)
    a2 = tmp_path / "kari2.kondens"
    shutil.copytree(a, a2)
    with Project.open(a) as pa:
        via_kondens = merge_coder_copy(pa, read_kondens_copy(b)).value
        ref = {(s.transcript_id, s.code_id, s.start, s.end) for s in queries.segments(pa) if s.coder == "Ola"}
    with Project.open(a2) as pa2:
        copy = load_coder_copy(qdpx, pa2)
        rep = merge_coder_copy(pa2, copy).value
        got = {(s.transcript_id, s.code_id, s.start, s.end) for s in queries.segments(pa2) if s.coder == "Ola"}
        assert rep.unmatched == ["Ekstra intervju"]
        assert rep.segments_added == via_kondens.segments_added
        assert got == ref
        assert merge_coder_copy(pa2, load_coder_copy(qdpx, pa2)).value.segments_added == 0


def test_merge_refuses_unnamed_or_clashing_coders(two_copies: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = two_copies
    with Project.open(b) as pb:
        code_lines(pb, "Kari", {"Mestring": [15]})
    with Project.open(a) as pa:
        with pytest.raises(MergeError, match="Kari"):
            merge_coder_copy(pa, read_kondens_copy(b))
        before = segment_rows(pa)
        ch = merge_coder_copy(pa, read_kondens_copy(b), as_coder="Ola")
        assert ch.value.segments_added == 8
        pa.revert(ch)  # one undo step takes the whole merge back
        assert segment_rows(pa) == before
        with pytest.raises(MergeError, match="open project itself"):
            load_coder_copy(a, pa)


def test_cli_merge_with_map_and_agreement_json(two_copies: tuple[Path, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_copies
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Bare Ola": "Mestring"}), encoding="utf-8")
    assert main(["merge", str(a), str(b), "--map", str(mapping), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["unmatched_transcripts"] == ["Ekstra intervju"]
    assert {"theirs": "Bare Ola", "ours": "Mestring", "how": "map"} in out["codes"]
    assert out["codes_created"] == 0
    assert main(["merge", str(a), str(b)]) == 0
    assert "0 segments added" in capsys.readouterr().out
    assert main(["agreement", str(a), "--coders", "Kari", "Ola", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unit"] == "line" and data["units"] == "coded"
    with Project.open(a, readonly=True) as pa:
        want = compute(pa, Rater(coder="Kari"), Rater(coder="Ola")).result("coded").as_json("line")
    assert data == json.loads(json.dumps(want))
    assert main(["agreement", str(a), "--coders", "Kari", "Nobody"]) == 2
    assert "Nobody" in capsys.readouterr().err
    assert main(["merge", str(a), str(tmp_path / "missing.qdpx")]) == 2
