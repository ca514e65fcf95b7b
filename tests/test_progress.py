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


def test_a_sigterm_stops_a_command_as_ctrl_c_does() -> None:
    """A user-experience audit: SIGTERM ended a run at once, status 143, with no word of
    how to resume; now it is an interruption the command reports like Ctrl-C."""
    def outside(signum: int, frame: object) -> None:  # so a regression fails, not kills
        pass

    previous = signal.signal(signal.SIGTERM, outside)
    try:
        with pytest.raises(KeyboardInterrupt), interrupts_stick():
            signal.raise_signal(signal.SIGTERM)
        assert signal.getsignal(signal.SIGTERM) is outside
    finally:
        signal.signal(signal.SIGTERM, previous)
