"""Who copied whom, and the families of articles that reuse each other.

Direction, in order of trust (the first rule that decides wins, and the relation's
reason says which):

1. **Publication times**, when both are known and differ: the earlier is the original.
2. **Spinning**: a spinner swaps common words for rarer synonyms (Foreign → Overseas,
   minister → clergyman). The side whose swapped words are more frequent in the
   language (wordfreq) is the original.
3. **Containment**: when one side is (almost) wholly inside the other. If the other
   side is much longer (covered below ``NOT_CONTAINED``), the shorter side is a
   truncated copy. If both are nearly whole copies, extra text that reads as boilerplate
   (subscribe, follow us, ©, all rights reserved, or boilerplate the cleaner removed)
   marks the copy: scrapers add it.

Anything else leaves ``original`` None: a wrong direction is worse than none.

Families are the connected components of the relation graph. The root is the member
that is never a copy (ties: earliest published, then most relations, then smallest id).
A family's id is its root article's id, so an article alone is a family whose id is its
own (content-based) id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timezone

from copydesk.records import Article, Family, Relation
from copydesk.reuse.classify import Comparison
from copydesk.reuse.text import base_language
from copydesk.wordfreqs import zipf as zipf_frequency

#: One side counts as contained in the other when its passages cover this share of it.
CONTAINED = 0.85
#: ... and the other side's coverage is below this.
NOT_CONTAINED = 0.8
#: Spin direction needs the swapped words' mean Zipf frequencies to differ this much.
MIN_ZIPF_GAP = 0.3

_BOILERPLATE = re.compile(
    r"subscribe|newsletter|follow us|all rights reserved|©|copyright|read more|"
    r"sign up|cookies?|advertis|share this|click here|related:|tags:|"
    r"abonnier|alle rechte|weiterlesen|suscr[ií]b|derechos reservados",
    re.IGNORECASE,
)


def direction(comparison: Comparison, a: Article, b: Article) -> tuple[str | None, str]:
    """(id of the original or None, why)."""
    spun = _spin_direction(comparison, a, b)
    timed = _time_order(a, b)
    if timed is not None:
        first, second = timed
        if spun is not None and spun[0] != first.id and spun[2] >= STRONG_ZIPF_GAP:
            # Content farms backdate; a spinner does not write the original. With both
            # kinds of evidence strong and at odds, no side is named.
            return None, (f"publication times and spinning disagree: {first.id} was published "
                          f"first, but {spun[1]}")
        return first.id, f"published first ({_when(first)} before {_when(second)})"
    if spun is not None:
        return spun[0], spun[1]
    contained = _containment(comparison, a, b)
    if contained is not None:
        return contained
    return None, "no evidence of direction (" + _no_order(a, b) + ", no one-sided changes)"


#: A spin direction this clear overrides nothing, but contradicts publication times.
STRONG_ZIPF_GAP = 2 * MIN_ZIPF_GAP


def _time_order(a: Article, b: Article) -> tuple[Article, Article] | None:
    """(earlier, later) when the times tell: both known, different, and not a bare date
    against a time of its day (a date without time reads as midnight). The time's day
    is taken in UTC and in its own zone: a report of 22:00 -05:00 on the 11th is of the
    12th in UTC, and a site that dates its pages "12 March" may be either."""
    if not (a.published and b.published) or a.published.timestamp() == b.published.timestamp():
        return None
    first, second = (a, b) if a.published.timestamp() < b.published.timestamp() else (b, a)
    for bare, timed in ((first, second), (second, first)):
        if _date_only(bare) and bare.published.date() in _days(timed):  # type: ignore[union-attr]
            return None
    return first, second


def _days(article: Article) -> set[date]:
    """The calendar days an article's time falls on: in its own zone and in UTC."""
    t = article.published
    return set() if t is None else {t.date(), t.astimezone(timezone.utc).date()}


def _date_only(article: Article) -> bool:
    t = article.published
    return t is not None and (t.hour, t.minute, t.second, t.microsecond) == (0, 0, 0, 0)


def _no_order(a: Article, b: Article) -> str:
    if a.published and b.published:
        return "the same publication day or time"
    if a.published or b.published:
        return f"no publication time for {(b if a.published else a).id}"
    return "no publication times"


def _spin_direction(
    comparison: Comparison, a: Article, b: Article
) -> tuple[str, str, float] | None:
    """(original id, why, Zipf gap) from the swapped words' frequencies, for a spun pair."""
    if comparison.type != "spun" or not comparison.substitutions:
        return None
    lang = base_language(a.language)
    za = sum(zipf_frequency(x.lower(), lang) for x, _ in comparison.substitutions)
    zb = sum(zipf_frequency(y.lower(), lang) for _, y in comparison.substitutions)
    n = len(comparison.substitutions)
    gap = abs(za - zb) / n
    if gap < MIN_ZIPF_GAP:
        return None
    original, copy = (a, b) if za > zb else (b, a)
    return original.id, (
        f"the spun side ({copy.id}) swapped common words for rarer ones "
        f"(mean word frequency {max(za, zb) / n:.1f} → {min(za, zb) / n:.1f} Zipf)"
    ), gap


