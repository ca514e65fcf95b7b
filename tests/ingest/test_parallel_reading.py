"""Reading in several processes gives the same inputs, documents and store as one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import BODY_PARAGRAPHS, article_html, article_text
from copydesk.engines.local import ingest_into
from copydesk.ingest import iter_inputs, parallel
from copydesk.records import RawDocument, Rejected
from copydesk.store import SQLiteStore


def _folder(root: Path) -> Path:
    """Pages and texts (read by the pool), a JSON Lines file and a feed (streamed here),
    a binary file (rejected when read) in between."""
    root.mkdir(exist_ok=True)
    for i in range(9):
        paragraphs = (f"Ferry route {i} reopened on Monday after the storm, operators said.",
                      *BODY_PARAGRAPHS[1:])
        (root / f"page{i}.html").write_text(article_html(f"Ferry route {i} reopens", paragraphs))
        (root / f"note{i}.txt").write_text(article_text(f"Harbour note {i}", paragraphs))
    rows = [{"title": f"Wire {i}", "maintext": "\n".join(BODY_PARAGRAPHS) + f" Item {i}."}
            for i in range(3)]
    (root / "page4b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (root / "page5b.txt").write_bytes(bytes(range(256)) * 8)
    return root


def _summary(reads: list) -> list:  # type: ignore[type-arg]
    out = []
    for item, docs in reads:
        if isinstance(item, Rejected) or docs is None:
            out.append((item.source, None))
            continue
        out.append((item.source, [(d.body, d.title) if isinstance(d, RawDocument) else d.reason
                                  for d in docs]))
    return out


def test_the_pool_reads_what_one_process_reads_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_AFTER", 4)
    skip = str(folder / "note3.txt")

    def done(item) -> bool:  # type: ignore[no-untyped-def]
        return item.source == skip

    pools: list[int] = []
    real_pool = parallel.process_pool

    def counted_pool(workers: int):  # type: ignore[no-untyped-def]
        pools.append(workers)
        return real_pool(workers)

    monkeypatch.setattr(parallel, "process_pool", counted_pool)
    one = _summary(list(parallel.read_inputs(iter_inputs([str(folder)]), 1, done)))
    assert pools == []
    two = _summary(list(parallel.read_inputs(iter_inputs([str(folder)]), 2, done)))
    assert pools == [2]  # the files were read by the pool
    assert one == two
    assert len(one) == 20 and (skip, None) in one
    assert any(isinstance(d, list) and any("binary" in str(x) for x in d) for _s, d in one)


def test_ingest_in_two_processes_stores_the_same_articles_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path / "in")
    monkeypatch.setattr(parallel, "PARALLEL_AFTER", 4)
    stores = []
    for workers in (1, 2):
        store = SQLiteStore(tmp_path / f"w{workers}.db")
        summary = ingest_into(store, [str(folder)], workers=workers, batch_size=5)
        stores.append((summary.line(), list(store.iter_articles()),
                       sorted(r.reason for r in summary.rejected)))
        store.close()
    assert stores[0] == stores[1]
    assert len(stores[0][1]) == 21
    assert stores[0][2] == ["binary content (NUL or control bytes), not text"]


def test_the_pool_opens_a_file_whose_name_is_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool reopened each file by its source, which writes such a name's bytes as
    ``\\xe9``: the file was "not found" there while one process read it."""
    folder = _folder(tmp_path / "in")
    odd = os.fsencode(folder) + b"/caf\xe9 note.txt"
    with open(odd, "wb") as out:
        out.write(article_text("Harbour caf\u00e9 reopens", BODY_PARAGRAPHS[1:]).encode())
    monkeypatch.setattr(parallel, "PARALLEL_AFTER", 4)
    reads = [_summary(list(parallel.read_inputs(iter_inputs([str(folder)]), workers,
                                                lambda item: False)))
             for workers in (1, 2)]
    assert reads[0] == reads[1]
    (found,) = [docs for source, docs in reads[1] if source.endswith("caf\\xe9 note.txt")]
    assert found and found[0][1] is None and "Harbour café reopens" in found[0][0]
