from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptions:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptions

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_acss_debit = self.acss_debit
        if not isinstance(v_acss_debit, Unset):
            data["acss_debit"] = (
                v_acss_debit.to_dict()
                if isinstance(
                    v_acss_debit, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0
                )
                else v_acss_debit
            )
        v_bancontact = self.bancontact
        if not isinstance(v_bancontact, Unset):
            data["bancontact"] = (
                v_bancontact.to_dict()
                if isinstance(
                    v_bancontact, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0
                )
                else v_bancontact
            )
        v_billie = self.billie
        if not isinstance(v_billie, Unset):
            data["billie"] = (
                v_billie.to_dict()
                if isinstance(
                    v_billie, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0
                )
                else v_billie
            )
        v_blik = self.blik
        if not isinstance(v_blik, Unset):
            data["blik"] = v_blik
        v_card = self.card
        if not isinstance(v_card, Unset):
            data["card"] = (
                v_card.to_dict()
                if isinstance(v_card, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0)
                else v_card
            )
        v_customer_balance = self.customer_balance
        if not isinstance(v_customer_balance, Unset):
            data["customer_balance"] = (
                v_customer_balance.to_dict()
                if isinstance(
                    v_customer_balance,
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
                )
                else v_customer_balance
            )
        v_konbini = self.konbini
        if not isinstance(v_konbini, Unset):
            data["konbini"] = v_konbini
        v_payto = self.payto
        if not isinstance(v_payto, Unset):
            data["payto"] = (
                v_payto.to_dict()
                if isinstance(
                    v_payto, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0
                )
                else v_payto
            )
        v_pix = self.pix
        if not isinstance(v_pix, Unset):
            data["pix"] = (
                v_pix.to_dict()
                if isinstance(v_pix, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0)
                else v_pix
            )
        v_sepa_debit = self.sepa_debit
        if not isinstance(v_sepa_debit, Unset):
            data["sepa_debit"] = v_sepa_debit
        v_upi = self.upi
        if not isinstance(v_upi, Unset):
            data["upi"] = (
                v_upi.to_dict()
                if isinstance(v_upi, PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0)
                else v_upi
            )
        v_us_bank_account = self.us_bank_account
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
        v_acss_debit = d.pop("acss_debit", UNSET)
        if v_acss_debit is not UNSET:
            if (type(v_acss_debit) is dict) or (v_acss_debit == ""):
                v_acss_debit = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0.from_dict(
                        v_acss_debit
                    )
                    if type(v_acss_debit) is dict
                    else v_acss_debit
                )
            else:
                d["acss_debit"] = v_acss_debit
                v_acss_debit = UNSET
        v_bancontact = d.pop("bancontact", UNSET)
        if v_bancontact is not UNSET:
            if (type(v_bancontact) is dict) or (v_bancontact == ""):
                v_bancontact = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0.from_dict(
                        v_bancontact
                    )
                    if type(v_bancontact) is dict
                    else v_bancontact
                )
            else:
                d["bancontact"] = v_bancontact
                v_bancontact = UNSET
        v_billie = d.pop("billie", UNSET)
        if v_billie is not UNSET:
            if (type(v_billie) is dict) or (v_billie == ""):
                v_billie = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0.from_dict(
                        v_billie
                    )
                    if type(v_billie) is dict
                    else v_billie
                )
            else:
                d["billie"] = v_billie
                v_billie = UNSET
        v_blik = d.pop("blik", UNSET)
        if v_blik is not UNSET and not ((type(v_blik) is dict) or (v_blik == "")):
            d["blik"] = v_blik
            v_blik = UNSET
        v_card = d.pop("card", UNSET)
        if v_card is not UNSET:
            if (type(v_card) is dict) or (v_card == ""):
                v_card = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0.from_dict(v_card)
                    if type(v_card) is dict
                    else v_card
                )
            else:
                d["card"] = v_card
                v_card = UNSET
        v_customer_balance = d.pop("customer_balance", UNSET)
        if v_customer_balance is not UNSET:
            if (type(v_customer_balance) is dict) or (v_customer_balance == ""):
                v_customer_balance = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0.from_dict(
                        v_customer_balance
                    )
                    if type(v_customer_balance) is dict
                    else v_customer_balance
                )
            else:
                d["customer_balance"] = v_customer_balance
                v_customer_balance = UNSET
        v_konbini = d.pop("konbini", UNSET)
        if v_konbini is not UNSET and not ((type(v_konbini) is dict) or (v_konbini == "")):
            d["konbini"] = v_konbini
            v_konbini = UNSET
        v_payto = d.pop("payto", UNSET)
        if v_payto is not UNSET:
            if (type(v_payto) is dict) or (v_payto == ""):
                v_payto = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0.from_dict(v_payto)
                    if type(v_payto) is dict
                    else v_payto
                )
            else:
                d["payto"] = v_payto
                v_payto = UNSET
        v_pix = d.pop("pix", UNSET)
        if v_pix is not UNSET:
            if (type(v_pix) is dict) or (v_pix == ""):
                v_pix = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0.from_dict(v_pix)
                    if type(v_pix) is dict
                    else v_pix
                )
            else:
                d["pix"] = v_pix
                v_pix = UNSET
        v_sepa_debit = d.pop("sepa_debit", UNSET)
        if v_sepa_debit is not UNSET and not ((type(v_sepa_debit) is dict) or (v_sepa_debit == "")):
            d["sepa_debit"] = v_sepa_debit
            v_sepa_debit = UNSET
        v_upi = d.pop("upi", UNSET)
        if v_upi is not UNSET:
            if (type(v_upi) is dict) or (v_upi == ""):
                v_upi = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0.from_dict(v_upi)
                    if type(v_upi) is dict
                    else v_upi
                )
            else:
                d["upi"] = v_upi
                v_upi = UNSET
        v_us_bank_account = d.pop("us_bank_account", UNSET)
        if v_us_bank_account is not UNSET:
            if (type(v_us_bank_account) is dict) or (v_us_bank_account == ""):
                v_us_bank_account = (
                    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0.from_dict(
                        v_us_bank_account
                    )
                    if type(v_us_bank_account) is dict
                    else v_us_bank_account
                )
            else:
                d["us_bank_account"] = v_us_bank_account
                v_us_bank_account = UNSET
        obj = cls(
            acss_debit=v_acss_debit,
            bancontact=v_bancontact,
            billie=v_billie,
            blik=v_blik,
            card=v_card,
            customer_balance=v_customer_balance,
            konbini=v_konbini,
            payto=v_payto,
            pix=v_pix,
            sepa_debit=v_sepa_debit,
            upi=v_upi,
            us_bank_account=v_us_bank_account,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
