"""Entry point of ``kondens``: no arguments opens the GUI; subcommands live in ``cmd_*.py`` modules.

Exit status: 0 ok, 2 a user-facing problem (one line on stderr), 1 a bug.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from app import __version__
from coding.errors import KondensError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kondens", description="Qualitative interview analysis.")
    parser.add_argument("--version", action="version", version=f"kondens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.cli as pkg

    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if mod.name.startswith("cmd_"):
            importlib.import_module(f"app.cli.{mod.name}").register(sub)
    return parser




def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:
        args_list = ["gui"]
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        rc = args.func(args)
    except KondensError as e:
        print(f"kondens: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        # The file system said no (read-only folder, a folder where a file was expected, a full disk):
        # the user's situation, not a bug; one line naming the file.
        where = e.filename if e.filename is not None else "kondens"
        print(f"kondens: {where}: {e.strerror or type(e).__name__}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return int(rc or 0)


if __name__ == "__main__":
    sys.exit(main())
