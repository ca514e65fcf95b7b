"""Canonical entities: one record per person, organisation or place across the corpus.

Two decisions are made with the whole corpus in view, because one article is
too little evidence:

1. **Type, by vote.** Every spelling of a name (its transliteration key) gets
   the tagger's label from each of its mentions, plus cue votes: a title before
   the name ("Foreign Minister …") counts ``title_votes`` for person, a place
   preposition ("in …") ``place_votes`` for place, respellings (Kiev/Kyiv) pool
   their votes, and a one-word name that is the surname of a full person name
   elsewhere borrows that name's person votes (times ``surname_votes``). The
   majority wins: spaCy's "Lavrov" as ORG in some copies is outvoted by
   "Foreign Minister Sergei Lavrov" and "Lavrov" as PERSON in others.
2. **Identity, by name structure.** Within a type, full person names merge when
   their surnames are one word respelled (equal transliteration key, or equal
   consonant skeleton and close spelling) *and* their first names are
   compatible (respelled, or one is the other's initial). A surname alone
   attaches to the unique full name with that surname (the one in its own
   article when the corpus has several). Organisations and places merge by
   transliteration key and by acronym ("NATO", "US") when the acronym is unique.

There is no string-similarity merge across different surnames, so Biden and
Burns, or Blinken and Lavrov, never merge, whatever the threshold.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from copydesk.extract.mentions import Candidate
from copydesk.extract.names import acronym, fold, similar_words, skeleton, translit_key
from copydesk.extract.nlp import NOT_AN_ENTITY
from copydesk.records import Entity, Mention, content_id

ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "place")


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
    #: Weight of a full person name's person votes when lent to its one-word
    #: surname. Double, because the tagger's mistakes on one surname repeat in
    #: every copy of a story (spaCy tags Lavrov ORG 12 times over the three
    #: seeds, against 9 person votes of "Sergei/Sergey Lavrov" and its own).
    surname_votes: int = 2
    #: Normalised Levenshtein similarity of transliteration keys for two surnames
    #: with the same consonant skeleton to count as one respelled word.
    #: 0.6 joins Kiev/Kyiv-like pairs; different surnames differ in skeleton anyway.
    surname_similarity: float = 0.6
    #: The same for first names (Sergei/Sergey, Antony/Anthony, Volodymyr/Wolodymyr).
    first_name_similarity: float = 0.6
    #: Minimum mentions for an entity to be kept (1 keeps every name seen).
    min_mentions: int = 1


@dataclass
class MentionIndex:
    """Candidate mentions of the corpus, added batch by batch, merged across partitions."""

    candidates: list[Candidate] = field(default_factory=list)

    def add(self, batch: Iterable[Candidate]) -> None:
        self.candidates.extend(batch)

    def merge(self, other: MentionIndex) -> MentionIndex:
        return MentionIndex(self.candidates + other.candidates)


@lru_cache(maxsize=65536)
def form_key(surface: str) -> str:
    """The key under which spellings of one name are voted and grouped."""
    return " ".join(translit_key(w) for w in fold(surface).split(" ") if w)


def canonicalise(
    candidates: Iterable[Candidate], options: EntityOptions | None = None
) -> list[Entity]:
    """Entities of the corpus from its candidate mentions, sorted by id."""
    options = options or EntityOptions()
    cands = sorted(set(candidates), key=lambda c: (c.article_id, c.start, c.end, c.surface))
    types = _vote_types(cands, options)
    by_type: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        t = types.get(form_key(c.surface))
        if t is not None:
            by_type[t].append(c)
    entities: list[Entity] = []
    for kind in ENTITY_KINDS:
        group = by_type.get(kind, [])
        clusters = (
            _cluster_people(group, options) if kind == "person" else _cluster_names(group)
        )
        for members in clusters:
            if len(members) >= options.min_mentions:
                entities.append(_entity(kind, members))
    return _dedupe_ids(entities)


# ----------------------------------------------------------------------- types


def _vote_types(cands: list[Candidate], options: EntityOptions) -> dict[str, str]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        key = form_key(c.surface)
        if not key:
            continue
        votes[key]  # every form gets a tally, even untyped ones
        if c.label:
            votes[key][c.label] += 1
        if c.cue == "person":
            votes[key]["person"] += options.title_votes
        elif c.cue == "place":
            votes[key]["place"] += options.place_votes
    # Respellings vote together: Kiev's place votes count for Kyiv.
    group = respelling_groups(list(votes), options.surname_similarity)
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for key, tally in votes.items():
        pooled[group[key]].update(tally)
    types = {k: _winner(pooled[group[k]]) for k in votes if " " in k}
    # A one-word name that is the surname of a full person name borrows that
    # name's person votes: "Lavrov" tagged ORG is "Sergei Lavrov", a person.
    support: Counter[str] = Counter()
    by_skeleton = _bucket(k for k in votes if " " not in k)
    for key in sorted(k for k in votes if " " in k):
        if types.get(key) != "person":
            continue
        surname = key.rsplit(" ", 1)[1]
        for single in by_skeleton.get(skeleton(surname), ()):
            if similar_words(surname, single, min_similarity=options.surname_similarity):
                support[group[single]] += votes[key]["person"]
    for key in votes:
        if " " in key:
            continue
        tally = Counter(pooled[group[key]])
        tally["person"] += options.surname_votes * support[group[key]]
        types[key] = _winner(tally)
    return {k: t for k, t in types.items() if t is not None}


def _winner(tally: Counter[str]) -> str | None:
    """The type with most votes; None when nothing voted or "not an entity" won."""
    kinds = (*ENTITY_KINDS, NOT_AN_ENTITY)
    # Ties go to the order of ENTITY_KINDS, for determinism.
    best = max(kinds, key=lambda t: (tally.get(t, 0), -kinds.index(t)))
    if tally.get(best, 0) <= 0 or best == NOT_AN_ENTITY:
        return None
    return best


def _bucket(keys: Iterable[str]) -> dict[str, list[str]]:
    """Keys by the consonant skeleton of their last word: respellings share one."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for k in sorted(set(keys)):
        buckets[skeleton(k.rsplit(" ", 1)[-1])].append(k)
    return buckets


