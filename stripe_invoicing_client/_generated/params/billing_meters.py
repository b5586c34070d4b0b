"""Request parameters of billing_meters, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from typing_extensions import Required


from ._shared import ExpandParams


class CustomerMapping(TypedDict, total=False):
    event_payload_key: Required[str]
    """The payload key of a meter event that holds the customer id."""
    type: Required[Literal["by_id"]]
    """How events are matched to customers; only by customer id."""


class DefaultAggregation(TypedDict, total=False):
    formula: Required[Literal["count", "last", "sum"]]
    """How the meter combines events over a period, such as `sum` or `count`."""


class ValueSettings(TypedDict, total=False):
    event_payload_key: Required[str]
    """The payload key of a meter event that holds its value."""


class BillingMeterListParams(TypedDict, total=False):
    """Parameters of `billing_meters.list` (GetBillingMeters)."""

    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    status: Literal["active", "inactive"]
    """Only meters in this status."""


class BillingMeterCreateParams(TypedDict, total=False):
    """Parameters of `billing_meters.create` (PostBillingMeters)."""

    customer_mapping: CustomerMapping
    """Which payload key of an event names the customer it is for."""
    default_aggregation: Required[DefaultAggregation]
    """How the meter combines events over a period: sum, count or last value."""
    display_name: Required[str]
    """The meter's name as shown in the Dashboard."""
    event_name: Required[str]
    """The name of the meter events this meter counts."""
    event_time_window: Literal["day", "hour"]
    """The window events are grouped in for summaries."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    value_settings: ValueSettings
    """Which payload key of an event holds its value."""


class BillingMeterUpdateParams(TypedDict, total=False):
    """Parameters of `billing_meters.update` (PostBillingMetersId)."""

    display_name: str
    """The meter's name as shown in the Dashboard."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


class BillingMeterListEventSummariesParams(TypedDict, total=False):
    """Parameters of `billing_meters.list_event_summaries` (GetBillingMetersIdEventSummaries)."""

    customer: Required[str]
    """Id of the customer whose usage is summarized."""
    end_time: Required[int]
    """End of the range, exclusive, as a Unix timestamp in seconds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    start_time: Required[int]
    """Start of the range, inclusive, as a Unix timestamp in seconds."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    value_grouping_window: Literal["day", "hour"]
    """Summarize per hour or per day instead of over the whole range."""


# Operations whose parameters have the shape of another's.
BillingMeterRetrieveParams = ExpandParams
BillingMeterDeactivateParams = ExpandParams
BillingMeterReactivateParams = ExpandParams

document_keys(__name__)

__all__ = [
    "BillingMeterCreateParams",
    "BillingMeterDeactivateParams",
    "BillingMeterListEventSummariesParams",
    "BillingMeterListParams",
    "BillingMeterReactivateParams",
    "BillingMeterRetrieveParams",
    "BillingMeterUpdateParams",
    "CustomerMapping",
    "DefaultAggregation",
    "ValueSettings",
]
