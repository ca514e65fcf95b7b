"""CSV and TSV files of articles: one article per row, its columns named in a header.

Spreadsheets and news APIs' downloads give articles as CSV, and copydesk's own exports
are CSV too. Read as text, a whole file had been one untitled article of its rows run
together (a user-experience audit: an export of 48 articles came back as one article of
134,925 characters). A row is read as a JSON Lines record is (``jsonl``), so the same
column names are found (``title``, ``maintext``/``text``, ``date_publish``, ``url``…)
and ``--field`` maps others. Python's ``csv`` module reads the quoting; a file without a
text column is rejected once, not row by row.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from copydesk.errors import InputError
from copydesk.ingest.jsonl import from_object
from copydesk.ingest.sources import ReaderOptions
from copydesk.records import RawDocument, Rejected

#: A cell may hold a whole article (Python's default limit is 128 kB).
MAX_CELL_CHARS = 16 * 1024 * 1024


def read_table(
    source: str, stream: BinaryIO, options: ReaderOptions, delimiter: str = ","
) -> Iterator[RawDocument | Rejected]:
    """The articles of one CSV (``delimiter`` ",") or TSV ("\\t") file."""
    csv.field_size_limit(min(MAX_CELL_CHARS, sys.maxsize))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    try:
        yield from _rows(source, csv.DictReader(text, delimiter=delimiter), options)
    finally:
        text.detach()  # the stream is its opener's to close


def _rows(source: str, rows: csv.DictReader[str],
          options: ReaderOptions) -> Iterator[RawDocument | Rejected]:
    try:
        header = rows.fieldnames
    except UnicodeDecodeError as exc:
        raise InputError("a CSV file must be UTF-8 text") from exc
    except csv.Error as exc:
        raise InputError(f"malformed CSV ({exc})") from exc
    if not header:
        raise InputError("empty file")
    wanted = options.field_names("text")
    if not any(name.split(".")[0] in header for name in wanted):
        raise InputError(
            f"no article text column (looked for {'/'.join(wanted)} among "
            f"{', '.join(header[:8])}); map yours with --field text=COLUMN")
    while True:
        number = rows.line_num + 1  # where the row starts (a quoted cell may span lines)
        try:
            row = next(rows)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 from line {number}; the rows before were kept") from exc
        except csv.Error as exc:
            yield Rejected(source, f"malformed CSV row ({exc})", number)
            return
        cells = {k: v for k, v in row.items() if k is not None and v not in (None, "")}
        try:
            yield from_object(source, number, cells, options)
        except InputError as exc:
            yield Rejected(source, str(exc), number)
