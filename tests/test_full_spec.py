"""The generator holds up on Factorial's whole published spec, not only on our openapi.yaml.

The published spec is reference data kept outside the repo: it is read at run time and every test
that needs it skips without it. The package generated from it is imported as `factorial_full`,
since the installed `factorial_api` (generated from openapi.yaml) already has the usual name.
"""

from __future__ import annotations

import copy
import enum
import importlib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import factorial_api.webhooks
import pytest
from normalize import operation_name, operations, tag_webhooks

from tests._paths import PUBLISHED_SPEC, ROOT, SCRIPTS, load_yaml

REGENERATE = SCRIPTS / "regenerate.py"
COMPONENTS = "#/components/schemas/"
MISSING = f"Factorial's published spec is not at {PUBLISHED_SPEC} (../shared)"
DATE, LATER = "2026-07-01", "2026-10-01"
FULL = "factorial_full"
UNLISTED = "zz_not_in_the_spec"
CHALLENGE = "challenge-0f8e"
CHALLENGE_HEADER = "x-factorial-wh-challenge"
# Bounds the wait on one regeneration (about 20 s) so a hung generator fails the run instead.
REGENERATION_TIMEOUT = 300

Spec = dict[str, Any]
Schema = dict[str, Any]


OURS = load_yaml(ROOT / "openapi.yaml")
PUBLISHED = load_yaml(PUBLISHED_SPEC) if PUBLISHED_SPEC.is_file() else None


# Payloads built from a spec.

FILLERS: dict[str, Any] = {"string": "text", "integer": 7, "number": 2.5, "boolean": True}


def resolve(spec: Spec, schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].removeprefix(COMPONENTS)]
    return schema


def example_payload(spec: Spec, schema: Schema) -> dict[str, Any]:
    """The spec's property examples; required keys without one get a plain value of their type."""
    schema = resolve(spec, schema)
    required = set(schema.get("required", ()))
    payload: dict[str, Any] = {}
    for key, prop in schema.get("properties", {}).items():
        prop = resolve(spec, prop)
        if "example" in prop:
            payload[key] = prop["example"]
        elif "properties" in prop:
            nested = example_payload(spec, prop)
            if nested or key in required:
                payload[key] = nested
        elif key in required:
            payload[key] = _filler(prop)
    return payload


def _filler(prop: Schema) -> Any:
    if "enum" in prop:
        return next(value for value in prop["enum"] if value is not None)
    if prop.get("type") == "array":
        return []
    if prop.get("type") == "object":
        return {}
    return FILLERS.get(prop.get("type", ""), "text")


def webhook_schemas(spec: Spec) -> dict[str, str]:
    """Subscription type -> name of the component schema its deliveries carry."""
    tagged = {"webhooks": copy.deepcopy(spec.get("webhooks", {}))}
    tag_webhooks(tagged)
    schemas = {}
    for item in tagged["webhooks"].values():
        for operation in item.values():
            ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            schemas[operation["x-subscription-type"]] = ref.removeprefix(COMPONENTS)
    return schemas


# Parameters, taken from the published spec when it is there.


def _params(values: list[Any]) -> list[Any]:
    """The values to run a test for, or one skipped case that says why there are none."""
    if PUBLISHED is None:
        return [pytest.param(None, marks=pytest.mark.skip(reason=MISSING))]
    return values


def _enum_cases(spec: Spec) -> list[Any]:
    return [
        pytest.param((name, key), id=f"{name}.{key}")
        for name, schema in spec["components"]["schemas"].items()
        for key, prop in schema.get("properties", {}).items()
        if "enum" in prop
    ]


SCHEMAS = _params(sorted(PUBLISHED["components"]["schemas"]) if PUBLISHED else [])
ENUM_PROPERTIES = _params(_enum_cases(PUBLISHED) if PUBLISHED else [])
WEBHOOKS = _params(
    [pytest.param(item, id=item[0]) for item in sorted(webhook_schemas(PUBLISHED).items())]
    if PUBLISHED
    else []
)


# The package generated from the published spec, and from a copy re-dated to the next quarter.


@attrs.frozen
class Regeneration:
    returncode: int
    stdout: str
    stderr: str
    package: Path


