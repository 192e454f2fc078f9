"""The person page's printed documents: "Print card…" (their current offers' cards) and "Save
summary as PDF…" ("My offer, my record").

Both are read from the vault here (`store.card_queries`, `store.branding`) and made by
`desktop.cards.documents`, as `offerbook cards` makes them; the card goes through the system
print dialog (`Messages.print_document`) and the summary is written where the linker chooses
(`Messages.ask_save_path`, then an atomic write). They are made on the GUI thread, after the
dialog: one person's cards or summary take a few tens of milliseconds (`python -m
tests.bench.cards`), and reading the vault here can never race a lock closing it.

"Print card…" is disabled, with the reason beside it, until the person has agreed to a
printed card and has a current offer (agreed, matched or active). The summary stays available:
it is their own record, it decides for itself what it may show (without an agreement to keep a
record, only their consent answers), and `offerbook cards --summary` asks for no agreement.

How the cards are printed (sheet, language, large print; or saved as PDF instead) is asked with
the people register's `CardBatchDialog`; with `Messages.record_only` its `next_answer` is used.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.cards import documents
from desktop.cards.sheet import SHEETS
from desktop.core import consent as rules
from desktop.core.errors import OfferbookError
from desktop.core.printing import is_current_offer
from desktop.store import branding, card_queries
from desktop.store.files import atomic_write
from desktop.store.people_filters import PersonFile
from desktop.store.vault import Vault
from desktop.gui.common.messages import Messages
from desktop.gui.printing.card_batch import PRINT, CardBatchDialog


class PersonPrint(QWidget):
    """The two buttons, why the card is locked, and what happened last.

    `finished` fires when a document has been printed, saved, cancelled or refused (tests
    wait on it; the status label says which)."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.participant_id = ""
        self._why: str | None = None
        self.print_button = QPushButton(self.tr("Print card…"), self)
        self.print_button.setObjectName("print_card_button")
        self.print_button.setAccessibleName(self.tr("Print their offer cards"))
        self.summary_button = QPushButton(self.tr("Save summary as PDF…"), self)
        self.summary_button.setObjectName("save_summary_button")
        self.summary_button.setAccessibleName(self.tr(
            "Save their summary, My offer, my record, as a PDF"))
        self.why_label = QLabel(self)
        self.why_label.setObjectName("print_why_label")
        self.why_label.setWordWrap(True)
        self.why_label.setAccessibleName(self.tr("Why the card cannot be printed"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("print_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Printing message"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.summary_button)
        row.addWidget(self.why_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.status_label.hide()
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.summary_button.clicked.connect(self._on_summary_button_clicked)
        self.forget()

    # ---- what the person screen calls --------------------------------------------------------

    def show_for(self, vault: Vault, file: PersonFile, current: dict) -> None:
        """Show the actions for the person in `file`, with `current` their consents in force
        (core.consent.current_consents)."""
        if file.person.id != self.participant_id:
            self._say("")  # a message about someone else's card is not about this person
        self.vault, self.participant_id = vault, file.person.id
        why = self._why = self.why_not(file, current)
        self.print_button.setEnabled(why is None)
        self.print_button.setAccessibleDescription(why or "")
        self.why_label.setText(why or "")
        self.why_label.setVisible(why is not None)
        self.summary_button.setEnabled(True)

    def why_not(self, file: PersonFile, current: dict) -> str | None:
        """Why their card cannot be printed now (translated), or None when it can."""
        purpose = rules.blocked("print-card", current)
        if purpose is not None:
            return " ".join((QCoreApplication.translate(rules.CONTEXT, rules.requires(purpose)),
                             self.tr("Record their agreement on the Consents tab first.")))
        if not any(is_current_offer(offer) for offer in file.offers):
            return self.tr("They have no current offer (agreed, matched or active), so there "
                           "is no card to print yet.")
        return None

    def forget(self) -> None:
        """The vault is locking, or the page shows no one: nothing to print."""
        self.vault, self.participant_id, self._why = None, "", None
        self.print_button.setEnabled(False)
        self.summary_button.setEnabled(False)
        self.why_label.clear()
        self.why_label.hide()
        self._say("")

    # ---- printing the cards ------------------------------------------------------------------

    def print_cards(self) -> None:
        """Ask how, make their cards, then print them (or save them, if asked)."""
        if self.vault is None or self._why is not None:
            return
        answer = CardBatchDialog.ask(self.window(), 1)
        if answer is None:
            return self._done("")
        action, choice = answer
        vault, participant_id = self.vault, self.participant_id
        printed = self._make(lambda: documents.participant_cards(
            card_queries.participant_batch(vault, participant_id), SHEETS[choice.sheet],
            date.today(), branding=branding.read(vault), large_print=choice.large_print,
            language=choice.language or None))
        if printed is None:
            return
        if action == PRINT:
            try:
                sent = Messages.print_document(self.window(), printed.pdf,
                                               self.tr("Print their cards"))
            except OfferbookError as error:
                return self._done(error.message)
            message = self._cards_text(printed.cards) if sent else ""
        else:
            path = self._save(printed.pdf, self.tr("Save their cards as a PDF"),
                              "offer-cards.pdf")
            message = self.tr("Saved as %1.").replace("%1", path.name) if path else ""
        if message and printed.cut_short:
            message += " " + self.tr("Some words fit on neither side of a card and were not "
                                     "printed; shorten the offer in the offer editor.")
        self._done(message)

    def _cards_text(self, cards: int) -> str:
        if cards == 1:
            return self.tr("Their card went to the printer.")
        return self.tr("Their %n cards went to the printer.", "", cards)

    # ---- the summary -------------------------------------------------------------------------

    def save_summary(self) -> None:
        """Ask where, then write their summary, in the first of their languages a card is
        printed in."""
        if self.vault is None:
            return
        chosen = Messages.ask_save_path(self.window(), self.tr("Save their summary as a PDF"),
                                        "my-offer-my-record.pdf", self.tr("PDF (*.pdf)"))
        if not chosen:
            return self._done("")
        vault, participant_id = self.vault, self.participant_id
        printed = self._make(lambda: documents.participant_summary(
            card_queries.summary_source(vault, participant_id), date.today()))
        if printed is None:
            return
        path = self._write(printed.pdf, chosen)
        if path is not None:
            self._done(self.tr("Saved their summary as %1.").replace("%1", path.name))

    # ---- helpers -----------------------------------------------------------------------------

    def _save(self, pdf: bytes, title: str, suggested: str) -> Path | None:
        chosen = Messages.ask_save_path(self.window(), title, suggested, self.tr("PDF (*.pdf)"))
        return self._write(pdf, chosen) if chosen else None

    def _write(self, pdf: bytes, chosen: str) -> Path | None:
        path = Path(chosen)
        if path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, pdf)
        except OfferbookError as error:
            self._done(error.message)
            return None
        return path

    def _make(self, make: Callable[[], documents.Printed]) -> documents.Printed | None:
        """The document, or None with the reason shown."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return make()
        except OfferbookError as error:  # anything else is a bug, for the app's excepthook
            self._done(error.message)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return None

    def _say(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))

    def _done(self, message: str) -> None:
        self._say(message)
        self.finished.emit()

    # ---- slots -------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        self.print_cards()

    def _on_summary_button_clicked(self) -> None:
        self.save_summary()
