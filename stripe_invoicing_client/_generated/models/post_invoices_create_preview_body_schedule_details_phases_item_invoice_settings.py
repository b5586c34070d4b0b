from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_account_tax_ids_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_account_tax_ids = self.account_tax_ids
        if not isinstance(v_account_tax_ids, Unset):
            data["account_tax_ids"] = v_account_tax_ids
        v_days_until_due = self.days_until_due
        if not isinstance(v_days_until_due, Unset):
            data["days_until_due"] = v_days_until_due
        v_issuer = self.issuer
        if not isinstance(v_issuer, Unset):
            data["issuer"] = v_issuer.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings:
        d = dict(src_dict)
        v_account_tax_ids = d.pop("account_tax_ids", UNSET)
        if v_account_tax_ids is not UNSET and not (
            (
                type(v_account_tax_ids) is list
                and all(type(item0) is str for item0 in v_account_tax_ids)
            )
            or (v_account_tax_ids == "")
        ):
            d["account_tax_ids"] = v_account_tax_ids
            v_account_tax_ids = UNSET
        v_days_until_due = d.pop("days_until_due", UNSET)
        if v_days_until_due is not UNSET and not (type(v_days_until_due) is int):
            d["days_until_due"] = v_days_until_due
            v_days_until_due = UNSET
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is not UNSET:
            if type(v_issuer) is dict:
                v_issuer = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer.from_dict(
                    v_issuer
                )
            else:
                d["issuer"] = v_issuer
                v_issuer = UNSET
        obj = cls(
            account_tax_ids=v_account_tax_ids,
            days_until_due=v_days_until_due,
            issuer=v_issuer,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
