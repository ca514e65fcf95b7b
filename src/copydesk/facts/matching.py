"""How alike two texts must be to be one: the thresholds, the normalisation, subjects.

``ReconcileOptions`` holds the thresholds every reconciling module reads; it lives here,
beneath them, and not beside ``reconcile``, so that none of them imports the entry
point. Subjects are matched here too, by the same normalised fuzzy ratio that quotes use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from copydesk.facts.claim_types import Claim

__all__ = ["ReconcileOptions", "normalise_text", "subject_groups", "subjects_match"]


@dataclass(frozen=True, slots=True)
class ReconcileOptions:
    """How claims are matched and compared.

    ``tolerance``: relative difference beyond which two numbers for the same
    (subject, counted thing) conflict; 0.10 is the issue's stated default.
    ``subject_similarity``: token-set ratio (0–100) for two subjects to be one;
    85 joins "Joe Biden"/"President Joe Biden" and keeps "Russia"/"Belarus" apart
    (checked on the seeds' and demo's entity names).
    ``quote_similarity``: ratio for two quotes of one speaker to be the same
    quote when the extract stage did not link them; 90 tolerates a changed word
    or punctuation in a copy, not a different sentence.
    """

    tolerance: float = 0.10
    subject_similarity: float = 85.0
    quote_similarity: float = 90.0


def normalise_text(text: str) -> str:
    """Lower case, letters and digits only, single spaces: for comparing quotes."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[^\W_]+", folded))


def subjects_match(a: str, b: str, opts: ReconcileOptions) -> bool:
    if not a or not b:
        return True
    return fuzz.token_set_ratio(normalise_text(a), normalise_text(b)) >= opts.subject_similarity


def subject_groups(claims: list[Claim], opts: ReconcileOptions) -> list[list[Claim]]:
    """Greedy, in a fixed order: a claim joins the first group whose named subjects it
    matches. A place matches a person or an organisation: the nearest name before a
    figure is often only where it happened ("Nunez, who won the Northfield runoff with
    54.2%", "the governor, visiting Pinecrest, promised $20 million"), and a facts
    probe's 54.2 % against 52.4 % and $20 million against $25 million were two facts
    each with no conflict. Two places, or two people, stay apart."""
    groups: list[list[Claim]] = []
    for c in claims:
        for g in groups:
            named = [x for x in g if x.subject]
            if all(subjects_match(c.subject, x.subject, opts)
                   or (c.subject_type == "place") != (x.subject_type == "place")
                   for x in named[:3]):
                g.append(c)
                break
        else:
            groups.append([c])
    return groups
