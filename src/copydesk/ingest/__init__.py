"""Readers: files, folders and standard input → ``RawDocument`` or ``Rejected``.

The I/O edge of copydesk. Every reader streams (one document at a time), reads
gzip transparently, and turns any failure into a ``Rejected`` record with the
source and a reason, so one bad file never stops a run and never goes unreported.
"""

from copydesk.ingest.sources import Input, ReaderOptions, iter_inputs, own_outputs

__all__ = ["Input", "ReaderOptions", "iter_inputs", "own_outputs"]
