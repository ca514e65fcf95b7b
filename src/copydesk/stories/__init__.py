"""Stories stage: articles → stories (one event each) → threads (one ongoing affair).

Public entry (pure; no I/O)::

    clusterer = StoryClusterer(StoryOptions())        # or StoryClusterer.from_bytes(state)
    assigned = clusterer.add(articles, families)      # {article id: story id}, new ones only
    states = clusterer.summaries()
    threads = link_threads(states, options)           # {story id: thread id}
    stories = build_stories(states, members, threads, metas, families)   # list[Story]
    blob = clusterer.to_bytes()                       # the state for the next run

Events are told apart by their anchors (who, where, when once relative dates are
resolved against the publication date), not by bag-of-words topic similarity.
"""

from copydesk.stories.anchors import Anchors, extract_anchors
from copydesk.stories.cluster import StoryClusterer, StoryState, cluster_articles
from copydesk.stories.metrics import adjusted_rand, bcubed
from copydesk.stories.options import StoryOptions
from copydesk.stories.summary import ArticleMeta, article_meta, build_stories
from copydesk.stories.threads import link_threads

__all__ = [
    "Anchors",
    "ArticleMeta",
    "StoryClusterer",
    "StoryOptions",
    "StoryState",
    "adjusted_rand",
    "article_meta",
    "bcubed",
    "build_stories",
    "cluster_articles",
    "extract_anchors",
    "link_threads",
]
