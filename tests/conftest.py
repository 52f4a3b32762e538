"""Shared fixtures. Qt runs offscreen; user settings are isolated per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.demo_fixture import demo_built, demo_copy  # noqa: F401  (the demo, built once per session)

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
