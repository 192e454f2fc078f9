"""Settings › Cards through the real widgets: a coordinator types or picks the colour, chooses
and removes the logo and switches the QR code off; the offer editor's live card and the PDF it
saves show each choice. Someone who is not a coordinator sees them locked, with the reason."""

from datetime import date
import io
import subprocess

from PIL import Image
from pypdf import PdfReader
import pytest
import zxingcpp

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import models
from desktop.store import access, branding
from desktop.store.records import Records
from desktop.store.vault import Vault
from desktop.gui.common import settings
from desktop.gui.common.settings import Settings
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.branding import BrandingGroup
from tests.conftest import FAST_KDF, PASSPHRASE, type_text

GREEN_RGB = (0x1A, 0x7F, 0x5A)
PLUM_RGB = (0x6B, 0x2D, 0x5C)
LINKER_PASSPHRASE = "quiet harbour amber fox"


@pytest.fixture
def device(tmp_path, qapp):
    previous = settings.use(Settings(tmp_path / "offerbook.ini"))
    yield settings.current()
    settings.use(previous)


@pytest.fixture(autouse=True)
def _picker_answers(monkeypatch):
    """What the colour and logo pickers answer under the `messages` fixture: plum, and no
    logo (the file dialog cancelled). Tests may set others; they are put back afterwards."""
    monkeypatch.setattr(BrandingGroup, "next_colour", "#6b2d5c")
    monkeypatch.setattr(BrandingGroup, "next_logo_path", None)


@pytest.fixture
def made(tmp_path):
    """A closed vault with a coordinator, a linker with a passphrase of their own, and an
    agreed offer from someone who has agreed to a printed card. Returns (path, offer)."""
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, "Gwen Morgan", PASSPHRASE, organisation="Hillside Linkers",
                            kdf=FAST_KDF)
    records = Records(vault)
    linker = access.add_staff(vault, "Amal Hussain", LINKER_PASSPHRASE, kdf=FAST_KDF)
    records.update(models.Staff, linker.id, work_phone="01632 960123",
                   work_email="amal@example.org")
    person = records.add(models.Participant(full_name="Siân Roberts", preferred_name="Siân",
                                            linker_id=linker.id))
    for purpose in ("keep-record", "print-card"):
        records.add(models.Consent(participant_id=person.id, purpose=purpose, given=True,
                                   method="spoken", recorded_on=date.today().isoformat()))
    offer = records.add(models.Offer(participant_id=person.id, title="I can fix bikes",
                                     status="agreed", location="Canolfan y Dref",
                                     frequency="weekly", availability={"sat": ["morning"]}))
    vault.close()
    return path, offer


def unlocked(qtbot, path, passphrase: str = PASSPHRASE) -> MainWindow:
    window = MainWindow(path, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.keyClicks(window.unlock_page.ui.passphrase_edit, passphrase)
    with qtbot.waitSignal(window.unlock_page.unlocked, timeout=10_000):
        qtbot.keyClick(window.unlock_page.ui.passphrase_edit, Qt.Key.Key_Return)
    return window


@pytest.fixture
def window(qtbot, made, device, messages):
    window = unlocked(qtbot, made[0])
    window.shell.go("settings")
    yield window
    if window.vault is not None:
        window.lock()
    window.close()


def group_of(window) -> BrandingGroup:
    return window.shell.screens["settings"].branding


def logo_file(tmp_path, kind: str = "PNG") -> str:
    image = Image.new("RGB", (240, 160), (200, 30, 30))
    image.paste((20, 20, 160), (60, 40, 180, 120))
    path = tmp_path / f"logo.{kind.lower()}"
    image.save(path, kind)
    return str(path)


def saved_card(qtbot, window, offer, tmp_path, messages) -> bytes:
    """Open the offer, wait for its live card, save it as PDF through the real button."""
    screen = window.shell.screens["offer"]
    with qtbot.waitSignal(screen.preview.rendered, timeout=10_000):
        window.shell.go("offer", {"participant_id": offer.participant_id,
                                  "offer_id": offer.id})
    qtbot.waitUntil(screen.preview.is_current, timeout=10_000)
    target = tmp_path / f"card-{len(messages.shown)}.pdf"
    messages.next_path = str(target)
    qtbot.mouseClick(screen.preview.ui.pdf_button, Qt.MouseButton.LeftButton)
    return target.read_bytes()


def rendered(pdf: bytes, tmp_path, dpi: int = 100) -> Image.Image:
    source = tmp_path / "render.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(source),
                    str(tmp_path / "render")], check=True)
    with Image.open(tmp_path / "render.png") as image:
        return image.convert("RGB")


def colours(image: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in image.getcolors(1 << 22)}


def images_in(pdf: bytes) -> int:
    found = set()

    def walk(resources) -> None:
        for ref in (resources or {}).get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found.add(ref.idnum)
            elif xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))
    for page in PdfReader(io.BytesIO(pdf)).pages:
        walk(page.get("/Resources"))
    return len(found)


def qr_codes(image: Image.Image) -> list:
    return [code for code in zxingcpp.read_barcodes(image.convert("L"))
            if code.format == zxingcpp.BarcodeFormat.QRCode]


