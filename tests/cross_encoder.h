/* cross_encoder.h - a one-label cross-encoder made from the bert_seqcls fixture, for the tests of
 * scoring. Include after test.h and tools/json.h. */
#ifndef BERT_TEST_CROSS_ENCODER_H
#define BERT_TEST_CROSS_ENCODER_H

/* Writes to folder `dir` bert_seqcls with its classifier cut to the first label: a one-label
   cross-encoder whose logit is the golden's first. The file is rewritten whole, each tensor's
   data right after the previous one's, because the converter (like the reference safetensors)
   refuses bytes that belong to no tensor. */
static int make_one_label(const char *dir) {
    static const char *config =
        "{\"architectures\": [\"BertForSequenceClassification\"], \"hidden_act\": \"gelu\", \"hidden_size\": 64,\n"
        " \"id2label\": {\"0\": \"LABEL_0\"}, \"label2id\": {\"LABEL_0\": 0}, \"intermediate_size\": 256, \"layer_norm_eps\": 1e-12,\n"
        " \"max_position_embeddings\": 64, \"model_type\": \"bert\", \"num_attention_heads\": 4, \"num_hidden_layers\": 2,\n"
        " \"pad_token_id\": 0, \"position_embedding_type\": \"absolute\", \"type_vocab_size\": 2, \"vocab_size\": 1000}\n";
    size_t len, hlen, i, out_len = 0, data_at = 0;
    unsigned char *st = (unsigned char *)json_read_file("tests/fixtures/models/bert_seqcls/model.safetensors", &len), *out;
    char *header, msg[256], path[1024];
    json_doc doc;
    int c, d;
    FILE *f;
    if (!st || len < 8) { free(st); return 0; }
    for (hlen = 0, i = 0; i < 8; i++) hlen |= (size_t)st[i] << (8 * i);
    if (hlen + 8 > len || json_parse(&doc, (const char *)st + 8, hlen, msg, sizeof msg) != 0) { free(st); return 0; }
    header = (char *)malloc(hlen + 64);
    out = (unsigned char *)malloc(len);
    if (!header || !out) { free(header); free(out); json_free(&doc); free(st); return 0; }
    out_len = (size_t)sprintf(header, "{");
    /* each tensor's data in the header's order, right after the previous one's */
    for (c = json_first(&doc, 0); c >= 0; c = json_next(&doc, c)) {
        const char *name = json_key(&doc, c);
        int of = json_get(&doc, c, "data_offsets"), sh = json_get(&doc, c, "shape");
        size_t begin, bytes;
        int cut = strcmp(name, "classifier.weight") == 0 || strcmp(name, "classifier.bias") == 0;
        if (strcmp(name, "__metadata__") == 0) continue;
        begin = (size_t)doc.nodes[json_at(&doc, of, 0)].number;
        bytes = (size_t)doc.nodes[json_at(&doc, of, 1)].number - begin;
        if (cut) bytes /= 3; /* the first of the 3 labels' rows (row-major [3][64], or [3]) */
        out_len += (size_t)sprintf(header + out_len, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", out_len > 1 ? "," : "", name,
                                   json_str(&doc, json_get(&doc, c, "dtype")));
        for (d = json_first(&doc, sh); d >= 0; d = json_next(&doc, d))
            out_len += (size_t)sprintf(header + out_len, "%s%.0f", d == json_first(&doc, sh) ? "" : ",",
                                       cut && d == json_first(&doc, sh) ? 1.0 : doc.nodes[d].number);
        out_len += (size_t)sprintf(header + out_len, "],\"data_offsets\":[%lu,%lu]}", (unsigned long)data_at,
                                   (unsigned long)(data_at + bytes));
        memcpy(out + data_at, st + 8 + hlen + begin, bytes);
        data_at += bytes;
    }
    out_len += (size_t)sprintf(header + out_len, "}");
    json_free(&doc);
    snprintf(path, sizeof path, "rm -rf %s && mkdir -p %s && cp tests/fixtures/models/bert_seqcls/vocab.txt %s/", dir, dir, dir);
    if (system(path) != 0) { free(header); free(out); free(st); return 0; }
    snprintf(path, sizeof path, "%s/config.json", dir);
    f = fopen(path, "wb");
    if (f) { fputs(config, f); fclose(f); }
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    f = fopen(path, "wb");
    if (f) {
        unsigned char len8[8];
        for (i = 0; i < 8; i++) len8[i] = (unsigned char)((unsigned long long)out_len >> (8 * i));
        fwrite(len8, 1, 8, f);
        fwrite(header, 1, out_len, f);
        fwrite(out, 1, data_at, f);
        fclose(f);
    }
    free(header);
    free(out);
    free(st);
    return f != NULL;
}


#endif
