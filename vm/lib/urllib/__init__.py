"""urllib for gilvm: urllib.parse, and urllib.request/urllib.error for
http:// URLs (no https, ftp or file handlers beyond file://)."""
