"""A big city named in another language is named as the English press names it, as a
country is (``country_mentions``): an Italian report's "Milano", a German one's
"Mailand" and an English one's "Milan" were three places, and a Polish report's
"Warszawa" another than "Warsaw".
"""

from __future__ import annotations

from dataclasses import replace

from copydesk.cities import LANGUAGE_COUNTRIES, english_city_name
from copydesk.extract.mentions import Candidate


def with_english_city_names(found: list[Candidate], language: str | None) -> list[Candidate]:
    """An article's candidates with each big city's name (:func:`english_city_name`) as
    their surface: places, and untyped names the vote may make one ("Milano ha …" opening
    a sentence must meet "a Milano"); not a person's ("Lisboa" is a surname too)."""
    if language is None or language not in LANGUAGE_COUNTRIES:
        return found
    out = []
    for c in found:
        english = english_city_name(c.surface, language) if c.label in ("place", None) \
            else None
        out.append(replace(c, surface=english) if english else c)
    return out


__all__ = ["with_english_city_names"]
