from .pages import NewsletterIndexPage, NewsletterIssuePage
from .sending import Delivery, Send
from .subscribers import Subscriber

__all__ = ["Delivery", "NewsletterIndexPage", "NewsletterIssuePage", "Send", "Subscriber"]
