"""Errors the core raises for the faces (CLI, GUI) to show in plain words."""

from __future__ import annotations


class MtbDeskError(Exception):
    """Base class: the message is written for a person and fits on one line."""


class NotFoundError(MtbDeskError):
    pass


class ValidationError(MtbDeskError):
    pass


class PermissionDenied(MtbDeskError):
    pass


class ConflictError(MtbDeskError):
    """Someone else saved the record first: nothing was written.

    `expected_version` is the version the caller edited, `current_version` the one stored now.
    """

    def __init__(
        self,
        record: str,
        expected_version: int,
        current_version: int | None,
        *,
        now: str | None = None,
    ) -> None:
        self.record = record
        self.expected_version = expected_version
        self.current_version = current_version
        if now is None:
            now = (
                "it was deleted"
                if current_version is None
                else f"it is now at version {current_version}"
            )
        super().__init__(
            f"{record} was changed by someone else: you edited version {expected_version}, {now}; "
            "nothing was saved"
        )


class ImportFileError(MtbDeskError):
    """A file could not be imported; names the file, the line (or element) and the field."""

    def __init__(
        self, path: str, message: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.reason = message
        where = path
        if line is not None:
            where += f", line {line}"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")
