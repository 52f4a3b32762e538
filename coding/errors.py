"""User-facing errors: one line naming the file or project and the reason. Not bugs.

Messages are English templates marked with :func:`N_` and raised with their parameters::

    raise ProjectError(N_("{path}: folder is not writable"), path=p)

``str(exc)`` is the English line (the CLI prints it); the GUI looks the *template* up in the one Qt
catalogue (context ``messages``, extracted from these markers by ``python -m app.i18n_build``) and then
formats it (``app.i18n.tr_error``). A parameter may itself be a :class:`Message` (a reason or a noun that
needs translating too); plain values (file names, numbers, user data) are inserted as they are. A template
without parameters is used literally (braces in it are not placeholders).
"""

from __future__ import annotations

import errno
from typing import Any


def N_(template: str) -> str:
    """Mark an English message template for the catalogue; returns it unchanged (like gettext's ``N_``)."""
    return template


class Message:
    """A marked template and its parameters; ``str()`` is the formatted English text."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.template
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)

    def __getstate__(self) -> tuple[str, dict[str, Any]]:
        return self.template, self.params

    def __setstate__(self, state: tuple[str, dict[str, Any]]) -> None:
        self.template, self.params = state


class MarkedError(Exception):
    """An exception whose text is a :class:`Message`: ``Error(N_("template"), **params)`` or ``Error(message)``.

    ``.message`` holds the Message; ``str()``/``args[0]`` the English line.
    """

    def __init__(self, message: str | Message = "", /, **params: Any) -> None:
        msg = message if isinstance(message, Message) else Message(message, **params)
        self.message = msg
        super().__init__(str(msg))


class KondensError(MarkedError):
    """Base for every error the CLI reports with exit status 2 and the GUI shows in a message box."""


_OS_REASONS = {  # the usual causes, in the words of glibc's strerror (so the CLI reads as before)
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
    errno.EEXIST: N_("File exists"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    getattr(errno, "EDQUOT", -1): N_("Disk quota exceeded"),  # not every platform's errno has it
    errno.ENAMETOOLONG: N_("File name too long"),
    errno.EBUSY: N_("Device or resource busy"),
    errno.EIO: N_("Input/output error"),
}


def os_reason(e: OSError) -> Message | str:
    """The reason of an OS error for a message parameter: marked (translatable) for the usual errnos."""
    template = _OS_REASONS.get(e.errno or 0)
    if template is not None:
        return Message(template)
    return e.strerror or type(e).__name__
