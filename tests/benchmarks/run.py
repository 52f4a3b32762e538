"""``make bench``: run every ``bench_*.py`` module, print a table, write ``bench/results.json``.

Usage: python -m tests.benchmarks.run [--only NAME ...]
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
import traceback

from tests.benchmarks.common import BENCH, BenchEnv, Result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=None, help="module names without bench_ (e.g. search)")
    args = ap.parse_args(argv)
    import tests.benchmarks as pkg

    env = BenchEnv()
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
        try:
            got = importlib.import_module(f"tests.benchmarks.{mod.name}").run(env)
            results.extend(got)
        except Exception:
            traceback.print_exc()
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
