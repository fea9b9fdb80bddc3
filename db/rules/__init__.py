"""The domain's rules on values and limits, written once for the store, the importers,
merge and `check`."""
