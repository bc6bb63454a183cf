"""schemathesis against the OpenAPI documents of API v3 and the search API with every check
(`--checks all`): generated requests, valid and malformed, never get a server error, valid ones
are accepted and invalid ones refused, and every status, header, content type and body is the
one the document states. A fixed seed and a bounded number of examples keep it repeatable and
under a minute per document."""

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.contract

ST = Path(sys.executable).with_name("st")
SCHEMAS = {
    "v3": "/api/v3/openapi.json",
    "search": "/api/search/openapi.json",
}


@pytest.mark.parametrize("name", SCHEMAS)
def test_no_server_errors_and_responses_match_the_schema(app_server, tmp_path, name):
    result = subprocess.run(
        [str(ST), "run", app_server.base_url + SCHEMAS[name], "--checks", "all",
         "--max-examples", "10", "--seed", "1", "--request-timeout", "20"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:]
    cases = result.stdout.split("Test cases:")[-1].strip().splitlines()[0]
    assert "generated" in cases and "passed" in cases and "failed" not in cases, cases
