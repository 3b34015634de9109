"""Printed documents (PDF): participants' action plans, the facilitator and sponsor
reports, the run sheet.

Use :mod:`workshop_app.plans.api`; it imports reportlab only when writing.
"""

from workshop_app.plans.api import (
    NoParticipantsError,
    OutputPathError,
    PlansResult,
    plan_file_names,
    write_action_plans,
    write_report,
    write_run_sheet,
    write_sponsor_report,
)

__all__ = [
    "NoParticipantsError",
    "OutputPathError",
    "PlansResult",
    "plan_file_names",
    "write_action_plans",
    "write_report",
    "write_run_sheet",
    "write_sponsor_report",
]
