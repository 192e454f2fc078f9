"""Settings › Cards: the organisation's colour, logo and QR code on every printed card.

These live in the vault (desktop.store.branding), so every computer that opens it prints the
same cards; only coordinators and administrators may change them, and everyone else sees them
greyed out with the reason. Each change is saved at once, like every other setting.

The colour can be typed ("#1a7f5a") or chosen with Qt's colour dialog; the logo is a PNG or
JPEG file, checked, shrunk and stored in the vault as the picture itself (the file's path is
never kept). Reading and checking a chosen logo (up to 2 MB to decode) runs off the GUI thread.

Test seam: with `Messages.record_only`, `pick_colour` records its title in `Messages.shown`
and returns `BrandingGroup.next_colour`; `pick_logo` returns `BrandingGroup.next_logo_path`.
"""

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.core.errors import OfferbookError
from desktop.store import branding
from desktop.store.vault import Vault
from desktop.gui.common import operations
from desktop.gui.common.messages import Messages

SWATCH_PX = 28
LOGO_PREVIEW_PX = 64


class BrandingGroup(QGroupBox):
    """The "Cards" group on the settings screen. `changed` fires after each saved change."""

    changed = Signal()

    next_colour: str | None = "#1a7f5a"  # what pick_colour returns under Messages.record_only
    next_logo_path: str | None = None  # what pick_logo returns under Messages.record_only

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("branding_group")
        self.vault: Vault | None = None
        self._shown = branding.Branding()
        self._loading = False
        self._busy = False  # a chosen logo is being read and checked
        self._editable = False

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.colour_label = QLabel(self)
        self.colour_edit = QLineEdit(self)
        self.colour_edit.setObjectName("colour_edit")
        self.colour_edit.setMaxLength(7)
        self.colour_edit.setPlaceholderText("#1a7f5a")
        self.colour_label.setBuddy(self.colour_edit)
        self.swatch = QFrame(self)
        self.swatch.setObjectName("colour_swatch")
        self.swatch.setFixedSize(SWATCH_PX, SWATCH_PX)
        self.swatch.setFrameShape(QFrame.Shape.Box)
        self.choose_colour_button = QPushButton(self)
        self.choose_colour_button.setObjectName("choose_colour_button")
        self.no_colour_button = QPushButton(self)
        self.no_colour_button.setObjectName("no_colour_button")
        self.logo_label = QLabel(self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setMinimumSize(LOGO_PREVIEW_PX, LOGO_PREVIEW_PX)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo_button = QPushButton(self)
        self.choose_logo_button.setObjectName("choose_logo_button")
        self.logo_label.setBuddy(self.choose_logo_button)
        self.remove_logo_button = QPushButton(self)
        self.remove_logo_button.setObjectName("remove_logo_button")
        self.qr_check = QCheckBox(self)
        self.qr_check.setObjectName("qr_check")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("branding_message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        colour_row = QHBoxLayout()
        for widget in (self.colour_edit, self.swatch, self.choose_colour_button,
                       self.no_colour_button):
            colour_row.addWidget(widget)
        colour_row.addStretch(1)
        logo_row = QHBoxLayout()
        for widget in (self.logo_preview, self.choose_logo_button, self.remove_logo_button):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        self.colour_edit.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Fixed)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.intro_label)
        layout.addRow(self.colour_label, colour_row)
        layout.addRow(self.logo_label, logo_row)
        layout.addRow(self.qr_check)
        layout.addRow(self.message_label)

        self.colour_edit.editingFinished.connect(self._on_colour_edit_editing_finished)
        self.choose_colour_button.clicked.connect(self._on_choose_colour_button_clicked)
        self.no_colour_button.clicked.connect(self._on_no_colour_button_clicked)
        self.choose_logo_button.clicked.connect(self._on_choose_logo_button_clicked)
        self.remove_logo_button.clicked.connect(self._on_remove_logo_button_clicked)
        self.qr_check.toggled.connect(self._on_qr_check_toggled)
        self.retranslate()
        self._show(branding.Branding(), editable=False)

    def tab_chain(self) -> list[QWidget]:
        """Its controls in keyboard order, as the rows read, for the screen to chain in."""
        return [self.colour_edit, self.choose_colour_button, self.no_colour_button,
                self.choose_logo_button, self.remove_logo_button, self.qr_check]

    # ---- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Cards"))
        self.setAccessibleName(self.tr("How the organisation's cards look"))
        self.intro_label.setText(self.tr(
            "These apply to every card printed from this vault, on every computer that opens "
            "it."))
        self.colour_label.setText(self.tr("Colour &band:"))
        self.colour_edit.setAccessibleName(self.tr("Card colour"))
        self.colour_edit.setAccessibleDescription(self.tr(
            "A colour as # and six hexadecimal digits. It is printed as a thin band along the "
            "top edge of the card; no text is printed on it."))
        self.choose_colour_button.setText(self.tr("Choose colo&ur…"))
        self.choose_colour_button.setAccessibleName(self.tr("Choose the card colour"))
        self.no_colour_button.setText(self.tr("No colour"))
        self.no_colour_button.setAccessibleName(self.tr("No colour band on cards"))
        self.logo_label.setText(self.tr("Logo:"))
        self.choose_logo_button.setText(self.tr("Choose logo…"))
        self.choose_logo_button.setAccessibleName(self.tr("Choose the logo (PNG or JPEG)"))
        self.remove_logo_button.setText(self.tr("Remove logo"))
        self.remove_logo_button.setAccessibleName(self.tr("Remove the logo from cards"))
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.qr_check.setText(self.tr(
            "Print the linker's &QR code (their work phone and email) on cards"))
        self.qr_check.setAccessibleName(self.tr("Print the linker's QR code on cards"))
        self.message_label.setAccessibleName(self.tr("Message about the cards"))
        self._show_logo(self._shown.logo)
        if self.vault is not None and not self._editable:
            self.message_label.setText(self._not_allowed())

    def _not_allowed(self) -> str:
        return self.tr("Only a coordinator can change how the organisation's cards look.")

    # ---- showing -----------------------------------------------------------------------------

    def show_vault(self, vault: Vault) -> None:
        """Show the vault's branding; editable only by a coordinator or administrator."""
        self.vault = vault
        self.message_label.clear()
        editable = branding.can_change(vault)
        self._show(branding.read(vault), editable)
        if not editable:
            self.message_label.setText(self._not_allowed())

    def clear(self) -> None:
        """The vault is locking: forget what was shown."""
        self.vault = None
        self.message_label.clear()
        self._show(branding.Branding(), editable=False)

    def shown(self) -> branding.Branding:
        return self._shown

    def _show(self, brand: branding.Branding, editable: bool) -> None:
        self._shown = brand
        self._loading = True
        try:
            self.colour_edit.setText(brand.colour)
            self.qr_check.setChecked(brand.qr_code)
        finally:
            self._loading = False
        self._show_colour(brand.colour)
        self._show_logo(brand.logo)
        # Disabled widgets drop out of the Tab order; the message (left enabled, so it reads
        # clearly) says why.
        self._editable = editable
        self.colour_edit.setEnabled(editable)
        self.choose_colour_button.setEnabled(editable)
        self.no_colour_button.setEnabled(editable and bool(brand.colour))
        self.choose_logo_button.setEnabled(editable and not self._busy)
        self.remove_logo_button.setEnabled(editable and bool(brand.logo))
        self.qr_check.setEnabled(editable)

    def _show_colour(self, colour: str) -> None:
        # The swatch is painted by its palette, so a theme's stylesheet cannot hide it.
        self.swatch.setAutoFillBackground(bool(colour))
        palette = self.swatch.palette()
        palette.setColor(self.swatch.backgroundRole(),
                         QColor(colour) if colour else self.palette().window().color())
        self.swatch.setPalette(palette)
        self.swatch.setAccessibleName(self.tr("Card colour {colour}").format(colour=colour)
                                      if colour else self.tr("No card colour"))

    def _show_logo(self, logo: bytes) -> None:
        image = QImage.fromData(QByteArray(logo)) if logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_preview.setAccessibleDescription(self.tr("Cards have no logo."))
            return
        self.logo_preview.setText("")
        self.logo_preview.setPixmap(QPixmap.fromImage(image).scaled(
            LOGO_PREVIEW_PX, LOGO_PREVIEW_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.logo_preview.setAccessibleDescription(self.tr(
            "The logo printed in the top corner of every card."))

    # ---- choosers (test seam) ----------------------------------------------------------------

    @classmethod
    def pick_colour(cls, parent: QWidget | None, initial: str, title: str) -> str | None:
        """"#rrggbb" chosen in the colour dialog; None if the person cancelled."""
        if Messages.record_only:
            Messages.shown.append(("colour", title))
            return cls.next_colour
        chosen = QColorDialog.getColor(QColor(initial or "#1a7f5a"), parent, title)
        return chosen.name() if chosen.isValid() else None

    @classmethod
    def pick_logo(cls, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        """The path of the picture chosen; None if the person cancelled."""
        if Messages.record_only:
            Messages.shown.append(("open", title))
            return cls.next_logo_path
        path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return path or None

    # ---- saving ------------------------------------------------------------------------------

    def _save_colour(self, text: str) -> None:
        if self.vault is None:
            return
        try:
            colour = branding.set_colour(self.vault, text)
        except OfferbookError as error:
            self._say(error.message, self.colour_edit)
            return
        self._after_save(self.tr("Saved: cards have a colour band in {colour}.").format(
            colour=colour) if colour else self.tr("Saved: cards have no colour band."))

    def _after_save(self, message: str) -> None:
        if self.vault is None:
            return
        self._show(branding.read(self.vault), branding.can_change(self.vault))
        self.message_label.setText(message)
        self.changed.emit()

    def _say(self, message: str, focus: QWidget | None = None) -> None:
        self.message_label.setText(message)
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    # ---- slots -------------------------------------------------------------------------------

    def _on_colour_edit_editing_finished(self) -> None:
        if self._loading or self.vault is None:
            return
        text = self.colour_edit.text()
        try:
            same = branding.normalise_colour(text) == self._shown.colour
        except OfferbookError:
            same = False
        if not same:
            self._save_colour(text)

    def _on_choose_colour_button_clicked(self) -> None:
        chosen = self.pick_colour(self.window(), self._shown.colour,
                                  self.tr("Choose the colour for cards"))
        if chosen:
            self._save_colour(chosen)

    def _on_no_colour_button_clicked(self) -> None:
        self._save_colour("")
        self.choose_colour_button.setFocus()  # this button is now disabled

    def _on_choose_logo_button_clicked(self) -> None:
        if self.vault is None or self._busy:
            return
        path = self.pick_logo(self.window(), self.tr("Choose the organisation's logo"),
                              self.tr("PNG or JPEG pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        self._busy = True
        self.choose_logo_button.setEnabled(False)
        self.message_label.setText(self.tr("Reading the logo…"))
        # A file no reader expected is said plainly, and the button stays usable.
        operations.run(self, lambda _task: branding.load_logo_file(path), key="logo",
                       on_finished=self._on_logo_finished, on_success=self._on_logo_read,
                       on_failure=self._on_logo_failed, unexpected=self.tr(
                           "That file could not be read as a picture. Choose the logo as a "
                           "PNG or JPEG file."))

    def _on_logo_finished(self) -> None:
        self._busy = False
        self.choose_logo_button.setEnabled(self._editable)

    def _on_logo_read(self, logo: bytes) -> None:
        if self.vault is None:
            return  # locked meanwhile: nothing was stored
        try:
            branding.set_logo(self.vault, logo)
        except OfferbookError as error:
            self._say(error.message, self.choose_logo_button)
            return
        self._after_save(self.tr("Saved: the logo is on every card now."))

    def _on_logo_failed(self, error: OfferbookError) -> None:
        if self.vault is None:
            return
        self._say(error.message, self.choose_logo_button)

    def _on_remove_logo_button_clicked(self) -> None:
        if self.vault is None:
            return
        try:
            branding.remove_logo(self.vault)
        except OfferbookError as error:
            self._say(error.message)
            return
        self._after_save(self.tr("Saved: cards have no logo."))
        self.choose_logo_button.setFocus()  # this button is now disabled

    def _on_qr_check_toggled(self, on: bool) -> None:
        if self._loading or self.vault is None:
            return
        try:
            branding.set_qr_code(self.vault, on)
        except OfferbookError as error:
            self._say(error.message)
            return
        self._after_save(self.tr("Saved: cards carry the linker's QR code.") if on
                         else self.tr("Saved: cards have no QR code."))
