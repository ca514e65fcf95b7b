"""How the local engine scales: generated corpora of growing size, stage by stage.

For each size the corpus (``copydesk.synth``: articles with known copies, fixed
seed) is written once as JSON Lines, then a fresh process runs ingest and every
later step into a new store, measuring per stage: wall time, articles per
second, the process's peak resident memory during that stage (the kernel's
high-water mark, reset before each stage; "from" is the resident memory when the
stage started, which a later stage inherits from an earlier one since Python
keeps freed memory), and the store's size on disk after it. A fresh process per
size keeps one size's memory out of the next one's figures. The parent fits
time ∝ n^k per stage (least squares on log-log) to say how cost grows.

    python bench/scale.py --sizes 10000,100000
    python bench/scale.py --sizes 1000000 --steps reuse,stories   # the goal run
    python bench/scale.py --sizes 1000000 --steps reuse,stories --keep-store
        # the same on the store an earlier run ingested (ingest is not measured again)

Figures printed here go into the issue note; nothing is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: Seed of the generated corpora (any fixed value: the figures must be reproducible).
SEED = 7
#: Above this size extract and facts are left out by default: spaCy over a million
#: articles on two cores takes hours, and the goal names ingest → reuse → stories.
FULL_STEPS_MAX = 10_000
GOAL_MEMORY_MB = 8 * 1024
#: How often a running stage reports its elapsed time and peak memory.
HEARTBEAT_SECONDS = 30.0
#: How often the resident memory is checked against ``--max-memory-mb``.
MEMORY_CHECK_SECONDS = 2.0


def corpus_path(work: Path, n: int) -> Path:
    return work / f"synth-{n}.jsonl"


def ensure_corpus(work: Path, n: int) -> tuple[Path, float]:
    """The generated corpus for ``n`` (written once, reused by later runs)."""
    from copydesk.synth import write_jsonl

    path = corpus_path(work, n)
    if path.exists():
        return path, 0.0
    work.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    t0 = time.perf_counter()
    write_jsonl(str(tmp), n, SEED)
    tmp.rename(path)
    return path, time.perf_counter() - t0


# ------------------------------------------------------------ child process


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) so each stage's peak is its own."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker processes are
    sampled separately: see ``_Workers``)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class _Workers:
    """Memory and CPU of this process's descendants, sampled from /proc.

    The reuse step aligns in worker processes started by a fork server, so they are
    grandchildren: ``getrusage(RUSAGE_CHILDREN)`` never sees them. Sampled every few
    seconds, so a worker's last seconds of CPU may be missed (a small undercount)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.cpu: dict[int, float] = {}

    def sample(self) -> None:
        me = os.getpid()
        parent: dict[int, int] = {}
        stats: dict[int, list[str]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parent[int(entry)] = int(fields[1])
            stats[int(entry)] = fields
        tick = os.sysconf("SC_CLK_TCK")
        rss = 0
        for pid, fields in stats.items():
            up = parent.get(pid)
            while up is not None and up != me and up > 1:
                up = parent.get(up)
            if up != me:
                continue
            rss += int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
            self.cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
        self.peak_kb = max(self.peak_kb, rss)


def _store_mb(db: Path) -> float:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db) + suffix)
        if p.exists():
            total += p.stat().st_size
    return total / 2**20


