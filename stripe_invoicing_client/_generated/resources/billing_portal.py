"""`client.billing_portal` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .billing_portal_configurations import (
    AsyncBillingPortalConfigurations,
    AsyncBillingPortalConfigurationsWithRawResponse,
    BillingPortalConfigurations,
    BillingPortalConfigurationsWithRawResponse,
)
from .billing_portal_sessions import (
    AsyncBillingPortalSessions,
    AsyncBillingPortalSessionsWithRawResponse,
    BillingPortalSessions,
    BillingPortalSessionsWithRawResponse,
)

if TYPE_CHECKING:
    from ..._core.resource import AsyncRequester, Requester


class BillingPortal(SyncAPIResource):
    """The customer portal: where customers manage their own billing."""

    configurations: BillingPortalConfigurations
    sessions: BillingPortalSessions

    def __init__(self, client: Requester) -> None:
        super().__init__(client)
        self.configurations = BillingPortalConfigurations(client)
        self.sessions = BillingPortalSessions(client)


class AsyncBillingPortal(AsyncAPIResource):
    """The customer portal: where customers manage their own billing."""

    configurations: AsyncBillingPortalConfigurations
    sessions: AsyncBillingPortalSessions

    def __init__(self, client: AsyncRequester) -> None:
        super().__init__(client)
        self.configurations = AsyncBillingPortalConfigurations(client)
        self.sessions = AsyncBillingPortalSessions(client)


class BillingPortalWithRawResponse:
    """`with_raw_response` for BillingPortal: the same methods, returning RawResponse."""

    configurations: BillingPortalConfigurationsWithRawResponse
    sessions: BillingPortalSessionsWithRawResponse

    def __init__(self, resource: BillingPortal) -> None:
        self.configurations = BillingPortalConfigurationsWithRawResponse(resource.configurations)
        self.sessions = BillingPortalSessionsWithRawResponse(resource.sessions)


class AsyncBillingPortalWithRawResponse:
    """`with_raw_response` for BillingPortal: the same methods, returning RawResponse."""

    configurations: AsyncBillingPortalConfigurationsWithRawResponse
    sessions: AsyncBillingPortalSessionsWithRawResponse

    def __init__(self, resource: AsyncBillingPortal) -> None:
        self.configurations = AsyncBillingPortalConfigurationsWithRawResponse(
            resource.configurations
        )
        self.sessions = AsyncBillingPortalSessionsWithRawResponse(resource.sessions)
