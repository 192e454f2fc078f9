"""A writer process for the crash-safety and fault tests (run as a script, never imported).

    python crash_writer.py write  VAULT_DIR SEED key|passphrase   (secret on stdin)
    python crash_writer.py hold   VAULT_DIR                       (data key hex on stdin)
    python crash_writer.py fill   VAULT_DIR FSIZE_LIMIT           (data key hex on stdin)
    python crash_writer.py create-as-nobody BASE_DIR             (passphrase on stdin)

Every line written to stdout is one JSON object, written with a single write and flushed, so
the parent can use the pipe as its only synchronisation point:

- `write` loops over random record writes. Before each transaction it prints
  {"phase": "begin", ...op} and after the transaction has COMMITTED {"phase": "commit", ...op},
  where op names the table, the record id and what was done (with the values as stored). It
  runs until it is killed.
- `hold` opens the vault, prints {"phase": "open"} and waits for stdin to close.
- `fill` caps the size of any file it writes (RLIMIT_FSIZE, SIGXFSZ ignored, so writes fail
  with EFBIG), then adds participants until the vault refuses, and prints what was refused.
- `create-as-nobody` drops root privileges (when it has them) and tries to create or open
  vaults in folders it may read but not write.
"""

import json
import os
from pathlib import Path
import random
import resource
import signal
import sys

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core import models, validation  # noqa: E402
from desktop.core.errors import OfferbookError, StorageError  # noqa: E402
from desktop.core.ids import new_id  # noqa: E402
import desktop.store.backup  # noqa: E402,F401  (imported before privileges are dropped)
from desktop.store.keyslots import KdfPolicy  # noqa: E402
from desktop.store.records import Records  # noqa: E402
from desktop.store.vault import Vault  # noqa: E402

# Names in several scripts, all NFC already, so what is stored is exactly what was typed.
NAMES = (
    "Zoë Ólafsdóttir", "Siân Llywelyn", "محمد الأحمد", "Анна Кузнецова", "王秀英",
    "राजेश कुमार", "Γιώργος Παπαδόπουλος", "שרה כהן", "Nguyễn Thị Hoa", "İbrahim Çelik",
    "José Muñoz-García", "Ṣàngó Adébáyọ̀", "김민준", "ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "Łukasz Wróbel",
    "O'Sullivan, Aoife", "Mary-Jane \"MJ\" Smith", "Robert'); DROP TABLE participants;--",
)
PREFERRED = ("", "Zo", "Mo", "Ania", "Xiu", "Raj", "Yorgos", "Sarah", "Hoa", "Bob")
POSTCODES = ("LS6 2AB", "ls62ab", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX",
             "EC1A 1BB", "  cf10 1aa ", "")
LANGUAGES = ("English", "Welsh", "Arabic", "Urdu", "Polish", "Cantonese", "Punjabi", "BSL")
GIFT_WORDS = ("Makes the best jollof in Leeds", "يحب البستنة", "Чинит велосипеды",
              "會修理縫紉機", "बच्चों को पढ़ाती है", "Knows every bus route 🚌",
              "Listens without judging", "Plays the oud at weddings")


def emit(**line: object) -> None:
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _open(directory: Path, auth: str, secret: str) -> Vault:
    if auth == "passphrase":
        return Vault.unlock(directory, secret)
    return Vault.open_with_key(directory, bytes.fromhex(secret))


# ---- write: random commits until killed ---------------------------------------------------

def write(directory: Path, seed: int, auth: str) -> None:
    rng = random.Random(seed)
    vault = _open(directory, auth, sys.stdin.readline().strip())
    records = Records(vault)
    people = [p.id for p in records.find(models.Participant)]
    gifts = [g.id for g in records.find(models.Gift)]
    emit(phase="open", people=len(people), gifts=len(gifts))
    ops = ("participant",) * 4 + ("gift",) * 3 + ("postcode",) * 3 + ("delete",) + ("pair",)
    while True:
        op = rng.choice(ops) if people else "participant"
        if op == "participant" or op == "pair":
            person = _participant(rng)
            batch: list[models.Record] = [person]
            if op == "pair":  # two tables in one transaction: both land or neither
                batch.append(_gift(rng, person.id))
            for record in batch:
                validation.validate(record)
            line = {"op": "add", "rows": [[type(r).TABLE, r.id, r.data()] for r in batch]}
            emit(phase="begin", **line)
            records.add_many(batch)
            people.append(person.id)
            gifts.extend(r.id for r in batch[1:])
        elif op == "gift":
            gift = validation.validate(_gift(rng, rng.choice(people)))
            line = {"op": "add", "rows": [["gifts", gift.id, gift.data()]]}
            emit(phase="begin", **line)
            records.add(gift)
            gifts.append(gift.id)
        elif op == "postcode":
            row_id = rng.choice(people)
            postcode = rng.choice(POSTCODES)
            line = {"op": "update", "table": "participants", "id": row_id,
                    "fields": {"postcode": validation.normalise_postcode(postcode.strip())}}
            emit(phase="begin", **line)
            updated = records.update(models.Participant, row_id, postcode=postcode)
            line["fields"] = {"postcode": updated.postcode}
        else:
            table, pool = ("gifts", gifts) if gifts and rng.random() < 0.5 else (
                "participants", people)
            row_id = pool.pop(rng.randrange(len(pool)))
            line = {"op": "delete", "table": table, "id": row_id}
            emit(phase="begin", **line)
            records.delete(models.RECORD_BY_TABLE[table], row_id)
        emit(phase="commit", **line)


