"""Counts in summaries and reports read as English: "1 thread", "11 stories"."""

from __future__ import annotations

from copydesk.wording import counted


def test_counted_is_singular_for_one_only() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(11, "story", "stories") == "11 stories"
    assert counted(1, "story", "stories") == "1 story"
    assert counted(12_500, "fact") == "12,500 facts"
