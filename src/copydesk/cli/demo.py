"""copydesk demo: the main job on the bundled demo corpus."""

from __future__ import annotations

import argparse

from copydesk import api
from copydesk.cli.output import progress_for, report_ingest

HELP = "Run the whole job on the bundled demo corpus (fictional news written for copydesk)."
EXAMPLES = """  copydesk demo
  copydesk demo --out /tmp/demo
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", default="copydesk-demo", help="results folder (default: %(default)s)"
    )


def main(args: argparse.Namespace) -> int:
    summary = api.demo(args.out, progress=progress_for(args))
    report_ingest(summary.ingest, args)
    for line in summary.steps:
        print(line)
    print(f"results: {args.out}/  (store: {args.out}/copydesk.db)")
    if summary.report:
        print(f"report: {summary.report}")
    print(f"browse: copydesk serve --db {args.out}/copydesk.db")
    return 0 if not summary.partial else 3
