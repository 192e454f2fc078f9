"""Domain models, validation and services: no Qt, no SQL."""
