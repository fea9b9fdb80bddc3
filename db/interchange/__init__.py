"""Files in and out: the formats, import, export, bounded reads of untrusted files, the demo."""
