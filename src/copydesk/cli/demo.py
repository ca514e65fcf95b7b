"""copydesk demo: the main job on the bundled demo corpus."""

from __future__ import annotations

import argparse
from pathlib import Path

from copydesk import api
from copydesk.cli.output import folder, progress_for, report_ingest

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
    if not args.quiet:
        for line in summary.steps:
            print(line)
        store = Path(args.out) / "copydesk.db"
        print(f"results: {folder(args.out)}  (store: {store})")
        if summary.report:
            print(f"report: {summary.report}")
        print(f"browse: copydesk serve --db {store}")
    return 0 if not summary.partial else 3
