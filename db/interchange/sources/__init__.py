"""Readers for documents other than text and saved web pages: PDF, Word, transcripts and
web archives. One module per format, no Qt; `files.FORMATS` registers the document formats
and `web_archive` the archives, and `article_import` dispatches to them."""
