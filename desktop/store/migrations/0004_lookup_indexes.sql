-- 0004: indexes for lookups the person screen and the new-person duplicate check make:
-- hours a person received, and people at a postcode.
CREATE INDEX exchanges_receiver ON exchanges (receiver_id);
CREATE INDEX participants_postcode ON participants (postcode) WHERE deleted = 0;

-- The home screen's lists: conversations still open, who was seen lately, drop-in check-ins.
-- Without them each list reads every conversation (answers make those rows large): seconds
-- on a 100,000-person register. desktop/store/home_queries.py matches these word for word.
CREATE INDEX conversations_open ON conversations (started_on)
    WHERE deleted = 0 AND status IN ('in-progress', 'paused');
CREATE INDEX conversations_seen ON conversations (max(started_on, completed_on))
    WHERE deleted = 0;
CREATE INDEX attendance_checked_in ON attendance (checked_in_at) WHERE deleted = 0;
