from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0Params,
    )
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions(Model):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    acss_debit: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
        | Unset
    ) = UNSET
    bancontact: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1
        | Unset
    ) = UNSET
    billie: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1
        | Unset
    ) = UNSET
    blik: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1
        | Unset
    ) = UNSET
    card: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1
        | Unset
    ) = UNSET
    customer_balance: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1
        | Unset
    ) = UNSET
    konbini: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1
        | Unset
    ) = UNSET
    payto: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1
        | Unset
    ) = UNSET
    pix: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1
        | Unset
    ) = UNSET
    sepa_debit: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1
        | Unset
    ) = UNSET
    upi: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1
        | Unset
    ) = UNSET
    us_bank_account: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "acss_debit",
            "acss_debit",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1",
        ),
        (
            "bancontact",
            "bancontact",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1",
        ),
        (
            "billie",
            "billie",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1",
        ),
        (
            "blik",
            "blik",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1",
        ),
        (
            "card",
            "card",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1",
        ),
        (
            "customer_balance",
            "customer_balance",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1",
        ),
        (
            "konbini",
            "konbini",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1",
        ),
        (
            "payto",
            "payto",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1",
        ),
        (
            "pix",
            "pix",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1",
        ),
        (
            "sepa_debit",
            "sepa_debit",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1",
        ),
        (
            "upi",
            "upi",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1",
        ),
        (
            "us_bank_account",
            "us_bank_account",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_acss_debit = self.acss_debit
        except AttributeError:
            pass
        else:
            if not isinstance(v_acss_debit, Unset):
                data["acss_debit"] = (
                    v_acss_debit.to_dict()
                    if isinstance(
                        v_acss_debit,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
                    )
                    else v_acss_debit
                )
        try:
            v_bancontact = self.bancontact
        except AttributeError:
            pass
        else:
            if not isinstance(v_bancontact, Unset):
                data["bancontact"] = (
                    v_bancontact.to_dict()
                    if isinstance(
                        v_bancontact,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
                    )
                    else v_bancontact
                )
        try:
            v_billie = self.billie
        except AttributeError:
            pass
        else:
            if not isinstance(v_billie, Unset):
                data["billie"] = (
                    v_billie.to_dict()
                    if isinstance(
                        v_billie,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0,
                    )
                    else v_billie
                )
        try:
            v_blik = self.blik
        except AttributeError:
            pass
        else:
            if not isinstance(v_blik, Unset):
                data["blik"] = v_blik
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            if not isinstance(v_card, Unset):
                data["card"] = (
                    v_card.to_dict()
                    if isinstance(
                        v_card, PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0
                    )
                    else v_card
                )
        try:
            v_customer_balance = self.customer_balance
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_balance, Unset):
                data["customer_balance"] = (
                    v_customer_balance.to_dict()
                    if isinstance(
                        v_customer_balance,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
                    )
                    else v_customer_balance
                )
        try:
            v_konbini = self.konbini
        except AttributeError:
            pass
        else:
            if not isinstance(v_konbini, Unset):
                data["konbini"] = v_konbini
        try:
            v_payto = self.payto
        except AttributeError:
            pass
        else:
            if not isinstance(v_payto, Unset):
                data["payto"] = (
                    v_payto.to_dict()
                    if isinstance(
                        v_payto,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0,
                    )
                    else v_payto
                )
        try:
            v_pix = self.pix
        except AttributeError:
            pass
        else:
            if not isinstance(v_pix, Unset):
                data["pix"] = (
                    v_pix.to_dict()
                    if isinstance(
                        v_pix, PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0
                    )
                    else v_pix
                )
        try:
            v_sepa_debit = self.sepa_debit
        except AttributeError:
            pass
        else:
            if not isinstance(v_sepa_debit, Unset):
                data["sepa_debit"] = v_sepa_debit
        try:
            v_upi = self.upi
        except AttributeError:
            pass
        else:
            if not isinstance(v_upi, Unset):
                data["upi"] = (
                    v_upi.to_dict()
                    if isinstance(
                        v_upi, PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0
                    )
                    else v_upi
                )
        try:
            v_us_bank_account = self.us_bank_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_us_bank_account, Unset):
                data["us_bank_account"] = (
                    v_us_bank_account.to_dict()
                    if isinstance(
                        v_us_bank_account,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
                    )
                    else v_us_bank_account
                )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_acss_debit = d.pop("acss_debit", UNSET)
        if v_acss_debit is UNSET:
            fill.acss_debit = UNSET
        elif (type(v_acss_debit) is dict) or (v_acss_debit == ""):
            fill.acss_debit = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0.from_dict(
                    v_acss_debit
                )
                if type(v_acss_debit) is dict
                else v_acss_debit
            )
        else:
            d["acss_debit"] = v_acss_debit
        v_bancontact = d.pop("bancontact", UNSET)
        if v_bancontact is UNSET:
            fill.bancontact = UNSET
        elif (type(v_bancontact) is dict) or (v_bancontact == ""):
            fill.bancontact = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0.from_dict(
                    v_bancontact
                )
                if type(v_bancontact) is dict
                else v_bancontact
            )
        else:
            d["bancontact"] = v_bancontact
        v_billie = d.pop("billie", UNSET)
        if v_billie is UNSET:
            fill.billie = UNSET
        elif (type(v_billie) is dict) or (v_billie == ""):
            fill.billie = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0.from_dict(
                    v_billie
                )
                if type(v_billie) is dict
                else v_billie
            )
        else:
            d["billie"] = v_billie
        v_blik = d.pop("blik", UNSET)
        if v_blik is UNSET:
            fill.blik = UNSET
        elif (type(v_blik) is dict) or (v_blik == ""):
            fill.blik = v_blik
        else:
            d["blik"] = v_blik
        v_card = d.pop("card", UNSET)
        if v_card is UNSET:
            fill.card = UNSET
        elif (type(v_card) is dict) or (v_card == ""):
            fill.card = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0.from_dict(
                    v_card
                )
                if type(v_card) is dict
                else v_card
            )
        else:
            d["card"] = v_card
        v_customer_balance = d.pop("customer_balance", UNSET)
        if v_customer_balance is UNSET:
            fill.customer_balance = UNSET
        elif (type(v_customer_balance) is dict) or (v_customer_balance == ""):
            fill.customer_balance = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0.from_dict(
                    v_customer_balance
                )
                if type(v_customer_balance) is dict
                else v_customer_balance
            )
        else:
            d["customer_balance"] = v_customer_balance
        v_konbini = d.pop("konbini", UNSET)
        if v_konbini is UNSET:
            fill.konbini = UNSET
        elif (type(v_konbini) is dict) or (v_konbini == ""):
            fill.konbini = v_konbini
        else:
            d["konbini"] = v_konbini
        v_payto = d.pop("payto", UNSET)
        if v_payto is UNSET:
            fill.payto = UNSET
        elif (type(v_payto) is dict) or (v_payto == ""):
            fill.payto = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0.from_dict(
                    v_payto
                )
                if type(v_payto) is dict
                else v_payto
            )
        else:
            d["payto"] = v_payto
        v_pix = d.pop("pix", UNSET)
        if v_pix is UNSET:
            fill.pix = UNSET
        elif (type(v_pix) is dict) or (v_pix == ""):
            fill.pix = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0.from_dict(v_pix)
                if type(v_pix) is dict
                else v_pix
            )
        else:
            d["pix"] = v_pix
        v_sepa_debit = d.pop("sepa_debit", UNSET)
        if v_sepa_debit is UNSET:
            fill.sepa_debit = UNSET
        elif (type(v_sepa_debit) is dict) or (v_sepa_debit == ""):
            fill.sepa_debit = v_sepa_debit
        else:
            d["sepa_debit"] = v_sepa_debit
        v_upi = d.pop("upi", UNSET)
        if v_upi is UNSET:
            fill.upi = UNSET
        elif (type(v_upi) is dict) or (v_upi == ""):
            fill.upi = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0.from_dict(v_upi)
                if type(v_upi) is dict
                else v_upi
            )
        else:
            d["upi"] = v_upi
        v_us_bank_account = d.pop("us_bank_account", UNSET)
        if v_us_bank_account is UNSET:
            fill.us_bank_account = UNSET
        elif (type(v_us_bank_account) is dict) or (v_us_bank_account == ""):
            fill.us_bank_account = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0.from_dict(
                    v_us_bank_account
                )
                if type(v_us_bank_account) is dict
                else v_us_bank_account
            )
        else:
            d["us_bank_account"] = v_us_bank_account
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions as plain data, for request parameters."""

    acss_debit: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
    )
    bancontact: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1
    )
    billie: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1
    )
    blik: Mapping[str, Any] | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1
    card: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1
    )
    customer_balance: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1
    )
    konbini: (
        Mapping[str, Any] | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1
    )
    payto: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1
    )
    pix: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1
    )
    sepa_debit: (
        Mapping[str, Any] | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1
    )
    upi: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1
    )
    us_bank_account: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,  # noqa: E402
)
