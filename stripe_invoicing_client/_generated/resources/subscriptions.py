"""`client.subscriptions` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from ..._core.search_query import search_params
from ..operations import (
    DeleteSubscriptionsSubscriptionExposedId,
    DeleteSubscriptionsSubscriptionExposedIdDiscount,
    GetSubscriptions,
    GetSubscriptionsSearch,
    GetSubscriptionsSubscriptionExposedId,
    PostSubscriptions,
    PostSubscriptionsSubscriptionExposedId,
    PostSubscriptionsSubscriptionMigrate,
    PostSubscriptionsSubscriptionPause,
    PostSubscriptionsSubscriptionResume,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import discount as models_discount
    from ..models import subscription as models_subscription
    from ..params import subscriptions as params_subscriptions


class Subscriptions(SyncAPIResource):
    """Subscriptions: a customer billed each period, by invoice or automatically."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionListParams],
    ) -> SyncPager[models_subscription.Subscription]:
        """Every matching subscription (not canceled ones, unless asked), newest first.

        Args:
            automatic_tax (AutomaticTax): Only subscriptions whose automatic tax is on (or off).
            collection_method (Literal['charge_automatically', 'send_invoice']): Only subscriptions collected this way.
            created (RangeQuerySpecs | int): Unix timestamp in seconds when the object was created.
            current_period_end (RangeQuerySpecs | int): Only subscriptions whose current period ends at this time or in this range.
            current_period_start (RangeQuerySpecs | int): Only subscriptions whose current period began at this time or in this range.
            customer (str): Only this customer's subscriptions.
            customer_account (str): Only subscriptions of the customer this Account stands for.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            plan (str): Only subscriptions that bill this legacy plan.
            price (str): Only subscriptions that bill this price.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid']): Only subscriptions in this status; `all` includes canceled ones, `ended` only the canceled and the expired (`incomplete_expired`) ones.
            test_clock (str): Only subscriptions whose time follows this test clock.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Subscription]: iterate it for every match, one Subscription at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetSubscriptions,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionCreateParams],
    ) -> models_subscription.Subscription:
        """Subscribe a customer to prices; the first invoice is created at once.

        Args:
            add_invoice_items (list[AddInvoiceItem]): One-off prices or amounts to put on the next invoice only (at most 20).
            application_fee_percent (float | Literal['']): Share of each invoice total, in percent, that goes to the Connect platform.
            automatic_tax (AutomaticTaxParam): Whether Stripe computes tax on the subscription's invoices, and who is liable for it.
            backdate_start_date (int): A past Unix timestamp to start the subscription from; the first invoice bills the time since then.
            billing_cycle_anchor (int): Unix timestamp the billing periods are aligned to.
            billing_cycle_anchor_config (BillingCycleAnchorConfig): Day of the month (and time of day) the billing periods are aligned to, instead of a timestamp.
            billing_mode (BillingModeParam): How prorations and invoices are computed: `classic` or `flexible`.
            billing_schedules (list[BillingSchedule]): Schedules that bill several service periods ahead of time.
            billing_thresholds (BillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            cancel_at (int | Literal['max_billed_until', 'max_period_end', 'min_period_end']): Unix timestamp at which the subscription is set to end.
            cancel_at_period_end (bool): Whether the subscription ends when the current period does.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer).
            currency (str): Three-letter lowercase ISO currency code the subscription bills in.
            customer (str): Id of the customer to bill.
            customer_account (str): Id of the Account object that stands for the billed customer.
            days_until_due (int): Days between an invoice's finalization and its due date, for `send_invoice` collection.
            default_payment_method (str): Payment method charged for the invoices, ahead of the customer's default (an id unless expanded).
            default_source (str): Legacy source charged for the invoices when there is no default payment method (an id unless expanded).
            default_tax_rates (list[str] | Literal['']): Tax rates applied to every item without rates of its own.
            description (str): Text shown to the customer, for example on the invoices.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_settings (InvoiceSettings): Settings copied onto every invoice: account tax ids and the issuer.
            items (list[ItemsParam]): The prices the subscription bills, each with its quantity.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            off_session (bool): Whether the customer is away while the payment is attempted.
            on_behalf_of (str | Literal['']): Connected account the charges are made on behalf of (an id unless expanded).
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`.
            payment_settings (PaymentSettingsParam): Payment method types and options for the subscription's invoices.
            pending_invoice_item_interval (DurationParam | Literal['']): How often pending invoice items are invoiced between periods.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            transfer_data (TransferDataParam): Connected account that receives part of each invoice's payment.
            trial_end (int | Literal['now']): Unix timestamp when the trial ends, or `now` to end it at once.
            trial_from_plan (bool): Whether the trial length comes from the price's own trial period.
            trial_period_days (int): Length of the trial, in days from now.
            trial_settings (TrialSettings): What happens when the trial ends without a payment method.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptions,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionSearchParams],
    ) -> SyncPager[models_subscription.Subscription]:
        """Subscriptions matching a search `query` (a str, or built from `SubscriptionSearch`).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor for the next page, from a previous search result's `next_page`.
            query (str | SearchQuery[SubscriptionSearch], required): The search query, in Stripe's search query language, on canceled_at, created, metadata and status; or a query built with `SubscriptionSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Subscription]: iterate it for search results, one Subscription at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetSubscriptionsSearch,
            {},
            search_params("subscriptions", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    def retrieve(
        self,
        subscription_exposed_id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionRetrieveParams],
    ) -> models_subscription.Subscription:
        """Fetch one subscription by its id.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionUpdateParams],
    ) -> models_subscription.Subscription:
        """Change a subscription: items (prorated), collection, `pause_collection`, cancel later.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).
            add_invoice_items (list[AddInvoiceItem]): One-off prices or amounts to put on the next invoice only (at most 20).
            application_fee_percent (float | Literal['']): Share of each invoice total, in percent, that goes to the Connect platform.
            automatic_tax (AutomaticTaxParam): Whether Stripe computes tax on the subscription's invoices, and who is liable for it.
            billing_cycle_anchor (BillingCycleAnchor): Unix timestamp the billing periods are aligned to.
            billing_schedules (list[BillingScheduleParam] | Literal['']): Schedules that bill several service periods ahead of time.
            billing_thresholds (BillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            cancel_at (int | Literal['max_billed_until', 'max_period_end', 'min_period_end'] | Literal['']): Unix timestamp at which the subscription is set to end.
            cancel_at_period_end (bool): True to end the subscription when the current period does; false to keep it going.
            cancellation_details (CancellationDetails): Why the subscription was canceled, with the customer's feedback and comment.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer).
            days_until_due (int): Days between an invoice's finalization and its due date, for `send_invoice` collection.
            default_payment_method (str): Payment method charged for the invoices, ahead of the customer's default (an id unless expanded).
            default_source (str | Literal['']): Legacy source charged for the invoices when there is no default payment method (an id unless expanded).
            default_tax_rates (list[str] | Literal['']): Tax rates applied to every item without rates of its own.
            description (str | Literal['']): Text shown to the customer, for example on the invoices.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_settings (SubscriptionUpdateInvoiceSettingsParam): Settings copied onto every invoice: account tax ids and the issuer.
            items (list[Item]): The prices the subscription bills, each with its quantity.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            off_session (bool): Whether the customer is away while the payment is attempted.
            on_behalf_of (str | Literal['']): Connected account the charges are made on behalf of (an id unless expanded).
            pause_collection (PauseCollection | Literal['']): While set, invoices are drafted, voided or left uncollectible as `behavior` says; an empty string resumes collection.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`.
            payment_settings (PaymentSettingsParam): Payment method types and options for the subscription's invoices.
            pending_invoice_item_interval (DurationParam | Literal['']): How often pending invoice items are invoiced between periods.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.
            transfer_data (TransferDataParam | Literal['']): Connected account that receives part of each invoice's payment.
            trial_end (int | Literal['now']): Unix timestamp when the trial ends, or `now` to end it at once.
            trial_from_plan (bool): Whether the trial length comes from the price's own trial period.
            trial_settings (TrialSettings): What happens when the trial ends without a payment method.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def cancel(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionCancelParams],
    ) -> models_subscription.Subscription:
        """Cancel a subscription now, optionally with a final (prorated) invoice.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).
            cancellation_details (CancellationDetails): Why the subscription is being canceled, recorded on it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_now (bool): Whether a final invoice for unbilled usage and prorations is issued now.
            prorate (bool): Whether the unused time of the current period is credited.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            DeleteSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def resume(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionResumeParams],
    ) -> models_subscription.Subscription:
        """Resume a paused subscription: active again once its resumption invoice, if any, is paid.

        Args:
            subscription (str, required): Id of the subscription (starts with `sub_`).
            billing_cycle_anchor (BillingCycleAnchor): `now` to restart the billing cycle at resumption, or `unchanged`.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            payment_behavior (Literal['resume_on_payment_attempt', 'resume_on_payment_success']): When the paused subscription becomes active: `resume_on_payment_attempt` (the default), or `resume_on_payment_success`, only once the resumption invoice is paid.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionsSubscriptionResume,
            {"subscription": subscription},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def pause(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionPauseParams],
    ) -> models_subscription.Subscription:
        """Pause a subscription: no invoices until it is resumed.

        Args:
            subscription (str, required): Id of the subscription (starts with `sub_`).
            bill_for (InvoiceCreatePreviewBillForParam): What to bill for when pausing: usage so far and unused time.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoicing_behavior (Literal['invoice', 'pending_invoice_item']): Whether what is billed on pausing makes an invoice now or pending invoice items.
            type (Literal['subscription']): What is paused: the whole subscription.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionsSubscriptionPause,
            {"subscription": subscription},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def delete_discount(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_discount.DeletedDiscount:
        """Remove the discount applied to a subscription.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedDiscount: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            DeleteSubscriptionsSubscriptionExposedIdDiscount,
            {"subscription_exposed_id": subscription_exposed_id},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def migrate(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionMigrateParams],
    ) -> models_subscription.Subscription:
        """Move a subscription to the flexible billing mode.

        Args:
            subscription (str, required): Id of the subscription (starts with `sub_`).
            billing_mode (BillingMode, required): The billing mode to move to, with its settings.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionsSubscriptionMigrate,
            {"subscription": subscription},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncSubscriptions(AsyncAPIResource):
    """Subscriptions: a customer billed each period, by invoice or automatically."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionListParams],
    ) -> AsyncPager[models_subscription.Subscription]:
        """Every matching subscription (not canceled ones, unless asked), newest first.

        Args:
            automatic_tax (AutomaticTax): Only subscriptions whose automatic tax is on (or off).
            collection_method (Literal['charge_automatically', 'send_invoice']): Only subscriptions collected this way.
            created (RangeQuerySpecs | int): Unix timestamp in seconds when the object was created.
            current_period_end (RangeQuerySpecs | int): Only subscriptions whose current period ends at this time or in this range.
            current_period_start (RangeQuerySpecs | int): Only subscriptions whose current period began at this time or in this range.
            customer (str): Only this customer's subscriptions.
            customer_account (str): Only subscriptions of the customer this Account stands for.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            plan (str): Only subscriptions that bill this legacy plan.
            price (str): Only subscriptions that bill this price.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid']): Only subscriptions in this status; `all` includes canceled ones, `ended` only the canceled and the expired (`incomplete_expired`) ones.
            test_clock (str): Only subscriptions whose time follows this test clock.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Subscription]: iterate it for every match, one Subscription at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetSubscriptions,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionCreateParams],
    ) -> models_subscription.Subscription:
        """Subscribe a customer to prices; the first invoice is created at once.

        Args:
            add_invoice_items (list[AddInvoiceItem]): One-off prices or amounts to put on the next invoice only (at most 20).
            application_fee_percent (float | Literal['']): Share of each invoice total, in percent, that goes to the Connect platform.
            automatic_tax (AutomaticTaxParam): Whether Stripe computes tax on the subscription's invoices, and who is liable for it.
            backdate_start_date (int): A past Unix timestamp to start the subscription from; the first invoice bills the time since then.
            billing_cycle_anchor (int): Unix timestamp the billing periods are aligned to.
            billing_cycle_anchor_config (BillingCycleAnchorConfig): Day of the month (and time of day) the billing periods are aligned to, instead of a timestamp.
            billing_mode (BillingModeParam): How prorations and invoices are computed: `classic` or `flexible`.
            billing_schedules (list[BillingSchedule]): Schedules that bill several service periods ahead of time.
            billing_thresholds (BillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            cancel_at (int | Literal['max_billed_until', 'max_period_end', 'min_period_end']): Unix timestamp at which the subscription is set to end.
            cancel_at_period_end (bool): Whether the subscription ends when the current period does.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer).
            currency (str): Three-letter lowercase ISO currency code the subscription bills in.
            customer (str): Id of the customer to bill.
            customer_account (str): Id of the Account object that stands for the billed customer.
            days_until_due (int): Days between an invoice's finalization and its due date, for `send_invoice` collection.
            default_payment_method (str): Payment method charged for the invoices, ahead of the customer's default (an id unless expanded).
            default_source (str): Legacy source charged for the invoices when there is no default payment method (an id unless expanded).
            default_tax_rates (list[str] | Literal['']): Tax rates applied to every item without rates of its own.
            description (str): Text shown to the customer, for example on the invoices.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_settings (InvoiceSettings): Settings copied onto every invoice: account tax ids and the issuer.
            items (list[ItemsParam]): The prices the subscription bills, each with its quantity.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            off_session (bool): Whether the customer is away while the payment is attempted.
            on_behalf_of (str | Literal['']): Connected account the charges are made on behalf of (an id unless expanded).
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`.
            payment_settings (PaymentSettingsParam): Payment method types and options for the subscription's invoices.
            pending_invoice_item_interval (DurationParam | Literal['']): How often pending invoice items are invoiced between periods.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            transfer_data (TransferDataParam): Connected account that receives part of each invoice's payment.
            trial_end (int | Literal['now']): Unix timestamp when the trial ends, or `now` to end it at once.
            trial_from_plan (bool): Whether the trial length comes from the price's own trial period.
            trial_period_days (int): Length of the trial, in days from now.
            trial_settings (TrialSettings): What happens when the trial ends without a payment method.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptions,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionSearchParams],
    ) -> AsyncPager[models_subscription.Subscription]:
        """Subscriptions matching a search `query` (a str, or built from `SubscriptionSearch`).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor for the next page, from a previous search result's `next_page`.
            query (str | SearchQuery[SubscriptionSearch], required): The search query, in Stripe's search query language, on canceled_at, created, metadata and status; or a query built with `SubscriptionSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Subscription]: iterate it for search results, one Subscription at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetSubscriptionsSearch,
            {},
            search_params("subscriptions", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    async def retrieve(
        self,
        subscription_exposed_id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionRetrieveParams],
    ) -> models_subscription.Subscription:
        """Fetch one subscription by its id.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionUpdateParams],
    ) -> models_subscription.Subscription:
        """Change a subscription: items (prorated), collection, `pause_collection`, cancel later.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).
            add_invoice_items (list[AddInvoiceItem]): One-off prices or amounts to put on the next invoice only (at most 20).
            application_fee_percent (float | Literal['']): Share of each invoice total, in percent, that goes to the Connect platform.
            automatic_tax (AutomaticTaxParam): Whether Stripe computes tax on the subscription's invoices, and who is liable for it.
            billing_cycle_anchor (BillingCycleAnchor): Unix timestamp the billing periods are aligned to.
            billing_schedules (list[BillingScheduleParam] | Literal['']): Schedules that bill several service periods ahead of time.
            billing_thresholds (BillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            cancel_at (int | Literal['max_billed_until', 'max_period_end', 'min_period_end'] | Literal['']): Unix timestamp at which the subscription is set to end.
            cancel_at_period_end (bool): True to end the subscription when the current period does; false to keep it going.
            cancellation_details (CancellationDetails): Why the subscription was canceled, with the customer's feedback and comment.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer).
            days_until_due (int): Days between an invoice's finalization and its due date, for `send_invoice` collection.
            default_payment_method (str): Payment method charged for the invoices, ahead of the customer's default (an id unless expanded).
            default_source (str | Literal['']): Legacy source charged for the invoices when there is no default payment method (an id unless expanded).
            default_tax_rates (list[str] | Literal['']): Tax rates applied to every item without rates of its own.
            description (str | Literal['']): Text shown to the customer, for example on the invoices.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_settings (SubscriptionUpdateInvoiceSettingsParam): Settings copied onto every invoice: account tax ids and the issuer.
            items (list[Item]): The prices the subscription bills, each with its quantity.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            off_session (bool): Whether the customer is away while the payment is attempted.
            on_behalf_of (str | Literal['']): Connected account the charges are made on behalf of (an id unless expanded).
            pause_collection (PauseCollection | Literal['']): While set, invoices are drafted, voided or left uncollectible as `behavior` says; an empty string resumes collection.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`.
            payment_settings (PaymentSettingsParam): Payment method types and options for the subscription's invoices.
            pending_invoice_item_interval (DurationParam | Literal['']): How often pending invoice items are invoiced between periods.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.
            transfer_data (TransferDataParam | Literal['']): Connected account that receives part of each invoice's payment.
            trial_end (int | Literal['now']): Unix timestamp when the trial ends, or `now` to end it at once.
            trial_from_plan (bool): Whether the trial length comes from the price's own trial period.
            trial_settings (TrialSettings): What happens when the trial ends without a payment method.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def cancel(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionCancelParams],
    ) -> models_subscription.Subscription:
        """Cancel a subscription now, optionally with a final (prorated) invoice.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).
            cancellation_details (CancellationDetails): Why the subscription is being canceled, recorded on it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_now (bool): Whether a final invoice for unbilled usage and prorations is issued now.
            prorate (bool): Whether the unused time of the current period is credited.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            DeleteSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def resume(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionResumeParams],
    ) -> models_subscription.Subscription:
        """Resume a paused subscription: active again once its resumption invoice, if any, is paid.

        Args:
            subscription (str, required): Id of the subscription (starts with `sub_`).
            billing_cycle_anchor (BillingCycleAnchor): `now` to restart the billing cycle at resumption, or `unchanged`.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            payment_behavior (Literal['resume_on_payment_attempt', 'resume_on_payment_success']): When the paused subscription becomes active: `resume_on_payment_attempt` (the default), or `resume_on_payment_success`, only once the resumption invoice is paid.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionsSubscriptionResume,
            {"subscription": subscription},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def pause(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionPauseParams],
    ) -> models_subscription.Subscription:
        """Pause a subscription: no invoices until it is resumed.

        Args:
            subscription (str, required): Id of the subscription (starts with `sub_`).
            bill_for (InvoiceCreatePreviewBillForParam): What to bill for when pausing: usage so far and unused time.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoicing_behavior (Literal['invoice', 'pending_invoice_item']): Whether what is billed on pausing makes an invoice now or pending invoice items.
            type (Literal['subscription']): What is paused: the whole subscription.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionsSubscriptionPause,
            {"subscription": subscription},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete_discount(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_discount.DeletedDiscount:
        """Remove the discount applied to a subscription.

        Args:
            subscription_exposed_id (str, required): Id of the subscription (starts with `sub_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedDiscount: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            DeleteSubscriptionsSubscriptionExposedIdDiscount,
            {"subscription_exposed_id": subscription_exposed_id},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def migrate(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionMigrateParams],
    ) -> models_subscription.Subscription:
        """Move a subscription to the flexible billing mode.

        Args:
            subscription (str, required): Id of the subscription (starts with `sub_`).
            billing_mode (BillingMode, required): The billing mode to move to, with its settings.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Subscription: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionsSubscriptionMigrate,
            {"subscription": subscription},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class SubscriptionsWithRawResponse:
    """`with_raw_response` for Subscriptions: the same methods, returning RawResponse."""

    def __init__(self, resource: Subscriptions) -> None:
        self.list = raw_first_page(resource.list, GetSubscriptions)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetSubscriptionsSearch)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.cancel = raw(resource.cancel)
        self.resume = raw(resource.resume)
        self.pause = raw(resource.pause)
        self.delete_discount = raw(resource.delete_discount)
        self.migrate = raw(resource.migrate)


class AsyncSubscriptionsWithRawResponse:
    """`with_raw_response` for Subscriptions: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        self.list = async_raw_first_page(resource.list, GetSubscriptions)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetSubscriptionsSearch)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.cancel = async_raw(resource.cancel)
        self.resume = async_raw(resource.resume)
        self.pause = async_raw(resource.pause)
        self.delete_discount = async_raw(resource.delete_discount)
        self.migrate = async_raw(resource.migrate)
