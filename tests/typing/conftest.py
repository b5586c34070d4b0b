# The example_*.py files are inputs for mypy, not tests: never import or collect them.
collect_ignore_glob = ["example_*.py"]
