"""Import benchmarks: ``import_words_per_s`` (100 × 10,000-word .docx, end to end) and ``demo_build_s``."""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import BenchEnv, Result


def run(env: BenchEnv) -> list[Result]:
    from app.cli.cmd_demo import build_demo
    from transcripts.importing import import_files
    from transcripts.search import index_for
    from transcripts.workspace import create_project

    corpus = env.corpus(100, 10000, "docx")
    files = sorted(corpus.glob("*.docx"))
    work = Path(tempfile.mkdtemp(prefix="kondens-bench-", dir=env.root))
    try:
        project = create_project(work / "import.kondens")
        t0, c0 = time.perf_counter(), time.process_time()
        w0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        results = import_files(project, files)
        index_for(project).wait()  # the search index is written in the background: it is part of importing
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        w1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        worker_cpu = (w1.ru_utime + w1.ru_stime) - (w0.ru_utime + w0.ru_stime)
        project.close()
        failed = [r.error for r in results if not r.ok]
        if failed:
            raise RuntimeError(f"{len(failed)} files failed: {failed[:3]}")
        words = sum(r.words for r in results)
        t0 = time.perf_counter()
        build_demo(work / "demo")
        demo_s = time.perf_counter() - t0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        Result("import_words_per_s", words / elapsed, 60000, "higher",
               "words/s (100 × 10,000-word .docx: read + de-identify + sentences + index postings (next files in "
               "a worker process), store, search index written and current)"),
        Result("import_100x10k_s", elapsed, None, "lower", "s"),
        # CPU seconds, less sensitive to other load than the wall clock: this process (storing, the index
        # writer thread) and the read-ahead worker process. The wall time is about the larger of the two.
        Result("import_100x10k_cpu_s", cpu, None, "lower", "s CPU in the importing process (store + index)"),
        Result("import_100x10k_worker_cpu_s", worker_cpu, None, "lower", "s CPU in the read-ahead worker (read, de-identify, sentences, text postings)"),
        Result("demo_build_s", demo_s, 10, "lower", "s"),
    ]
