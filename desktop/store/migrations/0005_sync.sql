-- 0005: sync bookkeeping (desktop/sync). Every table here is local to this device: none of
-- them syncs, and the organisation key in sync_state never leaves the encrypted vault.

-- Connection settings and progress, one JSON value per key: hub_url, org_id, device_token,
-- org_key (hex), key_id, role, teams, cursor, last_sync_at, last_error (desktop/sync/state.py).
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Who wrote each field, as last learnt through sync: a pulled change, or one of this device's
-- own once the hub took it. A field with no row here, or whose hlc is not the field's clock in
-- the record's field_hlc, was last written on this device and is still waiting in the outbox.
-- base_hlc is the clock the writer replaced: what tells a concurrent edit from a later one.
CREATE TABLE field_versions (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    base_hlc TEXT,
    PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;

-- Two edits of one field made without seeing each other: the value kept (the later clock)
-- and the other one, both as stored in the column, for a person to review. Never silently
-- dropped; resolving one is an ordinary edit, which syncs.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    kept_value TEXT,
    kept_hlc TEXT NOT NULL,
    kept_device TEXT NOT NULL,
    other_value TEXT,
    other_hlc TEXT NOT NULL,
    other_device TEXT NOT NULL,
    noticed_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT             -- 'kept', 'took-other' or 'dismissed'
);
-- The same pair met twice (a page pulled again, a bundle imported twice) is one conflict.
CREATE UNIQUE INDEX conflicts_pair
    ON conflicts (tbl, row_id, col, kept_hlc, kept_device, other_hlc, other_device);
CREATE INDEX conflicts_open ON conflicts (noticed_at) WHERE resolved_at IS NULL;
CREATE INDEX conflicts_row ON conflicts (tbl, row_id);

-- Every change merged here, by id: one that arrives again (a bundle's changes pulled from the
-- hub later, a bundle imported twice) is not merged twice. Merging it again could pair it with
-- values written since and report conflicts that were settled before it came back.
CREATE TABLE merged (
    change_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

-- Records erased here (the right to be forgotten): ids only. Any later change to one of them,
-- from the hub or a bundle, is ignored, so an offline laptop cannot bring it back.
CREATE TABLE erased (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    erased_at TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

-- Changes imported from another laptop's bundle, in their sealed wire form, waiting to be
-- forwarded to the hub (which answers "duplicate" if that laptop got there first).
CREATE TABLE relay (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    change TEXT NOT NULL
);
CREATE INDEX relay_row ON relay (tbl, row_id);

-- Erase changes waiting for the hub, in wire form (they carry no value).
CREATE TABLE erase_queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    change TEXT NOT NULL
);
