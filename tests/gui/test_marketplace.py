"""The marketplace register through its real widgets: counts on the tabs, each filter, search
as you type, only the latest answer shown, opening records, the keyboard, accessible names."""

import threading

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import models
from desktop.core.demo import DemoGenerator
from desktop.core.match_features import FAMILIES
from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST
from desktop.store import marketplace_queries
from desktop.store.demo_writer import write_demo
from desktop.store.records import Records
from desktop.gui.main_window import MainWindow
from desktop.gui.marketplace.marketplace_screen import MarketplaceScreen
from desktop.gui.marketplace.register_model import when_words
from tests.conftest import FAST_KDF, query
from tests.gui.test_accessibility import INTERACTIVE

TABLES = {OFFER: "offers", REQUEST: "requests", OPPORTUNITY: "opportunities"}
FINISHED = {OFFER: "ended", REQUEST: "closed", OPPORTUNITY: "closed"}


@pytest.fixture
def demo(vault):
    write_demo(vault, DemoGenerator(seed=2), 60)
    return vault


@pytest.fixture
def screen(qtbot, demo):
    widget = MarketplaceScreen()
    qtbot.addWidget(widget)
    widget.resize(1146, 700)
    with qtbot.waitActive(widget):  # mnemonics and shortcuts need an active window
        widget.show()
        widget.activateWindow()
    widget.open(demo)
    settled(qtbot, widget)
    return widget


def settled(qtbot, screen: MarketplaceScreen) -> None:
    """Until the latest question has its answer on screen."""
    qtbot.waitUntil(screen.is_ready)
    qtbot.waitUntil(lambda: not screen._search_timer.isActive() and screen.is_ready())


def shown_ids(screen: MarketplaceScreen) -> set[str]:
    return {row.id for row in screen.model.rows}


def direct(vault, kind: str, condition: str = "1", params: tuple = ()) -> set[str]:
    """Current records of a kind meeting `condition`, read from the records themselves (r,
    and p their person or g their organisation), not through the register's index."""
    owner = ("LEFT JOIN organisations g ON g.id = r.organisation_id" if kind == OPPORTUNITY
             else "LEFT JOIN participants p ON p.id = r.participant_id")
    alive = "coalesce(g.deleted, 0) = 0" if kind == OPPORTUNITY else "coalesce(p.deleted, 0) = 0"
    sql = (f"SELECT r.id FROM {TABLES[kind]} r {owner} WHERE r.deleted = 0 AND {alive} "
           f"AND r.status != '{FINISHED[kind]}' AND ({condition})")
    return {row[0] for row in query(vault, sql, params)}


def most_common(vault, column: str) -> str:
    return query(vault, f"SELECT {column} FROM participants GROUP BY 1 "
                        f"ORDER BY count(*) DESC LIMIT 1")[0][0]


def tab_counts(screen: MarketplaceScreen) -> dict[str, str]:
    return {screen.tabs.tabData(i): screen.tabs.tabText(i) for i in range(screen.tabs.count())}


