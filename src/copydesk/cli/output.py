"""What the commands print: summaries on stdout, rejections one line each on stderr."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from copydesk.progress import Progress, bars, silent
from copydesk.records import TERMINAL_SAFE, Rejected

if TYPE_CHECKING:
    import argparse

    from copydesk.engines.local import IngestSummary


def add_field_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=KEY",
        help="JSON Lines field mapping, e.g. --field text=body --field published=ts; KEY "
        "may be a dotted path into nested objects, e.g. --field text=content.body "
        "(NAME: title, text, published, url, site, byline, language)",
    )


def add_workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N", dest="copydesk_workers",
        help="processes for reading files, aligning and tagging names (default: one per "
        "core, at most 4, when there is enough work; same as COPYDESK_WORKERS=N; the "
        "results are the same with any number)",
    )


def parse_fields(values: list[str]) -> dict[str, tuple[str, ...]]:
    from copydesk.errors import UsageError
    from copydesk.ingest.sources import DEFAULT_FIELDS

    fields: dict[str, tuple[str, ...]] = {}
    for value in values:
        name, sep, key = value.partition("=")
        if not sep or not key or name not in DEFAULT_FIELDS:
            raise UsageError(
                f"--field {value!r}: write NAME=KEY with NAME one of {', '.join(DEFAULT_FIELDS)}"
            )
        fields[name] = (*fields.get(name, ()), key)
    return fields


def progress_for(args: argparse.Namespace) -> Progress:
    return silent if args.quiet else bars


def report_ingest(summary: IngestSummary, args: argparse.Namespace) -> None:
    for line in rejection_lines(summary.rejected):
        print(line, file=sys.stderr)
    for line in rejection_lines(summary.rejected_before, " (recorded by an earlier run)"):
        print(line, file=sys.stderr)
    if summary.found_nothing:
        print("warning: no file to read under the paths given (copydesk reads text, HTML, "
              "JSON Lines, CSV, WARC and RSS/Atom files; what it wrote into a results "
              "folder is left out): check the path", file=sys.stderr)
    if not args.quiet:
        print(summary.line())


#: Records of one file rejected for one reason that are listed one by one; the rest are
#: counted on one line (3,000 records lacking a text field were 3,000 identical lines).
LISTED_PER_REASON = 3


def rejection_lines(rejected: Sequence[Rejected], suffix: str = "") -> Iterator[str]:
    """One line per rejection, but at most ``LISTED_PER_REASON`` of a file's records
    rejected for the same reason, then one line counting the others: the lines add up
    to every record rejected, counts (``Rejected.count``) included."""
    records: Counter[tuple[str, str]] = Counter()
    listed: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], Rejected] = {}
    for r in rejected:
        key = (r.source, r.reason)
        records[key] += r.count
        first.setdefault(key, r)
        if r.count == 1 and listed[key] < LISTED_PER_REASON:
            listed[key] += 1
            yield r.line() + suffix
    for key, n in records.items():
        more = n - listed[key]
        if not more:
            continue
        if listed[key]:
            source, reason = key
            line = f"rejected: {source}: {more:,} more record(s) for the same reason ({reason})"
            yield line.translate(TERMINAL_SAFE) + suffix
        else:  # counted only: the records past an input's first rejections
            yield replace(first[key], count=more).line() + suffix


def ingest_status(summary: IngestSummary) -> int:
    from copydesk.cli import EXIT_OK, EXIT_PARTIAL

    return EXIT_PARTIAL if summary.partial else EXIT_OK


def folder(path: str) -> str:
    """A folder as summary lines show it: one trailing slash ("out/", not "out//")."""
    return path.rstrip("/") + "/" if path.rstrip("/") else "/"
