"""A real PostgreSQL 16 for team-project tests, started by the suite itself with ``pgserver``.

One server per test session (about 2 s to start); each test gets its own empty database. As root
(containers, CI images) PostgreSQL refuses to run; pgserver then runs ``initdb`` and ``postgres`` as an
unprivileged system user ``pgserver`` that it creates with ``useradd`` and gives read access to its
binaries and to the data folder's parents. If the server cannot start at all, the tests that need it
are skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

_count = itertools.count(1)


@dataclass
class PgServer:
    socket_dir: Path
    bin: Path

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def createdb(self, name: str, template: str = "template1") -> str:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url(name)

    def pg_dump(self, database: str) -> str:
        return subprocess.run([str(self.bin / "pg_dump"), "-h", str(self.socket_dir), "-U", "postgres",
                               "--no-owner", database], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    # Not under pytest's basetemp: another pytest run on the machine prunes old basetemps, and a data
    # folder (or pgserver's lock file) deleted under a running server breaks it.
    top = Path(tempfile.mkdtemp(prefix="kondens-pg-"))
    os.environ.setdefault("XDG_RUNTIME_DIR", str(Path(tempfile.gettempdir()) / "kondens-pg-runtime"))
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    try:
        import pgserver
        from pgserver._commands import POSTGRES_BIN_PATH
    except ImportError as e:
        shutil.rmtree(top, ignore_errors=True)
        pytest.skip(f"pgserver is not installed ({e}); pip install -e '.[test]'")
    data = top / "data"
    data.mkdir()
    try:
        srv = pgserver.get_server(data, cleanup_mode="delete")
    except Exception as e:  # no useradd as root, no shared memory, a sandbox without sockets, …
        shutil.rmtree(top, ignore_errors=True)
        pytest.skip(f"PostgreSQL (pgserver) could not start here: {type(e).__name__}: {e}")
    try:
        # A throw-away server: no fsync (the suite's databases need not survive a power cut).
        import psycopg

        info = srv.get_postmaster_info()
        with psycopg.connect(host=str(info.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                c.execute(f"ALTER SYSTEM SET {setting} = off")
            c.execute("SELECT pg_reload_conf()")
        socket_dir = info.socket_dir
        assert socket_dir is not None
        yield PgServer(Path(socket_dir), POSTGRES_BIN_PATH)
    finally:
        srv.cleanup()
        shutil.rmtree(top, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A new, empty database on the session's server."""
    return pg_server.createdb(f"kondens_t{os.getpid()}_{next(_count)}")


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database holding a new, empty team project (migrated once per session), to be cloned."""
    from coding.store import Project

    Project.create(pg_server.createdb("kondens_template")).close()
    return "kondens_template"


@pytest.fixture
def pg_project_url(pg_server: PgServer, pg_template: str) -> str:
    """A new database holding an empty team project: a copy of ``pg_template`` (faster than migrating)."""
    return pg_server.createdb(f"kondens_p{os.getpid()}_{next(_count)}", template=pg_template)
