"""Export a consent record as a Kantara Initiative Consent Receipt v1.1, for tools that speak only Kantara.

Kantara's fields cannot hold everything our record says (brands, platforms, the data's time range,
GPC), so the receipt also carries the signed record itself under `x-mecloud`: nothing is lost, and
a reader that knows our format can verify the original.
"""

from __future__ import annotations

from typing import Any

from vault.consent import dpv, timestamps
from vault.consent.grants import Consent


def receipt(consent: Consent, language: str = "en") -> dict[str, Any]:
    r = consent.record
    scope = r.scope
    until = timestamps.iso(r.valid_until)
    termination = f"valid until {until}, or earlier when withdrawn by a signed revocation notice"
    return {
        "version": "KI-CR-v1.1.0",
        "jurisdiction": r.jurisdiction,
        "consentTimestamp": int(r.created.timestamp()),
        "collectionMethod": "explicit grant by the data subject in the Me-Cloud desktop app or command line",
        "consentReceiptID": r.id,
        "publicKey": r.subject_id,
        "language": language,
        "piiPrincipalId": r.subject_id,
        "piiControllers": [
            {
                "piiController": r.controller.legal_entity,
                "onBehalf": False,
                "contact": r.controller.contact,
                "address": "",
                "email": r.controller.contact,
                "phone": "",
                "piiControllerUrl": r.controller.policy_url,
            }
        ],
        "policyUrl": r.controller.policy_url,
        "services": [
            {
                "service": f"Me-Cloud data bundle for {r.controller.name}",
                "purposes": [
                    {
                        "purpose": dpv.label(p, language),
                        "purposeCategory": [dpv.iri(p)],
                        "consentType": "EXPLICIT",
                        "piiCategory": [dpv.iri(c) for c in scope.categories],
                        "primaryPurpose": index == 0,
                        "termination": termination,
                        "thirdPartyDisclosure": False,
                        "thirdPartyName": "",
                    }
                    for index, p in enumerate(r.purposes)
                ],
            }
        ],
        "sensitive": bool(r.sensitive),
        "spiCat": [dpv.iri(c) for c in r.sensitive],
        "x-mecloud": {
            "consentRecordJws": consent.token,
            "status": consent.status,
            "doNotSellOrShare": r.do_not_sell_or_share,
            "frequency": "repeatable" if r.repeatable else "one-off",
        },
    }
