# asyncio's TCP calls take ssl=None (plain TCP) as python3 does: an echo
# server and client on a local port, with ssl=None passed everywhere.
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()


class Ping(asyncio.Protocol):
    """Sends a word; done holds the reply once the server hangs up."""

    def __init__(self):
        self.done = asyncio.get_running_loop().create_future()
        self.got = b''

    def connection_made(self, transport):
        transport.write(b'ping')

    def data_received(self, data):
        self.got += data

    def connection_lost(self, exc):
        self.done.set_result(self.got)


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, ssl=None)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port, ssl=None)
        writer.write(b'hello over plain tcp')
        await writer.drain()
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
        loop = asyncio.get_running_loop()
        transport, proto = await loop.create_connection(Ping, '127.0.0.1', port, ssl=None)
        print(type(proto).__name__, await proto.done)


asyncio.run(main())
