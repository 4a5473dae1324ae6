/* cross_encoder.h - a one-label cross-encoder made from the bert_seqcls fixture, for the tests of
 * scoring. Include after test.h and tools/json.h. */
#ifndef BERT_TEST_CROSS_ENCODER_H
#define BERT_TEST_CROSS_ENCODER_H

/* Moves every tensor's data down over the bytes no tensor uses any more (the converter refuses
   holes), rewriting the header's data_offsets in place (they only shrink; the header is padded
   back to its length). */
static int close_holes(char *h, size_t hlen, unsigned char *st, size_t *len) {
    unsigned long x[256], y[256], nx[256], pos = 0;
    int n = 0, i, j, done[256];
    char *o = h;
    unsigned char *data;
    while ((o = strstr(o, "\"data_offsets\":[")) != NULL && n < 256) {
        if (sscanf(o + 16, "%lu,%lu]", &x[n], &y[n]) != 2 || y[n] < x[n] || 8 + hlen + y[n] > *len) return 0;
        done[n++] = 0;
        o += 16;
    }
    data = (unsigned char *)malloc(*len);
    if (!data) return 0;
    for (i = 0; i < n; i++) { /* in data order */
        int first = -1;
        for (j = 0; j < n; j++)
            if (!done[j] && (first < 0 || x[j] < x[first])) first = j;
        done[first] = 1;
        memcpy(data + pos, st + 8 + hlen + x[first], y[first] - x[first]);
        nx[first] = pos;
        pos += y[first] - x[first];
    }
    for (o = h, i = 0; i < n; i++) {
        char repl[64];
        size_t old_len;
        o = strstr(o, "\"data_offsets\":[");
        old_len = strcspn(o, "]") + 1;
        snprintf(repl, sizeof repl, "\"data_offsets\":[%lu,%lu]", nx[i], nx[i] + (y[i] - x[i]));
        memcpy(o, repl, strlen(repl));
        memmove(o + strlen(repl), o + old_len, strlen(o + old_len) + 1);
        o += strlen(repl);
    }
    memset(h + strlen(h), ' ', hlen - strlen(h));
    memcpy(st + 8 + hlen, data, pos);
    *len = 8 + hlen + pos;
    free(data);
    return 1;
}

/* Writes to folder `dir` bert_seqcls with its classifier cut to the first label: a one-label
   cross-encoder whose logit is the golden's first (test_usability builds the same). */
static int make_one_label(const char *dir) {
    static const char *config =
        "{\"architectures\": [\"BertForSequenceClassification\"], \"hidden_act\": \"gelu\", \"hidden_size\": 64,\n"
        " \"id2label\": {\"0\": \"LABEL_0\"}, \"label2id\": {\"LABEL_0\": 0}, \"intermediate_size\": 256, \"layer_norm_eps\": 1e-12,\n"
        " \"max_position_embeddings\": 64, \"model_type\": \"bert\", \"num_attention_heads\": 4, \"num_hidden_layers\": 2,\n"
        " \"pad_token_id\": 0, \"position_embedding_type\": \"absolute\", \"type_vocab_size\": 2, \"vocab_size\": 1000}\n";
    static const struct { const char *key, *shape, *new_shape; unsigned bytes; } cut[] = {
        {"\"classifier.weight\":{", "\"shape\":[3,64]", "\"shape\":[1,64]", 256}, {"\"classifier.bias\":{", "\"shape\":[3]", "\"shape\":[1]", 4}};
    size_t len, hlen, i;
    unsigned char *st = (unsigned char *)json_read_file("tests/fixtures/models/bert_seqcls/model.safetensors", &len);
    char *h, *p, path[1024];
    FILE *f;
    if (!st || len < 8) { free(st); return 0; }
    for (hlen = 0, i = 0; i < 8; i++) hlen |= (size_t)st[i] << (8 * i);
    if (hlen + 8 > len) { free(st); return 0; }
    h = (char *)malloc(hlen + 1);
    memcpy(h, st + 8, hlen);
    h[hlen] = 0;
    for (i = 0; i < 2; i++) {
        char *s, *o, repl[64];
        unsigned long a, b;
        size_t old_len;
        if (!(p = strstr(h, cut[i].key)) || !(s = strstr(p, cut[i].shape)) || !(o = strstr(p, "\"data_offsets\":[")) ||
            sscanf(o + 16, "%lu,%lu]", &a, &b) != 2) { free(h); free(st); return 0; }
        memcpy(s, cut[i].new_shape, strlen(cut[i].new_shape));
        old_len = strcspn(o, "]") + 1;
        snprintf(repl, sizeof repl, "\"data_offsets\":[%lu,%lu]", a, a + cut[i].bytes);
        memcpy(o, repl, strlen(repl));
        memmove(o + strlen(repl), o + old_len, strlen(o + old_len) + 1);
        memset(h + strlen(h), ' ', hlen - strlen(h)); /* the header keeps its length, padded at the end */
    }
    if (!close_holes(h, hlen, st, &len)) { free(h); free(st); return 0; }
    memcpy(st + 8, h, hlen);
    free(h);
    snprintf(path, sizeof path, "rm -rf %s && mkdir -p %s && cp tests/fixtures/models/bert_seqcls/vocab.txt %s/", dir, dir, dir);
    if (system(path) != 0) { free(st); return 0; }
    snprintf(path, sizeof path, "%s/config.json", dir);
    f = fopen(path, "wb");
    if (f) { fputs(config, f); fclose(f); }
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    f = fopen(path, "wb");
    if (f) { fwrite(st, 1, len, f); fclose(f); }
    free(st);
    return f != NULL;
}

#endif
