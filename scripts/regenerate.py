"""Regenerate the typed client package `factorial_api` from an OpenAPI spec.

    python scripts/regenerate.py [--spec PATH_OR_URL] [--output DIR] [--check]

The spec (YAML or JSON, a file or an http(s) URL) is normalized (see normalize.py), handed to
openapi-python-client with our config and templates, formatted with ruff, and only then swapped
into DIR/factorial_api: a failed run leaves the previous package untouched. `--check` builds into a
temporary directory and fails, naming the files, when DIR/factorial_api differs from it.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from normalize import HTTP_METHODS, Spec, SpecError, is_list_operation, normalize, operations
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.schemas import Class as ClassInfo

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "scripts" / "generator"
PACKAGE = "factorial_api"
# Modules written by our own templates, beside what openapi-python-client renders.
EXTRA_MODULES = ("pagination.py", "webhooks.py")


class RegenerationError(Exception):
    """A regeneration step failed; the message is one line for the user."""


def load_spec(source: str) -> Spec:
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(source, follow_redirects=True, timeout=60)
        except httpx.HTTPError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise RegenerationError(f"cannot fetch spec {source}: {reason}") from exc
        if response.is_error:
            raise RegenerationError(
                f"cannot fetch spec {source}: HTTP {response.status_code} {response.reason_phrase}"
            )
        text = response.text
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise RegenerationError(f"cannot read spec {source}: {exc.strerror}") from exc
    try:
        spec = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise RegenerationError(f"spec {source} is not valid YAML or JSON{line}") from exc
    if not isinstance(spec, dict) or not str(spec.get("openapi", "")).startswith("3."):
        raise RegenerationError(f"spec {source} is not an OpenAPI 3 document")
    check_refs(spec)
    return spec


def _refs(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref, where
        for key, value in node.items():
            yield from _refs(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{where}/{index}")


def check_refs(spec: Spec) -> None:
    for ref, where in _refs(spec, "#"):
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if not ref.startswith("#/") or target is None:
            raise RegenerationError(f"dangling $ref {ref!r} at {where}")


def _describe(error: GeneratorError) -> str:
    detail = " ".join((error.detail or "").split())
    return f"{error.header.strip()} {detail}".strip()


def build(spec: Spec, package_dir: Path) -> dict[str, int]:
    """Generate the package into `package_dir` and return the counts for the summary."""
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR / "config.yaml"),
        MetaType.NONE,
        document_source=Path("normalized-spec"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise RegenerationError(_describe(data))
    project = Project(openapi=data, config=config, custom_template_path=GENERATOR / "templates")
    env = project.env
    # Our templates wrap the stock ones, reachable as "upstream/<name>".
    upstream = PrefixLoader({"upstream": PackageLoader("openapi_python_client")})
    env.loader = ChoiceLoader([env.loader, upstream]) if env.loader else upstream
    env.filters["re_sub"] = lambda text, pattern, replacement: re.sub(pattern, replacement, text)
    models = {f"#{_untrusted(m.name)}": m.class_info for m in data.models}
    env.globals["paginated"] = paginated(spec, data, models)
    env.globals["query_names"] = {
        parameter["name"]: parameter["x-query-name"]
        for _, _, operation in operations(spec)
        for parameter in operation.get("parameters", [])
        if "x-query-name" in parameter
    }
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    webhooks = webhook_catalog(spec, models)
    for name in EXTRA_MODULES:
        template = env.get_template(f"{name}.jinja")
        (package_dir / name).write_text(template.render(webhooks=webhooks), encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    if errors:
        for error in errors:
            print(f"skipped: {_describe(error)}", file=sys.stderr)
        raise RegenerationError(
            f"the generator skipped {len(errors)} part(s) of the spec (listed above)"
        )
    _format(package_dir)
    built = sum(len(c.endpoints) for c in data.endpoint_collections_by_tag.values())
    expected = sum(1 for _ in operations(spec))
    if built != expected:
        raise RegenerationError(f"{expected - built} operation(s) of the spec were not generated")
    classes = {_untrusted(prop.name) for prop in [*data.models, *data.enums]}
    schemas = spec.get("components", {}).get("schemas", {})
    missing = [name for name in schemas if f"/components/schemas/{name}" not in classes]
    if missing:
        raise RegenerationError(f"schemas not generated: {', '.join(sorted(missing))}")
    return {
        "operations": built,
        "schemas": len(schemas),
        "models": len(data.models),
        "enums": len(data.enums),
    }


def _untrusted(name: object) -> str:
    value = getattr(name, "get_untrusted_value", None)
    return str(value() if value is not None else name)


def paginated(
    spec: Spec, data: GeneratorData, models: dict[str, ClassInfo]
) -> dict[str, dict[str, str]]:
    """Item and envelope classes of list operations returning {data: [model], meta}."""
    envelopes = {
        f"{tag}.{endpoint.name}": response.prop.class_info.name
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
        for response in endpoint.responses.patterns[:1]
        if isinstance(response.prop, ModelProperty)
    }
    result = {}
    for method, path, operation in operations(spec):
        name = f"{operation['tags'][0]}.{operation['operationId']}"
        content = (
            operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
        )
        items = content.get("schema", {}).get("properties", {}).get("data", {}).get("items", {})
        item = models.get(items.get("$ref", ""))
        if is_list_operation(method, path) and item is not None and name in envelopes:
            result[name] = {
                "module": item.module_name,
                "item": item.name,
                "envelope": envelopes[name],
            }
    return result


def webhook_catalog(spec: Spec, models: dict[str, ClassInfo]) -> list[tuple[str, str, str]]:
    """(subscription type, module, class) of each webhook's payload model, sorted."""
    catalog = []
    for item in spec.get("webhooks", {}).values():
        for operation in (item[method] for method in HTTP_METHODS if method in item):
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            info = models.get(body.get("schema", {}).get("$ref", ""))
            if info is None:
                raise RegenerationError(
                    f"webhook {operation['x-subscription-type']} has no payload model"
                )
            catalog.append((operation["x-subscription-type"], info.module_name, info.name))
    return sorted(catalog)


