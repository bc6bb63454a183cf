"""gunicorn settings for the web unit: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi:application`.

Each value may be overridden from the environment (GUNICORN_*), e.g. by the stack test.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The usual 2 x cores + 1: requests wait mostly on PostgreSQL, Redis and OpenSearch.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests, against slow leaks.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
forwarded_allow_ips = "127.0.0.1"
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "/run/kennispunt/gunicorn.ctl")
