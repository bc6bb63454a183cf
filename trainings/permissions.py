from wagtail.permission_policies import ModelPermissionPolicy


class SignUpOnlyPolicy(ModelPermissionPolicy):
    """A registration is made only by signing up (a session, a seat or a place in line, the
    mails); nobody adds one by hand in the admin, whose form could not say which session."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
