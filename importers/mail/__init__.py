"""Mail: mbox files split into messages, their headers, and the organisations that send them."""
