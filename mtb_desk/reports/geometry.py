"""Page geometry shared by the PDF builders and the signing code (no heavy imports).

All figures are PDF points (1/72 inch) on an A4 page, origin at the bottom left.
The decision PDF keeps the bottom of its last page free for the signature boxes below;
`sign_pdf` puts a signer's visible box at one of them.
"""

from __future__ import annotations

PAGE_WIDTH = 595.2756
PAGE_HEIGHT = 841.8898
MARGIN_LEFT = 57.0
MARGIN_RIGHT = 57.0
MARGIN_TOP = 82.0
MARGIN_BOTTOM = 62.0
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

SIGNATURE_BOX_HEIGHT = 74
SIGNATURE_LABEL_HEIGHT = 14  # room under each box for its printed caption
SIGNATURE_AREA_HEIGHT = 130  # heading + note + boxes + captions, reserved on the last page

_BOX_BOTTOM = int(MARGIN_BOTTOM) + SIGNATURE_LABEL_HEIGHT + 2
_BOX_GAP = 20
_BOX_WIDTH = int((FRAME_WIDTH - _BOX_GAP) / 2)

# slot name -> (x1, y1, x2, y2) of the visible signature box on the decision PDF's last page
SIGNATURE_BOXES: dict[str, tuple[int, int, int, int]] = {
    "chair": (
        int(MARGIN_LEFT),
        _BOX_BOTTOM,
        int(MARGIN_LEFT) + _BOX_WIDTH,
        _BOX_BOTTOM + SIGNATURE_BOX_HEIGHT,
    ),
    "pathologist": (
        int(MARGIN_LEFT) + _BOX_WIDTH + _BOX_GAP,
        _BOX_BOTTOM,
        int(MARGIN_LEFT) + 2 * _BOX_WIDTH + _BOX_GAP,
        _BOX_BOTTOM + SIGNATURE_BOX_HEIGHT,
    ),
}
SIGNATURE_SLOTS: tuple[str, ...] = tuple(SIGNATURE_BOXES)
