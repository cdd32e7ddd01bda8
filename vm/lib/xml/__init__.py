"""gilvm's xml package: xml.etree.ElementTree, xml.parsers.expat and
xml.sax, all over libexpat (the pyexpat module).  xml.dom is not provided."""
