"""What the commands print: summaries on stdout, rejections one line each on stderr."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from copydesk.progress import Progress, bars, silent

if TYPE_CHECKING:
    import argparse

    from copydesk.engines.local import IngestSummary


def progress_for(args: argparse.Namespace) -> Progress:
    return silent if args.quiet else bars


def report_ingest(summary: IngestSummary, args: argparse.Namespace) -> None:
    for r in summary.rejected:
        where = f"#{r.position}" if r.position is not None else ""
        print(f"rejected: {r.source}{where}: {r.reason}", file=sys.stderr)
    if not args.quiet:
        print(summary.line())


def ingest_status(summary: IngestSummary) -> int:
    from copydesk.cli import EXIT_OK, EXIT_PARTIAL

    return EXIT_PARTIAL if summary.partial else EXIT_OK
