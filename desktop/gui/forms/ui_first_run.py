# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunPage(object):
    def setupUi(self, FirstRunPage):
        if not FirstRunPage.objectName():
            FirstRunPage.setObjectName(u"FirstRunPage")
        self.outer_layout = QVBoxLayout(FirstRunPage)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.title_label = QLabel(FirstRunPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setAlignment(Qt.AlignCenter)

        self.outer_layout.addWidget(self.title_label)

        self.intro_label = QLabel(FirstRunPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.organisation_label = QLabel(FirstRunPage)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(FirstRunPage)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.name_label = QLabel(FirstRunPage)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(FirstRunPage)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.passphrase_label = QLabel(FirstRunPage)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(FirstRunPage)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_label = QLabel(FirstRunPage)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(FirstRunPage)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_label = QLabel(FirstRunPage)
        self.strength_label.setObjectName(u"strength_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_bar = QProgressBar(FirstRunPage)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMaximum(4)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strength_bar)


        self.outer_layout.addLayout(self.form_layout)

        self.demo_check = QCheckBox(FirstRunPage)
        self.demo_check.setObjectName(u"demo_check")

        self.outer_layout.addWidget(self.demo_check)

        self.message_label = QLabel(FirstRunPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.create_button = QPushButton(FirstRunPage)
        self.create_button.setObjectName(u"create_button")

        self.outer_layout.addWidget(self.create_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.name_label.setBuddy(self.name_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.strength_label.setBuddy(self.strength_bar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.demo_check)
        QWidget.setTabOrder(self.demo_check, self.create_button)

        self.retranslateUi(FirstRunPage)

        self.create_button.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRunPage):
#if QT_CONFIG(accessibility)
        FirstRunPage.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Create a vault", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("FirstRunPage", u"Welcome to Offerbook", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunPage", u"Offerbook keeps what people tell you in an encrypted vault on this computer. Set it up once: your organisation, your name and a passphrase only you know.", None))
        self.organisation_label.setText(QCoreApplication.translate("FirstRunPage", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("FirstRunPage", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunPage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("FirstRunPage", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("FirstRunPage", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength_bar.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strength_bar.setFormat("")
#if QT_CONFIG(accessibility)
        self.demo_check.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Fill it with made-up people to practise", None))
#endif // QT_CONFIG(accessibility)
        self.demo_check.setText(QCoreApplication.translate("FirstRunPage", u"Fill it with 200 made-up &people, to practise or explore", None))
#if QT_CONFIG(tooltip)
        self.demo_check.setToolTip(QCoreApplication.translate("FirstRunPage", u"For training: a practice vault full of fictional people, offers and follow-ups. Use a different folder for the real one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.create_button.setAccessibleName(QCoreApplication.translate("FirstRunPage", u"Create the vault", None))
#endif // QT_CONFIG(accessibility)
        self.create_button.setText(QCoreApplication.translate("FirstRunPage", u"&Create the vault", None))
    # retranslateUi