def _containment(comparison: Comparison, a: Article, b: Article) -> tuple[str, str] | None:
    cov_a, cov_b = comparison.coverage
    if max(cov_a, cov_b) < CONTAINED:
        return None
    inner, outer = (a, b) if cov_a >= cov_b else (b, a)
    if min(cov_a, cov_b) < NOT_CONTAINED:
        return outer.id, f"{inner.id} is a truncated copy (it lacks the rest of {outer.id})"
    # Both nearly whole: the side with boilerplate the other lacks is the scraper's copy,
    # whichever side is called a (the rule once looked only at the side covered less).
    lines = {x.id: _boilerplate(x, comparison, a) for x in (a, b)}
    marked = [x for x, other in ((a, b), (b, a)) if lines[x.id] - lines[other.id]]
    if len(marked) == 1:
        copy = marked[0]
        original = b if copy is a else a
        return original.id, f"{copy.id} is the same text with added boilerplate"
    return None


def _boilerplate(article: Article, comparison: Comparison, a: Article) -> set[str]:
    """Boilerplate lines in one side's text outside the passages ("Subscribe…", "© … All
    rights reserved" that the cleaner let through). Lines the cleaner removed do not
    count: an original's site has its own chrome (on the demo, taking them as evidence
    named 6 copies as originals out of 8 pairs it decided)."""
    spans = [(p.a_start, p.a_end) if article is a else (p.b_start, p.b_end)
             for p in comparison.passages]
    lines = [line for line in _uncovered(article.text, spans).split("\n") if line.strip()]
    return {" ".join(line.lower().split()) for line in lines if _BOILERPLATE.search(line)}


def _when(article: Article) -> str:
    """A publication time for a reason, in UTC: two local clocks side by side misread
    ("06:00+05:00 before 09:00+00:00"). A bare date stays a date; seconds are shown when
    there are any (two copies seconds apart read "09:05 UTC before 09:05 UTC")."""
    t = article.published
    if t is None:
        return "?"
    if _date_only(article):
        return t.date().isoformat()
    utc = t.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%d %H:%M:%S UTC" if utc.second or utc.microsecond
                        else "%Y-%m-%d %H:%M UTC")


def _uncovered(text: str, spans: Sequence[tuple[int, int]]) -> str:
    pieces = []
    pos = 0
    for start, end in sorted(spans):
        if start > pos:
            pieces.append(text[pos:start])
        pos = max(pos, end)
    pieces.append(text[pos:])
    return " ".join(pieces)


def orient_substitutions(
    substitutions: Sequence[tuple[str, str]], a_id: str, original: str | None
) -> tuple[tuple[str, str], ...]:
    """Substitutions as [original word, replacement]: flipped when B is the original."""
    if original is not None and original != a_id:
        return tuple((y, x) for x, y in substitutions)
    return tuple(substitutions)


def build_families(relations: Sequence[Relation], articles: Sequence[Article]) -> list[Family]:
    """Connected components of the relations, each with its root; singletons included."""
    by_id = {a.id: a for a in articles}
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    copies: set[str] = set()
    degree: dict[str, int] = defaultdict(int)
    for r in relations:
        if r.a not in parent or r.b not in parent:
            continue
        degree[r.a] += 1
        degree[r.b] += 1
        if r.original is not None:
            copies.add(r.b if r.original == r.a else r.a)
        ra, rb = find(r.a), find(r.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in parent:
        members[find(article_id)].append(article_id)
    families = []
    for ids in members.values():
        root = min(ids, key=lambda i: _root_rank(by_id[i], i in copies, degree[i]))
        families.append(Family(id=root, root=root, article_ids=tuple(sorted(ids))))
    return sorted(families, key=lambda f: f.id)


def _root_rank(article: Article, is_copy: bool, degree: int) -> tuple[object, ...]:
    """Never a copy first, then earliest. A bare date ranks after the times of its
    (UTC) day, not at its midnight: a republication dated "8 May" is not earlier than
    the wire of 07:00 that day."""
    t = article.published
    if t is None:
        return (is_copy, 1, date.max, True, 0.0, -degree, article.id)
    day = t.astimezone(timezone.utc).date()
    return (is_copy, 0, day, _date_only(article), t.timestamp(), -degree, article.id)
