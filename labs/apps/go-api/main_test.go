package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

func request(t *testing.T, method, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec
}

func TestHealth(t *testing.T) {
	rec := request(t, http.MethodGet, "/health")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", rec.Code)
	}
	if got := rec.Header().Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type %q, want application/json", got)
	}
	if got := strings.TrimSpace(rec.Body.String()); got != `{"status":"ok"}` {
		t.Errorf("body %s, want {\"status\":\"ok\"}", got)
	}
}

func TestInfo(t *testing.T) {
	rec := request(t, http.MethodGet, "/info")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", rec.Code)
	}
	var info Info
	if err := json.Unmarshal(rec.Body.Bytes(), &info); err != nil {
		t.Fatalf("body %s: %v", rec.Body.String(), err)
	}
	want := Info{Version: "dev", GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH}
	if info != want {
		t.Errorf("info %+v, want %+v", info, want)
	}
	for _, field := range []string{`"version"`, `"goVersion"`, `"os"`, `"arch"`} {
		if !strings.Contains(rec.Body.String(), field) {
			t.Errorf("body %s lacks %s", rec.Body.String(), field)
		}
	}
}

func TestVersionFromLinker(t *testing.T) {
	saved := version
	defer func() { version = saved }()
	version = "1.2.3" // what -ldflags "-X main.version=1.2.3" does at build time
	var info Info
	if err := json.Unmarshal(request(t, http.MethodGet, "/info").Body.Bytes(), &info); err != nil {
		t.Fatal(err)
	}
	if info.Version != "1.2.3" {
		t.Errorf("version %q, want 1.2.3", info.Version)
	}
}

func TestHead(t *testing.T) {
	for _, path := range []string{"/health", "/info"} {
		if rec := request(t, http.MethodHead, path); rec.Code != http.StatusOK {
			t.Errorf("HEAD %s: status %d, want 200", path, rec.Code)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		for _, path := range []string{"/health", "/info"} {
			rec := request(t, method, path)
			if rec.Code != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: status %d, want 405", method, path, rec.Code)
			}
			if got := rec.Header().Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow %q, want \"GET, HEAD\"", method, path, got)
			}
		}
	}
}

func TestNotFound(t *testing.T) {
	for _, path := range []string{"/", "/nope", "/health/x", "/info/"} {
		rec := request(t, http.MethodGet, path)
		if rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, rec.Code)
		}
		if got := strings.TrimSpace(rec.Body.String()); got != `{"error":"not found"}` {
			t.Errorf("GET %s: body %s", path, got)
		}
	}
}

// TestServeAndShutdown runs the real server on a free port, then cancels it as SIGTERM does.
func TestServeAndShutdown(t *testing.T) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, listener) }()

	_, port, _ := net.SplitHostPort(listener.Addr().String())
	if code := healthcheck(port); code != 0 {
		t.Fatalf("healthcheck exit code %d, want 0", code)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v, want nil after a graceful shutdown", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not return within 5 s of the cancellation")
	}
	if code := healthcheck(port); code != 1 {
		t.Errorf("healthcheck after shutdown: exit code %d, want 1", code)
	}
}

// BenchmarkInfo measures one GET /info through the handler (routing and JSON encoding): CPU only,
// used to compare a native run with an emulated one (scripts/measure-emulation.sh).
func BenchmarkInfo(b *testing.B) {
	handler := newHandler()
	req := httptest.NewRequest(http.MethodGet, "/info", nil)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		handler.ServeHTTP(httptest.NewRecorder(), req)
	}
}
