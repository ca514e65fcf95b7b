"""Jinja2 rendering shared by the static report and the web app.

Autoescaping is on for every template, whatever its name: article text, titles
and URLs are untrusted and are only ever inserted as escaped text. The only
markup that is not escaped is our own (the stylesheet inlined into the static
report). The two outputs differ only by their ``Urls`` (file names vs routes)
and their layout template; the story page itself is one template.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from copydesk.records import RELATION_TYPES, Article, content_id
from copydesk.titles import shown_title

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

#: The static report may load nothing from anywhere: no script, no remote style,
#: font or image. Browsers enforce this even if escaping were ever bypassed.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


class Urls(Protocol):
    """Where links point: file names in the static report, routes in the web app."""

    def home(self) -> str: ...
    def story(self, story_id: str) -> str: ...
    def article(self, article_id: str) -> str | None: ...
    def asset(self, name: str) -> str | None: ...


def page_name(story_id: str) -> str:
    """A file name for a story page that no id can turn into a path elsewhere."""
    if story_id and all(c.isascii() and (c.isalnum() or c in "-_") for c in story_id):
        return f"story-{story_id[:64]}.html"
    return f"story-{content_id(story_id)}.html"


class StaticUrls:
    """Links between the flat files of the static report."""

    def home(self) -> str:
        return "index.html"

    def story(self, story_id: str) -> str:
        return page_name(story_id)

    def article(self, article_id: str) -> str | None:
        return None

    def asset(self, name: str) -> str | None:
        return None


class WebUrls:
    """Routes of the web app."""

    def home(self) -> str:
        return "/"

    def story(self, story_id: str) -> str:
        return "/stories/" + quote(story_id, safe="")

    def article(self, article_id: str) -> str | None:
        return "/articles/" + quote(article_id, safe="")

    def asset(self, name: str) -> str | None:
        return "/static/report/" + quote(name)


def fmt_datetime(value: datetime | date | str | None) -> str:
    if value is None or value == "":
        return "undated"
    if isinstance(value, str):
        try:
            parsed: datetime | date = datetime.fromisoformat(value)
        except ValueError:
            return value
        value = parsed
    if isinstance(value, datetime):
        value = in_utc(value)
        clock = clock_of(value)
        return f"{value.day} {value.strftime('%b %Y')}{clock}" if clock else fmt_date(value)
    return f"{value.day} {value.strftime('%b %Y')}"


def clock_of(value: datetime) -> str:
    """" 14:15 UTC" for a time in UTC, " 14:15" for one without a zone, "" for a date
    without a time (stored as midnight UTC)."""
    if value.tzinfo is not None and value.timetz().replace(tzinfo=None) == time():
        return ""
    return value.strftime(" %H:%M") + (" UTC" if value.tzinfo is not None else "")


def in_utc(value: datetime) -> datetime:
    """A time with a zone, in UTC: articles published in New York, Berlin and Tokyo are
    shown (and spans measured) on one clock; a time without a zone is left as it is."""
    return value.astimezone(timezone.utc) if value.tzinfo is not None else value


def fmt_date(value: datetime | date | None) -> str:
    if value is None:
        return "undated"
    return f"{value.day} {value.strftime('%b %Y')}"


def fmt_period(start: date, end: date | None) -> str:
    """A resolved date or range as a person writes it: "2019", "Feb 2025", "3–9 Mar 2025"."""
    if end is None or end == start:
        return fmt_date(start)
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year)
    if (start.year, start.month) == (end.year, end.month):
        if start.day == 1 and (end + timedelta(days=1)).day == 1:
            return f"{start.strftime('%b')} {start.year}"
        return f"{start.day}–{end.day} {start.strftime('%b')} {start.year}"
    if start.year == end.year:
        return f"{start.day} {start.strftime('%b')} – {fmt_date(end)}"
    return f"{fmt_date(start)} – {fmt_date(end)}"


def fmt_span(first: datetime | None, last: datetime | None) -> str:
    """A story's time span, compact: one day shows its hours, longer spans their dates."""
    if first is None and last is None:
        return "undated"
    if first is None or last is None or first == last:
        return fmt_datetime(first or last)
    first, last = in_utc(first), in_utc(last)
    if first.date() == last.date():
        if time() in (first.time(), last.time()):  # a date without a time: the day only
            return fmt_date(first)
        zone = " UTC" if last.tzinfo is not None else ""
        return f"{fmt_datetime(first).removesuffix(' UTC')}–{last.strftime('%H:%M')}{zone}"
    return f"{fmt_date(first)} – {fmt_date(last)}"


def article_title(article: Article) -> str:
    """An article's title as every page shows it (``titles.shown_title``)."""
    return shown_title(article.title, article.text)


@cache
def stylesheet() -> str:
    return (STATIC / "report.css").read_text(encoding="utf-8")


def environment(extra_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    """A Jinja2 environment over the report's templates (and the web app's, first)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*map(str, extra_dirs), str(TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dt"] = fmt_datetime
    env.filters["day"] = fmt_date
    env.filters["shown_title"] = article_title
    env.globals["span"] = fmt_span
    env.globals["period"] = fmt_period
    env.globals["relation_types"] = RELATION_TYPES  # each has its badge colour
    return env


@cache
def _report_env() -> jinja2.Environment:
    return environment()


def render(template: str, env: jinja2.Environment | None = None, **context: Any) -> str:
    """Render a report template; the static report's defaults fill what is not given."""
    env = env or _report_env()
    context.setdefault("layout", "base.html")
    context.setdefault("urls", StaticUrls())
    context.setdefault("csp", REPORT_CSP)
    context.setdefault("inline_css", Markup(stylesheet()))
    return env.get_template(template).render(**context)


__all__ = [
    "REPORT_CSP",
    "StaticUrls",
    "Urls",
    "WebUrls",
    "environment",
    "fmt_period",
    "fmt_span",
    "page_name",
    "render",
    "stylesheet",
]
