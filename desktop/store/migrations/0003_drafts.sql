-- 0003: drafts of forms being typed, saved on every change so a lock, a crash or a flat
-- battery never loses a word; and where each user was, so unlocking returns them there.
-- Both are local to this device: they are not records, so they neither sync nor audit.
-- Per staff member: on a shared drop-in machine one person's half-typed form must neither show
-- up for the next person nor be overwritten by them. '' is the recovery-key session.
CREATE TABLE drafts (
    form TEXT NOT NULL,              -- e.g. "participant:new", "offer:<id>"
    staff_id TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,           -- JSON of the form's fields
    updated_at TEXT NOT NULL,
    PRIMARY KEY (form, staff_id)
);

CREATE TABLE ui_state (
    staff_id TEXT PRIMARY KEY NOT NULL,
    state TEXT NOT NULL              -- JSON: the screen and record the user was on
);
