from app.main import app


def client():
    app.config.update(TESTING=True)
    return app.test_client()


def test_health():
    res = client().get("/health")
    assert res.status_code == 200
    assert res.get_json() == {"status": "ok"}


def test_hello_uses_greeting_name(monkeypatch):
    monkeypatch.setenv("GREETING_NAME", "Podman")
    assert client().get("/hello").get_json()["message"] == "Hello, Podman!"


def test_counter_increments():
    c = client()
    before = c.get("/counter").get_json()["counter"]
    assert c.post("/counter").get_json()["counter"] == before + 1
    assert c.get("/counter").get_json()["counter"] == before + 1


def test_unknown_path_is_404():
    assert client().get("/nope").status_code == 404
