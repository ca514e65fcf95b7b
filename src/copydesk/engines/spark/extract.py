"""Extract over Spark: names tagged on the executors, the rest on the driver.

Tagging names is most of the extract step (spaCy: 85 % of it on generated news) and
is per article, so each partition's articles are tagged where they lie, by the same
:func:`copydesk.extract.passes.tag_articles` the local step runs. The driver gathers
the candidate mentions in the storing order (the order the local step tags in), and
then runs the local step's own remainder (``steps.extract.finish_step``): the
entities, which need every article's mentions at once, the quotes, numbers and dates
of pass 2, and the quote links across articles. So the records are the local
engine's, and the driver no longer tags a million articles on its own cores.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from copydesk.progress import Progress
from copydesk.records import Article
from copydesk.store import Store


def available() -> bool:
    try:
        from copydesk.extract.passes import CorpusExtraction, tag_articles  # noqa: F401
    except ImportError:
        return False
    return True


def tag_partition(rows: Iterable[tuple[Any, Article]]) -> Iterator[tuple[Any, list[Any]]]:
    """Executor side: (order, candidate mentions) of every article of a partition (an
    empty list for an article whose language the tagger does not read)."""
    from copydesk.engines.steps.extract import NLP_BATCH_SIZE
    from copydesk.extract.nlp import load_language_taggers, load_tagger
    from copydesk.extract.options import ExtractOptions
    from copydesk.extract.passes import tag_articles

    rows = list(rows)
    if not rows:
        return
    tagger = load_tagger(batch_size=NLP_BATCH_SIZE)  # loaded once per worker process
    others = load_language_taggers(batch_size=NLP_BATCH_SIZE)
    articles = [article for _order, article in rows]
    found = {a.id: c for a, c in tag_articles(articles, tagger, None,
                                                ExtractOptions().ner_languages, others)}
    for order, article in rows:
        yield order, found.get(article.id, [])


def run(session: Any, articles: Any, store: Store, progress: Progress) -> str:
    """The extract step over Spark; writes what ``steps/extract.py`` writes."""
    from copydesk.engines.steps.extract import NLP_BATCH_SIZE, finish_step
    from copydesk.extract.nlp import load_language_taggers, load_tagger
    from copydesk.extract.options import ExtractOptions
    from copydesk.extract.passes import CorpusExtraction

    began = time.perf_counter()
    if articles.count() != store.count_articles():
        # The store holds articles this run did not read (an earlier run's): tag them
        # all the local way, so that every stored article gets its mentions.
        from copydesk.engines.steps.extract import run as local_run

        return local_run(store, progress)
    tagged = articles.mapPartitions(tag_partition).sortByKey()
    extraction = CorpusExtraction(load_tagger(batch_size=NLP_BATCH_SIZE), ExtractOptions(),
                                  load_language_taggers(batch_size=NLP_BATCH_SIZE))
    stream = progress(tagged.toLocalIterator(), total=store.count_articles(),
                      desc="extract: names", unit="article")
    extraction.add_tagged(candidates for _order, candidates in stream)
    return finish_step(store, extraction, progress, began, " on the executors")
