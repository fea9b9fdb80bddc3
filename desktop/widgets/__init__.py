"""Dialogs and small widgets shared by the window, showing file text always as plain text."""
