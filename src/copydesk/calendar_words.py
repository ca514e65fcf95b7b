"""English weekday and month names, in calendar order, lower case.

Several stages read them: the date extractor resolves them, the reuse step counts a
swapped weekday as another event's date, the story anchors and the entity tagger keep
them out of names, and the generator writes them. One list, so that a stage cannot
miss a name another knows.
"""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")

__all__ = ["MONTHS", "WEEKDAYS"]
