"""The outlet, writer and time a plain-text file shows in a line near its headline.

A text scrape keeps no metadata: the outlet's name, the writer and the publication
time are only in a line under the headline, set alone ("Kestrel Post — Investigations",
"Posted 10 March 2025") or together ("Harbor Daily | Posted 5 June 2025 08:10 UTC", "By
Mara Lind | Harbor Daily | June 5, 2025 8:10 am"). The cleaner removes such lines as
chrome; reading them keeps the article's site (which its id is keyed on), its byline
and its time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copydesk.clean.patterns import is_date_line, junk_reason

#: Where a masthead's name ends: "WorldBrief | Your world in five minutes", "Kestrel Post
#: — Investigations", "The Harbour Gazette — serving Saltmere since 1887".
_MASTHEAD_CUT = re.compile(r"\s+[|—–·•:]\s+|\s+-\s+")
#: Lower-case words a publication's name may hold ("El Correo del Puerto").
_NAME_JOINERS = frozenset(
    "of the and del de du des la le el los las und y for on di da do dos das della delle dei "
    "degli van von der den het au aux en och og i".split())
#: An elided article or preposition before a name: "Le Matin d'Aldmark", "L'Écho".
_ELIDED_NAME = re.compile(r"^(?:[dDlL]|dell|dall|nell|sull)['’][A-ZÀ-ÖØ-Þ]")
_NOT_A_NAME = re.compile(r"[»›/@#]|\d[:.]\d|^(?:by|posted|published|updated|home)\b",
                         re.IGNORECASE)
#: A site's desks, which a line under the headline names as often as the site itself
#: ("Politics | 5 June 2025"): one such word is a section, not a publication's name.
_DESKS = frozenset(
    "news world sport sports business politics opinion comment analysis local national "
    "international health science technology tech culture arts entertainment lifestyle "
    "weather travel economy money markets finance education environment climate crime "
    "breaking latest live home features video videos explainer podcast podcasts photos "
    "gallery watch listen interview review reviews feature obituary obituaries letters "
    "exclusive europe asia africa americas".split())
#: The most words a publication's name has.
MAX_NAME_WORDS = 6


def is_publication_name(text: str) -> bool:
    """Whether ``text`` reads as a publication's name: capitalised words and the joiners
    of names, not a date, a byline, a link or a desk."""
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or _NOT_A_NAME.search(text) or is_date_line(text):
        return False
    if len(words) == 1 and text.casefold() in _DESKS:
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w in _NAME_JOINERS or _ELIDED_NAME.match(w) or w.isdigit()
        for w in words)


#: Words an outlet's name holds ("Coastline Press Agency", "Harbor Daily"): a name alone
#: after a dateline must have one, for a dateline's place ("Askeport", "Ferro, Veldoria")
#: stands there as often (a regression probe's two papers became one site "Askeport").
_OUTLET_WORDS = frozenset(
    "press agency news times post herald daily gazette wire journal tribune observer "
    "online radio tv television courier echo monitor chronicle express mail telegraph "
    "review weekly ledger dispatch report standard sun star globe record mirror bulletin "
    "broadcasting network media service nachrichten zeitung tageblatt presse "
    "diario periódico noticias giornale corriere jornal notícias krant dagblad".split())


def outlet_name(line: str) -> str | None:
    """The outlet a line names, when it is only a publication's name of two words or more
    with a word outlets' names have; else None."""
    name = masthead_name(line)
    if name is None or name != line.strip() or len(name.split()) < 2:
        return None
    return name if any(w.casefold().strip(".") in _OUTLET_WORDS for w in name.split()) else None


def masthead_name(line: str) -> str | None:
    """The publication's name a masthead line opens with ("Kestrel Post — Investigations",
    "WorldBrief | Your world in five minutes"), or None when the line is no masthead."""
    if _NOT_A_NAME.search(line) or is_date_line(line):
        return None
    name = _MASTHEAD_CUT.split(line, maxsplit=1)[0].strip()
    return name if is_publication_name(name) else None


@dataclass(frozen=True)
class PublicationLine:
    """A line of the outlet, the writer and the time, each as written."""

    name: str | None
    byline: str | None  # "By Mara Lind"
    when: str  # "Posted 5 June 2025 08:10 UTC", a time set apart joined to its date

    @property
    def certain(self) -> bool:
        """Whether more than a name and a date say so: "Lifeboat Crew Rescues Kayakers —
        June 5, 2025" may be a headline in title case, but no headline holds a byline,
        a "Posted" or a clock time."""
        return self.byline is not None or not is_date_line(self.when) or bool(
            _CLOCK_IN.search(self.when))


#: What parts of such a line are set between: bars, dots and spaced dashes (not the
#: colon of a time, nor the commas of "June 5, 2025").
_PARTS = re.compile(r"\s+[|·•]\s+|\s+[—–-]\s+")
#: Cheap tests first, a separator and a digit: ``is_prose`` asks of every short line.
_SEPARATOR = re.compile(r"\s[|·•—–-]\s")
_DIGIT = re.compile(r"\d")
#: The longest such line: a name, a byline and a date with its time.
MAX_LINE_CHARS = 160
#: A time set apart from its date: "5 June 2025 | 08:10 UTC".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,5})?", re.IGNORECASE)
_CLOCK_IN = re.compile(r"\d[:.]\d{2}\b")
#: The most parts: a name, a byline, a date and a time.
MAX_PARTS = 4


@lru_cache(maxsize=16_384)  # the layout asks of one line many times (``is_prose``)
def publication_line(line: str) -> PublicationLine | None:
    """The line read as a date with a publication's name, a byline or both, when every
    part of it is one of those (a sentence's part is none, so no first sentence of an
    article is taken for one), else None."""
    if len(line) > MAX_LINE_CHARS or not (_DIGIT.search(line) and _SEPARATOR.search(line)):
        return None
    parts = [part.strip() for part in _PARTS.split(line.strip())]
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    name = byline = when = desk = None
    for part in parts:
        reason = junk_reason(part)
        if when is None and (reason == "dateline" or is_date_line(part)):
            when = part
        elif when is not None and _CLOCK.fullmatch(part) and not _CLOCK_IN.search(when):
            when = f"{when} {part}"
        elif byline is None and reason == "byline":
            byline = part
        elif name is None and reason is None and is_publication_name(part):
            name = part
        elif desk is None and part.casefold() in _DESKS:
            desk = part
        else:
            return None
    if when is None or not (name or byline or desk):
        return None
    return PublicationLine(name, byline, when)
