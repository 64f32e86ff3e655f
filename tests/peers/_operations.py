"""Every list and get operation of a generated package, called as its spec requires.

Operations are found by walking the package's ``api`` modules named ``list_*`` and ``get_*``,
and matched to the spec's GET operations by the normalizer's naming rule. Each call fills the
path ids with ``"1"`` and passes a value for every query parameter the spec marks required
(the generated functions make list filters optional; a validating server does not).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs
from normalize import operation_name, operations

__all__ = ["Operation", "find_operations", "problems", "spec_operation_names"]

Spec = dict[str, Any]
Schema = dict[str, Any]
_PREFIXES = ("list_", "get_")


@attrs.frozen
class Operation:
    """A generated endpoint module and the parameters its spec operation declares."""

    name: str  # "<namespace>.<module>", e.g. "employees.list_employees"
    module: ModuleType = attrs.field(repr=False)
    parameters: tuple[Mapping[str, Any], ...] = attrs.field(repr=False)

    def __str__(self) -> str:
        return self.name

    def call(self, client: Any) -> Any:
        """``sync_detailed`` with the arguments the spec requires."""
        return self._function(client=client, **self.arguments())

    def arguments(self) -> dict[str, Any]:
        function = self._function
        hints = typing.get_type_hints(function)
        signature = inspect.signature(function)
        by_key = {_key(name): name for name in signature.parameters}
        arguments: dict[str, Any] = {}
        for parameter in self.parameters:
            if not _needed(parameter):
                continue
            for spec_name, value in _values(parameter):
                name = by_key.get(_key(spec_name))
                if name is None:
                    raise LookupError(f"{self}: no argument for parameter {spec_name!r}")
                arguments[name] = "1" if parameter["in"] == "path" else _python(value, hints[name])
        return arguments

    def response_type(self) -> type:
        """The model ``sync_detailed`` promises in ``Response[...]``."""
        (model,) = typing.get_args(typing.get_type_hints(self._function)["return"])
        return typing.get_origin(model) or model  # type: ignore[no-any-return]

    @property
    def _function(self) -> Callable[..., Any]:
        function: Callable[..., Any] = self.module.sync_detailed
        return function


def spec_operation_names(spec: Spec) -> set[str]:
    """``<namespace>.<name>`` of the spec's list and get operations."""
    names = set()
    for method, path, _ in operations(spec):
        namespace, name = operation_name(method, path)
        if method == "get" and name.startswith(_PREFIXES):
            names.add(f"{namespace}.{name}")
    return names


def find_operations(package: ModuleType, spec: Spec) -> list[Operation]:
    """The package's list and get operations, each with its spec operation's parameters."""
    declared: dict[str, tuple[Mapping[str, Any], ...]] = {}
    for method, path, operation in operations(spec):
        if method == "get":
            namespace, name = operation_name(method, path)
            declared[f"{namespace}.{name}"] = tuple(operation.get("parameters", ()))
    found = []
    for module_name in _endpoint_modules(package):
        name = module_name.split(".api.", 1)[1]
        if name not in declared:
            raise LookupError(f"{module_name} matches no GET operation of the spec")
        found.append(Operation(name, importlib.import_module(module_name), declared[name]))
    return found


def problems(operation: Operation, response: Any, *, response_violations: bool) -> list[str]:
    """What is wrong with an operation's response: status, violations Prism saw, parsing.

    Prism lists what it found wrong in the ``sl-violations`` header; ``response_violations``
    tolerates those about its own answer, for specs that contradict themselves.
    """
    found = []
    if response.status_code != 200:
        found.append(f"status {response.status_code}: {response.content[:800]!r}")
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    if response_violations:
        violations = [v for v in violations if v.get("location", [""])[0] != "response"]
    if violations:
        found.append(f"Prism violations: {json.dumps(violations)[:800]}")
    expected = operation.response_type()
    if not isinstance(response.parsed, expected):
        found.append(f"parsed {type(response.parsed).__name__}, not {expected.__name__}")
    return [f"{operation}: {problem}" for problem in found]


def _endpoint_modules(package: ModuleType) -> Iterator[str]:
    api = importlib.import_module(f"{package.__name__}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if not info.ispkg and info.name.rsplit(".", 1)[1].startswith(_PREFIXES):
            yield info.name


def _needed(parameter: Mapping[str, Any]) -> bool:
    """Required, or an object: Prism reads an absent deepObject as ``{}`` and checks it."""
    return bool(parameter.get("required")) or parameter["schema"].get("type") == "object"


def _values(parameter: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(name, value) to pass for a parameter; a deepObject is one argument per property."""
    value = _value(parameter["schema"], parameter.get("example"))
    if parameter.get("style") == "deepObject":
        yield from ((f"{parameter['name']}_{key}", item) for key, item in value.items())
    else:
        yield parameter["name"], value


def _key(name: str) -> str:
    """A parameter name as both the spec (``employee_ids[]``) and Python spell it."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _value(schema: Schema, example: Any) -> Any:
    """The example if it fits the schema, else a plain value of the schema's type."""
    example = schema.get("example", example) if example is None else example
    kind = schema.get("type")
    if kind == "object":
        given = example if isinstance(example, Mapping) else {}
        properties = schema.get("properties", {})
        return {key: _value(properties[key], given.get(key)) for key in properties}
    if kind == "array":
        items = schema.get("items", {})
        if isinstance(example, list) and example:
            return [_value(items, item) for item in example]
        choices = items.get("enum") or schema.get("enum")
        return [choices[0] if choices else _value(items, None)]
    if "enum" in schema:
        return example if example in schema["enum"] else schema["enum"][0]
    if kind == "boolean":
        return example if isinstance(example, bool) else True
    if kind in ("integer", "number"):
        plain = isinstance(example, (int, float)) and not isinstance(example, bool)
        return example if plain else 1
    return "1" if example is None else str(example)


def _name(annotation: Any) -> str:
    return str(getattr(annotation, "__name__", ""))


def _python(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated function's argument type wants it."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        (annotation, *_) = (
            a for a in typing.get_args(annotation) if _name(a) not in ("Unset", "NoneType")
        )
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return [_python(v, item) for v in value]
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return annotation(value)
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(value)
    return value
