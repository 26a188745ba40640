"""A Redis cache that fails open: when Redis is unreachable the site keeps serving
pages uncached instead of answering with errors."""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)


class ReusingRedisCacheClient(RedisCacheClient):
    """Django builds a new ``redis.Redis`` object (with its table of response callbacks)
    for every cache operation; one per connection pool serves them all (it is
    thread-safe, the connections come from the pool)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client


class FailOpenRedisCache(RedisCache):
    """Every cache operation that cannot reach Redis behaves like a cache miss.

    After a failure the cache stays switched off for ``RETRY_AFTER`` seconds so that a
    down Redis does not add a connection timeout to every request.
    """

    RETRY_AFTER = 10.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
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


class RenditionCache(FailOpenRedisCache):
    """The cache of Wagtail's rendition records.

    Wagtail writes a rendition back to this cache every time it renders an image, also
    right after reading it from here: one more round trip per image and page. A record
    read or written by this process within ``REFRESH_AFTER`` seconds is not written
    again (it cannot have changed: a changed image or focal point has another key, and a
    deleted rendition is deleted from the cache). The entry's expiry is then renewed
    less often, which costs at most one more miss a week.
    """

    REFRESH_AFTER = 3600.0
    MAX_FRESH = 10_000

    def __init__(self, server, params):
        super().__init__(server, params)
        self._fresh = {}
        self._fresh_lock = threading.Lock()

    def _mark(self, keys):
        now = time.monotonic()
        with self._fresh_lock:
            if len(self._fresh) > self.MAX_FRESH:
                self._fresh.clear()
            for key in keys:
                self._fresh[key] = now

    def _is_fresh(self, key):
        seen = self._fresh.get(key)
        return seen is not None and time.monotonic() - seen < self.REFRESH_AFTER

    def get_many(self, keys, version=None):
        keys = list(keys)
        found = super().get_many(keys, version=version)
        self._mark((key, version) for key in found)
        with self._fresh_lock:  # gone (deleted or expired): the next set must write
            for key in keys:
                if key not in found:
                    self._fresh.pop((key, version), None)
        return found

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self._is_fresh((key, version)):
            return None
        result = super().set(key, value, timeout=timeout, version=version)
        self._mark([(key, version)])
        return result

    def delete(self, key, version=None):
        with self._fresh_lock:
            self._fresh.pop((key, version), None)
        return super().delete(key, version=version)

    def delete_many(self, keys, version=None):
        with self._fresh_lock:
            for key in keys:
                self._fresh.pop((key, version), None)
        return super().delete_many(keys, version=version)

    def clear(self):
        with self._fresh_lock:
            self._fresh.clear()
        return super().clear()
