"""Protocols: the callbacks a transport makes into user code.

A connection's protocol hears connection_made(transport) first, then
data_received(data) for each chunk, eof_received() once the peer has
finished sending, and connection_lost(exc) last (exc None on a clean
close).  pause_writing/resume_writing bracket the time the transport's
write buffer is above its high-water mark.

A subprocess's protocol hears about each of the child's pipes by its fd
(0 stdin, 1 stdout, 2 stderr), process_exited() once the child has ended,
and connection_lost last, after the exit and every pipe's end."""

__all__ = ('BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol',
           'SubprocessProtocol')


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


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own buffer:
    get_buffer(sizehint) gives a writable buffer, buffer_updated(nbytes)
    says how much of it the transport filled."""

    def get_buffer(self, sizehint):
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        raise NotImplementedError

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    """A datagram endpoint's protocol: one call per datagram, with the
    sender's address."""

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    """A child process's protocol (see the module's docstring)."""

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass
