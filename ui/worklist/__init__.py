"""The case worklist: a lazily paged table model and the view with search and filters."""
