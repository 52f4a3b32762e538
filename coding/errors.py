"""User-facing errors: one line naming the file or project and the reason. Not bugs."""


class KondensError(Exception):
    """Base for every error the CLI reports with exit status 2 and the GUI shows in a message box."""
