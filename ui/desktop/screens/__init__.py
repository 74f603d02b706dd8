"""The screens of an open vault: overview, brands, firms, imports, requests, audit, settings."""

from ui.desktop.screens.audit import AuditScreen
from ui.desktop.screens.brands import BrandsScreen
from ui.desktop.screens.changes import ChangesScreen
from ui.desktop.screens.firms import FirmsScreen
from ui.desktop.screens.first_steps import FirstStepsScreen
from ui.desktop.screens.importing import ImportScreen
from ui.desktop.screens.overview import OverviewScreen
from ui.desktop.screens.requests import RequestsScreen
from ui.desktop.screens.settings import SettingsScreen

__all__ = [
    "AuditScreen",
    "BrandsScreen",
    "ChangesScreen",
    "FirmsScreen",
    "FirstStepsScreen",
    "ImportScreen",
    "OverviewScreen",
    "RequestsScreen",
    "SettingsScreen",
]
