"""copydesk export: records as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys

from copydesk import api
from copydesk.exports import EXPORT_KINDS, FORMATS

HELP = "Write one kind of record from the store (schemas: docs/schema.md)."
EXAMPLES = """  copydesk export articles > articles.jsonl
  copydesk export relations --format csv --output relations.csv
  copydesk export stories --format parquet --output stories.parquet
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind", choices=EXPORT_KINDS, metavar="KIND", help="one of: " + ", ".join(EXPORT_KINDS)
    )
    parser.add_argument("--db", default=api.DEFAULT_DB, help="store file (default: %(default)s)")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="jsonl")
    parser.add_argument("--output", "-o", default=None, help="file to write (default: stdout)")


def main(args: argparse.Namespace) -> int:
    if api.unfinished_run(args.db):
        # An input probe: a killed run's store exported 784 of 957 relations and 0 facts,
        # exit 0 and no word.
        print(api.UNFINISHED_WARNING, file=sys.stderr)
    n = api.export(args.kind, db=args.db, fmt=args.fmt, output=args.output)
    if not args.quiet and args.output not in (None, "-"):
        print(f"wrote {n} {args.kind} to {args.output}", file=sys.stderr)
    return 0
