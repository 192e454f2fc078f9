# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        self.outer_layout = QVBoxLayout(UnlockPage)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.title_label = QLabel(UnlockPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setAlignment(Qt.AlignCenter)

        self.outer_layout.addWidget(self.title_label)

        self.intro_label = QLabel(UnlockPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setAlignment(Qt.AlignCenter)

        self.outer_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.passphrase_label = QLabel(UnlockPage)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(UnlockPage)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.outer_layout.addLayout(self.form_layout)

        self.message_label = QLabel(UnlockPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.unlock_button = QPushButton(UnlockPage)
        self.unlock_button.setObjectName(u"unlock_button")

        self.outer_layout.addWidget(self.unlock_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockPage)

        self.unlock_button.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockPage):
#if QT_CONFIG(accessibility)
        UnlockPage.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Unlock the vault", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("UnlockPage", u"Unlock Offerbook", None))
        self.intro_label.setText(QCoreApplication.translate("UnlockPage", u"Everything here is encrypted. Type your passphrase, or the recovery key from the printed recovery sheet.", None))
        self.passphrase_label.setText(QCoreApplication.translate("UnlockPage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("UnlockPage", u"&Unlock", None))
    # retranslateUi

