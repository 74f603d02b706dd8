"""Meta's exports (Facebook and Instagram): detection, per-file dispatch, fields and touchpoints."""
