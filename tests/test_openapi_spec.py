"""openapi.yaml must be valid and state only facts found in Factorial's published spec.

The published spec is reference data kept outside the repo; the comparisons skip without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests._paths import PUBLISHED_SPEC, ROOT, load_yaml

OURS_PATH = ROOT / "openapi.yaml"
PUBLISHED_PATH = PUBLISHED_SPEC

METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
PAGING = {
    "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 100},
    "after_id": {"type": "string"},
    "before_id": {"type": "string"},
}
SUBSCRIPTION_TYPE = re.compile(r"Subscription_type: `([^`]+)`")
# Runs of this many words shared with the published prose count as copied.
COPIED_WORDS = 5

Spec = dict[str, Any]
Shape = dict[str, Any]


OURS = load_yaml(OURS_PATH)


def _operations(spec: Spec) -> list[tuple[str, str]]:
    return [(m, path) for path, item in spec["paths"].items() for m in METHODS if m in item]


def _is_list(method: str, path: str) -> bool:
    """A GET on a collection (its last segment is not a path parameter)."""
    return method == "get" and not path.endswith("}")


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


OUR_OPERATIONS = _operations(OURS)
OUR_LIST_OPERATIONS = [(m, p) for m, p in OUR_OPERATIONS if _is_list(m, p)]
OUR_SCHEMAS = sorted(OURS["components"]["schemas"])
OUR_WEBHOOKS = sorted(OURS.get("webhooks", {}))


def _ids(operations: list[tuple[str, str]]) -> list[str]:
    return [_label(m, p.removeprefix("/api/2026-07-01/resources/")) for m, p in operations]


@pytest.fixture(scope="session")
def published() -> Spec:
    if not PUBLISHED_PATH.exists():
        pytest.skip(f"published spec not found at {PUBLISHED_PATH}; nothing to compare against")
    return load_yaml(PUBLISHED_PATH)


def _resolve(spec: Spec, ref: str) -> Spec:
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    resolved: Spec = node
    return resolved


def _shape(spec: Spec, schema: Spec, seen: frozenset[str] = frozenset()) -> Shape:
    """The facts of a schema that generated models depend on, with $refs followed."""
    shape: Shape = {}
    ref = schema.get("$ref")
    if ref is not None:
        name = ref.rsplit("/", 1)[-1]
        shape["ref"] = name
        if name in seen:
            return shape
        seen = seen | {name}
        schema = _resolve(spec, ref)
    kind = schema.get("type")
    shape["type"] = None if kind == "unknown" else kind  # `unknown` means any JSON value
    for key in ("enum", "format"):
        if key in schema:
            shape[key] = schema[key]
    if "items" in schema:
        shape["items"] = _shape(spec, schema["items"], seen)
    if "properties" in schema:
        shape["required"] = sorted(schema.get("required", []))
        shape["properties"] = {
            name: _shape(spec, sub, seen) for name, sub in schema["properties"].items()
        }
    return shape


def _differences(ours: Shape, theirs: Shape, where: str) -> list[str]:
    if ours.get("ref") != theirs.get("ref") and None not in (ours.get("ref"), theirs.get("ref")):
        return [f"{where}: refers to {ours['ref']}, published refers to {theirs['ref']}"]
    found = [
        f"{where}: {key} is {ours.get(key)!r}, published has {theirs.get(key)!r}"
        for key in ("ref", "type", "enum", "format", "required")
        if ours.get(key) != theirs.get(key)
    ]
    if "items" in ours or "items" in theirs:
        found += _differences(ours.get("items", {}), theirs.get("items", {}), f"{where}[]")
    our_props = ours.get("properties", {})
    their_props = theirs.get("properties", {})
    found += [
        f"{where}.{n}: not in the published schema"
        for n in sorted(our_props.keys() - their_props.keys())
    ]
    found += [
        f"{where}.{n}: missing, published has it"
        for n in sorted(their_props.keys() - our_props.keys())
    ]
    for name in sorted(our_props.keys() & their_props.keys()):
        found += _differences(our_props[name], their_props[name], f"{where}.{name}")
    return found


def _parameters(operation: Spec) -> dict[tuple[str, str], Spec]:
    return {(p["name"], p["in"]): p for p in operation.get("parameters", [])}


def _parameter_differences(
    ours: Spec, theirs: Spec, published: Spec, *, is_list: bool
) -> list[str]:
    our_params = _parameters(ours)
    their_params = _parameters(theirs)
    found: list[str] = []
    for key in sorted(our_params.keys() - their_params.keys()):
        name, location = key
        if not (location == "query" and name in PAGING):
            found.append(f"parameter {name} ({location}): not in the published operation")
    for name, location in sorted(their_params.keys() - our_params.keys()):
        found.append(f"parameter {name} ({location}): missing, published has it")
    for key in sorted(our_params.keys() & their_params.keys()):
        name, location = key
        our, their = our_params[key], their_params[key]
        where = f"parameter {name} ({location})"
        found += _differences(
            _shape(OURS, our["schema"]), _shape(published, their["schema"]), where
        )
        our_required = bool(our.get("required"))
        if is_list and location == "query":
            if our_required:
                found.append(f"{where}: list filters must be optional (they are at runtime)")
        elif our_required != bool(their.get("required")):
            found.append(f"{where}: required is {our_required}, published has {not our_required}")
    return found


def _body_differences(ours: Spec, theirs: Spec, published: Spec) -> list[str]:
    our_body = ours.get("requestBody", {})
    their_body = theirs.get("requestBody", {})
    found: list[str] = []
    if bool(our_body.get("required")) != bool(their_body.get("required")):
        found.append("request body: required flag differs")
    our_content = our_body.get("content", {})
    their_content = their_body.get("content", {})
    if our_content.keys() != their_content.keys():
        found.append(f"request body: media types {sorted(our_content)} vs {sorted(their_content)}")
    for media in sorted(our_content.keys() & their_content.keys()):
        found += _differences(
            _shape(OURS, our_content[media]["schema"]),
            _shape(published, their_content[media]["schema"]),
            f"request body ({media})",
        )
    return found


def _success(operation: Spec) -> dict[str, Spec]:
    return {code: r for code, r in operation["responses"].items() if str(code).startswith("2")}


def _response_differences(ours: Spec, theirs: Spec, published: Spec) -> list[str]:
    our_success = _success(ours)
    their_success = _success(theirs)
    if our_success.keys() != their_success.keys():
        return [f"success status {sorted(our_success)}, published has {sorted(their_success)}"]
    found: list[str] = []
    for code, our_response in our_success.items():
        our_content = our_response.get("content", {})
        their_content = their_success[code].get("content", {})
        if our_content.keys() != their_content.keys():
            found.append(f"response {code}: media types differ")
        for media in sorted(our_content.keys() & their_content.keys()):
            found += _differences(
                _shape(OURS, our_content[media]["schema"]),
                _shape(published, their_content[media]["schema"]),
                f"response {code} ({media})",
            )
    return found


def _report(what: str, differences: list[str]) -> str:
    return f"{what} differs from the published spec:\n  " + "\n  ".join(differences)


def test_spec_is_valid_openapi() -> None:
    validate(OURS)


@pytest.mark.parametrize(("method", "path"), OUR_OPERATIONS, ids=_ids(OUR_OPERATIONS))
def test_operation_matches_published(method: str, path: str, published: Spec) -> None:
    their_item = published["paths"].get(path, {})
    assert method in their_item, f"{_label(method, path)} is not in the published spec"
    ours = OURS["paths"][path][method]
    theirs = their_item[method]
    differences: list[str] = []
    for key in ("tags", "security"):
        if ours.get(key) != theirs.get(key):
            differences.append(f"{key} is {ours.get(key)!r}, published has {theirs.get(key)!r}")
    differences += _parameter_differences(ours, theirs, published, is_list=_is_list(method, path))
    differences += _body_differences(ours, theirs, published)
    differences += _response_differences(ours, theirs, published)
    assert not differences, _report(_label(method, path), differences)


@pytest.mark.parametrize("name", OUR_SCHEMAS)
def test_component_schema_matches_published(name: str, published: Spec) -> None:
    assert name in published["components"]["schemas"], f"schema {name} is not published"
    ref = {"$ref": f"#/components/schemas/{name}"}
    differences = _differences(_shape(OURS, ref), _shape(published, ref), name)
    assert not differences, _report(f"schema {name}", differences)


@pytest.mark.parametrize("key", OUR_WEBHOOKS)
def test_webhook_matches_published(key: str, published: Spec) -> None:
    item = OURS["webhooks"][key]
    assert list(item) == ["post"], f"webhook {key}: only a post operation is expected"
    subscription = item["post"].get("x-subscription-type")
    assert subscription == key, f"webhook {key}: x-subscription-type is {subscription!r}"
    by_type = {
        match.group(1): entry["post"]
        for entry in published["webhooks"].values()
        if (match := SUBSCRIPTION_TYPE.search(entry["post"].get("description", "")))
    }
    assert key in by_type, f"webhook {key}: no published webhook has this subscription type"
    differences = _differences(
        _shape(OURS, item["post"]["requestBody"]["content"]["application/json"]["schema"]),
        _shape(published, by_type[key]["requestBody"]["content"]["application/json"]["schema"]),
        "payload",
    )
    assert not differences, _report(f"webhook {key}", differences)


def test_security_schemes_match_published(published: Spec) -> None:
    def facts(schemes: Spec) -> Spec:
        return {
            name: {
                "type": scheme["type"],
                "in": scheme.get("in"),
                "name": scheme.get("name"),
                "flows": {
                    flow: {
                        **{k: v for k, v in urls.items() if k != "scopes"},
                        "scopes": sorted(urls["scopes"]),
                    }
                    for flow, urls in scheme.get("flows", {}).items()
                },
            }
            for name, scheme in schemes.items()
        }

    ours = facts(OURS["components"]["securitySchemes"])
    assert ours == facts(published["components"]["securitySchemes"])


def _prose(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                yield value
            else:
                yield from _prose(value)
    elif isinstance(node, list):
        for value in node:
            yield from _prose(value)


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9_']+", text.lower()))


def _word_runs(text: str) -> set[tuple[str, ...]]:
    """Runs of COPIED_WORDS words, or the whole text when it is shorter."""
    words = _words(text)
    if len(words) < COPIED_WORDS:
        return {words}
    return {words[i : i + COPIED_WORDS] for i in range(len(words) - COPIED_WORDS + 1)}


def test_prose_is_our_own(published: Spec) -> None:
    theirs: set[tuple[str, ...]] = set()
    for text in _strings(published):
        theirs |= _word_runs(text) | {_words(text)}
    copied = sorted(
        f"{' '.join(run)!r} in {text[:60]!r}"
        for text in set(_prose(OURS))
        for run in _word_runs(text) & theirs
        if len(run) >= 3  # shorter texts ("OK", "The team.") are too common to count
    )
    assert not copied, "wording shared with the published spec:\n  " + "\n  ".join(copied)


@pytest.mark.parametrize(("method", "path"), OUR_LIST_OPERATIONS, ids=_ids(OUR_LIST_OPERATIONS))
def test_list_operation_pages_and_filters_optionally(method: str, path: str) -> None:
    operation = OURS["paths"][path][method]
    params = _parameters(operation)
    for name, schema in PAGING.items():
        assert (name, "query") in params, f"{_label(method, path)} lacks {name}"
        assert params[name, "query"]["schema"] == schema, f"{_label(method, path)}: {name} schema"
    required = [
        name for (name, where), p in params.items() if where == "query" and p.get("required")
    ]
    assert not required, f"{_label(method, path)}: required query parameters {required}"
    envelope = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert sorted(envelope["properties"]) == ["data", "meta"], f"{_label(method, path)}: envelope"


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def test_no_operation_ids() -> None:
    # The regeneration script names functions from method and path, for our spec and theirs alike.
    assert "operationId" not in set(_keys(OURS))


def test_covers_the_common_resources() -> None:
    assert len(OUR_OPERATIONS) >= 45
    assert len(OUR_LIST_OPERATIONS) >= 15
    assert len(OUR_WEBHOOKS) >= 5
