"""A published fact-check: the project's claims as a page a newsroom can put online (HTML),
paste (Markdown) or print (the PDF is laid out by the desktop, which has Qt)."""
