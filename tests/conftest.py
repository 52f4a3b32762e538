"""Shared fixtures. Qt runs offscreen; user settings are isolated per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep recent-projects lists, coder names and window geometry of tests away from the real user."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KONDENS_CONFIG_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


@pytest.fixture
def project(tmp_path: Path) -> Iterator[object]:
    from coding.store import Project

    p = Project.create(tmp_path / "test.kondens")
    yield p
    p.close()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


def pytest_terminal_summary(terminalreporter: object, exitstatus: int, config: pytest.Config) -> None:
    """``make stress``: one line per kill point, "passed/runs" (issue 19 asks for the counts)."""
    tr = terminalreporter
    counts: dict[str, list[int]] = {}
    for outcome in ("passed", "failed", "error"):
        for rep in tr.stats.get(outcome, []):  # type: ignore[attr-defined]
            nodeid = getattr(rep, "nodeid", "")
            if "test_crash_safety.py::test_sigkill_" not in nodeid or (
                    outcome == "passed" and getattr(rep, "when", "call") != "call"):
                continue
            point = nodeid.split("::test_sigkill_")[1].split("[")[0]
            c = counts.setdefault(point, [0, 0])
            c[0] += outcome == "passed"
            c[1] += 1
    if counts:
        tr.write_sep("-", "kill points (runs survived / runs)")  # type: ignore[attr-defined]
        for point, (ok, n) in sorted(counts.items()):
            tr.write_line(f"{point:24} {ok}/{n}")  # type: ignore[attr-defined]