def child(
    corpus: Path, db: Path, wanted: list[str], max_memory_mb: float, keep_store: bool = False
) -> None:
    """Run ingest and the wanted steps; print one JSON line per stage.

    ``keep_store``: an existing store that holds articles is used as it is and ingest is
    skipped (its figures are those of the run that filled it).
    """
    from copydesk.engines.local import ingest_into
    from copydesk.engines.steps import steps
    from copydesk.progress import silent
    from copydesk.store import open_store

    keep = keep_store and db.exists()
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    store = open_store(str(db))
    keep = keep and store.count_articles() > 0

    def measure(name: str, fn: Any) -> None:
        cpu0 = _cpu_seconds()
        workers = _Workers()
        _reset_peak()
        start_rss = _status_kb("VmRSS")
        t0 = time.perf_counter()
        stop = threading.Event()

        def heartbeat() -> None:  # so a stage stopped by the time budget still shows figures
            last = time.perf_counter()
            while not stop.wait(MEMORY_CHECK_SECONDS):
                workers.sample()
                rss_mb = _status_kb("VmRSS") / 1024
                over = rss_mb > max_memory_mb
                if over or time.perf_counter() - last >= HEARTBEAT_SECONDS:
                    last = time.perf_counter()
                    print(json.dumps({
                        "stage": name, "heartbeat": True, "over_memory": over,
                        "seconds": round(time.perf_counter() - t0, 1),
                        "peak_mb": round(_status_kb("VmHWM") / 1024, 1),
                    }), flush=True)
                if over:  # the machine is shared: stop before it swaps or kills a neighbour
                    os._exit(3)

        beat = threading.Thread(target=heartbeat, daemon=True)
        beat.start()
        line = fn()
        seconds = time.perf_counter() - t0
        stop.set()
        print(json.dumps({
            "stage": name, "seconds": round(seconds, 3),
            "peak_mb": round(_status_kb("VmHWM") / 1024, 1),
            "start_mb": round(start_rss / 1024, 1),
            "workers_peak_mb": round(workers.peak_kb / 1024, 1),
            "cpu_seconds": round(_cpu_seconds() - cpu0 + sum(workers.cpu.values()), 1),
            "store_mb": round(_store_mb(db), 1),
            "articles": store.count_articles(), "summary": str(line),
        }), flush=True)

    if keep:
        print(json.dumps({"stage": "ingest", "kept": True,
                          "articles": store.count_articles()}), flush=True)
    else:
        measure("ingest", lambda: ingest_into(store, [str(corpus)], progress=silent).line())
    available = dict(steps())
    for name in wanted:
        if name not in available:
            print(json.dumps({"stage": name, "missing": True}), flush=True)
            continue
        measure(name, lambda step=available[name]: step(store, silent))
    store.close()


# ------------------------------------------------------------------- parent


def fit_exponent(points: list[tuple[int, float]]) -> float | None:
    """k in time ≈ c·n^k (least squares on log n, log time); None with < 2 sizes."""
    pts = [(math.log(n), math.log(t)) for n, t in points if t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def run_size(
    n: int, work: Path, wanted: list[str], timeout: float, max_memory_mb: float,
    keep_store: bool = False,
) -> list[dict[str, Any]]:
    corpus, made = ensure_corpus(work, n)
    mb = corpus.stat().st_size / 2**20
    print(f"\n== {n:,} articles ({corpus.name}, {mb:,.0f} MB"
          + (f", generated in {made:,.0f} s" if made else "") + ")", flush=True)
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus),
           "--db", str(work / f"store-{n}.db"), "--steps", ",".join(wanted),
           "--max-memory-mb", str(max_memory_mb)] + (["--keep-store"] if keep_store else [])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    rows: list[dict[str, Any]] = []
    # A session of its own, so the budget stops the child's alignment workers too
    # (they are children of multiprocessing's fork server, not of the child itself).
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    assert proc.stdout is not None

    def stop() -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)

    watchdog = threading.Timer(timeout, stop)
    watchdog.start()
    started = time.monotonic()
    last_beat: dict[str, Any] | None = None
    for line in proc.stdout:
        row = json.loads(line)
        if row.get("heartbeat"):
            last_beat = row
            continue
        last_beat = None
        row["n"] = n
        rows.append(row)
        print(_row_text(row), flush=True)
    proc.wait()
    watchdog.cancel()
    if proc.returncode in (-9, 3):
        why = (f"over the {timeout:,.0f} s budget" if proc.returncode == -9
               else f"over the {max_memory_mb:,.0f} MB memory cap")
        print(f"   stopped: {why} for this size (after {time.monotonic() - started:,.0f} s)",
              flush=True)
        if last_beat is not None:
            print(f"   {last_beat['stage']:<8} unfinished after {last_beat['seconds']:,.0f} s, "
                  f"peak {last_beat['peak_mb']:,.0f} MB so far", flush=True)
            rows.append({**last_beat, "n": n, "unfinished": True})
    elif proc.returncode != 0:
        print(f"   the run failed (exit {proc.returncode})", flush=True)
    return rows


