"""Titles written with a full stop before a name ("Sgt. Maria Lopez", "Gov. Ada Roe").

Several stages cut text into sentences, and each cut after "Sgt." lost the name from
its title: the story anchors moved the lead, the quote finder gave a quote to a person
called "Sgt", the report quoted a sentence ending "according to Lt.". One list, so that
a stage cannot miss a title another knows. "Dr." and "St." are left out: on a street
("on Maple Dr. Police said…", "Elm St. Firefighters…") their dot does end a sentence,
and a stage that keeps them (the report) weighs the next word first.
"""

from __future__ import annotations

TITLE_ABBREVIATIONS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Mx", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Sgt",
    "Capt", "Cpt", "Cpl", "Adm", "Cmdr", "Rev", "Hon", "Supt", "Insp", "Det",
    # French forms of address ("a déclaré M. Ould Cheikh", "Mme Traoré" is written bare).
    "M", "Mme", "Mlle",
)


def not_after_title(stop: str = r"\.", also: tuple[str, ...] = ()) -> str:
    """A regex piece to put right after a full stop ``stop``: it fails when the stop
    closes one of the titles, or of ``also`` (fixed-width lookbehinds, one per title)."""
    return "".join(rf"(?<!\b{word}{stop})" for word in (*TITLE_ABBREVIATIONS, *also))


__all__ = ["TITLE_ABBREVIATIONS", "not_after_title"]
