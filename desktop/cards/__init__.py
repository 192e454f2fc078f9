"""Printed documents: offer cards, event packs, summaries, recovery sheet."""