def choose(qtbot, screen, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    assert combo.currentData() == data
    settled(qtbot, screen)


def every_tab(qtbot, screen, check) -> None:
    """`check(kind)` on each tab in turn, then back to the offers."""
    for index in [*range(1, screen.tabs.count()), 0]:
        screen.tabs.setCurrentIndex(index)
        settled(qtbot, screen)
        check(screen.kind)


def test_each_tab_shows_its_count_and_its_rows(qtbot, screen, demo):
    expected = {kind: direct(demo, kind) for kind in TABLES}
    assert all(expected.values())
    assert tab_counts(screen) == {
        OFFER: f"&Offers ({len(expected[OFFER])})",
        REQUEST: f"&Requests ({len(expected[REQUEST])})",
        OPPORTUNITY: f"O&pportunities ({len(expected[OPPORTUNITY])})"}

    def check(kind):
        assert shown_ids(screen) == expected[kind]
        assert screen.model.rowCount() == len(expected[kind])
    every_tab(qtbot, screen, check)
    assert screen.result_label.text() == ""  # everything fits: nothing to say


def test_each_filter_narrows_as_the_records_say(qtbot, screen, demo):
    bar = screen.filter_bar
    has_tag = "EXISTS (SELECT 1 FROM json_each(r.tags) j WHERE j.value IN ({}))"
    used = [value for (value,) in query(demo, "SELECT j.value FROM offers, json_each("
                                              "offers.tags) j GROUP BY 1 ORDER BY count(*) DESC")]
    # The most used gift whose similar gifts add some offers.
    tag, family = next(
        (tag, tags) for tag in used for tags in FAMILIES.values() if tag in tags
        and direct(demo, OFFER, has_tag.format(", ".join("?" * len(tags))), tags)
        > direct(demo, OFFER, has_tag.format("?"), (tag,)))
    person_cases = [
        ("team", bar.team_combo, most_common(demo, "team_id"), "p.team_id = ?"),
        ("linker", bar.linker_combo, most_common(demo, "linker_id"), "p.linker_id = ?"),
    ]
    cases = [
        ("gift", bar.gift_combo, tag, has_tag.format("?")),
        ("day", bar.day_combo, "sat", "EXISTS (SELECT 1 FROM json_each(r.availability) d "
                                      "WHERE d.key = ? AND json_array_length(d.value) > 0)"),
        ("part", bar.part_combo, "evening", "EXISTS (SELECT 1 FROM json_each(r.availability) d, "
                                           "json_each(d.value) t WHERE t.value = ?)"),
    ]
    for name, combo, value, condition in cases + person_cases:
        choose(qtbot, screen, combo, value)
        assert 0 < len(screen.model.rows) < len(direct(demo, OFFER)), name

        def check(kind, condition=condition, value=value, name=name):
            if kind == OPPORTUNITY and name in ("team", "linker"):
                want = direct(demo, kind)  # the directory is the whole organisation's
            else:
                want = direct(demo, kind, condition, (value,))
            assert shown_ids(screen) == want, (name, kind)
            assert f"({len(want)})" in tab_counts(screen)[kind]
        every_tab(qtbot, screen, check)
        choose(qtbot, screen, combo, "")

    # Similar gifts: the chosen gift's whole family.
    choose(qtbot, screen, bar.gift_combo, tag)
    alone = shown_ids(screen)
    bar.similar_check.setChecked(True)
    settled(qtbot, screen)
    family_condition = has_tag.format(", ".join("?" * len(family)))
    assert shown_ids(screen) == direct(demo, screen.kind, family_condition, family) > alone

    # Area and language come from what the register holds.
    bar.clear()
    settled(qtbot, screen)
    area = bar.area_combo.itemData(1)
    choose(qtbot, screen, bar.area_combo, area)
    assert shown_ids(screen) == direct(demo, OFFER, "upper(p.postcode) LIKE ? || ' %'", (area,))
    bar.clear()
    language = next(bar.language_combo.itemText(i) for i in range(1, bar.language_combo.count())
                    if bar.language_combo.itemText(i) != "English")
    choose(qtbot, screen, bar.language_combo, language.casefold())
    assert shown_ids(screen) == direct(
        demo, OFFER, "EXISTS (SELECT 1 FROM json_each(p.languages) j WHERE j.value = ?)",
        (language,))
    bar.clear()

    # Status: each tab its own choice.
    choose(qtbot, screen, bar.status_combo, "active")
    assert shown_ids(screen) == {row[0] for row in query(
        demo, "SELECT id FROM offers WHERE status = 'active' AND deleted = 0")}
    screen.tabs.setCurrentIndex(1)
    settled(qtbot, screen)
    assert bar.status_combo.currentData() == marketplace_queries.CURRENT
    choose(qtbot, screen, bar.status_combo, marketplace_queries.ANY)
    assert shown_ids(screen) == {row[0] for row in query(
        demo, "SELECT id FROM requests WHERE deleted = 0")}
    screen.tabs.setCurrentIndex(0)
    settled(qtbot, screen)
    assert bar.status_combo.currentData() == "active"


def test_filters_together_and_the_empty_list_says_what_to_do(qtbot, screen, demo):
    bar = screen.filter_bar
    choose(qtbot, screen, bar.day_combo, "sun")
    choose(qtbot, screen, bar.part_combo, "morning")
    want = direct(demo, OFFER, "EXISTS (SELECT 1 FROM json_each(r.availability) d, "
                               "json_each(d.value) t WHERE d.key = 'sun' AND t.value = 'morning')")
    assert shown_ids(screen) == want
    choose(qtbot, screen, bar.area_combo, bar.area_combo.itemData(bar.area_combo.count() - 1))
    choose(qtbot, screen, bar.gift_combo, "henna")
    assert screen.model.rows == [] and screen.pages.currentIndex() == 1
    assert screen.empty_label.text() == "No offers match these filters."
    assert screen.empty_clear_button.text() == "Clear filters"
    qtbot.mouseClick(screen.empty_clear_button, Qt.MouseButton.LeftButton)
    settled(qtbot, screen)
    assert bar.is_clear() and shown_ids(screen) == direct(demo, OFFER)
    assert screen.pages.currentIndex() == 0

    qtbot.keyClicks(screen.search_edit, "zzqx")
    settled(qtbot, screen)
    assert screen.empty_label.text() == "No offers match what you typed. Try fewer letters."
    qtbot.mouseClick(screen.empty_clear_button, Qt.MouseButton.LeftButton)
    settled(qtbot, screen)
    assert screen.search_edit.text() == "" and shown_ids(screen) == direct(demo, OFFER)


def test_search_as_you_type(qtbot, screen, demo):
    records = Records(demo)
    person = records.add(models.Participant(full_name="Perpetua Quennell", postcode="LS6 1AB"))
    offer = records.add(models.Offer(participant_id=person.id, title="Xylophone lessons",
                                     tags=["music"], status="agreed"))
    records.add(models.Request(participant_id=person.id, title="A lift to choir"))
    screen.refresh()
    settled(qtbot, screen)
    qtbot.keyClicks(screen.search_edit, "xylo")
    settled(qtbot, screen)
    assert shown_ids(screen) == {offer.id}
    assert "(1)" in tab_counts(screen)[OFFER] and "(0)" in tab_counts(screen)[REQUEST]
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "quenn")  # the person's name finds both
    settled(qtbot, screen)
    assert shown_ids(screen) == {offer.id}
    assert "(1)" in tab_counts(screen)[REQUEST]
    screen.search_edit.clear()
    settled(qtbot, screen)
    assert shown_ids(screen) == direct(demo, OFFER)  # newest 200 at most: all of them here


