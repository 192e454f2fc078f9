# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.outer_layout = QVBoxLayout(PersonForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.agreed_group = QGroupBox(PersonForm)
        self.agreed_group.setObjectName(u"agreed_group")
        self.agreed_layout = QGridLayout(self.agreed_group)
        self.agreed_layout.setObjectName(u"agreed_layout")
        self.keep_record_check = QCheckBox(self.agreed_group)
        self.keep_record_check.setObjectName(u"keep_record_check")

        self.agreed_layout.addWidget(self.keep_record_check, 0, 0, 1, 1)

        self.contact_check = QCheckBox(self.agreed_group)
        self.contact_check.setObjectName(u"contact_check")

        self.agreed_layout.addWidget(self.contact_check, 0, 1, 1, 1)

        self.special_check = QCheckBox(self.agreed_group)
        self.special_check.setObjectName(u"special_check")

        self.agreed_layout.addWidget(self.special_check, 0, 2, 1, 1)

        self.method_label = QLabel(self.agreed_group)
        self.method_label.setObjectName(u"method_label")

        self.agreed_layout.addWidget(self.method_label, 1, 0, 1, 1)

        self.method_combo = QComboBox(self.agreed_group)
        self.method_combo.setObjectName(u"method_combo")

        self.agreed_layout.addWidget(self.method_combo, 1, 1, 1, 2)


        self.outer_layout.addWidget(self.agreed_group)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.about_group = QGroupBox(PersonForm)
        self.about_group.setObjectName(u"about_group")
        self.about_layout = QFormLayout(self.about_group)
        self.about_layout.setObjectName(u"about_layout")
        self.full_name_label = QLabel(self.about_group)
        self.full_name_label.setObjectName(u"full_name_label")

        self.about_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(self.about_group)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.about_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.preferred_name_label = QLabel(self.about_group)
        self.preferred_name_label.setObjectName(u"preferred_name_label")

        self.about_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.preferred_name_label)

        self.preferred_name_edit = QLineEdit(self.about_group)
        self.preferred_name_edit.setObjectName(u"preferred_name_edit")

        self.about_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preferred_name_edit)

        self.languages_label = QLabel(self.about_group)
        self.languages_label.setObjectName(u"languages_label")

        self.about_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_edit = QLineEdit(self.about_group)
        self.languages_edit.setObjectName(u"languages_edit")

        self.about_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languages_edit)

        self.team_label = QLabel(self.about_group)
        self.team_label.setObjectName(u"team_label")

        self.about_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team_combo = QComboBox(self.about_group)
        self.team_combo.setObjectName(u"team_combo")

        self.about_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.team_combo)

        self.linker_label = QLabel(self.about_group)
        self.linker_label.setObjectName(u"linker_label")

        self.about_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.linker_label)

        self.linker_combo = QComboBox(self.about_group)
        self.linker_combo.setObjectName(u"linker_combo")

        self.about_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.linker_combo)

        self.status_label = QLabel(self.about_group)
        self.status_label.setObjectName(u"status_label")

        self.about_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.about_group)
        self.status_combo.setObjectName(u"status_combo")

        self.about_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_combo)


        self.columns_layout.addWidget(self.about_group)

        self.contact_group = QGroupBox(PersonForm)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QFormLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.postcode_label = QLabel(self.contact_group)
        self.postcode_label.setObjectName(u"postcode_label")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode_edit = QLineEdit(self.contact_group)
        self.postcode_edit.setObjectName(u"postcode_edit")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.postcode_edit)

        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.contact_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")

        self.contact_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.address_label = QLabel(self.contact_group)
        self.address_label.setObjectName(u"address_label")

        self.contact_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.contact_group)
        self.address_edit.setObjectName(u"address_edit")

        self.contact_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.contact_gate_label = QLabel(self.contact_group)
        self.contact_gate_label.setObjectName(u"contact_gate_label")
        self.contact_gate_label.setWordWrap(True)

        self.contact_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.contact_gate_label)

        self.accessibility_label = QLabel(self.contact_group)
        self.accessibility_label.setObjectName(u"accessibility_label")

        self.contact_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accessibility_label)

        self.accessibility_edit = QPlainTextEdit(self.contact_group)
        self.accessibility_edit.setObjectName(u"accessibility_edit")
        self.accessibility_edit.setTabChangesFocus(True)

        self.contact_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accessibility_edit)

        self.special_gate_label = QLabel(self.contact_group)
        self.special_gate_label.setObjectName(u"special_gate_label")
        self.special_gate_label.setWordWrap(True)

        self.contact_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.special_gate_label)


        self.columns_layout.addWidget(self.contact_group)


        self.outer_layout.addLayout(self.columns_layout)

        self.restored_label = QLabel(PersonForm)
        self.restored_label.setObjectName(u"restored_label")
        self.restored_label.setWordWrap(True)

        self.outer_layout.addWidget(self.restored_label)

        self.message_label = QLabel(PersonForm)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.duplicate_frame = QFrame(PersonForm)
        self.duplicate_frame.setObjectName(u"duplicate_frame")
        self.duplicate_frame.setFrameShape(QFrame.StyledPanel)
        self.duplicate_layout = QVBoxLayout(self.duplicate_frame)
        self.duplicate_layout.setObjectName(u"duplicate_layout")
        self.duplicate_label = QLabel(self.duplicate_frame)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setWordWrap(True)

        self.duplicate_layout.addWidget(self.duplicate_label)

        self.duplicate_buttons_layout = QHBoxLayout()
        self.duplicate_buttons_layout.setObjectName(u"duplicate_buttons_layout")
        self.open_existing_button = QPushButton(self.duplicate_frame)
        self.open_existing_button.setObjectName(u"open_existing_button")

        self.duplicate_buttons_layout.addWidget(self.open_existing_button)

        self.save_anyway_button = QPushButton(self.duplicate_frame)
        self.save_anyway_button.setObjectName(u"save_anyway_button")

        self.duplicate_buttons_layout.addWidget(self.save_anyway_button)

        self.duplicate_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicate_buttons_layout.addItem(self.duplicate_spacer)


        self.duplicate_layout.addLayout(self.duplicate_buttons_layout)


        self.outer_layout.addWidget(self.duplicate_frame)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(PersonForm)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(PersonForm)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.outer_layout.addLayout(self.buttons_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.method_label.setBuddy(self.method_combo)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.preferred_name_label.setBuddy(self.preferred_name_edit)
        self.languages_label.setBuddy(self.languages_edit)
        self.team_label.setBuddy(self.team_combo)
        self.linker_label.setBuddy(self.linker_combo)
        self.status_label.setBuddy(self.status_combo)
        self.postcode_label.setBuddy(self.postcode_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.address_label.setBuddy(self.address_edit)
        self.accessibility_label.setBuddy(self.accessibility_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.keep_record_check, self.contact_check)
        QWidget.setTabOrder(self.contact_check, self.special_check)
        QWidget.setTabOrder(self.special_check, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.full_name_edit)
        QWidget.setTabOrder(self.full_name_edit, self.preferred_name_edit)
        QWidget.setTabOrder(self.preferred_name_edit, self.languages_edit)
        QWidget.setTabOrder(self.languages_edit, self.team_combo)
        QWidget.setTabOrder(self.team_combo, self.linker_combo)
        QWidget.setTabOrder(self.linker_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.accessibility_edit)
        QWidget.setTabOrder(self.accessibility_edit, self.open_existing_button)
        QWidget.setTabOrder(self.open_existing_button, self.save_anyway_button)
        QWidget.setTabOrder(self.save_anyway_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
#if QT_CONFIG(accessibility)
        PersonForm.setAccessibleName(QCoreApplication.translate("PersonForm", u"Person's details", None))
#endif // QT_CONFIG(accessibility)
        self.agreed_group.setTitle(QCoreApplication.translate("PersonForm", u"What they agreed to today", None))
#if QT_CONFIG(accessibility)
        self.agreed_group.setAccessibleName(QCoreApplication.translate("PersonForm", u"What they agreed to today", None))
#endif // QT_CONFIG(accessibility)
        self.keep_record_check.setText(QCoreApplication.translate("PersonForm", u"Keeping a &record of them", None))
#if QT_CONFIG(accessibility)
        self.keep_record_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"They agree to us keeping a record", None))
#endif // QT_CONFIG(accessibility)
        self.contact_check.setText(QCoreApplication.translate("PersonForm", u"Being c&ontacted", None))
#if QT_CONFIG(accessibility)
        self.contact_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"They agree to being contacted", None))
