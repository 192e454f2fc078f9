"""The hub's own expected failures (a database it cannot open, an address it will not serve).

The hub imports nothing of the app but the sync protocol, so it cannot raise the app's
OfferbookError; the `offerbook hub` commands turn a HubError into one.
"""


class HubError(Exception):
    """An expected failure; `message` is one plain sentence that says what to do next."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
