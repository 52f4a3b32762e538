"""The demo project, built once per test session; tests that write get their own copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.cli.cmd_demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_copy(demo_built: Path, tmp_path: Path) -> Path:
    target = tmp_path / "Demo.kondens"
    shutil.copytree(demo_built, target, ignore=shutil.ignore_patterns("*.lock", "lock"))
    return target
