"""The command line face: `claimdiff`, `claimdiff check`, `claimdiff export`."""
