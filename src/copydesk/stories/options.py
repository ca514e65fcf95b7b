"""The one options record of the stories stage, with how each default was chosen."""

from __future__ import annotations

from dataclasses import dataclass, field

from copydesk.stories.features import FeatureWeights


@dataclass(frozen=True, slots=True)
class StoryOptions:
    """How articles are grouped into stories and stories into threads.

    threshold: cosine between an article and a story centroid needed to join it.
        Tuned on ECB+ train (bench/stories.py grid 0.10–0.50, step 0.025).
    dormant_days: a story with no article for this long (publication time) goes dormant:
        it keeps its articles but takes no new ones. A news event rarely runs longer.
    dormant_articles: for undated articles, a story goes dormant after this many later
        articles without a new member (the stream's clock when there are no dates).
    max_active: hard bound on the active set; the least recently updated go dormant first.
    centroid_features: features kept per story centroid (the heaviest); bounds memory.
    candidate_features: an article looks for candidate stories through its heaviest
        features only; rare names and dates are the heaviest, so this loses little.
    max_posting: features shared by more active stories than this are not used to find
        candidates (they are topic words, and scanning them is what makes search slow).
    use_families: copies of one reuse family join the story of the first copy seen.
    thread_shared: stories of one thread share at least this many core participants.
    thread_core: how many heaviest names of a story are its core participants.
    thread_days: stories more than this many days apart are never one thread.
    """

    threshold: float = 0.25
    weights: FeatureWeights = field(default_factory=FeatureWeights)
    dormant_days: float = 7.0
    dormant_articles: int = 20_000
    max_active: int = 5_000
    centroid_features: int = 200
    candidate_features: int = 12
    max_posting: int = 400
    use_families: bool = True
    thread_shared: int = 2
    thread_core: int = 6
    thread_days: float = 60.0
