"""The web app (``copydesk serve``): story list, search, story and article pages, uploads,
and a JSON API, over one store file. See docs/web.md."""

from __future__ import annotations

import ipaddress

from copydesk.web.app import create_app

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


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    hosts = [host, *LOOPBACK] if is_loopback(host) else None
    uvicorn.run(create_app(db, allowed_hosts=hosts), host=host, port=port, log_level="info",
                server_header=False)


__all__ = ["LOOPBACK", "create_app", "is_loopback", "serve"]
