"""The web app (``copydesk serve``): story list, search, story and article pages, uploads,
and a JSON API, over one store file. See docs/web.md."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from copydesk.web.app import MAX_UPLOAD_BYTES, create_app
from copydesk.web.jobs import JOB_NICENESS, MAX_QUEUED_JOBS, MAX_UPLOAD_STORAGE_BYTES

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """Whether the app listens on this machine only: localhost or any loopback address
    (127.0.0.0/8, ::1), where the Host header is checked against DNS rebinding."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_names(host: str, extra: Sequence[str] = ()) -> list[str]:
    """The names the Host header may carry. On loopback: the address served, 127.0.0.1,
    localhost and ::1. On any other address also this machine's names and, by
    ``serve``'s ``any_address``, any IP address: a page that rebinds its own name to this
    machine still sends that name, never an address, so the check holds on every bind
    (it had been off beyond loopback: a web probe uploaded through Host evil.example to
    a server on 0.0.0.0). ``extra``: the names users reach it by (``--allow-host``)."""
    names = [host, *LOOPBACK, *extra]
    if not is_loopback(host):
        names += [socket.gethostname(), socket.getfqdn()]
    return sorted({n.lower().strip("[]") for n in names if n})


def server_config(db: str, host: str = "127.0.0.1", port: int = 8000,
                  allow_hosts: Sequence[str] = (), trusted_proxies: Sequence[str] = (),
                  **limits: int) -> uvicorn.Config:
    """uvicorn's settings for the app, as ``serve`` runs it."""
    import uvicorn

    return uvicorn.Config(_app(db, host, allow_hosts, **limits),
                          **_uvicorn_options(host, port, trusted_proxies))


def serve(db: str, host: str = "127.0.0.1", port: int = 8000,
          allow_hosts: Sequence[str] = (), trusted_proxies: Sequence[str] = (),
          **limits: int) -> None:
    """Run the app with uvicorn until interrupted. ``limits``: ``create_app``'s bounds on
    uploads (``max_upload_bytes`` per request, ``max_queued_jobs``,
    ``max_upload_storage_bytes``) and ``job_niceness``
    (upload jobs run in a process of their own, that much lower in priority)."""
    import uvicorn

    uvicorn.run(_app(db, host, allow_hosts, **limits),
                **_uvicorn_options(host, port, trusted_proxies))


def _app(db: str, host: str, allow_hosts: Sequence[str], *,
         max_queued_jobs: int = MAX_QUEUED_JOBS,
         max_upload_storage_bytes: int = MAX_UPLOAD_STORAGE_BYTES,
         max_upload_bytes: int = MAX_UPLOAD_BYTES,
         job_niceness: int = JOB_NICENESS) -> FastAPI:
    return create_app(
        db, allowed_hosts=host_names(host, allow_hosts), any_address=not is_loopback(host),
        max_queued_jobs=max_queued_jobs, max_upload_storage_bytes=max_upload_storage_bytes,
        max_upload_bytes=max_upload_bytes, job_niceness=job_niceness)


def _uvicorn_options(host: str, port: int, trusted_proxies: Sequence[str]) -> dict[str, Any]:
    """X-Forwarded-For and X-Forwarded-Proto are believed only from ``trusted_proxies``
    (``serve --trust-proxy``): uvicorn believed them from 127.0.0.1 by default, so any
    program on this machine could set the client address and scheme the server logs."""
    return {"host": host, "port": port, "log_level": "info", "server_header": False,
            "proxy_headers": bool(trusted_proxies),
            "forwarded_allow_ips": list(trusted_proxies) or None}


__all__ = ["LOOPBACK", "create_app", "host_names", "is_loopback", "serve", "server_config"]
