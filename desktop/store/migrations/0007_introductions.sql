-- 0007: introductions step by step (suggested, agreed, planned, met, an outcome, or declined),
-- and follow-ups that say what they are for. See desktop/core/introductions.py.
ALTER TABLE introductions ADD COLUMN staff_id TEXT;
ALTER TABLE introductions ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE introductions ADD COLUMN agreed_on TEXT NOT NULL DEFAULT '';
ALTER TABLE introductions ADD COLUMN outcome_on TEXT NOT NULL DEFAULT '';
ALTER TABLE introductions ADD COLUMN outcome_notes TEXT NOT NULL DEFAULT '';

-- "general" (a linker added it) or the step that set it: "after-meeting", "check-in".
ALTER TABLE follow_ups ADD COLUMN kind TEXT NOT NULL DEFAULT 'general';
ALTER TABLE follow_ups ADD COLUMN offer_id TEXT;
ALTER TABLE follow_ups ADD COLUMN conversation_id TEXT;

-- The old words, as the new steps say them. Clocks are left alone: every laptop makes the same
-- change when it updates, and a laptop not yet updated that syncs an old word is read as the
-- new one (models.LEGACY_INTRODUCTION_STATUSES).
UPDATE introductions SET status = 'agreed' WHERE status = 'proposed';
UPDATE introductions SET status = 'going-well' WHERE status = 'ongoing';

-- A person's introductions from either side, and an introduction's own follow-ups.
CREATE INDEX introductions_request ON introductions (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX follow_ups_introduction ON follow_ups (introduction_id)
    WHERE introduction_id IS NOT NULL;
-- The seed's measure: introductions that reached a meeting, by the day they met. The status
-- list matches desktop/store/introductions.py word for word (old words included, see above).
CREATE INDEX introductions_met ON introductions (met_on, offer_id, status)
    WHERE deleted = 0 AND status IN ('met', 'going-well', 'did-not-work-out', 'ended', 'ongoing');
-- ...and who had a conversation (when), from the index alone: a conversation's row holds its
-- answers, and reading 100,000 of them to ask "is it deleted?" takes most of a second.
CREATE INDEX conversations_had ON conversations (participant_id, started_on) WHERE deleted = 0;
