"""The reuse step of ``copydesk run``: relations, families and spin scores.

Reads every article, finds reuse among them (:func:`copydesk.reuse.find_reuse`),
groups them into families, and stores kinds ``relations`` and ``families`` plus the
``family_id`` annotation of every article (an article alone is its own family). When
the spin scorer is installed (``copydesk.reuse.spin_score``) it also stores kind
``spin`` and the ``spin_score``/``spun`` annotations. The candidate index is kept
with ``save_state("reuse-index")`` so other engines and later runs can merge into it.
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter

from copydesk.progress import Progress
from copydesk.records import Article
from copydesk.reuse import build_families, find_reuse
from copydesk.reuse.index import ReuseIndex
from copydesk.store import Store

log = logging.getLogger(__name__)

STATE = "reuse-index"


def run(store: Store, progress: Progress) -> str:
    articles = list(
        progress(store.iter_articles(), total=store.count_articles(), desc="reuse", unit="art")
    )
    index = ReuseIndex()
    relations = find_reuse(articles, index)
    families = build_families(relations, articles)
    store.replace_records("relations", relations)
    store.replace_records("families", families)
    store.annotate_articles("family_id", ((i, f.id) for f in families for i in f.article_ids))
    store.save_state(STATE, index.to_bytes())
    spin = _spin(store, articles)
    kinds = Counter(r.type for r in relations)
    shown = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    multi = sum(1 for f in families if len(f.article_ids) > 1)
    return f"reuse: {len(relations)} relations ({shown}); {multi} families of 2+ articles{spin}"


def _spin(store: Store, articles: list[Article]) -> str:
    try:
        module = importlib.import_module("copydesk.reuse.spin_score")
    except ModuleNotFoundError as exc:
        if exc.name != "copydesk.reuse.spin_score":
            raise
        return ""
    scores = module.score_articles(articles)
    store.replace_records("spin", scores)
    store.annotate_articles("spin_score", ((s.article_id, s.score) for s in scores))
    store.annotate_articles("spun", ((s.article_id, s.spun) for s in scores))
    return f"; {sum(1 for s in scores if s.spun)} articles look machine-spun"
