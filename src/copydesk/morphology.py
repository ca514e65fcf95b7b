"""Russian and Ukrainian word readings (pymorphy3), shared by the stages that read them.

The extract stage puts a Russian or Ukrainian name back in the nominative to know who
is meant; the stories stage does the same so that "с Блинкеном" and "Blinken" are one
name of one event. One analyser per language, loaded once, and one cache of readings:
a stage must not import another, and two caches would parse each word twice.

pymorphy3 with its Russian and Ukrainian dictionaries (OpenCorpora's and LanguageTool's,
in the pinned ``pymorphy3-dicts-ru`` and ``-uk`` wheels) gives each word's readings.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: Languages pymorphy3 has dictionaries for here.
LANGUAGES = frozenset({"ru", "uk"})


@lru_cache(maxsize=2)
def _analyzer(language: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=65536)
def readings_of(word: str, language: str) -> tuple[Any, ...]:
    """The dictionary's readings of ``word`` (pymorphy3 parses), most likely first."""
    return tuple(_analyzer(language).parse(word))


def is_known(word: str, language: str) -> bool:
    """Whether the language's dictionary has the word (not only its guesser)."""
    return bool(_analyzer(language).word_is_known(word.lower()))


def plain_e(form: str, word: str) -> str:
    """The dictionary writes ё where the press mostly writes е ("Анналёна")."""
    return form if "ё" in word.lower() else form.replace("ё", "е")


def cased(form: str, like: str) -> str:
    """``form`` written as ``like`` is: capitalised, each part of a hyphenated word too."""
    if like.isupper():
        return form.upper()
    parts = form.split("-")
    model = like.split("-")
    if len(parts) == len(model):
        return "-".join(p.capitalize() if m[:1].isupper() else p
                        for p, m in zip(parts, model, strict=True))
    return form[:1].upper() + form[1:] if like[:1].isupper() else form
