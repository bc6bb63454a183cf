"""HEAD and OPTIONS on the django-ninja APIs (search, v3). Ninja answers only the methods its
operations declare, so both were a 405. Here HEAD is answered as GET (the server leaves out
the body: gunicorn, Django's test client and runserver do), so its headers, ETag included, are
the GET's; OPTIONS answers 200 with no body and `Allow`; every `Allow` names HEAD where GET is
allowed, and OPTIONS."""

from functools import wraps

from django.http import HttpResponse

ALWAYS_ALLOWED = ("OPTIONS",)
# Ninja's own documents (openapi.json, docs/) are plain views that answer any method.
PLAIN_VIEW_METHODS = ("GET", "HEAD", "OPTIONS")


def with_head_and_options(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "HEAD":
            return with_full_allow(answer_as("GET", view, request, args, kwargs))
        if request.method == "OPTIONS":
            return options(view, request, args, kwargs)
        return with_full_allow(view(request, *args, **kwargs))

    return wrapper


def answer_as(method, view, request, args, kwargs):
    original = request.method
    request.method = method
    try:
        return view(request, *args, **kwargs)
    finally:
        request.method = original


def allowed_methods(allow_header):
    methods = [name.strip().upper() for name in allow_header.split(",") if name.strip()]
    if "GET" in methods and "HEAD" not in methods:
        methods.append("HEAD")
    methods += [name for name in ALWAYS_ALLOWED if name not in methods]
    return ", ".join(sorted(methods))


def with_full_allow(response):
    if response.status_code == 405 and response.has_header("Allow"):
        response["Allow"] = allowed_methods(response["Allow"])
    return response


def options(view, request, args, kwargs):
    """The methods of the path, from what ninja answers a method none of its operations has;
    a view that answers any method is one of ninja's documents, read with GET."""
    probe = view(request, *args, **kwargs)
    if probe.status_code == 405 and probe.has_header("Allow"):
        allow = allowed_methods(probe["Allow"])
    elif probe.status_code < 400:
        allow = ", ".join(PLAIN_VIEW_METHODS)
    else:
        return probe
    response = HttpResponse(status=200)
    response["Allow"] = allow
    response["Content-Length"] = "0"
    return response


def wrap_patterns(patterns, *wrappers):
    """Wrap the callback of every URL pattern in `patterns` (nested ones too), innermost
    first."""
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            wrap_patterns(pattern.url_patterns, *wrappers)
            continue
        for wrapper in wrappers:
            pattern.callback = wrapper(pattern.callback)
    return patterns
