"""copydesk export: records as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys
from pathlib import PurePath

from copydesk import api
from copydesk.errors import UsageError
from copydesk.exports import EXPORT_KINDS, FORMATS

HELP = "Write one kind of record from the store (schemas: docs/schema.md)."
EXAMPLES = """  copydesk export articles > articles.jsonl
  copydesk export relations --format csv --output relations.csv
  copydesk export stories --format parquet --output stories.parquet
  copydesk export facts -o facts.csv                # the format from the file name
"""

#: The format a file name asks for by its ending.
_BY_SUFFIX = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl",
              ".ndjson": "jsonl", ".json": "jsonl"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind", choices=EXPORT_KINDS, metavar="KIND", help="one of: " + ", ".join(EXPORT_KINDS)
    )
    parser.add_argument("--db", default=api.DEFAULT_DB, help="store file (default: %(default)s)")
    parser.add_argument(
        "--format", dest="fmt", choices=FORMATS, default=None,
        help="jsonl, csv or parquet (default: from the --output file's ending, else jsonl)")
    parser.add_argument("--output", "-o", default=None, help="file to write (default: stdout)")


def main(args: argparse.Namespace) -> int:
    if api.unfinished_run(args.db):
        # An input probe: a killed run's store exported 784 of 957 relations and 0 facts,
        # exit 0 and no word.
        print(api.UNFINISHED_WARNING, file=sys.stderr)
    n = api.export(args.kind, db=args.db, fmt=_format(args.fmt, args.output),
                   output=args.output)
    if not args.quiet and args.output not in (None, "-"):
        print(f"wrote {n} {args.kind} to {args.output}", file=sys.stderr)
    return 0


def _format(fmt: str | None, output: str | None) -> str:
    """The format asked for, or the one the file name ends in; a file name of another
    format is refused (an OSINT probe's "-o stories.parquet" had been JSON Lines)."""
    wanted = _BY_SUFFIX.get(PurePath(output).suffix.lower()) if output not in (None, "-") \
        else None
    if fmt is None:
        return wanted or "jsonl"
    if wanted is not None and wanted != fmt:
        raise UsageError(f"--format {fmt} but {output} ends as a {wanted} file: drop --format "
                         f"to write {wanted}, or name the file for {fmt}")
    return fmt
