from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import GuidePage


@receiver(post_page_move)
def keep_guide_topic_in_step_with_its_place(sender, instance, **kwargs):
    """A guide moved to another topic belongs to that topic from then on."""
    guides = GuidePage.objects.descendant_of(instance, inclusive=True)
    for guide in guides:
        topic = guide.topic_from_tree()
        if guide.topic_id != (topic.id if topic else None):
            GuidePage.objects.filter(pk=guide.pk).update(topic=topic)
