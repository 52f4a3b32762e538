"""``kondens demo --no-gui`` builds a finished small analysis through the real import pipeline and services."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import func, select

from app.cli.main import main
from coding.snapshots import diff_snapshots, list_snapshots
from coding.store import Project
from coding.store.models import Code, Informant, Memo, Quote, ResearchQuestion, Segment, ThemeNode, Transcript


def test_demo_cli_builds_once_and_info_counts(demo_built: Path, tmp_path: Path, capsys) -> None:
    # The session fixture built it with build_demo, as `kondens demo` does; the CLI finds it and reuses it.
    shutil.copytree(demo_built.parent, tmp_path / "d")
    assert main(["demo", str(tmp_path / "d"), "--no-gui"]) == 0
    path = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert path == tmp_path / "d" / "Demo.kondens"
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert info["transcripts"] == 4 and info["informants"] == 4
    assert info["themes"] >= 4 and info["segments"] >= 150 and info["memos"] >= 5
    # second call reuses the project
    mtime = (path / "project.db").stat().st_mtime
    assert main(["demo", str(tmp_path / "d"), "--no-gui"]) == 0
    assert (path / "project.db").stat().st_mtime == mtime


def test_demo_transcripts_went_through_import_and_deidentification(demo_built: Path) -> None:
    with Project.open(demo_built, readonly=True) as p, p.read() as s:
        ts = s.query(Transcript).order_by(Transcript.position).all()
        assert {t.source_format for t in ts} >= {"txt", "docx-table"}
        assert all(1500 <= t.word_count <= 3000 for t in ts), [t.word_count for t in ts]
        joined = "\n".join(t.text for t in ts)
        # speaker labels and the names/places said in the interviews are never stored
        for name in ("Jonas", "Sara", "Ahmed", "Hilde", "Marte", "Ingrid", "Viktor", "Tromsø", "Drammen"):
            assert name not in joined
        assert "[navn 1]" in joined and "[sted 1]" in joined
        assert "[latter]" in joined and "(uhørlig)" in joined and "[pause]" in joined
        assert [i.label for i in s.query(Informant).order_by(Informant.label)] == ["A", "B", "C", "D"]


def test_demo_analysis_follows_the_steps(demo_built: Path) -> None:
    with Project.open(demo_built, readonly=True) as p:
        with p.read() as s:
            passes = dict(s.execute(select(Segment.coding_pass, func.count()).group_by(Segment.coding_pass)).all())
            assert set(passes) == {1, 2} and passes[2] >= 20
            assert set(s.scalars(select(Segment.coder))) == {"maja"}
            areas = s.scalars(select(ThemeNode).where(ThemeNode.kind == "area")).all()
            subs = s.scalars(select(ThemeNode).where(ThemeNode.kind == "subgroup")).all()
            assert 3 <= len(areas) <= 5 and len(subs) >= len(areas)
            assert all(n.summary.strip() for n in [*areas, *subs])
            golden = set(s.scalars(select(Quote.theme_id).where(Quote.golden == 1)))
            assert all(sg.id in golden for sg in subs)
            assert s.scalar(select(func.count(Code.id)).where(Code.theme_id.is_(None))) == 0
            assert {c.name for c in s.scalars(select(Code))}.isdisjoint({"Forutsigbarhet", "Å være til stede"})
            statuses = set(s.scalars(select(Quote.status)))
            assert {"approved", "sent", "change_requested", "not_sent"} <= statuses
            assert s.scalar(select(func.count(ResearchQuestion.id))) == 2
            journal = s.scalars(select(Memo).where(Memo.target_type == "journal")).all()
            assert len(journal) >= 5 and len({m.created[:10] for m in journal}) == len(journal)
            attrs = [json.loads(a) for a in s.scalars(select(Informant.attributes).order_by(Informant.label))]
            assert [a["rolle"] for a in attrs] == ["deltaker", "deltaker", "deltaker", "ansatt"]
            assert all(a.get("sted") for a in attrs)
        snaps = list_snapshots(p)
        assert [x.name for x in snaps] == ["Første sortering", "Etter reorganisering"]
        d = diff_snapshots(p, snaps[0].id, snaps[1].id)
        assert d.themes_merged and d.themes_renamed and d.themes_added


def test_demo_exports_succeed(demo_copy: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", "quotes", str(demo_copy), str(tmp_path / "q.docx"), "--refs"]) == 0
    assert (tmp_path / "q.docx").stat().st_size > 5000
    for label in ("A", "D"):
        assert main(["export", "member-check", str(demo_copy), label, str(tmp_path / f"m{label}.docx")]) == 0
    out = capsys.readouterr().out
    assert "quotes for D, marked sent" in out
    assert main(["export", "report", str(demo_copy), str(tmp_path / "r.docx")]) == 0
    assert main(["export", "matrix", str(demo_copy), str(tmp_path / "m.csv")]) == 0
    assert len((tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()) >= 6
