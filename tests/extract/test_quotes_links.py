"""The same quote across articles: copied, cut, spun, translated; and what must not link."""

from __future__ import annotations

from dataclasses import replace

from copydesk.extract.quote_links import link_quotes
from copydesk.records import Quote, content_id

ORIGINAL = (
    "We did not expect a breakthrough at this meeting, but we now understand each other "
    "much better and we will keep talking next week in Vienna."
)
SPUN = (
    "We did not anticipate a leap forward at this assembly, however we now comprehend one "
    "another far better and we shall continue speaking subsequent week in Vienna."
)
TRANSLATED = (
    "We were not expecting a breakthrough from this meeting, but now we understand one "
    "another better, and talks will continue in Vienna next week."
)
SAME_SPEAKER_OTHER = (
    "The sanctions will stay in place until every soldier has gone home, and we will keep "
    "talking with our allies about next steps."
)
FRAGMENT = "we now understand each other much better"
UNRELATED = "We will not accept any plan that was written without the people of the valley."


def quote(article: str, text: str, speaker: str | None = "e-ada") -> Quote:
    return Quote(
        id=content_id(article, text), article_id=article, start=0, end=len(text), text=text,
        speaker="Ada Mertens" if speaker else None, speaker_entity_id=speaker,
    )


def at(q: Quote, start: int) -> Quote:
    """The quote placed at another offset (translation pairing goes by text order)."""
    return replace(q, start=start, end=start + len(q.text))


def links(quotes: list[Quote], related: list[tuple[str, str]] | None = None) -> dict[str, set]:
    out = link_quotes(quotes, related or [])
    return {q.text: {o.text for o in out if o.id in q.linked_quote_ids} for q in out}


def test_verbatim_copy_and_fragment_link_in_any_articles() -> None:
    found = links([quote("a", ORIGINAL, None), quote("b", ORIGINAL, None),
                   quote("c", FRAGMENT, None)])
    assert found[ORIGINAL] == {ORIGINAL, FRAGMENT}
    assert found[FRAGMENT] == {ORIGINAL}


def test_spun_and_translated_copies_link_through_the_speaker() -> None:
    found = links([quote("a", ORIGINAL), quote("b", SPUN), quote("c", TRANSLATED)])
    assert found[ORIGINAL] == {SPUN, TRANSLATED}


def test_spun_copy_links_through_a_reuse_relation_without_speakers() -> None:
    # Without a speaker and with the place name spun away, only the relation tells.
    spun = SPUN.replace("in Vienna", "in the capital")
    quotes = [quote("a", ORIGINAL, None), quote("b", spun, None)]
    assert links(quotes)[ORIGINAL] == set()
    assert links(quotes, [("b", "a")])[ORIGINAL] == {spun}


def test_names_and_numbers_skeleton_links_without_speakers() -> None:
    quotes = [quote("a", ORIGINAL, None), quote("b", SPUN, None)]
    assert links(quotes)[ORIGINAL] == {SPUN}


def test_different_quotes_of_one_speaker_do_not_link() -> None:
    found = links([quote("a", ORIGINAL), quote("b", SAME_SPEAKER_OTHER), quote("c", UNRELATED)])
    assert all(not v for v in found.values())


def test_spun_quotes_of_different_speakers_do_not_link() -> None:
    found = links([quote("a", ORIGINAL, "e-ada"), quote("b", SPUN, "e-tomas")], [("a", "b")])
    assert all(not v for v in found.values())


def test_quotes_in_one_article_are_not_linked_to_each_other() -> None:
    found = links([quote("a", ORIGINAL), quote("a", FRAGMENT)])
    assert all(not v for v in found.values())


def test_links_are_symmetric_and_sorted() -> None:
    out = link_quotes([quote("a", ORIGINAL), quote("b", SPUN), quote("c", TRANSLATED)])
    by_id = {q.id: q for q in out}
    for q in out:
        assert list(q.linked_quote_ids) == sorted(q.linked_quote_ids)
        for other in q.linked_quote_ids:
            assert q.id in by_id[other].linked_quote_ids
    assert [q.id for q in out] == sorted(q.id for q in out)


def test_translated_articles_pair_their_quotes_in_order() -> None:
    french_texts = (
        "Nous n'attendions pas de percée lors de cette réunion, mais nous nous comprenons "
        "bien mieux et nous continuerons à parler la semaine prochaine.",
        "Nous n'accepterons aucun plan écrit sans les habitants de la vallée.",
    )
    english = [at(quote("en", ORIGINAL), 10), at(quote("en", UNRELATED), 400)]
    french = [at(quote("fr", t, None), 20 + 500 * i) for i, t in enumerate(french_texts)]
    quotes = [*english, *french]
    # Across languages the words do not match, and a plain reuse relation is not enough.
    assert all(not v for v in links(quotes, [("en", "fr")]).values())
    out = {q.id: q for q in link_quotes(quotes, [("en", "fr")], translated=[("en", "fr")])}
    assert out[english[0].id].linked_quote_ids == (french[0].id,)
    assert out[english[1].id].linked_quote_ids == (french[1].id,)


