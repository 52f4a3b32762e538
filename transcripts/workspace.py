"""Opening a project the way every front end should: store + extensions (search index, …).

CLI commands and the GUI open projects through :func:`open_project` / :func:`create_project` so
that extensions such as the search index are attached and kept in step with every commit.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from coding.store import Project

Extension = Callable[[Project], None]
EXTENSIONS: list[Extension] = []


def register_extension(ext: Extension) -> None:
    if ext not in EXTENSIONS:
        EXTENSIONS.append(ext)


def _attach(project: Project) -> Project:
    _load_builtin_extensions()
    for ext in EXTENSIONS:
        ext(project)
    return project


def open_project(path: str | os.PathLike[str], readonly: bool = False) -> Project:
    return _attach(Project.open(path, readonly=readonly))


def create_project(path: str | os.PathLike[str]) -> Project:
    return _attach(Project.create(path))


def _load_builtin_extensions() -> None:
    """Import the modules that register extensions (kept here so the order is explicit)."""
