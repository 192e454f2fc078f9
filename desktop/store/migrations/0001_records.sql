-- 0001: every synced record table, the audit log and the sync outbox.
--
-- Synced tables carry id (UUIDv7), created_at, updated_hlc (the latest write's clock),
-- field_hlc (JSON {column: stamp} once any column has been written separately; NULL means
-- every column still has updated_hlc) and deleted (a tombstone: the row stays so the delete
-- can sync). There are no FOREIGN KEY clauses between synced tables on purpose: sync may
-- deliver a gift before the person it belongs to, and must be able to store it.

CREATE TABLE teams (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT ''
);
CREATE TABLE staff (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    team_id TEXT,
    work_email TEXT NOT NULL DEFAULT '',
    work_phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE participants (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    full_name TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '',
    team_id TEXT,
    linker_id TEXT,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    accessibility_needs TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    first_met_on TEXT NOT NULL DEFAULT ''
);
CREATE TABLE consents (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    given INTEGER NOT NULL DEFAULT 1,
    method TEXT NOT NULL DEFAULT '',
    recorded_on TEXT NOT NULL DEFAULT '',
    recorded_by TEXT,
    expires_on TEXT NOT NULL DEFAULT '',
    withdrawn_on TEXT NOT NULL DEFAULT '',
    terms_version TEXT NOT NULL DEFAULT ''
);
CREATE TABLE conversations (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT,
    template_id TEXT NOT NULL DEFAULT '',
    template_version INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT '',
    current_section TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{}',
    present TEXT NOT NULL DEFAULT '[]',
    location TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL DEFAULT '',
    completed_on TEXT NOT NULL DEFAULT ''
);
CREATE TABLE gifts (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    conversation_id TEXT,
    kind TEXT NOT NULL DEFAULT '',
    tag TEXT NOT NULL DEFAULT '',
    own_words TEXT NOT NULL DEFAULT ''
);
CREATE TABLE offers (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    for_whom TEXT NOT NULL DEFAULT '',
    availability TEXT NOT NULL DEFAULT '{}',
    location TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    support_needed TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT ''
);
CREATE TABLE requests (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    details TEXT NOT NULL DEFAULT '',
    availability TEXT NOT NULL DEFAULT '{}',
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT ''
);
CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT ''
);
CREATE TABLE opportunities (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    organisation_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    schedule TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT ''
);
CREATE TABLE introductions (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    offer_id TEXT,
    request_id TEXT,
    opportunity_id TEXT,
    status TEXT NOT NULL DEFAULT '',
    accompanied_by TEXT,
    planned_on TEXT NOT NULL DEFAULT '',
    met_on TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    introduction_id TEXT,
    staff_id TEXT,
    due_on TEXT NOT NULL DEFAULT '',
    done_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE exchanges (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    giver_id TEXT NOT NULL DEFAULT '',
    receiver_id TEXT,
    organisation_id TEXT,
    offer_id TEXT,
    hours REAL NOT NULL DEFAULT 0,
    occurred_on TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE wellbeing (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT,
    recorded_on TEXT NOT NULL DEFAULT '',
    life_satisfaction INTEGER,
    worthwhile INTEGER,
    happiness INTEGER,
    anxiety INTEGER
);
CREATE TABLE attendance (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT,
    site TEXT NOT NULL DEFAULT '',
    checked_in_at TEXT NOT NULL DEFAULT '',
    checked_out_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE notes (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    field_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT,
    body TEXT NOT NULL DEFAULT ''
);

CREATE INDEX staff_team ON staff (team_id);
CREATE INDEX participants_team ON participants (team_id, status);
CREATE INDEX participants_linker ON participants (linker_id);
CREATE INDEX consents_participant ON consents (participant_id);
CREATE INDEX conversations_participant ON conversations (participant_id);
CREATE INDEX gifts_participant ON gifts (participant_id);
CREATE INDEX offers_participant ON offers (participant_id);
CREATE INDEX offers_status ON offers (status);
CREATE INDEX requests_participant ON requests (participant_id);
CREATE INDEX opportunities_organisation ON opportunities (organisation_id);
CREATE INDEX introductions_offer ON introductions (offer_id);
CREATE INDEX follow_ups_due ON follow_ups (due_on) WHERE done_on = '' AND deleted = 0;
CREATE INDEX follow_ups_participant ON follow_ups (participant_id);
CREATE INDEX exchanges_giver ON exchanges (giver_id);
CREATE INDEX wellbeing_participant ON wellbeing (participant_id);
CREATE INDEX attendance_participant ON attendance (participant_id);
CREATE INDEX notes_participant ON notes (participant_id);

-- Append-only record of who did what. Column names, never values: the log says that a
-- postcode changed, not what it changed to.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_id TEXT,
    device_id TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT NOT NULL DEFAULT '',
    row_id TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Per-field changes waiting to be pushed, written in the same transaction as the edit.
-- fields is JSON {column: base stamp}: the base is the clock the column had before this edit,
-- so a merge can tell a concurrent edit from a later one; {"*": null} is a new record. Values
-- are read from the row at push time (see desktop/store/records.py).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    fields TEXT NOT NULL
);
CREATE INDEX outbox_row ON outbox (tbl, row_id);

-- Organisation-wide settings that belong with the data (organisation name, branding, lock
-- time): they sync later with the organisation; device-local preferences live in QSettings.
CREATE TABLE vault_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
