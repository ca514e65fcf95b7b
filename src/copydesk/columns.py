"""Each export kind's columns and their types, from the record classes' field types.

One schema per kind, whatever the rows hold: the local Parquet export and the Spark
engine's tables both use it, so a column has the same type in both, and an export
with no rows, or whose rows happen to leave a field empty, keeps it (a column
guessed from the data came out as strings when empty and as Arrow's null type when
every row left it out). Strings, numbers, booleans and lists of strings are typed
columns; anything nested (passages, removed lines, conflicts, a value that may be a
number or a range) is JSON text.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any

from copydesk.records import RECORD_KINDS, Article
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
    if origin is typing.Literal and all(isinstance(a, str) for a in typing.get_args(hint)):
        return "str"  # a relation's type (``RelationType``)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis and args[0] is str:
            return "strings"
        if args and all(a is str for a in args):
            return "strings"  # a fixed number of strings (a translation's ``languages``)
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
    """The record class of an export kind ("articles", or a kind of ``RECORD_KINDS``)."""
    return Article if kind == "articles" else RECORD_KINDS[kind]


def cell(kind: str, value: Any) -> Any:
    """A value as its column of ``kind`` holds it (nested values as JSON text)."""
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "double":
        return float(value)
    if kind == "long":
        return int(value)
    if kind == "boolean":
        return bool(value)
    return value
