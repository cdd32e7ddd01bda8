# The sqlite3 Connection methods gilvm leaves out each say so in one line.
import sqlite3

con = sqlite3.connect(':memory:')
for name in ('iterdump', 'backup', 'set_authorizer', 'set_progress_handler',
             'set_trace_callback', 'interrupt', 'enable_load_extension', 'load_extension'):
    try:
        getattr(con, name)()
    except sqlite3.NotSupportedError as e:
        print(name, '->', e)
