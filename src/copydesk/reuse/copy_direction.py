"""Who copied whom: the direction of a relation, and the credits and agencies it reads.

Direction, in order of trust (the first rule that decides wins, and the relation's
reason says which):

0. **Credits**: a side that alone credits the other's publisher (a "first published by"
   line, a removed "Source: X" line, a dateline naming the other's site as its agency)
   is the copy, whatever its time: content farms backdate.
1. **Publication times**, when both are known and differ: the earlier is the original.
2. **Spinning**: a spinner swaps common words for rarer synonyms (Foreign → Overseas,
   minister → clergyman). The side whose swapped words are more frequent in the
   language (wordfreq) is the original.
3. **Containment**: when one side is (almost) wholly inside the other. If the other
   side is much longer (covered below ``NOT_CONTAINED``), the shorter side is a
   truncated copy. If both are nearly whole copies, extra text that reads as boilerplate
   (subscribe, follow us, ©, all rights reserved, or boilerplate the cleaner removed)
   marks the copy: scrapers add it.

Anything else leaves ``original`` None: a wrong direction is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timezone

from copydesk.hosts import host_name, registered_labels
from copydesk.records import Article
from copydesk.reuse.classify import Comparison, is_spin
from copydesk.reuse.fingerprints import name_key
from copydesk.reuse.text import base_language, fold
from copydesk.reuse.word_diff import word_diff
from copydesk.scripts import CAPITALS
from copydesk.wordfreqs import zipf as zipf_frequency

#: One side counts as contained in the other when its passages cover this share of it.
CONTAINED = 0.85
#: ... and the other side's coverage is below this.
NOT_CONTAINED = 0.8
#: Spin direction needs the swapped words' mean Zipf frequencies to differ this much.
MIN_ZIPF_GAP = 0.3

_BOILERPLATE = re.compile(
    r"subscribe|newsletter|follow us|all rights reserved|©|copyright|read more|"
    r"sign up|cookies?|advertis|share this|click here|related:|tags:|"
    r"abonnier|alle rechte|weiterlesen|suscr[ií]b|derechos reservados",
    re.IGNORECASE,
)


#: A line by which a page says it republishes another's story, at the line's start ("This
#: story was first published by …", "This article is republished from The Conversation
#: under a Creative Commons licence", "Reprinted with permission from …", "Originally
#: published on …"): not prose ("notices had to be reprinted with the correct address"),
#: nor a copyright footer ("may not be copied or republished by any means").
_CREDIT = re.compile(
    r"^\W*(?:(?:this|the)\s+(?:story|article|piece|report|post|column|interview)\s+"
    r"(?:(?:was|is|has\s+been)\s+)?(?:(?:first|originally)\s+(?:published|appeared|ran)"
    r"\s+(?:by|on|in|at)\b|(?:republished|reprinted|syndicated)\s+(?:here\s+)?"
    r"(?:from|by|under|courtesy|with\s+(?:kind\s+)?permission)\b)"
    r"|(?:first|originally)\s+(?:published|appeared|ran)\s+(?:by|on|in|at)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?:reprinted|republished)\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission|from|by|"
    r"under|courtesy)\b"
    r"|(?:dieser\s+(?:artikel|beitrag)\s+)?(?:erschien\s+zuerst|erstmals\s+erschienen)\b"
    r"|(?:cet\s+article\s+)?(?:a\s+été\s+)?publié\s+initialement\b)",
    re.IGNORECASE,
)


def direction(comparison: Comparison, a: Article, b: Article) -> tuple[str | None, str]:
    """(id of the original or None, why)."""
    credited = _credit_direction(comparison, a, b)
    if credited is not None:
        return credited  # a page that credits another publisher is not the original
    spun = _spin_direction(comparison, a, b)
    timed = _time_order(a, b)
    if timed is not None:
        first, second = timed
        if is_spin(comparison.type, comparison.spun_part) and (spun is None
                                                             or spun[0] != first.id):
            flagged = _flagged_as_spun(first, second)
            if flagged is not None and flagged[first.id][0] \
                    and flagged[second.id][1] < CLEAN_SPIN_SCORE:
                # A backdated spin: the earlier side reads as a spinner's on its own and
                # the other does not, and its swaps call it the copy or say nothing (a
                # content-farm probe's farm page, dated a day before the wire, was named
                # the wire's original; another, dated 30 minutes before, whose swaps
                # were as frequent as the words they replaced, became its family's root).
                why = (f", and {spun[1]}" if spun is not None
                       else ": a spinner does not write the original")
                return second.id, (f"{first.id} was published first, but it is flagged as "
                                   f"machine-spun and {second.id} is not{why}")
        if spun is not None and spun[0] != first.id and spun[2] >= STRONG_ZIPF_GAP:
            # Content farms backdate; a spinner does not write the original. With both
            # kinds of evidence strong and at odds, no side is named.
            return None, (f"publication times and spinning disagree: {first.id} was published "
                          f"first, but {spun[1]}")
        return first.id, f"published first ({_when(first)} before {_when(second)})"
    if spun is not None:
        return spun[0], spun[1]
    if comparison.type == "translated" and (a.language or "") != (b.language or ""):
        # A translation may add background for its readers or leave the end out: which
        # side holds more says nothing (an Italian translation with an added paragraph
        # was named the wire's original, the wire "a truncated copy" of it).
        return None, ("no evidence of direction (" + _no_order(a, b)
                      + "; a translation's length says nothing)")
    contained = _containment(comparison, a, b)
    if contained is not None:
        return contained
    return None, "no evidence of direction (" + _no_order(a, b) + ", no one-sided changes)"


#: The later side must read as clean as this to be named the original of an earlier
#: side flagged as spun: a regression probe's flowery original (flagged, 0.9994) had been
#: made the copy of an editor's plain rewrite 11 hours later (0.80, not flagged). The
#: content-farm probe's wire stories all scored 0.28 or less.
CLEAN_SPIN_SCORE = 0.5


def _flagged_as_spun(a: Article, b: Article) -> dict[str, tuple[bool, float]] | None:
    """Whether each article reads as machine-spun on its own (``spin_score``), and its
    score, asked only where publication times and a spin's swaps disagree; None without
    the module."""
    try:
        from copydesk.reuse import spin_score
    except ModuleNotFoundError as exc:
        if exc.name != "copydesk.reuse.spin_score":
            raise
        return None
    # A spinner's marks, not rare words alone: honest flowery prose reads as rare words
    # too (a regression probe's festival report, all its evidence "rare synonym"), while
    # 69 of the content-farm probe's 74 flagged spins showed an odd phrase or a broken
    # collocation.
    return {s.article_id: (s.spun and any(not e.startswith(("rare synonym", "rare word"))
                                          for e in s.evidence), s.score)
            for s in spin_score.score_articles([a, b])}


def _credit_direction(comparison: Comparison, a: Article, b: Article) -> tuple[str, str] | None:
    """The original when one side alone carries a credit line outside the reused text
    ("This story was first published by …"): it outweighs a publication time, which a
    wrong time zone can put before the original's (a probe's licensed copy dated 04:20,
    the wire 06:00, was the family's root)."""
    found = {x.id: _credit_lines(x, comparison, a, b if x is a else a)
             + _named_source(x, b if x is a else a)
             + _dateline_credit(x, b if x is a else a)
             + _reports_credit(x, b if x is a else a, comparison, a) for x in (a, b)}
    marked = [x for x in (a, b) if found[x.id]]
    if len(marked) != 1:
        return None
    copy = marked[0]
    original = b if copy is a else a
    line = found[copy.id][0]
    return original.id, f"{copy.id} credits another publisher (\"{line[:80]}\")"


