# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dropin.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DropInScreen(object):
    def setupUi(self, DropInScreen):
        if not DropInScreen.objectName():
            DropInScreen.setObjectName(u"DropInScreen")
        self.outer_layout = QVBoxLayout(DropInScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.staff_label = QLabel(DropInScreen)
        self.staff_label.setObjectName(u"staff_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.staff_label.sizePolicy().hasHeightForWidth())
        self.staff_label.setSizePolicy(sizePolicy)

        self.top_layout.addWidget(self.staff_label)

        self.site_label = QLabel(DropInScreen)
        self.site_label.setObjectName(u"site_label")

        self.top_layout.addWidget(self.site_label)

        self.site_combo = QComboBox(DropInScreen)
        self.site_combo.setObjectName(u"site_combo")
        self.site_combo.setEditable(True)
        self.site_combo.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.site_combo.sizePolicy().hasHeightForWidth())
        self.site_combo.setSizePolicy(sizePolicy1)
        self.site_combo.setMinimumContentsLength(16)
        self.site_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.top_layout.addWidget(self.site_combo)

        self.switch_staff_button = QPushButton(DropInScreen)
        self.switch_staff_button.setObjectName(u"switch_staff_button")

        self.top_layout.addWidget(self.switch_staff_button)


        self.outer_layout.addLayout(self.top_layout)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.find_layout = QVBoxLayout()
        self.find_layout.setObjectName(u"find_layout")
        self.search_label = QLabel(DropInScreen)
        self.search_label.setObjectName(u"search_label")

        self.find_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(DropInScreen)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.find_layout.addWidget(self.search_edit)

        self.results_empty_label = QLabel(DropInScreen)
        self.results_empty_label.setObjectName(u"results_empty_label")
        self.results_empty_label.setWordWrap(True)

        self.find_layout.addWidget(self.results_empty_label)

        self.results_list = QListWidget(DropInScreen)
        self.results_list.setObjectName(u"results_list")

        self.find_layout.addWidget(self.results_list)

        self.person_label = QLabel(DropInScreen)
        self.person_label.setObjectName(u"person_label")
        self.person_label.setWordWrap(True)

        self.find_layout.addWidget(self.person_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.check_in_button = QPushButton(DropInScreen)
        self.check_in_button.setObjectName(u"check_in_button")

        self.actions_layout.addWidget(self.check_in_button)

        self.check_out_button = QPushButton(DropInScreen)
        self.check_out_button.setObjectName(u"check_out_button")

        self.actions_layout.addWidget(self.check_out_button)

        self.log_hours_button = QPushButton(DropInScreen)
        self.log_hours_button.setObjectName(u"log_hours_button")

        self.actions_layout.addWidget(self.log_hours_button)


        self.find_layout.addLayout(self.actions_layout)

        self.message_label = QLabel(DropInScreen)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.find_layout.addWidget(self.message_label)

        self.find_layout.setStretch(3, 1)

        self.columns_layout.addLayout(self.find_layout)

        self.today_layout = QVBoxLayout()
        self.today_layout.setObjectName(u"today_layout")
        self.today_label = QLabel(DropInScreen)
        self.today_label.setObjectName(u"today_label")

        self.today_layout.addWidget(self.today_label)

        self.today_empty_label = QLabel(DropInScreen)
        self.today_empty_label.setObjectName(u"today_empty_label")
        self.today_empty_label.setWordWrap(True)

        self.today_layout.addWidget(self.today_empty_label)

        self.today_list = QListWidget(DropInScreen)
        self.today_list.setObjectName(u"today_list")

        self.today_layout.addWidget(self.today_list)

        self.hours_group = QGroupBox(DropInScreen)
        self.hours_group.setObjectName(u"hours_group")
        self.hours_layout = QVBoxLayout(self.hours_group)
        self.hours_layout.setObjectName(u"hours_layout")
        self.hours_for_label = QLabel(self.hours_group)
        self.hours_for_label.setObjectName(u"hours_for_label")
        self.hours_for_label.setWordWrap(True)

        self.hours_layout.addWidget(self.hours_for_label)

        self.hours_form = QFormLayout()
        self.hours_form.setObjectName(u"hours_form")
        self.hours_label = QLabel(self.hours_group)
        self.hours_label.setObjectName(u"hours_label")

        self.hours_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hours_label)

        self.hours_spin = QDoubleSpinBox(self.hours_group)
        self.hours_spin.setObjectName(u"hours_spin")
        self.hours_spin.setDecimals(1)
        self.hours_spin.setMinimum(0.500000000000000)
        self.hours_spin.setMaximum(24.000000000000000)
        self.hours_spin.setSingleStep(0.500000000000000)
        self.hours_spin.setValue(1.000000000000000)

        self.hours_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hours_spin)

        self.date_label = QLabel(self.hours_group)
        self.date_label.setObjectName(u"date_label")

        self.hours_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(self.hours_group)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.hours_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.offer_label = QLabel(self.hours_group)
        self.offer_label.setObjectName(u"offer_label")

        self.hours_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offer_label)

        self.offer_combo = QComboBox(self.hours_group)
        self.offer_combo.setObjectName(u"offer_combo")

        self.hours_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offer_combo)

        self.description_label = QLabel(self.hours_group)
        self.description_label.setObjectName(u"description_label")

        self.hours_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QLineEdit(self.hours_group)
        self.description_edit.setObjectName(u"description_edit")

        self.hours_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.hours_layout.addLayout(self.hours_form)

        self.hours_message_label = QLabel(self.hours_group)
        self.hours_message_label.setObjectName(u"hours_message_label")
        self.hours_message_label.setWordWrap(True)

        self.hours_layout.addWidget(self.hours_message_label)

        self.hours_buttons_layout = QHBoxLayout()
        self.hours_buttons_layout.setObjectName(u"hours_buttons_layout")
        self.save_hours_button = QPushButton(self.hours_group)
        self.save_hours_button.setObjectName(u"save_hours_button")

        self.hours_buttons_layout.addWidget(self.save_hours_button)

        self.cancel_hours_button = QPushButton(self.hours_group)
        self.cancel_hours_button.setObjectName(u"cancel_hours_button")

        self.hours_buttons_layout.addWidget(self.cancel_hours_button)


        self.hours_layout.addLayout(self.hours_buttons_layout)


        self.today_layout.addWidget(self.hours_group)

        self.today_layout.setStretch(2, 1)

        self.columns_layout.addLayout(self.today_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.outer_layout.addLayout(self.columns_layout)

#if QT_CONFIG(shortcut)
        self.site_label.setBuddy(self.site_combo)
        self.search_label.setBuddy(self.search_edit)
        self.today_label.setBuddy(self.today_list)
        self.hours_label.setBuddy(self.hours_spin)
        self.date_label.setBuddy(self.date_edit)
        self.offer_label.setBuddy(self.offer_combo)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.site_combo, self.switch_staff_button)
        QWidget.setTabOrder(self.switch_staff_button, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.results_list)
        QWidget.setTabOrder(self.results_list, self.check_in_button)
        QWidget.setTabOrder(self.check_in_button, self.check_out_button)
        QWidget.setTabOrder(self.check_out_button, self.log_hours_button)
        QWidget.setTabOrder(self.log_hours_button, self.today_list)
        QWidget.setTabOrder(self.today_list, self.hours_spin)
        QWidget.setTabOrder(self.hours_spin, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.offer_combo)
        QWidget.setTabOrder(self.offer_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.save_hours_button)
        QWidget.setTabOrder(self.save_hours_button, self.cancel_hours_button)

        self.retranslateUi(DropInScreen)
    # setupUi

    def retranslateUi(self, DropInScreen):
