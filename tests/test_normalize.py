"""The normalization rules, one by one, on small specs."""

from __future__ import annotations

from typing import Any

import pytest
from normalize import SpecError, normalize, operation_name, singular

LIST_PATH = "/api/2026-07-01/resources/employees/employees"


def _spec(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths, **extra}


def _ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}} if schema else {}
    return {"200": {"description": "ok", "content": content}}


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", LIST_PATH, ("employees", "list_employees")),
        ("post", LIST_PATH, ("employees", "create_employee")),
        ("get", LIST_PATH + "/{id}", ("employees", "get_employee")),
        ("put", LIST_PATH + "/{id}", ("employees", "update_employee")),
        ("patch", LIST_PATH + "/{id}", ("employees", "update_employee")),
        ("delete", LIST_PATH + "/{id}", ("employees", "delete_employee")),
        ("post", LIST_PATH + "/terminate", ("employees", "terminate_employee")),
        (
            "post",
            "/api/2026-07-01/resources/attendance/shifts/clock_in",
            ("attendance", "clock_in_shift"),
        ),
        ("get", "/api/2026-07-01/resources/timeoff/policies", ("timeoff", "list_policies")),
        (
            "get",
            "/api/2030-01-01/resources/companies/legal_entities/{id}",
            ("companies", "get_legal_entity"),
        ),
    ],
)
def test_names_follow_the_rule_and_ignore_the_version(
    method: str, path: str, expected: tuple[str, str]
) -> None:
    assert operation_name(method, path) == expected


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("employees", "employee"),
        ("policies", "policy"),
        ("addresses", "address"),
        ("batches", "batch"),
        ("boxes", "box"),
        ("wishes", "wish"),
        ("leaves", "leave"),
        ("access", "access"),
        ("meta_data", "meta_data"),
    ],
)
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_paths_outside_the_resource_layout_are_a_clear_error() -> None:
    with pytest.raises(SpecError, match=r"cannot name GET /oauth/token"):
        operation_name("get", "/oauth/token")


def test_name_collisions_are_an_error_naming_both_operations() -> None:
    spec = _spec(
        {LIST_PATH + "/{id}": {"put": {"responses": _ok()}, "patch": {"responses": _ok()}}}
    )
    with pytest.raises(
        SpecError, match=r"PATCH .* and PUT .* would both be named employees.update_employee"
    ):
        normalize(spec)


def test_operations_get_ids_tags_and_titled_inline_schemas() -> None:
    body = {
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
            }
        }
    }
    envelope = {
        "type": "object",
        "properties": {"data": {"type": "array", "items": {"type": "string"}}},
    }
    spec = _spec(
        {
            LIST_PATH: {
                "get": {"tags": ["Employees > Employee"], "responses": _ok(envelope)},
                "post": {"requestBody": body, "responses": _ok()},
            }
        }
    )
    out = normalize(spec)["paths"][LIST_PATH]
    assert (out["get"]["operationId"], out["get"]["tags"]) == ("list_employees", ["employees"])
    assert out["get"]["responses"]["200"]["content"]["application/json"]["schema"]["title"] == (
        "employees_list_employees_response"
    )
    assert out["post"]["requestBody"]["content"]["application/json"]["schema"]["title"] == (
        "employees_create_employee_body"
    )


def test_the_input_is_not_modified() -> None:
    spec = _spec({LIST_PATH: {"get": {"responses": _ok()}}})
    normalize(spec)
    assert "operationId" not in spec["paths"][LIST_PATH]["get"]


def test_type_unknown_becomes_any() -> None:
    schema = {
        "type": "object",
        "properties": {"value": {"type": "unknown"}, "other": {"type": ["unknown"]}},
    }
    out = normalize(_spec({}, components={"schemas": {"thing": schema}}))
    properties = out["components"]["schemas"]["thing"]["properties"]
    assert properties["value"] == {} and properties["other"] == {}


def test_an_enum_on_an_array_applies_to_its_items() -> None:
    schema = {"type": "array", "enum": ["a", "b"], "items": {"type": "string"}}
    out = normalize(_spec({}, components={"schemas": {"kinds": schema}}))
    assert out["components"]["schemas"]["kinds"] == {
        "type": "array",
        "items": {"type": "string", "enum": ["a", "b"]},
    }


