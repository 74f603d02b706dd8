"""Bundles: seal the selected data to a firm, and unseal, check and record one on the firm's side."""
