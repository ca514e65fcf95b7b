"""Two reports that share only where and when: a city's drone strike and its council's
vote, datelined in one city on one day, each naming its own people.

The anchor vector is dominated by the place: a city named in the headline, the dateline
and the lead outweighs every name and keyword, so two reports of different events there
on one day score like one event (a held-out probe's Zaporizhzhia strike and council
session were one story). What tells them apart is what remains once the place and the
dates are set aside: when both name people of their own, share none of them and share
almost none of their keywords and numbers, the article is another event there. Reports
of one event that quote different officials still share what happened (the
"substation", the "shelters"), so they are not split.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

#: Cosines below which two sides share nothing that matters: of their names other than
#: places (the people), and of their keywords and numbers (what happened). 0.1: on a
#: same-city test the two events' keywords scored 0.00 and reports of one event 0.35 and
#: up, a report quoting a minister where the others quoted the governor among them.
MIN_SHARED = 0.1
#: Weight (norm over the unit vector) of names other than places that each side must
#: carry: an article naming nobody (a brief: "Explosion in Zaporizhzhia") is no evidence
#: of another event.
MIN_NAMED = 0.2
#: Feature prefixes of what happened: keywords and numbers.
WHAT_PREFIXES = ("k:", "#:")


def _part(vec: Mapping[str, float], keep: Callable[[str], bool]) -> dict[str, float]:
    return {k: v for k, v in vec.items() if keep(k)}


def _norm(values: Iterable[float]) -> float:
    return math.sqrt(sum(v * v for v in values))


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    lengths = _norm(a.values()) * _norm(b.values())
    return sum(v * b.get(k, 0.0) for k, v in a.items()) / lengths if lengths else 0.0


def only_where_and_when(
    vec: Mapping[str, float], centroid: Mapping[str, float], norm: float,
    places: frozenset[str], background: frozenset[str] = frozenset(),
) -> bool:
    """Whether an article (unit ``vec``) and a story (``centroid`` of length ``norm``)
    share little but ``places`` (feature keys) and dates, while each names people of
    its own. Names in ``background`` are nobody's: a wire's name in its datelines, the
    country every report names (``StoryClusterer`` passes the names of many stories)."""
    aside = places | background

    def named(k: str) -> bool:
        return k.startswith("e:") and k not in aside

    def what(k: str) -> bool:
        return k.startswith(WHAT_PREFIXES)

    mine, theirs = _part(vec, named), _part(centroid, named)
    if _norm(mine.values()) < MIN_NAMED or _norm(theirs.values()) / (norm or 1.0) < MIN_NAMED:
        return False
    return _cosine(mine, theirs) < MIN_SHARED and \
        _cosine(_part(vec, what), _part(centroid, what)) < MIN_SHARED
