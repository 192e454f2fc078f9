"""Printing the cards of several people at once, from the people register.

`CardBatchDialog.ask` asks how (sheet, language, large print; print or save). `CardBatchJob`
gathers every current offer's card, a few people per background task so a progress dialog
can count and the Cancel button is honoured between steps, then lays the cards out as one
PDF (a last background step). People without print-card consent are only counted; the screen
says how many were left out and why, never who.
"""

from dataclasses import dataclass
from datetime import date
import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressBar, QProgressDialog, QPushButton, QWidget

from desktop.cards.offer_card import render_cards
from desktop.cards.sheet import SHEETS
from desktop.core.errors import OfferbookError
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.common.messages import Messages
from desktop.gui.forms.ui_card_batch import Ui_CardBatchDialog
from desktop.gui.printing.card_data import Gathered, gather_cards
from desktop.gui.printing.card_options import CardChoice, CardOptions

log = logging.getLogger(__name__)

PEOPLE_PER_STEP = 25  # a step takes a few milliseconds: Cancel answers at once
PRINT, SAVE = "print", "save"


class CardBatchDialog(QDialog):
    """How to print the cards of `people` selected people. Test seam: with
    `Messages.record_only`, `ask` records its text and returns `next_answer`."""

    next_answer: tuple[str, CardChoice] | None = (PRINT, CardChoice(sheet="a6x4", language=""))

    def __init__(self, people: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CardBatchDialog()
        self.ui.setupUi(self)
        self.ui.intro_label.setText(intro_text(people))
        self.options = CardOptions(self.ui.sheet_combo, self.ui.language_combo,
                                   self.ui.large_print_check, sheet="a6x4",
                                   each_own_language=True)
        self.action: str | None = None
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, people: int) -> tuple[str, CardChoice] | None:
        """(PRINT or SAVE, the choices), or None if the person cancelled."""
        if Messages.record_only:
            Messages.shown.append(("cards", intro_text(people)))
            return cls.next_answer
        dialog = cls(people, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.action is None:
                return None
            return dialog.action, dialog.options.choice()
        finally:
            dialog.deleteLater()

    def _on_print_button_clicked(self) -> None:
        self.action = PRINT
        self.accept()

    def _on_pdf_button_clicked(self) -> None:
        self.action = SAVE
        self.accept()


@dataclass(frozen=True)
class BatchResult:
    pdf: bytes
    gathered: Gathered
    action: str


class CardBatchJob(QObject):
    """Gather, then render; `done(BatchResult)` or `stopped()` (cancelled or failed, with the
    reason already shown). The vault is only read, and never after `cancel()` returns: a step
    reading it holds `_reading`, under which `cancel()` cancels the step (waiting a few
    milliseconds at most), so a lock can close the vault straight after."""

    done = Signal(object)
    stopped = Signal()

    def __init__(self, vault: Vault, participant_ids: list[str], action: str,
                 choice: CardChoice, parent: QWidget):
        super().__init__(parent)
        self.vault = vault
        self.ids = list(participant_ids)
        self.action = action
        self.choice = choice
        self.gathered = Gathered()
        self.position = 0
        self.finished = False
        self._reading = threading.Lock()
        self.step: operations.Operation | None = None  # the step on its way
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Offer cards"))
        self.progress.setAccessibleName(self.tr("Preparing the cards"))
        self.progress.setLabelText(self.tr("Gathering the cards…"))
        cancel = QPushButton(self.tr("Cancel"), self.progress)
        cancel.setAccessibleName(self.tr("Cancel printing"))
        self.progress.setCancelButton(cancel)
        for bar in self.progress.findChildren(QProgressBar):
            bar.setAccessibleName(self.tr("Progress"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setRange(0, len(self.ids) + 1)  # one step per person, one to lay out
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(400)  # a short batch never flashes a dialog
        self.progress.canceled.connect(self._on_progress_canceled)

    def start(self) -> None:
        self.progress.setValue(0)
        self._next_step()

    def cancel(self) -> None:
        """Stop at the next step (from the Cancel button, or the vault locking)."""
        self._stop()

    def _next_step(self) -> None:
        if self.finished:
            return
        if self.position >= len(self.ids):
            self._lay_out()
            return
        chunk = self.ids[self.position:self.position + PEOPLE_PER_STEP]
        vault, reading, language, today = self.vault, self._reading, self.choice.language, \
            date.today()
        self.position += len(chunk)

        def gather(task: operations.Task) -> Gathered | None:
            with reading:
                if task.cancelled.is_set():
                    return None  # dropped unseen: cancel() has returned, the vault may close
                return gather_cards(vault, chunk, language=language, today=today)

        self._run_step(gather, self._on_gathered)

    def _run_step(self, work, on_success) -> None:
        self.step = operations.run(self, work, key="step", on_success=on_success,
                                   on_failure=self._on_failed, unexpected=self.tr(
                                       "The cards could not be made. Try again; if it keeps "
                                       "happening, tell your coordinator."))

    def _on_gathered(self, part: Gathered) -> None:
        self.gathered.add(part)
        self.progress.setValue(self.position)
        self._next_step()

    def _lay_out(self) -> None:
        cards, sheet, large = list(self.gathered.cards), SHEETS[self.choice.sheet], \
            self.choice.large_print
        if not cards:
            self._finish(b"")
            return
        self.progress.setLabelText(self._laying_out_text(len(cards)))
        self._run_step(lambda _task: render_cards(cards, sheet, large), self._on_rendered)

    def _laying_out_text(self, cards: int) -> str:
        if cards == 1:
            return self.tr("Laying out 1 card…")
        return self.tr("Laying out %n cards…", "", cards)

    def _on_rendered(self, pdf: bytes) -> None:
        self.progress.setValue(self.progress.maximum())
        self._finish(pdf)

    def _finish(self, pdf: bytes) -> None:
        self.finished = True  # every step has reported: nothing is reading
        self.progress.close()
        self.progress.deleteLater()
        self.done.emit(BatchResult(pdf, self.gathered, self.action))
        self.deleteLater()

    def _on_failed(self, error: OfferbookError) -> None:
        self._stop()
        Messages.error(self.parent(), error.message)

    def _stop(self) -> None:
        with self._reading:  # waits for a step reading the vault, if one is
            operations.cancel(self)  # a step still running is dropped when it reports
        if self.finished:
            return
        self.finished = True
        self.progress.close()
        self.progress.deleteLater()
        self.stopped.emit()
        self.deleteLater()

    def _on_progress_canceled(self) -> None:
        self._stop()


class BatchWords(QObject):
    """What the batch says, in the app's language. A QObject only so that lupdate sees tr()
    with a count: QCoreApplication.translate with a count loses its plural forms there. The
    singular is its own string because English has no plural forms without its .qm loaded."""

    def intro(self, people: int) -> str:
        if people == 1:
            return self.tr("A card for each current offer of the person you chose, if they "
                           "have agreed to a printed card.")
        return self.tr("A card for each current offer of the %n people you chose. Anyone who "
                       "has not agreed to a printed card is left out.", "", people)

    def summary(self, gathered: Gathered) -> str:
        """How many cards are ready and, in counts only, who was left out and why."""
        n = len(gathered.cards)
        if not n:
            parts = [self.tr("There are no cards to print.")]
        elif n == 1:
            parts = [self.tr("1 card is ready.")]
        else:
            parts = [self.tr("%n cards are ready.", "", n)]
        if gathered.no_consent == 1:
            parts.append(self.tr("1 person is left out because they have not agreed to a "
                                 "printed card; record their agreement on the Consents tab to "
                                 "print theirs."))
        elif gathered.no_consent:
            parts.append(self.tr("%n people are left out because they have not agreed to a "
                                 "printed card; record their agreement on their Consents tab "
                                 "to print theirs.", "", gathered.no_consent))
        if gathered.no_offers == 1:
            parts.append(self.tr("1 person has no current offer (agreed, matched or active)."))
        elif gathered.no_offers:
            parts.append(self.tr("%n people have no current offer (agreed, matched or "
                                 "active).", "", gathered.no_offers))
        if gathered.gone == 1:
            parts.append(self.tr("1 person was deleted since the list was shown."))
        elif gathered.gone:
            parts.append(self.tr("%n people were deleted since the list was shown.", "",
                                 gathered.gone))
        return " ".join(parts)


def intro_text(people: int) -> str:
    return BatchWords().intro(people)


def summary_text(gathered: Gathered) -> str:
    return BatchWords().summary(gathered)
