"""Line patterns of scraper junk, grouped by what produced them.

These are families of chrome that scrapers keep (widgets, comment forms, ad
slot markers, media captions, blog navigation), written as general patterns,
not as any site's exact lines. They only ever match a *whole* short line, so a
sentence of the article that happens to mention "share" or "comment" is safe.
"""

from __future__ import annotations

import re

from copydesk.calendar_words import FOREIGN_MONTHS, MONTHS, WEEKDAYS
from copydesk.clean.wordcount import count_words

#: Lines longer than this many words are never junk by pattern: prose that
#: long is article text even when it opens like a widget ("Share prices fell…").
MAX_PATTERN_WORDS = 16
#: The words that open a dateline ("Posted on …"), in the languages the cleaner reads;
#: clean/dateline.py reads the time after them.
DATELINE_WORDS = (
    r"(posted|updated|published|last updated|first published|publicado|actualizado|"
    r"ver[öo]ffentlicht|aktualisiert|publi[ée]|mis [àa] jour|pubblicato|aggiornato|"
    r"atualizado)"
)

#: Words that open a date, lower case in several languages ("Publié le lundi 10 mars",
#: "Publicado el lunes, 10 de marzo", "posted on march 10"), and "about an hour ago".
_DATE_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    r"|jul|aug|sep|sept|oct|nov|dec|today|yesterday|about|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado"
    r"|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute"
    r"|gestern|hoy|ayer|aujourd|hier)\b"
)
_WEEKDAY = "(" + "|".join((*WEEKDAYS, "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
                             "sat", "sun")) + ")"
_MONTH = ("(" + "|".join((*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                          "sept", "oct", "nov", "dec")) + r")\.?")
#: A written date ("Tuesday 6 May 2025", "May 6, 2025") and a clock time after it.
_DATE = (r"(" + _WEEKDAY + r",?\s+)?(\d{1,2}(st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH
         + r"\s+\d{1,2}(st|nd|rd|th)?),?\s+\d{4}")
_CLOCK = r",?\s+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[a-z]{2,5})?"
_SOCIAL = r"(facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|tumblr|email|e-mail|print|pocket|messenger|copy link|mastodon|threads|bluesky)"

