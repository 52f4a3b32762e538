"""Roles on a team project, enforced by PostgreSQL itself (grants), not only by the app.

Three group roles per database, made by :func:`ensure_roles` (run by the database's owner):

* ``<db>_owner``: everything (settings, deleting and withdrawing transcripts, roles of others).
* ``<db>_coder``: codes, segments, memos, themes, quotes, snapshots, imports (new transcripts) and the
  settings rows that are a coder's own steps (the coding pass, reading marks, the never-list the import
  review adds to, the method of the Steps panel); may not delete transcripts or informants (withdrawal,
  deletion).
* ``<db>_reviewer``: reads everything; writes only review comments (and its own autosave drafts).

Every role may write the change log (each commit adds one row) and use the TEMP undo table.
:func:`grant` gives a login role one of the three (and takes the others away).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from coding.errors import N_, KondensError
from coding.store.models import Base

ROLES = ("owner", "coder", "reviewer")
_IMPORTED = ("transcripts", "turns", "lines", "informants")  # coders add these (import), never remove them


class RoleError(KondensError):
    pass


def group_role(database: str, role: str) -> str:
    return f"{database}_{role}"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def ensure_roles(conn: Connection) -> None:
    """Create (or bring up to date) the three group roles and their grants on this database."""
    db = str(conn.execute(text("SELECT current_database()")).scalar())
    tables = [t.name for t in Base.metadata.sorted_tables]
    for role in ROLES:
        name = group_role(db, role)
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar():
            conn.execute(text(f"CREATE ROLE {_q(name)} NOLOGIN"))
        conn.execute(text(f"GRANT CONNECT, TEMP ON DATABASE {_q(db)} TO {_q(name)}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {_q(name)}"))
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {_q(name)}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {_q(name)}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {_q(name)}"))
        conn.execute(text(f"GRANT INSERT ON change_log TO {_q(name)}"))
        if role == "owner":
            conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {_q(name)}"))
            continue
        conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON drafts TO {_q(name)}"))
        if role == "reviewer":
            conn.execute(text(f"GRANT INSERT, UPDATE ON review_comments TO {_q(name)}"))
            continue
        for t in tables:
            rights = "INSERT, UPDATE" if t in _IMPORTED else "INSERT, UPDATE, DELETE"
            conn.execute(text(f"GRANT {rights} ON {_q(t)} TO {_q(name)}"))


def grant(conn: Connection, user: str, role: str) -> None:
    """Give the login role ``user`` the project role ``role`` (and none of the other two)."""
    if role not in ROLES:
        raise RoleError(N_('{role}: not a role (owner, coder or reviewer)'), role=role)
    if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": user}).scalar():
        raise RoleError(N_('{user}: no such database user (the administrator creates it: CREATE ROLE {user} LOGIN)'),
                        user=user)
    ensure_roles(conn)
    db = str(conn.execute(text("SELECT current_database()")).scalar())
    for other in ROLES:
        conn.execute(text(f"REVOKE {_q(group_role(db, other))} FROM {_q(user)}"))
    conn.execute(text(f"GRANT {_q(group_role(db, role))} TO {_q(user)}"))


def role_of(conn: Connection) -> str:
    """The project role of the connected user: "owner" for the database's owner or a superuser."""
    db = str(conn.execute(text("SELECT current_database()")).scalar())
    if conn.execute(text("SELECT rolsuper OR pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE "
                         "datname = current_database()), 'MEMBER') FROM pg_roles WHERE rolname = current_user")
                    ).scalar():
        return "owner"
    for role in ROLES:
        name = group_role(db, role)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
        if exists and conn.execute(text("SELECT pg_has_role(current_user, :n, 'MEMBER')"), {"n": name}).scalar():
            return role
    return ""
