"""Copies of copies: when, of two copies of one source, the later copied the earlier.

``lineage.sibling_sources`` takes the direction away from a relation between two copies
of one source ("both copy the wire"), since "published first" says nothing of who
copied whom there. A content-farm probe's chain was flattened so: a farm spun the wire
(World News Instant, 11:00) and a second farm spun that spin further (Viral Politics,
14:00: all of the first spin's swaps and 12 more); and an English back-translation of a
French translation of the wire (15:00 against 12:00) was "both copy" the wire too. The
evidence that names the copy's source is in the three relations, not in the pair alone:

- **its changes carry the earlier copy's**: the words of the source the earlier copy
  changed are nearly all changed in the later one too, and the later changed more. Two
  independent spins of one wire each swap their own words; the later keeping the
  earlier's swaps (or spinning them again: "promise → pledge" then "pledge → vow")
  took its text.
- **a round trip through the earlier's language**: the later copy is in the source's
  language and rephrased as a machine-translation round trip leaves it, the earlier is a
  translation of the source, and the two are a translation of each other across the same
  two languages. Only when the round trip has one such translation to come from: with two
  translations (French and German) it could have gone through either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from copydesk.records import Relation
from copydesk.reuse.classify import is_spin
from copydesk.reuse.text import fold

#: The earlier copy must have changed this many words of the source: a copy that changed
#: nothing (a verbatim reprint) has changes every later copy "carries".
MIN_CHANGES = 5
#: ... and this share of them must be changed in the later copy too. The probe's chain
#: kept 34 of 34; two independent spins of one wire by one spinner share the common
#: swaps only ("said → stated"): the probe's two spins of the ferry wire shared under half.
CARRIED_SHARE = 0.9

#: "translated (en ↔ fr): ..." (``classify``): the two sides' languages, A's first.
_ACROSS = re.compile(r"^translated \((?P<a>[^\s()]+) ↔ (?P<b>[^\s()]+)\)")
#: How ``classify`` calls a translation within one language.
_ROUND_TRIP = "translated (machine-translation round trip"


def copied_the_copy(
    pair: Relation, earlier: Relation, later: Relation,
    others: Collection[Relation] = (),
) -> bool:
    """Whether the later side of ``pair`` (its copy; ``pair.original`` is the earlier
    side) copied the earlier rather than their shared source: ``earlier`` and ``later``
    are the two sides' relations with that source, each naming it the original;
    ``others``: the later side's other relations to originals (other translations it may
    have come from)."""
    return _carries_its_changes(pair, earlier, later) or _translated_back(
        pair, earlier, later, others)


def _carries_its_changes(pair: Relation, earlier: Relation, later: Relation) -> bool:
    """A spin of a spin: the later copy changed nearly all the source's words the
    earlier changed, and more."""
    if not (is_spin(pair.type, pair.reason) and is_spin(earlier.type, earlier.reason)
            and is_spin(later.type, later.reason)):
        return False
    theirs = _changed(earlier)
    mine = _changed(later)
    return (len(theirs) >= MIN_CHANGES and len(mine) > len(theirs)
            and len(theirs & mine) >= CARRIED_SHARE * len(theirs))


def _changed(r: Relation) -> set[str]:
    """The words of the original a directed relation's copy changed (its substitutions
    are read from the original to the copy)."""
    return {fold(w) for w, _ in r.substitutions}


def _translated_back(
    pair: Relation, earlier: Relation, later: Relation, others: Collection[Relation]
) -> bool:
    """A back-translation of the earlier copy: the later is a round trip of the source,
    the earlier a translation of it, and the pair a translation across those languages;
    no other translation the later relates to could have been the way."""
    if not later.reason.startswith(_ROUND_TRIP):
        return False
    languages = _languages(earlier)
    if languages is None or _languages(pair) != languages:
        return False
    ways = [r for r in others if r.id not in (earlier.id, later.id) and r.type == "translated"
            and _languages(r) is not None]
    return len(ways) == 1 and ways[0].id == pair.id


def _languages(r: Relation) -> frozenset[str] | None:
    """The two languages of a translation across languages, None for any other."""
    m = _ACROSS.match(r.reason) if r.type == "translated" else None
    if m is None or m.group("a") == m.group("b") or "?" in (m.group("a"), m.group("b")):
        return None
    return frozenset((m.group("a"), m.group("b")))


def identity(r: Relation) -> Relation:
    """The relation itself: for callers that hold whole relations."""
    return r


#: What ``lineage.sibling_sources`` calls for a relation's whole record (the reuse step
#: keeps only its edges in memory).
Lookup = Callable[[Relation], Relation]
