"""The service tests that matter (coding, codes, memos, themes), run again on a real PostgreSQL.

The test functions are those of tests/test_coding_ops.py and tests/test_themes_services.py; here the
``project`` they receive is a team project in a fresh PostgreSQL database (tests/pg_fixture.py), so the
same Alembic migrations, services and trigger-based undo are exercised on both databases.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coding.store import Project
from tests.test_coding_ops import *  # noqa: F403
from tests.test_themes_services import *  # noqa: F403


@pytest.fixture
def project(pg_project_url: str) -> Iterator[Project]:
    p = Project.open(pg_project_url)
    assert p.is_server
    yield p
    p.close()
