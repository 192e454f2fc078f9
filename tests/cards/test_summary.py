"""The participant summary, "My offer, my record", and the cards of one person or one offer."""

from datetime import date
import subprocess

import pytest
from reportlab.lib.units import mm

from desktop.cards.sheet import SHEETS
from desktop.cards.summary import summary_blocks
from desktop.cards.wording import wording
from desktop.core import models
from desktop.core.errors import NotFound, OfferbookError
from desktop.store import card_queries
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cards import from_vault
from tests.cards.card_people import NEVER_PRINTED, fill
from tests.cards.pdf_read import actual_texts, all_text, chunks, page_texts, reader
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date.today()


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("summary") / "vault", "Coordinator",
                            PASSPHRASE, organisation="Hillside Linkers", kdf=FAST_KDF)
    known = fill(vault, people=20, today=TODAY)
    yield vault, known
    vault.close()


def _summary(vault, participant_id, **options) -> str:
    pdf = from_vault.participant_summary(vault, participant_id, TODAY, **options).pdf
    return " ".join(" ".join(page_texts(pdf)).split())


def test_the_summary_holds_their_gifts_offers_requests_and_consents_in_their_words(filled):
    vault, known = filled
    text = _summary(vault, known.perry)
    assert text.startswith("My offer, my record")
    assert "Peregrine Ashdown (Perry)" in text and "Hillside Linkers" in text
    for words in ("I know every seabird by its call",
                  "Forty years mending sails in the boatyard",
                  "I want to learn video calls with my grandson"):
        assert words in text
    assert text.index("Things you know about") < text.index("every seabird")
    # Every offer of theirs, drafts and ended ones too, each with where it is up to.
    for words in ("I can mend torn sails and teach sailing knots",
                  "Perhaps marmalade lessons one day", "I ran the tapestry circle",
                  "Still being shaped with you", "Finished",
                  "Help writing to the council about damp in my flat"):
        assert words in text
    assert "When: Tuesday mornings" in text and "Where: the Quay Hall" in text
    # What they agreed to, since when, until when, and how to change their mind.
    assert "Printing your first name and offer on a card" in text
    assert "then we will ask you again" in text
    assert "change your mind about any of these at any time" in text
    # What happens next: the follow-up and the introduction to an organisation.
    assert "will get in touch by 1 December 2026" in text
    assert "Quayside Rowing Club (Boat repair mornings)" in text


def test_the_summary_names_nobody_else_and_leaves_off_contact_details_and_notes(filled):
    vault, known = filled
    text = _summary(vault, known.perry)
    # Perry was introduced to Wilhelmina's request; the follow-up note names her. Neither
    # her name nor her words are on his summary: only "someone".
    for word in NEVER_PRINTED:
        assert word not in text
    assert "Meeting someone who asked for what you offer" in text
    for private in ("07700", "Lighthouse", "LS6"):
        assert private not in text


def test_withdrawn_and_refused_consents_read_as_such(filled):
    vault, known = filled
    text = _summary(vault, known.ottoline)
    assert "No: you changed your mind on" in text
    text = _summary(vault, known.wilhelmina)
    assert "Printing your first name and offer on a card No (you said so on" in text


def test_without_a_record_consent_only_the_consent_answers_are_shown(filled):
    vault, _ = filled
    records = Records(vault)
    person = records.add(models.Participant(full_name="Ignatius Thorne"))
    records.add(models.Consent(participant_id=person.id, purpose="keep-record", given=True,
                               recorded_on="2026-01-01", withdrawn_on="2026-02-01"))
    records.add(models.Gift(participant_id=person.id, kind="hands",
                            own_words="I whittle spoons"))
    blocks = summary_blocks(card_queries.summary_source(vault, person.id), TODAY)
    text = " ".join(block.text for block in blocks)
    assert "You have not agreed to us keeping a record" in text
    assert "whittle" not in text and "What you told us" not in text
    assert "Keeping a record of you in Offerbook No: you changed your mind" in text


def test_the_summary_is_invariant_a4_with_metadata_and_large_print(filled):
    vault, known = filled
    first = from_vault.participant_summary(vault, known.perry, TODAY).pdf
    assert first == from_vault.participant_summary(vault, known.perry, TODAY).pdf
    doc = reader(first)
    assert doc.metadata.title == "My offer, my record"
    assert doc.metadata.author == "Hillside Linkers"
    assert doc.trailer["/Root"]["/Lang"] == "en"
    assert len(doc.pages) >= 2 and "Page 1 of" in page_texts(first)[0]
    large = from_vault.participant_summary(vault, known.perry, TODAY, large_print=True).pdf
    sizes = [c.size for _, c in chunks(large, range(len(reader(large).pages)))]
    assert min(sizes) >= 16
    assert min(c.size for _, c in chunks(first, range(1))) >= 12


