"""Watching which turn texts take postings computed ahead (by the import's read-ahead worker)."""

from __future__ import annotations

import pytest


def record_offers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose offered postings the index takes from now on (until the test ends), in order."""
    from transcripts.search import fields

    taken: list[str] = []
    real = fields._offered  # noqa: SLF001

    def counting(value: str):  # type: ignore[no-untyped-def]
        got = real(value)
        if got is not None:
            taken.append(value)
        return got

    monkeypatch.setattr(fields, "_offered", counting)
    return taken
