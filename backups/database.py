"""The database part of a backup: pg_dump's custom format on PostgreSQL (restored with
pg_restore, so one archive moves between servers and versions), a consistent SQL copy of the
embedded database."""

import os
import shutil
import sqlite3
import subprocess

from django.core.management.base import CommandError
from django.db import connection, transaction

POSTGRES_DUMP = "database.pgdump"
SQLITE_DUMP = "database.sqlite3"


def dump_name():
    return POSTGRES_DUMP if connection.vendor == "postgresql" else SQLITE_DUMP


def _postgres_command(program, *args):
    settings = connection.settings_dict
    if shutil.which(program) is None:
        raise CommandError(f"{program} ontbreekt: installeer postgresql-client.")
    env = {**os.environ, "PGPASSWORD": str(settings.get("PASSWORD") or "")}
    command = [program, "--no-owner", "--no-privileges", *args]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            command += [flag, str(settings[key])]
    return command, env


def _run(command, env=None):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{command[0]} faalde: {result.stderr.strip()[-2000:]}")


def _copy_sqlite(source, target):
    """Schema and rows through SQL, in the caller's transaction (one snapshot). Not SQLite's
    backup API: it waits forever on a database its own connection holds in a write
    transaction. A full-text table is created anew without its rows, which are the search
    index that restore_site rebuilds; its shadow tables come with it."""
    objects = source.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [name for kind, name, sql in objects if sql.upper().startswith("CREATE VIRTUAL")]

    def shadow(name):
        return any(name.startswith(f"{table}_") for table in virtual)

    tables = [
        name for kind, name, sql in objects
        if kind == "table" and name not in virtual and not shadow(name)
        and not name.startswith("sqlite_")
    ]  # fmt: skip
    with sqlite3.connect(target) as copy:
        copy.execute("PRAGMA foreign_keys = OFF")
        for kind, name, sql in objects:
            if kind == "table" and not shadow(name) and not name.startswith("sqlite_"):
                copy.execute(sql)
        for name in tables:
            cursor = source.execute(f'SELECT * FROM "{name}"')
            columns = len(cursor.description)
            copy.executemany(
                f'INSERT INTO "{name}" VALUES ({", ".join("?" * columns)})', cursor.fetchall()
            )
        if any(name == "sqlite_sequence" for _kind, name, _sql in objects):
            copy.executemany(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                source.execute("SELECT name, seq FROM sqlite_sequence").fetchall(),
            )
        for kind, name, sql in objects:
            if kind in ("index", "trigger", "view") and not shadow(name):
                copy.execute(sql)


def dump(target):
    """Writes the database to `target` (a path ending in dump_name())."""
    if connection.vendor == "postgresql":
        command, env = _postgres_command(
            "pg_dump", "--format=custom", f"--file={target}", connection.settings_dict["NAME"]
        )
        _run(command, env)
    elif connection.vendor == "sqlite":
        with transaction.atomic():
            _copy_sqlite(connection.connection, target)
    else:
        raise CommandError(f"Geen back-up voor database {connection.vendor}.")


def is_empty():
    return not connection.introspection.table_names()


def restore(source):
    """Loads a dump into the configured, empty database."""
    name = os.path.basename(source)
    if connection.vendor == "postgresql" and name == POSTGRES_DUMP:
        command, env = _postgres_command(
            "pg_restore",
            "--exit-on-error",
            "--no-comments",
            f"--dbname={connection.settings_dict['NAME']}",
            source,
        )
        connection.close()
        _run(command, env)
    elif connection.vendor == "sqlite" and name == SQLITE_DUMP:
        connection.ensure_connection()
        with sqlite3.connect(source) as copy:
            copy.backup(connection.connection)
    else:
        raise CommandError(
            f"Deze back-up ({name}) past niet bij de ingestelde database ({connection.vendor})."
        )
