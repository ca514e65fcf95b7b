"""Stories stage: articles → stories (one event each) → threads (one ongoing affair).

Public entry (pure; no I/O)::

    clusterer = StoryClusterer(StoryOptions())        # or StoryClusterer.from_bytes(state)
    assigned = clusterer.add(articles, families)      # {article id: story id}, new ones only
    threads = link_threads(clusterer.summaries(), options)   # {story id: thread id}
    stories = build_stories(clusterer, threads, articles_meta, families)  # list[Story]

Events are told apart by their anchors (who, where, when once relative dates are
resolved against the publication date), not by bag-of-words topic similarity.
"""

from copydesk.stories.anchors import Anchors, extract_anchors
from copydesk.stories.cluster import StoryClusterer, StoryState, cluster
from copydesk.stories.metrics import adjusted_rand, bcubed
from copydesk.stories.options import StoryOptions

__all__ = [
    "Anchors",
    "StoryClusterer",
    "StoryOptions",
    "StoryState",
    "adjusted_rand",
    "bcubed",
    "cluster",
    "extract_anchors",
]
