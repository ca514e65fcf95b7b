"""The HTML pages: story list, story, search, articles, upload and job progress.

Pages parse their query strings themselves (an empty form field is "no
filter", not an error) and render the report's templates, so a story page
here is the same page the static report writes.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from copydesk.records import Story
from copydesk.report.sources import safe_url
from copydesk.report.views import story_view
from copydesk.report.write import totals
from copydesk.store import Store
from copydesk.web.app import WEB_STATIC, Context, store_for
from copydesk.web.article_view import article_view
from copydesk.web.queries import (
    MAX_PER_PAGE,
    SORTS,
    Page,
    StoryFilter,
    apply,
    paginate,
    parse_date,
    parse_int,
)
from copydesk.web.search import placed, search_page

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(store_for)]


def _ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def _link(path: str, params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", 0)}
    if merged.get("page") == 1:
        del merged["page"]
    return path + ("?" + urlencode(merged) if merged else "")


def _past_the_end(result: Page) -> bool:
    """A page after the last of a non-empty list: it had shown "No articles yet." with
    "Page 999 of 1" and a "Previous" link to the empty page 998; the last page is shown."""
    return bool(result.total) and result.pages is not None and result.page > result.pages


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request, store: StoreDep) -> Response:
    qp = request.query_params
    f = StoryFilter(
        text=qp.get("q", "")[:200],
        date_from=parse_date(qp.get("date_from"), "date_from"),
        date_to=parse_date(qp.get("date_to"), "date_to"),
        min_sources=parse_int(qp.get("min_sources"), "min_sources"),
        min_independent=parse_int(qp.get("min_independent"), "min_independent"),
        sort=str(qp.get("sort")) if qp.get("sort") in SORTS else "independent",
    )
    page = parse_int(qp.get("page"), "page", minimum=1, default=1)
    per_page = min(MAX_PER_PAGE, parse_int(qp.get("per_page"), "per_page", 1, 25))
    chosen = paginate(apply(_ctx(request).stories.stories(store), f), page, per_page)
    params = {k: qp.get(k) for k in ("q", "date_from", "date_to", "min_sources",
                                     "min_independent", "sort", "per_page")}
    if _past_the_end(chosen):
        return RedirectResponse(_link("/", params, page=chosen.pages), status_code=303)
    return _ctx(request).page(
        "stories.html", rows=chosen.items, result=chosen, f=f, sorts=SORTS,
        totals=totals(store),
        prev_url=_link("/", params, page=page - 1) if page > 1 else None,
        next_url=_link("/", params, page=page + 1) if chosen.has_next else None,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, store: StoreDep) -> Response:
    view = story_view(store, story_id)
    if view is None:
        raise HTTPException(404, "No such story.")
    return _ctx(request).page("story.html", view=view)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep) -> Response:
    q = request.query_params.get("q", "").strip()[:500]
    page = parse_int(request.query_params.get("page"), "page", minimum=1, default=1)
    found = search_page(store, q, page, 20) if q else None
    if found and found.total and not found.hits and page > 1:  # past the last page
        last = -(-found.total // 20)
        return RedirectResponse(_link("/search", {"q": q}, page=last), status_code=303)
    return _ctx(request).page(
        "search.html", q=q, found=found, hits=placed(store, found.hits) if found else [],
        page=page,
        prev_url=_link("/search", {"q": q}, page=page - 1) if page > 1 else None,
        next_url=_link("/search", {"q": q}, page=page + 1) if found and found.has_next else None,
    )


@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request, store: StoreDep) -> Response:
    page = parse_int(request.query_params.get("page"), "page", minimum=1, default=1)
    per_page = 50
    rows = store.list_articles(limit=per_page, offset=(page - 1) * per_page)
    total = store.count_articles()
    result = paginate(range(total), page, per_page)
    if _past_the_end(result):
        return RedirectResponse(_link("/articles", {}, page=result.pages), status_code=303)
    return _ctx(request).page(
        "articles.html", rows=rows, result=result,
        prev_url=_link("/articles", {}, page=page - 1) if page > 1 else None,
        next_url=_link("/articles", {}, page=page + 1) if result.has_next else None,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: StoreDep) -> Response:
    art = store.get_article(article_id)
    if art is None:
        raise HTTPException(404, "No such article.")
    ann = store.annotations(article_id)
    story = store.get_record("stories", ann["story_id"]) if ann.get("story_id") else None
    story = story if isinstance(story, Story) else None
    return _ctx(request).page(
        "article.html", article=art, ann=ann, story=story,
        view=article_view(store, art, story), url=safe_url(art.url),
        quotes=store.records_for("quotes", article_id),
    )


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> Response:
    ctx = _ctx(request)
    return ctx.page("upload.html", limit_mb=f"{ctx.max_upload_bytes / (1024 * 1024):g}")


@router.post("/upload")
def upload(
    request: Request, files: Annotated[list[UploadFile], File()]
) -> Response:
    chosen = [f for f in files if f.filename]
    if not chosen:
        raise HTTPException(400, "Choose at least one file to upload.")
    job = _ctx(request).jobs.submit((f.filename, f.file) for f in chosen)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> Response:
    job = _ctx(request).jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "No such upload job.")
    return _ctx(request).page("job.html", job=job.snapshot())


@router.get("/favicon.ico")
def favicon() -> Response:
    return FileResponse(WEB_STATIC / "favicon.svg", media_type="image/svg+xml")


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> Response:
    """A plain list of the API's endpoints (Swagger UI would load a CDN)."""
    spec = request.app.openapi()
    endpoints = [
        (method.upper(), path, op.get("summary", ""),
         [p["name"] for p in op.get("parameters", [])])
        for path, ops in spec.get("paths", {}).items()
        for method, op in ops.items()
    ]
    return _ctx(request).page("api.html", endpoints=endpoints)


__all__ = ["router"]
