"""The production cache keeps the site up when Redis is down."""

import socket

import pytest

from smartcity.cache import FailOpenRedisCache


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
