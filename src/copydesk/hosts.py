"""A URL's host as a publisher's name: one rule for the cleaner, the readers, the reuse
step's credit lines and the stories' source counts."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from rapidfuzz import fuzz


def host_name(url: str | None) -> str | None:
    """The host of an absolute URL without its "www.", lower case; None without one."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # "http://[::1" and other broken addresses
        return None
    return (host or "").removeprefix("www.") or None


#: Second-level labels under a country's code, which name no publisher ("bbc.co.uk").
_REGISTRY_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})


def registered_labels(host: str) -> list[str]:
    """A host's labels without "www.", its top-level domain and a country's "co." or
    "com." ("news.bbc.co.uk" → ["news", "bbc"]); a host of one label keeps it."""
    labels = [x for x in host.removeprefix("www.").split(".") if x]
    if len(labels) > 1:
        labels.pop()  # ".com", ".uk", ".example"
    if len(labels) > 1 and labels[-1] in _REGISTRY_LABELS:
        labels.pop()  # ".co.uk"
    return labels


def site_key(site: str | None) -> str | None:
    """One key for the forms an outlet's name takes: "Ostmark Gazette" (a page's own
    name), "ostmarkgazette.example" (a host, for a plain-text capture) and "Ostmark-
    Gazette" are one outlet, so a crawl probe's single paper no longer counted as two
    independent sources. A host (lower case, dotted, no space) gives its labels without
    "www.", its top-level domain and a country's "co."/"com." ("news.bbc.co.uk" →
    "newsbbc"), so two blogs on one platform stay two ("valleynotes.inkwell.example",
    "damwatch.inkwell.example"), and a name its letters and digits, folded ("Echo.ost"
    and "Echo.vel" are two papers, not two hosts of "echo": a regression probe)."""
    if not site:
        return None
    text = site.strip()
    if " " not in text and "." in text.strip(".") and text == text.lower():
        text = "".join(registered_labels(text))
    folded = unicodedata.normalize("NFKD", text.casefold())
    key = "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))
    return key or site


def names_host(name: str, host: str) -> bool:
    """Whether a page's own name for its outlet could be the outlet at ``host``: the
    shorter of their keys is found in the other, spelled nearly alike ("BBC News" at
    bbc.co.uk, "CNN" at edition.cnn.com, "Nordhafener Rundschau" at
    nordhafenrundschau.example, "Süddeutsche Zeitung" at sueddeutsche.de). A scraper that
    copies a page whole keeps its ``og:site_name``: at its own host the name is the
    copied outlet's, not its own."""
    named, hosted = site_key(name), site_key(host)
    if not named or not hosted:
        return False
    return fuzz.partial_ratio(named, hosted) >= SAME_OUTLET_SPELLING


#: ``names_host``: the rapidfuzz partial ratio (0–100) of a name's and a host's keys
#: that makes them one outlet (the examples above: 89–100; a scraper's host and the
#: outlet it copies, "newsgrabber" and "ostmarkgazette": 36).
SAME_OUTLET_SPELLING = 85
