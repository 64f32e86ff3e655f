"""Report what changed between two versions of the Factorial OpenAPI spec, and what of it breaks.

Usage: python scripts/spec_diff.py OLD NEW

Factorial embeds the version date in every path (/api/2026-07-01/resources/...), so operations are
matched on their method and their path without that date. Exit status: 0 when nothing breaking
changed, 1 when something did, 2 when an input is unusable.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
_VERSION_PREFIX = re.compile(r"^/api/\d{4}-\d{2}-\d{2}(?=/|$)")
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Spec = dict[str, Any]


class SpecError(Exception):
    """An input is not a usable OpenAPI 3 document."""


@attrs.frozen
class Field:
    """One node of a flattened schema: what a client sees at one dotted path."""

    type: str
    required: bool
    enum: frozenset[str]
    parent: str | None


@attrs.frozen
class Operation:
    """What a client sends and receives in one operation, flattened."""

    parameters: dict[str, dict[str, Field]]  # by location: "query", "path", ...
    request: dict[str, Field]
    response: dict[str, Field]


@attrs.frozen
class Change:
    operation: str
    message: str
    breaking: bool

    def __str__(self) -> str:
        marker = "BREAKING" if self.breaking else ""
        return f"{marker:<9}{self.operation}: {self.message}"


def load_spec(path: Path) -> Spec:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SpecError(f"{path} is not UTF-8 text") from None
    try:
        document = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_Loader)
    except json.JSONDecodeError as exc:
        raise SpecError(f"{path} is not valid JSON: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SpecError(f"{path} is not valid YAML: {exc.problem}{where}") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{path} is not valid YAML: {' '.join(str(exc).split())}") from None
    if (
        not isinstance(document, dict)
        or not str(document.get("openapi", "")).startswith("3.")
        or not isinstance(document.get("paths"), dict)
    ):
        raise SpecError(f"{path} is not an OpenAPI 3 document (needs 'openapi: 3.x' and 'paths')")
    return document


def _resolve(spec: Spec, node: Any) -> dict[str, Any]:
    """Follow a chain of local $refs to the object it names."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise SpecError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise SpecError(f"cannot resolve $ref {ref!r}")
            node = node[part]
    if not isinstance(node, dict):
        raise SpecError(f"expected an object, found {node!r:.60}")
    return node


def operations(spec: Spec) -> dict[str, Operation]:
    """Operations keyed by a version-free name such as 'GET /resources/employees/employees'."""
    found: dict[str, Operation] = {}
    for path, item in spec["paths"].items():
        item = _resolve(spec, item)
        for method in _METHODS:
            if method in item:
                name = f"{method.upper()} {_VERSION_PREFIX.sub('', path) or '/'}"
                found[name] = _read_operation(spec, item.get("parameters", []), item[method])
    return found


def _read_operation(spec: Spec, shared_parameters: list[Any], operation: Any) -> Operation:
    operation = _resolve(spec, operation)
    parameters: dict[str, dict[str, Field]] = {}
    for parameter in [*shared_parameters, *operation.get("parameters", [])]:
        parameter = _resolve(spec, parameter)
        required = parameter.get("required") is True
        fields = flatten(spec, parameter.get("schema", {}), parameter["name"], required)
        parameters.setdefault(str(parameter.get("in")), {}).update(fields)
    body = operation.get("requestBody")
    body_required = body is not None and _resolve(spec, body).get("required") is True
    responses = {str(code): value for code, value in operation.get("responses", {}).items()}
    success = sorted(code for code in responses if code.startswith("2"))
    return Operation(
        parameters=parameters,
        request=_content_fields(spec, body, body_required),
        response=_content_fields(spec, responses[success[0]] if success else None, True),
    )


def flatten(spec: Spec, schema: Any, root: str, required: bool) -> dict[str, Field]:
    """Map every path reachable in `schema` ('data[].address.city') to its Field.

    $refs are followed, but never into a schema already being expanded, so recursive schemas
    end; allOf/oneOf/anyOf members are merged into the node that holds them.
    """
    fields: dict[str, Field] = {}

    def visit(
        node: Any, path: str, required: bool, parent: str | None, open_refs: frozenset[str]
    ) -> None:
        ref = node.get("$ref") if isinstance(node, dict) else None
        node = _resolve(spec, node)
        if path not in fields or "type" in node:
            fields[path] = Field(_type_label(node), required, _enum(node), parent)
        if ref is not None:
            if ref in open_refs:
                return
            open_refs = open_refs | {ref}
        needed = node.get("required", [])
        for name, sub in node.get("properties", {}).items():
            visit(sub, f"{path}.{name}" if path else name, name in needed, path, open_refs)
        if "items" in node:
            visit(node["items"], f"{path}[]", False, path, open_refs)
        if isinstance(node.get("additionalProperties"), dict):
            visit(node["additionalProperties"], f"{path}{{}}", False, path, open_refs)
        for keyword in ("allOf", "oneOf", "anyOf"):
            for member in node.get(keyword, []):
                visit(member, path, required, parent, open_refs)

    visit(schema, root, required, None, frozenset())
    return fields