def test_a_coordinator_brands_the_cards_and_the_live_card_shows_it(qtbot, window, made,
                                                                   messages, tmp_path):
    _, offer = made
    group = group_of(window)
    assert group.isVisible() and group.colour_edit.isEnabled()
    assert group.colour_edit.text() == "" and group.qr_check.isChecked()
    assert not group.remove_logo_button.isEnabled()  # no logo yet
    plain = saved_card(qtbot, window, offer, tmp_path, messages)
    assert GREEN_RGB not in colours(rendered(plain, tmp_path)) and images_in(plain) == 0

    # Typed colour, saved when the field is left.
    window.shell.go("settings")
    group.colour_edit.setFocus()
    type_text(group.colour_edit, "#1A7F5A")
    with qtbot.waitSignal(group.changed):
        qtbot.keyClick(group.colour_edit, Qt.Key.Key_Tab)
    assert branding.read(window.vault).colour == "#1a7f5a"
    assert group.colour_edit.text() == "#1a7f5a"
    assert "#1a7f5a" in group.message_label.text()
    assert group.choose_colour_button.hasFocus()  # Tab went on, as the rows read

    # The logo, chosen through the file seam and read off the GUI thread.
    messages_before = len(messages.shown)
    BrandingGroup.next_logo_path = logo_file(tmp_path)
    with qtbot.waitSignal(group.changed, timeout=10_000):
        qtbot.mouseClick(group.choose_logo_button, Qt.MouseButton.LeftButton)
    assert messages.shown[messages_before][0] == "open"
    assert branding.read(window.vault).logo.startswith(b"\x89PNG")
    assert group.remove_logo_button.isEnabled()
    assert group.logo_preview.pixmap() is not None and not group.logo_preview.pixmap().isNull()

    card = saved_card(qtbot, window, offer, tmp_path, messages)
    page = rendered(card, tmp_path)
    assert GREEN_RGB in colours(page.crop((0, 0, page.width, 8)))  # the band, along the top
    assert images_in(card) == 1  # the logo
    assert qr_codes(rendered(card, tmp_path, 150))  # the QR code is on by default
    preview = window.shell.screens["offer"].preview.ui.card_image.image()
    top = preview.copy(0, 0, preview.width(), max(3, preview.height() // 80))
    assert any(top.pixelColor(x, 1).getRgb()[:3] == GREEN_RGB
               for x in range(0, top.width(), 7))  # the live picture has the band too

    # The colour dialog (seam), then the QR code off by keyboard.
    window.shell.go("settings")
    with qtbot.waitSignal(group.changed):
        qtbot.mouseClick(group.choose_colour_button, Qt.MouseButton.LeftButton)
    assert ("colour", "Choose the colour for cards") in messages.shown
    assert branding.read(window.vault).colour == "#6b2d5c"
    group.qr_check.setFocus()
    with qtbot.waitSignal(group.changed):
        qtbot.keyClick(group.qr_check, Qt.Key.Key_Space)
    assert branding.read(window.vault).qr_code is False
    card = saved_card(qtbot, window, offer, tmp_path, messages)
    page = rendered(card, tmp_path, 150)
    assert PLUM_RGB in colours(page) and GREEN_RGB not in colours(page)
    assert qr_codes(page) == []

    # No logo and no colour: the card is plain again.
    window.shell.go("settings")
    with qtbot.waitSignal(group.changed):
        qtbot.mouseClick(group.remove_logo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(group.changed):
        qtbot.mouseClick(group.no_colour_button, Qt.MouseButton.LeftButton)
    assert branding.read(window.vault) == branding.Branding(qr_code=False)
    card = saved_card(qtbot, window, offer, tmp_path, messages)
    assert images_in(card) == 0 and PLUM_RGB not in colours(rendered(card, tmp_path))


def test_a_wrong_colour_or_file_is_explained_and_nothing_changes(qtbot, window, messages,
                                                                tmp_path):
    group = group_of(window)
    group.colour_edit.setFocus()
    type_text(group.colour_edit, "green")
    qtbot.keyClick(group.colour_edit, Qt.Key.Key_Return)
    assert "#1a7f5a" in group.message_label.text()  # says how to write one
    assert group.colour_edit.hasFocus() and group.colour_edit.selectedText() == "green"
    assert branding.read(window.vault).colour == ""

    gif = tmp_path / "logo.gif"
    Image.new("RGB", (20, 20)).save(gif, "GIF")
    BrandingGroup.next_logo_path = str(gif)
    qtbot.mouseClick(group.choose_logo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Only PNG and JPEG" in group.message_label.text(), timeout=10_000)
    assert group.choose_logo_button.isEnabled() and branding.read(window.vault).logo == b""

    BrandingGroup.next_logo_path = None  # the file dialog cancelled: nothing happens
    qtbot.mouseClick(group.choose_logo_button, Qt.MouseButton.LeftButton)
    assert branding.read(window.vault).logo == b""


def test_the_cards_group_is_in_the_keyboard_order_after_the_passphrase(qtbot, window):
    screen = window.shell.screens["settings"]
    group = group_of(window)
    screen.ui.change_button.setFocus()
    reached = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    # No colour and no logo yet: their "remove" buttons are off and skipped.
    assert reached == [group.colour_edit, group.choose_colour_button,
                       group.choose_logo_button, group.qr_check, screen.ui.staff_list]
    for widget in group.tab_chain():
        assert widget.accessibleName().strip()
    assert group.colour_label.buddy() is group.colour_edit


def test_someone_who_is_not_a_coordinator_sees_the_branding_locked(qtbot, made, device,
                                                                   messages):
    path, _ = made
    window = unlocked(qtbot, path, LINKER_PASSPHRASE)
    try:
        window.shell.go("settings")
        group = group_of(window)
        assert group.isVisible()
        assert not any(widget.isEnabled() for widget in group.tab_chain())
        assert "Only a coordinator" in group.message_label.text()
        assert group.message_label.isEnabled()  # the reason reads clearly
    finally:
        window.lock()
        window.close()
