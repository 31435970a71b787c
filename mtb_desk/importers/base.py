"""What every importer shares: options, the importer description, sample choice.

An importer is a module-level `ImporterSpec`: a name and version, a `sniff` that looks at the
first bytes of a file, and a `read` that turns the whole file into one `ImportedReport`.
Importers never touch the database and raise `ImportFileError` (or its subclass
`SampleChoiceRequired`) for every problem with the input.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mtb_desk.domain.records import ImportedReport
from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase
from mtb_desk.progress import NullProgress, Progress

if TYPE_CHECKING:
    from mtb_desk.importers.generic import ColumnMapping


class SampleChoiceRequired(ImportFileError):
    """The file holds several samples and none (or an unknown one) was named.

    `samples` lists what the file holds, so the caller can ask the user and call again.
    """

    def __init__(self, path: str, samples: Sequence[str], *, requested: str | None = None) -> None:
        self.samples = tuple(samples)
        shown = ", ".join(self.samples[:20]) + (" …" if len(self.samples) > 20 else "")
        if requested is None:
            message = f"the file holds {len(self.samples)} samples, choose one: {shown}"
        else:
            message = f"sample '{requested}' is not in the file; it holds: {shown}"
        super().__init__(path, message, field="sample")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    sample: str | None = None
    skip_filtered: bool = False
    mapping: ColumnMapping | None = None
    progress: Progress = field(default_factory=NullProgress)


@dataclass(frozen=True, slots=True)
class FileHead:
    """The first bytes of a file (decompressed if gzip), for sniffing."""

    path: Path
    raw: bytes
    gzipped: bool

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8", errors="replace").lstrip("\ufeff")

    def first_data_line(self) -> str:
        """The first line that is neither blank nor a `#` comment."""
        for line in self.text.splitlines():
            if line.strip() and not line.startswith("#"):
                return line
        return ""

    def header_fields(self) -> list[str]:
        line = self.first_data_line()
        sep = "\t" if "\t" in line else ";" if line.count(";") > line.count(",") else ","
        return [cell.strip().strip('"') for cell in line.split(sep)]


@dataclass(frozen=True, slots=True)
class ImporterSpec:
    name: str
    version: str
    description: str
    sniff: Callable[[FileHead], bool]
    read: Callable[[Path, ReadOptions], ImportedReport]
    list_samples: Callable[[Path], tuple[str, ...]] | None = None


def choose_sample(path: Path, available: Sequence[str], requested: str | None) -> str:
    """The sample to import: the requested one, or the only one; otherwise ask."""
    unique = list(dict.fromkeys(available))
    if requested is not None:
        if requested in unique:
            return requested
        raise SampleChoiceRequired(str(path), unique, requested=requested)
    if len(unique) == 1:
        return unique[0]
    if not unique:
        raise ImportFileError(str(path), phrase("import.no-sample"), field="sample")
    raise SampleChoiceRequired(str(path), unique)
