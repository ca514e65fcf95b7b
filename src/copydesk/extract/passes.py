"""The extract stage as two passes over a corpus fed batch by batch.

Entities need the whole corpus (the type vote, the surname that attaches to one
full name), and quotes need the entities (a speaker is an entity), so the
corpus is read twice, and no article text is kept between batches:

1. :meth:`CorpusExtraction.tag` — tag each batch; only its candidate mentions
   are kept (their strings interned: a name repeats across thousands of articles);
2. :meth:`CorpusExtraction.settle` — canonicalise the candidates into entities;
3. :meth:`CorpusExtraction.extract` — per batch, the alias mentions the tagger
   missed, the quotes, and the quantities and dates, which are returned for the
   caller to write at once (nothing later changes them);
4. :meth:`CorpusExtraction.finish` — link the quotes across articles.

What stays in memory across the corpus is what the outputs need whole: the
candidates until step 2, then the entities with their mentions and the quotes
(a few sentences per article). ``extract_batch`` runs the same four steps on a
list, so both forms give the same records.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime

from copydesk.extract.article_mentions import candidates
from copydesk.extract.canonical import MentionIndex, canonicalise
from copydesk.extract.city_mentions import with_english_city_names
from copydesk.extract.cyrillic import NatashaTagger
from copydesk.extract.cyrillic_forms import nominatives
from copydesk.extract.dates import find_dates
from copydesk.extract.heard_names import name_as_written
from copydesk.extract.lexical import UNTYPED, LexicalTagger, places_missed
from copydesk.extract.lexical_other import OPENS_SENTENCE
from copydesk.extract.mentions import Candidate
from copydesk.extract.nlp import Span, Tagger
from copydesk.extract.options import ExtractOptions, ProgressWrap
from copydesk.extract.polish import PolishTagger
from copydesk.extract.polish_forms import nominatives as polish_nominatives
from copydesk.extract.propagate import AliasIndex, add_mentions, surname_mentions
from copydesk.extract.quantities import find_quantities
from copydesk.extract.quote_links import link_quotes
from copydesk.extract.quotes import NamedMention, find_quotes
from copydesk.records import Article, DateRef, Entity, Mention, Quantity, Quote
from copydesk.wordfreqs import zipf


def tag_articles(
    articles: Sequence[Article],
    tagger: Tagger,
    progress: ProgressWrap | None = None,
    languages: tuple[str, ...] = ("en",),
    others: Mapping[str, Tagger] | None = None,
) -> Iterator[tuple[Article, list[Candidate]]]:
    """Each article with its candidate name mentions (the slow, model-bound step).

    ``tagger`` reads the articles in ``languages`` (and those of no known language);
    ``others`` the articles of each of its languages (``nlp.load_language_taggers``).
    Other articles get no candidates.
    """
    extra = {lang: t for lang, t in (others or {}).items() if lang not in languages}
    readable = [a for a in articles
                if a.language is None or a.language in languages or a.language in extra]
    # Another language's articles are tagged first, as a whole (they are few); the rest
    # stream through the main tagger as before.
    own: dict[int, tuple[list[Span], Tagger]] = {}
    for language, other in sorted(extra.items()):
        at = [i for i, a in enumerate(readable) if a.language == language]
        own.update(zip(at, ((s, other) for s in other.tag(readable[i].text for i in at)),
                       strict=True))
    main = tagger.tag([a.text for i, a in enumerate(readable) if i not in own])

    def tagged() -> Iterator[tuple[list[Span], Tagger]]:
        for i in range(len(readable)):
            yield own[i] if i in own else (next(main), tagger)

    pairs: Iterable[tuple[Article, tuple[list[Span], Tagger]]] = zip(
        readable, tagged(), strict=True)
    if progress is not None:
        pairs = progress(pairs, total=len(readable), desc="extract: names", unit="article")
    for article, (found, by) in pairs:
        if not by.name.startswith(LexicalTagger.name):  # English cues, for a model's misses
            found = [*found, *places_missed(article.text, found)]
        if article.language in extra and by is extra[article.language]:
            found = [_untyped_if_a_word(article.text, s, article.language) for s in found]
        if isinstance(by, NatashaTagger):
            yield article, nominatives(candidates(article.id, article.text, found), by.language)
        elif article.language in extra and by is extra[article.language]:
            cands = candidates(article.id, article.text, found)
            if isinstance(by, PolishTagger):
                cands = polish_nominatives(cands)
            yield article, with_english_city_names(cands, article.language)
        else:
            yield article, candidates(article.id, article.text, found)


#: A word this frequent in its language (Zipf) opening a sentence alone is as likely a
#: word as a name: "Costume sombre, ton contrit : …" (a multilingual probe; spaCy's French
#: pipeline tagged "Costume" a person, and a quote went to it).
COMMON_OPENING_ZIPF = 4.0


def _untyped_if_a_word(text: str, span: Span, language: str | None) -> Span:
    """A one-word person span of another language's pipeline that opens a sentence and is
    a common word there loses its type: the corpus vote types it from its other mentions
    ("Martin" as the surname of "Jean Martin"), or it is dropped."""
    if span.label not in ("PER", "PERSON") or " " in span.text or \
            zipf(span.text.lower(), language) < COMMON_OPENING_ZIPF or \
            not OPENS_SENTENCE.search(text, max(0, span.start - 3), span.start):
        return span
    return Span(span.start, span.end, span.text, UNTYPED)


#: A generation written after a name: "Raymond Castell Jr", "Castell Sr.".
_GENERATION = re.compile(r"\s+(Jr|Sr|Junior|Senior|II|III|IV)\.?$")


def generation_written(name: str, written: str) -> str:
    """The entity's name with the generation the mention writes, when it differs: a father
    and son are one entity (their names are keyed alike), and the son's "…," said Raymond
    Castell Jr had been exported as his father's words (an entities probe)."""
    m = _GENERATION.search(written.strip())
    if m is None:
        return name
    base = _GENERATION.sub("", name)
    return f"{base} {m.group(1)}" if f"{base} {m.group(1)}" != name else name


