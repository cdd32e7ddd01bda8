"""Transports: what a protocol holds to write to, pause and close its
connection.  The concrete ones are a stream socket's and a datagram
socket's, in selector_events, and a pipe's and a child process's, in
unix_events; these classes name the interface."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


class BaseTransport:
    """Extra information and closing."""

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """A transport data arrives on."""

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """A transport data is written to."""

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """Both ways, as a TCP connection is."""


class DatagramTransport(BaseTransport):
    """A datagram socket: whole datagrams out, each to an address."""

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """A child process: its pid, its pipes by fd, its exit status once the
    loop has seen it end, and signals to send it."""

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError
