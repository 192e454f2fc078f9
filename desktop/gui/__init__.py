"""The Qt desktop app. The only package allowed to import QtWidgets.

Grouped by feature: a screen, its widgets and its dialogs live together.

- `app.py` starts Qt; `main_window.py` holds the unlock pages, the shell and the sync status
  line; `shell.py` is the navigation and the stack of screens; `registry.py` lists the
  screens in navigation order; `screenshots.py` draws every screen for `offerbook screenshots`.
- `common/`: what every feature uses — background work (`operations.py`), modal messages and
  their test seam (`messages.py`), the base `Screen`, settings, theme, language, fonts, the
  draft binder that autosaves forms, consent gates, filter lists refilled (`choices.py`),
  PDF pages to pixels and to a printer
  (`pdf_printer.py`), and words for dates and times.
- `unlock/`: first-run setup and the unlock page.
- `home/`: follow-ups due, drafts, people seen lately.
- `people/`: the register, a person's page and its tabs, the person form, consents, erasure.
- `conversation/`: the capabilities conversation guide.
- `offers/`: the offer and request editors, tags, status steps and the availability grid.
- `marketplace/`: the Community Marketplace register (offers, requests and opportunities,
  filtered and searched) and an opportunity's details.
- `printing/`: the live card preview, batch printing, card options and a person's printouts.
- `sync/`: the status line, the sync screen, conflicts, devices and joining an organisation.
- `dropin/`: check-in and hours at a drop-in.
- `settings/`: the settings screen and the organisation's card branding.
- `forms/`: generated from `ui/*.ui` by `python -m tools.build_forms`; never edited by hand.

Dependencies run one way: features use `common/`, never the other way round, and no feature
module imports the shell or the main window.
"""
