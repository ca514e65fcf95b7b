"""copydesk spin: spin a text file the way content-farm spinners do (for tests and training)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from copydesk.clean.language import detect_language
from copydesk.errors import InputError, UsageError
from copydesk.ingest.decode import decode_bytes
from copydesk.reuse.spinner import spin

HELP = (
    "Spin a text with synonym substitution, as content-farm spinners do: content words and "
    "titles are replaced, names and numbers kept. Writes the spun text to stdout or --output."
)
EXAMPLES = """  copydesk spin article.txt                        # 30% of eligible words replaced
  copydesk spin article.txt --rate 0.5 --seed 7 --output spun.txt
  copydesk spin article.txt --substitutions        # list what changed on stderr
  cat article.txt | copydesk spin -
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE",
                        help="text file (its encoding detected as ingest does), or - for stdin")
    parser.add_argument(
        "--rate",
        type=float,
        default=0.3,
        help="fraction of eligible words and phrases replaced, 0..1 (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--substitutions",
        action="store_true",
        help="also list each substitution (offset, original -> replacement) on stderr",
    )


def main(args: argparse.Namespace) -> int:
    if not 0.0 <= args.rate <= 1.0:
        raise UsageError(f"--rate must be between 0 and 1, not {args.rate}")
    if args.file == "-":
        text = sys.stdin.read()
    else:
        path = Path(args.file)
        if path.is_dir():
            raise UsageError(f"{args.file} is a folder: spin takes one text file")
        if not path.is_file():
            raise UsageError(f"no such file: {args.file}")
        try:
            # decoded as ingest decodes it: a Latin-1 file that "run" read was "not UTF-8"
            # here (a user-experience audit)
            text, _ = decode_bytes(path.read_bytes())
        except InputError as exc:
            raise UsageError(f"{args.file}: {exc}: spin takes a text file") from exc
    language = detect_language(text)
    if language not in (None, "en"):
        raise UsageError(
            f"{args.file} reads as language {language!r}: the spinner's synonyms are English, "
            "so it would put English words into it; spin an English text")
    result = spin(text, rate=args.rate, seed=args.seed)
    if args.output:
        Path(args.output).write_text(result.text, encoding="utf-8")
    else:
        sys.stdout.write(result.text)
    if args.substitutions:
        for s in result.substitutions:
            print(f"{s.start}\t{s.original} -> {s.replacement}", file=sys.stderr)
    if not args.quiet:
        print(
            f"spin: replaced {len(result.substitutions)} of {result.eligible} eligible "
            f"words and phrases",
            file=sys.stderr,
        )
    return 0
