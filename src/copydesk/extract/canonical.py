"""Canonical entities: one record per person, organisation or place across the corpus.

Two decisions are made with the whole corpus in view, because one article is
too little evidence: the type of each name, by vote (:mod:`.votes`), and which
names are one entity, by name structure (here):

* full person names merge when their surnames are one word respelled (equal
  transliteration key, or equal consonant skeleton and close spelling) *and*
  their first names are compatible (respelled, or one is the other's initial);
* a surname alone attaches to the unique full name with that surname; when the
  corpus has several, to the one its own article names, else to one that holds
  ``dominant_share`` of the full-name mentions, else it stays apart;
* organisations and places merge by transliteration key, by a one-letter slip
  in a long name, and by acronym ("NATO", "US") when the acronym is unique; an
  organisation name joins the unique longer one it ends ("Red Sox", "Sox").

There is no string-similarity merge across different surnames, so Biden and
Burns, or Blinken and Lavrov, never merge, whatever the threshold.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from copydesk.exonyms import exonym
from copydesk.extract.entity_options import EntityOptions
from copydesk.extract.heard_names import cyrillic_first_names, heard_pairs
from copydesk.extract.mentions import Candidate
from copydesk.extract.names import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    acronym,
    fold,
    similar_words,
    translit_key,
)
from copydesk.extract.propagate import COMMON_WORD_ZIPF
from copydesk.extract.script_places import join_across_scripts
from copydesk.extract.slavic_names import (
    a_given_name_alone,
    h_for_g,
    join_scripts,
    listed_given_name,
    same_given_name,
)
from copydesk.extract.votes import (
    ENTITY_KINDS,
    form_key,
    place_leaning,
    respelling_groups,
    skeleton_buckets,
    vote_types,
)
from copydesk.records import Entity, Mention, content_id
from copydesk.scripts import latin_only
from copydesk.unionfind import UnionFind
from copydesk.wordfreqs import zipf as zipf_frequency

__all__ = ["ENTITY_KINDS", "EntityOptions", "MentionIndex", "canonicalise", "form_key",
           "respelling_groups"]


#: Shortest one-word place or organisation key in which a one-letter insertion is
#: taken for a typo: 7 keeps Dunholt/Dunholdt together and Sudan/Sedan,
#: Guinea/Guiana apart (people need matching skeletons: Johnson ≠ Johnston).
TYPO_MIN_LENGTH = 7
#: ä, ö, ü written out as ae, oe, ue (folded keys: "wüsten" is "wusten", "wuesten" stays).
_UMLAUT_WRITTEN_OUT = re.compile(r"([aou])e")


@dataclass
class MentionIndex:
    """Candidate mentions of the corpus, added batch by batch, merged across partitions."""

    candidates: list[Candidate] = field(default_factory=list)

    def add(self, batch: Iterable[Candidate]) -> None:
        self.candidates.extend(batch)

    def merge(self, other: MentionIndex) -> MentionIndex:
        return MentionIndex(self.candidates + other.candidates)


def canonicalise(
    candidates: Iterable[Candidate], options: EntityOptions | None = None
) -> list[Entity]:
    """Entities of the corpus from its candidate mentions, sorted by id."""
    options = options or EntityOptions()
    cands = sorted(set(candidates), key=lambda c: (c.article_id, c.start, c.end, c.surface))
    # a Cyrillic given name alone is a person, and casts no vote: its key may be an
    # English demonym's ("Герман", "german"), which had made Germany a person
    alone = {c for c in cands if a_given_name_alone(c)}
    types = vote_types([c for c in cands if c not in alone], options)
    named: dict[str, set[str]] = defaultdict(set)  # article → surnames of its full names
    leaning: Counter[tuple[str, str]] = Counter()  # (article, form) → place − person cues
    for c in cands:
        key = form_key(c.surface)
        if " " in key and types.types.get(key) == "person":
            named[c.article_id].add(key.rsplit(" ", 1)[1])
        elif key in types.own_places:
            leaning[c.article_id, key] += place_leaning(c)
    surnames = {article: frozenset(found) for article, found in named.items()}
    by_type: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        key = form_key(c.surface)
        t = types.type_in(key, surnames.get(c.article_id, frozenset()),
                          leaning[c.article_id, key])
        if c in alone:
            t = "person"
        if t is not None:
            by_type[t].append(c)
    entities: list[Entity] = []
    for kind in ENTITY_KINDS:
        group = by_type.get(kind, [])
        clusters = (
            _cluster_people(group, options) if kind == "person"
            else _cluster_names(
                group, options.surname_similarity, attach_last_word=kind == "organisation"
            )
        )
        for members in clusters:
            if len(members) >= options.min_mentions:
                entities.append(_entity(kind, members))
    return _dedupe_ids(entities)


# --------------------------------------------------------------------- people


def _first_names_compatible(a: str, b: str, options: EntityOptions) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1].lower() == b[:1].lower()
    return similar_words(a, b, min_similarity=options.first_name_similarity) or (
        same_given_name(a, b)) or _other_opening_vowel(a, b)  # Oleksiy, Alexei


def _other_opening_vowel(a: str, b: str) -> bool:
    """Whether two given names differ only in their opening vowel: Russian and Ukrainian
    write the English "A" of Antony as Э or Е ("Энтони", "Ентоні"), and a probe's
    Ентоні Блінкен stood apart from Antony Blinken (with the same surname: it is only
    asked of full names whose surnames already match)."""
    ka, kb = translit_key(a), translit_key(b)
    return (len(ka) > 3 and ka[1:] == kb[1:] and ka[0] != kb[0]
            and ka[0] in "aeiou" and kb[0] in "aeiou")


def _cluster_people(cands: list[Candidate], options: EntityOptions) -> list[list[Candidate]]:
    """The person mentions as one list a person: forms are joined by spelling first, and
    only then is a surname alone given to a full name, by what the corpus and its own
    article say of who is meant (``_WhoIsNamed``)."""
    forms = sorted({form_key(c.surface) for c in cands})
    index = {f: i for i, f in enumerate(forms)}
    union = UnionFind(len(forms))
    _join_respellings(forms, union, index, options, cyrillic_first_names(cands))
    _join_romanisations(forms, union, index)
    join_scripts(cands, union, index)
    known = _WhoIsNamed.gather(cands, forms, union, index, options)
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        key = form_key(c.surface)
        root = union.find(index[key])
        if " " not in key and known.owners.get(key):
            found = known.owner(c, key)
            root = root if found is None else found
        elif (group := known.one_tail(c, known.tails.get(key, set()))) is not None \
                and known.tail_owner(c, group):
            root = group
        clusters[root].append(c)
    return [clusters[r] for r in sorted(clusters)]


def _join_respellings(
    forms: list[str], union: UnionFind, index: dict[str, int], options: EntityOptions,
    cyrillic: dict[str, frozenset[str]],
) -> None:
    """Join the forms that are one name respelled: full names whose surnames are similar
    and whose first names are compatible (as written, or as a Cyrillic name and a Latin
    one sound: :mod:`.heard_names`), and one-word forms similar to each other. Forms are
    compared only within a bucket of one surname skeleton."""
    sim = options.surname_similarity
    for bucket in skeleton_buckets(forms).values():
        full = [f.split(" ") for f in bucket if " " in f]
        for i, wa in enumerate(full):
            for wb in full[i + 1:]:
                if similar_words(wa[-1], wb[-1], min_similarity=sim) and (
                    _first_names_compatible(wa[0], wb[0], options) or any(
                        _first_names_compatible(x, y, options) for x, y in heard_pairs(
                            " ".join(wa), " ".join(wb), cyrillic))
                ):
                    union.join(index[" ".join(wa)], index[" ".join(wb)])
        # One-word forms that are respellings of each other are one name.
        single = [f for f in bucket if " " not in f]
        for i, a in enumerate(single):
            for b in single[i + 1:]:
                if similar_words(a, b, min_similarity=sim):
                    union.join(index[a], index[b])


@dataclass
class _WhoIsNamed:
    """What the corpus says of its full-name groups, once they are joined: which a surname
    alone can be, where each article names which, how often each is named, how each
    surname is spelt and whether a man or a woman is meant. A surname is given to a full
    name by this evidence, not by its spelling alone."""

    #: One-word form → the full-name groups ending in it (not forms only in capitals).
    owners: dict[str, set[int]]
    #: Article → (start, group, paragraph) of each full name it names.
    in_article: dict[str, list[tuple[int, int, int]]]
    full_mentions: Counter[int]
    spelt: dict[str, set[int]]
    genders: dict[int, str]
    #: Surname of several words → the groups of longer names ending in it.
    tails: dict[str, set[int]]
    dominant_share: float

    @classmethod
    def gather(
        cls, cands: list[Candidate], forms: list[str], union: UnionFind,
        index: dict[str, int], options: EntityOptions,
    ) -> _WhoIsNamed:
        acronyms = {form_key(c.surface) for c in cands if _is_acronym(c.surface)} - {
            form_key(c.surface) for c in cands if not _is_acronym(c.surface)}
        # "UN" is no surname of "Kim Jong Un": a form only ever written in capitals is kept
        # out of the surname look-up.
        owners = {k: v for k, v in _owners(forms, union, index, options.surname_similarity
                                           ).items() if k not in acronyms}
        # Where each article names which full-name groups, to settle shared surnames.
        in_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for c in cands:
            key = form_key(c.surface)
            if " " in key:
                in_article[c.article_id].append((c.start, union.find(index[key]), c.paragraph))
        full_mentions: Counter[int] = Counter(
            union.find(index[form_key(c.surface)]) for c in cands if " " in form_key(c.surface)
        )
        return cls(owners, in_article, full_mentions, _spelt_surnames(cands, union, index),
                   _genders(cands, union, index), _surname_owners(cands, forms, union, index),
                   options.dominant_share)

    def owner(self, c: Candidate, key: str) -> int | None:
        """The one full-name group a one-word mention ``c`` (form ``key``) is, else None."""
        mine = set(self.owners.get(key, ()))
        # "Zhou" and "Zhu" share a key; a corpus naming Helen Zhou and David Zhu
        # says which is which by the spelling (the wire's '"…," Zhou said' had been
        # exported as Zhu's).
        mine = (mine & self.spelt.get(fold(c.surface), set())) or mine
        genders = self.genders
        if c.honorific and any(genders.get(g, c.honorific) != c.honorific for g in mine):
            # "Mr Ostrander, her brother": not the sister the article names in full, and
            # only someone known to be a man (one wrong cue on the brother had sent "Mr"
            # to the sister, of unknown sex, in a regression probe).
            mine = {g for g in mine if genders.get(g) == c.honorific}
        if len(mine) > 1:
            # The ones its article named before it: "Dr Halden, the medical director"
            # is not the son the article names further down.
            named = [(g, paragraph) for start, g, paragraph in self.in_article[c.article_id]
                     if start < c.start and g in mine]
            named_here = {g for g, _ in named}
            if len(named_here) > 1:
                # "Helena Ostrander told parliament … "…," Ostrander said": the one of
                # the two its paragraph has named so far, if only one.
                here = {g for g, paragraph in named if paragraph == c.paragraph}
                named_here = here if len(here) == 1 else named_here
            mine = named_here or _dominant(mine, self.full_mentions, self.dominant_share)
        return mine.pop() if len(mine) == 1 else None

    def tail_owner(self, c: Candidate, group: int) -> bool:
        """A surname of several words joins its full name only where its article names
        that person in full, and a form of address agrees with what is known of them
        (a regression probe: "Mrs de la Vega" went to the mayor Luis de la Vega, and a
        striker to a minister of another story)."""
        if not any(g == group for _, g, _ in self.in_article[c.article_id]):
            return False
        return not c.honorific or self.genders.get(group) == c.honorific

    def one_tail(self, c: Candidate, groups: set[int]) -> int | None:
        """The one person a surname of several words can be: the only one, or the only
        one of them its article has named before it ("President Lula da Silva … Da Silva
        said" where the corpus also has "Luiz Inacio Lula da Silva")."""
        if len(groups) > 1:
            groups = {g for start, g, _ in self.in_article[c.article_id]
                      if start < c.start and g in groups}
        return next(iter(groups)) if len(groups) == 1 else None


def _surname_owners(
    cands: list[Candidate], forms: list[str], union: UnionFind, index: dict[str, int]
) -> dict[str, set[int]]:
    """For each surname of several words, the groups of longer names that end in it: a
    hyphenated one ("Asante-Boateng", "al-Hassan") or one opening with a particle ("van der
    Berg", "Ould Cheikh", "de la Cruz"). Folded into words, they had been full names of
    their own, apart from "Kwame Asante-Boateng" (a names probe: 11 people each in two
    entities). Not two plain words ("Maria Lopez" is no surname of "Ana Maria Lopez")."""
    phrases = set()
    for c in cands:
        words = c.surface.split()
        key = form_key(c.surface)
        if " " in key and ((len(words) == 1 and "-" in c.surface)
                           or words[0].casefold() in NAME_PARTICLES):
            phrases.add(key)
    if not phrases:
        return {}
    by_tail: dict[str, set[int]] = defaultdict(set)
    for f in forms:
        words = f.split(" ")
        for n in range(2, len(words)):
            tail = " ".join(words[-n:])
            if tail in phrases:
                by_tail[tail].add(union.find(index[f]))
    return by_tail


def _genders(cands: list[Candidate], union: UnionFind, index: dict[str, int]) -> dict[int, str]:
    """Full-name groups whose mentions say, without a dissenting one, that a man ("m") or
    a woman ("f") is meant: by an honorific ("Ms Helena Ostrander") or by the pronoun of
    the name's own speech verb ("Helena Ostrander said she …")."""
    seen: dict[int, set[str]] = defaultdict(set)
    for c in cands:
        key = form_key(c.surface)
        if c.honorific and " " in key:
            seen[union.find(index[key])].add(c.honorific)
    return {g: next(iter(found)) for g, found in seen.items() if len(found) == 1}


def _join_romanisations(forms: list[str], union: UnionFind, index: dict[str, int]) -> None:
    """Full names in their Ukrainian and Russian romanisations ("Oleksiy Hnatyuk", "Alexei
    Gnatyuk"; :mod:`.slavic_names`): their surnames fall in different skeleton buckets."""
    by_surname: dict[str, list[list[str]]] = defaultdict(list)
    for f in forms:
        words = f.split(" ")
        if len(words) > 1:
            by_surname[words[-1].replace("h", "g")].append(words)
    for group in by_surname.values():
        for i, wa in enumerate(group):
            for wb in group[i + 1:]:
                if h_for_g(wa[-1], wb[-1]) and (same_given_name(wa[0], wb[0]) or (
                        wa[0] == wb[0] and listed_given_name(wa[0]))):
                    union.join(index[" ".join(wa)], index[" ".join(wb)])


def _spelt_surnames(
    cands: list[Candidate], union: UnionFind, index: dict[str, int]
) -> dict[str, set[int]]:
    """For each surname as spelt (folded, not transliterated), the full-name groups
    written with it."""
    spelt: dict[str, set[int]] = defaultdict(set)
    for c in cands:
        key = form_key(c.surface)
        words = [w for w in fold(c.surface).split(" ") if w not in NAME_SUFFIXES]
        if " " in key and words:
            spelt[words[-1]].add(union.find(index[key]))
    return spelt


def _dominant(groups: set[int], mentions: Counter[int], share: float) -> set[int]:
    """The one group with at least ``share`` of the full-name mentions, if any."""
    total = sum(mentions[g] for g in groups)
    best = max(sorted(groups), key=lambda g: mentions[g])
    return {best} if total and mentions[best] >= share * total else set()


def _owners(
    forms: list[str], union: UnionFind, index: dict[str, int], similarity: float
) -> dict[str, set[int]]:
    """For each one-word form, the groups of multi-word forms that end in it."""
    owners: dict[str, set[int]] = defaultdict(set)
    for bucket in skeleton_buckets(forms).values():
        full = [f for f in bucket if " " in f]
        for single in (f for f in bucket if " " not in f):
            for f in full:
                if similar_words(f.rsplit(" ", 1)[1], single, min_similarity=similarity):
                    owners[single].add(union.find(index[f]))
    return owners


# ---------------------------------------------------- organisations and places


def _cluster_names(
    cands: list[Candidate], similarity: float, *, attach_last_word: bool = False
) -> list[list[Candidate]]:
    forms = sorted({form_key(c.surface) for c in cands})
    index = {f: i for i, f in enumerate(forms)}
    union = UnionFind(len(forms))
    surfaces: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        surfaces[form_key(c.surface)].add(c.surface)
    # Acronyms: "NATO" joins "North Atlantic Treaty Organization" when that is the
    # only expansion in the corpus; "U.S." is folded to "u s" and joins "us".
    by_acronym: dict[str, set[str]] = defaultdict(set)
    by_mixed_acronym: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        for s in surfaces[f]:
            # "Calvaran Dockworkers' Federation" is CDF: a possessive's mark is no letter
            # of the word (a standards-desk probe's CDF stayed apart from its name).
            words = [re.sub(r"(?:['’]s?)$", "", w) for w in s.split(" ")]
            if len(words) > 1 and all(w.isalpha() for w in words):
                # Keyed as the acronym's own form is ("WHO" is "vho": w → v), else it
                # never met its expansion (WHO, WTO, WFP stayed apart from their names).
                by_acronym[form_key(acronym(words)).replace(" ", "")].add(f)
            if len(words) > 2 and all(w.isalpha() for w in words) and \
                    any(w.islower() for w in words):
                # "Prawo i Sprawiedliwość" is PiS, "Partij van de Arbeid" PvdA: the
                # small words' initials in lower case, kept apart from capitals' acronyms
                by_mixed_acronym["".join(w[0] for w in words)].add(f)
        english = exonym(min(surfaces[f]))
        if english and " " in english:
            # a name keyed by its English one ("Сполучені Штати", united states) meets
            # that name's acronym ("США", keyed "us"), as "United States" meets "US"
            by_acronym["".join(w[0] for w in english.split())].add(f)
    for f in forms:
        short = f.replace(" ", "")
        if all(_is_acronym(s) for s in surfaces[f]) and len(by_acronym.get(short, ())) == 1:
            union.join(index[f], index[next(iter(by_acronym[short]))])
        mixed = {s for s in surfaces[f] if _is_mixed_acronym(s)}
        if len(mixed) == 1 and len(by_mixed_acronym.get(written := mixed.pop(), ())) == 1:
            union.join(index[f], index[next(iter(by_mixed_acronym[written]))])
    for bucket in skeleton_buckets(forms).values():
        single = [f for f in bucket if " " not in f]
        for i, a in enumerate(single):
            for b in single[i + 1:]:
                if similar_words(a, b, min_similarity=similarity):
                    union.join(index[a], index[b])
    # A name of several words with its umlauts written out: "Bad Wuestenhausen" beside
    # "Bad Wüstenhausen" (an entities probe's spa town was two places). Not any respelling
    # word by word: that made one place of Saint Martin and Sint Maarten, one bank of
    # Banco Popular and Banca Popolare (a regression probe).
    by_umlaut: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        if " " in f:
            by_umlaut[_UMLAUT_WRITTEN_OUT.sub(r"\1", f)].append(f)
    for group in by_umlaut.values():
        for f in group[1:]:
            union.join(index[group[0]], index[f])
    join_scripts(cands, union, index)
    join_across_scripts(forms, surfaces, union, index)  # Прага, Prague
    # A one-letter slip in a long place or organisation name (Dunholt/Dunholdt)
    # changes its skeleton; such names are compared by length instead of skeleton.
    long_single = [f for f in forms if " " not in f and len(f) >= TYPO_MIN_LENGTH]
    by_length: dict[int, list[str]] = defaultdict(list)
    for f in long_single:
        by_length[len(f)].append(f)
    for f in long_single:
        for g in by_length[len(f) + 1]:
            if Levenshtein.distance(f, g) == 1 and g[:-1] != f:  # not Marvessa/Marvessan
                union.join(index[f], index[g])
    if attach_last_word:
        # "Red Sox" is the "Boston Red Sox", and then "Sox" is too, when no other
        # organisation ends so: shorter forms join the unique longer form they end
        # (not through "of": "Marvessa" is not the "Bank of Marvessa").
        by_last: dict[str, list[str]] = defaultdict(list)
        for f in forms:
            by_last[f.rsplit(" ", 1)[-1]].append(f)
        for f in sorted(forms, key=lambda f: (-len(f.split(" ")), f)):
            if " " not in f and zipf_frequency(f, "en") >= COMMON_WORD_ZIPF:
                continue  # "Trade" alone is a word, not the "Institute for Trade"
            longer = [g for g in by_last[f.rsplit(" ", 1)[-1]]
                      if len(g) > len(f) and g.endswith(" " + f) and not g.endswith(" of " + f)]
            roots = {union.find(index[g]) for g in longer}
            if len(roots) == 1:
                union.join(index[f], roots.pop())
    clusters: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        clusters[union.find(index[form_key(c.surface)])].append(c)
    return [clusters[r] for r in sorted(clusters)]


def _is_acronym(surface: str) -> bool:
    letters = surface.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _is_mixed_acronym(surface: str) -> bool:
    """"PiS", "PvdA", "BiH": capitals first and last, small letters between (never
    "McCain", whose capitals start words of a name)."""
    return 3 <= len(surface) <= 6 and surface.isalpha() and surface[0].isupper() and \
        surface[-1].isupper() and not surface.isupper()


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
    only when used as often). Ties go to the longer, then the first in order. A form in
    Latin letters comes first when there is one: the pages and exports speak English,
    and an entity merged across scripts had shown its Russian spelling in English
    reports (a probe: "Андрей Коваль said" for Andriy Koval, "Киев" for Kyiv).
    """
    counts = Counter(surfaces)

    def rank(s: str) -> tuple[int, int, int, int, int, int, str]:
        multi = int(" " in s) if kind == "person" else 0
        # a dateline's capitals ("BAD WUSTENHAUSEN") are no name to show when the
        # entity is also written in lower case; an acronym ("NATO") is
        shouting = int(s.isupper() and any(
            not t.isupper() and (t.lower() == s.lower() or not _is_acronym(s)) for t in counts))
        # then the English name of a country over its other languages' (Germany, not
        # Allemagne or Deutschland, whichever is written more)
        return (int(not latin_only(s)), int(exonym(s) is not None), -multi, shouting,
                -counts[s], -len(s), s)

    name = min(counts, key=rank)
    if kind == "place" and name.isupper() and sum(ch.isalpha() for ch in name) > 4:
        # written only in a dateline's capitals ("САНКТ-ПЕТЕРБУРГ", "PORT MORESBY"): shown
        # as a name is written; a short one may be an abbreviation ("USA", "США")
        return name.title()
    return name



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
