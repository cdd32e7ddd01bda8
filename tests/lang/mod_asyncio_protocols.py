# asyncio transports and protocols: create_server/create_connection with
# Protocol subclasses, the order of protocol callbacks, half-close with
# eof_received, write-buffer flow control (pause/resume_writing), abort,
# and misuse of transports.
import asyncio


class Echo(asyncio.Protocol):
    """Server side: echoes, keeps open after EOF to send a summary."""

    def connection_made(self, transport):
        self.transport = transport
        self.total = 0

    def data_received(self, data):
        self.total += len(data)
        self.transport.write(data)

    def eof_received(self):
        self.transport.write(b'total %d' % self.total)
        self.transport.close()
        return True


class Client(asyncio.Protocol):
    def __init__(self, loop):
        self.events = []
        self.received = bytearray()
        self.done = loop.create_future()

    def connection_made(self, transport):
        self.events.append('made')
        self.transport = transport

    def data_received(self, data):
        if not self.events or self.events[-1] != 'data':
            self.events.append('data')
        self.received += data

    def eof_received(self):
        self.events.append('eof')

    def connection_lost(self, exc):
        self.events.append('lost %r' % (exc,))
        self.done.set_result(None)


class Paced(asyncio.Protocol):
    """Records flow-control callbacks."""

    def __init__(self):
        self.flow = []

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        self.flow.append('pause')

    def resume_writing(self):
        self.flow.append('resume')


class Sink(asyncio.Protocol):
    """Server side that reads only when told to, to make the client's buffer fill."""

    instances = []

    def connection_made(self, transport):
        self.transport = transport
        self.count = 0
        transport.pause_reading()
        Sink.instances.append(self)

    def data_received(self, data):
        self.count += len(data)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    transport, client = await loop.create_connection(lambda: Client(loop), '127.0.0.1', port)
    print('made before return:', client.events, isinstance(transport, asyncio.Transport))
    print('peername port:', transport.get_extra_info('peername')[1] == port,
          'missing extra:', transport.get_extra_info('nothing', 'dflt'))
    transport.write(b'hello ')
    transport.writelines([b'protocol', b' world'])
    transport.write_eof()
    await client.done
    print('events:', client.events)
    print('received:', bytes(client.received))
    print('closing:', transport.is_closing())
    try:
        transport.write(b'more')
    except RuntimeError as e:
        print('write after write_eof:', e)

    # flow control: a small high-water mark and a peer not reading
    sink_server = await loop.create_server(Sink, '127.0.0.1', 0)
    sink_port = sink_server.sockets[0].getsockname()[1]
    transport, paced = await loop.create_connection(Paced, '127.0.0.1', sink_port)
    transport.set_write_buffer_limits(high=4096)
    print('limits:', transport.get_write_buffer_limits())
    chunk = b'x' * 65536
    for _ in range(500):   # bounded: a transport that never pauses fails, not hangs
        if 'pause' in paced.flow:
            break
        transport.write(chunk)
        await asyncio.sleep(0)
    print('paused with buffer:', transport.get_write_buffer_size() > 4096)
    sink = Sink.instances[0]
    sink.transport.resume_reading()
    for _ in range(500):
        if 'resume' in paced.flow:
            break
        await asyncio.sleep(0.001)
    print('flow:', paced.flow, 'buffer low:', transport.get_write_buffer_size() <= 1024)
    transport.abort()
    print('aborted, closing:', transport.is_closing())
    await asyncio.sleep(0.01)
    print('sink got data:', sink.count > 4096)

    for bad in ({'high': 1, 'low': 2}, {'high': -1}):
        try:
            transport.set_write_buffer_limits(**bad)
        except ValueError as e:
            print('limits:', e)
    try:
        transport.write('text')
    except TypeError as e:
        print('write str:', e)

    # a protocol whose eof_received returns None has its transport closed
    closed_by_eof = loop.create_future()

    class Quiet(asyncio.Protocol):
        def connection_made(self, transport):
            transport.write_eof()

        def connection_lost(self, exc):
            closed_by_eof.set_result('lost after eof')
    quiet_server = await loop.create_server(Quiet, '127.0.0.1', 0)
    qport = quiet_server.sockets[0].getsockname()[1]
    transport, client = await loop.create_connection(lambda: Client(loop), '127.0.0.1', qport)
    print(await closed_by_eof, await client.done, client.events)

    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print('create_connection:', e)
    for srv in (server, sink_server, quiet_server):
        srv.close()
        await srv.wait_closed()
    print('sockets after close:', server.sockets)
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    except ConnectionRefusedError:
        print('refused')


asyncio.run(main())
