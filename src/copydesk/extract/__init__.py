"""The extract stage: entities, quotes, quantities and dates of articles.

Public entry: ``extract_batch(articles, nlp, options) -> ExtractResult`` (see
pipeline.py). ``load_tagger()`` gives spaCy's English NER when installed and
the lexical fallback otherwise. Each part is also usable alone.
"""

from copydesk.extract.canonical import EntityOptions, canonicalise
from copydesk.extract.dates import find_dates
from copydesk.extract.nlp import load_tagger, make_tagger
from copydesk.extract.passes import CorpusExtraction
from copydesk.extract.pipeline import ExtractOptions, ExtractResult, extract_batch
from copydesk.extract.quantities import find_quantities
from copydesk.extract.quote_links import LinkOptions, link_quotes
from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quotes import find_quotes

__all__ = [
    "CorpusExtraction",
    "EntityOptions",
    "ExtractOptions",
    "ExtractResult",
    "LinkOptions",
    "QuoteOptions",
    "canonicalise",
    "extract_batch",
    "find_dates",
    "find_quantities",
    "find_quotes",
    "link_quotes",
    "load_tagger",
    "make_tagger",
]
