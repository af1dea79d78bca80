"""The `dcs-enterprise` command: the desktop application, or one headless command.

Only argparse is loaded to read the arguments; the services, Qt and the command modules are
imported once a command runs (start-up cost). Exit status: 0 done, 1 the check found problems,
2 refused (bad input, wrong file, locked database...), 3 unexpected failure (a bug).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

DESCRIPTION = """\
Workplace democracy (dân chủ cơ sở) for Vietnamese enterprises.

Without a command, starts the desktop application. The commands below work on the
database without a window. They act as the administrator of this computer: no sign-in
is asked, and their changes are written to the audit trail under the name
"cli:<your login name>" with the administrator role.
"""

EPILOG = """\
Every command works on the default database unless --db names another file;
DCS_ENTERPRISE_HOME moves the default database, backups and preferences to one folder.
Exit status: 0 done, 1 problems found (check, verify), 2 refused with a message,
3 unexpected error.
"""


def _positive_or_zero(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """--db and --lang, accepted before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, metavar="PATH", default=default,
                        help="the database file (default: the program's own database)")
    common.add_argument("--lang", choices=("vi", "en"), default=default,
                        help="language of the messages (default: the language chosen in the "
                             "program, Vietnamese at first)")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dcs-enterprise", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter, parents=[_common_options(False)])
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = [_common_options(True)]

    def command(name: str, handler: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=common)
        sub.set_defaults(handler=handler)
        return sub

    command("gui", "", "start the desktop application (the same as no command)")

    demo = command("demo", "roster:demo",
                   "create the demo enterprise (a garment and footwear factory) in a new "
                   "database, and print the demo accounts' user names and passwords")
    demo.add_argument("--employees", type=_positive_or_zero, default=1200, metavar="N",
                      help="number of employees (default: 1200)")
    demo.add_argument("--seed", type=int, default=2027, metavar="S",
                      help="random seed; the same seed gives the same people (default: 2027)")

    imp = command("import-employees", "roster:import_employees",
                  "import the roster from HR's spreadsheet (.xlsx or .csv): new codes are "
                  "added, known codes updated; any error and nothing is imported")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--create-departments", action="store_true",
                     help="create the departments the file names that do not exist yet")

    exp = command("export-employees", "roster:export_employees",
                  "export the whole roster (people who left included) to an .xlsx file")
    exp.add_argument("file", type=Path, metavar="FILE")

    pdf = command("export-pdf", "documents:export_pdf",
                  "render a document in the Vietnamese administrative layout (Decree 30/2020) "
                  "to a PDF file; --list shows the kinds")
    pdf.add_argument("kind", nargs="?", metavar="KIND", help="the kind of document (see --list)")
    pdf.add_argument("--list", action="store_true", help="list the kinds of document")
    pdf.add_argument("--id", metavar="ID",
                     help="which record; for the roster, a department code (default: all); "
                          "for a department meeting, the department's code; for the dialogue "
                          "and bargaining papers, the record's number: the list "
                          "(dialogue-representatives), the dialogue (dialogue-*), the round "
                          "(bargaining-request, bargaining-failed), the session "
                          "(bargaining-session) or the agreement (agreement*); for "
                          "supervision-plan and supervision-findings, the supervision plan "
                          "(default: the latest, or the agreement in force; the latest plan, "
                          "with findings for supervision-findings)")
    pdf.add_argument("--year", type=int, metavar="YEAR",
                     help="for the workers' conference papers: the conference's year "
                          "(default: the newest); for the dialogue and bargaining papers, the "
                          "year of the dialogue or of the bargaining request; for the "
                          "supervision papers, the plan's year; for petition-register and "
                          "annual-report, the year reported (default: this year)")
    pdf.add_argument("--out", type=Path, metavar="FILE.pdf", help="the PDF file to write")
    pdf.add_argument("--numbered", action="store_true",
                     help="issue the document with the next number of its series (recorded, "
                          "never reused)")

    command("check", "maintenance:check",
            "check the database file's integrity and schema revision "
            "(exit status 1 when problems are found)")
    command("verify", "maintenance:verify",
            "verify the audit trail's hash chain (exit status 1 when it was tampered with)")

    bak = command("backup", "maintenance:backup", "copy the database to a backup file")
    bak.add_argument("--out", type=Path, metavar="FILE",
                     help="the backup file, which must not exist yet "
                          "(default: a dated file in the program's backup folder)")

    res = command("restore", "maintenance:restore",
                  "replace the database (--db) with a backup; the replaced database is "
                  "first saved in the program's backup folder")
    res.add_argument("file", type=Path, metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None,
         run_gui: Callable[[Path | None, str | None], int] | None = None) -> int:
    """The command line. Without a command it opens the window through `run_gui`, which the
    composition root (app.main) hands in: cli/ never imports the app or the UI itself."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error (already printed)
        return exit_.code if isinstance(exit_.code, int) else EXIT_REFUSED
    if not getattr(args, "handler", ""):
        if run_gui is None:
            parser.print_usage()
            return EXIT_REFUSED
        return run_gui(args.db, args.lang)
    _tolerate_narrow_consoles()
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from ..domain.errors import DcsError
    from ..i18n import error_text, load_language
    from ..paths import app_paths
    from .context import CliError, Context, translations

    paths = app_paths()
    language = args.lang or load_language(paths)
    db_path = (args.db or paths.default_database).expanduser()
    ctx = Context(db_path=db_path, backup_dir=paths.backup_dir, language=language)
    module_name, function_name = args.handler.split(":")
    handler = getattr(importlib.import_module(f"{__package__}.{module_name}"), function_name)
    with translations(language):
        try:
            return handler(ctx, args)
        except CliError as error:
            print(error, file=sys.stderr)
            return EXIT_REFUSED
        except DcsError as error:
            print(error_text(error), file=sys.stderr)
            return EXIT_REFUSED
        except KeyboardInterrupt:
            print(QCoreApplication.translate("Cli", "Interrupted."), file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # The reader went away (`… | head`): nothing more to say, and nothing to report.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        except Exception as error:  # a bug: the details, then one line for the user
            import traceback

            traceback.print_exc()
            print(QCoreApplication.translate(
                "Cli", "Unexpected error ({detail}). Please report it with the lines above.",
            ).format(detail=f"{type(error).__name__}: {error}"), file=sys.stderr)
            return EXIT_BUG


def _tolerate_narrow_consoles() -> None:
    """A console that cannot show Vietnamese letters gets '?' rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


if __name__ == "__main__":
    sys.exit(main())
