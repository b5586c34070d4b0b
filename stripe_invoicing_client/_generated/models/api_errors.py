from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.api_errors_code import ApiErrorsCode
from ..models.api_errors_type import ApiErrorsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.setup_intent import SetupIntent, SetupIntentParams
    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ApiErrors(Model):
    """Details of an API failure: kind, code, message and the objects involved.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: ApiErrorsType
    advice_code: None | str | Unset = UNSET
    charge: None | str | Unset = UNSET
    code: ApiErrorsCode | None | Unset = UNSET
    decline_code: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    network_advice_code: None | str | Unset = UNSET
    network_decline_code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    payment_intent: None | StripeObject | Unset = UNSET
    payment_method: None | StripeObject | Unset = UNSET
    payment_method_type: None | str | Unset = UNSET
    request_log_url: None | str | Unset = UNSET
    setup_intent: None | SetupIntent | Unset = UNSET
    source: None | StripeObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "ApiErrorsType"),
        ("advice_code", "advice_code", "str | None"),
        ("charge", "charge", "str | None"),
        ("code", "code", "ApiErrorsCode | None"),
        ("decline_code", "decline_code", "str | None"),
        ("doc_url", "doc_url", "str | None"),
        ("message", "message", "str | None"),
        ("network_advice_code", "network_advice_code", "str | None"),
        ("network_decline_code", "network_decline_code", "str | None"),
        ("param", "param", "str | None"),
        ("payment_intent", "payment_intent", "StripeObject | None"),
        ("payment_method", "payment_method", "StripeObject | None"),
        ("payment_method_type", "payment_method_type", "str | None"),
        ("request_log_url", "request_log_url", "str | None"),
        ("setup_intent", "setup_intent", "SetupIntent | None"),
        ("source", "source", "StripeObject | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_advice_code = self.advice_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_advice_code, Unset):
                data["advice_code"] = v_advice_code
        try:
            v_charge = self.charge
        except AttributeError:
            pass
        else:
            if not isinstance(v_charge, Unset):
                data["charge"] = v_charge
        try:
            v_code = self.code
        except AttributeError:
            pass
        else:
            if not isinstance(v_code, Unset):
                data["code"] = v_code
        try:
            v_decline_code = self.decline_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_decline_code, Unset):
                data["decline_code"] = v_decline_code
        try:
            v_doc_url = self.doc_url
        except AttributeError:
            pass
        else:
            if not isinstance(v_doc_url, Unset):
                data["doc_url"] = v_doc_url
        try:
            v_message = self.message
        except AttributeError:
            pass
        else:
            if not isinstance(v_message, Unset):
                data["message"] = v_message
        try:
            v_network_advice_code = self.network_advice_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_network_advice_code, Unset):
                data["network_advice_code"] = v_network_advice_code
        try:
            v_network_decline_code = self.network_decline_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_network_decline_code, Unset):
                data["network_decline_code"] = v_network_decline_code
        try:
            v_param = self.param
        except AttributeError:
            pass
        else:
            if not isinstance(v_param, Unset):
                data["param"] = v_param
        try:
            v_payment_intent = self.payment_intent
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_intent, Unset):
                data["payment_intent"] = v_payment_intent
        try:
            v_payment_method = self.payment_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_method, Unset):
                data["payment_method"] = v_payment_method
        try:
            v_payment_method_type = self.payment_method_type
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_method_type, Unset):
                data["payment_method_type"] = v_payment_method_type
        try:
            v_request_log_url = self.request_log_url
        except AttributeError:
            pass
        else:
            if not isinstance(v_request_log_url, Unset):
                data["request_log_url"] = v_request_log_url
        try:
            v_setup_intent = self.setup_intent
        except AttributeError:
            pass
        else:
            if not isinstance(v_setup_intent, Unset):
                data["setup_intent"] = (
                    v_setup_intent.to_dict()
                    if isinstance(v_setup_intent, SetupIntent)
                    else v_setup_intent
                )
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            if not isinstance(v_source, Unset):
                data["source"] = v_source
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiErrors:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_advice_code = d.pop("advice_code", UNSET)
        if v_advice_code is UNSET:
            fill.advice_code = UNSET
        elif (type(v_advice_code) is str) or (v_advice_code is None):
            fill.advice_code = v_advice_code
        else:
            d["advice_code"] = v_advice_code
        v_charge = d.pop("charge", UNSET)
        if v_charge is UNSET:
            fill.charge = UNSET
        elif (type(v_charge) is str) or (v_charge is None):
            fill.charge = v_charge
        else:
            d["charge"] = v_charge
        v_code = d.pop("code", UNSET)
        if v_code is UNSET:
            fill.code = UNSET
        elif (type(v_code) is str) or (v_code is None):
            fill.code = v_code
        else:
            d["code"] = v_code
        v_decline_code = d.pop("decline_code", UNSET)
        if v_decline_code is UNSET:
            fill.decline_code = UNSET
        elif (type(v_decline_code) is str) or (v_decline_code is None):
            fill.decline_code = v_decline_code
        else:
            d["decline_code"] = v_decline_code
        v_doc_url = d.pop("doc_url", UNSET)
        if v_doc_url is UNSET:
            fill.doc_url = UNSET
        elif (type(v_doc_url) is str) or (v_doc_url is None):
            fill.doc_url = v_doc_url
        else:
            d["doc_url"] = v_doc_url
        v_message = d.pop("message", UNSET)
        if v_message is UNSET:
            fill.message = UNSET
        elif (type(v_message) is str) or (v_message is None):
            fill.message = v_message
        else:
            d["message"] = v_message
        v_network_advice_code = d.pop("network_advice_code", UNSET)
        if v_network_advice_code is UNSET:
            fill.network_advice_code = UNSET
        elif (type(v_network_advice_code) is str) or (v_network_advice_code is None):
            fill.network_advice_code = v_network_advice_code
        else:
            d["network_advice_code"] = v_network_advice_code
        v_network_decline_code = d.pop("network_decline_code", UNSET)
        if v_network_decline_code is UNSET:
            fill.network_decline_code = UNSET
        elif (type(v_network_decline_code) is str) or (v_network_decline_code is None):
            fill.network_decline_code = v_network_decline_code
        else:
            d["network_decline_code"] = v_network_decline_code
        v_param = d.pop("param", UNSET)
        if v_param is UNSET:
            fill.param = UNSET
        elif (type(v_param) is str) or (v_param is None):
            fill.param = v_param
        else:
            d["param"] = v_param
        v_payment_intent = d.pop("payment_intent", UNSET)
        if v_payment_intent is UNSET:
            fill.payment_intent = UNSET
        elif (type(v_payment_intent) is dict) or (v_payment_intent is None):
            fill.payment_intent = v_payment_intent
        else:
            d["payment_intent"] = v_payment_intent
        v_payment_method = d.pop("payment_method", UNSET)
        if v_payment_method is UNSET:
            fill.payment_method = UNSET
        elif (type(v_payment_method) is dict) or (v_payment_method is None):
            fill.payment_method = v_payment_method
        else:
            d["payment_method"] = v_payment_method
        v_payment_method_type = d.pop("payment_method_type", UNSET)
        if v_payment_method_type is UNSET:
            fill.payment_method_type = UNSET
        elif (type(v_payment_method_type) is str) or (v_payment_method_type is None):
            fill.payment_method_type = v_payment_method_type
        else:
            d["payment_method_type"] = v_payment_method_type
        v_request_log_url = d.pop("request_log_url", UNSET)
        if v_request_log_url is UNSET:
            fill.request_log_url = UNSET
        elif (type(v_request_log_url) is str) or (v_request_log_url is None):
            fill.request_log_url = v_request_log_url
        else:
            d["request_log_url"] = v_request_log_url
        v_setup_intent = d.pop("setup_intent", UNSET)
        if v_setup_intent is UNSET:
            fill.setup_intent = UNSET
        elif (type(v_setup_intent) is dict) or (v_setup_intent is None):
            fill.setup_intent = (
                SetupIntent.from_dict(v_setup_intent)
                if type(v_setup_intent) is dict
                else v_setup_intent
            )
        else:
            d["setup_intent"] = v_setup_intent
        v_source = d.pop("source", UNSET)
        if v_source is UNSET:
            fill.source = UNSET
        elif (type(v_source) is dict) or (v_source is None):
            fill.source = v_source
        else:
            d["source"] = v_source
        fill.additional_properties = d
        return obj


class ApiErrorsParams(TypedDict, total=False):
    """ApiErrors as plain data, for request parameters."""

    type: Required[ApiErrorsType]
    advice_code: str
    charge: str
    code: ApiErrorsCode
    decline_code: str
    doc_url: str
    message: str
    network_advice_code: str
    network_decline_code: str
    param: str
    payment_intent: Mapping[str, Any]
    payment_method: Mapping[str, Any]
    payment_method_type: str
    request_log_url: str
    setup_intent: SetupIntentParams | SetupIntent
    source: Mapping[str, Any]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.setup_intent import SetupIntent  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
