"""scripts/spec_diff.py, run as a subprocess on variants of the published spec and on tiny specs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._paths import PUBLISHED_SPEC, SCRIPTS, load_yaml

SCRIPT = SCRIPTS / "spec_diff.py"
PUBLISHED = PUBLISHED_SPEC
EMPLOYEES = "/api/2026-07-01/resources/employees/employees"

Spec = dict[str, Any]


def run(old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), str(old), str(new)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def write(path: Path, spec: Spec) -> Path:
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published spec as JSON: loaded from YAML once, then quick to load in every run."""
    if not PUBLISHED.exists():
        pytest.skip(f"published spec not found at {PUBLISHED} (reference data outside the repo)")
    spec = load_yaml(PUBLISHED)
    path = tmp_path_factory.mktemp("published") / "factorial-2026-07-01.json"
    path.write_text(json.dumps(spec, default=str), encoding="utf-8")
    return path


@pytest.fixture
def spec(published: Path) -> Spec:
    """A fresh copy of the published spec for a test to change."""
    loaded: Spec = json.loads(published.read_text(encoding="utf-8"))
    return loaded


def lines_with(output: str, *words: str) -> list[str]:
    return [line for line in output.splitlines() if all(word in line for word in words)]


def test_identical_spec_has_no_changes(published: Path) -> None:
    result = run(published, published)

    assert (result.returncode, result.stdout, result.stderr) == (0, "no changes\n", "")


def test_version_date_in_paths_is_ignored(published: Path, spec: Spec, tmp_path: Path) -> None:
    spec["paths"] = {
        path.replace("/api/2026-07-01/", "/api/2026-10-01/"): item
        for path, item in spec["paths"].items()
    }

    result = run(published, write(tmp_path / "new.json", spec))

    assert (result.returncode, result.stdout) == (0, "no changes\n")


def test_removed_operation_is_breaking(published: Path, spec: Spec, tmp_path: Path) -> None:
    del spec["paths"][EMPLOYEES]["get"]

    result = run(published, write(tmp_path / "new.json", spec))

    assert result.returncode == 1
    assert lines_with(result.stdout, "BREAKING", "GET /resources/employees/employees:", "removed")
    assert result.stdout.endswith("1 changes, 1 breaking\n")


def test_retyped_response_property_is_breaking(published: Path, spec: Spec, tmp_path: Path) -> None:
    spec["components"]["schemas"]["employees_employee"]["properties"]["first_name"] = {
        "type": "integer"
    }

    result = run(published, write(tmp_path / "new.json", spec))

    assert result.returncode == 1
    assert lines_with(
        result.stdout,
        "BREAKING",
        "GET /resources/employees/employees:",
        "`data[].first_name` retyped string -> integer",
    )


def test_new_required_parameter_is_breaking(published: Path, spec: Spec, tmp_path: Path) -> None:
    parameter = {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    spec["paths"][EMPLOYEES]["get"]["parameters"].append(parameter)

    result = run(published, write(tmp_path / "new.json", spec))

    assert result.returncode == 1
    assert lines_with(result.stdout, "BREAKING", "query parameter `region` added")


def test_additions_are_reported_but_not_breaking(
    published: Path, spec: Spec, tmp_path: Path
) -> None:
    operation = spec["paths"][EMPLOYEES]["get"]
    operation["parameters"].append({"name": "region", "in": "query", "schema": {"type": "string"}})
    spec["paths"][EMPLOYEES + "/archived"] = {"get": operation}
    employee = spec["components"]["schemas"]["employees_employee"]["properties"]
    assert "favourite_colour" not in employee
    employee["favourite_colour"] = {"type": "string"}

    result = run(published, write(tmp_path / "new.json", spec))

    assert result.returncode == 0, result.stdout
    assert lines_with(result.stdout, "GET /resources/employees/employees:", "`region` added")
    assert lines_with(result.stdout, "GET /resources/employees/employees/archived:", "added")
    assert lines_with(
        result.stdout, "GET /resources/employees/employees:", "`data[].favourite_colour` added"
    )
    assert "BREAKING" not in result.stdout
    assert result.stdout.endswith(", 0 breaking\n")


def tiny_spec(
    response: Spec,
    *,
    request: Spec | None = None,
    parameters: list[Spec] | None = None,
    schemas: Spec | None = None,
) -> Spec:
    """One POST operation whose 200 response holds `response` under `data`."""
    operation: Spec = {
        "parameters": parameters or [],
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {
                        "schema": {"type": "object", "properties": {"data": response}}
                    }
                },
            }
        },
    }
    if request is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": request}},
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "paths": {"/api/2026-07-01/resources/things/things": {"post": operation}},
        "components": {"schemas": schemas or {}},
    }


