"""Comments, anchors and suggestions as plain, JSON-able data (the wire format of both files).

Validation here is strict: a comments file comes from another machine and is treated as hostile
input. Every problem raises :class:`ReviewFileError` with one line; nothing is half-read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from coding.errors import N_, KondensError
from coding.store.models import new_guid, now_iso

ANCHOR_KINDS = ("area", "subgroup", "code", "condensate", "golden_quote", "segment", "lines", "project")
SUGGESTION_ACTIONS = ("rename", "merge", "move", "split", "more_data")
ACTIONS = ("", "resolve", "reopen", "apply", "decline")
THREAD_STATUSES = ("open", "resolved", "applied", "declined")
MAX_TEXT = 20_000


class ReviewFileError(KondensError):
    """A review copy or comments file that is corrupt, foreign, too new or otherwise unusable."""


def _str(d: dict[str, Any], key: str, default: str = "", limit: int = MAX_TEXT) -> str:
    v = d.get(key, default)
    if v is None:
        return default
    if not isinstance(v, str):
        raise ReviewFileError(N_("field {key!r} is not text"), key=key)
    return v[:limit]


def _opt_int(d: dict[str, Any], key: str) -> int | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, int) or isinstance(v, bool):
        raise ReviewFileError(N_("field {key!r} is not a number"), key=key)
    return v


@dataclass(frozen=True)
class Anchor:
    """What a comment is about. ``guid`` names the object; the rest is context kept for orphans.

    - area / subgroup / condensate: ``guid`` of the theme node; condensate may carry ``start``/``end``
      (offsets into the condensate text) and ``quote`` (the text in that range).
    - code: ``guid`` of the code.
    - golden_quote: ``guid`` of the theme node, ``segment`` the segment's GUID, ``quote`` its text.
    - segment: ``guid`` of the segment, ``quote`` its text.
    - lines: ``transcript`` GUID, ``informant`` pseudonym, ``first``/``last`` line numbers, ``quote``.
    """

    kind: str
    guid: str = ""
    name: str = ""  # node / code name at the time of the comment
    path: str = ""  # "Area / Subgroup" of the node (or of the code's node)
    start: int | None = None
    end: int | None = None
    quote: str = ""
    segment: str = ""
    transcript: str = ""
    informant: str = ""
    first: int | None = None
    last: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in ("", None)}

    @staticmethod
    def from_json(d: Any) -> Anchor:
        if not isinstance(d, dict):
            raise ReviewFileError(N_("an anchor is not an object"))
        kind = _str(d, "kind")
        if kind not in ANCHOR_KINDS:
            raise ReviewFileError(N_("unknown anchor kind {kind!r}"), kind=kind)
        return Anchor(kind=kind, guid=_str(d, "guid", limit=100), name=_str(d, "name", limit=500),
                      path=_str(d, "path", limit=1000), start=_opt_int(d, "start"), end=_opt_int(d, "end"),
                      quote=_str(d, "quote"), segment=_str(d, "segment", limit=100),
                      transcript=_str(d, "transcript", limit=100), informant=_str(d, "informant", limit=20),
                      first=_opt_int(d, "first"), last=_opt_int(d, "last"))

    def label(self) -> str:
        """A short, language-neutral reference: "Area / Subgroup", "code X", "B, l. 212–215"."""
        if self.kind == "lines":
            span = f"{self.first}" if self.first == self.last else f"{self.first}–{self.last}"
            return f"{self.informant or '?'}, l. {span}"
        if self.kind == "project":
            return "—"
        if self.kind == "code":
            return f"{self.path} · {self.name}" if self.path else self.name or "?"
        return self.path or self.name or "?"


@dataclass(frozen=True)
class Suggestion:
    """A structured action the student can apply in one click.

    rename: ``name``; merge: ``into`` (GUID) + ``into_name``, ``sources`` extra GUIDs merged too;
    move: ``into`` (theme node GUID) + ``into_name``; split: ``name`` of the new area + ``codes``
    (GUIDs, names in ``code_names``); more_data: nothing to apply.
    """

    action: str
    name: str = ""
    into: str = ""
    into_name: str = ""
    sources: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    code_names: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"action": self.action}
        for k in ("name", "into", "into_name"):
            if getattr(self, k):
                out[k] = getattr(self, k)
        for k in ("sources", "codes", "code_names"):
            if getattr(self, k):
                out[k] = list(getattr(self, k))
        return out

    @staticmethod
    def from_json(d: Any) -> Suggestion | None:
        if d in (None, "", {}):
            return None
        if not isinstance(d, dict):
            raise ReviewFileError(N_("a suggestion is not an object"))
        action = _str(d, "action")
        if action not in SUGGESTION_ACTIONS:
            raise ReviewFileError(N_("unknown suggestion {action!r}"), action=action)

        def strs(key: str) -> tuple[str, ...]:
            v = d.get(key, [])
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v) or len(v) > 500:
                raise ReviewFileError(N_("field {key!r} is not a list of text"), key=key)
            return tuple(x[:500] for x in v)

        return Suggestion(action, _str(d, "name", limit=500), _str(d, "into", limit=100),
                          _str(d, "into_name", limit=500), strs("sources"), strs("codes"), strs("code_names"))

    def describe(self) -> str:
        if self.action == "rename":
            return f"rename to “{self.name}”"
        if self.action == "merge":
            return f"merge into “{self.into_name}”"
        if self.action == "move":
            return f"move to “{self.into_name}”"
        if self.action == "split":
            return f"split into new area “{self.name}” ({', '.join(self.code_names)})"
        return "needs more data"

    def texts(self) -> list[str]:
        """The free text a supervisor typed into the suggestion (goes through the detector)."""
        return [self.name] if self.name else []


@dataclass(frozen=True)
class Comment:
    """One comment or reply. ``parent`` is the GUID of the thread's first comment (None for it)."""

    text: str
    anchor: Anchor
    author: str = ""
    role: str = "supervisor"
    guid: str = field(default_factory=new_guid)
    parent: str | None = None
    created: str = field(default_factory=now_iso)
    suggestion: Suggestion | None = None
    action: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"guid": self.guid, "text": self.text, "author": self.author, "role": self.role,
                               "created": self.created, "anchor": self.anchor.to_json()}
        if self.parent:
            out["parent"] = self.parent
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion.to_json()
        if self.action:
            out["action"] = self.action
        return out

    @staticmethod
    def from_json(d: Any) -> Comment:
        if not isinstance(d, dict):
            raise ReviewFileError(N_("a comment is not an object"))
        guid = _str(d, "guid", limit=100)
        if not guid:
            raise ReviewFileError(N_("a comment has no guid"))
        role = _str(d, "role", "supervisor")
        if role not in ("supervisor", "student"):
            raise ReviewFileError(N_("unknown role {role!r}"), role=role)
        action = _str(d, "action")
        if action not in ACTIONS:
            raise ReviewFileError(N_("unknown comment action {action!r}"), action=action)
        parent = _str(d, "parent", limit=100) or None
        return Comment(text=_str(d, "text"), anchor=Anchor.from_json(d.get("anchor", {"kind": "project"})),
                       author=_str(d, "author", limit=200), role=role, guid=guid, parent=parent,
                       created=_str(d, "created", limit=40), suggestion=Suggestion.from_json(d.get("suggestion")),
                       action=action)

    def with_text(self, text: str, suggestion: Suggestion | None) -> Comment:
        return replace(self, text=text, suggestion=suggestion)


