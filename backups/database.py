"""The database part of a backup: pg_dump's custom format on PostgreSQL (restored with
pg_restore, so one archive moves between servers and versions), SQLite's online backup API on
the embedded database (a consistent copy while the site runs)."""

import os
import shutil
import sqlite3
import subprocess

from django.core.management.base import CommandError
from django.db import connection

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


def dump(target):
    """Writes the database to `target` (a path ending in dump_name())."""
    if connection.vendor == "postgresql":
        command, env = _postgres_command(
            "pg_dump", "--format=custom", f"--file={target}", connection.settings_dict["NAME"]
        )
        _run(command, env)
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
    else:
        raise CommandError(f"Geen back-up voor database {connection.vendor}.")


def is_empty():
    return not connection.introspection.table_names()


def restore(source):
    """Loads a dump into the configured, empty database."""
    name = os.path.basename(source)
    if connection.vendor == "postgresql" and name == POSTGRES_DUMP:
        command, env = _postgres_command(
            "pg_restore", "--exit-on-error", f"--dbname={connection.settings_dict['NAME']}", source
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
