"""Exports: every record kind as JSON Lines (the reference form), CSV or Parquet.

The JSON Lines form of each kind is documented and versioned in docs/schema.md.
CSV and Parquet carry the same columns; nested values that do not fit a flat
column (passages, mentions, conflicts) are JSON text there, so no information is
lost in any format. Rows are sorted by id so the same store gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from copydesk.columns import cell, columns, kind_class
from copydesk.errors import UsageError
from copydesk.records import RECORD_KINDS, Thread, threads_of, to_dict
from copydesk.store import Store

#: "threads" are gathered from the stories at export (``records.threads_of``).
EXPORT_KINDS: tuple[str, ...] = ("articles", *RECORD_KINDS, "threads")
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


def export_rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    """The rows of one export kind, sorted by id."""
    if kind == "articles":
        return store.iter_article_rows()
    if kind == "threads":
        return (record_row(t) for t in threads_of(store.iter_records("stories")))
    if kind not in RECORD_KINDS:
        raise _unknown_kind(kind)
    return (record_row(rec) for rec in store.iter_records(kind))


def _unknown_kind(kind: str) -> UsageError:
    return UsageError(f"unknown export kind {kind!r}; choose one of: {', '.join(EXPORT_KINDS)}")


def record_row(record: Any) -> dict[str, Any]:
    """A record as its export writes it (and the JSON API returns it): its fields plus
    its id, which a relation computes rather than stores."""
    row = to_dict(record)
    row.setdefault("id", record.id)
    return row


def export_columns(kind: str) -> list[str]:
    """The columns of one export kind, sorted: what an empty export's CSV header and
    Parquet schema show (the columns are the same whether or not there are rows)."""
    return list(export_schema(kind))


def export_schema(kind: str) -> dict[str, str]:
    """The columns of one export kind with their types (:mod:`copydesk.columns`)."""
    if kind not in EXPORT_KINDS:
        raise _unknown_kind(kind)
    return columns(Thread if kind == "threads" else kind_class(kind))


def write_export(
    rows: Iterable[dict[str, Any]], output: str | Path | None, fmt: str,
    columns: Sequence[str] | Mapping[str, str] = (),
) -> int:
    """Write rows to ``output`` (None or "-" = standard output); return the row count.
    ``columns`` head an export without rows (CSV, Parquet); given with their types
    (``export_schema``), they are the Parquet file's schema whatever the rows hold."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    to_stdout = output in (None, "-")
    if fmt == "parquet":
        if to_stdout:
            raise UsageError("parquet is binary: give --output FILE.parquet")
        return _write_parquet(rows, Path(str(output)), columns)
    names = list(columns)
    if to_stdout:
        return _write_text(rows, sys.stdout, fmt, names)
    target = Path(str(output))
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # A link, a pipe or a device ("-o /dev/stdout"): written through. Swapped for a
        # file, the link was lost, the reader of the pipe got nothing, and /dev/stdout
        # became a file (a user-experience audit).
        with open(target, "w", encoding="utf-8", newline="") as handle:
            return _write_text(rows, handle, fmt, names)
    # Written beside and swapped in whole: a run killed while writing left a short file
    # that read as complete in place of the last whole one (an input probe).
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as handle:
            n = _write_text(rows, handle, fmt, names)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return n


def _write_text(rows: Iterable[dict[str, Any]], handle: Any, fmt: str,
                columns: Sequence[str]) -> int:
    if fmt == "csv":
        return _write_csv(rows, handle, columns)
    n = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def _as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: A CSV cell starting with one of these is a formula to Excel and LibreOffice (OWASP
#: "CSV injection"): article titles and site names are untrusted text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _flat(value: Any) -> Any:
    return _as_json(value) if isinstance(value, (list, dict)) else value


def _csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: a string that would start a formula
    gets a leading apostrophe (numbers are left alone, negative ones included)."""
    flat = _flat(value)
    if isinstance(flat, str) and flat.startswith(_FORMULA_START):
        return "'" + flat
    return flat


def _write_csv(rows: Iterable[dict[str, Any]], handle: io.TextIOBase | Any,
               columns: Sequence[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(handle, fieldnames=sorted(row))
            writer.writeheader()
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        n += 1
    if writer is None and columns:
        csv.DictWriter(handle, fieldnames=list(columns)).writeheader()
    return n


def _is_str_list(values: list[Any]) -> bool:
    return all(
        v is None or (isinstance(v, list) and all(isinstance(x, str) for x in v)) for v in values
    )


def _column(values: list[Any]) -> Any:
    """One Parquet column: native when Arrow can type it, else JSON text. A column may mix
    kinds (a quantity's value is a number or a [low, high] range), and a mixed column is
    JSON text throughout, so that no row is cast differently from another."""
    import pyarrow as pa

    if not any(isinstance(v, (list, dict)) for v in values) or _is_str_list(values):
        try:
            return pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    return pa.array([None if v is None else _as_json(v) for v in values], type=pa.string())


#: Arrow types of the column kinds of :mod:`copydesk.columns`.
_ARROW_TYPES = {"str": "string", "long": "int64", "double": "float64", "boolean": "bool_",
                "json": "string"}


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return pa.list_(pa.string()) if kind == "strings" else getattr(pa, _ARROW_TYPES[kind])()


def _write_parquet(rows: Iterable[dict[str, Any]], path: Path,
                   columns: Sequence[str] | Mapping[str, str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch: list[dict[str, Any]] = list(rows)
    if isinstance(columns, Mapping):
        schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns.items()])
        extra = sorted({k for row in batch for k in row} - set(columns))
        if extra:
            raise ValueError(f"rows hold columns the schema lacks: {', '.join(extra)} (a bug)")
        values = {name: [cell(kind, row.get(name)) for row in batch]
                  for name, kind in columns.items()}
        pq.write_table(pa.table(values, schema=schema), path)
        return len(batch)
    if not batch:
        empty = pa.schema([(name, pa.string()) for name in columns])
        pq.write_table(empty.empty_table(), path)
        return 0
    names = sorted(batch[0])
    table = pa.table({k: _column([r.get(k) for r in batch]) for k in names})
    pq.write_table(table, path)
    return len(batch)
