// go-api: a small HTTP service for the multi-architecture chapter (11).
// GET /health and GET /info; /info reports the system and processor architecture the binary was
// compiled for, so each image of a multi-architecture build shows which variant is running.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

// version is set at build time: go build -ldflags "-X main.version=1.0.0".
var version = "dev"

// Info is the body of GET /info.
type Info struct {
	Version   string `json:"version"`
	GoVersion string `json:"goVersion"`
	OS        string `json:"os"`
	Arch      string `json:"arch"`
}

func currentInfo() Info {
	return Info{Version: version, GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH}
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(body); err != nil {
		log.Printf("write response: %v", err)
	}
}

// getOnly answers 405 (with an Allow header) to any method but GET and HEAD.
func getOnly(handler http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "method not allowed"})
			return
		}
		handler(w, r)
	}
}

// newHandler routes /health and /info; any other path is a JSON 404.
func newHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/health", getOnly(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}))
	mux.HandleFunc("/info", getOnly(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, currentInfo())
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
	})
	return mux
}

// serve answers on listener until ctx is cancelled, then shuts down gracefully: no new connections,
// requests in progress get up to 10 seconds to finish.
func serve(ctx context.Context, listener net.Listener) error {
	server := &http.Server{Handler: newHandler(), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- server.Serve(listener) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := server.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// healthcheck requests /health on this container's own port: exit code 0 when it answers 200.
// It lets a HEALTHCHECK run in an image without shell or curl (distroless, scratch).
func healthcheck(port string) int {
	client := http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get("http://" + net.JoinHostPort("127.0.0.1", port) + "/health")
	if err != nil {
		fmt.Fprintln(os.Stderr, "healthcheck:", err)
		return 1
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(os.Stderr, "healthcheck: status", resp.StatusCode)
		return 1
	}
	return 0
}

func main() {
	check := flag.Bool("healthcheck", false, "request /health on 127.0.0.1:$PORT and exit 0 if it answers 200")
	flag.Parse()

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	if *check {
		os.Exit(healthcheck(port))
	}

	// 0.0.0.0: reachable through the container's interface, not only from inside it.
	listener, err := net.Listen("tcp", net.JoinHostPort("0.0.0.0", port))
	if err != nil {
		log.Fatalf("listen: %v", err)
	}
	// SIGTERM: docker stop, podman stop, Kubernetes; SIGINT: Ctrl+C.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	info := currentInfo()
	log.Printf("go-api %s (%s, %s/%s) listening on %s", info.Version, info.GoVersion, info.OS, info.Arch, listener.Addr())
	if err := serve(ctx, listener); err != nil {
		log.Fatalf("serve: %v", err)
	}
	log.Print("stopped")
}
