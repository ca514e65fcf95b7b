"""The JSON API under /api: stories, articles, relations, facts, search and ingest.

Lists are paged (``page``, ``per_page`` ≤ 100) and answer ``{"items", "page",
"per_page", "total"}``; search adds ``has_next`` (its ``total`` is null only where the
store cannot count matches). Records are the same JSON objects ``copydesk export`` writes.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, BeforeValidator, Field

from copydesk.exports import record_row
from copydesk.records import RELATION_TYPES, Article, to_dict
from copydesk.report.views import story_view
from copydesk.store import Store
from copydesk.web.app import Context, store_for
from copydesk.web.queries import (
    MAX_PER_PAGE,
    MAX_QUERY_INT,
    StoryFilter,
    apply,
    paginate,
    story_summary,
)
from copydesk.web.search import search_page


def _known_parameters(request: Request) -> None:
    """A query parameter the endpoint does not take is a 422, not silently ignored: a
    probe's ``/api/articles?story_id=…`` and ``/api/stories?limit=1`` answered every
    record with a 200, which a dashboard reads as a filter applied."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "no query parameters"
        raise RequestValidationError([
            {"loc": ("query", name), "type": "extra_forbidden",
             "msg": f"unknown parameter; this endpoint takes {takes}"} for name in unknown])


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


class Problem(BaseModel):
    where: str = Field(description='the parameter, e.g. "query.per_page"')
    problem: str


class ErrorBody(BaseModel):
    """Every error of the API (the OpenAPI description had FastAPI's default 422 body,
    which this API never sends, and no 400 or 404 at all)."""

    error: str
    status: int
    detail: list[Problem] | None = Field(None, description="invalid parameters (422 only)")


class ListPage(BaseModel):
    """A page of records: ``items`` are the objects ``copydesk export`` writes (fields in
    docs/schema.md)."""

    items: list[dict[str, Any]]
    page: int
    per_page: int
    total: int | None


class SearchPage(ListPage):
    has_next: bool
    order: str = Field(description="rank or recent (last stored first)")


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "a usage error (a bad search query, a "
          "reversed date range)"},
    404: {"model": ErrorBody, "description": "no such record"},
    422: {"model": ErrorBody, "description": "invalid or unknown parameters"},
}
_LIST: dict[int | str, dict[str, Any]] = {200: {"model": ListPage, "description": "one page"}}

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(_known_parameters)],
                   responses=_ERRORS)

StoreDep = Annotated[Store, Depends(store_for)]
PageQ = Annotated[int, Query(ge=1, le=MAX_QUERY_INT, description="1-based page number")]
PerPageQ = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="items per page")]


def _ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def _page(items: list[Any], page: int, per_page: int, total: int | None) -> dict[str, Any]:
    return {"items": items, "page": page, "per_page": per_page, "total": total}


def _calendar_day(value: object) -> object:
    """"20250304" is a day, as on the pages (ISO 8601's basic form), not a count of
    seconds since 1970, which pydantic reads a run of digits as (a web probe)."""
    if isinstance(value, str) and value.isdigit() and len(value) == 8:
        return date.fromisoformat(value)
    return value


@router.get("/stories", responses=_LIST, response_model=None,
            summary="Stories, filtered and paged")
def stories(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="words of the title or keywords "
                            "(each may be a word's beginning: salt finds Saltmere)")] = "",
    date_from: Annotated[date | None, BeforeValidator(_calendar_day),
                         Query(description="last seen on or after")] = None,
    date_to: Annotated[date | None, BeforeValidator(_calendar_day),
                       Query(description="first seen on or before")] = None,
    min_sources: Annotated[int, Query(ge=0)] = 0,
    min_independent: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[str, Query(pattern="^(independent|recent|articles)$")] = "independent",
    page: PageQ = 1,
    per_page: PerPageQ = 20,
) -> dict[str, Any]:
    f = StoryFilter(q, date_from, date_to, min_sources, min_independent, sort)
    chosen = paginate(apply(_ctx(request).stories.stories(store), f), page, per_page)
    return _page([story_summary(s) for s in chosen.items], page, per_page, chosen.total)


@router.get("/stories/{story_id}", summary="One story: summary, timeline, facts, quotes, "
            "lineage and side-by-side copies")
def story(story_id: str, store: StoreDep) -> dict[str, Any]:
    view = story_view(store, story_id)
    if view is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return view.to_dict()


@router.get("/articles", responses=_LIST, response_model=None,
            summary="Articles in the order first stored (or of one story, in its order), "
            "without their text")
