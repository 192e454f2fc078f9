"""Offerbook: the desktop app for community linkers."""

__version__ = "0.1.0"
