"""Quotations the reuse step sets aside: an apostrophe that opens nothing must not stall it."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from copydesk.reuse.shared_quotes import quote_spans


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: the broken pattern took minutes on a 30-word line."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"quote_spans ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("mark", ["'", "‘"])
def test_an_apostrophe_that_never_closes_is_no_quotation_and_returns_at_once(mark: str):
    line = f"The old pier, a favourite of anglers since the {mark}90s, was closed " + "x" * 60
    with _deadline(10):
        assert quote_spans((line + "\n") * 20) == []


def test_single_quoted_speech_is_found_with_apostrophes_inside():
    text = "He said 'we don't stop now, not ever' and left. ‘That is over, we won’t,’ she said."
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["'we don't stop now, not ever'", "‘That is over, we won’t,’"]