#: "Ridgeline reports:" right before a passage, on its line: a live blog quoting the wire.
_REPORTS = re.compile(r"(?:^|\n)[^\S\n]*(?P<who>[A-Z][\w&'’.-]*(?:[^\S\n]+[A-Z][\w&'’.-]*){0,3})"
                      r"[^\S\n]+(?:reports|reported|writes|wrote)[^\S\n]*:\s*$")


def _reports_credit(
    article: Article, other: Article, comparison: Comparison, a: Article
) -> list[str]:
    """"Ridgeline reports:" before a reused passage of ``article``, naming ``other``'s site:
    a live blog's page time (the start of its coverage) had made it the original of the
    wire it quoted, entry by entry (a live-blog probe)."""
    names = _site_keys(other)
    if not names:
        return []
    found = []
    for p in comparison.passages:
        start = p.a_start if article is a else p.b_start
        m = _REPORTS.search(article.text, max(0, start - 80), start)
        # The whole name: "Ridgeline said:" quoting a company is no credit to the
        # Ridgeline Times (a regression probe), nor is "said" a publisher's verb.
        if m and _folded(m.group("who")) in names:
            found.append(m.group(0).strip())
    return found


def _credit_lines(
    article: Article, comparison: Comparison, a: Article, other: Article
) -> list[str]:
    """Lines of one side outside the passages that credit another publisher, as written
    (``_extra_lines`` folds case, which a publisher's capital needs). A line that names a
    publisher other than the other side's site says nothing of the pair: two farms'
    copies of one agency's story, each crediting the agency, had the one whose credit
    line was kept made the copy of the other, published an hour later (a content-farm
    probe)."""
    lines = [line.strip() for line in _outside_lines(article, comparison, a)
             if _CREDIT.search(line.strip())]
    names = _site_keys(other)
    return [line for line in lines
            if (named := _credited_name(line)) is None or named in names
            or any(named in n or n in named for n in names)]


