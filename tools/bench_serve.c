/* bench_serve.c - a load client for bert-serve (make bench-serve runs it; tools/bench_serve.sh).
 *
 *   bench_serve --port P --file TEXTS [--concurrency C] [--texts K] [--seconds S] [--path /embed]
 *   bench_serve --port P --file TEXTS --overhead MODEL [--threads T] [--requests N] [--texts K]
 *
 * C threads, each with its own keep-alive connection, send POST requests of K consecutive lines
 * of TEXTS ({"inputs": [...], "truncate": true}) back to back for S seconds, and time each one.
 * Prints one line: requests, errors, requests/s, texts/s, p50 and p99 latency in ms. Any answer
 * but 200 counts as an error (and is reported once); a connection the server closes after an
 * answer is opened again; one that fails ends that thread, as an error.
 *
 * --overhead: what serving adds to each request at concurrency 1. First the N requests' texts are
 * embedded here, without the server (MODEL on T threads: tokenization, bert_encode, pooling, as
 * the server runs them), each the median of 3 runs; then the same N requests go to the server one
 * at a time, twice: the first pass (untimed) makes the server's contexts for every length, as a
 * server that has run a while has them; the second is timed. The last figure is the spread of one
 * bare run against the median of its 3: what timing a single request varies by, with no server. Prints p50 and p99 of the bare time, of the served latency, and of the difference per
 * request (latency less that request's own bare time).
 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define BERT_IMPLEMENTATION
#include "../bert.h"

typedef struct client {
    int port, texts, first_line;
    double until;
    long requests, errors;
    double *latency; /* seconds, one per request */
    long latency_count, latency_cap;
} client;

static char **lines;
static int line_count;
static const char *path = "/embed";

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int read_lines(const char *file) {
    FILE *f = fopen(file, "r");
    char buf[1 << 16];
    int cap = 0;
    if (!f) return -1;
    while (fgets(buf, sizeof buf, f)) {
        buf[strcspn(buf, "\r\n")] = 0;
        if (!*buf) continue;
        if (line_count == cap) {
            char **bigger = (char **)realloc(lines, (size_t)(cap = cap * 2 + 1024) * sizeof *lines);
            if (!bigger) return -1;
            lines = bigger;
        }
        lines[line_count++] = strdup(buf);
    }
    fclose(f);
    return line_count > 0 ? 0 : -1;
}

/* Appends s as a JSON string to buf at *len (buf is big enough: 6 bytes per input byte + 2). */
static void put_json_string(char *buf, size_t *len, const char *s) {
    buf[(*len)++] = '"';
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') { buf[(*len)++] = '\\'; buf[(*len)++] = (char)c; }
        else if (c < 0x20) *len += (size_t)sprintf(buf + *len, "\\u%04x", c);
        else buf[(*len)++] = (char)c;
    }
    buf[(*len)++] = '"';
}

/* The HTTP request for lines [first, first + k) (wrapping around), into a new buffer. */
static char *make_request(int first, int k, size_t *out_len) {
    size_t body_cap = 64, len = 0, head;
    char *body, *req;
    int i;
    for (i = 0; i < k; i++) body_cap += strlen(lines[(first + i) % line_count]) * 6 + 3;
    body = (char *)malloc(body_cap);
    if (!body) return NULL;
    len = (size_t)sprintf(body, "{\"inputs\":[");
    for (i = 0; i < k; i++) {
        if (i) body[len++] = ',';
        put_json_string(body, &len, lines[(first + i) % line_count]);
    }
    len += (size_t)sprintf(body + len, "],\"truncate\":true}");
    req = (char *)malloc(len + 256);
    if (!req) { free(body); return NULL; }
    head = (size_t)sprintf(req, "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %lu\r\n\r\n", path,
                           (unsigned long)len);
    memcpy(req + head, body, len);
    free(body);
    *out_len = head + len;
    return req;
}

static int connect_to(int port) {
    struct sockaddr_in a;
    struct timeval tv = {60, 0};
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) { close(fd); return -1; }
    return fd;
}

/* Reads one response with a Content-Length body into *buf; its status, or -1. */
static int read_response(int fd, char **buf, size_t *cap) {
    size_t len = 0, want = 0;
    char *end = NULL;
    int status = -1;
    for (;;) {
        ssize_t got;
        if (len + 65536 > *cap) {
            char *bigger = (char *)realloc(*buf, *cap = *cap * 2 + 65536);
            if (!bigger) return -1;
            *buf = bigger;
        }
        got = recv(fd, *buf + len, *cap - len - 1, 0);
        if (got <= 0) return -1;
        len += (size_t)got;
        (*buf)[len] = 0;
        if (!end && (end = strstr(*buf, "\r\n\r\n"))) {
            const char *cl = strstr(*buf, "Content-Length: ");
            if (!cl || sscanf(*buf, "HTTP/1.1 %d", &status) != 1) return -1;
            want = (size_t)(end + 4 - *buf) + strtoul(cl + 16, NULL, 10);
        }
        if (end && len >= want) return status;
    }
}

