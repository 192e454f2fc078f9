"""Is this new person likely someone already in the register?

The same person is often typed twice: once as "Łucja Wiśniewska", once as "lucja wisniewska"
on a laptop without a Polish keyboard, or "Khan Aisha" with the family name first. So names
are compared as folded word sets: case folded, accents stripped, letters that have no
decomposition (ł, ø, đ...) mapped to their base letter, punctuation dropped, word order ignored.
A shared phone number, or the same postcode with the same given name, is also a likely match.
Only a warning comes of it: the person adding someone decides.
"""

import re
import unicodedata

from desktop.core.models import Participant

# Letters with no Unicode decomposition to strip an accent from; mapped by hand.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l",
                       "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ŧ": "t"})
_WORD = re.compile(r"\w+", re.UNICODE)

SAME_NAME, SAME_PHONE, SAME_POSTCODE_AND_NAME = "same-name", "same-phone", "same-postcode-name"


def fold(text: str) -> str:
    """Case folded, accents and marks removed, in any script."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", stripped.translate(_FOLD))


def name_words(name: str) -> list[str]:
    return _WORD.findall(fold(name).replace("_", " "))


def name_key(name: str) -> str:
    """Equal for names that differ only in case, accents, punctuation or word order."""
    return " ".join(sorted(name_words(name)))


def phone_key(phone: str) -> str:
    """Digits only, with a UK +44 prefix (and the "(0)" often written after it) as the
    leading 0 people usually type."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:].lstrip("0")
    return digits


def given_names(person: Participant) -> set[str]:
    """The names a person goes by: the first word of their full name, and their preferred
    name. (For names written family name first the first word is the family name; a warning
    too many is better than a duplicate record.)"""
    words = name_words(person.full_name)[:1] + name_words(person.preferred_name)[:1]
    return set(words)


def match_reason(new: Participant, existing: Participant) -> str | None:
    """Why `existing` may be the same person as `new`, or None."""
    if name_key(new.full_name) and name_key(new.full_name) == name_key(existing.full_name):
        return SAME_NAME
    phone = phone_key(new.phone)
    if len(phone) >= 6 and phone == phone_key(existing.phone):
        return SAME_PHONE
    if (new.postcode and new.postcode.replace(" ", "").upper()
            == existing.postcode.replace(" ", "").upper()
            and given_names(new) & given_names(existing)):
        return SAME_POSTCODE_AND_NAME
    return None
