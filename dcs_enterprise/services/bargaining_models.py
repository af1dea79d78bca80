"""What the bargaining and agreement services return and take: plain values for the screens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.agreement_rules import AgreementVote, Standing
from ..domain.agreement_text import ClauseChange, ClauseText
from ..domain.bargaining_rules import FailureGround, Requester, Topic
from ..domain.bargaining_stages import AgreementStage, RoundKind, RoundStage
from ..domain.clocks import Clock
from ..domain.conference_rules import RuleOutcome


@dataclass(frozen=True)
class RequestInput:
    requested_by: Requester
    requester_name: str
    requested_on: date
    topics: tuple[Topic, ...]
    content: str = ""
    title: str = ""
    kind: RoundKind = RoundKind.NEW
    amends_agreement_id: int | None = None  # the agreement an amendment or renewal replaces
    information_requested_on: date | None = None  # rule B3: the workers' side asked for data


@dataclass(frozen=True)
class SessionInput:
    held_on: date
    employer_representatives: str
    union_representatives: str
    note_taker: str
    agreed_points: str = ""
    disputed_points: str = ""
    discussed: str = ""
    upper_union_representatives: str = ""
    start_time: str = "08:00"
    place: str = ""
    next_session_on: date | None = None


@dataclass(frozen=True)
class VoteInput:
    vote_on: date
    ballots_issued: int
    ballots_returned: int
    votes_for: int
    votes_against: int
    votes_invalid: int
    method: str = ""
    place: str = ""
    counters: str = ""  # the vote-counting team, one per line


@dataclass(frozen=True)
class SigningInput:
    signed_on: date
    employer_signatory: str
    union_signatory: str
    term_months: int
    effective_written: date | None = None  # rule A3: else the signing date
    employer_signatory_title: str = ""
    union_signatory_title: str = ""


@dataclass(frozen=True)
class TimedClock:
    """A legal deadline and, once the thing is done, whether it was done in time."""

    clock: Clock
    done_on: date | None = None

    @property
    def late(self) -> bool:
        return self.done_on is not None and self.done_on > self.clock.due

    def overdue(self, today: date) -> bool:
        return self.done_on is None and today > self.clock.due


@dataclass(frozen=True)
class SessionInfo:
    id: int
    round_id: int
    number: int
    held_on: date
    start_time: str
    place: str
    employer_representatives: str
    union_representatives: str
    upper_union_representatives: str
    note_taker: str
    discussed: str
    agreed_points: str
    disputed_points: str
    next_session_on: date | None
    draft_version: int | None
    minutes_number: str
    published_on: date | None
    published_form: str
    published_place: str


@dataclass(frozen=True)
class RoundSummary:
    id: int
    kind: RoundKind
    stage: RoundStage
    requested_on: date
    requester_name: str
    title: str
    agreement_id: int
    agreement_stage: AgreementStage


@dataclass(frozen=True)
class RoundInfo:
    id: int
    kind: RoundKind
    stage: RoundStage
    requested_by: Requester
    requester_name: str
    requested_on: date
    topics: tuple[Topic, ...]
    request_content: str
    arranged_on: date | None
    agreed_start_on: date | None
    agreed_place: str
    information_requested_on: date | None
    information_supplied_on: date | None
    information_withheld: str
    agreed_end_on: date | None
    started_on: date | None  # the first session (rule B2 counts from it)
    concluded_on: date | None
    failed_on: date | None
    failure_ground: FailureGround | None
    failure_note: str
    failure_number: str
    failure_why: RuleOutcome | None
    agreement_id: int
    arrangement: TimedClock  # B1: time and place agreed
    start: TimedClock  # B1: the latest start
    information: TimedClock | None  # B3
    end: TimedClock | None  # B2, once started
    sessions: tuple[SessionInfo, ...] = ()


@dataclass(frozen=True)
class ClauseInfo:
    id: int
    text: ClauseText
    owner: str
    due: date | None
    status: str
    progress: int
    note: str
    updated_on: date | None
    overdue: bool = False


@dataclass(frozen=True)
class VersionInfo:
    version: int
    saved_on: date
    session_number: int | None
    note: str


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    round_id: int
    round_stage: RoundStage
    kind: RoundKind
    amends_id: int | None
    consolidated_version: int
    stage: AgreementStage
    title: str
    draft_version: int  # 0: no clause saved yet
    versions: tuple[VersionInfo, ...]
    clauses: tuple[ClauseInfo, ...]  # of the current version
    vote_on: date | None
    vote_method: str
    vote_place: str
    vote_counters: str
    vote: AgreementVote | None  # rule A1, recomputed from the stored numbers
    ballots_issued: int
    ballots_returned: int
    votes_against: int
    votes_invalid: int
    tally_number: str
    signed_on: date | None
    employer_signatory: str
    employer_signatory_title: str
    union_signatory: str
    union_signatory_title: str
    agreement_number: str
    effective_on: date | None
    effective_why: RuleOutcome | None  # A3
    term_months: int
    expires_on: date | None
    filing: TimedClock | None  # A2
    filing_number: str
    filing_method: str
    filing_proof: str
    announced_on: date | None
    announce_form: str
    announce_place: str
    standing: Standing | None  # A5
    standing_why: RuleOutcome | None
    renewal_opens: date | None
    survives_until: date | None
    superseded_by: int | None = None


@dataclass(frozen=True)
class DiffInfo:
    old_version: int
    new_version: int
    changes: tuple[ClauseChange, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PublishedSession:
    round_title: str
    number: int
    held_on: date
    agreed_points: str
    disputed_points: str
    published_on: date
    published_place: str
    session_id: int = 0  # its key in the search index (search_index.BARGAINING_SESSION)