#: Each family of chrome with the whole-line patterns that find it.
FAMILIES: dict[str, tuple[str, ...]] = {
    "share widget": (
        r"(share|like|tweet|pin|email|print|save|follow us|follow)( (this|it|the|on \w+|via \w+))?( (story|article|page|post|link))?\s*[:!.]?",
        # A bar of share buttons kept on one line: "Share this: Facebook Twitter Email",
        # "Tweet Share Pin Email" (only such words, two or more).
        rf"((share|tweet|pin|like|save|share this|{_SOCIAL})\s*[:|•·,/-]?\s*){{2,}}",
        r"(click|tap) to (share|print|email|like)\b.*",
        r"%?\w? ?bloggers? like this\W*",
        rf"(share|post|send)( (on|to|via))? {_SOCIAL}\b.*",
        rf"({_SOCIAL}[\s|•·,/-]*){{1,}}",
        r"like loading\W*|be the first to like this\W*",
        # "Like this article? Share it with your friends!", "If you enjoyed this story,
        # please share it".
        r"(did you )?(like|liked|enjoy|enjoyed|love|loved) (this|the|our) (article|story|post|piece)"
        r"\s*\?\s*(please )?(share|tell|send|pass)\b.*",
        r"if you (liked|enjoyed|loved) (this|the|our) (article|story|post|piece),?"
        r" (please )?(share|tell|send|pass)\b.*",
        # ... in French: "Vous avez aimé cet article ? Partagez-le !", "Cet article vous a
        # plu ?" (a French-desk probe)
        r"(vous avez aim[ée] cet article|cet article vous a plu)\s*\?.*",
        r"(teilen|artikel teilen|compartir|comparte|partager|partagez|condividi)( (dies|esto|ceci|this))?\s*[:!.]?",
        # "Follow us on Instagram for more local news! 📸", "Share this story with your
        # friends and family. 👍" (a regression probe: kept as prose once a stop before
        # emoji made a sentence)
        r"(follow|like|find|join) us on \w+\b.*",
        # the same in the languages copydesk reads most (a cleaning probe's Spanish page)
        r"(rejoignez|suivez)(-nous)? (notre|la|le|nos) (cha[iî]ne|groupe|compte|page|canal)s?"
        r" (whatsapp|telegram|instagram|facebook|youtube|tiktok|linkedin)\b.*",
        r"(s[íi]guenos|folgen sie uns|suivez-nous|seguici|siga-nos) (en|auf|sur|su|no|em) "
        r"(instagram|facebook|twitter|x|tiktok|youtube|whatsapp|telegram|linkedin|threads"
        r"|bluesky|mastodon|(las |den |les |i )?(redes sociales|sozialen medien|r[ée]seaux"
        r" sociaux|social))\b.*",
        # an embedded post's signature: "— Vellmouth Harbour (@VellHarbour) March 8, 2026"
        r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)(\s+\w+ \d{1,2},? \d{4}|\s+\d{1,2} \w+ \d{4})?\W*",
        r"share this (story|article|post|page)( with (your )?(friends|family|followers|"
        r"others|everyone)\b.*)?\W*",
    ),
    "ad marker": (
        r"(\[\s*[a-z][\w -]{0,30}\]\s*)+",
        r"(advertisement|advert|ad)\s*[-–—:|]\s*(continue|scroll|story|article)[\w ]*\W*",
        r"(the )?(story|article|content|text) continues (below|after)( (this|the))?"
        r"( (advertisement|advert|ad))?\W*|continue reading( below| the (main )?story)?\W*",
        r"(sponsored|partner content|paid content)\s*[:|-].*",
        # an ad blocker's notice: "Votre navigateur bloque les publicités…"
        r"(votre navigateur bloque|vous utilisez un bloqueur de pub|your browser (is )?block"
        r"|(you are|you're|you seem to be) using an ad ?-?blocker|we (noticed|see) (that )?"
        r"you(?:'re| are) using an ad ?-?blocker|sie verwenden einen (ad-?|werbe)blocker)\b.*",
        r"(advertisement|advertising|sponsored( content)?|ad|ads|promoted|scroll to continue( with content)?|publicidad|anuncio|anzeige|werbung|publicit[ée]|annonce|pubblicit[àa])\W*",
    ),
    "comment form": (
        r"leave a (reply|comment)( cancel reply)?\W*",
        r"(your )?e-?mail( address)? will (not|never) be (published|shown|shared|displayed)\b.*",
        r"required fields are marked\b.*",
        r"(post|submit|add) (a |your )?comments?\W*",
        r"save my name,? email.*",
        r"(\d+ )?comments?( \(\d+\))?\W*|no comments( yet)?\W*|cancel reply\W*",
        r"you must be logged in to post a comment.*",
        r"(kommentar (schreiben|verfassen)|kommentare|deja (un|tu) comentario|comentarios|laisser un commentaire|commentaires|lascia un commento|commenti|r[ée]agir [àa] (cet|l') ?article|ajouter un commentaire)( \(\d+\))?\W*",
        r"(ihre e-?mail-?adresse wird nicht ver[öo]ffentlicht|tu (direcci[óo]n de )?correo electr[óo]nico no ser[áa] publicad[oa]|votre adresse (e-?mail|de messagerie) ne sera pas publi[ée]e)\b.*",
        r"(name|email|website|comment)\s*\*?\s*:?",
    ),
    # One word only: "Source: Kelso Herald" is as often a chart's data credit as a farm's
    # credit to the paper it copied, and "Via Appia Nuova" a street (a regression probe:
    # a six-word version turned a wire's data credit into its copy's credit).
    "source link": (r"source[ _-]?link\W*|source:\s*\S+\W*|via:?\s*\S+\W*",),
    "read-more link": (
        r"related( (stories|articles?|coverage|reading|news))?\s*:\s+(?-i:[A-Z\d\"“‘']).*",
        r"(read|see|click here for) (more|also|the full (story|article|report))\b.*",
        r".*\bhere[’']?s what you need to know\W*",
        r"(also read|read also|see also|more on this|further reading)\s*[:|-].*",
    ),
    "syndication notice": (
        # ... on a site's name or its domain ("appeared first on baysidechronicle.example.")
        r"the post .{3,200} appeared first on (?:(?-i:[A-Z]).{1,100}|[\w-]+(?:\.[\w-]+)+\W*)",
        r"this (article|story|report) (was|has been|is) (published|generated|posted|syndicated) (automatically|from|via|by) .*(feed|agency|wire|service)\W*",
        r"(published|syndicated) (automatically )?from (a |the )?(wire|news) (agency|service) feed\W*",
    ),
    "related list": (
        r"(related|recommended|trending|popular|latest|more)( (posts?|articles?|stories|news|reading|coverage|from [\w .]+))?\s*:?",
        r"most (read|popular|viewed|shared|commented)( (stories|articles|today|this week|now))?\W*"
        r"|recommended (for you|reading|stories)\W*|(top|editor'?s) picks\W*",
        r"you (may|might) (also )?(like|enjoy|be interested in)\W*|what to read next\W*|don'?t miss\W*",
        r"(mehr zum thema|das k[öo]nnte sie auch interessieren|lesen sie auch|noticias relacionadas|te puede interesar|lire aussi|[àa] lire (aussi|[ée]galement)|lire [ée]galement|voir aussi|articles similaires|sur le m[êe]me sujet)\s*:?",
    ),
    "media caption": (
        r"video duration\b.*|(duration|runtime|length):? \d.*",
        r"watch\s*:.*|.*\((video|audio)\s+\d{1,2}:\d{2}(:\d{2})?\)\W*",
        r"listen to (this )?(article|story|episode)\b.*|audio version\b.*",
        r"\d{1,2}:\d{2}(:\d{2})?( min(utes)?)?|\d+ min(ute)?s? read|watch( the)? video\W*|play video\W*",
        r"\(?(photo|image|picture|pictured|video|credit|file photo|photograph)s?( by| credit)?\s*[:/-].*",
        r".*\((photo|image|file photo)[^)]*\)\W*",
        r"([\w-]+ )?(video|image|photo) (thumbnail|player|embed)\W*|embedded (video|content)\W*",
        r"(image|media|video|photo) (caption|source|credit)\s*[,:].*",
    ),
    "blog chrome": (
        r"(skip to (main )?content|main menu|menu|home|search( for)?|sign (in|up)|log ?in|log ?out|register|subscribe( now)?|newsletter|my blog|toggle navigation|close|back to top|top stories|breaking news|open in app)\W*",
        r"(tags?|categories|category|filed under|posted in|topics?)\s*[:|].*",
        # "Copyright 2025 …", "Copyright © …", "Copyright Brackwell Media Ltd.", "© Harbour
        # Times", "(c) Brackwell Times Ltd" (not "Copyright lawyers say…", "Copyright: the
        # library will…"): a sign, a year or a capitalised name follows.
        r"(copyright\s*(by\s+)?(©|\(c\)|\d{4}|:\s*(?-i:[A-Z\d©])|(?-i:[A-Z]))|©"
        r"|\(c\)\s*(?-i:[A-Z\d])).*|.*\ball rights reserved\W*.*",
        r"(previous|next|older|newer) (post|article|story|entry)\W*.*",
        r"sign up for (our|the) [\w ]*newsletters?\W*.*|subscribe to (our|the) [\w ]+\W*",
        r"click here to (subscribe|sign up|register|download|join)\b.*",
        # a live blog's widgets: "Show key events only", "Please turn on JavaScript to use
        # this feature" (a live-blog probe); not "Key events" alone, an explainer's heading
        r"show key events( only)?\W*|please (turn on|enable) javascript\b.*",
    ),
    "breadcrumb": (
        # "Home » World » Brevik mourns its old bridge…": an ingest probe's dumps lost their
        # title to it (it read as the body's first prose). Guillemets quote French, so a
        # line that opens one is no breadcrumb.
        # No sentence: "The timetable runs Kellmouth › Ashby › Dunmore, four times a day."
        # and "Home / away split: 11 wins at home." are a regression probe's prose.
        # A trimmed headline's "..." is no full stop.
        r"(?!.*«)(?!.*(?:[,;:]\s|(?<!\.\.)[.!?]$))(?:[^»›\n]{1,40}\s[»›]\s){2,}.*",
        r"(?!.*(?:[,;:]\s|(?<!\.\.)[.!?]$))(home|startseite|accueil|inicio|inizio|главная)"
        r"\s*[>/|»›]\s.*",
    ),
    "author box": (
        r"(about the author|über den autor|über die autorin|[àa] propos de l'auteur"
        r"|sobre el autor|sobre la autora|l'autore)\W*",
    ),
    "donation appeal": (
        r"((support|fund) (independent|our|quality|local) journalism|become a [\w ]{1,30}(member|subscriber|supporter)|(donate|subscribe) (now|today))\b.*",
    ),
    "dateline": (
        # The date follows at once: a digit, a month or weekday name, or a capitalised word
        # ("Published figures show 340 homes…" is a sentence, not a dateline).
        # A colon only in a time ("10:45"): "Updated 3 March: the union now says 430
        # members joined" is an update note, the article's news (a regression probe's was
        # removed, its figure lost).
        DATELINE_WORDS + r"( on| at| am| el| le| il| em)?\s*:?\s*(?=(?-i:[\d(]|[A-Z])|" + _DATE_WORD
        + r")(?:[\w ,./+-]|(?<=\d):(?=\d))*\d(?:[\w ,./+-]|(?<=\d):(?=\d))*",
        r"posted by [\w .'-]+( on [\w ,:./+-]*\d[\w ,:./+-]*)?",
        # A line that is a date and a time, nothing else ("Tuesday 6 May 2025 18:45 EDT",
        # "May 6, 2025 at 6:45 pm"). Without the time it may head a timeline's entry.
        _DATE + _CLOCK,
        # A live blog's entry stamp ("21 min ago", "1 hour ago", "about an hour ago"): a
        # live-blog probe's were kept and read as durations of 21 and 48 minutes.
        r"(?:(?:about|around|over)\s+)?(?:\d{1,3}|an?|one)\s+(?:sec|secs|seconds?|min|mins|minutes?"
        r"|hrs?|hours?|days?)\s+ago",
    ),
    "byline": (
        r"(by|written by|author:)\s+(?-i:[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,2})?)"
        # ... and the writer's role or outlet ("By Ines Qualle, Local Democracy Reporter").
        r"(,\s+[\w '&-]{0,40}\b(reporter|correspondent|editor|writer|journalist|staff"
        r"|contributor|columnist|producer|desk)s?\b[\w '&-]{0,30})?",
    ),
}

