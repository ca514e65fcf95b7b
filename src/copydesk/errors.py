"""Errors copydesk raises, one tree so callers can catch at the level they need.

    CopydeskError
    ├── InputError      an input file or record cannot be read (becomes a Rejected)
    ├── StoreError      the store file is unusable (wrong version, corrupt, locked)
    │   ├── NotAStoreError  --db names something else (a text file, a folder): also a UsageError
    │   └── UnwritableStoreError  --db for writing names a read-only place: also a UsageError
    └── UsageError      the command line or options are wrong; says what to do

Library errors are wrapped where they happen so that the CLI can print one clear
line and pick the documented exit status (see ``cli/exit_codes``).
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base of every error copydesk raises on purpose."""


class InputError(CopydeskError):
    """An input cannot be used; the reader turns it into a ``Rejected`` record."""


class StoreError(CopydeskError):
    """The store cannot be opened, migrated or written."""


class UsageError(CopydeskError):
    """The user asked for something that cannot be done as asked."""


class NotAStoreError(StoreError, UsageError):
    """``--db`` names a file that is no SQLite database, or a folder: the user's choice of
    path, so the command exits as a usage error (2), before any results folder is made."""


class UnwritableStoreError(StoreError, UsageError):
    """``--db`` of a command that writes the store (ingest, run) names a read-only file or
    folder, or a path under a file: the user's choice of path, so a usage error (2) before
    any work, as a results folder that cannot be written is."""

