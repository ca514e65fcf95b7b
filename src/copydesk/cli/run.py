"""copydesk run: the main job."""

from __future__ import annotations

import argparse
import sys

from copydesk import api
from copydesk.cli.output import (
    add_field_option,
    add_workers_option,
    folder,
    ingest_status,
    parse_fields,
    progress_for,
    report_ingest,
)
from copydesk.stories.options import PROFILES

HELP = "Ingest, then trace reuse, group stories, extract facts, export and write the report."
EXAMPLES = """  copydesk run scraped/ --out out/
  copydesk run crawl.warc.gz --db crawl.db --out crawl-report/
  copydesk run big.parquet --engine spark --out tables/
  copydesk run . --db news.db --out out/   # its store and results are not read as input
  copydesk run archive/ --stories archive --db archive.db --out archive-out/   # years, undated

Running again over the same --db adds only what is new: finished inputs are skipped,
and reuse aligns only new candidate pairs. Reuse is lexical unless the optional
sentence-embedding model is installed (in the source tree: pip install torch==2.13.0,
then pip install -e '.[embed]'); its summary line says which.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    parser.add_argument("--db", default=api.DEFAULT_DB, help="store file (default: %(default)s)")
    add_field_option(parser)
    add_workers_option(parser)
    parser.add_argument(
        "--out", default=api.DEFAULT_OUT, help="results folder (default: %(default)s)"
    )
    parser.add_argument(
        "--stories",
        choices=tuple(PROFILES),
        default=None,
        help="how stories are grouped: live (default; a stream of this week's news) or "
        "archive (only for reports spanning years, many undated, like ECB+: year agreement, "
        "more weight on shared words, no date conflicts or time limits; on one year's news "
        "it merges far too much; docs/stories.md). The store keeps the choice for later runs",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "spark"),
        default="local",
        help="local (default) or spark: PySpark, Parquet tables in --out (docs/spark.md)",
    )


def main(args: argparse.Namespace) -> int:
    if args.engine == "local" and api.unfinished_run(args.db):
        print("copydesk: the last run into this store stopped before it finished; what it "
              "stored is kept, and this run finishes the rest.", file=sys.stderr)
    summary = api.run(
        args.paths,
        db=args.db,
        out=args.out,
        fields=parse_fields(args.field),
        progress=progress_for(args),
        engine=args.engine,
        stories=args.stories,
    )
    report_ingest(summary.ingest, args)
    if not args.quiet:
        for line in summary.steps:
            print(line)
        print(f"exports: {folder(args.out)} ({', '.join(sorted(summary.exports))})")
        if summary.report:
            print(f"report: {summary.report}")
    return ingest_status(summary.ingest)
