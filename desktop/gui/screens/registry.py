"""Which screens the app has, in navigation order: (class, shown in the navigation column)."""

from desktop.gui.screens.base import Screen


def screen_classes() -> list[tuple[type[Screen], bool]]:
    # Imported here, not at module level, so a screen module may import the registry's users.
    from desktop.gui.screens.conversation import ConversationScreen
    from desktop.gui.screens.dropin import DropInScreen
    from desktop.gui.screens.home import HomeScreen
    from desktop.gui.screens.offer import OfferScreen
    from desktop.gui.screens.people import PeopleScreen
    from desktop.gui.screens.person import PersonScreen
    from desktop.gui.screens.request import RequestScreen
    from desktop.gui.screens.settings import SettingsScreen
    from desktop.gui.sync_devices import DevicesScreen
    from desktop.gui.sync_screen import SyncScreen
    return [
        (HomeScreen, True),
        (PeopleScreen, True), (PersonScreen, False),
        (ConversationScreen, False),
        (OfferScreen, False), (RequestScreen, False),
        (DropInScreen, True),
        (SyncScreen, True), (DevicesScreen, False),
        (SettingsScreen, True),  # keep last
    ]
