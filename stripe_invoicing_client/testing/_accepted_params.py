"""The parameters each operation accepts, transcribed from `openapi/stripe-invoicing.yaml`.

Keyed by the spec's operationId. Deep or very wide parts of the request bodies (payment
method options, subscription previews, long enums) are accepted unchecked: the fake neither
stores nor reads them, and the spec itself is the authority on them.
"""

from __future__ import annotations

from ._shapes import (
    ANYTHING,
    BOOL,
    INT,
    NUMBER,
    STR,
    STR_MAP,
    AnyOf,
    Fields,
    ListOf,
    OneOf,
    Unsettable,
)

ACCEPTED_PARAMS: dict[str, Fields] = {
    "GetInvoices": Fields(
        {
            "collection_method": OneOf(("charge_automatically", "send_invoice")),
            "created": AnyOf((Fields({"gt": INT, "gte": INT, "lt": INT, "lte": INT}), INT)),
            "customer": STR,
            "customer_account": STR,
            "due_date": AnyOf((Fields({"gt": INT, "gte": INT, "lt": INT, "lte": INT}), INT)),
            "ending_before": STR,
            "expand": ListOf(STR),
            "limit": INT,
            "starting_after": STR,
            "status": OneOf(("draft", "open", "paid", "uncollectible", "void")),
            "subscription": STR,
        },
    ),
    "PostInvoices": Fields(
        {
            "account_tax_ids": Unsettable(ListOf(STR)),
            "application_fee_amount": INT,
            "auto_advance": BOOL,
            "automatic_tax": Fields(
                {
                    "enabled": BOOL,
                    "liability": Fields(
                        {"account": STR, "type": OneOf(("account", "self"))}, required=("type",)
                    ),
                },
                required=("enabled",),
            ),
            "automatically_finalizes_at": INT,
            "collection_method": OneOf(("charge_automatically", "send_invoice")),
            "currency": STR,
            "custom_fields": Unsettable(
                ListOf(Fields({"name": STR, "value": STR}, required=("name", "value")))
            ),
            "customer": STR,
            "customer_account": STR,
            "days_until_due": INT,
            "default_payment_method": STR,
            "default_source": STR,
            "default_tax_rates": ListOf(STR),
            "description": STR,
            "discounts": Unsettable(
                ListOf(Fields({"coupon": STR, "discount": STR, "promotion_code": STR}))
            ),
            "due_date": INT,
            "effective_at": INT,
            "expand": ListOf(STR),
            "footer": STR,
            "from_invoice": Fields(
                {"action": OneOf(("revision",)), "invoice": STR}, required=("action", "invoice")
            ),
            "issuer": Fields(
                {"account": STR, "type": OneOf(("account", "self"))}, required=("type",)
            ),
            "metadata": Unsettable(STR_MAP),
            "number": STR,
            "on_behalf_of": STR,
            "payment_settings": Fields(
                {
                    "default_mandate": Unsettable(STR),
                    "payment_method_options": Fields(
                        {
                            "acss_debit": Unsettable(
                                Fields(
                                    {
                                        "mandate_options": ANYTHING,
                                        "verification_method": OneOf(
                                            ("automatic", "instant", "microdeposits")
                                        ),
                                    }
                                )
                            ),
                            "bancontact": Unsettable(
                                Fields({"preferred_language": OneOf(("de", "en", "fr", "nl"))})
                            ),
                            "billie": Unsettable(
                                Fields({"company_details": Unsettable(ANYTHING), "reference": STR})
                            ),
                            "blik": Unsettable(Fields({})),
                            "card": Unsettable(
                                Fields(
                                    {
                                        "installments": ANYTHING,
                                        "request_three_d_secure": OneOf(
                                            ("any", "automatic", "challenge")
                                        ),
                                    }
                                )
                            ),
                            "customer_balance": Unsettable(
                                Fields({"bank_transfer": ANYTHING, "funding_type": STR})
                            ),
                            "konbini": Unsettable(Fields({})),
                            "payto": Unsettable(Fields({"mandate_options": ANYTHING})),
                            "pix": Unsettable(
                                Fields(
                                    {
                                        "amount_includes_iof": OneOf(("always", "never")),
                                        "expires_after_seconds": INT,
                                    }
                                )
                            ),
                            "sepa_debit": Unsettable(Fields({})),
                            "upi": Unsettable(Fields({"mandate_options": ANYTHING})),
                            "us_bank_account": Unsettable(
                                Fields(
                                    {
                                        "financial_connections": ANYTHING,
                                        "verification_method": OneOf(
                                            ("automatic", "instant", "microdeposits")
                                        ),
                                    }
                                )
                            ),
                        }
                    ),
                    "payment_method_types": Unsettable(ListOf(STR)),
                }
            ),
            "pending_invoice_items_behavior": OneOf(("exclude", "include")),
            "rendering": Fields(
                {
                    "amount_tax_display": Unsettable(
                        OneOf(("exclude_tax", "include_inclusive_tax"))
                    ),
                    "pdf": Fields({"page_size": OneOf(("a4", "auto", "letter"))}),
                    "template": STR,
                    "template_version": Unsettable(INT),
                }
            ),
            "shipping_cost": Fields(
                {
                    "shipping_rate": STR,
                    "shipping_rate_data": Fields(
                        {
                            "delivery_estimate": Fields({"maximum": ANYTHING, "minimum": ANYTHING}),
                            "display_name": STR,
                            "fixed_amount": Fields(
                                {"amount": INT, "currency": STR, "currency_options": STR_MAP},
                                required=("amount", "currency"),
                            ),
                            "metadata": STR_MAP,
                            "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                            "tax_code": STR,
                            "type": OneOf(("fixed_amount",)),
                        },
                        required=("display_name",),
                    ),
                }
            ),
            "shipping_details": Fields(
                {
                    "address": Fields(
                        {
                            "city": STR,
                            "country": STR,
                            "line1": STR,
                            "line2": STR,
                            "postal_code": STR,
                            "state": STR,
                        }
                    ),
                    "name": STR,
                    "phone": Unsettable(STR),
                },
                required=("address", "name"),
            ),
            "statement_descriptor": STR,
            "subscription": STR,
            "transfer_data": Fields({"amount": INT, "destination": STR}, required=("destination",)),
        },
    ),
    "GetInvoicesSearch": Fields(
        {
            "expand": ListOf(STR),
            "limit": INT,
            "page": STR,
            "query": STR,
        },
        required=("query",),
    ),
    "PostInvoicesCreatePreview": Fields(
        {
            "automatic_tax": Fields(
                {
                    "enabled": BOOL,
                    "liability": Fields(
                        {"account": STR, "type": OneOf(("account", "self"))}, required=("type",)
                    ),
                },
                required=("enabled",),
            ),
            "currency": STR,
            "customer": STR,
            "customer_account": STR,
            "customer_details": Fields(
                {
                    "address": Unsettable(
                        Fields(
                            {
                                "city": STR,
                                "country": STR,
                                "line1": STR,
                                "line2": STR,
                                "postal_code": STR,
                                "state": STR,
                            }
                        )
                    ),
                    "shipping": Unsettable(
                        Fields(
                            {
                                "address": Fields(
                                    {
                                        "city": STR,
                                        "country": STR,
                                        "line1": STR,
                                        "line2": STR,
                                        "postal_code": STR,
                                        "state": STR,
                                    }
                                ),
                                "name": STR,
                                "phone": STR,
                            },
                            required=("address", "name"),
                        )
                    ),
                    "tax": Fields({"ip_address": Unsettable(STR)}),
                    "tax_exempt": Unsettable(OneOf(("exempt", "none", "reverse"))),
                    "tax_ids": ListOf(
                        Fields({"type": STR, "value": STR}, required=("type", "value"))
                    ),
                }
            ),
            "discounts": Unsettable(
                ListOf(Fields({"coupon": STR, "discount": STR, "promotion_code": STR}))
            ),
            "expand": ListOf(STR),
            "invoice_items": ListOf(
                Fields(
                    {
                        "amount": INT,
                        "currency": STR,
                        "description": STR,
                        "discountable": BOOL,
                        "discounts": Unsettable(ListOf(ANYTHING)),
                        "invoiceitem": STR,
                        "metadata": Unsettable(STR_MAP),
                        "period": Fields({"end": INT, "start": INT}, required=("end", "start")),
                        "price": STR,
                        "price_data": Fields(
                            {
                                "currency": STR,
                                "product": STR,
                                "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                                "unit_amount": INT,
                                "unit_amount_decimal": STR,
                            },
                            required=("currency", "product"),
                        ),
                        "quantity": INT,
                        "quantity_decimal": STR,
                        "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                        "tax_code": Unsettable(STR),
                        "tax_rates": Unsettable(ListOf(STR)),
                        "unit_amount": INT,
                        "unit_amount_decimal": STR,
                    }
                )
            ),
            "issuer": Fields(
                {"account": STR, "type": OneOf(("account", "self"))}, required=("type",)
            ),
            "on_behalf_of": Unsettable(STR),
            "preview_mode": OneOf(("next", "recurring")),
            "schedule": STR,
            "schedule_details": Fields(
                {
                    "billing_mode": Fields(
                        {
                            "flexible": Fields(
                                {"proration_discounts": OneOf(("included", "itemized"))}
                            ),
                            "type": OneOf(("classic", "flexible")),
                        },
                        required=("type",),
                    ),
                    "end_behavior": OneOf(("cancel", "release")),
                    "pause_schedules": Unsettable(
                        ListOf(
                            Fields({"key": STR, "pause": ANYTHING, "resume": Unsettable(ANYTHING)})
                        )
                    ),
                    "phases": ListOf(
                        Fields(
                            {
                                "add_invoice_items": ListOf(ANYTHING),
                                "application_fee_percent": NUMBER,
                                "automatic_tax": ANYTHING,
                                "billing_cycle_anchor": OneOf(("automatic", "phase_start")),
                                "billing_thresholds": Unsettable(ANYTHING),
                                "collection_method": OneOf(
                                    ("charge_automatically", "send_invoice")
                                ),
                                "currency": STR,
                                "default_payment_method": STR,
                                "default_tax_rates": Unsettable(ListOf(STR)),
                                "description": Unsettable(STR),
                                "discounts": Unsettable(ListOf(ANYTHING)),
                                "duration": ANYTHING,
                                "end_date": AnyOf((INT, OneOf(("now",)))),
                                "invoice_settings": ANYTHING,
                                "items": ListOf(ANYTHING),
                                "metadata": STR_MAP,
                                "on_behalf_of": STR,
                                "proration_behavior": OneOf(
                                    ("always_invoice", "create_prorations", "none")
                                ),
                                "start_date": AnyOf((INT, OneOf(("now",)))),
                                "transfer_data": ANYTHING,
                                "trial": BOOL,
                                "trial_end": AnyOf((INT, OneOf(("now",)))),
                            },
                            required=("items",),
                        )
                    ),
                    "proration_behavior": OneOf(("always_invoice", "create_prorations", "none")),
                }
            ),
            "subscription": STR,
            "subscription_details": Fields(
                {
                    "billing_cycle_anchor": Fields(
                        {"timestamp": INT, "type": OneOf(("now", "timestamp", "unchanged"))},
                        required=("type",),
                    ),
                    "billing_mode": Fields(
                        {
                            "flexible": Fields(
                                {"proration_discounts": OneOf(("included", "itemized"))}
                            ),
                            "type": OneOf(("classic", "flexible")),
                        },
                        required=("type",),
                    ),
                    "billing_schedules": Unsettable(
                        ListOf(
                            Fields(
                                {"applies_to": ListOf(ANYTHING), "bill_until": ANYTHING, "key": STR}
                            )
                        )
                    ),
                    "cancel_at": Unsettable(
                        AnyOf(
                            (INT, OneOf(("max_billed_until", "max_period_end", "min_period_end")))
                        )
                    ),
                    "cancel_at_period_end": BOOL,
                    "cancel_now": BOOL,
                    "default_tax_rates": Unsettable(ListOf(STR)),
                    "items": ListOf(
                        Fields(
                            {
                                "billing_thresholds": Unsettable(ANYTHING),
                                "clear_usage": BOOL,
                                "current_trial": ANYTHING,
                                "deleted": BOOL,
                                "discounts": Unsettable(ListOf(ANYTHING)),
                                "id": STR,
                                "metadata": Unsettable(STR_MAP),
                                "plan": STR,
                                "price": STR,
                                "price_data": ANYTHING,
                                "quantity": INT,
                                "tax_rates": Unsettable(ListOf(STR)),
                            }
                        )
                    ),
                    "metadata": Unsettable(STR_MAP),
                    "pause": Fields(
                        {
                            "bill_for": Fields(
                                {
                                    "outstanding_usage_through": ANYTHING,
                                    "unused_time_from": ANYTHING,
                                }
                            ),
                            "invoicing_behavior": OneOf(("invoice", "pending_invoice_item")),
                            "type": OneOf(("subscription",)),
                        }
                    ),
                    "proration_behavior": OneOf(("always_invoice", "create_prorations", "none")),
                    "proration_date": INT,
                    "resume_at": OneOf(("now",)),
                    "start_date": INT,
                    "trial_end": AnyOf((INT, OneOf(("now",)))),
                }
            ),
        },
    ),
    "GetInvoicesInvoice": Fields(
        {
            "expand": ListOf(STR),
        },
    ),
    "PostInvoicesInvoice": Fields(
        {
            "account_tax_ids": Unsettable(ListOf(STR)),
            "application_fee_amount": INT,
            "auto_advance": BOOL,
            "automatic_tax": Fields(
                {
                    "enabled": BOOL,
                    "liability": Fields(
                        {"account": STR, "type": OneOf(("account", "self"))}, required=("type",)
                    ),
                },
                required=("enabled",),
            ),
            "automatically_finalizes_at": INT,
            "collection_method": OneOf(("charge_automatically", "send_invoice")),
            "custom_fields": Unsettable(
                ListOf(Fields({"name": STR, "value": STR}, required=("name", "value")))
            ),
            "days_until_due": INT,
            "default_payment_method": STR,
            "default_source": Unsettable(STR),
            "default_tax_rates": Unsettable(ListOf(STR)),
            "description": STR,
            "discounts": Unsettable(
                ListOf(Fields({"coupon": STR, "discount": STR, "promotion_code": STR}))
            ),
            "due_date": INT,
            "effective_at": Unsettable(INT),
            "expand": ListOf(STR),
            "footer": STR,
            "issuer": Fields(
                {"account": STR, "type": OneOf(("account", "self"))}, required=("type",)
            ),
            "metadata": Unsettable(STR_MAP),
            "number": Unsettable(STR),
            "on_behalf_of": Unsettable(STR),
            "payment_settings": Fields(
                {
                    "default_mandate": Unsettable(STR),
                    "payment_method_options": Fields(
                        {
                            "acss_debit": Unsettable(
                                Fields(
                                    {
                                        "mandate_options": ANYTHING,
                                        "verification_method": OneOf(
                                            ("automatic", "instant", "microdeposits")
                                        ),
                                    }
                                )
                            ),
                            "bancontact": Unsettable(
                                Fields({"preferred_language": OneOf(("de", "en", "fr", "nl"))})
                            ),
                            "billie": Unsettable(
                                Fields({"company_details": Unsettable(ANYTHING), "reference": STR})
                            ),
                            "blik": Unsettable(Fields({})),
                            "card": Unsettable(
                                Fields(
                                    {
                                        "installments": ANYTHING,
                                        "request_three_d_secure": OneOf(
                                            ("any", "automatic", "challenge")
                                        ),
                                    }
                                )
                            ),
                            "customer_balance": Unsettable(
                                Fields({"bank_transfer": ANYTHING, "funding_type": STR})
                            ),
                            "konbini": Unsettable(Fields({})),
                            "payto": Unsettable(Fields({"mandate_options": ANYTHING})),
                            "pix": Unsettable(
                                Fields(
                                    {
                                        "amount_includes_iof": OneOf(("always", "never")),
                                        "expires_after_seconds": INT,
                                    }
                                )
                            ),
                            "sepa_debit": Unsettable(Fields({})),
                            "upi": Unsettable(Fields({"mandate_options": ANYTHING})),
                            "us_bank_account": Unsettable(
                                Fields(
                                    {
                                        "financial_connections": ANYTHING,
                                        "verification_method": OneOf(
                                            ("automatic", "instant", "microdeposits")
                                        ),
                                    }
                                )
                            ),
                        }
                    ),
                    "payment_method_types": Unsettable(ListOf(STR)),
                }
            ),
            "rendering": Fields(
                {
                    "amount_tax_display": Unsettable(
                        OneOf(("exclude_tax", "include_inclusive_tax"))
                    ),
                    "pdf": Fields({"page_size": OneOf(("a4", "auto", "letter"))}),
                    "template": STR,
                    "template_version": Unsettable(INT),
                }
            ),
            "shipping_cost": Unsettable(
                Fields(
                    {
                        "shipping_rate": STR,
                        "shipping_rate_data": Fields(
                            {
                                "delivery_estimate": Fields(
                                    {"maximum": ANYTHING, "minimum": ANYTHING}
                                ),
                                "display_name": STR,
                                "fixed_amount": Fields(
                                    {"amount": INT, "currency": STR, "currency_options": STR_MAP},
                                    required=("amount", "currency"),
                                ),
                                "metadata": STR_MAP,
                                "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                                "tax_code": STR,
                                "type": OneOf(("fixed_amount",)),
                            },
                            required=("display_name",),
                        ),
                    }
                )
            ),
            "shipping_details": Unsettable(
                Fields(
                    {
                        "address": Fields(
                            {
                                "city": STR,
                                "country": STR,
                                "line1": STR,
                                "line2": STR,
                                "postal_code": STR,
                                "state": STR,
                            }
                        ),
                        "name": STR,
                        "phone": Unsettable(STR),
                    },
                    required=("address", "name"),
                )
            ),
            "statement_descriptor": STR,
            "transfer_data": Unsettable(
                Fields({"amount": INT, "destination": STR}, required=("destination",))
            ),
        },
    ),
    "DeleteInvoicesInvoice": Fields(
        {},
    ),
    "PostInvoicesInvoiceFinalize": Fields(
        {
            "auto_advance": BOOL,
            "expand": ListOf(STR),
        },
    ),
    "PostInvoicesInvoiceSend": Fields(
        {
            "expand": ListOf(STR),
        },
    ),
    "PostInvoicesInvoicePay": Fields(
        {
            "expand": ListOf(STR),
            "forgive": BOOL,
            "mandate": Unsettable(STR),
            "off_session": BOOL,
            "paid_out_of_band": BOOL,
            "payment_method": STR,
            "source": STR,
        },
    ),
    "PostInvoicesInvoiceVoid": Fields(
        {
            "expand": ListOf(STR),
        },
    ),
    "PostInvoicesInvoiceMarkUncollectible": Fields(
        {
            "expand": ListOf(STR),
        },
    ),
    "GetInvoicesInvoiceLines": Fields(
        {
            "ending_before": STR,
            "expand": ListOf(STR),
            "limit": INT,
            "starting_after": STR,
        },
    ),
    "PostInvoicesInvoiceLinesLineItemId": Fields(
        {
            "amount": INT,
            "description": STR,
            "discountable": BOOL,
            "discounts": Unsettable(
                ListOf(Fields({"coupon": STR, "discount": STR, "promotion_code": STR}))
            ),
            "expand": ListOf(STR),
            "metadata": Unsettable(STR_MAP),
            "period": Fields({"end": INT, "start": INT}, required=("end", "start")),
            "price_data": Fields(
                {
                    "currency": STR,
                    "product": STR,
                    "product_data": Fields(
                        {
                            "description": STR,
                            "images": ListOf(STR),
                            "metadata": STR_MAP,
                            "name": STR,
                            "tax_code": STR,
                            "tax_details": Fields(
                                {"performance_location": STR, "tax_code": Unsettable(STR)}
                            ),
                            "unit_label": STR,
                        },
                        required=("name",),
                    ),
                    "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                    "unit_amount": INT,
                    "unit_amount_decimal": STR,
                },
                required=("currency",),
            ),
            "pricing": Fields({"price": STR}),
            "quantity": INT,
            "quantity_decimal": STR,
            "tax_amounts": Unsettable(
                ListOf(
                    Fields(
                        {
                            "amount": INT,
                            "tax_rate_data": Fields(
                                {
                                    "country": STR,
                                    "description": STR,
                                    "display_name": STR,
                                    "inclusive": BOOL,
                                    "jurisdiction": STR,
                                    "jurisdiction_level": OneOf(
                                        (
                                            "city",
                                            "country",
                                            "county",
                                            "district",
                                            "multiple",
                                            "state",
                                        )
                                    ),
                                    "percentage": NUMBER,
                                    "state": STR,
                                    "tax_type": STR,
                                },
                                required=("display_name", "inclusive", "percentage"),
                            ),
                            "taxability_reason": STR,
                            "taxable_amount": INT,
                        },
                        required=("amount", "tax_rate_data", "taxable_amount"),
                    )
                )
            ),
            "tax_rates": Unsettable(ListOf(STR)),
        },
    ),
    "PostInvoicesInvoiceAddLines": Fields(
        {
            "expand": ListOf(STR),
            "invoice_metadata": Unsettable(STR_MAP),
            "lines": ListOf(
                Fields(
                    {
                        "amount": INT,
                        "description": STR,
                        "discountable": BOOL,
                        "discounts": Unsettable(ListOf(ANYTHING)),
                        "invoice_item": STR,
                        "metadata": Unsettable(STR_MAP),
                        "period": Fields({"end": INT, "start": INT}, required=("end", "start")),
                        "price_data": Fields(
                            {
                                "currency": STR,
                                "product": STR,
                                "product_data": ANYTHING,
                                "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                                "unit_amount": INT,
                                "unit_amount_decimal": STR,
                            },
                            required=("currency",),
                        ),
                        "pricing": Fields({"price": STR}),
                        "quantity": INT,
                        "quantity_decimal": STR,
                        "tax_amounts": Unsettable(ListOf(ANYTHING)),
                        "tax_rates": Unsettable(ListOf(STR)),
                    }
                )
            ),
        },
        required=("lines",),
    ),
    "PostInvoicesInvoiceRemoveLines": Fields(
        {
            "expand": ListOf(STR),
            "invoice_metadata": Unsettable(STR_MAP),
            "lines": ListOf(
                Fields(
                    {"behavior": OneOf(("delete", "unassign")), "id": STR},
                    required=("behavior", "id"),
                )
            ),
        },
        required=("lines",),
    ),
    "PostInvoicesInvoiceUpdateLines": Fields(
        {
            "expand": ListOf(STR),
            "invoice_metadata": Unsettable(STR_MAP),
            "lines": ListOf(
                Fields(
                    {
                        "amount": INT,
                        "description": STR,
                        "discountable": BOOL,
                        "discounts": Unsettable(ListOf(ANYTHING)),
                        "id": STR,
                        "metadata": Unsettable(STR_MAP),
                        "period": Fields({"end": INT, "start": INT}, required=("end", "start")),
                        "price_data": Fields(
                            {
                                "currency": STR,
                                "product": STR,
                                "product_data": ANYTHING,
                                "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                                "unit_amount": INT,
                                "unit_amount_decimal": STR,
                            },
                            required=("currency",),
                        ),
                        "pricing": Fields({"price": STR}),
                        "quantity": INT,
                        "quantity_decimal": STR,
                        "tax_amounts": Unsettable(ListOf(ANYTHING)),
                        "tax_rates": Unsettable(ListOf(STR)),
                    },
                    required=("id",),
                )
            ),
        },
        required=("lines",),
    ),
    "GetInvoiceitems": Fields(
        {
            "created": AnyOf((Fields({"gt": INT, "gte": INT, "lt": INT, "lte": INT}), INT)),
            "customer": STR,
            "customer_account": STR,
            "ending_before": STR,
            "expand": ListOf(STR),
            "invoice": STR,
            "limit": INT,
            "pending": BOOL,
            "starting_after": STR,
        },
    ),
    "PostInvoiceitems": Fields(
        {
            "amount": INT,
            "currency": STR,
            "customer": STR,
            "customer_account": STR,
            "description": STR,
            "discountable": BOOL,
            "discounts": Unsettable(
                ListOf(Fields({"coupon": STR, "discount": STR, "promotion_code": STR}))
            ),
            "expand": ListOf(STR),
            "invoice": STR,
            "metadata": Unsettable(STR_MAP),
            "period": Fields({"end": INT, "start": INT}, required=("end", "start")),
            "price_data": Fields(
                {
                    "currency": STR,
                    "product": STR,
                    "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                    "unit_amount": INT,
                    "unit_amount_decimal": STR,
                },
                required=("currency", "product"),
            ),
            "pricing": Fields({"price": STR}),
            "quantity": INT,
            "quantity_decimal": STR,
            "subscription": STR,
            "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
            "tax_code": Unsettable(STR),
            "tax_rates": ListOf(STR),
            "unit_amount_decimal": STR,
        },
    ),
    "GetInvoiceitemsInvoiceitem": Fields(
        {
            "expand": ListOf(STR),
        },
    ),
    "PostInvoiceitemsInvoiceitem": Fields(
        {
            "amount": INT,
            "description": STR,
            "discountable": BOOL,
            "discounts": Unsettable(
                ListOf(Fields({"coupon": STR, "discount": STR, "promotion_code": STR}))
            ),
            "expand": ListOf(STR),
            "invoicing_rules": OneOf(("",)),
            "metadata": Unsettable(STR_MAP),
            "period": Fields({"end": INT, "start": INT}, required=("end", "start")),
            "price_data": Fields(
                {
                    "currency": STR,
                    "product": STR,
                    "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
                    "unit_amount": INT,
                    "unit_amount_decimal": STR,
                },
                required=("currency", "product"),
            ),
            "pricing": Fields({"price": STR}),
            "quantity": INT,
            "quantity_decimal": STR,
            "tax_behavior": OneOf(("exclusive", "inclusive", "unspecified")),
            "tax_code": Unsettable(STR),
            "tax_rates": Unsettable(ListOf(STR)),
            "unit_amount_decimal": STR,
        },
    ),
    "DeleteInvoiceitemsInvoiceitem": Fields(
        {},
    ),
    "GetCustomers": Fields(
        {
            "created": AnyOf((Fields({"gt": INT, "gte": INT, "lt": INT, "lte": INT}), INT)),
            "email": STR,
            "ending_before": STR,
            "expand": ListOf(STR),
            "limit": INT,
            "starting_after": STR,
            "test_clock": STR,
        },
    ),
    "PostCustomers": Fields(
        {
            "address": Unsettable(
                Fields(
                    {
                        "city": STR,
                        "country": STR,
                        "line1": STR,
                        "line2": STR,
                        "postal_code": STR,
                        "state": STR,
                    }
                )
            ),
            "balance": INT,
            "business_name": Unsettable(STR),
            "cash_balance": Fields(
                {
                    "settings": Fields(
                        {"reconciliation_mode": OneOf(("automatic", "manual", "merchant_default"))}
                    )
                }
            ),
            "description": STR,
            "email": STR,
            "expand": ListOf(STR),
            "individual_name": Unsettable(STR),
            "invoice_prefix": STR,
            "invoice_settings": Fields(
                {
                    "custom_fields": Unsettable(
                        ListOf(Fields({"name": STR, "value": STR}, required=("name", "value")))
                    ),
                    "default_payment_method": STR,
                    "footer": STR,
                    "rendering_options": Unsettable(
                        Fields(
                            {
                                "amount_tax_display": Unsettable(
                                    OneOf(("exclude_tax", "include_inclusive_tax"))
                                ),
                                "template": STR,
                            }
                        )
                    ),
                }
            ),
            "metadata": Unsettable(STR_MAP),
            "name": STR,
            "next_invoice_sequence": INT,
            "payment_method": STR,
            "phone": STR,
            "preferred_locales": ListOf(STR),
            "shipping": Unsettable(
                Fields(
                    {
                        "address": Fields(
                            {
                                "city": STR,
                                "country": STR,
                                "line1": STR,
                                "line2": STR,
                                "postal_code": STR,
                                "state": STR,
                            }
                        ),
                        "name": STR,
                        "phone": STR,
                    },
                    required=("address", "name"),
                )
            ),
            "source": STR,
            "tax": Fields(
                {
                    "ip_address": Unsettable(STR),
                    "validate_location": OneOf(("deferred", "immediately")),
                }
            ),
            "tax_exempt": Unsettable(OneOf(("exempt", "none", "reverse"))),
            "tax_id_data": ListOf(Fields({"type": STR, "value": STR}, required=("type", "value"))),
            "test_clock": STR,
            "validate": BOOL,
        },
    ),
    "GetCustomersSearch": Fields(
        {
            "expand": ListOf(STR),
            "limit": INT,
            "page": STR,
            "query": STR,
        },
        required=("query",),
    ),
    "GetCustomersCustomer": Fields(
        {
            "expand": ListOf(STR),
        },
    ),
    "PostCustomersCustomer": Fields(
        {
            "address": Unsettable(
                Fields(
                    {
                        "city": STR,
                        "country": STR,
                        "line1": STR,
                        "line2": STR,
                        "postal_code": STR,
                        "state": STR,
                    }
                )
            ),
            "balance": INT,
            "business_name": Unsettable(STR),
            "cash_balance": Fields(
                {
                    "settings": Fields(
                        {"reconciliation_mode": OneOf(("automatic", "manual", "merchant_default"))}
                    )
                }
            ),
            "default_source": STR,
            "description": STR,
            "email": STR,
            "expand": ListOf(STR),
            "individual_name": Unsettable(STR),
            "invoice_prefix": STR,
            "invoice_settings": Fields(
                {
                    "custom_fields": Unsettable(
                        ListOf(Fields({"name": STR, "value": STR}, required=("name", "value")))
                    ),
                    "default_payment_method": STR,
                    "footer": STR,
                    "rendering_options": Unsettable(
                        Fields(
                            {
                                "amount_tax_display": Unsettable(
                                    OneOf(("exclude_tax", "include_inclusive_tax"))
                                ),
                                "template": STR,
                            }
                        )
                    ),
                }
            ),
            "metadata": Unsettable(STR_MAP),
            "name": STR,
            "next_invoice_sequence": INT,
            "phone": STR,
            "preferred_locales": ListOf(STR),
            "shipping": Unsettable(
                Fields(
                    {
                        "address": Fields(
                            {
                                "city": STR,
                                "country": STR,
                                "line1": STR,
                                "line2": STR,
                                "postal_code": STR,
                                "state": STR,
                            }
                        ),
                        "name": STR,
                        "phone": STR,
                    },
                    required=("address", "name"),
                )
            ),
            "source": STR,
            "tax": Fields(
                {
                    "ip_address": Unsettable(STR),
                    "validate_location": OneOf(("auto", "deferred", "immediately")),
                }
            ),
            "tax_exempt": Unsettable(OneOf(("exempt", "none", "reverse"))),
            "validate": BOOL,
        },
    ),
    "DeleteCustomersCustomer": Fields(
        {},
    ),
}
