"""Records as Spark rows and Parquet tables with the local export's columns.

The local engine's Parquet export (``copydesk.exports``) writes each record's
``to_dict`` form with its ``id``: strings, numbers and lists of strings stay
typed columns, anything nested (passages, removed lines, conflicts) is JSON
text. Spark needs one schema up front rather than one guessed from the data, so
it is derived here from the record's field types with the same rules: a column
of the same name holds the same value in both engines.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any

from copydesk.records import RECORD_KINDS, Article, to_dict
from copydesk.store.base import ANNOTATIONS

#: Article annotation columns and their types, as ``iter_article_rows`` gives them.
ANNOTATION_TYPES: dict[str, type] = {
    "family_id": str, "story_id": str, "spin_score": float, "spun": bool,
}


def _kind_of(hint: Any) -> str:
    """``str``, ``long``, ``double``, ``boolean``, ``strings`` (list of str) or ``json``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return _kind_of(members[0]) if len(members) == 1 else "json"
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis and args[0] is str:
            return "strings"
        return "json"
    if hint is bool:
        return "boolean"
    if hint is int:
        return "long"
    if hint is float:
        return "double"
    if hint in (str, datetime, date):
        return "str"
    return "json"


def columns(cls: type) -> dict[str, str]:
    """Column name → kind for a record class (plus ``id`` when it is a property)."""
    hints = typing.get_type_hints(cls)
    cols = {f.name: _kind_of(hints[f.name]) for f in dataclasses.fields(cls)}
    cols.setdefault("id", "str")
    if cls is Article:
        for name in ANNOTATIONS:
            cols[name] = _kind_of(ANNOTATION_TYPES[name])
    return dict(sorted(cols.items()))


def kind_class(kind: str) -> type:
    return Article if kind == "articles" else RECORD_KINDS[kind]


def spark_schema(kind: str) -> Any:
    from pyspark.sql import types as T

    spark_types = {
        "str": T.StringType(), "long": T.LongType(), "double": T.DoubleType(),
        "boolean": T.BooleanType(), "strings": T.ArrayType(T.StringType()),
        "json": T.StringType(),
    }
    return T.StructType(
        [T.StructField(name, spark_types[k], True) for name, k in columns(kind_class(kind)).items()]
    )


def _cell(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "double":
        return float(value)
    if kind == "long":
        return int(value)
    return value


def row_of(kind: str, record: Any, extra: dict[str, Any] | None = None) -> tuple[Any, ...]:
    """One record (or article with its annotations in ``extra``) as a tuple in column order."""
    data = to_dict(record)
    data.setdefault("id", record.id)
    if extra:
        data.update(extra)
    return tuple(_cell(k, data.get(name)) for name, k in columns(kind_class(kind)).items())


def write_table(session: Any, kind: str, rows: list[tuple[Any, ...]] | Any, path: str) -> None:
    """Write rows as one Parquet table sorted by id.

    ``rows`` is a list (records the driver holds, already sorted by id: written as
    one part file, no shuffle) or an RDD of ``row_of`` tuples (sorted by Spark).
    """
    schema = spark_schema(kind)
    if isinstance(rows, list):
        frame = session.createDataFrame(sorted(rows, key=_id_key(kind)), schema).coalesce(1)
    else:
        frame = session.createDataFrame(rows, schema).orderBy("id")
    frame.write.mode("overwrite").parquet(path)


def _id_key(kind: str) -> Any:
    at = list(columns(kind_class(kind))).index("id")
    return lambda row: row[at]
