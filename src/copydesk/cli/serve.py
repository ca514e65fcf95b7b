"""copydesk serve: the web app and JSON API over a store."""

from __future__ import annotations

import argparse
import errno
import socket
import sys
from pathlib import Path

from copydesk import api
from copydesk.cli.output import add_workers_option
from copydesk.errors import StoreError, UsageError
from copydesk.store import open_store

HELP = "Browse stories, search articles, upload files, and use the JSON API (on 127.0.0.1)."
EXAMPLES = """  copydesk serve --db copydesk-demo/copydesk.db
  copydesk serve --db news.db --port 8080
  copydesk serve --db news.db --host 0.0.0.0 --allow-host desk.newsroom.lan
  copydesk serve --db news.db --max-queued-jobs 3 --max-upload-storage-mb 200
  copydesk serve --db news.db --max-upload-mb 500 --max-upload-storage-mb 5000
  copydesk serve --db news.db --trust-proxy 127.0.0.1 --allow-host desk.newsroom.lan
  curl 'http://127.0.0.1:8000/api/stories?min_independent=2'
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=api.DEFAULT_DB, help="store file (default: %(default)s)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: %(default)s, this machine only; "
                        "the app has no accounts, so think before exposing it)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                        help="a name users reach the server by (repeatable), with --host "
                        "beyond this machine: any other name in the Host header is refused, "
                        "so that no web page can reach the app through DNS rebinding "
                        "(this machine's names and IP addresses are always accepted)")
    # Defaults written out: importing the web app's modules here would load FastAPI for
    # every command (tests/web/test_upload_bounds.py checks they match).
    parser.add_argument("--max-upload-mb", type=int, default=50, metavar="MB",
                        help="largest upload (one request, all its files): a larger one is "
                        "refused (413) before it is saved (default: %(default)s)")
    parser.add_argument("--max-queued-jobs", type=int, default=10, metavar="N",
                        help="upload jobs queued or running at once; a further upload is "
                        "refused (429, try again later) (default: %(default)s)")
    parser.add_argument("--max-upload-storage-mb", type=int, default=1000, metavar="MB",
                        help="what copydesk-uploads/ beside the store may hold: the files "
                        "of ingested uploads are deleted oldest first to stay under it (their "
                        "articles stay in the store); an upload that cannot fit is refused "
                        "(507) (default: %(default)s)")
    parser.add_argument("--job-niceness", type=int, default=10, metavar="N",
                        help="upload jobs run in a process of their own this much lower in "
                        "priority (os.nice), so that pages stay quick while one runs; 0 for "
                        "the server's priority (default: %(default)s)")
    parser.add_argument("--trust-proxy", action="append", default=[], metavar="ADDRESS",
                        help="the address of a reverse proxy in front (repeatable): only "
                        "requests from it may set the client address and scheme with "
                        "X-Forwarded-For and X-Forwarded-Proto (without it those headers are "
                        "ignored); the proxy must pass the Host header on, named with "
                        "--allow-host")
    add_workers_option(parser)


def main(args: argparse.Namespace) -> int:
    from copydesk.web import host_names, is_loopback, serve

    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be 1-65535, got {args.port}")
    if args.max_queued_jobs < 1:
        raise UsageError(f"--max-queued-jobs must be at least 1, got {args.max_queued_jobs}")
    if args.max_upload_mb < 1:
        raise UsageError(f"--max-upload-mb must be at least 1, got {args.max_upload_mb}")
    if args.max_upload_mb > args.max_upload_storage_mb:
        raise UsageError(f"--max-upload-mb ({args.max_upload_mb}) is more than "
                         f"--max-upload-storage-mb ({args.max_upload_storage_mb}): no upload "
                         "that large could be kept; raise the storage or lower the upload")
    if args.max_upload_storage_mb < 1:
        raise UsageError("--max-upload-storage-mb must be at least 1, got "
                         f"{args.max_upload_storage_mb}")
    if not 0 <= args.job_niceness <= 19:
        raise UsageError(f"--job-niceness must be 0-19, got {args.job_niceness}")
    _check_free(args.host, args.port)
    if Path(args.db).is_dir():  # (a web probe: "starting with an empty one", then a failure)
        raise UsageError(f"--db {args.db} is a folder: give the store's file "
                         "(copydesk.db), or a new file name to start one")
    new = not Path(args.db).is_file()
    try:
        # Not a store, another program's, or a new one where it cannot be made: say so
        # before serving (a new one in a read-only folder failed after "starting").
        open_store(args.db).close()
    except StoreError as exc:  # a usage error (exit 2) as everywhere else
        raise UsageError(str(exc)) from exc
    if new:
        print(f"copydesk serve: no store at {args.db}; starting with an empty one "
              "(add articles on the Upload page)", file=sys.stderr)
    if not is_loopback(args.host):
        names = ", ".join(host_names(args.host, args.allow_host))
        print(f"copydesk serve: listening on {args.host}: anyone who can reach it can read "
              f"the store and upload files; it answers to {names} and this machine's IP "
              "addresses (add a name with --allow-host)", file=sys.stderr)
    print(f"copydesk: serving {args.db} at http://{args.host}:{args.port}/  (Ctrl-C stops)",
          file=sys.stderr)
    serve(args.db, host=args.host, port=args.port, allow_hosts=args.allow_host,
          trusted_proxies=args.trust_proxy, max_queued_jobs=args.max_queued_jobs,
          max_upload_storage_bytes=args.max_upload_storage_mb * 1024 * 1024,
          max_upload_bytes=args.max_upload_mb * 1024 * 1024,
          job_niceness=args.job_niceness)
    return 0


def _check_free(host: str, port: int) -> None:
    """Fail with a copydesk message when the address cannot be listened on (uvicorn
    would print its own error after announcing the address, and exit 3, which copydesk
    uses for a partial run)."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except socket.gaierror as exc:
        raise UsageError(f"cannot listen on {host}: no such host ({exc.strerror or exc}); "
                         "give an address of this machine, such as 127.0.0.1") from exc
    except OSError as exc:
        hint = ("is another copydesk serve running? choose another --port"
                if exc.errno == errno.EADDRINUSE else
                "give an address of this machine, such as 127.0.0.1")
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); {hint}") \
            from exc
