"""Editorial set-up: roles (groups and permissions) and the moderation workflow."""
