"""Collective bargaining and the collective labour agreement (DOMAIN.md "3. Collective
bargaining and the agreement"; Labour Code 2019 Arts 67-83): each round from its request, its
sessions, and the agreement it produces with its versioned clauses, vote, signing and filing.

Beside tables.py for readability; they share one SQLModel metadata with the other tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _text() -> Column:
    return Column(Text, nullable=False, default="")


class BargainingRound(SQLModel, table=True):
    """One bargaining, from the request (rule B1) to a concluded draft or a failure (B5)."""

    __tablename__ = "bargaining_round"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)  # domain.bargaining_stages.RoundKind
    stage: str = Field(max_length=12)  # domain.bargaining_stages.RoundStage
    requested_by: str = Field(max_length=10)  # domain.bargaining_rules.Requester
    requester_name: str = Field(max_length=300)
    requested_on: date = Field(index=True)
    topics: str = Field(default="", max_length=200)  # comma list of bargaining_rules.Topic
    request_content: str = Field(default="", sa_column=_text())
    arranged_on: date | None = None  # time and place agreed (B1)
    agreed_start_on: date | None = None
    agreed_place: str = Field(default="", max_length=300)
    information_requested_on: date | None = None
    information_supplied_on: date | None = None  # rule B3
    information_withheld: str = Field(default="", sa_column=_text())
    agreed_end_on: date | None = None  # B2: the parties may agree a longer bargaining
    concluded_on: date | None = None
    failed_on: date | None = None
    failure_ground: str = Field(default="", max_length=20)  # bargaining_rules.FailureGround
    failure_note: str = Field(default="", sa_column=_text())
    failure_number: str = Field(default="", max_length=60)
    created_at: datetime


class BargainingSession(SQLModel, table=True):
    """One bargaining session and its minutes (rule B4, Art 70.5)."""

    __tablename__ = "bargaining_session"
    __table_args__ = (UniqueConstraint("round_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="bargaining_round.id", index=True)
    number: int
    held_on: date
    start_time: str = Field(default="08:00", max_length=5)
    place: str = Field(default="", max_length=300)
    employer_representatives: str = Field(default="", sa_column=_text())  # one per line
    union_representatives: str = Field(default="", sa_column=_text())
    upper_union_representatives: str = Field(default="", sa_column=_text())  # Art 69.3
    note_taker: str = Field(default="", max_length=200)
    discussed: str = Field(default="", sa_column=_text())
    agreed_points: str = Field(default="", sa_column=_text())
    disputed_points: str = Field(default="", sa_column=_text())
    next_session_on: date | None = None
    draft_version: int | None = None  # the draft version this session produced
    minutes_number: str = Field(default="", max_length=60)
    published_on: date | None = None
    published_form: str = Field(default="", max_length=40)
    published_place: str = Field(default="", max_length=300)


class Agreement(SQLModel, table=True):
    """A collective labour agreement (or an amendment's consolidated version) from its draft to
    its vote (A1), signing, filing (A2), announcement and term (A3-A5)."""

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="bargaining_round.id", unique=True)
    amends_id: int | None = Field(default=None, foreign_key="agreement.id")
    consolidated_version: int = 1
    stage: str = Field(max_length=12)  # domain.bargaining_stages.AgreementStage
    title: str = Field(max_length=300)
    draft_version: int = 1
    vote_on: date | None = None
    vote_method: str = Field(default="", max_length=200)
    vote_place: str = Field(default="", max_length=300)
    vote_counters: str = Field(default="", sa_column=_text())  # one per line
    workforce: int = 0  # all the enterprise's workers on the vote date: the A1 base
    ballots_issued: int = 0
    ballots_returned: int = 0
    votes_for: int = 0
    votes_against: int = 0
    votes_invalid: int = 0
    vote_passed: bool | None = None  # decided by rule A1, never ticked by hand
    tally_number: str = Field(default="", max_length=60)
    signed_on: date | None = None
    employer_signatory: str = Field(default="", max_length=200)
    employer_signatory_title: str = Field(default="", max_length=200)
    union_signatory: str = Field(default="", max_length=200)
    union_signatory_title: str = Field(default="", max_length=200)
    agreement_number: str = Field(default="", max_length=60)
    effective_written: date | None = None  # A3: as the agreement says, else the signing date
    effective_on: date | None = None
    term_months: int = 0  # A4
    expires_on: date | None = None  # the last day in force
    filing_number: str = Field(default="", max_length=60)
    filed_on: date | None = None
    filing_method: str = Field(default="", max_length=200)
    filing_proof: str = Field(default="", sa_column=_text())
    announced_on: date | None = None
    announce_form: str = Field(default="", max_length=40)
    announce_place: str = Field(default="", max_length=300)
    created_at: datetime


class AgreementVersion(SQLModel, table=True):
    """A saved version of the draft clauses, with the session that changed them."""

    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    version: int
    session_id: int | None = Field(default=None, foreign_key="bargaining_session.id")
    saved_on: date
    note: str = Field(default="", max_length=500)


class AgreementClause(SQLModel, table=True):
    """A clause of one version of the agreement; on the signed version it is also followed
    for implementation like a resolution's commitment."""

    __tablename__ = "agreement_clause"
    __table_args__ = (UniqueConstraint("agreement_id", "version", "chapter", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    version: int
    chapter: int
    chapter_title: str = Field(max_length=300)
    number: int
    title: str = Field(max_length=300)
    topic: str = Field(max_length=20)  # domain.bargaining_rules.Topic
    text: str = Field(sa_column=_text())
    term_months: int | None = None  # A4: a clause may have its own term
    owner: str = Field(default="", max_length=200)
    due: date | None = None
    status: str = Field(default="not_started", max_length=12)  # domain.commitments.Status
    progress: int = 0
    note: str = Field(default="", sa_column=_text())
    updated_on: date | None = None
