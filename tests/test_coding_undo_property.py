"""Random sequences of coding operations, then undo of all of them, must give back the starting database."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from coding import queries
from coding.changes import Changes
from coding.errors import KondensError
from coding.services import coding_ops as ops
from coding.services.codes import apply_code, create_code, remove_segment
from coding.store import Project
from tests.coding_fixtures import add_transcripts, dump

EXAMPLES = int(os.environ.get("KONDENS_FUZZ_EXAMPLES", "20"))
_TEMPLATE: Path | None = None


def _template() -> Path:
    """One migrated project with three transcripts and a few codes, copied for each example (fast)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        root = Path(tempfile.mkdtemp(prefix="kondens-undo-tpl-"))
        p = Project.create(root / "t.kondens")
        add_transcripts(p, "ABC", n_turns=4, lines_per_turn=4)
        for name in ("glede", "mestring", "fellesskap"):
            create_code(p, name)
        p.close()
        _TEMPLATE = root / "t.kondens"
    return _TEMPLATE


idx = st.integers(min_value=0, max_value=10_000)


class CodingUndoMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="kondens-undo-"))
        shutil.copytree(_template(), self.tmp / "p.kondens")
        self.project = Project.open(self.tmp / "p.kondens")
        self.start = dump(self.project)
        self.done: list[Changes] = []
        self.snapshots: list[list[tuple[str, list[tuple[object, ...]]]] | None] = []
        self.text_len = {t.id: len(queries.transcript(self.project, t.id).text)
                         for t in queries.transcript_summaries(self.project)}

    # ---- helpers ----
    def _codes(self) -> list[int]:
        return [c.id for c in queries.codes(self.project)]

    def _segments(self) -> list[int]:
        return [s.id for s in queries.segments(self.project)]

    def _do(self, fn, *args, snapshot: bool = False) -> None:  # type: ignore[no-untyped-def]
        before = dump(self.project) if snapshot else None
        try:
            ch = fn(self.project, *args)
        except KondensError:
            assert dump(self.project) == before if snapshot else True
            return
        if ch.touched:
            self.done.append(ch)
            self.snapshots.append(before)

    # ---- rules ----
    @rule(name=st.sampled_from(["ro", "kontroll", "sang", "musikk"]), parent=idx, top=st.booleans())
    def create(self, name: str, parent: int, top: bool) -> None:
        codes = self._codes()
        pid = None if top or not codes else codes[parent % len(codes)]
        self._do(create_code, name, pid)

    @precondition(lambda self: bool(self._codes()))
    @rule(t=idx, a=idx, length=st.integers(1, 120), code=idx, p=st.integers(1, 2))
    def apply(self, t: int, a: int, length: int, code: int, p: int) -> None:
        tids = sorted(self.text_len)
        tid = tids[t % len(tids)]
        start = a % (self.text_len[tid] - 1)
        end = min(self.text_len[tid], start + length)
        codes = self._codes()
        self._do(lambda pr: apply_code(pr, tid, start, end, codes[code % len(codes)], coding_pass=p))

    @precondition(lambda self: bool(self._segments()))
    @rule(i=idx)
    def remove(self, i: int) -> None:
        segs = self._segments()
        self._do(remove_segment, segs[i % len(segs)])

    @precondition(lambda self: len(self._codes()) >= 2)
    @rule(i=idx, j=idx)
    def merge(self, i: int, j: int) -> None:
        codes = self._codes()
        self._do(ops.merge_codes, codes[i % len(codes)], codes[j % len(codes)], snapshot=True)

    @precondition(lambda self: bool(self._codes()))
    @rule(i=idx, name=st.sampled_from(["trygghet", "  ", "glede", "Ny kode"]))
    def rename(self, i: int, name: str) -> None:
        codes = self._codes()
        self._do(ops.rename_code, codes[i % len(codes)], name)

    @precondition(lambda self: bool(self._codes()))
    @rule(i=idx, j=idx, top=st.booleans(), at=st.one_of(st.none(), st.integers(0, 4)))
    def reparent(self, i: int, j: int, top: bool, at: int | None) -> None:
        codes = self._codes()
        self._do(ops.reparent_code, codes[i % len(codes)], None if top else codes[j % len(codes)], at,
                 snapshot=True)

    @precondition(lambda self: bool(self._codes()))
    @rule(i=idx)
    def delete(self, i: int) -> None:
        codes = self._codes()
        self._do(ops.delete_code, codes[i % len(codes)])

    @precondition(lambda self: bool(self._segments()))
    @rule(i=idx, k=st.integers(1, 4))
    def split(self, i: int, k: int) -> None:
        segs = queries.segments(self.project)
        code = segs[i % len(segs)].code_id
        mine = [s.id for s in segs if s.code_id == code][:k]
        self._do(ops.split_code, code, mine, "delt")

    @precondition(lambda self: bool(self._segments()))
    @rule(i=idx, j=idx)
    def change_code(self, i: int, j: int) -> None:
        segs, codes = self._segments(), self._codes()
        self._do(ops.change_segment_code, segs[i % len(segs)], codes[j % len(codes)])

    @rule(i=idx, kind=st.sampled_from(["code", "segment"]), text=st.sampled_from(["", "notat", "annet notat"]))
    def memo(self, i: int, kind: str, text: str) -> None:
        ids = self._codes() if kind == "code" else self._segments()
        if ids:
            self._do(ops.set_memo, kind, ids[i % len(ids)], text)

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo_last(self) -> None:
        """Undo one step now and then; where a snapshot was taken, the database must match it exactly."""
        ch = self.done.pop()
        snap = self.snapshots.pop()
        redo = self.project.revert(ch)
        if snap is not None:
            assert dump(self.project) == snap
        # redo and undo again: the redo log must be exact too
        again = self.project.revert(redo)
        self.project.revert(again)
        if snap is not None:
            assert dump(self.project) == snap

    @invariant()
    def tree_has_no_cycles(self) -> None:
        if not hasattr(self, "project"):
            return
        parent = {c.id: c.parent_id for c in queries.codes(self.project)}
        for cid in parent:
            seen = set()
            while cid is not None:
                assert cid not in seen, "cycle in the code tree"
                seen.add(cid)
                cid = parent[cid]

    def teardown(self) -> None:
        if not hasattr(self, "project"):
            return
        try:
            for ch in reversed(self.done):
                self.project.revert(ch)
            assert dump(self.project) == self.start
        finally:
            self.project.close()
            shutil.rmtree(self.tmp, ignore_errors=True)


CodingUndoMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=50, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestCodingUndo = CodingUndoMachine.TestCase
