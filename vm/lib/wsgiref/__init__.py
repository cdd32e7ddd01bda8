"""wsgiref for gilvm: the WSGI reference pieces (PEP 3333).

util (environ helpers), headers (a response header list), handlers (running
an application and writing its response), simple_server (an HTTP server
for one application), validate (a middleware checking both sides).
"""
