"""Finishing scrubbing that a crash interrupted (see :mod:`coding.services.scrub`).

Front ends call :func:`resume_pending` right after opening a project for writing and before any
backup is taken (``transcripts.workspace.open_project`` does), so a withdrawn informant or a
redacted string never survives in ``project.db``'s free pages, the WAL or ``backups/``.
"""

from __future__ import annotations

from coding.services.scrub import delete_backups_before, finish_pending, pending_tasks, scrub_database
from coding.services.withdraw import finish_withdrawal
from coding.store import Project


def resume_pending(project: Project) -> list[str]:
    """Run every pending scrubbing task to its end. Returns what was done, one line each."""
    if project.readonly:
        return []
    report: list[str] = []
    for task in pending_tasks(project):
        kind, tid = task.get("kind"), str(task["id"])
        if kind == "withdraw" and isinstance(task.get("guid"), str):
            report += finish_withdrawal(project, task["guid"], tid)
        elif kind == "redact":
            scrub_database(project)
            report += delete_backups_before(project.path, float(task.get("at", 0)))
            finish_pending(project, tid)
        else:  # unknown task of a newer Kondens: scrub what we can, keep the task for that version
            scrub_database(project)
    return report
