"""The ``factorial-auth`` command: sign in once, then inspect, renew and use the saved token.

Nothing it prints holds a secret, except what ``token`` prints because the user asked for it.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import textwrap
import threading
import time
import webbrowser
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import NoReturn

import platformdirs

from ._errors import ConfigurationError, FactorialAuthError, ReauthorizationRequired
from ._factorial import Factorial
from ._login import RedirectListener, loopback_address, read_key
from ._oauth import SCOPES, TokenEndpoint, resolve_base_url
from ._sandbox import Sandbox
from ._stores import FileTokenStore
from ._token import Token

__all__ = ["main"]

PROG = "factorial-auth"
# Factorial documents a week; the token endpoint does not say, so status can only estimate.
REFRESH_TOKEN_LIFETIME = 7 * 24 * 3600
_LEEWAY = 60.0  # seconds a token printed by `token` stays usable at least
_DEFAULT_TOKEN_FILE = platformdirs.user_config_path(PROG) / "token.json"

_EPILOG = f"""\
exit status:
  0    success; for status: the access token is valid
  1    failure; for status: the access token expired, but its refresh token can renew it
  2    reauthorization needed (no token, or the refresh token lapsed or was refused: run
       login), or a usage error
  130  interrupted

environment (options take precedence):
  FACTORIAL_CLIENT_ID, FACTORIAL_CLIENT_SECRET, FACTORIAL_REDIRECT_URI, FACTORIAL_SCOPE
                        the OAuth application, and the scope login asks for (read+write)
  FACTORIAL_TOKEN_FILE  the token file (default {_DEFAULT_TOKEN_FILE})
  FACTORIAL_BASE_URL    the server (default https://api.factorialhr.com)

Secrets are never printed, except the access token that `token` prints on request.
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except ReauthorizationRequired as exc:
        _fail(f"{exc} (run: {PROG} login)")
        return 2
    except (FactorialAuthError, OSError) as exc:
        _fail(str(exc))
        failure: int = args.failure
        return failure
    return status


# Commands


def _login(args: argparse.Namespace) -> int:
    client_id, client_secret = _client(args)
    redirect_uri = _setting(
        args.redirect_uri, "FACTORIAL_REDIRECT_URI", "redirect URI", "--redirect-uri"
    )
    scope = args.scope or os.environ.get("FACTORIAL_SCOPE") or "read+write"
    store = _store(args)
    factorial = Factorial("unused", base_url=args.base_url)
    state = secrets.token_urlsafe(16)
    link = factorial.authorization_url(client_id, redirect_uri, scope, state)

    def exchange(code: str) -> Token:
        token = factorial.obtain_access_token(client_id, client_secret, redirect_uri, code)
        with store.lock():
            store.save(token)
        return token

    address = loopback_address(redirect_uri)
    if address is None:
        _say("Open this link in a browser, sign in to Factorial and allow access:")
        _say(link)
        _say("Then paste the authorization key (or the address the browser shows): ", end="")
        token = exchange(read_key(state, args.timeout))
    else:
        with RedirectListener(address) as listener:
            _say("Open this link in a browser, sign in to Factorial and allow access:")
            _say(link)
            if not args.no_browser:
                _open_browser(link)
            _say(f"Waiting up to {args.timeout:g} s for the redirect to {redirect_uri} ...")
            token = listener.wait(state, exchange, args.timeout)
    _say(
        f"Signed in: token saved to {store.path} (scope {token.scope or scope}; "
        f"access token valid until {_when(token.expires_at)})."
    )
    return 0


def _status(args: argparse.Namespace) -> int:
    store = _store(args)
    token = store.load()
    if token is None:
        _say(f"No token in {store.path}: run `{PROG} login`.")
        return 2
    now = time.time()
    expires = token.created_at + token.expires_in
    lapses = token.created_at + REFRESH_TOKEN_LIFETIME
    _say(f"Token file:     {store.path}")
    _say(f"Scope:          {token.scope or 'not given by the server'}")
    if now < expires:
        _say(f"Access token:   valid until {_when(expires)} ({_span(expires - now)} left)")
    else:
        _say(f"Access token:   expired at {_when(expires)} ({_span(now - expires)} ago)")
    lapse = f"lapses around {_when(lapses)} (in {_span(lapses - now)})"
    if now >= lapses:
        lapse = f"lapsed around {_when(lapses)} ({_span(now - lapses)} ago)"
    _say(
        f"Refresh token:  issued {_span(now - token.created_at)} ago; {lapse}; an estimate, "
        "from the week Factorial documents"
    )
    if now < expires:
        _say("Status:         valid")
        return 0
    if now < lapses:
        _say(f"Status:         expired, renewable: `{PROG} refresh` or the next API call renews it")
        return 1
    _say(f"Status:         reauthorization needed: run `{PROG} login`")
    return 2


def _refresh(args: argparse.Namespace) -> int:
    token = _current_token(args, force=True)
    expires = token.created_at + token.expires_in
    _say(
        f"Refreshed: access token valid until {_when(expires)} ({_span(expires - time.time())} "
        f"left); the new refresh token is saved in {_store(args).path}."
    )
    return 0


def _token(args: argparse.Namespace) -> int:
    # The one secret this program prints: the user asked for it, to pipe it somewhere.
    print(_current_token(args, force=False).access_token, flush=True)
    return 0


def _logout(args: argparse.Namespace) -> int:
    store = _store(args)
    if not store.path.exists():
        _say(f"No token in {store.path}: nothing to delete.")
    else:
        with store.lock():
            store.path.unlink(missing_ok=True)
        _say(f"Signed out: deleted {store.path}.")
    Path(f"{store.path}.lock").unlink(missing_ok=True)
    return 0


def _sandbox(args: argparse.Namespace) -> int:
    sandbox = Sandbox(
        client_id=args.client_id,
        client_secret=args.client_secret,
        access_ttl=args.access_ttl,
        refresh_ttl=args.refresh_ttl,
        employees=args.employees,
        rate_limit=args.rate_limit,
        port=args.port,
    )
    try:
        sandbox.start()
    except OSError as exc:
        raise ConfigurationError(
            f"cannot listen on 127.0.0.1 port {args.port}: {exc.strerror or exc}"
        ) from None
    _stop_on_signals()
    try:
        url = sandbox.base_url
        limit = f"; at most {args.rate_limit} requests a minute" if args.rate_limit else ""
        _say(f"Factorial sandbox listening on {url}")
        _say(
            f"{args.employees} fake employees; access tokens live {args.access_ttl} s, "
            f"refresh tokens {args.refresh_ttl} s{limit}."
        )
        if args.client_id is None and args.client_secret is None:
            _say("Any client id and client secret are accepted.")
        else:
            _say("Only the client id and secret given to this command are accepted.")
        _say("Point the library and this command at it, keeping its tokens apart from real ones:")
        _say(f"  export FACTORIAL_BASE_URL={url}")
        _say("  export FACTORIAL_TOKEN_FILE=sandbox-token.json")
        _say(
            f"  {PROG} login --client-id my-app --redirect-uri http://127.0.0.1:8765/callback "
            "(with FACTORIAL_CLIENT_SECRET set)"
        )
        _say("Press Ctrl-C to stop.")
        _wait_for_interrupt()
    except KeyboardInterrupt:
        _say("Stopped.")
    finally:
        sandbox.stop()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from ._demo import run  # imports the generated client, which the other commands never need

    return run()


# Helpers


def _client(args: argparse.Namespace) -> tuple[str, str]:
    client_id = _setting(args.client_id, "FACTORIAL_CLIENT_ID", "client id", "--client-id")
    secret = _setting(
        args.client_secret, "FACTORIAL_CLIENT_SECRET", "client secret", "--client-secret"
    )
    return client_id, secret


def _setting(value: str | None, variable: str, what: str, option: str) -> str:
    value = value or os.environ.get(variable)
    if not value:
        raise ConfigurationError(f"no {what}: pass {option} or set {variable}")
    return value


def _store(args: argparse.Namespace) -> FileTokenStore:
    path = args.token_file or os.environ.get("FACTORIAL_TOKEN_FILE") or _DEFAULT_TOKEN_FILE
    return FileTokenStore(Path(path).expanduser())


def _current_token(args: argparse.Namespace, *, force: bool) -> Token:
    """The stored token, refreshed and saved first if ``force`` or if it is about to expire."""
    store = _store(args)
    if not store.path.exists():  # checked first too, so that nothing is created for no token
        raise ReauthorizationRequired(f"no token in {store.path}")
    with store.lock():
        token = store.load()
        if token is None:
            raise ReauthorizationRequired(f"no token in {store.path}")
        if force or token.is_expired(min(_LEEWAY, token.expires_in / 2)):
            client_id, client_secret = _client(args)
            url = f"{resolve_base_url(args.base_url)}/oauth/token"
            token = TokenEndpoint(url, client_id, client_secret).refresh(token.refresh_token)
            store.save(token)
    return token


def _open_browser(link: str) -> None:
    try:
        opened = webbrowser.open(link)
    except webbrowser.Error:
        opened = False
    if not opened:
        _say("(No browser could be opened: open the link yourself.)")


def _stop_on_signals() -> None:
    """Ctrl-C stops the foreground server even if a parent shell ignored it; so does SIGTERM."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)


def _wait_for_interrupt() -> None:
    """Block until Ctrl-C; waiting in short steps keeps it interruptible on Windows too."""
    never = threading.Event()
    while not never.wait(1.0):
        pass


def _when(moment: datetime | float) -> str:
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(moment, tz=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _span(seconds: float) -> str:
    whole = int(seconds)
    minutes, hours, days = whole // 60, whole // 3600, whole // 86400
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{minutes} min"
    if whole < 86400:
        return f"{hours} h {minutes % 60} min"
    return f"{days} d {hours % 24} h"


def _say(text: str, end: str = "\n") -> None:
    # Flushed at once: whoever reads the link through a pipe must not wait for a full buffer.
    print(text, end=end, flush=True)


def _fail(message: str) -> None:
    print(f"{PROG}: error: {' '.join(message.split())}", file=sys.stderr, flush=True)


# The command line


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, like every other failure, instead of the usage text."""
        self.exit(2, f"{PROG}: error: {message} (see {self.prog} --help)\n")


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Authorize a Factorial OAuth application once, then inspect, renew and use\n"
        "the saved token; or try it all offline against a local sandbox.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(failure=1)
    commands = parser.add_subparsers(metavar="COMMAND", required=True)

    token_file = _Parser(add_help=False)
    token_file.add_argument(
        "--token-file",
        metavar="PATH",
        help="where the token is kept "
        f"(default: $FACTORIAL_TOKEN_FILE, else {_DEFAULT_TOKEN_FILE})",
    )
    server = _Parser(add_help=False)
    server.add_argument(
        "--base-url",
        metavar="URL",
        help="the Factorial server (default: $FACTORIAL_BASE_URL, else https://api.factorialhr.com)",
    )
    application = _Parser(add_help=False)
    application.add_argument(
        "--client-id",
        metavar="ID",
        help="the OAuth application's client id (default: $FACTORIAL_CLIENT_ID)",
    )
    application.add_argument(
        "--client-secret",
        metavar="SECRET",
        help="its client secret (default: $FACTORIAL_CLIENT_SECRET, which, unlike an option, "
        "other users cannot see in the process list)",
    )
    common = [token_file, server, application]

    def command(
        name: str, run: Callable[[argparse.Namespace], int], summary: str, *parents: _Parser
    ) -> _Parser:
        sub: _Parser = commands.add_parser(
            name,
            help=summary,
            description=textwrap.fill(summary, 88),
            parents=list(parents),
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(run=run)
        return sub

    login = command(
        "login",
        _login,
        "Authorize the application for your Factorial user and save the token. With a "
        "loopback redirect URI (http://localhost:PORT/... or http://127.0.0.1:PORT/...) the "
        "redirect is received here; otherwise paste the authorization key.",
        *common,
    )
    login.add_argument(
        "--redirect-uri",
        metavar="URI",
        help="the application's redirect URI (default: $FACTORIAL_REDIRECT_URI)",
    )
    login.add_argument(
        "--scope",
        choices=list(SCOPES),
        help="what to ask for (default: $FACTORIAL_SCOPE, else read+write)",
    )
    login.add_argument(
        "--no-browser", action="store_true", help="only print the link; do not open a browser"
    )
    login.add_argument(
        "--timeout",
        type=_positive,
        default=300.0,
        metavar="SECONDS",
        help="how long to wait for the authorization (default: 300)",
    )
    status = command(
        "status",
        _status,
        "Show the scope, when the access token expires and when the refresh token lapses "
        "(exit status 0: valid, 1: expired but renewable, 2: reauthorization needed).",
        token_file,
    )
    status.set_defaults(failure=2)  # a token that cannot be read cannot be used either
    command("refresh", _refresh, "Renew the token now and save the new one.", *common)
    command(
        "token",
        _token,
        "Print the access token, renewed first if it is about to expire (the only command "
        "that prints a secret).",
        *common,
    )
    command("logout", _logout, "Delete the saved token and its lock file.", token_file)

    sandbox = command(
        "sandbox",
        _sandbox,
        "Run a local stand-in for Factorial (OAuth and some API resources) on 127.0.0.1 until "
        "Ctrl-C.",
    )
    sandbox.add_argument(
        "--port", type=int, default=8800, help="0 picks a free port (default: 8800)"
    )
    sandbox.add_argument("--access-ttl", type=int, default=3600, metavar="SECONDS")
    sandbox.add_argument("--refresh-ttl", type=int, default=7 * 24 * 3600, metavar="SECONDS")
    sandbox.add_argument("--client-id", help="accept only this client id (default: any)")
    sandbox.add_argument("--client-secret", help="accept only this client secret (default: any)")
    sandbox.add_argument("--employees", type=int, default=25, help="fake employees (default: 25)")
    sandbox.add_argument(
        "--rate-limit", type=int, metavar="N", help="answer 429 beyond N API requests a minute"
    )
    command(
        "demo",
        _demo,
        "Walk through the authorization guide end to end against an in-process sandbox: "
        "offline, in a few seconds.",
    )
    return parser


if __name__ == "__main__":
    sys.exit(main())