#: All families in one alternation, a named group per family: one regex pass per
#: line instead of one per pattern (the cleaner's hot path).
_GROUPS = {f"f{n}": reason for n, reason in enumerate(FAMILIES)}
_ANY_JUNK = re.compile(
    "^(?:"
    + "|".join(
        f"(?P<f{n}>{'|'.join(f'(?:{body})' for body in bodies)})"
        for n, bodies in enumerate(FAMILIES.values())
    )
    + ")$",
    re.IGNORECASE,
)

_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_SYMBOLS = re.compile(r"^[\W_\d]+$")


#: A cookie banner's button or link ...
_BUTTON = (r"(?:(?:accept|allow|reject|decline|manage|customi[sz]e)(?: all| necessary| essential)?"
           r" cookies|cookie (?:policy|settings|preferences)|(?:accept|allow|reject|decline) all"
           r"|manage (?:preferences|options|consent|settings)|we value your privacy)")
#: ... and lines made of them, one or several ("Accept all   Manage preferences   Reject
#: all": a regression probe's banner kept that line as an article's whole text).
_COOKIE_BUTTON = re.compile(rf"^{_BUTTON}(?:\s*[|·•/]?\s*{_BUTTON})*\W*$", re.IGNORECASE)
#: A reporter's sentence about cookies names who says so: "…, the manager admitted".
_NOT_REPORTED = r"(?!.*\b(said|says|admitted|told|according|explained|added)\b)"
#: A cookie banner's sentence, of any length: it says the site uses cookies and what
#: continuing means ("We use cookies to … By continuing you accept our cookie policy.").
#: Both halves are needed, so a report on cookie rules is not taken for one.
_COOKIE_NOTICE = re.compile(
    # (after the banner's heading on the same line: "We value your privacy. We and …")
    r"^(we value your privacy\W+)?(we|this (web)?site|our (web)?site)( and our partners)? uses?"
    r" cookies\b"
    r"(?=.*\b(cookie (policy|settings|preferences)|privacy policy|by (continuing|using|clicking)"
    # (an OSINT probe's banners: "We use cookies to improve your experience. Accept all",
    # "We and our partners use cookies and similar technologies to store and access
    # information on your device.")
    r"|you (agree|accept|consent)|improve your (browsing )?experience|accept all"
    r"|similar technologies|information on your device"
    # (a user's text file: "We use cookies to give you the best experience. Accept cookies")
    r"|(the )?best (possible |browsing |online )?experience|" + _BUTTON + "))"
    + _NOT_REPORTED,
    re.IGNORECASE,
)
#: A site's words about its own cookies, without the rest of a banner: "This site uses
#: cookies.", "By browsing on, you agree to our use of cookies." Only outside the body is
#: that a banner (``structure``): inside it, "We use cookies from the bakery next door"
#: may be a speaker's words, quoted over several paragraphs.
_COOKIE_TALK = re.compile(
    r"^(?!.*\?\W*$)" + _NOT_REPORTED
    + r".*\b((we|this (web)?site|our (web)?site)( and our (\d[\d,]* )?partners)?( also)?"
    r" (use|uses|store|stores|set|sets|place|places) cookies|our use of cookies"
    r"|you (agree|consent) to (the |our )?(use of )?cookies"
    # French, German, Spanish, Italian, Portuguese and Dutch banners (a regression probe's
    # became the title, and the headline went as site chrome)
    r"|nous utilisons des cookies|ce site utilise des cookies|wir (verwenden|nutzen) cookies"
    r"|diese (web)?seite (verwendet|nutzt) cookies|(utilizamos|usamos) cookies"
    r"|este sitio( web)? (utiliza|usa) cookies|este site (utiliza|usa) cookies"
    r"|utilizziamo (i )?cookie|questo sito (utilizza|usa) (i )?cookie"
    r"|(wij|we) gebruiken cookies|deze (web)?site gebruikt cookies)\b",
    re.IGNORECASE,
)


