"""A client generated from /api/v3/openapi.json knows every block of a guide's body: the
TypeScript types from openapi-typescript 7 type-check a small client (tests/api/typescript/
client.ts) that switches on the block types, and the same client fails against a document
whose body is `unknown[]`."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

CLIENT_DIR = Path(__file__).resolve().parent / "typescript"
BIN = CLIENT_DIR / "node_modules" / ".bin"

pytestmark = pytest.mark.django_db


@pytest.fixture
def openapi(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def type_check(document, folder):
    """Generate schema.d.ts from `document` next to the client and run tsc on both."""
    if not (BIN / "openapi-typescript").exists() or not shutil.which("node"):
        pytest.fail("run `make api-client-deps` first: Node.js and the npm packages are needed")
    for name in ("client.ts", "tsconfig.json"):
        shutil.copy(CLIENT_DIR / name, folder / name)
    (folder / "openapi.json").write_text(json.dumps(document))
    generate = subprocess.run(
        [BIN / "openapi-typescript", "openapi.json", "-o", "schema.d.ts"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert generate.returncode == 0, generate.stderr[-2000:]
    return subprocess.run(
        [BIN / "tsc", "-p", "tsconfig.json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_generated_types_know_every_block(openapi, tmp_path):
    result = type_check(openapi, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    generated = (tmp_path / "schema.d.ts").read_text()
    assert 'type: "steps";' in generated and 'type: "faq";' in generated


def test_the_client_does_not_type_check_against_an_untyped_body(openapi, tmp_path):
    guide = openapi["components"]["schemas"]["GuidePageSchema"]
    guide["properties"]["body"] = {"type": "array", "items": {}, "default": []}
    result = type_check(openapi, tmp_path)
    assert result.returncode != 0
    assert "'block' is of type 'unknown'" in result.stdout
