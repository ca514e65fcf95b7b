"""Ctrl-C stops a command even when a finaliser swallows its KeyboardInterrupt."""

from __future__ import annotations

import signal

import pytest

from copydesk.progress import interrupts_stick, silent


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_swallowed_by_a_finaliser_still_stops_the_next_step() -> None:
    """An ingest probe: Ctrl-C landing in a library's ``__del__`` printed "Exception
    ignored" and the run went on to its end."""

    class Finaliser:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)

    before = signal.getsignal(signal.SIGINT)
    with interrupts_stick():
        Finaliser()  # collected at once: its KeyboardInterrupt is ignored
        with pytest.raises(KeyboardInterrupt):
            list(silent(range(3)))
    assert signal.getsignal(signal.SIGINT) is before
    assert list(silent(range(3))) == [0, 1, 2]  # the next command starts afresh