#: What a site's own banner does not hold, though a headline or a sentence about cookies
#: may (a regression probe): a quotation ("Regulator: 'We Use Cookies' Banners Mislead
#: Users"), a colon going on ("This website uses cookies: that sentence, shown billions of
#: times a day, …") or a report's attribution ("…, Lawsuit Claims").
_NOT_A_BANNER = re.compile(
    r"[\"“”„«»]|(?:^|\s)['‘]\w|:\s+\w|\b(?:claims?|says?|said|alleges?|reports?|finds?|ruled?)\W*$",
    re.IGNORECASE)
#: A sentence about a banner's words, not the banner, even with its buttons named: "This
#: website uses cookies: that sentence … may soon come with a one-click "Reject all"".
_GOES_ON = re.compile(r"\bcookies?\b[^.:]{0,40}:\s+[a-z]")
#: The most words a banner's sentence has.
_MAX_BANNER_WORDS = 40


def is_cookie_talk(line: str) -> bool:
    """A site speaking of its own cookies, as a banner does: a plain sentence or two,
    not a headline in title case, a quotation or a report about cookies."""
    if "cookie" not in line.casefold() or not _COOKIE_TALK.match(line):
        return False
    words = line.split()
    long_words = [w for w in words if len(w.strip(".,;:!?")) > 3]
    headline = len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)
    return len(words) <= _MAX_BANNER_WORDS and not headline and not _NOT_A_BANNER.search(line)


