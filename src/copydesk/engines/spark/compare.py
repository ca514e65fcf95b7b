"""Compare a Spark run's Parquet tables with a local run's store: are they the same?

Issue 7 asks the two engines for the same relations and families and for
stories that agree with an adjusted Rand index of at least 0.99. This module
measures exactly that (and the articles and facts tables alongside), for the
test suite and ``bench/``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from math import comb
from pathlib import Path
from typing import Any

from copydesk.columns import columns, kind_class
from copydesk.exports import export_rows
from copydesk.store import Store


def adjusted_rand_index(left: Sequence[Any], right: Sequence[Any]) -> float:
    """Hubert–Arabie ARI of two labelings of the same items (1.0 = same partition)."""
    if len(left) != len(right):
        raise ValueError("both labelings must cover the same items")
    n = len(left)
    if n < 2:
        return 1.0
    pairs = Counter(zip(left, right, strict=True))
    index = sum(comb(c, 2) for c in pairs.values())
    a = sum(comb(c, 2) for c in Counter(left).values())
    b = sum(comb(c, 2) for c in Counter(right).values())
    expected = a * b / comb(n, 2)
    maximum = (a + b) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def partition(labels: dict[str, str | None]) -> list[frozenset[str]]:
    """Groups of ids sharing a label (an unlabelled id is its own group), sorted."""
    groups: dict[str, set[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label if label is not None else f"\x00{item}", set()).add(item)
    return sorted((frozenset(g) for g in groups.values()), key=lambda g: sorted(g))


@dataclass
class Comparison:
    articles: tuple[int, int, int] = (0, 0, 0)  # local, spark, rows equal
    relations: tuple[int, int, int] = (0, 0, 0)
    families_equal: bool = False
    families: tuple[int, int] = (0, 0)
    stories_ari: float = 0.0
    stories: tuple[int, int] = (0, 0)
    facts: tuple[int, int, int] = (0, 0, 0)
    notes: list[str] = field(default_factory=list)

    @property
    def relations_equal(self) -> bool:
        local, spark, same = self.relations
        return local == spark == same

    def lines(self) -> list[str]:
        return [
            "articles  local {} spark {} identical rows {}".format(*self.articles),
            "relations local {} spark {} identical rows {}".format(*self.relations),
            "families  local {} spark {} same groups: {}".format(*self.families,
                                                                 self.families_equal),
            "stories   local {} spark {} ARI {:.4f}".format(*self.stories, self.stories_ari),
            "facts     local {} spark {} identical rows {}".format(*self.facts),
            *self.notes,
        ]


def _flat(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """A local export row in the Parquet table's form (nested values as JSON text)."""
    cols = columns(kind_class(kind))
    out = {}
    for k, v in row.items():
        if cols.get(k) == "json" and not isinstance(v, str) and v is not None:
            v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        out[k] = v
    return out


def _by_id(kind: str, rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: _flat(kind, r) for r in rows}


def _read_table(path: Path, kind: str) -> dict[str, dict[str, Any]]:
    import pyarrow.parquet as pq

    if not path.exists():
        return {}
    return _by_id(kind, pq.read_table(str(path)).to_pylist())


def _same(local: dict[str, dict[str, Any]], spark: dict[str, dict[str, Any]]) -> int:
    return sum(1 for k, row in local.items() if spark.get(k) == row)


def compare(local: Store, spark_out: str | Path) -> Comparison:
    out = Path(spark_out)
    result = Comparison()
    l_art = _by_id("articles", export_rows(local, "articles"))
    s_art = _read_table(out / "articles.parquet", "articles")
    result.articles = (len(l_art), len(s_art), _same(l_art, s_art))
    l_rel = _by_id("relations", export_rows(local, "relations"))
    s_rel = _read_table(out / "relations.parquet", "relations")
    result.relations = (len(l_rel), len(s_rel), _same(l_rel, s_rel))
    ids = sorted(set(l_art) | set(s_art))
    l_fam = partition({i: l_art.get(i, {}).get("family_id") for i in ids})
    s_fam = partition({i: s_art.get(i, {}).get("family_id") for i in ids})
    result.families = (sum(len(g) > 1 for g in l_fam), sum(len(g) > 1 for g in s_fam))
    result.families_equal = l_fam == s_fam
    l_story = [l_art.get(i, {}).get("story_id") or f"-{i}" for i in ids]
    s_story = [s_art.get(i, {}).get("story_id") or f"-{i}" for i in ids]
    result.stories_ari = adjusted_rand_index(l_story, s_story)
    s_stories = _read_table(out / "stories.parquet", "stories")
    result.stories = (local.count_records("stories"), len(s_stories))
    l_fact = _by_id("facts", export_rows(local, "facts"))
    s_fact = _read_table(out / "facts.parquet", "facts")
    result.facts = (len(l_fact), len(s_fact), _same(l_fact, s_fact))
    for name, (a, b, same) in (("articles", result.articles), ("relations", result.relations),
                               ("facts", result.facts)):
        if not a == b == same:
            result.notes.append(f"{name}: {max(a, b) - same} rows differ")
    return result
