"""The vault: SQLCipher connection, keyslots, migrations and repositories."""
