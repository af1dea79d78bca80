"""`export-pdf` for the dialogue and bargaining papers: which record each kind prints.

``--id`` names the record by its number in the database (a list, a dialogue, a bargaining round,
a session or an agreement, as the kind needs); without it the kind's latest record is printed:
the current list, the latest dialogue that has the paper, the latest round, the agreement in
force. ``--year`` narrows the default to the dialogues held (or the rounds requested) that year.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from .context import CliError, Context

DIALOGUE_PAPERS = ("dialogue-representatives", "dialogue-request", "dialogue-reply",
                   "dialogue-minutes", "dialogue-notice")
AGREEMENT_PAPERS = ("bargaining-request", "bargaining-session", "bargaining-failed",
                    "agreement-tally", "agreement", "agreement-cover-letter",
                    "agreement-announcement")
RECORD_PAPERS = DIALOGUE_PAPERS + AGREEMENT_PAPERS


def record_paper(db, ctx: Context, args: argparse.Namespace, today: date):
    """The paper of ``args.kind`` for the record ``--id`` or the kind's default record."""
    from ..services.agreement_papers import AgreementPaperService
    from ..services.dialogue_papers import DialoguePaperService

    record = _given_id(args) or _default_record(db, ctx, args, today)
    n = args.numbered
    if args.kind in DIALOGUE_PAPERS:
        papers = DialoguePaperService(db, ctx.actor())
        return {
            "dialogue-representatives": lambda: papers.representatives(record, today, n),
            "dialogue-request": lambda: papers.request(record, today, n),
            "dialogue-reply": lambda: papers.reply(record, today, n),
            "dialogue-minutes": lambda: papers.minutes(record),
            "dialogue-notice": lambda: papers.notice(record, n),
        }[args.kind]()
    papers = AgreementPaperService(db, ctx.actor())
    return {
        "bargaining-request": lambda: papers.bargaining_request(record, n),
        "bargaining-session": lambda: papers.session_minutes(record),
        "bargaining-failed": lambda: papers.failure(record),
        "agreement-tally": lambda: papers.tally(record),
        "agreement": lambda: papers.agreement(record),
        "agreement-cover-letter": lambda: papers.cover_letter(record),
        "agreement-announcement": lambda: papers.announcement(record, n),
    }[args.kind]()


def _given_id(args: argparse.Namespace) -> int | None:
    if args.id is None:
        return None
    try:
        value = int(args.id)
    except ValueError:
        value = 0
    if value < 1:
        raise CliError(QCoreApplication.translate(
            "Cli", "For {kind}, --id takes the number of the record (a whole number such as "
                   "3), not “{id}”.").format(kind=args.kind, id=args.id))
    return value


def _default_record(db, ctx: Context, args: argparse.Namespace, today: date) -> int:
    found = (_dialogue_default if args.kind in DIALOGUE_PAPERS else _agreement_default)(
        db, ctx, args, today)
    if found is None:
        raise CliError(QCoreApplication.translate(
            "Cli", "There is no record to print {kind} from{year}. Record it in the program "
                   "first, or name one with --id.").format(
            kind=args.kind, year=f" ({args.year})" if args.year else ""))
    return found


def _first(items, test: Callable[[object], bool] = bool):
    return next((item for item in items if test(item)), None)


def _dialogue_default(db, ctx: Context, args: argparse.Namespace, today: date) -> int | None:
    from ..domain.dialogue_rules import DialogueKind
    from ..domain.dialogue_stages import DialogueStage
    from ..services.dialogue_lists import DialogueListService
    from ..services.dialogues import DialogueService

    if args.kind == "dialogue-representatives":
        lists = DialogueListService(db, ctx.actor()).lists()
        chosen = _first(lists, lambda x: args.year in (None, x.determined_on.year))
        return chosen.id if chosen else None
    service = DialogueService(db, ctx.actor())
    dialogues = [d for d in service.list() if args.year in (None, (d.held_on or d.scheduled_on)
                                                            .year)]
    tests = {
        "dialogue-request": lambda d: d.kind is DialogueKind.REQUEST,
        "dialogue-reply": lambda d: d.kind is DialogueKind.REQUEST
        and service.get(d.id, today).reply_sent_on is not None,
        "dialogue-minutes": lambda d: bool(d.minutes_number),
        "dialogue-notice": lambda d: d.stage is DialogueStage.PUBLISHED,
    }
    chosen = _first(dialogues, tests[args.kind])
    if chosen is None and args.kind == "dialogue-minutes":  # held, not signed yet
        chosen = _first(dialogues, lambda d: d.held_on is not None)
    return chosen.id if chosen else None


def _agreement_default(db, ctx: Context, args: argparse.Namespace, today: date) -> int | None:
    from ..domain.bargaining_stages import RoundStage
    from ..services.agreements import AgreementService
    from ..services.bargaining import BargainingService

    bargaining = BargainingService(db, ctx.actor())
    rounds = [r for r in bargaining.rounds() if args.year in (None, r.requested_on.year)]
    if args.kind in ("bargaining-request", "bargaining-session", "bargaining-failed"):
        if args.kind == "bargaining-failed":
            rounds = [r for r in rounds if r.stage is RoundStage.FAILED]
        if args.kind == "bargaining-session":
            sessions = _first(bargaining.get(r.id).sessions for r in rounds)
            return sessions[-1].id if sessions else None
        return rounds[0].id if rounds else None
    agreements = AgreementService(db, ctx.actor())
    in_force = agreements.in_force(today)
    candidates = ([in_force] if in_force and args.year is None else []) + [
        agreements.get(r.agreement_id, today) for r in rounds]
    tests = {
        "agreement-tally": lambda a: a.vote_on is not None,
        "agreement": lambda a: True,
        "agreement-cover-letter": lambda a: a.signed_on is not None,
        "agreement-announcement": lambda a: a.announced_on is not None,
    }
    chosen = _first(candidates, tests[args.kind])
    return chosen.id if chosen else None
