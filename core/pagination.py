"""A listing's page for readers: `?pagina=` in the URL, the first page for a number that is
not one or out of range (a reader's typo never ends in an error page)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def reader_page(items, request, per_page):
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("pagina", 1))
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)
