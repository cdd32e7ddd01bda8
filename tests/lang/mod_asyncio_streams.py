# asyncio streams: an echo server on 127.0.0.1 (port 0), clients doing
# round trips with readline/readexactly/read, a large write with drain,
# EOF handling, peername, and errors (refused connection, short read).
import asyncio

events = []


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    events.append('server peer is local: %s' % (peer[0] == '127.0.0.1'))
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b'big\n':
            size = int(await reader.readline())
            data = await reader.readexactly(size)
            writer.write(b'%d %d\n' % (len(data), sum(data) % 251))
        else:
            writer.write(line.upper())
        await writer.drain()
    events.append('server saw EOF: %s' % reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()[:2]
    print('serving:', server.is_serving(), host)

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client peer port matches:', writer.get_extra_info('peername')[1] == port)
    for word in (b'hello\n', b'gilvm\n'):
        writer.write(word)
        await writer.drain()
        print('echo:', await reader.readline())

    # a payload larger than the socket buffers: write, drain, read reply
    payload = bytes(range(256)) * 4096
    writer.writelines([b'big\n', b'%d\n' % len(payload)])
    writer.write(payload)
    await writer.drain()
    print('big reply:', await reader.readline(), sum(payload) % 251)

    # a reader with a small limit that falls behind stops reading from the
    # socket (its buffer stays small) and still gets every byte
    async def flood(reader, writer):
        writer.write(payload)
        await writer.drain()
        writer.close()
    flood_server = await asyncio.start_server(flood, '127.0.0.1', 0)
    flood_port = flood_server.sockets[0].getsockname()[1]
    slow_reader, slow_writer = await asyncio.open_connection('127.0.0.1', flood_port,
                                                             limit=1024)
    await asyncio.sleep(0.05)
    print('buffer kept small:', len(slow_reader._buffer) < len(payload) // 4)
    got = await slow_reader.readexactly(len(payload))
    print('slow reader got all:', got == payload, await slow_reader.read())
    slow_writer.close()
    await slow_writer.wait_closed()
    flood_server.close()

    writer.write(b'abc\n')
    print('readexactly:', await reader.readexactly(2), await reader.readexactly(2))
    writer.write_eof()
    print('read to EOF:', await reader.read(), 'at_eof:', reader.at_eof())
    print('read after EOF:', await reader.read(10), await reader.readline())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e.partial, e.expected, isinstance(e, EOFError))
    writer.close()
    await writer.wait_closed()
    print('closing:', writer.is_closing())

    # several clients at once, each with its own reply
    async def client(i):
        r, w = await asyncio.open_connection('127.0.0.1', port)
        w.write(b'client %d\n' % i)
        reply = await r.readline()
        w.close()
        await w.wait_closed()
        return reply
    print('concurrent:', await asyncio.gather(*(client(i) for i in range(3))))

    server.close()
    await server.wait_closed()
    print('serving after close:', server.is_serving())
    await asyncio.sleep(0.01)
    print(sorted(set(events)))

    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError:
        print('refused after close')

    # async with closes the server; async for reads lines
    async def lines_back(reader, writer):
        writer.write(b'one\ntwo\nthree')
        writer.close()
    async with await asyncio.start_server(lines_back, '127.0.0.1', 0) as srv:
        port = srv.sockets[0].getsockname()[1]
        r, w = await asyncio.open_connection('127.0.0.1', port)
        print('async for:', [line async for line in r])
        w.close()
    print('server closed by async with:', not srv.is_serving())

    # the raw socket helpers
    import socket
    infos = await asyncio.get_running_loop().getaddrinfo('127.0.0.1', 80,
                                                         type=socket.SOCK_STREAM)
    print('getaddrinfo:', infos[0][4])
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    loop = asyncio.get_running_loop()
    pending = asyncio.create_task(loop.sock_recv(b, 100))
    await asyncio.sleep(0)
    await loop.sock_sendall(a, b'via sock_sendall')
    print('sock_recv:', await pending)

    # add_reader calls back when data is waiting; remove_reader stops it
    ready = loop.create_future()
    loop.add_reader(b.fileno(), lambda: ready.done() or ready.set_result(b.recv(10)))
    a.send(b'ping')
    print('add_reader:', await ready)
    print('remove_reader:', loop.remove_reader(b.fileno()), loop.remove_reader(b.fileno()))
    a.close()
    b.close()

    # sock_accept and sock_connect on a bare listening socket
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    listener.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(listener))
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, listener.getsockname())
    conn, addr = await accepting
    print('sock_accept: non-blocking', conn.getblocking() is False,
          'peer matches', addr == c.getsockname())
    for s in (conn, c, listener):
        s.close()


asyncio.run(main())