#: A line that is a date, with or without a time ("March 28, 2025"): in a related list,
#: an item's date (``structure._mark_related_lists``).
#: Chinese, Japanese and Korean write a date as year, month and day with their signs
#: ("2026年11月26日 10:30"): an ingest probe's Chinese article lost its only date, taken
#: for a section label.
_CJK_DATE = r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
#: ... and in German, French, Spanish, Italian, Portuguese and Dutch ("12. März 2025",
#: "mercredi 12 mars 2025", "3 de marzo de 2025"): an OSINT probe's French and German date
#: lines under the headline were removed as section labels, so their articles had no
#: publication date and "mardi soir" stayed unresolved.
_FOREIGN_DATE = (r"([^\W\d_]+,?\s+)?\d{1,2}(\.|er|º)?\s+(de\s+)?("
                 + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
                 + r")\.?,?\s+(de\s+)?\d{4}")
_DATE_LINE = re.compile("^(" + _DATE + "|" + _FOREIGN_DATE + "|" + _CJK_DATE + ")("
                        + _CLOCK + r")?\W*$", re.IGNORECASE)


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line.strip()))


#: A WordPress feed's last line, whatever the length of the headline it holds ("The post
#: Sarn Valley rivals agree to thin out forces after Brennick talks appeared first on
#: World Wire Feed.": over the word limit of the patterns, an OSINT probe's feed items kept
#: it).
_POST_APPEARED_FIRST = re.compile(
    r"the post .{3,300} appeared first on (?:(?-i:[A-Z]).{1,100}|[\w-]+(?:\.[\w-]+)+\W*)$",
    re.IGNORECASE)
