"""Benchmarks of broadsheet against raw Whoosh (run with `python -m bench`)."""
