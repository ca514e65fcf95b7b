"""PAN 2013 text alignment (training corpus): plagdet per obfuscation type.

Runs ``copydesk pan`` over ../shared/data/pan13-train (every pair, 5,185) and scores the
detections with our plagdet (copydesk.reuse.plagdet, Potthast et al. 2010) per folder:
01 none (no plagiarism), 02 verbatim, 03 random, 04 translation, 05 summary.
Printed beside a baseline measured in the same run (exact shared word runs only, i.e. our
verbatim detector without sentence alignment) and the published figures of the best
system (Sanchez-Perez et al. 2014) and
the 2013 winner, which were measured on the PAN 2013 *test* corpus: this is the training
corpus, on which our constants were tuned, so the comparison is indicative only.

The headline table is macro-averaged, as PAN's evaluation script computes it by default
and as the published figures were measured; the micro-averaged table follows (every
character weighs the same there; the bench printed only that one until the thirteenth
session).

    PYTHONPATH=src python bench/pan.py [--workers 2] [--limit N] [--out DIR] [--split check]
    PYTHONPATH=src python bench/pan.py --detections DIR    # score kept detections again

``--split tune`` keeps every pair but each 5th of the sorted list of all pairs, ``--split
check`` only those: constants are tuned on the first and checked on the second.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from copydesk.cli.pan import pan, read_pairs
from copydesk.reuse.pan import detection_filename
from copydesk.reuse.plagdet import Scores, Span, plagdet
from copydesk.reuse.verbatim import exact_passages

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "pan13-train"
TYPES = {
    "01-no-plagiarism": "none",
    "02-no-obfuscation": "verbatim",
    "03-random-obfuscation": "random",
    "04-translation-obfuscation": "translation",
    "05-summary-obfuscation": "summary",
}
#: Published plagdet on the PAN 2013 test corpus (for orientation; a different corpus).
PUBLISHED = {
    "Sanchez-Perez 2014": {"verbatim": 0.900, "random": 0.884, "translation": 0.887,
                           "summary": 0.561, "overall": 0.878},
    "2013 winner": {"overall": 0.822},
}  # fmt: skip


#: The two ways of averaging, PAN's default first.
AVERAGING: dict[Literal["macro", "micro"], str] = {
    "macro": "macro-averaged (PAN's evaluation default; the published figures)",
    "micro": "micro-averaged (every character weighs the same)",
}


def read_spans(path: Path, feature: str) -> list[Span]:
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    return [
        (
            int(f.get("this_offset", 0)), int(f.get("this_length", 0)),
            int(f.get("source_offset", 0)), int(f.get("source_length", 0)),
        )
        for f in root.iter("feature")
        if f.get("name") == feature
    ]  # fmt: skip


def chosen_pairs(corpus: Path, limit: int | None, split: str) -> dict[str, list[tuple[str, str]]]:
    """The pairs of each type to run: the first ``limit`` of each, then the split's share
    (every 5th of the sorted list of all pairs is held out for checking)."""
    per_type = {f: read_pairs(corpus / f / "pairs")[:limit] for f in TYPES}
    ordered = sorted(p for pairs in per_type.values() for p in pairs)
    held_out = {p for i, p in enumerate(ordered) if i % 5 == 4}
    if split == "all":
        return per_type
    keep = split == "check"
    return {f: [p for p in pairs if (p in held_out) == keep] for f, pairs in per_type.items()}


def score(
    chosen: dict[str, list[tuple[str, str]]],
    corpus: Path,
    found: Callable[[str, str], list[Span]],
) -> dict[str, dict[str, Scores]]:
    """Scores per averaging (macro, micro), per obfuscation type and overall;
    ``found(susp, src)`` gives detections and is asked once per pair."""
    per_type: dict[str, list[tuple[list[Span], list[Span]]]] = {}
    for folder, name in TYPES.items():
        per_type[name] = [
            (read_spans(corpus / folder / detection_filename(susp, src), "plagiarism"),
             found(susp, src))
            for susp, src in chosen[folder]
        ]  # fmt: skip
    per_type["overall"] = [pair for data in list(per_type.values()) for pair in data]
    return {kind: {name: plagdet(data, kind) for name, data in per_type.items()}
            for kind in AVERAGING}


def from_files(detections: Path) -> Callable[[str, str], list[Span]]:
    def found(susp: str, src: str) -> list[Span]:
        return read_spans(detections / detection_filename(susp, src), "detected-plagiarism")

    return found


def verbatim_baseline(corpus: Path) -> Callable[[str, str], list[Span]]:
    """Baseline in the same run: exact shared word runs only (no sentence alignment)."""

    @functools.lru_cache(maxsize=64)
    def text(path: Path) -> str:
        return path.read_text(encoding="utf-8", errors="replace")

    def found(susp: str, src: str) -> list[Span]:
        spans = exact_passages(text(corpus / "susp" / susp), text(corpus / "src" / src))
        return [(x.a_start, x.a_end - x.a_start, x.b_start, x.b_end - x.b_start) for x in spans]

    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="first N pairs of each type")
    parser.add_argument("--out", type=Path, default=None, help="keep detections here")
    parser.add_argument(
        "--detections", type=Path, default=None,
        help="score the detections kept in this folder (by --out) instead of running",
    )  # fmt: skip
    parser.add_argument(
        "--split", choices=("all", "tune", "check"), default="all",
        help="all pairs, or the tuning share, or every 5th pair (held out)",
    )  # fmt: skip
    args = parser.parse_args()
    if not (args.corpus / "pairs").exists():
        print(f"PAN corpus absent at {args.corpus}: nothing to measure", file=sys.stderr)
        return 0
    chosen = chosen_pairs(args.corpus, args.limit, args.split)
    with tempfile.TemporaryDirectory() as tmp:
        if args.detections:
            out = args.detections
            print(f"copydesk pan: detections read from {out}")
        else:
            out = args.out or Path(tmp)
            pairs_file = Path(tmp) / "pairs"
            pairs_file.write_text(
                "".join(f"{s} {r}\n" for pairs in chosen.values() for s, r in pairs),
                encoding="utf-8",
            )
            started = time.perf_counter()
            problems: list[str] = []
            n = pan(pairs_file, args.corpus / "src", args.corpus / "susp", out,
                    workers=args.workers, problems=problems)
            elapsed = time.perf_counter() - started
            for problem in problems:
                print(f"copydesk pan: skipped (scored as nothing found): {problem}")
            print(
                f"copydesk pan: {n} pairs in {elapsed:.1f} s ({args.workers} worker(s), "
                f"{n / elapsed:.0f} pairs/s)"
            )
        tables = score(chosen, args.corpus, from_files(out))
    started = time.perf_counter()
    baselines = score(chosen, args.corpus, verbatim_baseline(args.corpus))
    baseline_time = time.perf_counter() - started
    for kind, results in tables.items():
        print(f"\n{AVERAGING[kind]}")
        print_table(results, baselines[kind], published=kind == "macro")
    print(f"\nbaseline (exact word runs only, one process, both tables): {baseline_time:.1f} s")
    return 0


def print_table(results: dict[str, Scores], baseline: dict[str, Scores], published: bool) -> None:
    peers_named = PUBLISHED if published else {}
    head = (
        f"{'type':<12} {'plagdet':>8} {'prec':>6} {'recall':>6} {'gran':>6} "
        f"{'cases':>6} {'dets':>6}"
    )
    print(head + "   exact-runs baseline   " + "   ".join(peers_named))
    for name, s in results.items():
        peers = "   ".join(
            f"{peers_named[p].get(name, float('nan')):>{len(p)}.3f}" for p in peers_named
        )
        print(
            f"{name:<12} {s.plagdet:>8.3f} {s.precision:>6.3f} {s.recall:>6.3f} "
            f"{s.granularity:>6.3f} {s.cases:>6} {s.detections:>6}   "
            f"{baseline[name].plagdet:>20.3f}   {peers}"
        )


if __name__ == "__main__":
    sys.exit(main())
