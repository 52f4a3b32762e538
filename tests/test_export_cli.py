"""``kondens export …`` and ``kondens import-qdpx`` end to end through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from coding.store import Project
from tests.conftest import TEST_PASSPHRASE
from tests.test_export_quotes import build
from transcripts.deid.linking_key import LinkingKey

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "refi" / "samples" / "minimal_project.qdpx"


def test_cli_exports_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    proj = tmp_path / "p.kondens"
    with Project.create(proj) as p:
        build(p)
    assert main(["export", "quotes", str(proj), str(tmp_path / "q.docx"), "--theme", "Samarbeid", "--refs"]) == 0
    assert "1 quotes" in capsys.readouterr().out
    assert main(["export", "member-check", str(proj), "A", str(tmp_path / "mc.docx")]) == 0
    for kind, name in [("report", "r.docx"), ("report", "r.html"), ("segments", "s.xlsx"), ("matrix", "m.xlsx"),
                       ("matrix", "m.csv"), ("qdpx", "p.qdpx"), ("codebook", "c.qdc")]:
        assert main(["export", kind, str(proj), str(tmp_path / name)]) == 0, (kind, name)
        assert (tmp_path / name).stat().st_size > 0
    key = tmp_path / "key.json"
    key.write_text(json.dumps({"format": "kondens-linking-key", "version": 1, "mapping": {"person:samarbeid": "[navn 9]"},
                               "always": []}))
    capsys.readouterr()
    assert main(["export", "segments", str(proj), str(tmp_path / "refused.csv"), "--key", str(key)]) == 2
    assert "Samarbeid" in capsys.readouterr().err and not (tmp_path / "refused.csv").exists()
    enc = LinkingKey.create(tmp_path / "enc.kondenskey", TEST_PASSPHRASE)  # an encrypted key: unlocked first
    enc.mapping["person:samarbeid"] = "[navn 9]"
    enc.save()
    assert main(["export", "segments", str(proj), str(tmp_path / "refused.csv"), "--key", str(enc.path)]) == 2
    assert "Samarbeid" in capsys.readouterr().err and not (tmp_path / "refused.csv").exists()
    if not SAMPLE.exists():
        pytest.skip("../shared/refi is absent")
    new = tmp_path / "n.kondens"
    Project.create(new).close()
    assert main(["import-qdpx", str(new), str(SAMPLE)]) == 2  # review needed without --yes
    assert main(["import-qdpx", str(new), str(SAMPLE), "--yes", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert {k: counts[k] for k in ("codes", "sources", "segments", "notes", "cases")} == {
        "codes": 2, "sources": 1, "segments": 1, "notes": 2, "cases": 1}
