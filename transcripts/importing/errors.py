"""Import errors: one line naming the file and the reason."""

from __future__ import annotations

from pathlib import Path

from coding.errors import KondensError


class ImportFailed(KondensError):
    """A file could not be imported. ``str()`` is ``"<file name>: <reason>"``; nothing was stored."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name or self.path}: {reason}")


class ImportCancelled(KondensError):
    """The user cancelled a batch; files already imported stay, each complete."""
