from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_blik_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_payto_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_pix_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_upi_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_blik_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_payto_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_pix_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_upi_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0Params,
    )
    from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptions(Model):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptions

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    acss_debit: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
        | Unset
    ) = UNSET
    bancontact: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1
        | Unset
    ) = UNSET
    billie: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1
        | Unset
    ) = UNSET
    blik: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1
        | Unset
    ) = UNSET
    card: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1
        | Unset
    ) = UNSET
    customer_balance: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1
        | Unset
    ) = UNSET
    konbini: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1
        | Unset
    ) = UNSET
    payto: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1
        | Unset
    ) = UNSET
    pix: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1
        | Unset
    ) = UNSET
    sepa_debit: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1
        | Unset
    ) = UNSET
    upi: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1
        | Unset
    ) = UNSET
    us_bank_account: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "acss_debit",
            "acss_debit",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1",
        ),
        (
            "bancontact",
            "bancontact",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1",
        ),
        (
            "billie",
            "billie",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1",
        ),
        (
            "blik",
            "blik",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1",
        ),
        (
            "card",
            "card",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1",
        ),
        (
            "customer_balance",
            "customer_balance",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1",
        ),
        (
            "konbini",
            "konbini",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1",
        ),
        (
            "payto",
            "payto",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1",
        ),
        (
            "pix",
            "pix",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1",
        ),
        (
            "sepa_debit",
            "sepa_debit",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1",
        ),
        (
            "upi",
            "upi",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1",
        ),
        (
            "us_bank_account",
            "us_bank_account",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1",
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
                        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
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
                        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
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
                        v_billie, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0
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
                        v_card, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0
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
                        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
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
                        v_payto, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0
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
                        v_pix, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0
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
                        v_upi, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0
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
                        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
                    )
                    else v_us_bank_account
                )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptions:
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0.from_dict(
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0.from_dict(
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0.from_dict(v_billie)
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0.from_dict(v_card)
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0.from_dict(
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0.from_dict(v_payto)
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0.from_dict(v_pix)
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0.from_dict(v_upi)
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
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0.from_dict(
                    v_us_bank_account
                )
                if type(v_us_bank_account) is dict
                else v_us_bank_account
            )
        else:
            d["us_bank_account"] = v_us_bank_account
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsParams(TypedDict, total=False):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptions as plain data, for request parameters."""

    acss_debit: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1
    )
    bancontact: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1
    )
    billie: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1
    )
    blik: Mapping[str, Any] | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1
    card: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1
    )
    customer_balance: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1
    )
    konbini: Mapping[str, Any] | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1
    payto: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1
    )
    pix: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1
    )
    sepa_debit: (
        Mapping[str, Any] | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1
    )
    upi: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1
    )
    us_bank_account: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_blik_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_konbini_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_payto_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_pix_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_upi_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0,  # noqa: E402
)
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,  # noqa: E402
)
