"""Plain text: the whole file is one article; the cleaner finds its headline."""

from __future__ import annotations

from copydesk.records import RawDocument


def read_text(source: str, decoded: str, position: int | None = None) -> RawDocument:
    return RawDocument(source=source, body=decoded, position=position)
