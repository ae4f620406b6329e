"""The volunteer's own files in the data folder (see :mod:`uawriter.paths`), free of Qt.

- :mod:`.json_store` — the one versioned JSON store: every small file names its format and
  version, is written atomically, and is set aside (never deleted) when damaged;
- :mod:`.settings` — interface language, sender details (only when remembered), output
  choices (``settings.json``);
- :mod:`.address_book` — the volunteer's diplomatic contacts (``address_book.json``);
- :mod:`.drafts` — the autosaved letter (``drafts/current.json``);
- :mod:`.event` — the event running on this laptop (``event.json``);
- :mod:`.tally` — every letter written, counted (``tally.jsonl``, appended to, never
  rewritten; described in ``docs/tally-format.md``).
"""
