"""Request parameters per operation, as plain data (generated; do not edit).

Each distinct schema is one object, named once and shared by every use.
"""

from typing import Any

_S1: dict[str, Any] = {"type": "string", "enum": ["charge_automatically", "send_invoice"]}
_S2: dict[str, Any] = {"type": "integer"}
_S3: dict[str, Any] = {"gt": _S2, "gte": _S2, "lt": _S2, "lte": _S2}
_S4: dict[str, Any] = {"type": "object", "properties": _S3}
_S5: dict[str, Any] = {"anyOf": [_S4, _S2]}
_S6: dict[str, Any] = {"type": "string"}
_S7: dict[str, Any] = {"type": "array", "items": _S6}
_S8: dict[str, Any] = {"type": "string", "enum": [""]}
_S9: dict[str, Any] = {"anyOf": [_S7, _S8]}
_S10: dict[str, Any] = {"type": "boolean"}
_S11: dict[str, Any] = {"type": "string", "enum": ["account", "self"]}
_S12: dict[str, Any] = {"account": _S6, "type": _S11}
_S13: dict[str, Any] = {"type": "object", "properties": _S12, "required": ["type"]}
_S14: dict[str, Any] = {"enabled": _S10, "liability": _S13}
_S15: dict[str, Any] = {"type": "object", "properties": _S14, "required": ["enabled"]}
_S16: dict[str, Any] = {"name": _S6, "value": _S6}
_S17: dict[str, Any] = {"type": "object", "properties": _S16, "required": ["name", "value"]}
_S18: dict[str, Any] = {"type": "array", "items": _S17}
_S19: dict[str, Any] = {"anyOf": [_S18, _S8]}
_S20: dict[str, Any] = {"coupon": _S6, "discount": _S6, "promotion_code": _S6}
_S21: dict[str, Any] = {"type": "object", "properties": _S20}
_S22: dict[str, Any] = {"type": "array", "items": _S21}
_S23: dict[str, Any] = {"anyOf": [_S22, _S8]}
_S24: dict[str, Any] = {"type": "object", "additionalProperties": _S6}
_S25: dict[str, Any] = {"anyOf": [_S24, _S8]}
_S26: dict[str, Any] = {"anyOf": [_S6, _S8]}
_S27: dict[str, Any] = {"type": "string", "enum": ["business", "personal"]}
_S28: dict[str, Any] = {"transaction_type": _S27}
_S29: dict[str, Any] = {"type": "object", "properties": _S28}
_S30: dict[str, Any] = {"type": "string", "enum": ["automatic", "instant", "microdeposits"]}
_S31: dict[str, Any] = {"mandate_options": _S29, "verification_method": _S30}
_S32: dict[str, Any] = {"type": "object", "properties": _S31}
_S33: dict[str, Any] = {"anyOf": [_S32, _S8]}
_S34: dict[str, Any] = {"type": "string", "enum": ["de", "en", "fr", "nl"]}
_S35: dict[str, Any] = {"preferred_language": _S34}
_S36: dict[str, Any] = {"type": "object", "properties": _S35}
_S37: dict[str, Any] = {"anyOf": [_S36, _S8]}
_S38: dict[str, Any] = {
    "city": _S6,
    "country": _S6,
    "line1": _S6,
    "line2": _S6,
    "postal_code": _S6,
    "state": _S6,
}
_S39: dict[str, Any] = {"type": "object", "properties": _S38}
_S40: dict[str, Any] = {"anyOf": [_S39, _S8]}
_S41: dict[str, Any] = {
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
}
_S42: dict[str, Any] = {"anyOf": [_S41, _S8]}
_S43: dict[str, Any] = {
    "registered_address": _S40,
    "registered_name": _S6,
    "registration_number": _S6,
    "registration_type": _S42,
    "vat": _S6,
}
_S44: dict[str, Any] = {"type": "object", "properties": _S43}
_S45: dict[str, Any] = {"anyOf": [_S44, _S8]}
_S46: dict[str, Any] = {"company_details": _S45, "reference": _S6}
_S47: dict[str, Any] = {"type": "object", "properties": _S46}
_S48: dict[str, Any] = {"anyOf": [_S47, _S8]}
_S49: dict[str, Any] = {}
_S50: dict[str, Any] = {"type": "object", "properties": _S49}
_S51: dict[str, Any] = {"anyOf": [_S50, _S8]}
_S52: dict[str, Any] = {"type": "string", "enum": ["month"]}
_S53: dict[str, Any] = {"type": "string", "enum": ["bonus", "fixed_count", "revolving"]}
_S54: dict[str, Any] = {"count": _S2, "interval": _S52, "type": _S53}
_S55: dict[str, Any] = {"type": "object", "properties": _S54, "required": ["type"]}
_S56: dict[str, Any] = {"anyOf": [_S55, _S8]}
_S57: dict[str, Any] = {"enabled": _S10, "plan": _S56}
_S58: dict[str, Any] = {"type": "object", "properties": _S57}
_S59: dict[str, Any] = {"type": "string", "enum": ["any", "automatic", "challenge"]}
_S60: dict[str, Any] = {"installments": _S58, "request_three_d_secure": _S59}
_S61: dict[str, Any] = {"type": "object", "properties": _S60}
_S62: dict[str, Any] = {"anyOf": [_S61, _S8]}
_S63: dict[str, Any] = {"country": _S6}
_S64: dict[str, Any] = {"type": "object", "properties": _S63, "required": ["country"]}
_S65: dict[str, Any] = {"eu_bank_transfer": _S64, "type": _S6}
_S66: dict[str, Any] = {"type": "object", "properties": _S65}
_S67: dict[str, Any] = {"bank_transfer": _S66, "funding_type": _S6}
_S68: dict[str, Any] = {"type": "object", "properties": _S67}
_S69: dict[str, Any] = {"anyOf": [_S68, _S8]}
_S70: dict[str, Any] = {
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
}
_S71: dict[str, Any] = {"amount": _S2, "purpose": _S70}
_S72: dict[str, Any] = {"type": "object", "properties": _S71}
_S73: dict[str, Any] = {"mandate_options": _S72}
_S74: dict[str, Any] = {"type": "object", "properties": _S73}
_S75: dict[str, Any] = {"anyOf": [_S74, _S8]}
_S76: dict[str, Any] = {"type": "string", "enum": ["always", "never"]}
_S77: dict[str, Any] = {"amount_includes_iof": _S76, "expires_after_seconds": _S2}
_S78: dict[str, Any] = {"type": "object", "properties": _S77}
_S79: dict[str, Any] = {"anyOf": [_S78, _S8]}
_S80: dict[str, Any] = {"type": "string", "enum": ["fixed", "maximum"]}
_S81: dict[str, Any] = {"amount": _S2, "amount_type": _S80, "description": _S6, "end_date": _S2}
_S82: dict[str, Any] = {"type": "object", "properties": _S81}
_S83: dict[str, Any] = {"mandate_options": _S82}
_S84: dict[str, Any] = {"type": "object", "properties": _S83}
_S85: dict[str, Any] = {"anyOf": [_S84, _S8]}
_S86: dict[str, Any] = {"type": "string", "enum": ["checking", "savings"]}
_S87: dict[str, Any] = {"type": "array", "items": _S86}
_S88: dict[str, Any] = {"account_subcategories": _S87}
_S89: dict[str, Any] = {"type": "object", "properties": _S88}
_S90: dict[str, Any] = {
    "type": "string",
    "enum": ["balances", "ownership", "payment_method", "transactions"],
}
_S91: dict[str, Any] = {"type": "array", "items": _S90}
_S92: dict[str, Any] = {"type": "string", "enum": ["balances", "ownership", "transactions"]}
_S93: dict[str, Any] = {"type": "array", "items": _S92}
_S94: dict[str, Any] = {"filters": _S89, "permissions": _S91, "prefetch": _S93}
_S95: dict[str, Any] = {"type": "object", "properties": _S94}
_S96: dict[str, Any] = {"financial_connections": _S95, "verification_method": _S30}
_S97: dict[str, Any] = {"type": "object", "properties": _S96}
_S98: dict[str, Any] = {"anyOf": [_S97, _S8]}
_S99: dict[str, Any] = {
    "acss_debit": _S33,
    "bancontact": _S37,
    "billie": _S48,
    "blik": _S51,
    "card": _S62,
    "customer_balance": _S69,
    "konbini": _S51,
    "payto": _S75,
    "pix": _S79,
    "sepa_debit": _S51,
    "upi": _S85,
    "us_bank_account": _S98,
}
_S100: dict[str, Any] = {"type": "object", "properties": _S99}
_S101: dict[str, Any] = {
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
}
_S102: dict[str, Any] = {"type": "array", "items": _S101}
_S103: dict[str, Any] = {"anyOf": [_S102, _S8]}
_S104: dict[str, Any] = {
    "default_mandate": _S26,
    "payment_method_options": _S100,
    "payment_method_types": _S103,
}
_S105: dict[str, Any] = {"type": "object", "properties": _S104}
_S106: dict[str, Any] = {"type": "string", "enum": ["exclude_tax", "include_inclusive_tax"]}
_S107: dict[str, Any] = {"anyOf": [_S106, _S8]}
_S108: dict[str, Any] = {"type": "string", "enum": ["a4", "auto", "letter"]}
_S109: dict[str, Any] = {"page_size": _S108}
_S110: dict[str, Any] = {"type": "object", "properties": _S109}
_S111: dict[str, Any] = {"anyOf": [_S2, _S8]}
_S112: dict[str, Any] = {
    "amount_tax_display": _S107,
    "pdf": _S110,
    "template": _S6,
    "template_version": _S111,
}
_S113: dict[str, Any] = {"type": "object", "properties": _S112}
_S114: dict[str, Any] = {"type": "string", "enum": ["business_day", "day", "hour", "month", "week"]}
_S115: dict[str, Any] = {"unit": _S114, "value": _S2}
_S116: dict[str, Any] = {"type": "object", "properties": _S115, "required": ["unit", "value"]}
_S117: dict[str, Any] = {"maximum": _S116, "minimum": _S116}
_S118: dict[str, Any] = {"type": "object", "properties": _S117}
_S119: dict[str, Any] = {"type": "string", "enum": ["exclusive", "inclusive", "unspecified"]}
_S120: dict[str, Any] = {"amount": _S2, "tax_behavior": _S119}
_S121: dict[str, Any] = {"type": "object", "properties": _S120, "required": ["amount"]}
_S122: dict[str, Any] = {"type": "object", "additionalProperties": _S121}
_S123: dict[str, Any] = {"amount": _S2, "currency": _S6, "currency_options": _S122}
_S124: dict[str, Any] = {"type": "object", "properties": _S123, "required": ["amount", "currency"]}
_S125: dict[str, Any] = {"type": "string", "enum": ["fixed_amount"]}
_S126: dict[str, Any] = {
    "delivery_estimate": _S118,
    "display_name": _S6,
    "fixed_amount": _S124,
    "metadata": _S24,
    "tax_behavior": _S119,
    "tax_code": _S6,
    "type": _S125,
}
_S127: dict[str, Any] = {"type": "object", "properties": _S126, "required": ["display_name"]}
_S128: dict[str, Any] = {"shipping_rate": _S6, "shipping_rate_data": _S127}
_S129: dict[str, Any] = {"type": "object", "properties": _S128}
_S130: dict[str, Any] = {"address": _S39, "name": _S6, "phone": _S26}
_S131: dict[str, Any] = {"type": "object", "properties": _S130, "required": ["address", "name"]}
_S132: dict[str, Any] = {"amount": _S2, "destination": _S6}
_S133: dict[str, Any] = {"type": "object", "properties": _S132, "required": ["destination"]}
_S134: dict[str, Any] = {"expand": _S7, "limit": _S2, "page": _S6, "query": _S6}
_S135: dict[str, Any] = {"properties": _S134, "required": ["query"]}
_S136: dict[str, Any] = {"address": _S39, "name": _S6, "phone": _S6}
_S137: dict[str, Any] = {"type": "object", "properties": _S136, "required": ["address", "name"]}
_S138: dict[str, Any] = {"anyOf": [_S137, _S8]}
_S139: dict[str, Any] = {"type": "string", "enum": ["exempt", "none", "reverse"]}
_S140: dict[str, Any] = {"anyOf": [_S139, _S8]}
_S141: dict[str, Any] = {
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
}
_S142: dict[str, Any] = {"type": _S141, "value": _S6}
_S143: dict[str, Any] = {"type": "object", "properties": _S142, "required": ["type", "value"]}
_S144: dict[str, Any] = {"type": "array", "items": _S143}
_S145: dict[str, Any] = {"end": _S2, "start": _S2}
_S146: dict[str, Any] = {"type": "object", "properties": _S145, "required": ["end", "start"]}
_S147: dict[str, Any] = {"type": "string", "format": "decimal"}
_S148: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "tax_behavior": _S119,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S149: dict[str, Any] = {"type": "object", "properties": _S148, "required": ["currency", "product"]}
_S150: dict[str, Any] = {"type": "string", "enum": ["included", "itemized"]}
_S151: dict[str, Any] = {"proration_discounts": _S150}
_S152: dict[str, Any] = {"type": "object", "properties": _S151}
_S153: dict[str, Any] = {"type": "string", "enum": ["classic", "flexible"]}
_S154: dict[str, Any] = {"flexible": _S152, "type": _S153}
_S155: dict[str, Any] = {"type": "object", "properties": _S154, "required": ["type"]}
_S156: dict[str, Any] = {"type": "string", "enum": ["invoice", "pending_invoice_item"]}
_S157: dict[str, Any] = {"type": "string", "enum": ["subscription"]}
_S158: dict[str, Any] = {"type": "string", "enum": ["day", "month", "week", "year"]}
_S159: dict[str, Any] = {"interval": _S158, "interval_count": _S2}
_S160: dict[str, Any] = {"type": "object", "properties": _S159, "required": ["interval"]}
_S161: dict[str, Any] = {
    "type": "string",
    "enum": ["resume_on_payment_attempt", "resume_on_payment_success"],
}
_S162: dict[str, Any] = {"type": "string", "enum": ["always_invoice", "create_prorations", "none"]}
_S163: dict[str, Any] = {"type": "number"}
_S164: dict[str, Any] = {"amount_gte": _S2, "reset_billing_cycle_anchor": _S10}
_S165: dict[str, Any] = {"type": "object", "properties": _S164}
_S166: dict[str, Any] = {"anyOf": [_S165, _S8]}
_S167: dict[str, Any] = {"type": "string", "enum": ["now"]}
_S168: dict[str, Any] = {"anyOf": [_S2, _S167]}
_S169: dict[str, Any] = {"usage_gte": _S2}
_S170: dict[str, Any] = {"type": "object", "properties": _S169, "required": ["usage_gte"]}
_S171: dict[str, Any] = {"anyOf": [_S170, _S8]}
_S172: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "recurring": _S160,
    "tax_behavior": _S119,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S173: dict[str, Any] = {
    "type": "object",
    "properties": _S172,
    "required": ["currency", "product", "recurring"],
}
_S174: dict[str, Any] = {"amount_percent": _S163, "destination": _S6}
_S175: dict[str, Any] = {"type": "object", "properties": _S174, "required": ["destination"]}
_S176: dict[str, Any] = {"type": "string", "enum": ["price"]}
_S177: dict[str, Any] = {"price": _S6, "type": _S176}
_S178: dict[str, Any] = {"type": "object", "properties": _S177, "required": ["type"]}
_S179: dict[str, Any] = {"type": "array", "items": _S178}
_S180: dict[str, Any] = {"type": "string", "enum": ["duration", "timestamp"]}
_S181: dict[str, Any] = {
    "type": "string",
    "enum": ["max_billed_until", "max_period_end", "min_period_end"],
}
_S182: dict[str, Any] = {"trial_offer": _S6}
_S183: dict[str, Any] = {"type": "object", "properties": _S182, "required": ["trial_offer"]}
_S184: dict[str, Any] = {"expand": _S7}
_S185: dict[str, Any] = {"properties": _S184, "required": []}
_S186: dict[str, Any] = {"properties": _S49, "required": []}
_S187: dict[str, Any] = {"ending_before": _S6, "expand": _S7, "limit": _S2, "starting_after": _S6}
_S188: dict[str, Any] = {"properties": _S187, "required": []}
_S189: dict[str, Any] = {"performance_location": _S6, "tax_code": _S26}
_S190: dict[str, Any] = {"type": "object", "properties": _S189}
_S191: dict[str, Any] = {
    "description": _S6,
    "images": _S7,
    "metadata": _S24,
    "name": _S6,
    "tax_code": _S6,
    "tax_details": _S190,
    "unit_label": _S6,
}
_S192: dict[str, Any] = {"type": "object", "properties": _S191, "required": ["name"]}
_S193: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "product_data": _S192,
    "tax_behavior": _S119,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S194: dict[str, Any] = {"type": "object", "properties": _S193, "required": ["currency"]}
