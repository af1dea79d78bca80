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


def getting_started() -> str:
    """Shown on the dashboard while nothing is due: the first steps of a new enterprise."""
    return translate(
        "Areas", "To begin: in People and departments, build the department tree and import the "
        "roster from HR's Excel file; in Settings, check the democracy regulation and the "
        "holidays; the administrator creates the union chair's account in Accounts.")


def areas() -> list[Area]:
    return [
        Area("dashboard", translate("Areas", "Dashboard"), needs=Action.VIEW_CONFERENCE),
        Area("conference", translate("Areas", "Workers' conference"),
             needs=Action.VIEW_CONFERENCE),
        Area("dialogue", translate("Areas", "Workplace dialogue"), needs=Action.VIEW_DIALOGUE),
        Area("bargaining", translate("Areas", "Bargaining and agreement"),
             needs=Action.VIEW_BARGAINING),
        Area("supervision", translate("Areas", "Supervision and petitions"),
             needs=Action.VIEW_SUPERVISION),
        Area("publication", translate("Areas", "Publication"),
             needs=Action.VIEW_PUBLICATION),
        Area("people", translate("Areas", "People and departments"), needs=Action.VIEW_ROSTER),
        Area("accounts", translate("Areas", "Accounts"), needs=Action.MANAGE_ACCOUNTS),
        Area("audit", translate("Areas", "Audit trail"), needs=Action.VIEW_AUDIT),
        Area("settings", translate("Areas", "Settings")),
    ]
