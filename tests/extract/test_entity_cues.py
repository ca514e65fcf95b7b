"""Type cues in an article's own words that overrule a tagger's person label."""

from __future__ import annotations

import pytest

from copydesk.extract.article_mentions import candidates
from copydesk.extract.entity_options import EntityOptions
from copydesk.extract.nlp import Span
from copydesk.extract.votes import form_key, vote_types


def _types(text: str, tagged: dict[str, str]) -> dict[str, str]:
    spans = [Span(text.index(name), text.index(name) + len(name), name, label)
             for name, label in tagged.items()]
    found = candidates("a", text, spans)
    types = vote_types(found, EntityOptions()).types
    return {name: types.get(form_key(name), "none") for name in tagged}


def test_a_kind_of_organisation_before_a_name_outvotes_a_person_tag():
    # spaCy called "grid operator Ukrenergo" a person (thirty-fifth session)
    text = "The water operator Vodarna said on Monday that the carmaker Telvik would pay."
    assert _types(text, {"Vodarna": "PERSON", "Telvik": "PERSON"}) == {
        "Vodarna": "organisation", "Telvik": "organisation"}


def test_a_name_inside_the_next_names_role_is_no_person():
    # "State Duma deputy Ilya Zakharov": spaCy had made the Duma a person
    text = "Earlier, Veche deputy Orest Malko proposed a new working group on trade."
    assert _types(text, {"Veche": "PERSON", "Orest Malko": "PERSON"}) == {
        "Veche": "none", "Orest Malko": "person"}


@pytest.mark.parametrize("text", [
    # the name ends the sentence before: it is no part of the next name's role
    "The talks were led by Anselm Brodt. Deputy Minister Ivo Karst said little.",
    # two people: the role found before the second runs back over "and" to the first
    "The mayor met trader Anselm Brodt and minister Ivo Karst on Friday.",
])
def test_a_person_named_before_another_persons_title_keeps_the_tag(text: str):
    assert _types(text, {"Anselm Brodt": "PERSON", "Ivo Karst": "PERSON"}) == {
        "Anselm Brodt": "person", "Ivo Karst": "person"}


def test_a_nationality_before_its_noun_has_no_place_cue() -> None:
    # "grateful to the American people" had cued "American" as a place, and the corpus
    # vote of tests/data/cyrillic made it one
    from copydesk.extract.mentions import candidate_at

    text = "We are grateful to the American people, and to the Brisvanian crews."
    start = text.index("American")
    nationality = candidate_at("a", text, start, start + 8, "other")
    assert nationality is not None and nationality.cue is None
    # a place the tagger called a nationality keeps its cue ("from Dunholdt region")
    text = "Thousands were evacuated from Dunholdt region on Sunday."
    start = text.index("Dunholdt")
    place = candidate_at("a", text, start, start + 8, "other")
    assert place is not None and place.cue == "place"