def test_response_properties_accept_null_but_the_envelope_does_not() -> None:
    thing = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "owner": {"$ref": "#/components/schemas/owner"},
            "tags": {
                "type": "array",
                "items": {"type": "object", "properties": {"x": {"type": "string"}}},
            },
            "either": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "address": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
    envelope = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/thing"}},
            "meta": {"$ref": "#/components/schemas/owner"},
        },
    }
    spec = _spec(
        {LIST_PATH: {"get": {"responses": _ok(envelope)}}},
        components={"schemas": {"thing": thing, "owner": {"type": "object"}}},
    )
    out = normalize(spec)
    props = out["components"]["schemas"]["thing"]["properties"]
    assert props["id"]["type"] == ["integer", "null"]
    assert props["kind"] == {"type": ["string", "null"], "enum": ["a", "b", None], "title": "kind"}
    assert props["owner"] == {"anyOf": [{"$ref": "#/components/schemas/owner"}, {"type": "null"}]}
    assert props["tags"]["type"] == ["array", "null"]
    assert props["tags"]["items"]["properties"]["x"]["type"] == ["string", "null"]
    assert props["either"]["anyOf"][-1] == {"type": "null"}
    # Titles name the classes of nullable inline objects and enums after their property.
    assert (
        props["address"]["type"] == ["object", "null"]
        and props["address"]["title"] == "thing_address"
    )
    assert props["address"]["properties"]["city"]["type"] == ["string", "null"]
    kept = out["paths"][LIST_PATH]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]["properties"]
    assert kept["data"]["type"] == "array" and "$ref" in kept["meta"]


def test_list_operations_get_pagination_and_optional_filters() -> None:
    only_active = {
        "name": "only_active",
        "in": "query",
        "required": True,
        "schema": {"type": "boolean"},
    }
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}, "description": "ours"}
    spec = _spec(
        {
            LIST_PATH: {"get": {"parameters": [only_active, limit], "responses": _ok()}},
            LIST_PATH + "/{id}": {
                "get": {
                    "parameters": [{"name": "id", "in": "path", "required": True}],
                    "responses": _ok(),
                }
            },
        }
    )
    out = normalize(spec)["paths"]
    listed = {p["name"]: p for p in out[LIST_PATH]["get"]["parameters"]}
    assert set(listed) == {"only_active", "limit", "after_id", "before_id"}
    assert not any(p["required"] for p in listed.values())
    assert listed["limit"]["description"] == "ours"
    assert [p["name"] for p in out[LIST_PATH + "/{id}"]["get"]["parameters"]] == ["id"]


def test_webhooks_get_their_subscription_type() -> None:
    hook = {
        "post": {
            "description": "Subscription_type: `attendance/shift/clock_in`",
            "responses": _ok(),
        }
    }
    stated = {"post": {"x-subscription-type": "timeoff/leave/create", "responses": _ok()}}
    out = normalize(_spec({}, webhooks={"Shift > Clock in": hook, "leave": stated}))
    assert (
        out["webhooks"]["Shift > Clock in"]["post"]["x-subscription-type"]
        == "attendance/shift/clock_in"
    )
    assert out["webhooks"]["leave"]["post"]["x-subscription-type"] == "timeoff/leave/create"


def test_a_webhook_without_subscription_type_is_an_error() -> None:
    with pytest.raises(SpecError, match="webhook 'mystery' names no subscription type"):
        normalize(
            _spec({}, webhooks={"mystery": {"post": {"description": "?", "responses": _ok()}}})
        )


def test_security_requirements_are_dropped() -> None:
    spec = _spec(
        {LIST_PATH: {"get": {"security": [{"oauth2": []}], "responses": _ok()}}},
        security=[{"apikey": []}],
    )
    out = normalize(spec)
    assert "security" not in out and "security" not in out["paths"][LIST_PATH]["get"]


def test_deep_object_parameters_become_one_parameter_per_property() -> None:
    filter_schema = {
        "type": "object",
        "properties": {"manager_id": {"type": "string"}, "direct": {"type": "boolean"}},
        "required": ["manager_id"],
    }
    parameter = {
        "name": "managed_by",
        "in": "query",
        "required": True,
        "style": "deepObject",
        "explode": True,
        "schema": filter_schema,
    }
    path = LIST_PATH + "/{id}"
    spec = _spec({path: {"get": {"parameters": [parameter], "responses": _ok()}}})
    flattened = normalize(spec)["paths"][path]["get"]["parameters"]
    assert [(p["name"], p["x-query-name"], p["required"], p["schema"]) for p in flattened] == [
        ("managed_by_manager_id", "managed_by[manager_id]", True, {"type": "string"}),
        ("managed_by_direct", "managed_by[direct]", False, {"type": "boolean"}),
    ]
