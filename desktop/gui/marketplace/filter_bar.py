"""The register's filters: gift (and similar gifts), day, time of day, area, language, status,
team and linker, each a labelled combo box with a mnemonic, and a button that clears them.

Every tab shares the filters except status: offers, requests and opportunities have statuses of
their own, so the status box shows the current tab's and remembers each tab's choice (current
by default: not ended, not closed). Team and linker say nothing about opportunities, which
belong to the whole organisation; on that tab they are disabled and say so.
"""

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.core.match_features import FAMILIES, family_index
from desktop.core.match_sides import OFFER, OPPORTUNITY, REQUEST
from desktop.core.offers import DAYS, PARTS
from desktop.core.taxonomy import Taxonomy
from desktop.store.marketplace_queries import ANY, CURRENT, KINDS, STATUSES, Filters
from desktop.gui.common import choices

_FAMILY_OF = family_index()


def status_labels(kind: str) -> dict[str, str]:
    """Each status of a kind, in words."""
    translate = QCoreApplication.translate
    words = {
        "draft": translate("Marketplace", "Draft"), "agreed": translate("Marketplace", "Agreed"),
        "matched": translate("Marketplace", "Matched"),
        "active": translate("Marketplace", "Active"), "paused": translate("Marketplace", "Paused"),
        "ended": translate("Marketplace", "Ended"), "open": translate("Marketplace", "Open"),
        "met": translate("Marketplace", "Met"), "closed": translate("Marketplace", "Closed"),
        "full": translate("Marketplace", "Full"),
    }
    return {status: words.get(status, status) for status in STATUSES[kind]}


