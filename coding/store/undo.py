"""Row-level undo capture with temporary SQLite triggers.

Every connection gets TEMP triggers on each undoable table that write the *inverse* SQL statement of
each INSERT/UPDATE/DELETE into ``temp.undo_log`` (the technique of SQLite's "Automatic Undo/Redo"
note). A transaction reads and clears its log before committing, so a service call yields the exact
statements that revert it; reverting runs them in reverse order, and the triggers record the
statements that redo it. This works for bulk SQL as well as ORM writes, so a merge of 5,000
segments is one UPDATE and still undoes exactly.

The log is a TEMP table with ``temp_store=MEMORY``: undo data (which can hold redacted text) lives
in memory only and disappears with the connection, as PRIVACY.md requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table

LOG_DDL = "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, stmt TEXT)"


def _quote_all(cols: Sequence[str], ref: str) -> str:
    return "||','||".join(f"quote({ref}.\"{c}\")" for c in cols)


def trigger_ddl(table: Table) -> list[str]:
    name = table.name
    cols = [c.name for c in table.columns if c.name != "id"]
    col_list = ",".join(f'"{c}"' for c in cols)
    set_expr = "||','||".join(f"'\"{c}\"='||quote(old.\"{c}\")" for c in cols)
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{name}_ins AFTER INSERT ON main.{name} BEGIN "
        f"INSERT INTO undo_log(tbl, rid, stmt) VALUES('{name}', new.id, "
        f"'DELETE FROM {name} WHERE id='||new.id); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{name}_upd AFTER UPDATE ON main.{name} BEGIN "
        f"INSERT INTO undo_log(tbl, rid, stmt) VALUES('{name}', old.id, "
        f"'UPDATE {name} SET '||{set_expr}||' WHERE id='||old.id); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{name}_del BEFORE DELETE ON main.{name} BEGIN "
        f"INSERT INTO undo_log(tbl, rid, stmt) VALUES('{name}', old.id, "
        f"'INSERT INTO {name}(id,{col_list}) VALUES('||old.id||','||{_quote_all(cols, 'old')}||')'); END",
    ]


def install(dbapi_connection: Any, tables: Sequence[Table]) -> None:
    """Create the TEMP log and triggers on a raw sqlite3 connection (called on every connect)."""
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute(LOG_DDL)
    for table in tables:
        for ddl in trigger_ddl(table):
            cur.execute(ddl)
    cur.close()
