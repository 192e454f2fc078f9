"""What can go wrong while syncing, each as a plain sentence that says what to do next.

All are `OfferbookError`s, so the GUI and the CLI show them as they show every expected
failure. None carries a value from a record: only what happened and where.
"""

from desktop.core.errors import OfferbookError


class SyncError(OfferbookError):
    """Base of every sync failure. Changes waiting to be sent are always kept."""


class NotConnected(SyncError):
    """This vault has not joined an organisation's hub yet."""


class HubUnreachable(SyncError):
    """No connection, the connection refused or dropped, or no reply in time."""


class DeviceRevoked(SyncError):
    """The hub no longer accepts this laptop's token (revoked, or never enrolled)."""


class ClockAhead(SyncError):
    """The hub refused clock stamps far in its future: this laptop's clock is wrong."""


class ProtocolMismatch(SyncError):
    """This Offerbook and the hub speak no common protocol version."""


class Forbidden(SyncError):
    """The hub refused a change outside this laptop's teams (nothing of that batch stored)."""


class HubError(SyncError):
    """The hub answered with an error, or with a reply that is cut short or garbled."""


class EnvelopeError(SyncError):
    """A sealed value that does not open: altered, moved, or sealed with another key."""


class BundleError(SyncError):
    """A sync bundle file that is from another organisation, damaged or cut short."""
