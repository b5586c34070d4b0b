"""Minimal clients for calling the generated operations directly (openapi-python-client's shape).

The hand-written `StripeInvoicing` facade does not use these: it has its own request pipeline.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from attrs import define, field

C = TypeVar("C", bound="Client")


@define
class Client:
    """Holds the base URL and, once asked for, the httpx clients the operations use."""

    _base_url: str = field(alias="base_url")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _all_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def set_httpx_client(self: C, client: httpx.Client) -> C:
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                headers=self._all_headers(),
                timeout=self._timeout,
                **self._httpx_args,
            )
        return self._client

    def set_async_httpx_client(self: C, client: httpx.AsyncClient) -> C:
        self._async_client = client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._all_headers(),
                timeout=self._timeout,
                **self._httpx_args,
            )
        return self._async_client

    def __enter__(self: C) -> C:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self: C) -> C:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


@define
class AuthenticatedClient(Client):
    """A Client that sends `Authorization: Bearer <token>`."""

    token: str = field(default="", kw_only=True, repr=False)

    def _all_headers(self) -> dict[str, str]:
        return {**self._headers, "Authorization": f"Bearer {self.token}"}
