"""Headless batch import (CLI, demo, benchmarks): plan and commit file after file.

Each file is all or nothing; a failed file is reported and the batch goes on. With a linking key
(unlocked by the caller) every file numbers its tags from the key's mapping, so the same entity keeps
the same tag in every transcript; the key is written ahead of each successful import (so key and
database never drift apart) and then records which informant used which entry.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from coding.errors import N_, KondensError
from coding.services.never_list import never_list
from coding.store import Project
from coding.store.models import Line
from transcripts.deid.key_project import record_import
from transcripts.deid.linking_key import LinkingKey
from transcripts.deid.types import Tagger
from transcripts.importing.commit import stored_speakers
from transcripts.importing.errors import ImportFailed
from transcripts.importing.keyed import commit_with_key
from transcripts.importing.plan import ImportPlan, finish_plan, plan_import, project_language
from transcripts.importing.readahead import MIN_FILES, Readahead

Progress = Callable[[int, int, str], None]  # (files done, files total, file name)
# The index is handed the stored files in groups of about this many turns: one segment of
# ``transcripts.search.whoosh_index.SEGMENT_DOCS`` turn documents.
INDEX_GROUP_TURNS = 600


@dataclass
class FileResult:
    file: str
    ok: bool
    error: str | None = None
    transcript_id: int | None = None
    informant: str | None = None
    turns: int = 0
    lines: int = 0
    words: int = 0
    turn_roles: list[str] = field(default_factory=list)
    speakers: list[dict[str, str]] = field(default_factory=list)
    skipped: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _line_count(project: Project, transcript_id: int) -> int:
    with project.read() as s:
        return int(s.scalar(select(func.count()).select_from(Line).where(Line.transcript_id == transcript_id)) or 0)


def import_files(project: Project, paths: Sequence[str | os.PathLike[str]], *, yes: bool = True,
                 names: Iterable[str] = (), key: LinkingKey | None = None,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                 confirm: Callable[[ImportPlan], bool] | None = None) -> list[FileResult]:
    """Import ``paths`` one by one. ``yes`` accepts every proposal and skips duplicates.

    ``confirm(plan)`` (interactive CLI) is asked before each commit when ``yes`` is False; without it
    a duplicate fails. ``cancel()`` is checked between files. Never raises for a bad file.
    """
    known = [n for n in names if n.strip()]
    lang = project_language(project)
    if key is not None:
        from transcripts.importing.keyed import check_writable

        check_writable(key)  # before anything is stored: a key that cannot be written stops the batch
        known += key.always
    results: list[FileResult] = []
    total = len(paths)
    never = never_list(project)
    ahead = Readahead(paths, known=known, lang=lang, never=never) if total >= MIN_FILES else None
    # The search index is written in the background as the files are stored: the commit hooks run once per
    # group of files of about one index segment, so the index writes whole segments while the next files
    # are stored (one update for the whole batch would start only after the last file).
    group = ExitStack()
    group.enter_context(project.batch())
    held_turns = 0
    try:
        for i, raw_path in enumerate(paths):
            if cancel is not None and cancel():
                break
            path = Path(raw_path)
            if progress:
                progress(i, total, path.name)
            res = FileResult(file=str(raw_path), ok=False)
            results.append(res)
            try:
                if ahead is not None:
                    plan = finish_plan(project, ahead.plan(i))
                else:
                    plan = plan_import(project, path, known_names=known, lang=lang)
                if plan.duplicate_of is not None and (yes or confirm is None):
                    if yes:
                        res.ok, res.skipped, res.transcript_id = True, True, plan.duplicate_of
                        res.error = f"{path.name}: already imported (transcript {plan.duplicate_of}), skipped"
                        continue
                    raise ImportFailed(path, N_("is already in the project (transcript {duplicate_of})"),
                                       duplicate_of=plan.duplicate_of)
                if not yes and confirm is not None and not confirm(plan):
                    res.skipped, res.ok, res.error = True, True, f"{path.name}: skipped by the user"
                    continue
                tagger = Tagger(lang, mapping=key.mapping) if key is not None else Tagger(lang)
                changes = commit_with_key(project, plan, key, tagger=tagger)
            except (ImportFailed, KondensError) as e:
                res.error = str(e)
                continue
            except Exception as e:  # a bug or a hostile file: report, keep going, nothing half-stored
                res.error = f"{path.name}: could not be imported ({type(e).__name__})"
                continue
            tid = int(changes.value)
            res.ok, res.transcript_id = True, tid
            if key is not None:  # which informant used which entry (for withdrawal); the tags are already safe
                try:
                    record_import(key, project, tid, tagger)
                    key.save()
                except KondensError as e:
                    res.error = f"{path.name}: imported, but the linking key could not note its informant ({e})"
            res.speakers, res.turn_roles, res.informant = stored_speakers(project, tid)
            res.turns, res.words, res.lines = len(res.turn_roles), plan.words, _line_count(project, tid)
            held_turns += res.turns
            if held_turns >= INDEX_GROUP_TURNS:
                group.close()  # the index takes this group in the background
                group = ExitStack()
                group.enter_context(project.batch())
                held_turns = 0
    finally:
        group.close()
        if ahead is not None:
            ahead.close()
    if progress:
        progress(len(results), total, "")
    return results
