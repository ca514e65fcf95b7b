"""Where records are kept between stages and runs."""

from copydesk.store.base import ANNOTATIONS, Store
from copydesk.store.sqlite import SQLiteStore


def open_store(path: str = "copydesk.db", *, readonly: bool = False) -> Store:
    """Open (creating and migrating as needed) the store at ``path``."""
    return SQLiteStore(path, readonly=readonly)


__all__ = ["ANNOTATIONS", "SQLiteStore", "Store", "open_store"]
