"""Drop-in mode: day-centre staff on a shared machine check people in and out and log hours.

Everything is big and reachable by keyboard: type a name, Down, Enter checks the person in.
"Switch staff member" asks the main window to lock, so the next person unlocks with their own
passphrase and everything they record carries their own staff id.
"""

from datetime import date, datetime
import logging
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QListWidgetItem, QPushButton, QWidget

from desktop.core import models
from desktop.core.errors import OfferbookError, ValidationError
from desktop.core.home_items import display_name, is_half_hour_step
from desktop.store import home_queries, people
from desktop.store.records import Records
from desktop.gui.common import operations
from desktop.gui.common.draft_binder import DraftBinder
from desktop.gui.common.screen import Screen
from desktop.gui.common.words import ID_ROLE, scaled, time_words
from desktop.gui.forms.ui_dropin import Ui_DropInScreen

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120  # wait for a pause in typing, as the people register does
RESULTS_LIMIT = 30
TEXT_SCALE = 1.3  # drop-in text is larger than the rest of the app: read across a room


def hours_words(hours: float) -> str:
    """Hours as people say them: 1, 1.5, 2 (in the user's language)."""
    return QLocale().toString(hours, "g", 3)


def clock(iso_moment: str) -> str:
    """The time of day in a stored check-in or check-out time ("" if it cannot be read)."""
    try:
        return time_words(datetime.fromisoformat(iso_moment))
    except ValueError:  # written by hand or by another tool: show the rest, not an error
        return ""


def now_local() -> str:
    """Check-in times are the site's wall-clock time: a drop-in is about the day there."""
    return datetime.now().isoformat(timespec="seconds")


