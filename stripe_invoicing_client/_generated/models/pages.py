"""Response models: pages (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.model import Model
from ..._core.types import UNSET, Unset


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetBillingMetersIdEventSummariesResponse200(Model):
    """GetBillingMetersIdEventSummariesResponse200"""

    data: list[BillingMeterEventSummary]
    """The summaries on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [BillingMeterEventSummary.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetBillingMetersIdEventSummariesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetBillingMetersResponse200(Model):
    """GetBillingMetersResponse200"""

    data: list[BillingMeter]
    """The meters on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [BillingMeter.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetBillingMetersResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetBillingPortalConfigurationsResponse200(Model):
    """GetBillingPortalConfigurationsResponse200"""

    data: list[BillingPortalConfiguration]
    """The configurations on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [BillingPortalConfiguration.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetBillingPortalConfigurationsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCouponsResponse200(Model):
    """GetCouponsResponse200"""

    data: list[Coupon]
    """The coupons on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Coupon.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCouponsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCreditNotesResponse200(Model):
    """GetCreditNotesResponse200"""

    data: list[CreditNote]
    """The credit notes on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [CreditNote.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCreditNotesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCustomersCustomerBalanceTransactionsResponse200(Model):
    """GetCustomersCustomerBalanceTransactionsResponse200"""

    data: list[CustomerBalanceTransaction]
    """The balance transactions on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [CustomerBalanceTransaction.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> GetCustomersCustomerBalanceTransactionsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCustomersCustomerPaymentMethodsResponse200(Model):
    """GetCustomersCustomerPaymentMethodsResponse200"""

    data: list[PaymentMethod]
    """The payment methods on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [PaymentMethod.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> GetCustomersCustomerPaymentMethodsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCustomersCustomerTaxIdsResponse200(Model):
    """GetCustomersCustomerTaxIdsResponse200"""

    data: list[TaxId]
    """The tax IDs on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [TaxId.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCustomersCustomerTaxIdsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCustomersResponse200(Model):
    """GetCustomersResponse200"""

    data: list[Customer]
    """The customers on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Customer.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCustomersResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetCustomersSearchResponse200(Model):
    """GetCustomersSearchResponse200"""

    data: list[Customer]
    """The customers on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["search_result"]
    """Object type, always `search_result`."""
    url: str
    """API path this page was fetched from."""
    next_page: str | None | Unset = UNSET
    """Cursor to pass as `page` for the next page of results; null on the last page."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Customer.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCustomersSearchResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if (
            (type(v_next_page := take("next_page", UNSET)) is str)
            or (v_next_page is None)
            or v_next_page is UNSET
        ):
            fill.next_page = v_next_page
        else:
            d["next_page"] = v_next_page
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetEventsResponse200(Model):
    """GetEventsResponse200"""

    data: list[Event]
    """The events on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Event._from_nested(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetEventsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetInvoicePaymentsResponse200(Model):
    """GetInvoicePaymentsResponse200"""

    data: list[InvoicePayment]
    """The invoice payments on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [InvoicePayment.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetInvoicePaymentsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetInvoiceRenderingTemplatesResponse200(Model):
    """GetInvoiceRenderingTemplatesResponse200"""

    data: list[InvoiceRenderingTemplate]
    """The templates on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [InvoiceRenderingTemplate.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetInvoiceRenderingTemplatesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetInvoiceitemsResponse200(Model):
    """GetInvoiceitemsResponse200"""

    data: list[InvoiceItem]
    """The invoice items on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [InvoiceItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetInvoiceitemsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetInvoicesResponse200(Model):
    """GetInvoicesResponse200"""

    data: list[Invoice]
    """The invoices on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Invoice.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetInvoicesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetInvoicesSearchResponse200(Model):
    """GetInvoicesSearchResponse200"""

    data: list[Invoice]
    """The invoices on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["search_result"]
    """Object type, always `search_result`."""
    url: str
    """API path this page was fetched from."""
    next_page: str | None | Unset = UNSET
    """Cursor to pass as `page` for the next page of results; null on the last page."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Invoice.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetInvoicesSearchResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if (
            (type(v_next_page := take("next_page", UNSET)) is str)
            or (v_next_page is None)
            or v_next_page is UNSET
        ):
            fill.next_page = v_next_page
        else:
            d["next_page"] = v_next_page
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetPaymentIntentsResponse200(Model):
    """GetPaymentIntentsResponse200"""

    data: list[PaymentIntent]
    """The PaymentIntents on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [PaymentIntent.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPaymentIntentsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetPaymentIntentsSearchResponse200(Model):
    """GetPaymentIntentsSearchResponse200"""

    data: list[PaymentIntent]
    """The PaymentIntents on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["search_result"]
    """Object type, always `search_result`."""
    url: str
    """API path this page was fetched from."""
    next_page: str | None | Unset = UNSET
    """Cursor to pass as `page` for the next page of results; null on the last page."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [PaymentIntent.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPaymentIntentsSearchResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if (
            (type(v_next_page := take("next_page", UNSET)) is str)
            or (v_next_page is None)
            or v_next_page is UNSET
        ):
            fill.next_page = v_next_page
        else:
            d["next_page"] = v_next_page
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetPricesResponse200(Model):
    """GetPricesResponse200"""

    data: list[Price]
    """The prices on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Price.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPricesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetPricesSearchResponse200(Model):
    """GetPricesSearchResponse200"""

    data: list[Price]
    """The prices on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["search_result"]
    """Object type, always `search_result`."""
    url: str
    """API path this page was fetched from."""
    next_page: str | None | Unset = UNSET
    """Cursor to pass as `page` for the next page of results; null on the last page."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Price.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPricesSearchResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if (
            (type(v_next_page := take("next_page", UNSET)) is str)
            or (v_next_page is None)
            or v_next_page is UNSET
        ):
            fill.next_page = v_next_page
        else:
            d["next_page"] = v_next_page
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetProductsResponse200(Model):
    """GetProductsResponse200"""

    data: list[Product]
    """The products on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Product.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetProductsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetProductsSearchResponse200(Model):
    """GetProductsSearchResponse200"""

    data: list[Product]
    """The products on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["search_result"]
    """Object type, always `search_result`."""
    url: str
    """API path this page was fetched from."""
    next_page: str | None | Unset = UNSET
    """Cursor to pass as `page` for the next page of results; null on the last page."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Product.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetProductsSearchResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if (
            (type(v_next_page := take("next_page", UNSET)) is str)
            or (v_next_page is None)
            or v_next_page is UNSET
        ):
            fill.next_page = v_next_page
        else:
            d["next_page"] = v_next_page
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetPromotionCodesResponse200(Model):
    """GetPromotionCodesResponse200"""

    data: list[PromotionCode]
    """The promotion codes on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [PromotionCode.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPromotionCodesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetQuotesResponse200(Model):
    """GetQuotesResponse200"""

    data: list[Quote]
    """The quotes on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Quote.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetQuotesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetSubscriptionSchedulesResponse200(Model):
    """GetSubscriptionSchedulesResponse200"""

    data: list[SubscriptionSchedule]
    """The subscription schedules on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [SubscriptionSchedule.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetSubscriptionSchedulesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetSubscriptionsSearchResponse200(Model):
    """GetSubscriptionsSearchResponse200"""

    data: list[Subscription]
    """The subscriptions on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["search_result"]
    """Object type, always `search_result`."""
    url: str
    """API path this page was fetched from."""
    next_page: str | None | Unset = UNSET
    """Cursor to pass as `page` for the next page of results; null on the last page."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Subscription.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetSubscriptionsSearchResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if (
            (type(v_next_page := take("next_page", UNSET)) is str)
            or (v_next_page is None)
            or v_next_page is UNSET
        ):
            fill.next_page = v_next_page
        else:
            d["next_page"] = v_next_page
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetTaxRatesResponse200(Model):
    """GetTaxRatesResponse200"""

    data: list[TaxRate]
    """The tax rates on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [TaxRate.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetTaxRatesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetTestHelpersTestClocksResponse200(Model):
    """GetTestHelpersTestClocksResponse200"""

    data: list[TestClock]
    """The test clocks on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [TestClock.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetTestHelpersTestClocksResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .billing_portal import BillingPortalConfiguration  # noqa: E402
from .credit_note import CreditNote  # noqa: E402
from .customer import Customer, CustomerBalanceTransaction  # noqa: E402
from .discount import Coupon, PromotionCode  # noqa: E402
from .event import Event  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .invoice_item import InvoiceItem  # noqa: E402
from .meter import BillingMeter, BillingMeterEventSummary  # noqa: E402
from .payment import InvoicePayment  # noqa: E402
from .payment_intent import PaymentIntent  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .product import Price, Product  # noqa: E402
from .quote import Quote  # noqa: E402
from .shared import InvoiceRenderingTemplate  # noqa: E402
from .subscription import Subscription  # noqa: E402
from .subscription_schedule import SubscriptionSchedule  # noqa: E402
from .tax import TaxId, TaxRate  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "GetBillingMetersIdEventSummariesResponse200",
    "GetBillingMetersResponse200",
    "GetBillingPortalConfigurationsResponse200",
    "GetCouponsResponse200",
    "GetCreditNotesResponse200",
    "GetCustomersCustomerBalanceTransactionsResponse200",
    "GetCustomersCustomerPaymentMethodsResponse200",
    "GetCustomersCustomerTaxIdsResponse200",
    "GetCustomersResponse200",
    "GetCustomersSearchResponse200",
    "GetEventsResponse200",
    "GetInvoicePaymentsResponse200",
    "GetInvoiceRenderingTemplatesResponse200",
    "GetInvoiceitemsResponse200",
    "GetInvoicesResponse200",
    "GetInvoicesSearchResponse200",
    "GetPaymentIntentsResponse200",
    "GetPaymentIntentsSearchResponse200",
    "GetPricesResponse200",
    "GetPricesSearchResponse200",
    "GetProductsResponse200",
    "GetProductsSearchResponse200",
    "GetPromotionCodesResponse200",
    "GetQuotesResponse200",
    "GetSubscriptionSchedulesResponse200",
    "GetSubscriptionsSearchResponse200",
    "GetTaxRatesResponse200",
    "GetTestHelpersTestClocksResponse200",
]
