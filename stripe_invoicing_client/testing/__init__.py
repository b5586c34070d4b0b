"""An in-memory fake of Stripe's invoicing API, served as an httpx transport.

    from stripe_invoicing_client.testing import FakeStripe

    fake = FakeStripe()
    with fake.sync_http_client() as http:
        http.post("/v1/customers", data={"email": "a@example.com"})

It keeps state (customers, invoice items, invoices and their lines), follows the invoice
state machine, answers errors the way Stripe does, honours idempotency keys, records events,
and can inject faults for retry tests.
"""

from ._clock import FakeClock
from ._declining_cards import DECLINING_CARDS, DecliningCard
from ._fake import BASE_URL, DEFAULT_API_KEY, FakeStripe
from ._faults import (
    FAULT_EXTENSION,
    AddLatency,
    DropAfterWrite,
    DropBeforeWrite,
    FailAfterWrite,
    FailBeforeWrite,
    FailRequest,
    Fault,
    FaultRule,
    RandomFaults,
    TruncateResponse,
)
from ._invoice_status import DECLINE_METADATA_KEY
from ._invoice_store import SentInvoice
from ._loopback import LoopbackServer
from ._rate_limits import RateLimitCounts, RateLimits
from ._records import AppliedWrite, RecordedRequest
from ._state import API_VERSION
from ._transport import FakeTransport

__all__ = [
    "API_VERSION",
    "BASE_URL",
    "DECLINE_METADATA_KEY",
    "DECLINING_CARDS",
    "DEFAULT_API_KEY",
    "FAULT_EXTENSION",
    "AddLatency",
    "AppliedWrite",
    "DecliningCard",
    "DropAfterWrite",
    "DropBeforeWrite",
    "FailAfterWrite",
    "FailBeforeWrite",
    "FailRequest",
    "FakeClock",
    "FakeStripe",
    "FakeTransport",
    "Fault",
    "FaultRule",
    "LoopbackServer",
    "RandomFaults",
    "RateLimitCounts",
    "RateLimits",
    "RecordedRequest",
    "SentInvoice",
    "TruncateResponse",
]
