# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_batch.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CardBatchDialog(object):
    def setupUi(self, CardBatchDialog):
        if not CardBatchDialog.objectName():
            CardBatchDialog.setObjectName(u"CardBatchDialog")
        self.outer_layout = QVBoxLayout(CardBatchDialog)
        self.outer_layout.setObjectName(u"outer_layout")
        self.intro_label = QLabel(CardBatchDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer_layout.addWidget(self.intro_label)

        self.options_layout = QFormLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sheet_label = QLabel(CardBatchDialog)
        self.sheet_label.setObjectName(u"sheet_label")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.sheet_combo = QComboBox(CardBatchDialog)
        self.sheet_combo.setObjectName(u"sheet_combo")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheet_combo)

        self.language_label = QLabel(CardBatchDialog)
        self.language_label.setObjectName(u"language_label")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(CardBatchDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.large_print_check = QCheckBox(CardBatchDialog)
        self.large_print_check.setObjectName(u"large_print_check")

        self.options_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.large_print_check)


        self.outer_layout.addLayout(self.options_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(CardBatchDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.pdf_button = QPushButton(CardBatchDialog)
        self.pdf_button.setObjectName(u"pdf_button")

        self.button_layout.addWidget(self.pdf_button)

        self.print_button = QPushButton(CardBatchDialog)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)


        self.outer_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CardBatchDialog)

        self.print_button.setDefault(True)

    # setupUi

    def retranslateUi(self, CardBatchDialog):
        CardBatchDialog.setWindowTitle(QCoreApplication.translate("CardBatchDialog", u"Print offer cards", None))
#if QT_CONFIG(accessibility)
        CardBatchDialog.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Print offer cards", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText("")
        self.sheet_label.setText(QCoreApplication.translate("CardBatchDialog", u"Si&ze", None))
#if QT_CONFIG(accessibility)
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Card size", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("CardBatchDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Card language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.large_print_check.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Large print", None))
#endif // QT_CONFIG(accessibility)
        self.large_print_check.setText(QCoreApplication.translate("CardBatchDialog", u"Large print (&bigger text)", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("CardBatchDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.pdf_button.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Save the cards as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_button.setText(QCoreApplication.translate("CardBatchDialog", u"Save as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("CardBatchDialog", u"Print the cards", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("CardBatchDialog", u"&Print\u2026", None))
    # retranslateUi