#: A label before another story's headline, at any length ("Read more: Karsby's housing
#: waiting list tops 900 families as rents climb for a fifth year in a row": a cleaning
#: probe's 17-word line gave the article a count of 900 families). A headline holds no
#: sentence stop.
_LABELLED_HEADLINE = re.compile(
    r"(?:read more|also read|read also|more on this|further reading"  # ("See also: Table 2…")
    r"|lesen sie auch|mehr zum thema|das k[öo]nnte sie auch interessieren|te puede interesar"
    r"|lee tambi[ée]n|lea tambi[ée]n|lire aussi|[àa] lire aussi|leia tamb[ée]m|leggi anche)"
    r"\s*[:|–—-]\s*(?-i:[A-Z\d\"“‘'¿¡ÀÁÂÄÉÈÍÓÖÚÜ])(?![^.!?]*\b(?:said|says|told|sagte|sagt|dijo"
    r"|dice|afirma|afirm[óo]|a dit|dit|affirme|d[ée]clare|declar[óo])\b)[^.!?]{2,300}[!?]?\s*$", re.IGNORECASE)
#: A copyright line at any length: "© 2026 Harrow Wire. All rights reserved. This material
#: may not be published, broadcast, rewritten or redistributed without permission."
_RIGHTS = re.compile(
    # the notice and nothing else: not "© 2019 Lumivar. All rights reserved was printed on
    # every one of the 1,400 maps" nor "(c) the licensee keeps all rights reserved to it"
    # (a regression probe)
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[^.]{1,60}\.\s*all rights reserved\."
    r"(?:\s*(?:this|the) (?:material|article|content|story) may not be [^.]{1,120}\bwithout\b"
    r"[^.]{0,40}\bpermission\.)?\s*$", re.IGNORECASE)
