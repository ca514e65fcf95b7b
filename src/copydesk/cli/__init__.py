"""The ``copydesk`` command: one module per subcommand, each a thin wrapper over
the Python function of the same name in ``copydesk.api`` (or its stage).

Exit status (also in ``copydesk --help``):
    0  every input was used
    1  copydesk failed (a store or stage error); the message says what to do
    2  usage error: wrong arguments or options
    3  partial: the run finished but some inputs were rejected (listed, one line each)
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from copydesk.errors import CopydeskError, UsageError
from copydesk.progress import interrupts_stick
from copydesk.workers import chosen

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = ("run", "ingest", "export", "demo", "spin", "report", "serve", "pan")

EPILOG = """exit status: 0 all inputs used, 1 failure, 2 usage error,
3 partial (some inputs rejected; each is listed on stderr)

examples:
  copydesk demo                         # the whole job on the bundled demo corpus
  copydesk run articles/ --out out/     # ingest a folder and build everything
  copydesk export relations --format csv --output relations.csv
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Trace copies, spins and translations of news; group stories; "
        "count independent sources.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"copydesk {_version()}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bars, no summary")
    common.add_argument("-v", "--verbose", action="count", default=0, help="more log detail (-vv)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"{__name__}.{name}")
        cmd = sub.add_parser(
            name,
            parents=[common],
            help=module.HELP,
            description=module.HELP,
            epilog="examples:\n" + module.EXAMPLES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(cmd)
        cmd.set_defaults(handler=module.main)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("copydesk")
    except PackageNotFoundError:
        return "unknown"


#: Libraries whose warnings and errors speak of their own internals ("discarding data:
#: None", "lxml parsing failed" for a page with no article): the reader already reports
#: such an input in one line of ours.
#: (warcio's warnings quote a bad record's text, lines on top of the file's one rejection)
NOISY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "warcio")


def _quiet_libraries() -> None:
    """Nothing but critical messages from ``NOISY_LIBRARIES`` (``-vv`` shows them all)."""
    for name in NOISY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def store_problem(exc: sqlite3.Error) -> str:
    """What a failed write to the store means for the user, and what to do."""
    said = str(exc)
    if "readonly" in said or "read-only" in said:
        return (f"the store cannot be written ({said}): give --db a writable file "
                "(export and report can read a read-only store)")
    if "locked" in said or "busy" in said:
        return (f"the store is busy ({said}): another copydesk (or another program) is "
                "writing to it; wait for it to finish and run again, or give another --db")
    return (f"the store failed ({said}); what was stored before is kept: run again, or "
            "check the file (disk full, damaged) with -vv for details")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2) if not args.quiet else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.verbose < 2:
        _quiet_libraries()
    try:
        with chosen(getattr(args, "copydesk_workers", None)), interrupts_stick():
            return int(args.handler(args))
    except UsageError as exc:
        print(f"copydesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CopydeskError as exc:
        print(f"copydesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.Error as exc:
        # The store opened but a later write failed: read-only file, another writer holding
        # the lock past the busy timeout, a damaged file. What is stored so far is kept.
        if args.verbose >= 2:
            raise
        print(f"copydesk {args.command}: {store_problem(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader of our output (head, less) went away: not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
        return EXIT_OK
    except OSError as exc:
        # A results folder that is a file, a folder that does not exist, a full disk: the
        # user can fix these, and a traceback would hide what to fix (-vv shows it).
        if args.verbose >= 2:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        what = ("a file is in the way of a folder" if isinstance(exc, FileExistsError)
                else exc.strerror or str(exc))
        print(f"copydesk {args.command}: {where}{what} "
              "(check the path, its permissions and the free space)", file=sys.stderr)
        return EXIT_FAILED
    except ImportError as exc:
        # A broken install (a dependency missing or unloadable): say which module and how
        # to repair it; what was stored is kept. (-vv shows the traceback.)
        if args.verbose >= 2:
            raise
        print(f"copydesk {args.command}: a module cannot be imported ({exc}); the "
              "installation is incomplete: run `make .venv/.installed` or "
              "`pip install -e .` again", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        # A Spark run fills a new store only, so it resumes on the local engine (a Spark
        # probe was told to run again, and the same command was then refused).
        again = ("run the same command with --engine local to finish it"
                 if getattr(args, "engine", None) == "spark" else "run again to resume")
        print(f"copydesk: interrupted; what was stored is kept — {again}", file=sys.stderr)
        return 130