def respelling_groups(keys: list[str], min_similarity: float) -> dict[str, str]:
    """Each form key → the first key of its group of respellings (word by word).

    Only keys whose last words share a consonant skeleton are compared, so the
    cost grows with the size of the skeleton buckets, not the square of the corpus.
    """
    ordered = sorted(set(keys))
    index = {k: i for i, k in enumerate(ordered)}
    union = _Union(len(ordered))
    for bucket in _bucket(ordered).values():
        for i, a in enumerate(bucket):
            wa = a.split(" ")
            for b in bucket[i + 1:]:
                wb = b.split(" ")
                if len(wa) == len(wb) and all(
                    similar_words(x, y, min_similarity=min_similarity)
                    for x, y in zip(wa, wb, strict=True)
                ):
                    union.join(index[a], index[b])
    return {k: ordered[union.find(index[k])] for k in ordered}


# --------------------------------------------------------------------- people


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _first_names_compatible(a: str, b: str, options: EntityOptions) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1].lower() == b[:1].lower()
    return similar_words(a, b, min_similarity=options.first_name_similarity)


def _cluster_people(cands: list[Candidate], options: EntityOptions) -> list[list[Candidate]]:
    forms = sorted({form_key(c.surface) for c in cands})
    index = {f: i for i, f in enumerate(forms)}
    words = {f: f.split(" ") for f in forms}
    union = _Union(len(forms))
    full = [f for f in forms if len(words[f]) > 1]
    single = [f for f in forms if len(words[f]) == 1]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            wa, wb = words[a], words[b]
            if similar_words(
                wa[-1], wb[-1], min_similarity=options.surname_similarity
            ) and _first_names_compatible(wa[0], wb[0], options):
                union.join(index[a], index[b])
    # One-word forms that are respellings of each other are one name.
    for i, a in enumerate(single):
        for b in single[i + 1:]:
            if similar_words(a, b, min_similarity=options.surname_similarity):
                union.join(index[a], index[b])
    groups_by_surname: dict[str, set[int]] = defaultdict(set)
    for f in full:
        for s in single:
            if similar_words(words[f][-1], s, min_similarity=options.surname_similarity):
                groups_by_surname[s].add(union.find(index[f]))
    # Which full-name groups each article names, to settle shared surnames.
    in_article: dict[str, set[int]] = defaultdict(set)
    for c in cands:
        key = form_key(c.surface)
        if " " in key:
            in_article[c.article_id].add(union.find(index[key]))
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        key = form_key(c.surface)
        root = union.find(index[key])
        if " " not in key:
            owners = {union.find(g) for g in groups_by_surname.get(key, set())}
            if len(owners) > 1:
                owners &= in_article[c.article_id]
            if len(owners) == 1:
                root = owners.pop()
        clusters[root].append(c)
    return [clusters[r] for r in sorted(clusters)]


