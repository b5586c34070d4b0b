# The end-to-end glue of tests/fake/flows (clients of both kinds on a FakeStripe), reused here.
from ..fake.flows.conftest import client, fake, make_client, sleeps

# program_*.py are inputs for mypy, not tests: never import or collect them.
collect_ignore_glob = ["program_*.py"]

__all__ = ["client", "fake", "make_client", "sleeps"]
