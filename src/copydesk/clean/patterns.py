"""Line patterns of scraper junk, grouped by what produced them.

These are families of chrome that scrapers keep (widgets, comment forms, ad
slot markers, media captions, blog navigation), written as general patterns,
not as any site's exact lines. They only ever match a *whole* short line, so a
sentence of the article that happens to mention "share" or "comment" is safe.
"""

from __future__ import annotations

import re

#: Lines longer than this many words are never junk by pattern: prose that
#: long is article text even when it opens like a widget ("Share prices fell…").
MAX_PATTERN_WORDS = 16

_SOCIAL = r"(facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|tumblr|email|e-mail|print|pocket|messenger|copy link|mastodon|threads|bluesky)"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(rf"^(?:{body})$", re.IGNORECASE))
    for reason, body in (
        (
            "share widget",
            r"(share|like|tweet|pin|email|print|save|follow us|follow)( (this|it|on \w+|via \w+|story|article|page|post))?\s*[:!.]?",
        ),
        ("share widget", r"(click|tap) to (share|print|email|like)\b.*"),
        ("share widget", r"%?\w? ?bloggers? like this\W*"),
        ("share widget", rf"(share|post|send)( (on|to|via))? {_SOCIAL}\b.*"),
        ("share widget", rf"({_SOCIAL}[\s|•·,/-]*){{2,}}"),
        ("share widget", r"like loading\W*|be the first to like this\W*"),
        ("ad marker", r"\[\s*[a-z]+(?:[_ -]\d+)?\s*\]"),
        (
            "ad marker",
            r"(advertisement|advertising|sponsored( content)?|ad|ads|promoted|scroll to continue( with content)?)\W*",
        ),
        ("comment form", r"leave a (reply|comment)( cancel reply)?\W*"),
        ("comment form", r"(your )?email address will not be published\b.*"),
        ("comment form", r"required fields are marked\b.*"),
        ("comment form", r"(post|submit|add) (a |your )?comments?\W*"),
        ("comment form", r"save my name,? email.*"),
        ("comment form", r"(\d+ )?comments?( \(\d+\))?\W*|no comments( yet)?\W*|cancel reply\W*"),
        ("comment form", r"you must be logged in to post a comment.*"),
        ("comment form", r"(name|email|website|comment)\s*\*?\s*:?"),
        ("source link", r"source[ _-]?link\W*|source:\s*\S+\W*|via:?\s*\S+\W*"),
        (
            "read-more link",
            r"(read|see|click here for) (more|also|the full (story|article|report))\b.*",
        ),
        ("read-more link", r".*\bhere[’']?s what you need to know\W*"),
        (
            "related list",
            r"(related|recommended|trending|popular|latest|more)( (posts?|articles?|stories|news|reading|coverage|from [\w .]+))?\s*:?",
        ),
        (
            "related list",
            r"you (may|might) (also )?(like|enjoy|be interested in)\W*|what to read next\W*|don'?t miss\W*",
        ),
        ("media caption", r"video duration\b.*|(duration|runtime|length):? \d.*"),
        (
            "media caption",
            r"\d{1,2}:\d{2}(:\d{2})?( min(utes)?)?|\d+ min(ute)?s? read|watch( the)? video\W*|play video\W*",
        ),
        (
            "media caption",
            r"\(?(photo|image|picture|pictured|video|credit|file photo|photograph)s?( by| credit)?\s*[:/-].*",
        ),
        ("media caption", r".*\((photo|image|file photo)[^)]*\)\W*"),
        (
            "media caption",
            r"([\w-]+ )?(video|image|photo) (thumbnail|player|embed)\W*|embedded (video|content)\W*",
        ),
        (
            "blog chrome",
            r"(skip to (main )?content|main menu|menu|home|search( for)?|sign (in|up)|log ?in|log ?out|register|subscribe( now)?|newsletter|my blog|toggle navigation|close|back to top|top stories|breaking news|open in app)\W*",
        ),
        ("blog chrome", r"(tags?|categories|category|filed under|posted in|topics?)\s*[:|].*"),
        ("blog chrome", r"(copyright|©|\(c\))\s.*|all rights reserved\W*.*"),
        ("blog chrome", r"(previous|next|older|newer) (post|article|story|entry)\W*.*"),
        (
            "blog chrome",
            r"sign up for (our|the) [\w ]+newsletter\W*.*|subscribe to (our|the) [\w ]+\W*",
        ),
        (
            "dateline",
            r"(posted|updated|published|last updated|first published)( on| at)?\s*:?\s*[\w ,:./+-]*\d[\w ,:./+-]*",
        ),
        (
            "byline",
            r"(by|written by|author:)\s+(?-i:[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,2})?)",
        ),
    )
)

_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_SYMBOLS = re.compile(r"^[\W_\d]+$")


def junk_reason(line: str) -> str | None:
    """Why this line is scraper junk, or None when it may be article text."""
    if _SYMBOLS.match(line):
        return "separator"
    if _URL.match(line):
        return "bare link"
    if len(line.split()) > MAX_PATTERN_WORDS:
        return None
    for reason, pattern in PATTERNS:
        if pattern.match(line):
            return reason
    return None
