# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conversation.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_ConversationScreen(object):
    def setupUi(self, ConversationScreen):
        if not ConversationScreen.objectName():
            ConversationScreen.setObjectName(u"ConversationScreen")
        self.outer_layout = QVBoxLayout(ConversationScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.title_label = QLabel(ConversationScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.outer_layout.addWidget(self.title_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.side_layout = QVBoxLayout()
        self.side_layout.setObjectName(u"side_layout")
        self.sections_label = QLabel(ConversationScreen)
        self.sections_label.setObjectName(u"sections_label")

        self.side_layout.addWidget(self.sections_label)

        self.section_list = QListWidget(ConversationScreen)
        self.section_list.setObjectName(u"section_list")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.section_list.sizePolicy().hasHeightForWidth())
        self.section_list.setSizePolicy(sizePolicy)
        self.section_list.setWordWrap(True)

        self.side_layout.addWidget(self.section_list)

        self.progress_label = QLabel(ConversationScreen)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setWordWrap(True)

        self.side_layout.addWidget(self.progress_label)

        self.saved_label = QLabel(ConversationScreen)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setWordWrap(True)

        self.side_layout.addWidget(self.saved_label)


        self.body_layout.addLayout(self.side_layout)

        self.section_stack = QStackedWidget(ConversationScreen)
        self.section_stack.setObjectName(u"section_stack")

        self.body_layout.addWidget(self.section_stack)

        self.body_layout.setStretch(1, 1)

        self.outer_layout.addLayout(self.body_layout)

        self.message_label = QLabel(ConversationScreen)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.outer_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.back_button = QPushButton(ConversationScreen)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setAutoDefault(False)

        self.button_layout.addWidget(self.back_button)

        self.skip_button = QPushButton(ConversationScreen)
        self.skip_button.setObjectName(u"skip_button")
        self.skip_button.setAutoDefault(False)

        self.button_layout.addWidget(self.skip_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.pause_button = QPushButton(ConversationScreen)
        self.pause_button.setObjectName(u"pause_button")
        self.pause_button.setAutoDefault(False)

        self.button_layout.addWidget(self.pause_button)

        self.close_button = QPushButton(ConversationScreen)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)

        self.next_button = QPushButton(ConversationScreen)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.button_layout.addWidget(self.next_button)

        self.finish_button = QPushButton(ConversationScreen)
        self.finish_button.setObjectName(u"finish_button")
        self.finish_button.setAutoDefault(False)

        self.button_layout.addWidget(self.finish_button)


        self.outer_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.sections_label.setBuddy(self.section_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.section_list, self.back_button)
        QWidget.setTabOrder(self.back_button, self.skip_button)
        QWidget.setTabOrder(self.skip_button, self.pause_button)
        QWidget.setTabOrder(self.pause_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.finish_button)

        self.retranslateUi(ConversationScreen)
    # setupUi

    def retranslateUi(self, ConversationScreen):
#if QT_CONFIG(accessibility)
        ConversationScreen.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Capabilities conversation", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("ConversationScreen", u"Capabilities conversation", None))
        self.sections_label.setText(QCoreApplication.translate("ConversationScreen", u"&Sections", None))
#if QT_CONFIG(accessibility)
        self.section_list.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Sections of the conversation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.section_list.setAccessibleDescription(QCoreApplication.translate("ConversationScreen", u"Press Enter on a section to go to it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_label.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.progress_label.setText("")
        self.saved_label.setText(QCoreApplication.translate("ConversationScreen", u"Everything is saved as you type.", None))
#if QT_CONFIG(accessibility)
        self.section_stack.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Current section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Back to the previous section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("ConversationScreen", u"Alt+Left or Ctrl+Page Up", None))
#endif // QT_CONFIG(tooltip)
        self.back_button.setText(QCoreApplication.translate("ConversationScreen", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.skip_button.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Skip this section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.skip_button.setToolTip(QCoreApplication.translate("ConversationScreen", u"Leave this section for now; you can come back to it from the list of sections.", None))
#endif // QT_CONFIG(tooltip)
        self.skip_button.setText(QCoreApplication.translate("ConversationScreen", u"S&kip this section", None))
#if QT_CONFIG(accessibility)
        self.pause_button.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Pause and come back another day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pause_button.setToolTip(QCoreApplication.translate("ConversationScreen", u"Saves everything and goes back to the person's page.", None))
#endif // QT_CONFIG(tooltip)
        self.pause_button.setText(QCoreApplication.translate("ConversationScreen", u"&Pause for now", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("ConversationScreen", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Next section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ConversationScreen", u"Alt+Right or Ctrl+Page Down", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("ConversationScreen", u"&Next", None))
#if QT_CONFIG(accessibility)
        self.finish_button.setAccessibleName(QCoreApplication.translate("ConversationScreen", u"Finish the conversation", None))
#endif // QT_CONFIG(accessibility)
        self.finish_button.setText(QCoreApplication.translate("ConversationScreen", u"&Finish", None))
    # retranslateUi