static void *client_main(void *arg) {
    client *c = (client *)arg;
    char *buf = NULL;
    size_t cap = 0;
    int fd = connect_to(c->port), next = c->first_line, reported = 0;
    if (fd < 0) { fprintf(stderr, "bench_serve: cannot connect to port %d\n", c->port); c->errors++; return NULL; }
    while (now() < c->until) {
        size_t len;
        char *req = make_request(next, c->texts, &len);
        double start = now();
        int status;
        if (!req) break;
        next = (next + c->texts) % line_count;
        status = send(fd, req, len, MSG_NOSIGNAL) == (ssize_t)len ? read_response(fd, &buf, &cap) : -1;
        free(req);
        if (status < 0) { c->errors++; fprintf(stderr, "bench_serve: the connection failed\n"); break; }
        c->requests++;
        if (strstr(buf, "\r\nConnection: close\r\n") || strstr(buf, "\r\nconnection: close\r\n")) {
            close(fd); /* the server ends the connection after this answer (nginx: keepalive_requests) */
            if ((fd = connect_to(c->port)) < 0) { c->errors++; fprintf(stderr, "bench_serve: cannot reconnect\n"); break; }
        }
        if (status != 200) {
            c->errors++;
            if (!reported++) fprintf(stderr, "bench_serve: status %d: %.200s\n", status, strstr(buf, "\r\n\r\n") + 4);
            continue;
        }
        if (c->latency_count == c->latency_cap) {
            double *bigger = (double *)realloc(c->latency, (size_t)(c->latency_cap = c->latency_cap * 2 + 1024) * sizeof *bigger);
            if (!bigger) break;
            c->latency = bigger;
        }
        c->latency[c->latency_count++] = now() - start;
    }
    close(fd);
    free(buf);
    return NULL;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The p-th quantile of v[0..n) (sorts v). */
static double quantile(double *v, long n, double p) {
    long at = (long)((double)n * p);
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n ? v[at < n ? at : n - 1] : 0.0;
}

/* --overhead: bare times, then served latencies, of the same `count` requests of k lines. */
static int overhead(int port, const char *model_path, int threads, int count, int k) {
    bert_model *model = NULL;
    bert_ctx *ctx = NULL;
    bert_embed_options opts = BERT_EMBED_OPTIONS_INIT;
    bert_error err;
    double *bare = (double *)calloc((size_t)count, sizeof *bare), *served = (double *)calloc((size_t)count, sizeof *served),
           *extra = (double *)calloc((size_t)count, sizeof *extra), *noise = (double *)calloc((size_t)count, sizeof *noise);
    float *out;
    const char **texts = (const char **)calloc((size_t)k, sizeof *texts);
    char *buf = NULL;
    size_t cap = 0;
    int i, j, rep, fd;
    if (!bare || !served || !extra || !noise || !texts || bert_model_load_file(&model, model_path, &err) != BERT_OK) {
        fprintf(stderr, "bench_serve: %s\n", model ? "out of memory" : err.message);
        return 1;
    }
    out = (float *)malloc((size_t)k * (size_t)bert_model_config(model)->hidden_size * sizeof *out);
    opts.threads = threads;
    opts.keep_ctx = &ctx;
    for (i = 0; i < count; i++) {
        double runs[3];
        for (j = 0; j < k; j++) texts[j] = lines[(i * k + j) % line_count];
        for (rep = 0; rep < 3; rep++) {
            double start = now();
            if (!out || bert_embed_texts(model, texts, NULL, k, &opts, out, &err) != BERT_OK) {
                fprintf(stderr, "bench_serve: %s\n", out ? err.message : "out of memory");
                return 1;
            }
            runs[rep] = now() - start;
        }
        noise[i] = runs[2]; /* one run alone, against the median below: what a single timing varies */
        qsort(runs, 3, sizeof *runs, by_value);
        bare[i] = runs[1];
        noise[i] -= bare[i];
    }
    bert_ctx_free(ctx); /* its threads must not spin beside the server's */
    if ((fd = connect_to(port)) < 0) { fprintf(stderr, "bench_serve: cannot connect to port %d\n", port); return 1; }
    for (i = -count; i < count; i++) { /* a first pass makes the server's contexts for every length, untimed */
        size_t len;
        int at = i < 0 ? i + count : i;
        char *req = make_request(at * k, k, &len);
        double start = now();
        int status = req && send(fd, req, len, MSG_NOSIGNAL) == (ssize_t)len ? read_response(fd, &buf, &cap) : -1;
        free(req);
        if (status != 200) { fprintf(stderr, "bench_serve: request %d: status %d\n", at, status); return 1; }
        if (i < 0) continue;
        served[i] = now() - start;
        extra[i] = served[i] - bare[i];
    }
    close(fd);
    printf("overhead at concurrency 1, %d requests of %d texts: bare p50 %.2f ms p99 %.2f ms; served p50 %.2f ms p99 %.2f ms; "
           "served - bare p50 %.2f ms p99 %.2f ms; one bare run - bare p50 %.2f ms p99 %.2f ms\n",
           count, k, quantile(bare, count, 0.5) * 1e3, quantile(bare, count, 0.99) * 1e3, quantile(served, count, 0.5) * 1e3,
           quantile(served, count, 0.99) * 1e3, quantile(extra, count, 0.5) * 1e3, quantile(extra, count, 0.99) * 1e3,
           quantile(noise, count, 0.5) * 1e3, quantile(noise, count, 0.99) * 1e3);
    bert_model_free(model);
    free(bare), free(served), free(extra), free(noise), free(out), free(texts), free(buf);
    return 0;
}

int main(int argc, char **argv) {
    int port = 0, concurrency = 1, texts = 1, i;
    double seconds = 10, start, elapsed;
    const char *file = NULL, *overhead_model = NULL;
    int threads_bare = 2, requests_bare = 500;
    client *clients;
    pthread_t *threads;
    long requests = 0, errors = 0, n = 0;
    double *all;
    for (i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--port") == 0) port = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--concurrency") == 0) concurrency = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--texts") == 0) texts = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--seconds") == 0) seconds = atof(argv[i + 1]);
        else if (strcmp(argv[i], "--file") == 0) file = argv[i + 1];
        else if (strcmp(argv[i], "--path") == 0) path = argv[i + 1];
        else if (strcmp(argv[i], "--overhead") == 0) overhead_model = argv[i + 1];
        else if (strcmp(argv[i], "--threads") == 0) threads_bare = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--requests") == 0) requests_bare = atoi(argv[i + 1]);
        else break;
    }
    if (i < argc || port <= 0 || !file || concurrency < 1 || texts < 1 || seconds <= 0) {
        fprintf(stderr, "usage: bench_serve --port P --file TEXTS [--concurrency C] [--texts K] [--seconds S] [--path /embed]\n"
                        "       bench_serve --port P --file TEXTS --overhead MODEL [--threads T] [--requests N] [--texts K]\n");
        return 2;
    }
    if (read_lines(file)) { fprintf(stderr, "bench_serve: cannot read %s\n", file); return 1; }
    if (overhead_model) return overhead(port, overhead_model, threads_bare, requests_bare, texts);
    clients = (client *)calloc((size_t)concurrency, sizeof *clients);
    threads = (pthread_t *)calloc((size_t)concurrency, sizeof *threads);
    if (!clients || !threads) return 1;
    start = now();
    for (i = 0; i < concurrency; i++) {
        clients[i].port = port;
        clients[i].texts = texts;
        clients[i].until = start + seconds;
        clients[i].first_line = (int)((long)i * line_count / concurrency); /* each its own stretch of the file */
        pthread_create(&threads[i], NULL, client_main, &clients[i]);
    }
    for (i = 0; i < concurrency; i++) {
        pthread_join(threads[i], NULL);
        requests += clients[i].requests;
        errors += clients[i].errors;
        n += clients[i].latency_count;
    }
    elapsed = now() - start;
    all = (double *)malloc((size_t)(n ? n : 1) * sizeof *all);
    if (!all) return 1;
    for (n = 0, i = 0; i < concurrency; i++) {
        memcpy(all + n, clients[i].latency, (size_t)clients[i].latency_count * sizeof *all);
        n += clients[i].latency_count;
    }
    qsort(all, (size_t)n, sizeof *all, by_value);
    printf("concurrency %d texts/request %d: %ld requests, %ld errors, %.1f requests/s, %.1f texts/s, p50 %.2f ms, p99 %.2f ms\n",
           concurrency, texts, requests, errors, (double)requests / elapsed, (double)requests * texts / elapsed,
           n ? all[n / 2] * 1e3 : 0.0, n ? all[(long)((double)n * 0.99) < n ? (long)((double)n * 0.99) : n - 1] * 1e3 : 0.0);
    return errors ? 1 : 0;
}