def _redate(text: str) -> str:
    text = text.replace(f"/api/{DATE}/", f"/api/{LATER}/")
    text, count = re.subn(
        rf"^  version: '{DATE}'$", f"  version: '{LATER}'", text, count=1, flags=re.MULTILINE
    )
    if count != 1:
        raise ValueError(f"the published spec has no info.version line '{DATE}' to re-date")
    return text


@pytest.fixture(scope="module")
def regenerations(tmp_path_factory: pytest.TempPathFactory) -> tuple[Regeneration, Regeneration]:
    """The published spec and its re-dated copy, generated side by side in subprocesses."""
    if PUBLISHED is None:
        pytest.skip(MISSING)
    if importlib.util.find_spec("openapi_python_client") is None:
        pytest.skip("openapi-python-client is not installed (it needs Python >= 3.11)")
    work = tmp_path_factory.mktemp("regenerated")
    redated = work / "redated.yaml"
    redated.write_text(_redate(PUBLISHED_SPEC.read_text(encoding="utf-8")), encoding="utf-8")
    jobs = [(PUBLISHED_SPEC, work / "published"), (redated, work / "redated")]
    processes = [
        subprocess.Popen(
            [sys.executable, str(REGENERATE), "--spec", str(spec), "--output", str(output)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for spec, output in jobs
    ]
    try:
        results = []
        for process, (_, output) in zip(processes, jobs, strict=True):
            stdout, stderr = process.communicate(timeout=REGENERATION_TIMEOUT)
            results.append(
                Regeneration(process.returncode, stdout, stderr, output / "factorial_api")
            )
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    return results[0], results[1]


def _succeeded(run: Regeneration) -> Path:
    if run.returncode != 0:
        pytest.fail(f"regeneration failed ({run.returncode}): {run.stderr.strip()[-2000:]}")
    return run.package


@pytest.fixture(scope="module")
def full_package(regenerations: tuple[Regeneration, Regeneration]) -> Path:
    return _succeeded(regenerations[0])


@pytest.fixture(scope="module")
def import_root(full_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding a copy of the full package named `factorial_full`."""
    root = tmp_path_factory.mktemp("import")
    shutil.copytree(full_package, root / FULL)
    return root


@pytest.fixture(scope="module")
def full(import_root: Path) -> Iterator[ModuleType]:
    """The imported copy, with its models, errors and webhooks modules loaded."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(import_root))
        for module in ("models", "errors", "webhooks"):
            importlib.import_module(f"{FULL}.{module}")
        yield sys.modules[FULL]
    for name in [name for name in sys.modules if name.partition(".")[0] == FULL]:
        del sys.modules[name]


@pytest.fixture
def published() -> Spec:
    if PUBLISHED is None:
        pytest.skip(MISSING)
    return PUBLISHED


# openapi-python-client (Python >= 3.11 only) is imported where the generated package is needed.


def class_name(schema_name: str) -> str:
    """The class name openapi-python-client gives a component schema."""
    from openapi_python_client.strings import ClassName

    return str(ClassName(schema_name, ""))


def attribute_name(key: str) -> str:
    """The attribute name openapi-python-client gives a property (field_prefix left default)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(key, "field_"))


def model_class(package: ModuleType, schema_name: str) -> Any:
    return getattr(package.models, class_name(schema_name))


# 1. The whole spec regenerates.


def test_the_published_spec_regenerates_without_skipping_anything(
    regenerations: tuple[Regeneration, Regeneration],
) -> None:
    run = regenerations[0]
    assert run.returncode == 0, run.stderr
    summary = re.compile(
        r"spec: 550 operations, 160 schemas, 128 webhooks; "
        r"generated: 550 operations, 160 schemas \(\d+ models and \d+ enums in all\); skipped: 0;"
    )
    assert summary.search(run.stdout), run.stdout


# 2. The output passes the type checker and the linter as it is.


def test_the_full_package_is_mypy_strict_clean(import_root: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path)]
    result = subprocess.run(
        [*command, str(import_root / FULL)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Success: no issues found" in result.stdout


def test_the_full_package_is_ruff_clean(import_root: Path) -> None:
    config = SCRIPTS / "generator" / "ruff.toml"
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(config)]
    result = subprocess.run(
        [*command, str(import_root / FULL)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


# 3. Names survive a new API version and follow the rule in normalize.py.


def _files(package: Path) -> dict[str, Path]:
    return {
        path.relative_to(package).as_posix(): path
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_a_new_api_version_changes_nothing_but_the_date(
    full_package: Path, regenerations: tuple[Regeneration, Regeneration]
) -> None:
    before, after = _files(full_package), _files(_succeeded(regenerations[1]))
    assert sorted(after) == sorted(before)
    changed = [
        name
        for name, path in before.items()
        if after[name].read_text(encoding="utf-8").replace(LATER, DATE)
        != path.read_text(encoding="utf-8")
    ]
    assert changed == []
    list_employees = after["api/employees/list_employees.py"].read_text(encoding="utf-8")
    assert f"/api/{LATER}/resources/employees/employees" in list_employees


def _called_by_module(package: Path) -> dict[tuple[str, str], str]:
    """(method, path with its parameters blanked) -> the endpoint module that calls it."""
    called: dict[tuple[str, str], str] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        method = re.search(r'"method": "(\w+)"', text)
        url = re.search(r'"url": f?"([^"]+)"', text)
        assert method and url, f"{module} names no method or url"
        key = (method[1], re.sub(r"\{[^}]*\}", "{}", url[1]))
        assert key not in called, f"{module} and {called[key]} both call {key}"
        called[key] = module.relative_to(package).as_posix()
    return called


def test_each_operation_lives_in_the_module_its_rule_names(
    full_package: Path, published: Spec
) -> None:
    expected = {}
    for method, path, _ in operations(published):
        namespace, name = operation_name(method, path)
        expected[method, re.sub(r"\{[^}]*\}", "{}", path)] = f"api/{namespace}/{name}.py"
    assert len(expected) == 550
    assert len(set(expected.values())) == 550, "two operations share a name"
    assert _called_by_module(full_package) == expected


# 4. Parsing never breaks, for every component schema of the published spec.


@pytest.mark.parametrize("schema_name", SCHEMAS)
def test_the_spec_examples_parse_and_round_trip(
    full: ModuleType, published: Spec, schema_name: str
) -> None:
    payload = example_payload(published, published["components"]["schemas"][schema_name])
    parsed = model_class(full, schema_name).from_dict(payload)
    assert parsed.to_dict() == payload


@pytest.mark.parametrize("schema_name", SCHEMAS)
def test_null_in_every_property_parses(full: ModuleType, published: Spec, schema_name: str) -> None:
    payload = dict.fromkeys(published["components"]["schemas"][schema_name]["properties"])
    parsed = model_class(full, schema_name).from_dict(payload)
    assert parsed.to_dict() == payload


@pytest.mark.parametrize("case", ENUM_PROPERTIES)
def test_an_unlisted_enum_value_parses_and_is_kept(
    full: ModuleType, published: Spec, case: tuple[str, str]
) -> None:
    schema_name, key = case
    schema = published["components"]["schemas"][schema_name]
    listed = schema["properties"][key]["enum"]
    assert UNLISTED not in listed
    is_list = schema["properties"][key].get("type") == "array"
    value: Any = [listed[0], UNLISTED] if is_list else UNLISTED
    payload = {**example_payload(published, schema), key: value}

    parsed = model_class(full, schema_name).from_dict(payload)

    kept = getattr(parsed, attribute_name(key))
    members = kept if is_list else [kept]
    assert all(isinstance(member, enum.Enum) for member in members), kept
    assert [member.value for member in members] == (value if is_list else [value])
    assert parsed.to_dict()[key] == value


@pytest.mark.parametrize("schema_name", SCHEMAS)
def test_a_missing_required_key_is_named(
    full: ModuleType, published: Spec, schema_name: str
) -> None:
    schema = published["components"]["schemas"][schema_name]
    model = model_class(full, schema_name)
    payload = example_payload(published, schema)
    for key in schema.get("required", ()):
        without = {k: v for k, v in payload.items() if k != key}
        with pytest.raises(full.errors.MissingField) as raised:
            model.from_dict(without)
        assert (raised.value.model, raised.value.key) == (model.__name__, key)


def test_every_generated_enum_keeps_unknown_values(full: ModuleType) -> None:
    enums = []
    for name, module in full.models._MODULES.items():
        cls = getattr(importlib.import_module(module, f"{FULL}.models"), name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            enums.append(cls)
    assert len(enums) > 100
    for cls in enums:
        unknown = 987_654 if issubclass(cls, int) else UNLISTED
        member = cls(unknown)
        assert isinstance(member, cls) and member.value == unknown, cls
        assert all(cls(known.value) is known for known in cls), cls


# 5. Webhook deliveries, for the full package and for the installed one.


def _check_delivery(webhooks: ModuleType, spec: Spec, subscription_type: str, schema: str) -> type:
    """Deliver a payload of `schema` genuinely, then forged; return the class it parsed into."""
    body = json.dumps(example_payload(spec, spec["components"]["schemas"][schema]))
    genuine = {"X-Factorial-WH-Challenge": CHALLENGE}

    parsed = webhooks.parse_delivery(subscription_type, genuine, body, challenge=CHALLENGE)

    assert type(parsed) is webhooks.payload_model(subscription_type)
    assert parsed.to_dict() == json.loads(body)
    for forged in ({}, {CHALLENGE_HEADER: CHALLENGE + "x"}, {"x-other": CHALLENGE}):
        with pytest.raises(webhooks.InvalidDelivery, match="challenge"):
            webhooks.parse_delivery(subscription_type, forged, body, challenge=CHALLENGE)
    return type(parsed)


def test_the_full_catalog_has_every_subscription_type(full: ModuleType, published: Spec) -> None:
    catalog = full.webhooks.CATALOG
    assert len(catalog) == 128
    assert set(catalog) == set(webhook_schemas(published))


@pytest.mark.parametrize("webhook", WEBHOOKS)
def test_a_full_package_delivery_parses_only_when_genuine(
    full: ModuleType, published: Spec, webhook: tuple[str, str]
) -> None:
    subscription_type, schema = webhook
    parsed_as = _check_delivery(full.webhooks, published, subscription_type, schema)
    assert parsed_as.__name__ == class_name(schema)


def _check_unknown_type_is_refused(webhooks: ModuleType) -> None:
    with pytest.raises(webhooks.InvalidDelivery, match="no/such/event"):
        webhooks.parse_delivery("no/such/event", {CHALLENGE_HEADER: "c"}, "{}", challenge="c")


def test_an_unknown_subscription_type_is_refused(full: ModuleType) -> None:
    _check_unknown_type_is_refused(full.webhooks)


def test_the_installed_package_handles_every_webhook_of_openapi_yaml() -> None:
    schemas = webhook_schemas(OURS)
    assert set(factorial_api.webhooks.CATALOG) == set(schemas)
    for subscription_type, schema in schemas.items():
        _check_delivery(factorial_api.webhooks, OURS, subscription_type, schema)
    _check_unknown_type_is_refused(factorial_api.webhooks)


# 6. Importing one endpoint loads its own models, not the whole API.


def test_one_endpoint_loads_a_handful_of_models(import_root: Path) -> None:
    code = (
        f"import json, sys, {FULL}.client, {FULL}.api.employees.list_employees\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith('{FULL}.models.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=import_root
    )
    loaded = json.loads(result.stdout)
    print(f"{len(loaded)} model modules loaded:", *loaded, sep="\n  ")
    available = list((import_root / FULL / "models").glob("*.py"))
    assert len(available) > 500
    assert f"{FULL}.models.employees_employee" in loaded
    assert len(loaded) <= 10, loaded


# 7. At run time the package needs nothing beyond the project's declared dependencies.

RUNTIME_DEPENDENCIES = frozenset({"httpx", "attrs", "dateutil", "filelock", "platformdirs"})
MODULE_LEVEL_IMPORT = re.compile(r"^(?:from|import) (\w+)", re.MULTILINE)


def test_the_full_package_imports_only_declared_dependencies(full_package: Path) -> None:
    undeclared: dict[str, str] = {}
    for path in sorted(full_package.rglob("*.py")):
        for name in MODULE_LEVEL_IMPORT.findall(path.read_text(encoding="utf-8")):
            if name not in sys.stdlib_module_names and name not in RUNTIME_DEPENDENCIES:
                undeclared.setdefault(name, path.relative_to(full_package).as_posix())
    assert undeclared == {}
