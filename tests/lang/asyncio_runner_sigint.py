# asyncio.Runner and Ctrl-C (3.11): the first SIGINT cancels the main task,
# which may clean up; run() then raises KeyboardInterrupt.
import asyncio, signal

async def interrupted():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('main task cancelled by Ctrl-C, cleaning up')
        raise

try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print('KeyboardInterrupt after cleanup')
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

async def twice():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('first: cancelled')
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            print('second: KeyboardInterrupt at once')
        return 'finished anyway'
    return 'not reached'

with asyncio.Runner() as r:
    print(r.run(twice()))

# A handler of the program's own is left alone: Ctrl-C goes to it.
got = []
signal.signal(signal.SIGINT, lambda s, f: got.append(s))

async def own():
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(0.01)
    return 'own handler ran'

print(asyncio.run(own()), got == [signal.SIGINT])
