"""Benchmark plumbing shared by every ``bench_*.py`` module.

Each module defines ``run(env: BenchEnv) -> list[Result]``; ``tests/benchmarks/run.py`` finds them,
prints one table of figures against their targets and writes ``bench/results.json``.
Generated data (the 100 × 10,000-word corpus, the benchmark project) is cached under ``bench/``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BENCH = REPO / "bench"


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    target: float | None = None
    better: str = "lower"  # "lower" or "higher"
    unit: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target if self.better == "lower" else self.value >= self.target


class BenchEnv:
    def __init__(self, root: Path = BENCH) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def corpus(self, interviews: int = 100, words: int = 10000, formats: str = "docx", seed: int = 7) -> Path:
        """A generated corpus (cached): ``interviews`` files of about ``words`` words each."""
        out = self.root / f"corpus-{interviews}x{words}-{formats.replace(',', '_')}-{seed}"
        done = out / ".complete"
        if not done.exists():
            tool = SHARED / "tools" / "make_corpus.py"
            if not tool.exists():
                raise FileNotFoundError(f"{tool} is missing: ../shared must sit beside the repository")
            subprocess.run([sys.executable, str(tool), str(out), "--interviews", str(interviews), "--words",
                            str(words), "--formats", formats, "--seed", str(seed)], check=True,
                           stdout=subprocess.DEVNULL)
            done.write_text("ok")
        return out

    def benchmark_project(self, interviews: int = 100, words: int = 10000, formats: str = "docx") -> Path:
        """A project (cached under ``bench/``) holding ``corpus(interviews, words, formats)`` imported with
        ``import_files`` (``--yes`` choices). Other benchmarks copy it rather than modify it in place."""
        corpus = self.corpus(interviews, words, formats)
        out = self.root / f"project-{corpus.name}.kondens"
        done = self.root / f"project-{corpus.name}.complete"
        if not done.exists():
            import shutil

            from transcripts.importing import import_files
            from transcripts.workspace import create_project

            if out.exists():
                shutil.rmtree(out)
            project = create_project(out)
            try:
                results = import_files(project, sorted(p for p in corpus.iterdir() if p.suffix != ".json"
                                                       and not p.name.startswith(".")))
            finally:
                project.close()
            failed = [r.error for r in results if not r.ok]
            if failed:
                raise RuntimeError(f"benchmark project: {len(failed)} files failed, e.g. {failed[0]}")
            done.write_text("ok")
        return out


def timed_ms(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def median(xs: list[float]) -> float:
    return float(statistics.median(xs))


def p95(xs: list[float]) -> float:
    s = sorted(xs)
    return float(s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))])