#: The publisher a credit line names: "first published by Harbourline Press", "republished
#: from The Conversation", "courtesy of Northwire".
_CREDITED = re.compile(
    r"\b(?:by|from|in|on|at|courtesy(?:\s+of)?)\s+(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z0-9])[\w&'’.-]*(?:\s+(?-i:[A-Z0-9])[\w&'’.-]*){0,4}"
    r"|[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def _credited_name(line: str) -> str | None:
    m = _CREDITED.search(line)
    return _folded(m.group("name").rstrip(".")) if m else None


def _named_source(article: Article, other: Article) -> list[str]:
    """The cleaner's "Source: …" or "via …" lines of ``article`` that name ``other``'s
    site: an ingest probe's feed copy ended "Source: Northwire", a line the cleaner
    removes as chrome, and its +0530 time zone had put it before Northwire's story,
    which was then shown as the copy."""
    names = _site_keys(other)
    return [r.text for r in article.removed
            if r.reason == "source link" and names & _named_in(r.text)]


#: A dateline that names the agency whose story it is: "DUNMORE QUAY (Northline) —",
#: "KYIV, Ukraine (AP) —", "LONDON (Reuters) -".
_DATELINE_AGENCY = re.compile(
    # Capitals of any alphabet: a translation probe's Russian copy, stamped before the
    # wire, kept "ЗОРАНЫ, Дравония (Meridian) —" and was made the family's original.
    # Up to three parts after the city, a region and a date written either way round
    # ("CASTREL, Veluria, June 14 (Halcyon Wire) —", "GENEVA, 10 January 2022 (AFP) –"):
    # with one part only, a backdated copy keeping the wire's dated dateline was named
    # the original of the wire's later versions (a probe).
    rf"^[{CAPITALS}][{CAPITALS} .'’-]{{1,40}}(?:,\s*[{CAPITALS}\d][\w .'’-]{{0,40}}){{0,3}}\s*"
    r"\((?P<agency>[^()\n]{2,40})\)\s*[-–—]", re.MULTILINE)
#: Paragraphs a dateline may come after: a farm's own intro ("Here is what we know so
#: far.") before the wire's "KESTERBY, Velmark (Northwire) —" had hidden the credit, and
#: the farm's backdated copy was named the original of the wire's family (a probe).
DATELINE_PARAGRAPHS = 3
#: ... and at most this long, all of it the copy's own (not in the other article).
MAX_INTRO_CHARS = 400


def _paragraphs_end(text: str, n: int = DATELINE_PARAGRAPHS) -> int:
    """Where the text's first ``n`` paragraphs end."""
    at = 0
    for _ in range(n):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
        while at < len(text) and text[at] == "\n":
            at += 1
    return at


def _dateline_credit(article: Article, other: Article) -> list[str]:
    """The dateline of ``article`` when its agency is ``other``'s site and not its own: a
    copy keeps the wire's "DUNMORE QUAY (Northline) —". A content-farm probe's verbatim
    copies, stamped five hours before the wire, were the roots of 4 of 5 wire families."""
    m = _dateline_of(article)
    if m is None:
        return []
    before = article.text[: m.start()].strip()
    if before and (len(before) > MAX_INTRO_CHARS or before[:MAX_INTRO_CHARS // 4] in other.text):
        # Only a short intro of the copy's own may come first: a paper's own lede, which
        # a wire then republished, quoted an older wire item's dateline in its second
        # paragraph, and the paper was made the wire's copy (a regression probe).
        return []
    agency = _words(m.group("agency"))
    if not agency or any(agency <= words for words in _site_names(article)):
        return []
    # The other side's name is the agency's, give or take words an agency's name has
    # ("Northline" for "Northline News Agency"): "(Northgate)" does not credit a farm
    # named "Northgate Today" (a regression probe's wire copy was made its copy).
    if not any(agency <= words and words - agency <= _AGENCY_WORDS
               for words in _site_names(other)):
        return []
    return [m.group(0)]


def rival_agencies(a: Article, b: Article) -> bool:
    """Whether the two articles' datelines credit two different agencies ("BRENNICK,
    Ostland (Harrow Wire) —" and "BRENNICK (Polaris) —"): two agencies' reports of one
    meeting name the same people and figures in the same order, and an OSINT probe's
    German translation of one wire was made a translation of the other's report (its two
    families of copies became one source). Names are compared by their spelling keys, so
    a translation's "(Меридиан)" still credits "(Meridian)"."""
    ma, mb = _dateline_of(a), _dateline_of(b)
    if ma is None or mb is None:
        return False
    x, y = _agency_keys(ma), _agency_keys(mb)
    if not x or not y or x & y or _own_credit(a, ma) or _own_credit(b, mb):
        return False
    # A country in the parentheses is no agency ("HARWICK (Kelmark) —" in a translation
    # of "HARWICK, Kelmark (Northline Wire) —": a regression comparison lost six true
    # translations): each side's credit must be a name the other never writes.
    return not (x & _name_keys(b.text) or y & _name_keys(a.text))


def _dateline_of(article: Article) -> re.Match[str] | None:
    """The dateline with an agency in parentheses among the first paragraphs, if any."""
    return _DATELINE_AGENCY.search(article.text, 0, _paragraphs_end(article.text))


def _own_credit(article: Article, m: re.Match[str]) -> bool:
    """Whether the dateline ``m`` credits the article's own site ("KELDMOOR (Noticias
    del Norte) —" on noticiasdelnorte.example): a translation that credits itself says
    nothing of whose story it translated (a regression probe's Spanish translation was
    cut)."""
    agency = _words(m.group("agency"))
    joined = "".join(re.findall(r"\w+", m.group("agency").casefold()))
    return any(agency & words or joined in words for words in _site_names(article))


def _name_keys(text: str) -> set[str]:
    return {name_key(w) for w in re.findall(rf"[{CAPITALS}][\w'’-]+", text)}


def _agency_keys(m: re.Match[str]) -> frozenset[str]:
    return frozenset(filter(None, (name_key(w) for w in _words(m.group("agency"))
                                   - _AGENCY_WORDS)))


#: Words of a news agency's or a site's name besides its own: "Northline News Agency",
#: "northline-news.com".
_AGENCY_WORDS = frozenset(
    "news agency press wire wires newswire service services international global media "
    "group the com net org co uk info biz www".split())


def _site_names(article: Article) -> list[set[str]]:
    """The words of the site's name and of its URL's host without its suffix ("epa-wire"
    of epa-wire.example, "northline" of northline.co.uk), each a set."""
    labels = registered_labels(host_name(article.url) or "")
    return [w for w in (_words(article.site or ""), _words(" ".join(labels))) if w]


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.casefold()) if len(w) >= 2}


def _site_keys(article: Article) -> set[str]:
    """The article's site name and URL host, folded, as credits name them."""
    return {n for n in (_folded(article.site), _folded(host_name(article.url))) if len(n) >= 3}


def _named_in(line: str) -> set[str]:
    """What a credit line names, folded: "Source: Northwire" → {"northwire"}; a URL's
    host without its "www." too."""
    rest = re.sub(r"^\W*(?:source(?:[ _-]?link)?|via)\W*", "", line, flags=re.IGNORECASE)
    return {_folded(rest), _folded(host_name(rest))} - {""}


def _folded(name: str | None) -> str:
    return re.sub(r"[\W_]+", "", name or "").casefold()


#: A spin direction this clear overrides nothing, but contradicts publication times.
STRONG_ZIPF_GAP = 2 * MIN_ZIPF_GAP


def _time_order(a: Article, b: Article) -> tuple[Article, Article] | None:
    """(earlier, later) when the times tell: both known, different, and not a bare date
    against a time of its day (a date without time reads as midnight). The time's day
    is taken in UTC and in its own zone: a report of 22:00 -05:00 on the 11th is of the
    12th in UTC, and a site that dates its pages "12 March" may be either."""
    if not (a.published and b.published) or a.published.timestamp() == b.published.timestamp():
        return None
    first, second = (a, b) if a.published.timestamp() < b.published.timestamp() else (b, a)
    for bare, timed in ((first, second), (second, first)):
        if date_only(bare) and bare.published.date() in _days(timed):  # type: ignore[union-attr]
            return None
    return first, second


def _days(article: Article) -> set[date]:
    """The calendar days an article's time falls on: in its own zone and in UTC."""
    t = article.published
    return set() if t is None else {t.date(), t.astimezone(timezone.utc).date()}


def date_only(article: Article) -> bool:
    t = article.published
    return t is not None and (t.hour, t.minute, t.second, t.microsecond) == (0, 0, 0, 0)


def _no_order(a: Article, b: Article) -> str:
    if a.published and b.published:
        return "the same publication day or time"
    if a.published or b.published:
        return f"no publication time for {(b if a.published else a).id}"
    return "no publication times"


def _spin_direction(
    comparison: Comparison, a: Article, b: Article
) -> tuple[str, str, float] | None:
    """(original id, why, Zipf gap) from the swapped words' frequencies, for a spun pair.

    The word diff is read both ways, A against B and B against A: where it has two paths
    of one cost, each reading pairs some words differently ("give way → crack" or "way →
    method"), and a demo pair's direction had turned on which article's id sorted first.
    The readings must agree on the side; the clearer one decides."""
    if not is_spin(comparison.type, comparison.spun_part) or not comparison.substitutions:
        return None
    lang = base_language(a.language)
    readings = [_mean_zipf(comparison.substitutions, lang),
                _mean_zipf(_swaps_read_back(comparison, a, b), lang)]
    gaps = [za - zb for za, zb in readings]
    if (gaps[0] > 0) != (gaps[1] > 0) or max(abs(g) for g in gaps) < MIN_ZIPF_GAP:
        return None
    za, zb = max(readings, key=lambda r: abs(r[0] - r[1]))
    original, copy = (a, b) if za > zb else (b, a)
    return original.id, (
        f"the spun side ({copy.id}) swapped common words for rarer ones "
        f"(mean word frequency {max(za, zb):.1f} → {min(za, zb):.1f} Zipf)"
    ), abs(za - zb)


def _mean_zipf(swaps: Sequence[tuple[str, str]], lang: str | None) -> tuple[float, float]:
    """Mean Zipf frequency of the swapped words on each side (A's, B's)."""
    n = len(swaps) or 1
    return (sum(zipf_frequency(x.lower(), lang) for x, _ in swaps) / n,
            sum(zipf_frequency(y.lower(), lang) for _, y in swaps) / n)


def _swaps_read_back(comparison: Comparison, a: Article, b: Article) -> list[tuple[str, str]]:
    """The swaps (word in A, word in B) the word diff finds reading B against A."""
    back = [replace(p, a_start=p.b_start, a_end=p.b_end, b_start=p.a_start, b_end=p.a_end)
            for p in comparison.passages]
    *_, reverse = word_diff(back, b.text, a.text, a.language)
    return list(dict.fromkeys((x, y) for y, x in reverse if fold(x) != fold(y)))


def _containment(comparison: Comparison, a: Article, b: Article) -> tuple[str, str] | None:
    cov_a, cov_b = comparison.coverage
    if max(cov_a, cov_b) < CONTAINED:
        return None
    inner, outer = (a, b) if cov_a >= cov_b else (b, a)
    if min(cov_a, cov_b) < NOT_CONTAINED:
        return outer.id, f"{inner.id} is a truncated copy (it lacks the rest of {outer.id})"
    # Both nearly whole: the side with boilerplate the other lacks is the scraper's copy,
    # whichever side is called a (the rule once looked only at the side covered less).
    extra = {x.id: _extra_lines(x, comparison, a) for x in (a, b)}
    lines = {x: {line for line in found if _BOILERPLATE.search(line)} for x, found in extra.items()}
    marked = [x for x, other in ((a, b), (b, a)) if lines[x.id] - lines[other.id]]
    if len(marked) == 1:
        copy = marked[0]
        original = b if copy is a else a
        if _trailing_lines(original, comparison, a) - extra[copy.id]:
            return None  # both sides end with lines of their own: two scrapers' footers
        return original.id, f"{copy.id} is the same text with added boilerplate"
    return None


#: Uncovered lines shorter than this (in words) are not evidence either way ("Advertisement").
MIN_EXTRA_LINE_WORDS = 4


def _extra_lines(article: Article, comparison: Comparison, a: Article) -> set[str]:
    """Lines of one side's text outside the passages, normalised: boilerplate among them
    ("Subscribe…", "© … All rights reserved" that the cleaner let through) marks a
    scraper's copy, unless the other side ends with lines of its own too
    (``_trailing_lines``: two scrapers' footers, one of which the keyword list happens to
    know; a probe found one aggregator copy named the original of another). Lines the
    cleaner removed do not count: an
    original's site has its own chrome (on the demo, taking them as evidence named 6
    copies as originals out of 8 pairs it decided)."""
    lines = [line for line in _outside_lines(article, comparison, a) if line.strip()]
    return {" ".join(line.lower().split()) for line in lines
            if len(line.split()) >= MIN_EXTRA_LINE_WORDS or _BOILERPLATE.search(line)}


def _trailing_lines(article: Article, comparison: Comparison, a: Article) -> set[str]:
    """Lines of ``MIN_EXTRA_LINE_WORDS`` words or more after the last passage on one side,
    normalised: a footer of its own. Only these speak against the other side's added
    boilerplate marking it the copy; a byline or a "Correction:" line elsewhere in an
    original did too, and the original lost its direction (a regression probe)."""
    ends = [p.a_end if article is a else p.b_end for p in comparison.passages]
    tail = article.text[max(ends, default=0):]
    return {" ".join(line.lower().split()) for line in tail.split("\n")
            if len(line.split()) >= MIN_EXTRA_LINE_WORDS}


def _when(article: Article) -> str:
    """A publication time for a reason, in UTC: two local clocks side by side misread
    ("06:00+05:00 before 09:00+00:00"). A bare date stays a date; seconds are shown when
    there are any (two copies seconds apart read "09:05 UTC before 09:05 UTC")."""
    t = article.published
    if t is None:
        return "?"
    if date_only(article):
        return t.date().isoformat()
    utc = t.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%d %H:%M:%S UTC" if utc.second or utc.microsecond
                        else "%Y-%m-%d %H:%M UTC")


def _outside_lines(article: Article, comparison: Comparison, a: Article) -> list[str]:
    """The lines of one side's text outside the passages, as written."""
    spans = [(p.a_start, p.a_end) if article is a else (p.b_start, p.b_end)
             for p in comparison.passages]
    return _uncovered(article.text, spans).split("\n")


def _uncovered(text: str, spans: Sequence[tuple[int, int]]) -> str:
    pieces = []
    pos = 0
    for start, end in sorted(spans):
        if start > pos:
            pieces.append(text[pos:start])
        pos = max(pos, end)
    pieces.append(text[pos:])
    return " ".join(pieces)


def orient_substitutions(
    substitutions: Sequence[tuple[str, str]], a_id: str, original: str | None
) -> tuple[tuple[str, str], ...]:
    """Substitutions as [original word, replacement]: flipped when B is the original."""
    if original is not None and original != a_id:
        return tuple((y, x) for x, y in substitutions)
    return tuple(substitutions)
