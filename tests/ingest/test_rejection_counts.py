"""Past an input's first rejections the rest are counted per reason: the summary, the
lines on stderr and the store add up to every record rejected, and name every reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from copydesk.cli import EXIT_PARTIAL, main
from copydesk.engines.local import ingest_into
from copydesk.ingest.rejections import (
    MAX_COUNTED_REASONS,
    MAX_REJECTIONS_PER_INPUT,
    OTHER_REASONS,
    RejectionCap,
    capped,
    listed_rejections,
)
from copydesk.records import RawDocument, Rejected
from copydesk.store import SQLiteStore

NO_TEXT = "no article text"


def _lines_count(err: str) -> int:
    """The records the stderr lines stand for: one a line, or the number a line counts."""
    total = 0
    for line in err.splitlines():
        counted = re.search(r": ([\d,]+) (?:more record\(s\)|records)", line)
        total += int(counted.group(1).replace(",", "")) if counted else 1
    return total


def test_a_user_s_file_of_records_without_text_and_broken_lines_is_counted_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user's 1,500 records without text and 5 lines of broken JSON: the summary said
    "1001 rejected", its last line "505 more records rejected … (the first 1,000 are
    above)" under three listed lines, the broken lines' reason was named nowhere, and
    a rerun said the same."""
    path = tmp_path / "many.jsonl"
    records = [json.dumps({"title": f"Tide table {i}", "url": f"https://tide.example/{i}"})
               for i in range(1500)]
    path.write_text("\n".join([*records, *["{tide: high"] * 5]) + "\n")
    db = str(tmp_path / "mr.db")
    for again in (False, True):
        assert main(["ingest", str(path), "--db", db]) == EXIT_PARTIAL
        out, err = capsys.readouterr()
        said = "0 rejected, 1505 rejected by an earlier run" if again else "1505 rejected"
        assert said in out
        assert _lines_count(err) == 1505
        assert "1,497 more record(s) for the same reason (no article text" in err
        assert f"{path}: 5 records from #1501 on: not valid JSON (" in err
        assert "listed" not in err and "above" not in err
    store = SQLiteStore(db)
    kept = store.rejections()
    store.close()
    assert len(kept) == MAX_REJECTIONS_PER_INPUT + 2
    assert sum(r.count for r in kept) == 1505
    assert [(r.position, r.count) for r in kept if r.count > 1] == [(1001, 500), (1501, 5)]


def test_the_cleaner_s_rejections_count_toward_an_input_s_limit(
    tmp_path: Path, store: SQLiteStore
) -> None:
    """Records that parse but clean away to nothing were each stored as a rejection: the
    limit held only for what the reader rejected."""
    lines = [json.dumps({"title": f"Buoy {i}", "text": f"Buoy {i} lit."})
             for i in range(MAX_REJECTIONS_PER_INPUT + 40)]
    (tmp_path / "buoys.jsonl").write_text("\n".join(lines) + "\n")
    summary = ingest_into(store, [str(tmp_path / "buoys.jsonl")])
    assert summary.rejected_records == MAX_REJECTIONS_PER_INPUT + 40
    assert len(store.rejections()) == MAX_REJECTIONS_PER_INPUT + 1
    assert summary.rejected[-1].count == 40
    assert summary.rejected[-1].position == MAX_REJECTIONS_PER_INPUT + 1


def test_counts_are_per_input_and_per_reason_with_a_bound_on_reasons() -> None:
    cap = RejectionCap(limit=2)
    kept = [cap.admit(Rejected("a", "why", n)) for n in range(1, 4)]
    assert kept[:2] == [Rejected("a", "why", 1), Rejected("a", "why", 2)] and kept[2] is None
    assert cap.admit(Rejected("b", "why", 1)) is not None  # another input, its own limit
    for n in range(MAX_COUNTED_REASONS + 5):
        cap.admit(Rejected("a", f"https://x.example/{n}: a PDF", 10 + n))
    counts = cap.counted("a")
    assert sum(c.count for c in counts) == 1 + MAX_COUNTED_REASONS + 5
    assert len(counts) == MAX_COUNTED_REASONS + 1
    other = counts[-1]
    assert other.reason == OTHER_REASONS and other.count == 6 and other.position == 10 + 19
    assert cap.counted("a") == []  # forgotten once given


def test_counts_from_elsewhere_are_added_never_kept_one_by_one() -> None:
    """The Spark engine's driver caps the cleaner's rejections together with the counts
    the executors made of the readers'."""
    incoming = [Rejected("a", "bad line", 5), Rejected("a", "bad line", 9, count=300),
                Rejected("a", "too short", 12), Rejected("b", "bad line", 1)]
    cap_two = RejectionCap(limit=2)
    kept = [r for r in incoming if cap_two.admit(r) is not None]
    assert kept == [incoming[0], incoming[2], incoming[3]]
    assert cap_two.all_counted() == [Rejected("a", "bad line", 9, count=300)]
    out = capped(incoming)
    assert sum(r.count for r in out) == 303 and len(out) == 4


def test_a_reader_s_records_past_the_limit_are_counted_after_the_others() -> None:
    docs: list[RawDocument | Rejected] = [Rejected("f", "empty", n) for n in range(1, 5)]
    docs.insert(2, RawDocument(source="f", body="A pier reopened.", position=99))
    out = list(listed_rejections("f", docs, limit=2))
    assert out[:3] == docs[:3]
    assert out[3:] == [Rejected("f", "empty", 3, count=2)]


def test_a_count_is_one_line_that_says_how_many_and_from_where() -> None:
    assert Rejected("c.warc", "a PDF", 4096, count=1200).line() == (
        "rejected: c.warc: 1,200 records from #4096 on: a PDF")
    assert Rejected("-", "empty", None, count=2).line() == "rejected: -: 2 records: empty"
    assert Rejected("x.jsonl", "empty", 7).line() == "rejected: x.jsonl#7: empty"
