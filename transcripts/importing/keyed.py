"""The linking key written ahead of the import commit, so key and database never drift apart.

Before the transaction commits, the key with this file's new entries is written next to the key as
``.KEYNAME.pending`` (atomically, through :meth:`LinkingKey.save`); if that fails the commit is
rolled back and the file is not imported. After the commit the pending file is renamed over the key.
A crash between the two leaves the pending file: ``LinkingKey.open`` promotes it (``recover``) the next
time the key is unlocked (it is the key plus entries for names that are in the database now — or, if the crash came
before the commit, entries for names that are nowhere else, which only skip some tag numbers).
So a tag number is never given to two different people.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from coding.changes import Changes
from coding.errors import N_, os_reason
from coding.store import Project
from transcripts.deid.linking_key import LinkingKey, LinkingKeyError, pending_path, recover
from transcripts.deid.types import Span, Tagger
from transcripts.importing.commit import commit_import
from transcripts.importing.plan import ImportPlan, SpeakerChoice


def check_writable(key: LinkingKey) -> None:
    """Fail before any import if the key's folder cannot take the pending file."""
    pending = pending_path(key.path)
    key.save_to(pending)
    pending.unlink(missing_ok=True)


def commit_with_key(project: Project, plan: ImportPlan, key: LinkingKey | None, *,
                    speakers: list[SpeakerChoice] | None = None, accepted_spans: Iterable[Span] | None = None,
                    tagger: Tagger | None = None) -> Changes:
    """:func:`commit_import` with ``key`` (whose mapping the tagger shares) written ahead of the commit."""
    if key is None:
        return commit_import(project, plan, speakers=speakers, accepted_spans=accepted_spans, tagger=tagger)
    pending = pending_path(key.path)
    before = dict(key.mapping)

    def write_ahead() -> None:
        key.save_to(pending)

    try:
        changes = commit_import(project, plan, speakers=speakers, accepted_spans=accepted_spans, tagger=tagger,
                                before_commit=write_ahead)
    except BaseException:
        key.mapping.clear()
        key.mapping.update(before)
        pending.unlink(missing_ok=True)
        raise
    try:
        os.replace(pending, key.path)
    except OSError as e:
        project.revert(changes, f"Undo {changes.label} (linking key not written)")
        key.mapping.clear()
        key.mapping.update(before)
        raise LinkingKeyError(N_("{path}: cannot write the linking key ({reason}); {name} was not imported"),
                              path=key.path, reason=os_reason(e), name=plan.name) from None
    return changes


__all__ = ["check_writable", "commit_with_key", "pending_path", "recover"]
