"""How a letter leaves the laptop besides the fax and postal PDF: e-mail drafts to send
later, numbers as dialled from the volunteer's country, call scripts and social posts, and
envelope addresses laid out the way the destination country expects. Plain Python: no Qt,
no reportlab (the PDFs of envelopes and labels are drawn in ``uawriter.rendering``)."""


class UnsafeDraft(ValueError):
    """An e-mail draft that would not say what it was made to say (a header more, or
    another recipient): it is not written (:func:`uawriter.channels.email.eml_bytes`)."""
