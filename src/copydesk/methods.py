"""How the stored results were made, by step, for the report to say.

The run prints each step's method on its summary line ("lexical fingerprints", "names
tagged by spacy:…", "lexical anchors, live profile"); an analyst who reads only the HTML
report had no way to know that translations were found through shared names and numbers
or that articles in other languages got no entities (a multilingual probe). Each step
records its method here, in the store, and the report shows them. Only what does not vary
from run to run is recorded (no timings), so the same store gives the same report.
"""

from __future__ import annotations

import json

from copydesk.store import Store

STATE = "methods"


def record_method(store: Store, step: str, method: str) -> None:
    """Keep ``method`` as the way ``step`` made the stored results."""
    methods = recorded_methods(store)
    methods[step] = method
    store.save_state(STATE, json.dumps(methods, sort_keys=True).encode("utf-8"))


def recorded_methods(store: Store) -> dict[str, str]:
    """Step → method, in the order the steps run (empty before any run)."""
    raw = store.load_state(STATE)
    if not raw:
        return {}
    try:
        found = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}
    order = ("reuse", "stories", "extract", "facts")
    return {k: str(found[k]) for k in sorted(found, key=lambda k: (
        order.index(k) if k in order else len(order), k))}


__all__ = ["record_method", "recorded_methods"]
