# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QCheckBox,
    QComboBox, QDateEdit, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ConsentForm(object):
    def setupUi(self, ConsentForm):
        if not ConsentForm.objectName():
            ConsentForm.setObjectName(u"ConsentForm")
        self.outer_layout = QVBoxLayout(ConsentForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.intro_label = QLabel(ConsentForm)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer_layout.addWidget(self.intro_label)

        self.purposes_table = QTableWidget(ConsentForm)
        self.purposes_table.setObjectName(u"purposes_table")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.purposes_table.sizePolicy().hasHeightForWidth())
        self.purposes_table.setSizePolicy(sizePolicy)
        self.purposes_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.purposes_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.purposes_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.purposes_table.setTabKeyNavigation(False)
        self.purposes_table.setWordWrap(False)
        self.purposes_table.setSizeAdjustPolicy(QAbstractScrollArea.AdjustToContents)

        self.outer_layout.addWidget(self.purposes_table)

        self.withdraw_layout = QHBoxLayout()
        self.withdraw_layout.setObjectName(u"withdraw_layout")
        self.withdraw_button = QPushButton(ConsentForm)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.withdraw_layout.addWidget(self.withdraw_button)

        self.withdraw_hint_label = QLabel(ConsentForm)
        self.withdraw_hint_label.setObjectName(u"withdraw_hint_label")
        self.withdraw_hint_label.setWordWrap(True)

        self.withdraw_layout.addWidget(self.withdraw_hint_label)

        self.withdraw_layout.setStretch(1, 1)

        self.outer_layout.addLayout(self.withdraw_layout)

        self.record_group = QGroupBox(ConsentForm)
        self.record_group.setObjectName(u"record_group")
        self.record_layout = QGridLayout(self.record_group)
        self.record_layout.setObjectName(u"record_layout")
        self.purpose_label = QLabel(self.record_group)
        self.purpose_label.setObjectName(u"purpose_label")

        self.record_layout.addWidget(self.purpose_label, 0, 0, 1, 1)

        self.purpose_combo = QComboBox(self.record_group)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.record_layout.addWidget(self.purpose_combo, 0, 1, 1, 3)

        self.answer_label = QLabel(self.record_group)
        self.answer_label.setObjectName(u"answer_label")

        self.record_layout.addWidget(self.answer_label, 1, 0, 1, 1)

        self.answer_combo = QComboBox(self.record_group)
        self.answer_combo.setObjectName(u"answer_combo")

        self.record_layout.addWidget(self.answer_combo, 1, 1, 1, 1)

        self.method_label = QLabel(self.record_group)
        self.method_label.setObjectName(u"method_label")

        self.record_layout.addWidget(self.method_label, 1, 2, 1, 1)

        self.method_combo = QComboBox(self.record_group)
        self.method_combo.setObjectName(u"method_combo")

        self.record_layout.addWidget(self.method_combo, 1, 3, 1, 1)

        self.recorded_on_label = QLabel(self.record_group)
        self.recorded_on_label.setObjectName(u"recorded_on_label")

        self.record_layout.addWidget(self.recorded_on_label, 2, 0, 1, 1)

        self.recorded_on_edit = QDateEdit(self.record_group)
        self.recorded_on_edit.setObjectName(u"recorded_on_edit")
        self.recorded_on_edit.setCalendarPopup(True)

        self.record_layout.addWidget(self.recorded_on_edit, 2, 1, 1, 1)

        self.expires_check = QCheckBox(self.record_group)
        self.expires_check.setObjectName(u"expires_check")
        self.expires_check.setChecked(True)

        self.record_layout.addWidget(self.expires_check, 2, 2, 1, 1)

        self.expires_edit = QDateEdit(self.record_group)
        self.expires_edit.setObjectName(u"expires_edit")
        self.expires_edit.setCalendarPopup(True)

        self.record_layout.addWidget(self.expires_edit, 2, 3, 1, 1)

        self.recorded_by_label = QLabel(self.record_group)
        self.recorded_by_label.setObjectName(u"recorded_by_label")

        self.record_layout.addWidget(self.recorded_by_label, 3, 0, 1, 2)

        self.record_button = QPushButton(self.record_group)
        self.record_button.setObjectName(u"record_button")

        self.record_layout.addWidget(self.record_button, 3, 3, 1, 1)


        self.outer_layout.addWidget(self.record_group)

        self.message_label = QLabel(ConsentForm)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.answer_label.setBuddy(self.answer_combo)
        self.method_label.setBuddy(self.method_combo)
        self.recorded_on_label.setBuddy(self.recorded_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.purposes_table, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.answer_combo)
        QWidget.setTabOrder(self.answer_combo, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.recorded_on_edit)
        QWidget.setTabOrder(self.recorded_on_edit, self.expires_check)
        QWidget.setTabOrder(self.expires_check, self.expires_edit)
        QWidget.setTabOrder(self.expires_edit, self.record_button)

        self.retranslateUi(ConsentForm)
    # setupUi

    def retranslateUi(self, ConsentForm):
#if QT_CONFIG(accessibility)
        ConsentForm.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Consents", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("ConsentForm", u"What the person has agreed to, one purpose at a time. Ask in a way that suits them, and record their answer as it is.", None))
#if QT_CONFIG(accessibility)
        self.purposes_table.setAccessibleName(QCoreApplication.translate("ConsentForm", u"What they have agreed to", None))
#endif // QT_CONFIG(accessibility)
        self.withdraw_button.setText(QCoreApplication.translate("ConsentForm", u"&Withdraw the selected agreement", None))
#if QT_CONFIG(accessibility)
        self.withdraw_button.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Withdraw the selected agreement", None))
#endif // QT_CONFIG(accessibility)
        self.withdraw_hint_label.setText("")
        self.record_group.setTitle(QCoreApplication.translate("ConsentForm", u"Record an answer", None))
#if QT_CONFIG(accessibility)
        self.record_group.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Record an answer", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("ConsentForm", u"What &for", None))
#if QT_CONFIG(accessibility)
        self.purpose_combo.setAccessibleName(QCoreApplication.translate("ConsentForm", u"What the agreement is for", None))
#endif // QT_CONFIG(accessibility)
        self.answer_label.setText(QCoreApplication.translate("ConsentForm", u"Their &answer", None))
#if QT_CONFIG(accessibility)
        self.answer_combo.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Their answer", None))
#endif // QT_CONFIG(accessibility)
        self.method_label.setText(QCoreApplication.translate("ConsentForm", u"&How", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("ConsentForm", u"How they answered", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_on_label.setText(QCoreApplication.translate("ConsentForm", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.recorded_on_edit.setAccessibleName(QCoreApplication.translate("ConsentForm", u"When they answered", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_on_edit.setDisplayFormat(QCoreApplication.translate("ConsentForm", u"d MMM yyyy", None))
        self.expires_check.setText(QCoreApplication.translate("ConsentForm", u"As&k again on", None))
#if QT_CONFIG(accessibility)
        self.expires_check.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Ask again on a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.expires_edit.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Date to ask again", None))
#endif // QT_CONFIG(accessibility)
        self.expires_edit.setDisplayFormat(QCoreApplication.translate("ConsentForm", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.recorded_by_label.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Recorded by", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_by_label.setText("")
        self.record_button.setText(QCoreApplication.translate("ConsentForm", u"Re&cord their answer", None))
#if QT_CONFIG(accessibility)
        self.record_button.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Record their answer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("ConsentForm", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

