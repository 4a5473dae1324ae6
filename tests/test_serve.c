/* test_serve.c - build/bert-serve on loopback: every route, every error status, batching of
 * concurrent requests and the graceful shutdown, against independent values: the vectors and
 * scores of the CLI (build/bert embed, score, tokenize: bert_embed_texts and bert_score_pairs,
 * not the server's batching) on the fixture models. A small HTTP/1.1 client over sockets; every
 * read and write has a timeout, so a hung connection fails the test instead of hanging it.
 * Without build/bert-serve (no libmicrohttpd) it reports that and passes nothing. */
#define _POSIX_C_SOURCE 200809L
#include "../tools/json.h"
#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "test.h"
#include "cross_encoder.h"

#define WORK "build/tests/serve"
#define SERVER "build/bert-serve"
#define SERVER_ASAN "build/tests/bert-serve-asan" /* ASan, UBSan, locals pattern-filled */
#define TEXTS_FILE "tests/fixtures/tokenizers/golden/texts/main.txt"
#define NTEXTS 40
#define TIMEOUT_S 60
static void sleep_ms(int ms) {
    struct timespec t;
    t.tv_sec = ms / 1000;
    t.tv_nsec = (long)(ms % 1000) * 1000000L;
    nanosleep(&t, NULL);
}
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- The HTTP client ----------------------------------------------------------------------- */

typedef struct answer {
    int status;     /* 0 when the connection failed or timed out */
    char *body;     /* NUL-terminated */
    size_t len;
    int closed;     /* the server said Connection: close */
} answer;

static int connect_to(int port) {
    struct sockaddr_in a;
    struct timeval tv;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    tv.tv_sec = TIMEOUT_S;
    tv.tv_usec = 0;
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) { close(fd); return -1; }
    return fd;
}

static int send_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Sends one request; `headers` are extra header lines, each ending in \r\n. */
static int send_request(int fd, const char *method, const char *path, const char *headers, const char *body, size_t len) {
    char head[1024];
    int n = snprintf(head, sizeof head, "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\n%s%s", method, path, headers ? headers : "",
                     body ? "Content-Type: application/json\r\n" : "");
    if (body) n += snprintf(head + n, sizeof head - (size_t)n, "Content-Length: %lu\r\n", (unsigned long)len);
    n += snprintf(head + n, sizeof head - (size_t)n, "\r\n");
    return send_all(fd, head, (size_t)n) || (body && send_all(fd, body, len)) ? -1 : 0;
}

/* Reads one response (status line, headers, a Content-Length body, or to the end without one). */
static answer read_answer(int fd) {
    answer a;
    char *buf = NULL, *end;
    size_t len = 0, cap = 0, want = (size_t)-1, head_len;
    memset(&a, 0, sizeof a);
    for (;;) {
        ssize_t got;
        if (len + 4096 + 1 > cap) {
            char *bigger = (char *)realloc(buf, cap = cap * 2 + 8192);
            if (!bigger) break;
            buf = bigger;
        }
        buf[len] = 0;
        end = strstr(buf, "\r\n\r\n");
        if (end && want == (size_t)-1) {
            const char *cl = strstr(buf, "Content-Length:");
            if (!cl || cl > end) cl = strstr(buf, "content-length:");
            if (cl && cl < end) want = (size_t)strtoul(cl + 15, NULL, 10);
            a.closed = strstr(buf, "Connection: close") != NULL && strstr(buf, "Connection: close") < end;
        }
        if (end && want != (size_t)-1 && len - (size_t)(end + 4 - buf) >= want) break;
        got = recv(fd, buf + len, cap - len - 1, 0);
        if (got <= 0) {
            if (got == 0 && end && want == (size_t)-1) break; /* closed: the body is what came */
            free(buf);
            return a; /* status 0: failed or timed out */
        }
        len += (size_t)got;
    }
    if (!buf) return a;
    buf[len] = 0;
    end = strstr(buf, "\r\n\r\n");
    if (!end || sscanf(buf, "HTTP/1.1 %d", &a.status) != 1) { free(buf); a.status = 0; return a; }
    head_len = (size_t)(end + 4 - buf);
    a.len = want != (size_t)-1 ? want : len - head_len;
    a.body = (char *)malloc(a.len + 1);
    if (a.body) {
        memcpy(a.body, buf + head_len, a.len);
        a.body[a.len] = 0;
    }
    free(buf);
    return a;
}

/* One request on its own connection. */
static answer http(int port, const char *method, const char *path, const char *headers, const char *body) {
    answer a;
    int fd = connect_to(port);
    memset(&a, 0, sizeof a);
    if (fd < 0) return a;
    if (send_request(fd, method, path, headers, body, body ? strlen(body) : 0) == 0) a = read_answer(fd);
    close(fd);
    return a;
}

static answer post(int port, const char *path, const char *body) { return http(port, "POST", path, NULL, body); }

/* ---- The server process --------------------------------------------------------------------- */

typedef struct server {
    pid_t pid;
    int port;
    FILE *out; /* its standard output */
} server;

