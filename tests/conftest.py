"""Shared fixtures. Qt runs offscreen; user settings are isolated per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.demo_fixture import demo_built, demo_copy  # noqa: F401  (the demo, built once per session)
from tests.pg_fixture import pg_project_url, pg_server, pg_template, pg_url  # noqa: F401  (PostgreSQL for team projects, started once)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
TEST_PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True, scope="session")
def _session_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The same isolation for module- and session-scoped fixtures, which run before per-test fixtures."""
    home = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KONDENS_CONFIG_DIR", str(home))
        mp.setenv("KONDENS_DATA_DIR", str(home / "data"))
        mp.setenv("KONDENS_CACHE_DIR", str(home / "cache"))
        mp.setenv("KONDENS_KEY_PASSPHRASE", TEST_PASSPHRASE)
        yield


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep recent-projects lists, coder names and window geometry of tests away from the real user."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KONDENS_CONFIG_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    # Linking keys of new projects go to the test's own data folder; CI has no stdin, so the passphrase
    # comes from the variable scripts use, never a prompt.
    monkeypatch.setenv("KONDENS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("KONDENS_CACHE_DIR", str(home / "cache"))  # team projects' local search index
    monkeypatch.setenv("KONDENS_KEY_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.delenv("KONDENS_NEW_KEY_PASSPHRASE", raising=False)
    # The lowest scrypt cost a key file may ask for (the default is 6x dearer): keeps the suite fast.
    from transcripts.deid import linking_key

    monkeypatch.setattr(linking_key, "KDF_COST", {"n": 2**14, "r": 8, "p": 1})


@pytest.fixture(autouse=True)
def _default_locale() -> Iterator[None]:
    """A test that installs the Bokmål translator also sets Qt's default locale; the next test starts afresh."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _locked_keys() -> Iterator[None]:
    """Unlocked linking keys are cached per session; each test starts with none."""
    yield
    from app.review.key_settings import lock_all

    lock_all()


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
@pytest.fixture(autouse=True)
def _inline_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Project jobs run inline in tests (a job's callbacks have run when ``ctx.run`` returns);
    tests/test_executor.py runs the real worker thread explicitly."""
    from app import executor

    monkeypatch.setattr(executor, "INLINE", True)
