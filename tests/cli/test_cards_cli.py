"""`offerbook cards`, run as a real subprocess: exit codes, messages, and no personal data on
stdout or stderr (counts and the file's path only)."""

from pathlib import Path

import pytest

from desktop.core import models
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cards.card_people import NEVER_PRINTED, TEAM, fill
from tests.cards.pdf_read import all_text, reader
from tests.cli.test_cli import offerbook
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="module")
def card_vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("cards") / "vault"
    vault, _ = Vault.create(path, "Coordinator", PASSPHRASE, organisation="Hillside Linkers",
                            kdf=FAST_KDF)
    known = fill(vault, people=30)
    records = Records(vault)
    # Every name and contact detail in the vault: none may reach the terminal.
    private = set()
    for person in records.find(models.Participant):
        private |= {person.full_name, person.preferred_name, person.phone, person.address}
    vault.close()
    return path, known, {value for value in private if value}


def cards(vault: Path, *args: str, stdin: str = PASSPHRASE + "\n"):
    return offerbook("cards", "--vault", str(vault), *args, stdin=stdin)


def _no_personal_data(result, private: set[str]) -> None:
    output = result.stdout + result.stderr
    for value in private:
        assert value not in output
    assert "Traceback" not in output


def test_an_event_pack_says_how_many_cards_and_how_many_left_out(card_vault, tmp_path):
    path, known, private = card_vault
    out = tmp_path / "pack.pdf"
    result = cards(path, "--team", TEAM, "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Wrote an event pack with ") and lines[0].endswith(
        f"cards to {out}.")
    assert lines[1].startswith("Left out ") and "have not agreed" in lines[1]
    _no_personal_data(result, private)
    text = all_text([out.read_bytes()])
    assert "Perry" in text
    for word in NEVER_PRINTED:
        assert word not in text
    assert out.stat().st_mode & 0o077 == 0  # names inside: owner-only, like the vault


def test_one_persons_cards_on_an_a6_sheet_in_large_print(card_vault, tmp_path):
    path, known, private = card_vault
    out = tmp_path / "barty.pdf"
    result = cards(path, "--participant", known.barty, "--out", str(out), "--sheet", "a6",
                   "--large-print")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 1 card to {out}.\n"
    _no_personal_data(result, private)
    page = reader(out.read_bytes()).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 105


def test_the_summary(card_vault, tmp_path):
    path, known, private = card_vault
    out = tmp_path / "summary.pdf"
    result = cards(path, "--participant", known.perry, "--summary", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote the participant summary to {out}.\n"
    assert "Forty years mending sails" in all_text([out.read_bytes()])


@pytest.mark.parametrize("args, message", [
    (("--participant", "WILHELMINA",), "not agreed to a printed card"),
    (("--offer", "PERRY_DRAFT"), "This offer is draft"),
    (("--offer", "0190-no-such-offer"), "no longer exists"),
    (("--team", "Atlantis"), "no team or area called 'Atlantis'"),
    (("--all", "--lang", "xx"), 'cannot be printed in the language "xx"'),
])
def test_expected_problems_are_one_sentence_and_exit_1_with_no_file(card_vault, tmp_path,
                                                                     args, message):
    path, known, private = card_vault
    ids = {"WILHELMINA": known.wilhelmina, "PERRY_DRAFT": known.perry_draft}
    out = tmp_path / "nothing.pdf"
    result = cards(path, *(ids.get(arg, arg) for arg in args), "--out", str(out))
    assert result.returncode == 1
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == "" and not out.exists()
    _no_personal_data(result, private)


def test_a_missing_folder_or_a_wrong_passphrase_exit_1(card_vault, tmp_path):
    path, _, _ = card_vault
    result = cards(path, "--all", "--out", str(tmp_path / "no" / "such" / "pack.pdf"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    result = cards(path, "--all", "--out", str(tmp_path / "pack.pdf"),
                   stdin="not the passphrase\n")
    assert result.returncode == 1 and not (tmp_path / "pack.pdf").exists()


@pytest.mark.parametrize("args", [
    ("--all", "--summary"),
    ("--all", "--team", TEAM),
    ("--sheet", "a5", "--all"),
    (),
])
def test_usage_errors_exit_2(card_vault, tmp_path, args):
    path, _, _ = card_vault
    result = cards(path, *args, "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2, result.stderr
    assert "usage: offerbook cards" in result.stderr
