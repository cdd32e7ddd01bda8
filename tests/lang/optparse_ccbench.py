# optparse as a GIL benchmark's command line uses it: store_true switches,
# int/float options, hidden client options (SUPPRESS_HELP), args from
# sys.argv (this test's .args: -t -n 2), then --help.
import sys
from optparse import OptionParser, SUPPRESS_HELP


def make_parser():
    parser = OptionParser(usage="usage: %prog [-h|--help] [options]")
    for short, long, dest, what in (("-t", "--throughput", "throughput", "throughput"),
                                    ("-l", "--latency", "latency", "latency"),
                                    ("-b", "--bandwidth", "bandwidth", "I/O bandwidth")):
        parser.add_option(short, long, action="store_true", dest=dest, default=False,
                          help="run %s tests" % what)
    parser.add_option("-i", "--interval", action="store", type="int",
                      dest="check_interval", default=None,
                      help="sys.setcheckinterval() value")
    parser.add_option("-I", "--switch-interval", action="store", type="float",
                      dest="switch_interval", default=None,
                      help="sys.setswitchinterval() value")
    parser.add_option("-n", "--num-threads", action="store", type="int",
                      dest="nthreads", default=4,
                      help="max number of threads in tests")
    parser.add_option("", "--latclient", action="store", dest="latclient",
                      default=None, help=SUPPRESS_HELP)
    parser.add_option("", "--bwclient", action="store", dest="bwclient",
                      default=None, help=SUPPRESS_HELP)
    return parser


def show(options, args):
    print("throughput=%s latency=%s bandwidth=%s check_interval=%s "
          "switch_interval=%s nthreads=%s latclient=%r bwclient=%r args=%s"
          % (options.throughput, options.latency, options.bandwidth,
             options.check_interval, options.switch_interval, options.nthreads,
             options.latclient, options.bwclient, args))


print(sys.argv[1:])
show(*make_parser().parse_args())
show(*make_parser().parse_args(["-lb", "-I", "0.005", "--interval=100"]))
show(*make_parser().parse_args(["--latclient", "{'sock': 3, 'interval': 0.1}"]))
show(*make_parser().parse_args(["--bw=dict(a=1)", "--num", "8", "extra"]))
options, args = make_parser().parse_args(["-t"])
if not options.throughput and not options.latency and not options.bandwidth:
    options.throughput = options.latency = options.bandwidth = True
show(options, args)
try:
    make_parser().parse_args(["--help"])
except SystemExit as e:
    print("--help exit", e.code)
make_parser().parse_args(["-n", "two"])
print("not reached")
