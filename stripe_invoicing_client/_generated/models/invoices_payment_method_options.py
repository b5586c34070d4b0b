from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_acss_debit import (
        InvoicePaymentMethodOptionsAcssDebit,
        InvoicePaymentMethodOptionsAcssDebitParams,
    )
    from ..models.invoice_payment_method_options_bancontact import (
        InvoicePaymentMethodOptionsBancontact,
        InvoicePaymentMethodOptionsBancontactParams,
    )
    from ..models.invoice_payment_method_options_card import (
        InvoicePaymentMethodOptionsCard,
        InvoicePaymentMethodOptionsCardParams,
    )
    from ..models.invoice_payment_method_options_customer_balance import (
        InvoicePaymentMethodOptionsCustomerBalance,
        InvoicePaymentMethodOptionsCustomerBalanceParams,
    )
    from ..models.invoice_payment_method_options_konbini import InvoicePaymentMethodOptionsKonbini
    from ..models.invoice_payment_method_options_us_bank_account import (
        InvoicePaymentMethodOptionsUsBankAccount,
        InvoicePaymentMethodOptionsUsBankAccountParams,
    )
    from ..models.invoices_payment_method_options_billie import (
        InvoicesPaymentMethodOptionsBillie,
        InvoicesPaymentMethodOptionsBillieParams,
    )
    from ..models.invoices_payment_method_options_blik import InvoicesPaymentMethodOptionsBlik
    from ..models.invoices_payment_method_options_payto import (
        InvoicesPaymentMethodOptionsPayto,
        InvoicesPaymentMethodOptionsPaytoParams,
    )
    from ..models.invoices_payment_method_options_pix import (
        InvoicesPaymentMethodOptionsPix,
        InvoicesPaymentMethodOptionsPixParams,
    )
    from ..models.invoices_payment_method_options_sepa_debit import (
        InvoicesPaymentMethodOptionsSepaDebit,
    )
    from ..models.invoices_payment_method_options_upi import (
        InvoicesPaymentMethodOptionsUpi,
        InvoicesPaymentMethodOptionsUpiParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptions(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None
    bancontact: InvoicePaymentMethodOptionsBancontact | None
    billie: InvoicesPaymentMethodOptionsBillie | None
    blik: InvoicesPaymentMethodOptionsBlik | None
    card: InvoicePaymentMethodOptionsCard | None
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None
    konbini: InvoicePaymentMethodOptionsKonbini | None
    payto: InvoicesPaymentMethodOptionsPayto | None
    pix: InvoicesPaymentMethodOptionsPix | None
    sepa_debit: InvoicesPaymentMethodOptionsSepaDebit | None
    upi: InvoicesPaymentMethodOptionsUpi | None
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("acss_debit", "acss_debit", "InvoicePaymentMethodOptionsAcssDebit | None"),
        ("bancontact", "bancontact", "InvoicePaymentMethodOptionsBancontact | None"),
        ("billie", "billie", "InvoicesPaymentMethodOptionsBillie | None"),
        ("blik", "blik", "InvoicesPaymentMethodOptionsBlik | None"),
        ("card", "card", "InvoicePaymentMethodOptionsCard | None"),
        (
            "customer_balance",
            "customer_balance",
            "InvoicePaymentMethodOptionsCustomerBalance | None",
        ),
        ("konbini", "konbini", "InvoicePaymentMethodOptionsKonbini | None"),
        ("payto", "payto", "InvoicesPaymentMethodOptionsPayto | None"),
        ("pix", "pix", "InvoicesPaymentMethodOptionsPix | None"),
        ("sepa_debit", "sepa_debit", "InvoicesPaymentMethodOptionsSepaDebit | None"),
        ("upi", "upi", "InvoicesPaymentMethodOptionsUpi | None"),
        ("us_bank_account", "us_bank_account", "InvoicePaymentMethodOptionsUsBankAccount | None"),
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
            data["acss_debit"] = (
                v_acss_debit.to_dict()
                if isinstance(v_acss_debit, InvoicePaymentMethodOptionsAcssDebit)
                else v_acss_debit
            )
        try:
            v_bancontact = self.bancontact
        except AttributeError:
            pass
        else:
            data["bancontact"] = (
                v_bancontact.to_dict()
                if isinstance(v_bancontact, InvoicePaymentMethodOptionsBancontact)
                else v_bancontact
            )
        try:
            v_billie = self.billie
        except AttributeError:
            pass
        else:
            data["billie"] = (
                v_billie.to_dict()
                if isinstance(v_billie, InvoicesPaymentMethodOptionsBillie)
                else v_billie
            )
        try:
            v_blik = self.blik
        except AttributeError:
            pass
        else:
            data["blik"] = v_blik
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            data["card"] = (
                v_card.to_dict() if isinstance(v_card, InvoicePaymentMethodOptionsCard) else v_card
            )
        try:
            v_customer_balance = self.customer_balance
        except AttributeError:
            pass
        else:
            data["customer_balance"] = (
                v_customer_balance.to_dict()
                if isinstance(v_customer_balance, InvoicePaymentMethodOptionsCustomerBalance)
                else v_customer_balance
            )
        try:
            v_konbini = self.konbini
        except AttributeError:
            pass
        else:
            data["konbini"] = v_konbini
        try:
            v_payto = self.payto
        except AttributeError:
            pass
        else:
            data["payto"] = (
                v_payto.to_dict()
                if isinstance(v_payto, InvoicesPaymentMethodOptionsPayto)
                else v_payto
            )
        try:
            v_pix = self.pix
        except AttributeError:
            pass
        else:
            data["pix"] = (
                v_pix.to_dict() if isinstance(v_pix, InvoicesPaymentMethodOptionsPix) else v_pix
            )
        try:
            v_sepa_debit = self.sepa_debit
        except AttributeError:
            pass
        else:
            data["sepa_debit"] = v_sepa_debit
        try:
            v_upi = self.upi
        except AttributeError:
            pass
        else:
            data["upi"] = (
                v_upi.to_dict() if isinstance(v_upi, InvoicesPaymentMethodOptionsUpi) else v_upi
            )
        try:
            v_us_bank_account = self.us_bank_account
        except AttributeError:
            pass
        else:
            data["us_bank_account"] = (
                v_us_bank_account.to_dict()
                if isinstance(v_us_bank_account, InvoicePaymentMethodOptionsUsBankAccount)
                else v_us_bank_account
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_acss_debit = d.pop("acss_debit", UNSET)
        if v_acss_debit is not UNSET:
            if (type(v_acss_debit) is dict) or (v_acss_debit is None):
                fill.acss_debit = (
                    InvoicePaymentMethodOptionsAcssDebit.from_dict(v_acss_debit)
                    if type(v_acss_debit) is dict
                    else v_acss_debit
                )
            else:
                d["acss_debit"] = v_acss_debit
        v_bancontact = d.pop("bancontact", UNSET)
        if v_bancontact is not UNSET:
            if (type(v_bancontact) is dict) or (v_bancontact is None):
                fill.bancontact = (
                    InvoicePaymentMethodOptionsBancontact.from_dict(v_bancontact)
                    if type(v_bancontact) is dict
                    else v_bancontact
                )
            else:
                d["bancontact"] = v_bancontact
        v_billie = d.pop("billie", UNSET)
        if v_billie is not UNSET:
            if (type(v_billie) is dict) or (v_billie is None):
                fill.billie = (
                    InvoicesPaymentMethodOptionsBillie.from_dict(v_billie)
                    if type(v_billie) is dict
                    else v_billie
                )
            else:
                d["billie"] = v_billie
        v_blik = d.pop("blik", UNSET)
        if v_blik is not UNSET:
            if (type(v_blik) is dict) or (v_blik is None):
                fill.blik = v_blik
            else:
                d["blik"] = v_blik
        v_card = d.pop("card", UNSET)
        if v_card is not UNSET:
            if (type(v_card) is dict) or (v_card is None):
                fill.card = (
                    InvoicePaymentMethodOptionsCard.from_dict(v_card)
                    if type(v_card) is dict
                    else v_card
                )
            else:
                d["card"] = v_card
        v_customer_balance = d.pop("customer_balance", UNSET)
        if v_customer_balance is not UNSET:
            if (type(v_customer_balance) is dict) or (v_customer_balance is None):
                fill.customer_balance = (
                    InvoicePaymentMethodOptionsCustomerBalance.from_dict(v_customer_balance)
                    if type(v_customer_balance) is dict
                    else v_customer_balance
                )
            else:
                d["customer_balance"] = v_customer_balance
        v_konbini = d.pop("konbini", UNSET)
        if v_konbini is not UNSET:
            if (type(v_konbini) is dict) or (v_konbini is None):
                fill.konbini = v_konbini
            else:
                d["konbini"] = v_konbini
        v_payto = d.pop("payto", UNSET)
        if v_payto is not UNSET:
            if (type(v_payto) is dict) or (v_payto is None):
                fill.payto = (
                    InvoicesPaymentMethodOptionsPayto.from_dict(v_payto)
                    if type(v_payto) is dict
                    else v_payto
                )
            else:
                d["payto"] = v_payto
        v_pix = d.pop("pix", UNSET)
        if v_pix is not UNSET:
            if (type(v_pix) is dict) or (v_pix is None):
                fill.pix = (
                    InvoicesPaymentMethodOptionsPix.from_dict(v_pix)
                    if type(v_pix) is dict
                    else v_pix
                )
            else:
                d["pix"] = v_pix
        v_sepa_debit = d.pop("sepa_debit", UNSET)
        if v_sepa_debit is not UNSET:
            if (type(v_sepa_debit) is dict) or (v_sepa_debit is None):
                fill.sepa_debit = v_sepa_debit
            else:
                d["sepa_debit"] = v_sepa_debit
        v_upi = d.pop("upi", UNSET)
        if v_upi is not UNSET:
            if (type(v_upi) is dict) or (v_upi is None):
                fill.upi = (
                    InvoicesPaymentMethodOptionsUpi.from_dict(v_upi)
                    if type(v_upi) is dict
                    else v_upi
                )
            else:
                d["upi"] = v_upi
        v_us_bank_account = d.pop("us_bank_account", UNSET)
        if v_us_bank_account is not UNSET:
            if (type(v_us_bank_account) is dict) or (v_us_bank_account is None):
                fill.us_bank_account = (
                    InvoicePaymentMethodOptionsUsBankAccount.from_dict(v_us_bank_account)
                    if type(v_us_bank_account) is dict
                    else v_us_bank_account
                )
            else:
                d["us_bank_account"] = v_us_bank_account
        fill.additional_properties = d
        return obj


class InvoicesPaymentMethodOptionsParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptions as plain data, for request parameters."""

    acss_debit: Required[
        InvoicePaymentMethodOptionsAcssDebitParams | InvoicePaymentMethodOptionsAcssDebit
    ]
    bancontact: Required[
        InvoicePaymentMethodOptionsBancontactParams | InvoicePaymentMethodOptionsBancontact
    ]
    billie: Required[InvoicesPaymentMethodOptionsBillieParams | InvoicesPaymentMethodOptionsBillie]
    blik: Required[Mapping[str, Any]]
    card: Required[InvoicePaymentMethodOptionsCardParams | InvoicePaymentMethodOptionsCard]
    customer_balance: Required[
        InvoicePaymentMethodOptionsCustomerBalanceParams
        | InvoicePaymentMethodOptionsCustomerBalance
    ]
    konbini: Required[Mapping[str, Any]]
    payto: Required[InvoicesPaymentMethodOptionsPaytoParams | InvoicesPaymentMethodOptionsPayto]
    pix: Required[InvoicesPaymentMethodOptionsPixParams | InvoicesPaymentMethodOptionsPix]
    sepa_debit: Required[Mapping[str, Any]]
    upi: Required[InvoicesPaymentMethodOptionsUpiParams | InvoicesPaymentMethodOptionsUpi]
    us_bank_account: Required[
        InvoicePaymentMethodOptionsUsBankAccountParams | InvoicePaymentMethodOptionsUsBankAccount
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_payment_method_options_acss_debit import InvoicePaymentMethodOptionsAcssDebit  # noqa: E402
from ..models.invoice_payment_method_options_bancontact import InvoicePaymentMethodOptionsBancontact  # noqa: E402
from ..models.invoice_payment_method_options_card import InvoicePaymentMethodOptionsCard  # noqa: E402
from ..models.invoice_payment_method_options_customer_balance import (
    InvoicePaymentMethodOptionsCustomerBalance,  # noqa: E402
)
from ..models.invoice_payment_method_options_konbini import InvoicePaymentMethodOptionsKonbini  # noqa: E402
from ..models.invoice_payment_method_options_us_bank_account import (
    InvoicePaymentMethodOptionsUsBankAccount,  # noqa: E402
)
from ..models.invoices_payment_method_options_billie import InvoicesPaymentMethodOptionsBillie  # noqa: E402
from ..models.invoices_payment_method_options_blik import InvoicesPaymentMethodOptionsBlik  # noqa: E402
from ..models.invoices_payment_method_options_payto import InvoicesPaymentMethodOptionsPayto  # noqa: E402
from ..models.invoices_payment_method_options_pix import InvoicesPaymentMethodOptionsPix  # noqa: E402
from ..models.invoices_payment_method_options_sepa_debit import (
    InvoicesPaymentMethodOptionsSepaDebit,  # noqa: E402
)
from ..models.invoices_payment_method_options_upi import InvoicesPaymentMethodOptionsUpi  # noqa: E402
