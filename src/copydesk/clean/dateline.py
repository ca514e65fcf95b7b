"""Publication time from a removed dateline ("Posted on 10 March 2025 at 14:05").

Plain-text scrapes carry their date only in such a line, which the cleaner removes
as chrome; dropping it would lose the one date the article has. dateparser reads
the many written forms and languages; it is called only for articles whose
metadata gives no time, and only on lines already classed as datelines.
A dateline without a zone is taken as UTC (a stated assumption: scrapers rarely
keep the zone, and a day-level error is what downstream date resolution tolerates).
All-numeric dates ("11/03/2025") are read day first except in English, where
dateparser's month-first default stands: the article's language decides, because a
Spanish "11/03/2025" read as 3 November lands eight months away from its story.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from datetime import datetime

from copydesk.calendar_words import explicit_zones
from copydesk.clean.masthead import publication_line
from copydesk.clean.patterns import DATELINE_WORDS
from copydesk.records import Removed

#: The dateline's words before its date: "Posted", "Posted on", "Posted by newsdesk on".
_KEYWORD = re.compile(
    r"^\W*" + DATELINE_WORDS + r"(\s+by\s+[\w .'-]{1,40}?(?=\s+on\b))?"
    r"(\s+(on|at|am|el|le|il|em))?\s*:?\s*",
    re.IGNORECASE,
)
#: The author after the date in WordPress's own meta line, "Posted on March 14, 2025 by
#: Jonas Berg" (an ingest probe's five dumps had lost their only date to it).
_TRAILING_AUTHOR = re.compile(r"\s+(?:by|von|par|por|di)\s+\D{1,40}$", re.IGNORECASE)
_SETTINGS = {
    # No relative-time parser: "Published 3 hours ago" is relative to the scrape, which
    # is not known, and dateparser read it against the clock of the run (two runs a
    # second apart stored two times, neither the article's).
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
}


def dateline_time(removed: Iterable[Removed], language: str | None = None) -> datetime | None:
    """The first parseable dateline's time, timezone-aware, or None. Of a dateline that
    names the outlet or the writer too ("Harbor Daily | Posted 5 June 2025 08:10 UTC"),
    only its date and time are read."""
    for item in removed:
        if item.reason != "dateline":
            continue
        shown = publication_line(item.text)
        text = shown.when if shown is not None else item.text.strip()
        when = _parse(_TRAILING_AUTHOR.sub("", _KEYWORD.sub("", text)), language)
        if when is not None:
            return when
    return None


def _parse(text: str, language: str | None) -> datetime | None:
    if not text or len(text) > 80:
        return None
    import dateparser  # slow to import; most articles carry a time in their metadata

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser warns about its own internals
        try:
            settings = dict(_SETTINGS)
            if language and not language.startswith("en"):
                settings["DATE_ORDER"] = "DMY"
            return dateparser.parse(explicit_zones(text), settings=settings)
        except (ValueError, OverflowError, TypeError):
            return None