_S195: dict[str, Any] = {"price": _S6}
_S196: dict[str, Any] = {"type": "object", "properties": _S195}
_S197: dict[str, Any] = {
    "type": "string",
    "enum": ["city", "country", "county", "district", "multiple", "state"],
}
_S198: dict[str, Any] = {
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
}
_S199: dict[str, Any] = {
    "country": _S6,
    "description": _S6,
    "display_name": _S6,
    "inclusive": _S10,
    "jurisdiction": _S6,
    "jurisdiction_level": _S197,
    "percentage": _S163,
    "state": _S6,
    "tax_type": _S198,
}
_S200: dict[str, Any] = {
    "type": "object",
    "properties": _S199,
    "required": ["display_name", "inclusive", "percentage"],
}
_S201: dict[str, Any] = {
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
}
_S202: dict[str, Any] = {
    "amount": _S2,
    "tax_rate_data": _S200,
    "taxability_reason": _S201,
    "taxable_amount": _S2,
}
_S203: dict[str, Any] = {
    "type": "object",
    "properties": _S202,
    "required": ["amount", "tax_rate_data", "taxable_amount"],
}
_S204: dict[str, Any] = {"type": "array", "items": _S203}
_S205: dict[str, Any] = {"anyOf": [_S204, _S8]}
_S206: dict[str, Any] = {"type": "string", "enum": ["automatic", "manual", "merchant_default"]}
_S207: dict[str, Any] = {"reconciliation_mode": _S206}
_S208: dict[str, Any] = {"type": "object", "properties": _S207}
_S209: dict[str, Any] = {"settings": _S208}
_S210: dict[str, Any] = {"type": "object", "properties": _S209}
_S211: dict[str, Any] = {"amount_tax_display": _S107, "template": _S6}
_S212: dict[str, Any] = {"type": "object", "properties": _S211}
_S213: dict[str, Any] = {"anyOf": [_S212, _S8]}
_S214: dict[str, Any] = {
    "custom_fields": _S19,
    "default_payment_method": _S6,
    "footer": _S6,
    "rendering_options": _S213,
}
_S215: dict[str, Any] = {"type": "object", "properties": _S214}
_S216: dict[str, Any] = {"type": "string", "enum": ["credit_note", "none"]}
_S217: dict[str, Any] = {"anyOf": [_S6, _S216]}
_S218: dict[str, Any] = {"amount": _S2, "tax_rate": _S6, "taxable_amount": _S2}
_S219: dict[str, Any] = {
    "type": "object",
    "properties": _S218,
    "required": ["amount", "tax_rate", "taxable_amount"],
}
_S220: dict[str, Any] = {"type": "array", "items": _S219}
_S221: dict[str, Any] = {"anyOf": [_S220, _S8]}
_S222: dict[str, Any] = {"type": "string", "enum": ["custom_line_item", "invoice_line_item"]}
_S223: dict[str, Any] = {"anyOf": [_S6, _S222]}
_S224: dict[str, Any] = {
    "amount": _S2,
    "description": _S6,
    "invoice_line_item": _S6,
    "metadata": _S24,
    "quantity": _S2,
    "tax_amounts": _S221,
    "tax_rates": _S9,
    "type": _S223,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S225: dict[str, Any] = {"type": "object", "properties": _S224, "required": ["type"]}
_S226: dict[str, Any] = {"type": "array", "items": _S225}
_S227: dict[str, Any] = {
    "type": "string",
    "enum": ["duplicate", "fraudulent", "order_change", "product_unsatisfactory"],
}
_S228: dict[str, Any] = {"anyOf": [_S6, _S227]}
_S229: dict[str, Any] = {"payment_record": _S6, "refund_group": _S6}
_S230: dict[str, Any] = {
    "type": "object",
    "properties": _S229,
    "required": ["payment_record", "refund_group"],
}
_S231: dict[str, Any] = {"type": "string", "enum": ["payment_record_refund", "refund"]}
_S232: dict[str, Any] = {"anyOf": [_S6, _S231]}
_S233: dict[str, Any] = {
    "amount_refunded": _S2,
    "payment_record_refund": _S230,
    "refund": _S6,
    "type": _S232,
}
_S234: dict[str, Any] = {"type": "object", "properties": _S233}
_S235: dict[str, Any] = {"type": "array", "items": _S234}
_S236: dict[str, Any] = {"shipping_rate": _S6}
_S237: dict[str, Any] = {"type": "object", "properties": _S236}
_S238: dict[str, Any] = {
    "amount": _S2,
    "credit_amount": _S2,
    "effective_at": _S2,
    "email_type": _S217,
    "expand": _S7,
    "invoice": _S6,
    "lines": _S226,
    "memo": _S6,
    "metadata": _S24,
    "out_of_band_amount": _S2,
    "reason": _S228,
    "refund_amount": _S2,
    "refunds": _S235,
    "shipping_cost": _S237,
}
_S239: dict[str, Any] = {"properties": _S238, "required": ["invoice"]}
_S240: dict[str, Any] = {"anyOf": [_S6, _S1]}
_S241: dict[str, Any] = {"type": "string", "enum": ["min_item_period_end", "timestamp"]}
_S242: dict[str, Any] = {"anyOf": [_S6, _S241]}
_S243: dict[str, Any] = {"timestamp": _S2, "type": _S242}
_S244: dict[str, Any] = {"type": "object", "properties": _S243, "required": ["type"]}
_S245: dict[str, Any] = {"type": "string", "enum": ["max_item_period_start", "now", "timestamp"]}
_S246: dict[str, Any] = {"anyOf": [_S6, _S245]}
_S247: dict[str, Any] = {"timestamp": _S2, "type": _S246}
_S248: dict[str, Any] = {"type": "object", "properties": _S247, "required": ["type"]}
_S249: dict[str, Any] = {"end": _S244, "start": _S248}
_S250: dict[str, Any] = {"type": "object", "properties": _S249, "required": ["end", "start"]}
_S251: dict[str, Any] = {"anyOf": [_S6, _S119]}
_S252: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "tax_behavior": _S251,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S253: dict[str, Any] = {"type": "object", "properties": _S252, "required": ["currency", "product"]}
_S254: dict[str, Any] = {
    "discountable": _S10,
    "discounts": _S22,
    "metadata": _S24,
    "period": _S250,
    "price": _S6,
    "price_data": _S253,
    "quantity": _S2,
    "tax_rates": _S9,
}
_S255: dict[str, Any] = {"type": "object", "properties": _S254}
_S256: dict[str, Any] = {"type": "array", "items": _S255}
_S257: dict[str, Any] = {"anyOf": [_S163, _S8]}
_S258: dict[str, Any] = {"anyOf": [_S6, _S11]}
_S259: dict[str, Any] = {"account": _S6, "type": _S258}
_S260: dict[str, Any] = {"type": "object", "properties": _S259, "required": ["type"]}
_S261: dict[str, Any] = {"enabled": _S10, "liability": _S260}
_S262: dict[str, Any] = {"type": "object", "properties": _S261, "required": ["enabled"]}
_S263: dict[str, Any] = {"anyOf": [_S6, _S158]}
_S264: dict[str, Any] = {"interval": _S263, "interval_count": _S2}
_S265: dict[str, Any] = {"type": "object", "properties": _S264, "required": ["interval"]}
_S266: dict[str, Any] = {"anyOf": [_S6, _S180]}
_S267: dict[str, Any] = {"duration": _S265, "timestamp": _S2, "type": _S266}
_S268: dict[str, Any] = {"type": "object", "properties": _S267, "required": ["type"]}
_S269: dict[str, Any] = {"applies_to": _S179, "bill_until": _S268, "key": _S6}
_S270: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "recurring": _S265,
    "tax_behavior": _S251,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S271: dict[str, Any] = {
    "type": "object",
    "properties": _S270,
    "required": ["currency", "product", "recurring"],
}
_S272: dict[str, Any] = {
    "type": "string",
    "enum": [
        "allow_incomplete",
        "default_incomplete",
        "error_if_incomplete",
        "pending_if_incomplete",
    ],
}
_S273: dict[str, Any] = {"anyOf": [_S6, _S272]}
_S274: dict[str, Any] = {"anyOf": [_S6, _S27]}
_S275: dict[str, Any] = {"transaction_type": _S274}
_S276: dict[str, Any] = {"type": "object", "properties": _S275}
_S277: dict[str, Any] = {"anyOf": [_S6, _S30]}
_S278: dict[str, Any] = {"mandate_options": _S276, "verification_method": _S277}
_S279: dict[str, Any] = {"type": "object", "properties": _S278}
_S280: dict[str, Any] = {"anyOf": [_S279, _S8]}
_S281: dict[str, Any] = {"anyOf": [_S6, _S34]}
_S282: dict[str, Any] = {"preferred_language": _S281}
_S283: dict[str, Any] = {"type": "object", "properties": _S282}
_S284: dict[str, Any] = {"anyOf": [_S283, _S8]}
_S285: dict[str, Any] = {"anyOf": [_S6, _S41, _S8]}
_S286: dict[str, Any] = {
    "registered_address": _S40,
    "registered_name": _S6,
    "registration_number": _S6,
    "registration_type": _S285,
    "vat": _S6,
}
_S287: dict[str, Any] = {"type": "object", "properties": _S286}
_S288: dict[str, Any] = {"anyOf": [_S287, _S8]}
_S289: dict[str, Any] = {"company_details": _S288}
_S290: dict[str, Any] = {"type": "object", "properties": _S289}
_S291: dict[str, Any] = {"anyOf": [_S290, _S8]}
_S292: dict[str, Any] = {"expires_at": _S2}
_S293: dict[str, Any] = {"type": "object", "properties": _S292}
_S294: dict[str, Any] = {"mandate_options": _S293}
_S295: dict[str, Any] = {"type": "object", "properties": _S294}
_S296: dict[str, Any] = {"anyOf": [_S295, _S8]}
_S297: dict[str, Any] = {"anyOf": [_S6, _S80]}
_S298: dict[str, Any] = {"amount": _S2, "amount_type": _S297, "description": _S6}
_S299: dict[str, Any] = {"type": "object", "properties": _S298}
_S300: dict[str, Any] = {
    "type": "string",
    "enum": [
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "eftpos_au",
        "girocard",
        "interac",
        "jcb",
        "link",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ],
}
_S301: dict[str, Any] = {"anyOf": [_S6, _S300]}
_S302: dict[str, Any] = {"anyOf": [_S6, _S59]}
_S303: dict[str, Any] = {
    "mandate_options": _S299,
    "network": _S301,
    "request_three_d_secure": _S302,
}
_S304: dict[str, Any] = {"type": "object", "properties": _S303}
_S305: dict[str, Any] = {"anyOf": [_S304, _S8]}
_S306: dict[str, Any] = {"anyOf": [_S6, _S70]}
_S307: dict[str, Any] = {"amount": _S2, "purpose": _S306}
_S308: dict[str, Any] = {"type": "object", "properties": _S307}
_S309: dict[str, Any] = {"mandate_options": _S308}
_S310: dict[str, Any] = {"type": "object", "properties": _S309}
_S311: dict[str, Any] = {"anyOf": [_S310, _S8]}
_S312: dict[str, Any] = {"anyOf": [_S6, _S76]}
_S313: dict[str, Any] = {
    "type": "string",
    "enum": ["halfyearly", "monthly", "quarterly", "weekly", "yearly"],
}
_S314: dict[str, Any] = {"anyOf": [_S6, _S313]}
_S315: dict[str, Any] = {
    "amount": _S2,
    "amount_includes_iof": _S312,
    "end_date": _S6,
    "payment_schedule": _S314,
}
_S316: dict[str, Any] = {"type": "object", "properties": _S315}
_S317: dict[str, Any] = {"expires_after_seconds": _S2, "mandate_options": _S316}
_S318: dict[str, Any] = {"type": "object", "properties": _S317}
_S319: dict[str, Any] = {"anyOf": [_S318, _S8]}
_S320: dict[str, Any] = {"amount": _S2, "amount_type": _S297, "description": _S6, "end_date": _S2}
_S321: dict[str, Any] = {"type": "object", "properties": _S320}
_S322: dict[str, Any] = {"mandate_options": _S321}
_S323: dict[str, Any] = {"type": "object", "properties": _S322}
_S324: dict[str, Any] = {"anyOf": [_S323, _S8]}
_S325: dict[str, Any] = {"anyOf": [_S6, _S86]}
_S326: dict[str, Any] = {"type": "array", "items": _S325}
_S327: dict[str, Any] = {"account_subcategories": _S326}
_S328: dict[str, Any] = {"type": "object", "properties": _S327}
_S329: dict[str, Any] = {"anyOf": [_S6, _S90]}
_S330: dict[str, Any] = {"type": "array", "items": _S329}
_S331: dict[str, Any] = {"anyOf": [_S6, _S92]}
_S332: dict[str, Any] = {"type": "array", "items": _S331}
_S333: dict[str, Any] = {"filters": _S328, "permissions": _S330, "prefetch": _S332}
_S334: dict[str, Any] = {"type": "object", "properties": _S333}
_S335: dict[str, Any] = {"financial_connections": _S334, "verification_method": _S277}
_S336: dict[str, Any] = {"type": "object", "properties": _S335}
_S337: dict[str, Any] = {"anyOf": [_S336, _S8]}
_S338: dict[str, Any] = {
    "acss_debit": _S280,
    "bancontact": _S284,
    "billie": _S291,
    "blik": _S296,
    "card": _S305,
    "customer_balance": _S69,
    "konbini": _S51,
    "payto": _S311,
    "pix": _S319,
    "sepa_debit": _S51,
    "upi": _S324,
    "us_bank_account": _S337,
}
_S339: dict[str, Any] = {"type": "object", "properties": _S338}
_S340: dict[str, Any] = {"anyOf": [_S6, _S101]}
_S341: dict[str, Any] = {"type": "array", "items": _S340}
_S342: dict[str, Any] = {"anyOf": [_S341, _S8]}
_S343: dict[str, Any] = {"type": "string", "enum": ["off", "on_subscription"]}
_S344: dict[str, Any] = {"anyOf": [_S6, _S343]}
_S345: dict[str, Any] = {
    "payment_method_options": _S339,
    "payment_method_types": _S342,
    "save_default_payment_method": _S344,
}
_S346: dict[str, Any] = {"type": "object", "properties": _S345}
_S347: dict[str, Any] = {"anyOf": [_S265, _S8]}
_S348: dict[str, Any] = {"anyOf": [_S6, _S162]}
_S349: dict[str, Any] = {"type": "string", "enum": ["now", "unchanged"]}
_S350: dict[str, Any] = {"anyOf": [_S6, _S349]}
_S351: dict[str, Any] = {"type": "string", "enum": ["cancel", "create_invoice", "pause"]}
_S352: dict[str, Any] = {"anyOf": [_S6, _S351]}
_S353: dict[str, Any] = {"billing_cycle_anchor": _S350, "missing_payment_method": _S352}
_S354: dict[str, Any] = {"type": "object", "properties": _S353}
_S355: dict[str, Any] = {"end_behavior": _S354}
_S356: dict[str, Any] = {"type": "object", "properties": _S355, "required": ["end_behavior"]}
_S357: dict[str, Any] = {"type": _S350}
_S358: dict[str, Any] = {"type": "object", "properties": _S357, "required": ["type"]}
_S359: dict[str, Any] = {
    "type": "string",
    "enum": [
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
    ],
}
_S360: dict[str, Any] = {"anyOf": [_S6, _S359, _S8]}
_S361: dict[str, Any] = {"comment": _S26, "feedback": _S360, "feedback_option": _S6}
_S362: dict[str, Any] = {"type": "object", "properties": _S361}
_S363: dict[str, Any] = {"anyOf": [_S6, _S198]}
_S364: dict[str, Any] = {"amount_off": _S2}
_S365: dict[str, Any] = {"type": "object", "properties": _S364, "required": ["amount_off"]}
_S366: dict[str, Any] = {"type": "object", "additionalProperties": _S365}
_S367: dict[str, Any] = {"type": "string", "enum": ["good", "service"]}
_S368: dict[str, Any] = {"anyOf": [_S6, _S367]}
_S369: dict[str, Any] = {"enabled": _S10, "maximum": _S2, "minimum": _S2, "preset": _S2}
_S370: dict[str, Any] = {"type": "object", "properties": _S369, "required": ["enabled"]}
_S371: dict[str, Any] = {"type": "string", "enum": ["inf"]}
_S372: dict[str, Any] = {"anyOf": [_S2, _S371]}
_S373: dict[str, Any] = {
    "flat_amount": _S2,
    "flat_amount_decimal": _S147,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
    "up_to": _S372,
}
_S374: dict[str, Any] = {"type": "object", "properties": _S373, "required": ["up_to"]}
_S375: dict[str, Any] = {"type": "array", "items": _S374}
_S376: dict[str, Any] = {
    "custom_unit_amount": _S370,
    "tax_behavior": _S251,
    "tiers": _S375,
    "unit_amount": _S2,
    "unit_amount_decimal": _S147,
}
_S377: dict[str, Any] = {"type": "object", "properties": _S376}
_S378: dict[str, Any] = {"type": "object", "additionalProperties": _S377}
_S379: dict[str, Any] = {"name": _S6}
_S380: dict[str, Any] = {"type": "object", "properties": _S379, "required": ["name"]}
_S381: dict[str, Any] = {"type": "array", "items": _S380}
_S382: dict[str, Any] = {"height": _S163, "length": _S163, "weight": _S163, "width": _S163}
_S383: dict[str, Any] = {
    "type": "object",
    "properties": _S382,
    "required": ["height", "length", "weight", "width"],
}
_S384: dict[str, Any] = {"type": "string", "enum": ["licensed", "metered"]}
_S385: dict[str, Any] = {"anyOf": [_S6, _S384]}

REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {
    "GetInvoices": {
        "properties": {
            "collection_method": _S1,
            "created": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "due_date": _S5,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "status": {
                "type": "string",
                "enum": ["draft", "open", "paid", "uncollectible", "void"],
            },
            "subscription": _S6,
        },
        "required": [],
    },
    "PostInvoices": {
        "properties": {
            "account_tax_ids": _S9,
            "application_fee_amount": _S2,
            "auto_advance": _S10,
            "automatic_tax": _S15,
            "automatically_finalizes_at": _S2,
            "collection_method": _S1,
            "currency": _S6,
            "custom_fields": _S19,
            "customer": _S6,
            "customer_account": _S6,
            "days_until_due": _S2,
            "default_payment_method": _S6,
            "default_source": _S6,
            "default_tax_rates": _S7,
            "description": _S6,
            "discounts": _S23,
            "due_date": _S2,
            "effective_at": _S2,
            "expand": _S7,
            "footer": _S6,
            "from_invoice": {
                "type": "object",
                "properties": {"action": {"type": "string", "enum": ["revision"]}, "invoice": _S6},
                "required": ["action", "invoice"],
            },
            "issuer": _S13,
            "metadata": _S25,
            "number": _S6,
            "on_behalf_of": _S6,
            "payment_settings": _S105,
            "pending_invoice_items_behavior": {"type": "string", "enum": ["exclude", "include"]},
            "rendering": _S113,
            "shipping_cost": _S129,
            "shipping_details": _S131,
            "statement_descriptor": _S6,
            "subscription": _S6,
            "transfer_data": _S133,
        },
        "required": [],
    },
    "GetInvoicesSearch": _S135,
    "PostInvoicesCreatePreview": {
        "properties": {
            "automatic_tax": _S15,
            "currency": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "customer_details": {
                "type": "object",
                "properties": {
                    "address": _S40,
                    "shipping": _S138,
                    "tax": {"type": "object", "properties": {"ip_address": _S26}},
                    "tax_exempt": _S140,
                    "tax_ids": _S144,
                },
            },
            "discounts": _S23,
            "expand": _S7,
            "invoice_items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": _S2,
                        "currency": _S6,
                        "description": _S6,
                        "discountable": _S10,
                        "discounts": _S23,
                        "invoiceitem": _S6,
                        "metadata": _S25,
                        "period": _S146,
                        "price": _S6,
                        "price_data": _S149,
                        "quantity": _S2,
                        "quantity_decimal": _S147,
                        "tax_behavior": _S119,
                        "tax_code": _S26,
                        "tax_rates": _S9,
                        "unit_amount": _S2,
                        "unit_amount_decimal": _S147,
                    },
                },
            },
            "issuer": _S13,
            "on_behalf_of": _S26,
            "preview_mode": {"type": "string", "enum": ["next", "recurring"]},
            "schedule": _S6,
            "schedule_details": {
                "type": "object",
                "properties": {
                    "billing_mode": _S155,
                    "end_behavior": {"type": "string", "enum": ["cancel", "release"]},
                    "pause_schedules": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "key": _S6,
                                        "pause": {
                                            "type": "object",
                                            "properties": {
                                                "pause_at": {
                                                    "type": "object",
                                                    "properties": {
                                                        "timestamp": _S2,
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
                                                        "invoicing_behavior": _S156,
                                                        "type": _S157,
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
                                                                "duration": _S160,
                                                                "timestamp": _S2,
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
                                                                "payment_behavior": _S161,
                                                                "proration_behavior": _S162,
                                                            },
                                                        },
                                                    },
                                                },
                                                _S8,
                                            ]
                                        },
                                    },
                                },
                            },
                            _S8,
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
                                            "discountable": _S10,
                                            "discounts": _S22,
                                            "metadata": _S24,
                                            "period": {
                                                "type": "object",
                                                "properties": {
                                                    "end": {
                                                        "type": "object",
                                                        "properties": {
                                                            "timestamp": _S2,
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
                                                            "timestamp": _S2,
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
                                            "price": _S6,
                                            "price_data": _S149,
                                            "quantity": _S2,
                                            "tax_rates": _S9,
                                        },
                                    },
                                },
                                "application_fee_percent": _S163,
                                "automatic_tax": _S15,
                                "billing_cycle_anchor": {
                                    "type": "string",
                                    "enum": ["automatic", "phase_start"],
                                },
                                "billing_thresholds": _S166,
                                "collection_method": _S1,
                                "currency": _S6,
                                "default_payment_method": _S6,
                                "default_tax_rates": _S9,
                                "description": _S26,
                                "discounts": _S23,
                                "duration": _S160,
                                "end_date": _S168,
                                "invoice_settings": {
                                    "type": "object",
                                    "properties": {
                                        "account_tax_ids": _S9,
                                        "days_until_due": _S2,
                                        "issuer": _S13,
                                    },
                                },
                                "items": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "billing_thresholds": _S171,
                                            "discounts": _S23,
                                            "metadata": _S24,
                                            "plan": _S6,
                                            "price": _S6,
                                            "price_data": _S173,
                                            "quantity": _S2,
                                            "tax_rates": _S9,
                                        },
                                    },
                                },
                                "metadata": _S24,
                                "on_behalf_of": _S6,
                                "proration_behavior": _S162,
                                "start_date": _S168,
                                "transfer_data": _S175,
                                "trial": _S10,
                                "trial_end": _S168,
                            },
                            "required": ["items"],
                        },
                    },
                    "proration_behavior": _S162,
                },
            },
            "subscription": _S6,
            "subscription_details": {
                "type": "object",
                "properties": {
                    "billing_cycle_anchor": {
                        "type": "object",
                        "properties": {
                            "timestamp": _S2,
                            "type": {"type": "string", "enum": ["now", "timestamp", "unchanged"]},
                        },
                        "required": ["type"],
                    },
                    "billing_mode": _S155,
                    "billing_schedules": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "applies_to": _S179,
                                        "bill_until": {
                                            "type": "object",
                                            "properties": {
                                                "duration": _S160,
                                                "timestamp": _S2,
                                                "type": _S180,
                                            },
                                            "required": ["type"],
                                        },
                                        "key": _S6,
                                    },
                                },
                            },
                            _S8,
                        ]
                    },
                    "cancel_at": {"anyOf": [_S2, _S181, _S8]},
                    "cancel_at_period_end": _S10,
                    "cancel_now": _S10,
                    "default_tax_rates": _S9,
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "billing_thresholds": _S171,
                                "clear_usage": _S10,
                                "current_trial": _S183,
                                "deleted": _S10,
                                "discounts": _S23,
                                "id": _S6,
                                "metadata": _S25,
                                "plan": _S6,
                                "price": _S6,
                                "price_data": _S173,
                                "quantity": _S2,
                                "tax_rates": _S9,
                            },
                        },
                    },
                    "metadata": _S25,
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
                            "invoicing_behavior": _S156,
                            "type": _S157,
                        },
                    },
                    "proration_behavior": _S162,
                    "proration_date": _S2,
                    "resume_at": _S167,
                    "start_date": _S2,
                    "trial_end": _S168,
                },
            },
        },
        "required": [],
    },
    "GetInvoicesInvoice": _S185,
    "PostInvoicesInvoice": {
        "properties": {
            "account_tax_ids": _S9,
            "application_fee_amount": _S2,
            "auto_advance": _S10,
            "automatic_tax": _S15,
            "automatically_finalizes_at": _S2,
            "collection_method": _S1,
            "custom_fields": _S19,
            "days_until_due": _S2,
            "default_payment_method": _S6,
            "default_source": _S26,
            "default_tax_rates": _S9,
            "description": _S6,
            "discounts": _S23,
            "due_date": _S2,
            "effective_at": _S111,
            "expand": _S7,
            "footer": _S6,
            "issuer": _S13,
            "metadata": _S25,
            "number": _S26,
            "on_behalf_of": _S26,
            "payment_settings": _S105,
            "rendering": _S113,
            "shipping_cost": {"anyOf": [_S129, _S8]},
            "shipping_details": {"anyOf": [_S131, _S8]},
            "statement_descriptor": _S6,
            "transfer_data": {"anyOf": [_S133, _S8]},
        },
        "required": [],
    },
    "DeleteInvoicesInvoice": _S186,
    "PostInvoicesInvoiceFinalize": {
        "properties": {"auto_advance": _S10, "expand": _S7},
        "required": [],
    },
    "PostInvoicesInvoiceSend": _S185,
    "PostInvoicesInvoicePay": {
        "properties": {
            "expand": _S7,
            "forgive": _S10,
            "mandate": _S26,
            "off_session": _S10,
            "paid_out_of_band": _S10,
            "payment_method": _S6,
            "source": _S6,
        },
        "required": [],
    },
    "PostInvoicesInvoiceVoid": _S185,
    "PostInvoicesInvoiceMarkUncollectible": _S185,
    "GetInvoicesInvoiceLines": _S188,
    "PostInvoicesInvoiceLinesLineItemId": {
        "properties": {
            "amount": _S2,
            "description": _S6,
            "discountable": _S10,
            "discounts": _S23,
            "expand": _S7,
            "metadata": _S25,
            "period": _S146,
            "price_data": _S194,
            "pricing": _S196,
            "quantity": _S2,
            "quantity_decimal": _S147,
            "tax_amounts": _S205,
            "tax_rates": _S9,
        },
        "required": [],
    },
    "PostInvoicesInvoiceAddLines": {
        "properties": {
            "expand": _S7,
            "invoice_metadata": _S25,
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": _S2,
                        "description": _S6,
                        "discountable": _S10,
                        "discounts": _S23,
                        "invoice_item": _S6,
                        "metadata": _S25,
                        "period": _S146,
                        "price_data": _S194,
                        "pricing": _S196,
                        "quantity": _S2,
                        "quantity_decimal": _S147,
                        "tax_amounts": _S205,
                        "tax_rates": _S9,
                    },
                },
            },
        },
        "required": ["lines"],
    },
    "PostInvoicesInvoiceRemoveLines": {
        "properties": {
            "expand": _S7,
            "invoice_metadata": _S25,
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "behavior": {"type": "string", "enum": ["delete", "unassign"]},
                        "id": _S6,
                    },
                    "required": ["behavior", "id"],
                },
            },
        },
        "required": ["lines"],
    },
    "PostInvoicesInvoiceUpdateLines": {
        "properties": {
            "expand": _S7,
            "invoice_metadata": _S25,
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": _S2,
                        "description": _S6,
                        "discountable": _S10,
                        "discounts": _S23,
                        "id": _S6,
                        "metadata": _S25,
                        "period": _S146,
                        "price_data": _S194,
                        "pricing": _S196,
                        "quantity": _S2,
                        "quantity_decimal": _S147,
                        "tax_amounts": _S205,
                        "tax_rates": _S9,
                    },
                    "required": ["id"],
                },
            },
        },
        "required": ["lines"],
    },
    "GetInvoiceitems": {
        "properties": {
            "created": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "pending": _S10,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostInvoiceitems": {
        "properties": {
            "amount": _S2,
            "currency": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "description": _S6,
            "discountable": _S10,
            "discounts": _S23,
            "expand": _S7,
            "invoice": _S6,
            "metadata": _S25,
            "period": _S146,
            "price_data": _S149,
            "pricing": _S196,
            "quantity": _S2,
            "quantity_decimal": _S147,
            "subscription": _S6,
            "tax_behavior": _S119,
            "tax_code": _S26,
            "tax_rates": _S7,
            "unit_amount_decimal": _S147,
        },
        "required": [],
    },
    "GetInvoiceitemsInvoiceitem": _S185,
    "PostInvoiceitemsInvoiceitem": {
        "properties": {
            "amount": _S2,
            "description": _S6,
            "discountable": _S10,
            "discounts": _S23,
            "expand": _S7,
            "invoicing_rules": _S8,
            "metadata": _S25,
            "period": _S146,
            "price_data": _S149,
            "pricing": _S196,
            "quantity": _S2,
            "quantity_decimal": _S147,
            "tax_behavior": _S119,
            "tax_code": _S26,
            "tax_rates": _S9,
            "unit_amount_decimal": _S147,
        },
        "required": [],
    },
    "DeleteInvoiceitemsInvoiceitem": _S186,
    "GetCustomers": {
        "properties": {
            "created": _S5,
            "email": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "test_clock": _S6,
        },
        "required": [],
    },
    "PostCustomers": {
        "properties": {
            "address": _S40,
            "balance": _S2,
            "business_name": _S26,
            "cash_balance": _S210,
            "description": _S6,
            "email": _S6,
            "expand": _S7,
            "individual_name": _S26,
            "invoice_prefix": _S6,
            "invoice_settings": _S215,
            "metadata": _S25,
            "name": _S6,
            "next_invoice_sequence": _S2,
            "payment_method": _S6,
            "phone": _S6,
            "preferred_locales": _S7,
            "shipping": _S138,
            "source": _S6,
            "tax": {
                "type": "object",
                "properties": {
                    "ip_address": _S26,
                    "validate_location": {"type": "string", "enum": ["deferred", "immediately"]},
                },
            },
            "tax_exempt": _S140,
            "tax_id_data": _S144,
            "test_clock": _S6,
            "validate": _S10,
        },
        "required": [],
    },
    "GetCustomersSearch": _S135,
    "GetCustomersCustomer": _S185,
    "PostCustomersCustomer": {
        "properties": {
            "address": _S40,
            "balance": _S2,
            "business_name": _S26,
            "cash_balance": _S210,
            "default_source": _S6,
            "description": _S6,
            "email": _S6,
            "expand": _S7,
            "individual_name": _S26,
            "invoice_prefix": _S6,
            "invoice_settings": _S215,
            "metadata": _S25,
            "name": _S6,
            "next_invoice_sequence": _S2,
            "phone": _S6,
            "preferred_locales": _S7,
            "shipping": _S138,
            "source": _S6,
            "tax": {
                "type": "object",
                "properties": {
                    "ip_address": _S26,
                    "validate_location": {
                        "type": "string",
                        "enum": ["auto", "deferred", "immediately"],
                    },
                },
            },
            "tax_exempt": _S140,
            "validate": _S10,
        },
        "required": [],
    },
    "DeleteCustomersCustomer": _S186,
    "PostInvoicesInvoiceAttachPayment": {
        "properties": {"expand": _S7, "payment_intent": _S6, "payment_record": _S6},
        "required": [],
    },
    "GetCreditNotes": {
        "properties": {
            "created": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostCreditNotes": _S239,
    "GetCreditNotesPreview": _S239,
    "GetCreditNotesPreviewLines": {
        "properties": {
            "amount": _S2,
            "credit_amount": _S2,
            "effective_at": _S2,
            "email_type": _S217,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "lines": _S226,
            "memo": _S6,
            "metadata": _S24,
            "out_of_band_amount": _S2,
            "reason": _S228,
            "refund_amount": _S2,
            "refunds": _S235,
            "shipping_cost": _S237,
            "starting_after": _S6,
        },
        "required": ["invoice"],
    },
    "GetCreditNotesCreditNoteLines": _S188,
    "GetCreditNotesId": _S185,
    "PostCreditNotesId": {
        "properties": {"expand": _S7, "memo": _S6, "metadata": _S24},
        "required": [],
    },
    "PostCreditNotesIdVoid": _S185,
    "GetInvoicePayments": {
        "properties": {
            "created": _S5,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "payment": {
                "type": "object",
                "properties": {
                    "payment_intent": _S6,
                    "payment_record": _S6,
                    "type": {
                        "anyOf": [
                            _S6,
                            {"type": "string", "enum": ["payment_intent", "payment_record"]},
                        ]
                    },
                },
                "required": ["type"],
            },
            "starting_after": _S6,
            "status": {"anyOf": [_S6, {"type": "string", "enum": ["canceled", "open", "paid"]}]},
        },
        "required": [],
    },
    "GetInvoicePaymentsInvoicePayment": _S185,
    "GetSubscriptions": {
        "properties": {
            "automatic_tax": {
                "type": "object",
                "properties": {"enabled": _S10},
                "required": ["enabled"],
            },
            "collection_method": _S240,
            "created": _S5,
            "current_period_end": _S5,
            "current_period_start": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "plan": _S6,
            "price": _S6,
            "starting_after": _S6,
            "status": {
                "anyOf": [
                    _S6,
                    {
                        "type": "string",
                        "enum": [
                            "active",
                            "all",
                            "canceled",
                            "ended",
                            "incomplete",
                            "incomplete_expired",
                            "past_due",
                            "paused",
                            "trialing",
                            "unpaid",
                        ],
                    },
                ]
            },
            "test_clock": _S6,
        },
        "required": [],
    },
    "PostSubscriptions": {
        "properties": {
            "add_invoice_items": _S256,
            "application_fee_percent": _S257,
            "automatic_tax": _S262,
            "backdate_start_date": _S2,
            "billing_cycle_anchor": _S2,
            "billing_cycle_anchor_config": {
                "type": "object",
                "properties": {
                    "day_of_month": _S2,
                    "hour": _S2,
                    "minute": _S2,
                    "month": _S2,
                    "second": _S2,
                },
                "required": ["day_of_month"],
            },
            "billing_mode": {
                "type": "object",
                "properties": {
                    "flexible": {
                        "type": "object",
                        "properties": {"proration_discounts": {"anyOf": [_S6, _S150]}},
                    },
                    "type": {"anyOf": [_S6, _S153]},
                },
                "required": ["type"],
            },
            "billing_schedules": {
                "type": "array",
                "items": {"type": "object", "properties": _S269, "required": ["bill_until"]},
            },
            "billing_thresholds": _S166,
            "cancel_at": {"anyOf": [_S2, _S6, _S181]},
            "cancel_at_period_end": _S10,
            "collection_method": _S240,
            "currency": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "days_until_due": _S2,
            "default_payment_method": _S6,
            "default_source": _S6,
            "default_tax_rates": _S9,
            "description": _S6,
            "discounts": _S23,
            "expand": _S7,
            "invoice_settings": {
                "type": "object",
                "properties": {
                    "account_tax_ids": _S9,
                    "custom_fields": _S19,
                    "description": _S6,
                    "footer": _S6,
                    "issuer": _S260,
                },
            },
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "billing_thresholds": _S171,
                        "current_trial": _S183,
                        "discounts": _S23,
                        "metadata": _S24,
                        "plan": _S6,
                        "price": _S6,
                        "price_data": _S271,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S25,
            "off_session": _S10,
            "on_behalf_of": _S26,
            "payment_behavior": _S273,
            "payment_settings": _S346,
            "pending_invoice_item_interval": _S347,
            "proration_behavior": _S348,
            "transfer_data": _S175,
            "trial_end": _S168,
            "trial_from_plan": _S10,
            "trial_period_days": _S2,
            "trial_settings": _S356,
        },
        "required": [],
    },
    "GetSubscriptionsSearch": _S135,
    "GetSubscriptionsSubscriptionExposedId": _S185,
    "PostSubscriptionsSubscriptionExposedId": {
        "properties": {
            "add_invoice_items": _S256,
            "application_fee_percent": _S257,
            "automatic_tax": _S262,
            "billing_cycle_anchor": _S358,
            "billing_schedules": {
                "anyOf": [{"type": "array", "items": {"type": "object", "properties": _S269}}, _S8]
            },
            "billing_thresholds": _S166,
            "cancel_at": {"anyOf": [_S2, _S6, _S181, _S8]},
            "cancel_at_period_end": _S10,
            "cancellation_details": _S362,
            "collection_method": _S240,
            "days_until_due": _S2,
            "default_payment_method": _S6,
            "default_source": _S26,
            "default_tax_rates": _S9,
            "description": _S26,
            "discounts": _S23,
            "expand": _S7,
            "invoice_settings": {
                "type": "object",
                "properties": {
                    "account_tax_ids": _S9,
                    "custom_fields": _S19,
                    "description": _S26,
                    "footer": _S26,
                    "issuer": _S260,
                },
            },
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "billing_thresholds": _S171,
                        "clear_usage": _S10,
                        "current_trial": _S183,
                        "deleted": _S10,
                        "discounts": _S23,
                        "id": _S6,
                        "metadata": _S25,
                        "plan": _S6,
                        "price": _S6,
                        "price_data": _S271,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S25,
            "off_session": _S10,
            "on_behalf_of": _S26,
            "pause_collection": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "behavior": {
                                "anyOf": [
                                    _S6,
                                    {
                                        "type": "string",
                                        "enum": ["keep_as_draft", "mark_uncollectible", "void"],
                                    },
                                ]
                            },
                            "resumes_at": _S2,
                        },
                        "required": ["behavior"],
                    },
                    _S8,
                ]
            },
            "payment_behavior": _S273,
            "payment_settings": _S346,
            "pending_invoice_item_interval": _S347,
            "proration_behavior": _S348,
            "proration_date": _S2,
            "transfer_data": {"anyOf": [_S175, _S8]},
            "trial_end": _S168,
            "trial_from_plan": _S10,
            "trial_settings": _S356,
        },
        "required": [],
    },
    "DeleteSubscriptionsSubscriptionExposedId": {
        "properties": {
            "cancellation_details": _S362,
            "expand": _S7,
            "invoice_now": _S10,
            "prorate": _S10,
        },
        "required": [],
    },
    "PostSubscriptionsSubscriptionResume": {
        "properties": {
            "billing_cycle_anchor": _S358,
            "expand": _S7,
            "payment_behavior": {"anyOf": [_S6, _S161]},
            "proration_behavior": _S348,
            "proration_date": _S2,
        },
        "required": [],
    },
    "GetSubscriptionItems": {
        "properties": {
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "subscription": _S6,
        },
        "required": ["subscription"],
    },
    "PostSubscriptionItems": {
        "properties": {
            "billing_thresholds": _S171,
            "current_trial": _S183,
            "discounts": _S23,
            "expand": _S7,
            "metadata": _S24,
            "payment_behavior": _S273,
            "plan": _S6,
            "price": _S6,
            "price_data": _S271,
            "proration_behavior": _S348,
            "proration_date": _S2,
            "quantity": _S2,
            "subscription": _S6,
            "tax_rates": _S9,
        },
        "required": ["subscription"],
    },
    "GetSubscriptionItemsItem": _S185,
    "PostSubscriptionItemsItem": {
        "properties": {
            "billing_thresholds": _S171,
            "current_trial": _S183,
            "discounts": _S23,
            "expand": _S7,
            "metadata": _S25,
            "off_session": _S10,
            "payment_behavior": _S273,
            "plan": _S6,
            "price": _S6,
            "price_data": _S271,
            "proration_behavior": _S348,
            "proration_date": _S2,
            "quantity": _S2,
            "tax_rates": _S9,
        },
        "required": [],
    },
    "DeleteSubscriptionItemsItem": {
        "properties": {
            "clear_usage": _S10,
            "payment_behavior": _S273,
            "proration_behavior": _S348,
            "proration_date": _S2,
        },
        "required": [],
    },
    "GetTestHelpersTestClocks": _S188,
    "PostTestHelpersTestClocks": {
        "properties": {"customer": _S6, "expand": _S7, "frozen_time": _S2, "name": _S6},
        "required": ["frozen_time"],
    },
    "GetTestHelpersTestClocksTestClock": _S185,
    "DeleteTestHelpersTestClocksTestClock": _S186,
    "PostTestHelpersTestClocksTestClockAdvance": {
        "properties": {"expand": _S7, "frozen_time": _S2},
        "required": ["frozen_time"],
    },
    "GetTaxRates": {
        "properties": {
            "active": _S10,
            "created": _S5,
            "ending_before": _S6,
            "expand": _S7,
            "inclusive": _S10,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostTaxRates": {
        "properties": {
            "active": _S10,
            "country": _S6,
            "description": _S6,
            "display_name": _S6,
            "expand": _S7,
            "inclusive": _S10,
            "jurisdiction": _S6,
            "metadata": _S24,
            "percentage": _S163,
            "state": _S6,
            "tax_type": _S363,
        },
        "required": ["display_name", "inclusive", "percentage"],
    },
    "GetTaxRatesTaxRate": _S185,
    "PostTaxRatesTaxRate": {
        "properties": {
            "active": _S10,
            "country": _S6,
            "description": _S6,
            "display_name": _S6,
            "expand": _S7,
            "jurisdiction": _S6,
            "metadata": _S25,
            "state": _S6,
            "tax_type": _S363,
        },
        "required": [],
    },
    "GetCoupons": {
        "properties": {
            "created": _S5,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostCoupons": {
        "properties": {
            "amount_off": _S2,
            "applies_to": {"type": "object", "properties": {"products": _S7}},
            "currency": _S6,
            "currency_options": _S366,
            "duration": {
                "anyOf": [_S6, {"type": "string", "enum": ["forever", "once", "repeating"]}]
            },
            "duration_in_months": _S2,
            "expand": _S7,
            "id": _S6,
            "max_redemptions": _S2,
            "metadata": _S25,
            "name": _S6,
            "percent_off": _S163,
            "redeem_by": _S2,
        },
        "required": [],
    },
    "GetCouponsCoupon": _S185,
    "PostCouponsCoupon": {
        "properties": {"currency_options": _S366, "expand": _S7, "metadata": _S25, "name": _S6},
        "required": [],
    },
    "DeleteCouponsCoupon": _S186,
    "GetProducts": {
        "properties": {
            "active": _S10,
            "created": _S5,
            "ending_before": _S6,
            "expand": _S7,
            "ids": _S7,
            "limit": _S2,
            "shippable": _S10,
            "starting_after": _S6,
            "type": _S368,
            "url": _S6,
        },
        "required": [],
    },
    "PostProducts": {
        "properties": {
            "active": _S10,
            "default_price_data": {
                "type": "object",
                "properties": {
                    "currency": _S6,
                    "currency_options": _S378,
                    "custom_unit_amount": _S370,
                    "metadata": _S24,
                    "recurring": _S265,
                    "tax_behavior": _S251,
                    "unit_amount": _S2,
                    "unit_amount_decimal": _S147,
                },
                "required": ["currency"],
            },
            "description": _S6,
            "expand": _S7,
            "id": _S6,
            "images": _S7,
            "marketing_features": _S381,
            "metadata": _S24,
            "name": _S6,
            "package_dimensions": _S383,
            "shippable": _S10,
            "statement_descriptor": _S6,
            "tax_code": _S6,
            "tax_details": _S190,
            "type": _S368,
            "unit_label": _S6,
            "url": _S6,
        },
        "required": ["name"],
    },
    "GetProductsSearch": _S135,
    "GetProductsId": _S185,
    "PostProductsId": {
        "properties": {
            "active": _S10,
            "default_price": _S6,
            "description": _S26,
            "expand": _S7,
            "images": _S9,
            "marketing_features": {"anyOf": [_S381, _S8]},
            "metadata": _S25,
            "name": _S6,
            "package_dimensions": {"anyOf": [_S383, _S8]},
            "shippable": _S10,
            "statement_descriptor": _S6,
            "tax_code": _S26,
            "tax_details": {"anyOf": [_S190, _S8]},
            "unit_label": _S26,
            "url": _S26,
        },
        "required": [],
    },
    "DeleteProductsId": _S186,
    "GetPrices": {
        "properties": {
            "active": _S10,
            "created": _S5,
            "currency": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "lookup_keys": _S7,
            "product": _S6,
            "recurring": {
                "type": "object",
                "properties": {"interval": _S263, "meter": _S6, "usage_type": _S385},
            },
            "starting_after": _S6,
            "type": {"anyOf": [_S6, {"type": "string", "enum": ["one_time", "recurring"]}]},
        },
        "required": [],
    },
    "PostPrices": {
        "properties": {
            "active": _S10,
            "billing_scheme": {"anyOf": [_S6, {"type": "string", "enum": ["per_unit", "tiered"]}]},
            "currency": _S6,
            "currency_options": _S378,
            "custom_unit_amount": _S370,
            "expand": _S7,
            "lookup_key": _S6,
            "metadata": _S24,
            "nickname": _S6,
            "product": _S6,
            "product_data": {
                "type": "object",
                "properties": {
                    "active": _S10,
                    "id": _S6,
                    "metadata": _S24,
                    "name": _S6,
                    "statement_descriptor": _S6,
                    "tax_code": _S6,
                    "tax_details": _S190,
                    "unit_label": _S6,
                },
                "required": ["name"],
            },
            "recurring": {
                "type": "object",
                "properties": {
                    "interval": _S263,
                    "interval_count": _S2,
                    "meter": _S6,
                    "trial_period_days": _S2,
                    "usage_type": _S385,
                },
                "required": ["interval"],
            },
            "tax_behavior": _S251,
            "tiers": _S375,
            "tiers_mode": {"anyOf": [_S6, {"type": "string", "enum": ["graduated", "volume"]}]},
            "transfer_lookup_key": _S10,
            "transform_quantity": {
                "type": "object",
                "properties": {
                    "divide_by": _S2,
                    "round": {"anyOf": [_S6, {"type": "string", "enum": ["down", "up"]}]},
                },
                "required": ["divide_by", "round"],
            },
            "unit_amount": _S2,
            "unit_amount_decimal": _S147,
        },
        "required": ["currency"],
    },
    "GetPricesSearch": _S135,
    "GetPricesPrice": _S185,
    "PostPricesPrice": {
        "properties": {
            "active": _S10,
            "currency_options": {"anyOf": [_S378, _S8]},
            "expand": _S7,
            "lookup_key": _S6,
            "metadata": _S25,
            "nickname": _S6,
            "tax_behavior": _S251,
            "transfer_lookup_key": _S10,
        },
        "required": [],
    },
    "GetCustomersCustomerTaxIds": _S188,
    "PostCustomersCustomerTaxIds": {
        "properties": {"expand": _S7, "type": {"anyOf": [_S6, _S141]}, "value": _S6},
        "required": ["type", "value"],
    },
    "GetCustomersCustomerTaxIdsId": _S185,
    "DeleteCustomersCustomerTaxIdsId": _S186,
    "GetCustomersCustomerBalanceTransactions": {
        "properties": {
            "created": _S5,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostCustomersCustomerBalanceTransactions": {
        "properties": {
            "amount": _S2,
            "currency": _S6,
            "description": _S6,
            "expand": _S7,
            "metadata": _S25,
        },
        "required": ["amount", "currency"],
    },
    "GetCustomersCustomerBalanceTransactionsTransaction": _S185,
    "PostCustomersCustomerBalanceTransactionsTransaction": {
        "properties": {"description": _S6, "expand": _S7, "metadata": _S25},
        "required": [],
    },
    "GetEvents": {
        "properties": {
            "created": _S5,
            "delivery_success": _S10,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "type": _S6,
            "types": _S7,
        },
        "required": [],
    },
    "GetEventsId": _S185,
}
