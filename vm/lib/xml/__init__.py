"""gilvm's xml package: xml.etree.ElementTree, xml.parsers.expat, xml.sax
and (a subset of) xml.dom.minidom, all over libexpat (the pyexpat module)."""