def _format(package_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(GENERATOR / "ruff.toml")]
    for command in (["check", "--fix-only", "--unsafe-fixes", "--quiet"], ["format", "--quiet"]):
        result = subprocess.run(
            [*ruff, *command, *config, str(package_dir)], capture_output=True, text=True
        )
        if result.returncode != 0:
            first = (result.stderr or result.stdout).strip().splitlines()[:1]
            raise RegenerationError(f"ruff {command[0]} failed: {' '.join(first)}")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ between two trees, or exist in only one."""
    names = {
        p.relative_to(left) for p in left.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    names |= {
        p.relative_to(right)
        for p in right.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    return sorted(
        str(name)
        for name in names
        if not ((left / name).is_file() and (right / name).is_file())
        or not filecmp.cmp(left / name, right / name, shallow=False)
    )


def replace(new: Path, target: Path) -> None:
    """Swap `new` in for `target`, keeping `target` until the new tree is in place."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default=str(ROOT / "openapi.yaml"), help="spec file or URL")
    parser.add_argument(
        "--output", default=str(ROOT / "generated"), help="directory holding factorial_api"
    )
    parser.add_argument(
        "--check", action="store_true", help="fail when the output is not up to date"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    output = Path(args.output)
    try:
        raw = load_spec(args.spec)
        spec = normalize(raw)
        output.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(
            dir=None if args.check else output, prefix=".regenerate-"
        ) as work:
            package_dir = Path(work) / PACKAGE
            counts = build(spec, package_dir)
            if args.check:
                changed = differences(package_dir, output / PACKAGE)
                if changed:
                    print(
                        f"{output / PACKAGE} is out of date: {', '.join(changed)}", file=sys.stderr
                    )
                    return 1
            else:
                replace(package_dir, output / PACKAGE)
    except (RegenerationError, SpecError) as exc:
        print(f"regenerate: error: {exc}", file=sys.stderr)
        return 1
    schemas = len(raw.get("components", {}).get("schemas", {}))
    count = sum(1 for _ in operations(raw))
    print(
        f"spec: {count} operations, {schemas} schemas, {len(raw.get('webhooks', {}))} webhooks; "
        f"generated: {counts['operations']} operations, {counts['schemas']} schemas "
        f"({counts['models']} models and {counts['enums']} enums in all); "
        f"skipped: 0; {'checked' if args.check else 'wrote'} {output / PACKAGE} "
        f"in {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
