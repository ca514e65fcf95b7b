"""Given names of European languages, to tell a person's full name from other names.

German, Spanish, Italian, Portuguese and Dutch names are found by lexical rules
(``extract/lexical_other``), and two capitalised words with no cue around them ("Elena
Sartori", "Thomas Berghaus") were left untyped: kept only when a title or another
report typed them, which a name said once never is. A given name first says "person".

The lists are Faker's per-locale given names (MIT; ``faker.providers.person``): the one
maintained, permissively licensed set of given names per language on PyPI. gender-guesser's
larger list is GPLv3, which an Apache-2.0 tool cannot depend on. Faker is used for its
data only; nothing random is drawn. Names travel, so the lists of every locale below are
one set ("Thomas Berghaus" in an Italian report).
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import lru_cache

#: Faker locales whose given names are read.
LOCALES = ("en_US", "en_GB", "de_DE", "de_AT", "de_CH", "es_ES", "es_MX", "it_IT", "pt_PT",
           "pt_BR", "nl_NL", "nl_BE", "fr_FR", "fr_CH", "pl_PL", "cs_CZ", "sv_SE", "da_DK",
           "no_NO", "fi_FI")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of :data:`LOCALES`, lower case and without accents."""
    found: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for field in ("first_names_male", "first_names_female", "first_names"):
            for name in getattr(provider, field, ()):
                if name.isalpha():
                    found.add(_key(name))
    return frozenset(found)


def is_given_name(word: str) -> bool:
    return _key(word) in given_names()


def _key(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
