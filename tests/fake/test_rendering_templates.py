"""Invoice rendering templates on the fake: added as the Dashboard adds them, listed,
retrieved (an older version too), archived and unarchived; and a template named on invoices
(`rendering`) and customers (`invoice_settings[rendering_options]`), checked before anything
changes."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

TEMPLATES = "/v1/invoice_rendering_templates"


def _ids(api: Api, **params: Any) -> list[str]:
    return [t["id"] for t in api.get(TEMPLATES, params)["data"]]


def test_templates_are_listed_newest_first_and_by_status(api: Api, fake: FakeStripe) -> None:
    plain = fake.add_invoice_rendering_template("Plain", metadata={"team": "billing"})
    fake.clock.advance(60)
    branded = fake.add_invoice_rendering_template(version=3)
    archived = api.post(f"{TEMPLATES}/{plain}/archive")
    assert archived == {
        "id": plain,
        "object": "invoice_rendering_template",
        "created": fake.clock.now() - 60,
        "livemode": False,
        "metadata": {"team": "billing"},
        "nickname": "Plain",
        "status": "archived",
        "version": 1,
    }
    assert_pinned_shape(archived)
    assert api.get(f"{TEMPLATES}/{plain}") == archived
    assert _ids(api) == [branded, plain]
    assert (_ids(api, status="active"), _ids(api, status="archived")) == ([branded], [plain])
    assert api.get(TEMPLATES, {"limit": 1})["has_more"] is True
    assert fake.events == []  # Stripe has no events about templates


def test_retrieve_answers_the_latest_version_or_an_older_one(api: Api, fake: FakeStripe) -> None:
    path = f"{TEMPLATES}/{fake.add_invoice_rendering_template(version=3)}"
    assert api.get(path)["version"] == 3
    assert api.get(path, {"version": 1})["version"] == 1
    for version in (0, 4):
        assert error_of(api.get(path, {"version": version}, expect=400))["param"] == "version"
    missing = error_of(api.get(f"{TEMPLATES}/inrtem_missing", expect=404))
    assert (missing["code"], missing["param"]) == ("resource_missing", "template")


def test_archive_and_unarchive_each_change_the_status_once(api: Api, fake: FakeStripe) -> None:
    path = f"{TEMPLATES}/{fake.add_invoice_rendering_template()}"
    assert "already active" in error_of(api.post(f"{path}/unarchive", expect=400))["message"]
    assert api.post(f"{path}/archive")["status"] == "archived"
    assert "already archived" in error_of(api.post(f"{path}/archive", expect=400))["message"]
    assert api.post(f"{path}/unarchive")["status"] == "active"
    assert api.get(path)["status"] == "active"


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"nickname": 7}, TypeError),
        ({"version": "2"}, TypeError),
        ({"version": True}, TypeError),
        ({"version": 0}, ValueError),
        ({"metadata": {"team": 1}}, TypeError),
        ({"metadata": ["team"]}, TypeError),
    ],
)
def test_bad_arguments_add_no_template(
    api: Api, fake: FakeStripe, arguments: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        fake.add_invoice_rendering_template(**arguments)
    assert _ids(api) == []


# Where a template is named: the operation's method and path, and the parameter's prefix in
# errors; `{customer}` and `{invoice}` are filled in per test.
WHERE = {
    "invoices.create": ("POST", "/v1/invoices", "rendering"),
    "invoices.update": ("POST", "/v1/invoices/{invoice}", "rendering"),
    "customers.create": ("POST", "/v1/customers", "invoice_settings[rendering_options]"),
    "customers.update": ("POST", "/v1/customers/{customer}", "invoice_settings[rendering_options]"),
}


def _name(api: Api, where: str, rendering: dict[str, Any]) -> tuple[Any, Any]:
    """A request naming `rendering` at `where`, to send (a function), and a function reading
    back what it would change: the object updated, or the list a new one would join."""
    method, path, prefix = WHERE[where]
    customer = api.customer()["id"]
    invoice = api.post("/v1/invoices", {"customer": customer})["id"]
    path = path.format(customer=customer, invoice=invoice)
    if prefix == "rendering":
        body: dict[str, Any] = {"rendering": rendering}
    else:
        body = {"invoice_settings": {"rendering_options": rendering}}
    if where == "invoices.create":
        body["customer"] = customer
    read = path if where.endswith("update") else path + "?limit=100"
    return lambda: api.raw(method, path, body), lambda: api.get(read)


REFUSED = [
    (where, case, status, param)
    for case, status, param in [
        ("archived", 400, "[template]"),
        ("unknown", 404, "[template]"),
        ("no such version", 400, "[template_version]"),
    ]
    for where in WHERE
    # A customer's rendering_options take no template_version.
    if case != "no such version" or where.startswith("invoices")
]


@pytest.mark.parametrize(("where", "case", "status", "param"), REFUSED)
def test_a_template_named_must_exist_be_active_and_have_the_version(
    api: Api, fake: FakeStripe, where: str, case: str, status: int, param: str
) -> None:
    template = fake.add_invoice_rendering_template(version=2)
    if case == "archived":
        api.post(f"{TEMPLATES}/{template}/archive")
    rendering: dict[str, Any] = {"template": "inrtem_missing" if case == "unknown" else template}
    if case == "no such version":
        rendering["template_version"] = 3
    send, read_back = _name(api, where, rendering)
    before, events = read_back(), len(fake.events)
    answer = send()
    assert answer.status_code == status, answer.text
    assert error_of(answer.json())["param"] == WHERE[where][2] + param
    assert (read_back(), len(fake.events)) == (before, events)  # nothing changed


@pytest.mark.parametrize("where", list(WHERE))
def test_an_active_template_and_one_of_its_versions_are_taken(
    api: Api, fake: FakeStripe, where: str
) -> None:
    template = fake.add_invoice_rendering_template(version=2)
    rendering: dict[str, Any] = {"template": template}
    if where.startswith("invoices"):
        rendering["template_version"] = 1
    send, _ = _name(api, where, rendering)
    answer = send()
    assert answer.status_code == 200, answer.text
