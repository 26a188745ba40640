"""The production cache keeps the site up when Redis is down."""

import socket

import pytest

from smartcity.cache import FailOpenRedisCache, RenditionCache


def _unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def dead_redis_cache():
    return FailOpenRedisCache(
        f"redis://127.0.0.1:{_unused_port()}/0",
        {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}},
    )


def test_operations_behave_like_misses_when_redis_is_unreachable(dead_redis_cache):
    assert dead_redis_cache.get("key", "fallback") == "fallback"
    assert dead_redis_cache.set("key", "value") is None
    assert dead_redis_cache.add("key", "value") is False
    assert dead_redis_cache.get_many(["a", "b"]) == {}
    assert dead_redis_cache.delete("key") is False


def test_a_failure_switches_the_cache_off_for_a_while(dead_redis_cache, monkeypatch):
    dead_redis_cache.get("key")
    calls = []
    monkeypatch.setattr(
        "django.core.cache.backends.redis.RedisCache.get",
        lambda *args, **kwargs: calls.append(args) or "from redis",
    )
    assert dead_redis_cache.get("key", "fallback") == "fallback"
    assert calls == []


class FakeRedis:
    """Stands in for RedisCache's own operations: a dict, with the writes counted."""

    def __init__(self, monkeypatch):
        self.data, self.writes = {}, []
        base = "django.core.cache.backends.redis.RedisCache"
        monkeypatch.setattr(f"{base}.get_many", self.get_many)
        monkeypatch.setattr(f"{base}.set", self.set)
        monkeypatch.setattr(f"{base}.delete", self.delete)

    def get_many(self, keys, version=None):
        return {key: self.data[key] for key in keys if key in self.data}

    def set(self, key, value, timeout=None, version=None):
        self.writes.append(key)
        self.data[key] = value

    def delete(self, key, version=None):
        return self.data.pop(key, None) is not None


@pytest.fixture
def rendition_cache(monkeypatch):
    fake = FakeRedis(monkeypatch)
    cache = RenditionCache("redis://127.0.0.1:6379/0", {})
    return cache, fake


def test_rendition_read_from_the_cache_is_not_written_back(rendition_cache):
    """Wagtail writes every rendition it renders back to the cache, also one it has just
    read from there; that second round trip is skipped."""
    cache, fake = rendition_cache
    cache.set("rendition-1", "record")
    assert fake.writes == ["rendition-1"]

    for _request in range(3):
        assert cache.get_many(["rendition-1"]) == {"rendition-1": "record"}
        cache.set("rendition-1", "record")

    assert fake.writes == ["rendition-1"]


def test_rendition_gone_from_the_cache_is_written_again(rendition_cache):
    cache, fake = rendition_cache
    cache.set("rendition-1", "record")
    fake.data.clear()  # expired, or deleted by another process

    assert cache.get_many(["rendition-1"]) == {}
    cache.set("rendition-1", "new record")

    assert fake.writes == ["rendition-1", "rendition-1"]
    assert fake.data == {"rendition-1": "new record"}


def test_deleted_rendition_is_written_again(rendition_cache):
    cache, fake = rendition_cache
    cache.set("rendition-1", "record")
    cache.delete("rendition-1")
    cache.set("rendition-1", "record")

    assert fake.writes == ["rendition-1", "rendition-1"]


def test_rendition_is_written_again_after_the_refresh_period(rendition_cache, monkeypatch):
    cache, fake = rendition_cache
    now = [1000.0]
    monkeypatch.setattr("smartcity.cache.time.monotonic", lambda: now[0])
    cache.set("rendition-1", "record")
    now[0] += cache.REFRESH_AFTER + 1
    cache.set("rendition-1", "record")

    assert fake.writes == ["rendition-1", "rendition-1"]


def test_one_redis_client_serves_every_operation():
    """Django's client builds a ``redis.Redis`` per operation; ours keeps one per pool."""
    cache = FailOpenRedisCache("redis://127.0.0.1:6379/0", {})
    client = cache._cache

    assert client.get_client("a") is client.get_client("b")
    assert client.get_client("a", write=True) is client.get_client("b", write=True)
