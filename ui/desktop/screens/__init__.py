"""The screens of an open vault: overview, brands, firms, imports, requests, audit, settings."""