def test_only_the_answer_to_the_latest_question_shows(qtbot, screen, monkeypatch):
    """A slow answer to an earlier question arrives after a quick one to a later question:
    the later one stays on screen."""
    real = marketplace_queries.register
    release, first_done = threading.Event(), threading.Event()

    def answer(vault, filters, kind, **kwargs):
        if filters.text == "bak":
            release.wait(10)
            try:
                return real(vault, filters, kind, **kwargs)
            finally:
                first_done.set()
        return real(vault, filters, kind, **kwargs)

    monkeypatch.setattr(marketplace_queries, "register", answer)
    screen.search_edit.setText("bak")
    screen.refresh()
    screen.search_edit.setText("walk")
    screen.refresh()
    qtbot.waitUntil(lambda: screen.shown is not None and screen.shown.filters.text == "walk")
    walking = shown_ids(screen)
    release.set()
    qtbot.waitUntil(first_done.is_set)
    for _ in range(10):
        QApplication.processEvents()
    assert screen.shown.filters.text == "walk" and shown_ids(screen) == walking


def test_a_slow_answer_says_loading_and_keeps_the_last_list(qtbot, screen, monkeypatch):
    real = marketplace_queries.register
    release = threading.Event()
    monkeypatch.setattr(marketplace_queries, "register",
                        lambda *args, **kwargs: release.wait(10) and real(*args, **kwargs))
    before = shown_ids(screen)
    screen.search_edit.setText("walk")
    screen.refresh()
    qtbot.waitUntil(lambda: screen.result_label.text() == "Loading…")
    assert shown_ids(screen) == before
    release.set()
    settled(qtbot, screen)
    assert screen.result_label.text() == "" and shown_ids(screen) != before


def test_enter_and_double_click_open_the_record(qtbot, screen, demo):
    screen.table.setFocus()
    screen.table.selectRow(2)
    row = screen.model.rows[2]
    with qtbot.waitSignal(screen.navigate) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    offer = Records(demo).get(models.Offer, row.id)
    assert opened.args == ["offer", {"offer_id": offer.id,
                                     "participant_id": offer.participant_id}]

    screen.tabs.setCurrentIndex(1)
    settled(qtbot, screen)
    request = screen.model.rows[0]
    rect = screen.table.visualRect(screen.model.index(0, 0))
    # A real double click is a click followed by a double-click event at the same place.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.navigate) as opened:
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == ["request", {"request_id": request.id,
                                       "participant_id": request.who_id}]

    screen.tabs.setCurrentIndex(2)
    settled(qtbot, screen)
    screen.search_edit.setFocus()
    with qtbot.waitSignal(screen.navigate) as opened:
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert opened.args == ["opportunity", {"opportunity_id": screen.model.rows[0].id}]


def test_enter_straight_after_typing_opens_the_first_of_what_was_typed(qtbot, screen, demo):
    # Walks of its own, so the test does not hang on what the demo's random people offer.
    records = Records(demo)
    walker = records.add(models.Participant(full_name="Wendy Strider", status="active"))
    for title in ("I could lead a gentle walk round the park", "Walks with a dog for company"):
        records.add(models.Offer(participant_id=walker.id, title=title, status="agreed",
                                 tags=["walking-groups"]))
    want = {o.id for o in records.find(models.Offer) if "walk" in o.title.casefold()}
    screen.search_edit.setFocus()
    with qtbot.waitSignal(screen.navigate) as opened:
        qtbot.keyClicks(screen.search_edit, "walk")
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)  # before the answer
    assert opened.args[1]["offer_id"] == screen.model.rows[0].id
    assert screen.model.rows[0].id in want


