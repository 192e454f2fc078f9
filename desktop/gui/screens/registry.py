"""Which screens the app has, in navigation order: (class, shown in the navigation column)."""

from desktop.gui.screens.base import Screen


def screen_classes() -> list[tuple[type[Screen], bool]]:
    # Imported here, not at module level, so a screen module may import the registry's users.
    from desktop.gui.screens.people import PeopleScreen
    return [
        (PeopleScreen, True),
    ]
