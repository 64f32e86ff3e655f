"""Third-party servers the peer tests run against, and helpers to drive them."""
