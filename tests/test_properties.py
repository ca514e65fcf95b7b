"""Untrusted input never crashes a reader or the cleaner: an article or a rejection."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.clean import clean_documents
from copydesk.ingest.formats import read_stream
from copydesk.ingest.sources import ReaderOptions
from copydesk.records import Article, RawDocument, Rejected

NAMES = ["x.txt", "x.html", "x.jsonl", "x.warc", "x.xml", "x.bin", "x.txt.gz", "x.jsonl.gz"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Bytes that look like the formats, so the readers' deeper paths are reached.
PREFIXES = st.sampled_from(
    [
        b"",
        b"<html><body><p>",
        b'{"title": "t", "text": "',
        b"WARC/1.0\r\n",
        b"<?xml version='1.0'?><rss><channel><item><description>",
        b"\x1f\x8b",
    ]
)


def read_bytes(name: str, data: bytes) -> list[RawDocument | Rejected]:
    stream = io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]
    return list(read_stream(name, stream, ReaderOptions()))


@SETTINGS
@given(name=st.sampled_from(NAMES), prefix=PREFIXES, tail=st.binary(max_size=2000))
def test_every_reader_survives_arbitrary_bytes(name: str, prefix: bytes, tail: bytes) -> None:
    for item in read_bytes(name, prefix + tail):
        assert isinstance(item, (RawDocument, Rejected))
        if isinstance(item, RawDocument):
            for result in clean_documents([item]):
                assert isinstance(result, (Article, Rejected))


@SETTINGS
@given(text=st.text(max_size=3000))
def test_cleaner_survives_arbitrary_text(text: str) -> None:
    (result,) = clean_documents([RawDocument(source="t", body=text)])
    if isinstance(result, Article):
        assert result.text.strip() and result.id
        # Nothing vanishes: every kept or removed line comes from the input.
        assert all(r.text for r in result.removed)
    else:
        assert result.reason


def test_reader_dispatch_uses_the_real_open_path(tmp_path: Path) -> None:
    from copydesk.ingest import iter_inputs

    (tmp_path / "odd.dat").write_bytes(b"<html><body><article><p>" + b"Words here. " * 30 + b"</p>")
    (item,) = list(iter_inputs([str(tmp_path)]))
    assert not isinstance(item, Rejected)
    (doc,) = list(item.documents())
    assert isinstance(doc, RawDocument) and "Words here." in doc.body