# ---------------------------------------------------- organisations and places


def _cluster_names(cands: list[Candidate]) -> list[list[Candidate]]:
    forms = sorted({form_key(c.surface) for c in cands})
    index = {f: i for i, f in enumerate(forms)}
    union = _Union(len(forms))
    surfaces: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        surfaces[form_key(c.surface)].add(c.surface)
    # Acronyms: "NATO" joins "North Atlantic Treaty Organization" when that is the
    # only expansion in the corpus; "U.S." is folded to "u s" and joins "us".
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        for s in surfaces[f]:
            words = s.split(" ")
            if len(words) > 1:
                by_acronym[acronym(words).lower()].add(f)
    for f in forms:
        short = f.replace(" ", "")
        if all(_is_acronym(s) for s in surfaces[f]) and len(by_acronym.get(short, ())) == 1:
            union.join(index[f], index[next(iter(by_acronym[short]))])
    for i, a in enumerate(forms):
        if " " in a:
            continue
        for b in forms[i + 1:]:
            if " " not in b and similar_words(a, b, min_similarity=0.6):
                union.join(index[a], index[b])
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        clusters[union.find(index[form_key(c.surface)])].append(c)
    return [clusters[r] for r in sorted(clusters)]


def _is_acronym(surface: str) -> bool:
    letters = surface.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


# ------------------------------------------------------------------- records


def _entity(kind: str, members: list[Candidate]) -> Entity:
    name = canonical_name(kind, [c.surface for c in members])
    aliases = tuple(sorted({c.surface for c in members}))
    mentions = tuple(
        sorted(
            {Mention(c.article_id, c.start, c.end, c.text) for c in members},
            key=lambda m: (m.article_id, m.start, m.end),
        )
    )
    roles = _roles(c.role for c in members if c.role)
    return Entity(
        id=content_id(name, kind), name=name, type=kind, aliases=aliases, mentions=mentions,
        roles=roles,
    )


def canonical_name(kind: str, surfaces: list[str]) -> str:
    """The name to show: the most used full form, in its most used casing.

    A person's name is the most frequent form with a first name; a place or
    organisation's, the most frequent form (an expanded name beats its acronym
    only when used as often). Ties go to the longer, then the first in order.
    """
    counts = Counter(surfaces)

    def rank(s: str) -> tuple[int, int, int, int, str]:
        multi = int(" " in s) if kind == "person" else 0
        shouting = int(s.isupper() and any(t != s and t.lower() == s.lower() for t in counts))
        return (-multi, shouting, -counts[s], -len(s), s)

    return min(counts, key=rank)


def _roles(roles: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for r in roles:
        seen[r.lower()][r] += 1
    return tuple(sorted(min(c, key=lambda s: (-c[s], s)) for c in seen.values()))


def _dedupe_ids(entities: list[Entity]) -> list[Entity]:
    """One record per id: two clusters that ended with one name and type are one entity."""
    by_id: dict[str, Entity] = {}
    for e in entities:
        old = by_id.get(e.id)
        if old is None:
            by_id[e.id] = e
            continue
        by_id[e.id] = Entity(
            id=e.id, name=e.name, type=e.type,
            aliases=tuple(sorted(set(old.aliases) | set(e.aliases))),
            mentions=tuple(sorted(set(old.mentions) | set(e.mentions),
                                  key=lambda m: (m.article_id, m.start, m.end))),
            roles=tuple(sorted(set(old.roles) | set(e.roles))),
        )
    return sorted(by_id.values(), key=lambda e: e.id)
