from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0(Model):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    installments: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments | Unset
    ) = UNSET
    request_three_d_secure: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "installments",
            "installments",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments",
        ),
        (
            "request_three_d_secure",
            "request_three_d_secure",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_installments = self.installments
        except AttributeError:
            pass
        else:
            if not isinstance(v_installments, Unset):
                data["installments"] = v_installments.to_dict()
        try:
            v_request_three_d_secure = self.request_three_d_secure
        except AttributeError:
            pass
        else:
            if not isinstance(v_request_three_d_secure, Unset):
                data["request_three_d_secure"] = v_request_three_d_secure
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_installments = d.pop("installments", UNSET)
        if v_installments is UNSET:
            fill.installments = UNSET
        elif type(v_installments) is dict:
            fill.installments = (
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments.from_dict(
                    v_installments
                )
            )
        else:
            d["installments"] = v_installments
        v_request_three_d_secure = d.pop("request_three_d_secure", UNSET)
        if v_request_three_d_secure is UNSET:
            fill.request_three_d_secure = UNSET
        elif type(v_request_three_d_secure) is str:
            fill.request_three_d_secure = v_request_three_d_secure
        else:
            d["request_three_d_secure"] = v_request_three_d_secure
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Params(TypedDict, total=False):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0 as plain data, for request parameters."""

    installments: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments
    )
    request_three_d_secure: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,  # noqa: E402
)
