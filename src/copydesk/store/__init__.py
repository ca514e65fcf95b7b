"""Where records are kept between stages and runs."""

from pathlib import Path

from copydesk.errors import StoreError, UsageError
from copydesk.store.base import ANNOTATIONS, Store
from copydesk.store.sqlite import SQLiteStore, check_writable


def open_store(path: str = "copydesk.db", *, readonly: bool = False) -> Store:
    """Open (creating and migrating as needed) the store at ``path``."""
    return SQLiteStore(path, readonly=readonly)


def open_existing_store(path: str) -> Store:
    """Open the store at ``path`` for a command that only reads it (export, report):
    a mistyped ``--db`` is an error, not a new empty store and an empty result."""
    if not Path(path).is_file():
        raise UsageError(f"no store at {path}: run `copydesk run PATH --db {path}` first")
    try:
        return open_store(path)
    except StoreError as writable_failed:
        try:  # a store on read-only media (an archive, a mounted evidence disk) reads fine
            return open_store(path, readonly=True)
        except StoreError as readonly_failed:
            # The read-only attempt says more when the store is there but old ("copy it
            # somewhere writable …"); otherwise the first error stands.
            if "schema" in str(readonly_failed):
                raise readonly_failed from None
            raise writable_failed from None


__all__ = ["ANNOTATIONS", "SQLiteStore", "Store", "check_writable", "open_existing_store",
           "open_store"]
