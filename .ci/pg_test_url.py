"""Prints the URL of a test database on the PostgreSQL server of an admin URL: the same
user, host, port and query, with the database path replaced. Refuses a server that is
not on a loopback address before anything connects to it, so that a check never
creates or drops databases on a shared server.

Usage: python3 .ci/pg_test_url.py ADMIN_URL DATABASE_NAME
"""
import ipaddress
import sys
from urllib.parse import urlsplit, urlunsplit

if len(sys.argv) != 3:
    sys.exit("usage: pg_test_url.py ADMIN_URL DATABASE_NAME")
admin = urlsplit(sys.argv[1])
if admin.scheme not in ("postgres", "postgresql"):
    sys.exit("PG_ADMIN_URL must be a postgres:// URL")
host = admin.hostname or ""
try:
    loopback = ipaddress.ip_address(host).is_loopback
except ValueError:
    loopback = host == "localhost"
if not loopback:
    sys.exit("PG_ADMIN_URL must point at a loopback address (127.0.0.1, ::1 or localhost), got host %r" % host)
print(urlunsplit((admin.scheme, admin.netloc, "/" + sys.argv[2], admin.query, "")))
