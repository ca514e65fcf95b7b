"""Options of the extract stage, apart from the code that runs it, so the in-memory
entry (pipeline.py) and the two-pass corpus form (passes.py) share one definition."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from copydesk.extract.entity_options import EntityOptions
from copydesk.extract.quote_links import LinkOptions
from copydesk.extract.quote_options import QuoteOptions

#: Wraps a long loop with a progress bar (the engine's ``Progress``); identity by default.
ProgressWrap = Callable[..., Iterable[Any]]


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Options of the extract stage, one group per part."""

    entities: EntityOptions = field(default_factory=EntityOptions)
    quotes: QuoteOptions = field(default_factory=QuoteOptions)
    links: LinkOptions = field(default_factory=LinkOptions)
    #: Find again, in every article, the names the tagger missed (see propagate.py).
    propagate: bool = True
    #: Languages the name tagger reads. Articles in other languages (known from
    #: ingest) are not tagged: an English model finds junk in German ("Streik" as
    #: a person); they get their entity mentions from the corpus's aliases instead.
    ner_languages: tuple[str, ...] = ("en",)
    quantities: bool = True
    dates: bool = True
