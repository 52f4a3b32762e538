"""``kondens demo --no-gui`` builds a demo through the real import pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli.main import main
from coding.store import Project
from coding.store.models import Segment, Transcript


def test_demo_builds_once_with_codes(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path / "d"), "--no-gui"]) == 0
    path = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert path == tmp_path / "d" / "Demo.kondens"
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert info["transcripts"] >= 3 and info["codes"] >= 3 and info["segments"] >= 5
    with Project.open(path, readonly=True) as p, p.read() as s:
        ts = s.query(Transcript).all()
        assert {t.source_format for t in ts} >= {"txt", "docx-table"}
        assert all(600 <= t.word_count <= 1500 for t in ts)
        joined = "\n".join(t.text for t in ts)
        for label_name in ("Jonas", "Sara", "Ahmed"):  # speaker labels are names: never stored
            assert label_name not in joined
        assert "[latter]" in joined and "(uhørlig)" in joined
        seg = s.query(Segment).first()
        assert seg is not None and seg.end > seg.start
    # second call reuses the project
    mtime = (path / "project.db").stat().st_mtime
    assert main(["demo", str(tmp_path / "d"), "--no-gui"]) == 0
    assert (path / "project.db").stat().st_mtime == mtime