def _type_label(schema: dict[str, Any]) -> str:
    declared = schema.get("type")
    if declared is None:
        declared = "object" if "properties" in schema else "array" if "items" in schema else "any"
    kinds = sorted(map(str, declared)) if isinstance(declared, list) else [str(declared)]
    if schema.get("nullable") is True:
        kinds.append("null")
    label = "|".join(kinds)
    return f"{label}({schema['format']})" if "format" in schema else label


def _enum(schema: dict[str, Any]) -> frozenset[str]:
    if "enum" not in schema:
        return frozenset()
    return frozenset(json.dumps(value, default=str) for value in schema["enum"])


def _content_fields(spec: Spec, body: Any, required: bool) -> dict[str, Field]:
    """Flatten the JSON schema of a request body or response (other media types as fallback)."""
    if body is None:
        return {}
    content = _resolve(spec, body).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    if not isinstance(media, dict) or "schema" not in media:
        return {}
    return flatten(spec, media["schema"], "", required)


def compare_fields(
    operation: str, noun: str, old: dict[str, Field], new: dict[str, Field], *, sent: bool
) -> Iterator[Change]:
    """Changes between two flattened schemas; `sent` is True for what the client sends.

    Only the topmost node of an added, removed or retyped subtree is reported: one line saying
    that `address` was removed says all there is to say about `address.city`.
    """
    retyped = {path for path in old.keys() & new.keys() if old[path].type != new[path].type}

    def reported_above(fields: dict[str, Field], other: dict[str, Field], path: str) -> bool:
        parent = fields[path].parent
        while parent is not None:
            if parent not in other or parent in retyped:
                return True
            parent = fields[parent].parent
        return False

    for path in [*old, *(path for path in new if path not in old)]:
        subject = f"{noun} `{path}`" if path else noun
        if path not in new:
            if not reported_above(old, new, path):
                yield Change(operation, f"{subject} removed", breaking=True)
        elif reported_above(new, old, path):
            continue
        elif path not in old:
            required = sent and new[path].required
            note = " (required)" if required else ""
            yield Change(operation, f"{subject} added{note}", breaking=required)
        elif path in retyped:
            message = f"{subject} retyped {old[path].type} -> {new[path].type}"
            yield Change(operation, message, breaking=True)
        else:
            if sent and new[path].required and not old[path].required:
                yield Change(operation, f"{subject} now required", breaking=True)
            if removed := sorted(old[path].enum - new[path].enum):
                message = f"{subject} enum values removed: {', '.join(removed)}"
                yield Change(operation, message, breaking=True)
            if added := sorted(new[path].enum - old[path].enum):
                message = f"{subject} enum values added: {', '.join(added)}"
                yield Change(operation, message, breaking=False)


def compare_operation(name: str, old: Operation, new: Operation) -> Iterator[Change]:
    for location in sorted(old.parameters.keys() | new.parameters.keys()):
        yield from compare_fields(
            name,
            f"{location} parameter",
            old.parameters.get(location, {}),
            new.parameters.get(location, {}),
            sent=True,
        )
    yield from compare_fields(name, "request body", old.request, new.request, sent=True)
    yield from compare_fields(name, "response", old.response, new.response, sent=False)


def diff(old_spec: Spec, new_spec: Spec) -> list[Change]:
    old_operations, new_operations = operations(old_spec), operations(new_spec)
    changes: list[Change] = []
    for name in sorted(old_operations.keys() | new_operations.keys(), key=_path_then_method):
        if name not in new_operations:
            changes.append(Change(name, "operation removed", breaking=True))
        elif name not in old_operations:
            changes.append(Change(name, "operation added", breaking=False))
        else:
            changes.extend(compare_operation(name, old_operations[name], new_operations[name]))
    return changes


def _path_then_method(name: str) -> tuple[str, int]:
    method, path = name.split(" ", 1)
    return path, _METHODS.index(method.lower())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Report changes between two OpenAPI specs.")
    parser.add_argument("old", type=Path, help="OpenAPI spec of the current version (YAML or JSON)")
    parser.add_argument("new", type=Path, help="OpenAPI spec of the new version (YAML or JSON)")
    args = parser.parse_args(argv)
    try:
        changes = diff(load_spec(args.old), load_spec(args.new))
    except SpecError as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    for change in changes:
        print(change)
    breaking = sum(change.breaking for change in changes)
    print(f"{len(changes)} changes, {breaking} breaking" if changes else "no changes")
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main())
