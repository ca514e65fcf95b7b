"""The web app (``copydesk serve``): story list, search, story and article pages, uploads,
and a JSON API, over one store file. See docs/web.md."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence

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


def serve(db: str, host: str = "127.0.0.1", port: int = 8000,
          allow_hosts: Sequence[str] = ()) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, allowed_hosts=host_names(host, allow_hosts),
                     any_address=not is_loopback(host))
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


__all__ = ["LOOPBACK", "create_app", "host_names", "is_loopback", "serve"]
