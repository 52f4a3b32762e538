"""What a write changed: returned by every service and broadcast to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Changes:
    """Tables and row ids a transaction touched, plus the SQL that reverts it (memory only).

    ``value`` is the service's result (e.g. the id of a new segment). ``seq`` is the position of the
    transaction in a team project's change log (0 on SQLite); ``origin`` names the client that made a
    change which arrived from the server ("" for this client's own writes).
    """

    label: str = ""
    touched: dict[str, frozenset[int]] = field(default_factory=dict)
    undo_sql: tuple[str, ...] = ()
    value: Any = None
    seq: int = 0
    origin: str = ""

    def touches(self, *tables: str) -> bool:
        return any(t in self.touched for t in tables)

    def ids(self, table: str) -> frozenset[int]:
        return self.touched.get(table, frozenset())

    def with_value(self, value: Any) -> Changes:
        return replace(self, value=value)

    @staticmethod
    def merge(many: list[Changes], label: str = "") -> Changes:
        """One ``Changes`` touching everything ``many`` touched; undo SQL reverts them all (last first)."""
        touched: dict[str, set[int]] = {}
        for ch in many:
            for table, ids in ch.touched.items():
                touched.setdefault(table, set()).update(ids)
        undo = tuple(stmt for ch in reversed(many) for stmt in ch.undo_sql)
        return Changes(label or (many[-1].label if many else ""), {k: frozenset(v) for k, v in touched.items()}, undo,
                       seq=max((ch.seq for ch in many), default=0))
