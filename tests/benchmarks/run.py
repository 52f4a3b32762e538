"""``make bench``: run every ``bench_*.py`` module, print a table, write ``bench/results.json``.

Usage: python -m tests.benchmarks.run [--only NAME ...]

Each module runs in a fresh Python process (as a user's app starts fresh), so a GUI figure does not
carry an earlier module's heap, threads or caches; ``--module NAME --out FILE`` is that child's part.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import pkgutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import BENCH, BenchEnv, Result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=None, help="module names without bench_ (e.g. search)")
    ap.add_argument("--module", help=argparse.SUPPRESS)  # the child: run this one module
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.module:
        got = importlib.import_module(f"tests.benchmarks.{args.module}").run(BenchEnv())
        Path(args.out).write_text(json.dumps([dataclasses.asdict(r) for r in got]))
        return 0
    import tests.benchmarks as pkg

    results: list[Result] = []
    failed: list[str] = []
    t_all = time.perf_counter()
    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if not mod.name.startswith("bench_"):
            continue
        if args.only and mod.name.removeprefix("bench_") not in args.only:
            continue
        t0 = time.perf_counter()
        print(f"-- {mod.name} …", flush=True)
        with tempfile.TemporaryDirectory(prefix="kondens-bench-") as tmp:
            out = Path(tmp) / "results.json"
            child = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--module", mod.name,
                                    "--out", str(out)])
            if child.returncode == 0 and out.exists():
                results.extend(Result(**r) for r in json.loads(out.read_text()))
            else:
                failed.append(mod.name)
        print(f"   {mod.name} took {time.perf_counter() - t0:.1f} s", flush=True)

    path = BENCH / "results.json"
    old = json.loads(path.read_text()) if path.exists() and args.only else {}
    old.update({r.name: round(r.value, 3) for r in results})
    path.write_text(json.dumps(old, indent=2, sort_keys=True))

    print()
    print(f"{'figure':32} {'value':>12} {'target':>12}  status")
    for r in results:
        tgt = "" if r.target is None else ("≤ " if r.better == "lower" else "≥ ") + f"{r.target:g}"
        status = {True: "ok", False: "MISS", None: ""}[r.met]
        print(f"{r.name:32} {r.value:12.3f} {tgt:>12}  {status} {r.unit}")
    print(f"\nwrote {path} in {time.perf_counter() - t_all:.0f} s")
    if failed:
        print("benchmark modules that failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
