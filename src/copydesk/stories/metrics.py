"""Clustering scores against gold groups: B-cubed precision/recall/F1 and adjusted Rand.

Here (not in bench/) because the quality tests pin them too. B-cubed (Bagga & Baldwin
1998) averages, per item, how much of its predicted cluster shares its gold cluster
(precision) and how much of its gold cluster it was put with (recall). The adjusted Rand
index (Hubert & Arabie 1985) is pair agreement corrected for chance: 0 random, 1 exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1) over the items of ``gold`` (missing predictions are singletons)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred = {i: predicted.get(i, "\x00" + i) for i in items}
    both = Counter((pred[i], gold[i]) for i in items)
    pred_size = Counter(pred.values())
    gold_size = Counter(gold[i] for i in items)
    p = sum(both[(pred[i], gold[i])] / pred_size[pred[i]] for i in items) / len(items)
    r = sum(both[(pred[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand(predicted: Mapping[str, str], gold: Mapping[str, str]) -> float:
    """Adjusted Rand index over the items of ``gold``."""
    items = list(gold)
    pred = {i: predicted.get(i, "\x00" + i) for i in items}
    index = sum(_pairs(c) for c in Counter((pred[i], gold[i]) for i in items).values())
    a = sum(_pairs(c) for c in Counter(pred.values()).values())
    b = sum(_pairs(c) for c in Counter(gold[i] for i in items).values())
    total = _pairs(len(items))
    if total == 0:
        return 1.0
    expected = a * b / total
    maximum = (a + b) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)
