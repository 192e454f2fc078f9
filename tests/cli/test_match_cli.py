"""`offerbook match` and `offerbook people --json`, run as a coordinator's script would."""

from datetime import date
import json
from pathlib import Path

import pytest

from desktop.core import models
from desktop.core.matching import KEEP, SHARE
from desktop.store.access import add_staff
from desktop.store.records import Records
from desktop.store.vault import Vault
from tests.cli.test_cli import offerbook
from tests.conftest import FAST_KDF, PASSPHRASE

LINKER = "north linker passphrase"
RECORDED = (date.today().replace(day=1)).isoformat()


def someone(records: Records, name: str, team: models.Team, *, share: bool,
            linker: models.Staff | None = None) -> models.Participant:
    person = records.add(models.Participant(
        full_name=f"{name} Example", preferred_name=name, team_id=team.id,
        linker_id=linker.id if linker else None, postcode="LS6 1AB", languages=["Polish"]))
    for purpose in (KEEP, SHARE) if share else (KEEP,):
        records.add(models.Consent(participant_id=person.id, purpose=purpose,
                                   recorded_on=RECORDED))
    return person


@pytest.fixture
def market(tmp_path: Path) -> dict:
    """A vault with one gardening offer and what it could match: in the offer's own team
    (one agreed to share, one not yet), in another team (one agreed, one not), a gardening
    group, and something that matches nothing."""
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, "Coordinator", PASSPHRASE, kdf=FAST_KDF)
    try:
        records = Records(vault)
        north, south = (records.add(models.Team(name=f"{n} linkers"))
                        for n in ("North", "South"))
        lin = add_staff(vault, "Lin Linker", LINKER, team_id=north.id, kdf=FAST_KDF)
        ana = someone(records, "Ana", north, share=True, linker=lin)
        offer = records.add(models.Offer(participant_id=ana.id, title="I can help in gardens",
                                         tags=["gardening"], status="agreed",
                                         availability={"sat": ["morning"]}))
        wanted = {}
        for name, team, share in (("Bea", north, True), ("Cai", north, False),
                                  ("Dov", south, True), ("Eli", south, False)):
            who = someone(records, name, team, share=share)
            wanted[name] = records.add(models.Request(
                participant_id=who.id, title=f"{name} wants a tidy garden",
                tags=["gardening"], status="open", availability={"sat": ["morning"]}))
        records.add(models.Request(participant_id=ana.id, title="Sewing lessons",
                                   tags=["sewing"], status="open"))
        org = records.add(models.Organisation(name="Hillside Growers"))
        group = records.add(models.Opportunity(organisation_id=org.id, title="Sunday gardeners",
                                               tags=["growing-food"], status="open",
                                               postcode="LS6 2CD"))
    finally:
        vault.close()
    return {"path": path, "offer": offer, "wanted": wanted, "group": group, "ana": ana,
            "north": north, "lin": lin}


def match(market: dict, *args: str, passphrase: str = PASSPHRASE):
    return offerbook("match", "--vault", str(market["path"]), *args, stdin=passphrase + "\n")


def test_a_linker_sees_ranked_matches_with_reasons_and_what_is_withheld(market):
    result = match(market, "--offer", market["offer"].id, passphrase=LINKER)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    wanted = market["wanted"]
    for name in ("Bea", "Cai", "Dov"):
        assert wanted[name].id in out
    assert wanted["Eli"].id not in out and "Eli" not in out  # another team, not agreed
    assert market["group"].id in out and "Hillside Growers" in out
    assert "Bea (North linkers)" in out and "Dov (South linkers)" in out
    assert "Cai" not in out.replace("Cai wants", "")  # their words shown, never their name
    assert "not named until they agree to share" in out
    assert "Why: Both free Saturday mornings · Both in LS6 · Both speak Polish · Gardening" in out
    assert out.strip().splitlines()[-1] == (
        "1 more would match if they agreed to share with organisations")
    # Best first: exact gift before a gift of the same family.
    assert out.index(wanted["Bea"].id) < out.index(market["group"].id)


def test_the_coordinator_sees_every_team_and_limit_counts_the_rest(market):
    result = match(market, "--offer", market["offer"].id, "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert "3 more matches; --limit shows more." in result.stdout
    assert "would match if they agreed" not in result.stdout


def test_json_is_one_object_per_match_then_a_summary(market):
    result = match(market, "--offer", market["offer"].id, "--json", passphrase=LINKER)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    matches, summary = lines[:-1], lines[-1]
    assert [m["rank"] for m in matches] == [1, 2, 3, 4]
    assert all(m["why"] and m["reasons"] and m["title"] for m in matches)
    by_id = {m["id"]: m for m in matches}
    cai = by_id[market["wanted"]["Cai"].id]
    assert cai["name"] is None and cai["consent_needed"][0]["purpose"] == SHARE
    assert by_id[market["wanted"]["Bea"].id]["name"] == "Bea"
    assert by_id[market["group"].id]["organisation"] == "Hillside Growers"
    assert summary["query"]["id"] == market["offer"].id
    assert summary["withheld"] == {SHARE: 1} and summary["more"] == 0
    assert summary["withheld_text"] == [
        "1 more would match if they agreed to share with organisations"]
    assert "Eli" not in result.stdout


def test_a_request_and_an_opportunity_find_offers(market):
    result = match(market, "--opportunity", market["group"].id, "--json")
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout.splitlines()[0])
    assert first["id"] == market["offer"].id and first["name"] == "Ana"
    result = match(market, "--request", market["wanted"]["Bea"].id)
    assert result.returncode == 0 and market["offer"].id in result.stdout


def test_an_unknown_id_is_one_plain_sentence_and_exit_1(market):
    for args in (("--offer", "no-such-id"), ("--request", market["offer"].id)):
        result = match(market, *args)
        assert result.returncode == 1
        assert result.stderr.startswith("offerbook: There is no ")
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_usage_errors_exit_2(market):
    assert match(market).returncode == 2  # which record?
    assert match(market, "--offer", "a", "--request", "b").returncode == 2
    assert match(market, "--offer", "a", "--limit", "0").returncode == 2


def test_people_json_gives_team_linker_and_each_offer_and_request(market):
    result = offerbook("people", "--vault", str(market["path"]), "--json",
                       stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    people = {p["id"]: p for p in map(json.loads, result.stdout.splitlines())}
    ana = people[market["ana"].id]
    assert ana["team"] == "North linkers" and ana["linker"] == "Lin Linker"
    assert ana["offers"] == [{"id": market["offer"].id, "title": "I can help in gardens",
                              "status": "agreed"}]
    assert [r["title"] for r in ana["requests"]] == ["Sewing lessons"]
    assert people[next(iter(people.keys() - {ana["id"]}))]["linker"] == ""
    text = offerbook("people", "--vault", str(market["path"]), stdin=PASSPHRASE + "\n")
    assert f"{ana['id']}  Ana Example (Ana)  offers: 1  requests: 1" in text.stdout
