"""Which names are people, organisations or places: a vote over the whole corpus.

Every spelling of a name (its form key: transliteration keys of its words) gets
the tagger's label from each of its mentions, plus cue votes: a title before
the name ("Foreign Minister …") counts ``title_votes`` for person, a place
preposition ("in …") ``place_votes`` for place; respellings (Kiev/Kyiv) pool
their votes, and a one-word name that is the surname of a full person name
elsewhere borrows that name's person votes (times ``surname_votes``). The
majority wins: spaCy's "Lavrov" as ORG in some copies is outvoted by "Foreign
Minister Sergei Lavrov" and "Lavrov" as PERSON in others. A name whose demonym
is in the corpus ("Marvessan", "Ukrainian") is a place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from copydesk.exonyms import exonym
from copydesk.extract.entity_options import EntityOptions
from copydesk.extract.mentions import Candidate
from copydesk.extract.names import (
    NAME_SUFFIXES,
    ORG_SUFFIXES,
    fold,
    similar_words,
    skeleton,
    translit_key,
)
from copydesk.extract.nlp import NOT_AN_ENTITY
from copydesk.unionfind import UnionFind

ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "place")


@lru_cache(maxsize=65536)
def form_key(surface: str) -> str:
    """The key under which spellings of one name are voted and grouped.

    Generational suffixes ("Jr") and generic organisation endings ("Center",
    "Inc") are left out when something remains: they are not what tells names apart.
    (Keeping the suffix kept "Donald Trump Jr" apart from his father, but split "Trump
    Jr" and "Trump" from "Donald Trump Jr", and made "Trump" alone an organisation: the
    merge of a father and a son is the smaller harm, left as a limitation.)
    """
    # Москва is Moscow, США the US: no romanisation reaches them (copydesk.exonyms)
    words = [w for w in fold(exonym(surface) or surface).split(" ") if w]
    while len(words) > 1 and (words[-1] in NAME_SUFFIXES or words[-1] in ORG_SUFFIXES):
        words = words[:-1]
    return " ".join(translit_key(w) for w in words)


@dataclass(frozen=True)
class FormTypes:
    """Each form key's type, and the one-word forms that are a place by their own votes
    but a person by the votes of a full name they end: "Jordan", the country, beside
    "Michael Jordan" (an entities probe's water-price report, which names no Michael,
    had its country in the basketball player's entity). Such a form is a place in an
    article that does not name the person in full and whose own words place it ("in
    Jordan", a dateline) more than they make it a person (:meth:`type_in`)."""

    types: dict[str, str]
    own_places: frozenset[str]

    def type_in(self, key: str, full_surnames: frozenset[str], leaning: int) -> str | None:
        """``key``'s type in an article whose full person names end in ``full_surnames``
        (their form keys' last words) and whose mentions of ``key`` lean ``leaning``
        towards place (place cues less person ones)."""
        if key in self.own_places and key not in full_surnames and leaning > 0:
            return "place"
        return self.types.get(key)


def place_leaning(c: Candidate) -> int:
    """+1 for a mention a cue of the text calls a place ("in Jordan", a dateline), −1 for
    one it calls a person (a title, "…, who"), else 0. The tagger's label does not count:
    spaCy calls "Jordan" a place in "Basketball great Jordan spoke…, Jordan said", and a
    regression probe's player and actor became places (and their quotes no one's)."""
    if c.cue in ("place", "dateline"):
        return 1
    return -1 if c.cue in ("person", "who") else 0


def vote_types(cands: list[Candidate], options: EntityOptions) -> FormTypes:
    """Each form key's type; forms whose winner is "not an entity" are left out."""
    types: dict[str, str | None]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    datelines: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    for c in cands:
        key = form_key(c.surface)
        if not key:
            continue
        votes[key]  # every form gets a tally, even untyped ones
        if c.label:
            votes[key][c.label] += 1
        if c.cue == "person":
            votes[key]["person"] += options.title_votes
            titled[key] += 1
        elif c.cue == "place":
            votes[key]["place"] += options.place_votes
        elif c.cue == "dateline":
            votes[key]["place"] += options.dateline_votes
            datelines[key] += 1
        elif c.cue == "agency":
            votes[key]["organisation"] += options.dateline_votes
        elif c.cue == "organisation":  # "grid operator …": as sure as a person's title
            votes[key]["organisation"] += options.title_votes
        elif c.cue == "who":
            votes[key]["person"] += options.who_votes
    # Respellings vote together: Kiev's place votes count for Kyiv.
    group = respelling_groups(list(votes), options.surname_similarity)
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for key, tally in votes.items():
        pooled[group[key]].update(tally)
    types = {k: _winner(pooled[group[k]]) for k in votes if " " in k}
    # A one-word name that is the surname of a full person name borrows that
    # name's person votes: "Lavrov" tagged ORG is "Sergei Lavrov", a person.
    support: Counter[str] = Counter()
    by_skeleton = skeleton_buckets(k for k in votes if " " not in k)
    for key in sorted(k for k in votes if " " in k):
        if types.get(key) != "person":
            continue
        surname = key.rsplit(" ", 1)[1]
        for single in by_skeleton.get(skeleton(surname), ()):
            if similar_words(surname, single, min_similarity=options.surname_similarity):
                support[group[single]] += votes[key]["person"]
    own_places = set()
    for key in votes:
        if " " in key:
            continue
        tally = Counter(pooled[group[key]])
        # a place by more votes of its own than the full name lends it: not "Halvik",
        # a minister named in full 20 times whose surname spaCy tagged a place 13 times
        if 0 < support[group[key]] < tally["place"] and not titled[key] \
                and _winner(tally) == "place":
            own_places.add(key)
        tally["person"] += options.surname_votes * support[group[key]]
        types[key] = _winner(tally)
    # A word of a person's full name is no sure place: "HOLLIS —" over "Mayor Dana Hollis"
    # and "Hollis said…" elsewhere (a regression probe's mayor lost five mentions to the
    # town), nor a demonym to drop ("TAVAN —" and the economist Paolo Tavani).
    names_of_people = {w for k in votes if " " in k and types.get(k) == "person"
                       for w in k.split(" ")}
    places = _dateline_places(group, datelines, titled, names_of_people)
    sure = {key for key in votes if group[key] in places}
    types.update(dict.fromkeys(sure, "place"))
    _demonyms(types, votes, options.min_demonym_mentions, sure, names_of_people)
    final = {k: t for k, t in types.items() if t is not None}
    return FormTypes(final, frozenset(k for k in own_places if final.get(k) == "person"))


def _dateline_places(
    group: dict[str, str], datelines: Counter[str], titled: Counter[str],
    names_of_people: set[str],
) -> set[str]:
    """The respelling groups named as a dateline's city or region and never after a
    title: places, however many times the tagger said otherwise. spaCy called a probe's
    invented country a person 42 times against three datelines ("DRAZHEN, Kelvora
    (Harrow Wire) —"), and its capital too; no majority of votes outweighs that."""
    people = {group[key] for key in titled}  # a title says person after all
    people |= {group[key] for key in group if key in names_of_people}
    return {group[key] for key in datelines} - people


def _demonyms(
    types: dict[str, str | None], votes: dict[str, Counter[str]], min_mentions: int,
    places: frozenset[str] | set[str] = frozenset(),
    names_of_people: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A name with a demonym in the corpus is a place, and the demonym is no entity.

    "Marvessan" beside "Marvessa" (or "Ukrainian" beside "Ukraine") says the
    latter is a country, whatever the tagger called it (spaCy tags unknown
    country names ORG). People are left alone (Julia/Julian), unless a dateline
    names the place (``places``): then the demonym is no person either.
    """
    for key in sorted(k for k in votes if " " not in k):
        sure = key in places
        if (types.get(key) == "person" and not sure) or len(key) < 4:
            continue
        for adjective in _demonym_forms(key):
            tally = votes.get(adjective)
            if tally is None or sum(tally.values()) < min_mentions:
                continue
            if types.get(adjective) == "person" and (not sure or adjective in names_of_people):
                continue
            types[key] = "place"
            types[adjective] = None  # and on: the adjective and its people are both no entity


def _demonym_forms(key: str) -> tuple[str, ...]:
    """Adjectives of a place name: Russia-n, Ukrain(e)-ian, Brazil-ian, Japan-ese, Israel-i,
    and the people they name: Libyans, Israelis ("the support of millions of Libyans" had
    been a place of its own beside Libya: an entities probe)."""
    singular = (key + "n", key + "an", key + "ian", key[:-1] + "ian", key + "ese",
                key[:-1] + "ese", key + "i")
    return singular + tuple(f + "s" for f in singular if not f.endswith("ese"))


def _winner(tally: Counter[str]) -> str | None:
    """The type with most votes; None when nothing voted or "not an entity" won."""
    kinds = (*ENTITY_KINDS, NOT_AN_ENTITY)
    # Ties go to the order of ENTITY_KINDS, for determinism.
    best = max(kinds, key=lambda t: (tally.get(t, 0), -kinds.index(t)))
    if tally.get(best, 0) <= 0 or best == NOT_AN_ENTITY:
        return None
    return best


def skeleton_buckets(keys: Iterable[str]) -> dict[str, list[str]]:
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
    union = UnionFind(len(ordered))
    for bucket in skeleton_buckets(ordered).values():
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