#if QT_CONFIG(accessibility)
        DropInScreen.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Drop-in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staff_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Signed in as", None))
#endif // QT_CONFIG(accessibility)
        self.staff_label.setText("")
        self.site_label.setText(QCoreApplication.translate("DropInScreen", u"&Site", None))
#if QT_CONFIG(accessibility)
        self.site_combo.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Drop-in site", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.switch_staff_button.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Switch staff member", None))
#endif // QT_CONFIG(accessibility)
        self.switch_staff_button.setText(QCoreApplication.translate("DropInScreen", u"S&witch staff member", None))
        self.search_label.setText(QCoreApplication.translate("DropInScreen", u"&Find a person", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Find a person", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DropInScreen", u"Type a name, then press Down to choose", None))
#if QT_CONFIG(accessibility)
        self.results_empty_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"About the people found", None))
#endif // QT_CONFIG(accessibility)
        self.results_empty_label.setText("")
#if QT_CONFIG(accessibility)
        self.results_list.setAccessibleName(QCoreApplication.translate("DropInScreen", u"People found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.results_list.setAccessibleDescription(QCoreApplication.translate("DropInScreen", u"Press Enter to check the chosen person in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.person_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Chosen person", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText("")
#if QT_CONFIG(accessibility)
        self.check_in_button.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Check in", None))
#endif // QT_CONFIG(accessibility)
        self.check_in_button.setText(QCoreApplication.translate("DropInScreen", u"Check &in", None))
#if QT_CONFIG(accessibility)
        self.check_out_button.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Check out", None))
#endif // QT_CONFIG(accessibility)
        self.check_out_button.setText(QCoreApplication.translate("DropInScreen", u"Check &out", None))
#if QT_CONFIG(accessibility)
        self.log_hours_button.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Log hours", None))
#endif // QT_CONFIG(accessibility)
        self.log_hours_button.setText(QCoreApplication.translate("DropInScreen", u"Log &hours", None))
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
        self.today_label.setText(QCoreApplication.translate("DropInScreen", u"Here &today", None))
#if QT_CONFIG(accessibility)
        self.today_empty_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"About today's check-ins", None))
