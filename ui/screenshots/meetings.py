"""The meetings screen with the first meeting open, and its presentation mode (the first case,
and the first one with earlier cases of the same alteration)."""

from __future__ import annotations

from ui.ops.op import process_until_idle
from ui.screenshots.capture import SIZE, Shots


def take(shots: Shots) -> None:
    view = shots.window.screens.show_meetings()
    process_until_idle()
    if view.meetings.count():
        view.meetings.setCurrentRow(0)
    process_until_idle()
    shots.grab(shots.window, "meetings")
    _presentation(shots)


def _presentation(shots: Shots) -> None:
    from ui.meetings.data import load_meeting
    from ui.meetings.presentation import PresentationWindow

    window = shots.window
    view = window.screens.meetings
    assert view is not None
    assert view.loaded is not None
    loaded = load_meeting(window.context.database, view.loaded.meeting.id)
    presentation = PresentationWindow(window.context, loaded, parent=window)
    presentation.resize(*SIZE)
    presentation.show()
    presentation.start()
    process_until_idle()
    if presentation.matches.count() and presentation.page and presentation.page.matches:
        presentation.matches.setCurrentRow(0)
        presentation._use_match(0)
    shots.grab(presentation, "presentation")
    for index in range(1, len(presentation.agenda)):  # a case the board has seen before
        presentation.show_case(index)
        process_until_idle()
        page = presentation.page
        if page is not None and any(h.cases for h in page.board or ()):
            shots.grab(presentation, "presentation-board-history")
            break
    presentation.close()
    presentation.deleteLater()
