"""The fictional persona every generated test export is about. Never real personal data."""

from __future__ import annotations

NAME = "Alex Müller-Example"
FIRST_NAME = "Alex"
LAST_NAME = "Müller-Example"
EMAIL = "alex.example@example.org"
USERNAME = "alex_example"
PHONE = "+49 30 0000000"
CITY = "Berlin"

# Fictional or generic brands with domains; real big brands appear only as names platforms print.
BRANDS = [
    ("Acme Outdoor Co", "acme-outdoor.example"),
    ("Globex Bank", "globexbank.example"),
    ("Initech Mobile", "initech.example"),
    ("Contoso Coffee", "contoso-coffee.example"),
    ("Umbrella Pharma", "umbrella-pharma.example"),
    ("Northwind Travel", "northwind.example"),
    ("Zalando SE", "zalando.de"),
]
