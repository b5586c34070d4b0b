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
_S158: dict[str, Any] = {"type": "string", "enum": ["now", "timestamp"]}
_S159: dict[str, Any] = {"timestamp": _S2, "type": _S158}
_S160: dict[str, Any] = {"type": "object", "properties": _S159, "required": ["type"]}
_S161: dict[str, Any] = {"type": "string", "enum": ["none", "pause_at"]}
_S162: dict[str, Any] = {"type": _S161}
_S163: dict[str, Any] = {"type": "object", "properties": _S162}
_S164: dict[str, Any] = {
    "type": "string",
    "enum": ["item_current_period_start", "none", "pause_at"],
}
_S165: dict[str, Any] = {"type": _S164}
_S166: dict[str, Any] = {"type": "object", "properties": _S165}
_S167: dict[str, Any] = {"outstanding_usage_through": _S163, "unused_time_from": _S166}
_S168: dict[str, Any] = {"type": "object", "properties": _S167}
_S169: dict[str, Any] = {"type": "string", "enum": ["invoice", "pending_invoice_item"]}
_S170: dict[str, Any] = {"type": "string", "enum": ["subscription"]}
_S171: dict[str, Any] = {"bill_for": _S168, "invoicing_behavior": _S169, "type": _S170}
_S172: dict[str, Any] = {"type": "object", "properties": _S171}
_S173: dict[str, Any] = {"pause_at": _S160, "settings": _S172}
_S174: dict[str, Any] = {"type": "object", "properties": _S173}
_S175: dict[str, Any] = {"type": "string", "enum": ["day", "month", "week", "year"]}
_S176: dict[str, Any] = {"interval": _S175, "interval_count": _S2}
_S177: dict[str, Any] = {"type": "object", "properties": _S176, "required": ["interval"]}
_S178: dict[str, Any] = {"type": "string", "enum": ["duration", "now", "timestamp"]}
_S179: dict[str, Any] = {"duration": _S177, "timestamp": _S2, "type": _S178}
_S180: dict[str, Any] = {"type": "object", "properties": _S179, "required": ["type"]}
_S181: dict[str, Any] = {"type": "string", "enum": ["resume_at", "unchanged"]}
_S182: dict[str, Any] = {
    "type": "string",
    "enum": ["resume_on_payment_attempt", "resume_on_payment_success"],
}
_S183: dict[str, Any] = {"type": "string", "enum": ["always_invoice", "create_prorations", "none"]}
_S184: dict[str, Any] = {
    "billing_cycle_anchor": _S181,
    "payment_behavior": _S182,
    "proration_behavior": _S183,
}
_S185: dict[str, Any] = {"type": "object", "properties": _S184}
_S186: dict[str, Any] = {"resume_at": _S180, "settings": _S185}
_S187: dict[str, Any] = {"type": "object", "properties": _S186}
_S188: dict[str, Any] = {"anyOf": [_S187, _S8]}
_S189: dict[str, Any] = {"key": _S6, "pause": _S174, "resume": _S188}
_S190: dict[str, Any] = {"type": "object", "properties": _S189}
_S191: dict[str, Any] = {"type": "array", "items": _S190}
_S192: dict[str, Any] = {"anyOf": [_S191, _S8]}
_S193: dict[str, Any] = {
    "type": "string",
    "enum": ["min_item_period_end", "phase_end", "timestamp"],
}
_S194: dict[str, Any] = {"timestamp": _S2, "type": _S193}
_S195: dict[str, Any] = {"type": "object", "properties": _S194, "required": ["type"]}
_S196: dict[str, Any] = {
    "type": "string",
    "enum": ["max_item_period_start", "phase_start", "timestamp"],
}
_S197: dict[str, Any] = {"timestamp": _S2, "type": _S196}
_S198: dict[str, Any] = {"type": "object", "properties": _S197, "required": ["type"]}
_S199: dict[str, Any] = {"end": _S195, "start": _S198}
_S200: dict[str, Any] = {"type": "object", "properties": _S199, "required": ["end", "start"]}
_S201: dict[str, Any] = {"type": "number"}
_S202: dict[str, Any] = {"type": "string", "enum": ["automatic", "phase_start"]}
_S203: dict[str, Any] = {"amount_gte": _S2, "reset_billing_cycle_anchor": _S10}
_S204: dict[str, Any] = {"type": "object", "properties": _S203}
_S205: dict[str, Any] = {"anyOf": [_S204, _S8]}
_S206: dict[str, Any] = {"type": "string", "enum": ["now"], "maxLength": 5000}
_S207: dict[str, Any] = {"anyOf": [_S2, _S206]}
_S208: dict[str, Any] = {"usage_gte": _S2}
_S209: dict[str, Any] = {"type": "object", "properties": _S208, "required": ["usage_gte"]}
_S210: dict[str, Any] = {"anyOf": [_S209, _S8]}
_S211: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "recurring": _S177,
    "tax_behavior": _S121,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S212: dict[str, Any] = {
    "type": "object",
    "properties": _S211,
    "required": ["currency", "product", "recurring"],
}
_S213: dict[str, Any] = {"amount_percent": _S201, "destination": _S6}
_S214: dict[str, Any] = {"type": "object", "properties": _S213, "required": ["destination"]}
_S215: dict[str, Any] = {"type": "string", "enum": ["price"]}
_S216: dict[str, Any] = {"price": _S6, "type": _S215}
_S217: dict[str, Any] = {"type": "object", "properties": _S216, "required": ["type"]}
_S218: dict[str, Any] = {"type": "array", "items": _S217}
_S219: dict[str, Any] = {"type": "string", "enum": ["duration", "timestamp"]}
_S220: dict[str, Any] = {"duration": _S177, "timestamp": _S2, "type": _S219}
_S221: dict[str, Any] = {"type": "object", "properties": _S220, "required": ["type"]}
_S222: dict[str, Any] = {"applies_to": _S218, "bill_until": _S221, "key": _S6}
_S223: dict[str, Any] = {"type": "object", "properties": _S222}
_S224: dict[str, Any] = {"type": "array", "items": _S223}
_S225: dict[str, Any] = {"anyOf": [_S224, _S8]}
_S226: dict[str, Any] = {
    "type": "string",
    "enum": ["max_billed_until", "max_period_end", "min_period_end"],
}
_S227: dict[str, Any] = {"anyOf": [_S2, _S226, _S8]}
_S228: dict[str, Any] = {"trial_offer": _S6}
_S229: dict[str, Any] = {"type": "object", "properties": _S228, "required": ["trial_offer"]}
_S230: dict[str, Any] = {"type": "string", "enum": ["none", "now"]}
_S231: dict[str, Any] = {"type": _S230}
_S232: dict[str, Any] = {"type": "object", "properties": _S231, "required": ["type"]}
_S233: dict[str, Any] = {"type": "string", "enum": ["item_current_period_start", "none", "now"]}
_S234: dict[str, Any] = {"type": _S233}
_S235: dict[str, Any] = {"type": "object", "properties": _S234, "required": ["type"]}
_S236: dict[str, Any] = {"outstanding_usage_through": _S232, "unused_time_from": _S235}
_S237: dict[str, Any] = {"type": "object", "properties": _S236}
_S238: dict[str, Any] = {"type": "string", "enum": ["now"]}
_S239: dict[str, Any] = {"expand": _S7}
_S240: dict[str, Any] = {"properties": _S239, "required": []}
_S241: dict[str, Any] = {"properties": _S51, "required": []}
_S242: dict[str, Any] = {"ending_before": _S6, "expand": _S7, "limit": _S2, "starting_after": _S6}
_S243: dict[str, Any] = {"properties": _S242, "required": []}
_S244: dict[str, Any] = {"performance_location": _S6, "tax_code": _S28}
_S245: dict[str, Any] = {"type": "object", "properties": _S244}
_S246: dict[str, Any] = {
    "description": _S6,
    "images": _S7,
    "metadata": _S26,
    "name": _S6,
    "tax_code": _S6,
    "tax_details": _S245,
    "unit_label": _S6,
}
_S247: dict[str, Any] = {"type": "object", "properties": _S246, "required": ["name"]}
_S248: dict[str, Any] = {
    "currency": _S6,
    "product": _S6,
    "product_data": _S247,
    "tax_behavior": _S121,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S249: dict[str, Any] = {"type": "object", "properties": _S248, "required": ["currency"]}
_S250: dict[str, Any] = {"price": _S6}
_S251: dict[str, Any] = {"type": "object", "properties": _S250}
_S252: dict[str, Any] = {
    "type": "string",
    "enum": ["city", "country", "county", "district", "multiple", "state"],
}
_S253: dict[str, Any] = {
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
_S254: dict[str, Any] = {
    "country": _S6,
    "description": _S6,
    "display_name": _S6,
    "inclusive": _S10,
    "jurisdiction": _S6,
    "jurisdiction_level": _S252,
    "percentage": _S201,
    "state": _S6,
    "tax_type": _S253,
}
_S255: dict[str, Any] = {
    "type": "object",
    "properties": _S254,
    "required": ["display_name", "inclusive", "percentage"],
}
_S256: dict[str, Any] = {
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
_S257: dict[str, Any] = {
    "amount": _S2,
    "tax_rate_data": _S255,
    "taxability_reason": _S256,
    "taxable_amount": _S2,
}
_S258: dict[str, Any] = {
    "type": "object",
    "properties": _S257,
    "required": ["amount", "tax_rate_data", "taxable_amount"],
}
_S259: dict[str, Any] = {"type": "array", "items": _S258}
_S260: dict[str, Any] = {"anyOf": [_S259, _S8]}
_S261: dict[str, Any] = {"type": "string", "enum": ["automatic", "manual", "merchant_default"]}
_S262: dict[str, Any] = {"reconciliation_mode": _S261}
_S263: dict[str, Any] = {"type": "object", "properties": _S262}
_S264: dict[str, Any] = {"settings": _S263}
_S265: dict[str, Any] = {"type": "object", "properties": _S264}
_S266: dict[str, Any] = {"amount_tax_display": _S109, "template": _S6}
_S267: dict[str, Any] = {"type": "object", "properties": _S266}
_S268: dict[str, Any] = {"anyOf": [_S267, _S8]}
_S269: dict[str, Any] = {
    "custom_fields": _S19,
    "default_payment_method": _S6,
    "footer": _S6,
    "rendering_options": _S268,
}
_S270: dict[str, Any] = {"type": "object", "properties": _S269}
_S271: dict[str, Any] = {"type": "string", "enum": ["credit_note", "none"]}
_S272: dict[str, Any] = {"type": "object", "additionalProperties": _S6}
_S273: dict[str, Any] = {"amount": _S2, "tax_rate": _S6, "taxable_amount": _S2}
_S274: dict[str, Any] = {
    "type": "object",
    "properties": _S273,
    "required": ["amount", "tax_rate", "taxable_amount"],
}
_S275: dict[str, Any] = {"type": "array", "items": _S274}
_S276: dict[str, Any] = {"anyOf": [_S275, _S8]}
_S277: dict[str, Any] = {"type": "string", "enum": ["custom_line_item", "invoice_line_item"]}
_S278: dict[str, Any] = {
    "amount": _S2,
    "description": _S6,
    "invoice_line_item": _S6,
    "metadata": _S272,
    "quantity": _S2,
    "tax_amounts": _S276,
    "tax_rates": _S9,
    "type": _S277,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S279: dict[str, Any] = {"type": "object", "properties": _S278, "required": ["type"]}
_S280: dict[str, Any] = {"type": "array", "items": _S279}
_S281: dict[str, Any] = {
    "type": "string",
    "enum": ["duplicate", "fraudulent", "order_change", "product_unsatisfactory"],
}
_S282: dict[str, Any] = {"payment_record": _S6, "refund_group": _S6}
_S283: dict[str, Any] = {
    "type": "object",
    "properties": _S282,
    "required": ["payment_record", "refund_group"],
}
_S284: dict[str, Any] = {"type": "string", "enum": ["payment_record_refund", "refund"]}
_S285: dict[str, Any] = {
    "amount_refunded": _S2,
    "payment_record_refund": _S283,
    "refund": _S6,
    "type": _S284,
}
_S286: dict[str, Any] = {"type": "object", "properties": _S285}
_S287: dict[str, Any] = {"type": "array", "items": _S286}
_S288: dict[str, Any] = {"shipping_rate": _S6}
_S289: dict[str, Any] = {"type": "object", "properties": _S288}
_S290: dict[str, Any] = {
    "amount": _S2,
    "credit_amount": _S2,
    "effective_at": _S2,
    "email_type": _S271,
    "expand": _S7,
    "invoice": _S6,
    "lines": _S280,
    "memo": _S6,
    "metadata": _S272,
    "out_of_band_amount": _S2,
    "reason": _S281,
    "refund_amount": _S2,
    "refunds": _S287,
    "shipping_cost": _S289,
}
_S291: dict[str, Any] = {"properties": _S290, "required": ["invoice"]}
_S292: dict[str, Any] = {"enabled": _S10}
_S293: dict[str, Any] = {"type": "object", "properties": _S292, "required": ["enabled"]}
_S294: dict[str, Any] = {"type": "string", "enum": ["min_item_period_end", "timestamp"]}
_S295: dict[str, Any] = {"timestamp": _S2, "type": _S294}
_S296: dict[str, Any] = {"type": "object", "properties": _S295, "required": ["type"]}
_S297: dict[str, Any] = {"type": "string", "enum": ["max_item_period_start", "now", "timestamp"]}
_S298: dict[str, Any] = {"timestamp": _S2, "type": _S297}
_S299: dict[str, Any] = {"type": "object", "properties": _S298, "required": ["type"]}
_S300: dict[str, Any] = {"end": _S296, "start": _S299}
_S301: dict[str, Any] = {"type": "object", "properties": _S300, "required": ["end", "start"]}
_S302: dict[str, Any] = {
    "discountable": _S10,
    "discounts": _S23,
    "metadata": _S272,
    "period": _S301,
    "price": _S6,
    "price_data": _S151,
    "quantity": _S2,
    "tax_rates": _S9,
}
_S303: dict[str, Any] = {"type": "object", "properties": _S302}
_S304: dict[str, Any] = {"type": "array", "items": _S303}
_S305: dict[str, Any] = {"anyOf": [_S201, _S8]}
_S306: dict[str, Any] = {"anyOf": [_S272, _S8]}
_S307: dict[str, Any] = {
    "type": "string",
    "enum": [
        "allow_incomplete",
        "default_incomplete",
        "error_if_incomplete",
        "pending_if_incomplete",
    ],
}
_S308: dict[str, Any] = {"company_details": _S47}
_S309: dict[str, Any] = {"type": "object", "properties": _S308}
_S310: dict[str, Any] = {"anyOf": [_S309, _S8]}
_S311: dict[str, Any] = {"expires_at": _S2}
_S312: dict[str, Any] = {"type": "object", "properties": _S311}
_S313: dict[str, Any] = {"mandate_options": _S312}
_S314: dict[str, Any] = {"type": "object", "properties": _S313}
_S315: dict[str, Any] = {"anyOf": [_S314, _S8]}
_S316: dict[str, Any] = {"amount": _S2, "amount_type": _S82, "description": _S6}
_S317: dict[str, Any] = {"type": "object", "properties": _S316}
_S318: dict[str, Any] = {
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
_S319: dict[str, Any] = {"mandate_options": _S317, "network": _S318, "request_three_d_secure": _S61}
_S320: dict[str, Any] = {"type": "object", "properties": _S319}
_S321: dict[str, Any] = {"anyOf": [_S320, _S8]}
_S322: dict[str, Any] = {
    "type": "string",
    "enum": ["halfyearly", "monthly", "quarterly", "weekly", "yearly"],
}
_S323: dict[str, Any] = {
    "amount": _S2,
    "amount_includes_iof": _S78,
    "end_date": _S6,
    "payment_schedule": _S322,
}
_S324: dict[str, Any] = {"type": "object", "properties": _S323}
_S325: dict[str, Any] = {"expires_after_seconds": _S2, "mandate_options": _S324}
_S326: dict[str, Any] = {"type": "object", "properties": _S325}
_S327: dict[str, Any] = {"anyOf": [_S326, _S8]}
_S328: dict[str, Any] = {
    "acss_debit": _S35,
    "bancontact": _S39,
    "billie": _S310,
    "blik": _S315,
    "card": _S321,
    "customer_balance": _S71,
    "konbini": _S53,
    "payto": _S77,
    "pix": _S327,
    "sepa_debit": _S53,
    "upi": _S87,
    "us_bank_account": _S100,
}
_S329: dict[str, Any] = {"type": "object", "properties": _S328}
_S330: dict[str, Any] = {"type": "string", "enum": ["off", "on_subscription"]}
_S331: dict[str, Any] = {
    "payment_method_options": _S329,
    "payment_method_types": _S105,
    "save_default_payment_method": _S330,
}
_S332: dict[str, Any] = {"type": "object", "properties": _S331}
_S333: dict[str, Any] = {"anyOf": [_S177, _S8]}
_S334: dict[str, Any] = {"anyOf": [_S2, _S238]}
_S335: dict[str, Any] = {"type": "string", "enum": ["now", "unchanged"]}
_S336: dict[str, Any] = {"type": "string", "enum": ["cancel", "create_invoice", "pause"]}
_S337: dict[str, Any] = {"billing_cycle_anchor": _S335, "missing_payment_method": _S336}
_S338: dict[str, Any] = {"type": "object", "properties": _S337}
_S339: dict[str, Any] = {"end_behavior": _S338}
_S340: dict[str, Any] = {"type": "object", "properties": _S339, "required": ["end_behavior"]}
_S341: dict[str, Any] = {"type": _S335}
_S342: dict[str, Any] = {"type": "object", "properties": _S341, "required": ["type"]}
_S343: dict[str, Any] = {
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
_S344: dict[str, Any] = {"anyOf": [_S343, _S8]}
_S345: dict[str, Any] = {"comment": _S28, "feedback": _S344, "feedback_option": _S6}
_S346: dict[str, Any] = {"type": "object", "properties": _S345}
_S347: dict[str, Any] = {"anyOf": [_S214, _S8]}
_S348: dict[str, Any] = {"amount_off": _S2}
_S349: dict[str, Any] = {"type": "object", "properties": _S348, "required": ["amount_off"]}
_S350: dict[str, Any] = {"type": "object", "additionalProperties": _S349}
_S351: dict[str, Any] = {"type": "string", "enum": ["good", "service"]}
_S352: dict[str, Any] = {"enabled": _S10, "maximum": _S2, "minimum": _S2, "preset": _S2}
_S353: dict[str, Any] = {"type": "object", "properties": _S352, "required": ["enabled"]}
_S354: dict[str, Any] = {"type": "string", "enum": ["inf"]}
_S355: dict[str, Any] = {"anyOf": [_S2, _S354]}
_S356: dict[str, Any] = {
    "flat_amount": _S2,
    "flat_amount_decimal": _S149,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
    "up_to": _S355,
}
_S357: dict[str, Any] = {"type": "object", "properties": _S356, "required": ["up_to"]}
_S358: dict[str, Any] = {"type": "array", "items": _S357}
_S359: dict[str, Any] = {
    "custom_unit_amount": _S353,
    "tax_behavior": _S121,
    "tiers": _S358,
    "unit_amount": _S2,
    "unit_amount_decimal": _S149,
}
_S360: dict[str, Any] = {"type": "object", "properties": _S359}
_S361: dict[str, Any] = {"type": "object", "additionalProperties": _S360}
_S362: dict[str, Any] = {"name": _S6}
_S363: dict[str, Any] = {"type": "object", "properties": _S362, "required": ["name"]}
_S364: dict[str, Any] = {"type": "array", "items": _S363}
_S365: dict[str, Any] = {"height": _S201, "length": _S201, "weight": _S201, "width": _S201}
_S366: dict[str, Any] = {
    "type": "object",
    "properties": _S365,
    "required": ["height", "length", "weight", "width"],
}
_S367: dict[str, Any] = {"type": "string", "enum": ["licensed", "metered"]}
_S368: dict[str, Any] = {"minimum_amount": _S2}
_S369: dict[str, Any] = {"type": "object", "properties": _S368}
_S370: dict[str, Any] = {"type": "object", "additionalProperties": _S369}
_S371: dict[str, Any] = {
    "custom_fields": _S19,
    "days_until_due": _S20,
    "description": _S28,
    "footer": _S28,
    "issuer": _S13,
}
_S372: dict[str, Any] = {"type": "object", "properties": _S371}
_S373: dict[str, Any] = {"type": "object", "properties": _S211, "required": ["currency", "product"]}
_S374: dict[str, Any] = {"type": "string", "enum": ["current_period_end"]}
_S375: dict[str, Any] = {"anyOf": [_S2, _S374, _S8]}
_S376: dict[str, Any] = {"amount": _S2, "amount_percent": _S201, "destination": _S6}
_S377: dict[str, Any] = {"type": "object", "properties": _S376, "required": ["destination"]}
_S378: dict[str, Any] = {"anyOf": [_S377, _S8]}
_S379: dict[str, Any] = {
    "account_tax_ids": _S9,
    "custom_fields": _S19,
    "days_until_due": _S20,
    "description": _S28,
    "footer": _S28,
    "issuer": _S13,
}
_S380: dict[str, Any] = {"type": "object", "properties": _S379}
_S381: dict[str, Any] = {
    "application_fee_percent": _S201,
    "automatic_tax": _S15,
    "billing_cycle_anchor": _S202,
    "billing_thresholds": _S205,
    "collection_method": _S1,
    "default_payment_method": _S6,
    "description": _S28,
    "invoice_settings": _S380,
    "on_behalf_of": _S28,
    "transfer_data": _S347,
}
_S382: dict[str, Any] = {"type": "object", "properties": _S381}
_S383: dict[str, Any] = {"type": "string", "enum": ["cancel", "none", "release", "renew"]}
_S384: dict[str, Any] = {
    "discountable": _S10,
    "discounts": _S23,
    "metadata": _S272,
    "period": _S200,
    "price": _S6,
    "price_data": _S151,
    "quantity": _S2,
    "tax_rates": _S9,
}
_S385: dict[str, Any] = {"type": "object", "properties": _S384}
_S386: dict[str, Any] = {"type": "array", "items": _S385}
_S387: dict[str, Any] = {
    "billing_thresholds": _S210,
    "discounts": _S24,
    "metadata": _S272,
    "plan": _S6,
    "price": _S6,
    "price_data": _S212,
    "quantity": _S2,
    "tax_rates": _S9,
}
_S388: dict[str, Any] = {"type": "object", "properties": _S387}
_S389: dict[str, Any] = {"type": "array", "items": _S388}
_S390: dict[str, Any] = {
    "type": "string",
    "enum": ["address", "email", "name", "phone", "shipping", "tax_id"],
}
_S391: dict[str, Any] = {"type": "array", "items": _S390}
_S392: dict[str, Any] = {"anyOf": [_S391, _S8]}
_S393: dict[str, Any] = {"allowed_updates": _S392, "enabled": _S10}
_S394: dict[str, Any] = {"enabled": _S10, "payment_method_configuration": _S28}
_S395: dict[str, Any] = {"type": "object", "properties": _S394, "required": ["enabled"]}
_S396: dict[str, Any] = {"type": "array", "items": _S343}
_S397: dict[str, Any] = {"anyOf": [_S396, _S8]}
_S398: dict[str, Any] = {"enabled": _S10, "feedback_options": _S9, "options": _S397}
_S399: dict[str, Any] = {"type": "string", "enum": ["at_period_end", "immediately"]}
_S400: dict[str, Any] = {"type": "array", "items": _S177}
_S401: dict[str, Any] = {"anyOf": [_S400, _S8]}
_S402: dict[str, Any] = {"type": "string", "enum": ["indefinite", "interval_options"]}
_S403: dict[str, Any] = {"interval_options": _S401, "type": _S402}
_S404: dict[str, Any] = {"type": "object", "properties": _S403, "required": ["type"]}
_S405: dict[str, Any] = {"duration": _S404, "enabled": _S10}
_S406: dict[str, Any] = {"type": "object", "properties": _S405}
_S407: dict[str, Any] = {"type": "string", "enum": ["price", "promotion_code", "quantity"]}
_S408: dict[str, Any] = {"type": "array", "items": _S407}
_S409: dict[str, Any] = {"anyOf": [_S408, _S8]}
_S410: dict[str, Any] = {"enabled": _S10, "maximum": _S2, "minimum": _S2}
_S411: dict[str, Any] = {"type": "object", "properties": _S410, "required": ["enabled"]}
_S412: dict[str, Any] = {"adjustable_quantity": _S411, "prices": _S7, "product": _S6}
_S413: dict[str, Any] = {"type": "object", "properties": _S412, "required": ["prices", "product"]}
_S414: dict[str, Any] = {"type": "array", "items": _S413}
_S415: dict[str, Any] = {"anyOf": [_S414, _S8]}
_S416: dict[str, Any] = {
    "type": "string",
    "enum": ["decreasing_item_amount", "shortening_interval"],
}
_S417: dict[str, Any] = {"type": _S416}
_S418: dict[str, Any] = {"type": "object", "properties": _S417, "required": ["type"]}
_S419: dict[str, Any] = {"type": "array", "items": _S418}
_S420: dict[str, Any] = {"type": "string", "enum": ["continue_trial", "end_trial"]}
_S421: dict[str, Any] = {"subscription": _S6}
_S422: dict[str, Any] = {"type": "object", "properties": _S421, "required": ["subscription"]}
_S423: dict[str, Any] = {"type": "string", "enum": ["day", "hour"]}

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
                    "pause_schedules": _S192,
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
                                            "period": _S200,
                                            "price": _S6,
                                            "price_data": _S151,
                                            "quantity": _S2,
                                            "tax_rates": _S9,
                                        },
                                    },
                                },
                                "application_fee_percent": _S201,
                                "automatic_tax": _S15,
                                "billing_cycle_anchor": _S202,
                                "billing_thresholds": _S205,
                                "collection_method": _S1,
                                "currency": _S6,
                                "default_payment_method": _S6,
                                "default_tax_rates": _S9,
                                "description": _S28,
                                "discounts": _S24,
                                "duration": _S177,
                                "end_date": _S207,
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
                                            "billing_thresholds": _S210,
                                            "discounts": _S24,
                                            "metadata": _S26,
                                            "plan": _S6,
                                            "price": _S6,
                                            "price_data": _S212,
                                            "quantity": _S2,
                                            "tax_rates": _S9,
                                        },
                                    },
                                },
                                "metadata": _S26,
                                "on_behalf_of": _S6,
                                "proration_behavior": _S183,
                                "start_date": _S207,
                                "transfer_data": _S214,
                                "trial": _S10,
                                "trial_end": _S207,
                            },
                            "required": ["items"],
                        },
                    },
                    "proration_behavior": _S183,
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
                    "billing_schedules": _S225,
                    "cancel_at": _S227,
                    "cancel_at_period_end": _S10,
                    "cancel_now": _S10,
                    "default_tax_rates": _S9,
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "billing_thresholds": _S210,
                                "clear_usage": _S10,
                                "current_trial": _S229,
                                "deleted": _S10,
                                "discounts": _S24,
                                "id": _S6,
                                "metadata": _S27,
                                "plan": _S6,
                                "price": _S6,
                                "price_data": _S212,
                                "quantity": _S2,
                                "tax_rates": _S9,
                            },
                        },
                    },
                    "metadata": _S27,
                    "pause": {
                        "type": "object",
                        "properties": {
                            "bill_for": _S237,
                            "invoicing_behavior": _S169,
                            "type": _S170,
                        },
                    },
                    "proration_behavior": _S183,
                    "proration_date": _S2,
                    "resume_at": _S238,
                    "start_date": _S2,
                    "trial_end": _S207,
                },
            },
        },
        "required": [],
    },
    "GetInvoicesInvoice": _S240,
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
    "DeleteInvoicesInvoice": _S241,
    "PostInvoicesInvoiceFinalize": {
        "properties": {"auto_advance": _S10, "expand": _S7},
        "required": [],
    },
    "PostInvoicesInvoiceSend": _S240,
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
    "PostInvoicesInvoiceVoid": _S240,
    "PostInvoicesInvoiceMarkUncollectible": _S240,
    "GetInvoicesInvoiceLines": _S243,
    "PostInvoicesInvoiceLinesLineItemId": {
        "properties": {
            "amount": _S2,
            "description": _S6,
            "discountable": _S10,
            "discounts": _S24,
            "expand": _S7,
            "metadata": _S27,
            "period": _S148,
            "price_data": _S249,
            "pricing": _S251,
            "quantity": _S2,
            "quantity_decimal": _S149,
            "tax_amounts": _S260,
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
                        "price_data": _S249,
                        "pricing": _S251,
                        "quantity": _S2,
                        "quantity_decimal": _S149,
                        "tax_amounts": _S260,
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
                        "price_data": _S249,
                        "pricing": _S251,
                        "quantity": _S2,
                        "quantity_decimal": _S149,
                        "tax_amounts": _S260,
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
            "pricing": _S251,
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
    "GetInvoiceitemsInvoiceitem": _S240,
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
            "pricing": _S251,
            "quantity": _S2,
            "quantity_decimal": _S149,
            "tax_behavior": _S121,
            "tax_code": _S28,
            "tax_rates": _S9,
            "unit_amount_decimal": _S149,
        },
        "required": [],
    },
    "DeleteInvoiceitemsInvoiceitem": _S241,
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
            "cash_balance": _S265,
            "description": _S6,
            "email": _S6,
            "expand": _S7,
            "individual_name": _S28,
            "invoice_prefix": _S6,
            "invoice_settings": _S270,
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
    "GetCustomersCustomer": _S240,
    "PostCustomersCustomer": {
        "properties": {
            "address": _S42,
            "balance": _S2,
            "business_name": _S28,
            "cash_balance": _S265,
            "default_source": _S6,
            "description": _S6,
            "email": _S6,
            "expand": _S7,
            "individual_name": _S28,
            "invoice_prefix": _S6,
            "invoice_settings": _S270,
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
    "DeleteCustomersCustomer": _S241,
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
    "PostCreditNotes": _S291,
    "GetCreditNotesPreview": _S291,
    "GetCreditNotesPreviewLines": {
        "properties": {
            "amount": _S2,
            "credit_amount": _S2,
            "effective_at": _S2,
            "email_type": _S271,
            "ending_before": _S6,
            "expand": _S7,
            "invoice": _S6,
            "limit": _S2,
            "lines": _S280,
            "memo": _S6,
            "metadata": _S272,
            "out_of_band_amount": _S2,
            "reason": _S281,
            "refund_amount": _S2,
            "refunds": _S287,
            "shipping_cost": _S289,
            "starting_after": _S6,
        },
        "required": ["invoice"],
    },
    "GetCreditNotesCreditNoteLines": _S243,
    "GetCreditNotesId": _S240,
    "PostCreditNotesId": {
        "properties": {"expand": _S7, "memo": _S6, "metadata": _S272},
        "required": [],
    },
    "PostCreditNotesIdVoid": _S240,
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
    "GetInvoicePaymentsInvoicePayment": _S240,
    "GetSubscriptions": {
        "properties": {
            "automatic_tax": _S293,
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
            "add_invoice_items": _S304,
            "application_fee_percent": _S305,
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
                "items": {"type": "object", "properties": _S222, "required": ["bill_until"]},
            },
            "billing_thresholds": _S205,
            "cancel_at": {"anyOf": [_S2, _S226]},
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
                        "billing_thresholds": _S210,
                        "current_trial": _S229,
                        "discounts": _S24,
                        "metadata": _S272,
                        "plan": _S6,
                        "price": _S6,
                        "price_data": _S212,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S306,
            "off_session": _S10,
            "on_behalf_of": _S28,
            "payment_behavior": _S307,
            "payment_settings": _S332,
            "pending_invoice_item_interval": _S333,
            "proration_behavior": _S183,
            "transfer_data": _S214,
            "trial_end": _S334,
            "trial_from_plan": _S10,
            "trial_period_days": _S2,
            "trial_settings": _S340,
        },
        "required": [],
    },
    "GetSubscriptionsSearch": _S137,
    "GetSubscriptionsSubscriptionExposedId": _S240,
    "PostSubscriptionsSubscriptionExposedId": {
        "properties": {
            "add_invoice_items": _S304,
            "application_fee_percent": _S305,
            "automatic_tax": _S15,
            "billing_cycle_anchor": _S342,
            "billing_schedules": _S225,
            "billing_thresholds": _S205,
            "cancel_at": _S227,
            "cancel_at_period_end": _S10,
            "cancellation_details": _S346,
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
                        "billing_thresholds": _S210,
                        "clear_usage": _S10,
                        "current_trial": _S229,
                        "deleted": _S10,
                        "discounts": _S24,
                        "id": _S6,
                        "metadata": _S306,
                        "plan": _S6,
                        "price": _S6,
                        "price_data": _S212,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S306,
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
            "payment_behavior": _S307,
            "payment_settings": _S332,
            "pending_invoice_item_interval": _S333,
            "proration_behavior": _S183,
            "proration_date": _S2,
            "transfer_data": _S347,
            "trial_end": _S334,
            "trial_from_plan": _S10,
            "trial_settings": _S340,
        },
        "required": [],
    },
    "DeleteSubscriptionsSubscriptionExposedId": {
        "properties": {
            "cancellation_details": _S346,
            "expand": _S7,
            "invoice_now": _S10,
            "prorate": _S10,
        },
        "required": [],
    },
    "PostSubscriptionsSubscriptionResume": {
        "properties": {
            "billing_cycle_anchor": _S342,
            "expand": _S7,
            "payment_behavior": _S182,
            "proration_behavior": _S183,
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
            "billing_thresholds": _S210,
            "current_trial": _S229,
            "discounts": _S24,
            "expand": _S7,
            "metadata": _S272,
            "payment_behavior": _S307,
            "plan": _S6,
            "price": _S6,
            "price_data": _S212,
            "proration_behavior": _S183,
            "proration_date": _S2,
            "quantity": _S2,
            "subscription": _S6,
            "tax_rates": _S9,
        },
        "required": ["subscription"],
    },
    "GetSubscriptionItemsItem": _S240,
    "PostSubscriptionItemsItem": {
        "properties": {
            "billing_thresholds": _S210,
            "current_trial": _S229,
            "discounts": _S24,
            "expand": _S7,
            "metadata": _S306,
            "off_session": _S10,
            "payment_behavior": _S307,
            "plan": _S6,
            "price": _S6,
            "price_data": _S212,
            "proration_behavior": _S183,
            "proration_date": _S2,
            "quantity": _S2,
            "tax_rates": _S9,
        },
        "required": [],
    },
    "DeleteSubscriptionItemsItem": {
        "properties": {
            "clear_usage": _S10,
            "payment_behavior": _S307,
            "proration_behavior": _S183,
            "proration_date": _S2,
        },
        "required": [],
    },
    "GetTestHelpersTestClocks": _S243,
    "PostTestHelpersTestClocks": {
        "properties": {"customer": _S6, "expand": _S7, "frozen_time": _S2, "name": _S6},
        "required": ["frozen_time"],
    },
    "GetTestHelpersTestClocksTestClock": _S240,
    "DeleteTestHelpersTestClocksTestClock": _S241,
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
            "metadata": _S272,
            "percentage": _S201,
            "state": _S6,
            "tax_type": _S253,
        },
        "required": ["display_name", "inclusive", "percentage"],
    },
    "GetTaxRatesTaxRate": _S240,
    "PostTaxRatesTaxRate": {
        "properties": {
            "active": _S10,
            "country": _S6,
            "description": _S6,
            "display_name": _S6,
            "expand": _S7,
            "jurisdiction": _S6,
            "metadata": _S306,
            "state": _S6,
            "tax_type": _S253,
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
            "currency_options": _S350,
            "duration": {"type": "string", "enum": ["forever", "once", "repeating"]},
            "duration_in_months": _S2,
            "expand": _S7,
            "id": _S6,
            "max_redemptions": _S2,
            "metadata": _S306,
            "name": _S6,
            "percent_off": _S201,
            "redeem_by": _S2,
        },
        "required": [],
    },
    "GetCouponsCoupon": _S240,
    "PostCouponsCoupon": {
        "properties": {"currency_options": _S350, "expand": _S7, "metadata": _S306, "name": _S6},
        "required": [],
    },
    "DeleteCouponsCoupon": _S241,
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
            "type": _S351,
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
                    "currency_options": _S361,
                    "custom_unit_amount": _S353,
                    "metadata": _S272,
                    "recurring": _S177,
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
            "marketing_features": _S364,
            "metadata": _S272,
            "name": _S6,
            "package_dimensions": _S366,
            "shippable": _S10,
            "statement_descriptor": _S6,
            "tax_code": _S6,
            "tax_details": _S245,
            "type": _S351,
            "unit_label": _S6,
            "url": _S6,
        },
        "required": ["name"],
    },
    "GetProductsSearch": _S137,
    "GetProductsId": _S240,
    "PostProductsId": {
        "properties": {
            "active": _S10,
            "default_price": _S6,
            "description": _S28,
            "expand": _S7,
            "images": _S9,
            "marketing_features": {"anyOf": [_S364, _S8]},
            "metadata": _S306,
            "name": _S6,
            "package_dimensions": {"anyOf": [_S366, _S8]},
            "shippable": _S10,
            "statement_descriptor": _S6,
            "tax_code": _S28,
            "tax_details": {"anyOf": [_S245, _S8]},
            "unit_label": _S28,
            "url": _S28,
        },
        "required": [],
    },
    "DeleteProductsId": _S241,
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
                "properties": {"interval": _S175, "meter": _S6, "usage_type": _S367},
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
            "currency_options": _S361,
            "custom_unit_amount": _S353,
            "expand": _S7,
            "lookup_key": _S6,
            "metadata": _S272,
            "nickname": _S6,
            "product": _S6,
            "product_data": {
                "type": "object",
                "properties": {
                    "active": _S10,
                    "id": _S6,
                    "metadata": _S272,
                    "name": _S6,
                    "statement_descriptor": _S6,
                    "tax_code": _S6,
                    "tax_details": _S245,
                    "unit_label": _S6,
                },
                "required": ["name"],
            },
            "recurring": {
                "type": "object",
                "properties": {
                    "interval": _S175,
                    "interval_count": _S2,
                    "meter": _S6,
                    "trial_period_days": _S2,
                    "usage_type": _S367,
                },
                "required": ["interval"],
            },
            "tax_behavior": _S121,
            "tiers": _S358,
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
    "GetPricesPrice": _S240,
    "PostPricesPrice": {
        "properties": {
            "active": _S10,
            "currency_options": {"anyOf": [_S361, _S8]},
            "expand": _S7,
            "lookup_key": _S6,
            "metadata": _S306,
            "nickname": _S6,
            "tax_behavior": _S121,
            "transfer_lookup_key": _S10,
        },
        "required": [],
    },
    "GetCustomersCustomerTaxIds": _S243,
    "PostCustomersCustomerTaxIds": {
        "properties": {"expand": _S7, "type": _S143, "value": _S6},
        "required": ["type", "value"],
    },
    "GetCustomersCustomerTaxIdsId": _S240,
    "DeleteCustomersCustomerTaxIdsId": _S241,
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
            "metadata": _S306,
        },
        "required": ["amount", "currency"],
    },
    "GetCustomersCustomerBalanceTransactionsTransaction": _S240,
    "PostCustomersCustomerBalanceTransactionsTransaction": {
        "properties": {"description": _S6, "expand": _S7, "metadata": _S306},
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
    "GetEventsId": _S240,
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
            "metadata": _S272,
            "promotion": {
                "type": "object",
                "properties": {"coupon": _S6, "type": {"type": "string", "enum": ["coupon"]}},
                "required": ["type"],
            },
            "restrictions": {
                "type": "object",
                "properties": {
                    "currency_options": _S370,
                    "first_time_transaction": _S10,
                    "minimum_amount": _S2,
                    "minimum_amount_currency": _S6,
                },
            },
        },
        "required": ["promotion"],
    },
    "GetPromotionCodesPromotionCode": _S240,
    "PostPromotionCodesPromotionCode": {
        "properties": {
            "active": _S10,
            "expand": _S7,
            "metadata": _S306,
            "restrictions": {"type": "object", "properties": {"currency_options": _S370}},
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
    "GetCustomersCustomerPaymentMethodsPaymentMethod": _S240,
    "PostSubscriptionsSubscriptionPause": {
        "properties": {
            "bill_for": _S237,
            "expand": _S7,
            "invoicing_behavior": _S169,
            "type": _S170,
        },
        "required": [],
    },
    "DeleteSubscriptionsSubscriptionExposedIdDiscount": _S241,
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
            "application_fee_percent": _S305,
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
            "invoice_settings": _S372,
            "line_items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "discounts": _S24,
                        "price": _S6,
                        "price_data": _S373,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S272,
            "on_behalf_of": _S28,
            "subscription_data": {
                "type": "object",
                "properties": {
                    "billing_mode": _S157,
                    "description": _S6,
                    "effective_date": _S375,
                    "metadata": _S272,
                    "trial_period_days": _S113,
                },
            },
            "test_clock": _S6,
            "transfer_data": _S378,
        },
        "required": [],
    },
    "GetQuotesQuote": _S240,
    "PostQuotesQuote": {
        "properties": {
            "application_fee_amount": _S113,
            "application_fee_percent": _S305,
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
            "invoice_settings": _S372,
            "line_items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "discounts": _S24,
                        "id": _S6,
                        "price": _S6,
                        "price_data": _S373,
                        "quantity": _S2,
                        "tax_rates": _S9,
                    },
                },
            },
            "metadata": _S272,
            "on_behalf_of": _S28,
            "subscription_data": {
                "type": "object",
                "properties": {
                    "description": _S28,
                    "effective_date": _S375,
                    "metadata": _S272,
                    "trial_period_days": _S113,
                },
            },
            "transfer_data": _S378,
        },
        "required": [],
    },
    "PostQuotesQuoteFinalize": {"properties": {"expand": _S7, "expires_at": _S2}, "required": []},
    "PostQuotesQuoteAccept": _S240,
    "PostQuotesQuoteCancel": _S240,
    "GetQuotesQuoteLineItems": _S243,
    "GetQuotesQuotePdf": _S240,
    "GetQuotesQuoteComputedUpfrontLineItems": _S243,
    "GetSubscriptionSchedules": {
        "properties": {
            "canceled_at": _S5,
            "completed_at": _S5,
            "created": _S5,
            "customer": _S6,
            "customer_account": _S6,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "released_at": _S5,
            "scheduled": _S10,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostSubscriptionSchedules": {
        "properties": {
            "billing_mode": _S157,
            "customer": _S6,
            "customer_account": _S6,
            "default_settings": _S382,
            "end_behavior": _S383,
            "expand": _S7,
            "from_subscription": _S6,
            "metadata": _S306,
            "pause_schedules": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "key": _S6,
                        "pause": {"type": "object", "properties": _S173, "required": ["pause_at"]},
                        "resume": {
                            "type": "object",
                            "properties": _S186,
                            "required": ["resume_at"],
                        },
                    },
                },
            },
            "phases": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "add_invoice_items": _S386,
                        "application_fee_percent": _S201,
                        "automatic_tax": _S15,
                        "billing_cycle_anchor": _S202,
                        "billing_thresholds": _S205,
                        "collection_method": _S1,
                        "currency": _S6,
                        "default_payment_method": _S6,
                        "default_tax_rates": _S9,
                        "description": _S28,
                        "discounts": _S24,
                        "duration": _S177,
                        "end_date": _S2,
                        "invoice_settings": _S380,
                        "items": _S389,
                        "metadata": _S272,
                        "on_behalf_of": _S6,
                        "proration_behavior": _S183,
                        "transfer_data": _S214,
                        "trial": _S10,
                        "trial_end": _S2,
                    },
                    "required": ["items"],
                },
            },
            "start_date": _S334,
        },
        "required": [],
    },
    "GetSubscriptionSchedulesSchedule": _S240,
    "PostSubscriptionSchedulesSchedule": {
        "properties": {
            "default_settings": _S382,
            "end_behavior": _S383,
            "expand": _S7,
            "metadata": _S306,
            "pause_schedules": _S192,
            "phases": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "add_invoice_items": _S386,
                        "application_fee_percent": _S201,
                        "automatic_tax": _S15,
                        "billing_cycle_anchor": _S202,
                        "billing_thresholds": _S205,
                        "collection_method": _S1,
                        "currency": _S6,
                        "default_payment_method": _S6,
                        "default_tax_rates": _S9,
                        "description": _S28,
                        "discounts": _S24,
                        "duration": _S177,
                        "end_date": _S334,
                        "invoice_settings": _S380,
                        "items": _S389,
                        "metadata": _S272,
                        "on_behalf_of": _S6,
                        "proration_behavior": _S183,
                        "start_date": _S334,
                        "transfer_data": _S214,
                        "trial": _S10,
                        "trial_end": _S334,
                    },
                    "required": ["items"],
                },
            },
            "proration_behavior": _S183,
        },
        "required": [],
    },
    "PostSubscriptionSchedulesScheduleCancel": {
        "properties": {"expand": _S7, "invoice_now": _S10, "prorate": _S10},
        "required": [],
    },
    "PostSubscriptionSchedulesScheduleRelease": {
        "properties": {"expand": _S7, "preserve_cancel_date": _S10},
        "required": [],
    },
    "GetBillingPortalConfigurations": {
        "properties": {
            "active": _S10,
            "ending_before": _S6,
            "expand": _S7,
            "is_default": _S10,
            "limit": _S2,
            "starting_after": _S6,
        },
        "required": [],
    },
    "PostBillingPortalConfigurations": {
        "properties": {
            "business_profile": {
                "type": "object",
                "properties": {
                    "headline": _S28,
                    "privacy_policy_url": _S6,
                    "terms_of_service_url": _S6,
                },
            },
            "default_return_url": _S28,
            "expand": _S7,
            "features": {
                "type": "object",
                "properties": {
                    "customer_update": {
                        "type": "object",
                        "properties": _S393,
                        "required": ["enabled"],
                    },
                    "invoice_history": _S293,
                    "payment_method_update": _S395,
                    "subscription_cancel": {
                        "type": "object",
                        "properties": {
                            "cancellation_reason": {
                                "type": "object",
                                "properties": _S398,
                                "required": ["enabled", "options"],
                            },
                            "enabled": _S10,
                            "mode": _S399,
                            "proration_behavior": _S183,
                        },
                        "required": ["enabled"],
                    },
                    "subscription_pause": _S406,
                    "subscription_update": {
                        "type": "object",
                        "properties": {
                            "billing_cycle_anchor": _S335,
                            "default_allowed_updates": _S409,
                            "enabled": _S10,
                            "products": _S415,
                            "proration_behavior": _S183,
                            "schedule_at_period_end": {
                                "type": "object",
                                "properties": {"conditions": _S419},
                            },
                            "trial_update_behavior": _S420,
                        },
                        "required": ["enabled"],
                    },
                },
            },
            "login_page": _S293,
            "metadata": _S272,
            "name": _S28,
        },
        "required": ["features"],
    },
    "GetBillingPortalConfigurationsConfiguration": _S240,
    "PostBillingPortalConfigurationsConfiguration": {
        "properties": {
            "active": _S10,
            "business_profile": {
                "type": "object",
                "properties": {
                    "headline": _S28,
                    "privacy_policy_url": _S28,
                    "terms_of_service_url": _S28,
                },
            },
            "default_return_url": _S28,
            "expand": _S7,
            "features": {
                "type": "object",
                "properties": {
                    "customer_update": {"type": "object", "properties": _S393},
                    "invoice_history": _S293,
                    "payment_method_update": _S395,
                    "subscription_cancel": {
                        "type": "object",
                        "properties": {
                            "cancellation_reason": {
                                "type": "object",
                                "properties": _S398,
                                "required": ["enabled"],
                            },
                            "enabled": _S10,
                            "mode": _S399,
                            "proration_behavior": _S183,
                        },
                    },
                    "subscription_pause": _S406,
                    "subscription_update": {
                        "type": "object",
                        "properties": {
                            "billing_cycle_anchor": _S335,
                            "default_allowed_updates": _S409,
                            "enabled": _S10,
                            "products": _S415,
                            "proration_behavior": _S183,
                            "schedule_at_period_end": {
                                "type": "object",
                                "properties": {"conditions": {"anyOf": [_S419, _S8]}},
                            },
                            "trial_update_behavior": _S420,
                        },
                    },
                },
            },
            "login_page": _S293,
            "metadata": _S306,
            "name": _S28,
        },
        "required": [],
    },
    "PostBillingPortalSessions": {
        "properties": {
            "after_expiration": {
                "type": "object",
                "properties": {
                    "customer_login": _S312,
                    "type": {"type": "string", "enum": ["customer_login"]},
                },
                "required": ["type"],
            },
            "configuration": _S6,
            "customer": _S6,
            "customer_account": _S6,
            "expand": _S7,
            "flow_data": {
                "type": "object",
                "properties": {
                    "after_completion": {
                        "type": "object",
                        "properties": {
                            "hosted_confirmation": {
                                "type": "object",
                                "properties": {"custom_message": _S6},
                            },
                            "redirect": {
                                "type": "object",
                                "properties": {"return_url": _S6},
                                "required": ["return_url"],
                            },
                            "type": {
                                "type": "string",
                                "enum": ["hosted_confirmation", "portal_homepage", "redirect"],
                            },
                        },
                        "required": ["type"],
                    },
                    "subscription_cancel": {
                        "type": "object",
                        "properties": {
                            "retention": {
                                "type": "object",
                                "properties": {
                                    "coupon_offer": {
                                        "type": "object",
                                        "properties": {"coupon": _S6},
                                        "required": ["coupon"],
                                    },
                                    "type": {"type": "string", "enum": ["coupon_offer"]},
                                },
                                "required": ["coupon_offer", "type"],
                            },
                            "subscription": _S6,
                        },
                        "required": ["subscription"],
                    },
                    "subscription_pause": _S422,
                    "subscription_update": _S422,
                    "subscription_update_confirm": {
                        "type": "object",
                        "properties": {
                            "discounts": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {"coupon": _S6, "promotion_code": _S6},
                                },
                            },
                            "items": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {"id": _S6, "price": _S6, "quantity": _S2},
                                    "required": ["id"],
                                },
                            },
                            "subscription": _S6,
                        },
                        "required": ["items", "subscription"],
                    },
                    "type": {
                        "type": "string",
                        "enum": [
                            "customer_update",
                            "payment_method_update",
                            "subscription_cancel",
                            "subscription_pause",
                            "subscription_update",
                            "subscription_update_confirm",
                        ],
                    },
                },
                "required": ["type"],
            },
            "locale": {
                "type": "string",
                "enum": [
                    "auto",
                    "bg",
                    "cs",
                    "da",
                    "de",
                    "el",
                    "en",
                    "en-AU",
                    "en-CA",
                    "en-GB",
                    "en-IE",
                    "en-IN",
                    "en-NZ",
                    "en-SG",
                    "es",
                    "es-419",
                    "et",
                    "fi",
                    "fil",
                    "fr",
                    "fr-CA",
                    "hr",
                    "hu",
                    "id",
                    "it",
                    "ja",
                    "ko",
                    "lt",
                    "lv",
                    "ms",
                    "mt",
                    "nb",
                    "nl",
                    "pl",
                    "pt",
                    "pt-BR",
                    "ro",
                    "ru",
                    "sk",
                    "sl",
                    "sv",
                    "th",
                    "tr",
                    "vi",
                    "zh",
                    "zh-HK",
                    "zh-TW",
                ],
            },
            "on_behalf_of": _S6,
            "return_url": _S6,
        },
        "required": [],
    },
    "GetBillingMeters": {
        "properties": {
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "status": {"type": "string", "enum": ["active", "inactive"]},
        },
        "required": [],
    },
    "PostBillingMeters": {
        "properties": {
            "customer_mapping": {
                "type": "object",
                "properties": {
                    "event_payload_key": _S6,
                    "type": {"type": "string", "enum": ["by_id"]},
                },
                "required": ["event_payload_key", "type"],
            },
            "default_aggregation": {
                "type": "object",
                "properties": {"formula": {"type": "string", "enum": ["count", "last", "sum"]}},
                "required": ["formula"],
            },
            "display_name": _S6,
            "event_name": _S6,
            "event_time_window": _S423,
            "expand": _S7,
            "value_settings": {
                "type": "object",
                "properties": {"event_payload_key": _S6},
                "required": ["event_payload_key"],
            },
        },
        "required": ["default_aggregation", "display_name", "event_name"],
    },
    "GetBillingMetersId": _S240,
    "PostBillingMetersId": {"properties": {"display_name": _S6, "expand": _S7}, "required": []},
    "PostBillingMetersIdDeactivate": _S240,
    "PostBillingMetersIdReactivate": _S240,
    "GetBillingMetersIdEventSummaries": {
        "properties": {
            "customer": _S6,
            "end_time": _S2,
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "start_time": _S2,
            "starting_after": _S6,
            "value_grouping_window": _S423,
        },
        "required": ["customer", "end_time", "start_time"],
    },
    "PostBillingMeterEvents": {
        "properties": {
            "event_name": _S6,
            "expand": _S7,
            "identifier": _S6,
            "payload": _S272,
            "timestamp": _S2,
        },
        "required": ["event_name", "payload"],
    },
    "PostBillingMeterEventAdjustments": {
        "properties": {
            "cancel": {"type": "object", "properties": {"identifier": _S6}},
            "event_name": _S6,
            "expand": _S7,
            "type": {"type": "string", "enum": ["cancel"]},
        },
        "required": ["event_name", "type"],
    },
    "DeleteCustomersCustomerDiscount": _S241,
    "GetInvoiceRenderingTemplates": {
        "properties": {
            "ending_before": _S6,
            "expand": _S7,
            "limit": _S2,
            "starting_after": _S6,
            "status": {"type": "string", "enum": ["active", "archived"]},
        },
        "required": [],
    },
    "GetInvoiceRenderingTemplatesTemplate": {
        "properties": {"expand": _S7, "version": _S2},
        "required": [],
    },
    "PostInvoiceRenderingTemplatesTemplateArchive": _S240,
    "PostInvoiceRenderingTemplatesTemplateUnarchive": _S240,
}
