"""The test workshop (plans_fixtures) after two check-ins: statuses, a revised due date, notes
(one private), a new commitment that looks like a spreadsheet formula, and the follow-up session."""

from __future__ import annotations

from workshop_app.model.checkins import ActionReview, CheckIn, CheckinCommitment
from workshop_app.model.workshop import WorkshopData

from plans_fixtures import ANN, DMITRY, ELENI, HANAKO, make_workshop_data

#: The facilitator's private note and the review's public note: never in a calendar file.
REVIEW_PRIVATE = "PRIVATEPELICAN"
REVIEW_NOTE = "NOTEWREN"
#: A commitment made at the first check-in, typed like a spreadsheet formula.
FORMULA_COMMITMENT = '=HYPERLINK("http://example.com","click") FORMULAFINCH'


def followed_up() -> WorkshopData:
    """Action 1 (Eleni's KESTREL) done at the first check-in; action 2 (Dmitry's HERON) stuck with
    its due date revised to 2025-07-01 at the second; Eleni's new commitment (due 2025-08-01)."""
    data = make_workshop_data()
    data.workshop.created_at = "2025-03-01T08:00:00+00:00"
    data.workshop.follow_up_date = "2025-06-20"
    data.workshop.follow_up_time = "10:00"
    data.follow_through.checkins = [
        CheckIn(7, "2025-04-14", "14:30", "30-day check-in", id=1, attendees=[ELENI, DMITRY, ANN]),
        CheckIn(7, "2025-05-14", "", "", id=2, attendees=[DMITRY, HANAKO]),
    ]
    data.follow_through.reviews = [
        ActionReview(1, 1, "done", note=REVIEW_NOTE, private_note=REVIEW_PRIVATE, id=1),
        ActionReview(1, 2, "in_progress", id=2),
        ActionReview(2, 2, "stuck", helps="No cover for the shift", revised_due="2025-07-01",
                     private_note=REVIEW_PRIVATE, id=3),
    ]
    data.follow_through.commitments = [
        CheckinCommitment(1, FORMULA_COMMITMENT, owners=[ELENI], due="2025-08-01", id=1),
    ]
    return data
