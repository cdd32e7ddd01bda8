"""urllib.request for gilvm: urlopen() and Request for http:// and file://
URLs, following redirects as CPython's default opener does.  https (no
ssl), proxies, authentication and cookies are refused or absent."""

import os
import socket
import urllib.parse
from http import client
from urllib.error import URLError, HTTPError

__all__ = ['Request', 'urlopen', 'pathname2url', 'url2pathname']

_MAX_REDIRECTS = 10


class Request:
    """A request to make: URL, body (data), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host or self.host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        return self._full_url + ('#' + self.fragment if self.fragment else '')

    @full_url.setter
    def full_url(self, url):
        self._full_url, _, self.fragment = url.partition('#')
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        parts = urllib.parse.urlsplit(self._full_url)
        self.host = parts.netloc
        self.selector = (parts.path or '/') + ('?' + parts.query if parts.query else '')

    def get_method(self):
        default = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = dict(self.unredirected_hdrs)
        hdrs.update(self.headers)
        return list(hdrs.items())


def _splittype(url):
    scheme, sep, rest = url.partition(':')
    if sep and scheme and all(c.isalnum() or c in '+-.' for c in scheme):
        return scheme.lower(), rest
    return None, url


def _open_http(req, timeout):
    conn = client.HTTPConnection(req.host, timeout=timeout)
    headers = dict(req.unredirected_hdrs)
    headers.update(req.headers)
    headers.setdefault('User-agent', 'Python-urllib/3.8')
    headers['Connection'] = 'close'
    data = req.data
    if data is not None and 'Content-type' not in headers:
        headers['Content-type'] = 'application/x-www-form-urlencoded'
    try:
        conn.request(req.get_method(), req.selector, data, headers)
        response = conn.getresponse()
    except OSError as err:
        conn.close()
        raise URLError(err)
    response.url = req.get_full_url()
    response.msg = response.reason
    return response


def _open_file(req):
    path = url2pathname(urllib.parse.urlsplit(req.full_url).path)
    try:
        f = open(path, 'rb')
    except OSError as exp:
        raise URLError(exp, path)
    return _FileResponse(f, req.full_url)


class _FileResponse:
    def __init__(self, f, url):
        self.fp = f
        self.url = url
        self.status = self.code = None

    def read(self, amt=None):
        return self.fp.read() if amt is None else self.fp.read(amt)

    def readline(self, limit=-1):
        return self.fp.readline(limit)

    def __iter__(self):
        return iter(self.fp)

    def geturl(self):
        return self.url

    def getcode(self):
        return None

    def close(self):
        self.fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Open url (a str or a Request) and return the response: status,
    headers, read().  An error status raises HTTPError; a failure to
    connect, URLError.  Redirects (301, 302, 303, 307, 308) are followed."""
    req = url if isinstance(url, Request) else Request(url)
    if data is not None:
        req.data = data
    for _ in range(_MAX_REDIRECTS + 1):
        if req.type == 'file':
            return _open_file(req)
        if req.type == 'https':
            raise URLError("gilvm: https is not available (no ssl module)")
        if req.type != 'http':
            raise URLError('unknown url type: %s' % req.type)
        response = _open_http(req, timeout)
        code = response.status
        if code in (301, 302, 303, 307, 308) and response.getheader('location'):
            newurl = urllib.parse.urljoin(req.full_url, response.getheader('location'))
            response.read()
            response.close()
            method = req.get_method()
            if code in (307, 308) and method not in ('GET', 'HEAD'):
                raise HTTPError(req.full_url, code, response.reason, response.headers, None)
            headers = {k: v for k, v in req.headers.items()
                       if k.lower() not in ('content-length', 'content-type')}
            req = Request(newurl, headers=headers, origin_req_host=req.origin_req_host,
                          unverifiable=True, method='HEAD' if method == 'HEAD' else 'GET')
            continue
        if not 200 <= code < 300:
            raise HTTPError(req.full_url, code, response.reason, response.headers, response)
        return response
    raise HTTPError(req.full_url, code, "The HTTP server returned a redirect error that would "
                    "lead to an infinite loop.\nThe last 30x error message was:\n" + response.reason,
                    response.headers, None)


def pathname2url(pathname):
    return urllib.parse.quote(pathname)


def url2pathname(pathname):
    return urllib.parse.unquote(pathname)
