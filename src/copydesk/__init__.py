"""copydesk: trace copies, spins and translations of news; count independent sources."""

from copydesk.api import demo, export, ingest, run

__all__ = ["demo", "export", "ingest", "run"]
