"""Every list and get operation against Prism, a third-party server that validates each request
against the spec and answers from it, over loopback HTTP.

Three modes per spec: Prism's static examples; ``dynamic`` data that Prism makes up from the
schemas (fixed seed); and dynamic data from the normalized spec the client was generated from,
where every response property may be ``null`` as Factorial's may. Each call must pass Prism's
request validation, answer 200, and parse into the promised model.

Prism also checks its own answers against the spec. Only our openapi.yaml, as written, must pass
that too: the published spec has examples that break its own schemas, and the normalized spec
is written for the generator (a ``null`` among an enum's values, which the enum's ``type`` then
forbids), so there it reports faults of the spec, not of the client.

The published spec needs one workaround of Prism's: it cannot see query parameters whose names
end in ``[]`` (https://github.com/stoplightio/prism/issues/2443), so it would refuse every call
for lacking the required ones. The spec Prism serves has those marked optional; the calls still
send them.
"""

from __future__ import annotations

import copy
import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import factorial_api
import pytest
from factorial_api.client import Client
from normalize import normalize

from factorial_auth import ApiKeyAuth, FactorialAuth, Token, make_client
from tests._paths import ROOT, SCRIPTS, load_yaml, published_spec
from tests.peers._operations import Operation, find_operations, problems, spec_operation_names
from tests.peers._servers import PeerServer, run_prism

Spec = dict[str, Any]

# The package generated from the published spec, named apart from the installed factorial_api.
PUBLISHED_PACKAGE = "factorial_published"
# Bounds one regeneration (about 20 s), so that a hung generator fails the run.
REGENERATION_TIMEOUT = 300


# Operations of the published spec the client cannot call correctly yet, each with the parameter
# its failure must be about. Both take an object in a `style: deepObject` query parameter, which
# the spec sends as `managed_by_filter[manager_employee_id]=1`; the generated client flattens it
# to `manager_employee_id=1`.
@attrs.frozen
class Mode:
    name: str
    dynamic: bool
    normalized: bool

    def __str__(self) -> str:
        return self.name


MODES = (
    Mode("static", dynamic=False, normalized=False),
    Mode("dynamic", dynamic=True, normalized=False),
    Mode("dynamic-nullable", dynamic=True, normalized=True),
)


OURS = load_yaml(ROOT / "openapi.yaml")
OUR_OPERATIONS = find_operations(factorial_api, OURS)


def _served(spec: Spec, mode: Mode, path: Path) -> Path:
    """Write the spec Prism serves in ``mode``; see the module docstring for the workaround."""
    served = normalize(spec) if mode.normalized else copy.deepcopy(spec)
    for item in served["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", ()):
                if parameter["in"] == "query" and parameter["name"].endswith("[]"):
                    parameter["required"] = False
    # JSON: written and read far faster than YAML. YAML's dates go back to the strings they were.
    path.write_text(json.dumps(served, default=lambda value: value.isoformat()), encoding="utf-8")
    return path


def _prism(spec: Spec, mode: Mode, directory: Path) -> Iterator[PeerServer]:
    served = _served(spec, mode, directory / f"{mode}.json")
    with run_prism(served, directory / f"prism-{mode}.log", dynamic=mode.dynamic) as server:
        yield server


@pytest.fixture(scope="module", params=MODES, ids=str)
def mode(request: pytest.FixtureRequest) -> Mode:
    chosen: Mode = request.param
    return chosen


@pytest.fixture(scope="module")
def our_prism(mode: Mode, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PeerServer]:
    yield from _prism(OURS, mode, tmp_path_factory.mktemp("prism-ours"))


@pytest.fixture(scope="module")
def our_client(our_prism: PeerServer) -> Iterator[Client]:
    # Fresh for an hour: the hook never asks Prism for a token.
    token = Token(
        access_token="peer-access", token_type="Bearer", expires_in=3600, refresh_token="r"
    )
    auth = FactorialAuth(
        client_id="peer", client_secret="secret", token=token, base_url=our_prism.url
    )
    # A refused call returns its answer, with Prism's account of what was wrong, to assert on.
    with make_client(auth, raise_on_unexpected_status=False) as client:
        yield client


@pytest.fixture(scope="module")
def published_path() -> Path:
    return published_spec()


@pytest.fixture(scope="module")
def published(published_path: Path) -> Spec:
    return load_yaml(published_path)


@pytest.fixture(scope="module")
def published_package(
    published_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleType]:
    output = tmp_path_factory.mktemp("regenerated")
    command = [sys.executable, str(SCRIPTS / "regenerate.py"), "--spec", str(published_path)]
    result = subprocess.run(
        [*command, "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=REGENERATION_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"regenerating from the published spec failed:\n{result.stderr}", pytrace=False)
    importable = tmp_path_factory.mktemp("importable")
    shutil.copytree(output / "factorial_api", importable / PUBLISHED_PACKAGE)
    sys.path.insert(0, str(importable))
    try:
        yield importlib.import_module(PUBLISHED_PACKAGE)
    finally:
        sys.path.remove(str(importable))
        for name in [m for m in sys.modules if m.partition(".")[0] == PUBLISHED_PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def published_operations(published: Spec, published_package: ModuleType) -> list[Operation]:
    return find_operations(published_package, published)


@pytest.fixture(scope="module")
def published_prism(
    published: Spec, mode: Mode, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PeerServer]:
    yield from _prism(published, mode, tmp_path_factory.mktemp("prism-published"))


def test_our_operations_are_all_found() -> None:
    assert {op.name for op in OUR_OPERATIONS} == spec_operation_names(OURS)
    assert OUR_OPERATIONS


@pytest.mark.parametrize("operation", OUR_OPERATIONS, ids=str)
def test_our_operation(
    mode: Mode, our_client: Client, our_prism: PeerServer, operation: Operation
) -> None:
    response = operation.call(our_client)

    found = problems(operation, response, response_violations=mode.normalized)
    assert not found, "\n".join([*found, f"Prism's log: {our_prism.log}"])


def test_published_operations_are_all_found(
    published: Spec, published_operations: list[Operation]
) -> None:
    assert {op.name for op in published_operations} == spec_operation_names(published)
    assert len(published_operations) > 200


def test_published_operations(
    published_prism: PeerServer, published_operations: list[Operation]
) -> None:
    found: dict[str, list[str]] = {}
    auth = ApiKeyAuth("peer-key")
    with make_client(
        auth, base_url=published_prism.url, raise_on_unexpected_status=False
    ) as client:
        for operation in published_operations:
            try:
                response = operation.call(client)
            except Exception as exc:
                found[operation.name] = [f"{operation}: raised {exc!r}"]
                continue
            if issues := problems(operation, response, response_violations=True):
                found[operation.name] = issues

    problems_found = [issue for issues in found.values() for issue in issues]
    assert not problems_found, "\n".join(
        [f"{len(problems_found)} problems:", *problems_found, f"Prism's log: {published_prism.log}"]
    )
