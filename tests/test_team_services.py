"""The service tests that matter, run again on a real PostgreSQL: coding, codes, memos, themes,
snapshots, the matrix, recontextualisation, quote export (redaction and withdrawal: tests/test_team_redaction.py).

The test functions are those of the named modules; here the ``project`` they receive is a team project in
a fresh PostgreSQL database (tests/pg_fixture.py), so the same Alembic migrations, services and
trigger-based undo are exercised on both databases. Left out: the tests that scan the files of a
``.kondens`` folder (project.db, backups), which a team project does not have.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coding.store import Project
from tests.test_coding_ops import *  # noqa: F403
from tests.test_export_quotes import *  # noqa: F403
from tests.test_matrix import *  # noqa: F403
from tests.test_recontext import *  # noqa: F403
from tests.test_snapshots import *  # noqa: F403
from tests.test_themes_services import *  # noqa: F403


@pytest.fixture
def project(pg_project_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    monkeypatch.setenv("KONDENS_OFFLINE_COPY", "0")  # the offline copy has its own test (tests/test_team.py)
    p = Project.open(pg_project_url)
    assert p.is_server
    yield p
    p.close()
