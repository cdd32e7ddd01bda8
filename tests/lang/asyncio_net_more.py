# asyncio beyond TCP streams: UDP endpoints, AF_UNIX streams, and a
# BufferedProtocol reading into its own buffer.
import asyncio
import os
import socket
import tempfile


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()
        self.lost = asyncio.get_running_loop().create_future()

    def datagram_received(self, data, addr):
        self.got.put_nowait(('data', data, addr))

    def error_received(self, exc):
        self.got.put_nowait(('error', type(exc).__name__))

    def connection_lost(self, exc):
        self.lost.set_result(exc)


async def udp():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    addr = server.get_extra_info('sockname')
    print('server', addr[0],
          server.get_extra_info('peername'))
    client, proto = await loop.create_datagram_endpoint(Client, remote_addr=addr)
    print('client peer', client.get_extra_info('peername') == addr)
    for word in (b'one', b'two', b'three'):
        client.sendto(word)
        kind, data, frm = await proto.got.get()
        print(kind, data, frm == addr)
    try:
        client.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print('wrong address', str(e).startswith('Invalid address'))
    try:
        client.sendto('text')
    except TypeError as e:
        print('text', e)
    # An unconnected socket names the address each time.
    free, fproto = await loop.create_datagram_endpoint(Client, family=socket.AF_INET)
    free.sendto(b'hello', addr)
    kind, data, frm = await fproto.got.get()
    print('unconnected', kind, data, frm == addr)
    free.close()
    print('closing', free.is_closing(), await fproto.lost)
    server.close()
    await asyncio.sleep(0.05)
    # Nobody listens now: the kernel's ICMP answer reaches error_received.
    client.sendto(b'anyone?')
    print(await asyncio.wait_for(proto.got.get(), 2))
    client.close()
    print('client closed', await proto.lost)


async def udp_errors():
    loop = asyncio.get_running_loop()
    tcp = socket.socket()
    try:
        await loop.create_datagram_endpoint(Client, sock=tcp)
    except ValueError as e:
        print('tcp sock', str(e).startswith('A UDP Socket was expected'))
    tcp.close()
    udp_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.create_datagram_endpoint(Client, local_addr=('127.0.0.1', 0), sock=udp_sock)
    except ValueError as e:
        print('sock and addr', str(e).split(' (')[0])
    transport, proto = await loop.create_datagram_endpoint(Client, sock=udp_sock)
    print('own sock', transport.get_extra_info('socket').fileno() == udp_sock.fileno(),
          udp_sock.gettimeout())
    transport.abort()
    await proto.lost
    print('sock closed', udp_sock.fileno())
    try:
        await loop.create_datagram_endpoint(Client)
    except ValueError as e:
        print('nothing', e)


async def unix_streams(path):
    async def handle(reader, writer):
        async for line in reader:
            writer.write(line[::-1].strip() + b'\n')
            await writer.drain()
        writer.close()

    server = await asyncio.start_unix_server(handle, path)
    print('listening', os.path.exists(path), server.sockets[0].family == socket.AF_UNIX,
          isinstance(server, asyncio.AbstractServer))
    reader, writer = await asyncio.open_unix_connection(path)
    for word in (b'abc\n', b'hello\n'):
        writer.write(word)
        print('reply', await reader.readline())
    writer.write_eof()
    print('end', await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    # A stale socket file is replaced by the next server.
    server = await asyncio.start_unix_server(handle, path=path)
    reader, writer = await asyncio.open_unix_connection(path=path)
    writer.write(b'again\n')
    print('restarted', await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_unix_connection(path + '.missing')
    except FileNotFoundError as e:
        print('missing', e.errno)
    regular = path + '.file'
    open(regular, 'w').close()
    try:
        await asyncio.start_unix_server(handle, regular)
    except OSError as e:
        print('on a file', type(e).__name__, e.errno)
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.create_unix_server(asyncio.Protocol),
                 lambda: loop.create_unix_connection(asyncio.Protocol)):
        try:
            await call()
        except ValueError as e:
            print('no path', e)


class Lender(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(4)
        self.chunks = []
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.chunks.append(bytes(self.buf[:nbytes]))

    def eof_received(self):
        self.chunks.append('eof')

    def connection_lost(self, exc):
        self.done.set_result(exc)


async def buffered():
    async def send(reader, writer):
        writer.write(b'0123456789')
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(send, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    loop = asyncio.get_running_loop()
    _, proto = await loop.create_connection(Lender, '127.0.0.1', port)
    print('buffered lost', await proto.done)
    print('joined', b''.join(c for c in proto.chunks if c != 'eof'), proto.chunks[-1],
          max(len(c) for c in proto.chunks[:-1]))
    server.close()
    await server.wait_closed()


async def main():
    await udp()
    await udp_errors()
    with tempfile.TemporaryDirectory() as tmp:
        await unix_streams(os.path.join(tmp, 'sock'))
    await buffered()

asyncio.run(main())
