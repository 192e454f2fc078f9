"""Domain exceptions.

Every expected failure is an `OfferbookError` whose message is one plain-English sentence a
person can act on. The GUI shows it as it is, the CLI prints it and exits 1. Messages never
contain personal data: they name fields and files, not what people typed.
"""


class OfferbookError(Exception):
    """An expected failure with a message that says what happened and what to do next."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ResourceError(OfferbookError):
    """A bundled or organisation-supplied resource file (taxonomy, template, seeds) is invalid."""


class ValidationError(OfferbookError):
    """A record failed validation; `field` names the field so a form can point at it."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(OfferbookError):
    """A record asked for by id does not exist (or was deleted)."""


class VaultError(OfferbookError):
    """Base for everything that can go wrong opening or using the vault."""


class VaultMissing(VaultError):
    """There is no vault at the path given."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery key) does not open any keyslot."""


class UnlockThrottled(VaultError):
    """Too many wrong passphrases in a row: the caller must wait `wait_seconds`."""

    def __init__(self, message: str, wait_seconds: float):
        super().__init__(message)
        self.wait_seconds = wait_seconds


class VaultDamaged(VaultError):
    """The database or keys header is truncated, tampered with, or not a vault at all."""


class VaultInUse(VaultError):
    """Another Offerbook window or command already has this vault open."""


class VaultLocked(VaultError):
    """The vault was locked (idle time-out or on demand); unlock it to carry on."""


class StorageError(VaultError):
    """The disk refused a write: full, read-only or removed."""
