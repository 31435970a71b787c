"""Errors of the report code, importable without ReportLab or pyHanko."""

from __future__ import annotations

from mtb_desk.errors import MtbDeskError


class SigningError(MtbDeskError):
    """A PDF could not be signed: wrong password, unusable credential or unreadable PDF.

    Nothing was written when this is raised.
    """


class CredentialError(SigningError):
    """The PKCS#12 credential cannot be opened or is not valid at this time."""


class TrustRootError(MtbDeskError):
    """A certificate given as a trust root for verification cannot be read."""