#endif // QT_CONFIG(accessibility)
        self.special_check.setText(QCoreApplication.translate("PersonForm", u"&Health or disability details", None))
#if QT_CONFIG(accessibility)
        self.special_check.setAccessibleName(QCoreApplication.translate("PersonForm", u"They agree to us noting health or disability details", None))
#endif // QT_CONFIG(accessibility)
        self.method_label.setText(QCoreApplication.translate("PersonForm", u"Ho&w they agreed", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"How they agreed", None))
#endif // QT_CONFIG(accessibility)
        self.about_group.setTitle(QCoreApplication.translate("PersonForm", u"About them", None))
#if QT_CONFIG(accessibility)
        self.about_group.setAccessibleName(QCoreApplication.translate("PersonForm", u"About them", None))
#endif // QT_CONFIG(accessibility)
        self.full_name_label.setText(QCoreApplication.translate("PersonForm", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"As they write it, in any script", None))
        self.preferred_name_label.setText(QCoreApplication.translate("PersonForm", u"&Known as", None))
#if QT_CONFIG(accessibility)
        self.preferred_name_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Known as", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"The name they like to be called", None))
        self.languages_label.setText(QCoreApplication.translate("PersonForm", u"&Languages", None))
#if QT_CONFIG(accessibility)
        self.languages_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.languages_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Separated by commas, such as Polish, English", None))
        self.team_label.setText(QCoreApplication.translate("PersonForm", u"&Team", None))
