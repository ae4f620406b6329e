"""Shared field readers: dates, languages, countries, bullets, contacts, salutations, names."""
