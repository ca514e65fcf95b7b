"""Lines around a plain-text article that users found misread: a cookie banner over the
headline, a writer's biography after the last paragraph, and a line under the headline
that gives the outlet, the writer and the time together."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from copydesk.clean import SiteLines, clean_documents
from copydesk.clean.patterns import junk_reason
from copydesk.records import Article, RawDocument, Removed

HEADLINE = "Volunteers pull two anglers from the Orrin estuary at low tide"
PARAGRAPHS = (
    "The inshore crew at Saltholm launched just after six when a walker on the sea wall "
    "reported two men stranded on a sandbar as the water began to rise.",
    "Both anglers were taken back to the slipway wet and shaken but unharmed, and a "
    "paramedic checked them over before they were driven home.",
    "The station manager urged anyone fishing the estuary to check the tide tables and "
    "to carry a phone in a waterproof pouch.",
)
BANNER = "We use cookies to give you the best experience on this site. Accept cookies"


def clean_one(*lines: str, **fields: str) -> Article:
    (article,) = clean_documents([RawDocument(source="story.txt", body="\n\n".join(lines),
                                              **fields)])
    assert isinstance(article, Article), article
    return article


def reasons_of(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


# --- cookie banners ---------------------------------------------------------------------


def test_a_cookie_banner_over_the_headline_is_no_title() -> None:
    """A user's text file opened with a cookie banner: it was stored as the title, and the
    real headline was removed as site chrome."""
    article = clean_one(BANNER, HEADLINE, *PARAGRAPHS)
    assert article.title == HEADLINE
    assert reasons_of(article) == {BANNER: "cookie notice"}
    assert article.text.split("\n\n") == list(PARAGRAPHS)


def test_a_cookie_banner_after_the_article_is_a_cookie_notice() -> None:
    """The same line at the end was removed as "trailing chrome"."""
    article = clean_one(HEADLINE, *PARAGRAPHS, BANNER)
    assert reasons_of(article) == {BANNER: "cookie notice"}
    # ... and pasted between paragraphs, its button still makes it a banner
    assert junk_reason(BANNER) == "cookie notice"


@pytest.mark.parametrize("banner", [
    "This website uses cookies.",  # short: it read as a headline, the real one was chrome
    "We and our partners use cookies on this site to measure how it is used.",  # prose
    "Our use of cookies",
])
def test_a_sites_words_about_its_cookies_at_the_edges_are_a_cookie_notice(banner: str) -> None:
    short = "Anglers rescued at Saltholm"
    for lines in ([banner, short, *PARAGRAPHS], [short, *PARAGRAPHS, banner]):
        article = clean_one(*lines)
        assert article.title == short
        assert reasons_of(article) == {banner: "cookie notice"}
        assert article.text.split("\n\n") == list(PARAGRAPHS)


@pytest.mark.parametrize("banner", [
    "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Tout refuser",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar",
    "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Alle akzeptieren",
    "We and our 842 partners use cookies and similar technologies on your device.",
])
def test_banners_in_other_languages_and_with_partners_are_no_title(banner: str) -> None:
    """A regression probe: French, Spanish and German banners over the headline were the
    title, and "We and our 842 partners use cookies…" stayed as the text's first line."""
    article = clean_one(banner, HEADLINE, *PARAGRAPHS)
    assert article.title == HEADLINE
    assert reasons_of(article) == {banner: "cookie notice"}


def test_headlines_and_sentences_about_cookies_are_kept() -> None:
    for headline in ("Saltholm bakery's cookies win the county fair",
                     "Should you accept cookies? What the new rules mean for shoppers"):
        article = clean_one(headline, *PARAGRAPHS)
        assert article.title == headline and not article.removed
    # in the body a speaker may say it, over several paragraphs of a quotation
    said = "We use cookies from the bakery next door in every dessert on the menu."
    article = clean_one(HEADLINE, PARAGRAPHS[0], said, *PARAGRAPHS[1:])
    assert said in article.text.split("\n\n")
    # A regression probe: a headline, a lead and a last quotation about a site's cookies
    # were removed as its banner.
    for headline in ("Regulator: 'We Use Cookies' Banners Mislead Users",
                     "We Use Cookies to Track You, Lawsuit Claims"):
        article = clean_one(headline, *PARAGRAPHS)
        assert article.title == headline and not article.removed
    lead = ("This website uses cookies: that sentence, shown billions of times a day, may "
            "soon come with a one-click \u201cReject all\u201d button.")
    quoted = ("\u201cWe use cookies to track you, and we share what we learn,\u201d the "
              "lawsuit quotes an internal memo as saying.")
    article = clean_one(HEADLINE, lead, *PARAGRAPHS, quoted)
    assert article.text.split("\n\n") == [lead, *PARAGRAPHS, quoted]


