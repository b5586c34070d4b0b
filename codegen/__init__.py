"""Generates ``stripe_invoicing_client._generated`` from an OpenAPI description of Stripe's API.

Pipeline: load -> select operations and their schema closure -> prune expansions outside the
invoicing family -> normalize -> openapi-python-client with our templates -> format -> write.
"""
