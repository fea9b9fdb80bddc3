"""Undo commands: each user action as one step on the undo stack over store calls."""
