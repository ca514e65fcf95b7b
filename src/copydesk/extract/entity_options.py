"""Options of entity typing and merging, shared by the vote and the canonicaliser."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EntityOptions:
    """How names are typed and merged.

    The defaults were set on the seeds (three real scraped articles: spaCy calls
    Lavrov ORG four times in one of them, Kyiv PERSON once) and on the
    ECB+ benchmark (bench/entities_ecb.py); the no-false-merge tests pin them.
    """

    #: Votes a role title before a name gives to "person" (a title is near-certain
    #: evidence, worth more than one statistical label: 3 outvotes one article's ORGs).
    title_votes: int = 3
    #: Votes a place preposition ("in", "from", "to") gives to "place".
    place_votes: int = 1
    #: Votes the region after a dateline's city gives to "place" ("OSTERVIK, Kaldmark
    #: (Northgate Wire) —"): as sure as a title, so worth as much.
    dateline_votes: int = 3
    #: Votes "who" or "whose" after a name gives to "person": one, so that it wins over
    #: a lone mistaken ORG ("Greta Lunde, whose brother…", whose "she said" then went to
    #: a man in the paragraph before) but not over a club's ORGs ("Arsenal, who won").
    who_votes: int = 1
    #: Weight of a full person name's person votes when lent to its one-word
    #: surname. Double, because the tagger's mistakes on one surname repeat in
    #: every copy of a story (spaCy tags Lavrov ORG 12 times over the three
    #: seeds, against 9 person votes of "Sergei/Sergey Lavrov" and its own).
    surname_votes: int = 2
    #: Normalised Levenshtein similarity of transliteration keys for two words
    #: with the same consonant skeleton to count as one respelled word. 0.7 joins
    #: Kiev/Kyiv (0.75) and Mohammed/Muhammad (0.71) but not Paris/Peres (0.6).
    surname_similarity: float = 0.7
    #: The same for first names (Sergei/Sergey, Antony/Anthony, Volodymyr/Vladimir).
    first_name_similarity: float = 0.7
    #: A surname alone, in an article that names none of the people who bear it,
    #: goes to the one whose full name has this share of the corpus's full-name
    #: mentions ("Obama" → Barack Obama rather than Michelle Obama); else it stays apart.
    dominant_share: float = 0.75
    #: Mentions of a demonym ("Marvessan") that make its base name a place.
    min_demonym_mentions: int = 2
    #: Minimum mentions for an entity to be kept (1 keeps every name seen).
    min_mentions: int = 1
