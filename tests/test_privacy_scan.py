"""Never stored: import the whole synthetic corpus with --yes and scan every byte of the project.

For each identifier of truth.json the whole-word, case-sensitive count over all files under the
project folder must not exceed its ``background_all`` (how often the word occurs harmlessly in the
speech); ``also_identifiers`` must not occur at all; and at least 90 % of the ``keep`` words present
in the corpus must survive. Counting uses the same scanner as ``kondens check``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from app.cli.main import main
from coding.services.privacy_scan import scan_folder, totals

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(importlib.util.find_spec("transcripts.importing") is None,
                       reason="transcripts.importing (kondens import) is not there yet"),
]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    truth = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
    project = tmp_path_factory.mktemp("scan") / "corpus.kondens"
    assert main(["new", str(project)]) == 0
    files = sorted(str(p) for p in CORPUS.iterdir() if p.name != "truth.json" and p.suffix != ".md")
    assert main(["import", str(project), *files, "--yes"]) == 0
    return project, truth


def test_no_identifier_above_background(imported: tuple[Path, dict[str, object]]) -> None:
    project, truth = imported
    background: dict[str, int] = dict(truth["background_all"])  # type: ignore[arg-type]
    also = [a["text"] for a in truth["also_identifiers"]]  # type: ignore[attr-defined, index]
    found = totals(scan_folder(project, list(background) + also))
    leaks = {n: (c, background.get(n, 0)) for n, c in found.items() if c > background.get(n, 0)}
    assert not leaks, f"identifiers stored above their background (count, allowed): {leaks}"


def test_keep_words_survive(imported: tuple[Path, dict[str, object]]) -> None:
    from tests.conftest import CORPUS

    project, truth = imported
    keep: list[str] = list(truth["keep"])  # type: ignore[call-overload]
    in_corpus = {n for f in sorted(CORPUS.glob("intervju_*")) for n in totals(scan_folder(f, keep))}
    assert in_corpus, "the corpus should contain some keep words"
    in_project = set(totals(scan_folder(project, sorted(in_corpus))))
    assert len(in_project) >= 0.9 * len(in_corpus), f"keep words lost: {sorted(in_corpus - in_project)}"


def test_check_cli_agrees(imported: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    project, truth = imported
    zero = [n for n, b in dict(truth["background_all"]).items() if b == 0]  # type: ignore[call-overload]
    names = tmp_path / "names.txt"
    names.write_text("\n".join(zero), encoding="utf-8")
    clean = not totals(scan_folder(project, zero))
    assert main(["check", str(project), "--names", str(names)]) == (0 if clean else 1)
