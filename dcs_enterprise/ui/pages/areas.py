"""The sidebar's areas (DOMAIN.md), in order, with what the areas not yet built will hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...domain.permissions import Action

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    upcoming: str = ""  # what the area will hold, for areas a later release fills
    needs: Action | None = None  # hidden from roles that may not do this


def areas() -> list[Area]:
    return [
        Area("dashboard", translate("Areas", "Dashboard"), translate("Areas",
            "To begin: in People and departments, build the department tree and import the "
            "roster from HR's Excel file; in Settings, check the democracy regulation and the "
            "holidays; the administrator creates the union chair's account in Accounts.")
            + "\n\n" + translate("Areas",
            "The dashboard will show what is due this week and what is overdue across every "
            "workflow: the conference checklist, dialogue and bargaining deadlines, the "
            "agreement's filing and expiry, petitions and supervision items, with counts and "
            "trends. Those workflows are not recorded yet, so there is nothing to show.")),
        Area("conference", translate("Areas", "Workers' conference"),
             needs=Action.VIEW_CONFERENCE),
        Area("dialogue", translate("Areas", "Workplace dialogue"), translate("Areas",
            "Workplace dialogue (Decree 145/2020 Arts 37-41): each side's representatives, "
            "periodic, requested and incident dialogues with their deadlines, minutes with the "
            "statutory signatories and the notice of main points. Coming in a later release.")),
        Area("bargaining", translate("Areas", "Bargaining and agreement"), translate("Areas",
            "Collective bargaining and the collective labour agreement (Labour Code 2019 "
            "Arts 65-89): requests and their legal clocks, sessions, the vote of all workers, "
            "signing, filing, term and renewal. Coming in a later release.")),
        Area("supervision", translate("Areas", "Supervision and petitions"), translate("Areas",
            "Supervision items and workers' petitions: plans, findings, recommendations with "
            "due dates, answers and escalation; petitions that may be anonymous to all but the "
            "union. Coming in a later release.")),
        Area("publication", translate("Areas", "Publication"), translate("Areas",
            "The register of what the employer published (Decree 145/2020 Art 43): what, in "
            "which form, where and for how long, with evidence. Coming in a later release.")),
        Area("people", translate("Areas", "People and departments"), needs=Action.VIEW_ROSTER),
        Area("accounts", translate("Areas", "Accounts"), needs=Action.MANAGE_ACCOUNTS),
        Area("audit", translate("Areas", "Audit trail"), needs=Action.VIEW_AUDIT),
        Area("settings", translate("Areas", "Settings")),
    ]
