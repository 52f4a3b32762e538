"""The search index after a coding: written in the background once coding pauses, reopening only the
segments that changed, and never showing a turn's old version."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from coding.services.codes import apply_code, create_code, remove_segment
from coding.services.transcripts import add_transcript
from coding.store import Project
from tests.coding_fixtures import make_transcript
from transcripts.search import index_for, reindex
from transcripts.search import whoosh_index as wi
from transcripts.search.documents import fingerprint
from transcripts.workspace import create_project


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wi, "SEGMENT_DOCS", 1)  # one index segment per transcript
    monkeypatch.setattr(wi, "LAZY_DELAY_S", 0.05)
    p = create_project(tmp_path / "s.kondens")
    # 50 turns each: above SMALL_SEGMENT, so a commit does not fold the transcripts' segments together
    p.tids = [add_transcript(p, make_transcript(lab, n_turns=50, lines_per_turn=1)).value  # type: ignore[attr-defined]
              for lab in ("A", "B", "C")]
    reindex(p)
    yield p
    p.close()


def _manifest(p: Project) -> dict | None:  # type: ignore[type-arg]
    try:
        return json.loads((p.path / "index" / "manifest.json").read_text("utf-8"))["fingerprint"]  # type: ignore[no-any-return]
    except FileNotFoundError:  # being rewritten
        return None


def _coded_lines(p: Project, code: str) -> list[tuple[str, int]]:
    return sorted((h.informant, h.line or 0) for h in index_for(p).search(f'code:"{code}"').hits if h.kind == "line")


def test_a_coding_is_written_to_the_index_in_the_background_after_a_pause(proj: Project) -> None:
    ta = proj.tids[0]  # type: ignore[attr-defined]
    idx = index_for(proj)
    code = int(create_code(proj, "utsatt").value)
    apply_code(proj, ta, 0, 5, code)
    end = time.monotonic() + 10
    while time.monotonic() < end and (idx._lazy or _manifest(proj) != fingerprint(proj)):  # type: ignore[attr-defined]
        time.sleep(0.02)
    assert not idx._lazy  # type: ignore[attr-defined]
    assert _manifest(proj) == fingerprint(proj)  # the segment-only fingerprint equals a full count
    assert _coded_lines(proj, "utsatt") == [("A", 1)]


def test_refreshing_after_a_coding_keeps_the_readers_of_untouched_segments(proj: Project) -> None:
    ta = proj.tids[0]  # type: ignore[attr-defined]
    idx = index_for(proj)
    code = int(create_code(proj, "utsatt").value)
    idx.search("musikk")
    before = {r.segment().segment_id(): r for r, _ in idx._searcher("lines").reader().leaf_readers()}  # type: ignore[attr-defined]
    assert len(before) >= 3
    ch = apply_code(proj, ta, 0, 5, code)
    idx.flush()
    assert _coded_lines(proj, "utsatt") == [("A", 1)]  # once: the turn's old version is gone
    after = {r.segment().segment_id(): r for r, _ in idx._searcher("lines").reader().leaf_readers()}  # type: ignore[attr-defined]
    kept = [sid for sid in after if sid in before and after[sid] is before[sid]]
    assert len(kept) >= 2  # transcripts B and C: their readers were not opened again
    assert len(after) > len(kept)  # A's segment (a deletion) and the new one were
    sid = next(iter(ch.ids("segments")))
    remove_segment(proj, sid)
    idx.flush()
    assert _coded_lines(proj, "utsatt") == []
    total = sum(1 for _ in idx._searcher("lines").reader().all_doc_ids())  # type: ignore[attr-defined]
    assert total == idx._searcher("lines").doc_count()  # type: ignore[attr-defined]
