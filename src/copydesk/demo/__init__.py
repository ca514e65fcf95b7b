"""The bundled demo corpus: fictional news written for copydesk, with its ground truth.

Every outlet, person, place and event in it is invented (March 2025, the
fictional republics of Marvessa and Tarrenland), so the demo and the tests can
ship real-looking scraper output — wire copies, partial copies, spins,
translations, boilerplate, conflicting numbers — without republishing anyone's
journalism. ``ground_truth.json`` says which article copies which, and how.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def corpus_dir() -> Path:
    """The folder of demo articles (.html, .txt, one JSON Lines dump, one RSS feed).

    A plain path, not an importlib.resources traversable: the demo feeds it to
    the same folder reader a user's own input goes through.
    """
    return _HERE / "corpus"


def ground_truth_path() -> Path:
    """Where the demo's ground truth lives (outside the corpus folder, so it is never ingested)."""
    return _HERE / "ground_truth.json"


def ground_truth() -> dict[str, Any]:
    """The parsed ground truth: threads, events, articles, facts, conflicts, junk lines."""
    data: dict[str, Any] = json.loads(ground_truth_path().read_text(encoding="utf-8"))
    return data
