"""The project's never-list: words the researcher has ruled out as identifiers ("not an identifier").

PRIVACY.md rule 4: the list holds ordinary words (Erfaringskonsulenten, Musikkterapeuten, Ungbo when it is
a kind of service), never names, so it may live in the project. It is read at every import, where the
detector drops these words and their inflections before anything is proposed. The "always" list is its
opposite and consists of real names; it lives in the linking key, outside the project.

Stored as one JSON list in the ``settings`` table, in the order the words were added.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Setting
from coding.store.setting_rows import put_setting

NEVER_KEY = "never_list"
MAX_WORD = 80


class NeverListError(KondensError):
    pass


def _clean(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for w in words:
        w = " ".join(str(w).split())
        if not w:
            continue
        if len(w) > MAX_WORD:
            raise NeverListError(N_("“{word}…” is too long for the never-list (at most {limit} characters)"),
                                 word=w[:20], limit=MAX_WORD)
        if w.casefold() not in seen:
            seen.add(w.casefold())
            out.append(w)
    return out


def never_list(project: Project) -> list[str]:
    with project.read() as s:
        raw = s.scalar(select(Setting.value).where(Setting.key == NEVER_KEY))
    try:
        data = json.loads(raw) if raw else []
    except ValueError:
        return []
    return _clean(x for x in data if isinstance(x, str)) if isinstance(data, list) else []


def set_never_list(project: Project, words: Iterable[str]) -> Changes:
    """Replace the never-list by ``words`` (trimmed, case-insensitively de-duplicated)."""
    cleaned = _clean(words)
    with project.transaction("Edit the never-list") as tx:
        s = tx.session
        put_setting(s, NEVER_KEY, json.dumps(cleaned, ensure_ascii=False))
        tx.value = cleaned
    return tx.changes


def add_to_never_list(project: Project, words: Iterable[str]) -> Changes:
    """Append ``words`` that are not on the list yet; ``value`` is the whole new list."""
    return set_never_list(project, [*never_list(project), *words])
