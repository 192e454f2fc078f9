# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        self.outer_layout = QVBoxLayout(SettingsScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.title_label = QLabel(SettingsScreen)
        self.title_label.setObjectName(u"title_label")

        self.outer_layout.addWidget(self.title_label)

        self.scroll_area = QScrollArea(SettingsScreen)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFocusPolicy(Qt.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.columns_layout = QHBoxLayout(self.content)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.device_group = QGroupBox(self.content)
        self.device_group.setObjectName(u"device_group")
        self.device_layout = QFormLayout(self.device_group)
        self.device_layout.setObjectName(u"device_layout")
        self.device_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.device_layout.setLabelAlignment(Qt.AlignLeft|Qt.AlignVCenter)
        self.lock_label = QLabel(self.device_group)
        self.lock_label.setObjectName(u"lock_label")

        self.device_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lock_label)

        self.lock_spin = QSpinBox(self.device_group)
        self.lock_spin.setObjectName(u"lock_spin")
        self.lock_spin.setMinimum(1)
        self.lock_spin.setMaximum(60)
        self.lock_spin.setValue(5)

        self.device_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lock_spin)

        self.language_label = QLabel(self.device_group)
        self.language_label.setObjectName(u"language_label")

        self.device_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.device_group)
        self.language_combo.setObjectName(u"language_combo")

        self.device_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.theme_label = QLabel(self.device_group)
        self.theme_label.setObjectName(u"theme_label")

        self.device_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.theme_label)

        self.theme_combo = QComboBox(self.device_group)
        self.theme_combo.setObjectName(u"theme_combo")

        self.device_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.theme_combo)

        self.text_size_label = QLabel(self.device_group)
        self.text_size_label.setObjectName(u"text_size_label")

        self.device_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.text_size_label)

        self.text_size_combo = QComboBox(self.device_group)
        self.text_size_combo.setObjectName(u"text_size_combo")

        self.device_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.text_size_combo)

        self.device_message_label = QLabel(self.device_group)
        self.device_message_label.setObjectName(u"device_message_label")
        self.device_message_label.setWordWrap(True)

        self.device_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.device_message_label)


        self.left_column.addWidget(self.device_group)

        self.passphrase_group = QGroupBox(self.content)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_layout = QFormLayout(self.passphrase_group)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphrase_layout.setLabelAlignment(Qt.AlignLeft|Qt.AlignVCenter)
        self.passphrase_intro_label = QLabel(self.passphrase_group)
        self.passphrase_intro_label.setObjectName(u"passphrase_intro_label")
        self.passphrase_intro_label.setWordWrap(True)

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.passphrase_intro_label)

        self.current_label = QLabel(self.passphrase_group)
        self.current_label.setObjectName(u"current_label")

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current_edit = QLineEdit(self.passphrase_group)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.current_edit)

        self.new_label = QLabel(self.passphrase_group)
        self.new_label.setObjectName(u"new_label")

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_edit = QLineEdit(self.passphrase_group)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.confirm_new_label = QLabel(self.passphrase_group)
        self.confirm_new_label.setObjectName(u"confirm_new_label")

        self.passphrase_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_new_label)

        self.confirm_new_edit = QLineEdit(self.passphrase_group)
        self.confirm_new_edit.setObjectName(u"confirm_new_edit")
        self.confirm_new_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_new_edit)

        self.passphrase_message_label = QLabel(self.passphrase_group)
        self.passphrase_message_label.setObjectName(u"passphrase_message_label")
        self.passphrase_message_label.setWordWrap(True)

        self.passphrase_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.passphrase_message_label)

        self.change_button_row = QHBoxLayout()
        self.change_button_row.setObjectName(u"change_button_row")
        self.change_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.change_button_row.addItem(self.change_button_spacer)

        self.change_button = QPushButton(self.passphrase_group)
        self.change_button.setObjectName(u"change_button")

        self.change_button_row.addWidget(self.change_button)


        self.passphrase_layout.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.change_button_row)


        self.left_column.addWidget(self.passphrase_group)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.staff_group = QGroupBox(self.content)
        self.staff_group.setObjectName(u"staff_group")
        self.staff_layout = QVBoxLayout(self.staff_group)
        self.staff_layout.setObjectName(u"staff_layout")
        self.staff_label = QLabel(self.staff_group)
        self.staff_label.setObjectName(u"staff_label")

        self.staff_layout.addWidget(self.staff_label)

        self.staff_list = QListWidget(self.staff_group)
        self.staff_list.setObjectName(u"staff_list")
        self.staff_list.setAlternatingRowColors(True)
        self.staff_list.setSpacing(3)

        self.staff_layout.addWidget(self.staff_list)

        self.staff_message_label = QLabel(self.staff_group)
        self.staff_message_label.setObjectName(u"staff_message_label")
        self.staff_message_label.setWordWrap(True)

        self.staff_layout.addWidget(self.staff_message_label)

        self.remove_button_row = QHBoxLayout()
        self.remove_button_row.setObjectName(u"remove_button_row")
        self.remove_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remove_button_row.addItem(self.remove_button_spacer)

        self.remove_button = QPushButton(self.staff_group)
        self.remove_button.setObjectName(u"remove_button")

        self.remove_button_row.addWidget(self.remove_button)


        self.staff_layout.addLayout(self.remove_button_row)


        self.right_column.addWidget(self.staff_group)

        self.add_group = QGroupBox(self.content)
        self.add_group.setObjectName(u"add_group")
        self.add_layout = QFormLayout(self.add_group)
        self.add_layout.setObjectName(u"add_layout")
        self.add_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.add_layout.setLabelAlignment(Qt.AlignLeft|Qt.AlignVCenter)
        self.add_intro_label = QLabel(self.add_group)
        self.add_intro_label.setObjectName(u"add_intro_label")
        self.add_intro_label.setWordWrap(True)

        self.add_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.add_intro_label)

        self.name_label = QLabel(self.add_group)
        self.name_label.setObjectName(u"name_label")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.add_group)
        self.name_edit.setObjectName(u"name_edit")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(self.add_group)
        self.role_label.setObjectName(u"role_label")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.add_group)
        self.role_combo.setObjectName(u"role_combo")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.staff_passphrase_label = QLabel(self.add_group)
        self.staff_passphrase_label.setObjectName(u"staff_passphrase_label")

        self.add_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staff_passphrase_label)

        self.staff_passphrase_edit = QLineEdit(self.add_group)
        self.staff_passphrase_edit.setObjectName(u"staff_passphrase_edit")
        self.staff_passphrase_edit.setEchoMode(QLineEdit.Password)

        self.add_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staff_passphrase_edit)

        self.staff_confirm_label = QLabel(self.add_group)
        self.staff_confirm_label.setObjectName(u"staff_confirm_label")

        self.add_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.staff_confirm_label)

        self.staff_confirm_edit = QLineEdit(self.add_group)
        self.staff_confirm_edit.setObjectName(u"staff_confirm_edit")
        self.staff_confirm_edit.setEchoMode(QLineEdit.Password)

        self.add_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staff_confirm_edit)

        self.add_message_label = QLabel(self.add_group)
        self.add_message_label.setObjectName(u"add_message_label")
        self.add_message_label.setWordWrap(True)

        self.add_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.add_message_label)

        self.add_button_row = QHBoxLayout()
        self.add_button_row.setObjectName(u"add_button_row")
        self.add_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_button_row.addItem(self.add_button_spacer)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_button_row.addWidget(self.add_button)


        self.add_layout.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.add_button_row)


        self.right_column.addWidget(self.add_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_column)

        self.scroll_area.setWidget(self.content)

        self.outer_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.lock_label.setBuddy(self.lock_spin)
        self.language_label.setBuddy(self.language_combo)
        self.theme_label.setBuddy(self.theme_combo)
        self.text_size_label.setBuddy(self.text_size_combo)
        self.current_label.setBuddy(self.current_edit)
        self.new_label.setBuddy(self.new_edit)
        self.confirm_new_label.setBuddy(self.confirm_new_edit)
        self.staff_label.setBuddy(self.staff_list)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.staff_passphrase_label.setBuddy(self.staff_passphrase_edit)
        self.staff_confirm_label.setBuddy(self.staff_confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lock_spin, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.theme_combo)
        QWidget.setTabOrder(self.theme_combo, self.text_size_combo)
        QWidget.setTabOrder(self.text_size_combo, self.current_edit)
        QWidget.setTabOrder(self.current_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.confirm_new_edit)
        QWidget.setTabOrder(self.confirm_new_edit, self.change_button)
        QWidget.setTabOrder(self.change_button, self.staff_list)
        QWidget.setTabOrder(self.staff_list, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.staff_passphrase_edit)
        QWidget.setTabOrder(self.staff_passphrase_edit, self.staff_confirm_edit)
        QWidget.setTabOrder(self.staff_confirm_edit, self.add_button)

        self.retranslateUi(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen):
