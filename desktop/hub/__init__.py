"""The sync hub: an ASGI service that only ever sees sealed values."""
