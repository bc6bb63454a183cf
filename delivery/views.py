from django.http import JsonResponse


def health(request):
    """A trivial view: the process answers (also the floor in benchmarks/api_latency.py)."""
    return JsonResponse({"status": "ok"})
