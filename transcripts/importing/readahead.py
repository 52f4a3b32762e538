"""Reading ahead in a batch import: a worker process reads the next files and proposes their identifiers
(:func:`transcripts.importing.plan.read_plan`) while this process stores the current one and the search
index writes what was stored. Both are CPU-bound Python, so on two cores the reading then costs the batch
almost nothing.

Files are planned strictly in order, each either by the worker or (until the worker has started, or if
it fails) here. What depends on the project as it is at commit time — pseudonyms, the duplicate check —
is done here after the plan arrives (:func:`~transcripts.importing.plan.finish_plan`), so the result is
the same as planning file after file.

The worker is ``python -m transcripts.importing.readahead_worker`` talking pickles over its stdin and stdout,
not a ``multiprocessing`` pool: a spawned pool re-runs the calling script's top level in the worker
(a script without a ``__main__`` guard would import twice), and a forked one copies the locks of this
process's threads (the index writer, Qt) mid-state. If the worker cannot start (a frozen app, no
processes) or dies, the files are read here, as before.

Privacy: a plan holds the original text. It travels from the worker over a pipe (memory, never a file);
the worker never lets an exception out (a traceback could carry text): a failed file comes back as its
one-line reason.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coding.errors import N_
from transcripts.importing.errors import ImportFailed
from transcripts.importing.plan import ImportPlan, read_plan

log = logging.getLogger(__name__)

AHEAD = 3  # files planned ahead of the one being stored (each waiting plan holds its text in memory)
MIN_FILES = 4  # fewer files are not worth starting a process (about a second of CPU)
READY = -1  # the index of the worker's first answer: it has started


class Readahead:
    """Plans ``paths`` in order; :meth:`plan` (i) returns file i's plan (before ``finish_plan``) or raises
    :class:`ImportFailed`. Use as a context manager; leaving it stops the worker."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]], *, known: list[str], lang: str, never: list[str],
                 ahead: int = AHEAD) -> None:
        self.paths = [Path(p) for p in paths]
        self.known, self.lang, self.never, self.ahead = list(known), lang, list(never), ahead
        self.by_worker = 0  # files the worker planned (for tests and the benchmark's note)
        self._sent: set[int] = set()  # handed to the worker, result not taken yet
        self._results: dict[int, tuple[str, Any]] = {}
        self._cv = threading.Condition()
        self._ready = False
        self._alive = False
        self._next = 0  # the next file neither handed to the worker nor planned here
        self._proc: subprocess.Popen[bytes] | None = None
        if getattr(sys, "frozen", False):  # a bundled app: sys.executable is the app, not a Python
            return
        try:
            paths_env = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
            env = dict(os.environ, PYTHONPATH=paths_env)
            self._proc = subprocess.Popen([sys.executable, "-m", "transcripts.importing.readahead_worker"],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True)
        except Exception as e:  # no processes here: plan in this process
            log.info("import read-ahead unavailable (%s): reading in this process", type(e).__name__)
            return
        self._alive = True
        # A plan is larger than a pipe's buffer: a thread takes the results as they come, so the worker
        # never waits for this process to ask for them.
        threading.Thread(target=self._receive, name="kondens-import-readahead", daemon=True).start()

    def __enter__(self) -> Readahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with self._cv:
            self._alive = False
        try:
            if proc.stdin is not None:
                proc.stdin.close()  # EOF: the worker ends after the file it is reading
            proc.wait(timeout=10)
        except Exception:
            proc.kill()
            proc.wait()
        self._results.clear()
        self._sent.clear()

    def started(self, timeout: float | None = None) -> bool:
        """Wait until the worker has started (or could not): True if it takes files now."""
        with self._cv:
            self._cv.wait_for(lambda: self._ready or not self._alive, timeout)
            return self._ready and self._alive

    def _receive(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        try:
            while True:
                i, kind, value = pickle.load(proc.stdout)
                with self._cv:
                    if i == READY:
                        self._ready = True
                    else:
                        self._results[i] = (kind, value)
                    self._cv.notify_all()
        except Exception:  # EOF (closed or died) or a damaged stream: whatever is missing is read here
            with self._cv:
                self._alive = False
                self._cv.notify_all()

    def plan(self, i: int) -> ImportPlan:
        with self._cv:
            if i in self._sent:
                self._cv.wait_for(lambda: i in self._results or not self._alive)
            got = self._results.pop(i, None)
            self._sent.discard(i)
        self._next = max(self._next, i + 1)
        self._top_up()
        if got is None:
            return read_plan(self.paths[i], known_names=self.known, lang=self.lang, never=self.never)
        self.by_worker += 1
        kind, value = got
        if kind == "plan":
            plan: ImportPlan = value
            return plan
        if kind == "failed":
            raise ImportFailed(self.paths[i], N_("{reason}"), reason=value)  # value: the reason, a Message
        raise ImportFailed(self.paths[i], N_("could not be imported ({error})"), error=value)

    def _top_up(self) -> None:
        """Hand the next files to the worker once it has started, keeping ``ahead`` of them in flight."""
        with self._cv:
            if not (self._ready and self._alive) or self._proc is None or self._proc.stdin is None:
                return
            try:
                while len(self._sent) < self.ahead and self._next < len(self.paths):
                    i = self._next
                    req = (i, str(self.paths[i]), self.known, self.lang, self.never)
                    pickle.dump(req, self._proc.stdin, pickle.HIGHEST_PROTOCOL)
                    self._sent.add(i)
                    self._next += 1
                self._proc.stdin.flush()
            except OSError as e:  # the worker is gone: the files handed to it are read here
                log.warning("import read-ahead stopped (%s): reading in this process", type(e).__name__)
                self._alive = False