class DropInScreen(Screen):
    name = "dropin"
    switch_staff_requested = Signal()
    # The site typed this session, kept on the class: the shell makes its screens anew at
    # every lock, and the next staff member at this machine is at the same place. It names a
    # place, never a person.
    session_site = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DropInScreen()
        self.ui.setupUi(self)
        self._person: tuple[str, str] | None = None  # (participant id, name) being helped
        self._today: list[home_queries.CheckInRow] = []
        self._hours_for: tuple[str, str] | None = None
        # One binder for the life of the screen; it saves only while it holds an open vault.
        self._binder = DraftBinder(None, "hours:", {
            "hours": self.ui.hours_spin, "occurred_on": self.ui.date_edit,
            "offer_id": self.ui.offer_combo, "description": self.ui.description_edit})
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.ui.hours_group.hide()
        self.ui.results_empty_label.setText(self.tr("Type a name above to find someone."))
        self._update_buttons()
        self._down_filter = _DownKeyFilter(self._on_search_edit_return_pressed, self)
        self.ui.search_edit.installEventFilter(self._down_filter)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.hours_group)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_cancel_hours_button_clicked)
        self._apply_scale()
        QApplication.instance().fontChanged.connect(self._on_app_font_changed)

        ui = self.ui
        ui.switch_staff_button.clicked.connect(self._on_switch_staff_button_clicked)
        ui.site_combo.editTextChanged.connect(self._on_site_combo_edit_text_changed)
        ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        ui.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        ui.results_list.currentItemChanged.connect(self._on_results_list_current_item_changed)
        ui.results_list.itemActivated.connect(self._on_check_in_button_clicked)
        ui.today_list.currentItemChanged.connect(self._on_today_list_current_item_changed)
        ui.today_list.itemActivated.connect(self._on_check_out_button_clicked)
        ui.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        ui.check_out_button.clicked.connect(self._on_check_out_button_clicked)
        ui.log_hours_button.clicked.connect(self._on_log_hours_button_clicked)
        ui.save_hours_button.clicked.connect(self._on_save_hours_button_clicked)
        ui.cancel_hours_button.clicked.connect(self._on_cancel_hours_button_clicked)

    def title(self) -> str:
        return self.tr("Drop-in")

    # ---- size ----------------------------------------------------------------------------

    def _apply_scale(self) -> None:
        """Larger text and targets, always relative to the app's text size (so the 150%
        setting grows them too), never fixed pixel heights.

        The font is set on every child, not just on the screen: under the theme's style sheet
        Qt does not pass a parent's font down to its children."""
        font = scaled(QApplication.font(), TEXT_SCALE)
        self.setFont(font)
        for widget in self.findChildren(QWidget):
            widget.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.ui.staff_label.setFont(bold)
        self.ui.search_edit.setFont(scaled(font, 1.25))
        line = QFontMetrics(font).height()
        for listing in (self.ui.results_list, self.ui.today_list):
            listing.setSpacing(max(line // 4, 2))  # taller rows: easier to hit with a mouse
        for button in self.findChildren(QPushButton):
            button.setMinimumHeight(round(line * 2.2))
        self.ui.search_edit.setMinimumHeight(round(line * 2.4))

    def _on_app_font_changed(self, _font: QFont) -> None:
        self._apply_scale()  # the text size setting changed: keep drop-in larger still

    def showEvent(self, event) -> None:
        # Moving into the shell's stack, or a new theme's style, re-resolves some widgets'
        # fonts (combo boxes go back to the application's): set them again when shown.
        self._apply_scale()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange and self.isVisible():
            QTimer.singleShot(0, self, self._apply_scale)  # after the new style's polish
        super().changeEvent(event)

    # ---- loading -------------------------------------------------------------------------

    def open(self, vault, **args: Any) -> None:
        super().open(vault, **args)
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible():  # e.g. just back from unlocking
            self.ui.search_edit.setFocus()

    def refresh(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        try:
            self._show_staff()
            self._load_sites()
            self._load_today()
            if self.ui.search_edit.text().strip():
                self._run_search()
        except Exception as error:
            self._fail(error)
        self._update_buttons()

    def _show_staff(self) -> None:
        if self.vault.staff_id is None:
            self.ui.staff_label.setText(self.tr("Signed in with the recovery key"))
            return
        try:
            staff = Records(self.vault).get(models.Staff, self.vault.staff_id)
            name = staff.name
        except OfferbookError:
            name = self.tr("a staff member no longer on the list")
        self.ui.staff_label.setText(self.tr("Signed in as %1").replace("%1", name))

    def _load_sites(self) -> None:
        combo = self.ui.site_combo
        current = combo.currentText().strip() or DropInScreen.session_site
        sites = home_queries.recent_sites(self.vault)
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(sites)
        combo.setEditText(current or (sites[0] if sites else ""))
        combo.blockSignals(False)

    def _load_today(self) -> None:
        self._today = home_queries.check_ins_on(self.vault, date.today().isoformat())
        site = self.ui.site_combo.currentText().strip()
        chosen = self._person[0] if self._person else None
        listing = self.ui.today_list
        listing.blockSignals(True)
        listing.clear()
        for row in self._today:
            arrived = clock(row.checked_in_at)
            left = (clock(row.checked_out_at)
                    if row.checked_out_at else self.tr("still here"))
            text = f"{arrived} – {left} · {display_name(row.full_name, row.preferred_name)}"
            if row.site and row.site != site:
                text += f" · {row.site}"
            item = QListWidgetItem(text, listing)
            item.setData(ID_ROLE, row.id)
            if row.participant_id == chosen and listing.currentItem() is None:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
        # The lists stay in place when empty, so nothing jumps about between people.
        self.ui.today_empty_label.setVisible(not self._today)
        self.ui.today_label.setText(self.tr("Here &today (%n)", "", len(self._today))
                                    if self._today else self.tr("Here &today"))

    def _run_search(self) -> None:
        text = self.ui.search_edit.text()
        listing = self.ui.results_list
        listing.blockSignals(True)
        listing.clear()
        rows = people.search(self.vault, text, limit=RESULTS_LIMIT) if text.strip() else []
        for row in rows:
            words = [display_name(row.full_name, row.preferred_name)]
            if row.postcode:
                words.append(row.postcode)
            here = self._open_check_in(row.id)
            if here is not None:
                words.append(self.tr("here since %1").replace(
                    "%1", clock(here.checked_in_at)))
            item = QListWidgetItem(" · ".join(words), listing)
            item.setData(ID_ROLE, (row.id, words[0]))
        listing.blockSignals(False)
        self.ui.results_empty_label.setVisible(not rows)
        if not text.strip():
            self.ui.results_empty_label.setText(self.tr("Type a name above to find someone."))
        elif not rows:
            self.ui.results_empty_label.setText(self.tr(
                "Nobody found with that name. Check the spelling, or add them in People."))

    def _open_check_in(self, participant_id: str) -> home_queries.CheckInRow | None:
        for row in self._today:  # newest first
            if row.participant_id == participant_id and not row.checked_out_at:
                return row
        return None

    def _on_site_combo_edit_text_changed(self, text: str) -> None:
        DropInScreen.session_site = text.strip()

    # ---- choosing a person ---------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        try:
            self._run_search()
        except Exception as error:
            self._fail(error)

    def _on_search_edit_return_pressed(self) -> None:
        # Enter (or Down) in the search box never checks anyone in: it moves to the list, so
        # the person is chosen on purpose and a half-typed name cannot check in the wrong one.
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._on_search_timer_timeout()
        if self.ui.results_list.count():
            self.ui.results_list.setCurrentRow(max(self.ui.results_list.currentRow(), 0))
            self.ui.results_list.setFocus()

    def _on_results_list_current_item_changed(self, item: QListWidgetItem | None,
                                              _previous: Any) -> None:
        if item is not None:
            self._choose(*item.data(ID_ROLE))

    def _on_today_list_current_item_changed(self, item: QListWidgetItem | None,
                                            _previous: Any) -> None:
        if item is None:
            return
        row = next((r for r in self._today if r.id == item.data(ID_ROLE)), None)
        if row is not None:
            self._choose(row.participant_id, display_name(row.full_name, row.preferred_name))

    def _choose(self, participant_id: str, name: str) -> None:
        self._person = (participant_id, name)
        here = self._open_check_in(participant_id)
        if here is None:
            text = self.tr("%1 is not checked in.").replace("%1", name)
        else:
            text = self.tr("%1 has been here since %2.").replace("%1", name).replace(
                "%2", clock(here.checked_in_at))
        self.ui.person_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._person is not None and self.vault is not None
        if not chosen and self.vault is not None:
            self.ui.person_label.setText(self.tr(
                "Nobody chosen yet: find someone above, or pick them from Here today."))
        here = chosen and self._open_check_in(self._person[0]) is not None
        self.ui.check_in_button.setEnabled(chosen and not here)
        self.ui.check_out_button.setEnabled(bool(here))
        self.ui.log_hours_button.setEnabled(chosen)

    # ---- checking in and out -------------------------------------------------------------

    def _on_check_in_button_clicked(self, *_args: Any) -> None:
        if self.vault is None or self._person is None:
            return
        participant_id, name = self._person
        site = self.ui.site_combo.currentText().strip()
        if not site:
            self._say(self.tr("Type the name of this drop-in site first, such as “Tuesday lunch "
                              "club”, then check in again."))
            self.ui.site_combo.setFocus()
            return
        here = self._open_check_in(participant_id)
        if here is not None:
            self._say(self.tr("%1 is already checked in, since %2.").replace("%1", name).replace(
                "%2", clock(here.checked_in_at)))
            return
        DropInScreen.session_site = site
        moment = now_local()
        if not self._write(lambda: Records(self.vault).add(models.Attendance(
                participant_id=participant_id, staff_id=self.vault.staff_id, site=site,
                checked_in_at=moment))):
            return
        self._after_write(self.tr("Checked in %1 at %2.").replace("%1", name).replace(
            "%2", clock(moment)))
        # Ready for the next person at the door.
        self.ui.search_edit.clear()
        self.ui.search_edit.setFocus()

    def _on_check_out_button_clicked(self, *_args: Any) -> None:
        if self.vault is None or self._person is None:
            return
        participant_id, name = self._person
        here = self._open_check_in(participant_id)
        if here is None:
            self._say(self.tr("%1 is not checked in today, so there is nothing to check out.")
                      .replace("%1", name))
            return
        moment = now_local()
        if not self._write(lambda: Records(self.vault).update(
                models.Attendance, here.id, checked_out_at=moment)):
            return
        self._after_write(self.tr("Checked out %1 at %2.").replace("%1", name).replace(
            "%2", clock(moment)))

    def _after_write(self, message: str) -> None:
        self._load_sites()
        self._load_today()
        if self._person is not None:
            self._choose(*self._person)
        if self.ui.search_edit.text().strip():
            self._run_search()
        self._say(message)

    # ---- logging hours -------------------------------------------------------------------

    def _on_log_hours_button_clicked(self) -> None:
        if self.vault is None or self._person is None:
            return
        participant_id, name = self._person
        ui = self.ui
        self._binder.vault = None  # filling in the defaults is not typing: do not save it
        try:
            offers = Records(self.vault).find(models.Offer, "participant_id = ?",
                                              [participant_id])
        except Exception as error:
            return self._fail(error)
        ui.offer_combo.clear()
        ui.offer_combo.addItem(self.tr("No particular offer"), "")
        for offer in offers:
            ui.offer_combo.addItem(offer.title, offer.id)
        today = date.today()
        ui.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.date_edit.setDate(QDate(today.year, today.month, today.day))
        ui.hours_spin.setValue(1.0)
        ui.description_edit.clear()
        self._binder.form_key = f"hours:{participant_id}"
        self._binder.vault = self.vault
        restored = self._binder.restore()
        self._hours_for = (participant_id, name)
        ui.hours_for_label.setText(self.tr("Hours given by %1").replace("%1", name))
        ui.hours_message_label.setText(
            self.tr("The hours you started for %1 are back.").replace("%1", name)
            if restored else "")
        ui.hours_group.show()
        ui.hours_spin.setFocus()
        ui.hours_spin.selectAll()

    def _on_save_hours_button_clicked(self) -> None:
        if self.vault is None or self._hours_for is None:
            return
        ui = self.ui
        participant_id, name = self._hours_for
        hours = ui.hours_spin.value()
        if not is_half_hour_step(hours):
            return self._hours_problem(self.tr("Hours go in half-hour steps, such as 1.5. "
                                               "Change the hours, then save again."),
                                       ui.hours_spin)
        exchange = models.Exchange(
            giver_id=participant_id, offer_id=ui.offer_combo.currentData() or None,
            hours=hours, occurred_on=ui.date_edit.date().toString("yyyy-MM-dd"),
            description=ui.description_edit.text())
        try:
            Records(self.vault).add(exchange)
        except ValidationError as error:
            fields = {"hours": ui.hours_spin, "occurred_on": ui.date_edit,
                      "description": ui.description_edit, "offer_id": ui.offer_combo}
            return self._hours_problem(error.message, fields.get(error.field, ui.hours_spin))
        except Exception as error:
            return self._fail(error)
        self._binder.discard()
        self._close_hours()
        self._say(self.tr("Logged %1 hours for %2.").replace(
            "%1", hours_words(hours)).replace("%2", name))
        ui.search_edit.setFocus()

    def _hours_problem(self, message: str, field: QWidget) -> None:
        self.ui.hours_message_label.setText(message)
        field.setFocus()

    def _on_cancel_hours_button_clicked(self) -> None:
        if self._hours_for is None:
            return
        if self.vault is not None and self.vault.is_open:
            self._binder.discard()  # Cancel means "do not log these": the draft goes too
        self._close_hours()
        self._say(self.tr("No hours were logged."))
        self.ui.log_hours_button.setFocus()

    def _close_hours(self) -> None:
        self._binder.vault = None
        self._hours_for = None
        self.ui.hours_group.hide()
        self.ui.hours_message_label.clear()

    # ---- staff and locking ---------------------------------------------------------------

    def _on_switch_staff_button_clicked(self) -> None:
        # Anything half-typed is already in its draft; locking keeps it for this staff member.
        self.switch_staff_requested.emit()

    def close_vault(self) -> None:
        super().close_vault()
        self._binder.vault = None
        self._person = None
        self._hours_for = None
        self._today = []
        self._search_timer.stop()
        ui = self.ui
        for widget in (ui.search_edit, ui.results_list, ui.today_list, ui.offer_combo,
                       ui.description_edit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        ui.hours_group.hide()
        ui.today_empty_label.show()
        ui.results_empty_label.setText(self.tr("Type a name above to find someone."))
        ui.results_empty_label.show()
        for label in (ui.staff_label, ui.person_label, ui.message_label, ui.hours_for_label,
                      ui.hours_message_label):
            label.clear()
        # The site stays (see session_site).
        self._update_buttons()

    # ---- messages ------------------------------------------------------------------------

    def _write(self, action) -> bool:
        try:
            action()
        except Exception as error:
            self._fail(error)
            return False
        return True

    def _fail(self, error: Exception) -> None:
        operations.show_failure(self, error, lambda plain: self._say(plain.message))

    def _say(self, text: str) -> None:
        self.ui.message_label.setText(text)


class _DownKeyFilter(QObject):
    """Down in the search box moves into the results, as in any search-as-you-type list."""

    def __init__(self, on_down, parent: QObject):
        super().__init__(parent)
        self._on_down = on_down

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._on_down()
            return True
        return False
