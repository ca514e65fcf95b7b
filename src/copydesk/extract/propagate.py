"""Mentions the tagger missed, found again from the names the corpus settled on.

A statistical tagger skips names it has tagged elsewhere ("Zelenskyy thanked
Blinken" loses Zelenskyy at a sentence start), and the quote finder then has
no person to give a quote to. Once the corpus has agreed on its entities, each
article is scanned for the exact spellings (aliases) of entities, and an alias
found outside every existing mention becomes a mention of its entity. Only
unambiguous aliases are used (one entity per spelling), and a one-word alias
is skipped when its lower-case form is a common English word ("Will", "May",
"Trade"): the tagger decides those in context.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from copydesk.extract.names import NAME_PARTICLES, TITLE_WORDS
from copydesk.records import Entity, Mention
from copydesk.wordfreqs import zipf as zipf_frequency

#: Titles too rare for the general list that stand before a surname, and the endings of
#: many more ("Congresswoman", "Headmistress", "Backbencher" …).
_RARE_TITLES = frozenset(
    "mufti oba archdeacon ayatollah monsignor datuk dato tun alhaji alhaja hajia pandit "
    "abbess abbot pastor rabbi reverend deacon canon vicar rector prelate ombudsperson "
    "raja rani maharaja nawab begum sheikha emira chancellor provost dean registrar "
    "comptroller marshal magistrate recorder coroner bailiff warden".split())
_TITLE_ENDINGS = ("man", "woman", "master", "mistress", "bencher", "keeper", "person")
#: Zipf frequency under which a capitalised word before a surname may be a given name the
#: tagger missed (Aminata 1.6, Kwame 2.7, Pieter 2.8; comptroller 3.1, ombudsman 3.1,
#: alderman 3.2, march 5.3): common names (John 5.4) are left to the tagger.
GIVEN_NAME_ZIPF = 3.0
#: Zipf frequency from which a lower-cased one-word alias is a common word
#: (wordfreq scale: 4.5 ≈ 30 per million words; "will" 6.5, "burns" 4.2, "lavrov" 2.7).
COMMON_WORD_ZIPF = 4.5

_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


class AliasIndex:
    """Unambiguous aliases of the corpus's entities, to find their missed mentions."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        owners: dict[str, set[str]] = defaultdict(set)
        for e in entities:
            for alias in e.aliases:
                owners[alias].add(e.id)
        self.aliases = {a: next(iter(ids)) for a, ids in owners.items() if len(ids) == 1}
        self.longest = max((len(a.split(" ")) for a in self.aliases), default=0)

    def scan(
        self, article_id: str, text: str, taken: Sequence[tuple[int, int]],
        language: str | None = None,
    ) -> list[tuple[str, Mention]]:
        """(entity id, mention) for each alias in ``text`` (written in ``language``)
        outside the ``taken`` spans."""
        if not self.aliases:
            return []
        return _scan(article_id, text, self.aliases, self.longest, taken, language)


