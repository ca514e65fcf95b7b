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

Both only when the later copy is **no more than the earlier carries** and, for a spin,
**closer to the earlier than to the source**. A regression probe found independent copies
directed by the two signs above: a heavy spin of a whole wire "copied" a light spin of its
first four paragraphs (the pair covered 58 % of the heavy spin: the rest of the wire it
holds cannot have come through the light one); an English back-translation of all five
of a wire's paragraphs "came from" a French translation of three of them (69 %); and a
spinner that swaps every word it can swaps the light spin's few changed words too, with
its own synonyms (carried share 1.0), yet it differs from the light spin by about as many
swaps as from the wire (0.89-0.95), where a spin of the light spin differs from it by its
own swaps only.
"""

from __future__ import annotations

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
#: The pair's passages must cover the later copy at least this share as much as its
#: relation with the source does (aligned characters on the later copy's side). The
#: regression probe's true chains: 1.00-1.05; independent copies wrongly chained: 0.58 (a
#: light spin of four of six paragraphs), 0.69 (a partial translation): between them.
CHAIN_COVERAGE = 0.85
#: A later spin's swaps against the earlier may be at most this share of its swaps against
#: the source. The probes' true chains: 0.32-0.68 for spins of 30 % and a hand spin, 0.84
#: and 0.87 for spins of 60 % (a third, 0.93, is lost); independent heavy spins whose
#: words covered the light spin's: 0.89-0.95. A thin margin: the closeness of a spin of 60
#: % of a light spin's words and an independent spin of all the wire's is near by nature.
CLOSER_SHARE = 0.88


def copied_the_copy(
    pair: Relation, earlier: Relation, later: Relation,
    others: Collection[Relation] = (),
) -> bool:
    """Whether the later side of ``pair`` (its copy; ``pair.original`` is the earlier
    side) copied the earlier rather than their shared source: ``earlier`` and ``later``
    are the two sides' relations with that source, each naming it the original;
    ``others``: the later side's other relations to originals (other translations it may
    have come from)."""
    if not _covers_the_later(pair, later):
        return False
    return _carries_its_changes(pair, earlier, later) or _translated_back(
        pair, earlier, later, others)


def _covers_the_later(pair: Relation, later: Relation) -> bool:
    """The pair covers as much of the later copy as its relation with the source does: a
    later copy holding source text the earlier lacks did not take it from the earlier."""
    copy = pair.b if pair.original == pair.a else pair.a
    return _aligned(pair, copy) >= CHAIN_COVERAGE * _aligned(later, copy)


def _aligned(r: Relation, article_id: str) -> int:
    """Characters of ``article_id``'s text that a relation's passages cover (none stored:
    0, so a relation without passages tests nothing)."""
    if article_id == r.a:
        return sum(p.a_end - p.a_start for p in r.passages)
    return sum(p.b_end - p.b_start for p in r.passages)


def _carries_its_changes(pair: Relation, earlier: Relation, later: Relation) -> bool:
    """A spin of a spin: the later copy changed nearly all the source's words the
    earlier changed, and more, and it has clearly fewer swaps against the earlier than
    against the source."""
    if not (is_spin(pair.type, pair.spun_part) and is_spin(earlier.type, earlier.spun_part)
            and is_spin(later.type, later.spun_part)):
        return False
    theirs = _changed(earlier)
    mine = _changed(later)
    return (len(theirs) >= MIN_CHANGES and len(mine) > len(theirs)
            and len(theirs & mine) >= CARRIED_SHARE * len(theirs)
            and len(pair.substitutions) <= CLOSER_SHARE * len(later.substitutions))


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
    if not later.round_trip:
        return False
    languages = _languages(earlier)
    if languages is None or _languages(pair) != languages:
        return False
    ways = [r for r in others if r.id not in (earlier.id, later.id) and r.type == "translated"
            and _languages(r) is not None]
    return len(ways) == 1 and ways[0].id == pair.id


def _languages(r: Relation) -> frozenset[str] | None:
    """The two languages of a translation across languages, None for any other."""
    return frozenset(r.languages) if r.type == "translated" and r.languages else None


def identity(r: Relation) -> Relation:
    """The relation itself: for callers that hold whole relations."""
    return r


#: What ``lineage.sibling_sources`` calls for a relation's whole record (the reuse step
#: keeps only its edges in memory).
Lookup = Callable[[Relation], Relation]
