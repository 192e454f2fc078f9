"""The fixed words of the event pack and the participant summary, in one place.

English for now, keyed as the card wording module (`wording.py`) keys its strings, so these
can move there, and be translated with the card texts, without touching the layouts.
`words(language)` returns English for any language it has no translation for; the CLI checks
a language code before it gets here.
"""

from types import MappingProxyType

ENGLISH = MappingProxyType({
    # both documents
    "page_n_of_m": "Page {n} of {m}",
    "printed_on": "Printed on {date}",
    # the event pack
    "event_pack_title": "Event pack",
    "event_pack_for": "Event pack: {place}",
    "all_teams": "all teams",
    "offers": "Offers",
    "requests": "Requests",
    "name": "Name",
    "in_their_words": "In their words",
    "when": "When",
    "where": "Where",
    "none_yet": "None to show.",
    "list_count": "{offers} offers and {requests} requests, in the same order as the "
                  "cards that follow.",
    "offer_event_next_step": "Interested? Talk to a linker today.",
    "request_header": "Looking for help",
    "request_next_step": "Can you help? Talk to a linker today.",
    # the participant summary
    "summary_title": "My offer, my record",
    "summary_for": "For {name}, from {organisation}",
    "summary_intro": "This is what we have written down with you. It is yours to keep. If "
                     "anything is wrong or you want something changed or removed, tell your "
                     "linker.",
    "your_linker": "Your linker: {linker}",
    "told_us": "What you told us",
    "told_us_none": "Nothing written down yet.",
    "gift_kinds": MappingProxyType({
        "head": "Things you know about (head)",
        "hands": "Things you can do (hands)",
        "heart": "Things you care about (heart)",
        "teach": "Things you could teach",
        "learn": "Things you would like to learn",
    }),
    "your_offers": "Your offers",
    "your_requests": "What you asked for",
    "offer_status": MappingProxyType({
        "draft": "Still being shaped with you",
        "agreed": "Agreed with you",
        "matched": "Matched: an introduction is being set up",
        "active": "Happening",
        "paused": "Paused",
        "ended": "Finished",
    }),
    "request_status": MappingProxyType({
        "open": "We are looking for help",
        "matched": "Matched: an introduction is being set up",
        "met": "Done",
        "closed": "Closed",
    }),
    "when_label": "When:",
    "where_label": "Where:",
    "how_often_label": "How often:",
    "status_label": "Now:",
    "consents": "What you agreed to",
    "consent_purposes": MappingProxyType({
        "keep-record": "Keeping a record of you in Offerbook",
        "contact": "Contacting you by phone, text, email or a visit",
        "share-with-organisations": "Sharing your offer with organisations and other people",
        "print-card": "Printing your first name and offer on a card",
        "special-category": "Noting health, disability or faith details",
        "evidence": "Counting you, without your name, in reports",
        "photo": "Taking and keeping photos of you",
    }),
    "consent_states": MappingProxyType({
        "given": "Yes, since {date}",
        "refused": "No (you said so on {date})",
        "withdrawn": "No: you changed your mind on {date}",
        "expired": "Ran out on {date}: we will ask you again",
        "not-asked": "Not asked yet",
    }),
    "consent_given_until": "Yes, since {date}, until {until}: then we will ask you again.",
    "how_to_withdraw": "You can change your mind about any of these at any time, and it "
                       "will not change the help you get. Tell your linker, or anyone at "
                       "{organisation}.",
    "next_steps": "What happens next",
    "next_none": "Nothing is planned yet. Your linker will be in touch.",
    "follow_up": "{linker} will get in touch by {date}.",
    "follow_up_no_date": "{linker} will get in touch.",
    "your_linker_generic": "Your linker",
    "introduction_org": "An introduction to {organisation} ({opportunity}), about: {title}",
    "introduction_somewhere": "An introduction to an organisation, about: {title}",
    "introduction_to_offer": "Meeting someone who asked for what you offer: {title}",
    "introduction_to_request": "Meeting someone who can help with what you asked for: {title}",
    "introduction_when": "Planned for {date}.",
    "introduction_status": MappingProxyType({
        "proposed": "Being arranged.",
        "agreed": "Agreed.",
        "ongoing": "Going on.",
    }),
    "not_recorded": "You have not agreed to us keeping a record, so this summary shows only "
                    "what you told us about agreeing.",
})

LANGUAGES = ("en",)


def words(language: str = "en") -> MappingProxyType:
    """The words for `language` (English until translations exist)."""
    return ENGLISH


def long_date(day, language: str = "en") -> str:
    """22 November 2026 (the day, the month in words, the year: unambiguous on paper)."""
    return f"{day.day} {day:%B %Y}"
