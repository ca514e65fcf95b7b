"""Extract and facts steps at scale: time and peak memory on a store that reuse and
stories already filled.

    python bench/scale.py --sizes 10000 --work /tmp/scale-extract   # makes store-10000.db
    python bench/extract_scale.py /tmp/scale-extract/store-10000.db --steps extract,facts

bench/scale.py measures every stage from ingest on; rerunning reuse and stories
each time the extract or facts step changes took 20 minutes at 10,000 articles
when this was written, so this script copies a finished store (the steps only replace their
own record kinds, so any store past "stories" will do) and runs each wanted step
in a fresh process, printing wall time, articles per second and the peak resident
memory (the kernel's high-water mark, VmHWM, of that process). ``--trace`` adds
tracemalloc's peak and the largest allocation sites still held when the step
ends (it slows the step several times, so its time figures are not comparable).

Figures printed here go into docs/extract.md; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(db: str, step_name: str, trace: bool, lexical: bool) -> None:
    """Run one step on ``db`` and print one JSON line of figures."""
    sys.path.insert(0, str(ROOT / "src"))
    from copydesk.engines.steps import extract as extract_step
    from copydesk.engines.steps import steps
    from copydesk.extract.lexical import LexicalTagger
    from copydesk.progress import silent
    from copydesk.store import open_store

    if lexical:
        extract_step.load_tagger = lambda **_: LexicalTagger()  # type: ignore[assignment]

    if trace:
        import tracemalloc

        tracemalloc.start(8)
    store = open_store(db)
    step = dict(steps())[step_name]
    start_mb = _status_mb("VmRSS")
    t0 = time.perf_counter()
    line = step(store, silent)
    seconds = time.perf_counter() - t0
    row = {"step": step_name, "seconds": round(seconds, 2),
           "articles": store.count_articles(), "start_mb": round(start_mb, 1),
           "peak_mb": round(_status_mb("VmHWM"), 1), "summary": line}
    if trace:
        snapshot = tracemalloc.take_snapshot()
        _, peak = tracemalloc.get_traced_memory()
        row["traced_peak_mb"] = round(peak / 2**20, 1)
        row["top"] = [f"{s.size / 2**20:.1f} MB {s.traceback.format()[-1].strip()}"
                      for s in snapshot.statistics("lineno")[:8]]
    store.close()
    print(json.dumps(row), flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", help="a store after the reuse and stories steps (left unchanged)")
    ap.add_argument("--steps", default="extract,facts")
    ap.add_argument("--work", default=None, help="folder for the working copy (default: "
                    "next to the store)")
    ap.add_argument("--trace", action="store_true", help="tracemalloc's top allocation sites")
    ap.add_argument("--lexical", action="store_true", help="the lexical fallback tagger instead "
                    "of spaCy: the same memory structures, minus spaCy's time (for sizes "
                    "where spaCy would take hours)")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.store, args.child, args.trace, args.lexical)
        return 0
    source = Path(args.store)
    work = Path(args.work) if args.work else source.parent
    copy = work / f"{source.stem}.extract-scale.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    # SQLite's backup, not a file copy: the source's write-ahead log may hold pages.
    src = sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    dst.close()
    src.close()
    for name in [s for s in args.steps.split(",") if s]:
        cmd = [sys.executable, __file__, str(copy), "--child", name]
        cmd += ["--trace"] * args.trace + ["--lexical"] * args.lexical
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{name}: failed (exit {out.returncode})\n{out.stderr[-2000:]}")
            return 1
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rate = row["articles"] / row["seconds"] if row["seconds"] else float("inf")
        print(f"{name:<8} {row['seconds']:>8.1f} s {rate:>8.1f} art/s  "
              f"peak {row['peak_mb']:>7.0f} MB (from {row['start_mb']:.0f})  "
              f"{row['summary'][:110]}", flush=True)
        for line in row.get("top", []):
            print(f"           {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
