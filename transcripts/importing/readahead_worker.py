"""The read-ahead worker process (``python -m transcripts.importing.readahead_worker``), see
:mod:`transcripts.importing.readahead`: plans files it is sent over stdin, answers over stdout. Each plan comes with its turns de-identified,
their sentences and index postings (:func:`transcripts.importing.commit.prepare_plan`), so that the
importing process, which stores and indexes, has less to do."""

from __future__ import annotations

import os
import pickle
import sys
from typing import Any, BinaryIO

from coding.errors import N_, Message
from transcripts.importing.commit import prepare_plan
from transcripts.importing.errors import ImportFailed
from transcripts.importing.plan import read_plan
from transcripts.importing.readahead import READY


def _plan_in_worker(path: str, known: list[str], lang: str, never: list[str]) -> tuple[str, Any]:
    """("plan", ImportPlan), ("failed", reason Message) or ("error", exception type name)."""
    try:
        plan = read_plan(path, known_names=known, lang=lang, never=never)
    except ImportFailed as e:
        reason = e.message.params.get("reason")  # ImportFailed keeps its reason as a Message
        return "failed", reason if isinstance(reason, Message) else Message(N_("{reason}"), reason=e.reason)
    except Exception as e:  # a bug or a hostile file: only the exception's type crosses the pipe
        return "error", type(e).__name__
    try:
        # The importing process's share of storing and indexing that depends on the text alone.
        plan.prepared = prepare_plan(plan)
    except Exception:  # noqa: S110  # the plan without it: committing computes it as before
        pass
    return "plan", plan


def _serve(inp: BinaryIO, out: BinaryIO) -> None:
    """The worker's loop: (index, path, known, lang, never) in, (index, kind, value) out; None or EOF ends."""
    pickle.dump((READY, "ready", None), out, pickle.HIGHEST_PROTOCOL)
    out.flush()
    while True:
        try:
            req = pickle.load(inp)
        except EOFError:
            return
        if req is None:
            return
        i, path, known, lang, never = req
        kind, value = _plan_in_worker(path, known, lang, never)
        pickle.dump((i, kind, value), out, pickle.HIGHEST_PROTOCOL)
        out.flush()


def main() -> int:
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not land in the result stream
    try:
        _serve(sys.stdin.buffer, out)
    except BaseException:  # no traceback: it could carry text from a transcript
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
