"""API endpoints for what is not a page but the decoupled app shows on every page: the
topics, the navigation, the site settings and the footer, each in the language asked for
(`?locale=`)."""

from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Locale, Page

from core.i18n import language_codes
from core.renditions import image_api_representation
from guides.models import TopicPage, with_guide_counts
from home.models import HomePage, SiteSettings

from .problems import ParameterProblem, problem_response, unknown_locale
from .renderers import JsonOutsideDebug

ABOUT_TEXT = _("Het Kennispunt is politiek neutraal. De informatie op deze site is openbaar.")


class LocaleAPIView(JsonOutsideDebug, APIView):
    """Read-only JSON in one language: `?locale=nl|en` (default Dutch); any other parameter
    or language is a 400 problem naming each parameter."""

    known_parameters = {"locale", "format"}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        errors = [
            (name[:50], _("Onbekende parameter."))
            for name in sorted(set(request.GET) - self.known_parameters)
        ]
        code = request.GET.get("locale", language_codes()[0])
        if code not in language_codes():
            errors.append(("locale", unknown_locale(code)))
        if errors:
            raise ParameterProblem(errors[:20])
        self.language_code = code

    def get(self, request):
        with translation.override(self.language_code):
            locale = Locale.objects.filter(language_code=self.language_code).first()
            data = self.get_data(request, locale)
        return Response({"locale": self.language_code, **data})

    def get_data(self, request, locale):
        raise NotImplementedError

    def handle_exception(self, exc):
        """Every error as a problem: bad parameters, and what DRF refuses (e.g. a POST)."""
        if isinstance(exc, ParameterProblem):
            return problem_response(self.request, 400, errors=exc.errors)
        if isinstance(exc, exceptions.APIException):
            headers = {}
            if isinstance(exc, exceptions.MethodNotAllowed):
                headers["Allow"] = ", ".join(self.allowed_methods)
            if getattr(exc, "wait", None):
                headers["Retry-After"] = str(int(exc.wait))
            return problem_response(self.request, exc.status_code, headers=headers)
        if isinstance(exc, Http404):
            return problem_response(self.request, 404)
        return super().handle_exception(exc)


def link(page, request):
    return {"id": page.id, "title": page.title, "url": page.get_url(request)}


def site_settings_data(request):
    settings = SiteSettings.load(request_or_site=request)
    return {
        "contact": {"email": settings.contact_email, "phone": settings.contact_phone},
        "social": settings.social_links,
        "funding_statement": settings.funding_statement_for(translation.get_language()),
    }


class NavigationView(LocaleAPIView):
    """The home page, the menu pages under it, and the topics (as the site's header)."""

    def get_data(self, request, locale):
        home = HomePage.objects.live().public().filter(locale=locale).first()
        menu = (
            Page.objects.child_of(home).live().public().in_menu().order_by("path")
            if home
            else Page.objects.none()
        )
        topics = TopicPage.objects.live().public().filter(locale=locale).order_by("path")
        return {
            "home": link(home, request) if home else None,
            "menu": [link(page, request) for page in menu],
            "topics": [{**link(topic, request), "slug": topic.slug} for topic in topics],
        }


class SiteSettingsView(LocaleAPIView):
    def get_data(self, request, locale):
        return site_settings_data(request)


class FooterView(LocaleAPIView):
    def get_data(self, request, locale):
        return {
            "about": str(ABOUT_TEXT),
            **site_settings_data(request),
        }


class TopicsView(LocaleAPIView):
    """`/api/v2/topics/?locale=`: every topic with its number of published guides."""

    def get_data(self, request, locale):
        topics = with_guide_counts(
            TopicPage.objects.live()
            .public()
            .filter(locale=locale)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("path")
        )
        items = [
            {
                "id": topic.id,
                "slug": topic.slug,
                "name": topic.title,
                "intro": topic.intro,
                "url": topic.get_full_url(request),
                "guide_count": topic.guide_count,
                "image": image_api_representation(topic.image),
            }
            for topic in topics
        ]
        return {"meta": {"total_count": len(items)}, "items": items}
