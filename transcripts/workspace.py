"""Opening a project the way every front end should: store + extensions (search index, …).

CLI commands and the GUI open projects through :func:`open_project` / :func:`create_project` so
that extensions such as the search index are attached and kept in step with every commit.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from coding.services.resume import resume_pending
from coding.store import Project
from coding.store.backup import take_backup

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


def open_project(path: str | os.PathLike[str], readonly: bool = False, backup: bool = True,
                 defer: bool = False) -> Project:
    """Open with the lock held (unless read-only), a rotating backup taken, and extensions attached.

    ``defer=True`` (the GUI) stops after the lock and the scrubbing a crash interrupted: the caller runs
    :func:`finish_open` itself before the project's first write (the GUI queues it as the first job of the
    project's executor, so the window shows the last transcript without waiting for the backup copy and
    the search index check).
    """
    project = Project.open(path, readonly=readonly)
    try:
        if project.is_server:
            # A team project: the server keeps the data (and its administrators its backups); scrubbing
            # of deleted rows is the server's VACUUM. Only the search index is local.
            return project if defer else _attach(project)
        if not readonly:
            # Scrubbing that a crash interrupted comes first: no backup may copy what it removes.
            resume_pending(project)
        if defer:
            return project
        return finish_open(project, backup=backup)
    except BaseException:
        project.close()
        raise


def finish_open(project: Project, backup: bool = True) -> Project:
    """The rest of :func:`open_project`: the rotating backup (not for read-only sessions) and the extensions
    (the search index, opened or rebuilt, and its commit hook). Must run before the project's first write."""
    if backup and not project.readonly and not project.is_server:
        take_backup(project, "open")
    return _attach(project)


def create_project(path: str | os.PathLike[str]) -> Project:
    return _attach(Project.create(path))


def _load_builtin_extensions() -> None:
    """Import the modules that register extensions (kept here so the order is explicit)."""
    import transcripts.search as search

    register_extension(search.attach)
