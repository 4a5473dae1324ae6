/* fuzz_json.c - libFuzzer target: any bytes through tools/json.h's parser. Checks what must
 * hold for any input: the node tree is consistent (children counted, siblings linked within the
 * array, keys and strings inside the pool), and parse errors leave nothing to free. */
#include "../../tools/json.h"

#include <stdint.h>

/* Walks node n; aborts on an inconsistency. Returns the number of nodes under and at n. */
static int walk(const json_doc *d, int n, int depth) {
    int c, count = 0, total = 1;
    const json_node *node = &d->nodes[n];
    if (depth > JSON_MAX_DEPTH + 1) abort();
    if (node->type == JSON_STRING && node->str + node->len > d->pool_used) abort();
    for (c = json_first(d, n); c >= 0; c = json_next(d, c)) {
        if (c <= n || c >= d->count) abort();
        if (node->type == JSON_OBJECT && d->nodes[c].key + d->nodes[c].key_len > d->pool_used) abort();
        total += walk(d, c, depth + 1);
        count++;
    }
    if ((node->type == JSON_ARRAY || node->type == JSON_OBJECT) && count != node->count) abort();
    return total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    json_doc doc;
    char err[256];
    if (json_parse(&doc, (const char *)data, size, err, sizeof err) == 0) {
        if (walk(&doc, 0, 0) != doc.count) abort();
        json_free(&doc);
    } else if (!err[0]) {
        abort(); /* an error must say what went wrong */
    }
    return 0;
}
