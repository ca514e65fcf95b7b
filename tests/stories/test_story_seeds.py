"""On the real seeds: the Geneva talks (000, 004) are one story, the Kyiv visit (002) another,
both of one thread. The seeds carry no metadata, so no publication date is given: what
separates them is who and where (Lavrov and Geneva in the headlines and leads of 000 and
004; a Kyiv dateline and Zelenskyy in 002), in whatever order they arrive."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from copydesk.records import Article, content_id
from copydesk.stories import StoryClusterer, StoryOptions
from copydesk.stories.threads import link_threads

NAMES = {"000": "talks", "002": "visit", "004": "meeting"}


def seed_articles(folder: Path) -> list[Article]:
    out = []
    for prefix in sorted(NAMES):
        found = sorted(folder.glob(f"{prefix}_*.txt"))
        if not found:
            pytest.skip(f"seed {prefix} absent from {folder}")
        text = found[0].read_text(encoding="utf-8")
        out.append(Article(id=content_id(text), source=NAMES[prefix], text=text))
    return out


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_geneva_reports_together_kyiv_visit_apart_same_thread(
    seeds: Path, order: tuple[int, ...]
) -> None:
    arts = seed_articles(seeds)
    stream = [arts[i] for i in order]
    options = StoryOptions()
    clusterer = StoryClusterer(options)
    assigned = clusterer.add(stream)
    threads = link_threads(clusterer.summaries(), options)
    story = {a.source: assigned[a.id] for a in arts}
    assert story["talks"] == story["meeting"]
    assert story["visit"] != story["talks"]
    assert threads[story["visit"]] == threads[story["talks"]]
