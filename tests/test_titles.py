"""An article's shown title: one rule for the story record and every page."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copydesk.records import Article
from copydesk.stories.summary import article_meta
from copydesk.titles import EXCERPT_CHARS, UNTITLED, cut_at_word, shown_title

#: An untitled scrape: its first line runs past a headline's length.
TENT_TEXT = (
    "Volunteers at the Brackwater shelter served soup to two hundred families under new "
    "canvas roofing put up by the fire brigade on Sunday\n\n"
    "The shelter's coordinator said the old tarpaulins had torn in last week's gales."
)


def test_an_untitled_article_shows_untitled_and_an_excerpt_cut_at_a_word() -> None:
    """A story was titled "… under new canvas ro", its sources list said "… with fort"
    and its own page "(untitled)": each cut the text elsewhere, mid-word, unmarked."""
    shown = shown_title(None, TENT_TEXT)
    assert shown == (f"{UNTITLED} Volunteers at the Brackwater shelter served soup to two "
                     "hundred families under…")
    excerpt = shown.removeprefix(UNTITLED + " ").removesuffix("…")
    assert len(excerpt) <= EXCERPT_CHARS
    assert TENT_TEXT.startswith(excerpt + " ")  # whole words only
    assert shown_title("", TENT_TEXT) == shown_title("   ", TENT_TEXT) == shown


def test_a_short_untitled_text_is_shown_whole_and_a_longer_one_says_it_goes_on() -> None:
    assert shown_title(None, "Tide gauge reads 4.2 metres.") == \
        f"{UNTITLED} Tide gauge reads 4.2 metres."
    assert shown_title(None, "Tide gauge reads high\n\nThe harbour closed.") == \
        f"{UNTITLED} Tide gauge reads high…"
    assert shown_title(None, "") == shown_title(None, " \n ") == UNTITLED


def test_a_text_without_spaces_is_cut_at_the_limit() -> None:
    text = "港" * 200
    shown = shown_title(None, text)
    assert shown == f"{UNTITLED} {'港' * EXCERPT_CHARS}…"


def test_the_story_record_takes_the_same_title_as_the_pages() -> None:
    untitled = Article(id="u1", source="x.txt", text=TENT_TEXT)
    assert article_meta(untitled).title == shown_title(None, TENT_TEXT)
    long = Article(id="t1", source="x.txt", text="Body.", title="Quay " * 100)
    assert article_meta(long).title == shown_title(long.title) != long.title[:160]
    assert article_meta(long).title.endswith("Quay…")


@given(st.text(max_size=400), st.integers(1, 120))
def test_a_cut_is_a_prefix_of_whole_words(text: str, limit: int) -> None:
    cut, was_cut = cut_at_word(text, limit)
    collapsed = " ".join(text.split())
    assert len(cut) <= limit and collapsed.startswith(cut)
    assert was_cut == (len(collapsed) > limit)
