/* fuzz_run_input.c - libFuzzer target: `bert run`'s input, the JSON object of input_ids,
 * attention_mask and token_type_ids, through the CLI's own code: examples/bert.c is included
 * (its main renamed) and each input goes to cmd_run as its standard input, on the tiny model
 * tests/fuzz/corpus_load/tiny_bert (1 layer, hidden 8, vocab 24, 16 positions), so parsing, the
 * checks of the matrices, bert_encode and the JSON writer all run. Every outcome is the output
 * (sent to /dev/null) with status 0, or one error line with status 1.
 * Nothing in examples/bert.c is changed for this: the target sees what the CLI runs. */
#define main bert_cli_main /* the CLI's own main is not ours */
#include "../../examples/bert.c"
#undef main

static bert_model *run_model;
static int null_fd = -1, saved_stdout = -1;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FILE *in;
    int rc;
    if (!run_model) {
        bert_error err;
        if (bert_model_load_file(&run_model, "tests/fuzz/corpus_load/tiny_bert", &err) != BERT_OK) {
            fprintf(stderr, "fuzz_run_input: %s (run from the project root)\n", err.message);
            abort();
        }
        null_fd = open("/dev/null", O_WRONLY);
        saved_stdout = dup(1);
        if (null_fd < 0 || saved_stdout < 0) abort();
    }
    if (size == 0) return 0; /* fmemopen takes no empty buffer; cmd_run's empty input is a JSON error anyway */
    in = fmemopen((void *)(uintptr_t)data, size, "rb");
    if (!in) abort();
    fflush(stdout);
    dup2(null_fd, 1); /* the output is not what is tested; the replay's PASS line must still show */
    rc = cmd_run(run_model, in, 1, 64, 1024); /* the CLI's default caps (--max-input-mb, --max-output-mb) */
    fflush(stdout);
    clearerr(stdout);
    dup2(saved_stdout, 1);
    fclose(in);
    if (rc != 0 && rc != 1) abort();
    return 0;
}
