"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb, pg_ctl, one database each.

    with Cluster.start() as cluster:
        url = cluster.new_database()     # postgresql://postgres@/db_1?host=<socket dir>&port=…

The cluster lives in a temporary folder and listens only on a Unix socket there (nothing on
the network). initdb refuses to run as root, and CI runs as root, so as root the server runs
as the `postgres` user that Debian's package creates (or `nobody`), and the folder is theirs.
The hub tests reach it through the `pg_cluster` (session) and `pg_url` (fresh database per
test) fixtures in tests/hub/conftest.py; benchmarks use `Cluster` directly.
"""

from __future__ import annotations

import glob
import itertools
import os
from pathlib import Path
import pwd
import shutil
import socket
import subprocess
import tempfile

# Fast and unsafe on a crash: right for a cluster that is thrown away after the run.
TEST_SETTINGS = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off")


def _bin(name: str) -> str:
    """A PostgreSQL program: Debian's versioned folder first (the newest), then PATH."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise RuntimeError(f"PostgreSQL's {name} was not found: install PostgreSQL "
                           "(Debian: apt-get install postgresql).")
    return on_path


def _runner() -> tuple[list[str], int | None, int | None]:
    """The command prefix that runs a server program, and the uid/gid to own its folder."""
    if os.geteuid() != 0:
        return [], None, None
    for user in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"], entry.pw_uid, entry.pw_gid
    raise RuntimeError("Running as root with no 'postgres' or 'nobody' user to run "
                       "PostgreSQL as.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, root: Path, port: int, durable: bool):
        self.root, self.port = root, port
        self.data, self.sockets = root / "data", root / "sockets"
        self._durable = durable
        self._names = itertools.count(1)
        self._prefix, uid, gid = _runner()
        self.sockets.mkdir()
        if uid is not None:
            for path in (root, self.sockets):
                os.chown(path, uid, gid)

    @classmethod
    def start(cls, *, durable: bool = False) -> Cluster:
        """A running cluster. durable=True keeps PostgreSQL's crash-safe defaults (fsync
        on), for benchmarks that compare with a real deployment."""
        root = Path(tempfile.mkdtemp(prefix="offerbook-pg-"))
        cluster = cls(root, _free_port(), durable)
        try:
            cluster._run(_bin("initdb"), "-D", str(cluster.data), "-U", "postgres",
                         "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync")
            options = f"-k {cluster.sockets} -p {cluster.port} -c listen_addresses=''"
            if not durable:
                options += " " + TEST_SETTINGS
            cluster._run(_bin("pg_ctl"), "-D", str(cluster.data), "-l",
                         str(root / "server.log"), "-o", options, "-w", "-t", "60", "start")
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return cluster

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._prefix, *command], capture_output=True, text=True,
                                timeout=120, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed:\n{result.stdout}\n"
                               f"{result.stderr}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.sockets}&port={self.port}"

    def new_database(self) -> str:
        """An empty database of its own; its URL."""
        import psycopg
        name = f"db_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
