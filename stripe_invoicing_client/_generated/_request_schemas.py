"""Request parameters per operation, as plain data (generated; do not edit).

Each distinct schema is one object, named once and shared by every use.
"""

from typing import Any

_S1: dict[str, Any] = {"type": "string", "enum": ["charge_automatically", "send_invoice"]}
_S2: dict[str, Any] = {"type": "integer"}
_S3: dict[str, Any] = {"gt": _S2, "gte": _S2, "lt": _S2, "lte": _S2}
_S4: dict[str, Any] = {"type": "object", "properties": _S3}
_S5: dict[str, Any] = {"anyOf": [_S4, _S2]}
_S6: dict[str, Any] = {"type": "string", "maxLength": 5000}
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
_S20: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": 3650}
_S21: dict[str, Any] = {"coupon": _S6, "discount": _S6, "promotion_code": _S6}
_S22: dict[str, Any] = {"type": "object", "properties": _S21}
_S23: dict[str, Any] = {"type": "array", "items": _S22}
_S24: dict[str, Any] = {"anyOf": [_S23, _S8]}
_S25: dict[str, Any] = {"type": "string"}
_S26: dict[str, Any] = {"type": "object", "additionalProperties": _S25}
_S27: dict[str, Any] = {"anyOf": [_S26, _S8]}
_S28: dict[str, Any] = {"anyOf": [_S6, _S8]}
_S29: dict[str, Any] = {"type": "string", "enum": ["business", "personal"]}
_S30: dict[str, Any] = {"transaction_type": _S29}
_S31: dict[str, Any] = {"type": "object", "properties": _S30}
_S32: dict[str, Any] = {"type": "string", "enum": ["automatic", "instant", "microdeposits"]}
_S33: dict[str, Any] = {"mandate_options": _S31, "verification_method": _S32}
_S34: dict[str, Any] = {"type": "object", "properties": _S33}
_S35: dict[str, Any] = {"anyOf": [_S34, _S8]}
_S36: dict[str, Any] = {"type": "string", "enum": ["de", "en", "fr", "nl"]}
_S37: dict[str, Any] = {"preferred_language": _S36}
_S38: dict[str, Any] = {"type": "object", "properties": _S37}
_S39: dict[str, Any] = {"anyOf": [_S38, _S8]}
_S40: dict[str, Any] = {
    "city": _S6,
    "country": _S6,
    "line1": _S6,
    "line2": _S6,
    "postal_code": _S6,
    "state": _S6,
}
_S41: dict[str, Any] = {"type": "object", "properties": _S40}
_S42: dict[str, Any] = {"anyOf": [_S41, _S8]}
_S43: dict[str, Any] = {
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
_S44: dict[str, Any] = {"anyOf": [_S43, _S8]}
_S45: dict[str, Any] = {
    "registered_address": _S42,
    "registered_name": _S6,
    "registration_number": _S6,
    "registration_type": _S44,
    "vat": _S6,
}
_S46: dict[str, Any] = {"type": "object", "properties": _S45}
_S47: dict[str, Any] = {"anyOf": [_S46, _S8]}
_S48: dict[str, Any] = {"company_details": _S47, "reference": _S6}
_S49: dict[str, Any] = {"type": "object", "properties": _S48}
_S50: dict[str, Any] = {"anyOf": [_S49, _S8]}
_S51: dict[str, Any] = {}
_S52: dict[str, Any] = {"type": "object", "properties": _S51}
_S53: dict[str, Any] = {"anyOf": [_S52, _S8]}
_S54: dict[str, Any] = {"type": "string", "enum": ["month"]}
_S55: dict[str, Any] = {"type": "string", "enum": ["bonus", "fixed_count", "revolving"]}
_S56: dict[str, Any] = {"count": _S2, "interval": _S54, "type": _S55}
_S57: dict[str, Any] = {"type": "object", "properties": _S56, "required": ["type"]}
_S58: dict[str, Any] = {"anyOf": [_S57, _S8]}
_S59: dict[str, Any] = {"enabled": _S10, "plan": _S58}
_S60: dict[str, Any] = {"type": "object", "properties": _S59}
_S61: dict[str, Any] = {"type": "string", "enum": ["any", "automatic", "challenge"]}
_S62: dict[str, Any] = {"installments": _S60, "request_three_d_secure": _S61}
_S63: dict[str, Any] = {"type": "object", "properties": _S62}
_S64: dict[str, Any] = {"anyOf": [_S63, _S8]}
_S65: dict[str, Any] = {"country": _S6}
_S66: dict[str, Any] = {"type": "object", "properties": _S65, "required": ["country"]}
_S67: dict[str, Any] = {"eu_bank_transfer": _S66, "type": _S6}
_S68: dict[str, Any] = {"type": "object", "properties": _S67}
_S69: dict[str, Any] = {"bank_transfer": _S68, "funding_type": _S6}
_S70: dict[str, Any] = {"type": "object", "properties": _S69}
_S71: dict[str, Any] = {"anyOf": [_S70, _S8]}
_S72: dict[str, Any] = {
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
_S73: dict[str, Any] = {"amount": _S2, "purpose": _S72}
_S74: dict[str, Any] = {"type": "object", "properties": _S73}
_S75: dict[str, Any] = {"mandate_options": _S74}
_S76: dict[str, Any] = {"type": "object", "properties": _S75}
_S77: dict[str, Any] = {"anyOf": [_S76, _S8]}
_S78: dict[str, Any] = {"type": "string", "enum": ["always", "never"]}
_S79: dict[str, Any] = {"amount_includes_iof": _S78, "expires_after_seconds": _S2}
_S80: dict[str, Any] = {"type": "object", "properties": _S79}
_S81: dict[str, Any] = {"anyOf": [_S80, _S8]}
_S82: dict[str, Any] = {"type": "string", "enum": ["fixed", "maximum"]}
_S83: dict[str, Any] = {"amount": _S2, "amount_type": _S82, "description": _S6, "end_date": _S2}
_S84: dict[str, Any] = {"type": "object", "properties": _S83}
_S85: dict[str, Any] = {"mandate_options": _S84}
_S86: dict[str, Any] = {"type": "object", "properties": _S85}
_S87: dict[str, Any] = {"anyOf": [_S86, _S8]}
_S88: dict[str, Any] = {"type": "string", "enum": ["checking", "savings"]}
_S89: dict[str, Any] = {"type": "array", "items": _S88}
_S90: dict[str, Any] = {"account_subcategories": _S89}
_S91: dict[str, Any] = {"type": "object", "properties": _S90}
_S92: dict[str, Any] = {
    "type": "string",
    "enum": ["balances", "ownership", "payment_method", "transactions"],
}
_S93: dict[str, Any] = {"type": "array", "items": _S92}
_S94: dict[str, Any] = {"type": "string", "enum": ["balances", "ownership", "transactions"]}
_S95: dict[str, Any] = {"type": "array", "items": _S94}
_S96: dict[str, Any] = {"filters": _S91, "permissions": _S93, "prefetch": _S95}
_S97: dict[str, Any] = {"type": "object", "properties": _S96}
_S98: dict[str, Any] = {"financial_connections": _S97, "verification_method": _S32}
_S99: dict[str, Any] = {"type": "object", "properties": _S98}
_S100: dict[str, Any] = {"anyOf": [_S99, _S8]}
_S101: dict[str, Any] = {
    "acss_debit": _S35,
    "bancontact": _S39,
    "billie": _S50,
    "blik": _S53,
    "card": _S64,
    "customer_balance": _S71,
    "konbini": _S53,
    "payto": _S77,
    "pix": _S81,
    "sepa_debit": _S53,
    "upi": _S87,
    "us_bank_account": _S100,
}
_S102: dict[str, Any] = {"type": "object", "properties": _S101}
_S103: dict[str, Any] = {
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
_S104: dict[str, Any] = {"type": "array", "items": _S103}
_S105: dict[str, Any] = {"anyOf": [_S104, _S8]}
_S106: dict[str, Any] = {
    "default_mandate": _S28,
    "payment_method_options": _S102,
    "payment_method_types": _S105,
}
_S107: dict[str, Any] = {"type": "object", "properties": _S106}
_S108: dict[str, Any] = {"type": "string", "enum": ["exclude_tax", "include_inclusive_tax"]}
_S109: dict[str, Any] = {"anyOf": [_S108, _S8]}
_S110: dict[str, Any] = {"type": "string", "enum": ["a4", "auto", "letter"]}
_S111: dict[str, Any] = {"page_size": _S110}
_S112: dict[str, Any] = {"type": "object", "properties": _S111}
_S113: dict[str, Any] = {"anyOf": [_S2, _S8]}
_S114: dict[str, Any] = {
    "amount_tax_display": _S109,
    "pdf": _S112,
    "template": _S6,
    "template_version": _S113,
}
_S115: dict[str, Any] = {"type": "object", "properties": _S114}
_S116: dict[str, Any] = {"type": "string", "enum": ["business_day", "day", "hour", "month", "week"]}
_S117: dict[str, Any] = {"unit": _S116, "value": _S2}
_S118: dict[str, Any] = {"type": "object", "properties": _S117, "required": ["unit", "value"]}
_S119: dict[str, Any] = {"maximum": _S118, "minimum": _S118}
_S120: dict[str, Any] = {"type": "object", "properties": _S119}
_S121: dict[str, Any] = {"type": "string", "enum": ["exclusive", "inclusive", "unspecified"]}
_S122: dict[str, Any] = {"amount": _S2, "tax_behavior": _S121}
_S123: dict[str, Any] = {"type": "object", "properties": _S122, "required": ["amount"]}
_S124: dict[str, Any] = {"type": "object", "additionalProperties": _S123}
_S125: dict[str, Any] = {"amount": _S2, "currency": _S6, "currency_options": _S124}
_S126: dict[str, Any] = {"type": "object", "properties": _S125, "required": ["amount", "currency"]}
_S127: dict[str, Any] = {"type": "string", "enum": ["fixed_amount"]}
_S128: dict[str, Any] = {
    "delivery_estimate": _S120,
    "display_name": _S6,
    "fixed_amount": _S126,
    "metadata": _S26,
    "tax_behavior": _S121,
    "tax_code": _S6,
    "type": _S127,
}
_S129: dict[str, Any] = {"type": "object", "properties": _S128, "required": ["display_name"]}
_S130: dict[str, Any] = {"shipping_rate": _S6, "shipping_rate_data": _S129}
_S131: dict[str, Any] = {"type": "object", "properties": _S130}
_S132: dict[str, Any] = {"address": _S41, "name": _S6, "phone": _S28}
_S133: dict[str, Any] = {"type": "object", "properties": _S132, "required": ["address", "name"]}
_S134: dict[str, Any] = {"amount": _S2, "destination": _S6}
_S135: dict[str, Any] = {"type": "object", "properties": _S134, "required": ["destination"]}
_S136: dict[str, Any] = {"expand": _S7, "limit": _S2, "page": _S6, "query": _S6}
_S137: dict[str, Any] = {"properties": _S136, "required": ["query"]}
_S138: dict[str, Any] = {"address": _S41, "name": _S6, "phone": _S6}
_S139: dict[str, Any] = {"type": "object", "properties": _S138, "required": ["address", "name"]}
_S140: dict[str, Any] = {"anyOf": [_S139, _S8]}
_S141: dict[str, Any] = {"type": "string", "enum": ["exempt", "none", "reverse"]}
_S142: dict[str, Any] = {"anyOf": [_S141, _S8]}
_S143: dict[str, Any] = {
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
_S144: dict[str, Any] = {"type": _S143, "value": _S6}
_S145: dict[str, Any] = {"type": "object", "properties": _S144, "required": ["type", "value"]}
_S146: dict[str, Any] = {"type": "array", "items": _S145}
_S147: dict[str, Any] = {"end": _S2, "start": _S2}
_S148: dict[str, Any] = {"type": "object", "properties": _S147, "required": ["end", "start"]}
_S149: dict[str, Any] = {"type": "string", "format": "decimal"}
_S150: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "tax_behavior": _S121,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S151: dict[str, Any] = {"type": "object", "properties": _S150, "required": ["currency", "product"]}
_S152: dict[str, Any] = {"type": "string", "enum": ["included", "itemized"]}
_S153: dict[str, Any] = {"proration_discounts": _S152}
_S154: dict[str, Any] = {"type": "object", "properties": _S153}
_S155: dict[str, Any] = {"type": "string", "enum": ["classic", "flexible"]}
_S156: dict[str, Any] = {"flexible": _S154, "type": _S155}
_S157: dict[str, Any] = {"type": "object", "properties": _S156, "required": ["type"]}
_S158: dict[str, Any] = {"type": "string", "enum": ["invoice", "pending_invoice_item"]}
_S159: dict[str, Any] = {"type": "string", "enum": ["subscription"]}
_S160: dict[str, Any] = {"type": "string", "enum": ["day", "month", "week", "year"]}
_S161: dict[str, Any] = {"interval": _S160, "interval_count": _S2}
_S162: dict[str, Any] = {"type": "object", "properties": _S161, "required": ["interval"]}
_S163: dict[str, Any] = {
    "type": "string",
    "enum": ["resume_on_payment_attempt", "resume_on_payment_success"],
}
_S164: dict[str, Any] = {"type": "string", "enum": ["always_invoice", "create_prorations", "none"]}
_S165: dict[str, Any] = {"type": "number"}
_S166: dict[str, Any] = {"amount_gte": _S2, "reset_billing_cycle_anchor": _S10}
_S167: dict[str, Any] = {"type": "object", "properties": _S166}
_S168: dict[str, Any] = {"anyOf": [_S167, _S8]}
_S169: dict[str, Any] = {"type": "string", "enum": ["now"], "maxLength": 5000}
_S170: dict[str, Any] = {"anyOf": [_S2, _S169]}
_S171: dict[str, Any] = {"usage_gte": _S2}
_S172: dict[str, Any] = {"type": "object", "properties": _S171, "required": ["usage_gte"]}
_S173: dict[str, Any] = {"anyOf": [_S172, _S8]}
_S174: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "recurring": _S162,
    "tax_behavior": _S121,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S175: dict[str, Any] = {
    "type": "object",
    "properties": _S174,
    "required": ["currency", "product", "recurring"],
}
_S176: dict[str, Any] = {"amount_percent": _S165, "destination": _S6}
_S177: dict[str, Any] = {"type": "object", "properties": _S176, "required": ["destination"]}
_S178: dict[str, Any] = {"type": "string", "enum": ["price"]}
_S179: dict[str, Any] = {"price": _S6, "type": _S178}
_S180: dict[str, Any] = {"type": "object", "properties": _S179, "required": ["type"]}
_S181: dict[str, Any] = {"type": "array", "items": _S180}
_S182: dict[str, Any] = {"type": "string", "enum": ["duration", "timestamp"]}
_S183: dict[str, Any] = {"duration": _S162, "timestamp": _S2, "type": _S182}
_S184: dict[str, Any] = {"type": "object", "properties": _S183, "required": ["type"]}
_S185: dict[str, Any] = {"applies_to": _S181, "bill_until": _S184, "key": _S6}
_S186: dict[str, Any] = {"type": "object", "properties": _S185}
_S187: dict[str, Any] = {"type": "array", "items": _S186}
_S188: dict[str, Any] = {"anyOf": [_S187, _S8]}
_S189: dict[str, Any] = {
    "type": "string",
    "enum": ["max_billed_until", "max_period_end", "min_period_end"],
}
_S190: dict[str, Any] = {"anyOf": [_S2, _S189, _S8]}
_S191: dict[str, Any] = {"trial_offer": _S6}
_S192: dict[str, Any] = {"type": "object", "properties": _S191, "required": ["trial_offer"]}
_S193: dict[str, Any] = {"type": "string", "enum": ["none", "now"]}
_S194: dict[str, Any] = {"type": _S193}
_S195: dict[str, Any] = {"type": "object", "properties": _S194, "required": ["type"]}
_S196: dict[str, Any] = {"type": "string", "enum": ["item_current_period_start", "none", "now"]}
_S197: dict[str, Any] = {"type": _S196}
_S198: dict[str, Any] = {"type": "object", "properties": _S197, "required": ["type"]}
_S199: dict[str, Any] = {"outstanding_usage_through": _S195, "unused_time_from": _S198}
_S200: dict[str, Any] = {"type": "object", "properties": _S199}
_S201: dict[str, Any] = {"type": "string", "enum": ["now"]}
_S202: dict[str, Any] = {"expand": _S7}
_S203: dict[str, Any] = {"properties": _S202, "required": []}
_S204: dict[str, Any] = {"properties": _S51, "required": []}
_S205: dict[str, Any] = {"ending_before": _S6, "expand": _S7, "limit": _S2, "starting_after": _S6}
_S206: dict[str, Any] = {"properties": _S205, "required": []}
_S207: dict[str, Any] = {"performance_location": _S6, "tax_code": _S28}
_S208: dict[str, Any] = {"type": "object", "properties": _S207}
_S209: dict[str, Any] = {
    "description": _S6,
    "images": _S7,
    "metadata": _S26,
    "name": _S6,
    "tax_code": _S6,
    "tax_details": _S208,
    "unit_label": _S6,
}
_S210: dict[str, Any] = {"type": "object", "properties": _S209, "required": ["name"]}
_S211: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "product_data": _S210,
    "tax_behavior": _S121,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S212: dict[str, Any] = {"type": "object", "properties": _S211, "required": ["currency"]}
_S213: dict[str, Any] = {"price": _S6}
_S214: dict[str, Any] = {"type": "object", "properties": _S213}
_S215: dict[str, Any] = {
    "type": "string",
    "enum": ["city", "country", "county", "district", "multiple", "state"],
}
_S216: dict[str, Any] = {
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
_S217: dict[str, Any] = {
    "country": _S6,
    "description": _S6,
    "display_name": _S6,
    "inclusive": _S10,
    "jurisdiction": _S6,
    "jurisdiction_level": _S215,
    "percentage": _S165,
    "state": _S6,
    "tax_type": _S216,
}
_S218: dict[str, Any] = {
    "type": "object",
    "properties": _S217,
    "required": ["display_name", "inclusive", "percentage"],
}
_S219: dict[str, Any] = {
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
_S220: dict[str, Any] = {
    "amount": _S2,
    "tax_rate_data": _S218,
    "taxability_reason": _S219,
    "taxable_amount": _S2,
}
_S221: dict[str, Any] = {
    "type": "object",
    "properties": _S220,
    "required": ["amount", "tax_rate_data", "taxable_amount"],
}
_S222: dict[str, Any] = {"type": "array", "items": _S221}
_S223: dict[str, Any] = {"anyOf": [_S222, _S8]}
_S224: dict[str, Any] = {"type": "string", "enum": ["automatic", "manual", "merchant_default"]}
_S225: dict[str, Any] = {"reconciliation_mode": _S224}
_S226: dict[str, Any] = {"type": "object", "properties": _S225}
_S227: dict[str, Any] = {"settings": _S226}
_S228: dict[str, Any] = {"type": "object", "properties": _S227}
_S229: dict[str, Any] = {"amount_tax_display": _S109, "template": _S6}
_S230: dict[str, Any] = {"type": "object", "properties": _S229}
_S231: dict[str, Any] = {"anyOf": [_S230, _S8]}
_S232: dict[str, Any] = {
    "custom_fields": _S19,
    "default_payment_method": _S6,
    "footer": _S6,
    "rendering_options": _S231,
}
_S233: dict[str, Any] = {"type": "object", "properties": _S232}
_S234: dict[str, Any] = {"type": "string", "enum": ["credit_note", "none"]}
_S235: dict[str, Any] = {"type": "object", "additionalProperties": _S6}
_S236: dict[str, Any] = {"amount": _S2, "tax_rate": _S6, "taxable_amount": _S2}
_S237: dict[str, Any] = {
    "type": "object",
    "properties": _S236,
    "required": ["amount", "tax_rate", "taxable_amount"],
}
_S238: dict[str, Any] = {"type": "array", "items": _S237}
_S239: dict[str, Any] = {"anyOf": [_S238, _S8]}
_S240: dict[str, Any] = {"type": "string", "enum": ["custom_line_item", "invoice_line_item"]}
_S241: dict[str, Any] = {
    "amount": _S2,
    "description": _S6,
    "invoice_line_item": _S6,
    "metadata": _S235,
    "quantity": _S2,
    "tax_amounts": _S239,
    "tax_rates": _S9,
    "type": _S240,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S242: dict[str, Any] = {"type": "object", "properties": _S241, "required": ["type"]}
_S243: dict[str, Any] = {"type": "array", "items": _S242}
_S244: dict[str, Any] = {
    "type": "string",
    "enum": ["duplicate", "fraudulent", "order_change", "product_unsatisfactory"],
}
_S245: dict[str, Any] = {"payment_record": _S6, "refund_group": _S6}
_S246: dict[str, Any] = {
    "type": "object",
    "properties": _S245,
    "required": ["payment_record", "refund_group"],
}
_S247: dict[str, Any] = {"type": "string", "enum": ["payment_record_refund", "refund"]}
_S248: dict[str, Any] = {
    "amount_refunded": _S2,
    "payment_record_refund": _S246,
    "refund": _S6,
    "type": _S247,
}
_S249: dict[str, Any] = {"type": "object", "properties": _S248}
_S250: dict[str, Any] = {"type": "array", "items": _S249}
_S251: dict[str, Any] = {"shipping_rate": _S6}
_S252: dict[str, Any] = {"type": "object", "properties": _S251}
_S253: dict[str, Any] = {
    "amount": _S2,
    "credit_amount": _S2,
    "effective_at": _S2,
    "email_type": _S234,
    "expand": _S7,
    "invoice": _S6,
    "lines": _S243,
    "memo": _S6,
    "metadata": _S235,
    "out_of_band_amount": _S2,
    "reason": _S244,
    "refund_amount": _S2,
    "refunds": _S250,
    "shipping_cost": _S252,
}
_S254: dict[str, Any] = {"properties": _S253, "required": ["invoice"]}
_S255: dict[str, Any] = {"type": "string", "enum": ["min_item_period_end", "timestamp"]}
_S256: dict[str, Any] = {"timestamp": _S2, "type": _S255}
_S257: dict[str, Any] = {"type": "object", "properties": _S256, "required": ["type"]}
_S258: dict[str, Any] = {"type": "string", "enum": ["max_item_period_start", "now", "timestamp"]}
_S259: dict[str, Any] = {"timestamp": _S2, "type": _S258}
_S260: dict[str, Any] = {"type": "object", "properties": _S259, "required": ["type"]}
_S261: dict[str, Any] = {"end": _S257, "start": _S260}
_S262: dict[str, Any] = {"type": "object", "properties": _S261, "required": ["end", "start"]}
_S263: dict[str, Any] = {
    "discountable": _S10,
    "discounts": _S23,
    "metadata": _S235,
    "period": _S262,
    "price": _S6,
    "price_data": _S151,
    "quantity": _S2,
    "tax_rates": _S9,
}
_S264: dict[str, Any] = {"type": "object", "properties": _S263}
_S265: dict[str, Any] = {"type": "array", "items": _S264}
_S266: dict[str, Any] = {"anyOf": [_S165, _S8]}
_S267: dict[str, Any] = {"anyOf": [_S235, _S8]}
_S268: dict[str, Any] = {
    "type": "string",
    "enum": [
        "allow_incomplete",
        "default_incomplete",
        "error_if_incomplete",
        "pending_if_incomplete",
    ],
}
_S269: dict[str, Any] = {"company_details": _S47}
_S270: dict[str, Any] = {"type": "object", "properties": _S269}
_S271: dict[str, Any] = {"anyOf": [_S270, _S8]}
_S272: dict[str, Any] = {"expires_at": _S2}
_S273: dict[str, Any] = {"type": "object", "properties": _S272}
_S274: dict[str, Any] = {"mandate_options": _S273}
_S275: dict[str, Any] = {"type": "object", "properties": _S274}
_S276: dict[str, Any] = {"anyOf": [_S275, _S8]}
_S277: dict[str, Any] = {"amount": _S2, "amount_type": _S82, "description": _S6}
_S278: dict[str, Any] = {"type": "object", "properties": _S277}
_S279: dict[str, Any] = {
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
_S280: dict[str, Any] = {"mandate_options": _S278, "network": _S279, "request_three_d_secure": _S61}
_S281: dict[str, Any] = {"type": "object", "properties": _S280}
_S282: dict[str, Any] = {"anyOf": [_S281, _S8]}
_S283: dict[str, Any] = {
    "type": "string",
    "enum": ["halfyearly", "monthly", "quarterly", "weekly", "yearly"],
}
_S284: dict[str, Any] = {
    "amount": _S2,
    "amount_includes_iof": _S78,
    "end_date": _S6,
    "payment_schedule": _S283,
}
_S285: dict[str, Any] = {"type": "object", "properties": _S284}
_S286: dict[str, Any] = {"expires_after_seconds": _S2, "mandate_options": _S285}
_S287: dict[str, Any] = {"type": "object", "properties": _S286}
_S288: dict[str, Any] = {"anyOf": [_S287, _S8]}
_S289: dict[str, Any] = {
    "acss_debit": _S35,
    "bancontact": _S39,
    "billie": _S271,
    "blik": _S276,
    "card": _S282,
    "customer_balance": _S71,
    "konbini": _S53,
    "payto": _S77,
    "pix": _S288,
    "sepa_debit": _S53,
    "upi": _S87,
    "us_bank_account": _S100,
}
_S290: dict[str, Any] = {"type": "object", "properties": _S289}
_S291: dict[str, Any] = {"type": "string", "enum": ["off", "on_subscription"]}
_S292: dict[str, Any] = {
    "payment_method_options": _S290,
    "payment_method_types": _S105,
    "save_default_payment_method": _S291,
}
_S293: dict[str, Any] = {"type": "object", "properties": _S292}
_S294: dict[str, Any] = {"anyOf": [_S162, _S8]}
_S295: dict[str, Any] = {"anyOf": [_S2, _S201]}
_S296: dict[str, Any] = {"type": "string", "enum": ["now", "unchanged"]}
_S297: dict[str, Any] = {"type": "string", "enum": ["cancel", "create_invoice", "pause"]}
_S298: dict[str, Any] = {"billing_cycle_anchor": _S296, "missing_payment_method": _S297}
_S299: dict[str, Any] = {"type": "object", "properties": _S298}
_S300: dict[str, Any] = {"end_behavior": _S299}
_S301: dict[str, Any] = {"type": "object", "properties": _S300, "required": ["end_behavior"]}
_S302: dict[str, Any] = {"type": _S296}
_S303: dict[str, Any] = {"type": "object", "properties": _S302, "required": ["type"]}
_S304: dict[str, Any] = {
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
_S305: dict[str, Any] = {"anyOf": [_S304, _S8]}
_S306: dict[str, Any] = {"comment": _S28, "feedback": _S305, "feedback_option": _S6}
_S307: dict[str, Any] = {"type": "object", "properties": _S306}
_S308: dict[str, Any] = {"amount_off": _S2}
_S309: dict[str, Any] = {"type": "object", "properties": _S308, "required": ["amount_off"]}
_S310: dict[str, Any] = {"type": "object", "additionalProperties": _S309}
_S311: dict[str, Any] = {"type": "string", "enum": ["good", "service"]}
_S312: dict[str, Any] = {"enabled": _S10, "maximum": _S2, "minimum": _S2, "preset": _S2}
_S313: dict[str, Any] = {"type": "object", "properties": _S312, "required": ["enabled"]}
_S314: dict[str, Any] = {"type": "string", "enum": ["inf"]}
_S315: dict[str, Any] = {"anyOf": [_S2, _S314]}
_S316: dict[str, Any] = {
    "flat_amount": _S2,
    "flat_amount_decimal": _S149,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
    "up_to": _S315,
}
_S317: dict[str, Any] = {"type": "object", "properties": _S316, "required": ["up_to"]}
_S318: dict[str, Any] = {"type": "array", "items": _S317}
_S319: dict[str, Any] = {
    "custom_unit_amount": _S313,
    "tax_behavior": _S121,
    "tiers": _S318,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S320: dict[str, Any] = {"type": "object", "properties": _S319}
_S321: dict[str, Any] = {"type": "object", "additionalProperties": _S320}
_S322: dict[str, Any] = {"name": _S6}
_S323: dict[str, Any] = {"type": "object", "properties": _S322, "required": ["name"]}
_S324: dict[str, Any] = {"type": "array", "items": _S323}
_S325: dict[str, Any] = {"height": _S165, "length": _S165, "weight": _S165, "width": _S165}
_S326: dict[str, Any] = {
    "type": "object",
    "properties": _S325,
    "required": ["height", "length", "weight", "width"],
}
_S327: dict[str, Any] = {"type": "string", "enum": ["licensed", "metered"]}
_S328: dict[str, Any] = {"minimum_amount": _S2}
_S329: dict[str, Any] = {"type": "object", "properties": _S328}
_S330: dict[str, Any] = {"type": "object", "additionalProperties": _S329}
_S331: dict[str, Any] = {
    "custom_fields": _S19,
    "days_until_due": _S20,
    "description": _S28,
    "footer": _S28,
    "issuer": _S13,
}
_S332: dict[str, Any] = {"type": "object", "properties": _S331}
_S333: dict[str, Any] = {"type": "object", "properties": _S174, "required": ["currency", "product"]}
_S334: dict[str, Any] = {"type": "string", "enum": ["current_period_end"]}
_S335: dict[str, Any] = {"anyOf": [_S2, _S334, _S8]}
_S336: dict[str, Any] = {"amount": _S2, "amount_percent": _S165, "destination": _S6}
_S337: dict[str, Any] = {"type": "object", "properties": _S336, "required": ["destination"]}
_S338: dict[str, Any] = {"anyOf": [_S337, _S8]}

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
            "days_until_due": _S20,
            "default_payment_method": _S6,
            "default_source": _S6,
            "default_tax_rates": _S7,
            "description": _S6,
            "discounts": _S24,
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
            "metadata": _S27,
            "number": _S6,
            "on_behalf_of": _S6,
            "payment_settings": _S107,
            "pending_invoice_items_behavior": {"type": "string", "enum": ["exclude", "include"]},
            "rendering": _S115,
            "shipping_cost": _S131,
            "shipping_details": _S133,
            "statement_descriptor": _S6,
            "subscription": _S6,
            "transfer_data": _S135,
        },
        "required": [],
    },
    "GetInvoicesSearch": _S137,
    "PostInvoicesCreatePreview": {
        "properties": {
            "automatic_tax": _S15,
            "currency": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "customer_details": {
                "type": "object",
                "properties": {
                    "address": _S42,
                    "shipping": _S140,
                    "tax": {"type": "object", "properties": {"ip_address": _S28}},
                    "tax_exempt": _S142,
                    "tax_ids": _S146,
                },
            },
            "discounts": _S24,
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
                        "discounts": _S24,
                        "invoiceitem": _S6,
                        "metadata": _S27,
                        "period": _S148,
                        "price": _S6,
                        "price_data": _S151,
                        "quantity": _S2,
                        "quantity_decimal": _S149,
                        "tax_behavior": _S121,
                        "tax_code": _S28,
                        "tax_rates": _S9,
                        "unit_amount": _S2,
                        "unit_amount_decimal": _S149,
                    },
                },
            },
            "issuer": _S13,
            "on_behalf_of": _S28,
            "preview_mode": {"type": "string", "enum": ["next", "recurring"]},
            "schedule": _S6,
            "schedule_details": {
                "type": "object",
                "properties": {
                    "billing_mode": _S157,
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
                                                        "invoicing_behavior": _S158,
                                                        "type": _S159,
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
                                                                "duration": _S162,
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
                                                                "payment_behavior": _S163,
                                                                "proration_behavior": _S164,
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
                                            "discounts": _S23,
                                            "metadata": _S26,
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
                                            "price_data": _S151,
                                            "quantity": _S2,
                                            "tax_rates": _S9,
                                        },
                                    },
                                },
                                "application_fee_percent": _S165,
                                "automatic_tax": _S15,
                                "billing_cycle_anchor": {
                                    "type": "string",
                                    "enum": ["automatic", "phase_start"],
                                },
                                "billing_thresholds": _S168,
                                "collection_method": _S1,
                                "currency": _S6,
                                "default_payment_method": _S6,
                                "default_tax_rates": _S9,
                                "description": _S28,
                                "discounts": _S24,
                                "duration": _S162,
                                "end_date": _S170,
                                "invoice_settings": {
                                    "type": "object",
                                    "properties": {
                                        "account_tax_ids": _S9,
                                        "days_until_due": _S20,
                                        "issuer": _S13,
                                    },
                                },
                                "items": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "billing_thresholds": _S173,
                                            "discounts": _S24,
                                            "metadata": _S26,
                                            "plan": _S6,
                                            "price": _S6,
                                            "price_data": _S175,
                                            "quantity": _S2,
                                            "tax_rates": _S9,
                                        },
                                    },
                                },
                                "metadata": _S26,
                                "on_behalf_of": _S6,
                                "proration_behavior": _S164,
                                "start_date": _S170,
                                "transfer_data": _S177,
                                "trial": _S10,
                                "trial_end": _S170,
                            },
                            "required": ["items"],
                        },
                    },
                    "proration_behavior": _S164,
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
                    "billing_mode": _S157,
                    "billing_schedules": _S188,
                    "cancel_at": _S190,
                    "cancel_at_period_end": _S10,
                    "cancel_now": _S10,
                    "default_tax_rates": _S9,
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "billing_thresholds": _S173,
                                "clear_usage": _S10,
                                "current_trial": _S192,
                                "deleted": _S10,
                                "discounts": _S24,
                                "id": _S6,
                                "metadata": _S27,
                                "plan": _S6,
                                "price": _S6,
                                "price_data": _S175,
                                "quantity": _S2,
                                "tax_rates": _S9,
                            },
                        },
                    },
                    "metadata": _S27,
                    "pause": {
                        "type": "object",
                        "properties": {
                            "bill_for": _S200,
                            "invoicing_behavior": _S158,
                            "type": _S159,
                        },
                    },
                    "proration_behavior": _S164,
                    "proration_date": _S2,
                    "resume_at": _S201,
                    "start_date": _S2,
                    "trial_end": _S170,
                },
            },
        },
        "required": [],
    },
    "GetInvoicesInvoice": _S203,
    "PostInvoicesInvoice": {
        "properties": {
            "account_tax_ids": _S9,
            "application_fee_amount": _S2,
            "auto_advance": _S10,
            "automatic_tax": _S15,
            "automatically_finalizes_at": _S2,
            "collection_method": _S1,
            "custom_fields": _S19,
            "days_until_due": _S20,
            "default_payment_method": _S6,
            "default_source": _S28,
            "default_tax_rates": _S9,
            "description": _S6,
            "discounts": _S24,
            "due_date": _S2,
            "effective_at": _S113,
            "expand": _S7,
            "footer": _S6,
            "issuer": _S13,
            "metadata": _S27,
            "number": _S28,
            "on_behalf_of": _S28,
            "payment_settings": _S107,
            "rendering": _S115,
            "shipping_cost": {"anyOf": [_S131, _S8]},
            "shipping_details": {"anyOf": [_S133, _S8]},
            "statement_descriptor": _S6,
            "transfer_data": {"anyOf": [_S135, _S8]},
        },
        "required": [],
    },
    "DeleteInvoicesInvoice": _S204,
    "PostInvoicesInvoiceFinalize": {
        "properties": {"auto_advance": _S10, "expand": _S7},
        "required": [],
    },
    "PostInvoicesInvoiceSend": _S203,
    "PostInvoicesInvoicePay": {
        "properties": {
            "expand": _S7,
            "forgive": _S10,
            "mandate": _S28,
            "off_session": _S10,
            "paid_out_of_band": _S10,
            "payment_method": _S6,
            "source": _S6,
        },
        "required": [],
    },
    "PostInvoicesInvoiceVoid": _S203,
    "PostInvoicesInvoiceMarkUncollectible": _S203,
    "GetInvoicesInvoiceLines": _S206,
    "PostInvoicesInvoiceLinesLineItemId": {
        "properties": {
            "amount": _S2,
            "description": _S6,
            "discountable": _S10,
            "discounts": _S24,
            "expand": _S7,
            "metadata": _S27,
            "period": _S148,
            "price_data": _S212,
            "pricing": _S214,
            "quantity": _S2,
            "quantity_decimal": _S149,
            "tax_amounts": _S223,
            "tax_rates": _S9,
        },
        "required": [],
    },
    "PostInvoicesInvoiceAddLines": {
        "properties": {
            "expand": _S7,
            "invoice_metadata": _S27,
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": _S2,
                        "description": _S6,
                        "discountable": _S10,
                        "discounts": _S24,
                        "invoice_item": _S6,
                        "metadata": _S27,
                        "period": _S148,
                        "price_data": _S212,
                        "pricing": _S214,
                        "quantity": _S2,
                        "quantity_decimal": _S149,
                        "tax_amounts": _S223,
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
            "invoice_metadata": _S27,
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
            "invoice_metadata": _S27,
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "amount": _S2,
                        "description": _S6,
                        "discountable": _S10,
                        "discounts": _S24,
                        "id": _S6,
                        "metadata": _S27,
                        "period": _S148,
                        "price_data": _S212,
                        "pricing": _S214,
                        "quantity": _S2,
                        "quantity_decimal": _S149,
                        "tax_amounts": _S223,
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
            "discounts": _S24,
            "expand": _S7,
            "invoice": _S6,
            "metadata": _S27,
            "period": _S148,
            "price_data": _S151,
            "pricing": _S214,
            "quantity": _S2,
            "quantity_decimal": _S149,
            "subscription": _S6,
            "tax_behavior": _S121,
            "tax_code": _S28,
            "tax_rates": _S7,
            "unit_amount_decimal": _S149,
        },
        "required": [],
    },
    "GetInvoiceitemsInvoiceitem": _S203,
    "PostInvoiceitemsInvoiceitem": {
        "properties": {
            "amount": _S2,
            "description": _S6,
            "discountable": _S10,
            "discounts": _S24,
            "expand": _S7,
            "invoicing_rules": _S8,
            "metadata": _S27,
            "period": _S148,
            "price_data": _S151,
            "pricing": _S214,
            "quantity": _S2,
            "quantity_decimal": _S149,
            "tax_behavior": _S121,
            "tax_code": _S28,
            "tax_rates": _S9,
            "unit_amount_decimal": _S149,
        },
        "required": [],
    },
    "DeleteInvoiceitemsInvoiceitem": _S204,
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
            "address": _S42,
            "balance": _S2,
            "business_name": _S28,
            "cash_balance": _S228,
            "description": _S6,
            "email": _S6,
            "expand": _S7,
            "individual_name": _S28,
            "invoice_prefix": _S6,
            "invoice_settings": _S233,
            "metadata": _S27,
            "name": _S6,
            "next_invoice_sequence": _S2,
            "payment_method": _S6,
            "phone": _S6,
            "preferred_locales": _S7,
            "shipping": _S140,
            "source": _S6,
            "tax": {
                "type": "object",
                "properties": {
                    "ip_address": _S28,
                    "validate_location": {"type": "string", "enum": ["deferred", "immediately"]},
                },
            },
            "tax_exempt": _S142,
            "tax_id_data": _S146,
            "test_clock": _S6,
            "validate": _S10,
        },
        "required": [],
    },
    "GetCustomersSearch": _S137,
    "GetCustomersCustomer": _S203,
    "PostCustomersCustomer": {
        "properties": {
            "address": _S42,
            "balance": _S2,
            "business_name": _S28,
            "cash_balance": _S228,
            "default_source": _S6,
            "description": _S6,
            "email": _S6,
            "expand": _S7,
            "individual_name": _S28,
            "invoice_prefix": _S6,
            "invoice_settings": _S233,
            "metadata": _S27,
            "name": _S6,
            "next_invoice_sequence": _S2,
            "phone": _S6,
            "preferred_locales": _S7,
            "shipping": _S140,
            "source": _S6,
            "tax": {
                "type": "object",
                "properties": {
                    "ip_address": _S28,
                    "validate_location": {
                        "type": "string",
                        "enum": ["auto", "deferred", "immediately"],
                    },
                },
            },
            "tax_exempt": _S142,
            "validate": _S10,
        },
        "required": [],
    },
    "DeleteCustomersCustomer": _S204,
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
    "PostCreditNotes": _S254,
    "GetCreditNotesPreview": _S254,
    "GetCreditNotesPreviewLines": {
        "properties": {
            "amount": _S2,
            "credit_amount": _S2,
            "effective_at": _S2,
            "email_type": _S234,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "lines": _S243,
            "memo": _S6,
            "metadata": _S235,
            "out_of_band_amount": _S2,
            "reason": _S244,
            "refund_amount": _S2,
            "refunds": _S250,
            "shipping_cost": _S252,
            "starting_after": _S6,
        },
        "required": ["invoice"],
    },
    "GetCreditNotesCreditNoteLines": _S206,
    "GetCreditNotesId": _S203,
    "PostCreditNotesId": {
        "properties": {"expand": _S7, "memo": _S6, "metadata": _S235},
        "required": [],
    },
    "PostCreditNotesIdVoid": _S203,
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
                    "type": {"type": "string", "enum": ["payment_intent", "payment_record"]},
                },
                "required": ["type"],
            },
            "starting_after": _S6,
            "status": {"type": "string", "enum": ["canceled", "open", "paid"]},
        },
        "required": [],
    },
    "GetInvoicePaymentsInvoicePayment": _S203,
    "GetSubscriptions": {
        "properties": {
            "automatic_tax": {
                "type": "object",
                "properties": {"enabled": _S10},
                "required": ["enabled"],
            },
            "collection_method": _S1,
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
            "test_clock": _S6,
        },
        "required": [],
    },
    "PostSubscriptions": {
        "properties": {
            "add_invoice_items": _S265,
            "application_fee_percent": _S266,
            "automatic_tax": _S15,
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
            "billing_mode": _S157,
            "billing_schedules": {
                "type": "array",
                "items": {"type": "object", "properties": _S185, "required": ["bill_until"]},
            },
            "billing_thresholds": _S168,
            "cancel_at": {"anyOf": [_S2, _S189]},
            "cancel_at_period_end": _S10,
            "collection_method": _S1,
            "currency": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "days_until_due": _S20,
            "default_payment_method": _S6,
            "default_source": _S6,
            "default_tax_rates": _S9,
            "description": _S6,
            "discounts": _S24,
            "expand": _S7,
            "invoice_settings": {
                "type": "object",
                "properties": {
                    "account_tax_ids": _S9,
                    "custom_fields": _S19,
                    "description": _S6,
                    "footer": _S6,
                    "issuer": _S13,
                },
            },
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "billing_thresholds": _S173,
                        "current_trial": _S192,
                        "discounts": _S24,
                        "metadata": _S235,
                        "plan": _S6,
                        "price": _S6,
                        "price_data": _S175,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S267,
            "off_session": _S10,
            "on_behalf_of": _S28,
            "payment_behavior": _S268,
            "payment_settings": _S293,
            "pending_invoice_item_interval": _S294,
            "proration_behavior": _S164,
            "transfer_data": _S177,
            "trial_end": _S295,
            "trial_from_plan": _S10,
            "trial_period_days": _S2,
            "trial_settings": _S301,
        },
        "required": [],
    },
    "GetSubscriptionsSearch": _S137,
    "GetSubscriptionsSubscriptionExposedId": _S203,
    "PostSubscriptionsSubscriptionExposedId": {
        "properties": {
            "add_invoice_items": _S265,
            "application_fee_percent": _S266,
            "automatic_tax": _S15,
            "billing_cycle_anchor": _S303,
            "billing_schedules": _S188,
            "billing_thresholds": _S168,
            "cancel_at": _S190,
            "cancel_at_period_end": _S10,
            "cancellation_details": _S307,
            "collection_method": _S1,
            "days_until_due": _S20,
            "default_payment_method": _S6,
            "default_source": _S28,
            "default_tax_rates": _S9,
            "description": _S28,
            "discounts": _S24,
            "expand": _S7,
            "invoice_settings": {
                "type": "object",
                "properties": {
                    "account_tax_ids": _S9,
                    "custom_fields": _S19,
                    "description": _S28,
                    "footer": _S28,
                    "issuer": _S13,
                },
            },
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "billing_thresholds": _S173,
                        "clear_usage": _S10,
                        "current_trial": _S192,
                        "deleted": _S10,
                        "discounts": _S24,
                        "id": _S6,
                        "metadata": _S267,
                        "plan": _S6,
                        "price": _S6,
                        "price_data": _S175,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S267,
            "off_session": _S10,
            "on_behalf_of": _S28,
            "pause_collection": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {
                            "behavior": {
                                "type": "string",
                                "enum": ["keep_as_draft", "mark_uncollectible", "void"],
                            },
                            "resumes_at": _S2,
                        },
                        "required": ["behavior"],
                    },
                    _S8,
                ]
            },
            "payment_behavior": _S268,
            "payment_settings": _S293,
            "pending_invoice_item_interval": _S294,
            "proration_behavior": _S164,
            "proration_date": _S2,
            "transfer_data": {"anyOf": [_S177, _S8]},
            "trial_end": _S295,
            "trial_from_plan": _S10,
            "trial_settings": _S301,
        },
        "required": [],
    },
    "DeleteSubscriptionsSubscriptionExposedId": {
        "properties": {
            "cancellation_details": _S307,
            "expand": _S7,
            "invoice_now": _S10,
            "prorate": _S10,
        },
        "required": [],
    },
    "PostSubscriptionsSubscriptionResume": {
        "properties": {
            "billing_cycle_anchor": _S303,
            "expand": _S7,
            "payment_behavior": _S163,
            "proration_behavior": _S164,
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
            "billing_thresholds": _S173,
            "current_trial": _S192,
            "discounts": _S24,
            "expand": _S7,
            "metadata": _S235,
            "payment_behavior": _S268,
            "plan": _S6,
            "price": _S6,
            "price_data": _S175,
            "proration_behavior": _S164,
            "proration_date": _S2,
            "quantity": _S2,
            "subscription": _S6,
            "tax_rates": _S9,
        },
        "required": ["subscription"],
    },
    "GetSubscriptionItemsItem": _S203,
    "PostSubscriptionItemsItem": {
        "properties": {
            "billing_thresholds": _S173,
            "current_trial": _S192,
            "discounts": _S24,
            "expand": _S7,
            "metadata": _S267,
            "off_session": _S10,
            "payment_behavior": _S268,
            "plan": _S6,
            "price": _S6,
            "price_data": _S175,
            "proration_behavior": _S164,
            "proration_date": _S2,
            "quantity": _S2,
            "tax_rates": _S9,
        },
        "required": [],
    },
    "DeleteSubscriptionItemsItem": {
        "properties": {
            "clear_usage": _S10,
            "payment_behavior": _S268,
            "proration_behavior": _S164,
            "proration_date": _S2,
        },
        "required": [],
    },
    "GetTestHelpersTestClocks": _S206,
    "PostTestHelpersTestClocks": {
        "properties": {"customer": _S6, "expand": _S7, "frozen_time": _S2, "name": _S6},
        "required": ["frozen_time"],
    },
    "GetTestHelpersTestClocksTestClock": _S203,
    "DeleteTestHelpersTestClocksTestClock": _S204,
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
            "metadata": _S235,
            "percentage": _S165,
            "state": _S6,
            "tax_type": _S216,
        },
        "required": ["display_name", "inclusive", "percentage"],
    },
    "GetTaxRatesTaxRate": _S203,
    "PostTaxRatesTaxRate": {
        "properties": {
            "active": _S10,
            "country": _S6,
            "description": _S6,
            "display_name": _S6,
            "expand": _S7,
            "jurisdiction": _S6,
            "metadata": _S267,
            "state": _S6,
            "tax_type": _S216,
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
            "currency_options": _S310,
            "duration": {"type": "string", "enum": ["forever", "once", "repeating"]},
            "duration_in_months": _S2,
            "expand": _S7,
            "id": _S6,
            "max_redemptions": _S2,
            "metadata": _S267,
            "name": _S6,
            "percent_off": _S165,
            "redeem_by": _S2,
        },
        "required": [],
    },
    "GetCouponsCoupon": _S203,
    "PostCouponsCoupon": {
        "properties": {"currency_options": _S310, "expand": _S7, "metadata": _S267, "name": _S6},
        "required": [],
    },
    "DeleteCouponsCoupon": _S204,
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
            "type": _S311,
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
                    "currency_options": _S321,
                    "custom_unit_amount": _S313,
                    "metadata": _S235,
                    "recurring": _S162,
                    "tax_behavior": _S121,
                    "unit_amount": _S2,
                    "unit_amount_decimal": _S149,
                },
                "required": ["currency"],
            },
            "description": _S6,
            "expand": _S7,
            "id": _S6,
            "images": _S7,
            "marketing_features": _S324,
            "metadata": _S235,
            "name": _S6,
            "package_dimensions": _S326,
            "shippable": _S10,
            "statement_descriptor": _S6,
            "tax_code": _S6,
            "tax_details": _S208,
            "type": _S311,
            "unit_label": _S6,
            "url": _S6,
        },
        "required": ["name"],
    },
    "GetProductsSearch": _S137,
    "GetProductsId": _S203,
    "PostProductsId": {
        "properties": {
            "active": _S10,
            "default_price": _S6,
            "description": _S28,
            "expand": _S7,
            "images": _S9,
            "marketing_features": {"anyOf": [_S324, _S8]},
            "metadata": _S267,
            "name": _S6,
            "package_dimensions": {"anyOf": [_S326, _S8]},
            "shippable": _S10,
            "statement_descriptor": _S6,
            "tax_code": _S28,
            "tax_details": {"anyOf": [_S208, _S8]},
            "unit_label": _S28,
            "url": _S28,
        },
        "required": [],
    },
    "DeleteProductsId": _S204,
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
                "properties": {"interval": _S160, "meter": _S6, "usage_type": _S327},
            },
            "starting_after": _S6,
            "type": {"type": "string", "enum": ["one_time", "recurring"]},
        },
        "required": [],
    },
    "PostPrices": {
        "properties": {
            "active": _S10,
            "billing_scheme": {"type": "string", "enum": ["per_unit", "tiered"]},
            "currency": _S6,
            "currency_options": _S321,
            "custom_unit_amount": _S313,
            "expand": _S7,
            "lookup_key": _S6,
            "metadata": _S235,
            "nickname": _S6,
            "product": _S6,
            "product_data": {
                "type": "object",
                "properties": {
                    "active": _S10,
                    "id": _S6,
                    "metadata": _S235,
                    "name": _S6,
                    "statement_descriptor": _S6,
                    "tax_code": _S6,
                    "tax_details": _S208,
                    "unit_label": _S6,
                },
                "required": ["name"],
            },
            "recurring": {
                "type": "object",
                "properties": {
                    "interval": _S160,
                    "interval_count": _S2,
                    "meter": _S6,
                    "trial_period_days": _S2,
                    "usage_type": _S327,
                },
                "required": ["interval"],
            },
            "tax_behavior": _S121,
            "tiers": _S318,
            "tiers_mode": {"type": "string", "enum": ["graduated", "volume"]},
            "transfer_lookup_key": _S10,
            "transform_quantity": {
                "type": "object",
                "properties": {
                    "divide_by": _S2,
                    "round": {"type": "string", "enum": ["down", "up"]},
                },
                "required": ["divide_by", "round"],
            },
            "unit_amount": _S2,
            "unit_amount_decimal": _S149,
        },
        "required": ["currency"],
    },
    "GetPricesSearch": _S137,
    "GetPricesPrice": _S203,
    "PostPricesPrice": {
        "properties": {
            "active": _S10,
            "currency_options": {"anyOf": [_S321, _S8]},
            "expand": _S7,
            "lookup_key": _S6,
            "metadata": _S267,
            "nickname": _S6,
            "tax_behavior": _S121,
            "transfer_lookup_key": _S10,
        },
        "required": [],
    },
    "GetCustomersCustomerTaxIds": _S206,
    "PostCustomersCustomerTaxIds": {
        "properties": {"expand": _S7, "type": _S143, "value": _S6},
        "required": ["type", "value"],
    },
    "GetCustomersCustomerTaxIdsId": _S203,
    "DeleteCustomersCustomerTaxIdsId": _S204,
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
            "metadata": _S267,
        },
        "required": ["amount", "currency"],
    },
    "GetCustomersCustomerBalanceTransactionsTransaction": _S203,
    "PostCustomersCustomerBalanceTransactionsTransaction": {
        "properties": {"description": _S6, "expand": _S7, "metadata": _S267},
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
    "GetEventsId": _S203,
    "GetPaymentIntents": {
        "properties": {
            "created": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "GetPaymentIntentsSearch": _S137,
    "GetPaymentIntentsIntent": {
        "properties": {"client_secret": _S6, "expand": _S7},
        "required": [],
    },
    "GetPromotionCodes": {
        "properties": {
            "active": _S10,
            "code": _S6,
            "coupon": _S6,
            "created": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostPromotionCodes": {
        "properties": {
            "active": _S10,
            "code": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "expand": _S7,
            "expires_at": _S2,
            "max_redemptions": _S2,
            "metadata": _S235,
            "promotion": {
                "type": "object",
                "properties": {"coupon": _S6, "type": {"type": "string", "enum": ["coupon"]}},
                "required": ["type"],
            },
            "restrictions": {
                "type": "object",
                "properties": {
                    "currency_options": _S330,
                    "first_time_transaction": _S10,
                    "minimum_amount": _S2,
                    "minimum_amount_currency": _S6,
                },
            },
        },
        "required": ["promotion"],
    },
    "GetPromotionCodesPromotionCode": _S203,
    "PostPromotionCodesPromotionCode": {
        "properties": {
            "active": _S10,
            "expand": _S7,
            "metadata": _S267,
            "restrictions": {"type": "object", "properties": {"currency_options": _S330}},
        },
        "required": [],
    },
    "GetCustomersCustomerPaymentMethods": {
        "properties": {
            "allow_redisplay": {"type": "string", "enum": ["always", "limited", "unspecified"]},
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "type": {
                "type": "string",
                "enum": [
                    "acss_debit",
                    "affirm",
                    "afterpay_clearpay",
                    "alipay",
                    "alma",
                    "amazon_pay",
                    "au_becs_debit",
                    "bacs_debit",
                    "bancontact",
                    "billie",
                    "bizum",
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
                    "kakao_pay",
                    "klarna",
                    "konbini",
                    "kr_card",
                    "link",
                    "mb_way",
                    "mobilepay",
                    "multibanco",
                    "naver_pay",
                    "nz_bank_account",
                    "oxxo",
                    "p24",
                    "pay_by_bank",
                    "payco",
                    "paynow",
                    "paypal",
                    "paypay",
                    "payto",
                    "pix",
                    "promptpay",
                    "revolut_pay",
                    "samsung_pay",
                    "satispay",
                    "scalapay",
                    "sepa_debit",
                    "sequra",
                    "sofort",
                    "sunbit",
                    "swish",
                    "twint",
                    "upi",
                    "us_bank_account",
                    "wechat_pay",
                    "zip",
                ],
            },
        },
        "required": [],
    },
    "GetCustomersCustomerPaymentMethodsPaymentMethod": _S203,
    "PostSubscriptionsSubscriptionPause": {
        "properties": {
            "bill_for": _S200,
            "expand": _S7,
            "invoicing_behavior": _S158,
            "type": _S159,
        },
        "required": [],
    },
    "DeleteSubscriptionsSubscriptionExposedIdDiscount": _S204,
    "PostSubscriptionsSubscriptionMigrate": {
        "properties": {
            "billing_mode": {
                "type": "object",
                "properties": {"flexible": _S154, "type": {"type": "string", "enum": ["flexible"]}},
                "required": ["type"],
            },
            "expand": _S7,
        },
        "required": ["billing_mode"],
    },
    "GetQuotes": {
        "properties": {
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "status": {"type": "string", "enum": ["accepted", "canceled", "draft", "open"]},
            "test_clock": _S6,
        },
        "required": [],
    },
    "PostQuotes": {
        "properties": {
            "application_fee_amount": _S113,
            "application_fee_percent": _S266,
            "automatic_tax": _S15,
            "collection_method": _S1,
            "customer": _S6,
            "customer_account": _S6,
            "default_tax_rates": _S9,
            "description": _S28,
            "discounts": _S24,
            "expand": _S7,
            "expires_at": _S2,
            "footer": _S28,
            "from_quote": {
                "type": "object",
                "properties": {"is_revision": _S10, "quote": _S6},
                "required": ["quote"],
            },
            "header": _S28,
            "invoice_settings": _S332,
            "line_items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "discounts": _S24,
                        "price": _S6,
                        "price_data": _S333,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S235,
            "on_behalf_of": _S28,
            "subscription_data": {
                "type": "object",
                "properties": {
                    "billing_mode": _S157,
                    "description": _S6,
                    "effective_date": _S335,
                    "metadata": _S235,
                    "trial_period_days": _S113,
                },
            },
            "test_clock": _S6,
            "transfer_data": _S338,
        },
        "required": [],
    },
    "GetQuotesQuote": _S203,
    "PostQuotesQuote": {
        "properties": {
            "application_fee_amount": _S113,
            "application_fee_percent": _S266,
            "automatic_tax": _S15,
            "collection_method": _S1,
            "customer": _S6,
            "customer_account": _S6,
            "default_tax_rates": _S9,
            "description": _S28,
            "discounts": _S24,
            "expand": _S7,
            "expires_at": _S2,
            "footer": _S28,
            "header": _S28,
            "invoice_settings": _S332,
            "line_items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "discounts": _S24,
                        "id": _S6,
                        "price": _S6,
                        "price_data": _S333,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S235,
            "on_behalf_of": _S28,
            "subscription_data": {
                "type": "object",
                "properties": {
                    "description": _S28,
                    "effective_date": _S335,
                    "metadata": _S235,
                    "trial_period_days": _S113,
                },
            },
            "transfer_data": _S338,
        },
        "required": [],
    },
    "PostQuotesQuoteFinalize": {"properties": {"expand": _S7, "expires_at": _S2}, "required": []},
    "PostQuotesQuoteAccept": _S203,
    "PostQuotesQuoteCancel": _S203,
    "GetQuotesQuoteLineItems": _S206,
    "GetQuotesQuotePdf": _S203,
    "GetQuotesQuoteComputedUpfrontLineItems": _S206,
}
