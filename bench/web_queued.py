"""Request latency of `copydesk serve` while an upload job runs in it.

An upload is ingested and analysed in the server itself; this measures what that
costs the people browsing meanwhile. It builds a small store (synthetic articles,
every stage run), starts the real server (`python -m copydesk serve`, the code on
PYTHONPATH) on a free port, times a round of pages while it is idle, then uploads a
second synthetic batch and times the same pages until the job is over.

    PYTHONPATH=src python bench/web_queued.py                  # 300 stored, 400 uploaded
    PYTHONPATH=src python bench/web_queued.py --store 300 --upload 800

Prints median, p95 and max milliseconds per phase and the job's wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PAGES = ("/api/stories?per_page=20", "/", "/search?q=harbour", "/api/articles?per_page=50")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(base: str, path: str) -> float:
    t0 = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as r:
        r.read()
    return (time.perf_counter() - t0) * 1000


def _upload(base: str, path: Path) -> str:
    boundary = "copydeskbench"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
            f"filename=\"{path.name}\"\r\nContent-Type: application/json\r\n\r\n").encode()
    body += path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        base + "/api/ingest", data=body, method="POST",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=120) as r:
        return str(json.load(r)["status_url"])


def _state(base: str, status_url: str) -> dict[str, object]:
    with urllib.request.urlopen(base + status_url, timeout=120) as r:
        return dict(json.load(r))


def _line(name: str, times: list[float]) -> str:
    if not times:
        return f"{name:>8}: no requests"
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (f"{name:>8}: {len(times):4d} requests  median {statistics.median(times):7.1f} ms"
            f"  p95 {p95:7.1f} ms  max {ordered[-1]:7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=int, default=300, help="articles stored first")
    parser.add_argument("--upload", type=int, default=400, help="articles uploaded")
    parser.add_argument("--idle", type=int, default=60, help="requests timed while idle")
    args = parser.parse_args()

    from copydesk import api
    from copydesk.synth import write_jsonl

    with tempfile.TemporaryDirectory(prefix="copydesk-queued-") as tmp:
        root = Path(tmp)
        first, second = root / "first.jsonl", root / "second.jsonl"
        write_jsonl(first, args.store, seed=11)
        write_jsonl(second, args.upload, seed=12)
        db = str(root / "q.db")
        t0 = time.perf_counter()
        api.run([str(first)], db=db, out=str(root / "out"))
        print(f"store: {args.store} articles analysed in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "copydesk", "serve", "--db", db, "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
        try:
            for _ in range(300):
                try:
                    _get(base, "/api/stories")
                    break
                except OSError:
                    time.sleep(0.1)
            for path in PAGES:  # warm: first reads fill caches
                _get(base, path)
            idle = [_get(base, PAGES[i % len(PAGES)]) for i in range(args.idle)]
            t0 = time.perf_counter()
            status_url = _upload(base, second)
            busy: list[float] = []
            state: dict[str, object] = {}
            while True:
                busy.append(_get(base, PAGES[len(busy) % len(PAGES)]))
                if len(busy) % len(PAGES) == 0:
                    state = _state(base, status_url)
                    if state["state"] not in ("queued", "running"):
                        break
            job_s = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(30)
    print(_line("idle", idle))
    print(_line("job", busy))
    print(f"job: {state['state']}, {state.get('stored')} stored, {job_s:.1f} s wall "
          f"(load average now {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
