from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_account_tax_ids_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    account_tax_ids: (
        list[str]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1
        | Unset
    ) = UNSET
    days_until_due: int | Unset = UNSET
    issuer: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "account_tax_ids",
            "account_tax_ids",
            "list[str] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1",
        ),
        ("days_until_due", "days_until_due", "int"),
        (
            "issuer",
            "issuer",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_account_tax_ids = self.account_tax_ids
        except AttributeError:
            pass
        else:
            if not isinstance(v_account_tax_ids, Unset):
                data["account_tax_ids"] = v_account_tax_ids
        try:
            v_days_until_due = self.days_until_due
        except AttributeError:
            pass
        else:
            if not isinstance(v_days_until_due, Unset):
                data["days_until_due"] = v_days_until_due
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            if not isinstance(v_issuer, Unset):
                data["issuer"] = v_issuer.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_account_tax_ids = d.pop("account_tax_ids", UNSET)
        if v_account_tax_ids is UNSET:
            fill.account_tax_ids = UNSET
        elif (
            type(v_account_tax_ids) is list
            and all(type(item0) is str for item0 in v_account_tax_ids)
        ) or (v_account_tax_ids == ""):
            fill.account_tax_ids = v_account_tax_ids
        else:
            d["account_tax_ids"] = v_account_tax_ids
        v_days_until_due = d.pop("days_until_due", UNSET)
        if v_days_until_due is UNSET:
            fill.days_until_due = UNSET
        elif type(v_days_until_due) is int:
            fill.days_until_due = v_days_until_due
        else:
            d["days_until_due"] = v_days_until_due
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is UNSET:
            fill.issuer = UNSET
        elif type(v_issuer) is dict:
            fill.issuer = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer.from_dict(
                v_issuer
            )
        else:
            d["issuer"] = v_issuer
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings as plain data, for request parameters."""

    account_tax_ids: (
        list[str]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1
    )
    days_until_due: int
    issuer: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer,  # noqa: E402
)
