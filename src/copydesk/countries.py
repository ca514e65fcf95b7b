"""Countries' names in the languages copydesk reads, each keyed by the English name the
English press writes: Deutschland, Allemagne, Alemania and Німеччина are Germany.

A German, a French and a Spanish report of one event had each had its own Germany (and
a fourth in English): no spelling rule joins "Deutschland" and "Germany". The names come
from pycountry's translations of ISO 3166 (the Debian iso-codes catalogues, kept up to
date by their translators), not from a list of our own, and are read once, on first use.

The English side is the ISO name as the press writes it: its common name where ISO has
one ("Iran" for "Iran, Islamic Republic of"), and two names of our own where ISO's is
not the press's (:data:`PRESS_NAMES`). A translated name is kept only when it means one
country (French "Corée" is either Korea) and is no common English word (an English
report's "Island" is no Iceland) nor a city's or a given name (:data:`NOT_THE_COUNTRY`);
one with a comma gives the words before it ("Russie, Fédération de" is "Russie").
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Any

from wordfreq import zipf_frequency

#: Languages whose country names are read: those copydesk extracts names from.
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk")
#: ISO names the English press does not write (by alpha-2 code).
PRESS_NAMES = {"RU": "Russia", "TR": "Turkey"}
#: Names the Russian and Ukrainian press writes where their catalogues give only the
#: official one ("Российская Федерация", "Соединённое Королевство", "Республика Молдова").
PRESS_LOCAL = {"россия": "russia", "великобритания": "united kingdom",
               "молдова": "moldova", "молдавия": "moldova"}
#: A translated name at least this common as an English word is left out (Zipf scale):
#: "island" (German for Iceland), "christmas", "chili", "grenade" (French for Christmas
#: Island, Chile, Grenada); "Italia" and "Brasil" (3.2–3.4) are kept.
MAX_ENGLISH_ZIPF = 3.5
#: Translated names that are also a city's or a person's the press writes more: Spanish
#: "Granada" is Grenada too, and "Mauricio", Italian "Maurizio", French "Dominique" and
#: "Salomon" are given names before they are Mauritius, Dominica and the Solomon Islands.
NOT_THE_COUNTRY = frozenset({"granada", "mauricio", "maurizio", "dominique", "salomon"})


def english_name(localised: str) -> str | None:
    """The English name of the country ``localised`` names (any case), if one."""
    return _table().get(localised.lower().replace("ё", "е"))


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first words of the names (lower case): where a name may start at all."""
    return frozenset(name.split(" ")[0] for name in _table())


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """Every country's English name as the table gives it (lower case)."""
    import pycountry

    return frozenset(_press_name(c) for c in pycountry.countries)


def _press_name(country: Any) -> str:
    """The English name the press writes (lower case): ours, else ISO's common name,
    else its name up to a comma."""
    name = PRESS_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) \
        or country.name
    return str(name).split(",")[0].strip().lower()


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    import pycountry

    english: dict[tuple[str, ...], str] = {}
    for country in pycountry.countries:
        written = (country.name, getattr(country, "common_name", None),
                   getattr(country, "official_name", None))
        english[tuple(str(n) for n in written if n)] = _press_name(country)
    taken = english_names()  # "Niger" in any language stays Niger
    seen: dict[str, set[str]] = {}
    for language in LANGUAGES:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                        languages=[language], fallback=True)
        for iso_names, name in sorted(english.items()):
            # the ISO name, and the common and official names where the catalogue has
            # them ("Південна Корея"; "Сполучені Штати Америки" where the name is "США")
            for iso_name in iso_names:
                local = catalogue.gettext(iso_name).split(",")[0].strip().lower()
                local = local.replace("ё", "е")
                if local and local not in taken:
                    seen.setdefault(local, set()).add(name)
    return PRESS_LOCAL | {local: next(iter(names)) for local, names in sorted(seen.items())
                          if len(names) == 1 and zipf_frequency(local, "en") < MAX_ENGLISH_ZIPF
                          and local not in NOT_THE_COUNTRY}


__all__ = ["LANGUAGES", "english_name", "english_names", "first_words"]
