"""Engines run the stages over a corpus: ``local`` (default, SQLite) and ``spark``."""