#if QT_CONFIG(accessibility)
        self.team_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Team", None))
#endif // QT_CONFIG(accessibility)
        self.linker_label.setText(QCoreApplication.translate("PersonForm", u"L&inker", None))
#if QT_CONFIG(accessibility)
        self.linker_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Linker", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PersonForm", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PersonForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.contact_group.setTitle(QCoreApplication.translate("PersonForm", u"Where they live and how to reach them", None))
#if QT_CONFIG(accessibility)
        self.contact_group.setAccessibleName(QCoreApplication.translate("PersonForm", u"Where they live and how to reach them", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("PersonForm", u"Post&code", None))
#if QT_CONFIG(accessibility)
        self.postcode_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Such as LS6 2AB", None))
        self.phone_label.setText(QCoreApplication.translate("PersonForm", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PersonForm", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("PersonForm", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contact_gate_label.setAccessibleName(QCoreApplication.translate("PersonForm", u"Why contact details are locked", None))
#endif // QT_CONFIG(accessibility)
        self.contact_gate_label.setText("")
        self.accessibility_label.setText(QCoreApplication.translate("PersonForm", u"Accessi&bility needs", None))
#if QT_CONFIG(accessibility)
        self.accessibility_edit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Accessibility needs", None))
#endif // QT_CONFIG(accessibility)
        self.accessibility_edit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"What helps them take part, in their words", None))
#if QT_CONFIG(accessibility)
        self.special_gate_label.setAccessibleName(QCoreApplication.translate("PersonForm", u"Why accessibility needs are locked", None))
#endif // QT_CONFIG(accessibility)
        self.special_gate_label.setText("")
#if QT_CONFIG(accessibility)
        self.restored_label.setAccessibleName(QCoreApplication.translate("PersonForm", u"Draft restored", None))
#endif // QT_CONFIG(accessibility)
        self.restored_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("PersonForm", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.duplicate_frame.setAccessibleName(QCoreApplication.translate("PersonForm", u"Possible duplicate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplicate_label.setAccessibleName(QCoreApplication.translate("PersonForm", u"Possible duplicate", None))
#endif // QT_CONFIG(accessibility)
        self.duplicate_label.setText("")
        self.open_existing_button.setText(QCoreApplication.translate("PersonForm", u"Open the e&xisting record", None))
#if QT_CONFIG(accessibility)
        self.open_existing_button.setAccessibleName(QCoreApplication.translate("PersonForm", u"Open the existing record", None))
#endif // QT_CONFIG(accessibility)
        self.save_anyway_button.setText(QCoreApplication.translate("PersonForm", u"Save &anyway", None))
#if QT_CONFIG(accessibility)
        self.save_anyway_button.setAccessibleName(QCoreApplication.translate("PersonForm", u"Save anyway", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("PersonForm", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("PersonForm", u"Save", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("PersonForm", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("PersonForm", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

