# asyncio signal handlers: a signal from another thread wakes a loop that
# is idle in its selector; the callback runs in the loop, not inside the
# signal handler; removal restores the default; misuse is refused.
import asyncio
import os
import signal
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    arrived = loop.create_future()
    seen = []

    def on_usr1(tag):
        seen.append((tag, asyncio.get_running_loop() is loop))
        if not arrived.done():
            arrived.set_result('usr1')

    loop.add_signal_handler(signal.SIGUSR1, on_usr1, 'first')
    sender = threading.Thread(target=lambda: (time.sleep(0.05),
                                              os.kill(os.getpid(), signal.SIGUSR1)))
    sender.start()
    print('woken by:', await asyncio.wait_for(arrived, 2))
    sender.join()

    # adding again replaces the callback
    loop.add_signal_handler(signal.SIGUSR1, on_usr1, 'second')
    signal.raise_signal(signal.SIGUSR1)
    print('queued, not run inline:', seen)
    await asyncio.sleep(0.01)
    print('soon after:', seen)

    print('remove:', loop.remove_signal_handler(signal.SIGUSR1),
          loop.remove_signal_handler(signal.SIGUSR1))
    print('default again:', signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

    async def coro_handler():
        pass
    for sig, cb in ((signal.SIGUSR2, coro_handler), (signal.SIGKILL, print),
                    ('USR1', print), (0, print)):
        try:
            loop.add_signal_handler(sig, cb)
        except (TypeError, RuntimeError, ValueError) as e:
            print(type(e).__name__ + ':', str(e).split(' out of range')[0]
                  .replace('invalid signal number', 'sig'))

    # only the main thread may install signal handlers
    def in_thread():
        other = asyncio.new_event_loop()
        try:
            other.add_signal_handler(signal.SIGUSR2, print)
        except RuntimeError:
            return 'refused in a thread'
        finally:
            other.close()
    print(await asyncio.to_thread(in_thread))

    # closing the loop removes its handlers
    loop.add_signal_handler(signal.SIGUSR2, print)

asyncio.run(main())
print('SIGUSR2 default after close:', signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
