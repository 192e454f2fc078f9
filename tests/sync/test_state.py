"""Sync bookkeeping: the 0005 migration and the saved sync state."""

from desktop.store import migrations
from desktop.sync import state


def test_a_new_vault_has_the_sync_tables(vault):
    with vault.reading() as conn:
        assert "0005_sync" in migrations.applied(conn)
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sync_state", "field_versions", "conflicts", "erased", "relay",
            "erase_queue"} <= tables


def test_a_vault_that_never_synced_is_not_connected(vault):
    loaded = state.load(vault)
    assert not loaded.connected and loaded.cursor == 0 and loaded.keys() == {}


def test_state_round_trips_and_never_shows_its_secrets(vault):
    saved = state.SyncState(hub_url="https://hub.example.org", org_id="org-1",
                            device_token="secret-token", org_key=bytes(range(32)),
                            key_id="k1", role="linker", teams=["team-a"], cursor=7)
    state.save(vault, saved)
    loaded = state.load(vault)
    assert loaded == saved and loaded.connected
    assert loaded.keys() == {"k1": bytes(range(32))}
    assert "secret-token" not in repr(loaded) and bytes(range(32)).hex() not in repr(loaded)
    state.put(vault, cursor=9, last_error="No connection.")
    assert state.load(vault).cursor == 9 and state.load(vault).teams == ["team-a"]
