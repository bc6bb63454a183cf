from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap for every language of the site: the site's root page and its
    translations, with all their live, public descendants (alternates come from
    BasePage.get_sitemap_urls)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q()
        for path in Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        ):
            trees |= Q(path__startswith=path)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
