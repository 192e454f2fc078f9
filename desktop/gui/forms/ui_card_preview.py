# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.gui.printing.card_options import CardImage

class Ui_CardPreview(object):
    def setupUi(self, CardPreview):
        if not CardPreview.objectName():
            CardPreview.setObjectName(u"CardPreview")
        self.preview_layout = QVBoxLayout(CardPreview)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(CardPreview)
        self.heading_label.setObjectName(u"heading_label")

        self.preview_layout.addWidget(self.heading_label)

        self.options_layout = QFormLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.options_layout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.sheet_label = QLabel(CardPreview)
        self.sheet_label.setObjectName(u"sheet_label")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.sheet_combo = QComboBox(CardPreview)
        self.sheet_combo.setObjectName(u"sheet_combo")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sheet_combo.setMinimumContentsLength(12)

        self.options_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheet_combo)

        self.language_label = QLabel(CardPreview)
        self.language_label.setObjectName(u"language_label")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(CardPreview)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(12)

        self.options_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.large_print_check = QCheckBox(CardPreview)
        self.large_print_check.setObjectName(u"large_print_check")

        self.options_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.large_print_check)


        self.preview_layout.addLayout(self.options_layout)

        self.card_image = CardImage(CardPreview)
        self.card_image.setObjectName(u"card_image")

        self.preview_layout.addWidget(self.card_image)

        self.notes_label = QLabel(CardPreview)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setWordWrap(True)

        self.preview_layout.addWidget(self.notes_label)

        self.status_label = QLabel(CardPreview)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.preview_layout.addWidget(self.status_label)

        self.card_buttons_layout = QHBoxLayout()
        self.card_buttons_layout.setObjectName(u"card_buttons_layout")
        self.print_button = QPushButton(CardPreview)
        self.print_button.setObjectName(u"print_button")

        self.card_buttons_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(CardPreview)
        self.pdf_button.setObjectName(u"pdf_button")

        self.card_buttons_layout.addWidget(self.pdf_button)


        self.preview_layout.addLayout(self.card_buttons_layout)

        self.preview_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CardPreview)
    # setupUi

    def retranslateUi(self, CardPreview):
#if QT_CONFIG(accessibility)
        CardPreview.setAccessibleName(QCoreApplication.translate("CardPreview", u"Card preview", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("CardPreview", u"Their card", None))
        self.sheet_label.setText(QCoreApplication.translate("CardPreview", u"Si&ze", None))
#if QT_CONFIG(accessibility)
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("CardPreview", u"Card size", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("CardPreview", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("CardPreview", u"Card language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.large_print_check.setAccessibleName(QCoreApplication.translate("CardPreview", u"Large print", None))
#endif // QT_CONFIG(accessibility)
        self.large_print_check.setText(QCoreApplication.translate("CardPreview", u"Large print (&bigger text)", None))
#if QT_CONFIG(accessibility)
        self.card_image.setAccessibleName(QCoreApplication.translate("CardPreview", u"The card as it will print", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notes_label.setAccessibleName(QCoreApplication.translate("CardPreview", u"About the card", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("CardPreview", u"Printing and saving", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("CardPreview", u"Print card", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("CardPreview", u"Print this card (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("CardPreview", u"Print card\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("CardPreview", u"Save card as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pdf_button.setToolTip(QCoreApplication.translate("CardPreview", u"Save this card as a PDF file, to print later or elsewhere", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("CardPreview", u"Save card as PDF\u2026", None))
    # retranslateUi

