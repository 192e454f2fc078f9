"""The sync hub: an ASGI service that only ever sees sealed values."""

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8470
