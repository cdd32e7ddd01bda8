"""xmlrpc for gilvm: XML-RPC calls over HTTP, client and server."""
