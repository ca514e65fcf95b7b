"""copydesk pan: run the reuse aligner on a PAN text-alignment corpus.

Reads the pairs file ("suspicious-documentA.txt source-documentB.txt" per line), aligns
each pair with the same aligner that ``copydesk run`` uses on news, and writes one PAN
detection XML per pair into OUT_DIR. ``bench/pan.py`` scores the output.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

from copydesk.errors import UsageError
from copydesk.progress import Progress, silent
from copydesk.reuse.alignment import AlignOptions
from copydesk.reuse.pan import detect, detection_filename, detection_xml

HELP = "Align PAN text-alignment pairs and write PAN detection XML (one file per pair)."
EXAMPLES = """  copydesk pan pan13/pairs pan13/src pan13/susp detections/
  copydesk pan pan13/pairs pan13/src pan13/susp detections/ --workers 2
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pairs", metavar="PAIRS", help="file of 'suspicious source' name pairs")
    parser.add_argument("src_dir", metavar="SRC_DIR", help="folder of source documents")
    parser.add_argument("susp_dir", metavar="SUSP_DIR", help="folder of suspicious documents")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="folder for the detection XML files")
    parser.add_argument(
        "--workers", type=int, default=1, help="processes to use (default: %(default)s)"
    )


def main(args: argparse.Namespace) -> int:
    from copydesk.cli import EXIT_OK, EXIT_PARTIAL
    from copydesk.cli.output import progress_for

    started = time.perf_counter()
    problems: list[str] = []
    n = pan(
        Path(args.pairs), Path(args.src_dir), Path(args.susp_dir), Path(args.out_dir),
        workers=args.workers, progress=progress_for(args), problems=problems,
    )  # fmt: skip
    for problem in problems:
        print(f"copydesk pan: skipped: {problem}", file=sys.stderr)
    if not args.quiet:
        elapsed = time.perf_counter() - started
        print(f"pan: {n - len(problems)} of {n} pairs aligned in {elapsed:.1f} s; "
              f"detections in {args.out_dir}")
    if problems:
        print(f"copydesk pan: {len(problems)} pair(s) skipped, no detection file written for "
              "them; check the names in the pairs file", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The (suspicious, source) names of a PAN pairs file."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read pairs file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not a pairs file (not UTF-8 text at byte {exc.start}); "
                         "it holds lines of 'suspicious-documentA.txt source-documentB.txt'"
                         ) from exc
    pairs = []
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 2:
            raise UsageError(f"{path}:{number}: expected 'suspicious source', got {line!r}")
        for name in parts:
            # The names become paths under SUSP_DIR, SRC_DIR and OUT_DIR: "../x" would
            # read, and write a detection file, outside them.
            if Path(name).name != name or name in (".", ".."):
                raise UsageError(f"{path}:{number}: {name!r} is not a plain file name "
                                 "(a pairs file names files inside SRC_DIR and SUSP_DIR)")
        pairs.append((parts[0], parts[1]))
    return pairs


def pan(
    pairs_file: Path,
    src_dir: Path,
    susp_dir: Path,
    out_dir: Path,
    workers: int = 1,
    options: AlignOptions | None = None,
    progress: Progress = silent,
    problems: list[str] | None = None,
) -> int:
    """Align every pair and write its detection XML; return the number of pairs.

    A pair whose document cannot be read is skipped, with no detection file (an empty one
    would score as "nothing found"), and a line saying why goes to ``problems``."""
    pairs = read_pairs(pairs_file)
    for directory in (src_dir, susp_dir):
        if not directory.is_dir():
            raise UsageError(f"{directory} is not a folder")
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    out_dir.mkdir(parents=True, exist_ok=True)
    # One job per suspicious document, so its sentences are split and stemmed once.
    jobs = [
        (susp, [src for _, src in group], src_dir, susp_dir, out_dir, options)
        for susp, group in groupby(sorted(pairs), key=lambda p: p[0])
    ]
    skipped: list[str] = []
    if workers == 1:
        results: Iterator[list[str]] = map(_run_job, jobs)
        for job_problems in progress(results, total=len(jobs), desc="pan", unit="doc"):
            skipped.extend(job_problems)
    else:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            results = pool.imap_unordered(_run_job, jobs, chunksize=4)
            for job_problems in progress(results, total=len(jobs), desc="pan", unit="doc"):
                skipped.extend(job_problems)
    if problems is not None:
        problems.extend(sorted(skipped))
    return len(pairs)


def _read(path: Path) -> str:
    """The text of ``path``; OSError (missing, a folder, no permission) goes to the caller."""
    return path.read_text(encoding="utf-8", errors="replace")


def _run_job(
    job: tuple[str, list[str], Path, Path, Path, AlignOptions | None],
) -> list[str]:
    """Align one suspicious document with its sources; return a line per skipped pair."""
    susp_name, src_names, src_dir, susp_dir, out_dir, options = job
    try:
        susp = _read(susp_dir / susp_name)
    except OSError as exc:
        return [f"{susp_name} {src}: cannot read {susp_dir / susp_name}: {exc.strerror}"
                for src in src_names]
    problems = []
    for src_name in src_names:
        try:
            source = _read(src_dir / src_name)
        except OSError as exc:
            problems.append(f"{susp_name} {src_name}: cannot read {src_dir / src_name}: "
                            f"{exc.strerror}")
            continue
        found = detect(susp, source, options)
        (out_dir / detection_filename(susp_name, src_name)).write_text(
            detection_xml(susp_name, src_name, found), encoding="utf-8"
        )
    return problems
