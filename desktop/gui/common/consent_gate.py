"""Consent checks for screens that can be reached without the person screen's buttons.

The person screen disables what needs a consent; but an editor can also be opened from a draft
on Home or by unlocking back into it, so each editor asks again here before it shows or saves.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core import consent as rules
from desktop.store.people_filters import consents_of
from desktop.store.vault import Vault


def refusal(vault: Vault, participant_id: str, action: str) -> str | None:
    """Why `action` is not allowed for this person today (translated), or None if it is."""
    current = rules.current_consents(consents_of(vault, participant_id), date.today())
    purpose = rules.blocked(action, current)
    if purpose is None:
        return None
    return QCoreApplication.translate("Consent", rules.requires(purpose))
