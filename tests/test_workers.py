"""Worker processes: Ctrl-C ends forked children quietly and the parent as usual."""

from __future__ import annotations

import os
import signal
import time

import pytest

from copydesk.workers import quiet_children_on_interrupt


def test_ctrl_c_ends_a_forked_child_without_a_traceback() -> None:
    """spaCy's n_process children each printed a KeyboardInterrupt traceback on Ctrl-C."""
    before = signal.getsignal(signal.SIGINT)  # another test's library may have set one
    read_end, write_end = os.pipe()
    with quiet_children_on_interrupt():
        child = os.fork()
        if child == 0:  # the child: wait for the signal, as a spaCy worker waits for work
            os.close(read_end)
            os.dup2(write_end, 2)  # its stderr goes to the pipe
            try:
                time.sleep(30)
            finally:
                os._exit(0)  # reached only if the handler let an exception through
        os.close(write_end)
        time.sleep(0.2)
        os.kill(child, signal.SIGINT)
        _, status = os.waitpid(child, 0)
        with pytest.raises(KeyboardInterrupt):  # the parent still stops as usual
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGINT
    assert os.read(read_end, 4096) == b""
    os.close(read_end)
    assert signal.getsignal(signal.SIGINT) is before
