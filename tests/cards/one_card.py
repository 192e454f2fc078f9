"""The inputs of one card, shared by tests that vary only the name, offer, sheet or size."""

from datetime import date

from desktop.core.models import Consent, Offer, Participant, Staff

TODAY = date(2026, 11, 22)
PERSON = Participant(id="p1", full_name="Test Person")
OFFER = Offer(id="o1", participant_id="p1", title="-", location="Hillside Library",
              availability={"mon": ["morning"], "wed": ["afternoon", "evening"]},
              frequency="weekly")
LINKER = Staff(id="s1", name="Priya Shah", work_phone="01632 960123",
               work_email="priya.shah@hillside.example")
CONSENT = Consent(id="c1", participant_id="p1", purpose="print-card", given=True,
                  recorded_on="2026-11-01")
