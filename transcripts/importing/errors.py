"""Import errors: one line naming the file and the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coding.errors import N_, KondensError, Message


class ImportFailed(KondensError):
    """A file could not be imported. ``str()`` is ``"<file name>: <reason>"``; nothing was stored."""

    def __init__(self, path: str | Path, reason: str | Message, /, **params: Any) -> None:
        """``reason`` is a template marked with ``N_`` (with ``params``) or a :class:`Message`."""
        self.path = Path(path)
        why = reason if isinstance(reason, Message) else Message(reason, **params)
        self.reason = str(why)
        super().__init__(N_("{file}: {reason}"), file=self.path.name or self.path, reason=why)


class ImportCancelled(KondensError):
    """The user cancelled a batch; files already imported stay, each complete."""
