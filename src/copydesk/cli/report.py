"""copydesk report: the static site, Markdown and JSON from a store."""

from __future__ import annotations

import argparse
import sys

from copydesk import api
from copydesk.cli.output import progress_for

HELP = "Write the report: a self-contained HTML site (index + a page per story), Markdown, JSON."
EXAMPLES = """  copydesk report --db news.db --out report/
  xdg-open report/index.html
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=api.DEFAULT_DB, help="store file (default: %(default)s)")
    parser.add_argument("--out", default=api.DEFAULT_OUT,
                        help="folder to write (default: %(default)s)")


def main(args: argparse.Namespace) -> int:
    from copydesk.report import report

    unfinished = api.unfinished_run(args.db)
    if unfinished:
        print(api.UNFINISHED_WARNING, file=sys.stderr)
    index = report(args.db, args.out, progress=progress_for(args), unfinished=unfinished)
    if not args.quiet:
        folder = index.parent
        print(f"report: {index}  (also {folder / 'report.md'}, {folder / 'report.json'})")
    return 0
