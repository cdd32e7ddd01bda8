"""`gilvm -m json.tool [infile [outfile]]`: check JSON and print it indented.

As CPython 3.8's: four-space indent, --sort-keys, --json-lines (one document
a line); a document that does not parse ends the run with its
JSONDecodeError message and exit status 1.
"""

import argparse
import json
import sys


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module '
                    'to validate and pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', default=sys.stdin,
                        type=argparse.FileType(encoding='utf-8'),
                        help='a JSON file to be validated or pretty-printed')
    parser.add_argument('outfile', nargs='?', default=sys.stdout,
                        type=argparse.FileType('w', encoding='utf-8'),
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the jsonlines format')
    return parser


def _convert(infile, outfile, options):
    try:
        if options.json_lines:
            docs = (json.loads(line) for line in infile)
        else:
            docs = (json.load(infile),)
        for doc in docs:
            json.dump(doc, outfile, sort_keys=options.sort_keys, indent=4)
            outfile.write('\n')
    except ValueError as e:
        raise SystemExit(e)


def main():
    """Reads sys.argv; raises SystemExit(message) on a bad document."""
    options = _parser().parse_args()
    try:
        _convert(options.infile, options.outfile, options)
    finally:
        # Files named on the command line are closed; gilvm's sys.stdin and
        # sys.stdout are left open (they are no context managers).
        for f in (options.infile, options.outfile):
            if f is not sys.stdin and f is not sys.stdout:
                f.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
