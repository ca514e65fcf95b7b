"""A toll told by its latest victim: "A third person has died", "a second worker was
killed overnight". The ordinal is the count: reports of a rising toll say it this way,
and without it an election-night probe's storm toll never rose from two to three.
"""

from __future__ import annotations

import re

from copydesk.records import Quantity, content_id

__all__ = ["ordinal_tolls"]

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
#: People a toll counts, with their plural where it is not the noun and "s".
_PEOPLE = {"person": "people", "man": "men", "woman": "women", "child": "children",
           "fisherman": "fishermen", "worker": "", "victim": "", "passenger": "",
           "miner": "", "patient": "", "soldier": "", "civilian": "", "resident": "",
           "firefighter": "", "officer": "", "pupil": "", "student": "", "tourist": "",
           "climber": "", "hiker": "", "driver": "", "pedestrian": "", "farmer": ""}
_TOLL = re.compile(
    r"\b[Aa]\s+(?P<n>" + "|".join(_ORDINALS) + r")\s+(?P<who>[a-z]+)\s+"
    r"(?:has\s+|had\s+)?(?:(?P<died>died)|(?:has\s+|had\s+)?(?:been\s+|was\s+)killed"
    r"|(?:been\s+|was\s+)confirmed\s+dead)\b")


def ordinal_tolls(text: str, article_id: str) -> list[Quantity]:
    """Each such toll, the ordinal's span, counting its people died or killed."""
    found = []
    for m in _TOLL.finditer(text):
        who = m.group("who")
        if who not in _PEOPLE:
            continue  # "a second attempt was killed off": no one counted
        people = _PEOPLE[who] or who + "s"
        start, end = m.start("n"), m.end("who")
        found.append(Quantity(
            id=content_id("quantity", article_id, str(start), str(end)),
            article_id=article_id, start=start, end=end, text=text[start:end],
            value=float(_ORDINALS[m.group("n")]), unit=None, qualifier=None,
            counts=f"{people} {'died' if m.group('died') else 'killed'}"))
    return found