#: A paywall's prompts (a cleaning probe: "You have read 3 of 3 free articles this
#: month." became a count and a date, and three unrelated stories of one site shared a
#: thread through them).
_PAYWALL = re.compile(
    r"(?:subscribe|sign up|register)(?: now)? (?:to|and) (?:continue|keep) reading\b.*"
    r"|(?:you(?:'ve|’ve| have) )?(?:read|reached|used) (?:\d+|all|your)(?: of (?:your |the )?\d+)?"
    r" free (?:articles?|stories|pieces|reads)\b.*"
    r"|(?:get|enjoy|unlock) (?:unlimited|full|complete) (?:digital )?access\b.*"
    r"|this (?:article|story|content|piece) is (?:for|available (?:only )?to|only (?:for|"
    r"available to)|exclusive(?:ly)? (?:for|to)) (?:paying )?(?:subscribers|members)\b.*"
    r"|already (?:a )?(?:subscribed|subscriber|member)\W*\s*(?:sign|log) ?in\b.*"
    r"|(?:to )?(?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)\b.*"
    r"|support (?:local|independent|quality) journalism\b.*\b(?:subscri|access|membership"
    r"|donat)\w*\b.*"
    r"|suscr[íi]bete (?:para|y) (?:seguir|continuar) leyendo\b.*"
    r"|contenido (?:exclusivo )?para suscriptores\b.*"
    r"|(?:jetzt )?weiterlesen mit\b.*|abonnez-vous pour (?:lire|continuer)\b.*"
    r"|il vous reste \d+ ?% (?:de cet article|de l'article|[àa] lire)\b.*"
    r"|(?:cet article|la suite de cet article) est r[ée]serv[ée]e? aux abonn[ée]s\b.*",
    re.IGNORECASE)
#: Words of a sentence that tell of a paywall's prompt instead of being one ("Support
#: local journalism, Solt urged in a letter…": a regression probe).
_REPORTED = re.compile(r"\b(?:said|says|urged|told|adding|was|were|is the|that is)\b", re.IGNORECASE)


#: A row of three or more links of one to three capitalised words each, between bars or
#: dots, and nothing else ("Privacy policy | Terms of use | Contact us": an OSINT probe's
#: footer became the whole text of an article). No digits: "Arsenal 2 | Chelsea 1".
_LINK_ITEM = r"(?-i:[A-Z])[^\W\d_][^\s|·•\d.!?]*(?:\s+[^\W\d_][^\s|·•\d.!?]*){0,2}"
_LINK_ROW = re.compile(rf"^{_LINK_ITEM}(?:\s+[|·•]\s+{_LINK_ITEM}){{2,}}\s*$", re.IGNORECASE)


def junk_reason(line: str) -> str | None:
    """Why this line is scraper junk, or None when it may be article text."""
    if _SYMBOLS.match(line):
        return "separator"
    if _URL.match(line):
        return "bare link"
    if (_COOKIE_NOTICE.match(line) and not _GOES_ON.search(line)) or _COOKIE_BUTTON.match(line):
        return "cookie notice"
    if _POST_APPEARED_FIRST.match(line):  # at any length: a headline runs long
        return "syndication notice"
    if _LABELLED_HEADLINE.match(line):
        return "read-more link"
    if _RIGHTS.match(line):
        return "blog chrome"
    if count_words(line) > MAX_PATTERN_WORDS:
        return None
    if _PAYWALL.match(line) and not _REPORTED.search(line):
        return "paywall"
    match = _ANY_JUNK.match(line)
    if match is None or match.lastgroup is None:
        return "navigation links" if _LINK_ROW.match(line) else None
    return _GROUPS[match.lastgroup]
