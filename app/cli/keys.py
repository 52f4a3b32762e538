"""The project's linking key for shell commands: found, unlocked with a passphrase, or explicitly skipped."""

from __future__ import annotations

import sys

from app.cli.passphrase import ask
from app.review.key_settings import check_key_place, key_status, unlock
from coding.errors import KondensError
from coding.store import Project
from transcripts.deid.key_project import unlock_project_key
from transcripts.deid.linking_key import LinkingKey

NO_KEY_NOTE = "no linking key: tags are numbered per transcript ([sted 1] may differ between transcripts)"


def project_key(project: Project, key_arg: str | None = None, no_key: bool = False,
                create_missing: bool = False) -> LinkingKey | None:
    """``--key PATH`` if given (created there if ``create_missing`` and absent), else the project's own key;
    None with ``--no-key`` or when the project works without one (a note goes to stderr)."""
    if no_key:
        if key_arg:
            raise KondensError("--key and --no-key cannot be used together")
        print(f"kondens: {NO_KEY_NOTE}", file=sys.stderr)
        return None
    if key_arg:
        path = check_key_place(project, key_arg)
        if not path.exists() and create_missing:
            return LinkingKey.create(path, ask(new=True), project_id="")
        return unlock_project_key(project, path, ask())
    status = key_status(project)
    if not status.uses_key:
        print(f"kondens: {NO_KEY_NOTE}", file=sys.stderr)
        return None
    if not status.found:
        raise KondensError(f"{status.path}: the project's linking key is not there; point to it with "
                           f"'kondens key {project.path} --locate FILE', or use --no-key")
    return unlock(project, ask())