#if QT_CONFIG(accessibility)
        SettingsScreen.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("SettingsScreen", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.scroll_area.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.device_group.setTitle(QCoreApplication.translate("SettingsScreen", u"This computer", None))
#if QT_CONFIG(accessibility)
        self.device_group.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"This computer", None))
#endif // QT_CONFIG(accessibility)
        self.lock_label.setText(QCoreApplication.translate("SettingsScreen", u"Minutes idle before &locking", None))
#if QT_CONFIG(accessibility)
        self.lock_spin.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Minutes idle before locking", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("SettingsScreen", u"Lan&guage", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.theme_label.setText(QCoreApplication.translate("SettingsScreen", u"&Theme", None))
#if QT_CONFIG(accessibility)
        self.theme_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Theme", None))
#endif // QT_CONFIG(accessibility)
        self.text_size_label.setText(QCoreApplication.translate("SettingsScreen", u"Text si&ze", None))
#if QT_CONFIG(accessibility)
        self.text_size_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Text size", None))
#endif // QT_CONFIG(accessibility)
        self.device_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.device_message_label.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Message about this computer's settings", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Your passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_group.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Your passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_intro_label.setText(QCoreApplication.translate("SettingsScreen", u"Change the passphrase you unlock Offerbook with. Everyone else keeps theirs.", None))
        self.current_label.setText(QCoreApplication.translate("SettingsScreen", u"&Current passphrase", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("SettingsScreen", u"N&ew passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_new_label.setText(QCoreApplication.translate("SettingsScreen", u"New one ag&ain", None))
#if QT_CONFIG(accessibility)
        self.confirm_new_edit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.passphrase_message_label.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Message about your passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.change_button.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Change passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.change_button.setText(QCoreApplication.translate("SettingsScreen", u"C&hange passphrase", None))
        self.staff_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Staff who can unlock this vault", None))
#if QT_CONFIG(accessibility)
        self.staff_group.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Staff who can unlock this vault", None))
#endif // QT_CONFIG(accessibility)
        self.staff_label.setText(QCoreApplication.translate("SettingsScreen", u"&Staff", None))
#if QT_CONFIG(accessibility)
        self.staff_list.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Staff", None))
#endif // QT_CONFIG(accessibility)
        self.staff_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.staff_message_label.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Message about staff", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Remove from this vault", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("SettingsScreen", u"&Remove from this vault", None))
        self.add_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Add a staff member", None))
#if QT_CONFIG(accessibility)
        self.add_group.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Add a staff member", None))
#endif // QT_CONFIG(accessibility)
        self.add_intro_label.setText(QCoreApplication.translate("SettingsScreen", u"They choose their own passphrase and type it here twice. Anyone added can unlock this vault on this computer.", None))
        self.name_label.setText(QCoreApplication.translate("SettingsScreen", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"New staff member's name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("SettingsScreen", u"R&ole", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.staff_passphrase_label.setText(QCoreApplication.translate("SettingsScreen", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.staff_passphrase_edit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Their passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.staff_confirm_label.setText(QCoreApplication.translate("SettingsScreen", u"Passphrase again (con&firm)", None))
#if QT_CONFIG(accessibility)
        self.staff_confirm_edit.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Their passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.add_message_label.setText("")
#if QT_CONFIG(accessibility)
        self.add_message_label.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Message about adding staff", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Add staff member", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("SettingsScreen", u"A&dd staff member", None))
    # retranslateUi

