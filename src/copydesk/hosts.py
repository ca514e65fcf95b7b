"""A URL's host as a publisher's name: one rule for the cleaner, the readers, the reuse
step's credit lines and the stories' source counts."""

from __future__ import annotations

from urllib.parse import urlsplit


def host_name(url: str | None) -> str | None:
    """The host of an absolute URL without its "www.", lower case; None without one."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # "http://[::1" and other broken addresses
        return None
    return (host or "").removeprefix("www.") or None
