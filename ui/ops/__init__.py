"""Running work off the GUI thread: the one operation helper and its per-feature constructors."""
