"""Redaction and withdrawal services on a real PostgreSQL (see tests/test_team_services.py).

Left out: the tests that scan the files of a ``.kondens`` folder (project.db, backups); on a server the
removed rows leave the table files by ``VACUUM FULL`` (coding/services/scrub.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coding.store import Project
from tests.test_redaction import (  # noqa: F401
    coded,
    test_errors,
    test_redact_everywhere_and_undo,
    test_redact_in_one_transcript_keeps_codings,
    test_selection_occurrences_counts_whole_words,
)
from tests.test_withdraw import test_withdraw_unknown_label  # noqa: F401


@pytest.fixture
def project(pg_project_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    monkeypatch.setenv("KONDENS_OFFLINE_COPY", "0")  # the offline copy has its own test (tests/test_team.py)
    p = Project.open(pg_project_url)
    yield p
    p.close()
