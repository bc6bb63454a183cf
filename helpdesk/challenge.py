"""A privacy-friendly proof of work (ALTCHA's v1 scheme, with the `altcha` library): the
browser finds the number whose SHA-256 with the salt is the challenge; no third party, no
cookie. A solved challenge counts once (a replay is refused)."""

import base64
import datetime
import json

from altcha import ChallengeOptionsV1, create_challenge_v1, verify_solution_v1
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

VALID_FOR = datetime.timedelta(hours=2)
MAX_NUMBER = 50_000


def hmac_key():
    return f"helpdesk-altcha:{settings.SECRET_KEY}"


def new_challenge():
    challenge = create_challenge_v1(
        ChallengeOptionsV1(
            hmac_key=hmac_key(),
            max_number=MAX_NUMBER,
            expires=timezone.now() + VALID_FOR,
        )
    )
    return {
        "algorithm": challenge.algorithm,
        "challenge": challenge.challenge,
        "maxnumber": challenge.max_number,
        "salt": challenge.salt,
        "signature": challenge.signature,
    }


def is_solved(payload):
    """True for a valid, unexpired solution not seen before (it is used up by this call)."""
    if not payload or len(payload) > 2000:
        return False
    try:
        data = json.loads(base64.b64decode(payload, validate=True))
        ok, _ = verify_solution_v1(data, hmac_key(), check_expires=True)
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    if not ok:
        return False
    seconds = int(VALID_FOR.total_seconds())
    return cache.add(f"helpdesk:altcha:{data['signature']}", 1, timeout=seconds)
