"""Short articles written for these tests: two strikes in two ports, a summit and the visit
that prepared it, and rewrites of each, so that topic words are shared across events."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from copydesk.records import Article, content_id

MONDAY = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)

TEXTS: dict[str, tuple[str, str, int]] = {
    # key: (title, body, days after MONDAY of publication)
    "strike_a1": (
        "Dockworkers walk out in Saltmere over pay",
        "SALTMERE, Marvessa (Wire) – Dockworkers in Saltmere walked out on Monday after pay "
        "talks with the port authority collapsed, union leader Petra Kovanen said.\n\n"
        "Kovanen said 12,000 members had stopped work at the four container terminals. "
        "Port director Gideon Marsh called the strike unlawful.",
        0,
    ),
    "strike_a2": (
        "Saltmere port at a standstill as dockers strike",
        "Cranes stood idle in Saltmere on Monday as 12,000 dockworkers went on strike, "
        "according to their union.\n\nPetra Kovanen, who leads the union, said the walkout "
        "would last until Gideon Marsh made a better offer on pay.",
        0,
    ),
    "strike_a3": (
        "Saltmere dockworkers halt Marvessa's biggest port",
        "A pay strike by 12,000 dockworkers halted Marvessa's biggest port in Saltmere on "
        "Monday. Union chief Petra Kovanen told reporters in Saltmere that members rejected "
        "the pay offer of Gideon Marsh, the port director.",
        0,
    ),
    "strike_b1": (
        "Rail workers strike in Dunholt over pay",
        "DUNHOLT, Tarrenland (Wire) – Rail workers in Dunholt went on strike on Thursday after "
        "pay talks with the operator failed, union leader Ivo Brandt said.\n\n"
        "Brandt said 800 members had stopped work at the central depot. Operator chief "
        "Selma Ostrow called the strike regrettable.",
        3,
    ),
    "strike_b2": (
        "Dunholt trains halted as rail staff walk out",
        "No trains left Dunholt on Thursday as 800 rail workers walked out over pay. "
        "Ivo Brandt, the union leader, said the strike would continue until Selma Ostrow "
        "improved her offer.",
        3,
    ),
    "visit": (
        "Trade minister Halvik visits Orvane ahead of summit",
        "ORVANE, Tarrenland (Wire) – Trade minister Teodor Halvik met farm leaders in Orvane on "
        "Tuesday to prepare Friday's summit with Anouk Brennaert. Halvik said a wheat deal "
        "was within reach.",
        1,
    ),
    "summit": (
        "Halvik and Brennaert agree wheat deal at Serravine summit",
        "SERRAVINE, Aldmark (Wire) – Teodor Halvik and Anouk Brennaert agreed on Friday in "
        "Serravine to cut the wheat duty by half. Brennaert said the summit ended a "
        "four-year quarrel.",
        4,
    ),
    "summit2": (
        "Wheat duty halved after Serravine talks",
        "Meeting in Serravine on Friday, Anouk Brennaert and Teodor Halvik agreed to halve "
        "the wheat duty, officials said. Halvik called the summit a turning point.",
        4,
    ),
}


def article(key: str, site: str | None = None, text_suffix: str = "") -> Article:
    title, body, days = TEXTS[key]
    text = title + "\n\n" + body + text_suffix
    return Article(
        id=content_id(text), source=f"{key}.txt", text=text, title=title,
        site=site or f"{key.split('_')[0]}-{key}.example",
        published=MONDAY + timedelta(days=days, hours=len(key)),
        language="en",
    )


def articles(*keys: str) -> list[Article]:
    return [article(k) for k in keys]