def _interned(c: Candidate) -> Candidate:
    """The candidate with shared strings: at 10,000 articles the same few thousand names
    and labels are otherwise held once per mention."""
    return Candidate(
        sys.intern(c.article_id), c.start, c.end, sys.intern(c.text), sys.intern(c.surface),
        None if c.label is None else sys.intern(c.label),
        None if c.role is None else sys.intern(c.role),
        None if c.cue is None else sys.intern(c.cue),
        c.paragraph, c.honorific,
    )


class CorpusExtraction:
    """Entities, quotes, quantities and dates of a corpus read in batches (see module doc)."""

    def __init__(self, tagger: Tagger, options: ExtractOptions | None = None,
                 others: Mapping[str, Tagger] | None = None) -> None:
        self.tagger = tagger
        self.others = dict(others or {})
        self.options = options or ExtractOptions()
        self.articles = 0
        self._index: MentionIndex | None = MentionIndex()
        self._entities: list[Entity] = []
        self._by_article: dict[str, list[tuple[Mention, int]]] = {}
        self._aliases: AliasIndex | None = None
        self._found_more: list[tuple[str, Mention]] = []
        self._quotes: list[Quote] = []

    def tag(self, articles: Sequence[Article], progress: ProgressWrap | None = None) -> None:
        """Pass 1 over one batch: keep its candidate mentions."""
        if self._index is None:
            raise RuntimeError("tag() after settle(): the entities are already decided")
        self.articles += len(articles)
        for _, found in tag_articles(articles, self.tagger, progress,
                                     self.options.ner_languages, self.others):
            self._index.add(_interned(c) for c in found)

    def add_tagged(self, found: Iterable[Sequence[Candidate]]) -> None:
        """Pass 1 done elsewhere (Spark's executors run :func:`tag_articles`): keep each
        article's candidate mentions, given in the order :meth:`tag` would see them."""
        if self._index is None:
            raise RuntimeError("add_tagged() after settle(): the entities are already decided")
        for candidates_of_article in found:
            self.articles += 1
            self._index.add(_interned(c) for c in candidates_of_article)

    def settle(self) -> list[Entity]:
        """The corpus's entities (mentions the tagger found), once every batch is tagged."""
        if self._index is None:
            return self._entities
        entities = canonicalise(self._index.candidates, self.options.entities)
        self._index = None
        by_article: dict[str, list[tuple[Mention, int]]] = defaultdict(list)
        for i, e in enumerate(entities):
            for m in e.mentions:
                by_article[m.article_id].append((m, i))
        self._entities, self._by_article = entities, dict(by_article)
        self._aliases = AliasIndex(entities) if self.options.propagate else None
        return entities

    def extract(
        self,
        articles: Iterable[Article],
        written_on: Mapping[str, tuple[datetime, str]] | None = None,
    ) -> tuple[list[Quantity], list[DateRef]]:
        """Pass 2 over one batch: its quantities and dates (final), its quotes kept for
        linking. ``written_on`` gives copies (by id) the publication time and id of the
        original whose text they carry: their relative dates are read on it."""
        self.settle()
        opts = self.options
        by_id = {e.id: i for i, e in enumerate(self._entities)}
        quantities: list[Quantity] = []
        dates: list[DateRef] = []
        for article in articles:
            known = self._by_article.get(article.id, [])
            if self._aliases is not None:
                extra = self._aliases.scan(
                    article.id, article.text, [(m.start, m.end) for m, _ in known],
                    article.language,
                )
                people = [(self._entities[i].id, m.text) for m, i in known
                          if self._entities[i].type == "person"]
                taken = [(m.start, m.end) for m, _ in known] + [(m.start, m.end) for _, m in extra]
                extra += surname_mentions(article.id, article.text, people, taken,
                                          article.language)
                self._found_more.extend(extra)
                known = known + [(m, by_id[eid]) for eid, m in extra]
            named = []
            for m, i in known:
                e = self._entities[i]
                name = generation_written(name_as_written(e.name, e.aliases, m.text),
                                          m.text) if e.type == "person" else e.name
                named.append(NamedMention(m.start, m.end, e.id, name, e.type))
            self._quotes.extend(find_quotes(article.id, article.text, named, opts.quotes,
                                           language=article.language))
            if opts.quantities:
                quantities.extend(find_quantities(article.text, article.id, article.language))
            if opts.dates:
                when, original = (written_on or {}).get(article.id, (article.published, None))
                dates.extend(find_dates(article.text, article.id, when, written_by=original,
                                        language=article.language))
        return quantities, dates

    def finish(
        self,
        relations: Iterable[tuple[str, str]] = (),
        translations: Iterable[tuple[str, str]] = (),
    ) -> tuple[list[Entity], list[Quote]]:
        """Entities (with the mentions pass 2 found) and quotes linked across articles."""
        entities = self.settle()
        if self._found_more:
            entities = add_mentions(entities, self._found_more)
        quotes = link_quotes(self._quotes, relations, self.options.links,
                             translated=translations)
        self._found_more, self._quotes, self._by_article = [], [], {}
        return entities, quotes
