"""Passphrases for the linking key in the shell: ``KONDENS_KEY_PASSPHRASE`` (scripts, tests) or a prompt.

The prompt uses getpass (nothing echoed) and asks twice for a new passphrase. Without a terminal and
without the variable, a one-line error tells what to do; a command never blocks waiting for stdin.
"""

from __future__ import annotations

import getpass
import os
import sys

from coding.errors import KondensError
from transcripts.deid.linking_key import check_passphrase

ENV = "KONDENS_KEY_PASSPHRASE"
ENV_NEW = "KONDENS_NEW_KEY_PASSPHRASE"  # only for changing the passphrase from a script


def ask(new: bool = False, env: str = ENV, prompt: str = "Passphrase for the linking key: ") -> str:
    value = os.environ.get(env)
    if value is not None:
        if new:
            check_passphrase(value)
        return value
    if not sys.stdin.isatty():
        raise KondensError(f"the linking key needs a passphrase: set {env} or run in a terminal "
                           "(or use --no-key to work without a key)")
    first = getpass.getpass(prompt)
    if new:
        check_passphrase(first)
        if getpass.getpass("The same passphrase again: ") != first:
            raise KondensError("the two passphrases differ; nothing was changed")
    return first