# --- a writer's biography at the end ------------------------------------------------------

BIO = "Linnea Sarto covers health and the coast for the Brightwell Courier."


def test_a_biography_under_about_the_author_goes_with_its_label() -> None:
    """The label went and the biography under it stayed as the last paragraph."""
    for bio in (BIO, "She writes about health and the coast for the Brightwell Courier."):
        article = clean_one(HEADLINE, *PARAGRAPHS, "About the author", bio)
        assert reasons_of(article) == {"About the author": "author box", bio: "author box"}
        assert article.text.split("\n\n") == list(PARAGRAPHS)
    # the article's own sentences under a header it happens to have stay
    last = "The crew were back at the station before the tide turned at half past eight."
    article = clean_one(HEADLINE, *PARAGRAPHS, "About the author", last)
    assert article.text.split("\n\n")[-1] == last


@pytest.mark.parametrize(("byline_line", "metadata"), [
    ("By Linnea Sarto", None), (None, "Linnea Sarto"), (None, "Oskar Vell and Linnea Sarto"),
    ("By Linnea Sarto, Health Reporter", None),
])
def test_a_last_line_about_the_bylines_writer_is_an_author_box(
    byline_line: str | None, metadata: str | None
) -> None:
    lines = [HEADLINE, byline_line] if byline_line else [HEADLINE]
    fields = {"byline": metadata} if metadata else {}
    for bio in (BIO, "Linnea Sarto is a health reporter for the Brightwell Courier. Write "
                     "to her with news from the coast."):
        article = clean_one(*lines, *PARAGRAPHS, bio, **fields)
        assert Removed(bio, "author box") in article.removed
        assert article.text.split("\n\n") == list(PARAGRAPHS)


@pytest.mark.parametrize(("last", "byline"), [
    (BIO, None),  # no byline to name: it may be the article's sentence
    (BIO, "Oskar Vell"),  # another person's: a story about the paper's staff
    ("Oskar Vell covers the inquiry for the Brightwell Courier, which broke the story.",
     "Linnea Sarto"),
    ("The council covers the cost of the estuary patrols, the station manager said.",
     "Linnea Sarto"),
    # a regression probe: the money sense of "covers", an attribution, and a news sentence
    # after a biography's
    ("Linnea Sarto covers the legal costs under the paper's insurance, the court heard.",
     "Linnea Sarto"),
    ("Linnea Sarto covers the coast for the Brightwell Courier and was hurt there in "
     "2022, the exhibition notes say.", "Linnea Sarto"),
    ("Linnea Sarto covers the coast for the Brightwell Courier. She was released without "
     "charge on Sunday.", "Linnea Sarto"),
])
def test_a_last_sentence_that_is_no_biography_of_the_writer_stays(
    last: str, byline: str | None
) -> None:
    fields = {"byline": byline} if byline else {}
    article = clean_one(HEADLINE, *PARAGRAPHS, last, **fields)
    assert article.text.split("\n\n")[-1] == last


# --- the outlet, writer and time on one line under the headline ---------------------------


def _at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=timezone.utc)


@pytest.mark.parametrize(("line", "site", "byline", "published"), [
    ("Tidewater Ledger | Posted 4 June 2025 07:35 UTC", "Tidewater Ledger", None, _at(4, 7, 35)),
    ("Tidewater Ledger · 4 June 2025", "Tidewater Ledger", None, _at(4)),
    ("By Oskar Vell | Tidewater Ledger | June 4, 2025 7:35 am", "Tidewater Ledger",
     "Oskar Vell", _at(4, 7, 35)),
    # a time's "a.m." ends the line in a full stop: it read as the body's first sentence
    ("By Oskar Vell | Tidewater Ledger | June 4, 2025 7:35 a.m.", "Tidewater Ledger",
     "Oskar Vell", _at(4, 7, 35)),
    ("Tidewater Ledger | 4 June 2025 | 07:35 UTC", "Tidewater Ledger", None, _at(4, 7, 35)),
    ("Tidewater Ledger — Updated 4 June 2025 at 7:35 pm", "Tidewater Ledger", None,
     _at(4, 19, 35)),
    ("By Oskar Vell | June 4, 2025", None, "Oskar Vell", _at(4)),
    ("Politics | 4 June 2025", None, None, _at(4)),  # a desk, not the outlet's name
])
def test_a_line_of_outlet_writer_and_time_under_the_headline_is_read(
    line: str, site: str | None, byline: str | None, published: datetime
) -> None:
    """A user's text files had the outlet and the time on one line under the headline: the
    article was "unknown site" and undated."""
    article = clean_one(HEADLINE, line, *PARAGRAPHS)
    assert (article.title, article.site, article.byline, article.published) == (
        HEADLINE, site, byline, published)
    assert Removed(line, "dateline") in article.removed
    assert article.text.split("\n\n") == list(PARAGRAPHS)


