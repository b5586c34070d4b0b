from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_errors_code import ApiErrorsCode
from ..models.api_errors_type import ApiErrorsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.setup_intent import SetupIntent, SetupIntentParams
    from ..models.stripe_object import StripeObject


@_attrs_define
class ApiErrors:
    """Details of an API failure: kind, code, message and the objects involved.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        v_advice_code = self.advice_code
        if not isinstance(v_advice_code, Unset):
            data["advice_code"] = v_advice_code
        v_charge = self.charge
        if not isinstance(v_charge, Unset):
            data["charge"] = v_charge
        v_code = self.code
        if not isinstance(v_code, Unset):
            data["code"] = v_code
        v_decline_code = self.decline_code
        if not isinstance(v_decline_code, Unset):
            data["decline_code"] = v_decline_code
        v_doc_url = self.doc_url
        if not isinstance(v_doc_url, Unset):
            data["doc_url"] = v_doc_url
        v_message = self.message
        if not isinstance(v_message, Unset):
            data["message"] = v_message
        v_network_advice_code = self.network_advice_code
        if not isinstance(v_network_advice_code, Unset):
            data["network_advice_code"] = v_network_advice_code
        v_network_decline_code = self.network_decline_code
        if not isinstance(v_network_decline_code, Unset):
            data["network_decline_code"] = v_network_decline_code
        v_param = self.param
        if not isinstance(v_param, Unset):
            data["param"] = v_param
        v_payment_intent = self.payment_intent
        if not isinstance(v_payment_intent, Unset):
            data["payment_intent"] = v_payment_intent
        v_payment_method = self.payment_method
        if not isinstance(v_payment_method, Unset):
            data["payment_method"] = v_payment_method
        v_payment_method_type = self.payment_method_type
        if not isinstance(v_payment_method_type, Unset):
            data["payment_method_type"] = v_payment_method_type
        v_request_log_url = self.request_log_url
        if not isinstance(v_request_log_url, Unset):
            data["request_log_url"] = v_request_log_url
        v_setup_intent = self.setup_intent
        if not isinstance(v_setup_intent, Unset):
            data["setup_intent"] = (
                v_setup_intent.to_dict()
                if isinstance(v_setup_intent, SetupIntent)
                else v_setup_intent
            )
        v_source = self.source
        if not isinstance(v_source, Unset):
            data["source"] = v_source
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiErrors:
        d = dict(src_dict)
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        v_advice_code = d.pop("advice_code", UNSET)
        if v_advice_code is not UNSET and not (
            (type(v_advice_code) is str) or (v_advice_code is None)
        ):
            d["advice_code"] = v_advice_code
            v_advice_code = UNSET
        v_charge = d.pop("charge", UNSET)
        if v_charge is not UNSET and not ((type(v_charge) is str) or (v_charge is None)):
            d["charge"] = v_charge
            v_charge = UNSET
        v_code = d.pop("code", UNSET)
        if v_code is not UNSET and not ((type(v_code) is str) or (v_code is None)):
            d["code"] = v_code
            v_code = UNSET
        v_decline_code = d.pop("decline_code", UNSET)
        if v_decline_code is not UNSET and not (
            (type(v_decline_code) is str) or (v_decline_code is None)
        ):
            d["decline_code"] = v_decline_code
            v_decline_code = UNSET
        v_doc_url = d.pop("doc_url", UNSET)
        if v_doc_url is not UNSET and not ((type(v_doc_url) is str) or (v_doc_url is None)):
            d["doc_url"] = v_doc_url
            v_doc_url = UNSET
        v_message = d.pop("message", UNSET)
        if v_message is not UNSET and not ((type(v_message) is str) or (v_message is None)):
            d["message"] = v_message
            v_message = UNSET
        v_network_advice_code = d.pop("network_advice_code", UNSET)
        if v_network_advice_code is not UNSET and not (
            (type(v_network_advice_code) is str) or (v_network_advice_code is None)
        ):
            d["network_advice_code"] = v_network_advice_code
            v_network_advice_code = UNSET
        v_network_decline_code = d.pop("network_decline_code", UNSET)
        if v_network_decline_code is not UNSET and not (
            (type(v_network_decline_code) is str) or (v_network_decline_code is None)
        ):
            d["network_decline_code"] = v_network_decline_code
            v_network_decline_code = UNSET
        v_param = d.pop("param", UNSET)
        if v_param is not UNSET and not ((type(v_param) is str) or (v_param is None)):
            d["param"] = v_param
            v_param = UNSET
        v_payment_intent = d.pop("payment_intent", UNSET)
        if v_payment_intent is not UNSET and not (
            (type(v_payment_intent) is dict) or (v_payment_intent is None)
        ):
            d["payment_intent"] = v_payment_intent
            v_payment_intent = UNSET
        v_payment_method = d.pop("payment_method", UNSET)
        if v_payment_method is not UNSET and not (
            (type(v_payment_method) is dict) or (v_payment_method is None)
        ):
            d["payment_method"] = v_payment_method
            v_payment_method = UNSET
        v_payment_method_type = d.pop("payment_method_type", UNSET)
        if v_payment_method_type is not UNSET and not (
            (type(v_payment_method_type) is str) or (v_payment_method_type is None)
        ):
            d["payment_method_type"] = v_payment_method_type
            v_payment_method_type = UNSET
        v_request_log_url = d.pop("request_log_url", UNSET)
        if v_request_log_url is not UNSET and not (
            (type(v_request_log_url) is str) or (v_request_log_url is None)
        ):
            d["request_log_url"] = v_request_log_url
            v_request_log_url = UNSET
        v_setup_intent = d.pop("setup_intent", UNSET)
        if v_setup_intent is not UNSET:
            if (type(v_setup_intent) is dict) or (v_setup_intent is None):
                v_setup_intent = (
                    SetupIntent.from_dict(v_setup_intent)
                    if type(v_setup_intent) is dict
                    else v_setup_intent
                )
            else:
                d["setup_intent"] = v_setup_intent
                v_setup_intent = UNSET
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET and not ((type(v_source) is dict) or (v_source is None)):
            d["source"] = v_source
            v_source = UNSET
        obj = cls(
            type_=v_type_,
            advice_code=v_advice_code,
            charge=v_charge,
            code=v_code,
            decline_code=v_decline_code,
            doc_url=v_doc_url,
            message=v_message,
            network_advice_code=v_network_advice_code,
            network_decline_code=v_network_decline_code,
            param=v_param,
            payment_intent=v_payment_intent,
            payment_method=v_payment_method,
            payment_method_type=v_payment_method_type,
            request_log_url=v_request_log_url,
            setup_intent=v_setup_intent,
            source=v_source,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
