"""Benchmarks: run on demand with `python -m tests.bench`, never in the default test run."""
