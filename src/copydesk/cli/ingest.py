"""copydesk ingest: read, clean and store articles."""

from __future__ import annotations

import argparse

from copydesk import api
from copydesk.cli.output import (
    add_field_option,
    add_workers_option,
    ingest_status,
    parse_fields,
    progress_for,
    report_ingest,
)

HELP = (
    "Read and clean articles (text, HTML, JSON Lines, CSV, WARC, RSS/Atom, folders, -) into the "
    "store."
)
EXAMPLES = """  copydesk ingest scraped/ --db news.db
  copydesk ingest crawl.warc.gz feed.xml articles.jsonl.gz
  copydesk ingest sheet.csv --field text=Body --field title=Headline
  cat page.html | copydesk ingest -
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    parser.add_argument("--db", default=api.DEFAULT_DB, help="store file (default: %(default)s)")
    add_field_option(parser)
    add_workers_option(parser)


def main(args: argparse.Namespace) -> int:
    summary = api.ingest(
        args.paths, db=args.db, fields=parse_fields(args.field), progress=progress_for(args)
    )
    report_ingest(summary, args)
    return ingest_status(summary)
