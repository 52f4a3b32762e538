"""The consensus pass: seeded with what both coders agree on, then one resolution per disagreement."""

from __future__ import annotations

import pytest

from coding import queries
from coding.agreement import CONSENSUS_CODER, Rater, compute
from coding.services.codes import apply_code, create_code
from coding.services.consensus import ConsensusError, resolve, session, start_consensus
from tests.coding_fixtures import add_transcripts, dump

A, B = Rater(coder="Kari"), Rater(coder="Ola")


@pytest.fixture
def pair(project):  # type: ignore[no-untyped-def]
    (tid,) = add_transcripts(project, "A", n_turns=4, lines_per_turn=3)
    lines = queries.transcript(project, tid).lines
    x, y, z = (create_code(project, n).value for n in ("X", "Y", "Z"))
    for coder, cid, numbers in (("Kari", x, [1, 2, 3, 4]), ("Ola", x, [1, 2, 3, 5]), ("Kari", y, [7]),
                                ("Ola", y, [7]), ("Ola", z, [7])):
        for n in numbers:
            apply_code(project, tid, lines[n - 1].start, lines[n - 1].end, cid, coder=coder)
    return project, tid, lines, x, y, z


def consensus(project, tid, n):  # type: ignore[no-untyped-def]
    return sorted((s.code_id, s.start, s.end) for s in queries.segments(project, tid)
                  if s.coder == CONSENSUS_CODER and s.coding_pass == n)


def test_start_seeds_agreement_joined_within_a_turn(pair) -> None:  # type: ignore[no-untyped-def]
    project, tid, lines, x, y, _z = pair
    n = start_consensus(project, A, B).value
    assert n == 2
    # Lines 1–3 (one turn) joined into one X segment; line 7 Y agreed; disputed lines 4, 5 and Z on 7 left open.
    assert consensus(project, tid, n) == sorted([(x, lines[0].start, lines[2].end), (y, lines[6].start, lines[6].end)])
    sess = session(project, n)
    assert sess is not None and sess.a == A and sess.b == B and sess.unit == "line" and not sess.resolutions


def test_resolutions_replace_each_other_and_undo(pair) -> None:  # type: ignore[no-untyped-def]
    project, tid, lines, x, y, z = pair
    n = start_consensus(project, A, B).value
    l4, l5, l7 = lines[3], lines[4], lines[6]
    resolve(project, n, l4.id, "a")
    assert (x, l4.start, l4.end) in consensus(project, tid, n)
    before = dump(project)
    ch = resolve(project, n, l4.id, "neither")
    assert (x, l4.start, l4.end) not in consensus(project, tid, n)
    assert session(project, n).resolution(l4.id).choice == "neither"  # type: ignore[union-attr]
    project.revert(ch)
    assert dump(project) == before
    resolve(project, n, l5.id, "b")
    resolve(project, n, l7.id, "both")
    assert (z, l7.start, l7.end) in consensus(project, tid, n)
    resolve(project, n, l7.id, "recode", code_id=x)
    seg7 = [c for c in consensus(project, tid, n) if c[1] == l7.start]
    assert sorted(c[0] for c in seg7) == sorted([x, y])  # the agreed Y stays, Z gone, X is the recode
    with pytest.raises(ConsensusError):
        resolve(project, n, l7.id, "recode")
    with pytest.raises(ConsensusError):
        resolve(project, 1, l7.id, "a")
    # The consensus is a rater like any other.
    ag = compute(project, A, Rater(coder=CONSENSUS_CODER))
    assert {c.code for c in ag.result("coded").codes} >= {"X", "Y"}


def test_turn_consensus(pair) -> None:  # type: ignore[no-untyped-def]
    project, tid, lines, x, _y, z = pair
    n = start_consensus(project, A, B, unit="turn").value
    turns = queries.transcript(project, tid).turns
    assert (x, turns[0].start, turns[0].end) in consensus(project, tid, n)
    resolve(project, n, turns[2].id, "b")
    assert (z, turns[2].start, turns[2].end) in consensus(project, tid, n)
