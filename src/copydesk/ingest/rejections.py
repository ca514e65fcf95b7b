"""How many rejections of one input are kept one by one, and how the rest are counted.

A gzip of 15 KB holding five million empty records had stored five million rejections
(1 GB, 1.8 GB of memory, and every later run slow to load them: a security probe). So
an input keeps its first ``MAX_REJECTIONS_PER_INPUT`` rejections, and past them one
``Rejected`` per reason counts the records rejected for it. Every record is counted:
the summary, the lines on stderr and the store add up to what the input rejected (a
single line had once counted the rest as one rejection, named none of their reasons,
and said they were listed above).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from copydesk.records import RawDocument, Rejected

#: Rejections kept one by one per input.
MAX_REJECTIONS_PER_INPUT = 1_000
#: Reasons counted apart past that; the records of any further reason are counted
#: together (a WARC's reasons name each record's URL: they are all different).
MAX_COUNTED_REASONS = 20
OTHER_REASONS = (f"other reasons (past an input's first {MAX_REJECTIONS_PER_INPUT:,} "
                 f"rejections, {MAX_COUNTED_REASONS} reasons are counted apart)")


class RejectionCap:
    """Per input: which rejections are kept one by one, and counts of the others."""

    def __init__(self, limit: int = MAX_REJECTIONS_PER_INPUT) -> None:
        self.limit = limit
        self._kept: dict[str, int] = {}
        self._counted: dict[str, dict[str, Rejected]] = {}

    def admit(self, rejected: Rejected) -> Rejected | None:
        """``rejected`` when it is kept one by one; None when it is counted instead (a
        count from elsewhere, ``count`` > 1, is always added to the counts)."""
        source = rejected.source
        kept = self._kept.get(source, 0)
        if rejected.count == 1 and kept < self.limit:
            self._kept[source] = kept + 1
            return rejected
        counts = self._counted.setdefault(source, {})
        reason = rejected.reason
        if reason not in counts and len(counts) >= MAX_COUNTED_REASONS:
            reason = OTHER_REASONS
        before = counts.get(reason)
        # The first record counted under a reason gives the count its position.
        counts[reason] = (replace(rejected, reason=reason) if before is None
                          else replace(before, count=before.count + rejected.count))
        return None

    def counted(self, source: str) -> list[Rejected]:
        """The counts of ``source``'s rejections past the limit, one per reason; the
        input is then forgotten (call it once the input is read and cleaned)."""
        self._kept.pop(source, None)
        return list(self._counted.pop(source, {}).values())

    def all_counted(self) -> list[Rejected]:
        """The counts of every input still held, which are then forgotten."""
        counts = [count for per_reason in self._counted.values() for count in per_reason.values()]
        self._kept.clear()
        self._counted.clear()
        return counts


def listed_rejections(
    source: str, docs: Iterable[RawDocument | Rejected], limit: int = MAX_REJECTIONS_PER_INPUT
) -> Iterator[RawDocument | Rejected]:
    """``docs`` with at most ``limit`` rejections, then one count per reason of the rest."""
    cap = RejectionCap(limit)
    for doc in docs:
        if isinstance(doc, RawDocument) or cap.admit(doc) is not None:
            yield doc
    yield from cap.counted(source)


def capped(rejected: Iterable[Rejected]) -> list[Rejected]:
    """``rejected`` (of any inputs, and counts among them) with at most
    ``MAX_REJECTIONS_PER_INPUT`` per input kept one by one, and counts of the rest."""
    cap = RejectionCap()
    kept = [r for r in rejected if cap.admit(r) is not None]
    return kept + cap.all_counted()