@dataclass(frozen=True)
class ThreadView:
    """A comment as a list shows it (both roles): resolved anchor, status, where it belongs."""

    guid: str
    parent: str | None
    text: str
    author: str
    role: str
    created: str
    status: str  # thread status for first comments, "" for replies
    anchor: Anchor
    suggestion: Suggestion | None
    action: str
    orphan: bool  # the anchored object is gone (deleted or merged) or the quoted text changed
    where: str  # current label of the anchor ("Area / Subgroup", "B, l. 3–4"), or the old one if orphaned
    area: str  # the theme area it belongs to, "" if none
    local: bool = False  # written in this session (supervisor: not yet returned; can be deleted)
    round: int = 0
    theme_id: int | None = None  # where the anchor resolves now (for markers on the theme tree)
    code_id: int | None = None

    @property
    def is_thread(self) -> bool:
        return self.parent is None

    @property
    def kind(self) -> str:
        return "suggestion" if self.suggestion is not None else "comment"

    def to_json(self) -> dict[str, Any]:
        return {"guid": self.guid, "parent": self.parent, "anchor": self.where, "anchor_kind": self.anchor.kind,
                "text": self.text, "author": self.author, "role": self.role, "created": self.created,
                "status": self.status, "suggestion": self.suggestion.to_json() if self.suggestion else None,
                "orphan": self.orphan, "area": self.area, "round": self.round}