def articles(
    store: StoreDep,
    story_id: Annotated[str | None, Query(min_length=1, max_length=200,
                                          description="only this story's articles")] = None,
    page: PageQ = 1,
    per_page: PerPageQ = 20,
) -> dict[str, Any]:
    """The articles export's rows (annotations included) without ``text`` and ``removed``."""
    if story_id is not None:
        story = store.get_record("stories", story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id!r}")
        chosen = paginate(list(story.article_ids), page, per_page)
        by_id = {a.id: a for a in store.get_articles(chosen.items)}
        rows, total = [by_id[i] for i in chosen.items if i in by_id], chosen.total
    else:
        rows = store.list_articles(limit=per_page, offset=(page - 1) * per_page)
        total = store.count_articles()
    items = []
    for a in rows:
        data = _article_row(store, a)
        data.pop("text")
        data.pop("removed")
        items.append(data)
    return _page(items, page, per_page, total)


def _article_row(store: Store, a: Article) -> dict[str, Any]:
    """An article as the export writes it: its fields and annotations side by side."""
    data = to_dict(a)
    data.update(store.annotations(a.id))
    return data


@router.get("/articles/{article_id}", summary="One article: the export's row (text, removed "
            "lines and annotations) and its relations")
def article(article_id: str, store: StoreDep) -> dict[str, Any]:
    found = store.get_article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    data = _article_row(store, found)
    data["relations"] = [record_row(r) for r in store.records_for("relations", article_id)]
    return data


@router.get("/relations", responses=_LIST, response_model=None,
            summary="Reuse relations, all or those of one article")
def relations(
    store: StoreDep,
    article_id: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    type: Annotated[str | None, Query(pattern=f"^({'|'.join(RELATION_TYPES)})$")] = None,
    page: PageQ = 1,
    per_page: PerPageQ = 20,
) -> dict[str, Any]:
    if article_id:
        # A typo never reads as a filter applied (as for /articles?story_id=).
        if store.get_article(article_id) is None:
            raise HTTPException(404, f"no article {article_id!r}")
        found = store.records_for("relations", article_id)
    else:
        found = list(store.iter_records("relations"))
    if type:
        found = [r for r in found if r.type == type]
    chosen = paginate(found, page, per_page)
    return _page([record_row(r) for r in chosen.items], page, per_page, chosen.total)


@router.get("/facts", responses=_LIST, response_model=None,
            summary="Facts, all or those of one story")
def facts(
    store: StoreDep,
    story_id: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    page: PageQ = 1,
    per_page: PerPageQ = 20,
) -> dict[str, Any]:
    if story_id and store.get_record("stories", story_id) is None:
        raise HTTPException(404, f"no story {story_id!r}")
    found = (store.records_for("facts", story_id) if story_id
             else list(store.iter_records("facts")))
    chosen = paginate(found, page, per_page)
    return _page([record_row(r) for r in chosen.items], page, per_page, chosen.total)


@router.get("/search", responses={200: {"model": SearchPage, "description": "one page"}},
            response_model=None,
            summary="Full-text search over article titles and texts (SQLite FTS5)")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="FTS5 query")],
    order: Annotated[str, Query(
        pattern="^(auto|rank|recent)$",
        description="rank: relevance; recent: last stored first; auto: rank unless more "
        "than 10,000 articles match")] = "auto",
    page: PageQ = 1,
    per_page: PerPageQ = 20,
) -> dict[str, Any]:
    found = search_page(store, q, page, per_page, lenient=False, order=order)
    items = [{k: v for k, v in h.items() if k != "snippet_html"} for h in found.hits]
    return {**_page(items, page, per_page, found.total), "has_next": found.has_next,
            "order": found.order}


@router.post("/ingest", status_code=202, responses={
                 413: {"model": ErrorBody, "description": "the upload is over the size "
                       "limit (serve --max-upload-mb)"},
                 403: {"model": ErrorBody, "description": "a cross-site request"},
                 429: {"model": ErrorBody, "description": "too many upload jobs are waiting "
                       "(serve --max-queued-jobs); try again after Retry-After seconds"},
                 507: {"model": ErrorBody, "description": "the files cannot fit in the "
                       "uploads folder's allowance (serve --max-upload-storage-mb)"}},
             summary="Upload files (text, HTML, JSON Lines, WARC, feeds); they are ingested and "
             "analysed in the background. Poll the returned status URL.")
def ingest(
    request: Request,
    files: Annotated[list[UploadFile], File(description="one or more article files")],
) -> JSONResponse:
    if not files:
        raise HTTPException(400, "no files uploaded")
    job = _ctx(request).jobs.submit((f.filename, f.file) for f in files)
    status_url = f"/api/jobs/{job.id}"
    return JSONResponse({"job": job.snapshot(), "status_url": status_url}, status_code=202,
                        headers={"Location": status_url})


@router.get("/jobs/{job_id}", summary="Progress of an ingest job (kept in memory: a restarted "
            "server knows no earlier job)")
def job(request: Request, job_id: str) -> JSONResponse:
    found = _ctx(request).jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r}")
    # A job's state changes while it is polled: no cache may answer for it.
    return JSONResponse(found.snapshot(), headers={"Cache-Control": "no-store"})


__all__ = ["router"]