def run_tiny(tmp_path: Path, old: Spec, new: Spec) -> subprocess.CompletedProcess[str]:
    return run(write(tmp_path / "old.json", old), write(tmp_path / "new.json", new))


def test_recursive_schema_is_compared_without_looping(tmp_path: Path) -> None:
    def node(name_type: str) -> Spec:
        children = {"type": "array", "items": {"$ref": "#/components/schemas/node"}}
        properties = {"name": {"type": name_type}, "children": children}
        return {"node": {"type": "object", "properties": properties}}

    ref = {"$ref": "#/components/schemas/node"}
    old, new = tiny_spec(ref, schemas=node("string")), tiny_spec(ref, schemas=node("integer"))

    result = run_tiny(tmp_path, old, new)

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "BREAKING POST /resources/things/things: response `data.name` retyped string -> integer",
        "1 changes, 1 breaking",
    ]


def test_request_body_changes(tmp_path: Path) -> None:
    def body(required: list[str], enum: list[str], extra: str) -> Spec:
        properties = {"a": {"type": "string"}, "b": {"type": "string", "enum": enum}}
        properties[extra] = {"type": "string"}
        return {"type": "object", "required": required, "properties": properties}

    old = tiny_spec({}, request=body(["a"], ["x", "y"], extra="c"))
    new = tiny_spec({}, request=body(["a", "b"], ["y", "z"], extra="d"))

    result = run_tiny(tmp_path, old, new)

    assert result.returncode == 1
    operation = "POST /resources/things/things"
    assert result.stdout.splitlines() == [
        f"BREAKING {operation}: request body `b` now required",
        f'BREAKING {operation}: request body `b` enum values removed: "x"',
        f'         {operation}: request body `b` enum values added: "z"',
        f"BREAKING {operation}: request body `c` removed",
        f"         {operation}: request body `d` added",
        "5 changes, 3 breaking",
    ]


def test_parameter_changes_and_removed_subtrees_are_reported_once(tmp_path: Path) -> None:
    ids = {"name": "ids[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
    address = {"type": "object", "properties": {"city": {"type": "string"}}}
    old = tiny_spec(
        {"type": "object", "properties": {"address": address}},
        parameters=[ids, {"name": "only_active", "in": "query", "schema": {"type": "boolean"}}],
    )
    new = tiny_spec(
        {"type": "object", "properties": {}},
        parameters=[
            {"name": "only_active", "in": "query", "required": True, "schema": {"type": "boolean"}}
        ],
    )

    result = run_tiny(tmp_path, old, new)

    assert result.returncode == 1
    operation = "POST /resources/things/things"
    assert result.stdout.splitlines() == [
        f"BREAKING {operation}: query parameter `ids[]` removed",
        f"BREAKING {operation}: query parameter `only_active` now required",
        f"BREAKING {operation}: response `data.address` removed",
        "3 changes, 3 breaking",
    ]


def test_yaml_with_integer_status_codes(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(
        "openapi: 3.0.3\n"
        "info: {title: tiny, version: '1'}\n"
        "paths:\n"
        "  /api/2026-07-01/resources/things/things:\n"
        "    get:\n"
        "      responses:\n"
        "        200:\n"
        "          description: OK\n"
        "          content:\n"
        "            application/json:\n"
        "              schema: {type: object, properties: {id: {type: integer}}}\n",
        encoding="utf-8",
    )
    new = yaml.safe_load(old.read_text(encoding="utf-8"))
    new["paths"]["/api/2026-10-01/resources/things/things"] = new["paths"].popitem()[1]
    responses = new["paths"]["/api/2026-10-01/resources/things/things"]["get"]["responses"]
    responses["201"] = responses.pop(200)
    responses["201"]["content"]["application/json"]["schema"]["properties"]["id"]["type"] = "string"

    result = run(old, write(tmp_path / "new.json", new))

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "BREAKING GET /resources/things/things: response `id` retyped integer -> string",
        "1 changes, 1 breaking",
    ]


@pytest.mark.parametrize(
    ("name", "content", "complaint"),
    [
        ("missing.yaml", None, "cannot read"),
        ("broken.yaml", "openapi: [3.1\n", "not valid YAML"),
        ("broken.json", '{"openapi": }', "not valid JSON"),
        ("swagger.json", '{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3 document"),
    ],
)
def test_bad_input_is_one_line_error(
    tmp_path: Path, name: str, content: str | None, complaint: str
) -> None:
    good = write(tmp_path / "good.json", tiny_spec({}))
    bad = tmp_path / name
    if content is not None:
        bad.write_text(content, encoding="utf-8")

    result = run(good, bad)

    assert (result.returncode, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1
    assert complaint in result.stderr
    assert name in result.stderr
