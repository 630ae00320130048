"""The visitor's real address behind a reverse proxy.

Behind a proxy every connection comes from the proxy, so per-address limits, the
sign-in throttle and the audit log would all see one address. The proxy names
the client in X-Forwarded-For (or RFC 7239 Forwarded); anyone can send those
headers, so they are read only when the connection itself comes from an address
in BOT_TRUSTED_PROXIES (empty by default: they are always ignored). Then the
right-most address that is not a trusted proxy is the client (aiohttp-remotes'
XForwardedFiltered walks the chain that way; Forwarded is walked the same way).
"""

from __future__ import annotations

from ipaddress import ip_address
from typing import Iterable, Mapping, Optional, Sequence

from aiohttp import hdrs, web
from aiohttp_remotes import XForwardedFiltered
from aiohttp_remotes.exceptions import IPAddress, UntrustedIP
from aiohttp_remotes.utils import check_ip, parse_trusted_element


def parse_ip(text: Optional[str]) -> Optional[IPAddress]:
    """An address as written by a socket or a Forwarded "for=" ("[2001:db8::1]:4711",
    "192.0.2.43:47011"); IPv4-mapped IPv6 as IPv4. None for "unknown" and the like."""
    text = (text or "").strip().strip('"')
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ip_address(text)
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


class TrustedProxies:
    """Middleware: request.remote becomes the client a trusted proxy names."""

    def __init__(self, networks: Sequence[str]) -> None:
        self._trusted = parse_trusted_element(networks)
        self._x_forwarded = XForwardedFiltered(list(networks)) if networks else None

    def trusts(self, address: Optional[str]) -> bool:
        parsed = parse_ip(address)
        if parsed is None or not self._trusted:
            return False
        try:
            check_ip(self._trusted, parsed)
        except UntrustedIP:
            return False
        return True

    def client_from_forwarded(self, elements: Iterable[Mapping[str, str]]) -> Optional[str]:
        """The right-most "for=" that is not one of our proxies."""
        client = None
        for element in reversed(list(elements)):
            address = parse_ip(element.get("for"))
            if address is None:
                return client  # an obfuscated hop: trust nothing further left
            client = str(address)
            if not self.trusts(client):
                return client
        return client

    @web.middleware
    async def middleware(self, request: web.Request, handler) -> web.StreamResponse:
        if self._x_forwarded is None or not self.trusts(request.remote):
            return await handler(request)  # a forged header from anyone else is ignored
        if hdrs.X_FORWARDED_FOR in request.headers:
            return await self._x_forwarded.middleware(request, handler)
        client = self.client_from_forwarded(request.forwarded)
        return await handler(request.clone(remote=client) if client else request)