#endif // QT_CONFIG(accessibility)
        self.today_empty_label.setText(QCoreApplication.translate("DropInScreen", u"Nobody has checked in yet today.", None))
#if QT_CONFIG(accessibility)
        self.today_list.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Checked in today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.today_list.setAccessibleDescription(QCoreApplication.translate("DropInScreen", u"Press Enter to check the chosen person out", None))
#endif // QT_CONFIG(accessibility)
        self.hours_group.setTitle(QCoreApplication.translate("DropInScreen", u"Log hours", None))
#if QT_CONFIG(accessibility)
        self.hours_group.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Log hours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hours_for_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Hours given by", None))
#endif // QT_CONFIG(accessibility)
        self.hours_for_label.setText("")
        self.hours_label.setText(QCoreApplication.translate("DropInScreen", u"Ho&urs", None))
#if QT_CONFIG(accessibility)
        self.hours_spin.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("DropInScreen", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("DropInScreen", u"d MMMM yyyy", None))
        self.offer_label.setText(QCoreApplication.translate("DropInScreen", u"Offe&r", None))
#if QT_CONFIG(accessibility)
        self.offer_combo.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Which offer", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("DropInScreen", u"Wh&at they did", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("DropInScreen", u"What they did", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hours_message_label.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Message about the hours", None))
#endif // QT_CONFIG(accessibility)
        self.hours_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.save_hours_button.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Save hours", None))
#endif // QT_CONFIG(accessibility)
        self.save_hours_button.setText(QCoreApplication.translate("DropInScreen", u"Sa&ve hours", None))
#if QT_CONFIG(accessibility)
        self.cancel_hours_button.setAccessibleName(QCoreApplication.translate("DropInScreen", u"Cancel logging hours", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_hours_button.setText(QCoreApplication.translate("DropInScreen", u"Ca&ncel", None))
    # retranslateUi

