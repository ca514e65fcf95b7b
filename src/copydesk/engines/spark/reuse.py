"""Reuse over Spark: candidate pairs by a join on fingerprint keys, pairs judged on executors."""

from __future__ import annotations

from typing import Any

from copydesk.progress import Progress
from copydesk.store import Store


def available() -> bool:
    return False


def run(session: Any, articles: Any, store: Store, progress: Progress) -> str:
    return ""
