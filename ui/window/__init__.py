"""The main window, split into its actions, menus and docks."""
