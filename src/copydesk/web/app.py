"""The web app: FastAPI routes rendered with the report's templates, plus a JSON API.

Bound to 127.0.0.1 by default; there are no accounts, so exposing it is the
operator's explicit choice (``--host``). Every response carries a strict
Content-Security-Policy (own scripts and styles only, nothing inline), uploads
are capped per request, and malformed input gets a 4xx with a JSON error.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from copydesk.errors import CopydeskError
from copydesk.report.render import STATIC as REPORT_STATIC
from copydesk.report.render import WebUrls, environment
from copydesk.store import Store, open_store
from copydesk.web.jobs import MAX_QUEUED_JOBS, MAX_UPLOAD_STORAGE_BYTES, JobRunner, UploadRefused
from copydesk.web.queries import StoryCache

log = logging.getLogger(__name__)

WEB_TEMPLATES = Path(__file__).parent / "templates"
WEB_STATIC = Path(__file__).parent / "static"

#: Largest request body accepted (uploads): 50 MB, a generous batch of articles.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
#: Seconds a client refused for a full job queue is told to wait (``Retry-After``).
RETRY_AFTER = 30

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit // (1024 * 1024)} MB")


class Guard:
    """ASGI middleware: security headers on every response, request bodies capped,
    and two checks a server on a laptop needs: the Host header must name this server
    (a web page cannot reach it through DNS rebinding), and a browser's POST must come
    from one of its own pages (another site cannot upload through a hidden form)."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_UPLOAD_BYTES,
                 allowed_hosts: Sequence[str] | None = None, any_address: bool = False) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.allowed_hosts = {h.lower().strip("[]") for h in allowed_hosts or ()}
        #: Whether a Host that is an IP address passes (a server bound beyond loopback is
        #: reached by its addresses; DNS rebinding always sends a name).
        self.any_address = any_address

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        head = scope.get("method") == "HEAD"
        if head:  # FastAPI routes answer GET only; HEAD is GET without the body
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            elif head and message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {**message, "body": b""}
            await send(message)

        headers = dict(scope.get("headers", []))
        host = _hostname(headers.get(b"host", b"").decode("latin-1"))
        if self.allowed_hosts and host not in self.allowed_hosts and not (
                self.any_address and _is_address(host)):
            await _send_json(send_with_headers, 400, {
                "error": f"unknown host {host!r}: this server answers to "
                f"{', '.join(sorted(self.allowed_hosts))}", "status": 400})
            return
        host_header = headers.get(b"host", b"").decode("latin-1")
        if scope.get("method") == "POST" and _cross_site(headers, host_header):
            await _send_json(send_with_headers, 403, {
                "error": "cross-site request refused", "status": 403})
            return
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            await _send_json(send_with_headers, 413, {
                "error": TooLarge(self.max_bytes).detail, "status": 413})
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise TooLarge(self.max_bytes)
            return message

        try:
            await self.app(scope, limited, send_with_headers)
        except TooLarge as exc:
            if started:
                raise
            await _send_json(send_with_headers, 413, {"error": exc.detail, "status": 413})
        except Exception:
            # A bug still answers with this server's headers (Starlette's own 500 is sent
            # outside this middleware); re-raised so that the server logs the traceback.
            if not started:
                await _send_json(send_with_headers, 500, {
                    "error": "internal error: the server's log has the details", "status": 500})
            raise


