"""Free key/value attributes of informants (role, site, gender…) used to filter the matrix.

Attributes describe the informant in the analysis's own terms; they must not hold real names
(the UI says so). Stored as a JSON object in ``informants.attributes``.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Informant


class AttributeError_(KondensError):
    pass


def set_informant_attribute(project: Project, label: str, key: str, value: str | None) -> Changes:
    """Set ``key`` to ``value`` for informant ``label``; ``None`` or "" removes the key."""
    key = key.strip()
    if not key:
        raise AttributeError_(N_("An attribute needs a name"))
    with project.transaction(f"Informant {label}: {key}") as tx:
        inf = tx.session.scalar(select(Informant).where(Informant.label == label))
        if inf is None:
            raise AttributeError_(N_("informant {label} does not exist"), label=label)
        attrs: dict[str, str] = json.loads(inf.attributes or "{}")
        v = (value or "").strip()
        if v:
            attrs[key] = v
        else:
            attrs.pop(key, None)
        new = json.dumps(attrs, ensure_ascii=False, sort_keys=True)
        if new != inf.attributes:
            inf.attributes = new
    return tx.changes


def rename_informant_attribute(project: Project, old_key: str, new_key: str) -> Changes:
    """Rename an attribute key for every informant at once (e.g. "rolle" → "role")."""
    new_key = new_key.strip()
    if not new_key:
        raise AttributeError_(N_("An attribute needs a name"))
    with project.transaction(f"Rename attribute {old_key}") as tx:
        for inf in tx.session.scalars(select(Informant)):
            attrs: dict[str, str] = json.loads(inf.attributes or "{}")
            if old_key in attrs:
                attrs[new_key] = attrs.pop(old_key)
                inf.attributes = json.dumps(attrs, ensure_ascii=False, sort_keys=True)
    return tx.changes