def surname_mentions(
    article_id: str,
    text: str,
    people: Sequence[tuple[str, str]],
    taken: Sequence[tuple[int, int]],
    language: str | None = None,
) -> list[tuple[str, Mention]]:
    """(entity id, mention) for each surname alone of a person the article names in full.

    ``people`` holds (entity id, surface) of the article's person mentions. Newswire
    names a person in full once and by surname after ("Prime Minister Lenora Vask …
    Vask said"); the corpus's aliases lack the surname when the tagger never tagged it
    alone, and then the quote finder had no person to give "…," Vask said to. A
    surname two people of the article share is left alone."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entity_id, surface in people:
        words = _POSSESSIVE.sub("", surface).split()
        if len(words) >= 2 and words[-1][:1].isupper():
            owners[words[-1]].add(entity_id)
            # The full name too, so that a full name the tagger missed elsewhere in the
            # article is found whole, not as its surname after a given name.
            owners[" ".join(words)].add(entity_id)
    local = {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}
    longest = max((len(name.split()) for name in local), default=0)
    if not local:
        return []
    return _scan(article_id, text, local, longest, taken, language)


def propagate(entities: Sequence[Entity], texts: Mapping[str, str]) -> list[Entity]:
    """Entities with the mentions of their aliases the tagger missed, sorted by id."""
    index = AliasIndex(entities)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            taken[m.article_id].append((m.start, m.end))
    found: list[tuple[str, Mention]] = []
    for article_id in sorted(texts):
        found.extend(index.scan(article_id, texts[article_id], taken[article_id]))
    return add_mentions(entities, found)


def add_mentions(entities: Sequence[Entity], found: Iterable[tuple[str, Mention]]) -> list[Entity]:
    """Entities with extra (entity id, mention) pairs added, sorted by id."""
    extra: dict[str, set[Mention]] = defaultdict(set)
    for entity_id, mention in found:
        extra[entity_id].add(mention)
    out = []
    for e in entities:
        if e.id in extra:
            mentions = tuple(sorted(set(e.mentions) | extra[e.id],
                                    key=lambda m: (m.article_id, m.start, m.end)))
            e = Entity(e.id, e.name, e.type, e.aliases, mentions, e.roles)
        out.append(e)
    return sorted(out, key=lambda e: e.id)



#: Languages that write every noun with a capital ("Handelsminister Halvik"): a capital
#: before a surname is no sign of a given name there.
_NOUNS_CAPITALISED = ("de", "lb")


def _after_a_given_name(
    text: str, words: Sequence[tuple[int, int]], i: int, language: str | None
) -> bool:
    """Whether the one-word alias at word ``i`` ends a longer name the tagger missed
    ("Minister Aminata Traoré": the alias "Traoré" of Col. Bakary Traoré had made her a
    mention of him, and her quotes his; a names probe). The word before must look like a
    given name: rare in the language (below ``GIVEN_NAME_ZIPF``), not in capitals, never
    written in lower case in the article, not a title, a particle or a possessive. A
    regression probe's "Comptroller Lunnvik", "DCI Fennick", "Ombudsman Sola" and "In
    March Ellery" had lost their mentions to a first version that took any capitalised
    word for a given name, and their quotes went to others."""
    if i == 0 or text[words[i - 1][1]:words[i][0]] != " ":
        return False
    before = text[words[i - 1][0]:words[i - 1][1]].rstrip(".")
    if (language or "").startswith(_NOUNS_CAPITALISED) or not before[1:].islower():
        return False  # "DCI Fennick", "Mx. Holt", German nouns
    if before.endswith(("'s", "’s")) or before.casefold() in TITLE_WORDS | NAME_PARTICLES:
        return False  # "De La Cruz asked": the particle is the surname's own
    if before.casefold() in _RARE_TITLES or before.casefold().endswith(_TITLE_ENDINGS):
        return False  # "Mufti Balogun", "Congresswoman Marsh" (a regression probe)
    if zipf_frequency(before.lower(), language or "en") >= GIVEN_NAME_ZIPF:
        return False  # "Comptroller", "March", "When": words before they are names
    return re.search(rf"\b{re.escape(before.lower())}\b", text) is None


@lru_cache(maxsize=65536)
def _common(word: str, language: str | None = "en") -> bool:
    return bool(zipf_frequency(word.lower(), language or "en") >= COMMON_WORD_ZIPF)


def _scan(
    article_id: str,
    text: str,
    aliases: Mapping[str, str],
    longest: int,
    taken: Sequence[tuple[int, int]],
    language: str | None = None,
) -> list[tuple[str, Mention]]:
    words = [(m.start(), m.end()) for m in _CAPITALISED.finditer(text)]
    out: list[tuple[str, Mention]] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(text[a[1]:b[0]] != " " for a, b in pairwise(run)):
                continue
            start, end = run[0][0], run[-1][1]
            surface = _POSSESSIVE.sub("", text[start:end]).rstrip(".")
            if surface in aliases:
                hit = (n, start, start + len(surface), aliases[surface])
                break
        if hit is None:
            i += 1
            continue
        n, start, end, entity_id = hit
        if n == 1 and _after_a_given_name(text, words, i, language):
            i += 1
            continue
        i += n
        if end < len(text) and (text[end].isalnum()):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        surface = text[start:end]
        if " " not in surface and _common(surface):
            continue
        out.append((entity_id, Mention(article_id, start, end, surface)))
    return out
