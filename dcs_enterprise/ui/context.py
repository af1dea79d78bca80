"""What every page and dialog is given: the open database, the signed-in actor, the services."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..domain.permissions import Action, can
from ..paths import AppPaths
from ..services.session import Actor


@dataclass
class UiContext:
    db: object  # the open database handle from services.maintenance.open_file (opaque here)
    actor: Actor
    paths: AppPaths

    @property
    def db_path(self) -> Path:
        return self.db.path

    def can(self, action: Action) -> bool:
        """The UI hides what the service would refuse, so both agree (DESIGN.md)."""
        return can(self.actor.role, action)

    @cached_property
    def enterprise(self):
        from ..services.enterprise import EnterpriseService

        return EnterpriseService(self.db, self.actor)

    @cached_property
    def departments(self):
        from ..services.departments import DepartmentService

        return DepartmentService(self.db, self.actor)

    @cached_property
    def employees(self):
        from ..services.employees import EmployeeService

        return EmployeeService(self.db, self.actor)

    @cached_property
    def roster_import(self):
        from ..services.roster_import import RosterImportService

        return RosterImportService(self.db, self.actor)

    @cached_property
    def accounts(self):
        from ..services.accounts import AccountService

        return AccountService(self.db, self.actor)

    @cached_property
    def audit(self):
        from ..services.audit_trail import AuditTrailService

        return AuditTrailService(self.db, self.actor)

    @cached_property
    def backups(self):
        from ..services.maintenance import BackupService

        return BackupService(self.db, self.actor)

    @cached_property
    def documents(self):
        from ..services.documents import DocumentService

        return DocumentService(self.db, self.actor)

    # The workers' conference ------------------------------------------------------------

    @cached_property
    def conferences(self):
        from ..services.conferences import ConferenceService

        return ConferenceService(self.db, self.actor)

    @cached_property
    def conference_delegates(self):
        from ..services.conference_delegates import DelegateService

        return DelegateService(self.db, self.actor)

    @cached_property
    def conference_day(self):
        from ..services.conference_day import ConferenceDayService

        return ConferenceDayService(self.db, self.actor)

    @cached_property
    def resolutions(self):
        from ..services.resolutions import ResolutionService

        return ResolutionService(self.db, self.actor)

    @cached_property
    def commitments(self):
        from ..services.commitments import CommitmentService

        return CommitmentService(self.db, self.actor)

    @cached_property
    def conference_papers(self):
        from ..services.conference_papers import ConferencePaperService

        return ConferencePaperService(self.db, self.actor)

    @cached_property
    def dialogue_lists(self):
        from ..services.dialogue_lists import DialogueListService

        return DialogueListService(self.db, self.actor)

    @cached_property
    def dialogues(self):
        from ..services.dialogues import DialogueService

        return DialogueService(self.db, self.actor)

    @cached_property
    def bargaining(self):
        from ..services.bargaining import BargainingService

        return BargainingService(self.db, self.actor)

    @cached_property
    def agreements(self):
        from ..services.agreements import AgreementService

        return AgreementService(self.db, self.actor)

    @cached_property
    def deadlines(self):
        from ..services.deadlines import DeadlineService

        return DeadlineService(self.db, self.actor)

    @cached_property
    def dashboard_stats(self):
        from ..services.dashboard_stats import DashboardStatsService

        return DashboardStatsService(self.db, self.actor)

    @cached_property
    def dialogue_papers(self):
        from ..services.dialogue_papers import DialoguePaperService

        return DialoguePaperService(self.db, self.actor)

    @cached_property
    def agreement_papers(self):
        from ..services.agreement_papers import AgreementPaperService

        return AgreementPaperService(self.db, self.actor)

    # Supervision and petitions ----------------------------------------------------------

    @cached_property
    def petitions(self):
        from ..services.petitions import PetitionService

        return PetitionService(self.db, self.actor)

    @cached_property
    def supervision_plans(self):
        from ..services.supervision_plans import PlanService

        return PlanService(self.db, self.actor)

    @cached_property
    def supervision_items(self):
        from ..services.supervision_items import ItemService

        return ItemService(self.db, self.actor)

    @cached_property
    def supervision_papers(self):
        from ..services.supervision_papers import SupervisionPaperService

        return SupervisionPaperService(self.db, self.actor)

    # The publication register and the employee view's search ------------------------------

    @cached_property
    def publication_register(self):
        from ..services.publication_register import PublicationRegisterService

        return PublicationRegisterService(self.db, self.actor)

    @cached_property
    def published_search(self):
        from ..services.published_search import PublishedSearchService

        return PublishedSearchService(self.db, self.actor)