def test_such_a_line_over_a_short_headline_or_above_it_is_no_title() -> None:
    short = "Anglers rescued at Saltholm"
    for line, byline in (("By Oskar Vell | Tidewater Ledger | June 4, 2025 7:35 am", "Oskar Vell"),
                         ("Tidewater Ledger · Wednesday, June 4, 2025", None)):
        for lines in ([short, line], [line, short]):
            article = clean_one(*lines, *PARAGRAPHS)
            assert (article.title, article.site, article.byline) == (
                short, "Tidewater Ledger", byline)
            assert article.published == (_at(4, 7, 35) if byline else _at(4))


def test_two_outlets_copies_of_one_text_are_two_articles() -> None:
    """Both copies were "unknown site", so their ids (the text's hash, keyed on the site)
    were one: the second outlet's copy was lost."""
    first, second = clean_documents([
        RawDocument(source=f"{i}.txt", body="\n\n".join([HEADLINE, line, *PARAGRAPHS]))
        for i, line in enumerate(("Tidewater Ledger | Posted 4 June 2025 07:35 UTC",
                                  "Brightwell Courier | Posted 4 June 2025 09:10 UTC"))])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.site, second.site) == ("Tidewater Ledger", "Brightwell Courier")
    assert first.text == second.text and first.id != second.id


def test_a_first_sentence_or_a_headline_with_a_date_is_not_such_a_line() -> None:
    sentence = "Tidewater Ledger readers — 1,200 of them — backed the new lifeboat on 4 June 2025."
    article = clean_one(HEADLINE, sentence, *PARAGRAPHS)
    assert article.text.split("\n\n")[0] == sentence and article.site is None
    # a headline in title case with its date is still the headline when it is the only one
    dated = "Anglers Rescued From Orrin Estuary — June 4, 2025"
    article = clean_one(dated, *PARAGRAPHS)
    assert article.title == dated


def test_an_outlets_name_after_the_dateline_under_the_headline_is_the_site() -> None:
    """An election probe's wire reports read "Published: 10 May 2026 23:40 UTC" under the
    headline and then the agency's name: it was removed and not read, so each of the
    wire's versions counted as a source of its own."""
    article = clean_one(HEADLINE, "Published: 4 June 2025 07:35 UTC", "Tidewater Ledger",
                        *PARAGRAPHS)
    assert (article.site, article.published) == ("Tidewater Ledger", _at(4, 7, 35))
    assert article.text.split("\n\n") == list(PARAGRAPHS)


@pytest.mark.parametrize("line", ["Askeport", "FERRO", "Ferro, Veldoria", "Fog."])
def test_a_place_after_the_dateline_is_no_site(line: str) -> None:
    """A regression probe: a dateline's place on the line after "Published: …" was taken
    for the outlet, and two papers from one town became one source."""
    article = clean_one(HEADLINE, "Published: 4 June 2025 07:35 UTC", line, *PARAGRAPHS)
    assert article.site is None


def test_the_lines_kept_at_the_cap_are_the_first_seen_whatever_the_hash_seed() -> None:
    """Lines were counted in a set's order, so once the cap was reached, which site lines
    were remembered (and so which chrome was removed later) changed from one process to
    the next: a reviewer got five different sets under five PYTHONHASHSEED values."""
    lines = [f"Follow us on network {n}" for n in range(12)]
    kept = SiteLines(limit=5)
    kept.add("harbor.example", lines + lines[:3])
    assert [line for line in lines if kept.count("harbor.example", line)] == lines[:5]
    assert [kept.count("harbor.example", line) for line in lines[:5]] == [1] * 5
    kept.add("other.example", ["Share this"])
    assert kept.count("other.example", "Share this") == 0  # full: nothing new is tracked
    assert [line for _site, line, _n in kept.take_changes()] == sorted(lines[:5])
