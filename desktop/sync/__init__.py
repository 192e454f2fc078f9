"""Sync: change log, merge rules, envelope crypto, client and bundles."""
