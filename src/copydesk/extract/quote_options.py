"""How quotes are found and attributed, kept apart from the quote finder: every rule
module reads these limits and the finder imports the rules, so the options sit below
both (as entity_options.py does for entities) rather than each rule importing the finder."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteOptions:
    """How quotes are found and attributed."""

    #: Quotes of fewer words are scare quotes or titles ("Neptune 22", ‘relentless’),
    #: not statements; 3 keeps short statements like "total misinformation here".
    min_words: int = 2
    #: How far (characters) after the closing mark the attribution may run.
    after_window: int = 140
    #: How far before the opening mark the attribution may start.
    before_window: int = 200
    #: Longest nominal speaker kept, in words ("a US official who spoke on…" is cut).
    max_nominal_words: int = 8
    #: Most words between a speech verb and a quote later in its sentence for the
    #: verb's subject to be the speaker (reported speech; the seeds' longest is 19).
    max_reported_words: int = 25
    #: How far back (characters) "the official" looks for "a senior official" (about
    #: three news paragraphs: further back, another official has often been introduced).
    antecedent_window: int = 1_000
