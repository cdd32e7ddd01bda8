"""urllib for gilvm: only urllib.parse (no request, response or error)."""