def _cross_site(headers: dict[bytes, bytes], host_header: str) -> bool:
    """Whether a browser says the request comes from another site's page: another host,
    or another port of this one (a local dev server is "same-site" but not this app). An
    opaque origin (``Origin: null``: a sandboxed frame, a ``data:`` page) counts as
    another site; no Origin at all is a command-line client such as curl."""
    fetch_site = headers.get(b"sec-fetch-site", b"").decode("latin-1").lower()
    if fetch_site in ("cross-site", "same-site"):
        return True
    origin = headers.get(b"origin", b"").decode("latin-1").strip().lower()
    if not origin:
        return False
    return origin == "null" or urlsplit(origin).netloc != host_header.strip().lower()


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _hostname(netloc: str) -> str:
    """The host part of a Host header or URL authority, lower case, without port."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    data = JSONResponse(body).body
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
        (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": data})


@dataclass
class Context:
    """What every request needs: the store path, caches, the job runner, templates."""

    db: str
    stories: StoryCache
    jobs: JobRunner
    env: jinja2.Environment
    #: Largest request body (``serve --max-upload-mb``): the upload page states it.
    max_upload_bytes: int = MAX_UPLOAD_BYTES

    def open(self) -> Store:
        return open_store(self.db)

    def page(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("layout", "web_base.html")
        context.setdefault("urls", WebUrls())
        context.setdefault("csp", None)
        context.setdefault("inline_css", None)
        context.setdefault("db_name", Path(self.db).name)
        html = self.env.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status)


def store_for(request: Request) -> Iterator[Store]:
    """A store connection for one request (SQLite in WAL mode: readers never block the writer)."""
    store = request.app.state.ctx.open()
    try:
        yield store
    finally:
        store.close()


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def create_app(db: str, *, uploads: Path | None = None,
               max_upload_bytes: int = MAX_UPLOAD_BYTES,
               allowed_hosts: Sequence[str] | None = None,
               any_address: bool = False,
               max_queued_jobs: int = MAX_QUEUED_JOBS,
               max_upload_storage_bytes: int = MAX_UPLOAD_STORAGE_BYTES,
               job_niceness: int | None = None) -> FastAPI:
    """The app over the store file ``db`` (created empty if missing). ``allowed_hosts``
    are the names the Host header may carry (``serve`` passes ``host_names``); None
    accepts any (tests). ``any_address``: an IP address passes too (a server bound
    beyond loopback). ``max_queued_jobs`` and ``max_upload_storage_bytes`` bound the
    upload jobs waiting and the uploads folder; ``job_niceness``, when given, runs each
    job in a process of its own that much lower in priority (``serve`` does; tests run
    them in a thread: :class:`JobRunner`)."""
    from copydesk.web import api, pages

    # Create or migrate the store now, not inside the first request, and keep this
    # connection open for the app's life: while one connection stays open SQLite keeps
    # the WAL file, so its size and time change only on writes, which is what the
    # story cache watches (the last connection to close would delete and recreate it).
    keeper = open_store(db)
    app = FastAPI(
        title="copydesk",
        summary="Copies, stories and independent sources of a news corpus.",
        version="1",
        docs_url=None,  # Swagger UI and ReDoc load their assets from a CDN: off.
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    cache = StoryCache(db)
    ctx = Context(
        db=db,
        stories=cache,
        jobs=JobRunner(db, uploads or Path(db).resolve().parent / "copydesk-uploads",
                       on_done=cache.invalidate, max_queued=max_queued_jobs,
                       max_storage=max_upload_storage_bytes, niceness=job_niceness),
        env=environment([WEB_TEMPLATES]),
        max_upload_bytes=max_upload_bytes,
    )
    app.state.ctx = ctx
    app.state.keeper = keeper

    def warm() -> None:  # read the story list now, not on the first visitor's request
        store = open_store(db)
        try:
            cache.stories(store)
        finally:
            store.close()

    threading.Thread(target=warm, name="copydesk-warm", daemon=True).start()
    app.add_middleware(Guard, max_bytes=max_upload_bytes, allowed_hosts=allowed_hosts,
                       any_address=any_address)
    app.mount("/static/report", StaticFiles(directory=REPORT_STATIC), name="report-static")
    app.mount("/static/web", StaticFiles(directory=WEB_STATIC), name="web-static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if _is_api(request) or exc.status_code == 413:
            return JSONResponse({"error": exc.detail, "status": exc.status_code},
                                status_code=exc.status_code, headers=exc.headers)
        page = ctx.page("error.html", status=exc.status_code, status_code=exc.status_code,
                        message=str(exc.detail))
        # The exception's headers ("Allow" of a 405) on the page too, as on the API's.
        page.headers.update(exc.headers or {})
        return page

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        if _is_api(request):
            return JSONResponse({"error": "invalid request", "status": 422, "detail": problems},
                                status_code=422)
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return ctx.page("error.html", status=422, status_code=422, message=message)

    @app.exception_handler(UploadRefused)
    async def refused(request: Request, exc: UploadRefused) -> Any:
        # A full queue drains: say when to try again. A full folder waits for a person.
        headers = {"Retry-After": str(RETRY_AFTER)} if exc.status == 429 else {}
        if _is_api(request):
            return JSONResponse({"error": str(exc), "status": exc.status},
                                status_code=exc.status, headers=headers)
        page = ctx.page("error.html", status=exc.status, status_code=exc.status,
                        message=str(exc))
        page.headers.update(headers)
        return page

    @app.exception_handler(CopydeskError)
    async def usage(request: Request, exc: CopydeskError) -> Any:
        if _is_api(request):
            return JSONResponse({"error": str(exc), "status": 400}, status_code=400)
        return ctx.page("error.html", status=400, status_code=400, message=str(exc))

    return app


__all__ = ["CSP", "MAX_UPLOAD_BYTES", "Context", "create_app", "store_for"]
