"""Benchmarks of stripe-invoicing-client against stripe-python and bare httpx/json.

Run `./bench/run` (or `python -m bench.run` from the project root); see bench/README.md.
"""
