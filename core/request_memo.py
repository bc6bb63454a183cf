"""Values read once per read request.

Some rows are read many times while one page or API response is built (the page view
restrictions, the locales, a page's translations) and change only when an editor saves
something, which is never a GET or HEAD request. Within such a request they are read once and
kept in a memo that ends with the request, so a request cannot see its own change go stale and
the next request reads them afresh. Outside a read request (a POST, a management command, a
task) nothing is kept."""

import contextvars

READ_METHODS = {"GET", "HEAD"}
_memo = contextvars.ContextVar("read_request_memo", default=None)


def current():
    """This read request's memo (a dict), or None outside one."""
    return _memo.get()


def memoized(key, compute):
    """`compute()`, once per read request under `key`; on each call outside one."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


class ReadRequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in READ_METHODS:
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
