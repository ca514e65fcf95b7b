"""Records as Spark rows and Parquet tables with the local export's columns.

The local engine's Parquet export (``copydesk.exports``) writes each record's
``to_dict`` form with its ``id``: strings, numbers and lists of strings stay
typed columns, anything nested (passages, removed lines, conflicts) is JSON
text. Spark needs one schema up front, and so does a local export that must not
depend on its rows (:mod:`copydesk.columns` derives both from the record's field
types): a column of the same name holds the same type in both engines.
"""

from __future__ import annotations

from typing import Any

from copydesk.columns import cell, columns, kind_class
from copydesk.records import to_dict


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


def row_of(kind: str, record: Any, extra: dict[str, Any] | None = None) -> tuple[Any, ...]:
    """One record (or article with its annotations in ``extra``) as a tuple in column order."""
    data = to_dict(record)
    data.setdefault("id", record.id)
    if extra:
        data.update(extra)
    return tuple(cell(k, data.get(name)) for name, k in columns(kind_class(kind)).items())


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
