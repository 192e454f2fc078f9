# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop.gui.offers.availability_grid import AvailabilityGrid
from desktop.gui.offers.editor_widgets import (GiftChecklist, StatusSteps, TagPicker)
from desktop.gui.printing.card_preview import CardPreview

class Ui_OfferEditor(object):
    def setupUi(self, OfferEditor):
        if not OfferEditor.objectName():
            OfferEditor.setObjectName(u"OfferEditor")
        self.outer_layout = QVBoxLayout(OfferEditor)
        self.outer_layout.setObjectName(u"outer_layout")
        self.title_label = QLabel(OfferEditor)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.outer_layout.addWidget(self.title_label)

        self.intro_label = QLabel(OfferEditor)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer_layout.addWidget(self.intro_label)

        self.restored_frame = QFrame(OfferEditor)
        self.restored_frame.setObjectName(u"restored_frame")
        self.restored_frame.setFrameShape(QFrame.StyledPanel)
        self.restored_layout = QHBoxLayout(self.restored_frame)
        self.restored_layout.setObjectName(u"restored_layout")
        self.restored_label = QLabel(self.restored_frame)
        self.restored_label.setObjectName(u"restored_label")
        self.restored_label.setWordWrap(True)

        self.restored_layout.addWidget(self.restored_label)

        self.discard_button = QPushButton(self.restored_frame)
        self.discard_button.setObjectName(u"discard_button")

        self.restored_layout.addWidget(self.discard_button)


        self.outer_layout.addWidget(self.restored_frame)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.scroll_area = QScrollArea(OfferEditor)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.form_layout = QFormLayout(self.scroll_contents)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.gifts_label = QLabel(self.scroll_contents)
        self.gifts_label.setObjectName(u"gifts_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gifts_label)

        self.gifts_layout = QVBoxLayout()
        self.gifts_layout.setObjectName(u"gifts_layout")
        self.gift_list = GiftChecklist(self.scroll_contents)
        self.gift_list.setObjectName(u"gift_list")

        self.gifts_layout.addWidget(self.gift_list)

        self.gifts_empty_label = QLabel(self.scroll_contents)
        self.gifts_empty_label.setObjectName(u"gifts_empty_label")
        self.gifts_empty_label.setWordWrap(True)

        self.gifts_layout.addWidget(self.gifts_empty_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.gifts_layout)

        self.offer_title_label = QLabel(self.scroll_contents)
        self.offer_title_label.setObjectName(u"offer_title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.offer_title_label)

        self.title_edit = QPlainTextEdit(self.scroll_contents)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.tags_label = QLabel(self.scroll_contents)
        self.tags_label.setObjectName(u"tags_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tag_picker = TagPicker(self.scroll_contents)
        self.tag_picker.setObjectName(u"tag_picker")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tag_picker)

        self.for_whom_label = QLabel(self.scroll_contents)
        self.for_whom_label.setObjectName(u"for_whom_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.for_whom_label)

        self.for_whom_combo = QComboBox(self.scroll_contents)
        self.for_whom_combo.addItem("")
        self.for_whom_combo.addItem("")
        self.for_whom_combo.addItem("")
        self.for_whom_combo.addItem("")
        self.for_whom_combo.addItem("")
        self.for_whom_combo.addItem("")
        self.for_whom_combo.setObjectName(u"for_whom_combo")
        self.for_whom_combo.setEditable(True)
        self.for_whom_combo.setInsertPolicy(QComboBox.NoInsert)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.for_whom_combo)

        self.when_label = QLabel(self.scroll_contents)
        self.when_label.setObjectName(u"when_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.availability_grid = AvailabilityGrid(self.scroll_contents)
        self.availability_grid.setObjectName(u"availability_grid")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.availability_grid)

        self.frequency_label = QLabel(self.scroll_contents)
        self.frequency_label.setObjectName(u"frequency_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency_combo = QComboBox(self.scroll_contents)
        self.frequency_combo.addItem("")
        self.frequency_combo.addItem("")
        self.frequency_combo.addItem("")
        self.frequency_combo.addItem("")
        self.frequency_combo.addItem("")
        self.frequency_combo.setObjectName(u"frequency_combo")
        self.frequency_combo.setEditable(True)
        self.frequency_combo.setInsertPolicy(QComboBox.NoInsert)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.frequency_combo)

        self.location_label = QLabel(self.scroll_contents)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.scroll_contents)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.conditions_label = QLabel(self.scroll_contents)
        self.conditions_label.setObjectName(u"conditions_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conditions_label)

        self.conditions_edit = QPlainTextEdit(self.scroll_contents)
        self.conditions_edit.setObjectName(u"conditions_edit")
        self.conditions_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.conditions_edit)

        self.support_label = QLabel(self.scroll_contents)
        self.support_label.setObjectName(u"support_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.support_label)

        self.support_edit = QPlainTextEdit(self.scroll_contents)
        self.support_edit.setObjectName(u"support_edit")
        self.support_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.support_edit)

        self.status_caption = QLabel(self.scroll_contents)
        self.status_caption.setObjectName(u"status_caption")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_steps = StatusSteps(self.scroll_contents)
        self.status_steps.setObjectName(u"status_steps")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status_steps)

        self.scroll_area.setWidget(self.scroll_contents)

        self.body_layout.addWidget(self.scroll_area)

        self.card_preview = CardPreview(OfferEditor)
        self.card_preview.setObjectName(u"card_preview")

        self.body_layout.addWidget(self.card_preview)

        self.body_layout.setStretch(0, 3)
        self.body_layout.setStretch(1, 1)

        self.outer_layout.addLayout(self.body_layout)

        self.message_label = QLabel(OfferEditor)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(OfferEditor)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.save_button = QPushButton(OfferEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.outer_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.gifts_label.setBuddy(self.gift_list)
        self.offer_title_label.setBuddy(self.title_edit)
        self.tags_label.setBuddy(self.tag_picker)
        self.for_whom_label.setBuddy(self.for_whom_combo)
        self.when_label.setBuddy(self.availability_grid)
        self.frequency_label.setBuddy(self.frequency_combo)
        self.location_label.setBuddy(self.location_edit)
        self.conditions_label.setBuddy(self.conditions_edit)
        self.support_label.setBuddy(self.support_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfferEditor)
    # setupUi

    def retranslateUi(self, OfferEditor):
#if QT_CONFIG(accessibility)
        OfferEditor.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Offer editor", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText("")
        self.intro_label.setText(QCoreApplication.translate("OfferEditor", u"Shape one thing they would like to offer: what, for whom, when, where, and on what terms. Use their own words.", None))
#if QT_CONFIG(accessibility)
        self.restored_label.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Draft restored", None))
#endif // QT_CONFIG(accessibility)
        self.restored_label.setText(QCoreApplication.translate("OfferEditor", u"Restored what was typed here before; it is not saved yet.", None))
#if QT_CONFIG(accessibility)
        self.discard_button.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Discard unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.discard_button.setText(QCoreApplication.translate("OfferEditor", u"D&iscard unsaved changes", None))
#if QT_CONFIG(accessibility)
        self.scroll_area.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Form", None))
#endif // QT_CONFIG(accessibility)
        self.gifts_label.setText(QCoreApplication.translate("OfferEditor", u"Start from their &gifts", None))
#if QT_CONFIG(accessibility)
        self.gift_list.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Their gifts", None))
#endif // QT_CONFIG(accessibility)
        self.gifts_empty_label.setText(QCoreApplication.translate("OfferEditor", u"No gifts are recorded for this person yet. You can still write the offer below, or have a capabilities conversation first.", None))
        self.offer_title_label.setText(QCoreApplication.translate("OfferEditor", u"&What they will offer", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"What they will offer, in their own words", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"In their own words, for example: I can fix bikes and show others how", None))
        self.tags_label.setText(QCoreApplication.translate("OfferEditor", u"&Tags", None))
#if QT_CONFIG(accessibility)
        self.tag_picker.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.for_whom_label.setText(QCoreApplication.translate("OfferEditor", u"&For whom", None))
        self.for_whom_combo.setItemText(0, QCoreApplication.translate("OfferEditor", u"anyone", None))
        self.for_whom_combo.setItemText(1, QCoreApplication.translate("OfferEditor", u"older neighbours", None))
        self.for_whom_combo.setItemText(2, QCoreApplication.translate("OfferEditor", u"children and families", None))
        self.for_whom_combo.setItemText(3, QCoreApplication.translate("OfferEditor", u"people new to the area", None))
        self.for_whom_combo.setItemText(4, QCoreApplication.translate("OfferEditor", u"a local group", None))
        self.for_whom_combo.setItemText(5, QCoreApplication.translate("OfferEditor", u"one person", None))

#if QT_CONFIG(accessibility)
        self.for_whom_combo.setAccessibleName(QCoreApplication.translate("OfferEditor", u"For whom", None))
#endif // QT_CONFIG(accessibility)
        self.when_label.setText(QCoreApplication.translate("OfferEditor", u"W&hen they are free", None))
#if QT_CONFIG(accessibility)
        self.availability_grid.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Weekly availability", None))
#endif // QT_CONFIG(accessibility)
        self.frequency_label.setText(QCoreApplication.translate("OfferEditor", u"How &often", None))
        self.frequency_combo.setItemText(0, QCoreApplication.translate("OfferEditor", u"once", None))
        self.frequency_combo.setItemText(1, QCoreApplication.translate("OfferEditor", u"weekly", None))
        self.frequency_combo.setItemText(2, QCoreApplication.translate("OfferEditor", u"fortnightly", None))
        self.frequency_combo.setItemText(3, QCoreApplication.translate("OfferEditor", u"monthly", None))
        self.frequency_combo.setItemText(4, QCoreApplication.translate("OfferEditor", u"now and then", None))

#if QT_CONFIG(accessibility)
        self.frequency_combo.setAccessibleName(QCoreApplication.translate("OfferEditor", u"How often", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("OfferEditor", u"Whe&re", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Where", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"For example: at the community centre, at home, anywhere on the 12 bus route", None))
        self.conditions_label.setText(QCoreApplication.translate("OfferEditor", u"&Conditions", None))
#if QT_CONFIG(accessibility)
        self.conditions_edit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Conditions", None))
#endif // QT_CONFIG(accessibility)
        self.conditions_edit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"For example: only with someone they know at first; not mornings", None))
        self.support_label.setText(QCoreApplication.translate("OfferEditor", u"Su&pport needed", None))
#if QT_CONFIG(accessibility)
        self.support_edit.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Support needed", None))
#endif // QT_CONFIG(accessibility)
        self.support_edit.setPlaceholderText(QCoreApplication.translate("OfferEditor", u"For example: needs a lift; someone to go along the first time", None))
        self.status_caption.setText(QCoreApplication.translate("OfferEditor", u"Status", None))
#if QT_CONFIG(accessibility)
        self.status_steps.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Cancel and keep the draft", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("OfferEditor", u"Go back; what you typed is kept as a draft (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("OfferEditor", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("OfferEditor", u"Save", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("OfferEditor", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("OfferEditor", u"&Save", None))
    # retranslateUi

