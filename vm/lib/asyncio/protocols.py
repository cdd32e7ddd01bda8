"""Protocols: the callbacks a transport makes into user code.

A connection's protocol hears connection_made(transport) first, then
data_received(data) for each chunk, eof_received() once the peer has
finished sending, and connection_lost(exc) last (exc None on a clean
close).  pause_writing/resume_writing bracket the time the transport's
write buffer is above its high-water mark."""

__all__ = ('BaseProtocol', 'Protocol')


class BaseProtocol:
    """Connection callbacks that every protocol has; all do nothing here."""

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol; eof_received returning true keeps the transport
    open for writing after the peer's EOF (half-close)."""

    def data_received(self, data):
        pass

    def eof_received(self):
        pass
