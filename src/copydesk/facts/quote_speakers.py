"""Which quotes are one quote, and who said it.

A quote copied across articles may be given to someone else (a dispute) or to the same
speaker written another way (a title, an initial, a transliteration into another
language); telling the two apart takes name rules of their own, kept here apart from
the comparison of figures.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from anyascii import anyascii
from rapidfuzz import fuzz

from copydesk.extract.names import TITLE_WORDS, translit_key
from copydesk.extract.slavic_names import h_for_g, listed_given_name, same_given_name
from copydesk.facts.claim_types import UNKNOWN_SPEAKER, Claim
from copydesk.facts.matching import ReconcileOptions, normalise_text, subjects_match

__all__ = ["MIN_OUTSIDE_WORDS", "quote_clusters", "same_words_outside", "speaker_groups"]


#: Words a quote of another story needs to dispute a speaker here: a phrase two judges
#: both called "lasting harm" is no one's words to dispute (a regression probe).
MIN_OUTSIDE_WORDS = 6


def same_words_outside(cluster: list[Claim]) -> list[Claim]:
    """The cluster without the quotes of other stories that are short or not word for word
    one of its own, or part of one (linked template quotes, "running our plants harder"
    beside "our bakeries", are another story's own words)."""
    inside = [normalise_text(c.value) for c in cluster if not c.outside]

    def kept(c: Claim) -> bool:
        words = normalise_text(c.value)
        return len(words.split()) >= MIN_OUTSIDE_WORDS and any(
            words in w or w in words for w in inside)

    return [c for c in cluster if not c.outside or kept(c)]


def speaker_groups(
    quotes: list[Claim], families: Mapping[str, str], foreign: Collection[str] = ()
) -> list[list[Claim]]:
    """One quote's claims by who says it; a copy that names no speaker (a spinner's
    "informed journalists" is no speech verb, an Italian "ha detto Conti" is not read)
    goes with the speaker a reuse family's original gives, else the one most articles
    give (a regression probe's Italian translation went to a spinner's wrong speaker
    on a tie, and that attribution looked the better backed). So does a bare surname
    that two people of the quote's speakers share ("Calder" beside Ruth and Ian Calder).
    ``foreign`` holds the articles in another language than English: only between
    languages is a name respelled (see ``_same_speaker``)."""

    def same(c: Claim, d: Claim) -> bool:
        # Also within one reuse family: a back-translation into English keeps the
        # French spelling ("Martchetov" for the wire's "Marchetov"), and an OSINT probe's
        # briefing showed the minister in conflict with himself. A copy naming another
        # person is still a conflict: only a transliteration is one name.
        family = families.get(c.article_id)
        apart = (c.article_id in foreign) != (d.article_id in foreign) or (
            family is not None and family == families.get(d.article_id))
        return _same_speaker(c.subject, d.subject, between_languages=apart)

    groups: list[list[Claim]] = []
    vague: list[Claim] = []
    # Full names seed the groups, bare surnames and titles come after: a claim is
    # compared with its group's first, and a first "Dahl" had taken Henrik and Jonas
    # Dahl into one group (a regression probe's misattribution went unflagged).
    for c in sorted(quotes, key=lambda c: -len(_given_and_surname(c.subject))):
        if c.subject == UNKNOWN_SPEAKER:
            vague.append(c)
            continue
        for g in groups:
            if same(c, g[0]):
                g.append(c)
                break
        else:
            groups.append([c])
    if not groups:
        return [quotes]
    for g in list(groups):
        rest = [h for h in groups if h is not g]
        if len(_given_and_surname(g[0].subject)) == 1 and sum(
                same(g[0], h[0]) for h in rest) > 1:
            groups.remove(g)
            vague.extend(g)
    roots = set(families.values())

    def weight(g: list[Claim]) -> tuple[bool, int]:
        return any(c.article_id in roots for c in g), len(g)

    max(groups, key=weight).extend(vague)
    return groups


def _given_and_surname(name: str) -> list[str]:
    """A name's words without titles ("Minister Calder" → ["calder"])."""
    return [w for w in _words(name) if w not in TITLE_WORDS]


def _words(name: str) -> list[str]:
    return [w for w in normalise_text(anyascii(name)).split() if len(w) > 1]


def _same_speaker(a: str, b: str, between_languages: bool = False) -> bool:
    """Two renderings of one speaker's name: "M. Holt" and "Maren Holt", "Holt" and
    "Finance Minister Maren Holt" (the words of one, initials aside, within the other's,
    or the same last word), but not two first names before it: Ruth and Ian Calder are
    two ministers (a standards-desk probe's misattributed quote had been backed by
    both). ``between_languages`` (one article English, the other not) allows a name
    transliterated by each language's rules (Shevchuk, Chevtchouk, Schewtschuk,
    Szewczuk, Шевчук; Oleksandr and Aleksandr); within one language the names must be
    spelt alike (a regression probe: Zhou and Zhu, Maren and Karen Holt)."""
    x, y = _words(a), _words(b)
    if not x or not y:
        return True
    if set(x) <= set(y) or set(y) <= set(x):
        return True
    if x[-1] != y[-1] and not (between_languages and _spellings(x[-1]) & _spellings(y[-1])):
        # "Oleksiy Hnatyuk", "Alexei Gnatyuk" and "Gnatyuk": one person in two
        # romanisations, unless their given names differ.
        return h_for_g(x[-1], y[-1]) and (
            len(x) == 1 or len(y) == 1 or same_given_name(x[-2], y[-2])
            or (x[-2] == y[-2] and listed_given_name(x[-2])))
    return not _other_given_names(x, y, between_languages)


#: How a Slavic name's sounds are written in French, German and Polish, as English
#: writes them (after ``translit_key``'s own folds: w → v, ou → u, j → i…): Tkatchouk,
#: Tkatschuk and Tkaczuk are Tkachuk. Each applies only to a word that shows that
#: language's transliteration ("tch" or "ou", "tsch", "sz" or "cz"): Fischer and Fisher,
#: Welch and Welsh, March and Marsh are other names (a regression probe).
_SPELLING_RULES: tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    ((), ()),
    (("tch", "ou"), (("tch", "\0"), ("ch", "sh"), ("\0", "ch"))),  # French
    (("tsch",), (("tsch", "\0"), ("sch", "sh"), ("\0", "ch"))),  # German
    (("sz", "cz"), (("sz", "sh"), ("cz", "ch"))),  # Polish
)