def test_one_persons_cards_need_their_print_consent_and_only_current_offers(filled):
    vault, known = filled
    printed = from_vault.participant_cards(vault, known.perry, SHEETS["a6"], TODAY)
    text = all_text([printed.pdf])
    assert printed.cards == 1 and printed.left_out == 0
    assert "sailing knots" in text and "marmalade" not in text and "tapestry" not in text
    # Barty agreed to a card (not to sharing): his own card is fine.
    barty = from_vault.participant_cards(vault, known.barty, SHEETS["a6"], TODAY)
    assert barty.cards == 1 and "pianos" in all_text([barty.pdf])
    for person in (known.wilhelmina, known.ottoline):
        with pytest.raises(OfferbookError, match="not agreed to a printed card") as caught:
            from_vault.participant_cards(vault, person, SHEETS["a6"], TODAY)
        assert not any(word in caught.value.message for word in NEVER_PRINTED)
    with pytest.raises(OfferbookError, match="not agreed to a printed card"):
        from_vault.offer_cards(vault, known.wilhelmina_offer, SHEETS["a6"], TODAY)


def test_an_offer_card_is_for_a_current_offer_only(filled):
    vault, known = filled
    printed = from_vault.offer_cards(vault, known.perry_offer, SHEETS["a6x4"], TODAY)
    assert printed.cards == 1 and "sailing knots" in all_text([printed.pdf])
    for offer_id, status in ((known.perry_draft, "draft"), (known.perry_ended, "ended")):
        with pytest.raises(OfferbookError, match=f"This offer is {status}"):
            from_vault.offer_cards(vault, offer_id, SHEETS["a6"], TODAY)
    with pytest.raises(NotFound):
        from_vault.offer_cards(vault, "no-such-offer", SHEETS["a6"], TODAY)


@pytest.mark.parametrize("language", ["cy", "pl", "so", "ro"])
def test_the_summary_and_the_pack_are_worded_in_the_language_asked_for(filled, language):
    vault, known = filled
    said = wording(language).documents
    text = _summary(vault, known.perry, language=language)
    assert text.startswith(" ".join(said["summary_title"].split()))
    assert " ".join(said["consents"].split()) in text
    # Their own words stay as they said them.
    assert "Forty years mending sails in the boatyard" in text
    pack = from_vault.event_pack(vault, None, SHEETS["a6x4"], TODAY, language=language).pdf
    first = " ".join(page_texts(pack)[0].split())
    assert " ".join(said["offers"].split()) in first
    assert reader(pack).trailer["/Root"]["/Lang"] == language


def test_a_persons_own_documents_default_to_their_language(filled):
    vault, _ = filled
    records = Records(vault)
    person = records.add(models.Participant(full_name="Zofia Wiśniewska",
                                            languages=["Polish", "English"]))
    for purpose in ("keep-record", "print-card"):
        records.add(models.Consent(participant_id=person.id, purpose=purpose, given=True,
                                   recorded_on="2026-01-01"))
    records.add(models.Offer(participant_id=person.id, title="Mogę uczyć robić pierogi",
                             status="agreed", availability={"sat": ["morning"]}))
    polish = wording("pl")
    text = _summary(vault, person.id)
    assert text.startswith(" ".join(polish.documents["summary_title"].split()))
    card = all_text([from_vault.participant_cards(vault, person.id, SHEETS["a6"], TODAY).pdf])
    assert polish.labels["when"] in card and "Mogę uczyć robić pierogi" in card
    english = _summary(vault, person.id, language="en")
    assert english.startswith("My offer, my record")


def test_an_urdu_summary_runs_right_to_left_and_reads_back(filled, tmp_path):
    vault, known = filled
    pdf = from_vault.participant_summary(vault, known.perry, TODAY, language="ur").pdf
    path = tmp_path / "ur.pdf"
    path.write_bytes(pdf)
    said = wording("ur").documents
    # Shaped Urdu carries its words as ActualText, in reading order.
    assert said["summary_title"] in actual_texts(pdf)
    # A Latin name in an Urdu sentence keeps its brackets round the right words.
    assert "Peregrine Ashdown (Perry)" in " ".join(page_texts(pdf)[0].split())
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Forty years mending sails in the boatyard" in " ".join(text.split())
    # The title sits against the right margin, as Urdu reads.
    title = next(c for _, c in chunks(pdf, range(1)) if c.size >= 20)
    assert title.x > 210 * mm / 3
