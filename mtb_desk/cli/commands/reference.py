"""`mtb-desk reference load-oncotree|load-panel|load-labels|load-hgnc|show`: versioned
reference data."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mtb_desk.cli.context import CliContext


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    reference = commands.add_parser("reference", help="reference data (OncoTree, panels)")
    actions = reference.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    tree = actions.add_parser(
        "load-oncotree", parents=[parent], help="load an official OncoTree JSON release"
    )
    tree.add_argument("file", metavar="FILE.json", type=Path)
    tree.set_defaults(handler=load_oncotree)
    panel = actions.add_parser(
        "load-panel", parents=[parent], help="load an assay's gene list (e.g. TSO500)"
    )
    panel.add_argument("name", metavar="NAME", help="the assay the panel belongs to")
    panel.add_argument("file", metavar="FILE", type=Path)
    panel.set_defaults(handler=load_panel)
    labels = actions.add_parser(
        "load-labels", parents=[parent],
        help="load approved indications (on-label uses) from a YAML file",
    )  # fmt: skip
    labels.add_argument("file", metavar="FILE.yaml", type=Path)
    labels.set_defaults(handler=load_labels)
    hgnc = actions.add_parser(
        "load-hgnc",
        parents=[parent],
        help="load HGNC's complete set (hgnc_complete_set.txt) to map previous symbols/aliases",
    )
    hgnc.add_argument("file", metavar="FILE", type=Path)
    hgnc.set_defaults(handler=load_hgnc)
    show = actions.add_parser("show", parents=[parent], help="reference versions in force")
    show.set_defaults(handler=show_references)


def _loaded(view: Any, what: str) -> str:
    if view.already_loaded:
        return f"{what} {view.version} was already loaded; nothing changed"
    return f"loaded {what} {view.version} from {view.source_filename} ({view.size} entries)"


def load_oncotree(context: CliContext) -> int:
    from mtb_desk.services.reference import load_oncotree as load

    view = load(context.database(), context.actor(), context.args.file)
    context.emit(view, _loaded(view, "OncoTree"))
    return 0


def load_panel(context: CliContext) -> int:
    from mtb_desk.services.reference import load_panel as load

    view = load(context.database(), context.actor(), context.args.name, context.args.file)
    context.emit(view, _loaded(view, f"panel {view.name}"))
    return 0


def load_labels(context: CliContext) -> int:
    from mtb_desk.services.labels import load_labels_release

    view = load_labels_release(context.database(), context.actor(), context.args.file)
    context.emit(view, _loaded(view, "approved indications"))
    return 0


def load_hgnc(context: CliContext) -> int:
    from mtb_desk.services.genes import load_hgnc as load

    view = load(context.database(), context.actor(), context.args.file)
    context.emit(view, _loaded(view, "HGNC gene symbols"))
    return 0


def show_references(context: CliContext) -> int:
    from mtb_desk.cli.output import jsonable
    from mtb_desk.services.reference import references_in_force

    views = references_in_force(context.database())
    lines = [
        f"{v.kind:<10} {v.name:<12} {v.version:<24} {v.size:>6} entries  "
        f"loaded {v.loaded_at:%Y-%m-%d} by {v.loaded_by}"
        for v in views
    ]
    if not any(v.kind == "oncotree" for v in views):
        lines.insert(0, "oncotree   (built-in set of common tumour types; no release loaded)")
    if not any(v.kind == "catalogue" for v in views):
        lines.append("catalogue  (none loaded)")
    if not any(v.kind == "genes" for v in views):
        from mtb_desk.domain.genes import default_gene_map

        lines.append(f"genes      (built-in: {default_gene_map().source})")
    context.emit({"releases": jsonable(views)}, "\n".join(lines))
    return 0
