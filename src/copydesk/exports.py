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
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from copydesk.errors import UsageError
from copydesk.records import RECORD_KINDS, to_dict
from copydesk.store import Store

EXPORT_KINDS: tuple[str, ...] = ("articles", *RECORD_KINDS)
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


def export_rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    """The rows of one export kind, sorted by id."""
    if kind == "articles":
        return store.iter_article_rows()
    if kind not in RECORD_KINDS:
        raise UsageError(f"unknown export kind {kind!r}; choose one of: {', '.join(EXPORT_KINDS)}")
    return (record_row(rec) for rec in store.iter_records(kind))


def record_row(record: Any) -> dict[str, Any]:
    """A record as its export writes it (and the JSON API returns it): its fields plus
    its id, which a relation computes rather than stores."""
    row = to_dict(record)
    row.setdefault("id", record.id)
    return row


def write_export(rows: Iterable[dict[str, Any]], output: str | Path | None, fmt: str) -> int:
    """Write rows to ``output`` (None or "-" = standard output); return the row count."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    to_stdout = output in (None, "-")
    if fmt == "parquet":
        if to_stdout:
            raise UsageError("parquet is binary: give --output FILE.parquet")
        return _write_parquet(rows, Path(str(output)))
    if to_stdout:
        return _write_text(rows, sys.stdout, fmt)
    with open(str(output), "w", encoding="utf-8", newline="") as handle:
        return _write_text(rows, handle, fmt)


def _write_text(rows: Iterable[dict[str, Any]], handle: Any, fmt: str) -> int:
    if fmt == "csv":
        return _write_csv(rows, handle)
    n = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _write_csv(rows: Iterable[dict[str, Any]], handle: io.TextIOBase | Any) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(handle, fieldnames=sorted(row))
            writer.writeheader()
        writer.writerow({k: _flat(v) for k, v in row.items()})
        n += 1
    return n


def _is_str_list(values: list[Any]) -> bool:
    return all(
        v is None or (isinstance(v, list) and all(isinstance(x, str) for x in v)) for v in values
    )


def _write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch: list[dict[str, Any]] = list(rows)
    if not batch:
        pq.write_table(pa.table({}), path)
        return 0
    columns: dict[str, list[Any]] = {k: [r.get(k) for r in batch] for k in sorted(batch[0])}
    for name, values in columns.items():
        if any(isinstance(v, (list, dict)) for v in values) and not _is_str_list(values):
            columns[name] = [None if v is None else _flat(v) for v in values]
    pq.write_table(pa.table(columns), path)
    return len(batch)
