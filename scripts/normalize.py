"""Normalization of a Factorial OpenAPI document before code generation.

Every rule the regeneration applies lives here, in the order `normalize` runs them:

1. Stable names. Each operation's ``operationId`` is derived from its method and path, ignoring the
   version date, and its tag becomes the namespace, so ``GET /api/<version>/resources/employees/
   employees`` is always ``factorial_api.api.employees.list_employees``. The rule, for a path
   ``/api/<version>/resources/<namespace>/<resource>[/<rest>]``:

   ===========================  =====================  ===============================
   method and path tail         name                   example
   ===========================  =====================  ===============================
   GET    (none)                ``list_<resource>``    ``list_employees``
   POST   (none)                ``create_<one>``       ``create_employee``
   GET    ``/{id}``             ``get_<one>``          ``get_employee``
   PUT or PATCH ``/{id}``       ``update_<one>``       ``update_employee``
   DELETE ``/{id}``             ``delete_<one>``       ``delete_employee``
   any    ``/<action>``         ``<action>_<one>``     ``terminate_employee``
   ===========================  =====================  ===============================

   ``<one>`` is the resource in the singular (``ies`` -> ``y``; ``sses``, ``shes``, ``ches``,
   ``xes`` lose ``es``; a final single ``s`` is dropped). Two operations of one namespace that
   would share a name are an error, never a silent rename. Inline request bodies and responses
   are titled ``<namespace>_<name>_body`` and ``<namespace>_<name>_response`` so that their
   models (``EmployeesCreateEmployeeBody``, ``EmployeesListEmployeesResponse``) are unique too.
2. ``type: unknown`` (used by Factorial's spec for "any JSON") becomes a schema without a type,
   and an ``enum`` written on an array schema moves to its items, where it applies.
3. Every property of a response object accepts ``null``: Factorial returns ``null`` for what an
   OAuth user may not see, whatever the spec says. Only the list envelope's ``data`` and ``meta``
   stay as declared.
4. Every list operation (GET on a collection) has the runtime-only ``limit``, ``after_id`` and
   ``before_id`` query parameters, and its filters are optional (the API accepts calls without
   the ones the published spec marks required).
5. Every webhook carries ``x-subscription-type``, read from its description when absent.
6. Operations carry no ``security`` requirement: credentials are the job of the httpx auth hook
   installed on the client, so every endpoint accepts a plain ``Client``.
7. A ``deepObject`` query parameter becomes one parameter per property, ``<name>_<property>``
   in Python, sent as ``<name>[<property>]`` (its ``x-query-name``), which is how the API reads
   it; openapi-python-client would send the properties without the prefix.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

Spec = dict[str, Any]
JsonObject = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_RESOURCE_PATH = re.compile(
    r"^/api/[^/]+/resources/(?P<namespace>[^/]+)/(?P<resource>[^/]+)(?P<rest>/.*)?$"
)
_SUBSCRIPTION_TYPE = re.compile(r"Subscription_type:\s*`([^`]+)`")
_ENVELOPE = frozenset({"data", "meta"})
_CRUD = {
    ("get", False): "list_{many}",
    ("post", False): "create_{one}",
    ("get", True): "get_{one}",
    ("put", True): "update_{one}",
    ("patch", True): "update_{one}",
    ("delete", True): "delete_{one}",
}
_PAGINATION = (
    ("limit", {"type": "integer", "minimum": 1, "maximum": 100}, "Items per page (at most 100)."),
    ("after_id", {"type": "string"}, "Cursor: return items after this one (meta.end_cursor)."),
    ("before_id", {"type": "string"}, "Cursor: return items before this one (meta.start_cursor)."),
)


class SpecError(Exception):
    """The document cannot be normalized; the message names the culprit."""


def normalize(spec: Spec) -> Spec:
    """Return a normalized deep copy of `spec`."""
    spec = copy.deepcopy(spec)
    name_operations(spec)
    fix_types(spec)
    nullable_response_properties(spec)
    paginate_lists(spec)
    tag_webhooks(spec)
    drop_security(spec)
    flatten_deep_objects(spec)
    return spec


def singular(word: str) -> str:
    for suffix, replacement in (
        ("ies", "y"),
        ("sses", "ss"),
        ("shes", "sh"),
        ("ches", "ch"),
        ("xes", "x"),
    ):
        if word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def operation_name(method: str, path: str) -> tuple[str, str]:
    """Return (namespace, name) for an operation, following rule 1."""
    match = _RESOURCE_PATH.match(path)
    if match is None:
        raise SpecError(
            f"cannot name {method.upper()} {path}: "
            "not /api/<version>/resources/<namespace>/<resource>"
        )
    namespace, resource, rest = match["namespace"], match["resource"], match["rest"] or ""
    tail = rest.strip("/").split("/") if rest else []
    many, one = resource, singular(resource)
    if not tail or (len(tail) == 1 and tail[0].startswith("{")):
        pattern = _CRUD.get((method, bool(tail)))
        if pattern is None:
            raise SpecError(f"cannot name {method.upper()} {path}: no rule for this method here")
        return namespace, pattern.format(many=many, one=one)
    action = tail[-1]
    if action.startswith("{"):
        raise SpecError(
            f"cannot name {method.upper()} {path}: no rule for a parameter after an action"
        )
    return namespace, f"{action}_{one}"


def operations(spec: Spec) -> Iterator[tuple[str, str, JsonObject]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def name_operations(spec: Spec) -> None:
    seen: dict[tuple[str, str], str] = {}
    for method, path, operation in operations(spec):
        namespace, name = operation_name(method, path)
        where = f"{method.upper()} {path}"
        if (namespace, name) in seen:
            raise SpecError(
                f"{where} and {seen[namespace, name]} would both be named {namespace}.{name}"
            )
        seen[namespace, name] = where
        operation["operationId"] = name
        operation["tags"] = [namespace]
        _title_inline_schemas(operation, f"{namespace}_{name}")


def _title_inline_schemas(operation: JsonObject, prefix: str) -> None:
    bodies = [("body", operation.get("requestBody", {}))]
    bodies += [("response", response) for response in operation.get("responses", {}).values()]
    for suffix, body in bodies:
        for media in body.get("content", {}).values():
            schema = media.get("schema")
            if isinstance(schema, dict) and "$ref" not in schema and "properties" in schema:
                schema["title"] = f"{prefix}_{suffix}"


def _walk(node: Any, visit: Callable[[JsonObject], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def fix_types(spec: Spec) -> None:
    def visit(node: JsonObject) -> None:
        kind = node.get("type")
        if kind == "unknown" or (isinstance(kind, list) and "unknown" in kind):
            del node["type"]
        elif kind == "array" and "enum" in node:
            node["items"] = {**node.get("items", {}), "enum": node.pop("enum")}

    _walk(spec, visit)


def _allow_null(schema: JsonObject, name: str, owner: str) -> JsonObject:
    """Return `schema`, the schema of property `name` of `owner`, widened to accept null.

    Titles keep the classes of nullable enums and objects named after their property
    (``EmployeesEmployeeGender``) rather than after a member of the union with null.
    """
    kind = schema.get("type")
    if "$ref" in schema or "allOf" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            if {"type": "null"} not in schema[key]:
                schema[key].append({"type": "null"})
            return schema
    if "enum" in schema:
        if None not in schema["enum"]:
            schema["enum"].append(None)
        schema.setdefault("title", name)  # the generator prefixes the owner's class name
    elif "properties" in schema or kind == "object":
        schema.setdefault("title", f"{owner}_{name}")
    if isinstance(kind, str) and kind != "null":
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        kind.append("null")
    return schema


def _nullable_properties(schema: Any, owner: str, spared: frozenset[str] = frozenset()) -> None:
    """Widen every property of `schema`, and of the objects nested in it, to accept null."""
    if not isinstance(schema, dict):
        return
    owner = schema.get("title", owner)
    for key in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(key, []):
            _nullable_properties(part, owner)
    _nullable_properties(schema.get("items"), f"{owner}_item")
    properties = schema.get("properties", {})
    for name, prop in properties.items():
        _nullable_properties(prop, f"{owner}_{name}")
        if name not in spared and isinstance(prop, dict):
            properties[name] = _allow_null(prop, name, owner)


def nullable_response_properties(spec: Spec) -> None:
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        _nullable_properties(schema, name)
    for _, _, operation in operations(spec):
        for response in operation.get("responses", {}).values():
            for media in response.get("content", {}).values():
                _nullable_properties(
                    media.get("schema"), operation["operationId"], spared=_ENVELOPE
                )


def is_list_operation(method: str, path: str) -> bool:
    match = _RESOURCE_PATH.match(path)
    return method == "get" and match is not None and not match["rest"]


def paginate_lists(spec: Spec) -> None:
    for method, path, operation in operations(spec):
        if not is_list_operation(method, path):
            continue
        parameters = operation.setdefault("parameters", [])
        for parameter in parameters:
            if parameter.get("in") == "query":
                parameter["required"] = False
        present = {(p.get("name"), p.get("in")) for p in parameters}
        for name, schema, description in _PAGINATION:
            if (name, "query") not in present:
                parameters.append(
                    {
                        "name": name,
                        "in": "query",
                        "required": False,
                        "description": description,
                        "schema": dict(schema),
                    }
                )


def tag_webhooks(spec: Spec) -> None:
    for key, item in spec.get("webhooks", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None or "x-subscription-type" in operation:
                continue
            found = _SUBSCRIPTION_TYPE.search(operation.get("description", ""))
            if found is None:
                raise SpecError(f"webhook {key!r} names no subscription type (x-subscription-type)")
            operation["x-subscription-type"] = found[1]


def drop_security(spec: Spec) -> None:
    spec.pop("security", None)
    for _, _, operation in operations(spec):
        operation.pop("security", None)


def flatten_deep_objects(spec: Spec) -> None:
    for _, _, operation in operations(spec):
        parameters: list[JsonObject] = []
        for parameter in operation.get("parameters", []):
            schema = parameter.get("schema", {})
            if parameter.get("style") != "deepObject" or "properties" not in schema:
                parameters.append(parameter)
                continue
            required = set(schema.get("required", ())) if parameter.get("required") else set()
            for name, prop in schema["properties"].items():
                parameters.append(
                    {
                        "name": f"{parameter['name']}_{name}",
                        "x-query-name": f"{parameter['name']}[{name}]",
                        "in": parameter["in"],
                        "required": name in required,
                        "description": parameter.get("description", ""),
                        "schema": prop,
                    }
                )
        if "parameters" in operation:
            operation["parameters"] = parameters
