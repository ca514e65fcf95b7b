"""English weekday and month names, in calendar order, lower case.

Several stages read them: the date extractor resolves them, the reuse step counts a
swapped weekday as another event's date, the story anchors and the entity tagger keep
them out of names, and the generator writes them. One list, so that a stage cannot
miss a name another knows.
"""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")

#: Zone abbreviations that name several zones, as news datelines mean them. dateparser
#: reads "IST" as Israel (UTC+2); in English-language news it is far more often India
#: (UTC+5:30, the demo's Indian outlet wrote "20:15 IST" for 14:45 UTC). Irish Standard
#: Time, the third reading, is written "IST" rarely outside Irish sites.
ZONE_ABBREVIATIONS = {"IST": "+0530"}
_ZONE = re.compile(r"\b(" + "|".join(ZONE_ABBREVIATIONS) + r")\b")


def explicit_zones(text: str) -> str:
    """``text`` with ambiguous zone abbreviations written as UTC offsets."""
    return _ZONE.sub(lambda m: ZONE_ABBREVIATIONS[m.group(1)], text)


__all__ = ["MONTHS", "WEEKDAYS", "ZONE_ABBREVIATIONS", "explicit_zones"]