def _participant(rng: random.Random) -> models.Participant:
    return models.Participant(
        id=new_id(), full_name=f"{rng.choice(NAMES)} {rng.randrange(10_000)}",
        preferred_name=rng.choice(PREFERRED), postcode=rng.choice(POSTCODES),
        languages=rng.sample(LANGUAGES, rng.randrange(4)),
        phone=f"07700 {rng.randrange(900_000, 999_999)}")


def _gift(rng: random.Random, person_id: str) -> models.Gift:
    return models.Gift(id=new_id(), participant_id=person_id,
                       kind=rng.choice(models.GIFT_KINDS), own_words=rng.choice(GIFT_WORDS),
                       tag=rng.choice(("", "cooking", "gardening", "music", "repairs")))


# ---- hold: keep the vault open until killed ------------------------------------------------

def hold(directory: Path) -> None:
    vault = Vault.open_with_key(directory, bytes.fromhex(sys.stdin.readline().strip()))
    emit(phase="open", device_id=vault.device_id)
    sys.stdin.read()  # until the parent closes stdin or kills us
    vault.close()


# ---- fill: write until the disk refuses ----------------------------------------------------

def fill(directory: Path, limit: int) -> None:
    key = bytes.fromhex(sys.stdin.readline().strip())
    vault = Vault.open_with_key(directory, key)
    records = Records(vault)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so write() fails with EFBIG instead
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    emit(phase="limited", limit=limit)
    for number in range(1000):
        person = models.Participant(
            id=new_id(), full_name=f"Ffion Ωmega-Llewellyn {number}", postcode="SA1 1AA",
            address=f"Flat {number}, Tŷ Gwyn, " + "Heol y Castell " * 2_500)
        emit(phase="begin", id=person.id)
        try:
            records.add(person)
        except StorageError as error:
            emit(phase="refused", id=person.id, error=type(error).__name__, message=str(error))
            break
        emit(phase="commit", id=person.id, full_name=person.full_name, address=person.address)
    else:
        emit(phase="never-refused")
    try:  # a small write may or may not fit; either way it must fail plainly or succeed
        person = models.Participant(id=new_id(), full_name="Bryn Ωmega-Small", postcode="SA2 2AA")
        emit(phase="begin", id=person.id)
        records.add(person)
        emit(phase="commit", id=person.id, full_name=person.full_name, address="")
    except StorageError as error:
        emit(phase="refused", id=person.id, error=type(error).__name__, message=str(error))
    vault.close()
    emit(phase="closed")
    # Still "full": the vault must open, or refuse plainly as a storage problem, but never
    # call itself damaged because a write was cut short.
    try:
        Vault.open_with_key(directory, key).close()
        emit(phase="reopened-while-full", outcome="opened")
    except OfferbookError as error:
        emit(phase="reopened-while-full", outcome=type(error).__name__, message=str(error))


# ---- create-as-nobody: a folder this user may read but not write ---------------------------

def create_as_nobody(base: Path) -> None:
    fast = KdfPolicy(memory_kib=8 * 1024, fixed_time_cost=1)  # as tests/conftest.py FAST_KDF
    passphrase = sys.stdin.readline().strip()
    if os.geteuid() == 0:  # root ignores folder permissions: become 'nobody' to feel them
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    emit(phase="dropped", uid=os.getuid(), euid=os.geteuid())
    for name, target in (("new-subfolder", base / "readonly" / "vault"),
                         ("existing-folder", base / "readonly"),
                         ("existing-vault", base / "vault")):
        try:
            if name == "existing-vault":
                vault = Vault.unlock(target, passphrase)
            else:
                vault, _ = Vault.create(target, "Nia Nobody", passphrase, kdf=fast)
            vault.close()
            emit(phase="result", case=name, outcome="opened")
        except OfferbookError as error:
            emit(phase="result", case=name, outcome="refused", error=type(error).__name__,
                 message=str(error))
        except Exception as error:  # noqa: BLE001 - the test wants to see anything unplain
            emit(phase="result", case=name, outcome="crashed", error=type(error).__name__,
                 message=str(error))


def main(argv: list[str]) -> None:
    mode, directory = argv[1], Path(argv[2])
    if mode == "write":
        write(directory, int(argv[3]), argv[4])
    elif mode == "hold":
        hold(directory)
    elif mode == "fill":
        fill(directory, int(argv[3]))
    elif mode == "create-as-nobody":
        create_as_nobody(directory)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv)
