"""html for gilvm: escape(), for text put into an HTML page (gilvm has no
html.unescape, html.parser or html.entities)."""

__all__ = ['escape']


def escape(s, quote=True):
    """s with &, < and > (and, if quote, both quote marks) replaced by
    character references, safe inside HTML text and attribute values."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s
