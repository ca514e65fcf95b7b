"""Ingest throughput and peak memory: the demo corpus, generated articles, and a
folder of HTML pages read in one process and in several.

Peer: trafilatura alone over the same HTML pages (what a user would script
first), so the ratio shows what copydesk's cleaning, language detection and
store add on top of extraction, and what reading in a pool gives back.

    python bench/ingest.py --n 10000 --pages 2000
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from copydesk.engines.local import ingest_into
from copydesk.store import open_store
from copydesk.workers import worker_count


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_ingest(
    paths: list[str], db: Path, workers: int | None = None
) -> tuple[float, int, int]:
    store = open_store(str(db))
    start = time.perf_counter()
    summary = ingest_into(store, paths, workers=workers)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, summary.stored, len(summary.rejected)


def generated_jsonl(folder: Path, n: int) -> Path:
    from copydesk.synth import write_jsonl

    path = folder / f"generated-{n}.jsonl"
    write_jsonl(path, n, seed=1)
    return path


def html_folder(folder: Path, n: int) -> list[Path]:
    """``n`` pages made from the demo's (each made distinct), with the script and
    navigation weight of a real news page (about 32 KB each)."""
    from copydesk.demo import corpus_dir

    pages = [p.read_text(encoding="utf-8") for p in sorted(corpus_dir().glob("*.html"))]
    chrome = ("<script>" + "var slot = 1;" * 1200 + "</script><nav>"
              + "".join(f"<a href='/section/{k}'>Section {k}</a>" for k in range(300)) + "</nav>")
    folder.mkdir()
    out = []
    for i in range(n):
        page = pages[i % len(pages)].replace("<p>", f"<p>Bulletin {i}: ", 1)
        out.append(folder / f"page{i:06d}.html")
        out[-1].write_text(page.replace("</body>", chrome + "</body>"), encoding="utf-8")
    return out


def trafilatura_alone(html_files: list[Path]) -> float:
    import trafilatura

    start = time.perf_counter()
    for f in html_files:
        trafilatura.bare_extraction(f.read_text(encoding="utf-8"), with_metadata=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="generated articles (default 10000)")
    parser.add_argument("--pages", type=int, default=2_000,
                        help="HTML pages for the one-process / pool rows (default 2000)")
    args = parser.parse_args(argv)
    from copydesk.demo import corpus_dir

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = corpus_dir()
        t, stored, rejected = timed_ingest([str(demo)], folder / "demo.db")
        html = sorted(demo.glob("*.html"))
        peer = trafilatura_alone(html)
        rows.append(
            {
                "corpus": "demo",
                "articles": stored,
                "rejected": rejected,
                "seconds": round(t, 2),
                "articles_per_s": round(stored / t, 1),
                "trafilatura_only_pages_per_s": round(len(html) / peer, 1) if peer else None,
                "peak_rss_mb": round(peak_mb(), 1),
            }
        )
        jsonl = generated_jsonl(folder, args.n)
        t, stored, rejected = timed_ingest([str(jsonl)], folder / "gen.db")
        size = (folder / "gen.db").stat().st_size / 1e6
        rows.append(
            {
                "corpus": f"generated {args.n}",
                "articles": stored,
                "rejected": rejected,
                "seconds": round(t, 2),
                "articles_per_s": round(stored / t, 1),
                "store_mb": round(size, 1),
                "peak_rss_mb": round(peak_mb(), 1),
            }
        )
        pages = html_folder(folder / "pages", args.pages)
        peer = trafilatura_alone(pages)
        for label, workers in (("1 process", 1), ("default processes", None)):
            t, stored, rejected = timed_ingest([str(folder / "pages")],
                                               folder / f"pages-{workers}.db", workers)
            rows.append(
                {
                    "corpus": f"{args.pages} HTML pages, {label}",
                    "workers": workers or worker_count(sys.maxsize, per_worker=1),
                    "articles": stored,
                    "rejected": rejected,
                    "seconds": round(t, 2),
                    "pages_per_s": round(len(pages) / t, 1),
                    "trafilatura_only_pages_per_s": round(len(pages) / peer, 1),
                }
            )
    for row in rows:
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
