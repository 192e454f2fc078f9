"""Hub tokens can be typed after an option on the command line."""

import secrets

from desktop.cli.parser import build_parser
from desktop.hub import tokens


def test_a_token_never_reads_as_an_option(monkeypatch):
    # secrets.token_urlsafe starts with "-" one time in 64; force that case.
    monkeypatch.setattr(secrets, "token_urlsafe", lambda size: "-" + "A" * 42)
    token = tokens.new_token()
    assert not token.startswith("-")
    args = build_parser().parse_args(
        ["connect", "--vault", "v", "--hub", "http://127.0.0.1:1", "--admin-token", token])
    assert args.admin_token == token


def test_tokens_are_random_and_only_their_digest_matches():
    first, second = tokens.new_token(), tokens.new_token()
    assert first != second and len(first) > 40
    assert tokens.matches(first, tokens.digest(first))
    assert not tokens.matches(second, tokens.digest(first))
