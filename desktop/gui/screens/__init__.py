"""The app's screens. Each is a `Screen`; the shell shows one at a time."""
