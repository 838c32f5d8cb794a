"""py-api: a small Flask API for the layer-cache lab (E5.11).

Endpoints: /hello, /health and /counter (kept in memory, per process: the
Compose labs use notes-api, which counts visits in Redis). Served by gunicorn
in the image.
"""

import os
import socket
from threading import Lock

from flask import Flask, jsonify

app = Flask(__name__)

_counter = 0
_lock = Lock()


@app.get("/hello")
def hello():
    name = os.environ.get("GREETING_NAME", "world")
    return jsonify(message=f"Hello, {name}!", hostname=socket.gethostname())


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.post("/counter")
def increment():
    global _counter
    with _lock:
        _counter += 1
        value = _counter
    return jsonify(counter=value)


@app.get("/counter")
def read_counter():
    return jsonify(counter=_counter)
