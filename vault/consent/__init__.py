"""Consent: firm cards and keys, consent records and grants, DPV terms, selection, revocation."""