def test_opening_from_the_app_shows_the_offer_and_the_opportunity(qtbot, demo):
    window = MainWindow(demo.directory, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window._on_unlock_page_unlocked(demo)
    names = [window.shell.nav.item(i).text() for i in range(window.shell.nav.count())]
    assert names.index("Marketplace") == names.index("People") + 1
    window.shell.go("marketplace")
    screen = window.shell.current
    settled(qtbot, screen)
    first = screen.model.rows[0]
    screen.open_row(0)
    assert window.shell.current.name == "offer"
    assert window.shell.current.record.id == first.id

    window.shell.go("marketplace", {"tab": OPPORTUNITY})
    screen = window.shell.current
    settled(qtbot, screen)
    assert screen.kind == OPPORTUNITY
    opportunity = Records(demo).get(models.Opportunity, screen.model.rows[0].id)
    screen.open_row(0)
    details = window.shell.current
    assert details.name == "opportunity"
    assert details.heading.text() == opportunity.title
    assert details.fields["description"].text() == opportunity.description
    qtbot.keyClick(details.back_button, Qt.Key.Key_Escape)
    assert window.shell.current.name == "marketplace"
    assert window.shell.current.kind == OPPORTUNITY
    window.lock()


def test_the_keyboard_reaches_everything(qtbot, screen):
    assert QApplication.focusWidget() is screen.search_edit
    bar = screen.filter_bar
    chain = [screen.search_edit, bar.gift_combo, bar.similar_check, bar.day_combo,
             bar.part_combo, bar.area_combo, bar.language_combo, bar.status_combo,
             bar.team_combo, bar.linker_combo, bar.clear_button, screen.tabs, screen.table]
    bar.gift_combo.setCurrentIndex(1)  # the similar-gifts box takes focus once it applies
    settled(qtbot, screen)
    screen.search_edit.setFocus()
    for expected in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    # Down from the search box goes into the list.
    screen.search_edit.setFocus()
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is screen.table
    # Mnemonics: Alt+R and Alt+P for the tabs, Alt+D for the day, Alt+S back to the search.
    for key, kind in ((Qt.Key.Key_R, REQUEST), (Qt.Key.Key_P, OPPORTUNITY),
                      (Qt.Key.Key_O, OFFER)):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert screen.kind == kind
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is bar.day_combo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is screen.search_edit
    # Ctrl+Tab steps through the tabs from anywhere on the screen.
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert screen.kind == REQUEST


def unnamed(root: QWidget) -> list[str]:
    """Visible controls without an accessible name (as test_accessibility's sweep looks, minus
    what Qt names itself: a combo box's line edit, a scroll area's own scroll bars)."""
    return [f"{type(w).__name__} in {type(w.parent()).__name__}" for w in root.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisibleTo(root)
            and not w.parent().inherits("QComboBox")
            and not w.parent().objectName().startswith("qt_scrollarea")
            and not w.accessibleName().strip()]


def test_every_control_has_an_accessible_name_full_and_empty(qtbot, screen):
    assert unnamed(screen) == []
    assert screen.table.accessibleName() == f"Offers ({len(screen.model.rows)})"
    screen.search_edit.setText("zzqx")
    screen.refresh()
    settled(qtbot, screen)
    assert screen.empty_clear_button.isVisibleTo(screen)
    assert unnamed(screen) == []
    assert screen.empty_clear_button.accessibleName() == "Clear the search"


def test_locking_forgets_what_was_shown(qtbot, screen):
    screen.search_edit.setText("walk")
    screen.filter_bar.day_combo.setCurrentIndex(2)
    settled(qtbot, screen)
    screen.close_vault()
    assert screen.model.rows == [] and screen.search_edit.text() == ""
    assert screen.filter_bar.is_clear() and screen.filter_bar.area_combo.count() == 1
    assert all(text.endswith("(…)") for text in tab_counts(screen).values())
    screen.refresh()  # no vault: nothing is asked
    assert screen.is_ready()


def test_when_words():
    assert when_words({"mon": ["morning"], "sat": ["afternoon", "evening"]}) == (
        "Mon morning · Sat afternoon, evening")
    assert when_words({"sun": ["evening", "morning", "afternoon"]}) == "Sun all day"
    assert when_words({}, "First Tuesday of the month") == "First Tuesday of the month"