def _spellings(word: str) -> set[str]:
    """The English spellings a name word may stand for, as transliteration keys."""
    keys = set()
    for marks, rules in _SPELLING_RULES:
        if marks and not any(m in word for m in marks):
            continue
        w = word
        for old, new in rules:
            w = w.replace(old, new)
        keys.add(translit_key(w))
    return keys


def _other_given_names(x: list[str], y: list[str], between_languages: bool = False) -> bool:
    """Whether the words right before two names' shared surname are two given names
    ("ruth calder", "ian calder"), not a title ("minister calder"), a short form of the
    other ("alex", "alexander"; not "daniel", "daniela") or, between languages, one name
    respelled (Oleksandr, Aleksandr)."""
    if len(x) < 2 or len(y) < 2:
        return False
    p, q = x[-2], y[-2]
    if p in TITLE_WORDS or q in TITLE_WORDS or p == q or same_given_name(p, q):
        return False
    short, long = sorted((p, q), key=len)
    if long.startswith(short) and len(long) - len(short) >= 2:
        return False
    if not between_languages:
        return True
    if _spellings(p) & _spellings(q):
        return False
    return bool(fuzz.ratio(translit_key(p), translit_key(q)) < _GIVEN_NAME_SIMILARITY)


#: Indel similarity (0–100) from which two given names are one respelled: Oleksandr and
#: Aleksandr 89, Bohdan and Bogdan 83; Olena and Oleksandr 57, Ruth and Ian 0.
_GIVEN_NAME_SIMILARITY = 75


def quote_clusters(claims: list[Claim], opts: ReconcileOptions) -> list[list[Claim]]:
    """Linked quotes are one claim; unlinked ones merge by speaker and near-equal wording."""
    clusters: list[list[Claim]] = []
    by_group: dict[str, list[Claim]] = {}
    for c in claims:
        if c.group is not None and c.group in by_group:
            by_group[c.group].append(c)
            continue
        norm = normalise_text(c.value)
        for cl in clusters:
            first = cl[0]
            if subjects_match(first.subject, c.subject, opts) and fuzz.ratio(
                normalise_text(first.value), norm
            ) >= opts.quote_similarity:
                cl.append(c)
                break
        else:
            cl = [c]
            clusters.append(cl)
        if c.group is not None:
            by_group[c.group] = cl
    return clusters