/* Starts a bert-serve binary on a free loopback port (--port 0: it prints the port it got). */
static int start_server_at(server *s, const char *binary, const char *model, const char *options, const char *log) {
    int fds[2];
    char cmd[1024], line[512];
    struct pollfd p;
    memset(s, 0, sizeof *s);
    if (pipe(fds) != 0) return -1;
    snprintf(cmd, sizeof cmd, "exec %s -m %s --port 0 --threads 2 %s 2>%s", binary, model, options, log);
    s->pid = fork();
    if (s->pid < 0) return -1;
    if (s->pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    s->out = fdopen(fds[0], "r");
    p.fd = fds[0];
    p.events = POLLIN;
    if (!s->out || poll(&p, 1, TIMEOUT_S * 1000) <= 0 || !fgets(line, sizeof line, s->out) ||
        !strstr(line, "listening on http://127.0.0.1:") || sscanf(strstr(line, "127.0.0.1:") + 10, "%d", &s->port) != 1) {
        kill(s->pid, SIGKILL);
        waitpid(s->pid, NULL, 0);
        return -1;
    }
    return 0;
}

static int start_server(server *s, const char *model, const char *options, const char *log) {
    return start_server_at(s, SERVER, model, options, log);
}

/* SIGTERM, then its exit status (-1 when it had to be killed after TIMEOUT_S). */
static int stop_server(server *s) {
    int status = 0, i;
    kill(s->pid, SIGTERM);
    for (i = 0; i < TIMEOUT_S * 10; i++) {
        if (waitpid(s->pid, &status, WNOHANG) == s->pid) break;
        sleep_ms(100);
    }
    if (i == TIMEOUT_S * 10) {
        kill(s->pid, SIGKILL);
        waitpid(s->pid, &status, 0);
        status = -1;
    }
    if (s->out) fclose(s->out);
    return status < 0 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* ---- Reference values from the CLI ---------------------------------------------------------- */

static char *texts[NTEXTS];

static int load_texts(void) {
    FILE *f = fopen(TEXTS_FILE, "r");
    char line[4096];
    int n = 0;
    if (!f) return 0;
    while (n < NTEXTS && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!*line) continue;
        texts[n++] = strdup(line);
    }
    fclose(f);
    return n == NTEXTS;
}

/* Runs a CLI command with the given lines as standard input; its output, or NULL. */
static char *run_cli(const char *args, const char *const *lines, int n) {
    char cmd[1024];
    FILE *f = fopen(WORK "/in.txt", "w");
    int i;
    size_t len;
    if (!f) return NULL;
    for (i = 0; i < n; i++) fprintf(f, "%s\n", lines[i]);
    fclose(f);
    snprintf(cmd, sizeof cmd, "build/bert %s < " WORK "/in.txt > " WORK "/out.txt 2>/dev/null", args);
    if (system(cmd) != 0) return NULL;
    return json_read_file(WORK "/out.txt", &len);
}

/* `bert embed --format jsonl` lines: n vectors of dim floats. */
static float *cli_vectors(const char *model, const char *options, const char *const *lines, int n, int dim) {
    char args[512], *out, *at;
    float *v = (float *)calloc((size_t)n * (size_t)dim, sizeof *v);
    int i, k;
    snprintf(args, sizeof args, "embed -m %s --format jsonl %s", model, options);
    if (!v || !(out = run_cli(args, lines, n))) { free(v); return NULL; }
    at = out;
    for (i = 0; i < n; i++) {
        at = strchr(at, '[');
        for (k = 0; at && k < dim; k++) {
            v[(size_t)i * dim + k] = strtof(at + 1, &at);
            if (*at != ',' && *at != ']') at = NULL;
        }
        if (!at) { free(v); free(out); return NULL; }
    }
    free(out);
    return v;
}

/* ---- Helpers ---------------------------------------------------------------------------------- */

typedef struct sb {
    char *s;
    size_t len, cap;
} sb;

static void sb_add(sb *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = (char *)realloc(b->s, b->cap);
        if (!b->s) abort();
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void sb_str(sb *b, const char *s) { sb_add(b, s, strlen(s)); }

static void sb_json(sb *b, const char *s) {
    sb_add(b, "\"", 1);
    for (; *s; s++) {
        char esc[8];
        if (*s == '"' || *s == '\\') { esc[0] = '\\'; esc[1] = *s; sb_add(b, esc, 2); }
        else if ((unsigned char)*s < 0x20) { snprintf(esc, sizeof esc, "\\u%04x", (unsigned char)*s); sb_str(b, esc); }
        else sb_add(b, s, 1);
    }
    sb_add(b, "\"", 1);
}

/* {"<key>": [texts from..from+n), <extra>} */
static char *texts_body(const char *key, int from, int n, const char *extra) {
    sb b = {0};
    int i;
    sb_str(&b, "{\"");
    sb_str(&b, key);
    sb_str(&b, "\":[");
    for (i = 0; i < n; i++) {
        if (i) sb_str(&b, ",");
        sb_json(&b, texts[from + i]);
    }
    sb_str(&b, "]");
    if (extra) { sb_str(&b, ","); sb_str(&b, extra); }
    sb_str(&b, "}");
    return b.s;
}

/* The largest difference between a JSON array of numbers and want[0..n); 1e9 when the shape is wrong. */
static double vector_diff(const json_doc *d, int node, const float *want, int n) {
    double worst = 0;
    int c, k = 0;
    if (json_type_of(d, node) != JSON_ARRAY || json_count(d, node) != n) return 1e9;
    for (c = json_first(d, node); c >= 0; c = json_next(d, c), k++) {
        if (json_type_of(d, c) != JSON_NUMBER) return 1e9;
        if (fabs(d->nodes[c].number - want[k]) > worst) worst = fabs(d->nodes[c].number - want[k]);
    }
    return worst;
}

/* The largest difference between an answer's [[...], ...] rows and want's n rows of dim. */
static double rows_diff(const answer *a, const float *want, int n, int dim) {
    json_doc d;
    char why[128];
    double worst = 0;
    int c, i = 0;
    if (a->status != 200 || !a->body || json_parse(&d, a->body, a->len, why, sizeof why)) return 1e9;
    if (json_type_of(&d, 0) != JSON_ARRAY || json_count(&d, 0) != n) worst = 1e9;
    for (c = json_first(&d, 0); c >= 0 && worst < 1e9; c = json_next(&d, c), i++) {
        double w = vector_diff(&d, c, want + (size_t)i * dim, dim);
        if (w > worst) worst = w;
    }
    json_free(&d);
    return worst;
}

static int has(const answer *a, int status, const char *needle) {
    return a->status == status && a->body && (!needle || strstr(a->body, needle));
}

#define FIRST(a) (int)((a).body && (a).len < 300 ? (a).len : 300), (a).body ? (a).body : "(none)"

/* ---- The embedding server ---------------------------------------------------------------------- */

#define TOL 2e-5
#define H 64

static void test_embed(int port, const char *model) {
    float *ref = cli_vectors(model, "--normalize", (const char *const *)texts, NTEXTS, H);
    float *raw = cli_vectors(model, "--no-normalize", (const char *const *)texts, 4, H);
    float *cut = cli_vectors(model, "--normalize --dim 16", (const char *const *)texts, 4, 16);
    answer a;
    char *body, single[4200];
    sb s1 = {0};
    if (!ref || !raw || !cut) {
        CHECK(0, "bert embed gives the reference vectors");
        return;
    }
    /* one text, as a string */
    sb_str(&s1, "{\"inputs\":");
    sb_json(&s1, texts[0]);
    sb_str(&s1, ",\"truncate\":true}");
    snprintf(single, sizeof single, "%s", s1.s);
    free(s1.s);
    a = post(port, "/embed", single);
    CHECKF(rows_diff(&a, ref, 1, H) < TOL, "/embed one text: bert embed's normalized vector (%.*s)", FIRST(a));
    free(a.body);
    /* 32 texts, the client batch limit */
    body = texts_body("inputs", 0, 32, "\"truncate\":true");
    a = post(port, "/embed", body);
    CHECKF(rows_diff(&a, ref, 32, H) < TOL, "/embed 32 texts: bert embed's vectors in order (diff %g)", rows_diff(&a, ref, 32, H));
    free(a.body);
    free(body);
    body = texts_body("inputs", 0, 4, "\"truncate\":true,\"normalize\":false");
    a = post(port, "/embed", body);
    CHECKF(rows_diff(&a, raw, 4, H) < TOL, "/embed normalize false: bert embed --no-normalize (diff %g)", rows_diff(&a, raw, 4, H));
    free(a.body);
    free(body);
    body = texts_body("inputs", 0, 4, "\"truncate\":true,\"dimensions\":16");
    a = post(port, "/embed", body);
    CHECKF(rows_diff(&a, cut, 4, 16) < TOL, "/embed dimensions 16: bert embed --dim 16, normalized after the cut (diff %g)",
           rows_diff(&a, cut, 4, 16));
    free(a.body);
    free(body);
    free(ref);
    free(raw);
    free(cut);
}

/* Bytes of a base64 text (no checks beyond the alphabet). */
static size_t from_base64(const char *s, unsigned char *out, size_t most) {
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    unsigned v = 0;
    int bits = 0;
    size_t n = 0;
    for (; *s && *s != '=' && *s != '"'; s++) {
        const char *p = strchr(digits, *s);
        if (!p) return 0;
        v = v << 6 | (unsigned)(p - digits);
        bits += 6;
        if (bits >= 8 && n < most) {
            bits -= 8;
            out[n++] = (unsigned char)(v >> bits);
        }
    }
    return n;
}

static void test_openai(int port, const char *model) {
    float *ref = cli_vectors(model, "--normalize", (const char *const *)texts, 3, H);
    float *cut = cli_vectors(model, "--normalize --dim 8", (const char *const *)texts, 3, 8);
    char *body = texts_body("input", 0, 3, "\"model\":\"my-model\",\"truncate\":true"), *tok;
    answer a = post(port, "/v1/embeddings", body), t;
    json_doc d;
    char why[128];
    long want_tokens = 0;
    int ok = 0;
    /* the token count, from /tokenize */
    tok = texts_body("inputs", 0, 3, "\"truncate\":true");
    t = post(port, "/tokenize", tok);
    if (t.status == 200 && json_parse(&d, t.body, t.len, why, sizeof why) == 0) {
        int c;
        for (c = json_first(&d, 0); c >= 0; c = json_next(&d, c)) want_tokens += json_count(&d, c);
        json_free(&d);
    }
    free(t.body);
    free(tok);
    if (ref && cut && a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        int data = json_get(&d, 0, "data"), c, i = 0, usage = json_get(&d, 0, "usage");
        ok = json_count(&d, data) == 3 && strcmp(json_str(&d, json_get(&d, 0, "object")), "list") == 0 &&
             strcmp(json_str(&d, json_get(&d, 0, "model")), "my-model") == 0 &&
             d.nodes[json_get(&d, usage, "prompt_tokens")].number == (double)want_tokens && want_tokens > 3 &&
             d.nodes[json_get(&d, usage, "total_tokens")].number == (double)want_tokens;
        for (c = json_first(&d, data); c >= 0 && ok; c = json_next(&d, c), i++)
            ok = d.nodes[json_get(&d, c, "index")].number == i && strcmp(json_str(&d, json_get(&d, c, "object")), "embedding") == 0 &&
                 vector_diff(&d, json_get(&d, c, "embedding"), ref + (size_t)i * H, H) < TOL;
        json_free(&d);
    }
    CHECKF(ok, "/v1/embeddings: OpenAI's list of bert embed's vectors, the model echoed, usage = /tokenize's %ld tokens (%.*s)",
           want_tokens, FIRST(a));
    free(a.body);
    free(body);
    /* base64 with dimensions: the little-endian float32 bytes of the cut, normalized vector */
    body = texts_body("input", 0, 3, "\"encoding_format\":\"base64\",\"dimensions\":8,\"truncate\":true");
    a = post(port, "/v1/embeddings", body);
    ok = 0;
    if (cut && a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        int data = json_get(&d, 0, "data"), c, i = 0;
        ok = json_count(&d, data) == 3;
        for (c = json_first(&d, data); c >= 0 && ok; c = json_next(&d, c), i++) {
            unsigned char bytes[64];
            int e = json_get(&d, c, "embedding"), k;
            ok = json_type_of(&d, e) == JSON_STRING && from_base64(json_str(&d, e), bytes, sizeof bytes) == 32;
            for (k = 0; k < 8 && ok; k++) {
                uint32_t u = (uint32_t)bytes[4 * k] | (uint32_t)bytes[4 * k + 1] << 8 | (uint32_t)bytes[4 * k + 2] << 16 |
                             (uint32_t)bytes[4 * k + 3] << 24;
                float f;
                memcpy(&f, &u, 4);
                ok = fabs(f - cut[i * 8 + k]) < TOL;
            }
        }
        json_free(&d);
    }
    CHECKF(ok, "/v1/embeddings base64, dimensions 8: little-endian float32 of bert embed --dim 8 (%.*s)", FIRST(a));
    free(a.body);
    free(body);
    a = post(port, "/v1/embeddings", "{\"input\":\"x\",\"encoding_format\":\"hex\"}");
    CHECKF(has(&a, 422, "\"error\":{\"message\":\"\\\"encoding_format\\\" must be"), "/v1/embeddings bad encoding_format: 422 in OpenAI's error shape (%.*s)", FIRST(a));
    free(a.body);
    free(ref);
    free(cut);
}

static void test_tokenize(int port, const char *model) {
    const char *lines[1] = {"hello tok370 world"};
    char args[256], *out;
    answer a = post(port, "/tokenize", "{\"inputs\":\"hello tok370 world\"}");
    json_doc d, want;
    char why[128];
    int ok = 0;
    snprintf(args, sizeof args, "tokenize -m %s", model);
    out = run_cli(args, lines, 1);
    if (out && a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        if (json_parse(&want, out, strlen(out), why, sizeof why) == 0) {
            int row = json_first(&d, 0), ids = json_get(&want, 0, "ids"), c, w, offsets = json_get(&want, 0, "offsets");
            int o = json_first(&want, offsets);
            ok = json_count(&d, 0) == 1 && json_count(&d, row) == json_count(&want, ids);
            for (c = json_first(&d, row), w = json_first(&want, ids); ok && c >= 0; c = json_next(&d, c), w = json_next(&want, w), o = json_next(&want, o)) {
                int special = json_type_of(&d, json_get(&d, c, "special")) == JSON_TRUE;
                ok = d.nodes[json_get(&d, c, "id")].number == want.nodes[w].number &&
                     (special ? json_type_of(&d, json_get(&d, c, "start")) == JSON_NULL
                              : d.nodes[json_get(&d, c, "start")].number == want.nodes[json_at(&want, o, 0)].number &&
                                    d.nodes[json_get(&d, c, "stop")].number == want.nodes[json_at(&want, o, 1)].number);
            }
            json_free(&want);
        }
        json_free(&d);
    }
    CHECKF(ok, "/tokenize: bert tokenize's ids and offsets, specials with null offsets (%.*s)", FIRST(a));
    free(a.body);
    free(out);
    a = post(port, "/tokenize", "{\"inputs\":[\"hello tok370\"],\"add_special_tokens\":false}");
    CHECKF(has(&a, 200, "[[{\"id\":100,") && !strstr(a.body, "[CLS]"), "/tokenize add_special_tokens false: no [CLS] or [SEP] (%.*s)", FIRST(a));
    free(a.body);
}

static void test_get_routes(int port) {
    answer a = http(port, "GET", "/health", NULL, NULL);
    CHECKF(a.status == 200, "/health: 200 (%d)", a.status);
    free(a.body);
    a = http(port, "GET", "/info", NULL, NULL);
    CHECKF(has(&a, 200, "\"max_input_length\":64") && strstr(a.body, "\"embedding\":{\"pooling\":\"mean\"}") &&
               strstr(a.body, "\"max_batch_tokens\":16384") && strstr(a.body, "\"model_id\":\"bert.bert\""),
           "/info: the model, its pooling and limits (%.*s)", FIRST(a));
    free(a.body);
}

/* Every error a request can get from the embedding server. */
static void test_errors(int port) {
    static const struct { const char *path, *body; int status; const char *needle, *what; } cases[] = {
        {"/embed", "", 400, "\"error_type\":\"Empty\"", "an empty body"},
        {"/embed", "{\"inputs\":[]}", 400, "inputs is empty", "an empty list of inputs"},
        {"/embed", "{\"inputs\":", 422, "invalid JSON: unexpected end of input at line 1 column 11", "truncated JSON, with where"},
        {"/embed", "[1,2]", 422, "must be a JSON object", "a body that is not an object"},
        {"/embed", "{\"text\":\"x\"}", 422, "missing \\\"inputs\\\"", "no inputs"},
        {"/embed", "{\"inputs\":[\"a\",3]}", 422, "must be a string or a list of strings", "a number among the texts"},
        {"/embed", "{\"inputs\":\"a\",\"normalize\":\"yes\"}", 422, "\\\"normalize\\\" must be true or false", "a string for a boolean"},
        {"/embed", "{\"inputs\":\"a\",\"dimensions\":65}", 422, "from 1 to 64", "dimensions past hidden_size"},
        {"/embed", "{\"inputs\":\"a\",\"prompt_name\":\"query\"}", 422, "no prompt called \\\"query\\\"", "an unknown prompt"},
        {"/embed", "{\"inputs\":\"a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a "
                   "a a a a a a a a a a\"}", 422, "more than 64 tokens", "a text past the model's 64 tokens without truncate"},
        {"/predict", "{\"inputs\":\"a\"}", 400, "no sequence-classification head", "/predict on an embedding model"},
        {"/rerank", "{\"query\":\"a\",\"texts\":[\"b\"]}", 400, "no sequence-classification head", "/rerank on an embedding model"},
        {"/nowhere", "{}", 404, "no route", "an unknown path"},
        {"/health", "{}", 405, "takes GET", "POST to a GET route"},
    };
    int i;
    char *body;
    answer a;
    for (i = 0; i < COUNT(cases); i++) {
        a = post(port, cases[i].path, cases[i].body);
        CHECKF(has(&a, cases[i].status, cases[i].needle), "%s %s: %d with \"%s\" (%d %.*s)", cases[i].path, cases[i].what, cases[i].status,
               cases[i].needle, a.status, FIRST(a));
        free(a.body);
    }
    a = http(port, "GET", "/embed", NULL, NULL);
    CHECKF(has(&a, 405, "takes POST"), "GET /embed: 405 (%d)", a.status);
    free(a.body);
    body = texts_body("inputs", 0, 33 > NTEXTS ? NTEXTS : 33, "\"truncate\":true");
    a = post(port, "/embed", body);
    CHECKF(has(&a, 413, "batch size 33 > maximum allowed batch size 32"), "/embed 33 texts: 413 past --max-client-batch-size (%.*s)", FIRST(a));
    free(a.body);
    free(body);
    /* the long text with truncate: cut to 64 tokens, as bert embed cuts it */
    {
        const char *longtext = "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a";
        float *want = cli_vectors(WORK "/bert.bert", "--normalize", &longtext, 1, H);
        char req[512];
        snprintf(req, sizeof req, "{\"inputs\":[\"%s\"],\"truncate\":true}", longtext);
        a = post(port, "/embed", req);
        CHECKF(want && rows_diff(&a, want, 1, H) < TOL, "/embed a long text with truncate: bert embed's vector of it cut to 64 tokens (%.*s)", FIRST(a));
        free(a.body);
        free(want);
    }
}

/* Whether s[0..n) is well-formed UTF-8 (RFC 3629), as every JSON text must be (RFC 8259). */
static int utf8_valid(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, len, k;
    while (i < n) {
        unsigned c = u[i], lo = 0x80, hi = 0xBF;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; lo = c == 0xE0 ? 0xA0 : 0x80; hi = c == 0xED ? 0x9F : 0xBF; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; lo = c == 0xF0 ? 0x90 : 0x80; hi = c == 0xF4 ? 0x8F : 0xBF; }
        else return 0;
        if (n - i < len || u[i + 1] < lo || u[i + 1] > hi) return 0;
        for (k = 2; k < len; k++)
            if (u[i + k] < 0x80 || u[i + k] > 0xBF) return 0;
        i += len;
    }
    return 1;
}

/* Answers that echo what the client sent stay UTF-8: a raw invalid byte becomes U+FFFD, and an
   error message cut to its 512 bytes is not cut inside a character. */
static void test_utf8(int port) {
    sb long_name = {0};
    int i;
    answer a = http(port, "GET", "/%FF", NULL, NULL); /* libmicrohttpd decodes %FF to the byte 0xFF */
    CHECKF(has(&a, 404, "\\ufffd") && utf8_valid(a.body, a.len), "GET /%%FF: a 404 whose echoed URL is UTF-8 (%.*s)", FIRST(a));
    free(a.body);
    a = post(port, "/v1/embeddings", "{\"input\":\"a\",\"model\":\"m\xff\"}");
    CHECKF(has(&a, 200, "\"model\":\"m\\ufffd\"") && utf8_valid(a.body, a.len),
           "/v1/embeddings echoes a model name with an invalid byte as U+FFFD (%.*s)", FIRST(a));
    free(a.body);
    /* 300 two-byte characters: the 422's message passes 512 bytes and is cut */
    sb_str(&long_name, "{\"inputs\":\"a\",\"prompt_name\":\"");
    for (i = 0; i < 300; i++) sb_str(&long_name, "\xc3\xa9");
    sb_str(&long_name, "\"}");
    a = post(port, "/embed", long_name.s);
    CHECKF(has(&a, 422, "no prompt called") && utf8_valid(a.body, a.len), "a 422 that quotes a long prompt_name is UTF-8 (%.*s)", FIRST(a));
    free(a.body);
    free(long_name.s);
}

/* ---- Concurrency, batching, 429, 503, shutdown (a server whose encoder waits before each batch) ---- */

typedef struct job {
    int port, index;
    const float *want;
    double diff;
    int status;
} job;

static void *one_client(void *arg) {
    job *j = (job *)arg;
    char *body = texts_body("inputs", j->index, 1, "\"truncate\":true");
    answer a = post(j->port, "/embed", body);
    j->status = a.status;
    j->diff = rows_diff(&a, j->want + (size_t)j->index * H, 1, H);
    free(a.body);
    free(body);
    return NULL;
}

/* The count of the batch-size histogram's le="1" bucket and its total, from /metrics. */
static int batch_histogram(int port, long *singles, long *total) {
    answer a = http(port, "GET", "/metrics", NULL, NULL);
    const char *p = a.body ? strstr(a.body, "bert_serve_batch_size_bucket{le=\"1\"} ") : NULL;
    const char *q = a.body ? strstr(a.body, "bert_serve_batch_size_count ") : NULL;
    int ok = a.status == 200 && p && q;
    if (ok) {
        *singles = strtol(p + 37, NULL, 10);
        *total = strtol(q + 28, NULL, 10);
    }
    free(a.body);
    return ok;
}

static void test_concurrency(int port, const char *model) {
    float *ref = cli_vectors(model, "--normalize", (const char *const *)texts, 16, H);
    pthread_t threads[16];
    job jobs[16];
    int i, right = 0;
    long singles = -1, total = -1;
    int counted;
    if (!ref) { CHECK(0, "bert embed's vectors for the concurrent clients"); return; }
    for (i = 0; i < 16; i++) {
        jobs[i].port = port;
        jobs[i].index = i;
        jobs[i].want = ref;
        pthread_create(&threads[i], NULL, one_client, &jobs[i]);
    }
    for (i = 0; i < 16; i++) {
        pthread_join(threads[i], NULL);
        right += jobs[i].status == 200 && jobs[i].diff < TOL;
    }
    CHECKF(right == 16, "16 concurrent clients: each gets its own text's vector (%d of 16)", right);
    /* the encoder waits 300 ms before each batch, so requests that come meanwhile share one */
    counted = batch_histogram(port, &singles, &total);
    CHECKF(counted && total >= 1 && total < 16 && singles < total,
           "/metrics: concurrent requests were batched together (%ld batches for 16 texts, %ld of one text)", total, singles);
    free(ref);
}

typedef struct slow_call {
    int port;
    answer a;
    const char *body;
} slow_call;

static void *slow_post(void *arg) {
    slow_call *c = (slow_call *)arg;
    c->a = post(c->port, "/embed", c->body);
    return NULL;
}

/* /metrics's gauge of requests in flight, or -1. */
static int in_flight(int port) {
    answer a = http(port, "GET", "/metrics", NULL, NULL);
    const char *p = a.body ? strstr(a.body, "\nbert_serve_requests_in_flight ") : NULL;
    int n = p ? atoi(p + 31) : -1;
    free(a.body);
    return n;
}

/* Waits until the server has `n` requests in flight (for at most TIMEOUT_S). */
static int wait_in_flight(int port, int n) {
    int i;
    for (i = 0; i < TIMEOUT_S * 20; i++) {
        if (in_flight(port) == n) return 1;
        sleep_ms(50);
    }
    return 0;
}

/* --max-concurrent-requests 1: a second request while one is in flight gets 429. */
static void test_overload(const char *model) {
    server s;
    slow_call c;
    pthread_t t;
    answer a;
    if (start_server(&s, model, "--max-concurrent-requests 1 --test-delay-ms 3000", WORK "/overload.log")) {
        CHECK(0, "start a server with --max-concurrent-requests 1");
        return;
    }
    memset(&c, 0, sizeof c);
    c.port = s.port;
    c.body = "{\"inputs\":\"first\"}";
    pthread_create(&t, NULL, slow_post, &c);
    if (wait_in_flight(s.port, 1)) {
        a = post(s.port, "/embed", "{\"inputs\":\"second\"}");
        CHECKF(has(&a, 429, "\"error_type\":\"Overloaded\""), "a request past --max-concurrent-requests: 429 Overloaded (%.*s)", FIRST(a));
        free(a.body);
    } else CHECK(0, "the first request is in flight");
    pthread_join(t, NULL);
    CHECKF(c.a.status == 200, "the request in flight is answered (%d)", c.a.status);
    free(c.a.body);
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
}

/* --payload-limit and --api-key. */
static void test_limits(const char *model) {
    server s;
    answer a;
    char big[1200];
    int fd;
    if (start_server(&s, model, "--payload-limit 1000 --api-key sekret", WORK "/limits.log")) {
        CHECK(0, "start a server with --payload-limit and --api-key");
        return;
    }
    a = post(s.port, "/embed", "{\"inputs\":\"a\"}");
    CHECKF(has(&a, 401, "API key"), "no API key: 401 (%d %.*s)", a.status, FIRST(a));
    free(a.body);
    a = http(s.port, "POST", "/embed", "Authorization: Bearer wrong\r\n", "{\"inputs\":\"a\"}");
    CHECKF(a.status == 401, "a wrong API key: 401 (%d)", a.status);
    free(a.body);
    a = http(s.port, "POST", "/embed", "Authorization: Bearer sekret\r\n", "{\"inputs\":\"a\"}");
    CHECKF(has(&a, 200, "[["), "the right API key: 200 (%d %.*s)", a.status, FIRST(a));
    free(a.body);
    a = http(s.port, "GET", "/health", NULL, NULL);
    CHECKF(a.status == 200, "/health needs no API key (%d)", a.status);
    free(a.body);
    memset(big, ' ', sizeof big);
    memcpy(big, "{\"inputs\":\"a\"", 13);
    big[sizeof big - 2] = '}';
    big[sizeof big - 1] = 0;
    a = http(s.port, "POST", "/embed", "Authorization: Bearer sekret\r\n", big);
    CHECKF(has(&a, 413, "--payload-limit"), "a body past --payload-limit: 413 (%d %.*s)", a.status, FIRST(a));
    free(a.body);
    /* the same size sent chunked (no Content-Length): read, dropped, 413 */
    if ((fd = connect_to(s.port)) >= 0) {
        char req[1600];
        int n = snprintf(req, sizeof req, "POST /embed HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sekret\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "%x\r\n%s\r\n0\r\n\r\n", (unsigned)strlen(big), big);
        a.status = 0;
        a.body = NULL;
        if (send_all(fd, req, (size_t)n) == 0) a = read_answer(fd);
        CHECKF(has(&a, 413, "--payload-limit"), "a chunked body past --payload-limit: 413 (%d %.*s)", a.status, FIRST(a));
        free(a.body);
        close(fd);
    }
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
}

/* SIGTERM with a request in flight: 503 for new requests on an open connection, the request in
   flight answered right, exit status 0, then nothing listening. */
static void test_shutdown(const char *model) {
    server s;
    slow_call c;
    pthread_t t;
    answer a;
    float *want = cli_vectors(model, "--normalize", (const char *const *)texts, 1, H);
    char *body = texts_body("inputs", 0, 1, "\"truncate\":true");
    int fd, i, got503 = 0, status, fd2;
    if (start_server(&s, model, "--test-delay-ms 5000", WORK "/shutdown.log")) {
        CHECK(0, "start a server for the shutdown");
        free(body);
        free(want);
        return;
    }
    fd = connect_to(s.port); /* a keep-alive connection, open before the signal */
    memset(&c, 0, sizeof c);
    c.port = s.port;
    c.body = body;
    pthread_create(&t, NULL, slow_post, &c);
    if (!wait_in_flight(s.port, 1)) CHECK(0, "the request is in flight before SIGTERM");
    kill(s.pid, SIGTERM);
    for (i = 0; fd >= 0 && i < 100 && !got503; i++) { /* until the server has taken the signal */
        if (send_request(fd, "GET", "/health", NULL, NULL, 0)) break;
        a = read_answer(fd);
        got503 = a.status == 503;
        free(a.body);
        if (!got503) sleep_ms(20);
    }
    CHECK(got503, "after SIGTERM: /health is 503 on an open connection");
    if (fd >= 0 && send_request(fd, "POST", "/embed", NULL, "{\"inputs\":\"x\"}", 14) == 0) {
        a = read_answer(fd);
        CHECKF(has(&a, 503, "shutting down"), "after SIGTERM: a new request is 503 (%d %.*s)", a.status, FIRST(a));
        free(a.body);
    }
    pthread_join(t, NULL);
    CHECKF(want && rows_diff(&c.a, want, 1, H) < TOL, "the request in flight at SIGTERM is answered with its vector (%d)", c.a.status);
    free(c.a.body);
    for (i = 0; i < TIMEOUT_S * 10; i++) {
        if (waitpid(s.pid, &status, WNOHANG) == s.pid) break;
        sleep_ms(100);
    }
    CHECKF(i < TIMEOUT_S * 10 && WIFEXITED(status) && WEXITSTATUS(status) == 0, "the server exits 0 once the request is answered");
    if (i == TIMEOUT_S * 10) { kill(s.pid, SIGKILL); waitpid(s.pid, NULL, 0); }
    fd2 = connect_to(s.port);
    CHECK(fd2 < 0, "nothing listens after the shutdown");
    if (fd2 >= 0) close(fd2);
    if (fd >= 0) close(fd);
    if (s.out) fclose(s.out);
    free(body);
    free(want);
}

/* The server built with AddressSanitizer and UBSan, and every local variable filled with a
   pattern where the compiler can (build/tests/bert-serve-asan; the Makefile builds it): reading
   an uninitialized one crashes it here instead of passing by luck. A body over --payload-limit
   sent chunked (no Content-Length to refuse it by) is read and dropped, and its 413 used to free
   an uninitialized pointer. The server must answer, live on, and exit 0 (no leak either). */
static void test_hardened(const char *model) {
    server s;
    answer a;
    char big[1200], req[1600];
    int fd, n, ok = 0;
    struct stat st;
    if (stat(SERVER_ASAN, &st) != 0) {
        CHECK(0, SERVER_ASAN " is built (make build/tests/test_serve builds it)");
        return;
    }
    if (start_server_at(&s, SERVER_ASAN, model, "--payload-limit 1000", WORK "/hardened.log")) {
        CHECK(0, "start " SERVER_ASAN);
        return;
    }
    memset(big, 'a', sizeof big);
    memcpy(big, "{\"inputs\":\"", 11);
    memcpy(big + sizeof big - 3, "\"}", 3);
    if ((fd = connect_to(s.port)) >= 0) {
        n = snprintf(req, sizeof req, "POST /embed HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n",
                     (unsigned)strlen(big), big);
        memset(&a, 0, sizeof a);
        if (send_all(fd, req, (size_t)n) == 0) a = read_answer(fd);
        ok = has(&a, 413, "--payload-limit");
        CHECKF(ok, "hardened server: a chunked body past --payload-limit is 413 (%d %.*s)", a.status, FIRST(a));
        free(a.body);
        close(fd);
    }
    a = post(s.port, "/embed", big);
    CHECKF(has(&a, 413, "--payload-limit"), "hardened server: a body past --payload-limit by Content-Length is 413 (%d)", a.status);
    free(a.body);
    a = post(s.port, "/embed", "{\"inputs\":[\"hello world\"]}");
    CHECKF(has(&a, 200, "[["), "hardened server: alive after them, it embeds (%d %.*s)", a.status, FIRST(a));
    free(a.body);
    test_utf8(s.port);
    CHECKF(stop_server(&s) == 0, "hardened server: exits 0 on SIGTERM, no sanitizer report (see " WORK "/hardened.log)");
}

/* ---- The classifiers: /predict and /rerank against bert score ------------------------------------ */

/* bert score's lines: "scores":[...] (several labels) or "score":x (one), n rows of L. */
static double *cli_scores(const char *model, const char *options, const char *const *pairs, int n, int L) {
    char args[256], *out, *at;
    double *v = (double *)calloc((size_t)n * (size_t)L, sizeof *v);
    int i, k;
    snprintf(args, sizeof args, "score -m %s %s", model, options);
    if (!v || !(out = run_cli(args, pairs, n))) { free(v); return NULL; }
    at = out;
    for (i = 0; i < n; i++) {
        at = L > 1 ? strstr(at, "\"scores\":[") : strstr(at, "\"score\":");
        if (!at) { free(v); free(out); return NULL; }
        at += L > 1 ? 10 : 8;
        for (k = 0; k < L; k++) {
            v[i * L + k] = strtod(at, &at);
            at++;
        }
    }
    free(out);
    return v;
}

static void test_predict(const char *model) {
    static const char *const pairs[] = {"hello world\ttok1", "tok370tok74\ttok846 tok10", "the quick\tbrown fox"};
    double *raw = cli_scores(model, "--raw", pairs, 3, 3);
    server s;
    answer a;
    json_doc d;
    char why[128];
    int ok = 0;
    if (!raw || start_server(&s, model, "", WORK "/predict.log")) {
        CHECK(0, "bert score's logits and a server for /predict");
        free(raw);
        return;
    }
    a = post(s.port, "/predict", "{\"inputs\":[[\"hello world\",\"tok1\"],[\"tok370tok74\",\"tok846 tok10\"],[\"the quick\",\"brown fox\"]],\"raw_scores\":true}");
    if (a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        int row, i = 0;
        ok = json_count(&d, 0) == 3;
        for (row = json_first(&d, 0); row >= 0 && ok; row = json_next(&d, row), i++) {
            int c, k = 0;
            double last = 1e30;
            ok = json_count(&d, row) == 3;
            for (c = json_first(&d, row); c >= 0 && ok; c = json_next(&d, c), k++) {
                const char *label = json_str(&d, json_get(&d, c, "label"));
                double score = d.nodes[json_get(&d, c, "score")].number;
                int j = strcmp(label, "negative") == 0 ? 0 : strcmp(label, "neutral") == 0 ? 1 : strcmp(label, "positive") == 0 ? 2 : -1;
                ok = j >= 0 && fabs(score - raw[i * 3 + j]) < 1e-4 && score <= last;
                last = score;
            }
        }
        json_free(&d);
    }
    CHECKF(ok, "/predict raw_scores, a batch of pairs: bert score --raw's logits per label, best first (%.*s)", FIRST(a));
    free(a.body);
    /* one pair, softmax */
    a = post(s.port, "/predict", "{\"inputs\":[\"tok370tok74\",\"tok846 tok10\"]}");
    ok = 0;
    if (a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        double sum = 0, top = raw[3], e[3];
        int k, c;
        for (k = 1; k < 3; k++) if (raw[3 + k] > top) top = raw[3 + k];
        for (k = 0; k < 3; k++) sum += e[k] = exp(raw[3 + k] - top);
        ok = json_type_of(&d, 0) == JSON_ARRAY && json_count(&d, 0) == 3 && json_type_of(&d, json_first(&d, 0)) == JSON_OBJECT;
        for (c = json_first(&d, 0); c >= 0 && ok; c = json_next(&d, c)) {
            const char *label = json_str(&d, json_get(&d, c, "label"));
            int j = strcmp(label, "negative") == 0 ? 0 : strcmp(label, "neutral") == 0 ? 1 : 2;
            ok = fabs(d.nodes[json_get(&d, c, "score")].number - e[j] / sum) < 1e-5;
        }
        json_free(&d);
    }
    CHECKF(ok, "/predict one pair: a flat list, the softmax of bert score's logits (%.*s)", FIRST(a));
    free(a.body);
    /* one text alone, and the same text in a batch of one: the same scores, summing to 1 */
    {
        answer b = post(s.port, "/predict", "{\"inputs\":[[\"hello world\"]]}");
        double sum = 0;
        ok = 0;
        a = post(s.port, "/predict", "{\"inputs\":\"hello world\"}");
        if (a.status == 200 && b.status == 200 && a.len + 2 == b.len && b.body[0] == '[' && strncmp(a.body, b.body + 1, a.len) == 0 &&
            json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
            int c;
            for (c = json_first(&d, 0); c >= 0; c = json_next(&d, c)) sum += d.nodes[json_get(&d, c, "score")].number;
            ok = json_count(&d, 0) == 3 && fabs(sum - 1) < 1e-5;
            json_free(&d);
        }
        CHECKF(ok, "/predict one text: its label scores sum to 1, as in a batch of one (%.*s | %.*s)", FIRST(a), FIRST(b));
        free(a.body);
        free(b.body);
    }
    a = post(s.port, "/predict", "{\"inputs\":[[\"a\",\"b\",\"c\"]]}");
    CHECKF(has(&a, 422, "must be a text, a pair"), "/predict a triple: 422 (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/rerank", "{\"query\":\"a\",\"texts\":[\"b\"]}");
    CHECKF(has(&a, 400, "one label"), "/rerank on a 3-label classifier: 400 (%.*s)", FIRST(a));
    free(a.body);
    a = http(s.port, "GET", "/info", NULL, NULL);
    CHECKF(has(&a, 200, "\"classifier\":{\"id2label\":{\"0\":\"negative\",\"1\":\"neutral\",\"2\":\"positive\"}}"), "/info: the classifier's labels (%.*s)", FIRST(a));
    free(a.body);
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
    free(raw);
}

static void test_rerank(const char *model) {
    static const char *const docs[] = {"tok1", "tok846 tok10", "hello world \"quoted\""};
    const char *pairs[3];
    char lines[3][128];
    double *score, *raw;
    server s;
    answer a;
    json_doc d;
    char why[128];
    int i, ok = 0;
    for (i = 0; i < 3; i++) {
        snprintf(lines[i], sizeof lines[i], "tok370tok74\t%s", docs[i]);
        pairs[i] = lines[i];
    }
    score = cli_scores(model, "", pairs, 3, 1);
    raw = cli_scores(model, "--raw", pairs, 3, 1);
    if (!score || !raw || start_server(&s, model, "", WORK "/rerank.log")) {
        CHECK(0, "bert score's scores and a server for /rerank");
        free(score);
        free(raw);
        return;
    }
    a = post(s.port, "/rerank", "{\"query\":\"tok370tok74\",\"texts\":[\"tok1\",\"tok846 tok10\",\"hello world \\\"quoted\\\"\"],\"return_text\":true}");
    if (a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        int c;
        double last = 2;
        ok = json_count(&d, 0) == 3;
        for (c = json_first(&d, 0); c >= 0 && ok; c = json_next(&d, c)) {
            int index = (int)d.nodes[json_get(&d, c, "index")].number;
            double sc = d.nodes[json_get(&d, c, "score")].number;
            ok = index >= 0 && index < 3 && fabs(sc - score[index]) < 1e-5 && sc <= last &&
                 strcmp(json_str(&d, json_get(&d, c, "text")), docs[index]) == 0;
            last = sc;
        }
        json_free(&d);
    }
    CHECKF(ok, "/rerank return_text: bert score's sigmoid scores, best first, with each index and text (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/rerank", "{\"query\":\"tok370tok74\",\"texts\":[\"tok1\"],\"raw_scores\":true}");
    ok = 0;
    if (a.status == 200 && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        int c = json_first(&d, 0);
        ok = json_count(&d, 0) == 1 && fabs(d.nodes[json_get(&d, c, "score")].number - raw[0]) < 1e-4 && json_get(&d, c, "text") < 0;
        json_free(&d);
    }
    CHECKF(ok, "/rerank raw_scores: bert score --raw's logit, no text (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/rerank", "{\"query\":\"a\",\"texts\":[]}");
    CHECKF(has(&a, 400, "texts is empty"), "/rerank no texts: 400 (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/rerank", "{\"texts\":[\"b\"]}");
    CHECKF(has(&a, 422, "query"), "/rerank no query: 422 (%.*s)", FIRST(a));
    free(a.body);
    a = http(s.port, "GET", "/info", NULL, NULL);
    CHECKF(has(&a, 200, "\"reranker\""), "/info: a reranker (%.*s)", FIRST(a));
    free(a.body);
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
    free(score);
    free(raw);
}

/* A multiple-choice model: /info says so, and /rerank and /predict refuse it (its logit means
   something only against the other choices). */
static void test_multiple_choice(void) {
    server s;
    answer a;
    if (system("build/bert-convert tests/fixtures/models/bert_choice " WORK "/choice.bert >/dev/null 2>&1") != 0 ||
        start_server(&s, WORK "/choice.bert", "", WORK "/choice.log")) {
        CHECK(0, "a server for the multiple-choice model");
        return;
    }
    a = http(s.port, "GET", "/info", NULL, NULL);
    CHECKF(has(&a, 200, "\"model_type\":{\"multiple_choice\":{}}") && !strstr(a.body ? a.body : "", "reranker"),
           "/info: a multiple-choice model (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/rerank", "{\"query\":\"tok1\",\"texts\":[\"tok2\"]}");
    CHECKF(has(&a, 400, "multiple-choice"), "/rerank on a multiple-choice model: 400 (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/predict", "{\"inputs\":\"tok1\"}");
    CHECKF(has(&a, 400, "multiple-choice"), "/predict on a multiple-choice model: 400 (%.*s)", FIRST(a));
    free(a.body);
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
}

/* A model with sentence-transformers prompts: the default one is put before every embedded text,
   as bert embed does, another by prompt_name; /tokenize adds one only when named. */
static void test_prompts(void) {
    static const char *const text[] = {"tok830tok414"};
    float *with_default = NULL, *without = NULL, *passage = NULL;
    server s;
    answer a;
    FILE *f;
    if (system("rm -rf " WORK "/prompted && mkdir -p " WORK "/prompted && cp tests/fixtures/models/bert/* " WORK "/prompted/") != 0 ||
        !(f = fopen(WORK "/prompted/config_sentence_transformers.json", "w"))) {
        CHECK(0, "make a model with prompts");
        return;
    }
    fputs("{\"prompts\": {\"query\": \"tok127 \", \"passage\": \"\"}, \"default_prompt_name\": \"query\"}", f);
    fclose(f);
    if (system("build/bert-convert " WORK "/prompted " WORK "/prompted.bert >/dev/null 2>&1") != 0 ||
        !(with_default = cli_vectors(WORK "/prompted.bert", "--normalize", text, 1, H)) ||
        !(without = cli_vectors(WORK "/prompted.bert", "--normalize --no-prompt", text, 1, H)) ||
        !(passage = cli_vectors(WORK "/prompted.bert", "--normalize --prompt-name passage", text, 1, H)) ||
        start_server(&s, WORK "/prompted.bert", "", WORK "/prompted.log")) {
        CHECK(0, "convert the model with prompts, bert embed's vectors, start a server on it");
        free(with_default); free(without); free(passage);
        return;
    }
    a = post(s.port, "/embed", "{\"inputs\":\"tok830tok414\"}");
    CHECKF(rows_diff(&a, with_default, 1, H) < TOL && rows_diff(&a, without, 1, H) > 1e-3,
           "/embed on a model with a default prompt: bert embed's vector with the prompt, not without (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/embed", "{\"inputs\":\"tok830tok414\",\"prompt_name\":\"passage\"}");
    CHECKF(rows_diff(&a, passage, 1, H) < TOL, "/embed prompt_name: bert embed --prompt-name's vector (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/tokenize", "{\"inputs\":\"tok830tok414\"}");
    CHECKF(has(&a, 200, NULL) && !strstr(a.body, "tok127"), "/tokenize without prompt_name: the text alone (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/tokenize", "{\"inputs\":\"tok830tok414\",\"prompt_name\":\"query\"}");
    CHECKF(has(&a, 200, "\"text\":\"[CLS]\",\"special\":true,\"start\":null,\"stop\":null},{\"id\":") &&
               strstr(a.body, "\"text\":\"tok127\",\"special\":false,\"start\":0,\"stop\":6}"),
           "/tokenize prompt_name query: the prompt's token first, offsets into prompt and text (%.*s)", FIRST(a));
    free(a.body);
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
    free(with_default);
    free(without);
    free(passage);
}

/* A SPLADE model (the server built with ASan and UBSan): /embed_sparse answers text-embeddings-inference's [[{"index", "value"}, ...]]
   with sentence-transformers' SparseEncoder entries (the splade fixture's goldens), for more texts
   than a sparse batch takes; /embed and /v1/embeddings refuse it, and a dense model refuses
   /embed_sparse. */
static void test_sparse(const char *dense_model) {
    json_doc g, d;
    char why[128], *text = NULL;
    size_t len;
    server s;
    answer a;
    sb body = {0};
    int t, i, node, n = 0, ok = 1, copies = 10;
    double worst = 0;
    if (system("build/bert-convert tests/fixtures/models/splade " WORK "/splade.bert >/dev/null 2>&1") != 0 ||
        !(text = json_read_file("tests/fixtures/models/splade/golden.json", &len)) || json_parse(&g, text, len, why, sizeof why) != 0) {
        free(text);
        CHECK(0, "convert splade and read its golden");
        return;
    }
    free(text);
    /* under ASan and UBSan: the sparse rows are the largest the server handles */
    if (start_server_at(&s, SERVER_ASAN, WORK "/splade.bert", "--max-client-batch-size 200", WORK "/splade.log")) {
        CHECK(0, "a server for the splade model");
        json_free(&g);
        return;
    }
    node = json_get(&g, 0, "sparse_texts");
    n = json_count(&g, node);
    sb_str(&body, "{\"inputs\":[");
    for (i = 0; i < copies; i++)
        for (t = json_first(&g, node); t >= 0; t = json_next(&g, t)) {
            if (body.s[body.len - 1] != '[') sb_str(&body, ",");
            sb_json(&body, json_str(&g, json_get(&g, t, "text")));
        }
    sb_str(&body, "],\"truncate\":true}"); /* one text is longer than its max_seq_length */
    a = post(s.port, "/embed_sparse", body.s);
    if (a.status == 200 && a.body && json_parse(&d, a.body, a.len, why, sizeof why) == 0) {
        int row = json_first(&d, 0);
        ok = json_count(&d, 0) == copies * n;
        for (i = 0; ok && row >= 0; i++, row = json_next(&d, row)) {
            int e, got, k;
            t = json_first(&g, node);
            for (k = 0; k < i % n; k++) t = json_next(&g, t);
            e = json_get(&g, t, "entries");
            ok &= json_count(&d, row) == json_count(&g, e);
            for (e = json_first(&g, e), got = json_first(&d, row); ok && e >= 0; e = json_next(&g, e), got = json_next(&d, got)) {
                double diff = fabs(d.nodes[json_get(&d, got, "value")].number - g.nodes[json_next(&g, json_first(&g, e))].number);
                ok &= d.nodes[json_get(&d, got, "index")].number == g.nodes[json_first(&g, e)].number;
                if (diff > worst) worst = diff;
            }
        }
        json_free(&d);
    } else ok = 0;
    CHECKF(ok && worst <= 1e-5, "/embed_sparse: %d texts, each SparseEncoder's nonzero entries in index order (%.1e; %.*s)", copies * n, worst,
           FIRST(a));
    free(a.body);
    a = post(s.port, "/embed_sparse", "{\"inputs\":\"tok5\",\"truncation_direction\":\"right\"}");
    CHECKF(has(&a, 200, "[[{\"index\":"), "/embed_sparse: one text, truncation_direction right (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/embed_sparse", "{\"inputs\":\"tok5\",\"truncation_direction\":\"left\"}");
    CHECKF(has(&a, 422, "truncation_direction"), "/embed_sparse: truncation_direction left is refused, not ignored (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/embed", "{\"inputs\":\"tok5\"}");
    CHECKF(has(&a, 400, "/embed_sparse"), "/embed on a sparse model: 400, naming /embed_sparse (%.*s)", FIRST(a));
    free(a.body);
    a = post(s.port, "/v1/embeddings", "{\"input\":\"tok5\"}");
    CHECKF(has(&a, 400, "/embed_sparse"), "/v1/embeddings on a sparse model: 400 (%.*s)", FIRST(a));
    free(a.body);
    a = http(s.port, "GET", "/info", NULL, NULL);
    CHECKF(has(&a, 200, "\"model_type\":{\"embedding\":{\"pooling\":\"splade\"}}"), "/info: pooling splade, as TEI says it (%.*s)", FIRST(a));
    free(a.body);
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
    if (start_server(&s, dense_model, "", WORK "/dense.log") == 0) {
        a = post(s.port, "/embed_sparse", "{\"inputs\":\"tok5\"}");
        CHECKF(has(&a, 400, "dense"), "/embed_sparse on a dense model: 400 (%.*s)", FIRST(a));
        free(a.body);
        CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
    } else CHECK(0, "a server for the dense model");
    free(body.s);
    json_free(&g);
}

int main(void) {
    struct stat st;
    server s;
    signal(SIGPIPE, SIG_IGN);
    if (stat(SERVER, &st) != 0) {
        printf("# test_serve: %s is not built (it needs libmicrohttpd: apt-get install libmicrohttpd-dev); nothing tested\n", SERVER);
        return 0;
    }
    if (system("mkdir -p " WORK) != 0 || !load_texts() ||
        system("build/bert-convert tests/fixtures/models/bert " WORK "/bert.bert >/dev/null 2>&1") != 0 ||
        system("build/bert-convert tests/fixtures/models/bert_seqcls " WORK "/seqcls.bert >/dev/null 2>&1") != 0 ||
        !make_one_label(WORK "/cross") || system("build/bert-convert " WORK "/cross " WORK "/cross1.bert >/dev/null 2>&1") != 0) {
        CHECK(0, "convert the fixture models and read " TEXTS_FILE);
        return test_done();
    }
    if (start_server(&s, WORK "/bert.bert", "--test-delay-ms 300", WORK "/embed.log")) {
        CHECK(0, "start bert-serve on the bert fixture");
        return test_done();
    }
    CHECK(1, "bert-serve starts and says its port");
    test_get_routes(s.port);
    test_concurrency(s.port, WORK "/bert.bert");
    test_embed(s.port, WORK "/bert.bert");
    test_openai(s.port, WORK "/bert.bert");
    test_tokenize(s.port, WORK "/bert.bert");
    test_errors(s.port);
    test_utf8(s.port);
    {
        answer a = http(s.port, "GET", "/metrics", NULL, NULL);
        CHECKF(has(&a, 200, "bert_serve_requests_total{route=\"embed\",status=\"422\"}") && strstr(a.body, "# TYPE bert_serve_request_duration_seconds histogram") &&
                   strstr(a.body, "bert_serve_request_duration_seconds_bucket{le=\"+Inf\"}") && strstr(a.body, "bert_serve_tokens_total "),
               "/metrics: Prometheus counters by route and status, latency histograms (status %d)", a.status);
        free(a.body);
    }
    CHECKF(stop_server(&s) == 0, "the server exits 0 on SIGTERM");
    test_overload(WORK "/bert.bert");
    test_limits(WORK "/bert.bert");
    test_shutdown(WORK "/bert.bert");
    test_hardened(WORK "/bert.bert");
    test_predict(WORK "/seqcls.bert");
    test_rerank(WORK "/cross1.bert");
    test_multiple_choice();
    test_prompts();
    test_sparse(WORK "/bert.bert");
    return test_done();
}
