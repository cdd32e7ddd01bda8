"""gilvm's xml package: xml.etree.ElementTree and xml.parsers.expat (over libexpat).

xml.dom and xml.sax are not provided."""
