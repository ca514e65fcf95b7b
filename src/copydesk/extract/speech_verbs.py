"""The speech verbs an attribution is recognised by, in one place because the rules for
the clause after a quote and the clause before it must read the same verbs.

One list is read in every text: English verbs, French ones
(:mod:`copydesk.extract.french_speech`), and a few of the languages news is most often
translated into, so that a translation keeps its speakers. German, Spanish, Italian,
Portuguese and Dutch text also gets that language's own list
(:mod:`copydesk.extract.speech_other`), and only there, since those words are words of
other languages too."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from copydesk.extract.french_speech import FRENCH_SPEECH
from copydesk.extract.speech_other import Speech, speech_for

_SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted",
    "notes", "warned", "warns", "explained", "explains", "insisted", "insists", "stressed",
    "declared", "wrote", "writes", "asked", "asks", "replied", "continued", "argued", "argues",
    "claimed", "claims", "remarked", "recalled", "commented", "instructed", "mentioned",
    "announced", "emphasized", "emphasised", "urged", "acknowledged", "admitted", "conceded",
    "confirmed", "reiterated", "cautioned", "observed", "promised", "pointed out", "dismissed",
    "according to", "tweeted", "posted", "responded", "quipped", "vowed", "predicted",
    "disagreed", "agreed", "countered", "objected", "retorted", "protested", "complained",
    # The languages news is translated into most in the corpora copydesk reads: a
    # translation's quotes keep their speaker ("„…“, sagte Halvik").
    "sagte", "sagt", "erklärte", "betonte", "fügte hinzu", "dijo", "afirmó", "declaró",
    "añadió", "aseguró", "escribió", "explicó", "a déclaré", "a dit", "a affirmé", "a ajouté",
    "a souligné", "a écrit", "a expliqué", "schrieb",
    *FRENCH_SPEECH,
)
#: "According to" also opens a sentence, capitalised.
_VERB_WORDS = "|".join(v.replace(" ", r"\s+") for v in _SPEECH_VERBS) + r"|According\s+to"
_VERB = re.compile(rf"\b(?:{_VERB_WORDS})\b")


@dataclass(frozen=True, slots=True)
class Words:
    """The speech words a text is read with: the finder's own verbs, and for German,
    Spanish, Italian, Portuguese and Dutch text that language's too."""

    verb: re.Pattern[str]
    speech: Speech | None


@functools.cache
def words_for(language: str | None) -> Words:
    speech = speech_for(language)
    if speech is None:
        return Words(_VERB, None)
    return Words(re.compile(rf"\b(?:{speech.verbs}|{_VERB_WORDS})\b"), speech)
