"""How a letter leaves the laptop besides the fax and postal PDF: e-mail drafts to send
later, numbers as dialled from the volunteer's country, call scripts and social posts, and
envelope addresses laid out the way the destination country expects. Plain Python: no Qt,
no reportlab (the PDFs of envelopes and labels are drawn in ``uawriter.rendering``)."""