def test_a_round_trip_in_one_language_pairs_only_quotes_that_match() -> None:
    """Two English reports typed a machine-translation round trip had their quotes paired
    by order alone: a minister's quote was linked to a union leader's, and a fact
    counted the minister's sources from both."""
    other = "Nobody should ever have died inside this building, and somebody must answer for it."
    a = [at(quote("en1", ORIGINAL), 10), at(quote("en1", UNRELATED), 400)]
    b = [at(quote("en2", SPUN), 10), at(quote("en2", other, "e-roth"), 400)]
    out = {q.id: q for q in link_quotes([*a, *b], translated=[("en1", "en2")])}
    assert out[a[0].id].linked_quote_ids == (b[0].id,)  # the same words, reworded
    assert out[a[1].id].linked_quote_ids == ()  # another quote, of another speaker
    # Across languages, a known other speaker is not paired either.
    french = at(quote("fr", "Nous n'accepterons aucun plan écrit sans la vallée.", "e-roth"), 20)
    first = at(quote("fr", "Nous n'attendions pas de percée lors de cette réunion, mais nous "
                           "nous comprenons bien mieux et nous continuerons à parler la "
                           "semaine prochaine à Vienne.", None), 5)
    out = {q.id: q for q in link_quotes([*a, first, french], translated=[("en1", "fr")])}
    assert out[a[0].id].linked_quote_ids == (first.id,)
    assert out[a[1].id].linked_quote_ids == ()


def test_translation_pairing_needs_the_same_number_of_quotes() -> None:
    quotes = [at(quote("en", ORIGINAL), 10), at(quote("en", UNRELATED), 400),
              at(quote("fr", "Nous n'accepterons aucun plan écrit sans la vallée.", None), 5)]
    out = link_quotes(quotes, translated=[("en", "fr")])
    assert all(not q.linked_quote_ids for q in out)


def test_links_are_capped_and_still_connect_the_whole_group() -> None:
    from copydesk.extract.quote_links import LinkOptions
    from copydesk.facts.claims import quote_groups

    copies = [quote(f"a{i:02d}", ORIGINAL) for i in range(12)]
    copies.append(at(quote("a00", FRAGMENT), 200))  # a second quote in one article
    whole = link_quotes(copies)
    assert all(len(q.linked_quote_ids) == (11 if q.article_id == "a00" else 12) for q in whole)
    capped = link_quotes(copies, options=LinkOptions(max_links=3))
    assert all(len(q.linked_quote_ids) == 3 for q in capped)
    first = sorted(q.id for q in capped)
    for q in capped:  # the group's smallest ids from other articles, in order
        assert list(q.linked_quote_ids) == [
            i for i in first if i not in {c.id for c in capped if c.article_id == q.article_id}
        ][:3]
    assert set(quote_groups(capped).values()) == {first[0]}
    assert quote_groups(capped) == quote_groups(whole)


def test_a_quote_republished_by_hundreds_of_sites_is_one_quote() -> None:
    """Every word of a wire quote copied into 400 articles is in more quotes than
    ``max_posting``, so no pair was compared and none was linked."""
    said = "We will keep the harbour open through the night until every ship is unloaded"
    quotes = [quote(f"site-{i:03d}", said, speaker=None) for i in range(400)]
    linked = link_quotes(quotes)
    assert all(q.linked_quote_ids for q in linked)
    assert len({q.linked_quote_ids[0] for q in linked[1:]}) == 1  # one group, its first id


def test_two_quotes_of_one_speaker_sharing_an_ending_do_not_link() -> None:
    """A union leader's two quotes, days apart, ending alike (character ratio 56, at the
    bar): one quote, cited to articles that never carried the other (an incremental-run
    probe). With the speaker alone in common, most content words must be shared."""
    first = "Our drivers have waited three years for a fair contract"
    later = "It is not everything we asked for, but it is a fair contract"
    linked = link_quotes([quote("a", first), quote("b", later)])
    assert all(not q.linked_quote_ids for q in linked)
    reworded = link_quotes([quote("a", "We will not back down"),
                            quote("b", "We are not going to back down now")])
    assert all(q.linked_quote_ids for q in reworded)
