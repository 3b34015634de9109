"""The facilitator report shows each 2x2 matrix: its four quadrants, named from the axes, each
listing the cards and actions placed in it (the sample workshop, read back with pypdf)."""

from __future__ import annotations

from pypdf import PdfReader

from workshop_app.model.workshop import Placement
from workshop_app.plans import write_report


def _matrix_text(path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    start = text.index("Matrix results")
    return text[start:text.index("Actions by owner", start)]  # the section after it


def _quadrant(text: str, title: str, titles: list[str]) -> str:
    """The text from a quadrant's title up to the next quadrant's title (or the end)."""
    begin = text.index(title) + len(title)
    ends = [text.index(t, begin) for t in titles if t != title and t in text[begin:]]
    return text[begin:min(ends, default=len(text))]


def test_report_lists_each_placed_candidate_under_its_quadrant(ctx, tmp_path):
    from workshop_app.services.workshop_files import import_sample

    data = ctx.store.load_workshop_data(import_sample(ctx))
    matrix = next(item for item in data.agenda if item.title.startswith("Effort and impact"))
    action = data.actions[0]
    # On the line (0.5) counts as high: this action lands in high impact / high effort.
    data.placements.append(Placement(x=0.5, y=0.5, agenda_item_id=matrix.id, action_id=action.id))
    text = _matrix_text(write_report(data, tmp_path / "report.pdf", invariant=True))
    titles = ["High impact \u00b7 Low effort", "High impact \u00b7 High effort",
              "Low impact \u00b7 Low effort", "Low impact \u00b7 High effort"]
    expected = {
        titles[0]: ["Weekly 30-minute ops and leadership stand-up",
                    "Front-line supervisors join quarterly planning",
                    "Check capacity before any launch date is set"],
        titles[1]: ["One shared board that ties goals to tasks", action.text],
        titles[2]: ["Job shadowing: a day on the warehouse floor"],
        titles[3]: [],
    }
    assert matrix.title in text
    for title, candidates in expected.items():
        quadrant = " ".join(_quadrant(text, title, titles).split())
        for candidate in candidates:
            assert candidate in quadrant, (title, candidate)
        others = [c for t, cs in expected.items() if t != title for c in cs]
        assert not any(c in quadrant for c in others), title
