# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.gui.offers.availability_grid import AvailabilityGrid
from desktop.gui.offers.editor_widgets import (StatusSteps, TagPicker)

class Ui_RequestEditor(object):
    def setupUi(self, RequestEditor):
        if not RequestEditor.objectName():
            RequestEditor.setObjectName(u"RequestEditor")
        self.outer_layout = QVBoxLayout(RequestEditor)
        self.outer_layout.setObjectName(u"outer_layout")
        self.title_label = QLabel(RequestEditor)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.outer_layout.addWidget(self.title_label)

        self.intro_label = QLabel(RequestEditor)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer_layout.addWidget(self.intro_label)

        self.restored_frame = QFrame(RequestEditor)
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

        self.scroll_area = QScrollArea(RequestEditor)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.form_layout = QFormLayout(self.scroll_contents)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.request_title_label = QLabel(self.scroll_contents)
        self.request_title_label.setObjectName(u"request_title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.request_title_label)

        self.title_edit = QPlainTextEdit(self.scroll_contents)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.tags_label = QLabel(self.scroll_contents)
        self.tags_label.setObjectName(u"tags_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tag_picker = TagPicker(self.scroll_contents)
        self.tag_picker.setObjectName(u"tag_picker")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tag_picker)

        self.details_label = QLabel(self.scroll_contents)
        self.details_label.setObjectName(u"details_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details_edit = QPlainTextEdit(self.scroll_contents)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.details_edit)

        self.when_label = QLabel(self.scroll_contents)
        self.when_label.setObjectName(u"when_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.availability_grid = AvailabilityGrid(self.scroll_contents)
        self.availability_grid.setObjectName(u"availability_grid")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.availability_grid)

        self.location_label = QLabel(self.scroll_contents)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.scroll_contents)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.status_caption = QLabel(self.scroll_contents)
        self.status_caption.setObjectName(u"status_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_steps = StatusSteps(self.scroll_contents)
        self.status_steps.setObjectName(u"status_steps")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_steps)

        self.scroll_area.setWidget(self.scroll_contents)

        self.outer_layout.addWidget(self.scroll_area)

        self.message_label = QLabel(RequestEditor)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(RequestEditor)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.save_button = QPushButton(RequestEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.outer_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.request_title_label.setBuddy(self.title_edit)
        self.tags_label.setBuddy(self.tag_picker)
        self.details_label.setBuddy(self.details_edit)
        self.when_label.setBuddy(self.availability_grid)
        self.location_label.setBuddy(self.location_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestEditor)
    # setupUi

    def retranslateUi(self, RequestEditor):
#if QT_CONFIG(accessibility)
        RequestEditor.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Request editor", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText("")
        self.intro_label.setText(QCoreApplication.translate("RequestEditor", u"Write down the help they are looking for, in their own words, and when and where it would suit them.", None))
#if QT_CONFIG(accessibility)
        self.restored_label.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Draft restored", None))
#endif // QT_CONFIG(accessibility)
        self.restored_label.setText(QCoreApplication.translate("RequestEditor", u"Restored what was typed here before; it is not saved yet.", None))
#if QT_CONFIG(accessibility)
        self.discard_button.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Discard unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.discard_button.setText(QCoreApplication.translate("RequestEditor", u"D&iscard unsaved changes", None))
#if QT_CONFIG(accessibility)
        self.scroll_area.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Form", None))
#endif // QT_CONFIG(accessibility)
        self.request_title_label.setText(QCoreApplication.translate("RequestEditor", u"&What help they want", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("RequestEditor", u"What help they are looking for, in their own words", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("RequestEditor", u"In their own words, for example: someone to walk to the shops with on Fridays", None))
        self.tags_label.setText(QCoreApplication.translate("RequestEditor", u"&Tags", None))
#if QT_CONFIG(accessibility)
        self.tag_picker.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.details_label.setText(QCoreApplication.translate("RequestEditor", u"&Details", None))
#if QT_CONFIG(accessibility)
        self.details_edit.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.details_edit.setPlaceholderText(QCoreApplication.translate("RequestEditor", u"Anything that helps find the right person: what matters to them, what to avoid", None))
        self.when_label.setText(QCoreApplication.translate("RequestEditor", u"W&hen they are free", None))
#if QT_CONFIG(accessibility)
        self.availability_grid.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Weekly availability", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("RequestEditor", u"Whe&re", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Where", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText(QCoreApplication.translate("RequestEditor", u"For example: at home, in town, at the library", None))
        self.status_caption.setText(QCoreApplication.translate("RequestEditor", u"Status", None))
#if QT_CONFIG(accessibility)
        self.status_steps.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Cancel and keep the draft", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("RequestEditor", u"Go back; what you typed is kept as a draft (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("RequestEditor", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Save", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("RequestEditor", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("RequestEditor", u"&Save", None))
    # retranslateUi

