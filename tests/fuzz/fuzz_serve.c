/* fuzz_serve.c - libFuzzer target: bert-serve's request bodies through the server's own code.
 * examples/bert-serve.c is included with SERVE_NO_HTTP (the libmicrohttpd layer left out, nothing
 * else changed), and each input goes to serve_handle, the function the server runs for every
 * POST: admission, JSON parsing, validation, tokenizing, queueing, the encoder's batching (run on
 * this thread) and the answer. The model is tests/fuzz/corpus_load/tiny_bert (1 layer, hidden 8,
 * 16 tokens, a WordPiece tokenizer), with batches of at most 64 tokens and 8 texts per request,
 * so that requests split over several batches. Byte 0 picks the route (/embed, /v1/embeddings,
 * /rerank, /predict, /tokenize, /embed_sparse) and one of three servers: one encodes on the caller's
 * thread, the other with --auto-truncate through its encoder thread, as bert-serve runs; with bit 6
 * set, /embed, /v1/embeddings and /embed_sparse go to a third, on the splade fixture (a sparse
 * model, build/fuzz-models/splade.bert, encoding on the caller's thread). The rest is the body.
 * Checks: the status is 200, 400, 413 or 422 (nothing else can happen without HTTP), every
 * answer, result or error, is one well-formed JSON value in UTF-8, and so is /info afterwards; /metrics
 * is written too. */
#define SERVE_NO_HTTP
#include "../../examples/bert-serve.c"

static serve fuzz_server[3];
static bert_model *fuzz_model, *fuzz_sparse_model;

static pthread_t fuzz_encoder;

/* Stops the encoder thread as bert-serve's shutdown does, and frees both servers. */
static void fuzz_teardown(void) {
    pthread_mutex_lock(&fuzz_server[1].lock);
    fuzz_server[1].encoder_stop = 1;
    pthread_cond_signal(&fuzz_server[1].wake);
    pthread_mutex_unlock(&fuzz_server[1].lock);
    pthread_join(fuzz_encoder, NULL);
    serve_free(&fuzz_server[0]);
    serve_free(&fuzz_server[1]);
    serve_free(&fuzz_server[2]);
    bert_model_free(fuzz_model);
    bert_model_free(fuzz_sparse_model);
}

static void fuzz_setup(void) {
    serve_config cfg;
    bert_error err;
    char why[256];
    int i;
    if (bert_model_load_file(&fuzz_model, "tests/fuzz/corpus_load/tiny_bert", &err) != BERT_OK ||
        bert_model_load_file(&fuzz_sparse_model, "build/fuzz-models/splade.bert", &err) != BERT_OK) {
        fprintf(stderr, "fuzz_serve: %s (run from the project root, after make build/fuzz-models/.stamp)\n", err.message);
        abort();
    }
    for (i = 0; i < 3; i++) {
        memset(&cfg, 0, sizeof cfg);
        cfg.model_id = "tiny";
        cfg.threads = 1;
        cfg.max_batch_tokens = 64;
        cfg.max_concurrent = 1;
        cfg.max_client_batch = 8;
        cfg.payload_limit = 1 << 20;
        cfg.auto_truncate = i == 1;
        if (serve_init(&fuzz_server[i], &cfg, i == 2 ? fuzz_sparse_model : fuzz_model, why, sizeof why) != 0) {
            fprintf(stderr, "fuzz_serve: %s\n", why);
            abort();
        }
        fuzz_server[i].encode_inline = i != 1;
    }
    if (pthread_create(&fuzz_encoder, NULL, encoder_main, &fuzz_server[1]) != 0) abort();
    atexit(fuzz_teardown);
}

/* Aborts unless text[0..len) is one JSON value, in UTF-8 as JSON must be (tools/json.h takes
   any bytes in strings, so that is checked here, with the server's own utf8_sequence). */
static void expect_json(const char *what, const char *text, size_t len) {
    json_doc doc;
    char why[200];
    size_t i, k;
    if (!text || json_parse(&doc, text, len, why, sizeof why) != 0) {
        fprintf(stderr, "fuzz_serve: %s is not JSON (%s): %s\n", what, text ? why : "nothing", text ? text : "");
        abort();
    }
    json_free(&doc);
    for (i = 0; i < len; i += k)
        if ((k = utf8_sequence((const unsigned char *)text + i, len - i)) == 0) {
            fprintf(stderr, "fuzz_serve: %s is not UTF-8 at byte %lu: %s\n", what, (unsigned long)i, text);
            abort();
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const route routes[] = {ROUTE_EMBED, ROUTE_OPENAI, ROUTE_RERANK, ROUTE_PREDICT, ROUTE_TOKENIZE, ROUTE_SPARSE};
    sbuf info = {0}, metrics_text = {0};
    reply out;
    serve *s;
    route kind;
    double start;
    if (!fuzz_model) fuzz_setup();
    if (size == 0) return 0;
    kind = routes[data[0] % 6];
    s = &fuzz_server[data[0] & 0x40 && (kind == ROUTE_EMBED || kind == ROUTE_OPENAI || kind == ROUTE_SPARSE) ? 2 : data[0] >> 7 & 1];
    start = now_seconds();
    serve_handle(s, kind, (const char *)data + 1, size - 1, &out);
    count_request(s, kind, out.status, now_seconds() - start);
    if (out.status != 200 && out.status != 400 && out.status != 413 && out.status != 422) {
        fprintf(stderr, "fuzz_serve: status %d: %s\n", out.status, out.body.data ? out.body.data : "");
        abort();
    }
    expect_json("the answer", out.body.data, out.body.len);
    free(out.body.data);
    write_info(s, &info);
    write_metrics(s, &metrics_text);
    if (info.failed || metrics_text.failed) abort();
    expect_json("/info", info.data, info.len);
    free(info.data);
    free(metrics_text.data);
    return 0;
}
