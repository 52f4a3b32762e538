"""Method guide benchmark: ``guide_steps_ms``, counting every step's progress (what the Steps dock
does after each settled change) on 30 theme areas × 20 informants over 20,000 segments."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.benchmarks.bench_themes import build
from tests.benchmarks.common import BenchEnv, Result, median, timed_ms


def run(env: BenchEnv) -> list[Result]:
    from coding.method_progress import method_steps
    from coding.snapshots import save_snapshot

    with tempfile.TemporaryDirectory(dir=env.root) as tmp:
        p, _areas = build(Path(tmp) / "guide.kondens", areas=30, codes_per_area=3, segments=20000)
        save_snapshot(p, "first")  # the reorganisation step diffs the first snapshot against now
        try:
            steps = method_steps(p, "thematic")  # warm-up
            assert len(steps) == 8
            thematic = median(timed_ms(lambda: method_steps(p, "thematic"), repeat=5))
            stc = median(timed_ms(lambda: method_steps(p, "stc"), repeat=3))
        finally:
            p.close()
    return [Result("guide_steps_ms", thematic, 300, unit="ms"), Result("guide_steps_stc_ms", stc, None, unit="ms")]
