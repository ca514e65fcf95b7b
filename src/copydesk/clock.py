"""One convention for times written without a zone: they are read as UTC.

Readers, stories, facts and the report all compare publication times; a naive time
among aware ones cannot be compared at all, and one module reading it as local time
while another reads it as UTC would order the same articles two ways.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import overload


@overload
def assume_utc(value: datetime) -> datetime: ...
@overload
def assume_utc(value: None) -> None: ...
def assume_utc(value: datetime | None) -> datetime | None:
    """``value`` with UTC as its zone when it has none; a time with a zone, or None, as
    it is."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)
