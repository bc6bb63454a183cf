from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: the error may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render())


def health(request):
    """A trivial view: the process answers (also the floor in benchmarks/api_latency.py)."""
    return JsonResponse({"status": "ok"})