class FilterBar(QWidget):
    changed = Signal()  # any filter changed (not when they are filled in from the vault)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filters"))
        self._taxonomy: Taxonomy | None = None
        self._kind = OFFER
        self._status = {kind: CURRENT for kind in KINDS}
        self._languages: dict[str, list[str]] = {}  # folded -> every spelling found
        self._labels: list[QLabel] = []
        self.gift_combo = self._combo(self.tr("&Gift"), self.tr("Gift filter"))
        self.similar_check = QCheckBox(self.tr("Si&milar gifts too"), self)
        self.similar_check.setAccessibleName(self.tr("Include similar gifts"))
        self.day_combo = self._combo(self.tr("&Day"), self.tr("Day filter"))
        self.part_combo = self._combo(self.tr("T&ime of day"), self.tr("Time of day filter"))
        self.area_combo = self._combo(self.tr("&Area"), self.tr("Area filter"))
        self.language_combo = self._combo(self.tr("&Language"), self.tr("Language filter"))
        self.status_combo = self._combo(self.tr("Stat&us"), self.tr("Status filter"))
        self.team_combo = self._combo(self.tr("&Team"), self.tr("Team filter"))
        self.linker_combo = self._combo(self.tr("Lin&ker"), self.tr("Linker filter"))
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show everything again: every filter back to any"))

        # The weekly grid's own words for days and times of day (one translation of each).
        grid = partial(QCoreApplication.translate, "AvailabilityGrid")
        self.day_combo.addItem(self.tr("Any day"), "")
        for day, name in zip(DAYS, (grid("Monday"), grid("Tuesday"), grid("Wednesday"),
                                    grid("Thursday"), grid("Friday"), grid("Saturday"),
                                    grid("Sunday"))):
            self.day_combo.addItem(name, day)
        self.part_combo.addItem(self.tr("Any time"), "")
        for part, name in zip(PARTS, (grid("Morning"), grid("Afternoon"), grid("Evening"))):
            self.part_combo.addItem(name, part)
        for combo, everyone in ((self.gift_combo, self.tr("Any gift")),
                                (self.area_combo, self.tr("Any area")),
                                (self.language_combo, self.tr("Any language")),
                                (self.team_combo, self.tr("All teams")),
                                (self.linker_combo, self.tr("Any linker"))):
            combo.addItem(everyone, "")
        self._fill_statuses()
        self._update_similar()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        pairs = list(zip(self._labels, (self.gift_combo, self.day_combo, self.part_combo,
                                        self.area_combo, self.language_combo, self.status_combo,
                                        self.team_combo, self.linker_combo)))
        # Two rows of four: what a record is and when, then where, who and how far along.
        for number, (label, combo) in enumerate(pairs):
            row, column = divmod(number, 4)
            grid.addWidget(label, row, column * 2)
            if combo is self.gift_combo:  # similar gifts belong with the gift
                gift = QHBoxLayout()
                gift.addWidget(combo, 1)
                gift.addWidget(self.similar_check)
                grid.addLayout(gift, row, column * 2 + 1)
            else:
                grid.addWidget(combo, row, column * 2 + 1)
        grid.addWidget(self.clear_button, 1, 8)
        for column in range(4):
            grid.setColumnStretch(column * 2 + 1, 1)
        self.setTabOrder(self.gift_combo, self.similar_check)
        order = [self.similar_check, self.day_combo, self.part_combo, self.area_combo,
                 self.language_combo, self.status_combo, self.team_combo, self.linker_combo,
                 self.clear_button]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

        for combo in self.combos():
            if combo not in (self.status_combo, self.gift_combo):
                combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)
        self.gift_combo.currentIndexChanged.connect(self._on_gift_combo_current_index_changed)
        self.similar_check.toggled.connect(self._on_similar_check_toggled)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def _combo(self, text: str, name: str) -> QComboBox:
        label = QLabel(text, self)
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.view().setAccessibleName(name)  # the list it drops down
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        label.setBuddy(combo)
        self._labels.append(label)
        return combo

    def combos(self) -> list[QComboBox]:
        return [self.gift_combo, self.day_combo, self.part_combo, self.area_combo,
                self.language_combo, self.status_combo, self.team_combo, self.linker_combo]

    # ---- what the vault offers -------------------------------------------------------------

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self._taxonomy = taxonomy
        tags = sorted(taxonomy.tags, key=lambda tag: tag.label.casefold())
        self._refill(self.gift_combo, self.tr("Any gift"), [(tag.label, tag.id) for tag in tags])

    def set_choices(self, areas: Sequence[str], languages: Sequence[str],
                    teams: Sequence[tuple[str, str]], linkers: Sequence[tuple[str, str]]) -> None:
        """What to choose from: districts and languages found in the register, and
        (name, id) of teams and linkers. A choice made before stays if it is still there."""
        self._languages = {}
        for language in languages:
            self._languages.setdefault(language.casefold(), []).append(language)
        self._refill(self.area_combo, self.tr("Any area"), [(area, area) for area in areas])
        self._refill(self.language_combo, self.tr("Any language"),
                     [(spellings[0], folded) for folded, spellings in self._languages.items()])
        self._refill(self.team_combo, self.tr("All teams"), teams)
        self._refill(self.linker_combo, self.tr("Any linker"), linkers)

    def _refill(self, combo: QComboBox, everyone: str, items: Sequence[tuple[str, str]]) -> None:
        if choices.refill(combo, everyone, items):
            self.changed.emit()  # what was chosen is gone: the list is wider now

    # ---- the tab ---------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        """Show the status choices of `kind` (offers, requests or opportunities)."""
        self._kind = kind
        self._fill_statuses()
        people = kind != OPPORTUNITY
        for combo in (self.team_combo, self.linker_combo):
            combo.setEnabled(people)
            combo.setToolTip("" if people else self.tr(
                "Opportunities belong to the whole organisation, not to a team or a linker."))

    def _fill_statuses(self) -> None:
        combo = self.status_combo
        combo.blockSignals(True)
        combo.clear()
        current = {OFFER: self.tr("Current (not ended)"),
                   REQUEST: self.tr("Current (not closed)"),
                   OPPORTUNITY: self.tr("Current (not closed)")}[self._kind]
        combo.addItem(current, CURRENT)
        combo.addItem(self.tr("Any status"), ANY)
        for status, label in status_labels(self._kind).items():
            combo.addItem(label, status)
        combo.setCurrentIndex(max(0, combo.findData(self._status[self._kind])))
        combo.blockSignals(False)

    # ---- the filters -----------------------------------------------------------------------

    def filters(self, text: str = "") -> Filters:
        tag = self.gift_combo.currentData() or ""
        tags: tuple[str, ...] = ()
        if tag:
            family = _FAMILY_OF.get(tag)
            tags = (FAMILIES[family] if family and self.similar_check.isChecked()
                    else (tag,))
        return Filters(
            text=text, tags=tuple(tags), day=self.day_combo.currentData() or "",
            part=self.part_combo.currentData() or "", area=self.area_combo.currentData() or "",
            languages=tuple(self._languages.get(self.language_combo.currentData() or "", ())),
            team_id=self.team_combo.currentData() or "",
            linker_id=self.linker_combo.currentData() or "", status=dict(self._status))

    def is_clear(self) -> bool:
        """Whether no filter narrows the list (each status at its default, current)."""
        return (all(combo.currentIndex() == 0 for combo in self.combos()
                    if combo is not self.status_combo)
                and all(status == CURRENT for status in self._status.values()))

    def clear(self) -> None:
        """Every filter back to any, and each tab's status back to current: one `changed`."""
        self._status = {kind: CURRENT for kind in KINDS}
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_statuses()
        self.similar_check.blockSignals(True)
        self.similar_check.setChecked(False)
        self.similar_check.blockSignals(False)
        self._update_similar()
        self.changed.emit()

    def _update_similar(self) -> None:
        """Similar gifts are the chosen gift's family; a gift in no family has none."""
        tag = self.gift_combo.currentData() or ""
        family = _FAMILY_OF.get(tag)
        self.similar_check.setEnabled(family is not None)
        if family is None:
            self.similar_check.setToolTip(self.tr("Choose a gift first; some gifts have no "
                                                  "similar ones."))
            return
        labels = [self._label(other) for other in FAMILIES[family] if other != tag]
        self.similar_check.setToolTip(self.tr("Also: %1").replace("%1", ", ".join(labels)))

    def _label(self, tag_id: str) -> str:
        tag = self._taxonomy.by_id(tag_id) if self._taxonomy is not None else None
        return tag.label if tag is not None else tag_id

    # ---- slots -----------------------------------------------------------------------------

    def _on_filter_changed(self, _index: int) -> None:
        self.changed.emit()

    def _on_status_combo_current_index_changed(self, _index: int) -> None:
        self._status[self._kind] = self.status_combo.currentData()
        self.changed.emit()

    def _on_gift_combo_current_index_changed(self, _index: int) -> None:
        self._update_similar()
        self.changed.emit()

    def _on_similar_check_toggled(self, _checked: bool) -> None:
        if self.gift_combo.currentData():
            self.changed.emit()

    def _on_clear_button_clicked(self) -> None:
        self.clear()
