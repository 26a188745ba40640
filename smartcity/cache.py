"""A Redis cache that fails open: when Redis is unreachable the site keeps serving
pages uncached instead of answering with errors."""

import logging
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


class FailOpenRedisCache(RedisCache):
    """Every cache operation that cannot reach Redis behaves like a cache miss.

    After a failure the cache stays switched off for ``RETRY_AFTER`` seconds so that a
    down Redis does not add a connection timeout to every request.
    """

    RETRY_AFTER = 10.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0

    def _guard(self, operation, fallback, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except Exception as exc:  # redis.exceptions.* and socket errors alike
            self._down_until = time.monotonic() + self.RETRY_AFTER
            logger.warning("cache %s failed, serving without cache: %s", operation, exc)
            return fallback

    def add(self, *args, **kwargs):
        return self._guard("add", False, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._guard("get", default, key, default=default, version=version)

    def set(self, *args, **kwargs):
        return self._guard("set", None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._guard("touch", False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._guard("delete", False, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._guard("get_many", {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._guard("has_key", False, *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._guard("incr", 0, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._guard("set_many", [], *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._guard("delete_many", None, *args, **kwargs)

    def clear(self):
        return self._guard("clear", False)
