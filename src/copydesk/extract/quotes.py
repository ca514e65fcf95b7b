"""Direct quotations and who said them.

Finding quotes is :mod:`copydesk.extract.quote_spans`.

Finding the speaker. The attribution sits after the quote (`"…," Blinken
said.`, `"…," said the official.`, `"…," he told reporters.`) or before it
(`Blinken said: "…"`). The clause is cut at the speech verb; the subject is
resolved from the named mentions the entity stage found in it (a name → its
canonical entity), "he"/"she" → the one person the quote's paragraph names, else
the most recent person who was the subject of a sentence or the speaker of an
earlier quote, and otherwise the nominal text ("the foreign ministry") is kept as
the speaker with no entity. "The official" is replaced by the phrase that
introduced that official a few paragraphs up ("a senior port official"). A
participle after a comma (`…, saying “…”`) gives the quote to the subject of the
clause before the comma, never to a possessive ("Blinken's talks came a day after
Biden erred, announcing …" is Biden's).

This module runs those rules in order for each quote and keeps what they need of the
quotes before (who spoke, how an official was introduced). The rules live beside it: the
attribution after the quote (:mod:`copydesk.extract.attribution_after`) or before it
(:mod:`copydesk.extract.attribution_before`), the speech verb's subject
(:mod:`copydesk.extract.attribution_subject`), a speaker with no name
(:mod:`copydesk.extract.nominal_speakers`), a quote with no attribution of its own
(:mod:`copydesk.extract.unattributed_quotes`), "the statement said"
(:mod:`copydesk.extract.statement_issuers`), and "the governor", "the company" or "the
official" introduced earlier (:mod:`copydesk.extract.described_speakers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.extract.attribution_after import after_clause, opens_next_statement, resolve_after
from copydesk.extract.attribution_before import resolve_before
from copydesk.extract.described_speakers import (
    described_earlier,
    organisation_named,
    titled_before,
)
from copydesk.extract.french_speech import NO_ONE_AFTER
from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import (
    NamedMention,
    Speaker,
    before_clause,
    named_before,
    subject_mentions,
)
from copydesk.extract.quote_spans import QuoteSpan, find_quote_spans
from copydesk.extract.quotes_other import (
    clause_speaker,
    introduced_before,
    statement_speaker,
    unnamed_speaker,
)
from copydesk.extract.speech_verbs import Words, words_for
from copydesk.extract.statement_issuers import A_STATEMENT, statement_issuer
from copydesk.extract.unattributed_quotes import IT_SAID, introduced, same_turn, sentence_subject
from copydesk.records import Quote, content_id


def find_quotes(
    article_id: str,
    text: str,
    mentions: Sequence[NamedMention],
    options: QuoteOptions | None = None,
    language: str | None = None,
) -> list[Quote]:
    """The quotes of one article with speakers resolved against its named mentions;
    ``language`` (the article's) adds that language's speech words where there are any
    (:mod:`copydesk.extract.speech_other`)."""
    options = options or QuoteOptions()
    words = words_for(language)
    spans = find_quote_spans(text, options.min_words)
    inside = [(s.open, s.close) for s in spans]
    # Speakers are people and organisations named outside quotes; places never speak.
    people = [
        m for m in sorted(mentions, key=lambda m: m.start)
        if m.type != "place" and not any(a <= m.start < b for a, b in inside)
    ]
    subjects = subject_mentions(text, [m for m in people if m.type == "person"],
                                words.speech)
    quotes: list[Quote] = []
    said: list[tuple[int, Speaker]] = []  # (position, speaker) of attributed quotes so far
    described: dict[str, tuple[int, str]] = {}  # head noun -> (position, description)
    previous: tuple[QuoteSpan, Speaker] | None = None
    for span in spans:
        issuer = (statement_speaker(text, span.close + 1, people)
                  if words.speech is not None else None)
        speaker = issuer or _attribute(text, span, people, subjects, said, options, words)
        anyone = issuer is None and not NO_ONE_AFTER.match(text, span.close + 1)
        if speaker.name is None and anyone:
            speaker = sentence_subject(text, span, subjects, options) or speaker
        if speaker.name is None and anyone and words.speech is not None:
            speaker = clause_speaker(text, span, people, subjects, said,
                                     options.before_window, words.speech) or speaker
        if speaker.name is None and anyone and previous is not None and not IT_SAID.match(
                text, span.close + 1) and same_turn(text, previous[0], span, previous[1],
                                                    subjects):
            speaker = previous[1]
        if speaker.name is None and anyone and words.speech is not None:
            speaker = introduced_before(text, span, people) or speaker
        if speaker.name is None and anyone and words.speech is None:
            speaker = introduced(text, span, people, subjects, said) or speaker
        if speaker.name is not None and speaker.entity_id is None and A_STATEMENT.fullmatch(
                speaker.name):
            speaker = statement_issuer(text, span.open, people, options) or speaker
        if speaker.name is not None and speaker.entity_id is None:
            speaker = (named_before(speaker, people, span.open,
                                    any_surname=words.speech is not None)
                       or titled_before(text, speaker, people, span.open)
                       or organisation_named(text, speaker, people, span.open)
                       or described_earlier(text, span.open, speaker, described, options))
        if words.speech is not None and speaker.entity_id is None and speaker.name:
            speaker = unnamed_speaker(speaker.name, words.speech)
        if speaker.name is not None:
            said.append((span.open, speaker))
        previous = (span, speaker)
        quotes.append(
            Quote(
                id=content_id(article_id, str(span.start), str(span.end)),
                article_id=article_id,
                start=span.start,
                end=span.end,
                text=text[span.start:span.end],
                speaker=speaker.name,
                speaker_entity_id=speaker.entity_id,
            )
        )
    return quotes


def _attribute(
    text: str,
    span: QuoteSpan,
    people: list[NamedMention],
    subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
    options: QuoteOptions,
    words: Words,
) -> Speaker:
    after = after_clause(text, span.close + 1, options.after_window)
    if after is not None and not opens_next_statement(text, span, after, words):
        found = resolve_after(text, after, span, people, subjects, said, options, words)
        if found is not None:
            return found
    before = before_clause(text, span.open, options.before_window)
    if before is not None:
        found = resolve_before(text, before, span, people, subjects, said, options, words)
        if found is not None:
            return found
    return Speaker(None, None)
