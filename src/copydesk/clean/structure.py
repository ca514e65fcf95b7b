"""Where a line sits in an article decides what it can be.

Scraper chrome gathers before the article starts (section labels, blog names)
and after it ends (comment forms, related-post lists with their publisher
lines); the body runs from the first to the last line of prose. A short line
*inside* the body is a subheading and is kept; the same short line in the head
or the tail is chrome. This is what lets the cleaner generalise beyond its
patterns without ever cutting a sentence of the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from copydesk.clean.authors import MAX_BIO_WORDS, bio_subject
from copydesk.clean.masthead import publication_line
from copydesk.clean.patterns import is_cookie_talk, is_date_line, junk_reason
from copydesk.clean.wordcount import count_words

#: A line this long is prose even without final punctuation (a paragraph a
#: scraper cut off mid-sentence is still article text).
PROSE_WORDS = 25
#: A sentence-like line needs at least this many words to open or close the body
#: ("Rain is forecast to ease on Thursday." is a closing line of an article).
MIN_SENTENCE_WORDS = 5
#: Head/tail lines up to this many words are chrome candidates.
CHROME_WORDS = 3
#: A standfirst (summary under the headline) has at least this many words.
STANDFIRST_WORDS = 6
#: A headline has between these many words.
HEADLINE_WORDS = (3, 30)
#: A headline this long is preferred over shorter head lines (blog names, sections).
FULL_HEADLINE_WORDS = 5
#: Short lines repeated this often inside one article are publisher/list lines.
REPEATS_IN_DOC = 2

_END = re.compile(r"[.!?…:;\"”’')\]。！？」』）]$")
#: A closing quote or bracket with no stop before it: no sentence's end in a headline.
_BARE_CLOSE = re.compile(r"[^.!?…,;:][\"”’')\]]+$")
#: Navigation and taglines join parts with these: "Home » World", "Site | Tagline".
_SEPARATED = re.compile(r"\s[|»›•·]\s")
_BREADCRUMB = re.compile(r"\s[»›>]\s")


def words(line: str) -> int:
    return count_words(line)


def is_prose(line: str) -> bool:
    n = words(line)
    # (a sentence's stop may come before emoji: "… remain suspended. 🚢🌊", the last
    # sentence of a web probe's article, was cut as trailing chrome; a dateline's may be
    # its time's: "Harbor Daily | June 5, 2025 8:10 a.m." opened the body)
    return n >= PROSE_WORDS or (
        n >= MIN_SENTENCE_WORDS and bool(_END.search(_TRAILING_SYMBOLS.sub("", line)))
        and publication_line(line) is None)


#: Emoji and pictographs after a line's last word.
_TRAILING_SYMBOLS = re.compile("[\\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")


def is_standfirst(line: str) -> bool:
    """A summary sentence under the headline: a sentence, not a tagline."""
    return (
        words(line) >= STANDFIRST_WORDS and bool(_END.search(line)) and not _SEPARATED.search(line)
        and publication_line(line) is None
    )


def is_headline(line: str) -> bool:
    """A line that may be a headline, not a menu ("Home | News | World | Sport"), which
    was taken for the title, nor a dateline with a byline or a time ("By Mara Lind |
    Harbor Daily | June 5, 2025 8:10 am"), which was taken for a short headline's."""
    lo, hi = HEADLINE_WORDS
    shown = publication_line(line)
    return (lo <= words(line) <= hi and not line.endswith((".", "。"))
            and (_capital(line[:1]) or _quoted_opening(line))
            and not _menu(line) and not is_date_line(line)
            and (shown is None or not shown.certain))


#: A headline may open with a quote: "'We grabbed the dog and ran': Millrace Lane wakes
#: to a chlorine cloud" (its title was removed as site chrome and the byline became it).
_QUOTE_OPENINGS = "'\"“‘«„‚¿¡"


def _quoted_opening(line: str) -> bool:
    return line[:1] in _QUOTE_OPENINGS and _capital(line.lstrip(_QUOTE_OPENINGS)[:1])


def _menu(line: str) -> bool:
    """A menu or breadcrumb: two breadcrumb arrows ("Home › News › Local politics"),
    four items or more between bars ("News | Saltmere | City council | Harbour"), or
    three or more of a word or two each. "Live: Saltmere budget · day two · vote" is a
    headline."""
    items = _SEPARATED.split(line)
    return (len(_BREADCRUMB.findall(line)) >= 2 or len(items) >= 4
            or (len(items) >= 3 and all(words(i) <= 2 for i in items)))


def _capital(first: str) -> bool:
    """An upper-case letter, or a letter of a script without case (Arabic, Hebrew,
    Chinese…), where every headline would otherwise fail the capital test."""
    return first.isalpha() and not first.islower()


def norm(line: str) -> str:
    return " ".join(line.casefold().split())


@dataclass
class Layout:
    """A document's lines with a junk reason (or None) each, the title, and its regions."""

    lines: list[str]
    reasons: list[str | None]
    title: str | None
    title_line: int | None
    body_start: int
    body_end: int  # exclusive

    def region(self, i: int) -> str:
        if i < self.body_start:
            return "head"
        return "tail" if i >= self.body_end else "body"


def body_span(lines: list[str], reasons: list[str | None]) -> tuple[int, int]:
    """From the first to the last line of prose (the whole text when there is none)."""
    starts = [i for i, line in enumerate(lines) if reasons[i] is None and is_prose(line)
              and not _quoted_headline(lines, i)]
    return (starts[0], starts[-1] + 1) if starts else (0, len(lines))


def _quoted_headline(lines: list[str], i: int) -> bool:
    """'Grell: "The bridge is a monument to waste"' over a date line: a headline that
    ends in a quote with no stop before it, not prose (read as prose it opened the body,
    and the file lost its title and its date). Only the first line, over a date: a
    paragraph ending so ('… Grell said only: "Not today"') is the article's."""
    return (i == 0 and len(lines) > 1 and is_date_line(lines[1])
            and bool(_BARE_CLOSE.search(lines[0])) and words(lines[0]) <= HEADLINE_WORDS[1])


def lay_out(
    lines: list[str],
    title_hint: str | None,
    site_chrome: Callable[[str], bool] = lambda line: False,
) -> Layout:
    """Reasons for every line. ``site_chrome`` says whether a head/tail line is
    known chrome of the article's site (it is then neither title nor kept)."""
    reasons = [junk_reason(line) for line in lines]
    _mark_comments(lines, reasons)
    _mark_cookie_talk_outside_body(lines, reasons)
    body_start, body_end = body_span(lines, reasons)
    for i, line in enumerate(lines):
        if reasons[i] is None and not body_start <= i < body_end and site_chrome(norm(line)):
            reasons[i] = "repeated on site"

    title, title_line = _find_title(lines, reasons, body_start, title_hint)
    _mark_related_lists(lines, reasons, body_start)
    if _mark_author_boxes(lines, reasons):
        body_start, body_end = body_span(lines, reasons)
    _mark_repeats(lines, reasons)
    body_start, body_end = _short_sentences_at_edges(
        lines, reasons, body_start, body_end, title_line)
    layout = Layout(lines, reasons, title, title_line, body_start, body_end)
    for i, line in enumerate(lines):
        region = layout.region(i)
        if reasons[i] is not None or i == title_line or region == "body":
            continue
        if region == "tail" and not is_prose(line):
            reasons[i] = "trailing chrome"
        elif region == "head" and not is_standfirst(line):
            # Above the body only a headline or a standfirst (a sentence) is article text;
            # site names, taglines, sections and breadcrumbs are not.
            reasons[i] = "section label" if words(line) <= CHROME_WORDS else "site chrome"
    return layout


def _mark_cookie_talk_outside_body(lines: list[str], reasons: list[str | None]) -> None:
    """A site's words about its cookies above or below the article are its banner ("We use
    cookies on this site."), in the body they may be a speaker's (``is_cookie_talk``). A
    text file's banner over the headline was taken for the title, and the headline went
    as site chrome; one that reads as a sentence opened the body."""
    talk = [i for i, line in enumerate(lines) if reasons[i] is None and is_cookie_talk(line)]
    if not talk:
        return
    for i in talk:
        reasons[i] = "cookie notice"
    start, end = body_span(lines, reasons)
    for i in talk:
        if start <= i < end:
            reasons[i] = None


def _find_title(
    lines: list[str], reasons: list[str | None], body_start: int, hint: str | None
) -> tuple[str | None, int | None]:
    head = [i for i in range(body_start) if reasons[i] is None]
    if hint:
        for i in head + list(range(body_start, min(body_start + 1, len(lines)))):
            if norm(lines[i]) == norm(hint):
                reasons[i] = "headline repeated in body"
        return hint, None
    # The plain-text convention: the first real line, when it reads as a headline.
    # A blog name or section above it is shorter than a headline: prefer the first
    # candidate of headline length, else the last one before the body.
    # A masthead with its slogan ("World News Now | Headlines around the clock") is of
    # headline length too, and took a short headline's place (a real-names probe).
    # So is a masthead with a date, which may also be a headline in title case with its
    # date ("Lifeboat Crew Rescues Kayakers — June 5, 2025").
    candidates = [i for i in head if is_headline(lines[i])]
    plain = [i for i in candidates if not _a_masthead_with_slogan(lines[i])
             and publication_line(lines[i]) is None] or candidates
    for i in plain:
        if words(lines[i]) >= FULL_HEADLINE_WORDS:
            return lines[i], i
    if plain:
        return lines[plain[-1]], plain[-1]
    return None, None


#: Labels a headline is set after, as a masthead's name is before its slogan: "Analysis |
#: Why the grain deal matters" is a headline (a regression probe's lost to the masthead).
_SECTION_LABELS = frozenset(
    "analysis opinion comment live explainer exclusive breaking watch review interview "
    "feature update updated podcast video photos editorial factcheck fact-check".split())


#: A masthead's name and its slogan are both short: "World News Now | Headlines around
#: the clock"; "Port strike ends after nine days | Vellmouth Echo" and "Kelvora | Port
#: strike ends after nine days" are headlines (a regression probe).
MAX_MASTHEAD_NAME_WORDS = 4
MAX_SLOGAN_WORDS = 5


def _a_masthead_with_slogan(line: str) -> bool:
    name, bar, slogan = line.partition(" | ")
    return (bool(bar) and name.strip().casefold() not in _SECTION_LABELS
            and len(name.split()) <= MAX_MASTHEAD_NAME_WORDS
            and len(slogan.split()) <= MAX_SLOGAN_WORDS)


#: A line that opens a comment section: "2 thoughts on “…”" (WordPress quotes the whole
#: post title, of any length), or a short "Leave a Reply", "Join the discussion",
#: "3 responses" ("312 responses to the council's consultation were received." and
#: "Comments on the closure plan can be sent to…" are the article's sentences); a bare
#: "12 Comments" counter does not (it can sit under the headline or by a share bar).
_COMMENTS_QUOTING = re.compile(
    r"^\d+ (thoughts?|responses?|replies|comments?) (on|to) [\"“‘'«„].*$", re.IGNORECASE)
_COMMENTS_OPEN = re.compile(
    r"^(\d+ (thoughts?|responses?|replies|comments?) (on|to)\b.*|leave a (reply|comment)\b.*"
    r"|join the (discussion|conversation)\W*|(\d+ )?comments? (on|to) .*"
    # a count in brackets after the body ("Commentaires (3)", "Comments (12)"): under the
    # headline it has no prose before it (a French-desk probe's readers' comments stayed)
    r"|(comments?|commentaires?|kommentare|comentarios|commenti|r[ée]actions?) \(\d+\)\W*"
    r"|laisser un commentaire\W*|r[ée]agir [àa] (cet|l') ?article\W*)$", re.IGNORECASE)
#: Prose lines before such a line that make it the article's end, not its top.
COMMENTS_AFTER_PARAGRAPHS = 2
#: The most words of a comment header that quotes no title.
COMMENTS_HEADER_WORDS = 8


def _comments_open(line: str) -> bool:
    if _COMMENTS_QUOTING.match(line):
        return True
    return words(line) <= COMMENTS_HEADER_WORDS and bool(_COMMENTS_OPEN.match(line))


#: What a comment section holds besides comments: a commenter's "says:", a reply link,
#: the form's fields and notices. Without any of these (or a date), prose after a
#: "Leave a Reply" line is the article's own: content farms paste that line mid-article.
_COMMENT_MARK = re.compile(
    r"\bsays:?\s*$|^\s*(reply|log in to reply|cancel reply|post comment|submit comment"
    r"|r[ée]pondre|signaler( un abus| ce commentaire)?)\b|\ba [ée]crit\s*:\s*$"
    r"|email address will not be published|required fields are marked"
    r"|^\s*(name|e-?mail|website|comment)\s*\*?\s*$", re.IGNORECASE)


def _mark_comments(lines: list[str], reasons: list[str | None]) -> None:
    """Everything after a comment section opens is readers' comments: comments are prose
    ("Mary Oake says:", a date, a paragraph), and the body ran to the last of them. A
    "Leave a Reply" followed by prose with no sign of comments (no "says:", no form, no
    date) is a stray line: it alone goes, and the paragraphs after it stay (a probe's
    article lost its last four paragraphs to one pasted between them)."""
    prose = 0
    for i, line in enumerate(lines):
        if prose >= COMMENTS_AFTER_PARAGRAPHS and _comments_open(line.strip()):
            if reasons[i] is None:
                reasons[i] = "comment form"
            if not _FORM_HEADER.match(line.strip()) or _comments_follow(lines[i + 1 :]):
                for j in range(i + 1, len(lines)):
                    if reasons[j] is None:
                        reasons[j] = "comment section"
                return
            continue
        if reasons[i] is None and is_prose(line):
            prose += 1


#: The comment form's own header, which content farms also paste mid-article; a header
#: that counts comments ("3 thoughts on …", "12 responses") announces them, and comments
#: that are a name and a paragraph have no other mark (a regression probe found them kept).
_FORM_HEADER = re.compile(r"^leave a (reply|comment)\b", re.IGNORECASE)


def _comments_follow(rest: list[str]) -> bool:
    """Whether the lines after a comment opener read as comments or a comment form."""
    prose = sum(1 for line in rest if is_prose(line))
    marked = any(_COMMENT_MARK.search(line) or is_date_line(line) for line in rest)
    return marked or prose < COMMENTS_AFTER_PARAGRAPHS


#: Headlines, dates and excerpts (of each) that make a related list run to the end of
#: the text; a timeline alternating dates and paragraphs has no headlines between them.
LISTED_EXCERPTS = 2


def _listed_title(line: str) -> bool:
    """A related item's headline: a headline's length, no full stop, not a date; it may
    open with a digit or a quote ("5 things to know…", "“We will not sell”: …")."""
    lo, hi = HEADLINE_WORDS
    return lo <= words(line) <= hi and not line.rstrip().endswith(".") and not is_date_line(line)


def _mark_related_lists(lines: list[str], reasons: list[str | None], body_start: int) -> None:
    """After a "Related posts" header in the body or tail, the list runs to the next prose,
    or to the end when its items carry dates and excerpts (a headline, a date, a
    sentence, as WordPress themes write them: ``LISTED_EXCERPTS`` of each, and no two
    paragraphs in a row after the header; a timeline of dates and paragraphs after a
    related box has no headlines). The first excerpt ended the list, and the
    other stories' sentences joined the article."""
    i = body_start
    while i < len(lines):
        if reasons[i] == "related list":
            j = i + 1
            open_prose = [k for k in range(j, len(lines))
                          if reasons[k] is None and _paragraph(lines[k])]
            dated = sum(reasons[k] == "dateline" or is_date_line(lines[k])
                        for k in range(j, len(lines)))
            titled = sum(reasons[k] is None and _listed_title(lines[k])
                         for k in range(j, len(lines)))
            to_the_end = (min(len(open_prose), dated, titled) >= LISTED_EXCERPTS
                          and not any(b == a + 1 for a, b in pairwise(open_prose)))
            while j < len(lines) and (to_the_end or not _paragraph(lines[j])):
                if reasons[j] is None:
                    reasons[j] = "related list"
                j += 1
            i = j
        else:
            i += 1


#: A sentence this short may still open or close an article ("The vote is Friday.") ...
EDGE_SENTENCE_WORDS = 3
#: ... and so may a few of them in a row, one a line.
EDGE_SENTENCES = 3


def _short_sentences_at_edges(
    lines: list[str], reasons: list[str | None], start: int, end: int, title_line: int | None
) -> tuple[int, int]:
    """The body widened by up to ``EDGE_SENTENCES`` short sentences on each side: lines
    above the first paragraph (below the headline) and after the last one, while each is
    a capitalised sentence that no pattern took for chrome. Chrome lines this short
    ("Accept all cookies", "Read more") lack the full stop. One a side was too few: a
    match report ending "Kick-off is at 3pm. / Tickets cost 10 crowns." lost the last."""
    def sentence(i: int) -> bool:
        line = lines[i]
        return (reasons[i] is None and words(line) >= EDGE_SENTENCE_WORDS
                and _capital(line[:1]) and bool(_SENTENCE_END.search(line))
                and ":" not in line and not _SITE_TALK.search(line))

    for _ in range(EDGE_SENTENCES):
        if start > 0 and (title_line is None or start - 1 > title_line) and sentence(start - 1):
            start -= 1
        if end < len(lines) and sentence(end):
            end += 1
    return start, end


#: Words a site's own short sentences use ("Comments are closed.", "Thanks for reading.",
#: "Download our app.", "News in brief."): such a line is chrome, not the article's first
#: or last sentence.
_SITE_TALK = re.compile(
    r"\b(comments?|subscribe|subscription|sign|log|share|download|app|newsletter|reading"
    r"|read|terms|privacy|cookies?|conversation|click|follow|moderated|updated|brief"
    r"|morning|evening|welcome|advertis\w*|sponsored|copyright|rights|contact|email)\b",
    re.IGNORECASE)
#: A sentence's end, closing quotes and brackets after it allowed.
_SENTENCE_END = re.compile(r"[.。][\"”’')\]]*$")
#: A sentence's end of any kind, closing quotes and brackets after it allowed.
_ANY_END = re.compile(r"[.!?。][\"”’')\]]*$")
#: A line of prose this long ending in a quote, "!" or "?" is a sentence, not a headline.
QUESTION_WORDS = 14


def _paragraph(line: str) -> bool:
    """Prose that ends a related list: a sentence, not a listed headline. A headline may
    end in a quote or a question ('Mayor on flood defences: "We will not be caught out
    again."'), so those end the list only from ``QUESTION_WORDS`` words on."""
    if not is_prose(line):
        return False
    if line.endswith("."):
        return True
    return words(line) >= QUESTION_WORDS and bool(_ANY_END.search(line))


#: Lines of an author box after its "About the author" header: a name, a sentence of
#: biography, a link or two.
AUTHOR_BOX_LINES = 3
AUTHOR_NAME_WORDS = 5


def _mark_author_boxes(lines: list[str], reasons: list[str | None]) -> bool:
    """The writer's name and biography under an "About the author" header (an ingest
    probe's dumps ended "About the author / Jonas Berg / Jonas Berg covers breaking news
    for BrevikBuzz.", kept as the article's last paragraph). Only in the text's last
    lines, so that a header quoted mid-article takes nothing. True when it marked any."""
    marked = False
    for i, reason in enumerate(reasons):
        if reason != "author box":
            continue
        after = range(i + 1, min(len(lines), i + 1 + AUTHOR_BOX_LINES))
        unmarked = [j for j in range(i + 1, len(lines)) if reasons[j] is None]
        if any(j not in after for j in unmarked):
            continue  # the article goes on after it
        if not unmarked or unmarked[0] != i + 1 or not _opens_author_box(lines[i + 1]):
            continue
        for j in after:
            if reasons[j] is None and words(lines[j]) <= MAX_BIO_WORDS:
                reasons[j] = "author box"
                marked = True
    return marked


def _opens_author_box(line: str) -> bool:
    """A box opens with the writer's name, or at once with the biography ("Amira Castell
    covers transport for the Ferndale Observer.": a user's was left as the article's last
    paragraph). Any other sentence is the article's, under a header it happened to have."""
    return (words(line) <= AUTHOR_NAME_WORDS and not _ANY_END.search(line)) \
        or bio_subject(line) is not None


def _mark_repeats(lines: list[str], reasons: list[str | None]) -> None:
    counts = Counter(norm(line) for line in lines if words(line) <= CHROME_WORDS)
    for i, line in enumerate(lines):
        if reasons[i] is None and counts.get(norm(line), 0) >= REPEATS_IN_DOC:
            reasons[i] = "repeated line"
