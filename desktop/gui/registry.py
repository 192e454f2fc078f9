"""Which screens the app has, in navigation order: (class, shown in the navigation column)."""

from desktop.gui.common.screen import Screen


def screen_classes() -> list[tuple[type[Screen], bool]]:
    # Imported here, not at module level, so a screen module may import the registry's users.
    from desktop.gui.conversation.conversation_screen import ConversationScreen
    from desktop.gui.dropin.dropin_screen import DropInScreen
    from desktop.gui.home.home_screen import HomeScreen
    from desktop.gui.marketplace.marketplace_screen import MarketplaceScreen
    from desktop.gui.marketplace.opportunity_screen import OpportunityScreen
    from desktop.gui.offers.offer_screen import OfferScreen
    from desktop.gui.offers.request_screen import RequestScreen
    from desktop.gui.people.people_screen import PeopleScreen
    from desktop.gui.people.person_screen import PersonScreen
    from desktop.gui.settings.settings_screen import SettingsScreen
    from desktop.gui.sync.devices_screen import DevicesScreen
    from desktop.gui.sync.sync_screen import SyncScreen
    return [
        (HomeScreen, True),
        (PeopleScreen, True), (PersonScreen, False),
        (MarketplaceScreen, True), (OpportunityScreen, False),
        (ConversationScreen, False),
        (OfferScreen, False), (RequestScreen, False),
        (DropInScreen, True),
        (SyncScreen, True), (DevicesScreen, False),
        (SettingsScreen, True),  # keep last
    ]