def _row_text(row: dict[str, Any]) -> str:
    if row.get("missing"):
        return f"   {row['stage']:<8} (no such step in this installation)"
    if row.get("kept"):
        return (f"   {row['stage']:<8} skipped: kept the store of an earlier run "
                f"({row['articles']:,} articles)")
    rate = row["n"] / row["seconds"] if row["seconds"] else float("inf")
    workers = row.get("workers_peak_mb") or 0
    return (f"   {row['stage']:<8} {row['seconds']:>9.1f} s {rate:>10,.0f} art/s "
            f"peak {row['peak_mb']:>7,.0f} MB (from {row['start_mb']:>6,.0f}"
            + (f", workers {workers:,.0f}" if workers else "") + ")  "
            + (f"cpu {row['cpu_seconds']:,.0f} s  " if "cpu_seconds" in row else "")
            + f"store {row['store_mb']:>7,.0f} MB   "
            f"{row['summary'][:70]}")


def summarise(rows: list[dict[str, Any]]) -> None:
    rows = [r for r in rows if not (r.get("missing") or r.get("unfinished") or r.get("kept"))]
    if not rows:
        return
    sizes = sorted({r["n"] for r in rows})
    stages = list(dict.fromkeys(r["stage"] for r in rows))
    print("\n== scaling table (articles/s | peak MB)")
    print(f"{'stage':<9}" + "".join(f"{n:>24,}" for n in sizes) + f"{'exponent':>10}")
    for stage in stages:
        cells, points = [], []
        for n in sizes:
            hit = [r for r in rows if r["n"] == n and r["stage"] == stage]
            if hit:
                r = hit[0]
                cells.append(f"{n / r['seconds']:>12,.0f} | {r['peak_mb']:>8,.0f}")
                points.append((n, r["seconds"]))
            else:
                cells.append(f"{'-':>23}")
        k = fit_exponent(points)
        print(f"{stage:<9}" + "".join(f"{c:>24}" for c in cells)
              + (f"{k:>10.2f}" if k is not None else f"{'-':>10}"))
    totals = []
    for n in sizes:
        sel = [r for r in rows if r["n"] == n]
        peak = max(r["peak_mb"] + (r.get("workers_peak_mb") or 0) for r in sel)  # workers too
        totals.append((n, sum(r["seconds"] for r in sel), peak,
                       sel[-1]["store_mb"], [r["stage"] for r in sel]))
    k = fit_exponent([(n, t) for n, t, *_ in totals])
    print("\n== end to end")
    for n, t, peak, store, stages_run in totals:
        goal = "under" if peak < GOAL_MEMORY_MB else "OVER"
        print(f"   {n:>10,}: {t:>9,.0f} s, {n / t:>8,.0f} art/s, peak {peak:,.0f} MB "
              f"({goal} the 8 GB goal), store {store:,.0f} MB  [{'+'.join(stages_run)}]")
    if k is not None:
        print(f"   time ∝ n^{k:.2f} (fitted over {len(totals)} sizes)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--work", default="/tmp/copydesk-bench")
    ap.add_argument("--steps", default=None,
                    help="steps after ingest (default: all up to 10,000 articles, "
                    "reuse,stories above)")
    ap.add_argument("--timeout", type=float, default=6 * 3600, help="seconds per size")
    ap.add_argument("--json", default=None, help="also write every measured row here")
    ap.add_argument("--max-memory-mb", type=float, default=12_000,
                    help="stop a stage whose resident memory passes this (default 12 GB: "
                    "half the machine, which other work shares)")
    ap.add_argument("--keep-store", action="store_true",
                    help="use the store an earlier run ingested for this size (skip ingest)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(Path(args.corpus), Path(args.db), [s for s in args.steps.split(",") if s],
              args.max_memory_mb, args.keep_store)
        return 0
    rows: list[dict[str, Any]] = []
    for n in [int(s) for s in args.sizes.split(",") if s]:
        wanted = (args.steps.split(",") if args.steps else
                  ["reuse", "stories", "extract", "facts"] if n <= FULL_STEPS_MAX
                  else ["reuse", "stories"])
        rows.extend(run_size(n, Path(args.work), wanted, args.timeout, args.max_memory_mb,
                             args.keep_store))
    summarise(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
