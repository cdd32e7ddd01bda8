# asyncio child processes: pipes as streams, exit codes, signals, and
# wait() returning promptly however the child's pipes end.
import asyncio
import asyncio.subprocess as aproc
import os
import signal
import tempfile
import sys
import time

PIPE = asyncio.subprocess.PIPE


async def echo():
    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(b'hello\nworld\n')
    print('echo', out, err, proc.returncode)
    big = bytes(range(256)) * 2000     # beyond any pipe buffer: both ways at once
    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(big)
    print('big echo', len(out), out == big)


async def shell():
    proc = await asyncio.create_subprocess_shell(
        'printf "b\\na\\nc\\n" | sort | tr a-z A-Z', stdout=PIPE)
    out, err = await proc.communicate()
    print('pipeline', out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell('exit 3')
    print('exit 3 before wait', proc.returncode)
    print('exit 3', await proc.wait(), proc.returncode)
    print('wait again', await proc.wait())


async def killed():
    proc = await asyncio.create_subprocess_exec('sleep', '30')
    proc.kill()
    print('killed', await proc.wait())
    proc = await asyncio.create_subprocess_exec('sleep', '30')
    proc.send_signal(signal.SIGTERM)
    print('terminated', await proc.wait())
    try:
        proc.terminate()      # reaped and its transport closed: no such process
    except ProcessLookupError:
        print('terminate after exit: ProcessLookupError', proc.returncode)


async def lines():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c',
        'import sys, time\n'
        'for i in range(3):\n'
        '    print("line", i, flush=True)\n'
        '    time.sleep(0.05)\n'
        'sys.stdout.write("tail")\n', stdout=PIPE)
    got = []
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        got.append(line)
    print('lines', got, await proc.wait())
    proc = await asyncio.create_subprocess_exec('seq', '3', stdout=PIPE)
    print('async for', [line async for line in proc.stdout], await proc.wait())


async def merged():
    proc = await asyncio.create_subprocess_shell(
        'echo out; echo err >&2; echo out2', stdout=PIPE, stderr=aproc.STDOUT)
    out, err = await proc.communicate()
    print('merged', out, err, proc.stderr)
    proc = await asyncio.create_subprocess_shell(
        'echo out; echo err >&2; exit 1', stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print('separate', out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec('echo', 'gone', stdout=aproc.DEVNULL)
    print('devnull', await proc.communicate(), proc.returncode)


async def concurrent():
    async def one(i):
        proc = await asyncio.create_subprocess_shell(
            'sleep 0.2; echo {}'.format(i), stdout=PIPE)
        out, _ = await proc.communicate()
        return int(out)
    start = time.monotonic()
    got = await asyncio.gather(*(one(i) for i in range(8)))
    # Eight children at once take one child's time, not eight.
    print('gather', got, time.monotonic() - start < 1.2)


async def closed_early():
    # The child closes stdout at once and runs on: wait() must still see
    # the exit promptly, without the pipes' help.
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c',
        'import os, time\nos.close(1)\ntime.sleep(0.3)\n', stdout=PIPE)
    print('early eof', await proc.stdout.read())
    start = time.monotonic()
    code = await proc.wait()
    print('waited', code, 0.1 < time.monotonic() - start < 0.8)


async def stdin_writer():
    proc = await asyncio.create_subprocess_exec('wc', '-c', stdin=PIPE, stdout=PIPE)
    for i in range(5):
        proc.stdin.write(b'x' * 1000)
        await proc.stdin.drain()
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print('wc', int(await proc.stdout.read()), await proc.wait())
    # A child that exits without reading: the rest of the input is dropped.
    proc = await asyncio.create_subprocess_exec('true', stdin=PIPE)
    print('unread input', await proc.communicate(b'y' * 500000), proc.returncode)


async def errors():
    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('missing', type(e).__name__, e.errno)
    loop = asyncio.get_running_loop()
    for kwargs in ({'universal_newlines': True}, {'bufsize': 1}, {'text': True},
                   {'encoding': 'utf-8'}, {'errors': 'strict'}, {'shell': True}):
        try:
            await asyncio.create_subprocess_exec('true', **kwargs)
        except ValueError as e:
            print('exec', kwargs, e)
    try:
        await asyncio.create_subprocess_shell(['true'])
    except ValueError as e:
        print('shell', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', shell=False)
    except ValueError as e:
        print('shell', e)


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {}

    def connection_made(self, transport):
        self.events.append('made')

    def pipe_data_received(self, fd, data):
        self.data[fd] = self.data.get(fd, b'') + data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(('pipe lost', fd, exc))

    def process_exited(self):
        self.events.append('exited')

    def connection_lost(self, exc):
        self.events.append(('lost', exc))
        self.done.set_result(None)


async def protocol():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_shell(
        lambda: Recorder(done), 'read x; echo got $x; echo oops >&2; exit 2')
    print('transport', isinstance(transport, asyncio.SubprocessTransport),
          transport.get_pid() > 0, transport.get_returncode())
    stdin = transport.get_pipe_transport(0)
    stdin.write(b'hi\n')
    stdin.close()
    await done
    print('events', proto.events[0], sorted(map(str, proto.events[1:5])), proto.events[5:])
    print('data', proto.data, transport.get_returncode())
    transport.close()
    try:
        transport.kill()
    except ProcessLookupError:
        print('kill after close: ProcessLookupError')


class Collect(asyncio.Protocol):
    def __init__(self):
        self.chunks = []
        self.lost = asyncio.get_running_loop().create_future()

    def data_received(self, data):
        self.chunks.append(data)

    def eof_received(self):
        self.chunks.append('eof')

    def connection_lost(self, exc):
        self.lost.set_result(exc)


async def pipes():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader, rproto = await loop.connect_read_pipe(Collect, open(r, 'rb', 0))
    writer, wproto = await loop.connect_write_pipe(Collect, open(w, 'wb', 0))
    print('pipe ends', reader.get_extra_info('pipe').fileno() == r, writer.can_write_eof())
    big = b'z' * 300000
    writer.write(b'first ')
    writer.write(big)
    print('buffered', writer.get_write_buffer_size() > 0)
    writer.close()
    print('writer lost', await wproto.lost, writer.is_closing())
    print('reader lost', await rproto.lost, rproto.chunks[-1],
          b''.join(rproto.chunks[:-1]) == b'first ' + big)
    # The reading end goes away first: the writer learns of it unasked.
    r, w = os.pipe()
    writer, wproto = await loop.connect_write_pipe(Collect, open(w, 'wb', 0))
    os.close(r)
    print('reader gone', await asyncio.wait_for(wproto.lost, 2))
    with tempfile.TemporaryFile() as f:
        try:
            await loop.connect_read_pipe(Collect, f)
        except ValueError as e:
            print('regular file', e)


async def main():
    for step in (echo, shell, killed, lines, merged, concurrent, closed_early,
                 stdin_writer, errors, protocol, pipes):
        await step()

asyncio.run(main())
