"""Claim triage: an article's sentences ranked by how worth checking they are, with why."""
