"""The Content Security Policy (django-csp), in every environment so that a violation shows in
development and in the browser checks before it reaches production.

Public pages: only the site's own scripts, styles, fonts and images (no inline script or style:
the templates have none, and JSON-LD and json_script blocks are data, which CSP lets through),
video frames from the embed providers editors use, no plugins, no framing by other sites. The
Wagtail admin keeps the same origins but allows inline script and style, which parts of
Wagtail's own admin still need (see ADMIN_CSP_RELAXED and core/content_security.py)."""

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

from .env import env_list

CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES",
    [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# What the admin adds: inline script and style, eval (Wagtail's choosers and some widgets), the
# avatars (Gravatar) and blob: previews of images being uploaded.
ADMIN_CSP_RELAXED = {
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", "https://www.gravatar.com"],
}
ADMIN_CSP_PATHS = ("/admin/", "/django-admin/")
