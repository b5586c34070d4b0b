"""Request parameters per operation, as plain data (generated; do not edit)."""

from typing import Any

REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {
    "GetInvoices": {
        "properties": {
            "collection_method": {
                "type": "string",
                "enum": ["charge_automatically", "send_invoice"],
            },
            "created": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "gt": {"type": "integer"},
                            "gte": {"type": "integer"},
                            "lt": {"type": "integer"},
                            "lte": {"type": "integer"},
                        },
                    },
                    {"type": "integer"},
                ]
            },
            "customer": {"type": "string"},
            "customer_account": {"type": "string"},
            "due_date": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "gt": {"type": "integer"},
                            "gte": {"type": "integer"},
                            "lt": {"type": "integer"},
                            "lte": {"type": "integer"},
                        },
                    },
                    {"type": "integer"},
                ]
            },
            "ending_before": {"type": "string"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"},
            "starting_after": {"type": "string"},
            "status": {
                "type": "string",
                "enum": ["draft", "open", "paid", "uncollectible", "void"],
            },
            "subscription": {"type": "string"},
        },
        "required": [],
    },
    "PostInvoices": {
        "properties": {
            "account_tax_ids": {
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "application_fee_amount": {"type": "integer"},
            "auto_advance": {"type": "boolean"},
            "automatic_tax": {
                "type": "object",
                "properties": {
                    "enabled": {"type": "boolean"},
                    "liability": {
                        "type": "object",
                        "properties": {
                            "account": {"type": "string"},
                            "type": {"type": "string", "enum": ["account", "self"]},
                        },
                        "required": ["type"],
                    },
                },
                "required": ["enabled"],
            },
            "automatically_finalizes_at": {"type": "integer"},
            "collection_method": {
                "type": "string",
                "enum": ["charge_automatically", "send_invoice"],
            },
            "currency": {"type": "string"},
            "custom_fields": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
                            "required": ["name", "value"],
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "customer": {"type": "string"},
            "customer_account": {"type": "string"},
            "days_until_due": {"type": "integer"},
            "default_payment_method": {"type": "string"},
            "default_source": {"type": "string"},
            "default_tax_rates": {"type": "array", "items": {"type": "string"}},
            "description": {"type": "string"},
            "discounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "coupon": {"type": "string"},
                                "discount": {"type": "string"},
                                "promotion_code": {"type": "string"},
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "due_date": {"type": "integer"},
            "effective_at": {"type": "integer"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "footer": {"type": "string"},
            "from_invoice": {
                "type": "object",
                "properties": {
                    "action": {"type": "string", "enum": ["revision"]},
                    "invoice": {"type": "string"},
                },
                "required": ["action", "invoice"],
            },
            "issuer": {
                "type": "object",
                "properties": {
                    "account": {"type": "string"},
                    "type": {"type": "string", "enum": ["account", "self"]},
                },
                "required": ["type"],
            },
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "number": {"type": "string"},
            "on_behalf_of": {"type": "string"},
            "payment_settings": {
                "type": "object",
                "properties": {
                    "default_mandate": {
                        "anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]
                    },
                    "payment_method_options": {
                        "type": "object",
                        "properties": {
                            "acss_debit": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "mandate_options": {
                                                "type": "object",
                                                "properties": {
                                                    "transaction_type": {
                                                        "type": "string",
                                                        "enum": ["business", "personal"],
                                                    }
                                                },
                                            },
                                            "verification_method": {
                                                "type": "string",
                                                "enum": ["automatic", "instant", "microdeposits"],
                                            },
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "bancontact": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "preferred_language": {
                                                "type": "string",
                                                "enum": ["de", "en", "fr", "nl"],
                                            }
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "billie": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "company_details": {
                                                "anyOf": [
                                                    {
                                                        "type": "object",
                                                        "properties": {
                                                            "registered_address": {
                                                                "anyOf": [
                                                                    {
                                                                        "type": "object",
                                                                        "properties": {
                                                                            "city": {
                                                                                "type": "string"
                                                                            },
                                                                            "country": {
                                                                                "type": "string"
                                                                            },
                                                                            "line1": {
                                                                                "type": "string"
                                                                            },
                                                                            "line2": {
                                                                                "type": "string"
                                                                            },
                                                                            "postal_code": {
                                                                                "type": "string"
                                                                            },
                                                                            "state": {
                                                                                "type": "string"
                                                                            },
                                                                        },
                                                                    },
                                                                    {
                                                                        "type": "string",
                                                                        "enum": [""],
                                                                    },
                                                                ]
                                                            },
                                                            "registered_name": {"type": "string"},
                                                            "registration_number": {
                                                                "type": "string"
                                                            },
                                                            "registration_type": {
                                                                "anyOf": [
                                                                    {
                                                                        "type": "string",
                                                                        "enum": [
                                                                            "ch_ein",
                                                                            "de_hrb",
                                                                            "dk_cvr",
                                                                            "es_cif",
                                                                            "fi_tunnus",
                                                                            "fr_siren",
                                                                            "fr_siret",
                                                                            "it_rea",
                                                                            "nl_kvk",
                                                                            "no_org_number",
                                                                            "no_pno",
                                                                            "se_org_number",
                                                                            "se_pno",
                                                                            "uk_crn",
                                                                        ],
                                                                    },
                                                                    {
                                                                        "type": "string",
                                                                        "enum": [""],
                                                                    },
                                                                ]
                                                            },
                                                            "vat": {"type": "string"},
                                                        },
                                                    },
                                                    {"type": "string", "enum": [""]},
                                                ]
                                            },
                                            "reference": {"type": "string"},
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "blik": {
                                "anyOf": [
                                    {"type": "object", "properties": {}},
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "card": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "installments": {
                                                "type": "object",
                                                "properties": {
                                                    "enabled": {"type": "boolean"},
                                                    "plan": {
                                                        "anyOf": [
                                                            {
                                                                "type": "object",
                                                                "properties": {
                                                                    "count": {"type": "integer"},
                                                                    "interval": {
                                                                        "type": "string",
                                                                        "enum": ["month"],
                                                                    },
                                                                    "type": {
                                                                        "type": "string",
                                                                        "enum": [
                                                                            "bonus",
                                                                            "fixed_count",
                                                                            "revolving",
                                                                        ],
                                                                    },
                                                                },
                                                                "required": ["type"],
                                                            },
                                                            {"type": "string", "enum": [""]},
                                                        ]
                                                    },
                                                },
                                            },
                                            "request_three_d_secure": {
                                                "type": "string",
                                                "enum": ["any", "automatic", "challenge"],
                                            },
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "customer_balance": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "bank_transfer": {
                                                "type": "object",
                                                "properties": {
                                                    "eu_bank_transfer": {
                                                        "type": "object",
                                                        "properties": {
                                                            "country": {"type": "string"}
                                                        },
                                                        "required": ["country"],
                                                    },
                                                    "type": {"type": "string"},
                                                },
                                            },
                                            "funding_type": {"type": "string"},
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "konbini": {
                                "anyOf": [
                                    {"type": "object", "properties": {}},
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "payto": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "mandate_options": {
                                                "type": "object",
                                                "properties": {
                                                    "amount": {"type": "integer"},
                                                    "purpose": {
                                                        "type": "string",
                                                        "enum": [
                                                            "dependant_support",
                                                            "government",
                                                            "loan",
                                                            "mortgage",
                                                            "other",
                                                            "pension",
                                                            "personal",
                                                            "retail",
                                                            "salary",
                                                            "tax",
                                                            "utility",
                                                        ],
                                                    },
                                                },
                                            }
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "pix": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "amount_includes_iof": {
                                                "type": "string",
                                                "enum": ["always", "never"],
                                            },
                                            "expires_after_seconds": {"type": "integer"},
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "sepa_debit": {
                                "anyOf": [
                                    {"type": "object", "properties": {}},
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "upi": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "mandate_options": {
                                                "type": "object",
                                                "properties": {
                                                    "amount": {"type": "integer"},
                                                    "amount_type": {
                                                        "type": "string",
                                                        "enum": ["fixed", "maximum"],
                                                    },
                                                    "description": {"type": "string"},
                                                    "end_date": {"type": "integer"},
                                                },
                                            }
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "us_bank_account": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "financial_connections": {
                                                "type": "object",
                                                "properties": {
                                                    "filters": {
                                                        "type": "object",
                                                        "properties": {
                                                            "account_subcategories": {
                                                                "type": "array",
                                                                "items": {
                                                                    "type": "string",
                                                                    "enum": ["checking", "savings"],
                                                                },
                                                            }
                                                        },
                                                    },
                                                    "permissions": {
                                                        "type": "array",
                                                        "items": {
                                                            "type": "string",
                                                            "enum": [
                                                                "balances",
                                                                "ownership",
                                                                "payment_method",
                                                                "transactions",
                                                            ],
                                                        },
                                                    },
                                                    "prefetch": {
                                                        "type": "array",
                                                        "items": {
                                                            "type": "string",
                                                            "enum": [
                                                                "balances",
                                                                "ownership",
                                                                "transactions",
                                                            ],
                                                        },
                                                    },
                                                },
                                            },
                                            "verification_method": {
                                                "type": "string",
                                                "enum": ["automatic", "instant", "microdeposits"],
                                            },
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                        },
                    },
                    "payment_method_types": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "enum": [
                                        "ach_credit_transfer",
                                        "ach_debit",
                                        "acss_debit",
                                        "affirm",
                                        "alipay",
                                        "amazon_pay",
                                        "au_becs_debit",
                                        "bacs_debit",
                                        "bancontact",
                                        "billie",
                                        "blik",
                                        "boleto",
                                        "card",
                                        "cashapp",
                                        "crypto",
                                        "custom",
                                        "customer_balance",
                                        "eps",
                                        "fpx",
                                        "giropay",
                                        "grabpay",
                                        "ideal",
                                        "jp_credit_transfer",
                                        "kakao_pay",
                                        "klarna",
                                        "konbini",
                                        "kr_card",
                                        "link",
                                        "mb_way",
                                        "multibanco",
                                        "naver_pay",
                                        "nz_bank_account",
                                        "p24",
                                        "pay_by_bank",
                                        "payco",
                                        "paynow",
                                        "paypal",
                                        "payto",
                                        "pix",
                                        "promptpay",
                                        "revolut_pay",
                                        "satispay",
                                        "sepa_credit_transfer",
                                        "sepa_debit",
                                        "sequra",
                                        "sofort",
                                        "swish",
                                        "twint",
                                        "upi",
                                        "us_bank_account",
                                        "wechat_pay",
                                    ],
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                },
            },
            "pending_invoice_items_behavior": {"type": "string", "enum": ["exclude", "include"]},
            "rendering": {
                "type": "object",
                "properties": {
                    "amount_tax_display": {
                        "anyOf": [
                            {"type": "string", "enum": ["exclude_tax", "include_inclusive_tax"]},
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "pdf": {
                        "type": "object",
                        "properties": {
                            "page_size": {"type": "string", "enum": ["a4", "auto", "letter"]}
                        },
                    },
                    "template": {"type": "string"},
                    "template_version": {
                        "anyOf": [{"type": "integer"}, {"type": "string", "enum": [""]}]
                    },
                },
            },
            "shipping_cost": {
                "type": "object",
                "properties": {
                    "shipping_rate": {"type": "string"},
                    "shipping_rate_data": {
                        "type": "object",
                        "properties": {
                            "delivery_estimate": {
                                "type": "object",
                                "properties": {
                                    "maximum": {
                                        "type": "object",
                                        "properties": {
                                            "unit": {
                                                "type": "string",
                                                "enum": [
                                                    "business_day",
                                                    "day",
                                                    "hour",
                                                    "month",
                                                    "week",
                                                ],
                                            },
                                            "value": {"type": "integer"},
                                        },
                                        "required": ["unit", "value"],
                                    },
                                    "minimum": {
                                        "type": "object",
                                        "properties": {
                                            "unit": {
                                                "type": "string",
                                                "enum": [
                                                    "business_day",
                                                    "day",
                                                    "hour",
                                                    "month",
                                                    "week",
                                                ],
                                            },
                                            "value": {"type": "integer"},
                                        },
                                        "required": ["unit", "value"],
                                    },
                                },
                            },
                            "display_name": {"type": "string"},
                            "fixed_amount": {
                                "type": "object",
                                "properties": {
                                    "amount": {"type": "integer"},
                                    "currency": {"type": "string"},
                                    "currency_options": {
                                        "type": "object",
                                        "additionalProperties": {
                                            "type": "object",
                                            "properties": {
                                                "amount": {"type": "integer"},
                                                "tax_behavior": {
                                                    "type": "string",
                                                    "enum": [
                                                        "exclusive",
                                                        "inclusive",
                                                        "unspecified",
                                                    ],
                                                },
                                            },
                                            "required": ["amount"],
                                        },
                                    },
                                },
                                "required": ["amount", "currency"],
                            },
                            "metadata": {
                                "type": "object",
                                "additionalProperties": {"type": "string"},
                            },
                            "tax_behavior": {
                                "type": "string",
                                "enum": ["exclusive", "inclusive", "unspecified"],
                            },
                            "tax_code": {"type": "string"},
                            "type": {"type": "string", "enum": ["fixed_amount"]},
                        },
                        "required": ["display_name"],
                    },
                },
            },
            "shipping_details": {
                "type": "object",
                "properties": {
                    "address": {
                        "type": "object",
                        "properties": {
                            "city": {"type": "string"},
                            "country": {"type": "string"},
                            "line1": {"type": "string"},
                            "line2": {"type": "string"},
                            "postal_code": {"type": "string"},
                            "state": {"type": "string"},
                        },
                    },
                    "name": {"type": "string"},
                    "phone": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
                },
                "required": ["address", "name"],
            },
            "statement_descriptor": {"type": "string"},
            "subscription": {"type": "string"},
            "transfer_data": {
                "type": "object",
                "properties": {"amount": {"type": "integer"}, "destination": {"type": "string"}},
                "required": ["destination"],
            },
        },
        "required": [],
    },
    "GetInvoicesSearch": {
        "properties": {
            "expand": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
            "query": {"type": "string"},
        },
        "required": ["query"],
    },
    "PostInvoicesCreatePreview": {
        "properties": {
            "automatic_tax": {
                "type": "object",
                "properties": {
                    "enabled": {"type": "boolean"},
                    "liability": {
                        "type": "object",
                        "properties": {
                            "account": {"type": "string"},
                            "type": {"type": "string", "enum": ["account", "self"]},
                        },
                        "required": ["type"],
                    },
                },
                "required": ["enabled"],
            },
            "currency": {"type": "string"},
            "customer": {"type": "string"},
            "customer_account": {"type": "string"},
            "customer_details": {
                "type": "object",
                "properties": {
                    "address": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "city": {"type": "string"},
                                    "country": {"type": "string"},
                                    "line1": {"type": "string"},
                                    "line2": {"type": "string"},
                                    "postal_code": {"type": "string"},
                                    "state": {"type": "string"},
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "shipping": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "address": {
                                        "type": "object",
                                        "properties": {
                                            "city": {"type": "string"},
                                            "country": {"type": "string"},
                                            "line1": {"type": "string"},
                                            "line2": {"type": "string"},
                                            "postal_code": {"type": "string"},
                                            "state": {"type": "string"},
                                        },
                                    },
                                    "name": {"type": "string"},
                                    "phone": {"type": "string"},
                                },
                                "required": ["address", "name"],
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "tax": {
                        "type": "object",
                        "properties": {
                            "ip_address": {
                                "anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]
                            }
                        },
                    },
                    "tax_exempt": {
                        "anyOf": [
                            {"type": "string", "enum": ["exempt", "none", "reverse"]},
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "tax_ids": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "type": {
                                    "type": "string",
                                    "enum": [
                                        "ad_nrt",
                                        "ae_trn",
                                        "al_tin",
                                        "am_tin",
                                        "ao_tin",
                                        "ar_cuit",
                                        "au_abn",
                                        "au_acn",
                                        "au_arn",
                                        "au_wpn",
                                        "aw_tin",
                                        "az_tin",
                                        "ba_tin",
                                        "bb_tin",
                                        "bd_bin",
                                        "bf_ifu",
                                        "bg_uic",
                                        "bh_vat",
                                        "bj_ifu",
                                        "bo_tin",
                                        "br_cnpj",
                                        "br_cpf",
                                        "bs_tin",
                                        "bw_vat",
                                        "by_tin",
                                        "ca_bn",
                                        "ca_gst_hst",
                                        "ca_pst_bc",
                                        "ca_pst_mb",
                                        "ca_pst_sk",
                                        "ca_qst",
                                        "cd_nif",
                                        "ch_uid",
                                        "ch_vat",
                                        "ci_vat",
                                        "cl_tin",
                                        "cm_niu",
                                        "cn_tin",
                                        "co_nit",
                                        "cr_tin",
                                        "cv_nif",
                                        "cz_dic",
                                        "de_stn",
                                        "do_rcn",
                                        "ec_ruc",
                                        "eg_tin",
                                        "es_cif",
                                        "et_tin",
                                        "eu_oss_vat",
                                        "eu_vat",
                                        "fo_vat",
                                        "fr_siren",
                                        "fr_siret",
                                        "fr_spi",
                                        "gb_vat",
                                        "ge_vat",
                                        "gh_tin",
                                        "gi_tin",
                                        "gn_nif",
                                        "hk_br",
                                        "hr_oib",
                                        "hu_tin",
                                        "ic_nif",
                                        "id_npwp",
                                        "il_vat",
                                        "in_gst",
                                        "is_kt",
                                        "is_vat",
                                        "it_cf",
                                        "jp_cn",
                                        "jp_rn",
                                        "jp_trn",
                                        "ke_pin",
                                        "kg_tin",
                                        "kh_tin",
                                        "kr_brn",
                                        "kz_bin",
                                        "la_tin",
                                        "li_uid",
                                        "li_vat",
                                        "lk_vat",
                                        "ma_vat",
                                        "md_cf",
                                        "md_vat",
                                        "me_pib",
                                        "mk_vat",
                                        "mr_nif",
                                        "mu_vat",
                                        "mx_rfc",
                                        "my_frp",
                                        "my_itn",
                                        "my_sst",
                                        "mz_nuit",
                                        "ng_tin",
                                        "no_vat",
                                        "no_voec",
                                        "np_pan",
                                        "nz_bn",
                                        "nz_gst",
                                        "om_vat",
                                        "pe_ruc",
                                        "ph_tin",
                                        "pl_nip",
                                        "pt_nif",
                                        "py_ruc",
                                        "ro_tin",
                                        "rs_pib",
                                        "ru_inn",
                                        "ru_kpp",
                                        "sa_vat",
                                        "sg_gst",
                                        "sg_uen",
                                        "si_tin",
                                        "sm_coe",
                                        "sn_ninea",
                                        "sr_fin",
                                        "sv_nit",
                                        "th_vat",
                                        "tj_tin",
                                        "tr_tin",
                                        "tt_bir",
                                        "tt_vat",
                                        "tw_vat",
                                        "tz_vat",
                                        "ua_vat",
                                        "ug_tin",
                                        "us_ein",
                                        "uy_ruc",
                                        "uz_tin",
                                        "uz_vat",
                                        "ve_rif",
                                        "vn_tin",
                                        "za_vat",
                                        "zm_tin",
                                        "zw_tin",
                                    ],
                                },
                                "value": {"type": "string"},
                            },
                            "required": ["type", "value"],
                        },
                    },
                },
            },
            "discounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "coupon": {"type": "string"},
                                "discount": {"type": "string"},
                                "promotion_code": {"type": "string"},
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoice_items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": {"type": "integer"},
                        "currency": {"type": "string"},
                        "description": {"type": "string"},
                        "discountable": {"type": "boolean"},
                        "discounts": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "coupon": {"type": "string"},
                                            "discount": {"type": "string"},
                                            "promotion_code": {"type": "string"},
                                        },
                                    },
                                },
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "invoiceitem": {"type": "string"},
                        "metadata": {
                            "anyOf": [
                                {"type": "object", "additionalProperties": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "period": {
                            "type": "object",
                            "properties": {
                                "end": {"type": "integer"},
                                "start": {"type": "integer"},
                            },
                            "required": ["end", "start"],
                        },
                        "price": {"type": "string"},
                        "price_data": {
                            "type": "object",
                            "properties": {
                                "currency": {"type": "string"},
                                "product": {"type": "string"},
                                "tax_behavior": {
                                    "type": "string",
                                    "enum": ["exclusive", "inclusive", "unspecified"],
                                },
                                "unit_amount": {"type": "integer"},
                                "unit_amount_decimal": {"type": "string"},
                            },
                            "required": ["currency", "product"],
                        },
                        "quantity": {"type": "integer"},
                        "quantity_decimal": {"type": "string"},
                        "tax_behavior": {
                            "type": "string",
                            "enum": ["exclusive", "inclusive", "unspecified"],
                        },
                        "tax_code": {
                            "anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]
                        },
                        "tax_rates": {
                            "anyOf": [
                                {"type": "array", "items": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "unit_amount": {"type": "integer"},
                        "unit_amount_decimal": {"type": "string"},
                    },
                },
            },
            "issuer": {
                "type": "object",
                "properties": {
                    "account": {"type": "string"},
                    "type": {"type": "string", "enum": ["account", "self"]},
                },
                "required": ["type"],
            },
            "on_behalf_of": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "preview_mode": {"type": "string", "enum": ["next", "recurring"]},
            "schedule": {"type": "string"},
            "schedule_details": {
                "type": "object",
                "properties": {
                    "billing_mode": {
                        "type": "object",
                        "properties": {
                            "flexible": {
                                "type": "object",
                                "properties": {
                                    "proration_discounts": {
                                        "type": "string",
                                        "enum": ["included", "itemized"],
                                    }
                                },
                            },
                            "type": {"type": "string", "enum": ["classic", "flexible"]},
                        },
                        "required": ["type"],
                    },
                    "end_behavior": {"type": "string", "enum": ["cancel", "release"]},
                    "pause_schedules": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "key": {"type": "string"},
                                        "pause": {
                                            "type": "object",
                                            "properties": {
                                                "pause_at": {
                                                    "type": "object",
                                                    "properties": {
                                                        "timestamp": {"type": "integer"},
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["now", "timestamp"],
                                                        },
                                                    },
                                                    "required": ["type"],
                                                },
                                                "settings": {
                                                    "type": "object",
                                                    "properties": {
                                                        "bill_for": {
                                                            "type": "object",
                                                            "properties": {
                                                                "outstanding_usage_through": {
                                                                    "type": "object",
                                                                    "properties": {
                                                                        "type": {
                                                                            "type": "string",
                                                                            "enum": [
                                                                                "none",
                                                                                "pause_at",
                                                                            ],
                                                                        }
                                                                    },
                                                                },
                                                                "unused_time_from": {
                                                                    "type": "object",
                                                                    "properties": {
                                                                        "type": {
                                                                            "type": "string",
                                                                            "enum": [
                                                                                "item_current_period_start",
                                                                                "none",
                                                                                "pause_at",
                                                                            ],
                                                                        }
                                                                    },
                                                                },
                                                            },
                                                        },
                                                        "invoicing_behavior": {
                                                            "type": "string",
                                                            "enum": [
                                                                "invoice",
                                                                "pending_invoice_item",
                                                            ],
                                                        },
                                                        "type": {
                                                            "type": "string",
                                                            "enum": ["subscription"],
                                                        },
                                                    },
                                                },
                                            },
                                        },
                                        "resume": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "resume_at": {
                                                            "type": "object",
                                                            "properties": {
                                                                "duration": {
                                                                    "type": "object",
                                                                    "properties": {
                                                                        "interval": {
                                                                            "type": "string",
                                                                            "enum": [
                                                                                "day",
                                                                                "month",
                                                                                "week",
                                                                                "year",
                                                                            ],
                                                                        },
                                                                        "interval_count": {
                                                                            "type": "integer"
                                                                        },
                                                                    },
                                                                    "required": ["interval"],
                                                                },
                                                                "timestamp": {"type": "integer"},
                                                                "type": {
                                                                    "type": "string",
                                                                    "enum": [
                                                                        "duration",
                                                                        "now",
                                                                        "timestamp",
                                                                    ],
                                                                },
                                                            },
                                                            "required": ["type"],
                                                        },
                                                        "settings": {
                                                            "type": "object",
                                                            "properties": {
                                                                "billing_cycle_anchor": {
                                                                    "type": "string",
                                                                    "enum": [
                                                                        "resume_at",
                                                                        "unchanged",
                                                                    ],
                                                                },
                                                                "payment_behavior": {
                                                                    "type": "string",
                                                                    "enum": [
                                                                        "resume_on_payment_attempt",
                                                                        "resume_on_payment_success",
                                                                    ],
                                                                },
                                                                "proration_behavior": {
                                                                    "type": "string",
                                                                    "enum": [
                                                                        "always_invoice",
                                                                        "create_prorations",
                                                                        "none",
                                                                    ],
                                                                },
                                                            },
                                                        },
                                                    },
                                                },
                                                {"type": "string", "enum": [""]},
                                            ]
                                        },
                                    },
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "phases": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "add_invoice_items": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "discountable": {"type": "boolean"},
                                            "discounts": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {
                                                        "coupon": {"type": "string"},
                                                        "discount": {"type": "string"},
                                                        "promotion_code": {"type": "string"},
                                                    },
                                                },
                                            },
                                            "metadata": {
                                                "type": "object",
                                                "additionalProperties": {"type": "string"},
                                            },
                                            "period": {
                                                "type": "object",
                                                "properties": {
                                                    "end": {
                                                        "type": "object",
                                                        "properties": {
                                                            "timestamp": {"type": "integer"},
                                                            "type": {
                                                                "type": "string",
                                                                "enum": [
                                                                    "min_item_period_end",
                                                                    "phase_end",
                                                                    "timestamp",
                                                                ],
                                                            },
                                                        },
                                                        "required": ["type"],
                                                    },
                                                    "start": {
                                                        "type": "object",
                                                        "properties": {
                                                            "timestamp": {"type": "integer"},
                                                            "type": {
                                                                "type": "string",
                                                                "enum": [
                                                                    "max_item_period_start",
                                                                    "phase_start",
                                                                    "timestamp",
                                                                ],
                                                            },
                                                        },
                                                        "required": ["type"],
                                                    },
                                                },
                                                "required": ["end", "start"],
                                            },
                                            "price": {"type": "string"},
                                            "price_data": {
                                                "type": "object",
                                                "properties": {
                                                    "currency": {"type": "string"},
                                                    "product": {"type": "string"},
                                                    "tax_behavior": {
                                                        "type": "string",
                                                        "enum": [
                                                            "exclusive",
                                                            "inclusive",
                                                            "unspecified",
                                                        ],
                                                    },
                                                    "unit_amount": {"type": "integer"},
                                                    "unit_amount_decimal": {"type": "string"},
                                                },
                                                "required": ["currency", "product"],
                                            },
                                            "quantity": {"type": "integer"},
                                            "tax_rates": {
                                                "anyOf": [
                                                    {"type": "array", "items": {"type": "string"}},
                                                    {"type": "string", "enum": [""]},
                                                ]
                                            },
                                        },
                                    },
                                },
                                "application_fee_percent": {"type": "number"},
                                "automatic_tax": {
                                    "type": "object",
                                    "properties": {
                                        "enabled": {"type": "boolean"},
                                        "liability": {
                                            "type": "object",
                                            "properties": {
                                                "account": {"type": "string"},
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["account", "self"],
                                                },
                                            },
                                            "required": ["type"],
                                        },
                                    },
                                    "required": ["enabled"],
                                },
                                "billing_cycle_anchor": {
                                    "type": "string",
                                    "enum": ["automatic", "phase_start"],
                                },
                                "billing_thresholds": {
                                    "anyOf": [
                                        {
                                            "type": "object",
                                            "properties": {
                                                "amount_gte": {"type": "integer"},
                                                "reset_billing_cycle_anchor": {"type": "boolean"},
                                            },
                                        },
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                                "collection_method": {
                                    "type": "string",
                                    "enum": ["charge_automatically", "send_invoice"],
                                },
                                "currency": {"type": "string"},
                                "default_payment_method": {"type": "string"},
                                "default_tax_rates": {
                                    "anyOf": [
                                        {"type": "array", "items": {"type": "string"}},
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                                "description": {
                                    "anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]
                                },
                                "discounts": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "coupon": {"type": "string"},
                                                    "discount": {"type": "string"},
                                                    "promotion_code": {"type": "string"},
                                                },
                                            },
                                        },
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                                "duration": {
                                    "type": "object",
                                    "properties": {
                                        "interval": {
                                            "type": "string",
                                            "enum": ["day", "month", "week", "year"],
                                        },
                                        "interval_count": {"type": "integer"},
                                    },
                                    "required": ["interval"],
                                },
                                "end_date": {
                                    "anyOf": [
                                        {"type": "integer"},
                                        {"type": "string", "enum": ["now"]},
                                    ]
                                },
                                "invoice_settings": {
                                    "type": "object",
                                    "properties": {
                                        "account_tax_ids": {
                                            "anyOf": [
                                                {"type": "array", "items": {"type": "string"}},
                                                {"type": "string", "enum": [""]},
                                            ]
                                        },
                                        "days_until_due": {"type": "integer"},
                                        "issuer": {
                                            "type": "object",
                                            "properties": {
                                                "account": {"type": "string"},
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["account", "self"],
                                                },
                                            },
                                            "required": ["type"],
                                        },
                                    },
                                },
                                "items": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "billing_thresholds": {
                                                "anyOf": [
                                                    {
                                                        "type": "object",
                                                        "properties": {
                                                            "usage_gte": {"type": "integer"}
                                                        },
                                                        "required": ["usage_gte"],
                                                    },
                                                    {"type": "string", "enum": [""]},
                                                ]
                                            },
                                            "discounts": {
                                                "anyOf": [
                                                    {
                                                        "type": "array",
                                                        "items": {
                                                            "type": "object",
                                                            "properties": {
                                                                "coupon": {"type": "string"},
                                                                "discount": {"type": "string"},
                                                                "promotion_code": {
                                                                    "type": "string"
                                                                },
                                                            },
                                                        },
                                                    },
                                                    {"type": "string", "enum": [""]},
                                                ]
                                            },
                                            "metadata": {
                                                "type": "object",
                                                "additionalProperties": {"type": "string"},
                                            },
                                            "plan": {"type": "string"},
                                            "price": {"type": "string"},
                                            "price_data": {
                                                "type": "object",
                                                "properties": {
                                                    "currency": {"type": "string"},
                                                    "product": {"type": "string"},
                                                    "recurring": {
                                                        "type": "object",
                                                        "properties": {
                                                            "interval": {
                                                                "type": "string",
                                                                "enum": [
                                                                    "day",
                                                                    "month",
                                                                    "week",
                                                                    "year",
                                                                ],
                                                            },
                                                            "interval_count": {"type": "integer"},
                                                        },
                                                        "required": ["interval"],
                                                    },
                                                    "tax_behavior": {
                                                        "type": "string",
                                                        "enum": [
                                                            "exclusive",
                                                            "inclusive",
                                                            "unspecified",
                                                        ],
                                                    },
                                                    "unit_amount": {"type": "integer"},
                                                    "unit_amount_decimal": {"type": "string"},
                                                },
                                                "required": ["currency", "product", "recurring"],
                                            },
                                            "quantity": {"type": "integer"},
                                            "tax_rates": {
                                                "anyOf": [
                                                    {"type": "array", "items": {"type": "string"}},
                                                    {"type": "string", "enum": [""]},
                                                ]
                                            },
                                        },
                                    },
                                },
                                "metadata": {
                                    "type": "object",
                                    "additionalProperties": {"type": "string"},
                                },
                                "on_behalf_of": {"type": "string"},
                                "proration_behavior": {
                                    "type": "string",
                                    "enum": ["always_invoice", "create_prorations", "none"],
                                },
                                "start_date": {
                                    "anyOf": [
                                        {"type": "integer"},
                                        {"type": "string", "enum": ["now"]},
                                    ]
                                },
                                "transfer_data": {
                                    "type": "object",
                                    "properties": {
                                        "amount_percent": {"type": "number"},
                                        "destination": {"type": "string"},
                                    },
                                    "required": ["destination"],
                                },
                                "trial": {"type": "boolean"},
                                "trial_end": {
                                    "anyOf": [
                                        {"type": "integer"},
                                        {"type": "string", "enum": ["now"]},
                                    ]
                                },
                            },
                            "required": ["items"],
                        },
                    },
                    "proration_behavior": {
                        "type": "string",
                        "enum": ["always_invoice", "create_prorations", "none"],
                    },
                },
            },
            "subscription": {"type": "string"},
            "subscription_details": {
                "type": "object",
                "properties": {
                    "billing_cycle_anchor": {
                        "type": "object",
                        "properties": {
                            "timestamp": {"type": "integer"},
                            "type": {"type": "string", "enum": ["now", "timestamp", "unchanged"]},
                        },
                        "required": ["type"],
                    },
                    "billing_mode": {
                        "type": "object",
                        "properties": {
                            "flexible": {
                                "type": "object",
                                "properties": {
                                    "proration_discounts": {
                                        "type": "string",
                                        "enum": ["included", "itemized"],
                                    }
                                },
                            },
                            "type": {"type": "string", "enum": ["classic", "flexible"]},
                        },
                        "required": ["type"],
                    },
                    "billing_schedules": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "applies_to": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "price": {"type": "string"},
                                                    "type": {"type": "string", "enum": ["price"]},
                                                },
                                                "required": ["type"],
                                            },
                                        },
                                        "bill_until": {
                                            "type": "object",
                                            "properties": {
                                                "duration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "interval": {
                                                            "type": "string",
                                                            "enum": [
                                                                "day",
                                                                "month",
                                                                "week",
                                                                "year",
                                                            ],
                                                        },
                                                        "interval_count": {"type": "integer"},
                                                    },
                                                    "required": ["interval"],
                                                },
                                                "timestamp": {"type": "integer"},
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["duration", "timestamp"],
                                                },
                                            },
                                            "required": ["type"],
                                        },
                                        "key": {"type": "string"},
                                    },
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "cancel_at": {
                        "anyOf": [
                            {"type": "integer"},
                            {
                                "type": "string",
                                "enum": ["max_billed_until", "max_period_end", "min_period_end"],
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "cancel_at_period_end": {"type": "boolean"},
                    "cancel_now": {"type": "boolean"},
                    "default_tax_rates": {
                        "anyOf": [
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "billing_thresholds": {
                                    "anyOf": [
                                        {
                                            "type": "object",
                                            "properties": {"usage_gte": {"type": "integer"}},
                                            "required": ["usage_gte"],
                                        },
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                                "clear_usage": {"type": "boolean"},
                                "current_trial": {
                                    "type": "object",
                                    "properties": {"trial_offer": {"type": "string"}},
                                    "required": ["trial_offer"],
                                },
                                "deleted": {"type": "boolean"},
                                "discounts": {
                                    "anyOf": [
                                        {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "coupon": {"type": "string"},
                                                    "discount": {"type": "string"},
                                                    "promotion_code": {"type": "string"},
                                                },
                                            },
                                        },
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                                "id": {"type": "string"},
                                "metadata": {
                                    "anyOf": [
                                        {
                                            "type": "object",
                                            "additionalProperties": {"type": "string"},
                                        },
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                                "plan": {"type": "string"},
                                "price": {"type": "string"},
                                "price_data": {
                                    "type": "object",
                                    "properties": {
                                        "currency": {"type": "string"},
                                        "product": {"type": "string"},
                                        "recurring": {
                                            "type": "object",
                                            "properties": {
                                                "interval": {
                                                    "type": "string",
                                                    "enum": ["day", "month", "week", "year"],
                                                },
                                                "interval_count": {"type": "integer"},
                                            },
                                            "required": ["interval"],
                                        },
                                        "tax_behavior": {
                                            "type": "string",
                                            "enum": ["exclusive", "inclusive", "unspecified"],
                                        },
                                        "unit_amount": {"type": "integer"},
                                        "unit_amount_decimal": {"type": "string"},
                                    },
                                    "required": ["currency", "product", "recurring"],
                                },
                                "quantity": {"type": "integer"},
                                "tax_rates": {
                                    "anyOf": [
                                        {"type": "array", "items": {"type": "string"}},
                                        {"type": "string", "enum": [""]},
                                    ]
                                },
                            },
                        },
                    },
                    "metadata": {
                        "anyOf": [
                            {"type": "object", "additionalProperties": {"type": "string"}},
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "pause": {
                        "type": "object",
                        "properties": {
                            "bill_for": {
                                "type": "object",
                                "properties": {
                                    "outstanding_usage_through": {
                                        "type": "object",
                                        "properties": {
                                            "type": {"type": "string", "enum": ["none", "now"]}
                                        },
                                        "required": ["type"],
                                    },
                                    "unused_time_from": {
                                        "type": "object",
                                        "properties": {
                                            "type": {
                                                "type": "string",
                                                "enum": [
                                                    "item_current_period_start",
                                                    "none",
                                                    "now",
                                                ],
                                            }
                                        },
                                        "required": ["type"],
                                    },
                                },
                            },
                            "invoicing_behavior": {
                                "type": "string",
                                "enum": ["invoice", "pending_invoice_item"],
                            },
                            "type": {"type": "string", "enum": ["subscription"]},
                        },
                    },
                    "proration_behavior": {
                        "type": "string",
                        "enum": ["always_invoice", "create_prorations", "none"],
                    },
                    "proration_date": {"type": "integer"},
                    "resume_at": {"type": "string", "enum": ["now"]},
                    "start_date": {"type": "integer"},
                    "trial_end": {
                        "anyOf": [{"type": "integer"}, {"type": "string", "enum": ["now"]}]
                    },
                },
            },
        },
        "required": [],
    },
    "GetInvoicesInvoice": {
        "properties": {"expand": {"type": "array", "items": {"type": "string"}}},
        "required": [],
    },
    "PostInvoicesInvoice": {
        "properties": {
            "account_tax_ids": {
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "application_fee_amount": {"type": "integer"},
            "auto_advance": {"type": "boolean"},
            "automatic_tax": {
                "type": "object",
                "properties": {
                    "enabled": {"type": "boolean"},
                    "liability": {
                        "type": "object",
                        "properties": {
                            "account": {"type": "string"},
                            "type": {"type": "string", "enum": ["account", "self"]},
                        },
                        "required": ["type"],
                    },
                },
                "required": ["enabled"],
            },
            "automatically_finalizes_at": {"type": "integer"},
            "collection_method": {
                "type": "string",
                "enum": ["charge_automatically", "send_invoice"],
            },
            "custom_fields": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"name": {"type": "string"}, "value": {"type": "string"}},
                            "required": ["name", "value"],
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "days_until_due": {"type": "integer"},
            "default_payment_method": {"type": "string"},
            "default_source": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "default_tax_rates": {
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "description": {"type": "string"},
            "discounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "coupon": {"type": "string"},
                                "discount": {"type": "string"},
                                "promotion_code": {"type": "string"},
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "due_date": {"type": "integer"},
            "effective_at": {"anyOf": [{"type": "integer"}, {"type": "string", "enum": [""]}]},
            "expand": {"type": "array", "items": {"type": "string"}},
            "footer": {"type": "string"},
            "issuer": {
                "type": "object",
                "properties": {
                    "account": {"type": "string"},
                    "type": {"type": "string", "enum": ["account", "self"]},
                },
                "required": ["type"],
            },
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "number": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "on_behalf_of": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "payment_settings": {
                "type": "object",
                "properties": {
                    "default_mandate": {
                        "anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]
                    },
                    "payment_method_options": {
                        "type": "object",
                        "properties": {
                            "acss_debit": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "mandate_options": {
                                                "type": "object",
                                                "properties": {
                                                    "transaction_type": {
                                                        "type": "string",
                                                        "enum": ["business", "personal"],
                                                    }
                                                },
                                            },
                                            "verification_method": {
                                                "type": "string",
                                                "enum": ["automatic", "instant", "microdeposits"],
                                            },
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "bancontact": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "preferred_language": {
                                                "type": "string",
                                                "enum": ["de", "en", "fr", "nl"],
                                            }
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "billie": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "company_details": {
                                                "anyOf": [
                                                    {
                                                        "type": "object",
                                                        "properties": {
                                                            "registered_address": {
                                                                "anyOf": [
                                                                    {
                                                                        "type": "object",
                                                                        "properties": {
                                                                            "city": {
                                                                                "type": "string"
                                                                            },
                                                                            "country": {
                                                                                "type": "string"
                                                                            },
                                                                            "line1": {
                                                                                "type": "string"
                                                                            },
                                                                            "line2": {
                                                                                "type": "string"
                                                                            },
                                                                            "postal_code": {
                                                                                "type": "string"
                                                                            },
                                                                            "state": {
                                                                                "type": "string"
                                                                            },
                                                                        },
                                                                    },
                                                                    {
                                                                        "type": "string",
                                                                        "enum": [""],
                                                                    },
                                                                ]
                                                            },
                                                            "registered_name": {"type": "string"},
                                                            "registration_number": {
                                                                "type": "string"
                                                            },
                                                            "registration_type": {
                                                                "anyOf": [
                                                                    {
                                                                        "type": "string",
                                                                        "enum": [
                                                                            "ch_ein",
                                                                            "de_hrb",
                                                                            "dk_cvr",
                                                                            "es_cif",
                                                                            "fi_tunnus",
                                                                            "fr_siren",
                                                                            "fr_siret",
                                                                            "it_rea",
                                                                            "nl_kvk",
                                                                            "no_org_number",
                                                                            "no_pno",
                                                                            "se_org_number",
                                                                            "se_pno",
                                                                            "uk_crn",
                                                                        ],
                                                                    },
                                                                    {
                                                                        "type": "string",
                                                                        "enum": [""],
                                                                    },
                                                                ]
                                                            },
                                                            "vat": {"type": "string"},
                                                        },
                                                    },
                                                    {"type": "string", "enum": [""]},
                                                ]
                                            },
                                            "reference": {"type": "string"},
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "blik": {
                                "anyOf": [
                                    {"type": "object", "properties": {}},
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "card": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "installments": {
                                                "type": "object",
                                                "properties": {
                                                    "enabled": {"type": "boolean"},
                                                    "plan": {
                                                        "anyOf": [
                                                            {
                                                                "type": "object",
                                                                "properties": {
                                                                    "count": {"type": "integer"},
                                                                    "interval": {
                                                                        "type": "string",
                                                                        "enum": ["month"],
                                                                    },
                                                                    "type": {
                                                                        "type": "string",
                                                                        "enum": [
                                                                            "bonus",
                                                                            "fixed_count",
                                                                            "revolving",
                                                                        ],
                                                                    },
                                                                },
                                                                "required": ["type"],
                                                            },
                                                            {"type": "string", "enum": [""]},
                                                        ]
                                                    },
                                                },
                                            },
                                            "request_three_d_secure": {
                                                "type": "string",
                                                "enum": ["any", "automatic", "challenge"],
                                            },
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "customer_balance": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "bank_transfer": {
                                                "type": "object",
                                                "properties": {
                                                    "eu_bank_transfer": {
                                                        "type": "object",
                                                        "properties": {
                                                            "country": {"type": "string"}
                                                        },
                                                        "required": ["country"],
                                                    },
                                                    "type": {"type": "string"},
                                                },
                                            },
                                            "funding_type": {"type": "string"},
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "konbini": {
                                "anyOf": [
                                    {"type": "object", "properties": {}},
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "payto": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "mandate_options": {
                                                "type": "object",
                                                "properties": {
                                                    "amount": {"type": "integer"},
                                                    "purpose": {
                                                        "type": "string",
                                                        "enum": [
                                                            "dependant_support",
                                                            "government",
                                                            "loan",
                                                            "mortgage",
                                                            "other",
                                                            "pension",
                                                            "personal",
                                                            "retail",
                                                            "salary",
                                                            "tax",
                                                            "utility",
                                                        ],
                                                    },
                                                },
                                            }
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "pix": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "amount_includes_iof": {
                                                "type": "string",
                                                "enum": ["always", "never"],
                                            },
                                            "expires_after_seconds": {"type": "integer"},
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "sepa_debit": {
                                "anyOf": [
                                    {"type": "object", "properties": {}},
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "upi": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "mandate_options": {
                                                "type": "object",
                                                "properties": {
                                                    "amount": {"type": "integer"},
                                                    "amount_type": {
                                                        "type": "string",
                                                        "enum": ["fixed", "maximum"],
                                                    },
                                                    "description": {"type": "string"},
                                                    "end_date": {"type": "integer"},
                                                },
                                            }
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                            "us_bank_account": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {
                                            "financial_connections": {
                                                "type": "object",
                                                "properties": {
                                                    "filters": {
                                                        "type": "object",
                                                        "properties": {
                                                            "account_subcategories": {
                                                                "type": "array",
                                                                "items": {
                                                                    "type": "string",
                                                                    "enum": ["checking", "savings"],
                                                                },
                                                            }
                                                        },
                                                    },
                                                    "permissions": {
                                                        "type": "array",
                                                        "items": {
                                                            "type": "string",
                                                            "enum": [
                                                                "balances",
                                                                "ownership",
                                                                "payment_method",
                                                                "transactions",
                                                            ],
                                                        },
                                                    },
                                                    "prefetch": {
                                                        "type": "array",
                                                        "items": {
                                                            "type": "string",
                                                            "enum": [
                                                                "balances",
                                                                "ownership",
                                                                "transactions",
                                                            ],
                                                        },
                                                    },
                                                },
                                            },
                                            "verification_method": {
                                                "type": "string",
                                                "enum": ["automatic", "instant", "microdeposits"],
                                            },
                                        },
                                    },
                                    {"type": "string", "enum": [""]},
                                ]
                            },
                        },
                    },
                    "payment_method_types": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "enum": [
                                        "ach_credit_transfer",
                                        "ach_debit",
                                        "acss_debit",
                                        "affirm",
                                        "alipay",
                                        "amazon_pay",
                                        "au_becs_debit",
                                        "bacs_debit",
                                        "bancontact",
                                        "billie",
                                        "blik",
                                        "boleto",
                                        "card",
                                        "cashapp",
                                        "crypto",
                                        "custom",
                                        "customer_balance",
                                        "eps",
                                        "fpx",
                                        "giropay",
                                        "grabpay",
                                        "ideal",
                                        "jp_credit_transfer",
                                        "kakao_pay",
                                        "klarna",
                                        "konbini",
                                        "kr_card",
                                        "link",
                                        "mb_way",
                                        "multibanco",
                                        "naver_pay",
                                        "nz_bank_account",
                                        "p24",
                                        "pay_by_bank",
                                        "payco",
                                        "paynow",
                                        "paypal",
                                        "payto",
                                        "pix",
                                        "promptpay",
                                        "revolut_pay",
                                        "satispay",
                                        "sepa_credit_transfer",
                                        "sepa_debit",
                                        "sequra",
                                        "sofort",
                                        "swish",
                                        "twint",
                                        "upi",
                                        "us_bank_account",
                                        "wechat_pay",
                                    ],
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                },
            },
            "rendering": {
                "type": "object",
                "properties": {
                    "amount_tax_display": {
                        "anyOf": [
                            {"type": "string", "enum": ["exclude_tax", "include_inclusive_tax"]},
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "pdf": {
                        "type": "object",
                        "properties": {
                            "page_size": {"type": "string", "enum": ["a4", "auto", "letter"]}
                        },
                    },
                    "template": {"type": "string"},
                    "template_version": {
                        "anyOf": [{"type": "integer"}, {"type": "string", "enum": [""]}]
                    },
                },
            },
            "shipping_cost": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "shipping_rate": {"type": "string"},
                            "shipping_rate_data": {
                                "type": "object",
                                "properties": {
                                    "delivery_estimate": {
                                        "type": "object",
                                        "properties": {
                                            "maximum": {
                                                "type": "object",
                                                "properties": {
                                                    "unit": {
                                                        "type": "string",
                                                        "enum": [
                                                            "business_day",
                                                            "day",
                                                            "hour",
                                                            "month",
                                                            "week",
                                                        ],
                                                    },
                                                    "value": {"type": "integer"},
                                                },
                                                "required": ["unit", "value"],
                                            },
                                            "minimum": {
                                                "type": "object",
                                                "properties": {
                                                    "unit": {
                                                        "type": "string",
                                                        "enum": [
                                                            "business_day",
                                                            "day",
                                                            "hour",
                                                            "month",
                                                            "week",
                                                        ],
                                                    },
                                                    "value": {"type": "integer"},
                                                },
                                                "required": ["unit", "value"],
                                            },
                                        },
                                    },
                                    "display_name": {"type": "string"},
                                    "fixed_amount": {
                                        "type": "object",
                                        "properties": {
                                            "amount": {"type": "integer"},
                                            "currency": {"type": "string"},
                                            "currency_options": {
                                                "type": "object",
                                                "additionalProperties": {
                                                    "type": "object",
                                                    "properties": {
                                                        "amount": {"type": "integer"},
                                                        "tax_behavior": {
                                                            "type": "string",
                                                            "enum": [
                                                                "exclusive",
                                                                "inclusive",
                                                                "unspecified",
                                                            ],
                                                        },
                                                    },
                                                    "required": ["amount"],
                                                },
                                            },
                                        },
                                        "required": ["amount", "currency"],
                                    },
                                    "metadata": {
                                        "type": "object",
                                        "additionalProperties": {"type": "string"},
                                    },
                                    "tax_behavior": {
                                        "type": "string",
                                        "enum": ["exclusive", "inclusive", "unspecified"],
                                    },
                                    "tax_code": {"type": "string"},
                                    "type": {"type": "string", "enum": ["fixed_amount"]},
                                },
                                "required": ["display_name"],
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "shipping_details": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "address": {
                                "type": "object",
                                "properties": {
                                    "city": {"type": "string"},
                                    "country": {"type": "string"},
                                    "line1": {"type": "string"},
                                    "line2": {"type": "string"},
                                    "postal_code": {"type": "string"},
                                    "state": {"type": "string"},
                                },
                            },
                            "name": {"type": "string"},
                            "phone": {
                                "anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]
                            },
                        },
                        "required": ["address", "name"],
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "statement_descriptor": {"type": "string"},
            "transfer_data": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "amount": {"type": "integer"},
                            "destination": {"type": "string"},
                        },
                        "required": ["destination"],
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
        },
        "required": [],
    },
    "DeleteInvoicesInvoice": {"properties": {}, "required": []},
    "PostInvoicesInvoiceFinalize": {
        "properties": {
            "auto_advance": {"type": "boolean"},
            "expand": {"type": "array", "items": {"type": "string"}},
        },
        "required": [],
    },
    "PostInvoicesInvoiceSend": {
        "properties": {"expand": {"type": "array", "items": {"type": "string"}}},
        "required": [],
    },
    "PostInvoicesInvoicePay": {
        "properties": {
            "expand": {"type": "array", "items": {"type": "string"}},
            "forgive": {"type": "boolean"},
            "mandate": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "off_session": {"type": "boolean"},
            "paid_out_of_band": {"type": "boolean"},
            "payment_method": {"type": "string"},
            "source": {"type": "string"},
        },
        "required": [],
    },
    "PostInvoicesInvoiceVoid": {
        "properties": {"expand": {"type": "array", "items": {"type": "string"}}},
        "required": [],
    },
    "PostInvoicesInvoiceMarkUncollectible": {
        "properties": {"expand": {"type": "array", "items": {"type": "string"}}},
        "required": [],
    },
    "GetInvoicesInvoiceLines": {
        "properties": {
            "ending_before": {"type": "string"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"},
            "starting_after": {"type": "string"},
        },
        "required": [],
    },
    "PostInvoicesInvoiceLinesLineItemId": {
        "properties": {
            "amount": {"type": "integer"},
            "description": {"type": "string"},
            "discountable": {"type": "boolean"},
            "discounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "coupon": {"type": "string"},
                                "discount": {"type": "string"},
                                "promotion_code": {"type": "string"},
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "expand": {"type": "array", "items": {"type": "string"}},
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "period": {
                "type": "object",
                "properties": {"end": {"type": "integer"}, "start": {"type": "integer"}},
                "required": ["end", "start"],
            },
            "price_data": {
                "type": "object",
                "properties": {
                    "currency": {"type": "string"},
                    "product": {"type": "string"},
                    "product_data": {
                        "type": "object",
                        "properties": {
                            "description": {"type": "string"},
                            "images": {"type": "array", "items": {"type": "string"}},
                            "metadata": {
                                "type": "object",
                                "additionalProperties": {"type": "string"},
                            },
                            "name": {"type": "string"},
                            "tax_code": {"type": "string"},
                            "tax_details": {
                                "type": "object",
                                "properties": {
                                    "performance_location": {"type": "string"},
                                    "tax_code": {
                                        "anyOf": [
                                            {"type": "string"},
                                            {"type": "string", "enum": [""]},
                                        ]
                                    },
                                },
                            },
                            "unit_label": {"type": "string"},
                        },
                        "required": ["name"],
                    },
                    "tax_behavior": {
                        "type": "string",
                        "enum": ["exclusive", "inclusive", "unspecified"],
                    },
                    "unit_amount": {"type": "integer"},
                    "unit_amount_decimal": {"type": "string"},
                },
                "required": ["currency"],
            },
            "pricing": {"type": "object", "properties": {"price": {"type": "string"}}},
            "quantity": {"type": "integer"},
            "quantity_decimal": {"type": "string"},
            "tax_amounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "amount": {"type": "integer"},
                                "tax_rate_data": {
                                    "type": "object",
                                    "properties": {
                                        "country": {"type": "string"},
                                        "description": {"type": "string"},
                                        "display_name": {"type": "string"},
                                        "inclusive": {"type": "boolean"},
                                        "jurisdiction": {"type": "string"},
                                        "jurisdiction_level": {
                                            "type": "string",
                                            "enum": [
                                                "city",
                                                "country",
                                                "county",
                                                "district",
                                                "multiple",
                                                "state",
                                            ],
                                        },
                                        "percentage": {"type": "number"},
                                        "state": {"type": "string"},
                                        "tax_type": {
                                            "type": "string",
                                            "enum": [
                                                "admissions_tax",
                                                "amusement_tax",
                                                "attendance_tax",
                                                "communications_tax",
                                                "digital_excise_tax",
                                                "entertainment_tax",
                                                "get_fund",
                                                "gross_receipts_tax",
                                                "gst",
                                                "hospitality_tax",
                                                "hst",
                                                "igst",
                                                "jct",
                                                "lease_tax",
                                                "luxury_tax",
                                                "mass_transit_parking_tax",
                                                "nhil",
                                                "parking_tax",
                                                "pst",
                                                "qst",
                                                "resort_tax",
                                                "retail_delivery_fee",
                                                "rst",
                                                "sales_tax",
                                                "service_tax",
                                                "tourism_tax",
                                                "utility_users_tax",
                                                "vat",
                                            ],
                                        },
                                    },
                                    "required": ["display_name", "inclusive", "percentage"],
                                },
                                "taxability_reason": {
                                    "type": "string",
                                    "enum": [
                                        "customer_exempt",
                                        "not_collecting",
                                        "not_subject_to_tax",
                                        "not_supported",
                                        "portion_product_exempt",
                                        "portion_reduced_rated",
                                        "portion_standard_rated",
                                        "product_exempt",
                                        "product_exempt_holiday",
                                        "proportionally_rated",
                                        "reduced_rated",
                                        "reverse_charge",
                                        "standard_rated",
                                        "taxable_basis_reduced",
                                        "zero_rated",
                                    ],
                                },
                                "taxable_amount": {"type": "integer"},
                            },
                            "required": ["amount", "tax_rate_data", "taxable_amount"],
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "tax_rates": {
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
        },
        "required": [],
    },
    "PostInvoicesInvoiceAddLines": {
        "properties": {
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoice_metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": {"type": "integer"},
                        "description": {"type": "string"},
                        "discountable": {"type": "boolean"},
                        "discounts": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "coupon": {"type": "string"},
                                            "discount": {"type": "string"},
                                            "promotion_code": {"type": "string"},
                                        },
                                    },
                                },
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "invoice_item": {"type": "string"},
                        "metadata": {
                            "anyOf": [
                                {"type": "object", "additionalProperties": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "period": {
                            "type": "object",
                            "properties": {
                                "end": {"type": "integer"},
                                "start": {"type": "integer"},
                            },
                            "required": ["end", "start"],
                        },
                        "price_data": {
                            "type": "object",
                            "properties": {
                                "currency": {"type": "string"},
                                "product": {"type": "string"},
                                "product_data": {
                                    "type": "object",
                                    "properties": {
                                        "description": {"type": "string"},
                                        "images": {"type": "array", "items": {"type": "string"}},
                                        "metadata": {
                                            "type": "object",
                                            "additionalProperties": {"type": "string"},
                                        },
                                        "name": {"type": "string"},
                                        "tax_code": {"type": "string"},
                                        "tax_details": {
                                            "type": "object",
                                            "properties": {
                                                "performance_location": {"type": "string"},
                                                "tax_code": {
                                                    "anyOf": [
                                                        {"type": "string"},
                                                        {"type": "string", "enum": [""]},
                                                    ]
                                                },
                                            },
                                        },
                                        "unit_label": {"type": "string"},
                                    },
                                    "required": ["name"],
                                },
                                "tax_behavior": {
                                    "type": "string",
                                    "enum": ["exclusive", "inclusive", "unspecified"],
                                },
                                "unit_amount": {"type": "integer"},
                                "unit_amount_decimal": {"type": "string"},
                            },
                            "required": ["currency"],
                        },
                        "pricing": {"type": "object", "properties": {"price": {"type": "string"}}},
                        "quantity": {"type": "integer"},
                        "quantity_decimal": {"type": "string"},
                        "tax_amounts": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "amount": {"type": "integer"},
                                            "tax_rate_data": {
                                                "type": "object",
                                                "properties": {
                                                    "country": {"type": "string"},
                                                    "description": {"type": "string"},
                                                    "display_name": {"type": "string"},
                                                    "inclusive": {"type": "boolean"},
                                                    "jurisdiction": {"type": "string"},
                                                    "jurisdiction_level": {
                                                        "type": "string",
                                                        "enum": [
                                                            "city",
                                                            "country",
                                                            "county",
                                                            "district",
                                                            "multiple",
                                                            "state",
                                                        ],
                                                    },
                                                    "percentage": {"type": "number"},
                                                    "state": {"type": "string"},
                                                    "tax_type": {
                                                        "type": "string",
                                                        "enum": [
                                                            "admissions_tax",
                                                            "amusement_tax",
                                                            "attendance_tax",
                                                            "communications_tax",
                                                            "digital_excise_tax",
                                                            "entertainment_tax",
                                                            "get_fund",
                                                            "gross_receipts_tax",
                                                            "gst",
                                                            "hospitality_tax",
                                                            "hst",
                                                            "igst",
                                                            "jct",
                                                            "lease_tax",
                                                            "luxury_tax",
                                                            "mass_transit_parking_tax",
                                                            "nhil",
                                                            "parking_tax",
                                                            "pst",
                                                            "qst",
                                                            "resort_tax",
                                                            "retail_delivery_fee",
                                                            "rst",
                                                            "sales_tax",
                                                            "service_tax",
                                                            "tourism_tax",
                                                            "utility_users_tax",
                                                            "vat",
                                                        ],
                                                    },
                                                },
                                                "required": [
                                                    "display_name",
                                                    "inclusive",
                                                    "percentage",
                                                ],
                                            },
                                            "taxability_reason": {
                                                "type": "string",
                                                "enum": [
                                                    "customer_exempt",
                                                    "not_collecting",
                                                    "not_subject_to_tax",
                                                    "not_supported",
                                                    "portion_product_exempt",
                                                    "portion_reduced_rated",
                                                    "portion_standard_rated",
                                                    "product_exempt",
                                                    "product_exempt_holiday",
                                                    "proportionally_rated",
                                                    "reduced_rated",
                                                    "reverse_charge",
                                                    "standard_rated",
                                                    "taxable_basis_reduced",
                                                    "zero_rated",
                                                ],
                                            },
                                            "taxable_amount": {"type": "integer"},
                                        },
                                        "required": ["amount", "tax_rate_data", "taxable_amount"],
                                    },
                                },
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "tax_rates": {
                            "anyOf": [
                                {"type": "array", "items": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                    },
                },
            },
        },
        "required": ["lines"],
    },
    "PostInvoicesInvoiceRemoveLines": {
        "properties": {
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoice_metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "behavior": {"type": "string", "enum": ["delete", "unassign"]},
                        "id": {"type": "string"},
                    },
                    "required": ["behavior", "id"],
                },
            },
        },
        "required": ["lines"],
    },
    "PostInvoicesInvoiceUpdateLines": {
        "properties": {
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoice_metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": {"type": "integer"},
                        "description": {"type": "string"},
                        "discountable": {"type": "boolean"},
                        "discounts": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "coupon": {"type": "string"},
                                            "discount": {"type": "string"},
                                            "promotion_code": {"type": "string"},
                                        },
                                    },
                                },
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "id": {"type": "string"},
                        "metadata": {
                            "anyOf": [
                                {"type": "object", "additionalProperties": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "period": {
                            "type": "object",
                            "properties": {
                                "end": {"type": "integer"},
                                "start": {"type": "integer"},
                            },
                            "required": ["end", "start"],
                        },
                        "price_data": {
                            "type": "object",
                            "properties": {
                                "currency": {"type": "string"},
                                "product": {"type": "string"},
                                "product_data": {
                                    "type": "object",
                                    "properties": {
                                        "description": {"type": "string"},
                                        "images": {"type": "array", "items": {"type": "string"}},
                                        "metadata": {
                                            "type": "object",
                                            "additionalProperties": {"type": "string"},
                                        },
                                        "name": {"type": "string"},
                                        "tax_code": {"type": "string"},
                                        "tax_details": {
                                            "type": "object",
                                            "properties": {
                                                "performance_location": {"type": "string"},
                                                "tax_code": {
                                                    "anyOf": [
                                                        {"type": "string"},
                                                        {"type": "string", "enum": [""]},
                                                    ]
                                                },
                                            },
                                        },
                                        "unit_label": {"type": "string"},
                                    },
                                    "required": ["name"],
                                },
                                "tax_behavior": {
                                    "type": "string",
                                    "enum": ["exclusive", "inclusive", "unspecified"],
                                },
                                "unit_amount": {"type": "integer"},
                                "unit_amount_decimal": {"type": "string"},
                            },
                            "required": ["currency"],
                        },
                        "pricing": {"type": "object", "properties": {"price": {"type": "string"}}},
                        "quantity": {"type": "integer"},
                        "quantity_decimal": {"type": "string"},
                        "tax_amounts": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "amount": {"type": "integer"},
                                            "tax_rate_data": {
                                                "type": "object",
                                                "properties": {
                                                    "country": {"type": "string"},
                                                    "description": {"type": "string"},
                                                    "display_name": {"type": "string"},
                                                    "inclusive": {"type": "boolean"},
                                                    "jurisdiction": {"type": "string"},
                                                    "jurisdiction_level": {
                                                        "type": "string",
                                                        "enum": [
                                                            "city",
                                                            "country",
                                                            "county",
                                                            "district",
                                                            "multiple",
                                                            "state",
                                                        ],
                                                    },
                                                    "percentage": {"type": "number"},
                                                    "state": {"type": "string"},
                                                    "tax_type": {
                                                        "type": "string",
                                                        "enum": [
                                                            "admissions_tax",
                                                            "amusement_tax",
                                                            "attendance_tax",
                                                            "communications_tax",
                                                            "digital_excise_tax",
                                                            "entertainment_tax",
                                                            "get_fund",
                                                            "gross_receipts_tax",
                                                            "gst",
                                                            "hospitality_tax",
                                                            "hst",
                                                            "igst",
                                                            "jct",
                                                            "lease_tax",
                                                            "luxury_tax",
                                                            "mass_transit_parking_tax",
                                                            "nhil",
                                                            "parking_tax",
                                                            "pst",
                                                            "qst",
                                                            "resort_tax",
                                                            "retail_delivery_fee",
                                                            "rst",
                                                            "sales_tax",
                                                            "service_tax",
                                                            "tourism_tax",
                                                            "utility_users_tax",
                                                            "vat",
                                                        ],
                                                    },
                                                },
                                                "required": [
                                                    "display_name",
                                                    "inclusive",
                                                    "percentage",
                                                ],
                                            },
                                            "taxability_reason": {
                                                "type": "string",
                                                "enum": [
                                                    "customer_exempt",
                                                    "not_collecting",
                                                    "not_subject_to_tax",
                                                    "not_supported",
                                                    "portion_product_exempt",
                                                    "portion_reduced_rated",
                                                    "portion_standard_rated",
                                                    "product_exempt",
                                                    "product_exempt_holiday",
                                                    "proportionally_rated",
                                                    "reduced_rated",
                                                    "reverse_charge",
                                                    "standard_rated",
                                                    "taxable_basis_reduced",
                                                    "zero_rated",
                                                ],
                                            },
                                            "taxable_amount": {"type": "integer"},
                                        },
                                        "required": ["amount", "tax_rate_data", "taxable_amount"],
                                    },
                                },
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "tax_rates": {
                            "anyOf": [
                                {"type": "array", "items": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                    },
                    "required": ["id"],
                },
            },
        },
        "required": ["lines"],
    },
    "GetInvoiceitems": {
        "properties": {
            "created": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "gt": {"type": "integer"},
                            "gte": {"type": "integer"},
                            "lt": {"type": "integer"},
                            "lte": {"type": "integer"},
                        },
                    },
                    {"type": "integer"},
                ]
            },
            "customer": {"type": "string"},
            "customer_account": {"type": "string"},
            "ending_before": {"type": "string"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoice": {"type": "string"},
            "limit": {"type": "integer"},
            "pending": {"type": "boolean"},
            "starting_after": {"type": "string"},
        },
        "required": [],
    },
    "PostInvoiceitems": {
        "properties": {
            "amount": {"type": "integer"},
            "currency": {"type": "string"},
            "customer": {"type": "string"},
            "customer_account": {"type": "string"},
            "description": {"type": "string"},
            "discountable": {"type": "boolean"},
            "discounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "coupon": {"type": "string"},
                                "discount": {"type": "string"},
                                "promotion_code": {"type": "string"},
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoice": {"type": "string"},
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "period": {
                "type": "object",
                "properties": {"end": {"type": "integer"}, "start": {"type": "integer"}},
                "required": ["end", "start"],
            },
            "price_data": {
                "type": "object",
                "properties": {
                    "currency": {"type": "string"},
                    "product": {"type": "string"},
                    "tax_behavior": {
                        "type": "string",
                        "enum": ["exclusive", "inclusive", "unspecified"],
                    },
                    "unit_amount": {"type": "integer"},
                    "unit_amount_decimal": {"type": "string"},
                },
                "required": ["currency", "product"],
            },
            "pricing": {"type": "object", "properties": {"price": {"type": "string"}}},
            "quantity": {"type": "integer"},
            "quantity_decimal": {"type": "string"},
            "subscription": {"type": "string"},
            "tax_behavior": {"type": "string", "enum": ["exclusive", "inclusive", "unspecified"]},
            "tax_code": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "tax_rates": {"type": "array", "items": {"type": "string"}},
            "unit_amount_decimal": {"type": "string"},
        },
        "required": [],
    },
    "GetInvoiceitemsInvoiceitem": {
        "properties": {"expand": {"type": "array", "items": {"type": "string"}}},
        "required": [],
    },
    "PostInvoiceitemsInvoiceitem": {
        "properties": {
            "amount": {"type": "integer"},
            "description": {"type": "string"},
            "discountable": {"type": "boolean"},
            "discounts": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "coupon": {"type": "string"},
                                "discount": {"type": "string"},
                                "promotion_code": {"type": "string"},
                            },
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "expand": {"type": "array", "items": {"type": "string"}},
            "invoicing_rules": {"type": "string", "enum": [""]},
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "period": {
                "type": "object",
                "properties": {"end": {"type": "integer"}, "start": {"type": "integer"}},
                "required": ["end", "start"],
            },
            "price_data": {
                "type": "object",
                "properties": {
                    "currency": {"type": "string"},
                    "product": {"type": "string"},
                    "tax_behavior": {
                        "type": "string",
                        "enum": ["exclusive", "inclusive", "unspecified"],
                    },
                    "unit_amount": {"type": "integer"},
                    "unit_amount_decimal": {"type": "string"},
                },
                "required": ["currency", "product"],
            },
            "pricing": {"type": "object", "properties": {"price": {"type": "string"}}},
            "quantity": {"type": "integer"},
            "quantity_decimal": {"type": "string"},
            "tax_behavior": {"type": "string", "enum": ["exclusive", "inclusive", "unspecified"]},
            "tax_code": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "tax_rates": {
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "unit_amount_decimal": {"type": "string"},
        },
        "required": [],
    },
    "DeleteInvoiceitemsInvoiceitem": {"properties": {}, "required": []},
    "GetCustomers": {
        "properties": {
            "created": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "gt": {"type": "integer"},
                            "gte": {"type": "integer"},
                            "lt": {"type": "integer"},
                            "lte": {"type": "integer"},
                        },
                    },
                    {"type": "integer"},
                ]
            },
            "email": {"type": "string"},
            "ending_before": {"type": "string"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"},
            "starting_after": {"type": "string"},
            "test_clock": {"type": "string"},
        },
        "required": [],
    },
    "PostCustomers": {
        "properties": {
            "address": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "city": {"type": "string"},
                            "country": {"type": "string"},
                            "line1": {"type": "string"},
                            "line2": {"type": "string"},
                            "postal_code": {"type": "string"},
                            "state": {"type": "string"},
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "balance": {"type": "integer"},
            "business_name": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "cash_balance": {
                "type": "object",
                "properties": {
                    "settings": {
                        "type": "object",
                        "properties": {
                            "reconciliation_mode": {
                                "type": "string",
                                "enum": ["automatic", "manual", "merchant_default"],
                            }
                        },
                    }
                },
            },
            "description": {"type": "string"},
            "email": {"type": "string"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "individual_name": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "invoice_prefix": {"type": "string"},
            "invoice_settings": {
                "type": "object",
                "properties": {
                    "custom_fields": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "value": {"type": "string"},
                                    },
                                    "required": ["name", "value"],
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "default_payment_method": {"type": "string"},
                    "footer": {"type": "string"},
                    "rendering_options": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "amount_tax_display": {
                                        "anyOf": [
                                            {
                                                "type": "string",
                                                "enum": ["exclude_tax", "include_inclusive_tax"],
                                            },
                                            {"type": "string", "enum": [""]},
                                        ]
                                    },
                                    "template": {"type": "string"},
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                },
            },
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "name": {"type": "string"},
            "next_invoice_sequence": {"type": "integer"},
            "payment_method": {"type": "string"},
            "phone": {"type": "string"},
            "preferred_locales": {"type": "array", "items": {"type": "string"}},
            "shipping": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "address": {
                                "type": "object",
                                "properties": {
                                    "city": {"type": "string"},
                                    "country": {"type": "string"},
                                    "line1": {"type": "string"},
                                    "line2": {"type": "string"},
                                    "postal_code": {"type": "string"},
                                    "state": {"type": "string"},
                                },
                            },
                            "name": {"type": "string"},
                            "phone": {"type": "string"},
                        },
                        "required": ["address", "name"],
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "source": {"type": "string"},
            "tax": {
                "type": "object",
                "properties": {
                    "ip_address": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
                    "validate_location": {"type": "string", "enum": ["deferred", "immediately"]},
                },
            },
            "tax_exempt": {
                "anyOf": [
                    {"type": "string", "enum": ["exempt", "none", "reverse"]},
                    {"type": "string", "enum": [""]},
                ]
            },
            "tax_id_data": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "type": {
                            "type": "string",
                            "enum": [
                                "ad_nrt",
                                "ae_trn",
                                "al_tin",
                                "am_tin",
                                "ao_tin",
                                "ar_cuit",
                                "au_abn",
                                "au_acn",
                                "au_arn",
                                "au_wpn",
                                "aw_tin",
                                "az_tin",
                                "ba_tin",
                                "bb_tin",
                                "bd_bin",
                                "bf_ifu",
                                "bg_uic",
                                "bh_vat",
                                "bj_ifu",
                                "bo_tin",
                                "br_cnpj",
                                "br_cpf",
                                "bs_tin",
                                "bw_vat",
                                "by_tin",
                                "ca_bn",
                                "ca_gst_hst",
                                "ca_pst_bc",
                                "ca_pst_mb",
                                "ca_pst_sk",
                                "ca_qst",
                                "cd_nif",
                                "ch_uid",
                                "ch_vat",
                                "ci_vat",
                                "cl_tin",
                                "cm_niu",
                                "cn_tin",
                                "co_nit",
                                "cr_tin",
                                "cv_nif",
                                "cz_dic",
                                "de_stn",
                                "do_rcn",
                                "ec_ruc",
                                "eg_tin",
                                "es_cif",
                                "et_tin",
                                "eu_oss_vat",
                                "eu_vat",
                                "fo_vat",
                                "fr_siren",
                                "fr_siret",
                                "fr_spi",
                                "gb_vat",
                                "ge_vat",
                                "gh_tin",
                                "gi_tin",
                                "gn_nif",
                                "hk_br",
                                "hr_oib",
                                "hu_tin",
                                "ic_nif",
                                "id_npwp",
                                "il_vat",
                                "in_gst",
                                "is_kt",
                                "is_vat",
                                "it_cf",
                                "jp_cn",
                                "jp_rn",
                                "jp_trn",
                                "ke_pin",
                                "kg_tin",
                                "kh_tin",
                                "kr_brn",
                                "kz_bin",
                                "la_tin",
                                "li_uid",
                                "li_vat",
                                "lk_vat",
                                "ma_vat",
                                "md_cf",
                                "md_vat",
                                "me_pib",
                                "mk_vat",
                                "mr_nif",
                                "mu_vat",
                                "mx_rfc",
                                "my_frp",
                                "my_itn",
                                "my_sst",
                                "mz_nuit",
                                "ng_tin",
                                "no_vat",
                                "no_voec",
                                "np_pan",
                                "nz_bn",
                                "nz_gst",
                                "om_vat",
                                "pe_ruc",
                                "ph_tin",
                                "pl_nip",
                                "pt_nif",
                                "py_ruc",
                                "ro_tin",
                                "rs_pib",
                                "ru_inn",
                                "ru_kpp",
                                "sa_vat",
                                "sg_gst",
                                "sg_uen",
                                "si_tin",
                                "sm_coe",
                                "sn_ninea",
                                "sr_fin",
                                "sv_nit",
                                "th_vat",
                                "tj_tin",
                                "tr_tin",
                                "tt_bir",
                                "tt_vat",
                                "tw_vat",
                                "tz_vat",
                                "ua_vat",
                                "ug_tin",
                                "us_ein",
                                "uy_ruc",
                                "uz_tin",
                                "uz_vat",
                                "ve_rif",
                                "vn_tin",
                                "za_vat",
                                "zm_tin",
                                "zw_tin",
                            ],
                        },
                        "value": {"type": "string"},
                    },
                    "required": ["type", "value"],
                },
            },
            "test_clock": {"type": "string"},
            "validate": {"type": "boolean"},
        },
        "required": [],
    },
    "GetCustomersSearch": {
        "properties": {
            "expand": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"},
            "page": {"type": "string"},
            "query": {"type": "string"},
        },
        "required": ["query"],
    },
    "GetCustomersCustomer": {
        "properties": {"expand": {"type": "array", "items": {"type": "string"}}},
        "required": [],
    },
    "PostCustomersCustomer": {
        "properties": {
            "address": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "city": {"type": "string"},
                            "country": {"type": "string"},
                            "line1": {"type": "string"},
                            "line2": {"type": "string"},
                            "postal_code": {"type": "string"},
                            "state": {"type": "string"},
                        },
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "balance": {"type": "integer"},
            "business_name": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "cash_balance": {
                "type": "object",
                "properties": {
                    "settings": {
                        "type": "object",
                        "properties": {
                            "reconciliation_mode": {
                                "type": "string",
                                "enum": ["automatic", "manual", "merchant_default"],
                            }
                        },
                    }
                },
            },
            "default_source": {"type": "string"},
            "description": {"type": "string"},
            "email": {"type": "string"},
            "expand": {"type": "array", "items": {"type": "string"}},
            "individual_name": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
            "invoice_prefix": {"type": "string"},
            "invoice_settings": {
                "type": "object",
                "properties": {
                    "custom_fields": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "value": {"type": "string"},
                                    },
                                    "required": ["name", "value"],
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                    "default_payment_method": {"type": "string"},
                    "footer": {"type": "string"},
                    "rendering_options": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "amount_tax_display": {
                                        "anyOf": [
                                            {
                                                "type": "string",
                                                "enum": ["exclude_tax", "include_inclusive_tax"],
                                            },
                                            {"type": "string", "enum": [""]},
                                        ]
                                    },
                                    "template": {"type": "string"},
                                },
                            },
                            {"type": "string", "enum": [""]},
                        ]
                    },
                },
            },
            "metadata": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "string", "enum": [""]},
                ]
            },
            "name": {"type": "string"},
            "next_invoice_sequence": {"type": "integer"},
            "phone": {"type": "string"},
            "preferred_locales": {"type": "array", "items": {"type": "string"}},
            "shipping": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "address": {
                                "type": "object",
                                "properties": {
                                    "city": {"type": "string"},
                                    "country": {"type": "string"},
                                    "line1": {"type": "string"},
                                    "line2": {"type": "string"},
                                    "postal_code": {"type": "string"},
                                    "state": {"type": "string"},
                                },
                            },
                            "name": {"type": "string"},
                            "phone": {"type": "string"},
                        },
                        "required": ["address", "name"],
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "source": {"type": "string"},
            "tax": {
                "type": "object",
                "properties": {
                    "ip_address": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
                    "validate_location": {
                        "type": "string",
                        "enum": ["auto", "deferred", "immediately"],
                    },
                },
            },
            "tax_exempt": {
                "anyOf": [
                    {"type": "string", "enum": ["exempt", "none", "reverse"]},
                    {"type": "string", "enum": [""]},
                ]
            },
            "validate": {"type": "boolean"},
        },
        "required": [],
    },
    "DeleteCustomersCustomer": {"properties": {}, "required": []},
}
