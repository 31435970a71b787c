"""Where the migrations and assets live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


def _locate(installed_name: str, checkout_name: str) -> Path:
    installed = _PACKAGE / installed_name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / checkout_name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"MTB Desk is installed without its {checkout_name} folder")


def migrations_dir() -> Path:
    return _locate("_migrations", "migrations")


def assets_dir() -> Path:
    return _locate("_assets", "assets")


def parse_yaml(text: str) -> Any:
    """`yaml.safe_load` through libyaml's C parser when PyYAML has it (the same documents,
    about 8x faster: the shipped labels, tumour tree and catalogue are parsed on every start
    of `mtb-desk match`); errors are `yaml.YAMLError` either way."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
