/* bert.h - BERT-family text encoders on a CPU, in one C header.      MIT license, see the end.

   Runs BERT, ALBERT, RoBERTa, XLM-RoBERTa, ELECTRA, DistilBERT, MPNet, DeBERTa-v2/v3, ModernBERT,
   NomicBERT and GTE checkpoints converted from Hugging Face by tools/bert-convert (see "ADDING AN
   ARCHITECTURE"), with the same numbers as Hugging Face transformers:
   sentence embeddings (dense, and sparse SPLADE ones), sequence and token classification,
   multiple choice, extractive QA, fill-mask, ELECTRA replaced-token detection, next-sentence /
   sentence-order logits. Needs only libc and libm.

   Do this:
       #define BERT_IMPLEMENTATION
   before you include this file in *one* C or C++ file to create the implementation.
   Every other file includes it without the define and sees only the declarations.

   QUICK START

       bert_error err;
       bert_model *model;
       bert_ctx *ctx;
       if (bert_model_load_file(&model, "minilm.bert", &err)) { puts(err.message); return 1; }
       if (bert_ctx_create(&ctx, model, 8, 128, &err)) { ... }   // up to 8 sequences of 128 tokens
       bert_ctx_set_threads(ctx, 2, &err);                        // optional: default 1
       int32_t ids[2][4]  = {{101, 7592, 102, 0}, {101, 2088, 2003, 102}};
       int32_t mask[2][4] = {{1, 1, 1, 0}, {1, 1, 1, 1}};
       bert_batch batch = {2, 4, &ids[0][0], &mask[0][0], NULL};   // token types NULL: zeros
       if (bert_encode(ctx, &batch, &err)) { ... }
       float emb[2 * 384];
       bert_output_get(ctx, BERT_OUT_EMBEDDING, emb, &err);       // model's own pooling
       bert_ctx_free(ctx);
       bert_model_free(model);

   TOKENIZING (text in, the same ids, type ids and offsets as Hugging Face tokenizers)

       bert_encoding enc = BERT_ENCODING_INIT;                     // zeroed; reused call after call
       bert_tokenize(model, "Hello world!", 12, 0, &enc, &err);    // 0: no truncation
       // enc.ids = {101, 7592, 2088, 999, 102}, enc.offsets = {0,0, 0,5, 6,11, 11,12, 0,0}
       bert_tokenize_pair(model, question, qlen, passage, plen, 384, &enc, &err);
       bert_encoding_free(&enc);
       // or many texts straight into a padded batch for bert_encode:
       bert_token_batch tb = BERT_TOKEN_BATCH_INIT;               // {0} in C, {} in C++ (no warnings)
       bert_tokenize_batch(model, texts, NULL, NULL, NULL, n, BERT_TRUNCATE_DEFAULT, &tb, &err);
       bert_encode(ctx, &tb.batch, &err);
       bert_token_batch_free(&tb);

   TEXTS IN, EMBEDDINGS OR SCORES OUT (one call: tokenizing, batching, the context and threads inside)

       bert_embed_options eo = BERT_EMBED_OPTIONS_INIT;              // the model's pooling, normalization,
       eo.prompt_name = "query";                                      // truncation and default prompt
       float *emb = malloc(n * 384 * sizeof *emb);                    // n x dim (dim: hidden_size unless eo.dim)
       bert_embed_texts(model, texts, NULL, n, &eo, emb, &err);       // lengths NULL: NUL-terminated texts
       bert_score_options so = BERT_SCORE_OPTIONS_INIT;              // a cross-encoder (sequence classification):
       bert_score_pairs(model, queries, docs, n, &so, scores, &err);  // n x num_labels, sigmoid / softmax
       bert_choose(model, context, choices, n, &so, probs, &err);     // a *ForMultipleChoice model: softmax
       bert_embed_options sp_opts = BERT_EMBED_OPTIONS_INIT;         // a SPLADE model: vocab_size floats per text,
       sp_opts.sparse = 1;                                            // the width bert_embed_width says
       int width = bert_embed_width(splade, &sp_opts);
       float *sp = malloc(n * width * sizeof *sp);
       bert_embed_texts(splade, texts, NULL, n, &sp_opts, sp, &err);
       int count = bert_sparse_entries(sp, width, 64, ids, weights);  // text 0's 64 largest entries (ids[64])

   CONCEPTS
   - A bert_model is the read-only weights, config and tokenizer, used in place from the file's
     bytes (a memory-mapped file or a const array in flash): loading copies no weights. One model
     can serve any number of contexts on any number of threads.
   - A bert_ctx owns all scratch memory for one forward pass, sized at creation for a maximum
     batch and sequence length. bert_encode and the output functions never allocate.
     Use one context per thread; a context can itself use several (bert_ctx_set_threads).
   - Inputs are Hugging Face's: input_ids, attention_mask and token_type_ids, [batch][seq_len],
     row-major int32. Positions whose mask is 0 are not computed at all (sequences are packed);
     their outputs read as 0. Pooled outputs and heads that read "the first token" use the first
     position whose mask is 1, which is position 0 for the right-padded batches tokenizers make.
     A sequence whose mask is all 0 is an error (BERT_E_ARG naming it): Hugging Face computes
     something there (attention spread evenly over the padding), but nothing of any text, so
     bert.h refuses rather than return that or zeros. Only an empty text tokenized without
     special tokens makes one.
   - Every fallible function returns BERT_OK (0) or a negative bert_status, and fills the
     optional bert_error with a message saying what was wrong. Nothing prints, exits or aborts,
     and no input, however malformed, may make the library read out of bounds.

   CONFIGURATION (define before including the implementation)
     BERT_STATIC          make every function static (several copies in one program)
     BERT_MALLOC(n), BERT_FREE(p)
                          the allocator; define both or neither. Default malloc/free.
     BERT_NO_STDIO        leave out bert_model_load_file and everything that touches FILE or mmap
     BERT_NO_MMAP         bert_model_load_file reads the file into memory instead of mapping it
                          (it maps it on POSIX systems otherwise, whatever -std= says)
     BERT_NO_SIMD         portable scalar kernels only. Otherwise, on x86-64 with GCC or Clang, one
                          build carries the AVX-512 VNNI, AVX-512 (F, BW, VL), AVX2 + FMA + F16C
                          and portable kernels and picks the widest the CPU runs, once per context
                          (bert_simd_name, bert_simd_force); elsewhere the kernels follow the
                          compiler's target macros (NEON on aarch64, -march=..., -mavx2 ...).
     BERT_NO_DISPATCH     x86-64: only the kernels the compiler's flags enable, as elsewhere (a
                          plain x86-64 build then runs the portable ones)
     BERT_FILE_NAME       the name this file includes itself by to compile the x86 kernel sets
                          (default "bert.h"; the directory it is in is searched first)
     BERT_NO_THREADS      leave out the thread pool and pthreads (firmware, single-core targets):
                          bert_ctx_set_threads then accepts only 1
     BERT_CHUNK_TOKENS    tokens the encoder takes through its layers at a time, whole sequences
                          (at least one), so that their activations stay in cache. Default 256;
                          fewer for a small cache. The results do not depend on it; the context's
                          memory does.
     BERT_USE_OPENBLAS    row-major f32 weights (bert-convert --layout rows) go through OpenBLAS's
                          cblas_sgemm; link -lopenblas. The built-in kernels read the default
                          panel layout and are usually faster.
     BERT_KC, BERT_MC     the matrix multiply's blocking: K rows packed per pass (512) and rows of
                          activations per block (192; a multiple of the micro-kernel's rows).
                          Other values move results in the last bits (the order of the sums
                          over K). `make bench-blocking` times others on the CPU at hand.
     BERT_TOKENIZE_PIECE_BYTES
                          bytes of text the tokenizer takes at a time in a long text (bert_tokenize's
                          note on memory). Default 65536. The tokens do not depend on it.
     BERT_NO_TOKENIZER    leave out every tokenizer and the Unicode tables (~127 KB of code and
                          data on x86-64): models take token ids only
     BERT_NO_WORDPIECE    leave out the WordPiece model; a model of that kind loads but cannot tokenize
     BERT_NO_UNIGRAM      the same for SentencePiece Unigram, with the Precompiled normalizer and
                          its grapheme cluster table that only it uses (~9 KB of code and data on
                          x86-64)
     BERT_NO_BPE          the same for BPE (~3 KB of code)
     BERT_NO_COMPATIBILITY_DECOMPOSITION
                          leave out NFKD/NFKC (their table is ~33 KB); BERT, RoBERTa and most
                          WordPiece tokenizers do not use them

   TOKENIZERS reproduce Hugging Face tokenizers (tokenizer.json) exactly: added and special tokens
   (single_word, lstrip, rstrip, normalized), the normalizers (BertNormalizer, NFD/NFKD/NFC/NFKC,
   Lowercase, StripAccents, Strip, Replace with a string or a repeated character class,
   Prepend, SentencePiece's Precompiled per grapheme cluster), the pre-tokenizers
   (BertPreTokenizer, Whitespace, WhitespaceSplit, Metaspace, ByteLevel with GPT-2's split
   pattern), WordPiece, Unigram (ALBERT, XLM-R, T5-style SentencePiece, byte_fallback), BPE
   (byte-level as RoBERTa and GPT-2 use it; continuing_subword_prefix, end_of_word_suffix,
   unk_token, fuse_unk, byte_fallback, ignore_merges; not dropout), templates (TemplateProcessing,
   BertProcessing, RobertaProcessing with its trim_offsets) and truncation. Offsets are UTF-8 byte
   offsets into the text each token came from, mapped back through every normalization step as
   Hugging Face's NormalizedString does. Text is UTF-8; each invalid sequence (each maximal
   invalid subpart, as Python's decode(errors="replace")) reads as one U+FFFD spanning its bytes.
   The Unicode tables are generated from the Unicode Character Database (make unicode): ~22.5 KB
   of properties, ~2.2 KB of lowercase, ~20.7 KB of canonical and ~32.8 KB of compatibility
   decompositions, ~4.2 KB of grapheme cluster break classes. Characters new in Unicode 16
   (Hugging Face's Rust std has them, the generated tables follow the database they are made
   from) may lowercase differently; likewise GPT-2's pattern (\p{L}, \p{N} at Unicode 16 in
   Hugging Face) reads letters and digits assigned after the tables' version as neither.
   docs/TOKENIZER_FORMAT.md describes the tokenizer section of the model file.

   SPEED: the matrix products run on cache-blocked, register-tiled micro-kernels over weights
   the converter stores in panels (see "Matrix multiply"); attention is fused per head; the
   optional threads split every product by output columns and attention by heads, so one
   sequence gets faster too. Weights may be f32, f16 (converted as they are loaded) or q8_0
   (int8 with one scale per row and block of 32 columns, multiplied as exact integers with int16
   activations quantized per token on the fly); f16 and q8_0 files keep the weights that meet the
   hidden state's few outlier dimensions in f32 (BERT__T_OUTLIER_MASK). `bert bench`
   (examples/bert.c) and `make bench` measure it.

   THE MODEL FILE is documented byte by byte in docs/FORMAT.md: a 128-byte header, a config of
   little-endian 32-bit words, a string table, a tokenizer section, a tensor table, then tensor
   data aligned to 64 bytes. All multi-byte values are little-endian; the host must be too.
   A tensor entry's layout word (offset 12) is 0 for row-major, 1 for the f32/f16 panels the
   kernels read, 3 for q8_0 panels; "Matrix multiply" below gives the byte orders, the same for
   every CPU.

   REVISION HISTORY
     0.2  speed: SIMD micro-kernels (AVX-512, AVX2, NEON), panel layout, fused attention,
          thread pool, q8_0 weights.
     0.1  first release: loader, encoder, pooling and heads for six architectures;
          WordPiece, SentencePiece Unigram and byte-level BPE tokenizers with Hugging Face parity.
*/
#ifndef BERT_H_INCLUDED
#define BERT_H_INCLUDED

#include <stddef.h>
#include <stdint.h>

#ifdef BERT_STATIC
#if defined(__GNUC__) || defined(__clang__)
#define BERTDEF static __attribute__((unused))
#else
#define BERTDEF static
#endif
#else
#define BERTDEF extern
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Errors ------------------------------------------------------------------------------ */

typedef enum bert_status {
    BERT_OK = 0,
    BERT_E_ARG = -1,         /* a bad argument: NULL, out-of-range id, too long a sequence */
    BERT_E_IO = -2,          /* a file could not be opened or read */
    BERT_E_FORMAT = -3,      /* the model file is malformed or corrupt */
    BERT_E_NOMEM = -4,       /* an allocation failed */
    BERT_E_UNSUPPORTED = -5, /* valid, but not something this build can do */
    BERT_E_STATE = -6        /* called out of order: an output before bert_encode, a missing head */
} bert_status;

typedef struct bert_error {
    int code;                /* a bert_status */
    char message[256];       /* what was wrong, one line, no trailing newline */
} bert_error;

/* ---- Model ------------------------------------------------------------------------------- */

typedef enum bert_arch {
    BERT_ARCH_BERT = 1,
    BERT_ARCH_ALBERT = 2,
    BERT_ARCH_ROBERTA = 3,
    BERT_ARCH_XLM_ROBERTA = 4,
    BERT_ARCH_ELECTRA = 5,
    BERT_ARCH_DISTILBERT = 6,
    BERT_ARCH_MPNET = 7,
    BERT_ARCH_DEBERTA_V2 = 8,
    BERT_ARCH_MODERNBERT = 9,
    BERT_ARCH_NOMIC_BERT = 10,
    BERT_ARCH_GTE = 11
} bert_arch;

typedef enum bert_act {
    BERT_ACT_NONE = 0,
    BERT_ACT_GELU = 1,       /* x * Phi(x), the erf form ("gelu") */
    BERT_ACT_GELU_TANH = 2,  /* the tanh approximation ("gelu_new", "gelu_pytorch_tanh", "gelu_fast") */
    BERT_ACT_QUICK_GELU = 3, /* x * sigmoid(1.702 x) */
    BERT_ACT_RELU = 4,
    BERT_ACT_SILU = 5,       /* x * sigmoid(x) ("silu", "swish") */
    BERT_ACT_TANH = 6
} bert_act;

typedef enum bert_pooling {
    BERT_POOL_CLS = 1,       /* the first token */
    BERT_POOL_MEAN = 2,      /* mean over positions whose mask is 1 */
    BERT_POOL_MAX = 3,       /* element-wise max over positions whose mask is 1 */
    BERT_POOL_MEAN_SQRT_LEN = 4, /* sum over mask-1 positions / sqrt(count), as sentence-transformers */
    /* Sparse (SPLADE) embeddings, vocab_size wide, from the masked-LM head's logits: each token's
       log(1 + relu(logit)) (applied twice when bert_config.splade_log1p_twice), then over the
       mask-1 positions: */
    BERT_POOL_SPLADE = 5,    /* the max (SPLADE v2 and later) */
    BERT_POOL_SPLADE_SUM = 6 /* the sum (the first SPLADE) */
} bert_pooling;

typedef enum bert_dtype {
    BERT_DTYPE_F32 = 0,
    BERT_DTYPE_F16 = 1,
    BERT_DTYPE_Q8_0 = 2      /* int8 with one float scale per block of 32 weights (encoder linear weights only) */
} bert_dtype;

/* How position ids are made from input ids. */
typedef enum bert_positions {
    BERT_POSITIONS_ABSOLUTE = 0, /* 0, 1, 2, ... */
    BERT_POSITIONS_PADDED = 1,   /* RoBERTa: pad + 1 + running count of non-pad ids; pads get pad */
    BERT_POSITIONS_NONE = 2      /* no position table: positions enter through the attention only */
} bert_positions;

/* DeBERTa's disentangled attention terms (bert_config.disentangled_terms): content to position
   (the query against the relative position's key) and position to content. */
enum { BERT_C2P = 1, BERT_P2C = 2 };

/* Biases and norms a model does without (bert_config.omitted is a mask of these): declared by
   the file, so that a missing tensor the model should have is still an error. An omitted bias
   reads as zeros; an omitted norm is the identity. */
enum {
    BERT_OMIT_ATTN_BIAS = 1 << 0,       /* the attention's products (QKV and output) */
    BERT_OMIT_FFN_BIAS = 1 << 1,        /* the feed-forward's two products */
    BERT_OMIT_NORM_BIAS = 1 << 2,       /* every LayerNorm's bias */
    BERT_OMIT_HEAD_BIAS = 1 << 3,       /* the task heads' first products (classifier, token and MLM transforms) */
    BERT_OMIT_FIRST_ATTN_NORM = 1 << 4, /* layer 0's attention norm (pre-norm layers: the embeddings are normed) */
    BERT_OMIT_FFN_UP_BIAS = 1 << 5      /* the feed-forward's up product alone (GTE: its down product has one) */
};

/* The heads a checkpoint carries (bert_config.heads is a mask of these). */
enum {
    BERT_HEAD_POOLER = 1 << 0,    /* dense + tanh on the first token */
    BERT_HEAD_SEQ_CLS = 1 << 1,   /* sequence classification logits [labels] */
    BERT_HEAD_TOKEN_CLS = 1 << 2, /* token classification logits [T][labels] */
    BERT_HEAD_QA = 1 << 3,        /* extractive QA start and end logits [T] */
    BERT_HEAD_MLM = 1 << 4,       /* masked-LM logits [T][vocab] */
    BERT_HEAD_RTD = 1 << 5,       /* ELECTRA replaced-token detection logits [T] */
    BERT_HEAD_NSP = 1 << 6,       /* BERT next-sentence logits [2] */
    BERT_HEAD_SOP = 1 << 7,       /* ALBERT sentence-order logits [2] */
    BERT_HEAD_CHOICE = 1 << 8     /* with BERT_HEAD_SEQ_CLS (1 label): a multiple-choice head, whose logit
                                     scores one (context, choice) row against the other choices
                                     (a *ForMultipleChoice checkpoint; bert_choose) */
};

typedef struct bert_config {
    bert_arch arch;
    int vocab_size;
    int hidden_size;
    int embedding_size;          /* = hidden_size unless ALBERT/ELECTRA project embeddings */
    int num_layers;              /* layers run, counting ALBERT's shared ones each time */
    int num_heads;
    int intermediate_size;
    int max_position_embeddings;
    int type_vocab_size;         /* 0: the model takes no token types (DistilBERT) */
    int num_groups;              /* distinct layer groups: ALBERT shares them, others have num_layers */
    int inner_group_num;         /* layers per group (ALBERT); 1 elsewhere */
    bert_act hidden_act;
    float layer_norm_eps;
    bert_positions positions;
    int pad_id, cls_id, sep_id, unk_id, mask_id; /* -1 when unknown */
    int max_length;              /* longest sequence the model accepts, in tokens */
    int truncate_length;         /* default truncation when tokenizing (sentence-transformers'
                                    max_seq_length), <= max_length */
    bert_pooling pooling;        /* default pooling for embeddings */
    int normalize;               /* 1: embeddings are L2-normalized by default */
    unsigned heads;              /* BERT_HEAD_* mask */
    int num_labels;              /* sequence or token classification labels; 0 without */
    bert_dtype dtype;            /* the dtype of the large matrices */
    int has_weights;             /* 0 for a tokenizer-only file */
    int relative_buckets;        /* MPNet's T5-style relative attention bias: buckets of the
                                    key - query distance (0: no such bias) */
    int relative_max_distance;   /* distances from here on share the last bucket */
    int disentangled_terms;      /* DeBERTa's attention: BERT_C2P | BERT_P2C, the position terms added
                                    to the scores (0: none) */
    int disentangled_span;       /* relative positions -span .. span - 1 index 2 span relative embeddings */
    int position_buckets;        /* DeBERTa's log buckets of relative positions (0: positions as they are) */
    int max_relative_positions;  /* the distance the log buckets reach */
    int pre_norm;                /* 1: each sublayer reads LayerNorm(x) and adds to x, a final norm after
                                    the layers (ModernBERT); 0: x = LayerNorm(x + sublayer(x)) */
    unsigned omitted;            /* BERT_OMIT_* mask */
    int gated_ffn;               /* 1: the up product gives 2 x intermediate_size, act(first half) * second half */
    float rope_theta;            /* rotary position embedding of queries and keys, base of the global
                                    layers (0: no rotary) */
    float rope_local_theta;      /* its base on local layers */
    int global_every;            /* layer i is global when i % global_every == 0, else local (0: all global) */
    int local_window;            /* a local layer's query sees keys at most this many positions away */
    float rope_factor;           /* every rotary inverse frequency divided by this (0: 1): Hugging Face's
                                    "linear" rope scaling, the second half of GTE's fixed NTK scaling */
    int splade_log1p_twice;      /* the SPLADE poolings take log(1 + log(1 + relu(logit))) (OpenSearch's
                                    sparse encoders, "log1p_relu"); 0: log(1 + relu(logit)) */
} bert_config;

typedef struct bert_model bert_model;

/* Uses data[0..size) in place: the bytes must stay valid and unchanged until bert_model_free.
   Every size, offset and count in them is checked first. */
BERTDEF int bert_model_load_memory(bert_model **out, const void *data, size_t size, bert_error *err);
#ifndef BERT_NO_STDIO
/* Maps the file where the platform can (POSIX mmap), else reads it into memory. */
BERTDEF int bert_model_load_file(bert_model **out, const char *path, bert_error *err);
#endif
BERTDEF void bert_model_free(bert_model *model);
BERTDEF const bert_config *bert_model_config(const bert_model *model);
/* The name of label i (e.g. "POSITIVE", "B-PER"), or NULL when out of range. */
BERTDEF const char *bert_model_label(const bert_model *model, int i);
/* Short names for printing: "bert", "gelu", "mean", "f16". */
BERTDEF const char *bert_arch_name(bert_arch arch);
BERTDEF const char *bert_act_name(bert_act act);
BERTDEF const char *bert_pooling_name(bert_pooling pooling);
BERTDEF const char *bert_dtype_name(bert_dtype dtype);
/* "wordpiece", "unigram", "bpe", or "none" for an ids-only model. */
BERTDEF const char *bert_model_tokenizer_kind(const bert_model *model);
/* The sentence-transformers prompts the converter kept from config_sentence_transformers.json,
   e.g. name "query", text "query: ". Prompt i's name and text; NULL when i is out of range. */
BERTDEF int bert_model_prompt_count(const bert_model *model);
BERTDEF const char *bert_model_prompt_name(const bert_model *model, int i);
BERTDEF const char *bert_model_prompt_text(const bert_model *model, int i);
/* The index of the prompt called `name`; with name NULL, of the default prompt
   (default_prompt_name, which sentence-transformers prepends to every text when no prompt is
   given). -1 when there is no such prompt. */
BERTDEF int bert_model_find_prompt(const bert_model *model, const char *name);

/* ---- Context and forward pass ------------------------------------------------------------ */

typedef struct bert_ctx bert_ctx;

/* Scratch for up to max_batch sequences of up to max_seq_len tokens each. */
BERTDEF int bert_ctx_create(bert_ctx **out, const bert_model *model, int max_batch, int max_seq_len,
                            bert_error *err);
BERTDEF void bert_ctx_free(bert_ctx *ctx);
/* Threads bert_encode uses, the caller's included (default 1). n - 1 workers are started here
   and live with the context; both the matrix products (split over output columns) and the
   attention (split over sequences x heads) use them, so they help at batch 1 too. Builds with
   BERT_NO_THREADS accept only 1. */
BERTDEF int bert_ctx_set_threads(bert_ctx *ctx, int n, bert_error *err);
/* The kernels a context created now runs: "avx512-vnni", "avx512", "avx2", "neon" or "scalar".
   On x86-64 (GCC, Clang) one build holds several sets and picks the widest this CPU runs
   (see BERT_NO_DISPATCH); elsewhere, the set the compiler's flags enable. */
BERTDEF const char *bert_simd_name(void);
/* Makes contexts created from now on run the named kernel set ("avx2", ...; NULL or "auto": the
   widest this CPU runs), for tests and benchmarks; contexts keep the set they were created with.
   BERT_E_UNSUPPORTED if this build has no such set or this CPU cannot run it. Not meant to race
   with bert_ctx_create on other threads: a context created meanwhile gets the old set or the new. */
BERTDEF int bert_simd_force(const char *name, bert_error *err);

typedef struct bert_batch {
    int batch;                     /* B sequences */
    int seq_len;                   /* T: the row length of the arrays below */
    const int32_t *input_ids;      /* [B][T] */
    const int32_t *attention_mask; /* [B][T] of 0/1, or NULL for all ones */
    const int32_t *token_type_ids; /* [B][T], or NULL for all zeros */
} bert_batch;

/* Runs the encoder. The outputs below then describe this batch until the next call. */
BERTDEF int bert_encode(bert_ctx *ctx, const bert_batch *batch, bert_error *err);

typedef enum bert_output {
    BERT_OUT_LAST_HIDDEN_STATE = 1, /* [B][T][H] */
    BERT_OUT_POOLER,                /* [B][H]   checkpoints with a pooler */
    BERT_OUT_CLS,                   /* [B][H]   the first token's hidden state */
    BERT_OUT_MEAN,                  /* [B][H] */
    BERT_OUT_MAX,                   /* [B][H] */
    BERT_OUT_MEAN_SQRT_LEN,         /* [B][H] */
    BERT_OUT_EMBEDDING,             /* [B][H]   the model's default pooling and normalization (a SPLADE
                                               model has none: read BERT_OUT_SPLADE or _SUM) */
    BERT_OUT_SEQ_LOGITS,            /* [B][labels] */
    BERT_OUT_TOKEN_LOGITS,          /* [B][T][labels] */
    BERT_OUT_START_LOGITS,          /* [B][T] */
    BERT_OUT_END_LOGITS,            /* [B][T] */
    BERT_OUT_MLM_LOGITS,            /* [B][T][vocab]: large; see bert_mlm_logits for one token */
    BERT_OUT_RTD_LOGITS,            /* [B][T] */
    BERT_OUT_NSP_LOGITS,            /* [B][2] */
    BERT_OUT_SOP_LOGITS,            /* [B][2] */
    BERT_OUT_SPLADE,                /* [B][vocab] models with a masked-LM head: BERT_POOL_SPLADE's sparse embedding */
    BERT_OUT_SPLADE_SUM             /* [B][vocab] BERT_POOL_SPLADE_SUM's */
} bert_output;

/* How many floats `which` needs for the last batch; 0 if the model does not have it. */
BERTDEF size_t bert_output_size(const bert_ctx *ctx, bert_output which);
/* Writes output `which` of the last batch into out (bert_output_size floats). */
BERTDEF int bert_output_get(bert_ctx *ctx, bert_output which, float *out, bert_error *err);
/* Masked-LM logits [vocab] for sequence b, position t of the last batch. */
BERTDEF int bert_mlm_logits(bert_ctx *ctx, int b, int t, float *out, bert_error *err);
/* Scales v[0..n) to unit L2 norm (left as is when its norm is 0). */
BERTDEF void bert_l2_normalize(float *v, int n);
/* f's IEEE-754 binary16 bits, rounded to nearest even (f16 files and f16 outputs). */
BERTDEF uint16_t bert_f32_to_f16(float f);

/* ---- Tokenizer --------------------------------------------------------------------------- */
#ifndef BERT_NO_TOKENIZER

/* Zero initializers for the two structs below, free of warnings in C and in C++ (where g++ -Wextra
   warns about {0}): bert_encoding enc = BERT_ENCODING_INIT; bert_token_batch tb = BERT_TOKEN_BATCH_INIT; */
#ifdef __cplusplus
#define BERT_ENCODING_INIT {}
#define BERT_TOKEN_BATCH_INIT {}
#else
#define BERT_ENCODING_INIT {0}
#define BERT_TOKEN_BATCH_INIT {0}
#endif

/* One tokenized text or pair: the ids and what each token is. Start with a zeroed struct
   (bert_encoding enc = BERT_ENCODING_INIT;) and reuse it for call after call: its arrays grow as needed
   (through BERT_MALLOC/BERT_FREE) and tokenizing allocates nothing once they are big enough.
   bert_encoding_free releases them. */
typedef struct bert_encoding {
    int count;              /* tokens */
    int32_t *ids;           /* [count] */
    int32_t *type_ids;      /* [count] token types (segment ids) */
    int32_t *offsets;       /* [count * 2] start, end: UTF-8 byte offsets into the token's own text
                               (the first or the second of a pair); 0, 0 for template tokens */
    uint8_t *special_mask;  /* [count] 1 for the tokens the template adds ([CLS], [SEP], <s> ...) */
    int8_t *sequence;       /* [count] 0 first text, 1 second text, -1 template token */
    int capacity_;          /* private */
    struct bert__tok_ws *ws_; /* private scratch */
} bert_encoding;

/* max_length for the functions below: 0 never truncates; BERT_TRUNCATE_DEFAULT truncates to the
   model's truncate_length; N > 0 keeps at most N tokens, template tokens included, cutting the
   texts as Hugging Face does (longest_first for pairs unless the tokenizer says otherwise).
   Memory and time: the tokenizer takes a long text in spans of about BERT_TOKENIZE_PIECE_BYTES
   ending at a cut (a printable ASCII character then a space), where no step of the pipeline
   looks across, so its scratch (60 to 75 bytes per byte of a span, kept in the encoding for
   reuse) follows the span and not the text; the encoding itself holds 46 bytes per token.
   Truncation tokenizes only the end it keeps, in prefixes ending at a cut (suffixes starting at
   one, on the left) that double until they hold the kept tokens, each text of a pair alike; so
   a 20 MB text cut to 64 tokens costs kilobytes and microseconds, with the ids and offsets of
   the whole text truncated. longest_first decides from those counts, except when both texts
   pass an odd limit: the shorter text is then counted to its end (scratch for its length).
   Tokenizers with a step that can join text across such a space take whole texts in one span
   (see bert__cut_safe); those with a Precompiled normalizer (SentencePiece) do for whole texts
   and left truncation, and cut prefixes (see bert__span_safe). */
#define BERT_TRUNCATE_DEFAULT (-1)

/* Tokenizes text[0..len) (UTF-8; each invalid sequence reads as U+FFFD) and adds the template's
   special tokens, exactly as Hugging Face tokenizers' encode(text, add_special_tokens=True). */
BERTDEF int bert_tokenize(const bert_model *model, const char *text, size_t len, int max_length, bert_encoding *enc,
                          bert_error *err);
/* The same for a pair of texts (a question and a passage, two sentences). */
BERTDEF int bert_tokenize_pair(const bert_model *model, const char *text, size_t len, const char *pair, size_t pair_len,
                               int max_length, bert_encoding *enc, bert_error *err);
/* A text too long to hold tokenized (a book, a log), a part at a time: each call puts in enc the
   next part of what bert_tokenize(model, text, len, 0, enc, err) gives, template tokens at its
   ends included and offsets into the whole text, and moves *at (0 at the first call) to where
   the part after it starts. Call it while *at < len (do ... while, so that an empty text gives
   its one part); the parts in order are that encoding exactly. A part covers about
   BERT_TOKENIZE_PIECE_BYTES of text, so memory follows that and not the text; a tokenizer that
   can join text across every space (see bert_tokenize's note) gives the whole text as one part. */
BERTDEF int bert_tokenize_next(const bert_model *model, const char *text, size_t len, size_t *at, bert_encoding *enc,
                               bert_error *err);
BERTDEF void bert_encoding_free(bert_encoding *enc);
/* The text of token i as Hugging Face's Encoding.tokens has it: the vocabulary string of its id,
   except for an unknown token (the normalized text it stands for) and an added token (the text
   it matched, with any whitespace lstrip/rstrip took). Valid until the next call with enc; not
   NUL-free in general: use *len. NULL when i is out of range. */
BERTDEF const char *bert_encoding_token(const bert_model *model, const bert_encoding *enc, int i, size_t *len);

/* Ids 0 .. bert_vocab_size() - 1 have a token string (some may be empty: unused ids). */
BERTDEF int bert_vocab_size(const bert_model *model);
/* The token string of `id` (not NUL-free in general: use *len), or NULL when out of range. */
BERTDEF const char *bert_id_to_token(const bert_model *model, int id, size_t *len);
/* The id of the token spelled token[0..len), or -1. */
BERTDEF int bert_token_to_id(const bert_model *model, const char *token, size_t len);

/* Several texts tokenized into one right-padded batch, ready for bert_encode(ctx, &out->batch,
   err). Zero it before first use and reuse it; bert_token_batch_free releases it. */
typedef struct bert_token_batch {
    bert_batch batch;             /* points into the three arrays below */
    int32_t *input_ids;           /* [batch][seq_len], padded with the model's pad id */
    int32_t *attention_mask;      /* [batch][seq_len] */
    int32_t *token_type_ids;      /* [batch][seq_len] */
    size_t capacity_;             /* private: entries the three arrays hold */
    int32_t *rows_;               /* private: each text's ids and type ids, unpadded */
    size_t rows_capacity_;        /* private: int32 entries rows_ holds */
    bert_encoding enc_;           /* private scratch */
} bert_token_batch;

/* Tokenizes count texts (and, when pairs is not NULL, pairs[i] as the second text of each; a
   NULL entry means none) into one right-padded batch for bert_encode. A lengths array gives
   each text's size in bytes (the text may then hold NUL bytes); when it is NULL the texts are
   NUL-terminated. Each text is tokenized once. */
BERTDEF int bert_tokenize_batch(const bert_model *model, const char *const *texts, const size_t *lengths,
                                const char *const *pairs, const size_t *pair_lengths, int count, int max_length,
                                bert_token_batch *out, bert_error *err);
BERTDEF void bert_token_batch_free(bert_token_batch *batch);

/* ---- Texts in, embeddings and scores out -------------------------------------------------- */

/* What bert_embed_texts does beyond the model's defaults. BERT_EMBED_OPTIONS_INIT gives every
   default: the model's pooling, normalization, truncate_length and default prompt. */
typedef struct bert_embed_options {
    int pooling;             /* a bert_pooling; 0: the model's (bert_config.pooling). The SPLADE poolings
                                give vocab_size floats per text, mostly zeros (bert_sparse_entries) */
    int normalize;           /* 1: L2-normalize, 0: do not, -1: as the model says (bert_config.normalize) */
    int max_length;          /* tokens per text, prompt and special tokens included, at most the
                                model's max_length; 0: its truncate_length */
    int no_truncate;         /* 1: a text longer than max_length is an error instead of being cut */
    const char *prompt;      /* put before every text ("query: "); "" for none. NULL: prompt_name's */
    const char *prompt_name; /* one of the model's prompts (bert_model_find_prompt). With both NULL the
                                model's default prompt is used, as sentence-transformers' encode does */
    int dim;                 /* keep the first dim values (Matryoshka truncation), normalized after
                                the cut when normalizing; 0: hidden_size (vocab_size for SPLADE, never cut) */
    int batch_size;          /* texts per forward pass; 0: 32 */
    int threads;             /* threads per forward pass; 0: 1 */
    long *truncated;         /* not NULL: increased by the number of texts cut to max_length */
    long *tokens;            /* not NULL: increased by the tokens encoded (padding not counted) */
    bert_ctx **keep_ctx;     /* not NULL: the context (and its threads) kept from call to call for
                                this model: *keep_ctx is used when big enough, else made or remade
                                there, and left for the next call; free it with bert_ctx_free.
                                NULL: a context for this call only */
    long max_tokens;         /* the most tokens of one forward pass, its rows x its longest row (a
                                text longer than that runs alone): what bounds the context's memory
                                for long texts. 0: batch_size x 512 */
    int sparse;              /* 1: out is sized by bert_embed_width, so a SPLADE pooling (vocab_size
                                floats per text: the model's own, or asked for) may be used. 0: a
                                SPLADE pooling is an error rather than a write past a buffer of
                                hidden_size */
} bert_embed_options;
#define BERT_EMBED_OPTIONS_INIT {0, -1, 0, 0, NULL, NULL, 0, 0, 0, NULL, NULL, NULL, 0, 0}

/* Embeds texts[0..n) (UTF-8; lengths[i] bytes each, or NUL-terminated when lengths is NULL; a
   NULL text is empty) into
   out, n rows of dim floats in the order of the texts. The texts are tokenized, sorted by length
   within windows of a few batches (less padding), encoded batch by batch (at most batch_size
   texts and max_tokens rows x longest row each) in one context sized for them, pooled, cut to
   dim and normalized. opts NULL means BERT_EMBED_OPTIONS_INIT. A failure
   about one text starts its message with "text I: ", I its index in texts. Each text is tokenized
   to one token past max_length (whole only with no_truncate), so a huge text costs what is kept
   (see BERT_TRUNCATE_DEFAULT). */
BERTDEF int bert_embed_texts(const bert_model *model, const char *const *texts, const size_t *lengths, int n,
                             const bert_embed_options *opts, float *out, bert_error *err);
/* The floats per text bert_embed_texts writes with these options (NULL: the defaults): dim, else
   hidden_size, or vocab_size for a SPLADE pooling with sparse = 1; 0 when the options do not fit
   the model (a SPLADE pooling without sparse = 1 among them). */
BERTDEF int bert_embed_width(const bert_model *model, const bert_embed_options *opts);

/* The entries of v[0..n) that are not 0, in index order, as a sparse embedding is sent or stored:
   their indexes (token ids, for SPLADE) in ids and values in values. With top_k > 0, only the
   top_k largest in absolute value (ties: the lower index), as sentence-transformers'
   max_active_dims. ids and values hold top_k entries (n when top_k is 0). Returns the count, -1
   for a bad argument. */
BERTDEF int bert_sparse_entries(const float *v, int n, int top_k, int *ids, float *values);

/* What bert_score_pairs does beyond the model's defaults; BERT_SCORE_OPTIONS_INIT gives them. */
typedef struct bert_score_options {
    int raw;                 /* 1: the logits as they are; 0: the model's activation (below) */
    int max_length;          /* tokens per pair, special tokens included; 0: the model's truncate_length */
    int no_truncate;         /* 1: a pair longer than max_length is an error instead of being cut */
    int batch_size;          /* pairs per forward pass; 0: 32 */
    int threads;             /* threads per forward pass; 0: 1 */
    long *truncated;         /* not NULL: increased by the number of pairs cut to max_length */
    long *tokens;            /* not NULL: increased by the tokens encoded (padding not counted) */
    bert_ctx **keep_ctx;     /* as bert_embed_options.keep_ctx */
    long max_tokens;         /* as bert_embed_options.max_tokens */
} bert_score_options;
#define BERT_SCORE_OPTIONS_INIT {0, 0, 0, 0, 0, NULL, NULL, NULL, 0}

/* Scores pairs (a[i], b[i]) with a sequence-classification head, as sentence-transformers'
   CrossEncoder.predict does: out gets n rows of num_labels floats, the sigmoid of the logit for a
   model with one label, the softmax over the labels otherwise, the logits with opts->raw. A NULL
   b (or b[i]) scores a[i] alone. The texts are NUL-terminated; batching as bert_embed_texts. */
BERTDEF int bert_score_pairs(const bert_model *model, const char *const *a, const char *const *b, int n,
                             const bert_score_options *opts, float *out, bert_error *err);

/* Answers a multiple-choice question with a multiple-choice head (BERT_HEAD_CHOICE), as
   transformers' *ForMultipleChoice does: each pair (context, choices[i]) is scored alone, and out
   gets the softmax of the n logits over the choices (the logits with opts->raw); the answer is
   the largest. A NULL context scores each choice alone. Batching and truncation as
   bert_score_pairs (a context shared by the choices is tokenized once per pair). */
BERTDEF int bert_choose(const bert_model *model, const char *context, const char *const *choices, int n,
                        const bert_score_options *opts, float *out, bert_error *err);

#endif /* BERT_NO_TOKENIZER */

#ifdef __cplusplus
}
#endif
#endif /* BERT_H_INCLUDED */

/* ========================================================================================== */
/*                                     IMPLEMENTATION                                         */
/* ========================================================================================== */
#ifdef BERT_IMPLEMENTATION
#ifndef BERT_IMPLEMENTATION_DONE
#define BERT_IMPLEMENTATION_DONE

#include <math.h>
#include <string.h>
#include <stdarg.h>
#include <stdio.h> /* vsnprintf only, for error messages */

#if defined(BERT_MALLOC) != defined(BERT_FREE)
#error "bert.h: define both BERT_MALLOC and BERT_FREE, or neither"
#endif
#ifndef BERT_MALLOC
#include <stdlib.h>
#define BERT_MALLOC(n) malloc(n)
#define BERT_FREE(p) free(p)
#endif

/* mmap on every POSIX system, -std=c99 or not: these headers are POSIX's own, and the C
   library declares open, fstat, mmap and close in them whatever the feature-test macros say. */
#if !defined(BERT_NO_STDIO) && !defined(BERT_NO_MMAP) && (defined(__unix__) || defined(__APPLE__))
#define BERT__HAVE_MMAP 1
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifdef __cplusplus
#define BERT__CAST(type, value) static_cast<type>(value)
#else
#define BERT__CAST(type, value) ((type)(value))
#endif

/* ---- Errors and small helpers ------------------------------------------------------------ */

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 3, 4)))
#endif
static int bert__fail(bert_error *err, int code, const char *fmt, ...) {
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

static void bert__ok(bert_error *err) {
    if (err) {
        err->code = BERT_OK;
        err->message[0] = 0;
    }
}

static void *bert__calloc(size_t count, size_t size) {
    void *p;
    size_t bytes;
    if (size && count > (size_t)-1 / size) return NULL;
    bytes = count * size;
    p = BERT_MALLOC(bytes ? bytes : 1);
    if (p) memset(p, 0, bytes);
    return p;
}

static size_t bert__round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

static uint32_t bert__u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t bert__u64(const uint8_t *p) { return (uint64_t)bert__u32(p) | (uint64_t)bert__u32(p + 4) << 32; }

static float bert__f32_bits(uint32_t u) {
    float f;
    memcpy(&f, &u, 4);
    return f;
}

/* IEEE half to float, exact for every half including subnormals, inf and NaN. */
static float bert__f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16, exp = (h >> 10) & 0x1F, man = h & 0x3FF, bits;
    if (exp == 0x1F) bits = sign | 0x7F800000u | man << 13;
    else if (exp) bits = sign | (exp + 112) << 23 | man << 13;
    else if (man) { /* subnormal: normalize */
        exp = 113;
        while (!(man & 0x400)) { man <<= 1; exp--; }
        bits = sign | exp << 23 | (man & 0x3FF) << 13;
    } else bits = sign;
    return bert__f32_bits(bits);
}

/* ========================================================================================== */
/* ---- The model file: layout constants (docs/FORMAT.md has the byte-by-byte description) --- */

#define BERT__MAGIC "BERTFLAT"
#define BERT__FORMAT_VERSION 3  /* the newest this reads: 2 files may keep outlier dimensions apart
                                   (BERT__T_OUTLIER_MASK), which a reader of version 1 would ignore;
                                   3 files have a QA head transform (qa_act), which older readers
                                   would skip */
#define BERT__HEADER_SIZE 128
#define BERT__TENSOR_ENTRY_SIZE 48
#define BERT__DATA_ALIGN 64
#define BERT__MAX_DIMS 4

/* Header field offsets. */
enum {
    BERT__H_MAGIC = 0, BERT__H_VERSION = 8, BERT__H_HEADER_SIZE = 12, BERT__H_FILE_SIZE = 16,
    BERT__H_CONFIG_OFF = 24, BERT__H_CONFIG_SIZE = 32, BERT__H_STRINGS_OFF = 40, BERT__H_STRINGS_SIZE = 48,
    BERT__H_TOKENIZER_OFF = 56, BERT__H_TOKENIZER_SIZE = 64, BERT__H_TENSORS_OFF = 72,
    BERT__H_TENSOR_COUNT = 80, BERT__H_TENSOR_ENTRY = 84, BERT__H_DATA_OFF = 88, BERT__H_DATA_SIZE = 96
};

/* Config words: word i of the config section is a little-endian u32 (floats as their bits,
   signed values as two's complement). A reader treats words past the section's end as 0, so a
   word added at the end reads 0 in older files: 0 must mean "as before" (no relative bias, ...).

   This table is the one place a config word is declared: it makes the BERT__C_* enum, the reader
   (bert__read_config), the range checks and the converter's writer. A row is
     X(WORD, kind, bert_config member, the member's type, lo, hi)
   kind INT: an int-like member, checked against [lo, hi] when the file has weights (lo > hi: its
   checks are code in bert__read_config); F32: a float member stored as its bits; RAW: a word that
   is not in bert_config, read by the loader that needs it (member and type are then unused). */
#define BERT__CONFIG_WORDS(X) \
    X(ARCH, INT, arch, bert_arch, 1, 0) \
    X(VOCAB, INT, vocab_size, int, 1, 1 << 22) \
    X(HIDDEN, INT, hidden_size, int, 1, 1 << 15) \
    X(EMBEDDING, INT, embedding_size, int, 1, 1 << 15) \
    X(LAYERS, INT, num_layers, int, 1, 1024) \
    X(HEADS, INT, num_heads, int, 1, 1024) \
    X(INTERMEDIATE, INT, intermediate_size, int, 1, 1 << 17) \
    X(MAX_POSITIONS, INT, max_position_embeddings, int, 1, 1 << 16) \
    X(TYPE_VOCAB, INT, type_vocab_size, int, 0, 1 << 16) \
    X(GROUPS, INT, num_groups, int, 1, 1024) \
    X(INNER_GROUP, INT, inner_group_num, int, 1, 1024) \
    X(ACT, INT, hidden_act, bert_act, 1, 0) \
    X(LN_EPS, F32, layer_norm_eps, float, 0, 0) \
    X(POSITIONS, INT, positions, bert_positions, 1, 0) \
    X(PAD_ID, INT, pad_id, int, 1, 0) \
    X(CLS_ID, INT, cls_id, int, 1, 0) \
    X(SEP_ID, INT, sep_id, int, 1, 0) \
    X(UNK_ID, INT, unk_id, int, 1, 0) \
    X(MASK_ID, INT, mask_id, int, 1, 0) \
    X(MAX_LENGTH, INT, max_length, int, 1, 1 << 16) \
    X(TRUNCATE, INT, truncate_length, int, 1, 0) \
    X(POOLING, INT, pooling, bert_pooling, 1, 0) \
    X(NORMALIZE, INT, normalize, int, 1, 0) \
    X(HEADS_MASK, INT, heads, unsigned, 1, 0) \
    X(NUM_LABELS, INT, num_labels, int, 0, 1 << 16) \
    X(LABELS_STR, RAW, -, -, 0, 0)      /* string-table offset of the first label */ \
    X(SEQ_SOURCE, RAW, -, -, 0, 0)      /* BERT__SEQ_FROM_* */ \
    X(SEQ_ACT, RAW, -, -, 0, 0)         /* bert_act between the classifier's two products */ \
    X(MLM_ACT, RAW, -, -, 0, 0)         /* bert_act of the masked-LM transform */ \
    X(MLM_EPS, RAW, -, -, 0, 0)         /* its LayerNorm eps (f32 bits) */ \
    X(RTD_ACT, RAW, -, -, 0, 0)         /* bert_act of ELECTRA's discriminator head */ \
    X(DTYPE, INT, dtype, bert_dtype, 1, 0) \
    X(NAME_STR, RAW, -, -, 0, 0)        /* string-table offset of the model's name */ \
    X(NUM_PROMPTS, RAW, -, -, 0, 0) \
    X(PROMPTS_STR, RAW, -, -, 0, 0)     /* offset of the first prompt string */ \
    X(DEFAULT_PROMPT, RAW, -, -, 0, 0)  /* default prompt index + 1, 0 for none */ \
    X(REL_BUCKETS, INT, relative_buckets, int, 0, 1024) \
    X(REL_MAX_DISTANCE, INT, relative_max_distance, int, 0, 1 << 16) \
    X(DIS_TERMS, INT, disentangled_terms, int, 0, 3) \
    X(DIS_SPAN, INT, disentangled_span, int, 0, 1 << 16) \
    X(POSITION_BUCKETS, INT, position_buckets, int, 0, 1 << 16) \
    X(MAX_REL_POSITIONS, INT, max_relative_positions, int, 0, 1 << 16) \
    X(PRE_NORM, INT, pre_norm, int, 0, 1) \
    X(OMITTED, INT, omitted, unsigned, 0, 63) /* BERT_OMIT_* */ \
    X(GATED_FFN, INT, gated_ffn, int, 0, 1) \
    X(ROPE_THETA, F32, rope_theta, float, 0, 0) \
    X(ROPE_LOCAL_THETA, F32, rope_local_theta, float, 0, 0) \
    X(GLOBAL_EVERY, INT, global_every, int, 0, 1024) \
    X(LOCAL_WINDOW, INT, local_window, int, 0, 1 << 16) \
    X(TOKEN_ACT, RAW, -, -, 0, 0)       /* bert_act between the token classifier's two products (0: one product) */ \
    X(HEAD_NORMS, RAW, -, -, 0, 0)      /* BERT__NORM_AFTER_*: a LayerNorm after the classifier's activation */ \
    X(QA_ACT, RAW, -, -, 0, 0)          /* bert_act between the QA head's two products (0: one product) */ \
    X(ROPE_FACTOR, F32, rope_factor, float, 0, 0) \
    X(SPLADE_TWICE, INT, splade_log1p_twice, int, 0, 1)

#define BERT__C_ENUM_ROW(word, kind, member, type, lo, hi) BERT__C_##word,
enum { BERT__CONFIG_WORDS(BERT__C_ENUM_ROW) BERT__C_COUNT };
#undef BERT__C_ENUM_ROW

/* Where the sequence-classification head reads its input. */
enum { BERT__SEQ_FROM_POOLER = 0, BERT__SEQ_FROM_FIRST_TOKEN = 1, BERT__SEQ_FROM_MEAN = 2 };

/* Which classifiers have a LayerNorm after their first product's activation (config HEAD_NORMS). */
enum { BERT__NORM_AFTER_SEQ = 1, BERT__NORM_AFTER_TOKEN = 2, BERT__NORM_AFTER_QA = 4 };

/* Canonical tensor names. "L" stands for a unique layer's index (ALBERT stores each shared
   layer once: group g, inner layer j is unique layer g * inner_group_num + j). */
#define BERT__T_WORD "embeddings.word"               /* [vocab][E] */
#define BERT__T_POSITION "embeddings.position"       /* [max_positions][E] */
#define BERT__T_TOKEN_TYPE "embeddings.token_type"   /* [type_vocab][E] */
#define BERT__T_EMB_NORM "embeddings.norm"           /* .weight .bias [E] */
#define BERT__T_EMB_PROJECT "embeddings.project"     /* .weight [H][E] .bias [H] */
#define BERT__T_QKV "attention.qkv"                  /* layers.L.attention.qkv .weight [3H][H] .bias [3H] */
#define BERT__T_ATTN_OUT "attention.out"             /* [H][H] */
#define BERT__T_ATTN_NORM "attention.norm"           /* [H] */
#define BERT__T_FFN_UP "ffn.up"                      /* [I][H]; [2I][H] gated: the activated half, then the gate */
#define BERT__T_FFN_DOWN "ffn.down"                  /* [H][I] */
#define BERT__T_FFN_NORM "ffn.norm"                  /* [H] */
#define BERT__T_FINAL_NORM "encoder.final_norm"      /* [H], after the last layer of a pre-norm model */
#define BERT__T_OUTLIER_MASK "encoder.outlier_mask"  /* [H] 1 at the hidden state's outlier dimensions, else 0 (f16 and
                                                        q8_0 files whose checkpoint has them) */
#define BERT__T_OUTLIERS "outliers"                  /* layers.L.attention.qkv.outliers [n][3H], layers.L.ffn.up.outliers
                                                        [n][I]: the weight's columns at those n dimensions, kept f32 */
#define BERT__T_POOLER "pooler"                      /* [H][H] */
#define BERT__T_SEQ_PRE "seq_cls.pre"                /* [H][H], absent for BERT/ALBERT */
#define BERT__T_SEQ_NORM "seq_cls.norm"              /* [H], after seq_cls.pre's activation (HEAD_NORMS) */
#define BERT__T_SEQ_OUT "seq_cls.out"                /* [labels][H] */
#define BERT__T_TOKEN_PRE "token_cls.pre"            /* [H][H], with TOKEN_ACT only */
#define BERT__T_TOKEN_NORM "token_cls.norm"          /* [H], after its activation (HEAD_NORMS) */
#define BERT__T_TOKEN_OUT "token_cls.out"            /* [labels][H] */
#define BERT__T_QA_PRE "qa.pre"                      /* [H][H], with QA_ACT only */
#define BERT__T_QA_NORM "qa.norm"                    /* [H], after its activation (HEAD_NORMS) */
#define BERT__T_QA_OUT "qa.out"                      /* [2][H] */
#define BERT__T_MLM_DENSE "mlm.dense"                /* [E'][H], E' = H or E */
#define BERT__T_MLM_NORM "mlm.norm"                  /* [E'] */
#define BERT__T_MLM_DECODER "mlm.decoder"            /* [vocab][E'] (a copy of the word embeddings when tied) */
#define BERT__T_RTD_DENSE "rtd.dense"                /* [H][H] */
#define BERT__T_RTD_OUT "rtd.out"                    /* [1][H] */
#define BERT__T_PAIR_OUT "pair.out"                  /* [2][H] on the pooler: NSP or SOP */
#define BERT__T_REL_BIAS "encoder.relative_bias"     /* [relative_buckets][heads]: MPNet's bias per bucket and head */
#define BERT__T_REL_KEY "attention.rel_key"          /* layers.L.: [2 span][H] DeBERTa's relative embeddings through
                                                        the layer's key projection (c2p), computed by the converter */
#define BERT__T_REL_QUERY "attention.rel_query"      /* [2 span][H] the same through the query projection (p2c) */

/* ========================================================================================== */
/* ---- Tokenizer (declarations of its private types; the code follows the loader) ---------- */

/* The tokenizer section, used in place (docs/TOKENIZER_FORMAT.md describes it byte by byte).
   It opens with BERT__TK_COUNT little-endian u32 header words; every offset is in bytes from the
   start of the section and every array of u32 is 4-byte aligned. */
#define BERT__TOKENIZER_VERSION 1
enum {
    BERT__TK_VERSION, BERT__TK_HEADER_WORDS, BERT__TK_MODEL, BERT__TK_UNK_ID, BERT__TK_PAD_ID,
    BERT__TK_VOCAB_COUNT, BERT__TK_VOCAB_OFFSETS, BERT__TK_STRINGS, BERT__TK_STRINGS_SIZE, BERT__TK_HASH, BERT__TK_HASH_SIZE,
    BERT__TK_NORMALIZERS, BERT__TK_NORMALIZER_COUNT, BERT__TK_PRE_TOKENIZERS, BERT__TK_PRE_TOKENIZER_COUNT,
    BERT__TK_ADDED, BERT__TK_ADDED_COUNT, BERT__TK_TRIE_NODES, BERT__TK_TRIE_NODE_COUNT, BERT__TK_TRIE_EDGES,
    BERT__TK_TRIE_EDGE_COUNT, BERT__TK_SINGLE, BERT__TK_SINGLE_COUNT, BERT__TK_PAIR, BERT__TK_PAIR_COUNT,
    BERT__TK_TEMPLATE_IDS, BERT__TK_TEMPLATE_ID_COUNT, BERT__TK_TRUNC_MAX_LENGTH, BERT__TK_TRUNC_STRATEGY,
    BERT__TK_TRUNC_DIRECTION, BERT__TK_MODEL_DATA, BERT__TK_MODEL_DATA_SIZE, BERT__TK_POST_FLAGS,
    BERT__TK_COUNT
};

/* Post-processor flags: trim_offsets of ByteLevel or RobertaProcessing, and their add_prefix_space. */
enum { BERT__POST_TRIM_OFFSETS = 1, BERT__POST_ADD_PREFIX_SPACE = 2 };

/* The tokenization model: the seam where each algorithm plugs in (bert__tokenize_piece). */
enum { BERT__MODEL_WORDPIECE = 1, BERT__MODEL_UNIGRAM = 2, BERT__MODEL_BPE = 3 };

/* Normalizer and pre-tokenizer steps are BERT__STEP_WORDS words each: a type, then parameters. */
#define BERT__STEP_WORDS 8
enum {
    BERT__NORM_BERT = 1,      /* p1: BERT__BERT_* flags */
    BERT__NORM_NFD = 2, BERT__NORM_NFKD = 3, BERT__NORM_NFC = 4, BERT__NORM_NFKC = 5,
    BERT__NORM_LOWERCASE = 6,
    BERT__NORM_STRIP_ACCENTS = 7,
    BERT__NORM_STRIP = 8,     /* p1: strip left, p2: strip right */
    BERT__NORM_REPLACE = 9,   /* p1, p2: pattern string (offset, length); p3, p4: content string */
    BERT__NORM_PREPEND = 10,  /* p1, p2: the string */
    BERT__NORM_PRECOMPILED = 11, /* p1, p2: replacement blob (offset, length) in the string pool; p3: byte
                                    offset of the double-array trie, p4: its unit count */
    BERT__NORM_REPLACE_REGEX = 12 /* X{min,max} for a character class X: p1, p2: the class, (lo, hi) code
                                    point pairs as UTF-8; p3, p4: content; p5 min, p6 max; p7 1: negated */
};
enum { BERT__REGEX_MAX_RANGES = 32 };
enum { BERT__BERT_CLEAN_TEXT = 1, BERT__BERT_CHINESE_CHARS = 2, BERT__BERT_STRIP_ACCENTS = 4, BERT__BERT_LOWERCASE = 8 };
enum {
    BERT__PRE_BERT = 1,            /* split on whitespace (dropped) and punctuation (kept alone) */
    BERT__PRE_WHITESPACE = 2,      /* \w+|[^\w\s]+ */
    BERT__PRE_WHITESPACE_SPLIT = 3, /* split on whitespace */
    BERT__PRE_METASPACE = 4,        /* p1 replacement code point, p2 BERT__PREPEND_*, p3 split */
    BERT__PRE_BYTE_LEVEL = 5        /* p1 add_prefix_space, p2 use_regex: GPT-2's split, bytes as characters */
};
enum { BERT__PREPEND_ALWAYS = 0, BERT__PREPEND_FIRST = 1, BERT__PREPEND_NEVER = 2 };

/* Added tokens: BERT__ADDED_WORDS words each: id, flags, content (offset, length) in the string
   pool, and the content after normalization (offset, length) for tokens flagged normalized. */
#define BERT__ADDED_WORDS 6
enum { BERT__ADDED_SPECIAL = 1, BERT__ADDED_SINGLE_WORD = 2, BERT__ADDED_LSTRIP = 4, BERT__ADDED_RSTRIP = 8,
       BERT__ADDED_NORMALIZED = 16 };

/* The added-token trie, over UTF-8 bytes: node 0 is the root for the raw text, node 1 for the
   normalized text. A node is 3 words (first edge, edge count, added token index + 1 or 0); an
   edge is one word (child << 8 | byte), a node's edges sorted by byte. */
#define BERT__TRIE_NODE_WORDS 3

/* Post-processing template pieces: 4 words (kind, type id, first template id, id count). */
#define BERT__PIECE_WORDS 4
enum { BERT__PIECE_SPECIAL = 0, BERT__PIECE_A = 1, BERT__PIECE_B = 2 };
enum { BERT__TRUNC_LONGEST_FIRST = 0, BERT__TRUNC_ONLY_FIRST = 1, BERT__TRUNC_ONLY_SECOND = 2 };
enum { BERT__TRUNC_RIGHT = 0, BERT__TRUNC_LEFT = 1 };

/* WordPiece model data: continuing_subword_prefix (offset, length), max_input_chars_per_word,
   and the longest vocabulary token in bytes. */
#define BERT__WORDPIECE_WORDS 4

/* Unigram model data (docs/TOKENIZER_FORMAT.md): the pieces' byte trie (edge ranges per node,
   the piece ending at each node, edges child << 8 | byte sorted by byte), their scores as
   little-endian f64, the unknown token's score, and the ids of the <0xXX> byte pieces. */
enum {
    BERT__UNI_PIECE_COUNT, BERT__UNI_FLAGS, BERT__UNI_NODE_COUNT, BERT__UNI_EDGE_START, BERT__UNI_NODE_PIECE,
    BERT__UNI_EDGE_COUNT, BERT__UNI_EDGES, BERT__UNI_SCORES, BERT__UNI_UNK_SCORE_LO, BERT__UNI_UNK_SCORE_HI,
    BERT__UNI_BYTE_PIECES, BERT__UNIGRAM_WORDS
};
enum { BERT__UNI_BYTE_FALLBACK = 1 };

/* BPE model data: BERT__BPE_WORDS settings words, then the tables they point at. */
enum {
    BERT__BPE_FLAGS,                             /* BERT__BPE_BYTE_FALLBACK | _FUSE_UNK | _IGNORE_MERGES */
    BERT__BPE_PREFIX, BERT__BPE_PREFIX_LEN,      /* continuing_subword_prefix (string) */
    BERT__BPE_SUFFIX, BERT__BPE_SUFFIX_LEN,      /* end_of_word_suffix (string) */
    BERT__BPE_MERGE_COUNT,                       /* merges (ranks 0 .. count - 1) */
    BERT__BPE_MERGES, BERT__BPE_MERGE_SLOTS,     /* merge hash table: offset, slot count (a power of two) */
    BERT__BPE_CHAR_IDS,                          /* offset of u32[BERT__BPE_CHARS]: id of each one-character token */
    BERT__BPE_BYTE_IDS,                          /* offset of u32[256]: id of each byte_fallback token <0xXX> */
    BERT__BPE_WORDS = 16
};
enum { BERT__BPE_BYTE_FALLBACK = 1, BERT__BPE_FUSE_UNK = 2, BERT__BPE_IGNORE_MERGES = 4 };
#define BERT__BPE_CHARS 512      /* code points with a direct id lookup (GPT-2's byte alphabet ends at U+0143) */
#define BERT__BPE_MAX_AFFIX 64   /* longest continuing_subword_prefix / end_of_word_suffix, in bytes */
#define BERT__BPE_NONE 0xFFFFFFFFu

typedef struct bert__tokenizer {
    const uint8_t *data;          /* the section; size 0 when the file has none */
    size_t size;
    int model;                    /* BERT__MODEL_* */
    int32_t unk_id, pad_id;       /* -1 when none */
    uint32_t vocab_count;
    const uint32_t *vocab_offsets; /* [vocab_count + 1] into strings */
    const char *strings;
    uint32_t strings_size;
    const uint32_t *hash;         /* id + 1 or 0, open addressing on bert__fnv1a */
    uint32_t hash_mask;
    const uint32_t *normalizers, *pre_tokenizers, *added, *trie_nodes, *trie_edges;
    uint32_t normalizer_count, pre_tokenizer_count, added_count, trie_node_count, trie_edge_count;
    const uint32_t *single, *pair, *template_ids;
    uint32_t single_count, pair_count, template_id_count;
    int trunc_strategy, trunc_direction;
    uint32_t trunc_max_length;    /* the tokenizer file's default; 0 none */
    const uint32_t *model_data;
    uint32_t model_data_words;
    uint32_t post_flags;          /* BERT__POST_* */
} bert__tokenizer;

static int bert__tokenizer_load(bert__tokenizer *tok, const uint8_t *data, size_t size, bert_error *err);
static void bert__tokenizer_free(bert__tokenizer *tok);

/* ========================================================================================== */
/* ---- Loading ----------------------------------------------------------------------------- */

/* A matrix [rows][cols] (or a vector, rows = 1) in the file, used in place. */
typedef struct bert__tensor {
    const void *data;
    bert_dtype dtype;
    int layout;          /* BERT__LAYOUT_* */
    int rows, cols;
} bert__tensor;

typedef struct bert__linear {
    bert__tensor w;      /* [out][in], as PyTorch stores nn.Linear */
    const float *b;      /* [out] */
    const float *outliers;   /* [outlier_count][out] f32: w's columns at the hidden state's outlier dimensions,
                                where w holds zeros (see BERT__T_OUTLIER_MASK), or NULL */
    const int *outlier_dims; /* [outlier_count] ascending (the model's) */
    int outlier_count;
} bert__linear;

typedef struct bert__norm {
    const float *w, *b;  /* [n] */
    float eps;
} bert__norm;

typedef struct bert__layer {
    bert__linear qkv, attn_out, ffn_up, ffn_down;
    bert__norm attn_norm, ffn_norm;
    bert__tensor rel_key, rel_query; /* DeBERTa's c2p and p2c position keys / queries; data NULL without */
} bert__layer;

struct bert_model {
    bert_config cfg;
    const uint8_t *file;         /* the whole file */
    size_t file_size;
    void *owned;                 /* what bert_model_load_file mapped or read, freed with the model */
    int owned_is_mmap;
    const char *name;
    const char **labels;         /* [num_labels] into the string table */
    const char *prompts;         /* name, text, name, text, ...: consecutive strings of the table */
    int num_prompts, default_prompt; /* default_prompt: an index, or -1 */
    bert__tensor word, position, token_type;
    bert__norm emb_norm;
    bert__linear emb_project;    /* w.data NULL when embeddings are already hidden_size */
    bert__layer *layers;         /* unique layers: num_groups * inner_group_num */
    bert__linear pooler;
    int seq_source;              /* BERT__SEQ_FROM_* */
    bert_act seq_act;
    bert__linear seq_pre, seq_out, token_pre, token_out, qa_pre, qa_out;
    bert__norm seq_norm, token_norm, qa_norm; /* w NULL: none */
    bert_act token_act, qa_act;
    bert__linear mlm_dense, mlm_decoder;
    bert_act mlm_act;
    bert__norm mlm_norm;
    bert__linear rtd_dense, rtd_out;
    bert_act rtd_act;
    bert__linear pair_out;
    float *score_bias;           /* [heads][2 max_length - 1]: the relative attention bias of head h
                                    for query position q and key position k at [h][q - k + max_length - 1]
                                    (computed once from the bucket table), or NULL */
    int p2c_unit_steps;          /* p2c_index rises by 0 or 1 from each relative position to the next */
    int32_t *c2p_index, *p2c_index; /* [2 max_length - 1]: DeBERTa's relative embedding row for query
                                    position q and key position k at [q - k + max_length - 1] in the
                                    c2p and the p2c term (computed once), or NULL */
    float score_scale;           /* the attention scores' scale: 1 / sqrt(head size x (1 + the
                                    disentangled terms)) */
    bert__norm final_norm;       /* pre-norm models: after the last layer; w NULL otherwise */
    float *zeros;                /* the biases a model omits (bert_config.omitted) read these zeros */
    float *rope;                 /* rotary models: [2][max_length][head size]: for the global (0) and the
                                    local (1) base, position p's cosines then sines of its head size / 2
                                    angles (computed once); NULL without */
    int has_q8;                  /* some linear weight is q8_0: contexts need quantization scratch */
    int *outlier_dims;           /* [outlier_count] the hidden state's outlier dimensions, ascending, or NULL */
    int outlier_count;
    bert__tokenizer tokenizer;
};

typedef struct bert__file {
    const uint8_t *base;
    size_t size;
    const uint8_t *strings;
    size_t strings_size;
    const uint8_t *tensors;
    uint32_t tensor_count;
    uint64_t data_off, data_size;
} bert__file;

/* Is [off, off + len) inside a region of `size` bytes? Written so it cannot overflow. */
static int bert__in_bounds(uint64_t off, uint64_t len, uint64_t size) { return off <= size && len <= size - off; }

/* The NUL-terminated string at `off` in the string table, or NULL if it runs off the end. */
static const char *bert__string_at(const bert__file *f, uint32_t off) {
    if (off >= f->strings_size) return NULL;
    if (!memchr(f->strings + off, 0, f->strings_size - off)) return NULL;
    return (const char *)f->strings + off;
}

static size_t bert__dtype_size(bert_dtype dtype) { return dtype == BERT_DTYPE_F16 ? 2 : 4; }

/* Tensor layouts (the u32 at offset 12 of a tensor entry). */
enum {
    BERT__LAYOUT_ROWS = 0,   /* row-major */
    BERT__LAYOUT_PANELS = 1, /* f32/f16 panels of 16 rows, column by column (see "Matrix multiply") */
    BERT__LAYOUT_Q8_ROWS = 2, /* q8_0 with one scale per row, from an earlier bert.h: refused */
    BERT__LAYOUT_Q8 = 3      /* q8_0 panels of 16 rows in blocks of 32 columns: scales, then int8 2 columns at a time */
};

/* A q8_0 panel is its columns' blocks of 32 (zero-padded), BERT__Q8_BLOCK_BYTES each: the 16
   rows' f32 scales for the block, then its 16 x 32 int8 weights ("Matrix multiply" has the order). */
#define BERT__Q8_BLOCK 32
#define BERT__Q8_BLOCK_BYTES (64 + 16 * BERT__Q8_BLOCK)

/* What a tensor may be, beyond f32 row-major. */
enum { BERT__ALLOW_F16 = 1, BERT__ALLOW_PANELS = 2, BERT__ALLOW_Q8 = 4 };

/* Bytes of a [rows][cols] tensor: panels pad rows to a multiple of 16; q8_0 panels also pad
   cols to a multiple of 32, each block of 32 with its scales. */
static uint64_t bert__tensor_bytes(uint32_t dtype, uint32_t layout, uint64_t rows, uint64_t cols) {
    uint64_t panels = (rows + 15) / 16;
    if (dtype == BERT_DTYPE_Q8_0) return panels * ((cols + BERT__Q8_BLOCK - 1) / BERT__Q8_BLOCK) * BERT__Q8_BLOCK_BYTES;
    if (layout == BERT__LAYOUT_PANELS) return panels * 16 * cols * bert__dtype_size((bert_dtype)dtype);
    return rows * cols * bert__dtype_size((bert_dtype)dtype);
}

/* Finds tensor `name` and checks its dtype, layout and shape (`allow`: BERT__ALLOW_* bits).
   rows == 0 means a vector of `cols`, always f32.
   Returns 1 found, 0 absent (not an error unless the caller needs it), negative on error. */
static int bert__find_tensor(const bert__file *f, const char *name, int rows, int cols, int allow,
                             bert__tensor *out, bert_error *err) {
    uint32_t i;
    for (i = 0; i < f->tensor_count; i++) {
        const uint8_t *e = f->tensors + (size_t)i * BERT__TENSOR_ENTRY_SIZE;
        const char *tname = bert__string_at(f, bert__u32(e));
        uint32_t dtype = bert__u32(e + 4), ndim = bert__u32(e + 8), layout = bert__u32(e + 12);
        uint64_t off = bert__u64(e + 32), bytes = bert__u64(e + 40), want;
        uint32_t d0 = bert__u32(e + 16), d1 = bert__u32(e + 20), unused = bert__u32(e + 24) | bert__u32(e + 28);
        if (!tname || strcmp(tname, name) != 0) continue;
        if (dtype != BERT_DTYPE_F32 && !(allow & BERT__ALLOW_F16 && dtype == BERT_DTYPE_F16) &&
            !(allow & BERT__ALLOW_Q8 && dtype == BERT_DTYPE_Q8_0))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: dtype %u is not allowed here", name, (unsigned)dtype);
        if (dtype == BERT_DTYPE_Q8_0 && layout == BERT__LAYOUT_PANELS)
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: q8_0 in the blocks of 32 of an earlier bert.h; convert the model again", name);
        if (dtype == BERT_DTYPE_Q8_0 && layout == BERT__LAYOUT_Q8_ROWS)
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: q8_0 with one scale per row, from an earlier bert.h; convert the model again", name);
        if (layout != BERT__LAYOUT_ROWS && !(allow & BERT__ALLOW_PANELS && layout == BERT__LAYOUT_PANELS) &&
            !(allow & BERT__ALLOW_Q8 && layout == BERT__LAYOUT_Q8))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: layout %u is not allowed here", name, (unsigned)layout);
        if ((dtype == BERT_DTYPE_Q8_0) != (layout == BERT__LAYOUT_Q8))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: q8_0 goes with layout 3 and only q8_0 does", name);
        if (unused || (rows == 0 ? (ndim != 1 || d0 != (uint32_t)cols || d1 != 0)
                                 : (ndim != 2 || d0 != (uint32_t)rows || d1 != (uint32_t)cols)))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: shape does not match the config (expected [%d][%d])",
                              name, rows ? rows : cols, rows ? cols : 1);
        want = bert__tensor_bytes(dtype, layout, (uint64_t)(rows ? rows : 1), (uint64_t)cols);
        if (bytes != want || off % BERT__DATA_ALIGN || !bert__in_bounds(off, bytes, f->data_size))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: data size or offset out of range", name);
        out->data = f->base + f->data_off + off;
        out->dtype = (bert_dtype)dtype;
        out->layout = (int)layout;
        out->rows = rows ? rows : 1;
        out->cols = cols;
        return 1;
    }
    return 0;
}

/* Loads "<prefix>.weight" [out][in] and "<prefix>.bias" [out]. required=0: absent is fine.
   zeros: the bias of a model that omits it (the file has none; at least `out` zeros), or NULL. */
static int bert__load_linear(const bert__file *f, const char *prefix, int out, int in, int required, const float *zeros,
                             bert__linear *lin, bert_error *err) {
    char name[96];
    bert__tensor bias;
    int r;
    snprintf(name, sizeof name, "%s.weight", prefix);
    r = bert__find_tensor(f, name, out, in, BERT__ALLOW_F16 | BERT__ALLOW_PANELS | BERT__ALLOW_Q8, &lin->w, err);
    if (r < 0) return r;
    if (r == 0) {
        memset(lin, 0, sizeof *lin);
        return required ? bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name) : 0;
    }
    snprintf(name, sizeof name, "%s.bias", prefix);
    r = bert__find_tensor(f, name, 0, out, 0, &bias, err);
    if (r < 0) return r;
    if (zeros) {
        lin->b = zeros;
        return r ? bert__fail(err, BERT_E_FORMAT, "tensor %s is there but the config says the model has no such bias", name) : 1;
    }
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name);
    lin->b = BERT__CAST(const float *, bias.data);
    return 1;
}

/* The hidden state's outlier dimensions from BERT__T_OUTLIER_MASK (absent: none). */
static int bert__load_outlier_mask(const bert__file *f, bert_model *m, bert_error *err) {
    bert__tensor mask;
    const float *v;
    int H = m->cfg.hidden_size, i, n = 0;
    int r = bert__find_tensor(f, BERT__T_OUTLIER_MASK, 0, H, 0, &mask, err);
    if (r <= 0) return r;
    v = BERT__CAST(const float *, mask.data);
    for (i = 0; i < H; i++) {
        if (v[i] != 0.0f && v[i] != 1.0f)
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: value %g at %d; it must be 0 or 1", BERT__T_OUTLIER_MASK, (double)v[i], i);
        n += v[i] == 1.0f;
    }
    if (n == 0) return 0;
    m->outlier_dims = BERT__CAST(int *, bert__calloc((size_t)n, sizeof *m->outlier_dims));
    if (!m->outlier_dims) return bert__fail(err, BERT_E_NOMEM, "out of memory for %d outlier dimensions", n);
    for (i = 0; i < H; i++)
        if (v[i] == 1.0f) m->outlier_dims[m->outlier_count++] = i;
    return 1;
}

/* "<prefix>.outliers" [outlier_count][out] of a linear reading the hidden state, when the model
   has outlier dimensions. */
static int bert__load_outliers(const bert__file *f, const bert_model *m, const char *prefix, bert__linear *lin, bert_error *err) {
    char name[96];
    bert__tensor t;
    int r;
    if (m->outlier_count == 0) return 0;
    snprintf(name, sizeof name, "%s.%s", prefix, BERT__T_OUTLIERS);
    r = bert__find_tensor(f, name, m->outlier_count, lin->w.rows, 0, &t, err);
    if (r < 0) return r;
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing (the file has %s)", name, BERT__T_OUTLIER_MASK);
    lin->outliers = BERT__CAST(const float *, t.data);
    lin->outlier_dims = m->outlier_dims;
    lin->outlier_count = m->outlier_count;
    return 1;
}

/* "<prefix>.weight" and ".bias" [n]; zeros as in bert__load_linear. */
static int bert__load_norm(const bert__file *f, const char *prefix, int n, float eps, int required, const float *zeros,
                           bert__norm *norm, bert_error *err) {
    char name[96];
    bert__tensor w, b;
    int r;
    snprintf(name, sizeof name, "%s.weight", prefix);
    r = bert__find_tensor(f, name, 0, n, 0, &w, err);
    if (r < 0) return r;
    if (r == 0) return required ? bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name) : 0;
    norm->w = BERT__CAST(const float *, w.data);
    norm->eps = eps;
    norm->b = zeros;
    snprintf(name, sizeof name, "%s.bias", prefix);
    r = bert__find_tensor(f, name, 0, n, 0, &b, err);
    if (r < 0) return r;
    if (zeros) return r ? bert__fail(err, BERT_E_FORMAT, "tensor %s is there but the config says the norms have no bias", name) : 1;
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name);
    norm->b = BERT__CAST(const float *, b.data);
    return 1;
}

/* Reads the header and checks that every section lies inside the file. */
static int bert__open_file(bert__file *f, const uint8_t *p, size_t size, bert_error *err) {
    uint64_t cfg_off, cfg_size, str_off, str_size, tok_off, tok_size, ten_off, data_off, data_size;
    uint32_t version, header_size, count, entry;
    memset(f, 0, sizeof *f);
    if (size < BERT__HEADER_SIZE) return bert__fail(err, BERT_E_FORMAT, "not a bert.h model file: only %lu bytes", (unsigned long)size);
    if (memcmp(p, BERT__MAGIC, 8) != 0) return bert__fail(err, BERT_E_FORMAT, "not a bert.h model file (bad magic)");
    version = bert__u32(p + BERT__H_VERSION);
    if (version < 1 || version > BERT__FORMAT_VERSION)
        return bert__fail(err, BERT_E_UNSUPPORTED, "model file format version %u; this bert.h reads versions 1 to %d", (unsigned)version,
                          BERT__FORMAT_VERSION);
    header_size = bert__u32(p + BERT__H_HEADER_SIZE);
    if (header_size < BERT__HEADER_SIZE || header_size > size) return bert__fail(err, BERT_E_FORMAT, "bad header size %u", (unsigned)header_size);
    if (bert__u64(p + BERT__H_FILE_SIZE) != size)
        return bert__fail(err, BERT_E_FORMAT, "file is %lu bytes but its header says %llu (truncated or padded?)",
                          (unsigned long)size, (unsigned long long)bert__u64(p + BERT__H_FILE_SIZE));
    cfg_off = bert__u64(p + BERT__H_CONFIG_OFF);
    cfg_size = bert__u64(p + BERT__H_CONFIG_SIZE);
    str_off = bert__u64(p + BERT__H_STRINGS_OFF);
    str_size = bert__u64(p + BERT__H_STRINGS_SIZE);
    tok_off = bert__u64(p + BERT__H_TOKENIZER_OFF);
    tok_size = bert__u64(p + BERT__H_TOKENIZER_SIZE);
    ten_off = bert__u64(p + BERT__H_TENSORS_OFF);
    count = bert__u32(p + BERT__H_TENSOR_COUNT);
    entry = bert__u32(p + BERT__H_TENSOR_ENTRY);
    data_off = bert__u64(p + BERT__H_DATA_OFF);
    data_size = bert__u64(p + BERT__H_DATA_SIZE);
    if (!bert__in_bounds(cfg_off, cfg_size, size) || cfg_size % 4 || cfg_size > 4096)
        return bert__fail(err, BERT_E_FORMAT, "config section out of range");
    if (!bert__in_bounds(str_off, str_size, size)) return bert__fail(err, BERT_E_FORMAT, "string table out of range");
    if (!bert__in_bounds(tok_off, tok_size, size)) return bert__fail(err, BERT_E_FORMAT, "tokenizer section out of range");
    if (entry != BERT__TENSOR_ENTRY_SIZE) return bert__fail(err, BERT_E_FORMAT, "bad tensor entry size %u", (unsigned)entry);
    if (count > (size / BERT__TENSOR_ENTRY_SIZE) || !bert__in_bounds(ten_off, (uint64_t)count * entry, size))
        return bert__fail(err, BERT_E_FORMAT, "tensor table out of range (%u tensors)", (unsigned)count);
    if (data_off % BERT__DATA_ALIGN || !bert__in_bounds(data_off, data_size, size))
        return bert__fail(err, BERT_E_FORMAT, "tensor data section out of range or misaligned");
    f->base = p;
    f->size = size;
    f->strings = p + str_off;
    f->strings_size = (size_t)str_size;
    f->tensors = p + ten_off;
    f->tensor_count = count;
    f->data_off = data_off;
    f->data_size = data_size;
    return BERT_OK;
}

static uint32_t bert__config_word(const bert__file *f, int i) {
    uint64_t cfg_off = bert__u64(f->base + BERT__H_CONFIG_OFF), cfg_size = bert__u64(f->base + BERT__H_CONFIG_SIZE);
    return (uint64_t)(i + 1) * 4 <= cfg_size ? bert__u32(f->base + cfg_off + (size_t)i * 4) : 0;
}

static int bert__valid_act(uint32_t a) { return a <= BERT_ACT_TANH; }

/* The reader and the range checks that BERT__CONFIG_WORDS makes, row by row. */
#define BERT__READ_INT(member, type, word) c->member = BERT__CAST(type, (int32_t)(word));
#define BERT__READ_F32(member, type, word) c->member = bert__f32_bits(word);
#define BERT__READ_RAW(member, type, word)
#define BERT__C_READ_ROW(w, kind, member, type, lo, hi) BERT__READ_##kind(member, type, bert__config_word(f, BERT__C_##w))
#define BERT__LIMIT_INT(member, lo, hi) {#member, (int)c->member, lo, hi},
#define BERT__LIMIT_F32(member, lo, hi)
#define BERT__LIMIT_RAW(member, lo, hi)
#define BERT__C_LIMIT_ROW(w, kind, member, type, lo, hi) BERT__LIMIT_##kind(member, lo, hi)

/* Reads and sanity-checks the config words. Limits keep every later size product in range. */
static int bert__read_config(const bert__file *f, bert_config *c, bert_error *err) {
    int i;
    BERT__CONFIG_WORDS(BERT__C_READ_ROW)
    if (c->truncate_length <= 0 || c->truncate_length > c->max_length) c->truncate_length = c->max_length;
    c->has_weights = f->tensor_count > 0;
    if (c->arch < BERT_ARCH_BERT || c->arch > BERT_ARCH_GTE)
        return bert__fail(err, BERT_E_FORMAT, "unknown architecture %d in config", (int)c->arch);
    if (!c->has_weights) return BERT_OK; /* a tokenizer-only file: sizes are not used */
    {
        /* Generous bounds, far above any real checkpoint, that keep int arithmetic safe. */
        const struct { const char *name; int value, lo, hi; } limits[] = {BERT__CONFIG_WORDS(BERT__C_LIMIT_ROW)};
        for (i = 0; i < (int)(sizeof limits / sizeof limits[0]); i++)
            if (limits[i].lo <= limits[i].hi && (limits[i].value < limits[i].lo || limits[i].value > limits[i].hi))
                return bert__fail(err, BERT_E_FORMAT, "config %s = %d is out of range [%d, %d]", limits[i].name,
                                  limits[i].value, limits[i].lo, limits[i].hi);
    }
    if (c->hidden_size % c->num_heads)
        return bert__fail(err, BERT_E_FORMAT, "hidden_size %d is not a multiple of num_heads %d", c->hidden_size, c->num_heads);
    if (c->num_layers % c->num_groups)
        return bert__fail(err, BERT_E_FORMAT, "num_layers %d is not a multiple of num_groups %d", c->num_layers, c->num_groups);
    if (!bert__valid_act(c->hidden_act) || c->hidden_act == BERT_ACT_NONE)
        return bert__fail(err, BERT_E_FORMAT, "unknown activation %d", (int)c->hidden_act);
    if (!(c->layer_norm_eps > 0 && c->layer_norm_eps < 1)) return bert__fail(err, BERT_E_FORMAT, "layer_norm_eps out of range");
    if (c->positions != BERT_POSITIONS_ABSOLUTE && c->positions != BERT_POSITIONS_PADDED && c->positions != BERT_POSITIONS_NONE)
        return bert__fail(err, BERT_E_FORMAT, "unknown position rule %d", (int)c->positions);
    if (c->positions == BERT_POSITIONS_PADDED && (c->pad_id < 0 || c->pad_id >= c->max_position_embeddings))
        return bert__fail(err, BERT_E_FORMAT, "padded positions need a pad id below max_position_embeddings");
    if (c->pad_id >= c->vocab_size || c->pad_id < -1) return bert__fail(err, BERT_E_FORMAT, "pad id %d out of range", c->pad_id);
    {
        /* The last usable position index must exist in the position table. */
        int first = c->positions == BERT_POSITIONS_PADDED ? c->pad_id + 1 : 0;
        if (c->positions != BERT_POSITIONS_NONE && first + c->max_length > c->max_position_embeddings)
            return bert__fail(err, BERT_E_FORMAT, "max_length %d exceeds the position table (%d)", c->max_length, c->max_position_embeddings);
    }
    if (c->pooling < BERT_POOL_CLS || c->pooling > BERT_POOL_SPLADE_SUM)
        return bert__fail(err, BERT_E_FORMAT, "unknown default pooling %d", (int)c->pooling);
    if (c->pooling >= BERT_POOL_SPLADE && !(c->heads & BERT_HEAD_MLM))
        return bert__fail(err, BERT_E_FORMAT, "default pooling %s reads the masked-LM head, which this model has not",
                          bert_pooling_name(c->pooling));
    if (c->dtype != BERT_DTYPE_F32 && c->dtype != BERT_DTYPE_F16 && c->dtype != BERT_DTYPE_Q8_0) return bert__fail(err, BERT_E_FORMAT, "unknown dtype %d", (int)c->dtype);
    if (c->relative_buckets && (c->relative_buckets < 4 || c->relative_buckets % 2 || c->relative_max_distance <= c->relative_buckets / 4))
        return bert__fail(err, BERT_E_FORMAT, "relative attention bias: %d buckets up to distance %d (an even count >= 4, a distance past "
                          "the exact buckets)", c->relative_buckets, c->relative_max_distance);
    if (c->disentangled_terms && (c->disentangled_span < 1 || (c->position_buckets && c->max_relative_positions <= c->position_buckets / 2 + 1)))
        return bert__fail(err, BERT_E_FORMAT, "disentangled attention: span %d, %d buckets up to %d (a span >= 1; buckets that reach "
                          "past their exact half)", c->disentangled_span, c->position_buckets, c->max_relative_positions);
    if (c->rope_theta != 0 && (!(c->rope_theta > 0 && c->rope_theta < 1e30f) || !(c->rope_local_theta > 0 && c->rope_local_theta < 1e30f) ||
                               (c->hidden_size / c->num_heads) % 2))
        return bert__fail(err, BERT_E_FORMAT, "rotary position embedding: bases %g and %g (both > 0) on heads of %d (an even size)",
                          (double)c->rope_theta, (double)c->rope_local_theta, c->hidden_size / c->num_heads);
    if (c->rope_theta == 0 && c->rope_local_theta != 0) return bert__fail(err, BERT_E_FORMAT, "a local rotary base without a global one");
    if (c->rope_factor != 0 && (!(c->rope_factor > 0 && c->rope_factor < 1e30f) || c->rope_theta == 0))
        return bert__fail(err, BERT_E_FORMAT, "rotary frequency factor %g: > 0, and only with a rotary base", (double)c->rope_factor);
    if (c->global_every > 1 && c->local_window < 1)
        return bert__fail(err, BERT_E_FORMAT, "local attention layers (global_every %d) need a window >= 1", c->global_every);
    if ((c->omitted & BERT_OMIT_FIRST_ATTN_NORM) && !c->pre_norm)
        return bert__fail(err, BERT_E_FORMAT, "only a pre-norm model can leave out layer 0's attention norm");
    if ((c->heads & (BERT_HEAD_SEQ_CLS | BERT_HEAD_TOKEN_CLS)) && c->num_labels < 1)
        return bert__fail(err, BERT_E_FORMAT, "a classification head needs num_labels >= 1");
    if ((c->heads & BERT_HEAD_CHOICE) && (!(c->heads & BERT_HEAD_SEQ_CLS) || c->num_labels != 1))
        return bert__fail(err, BERT_E_FORMAT, "a multiple-choice head is a sequence classifier with one label (num_labels %d)", c->num_labels);
    return BERT_OK;
}

static int bert__load_labels(bert_model *m, const bert__file *f, bert_error *err) {
    uint32_t off = bert__config_word(f, BERT__C_LABELS_STR);
    int i, n = m->cfg.num_labels;
    if (n == 0) return BERT_OK;
    m->labels = BERT__CAST(const char **, bert__calloc((size_t)n, sizeof *m->labels));
    if (!m->labels) return bert__fail(err, BERT_E_NOMEM, "out of memory for %d labels", n);
    for (i = 0; i < n; i++) {
        const char *s = bert__string_at(f, off);
        if (!s) return bert__fail(err, BERT_E_FORMAT, "label %d runs off the string table", i);
        m->labels[i] = s;
        off += (uint32_t)strlen(s) + 1;
    }
    return BERT_OK;
}

/* The prompts are 2 * num_prompts consecutive strings (name, text); each must end in the table. */
static int bert__load_prompts(bert_model *m, const bert__file *f, bert_error *err) {
    uint32_t first = bert__config_word(f, BERT__C_PROMPTS_STR), off = first;
    uint32_t n = bert__config_word(f, BERT__C_NUM_PROMPTS), def = bert__config_word(f, BERT__C_DEFAULT_PROMPT), i;
    m->default_prompt = -1;
    if (n > 65536) return bert__fail(err, BERT_E_FORMAT, "config num_prompts = %u is out of range [0, 65536]", (unsigned)n);
    if (def > n) return bert__fail(err, BERT_E_FORMAT, "default prompt %u of %u prompts", (unsigned)def, (unsigned)n);
    if (n == 0) return BERT_OK;
    for (i = 0; i < 2 * n; i++) {
        const char *s = bert__string_at(f, off);
        if (!s) return bert__fail(err, BERT_E_FORMAT, "prompt %u runs off the string table", (unsigned)(i / 2));
        off += (uint32_t)strlen(s) + 1;
    }
    m->prompts = bert__string_at(f, first);
    m->num_prompts = (int)n;
    m->default_prompt = (int)def - 1;
    return BERT_OK;
}

static void bert__row(const bert__tensor *t, int r, float *out);

/* Linear i of the model: the embedding projection and the heads, then each unique layer's four;
   NULL past the last. For what applies to every linear alike. */
static bert__linear *bert__linear_at(bert_model *m, int i) {
    bert__linear *heads[] = {&m->emb_project, &m->pooler, &m->seq_pre, &m->seq_out, &m->token_pre, &m->token_out, &m->qa_pre, &m->qa_out,
                             &m->mlm_dense, &m->mlm_decoder, &m->rtd_dense, &m->rtd_out, &m->pair_out};
    int n = (int)(sizeof heads / sizeof heads[0]), unique = m->cfg.num_groups * m->cfg.inner_group_num;
    bert__layer *l;
    if (i < n) return heads[i];
    if ((i - n) / 4 >= unique) return NULL;
    l = &m->layers[(i - n) / 4];
    switch ((i - n) % 4) {
    case 0: return &l->qkv;
    case 1: return &l->attn_out;
    case 2: return &l->ffn_up;
    default: return &l->ffn_down;
    }
}

/* The bucket of key - query distance `dist` in a T5-style bidirectional scheme of `buckets`
   buckets (MPNet's relative_position_bucket): half for keys before the query, half after; in each
   half, distances below a quarter of `buckets` have their own bucket and longer ones share
   log-spaced buckets up to max_distance. In float, as Hugging Face computes it, so that the
   truncation falls alike at the boundaries. */
static int bert__relative_bucket(int dist, int buckets, int max_distance) {
    int half = buckets / 2, exact = half / 2, n = -dist, bucket = n < 0 ? half : 0, large;
    if (n < 0) n = -n;
    if (n < exact) return bucket + n;
    large = exact + (int)(logf((float)n / (float)exact) / (float)log((double)max_distance / exact) * (float)(half - exact));
    return bucket + (large < half - 1 ? large : half - 1);
}

/* MPNet's relative attention bias depends on positions only: computed once here for every
   query - key distance a sequence can have, as model->score_bias (see struct bert_model). */
static int bert__load_score_bias(bert_model *m, const bert__file *f, bert_error *err) {
    const bert_config *c = &m->cfg;
    int L = c->max_length, span = 2 * L - 1, h, d, r;
    bert__tensor table;
    float *row;
    if (c->relative_buckets == 0) return BERT_OK;
    r = bert__find_tensor(f, BERT__T_REL_BIAS, c->relative_buckets, c->num_heads, BERT__ALLOW_F16, &table, err);
    if (r < 0) return r;
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", BERT__T_REL_BIAS);
    m->score_bias = BERT__CAST(float *, bert__calloc((size_t)c->num_heads * span + (size_t)c->num_heads, sizeof(float)));
    if (!m->score_bias) return bert__fail(err, BERT_E_NOMEM, "out of memory for the relative attention bias");
    row = m->score_bias + (size_t)c->num_heads * span; /* one row of the table, read as floats */
    for (d = 0; d < span; d++) { /* d = q - k + L - 1 */
        bert__row(&table, bert__relative_bucket(L - 1 - d, c->relative_buckets, c->relative_max_distance), row);
        for (h = 0; h < c->num_heads; h++) m->score_bias[(size_t)h * span + d] = row[h];
    }
    return BERT_OK;
}

/* DeBERTa's relative position of a query `rel` tokens after its key (make_log_bucket_position):
   as it is within half the buckets, else log-spaced up to max_position, in float as Hugging Face
   computes it so that the rounding falls alike. */
static int bert__log_bucket(int rel, int buckets, int max_position) {
    int mid = buckets / 2, mag = rel < 0 ? -rel : rel, sign = rel < 0 ? -1 : rel > 0 ? 1 : 0;
    float logpos;
    if (buckets <= 0 || max_position <= 0 || mag <= mid) return rel;
    logpos = ceilf(logf((float)mag / (float)mid) / logf((float)((double)(max_position - 1) / mid)) * (float)(mid - 1)) + (float)mid;
    return (int)logpos * sign;
}

/* DeBERTa's attention adds, to the score of query q and key k, q against the relative embedding
   row c2p(q - k) through the key projection, and k against row p2c(q - k) through the query
   projection. Which rows depends on positions only: computed once here, with the scale. */
static int bert__load_disentangled(bert_model *m, bert_error *err) {
    const bert_config *c = &m->cfg;
    int L = c->max_length, span = c->disentangled_span, d, terms = 1 + (c->disentangled_terms & BERT_C2P ? 1 : 0) +
                                                              (c->disentangled_terms & BERT_P2C ? 1 : 0);
    m->score_scale = 1.0f / sqrtf((float)(c->hidden_size / c->num_heads * terms));
    if (!c->disentangled_terms) return BERT_OK;
    m->c2p_index = BERT__CAST(int32_t *, bert__calloc((size_t)2 * (2 * L - 1), sizeof(int32_t)));
    if (!m->c2p_index) return bert__fail(err, BERT_E_NOMEM, "out of memory for the relative positions");
    m->p2c_index = m->c2p_index + 2 * L - 1;
    for (d = -(L - 1); d <= L - 1; d++) {
        /* c2p: the query's relative position to the key; p2c: minus the key's to the query. */
        int a = bert__log_bucket(d, c->position_buckets, c->max_relative_positions) + span;
        int b = -bert__log_bucket(-d, c->position_buckets, c->max_relative_positions) + span;
        m->c2p_index[d + L - 1] = a < 0 ? 0 : a > 2 * span - 1 ? 2 * span - 1 : a;
        m->p2c_index[d + L - 1] = b < 0 ? 0 : b > 2 * span - 1 ? 2 * span - 1 : b;
    }
    m->p2c_unit_steps = 1;
    for (d = 1; d < 2 * L - 1; d++)
        if (m->p2c_index[d] - m->p2c_index[d - 1] != 0 && m->p2c_index[d] - m->p2c_index[d - 1] != 1) m->p2c_unit_steps = 0;
    return BERT_OK;
}

/* Layer l's DeBERTa position keys and queries, [2 span][H] in panels (a micro-kernel operand). */
static int bert__load_relative(const bert__file *f, const bert_config *c, const char *name, bert__tensor *t, bert_error *err) {
    int r = bert__find_tensor(f, name, 2 * c->disentangled_span, c->hidden_size, BERT__ALLOW_F16 | BERT__ALLOW_PANELS, t, err);
    if (r < 0) return r;
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name);
    if (t->layout != BERT__LAYOUT_PANELS) return bert__fail(err, BERT_E_FORMAT, "tensor %s must be in panels (layout 1)", name);
    return BERT_OK;
}

/* A classifier's norm after its first product's activation (act): there exactly when the config's
   head_norms has `bit`. */
static int bert__load_head_norm(const bert__file *f, const char *name, unsigned norms, unsigned bit, bert_act act, int H, float eps,
                                const float *zeros, bert__norm *norm, bert_error *err) {
    int r;
    if (norms & ~(unsigned)(BERT__NORM_AFTER_SEQ | BERT__NORM_AFTER_TOKEN | BERT__NORM_AFTER_QA) || (norms & bit && act == BERT_ACT_NONE))
        return bert__fail(err, BERT_E_FORMAT, "config head_norms = %u: unknown bits, or a norm after a classifier product it lacks", norms);
    if ((r = bert__load_norm(f, name, H, eps, 0, zeros, norm, err)) < 0) return r;
    if (!(norms & bit) != !norm->w)
        return bert__fail(err, BERT_E_FORMAT, "tensor %s: the config's head_norms says the classifier has %s", name,
                          norm->w ? "no such norm" : "one");
    return BERT_OK;
}

/* Rotary models: the cosines and sines of every position's angles, for the global and the local
   base (model->rope), as Hugging Face computes them: the inverse frequencies 1 / base^(2i / d)
   (divided by rope_factor when there is one, as its "linear" scaling does) and their products with
   the position in float, the cosine and sine of that float. */
static int bert__load_rope(bert_model *m, bert_error *err) {
    const bert_config *c = &m->cfg;
    int d = c->hidden_size / c->num_heads, half = d / 2, L = c->max_length, t, p, i;
    if (c->rope_theta == 0) return BERT_OK;
    m->rope = BERT__CAST(float *, bert__calloc((size_t)2 * L * d, sizeof(float)));
    if (!m->rope) return bert__fail(err, BERT_E_NOMEM, "out of memory for the rotary tables (%d positions)", L);
    for (t = 0; t < 2; t++) {
        float base = t == 0 ? c->rope_theta : c->rope_local_theta;
        for (i = 0; i < half; i++) {
            float inv = 1.0f / powf(base, (float)(2 * i) / (float)d);
            if (c->rope_factor != 0) inv /= c->rope_factor;
            for (p = 0; p < L; p++) {
                float *row = m->rope + ((size_t)t * L + p) * d, angle = (float)p * inv;
                row[i] = (float)cos((double)angle);
                row[half + i] = (float)sin((double)angle);
            }
        }
    }
    return BERT_OK;
}

static int bert__load_weights(bert_model *m, const bert__file *f, bert_error *err) {
    const bert_config *c = &m->cfg;
    int H = c->hidden_size, E = c->embedding_size, I = c->intermediate_size, r, i;
    int unique = c->num_groups * c->inner_group_num, mlm_dim, up = c->gated_ffn ? 2 * I : I;
    char name[96];
    float eps = c->layer_norm_eps;
    const float *zeros, *attn_zeros, *ffn_zeros, *up_zeros, *norm_zeros, *head_zeros;

#define BERT__TRY(call) do { if ((r = (call)) < 0) return r; } while (0)
#define BERT__NEED(call, what) do { if ((r = (call)) < 0) return r; \
        if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", what); } while (0)

    if (c->omitted) { /* as wide as the widest omitted bias: 3H, 2I, E, H */
        size_t n = (size_t)3 * H > (size_t)up ? (size_t)3 * H : (size_t)up;
        m->zeros = BERT__CAST(float *, bert__calloc(n > (size_t)E ? n : (size_t)E, sizeof(float)));
        if (!m->zeros) return bert__fail(err, BERT_E_NOMEM, "out of memory");
    }
    zeros = m->zeros;
    attn_zeros = c->omitted & BERT_OMIT_ATTN_BIAS ? zeros : NULL;
    ffn_zeros = c->omitted & BERT_OMIT_FFN_BIAS ? zeros : NULL;
    up_zeros = c->omitted & (BERT_OMIT_FFN_BIAS | BERT_OMIT_FFN_UP_BIAS) ? zeros : NULL;
    norm_zeros = c->omitted & BERT_OMIT_NORM_BIAS ? zeros : NULL;
    head_zeros = c->omitted & BERT_OMIT_HEAD_BIAS ? zeros : NULL;
    BERT__NEED(bert__find_tensor(f, BERT__T_WORD, c->vocab_size, E, BERT__ALLOW_F16, &m->word, err), BERT__T_WORD);
    if (c->positions != BERT_POSITIONS_NONE)
        BERT__NEED(bert__find_tensor(f, BERT__T_POSITION, c->max_position_embeddings, E, BERT__ALLOW_F16, &m->position, err), BERT__T_POSITION);
    if (c->type_vocab_size > 0)
        BERT__NEED(bert__find_tensor(f, BERT__T_TOKEN_TYPE, c->type_vocab_size, E, BERT__ALLOW_F16, &m->token_type, err), BERT__T_TOKEN_TYPE);
    BERT__TRY(bert__load_norm(f, BERT__T_EMB_NORM, E, eps, 1, norm_zeros, &m->emb_norm, err));
    BERT__TRY(bert__load_linear(f, BERT__T_EMB_PROJECT, H, E, E != H, NULL, &m->emb_project, err));
    if (c->pre_norm) BERT__TRY(bert__load_norm(f, BERT__T_FINAL_NORM, H, eps, 1, norm_zeros, &m->final_norm, err));

    BERT__TRY(bert__load_outlier_mask(f, m, err));
    m->layers = BERT__CAST(bert__layer *, bert__calloc((size_t)unique, sizeof *m->layers));
    if (!m->layers) return bert__fail(err, BERT_E_NOMEM, "out of memory for %d layers", unique);
    for (i = 0; i < unique; i++) {
        bert__layer *l = &m->layers[i];
#define BERT__LAYER_NAME(part) (snprintf(name, sizeof name, "layers.%d.%s", i, part), name)
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_QKV), 3 * H, H, 1, attn_zeros, &l->qkv, err));
        BERT__TRY(bert__load_outliers(f, m, name, &l->qkv, err));
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_ATTN_OUT), H, H, 1, attn_zeros, &l->attn_out, err));
        if (i > 0 || !(c->omitted & BERT_OMIT_FIRST_ATTN_NORM))
            BERT__TRY(bert__load_norm(f, BERT__LAYER_NAME(BERT__T_ATTN_NORM), H, eps, 1, norm_zeros, &l->attn_norm, err));
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_FFN_UP), up, H, 1, up_zeros, &l->ffn_up, err));
        BERT__TRY(bert__load_outliers(f, m, name, &l->ffn_up, err));
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_FFN_DOWN), H, I, 1, ffn_zeros, &l->ffn_down, err));
        BERT__TRY(bert__load_norm(f, BERT__LAYER_NAME(BERT__T_FFN_NORM), H, eps, 1, norm_zeros, &l->ffn_norm, err));
        if (c->disentangled_terms & BERT_C2P) BERT__TRY(bert__load_relative(f, c, BERT__LAYER_NAME(BERT__T_REL_KEY), &l->rel_key, err));
        if (c->disentangled_terms & BERT_P2C) BERT__TRY(bert__load_relative(f, c, BERT__LAYER_NAME(BERT__T_REL_QUERY), &l->rel_query, err));
#undef BERT__LAYER_NAME
    }

    if (c->heads & BERT_HEAD_POOLER) BERT__TRY(bert__load_linear(f, BERT__T_POOLER, H, H, 1, NULL, &m->pooler, err));
    if (c->heads & BERT_HEAD_SEQ_CLS) {
        unsigned norms = bert__config_word(f, BERT__C_HEAD_NORMS);
        m->seq_source = (int)bert__config_word(f, BERT__C_SEQ_SOURCE);
        m->seq_act = (bert_act)bert__config_word(f, BERT__C_SEQ_ACT);
        if (m->seq_source == BERT__SEQ_FROM_POOLER && !(c->heads & BERT_HEAD_POOLER))
            return bert__fail(err, BERT_E_FORMAT, "sequence classifier reads a pooler the model does not have");
        if (m->seq_source != BERT__SEQ_FROM_POOLER && m->seq_source != BERT__SEQ_FROM_FIRST_TOKEN && m->seq_source != BERT__SEQ_FROM_MEAN)
            return bert__fail(err, BERT_E_FORMAT, "unknown sequence-classifier input %d", m->seq_source);
        if (!bert__valid_act(m->seq_act)) return bert__fail(err, BERT_E_FORMAT, "unknown classifier activation");
        BERT__TRY(bert__load_linear(f, BERT__T_SEQ_PRE, H, H, m->seq_act != BERT_ACT_NONE, head_zeros, &m->seq_pre, err));
        BERT__TRY(bert__load_head_norm(f, BERT__T_SEQ_NORM, norms, BERT__NORM_AFTER_SEQ, m->seq_act, H, eps, norm_zeros, &m->seq_norm, err));
        BERT__TRY(bert__load_linear(f, BERT__T_SEQ_OUT, c->num_labels, H, 1, NULL, &m->seq_out, err));
    }
    if (c->heads & BERT_HEAD_TOKEN_CLS) {
        unsigned norms = bert__config_word(f, BERT__C_HEAD_NORMS);
        m->token_act = (bert_act)bert__config_word(f, BERT__C_TOKEN_ACT);
        if (!bert__valid_act(m->token_act)) return bert__fail(err, BERT_E_FORMAT, "unknown token-classifier activation");
        if (m->token_act != BERT_ACT_NONE) BERT__TRY(bert__load_linear(f, BERT__T_TOKEN_PRE, H, H, 1, head_zeros, &m->token_pre, err));
        BERT__TRY(bert__load_head_norm(f, BERT__T_TOKEN_NORM, norms, BERT__NORM_AFTER_TOKEN, m->token_act, H, eps, norm_zeros, &m->token_norm,
                                       err));
        BERT__TRY(bert__load_linear(f, BERT__T_TOKEN_OUT, c->num_labels, H, 1, NULL, &m->token_out, err));
    }
    if (c->heads & BERT_HEAD_QA) {
        unsigned norms = bert__config_word(f, BERT__C_HEAD_NORMS);
        m->qa_act = (bert_act)bert__config_word(f, BERT__C_QA_ACT);
        if (!bert__valid_act(m->qa_act)) return bert__fail(err, BERT_E_FORMAT, "unknown QA-head activation");
        if (m->qa_act != BERT_ACT_NONE) BERT__TRY(bert__load_linear(f, BERT__T_QA_PRE, H, H, 1, head_zeros, &m->qa_pre, err));
        BERT__TRY(bert__load_head_norm(f, BERT__T_QA_NORM, norms, BERT__NORM_AFTER_QA, m->qa_act, H, eps, norm_zeros, &m->qa_norm, err));
        BERT__TRY(bert__load_linear(f, BERT__T_QA_OUT, 2, H, 1, NULL, &m->qa_out, err));
    }
    if (c->heads & BERT_HEAD_MLM) {
        /* The transform goes to the embedding width E (ALBERT, the ELECTRA generator), which is
           H for the models without an embedding projection. */
        mlm_dim = E;
        m->mlm_act = (bert_act)bert__config_word(f, BERT__C_MLM_ACT);
        if (!bert__valid_act(m->mlm_act) || m->mlm_act == BERT_ACT_NONE) return bert__fail(err, BERT_E_FORMAT, "unknown MLM activation");
        BERT__TRY(bert__load_linear(f, BERT__T_MLM_DENSE, mlm_dim, H, 1, head_zeros, &m->mlm_dense, err));
        BERT__TRY(bert__load_norm(f, BERT__T_MLM_NORM, mlm_dim, bert__f32_bits(bert__config_word(f, BERT__C_MLM_EPS)), 1,
                                  norm_zeros, &m->mlm_norm, err));
        if (!(m->mlm_norm.eps > 0 && m->mlm_norm.eps < 1)) return bert__fail(err, BERT_E_FORMAT, "MLM layer-norm eps out of range");
        BERT__TRY(bert__load_linear(f, BERT__T_MLM_DECODER, c->vocab_size, mlm_dim, 1, NULL, &m->mlm_decoder, err));
    }
    if (c->heads & BERT_HEAD_RTD) {
        m->rtd_act = (bert_act)bert__config_word(f, BERT__C_RTD_ACT);
        if (!bert__valid_act(m->rtd_act) || m->rtd_act == BERT_ACT_NONE) return bert__fail(err, BERT_E_FORMAT, "unknown RTD activation");
        BERT__TRY(bert__load_linear(f, BERT__T_RTD_DENSE, H, H, 1, NULL, &m->rtd_dense, err));
        BERT__TRY(bert__load_linear(f, BERT__T_RTD_OUT, 1, H, 1, NULL, &m->rtd_out, err));
    }
    if (c->heads & (BERT_HEAD_NSP | BERT_HEAD_SOP)) {
        if (!(c->heads & BERT_HEAD_POOLER)) return bert__fail(err, BERT_E_FORMAT, "NSP/SOP head without a pooler");
        BERT__TRY(bert__load_linear(f, BERT__T_PAIR_OUT, 2, H, 1, NULL, &m->pair_out, err));
    }
    BERT__TRY(bert__load_rope(m, err));
    BERT__TRY(bert__load_score_bias(m, f, err));
    BERT__TRY(bert__load_disentangled(m, err));
#undef BERT__TRY
#undef BERT__NEED
    {
        const bert__linear *lin;
        for (i = 0; (lin = bert__linear_at(m, i)) != NULL; i++) m->has_q8 |= lin->w.dtype == BERT_DTYPE_Q8_0;
    }
    return BERT_OK;
}

BERTDEF void bert_model_free(bert_model *m) {
    if (!m) return;
    bert__tokenizer_free(&m->tokenizer);
    BERT_FREE(BERT__CAST(void *, m->labels));
    BERT_FREE(m->layers);
    BERT_FREE(m->outlier_dims);
    BERT_FREE(m->score_bias);
    BERT_FREE(m->c2p_index);
    BERT_FREE(m->zeros);
    BERT_FREE(m->rope);
#ifdef BERT__HAVE_MMAP
    if (m->owned && m->owned_is_mmap) munmap(m->owned, m->file_size);
    else
#endif
        BERT_FREE(m->owned);
    BERT_FREE(m);
}

BERTDEF int bert_model_load_memory(bert_model **out, const void *data, size_t size, bert_error *err) {
    bert__file f;
    bert_model *m;
    int r;
    const uint8_t *p = BERT__CAST(const uint8_t *, data);
    {
        const uint16_t one = 1; /* the file is little-endian and used in place */
        if (*BERT__CAST(const uint8_t *, (const void *)&one) != 1)
            return bert__fail(err, BERT_E_UNSUPPORTED, "bert.h needs a little-endian host");
    }
    if (!out) return bert__fail(err, BERT_E_ARG, "bert_model_load_memory: out is NULL");
    *out = NULL;
    if (!data) return bert__fail(err, BERT_E_ARG, "bert_model_load_memory: data is NULL");
    if ((uintptr_t)data % BERT__DATA_ALIGN)
        return bert__fail(err, BERT_E_ARG, "model data must be %d-byte aligned", BERT__DATA_ALIGN);
    if ((r = bert__open_file(&f, p, size, err)) != BERT_OK) return r;
    m = BERT__CAST(bert_model *, bert__calloc(1, sizeof *m));
    if (!m) return bert__fail(err, BERT_E_NOMEM, "out of memory");
    m->file = p;
    m->file_size = size;
    if ((r = bert__read_config(&f, &m->cfg, err)) != BERT_OK) goto fail;
    m->name = bert__string_at(&f, bert__config_word(&f, BERT__C_NAME_STR));
    if (!m->name) m->name = "";
    if ((r = bert__load_prompts(m, &f, err)) != BERT_OK) goto fail;
    if (m->cfg.has_weights) {
        if ((r = bert__load_labels(m, &f, err)) != BERT_OK) goto fail;
        if ((r = bert__load_weights(m, &f, err)) != BERT_OK) goto fail;
    }
    if (bert__u64(p + BERT__H_TOKENIZER_SIZE) > 0) {
        r = bert__tokenizer_load(&m->tokenizer, p + bert__u64(p + BERT__H_TOKENIZER_OFF),
                                 (size_t)bert__u64(p + BERT__H_TOKENIZER_SIZE), err);
        if (r != BERT_OK) goto fail;
    }
    *out = m;
    bert__ok(err);
    return BERT_OK;
fail:
    bert_model_free(m);
    return r;
}

#ifndef BERT_NO_STDIO
#ifndef BERT__HAVE_MMAP
/* Without stat: a directory opens as a FILE on some systems and seeks to an end ~2^63 bytes away.
   A model file must give its first byte before a buffer is sized by its length. */
static int bert__check_regular_file(FILE *fp, const char *path, bert_error *err) {
    if (getc(fp) == EOF)
        return bert__fail(err, BERT_E_IO, ferror(fp) ? "cannot read %s: not a regular file, or unreadable" : "%s is empty", path);
    return fseek(fp, 0, SEEK_SET) == 0 ? BERT_OK : bert__fail(err, BERT_E_IO, "cannot read %s", path);
}
#endif

BERTDEF int bert_model_load_file(bert_model **out, const char *path, bert_error *err) {
    void *buf = NULL;
    size_t size = 0;
    int is_mmap = 0, r;
    if (!out || !path) return bert__fail(err, BERT_E_ARG, "bert_model_load_file: NULL argument");
    *out = NULL;
#ifdef BERT__HAVE_MMAP
    {
        struct stat st;
        /* O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; fstat then
           refuses it with the other non-regular files. It changes nothing for a regular file. */
        int fd = open(path, O_RDONLY | O_NONBLOCK);
        if (fd < 0) return bert__fail(err, BERT_E_IO, "cannot open %s", path);
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            close(fd);
            return bert__fail(err, BERT_E_IO, "%s is not a regular file", path);
        }
        size = (size_t)st.st_size;
        if (size == 0) {
            close(fd);
            return bert__fail(err, BERT_E_FORMAT, "%s is empty", path);
        }
        buf = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd);
        if (buf == MAP_FAILED) return bert__fail(err, BERT_E_IO, "cannot map %s", path);
        is_mmap = 1;
    }
#else
    {
        /* Read into a buffer aligned to BERT__DATA_ALIGN (malloc promises less). */
        FILE *fp = fopen(path, "rb");
        long len;
        uint8_t *aligned;
        if (!fp) return bert__fail(err, BERT_E_IO, "cannot open %s", path);
        if ((r = bert__check_regular_file(fp, path, err)) != BERT_OK) {
            fclose(fp);
            return r;
        }
        if (fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) <= 0 || fseek(fp, 0, SEEK_SET) != 0) {
            fclose(fp);
            return bert__fail(err, BERT_E_IO, "cannot read %s", path);
        }
        size = (size_t)len;
        buf = BERT_MALLOC(size + BERT__DATA_ALIGN);
        if (!buf) { fclose(fp); return bert__fail(err, BERT_E_NOMEM, "out of memory reading %s", path); }
        aligned = BERT__CAST(uint8_t *, buf) + (BERT__DATA_ALIGN - (uintptr_t)buf % BERT__DATA_ALIGN) % BERT__DATA_ALIGN;
        if (fread(aligned, 1, size, fp) != size) {
            fclose(fp);
            BERT_FREE(buf);
            return bert__fail(err, BERT_E_IO, "cannot read %s", path);
        }
        fclose(fp);
        r = bert_model_load_memory(out, aligned, size, err);
    }
#endif
#ifdef BERT__HAVE_MMAP
    r = bert_model_load_memory(out, buf, size, err);
#endif
    if (r != BERT_OK) {
#ifdef BERT__HAVE_MMAP
        munmap(buf, size);
#else
        BERT_FREE(buf);
#endif
        return r;
    }
    (*out)->owned = buf;
    (*out)->owned_is_mmap = is_mmap;
    return BERT_OK;
}
#endif

BERTDEF const bert_config *bert_model_config(const bert_model *m) { return m ? &m->cfg : NULL; }

BERTDEF const char *bert_model_label(const bert_model *m, int i) {
    return m && m->labels && i >= 0 && i < m->cfg.num_labels ? m->labels[i] : NULL;
}

BERTDEF int bert_model_prompt_count(const bert_model *m) { return m ? m->num_prompts : 0; }

/* String 2i (the name) or 2i + 1 (the text) of the prompts, checked when the model was loaded. */
static const char *bert__prompt_string(const bert_model *m, int i) {
    const char *s;
    if (!m || i < 0 || i >= 2 * m->num_prompts) return NULL;
    for (s = m->prompts; i > 0; i--) s += strlen(s) + 1;
    return s;
}

BERTDEF const char *bert_model_prompt_name(const bert_model *m, int i) {
    return i >= 0 && i < (m ? m->num_prompts : 0) ? bert__prompt_string(m, 2 * i) : NULL;
}

BERTDEF const char *bert_model_prompt_text(const bert_model *m, int i) {
    return i >= 0 && i < (m ? m->num_prompts : 0) ? bert__prompt_string(m, 2 * i + 1) : NULL;
}

BERTDEF int bert_model_find_prompt(const bert_model *m, const char *name) {
    int i;
    if (!m) return -1;
    if (!name) return m->default_prompt;
    for (i = 0; i < m->num_prompts; i++)
        if (strcmp(bert_model_prompt_name(m, i), name) == 0) return i;
    return -1;
}

BERTDEF const char *bert_arch_name(bert_arch a) {
    static const char *names[] = {"?", "bert", "albert", "roberta", "xlm-roberta", "electra", "distilbert", "mpnet", "deberta-v2",
                                  "modernbert", "nomic_bert", "gte"};
    return a >= BERT_ARCH_BERT && a <= BERT_ARCH_GTE ? names[a] : "?";
}

BERTDEF const char *bert_act_name(bert_act a) {
    static const char *names[] = {"none", "gelu", "gelu_tanh", "quick_gelu", "relu", "silu", "tanh"};
    return (unsigned)a <= BERT_ACT_TANH ? names[a] : "?";
}

BERTDEF const char *bert_pooling_name(bert_pooling p) {
    static const char *names[] = {"?", "cls", "mean", "max", "mean_sqrt_len", "splade", "splade_sum"};
    return p >= BERT_POOL_CLS && p <= BERT_POOL_SPLADE_SUM ? names[p] : "?";
}

BERTDEF const char *bert_dtype_name(bert_dtype d) {
    return d == BERT_DTYPE_F32 ? "f32" : d == BERT_DTYPE_F16 ? "f16" : d == BERT_DTYPE_Q8_0 ? "q8_0" : "?";
}

/* ========================================================================================== */
/* ---- Tokenizer --------------------------------------------------------------------------- */

#ifndef BERT_NO_TOKENIZER

/* ---- Unicode ----------------------------------------------------------------------------- */

/* The tables below are written by tools/gen_unicode.c (make unicode) from the Unicode Character
   Database; its header explains which Unicode version answers which question, as Hugging Face's
   own dependencies do. Sizes: the property trie ~22.5 KB, lowercase ~2.2 KB, canonical
   decompositions and compositions ~20.7 KB (NFD, NFC, BertNormalizer's accent stripping),
   compatibility decompositions ~32.8 KB (NFKD, NFKC only; BERT_NO_COMPATIBILITY_DECOMPOSITION
   leaves them out), grapheme cluster break runs ~4.2 KB (the Precompiled normalizer only;
   BERT_NO_UNIGRAM leaves them out). BERT_NO_TOKENIZER leaves out all of it. */

typedef struct bert__case_range {
    uint32_t first;
    uint16_t count;
    uint8_t stride;
    int32_t delta;
} bert__case_range;

/* BEGIN GENERATED UNICODE TABLES (tools/gen_unicode.c; do not edit by hand) */
#define BERT__UNICODE_VERSION "15.0.0"
/* Property records: general category | combining class << 8 | flags << 16. */
static const uint32_t bert__uprop_records[160] = {
    0x2001A, 0x3001A, 0x10017, 0x40012, 0x14, 0x4000E, 0x4000F, 0x13,
    0x4000D, 0x200009, 0x2000013, 0x2600001, 0x600001, 0x15, 0x24000C, 0x2200002,
    0x200002, 0x1010017, 0x16, 0x3000015, 0x1200005, 0x40010, 0x2001B, 0x1000015,
    0x100000B, 0x1200002, 0x40011, 0x1E00001, 0x3E00001, 0x1A00002, 0x3A00002, 0x1600001,
    0x3200002, 0x200005, 0x1600003, 0x1200004, 0x200004, 0x238E606, 0x38E606, 0x38E806,
    0x38DC06, 0x238D806, 0x38CA06, 0x238DC06, 0x238CA06, 0x380106, 0x2380106, 0x1B8E606,
    0x238F006, 0x380006, 0x38E906, 0x38EA06, 0x1A00004, 0x0, 0x1840012, 0x1800015,
    0x3200001, 0x1A00001, 0x300008, 0x38DE06, 0x38E406, 0x380A06, 0x380B06, 0x380C06,
    0x380D06, 0x380E06, 0x380F06, 0x381006, 0x381106, 0x381206, 0x381306, 0x381406,
    0x381506, 0x381606, 0x381706, 0x381806, 0x381906, 0x381E06, 0x381F06, 0x382006,
    0x12, 0x1A00005, 0x2200005, 0x381B06, 0x381C06, 0x381D06, 0x382106, 0x382206,
    0x382306, 0x382406, 0x200006, 0x1B, 0x30E606, 0x300007, 0x2380706, 0x380906,
    0x380706, 0x2300007, 0x1B00007, 0xB, 0x2380006, 0x1B80006, 0x385406, 0x2385B06,
    0x3B00007, 0x200007, 0x2380906, 0x386706, 0x386B06, 0x387606, 0x387A06, 0x1040012,
    0x38D806, 0x388106, 0x388206, 0x388406, 0x1380006, 0x20000A, 0x300907, 0x38D606,
    0x1E00003, 0x1810017, 0x22001B, 0x104000D, 0x10018, 0x10019, 0x1000013, 0x104000E,
    0x104000F, 0x1000014, 0x1000016, 0x1200001, 0x160000A, 0x120000A, 0x1800013, 0x1800016,
    0x2000016, 0x184000E, 0x184000F, 0x1600016, 0x1200016, 0xE, 0xF, 0xD,
    0x38DA06, 0x30E007, 0x2380806, 0x2200004, 0x300006, 0x3A00005, 0x1C, 0x2001D,
    0x381A06, 0x124000C, 0x1200009, 0x300906, 0x300706, 0x30D807, 0x30E207, 0x200016,
};
#define BERT__UPROP_LEAF_BITS 4
#define BERT__UPROP_MID_BITS 5
static const uint8_t bert__uprop_top[2176] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
    24, 25, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 27, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 28, 26, 29, 30, 31, 32, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 34, 35, 35, 35, 35, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
    26, 57, 58, 59, 59, 59, 59, 60, 26, 26, 61, 59, 59, 59, 59, 59, 59, 59, 26, 62, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 26, 63, 59, 64, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 65, 26, 26, 66, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 67,
    68, 69, 59, 59, 59, 59, 70, 59, 59, 59, 59, 59, 59, 59, 59, 71, 72, 73, 74, 75, 76, 77, 59, 78,
    79, 80, 81, 82, 83, 59, 84, 85, 86, 87, 76, 88, 89, 90, 59, 59, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 91, 26, 26, 26, 26, 26, 26, 26, 92, 93, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 94,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 95, 59, 59, 59, 59, 59, 59, 96, 97, 59, 59,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 98, 26, 26, 26, 26, 26, 26, 26, 99, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 100, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 101, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 101,
};
static const uint16_t bert__uprop_mid[3264] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 36, 36, 36, 37, 36, 38, 39, 40, 41, 42,
    43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 57, 65,
    66, 57, 57, 57, 67, 68, 69, 70, 57, 57, 57, 71, 72, 73, 36, 36, 74, 75, 76, 77, 78, 79, 80, 81,
    82, 83, 84, 79, 85, 86, 87, 88, 79, 79, 79, 79, 89, 90, 91, 92, 93, 94, 79, 95, 96, 79, 79, 79,
    79, 79, 97, 98, 99, 79, 100, 101, 79, 102, 103, 104, 79, 105, 106, 79, 107, 108, 79, 79, 109, 110, 111, 112,
    113, 79, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 121, 122, 129, 130, 131, 132, 133,
    134, 135, 122, 136, 137, 138, 126, 139, 140, 121, 122, 141, 142, 143, 126, 144, 145, 146, 147, 148, 149, 150, 132, 151,
    152, 153, 122, 154, 155, 156, 126, 157, 158, 153, 122, 159, 160, 161, 126, 162, 163, 153, 79, 164, 165, 166, 126, 167,
    168, 169, 79, 170, 171, 172, 132, 173, 174, 79, 79, 175, 176, 177, 178, 178, 179, 79, 180, 181, 182, 183, 178, 178,
    184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 178, 178, 79, 79, 198, 199, 200, 201, 202, 203,
    204, 205, 72, 72, 206, 36, 36, 207, 208, 209, 79, 79, 79, 79, 210, 211, 79, 79, 212, 208, 209, 79, 79, 79,
    79, 79, 79, 79, 213, 214, 79, 79, 213, 79, 79, 215, 216, 217, 79, 79, 79, 216, 79, 79, 79, 218, 219, 220,
    79, 221, 72, 72, 72, 72, 72, 222, 223, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 224, 79,
    225, 226, 79, 79, 79, 79, 227, 228, 79, 229, 79, 230, 79, 231, 232, 233, 79, 79, 79, 234, 235, 236, 237, 238,
    239, 237, 79, 79, 240, 79, 79, 241, 242, 79, 243, 79, 79, 79, 79, 244, 79, 245, 246, 247, 248, 79, 249, 250,
    79, 79, 251, 79, 252, 253, 254, 254, 79, 255, 79, 79, 79, 256, 257, 258, 237, 237, 259, 260, 261, 178, 178, 178,
    262, 263, 79, 264, 265, 200, 266, 267, 268, 79, 269, 99, 79, 79, 270, 271, 79, 79, 272, 273, 274, 99, 79, 275,
    276, 72, 72, 277, 278, 279, 280, 281, 36, 36, 282, 283, 284, 285, 286, 287, 36, 288, 285, 285, 289, 290, 291, 292,
    31, 31, 31, 293, 31, 294, 15, 31, 31, 295, 296, 297, 298, 31, 31, 299, 300, 301, 300, 302, 301, 303, 300, 304,
    305, 305, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326,
    327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 254, 338, 339, 254, 340, 341, 342, 343, 344, 345, 342, 346, 347,
    348, 349, 350, 351, 342, 342, 352, 342, 353, 254, 354, 254, 254, 254, 254, 355, 254, 356, 342, 357, 254, 358, 359, 254,
    254, 254, 360, 178, 361, 178, 332, 332, 332, 362, 363, 364, 365, 366, 367, 368, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 254, 254, 369, 370, 254, 254, 371, 254, 254, 254, 254, 254, 254, 372, 254, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 254, 254, 254, 254, 254, 373, 374, 368, 375, 254, 254, 376, 342, 377, 342, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 254, 254, 254, 254, 254, 254, 254, 342, 342, 342, 342, 342, 342, 342, 342, 378, 379, 342, 342, 342, 380, 342, 381,
    382, 342, 342, 342, 342, 342, 342, 383, 342, 342, 342, 342, 342, 384, 342, 342, 254, 254, 254, 342, 385, 254, 254, 386,
    254, 387, 254, 254, 254, 254, 254, 254, 72, 72, 72, 36, 36, 36, 388, 389, 57, 57, 57, 57, 57, 57, 390, 391,
    36, 36, 392, 79, 79, 79, 393, 394, 79, 395, 396, 396, 396, 396, 291, 291, 397, 398, 399, 400, 401, 402, 178, 178,
    254, 403, 254, 254, 254, 254, 254, 404, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 405, 178, 406,
    407, 408, 409, 410, 411, 412, 413, 414, 79, 415, 416, 412, 413, 414, 417, 418, 419, 79, 79, 420, 421, 421, 421, 421,
    422, 423, 79, 79, 254, 254, 424, 79, 363, 425, 426, 363, 427, 428, 363, 429, 426, 363, 363, 428, 363, 363, 363, 429,
    363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 363, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 254, 254, 254, 254, 79, 430, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    431, 254, 254, 254, 360, 79, 79, 275, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    432, 79, 433, 178, 57, 57, 434, 435, 57, 436, 79, 79, 79, 79, 437, 438, 42, 439, 440, 441, 57, 57, 57, 442,
    443, 444, 445, 446, 447, 448, 178, 449, 450, 79, 451, 452, 79, 79, 79, 453, 454, 79, 79, 455, 456, 237, 291, 457,
    99, 79, 458, 79, 459, 460, 79, 431, 113, 79, 79, 461, 462, 463, 464, 465, 79, 79, 466, 467, 468, 469, 79, 470,
    79, 79, 79, 471, 472, 473, 474, 475, 476, 477, 396, 36, 36, 478, 479, 36, 36, 36, 36, 36, 79, 79, 480, 237,
    481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481,
    481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 481,
    481, 481, 481, 481, 481, 481, 481, 481, 481, 481, 482, 79, 483, 79, 79, 251, 484, 484, 484, 484, 484, 484, 484, 484,
    484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484, 484,
    485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485,
    485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485,
    486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 487, 488, 489, 486, 486, 486, 490, 486,
    486, 486, 486, 486, 486, 491, 178, 178, 492, 493, 494, 495, 496, 421, 421, 421, 421, 421, 421, 497, 498, 499, 421, 421,
    421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 421, 500, 254, 421, 421, 421,
    421, 501, 421, 421, 502, 178, 178, 503, 504, 505, 506, 507, 508, 509, 510, 511, 421, 421, 421, 421, 421, 421, 421, 512,
    513, 514, 515, 516, 517, 518, 519, 520, 421, 521, 421, 422, 522, 523, 524, 525, 526, 79, 217, 527, 249, 249, 178, 178,
    79, 79, 79, 79, 79, 79, 79, 106, 528, 368, 368, 529, 530, 530, 530, 531, 532, 533, 534, 178, 178, 254, 254, 535,
    178, 178, 178, 178, 178, 178, 178, 178, 79, 431, 79, 79, 79, 138, 536, 537, 79, 79, 538, 79, 539, 79, 79, 540,
    79, 541, 79, 79, 542, 543, 178, 178, 72, 72, 544, 36, 36, 79, 79, 79, 79, 249, 237, 72, 72, 545, 36, 546,
    79, 79, 547, 79, 79, 79, 548, 549, 549, 550, 551, 552, 178, 178, 178, 178, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 395, 79, 244, 547, 178, 553, 554, 554, 555, 178, 178, 178, 178,
    556, 79, 79, 557, 79, 558, 79, 559, 79, 245, 560, 178, 178, 178, 79, 561, 79, 562, 79, 563, 178, 178, 178, 178,
    79, 79, 79, 564, 368, 565, 368, 368, 566, 567, 79, 568, 569, 570, 79, 571, 79, 572, 178, 178, 573, 79, 574, 575,
    79, 79, 79, 576, 79, 577, 79, 578, 79, 579, 580, 178, 178, 178, 178, 178, 79, 79, 79, 79, 241, 178, 178, 178,
    72, 72, 72, 581, 36, 36, 36, 582, 79, 79, 583, 237, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 368, 584, 79, 79, 585, 586, 178, 178, 178, 587, 79, 572, 588, 79, 589, 590, 178, 79,
    591, 178, 178, 79, 592, 178, 79, 395, 593, 79, 79, 594, 595, 565, 596, 597, 268, 598, 599, 600, 601, 79, 241, 237,
    602, 79, 603, 604, 605, 79, 79, 606, 268, 79, 79, 607, 608, 609, 610, 611, 79, 135, 612, 613, 614, 178, 178, 178,
    615, 616, 617, 79, 79, 618, 619, 237, 620, 121, 122, 621, 622, 623, 624, 625, 178, 178, 178, 178, 178, 178, 178, 178,
    79, 79, 79, 626, 627, 628, 586, 178, 79, 79, 79, 629, 630, 237, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    79, 79, 631, 632, 633, 634, 178, 178, 79, 79, 79, 635, 636, 237, 637, 178, 79, 79, 638, 639, 237, 178, 178, 178,
    79, 640, 641, 642, 395, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 79, 79, 643, 644, 178, 178, 178, 178,
    178, 178, 72, 72, 36, 36, 186, 645, 646, 647, 79, 648, 649, 237, 178, 178, 178, 178, 650, 79, 79, 651, 652, 178,
    653, 79, 79, 654, 655, 656, 79, 79, 657, 658, 659, 79, 79, 79, 79, 241, 660, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 122, 79, 661, 662, 663, 186, 220, 664, 79, 665, 666, 667, 178, 178, 178, 178,
    668, 79, 79, 669, 670, 237, 671, 79, 672, 673, 237, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 79, 674, 675, 153, 79, 676, 677, 237, 178, 178, 178, 178, 178, 138, 368, 678, 679, 680,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 252, 178, 178, 178, 178, 178, 178, 530, 530, 530, 530, 530, 530, 681, 682, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 683, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 79, 79, 79, 79, 79, 79, 684, 79, 79, 79, 685, 686, 687, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 79, 79, 79, 79, 395, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    79, 79, 79, 241, 79, 245, 463, 79, 79, 79, 79, 245, 237, 79, 249, 688, 79, 79, 79, 689, 690, 691, 692, 693,
    79, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 72, 72, 36, 36, 368, 694, 178, 178, 178, 178, 178, 178,
    79, 79, 79, 79, 695, 696, 697, 698, 699, 700, 178, 178, 178, 178, 701, 702, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 547,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 244, 178, 178, 241, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 703, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 704, 705, 178, 706, 707, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 251, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 79, 79, 79, 79, 79, 79, 106, 431, 241, 708, 709, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 710, 710, 711, 710, 712, 254, 254, 254, 254, 254, 254, 254, 424, 178, 178, 178,
    254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 713, 254, 254, 714, 254, 254, 715, 716, 717,
    718, 254, 719, 720, 721, 254, 361, 178, 254, 254, 254, 254, 722, 178, 178, 178, 178, 178, 178, 178, 368, 723, 368, 723,
    254, 254, 254, 254, 254, 360, 368, 569, 178, 178, 178, 178, 178, 178, 178, 178, 724, 725, 726, 727, 728, 729, 730, 724,
    731, 732, 733, 734, 735, 724, 725, 726, 736, 737, 726, 738, 739, 740, 741, 724, 742, 726, 724, 725, 726, 727, 728, 726,
    730, 724, 731, 741, 724, 742, 726, 724, 725, 726, 743, 724, 744, 745, 746, 747, 726, 748, 724, 749, 750, 751, 752, 726,
    753, 724, 754, 726, 755, 756, 756, 756, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 504, 504, 504, 757, 504, 504, 758, 759,
    760, 761, 762, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 763, 764, 765, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 766, 767, 768, 554, 554, 554, 769, 178, 770, 178, 178, 178, 178, 178, 178, 178,
    79, 79, 431, 771, 772, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 79, 773, 178, 79, 79, 774, 775, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 79, 776, 237, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 777, 245, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 778, 779, 178, 178, 72, 72, 780, 36, 781, 782, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 610, 368, 368, 783, 784, 178, 178, 178, 178, 610, 368, 785, 786, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 787, 421, 788, 789, 790, 791, 792, 793, 794, 795, 796, 795, 178, 178, 178, 797,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 254, 254, 406, 254, 254, 254, 254, 254,
    254, 424, 798, 799, 799, 799, 254, 713, 800, 363, 429, 366, 801, 802, 803, 802, 804, 805, 806, 178, 178, 178, 807, 254,
    808, 363, 363, 809, 810, 811, 713, 178, 178, 178, 178, 178, 178, 178, 178, 178, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 254, 254, 254, 254, 254, 254, 812, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 813, 533, 533,
    254, 254, 254, 254, 254, 254, 254, 814, 254, 254, 254, 254, 254, 221, 406, 534, 406, 254, 254, 254, 815, 221, 254, 254,
    815, 254, 806, 816, 178, 178, 178, 178, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 254, 254, 254, 254, 424, 806, 533, 817, 254, 254, 818, 819, 406, 817, 817, 254, 254, 254, 254, 254, 254, 254, 254,
    254, 820, 254, 254, 361, 178, 178, 237, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 178, 178,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 252, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 249, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 586, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 138, 178,
    486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486, 486,
    486, 486, 486, 486, 486, 486, 486, 486, 486, 490, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178,
    178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 178, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 106, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79, 79,
    79, 79, 79, 178, 178, 178, 178, 178, 821, 178, 822, 822, 822, 822, 822, 822, 178, 178, 178, 178, 178, 178, 178, 178,
    504, 504, 504, 504, 504, 504, 504, 504, 504, 504, 504, 504, 504, 504, 504, 178, 485, 485, 485, 485, 485, 485, 485, 485,
    485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 485, 823,
};
static const uint8_t bert__uprop_leaf[13184] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 3, 4, 3, 3, 3, 5, 6, 3, 7, 3, 8, 3, 3,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 3, 3, 10, 10, 10, 3, 3, 11, 11, 11, 11, 11, 11, 11,
    11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 11, 11, 11, 11, 11, 11, 11, 11, 11, 5, 3, 6, 13, 14,
    13, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 16, 15, 15, 15, 15, 15, 15,
    15, 15, 15, 5, 7, 6, 7, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    17, 3, 4, 4, 4, 4, 18, 3, 19, 18, 20, 21, 7, 22, 18, 23, 18, 7, 24, 24, 23, 25, 3, 3,
    23, 24, 20, 26, 24, 24, 24, 3, 27, 27, 28, 27, 28, 28, 11, 28, 27, 27, 28, 27, 27, 27, 27, 28,
    12, 27, 27, 27, 28, 28, 28, 7, 11, 27, 27, 27, 28, 27, 12, 16, 29, 29, 30, 29, 30, 30, 15, 30,
    29, 29, 30, 29, 29, 29, 29, 30, 16, 29, 29, 29, 30, 30, 30, 7, 15, 29, 29, 29, 30, 29, 16, 29,
    27, 29, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 12, 16, 28, 30, 27, 29, 27, 29,
    27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 12, 16, 27, 29, 27, 29, 27, 29, 27, 29,
    27, 16, 31, 25, 27, 29, 27, 29, 16, 27, 29, 27, 29, 27, 29, 31, 25, 12, 16, 27, 29, 27, 29, 27,
    29, 25, 12, 16, 28, 30, 27, 29, 27, 29, 12, 16, 27, 29, 27, 29, 27, 29, 28, 30, 27, 29, 27, 29,
    28, 30, 27, 29, 27, 29, 12, 16, 28, 30, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29,
    27, 27, 29, 27, 29, 27, 29, 32, 16, 12, 12, 16, 12, 16, 12, 12, 16, 12, 12, 12, 16, 16, 12, 12,
    12, 12, 16, 12, 12, 16, 12, 12, 12, 16, 16, 16, 12, 12, 16, 12, 28, 30, 12, 16, 12, 16, 12, 12,
    16, 12, 16, 16, 12, 16, 12, 28, 30, 12, 12, 12, 16, 12, 16, 11, 12, 16, 16, 33, 12, 16, 16, 16,
    33, 33, 33, 33, 31, 34, 25, 31, 34, 25, 31, 34, 25, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27,
    29, 27, 29, 27, 29, 16, 27, 29, 27, 29, 27, 29, 12, 16, 27, 29, 27, 29, 28, 30, 27, 29, 27, 29,
    29, 31, 34, 25, 27, 29, 12, 12, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29,
    27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 12, 16, 27, 29,
    12, 16, 12, 16, 12, 16, 28, 30, 28, 30, 27, 29, 27, 29, 28, 30, 27, 29, 27, 29, 16, 16, 16, 16,
    16, 16, 12, 12, 16, 12, 12, 16, 16, 12, 16, 12, 12, 12, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 15, 16, 33, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 35, 35, 35, 35, 35, 35, 35, 35, 35, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 13, 13, 13, 13, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 13, 13, 13, 13, 13, 13,
    23, 23, 23, 23, 23, 23, 13, 13, 35, 35, 35, 35, 35, 13, 13, 13, 13, 13, 13, 13, 36, 13, 36, 13,
    13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 37, 37, 37, 37, 37, 38, 37, 37,
    37, 37, 37, 37, 37, 38, 38, 37, 38, 37, 38, 37, 37, 39, 40, 40, 40, 40, 39, 41, 40, 40, 40, 40,
    40, 42, 42, 43, 43, 43, 43, 44, 44, 40, 40, 40, 40, 43, 43, 40, 43, 43, 40, 40, 45, 45, 45, 45,
    46, 40, 40, 40, 40, 38, 38, 38, 47, 47, 37, 47, 47, 48, 38, 40, 40, 40, 38, 38, 38, 40, 40, 49,
    38, 38, 38, 40, 40, 40, 40, 38, 39, 40, 40, 38, 50, 51, 51, 50, 51, 51, 50, 38, 38, 38, 38, 38,
    38, 38, 38, 38, 38, 38, 38, 38, 12, 16, 12, 16, 52, 13, 12, 16, 53, 53, 35, 16, 16, 16, 54, 12,
    53, 53, 53, 53, 23, 55, 27, 54, 27, 27, 27, 53, 27, 53, 27, 27, 29, 11, 12, 12, 12, 11, 12, 11,
    12, 11, 12, 12, 12, 12, 12, 11, 12, 11, 53, 12, 12, 11, 12, 12, 12, 11, 27, 27, 30, 29, 30, 29,
    29, 15, 16, 16, 16, 15, 16, 15, 16, 15, 16, 16, 16, 16, 16, 15, 16, 15, 16, 16, 16, 15, 16, 16,
    16, 15, 30, 30, 29, 29, 30, 12, 25, 25, 56, 57, 57, 25, 25, 16, 12, 16, 12, 16, 12, 16, 12, 16,
    12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 25, 25, 25, 16, 31, 25, 7, 12,
    16, 31, 12, 16, 16, 12, 12, 12, 27, 27, 12, 27, 12, 12, 11, 27, 12, 12, 12, 12, 27, 27, 27, 12,
    11, 12, 12, 11, 12, 11, 11, 11, 11, 27, 11, 12, 12, 12, 11, 12, 12, 12, 12, 11, 12, 12, 12, 11,
    12, 12, 12, 11, 12, 11, 12, 12, 15, 16, 16, 15, 16, 15, 15, 15, 15, 29, 15, 16, 16, 16, 15, 16,
    16, 16, 16, 15, 16, 16, 16, 15, 16, 16, 16, 15, 16, 15, 16, 16, 29, 29, 16, 29, 16, 16, 15, 29,
    16, 16, 16, 16, 29, 29, 29, 16, 12, 16, 12, 16, 11, 15, 27, 29, 12, 16, 12, 16, 12, 16, 12, 16,
    12, 16, 18, 38, 38, 38, 38, 38, 58, 58, 12, 16, 12, 16, 12, 16, 12, 27, 29, 12, 16, 12, 16, 12,
    16, 12, 16, 12, 16, 12, 16, 16, 27, 29, 27, 29, 12, 16, 27, 29, 11, 15, 27, 29, 27, 29, 27, 29,
    12, 16, 27, 29, 27, 29, 27, 29, 11, 15, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 12, 16,
    27, 29, 12, 16, 12, 16, 12, 16, 53, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 53,
    53, 36, 3, 3, 3, 3, 3, 3, 16, 16, 16, 16, 16, 16, 16, 25, 16, 3, 8, 53, 53, 18, 18, 4,
    53, 40, 38, 38, 38, 38, 40, 38, 38, 38, 59, 40, 38, 38, 38, 38, 38, 38, 40, 40, 40, 40, 40, 40,
    38, 38, 40, 38, 38, 59, 60, 38, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 70, 71, 72, 73, 8, 74,
    3, 75, 76, 3, 38, 40, 3, 69, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 33,
    33, 33, 33, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 22, 22, 22, 22, 22, 22, 7, 7,
    7, 3, 3, 4, 3, 3, 18, 18, 38, 38, 38, 38, 38, 38, 38, 38, 77, 78, 79, 3, 22, 80, 3, 3,
    33, 33, 81, 81, 81, 81, 81, 82, 33, 33, 33, 33, 33, 33, 33, 33, 36, 33, 33, 33, 33, 33, 33, 33,
    82, 33, 82, 83, 84, 85, 77, 78, 79, 86, 87, 37, 37, 43, 40, 38, 38, 38, 38, 38, 40, 38, 38, 40,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 3, 3, 3, 3, 33, 33, 88, 33, 33, 33, 33, 20, 20, 20,
    20, 33, 33, 33, 33, 33, 33, 33, 81, 82, 81, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 82, 81, 3, 82, 38, 38, 38, 38, 38, 38, 38, 22, 18, 38, 38, 38, 38, 40, 38, 36, 36, 38,
    38, 18, 40, 38, 38, 40, 33, 33, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 33, 33, 33, 18, 18, 33,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 53, 22, 33, 89, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 38, 40, 38, 38, 40, 38, 38, 40, 40, 40, 38, 40, 40, 38, 40, 38,
    38, 38, 40, 38, 40, 38, 40, 38, 40, 38, 38, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 49, 49,
    49, 49, 49, 49, 49, 49, 49, 49, 49, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 38, 38, 38, 38, 38, 38, 38, 40, 38, 36, 36, 18, 3, 3, 3, 36, 53, 53, 90, 4, 4,
    33, 33, 33, 33, 33, 33, 38, 38, 38, 38, 36, 38, 38, 38, 38, 38, 38, 38, 38, 38, 36, 38, 38, 38,
    36, 38, 38, 38, 38, 38, 53, 53, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 40, 40, 40, 53, 53, 3, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 13, 33, 33, 33, 33, 33, 33, 53,
    91, 91, 53, 53, 53, 53, 53, 53, 90, 90, 90, 90, 90, 90, 90, 90, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 36, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92,
    92, 92, 91, 40, 38, 38, 40, 38, 38, 40, 38, 38, 38, 40, 40, 40, 83, 84, 85, 38, 38, 38, 40, 38,
    38, 40, 40, 38, 38, 38, 38, 38, 49, 49, 49, 93, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 82, 81, 33, 33, 33, 33, 33, 33, 82, 81, 33, 82, 81, 33, 33, 33,
    33, 33, 49, 93, 94, 33, 93, 93, 93, 49, 49, 49, 49, 49, 49, 49, 49, 93, 93, 93, 93, 95, 93, 93,
    33, 38, 40, 38, 38, 49, 49, 49, 81, 81, 81, 81, 81, 81, 81, 81, 33, 33, 49, 49, 3, 3, 9, 9,
    9, 9, 9, 9, 9, 9, 9, 9, 3, 36, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 49, 93, 93, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 33, 33, 53, 53, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33,
    33, 53, 33, 53, 53, 53, 33, 33, 33, 33, 53, 53, 96, 33, 97, 93, 93, 49, 49, 49, 49, 53, 53, 97,
    93, 53, 53, 98, 98, 95, 33, 53, 53, 53, 53, 53, 53, 53, 53, 97, 53, 53, 53, 53, 81, 81, 53, 81,
    33, 33, 49, 49, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 33, 33, 4, 4, 99, 99, 99, 99,
    99, 99, 18, 4, 33, 80, 90, 53, 53, 49, 49, 93, 53, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 33,
    33, 53, 33, 81, 53, 33, 81, 53, 33, 33, 53, 53, 96, 53, 93, 93, 93, 49, 49, 53, 53, 53, 53, 49,
    49, 53, 53, 49, 49, 95, 53, 53, 53, 49, 53, 53, 53, 53, 53, 53, 53, 81, 81, 81, 33, 53, 81, 53,
    53, 53, 53, 53, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 49, 49, 33, 33, 33, 49, 80, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 49, 49, 93, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33,
    33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 53, 33, 33, 33,
    33, 33, 53, 53, 96, 33, 93, 93, 93, 49, 49, 49, 49, 49, 53, 49, 49, 93, 53, 93, 93, 95, 53, 53,
    33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 3, 4, 53, 53, 53, 53, 53, 53,
    53, 33, 90, 90, 90, 90, 90, 90, 53, 49, 93, 93, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 33,
    33, 53, 33, 33, 53, 33, 33, 33, 33, 33, 53, 53, 96, 33, 97, 49, 93, 49, 49, 49, 49, 53, 53, 97,
    98, 53, 53, 98, 98, 95, 53, 53, 53, 53, 53, 53, 53, 90, 100, 97, 53, 53, 53, 53, 81, 81, 53, 33,
    18, 33, 99, 99, 99, 99, 99, 99, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 49, 33, 53, 33, 33, 33,
    33, 33, 33, 53, 53, 53, 33, 33, 33, 53, 82, 33, 81, 33, 53, 53, 53, 33, 33, 53, 33, 53, 33, 33,
    53, 53, 53, 33, 33, 53, 53, 53, 33, 33, 33, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 53, 53, 53, 53, 97, 93, 49, 93, 93, 53, 53, 53, 97, 97, 93, 53, 98, 98, 98, 95, 53, 53,
    33, 53, 53, 53, 53, 53, 53, 97, 53, 53, 53, 53, 53, 53, 53, 53, 99, 99, 99, 18, 18, 18, 18, 18,
    18, 4, 18, 53, 53, 53, 53, 53, 49, 93, 93, 93, 90, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33,
    33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 53, 53, 90, 33, 49, 49, 49, 93, 93, 93, 93, 53, 100, 49, 101, 53, 49, 49, 49, 95, 53, 53,
    53, 53, 53, 53, 53, 102, 103, 53, 33, 33, 33, 53, 53, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 80,
    99, 99, 99, 99, 99, 99, 99, 18, 33, 49, 93, 93, 80, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33,
    33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 53, 53, 96, 33, 93, 100, 98, 93, 97, 93, 93, 53, 100, 98,
    98, 53, 104, 98, 49, 95, 53, 53, 53, 53, 53, 53, 53, 97, 97, 53, 53, 53, 53, 53, 53, 33, 33, 53,
    53, 33, 33, 105, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 90, 49, 93, 93, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 90, 90, 33, 97, 93,
    93, 49, 49, 49, 49, 53, 97, 97, 93, 53, 98, 98, 98, 95, 33, 18, 53, 53, 53, 53, 33, 33, 33, 97,
    99, 99, 99, 99, 99, 99, 99, 33, 99, 99, 99, 99, 99, 99, 99, 99, 99, 18, 33, 33, 33, 33, 33, 33,
    53, 90, 93, 93, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53,
    53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 106, 53, 53, 53, 53, 97, 93, 93, 49, 49, 49, 53, 49, 53,
    93, 97, 98, 93, 104, 98, 98, 97, 53, 53, 93, 93, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 49, 33, 20, 49, 49, 49, 49,
    107, 107, 95, 53, 53, 53, 53, 4, 33, 33, 33, 33, 33, 33, 36, 49, 108, 108, 108, 108, 49, 49, 49, 3,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 53, 33, 53, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33,
    33, 33, 33, 33, 53, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 49, 33, 20, 49, 49, 49, 49,
    109, 109, 90, 49, 49, 33, 53, 53, 33, 33, 33, 33, 33, 53, 36, 53, 110, 110, 110, 110, 49, 49, 90, 53,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 53, 53, 20, 20, 33, 33, 33, 18, 18, 18, 3, 3, 3, 3,
    3, 3, 3, 3, 111, 3, 3, 3, 3, 3, 3, 18, 3, 18, 18, 18, 40, 40, 18, 18, 18, 18, 18, 18,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 18, 40, 18, 40,
    18, 112, 5, 6, 5, 6, 93, 93, 33, 33, 33, 81, 33, 33, 33, 33, 53, 33, 33, 33, 33, 81, 33, 33,
    33, 33, 81, 33, 33, 33, 33, 81, 33, 33, 33, 33, 81, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 81, 33, 33, 33, 53, 53, 53, 53, 113, 114, 101, 115, 101, 101, 116, 101, 116, 114, 114, 114, 114, 49, 93,
    114, 101, 38, 38, 95, 3, 38, 38, 33, 33, 33, 33, 33, 49, 49, 49, 49, 49, 49, 101, 49, 49, 49, 49,
    53, 49, 49, 49, 49, 101, 49, 49, 49, 49, 101, 49, 49, 49, 49, 101, 49, 49, 49, 49, 101, 49, 49, 49,
    49, 49, 49, 49, 49, 49, 49, 49, 49, 101, 49, 49, 49, 53, 18, 18, 18, 18, 18, 18, 18, 18, 40, 18,
    18, 18, 18, 18, 18, 53, 18, 18, 3, 3, 3, 3, 3, 18, 18, 18, 18, 3, 3, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 82, 81, 33, 33, 33, 33, 93, 93, 49, 100, 49, 49, 93, 49, 49, 49, 49, 49, 96,
    93, 95, 95, 93, 93, 49, 49, 33, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 3, 3, 3, 3, 3, 3,
    33, 33, 33, 33, 33, 33, 93, 93, 49, 49, 33, 33, 33, 33, 49, 49, 49, 33, 93, 93, 93, 33, 33, 93,
    93, 93, 93, 93, 93, 93, 33, 33, 33, 49, 49, 49, 49, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 49, 93, 93, 49, 49, 93, 93, 93, 93, 93, 93, 40, 33, 93, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 93, 93, 93, 49, 18, 18, 12, 12, 12, 12, 12, 12, 53, 12, 53, 53, 53, 53, 53, 12, 53, 53,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 3, 35, 16, 16, 16, 82, 82, 82, 82, 82, 82, 82, 82,
    82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 82, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 82, 82, 82, 82, 82, 82, 82, 82,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 53, 53, 33, 33, 33, 33, 33, 33, 33, 53,
    33, 53, 33, 33, 33, 33, 53, 53, 33, 53, 33, 33, 33, 33, 53, 53, 33, 33, 33, 33, 33, 33, 33, 53,
    33, 53, 33, 33, 33, 33, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 38, 38, 38,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 53, 53,
    12, 12, 12, 12, 12, 12, 53, 53, 16, 16, 16, 16, 16, 16, 53, 53, 8, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 18, 3, 33,
    2, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 5, 6, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 3, 3, 3, 117, 117,
    117, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 33, 33, 49, 49, 95, 105, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 49, 49, 118, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 49, 49, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 53, 33, 33, 33, 53, 49, 49, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 49, 49, 93, 49, 49, 49, 49, 49, 49, 49, 93, 93, 93, 93, 93, 93, 93, 93, 49, 93,
    93, 49, 49, 49, 49, 49, 49, 49, 49, 49, 95, 49, 3, 3, 3, 36, 3, 3, 3, 4, 33, 38, 53, 53,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 53, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 53, 53, 53, 53, 53, 53, 3, 3, 3, 3, 3, 3, 8, 3, 3, 3, 3, 49, 49, 49, 22, 90,
    33, 33, 33, 36, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 49, 49, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 60, 33, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53,
    49, 49, 49, 93, 93, 93, 93, 49, 49, 93, 93, 93, 53, 53, 53, 53, 93, 93, 49, 93, 93, 93, 93, 93,
    93, 59, 38, 40, 53, 53, 53, 53, 18, 53, 53, 53, 3, 3, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 33, 33, 33, 33, 33, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 99, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    33, 33, 33, 33, 33, 33, 33, 38, 40, 93, 93, 49, 53, 53, 3, 3, 33, 33, 33, 33, 33, 93, 49, 93,
    49, 49, 49, 49, 49, 49, 49, 53, 95, 93, 49, 93, 93, 49, 49, 49, 49, 49, 49, 49, 49, 93, 93, 93,
    93, 93, 93, 49, 49, 38, 38, 38, 38, 38, 38, 38, 38, 53, 53, 40, 3, 3, 3, 3, 3, 3, 3, 36,
    3, 3, 3, 3, 3, 3, 53, 53, 38, 38, 38, 38, 38, 40, 40, 40, 40, 40, 40, 38, 38, 40, 58, 90,
    90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 53, 49, 49, 49, 49, 93, 82, 81, 82,
    81, 82, 81, 82, 81, 82, 81, 33, 33, 82, 81, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 96, 97, 49, 49, 49, 49, 100, 98, 100, 98, 97, 97, 98, 98, 100, 98, 118, 33, 33, 33,
    33, 33, 33, 33, 33, 53, 53, 53, 3, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 38, 40, 38, 38, 38,
    38, 38, 38, 38, 18, 18, 18, 18, 18, 18, 18, 18, 18, 80, 80, 53, 49, 49, 93, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 93, 49, 49, 49, 49, 93, 93, 49, 49, 118, 95, 49, 49, 33, 33,
    33, 33, 33, 33, 33, 33, 96, 93, 49, 49, 93, 93, 93, 49, 93, 49, 49, 49, 118, 118, 53, 53, 53, 53,
    53, 53, 53, 53, 3, 3, 3, 3, 33, 33, 33, 33, 93, 93, 93, 93, 93, 93, 93, 93, 49, 49, 49, 49,
    49, 49, 49, 49, 93, 93, 49, 96, 53, 53, 53, 3, 3, 3, 3, 3, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 36, 36, 36, 36, 36, 36, 3, 3,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 53, 53, 53, 53, 53, 53, 53, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 53, 53, 12, 12, 12, 3, 3, 3, 3, 3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53,
    38, 38, 38, 3, 45, 40, 40, 40, 40, 40, 38, 38, 40, 40, 40, 40, 38, 93, 45, 45, 45, 45, 45, 45,
    45, 33, 33, 33, 33, 40, 33, 33, 33, 33, 33, 33, 38, 33, 33, 105, 38, 38, 33, 53, 53, 53, 53, 53,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 35, 35, 35, 36, 35, 35, 35, 35, 35, 35, 35, 35,
    35, 35, 35, 36, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 36, 35,
    35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35,
    35, 35, 35, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 35, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 35, 35, 35, 35, 35, 38, 38, 40, 38, 38, 38, 38, 38,
    38, 38, 40, 38, 38, 51, 119, 40, 42, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38,
    38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 90, 90,
    90, 90, 90, 92, 50, 40, 38, 40, 27, 29, 27, 29, 27, 29, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29,
    27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 29, 29,
    29, 29, 25, 29, 16, 16, 12, 16, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29,
    27, 29, 27, 29, 27, 29, 27, 29, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29,
    27, 29, 27, 29, 28, 30, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 27, 29, 12, 16, 12, 16, 12, 16,
    30, 30, 30, 30, 30, 30, 30, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 30, 29, 29, 29, 29, 53, 53,
    28, 28, 27, 27, 27, 27, 53, 53, 30, 30, 29, 29, 29, 29, 29, 29, 28, 28, 27, 27, 27, 27, 27, 27,
    30, 30, 29, 29, 29, 29, 29, 29, 53, 28, 53, 27, 53, 27, 53, 27, 30, 29, 29, 29, 30, 29, 29, 29,
    29, 29, 29, 29, 30, 29, 53, 53, 29, 29, 29, 29, 29, 29, 29, 29, 120, 120, 120, 120, 120, 120, 120, 120,
    29, 29, 29, 29, 29, 53, 30, 29, 27, 27, 27, 27, 120, 23, 29, 19, 23, 55, 29, 29, 29, 53, 30, 29,
    27, 27, 27, 27, 120, 55, 55, 55, 29, 29, 29, 29, 53, 53, 29, 29, 27, 27, 27, 27, 53, 55, 55, 55,
    29, 29, 29, 29, 29, 29, 29, 29, 27, 27, 27, 27, 27, 55, 55, 55, 53, 53, 29, 29, 29, 53, 30, 29,
    27, 27, 27, 27, 120, 55, 19, 53, 121, 121, 17, 17, 17, 17, 17, 17, 17, 17, 17, 22, 122, 122, 22, 22,
    8, 123, 8, 8, 8, 8, 3, 111, 21, 26, 5, 21, 21, 26, 5, 21, 3, 3, 3, 3, 111, 111, 111, 3,
    124, 125, 22, 22, 22, 22, 22, 17, 3, 3, 3, 111, 111, 3, 111, 111, 3, 21, 26, 3, 111, 3, 111, 14,
    14, 3, 3, 3, 7, 5, 6, 111, 111, 111, 3, 3, 3, 3, 3, 3, 3, 3, 7, 3, 14, 3, 3, 111,
    3, 3, 3, 3, 3, 3, 3, 17, 22, 22, 22, 22, 22, 53, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22,
    24, 35, 53, 53, 24, 24, 24, 24, 24, 24, 126, 126, 126, 127, 128, 35, 24, 24, 24, 24, 24, 24, 24, 24,
    24, 24, 126, 126, 126, 127, 128, 53, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 53, 53, 53,
    4, 4, 4, 4, 4, 4, 4, 4, 129, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    38, 38, 45, 45, 38, 38, 38, 38, 45, 45, 45, 38, 38, 58, 58, 58, 58, 38, 58, 58, 58, 45, 45, 38,
    40, 38, 45, 45, 40, 40, 40, 40, 38, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    130, 130, 131, 130, 18, 130, 130, 131, 18, 130, 25, 131, 131, 131, 25, 25, 131, 131, 131, 25, 18, 131, 130, 18,
    7, 131, 131, 131, 131, 131, 18, 18, 130, 130, 130, 18, 131, 18, 27, 18, 131, 18, 27, 27, 131, 131, 18, 25,
    131, 131, 12, 131, 25, 20, 20, 20, 20, 25, 18, 130, 25, 25, 131, 131, 126, 7, 7, 7, 7, 131, 25, 25,
    25, 25, 18, 7, 18, 18, 16, 18, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
    132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 132, 133, 133, 133, 133, 133, 133, 133, 133,
    133, 133, 133, 133, 133, 133, 133, 133, 117, 117, 117, 12, 16, 117, 117, 117, 117, 24, 18, 18, 53, 53, 53, 53,
    10, 7, 10, 7, 10, 18, 18, 18, 18, 18, 134, 134, 18, 18, 18, 18, 7, 18, 18, 7, 18, 18, 7, 18,
    18, 18, 18, 18, 18, 18, 134, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 135, 134, 134,
    136, 18, 10, 18, 10, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 10, 134, 7, 7, 7, 10, 134, 7, 10, 134, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 10, 134, 10, 134, 7,
    7, 7, 7, 7, 126, 126, 7, 126, 126, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 10, 7, 7, 7,
    7, 134, 7, 10, 134, 10, 7, 134, 10, 134, 7, 7, 7, 10, 7, 7, 134, 10, 134, 7, 10, 10, 7, 7,
    7, 7, 7, 7, 7, 134, 134, 134, 134, 134, 10, 10, 134, 134, 10, 10, 134, 134, 10, 10, 10, 10, 7, 7,
    134, 134, 10, 10, 134, 134, 10, 10, 134, 134, 7, 7, 7, 7, 7, 7, 7, 10, 10, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 10, 7, 7, 7, 7, 7, 10, 10, 7, 10, 134, 134, 134, 134,
    7, 7, 10, 10, 10, 10, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 134, 134, 134, 134, 7, 7, 7, 7,
    7, 7, 134, 134, 134, 134, 7, 7, 18, 18, 18, 18, 18, 18, 18, 18, 5, 6, 5, 6, 18, 18, 18, 18,
    7, 7, 18, 18, 18, 18, 18, 18, 18, 137, 138, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 7, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 7, 7, 7, 7, 7, 7, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 53, 53, 53, 53, 53, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 130, 130, 130, 130,
    130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 139, 139,
    139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139, 139,
    140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140,
    140, 140, 24, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    18, 18, 18, 18, 18, 18, 18, 7, 18, 18, 18, 18, 18, 18, 18, 18, 18, 7, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 7, 7, 7, 7, 7, 7, 7, 7,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 7, 18, 18, 18, 18, 18, 18, 18, 18,
    5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 7, 7, 7, 7, 7, 5, 6, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6,
    7, 7, 7, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5,
    6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 5, 6, 5, 6, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 126, 7, 7, 7, 7, 7, 7, 7, 126, 126, 126, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 134, 7, 7, 7, 7, 7, 7, 7, 7, 18, 18, 7,
    7, 7, 7, 7, 7, 18, 18, 18, 18, 18, 18, 18, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 12, 16, 12, 12, 12, 16, 16, 12,
    16, 12, 16, 12, 16, 12, 12, 12, 12, 16, 12, 16, 16, 12, 16, 16, 16, 16, 16, 16, 35, 35, 12, 12,
    12, 16, 12, 16, 16, 18, 18, 18, 18, 18, 18, 12, 16, 12, 16, 38, 38, 38, 12, 16, 53, 53, 53, 53,
    53, 3, 3, 3, 3, 99, 3, 3, 16, 16, 16, 16, 16, 16, 53, 16, 53, 53, 53, 53, 53, 16, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 35, 3, 53, 53, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 95, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 53, 3, 3, 21, 26, 21, 26, 3, 3,
    3, 21, 26, 3, 21, 26, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 3, 3, 8, 3, 21, 26, 3, 3,
    21, 26, 5, 6, 5, 6, 5, 6, 5, 6, 3, 3, 3, 3, 3, 36, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 8, 8, 3, 3, 3, 3, 8, 3, 5, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80,
    18, 18, 80, 80, 80, 141, 142, 141, 142, 141, 142, 141, 142, 143, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 53, 18, 18, 18, 18, 130, 18, 18, 18, 130, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    130, 130, 130, 130, 130, 130, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 53, 53, 53, 53, 17, 3, 3, 3, 18, 36, 33, 117, 5, 6, 5, 6, 5, 6, 5, 6,
    5, 6, 18, 18, 5, 6, 5, 6, 5, 6, 5, 6, 8, 5, 6, 6, 18, 117, 117, 117, 117, 117, 117, 117,
    117, 117, 144, 60, 39, 59, 145, 145, 8, 36, 36, 36, 36, 36, 130, 18, 133, 133, 133, 36, 33, 3, 18, 18,
    53, 33, 33, 33, 33, 33, 82, 33, 33, 33, 33, 82, 81, 82, 81, 82, 81, 82, 81, 82, 81, 82, 81, 82,
    81, 82, 81, 82, 81, 82, 81, 82, 81, 82, 81, 33, 82, 81, 82, 81, 82, 81, 33, 33, 33, 33, 33, 82,
    81, 81, 82, 81, 81, 82, 81, 81, 82, 81, 81, 82, 81, 81, 33, 33, 33, 33, 33, 33, 81, 33, 33, 53,
    53, 146, 146, 23, 23, 147, 52, 20, 8, 33, 33, 33, 33, 33, 82, 33, 33, 33, 33, 82, 81, 82, 81, 82,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 82, 82, 82, 82, 33, 81, 33, 33, 81,
    81, 81, 81, 3, 36, 147, 52, 20, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    53, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 53,
    18, 18, 24, 24, 24, 24, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 18, 18, 18, 18, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 53,
    24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130,
    99, 99, 99, 99, 99, 99, 99, 99, 130, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
    130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 18, 33, 33, 33, 33, 33, 36, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 36, 3, 3, 3, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 33, 33, 53, 53, 53, 53, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 33, 38,
    58, 58, 58, 3, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 3, 36, 12, 16, 12, 16, 12, 16, 12, 16,
    12, 16, 12, 16, 35, 35, 38, 38, 33, 33, 33, 33, 33, 33, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117,
    38, 38, 3, 3, 3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 13, 13, 13, 13, 13, 13, 13, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 13, 13, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16,
    16, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 35, 16, 16, 16, 16, 16, 16, 16,
    16, 12, 16, 12, 16, 12, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 36, 13, 13, 12, 16, 12, 16, 33,
    12, 16, 12, 16, 16, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16,
    12, 16, 12, 12, 12, 12, 12, 16, 12, 12, 12, 12, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16,
    12, 16, 12, 16, 12, 12, 12, 12, 16, 12, 16, 53, 53, 53, 53, 53, 12, 16, 53, 16, 53, 16, 12, 16,
    12, 16, 53, 53, 53, 53, 53, 53, 53, 53, 36, 36, 36, 12, 16, 33, 35, 35, 16, 33, 33, 33, 33, 33,
    33, 33, 49, 33, 33, 33, 95, 33, 33, 33, 33, 49, 33, 33, 33, 33, 33, 33, 33, 93, 93, 49, 49, 93,
    18, 18, 18, 18, 90, 53, 53, 53, 99, 99, 99, 99, 99, 99, 18, 18, 4, 18, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 93, 93, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93,
    93, 93, 93, 93, 95, 148, 53, 53, 53, 53, 53, 53, 53, 53, 3, 3, 38, 38, 33, 33, 33, 33, 33, 33,
    3, 3, 3, 33, 3, 33, 33, 90, 33, 33, 33, 33, 33, 33, 49, 49, 49, 49, 49, 40, 40, 40, 3, 3,
    33, 33, 33, 33, 33, 33, 33, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 93, 118, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 3, 33, 33, 33, 96, 93, 93, 49, 49, 49, 49, 93, 93, 49, 49, 93, 93,
    118, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 53, 36, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 53, 53, 53, 53, 3, 3, 33, 33, 33, 33, 33, 49, 36, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 49, 49, 49, 49, 49, 49, 93, 93, 49, 49, 93, 93, 49, 49, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 49, 33, 33, 33, 33, 33, 33, 33, 33, 49, 93, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 53, 53, 3, 3, 3, 3, 36, 33, 33, 33, 33, 33, 33, 18, 18, 18, 33, 93, 49, 93, 33, 33,
    38, 33, 38, 38, 40, 33, 33, 38, 38, 33, 33, 33, 33, 33, 38, 38, 33, 38, 33, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 36, 3, 3,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 93, 49, 49, 93, 93, 3, 3, 33, 36, 36, 93, 95, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 53, 53, 33, 33, 33, 33, 33, 33, 53,
    53, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 13, 35, 35, 35, 35, 16, 16, 16, 16, 16, 16, 16, 16, 16, 36, 13, 13, 53, 53, 53, 53,
    33, 33, 33, 93, 93, 49, 93, 93, 49, 93, 93, 3, 93, 95, 53, 53, 149, 149, 149, 149, 149, 149, 149, 149,
    149, 149, 149, 149, 149, 149, 149, 149, 149, 149, 149, 149, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 33, 33, 33, 33, 33, 150, 150, 150, 150, 150, 150, 150, 150,
    150, 150, 150, 150, 150, 150, 150, 150, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151, 151,
    81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81,
    81, 81, 81, 81, 81, 81, 33, 33, 81, 33, 81, 33, 33, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 33,
    81, 33, 81, 33, 33, 81, 81, 33, 33, 33, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81,
    81, 81, 81, 81, 81, 81, 53, 53, 81, 81, 81, 81, 81, 81, 81, 81, 81, 81, 53, 53, 53, 53, 53, 53,
    25, 25, 25, 25, 25, 25, 25, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 25, 25, 25, 25, 25,
    53, 53, 53, 53, 53, 81, 152, 81, 20, 20, 20, 20, 20, 20, 20, 20, 20, 126, 81, 81, 81, 81, 81, 81,
    81, 81, 81, 81, 81, 81, 81, 53, 81, 81, 81, 81, 81, 53, 81, 53, 81, 81, 53, 81, 81, 53, 81, 81,
    81, 81, 81, 81, 81, 81, 81, 20, 20, 20, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
    13, 13, 13, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 20, 20, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 6, 5,
    53, 53, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
    53, 53, 53, 53, 53, 53, 53, 18, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 129, 18, 18, 18,
    49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 111, 111, 111, 111, 111, 111, 111, 127,
    128, 111, 53, 53, 53, 53, 53, 53, 38, 38, 38, 38, 38, 38, 38, 40, 40, 40, 40, 40, 40, 40, 38, 38,
    111, 123, 123, 153, 153, 127, 128, 127, 128, 127, 128, 127, 128, 127, 128, 127, 128, 127, 128, 127, 128, 3, 3, 127,
    128, 111, 111, 111, 111, 153, 153, 153, 111, 111, 111, 53, 111, 111, 111, 111, 123, 127, 128, 127, 128, 127, 128, 111,
    111, 111, 126, 123, 126, 126, 126, 53, 111, 129, 111, 111, 53, 53, 53, 53, 20, 20, 20, 33, 20, 53, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 53, 53, 22,
    53, 111, 111, 111, 129, 111, 111, 111, 127, 128, 111, 126, 111, 123, 111, 111, 154, 154, 154, 154, 154, 154, 154, 154,
    154, 154, 111, 111, 126, 126, 126, 111, 111, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 127, 111, 128, 23, 153, 23, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 127, 126, 128, 126, 127,
    128, 111, 127, 128, 111, 111, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 35, 20, 20, 20, 20, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 35, 35,
    53, 53, 20, 20, 20, 20, 20, 20, 53, 53, 20, 20, 20, 20, 20, 20, 53, 53, 20, 20, 20, 20, 20, 20,
    53, 53, 20, 20, 20, 53, 53, 53, 129, 129, 126, 23, 130, 129, 129, 53, 130, 126, 126, 126, 126, 130, 130, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 22, 22, 22, 18, 18, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 53, 33,
    3, 3, 3, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 53, 53, 53, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117,
    117, 117, 117, 117, 117, 99, 99, 99, 99, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 99, 99, 18, 18, 18, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 53, 53,
    18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 40, 53, 53, 40, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 53, 53, 53, 53, 99, 99, 99, 99, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 33, 33, 33, 33, 117, 33, 33, 33, 33, 33, 33, 33, 33, 117, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 38, 38, 38, 38, 38, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 53, 3, 33, 33, 33, 33, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    3, 117, 117, 117, 117, 117, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 12, 12, 12, 12, 12, 12, 12, 12,
    16, 16, 16, 16, 16, 16, 16, 16, 12, 12, 12, 12, 53, 53, 53, 53, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 3,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 53, 12, 12, 12, 12, 12, 12, 12, 53, 12, 12, 53, 16,
    16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 53, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 53, 16, 16, 16, 16, 16, 16, 16, 53, 16, 16, 53, 53, 53, 36, 36, 36, 36, 36, 36, 53, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 53, 36, 36, 36, 36, 36, 36, 36, 36, 36, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 53, 53,
    33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 53, 53, 53, 33, 53, 53, 33,
    33, 33, 33, 33, 33, 33, 53, 3, 99, 99, 99, 99, 99, 99, 99, 99, 33, 33, 33, 33, 33, 33, 33, 18,
    18, 99, 99, 99, 99, 99, 99, 99, 53, 53, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    33, 33, 33, 53, 33, 33, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 33, 33, 33, 33, 33, 33, 99, 99,
    99, 99, 99, 99, 53, 53, 53, 3, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 3,
    33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 99, 99, 33, 33, 53, 53, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 33, 49, 49, 49, 53, 49, 49, 53, 53, 53, 53, 53, 49, 40, 49, 38,
    33, 33, 33, 33, 53, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53,
    38, 45, 40, 53, 53, 53, 53, 95, 99, 99, 99, 99, 99, 99, 99, 99, 99, 53, 53, 53, 53, 53, 53, 53,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 99, 99, 3, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 99, 99, 99,
    33, 33, 33, 33, 33, 33, 33, 33, 18, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 38, 40, 53,
    53, 53, 53, 99, 99, 99, 99, 99, 3, 3, 3, 3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 53, 53, 53, 3, 3, 3, 3, 3, 3, 3, 33, 33, 33, 33, 33, 33, 53, 53,
    99, 99, 99, 99, 99, 99, 99, 99, 33, 33, 33, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 99, 99,
    33, 33, 53, 53, 53, 53, 53, 53, 53, 3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    53, 99, 99, 99, 99, 99, 99, 99, 12, 12, 12, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    16, 16, 16, 53, 53, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 33, 33, 33, 33, 90, 90, 90, 90,
    53, 53, 53, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 90, 90, 143, 53, 53, 33, 33, 53, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 90, 90, 90,
    99, 99, 99, 99, 99, 99, 99, 33, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 90, 90,
    90, 90, 90, 90, 90, 90, 90, 90, 90, 99, 99, 99, 99, 80, 80, 80, 80, 80, 53, 53, 53, 53, 53, 53,
    33, 33, 90, 90, 90, 90, 80, 80, 80, 80, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 99, 99, 99,
    99, 99, 99, 99, 53, 53, 53, 53, 93, 49, 93, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 95, 3,
    3, 3, 3, 3, 3, 3, 53, 53, 99, 99, 99, 99, 99, 99, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
    90, 33, 33, 90, 90, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 95, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 82, 81, 82, 81, 33, 33, 33, 33, 33, 33, 33, 33, 82, 33, 33, 33, 33, 33, 81, 33, 33, 33, 33,
    93, 93, 93, 49, 49, 49, 49, 93, 93, 95, 94, 3, 3, 22, 3, 3, 3, 3, 90, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 91, 53, 53, 38, 38, 38, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 100, 49, 49, 49, 49, 93, 49, 101, 101, 49, 100, 100, 95, 95, 53, 9, 9,
    9, 9, 9, 9, 9, 9, 9, 9, 3, 3, 3, 3, 33, 105, 105, 33, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 96, 3, 3, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 93, 93, 93, 49, 49,
    49, 49, 49, 49, 49, 49, 49, 93, 118, 33, 33, 33, 33, 3, 3, 3, 3, 49, 96, 49, 49, 3, 105, 90,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 33, 3, 33, 3, 3, 3, 53, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 93, 93, 93, 49, 49, 49, 93, 93, 49, 118, 96, 49,
    3, 3, 3, 3, 3, 3, 148, 33, 33, 90, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 53, 33, 53, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 3, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 49, 93, 93, 93, 49, 49, 49, 49, 49,
    49, 96, 95, 53, 53, 53, 53, 53, 49, 49, 93, 93, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 33,
    33, 53, 33, 33, 53, 33, 33, 33, 33, 33, 53, 90, 96, 33, 97, 93, 49, 93, 93, 93, 93, 53, 53, 97,
    93, 53, 53, 98, 98, 118, 53, 53, 33, 53, 53, 53, 53, 53, 53, 97, 53, 53, 53, 53, 53, 33, 33, 33,
    33, 33, 93, 93, 53, 53, 38, 38, 38, 38, 38, 38, 38, 53, 53, 53, 38, 38, 38, 38, 38, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 93, 93, 93, 148, 148, 148, 148, 148, 148, 148, 148,
    93, 93, 155, 148, 148, 93, 156, 33, 33, 33, 33, 80, 80, 80, 80, 80, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 80, 80, 53, 80, 90, 33, 97, 93, 93, 49, 49, 49, 49, 49, 49, 97, 100, 98, 98, 97, 98, 49,
    49, 93, 95, 96, 33, 33, 3, 33, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 97, 93, 93, 49, 49, 49, 49, 53, 53, 97, 97, 98, 98, 49, 49, 93, 95,
    96, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    33, 33, 33, 33, 49, 49, 53, 53, 93, 93, 93, 49, 49, 49, 49, 49, 49, 49, 49, 93, 93, 49, 93, 95,
    49, 3, 3, 3, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 80, 80, 80, 80, 80, 80, 80, 80,
    80, 80, 80, 80, 80, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 49, 93, 49, 93, 93,
    49, 49, 49, 49, 49, 49, 118, 96, 33, 80, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 53, 53, 49, 49, 49, 93, 93, 49, 49, 49, 49, 93, 49, 49, 49, 49, 95, 53, 53, 53, 53,
    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 99, 99, 3, 3, 3, 18, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 105, 105, 105, 90, 90, 90, 90, 90, 90, 90, 90, 90, 105, 90, 90, 80, 53, 53, 53, 53,
    99, 99, 99, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53,
    53, 33, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    105, 105, 105, 105, 105, 105, 53, 105, 105, 53, 53, 90, 90, 105, 90, 33, 105, 33, 105, 90, 80, 80, 80, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 33, 33, 33, 33, 33, 33,
    33, 105, 105, 105, 90, 90, 90, 90, 53, 53, 90, 90, 105, 105, 105, 105, 90, 33, 80, 33, 105, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 33, 33, 33, 33, 33,
    33, 33, 33, 90, 90, 90, 90, 90, 90, 105, 33, 90, 90, 90, 90, 80, 80, 80, 80, 80, 80, 80, 80, 90,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 90, 90, 90, 90, 90, 90, 105, 105, 90, 90, 90, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 105,
    90, 90, 80, 80, 80, 33, 80, 80, 80, 80, 80, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 93, 148, 148, 148, 148, 148, 148, 148, 53, 148, 148, 148, 148, 148, 148, 93, 155,
    33, 80, 80, 80, 80, 80, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 80, 80, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 148, 148, 148, 148, 148, 148, 148, 148, 148, 148, 148, 148, 148, 148,
    148, 148, 148, 148, 148, 148, 148, 148, 53, 93, 148, 148, 148, 148, 148, 148, 148, 93, 148, 148, 93, 148, 148, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 53, 33, 33, 33, 33, 33,
    33, 90, 90, 90, 90, 90, 90, 53, 53, 53, 90, 53, 90, 90, 53, 90, 90, 90, 90, 90, 90, 90, 33, 90,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 53, 33, 33, 53, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 105, 105, 105, 105, 105, 53, 90, 90, 53, 105, 105, 90, 105, 90,
    33, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 90, 90, 105, 105, 80, 80, 53, 53, 53, 53, 53, 53, 53,
    90, 90, 33, 105, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 105, 105, 90, 90,
    90, 90, 90, 53, 53, 53, 105, 105, 90, 105, 90, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80,
    99, 99, 99, 99, 99, 18, 18, 18, 18, 18, 18, 18, 18, 4, 4, 4, 4, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 80,
    117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 53, 3, 3, 3, 3, 3, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 80, 80, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 91, 91, 91, 91, 91, 91, 91, 91,
    91, 91, 91, 91, 91, 91, 91, 91, 90, 33, 33, 33, 33, 33, 33, 90, 90, 90, 90, 90, 90, 90, 90, 90,
    90, 90, 90, 90, 90, 90, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 45, 45, 45, 45, 45, 3, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 38, 38, 38, 38, 38, 38, 38, 3, 3, 3, 3, 3, 18, 18, 18, 18,
    36, 36, 36, 36, 3, 18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 53, 99, 99, 99, 99, 99, 99, 99, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33,
    33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 53, 33, 33, 33, 99, 99, 99, 99, 99, 99, 99, 80,
    80, 80, 80, 53, 53, 53, 53, 53, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 53, 53, 90,
    33, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93,
    93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 93, 105,
    105, 105, 105, 105, 105, 105, 105, 105, 53, 53, 53, 53, 53, 53, 53, 49, 49, 49, 49, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 80, 36, 90, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    105, 105, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 36, 36, 36, 36, 53, 36, 36, 36,
    36, 36, 36, 36, 53, 36, 36, 53, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    53, 53, 33, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 53, 53, 33, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 33, 33, 33, 33, 53, 53, 53, 53, 53, 53, 53, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 53, 53, 18, 49, 45, 3, 22, 22, 22, 22, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90,
    90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 53, 53, 90, 90, 90, 90, 90, 90, 90, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    18, 18, 18, 18, 18, 18, 18, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 135, 135, 135, 135, 135, 135, 135, 157, 157, 45, 45, 45, 18, 18, 18, 158, 157, 157,
    157, 157, 157, 22, 22, 22, 22, 22, 22, 22, 22, 40, 40, 40, 40, 40, 40, 40, 40, 18, 18, 38, 38, 38,
    38, 38, 40, 40, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 38, 38, 38, 38, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 135, 135, 135, 135, 135, 135, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 38, 38, 38, 18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    99, 99, 99, 99, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 131, 131, 131, 131, 131, 131, 131, 131,
    131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 131, 131, 131, 131,
    131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 25, 25,
    25, 25, 25, 25, 25, 53, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 131, 53, 131, 131, 53, 53, 131, 53, 53, 131, 131, 53,
    53, 131, 131, 131, 131, 53, 131, 131, 131, 131, 131, 131, 131, 131, 25, 25, 25, 25, 53, 25, 53, 25, 25, 25,
    25, 25, 25, 25, 53, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 131, 131, 53, 131,
    131, 131, 131, 53, 53, 131, 131, 131, 131, 131, 131, 131, 131, 53, 131, 131, 131, 131, 131, 131, 131, 53, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 131, 131, 53, 131, 131, 131, 131, 53, 131, 131, 131, 131, 131, 53, 131, 53,
    53, 53, 131, 131, 131, 131, 131, 131, 131, 53, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 53, 53, 131, 131, 131, 131, 131, 131, 131, 131,
    131, 126, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 126, 25, 25, 25, 25, 25, 25, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131,
    131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 126, 25, 25, 25, 25, 25, 25, 25, 25, 25, 126, 25, 25,
    25, 25, 25, 25, 131, 131, 131, 131, 131, 131, 131, 131, 131, 126, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 126, 25, 25, 25, 25, 25, 25, 131, 131,
    131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 131, 126,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 126, 25, 25, 25, 25, 25, 25, 131, 131, 131, 131, 131, 131, 131, 131,
    131, 126, 25, 25, 25, 25, 25, 25, 25, 25, 25, 126, 25, 25, 25, 25, 25, 25, 131, 25, 53, 53, 154, 154,
    154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 154, 49, 49, 49, 49, 49, 49, 49, 18,
    18, 18, 18, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 18, 18, 18,
    18, 18, 18, 18, 18, 49, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 49, 18, 18, 3,
    3, 3, 3, 3, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 49, 49, 49, 49, 49,
    53, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 16, 16, 16, 16, 16, 16, 16, 16,
    16, 16, 33, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 53,
    53, 53, 53, 53, 53, 16, 16, 16, 16, 16, 16, 53, 53, 53, 53, 53, 92, 92, 92, 92, 92, 92, 92, 53,
    92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 53, 53, 92, 92, 92, 92, 92,
    92, 92, 53, 92, 92, 53, 92, 92, 92, 92, 92, 53, 53, 53, 53, 53, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 90,
    90, 90, 90, 90, 90, 90, 90, 36, 36, 36, 36, 36, 36, 36, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 53, 53, 53, 53, 33, 18, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 90, 53,
    33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 90, 90, 90, 90, 9, 9, 9, 9, 9, 9, 9, 9,
    9, 9, 53, 53, 53, 53, 53, 4, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 36, 90, 90, 90, 90,
    33, 33, 33, 33, 33, 33, 33, 53, 33, 33, 33, 33, 53, 33, 33, 53, 33, 33, 33, 33, 33, 53, 53, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 40, 40, 40, 40, 40, 40, 40, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    12, 12, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 92, 92, 92, 92,
    92, 92, 156, 36, 53, 53, 53, 53, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 53, 53, 53, 53, 80, 80,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 18, 99, 99, 99, 4, 99, 99, 99, 99, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 18, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 53, 53, 20, 20, 20, 20, 53, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 53, 20, 20, 53, 20, 53, 53, 20, 53, 20, 20, 20, 20, 20, 20, 20,
    20, 20, 20, 53, 20, 20, 20, 20, 53, 20, 53, 20, 53, 53, 53, 53, 53, 53, 20, 53, 53, 53, 53, 20,
    53, 20, 53, 20, 53, 20, 20, 20, 53, 20, 20, 53, 20, 53, 53, 20, 53, 20, 53, 20, 53, 20, 53, 20,
    53, 20, 20, 53, 20, 53, 53, 20, 20, 20, 20, 53, 20, 20, 20, 20, 20, 20, 20, 53, 20, 20, 20, 20,
    53, 20, 20, 20, 20, 53, 20, 53, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 53, 20, 20, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 53, 53, 53, 53, 53, 20, 20, 20, 53, 20, 20, 20,
    20, 20, 53, 20, 20, 20, 20, 20, 7, 7, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 53, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 99, 99, 18, 18, 18,
    140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 130, 130, 130, 130, 130, 130, 159, 159, 159, 159, 159, 159, 159, 159,
    159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 130, 130, 18, 18, 18, 18,
    159, 159, 159, 159, 159, 159, 159, 159, 159, 159, 18, 18, 18, 18, 18, 18, 130, 18, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 53,
    53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 130, 130, 130, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 53, 53, 53, 53,
    130, 130, 130, 130, 130, 130, 130, 130, 130, 53, 53, 53, 53, 53, 53, 53, 130, 130, 53, 53, 53, 53, 53, 53,
    53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 13, 13, 13, 13, 13,
    18, 18, 18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53,
    53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 53, 53, 53, 53,
    18, 18, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18,
    18, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 53, 18,
    18, 18, 18, 18, 18, 18, 53, 53, 53, 53, 53, 53, 53, 53, 18, 18, 18, 18, 18, 53, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 53, 22, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53,
    22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 151, 151, 151, 151, 151, 151, 151, 151,
    151, 151, 151, 151, 151, 151, 53, 53,
};
/* Lowercase ranges: for cp = first + k * stride, k < count: lower(cp) = cp + delta. */
static const bert__case_range bert__ulower[182] = {
    {0x41, 26, 1, 32}, {0xC0, 23, 1, 32}, {0xD8, 7, 1, 32}, {0x100, 24, 2, 1},
    {0x130, 1, 1, -199}, {0x132, 3, 2, 1}, {0x139, 8, 2, 1}, {0x14A, 23, 2, 1},
    {0x178, 1, 1, -121}, {0x179, 3, 2, 1}, {0x181, 1, 1, 210}, {0x182, 2, 2, 1},
    {0x186, 1, 1, 206}, {0x187, 1, 1, 1}, {0x189, 2, 1, 205}, {0x18B, 1, 1, 1},
    {0x18E, 1, 1, 79}, {0x18F, 1, 1, 202}, {0x190, 1, 1, 203}, {0x191, 1, 1, 1},
    {0x193, 1, 1, 205}, {0x194, 1, 1, 207}, {0x196, 1, 1, 211}, {0x197, 1, 1, 209},
    {0x198, 1, 1, 1}, {0x19C, 1, 1, 211}, {0x19D, 1, 1, 213}, {0x19F, 1, 1, 214},
    {0x1A0, 3, 2, 1}, {0x1A6, 1, 1, 218}, {0x1A7, 1, 1, 1}, {0x1A9, 1, 1, 218},
    {0x1AC, 1, 1, 1}, {0x1AE, 1, 1, 218}, {0x1AF, 1, 1, 1}, {0x1B1, 2, 1, 217},
    {0x1B3, 2, 2, 1}, {0x1B7, 1, 1, 219}, {0x1B8, 1, 1, 1}, {0x1BC, 1, 1, 1},
    {0x1C4, 1, 1, 2}, {0x1C5, 1, 1, 1}, {0x1C7, 1, 1, 2}, {0x1C8, 1, 1, 1},
    {0x1CA, 1, 1, 2}, {0x1CB, 9, 2, 1}, {0x1DE, 9, 2, 1}, {0x1F1, 1, 1, 2},
    {0x1F2, 2, 2, 1}, {0x1F6, 1, 1, -97}, {0x1F7, 1, 1, -56}, {0x1F8, 20, 2, 1},
    {0x220, 1, 1, -130}, {0x222, 9, 2, 1}, {0x23A, 1, 1, 10795}, {0x23B, 1, 1, 1},
    {0x23D, 1, 1, -163}, {0x23E, 1, 1, 10792}, {0x241, 1, 1, 1}, {0x243, 1, 1, -195},
    {0x244, 1, 1, 69}, {0x245, 1, 1, 71}, {0x246, 5, 2, 1}, {0x370, 2, 2, 1},
    {0x376, 1, 1, 1}, {0x37F, 1, 1, 116}, {0x386, 1, 1, 38}, {0x388, 3, 1, 37},
    {0x38C, 1, 1, 64}, {0x38E, 2, 1, 63}, {0x391, 17, 1, 32}, {0x3A3, 9, 1, 32},
    {0x3CF, 1, 1, 8}, {0x3D8, 12, 2, 1}, {0x3F4, 1, 1, -60}, {0x3F7, 1, 1, 1},
    {0x3F9, 1, 1, -7}, {0x3FA, 1, 1, 1}, {0x3FD, 3, 1, -130}, {0x400, 16, 1, 80},
    {0x410, 32, 1, 32}, {0x460, 17, 2, 1}, {0x48A, 27, 2, 1}, {0x4C0, 1, 1, 15},
    {0x4C1, 7, 2, 1}, {0x4D0, 48, 2, 1}, {0x531, 38, 1, 48}, {0x10A0, 38, 1, 7264},
    {0x10C7, 1, 1, 7264}, {0x10CD, 1, 1, 7264}, {0x13A0, 80, 1, 38864}, {0x13F0, 6, 1, 8},
    {0x1C90, 43, 1, -3008}, {0x1CBD, 3, 1, -3008}, {0x1E00, 75, 2, 1}, {0x1E9E, 1, 1, -7615},
    {0x1EA0, 48, 2, 1}, {0x1F08, 8, 1, -8}, {0x1F18, 6, 1, -8}, {0x1F28, 8, 1, -8},
    {0x1F38, 8, 1, -8}, {0x1F48, 6, 1, -8}, {0x1F59, 4, 2, -8}, {0x1F68, 8, 1, -8},
    {0x1F88, 8, 1, -8}, {0x1F98, 8, 1, -8}, {0x1FA8, 8, 1, -8}, {0x1FB8, 2, 1, -8},
    {0x1FBA, 2, 1, -74}, {0x1FBC, 1, 1, -9}, {0x1FC8, 4, 1, -86}, {0x1FCC, 1, 1, -9},
    {0x1FD8, 2, 1, -8}, {0x1FDA, 2, 1, -100}, {0x1FE8, 2, 1, -8}, {0x1FEA, 2, 1, -112},
    {0x1FEC, 1, 1, -7}, {0x1FF8, 2, 1, -128}, {0x1FFA, 2, 1, -126}, {0x1FFC, 1, 1, -9},
    {0x2126, 1, 1, -7517}, {0x212A, 1, 1, -8383}, {0x212B, 1, 1, -8262}, {0x2132, 1, 1, 28},
    {0x2160, 16, 1, 16}, {0x2183, 1, 1, 1}, {0x24B6, 26, 1, 26}, {0x2C00, 48, 1, 48},
    {0x2C60, 1, 1, 1}, {0x2C62, 1, 1, -10743}, {0x2C63, 1, 1, -3814}, {0x2C64, 1, 1, -10727},
    {0x2C67, 3, 2, 1}, {0x2C6D, 1, 1, -10780}, {0x2C6E, 1, 1, -10749}, {0x2C6F, 1, 1, -10783},
    {0x2C70, 1, 1, -10782}, {0x2C72, 1, 1, 1}, {0x2C75, 1, 1, 1}, {0x2C7E, 2, 1, -10815},
    {0x2C80, 50, 2, 1}, {0x2CEB, 2, 2, 1}, {0x2CF2, 1, 1, 1}, {0xA640, 23, 2, 1},
    {0xA680, 14, 2, 1}, {0xA722, 7, 2, 1}, {0xA732, 31, 2, 1}, {0xA779, 2, 2, 1},
    {0xA77D, 1, 1, -35332}, {0xA77E, 5, 2, 1}, {0xA78B, 1, 1, 1}, {0xA78D, 1, 1, -42280},
    {0xA790, 2, 2, 1}, {0xA796, 10, 2, 1}, {0xA7AA, 1, 1, -42308}, {0xA7AB, 1, 1, -42319},
    {0xA7AC, 1, 1, -42315}, {0xA7AD, 1, 1, -42305}, {0xA7AE, 1, 1, -42308}, {0xA7B0, 1, 1, -42258},
    {0xA7B1, 1, 1, -42282}, {0xA7B2, 1, 1, -42261}, {0xA7B3, 1, 1, 928}, {0xA7B4, 8, 2, 1},
    {0xA7C4, 1, 1, -48}, {0xA7C5, 1, 1, -42307}, {0xA7C6, 1, 1, -35384}, {0xA7C7, 2, 2, 1},
    {0xA7D0, 1, 1, 1}, {0xA7D6, 2, 2, 1}, {0xA7F5, 1, 1, 1}, {0xFF21, 26, 1, 32},
    {0x10400, 40, 1, 40}, {0x104B0, 36, 1, 40}, {0x10570, 11, 1, 39}, {0x1057C, 15, 1, 39},
    {0x1058C, 7, 1, 39}, {0x10594, 2, 1, 39}, {0x10C80, 51, 1, 64}, {0x118A0, 32, 1, 32},
    {0x16E40, 32, 1, 32}, {0x1E900, 34, 1, 34},
};
/* The lowercase mappings to more than one code point (SpecialCasing.txt, unconditional). */
static const uint32_t bert__ulower_multi[1][4] = {
    {0x130, 0x69, 0x307, 0x0},
};
/* Canonical decompositions: key = code point | length << 21 | composes << 26; targets in UTF-16. */
static const uint32_t bert__udecomp_key[2060] = {
    0x44000C0, 0x44000C1, 0x44000C2, 0x44000C3, 0x44000C4, 0x44000C5, 0x44000C7, 0x44000C8,
    0x44000C9, 0x44000CA, 0x44000CB, 0x44000CC, 0x44000CD, 0x44000CE, 0x44000CF, 0x44000D1,
    0x44000D2, 0x44000D3, 0x44000D4, 0x44000D5, 0x44000D6, 0x44000D9, 0x44000DA, 0x44000DB,
    0x44000DC, 0x44000DD, 0x44000E0, 0x44000E1, 0x44000E2, 0x44000E3, 0x44000E4, 0x44000E5,
    0x44000E7, 0x44000E8, 0x44000E9, 0x44000EA, 0x44000EB, 0x44000EC, 0x44000ED, 0x44000EE,
    0x44000EF, 0x44000F1, 0x44000F2, 0x44000F3, 0x44000F4, 0x44000F5, 0x44000F6, 0x44000F9,
    0x44000FA, 0x44000FB, 0x44000FC, 0x44000FD, 0x44000FF, 0x4400100, 0x4400101, 0x4400102,
    0x4400103, 0x4400104, 0x4400105, 0x4400106, 0x4400107, 0x4400108, 0x4400109, 0x440010A,
    0x440010B, 0x440010C, 0x440010D, 0x440010E, 0x440010F, 0x4400112, 0x4400113, 0x4400114,
    0x4400115, 0x4400116, 0x4400117, 0x4400118, 0x4400119, 0x440011A, 0x440011B, 0x440011C,
    0x440011D, 0x440011E, 0x440011F, 0x4400120, 0x4400121, 0x4400122, 0x4400123, 0x4400124,
    0x4400125, 0x4400128, 0x4400129, 0x440012A, 0x440012B, 0x440012C, 0x440012D, 0x440012E,
    0x440012F, 0x4400130, 0x4400134, 0x4400135, 0x4400136, 0x4400137, 0x4400139, 0x440013A,
    0x440013B, 0x440013C, 0x440013D, 0x440013E, 0x4400143, 0x4400144, 0x4400145, 0x4400146,
    0x4400147, 0x4400148, 0x440014C, 0x440014D, 0x440014E, 0x440014F, 0x4400150, 0x4400151,
    0x4400154, 0x4400155, 0x4400156, 0x4400157, 0x4400158, 0x4400159, 0x440015A, 0x440015B,
    0x440015C, 0x440015D, 0x440015E, 0x440015F, 0x4400160, 0x4400161, 0x4400162, 0x4400163,
    0x4400164, 0x4400165, 0x4400168, 0x4400169, 0x440016A, 0x440016B, 0x440016C, 0x440016D,
    0x440016E, 0x440016F, 0x4400170, 0x4400171, 0x4400172, 0x4400173, 0x4400174, 0x4400175,
    0x4400176, 0x4400177, 0x4400178, 0x4400179, 0x440017A, 0x440017B, 0x440017C, 0x440017D,
    0x440017E, 0x44001A0, 0x44001A1, 0x44001AF, 0x44001B0, 0x44001CD, 0x44001CE, 0x44001CF,
    0x44001D0, 0x44001D1, 0x44001D2, 0x44001D3, 0x44001D4, 0x44001D5, 0x44001D6, 0x44001D7,
    0x44001D8, 0x44001D9, 0x44001DA, 0x44001DB, 0x44001DC, 0x44001DE, 0x44001DF, 0x44001E0,
    0x44001E1, 0x44001E2, 0x44001E3, 0x44001E6, 0x44001E7, 0x44001E8, 0x44001E9, 0x44001EA,
    0x44001EB, 0x44001EC, 0x44001ED, 0x44001EE, 0x44001EF, 0x44001F0, 0x44001F4, 0x44001F5,
    0x44001F8, 0x44001F9, 0x44001FA, 0x44001FB, 0x44001FC, 0x44001FD, 0x44001FE, 0x44001FF,
    0x4400200, 0x4400201, 0x4400202, 0x4400203, 0x4400204, 0x4400205, 0x4400206, 0x4400207,
    0x4400208, 0x4400209, 0x440020A, 0x440020B, 0x440020C, 0x440020D, 0x440020E, 0x440020F,
    0x4400210, 0x4400211, 0x4400212, 0x4400213, 0x4400214, 0x4400215, 0x4400216, 0x4400217,
    0x4400218, 0x4400219, 0x440021A, 0x440021B, 0x440021E, 0x440021F, 0x4400226, 0x4400227,
    0x4400228, 0x4400229, 0x440022A, 0x440022B, 0x440022C, 0x440022D, 0x440022E, 0x440022F,
    0x4400230, 0x4400231, 0x4400232, 0x4400233, 0x200340, 0x200341, 0x200343, 0x400344,
    0x200374, 0x20037E, 0x4400385, 0x4400386, 0x200387, 0x4400388, 0x4400389, 0x440038A,
    0x440038C, 0x440038E, 0x440038F, 0x4400390, 0x44003AA, 0x44003AB, 0x44003AC, 0x44003AD,
    0x44003AE, 0x44003AF, 0x44003B0, 0x44003CA, 0x44003CB, 0x44003CC, 0x44003CD, 0x44003CE,
    0x44003D3, 0x44003D4, 0x4400400, 0x4400401, 0x4400403, 0x4400407, 0x440040C, 0x440040D,
    0x440040E, 0x4400419, 0x4400439, 0x4400450, 0x4400451, 0x4400453, 0x4400457, 0x440045C,
    0x440045D, 0x440045E, 0x4400476, 0x4400477, 0x44004C1, 0x44004C2, 0x44004D0, 0x44004D1,
    0x44004D2, 0x44004D3, 0x44004D6, 0x44004D7, 0x44004DA, 0x44004DB, 0x44004DC, 0x44004DD,
    0x44004DE, 0x44004DF, 0x44004E2, 0x44004E3, 0x44004E4, 0x44004E5, 0x44004E6, 0x44004E7,
    0x44004EA, 0x44004EB, 0x44004EC, 0x44004ED, 0x44004EE, 0x44004EF, 0x44004F0, 0x44004F1,
    0x44004F2, 0x44004F3, 0x44004F4, 0x44004F5, 0x44004F8, 0x44004F9, 0x4400622, 0x4400623,
    0x4400624, 0x4400625, 0x4400626, 0x44006C0, 0x44006C2, 0x44006D3, 0x4400929, 0x4400931,
    0x4400934, 0x400958, 0x400959, 0x40095A, 0x40095B, 0x40095C, 0x40095D, 0x40095E,
    0x40095F, 0x44009CB, 0x44009CC, 0x4009DC, 0x4009DD, 0x4009DF, 0x400A33, 0x400A36,
    0x400A59, 0x400A5A, 0x400A5B, 0x400A5E, 0x4400B48, 0x4400B4B, 0x4400B4C, 0x400B5C,
    0x400B5D, 0x4400B94, 0x4400BCA, 0x4400BCB, 0x4400BCC, 0x4400C48, 0x4400CC0, 0x4400CC7,
    0x4400CC8, 0x4400CCA, 0x4400CCB, 0x4400D4A, 0x4400D4B, 0x4400D4C, 0x4400DDA, 0x4400DDC,
    0x4400DDD, 0x4400DDE, 0x400F43, 0x400F4D, 0x400F52, 0x400F57, 0x400F5C, 0x400F69,
    0x400F73, 0x400F75, 0x400F76, 0x400F78, 0x400F81, 0x400F93, 0x400F9D, 0x400FA2,
    0x400FA7, 0x400FAC, 0x400FB9, 0x4401026, 0x4401B06, 0x4401B08, 0x4401B0A, 0x4401B0C,
    0x4401B0E, 0x4401B12, 0x4401B3B, 0x4401B3D, 0x4401B40, 0x4401B41, 0x4401B43, 0x4401E00,
    0x4401E01, 0x4401E02, 0x4401E03, 0x4401E04, 0x4401E05, 0x4401E06, 0x4401E07, 0x4401E08,
    0x4401E09, 0x4401E0A, 0x4401E0B, 0x4401E0C, 0x4401E0D, 0x4401E0E, 0x4401E0F, 0x4401E10,
    0x4401E11, 0x4401E12, 0x4401E13, 0x4401E14, 0x4401E15, 0x4401E16, 0x4401E17, 0x4401E18,
    0x4401E19, 0x4401E1A, 0x4401E1B, 0x4401E1C, 0x4401E1D, 0x4401E1E, 0x4401E1F, 0x4401E20,
    0x4401E21, 0x4401E22, 0x4401E23, 0x4401E24, 0x4401E25, 0x4401E26, 0x4401E27, 0x4401E28,
    0x4401E29, 0x4401E2A, 0x4401E2B, 0x4401E2C, 0x4401E2D, 0x4401E2E, 0x4401E2F, 0x4401E30,
    0x4401E31, 0x4401E32, 0x4401E33, 0x4401E34, 0x4401E35, 0x4401E36, 0x4401E37, 0x4401E38,
    0x4401E39, 0x4401E3A, 0x4401E3B, 0x4401E3C, 0x4401E3D, 0x4401E3E, 0x4401E3F, 0x4401E40,
    0x4401E41, 0x4401E42, 0x4401E43, 0x4401E44, 0x4401E45, 0x4401E46, 0x4401E47, 0x4401E48,
    0x4401E49, 0x4401E4A, 0x4401E4B, 0x4401E4C, 0x4401E4D, 0x4401E4E, 0x4401E4F, 0x4401E50,
    0x4401E51, 0x4401E52, 0x4401E53, 0x4401E54, 0x4401E55, 0x4401E56, 0x4401E57, 0x4401E58,
    0x4401E59, 0x4401E5A, 0x4401E5B, 0x4401E5C, 0x4401E5D, 0x4401E5E, 0x4401E5F, 0x4401E60,
    0x4401E61, 0x4401E62, 0x4401E63, 0x4401E64, 0x4401E65, 0x4401E66, 0x4401E67, 0x4401E68,
    0x4401E69, 0x4401E6A, 0x4401E6B, 0x4401E6C, 0x4401E6D, 0x4401E6E, 0x4401E6F, 0x4401E70,
    0x4401E71, 0x4401E72, 0x4401E73, 0x4401E74, 0x4401E75, 0x4401E76, 0x4401E77, 0x4401E78,
    0x4401E79, 0x4401E7A, 0x4401E7B, 0x4401E7C, 0x4401E7D, 0x4401E7E, 0x4401E7F, 0x4401E80,
    0x4401E81, 0x4401E82, 0x4401E83, 0x4401E84, 0x4401E85, 0x4401E86, 0x4401E87, 0x4401E88,
    0x4401E89, 0x4401E8A, 0x4401E8B, 0x4401E8C, 0x4401E8D, 0x4401E8E, 0x4401E8F, 0x4401E90,
    0x4401E91, 0x4401E92, 0x4401E93, 0x4401E94, 0x4401E95, 0x4401E96, 0x4401E97, 0x4401E98,
    0x4401E99, 0x4401E9B, 0x4401EA0, 0x4401EA1, 0x4401EA2, 0x4401EA3, 0x4401EA4, 0x4401EA5,
    0x4401EA6, 0x4401EA7, 0x4401EA8, 0x4401EA9, 0x4401EAA, 0x4401EAB, 0x4401EAC, 0x4401EAD,
    0x4401EAE, 0x4401EAF, 0x4401EB0, 0x4401EB1, 0x4401EB2, 0x4401EB3, 0x4401EB4, 0x4401EB5,
    0x4401EB6, 0x4401EB7, 0x4401EB8, 0x4401EB9, 0x4401EBA, 0x4401EBB, 0x4401EBC, 0x4401EBD,
    0x4401EBE, 0x4401EBF, 0x4401EC0, 0x4401EC1, 0x4401EC2, 0x4401EC3, 0x4401EC4, 0x4401EC5,
    0x4401EC6, 0x4401EC7, 0x4401EC8, 0x4401EC9, 0x4401ECA, 0x4401ECB, 0x4401ECC, 0x4401ECD,
    0x4401ECE, 0x4401ECF, 0x4401ED0, 0x4401ED1, 0x4401ED2, 0x4401ED3, 0x4401ED4, 0x4401ED5,
    0x4401ED6, 0x4401ED7, 0x4401ED8, 0x4401ED9, 0x4401EDA, 0x4401EDB, 0x4401EDC, 0x4401EDD,
    0x4401EDE, 0x4401EDF, 0x4401EE0, 0x4401EE1, 0x4401EE2, 0x4401EE3, 0x4401EE4, 0x4401EE5,
    0x4401EE6, 0x4401EE7, 0x4401EE8, 0x4401EE9, 0x4401EEA, 0x4401EEB, 0x4401EEC, 0x4401EED,
    0x4401EEE, 0x4401EEF, 0x4401EF0, 0x4401EF1, 0x4401EF2, 0x4401EF3, 0x4401EF4, 0x4401EF5,
    0x4401EF6, 0x4401EF7, 0x4401EF8, 0x4401EF9, 0x4401F00, 0x4401F01, 0x4401F02, 0x4401F03,
    0x4401F04, 0x4401F05, 0x4401F06, 0x4401F07, 0x4401F08, 0x4401F09, 0x4401F0A, 0x4401F0B,
    0x4401F0C, 0x4401F0D, 0x4401F0E, 0x4401F0F, 0x4401F10, 0x4401F11, 0x4401F12, 0x4401F13,
    0x4401F14, 0x4401F15, 0x4401F18, 0x4401F19, 0x4401F1A, 0x4401F1B, 0x4401F1C, 0x4401F1D,
    0x4401F20, 0x4401F21, 0x4401F22, 0x4401F23, 0x4401F24, 0x4401F25, 0x4401F26, 0x4401F27,
    0x4401F28, 0x4401F29, 0x4401F2A, 0x4401F2B, 0x4401F2C, 0x4401F2D, 0x4401F2E, 0x4401F2F,
    0x4401F30, 0x4401F31, 0x4401F32, 0x4401F33, 0x4401F34, 0x4401F35, 0x4401F36, 0x4401F37,
    0x4401F38, 0x4401F39, 0x4401F3A, 0x4401F3B, 0x4401F3C, 0x4401F3D, 0x4401F3E, 0x4401F3F,
    0x4401F40, 0x4401F41, 0x4401F42, 0x4401F43, 0x4401F44, 0x4401F45, 0x4401F48, 0x4401F49,
    0x4401F4A, 0x4401F4B, 0x4401F4C, 0x4401F4D, 0x4401F50, 0x4401F51, 0x4401F52, 0x4401F53,
    0x4401F54, 0x4401F55, 0x4401F56, 0x4401F57, 0x4401F59, 0x4401F5B, 0x4401F5D, 0x4401F5F,
    0x4401F60, 0x4401F61, 0x4401F62, 0x4401F63, 0x4401F64, 0x4401F65, 0x4401F66, 0x4401F67,
    0x4401F68, 0x4401F69, 0x4401F6A, 0x4401F6B, 0x4401F6C, 0x4401F6D, 0x4401F6E, 0x4401F6F,
    0x4401F70, 0x201F71, 0x4401F72, 0x201F73, 0x4401F74, 0x201F75, 0x4401F76, 0x201F77,
    0x4401F78, 0x201F79, 0x4401F7A, 0x201F7B, 0x4401F7C, 0x201F7D, 0x4401F80, 0x4401F81,
    0x4401F82, 0x4401F83, 0x4401F84, 0x4401F85, 0x4401F86, 0x4401F87, 0x4401F88, 0x4401F89,
    0x4401F8A, 0x4401F8B, 0x4401F8C, 0x4401F8D, 0x4401F8E, 0x4401F8F, 0x4401F90, 0x4401F91,
    0x4401F92, 0x4401F93, 0x4401F94, 0x4401F95, 0x4401F96, 0x4401F97, 0x4401F98, 0x4401F99,
    0x4401F9A, 0x4401F9B, 0x4401F9C, 0x4401F9D, 0x4401F9E, 0x4401F9F, 0x4401FA0, 0x4401FA1,
    0x4401FA2, 0x4401FA3, 0x4401FA4, 0x4401FA5, 0x4401FA6, 0x4401FA7, 0x4401FA8, 0x4401FA9,
    0x4401FAA, 0x4401FAB, 0x4401FAC, 0x4401FAD, 0x4401FAE, 0x4401FAF, 0x4401FB0, 0x4401FB1,
    0x4401FB2, 0x4401FB3, 0x4401FB4, 0x4401FB6, 0x4401FB7, 0x4401FB8, 0x4401FB9, 0x4401FBA,
    0x201FBB, 0x4401FBC, 0x201FBE, 0x4401FC1, 0x4401FC2, 0x4401FC3, 0x4401FC4, 0x4401FC6,
    0x4401FC7, 0x4401FC8, 0x201FC9, 0x4401FCA, 0x201FCB, 0x4401FCC, 0x4401FCD, 0x4401FCE,
    0x4401FCF, 0x4401FD0, 0x4401FD1, 0x4401FD2, 0x201FD3, 0x4401FD6, 0x4401FD7, 0x4401FD8,
    0x4401FD9, 0x4401FDA, 0x201FDB, 0x4401FDD, 0x4401FDE, 0x4401FDF, 0x4401FE0, 0x4401FE1,
    0x4401FE2, 0x201FE3, 0x4401FE4, 0x4401FE5, 0x4401FE6, 0x4401FE7, 0x4401FE8, 0x4401FE9,
    0x4401FEA, 0x201FEB, 0x4401FEC, 0x4401FED, 0x201FEE, 0x201FEF, 0x4401FF2, 0x4401FF3,
    0x4401FF4, 0x4401FF6, 0x4401FF7, 0x4401FF8, 0x201FF9, 0x4401FFA, 0x201FFB, 0x4401FFC,
    0x201FFD, 0x202000, 0x202001, 0x202126, 0x20212A, 0x20212B, 0x440219A, 0x440219B,
    0x44021AE, 0x44021CD, 0x44021CE, 0x44021CF, 0x4402204, 0x4402209, 0x440220C, 0x4402224,
    0x4402226, 0x4402241, 0x4402244, 0x4402247, 0x4402249, 0x4402260, 0x4402262, 0x440226D,
    0x440226E, 0x440226F, 0x4402270, 0x4402271, 0x4402274, 0x4402275, 0x4402278, 0x4402279,
    0x4402280, 0x4402281, 0x4402284, 0x4402285, 0x4402288, 0x4402289, 0x44022AC, 0x44022AD,
    0x44022AE, 0x44022AF, 0x44022E0, 0x44022E1, 0x44022E2, 0x44022E3, 0x44022EA, 0x44022EB,
    0x44022EC, 0x44022ED, 0x202329, 0x20232A, 0x402ADC, 0x440304C, 0x440304E, 0x4403050,
    0x4403052, 0x4403054, 0x4403056, 0x4403058, 0x440305A, 0x440305C, 0x440305E, 0x4403060,
    0x4403062, 0x4403065, 0x4403067, 0x4403069, 0x4403070, 0x4403071, 0x4403073, 0x4403074,
    0x4403076, 0x4403077, 0x4403079, 0x440307A, 0x440307C, 0x440307D, 0x4403094, 0x440309E,
    0x44030AC, 0x44030AE, 0x44030B0, 0x44030B2, 0x44030B4, 0x44030B6, 0x44030B8, 0x44030BA,
    0x44030BC, 0x44030BE, 0x44030C0, 0x44030C2, 0x44030C5, 0x44030C7, 0x44030C9, 0x44030D0,
    0x44030D1, 0x44030D3, 0x44030D4, 0x44030D6, 0x44030D7, 0x44030D9, 0x44030DA, 0x44030DC,
    0x44030DD, 0x44030F4, 0x44030F7, 0x44030F8, 0x44030F9, 0x44030FA, 0x44030FE, 0x20F900,
    0x20F901, 0x20F902, 0x20F903, 0x20F904, 0x20F905, 0x20F906, 0x20F907, 0x20F908,
    0x20F909, 0x20F90A, 0x20F90B, 0x20F90C, 0x20F90D, 0x20F90E, 0x20F90F, 0x20F910,
    0x20F911, 0x20F912, 0x20F913, 0x20F914, 0x20F915, 0x20F916, 0x20F917, 0x20F918,
    0x20F919, 0x20F91A, 0x20F91B, 0x20F91C, 0x20F91D, 0x20F91E, 0x20F91F, 0x20F920,
    0x20F921, 0x20F922, 0x20F923, 0x20F924, 0x20F925, 0x20F926, 0x20F927, 0x20F928,
    0x20F929, 0x20F92A, 0x20F92B, 0x20F92C, 0x20F92D, 0x20F92E, 0x20F92F, 0x20F930,
    0x20F931, 0x20F932, 0x20F933, 0x20F934, 0x20F935, 0x20F936, 0x20F937, 0x20F938,
    0x20F939, 0x20F93A, 0x20F93B, 0x20F93C, 0x20F93D, 0x20F93E, 0x20F93F, 0x20F940,
    0x20F941, 0x20F942, 0x20F943, 0x20F944, 0x20F945, 0x20F946, 0x20F947, 0x20F948,
    0x20F949, 0x20F94A, 0x20F94B, 0x20F94C, 0x20F94D, 0x20F94E, 0x20F94F, 0x20F950,
    0x20F951, 0x20F952, 0x20F953, 0x20F954, 0x20F955, 0x20F956, 0x20F957, 0x20F958,
    0x20F959, 0x20F95A, 0x20F95B, 0x20F95C, 0x20F95D, 0x20F95E, 0x20F95F, 0x20F960,
    0x20F961, 0x20F962, 0x20F963, 0x20F964, 0x20F965, 0x20F966, 0x20F967, 0x20F968,
    0x20F969, 0x20F96A, 0x20F96B, 0x20F96C, 0x20F96D, 0x20F96E, 0x20F96F, 0x20F970,
    0x20F971, 0x20F972, 0x20F973, 0x20F974, 0x20F975, 0x20F976, 0x20F977, 0x20F978,
    0x20F979, 0x20F97A, 0x20F97B, 0x20F97C, 0x20F97D, 0x20F97E, 0x20F97F, 0x20F980,
    0x20F981, 0x20F982, 0x20F983, 0x20F984, 0x20F985, 0x20F986, 0x20F987, 0x20F988,
    0x20F989, 0x20F98A, 0x20F98B, 0x20F98C, 0x20F98D, 0x20F98E, 0x20F98F, 0x20F990,
    0x20F991, 0x20F992, 0x20F993, 0x20F994, 0x20F995, 0x20F996, 0x20F997, 0x20F998,
    0x20F999, 0x20F99A, 0x20F99B, 0x20F99C, 0x20F99D, 0x20F99E, 0x20F99F, 0x20F9A0,
    0x20F9A1, 0x20F9A2, 0x20F9A3, 0x20F9A4, 0x20F9A5, 0x20F9A6, 0x20F9A7, 0x20F9A8,
    0x20F9A9, 0x20F9AA, 0x20F9AB, 0x20F9AC, 0x20F9AD, 0x20F9AE, 0x20F9AF, 0x20F9B0,
    0x20F9B1, 0x20F9B2, 0x20F9B3, 0x20F9B4, 0x20F9B5, 0x20F9B6, 0x20F9B7, 0x20F9B8,
    0x20F9B9, 0x20F9BA, 0x20F9BB, 0x20F9BC, 0x20F9BD, 0x20F9BE, 0x20F9BF, 0x20F9C0,
    0x20F9C1, 0x20F9C2, 0x20F9C3, 0x20F9C4, 0x20F9C5, 0x20F9C6, 0x20F9C7, 0x20F9C8,
    0x20F9C9, 0x20F9CA, 0x20F9CB, 0x20F9CC, 0x20F9CD, 0x20F9CE, 0x20F9CF, 0x20F9D0,
    0x20F9D1, 0x20F9D2, 0x20F9D3, 0x20F9D4, 0x20F9D5, 0x20F9D6, 0x20F9D7, 0x20F9D8,
    0x20F9D9, 0x20F9DA, 0x20F9DB, 0x20F9DC, 0x20F9DD, 0x20F9DE, 0x20F9DF, 0x20F9E0,
    0x20F9E1, 0x20F9E2, 0x20F9E3, 0x20F9E4, 0x20F9E5, 0x20F9E6, 0x20F9E7, 0x20F9E8,
    0x20F9E9, 0x20F9EA, 0x20F9EB, 0x20F9EC, 0x20F9ED, 0x20F9EE, 0x20F9EF, 0x20F9F0,
    0x20F9F1, 0x20F9F2, 0x20F9F3, 0x20F9F4, 0x20F9F5, 0x20F9F6, 0x20F9F7, 0x20F9F8,
    0x20F9F9, 0x20F9FA, 0x20F9FB, 0x20F9FC, 0x20F9FD, 0x20F9FE, 0x20F9FF, 0x20FA00,
    0x20FA01, 0x20FA02, 0x20FA03, 0x20FA04, 0x20FA05, 0x20FA06, 0x20FA07, 0x20FA08,
    0x20FA09, 0x20FA0A, 0x20FA0B, 0x20FA0C, 0x20FA0D, 0x20FA10, 0x20FA12, 0x20FA15,
    0x20FA16, 0x20FA17, 0x20FA18, 0x20FA19, 0x20FA1A, 0x20FA1B, 0x20FA1C, 0x20FA1D,
    0x20FA1E, 0x20FA20, 0x20FA22, 0x20FA25, 0x20FA26, 0x20FA2A, 0x20FA2B, 0x20FA2C,
    0x20FA2D, 0x20FA2E, 0x20FA2F, 0x20FA30, 0x20FA31, 0x20FA32, 0x20FA33, 0x20FA34,
    0x20FA35, 0x20FA36, 0x20FA37, 0x20FA38, 0x20FA39, 0x20FA3A, 0x20FA3B, 0x20FA3C,
    0x20FA3D, 0x20FA3E, 0x20FA3F, 0x20FA40, 0x20FA41, 0x20FA42, 0x20FA43, 0x20FA44,
    0x20FA45, 0x20FA46, 0x20FA47, 0x20FA48, 0x20FA49, 0x20FA4A, 0x20FA4B, 0x20FA4C,
    0x20FA4D, 0x20FA4E, 0x20FA4F, 0x20FA50, 0x20FA51, 0x20FA52, 0x20FA53, 0x20FA54,
    0x20FA55, 0x20FA56, 0x20FA57, 0x20FA58, 0x20FA59, 0x20FA5A, 0x20FA5B, 0x20FA5C,
    0x20FA5D, 0x20FA5E, 0x20FA5F, 0x20FA60, 0x20FA61, 0x20FA62, 0x20FA63, 0x20FA64,
    0x20FA65, 0x20FA66, 0x20FA67, 0x20FA68, 0x20FA69, 0x20FA6A, 0x20FA6B, 0x20FA6C,
    0x20FA6D, 0x20FA70, 0x20FA71, 0x20FA72, 0x20FA73, 0x20FA74, 0x20FA75, 0x20FA76,
    0x20FA77, 0x20FA78, 0x20FA79, 0x20FA7A, 0x20FA7B, 0x20FA7C, 0x20FA7D, 0x20FA7E,
    0x20FA7F, 0x20FA80, 0x20FA81, 0x20FA82, 0x20FA83, 0x20FA84, 0x20FA85, 0x20FA86,
    0x20FA87, 0x20FA88, 0x20FA89, 0x20FA8A, 0x20FA8B, 0x20FA8C, 0x20FA8D, 0x20FA8E,
    0x20FA8F, 0x20FA90, 0x20FA91, 0x20FA92, 0x20FA93, 0x20FA94, 0x20FA95, 0x20FA96,
    0x20FA97, 0x20FA98, 0x20FA99, 0x20FA9A, 0x20FA9B, 0x20FA9C, 0x20FA9D, 0x20FA9E,
    0x20FA9F, 0x20FAA0, 0x20FAA1, 0x20FAA2, 0x20FAA3, 0x20FAA4, 0x20FAA5, 0x20FAA6,
    0x20FAA7, 0x20FAA8, 0x20FAA9, 0x20FAAA, 0x20FAAB, 0x20FAAC, 0x20FAAD, 0x20FAAE,
    0x20FAAF, 0x20FAB0, 0x20FAB1, 0x20FAB2, 0x20FAB3, 0x20FAB4, 0x20FAB5, 0x20FAB6,
    0x20FAB7, 0x20FAB8, 0x20FAB9, 0x20FABA, 0x20FABB, 0x20FABC, 0x20FABD, 0x20FABE,
    0x20FABF, 0x20FAC0, 0x20FAC1, 0x20FAC2, 0x20FAC3, 0x20FAC4, 0x20FAC5, 0x20FAC6,
    0x20FAC7, 0x20FAC8, 0x20FAC9, 0x20FACA, 0x20FACB, 0x20FACC, 0x20FACD, 0x20FACE,
    0x20FACF, 0x20FAD0, 0x20FAD1, 0x20FAD2, 0x20FAD3, 0x20FAD4, 0x20FAD5, 0x20FAD6,
    0x20FAD7, 0x20FAD8, 0x20FAD9, 0x40FB1D, 0x40FB1F, 0x40FB2A, 0x40FB2B, 0x40FB2C,
    0x40FB2D, 0x40FB2E, 0x40FB2F, 0x40FB30, 0x40FB31, 0x40FB32, 0x40FB33, 0x40FB34,
    0x40FB35, 0x40FB36, 0x40FB38, 0x40FB39, 0x40FB3A, 0x40FB3B, 0x40FB3C, 0x40FB3E,
    0x40FB40, 0x40FB41, 0x40FB43, 0x40FB44, 0x40FB46, 0x40FB47, 0x40FB48, 0x40FB49,
    0x40FB4A, 0x40FB4B, 0x40FB4C, 0x40FB4D, 0x40FB4E, 0x441109A, 0x441109C, 0x44110AB,
    0x441112E, 0x441112F, 0x441134B, 0x441134C, 0x44114BB, 0x44114BC, 0x44114BE, 0x44115BA,
    0x44115BB, 0x41D15E, 0x41D15F, 0x41D160, 0x41D161, 0x41D162, 0x41D163, 0x41D164,
    0x41D1BB, 0x41D1BC, 0x41D1BD, 0x41D1BE, 0x41D1BF, 0x41D1C0, 0x22F800, 0x22F801,
    0x22F802, 0x22F803, 0x22F804, 0x22F805, 0x22F806, 0x22F807, 0x22F808, 0x22F809,
    0x22F80A, 0x22F80B, 0x22F80C, 0x22F80D, 0x22F80E, 0x22F80F, 0x22F810, 0x22F811,
    0x22F812, 0x22F813, 0x22F814, 0x22F815, 0x22F816, 0x22F817, 0x22F818, 0x22F819,
    0x22F81A, 0x22F81B, 0x22F81C, 0x22F81D, 0x22F81E, 0x22F81F, 0x22F820, 0x22F821,
    0x22F822, 0x22F823, 0x22F824, 0x22F825, 0x22F826, 0x22F827, 0x22F828, 0x22F829,
    0x22F82A, 0x22F82B, 0x22F82C, 0x22F82D, 0x22F82E, 0x22F82F, 0x22F830, 0x22F831,
    0x22F832, 0x22F833, 0x22F834, 0x22F835, 0x22F836, 0x22F837, 0x22F838, 0x22F839,
    0x22F83A, 0x22F83B, 0x22F83C, 0x22F83D, 0x22F83E, 0x22F83F, 0x22F840, 0x22F841,
    0x22F842, 0x22F843, 0x22F844, 0x22F845, 0x22F846, 0x22F847, 0x22F848, 0x22F849,
    0x22F84A, 0x22F84B, 0x22F84C, 0x22F84D, 0x22F84E, 0x22F84F, 0x22F850, 0x22F851,
    0x22F852, 0x22F853, 0x22F854, 0x22F855, 0x22F856, 0x22F857, 0x22F858, 0x22F859,
    0x22F85A, 0x22F85B, 0x22F85C, 0x22F85D, 0x22F85E, 0x22F85F, 0x22F860, 0x22F861,
    0x22F862, 0x22F863, 0x22F864, 0x22F865, 0x22F866, 0x22F867, 0x22F868, 0x22F869,
    0x22F86A, 0x22F86B, 0x22F86C, 0x22F86D, 0x22F86E, 0x22F86F, 0x22F870, 0x22F871,
    0x22F872, 0x22F873, 0x22F874, 0x22F875, 0x22F876, 0x22F877, 0x22F878, 0x22F879,
    0x22F87A, 0x22F87B, 0x22F87C, 0x22F87D, 0x22F87E, 0x22F87F, 0x22F880, 0x22F881,
    0x22F882, 0x22F883, 0x22F884, 0x22F885, 0x22F886, 0x22F887, 0x22F888, 0x22F889,
    0x22F88A, 0x22F88B, 0x22F88C, 0x22F88D, 0x22F88E, 0x22F88F, 0x22F890, 0x22F891,
    0x22F892, 0x22F893, 0x22F894, 0x22F895, 0x22F896, 0x22F897, 0x22F898, 0x22F899,
    0x22F89A, 0x22F89B, 0x22F89C, 0x22F89D, 0x22F89E, 0x22F89F, 0x22F8A0, 0x22F8A1,
    0x22F8A2, 0x22F8A3, 0x22F8A4, 0x22F8A5, 0x22F8A6, 0x22F8A7, 0x22F8A8, 0x22F8A9,
    0x22F8AA, 0x22F8AB, 0x22F8AC, 0x22F8AD, 0x22F8AE, 0x22F8AF, 0x22F8B0, 0x22F8B1,
    0x22F8B2, 0x22F8B3, 0x22F8B4, 0x22F8B5, 0x22F8B6, 0x22F8B7, 0x22F8B8, 0x22F8B9,
    0x22F8BA, 0x22F8BB, 0x22F8BC, 0x22F8BD, 0x22F8BE, 0x22F8BF, 0x22F8C0, 0x22F8C1,
    0x22F8C2, 0x22F8C3, 0x22F8C4, 0x22F8C5, 0x22F8C6, 0x22F8C7, 0x22F8C8, 0x22F8C9,
    0x22F8CA, 0x22F8CB, 0x22F8CC, 0x22F8CD, 0x22F8CE, 0x22F8CF, 0x22F8D0, 0x22F8D1,
    0x22F8D2, 0x22F8D3, 0x22F8D4, 0x22F8D5, 0x22F8D6, 0x22F8D7, 0x22F8D8, 0x22F8D9,
    0x22F8DA, 0x22F8DB, 0x22F8DC, 0x22F8DD, 0x22F8DE, 0x22F8DF, 0x22F8E0, 0x22F8E1,
    0x22F8E2, 0x22F8E3, 0x22F8E4, 0x22F8E5, 0x22F8E6, 0x22F8E7, 0x22F8E8, 0x22F8E9,
    0x22F8EA, 0x22F8EB, 0x22F8EC, 0x22F8ED, 0x22F8EE, 0x22F8EF, 0x22F8F0, 0x22F8F1,
    0x22F8F2, 0x22F8F3, 0x22F8F4, 0x22F8F5, 0x22F8F6, 0x22F8F7, 0x22F8F8, 0x22F8F9,
    0x22F8FA, 0x22F8FB, 0x22F8FC, 0x22F8FD, 0x22F8FE, 0x22F8FF, 0x22F900, 0x22F901,
    0x22F902, 0x22F903, 0x22F904, 0x22F905, 0x22F906, 0x22F907, 0x22F908, 0x22F909,
    0x22F90A, 0x22F90B, 0x22F90C, 0x22F90D, 0x22F90E, 0x22F90F, 0x22F910, 0x22F911,
    0x22F912, 0x22F913, 0x22F914, 0x22F915, 0x22F916, 0x22F917, 0x22F918, 0x22F919,
    0x22F91A, 0x22F91B, 0x22F91C, 0x22F91D, 0x22F91E, 0x22F91F, 0x22F920, 0x22F921,
    0x22F922, 0x22F923, 0x22F924, 0x22F925, 0x22F926, 0x22F927, 0x22F928, 0x22F929,
    0x22F92A, 0x22F92B, 0x22F92C, 0x22F92D, 0x22F92E, 0x22F92F, 0x22F930, 0x22F931,
    0x22F932, 0x22F933, 0x22F934, 0x22F935, 0x22F936, 0x22F937, 0x22F938, 0x22F939,
    0x22F93A, 0x22F93B, 0x22F93C, 0x22F93D, 0x22F93E, 0x22F93F, 0x22F940, 0x22F941,
    0x22F942, 0x22F943, 0x22F944, 0x22F945, 0x22F946, 0x22F947, 0x22F948, 0x22F949,
    0x22F94A, 0x22F94B, 0x22F94C, 0x22F94D, 0x22F94E, 0x22F94F, 0x22F950, 0x22F951,
    0x22F952, 0x22F953, 0x22F954, 0x22F955, 0x22F956, 0x22F957, 0x22F958, 0x22F959,
    0x22F95A, 0x22F95B, 0x22F95C, 0x22F95D, 0x22F95E, 0x22F95F, 0x22F960, 0x22F961,
    0x22F962, 0x22F963, 0x22F964, 0x22F965, 0x22F966, 0x22F967, 0x22F968, 0x22F969,
    0x22F96A, 0x22F96B, 0x22F96C, 0x22F96D, 0x22F96E, 0x22F96F, 0x22F970, 0x22F971,
    0x22F972, 0x22F973, 0x22F974, 0x22F975, 0x22F976, 0x22F977, 0x22F978, 0x22F979,
    0x22F97A, 0x22F97B, 0x22F97C, 0x22F97D, 0x22F97E, 0x22F97F, 0x22F980, 0x22F981,
    0x22F982, 0x22F983, 0x22F984, 0x22F985, 0x22F986, 0x22F987, 0x22F988, 0x22F989,
    0x22F98A, 0x22F98B, 0x22F98C, 0x22F98D, 0x22F98E, 0x22F98F, 0x22F990, 0x22F991,
    0x22F992, 0x22F993, 0x22F994, 0x22F995, 0x22F996, 0x22F997, 0x22F998, 0x22F999,
    0x22F99A, 0x22F99B, 0x22F99C, 0x22F99D, 0x22F99E, 0x22F99F, 0x22F9A0, 0x22F9A1,
    0x22F9A2, 0x22F9A3, 0x22F9A4, 0x22F9A5, 0x22F9A6, 0x22F9A7, 0x22F9A8, 0x22F9A9,
    0x22F9AA, 0x22F9AB, 0x22F9AC, 0x22F9AD, 0x22F9AE, 0x22F9AF, 0x22F9B0, 0x22F9B1,
    0x22F9B2, 0x22F9B3, 0x22F9B4, 0x22F9B5, 0x22F9B6, 0x22F9B7, 0x22F9B8, 0x22F9B9,
    0x22F9BA, 0x22F9BB, 0x22F9BC, 0x22F9BD, 0x22F9BE, 0x22F9BF, 0x22F9C0, 0x22F9C1,
    0x22F9C2, 0x22F9C3, 0x22F9C4, 0x22F9C5, 0x22F9C6, 0x22F9C7, 0x22F9C8, 0x22F9C9,
    0x22F9CA, 0x22F9CB, 0x22F9CC, 0x22F9CD, 0x22F9CE, 0x22F9CF, 0x22F9D0, 0x22F9D1,
    0x22F9D2, 0x22F9D3, 0x22F9D4, 0x22F9D5, 0x22F9D6, 0x22F9D7, 0x22F9D8, 0x22F9D9,
    0x22F9DA, 0x22F9DB, 0x22F9DC, 0x22F9DD, 0x22F9DE, 0x22F9DF, 0x22F9E0, 0x22F9E1,
    0x22F9E2, 0x22F9E3, 0x22F9E4, 0x22F9E5, 0x22F9E6, 0x22F9E7, 0x22F9E8, 0x22F9E9,
    0x22F9EA, 0x22F9EB, 0x22F9EC, 0x22F9ED, 0x22F9EE, 0x22F9EF, 0x22F9F0, 0x22F9F1,
    0x22F9F2, 0x22F9F3, 0x22F9F4, 0x22F9F5, 0x22F9F6, 0x22F9F7, 0x22F9F8, 0x22F9F9,
    0x22F9FA, 0x22F9FB, 0x22F9FC, 0x22F9FD, 0x22F9FE, 0x22F9FF, 0x22FA00, 0x22FA01,
    0x22FA02, 0x22FA03, 0x22FA04, 0x22FA05, 0x22FA06, 0x22FA07, 0x22FA08, 0x22FA09,
    0x22FA0A, 0x22FA0B, 0x22FA0C, 0x22FA0D, 0x22FA0E, 0x22FA0F, 0x22FA10, 0x22FA11,
    0x22FA12, 0x22FA13, 0x22FA14, 0x22FA15, 0x22FA16, 0x22FA17, 0x22FA18, 0x22FA19,
    0x22FA1A, 0x22FA1B, 0x22FA1C, 0x22FA1D,
};
static const uint16_t bert__udecomp_off[2060] = {
    0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46,
    48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88, 90, 92, 94,
    96, 98, 100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142,
    144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164, 166, 168, 170, 172, 174, 176, 178, 180, 182, 184, 186, 188, 190,
    192, 194, 196, 198, 200, 202, 204, 206, 208, 210, 212, 214, 216, 218, 220, 222, 224, 226, 228, 230, 232, 234, 236, 238,
    240, 242, 244, 246, 248, 250, 252, 254, 256, 258, 260, 262, 264, 266, 268, 270, 272, 274, 276, 278, 280, 282, 284, 286,
    288, 290, 292, 294, 296, 298, 300, 302, 304, 306, 308, 310, 312, 314, 316, 318, 320, 322, 324, 326, 328, 330, 332, 334,
    336, 338, 340, 342, 344, 346, 348, 350, 352, 354, 356, 358, 360, 362, 364, 366, 368, 370, 372, 374, 376, 378, 380, 382,
    384, 386, 388, 390, 392, 394, 396, 398, 400, 402, 404, 406, 408, 410, 412, 414, 416, 418, 420, 422, 424, 426, 428, 430,
    432, 434, 436, 438, 440, 442, 444, 446, 448, 450, 452, 454, 456, 458, 460, 462, 464, 466, 468, 470, 472, 474, 476, 478,
    480, 482, 484, 486, 488, 490, 492, 494, 496, 498, 500, 502, 504, 505, 506, 507, 509, 510, 511, 513, 515, 516, 518, 520,
    522, 524, 526, 528, 530, 532, 534, 536, 538, 540, 542, 544, 546, 548, 550, 552, 554, 556, 558, 560, 562, 564, 566, 568,
    570, 572, 574, 576, 578, 580, 582, 584, 586, 588, 590, 592, 594, 596, 598, 600, 602, 604, 606, 608, 610, 612, 614, 616,
    618, 620, 622, 624, 626, 628, 630, 632, 634, 636, 638, 640, 642, 644, 646, 648, 650, 652, 654, 656, 658, 660, 662, 664,
    666, 668, 670, 672, 674, 676, 678, 680, 682, 684, 686, 688, 690, 692, 694, 696, 698, 700, 702, 704, 706, 708, 710, 712,
    714, 716, 718, 720, 722, 724, 726, 728, 730, 732, 734, 736, 738, 740, 742, 744, 746, 748, 750, 752, 754, 756, 758, 760,
    762, 764, 766, 768, 770, 772, 774, 776, 778, 780, 782, 784, 786, 788, 790, 792, 794, 796, 798, 800, 802, 804, 806, 808,
    810, 812, 814, 816, 818, 820, 822, 824, 826, 828, 830, 832, 834, 836, 838, 840, 842, 844, 846, 848, 850, 852, 854, 856,
    858, 860, 862, 864, 866, 868, 870, 872, 874, 876, 878, 880, 882, 884, 886, 888, 890, 892, 894, 896, 898, 900, 902, 904,
    906, 908, 910, 912, 914, 916, 918, 920, 922, 924, 926, 928, 930, 932, 934, 936, 938, 940, 942, 944, 946, 948, 950, 952,
    954, 956, 958, 960, 962, 964, 966, 968, 970, 972, 974, 976, 978, 980, 982, 984, 986, 988, 990, 992, 994, 996, 998, 1000,
    1002, 1004, 1006, 1008, 1010, 1012, 1014, 1016, 1018, 1020, 1022, 1024, 1026, 1028, 1030, 1032, 1034, 1036, 1038, 1040, 1042, 1044, 1046, 1048,
    1050, 1052, 1054, 1056, 1058, 1060, 1062, 1064, 1066, 1068, 1070, 1072, 1074, 1076, 1078, 1080, 1082, 1084, 1086, 1088, 1090, 1092, 1094, 1096,
    1098, 1100, 1102, 1104, 1106, 1108, 1110, 1112, 1114, 1116, 1118, 1120, 1122, 1124, 1126, 1128, 1130, 1132, 1134, 1136, 1138, 1140, 1142, 1144,
    1146, 1148, 1150, 1152, 1154, 1156, 1158, 1160, 1162, 1164, 1166, 1168, 1170, 1172, 1174, 1176, 1178, 1180, 1182, 1184, 1186, 1188, 1190, 1192,
    1194, 1196, 1198, 1200, 1202, 1204, 1206, 1208, 1210, 1212, 1214, 1216, 1218, 1220, 1222, 1224, 1226, 1228, 1230, 1232, 1234, 1236, 1238, 1240,
    1242, 1244, 1246, 1248, 1250, 1252, 1254, 1256, 1258, 1260, 1262, 1264, 1266, 1268, 1270, 1272, 1274, 1276, 1278, 1280, 1282, 1284, 1286, 1288,
    1290, 1292, 1294, 1296, 1298, 1300, 1302, 1304, 1306, 1308, 1310, 1312, 1314, 1316, 1318, 1320, 1322, 1324, 1326, 1328, 1330, 1332, 1334, 1336,
    1338, 1340, 1342, 1344, 1346, 1348, 1350, 1352, 1354, 1356, 1358, 1360, 1362, 1364, 1366, 1368, 1370, 1372, 1374, 1376, 1378, 1380, 1382, 1384,
    1386, 1388, 1390, 1392, 1394, 1396, 1398, 1400, 1402, 1404, 1406, 1408, 1410, 1412, 1414, 1416, 1418, 1420, 1422, 1424, 1426, 1428, 1430, 1432,
    1434, 1436, 1438, 1440, 1442, 1444, 1446, 1448, 1450, 1452, 1454, 1456, 1458, 1460, 1462, 1464, 1466, 1468, 1470, 1472, 1474, 1476, 1478, 1480,
    1482, 1484, 1486, 1488, 1490, 1492, 1494, 1496, 1498, 1500, 1502, 1504, 1506, 1508, 1510, 1512, 1514, 1516, 1517, 1519, 1520, 1522, 1523, 1525,
    1526, 1528, 1529, 1531, 1532, 1534, 1535, 1537, 1539, 1541, 1543, 1545, 1547, 1549, 1551, 1553, 1555, 1557, 1559, 1561, 1563, 1565, 1567, 1569,
    1571, 1573, 1575, 1577, 1579, 1581, 1583, 1585, 1587, 1589, 1591, 1593, 1595, 1597, 1599, 1601, 1603, 1605, 1607, 1609, 1611, 1613, 1615, 1617,
    1619, 1621, 1623, 1625, 1627, 1629, 1631, 1633, 1635, 1637, 1639, 1641, 1643, 1645, 1647, 1649, 1651, 1652, 1654, 1655, 1657, 1659, 1661, 1663,
    1665, 1667, 1669, 1670, 1672, 1673, 1675, 1677, 1679, 1681, 1683, 1685, 1687, 1688, 1690, 1692, 1694, 1696, 1698, 1699, 1701, 1703, 1705, 1707,
    1709, 1711, 1712, 1714, 1716, 1718, 1720, 1722, 1724, 1726, 1727, 1729, 1731, 1732, 1733, 1735, 1737, 1739, 1741, 1743, 1745, 1746, 1748, 1749,
    1751, 1752, 1753, 1754, 1755, 1756, 1757, 1759, 1761, 1763, 1765, 1767, 1769, 1771, 1773, 1775, 1777, 1779, 1781, 1783, 1785, 1787, 1789, 1791,
    1793, 1795, 1797, 1799, 1801, 1803, 1805, 1807, 1809, 1811, 1813, 1815, 1817, 1819, 1821, 1823, 1825, 1827, 1829, 1831, 1833, 1835, 1837, 1839,
    1841, 1843, 1845, 1846, 1847, 1849, 1851, 1853, 1855, 1857, 1859, 1861, 1863, 1865, 1867, 1869, 1871, 1873, 1875, 1877, 1879, 1881, 1883, 1885,
    1887, 1889, 1891, 1893, 1895, 1897, 1899, 1901, 1903, 1905, 1907, 1909, 1911, 1913, 1915, 1917, 1919, 1921, 1923, 1925, 1927, 1929, 1931, 1933,
    1935, 1937, 1939, 1941, 1943, 1945, 1947, 1949, 1951, 1953, 1955, 1957, 1959, 1961, 1963, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973,
    1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997,
    1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021,
    2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045,
    2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069,
    2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093,
    2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117,
    2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141,
    2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165,
    2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189,
    2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213,
    2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237,
    2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261,
    2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285,
    2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309,
    2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334,
    2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358,
    2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382,
    2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406,
    2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2417, 2419, 2421, 2422, 2423, 2424, 2426, 2428, 2430, 2431, 2432, 2434, 2436, 2438, 2440,
    2442, 2444, 2446, 2448, 2450, 2452, 2454, 2456, 2458, 2460, 2462, 2464, 2466, 2468, 2470, 2472, 2474, 2476, 2478, 2480, 2482, 2484, 2486, 2488,
    2490, 2492, 2494, 2496, 2498, 2500, 2504, 2508, 2512, 2516, 2520, 2524, 2528, 2532, 2536, 2540, 2544, 2548, 2552, 2556, 2560, 2564, 2568, 2572,
    2576, 2580, 2584, 2588, 2592, 2596, 2600, 2601, 2602, 2603, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2616, 2617, 2618, 2619,
    2620, 2622, 2623, 2624, 2625, 2627, 2628, 2629, 2630, 2631, 2632, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646,
    2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2659, 2660, 2661, 2662, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672,
    2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696,
    2698, 2699, 2700, 2701, 2702, 2703, 2704, 2706, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2720, 2721, 2722, 2723, 2724,
    2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2737, 2738, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751,
    2753, 2754, 2755, 2756, 2757, 2758, 2760, 2761, 2763, 2765, 2766, 2767, 2768, 2769, 2771, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781,
    2782, 2783, 2784, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2807,
    2808, 2809, 2810, 2811, 2812, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2827, 2828, 2829, 2830, 2831, 2832, 2833,
    2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2847, 2848, 2849, 2850, 2851, 2852, 2854, 2855, 2856, 2857, 2858, 2859,
    2860, 2861, 2862, 2864, 2865, 2866, 2867, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2877, 2879, 2881, 2882, 2884, 2885, 2886, 2887, 2888, 2889,
    2890, 2891, 2892, 2893, 2894, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2904, 2905, 2906, 2908, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917,
    2918, 2919, 2921, 2922, 2924, 2925, 2927, 2928, 2929, 2930, 2932, 2933, 2934, 2936, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947,
    2948, 2949, 2950, 2951, 2953, 2954, 2956, 2957, 2959, 2960, 2962, 2964, 2966, 2967, 2968, 2969, 2971, 2973, 2975, 2977, 2978, 2979, 2980, 2981,
    2982, 2983, 2984, 2985, 2987, 2988, 2989, 2990, 2991, 2993, 2994, 2996, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3006, 3008, 3010, 3011, 3012,
    3014, 3015, 3016, 3017, 3019, 3020, 3021, 3022, 3023, 3024, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3034, 3036, 3037, 3039, 3040, 3042, 3043,
    3044, 3045, 3047, 3049, 3050, 3052, 3053, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3063, 3065, 3067, 3069, 3070, 3071, 3072, 3073, 3074, 3075,
    3076, 3077, 3078, 3079, 3080, 3081, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3097, 3099, 3101, 3102, 3103,
    3104, 3105, 3107, 3108, 3110, 3111, 3112, 3114, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131,
    3132, 3133, 3134, 3135, 3137, 3138, 3139, 3140, 3141, 3142, 3144, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3154, 3155, 3156, 3157, 3158, 3160,
    3162, 3163, 3164, 3165, 3167, 3168, 3169, 3171, 3173, 3174, 3175, 3176, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3187, 3188, 3189, 3190,
    3192, 3193, 3194, 3195, 3196, 3198, 3200, 3201, 3202, 3203, 3205, 3206, 3208, 3209, 3210, 3211, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220,
    3222, 3223, 3224, 3225, 3226, 3227, 3228, 3230, 3231, 3233, 3235, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245,
};
static const uint16_t bert__udecomp_pool[3247] = {
    0x41, 0x300, 0x41, 0x301, 0x41, 0x302, 0x41, 0x303, 0x41, 0x308, 0x41, 0x30A,
    0x43, 0x327, 0x45, 0x300, 0x45, 0x301, 0x45, 0x302, 0x45, 0x308, 0x49, 0x300,
    0x49, 0x301, 0x49, 0x302, 0x49, 0x308, 0x4E, 0x303, 0x4F, 0x300, 0x4F, 0x301,
    0x4F, 0x302, 0x4F, 0x303, 0x4F, 0x308, 0x55, 0x300, 0x55, 0x301, 0x55, 0x302,
    0x55, 0x308, 0x59, 0x301, 0x61, 0x300, 0x61, 0x301, 0x61, 0x302, 0x61, 0x303,
    0x61, 0x308, 0x61, 0x30A, 0x63, 0x327, 0x65, 0x300, 0x65, 0x301, 0x65, 0x302,
    0x65, 0x308, 0x69, 0x300, 0x69, 0x301, 0x69, 0x302, 0x69, 0x308, 0x6E, 0x303,
    0x6F, 0x300, 0x6F, 0x301, 0x6F, 0x302, 0x6F, 0x303, 0x6F, 0x308, 0x75, 0x300,
    0x75, 0x301, 0x75, 0x302, 0x75, 0x308, 0x79, 0x301, 0x79, 0x308, 0x41, 0x304,
    0x61, 0x304, 0x41, 0x306, 0x61, 0x306, 0x41, 0x328, 0x61, 0x328, 0x43, 0x301,
    0x63, 0x301, 0x43, 0x302, 0x63, 0x302, 0x43, 0x307, 0x63, 0x307, 0x43, 0x30C,
    0x63, 0x30C, 0x44, 0x30C, 0x64, 0x30C, 0x45, 0x304, 0x65, 0x304, 0x45, 0x306,
    0x65, 0x306, 0x45, 0x307, 0x65, 0x307, 0x45, 0x328, 0x65, 0x328, 0x45, 0x30C,
    0x65, 0x30C, 0x47, 0x302, 0x67, 0x302, 0x47, 0x306, 0x67, 0x306, 0x47, 0x307,
    0x67, 0x307, 0x47, 0x327, 0x67, 0x327, 0x48, 0x302, 0x68, 0x302, 0x49, 0x303,
    0x69, 0x303, 0x49, 0x304, 0x69, 0x304, 0x49, 0x306, 0x69, 0x306, 0x49, 0x328,
    0x69, 0x328, 0x49, 0x307, 0x4A, 0x302, 0x6A, 0x302, 0x4B, 0x327, 0x6B, 0x327,
    0x4C, 0x301, 0x6C, 0x301, 0x4C, 0x327, 0x6C, 0x327, 0x4C, 0x30C, 0x6C, 0x30C,
    0x4E, 0x301, 0x6E, 0x301, 0x4E, 0x327, 0x6E, 0x327, 0x4E, 0x30C, 0x6E, 0x30C,
    0x4F, 0x304, 0x6F, 0x304, 0x4F, 0x306, 0x6F, 0x306, 0x4F, 0x30B, 0x6F, 0x30B,
    0x52, 0x301, 0x72, 0x301, 0x52, 0x327, 0x72, 0x327, 0x52, 0x30C, 0x72, 0x30C,
    0x53, 0x301, 0x73, 0x301, 0x53, 0x302, 0x73, 0x302, 0x53, 0x327, 0x73, 0x327,
    0x53, 0x30C, 0x73, 0x30C, 0x54, 0x327, 0x74, 0x327, 0x54, 0x30C, 0x74, 0x30C,
    0x55, 0x303, 0x75, 0x303, 0x55, 0x304, 0x75, 0x304, 0x55, 0x306, 0x75, 0x306,
    0x55, 0x30A, 0x75, 0x30A, 0x55, 0x30B, 0x75, 0x30B, 0x55, 0x328, 0x75, 0x328,
    0x57, 0x302, 0x77, 0x302, 0x59, 0x302, 0x79, 0x302, 0x59, 0x308, 0x5A, 0x301,
    0x7A, 0x301, 0x5A, 0x307, 0x7A, 0x307, 0x5A, 0x30C, 0x7A, 0x30C, 0x4F, 0x31B,
    0x6F, 0x31B, 0x55, 0x31B, 0x75, 0x31B, 0x41, 0x30C, 0x61, 0x30C, 0x49, 0x30C,
    0x69, 0x30C, 0x4F, 0x30C, 0x6F, 0x30C, 0x55, 0x30C, 0x75, 0x30C, 0xDC, 0x304,
    0xFC, 0x304, 0xDC, 0x301, 0xFC, 0x301, 0xDC, 0x30C, 0xFC, 0x30C, 0xDC, 0x300,
    0xFC, 0x300, 0xC4, 0x304, 0xE4, 0x304, 0x226, 0x304, 0x227, 0x304, 0xC6, 0x304,
    0xE6, 0x304, 0x47, 0x30C, 0x67, 0x30C, 0x4B, 0x30C, 0x6B, 0x30C, 0x4F, 0x328,
    0x6F, 0x328, 0x1EA, 0x304, 0x1EB, 0x304, 0x1B7, 0x30C, 0x292, 0x30C, 0x6A, 0x30C,
    0x47, 0x301, 0x67, 0x301, 0x4E, 0x300, 0x6E, 0x300, 0xC5, 0x301, 0xE5, 0x301,
    0xC6, 0x301, 0xE6, 0x301, 0xD8, 0x301, 0xF8, 0x301, 0x41, 0x30F, 0x61, 0x30F,
    0x41, 0x311, 0x61, 0x311, 0x45, 0x30F, 0x65, 0x30F, 0x45, 0x311, 0x65, 0x311,
    0x49, 0x30F, 0x69, 0x30F, 0x49, 0x311, 0x69, 0x311, 0x4F, 0x30F, 0x6F, 0x30F,
    0x4F, 0x311, 0x6F, 0x311, 0x52, 0x30F, 0x72, 0x30F, 0x52, 0x311, 0x72, 0x311,
    0x55, 0x30F, 0x75, 0x30F, 0x55, 0x311, 0x75, 0x311, 0x53, 0x326, 0x73, 0x326,
    0x54, 0x326, 0x74, 0x326, 0x48, 0x30C, 0x68, 0x30C, 0x41, 0x307, 0x61, 0x307,
    0x45, 0x327, 0x65, 0x327, 0xD6, 0x304, 0xF6, 0x304, 0xD5, 0x304, 0xF5, 0x304,
    0x4F, 0x307, 0x6F, 0x307, 0x22E, 0x304, 0x22F, 0x304, 0x59, 0x304, 0x79, 0x304,
    0x300, 0x301, 0x313, 0x308, 0x301, 0x2B9, 0x3B, 0xA8, 0x301, 0x391, 0x301, 0xB7,
    0x395, 0x301, 0x397, 0x301, 0x399, 0x301, 0x39F, 0x301, 0x3A5, 0x301, 0x3A9, 0x301,
    0x3CA, 0x301, 0x399, 0x308, 0x3A5, 0x308, 0x3B1, 0x301, 0x3B5, 0x301, 0x3B7, 0x301,
    0x3B9, 0x301, 0x3CB, 0x301, 0x3B9, 0x308, 0x3C5, 0x308, 0x3BF, 0x301, 0x3C5, 0x301,
    0x3C9, 0x301, 0x3D2, 0x301, 0x3D2, 0x308, 0x415, 0x300, 0x415, 0x308, 0x413, 0x301,
    0x406, 0x308, 0x41A, 0x301, 0x418, 0x300, 0x423, 0x306, 0x418, 0x306, 0x438, 0x306,
    0x435, 0x300, 0x435, 0x308, 0x433, 0x301, 0x456, 0x308, 0x43A, 0x301, 0x438, 0x300,
    0x443, 0x306, 0x474, 0x30F, 0x475, 0x30F, 0x416, 0x306, 0x436, 0x306, 0x410, 0x306,
    0x430, 0x306, 0x410, 0x308, 0x430, 0x308, 0x415, 0x306, 0x435, 0x306, 0x4D8, 0x308,
    0x4D9, 0x308, 0x416, 0x308, 0x436, 0x308, 0x417, 0x308, 0x437, 0x308, 0x418, 0x304,
    0x438, 0x304, 0x418, 0x308, 0x438, 0x308, 0x41E, 0x308, 0x43E, 0x308, 0x4E8, 0x308,
    0x4E9, 0x308, 0x42D, 0x308, 0x44D, 0x308, 0x423, 0x304, 0x443, 0x304, 0x423, 0x308,
    0x443, 0x308, 0x423, 0x30B, 0x443, 0x30B, 0x427, 0x308, 0x447, 0x308, 0x42B, 0x308,
    0x44B, 0x308, 0x627, 0x653, 0x627, 0x654, 0x648, 0x654, 0x627, 0x655, 0x64A, 0x654,
    0x6D5, 0x654, 0x6C1, 0x654, 0x6D2, 0x654, 0x928, 0x93C, 0x930, 0x93C, 0x933, 0x93C,
    0x915, 0x93C, 0x916, 0x93C, 0x917, 0x93C, 0x91C, 0x93C, 0x921, 0x93C, 0x922, 0x93C,
    0x92B, 0x93C, 0x92F, 0x93C, 0x9C7, 0x9BE, 0x9C7, 0x9D7, 0x9A1, 0x9BC, 0x9A2, 0x9BC,
    0x9AF, 0x9BC, 0xA32, 0xA3C, 0xA38, 0xA3C, 0xA16, 0xA3C, 0xA17, 0xA3C, 0xA1C, 0xA3C,
    0xA2B, 0xA3C, 0xB47, 0xB56, 0xB47, 0xB3E, 0xB47, 0xB57, 0xB21, 0xB3C, 0xB22, 0xB3C,
    0xB92, 0xBD7, 0xBC6, 0xBBE, 0xBC7, 0xBBE, 0xBC6, 0xBD7, 0xC46, 0xC56, 0xCBF, 0xCD5,
    0xCC6, 0xCD5, 0xCC6, 0xCD6, 0xCC6, 0xCC2, 0xCCA, 0xCD5, 0xD46, 0xD3E, 0xD47, 0xD3E,
    0xD46, 0xD57, 0xDD9, 0xDCA, 0xDD9, 0xDCF, 0xDDC, 0xDCA, 0xDD9, 0xDDF, 0xF42, 0xFB7,
    0xF4C, 0xFB7, 0xF51, 0xFB7, 0xF56, 0xFB7, 0xF5B, 0xFB7, 0xF40, 0xFB5, 0xF71, 0xF72,
    0xF71, 0xF74, 0xFB2, 0xF80, 0xFB3, 0xF80, 0xF71, 0xF80, 0xF92, 0xFB7, 0xF9C, 0xFB7,
    0xFA1, 0xFB7, 0xFA6, 0xFB7, 0xFAB, 0xFB7, 0xF90, 0xFB5, 0x1025, 0x102E, 0x1B05, 0x1B35,
    0x1B07, 0x1B35, 0x1B09, 0x1B35, 0x1B0B, 0x1B35, 0x1B0D, 0x1B35, 0x1B11, 0x1B35, 0x1B3A, 0x1B35,
    0x1B3C, 0x1B35, 0x1B3E, 0x1B35, 0x1B3F, 0x1B35, 0x1B42, 0x1B35, 0x41, 0x325, 0x61, 0x325,
    0x42, 0x307, 0x62, 0x307, 0x42, 0x323, 0x62, 0x323, 0x42, 0x331, 0x62, 0x331,
    0xC7, 0x301, 0xE7, 0x301, 0x44, 0x307, 0x64, 0x307, 0x44, 0x323, 0x64, 0x323,
    0x44, 0x331, 0x64, 0x331, 0x44, 0x327, 0x64, 0x327, 0x44, 0x32D, 0x64, 0x32D,
    0x112, 0x300, 0x113, 0x300, 0x112, 0x301, 0x113, 0x301, 0x45, 0x32D, 0x65, 0x32D,
    0x45, 0x330, 0x65, 0x330, 0x228, 0x306, 0x229, 0x306, 0x46, 0x307, 0x66, 0x307,
    0x47, 0x304, 0x67, 0x304, 0x48, 0x307, 0x68, 0x307, 0x48, 0x323, 0x68, 0x323,
    0x48, 0x308, 0x68, 0x308, 0x48, 0x327, 0x68, 0x327, 0x48, 0x32E, 0x68, 0x32E,
    0x49, 0x330, 0x69, 0x330, 0xCF, 0x301, 0xEF, 0x301, 0x4B, 0x301, 0x6B, 0x301,
    0x4B, 0x323, 0x6B, 0x323, 0x4B, 0x331, 0x6B, 0x331, 0x4C, 0x323, 0x6C, 0x323,
    0x1E36, 0x304, 0x1E37, 0x304, 0x4C, 0x331, 0x6C, 0x331, 0x4C, 0x32D, 0x6C, 0x32D,
    0x4D, 0x301, 0x6D, 0x301, 0x4D, 0x307, 0x6D, 0x307, 0x4D, 0x323, 0x6D, 0x323,
    0x4E, 0x307, 0x6E, 0x307, 0x4E, 0x323, 0x6E, 0x323, 0x4E, 0x331, 0x6E, 0x331,
    0x4E, 0x32D, 0x6E, 0x32D, 0xD5, 0x301, 0xF5, 0x301, 0xD5, 0x308, 0xF5, 0x308,
    0x14C, 0x300, 0x14D, 0x300, 0x14C, 0x301, 0x14D, 0x301, 0x50, 0x301, 0x70, 0x301,
    0x50, 0x307, 0x70, 0x307, 0x52, 0x307, 0x72, 0x307, 0x52, 0x323, 0x72, 0x323,
    0x1E5A, 0x304, 0x1E5B, 0x304, 0x52, 0x331, 0x72, 0x331, 0x53, 0x307, 0x73, 0x307,
    0x53, 0x323, 0x73, 0x323, 0x15A, 0x307, 0x15B, 0x307, 0x160, 0x307, 0x161, 0x307,
    0x1E62, 0x307, 0x1E63, 0x307, 0x54, 0x307, 0x74, 0x307, 0x54, 0x323, 0x74, 0x323,
    0x54, 0x331, 0x74, 0x331, 0x54, 0x32D, 0x74, 0x32D, 0x55, 0x324, 0x75, 0x324,
    0x55, 0x330, 0x75, 0x330, 0x55, 0x32D, 0x75, 0x32D, 0x168, 0x301, 0x169, 0x301,
    0x16A, 0x308, 0x16B, 0x308, 0x56, 0x303, 0x76, 0x303, 0x56, 0x323, 0x76, 0x323,
    0x57, 0x300, 0x77, 0x300, 0x57, 0x301, 0x77, 0x301, 0x57, 0x308, 0x77, 0x308,
    0x57, 0x307, 0x77, 0x307, 0x57, 0x323, 0x77, 0x323, 0x58, 0x307, 0x78, 0x307,
    0x58, 0x308, 0x78, 0x308, 0x59, 0x307, 0x79, 0x307, 0x5A, 0x302, 0x7A, 0x302,
    0x5A, 0x323, 0x7A, 0x323, 0x5A, 0x331, 0x7A, 0x331, 0x68, 0x331, 0x74, 0x308,
    0x77, 0x30A, 0x79, 0x30A, 0x17F, 0x307, 0x41, 0x323, 0x61, 0x323, 0x41, 0x309,
    0x61, 0x309, 0xC2, 0x301, 0xE2, 0x301, 0xC2, 0x300, 0xE2, 0x300, 0xC2, 0x309,
    0xE2, 0x309, 0xC2, 0x303, 0xE2, 0x303, 0x1EA0, 0x302, 0x1EA1, 0x302, 0x102, 0x301,
    0x103, 0x301, 0x102, 0x300, 0x103, 0x300, 0x102, 0x309, 0x103, 0x309, 0x102, 0x303,
    0x103, 0x303, 0x1EA0, 0x306, 0x1EA1, 0x306, 0x45, 0x323, 0x65, 0x323, 0x45, 0x309,
    0x65, 0x309, 0x45, 0x303, 0x65, 0x303, 0xCA, 0x301, 0xEA, 0x301, 0xCA, 0x300,
    0xEA, 0x300, 0xCA, 0x309, 0xEA, 0x309, 0xCA, 0x303, 0xEA, 0x303, 0x1EB8, 0x302,
    0x1EB9, 0x302, 0x49, 0x309, 0x69, 0x309, 0x49, 0x323, 0x69, 0x323, 0x4F, 0x323,
    0x6F, 0x323, 0x4F, 0x309, 0x6F, 0x309, 0xD4, 0x301, 0xF4, 0x301, 0xD4, 0x300,
    0xF4, 0x300, 0xD4, 0x309, 0xF4, 0x309, 0xD4, 0x303, 0xF4, 0x303, 0x1ECC, 0x302,
    0x1ECD, 0x302, 0x1A0, 0x301, 0x1A1, 0x301, 0x1A0, 0x300, 0x1A1, 0x300, 0x1A0, 0x309,
    0x1A1, 0x309, 0x1A0, 0x303, 0x1A1, 0x303, 0x1A0, 0x323, 0x1A1, 0x323, 0x55, 0x323,
    0x75, 0x323, 0x55, 0x309, 0x75, 0x309, 0x1AF, 0x301, 0x1B0, 0x301, 0x1AF, 0x300,
    0x1B0, 0x300, 0x1AF, 0x309, 0x1B0, 0x309, 0x1AF, 0x303, 0x1B0, 0x303, 0x1AF, 0x323,
    0x1B0, 0x323, 0x59, 0x300, 0x79, 0x300, 0x59, 0x323, 0x79, 0x323, 0x59, 0x309,
    0x79, 0x309, 0x59, 0x303, 0x79, 0x303, 0x3B1, 0x313, 0x3B1, 0x314, 0x1F00, 0x300,
    0x1F01, 0x300, 0x1F00, 0x301, 0x1F01, 0x301, 0x1F00, 0x342, 0x1F01, 0x342, 0x391, 0x313,
    0x391, 0x314, 0x1F08, 0x300, 0x1F09, 0x300, 0x1F08, 0x301, 0x1F09, 0x301, 0x1F08, 0x342,
    0x1F09, 0x342, 0x3B5, 0x313, 0x3B5, 0x314, 0x1F10, 0x300, 0x1F11, 0x300, 0x1F10, 0x301,
    0x1F11, 0x301, 0x395, 0x313, 0x395, 0x314, 0x1F18, 0x300, 0x1F19, 0x300, 0x1F18, 0x301,
    0x1F19, 0x301, 0x3B7, 0x313, 0x3B7, 0x314, 0x1F20, 0x300, 0x1F21, 0x300, 0x1F20, 0x301,
    0x1F21, 0x301, 0x1F20, 0x342, 0x1F21, 0x342, 0x397, 0x313, 0x397, 0x314, 0x1F28, 0x300,
    0x1F29, 0x300, 0x1F28, 0x301, 0x1F29, 0x301, 0x1F28, 0x342, 0x1F29, 0x342, 0x3B9, 0x313,
    0x3B9, 0x314, 0x1F30, 0x300, 0x1F31, 0x300, 0x1F30, 0x301, 0x1F31, 0x301, 0x1F30, 0x342,
    0x1F31, 0x342, 0x399, 0x313, 0x399, 0x314, 0x1F38, 0x300, 0x1F39, 0x300, 0x1F38, 0x301,
    0x1F39, 0x301, 0x1F38, 0x342, 0x1F39, 0x342, 0x3BF, 0x313, 0x3BF, 0x314, 0x1F40, 0x300,
    0x1F41, 0x300, 0x1F40, 0x301, 0x1F41, 0x301, 0x39F, 0x313, 0x39F, 0x314, 0x1F48, 0x300,
    0x1F49, 0x300, 0x1F48, 0x301, 0x1F49, 0x301, 0x3C5, 0x313, 0x3C5, 0x314, 0x1F50, 0x300,
    0x1F51, 0x300, 0x1F50, 0x301, 0x1F51, 0x301, 0x1F50, 0x342, 0x1F51, 0x342, 0x3A5, 0x314,
    0x1F59, 0x300, 0x1F59, 0x301, 0x1F59, 0x342, 0x3C9, 0x313, 0x3C9, 0x314, 0x1F60, 0x300,
    0x1F61, 0x300, 0x1F60, 0x301, 0x1F61, 0x301, 0x1F60, 0x342, 0x1F61, 0x342, 0x3A9, 0x313,
    0x3A9, 0x314, 0x1F68, 0x300, 0x1F69, 0x300, 0x1F68, 0x301, 0x1F69, 0x301, 0x1F68, 0x342,
    0x1F69, 0x342, 0x3B1, 0x300, 0x3AC, 0x3B5, 0x300, 0x3AD, 0x3B7, 0x300, 0x3AE, 0x3B9,
    0x300, 0x3AF, 0x3BF, 0x300, 0x3CC, 0x3C5, 0x300, 0x3CD, 0x3C9, 0x300, 0x3CE, 0x1F00,
    0x345, 0x1F01, 0x345, 0x1F02, 0x345, 0x1F03, 0x345, 0x1F04, 0x345, 0x1F05, 0x345, 0x1F06,
    0x345, 0x1F07, 0x345, 0x1F08, 0x345, 0x1F09, 0x345, 0x1F0A, 0x345, 0x1F0B, 0x345, 0x1F0C,
    0x345, 0x1F0D, 0x345, 0x1F0E, 0x345, 0x1F0F, 0x345, 0x1F20, 0x345, 0x1F21, 0x345, 0x1F22,
    0x345, 0x1F23, 0x345, 0x1F24, 0x345, 0x1F25, 0x345, 0x1F26, 0x345, 0x1F27, 0x345, 0x1F28,
    0x345, 0x1F29, 0x345, 0x1F2A, 0x345, 0x1F2B, 0x345, 0x1F2C, 0x345, 0x1F2D, 0x345, 0x1F2E,
    0x345, 0x1F2F, 0x345, 0x1F60, 0x345, 0x1F61, 0x345, 0x1F62, 0x345, 0x1F63, 0x345, 0x1F64,
    0x345, 0x1F65, 0x345, 0x1F66, 0x345, 0x1F67, 0x345, 0x1F68, 0x345, 0x1F69, 0x345, 0x1F6A,
    0x345, 0x1F6B, 0x345, 0x1F6C, 0x345, 0x1F6D, 0x345, 0x1F6E, 0x345, 0x1F6F, 0x345, 0x3B1,
    0x306, 0x3B1, 0x304, 0x1F70, 0x345, 0x3B1, 0x345, 0x3AC, 0x345, 0x3B1, 0x342, 0x1FB6,
    0x345, 0x391, 0x306, 0x391, 0x304, 0x391, 0x300, 0x386, 0x391, 0x345, 0x3B9, 0xA8,
    0x342, 0x1F74, 0x345, 0x3B7, 0x345, 0x3AE, 0x345, 0x3B7, 0x342, 0x1FC6, 0x345, 0x395,
    0x300, 0x388, 0x397, 0x300, 0x389, 0x397, 0x345, 0x1FBF, 0x300, 0x1FBF, 0x301, 0x1FBF,
    0x342, 0x3B9, 0x306, 0x3B9, 0x304, 0x3CA, 0x300, 0x390, 0x3B9, 0x342, 0x3CA, 0x342,
    0x399, 0x306, 0x399, 0x304, 0x399, 0x300, 0x38A, 0x1FFE, 0x300, 0x1FFE, 0x301, 0x1FFE,
    0x342, 0x3C5, 0x306, 0x3C5, 0x304, 0x3CB, 0x300, 0x3B0, 0x3C1, 0x313, 0x3C1, 0x314,
    0x3C5, 0x342, 0x3CB, 0x342, 0x3A5, 0x306, 0x3A5, 0x304, 0x3A5, 0x300, 0x38E, 0x3A1,
    0x314, 0xA8, 0x300, 0x385, 0x60, 0x1F7C, 0x345, 0x3C9, 0x345, 0x3CE, 0x345, 0x3C9,
    0x342, 0x1FF6, 0x345, 0x39F, 0x300, 0x38C, 0x3A9, 0x300, 0x38F, 0x3A9, 0x345, 0xB4,
    0x2002, 0x2003, 0x3A9, 0x4B, 0xC5, 0x2190, 0x338, 0x2192, 0x338, 0x2194, 0x338, 0x21D0,
    0x338, 0x21D4, 0x338, 0x21D2, 0x338, 0x2203, 0x338, 0x2208, 0x338, 0x220B, 0x338, 0x2223,
    0x338, 0x2225, 0x338, 0x223C, 0x338, 0x2243, 0x338, 0x2245, 0x338, 0x2248, 0x338, 0x3D,
    0x338, 0x2261, 0x338, 0x224D, 0x338, 0x3C, 0x338, 0x3E, 0x338, 0x2264, 0x338, 0x2265,
    0x338, 0x2272, 0x338, 0x2273, 0x338, 0x2276, 0x338, 0x2277, 0x338, 0x227A, 0x338, 0x227B,
    0x338, 0x2282, 0x338, 0x2283, 0x338, 0x2286, 0x338, 0x2287, 0x338, 0x22A2, 0x338, 0x22A8,
    0x338, 0x22A9, 0x338, 0x22AB, 0x338, 0x227C, 0x338, 0x227D, 0x338, 0x2291, 0x338, 0x2292,
    0x338, 0x22B2, 0x338, 0x22B3, 0x338, 0x22B4, 0x338, 0x22B5, 0x338, 0x3008, 0x3009, 0x2ADD,
    0x338, 0x304B, 0x3099, 0x304D, 0x3099, 0x304F, 0x3099, 0x3051, 0x3099, 0x3053, 0x3099, 0x3055,
    0x3099, 0x3057, 0x3099, 0x3059, 0x3099, 0x305B, 0x3099, 0x305D, 0x3099, 0x305F, 0x3099, 0x3061,
    0x3099, 0x3064, 0x3099, 0x3066, 0x3099, 0x3068, 0x3099, 0x306F, 0x3099, 0x306F, 0x309A, 0x3072,
    0x3099, 0x3072, 0x309A, 0x3075, 0x3099, 0x3075, 0x309A, 0x3078, 0x3099, 0x3078, 0x309A, 0x307B,
    0x3099, 0x307B, 0x309A, 0x3046, 0x3099, 0x309D, 0x3099, 0x30AB, 0x3099, 0x30AD, 0x3099, 0x30AF,
    0x3099, 0x30B1, 0x3099, 0x30B3, 0x3099, 0x30B5, 0x3099, 0x30B7, 0x3099, 0x30B9, 0x3099, 0x30BB,
    0x3099, 0x30BD, 0x3099, 0x30BF, 0x3099, 0x30C1, 0x3099, 0x30C4, 0x3099, 0x30C6, 0x3099, 0x30C8,
    0x3099, 0x30CF, 0x3099, 0x30CF, 0x309A, 0x30D2, 0x3099, 0x30D2, 0x309A, 0x30D5, 0x3099, 0x30D5,
    0x309A, 0x30D8, 0x3099, 0x30D8, 0x309A, 0x30DB, 0x3099, 0x30DB, 0x309A, 0x30A6, 0x3099, 0x30EF,
    0x3099, 0x30F0, 0x3099, 0x30F1, 0x3099, 0x30F2, 0x3099, 0x30FD, 0x3099, 0x8C48, 0x66F4, 0x8ECA,
    0x8CC8, 0x6ED1, 0x4E32, 0x53E5, 0x9F9C, 0x9F9C, 0x5951, 0x91D1, 0x5587, 0x5948, 0x61F6, 0x7669,
    0x7F85, 0x863F, 0x87BA, 0x88F8, 0x908F, 0x6A02, 0x6D1B, 0x70D9, 0x73DE, 0x843D, 0x916A, 0x99F1,
    0x4E82, 0x5375, 0x6B04, 0x721B, 0x862D, 0x9E1E, 0x5D50, 0x6FEB, 0x85CD, 0x8964, 0x62C9, 0x81D8,
    0x881F, 0x5ECA, 0x6717, 0x6D6A, 0x72FC, 0x90CE, 0x4F86, 0x51B7, 0x52DE, 0x64C4, 0x6AD3, 0x7210,
    0x76E7, 0x8001, 0x8606, 0x865C, 0x8DEF, 0x9732, 0x9B6F, 0x9DFA, 0x788C, 0x797F, 0x7DA0, 0x83C9,
    0x9304, 0x9E7F, 0x8AD6, 0x58DF, 0x5F04, 0x7C60, 0x807E, 0x7262, 0x78CA, 0x8CC2, 0x96F7, 0x58D8,
    0x5C62, 0x6A13, 0x6DDA, 0x6F0F, 0x7D2F, 0x7E37, 0x964B, 0x52D2, 0x808B, 0x51DC, 0x51CC, 0x7A1C,
    0x7DBE, 0x83F1, 0x9675, 0x8B80, 0x62CF, 0x6A02, 0x8AFE, 0x4E39, 0x5BE7, 0x6012, 0x7387, 0x7570,
    0x5317, 0x78FB, 0x4FBF, 0x5FA9, 0x4E0D, 0x6CCC, 0x6578, 0x7D22, 0x53C3, 0x585E, 0x7701, 0x8449,
    0x8AAA, 0x6BBA, 0x8FB0, 0x6C88, 0x62FE, 0x82E5, 0x63A0, 0x7565, 0x4EAE, 0x5169, 0x51C9, 0x6881,
    0x7CE7, 0x826F, 0x8AD2, 0x91CF, 0x52F5, 0x5442, 0x5973, 0x5EEC, 0x65C5, 0x6FFE, 0x792A, 0x95AD,
    0x9A6A, 0x9E97, 0x9ECE, 0x529B, 0x66C6, 0x6B77, 0x8F62, 0x5E74, 0x6190, 0x6200, 0x649A, 0x6F23,
    0x7149, 0x7489, 0x79CA, 0x7DF4, 0x806F, 0x8F26, 0x84EE, 0x9023, 0x934A, 0x5217, 0x52A3, 0x54BD,
    0x70C8, 0x88C2, 0x8AAA, 0x5EC9, 0x5FF5, 0x637B, 0x6BAE, 0x7C3E, 0x7375, 0x4EE4, 0x56F9, 0x5BE7,
    0x5DBA, 0x601C, 0x73B2, 0x7469, 0x7F9A, 0x8046, 0x9234, 0x96F6, 0x9748, 0x9818, 0x4F8B, 0x79AE,
    0x91B4, 0x96B8, 0x60E1, 0x4E86, 0x50DA, 0x5BEE, 0x5C3F, 0x6599, 0x6A02, 0x71CE, 0x7642, 0x84FC,
    0x907C, 0x9F8D, 0x6688, 0x962E, 0x5289, 0x677B, 0x67F3, 0x6D41, 0x6E9C, 0x7409, 0x7559, 0x786B,
    0x7D10, 0x985E, 0x516D, 0x622E, 0x9678, 0x502B, 0x5D19, 0x6DEA, 0x8F2A, 0x5F8B, 0x6144, 0x6817,
    0x7387, 0x9686, 0x5229, 0x540F, 0x5C65, 0x6613, 0x674E, 0x68A8, 0x6CE5, 0x7406, 0x75E2, 0x7F79,
    0x88CF, 0x88E1, 0x91CC, 0x96E2, 0x533F, 0x6EBA, 0x541D, 0x71D0, 0x7498, 0x85FA, 0x96A3, 0x9C57,
    0x9E9F, 0x6797, 0x6DCB, 0x81E8, 0x7ACB, 0x7B20, 0x7C92, 0x72C0, 0x7099, 0x8B58, 0x4EC0, 0x8336,
    0x523A, 0x5207, 0x5EA6, 0x62D3, 0x7CD6, 0x5B85, 0x6D1E, 0x66B4, 0x8F3B, 0x884C, 0x964D, 0x898B,
    0x5ED3, 0x5140, 0x55C0, 0x585A, 0x6674, 0x51DE, 0x732A, 0x76CA, 0x793C, 0x795E, 0x7965, 0x798F,
    0x9756, 0x7CBE, 0x7FBD, 0x8612, 0x8AF8, 0x9038, 0x90FD, 0x98EF, 0x98FC, 0x9928, 0x9DB4, 0x90DE,
    0x96B7, 0x4FAE, 0x50E7, 0x514D, 0x52C9, 0x52E4, 0x5351, 0x559D, 0x5606, 0x5668, 0x5840, 0x58A8,
    0x5C64, 0x5C6E, 0x6094, 0x6168, 0x618E, 0x61F2, 0x654F, 0x65E2, 0x6691, 0x6885, 0x6D77, 0x6E1A,
    0x6F22, 0x716E, 0x722B, 0x7422, 0x7891, 0x793E, 0x7949, 0x7948, 0x7950, 0x7956, 0x795D, 0x798D,
    0x798E, 0x7A40, 0x7A81, 0x7BC0, 0x7DF4, 0x7E09, 0x7E41, 0x7F72, 0x8005, 0x81ED, 0x8279, 0x8279,
    0x8457, 0x8910, 0x8996, 0x8B01, 0x8B39, 0x8CD3, 0x8D08, 0x8FB6, 0x9038, 0x96E3, 0x97FF, 0x983B,
    0x6075, 0xD850, 0xDEEE, 0x8218, 0x4E26, 0x51B5, 0x5168, 0x4F80, 0x5145, 0x5180, 0x52C7, 0x52FA,
    0x559D, 0x5555, 0x5599, 0x55E2, 0x585A, 0x58B3, 0x5944, 0x5954, 0x5A62, 0x5B28, 0x5ED2, 0x5ED9,
    0x5F69, 0x5FAD, 0x60D8, 0x614E, 0x6108, 0x618E, 0x6160, 0x61F2, 0x6234, 0x63C4, 0x641C, 0x6452,
    0x6556, 0x6674, 0x6717, 0x671B, 0x6756, 0x6B79, 0x6BBA, 0x6D41, 0x6EDB, 0x6ECB, 0x6F22, 0x701E,
    0x716E, 0x77A7, 0x7235, 0x72AF, 0x732A, 0x7471, 0x7506, 0x753B, 0x761D, 0x761F, 0x76CA, 0x76DB,
    0x76F4, 0x774A, 0x7740, 0x78CC, 0x7AB1, 0x7BC0, 0x7C7B, 0x7D5B, 0x7DF4, 0x7F3E, 0x8005, 0x8352,
    0x83EF, 0x8779, 0x8941, 0x8986, 0x8996, 0x8ABF, 0x8AF8, 0x8ACB, 0x8B01, 0x8AFE, 0x8AED, 0x8B39,
    0x8B8A, 0x8D08, 0x8F38, 0x9072, 0x9199, 0x9276, 0x967C, 0x96E3, 0x9756, 0x97DB, 0x97FF, 0x980B,
    0x983B, 0x9B12, 0x9F9C, 0xD84A, 0xDC4A, 0xD84A, 0xDC44, 0xD84C, 0xDFD5, 0x3B9D, 0x4018, 0x4039,
    0xD854, 0xDE49, 0xD857, 0xDCD0, 0xD85F, 0xDED3, 0x9F43, 0x9F8E, 0x5D9, 0x5B4, 0x5F2, 0x5B7,
    0x5E9, 0x5C1, 0x5E9, 0x5C2, 0xFB49, 0x5C1, 0xFB49, 0x5C2, 0x5D0, 0x5B7, 0x5D0, 0x5B8,
    0x5D0, 0x5BC, 0x5D1, 0x5BC, 0x5D2, 0x5BC, 0x5D3, 0x5BC, 0x5D4, 0x5BC, 0x5D5, 0x5BC,
    0x5D6, 0x5BC, 0x5D8, 0x5BC, 0x5D9, 0x5BC, 0x5DA, 0x5BC, 0x5DB, 0x5BC, 0x5DC, 0x5BC,
    0x5DE, 0x5BC, 0x5E0, 0x5BC, 0x5E1, 0x5BC, 0x5E3, 0x5BC, 0x5E4, 0x5BC, 0x5E6, 0x5BC,
    0x5E7, 0x5BC, 0x5E8, 0x5BC, 0x5E9, 0x5BC, 0x5EA, 0x5BC, 0x5D5, 0x5B9, 0x5D1, 0x5BF,
    0x5DB, 0x5BF, 0x5E4, 0x5BF, 0xD804, 0xDC99, 0xD804, 0xDCBA, 0xD804, 0xDC9B, 0xD804, 0xDCBA,
    0xD804, 0xDCA5, 0xD804, 0xDCBA, 0xD804, 0xDD31, 0xD804, 0xDD27, 0xD804, 0xDD32, 0xD804, 0xDD27,
    0xD804, 0xDF47, 0xD804, 0xDF3E, 0xD804, 0xDF47, 0xD804, 0xDF57, 0xD805, 0xDCB9, 0xD805, 0xDCBA,
    0xD805, 0xDCB9, 0xD805, 0xDCB0, 0xD805, 0xDCB9, 0xD805, 0xDCBD, 0xD805, 0xDDB8, 0xD805, 0xDDAF,
    0xD805, 0xDDB9, 0xD805, 0xDDAF, 0xD834, 0xDD57, 0xD834, 0xDD65, 0xD834, 0xDD58, 0xD834, 0xDD65,
    0xD834, 0xDD5F, 0xD834, 0xDD6E, 0xD834, 0xDD5F, 0xD834, 0xDD6F, 0xD834, 0xDD5F, 0xD834, 0xDD70,
    0xD834, 0xDD5F, 0xD834, 0xDD71, 0xD834, 0xDD5F, 0xD834, 0xDD72, 0xD834, 0xDDB9, 0xD834, 0xDD65,
    0xD834, 0xDDBA, 0xD834, 0xDD65, 0xD834, 0xDDBB, 0xD834, 0xDD6E, 0xD834, 0xDDBC, 0xD834, 0xDD6E,
    0xD834, 0xDDBB, 0xD834, 0xDD6F, 0xD834, 0xDDBC, 0xD834, 0xDD6F, 0x4E3D, 0x4E38, 0x4E41, 0xD840,
    0xDD22, 0x4F60, 0x4FAE, 0x4FBB, 0x5002, 0x507A, 0x5099, 0x50E7, 0x50CF, 0x349E, 0xD841, 0xDE3A,
    0x514D, 0x5154, 0x5164, 0x5177, 0xD841, 0xDD1C, 0x34B9, 0x5167, 0x518D, 0xD841, 0xDD4B, 0x5197,
    0x51A4, 0x4ECC, 0x51AC, 0x51B5, 0xD864, 0xDDDF, 0x51F5, 0x5203, 0x34DF, 0x523B, 0x5246, 0x5272,
    0x5277, 0x3515, 0x52C7, 0x52C9, 0x52E4, 0x52FA, 0x5305, 0x5306, 0x5317, 0x5349, 0x5351, 0x535A,
    0x5373, 0x537D, 0x537F, 0x537F, 0x537F, 0xD842, 0xDE2C, 0x7070, 0x53CA, 0x53DF, 0xD842, 0xDF63,
    0x53EB, 0x53F1, 0x5406, 0x549E, 0x5438, 0x5448, 0x5468, 0x54A2, 0x54F6, 0x5510, 0x5553, 0x5563,
    0x5584, 0x5584, 0x5599, 0x55AB, 0x55B3, 0x55C2, 0x5716, 0x5606, 0x5717, 0x5651, 0x5674, 0x5207,
    0x58EE, 0x57CE, 0x57F4, 0x580D, 0x578B, 0x5832, 0x5831, 0x58AC, 0xD845, 0xDCE4, 0x58F2, 0x58F7,
    0x5906, 0x591A, 0x5922, 0x5962, 0xD845, 0xDEA8, 0xD845, 0xDEEA, 0x59EC, 0x5A1B, 0x5A27, 0x59D8,
    0x5A66, 0x36EE, 0x36FC, 0x5B08, 0x5B3E, 0x5B3E, 0xD846, 0xDDC8, 0x5BC3, 0x5BD8, 0x5BE7, 0x5BF3,
    0xD846, 0xDF18, 0x5BFF, 0x5C06, 0x5F53, 0x5C22, 0x3781, 0x5C60, 0x5C6E, 0x5CC0, 0x5C8D, 0xD847,
    0xDDE4, 0x5D43, 0xD847, 0xDDE6, 0x5D6E, 0x5D6B, 0x5D7C, 0x5DE1, 0x5DE2, 0x382F, 0x5DFD, 0x5E28,
    0x5E3D, 0x5E69, 0x3862, 0xD848, 0xDD83, 0x387C, 0x5EB0, 0x5EB3, 0x5EB6, 0x5ECA, 0xD868, 0xDF92,
    0x5EFE, 0xD848, 0xDF31, 0xD848, 0xDF31, 0x8201, 0x5F22, 0x5F22, 0x38C7, 0xD84C, 0xDEB8, 0xD858,
    0xDDDA, 0x5F62, 0x5F6B, 0x38E3, 0x5F9A, 0x5FCD, 0x5FD7, 0x5FF9, 0x6081, 0x393A, 0x391C, 0x6094,
    0xD849, 0xDED4, 0x60C7, 0x6148, 0x614C, 0x614E, 0x614C, 0x617A, 0x618E, 0x61B2, 0x61A4, 0x61AF,
    0x61DE, 0x61F2, 0x61F6, 0x6210, 0x621B, 0x625D, 0x62B1, 0x62D4, 0x6350, 0xD84A, 0xDF0C, 0x633D,
    0x62FC, 0x6368, 0x6383, 0x63E4, 0xD84A, 0xDFF1, 0x6422, 0x63C5, 0x63A9, 0x3A2E, 0x6469, 0x647E,
    0x649D, 0x6477, 0x3A6C, 0x654F, 0x656C, 0xD84C, 0xDC0A, 0x65E3, 0x66F8, 0x6649, 0x3B19, 0x6691,
    0x3B08, 0x3AE4, 0x5192, 0x5195, 0x6700, 0x669C, 0x80AD, 0x43D9, 0x6717, 0x671B, 0x6721, 0x675E,
    0x6753, 0xD84C, 0xDFC3, 0x3B49, 0x67FA, 0x6785, 0x6852, 0x6885, 0xD84D, 0xDC6D, 0x688E, 0x681F,
    0x6914, 0x3B9D, 0x6942, 0x69A3, 0x69EA, 0x6AA8, 0xD84D, 0xDEA3, 0x6ADB, 0x3C18, 0x6B21, 0xD84E,
    0xDCA7, 0x6B54, 0x3C4E, 0x6B72, 0x6B9F, 0x6BBA, 0x6BBB, 0xD84E, 0xDE8D, 0xD847, 0xDD0B, 0xD84E,
    0xDEFA, 0x6C4E, 0xD84F, 0xDCBC, 0x6CBF, 0x6CCD, 0x6C67, 0x6D16, 0x6D3E, 0x6D77, 0x6D41, 0x6D69,
    0x6D78, 0x6D85, 0xD84F, 0xDD1E, 0x6D34, 0x6E2F, 0x6E6E, 0x3D33, 0x6ECB, 0x6EC7, 0xD84F, 0xDED1,
    0x6DF9, 0x6F6E, 0xD84F, 0xDF5E, 0xD84F, 0xDF8E, 0x6FC6, 0x7039, 0x701E, 0x701B, 0x3D96, 0x704A,
    0x707D, 0x7077, 0x70AD, 0xD841, 0xDD25, 0x7145, 0xD850, 0xDE63, 0x719C, 0xD850, 0xDFAB, 0x7228,
    0x7235, 0x7250, 0xD851, 0xDE08, 0x7280, 0x7295, 0xD851, 0xDF35, 0xD852, 0xDC14, 0x737A, 0x738B,
    0x3EAC, 0x73A5, 0x3EB8, 0x3EB8, 0x7447, 0x745C, 0x7471, 0x7485, 0x74CA, 0x3F1B, 0x7524, 0xD853,
    0xDC36, 0x753E, 0xD853, 0xDC92, 0x7570, 0xD848, 0xDD9F, 0x7610, 0xD853, 0xDFA1, 0xD853, 0xDFB8,
    0xD854, 0xDC44, 0x3FFC, 0x4008, 0x76F4, 0xD854, 0xDCF3, 0xD854, 0xDCF2, 0xD854, 0xDD19, 0xD854,
    0xDD33, 0x771E, 0x771F, 0x771F, 0x774A, 0x4039, 0x778B, 0x4046, 0x4096, 0xD855, 0xDC1D, 0x784E,
    0x788C, 0x78CC, 0x40E3, 0xD855, 0xDE26, 0x7956, 0xD855, 0xDE9A, 0xD855, 0xDEC5, 0x798F, 0x79EB,
    0x412F, 0x7A40, 0x7A4A, 0x7A4F, 0xD856, 0xDD7C, 0xD856, 0xDEA7, 0xD856, 0xDEA7, 0x7AEE, 0x4202,
    0xD856, 0xDFAB, 0x7BC6, 0x7BC9, 0x4227, 0xD857, 0xDC80, 0x7CD2, 0x42A0, 0x7CE8, 0x7CE3, 0x7D00,
    0xD857, 0xDF86, 0x7D63, 0x4301, 0x7DC7, 0x7E02, 0x7E45, 0x4334, 0xD858, 0xDE28, 0xD858, 0xDE47,
    0x4359, 0xD858, 0xDED9, 0x7F7A, 0xD858, 0xDF3E, 0x7F95, 0x7FFA, 0x8005, 0xD859, 0xDCDA, 0xD859,
    0xDD23, 0x8060, 0xD859, 0xDDA8, 0x8070, 0xD84C, 0xDF5F, 0x43D5, 0x80B2, 0x8103, 0x440B, 0x813E,
    0x5AB5, 0xD859, 0xDFA7, 0xD859, 0xDFB5, 0xD84C, 0xDF93, 0xD84C, 0xDF9C, 0x8201, 0x8204, 0x8F9E,
    0x446B, 0x8291, 0x828B, 0x829D, 0x52B3, 0x82B1, 0x82B3, 0x82BD, 0x82E6, 0xD85A, 0xDF3C, 0x82E5,
    0x831D, 0x8363, 0x83AD, 0x8323, 0x83BD, 0x83E7, 0x8457, 0x8353, 0x83CA, 0x83CC, 0x83DC, 0xD85B,
    0xDC36, 0xD85B, 0xDD6B, 0xD85B, 0xDCD5, 0x452B, 0x84F1, 0x84F3, 0x8516, 0xD85C, 0xDFCA, 0x8564,
    0xD85B, 0xDF2C, 0x455D, 0x4561, 0xD85B, 0xDFB1, 0xD85C, 0xDCD2, 0x456B, 0x8650, 0x865C, 0x8667,
    0x8669, 0x86A9, 0x8688, 0x870E, 0x86E2, 0x8779, 0x8728, 0x876B, 0x8786, 0x45D7, 0x87E1, 0x8801,
    0x45F9, 0x8860, 0x8863, 0xD85D, 0xDE67, 0x88D7, 0x88DE, 0x4635, 0x88FA, 0x34BB, 0xD85E, 0xDCAE,
    0xD85E, 0xDD66, 0x46BE, 0x46C7, 0x8AA0, 0x8AED, 0x8B8A, 0x8C55, 0xD85F, 0xDCA8, 0x8CAB, 0x8CC1,
    0x8D1B, 0x8D77, 0xD85F, 0xDF2F, 0xD842, 0xDC04, 0x8DCB, 0x8DBC, 0x8DF0, 0xD842, 0xDCDE, 0x8ED4,
    0x8F38, 0xD861, 0xDDD2, 0xD861, 0xDDED, 0x9094, 0x90F1, 0x9111, 0xD861, 0xDF2E, 0x911B, 0x9238,
    0x92D7, 0x92D8, 0x927C, 0x93F9, 0x9415, 0xD862, 0xDFFA, 0x958B, 0x4995, 0x95B7, 0xD863, 0xDD77,
    0x49E6, 0x96C3, 0x5DB2, 0x9723, 0xD864, 0xDD45, 0xD864, 0xDE1A, 0x4A6E, 0x4A76, 0x97E0, 0xD865,
    0xDC0A, 0x4AB2, 0xD865, 0xDC96, 0x980B, 0x980B, 0x9829, 0xD865, 0xDDB6, 0x98E2, 0x4B33, 0x9929,
    0x99A7, 0x99C2, 0x99FE, 0x4BCE, 0xD866, 0xDF30, 0x9B12, 0x9C40, 0x9CFD, 0x4CCE, 0x4CED, 0x9D67,
    0xD868, 0xDCCE, 0x4CF8, 0xD868, 0xDD05, 0xD868, 0xDE0E, 0xD868, 0xDE91, 0x9EBB, 0x4D56, 0x9EF9,
    0x9EFE, 0x9F05, 0x9F0F, 0x9F16, 0x9F3B, 0xD869, 0xDE00,
};
/* Indexes into bert__udecomp_key of the pairs that compose, sorted by (first, second). */
static const uint16_t bert__ucompose[940] = {
    912, 909, 913, 0, 1, 2, 3, 53, 55, 238, 4, 572, 5, 165, 208, 210, 570, 415, 57, 417, 419, 421, 59, 61,
    63, 65, 6, 425, 67, 427, 431, 433, 429, 7, 8, 9, 598, 69, 71, 73, 10, 596, 77, 212, 214, 594, 240, 75,
    439, 441, 445, 198, 79, 447, 81, 83, 187, 85, 87, 449, 453, 236, 451, 455, 457, 11, 12, 13, 89, 91, 93, 97,
    14, 610, 167, 216, 218, 612, 95, 459, 98, 463, 189, 465, 100, 467, 102, 106, 469, 104, 475, 473, 477, 479, 481, 200,
    108, 15, 483, 112, 485, 110, 489, 487, 16, 17, 18, 19, 114, 116, 246, 20, 616, 118, 169, 220, 222, 161, 614, 191,
    499, 501, 120, 503, 124, 224, 226, 505, 122, 509, 126, 128, 511, 132, 513, 232, 130, 521, 136, 523, 234, 134, 527, 525,
    21, 22, 23, 138, 140, 142, 24, 640, 144, 146, 171, 228, 230, 163, 638, 529, 148, 533, 531, 539, 541, 543, 545, 150,
    549, 547, 551, 553, 555, 652, 25, 152, 658, 250, 557, 154, 656, 654, 155, 559, 157, 159, 561, 563, 26, 27, 28, 29,
    54, 56, 239, 30, 573, 31, 166, 209, 211, 571, 416, 58, 418, 420, 422, 60, 62, 64, 66, 32, 426, 68, 428, 432,
    434, 430, 33, 34, 35, 599, 70, 72, 74, 36, 597, 78, 213, 215, 595, 241, 76, 440, 442, 446, 199, 80, 448, 82,
    84, 188, 86, 88, 450, 454, 237, 452, 456, 458, 565, 37, 38, 39, 90, 92, 94, 40, 611, 168, 217, 219, 613, 96,
    460, 99, 197, 464, 190, 466, 101, 468, 103, 107, 470, 105, 476, 474, 478, 480, 482, 201, 109, 41, 484, 113, 486, 111,
    490, 488, 42, 43, 44, 45, 115, 117, 247, 46, 617, 119, 170, 221, 223, 162, 615, 192, 500, 502, 121, 504, 125, 225,
    227, 506, 123, 510, 127, 129, 512, 133, 514, 233, 131, 522, 566, 137, 524, 235, 135, 528, 526, 47, 48, 49, 139, 141,
    143, 50, 641, 145, 147, 172, 229, 231, 164, 639, 530, 149, 534, 532, 540, 542, 544, 546, 151, 550, 548, 567, 552, 554,
    556, 653, 51, 153, 659, 251, 558, 52, 657, 568, 655, 156, 560, 158, 160, 562, 564, 875, 258, 835, 576, 574, 580, 578,
    181, 202, 204, 185, 423, 602, 600, 606, 604, 461, 620, 618, 624, 622, 491, 244, 493, 242, 206, 179, 175, 173, 177, 577,
    575, 581, 579, 182, 203, 205, 186, 424, 603, 601, 607, 605, 462, 621, 619, 625, 623, 492, 245, 494, 243, 207, 180, 176,
    174, 178, 586, 584, 590, 588, 587, 585, 591, 589, 435, 437, 436, 438, 495, 497, 496, 498, 515, 516, 517, 518, 535, 536,
    537, 538, 569, 630, 628, 634, 632, 636, 631, 629, 635, 633, 637, 644, 642, 648, 646, 650, 645, 643, 649, 647, 651, 195,
    193, 194, 183, 184, 443, 444, 248, 249, 196, 831, 259, 830, 829, 668, 669, 833, 841, 261, 682, 683, 843, 262, 696, 697,
    845, 857, 263, 856, 855, 268, 712, 713, 883, 264, 726, 727, 874, 872, 265, 871, 870, 269, 740, 885, 266, 752, 753, 887,
    826, 838, 760, 270, 823, 822, 660, 661, 827, 825, 762, 271, 676, 677, 764, 272, 688, 689, 839, 837, 766, 273, 850, 849,
    275, 704, 705, 853, 768, 277, 720, 721, 866, 867, 770, 278, 863, 862, 276, 732, 733, 868, 772, 279, 744, 745, 881, 879,
    851, 267, 854, 864, 274, 869, 880, 280, 281, 285, 302, 304, 284, 282, 306, 283, 300, 310, 312, 287, 314, 289, 316, 286,
    318, 324, 288, 326, 328, 330, 332, 322, 303, 305, 293, 291, 307, 292, 301, 311, 313, 296, 315, 290, 317, 295, 319, 325,
    297, 327, 329, 331, 333, 323, 294, 298, 299, 308, 309, 320, 321, 334, 335, 337, 336, 338, 340, 341, 339, 342, 343, 344,
    353, 354, 365, 364, 366, 369, 370, 372, 371, 373, 374, 377, 375, 376, 378, 379, 381, 380, 382, 383, 385, 384, 403, 404,
    405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 471, 472, 507, 508, 519, 520, 582, 592, 583, 593, 608, 609, 626, 627,
    662, 664, 666, 774, 663, 665, 667, 775, 776, 777, 778, 779, 780, 781, 670, 672, 674, 782, 671, 673, 675, 783, 784, 785,
    786, 787, 788, 789, 678, 680, 679, 681, 684, 686, 685, 687, 690, 692, 694, 790, 691, 693, 695, 791, 792, 793, 794, 795,
    796, 797, 698, 700, 702, 798, 699, 701, 703, 799, 800, 801, 802, 803, 804, 805, 706, 708, 710, 707, 709, 711, 714, 716,
    718, 715, 717, 719, 722, 724, 723, 725, 728, 730, 729, 731, 734, 736, 738, 735, 737, 739, 741, 742, 743, 746, 748, 750,
    806, 747, 749, 751, 807, 808, 809, 810, 811, 812, 813, 754, 756, 758, 814, 755, 757, 759, 815, 816, 817, 818, 819, 820,
    821, 824, 836, 878, 828, 846, 847, 848, 840, 882, 859, 860, 861, 894, 895, 896, 897, 899, 898, 900, 901, 902, 903, 904,
    905, 906, 907, 908, 911, 910, 914, 915, 916, 917, 918, 919, 920, 921, 930, 931, 922, 923, 924, 925, 932, 933, 926, 927,
    928, 929, 934, 935, 936, 937, 966, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957,
    958, 959, 960, 961, 962, 963, 964, 965, 967, 993, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981,
    982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 994, 995, 996, 997, 998, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1501,
    1500, 1502, 1503, 1504,
};
#define BERT__UNICODE_CANONICAL_BYTES 20734
#ifndef BERT_NO_COMPATIBILITY_DECOMPOSITION
/* Compatibility decompositions (NFKD, NFKC only), same layout. */
static const uint32_t bert__ukdecomp_key[3662] = {
    0x2000A0, 0x4000A8, 0x2000AA, 0x4000AF, 0x2000B2, 0x2000B3, 0x4000B4, 0x2000B5,
    0x4000B8, 0x2000B9, 0x2000BA, 0x6000BC, 0x6000BD, 0x6000BE, 0x400132, 0x400133,
    0x40013F, 0x400140, 0x400149, 0x20017F, 0x4001C4, 0x4001C5, 0x4001C6, 0x4001C7,
    0x4001C8, 0x4001C9, 0x4001CA, 0x4001CB, 0x4001CC, 0x4001F1, 0x4001F2, 0x4001F3,
    0x2002B0, 0x2002B1, 0x2002B2, 0x2002B3, 0x2002B4, 0x2002B5, 0x2002B6, 0x2002B7,
    0x2002B8, 0x4002D8, 0x4002D9, 0x4002DA, 0x4002DB, 0x4002DC, 0x4002DD, 0x2002E0,
    0x2002E1, 0x2002E2, 0x2002E3, 0x2002E4, 0x40037A, 0x400384, 0x2003D0, 0x2003D1,
    0x2003D2, 0x2003D5, 0x2003D6, 0x2003F0, 0x2003F1, 0x2003F2, 0x2003F4, 0x2003F5,
    0x2003F9, 0x400587, 0x400675, 0x400676, 0x400677, 0x400678, 0x400E33, 0x400EB3,
    0x400EDC, 0x400EDD, 0x200F0C, 0x400F77, 0x400F79, 0x2010FC, 0x201D2C, 0x201D2D,
    0x201D2E, 0x201D30, 0x201D31, 0x201D32, 0x201D33, 0x201D34, 0x201D35, 0x201D36,
    0x201D37, 0x201D38, 0x201D39, 0x201D3A, 0x201D3C, 0x201D3D, 0x201D3E, 0x201D3F,
    0x201D40, 0x201D41, 0x201D42, 0x201D43, 0x201D44, 0x201D45, 0x201D46, 0x201D47,
    0x201D48, 0x201D49, 0x201D4A, 0x201D4B, 0x201D4C, 0x201D4D, 0x201D4F, 0x201D50,
    0x201D51, 0x201D52, 0x201D53, 0x201D54, 0x201D55, 0x201D56, 0x201D57, 0x201D58,
    0x201D59, 0x201D5A, 0x201D5B, 0x201D5C, 0x201D5D, 0x201D5E, 0x201D5F, 0x201D60,
    0x201D61, 0x201D62, 0x201D63, 0x201D64, 0x201D65, 0x201D66, 0x201D67, 0x201D68,
    0x201D69, 0x201D6A, 0x201D78, 0x201D9B, 0x201D9C, 0x201D9D, 0x201D9E, 0x201D9F,
    0x201DA0, 0x201DA1, 0x201DA2, 0x201DA3, 0x201DA4, 0x201DA5, 0x201DA6, 0x201DA7,
    0x201DA8, 0x201DA9, 0x201DAA, 0x201DAB, 0x201DAC, 0x201DAD, 0x201DAE, 0x201DAF,
    0x201DB0, 0x201DB1, 0x201DB2, 0x201DB3, 0x201DB4, 0x201DB5, 0x201DB6, 0x201DB7,
    0x201DB8, 0x201DB9, 0x201DBA, 0x201DBB, 0x201DBC, 0x201DBD, 0x201DBE, 0x201DBF,
    0x401E9A, 0x401FBD, 0x401FBF, 0x401FC0, 0x401FFE, 0x202002, 0x202003, 0x202004,
    0x202005, 0x202006, 0x202007, 0x202008, 0x202009, 0x20200A, 0x202011, 0x402017,
    0x202024, 0x402025, 0x602026, 0x20202F, 0x402033, 0x602034, 0x402036, 0x602037,
    0x40203C, 0x40203E, 0x402047, 0x402048, 0x402049, 0x802057, 0x20205F, 0x202070,
    0x202071, 0x202074, 0x202075, 0x202076, 0x202077, 0x202078, 0x202079, 0x20207A,
    0x20207B, 0x20207C, 0x20207D, 0x20207E, 0x20207F, 0x202080, 0x202081, 0x202082,
    0x202083, 0x202084, 0x202085, 0x202086, 0x202087, 0x202088, 0x202089, 0x20208A,
    0x20208B, 0x20208C, 0x20208D, 0x20208E, 0x202090, 0x202091, 0x202092, 0x202093,
    0x202094, 0x202095, 0x202096, 0x202097, 0x202098, 0x202099, 0x20209A, 0x20209B,
    0x20209C, 0x4020A8, 0x602100, 0x602101, 0x202102, 0x402103, 0x602105, 0x602106,
    0x202107, 0x402109, 0x20210A, 0x20210B, 0x20210C, 0x20210D, 0x20210E, 0x20210F,
    0x202110, 0x202111, 0x202112, 0x202113, 0x202115, 0x402116, 0x202119, 0x20211A,
    0x20211B, 0x20211C, 0x20211D, 0x402120, 0x602121, 0x402122, 0x202124, 0x202128,
    0x20212C, 0x20212D, 0x20212F, 0x202130, 0x202131, 0x202133, 0x202134, 0x202135,
    0x202136, 0x202137, 0x202138, 0x202139, 0x60213B, 0x20213C, 0x20213D, 0x20213E,
    0x20213F, 0x202140, 0x202145, 0x202146, 0x202147, 0x202148, 0x202149, 0x602150,
    0x602151, 0x802152, 0x602153, 0x602154, 0x602155, 0x602156, 0x602157, 0x602158,
    0x602159, 0x60215A, 0x60215B, 0x60215C, 0x60215D, 0x60215E, 0x40215F, 0x202160,
    0x402161, 0x602162, 0x402163, 0x202164, 0x402165, 0x602166, 0x802167, 0x402168,
    0x202169, 0x40216A, 0x60216B, 0x20216C, 0x20216D, 0x20216E, 0x20216F, 0x202170,
    0x402171, 0x602172, 0x402173, 0x202174, 0x402175, 0x602176, 0x802177, 0x402178,
    0x202179, 0x40217A, 0x60217B, 0x20217C, 0x20217D, 0x20217E, 0x20217F, 0x602189,
    0x40222C, 0x60222D, 0x40222F, 0x602230, 0x202460, 0x202461, 0x202462, 0x202463,
    0x202464, 0x202465, 0x202466, 0x202467, 0x202468, 0x402469, 0x40246A, 0x40246B,
    0x40246C, 0x40246D, 0x40246E, 0x40246F, 0x402470, 0x402471, 0x402472, 0x402473,
    0x602474, 0x602475, 0x602476, 0x602477, 0x602478, 0x602479, 0x60247A, 0x60247B,
    0x60247C, 0x80247D, 0x80247E, 0x80247F, 0x802480, 0x802481, 0x802482, 0x802483,
    0x802484, 0x802485, 0x802486, 0x802487, 0x402488, 0x402489, 0x40248A, 0x40248B,
    0x40248C, 0x40248D, 0x40248E, 0x40248F, 0x402490, 0x602491, 0x602492, 0x602493,
    0x602494, 0x602495, 0x602496, 0x602497, 0x602498, 0x602499, 0x60249A, 0x60249B,
    0x60249C, 0x60249D, 0x60249E, 0x60249F, 0x6024A0, 0x6024A1, 0x6024A2, 0x6024A3,
    0x6024A4, 0x6024A5, 0x6024A6, 0x6024A7, 0x6024A8, 0x6024A9, 0x6024AA, 0x6024AB,
    0x6024AC, 0x6024AD, 0x6024AE, 0x6024AF, 0x6024B0, 0x6024B1, 0x6024B2, 0x6024B3,
    0x6024B4, 0x6024B5, 0x2024B6, 0x2024B7, 0x2024B8, 0x2024B9, 0x2024BA, 0x2024BB,
    0x2024BC, 0x2024BD, 0x2024BE, 0x2024BF, 0x2024C0, 0x2024C1, 0x2024C2, 0x2024C3,
    0x2024C4, 0x2024C5, 0x2024C6, 0x2024C7, 0x2024C8, 0x2024C9, 0x2024CA, 0x2024CB,
    0x2024CC, 0x2024CD, 0x2024CE, 0x2024CF, 0x2024D0, 0x2024D1, 0x2024D2, 0x2024D3,
    0x2024D4, 0x2024D5, 0x2024D6, 0x2024D7, 0x2024D8, 0x2024D9, 0x2024DA, 0x2024DB,
    0x2024DC, 0x2024DD, 0x2024DE, 0x2024DF, 0x2024E0, 0x2024E1, 0x2024E2, 0x2024E3,
    0x2024E4, 0x2024E5, 0x2024E6, 0x2024E7, 0x2024E8, 0x2024E9, 0x2024EA, 0x802A0C,
    0x602A74, 0x402A75, 0x602A76, 0x202C7C, 0x202C7D, 0x202D6F, 0x202E9F, 0x202EF3,
    0x202F00, 0x202F01, 0x202F02, 0x202F03, 0x202F04, 0x202F05, 0x202F06, 0x202F07,
    0x202F08, 0x202F09, 0x202F0A, 0x202F0B, 0x202F0C, 0x202F0D, 0x202F0E, 0x202F0F,
    0x202F10, 0x202F11, 0x202F12, 0x202F13, 0x202F14, 0x202F15, 0x202F16, 0x202F17,
    0x202F18, 0x202F19, 0x202F1A, 0x202F1B, 0x202F1C, 0x202F1D, 0x202F1E, 0x202F1F,
    0x202F20, 0x202F21, 0x202F22, 0x202F23, 0x202F24, 0x202F25, 0x202F26, 0x202F27,
    0x202F28, 0x202F29, 0x202F2A, 0x202F2B, 0x202F2C, 0x202F2D, 0x202F2E, 0x202F2F,
    0x202F30, 0x202F31, 0x202F32, 0x202F33, 0x202F34, 0x202F35, 0x202F36, 0x202F37,
    0x202F38, 0x202F39, 0x202F3A, 0x202F3B, 0x202F3C, 0x202F3D, 0x202F3E, 0x202F3F,
    0x202F40, 0x202F41, 0x202F42, 0x202F43, 0x202F44, 0x202F45, 0x202F46, 0x202F47,
    0x202F48, 0x202F49, 0x202F4A, 0x202F4B, 0x202F4C, 0x202F4D, 0x202F4E, 0x202F4F,
    0x202F50, 0x202F51, 0x202F52, 0x202F53, 0x202F54, 0x202F55, 0x202F56, 0x202F57,
    0x202F58, 0x202F59, 0x202F5A, 0x202F5B, 0x202F5C, 0x202F5D, 0x202F5E, 0x202F5F,
    0x202F60, 0x202F61, 0x202F62, 0x202F63, 0x202F64, 0x202F65, 0x202F66, 0x202F67,
    0x202F68, 0x202F69, 0x202F6A, 0x202F6B, 0x202F6C, 0x202F6D, 0x202F6E, 0x202F6F,
    0x202F70, 0x202F71, 0x202F72, 0x202F73, 0x202F74, 0x202F75, 0x202F76, 0x202F77,
    0x202F78, 0x202F79, 0x202F7A, 0x202F7B, 0x202F7C, 0x202F7D, 0x202F7E, 0x202F7F,
    0x202F80, 0x202F81, 0x202F82, 0x202F83, 0x202F84, 0x202F85, 0x202F86, 0x202F87,
    0x202F88, 0x202F89, 0x202F8A, 0x202F8B, 0x202F8C, 0x202F8D, 0x202F8E, 0x202F8F,
    0x202F90, 0x202F91, 0x202F92, 0x202F93, 0x202F94, 0x202F95, 0x202F96, 0x202F97,
    0x202F98, 0x202F99, 0x202F9A, 0x202F9B, 0x202F9C, 0x202F9D, 0x202F9E, 0x202F9F,
    0x202FA0, 0x202FA1, 0x202FA2, 0x202FA3, 0x202FA4, 0x202FA5, 0x202FA6, 0x202FA7,
    0x202FA8, 0x202FA9, 0x202FAA, 0x202FAB, 0x202FAC, 0x202FAD, 0x202FAE, 0x202FAF,
    0x202FB0, 0x202FB1, 0x202FB2, 0x202FB3, 0x202FB4, 0x202FB5, 0x202FB6, 0x202FB7,
    0x202FB8, 0x202FB9, 0x202FBA, 0x202FBB, 0x202FBC, 0x202FBD, 0x202FBE, 0x202FBF,
    0x202FC0, 0x202FC1, 0x202FC2, 0x202FC3, 0x202FC4, 0x202FC5, 0x202FC6, 0x202FC7,
    0x202FC8, 0x202FC9, 0x202FCA, 0x202FCB, 0x202FCC, 0x202FCD, 0x202FCE, 0x202FCF,
    0x202FD0, 0x202FD1, 0x202FD2, 0x202FD3, 0x202FD4, 0x202FD5, 0x203000, 0x203036,
    0x203038, 0x203039, 0x20303A, 0x40309B, 0x40309C, 0x40309F, 0x4030FF, 0x203131,
    0x203132, 0x203133, 0x203134, 0x203135, 0x203136, 0x203137, 0x203138, 0x203139,
    0x20313A, 0x20313B, 0x20313C, 0x20313D, 0x20313E, 0x20313F, 0x203140, 0x203141,
    0x203142, 0x203143, 0x203144, 0x203145, 0x203146, 0x203147, 0x203148, 0x203149,
    0x20314A, 0x20314B, 0x20314C, 0x20314D, 0x20314E, 0x20314F, 0x203150, 0x203151,
    0x203152, 0x203153, 0x203154, 0x203155, 0x203156, 0x203157, 0x203158, 0x203159,
    0x20315A, 0x20315B, 0x20315C, 0x20315D, 0x20315E, 0x20315F, 0x203160, 0x203161,
    0x203162, 0x203163, 0x203164, 0x203165, 0x203166, 0x203167, 0x203168, 0x203169,
    0x20316A, 0x20316B, 0x20316C, 0x20316D, 0x20316E, 0x20316F, 0x203170, 0x203171,
    0x203172, 0x203173, 0x203174, 0x203175, 0x203176, 0x203177, 0x203178, 0x203179,
    0x20317A, 0x20317B, 0x20317C, 0x20317D, 0x20317E, 0x20317F, 0x203180, 0x203181,
    0x203182, 0x203183, 0x203184, 0x203185, 0x203186, 0x203187, 0x203188, 0x203189,
    0x20318A, 0x20318B, 0x20318C, 0x20318D, 0x20318E, 0x203192, 0x203193, 0x203194,
    0x203195, 0x203196, 0x203197, 0x203198, 0x203199, 0x20319A, 0x20319B, 0x20319C,
    0x20319D, 0x20319E, 0x20319F, 0x603200, 0x603201, 0x603202, 0x603203, 0x603204,
    0x603205, 0x603206, 0x603207, 0x603208, 0x603209, 0x60320A, 0x60320B, 0x60320C,
    0x60320D, 0x80320E, 0x80320F, 0x803210, 0x803211, 0x803212, 0x803213, 0x803214,
    0x803215, 0x803216, 0x803217, 0x803218, 0x803219, 0x80321A, 0x80321B, 0x80321C,
    0xE0321D, 0xC0321E, 0x603220, 0x603221, 0x603222, 0x603223, 0x603224, 0x603225,
    0x603226, 0x603227, 0x603228, 0x603229, 0x60322A, 0x60322B, 0x60322C, 0x60322D,
    0x60322E, 0x60322F, 0x603230, 0x603231, 0x603232, 0x603233, 0x603234, 0x603235,
    0x603236, 0x603237, 0x603238, 0x603239, 0x60323A, 0x60323B, 0x60323C, 0x60323D,
    0x60323E, 0x60323F, 0x603240, 0x603241, 0x603242, 0x603243, 0x203244, 0x203245,
    0x203246, 0x203247, 0x603250, 0x403251, 0x403252, 0x403253, 0x403254, 0x403255,
    0x403256, 0x403257, 0x403258, 0x403259, 0x40325A, 0x40325B, 0x40325C, 0x40325D,
    0x40325E, 0x40325F, 0x203260, 0x203261, 0x203262, 0x203263, 0x203264, 0x203265,
    0x203266, 0x203267, 0x203268, 0x203269, 0x20326A, 0x20326B, 0x20326C, 0x20326D,
    0x40326E, 0x40326F, 0x403270, 0x403271, 0x403272, 0x403273, 0x403274, 0x403275,
    0x403276, 0x403277, 0x403278, 0x403279, 0x40327A, 0x40327B, 0xA0327C, 0x80327D,
    0x40327E, 0x203280, 0x203281, 0x203282, 0x203283, 0x203284, 0x203285, 0x203286,
    0x203287, 0x203288, 0x203289, 0x20328A, 0x20328B, 0x20328C, 0x20328D, 0x20328E,
    0x20328F, 0x203290, 0x203291, 0x203292, 0x203293, 0x203294, 0x203295, 0x203296,
    0x203297, 0x203298, 0x203299, 0x20329A, 0x20329B, 0x20329C, 0x20329D, 0x20329E,
    0x20329F, 0x2032A0, 0x2032A1, 0x2032A2, 0x2032A3, 0x2032A4, 0x2032A5, 0x2032A6,
    0x2032A7, 0x2032A8, 0x2032A9, 0x2032AA, 0x2032AB, 0x2032AC, 0x2032AD, 0x2032AE,
    0x2032AF, 0x2032B0, 0x4032B1, 0x4032B2, 0x4032B3, 0x4032B4, 0x4032B5, 0x4032B6,
    0x4032B7, 0x4032B8, 0x4032B9, 0x4032BA, 0x4032BB, 0x4032BC, 0x4032BD, 0x4032BE,
    0x4032BF, 0x4032C0, 0x4032C1, 0x4032C2, 0x4032C3, 0x4032C4, 0x4032C5, 0x4032C6,
    0x4032C7, 0x4032C8, 0x6032C9, 0x6032CA, 0x6032CB, 0x4032CC, 0x6032CD, 0x4032CE,
    0x6032CF, 0x2032D0, 0x2032D1, 0x2032D2, 0x2032D3, 0x2032D4, 0x2032D5, 0x2032D6,
    0x2032D7, 0x2032D8, 0x2032D9, 0x2032DA, 0x2032DB, 0x2032DC, 0x2032DD, 0x2032DE,
    0x2032DF, 0x2032E0, 0x2032E1, 0x2032E2, 0x2032E3, 0x2032E4, 0x2032E5, 0x2032E6,
    0x2032E7, 0x2032E8, 0x2032E9, 0x2032EA, 0x2032EB, 0x2032EC, 0x2032ED, 0x2032EE,
    0x2032EF, 0x2032F0, 0x2032F1, 0x2032F2, 0x2032F3, 0x2032F4, 0x2032F5, 0x2032F6,
    0x2032F7, 0x2032F8, 0x2032F9, 0x2032FA, 0x2032FB, 0x2032FC, 0x2032FD, 0x2032FE,
    0x803300, 0x803301, 0x803302, 0x603303, 0x803304, 0x603305, 0x603306, 0xA03307,
    0x803308, 0x603309, 0x60330A, 0x60330B, 0x80330C, 0x80330D, 0x60330E, 0x60330F,
    0x403310, 0x603311, 0x803312, 0x803313, 0x403314, 0xA03315, 0xC03316, 0xA03317,
    0x603318, 0xA03319, 0xA0331A, 0x80331B, 0x60331C, 0x60331D, 0x60331E, 0x80331F,
    0xA03320, 0x803321, 0x603322, 0x603323, 0x603324, 0x403325, 0x403326, 0x403327,
    0x403328, 0x603329, 0x60332A, 0xA0332B, 0x60332C, 0x80332D, 0xA0332E, 0x60332F,
    0x403330, 0x403331, 0xA03332, 0x803333, 0xA03334, 0x603335, 0xA03336, 0x403337,
    0x603338, 0x603339, 0x60333A, 0x60333B, 0x60333C, 0x80333D, 0x60333E, 0x40333F,
    0x603340, 0x603341, 0x603342, 0x803343, 0x603344, 0x603345, 0x603346, 0xA03347,
    0x803348, 0x403349, 0xA0334A, 0x40334B, 0x80334C, 0x80334D, 0x60334E, 0x60334F,
    0x603350, 0x803351, 0x403352, 0x603353, 0x803354, 0x403355, 0xA03356, 0x603357,
    0x403358, 0x403359, 0x40335A, 0x40335B, 0x40335C, 0x40335D, 0x40335E, 0x40335F,
    0x403360, 0x403361, 0x603362, 0x603363, 0x603364, 0x603365, 0x603366, 0x603367,
    0x603368, 0x603369, 0x60336A, 0x60336B, 0x60336C, 0x60336D, 0x60336E, 0x60336F,
    0x603370, 0x603371, 0x403372, 0x403373, 0x603374, 0x403375, 0x403376, 0x403377,
    0x603378, 0x603379, 0x40337A, 0x40337B, 0x40337C, 0x40337D, 0x40337E, 0x80337F,
    0x403380, 0x403381, 0x403382, 0x403383, 0x403384, 0x403385, 0x403386, 0x403387,
    0x603388, 0x803389, 0x40338A, 0x40338B, 0x40338C, 0x40338D, 0x40338E, 0x40338F,
    0x403390, 0x603391, 0x603392, 0x603393, 0x603394, 0x403395, 0x403396, 0x403397,
    0x403398, 0x403399, 0x40339A, 0x40339B, 0x40339C, 0x40339D, 0x40339E, 0x60339F,
    0x6033A0, 0x4033A1, 0x6033A2, 0x6033A3, 0x6033A4, 0x4033A5, 0x6033A6, 0x6033A7,
    0x8033A8, 0x4033A9, 0x6033AA, 0x6033AB, 0x6033AC, 0x6033AD, 0xA033AE, 0xC033AF,
    0x4033B0, 0x4033B1, 0x4033B2, 0x4033B3, 0x4033B4, 0x4033B5, 0x4033B6, 0x4033B7,
    0x4033B8, 0x4033B9, 0x4033BA, 0x4033BB, 0x4033BC, 0x4033BD, 0x4033BE, 0x4033BF,
    0x4033C0, 0x4033C1, 0x8033C2, 0x4033C3, 0x4033C4, 0x4033C5, 0x8033C6, 0x6033C7,
    0x4033C8, 0x4033C9, 0x4033CA, 0x4033CB, 0x4033CC, 0x4033CD, 0x4033CE, 0x4033CF,
    0x4033D0, 0x4033D1, 0x6033D2, 0x4033D3, 0x4033D4, 0x6033D5, 0x6033D6, 0x4033D7,
    0x8033D8, 0x6033D9, 0x4033DA, 0x4033DB, 0x4033DC, 0x4033DD, 0x6033DE, 0x6033DF,
    0x4033E0, 0x4033E1, 0x4033E2, 0x4033E3, 0x4033E4, 0x4033E5, 0x4033E6, 0x4033E7,
    0x4033E8, 0x6033E9, 0x6033EA, 0x6033EB, 0x6033EC, 0x6033ED, 0x6033EE, 0x6033EF,
    0x6033F0, 0x6033F1, 0x6033F2, 0x6033F3, 0x6033F4, 0x6033F5, 0x6033F6, 0x6033F7,
    0x6033F8, 0x6033F9, 0x6033FA, 0x6033FB, 0x6033FC, 0x6033FD, 0x6033FE, 0x6033FF,
    0x20A69C, 0x20A69D, 0x20A770, 0x20A7F8, 0x20A7F9, 0x20AB5C, 0x20AB5D, 0x20AB5E,
    0x20AB5F, 0x40FB00, 0x40FB01, 0x40FB02, 0x60FB03, 0x60FB04, 0x40FB05, 0x40FB06,
    0x40FB13, 0x40FB14, 0x40FB15, 0x40FB16, 0x40FB17, 0x20FB20, 0x20FB21, 0x20FB22,
    0x20FB23, 0x20FB24, 0x20FB25, 0x20FB26, 0x20FB27, 0x20FB28, 0x20FB29, 0x40FB4F,
    0x20FB50, 0x20FB51, 0x20FB52, 0x20FB53, 0x20FB54, 0x20FB55, 0x20FB56, 0x20FB57,
    0x20FB58, 0x20FB59, 0x20FB5A, 0x20FB5B, 0x20FB5C, 0x20FB5D, 0x20FB5E, 0x20FB5F,
    0x20FB60, 0x20FB61, 0x20FB62, 0x20FB63, 0x20FB64, 0x20FB65, 0x20FB66, 0x20FB67,
    0x20FB68, 0x20FB69, 0x20FB6A, 0x20FB6B, 0x20FB6C, 0x20FB6D, 0x20FB6E, 0x20FB6F,
    0x20FB70, 0x20FB71, 0x20FB72, 0x20FB73, 0x20FB74, 0x20FB75, 0x20FB76, 0x20FB77,
    0x20FB78, 0x20FB79, 0x20FB7A, 0x20FB7B, 0x20FB7C, 0x20FB7D, 0x20FB7E, 0x20FB7F,
    0x20FB80, 0x20FB81, 0x20FB82, 0x20FB83, 0x20FB84, 0x20FB85, 0x20FB86, 0x20FB87,
    0x20FB88, 0x20FB89, 0x20FB8A, 0x20FB8B, 0x20FB8C, 0x20FB8D, 0x20FB8E, 0x20FB8F,
    0x20FB90, 0x20FB91, 0x20FB92, 0x20FB93, 0x20FB94, 0x20FB95, 0x20FB96, 0x20FB97,
    0x20FB98, 0x20FB99, 0x20FB9A, 0x20FB9B, 0x20FB9C, 0x20FB9D, 0x20FB9E, 0x20FB9F,
    0x20FBA0, 0x20FBA1, 0x20FBA2, 0x20FBA3, 0x20FBA4, 0x20FBA5, 0x20FBA6, 0x20FBA7,
    0x20FBA8, 0x20FBA9, 0x20FBAA, 0x20FBAB, 0x20FBAC, 0x20FBAD, 0x20FBAE, 0x20FBAF,
    0x20FBB0, 0x20FBB1, 0x20FBD3, 0x20FBD4, 0x20FBD5, 0x20FBD6, 0x20FBD7, 0x20FBD8,
    0x20FBD9, 0x20FBDA, 0x20FBDB, 0x20FBDC, 0x20FBDD, 0x20FBDE, 0x20FBDF, 0x20FBE0,
    0x20FBE1, 0x20FBE2, 0x20FBE3, 0x20FBE4, 0x20FBE5, 0x20FBE6, 0x20FBE7, 0x20FBE8,
    0x20FBE9, 0x40FBEA, 0x40FBEB, 0x40FBEC, 0x40FBED, 0x40FBEE, 0x40FBEF, 0x40FBF0,
    0x40FBF1, 0x40FBF2, 0x40FBF3, 0x40FBF4, 0x40FBF5, 0x40FBF6, 0x40FBF7, 0x40FBF8,
    0x40FBF9, 0x40FBFA, 0x40FBFB, 0x20FBFC, 0x20FBFD, 0x20FBFE, 0x20FBFF, 0x40FC00,
    0x40FC01, 0x40FC02, 0x40FC03, 0x40FC04, 0x40FC05, 0x40FC06, 0x40FC07, 0x40FC08,
    0x40FC09, 0x40FC0A, 0x40FC0B, 0x40FC0C, 0x40FC0D, 0x40FC0E, 0x40FC0F, 0x40FC10,
    0x40FC11, 0x40FC12, 0x40FC13, 0x40FC14, 0x40FC15, 0x40FC16, 0x40FC17, 0x40FC18,
    0x40FC19, 0x40FC1A, 0x40FC1B, 0x40FC1C, 0x40FC1D, 0x40FC1E, 0x40FC1F, 0x40FC20,
    0x40FC21, 0x40FC22, 0x40FC23, 0x40FC24, 0x40FC25, 0x40FC26, 0x40FC27, 0x40FC28,
    0x40FC29, 0x40FC2A, 0x40FC2B, 0x40FC2C, 0x40FC2D, 0x40FC2E, 0x40FC2F, 0x40FC30,
    0x40FC31, 0x40FC32, 0x40FC33, 0x40FC34, 0x40FC35, 0x40FC36, 0x40FC37, 0x40FC38,
    0x40FC39, 0x40FC3A, 0x40FC3B, 0x40FC3C, 0x40FC3D, 0x40FC3E, 0x40FC3F, 0x40FC40,
    0x40FC41, 0x40FC42, 0x40FC43, 0x40FC44, 0x40FC45, 0x40FC46, 0x40FC47, 0x40FC48,
    0x40FC49, 0x40FC4A, 0x40FC4B, 0x40FC4C, 0x40FC4D, 0x40FC4E, 0x40FC4F, 0x40FC50,
    0x40FC51, 0x40FC52, 0x40FC53, 0x40FC54, 0x40FC55, 0x40FC56, 0x40FC57, 0x40FC58,
    0x40FC59, 0x40FC5A, 0x40FC5B, 0x40FC5C, 0x40FC5D, 0x60FC5E, 0x60FC5F, 0x60FC60,
    0x60FC61, 0x60FC62, 0x60FC63, 0x40FC64, 0x40FC65, 0x40FC66, 0x40FC67, 0x40FC68,
    0x40FC69, 0x40FC6A, 0x40FC6B, 0x40FC6C, 0x40FC6D, 0x40FC6E, 0x40FC6F, 0x40FC70,
    0x40FC71, 0x40FC72, 0x40FC73, 0x40FC74, 0x40FC75, 0x40FC76, 0x40FC77, 0x40FC78,
    0x40FC79, 0x40FC7A, 0x40FC7B, 0x40FC7C, 0x40FC7D, 0x40FC7E, 0x40FC7F, 0x40FC80,
    0x40FC81, 0x40FC82, 0x40FC83, 0x40FC84, 0x40FC85, 0x40FC86, 0x40FC87, 0x40FC88,
    0x40FC89, 0x40FC8A, 0x40FC8B, 0x40FC8C, 0x40FC8D, 0x40FC8E, 0x40FC8F, 0x40FC90,
    0x40FC91, 0x40FC92, 0x40FC93, 0x40FC94, 0x40FC95, 0x40FC96, 0x40FC97, 0x40FC98,
    0x40FC99, 0x40FC9A, 0x40FC9B, 0x40FC9C, 0x40FC9D, 0x40FC9E, 0x40FC9F, 0x40FCA0,
    0x40FCA1, 0x40FCA2, 0x40FCA3, 0x40FCA4, 0x40FCA5, 0x40FCA6, 0x40FCA7, 0x40FCA8,
    0x40FCA9, 0x40FCAA, 0x40FCAB, 0x40FCAC, 0x40FCAD, 0x40FCAE, 0x40FCAF, 0x40FCB0,
    0x40FCB1, 0x40FCB2, 0x40FCB3, 0x40FCB4, 0x40FCB5, 0x40FCB6, 0x40FCB7, 0x40FCB8,
    0x40FCB9, 0x40FCBA, 0x40FCBB, 0x40FCBC, 0x40FCBD, 0x40FCBE, 0x40FCBF, 0x40FCC0,
    0x40FCC1, 0x40FCC2, 0x40FCC3, 0x40FCC4, 0x40FCC5, 0x40FCC6, 0x40FCC7, 0x40FCC8,
    0x40FCC9, 0x40FCCA, 0x40FCCB, 0x40FCCC, 0x40FCCD, 0x40FCCE, 0x40FCCF, 0x40FCD0,
    0x40FCD1, 0x40FCD2, 0x40FCD3, 0x40FCD4, 0x40FCD5, 0x40FCD6, 0x40FCD7, 0x40FCD8,
    0x40FCD9, 0x40FCDA, 0x40FCDB, 0x40FCDC, 0x40FCDD, 0x40FCDE, 0x40FCDF, 0x40FCE0,
    0x40FCE1, 0x40FCE2, 0x40FCE3, 0x40FCE4, 0x40FCE5, 0x40FCE6, 0x40FCE7, 0x40FCE8,
    0x40FCE9, 0x40FCEA, 0x40FCEB, 0x40FCEC, 0x40FCED, 0x40FCEE, 0x40FCEF, 0x40FCF0,
    0x40FCF1, 0x60FCF2, 0x60FCF3, 0x60FCF4, 0x40FCF5, 0x40FCF6, 0x40FCF7, 0x40FCF8,
    0x40FCF9, 0x40FCFA, 0x40FCFB, 0x40FCFC, 0x40FCFD, 0x40FCFE, 0x40FCFF, 0x40FD00,
    0x40FD01, 0x40FD02, 0x40FD03, 0x40FD04, 0x40FD05, 0x40FD06, 0x40FD07, 0x40FD08,
    0x40FD09, 0x40FD0A, 0x40FD0B, 0x40FD0C, 0x40FD0D, 0x40FD0E, 0x40FD0F, 0x40FD10,
    0x40FD11, 0x40FD12, 0x40FD13, 0x40FD14, 0x40FD15, 0x40FD16, 0x40FD17, 0x40FD18,
    0x40FD19, 0x40FD1A, 0x40FD1B, 0x40FD1C, 0x40FD1D, 0x40FD1E, 0x40FD1F, 0x40FD20,
    0x40FD21, 0x40FD22, 0x40FD23, 0x40FD24, 0x40FD25, 0x40FD26, 0x40FD27, 0x40FD28,
    0x40FD29, 0x40FD2A, 0x40FD2B, 0x40FD2C, 0x40FD2D, 0x40FD2E, 0x40FD2F, 0x40FD30,
    0x40FD31, 0x40FD32, 0x40FD33, 0x40FD34, 0x40FD35, 0x40FD36, 0x40FD37, 0x40FD38,
    0x40FD39, 0x40FD3A, 0x40FD3B, 0x40FD3C, 0x40FD3D, 0x60FD50, 0x60FD51, 0x60FD52,
    0x60FD53, 0x60FD54, 0x60FD55, 0x60FD56, 0x60FD57, 0x60FD58, 0x60FD59, 0x60FD5A,
    0x60FD5B, 0x60FD5C, 0x60FD5D, 0x60FD5E, 0x60FD5F, 0x60FD60, 0x60FD61, 0x60FD62,
    0x60FD63, 0x60FD64, 0x60FD65, 0x60FD66, 0x60FD67, 0x60FD68, 0x60FD69, 0x60FD6A,
    0x60FD6B, 0x60FD6C, 0x60FD6D, 0x60FD6E, 0x60FD6F, 0x60FD70, 0x60FD71, 0x60FD72,
    0x60FD73, 0x60FD74, 0x60FD75, 0x60FD76, 0x60FD77, 0x60FD78, 0x60FD79, 0x60FD7A,
    0x60FD7B, 0x60FD7C, 0x60FD7D, 0x60FD7E, 0x60FD7F, 0x60FD80, 0x60FD81, 0x60FD82,
    0x60FD83, 0x60FD84, 0x60FD85, 0x60FD86, 0x60FD87, 0x60FD88, 0x60FD89, 0x60FD8A,
    0x60FD8B, 0x60FD8C, 0x60FD8D, 0x60FD8E, 0x60FD8F, 0x60FD92, 0x60FD93, 0x60FD94,
    0x60FD95, 0x60FD96, 0x60FD97, 0x60FD98, 0x60FD99, 0x60FD9A, 0x60FD9B, 0x60FD9C,
    0x60FD9D, 0x60FD9E, 0x60FD9F, 0x60FDA0, 0x60FDA1, 0x60FDA2, 0x60FDA3, 0x60FDA4,
    0x60FDA5, 0x60FDA6, 0x60FDA7, 0x60FDA8, 0x60FDA9, 0x60FDAA, 0x60FDAB, 0x60FDAC,
    0x60FDAD, 0x60FDAE, 0x60FDAF, 0x60FDB0, 0x60FDB1, 0x60FDB2, 0x60FDB3, 0x60FDB4,
    0x60FDB5, 0x60FDB6, 0x60FDB7, 0x60FDB8, 0x60FDB9, 0x60FDBA, 0x60FDBB, 0x60FDBC,
    0x60FDBD, 0x60FDBE, 0x60FDBF, 0x60FDC0, 0x60FDC1, 0x60FDC2, 0x60FDC3, 0x60FDC4,
    0x60FDC5, 0x60FDC6, 0x60FDC7, 0x60FDF0, 0x60FDF1, 0x80FDF2, 0x80FDF3, 0x80FDF4,
    0x80FDF5, 0x80FDF6, 0x80FDF7, 0x80FDF8, 0x60FDF9, 0x240FDFA, 0x100FDFB, 0x80FDFC,
    0x20FE10, 0x20FE11, 0x20FE12, 0x20FE13, 0x20FE14, 0x20FE15, 0x20FE16, 0x20FE17,
    0x20FE18, 0x20FE19, 0x20FE30, 0x20FE31, 0x20FE32, 0x20FE33, 0x20FE34, 0x20FE35,
    0x20FE36, 0x20FE37, 0x20FE38, 0x20FE39, 0x20FE3A, 0x20FE3B, 0x20FE3C, 0x20FE3D,
    0x20FE3E, 0x20FE3F, 0x20FE40, 0x20FE41, 0x20FE42, 0x20FE43, 0x20FE44, 0x20FE47,
    0x20FE48, 0x20FE49, 0x20FE4A, 0x20FE4B, 0x20FE4C, 0x20FE4D, 0x20FE4E, 0x20FE4F,
    0x20FE50, 0x20FE51, 0x20FE52, 0x20FE54, 0x20FE55, 0x20FE56, 0x20FE57, 0x20FE58,
    0x20FE59, 0x20FE5A, 0x20FE5B, 0x20FE5C, 0x20FE5D, 0x20FE5E, 0x20FE5F, 0x20FE60,
    0x20FE61, 0x20FE62, 0x20FE63, 0x20FE64, 0x20FE65, 0x20FE66, 0x20FE68, 0x20FE69,
    0x20FE6A, 0x20FE6B, 0x40FE70, 0x40FE71, 0x40FE72, 0x40FE74, 0x40FE76, 0x40FE77,
    0x40FE78, 0x40FE79, 0x40FE7A, 0x40FE7B, 0x40FE7C, 0x40FE7D, 0x40FE7E, 0x40FE7F,
    0x20FE80, 0x20FE81, 0x20FE82, 0x20FE83, 0x20FE84, 0x20FE85, 0x20FE86, 0x20FE87,
    0x20FE88, 0x20FE89, 0x20FE8A, 0x20FE8B, 0x20FE8C, 0x20FE8D, 0x20FE8E, 0x20FE8F,
    0x20FE90, 0x20FE91, 0x20FE92, 0x20FE93, 0x20FE94, 0x20FE95, 0x20FE96, 0x20FE97,
    0x20FE98, 0x20FE99, 0x20FE9A, 0x20FE9B, 0x20FE9C, 0x20FE9D, 0x20FE9E, 0x20FE9F,
    0x20FEA0, 0x20FEA1, 0x20FEA2, 0x20FEA3, 0x20FEA4, 0x20FEA5, 0x20FEA6, 0x20FEA7,
    0x20FEA8, 0x20FEA9, 0x20FEAA, 0x20FEAB, 0x20FEAC, 0x20FEAD, 0x20FEAE, 0x20FEAF,
    0x20FEB0, 0x20FEB1, 0x20FEB2, 0x20FEB3, 0x20FEB4, 0x20FEB5, 0x20FEB6, 0x20FEB7,
    0x20FEB8, 0x20FEB9, 0x20FEBA, 0x20FEBB, 0x20FEBC, 0x20FEBD, 0x20FEBE, 0x20FEBF,
    0x20FEC0, 0x20FEC1, 0x20FEC2, 0x20FEC3, 0x20FEC4, 0x20FEC5, 0x20FEC6, 0x20FEC7,
    0x20FEC8, 0x20FEC9, 0x20FECA, 0x20FECB, 0x20FECC, 0x20FECD, 0x20FECE, 0x20FECF,
    0x20FED0, 0x20FED1, 0x20FED2, 0x20FED3, 0x20FED4, 0x20FED5, 0x20FED6, 0x20FED7,
    0x20FED8, 0x20FED9, 0x20FEDA, 0x20FEDB, 0x20FEDC, 0x20FEDD, 0x20FEDE, 0x20FEDF,
    0x20FEE0, 0x20FEE1, 0x20FEE2, 0x20FEE3, 0x20FEE4, 0x20FEE5, 0x20FEE6, 0x20FEE7,
    0x20FEE8, 0x20FEE9, 0x20FEEA, 0x20FEEB, 0x20FEEC, 0x20FEED, 0x20FEEE, 0x20FEEF,
    0x20FEF0, 0x20FEF1, 0x20FEF2, 0x20FEF3, 0x20FEF4, 0x40FEF5, 0x40FEF6, 0x40FEF7,
    0x40FEF8, 0x40FEF9, 0x40FEFA, 0x40FEFB, 0x40FEFC, 0x20FF01, 0x20FF02, 0x20FF03,
    0x20FF04, 0x20FF05, 0x20FF06, 0x20FF07, 0x20FF08, 0x20FF09, 0x20FF0A, 0x20FF0B,
    0x20FF0C, 0x20FF0D, 0x20FF0E, 0x20FF0F, 0x20FF10, 0x20FF11, 0x20FF12, 0x20FF13,
    0x20FF14, 0x20FF15, 0x20FF16, 0x20FF17, 0x20FF18, 0x20FF19, 0x20FF1A, 0x20FF1B,
    0x20FF1C, 0x20FF1D, 0x20FF1E, 0x20FF1F, 0x20FF20, 0x20FF21, 0x20FF22, 0x20FF23,
    0x20FF24, 0x20FF25, 0x20FF26, 0x20FF27, 0x20FF28, 0x20FF29, 0x20FF2A, 0x20FF2B,
    0x20FF2C, 0x20FF2D, 0x20FF2E, 0x20FF2F, 0x20FF30, 0x20FF31, 0x20FF32, 0x20FF33,
    0x20FF34, 0x20FF35, 0x20FF36, 0x20FF37, 0x20FF38, 0x20FF39, 0x20FF3A, 0x20FF3B,
    0x20FF3C, 0x20FF3D, 0x20FF3E, 0x20FF3F, 0x20FF40, 0x20FF41, 0x20FF42, 0x20FF43,
    0x20FF44, 0x20FF45, 0x20FF46, 0x20FF47, 0x20FF48, 0x20FF49, 0x20FF4A, 0x20FF4B,
    0x20FF4C, 0x20FF4D, 0x20FF4E, 0x20FF4F, 0x20FF50, 0x20FF51, 0x20FF52, 0x20FF53,
    0x20FF54, 0x20FF55, 0x20FF56, 0x20FF57, 0x20FF58, 0x20FF59, 0x20FF5A, 0x20FF5B,
    0x20FF5C, 0x20FF5D, 0x20FF5E, 0x20FF5F, 0x20FF60, 0x20FF61, 0x20FF62, 0x20FF63,
    0x20FF64, 0x20FF65, 0x20FF66, 0x20FF67, 0x20FF68, 0x20FF69, 0x20FF6A, 0x20FF6B,
    0x20FF6C, 0x20FF6D, 0x20FF6E, 0x20FF6F, 0x20FF70, 0x20FF71, 0x20FF72, 0x20FF73,
    0x20FF74, 0x20FF75, 0x20FF76, 0x20FF77, 0x20FF78, 0x20FF79, 0x20FF7A, 0x20FF7B,
    0x20FF7C, 0x20FF7D, 0x20FF7E, 0x20FF7F, 0x20FF80, 0x20FF81, 0x20FF82, 0x20FF83,
    0x20FF84, 0x20FF85, 0x20FF86, 0x20FF87, 0x20FF88, 0x20FF89, 0x20FF8A, 0x20FF8B,
    0x20FF8C, 0x20FF8D, 0x20FF8E, 0x20FF8F, 0x20FF90, 0x20FF91, 0x20FF92, 0x20FF93,
    0x20FF94, 0x20FF95, 0x20FF96, 0x20FF97, 0x20FF98, 0x20FF99, 0x20FF9A, 0x20FF9B,
    0x20FF9C, 0x20FF9D, 0x20FF9E, 0x20FF9F, 0x20FFA0, 0x20FFA1, 0x20FFA2, 0x20FFA3,
    0x20FFA4, 0x20FFA5, 0x20FFA6, 0x20FFA7, 0x20FFA8, 0x20FFA9, 0x20FFAA, 0x20FFAB,
    0x20FFAC, 0x20FFAD, 0x20FFAE, 0x20FFAF, 0x20FFB0, 0x20FFB1, 0x20FFB2, 0x20FFB3,
    0x20FFB4, 0x20FFB5, 0x20FFB6, 0x20FFB7, 0x20FFB8, 0x20FFB9, 0x20FFBA, 0x20FFBB,
    0x20FFBC, 0x20FFBD, 0x20FFBE, 0x20FFC2, 0x20FFC3, 0x20FFC4, 0x20FFC5, 0x20FFC6,
    0x20FFC7, 0x20FFCA, 0x20FFCB, 0x20FFCC, 0x20FFCD, 0x20FFCE, 0x20FFCF, 0x20FFD2,
    0x20FFD3, 0x20FFD4, 0x20FFD5, 0x20FFD6, 0x20FFD7, 0x20FFDA, 0x20FFDB, 0x20FFDC,
    0x20FFE0, 0x20FFE1, 0x20FFE2, 0x20FFE3, 0x20FFE4, 0x20FFE5, 0x20FFE6, 0x20FFE8,
    0x20FFE9, 0x20FFEA, 0x20FFEB, 0x20FFEC, 0x20FFED, 0x20FFEE, 0x21D400, 0x21D401,
    0x21D402, 0x21D403, 0x21D404, 0x21D405, 0x21D406, 0x21D407, 0x21D408, 0x21D409,
    0x21D40A, 0x21D40B, 0x21D40C, 0x21D40D, 0x21D40E, 0x21D40F, 0x21D410, 0x21D411,
    0x21D412, 0x21D413, 0x21D414, 0x21D415, 0x21D416, 0x21D417, 0x21D418, 0x21D419,
    0x21D41A, 0x21D41B, 0x21D41C, 0x21D41D, 0x21D41E, 0x21D41F, 0x21D420, 0x21D421,
    0x21D422, 0x21D423, 0x21D424, 0x21D425, 0x21D426, 0x21D427, 0x21D428, 0x21D429,
    0x21D42A, 0x21D42B, 0x21D42C, 0x21D42D, 0x21D42E, 0x21D42F, 0x21D430, 0x21D431,
    0x21D432, 0x21D433, 0x21D434, 0x21D435, 0x21D436, 0x21D437, 0x21D438, 0x21D439,
    0x21D43A, 0x21D43B, 0x21D43C, 0x21D43D, 0x21D43E, 0x21D43F, 0x21D440, 0x21D441,
    0x21D442, 0x21D443, 0x21D444, 0x21D445, 0x21D446, 0x21D447, 0x21D448, 0x21D449,
    0x21D44A, 0x21D44B, 0x21D44C, 0x21D44D, 0x21D44E, 0x21D44F, 0x21D450, 0x21D451,
    0x21D452, 0x21D453, 0x21D454, 0x21D456, 0x21D457, 0x21D458, 0x21D459, 0x21D45A,
    0x21D45B, 0x21D45C, 0x21D45D, 0x21D45E, 0x21D45F, 0x21D460, 0x21D461, 0x21D462,
    0x21D463, 0x21D464, 0x21D465, 0x21D466, 0x21D467, 0x21D468, 0x21D469, 0x21D46A,
    0x21D46B, 0x21D46C, 0x21D46D, 0x21D46E, 0x21D46F, 0x21D470, 0x21D471, 0x21D472,
    0x21D473, 0x21D474, 0x21D475, 0x21D476, 0x21D477, 0x21D478, 0x21D479, 0x21D47A,
    0x21D47B, 0x21D47C, 0x21D47D, 0x21D47E, 0x21D47F, 0x21D480, 0x21D481, 0x21D482,
    0x21D483, 0x21D484, 0x21D485, 0x21D486, 0x21D487, 0x21D488, 0x21D489, 0x21D48A,
    0x21D48B, 0x21D48C, 0x21D48D, 0x21D48E, 0x21D48F, 0x21D490, 0x21D491, 0x21D492,
    0x21D493, 0x21D494, 0x21D495, 0x21D496, 0x21D497, 0x21D498, 0x21D499, 0x21D49A,
    0x21D49B, 0x21D49C, 0x21D49E, 0x21D49F, 0x21D4A2, 0x21D4A5, 0x21D4A6, 0x21D4A9,
    0x21D4AA, 0x21D4AB, 0x21D4AC, 0x21D4AE, 0x21D4AF, 0x21D4B0, 0x21D4B1, 0x21D4B2,
    0x21D4B3, 0x21D4B4, 0x21D4B5, 0x21D4B6, 0x21D4B7, 0x21D4B8, 0x21D4B9, 0x21D4BB,
    0x21D4BD, 0x21D4BE, 0x21D4BF, 0x21D4C0, 0x21D4C1, 0x21D4C2, 0x21D4C3, 0x21D4C5,
    0x21D4C6, 0x21D4C7, 0x21D4C8, 0x21D4C9, 0x21D4CA, 0x21D4CB, 0x21D4CC, 0x21D4CD,
    0x21D4CE, 0x21D4CF, 0x21D4D0, 0x21D4D1, 0x21D4D2, 0x21D4D3, 0x21D4D4, 0x21D4D5,
    0x21D4D6, 0x21D4D7, 0x21D4D8, 0x21D4D9, 0x21D4DA, 0x21D4DB, 0x21D4DC, 0x21D4DD,
    0x21D4DE, 0x21D4DF, 0x21D4E0, 0x21D4E1, 0x21D4E2, 0x21D4E3, 0x21D4E4, 0x21D4E5,
    0x21D4E6, 0x21D4E7, 0x21D4E8, 0x21D4E9, 0x21D4EA, 0x21D4EB, 0x21D4EC, 0x21D4ED,
    0x21D4EE, 0x21D4EF, 0x21D4F0, 0x21D4F1, 0x21D4F2, 0x21D4F3, 0x21D4F4, 0x21D4F5,
    0x21D4F6, 0x21D4F7, 0x21D4F8, 0x21D4F9, 0x21D4FA, 0x21D4FB, 0x21D4FC, 0x21D4FD,
    0x21D4FE, 0x21D4FF, 0x21D500, 0x21D501, 0x21D502, 0x21D503, 0x21D504, 0x21D505,
    0x21D507, 0x21D508, 0x21D509, 0x21D50A, 0x21D50D, 0x21D50E, 0x21D50F, 0x21D510,
    0x21D511, 0x21D512, 0x21D513, 0x21D514, 0x21D516, 0x21D517, 0x21D518, 0x21D519,
    0x21D51A, 0x21D51B, 0x21D51C, 0x21D51E, 0x21D51F, 0x21D520, 0x21D521, 0x21D522,
    0x21D523, 0x21D524, 0x21D525, 0x21D526, 0x21D527, 0x21D528, 0x21D529, 0x21D52A,
    0x21D52B, 0x21D52C, 0x21D52D, 0x21D52E, 0x21D52F, 0x21D530, 0x21D531, 0x21D532,
    0x21D533, 0x21D534, 0x21D535, 0x21D536, 0x21D537, 0x21D538, 0x21D539, 0x21D53B,
    0x21D53C, 0x21D53D, 0x21D53E, 0x21D540, 0x21D541, 0x21D542, 0x21D543, 0x21D544,
    0x21D546, 0x21D54A, 0x21D54B, 0x21D54C, 0x21D54D, 0x21D54E, 0x21D54F, 0x21D550,
    0x21D552, 0x21D553, 0x21D554, 0x21D555, 0x21D556, 0x21D557, 0x21D558, 0x21D559,
    0x21D55A, 0x21D55B, 0x21D55C, 0x21D55D, 0x21D55E, 0x21D55F, 0x21D560, 0x21D561,
    0x21D562, 0x21D563, 0x21D564, 0x21D565, 0x21D566, 0x21D567, 0x21D568, 0x21D569,
    0x21D56A, 0x21D56B, 0x21D56C, 0x21D56D, 0x21D56E, 0x21D56F, 0x21D570, 0x21D571,
    0x21D572, 0x21D573, 0x21D574, 0x21D575, 0x21D576, 0x21D577, 0x21D578, 0x21D579,
    0x21D57A, 0x21D57B, 0x21D57C, 0x21D57D, 0x21D57E, 0x21D57F, 0x21D580, 0x21D581,
    0x21D582, 0x21D583, 0x21D584, 0x21D585, 0x21D586, 0x21D587, 0x21D588, 0x21D589,
    0x21D58A, 0x21D58B, 0x21D58C, 0x21D58D, 0x21D58E, 0x21D58F, 0x21D590, 0x21D591,
    0x21D592, 0x21D593, 0x21D594, 0x21D595, 0x21D596, 0x21D597, 0x21D598, 0x21D599,
    0x21D59A, 0x21D59B, 0x21D59C, 0x21D59D, 0x21D59E, 0x21D59F, 0x21D5A0, 0x21D5A1,
    0x21D5A2, 0x21D5A3, 0x21D5A4, 0x21D5A5, 0x21D5A6, 0x21D5A7, 0x21D5A8, 0x21D5A9,
    0x21D5AA, 0x21D5AB, 0x21D5AC, 0x21D5AD, 0x21D5AE, 0x21D5AF, 0x21D5B0, 0x21D5B1,
    0x21D5B2, 0x21D5B3, 0x21D5B4, 0x21D5B5, 0x21D5B6, 0x21D5B7, 0x21D5B8, 0x21D5B9,
    0x21D5BA, 0x21D5BB, 0x21D5BC, 0x21D5BD, 0x21D5BE, 0x21D5BF, 0x21D5C0, 0x21D5C1,
    0x21D5C2, 0x21D5C3, 0x21D5C4, 0x21D5C5, 0x21D5C6, 0x21D5C7, 0x21D5C8, 0x21D5C9,
    0x21D5CA, 0x21D5CB, 0x21D5CC, 0x21D5CD, 0x21D5CE, 0x21D5CF, 0x21D5D0, 0x21D5D1,
    0x21D5D2, 0x21D5D3, 0x21D5D4, 0x21D5D5, 0x21D5D6, 0x21D5D7, 0x21D5D8, 0x21D5D9,
    0x21D5DA, 0x21D5DB, 0x21D5DC, 0x21D5DD, 0x21D5DE, 0x21D5DF, 0x21D5E0, 0x21D5E1,
    0x21D5E2, 0x21D5E3, 0x21D5E4, 0x21D5E5, 0x21D5E6, 0x21D5E7, 0x21D5E8, 0x21D5E9,
    0x21D5EA, 0x21D5EB, 0x21D5EC, 0x21D5ED, 0x21D5EE, 0x21D5EF, 0x21D5F0, 0x21D5F1,
    0x21D5F2, 0x21D5F3, 0x21D5F4, 0x21D5F5, 0x21D5F6, 0x21D5F7, 0x21D5F8, 0x21D5F9,
    0x21D5FA, 0x21D5FB, 0x21D5FC, 0x21D5FD, 0x21D5FE, 0x21D5FF, 0x21D600, 0x21D601,
    0x21D602, 0x21D603, 0x21D604, 0x21D605, 0x21D606, 0x21D607, 0x21D608, 0x21D609,
    0x21D60A, 0x21D60B, 0x21D60C, 0x21D60D, 0x21D60E, 0x21D60F, 0x21D610, 0x21D611,
    0x21D612, 0x21D613, 0x21D614, 0x21D615, 0x21D616, 0x21D617, 0x21D618, 0x21D619,
    0x21D61A, 0x21D61B, 0x21D61C, 0x21D61D, 0x21D61E, 0x21D61F, 0x21D620, 0x21D621,
    0x21D622, 0x21D623, 0x21D624, 0x21D625, 0x21D626, 0x21D627, 0x21D628, 0x21D629,
    0x21D62A, 0x21D62B, 0x21D62C, 0x21D62D, 0x21D62E, 0x21D62F, 0x21D630, 0x21D631,
    0x21D632, 0x21D633, 0x21D634, 0x21D635, 0x21D636, 0x21D637, 0x21D638, 0x21D639,
    0x21D63A, 0x21D63B, 0x21D63C, 0x21D63D, 0x21D63E, 0x21D63F, 0x21D640, 0x21D641,
    0x21D642, 0x21D643, 0x21D644, 0x21D645, 0x21D646, 0x21D647, 0x21D648, 0x21D649,
    0x21D64A, 0x21D64B, 0x21D64C, 0x21D64D, 0x21D64E, 0x21D64F, 0x21D650, 0x21D651,
    0x21D652, 0x21D653, 0x21D654, 0x21D655, 0x21D656, 0x21D657, 0x21D658, 0x21D659,
    0x21D65A, 0x21D65B, 0x21D65C, 0x21D65D, 0x21D65E, 0x21D65F, 0x21D660, 0x21D661,
    0x21D662, 0x21D663, 0x21D664, 0x21D665, 0x21D666, 0x21D667, 0x21D668, 0x21D669,
    0x21D66A, 0x21D66B, 0x21D66C, 0x21D66D, 0x21D66E, 0x21D66F, 0x21D670, 0x21D671,
    0x21D672, 0x21D673, 0x21D674, 0x21D675, 0x21D676, 0x21D677, 0x21D678, 0x21D679,
    0x21D67A, 0x21D67B, 0x21D67C, 0x21D67D, 0x21D67E, 0x21D67F, 0x21D680, 0x21D681,
    0x21D682, 0x21D683, 0x21D684, 0x21D685, 0x21D686, 0x21D687, 0x21D688, 0x21D689,
    0x21D68A, 0x21D68B, 0x21D68C, 0x21D68D, 0x21D68E, 0x21D68F, 0x21D690, 0x21D691,
    0x21D692, 0x21D693, 0x21D694, 0x21D695, 0x21D696, 0x21D697, 0x21D698, 0x21D699,
    0x21D69A, 0x21D69B, 0x21D69C, 0x21D69D, 0x21D69E, 0x21D69F, 0x21D6A0, 0x21D6A1,
    0x21D6A2, 0x21D6A3, 0x21D6A4, 0x21D6A5, 0x21D6A8, 0x21D6A9, 0x21D6AA, 0x21D6AB,
    0x21D6AC, 0x21D6AD, 0x21D6AE, 0x21D6AF, 0x21D6B0, 0x21D6B1, 0x21D6B2, 0x21D6B3,
    0x21D6B4, 0x21D6B5, 0x21D6B6, 0x21D6B7, 0x21D6B8, 0x21D6B9, 0x21D6BA, 0x21D6BB,
    0x21D6BC, 0x21D6BD, 0x21D6BE, 0x21D6BF, 0x21D6C0, 0x21D6C1, 0x21D6C2, 0x21D6C3,
    0x21D6C4, 0x21D6C5, 0x21D6C6, 0x21D6C7, 0x21D6C8, 0x21D6C9, 0x21D6CA, 0x21D6CB,
    0x21D6CC, 0x21D6CD, 0x21D6CE, 0x21D6CF, 0x21D6D0, 0x21D6D1, 0x21D6D2, 0x21D6D3,
    0x21D6D4, 0x21D6D5, 0x21D6D6, 0x21D6D7, 0x21D6D8, 0x21D6D9, 0x21D6DA, 0x21D6DB,
    0x21D6DC, 0x21D6DD, 0x21D6DE, 0x21D6DF, 0x21D6E0, 0x21D6E1, 0x21D6E2, 0x21D6E3,
    0x21D6E4, 0x21D6E5, 0x21D6E6, 0x21D6E7, 0x21D6E8, 0x21D6E9, 0x21D6EA, 0x21D6EB,
    0x21D6EC, 0x21D6ED, 0x21D6EE, 0x21D6EF, 0x21D6F0, 0x21D6F1, 0x21D6F2, 0x21D6F3,
    0x21D6F4, 0x21D6F5, 0x21D6F6, 0x21D6F7, 0x21D6F8, 0x21D6F9, 0x21D6FA, 0x21D6FB,
    0x21D6FC, 0x21D6FD, 0x21D6FE, 0x21D6FF, 0x21D700, 0x21D701, 0x21D702, 0x21D703,
    0x21D704, 0x21D705, 0x21D706, 0x21D707, 0x21D708, 0x21D709, 0x21D70A, 0x21D70B,
    0x21D70C, 0x21D70D, 0x21D70E, 0x21D70F, 0x21D710, 0x21D711, 0x21D712, 0x21D713,
    0x21D714, 0x21D715, 0x21D716, 0x21D717, 0x21D718, 0x21D719, 0x21D71A, 0x21D71B,
    0x21D71C, 0x21D71D, 0x21D71E, 0x21D71F, 0x21D720, 0x21D721, 0x21D722, 0x21D723,
    0x21D724, 0x21D725, 0x21D726, 0x21D727, 0x21D728, 0x21D729, 0x21D72A, 0x21D72B,
    0x21D72C, 0x21D72D, 0x21D72E, 0x21D72F, 0x21D730, 0x21D731, 0x21D732, 0x21D733,
    0x21D734, 0x21D735, 0x21D736, 0x21D737, 0x21D738, 0x21D739, 0x21D73A, 0x21D73B,
    0x21D73C, 0x21D73D, 0x21D73E, 0x21D73F, 0x21D740, 0x21D741, 0x21D742, 0x21D743,
    0x21D744, 0x21D745, 0x21D746, 0x21D747, 0x21D748, 0x21D749, 0x21D74A, 0x21D74B,
    0x21D74C, 0x21D74D, 0x21D74E, 0x21D74F, 0x21D750, 0x21D751, 0x21D752, 0x21D753,
    0x21D754, 0x21D755, 0x21D756, 0x21D757, 0x21D758, 0x21D759, 0x21D75A, 0x21D75B,
    0x21D75C, 0x21D75D, 0x21D75E, 0x21D75F, 0x21D760, 0x21D761, 0x21D762, 0x21D763,
    0x21D764, 0x21D765, 0x21D766, 0x21D767, 0x21D768, 0x21D769, 0x21D76A, 0x21D76B,
    0x21D76C, 0x21D76D, 0x21D76E, 0x21D76F, 0x21D770, 0x21D771, 0x21D772, 0x21D773,
    0x21D774, 0x21D775, 0x21D776, 0x21D777, 0x21D778, 0x21D779, 0x21D77A, 0x21D77B,
    0x21D77C, 0x21D77D, 0x21D77E, 0x21D77F, 0x21D780, 0x21D781, 0x21D782, 0x21D783,
    0x21D784, 0x21D785, 0x21D786, 0x21D787, 0x21D788, 0x21D789, 0x21D78A, 0x21D78B,
    0x21D78C, 0x21D78D, 0x21D78E, 0x21D78F, 0x21D790, 0x21D791, 0x21D792, 0x21D793,
    0x21D794, 0x21D795, 0x21D796, 0x21D797, 0x21D798, 0x21D799, 0x21D79A, 0x21D79B,
    0x21D79C, 0x21D79D, 0x21D79E, 0x21D79F, 0x21D7A0, 0x21D7A1, 0x21D7A2, 0x21D7A3,
    0x21D7A4, 0x21D7A5, 0x21D7A6, 0x21D7A7, 0x21D7A8, 0x21D7A9, 0x21D7AA, 0x21D7AB,
    0x21D7AC, 0x21D7AD, 0x21D7AE, 0x21D7AF, 0x21D7B0, 0x21D7B1, 0x21D7B2, 0x21D7B3,
    0x21D7B4, 0x21D7B5, 0x21D7B6, 0x21D7B7, 0x21D7B8, 0x21D7B9, 0x21D7BA, 0x21D7BB,
    0x21D7BC, 0x21D7BD, 0x21D7BE, 0x21D7BF, 0x21D7C0, 0x21D7C1, 0x21D7C2, 0x21D7C3,
    0x21D7C4, 0x21D7C5, 0x21D7C6, 0x21D7C7, 0x21D7C8, 0x21D7C9, 0x21D7CA, 0x21D7CB,
    0x21D7CE, 0x21D7CF, 0x21D7D0, 0x21D7D1, 0x21D7D2, 0x21D7D3, 0x21D7D4, 0x21D7D5,
    0x21D7D6, 0x21D7D7, 0x21D7D8, 0x21D7D9, 0x21D7DA, 0x21D7DB, 0x21D7DC, 0x21D7DD,
    0x21D7DE, 0x21D7DF, 0x21D7E0, 0x21D7E1, 0x21D7E2, 0x21D7E3, 0x21D7E4, 0x21D7E5,
    0x21D7E6, 0x21D7E7, 0x21D7E8, 0x21D7E9, 0x21D7EA, 0x21D7EB, 0x21D7EC, 0x21D7ED,
    0x21D7EE, 0x21D7EF, 0x21D7F0, 0x21D7F1, 0x21D7F2, 0x21D7F3, 0x21D7F4, 0x21D7F5,
    0x21D7F6, 0x21D7F7, 0x21D7F8, 0x21D7F9, 0x21D7FA, 0x21D7FB, 0x21D7FC, 0x21D7FD,
    0x21D7FE, 0x21D7FF, 0x21EE00, 0x21EE01, 0x21EE02, 0x21EE03, 0x21EE05, 0x21EE06,
    0x21EE07, 0x21EE08, 0x21EE09, 0x21EE0A, 0x21EE0B, 0x21EE0C, 0x21EE0D, 0x21EE0E,
    0x21EE0F, 0x21EE10, 0x21EE11, 0x21EE12, 0x21EE13, 0x21EE14, 0x21EE15, 0x21EE16,
    0x21EE17, 0x21EE18, 0x21EE19, 0x21EE1A, 0x21EE1B, 0x21EE1C, 0x21EE1D, 0x21EE1E,
    0x21EE1F, 0x21EE21, 0x21EE22, 0x21EE24, 0x21EE27, 0x21EE29, 0x21EE2A, 0x21EE2B,
    0x21EE2C, 0x21EE2D, 0x21EE2E, 0x21EE2F, 0x21EE30, 0x21EE31, 0x21EE32, 0x21EE34,
    0x21EE35, 0x21EE36, 0x21EE37, 0x21EE39, 0x21EE3B, 0x21EE42, 0x21EE47, 0x21EE49,
    0x21EE4B, 0x21EE4D, 0x21EE4E, 0x21EE4F, 0x21EE51, 0x21EE52, 0x21EE54, 0x21EE57,
    0x21EE59, 0x21EE5B, 0x21EE5D, 0x21EE5F, 0x21EE61, 0x21EE62, 0x21EE64, 0x21EE67,
    0x21EE68, 0x21EE69, 0x21EE6A, 0x21EE6C, 0x21EE6D, 0x21EE6E, 0x21EE6F, 0x21EE70,
    0x21EE71, 0x21EE72, 0x21EE74, 0x21EE75, 0x21EE76, 0x21EE77, 0x21EE79, 0x21EE7A,
    0x21EE7B, 0x21EE7C, 0x21EE7E, 0x21EE80, 0x21EE81, 0x21EE82, 0x21EE83, 0x21EE84,
    0x21EE85, 0x21EE86, 0x21EE87, 0x21EE88, 0x21EE89, 0x21EE8B, 0x21EE8C, 0x21EE8D,
    0x21EE8E, 0x21EE8F, 0x21EE90, 0x21EE91, 0x21EE92, 0x21EE93, 0x21EE94, 0x21EE95,
    0x21EE96, 0x21EE97, 0x21EE98, 0x21EE99, 0x21EE9A, 0x21EE9B, 0x21EEA1, 0x21EEA2,
    0x21EEA3, 0x21EEA5, 0x21EEA6, 0x21EEA7, 0x21EEA8, 0x21EEA9, 0x21EEAB, 0x21EEAC,
    0x21EEAD, 0x21EEAE, 0x21EEAF, 0x21EEB0, 0x21EEB1, 0x21EEB2, 0x21EEB3, 0x21EEB4,
    0x21EEB5, 0x21EEB6, 0x21EEB7, 0x21EEB8, 0x21EEB9, 0x21EEBA, 0x21EEBB, 0x41F100,
    0x41F101, 0x41F102, 0x41F103, 0x41F104, 0x41F105, 0x41F106, 0x41F107, 0x41F108,
    0x41F109, 0x41F10A, 0x61F110, 0x61F111, 0x61F112, 0x61F113, 0x61F114, 0x61F115,
    0x61F116, 0x61F117, 0x61F118, 0x61F119, 0x61F11A, 0x61F11B, 0x61F11C, 0x61F11D,
    0x61F11E, 0x61F11F, 0x61F120, 0x61F121, 0x61F122, 0x61F123, 0x61F124, 0x61F125,
    0x61F126, 0x61F127, 0x61F128, 0x61F129, 0x61F12A, 0x21F12B, 0x21F12C, 0x41F12D,
    0x41F12E, 0x21F130, 0x21F131, 0x21F132, 0x21F133, 0x21F134, 0x21F135, 0x21F136,
    0x21F137, 0x21F138, 0x21F139, 0x21F13A, 0x21F13B, 0x21F13C, 0x21F13D, 0x21F13E,
    0x21F13F, 0x21F140, 0x21F141, 0x21F142, 0x21F143, 0x21F144, 0x21F145, 0x21F146,
    0x21F147, 0x21F148, 0x21F149, 0x41F14A, 0x41F14B, 0x41F14C, 0x41F14D, 0x61F14E,
    0x41F14F, 0x41F16A, 0x41F16B, 0x41F190, 0x41F200, 0x41F201, 0x21F202, 0x21F210,
    0x21F211, 0x21F212, 0x21F213, 0x21F214, 0x21F215, 0x21F216, 0x21F217, 0x21F218,
    0x21F219, 0x21F21A, 0x21F21B, 0x21F21C, 0x21F21D, 0x21F21E, 0x21F21F, 0x21F220,
    0x21F221, 0x21F222, 0x21F223, 0x21F224, 0x21F225, 0x21F226, 0x21F227, 0x21F228,
    0x21F229, 0x21F22A, 0x21F22B, 0x21F22C, 0x21F22D, 0x21F22E, 0x21F22F, 0x21F230,
    0x21F231, 0x21F232, 0x21F233, 0x21F234, 0x21F235, 0x21F236, 0x21F237, 0x21F238,
    0x21F239, 0x21F23A, 0x21F23B, 0x61F240, 0x61F241, 0x61F242, 0x61F243, 0x61F244,
    0x61F245, 0x61F246, 0x61F247, 0x61F248, 0x21F250, 0x21F251,
};
static const uint16_t bert__ukdecomp_off[3662] = {
    0, 1, 3, 4, 6, 7, 8, 10, 11, 13, 14, 15, 18, 21, 24, 26, 28, 30, 32, 34, 35, 37, 39, 41,
    43, 45, 47, 49, 51, 53, 55, 57, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 70, 72, 74, 76, 78, 80,
    81, 82, 83, 84, 85, 87, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 102, 104, 106, 108, 110, 112,
    114, 116, 118, 119, 121, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141,
    142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
    166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
    190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213,
    214, 215, 216, 217, 218, 219, 220, 221, 222, 224, 226, 228, 230, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242,
    244, 245, 247, 250, 251, 253, 256, 258, 261, 263, 265, 267, 269, 271, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284,
    285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308,
    309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 320, 323, 326, 327, 329, 332, 335, 336, 338, 339, 340, 341, 342, 343,
    344, 345, 346, 347, 348, 349, 351, 352, 353, 354, 355, 356, 358, 361, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372,
    373, 374, 375, 376, 377, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 393, 396, 400, 403, 406, 409, 412, 415,
    418, 421, 424, 427, 430, 433, 436, 438, 439, 441, 444, 446, 447, 449, 452, 456, 458, 459, 461, 464, 465, 466, 467, 468,
    469, 471, 474, 476, 477, 479, 482, 486, 488, 489, 491, 494, 495, 496, 497, 498, 501, 503, 506, 508, 511, 512, 513, 514,
    515, 516, 517, 518, 519, 520, 522, 524, 526, 528, 530, 532, 534, 536, 538, 540, 542, 545, 548, 551, 554, 557, 560, 563,
    566, 569, 573, 577, 581, 585, 589, 593, 597, 601, 605, 609, 613, 615, 617, 619, 621, 623, 625, 627, 629, 631, 634, 637,
    640, 643, 646, 649, 652, 655, 658, 661, 664, 667, 670, 673, 676, 679, 682, 685, 688, 691, 694, 697, 700, 703, 706, 709,
    712, 715, 718, 721, 724, 727, 730, 733, 736, 739, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755,
    756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779,
    780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 799, 802, 804, 807, 808, 809, 810, 811,
    812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835,
    836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859,
    860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883,
    884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907,
    908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931,
    932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955,
    956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979,
    980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003,
    1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027,
    1028, 1029, 1030, 1031, 1033, 1035, 1037, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055,
    1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079,
    1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103,
    1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127,
    1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1150, 1153, 1156, 1159,
    1162, 1165, 1168, 1171, 1174, 1177, 1180, 1183, 1186, 1189, 1193, 1197, 1201, 1205, 1209, 1213, 1217, 1221, 1225, 1229, 1233, 1237, 1241, 1245,
    1249, 1256, 1262, 1265, 1268, 1271, 1274, 1277, 1280, 1283, 1286, 1289, 1292, 1295, 1298, 1301, 1304, 1307, 1310, 1313, 1316, 1319, 1322, 1325,
    1328, 1331, 1334, 1337, 1340, 1343, 1346, 1349, 1352, 1355, 1358, 1361, 1364, 1367, 1370, 1371, 1372, 1373, 1374, 1377, 1379, 1381, 1383, 1385,
    1387, 1389, 1391, 1393, 1395, 1397, 1399, 1401, 1403, 1405, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420,
    1421, 1423, 1425, 1427, 1429, 1431, 1433, 1435, 1437, 1439, 1441, 1443, 1445, 1447, 1449, 1454, 1458, 1460, 1461, 1462, 1463, 1464, 1465, 1466,
    1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490,
    1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1511, 1513, 1515, 1517, 1519,
    1521, 1523, 1525, 1527, 1529, 1531, 1533, 1535, 1537, 1539, 1541, 1543, 1545, 1547, 1549, 1551, 1553, 1555, 1557, 1560, 1563, 1566, 1568, 1571,
    1573, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598,
    1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622,
    1623, 1627, 1631, 1635, 1638, 1642, 1645, 1648, 1653, 1657, 1660, 1663, 1666, 1670, 1674, 1677, 1680, 1682, 1685, 1689, 1693, 1695, 1700, 1706,
    1711, 1714, 1719, 1724, 1728, 1731, 1734, 1737, 1741, 1746, 1750, 1753, 1756, 1759, 1761, 1763, 1765, 1767, 1770, 1773, 1778, 1781, 1785, 1790,
    1793, 1795, 1797, 1802, 1806, 1811, 1814, 1819, 1821, 1824, 1827, 1830, 1833, 1836, 1840, 1843, 1845, 1848, 1851, 1854, 1858, 1861, 1864, 1867,
    1872, 1876, 1878, 1883, 1885, 1889, 1893, 1896, 1899, 1902, 1906, 1908, 1911, 1915, 1917, 1922, 1925, 1927, 1929, 1931, 1933, 1935, 1937, 1939,
    1941, 1943, 1945, 1948, 1951, 1954, 1957, 1960, 1963, 1966, 1969, 1972, 1975, 1978, 1981, 1984, 1987, 1990, 1993, 1995, 1997, 2000, 2002, 2004,
    2006, 2009, 2012, 2014, 2016, 2018, 2020, 2022, 2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040, 2042, 2045, 2049, 2051, 2053, 2055, 2057, 2059,
    2061, 2063, 2066, 2069, 2072, 2075, 2077, 2079, 2081, 2083, 2085, 2087, 2089, 2091, 2093, 2095, 2098, 2101, 2103, 2106, 2109, 2112, 2114, 2117,
    2120, 2124, 2126, 2129, 2132, 2135, 2138, 2143, 2149, 2151, 2153, 2155, 2157, 2159, 2161, 2163, 2165, 2167, 2169, 2171, 2173, 2175, 2177, 2179,
    2181, 2183, 2185, 2189, 2191, 2193, 2195, 2199, 2202, 2204, 2206, 2208, 2210, 2212, 2214, 2216, 2218, 2220, 2222, 2225, 2227, 2229, 2232, 2235,
    2237, 2241, 2244, 2246, 2248, 2250, 2252, 2255, 2258, 2260, 2262, 2264, 2266, 2268, 2270, 2272, 2274, 2276, 2279, 2282, 2285, 2288, 2291, 2294,
    2297, 2300, 2303, 2306, 2309, 2312, 2315, 2318, 2321, 2324, 2327, 2330, 2333, 2336, 2339, 2342, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352,
    2353, 2354, 2356, 2358, 2360, 2363, 2366, 2368, 2370, 2372, 2374, 2376, 2378, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390,
    2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415,
    2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439,
    2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463,
    2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487,
    2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511,
    2512, 2513, 2515, 2517, 2519, 2521, 2523, 2525, 2527, 2529, 2531, 2533, 2535, 2537, 2539, 2541, 2543, 2545, 2547, 2549, 2550, 2551, 2552, 2553,
    2555, 2557, 2559, 2561, 2563, 2565, 2567, 2569, 2571, 2573, 2575, 2577, 2579, 2581, 2583, 2585, 2587, 2589, 2591, 2593, 2595, 2597, 2599, 2601,
    2603, 2605, 2607, 2609, 2611, 2613, 2615, 2617, 2619, 2621, 2623, 2625, 2627, 2629, 2631, 2633, 2635, 2637, 2639, 2641, 2643, 2645, 2647, 2649,
    2651, 2653, 2655, 2657, 2659, 2661, 2663, 2665, 2667, 2669, 2671, 2673, 2675, 2677, 2679, 2681, 2683, 2685, 2687, 2689, 2691, 2693, 2695, 2697,
    2699, 2701, 2703, 2705, 2707, 2709, 2711, 2713, 2715, 2717, 2719, 2721, 2723, 2725, 2727, 2729, 2731, 2733, 2735, 2737, 2739, 2741, 2744, 2747,
    2750, 2753, 2756, 2759, 2761, 2763, 2765, 2767, 2769, 2771, 2773, 2775, 2777, 2779, 2781, 2783, 2785, 2787, 2789, 2791, 2793, 2795, 2797, 2799,
    2801, 2803, 2805, 2807, 2809, 2811, 2813, 2815, 2817, 2819, 2821, 2823, 2825, 2827, 2829, 2831, 2833, 2835, 2837, 2839, 2841, 2843, 2845, 2847,
    2849, 2851, 2853, 2855, 2857, 2859, 2861, 2863, 2865, 2867, 2869, 2871, 2873, 2875, 2877, 2879, 2881, 2883, 2885, 2887, 2889, 2891, 2893, 2895,
    2897, 2899, 2901, 2903, 2905, 2907, 2909, 2911, 2913, 2915, 2917, 2919, 2921, 2923, 2925, 2927, 2929, 2931, 2933, 2935, 2937, 2939, 2941, 2943,
    2945, 2947, 2949, 2951, 2953, 2955, 2957, 2959, 2961, 2963, 2965, 2967, 2969, 2971, 2973, 2975, 2977, 2979, 2981, 2983, 2985, 2987, 2989, 2991,
    2993, 2995, 2997, 2999, 3001, 3003, 3005, 3007, 3009, 3011, 3013, 3015, 3017, 3019, 3021, 3023, 3025, 3027, 3029, 3031, 3033, 3035, 3037, 3039,
    3041, 3043, 3046, 3049, 3052, 3054, 3056, 3058, 3060, 3062, 3064, 3066, 3068, 3070, 3072, 3074, 3076, 3078, 3080, 3082, 3084, 3086, 3088, 3090,
    3092, 3094, 3096, 3098, 3100, 3102, 3104, 3106, 3108, 3110, 3112, 3114, 3116, 3118, 3120, 3122, 3124, 3126, 3128, 3130, 3132, 3134, 3136, 3138,
    3140, 3142, 3144, 3146, 3148, 3150, 3152, 3154, 3156, 3158, 3160, 3162, 3164, 3166, 3168, 3170, 3172, 3174, 3176, 3178, 3180, 3182, 3184, 3186,
    3188, 3190, 3192, 3194, 3196, 3198, 3201, 3204, 3207, 3210, 3213, 3216, 3219, 3222, 3225, 3228, 3231, 3234, 3237, 3240, 3243, 3246, 3249, 3252,
    3255, 3258, 3261, 3264, 3267, 3270, 3273, 3276, 3279, 3282, 3285, 3288, 3291, 3294, 3297, 3300, 3303, 3306, 3309, 3312, 3315, 3318, 3321, 3324,
    3327, 3330, 3333, 3336, 3339, 3342, 3345, 3348, 3351, 3354, 3357, 3360, 3363, 3366, 3369, 3372, 3375, 3378, 3381, 3384, 3387, 3390, 3393, 3396,
    3399, 3402, 3405, 3408, 3411, 3414, 3417, 3420, 3423, 3426, 3429, 3432, 3435, 3438, 3441, 3444, 3447, 3450, 3453, 3456, 3459, 3462, 3465, 3468,
    3471, 3474, 3477, 3480, 3483, 3486, 3489, 3492, 3495, 3498, 3501, 3504, 3507, 3510, 3513, 3516, 3519, 3522, 3525, 3528, 3531, 3534, 3537, 3540,
    3543, 3546, 3549, 3552, 3555, 3558, 3562, 3566, 3570, 3574, 3578, 3582, 3586, 3589, 3607, 3615, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626,
    3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 3650,
    3651, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3673, 3674,
    3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 3685, 3687, 3689, 3691, 3693, 3695, 3697, 3699, 3701, 3703, 3705, 3707, 3709, 3711,
    3713, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736,
    3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760,
    3761, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784,
    3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808,
    3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3832, 3834,
    3836, 3838, 3840, 3842, 3844, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864,
    3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888,
    3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912,
    3913, 3914, 3915, 3916, 3917, 3918, 3919, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936,
    3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960,
    3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984,
    3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008,
    4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032,
    4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056,
    4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080,
    4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104,
    4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128,
    4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152,
    4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176,
    4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200,
    4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224,
    4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248,
    4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272,
    4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296,
    4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320,
    4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344,
    4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368,
    4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392,
    4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416,
    4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440,
    4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464,
    4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488,
    4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512,
    4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536,
    4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560,
    4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584,
    4585, 4586, 4587, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608,
    4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4627, 4628, 4629, 4630, 4631, 4632,
    4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656,
    4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4677, 4678, 4679, 4680,
    4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704,
    4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728,
    4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752,
    4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776,
    4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800,
    4801, 4802, 4803, 4804, 4805, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824,
    4825, 4826, 4827, 4828, 4829, 4830, 4831, 4832, 4833, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848,
    4849, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872,
    4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896,
    4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920,
    4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944,
    4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968,
    4969, 4970, 4971, 4972, 4973, 4974, 4975, 4976, 4977, 4978, 4979, 4980, 4981, 4982, 4983, 4984, 4985, 4986, 4987, 4988, 4989, 4990, 4991, 4992,
    4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016,
    5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040,
    5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064,
    5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088,
    5089, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104, 5105, 5106, 5107, 5108, 5109, 5110, 5111, 5112,
    5113, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5121, 5122, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5135, 5136,
    5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160,
    5161, 5162, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184,
    5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5193, 5194, 5195, 5196, 5197, 5198, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 5208,
    5210, 5212, 5214, 5216, 5218, 5220, 5222, 5224, 5226, 5228, 5230, 5233, 5236, 5239, 5242, 5245, 5248, 5251, 5254, 5257, 5260, 5263, 5266, 5269,
    5272, 5275, 5278, 5281, 5284, 5287, 5290, 5293, 5296, 5299, 5302, 5305, 5308, 5311, 5312, 5313, 5315, 5317, 5318, 5319, 5320, 5321, 5322, 5323,
    5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5345, 5347, 5349, 5351,
    5354, 5356, 5358, 5360, 5362, 5364, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383,
    5384, 5385, 5386, 5387, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5407,
    5408, 5409, 5410, 5411, 5414, 5417, 5420, 5423, 5426, 5429, 5432, 5435, 5438, 5439,
};
static const uint16_t bert__ukdecomp_pool[5440] = {
    0x20, 0x20, 0x308, 0x61, 0x20, 0x304, 0x32, 0x33, 0x20, 0x301, 0x3BC, 0x20,
    0x327, 0x31, 0x6F, 0x31, 0x2044, 0x34, 0x31, 0x2044, 0x32, 0x33, 0x2044, 0x34,
    0x49, 0x4A, 0x69, 0x6A, 0x4C, 0xB7, 0x6C, 0xB7, 0x2BC, 0x6E, 0x73, 0x44,
    0x17D, 0x44, 0x17E, 0x64, 0x17E, 0x4C, 0x4A, 0x4C, 0x6A, 0x6C, 0x6A, 0x4E,
    0x4A, 0x4E, 0x6A, 0x6E, 0x6A, 0x44, 0x5A, 0x44, 0x7A, 0x64, 0x7A, 0x68,
    0x266, 0x6A, 0x72, 0x279, 0x27B, 0x281, 0x77, 0x79, 0x20, 0x306, 0x20, 0x307,
    0x20, 0x30A, 0x20, 0x328, 0x20, 0x303, 0x20, 0x30B, 0x263, 0x6C, 0x73, 0x78,
    0x295, 0x20, 0x345, 0x20, 0x301, 0x3B2, 0x3B8, 0x3A5, 0x3C6, 0x3C0, 0x3BA, 0x3C1,
    0x3C2, 0x398, 0x3B5, 0x3A3, 0x565, 0x582, 0x627, 0x674, 0x648, 0x674, 0x6C7, 0x674,
    0x64A, 0x674, 0xE4D, 0xE32, 0xECD, 0xEB2, 0xEAB, 0xE99, 0xEAB, 0xEA1, 0xF0B, 0xFB2,
    0xF81, 0xFB3, 0xF81, 0x10DC, 0x41, 0xC6, 0x42, 0x44, 0x45, 0x18E, 0x47, 0x48,
    0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x222, 0x50, 0x52, 0x54, 0x55,
    0x57, 0x61, 0x250, 0x251, 0x1D02, 0x62, 0x64, 0x65, 0x259, 0x25B, 0x25C, 0x67,
    0x6B, 0x6D, 0x14B, 0x6F, 0x254, 0x1D16, 0x1D17, 0x70, 0x74, 0x75, 0x1D1D, 0x26F,
    0x76, 0x1D25, 0x3B2, 0x3B3, 0x3B4, 0x3C6, 0x3C7, 0x69, 0x72, 0x75, 0x76, 0x3B2,
    0x3B3, 0x3C1, 0x3C6, 0x3C7, 0x43D, 0x252, 0x63, 0x255, 0xF0, 0x25C, 0x66, 0x25F,
    0x261, 0x265, 0x268, 0x269, 0x26A, 0x1D7B, 0x29D, 0x26D, 0x1D85, 0x29F, 0x271, 0x270,
    0x272, 0x273, 0x274, 0x275, 0x278, 0x282, 0x283, 0x1AB, 0x289, 0x28A, 0x1D1C, 0x28B,
    0x28C, 0x7A, 0x290, 0x291, 0x292, 0x3B8, 0x61, 0x2BE, 0x20, 0x313, 0x20, 0x313,
    0x20, 0x342, 0x20, 0x314, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
    0x20, 0x2010, 0x20, 0x333, 0x2E, 0x2E, 0x2E, 0x2E, 0x2E, 0x2E, 0x20, 0x2032,
    0x2032, 0x2032, 0x2032, 0x2032, 0x2035, 0x2035, 0x2035, 0x2035, 0x2035, 0x21, 0x21, 0x20,
    0x305, 0x3F, 0x3F, 0x3F, 0x21, 0x21, 0x3F, 0x2032, 0x2032, 0x2032, 0x2032, 0x20,
    0x30, 0x69, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x2B, 0x2212, 0x3D, 0x28,
    0x29, 0x6E, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39,
    0x2B, 0x2212, 0x3D, 0x28, 0x29, 0x61, 0x65, 0x6F, 0x78, 0x259, 0x68, 0x6B,
    0x6C, 0x6D, 0x6E, 0x70, 0x73, 0x74, 0x52, 0x73, 0x61, 0x2F, 0x63, 0x61,
    0x2F, 0x73, 0x43, 0xB0, 0x43, 0x63, 0x2F, 0x6F, 0x63, 0x2F, 0x75, 0x190,
    0xB0, 0x46, 0x67, 0x48, 0x48, 0x48, 0x68, 0x127, 0x49, 0x49, 0x4C, 0x6C,
    0x4E, 0x4E, 0x6F, 0x50, 0x51, 0x52, 0x52, 0x52, 0x53, 0x4D, 0x54, 0x45,
    0x4C, 0x54, 0x4D, 0x5A, 0x5A, 0x42, 0x43, 0x65, 0x45, 0x46, 0x4D, 0x6F,
    0x5D0, 0x5D1, 0x5D2, 0x5D3, 0x69, 0x46, 0x41, 0x58, 0x3C0, 0x3B3, 0x393, 0x3A0,
    0x2211, 0x44, 0x64, 0x65, 0x69, 0x6A, 0x31, 0x2044, 0x37, 0x31, 0x2044, 0x39,
    0x31, 0x2044, 0x31, 0x30, 0x31, 0x2044, 0x33, 0x32, 0x2044, 0x33, 0x31, 0x2044,
    0x35, 0x32, 0x2044, 0x35, 0x33, 0x2044, 0x35, 0x34, 0x2044, 0x35, 0x31, 0x2044,
    0x36, 0x35, 0x2044, 0x36, 0x31, 0x2044, 0x38, 0x33, 0x2044, 0x38, 0x35, 0x2044,
    0x38, 0x37, 0x2044, 0x38, 0x31, 0x2044, 0x49, 0x49, 0x49, 0x49, 0x49, 0x49,
    0x49, 0x56, 0x56, 0x56, 0x49, 0x56, 0x49, 0x49, 0x56, 0x49, 0x49, 0x49,
    0x49, 0x58, 0x58, 0x58, 0x49, 0x58, 0x49, 0x49, 0x4C, 0x43, 0x44, 0x4D,
    0x69, 0x69, 0x69, 0x69, 0x69, 0x69, 0x69, 0x76, 0x76, 0x76, 0x69, 0x76,
    0x69, 0x69, 0x76, 0x69, 0x69, 0x69, 0x69, 0x78, 0x78, 0x78, 0x69, 0x78,
    0x69, 0x69, 0x6C, 0x63, 0x64, 0x6D, 0x30, 0x2044, 0x33, 0x222B, 0x222B, 0x222B,
    0x222B, 0x222B, 0x222E, 0x222E, 0x222E, 0x222E, 0x222E, 0x31, 0x32, 0x33, 0x34, 0x35,
    0x36, 0x37, 0x38, 0x39, 0x31, 0x30, 0x31, 0x31, 0x31, 0x32, 0x31, 0x33,
    0x31, 0x34, 0x31, 0x35, 0x31, 0x36, 0x31, 0x37, 0x31, 0x38, 0x31, 0x39,
    0x32, 0x30, 0x28, 0x31, 0x29, 0x28, 0x32, 0x29, 0x28, 0x33, 0x29, 0x28,
    0x34, 0x29, 0x28, 0x35, 0x29, 0x28, 0x36, 0x29, 0x28, 0x37, 0x29, 0x28,
    0x38, 0x29, 0x28, 0x39, 0x29, 0x28, 0x31, 0x30, 0x29, 0x28, 0x31, 0x31,
    0x29, 0x28, 0x31, 0x32, 0x29, 0x28, 0x31, 0x33, 0x29, 0x28, 0x31, 0x34,
    0x29, 0x28, 0x31, 0x35, 0x29, 0x28, 0x31, 0x36, 0x29, 0x28, 0x31, 0x37,
    0x29, 0x28, 0x31, 0x38, 0x29, 0x28, 0x31, 0x39, 0x29, 0x28, 0x32, 0x30,
    0x29, 0x31, 0x2E, 0x32, 0x2E, 0x33, 0x2E, 0x34, 0x2E, 0x35, 0x2E, 0x36,
    0x2E, 0x37, 0x2E, 0x38, 0x2E, 0x39, 0x2E, 0x31, 0x30, 0x2E, 0x31, 0x31,
    0x2E, 0x31, 0x32, 0x2E, 0x31, 0x33, 0x2E, 0x31, 0x34, 0x2E, 0x31, 0x35,
    0x2E, 0x31, 0x36, 0x2E, 0x31, 0x37, 0x2E, 0x31, 0x38, 0x2E, 0x31, 0x39,
    0x2E, 0x32, 0x30, 0x2E, 0x28, 0x61, 0x29, 0x28, 0x62, 0x29, 0x28, 0x63,
    0x29, 0x28, 0x64, 0x29, 0x28, 0x65, 0x29, 0x28, 0x66, 0x29, 0x28, 0x67,
    0x29, 0x28, 0x68, 0x29, 0x28, 0x69, 0x29, 0x28, 0x6A, 0x29, 0x28, 0x6B,
    0x29, 0x28, 0x6C, 0x29, 0x28, 0x6D, 0x29, 0x28, 0x6E, 0x29, 0x28, 0x6F,
    0x29, 0x28, 0x70, 0x29, 0x28, 0x71, 0x29, 0x28, 0x72, 0x29, 0x28, 0x73,
    0x29, 0x28, 0x74, 0x29, 0x28, 0x75, 0x29, 0x28, 0x76, 0x29, 0x28, 0x77,
    0x29, 0x28, 0x78, 0x29, 0x28, 0x79, 0x29, 0x28, 0x7A, 0x29, 0x41, 0x42,
    0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E,
    0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A,
    0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C,
    0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78,
    0x79, 0x7A, 0x30, 0x222B, 0x222B, 0x222B, 0x222B, 0x3A, 0x3A, 0x3D, 0x3D, 0x3D,
    0x3D, 0x3D, 0x3D, 0x6A, 0x56, 0x2D61, 0x6BCD, 0x9F9F, 0x4E00, 0x4E28, 0x4E36, 0x4E3F,
    0x4E59, 0x4E85, 0x4E8C, 0x4EA0, 0x4EBA, 0x513F, 0x5165, 0x516B, 0x5182, 0x5196, 0x51AB, 0x51E0,
    0x51F5, 0x5200, 0x529B, 0x52F9, 0x5315, 0x531A, 0x5338, 0x5341, 0x535C, 0x5369, 0x5382, 0x53B6,
    0x53C8, 0x53E3, 0x56D7, 0x571F, 0x58EB, 0x5902, 0x590A, 0x5915, 0x5927, 0x5973, 0x5B50, 0x5B80,
    0x5BF8, 0x5C0F, 0x5C22, 0x5C38, 0x5C6E, 0x5C71, 0x5DDB, 0x5DE5, 0x5DF1, 0x5DFE, 0x5E72, 0x5E7A,
    0x5E7F, 0x5EF4, 0x5EFE, 0x5F0B, 0x5F13, 0x5F50, 0x5F61, 0x5F73, 0x5FC3, 0x6208, 0x6236, 0x624B,
    0x652F, 0x6534, 0x6587, 0x6597, 0x65A4, 0x65B9, 0x65E0, 0x65E5, 0x66F0, 0x6708, 0x6728, 0x6B20,
    0x6B62, 0x6B79, 0x6BB3, 0x6BCB, 0x6BD4, 0x6BDB, 0x6C0F, 0x6C14, 0x6C34, 0x706B, 0x722A, 0x7236,
    0x723B, 0x723F, 0x7247, 0x7259, 0x725B, 0x72AC, 0x7384, 0x7389, 0x74DC, 0x74E6, 0x7518, 0x751F,
    0x7528, 0x7530, 0x758B, 0x7592, 0x7676, 0x767D, 0x76AE, 0x76BF, 0x76EE, 0x77DB, 0x77E2, 0x77F3,
    0x793A, 0x79B8, 0x79BE, 0x7A74, 0x7ACB, 0x7AF9, 0x7C73, 0x7CF8, 0x7F36, 0x7F51, 0x7F8A, 0x7FBD,
    0x8001, 0x800C, 0x8012, 0x8033, 0x807F, 0x8089, 0x81E3, 0x81EA, 0x81F3, 0x81FC, 0x820C, 0x821B,
    0x821F, 0x826E, 0x8272, 0x8278, 0x864D, 0x866B, 0x8840, 0x884C, 0x8863, 0x897E, 0x898B, 0x89D2,
    0x8A00, 0x8C37, 0x8C46, 0x8C55, 0x8C78, 0x8C9D, 0x8D64, 0x8D70, 0x8DB3, 0x8EAB, 0x8ECA, 0x8F9B,
    0x8FB0, 0x8FB5, 0x9091, 0x9149, 0x91C6, 0x91CC, 0x91D1, 0x9577, 0x9580, 0x961C, 0x96B6, 0x96B9,
    0x96E8, 0x9751, 0x975E, 0x9762, 0x9769, 0x97CB, 0x97ED, 0x97F3, 0x9801, 0x98A8, 0x98DB, 0x98DF,
    0x9996, 0x9999, 0x99AC, 0x9AA8, 0x9AD8, 0x9ADF, 0x9B25, 0x9B2F, 0x9B32, 0x9B3C, 0x9B5A, 0x9CE5,
    0x9E75, 0x9E7F, 0x9EA5, 0x9EBB, 0x9EC3, 0x9ECD, 0x9ED1, 0x9EF9, 0x9EFD, 0x9F0E, 0x9F13, 0x9F20,
    0x9F3B, 0x9F4A, 0x9F52, 0x9F8D, 0x9F9C, 0x9FA0, 0x20, 0x3012, 0x5341, 0x5344, 0x5345, 0x20,
    0x3099, 0x20, 0x309A, 0x3088, 0x308A, 0x30B3, 0x30C8, 0x1100, 0x1101, 0x11AA, 0x1102, 0x11AC,
    0x11AD, 0x1103, 0x1104, 0x1105, 0x11B0, 0x11B1, 0x11B2, 0x11B3, 0x11B4, 0x11B5, 0x111A, 0x1106,
    0x1107, 0x1108, 0x1121, 0x1109, 0x110A, 0x110B, 0x110C, 0x110D, 0x110E, 0x110F, 0x1110, 0x1111,
    0x1112, 0x1161, 0x1162, 0x1163, 0x1164, 0x1165, 0x1166, 0x1167, 0x1168, 0x1169, 0x116A, 0x116B,
    0x116C, 0x116D, 0x116E, 0x116F, 0x1170, 0x1171, 0x1172, 0x1173, 0x1174, 0x1175, 0x1160, 0x1114,
    0x1115, 0x11C7, 0x11C8, 0x11CC, 0x11CE, 0x11D3, 0x11D7, 0x11D9, 0x111C, 0x11DD, 0x11DF, 0x111D,
    0x111E, 0x1120, 0x1122, 0x1123, 0x1127, 0x1129, 0x112B, 0x112C, 0x112D, 0x112E, 0x112F, 0x1132,
    0x1136, 0x1140, 0x1147, 0x114C, 0x11F1, 0x11F2, 0x1157, 0x1158, 0x1159, 0x1184, 0x1185, 0x1188,
    0x1191, 0x1192, 0x1194, 0x119E, 0x11A1, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E0A, 0x4E2D, 0x4E0B,
    0x7532, 0x4E59, 0x4E19, 0x4E01, 0x5929, 0x5730, 0x4EBA, 0x28, 0x1100, 0x29, 0x28, 0x1102,
    0x29, 0x28, 0x1103, 0x29, 0x28, 0x1105, 0x29, 0x28, 0x1106, 0x29, 0x28, 0x1107,
    0x29, 0x28, 0x1109, 0x29, 0x28, 0x110B, 0x29, 0x28, 0x110C, 0x29, 0x28, 0x110E,
    0x29, 0x28, 0x110F, 0x29, 0x28, 0x1110, 0x29, 0x28, 0x1111, 0x29, 0x28, 0x1112,
    0x29, 0x28, 0x1100, 0x1161, 0x29, 0x28, 0x1102, 0x1161, 0x29, 0x28, 0x1103, 0x1161,
    0x29, 0x28, 0x1105, 0x1161, 0x29, 0x28, 0x1106, 0x1161, 0x29, 0x28, 0x1107, 0x1161,
    0x29, 0x28, 0x1109, 0x1161, 0x29, 0x28, 0x110B, 0x1161, 0x29, 0x28, 0x110C, 0x1161,
    0x29, 0x28, 0x110E, 0x1161, 0x29, 0x28, 0x110F, 0x1161, 0x29, 0x28, 0x1110, 0x1161,
    0x29, 0x28, 0x1111, 0x1161, 0x29, 0x28, 0x1112, 0x1161, 0x29, 0x28, 0x110C, 0x116E,
    0x29, 0x28, 0x110B, 0x1169, 0x110C, 0x1165, 0x11AB, 0x29, 0x28, 0x110B, 0x1169, 0x1112,
    0x116E, 0x29, 0x28, 0x4E00, 0x29, 0x28, 0x4E8C, 0x29, 0x28, 0x4E09, 0x29, 0x28,
    0x56DB, 0x29, 0x28, 0x4E94, 0x29, 0x28, 0x516D, 0x29, 0x28, 0x4E03, 0x29, 0x28,
    0x516B, 0x29, 0x28, 0x4E5D, 0x29, 0x28, 0x5341, 0x29, 0x28, 0x6708, 0x29, 0x28,
    0x706B, 0x29, 0x28, 0x6C34, 0x29, 0x28, 0x6728, 0x29, 0x28, 0x91D1, 0x29, 0x28,
    0x571F, 0x29, 0x28, 0x65E5, 0x29, 0x28, 0x682A, 0x29, 0x28, 0x6709, 0x29, 0x28,
    0x793E, 0x29, 0x28, 0x540D, 0x29, 0x28, 0x7279, 0x29, 0x28, 0x8CA1, 0x29, 0x28,
    0x795D, 0x29, 0x28, 0x52B4, 0x29, 0x28, 0x4EE3, 0x29, 0x28, 0x547C, 0x29, 0x28,
    0x5B66, 0x29, 0x28, 0x76E3, 0x29, 0x28, 0x4F01, 0x29, 0x28, 0x8CC7, 0x29, 0x28,
    0x5354, 0x29, 0x28, 0x796D, 0x29, 0x28, 0x4F11, 0x29, 0x28, 0x81EA, 0x29, 0x28,
    0x81F3, 0x29, 0x554F, 0x5E7C, 0x6587, 0x7B8F, 0x50, 0x54, 0x45, 0x32, 0x31, 0x32,
    0x32, 0x32, 0x33, 0x32, 0x34, 0x32, 0x35, 0x32, 0x36, 0x32, 0x37, 0x32,
    0x38, 0x32, 0x39, 0x33, 0x30, 0x33, 0x31, 0x33, 0x32, 0x33, 0x33, 0x33,
    0x34, 0x33, 0x35, 0x1100, 0x1102, 0x1103, 0x1105, 0x1106, 0x1107, 0x1109, 0x110B, 0x110C,
    0x110E, 0x110F, 0x1110, 0x1111, 0x1112, 0x1100, 0x1161, 0x1102, 0x1161, 0x1103, 0x1161, 0x1105,
    0x1161, 0x1106, 0x1161, 0x1107, 0x1161, 0x1109, 0x1161, 0x110B, 0x1161, 0x110C, 0x1161, 0x110E,
    0x1161, 0x110F, 0x1161, 0x1110, 0x1161, 0x1111, 0x1161, 0x1112, 0x1161, 0x110E, 0x1161, 0x11B7,
    0x1100, 0x1169, 0x110C, 0x116E, 0x110B, 0x1174, 0x110B, 0x116E, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
    0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x6708, 0x706B, 0x6C34, 0x6728, 0x91D1, 0x571F,
    0x65E5, 0x682A, 0x6709, 0x793E, 0x540D, 0x7279, 0x8CA1, 0x795D, 0x52B4, 0x79D8, 0x7537, 0x5973,
    0x9069, 0x512A, 0x5370, 0x6CE8, 0x9805, 0x4F11, 0x5199, 0x6B63, 0x4E0A, 0x4E2D, 0x4E0B, 0x5DE6,
    0x53F3, 0x533B, 0x5B97, 0x5B66, 0x76E3, 0x4F01, 0x8CC7, 0x5354, 0x591C, 0x33, 0x36, 0x33,
    0x37, 0x33, 0x38, 0x33, 0x39, 0x34, 0x30, 0x34, 0x31, 0x34, 0x32, 0x34,
    0x33, 0x34, 0x34, 0x34, 0x35, 0x34, 0x36, 0x34, 0x37, 0x34, 0x38, 0x34,
    0x39, 0x35, 0x30, 0x31, 0x6708, 0x32, 0x6708, 0x33, 0x6708, 0x34, 0x6708, 0x35,
    0x6708, 0x36, 0x6708, 0x37, 0x6708, 0x38, 0x6708, 0x39, 0x6708, 0x31, 0x30, 0x6708,
    0x31, 0x31, 0x6708, 0x31, 0x32, 0x6708, 0x48, 0x67, 0x65, 0x72, 0x67, 0x65,
    0x56, 0x4C, 0x54, 0x44, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF,
    0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8,
    0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF,
    0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF,
    0x30F0, 0x30F1, 0x30F2, 0x30A2, 0x30D1, 0x30FC, 0x30C8, 0x30A2, 0x30EB, 0x30D5, 0x30A1, 0x30A2,
    0x30F3, 0x30DA, 0x30A2, 0x30A2, 0x30FC, 0x30EB, 0x30A4, 0x30CB, 0x30F3, 0x30B0, 0x30A4, 0x30F3,
    0x30C1, 0x30A6, 0x30A9, 0x30F3, 0x30A8, 0x30B9, 0x30AF, 0x30FC, 0x30C9, 0x30A8, 0x30FC, 0x30AB,
    0x30FC, 0x30AA, 0x30F3, 0x30B9, 0x30AA, 0x30FC, 0x30E0, 0x30AB, 0x30A4, 0x30EA, 0x30AB, 0x30E9,
    0x30C3, 0x30C8, 0x30AB, 0x30ED, 0x30EA, 0x30FC, 0x30AC, 0x30ED, 0x30F3, 0x30AC, 0x30F3, 0x30DE,
    0x30AE, 0x30AC, 0x30AE, 0x30CB, 0x30FC, 0x30AD, 0x30E5, 0x30EA, 0x30FC, 0x30AE, 0x30EB, 0x30C0,
    0x30FC, 0x30AD, 0x30ED, 0x30AD, 0x30ED, 0x30B0, 0x30E9, 0x30E0, 0x30AD, 0x30ED, 0x30E1, 0x30FC,
    0x30C8, 0x30EB, 0x30AD, 0x30ED, 0x30EF, 0x30C3, 0x30C8, 0x30B0, 0x30E9, 0x30E0, 0x30B0, 0x30E9,
    0x30E0, 0x30C8, 0x30F3, 0x30AF, 0x30EB, 0x30BC, 0x30A4, 0x30ED, 0x30AF, 0x30ED, 0x30FC, 0x30CD,
    0x30B1, 0x30FC, 0x30B9, 0x30B3, 0x30EB, 0x30CA, 0x30B3, 0x30FC, 0x30DD, 0x30B5, 0x30A4, 0x30AF,
    0x30EB, 0x30B5, 0x30F3, 0x30C1, 0x30FC, 0x30E0, 0x30B7, 0x30EA, 0x30F3, 0x30B0, 0x30BB, 0x30F3,
    0x30C1, 0x30BB, 0x30F3, 0x30C8, 0x30C0, 0x30FC, 0x30B9, 0x30C7, 0x30B7, 0x30C9, 0x30EB, 0x30C8,
    0x30F3, 0x30CA, 0x30CE, 0x30CE, 0x30C3, 0x30C8, 0x30CF, 0x30A4, 0x30C4, 0x30D1, 0x30FC, 0x30BB,
    0x30F3, 0x30C8, 0x30D1, 0x30FC, 0x30C4, 0x30D0, 0x30FC, 0x30EC, 0x30EB, 0x30D4, 0x30A2, 0x30B9,
    0x30C8, 0x30EB, 0x30D4, 0x30AF, 0x30EB, 0x30D4, 0x30B3, 0x30D3, 0x30EB, 0x30D5, 0x30A1, 0x30E9,
    0x30C3, 0x30C9, 0x30D5, 0x30A3, 0x30FC, 0x30C8, 0x30D6, 0x30C3, 0x30B7, 0x30A7, 0x30EB, 0x30D5,
    0x30E9, 0x30F3, 0x30D8, 0x30AF, 0x30BF, 0x30FC, 0x30EB, 0x30DA, 0x30BD, 0x30DA, 0x30CB, 0x30D2,
    0x30D8, 0x30EB, 0x30C4, 0x30DA, 0x30F3, 0x30B9, 0x30DA, 0x30FC, 0x30B8, 0x30D9, 0x30FC, 0x30BF,
    0x30DD, 0x30A4, 0x30F3, 0x30C8, 0x30DC, 0x30EB, 0x30C8, 0x30DB, 0x30F3, 0x30DD, 0x30F3, 0x30C9,
    0x30DB, 0x30FC, 0x30EB, 0x30DB, 0x30FC, 0x30F3, 0x30DE, 0x30A4, 0x30AF, 0x30ED, 0x30DE, 0x30A4,
    0x30EB, 0x30DE, 0x30C3, 0x30CF, 0x30DE, 0x30EB, 0x30AF, 0x30DE, 0x30F3, 0x30B7, 0x30E7, 0x30F3,
    0x30DF, 0x30AF, 0x30ED, 0x30F3, 0x30DF, 0x30EA, 0x30DF, 0x30EA, 0x30D0, 0x30FC, 0x30EB, 0x30E1,
    0x30AC, 0x30E1, 0x30AC, 0x30C8, 0x30F3, 0x30E1, 0x30FC, 0x30C8, 0x30EB, 0x30E4, 0x30FC, 0x30C9,
    0x30E4, 0x30FC, 0x30EB, 0x30E6, 0x30A2, 0x30F3, 0x30EA, 0x30C3, 0x30C8, 0x30EB, 0x30EA, 0x30E9,
    0x30EB, 0x30D4, 0x30FC, 0x30EB, 0x30FC, 0x30D6, 0x30EB, 0x30EC, 0x30E0, 0x30EC, 0x30F3, 0x30C8,
    0x30B2, 0x30F3, 0x30EF, 0x30C3, 0x30C8, 0x30, 0x70B9, 0x31, 0x70B9, 0x32, 0x70B9, 0x33,
    0x70B9, 0x34, 0x70B9, 0x35, 0x70B9, 0x36, 0x70B9, 0x37, 0x70B9, 0x38, 0x70B9, 0x39,
    0x70B9, 0x31, 0x30, 0x70B9, 0x31, 0x31, 0x70B9, 0x31, 0x32, 0x70B9, 0x31, 0x33,
    0x70B9, 0x31, 0x34, 0x70B9, 0x31, 0x35, 0x70B9, 0x31, 0x36, 0x70B9, 0x31, 0x37,
    0x70B9, 0x31, 0x38, 0x70B9, 0x31, 0x39, 0x70B9, 0x32, 0x30, 0x70B9, 0x32, 0x31,
    0x70B9, 0x32, 0x32, 0x70B9, 0x32, 0x33, 0x70B9, 0x32, 0x34, 0x70B9, 0x68, 0x50,
    0x61, 0x64, 0x61, 0x41, 0x55, 0x62, 0x61, 0x72, 0x6F, 0x56, 0x70, 0x63,
    0x64, 0x6D, 0x64, 0x6D, 0xB2, 0x64, 0x6D, 0xB3, 0x49, 0x55, 0x5E73, 0x6210,
    0x662D, 0x548C, 0x5927, 0x6B63, 0x660E, 0x6CBB, 0x682A, 0x5F0F, 0x4F1A, 0x793E, 0x70, 0x41,
    0x6E, 0x41, 0x3BC, 0x41, 0x6D, 0x41, 0x6B, 0x41, 0x4B, 0x42, 0x4D, 0x42,
    0x47, 0x42, 0x63, 0x61, 0x6C, 0x6B, 0x63, 0x61, 0x6C, 0x70, 0x46, 0x6E,
    0x46, 0x3BC, 0x46, 0x3BC, 0x67, 0x6D, 0x67, 0x6B, 0x67, 0x48, 0x7A, 0x6B,
    0x48, 0x7A, 0x4D, 0x48, 0x7A, 0x47, 0x48, 0x7A, 0x54, 0x48, 0x7A, 0x3BC,
    0x2113, 0x6D, 0x2113, 0x64, 0x2113, 0x6B, 0x2113, 0x66, 0x6D, 0x6E, 0x6D, 0x3BC,
    0x6D, 0x6D, 0x6D, 0x63, 0x6D, 0x6B, 0x6D, 0x6D, 0x6D, 0xB2, 0x63, 0x6D,
    0xB2, 0x6D, 0xB2, 0x6B, 0x6D, 0xB2, 0x6D, 0x6D, 0xB3, 0x63, 0x6D, 0xB3,
    0x6D, 0xB3, 0x6B, 0x6D, 0xB3, 0x6D, 0x2215, 0x73, 0x6D, 0x2215, 0x73, 0xB2,
    0x50, 0x61, 0x6B, 0x50, 0x61, 0x4D, 0x50, 0x61, 0x47, 0x50, 0x61, 0x72,
    0x61, 0x64, 0x72, 0x61, 0x64, 0x2215, 0x73, 0x72, 0x61, 0x64, 0x2215, 0x73,
    0xB2, 0x70, 0x73, 0x6E, 0x73, 0x3BC, 0x73, 0x6D, 0x73, 0x70, 0x56, 0x6E,
    0x56, 0x3BC, 0x56, 0x6D, 0x56, 0x6B, 0x56, 0x4D, 0x56, 0x70, 0x57, 0x6E,
    0x57, 0x3BC, 0x57, 0x6D, 0x57, 0x6B, 0x57, 0x4D, 0x57, 0x6B, 0x3A9, 0x4D,
    0x3A9, 0x61, 0x2E, 0x6D, 0x2E, 0x42, 0x71, 0x63, 0x63, 0x63, 0x64, 0x43,
    0x2215, 0x6B, 0x67, 0x43, 0x6F, 0x2E, 0x64, 0x42, 0x47, 0x79, 0x68, 0x61,
    0x48, 0x50, 0x69, 0x6E, 0x4B, 0x4B, 0x4B, 0x4D, 0x6B, 0x74, 0x6C, 0x6D,
    0x6C, 0x6E, 0x6C, 0x6F, 0x67, 0x6C, 0x78, 0x6D, 0x62, 0x6D, 0x69, 0x6C,
    0x6D, 0x6F, 0x6C, 0x50, 0x48, 0x70, 0x2E, 0x6D, 0x2E, 0x50, 0x50, 0x4D,
    0x50, 0x52, 0x73, 0x72, 0x53, 0x76, 0x57, 0x62, 0x56, 0x2215, 0x6D, 0x41,
    0x2215, 0x6D, 0x31, 0x65E5, 0x32, 0x65E5, 0x33, 0x65E5, 0x34, 0x65E5, 0x35, 0x65E5,
    0x36, 0x65E5, 0x37, 0x65E5, 0x38, 0x65E5, 0x39, 0x65E5, 0x31, 0x30, 0x65E5, 0x31,
    0x31, 0x65E5, 0x31, 0x32, 0x65E5, 0x31, 0x33, 0x65E5, 0x31, 0x34, 0x65E5, 0x31,
    0x35, 0x65E5, 0x31, 0x36, 0x65E5, 0x31, 0x37, 0x65E5, 0x31, 0x38, 0x65E5, 0x31,
    0x39, 0x65E5, 0x32, 0x30, 0x65E5, 0x32, 0x31, 0x65E5, 0x32, 0x32, 0x65E5, 0x32,
    0x33, 0x65E5, 0x32, 0x34, 0x65E5, 0x32, 0x35, 0x65E5, 0x32, 0x36, 0x65E5, 0x32,
    0x37, 0x65E5, 0x32, 0x38, 0x65E5, 0x32, 0x39, 0x65E5, 0x33, 0x30, 0x65E5, 0x33,
    0x31, 0x65E5, 0x67, 0x61, 0x6C, 0x44A, 0x44C, 0xA76F, 0x126, 0x153, 0xA727, 0xAB37,
    0x26B, 0xAB52, 0x66, 0x66, 0x66, 0x69, 0x66, 0x6C, 0x66, 0x66, 0x69, 0x66,
    0x66, 0x6C, 0x17F, 0x74, 0x73, 0x74, 0x574, 0x576, 0x574, 0x565, 0x574, 0x56B,
    0x57E, 0x576, 0x574, 0x56D, 0x5E2, 0x5D0, 0x5D3, 0x5D4, 0x5DB, 0x5DC, 0x5DD, 0x5E8,
    0x5EA, 0x2B, 0x5D0, 0x5DC, 0x671, 0x671, 0x67B, 0x67B, 0x67B, 0x67B, 0x67E, 0x67E,
    0x67E, 0x67E, 0x680, 0x680, 0x680, 0x680, 0x67A, 0x67A, 0x67A, 0x67A, 0x67F, 0x67F,
    0x67F, 0x67F, 0x679, 0x679, 0x679, 0x679, 0x6A4, 0x6A4, 0x6A4, 0x6A4, 0x6A6, 0x6A6,
    0x6A6, 0x6A6, 0x684, 0x684, 0x684, 0x684, 0x683, 0x683, 0x683, 0x683, 0x686, 0x686,
    0x686, 0x686, 0x687, 0x687, 0x687, 0x687, 0x68D, 0x68D, 0x68C, 0x68C, 0x68E, 0x68E,
    0x688, 0x688, 0x698, 0x698, 0x691, 0x691, 0x6A9, 0x6A9, 0x6A9, 0x6A9, 0x6AF, 0x6AF,
    0x6AF, 0x6AF, 0x6B3, 0x6B3, 0x6B3, 0x6B3, 0x6B1, 0x6B1, 0x6B1, 0x6B1, 0x6BA, 0x6BA,
    0x6BB, 0x6BB, 0x6BB, 0x6BB, 0x6C0, 0x6C0, 0x6C1, 0x6C1, 0x6C1, 0x6C1, 0x6BE, 0x6BE,
    0x6BE, 0x6BE, 0x6D2, 0x6D2, 0x6D3, 0x6D3, 0x6AD, 0x6AD, 0x6AD, 0x6AD, 0x6C7, 0x6C7,
    0x6C6, 0x6C6, 0x6C8, 0x6C8, 0x677, 0x6CB, 0x6CB, 0x6C5, 0x6C5, 0x6C9, 0x6C9, 0x6D0,
    0x6D0, 0x6D0, 0x6D0, 0x649, 0x649, 0x626, 0x627, 0x626, 0x627, 0x626, 0x6D5, 0x626,
    0x6D5, 0x626, 0x648, 0x626, 0x648, 0x626, 0x6C7, 0x626, 0x6C7, 0x626, 0x6C6, 0x626,
    0x6C6, 0x626, 0x6C8, 0x626, 0x6C8, 0x626, 0x6D0, 0x626, 0x6D0, 0x626, 0x6D0, 0x626,
    0x649, 0x626, 0x649, 0x626, 0x649, 0x6CC, 0x6CC, 0x6CC, 0x6CC, 0x626, 0x62C, 0x626,
    0x62D, 0x626, 0x645, 0x626, 0x649, 0x626, 0x64A, 0x628, 0x62C, 0x628, 0x62D, 0x628,
    0x62E, 0x628, 0x645, 0x628, 0x649, 0x628, 0x64A, 0x62A, 0x62C, 0x62A, 0x62D, 0x62A,
    0x62E, 0x62A, 0x645, 0x62A, 0x649, 0x62A, 0x64A, 0x62B, 0x62C, 0x62B, 0x645, 0x62B,
    0x649, 0x62B, 0x64A, 0x62C, 0x62D, 0x62C, 0x645, 0x62D, 0x62C, 0x62D, 0x645, 0x62E,
    0x62C, 0x62E, 0x62D, 0x62E, 0x645, 0x633, 0x62C, 0x633, 0x62D, 0x633, 0x62E, 0x633,
    0x645, 0x635, 0x62D, 0x635, 0x645, 0x636, 0x62C, 0x636, 0x62D, 0x636, 0x62E, 0x636,
    0x645, 0x637, 0x62D, 0x637, 0x645, 0x638, 0x645, 0x639, 0x62C, 0x639, 0x645, 0x63A,
    0x62C, 0x63A, 0x645, 0x641, 0x62C, 0x641, 0x62D, 0x641, 0x62E, 0x641, 0x645, 0x641,
    0x649, 0x641, 0x64A, 0x642, 0x62D, 0x642, 0x645, 0x642, 0x649, 0x642, 0x64A, 0x643,
    0x627, 0x643, 0x62C, 0x643, 0x62D, 0x643, 0x62E, 0x643, 0x644, 0x643, 0x645, 0x643,
    0x649, 0x643, 0x64A, 0x644, 0x62C, 0x644, 0x62D, 0x644, 0x62E, 0x644, 0x645, 0x644,
    0x649, 0x644, 0x64A, 0x645, 0x62C, 0x645, 0x62D, 0x645, 0x62E, 0x645, 0x645, 0x645,
    0x649, 0x645, 0x64A, 0x646, 0x62C, 0x646, 0x62D, 0x646, 0x62E, 0x646, 0x645, 0x646,
    0x649, 0x646, 0x64A, 0x647, 0x62C, 0x647, 0x645, 0x647, 0x649, 0x647, 0x64A, 0x64A,
    0x62C, 0x64A, 0x62D, 0x64A, 0x62E, 0x64A, 0x645, 0x64A, 0x649, 0x64A, 0x64A, 0x630,
    0x670, 0x631, 0x670, 0x649, 0x670, 0x20, 0x64C, 0x651, 0x20, 0x64D, 0x651, 0x20,
    0x64E, 0x651, 0x20, 0x64F, 0x651, 0x20, 0x650, 0x651, 0x20, 0x651, 0x670, 0x626,
    0x631, 0x626, 0x632, 0x626, 0x645, 0x626, 0x646, 0x626, 0x649, 0x626, 0x64A, 0x628,
    0x631, 0x628, 0x632, 0x628, 0x645, 0x628, 0x646, 0x628, 0x649, 0x628, 0x64A, 0x62A,
    0x631, 0x62A, 0x632, 0x62A, 0x645, 0x62A, 0x646, 0x62A, 0x649, 0x62A, 0x64A, 0x62B,
    0x631, 0x62B, 0x632, 0x62B, 0x645, 0x62B, 0x646, 0x62B, 0x649, 0x62B, 0x64A, 0x641,
    0x649, 0x641, 0x64A, 0x642, 0x649, 0x642, 0x64A, 0x643, 0x627, 0x643, 0x644, 0x643,
    0x645, 0x643, 0x649, 0x643, 0x64A, 0x644, 0x645, 0x644, 0x649, 0x644, 0x64A, 0x645,
    0x627, 0x645, 0x645, 0x646, 0x631, 0x646, 0x632, 0x646, 0x645, 0x646, 0x646, 0x646,
    0x649, 0x646, 0x64A, 0x649, 0x670, 0x64A, 0x631, 0x64A, 0x632, 0x64A, 0x645, 0x64A,
    0x646, 0x64A, 0x649, 0x64A, 0x64A, 0x626, 0x62C, 0x626, 0x62D, 0x626, 0x62E, 0x626,
    0x645, 0x626, 0x647, 0x628, 0x62C, 0x628, 0x62D, 0x628, 0x62E, 0x628, 0x645, 0x628,
    0x647, 0x62A, 0x62C, 0x62A, 0x62D, 0x62A, 0x62E, 0x62A, 0x645, 0x62A, 0x647, 0x62B,
    0x645, 0x62C, 0x62D, 0x62C, 0x645, 0x62D, 0x62C, 0x62D, 0x645, 0x62E, 0x62C, 0x62E,
    0x645, 0x633, 0x62C, 0x633, 0x62D, 0x633, 0x62E, 0x633, 0x645, 0x635, 0x62D, 0x635,
    0x62E, 0x635, 0x645, 0x636, 0x62C, 0x636, 0x62D, 0x636, 0x62E, 0x636, 0x645, 0x637,
    0x62D, 0x638, 0x645, 0x639, 0x62C, 0x639, 0x645, 0x63A, 0x62C, 0x63A, 0x645, 0x641,
    0x62C, 0x641, 0x62D, 0x641, 0x62E, 0x641, 0x645, 0x642, 0x62D, 0x642, 0x645, 0x643,
    0x62C, 0x643, 0x62D, 0x643, 0x62E, 0x643, 0x644, 0x643, 0x645, 0x644, 0x62C, 0x644,
    0x62D, 0x644, 0x62E, 0x644, 0x645, 0x644, 0x647, 0x645, 0x62C, 0x645, 0x62D, 0x645,
    0x62E, 0x645, 0x645, 0x646, 0x62C, 0x646, 0x62D, 0x646, 0x62E, 0x646, 0x645, 0x646,
    0x647, 0x647, 0x62C, 0x647, 0x645, 0x647, 0x670, 0x64A, 0x62C, 0x64A, 0x62D, 0x64A,
    0x62E, 0x64A, 0x645, 0x64A, 0x647, 0x626, 0x645, 0x626, 0x647, 0x628, 0x645, 0x628,
    0x647, 0x62A, 0x645, 0x62A, 0x647, 0x62B, 0x645, 0x62B, 0x647, 0x633, 0x645, 0x633,
    0x647, 0x634, 0x645, 0x634, 0x647, 0x643, 0x644, 0x643, 0x645, 0x644, 0x645, 0x646,
    0x645, 0x646, 0x647, 0x64A, 0x645, 0x64A, 0x647, 0x640, 0x64E, 0x651, 0x640, 0x64F,
    0x651, 0x640, 0x650, 0x651, 0x637, 0x649, 0x637, 0x64A, 0x639, 0x649, 0x639, 0x64A,
    0x63A, 0x649, 0x63A, 0x64A, 0x633, 0x649, 0x633, 0x64A, 0x634, 0x649, 0x634, 0x64A,
    0x62D, 0x649, 0x62D, 0x64A, 0x62C, 0x649, 0x62C, 0x64A, 0x62E, 0x649, 0x62E, 0x64A,
    0x635, 0x649, 0x635, 0x64A, 0x636, 0x649, 0x636, 0x64A, 0x634, 0x62C, 0x634, 0x62D,
    0x634, 0x62E, 0x634, 0x645, 0x634, 0x631, 0x633, 0x631, 0x635, 0x631, 0x636, 0x631,
    0x637, 0x649, 0x637, 0x64A, 0x639, 0x649, 0x639, 0x64A, 0x63A, 0x649, 0x63A, 0x64A,
    0x633, 0x649, 0x633, 0x64A, 0x634, 0x649, 0x634, 0x64A, 0x62D, 0x649, 0x62D, 0x64A,
    0x62C, 0x649, 0x62C, 0x64A, 0x62E, 0x649, 0x62E, 0x64A, 0x635, 0x649, 0x635, 0x64A,
    0x636, 0x649, 0x636, 0x64A, 0x634, 0x62C, 0x634, 0x62D, 0x634, 0x62E, 0x634, 0x645,
    0x634, 0x631, 0x633, 0x631, 0x635, 0x631, 0x636, 0x631, 0x634, 0x62C, 0x634, 0x62D,
    0x634, 0x62E, 0x634, 0x645, 0x633, 0x647, 0x634, 0x647, 0x637, 0x645, 0x633, 0x62C,
    0x633, 0x62D, 0x633, 0x62E, 0x634, 0x62C, 0x634, 0x62D, 0x634, 0x62E, 0x637, 0x645,
    0x638, 0x645, 0x627, 0x64B, 0x627, 0x64B, 0x62A, 0x62C, 0x645, 0x62A, 0x62D, 0x62C,
    0x62A, 0x62D, 0x62C, 0x62A, 0x62D, 0x645, 0x62A, 0x62E, 0x645, 0x62A, 0x645, 0x62C,
    0x62A, 0x645, 0x62D, 0x62A, 0x645, 0x62E, 0x62C, 0x645, 0x62D, 0x62C, 0x645, 0x62D,
    0x62D, 0x645, 0x64A, 0x62D, 0x645, 0x649, 0x633, 0x62D, 0x62C, 0x633, 0x62C, 0x62D,
    0x633, 0x62C, 0x649, 0x633, 0x645, 0x62D, 0x633, 0x645, 0x62D, 0x633, 0x645, 0x62C,
    0x633, 0x645, 0x645, 0x633, 0x645, 0x645, 0x635, 0x62D, 0x62D, 0x635, 0x62D, 0x62D,
    0x635, 0x645, 0x645, 0x634, 0x62D, 0x645, 0x634, 0x62D, 0x645, 0x634, 0x62C, 0x64A,
    0x634, 0x645, 0x62E, 0x634, 0x645, 0x62E, 0x634, 0x645, 0x645, 0x634, 0x645, 0x645,
    0x636, 0x62D, 0x649, 0x636, 0x62E, 0x645, 0x636, 0x62E, 0x645, 0x637, 0x645, 0x62D,
    0x637, 0x645, 0x62D, 0x637, 0x645, 0x645, 0x637, 0x645, 0x64A, 0x639, 0x62C, 0x645,
    0x639, 0x645, 0x645, 0x639, 0x645, 0x645, 0x639, 0x645, 0x649, 0x63A, 0x645, 0x645,
    0x63A, 0x645, 0x64A, 0x63A, 0x645, 0x649, 0x641, 0x62E, 0x645, 0x641, 0x62E, 0x645,
    0x642, 0x645, 0x62D, 0x642, 0x645, 0x645, 0x644, 0x62D, 0x645, 0x644, 0x62D, 0x64A,
    0x644, 0x62D, 0x649, 0x644, 0x62C, 0x62C, 0x644, 0x62C, 0x62C, 0x644, 0x62E, 0x645,
    0x644, 0x62E, 0x645, 0x644, 0x645, 0x62D, 0x644, 0x645, 0x62D, 0x645, 0x62D, 0x62C,
    0x645, 0x62D, 0x645, 0x645, 0x62D, 0x64A, 0x645, 0x62C, 0x62D, 0x645, 0x62C, 0x645,
    0x645, 0x62E, 0x62C, 0x645, 0x62E, 0x645, 0x645, 0x62C, 0x62E, 0x647, 0x645, 0x62C,
    0x647, 0x645, 0x645, 0x646, 0x62D, 0x645, 0x646, 0x62D, 0x649, 0x646, 0x62C, 0x645,
    0x646, 0x62C, 0x645, 0x646, 0x62C, 0x649, 0x646, 0x645, 0x64A, 0x646, 0x645, 0x649,
    0x64A, 0x645, 0x645, 0x64A, 0x645, 0x645, 0x628, 0x62E, 0x64A, 0x62A, 0x62C, 0x64A,
    0x62A, 0x62C, 0x649, 0x62A, 0x62E, 0x64A, 0x62A, 0x62E, 0x649, 0x62A, 0x645, 0x64A,
    0x62A, 0x645, 0x649, 0x62C, 0x645, 0x64A, 0x62C, 0x62D, 0x649, 0x62C, 0x645, 0x649,
    0x633, 0x62E, 0x649, 0x635, 0x62D, 0x64A, 0x634, 0x62D, 0x64A, 0x636, 0x62D, 0x64A,
    0x644, 0x62C, 0x64A, 0x644, 0x645, 0x64A, 0x64A, 0x62D, 0x64A, 0x64A, 0x62C, 0x64A,
    0x64A, 0x645, 0x64A, 0x645, 0x645, 0x64A, 0x642, 0x645, 0x64A, 0x646, 0x62D, 0x64A,
    0x642, 0x645, 0x62D, 0x644, 0x62D, 0x645, 0x639, 0x645, 0x64A, 0x643, 0x645, 0x64A,
    0x646, 0x62C, 0x62D, 0x645, 0x62E, 0x64A, 0x644, 0x62C, 0x645, 0x643, 0x645, 0x645,
    0x644, 0x62C, 0x645, 0x646, 0x62C, 0x62D, 0x62C, 0x62D, 0x64A, 0x62D, 0x62C, 0x64A,
    0x645, 0x62C, 0x64A, 0x641, 0x645, 0x64A, 0x628, 0x62D, 0x64A, 0x643, 0x645, 0x645,
    0x639, 0x62C, 0x645, 0x635, 0x645, 0x645, 0x633, 0x62E, 0x64A, 0x646, 0x62C, 0x64A,
    0x635, 0x644, 0x6D2, 0x642, 0x644, 0x6D2, 0x627, 0x644, 0x644, 0x647, 0x627, 0x643,
    0x628, 0x631, 0x645, 0x62D, 0x645, 0x62F, 0x635, 0x644, 0x639, 0x645, 0x631, 0x633,
    0x648, 0x644, 0x639, 0x644, 0x64A, 0x647, 0x648, 0x633, 0x644, 0x645, 0x635, 0x644,
    0x649, 0x635, 0x644, 0x649, 0x20, 0x627, 0x644, 0x644, 0x647, 0x20, 0x639, 0x644,
    0x64A, 0x647, 0x20, 0x648, 0x633, 0x644, 0x645, 0x62C, 0x644, 0x20, 0x62C, 0x644,
    0x627, 0x644, 0x647, 0x631, 0x6CC, 0x627, 0x644, 0x2C, 0x3001, 0x3002, 0x3A, 0x3B,
    0x21, 0x3F, 0x3016, 0x3017, 0x2026, 0x2025, 0x2014, 0x2013, 0x5F, 0x5F, 0x28, 0x29,
    0x7B, 0x7D, 0x3014, 0x3015, 0x3010, 0x3011, 0x300A, 0x300B, 0x3008, 0x3009, 0x300C, 0x300D,
    0x300E, 0x300F, 0x5B, 0x5D, 0x203E, 0x203E, 0x203E, 0x203E, 0x5F, 0x5F, 0x5F, 0x2C,
    0x3001, 0x2E, 0x3B, 0x3A, 0x3F, 0x21, 0x2014, 0x28, 0x29, 0x7B, 0x7D, 0x3014,
    0x3015, 0x23, 0x26, 0x2A, 0x2B, 0x2D, 0x3C, 0x3E, 0x3D, 0x5C, 0x24, 0x25,
    0x40, 0x20, 0x64B, 0x640, 0x64B, 0x20, 0x64C, 0x20, 0x64D, 0x20, 0x64E, 0x640,
    0x64E, 0x20, 0x64F, 0x640, 0x64F, 0x20, 0x650, 0x640, 0x650, 0x20, 0x651, 0x640,
    0x651, 0x20, 0x652, 0x640, 0x652, 0x621, 0x622, 0x622, 0x623, 0x623, 0x624, 0x624,
    0x625, 0x625, 0x626, 0x626, 0x626, 0x626, 0x627, 0x627, 0x628, 0x628, 0x628, 0x628,
    0x629, 0x629, 0x62A, 0x62A, 0x62A, 0x62A, 0x62B, 0x62B, 0x62B, 0x62B, 0x62C, 0x62C,
    0x62C, 0x62C, 0x62D, 0x62D, 0x62D, 0x62D, 0x62E, 0x62E, 0x62E, 0x62E, 0x62F, 0x62F,
    0x630, 0x630, 0x631, 0x631, 0x632, 0x632, 0x633, 0x633, 0x633, 0x633, 0x634, 0x634,
    0x634, 0x634, 0x635, 0x635, 0x635, 0x635, 0x636, 0x636, 0x636, 0x636, 0x637, 0x637,
    0x637, 0x637, 0x638, 0x638, 0x638, 0x638, 0x639, 0x639, 0x639, 0x639, 0x63A, 0x63A,
    0x63A, 0x63A, 0x641, 0x641, 0x641, 0x641, 0x642, 0x642, 0x642, 0x642, 0x643, 0x643,
    0x643, 0x643, 0x644, 0x644, 0x644, 0x644, 0x645, 0x645, 0x645, 0x645, 0x646, 0x646,
    0x646, 0x646, 0x647, 0x647, 0x647, 0x647, 0x648, 0x648, 0x649, 0x649, 0x64A, 0x64A,
    0x64A, 0x64A, 0x644, 0x622, 0x644, 0x622, 0x644, 0x623, 0x644, 0x623, 0x644, 0x625,
    0x644, 0x625, 0x644, 0x627, 0x644, 0x627, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26,
    0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x32,
    0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E,
    0x3F, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A,
    0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56,
    0x57, 0x58, 0x59, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x61, 0x62,
    0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E,
    0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A,
    0x7B, 0x7C, 0x7D, 0x7E, 0x2985, 0x2986, 0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2,
    0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC, 0x30A2, 0x30A4,
    0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB,
    0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF,
    0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8,
    0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0x3099, 0x309A, 0x3164, 0x3131, 0x3132,
    0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3138, 0x3139, 0x313A, 0x313B, 0x313C, 0x313D, 0x313E,
    0x313F, 0x3140, 0x3141, 0x3142, 0x3143, 0x3144, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149, 0x314A,
    0x314B, 0x314C, 0x314D, 0x314E, 0x314F, 0x3150, 0x3151, 0x3152, 0x3153, 0x3154, 0x3155, 0x3156,
    0x3157, 0x3158, 0x3159, 0x315A, 0x315B, 0x315C, 0x315D, 0x315E, 0x315F, 0x3160, 0x3161, 0x3162,
    0x3163, 0xA2, 0xA3, 0xAC, 0xAF, 0xA6, 0xA5, 0x20A9, 0x2502, 0x2190, 0x2191, 0x2192,
    0x2193, 0x25A0, 0x25CB, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
    0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55,
    0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73,
    0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41, 0x42, 0x43, 0x44, 0x45,
    0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51,
    0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63,
    0x64, 0x65, 0x66, 0x67, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70,
    0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41, 0x42,
    0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E,
    0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A,
    0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C,
    0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78,
    0x79, 0x7A, 0x41, 0x43, 0x44, 0x47, 0x4A, 0x4B, 0x4E, 0x4F, 0x50, 0x51,
    0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63, 0x64,
    0x66, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x70, 0x71, 0x72, 0x73,
    0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41, 0x42, 0x43, 0x44, 0x45,
    0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51,
    0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63,
    0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41,
    0x42, 0x44, 0x45, 0x46, 0x47, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50,
    0x51, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x61, 0x62, 0x63, 0x64,
    0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70,
    0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41, 0x42,
    0x44, 0x45, 0x46, 0x47, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4F, 0x53, 0x54,
    0x55, 0x56, 0x57, 0x58, 0x59, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73,
    0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41, 0x42, 0x43, 0x44, 0x45,
    0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51,
    0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63,
    0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41,
    0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D,
    0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
    0x5A, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B,
    0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7A, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
    0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55,
    0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73,
    0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41, 0x42, 0x43, 0x44, 0x45,
    0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51,
    0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63,
    0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x41,
    0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D,
    0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59,
    0x5A, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B,
    0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7A, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
    0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55,
    0x56, 0x57, 0x58, 0x59, 0x5A, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73,
    0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x131, 0x237, 0x391, 0x392, 0x393,
    0x394, 0x395, 0x396, 0x397, 0x398, 0x399, 0x39A, 0x39B, 0x39C, 0x39D, 0x39E, 0x39F,
    0x3A0, 0x3A1, 0x3F4, 0x3A3, 0x3A4, 0x3A5, 0x3A6, 0x3A7, 0x3A8, 0x3A9, 0x2207, 0x3B1,
    0x3B2, 0x3B3, 0x3B4, 0x3B5, 0x3B6, 0x3B7, 0x3B8, 0x3B9, 0x3BA, 0x3BB, 0x3BC, 0x3BD,
    0x3BE, 0x3BF, 0x3C0, 0x3C1, 0x3C2, 0x3C3, 0x3C4, 0x3C5, 0x3C6, 0x3C7, 0x3C8, 0x3C9,
    0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6, 0x391, 0x392, 0x393, 0x394, 0x395,
    0x396, 0x397, 0x398, 0x399, 0x39A, 0x39B, 0x39C, 0x39D, 0x39E, 0x39F, 0x3A0, 0x3A1,
    0x3F4, 0x3A3, 0x3A4, 0x3A5, 0x3A6, 0x3A7, 0x3A8, 0x3A9, 0x2207, 0x3B1, 0x3B2, 0x3B3,
    0x3B4, 0x3B5, 0x3B6, 0x3B7, 0x3B8, 0x3B9, 0x3BA, 0x3BB, 0x3BC, 0x3BD, 0x3BE, 0x3BF,
    0x3C0, 0x3C1, 0x3C2, 0x3C3, 0x3C4, 0x3C5, 0x3C6, 0x3C7, 0x3C8, 0x3C9, 0x2202, 0x3F5,
    0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6, 0x391, 0x392, 0x393, 0x394, 0x395, 0x396, 0x397,
    0x398, 0x399, 0x39A, 0x39B, 0x39C, 0x39D, 0x39E, 0x39F, 0x3A0, 0x3A1, 0x3F4, 0x3A3,
    0x3A4, 0x3A5, 0x3A6, 0x3A7, 0x3A8, 0x3A9, 0x2207, 0x3B1, 0x3B2, 0x3B3, 0x3B4, 0x3B5,
    0x3B6, 0x3B7, 0x3B8, 0x3B9, 0x3BA, 0x3BB, 0x3BC, 0x3BD, 0x3BE, 0x3BF, 0x3C0, 0x3C1,
    0x3C2, 0x3C3, 0x3C4, 0x3C5, 0x3C6, 0x3C7, 0x3C8, 0x3C9, 0x2202, 0x3F5, 0x3D1, 0x3F0,
    0x3D5, 0x3F1, 0x3D6, 0x391, 0x392, 0x393, 0x394, 0x395, 0x396, 0x397, 0x398, 0x399,
    0x39A, 0x39B, 0x39C, 0x39D, 0x39E, 0x39F, 0x3A0, 0x3A1, 0x3F4, 0x3A3, 0x3A4, 0x3A5,
    0x3A6, 0x3A7, 0x3A8, 0x3A9, 0x2207, 0x3B1, 0x3B2, 0x3B3, 0x3B4, 0x3B5, 0x3B6, 0x3B7,
    0x3B8, 0x3B9, 0x3BA, 0x3BB, 0x3BC, 0x3BD, 0x3BE, 0x3BF, 0x3C0, 0x3C1, 0x3C2, 0x3C3,
    0x3C4, 0x3C5, 0x3C6, 0x3C7, 0x3C8, 0x3C9, 0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1,
    0x3D6, 0x391, 0x392, 0x393, 0x394, 0x395, 0x396, 0x397, 0x398, 0x399, 0x39A, 0x39B,
    0x39C, 0x39D, 0x39E, 0x39F, 0x3A0, 0x3A1, 0x3F4, 0x3A3, 0x3A4, 0x3A5, 0x3A6, 0x3A7,
    0x3A8, 0x3A9, 0x2207, 0x3B1, 0x3B2, 0x3B3, 0x3B4, 0x3B5, 0x3B6, 0x3B7, 0x3B8, 0x3B9,
    0x3BA, 0x3BB, 0x3BC, 0x3BD, 0x3BE, 0x3BF, 0x3C0, 0x3C1, 0x3C2, 0x3C3, 0x3C4, 0x3C5,
    0x3C6, 0x3C7, 0x3C8, 0x3C9, 0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6, 0x3DC,
    0x3DD, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x30,
    0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x30, 0x31, 0x32,
    0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x30, 0x31, 0x32, 0x33, 0x34,
    0x35, 0x36, 0x37, 0x38, 0x39, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36,
    0x37, 0x38, 0x39, 0x627, 0x628, 0x62C, 0x62F, 0x648, 0x632, 0x62D, 0x637, 0x64A,
    0x643, 0x644, 0x645, 0x646, 0x633, 0x639, 0x641, 0x635, 0x642, 0x631, 0x634, 0x62A,
    0x62B, 0x62E, 0x630, 0x636, 0x638, 0x63A, 0x66E, 0x6BA, 0x6A1, 0x66F, 0x628, 0x62C,
    0x647, 0x62D, 0x64A, 0x643, 0x644, 0x645, 0x646, 0x633, 0x639, 0x641, 0x635, 0x642,
    0x634, 0x62A, 0x62B, 0x62E, 0x636, 0x63A, 0x62C, 0x62D, 0x64A, 0x644, 0x646, 0x633,
    0x639, 0x635, 0x642, 0x634, 0x62E, 0x636, 0x63A, 0x6BA, 0x66F, 0x628, 0x62C, 0x647,
    0x62D, 0x637, 0x64A, 0x643, 0x645, 0x646, 0x633, 0x639, 0x641, 0x635, 0x642, 0x634,
    0x62A, 0x62B, 0x62E, 0x636, 0x638, 0x63A, 0x66E, 0x6A1, 0x627, 0x628, 0x62C, 0x62F,
    0x647, 0x648, 0x632, 0x62D, 0x637, 0x64A, 0x644, 0x645, 0x646, 0x633, 0x639, 0x641,
    0x635, 0x642, 0x631, 0x634, 0x62A, 0x62B, 0x62E, 0x630, 0x636, 0x638, 0x63A, 0x628,
    0x62C, 0x62F, 0x648, 0x632, 0x62D, 0x637, 0x64A, 0x644, 0x645, 0x646, 0x633, 0x639,
    0x641, 0x635, 0x642, 0x631, 0x634, 0x62A, 0x62B, 0x62E, 0x630, 0x636, 0x638, 0x63A,
    0x30, 0x2E, 0x30, 0x2C, 0x31, 0x2C, 0x32, 0x2C, 0x33, 0x2C, 0x34, 0x2C,
    0x35, 0x2C, 0x36, 0x2C, 0x37, 0x2C, 0x38, 0x2C, 0x39, 0x2C, 0x28, 0x41,
    0x29, 0x28, 0x42, 0x29, 0x28, 0x43, 0x29, 0x28, 0x44, 0x29, 0x28, 0x45,
    0x29, 0x28, 0x46, 0x29, 0x28, 0x47, 0x29, 0x28, 0x48, 0x29, 0x28, 0x49,
    0x29, 0x28, 0x4A, 0x29, 0x28, 0x4B, 0x29, 0x28, 0x4C, 0x29, 0x28, 0x4D,
    0x29, 0x28, 0x4E, 0x29, 0x28, 0x4F, 0x29, 0x28, 0x50, 0x29, 0x28, 0x51,
    0x29, 0x28, 0x52, 0x29, 0x28, 0x53, 0x29, 0x28, 0x54, 0x29, 0x28, 0x55,
    0x29, 0x28, 0x56, 0x29, 0x28, 0x57, 0x29, 0x28, 0x58, 0x29, 0x28, 0x59,
    0x29, 0x28, 0x5A, 0x29, 0x3014, 0x53, 0x3015, 0x43, 0x52, 0x43, 0x44, 0x57,
    0x5A, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B,
    0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57,
    0x58, 0x59, 0x5A, 0x48, 0x56, 0x4D, 0x56, 0x53, 0x44, 0x53, 0x53, 0x50,
    0x50, 0x56, 0x57, 0x43, 0x4D, 0x43, 0x4D, 0x44, 0x44, 0x4A, 0x307B, 0x304B,
    0x30B3, 0x30B3, 0x30B5, 0x624B, 0x5B57, 0x53CC, 0x30C7, 0x4E8C, 0x591A, 0x89E3, 0x5929, 0x4EA4,
    0x6620, 0x7121, 0x6599, 0x524D, 0x5F8C, 0x518D, 0x65B0, 0x521D, 0x7D42, 0x751F, 0x8CA9, 0x58F0,
    0x5439, 0x6F14, 0x6295, 0x6355, 0x4E00, 0x4E09, 0x904A, 0x5DE6, 0x4E2D, 0x53F3, 0x6307, 0x8D70,
    0x6253, 0x7981, 0x7A7A, 0x5408, 0x6E80, 0x6709, 0x6708, 0x7533, 0x5272, 0x55B6, 0x914D, 0x3014,
    0x672C, 0x3015, 0x3014, 0x4E09, 0x3015, 0x3014, 0x4E8C, 0x3015, 0x3014, 0x5B89, 0x3015, 0x3014,
    0x70B9, 0x3015, 0x3014, 0x6253, 0x3015, 0x3014, 0x76D7, 0x3015, 0x3014, 0x52DD, 0x3015, 0x3014,
    0x6557, 0x3015, 0x5F97, 0x53EF,
};
#define BERT__UNICODE_COMPATIBILITY_BYTES 32852
#endif
#ifndef BERT_NO_UNIGRAM
/* Grapheme cluster break classes (BERT__GCB_*) as runs: first code point << 5 | class. */
static const uint32_t bert__ugcb_runs[1054] = {
    0x3, 0x142, 0x163, 0x1A1, 0x1C3, 0x400, 0xFE3, 0x1400,
    0x152E, 0x1540, 0x15A3, 0x15CE, 0x15E0, 0x6004, 0x6E00, 0x9064,
    0x9140, 0xB224, 0xB7C0, 0xB7E4, 0xB800, 0xB824, 0xB860, 0xB884,
    0xB8C0, 0xB8E4, 0xB900, 0xC007, 0xC0C0, 0xC204, 0xC360, 0xC383,
    0xC3A0, 0xC964, 0xCC00, 0xCE04, 0xCE20, 0xDAC4, 0xDBA7, 0xDBC0,
    0xDBE4, 0xDCA0, 0xDCE4, 0xDD20, 0xDD44, 0xDDC0, 0xE1E7, 0xE200,
    0xE224, 0xE240, 0xE604, 0xE960, 0xF4C4, 0xF620, 0xFD64, 0xFE80,
    0xFFA4, 0xFFC0, 0x102C4, 0x10340, 0x10364, 0x10480, 0x104A4, 0x10500,
    0x10524, 0x105C0, 0x10B24, 0x10B80, 0x11207, 0x11240, 0x11304, 0x11400,
    0x11944, 0x11C47, 0x11C64, 0x12068, 0x12080, 0x12744, 0x12768, 0x12784,
    0x127A0, 0x127C8, 0x12824, 0x12928, 0x129A4, 0x129C8, 0x12A00, 0x12A24,
    0x12B00, 0x12C44, 0x12C80, 0x13024, 0x13048, 0x13080, 0x13784, 0x137A0,
    0x137C4, 0x137E8, 0x13824, 0x138A0, 0x138E8, 0x13920, 0x13968, 0x139A4,
    0x139C0, 0x13AE4, 0x13B00, 0x13C44, 0x13C80, 0x13FC4, 0x13FE0, 0x14024,
    0x14068, 0x14080, 0x14784, 0x147A0, 0x147C8, 0x14824, 0x14860, 0x148E4,
    0x14920, 0x14964, 0x149C0, 0x14A24, 0x14A40, 0x14E04, 0x14E40, 0x14EA4,
    0x14EC0, 0x15024, 0x15068, 0x15080, 0x15784, 0x157A0, 0x157C8, 0x15824,
    0x158C0, 0x158E4, 0x15928, 0x15940, 0x15968, 0x159A4, 0x159C0, 0x15C44,
    0x15C80, 0x15F44, 0x16000, 0x16024, 0x16048, 0x16080, 0x16784, 0x167A0,
    0x167C4, 0x16808, 0x16824, 0x168A0, 0x168E8, 0x16920, 0x16968, 0x169A4,
    0x169C0, 0x16AA4, 0x16B00, 0x16C44, 0x16C80, 0x17044, 0x17060, 0x177C4,
    0x177E8, 0x17804, 0x17828, 0x17860, 0x178C8, 0x17920, 0x17948, 0x179A4,
    0x179C0, 0x17AE4, 0x17B00, 0x18004, 0x18028, 0x18084, 0x180A0, 0x18784,
    0x187A0, 0x187C4, 0x18828, 0x188A0, 0x188C4, 0x18920, 0x18944, 0x189C0,
    0x18AA4, 0x18AE0, 0x18C44, 0x18C80, 0x19024, 0x19048, 0x19080, 0x19784,
    0x197A0, 0x197C8, 0x197E4, 0x19808, 0x19844, 0x19868, 0x198A0, 0x198C4,
    0x198E8, 0x19920, 0x19948, 0x19984, 0x199C0, 0x19AA4, 0x19AE0, 0x19C44,
    0x19C80, 0x19E68, 0x19E80, 0x1A004, 0x1A048, 0x1A080, 0x1A764, 0x1A7A0,
    0x1A7C4, 0x1A7E8, 0x1A824, 0x1A8A0, 0x1A8C8, 0x1A920, 0x1A948, 0x1A9A4,
    0x1A9C7, 0x1A9E0, 0x1AAE4, 0x1AB00, 0x1AC44, 0x1AC80, 0x1B024, 0x1B048,
    0x1B080, 0x1B944, 0x1B960, 0x1B9E4, 0x1BA08, 0x1BA44, 0x1BAA0, 0x1BAC4,
    0x1BAE0, 0x1BB08, 0x1BBE4, 0x1BC00, 0x1BE48, 0x1BE80, 0x1C624, 0x1C640,
    0x1C668, 0x1C684, 0x1C760, 0x1C8E4, 0x1C9E0, 0x1D624, 0x1D640, 0x1D668,
    0x1D684, 0x1D7A0, 0x1D904, 0x1D9E0, 0x1E304, 0x1E340, 0x1E6A4, 0x1E6C0,
    0x1E6E4, 0x1E700, 0x1E724, 0x1E740, 0x1E7C8, 0x1E800, 0x1EE24, 0x1EFE8,
    0x1F004, 0x1F0A0, 0x1F0C4, 0x1F100, 0x1F1A4, 0x1F300, 0x1F324, 0x1F7A0,
    0x1F8C4, 0x1F8E0, 0x205A4, 0x20628, 0x20644, 0x20700, 0x20724, 0x20768,
    0x207A4, 0x207E0, 0x20AC8, 0x20B04, 0x20B40, 0x20BC4, 0x20C20, 0x20E24,
    0x20EA0, 0x21044, 0x21060, 0x21088, 0x210A4, 0x210E0, 0x211A4, 0x211C0,
    0x213A4, 0x213C0, 0x22009, 0x22C0A, 0x2350B, 0x24000, 0x26BA4, 0x26C00,
    0x2E244, 0x2E2A8, 0x2E2C0, 0x2E644, 0x2E688, 0x2E6A0, 0x2EA44, 0x2EA80,
    0x2EE44, 0x2EE80, 0x2F684, 0x2F6C8, 0x2F6E4, 0x2F7C8, 0x2F8C4, 0x2F8E8,
    0x2F924, 0x2FA80, 0x2FBA4, 0x2FBC0, 0x30164, 0x301C3, 0x301E4, 0x30200,
    0x310A4, 0x310E0, 0x31524, 0x31540, 0x32404, 0x32468, 0x324E4, 0x32528,
    0x32580, 0x32608, 0x32644, 0x32668, 0x32724, 0x32780, 0x342E4, 0x34328,
    0x34364, 0x34380, 0x34AA8, 0x34AC4, 0x34AE8, 0x34B04, 0x34BE0, 0x34C04,
    0x34C20, 0x34C44, 0x34C60, 0x34CA4, 0x34DA8, 0x34E64, 0x34FA0, 0x34FE4,
    0x35000, 0x35604, 0x359E0, 0x36004, 0x36088, 0x360A0, 0x36684, 0x36768,
    0x36784, 0x367A8, 0x36844, 0x36868, 0x368A0, 0x36D64, 0x36E80, 0x37004,
    0x37048, 0x37060, 0x37428, 0x37444, 0x374C8, 0x37504, 0x37548, 0x37564,
    0x375C0, 0x37CC4, 0x37CE8, 0x37D04, 0x37D48, 0x37DA4, 0x37DC8, 0x37DE4,
    0x37E48, 0x37E80, 0x38488, 0x38584, 0x38688, 0x386C4, 0x38700, 0x39A04,
    0x39A60, 0x39A84, 0x39C28, 0x39C44, 0x39D20, 0x39DA4, 0x39DC0, 0x39E84,
    0x39EA0, 0x39EE8, 0x39F04, 0x39F40, 0x3B804, 0x3C000, 0x40163, 0x40184,
    0x401A5, 0x401C3, 0x40200, 0x40503, 0x405E0, 0x4078E, 0x407A0, 0x4092E,
    0x40940, 0x40C03, 0x40E00, 0x41A04, 0x41E20, 0x4244E, 0x42460, 0x4272E,
    0x42740, 0x4328E, 0x43340, 0x4352E, 0x43560, 0x4634E, 0x46380, 0x4650E,
    0x46520, 0x4710E, 0x47120, 0x479EE, 0x47A00, 0x47D2E, 0x47E80, 0x47F0E,
    0x47F60, 0x4984E, 0x49860, 0x4B54E, 0x4B580, 0x4B6CE, 0x4B6E0, 0x4B80E,
    0x4B820, 0x4BF6E, 0x4BFE0, 0x4C00E, 0x4C0C0, 0x4C0EE, 0x4C260, 0x4C28E,
    0x4D0C0, 0x4D20E, 0x4E0C0, 0x4E10E, 0x4E260, 0x4E28E, 0x4E2A0, 0x4E2CE,
    0x4E2E0, 0x4E3AE, 0x4E3C0, 0x4E42E, 0x4E440, 0x4E50E, 0x4E520, 0x4E66E,
    0x4E6A0, 0x4E88E, 0x4E8A0, 0x4E8EE, 0x4E900, 0x4E98E, 0x4E9A0, 0x4E9CE,
    0x4E9E0, 0x4EA6E, 0x4EAC0, 0x4EAEE, 0x4EB00, 0x4EC6E, 0x4ED00, 0x4F2AE,
    0x4F300, 0x4F42E, 0x4F440, 0x4F60E, 0x4F620, 0x4F7EE, 0x4F800, 0x5268E,
    0x526C0, 0x560AE, 0x56100, 0x5636E, 0x563A0, 0x56A0E, 0x56A20, 0x56AAE,
    0x56AC0, 0x59DE4, 0x59E40, 0x5AFE4, 0x5B000, 0x5BC04, 0x5C000, 0x60544,
    0x6060E, 0x60620, 0x607AE, 0x607C0, 0x61324, 0x61360, 0x652EE, 0x65300,
    0x6532E, 0x65340, 0x14CDE4, 0x14CE60, 0x14CE84, 0x14CFC0, 0x14D3C4, 0x14D400,
    0x14DE04, 0x14DE40, 0x150044, 0x150060, 0x1500C4, 0x1500E0, 0x150164, 0x150180,
    0x150468, 0x1504A4, 0x1504E8, 0x150500, 0x150584, 0x1505A0, 0x151008, 0x151040,
    0x151688, 0x151884, 0x1518C0, 0x151C04, 0x151E40, 0x151FE4, 0x152000, 0x1524C4,
    0x1525C0, 0x1528E4, 0x152A48, 0x152A80, 0x152C09, 0x152FA0, 0x153004, 0x153068,
    0x153080, 0x153664, 0x153688, 0x1536C4, 0x153748, 0x153784, 0x1537C8, 0x153820,
    0x153CA4, 0x153CC0, 0x154524, 0x1545E8, 0x154624, 0x154668, 0x1546A4, 0x1546E0,
    0x154864, 0x154880, 0x154984, 0x1549A8, 0x1549C0, 0x154F84, 0x154FA0, 0x155604,
    0x155620, 0x155644, 0x1556A0, 0x1556E4, 0x155720, 0x1557C4, 0x155800, 0x155824,
    0x155840, 0x155D68, 0x155D84, 0x155DC8, 0x155E00, 0x155EA8, 0x155EC4, 0x155EE0,
    0x157C68, 0x157CA4, 0x157CC8, 0x157D04, 0x157D28, 0x157D60, 0x157D88, 0x157DA4,
    0x157DC0, 0x15800F, 0x1AF480, 0x1AF60A, 0x1AF8E0, 0x1AF96B, 0x1AFF80, 0x1F63C4,
    0x1F63E0, 0x1FC004, 0x1FC200, 0x1FC404, 0x1FC600, 0x1FDFE3, 0x1FE000, 0x1FF3C4,
    0x1FF400, 0x1FFE03, 0x1FFF80, 0x203FA4, 0x203FC0, 0x205C04, 0x205C20, 0x206EC4,
    0x206F60, 0x214024, 0x214080, 0x2140A4, 0x2140E0, 0x214184, 0x214200, 0x214704,
    0x214760, 0x2147E4, 0x214800, 0x215CA4, 0x215CE0, 0x21A484, 0x21A500, 0x21D564,
    0x21D5A0, 0x21DFA4, 0x21E000, 0x21E8C4, 0x21EA20, 0x21F044, 0x21F0C0, 0x220008,
    0x220024, 0x220048, 0x220060, 0x220704, 0x2208E0, 0x220E04, 0x220E20, 0x220E64,
    0x220EA0, 0x220FE4, 0x221048, 0x221060, 0x221608, 0x221664, 0x2216E8, 0x221724,
    0x221760, 0x2217A7, 0x2217C0, 0x221844, 0x221860, 0x2219A7, 0x2219C0, 0x222004,
    0x222060, 0x2224E4, 0x222588, 0x2225A4, 0x2226A0, 0x2228A8, 0x2228E0, 0x222E64,
    0x222E80, 0x223004, 0x223048, 0x223060, 0x223668, 0x2236C4, 0x2237E8, 0x223820,
    0x223847, 0x223880, 0x223924, 0x2239A0, 0x2239C8, 0x2239E4, 0x223A00, 0x224588,
    0x2245E4, 0x224648, 0x224684, 0x2246A8, 0x2246C4, 0x224700, 0x2247C4, 0x2247E0,
    0x224824, 0x224840, 0x225BE4, 0x225C08, 0x225C64, 0x225D60, 0x226004, 0x226048,
    0x226080, 0x226764, 0x2267A0, 0x2267C4, 0x2267E8, 0x226804, 0x226828, 0x2268A0,
    0x2268E8, 0x226920, 0x226968, 0x2269C0, 0x226AE4, 0x226B00, 0x226C48, 0x226C80,
    0x226CC4, 0x226DA0, 0x226E04, 0x226EA0, 0x2286A8, 0x228704, 0x228808, 0x228844,
    0x2288A8, 0x2288C4, 0x2288E0, 0x228BC4, 0x228BE0, 0x229604, 0x229628, 0x229664,
    0x229728, 0x229744, 0x229768, 0x2297A4, 0x2297C8, 0x2297E4, 0x229828, 0x229844,
    0x229880, 0x22B5E4, 0x22B608, 0x22B644, 0x22B6C0, 0x22B708, 0x22B784, 0x22B7C8,
    0x22B7E4, 0x22B820, 0x22BB84, 0x22BBC0, 0x22C608, 0x22C664, 0x22C768, 0x22C7A4,
    0x22C7C8, 0x22C7E4, 0x22C820, 0x22D564, 0x22D588, 0x22D5A4, 0x22D5C8, 0x22D604,
    0x22D6C8, 0x22D6E4, 0x22D700, 0x22E3A4, 0x22E400, 0x22E444, 0x22E4C8, 0x22E4E4,
    0x22E580, 0x230588, 0x2305E4, 0x230708, 0x230724, 0x230760, 0x232604, 0x232628,
    0x2326C0, 0x2326E8, 0x232720, 0x232764, 0x2327A8, 0x2327C4, 0x2327E7, 0x232808,
    0x232827, 0x232848, 0x232864, 0x232880, 0x233A28, 0x233A84, 0x233B00, 0x233B44,
    0x233B88, 0x233C04, 0x233C20, 0x233C88, 0x233CA0, 0x234024, 0x234160, 0x234664,
    0x234728, 0x234747, 0x234764, 0x2347E0, 0x2348E4, 0x234900, 0x234A24, 0x234AE8,
    0x234B24, 0x234B80, 0x235087, 0x235144, 0x2352E8, 0x235304, 0x235340, 0x2385E8,
    0x238604, 0x2386E0, 0x238704, 0x2387C8, 0x2387E4, 0x238800, 0x239244, 0x239500,
    0x239528, 0x239544, 0x239628, 0x239644, 0x239688, 0x2396A4, 0x2396E0, 0x23A624,
    0x23A6E0, 0x23A744, 0x23A760, 0x23A784, 0x23A7C0, 0x23A7E4, 0x23A8C7, 0x23A8E4,
    0x23A900, 0x23B148, 0x23B1E0, 0x23B204, 0x23B240, 0x23B268, 0x23B2A4, 0x23B2C8,
    0x23B2E4, 0x23B300, 0x23DE64, 0x23DEA8, 0x23DEE0, 0x23E004, 0x23E047, 0x23E068,
    0x23E080, 0x23E688, 0x23E6C4, 0x23E760, 0x23E7C8, 0x23E804, 0x23E828, 0x23E844,
    0x23E860, 0x268603, 0x268804, 0x268820, 0x2688E4, 0x268AC0, 0x2D5E04, 0x2D5EA0,
    0x2D6604, 0x2D66E0, 0x2DE9E4, 0x2DEA00, 0x2DEA28, 0x2DF100, 0x2DF1E4, 0x2DF260,
    0x2DFC84, 0x2DFCA0, 0x2DFE08, 0x2DFE40, 0x3793A4, 0x3793E0, 0x379403, 0x379480,
    0x39E004, 0x39E5C0, 0x39E604, 0x39E8E0, 0x3A2CA4, 0x3A2CC8, 0x3A2CE4, 0x3A2D40,
    0x3A2DA8, 0x3A2DC4, 0x3A2E63, 0x3A2F64, 0x3A3060, 0x3A30A4, 0x3A3180, 0x3A3544,
    0x3A35C0, 0x3A4844, 0x3A48A0, 0x3B4004, 0x3B46E0, 0x3B4764, 0x3B4DA0, 0x3B4EA4,
    0x3B4EC0, 0x3B5084, 0x3B50A0, 0x3B5364, 0x3B5400, 0x3B5424, 0x3B5600, 0x3C0004,
    0x3C00E0, 0x3C0104, 0x3C0320, 0x3C0364, 0x3C0440, 0x3C0464, 0x3C04A0, 0x3C04C4,
    0x3C0560, 0x3C11E4, 0x3C1200, 0x3C2604, 0x3C26E0, 0x3C55C4, 0x3C55E0, 0x3C5D84,
    0x3C5E00, 0x3C9D84, 0x3C9E00, 0x3D1A04, 0x3D1AE0, 0x3D2884, 0x3D2960, 0x3E000E,
    0x3E2000, 0x3E21AE, 0x3E2200, 0x3E25EE, 0x3E2600, 0x3E2D8E, 0x3E2E40, 0x3E2FCE,
    0x3E3000, 0x3E31CE, 0x3E31E0, 0x3E322E, 0x3E3360, 0x3E35AE, 0x3E3CC6, 0x3E4000,
    0x3E402E, 0x3E4200, 0x3E434E, 0x3E4360, 0x3E45EE, 0x3E4600, 0x3E464E, 0x3E4760,
    0x3E478E, 0x3E4800, 0x3E492E, 0x3E7F64, 0x3E800E, 0x3EA7C0, 0x3EA8CE, 0x3ECA00,
    0x3ED00E, 0x3EE000, 0x3EEE8E, 0x3EF000, 0x3EFAAE, 0x3F0000, 0x3F018E, 0x3F0200,
    0x3F090E, 0x3F0A00, 0x3F0B4E, 0x3F0C00, 0x3F110E, 0x3F1200, 0x3F15CE, 0x3F2000,
    0x3F218E, 0x3F2760, 0x3F278E, 0x3F28C0, 0x3F28EE, 0x3F6000, 0x3F800E, 0x3FFFC0,
    0x1C00003, 0x1C00404, 0x1C01003, 0x1C02004, 0x1C03E03, 0x1C20000,
};
#define BERT__UNICODE_GRAPHEME_BYTES 4216
#endif
/* Total: 82530 bytes. */
/* END GENERATED UNICODE TABLES */

/* General categories, in the generator's order. */
enum {
    BERT__GC_CN, BERT__GC_LU, BERT__GC_LL, BERT__GC_LT, BERT__GC_LM, BERT__GC_LO, BERT__GC_MN, BERT__GC_MC, BERT__GC_ME,
    BERT__GC_ND, BERT__GC_NL, BERT__GC_NO, BERT__GC_PC, BERT__GC_PD, BERT__GC_PS, BERT__GC_PE, BERT__GC_PI, BERT__GC_PF,
    BERT__GC_PO, BERT__GC_SM, BERT__GC_SC, BERT__GC_SK, BERT__GC_SO, BERT__GC_ZS, BERT__GC_ZL, BERT__GC_ZP, BERT__GC_CC,
    BERT__GC_CF, BERT__GC_CS, BERT__GC_CO
};

/* Property flags, in the generator's order. */
enum {
    BERT__U_WHITESPACE = 1 << 0,   /* White_Space: Rust's char::is_whitespace and regex \s */
    BERT__U_BERT_CONTROL = 1 << 1, /* Cc, Cf or Co as the unicode_categories crate has them */
    BERT__U_BERT_PUNCT = 1 << 2,   /* punctuation (P*), likewise */
    BERT__U_BERT_MN = 1 << 3,      /* nonspacing mark (Mn), likewise */
    BERT__U_MARK = 1 << 4,         /* any mark, as the unicode-normalization crate has them */
    BERT__U_WORD = 1 << 5,         /* regex \w */
    BERT__U_LOWER = 1 << 6,        /* lowercases to something else */
    BERT__U_DECOMP = 1 << 7,       /* has a canonical decomposition */
    BERT__U_KDECOMP = 1 << 8,      /* has a compatibility (or canonical) decomposition */
    BERT__U_COMPOSES = 1 << 9      /* can take part in a canonical composition */
};

/* The property record of cp: general category (BERT__GC_*) | combining class << 8 | flags << 16. */
static uint32_t bert__uprops(uint32_t cp) {
    uint32_t mid, leaf;
    if (cp >= 0x110000) return 0;
    mid = bert__uprop_top[cp >> (BERT__UPROP_LEAF_BITS + BERT__UPROP_MID_BITS)];
    leaf = bert__uprop_mid[mid << BERT__UPROP_MID_BITS | ((cp >> BERT__UPROP_LEAF_BITS) & ((1u << BERT__UPROP_MID_BITS) - 1))];
    return bert__uprop_records[bert__uprop_leaf[leaf << BERT__UPROP_LEAF_BITS | (cp & ((1u << BERT__UPROP_LEAF_BITS) - 1))]];
}

static int bert__uhas(uint32_t cp, unsigned flag) { return (bert__uprops(cp) >> 16 & flag) != 0; }
static int bert__uccc(uint32_t cp) { return (int)(bert__uprops(cp) >> 8 & 0xFF); }

/* Lowercase as Rust's char::to_lowercase: one to three code points into out; returns the count. */
static int bert__ulowercase(uint32_t cp, uint32_t out[3]) {
    int lo = 0, hi = (int)(sizeof bert__ulower / sizeof bert__ulower[0]) - 1;
    size_t i;
    out[0] = cp;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') out[0] = cp + 32;
        return 1;
    }
    if (!bert__uhas(cp, BERT__U_LOWER)) return 1;
    for (i = 0; i < sizeof bert__ulower_multi / sizeof bert__ulower_multi[0]; i++) {
        if (bert__ulower_multi[i][0] == cp) {
            int n = 0;
            while (n < 3 && bert__ulower_multi[i][n + 1]) {
                out[n] = bert__ulower_multi[i][n + 1];
                n++;
            }
            return n;
        }
    }
    while (lo <= hi) { /* the last range starting at or before cp */
        int mid = (lo + hi) / 2;
        if (bert__ulower[mid].first <= cp) lo = mid + 1;
        else hi = mid - 1;
    }
    if (hi >= 0) {
        const bert__case_range *r = &bert__ulower[hi];
        uint32_t k = cp - r->first;
        if (k % r->stride == 0 && k / r->stride < r->count) out[0] = (uint32_t)((int32_t)cp + r->delta);
    }
    return 1;
}

#define BERT__HANGUL_S 0xAC00
#define BERT__HANGUL_L 0x1100
#define BERT__HANGUL_V 0x1161
#define BERT__HANGUL_T 0x11A7
#define BERT__HANGUL_COUNT 11172

/* Index of cp in a sorted decomposition key table, or -1. */
static int bert__udecomp_find(const uint32_t *keys, int n, uint32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t k = keys[mid] & 0x1FFFFF;
        if (k == cp) return mid;
        if (k < cp) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/* Reads the one-level mapping at pool[off], `len` code points (UTF-16 encoded) into out. */
static int bert__udecomp_read(const uint16_t *pool, uint32_t off, int len, uint32_t *out) {
    int i;
    for (i = 0; i < len; i++) {
        uint32_t u = pool[off++];
        if (u >= 0xD800 && u < 0xDC00) u = 0x10000 + ((u - 0xD800) << 10) + (pool[off++] - 0xDC00);
        out[i] = u;
    }
    return len;
}

/* The one-level mapping of cp into out (at most 18 code points); returns its length, 0 if none. */
static int bert__udecomp_one(uint32_t cp, int compat, uint32_t *out) {
    int i = bert__udecomp_find(bert__udecomp_key, (int)(sizeof bert__udecomp_key / sizeof bert__udecomp_key[0]), cp);
    if (i >= 0) return bert__udecomp_read(bert__udecomp_pool, bert__udecomp_off[i], (int)(bert__udecomp_key[i] >> 21 & 31), out);
#ifdef BERT_NO_COMPATIBILITY_DECOMPOSITION
    (void)compat;
#else
    if (compat) {
        i = bert__udecomp_find(bert__ukdecomp_key, (int)(sizeof bert__ukdecomp_key / sizeof bert__ukdecomp_key[0]), cp);
        if (i >= 0)
            return bert__udecomp_read(bert__ukdecomp_pool, bert__ukdecomp_off[i], (int)(bert__ukdecomp_key[i] >> 21 & 31), out);
    }
#endif
    return 0;
}

/* Appends the full canonical (or compatibility) decomposition of cp to out; returns how many.
   out must hold BERT__MAX_DECOMPOSITION code points. */
#define BERT__MAX_DECOMPOSITION 32
static int bert__udecompose(uint32_t cp, int compat, uint32_t *out) {
    uint32_t one[BERT__MAX_DECOMPOSITION];
    int n, i, total = 0;
    if (cp - BERT__HANGUL_S < BERT__HANGUL_COUNT) {
        uint32_t s = cp - BERT__HANGUL_S, t = s % 28;
        out[0] = BERT__HANGUL_L + s / (21 * 28);
        out[1] = BERT__HANGUL_V + (s % (21 * 28)) / 28;
        if (t) out[2] = BERT__HANGUL_T + t;
        return t ? 3 : 2;
    }
    if (!bert__uhas(cp, compat ? BERT__U_KDECOMP : BERT__U_DECOMP) || (n = bert__udecomp_one(cp, compat, one)) == 0) {
        out[0] = cp;
        return 1;
    }
    for (i = 0; i < n; i++) { /* mappings nest a few levels at most and never exceed 18 code points */
        uint32_t sub[BERT__MAX_DECOMPOSITION];
        int m = bert__udecompose(one[i], compat, sub);
        if (total + m > BERT__MAX_DECOMPOSITION) break;
        memcpy(out + total, sub, (size_t)m * sizeof *out);
        total += m;
    }
    return total;
}

/* The canonical composition of a + b, or 0. */
static uint32_t bert__ucompose_pair(uint32_t a, uint32_t b) {
    int lo = 0, hi = (int)(sizeof bert__ucompose / sizeof bert__ucompose[0]) - 1;
    if (a - BERT__HANGUL_L < 19 && b - BERT__HANGUL_V < 21)
        return BERT__HANGUL_S + ((a - BERT__HANGUL_L) * 21 + (b - BERT__HANGUL_V)) * 28;
    if (a - BERT__HANGUL_S < BERT__HANGUL_COUNT && (a - BERT__HANGUL_S) % 28 == 0 && b > BERT__HANGUL_T && b < BERT__HANGUL_T + 28)
        return a + (b - BERT__HANGUL_T);
    if (!bert__uhas(a, BERT__U_COMPOSES) || !bert__uhas(b, BERT__U_COMPOSES)) return 0;
    while (lo <= hi) {
        int mid = (lo + hi) / 2, k = bert__ucompose[mid];
        uint32_t pair[2];
        bert__udecomp_read(bert__udecomp_pool, bert__udecomp_off[k], 2, pair);
        if (pair[0] == a && pair[1] == b) return bert__udecomp_key[k] & 0x1FFFFF;
        if (pair[0] < a || (pair[0] == a && pair[1] < b)) lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}

/* BertNormalizer's "Chinese character": its own list of CJK ideograph blocks (not a Unicode
   property), copied from Hugging Face's definition. */
static int bert__is_cjk(uint32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

/* White_Space: Rust's char::is_whitespace and the regex \s. */
static int bert__is_white(uint32_t c) {
    return c < 0x80 ? c == ' ' || (c >= 9 && c <= 13) : bert__uhas(c, BERT__U_WHITESPACE);
}
static int bert__is_word(uint32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return bert__uhas(c, BERT__U_WORD);
}

#ifndef BERT_NO_UNIGRAM
/* Extended grapheme clusters (UAX #29), as the unicode-segmentation crate cuts them for the
   Precompiled normalizer. The classes come from the generated runs; Hangul syllables alternate
   LV, LVT, LVT... so their class is computed. Unicode 15.1's GB9c (Indic conjuncts) is not
   applied: the database here predates it, and the clusters it joins are 9 bytes or more, which
   the Precompiled normalizer treats character by character anyway. */
enum {
    BERT__GCB_OTHER, BERT__GCB_CR, BERT__GCB_LF, BERT__GCB_CONTROL, BERT__GCB_EXTEND, BERT__GCB_ZWJ, BERT__GCB_RI,
    BERT__GCB_PREPEND, BERT__GCB_SPACING_MARK, BERT__GCB_L, BERT__GCB_V, BERT__GCB_T, BERT__GCB_LV, BERT__GCB_LVT,
    BERT__GCB_EXT_PICT, BERT__GCB_HANGUL_SYLLABLE
};

static int bert__gcb(uint32_t cp) {
    int lo = 0, hi = (int)(sizeof bert__ugcb_runs / sizeof bert__ugcb_runs[0]) - 1, k;
    if (cp < 0x7F) return cp >= 0x20 ? BERT__GCB_OTHER : cp == '\r' ? BERT__GCB_CR : cp == '\n' ? BERT__GCB_LF : BERT__GCB_CONTROL;
    while (lo < hi) { /* the last run starting at or before cp */
        int mid = (lo + hi + 1) / 2;
        if ((bert__ugcb_runs[mid] >> 5) <= cp) lo = mid;
        else hi = mid - 1;
    }
    k = (int)(bert__ugcb_runs[lo] & 31);
    if (k == BERT__GCB_HANGUL_SYLLABLE) return (cp - 0xAC00) % 28 == 0 ? BERT__GCB_LV : BERT__GCB_LVT;
    return k;
}

/* What the break rules need to remember: the previous class, how many regional indicators
   precede, and whether the text so far ends in Extended_Pictographic Extend* (ZWJ). */
typedef struct bert__grapheme_state {
    int prev, ri_run, pict, pict_zwj;
} bert__grapheme_state;

static void bert__grapheme_start(bert__grapheme_state *g, uint32_t first) {
    g->prev = bert__gcb(first);
    g->ri_run = g->prev == BERT__GCB_RI;
    g->pict = g->prev == BERT__GCB_EXT_PICT;
    g->pict_zwj = 0;
}

/* Is there a cluster boundary before cp? Advances the state past cp. */
static int bert__grapheme_break(bert__grapheme_state *g, uint32_t cp) {
    int prev = g->prev, cur = bert__gcb(cp), brk;
    if (prev == BERT__GCB_CR && cur == BERT__GCB_LF) brk = 0;                                    /* GB3 */
    else if (prev == BERT__GCB_CR || prev == BERT__GCB_LF || prev == BERT__GCB_CONTROL) brk = 1;  /* GB4 */
    else if (cur == BERT__GCB_CR || cur == BERT__GCB_LF || cur == BERT__GCB_CONTROL) brk = 1;     /* GB5 */
    else if (prev == BERT__GCB_L && (cur == BERT__GCB_L || cur == BERT__GCB_V || cur == BERT__GCB_LV || cur == BERT__GCB_LVT))
        brk = 0;                                                                                  /* GB6 */
    else if ((prev == BERT__GCB_LV || prev == BERT__GCB_V) && (cur == BERT__GCB_V || cur == BERT__GCB_T)) brk = 0; /* GB7 */
    else if ((prev == BERT__GCB_LVT || prev == BERT__GCB_T) && cur == BERT__GCB_T) brk = 0;        /* GB8 */
    else if (cur == BERT__GCB_EXTEND || cur == BERT__GCB_ZWJ || cur == BERT__GCB_SPACING_MARK) brk = 0; /* GB9, GB9a */
    else if (prev == BERT__GCB_PREPEND) brk = 0;                                                  /* GB9b */
    else if (prev == BERT__GCB_ZWJ && cur == BERT__GCB_EXT_PICT && g->pict_zwj) brk = 0;          /* GB11 */
    else if (prev == BERT__GCB_RI && cur == BERT__GCB_RI && g->ri_run % 2 == 1) brk = 0;          /* GB12, GB13 */
    else brk = 1;                                                                                 /* GB999 */
    g->pict_zwj = cur == BERT__GCB_ZWJ && g->pict;
    g->pict = cur == BERT__GCB_EXT_PICT || (cur == BERT__GCB_EXTEND && g->pict);
    g->ri_run = cur == BERT__GCB_RI ? g->ri_run + 1 : 0;
    g->prev = cur;
    return brk;
}
#endif

/* ---- UTF-8 ------------------------------------------------------------------------------- */

/* Decodes the code point at s[0..n) into *cp and returns the bytes it used. An invalid sequence
   becomes one U+FFFD per maximal invalid subpart, as Rust's String::from_utf8_lossy and
   Python's decode("utf-8", "replace") do: the bytes that could start a valid sequence are
   consumed together, the first byte that cannot continue it is not. */
static int bert__utf8_decode(const uint8_t *s, size_t n, uint32_t *cp) {
    uint32_t c = s[0];
    int need, i;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) need = 1, c &= 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    for (i = 1; i <= need; i++) {
        if ((size_t)i >= n || s[i] < lo || s[i] > hi) {
            *cp = 0xFFFD;
            return i;
        }
        c = c << 6 | (s[i] & 0x3F);
        lo = 0x80, hi = 0xBF;
    }
    *cp = c;
    return need + 1;
}

static int bert__utf8_encode(uint32_t c, uint8_t *out) {
    if (c < 0x80) { out[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { out[0] = (uint8_t)(0xC0 | c >> 6); out[1] = (uint8_t)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | c >> 12); out[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F)); out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | c >> 18); out[1] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (c >> 6 & 0x3F)); out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* FNV-1a over bytes, continuing from h (start with BERT__FNV_BASIS): the vocabulary hash. */
#define BERT__FNV_BASIS 2166136261u
static uint32_t bert__fnv1a(uint32_t h, const void *data, size_t n) {
    const uint8_t *p = BERT__CAST(const uint8_t *, data);
    size_t i;
    for (i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

/* ---- Tokenizer: loading and checking the section ----------------------------------------- */

static uint32_t bert__tk_word(const uint8_t *d, int i) { return bert__u32(d + (size_t)i * 4); }

/* Points *out at `count` elements of `elem` bytes at byte offset `off`, after checking they lie
   inside the section and are 4-byte aligned. */
static int bert__tk_array(const bert__tokenizer *t, uint32_t off, uint64_t count, uint32_t elem, const void **out,
                          const char *what, bert_error *err) {
    if (off % 4 || !bert__in_bounds(off, count * elem, t->size))
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: %s (offset %u, %llu entries) is out of range", what, (unsigned)off,
                          (unsigned long long)count);
    *out = t->data + off;
    return BERT_OK;
}

/* Is the string (offset, length) inside the string pool? */
static int bert__tk_string_ok(const bert__tokenizer *t, uint32_t off, uint32_t len) {
    return bert__in_bounds(off, len, t->strings_size);
}

static int bert__tk_check_vocab(const bert__tokenizer *t, bert_error *err) {
    uint32_t i, empty = 0;
    for (i = 0; i < t->vocab_count; i++) {
        uint32_t a = t->vocab_offsets[i], b = t->vocab_offsets[i + 1];
        if (b <= a || b > t->strings_size || t->strings[b - 1] != 0)
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: vocabulary entry %u is out of range or not terminated", (unsigned)i);
    }
    if (t->hash_mask == 0 || (t->hash_mask & (t->hash_mask + 1)) != 0 || t->hash_mask < t->vocab_count)
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: the vocabulary hash table size is not a power of two above the vocabulary size");
    for (i = 0; i <= t->hash_mask; i++) {
        if (t->hash[i] > t->vocab_count) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: hash slot %u holds id %u", (unsigned)i, (unsigned)(t->hash[i] - 1));
        empty += t->hash[i] == 0;
    }
    if (!empty) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: the vocabulary hash table is full");
    return BERT_OK;
}

static int bert__tk_check_steps(const bert__tokenizer *t, bert_error *err) {
    uint32_t i, byte_level = 0;
    for (i = 0; i < t->normalizer_count; i++) {
        const uint32_t *s = t->normalizers + i * BERT__STEP_WORDS;
        int ok;
        switch (s[0]) {
        case BERT__NORM_BERT: ok = s[1] < 16; break;
        case BERT__NORM_NFD: case BERT__NORM_NFKD: case BERT__NORM_NFC: case BERT__NORM_NFKC:
        case BERT__NORM_LOWERCASE: case BERT__NORM_STRIP_ACCENTS: case BERT__NORM_STRIP: ok = 1; break;
        case BERT__NORM_REPLACE: ok = s[2] > 0 && bert__tk_string_ok(t, s[1], s[2]) && bert__tk_string_ok(t, s[3], s[4]); break;
        case BERT__NORM_PREPEND: ok = bert__tk_string_ok(t, s[1], s[2]); break;
        case BERT__NORM_PRECOMPILED: /* the trie is read with a bounds check per step; its blob ends in a NUL */
            ok = s[2] > 0 && bert__tk_string_ok(t, s[1], s[2]) && t->strings[s[1] + s[2] - 1] == 0 && s[3] % 4 == 0 &&
                 s[4] > 0 && bert__in_bounds(s[3], (uint64_t)s[4] * 4, t->size);
            break;
        case BERT__NORM_REPLACE_REGEX:
            ok = s[2] > 0 && bert__tk_string_ok(t, s[1], s[2]) && bert__tk_string_ok(t, s[3], s[4]) && s[5] >= 1 &&
                 s[6] >= s[5] && s[7] <= 1;
            break;
        default: return bert__fail(err, BERT_E_UNSUPPORTED, "tokenizer section: normalizer step %u has unknown type %u", (unsigned)i, (unsigned)s[0]);
        }
        if (!ok) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: normalizer step %u has bad parameters", (unsigned)i);
    }
    for (i = 0; i < t->pre_tokenizer_count; i++) {
        const uint32_t *s = t->pre_tokenizers + i * BERT__STEP_WORDS;
        if (s[0] < BERT__PRE_BERT || s[0] > BERT__PRE_BYTE_LEVEL)
            return bert__fail(err, BERT_E_UNSUPPORTED, "tokenizer section: pre-tokenizer step %u has unknown type %u", (unsigned)i, (unsigned)s[0]);
        if (s[0] == BERT__PRE_METASPACE && (s[1] >= 0x110000 || (s[1] >= 0xD800 && s[1] < 0xE000) || s[2] > BERT__PREPEND_NEVER || s[3] > 1))
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: pre-tokenizer step %u has bad parameters", (unsigned)i);
        if (s[0] == BERT__PRE_BYTE_LEVEL) { /* once at most: it rewrites the text into its own buffer */
            if (s[1] > 1 || s[2] > 1 || byte_level)
                return bert__fail(err, BERT_E_FORMAT, "tokenizer section: pre-tokenizer step %u (ByteLevel) has bad parameters", (unsigned)i);
            byte_level = 1;
        }
    }
    return BERT_OK;
}

static int bert__tk_check_added(const bert__tokenizer *t, bert_error *err) {
    uint32_t i, e;
    for (i = 0; i < t->added_count; i++) {
        const uint32_t *a = t->added + i * BERT__ADDED_WORDS;
        if (a[0] >= t->vocab_count || a[1] >= 32 || a[3] == 0 || !bert__tk_string_ok(t, a[2], a[3]) ||
            !bert__tk_string_ok(t, a[4], a[5]))
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: added token %u is out of range", (unsigned)i);
    }
    if (t->trie_node_count < 2) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: the added-token trie needs its two roots");
    for (i = 0; i < t->trie_node_count; i++) {
        const uint32_t *n = t->trie_nodes + i * BERT__TRIE_NODE_WORDS;
        if (!bert__in_bounds(n[0], n[1], t->trie_edge_count) || n[2] > t->added_count)
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: added-token trie node %u is out of range", (unsigned)i);
    }
    for (e = 0; e < t->trie_edge_count; e++)
        if ((t->trie_edges[e] >> 8) >= t->trie_node_count)
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: added-token trie edge %u is out of range", (unsigned)e);
    return BERT_OK;
}

/* A template is a list of pieces: a single template has sequence A once, a pair template A
   and B once each (an empty template adds nothing). */
static int bert__tk_check_template(const bert__tokenizer *t, const uint32_t *p, uint32_t count, int pair, bert_error *err) {
    uint32_t i, j, seen_a = 0, seen_b = 0;
    for (i = 0; i < count; i++, p += BERT__PIECE_WORDS) {
        if (p[0] == BERT__PIECE_A) seen_a++;
        else if (p[0] == BERT__PIECE_B) seen_b++;
        else if (p[0] != BERT__PIECE_SPECIAL || !bert__in_bounds(p[2], p[3], t->template_id_count))
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: template piece %u is out of range", (unsigned)i);
        else
            for (j = 0; j < p[3]; j++)
                if (t->template_ids[p[2] + j] >= t->vocab_count)
                    return bert__fail(err, BERT_E_FORMAT, "tokenizer section: template piece %u has an id outside the vocabulary", (unsigned)i);
    }
    if (count && (seen_a != 1 || seen_b != (uint32_t)pair))
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: the %s template must hold %s", pair ? "pair" : "single",
                          pair ? "sequences A and B once each" : "sequence A once");
    return BERT_OK;
}

/* The Unigram block: every array inside the section, the trie's edges in range and sorted, every
   piece id inside the scored pieces. */
static int bert__tk_check_unigram(const bert__tokenizer *t, bert_error *err) {
    const uint32_t *m = t->model_data, *start, *piece, *edges, *bytes;
    const void *p = NULL;
    uint32_t i, e, nodes, edge_count;
    int r;
    if (t->model_data_words < BERT__UNIGRAM_WORDS || m[BERT__UNI_PIECE_COUNT] > t->vocab_count || m[BERT__UNI_FLAGS] > 1 ||
        m[BERT__UNI_NODE_COUNT] == 0 || (t->unk_id >= 0 && (uint32_t)t->unk_id >= m[BERT__UNI_PIECE_COUNT]))
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: Unigram settings are out of range");
    nodes = m[BERT__UNI_NODE_COUNT];
    edge_count = m[BERT__UNI_EDGE_COUNT];
    if ((r = bert__tk_array(t, m[BERT__UNI_EDGE_START], (uint64_t)nodes + 1, 4, &p, "Unigram trie", err)) != BERT_OK) return r;
    start = BERT__CAST(const uint32_t *, p);
    if ((r = bert__tk_array(t, m[BERT__UNI_NODE_PIECE], nodes, 4, &p, "Unigram trie", err)) != BERT_OK) return r;
    piece = BERT__CAST(const uint32_t *, p);
    if ((r = bert__tk_array(t, m[BERT__UNI_EDGES], edge_count, 4, &p, "Unigram trie edges", err)) != BERT_OK) return r;
    edges = BERT__CAST(const uint32_t *, p);
    if ((r = bert__tk_array(t, m[BERT__UNI_SCORES], (uint64_t)m[BERT__UNI_PIECE_COUNT] * 2, 4, &p, "Unigram scores", err)) != BERT_OK ||
        (r = bert__tk_array(t, m[BERT__UNI_BYTE_PIECES], 256, 4, &p, "Unigram byte pieces", err)) != BERT_OK)
        return r;
    bytes = BERT__CAST(const uint32_t *, p);
    if (start[0] != 0 || start[nodes] != edge_count)
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: the Unigram trie's edge ranges do not cover its edges");
    for (i = 0; i < nodes; i++) {
        if (start[i + 1] < start[i] || piece[i] > m[BERT__UNI_PIECE_COUNT])
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: Unigram trie node %u is out of range", (unsigned)i);
        for (e = start[i]; e < start[i + 1]; e++)
            if ((edges[e] >> 8) >= nodes || (e > start[i] && (edges[e] & 0xFF) <= (edges[e - 1] & 0xFF)))
                return bert__fail(err, BERT_E_FORMAT, "tokenizer section: Unigram trie edge %u is out of range or out of order", (unsigned)e);
    }
    for (i = 0; i < 256; i++)
        if (bytes[i] > t->vocab_count) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: Unigram byte piece %u is out of range", (unsigned)i);
    return BERT_OK;
}

/* Checks the u32[count] at byte offset `off`: inside the section, each a vocabulary id or BERT__BPE_NONE. */
static int bert__tk_check_ids(const bert__tokenizer *t, uint32_t off, uint32_t count, const char *what, bert_error *err) {
    const void *p = NULL;
    const uint32_t *ids;
    uint32_t i;
    int r = bert__tk_array(t, off, count, 4, &p, what, err);
    if (r != BERT_OK) return r;
    ids = BERT__CAST(const uint32_t *, p);
    for (i = 0; i < count; i++)
        if (ids[i] >= t->vocab_count && ids[i] != BERT__BPE_NONE)
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: %s entry %u holds id %u outside the vocabulary", what, (unsigned)i, (unsigned)ids[i]);
    return BERT_OK;
}

/* The BPE block: its settings, its strings inside the pool, its tables inside the section and
   every id they hold inside the vocabulary. */
static int bert__tk_check_bpe(const bert__tokenizer *t, bert_error *err) {
    const uint32_t *m = t->model_data, *table;
    const void *p = NULL;
    uint32_t i, slots;
    int r;
    if (t->model_data_words < BERT__BPE_WORDS || m[BERT__BPE_FLAGS] > 7 ||
        !bert__tk_string_ok(t, m[BERT__BPE_PREFIX], m[BERT__BPE_PREFIX_LEN]) || m[BERT__BPE_PREFIX_LEN] > BERT__BPE_MAX_AFFIX ||
        !bert__tk_string_ok(t, m[BERT__BPE_SUFFIX], m[BERT__BPE_SUFFIX_LEN]) || m[BERT__BPE_SUFFIX_LEN] > BERT__BPE_MAX_AFFIX)
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: BPE settings are out of range");
    slots = m[BERT__BPE_MERGE_SLOTS];
    if (slots == 0 || (slots & (slots - 1)) != 0 || slots <= m[BERT__BPE_MERGE_COUNT])
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: the BPE merge table size is not a power of two above the merge count");
    if ((r = bert__tk_array(t, m[BERT__BPE_MERGES], (uint64_t)slots * 4, 4, &p, "BPE merge table", err)) != BERT_OK) return r;
    table = BERT__CAST(const uint32_t *, p);
    for (i = 0; i < slots; i++) { /* left id + 1 (0: empty), right id, rank, merged id */
        const uint32_t *e = table + 4 * (size_t)i;
        if (e[0] && (e[0] > t->vocab_count || e[1] >= t->vocab_count || e[2] >= m[BERT__BPE_MERGE_COUNT] || e[3] >= t->vocab_count))
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: BPE merge slot %u is out of range", (unsigned)i);
    }
    if ((r = bert__tk_check_ids(t, m[BERT__BPE_CHAR_IDS], BERT__BPE_CHARS, "BPE character ids", err)) != BERT_OK) return r;
    return bert__tk_check_ids(t, m[BERT__BPE_BYTE_IDS], 256, "BPE byte ids", err);
}

static int bert__tk_check_model(const bert__tokenizer *t, bert_error *err) {
    const uint32_t *m = t->model_data;
    switch (t->model) {
    case BERT__MODEL_WORDPIECE:
        if (t->model_data_words < BERT__WORDPIECE_WORDS || !bert__tk_string_ok(t, m[0], m[1]) || m[2] == 0)
            return bert__fail(err, BERT_E_FORMAT, "tokenizer section: WordPiece settings are out of range");
        if (t->unk_id < 0) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: WordPiece needs an unknown token");
        return BERT_OK;
    case BERT__MODEL_UNIGRAM:
        return bert__tk_check_unigram(t, err);
    case BERT__MODEL_BPE:
        return bert__tk_check_bpe(t, err);
    }
    return bert__fail(err, BERT_E_UNSUPPORTED, "tokenizer section: unknown model type %d", t->model);
}

static int bert__tokenizer_load(bert__tokenizer *t, const uint8_t *d, size_t size, bert_error *err) {
    const void *p = NULL;
    uint32_t version, words;
    int r;
    memset(t, 0, sizeof *t);
    if (size < 8) return bert__fail(err, BERT_E_FORMAT, "tokenizer section: only %lu bytes", (unsigned long)size);
    if ((uintptr_t)d % 4) return bert__fail(err, BERT_E_FORMAT, "tokenizer section is not 4-byte aligned");
    version = bert__tk_word(d, BERT__TK_VERSION);
    words = bert__tk_word(d, BERT__TK_HEADER_WORDS);
    if (version != BERT__TOKENIZER_VERSION)
        return bert__fail(err, BERT_E_UNSUPPORTED, "tokenizer section version %u; this bert.h reads version %d", (unsigned)version,
                          BERT__TOKENIZER_VERSION);
    if (words < BERT__TK_POST_FLAGS || (uint64_t)words * 4 > size) /* POST_FLAGS was appended to 32 words */
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: header of %u words does not fit", (unsigned)words);
    t->data = d;
    t->size = size;
    t->model = (int)bert__tk_word(d, BERT__TK_MODEL);
    t->unk_id = (int32_t)bert__tk_word(d, BERT__TK_UNK_ID);
    t->pad_id = (int32_t)bert__tk_word(d, BERT__TK_PAD_ID);
    t->vocab_count = bert__tk_word(d, BERT__TK_VOCAB_COUNT);
    t->strings_size = bert__tk_word(d, BERT__TK_STRINGS_SIZE);
    t->normalizer_count = bert__tk_word(d, BERT__TK_NORMALIZER_COUNT);
    t->pre_tokenizer_count = bert__tk_word(d, BERT__TK_PRE_TOKENIZER_COUNT);
    t->added_count = bert__tk_word(d, BERT__TK_ADDED_COUNT);
    t->trie_node_count = bert__tk_word(d, BERT__TK_TRIE_NODE_COUNT);
    t->trie_edge_count = bert__tk_word(d, BERT__TK_TRIE_EDGE_COUNT);
    t->single_count = bert__tk_word(d, BERT__TK_SINGLE_COUNT);
    t->pair_count = bert__tk_word(d, BERT__TK_PAIR_COUNT);
    t->template_id_count = bert__tk_word(d, BERT__TK_TEMPLATE_ID_COUNT);
    t->trunc_max_length = bert__tk_word(d, BERT__TK_TRUNC_MAX_LENGTH);
    t->trunc_strategy = (int)bert__tk_word(d, BERT__TK_TRUNC_STRATEGY);
    t->trunc_direction = (int)bert__tk_word(d, BERT__TK_TRUNC_DIRECTION);
    t->model_data_words = bert__tk_word(d, BERT__TK_MODEL_DATA_SIZE) / 4;
    t->post_flags = words > BERT__TK_POST_FLAGS ? bert__tk_word(d, BERT__TK_POST_FLAGS) : 0;
    if (t->vocab_count == 0 || t->vocab_count > (1u << 24))
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: vocabulary of %u tokens", (unsigned)t->vocab_count);
    if (t->unk_id < -1 || t->unk_id >= (int32_t)t->vocab_count || t->pad_id < -1 || t->pad_id >= (int32_t)t->vocab_count)
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: unknown or padding token id out of range");
    if (t->trunc_strategy < BERT__TRUNC_LONGEST_FIRST || t->trunc_strategy > BERT__TRUNC_ONLY_SECOND ||
        t->trunc_direction < BERT__TRUNC_RIGHT || t->trunc_direction > BERT__TRUNC_LEFT)
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: unknown truncation strategy or direction");
    if (t->post_flags > (BERT__POST_TRIM_OFFSETS | BERT__POST_ADD_PREFIX_SPACE))
        return bert__fail(err, BERT_E_FORMAT, "tokenizer section: unknown post-processor flags %u", (unsigned)t->post_flags);

#define BERT__TK_ARRAY(field, off_word, count, elem, what) do { \
        if ((r = bert__tk_array(t, bert__tk_word(d, off_word), (uint64_t)(count), elem, &p, what, err)) != BERT_OK) return r; \
        t->field = BERT__CAST(const uint32_t *, p); } while (0)
    BERT__TK_ARRAY(vocab_offsets, BERT__TK_VOCAB_OFFSETS, (uint64_t)t->vocab_count + 1, 4, "vocabulary offsets");
    if ((r = bert__tk_array(t, bert__tk_word(d, BERT__TK_STRINGS), t->strings_size, 1, &p, "string pool", err)) != BERT_OK) return r;
    t->strings = BERT__CAST(const char *, p);
    t->hash_mask = bert__tk_word(d, BERT__TK_HASH_SIZE) - 1;
    BERT__TK_ARRAY(hash, BERT__TK_HASH, (uint64_t)t->hash_mask + 1, 4, "vocabulary hash table");
    BERT__TK_ARRAY(normalizers, BERT__TK_NORMALIZERS, t->normalizer_count, 4 * BERT__STEP_WORDS, "normalizers");
    BERT__TK_ARRAY(pre_tokenizers, BERT__TK_PRE_TOKENIZERS, t->pre_tokenizer_count, 4 * BERT__STEP_WORDS, "pre-tokenizers");
    BERT__TK_ARRAY(added, BERT__TK_ADDED, t->added_count, 4 * BERT__ADDED_WORDS, "added tokens");
    BERT__TK_ARRAY(trie_nodes, BERT__TK_TRIE_NODES, t->trie_node_count, 4 * BERT__TRIE_NODE_WORDS, "added-token trie");
    BERT__TK_ARRAY(trie_edges, BERT__TK_TRIE_EDGES, t->trie_edge_count, 4, "added-token trie edges");
    BERT__TK_ARRAY(single, BERT__TK_SINGLE, t->single_count, 4 * BERT__PIECE_WORDS, "single template");
    BERT__TK_ARRAY(pair, BERT__TK_PAIR, t->pair_count, 4 * BERT__PIECE_WORDS, "pair template");
    BERT__TK_ARRAY(template_ids, BERT__TK_TEMPLATE_IDS, t->template_id_count, 4, "template ids");
    BERT__TK_ARRAY(model_data, BERT__TK_MODEL_DATA, t->model_data_words, 4, "model data");
#undef BERT__TK_ARRAY
    if ((r = bert__tk_check_vocab(t, err)) != BERT_OK) return r;
    if ((r = bert__tk_check_steps(t, err)) != BERT_OK) return r;
    if ((r = bert__tk_check_added(t, err)) != BERT_OK) return r;
    if ((r = bert__tk_check_template(t, t->single, t->single_count, 0, err)) != BERT_OK) return r;
    if ((r = bert__tk_check_template(t, t->pair, t->pair_count, 1, err)) != BERT_OK) return r;
    return bert__tk_check_model(t, err);
}

static void bert__tokenizer_free(bert__tokenizer *t) { (void)t; /* everything lives in the model's bytes */ }

BERTDEF const char *bert_model_tokenizer_kind(const bert_model *model) {
    if (!model || !model->tokenizer.data) return "none";
    switch (model->tokenizer.model) {
    case BERT__MODEL_WORDPIECE: return "wordpiece";
    case BERT__MODEL_UNIGRAM: return "unigram";
    case BERT__MODEL_BPE: return "bpe";
    }
    return "none";
}

/* The token string of id and its length. */
static const char *bert__vocab_string(const bert__tokenizer *t, uint32_t id, size_t *len) {
    uint32_t a = t->vocab_offsets[id];
    *len = t->vocab_offsets[id + 1] - a - 1;
    return t->strings + a;
}

/* The id of the token prefix[0..plen) + s[0..len), whose bert__fnv1a hash is h, or -1. */
static int32_t bert__vocab_find(const bert__tokenizer *t, uint32_t h, const char *prefix, size_t plen, const uint8_t *s,
                                size_t len) {
    uint32_t i = h & t->hash_mask, probes;
    for (probes = 0; probes <= t->hash_mask; probes++, i = (i + 1) & t->hash_mask) {
        uint32_t e = t->hash[i];
        size_t tlen;
        const char *tok;
        if (!e) return -1;
        tok = bert__vocab_string(t, e - 1, &tlen);
        if (tlen == plen + len && memcmp(tok, prefix, plen) == 0 && memcmp(tok + plen, s, len) == 0) return (int32_t)(e - 1);
    }
    return -1;
}

/* ---- Tokenizer: scratch memory ----------------------------------------------------------- */

/* A character of a string being normalized: its code point and the span of original input
   bytes it came from. This is Hugging Face's NormalizedString alignment, kept per character
   (every byte of a character shares its alignment there too). */
typedef struct bert__nchar {
    uint32_t cp, start, end;
} bert__nchar;

/* A code point on its way through NFD/NFC with its combining class and its alignment change:
   0 replaces the next original character, 1 is inserted, -n replaces one and removes n more. */
typedef struct bert__nitem {
    uint32_t cp;
    int ccc, change;
} bert__nitem;

/* A stretch [start, end) of characters: plain text (added = -1) or added token `added`. */
typedef struct bert__split {
    int start, end, added;
} bert__split;

/* A token: its id, its original byte span, and where its text is in ws->text when it is not
   the vocabulary string of its id (unknown tokens, added tokens; text_len 0: it is). */
typedef struct bert__token {
    int32_t id;
    uint32_t start, end;
    uint32_t text, text_len;
} bert__token;

/* A BPE symbol: a token id covering `len` bytes of the word, linked to its neighbours. */
typedef struct bert__bpe_symbol {
    int32_t id, prev, next;
    uint32_t len;
} bert__bpe_symbol;

/* A merge waiting in the BPE queue: symbol `pos` (id `left`) and its right neighbour (id `right`)
   become `id`. */
typedef struct bert__bpe_merge {
    uint32_t rank, pos, id;
    int32_t left, right;
} bert__bpe_merge;

typedef struct bert__tok_ws {
    bert__nchar *input, *norm, *tmp;    /* decoded text; a split being normalized, and its double */
    size_t input_cap, norm_cap, tmp_cap;
    bert__nitem *items, *items_tmp;     /* normalization forms */
    size_t items_cap, items_tmp_cap;
    bert__split *splits, *subsplits;    /* added-token splits of the text, then of a normalized split */
    size_t splits_cap, subsplits_cap;
    int *pieces, *pieces_tmp;           /* pre-tokenized words: (start, end) pairs into norm */
    size_t pieces_cap, pieces_tmp_cap;
    uint8_t *word;                      /* UTF-8 of the word being looked up */
    int *word_at;                       /* byte offset of each of its characters */
    size_t word_cap, word_at_cap;
    uint32_t continued;                 /* where the span being tokenized continues a stretch of text, or ~0 */
    bert__token *tokens[2];             /* the tokens of each text */
    size_t tokens_cap[2];
    int token_count[2];
    bert__nchar *meta[2];               /* words rewritten by Metaspace (two: steps alternate) */
    size_t meta_cap[2];
    double *vscore;                     /* Unigram's Viterbi per position: best score, where its last */
    int *vstart, *vpath;                /* piece starts, which piece; the best path */
    int32_t *vpiece;
    size_t vscore_cap, vstart_cap, vpath_cap, vpiece_cap;
    uint8_t *text;                      /* the texts of tokens that are not their vocabulary string */
    size_t text_cap, text_len;
    uint32_t *out_text;                 /* per token of the encoding: offset, length in text */
    size_t out_text_cap;
    bert__nchar *bytes;                 /* ByteLevel's output: one character per UTF-8 byte */
    size_t bytes_cap;
    bert__bpe_symbol *symbols;          /* BPE: the word's symbols and the merge queue */
    bert__bpe_merge *queue;
    size_t symbols_cap, queue_cap;
} bert__tok_ws;

/* Makes *arr hold at least `need` elements of `elem` bytes, keeping its contents. */
static int bert__grow(void **arr, size_t *cap, size_t need, size_t elem) {
    size_t n = *cap ? *cap : 64;
    void *p;
    if (need <= *cap) return 1;
    while (n < need) {
        if (n > ((size_t)-1 / 2) / elem) return 0;
        n *= 2;
    }
    p = BERT_MALLOC(n * elem);
    if (!p) return 0;
    if (*arr) memcpy(p, *arr, *cap * elem);
    BERT_FREE(*arr);
    *arr = p;
    *cap = n;
    return 1;
}
#define BERT__GROW(arr, cap, need) bert__grow((void **)(void *)&(arr), &(cap), (size_t)(need), sizeof *(arr))

static void bert__ws_free(bert__tok_ws *ws) {
    if (!ws) return;
    BERT_FREE(ws->input); BERT_FREE(ws->norm); BERT_FREE(ws->tmp);
    BERT_FREE(ws->items); BERT_FREE(ws->items_tmp);
    BERT_FREE(ws->splits); BERT_FREE(ws->subsplits);
    BERT_FREE(ws->pieces); BERT_FREE(ws->pieces_tmp);
    BERT_FREE(ws->word); BERT_FREE(ws->word_at);
    BERT_FREE(ws->tokens[0]); BERT_FREE(ws->tokens[1]);
    BERT_FREE(ws->meta[0]); BERT_FREE(ws->meta[1]);
    BERT_FREE(ws->vscore); BERT_FREE(ws->vstart); BERT_FREE(ws->vpath); BERT_FREE(ws->vpiece);
    BERT_FREE(ws->text); BERT_FREE(ws->out_text);
    BERT_FREE(ws->bytes); BERT_FREE(ws->symbols); BERT_FREE(ws->queue);
    BERT_FREE(ws);
}

static int bert__push_token(bert__tok_ws *ws, int seq, int32_t id, uint32_t start, uint32_t end) {
    bert__token *t;
    if (!BERT__GROW(ws->tokens[seq], ws->tokens_cap[seq], ws->token_count[seq] + 1)) return 0;
    t = &ws->tokens[seq][ws->token_count[seq]++];
    t->id = id;
    t->start = start;
    t->end = end;
    t->text = t->text_len = 0;
    return 1;
}

/* Gives the last token of text seq the text s[a..b) (as Hugging Face's Token.value). */
static int bert__token_text(bert__tok_ws *ws, int seq, const bert__nchar *s, int a, int b) {
    bert__token *t = &ws->tokens[seq][ws->token_count[seq] - 1];
    int i;
    if (!BERT__GROW(ws->text, ws->text_cap, ws->text_len + (size_t)(b - a) * 4 + 1)) return 0;
    t->text = (uint32_t)ws->text_len;
    for (i = a; i < b; i++) ws->text_len += (size_t)bert__utf8_encode(s[i].cp, ws->text + ws->text_len);
    t->text_len = (uint32_t)(ws->text_len - t->text);
    return 1;
}

/* ---- Tokenizer: normalizers -------------------------------------------------------------- */

/* Rewrites src[0..n) into dst as Hugging Face's NormalizedString::transform does: each output
   character either replaces the next source character (and takes its span) or is inserted
   (and takes the span of the last source character consumed; at the very start, the empty
   span at `base`). Source characters can also be dropped. */
typedef struct bert__emit {
    const bert__nchar *src;
    int n, used;
    bert__nchar *dst;
    int len;
    uint32_t base;
} bert__emit;

static void bert__emit_replace(bert__emit *e, uint32_t cp) {
    bert__nchar *d = &e->dst[e->len++];
    if (e->used < e->n) {
        *d = e->src[e->used++];
        d->cp = cp;
    } else { /* more replacements than characters: cannot happen with Unicode's data */
        d->cp = cp;
        d->start = d->end = e->used ? e->src[e->used - 1].end : e->base;
    }
}

static void bert__emit_insert(bert__emit *e, uint32_t cp) {
    bert__nchar *d = &e->dst[e->len++];
    if (e->used > 0) *d = e->src[e->used - 1];
    else d->start = d->end = e->base;
    d->cp = cp;
}

static void bert__emit_drop(bert__emit *e) {
    if (e->used < e->n) e->used++;
}

/* The normalized text of one split lives in ws->norm[0..*n); each step writes ws->tmp and swaps.
   `grow` bounds how many characters a step can make of one. */
static int bert__norm_begin(bert__tok_ws *ws, bert__emit *e, int n, int grow, uint32_t base) {
    if (!BERT__GROW(ws->tmp, ws->tmp_cap, (size_t)n * (size_t)grow + 1)) return 0;
    e->src = ws->norm;
    e->n = n;
    e->used = 0;
    e->dst = ws->tmp;
    e->len = 0;
    e->base = base;
    return 1;
}

static void bert__norm_end(bert__tok_ws *ws, bert__emit *e, int *n) {
    bert__nchar *t = ws->norm;
    size_t c = ws->norm_cap;
    ws->norm = ws->tmp;
    ws->norm_cap = ws->tmp_cap;
    ws->tmp = t;
    ws->tmp_cap = c;
    *n = e->len;
}

/* Keeps the characters for which keep() is true. */
static int bert__norm_filter(bert__tok_ws *ws, int *n, uint32_t base, int (*keep)(uint32_t)) {
    bert__emit e;
    int i;
    if (!bert__norm_begin(ws, &e, *n, 1, base)) return 0;
    for (i = 0; i < *n; i++) {
        if (keep(ws->norm[i].cp)) bert__emit_replace(&e, ws->norm[i].cp);
        else bert__emit_drop(&e);
    }
    bert__norm_end(ws, &e, n);
    return 1;
}

static int bert__keep_clean(uint32_t c) {
    if (c == 0 || c == 0xFFFD) return 0;
    if (c == '\t' || c == '\n' || c == '\r') return 1;
    return !bert__uhas(c, BERT__U_BERT_CONTROL);
}
static int bert__keep_non_mn(uint32_t c) { return c < 0x300 || !bert__uhas(c, BERT__U_BERT_MN); }
static int bert__keep_non_mark(uint32_t c) { return c < 0x300 || !bert__uhas(c, BERT__U_MARK); }

static int bert__norm_lowercase(bert__tok_ws *ws, int *n, uint32_t base) {
    bert__emit e;
    int i, k, m;
    uint32_t low[3];
    if (!bert__norm_begin(ws, &e, *n, 3, base)) return 0;
    for (i = 0; i < *n; i++) {
        m = bert__ulowercase(ws->norm[i].cp, low);
        bert__emit_replace(&e, low[0]);
        for (k = 1; k < m; k++) bert__emit_insert(&e, low[k]);
    }
    bert__norm_end(ws, &e, n);
    return 1;
}

/* Stable sort of items[0..n) by combining class (canonical ordering). Runs of marks are short
   in real text, but a hostile one can be long, so long runs are merge-sorted. */
static int bert__sort_by_ccc(bert__tok_ws *ws, bert__nitem *items, int n) {
    int width, i, j;
    if (n < 2) return 1;
    if (n <= 16) {
        for (i = 1; i < n; i++) {
            bert__nitem x = items[i];
            for (j = i - 1; j >= 0 && items[j].ccc > x.ccc; j--) items[j + 1] = items[j];
            items[j + 1] = x;
        }
        return 1;
    }
    if (!BERT__GROW(ws->items_tmp, ws->items_tmp_cap, n)) return 0;
    for (width = 1; width < n; width *= 2) {
        for (i = 0; i < n; i += 2 * width) {
            int mid = i + width < n ? i + width : n, end = i + 2 * width < n ? i + 2 * width : n, a = i, b = mid, k = i;
            while (a < mid && b < end) ws->items_tmp[k++] = items[b].ccc < items[a].ccc ? items[b++] : items[a++];
            while (a < mid) ws->items_tmp[k++] = items[a++];
            while (b < end) ws->items_tmp[k++] = items[b++];
        }
        memcpy(items, ws->items_tmp, (size_t)n * sizeof *items);
    }
    return 1;
}

/* Decomposes ws->norm[0..n) into ws->items in canonical order: each character's decomposition
   (its first code point replacing it, the others inserted), each run of non-starters sorted
   stably by combining class, as the unicode-normalization-alignments crate does. */
static int bert__decompose_items(bert__tok_ws *ws, int n, int compat, int *count) {
    int i, k, m, len = 0, run = 0;
    uint32_t d[BERT__MAX_DECOMPOSITION];
    for (i = 0; i < n; i++) {
        uint32_t cp = ws->norm[i].cp;
        if (cp < (compat ? 0xA0u : 0xC0u)) { /* nothing below decomposes */
            d[0] = cp;
            m = 1;
        } else {
            m = bert__udecompose(cp, compat, d);
        }
        if (!BERT__GROW(ws->items, ws->items_cap, len + m)) return 0;
        for (k = 0; k < m; k++) {
            int ccc = d[k] < 0x300 ? 0 : bert__uccc(d[k]);
            if (ccc == 0) {
                if (!bert__sort_by_ccc(ws, ws->items + run, len - run)) return 0;
                run = len + 1;
            }
            ws->items[len].cp = d[k];
            ws->items[len].ccc = ccc;
            ws->items[len].change = k == 0 ? 0 : 1;
            len++;
        }
    }
    if (run < len && !bert__sort_by_ccc(ws, ws->items + run, len - run)) return 0;
    *count = len;
    return 1;
}

/* Canonical composition of ws->items[0..*count) in place, as the alignments crate's
   Recompositions: the last starter absorbs each following character it composes with and that
   is not blocked (a character in between with a combining class >= its own); a composite
   carries the change of its starter + the absorbed character's - 1. Characters that do not
   compose stay in order after their starter. */
static void bert__compose_items(bert__tok_ws *ws, int *count) {
    bert__nitem *it = ws->items;
    int n = *count, out = 0, i, starter = -1, last_ccc = -1; /* last_ccc: -1 while nothing follows the starter */
    for (i = 0; i < n; i++) {
        bert__nitem c = it[i];
        uint32_t r;
        if (starter >= 0 && (last_ccc < 0 || last_ccc < c.ccc) && (r = bert__ucompose_pair(it[starter].cp, c.cp)) != 0) {
            it[starter].cp = r;
            it[starter].change += c.change - 1;
            continue;
        }
        it[out++] = c;
        if (c.ccc == 0) {
            starter = out - 1;
            last_ccc = -1;
        } else if (starter >= 0) {
            last_ccc = c.ccc;
        }
    }
    *count = out;
}

/* NFD, NFKD, NFC or NFKC of the split, with alignments. */
static int bert__norm_unicode(bert__tok_ws *ws, int *n, uint32_t base, int compat, int compose) {
    bert__emit e;
    int count, i, k;
    if (!bert__decompose_items(ws, *n, compat, &count)) return 0;
    if (compose) bert__compose_items(ws, &count);
    if (!bert__norm_begin(ws, &e, count > *n ? count : *n, 1, base)) return 0;
    e.n = *n;
    for (i = 0; i < count; i++) {
        const bert__nitem *x = &ws->items[i];
        if (x->change > 0) {
            bert__emit_insert(&e, x->cp);
        } else {
            bert__emit_replace(&e, x->cp);
            for (k = 0; k < -x->change; k++) bert__emit_drop(&e);
        }
    }
    bert__norm_end(ws, &e, n);
    return 1;
}

/* Hugging Face's BertNormalizer, step by step as it does them. */
static int bert__norm_bert(bert__tok_ws *ws, int *n, uint32_t base, uint32_t flags) {
    bert__emit e;
    int i;
    if (flags & BERT__BERT_CLEAN_TEXT) {
        if (!bert__norm_filter(ws, n, base, bert__keep_clean)) return 0;
        for (i = 0; i < *n; i++) {
            uint32_t c = ws->norm[i].cp;
            if (c != ' ' && bert__is_white(c)) ws->norm[i].cp = ' ';
        }
    }
    if (flags & BERT__BERT_CHINESE_CHARS) {
        if (!bert__norm_begin(ws, &e, *n, 3, base)) return 0;
        for (i = 0; i < *n; i++) {
            uint32_t c = ws->norm[i].cp;
            if (bert__is_cjk(c)) {
                bert__emit_insert(&e, ' ');
                bert__emit_replace(&e, c);
                bert__emit_insert(&e, ' ');
            } else {
                bert__emit_replace(&e, c);
            }
        }
        bert__norm_end(ws, &e, n);
    }
    if (flags & BERT__BERT_STRIP_ACCENTS) {
        if (!bert__norm_unicode(ws, n, base, 0, 0)) return 0;
        if (!bert__norm_filter(ws, n, base, bert__keep_non_mn)) return 0;
    }
    if (flags & BERT__BERT_LOWERCASE) return bert__norm_lowercase(ws, n, base);
    return 1;
}

/* Decodes the string (offset, length) of the string pool into code points. */
static int bert__pool_chars(const bert__tokenizer *t, uint32_t off, uint32_t len, uint32_t *out, int max) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, t->strings)) + off;
    int n = 0;
    size_t at = 0;
    while (at < len && n < max) at += (size_t)bert__utf8_decode(s + at, len - at, &out[n++]);
    return n;
}

/* Replace(String): every non-overlapping occurrence, left to right. The content's characters
   take the span of the last character they replace. */
static int bert__norm_replace(const bert__tokenizer *t, bert__tok_ws *ws, int *n, uint32_t base, const uint32_t *step) {
    uint32_t pat[64], con[64];
    int np = bert__pool_chars(t, step[1], step[2], pat, 64), nc = bert__pool_chars(t, step[3], step[4], con, 64);
    int i = 0, k, grow = nc > 1 ? nc : 1;
    bert__emit e;
    if (!bert__norm_begin(ws, &e, *n, grow, base)) return 0;
    while (i < *n) {
        for (k = 0; k < np && i + k < *n && ws->norm[i + k].cp == pat[k]; k++) {}
        if (k == np) {
            for (k = 0; k < np; k++) bert__emit_drop(&e);
            for (k = 0; k < nc; k++) bert__emit_insert(&e, con[k]);
            i += np;
        } else {
            bert__emit_replace(&e, ws->norm[i++].cp);
        }
    }
    bert__norm_end(ws, &e, n);
    return 1;
}

/* Prepend: the string takes the span of the first character (nothing happens to empty text). */
static int bert__norm_prepend(const bert__tokenizer *t, bert__tok_ws *ws, int *n, uint32_t base, const uint32_t *step) {
    uint32_t s[64];
    int m = bert__pool_chars(t, step[1], step[2], s, 64), i;
    bert__emit e;
    if (*n == 0 || m == 0) return 1;
    if (!bert__norm_begin(ws, &e, *n + m, 1, base)) return 0;
    e.n = *n;
    bert__emit_replace(&e, s[0]);
    for (i = 1; i < m; i++) bert__emit_insert(&e, s[i]);
    bert__emit_insert(&e, ws->norm[0].cp);
    for (i = 1; i < *n; i++) bert__emit_replace(&e, ws->norm[i].cp);
    bert__norm_end(ws, &e, n);
    return 1;
}

/* Strip: leading and/or trailing whitespace. */
static void bert__norm_strip(bert__tok_ws *ws, int *n, int left, int right) {
    int a = 0, b = *n;
    if (left) while (a < b && bert__uhas(ws->norm[a].cp, BERT__U_WHITESPACE)) a++;
    if (right) while (b > a && bert__uhas(ws->norm[b - 1].cp, BERT__U_WHITESPACE)) b--;
    if (a) memmove(ws->norm, ws->norm + a, (size_t)(b - a) * sizeof *ws->norm);
    *n = b - a;
}

/* Replace(Regex) for the patterns SentencePiece tokenizers use: one character class repeated
   min..max times (" {2,}"), matched greedily, leftmost first. The content's characters take
   the span of the last character they replace, as with Replace(String). */
static int bert__norm_replace_regex(const bert__tokenizer *t, bert__tok_ws *ws, int *n, uint32_t base, const uint32_t *step) {
    uint32_t ranges[2 * BERT__REGEX_MAX_RANGES], con[64], min = step[5], max = step[6];
    int nr = bert__pool_chars(t, step[1], step[2], ranges, 2 * BERT__REGEX_MAX_RANGES) / 2;
    int nc = bert__pool_chars(t, step[3], step[4], con, 64), i = 0, k, negate = step[7] != 0;
    bert__emit e;
    if (!bert__norm_begin(ws, &e, *n, nc > 1 ? nc : 1, base)) return 0;
    while (i < *n) {
        uint32_t run = 0;
        while (run < max && i + (int)run < *n) {
            uint32_t c = ws->norm[i + (int)run].cp;
            int in = 0;
            for (k = 0; k < nr && !in; k++) in = c >= ranges[2 * k] && c <= ranges[2 * k + 1];
            if (in == negate) break;
            run++;
        }
        if (run >= min) {
            for (k = 0; k < (int)run; k++) bert__emit_drop(&e);
            for (k = 0; k < nc; k++) bert__emit_insert(&e, con[k]);
        } else { /* too short: none of these characters can start a match */
            run += i + (int)run < *n;
            for (k = 0; k < (int)run; k++) bert__emit_replace(&e, ws->norm[i + k].cp);
        }
        i += (int)run;
    }
    bert__norm_end(ws, &e, n);
    return 1;
}

#ifndef BERT_NO_UNIGRAM
/* Makes room in the emit's destination (ws->tmp) for `more` characters. */
static int bert__emit_room(bert__tok_ws *ws, bert__emit *e, size_t more) {
    if (!BERT__GROW(ws->tmp, ws->tmp_cap, (size_t)e->len + more)) return 0;
    e->dst = ws->tmp;
    return 1;
}

/* SentencePiece's precompiled_charsmap, as the spm_precompiled crate reads it: a Darts
   double-array trie over UTF-8 bytes (a unit holds a label, an offset to its children, and a
   leaf flag) whose leaves give offsets of NUL-terminated replacements in a blob. */
typedef struct bert__charsmap {
    const uint32_t *units;
    uint32_t count;
    const uint8_t *blob;
    uint32_t blob_size;
} bert__charsmap;

/* The replacement of the shortest key that is a prefix of s[0..n) (a NUL byte ends the key),
   as the crate's transform() takes results[0]: its blob offset, or -1. Every unit read is
   bounds-checked, so a corrupt trie only matches less. */
static int32_t bert__charsmap_find(const bert__charsmap *m, const uint8_t *s, int n) {
    uint32_t unit = m->units[0], pos = 0;
    int i;
#define BERT__DARTS_OFFSET(u) (((u) >> 10) << (((u) & (1u << 9)) >> 6))
    pos ^= BERT__DARTS_OFFSET(unit);
    for (i = 0; i < n && s[i]; i++) {
        pos ^= s[i];
        if (pos >= m->count) return -1;
        unit = m->units[pos];
        if ((unit & (0x80000000u | 0xFF)) != s[i]) return -1;
        pos ^= BERT__DARTS_OFFSET(unit);
        if (unit >> 8 & 1) { /* a leaf: its value sits in the unit at the children's offset */
            uint32_t value;
            if (pos >= m->count) return -1;
            value = m->units[pos] & 0x7FFFFFFFu;
            return value < m->blob_size ? (int32_t)value : -1;
        }
    }
#undef BERT__DARTS_OFFSET
    return -1;
}

/* The charsmap of Precompiled step `step`. */
static void bert__charsmap_of(const bert__tokenizer *t, const uint32_t *step, bert__charsmap *m) {
    m->units = BERT__CAST(const uint32_t *, BERT__CAST(const void *, t->data + step[3]));
    m->count = step[4];
    m->blob = BERT__CAST(const uint8_t *, BERT__CAST(const void *, t->strings + step[1]));
    m->blob_size = step[2];
}

/* Hugging Face builds Precompiled's changes as a list and may still amend its last entry: a
   replacement of `old` characters by `new` gives its characters change 0, except that the last
   new - old of them are insertions (1) when it grows, and the last entry of the list - its own
   last character, or the entry before it when it is empty - takes new - old more when it
   shrinks. So the last entry is held back until the next one comes. */
typedef struct bert__changes {
    bert__emit e;
    uint32_t cp;
    int change, held;
} bert__changes;

static void bert__changes_push(bert__changes *c, uint32_t cp, int change) {
    if (c->held) {
        if (c->change > 0) {
            bert__emit_insert(&c->e, c->cp);
        } else {
            bert__emit_replace(&c->e, c->cp);
            while (c->change++ < 0) bert__emit_drop(&c->e);
        }
    }
    c->cp = cp;
    c->change = change;
    c->held = 1;
}

/* Pushes the replacement at blob[at] for `old` source characters. */
static int bert__changes_charsmap(bert__tok_ws *ws, bert__changes *c, const bert__charsmap *m, int32_t at, int old) {
    const uint8_t *r = m->blob + at;
    size_t len = 0, k;
    uint32_t cp;
    int count = 0, i;
    while ((size_t)at + len < m->blob_size && r[len]) len++;
    for (k = 0; k < len; count++) k += (size_t)bert__utf8_decode(r + k, len - k, &cp);
    if (!bert__emit_room(ws, &c->e, (size_t)count + 1)) return 0;
    for (k = 0, i = 0; k < len; i++) {
        k += (size_t)bert__utf8_decode(r + k, len - k, &cp);
        bert__changes_push(c, cp, i >= count - (count - old) && count > old ? 1 : 0);
    }
    if (count < old && c->held) c->change += count - old;
    return 1;
}

/* Precompiled, as Hugging Face runs it: per extended grapheme cluster, a cluster shorter than 6
   bytes is looked up whole; otherwise (or when it has no entry) each character is. */
static int bert__norm_precompiled(const bert__tokenizer *t, bert__tok_ws *ws, int *n, uint32_t base, const uint32_t *step) {
    bert__charsmap m;
    bert__grapheme_state g;
    bert__changes c;
    uint8_t buf[8];
    int i = 0, j, k, bytes;
    int32_t at;
    bert__charsmap_of(t, step, &m);
    if (*n == 0) return 1;
    if (!bert__norm_begin(ws, &c.e, *n, 1, base)) return 0;
    c.held = 0;
    bert__grapheme_start(&g, ws->norm[0].cp);
    while (i < *n) {
        for (j = i + 1, bytes = bert__utf8_encode(ws->norm[i].cp, buf); j < *n; j++) {
            uint8_t tmp[4];
            if (bert__grapheme_break(&g, ws->norm[j].cp)) break;
            bytes += bert__utf8_encode(ws->norm[j].cp, tmp);
        }
        if (bytes < 6) {
            for (k = i + 1, bytes = bert__utf8_encode(ws->norm[i].cp, buf); k < j; k++) bytes += bert__utf8_encode(ws->norm[k].cp, buf + bytes);
            if ((at = bert__charsmap_find(&m, buf, bytes)) >= 0) {
                if (!bert__changes_charsmap(ws, &c, &m, at, j - i)) return 0;
                i = j;
                continue;
            }
        }
        for (; i < j; i++) {
            bytes = bert__utf8_encode(ws->norm[i].cp, buf);
            if ((at = bert__charsmap_find(&m, buf, bytes)) >= 0) {
                if (!bert__changes_charsmap(ws, &c, &m, at, 1)) return 0;
            } else {
                if (!bert__emit_room(ws, &c.e, 2)) return 0;
                bert__changes_push(&c, ws->norm[i].cp, 0);
            }
        }
    }
    bert__changes_push(&c, 0, 0); /* flushes the last entry; the placeholder is never emitted */
    bert__norm_end(ws, &c.e, n);
    return 1;
}
#endif

/* Runs the normalizer steps over ws->norm[0..*n). */
static int bert__normalize(const bert__tokenizer *t, bert__tok_ws *ws, int *n, uint32_t base, bert_error *err) {
    uint32_t i;
    for (i = 0; i < t->normalizer_count; i++) {
        const uint32_t *s = t->normalizers + i * BERT__STEP_WORDS;
        int ok = 1;
        switch (s[0]) {
        case BERT__NORM_BERT: ok = bert__norm_bert(ws, n, base, s[1]); break;
        case BERT__NORM_NFD: ok = bert__norm_unicode(ws, n, base, 0, 0); break;
        case BERT__NORM_NFC: ok = bert__norm_unicode(ws, n, base, 0, 1); break;
        case BERT__NORM_NFKD: case BERT__NORM_NFKC:
#ifdef BERT_NO_COMPATIBILITY_DECOMPOSITION
            return bert__fail(err, BERT_E_UNSUPPORTED, "this build leaves out NFKD/NFKC (BERT_NO_COMPATIBILITY_DECOMPOSITION)");
#else
            ok = bert__norm_unicode(ws, n, base, 1, s[0] == BERT__NORM_NFKC);
            break;
#endif
        case BERT__NORM_LOWERCASE: ok = bert__norm_lowercase(ws, n, base); break;
        case BERT__NORM_STRIP_ACCENTS: ok = bert__norm_filter(ws, n, base, bert__keep_non_mark); break;
        case BERT__NORM_STRIP: bert__norm_strip(ws, n, s[1] != 0 && base != ws->continued, s[2] != 0); break;
        case BERT__NORM_REPLACE: ok = bert__norm_replace(t, ws, n, base, s); break;
        case BERT__NORM_PREPEND: ok = base == ws->continued || bert__norm_prepend(t, ws, n, base, s); break;
        case BERT__NORM_REPLACE_REGEX: ok = bert__norm_replace_regex(t, ws, n, base, s); break;
        case BERT__NORM_PRECOMPILED:
#ifdef BERT_NO_UNIGRAM
            return bert__fail(err, BERT_E_UNSUPPORTED, "this build leaves out the Precompiled normalizer (BERT_NO_UNIGRAM)");
#else
            ok = bert__norm_precompiled(t, ws, n, base, s);
            break;
#endif
        }
        if (!ok) return bert__fail(err, BERT_E_NOMEM, "out of memory while normalizing");
    }
    return BERT_OK;
}

/* ---- Tokenizer: added and special tokens ------------------------------------------------- */

/* The child of trie node `node` on `byte`, or -1. */
static int bert__trie_step(const bert__tokenizer *t, int node, uint8_t byte) {
    const uint32_t *nd = t->trie_nodes + (size_t)node * BERT__TRIE_NODE_WORDS;
    const uint32_t *e = t->trie_edges + nd[0];
    int lo = 0, hi = (int)nd[1] - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint8_t b = (uint8_t)(e[mid] & 0xFF);
        if (b == byte) return (int)(e[mid] >> 8);
        if (b < byte) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/* The longest added token starting at s[at]: returns its end (exclusive) and sets *added, or -1. */
static int bert__longest_added(const bert__tokenizer *t, int root, const bert__nchar *s, int n, int at, int *added) {
    int node = root, best = -1, i, k;
    for (i = at; i < n && node >= 0; i++) {
        uint8_t b[4];
        int m = bert__utf8_encode(s[i].cp, b);
        for (k = 0; k < m && node >= 0; k++) node = bert__trie_step(t, node, b[k]);
        if (node >= 0 && t->trie_nodes[(size_t)node * BERT__TRIE_NODE_WORDS + 2]) {
            best = i + 1;
            *added = (int)t->trie_nodes[(size_t)node * BERT__TRIE_NODE_WORDS + 2] - 1;
        }
    }
    return best;
}

/* Splits s[0..n) around added tokens as Hugging Face's AddedVocabulary::find_matches: the
   leftmost-longest non-overlapping matches of the trie at `root` (0: raw text, 1: normalized),
   single_word matches dropped when a word character touches them, lstrip/rstrip widening a
   match over the whitespace beside it. Appends to *out / *count (a ws array). */
static int bert__split_added(const bert__tokenizer *t, int root, const bert__nchar *s, int n, bert__split **out,
                             size_t *cap, int *count) {
    int at = 0, done = 0;
    *count = 0;
    if (!BERT__GROW(*out, *cap, 8)) return 0;
    if (t->trie_nodes[(size_t)root * BERT__TRIE_NODE_WORDS + 1] == 0) { /* no added tokens for this pass */
        (*out)[0].start = 0, (*out)[0].end = n, (*out)[0].added = -1;
        *count = n > 0;
        return 1;
    }
    while (at < n) {
        int added = -1, end = bert__longest_added(t, root, s, n, at, &added), start = at;
        uint32_t flags;
        if (end < 0) {
            at++;
            continue;
        }
        at = end; /* the scan resumes after the match, whether or not it is kept */
        flags = t->added[(size_t)added * BERT__ADDED_WORDS + 1];
        if ((flags & BERT__ADDED_SINGLE_WORD) &&
            ((start > 0 && bert__is_word(s[start - 1].cp)) || (end < n && bert__is_word(s[end].cp))))
            continue;
        if (flags & BERT__ADDED_LSTRIP) {
            while (start > 0 && bert__is_white(s[start - 1].cp)) start--;
            if (start < done) start = done;
        }
        if (flags & BERT__ADDED_RSTRIP)
            while (end < n && bert__is_white(s[end].cp)) end++;
        if (!BERT__GROW(*out, *cap, *count + 2)) return 0;
        if (done < start) {
            (*out)[*count].start = done, (*out)[*count].end = start, (*out)[*count].added = -1;
            (*count)++;
        }
        (*out)[*count].start = start, (*out)[*count].end = end, (*out)[*count].added = added;
        (*count)++;
        done = end;
    }
    if (done < n) {
        if (!BERT__GROW(*out, *cap, *count + 1)) return 0;
        (*out)[*count].start = done, (*out)[*count].end = n, (*out)[*count].added = -1;
        (*count)++;
    }
    return 1;
}

/* ---- Tokenizer: pre-tokenizers ----------------------------------------------------------- */

/* Pre-tokenizers cut ws->norm[0..n) into words: ws->pieces holds (start, end) pairs. Each step
   cuts every piece of the previous step further. */
static int bert__is_bert_punct(uint32_t c) {
    if (c < 0x80) return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    return bert__uhas(c, BERT__U_BERT_PUNCT);
}

/* Character classes for the splitting pre-tokenizers: 0 whitespace (dropped), 1 alone (a
   piece of its own), 2 and up: runs of the same class form a piece. */
static int bert__class_bert(uint32_t c) { return bert__is_white(c) ? 0 : bert__is_bert_punct(c) ? 1 : 2; }
static int bert__class_whitespace(uint32_t c) { return bert__is_white(c) ? 0 : bert__is_word(c) ? 2 : 3; }
static int bert__class_whitespace_split(uint32_t c) { return bert__is_white(c) ? 0 : 2; }

/* A step writes its pieces to ws->pieces_tmp, then swaps them in. */
static void bert__swap_pieces(bert__tok_ws *ws) {
    int *t = ws->pieces;
    size_t c = ws->pieces_cap;
    ws->pieces = ws->pieces_tmp;
    ws->pieces_cap = ws->pieces_tmp_cap;
    ws->pieces_tmp = t;
    ws->pieces_tmp_cap = c;
}

static int bert__pre_split(bert__tok_ws *ws, const bert__nchar *s, int *count, int (*cls)(uint32_t)) {
    int i, p, out = 0;
    for (p = 0; p < *count; p++) {
        int a = ws->pieces[2 * p], b = ws->pieces[2 * p + 1], start = a, prev = -1;
        for (i = a; i <= b; i++) {
            int c = i < b ? cls(s[i].cp) : 0;
            if (i > start && (c != prev || c == 1)) {
                if (prev != 0) {
                    if (!BERT__GROW(ws->pieces_tmp, ws->pieces_tmp_cap, 2 * out + 2)) return 0;
                    ws->pieces_tmp[2 * out] = start;
                    ws->pieces_tmp[2 * out + 1] = i;
                    out++;
                }
                start = i;
            }
            prev = c;
        }
    }
    bert__swap_pieces(ws);
    *count = out;
    return 1;
}

/* Metaspace: in each piece, spaces become the replacement (keeping their spans), the
   replacement is prepended as the prepend scheme says (taking the first character's span;
   "first" means a piece whose original text starts at byte 0, as Hugging Face's
   offsets_original), and with split the piece is cut before each replacement character. The
   rewritten pieces go to a ws->meta buffer; *chars is pointed at it. */
static int bert__pre_metaspace(bert__tok_ws *ws, const uint32_t *step, const bert__nchar **chars, int *count) {
    const bert__nchar *s = *chars;
    int which = s == ws->meta[0], p, k, out = 0, pieces = 0;
    size_t need = 1;
    uint32_t rep = step[1];
    bert__nchar *m;
    for (p = 0; p < *count; p++) need += (size_t)(ws->pieces[2 * p + 1] - ws->pieces[2 * p]) + 1;
    if (!BERT__GROW(ws->meta[which], ws->meta_cap[which], need)) return 0;
    m = ws->meta[which];
    for (p = 0; p < *count; p++) {
        int a = ws->pieces[2 * p], b = ws->pieces[2 * p + 1], first = out;
        uint32_t head;
        if (a == b) continue;
        head = s[a].cp == ' ' ? rep : s[a].cp;
        if (head != rep && (step[2] == BERT__PREPEND_ALWAYS || (step[2] == BERT__PREPEND_FIRST && s[a].start == 0))) {
            m[out] = s[a];
            m[out++].cp = rep;
        }
        for (k = a; k < b; k++) {
            m[out] = s[k];
            if (s[k].cp == ' ') m[out].cp = rep;
            out++;
        }
        for (k = first; k <= out; k++) { /* the pieces: [first, next replacement), ... */
            if (k == out || (step[3] && k > first && m[k].cp == rep)) {
                if (!BERT__GROW(ws->pieces_tmp, ws->pieces_tmp_cap, 2 * pieces + 2)) return 0;
                ws->pieces_tmp[2 * pieces] = first;
                ws->pieces_tmp[2 * pieces + 1] = k;
                pieces++;
                first = k;
            }
        }
    }
    bert__swap_pieces(ws);
    *count = pieces;
    *chars = m;
    return 1;
}

/* ByteLevel: GPT-2's byte alphabet. Printable Latin-1 bytes stand for themselves; the 68
   others (controls, space, DEL to NBSP, soft hyphen) for U+0100 onwards, in byte order. */
static uint32_t bert__byte_char(uint8_t b) {
    if ((b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE) return b;
    if (b <= 0x20) return 0x100u + b;
    if (b <= 0xA0) return 0x121u + (b - 0x7Fu);
    return 0x143; /* 0xAD */
}

/* The classes of GPT-2's split pattern: \s, \p{L}, \p{N}, anything else. */
enum { BERT__GPT2_SPACE, BERT__GPT2_LETTER, BERT__GPT2_NUMBER, BERT__GPT2_OTHER };
static int bert__gpt2_class(uint32_t c) {
    int gc;
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return BERT__GPT2_LETTER;
        if (c >= '0' && c <= '9') return BERT__GPT2_NUMBER;
        return c == ' ' || (c >= 9 && c <= 13) ? BERT__GPT2_SPACE : BERT__GPT2_OTHER;
    }
    if (bert__is_white(c)) return BERT__GPT2_SPACE;
    gc = (int)(bert__uprops(c) & 0xFF);
    if (gc >= BERT__GC_LU && gc <= BERT__GC_LO) return BERT__GPT2_LETTER;
    if (gc >= BERT__GC_ND && gc <= BERT__GC_NO) return BERT__GPT2_NUMBER;
    return BERT__GPT2_OTHER;
}

/* The text ByteLevel splits: a piece of the pre-tokenized text, maybe behind an added space. */
typedef struct bert__gpt2_text {
    const bert__nchar *s; /* the piece */
    int prefix;           /* 1: a space stands before s[0] (add_prefix_space) */
    int n;                /* characters, the space included */
} bert__gpt2_text;

static uint32_t bert__gpt2_cp(const bert__gpt2_text *u, int i) { return u->prefix && i == 0 ? ' ' : u->s[i - u->prefix].cp; }

/* The length of the match at u[i..) of GPT-2's pattern
       's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
   taking the alternatives in order, as the regex does. Every character is matched by one of
   them, so the matches tile the text. */
static int bert__gpt2_match(const bert__gpt2_text *u, int i) {
    uint32_t c = bert__gpt2_cp(u, i);
    int k = i, cls;
    if (c == '\'' && i + 1 < u->n) { /* contractions, case-sensitive */
        uint32_t c1 = bert__gpt2_cp(u, i + 1), c2 = i + 2 < u->n ? bert__gpt2_cp(u, i + 2) : 0;
        if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') return 2;
        if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) return 3;
    }
    if (c == ' ' && i + 1 < u->n && bert__gpt2_class(bert__gpt2_cp(u, i + 1)) != BERT__GPT2_SPACE) k++; /* " ?" */
    cls = bert__gpt2_class(bert__gpt2_cp(u, k));
    for (k++; k < u->n && bert__gpt2_class(bert__gpt2_cp(u, k)) == cls; k++) {}
    if (cls != BERT__GPT2_SPACE) return k - i;
    /* A run of whitespace: all of it at the end of the text or when it is one character
       (\s+), else all but its last character, which goes with the word after it (\s+(?!\S)). */
    return k == u->n || k - i == 1 ? k - i : k - i - 1;
}

/* Appends character c (spanning the original bytes of `span`) to ws->bytes as one character per
   UTF-8 byte, each in the byte alphabet and with the span of c, as Hugging Face aligns them. */
static void bert__put_bytes(bert__tok_ws *ws, int *len, uint32_t c, const bert__nchar *span) {
    uint8_t b[4];
    int k, m = bert__utf8_encode(c, b);
    for (k = 0; k < m; k++) {
        bert__nchar *o = &ws->bytes[(*len)++];
        o->cp = bert__byte_char(b[k]);
        o->start = span->start;
        o->end = span->end;
    }
}

/* ByteLevel: each piece gets a leading space if it has none (add_prefix_space), is split by
   GPT-2's pattern (use_regex) and rewritten into the byte alphabet in ws->bytes; *chars is
   pointed at it. */
static int bert__pre_byte_level(bert__tok_ws *ws, const uint32_t *step, const bert__nchar **chars, int *count) {
    const bert__nchar *s = *chars;
    size_t need = 0;
    int p, out = 0, len = 0;
    for (p = 0; p < *count; p++) need += 4 * (size_t)(ws->pieces[2 * p + 1] - ws->pieces[2 * p]) + 4;
    if (need > 0x7FFFFFF0u || !BERT__GROW(ws->bytes, ws->bytes_cap, need)) return 0; /* pieces index it with ints */
    for (p = 0; p < *count; p++) {
        bert__gpt2_text u;
        int i = 0, a = ws->pieces[2 * p];
        if (ws->pieces[2 * p + 1] == a) continue;
        u.s = s + a;
        u.prefix = step[1] && s[a].cp != ' ';
        u.n = ws->pieces[2 * p + 1] - a + u.prefix;
        while (i < u.n) {
            int m = step[2] ? bert__gpt2_match(&u, i) : u.n, k;
            if (!BERT__GROW(ws->pieces_tmp, ws->pieces_tmp_cap, 2 * out + 2)) return 0;
            ws->pieces_tmp[2 * out] = len;
            for (k = i; k < i + m; k++) /* the added space takes the span of the first character */
                bert__put_bytes(ws, &len, bert__gpt2_cp(&u, k), &u.s[k > 0 ? k - u.prefix : 0]);
            ws->pieces_tmp[2 * out + 1] = len;
            out++;
            i += m;
        }
    }
    bert__swap_pieces(ws);
    *count = out;
    *chars = ws->bytes;
    return 1;
}

/* Cuts s[0..n) into words: ws->pieces holds (start, end) pairs into *chars, which is s unless
   a step rewrote the characters (Metaspace and ByteLevel write their own buffers). A step that
   rewrites characters keeps their spans as the normalizers do, so offsets stay exact. */
static int bert__pre_tokenize(const bert__tokenizer *t, bert__tok_ws *ws, const bert__nchar *s, int n, const bert__nchar **chars,
                              int *count) {
    uint32_t i;
    if (!BERT__GROW(ws->pieces, ws->pieces_cap, 2)) return 0;
    ws->pieces[0] = 0;
    ws->pieces[1] = n;
    *count = n > 0;
    *chars = s;
    for (i = 0; i < t->pre_tokenizer_count; i++) {
        const uint32_t *step = t->pre_tokenizers + i * BERT__STEP_WORDS;
        int ok = 1;
        switch (step[0]) {
        case BERT__PRE_BERT: ok = bert__pre_split(ws, *chars, count, bert__class_bert); break;
        case BERT__PRE_WHITESPACE: ok = bert__pre_split(ws, *chars, count, bert__class_whitespace); break;
        case BERT__PRE_WHITESPACE_SPLIT: ok = bert__pre_split(ws, *chars, count, bert__class_whitespace_split); break;
        case BERT__PRE_METASPACE: ok = bert__pre_metaspace(ws, step, chars, count); break;
        case BERT__PRE_BYTE_LEVEL: ok = bert__pre_byte_level(ws, step, chars, count); break;
        }
        if (!ok) return 0;
    }
    return 1;
}

/* ---- Tokenizer: models ------------------------------------------------------------------- */

#ifndef BERT_NO_WORDPIECE
/* WordPiece: greedy longest match from the left, continuation pieces carry the prefix ("##");
   a word with a piece missing from the vocabulary, or longer than max_input_chars_per_word
   characters, is one unknown token. The vocabulary hash is extended byte by byte, so every
   candidate length costs one probe. */
static int bert__wordpiece(const bert__tokenizer *t, bert__tok_ws *ws, const bert__nchar *w, int n, int seq) {
    const uint32_t *m = t->model_data;
    const char *prefix = t->strings + m[0];
    size_t plen = m[1], longest = m[3];
    int first = ws->token_count[seq], i, at = 0, bytes = 0;
    uint32_t prefix_hash = bert__fnv1a(BERT__FNV_BASIS, prefix, plen);
    if ((uint32_t)n > m[2]) return bert__push_token(ws, seq, t->unk_id, w[0].start, w[n - 1].end);
    if (!BERT__GROW(ws->word, ws->word_cap, (size_t)n * 4 + 1) || !BERT__GROW(ws->word_at, ws->word_at_cap, n + 1)) return 0;
    for (i = 0; i < n; i++) {
        ws->word_at[i] = bytes;
        bytes += bert__utf8_encode(w[i].cp, ws->word + bytes);
    }
    ws->word_at[n] = bytes;
    while (at < n) {
        uint32_t h = at == 0 ? BERT__FNV_BASIS : prefix_hash;
        size_t extra = at == 0 ? 0 : plen;
        int end, best_end = -1;
        int32_t best = -1;
        for (end = at + 1; end <= n; end++) {
            const uint8_t *s = ws->word + ws->word_at[at];
            size_t len = (size_t)(ws->word_at[end] - ws->word_at[at]);
            int32_t id;
            if (len + extra > longest) break;
            h = bert__fnv1a(h, ws->word + ws->word_at[end - 1], (size_t)(ws->word_at[end] - ws->word_at[end - 1]));
            id = bert__vocab_find(t, h, prefix, extra, s, len);
            if (id >= 0) best = id, best_end = end;
        }
        if (best < 0) {
            ws->token_count[seq] = first;
            return bert__push_token(ws, seq, t->unk_id, w[0].start, w[n - 1].end);
        }
        if (!bert__push_token(ws, seq, best, w[at].start, w[best_end - 1].end)) return 0;
        at = best_end;
    }
    return 1;
}
#endif

#ifndef BERT_NO_UNIGRAM
/* The Unigram block's arrays (checked on load). */
typedef struct bert__unigram_model {
    const uint32_t *edge_start, *node_piece, *edges, *byte_pieces;
    const uint8_t *scores;
    uint32_t flags;
    double unk_score;
} bert__unigram_model;

static void bert__unigram_get(const bert__tokenizer *t, bert__unigram_model *u) {
    const uint32_t *m = t->model_data;
    uint32_t unk[2];
    u->edge_start = BERT__CAST(const uint32_t *, BERT__CAST(const void *, t->data + m[BERT__UNI_EDGE_START]));
    u->node_piece = BERT__CAST(const uint32_t *, BERT__CAST(const void *, t->data + m[BERT__UNI_NODE_PIECE]));
    u->edges = BERT__CAST(const uint32_t *, BERT__CAST(const void *, t->data + m[BERT__UNI_EDGES]));
    u->byte_pieces = BERT__CAST(const uint32_t *, BERT__CAST(const void *, t->data + m[BERT__UNI_BYTE_PIECES]));
    u->scores = t->data + m[BERT__UNI_SCORES];
    u->flags = m[BERT__UNI_FLAGS];
    unk[0] = m[BERT__UNI_UNK_SCORE_LO];
    unk[1] = m[BERT__UNI_UNK_SCORE_HI];
    memcpy(&u->unk_score, unk, sizeof u->unk_score); /* little-endian hosts only, as the whole format */
}

static double bert__unigram_score(const bert__unigram_model *u, int32_t piece) {
    double d;
    memcpy(&d, u->scores + (size_t)piece * 8, sizeof d);
    return d;
}

/* The child of trie node `node` on `byte`, or -1. */
static int bert__unigram_step(const bert__unigram_model *u, int node, uint8_t byte) {
    int lo = (int)u->edge_start[node], hi = (int)u->edge_start[node + 1] - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint8_t b = (uint8_t)(u->edges[mid] & 0xFF);
        if (b == byte) return (int)(u->edges[mid] >> 8);
        if (b < byte) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/* The piece spelled s[0..len), or -1 (the model's own pieces, as its token_to_ids). */
static int32_t bert__unigram_find(const bert__unigram_model *u, const uint8_t *s, size_t len) {
    int node = 0;
    size_t i;
    for (i = 0; i < len && node >= 0; i++) node = bert__unigram_step(u, node, s[i]);
    return node > 0 ? (int32_t)u->node_piece[node] - 1 : -1;
}

/* Viterbi over the word's characters, as Hugging Face's encode_optimized: for each position in
   order, every piece starting there (a trie walk) offers its end a better score; a character
   with no one-character piece offers the unknown token (the lowest score - 10). An end takes
   the first best offer, so ties go to the earliest start: the longest last piece. Fills
   ws->vscore/vstart/vpiece for positions 0..n. */
static int bert__unigram_viterbi(const bert__tokenizer *t, bert__tok_ws *ws, const bert__unigram_model *u, int n,
                                 bert_error *err) {
    int i, j, k;
    for (i = 0; i <= n; i++) ws->vscore[i] = 0.0, ws->vstart[i] = -1, ws->vpiece[i] = -1;
    for (i = 0; i < n; i++) {
        double here = ws->vscore[i]; /* an unreachable position counts as 0, as Hugging Face's default node */
        int node = 0, single = 0;
        for (j = i; j < n && node >= 0; j++) {
            for (k = ws->word_at[j]; k < ws->word_at[j + 1] && node >= 0; k++) node = bert__unigram_step(u, node, ws->word[k]);
            if (node > 0 && u->node_piece[node]) {
                int32_t piece = (int32_t)u->node_piece[node] - 1;
                double score = bert__unigram_score(u, piece) + here;
                if (ws->vstart[j + 1] < 0 || score > ws->vscore[j + 1])
                    ws->vscore[j + 1] = score, ws->vstart[j + 1] = i, ws->vpiece[j + 1] = piece;
                single |= j == i;
            }
        }
        if (!single && (ws->vstart[i + 1] < 0 || u->unk_score + here > ws->vscore[i + 1])) {
            if (t->unk_id < 0) return bert__fail(err, BERT_E_ARG, "Unigram: an unknown character and the model has no unknown token");
            ws->vscore[i + 1] = u->unk_score + here, ws->vstart[i + 1] = i, ws->vpiece[i + 1] = t->unk_id;
        }
    }
    return BERT_OK;
}

/* Pushes the token for w[a..b) that Viterbi marked unknown (several in a row are fused): the
   piece spelling it if any, else its bytes as <0xXX> pieces with byte_fallback, else unk. */
static int bert__unigram_push_unknown(const bert__tokenizer *t, bert__tok_ws *ws, const bert__unigram_model *u,
                                      const bert__nchar *w, int a, int b, int seq) {
    const uint8_t *s = ws->word + ws->word_at[a];
    size_t len = (size_t)(ws->word_at[b] - ws->word_at[a]), i;
    int32_t id = bert__unigram_find(u, s, len);
    if (id >= 0) return bert__push_token(ws, seq, id, w[a].start, w[b - 1].end);
    if (u->flags & BERT__UNI_BYTE_FALLBACK) {
        for (i = 0; i < len && u->byte_pieces[s[i]]; i++) {}
        if (i == len) {
            for (i = 0; i < len; i++)
                if (!bert__push_token(ws, seq, (int32_t)u->byte_pieces[s[i]] - 1, w[a].start, w[b - 1].end)) return 0;
            return 1;
        }
    }
    return bert__push_token(ws, seq, t->unk_id, w[a].start, w[b - 1].end) && bert__token_text(ws, seq, w, a, b);
}

/* Unigram (SentencePiece): the best segmentation of the word by piece scores, consecutive
   unknown pieces fused into one token. */
static int bert__unigram(const bert__tokenizer *t, bert__tok_ws *ws, const bert__nchar *w, int n, int seq, bert_error *err) {
    bert__unigram_model u;
    int i, bytes = 0, r, steps = 0, end;
    if (n == 0) return BERT_OK;
    bert__unigram_get(t, &u);
    if (!BERT__GROW(ws->word, ws->word_cap, (size_t)n * 4 + 1) || !BERT__GROW(ws->word_at, ws->word_at_cap, n + 1) ||
        !BERT__GROW(ws->vscore, ws->vscore_cap, n + 1) || !BERT__GROW(ws->vstart, ws->vstart_cap, n + 1) ||
        !BERT__GROW(ws->vpiece, ws->vpiece_cap, n + 1) || !BERT__GROW(ws->vpath, ws->vpath_cap, n + 1))
        return bert__fail(err, BERT_E_NOMEM, "out of memory while tokenizing");
    for (i = 0; i < n; i++) {
        ws->word_at[i] = bytes;
        bytes += bert__utf8_encode(w[i].cp, ws->word + bytes);
    }
    ws->word_at[n] = bytes;
    if ((r = bert__unigram_viterbi(t, ws, &u, n, err)) != BERT_OK) return r;
    for (end = n; end > 0; end = ws->vstart[end]) ws->vpath[steps++] = end; /* the best path, backwards */
    for (i = steps - 1, end = 0; i >= 0; i--) {
        int start = end;
        end = ws->vpath[i];
        if (ws->vpiece[end] == t->unk_id) {
            while (i > 0 && ws->vpiece[ws->vpath[i - 1]] == t->unk_id) end = ws->vpath[--i];
            if (!bert__unigram_push_unknown(t, ws, &u, w, start, end, seq)) break;
        } else if (!bert__push_token(ws, seq, ws->vpiece[end], w[start].start, w[end - 1].end)) {
            break;
        }
    }
    return i < 0 ? BERT_OK : bert__fail(err, BERT_E_NOMEM, "out of memory while tokenizing");
}
#endif

#ifndef BERT_NO_BPE
/* BPE, as Hugging Face's model: the word starts as one symbol per character and the merge of
   lowest rank among adjacent symbols is applied, leftmost first, until none applies. A priority
   queue of candidate merges makes this O(n log n) in the word's length. The merge table is
   precomputed by the converter: open addressing on bert__bpe_pair_hash, 4 words a slot (left
   id + 1 or 0 when empty, right id, rank, merged id). */
static uint32_t bert__bpe_pair_hash(uint32_t left, uint32_t right) {
    uint32_t h = left * 0x9E3779B1u ^ right * 0x85EBCA77u;
    return h ^ h >> 15;
}

static const uint32_t *bert__tk_words(const bert__tokenizer *t, uint32_t off) {
    return BERT__CAST(const uint32_t *, BERT__CAST(const void *, t->data + off));
}

/* The merge table slot of the pair (left, right), or NULL when they do not merge. */
static const uint32_t *bert__bpe_merge_of(const bert__tokenizer *t, int32_t left, int32_t right) {
    const uint32_t *m = t->model_data, *table = bert__tk_words(t, m[BERT__BPE_MERGES]);
    uint32_t mask = m[BERT__BPE_MERGE_SLOTS] - 1, i = bert__bpe_pair_hash((uint32_t)left, (uint32_t)right) & mask, probes;
    for (probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
        const uint32_t *e = table + 4 * (size_t)i;
        if (!e[0]) return NULL;
        if (e[0] == (uint32_t)left + 1 && e[1] == (uint32_t)right) return e;
    }
    return NULL;
}

/* The merge queue: a binary heap ordered by rank, then by position. */
static int bert__bpe_before(const bert__bpe_merge *a, const bert__bpe_merge *b) {
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

static void bert__bpe_push(bert__bpe_merge *q, int *n, bert__bpe_merge m) {
    int i = (*n)++;
    while (i > 0 && bert__bpe_before(&m, &q[(i - 1) / 2])) {
        q[i] = q[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    q[i] = m;
}

static bert__bpe_merge bert__bpe_pop(bert__bpe_merge *q, int *n) {
    bert__bpe_merge top = q[0], last = q[--(*n)];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *n) break;
        if (c + 1 < *n && bert__bpe_before(&q[c + 1], &q[c])) c++;
        if (!bert__bpe_before(&q[c], &last)) break;
        q[i] = q[c];
        i = c;
    }
    q[i] = last;
    return top;
}

/* Queues the merge of symbol `pos` with the one after it, if the pair merges. */
static void bert__bpe_queue(const bert__tokenizer *t, bert__tok_ws *ws, int *n, int pos) {
    const bert__bpe_symbol *a = &ws->symbols[pos];
    const uint32_t *e = bert__bpe_merge_of(t, a->id, ws->symbols[a->next].id);
    if (e) {
        bert__bpe_merge m;
        m.rank = e[2], m.pos = (uint32_t)pos, m.id = e[3], m.left = a->id, m.right = ws->symbols[a->next].id;
        bert__bpe_push(ws->queue, n, m);
    }
}

/* The id of character i of the word as a token on its own: with continuing_subword_prefix when
   it is not the first and end_of_word_suffix when it is the last; -1 when not in the vocabulary. */
static int32_t bert__bpe_char_id(const bert__tokenizer *t, const bert__tok_ws *ws, const bert__nchar *w, int i, int n) {
    const uint32_t *m = t->model_data;
    uint32_t plen = i > 0 ? m[BERT__BPE_PREFIX_LEN] : 0, slen = i == n - 1 ? m[BERT__BPE_SUFFIX_LEN] : 0, blen;
    uint8_t buf[2 * BERT__BPE_MAX_AFFIX + 4];
    if (!plen && !slen && w[i].cp < BERT__BPE_CHARS) {
        uint32_t id = bert__tk_words(t, m[BERT__BPE_CHAR_IDS])[w[i].cp];
        return id == BERT__BPE_NONE ? -1 : (int32_t)id;
    }
    blen = (uint32_t)(ws->word_at[i + 1] - ws->word_at[i]);
    memcpy(buf, t->strings + m[BERT__BPE_PREFIX], plen);
    memcpy(buf + plen, ws->word + ws->word_at[i], blen);
    memcpy(buf + plen + blen, t->strings + m[BERT__BPE_SUFFIX], slen);
    return bert__vocab_find(t, bert__fnv1a(BERT__FNV_BASIS, buf, plen + blen + slen), "", 0, buf, plen + blen + slen);
}

static void bert__bpe_add(bert__tok_ws *ws, int *count, int32_t id, uint32_t len) {
    bert__bpe_symbol *s = &ws->symbols[*count];
    s->id = id;
    s->prev = *count - 1;
    s->next = -1;
    s->len = len;
    if (*count > 0) ws->symbols[*count - 1].next = *count;
    (*count)++;
}

/* byte_fallback: the character as its bytes' tokens <0xXX>, if the vocabulary has them all. */
static int bert__bpe_byte_fallback(const bert__tokenizer *t, bert__tok_ws *ws, int i, int *count) {
    const uint32_t *ids = bert__tk_words(t, t->model_data[BERT__BPE_BYTE_IDS]);
    int k;
    for (k = ws->word_at[i]; k < ws->word_at[i + 1]; k++)
        if (ids[ws->word[k]] == BERT__BPE_NONE) return 0;
    for (k = ws->word_at[i]; k < ws->word_at[i + 1]; k++) bert__bpe_add(ws, count, (int32_t)ids[ws->word[k]], 1);
    return 1;
}

/* The word's first symbols, as Hugging Face's merge_word: one per character; for a character
   not in the vocabulary its byte_fallback tokens, or the unknown token (consecutive ones fused
   with fuse_unk; a pending one waits behind byte_fallback tokens, as there), or nothing when
   the model has no unknown token. Symbol lengths are in bytes of the word, as there. */
static int bert__bpe_symbols(const bert__tokenizer *t, bert__tok_ws *ws, const bert__nchar *w, int n) {
    uint32_t flags = t->model_data[BERT__BPE_FLAGS], unk_len = 0;
    int i, count = 0, unk_pending = 0;
    for (i = 0; i < n; i++) {
        uint32_t len = (uint32_t)(ws->word_at[i + 1] - ws->word_at[i]);
        int32_t id = bert__bpe_char_id(t, ws, w, i, n);
        if (id >= 0) {
            if (unk_pending) bert__bpe_add(ws, &count, t->unk_id, unk_len);
            unk_pending = 0;
            bert__bpe_add(ws, &count, id, len);
        } else if ((flags & BERT__BPE_BYTE_FALLBACK) && bert__bpe_byte_fallback(t, ws, i, &count)) {
            continue;
        } else if (t->unk_id >= 0) {
            if (unk_pending && (flags & BERT__BPE_FUSE_UNK)) {
                unk_len += len;
                continue;
            }
            if (unk_pending) bert__bpe_add(ws, &count, t->unk_id, unk_len);
            unk_pending = 1;
            unk_len = len;
        }
    }
    if (unk_pending) bert__bpe_add(ws, &count, t->unk_id, unk_len);
    return count;
}

/* Hugging Face's merge_all over ws->symbols[0..count): a merged-away symbol keeps its slot with
   length 0; a queued merge is skipped when the pair there now merges into another token (the
   same pair needs no lookup to know). */
static void bert__bpe_merge_all(const bert__tokenizer *t, bert__tok_ws *ws, int count) {
    bert__bpe_symbol *sym = ws->symbols;
    int queued = 0, i;
    for (i = 0; i + 1 < count; i++) bert__bpe_queue(t, ws, &queued, i);
    while (queued > 0) {
        bert__bpe_merge top = bert__bpe_pop(ws->queue, &queued);
        bert__bpe_symbol *a = &sym[top.pos], *b;
        const uint32_t *e;
        if (a->len == 0 || a->next < 0) continue;
        b = &sym[a->next];
        if ((a->id != top.left || b->id != top.right) && (!(e = bert__bpe_merge_of(t, a->id, b->id)) || e[3] != top.id)) continue;
        a->id = (int32_t)top.id;
        a->len += b->len;
        a->next = b->next;
        b->len = 0;
        if (a->next >= 0) sym[a->next].prev = (int32_t)top.pos;
        if (a->prev >= 0) bert__bpe_queue(t, ws, &queued, a->prev);
        if (a->next >= 0) bert__bpe_queue(t, ws, &queued, (int)top.pos);
    }
}

/* Pushes the symbols left after merging as tokens. Each covers the characters its bytes fall in
   (symbols follow each other byte after byte, as Hugging Face counts their offsets). */
static int bert__bpe_push_symbols(bert__tok_ws *ws, const bert__nchar *w, int n, int count, int seq) {
    int i, first = 0, last;
    uint32_t pos = 0;
    for (i = 0; i < count; i++) {
        const bert__bpe_symbol *s = &ws->symbols[i];
        if (s->len == 0) continue;
        while (first + 1 < n && (uint32_t)ws->word_at[first + 1] <= pos) first++;
        for (last = first; last + 1 < n && (uint32_t)ws->word_at[last + 1] < pos + s->len; last++) {}
        if (!bert__push_token(ws, seq, s->id, w[first].start, w[last].end)) return 0;
        pos += s->len;
    }
    return 1;
}

static int bert__bpe(const bert__tokenizer *t, bert__tok_ws *ws, const bert__nchar *w, int n, int seq) {
    int i, bytes = 0, count;
    if (n == 0) return 1;
    if (!BERT__GROW(ws->word, ws->word_cap, (size_t)n * 4 + 1) || !BERT__GROW(ws->word_at, ws->word_at_cap, n + 1)) return 0;
    for (i = 0; i < n; i++) {
        ws->word_at[i] = bytes;
        bytes += bert__utf8_encode(w[i].cp, ws->word + bytes);
    }
    ws->word_at[n] = bytes;
    if (!BERT__GROW(ws->symbols, ws->symbols_cap, bytes)) return 0; /* a symbol per character, or per byte at most */
    if (t->model_data[BERT__BPE_FLAGS] & BERT__BPE_IGNORE_MERGES) { /* a word in the vocabulary is one token */
        int32_t id = bert__vocab_find(t, bert__fnv1a(BERT__FNV_BASIS, ws->word, (size_t)bytes), "", 0, ws->word, (size_t)bytes);
        if (id >= 0) return bert__push_token(ws, seq, id, w[0].start, w[n - 1].end);
    }
    count = bert__bpe_symbols(t, ws, w, n);
    if (!BERT__GROW(ws->queue, ws->queue_cap, 3 * (size_t)count)) return 0; /* pairs, then 2 per merge at most */
    bert__bpe_merge_all(t, ws, count);
    return bert__bpe_push_symbols(ws, w, n, count, seq);
}
#endif

/* Tokenizes one pre-tokenized word w[0..n) into ws->tokens[seq] with the tokenizer's model.

   ADDING A MODEL touches four places, all named after the model:
   - here: a case calling bert__<model>(t, ws, w, n, seq), which pushes tokens with
     bert__push_token(ws, seq, id, start, end); start/end come from w[i].start and w[j].end, the
     original bytes of the characters the token covers;
   - bert__tk_check_model: check the model block (t->model_data, t->model_data_words) so that
     nothing in it can make the model read outside the section;
   - tools/convert_tokenizer.c: read the model's JSON in read_model() and write its block after
     PLACE(BERT__TK_MODEL_DATA) in write_section(); document the block in docs/TOKENIZER_FORMAT.md;
   - a BERT_NO_<MODEL> guard around the model's code, as BERT_NO_WORDPIECE does.
   Vocabulary lookups use bert__vocab_find (the shared hash); bert__fnv1a extends a hash byte by
   byte. New normalizer or pre-tokenizer steps get a type number (reserved ones are listed with
   BERT__NORM_* / BERT__PRE_*), a case in bert__normalize / bert__pre_tokenize, a check in
   bert__tk_check_steps and a reader in the converter. */
static int bert__tokenize_word(const bert__tokenizer *t, bert__tok_ws *ws, const bert__nchar *w, int n, int seq,
                               bert_error *err) {
    switch (t->model) {
#ifndef BERT_NO_WORDPIECE
    case BERT__MODEL_WORDPIECE:
        if (!bert__wordpiece(t, ws, w, n, seq)) return bert__fail(err, BERT_E_NOMEM, "out of memory while tokenizing");
        return BERT_OK;
#endif
#ifndef BERT_NO_UNIGRAM
    case BERT__MODEL_UNIGRAM:
        return bert__unigram(t, ws, w, n, seq, err);
#endif
#ifndef BERT_NO_BPE
    case BERT__MODEL_BPE:
        if (!bert__bpe(t, ws, w, n, seq)) return bert__fail(err, BERT_E_NOMEM, "out of memory while tokenizing");
        return BERT_OK;
#endif
    default:
        (void)ws, (void)w, (void)n, (void)seq;
        return bert__fail(err, BERT_E_UNSUPPORTED, "this build leaves out %s tokenizers (BERT_NO_%s)",
                          t->model == BERT__MODEL_BPE ? "BPE" : t->model == BERT__MODEL_UNIGRAM ? "Unigram" : "WordPiece",
                          t->model == BERT__MODEL_BPE ? "BPE" : t->model == BERT__MODEL_UNIGRAM ? "UNIGRAM" : "WORDPIECE");
    }
}

/* ---- Tokenizer: one text, end to end ----------------------------------------------------- */

/* Pushes added token `added` spanning s[a..b). */
static int bert__push_added(const bert__tokenizer *t, bert__tok_ws *ws, int seq, int added, const bert__nchar *s, int a, int b) {
    return bert__push_token(ws, seq, (int32_t)t->added[(size_t)added * BERT__ADDED_WORDS], s[a].start, s[b - 1].end) &&
           bert__token_text(ws, seq, s, a, b);
}

/* Normalizes one stretch of text without added tokens, extracts the normalized added tokens,
   pre-tokenizes the rest and runs the model on each word. */
static int bert__tokenize_split(const bert__tokenizer *t, bert__tok_ws *ws, int a, int b, int seq, bert_error *err) {
    int n = b - a, count, i, p, r, words;
    const bert__nchar *chars;
    if (!BERT__GROW(ws->norm, ws->norm_cap, n)) return bert__fail(err, BERT_E_NOMEM, "out of memory");
    memcpy(ws->norm, ws->input + a, (size_t)n * sizeof *ws->norm);
    if ((r = bert__normalize(t, ws, &n, ws->input[a].start, err)) != BERT_OK) return r;
    if (!bert__split_added(t, 1, ws->norm, n, &ws->subsplits, &ws->subsplits_cap, &count))
        return bert__fail(err, BERT_E_NOMEM, "out of memory");
    for (i = 0; i < count; i++) {
        const bert__split *sp = &ws->subsplits[i];
        if (sp->added >= 0) {
            if (!bert__push_added(t, ws, seq, sp->added, ws->norm, sp->start, sp->end))
                return bert__fail(err, BERT_E_NOMEM, "out of memory");
            continue;
        }
        if (!bert__pre_tokenize(t, ws, ws->norm + sp->start, sp->end - sp->start, &chars, &words))
            return bert__fail(err, BERT_E_NOMEM, "out of memory");
        for (p = 0; p < words; p++) {
            const bert__nchar *w = chars + ws->pieces[2 * p];
            if ((r = bert__tokenize_word(t, ws, w, ws->pieces[2 * p + 1] - ws->pieces[2 * p], seq, err)) != BERT_OK) return r;
        }
    }
    return BERT_OK;
}

/* Tokenizes text[from..to) onto the end of ws->tokens[seq], offsets in bytes of the whole text.
   The scratch follows to - from, not the text. A span that starts at a cut inside the text
   (bert__cut_space_ok) continues the stretch of text before it: ws->continued is that offset, so
   that the steps acting on a stretch's start (Strip, Prepend) leave it alone. */
static int bert__tokenize_span(const bert__tokenizer *t, bert__tok_ws *ws, const char *text, size_t from, size_t to, int seq,
                               bert_error *err) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, text));
    size_t at = from;
    int n = 0, count, i, r;
    if (to > 0x7FFFFFF0u) return bert__fail(err, BERT_E_ARG, "text of %lu bytes is too long", (unsigned long)to);
    ws->continued = from ? (uint32_t)from : 0xFFFFFFFFu;
    if (!BERT__GROW(ws->input, ws->input_cap, to - from + 1))
        return bert__fail(err, BERT_E_NOMEM, "out of memory for %lu bytes of text", (unsigned long)(to - from));
    while (at < to) {
        int k = bert__utf8_decode(s + at, to - at, &ws->input[n].cp);
        ws->input[n].start = (uint32_t)at;
        ws->input[n].end = (uint32_t)(at + (size_t)k);
        at += (size_t)k;
        n++;
    }
    if (!bert__split_added(t, 0, ws->input, n, &ws->splits, &ws->splits_cap, &count))
        return bert__fail(err, BERT_E_NOMEM, "out of memory");
    for (i = 0; i < count; i++) {
        const bert__split *sp = &ws->splits[i];
        if (sp->added >= 0) {
            if (!bert__push_added(t, ws, seq, sp->added, ws->input, sp->start, sp->end))
                return bert__fail(err, BERT_E_NOMEM, "out of memory");
        } else if ((r = bert__tokenize_split(t, ws, sp->start, sp->end, seq, err)) != BERT_OK) {
            return r;
        }
    }
    return BERT_OK;
}

/* ---- Tokenizer: truncation, offset trimming and the template ------------------------------ */

/* How many tokens the template adds. */
static int bert__template_added(const bert__tokenizer *t, int pair) {
    const uint32_t *p = pair ? t->pair : t->single;
    uint32_t i, n = pair ? t->pair_count : t->single_count;
    int added = 0;
    for (i = 0; i < n; i++)
        if (p[i * BERT__PIECE_WORDS] == BERT__PIECE_SPECIAL) added += (int)p[i * BERT__PIECE_WORDS + 3];
    return added;
}

/* Keeps `keep` of the tokens of text seq: the first ones, or the last ones when truncating left. */
static void bert__truncate_text(const bert__tokenizer *t, bert__tok_ws *ws, int seq, int keep) {
    if (keep >= ws->token_count[seq]) return;
    if (t->trunc_direction == BERT__TRUNC_LEFT)
        memmove(ws->tokens[seq], ws->tokens[seq] + (ws->token_count[seq] - keep), (size_t)keep * sizeof *ws->tokens[seq]);
    ws->token_count[seq] = keep;
}

/* Hugging Face's truncate_encodings, for `max` tokens of text (template tokens already taken off),
   deciding from n1 and n2, the texts' token counts. ws holds the tokens the decision keeps, and
   may hold no more (bert__tokenize_kept): n1 and n2 may then stand in for larger counts that
   decide the same. */
static int bert__truncate(const bert__tokenizer *t, bert__tok_ws *ws, int pair, int max, long n1, long n2, bert_error *err) {
    long total = n1 + (pair ? n2 : 0);
    if (total <= max) return BERT_OK;
    if (t->trunc_strategy == BERT__TRUNC_LONGEST_FIRST) {
        if (pair) {
            long a = n1 < n2 ? n1 : n2, b; /* a: the shorter */
            if (a > max) b = a;
            else b = a > max - a ? a : max - a;
            if (a + b > max) {
                a = max / 2;
                b = a + max % 2;
            }
            if (n1 > n2) { long x = a; a = b; b = x; }
            bert__truncate_text(t, ws, 0, (int)a);
            bert__truncate_text(t, ws, 1, (int)b);
        } else {
            bert__truncate_text(t, ws, 0, max);
        }
        return BERT_OK;
    }
    {
        int seq = t->trunc_strategy == BERT__TRUNC_ONLY_FIRST ? 0 : 1;
        long remove = total - max, n = seq ? n2 : n1;
        if (seq == 1 && !pair) return bert__fail(err, BERT_E_ARG, "truncation only_second needs a pair of texts");
        if (n <= remove) return bert__fail(err, BERT_E_ARG, "truncation: the text to cut is too short to fit %d tokens", max);
        bert__truncate_text(t, ws, seq, (int)(n - remove));
    }
    return BERT_OK;
}

/* A token's text (Hugging Face's Token.value): what bert__token_text gave it, else its
   vocabulary string. */
static const char *bert__token_value(const bert__tokenizer *t, const bert__tok_ws *ws, const bert__token *tk, size_t *len) {
    if (!tk->text_len) return bert__vocab_string(t, (uint32_t)tk->id, len);
    *len = tk->text_len;
    return BERT__CAST(const char *, BERT__CAST(const void *, ws->text + tk->text));
}

/* trim_offsets (ByteLevel and RobertaProcessing, after truncation as there): a token's offsets
   lose as many characters at each end as its text has whitespace characters or GPT-2 spaces
   (U+0120) there, counted in characters of the original text as Hugging Face does. */
static int bert__is_trim_space(uint32_t c) { return c == 0x120 || bert__is_white(c); }

static void bert__string_spaces(const char *str, size_t len, uint32_t *lead, uint32_t *trail) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, str));
    size_t at = 0;
    int leading = 1;
    *lead = *trail = 0;
    if (len && s[0] > ' ' && s[0] < 0x80 && s[len - 1] > ' ' && s[len - 1] < 0x80) return; /* ASCII at both ends: no spaces */
    while (at < len) {
        uint32_t c;
        at += (size_t)bert__utf8_decode(s + at, len - at, &c);
        if (bert__is_trim_space(c)) {
            *lead += (uint32_t)leading;
            (*trail)++;
        } else {
            leading = 0;
            *trail = 0;
        }
    }
}

/* The byte offset `count` characters after byte `at` of s, not past `limit`; *passed gets how
   many characters that is. Offsets always fall between characters, so decoding from one
   splits the text as decoding it whole did. */
static uint32_t bert__skip_chars(const uint8_t *s, uint32_t at, uint32_t limit, uint32_t count, uint32_t *passed) {
    uint32_t c;
    *passed = 0;
    while (*passed < count && at < limit) {
        at += (uint32_t)bert__utf8_decode(s + at, limit - at, &c);
        (*passed)++;
    }
    return at;
}

/* starts_text 0: ws holds a later part of the text (bert_tokenize_next), without its first token. */
static void bert__trim_offsets(const bert__tokenizer *t, bert__tok_ws *ws, int seq, const char *text, int starts_text) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, text));
    int i;
    for (i = 0; i < ws->token_count[seq]; i++) {
        bert__token *tk = &ws->tokens[seq][i];
        uint32_t lead, trail, chars, before;
        size_t len;
        const char *value = bert__token_value(t, ws, tk, &len);
        bert__string_spaces(value, len, &lead, &trail);
        if (lead) { /* the first token keeps the one space add_prefix_space gave it */
            if (((i == 0 && starts_text) || tk->start == 0) && (t->post_flags & BERT__POST_ADD_PREFIX_SPACE) && lead == 1) lead = 0;
            tk->start = bert__skip_chars(s, tk->start, tk->end, lead, &chars);
        }
        if (trail) { /* end = max(end - trail, start) in characters, if end is at least trail */
            bert__skip_chars(s, tk->start, tk->end, 0xFFFFFFFFu, &chars);
            if (trail <= chars) {
                tk->end = bert__skip_chars(s, tk->start, tk->end, chars - trail, &chars);
            } else {
                bert__skip_chars(s, 0, tk->start, trail - chars, &before);
                if (before == trail - chars) tk->end = tk->start;
            }
        }
    }
}

static int bert__encoding_reserve(bert_encoding *enc, int n) {
    int32_t *ids, *types, *offsets;
    uint8_t *special;
    int8_t *sequence;
    int cap = enc->capacity_ ? enc->capacity_ : 64;
    if (n <= enc->capacity_) return 1;
    while (cap < n) cap *= 2;
    ids = BERT__CAST(int32_t *, BERT_MALLOC((size_t)cap * sizeof *ids));
    types = BERT__CAST(int32_t *, BERT_MALLOC((size_t)cap * sizeof *types));
    offsets = BERT__CAST(int32_t *, BERT_MALLOC((size_t)cap * 2 * sizeof *offsets));
    special = BERT__CAST(uint8_t *, BERT_MALLOC((size_t)cap));
    sequence = BERT__CAST(int8_t *, BERT_MALLOC((size_t)cap));
    if (!ids || !types || !offsets || !special || !sequence) {
        BERT_FREE(ids); BERT_FREE(types); BERT_FREE(offsets); BERT_FREE(special); BERT_FREE(sequence);
        return 0;
    }
    BERT_FREE(enc->ids); BERT_FREE(enc->type_ids); BERT_FREE(enc->offsets); BERT_FREE(enc->special_mask); BERT_FREE(enc->sequence);
    enc->ids = ids, enc->type_ids = types, enc->offsets = offsets, enc->special_mask = special, enc->sequence = sequence;
    enc->capacity_ = cap;
    return 1;
}

/* Lays the texts' tokens out along the template (or plainly, without one): the template's
   tokens before the first text when `head`, those after it when `tail` (a part of a text from
   bert_tokenize_next has only those of its end of the text). */
static int bert__apply_template(const bert__tokenizer *t, bert__tok_ws *ws, int pair, int head, int tail, bert_encoding *enc,
                                bert_error *err) {
    const uint32_t *p = pair ? t->pair : t->single;
    uint32_t i, pieces = pair ? t->pair_count : t->single_count, plain[2 * BERT__PIECE_WORDS];
    int n = 0, need = ws->token_count[0] + (pair ? ws->token_count[1] : 0) + bert__template_added(t, pair), k, after = 0;
    if (pieces == 0) { /* no post-processor: the texts one after the other, types 0 and 1 */
        memset(plain, 0, sizeof plain);
        plain[0] = BERT__PIECE_A;
        plain[BERT__PIECE_WORDS] = BERT__PIECE_B;
        plain[BERT__PIECE_WORDS + 1] = 1;
        p = plain;
        pieces = pair ? 2 : 1;
    }
    if (!bert__encoding_reserve(enc, need) || !BERT__GROW(ws->out_text, ws->out_text_cap, 2 * (size_t)need + 2))
        return bert__fail(err, BERT_E_NOMEM, "out of memory for %d tokens", need);
    for (i = 0; i < pieces; i++, p += BERT__PIECE_WORDS) {
        if (p[0] == BERT__PIECE_SPECIAL) {
            if (!(after ? tail : head)) continue;
            for (k = 0; k < (int)p[3]; k++, n++) {
                enc->ids[n] = (int32_t)t->template_ids[p[2] + (uint32_t)k];
                enc->type_ids[n] = (int32_t)p[1];
                enc->offsets[2 * n] = enc->offsets[2 * n + 1] = 0;
                enc->special_mask[n] = 1;
                enc->sequence[n] = -1;
                ws->out_text[2 * n] = ws->out_text[2 * n + 1] = 0;
            }
        } else {
            int seq = p[0] == BERT__PIECE_B;
            after = 1;
            for (k = 0; k < ws->token_count[seq]; k++, n++) {
                const bert__token *tk = &ws->tokens[seq][k];
                enc->ids[n] = tk->id;
                enc->type_ids[n] = (int32_t)p[1];
                enc->offsets[2 * n] = (int32_t)tk->start;
                enc->offsets[2 * n + 1] = (int32_t)tk->end;
                enc->special_mask[n] = 0;
                enc->sequence[n] = (int8_t)seq;
                ws->out_text[2 * n] = tk->text;
                ws->out_text[2 * n + 1] = tk->text_len;
            }
        }
    }
    enc->count = n;
    return BERT_OK;
}

/* ---- Tokenizer: long texts in spans, and stopping early under truncation ------------------ */

/* Hugging Face normalizes and pre-tokenizes the whole text, then truncates. The text can instead
   go in spans, each tokenized alone, with the same tokens, ids and offsets alike, when the spans
   meet at cuts where no step of the pipeline can look across: text[at - 1] printable ASCII and
   text[at] a space (text[at - 2] and text[at + 1] ASCII too, so that the grapheme clusters
   Precompiled looks up end at the cut). The tokenizer must then keep that space a separator:
   bert__cut_safe checks its steps once per text. Every step before the model is per character
   there or looks at most one character across a space that it keeps, and the models work per
   word. So the span before a cut gives the first tokens of the text, and the span after it
   (starting with the space, so Metaspace and ByteLevel add no prefix space; Strip and Prepend
   are told it continues a stretch, ws->continued) gives the rest. With a max length, only the
   spans that the kept tokens need are tokenized. */
static int bert__cut_space_ok(const uint8_t *s, size_t len, size_t at) {
    return at >= 2 && at + 1 < len && s[at] == ' ' && s[at - 1] > 0x20 && s[at - 1] < 0x7F && s[at - 2] < 0x80 &&
           s[at + 1] < 0x80;
}

/* Is every character of pool string (off, len) printable ASCII other than the space? */
static int bert__pool_printable(const bert__tokenizer *t, uint32_t off, uint32_t len) {
    uint32_t i;
    for (i = 0; i < len; i++)
        if ((uint8_t)t->strings[off + i] <= 0x20 || (uint8_t)t->strings[off + i] >= 0x7F) return 0;
    return 1;
}

#ifndef BERT_NO_UNIGRAM

/* Does the charsmap keep the space a space, and printable ASCII printable ASCII? (Real
   SentencePiece maps do; a map that made a letter a space could join words across the cut.) */
static int bert__charsmap_cut_safe(const bert__charsmap *m) {
    uint8_t b;
    for (b = 0x20; b < 0x7F; b++) {
        int32_t at = bert__charsmap_find(m, &b, 1);
        const uint8_t *r;
        size_t k;
        if (at < 0) continue;
        r = m->blob + at;
        for (k = 0; (size_t)at + k < m->blob_size && r[k]; k++)
            if ((b == ' ') != (r[k] == ' ') || r[k] < 0x20 || r[k] >= 0x7F) return 0;
        if (k == 0 || (b == ' ' && k != 1)) return 0;
    }
    return 1;
}
#endif

/* Can this tokenizer's texts be cut at a space (bert__cut_space_ok)? Normalizers: all but a
   Replace with whitespace or non-ASCII content, a Replace(Regex) whose class holds printable
   ASCII or whose content is not one space, and a charsmap that rewrites ASCII into something
   else. Pre-tokenizers: all that split at spaces (Metaspace with split, ByteLevel with its regex).
   Added tokens: none containing a space, none with rstrip (it would widen over the cut's space). */
static int bert__cut_safe(const bert__tokenizer *t) {
    uint32_t i, k;
    for (i = 0; i < t->normalizer_count; i++) {
        const uint32_t *s = t->normalizers + i * BERT__STEP_WORDS;
        if (s[0] == BERT__NORM_REPLACE) {
            if (s[2] == 0 || !bert__pool_printable(t, s[1], s[2]) || !bert__pool_printable(t, s[3], s[4])) return 0;
        } else if (s[0] == BERT__NORM_REPLACE_REGEX) {
            uint32_t ranges[2 * BERT__REGEX_MAX_RANGES], con[4];
            int nr = bert__pool_chars(t, s[1], s[2], ranges, 2 * BERT__REGEX_MAX_RANGES) / 2, j, has_space = 0;
            if (s[7] || s[5] < 1) return 0;
            for (j = 0; j < nr; j++) {
                if (ranges[2 * j] < 0x7F && ranges[2 * j + 1] > 0x20) return 0;
                has_space |= ranges[2 * j] <= 0x20 && ranges[2 * j + 1] >= 0x20;
            }
            if (has_space && (bert__pool_chars(t, s[3], s[4], con, 4) != 1 || con[0] != ' ')) return 0;
        } else if (s[0] == BERT__NORM_PRECOMPILED) {
#ifdef BERT_NO_UNIGRAM
            return 0;
#else
            bert__charsmap m;
            bert__charsmap_of(t, s, &m);
            if (!bert__charsmap_cut_safe(&m)) return 0;
#endif
        } else if (s[0] < BERT__NORM_BERT || s[0] > BERT__NORM_PREPEND) {
            return 0;
        }
    }
    for (i = 0; i < t->pre_tokenizer_count; i++) {
        const uint32_t *s = t->pre_tokenizers + i * BERT__STEP_WORDS;
        if ((s[0] == BERT__PRE_METASPACE && !s[3]) || (s[0] == BERT__PRE_BYTE_LEVEL && !s[2]) || s[0] < BERT__PRE_BERT ||
            s[0] > BERT__PRE_BYTE_LEVEL)
            return 0;
    }
    for (i = 0; i < t->added_count; i++)
        if (t->added[(size_t)i * BERT__ADDED_WORDS + 1] & BERT__ADDED_RSTRIP) return 0;
    for (k = 0; k < t->trie_edge_count; k++)
        if ((t->trie_edges[k] & 0xFF) == ' ') return 0;
    return 1;
}

#ifndef BERT_TOKENIZE_PIECE_BYTES
#define BERT_TOKENIZE_PIECE_BYTES 65536 /* text tokenized at a time in a long text (bert__tokenize_kept) */
#endif

/* The first cut at or after byte `from` (bert__cut_space_ok), or len when there is none. */
static size_t bert__next_cut(const uint8_t *s, size_t len, size_t from) {
    const uint8_t *p;
    while (from < len && (p = BERT__CAST(const uint8_t *, memchr(s + from, ' ', len - from))) != NULL) {
        from = (size_t)(p - s);
        if (bert__cut_space_ok(s, len, from)) return from;
        from++;
    }
    return len;
}

/* The last cut before byte `before`, or 0 when there is none. */
static size_t bert__prev_cut(const uint8_t *s, size_t len, size_t before) {
    while (before > 0)
        if (bert__cut_space_ok(s, len, --before)) return before;
    return 0;
}

/* Where the span of about `size` bytes that starts at `from` ends: at the first cut past
   from + size, or at len. */
static size_t bert__span_end(const uint8_t *s, size_t len, size_t from, size_t size) {
    return size < len - from ? bert__next_cut(s, len, from + size) : len;
}

/* Can a span start at a cut too (bert__tokenize_whole, and suffixes for left truncation)? Every
   cut-safe step can, but Precompiled: Hugging Face attributes a character it deletes to the
   character before, and its offsets then drift by one for the rest of the stretch, across
   cuts (bert.h follows it), so a span starting after such a drift would have other offsets. */
static int bert__span_safe(const bert__tokenizer *t) {
    uint32_t i;
    for (i = 0; i < t->normalizer_count; i++)
        if (t->normalizers[i * BERT__STEP_WORDS] == BERT__NORM_PRECOMPILED) return 0;
    return bert__cut_safe(t);
}

/* Tokenizes a whole text into ws->tokens[seq] in spans of BERT_TOKENIZE_PIECE_BYTES ending at
   cuts, so that the scratch follows a span and not the text; in one span when it cannot be cut
   (or one_span: the tests' reference). */
static int bert__tokenize_whole(const bert__tokenizer *t, bert__tok_ws *ws, const char *text, size_t len, int seq, int one_span,
                                bert_error *err) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, text));
    size_t at = 0;
    int r;
    ws->token_count[seq] = 0;
    if (one_span || len <= BERT_TOKENIZE_PIECE_BYTES || !bert__span_safe(t)) return bert__tokenize_span(t, ws, text, 0, len, seq, err);
    while (at < len) {
        size_t end = bert__span_end(s, len, at, BERT_TOKENIZE_PIECE_BYTES);
        if ((r = bert__tokenize_span(t, ws, text, at, end, seq, err)) != BERT_OK) return r;
        at = end;
    }
    return BERT_OK;
}

/* Tokenizes into ws->tokens[seq] a prefix of text ending at a cut, or on the left a suffix
   starting at one, of about `size` bytes, or all of it; *whole gets 1 when that is all of it.
   From scratch: earlier tokens of seq and their texts are dropped. */
static int bert__tokenize_end(const bert__tokenizer *t, bert__tok_ws *ws, const char *text, size_t len, int seq, size_t size,
                              int left, size_t text_at, int *whole, bert_error *err) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, text));
    size_t from = 0, to = len;
    if (left) from = size < len ? bert__prev_cut(s, len, len - size) : 0;
    else to = bert__span_end(s, len, 0, size);
    ws->token_count[seq] = 0;
    ws->text_len = text_at;
    *whole = from == 0 && to == len;
    return bert__tokenize_span(t, ws, text, from, to, seq, err);
}

/* Tokenizes into ws->tokens[seq] as much of text as keeping `keep` of its tokens needs (keep < 0:
   all of them): its first tokens, or its last when the tokenizer truncates on the left. The
   kept end goes in growing prefixes ending at a cut (or suffixes starting at one), each twice
   the last, until one holds `keep` tokens, so that the work and the scratch follow what is
   kept and not the text. *whole gets 1 when these are all the text's tokens. */
static int bert__tokenize_kept(const bert__tokenizer *t, bert__tok_ws *ws, const char *text, size_t len, int seq, int keep,
                               int one_span, int *whole, bert_error *err) {
    size_t size = keep < 0 ? 0 : 64 + (size_t)keep * 16, text_at = ws->text_len;
    int left = t->trunc_direction == BERT__TRUNC_LEFT, r;
    *whole = 1;
    if (keep < 0 || one_span || len <= size || !(left ? bert__span_safe(t) : bert__cut_safe(t)))
        return bert__tokenize_whole(t, ws, text, len, seq, one_span, err);
    for (;; size *= 2) {
        if ((r = bert__tokenize_end(t, ws, text, len, seq, size, left, text_at, whole, err)) != BERT_OK) return r;
        if (*whole || ws->token_count[seq] >= keep) return BERT_OK;
    }
}

/* The token counts of two texts, as far as telling which has more needs: the prefix of the one
   behind grows (twice as long each time) until one text is whole and the other has passed it
   (or is whole too). For longest_first when both texts pass an odd limit: the longer one keeps
   the odd token. */
static int bert__count_tokens(const bert__tokenizer *t, bert__tok_ws *ws, const char *const texts[2], const size_t lens[2],
                              long n[2], bert_error *err) {
    size_t size[2] = {BERT_TOKENIZE_PIECE_BYTES, BERT_TOKENIZE_PIECE_BYTES}, text_at = ws->text_len;
    int whole[2] = {0, 0}, r, k;
    n[0] = n[1] = 0;
    while (!whole[0] || !whole[1]) {
        if ((whole[0] && n[1] > n[0]) || (whole[1] && n[0] > n[1])) break;
        k = whole[0] ? 1 : whole[1] ? 0 : n[0] <= n[1] ? 0 : 1;
        if ((r = bert__tokenize_end(t, ws, texts[k], lens[k], k, size[k], 0, text_at, &whole[k], err)) != BERT_OK) return r;
        n[k] = ws->token_count[k];
        size[k] *= 2;
    }
    ws->token_count[0] = ws->token_count[1] = 0;
    ws->text_len = text_at;
    return BERT_OK;
}

/* Tokenizes the texts as far as their truncation to `room` tokens (room < 0: none) needs, and
   truncates them. One text keeps its first or last `room` tokens. A pair under longest_first
   keeps at most `room` of each, deciding from the counts tokenized (up to one past room), which
   stand in for the whole counts, except when both pass an odd room (bert__count_tokens); under
   only_first or only_second the other text is kept whole, and the one cut needs room less that. */
static int bert__tokenize_truncated(const bert__tokenizer *t, bert__tok_ws *ws, const char *const texts[2],
                                    const size_t lens[2], int pair, int room, int one_span, bert_error *err) {
    int keep[2], whole[2] = {1, 1}, r, k, order[2] = {0, 1};
    long n[2];
    keep[0] = keep[1] = room < 0 ? -1 : room + 1; /* one past room: a text that does not fit shows it */
    ws->token_count[1] = 0;
    if (pair && room >= 0 && t->trunc_strategy != BERT__TRUNC_LONGEST_FIRST) {
        int cut = t->trunc_strategy == BERT__TRUNC_ONLY_SECOND;
        order[0] = !cut, order[1] = cut;
        keep[!cut] = -1;
    }
    for (k = 0; k < 1 + pair; k++) {
        int seq = order[k];
        if (k == 1 && keep[seq] >= 0 && keep[!seq] < 0) /* the text cut makes room for the other, whole */
            keep[seq] = room - ws->token_count[!seq] > 1 ? room - ws->token_count[!seq] : 1;
        if ((r = bert__tokenize_kept(t, ws, texts[seq], lens[seq], seq, keep[seq], one_span, &whole[seq], err)) != BERT_OK)
            return r;
    }
    n[0] = ws->token_count[0], n[1] = ws->token_count[1];
    if (pair && room > 0 && room % 2 && n[0] >= room && n[1] >= room && !(whole[0] && whole[1]) &&
        t->trunc_strategy == BERT__TRUNC_LONGEST_FIRST) {
        if ((r = bert__count_tokens(t, ws, texts, lens, n, err)) != BERT_OK) return r;
        for (k = 0; k < 2; k++)
            if ((r = bert__tokenize_kept(t, ws, texts[k], lens[k], k, room, 0, &whole[k], err)) != BERT_OK) return r;
    }
    return room < 0 ? BERT_OK : bert__truncate(t, ws, pair, room, n[0], n[1], err);
}

/* ---- Tokenizer: the public functions ----------------------------------------------------- */

/* Checks the arguments and readies enc and its scratch for a new encoding. */
static int bert__encode_begin(const bert_model *model, int bad_args, bert_encoding *enc, bert_error *err) {
    if (!model || !enc || bad_args) return bert__fail(err, BERT_E_ARG, "bert_tokenize: NULL argument");
    if (!model->tokenizer.data) return bert__fail(err, BERT_E_STATE, "this model file has no tokenizer (ids only)");
    if (!enc->ws_) {
        enc->ws_ = BERT__CAST(bert__tok_ws *, bert__calloc(1, sizeof *enc->ws_));
        if (!enc->ws_) return bert__fail(err, BERT_E_NOMEM, "out of memory");
    }
    enc->count = 0;
    enc->ws_->text_len = 0;
    enc->ws_->token_count[0] = enc->ws_->token_count[1] = 0;
    return BERT_OK;
}

/* early 0 tokenizes each text whole in one span whatever the truncation (the tests' reference). */
static int bert__encode(const bert_model *model, const char *text, size_t len, const char *pair, size_t pair_len, int is_pair,
                        int max_length, int early, bert_encoding *enc, bert_error *err) {
    const bert__tokenizer *t;
    const char *texts[2];
    size_t lens[2];
    int r = bert__encode_begin(model, (!text && len) || (is_pair && !pair && pair_len), enc, err), added;
    if (r != BERT_OK) return r;
    t = &model->tokenizer;
    texts[0] = text ? text : "", texts[1] = pair ? pair : "";
    lens[0] = len, lens[1] = is_pair ? pair_len : 0;
    if (max_length == BERT_TRUNCATE_DEFAULT) max_length = model->cfg.truncate_length > 0 ? model->cfg.truncate_length : 0;
    if (max_length < 0) return bert__fail(err, BERT_E_ARG, "max_length %d is negative", max_length);
    added = bert__template_added(t, is_pair);
    if (max_length > 0 && max_length < added)
        return bert__fail(err, BERT_E_ARG, "max_length %d leaves no room for the %d special tokens", max_length, added);
    if ((r = bert__tokenize_truncated(t, enc->ws_, texts, lens, is_pair, max_length > 0 ? max_length - added : -1, !early, err)) !=
        BERT_OK)
        return r;
    if (t->post_flags & BERT__POST_TRIM_OFFSETS) {
        bert__trim_offsets(t, enc->ws_, 0, texts[0], 1);
        if (is_pair) bert__trim_offsets(t, enc->ws_, 1, texts[1], 1);
    }
    if ((r = bert__apply_template(t, enc->ws_, is_pair, 1, 1, enc, err)) != BERT_OK) return r;
    bert__ok(err);
    return BERT_OK;
}

BERTDEF int bert_tokenize(const bert_model *model, const char *text, size_t len, int max_length, bert_encoding *enc,
                          bert_error *err) {
    return bert__encode(model, text, len, NULL, 0, 0, max_length, 1, enc, err);
}

BERTDEF int bert_tokenize_pair(const bert_model *model, const char *text, size_t len, const char *pair, size_t pair_len,
                               int max_length, bert_encoding *enc, bert_error *err) {
    return bert__encode(model, text, len, pair, pair_len, 1, max_length, 1, enc, err);
}

BERTDEF int bert_tokenize_next(const bert_model *model, const char *text, size_t len, size_t *at, bert_encoding *enc,
                               bert_error *err) {
    const uint8_t *s = BERT__CAST(const uint8_t *, BERT__CAST(const void *, text ? text : ""));
    const bert__tokenizer *t;
    size_t from, end;
    int r = bert__encode_begin(model, (!text && len) || !at, enc, err);
    if (r != BERT_OK) return r;
    t = &model->tokenizer;
    from = *at;
    if (from > len || (from > 0 && !bert__cut_space_ok(s, len, from)))
        return bert__fail(err, BERT_E_ARG, "bert_tokenize_next: byte %lu is not where a part of this text starts", (unsigned long)from);
    end = len - from > BERT_TOKENIZE_PIECE_BYTES && bert__span_safe(t) ? bert__span_end(s, len, from, BERT_TOKENIZE_PIECE_BYTES) : len;
    if ((r = bert__tokenize_span(t, enc->ws_, (const char *)s, from, end, 0, err)) != BERT_OK) return r;
    if (t->post_flags & BERT__POST_TRIM_OFFSETS) bert__trim_offsets(t, enc->ws_, 0, (const char *)s, from == 0);
    if ((r = bert__apply_template(t, enc->ws_, 0, from == 0, end == len, enc, err)) != BERT_OK) return r;
    *at = end;
    bert__ok(err);
    return BERT_OK;
}

BERTDEF const char *bert_encoding_token(const bert_model *model, const bert_encoding *enc, int i, size_t *len) {
    const bert__tok_ws *ws;
    if (!model || !enc || !enc->ws_ || i < 0 || i >= enc->count) return NULL;
    ws = enc->ws_;
    if (ws->out_text[2 * i + 1]) {
        if (len) *len = ws->out_text[2 * i + 1];
        return BERT__CAST(const char *, BERT__CAST(const void *, ws->text + ws->out_text[2 * i]));
    }
    return bert_id_to_token(model, enc->ids[i], len);
}

BERTDEF void bert_encoding_free(bert_encoding *enc) {
    if (!enc) return;
    BERT_FREE(enc->ids); BERT_FREE(enc->type_ids); BERT_FREE(enc->offsets); BERT_FREE(enc->special_mask); BERT_FREE(enc->sequence);
    bert__ws_free(enc->ws_);
    memset(enc, 0, sizeof *enc);
}

BERTDEF int bert_vocab_size(const bert_model *model) {
    return model && model->tokenizer.data ? (int)model->tokenizer.vocab_count : 0;
}

BERTDEF const char *bert_id_to_token(const bert_model *model, int id, size_t *len) {
    size_t n;
    const char *s;
    if (!model || !model->tokenizer.data || id < 0 || (uint32_t)id >= model->tokenizer.vocab_count) return NULL;
    s = bert__vocab_string(&model->tokenizer, (uint32_t)id, &n);
    if (len) *len = n;
    return s;
}

BERTDEF int bert_token_to_id(const bert_model *model, const char *token, size_t len) {
    if (!model || !model->tokenizer.data || (!token && len)) return -1;
    return bert__vocab_find(&model->tokenizer, bert__fnv1a(BERT__FNV_BASIS, token, len), "", 0,
                            BERT__CAST(const uint8_t *, BERT__CAST(const void *, token ? token : "")), len);
}

/* Grows a BERT_MALLOC'd int32 array to hold `need` entries, keeping its contents. */
static int bert__grow_i32(int32_t **p, size_t *capacity, size_t need) {
    int32_t *bigger;
    size_t cap = *capacity ? *capacity : 1024;
    if (need <= *capacity) return 1;
    while (cap < need) cap *= 2;
    bigger = BERT__CAST(int32_t *, BERT_MALLOC(cap * sizeof *bigger));
    if (!bigger) return 0;
    if (*p) memcpy(bigger, *p, *capacity * sizeof *bigger);
    BERT_FREE(*p);
    *p = bigger;
    *capacity = cap;
    return 1;
}

BERTDEF int bert_tokenize_batch(const bert_model *model, const char *const *texts, const size_t *lengths,
                                const char *const *pairs, const size_t *pair_lengths, int count, int max_length,
                                bert_token_batch *out, bert_error *err) {
    size_t used = 0, need, row;
    int b, k, T = 1, r;
    int32_t pad;
    if (!model || !texts || !out || count < 1) return bert__fail(err, BERT_E_ARG, "bert_tokenize_batch: bad argument");
    pad = model->cfg.pad_id >= 0 ? model->cfg.pad_id : model->tokenizer.pad_id >= 0 ? model->tokenizer.pad_id : 0;
    /* Each text once, into rows_ as [count, ids..., type ids...]; then the padded layout. */
    for (b = 0; b < count; b++) {
        const char *a = texts[b] ? texts[b] : "", *p = pairs ? pairs[b] : NULL;
        size_t alen = lengths ? lengths[b] : strlen(a);
        int n;
        r = p ? bert_tokenize_pair(model, a, alen, p, pair_lengths ? pair_lengths[b] : strlen(p), max_length, &out->enc_, err)
              : bert_tokenize(model, a, alen, max_length, &out->enc_, err);
        if (r != BERT_OK) return r;
        n = out->enc_.count;
        if (!bert__grow_i32(&out->rows_, &out->rows_capacity_, used + 1 + 2 * (size_t)n))
            return bert__fail(err, BERT_E_NOMEM, "out of memory for a batch of %d texts", count);
        out->rows_[used] = n;
        memcpy(out->rows_ + used + 1, out->enc_.ids, (size_t)n * sizeof(int32_t));
        memcpy(out->rows_ + used + 1 + n, out->enc_.type_ids, (size_t)n * sizeof(int32_t));
        used += 1 + 2 * (size_t)n;
        if (n > T) T = n;
    }
    need = (size_t)count * (size_t)T;
    if (need > out->capacity_) {
        BERT_FREE(out->input_ids);
        BERT_FREE(out->attention_mask);
        BERT_FREE(out->token_type_ids);
        out->input_ids = BERT__CAST(int32_t *, BERT_MALLOC(need * sizeof(int32_t)));
        out->attention_mask = BERT__CAST(int32_t *, BERT_MALLOC(need * sizeof(int32_t)));
        out->token_type_ids = BERT__CAST(int32_t *, BERT_MALLOC(need * sizeof(int32_t)));
        out->capacity_ = need;
        if (!out->input_ids || !out->attention_mask || !out->token_type_ids) {
            bert_token_batch_free(out);
            return bert__fail(err, BERT_E_NOMEM, "out of memory for a batch of %d x %d tokens", count, T);
        }
    }
    for (b = 0, used = 0; b < count; b++) {
        int n = out->rows_[used];
        const int32_t *ids = out->rows_ + used + 1, *types = ids + n;
        row = (size_t)b * (size_t)T;
        for (k = 0; k < T; k++) {
            out->input_ids[row + k] = k < n ? ids[k] : pad;
            out->attention_mask[row + k] = k < n;
            out->token_type_ids[row + k] = k < n ? types[k] : 0;
        }
        used += 1 + 2 * (size_t)n;
    }
    out->batch.batch = count;
    out->batch.seq_len = T;
    out->batch.input_ids = out->input_ids;
    out->batch.attention_mask = out->attention_mask;
    out->batch.token_type_ids = out->token_type_ids;
    bert__ok(err);
    return BERT_OK;
}

BERTDEF void bert_token_batch_free(bert_token_batch *b) {
    if (!b) return;
    BERT_FREE(b->rows_);
    BERT_FREE(b->input_ids);
    BERT_FREE(b->attention_mask);
    BERT_FREE(b->token_type_ids);
    bert_encoding_free(&b->enc_);
    memset(b, 0, sizeof *b);
}

#else /* BERT_NO_TOKENIZER: a tokenizer section is skipped, the model is used with ids */

static int bert__tokenizer_load(bert__tokenizer *t, const uint8_t *data, size_t size, bert_error *err) {
    (void)data, (void)size, (void)err;
    memset(t, 0, sizeof *t);
    return BERT_OK;
}

static void bert__tokenizer_free(bert__tokenizer *t) { (void)t; }

BERTDEF const char *bert_model_tokenizer_kind(const bert_model *model) {
    (void)model;
    return "none";
}

#endif /* BERT_NO_TOKENIZER */

/* ---- End of tokenizer -------------------------------------------------------------------- */


/* ========================================================================================== */
/* ---- Thread pool ------------------------------------------------------------------------- */

/* Work is split into `parts` pieces (one per thread, the caller's included), each run once by
   whichever thread claims it; a part's index selects its scratch memory. Workers spin briefly on a generation counter (a layer's parallel steps come microseconds
   apart), then sleep on a condition variable; the mutex makes sleeping and waking race-free.
   The spin is short (~0.1 ms) so that on a busy machine a waiting thread soon gives its core
   to the one it waits for. */
typedef void (*bert__task_fn)(void *arg, int part, int parts);

#ifndef BERT_NO_THREADS
#include <pthread.h>

#if defined(__GNUC__) || defined(__clang__)
#define BERT__LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define BERT__STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define BERT__SPINS 2000
#else /* no atomics in C99: every access under the mutex, no spinning */
#define BERT__LOAD(p) (*(p))
#define BERT__STORE(p, v) (*(p) = (v))
#define BERT__SPINS 0
#endif
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#define BERT__PAUSE() __builtin_ia32_pause()
#elif (defined(__GNUC__) || defined(__clang__)) && defined(__aarch64__)
#define BERT__PAUSE() __asm__ __volatile__("yield")
#else
#define BERT__PAUSE() ((void)0)
#endif

typedef struct bert__threadpool bert__threadpool;
typedef struct bert__worker {
    bert__threadpool *pool;
    pthread_t thread;
} bert__worker;

struct bert__threadpool {
    pthread_mutex_t mutex;
    pthread_cond_t wake, finished;
    bert__worker *workers;
    int count;                  /* threads besides the caller */
    bert__task_fn fn;           /* the current task: parts 0 .. count, each run once */
    void *arg;
    unsigned generation;        /* bumped once per task */
    int next;                   /* the next part to claim */
    int done;                   /* parts finished */
    int quit;
};

/* Parts are claimed, not assigned: whichever thread is running takes the next one, so a thread
   the OS has not scheduled yet delays nothing (its parts get done by the others). */
static int bert__pool_claim(bert__threadpool *pool) {
#if BERT__SPINS
    return __atomic_fetch_add(&pool->next, 1, __ATOMIC_ACQ_REL);
#else
    int part;
    pthread_mutex_lock(&pool->mutex);
    part = pool->next++;
    pthread_mutex_unlock(&pool->mutex);
    return part;
#endif
}

/* Runs parts of the current task until none is left. */
static void bert__pool_work(bert__threadpool *pool) {
    int parts = pool->count + 1, part, done;
    while ((part = bert__pool_claim(pool)) < parts) {
        pool->fn(pool->arg, part, parts); /* fn and arg were written before next was reset */
#if BERT__SPINS
        done = __atomic_add_fetch(&pool->done, 1, __ATOMIC_ACQ_REL);
        if (done == parts) {
            pthread_mutex_lock(&pool->mutex);
            pthread_cond_signal(&pool->finished);
            pthread_mutex_unlock(&pool->mutex);
        }
#else
        pthread_mutex_lock(&pool->mutex);
        done = ++pool->done;
        if (done == parts) pthread_cond_signal(&pool->finished);
        pthread_mutex_unlock(&pool->mutex);
#endif
    }
}

static void *bert__worker_main(void *p) {
    bert__worker *w = BERT__CAST(bert__worker *, p);
    bert__threadpool *pool = w->pool;
    unsigned seen = 0;
    for (;;) {
        unsigned gen = seen;
        int spins = 0;
        while (BERT__SPINS && (gen = BERT__LOAD(&pool->generation)) == seen && spins++ < BERT__SPINS) BERT__PAUSE();
        if (gen == seen) {
            pthread_mutex_lock(&pool->mutex);
            while ((gen = BERT__LOAD(&pool->generation)) == seen) pthread_cond_wait(&pool->wake, &pool->mutex);
            pthread_mutex_unlock(&pool->mutex);
        }
        seen = gen;
        if (BERT__LOAD(&pool->quit)) return NULL;
        bert__pool_work(pool);
    }
}

static void bert__pool_run(bert__threadpool *pool, bert__task_fn fn, void *arg) {
    int spins = 0, parts = pool->count + 1;
    pool->fn = fn;
    pool->arg = arg;
    pthread_mutex_lock(&pool->mutex);
    BERT__STORE(&pool->done, 0);
    BERT__STORE(&pool->next, 0);
    BERT__STORE(&pool->generation, pool->generation + 1);
    pthread_cond_broadcast(&pool->wake);
    pthread_mutex_unlock(&pool->mutex);
    bert__pool_work(pool);
    while (BERT__SPINS && BERT__LOAD(&pool->done) != parts && spins++ < BERT__SPINS) BERT__PAUSE();
    pthread_mutex_lock(&pool->mutex);
    while (BERT__LOAD(&pool->done) != parts) pthread_cond_wait(&pool->finished, &pool->mutex);
    pthread_mutex_unlock(&pool->mutex);
}

static void bert__pool_free(bert__threadpool *pool) {
    int i;
    if (!pool) return;
    pthread_mutex_lock(&pool->mutex);
    BERT__STORE(&pool->quit, 1);
    BERT__STORE(&pool->generation, pool->generation + 1);
    pthread_cond_broadcast(&pool->wake);
    pthread_mutex_unlock(&pool->mutex);
    for (i = 0; i < pool->count; i++) pthread_join(pool->workers[i].thread, NULL);
    pthread_mutex_destroy(&pool->mutex);
    pthread_cond_destroy(&pool->wake);
    pthread_cond_destroy(&pool->finished);
    BERT_FREE(pool->workers);
    BERT_FREE(pool);
}

/* A pool of `count` workers, or NULL when memory or threads run out. */
static bert__threadpool *bert__pool_create(int count) {
    bert__threadpool *pool = BERT__CAST(bert__threadpool *, bert__calloc(1, sizeof *pool));
    int i;
    if (!pool) return NULL;
    pool->workers = BERT__CAST(bert__worker *, bert__calloc((size_t)count, sizeof *pool->workers));
    if (!pool->workers || pthread_mutex_init(&pool->mutex, NULL) != 0) {
        BERT_FREE(pool->workers);
        BERT_FREE(pool);
        return NULL;
    }
    pthread_cond_init(&pool->wake, NULL);
    pthread_cond_init(&pool->finished, NULL);
    pool->next = count + 1; /* nothing to claim before the first task */
    for (i = 0; i < count; i++) {
        pool->workers[i].pool = pool;
        if (pthread_create(&pool->workers[i].thread, NULL, bert__worker_main, &pool->workers[i]) != 0) break;
        pool->count = i + 1;
    }
    if (pool->count != count) {
        bert__pool_free(pool);
        return NULL;
    }
    return pool;
}
#endif /* BERT_NO_THREADS */

/* ========================================================================================== */
/* ---- Kernel sets ------------------------------------------------------------------------- */

/* The KERNELS are the code from "SIMD vectors" to the end of "Encoder": written once on the
   short vector type bert__vf, compiled once per instruction set into a KERNEL SET, which ends
   with a table (bert__kernels) of its entry points. A context takes one set when it is created
   and keeps it (its scratch sizes follow the set's tile shapes); the code after the kernels
   calls them through c->k, at the level of a whole forward pass or product, never per vector.

   The set compiled in place is the one the compiler's flags enable (BERT__BUILT_IN): AVX-512
   (F, BW, VL; with VNNI for q8_0 where the flags have it), AVX2 + FMA + F16C, NEON on aarch64, or
   portable C (BERT_NO_SIMD, a plain x86-64 build, anything else). The x86 kernels use GCC's
   vector types where GCC needs them (GCC, Clang and ICX have them). On x86-64 with GCC or Clang
   (BERT__DISPATCH: not with BERT_NO_SIMD or BERT_NO_DISPATCH) this file also includes itself once
   for each wider x86 set, under that set's target pragma and with the kernels' names suffixed
   (the list at the start of "SIMD vectors"), so one build of a plain `cc -O2` carries the
   AVX-512 VNNI, AVX-512, AVX2 and portable sets; contexts take the widest this CPU and its OS
   run (CPUID and XGETBV, bert__kernels_pick) unless bert_simd_force asked for another. A build
   for a wider baseline (-march=native, -mavx2 ...) compiles that set in place and the wider
   ones beside it. The self-include is by name: if you renamed this file, define BERT_FILE_NAME
   as its new name, or BERT_NO_DISPATCH. */
#define BERT__SET_SCALAR 0 /* in order of width: a CPU that runs one runs those below it */
#define BERT__SET_AVX2 1
#define BERT__SET_AVX512 2
#define BERT__SET_AVX512_VNNI 3
#define BERT__SET_NEON 4
#if defined(BERT_NO_SIMD)
#define BERT__BUILT_IN BERT__SET_SCALAR
#elif defined(__GNUC__) && defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VL__) && defined(__FMA__) && defined(__AVX512VNNI__)
#define BERT__BUILT_IN BERT__SET_AVX512_VNNI
#elif defined(__GNUC__) && defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VL__) && defined(__FMA__)
#define BERT__BUILT_IN BERT__SET_AVX512
#elif defined(__GNUC__) && defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#define BERT__BUILT_IN BERT__SET_AVX2
#elif defined(__aarch64__) && defined(__ARM_NEON)
#define BERT__BUILT_IN BERT__SET_NEON
#else
#define BERT__BUILT_IN BERT__SET_SCALAR
#endif
#if !defined(BERT_NO_SIMD) && !defined(BERT_NO_DISPATCH) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define BERT__DISPATCH 1
#endif
#ifndef BERT_FILE_NAME
#define BERT_FILE_NAME "bert.h"
#endif

#if defined(__GNUC__) || defined(__clang__) || defined(__cplusplus)
#define BERT__INLINE inline
#else
#define BERT__INLINE
#endif
#if defined(BERT__DISPATCH) || BERT__BUILT_IN == BERT__SET_AVX2 || BERT__BUILT_IN == BERT__SET_AVX512 || BERT__BUILT_IN == BERT__SET_AVX512_VNNI
#include <immintrin.h>
#endif
#if BERT__BUILT_IN == BERT__SET_NEON
#include <arm_neon.h>
#endif
#ifdef BERT_USE_OPENBLAS
#include <cblas.h>
#undef I /* OpenBLAS's cblas.h pulls in <complex.h>, whose macro I would clash with our names */
#endif
#if (defined(BERT__DISPATCH) || BERT__BUILT_IN == BERT__SET_AVX512 || BERT__BUILT_IN == BERT__SET_AVX512_VNNI) && defined(__cplusplus) && \
    defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
/* GCC 12's AVX-512 intrinsics read a deliberately uninitialized vector, which its C++ front
   end reports (GCC bug 105593); silenced from here to the end of the implementation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#define BERT__POP_DIAGNOSTICS
#endif

/* A context (its functions follow the kernels). */
struct bert_ctx {
    const bert_model *model;
    const struct bert__kernels *k; /* the kernel set it runs (bert__kernels_pick) */
    int max_batch, max_seq_len;
    size_t max_tokens;  /* the most batch x seq_len it holds: max_batch * max_seq_len, or fewer */
    /* The last batch: token n of the packed batch is sequence tok_seq[n], position tok_pos[n]. */
    int batch, seq_len, tokens, valid;
    int *tok_seq, *tok_pos, *tok_position_id;
    int *packed_index;  /* [B][T]: the packed index of (b, t), or -1 where the mask is 0 */
    int *seq_first;     /* [B]: packed index of the sequence's first token, -1 if it has none */
    int *seq_count;     /* [B]: tokens in the sequence */
    float *x;           /* [N][H] hidden states */
    float *emb;         /* [N][E] embeddings before the projection (when E != H) */
    float *qkv;         /* [N][3H] */
    float *attn;        /* [N][H] attention output before its projection */
    float *tmp;         /* [N][H] */
    float *ffn;         /* [ffn_rows][I]: the feed-forward's inner activations, a block of rows at a time */
    int ffn_rows;
    float *wrow;        /* [max(H, I, E)] one converted weight row (row-major f16 weights) */
    float *vec_a, *vec_b; /* [max(H, E)] small per-sequence vectors for heads */
    int16_t *xq;        /* q8_0 models: q8_values values, q8_rows rows of quantized activations (K padded to 32) */
    float *xs;          /* [q8_rows] their scales */
    size_t q8_rows, q8_values;
    int threads;        /* threads bert_encode uses, the caller's included */
    float *head_scratch;  /* [threads][head_floats]: one attention head's K, V panels and scores */
    size_t head_floats;
    size_t position_floats; /* the last floats of each head_floats: DeBERTa's scaled Q^T and products */
    int position_window;  /* the widest window of relative embedding rows a block reads (DeBERTa) */
    float *pack;        /* [threads][scratch_floats]: each thread's packed block of x (bert__scratch_floats) */
    size_t scratch_floats, pack_floats;
    float *splade;      /* models with a masked-LM head: the SPLADE poolings' scratch (bert__splade) */
    int splade_tokens, splade_vocab; /* the tokens and vocabulary rows it takes at a time */
#ifndef BERT_NO_THREADS
    bert__threadpool *pool;   /* threads - 1 workers, NULL when threads == 1 */
#endif
};

/* Row r of t as floats. */
static void bert__row(const bert__tensor *t, int r, float *out) {
    if (t->dtype == BERT_DTYPE_F32) {
        memcpy(out, BERT__CAST(const float *, t->data) + (size_t)r * t->cols, (size_t)t->cols * sizeof *out);
    } else {
        const uint16_t *h = BERT__CAST(const uint16_t *, t->data) + (size_t)r * t->cols;
        int i;
        for (i = 0; i < t->cols; i++) out[i] = bert__f16_to_f32(h[i]);
    }
}

/* The operands of one matrix product y = act(bias + x W^T), W in panels. */
typedef struct bert__gemm {
    const float *x;          /* [M] rows of K floats, ldx apart (f32/f16 weights) */
    size_t ldx;
    const int16_t *xq;       /* q8_0: [M] rows of quantized activations, ldq apart (the padded K) */
    size_t ldq;
    const float *xs;         /* q8_0: [M] row scales s_x */
    int M, K;
    const void *w;           /* panels */
    bert_dtype dtype;
    size_t panel_stride;     /* elements (f32/f16) or bytes (q8_0) from one panel to the next */
    float *y;                /* [M] rows of N floats, ldy apart */
    size_t ldy;
    int N;                   /* valid output columns */
    const float *bias;       /* [N] or NULL (not NULL for q8_0) */
    bert_act act;
    float *pack;             /* [parts][scratch_floats] per-thread scratch (f32/f16) */
    size_t scratch_floats, pack_floats; /* bert__scratch_floats */
} bert__gemm;

/* One kernel set's entry points: what the code after the kernels, the tests and the benchmark
   call. */
typedef struct bert__kernels {
    const char *name; /* what bert_simd_name reports */
    int set;          /* BERT__SET_... */
    /* the context's scratch sizes for these kernels' tiles: N tokens of up to S per sequence,
       heads of d (bert_ctx_create) */
    void (*layout)(bert_ctx *c, size_t N, size_t S, size_t d);
    int (*encode)(bert_ctx *c, const bert_batch *in, bert_error *err); /* bert_encode, its arguments checked */
    void (*linear_forward)(bert_ctx *c, const bert__linear *lin, const float *x, int ldx, int M, float *y, int ldy, bert_act act);
    void (*activate)(bert_act act, float *v, size_t n);
    void (*layer_norm)(const bert__norm *norm, const float *x, float *y, int n);
    /* for the tests (the products against their definitions) and bert bench (the FMA peak) */
    void (*gemm_f32)(const bert__gemm *g, float *pack, int m0, int m1, int p0, int p1);
    size_t (*scratch_floats)(size_t rows, size_t kmax, size_t *pack_floats);
    void (*kernel_q8)(const int16_t *a, size_t lda, int blocks, const uint8_t *b, size_t stride, int np, float *acc);
    int q8_mr, q8_np; /* a q8_0 tile: rows, panels */
    float (*fma_chains)(long iters);
} bert__kernels;

/* The wider x86 sets, each compiled by including this file again (the kernels only). */
#ifdef BERT__DISPATCH
#define BERT__NESTED 1
#if BERT__BUILT_IN < BERT__SET_AVX512_VNNI
#define BERT__PASS BERT__SET_AVX512_VNNI
#include BERT_FILE_NAME
#undef BERT__PASS
#endif
#if BERT__BUILT_IN < BERT__SET_AVX512
#define BERT__PASS BERT__SET_AVX512
#include BERT_FILE_NAME
#undef BERT__PASS
#endif
#if BERT__BUILT_IN < BERT__SET_AVX2
#define BERT__PASS BERT__SET_AVX2
#include BERT_FILE_NAME
#undef BERT__PASS
#endif
#undef BERT__NESTED
#endif
#define BERT__PASS BERT__BUILT_IN /* and the set the flags enable, here */

#endif /* BERT_IMPLEMENTATION_DONE */
#endif /* BERT_IMPLEMENTATION */

/* ---- The kernels: compiled once per pass (BERT__PASS), in place and from the includes above */
#ifdef BERT__PASS

/* ========================================================================================== */
/* ---- SIMD vectors ------------------------------------------------------------------------ */

/* One short vector type, bert__vf, with the handful of operations the kernels below need, for
   the set this pass compiles (BERT__PASS, "Kernel sets"): AVX-512 (16 floats), AVX2 + FMA + F16C
   (8), NEON on aarch64 (4), or a plain float. Everything written on bert__vf (activations,
   norms, softmax) is written once for all of them. */
#undef BERT__AVX512
#undef BERT__AVX2
#undef BERT__NEON
#undef BERT__SCALAR
#undef BERT__VNNI
#undef BERT__VL
#undef BERT__ISA
#undef BERT__SUFFIX
#undef BERT__MR
#undef BERT__KP
#undef BERT__Q8_MR
#undef BERT__Q8_NP
#if BERT__PASS == BERT__SET_AVX512_VNNI
#define BERT__AVX512 1
#define BERT__VNNI 1 /* AVX-512 VNNI's vpdpwssd in the q8_0 kernel; otherwise the AVX-512 set */
#define BERT__ISA "avx512-vnni"
#define BERT__SUFFIX _avx512_vnni
#elif BERT__PASS == BERT__SET_AVX512
#define BERT__AVX512 1
#define BERT__ISA "avx512"
#define BERT__SUFFIX _avx512
#elif BERT__PASS == BERT__SET_AVX2
#define BERT__AVX2 1
#define BERT__ISA "avx2"
#define BERT__SUFFIX _avx2
#elif BERT__PASS == BERT__SET_NEON
#define BERT__NEON 1
#define BERT__ISA "neon"
#define BERT__SUFFIX _neon
#else
#define BERT__SCALAR 1
#define BERT__ISA "scalar"
#define BERT__SUFFIX _scalar
#endif

/* A pass included for dispatch compiles its set's instructions whatever the compiler's flags
   say (its functions are only called on CPUs that have them); popped at the end of "Encoder". */
#if defined(BERT__NESTED) && defined(__clang__)
#if BERT__PASS == BERT__SET_AVX512_VNNI
#pragma clang attribute push(__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c"))), apply_to = function)
#elif BERT__PASS == BERT__SET_AVX512
#pragma clang attribute push(__attribute__((target("avx512f,avx512bw,avx512vl,avx2,fma,f16c"))), apply_to = function)
#else
#pragma clang attribute push(__attribute__((target("avx2,fma,f16c"))), apply_to = function)
#endif
#elif defined(BERT__NESTED)
#pragma GCC push_options
#if BERT__PASS == BERT__SET_AVX512_VNNI
#pragma GCC target("avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")
#elif BERT__PASS == BERT__SET_AVX512
#pragma GCC target("avx512f,avx512bw,avx512vl,avx2,fma,f16c")
#else
#pragma GCC target("avx2,fma,f16c")
#endif
#endif

/* Each pass's copy of a kernel gets the set's suffix (bert__gemm_f32 -> bert__gemm_f32_avx2), so
   the copies live side by side in one program. Every function and type the kernels define is in
   this list; one missing is a redefinition error in any x86 build. After the last pass the
   names stay for the set compiled in place. */
#define BERT__NAME(name) BERT__NAME_(name, BERT__SUFFIX)
#define BERT__NAME_(name, suffix) BERT__NAME__(name, suffix)
#define BERT__NAME__(name, suffix) name##suffix
#define bert__vf BERT__NAME(bert__vf)
#define bert__vload BERT__NAME(bert__vload)
#define bert__vstore BERT__NAME(bert__vstore)
#define bert__vset BERT__NAME(bert__vset)
#define bert__vadd BERT__NAME(bert__vadd)
#define bert__vsub BERT__NAME(bert__vsub)
#define bert__vmul BERT__NAME(bert__vmul)
#define bert__vdiv BERT__NAME(bert__vdiv)
#define bert__vrcp BERT__NAME(bert__vrcp)
#define bert__vfma BERT__NAME(bert__vfma)
#define bert__vmax BERT__NAME(bert__vmax)
#define bert__vmin BERT__NAME(bert__vmin)
#define bert__vabs BERT__NAME(bert__vabs)
#define bert__vcopysign BERT__NAME(bert__vcopysign)
#define bert__vround BERT__NAME(bert__vround)
#define bert__vexp2i BERT__NAME(bert__vexp2i)
#define bert__vhsum BERT__NAME(bert__vhsum)
#define bert__vhmax BERT__NAME(bert__vhmax)
#define bert__vexp BERT__NAME(bert__vexp)
#define bert__verf BERT__NAME(bert__verf)
#define bert__vtanh BERT__NAME(bert__vtanh)
#define bert__vswish BERT__NAME(bert__vswish)
#define bert__vgelu BERT__NAME(bert__vgelu)
#define bert__vact BERT__NAME(bert__vact)
#define bert__activate BERT__NAME(bert__activate)
#define bert__activate_rows BERT__NAME(bert__activate_rows)
#define bert__sum BERT__NAME(bert__sum)
#define bert__dot BERT__NAME(bert__dot)
#define bert__ahead BERT__NAME(bert__ahead)
#define bert__ahead_step BERT__NAME(bert__ahead_step)
#define bert__ahead_line BERT__NAME(bert__ahead_line)
#define bert__ahead_all BERT__NAME(bert__ahead_all)
#define bert__kernel_f32 BERT__NAME(bert__kernel_f32)
#define bert__i32x16 BERT__NAME(bert__i32x16)
#define bert__i32x8 BERT__NAME(bert__i32x8)
#define bert__kernel_q8 BERT__NAME(bert__kernel_q8)
#define bert__q8_row BERT__NAME(bert__q8_row)
#define bert__pack_rows BERT__NAME(bert__pack_rows)
#define bert__f16_piece BERT__NAME(bert__f16_piece)
#define bert__scratch_floats BERT__NAME(bert__scratch_floats)
#define bert__k_piece BERT__NAME(bert__k_piece)
#define bert__prefetch_tile BERT__NAME(bert__prefetch_tile)
#define bert__gemm_f32 BERT__NAME(bert__gemm_f32)
#define bert__gemm_q8 BERT__NAME(bert__gemm_q8)
#define bert__store_q16 BERT__NAME(bert__store_q16)
#define bert__quantize_rows BERT__NAME(bert__quantize_rows)
#define bert__layer_norm BERT__NAME(bert__layer_norm)
#define bert__add_norm BERT__NAME(bert__add_norm)
#define bert__head_floats BERT__NAME(bert__head_floats)
#define bert__parallel BERT__NAME(bert__parallel)
#define bert__part_range BERT__NAME(bert__part_range)
#define bert__gemm_task BERT__NAME(bert__gemm_task)
#define bert__rows_job BERT__NAME(bert__rows_job)
#define bert__quantize_task BERT__NAME(bert__quantize_task)
#define bert__add_norm_task BERT__NAME(bert__add_norm_task)
#define bert__rows_step BERT__NAME(bert__rows_step)
#define bert__linear_product BERT__NAME(bert__linear_product)
#define bert__outliers_job BERT__NAME(bert__outliers_job)
#define bert__outliers_task BERT__NAME(bert__outliers_task)
#define bert__linear_forward BERT__NAME(bert__linear_forward)
#define bert__pack BERT__NAME(bert__pack)
#define bert__embed BERT__NAME(bert__embed)
#define bert__transpose16 BERT__NAME(bert__transpose16)
#define bert__softmax_columns BERT__NAME(bert__softmax_columns)
#define bert__head_view BERT__NAME(bert__head_view)
#define bert__panel_products BERT__NAME(bert__panel_products)
#define bert__p2c_products BERT__NAME(bert__p2c_products)
#define bert__add_disentangled BERT__NAME(bert__add_disentangled)
#define bert__add_score_bias BERT__NAME(bert__add_score_bias)
#define bert__attention_head BERT__NAME(bert__attention_head)
#define bert__attention_job BERT__NAME(bert__attention_job)
#define bert__attention_task BERT__NAME(bert__attention_task)
#define bert__rope_task BERT__NAME(bert__rope_task)
#define bert__gate_job BERT__NAME(bert__gate_job)
#define bert__gate_task BERT__NAME(bert__gate_task)
#define bert__layer_rows BERT__NAME(bert__layer_rows)
#define bert__chunk BERT__NAME(bert__chunk)
#define bert__forward BERT__NAME(bert__forward)
#define bert__ctx_layout BERT__NAME(bert__ctx_layout)
#define bert__fma_chains BERT__NAME(bert__fma_chains)
#define bert__kernel_set BERT__NAME(bert__kernel_set)

#if defined(BERT__AVX512)
#define BERT__VL 16
typedef __m512 bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return _mm512_loadu_ps(p); }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { _mm512_storeu_ps(p, v); }
static BERT__INLINE bert__vf bert__vset(float x) { return _mm512_set1_ps(x); }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return _mm512_add_ps(a, b); }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return _mm512_sub_ps(a, b); }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return _mm512_mul_ps(a, b); }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return _mm512_div_ps(a, b); }
static BERT__INLINE bert__vf bert__vrcp(bert__vf a) { /* 14-bit estimate, one Newton step: ~1 ulp */
    __m512 r = _mm512_rcp14_ps(a);
    return _mm512_mul_ps(r, _mm512_fnmadd_ps(a, r, _mm512_set1_ps(2.0f)));
}
static BERT__INLINE bert__vf bert__vfma(bert__vf a, bert__vf b, bert__vf c) { return _mm512_fmadd_ps(a, b, c); }
static BERT__INLINE bert__vf bert__vmax(bert__vf a, bert__vf b) { return _mm512_max_ps(a, b); }
static BERT__INLINE bert__vf bert__vmin(bert__vf a, bert__vf b) { return _mm512_min_ps(a, b); }
static BERT__INLINE bert__vf bert__vabs(bert__vf a) { return _mm512_abs_ps(a); }
static BERT__INLINE bert__vf bert__vcopysign(bert__vf mag, bert__vf sgn) {
    __m512i m = _mm512_set1_epi32(0x7FFFFFFF);
    return _mm512_castsi512_ps(_mm512_ternarylogic_epi32(m, _mm512_castps_si512(mag), _mm512_castps_si512(sgn), 0xCA)); /* m ? mag : sgn, bit by bit */
}
static BERT__INLINE bert__vf bert__vround(bert__vf a) { return _mm512_roundscale_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static BERT__INLINE bert__vf bert__vexp2i(bert__vf n) { /* 2^n for integral n in [-126, 127] */
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(_mm512_cvtps_epi32(n), _mm512_set1_epi32(127)), 23));
}
static BERT__INLINE float bert__vhsum(bert__vf a) { return _mm512_reduce_add_ps(a); }
static BERT__INLINE float bert__vhmax(bert__vf a) { return _mm512_reduce_max_ps(a); }
#elif defined(BERT__AVX2)
#define BERT__VL 8
typedef __m256 bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return _mm256_loadu_ps(p); }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { _mm256_storeu_ps(p, v); }
static BERT__INLINE bert__vf bert__vset(float x) { return _mm256_set1_ps(x); }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return _mm256_add_ps(a, b); }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return _mm256_sub_ps(a, b); }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return _mm256_mul_ps(a, b); }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return _mm256_div_ps(a, b); }
static BERT__INLINE bert__vf bert__vrcp(bert__vf a) { /* 12-bit estimate, one Newton step: ~2 ulp */
    __m256 r = _mm256_rcp_ps(a);
    return _mm256_mul_ps(r, _mm256_fnmadd_ps(a, r, _mm256_set1_ps(2.0f)));
}
static BERT__INLINE bert__vf bert__vfma(bert__vf a, bert__vf b, bert__vf c) { return _mm256_fmadd_ps(a, b, c); }
static BERT__INLINE bert__vf bert__vmax(bert__vf a, bert__vf b) { return _mm256_max_ps(a, b); }
static BERT__INLINE bert__vf bert__vmin(bert__vf a, bert__vf b) { return _mm256_min_ps(a, b); }
static BERT__INLINE bert__vf bert__vabs(bert__vf a) { return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a); }
static BERT__INLINE bert__vf bert__vcopysign(bert__vf mag, bert__vf sgn) {
    __m256 s = _mm256_set1_ps(-0.0f);
    return _mm256_or_ps(_mm256_andnot_ps(s, mag), _mm256_and_ps(s, sgn));
}
static BERT__INLINE bert__vf bert__vround(bert__vf a) { return _mm256_round_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static BERT__INLINE bert__vf bert__vexp2i(bert__vf n) {
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23));
}
static BERT__INLINE float bert__vhsum(bert__vf a) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)));
}
static BERT__INLINE float bert__vhmax(bert__vf a) {
    __m128 s = _mm_max_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
    s = _mm_max_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_max_ss(s, _mm_movehdup_ps(s)));
}
#elif defined(BERT__NEON)
#define BERT__VL 4
typedef float32x4_t bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return vld1q_f32(p); }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { vst1q_f32(p, v); }
static BERT__INLINE bert__vf bert__vset(float x) { return vdupq_n_f32(x); }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return vaddq_f32(a, b); }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return vsubq_f32(a, b); }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return vmulq_f32(a, b); }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return vdivq_f32(a, b); }
static BERT__INLINE bert__vf bert__vrcp(bert__vf a) { /* 8-bit estimate, two Newton steps */
    float32x4_t r = vrecpeq_f32(a);
    r = vmulq_f32(r, vrecpsq_f32(a, r));
    return vmulq_f32(r, vrecpsq_f32(a, r));
}
static BERT__INLINE bert__vf bert__vfma(bert__vf a, bert__vf b, bert__vf c) { return vfmaq_f32(c, a, b); }
static BERT__INLINE bert__vf bert__vmax(bert__vf a, bert__vf b) { return vmaxq_f32(a, b); }
static BERT__INLINE bert__vf bert__vmin(bert__vf a, bert__vf b) { return vminq_f32(a, b); }
static BERT__INLINE bert__vf bert__vabs(bert__vf a) { return vabsq_f32(a); }
static BERT__INLINE bert__vf bert__vcopysign(bert__vf mag, bert__vf sgn) {
    return vbslq_f32(vdupq_n_u32(0x80000000u), sgn, mag);
}
static BERT__INLINE bert__vf bert__vround(bert__vf a) { return vrndnq_f32(a); }
static BERT__INLINE bert__vf bert__vexp2i(bert__vf n) {
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(vcvtnq_s32_f32(n), vdupq_n_s32(127)), 23));
}
static BERT__INLINE float bert__vhsum(bert__vf a) { return vaddvq_f32(a); }
static BERT__INLINE float bert__vhmax(bert__vf a) { return vmaxvq_f32(a); }
#else
#define BERT__VL 1
typedef float bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return *p; }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { *p = v; }
static BERT__INLINE bert__vf bert__vset(float x) { return x; }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return a + b; }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return a - b; }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return a * b; }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return a / b; }
static BERT__INLINE bert__vf bert__vrcp(bert__vf a) { return 1.0f / a; }
static BERT__INLINE bert__vf bert__vfma(bert__vf a, bert__vf b, bert__vf c) { return a * b + c; }
static BERT__INLINE bert__vf bert__vmax(bert__vf a, bert__vf b) { return a > b ? a : b; }
static BERT__INLINE bert__vf bert__vmin(bert__vf a, bert__vf b) { return a < b ? a : b; }
static BERT__INLINE bert__vf bert__vabs(bert__vf a) { return fabsf(a); }
static BERT__INLINE bert__vf bert__vcopysign(bert__vf mag, bert__vf sgn) { return copysignf(mag, sgn); }
static BERT__INLINE bert__vf bert__vround(bert__vf a) { return nearbyintf(a); }
static BERT__INLINE bert__vf bert__vexp2i(bert__vf n) { return bert__f32_bits((uint32_t)((int32_t)n + 127) << 23); }
static BERT__INLINE float bert__vhsum(bert__vf a) { return a; }
static BERT__INLINE float bert__vhmax(bert__vf a) { return a; }
#endif

/* e^x to about 2 ulp: x = n ln2 + r with |r| <= ln2/2, e^r by its Taylor polynomial of degree 6
   (error below 1.2e-7 relative), 2^n by building the float's exponent bits. */
static BERT__INLINE bert__vf bert__vexp(bert__vf x) {
    bert__vf n, r, p;
    x = bert__vmin(bert__vmax(x, bert__vset(-87.3f)), bert__vset(88.3f));
    n = bert__vround(bert__vmul(x, bert__vset(1.44269504088896341f)));
    r = bert__vfma(n, bert__vset(-0.693145751953125f), x); /* ln2 split in two: exact n * hi */
    r = bert__vfma(n, bert__vset(-1.42860682030941723e-6f), r);
    p = bert__vfma(bert__vset(1.0f / 720), r, bert__vset(1.0f / 120));
    p = bert__vfma(p, r, bert__vset(1.0f / 24));
    p = bert__vfma(p, r, bert__vset(1.0f / 6));
    p = bert__vfma(p, r, bert__vset(0.5f));
    p = bert__vfma(p, r, bert__vset(1.0f));
    p = bert__vfma(p, r, bert__vset(1.0f));
    return bert__vmul(p, bert__vexp2i(n));
}

/* erf(x) by Abramowitz & Stegun 7.1.26: 1 - P(t) e^(-x^2), t = 1/(1 + 0.3275911|x|),
   absolute error below 1.5e-7 for every x. */
static BERT__INLINE bert__vf bert__verf(bert__vf x) {
    bert__vf a = bert__vabs(x), one = bert__vset(1.0f), t, p;
    t = bert__vrcp(bert__vfma(a, bert__vset(0.3275911f), one)); /* in (0, 1]: no division needed */
    p = bert__vfma(bert__vset(1.061405429f), t, bert__vset(-1.453152027f));
    p = bert__vfma(p, t, bert__vset(1.421413741f));
    p = bert__vfma(p, t, bert__vset(-0.284496736f));
    p = bert__vfma(p, t, bert__vset(0.254829592f));
    p = bert__vmul(p, t);
    p = bert__vmul(p, bert__vexp(bert__vmul(bert__vsub(bert__vset(0.0f), a), a)));
    return bert__vcopysign(bert__vsub(one, p), x);
}

/* tanh(x) = sign(x) (1 - 2 / (e^(2|x|) + 1)): no overflow, absolute error ~1e-7. */
static BERT__INLINE bert__vf bert__vtanh(bert__vf x) {
    bert__vf e = bert__vexp(bert__vmul(bert__vabs(x), bert__vset(2.0f))), one = bert__vset(1.0f);
    return bert__vcopysign(bert__vsub(one, bert__vmul(bert__vset(2.0f), bert__vrcp(bert__vadd(e, one)))), x);
}

/* x * sigmoid(k x) */
static BERT__INLINE bert__vf bert__vswish(bert__vf x, float k) {
    bert__vf one = bert__vset(1.0f);
    return bert__vmul(x, bert__vrcp(bert__vadd(one, bert__vexp(bert__vmul(x, bert__vset(-k))))));
}

/* x Phi(x) = x (1 + erf(x / sqrt 2)) / 2 */
static BERT__INLINE bert__vf bert__vgelu(bert__vf x) {
    return bert__vmul(bert__vmul(x, bert__vset(0.5f)), bert__vadd(bert__vset(1.0f), bert__verf(bert__vmul(x, bert__vset(0.70710678118654752f)))));
}

static BERT__INLINE bert__vf bert__vact(bert_act act, bert__vf x) {
    switch (act) {
    case BERT_ACT_GELU: return bert__vgelu(x);
    case BERT_ACT_GELU_TANH: {
        bert__vf inner = bert__vmul(bert__vfma(bert__vmul(bert__vmul(x, x), x), bert__vset(0.044715f), x), bert__vset(0.79788456080286536f));
        return bert__vmul(bert__vmul(x, bert__vset(0.5f)), bert__vadd(bert__vset(1.0f), bert__vtanh(inner)));
    }
    case BERT_ACT_QUICK_GELU: return bert__vswish(x, 1.702f);
    case BERT_ACT_RELU: return bert__vmax(x, bert__vset(0.0f));
    case BERT_ACT_SILU: return bert__vswish(x, 1.0f);
    case BERT_ACT_TANH: return bert__vtanh(x);
    case BERT_ACT_NONE: break;
    }
    return x;
}

/* In place over n values; the tail goes through a zero-padded vector so every value takes the
   same formula. */
static void bert__activate(bert_act act, float *v, size_t n) {
    size_t i = 0;
    if (act == BERT_ACT_NONE) return;
    for (; i + BERT__VL <= n; i += BERT__VL) bert__vstore(v + i, bert__vact(act, bert__vload(v + i)));
    if (i < n) {
        float tail[BERT__VL] = {0};
        memcpy(tail, v + i, (n - i) * sizeof *v);
        bert__vstore(tail, bert__vact(act, bert__vload(tail)));
        memcpy(v + i, tail, (n - i) * sizeof *v);
    }
}

/* The same over `rows` rows of n values, ld apart. */
static void bert__activate_rows(bert_act act, float *v, size_t ld, int rows, int n) {
    int i;
    if (act != BERT_ACT_NONE)
        for (i = 0; i < rows; i++) bert__activate(act, v + (size_t)i * ld, (size_t)n);
}

static float bert__sum(const float *x, int n) {
    bert__vf s = bert__vset(0.0f);
    float r;
    int i = 0;
    for (; i + BERT__VL <= n; i += BERT__VL) s = bert__vadd(s, bert__vload(x + i));
    for (r = bert__vhsum(s); i < n; i++) r += x[i];
    return r;
}

static float bert__dot(const float *a, const float *b, int n) {
    bert__vf s = bert__vset(0.0f);
    float r;
    int i = 0;
    for (; i + BERT__VL <= n; i += BERT__VL) s = bert__vfma(bert__vload(a + i), bert__vload(b + i), s);
    for (r = bert__vhsum(s); i < n; i++) r += a[i] * b[i];
    return r;
}

/* ========================================================================================== */
/* ---- Matrix multiply --------------------------------------------------------------------- */

/* Every linear layer is y[m][o] = b[o] + sum_k x[m][k] W[o][k] (W as PyTorch stores it). The
   converter stores W in PANELS (tensor layout 1, the same bytes for every CPU): rows are taken
   16 at a time, zero-padded to a multiple of 16, and each panel is stored column by column, so
   panel p is K groups of 16 consecutive values W[16p + 0..15][k]. A micro-kernel then computes
   an MR x (16 KP) tile of y in registers (AVX-512: 8 x 48 in 24 zmm, AVX2: 6 x 16 in 12 ymm,
   NEON and C: 4 x 16): per k it loads the KP x 16 weights once and broadcasts each of the MR
   activations, so every load feeds several FMAs and the accumulators cover the FMA latency.

   Blocking: K is cut into KC-long pieces; an MC x KC block of x is packed k by k (the MR values
   of one k adjacent, one stream for the broadcasts) and stays in L2 while every panel passes;
   one piece of KP panels (KC x 16 KP floats) stays in L1/L2 while every MR-row tile of the block
   uses it, and the next piece is prefetched meanwhile. With few rows (batch 1, short text) the
   weights are read from memory about once: x is packed over the whole of K and each group of
   panels is walked down all of it, so the weights stream in long runs. Threads take disjoint
   ranges of panels (the output columns) when the rows are few, else of rows (see
   bert__gemm_task).

   q8_0 weights (tensor layout 3): int8 with one scale per output row and block of 32 columns
   (s_w = max |w| / 127 over the block). Activations are quantized per row (token) at run time
   to int16 with one scale, x ~ s_x q. Each block's product is an exact integer dot product,
   scaled by its weight scale into a float sum, and the row is scaled once at the end:
       y[m][o] = s_x[m] sum_blk s_w[o][blk] (sum_{k in blk} q[m][k] w[o][k]) + b[o].
   Blocks of 32 keep a few large weights from coarsening a whole row and 16-bit activations keep
   a few large hidden dimensions (real checkpoints have them) from coarsening a whole token:
   with one scale per row and 8-bit activations, as before, the real all-MiniLM-L6-v2 lost up
   to 0.008 of cosine; now about 0.0005 (tools/q8_error_sim.py, README). The weights are a
   quarter of f32's bytes; the arithmetic is int16 x int16 pairs into int32 (vpdpwssd with
   AVX-512 VNNI, else vpmaddwd + vpaddd; NEON smlal), twice the values per instruction of an
   f32 FMA on AVX-512, as many on AVX2. */
#define BERT__PANEL 16
#ifndef BERT_KC
#define BERT_KC 512 /* the K rows one pass packs (BERT_KC and BERT_MC: make bench-blocking) */
#endif
#ifndef BERT_MC
#define BERT_MC 192 /* the rows of x one block takes */
#endif
#define BERT__KC BERT_KC
#define BERT__KC_F16 128 /* rows of an f16 piece converted at once: 24 KB of floats stay in L1 (512: ~6% slower) */
#define BERT__MC BERT_MC
#define BERT__FFN_ROWS 512 /* rows per feed-forward block */
#ifndef BERT_CHUNK_TOKENS
#define BERT_CHUNK_TOKENS 256 /* tokens the encoder takes at a time (bert__chunk) */
#endif
#if defined(BERT__AVX512)
#define BERT__MR 8
#define BERT__KP 3    /* panels per f32 micro-kernel call */
#elif defined(BERT__AVX2)
#define BERT__MR 6
#define BERT__KP 1
#else
#define BERT__MR 4
#define BERT__KP 1
#endif
#if defined(BERT__AVX512) || defined(BERT__AVX2)
#define BERT__Q8_MR 6 /* rows x panels per q8_0 micro-kernel call */
#else
#define BERT__Q8_MR 4
#endif
#if defined(BERT__AVX512)
#define BERT__Q8_NP 2
#else
#define BERT__Q8_NP 1
#endif
#define BERT__Q8_ACC 32 /* outputs per row of a q8_0 tile (16 BERT__Q8_NP at most) */
#define BERT__TILE_W (BERT__PANEL * BERT__KP)

#if defined(__GNUC__) || defined(__clang__)
#define BERT__PREFETCH(p) __builtin_prefetch((p), 0, 2) /* into L2 */
#define BERT__PREFETCH_W(p) __builtin_prefetch((p), 1, 3) /* a line about to be written, into L1 */
#else
#define BERT__PREFETCH(p) ((void)(p))
#define BERT__PREFETCH_W(p) ((void)(p))
#endif

/* Weights for a micro-kernel to fetch into cache as it runs: `panels` runs of `bytes` bytes,
   `stride` bytes apart, from p (a share of the next piece of weights per tile). The AVX-512
   kernel asks for one line of each run every few k, so that few requests are in flight at a
   time and they overlap with the FMAs (asked for all at once before the tile, they stalled it:
   BERT-base B1 S128 8% slower); the others ask for them all at once (on AVX2, measured faster). */
typedef struct bert__ahead {
    const uint8_t *p;
    size_t bytes, stride;
    int panels;
} bert__ahead;

#if defined(BERT__AVX512) || defined(BERT__AVX2)
/* The k steps between two requests over kc steps (kc when there is nothing to fetch). */
static int bert__ahead_step(const bert__ahead *h, int kc) {
    int lines = h ? (int)(h->bytes / 64) : 0;
    return lines == 0 ? kc : kc / lines > 1 ? kc / lines : 1;
}

/* Asks for the next line of each run, if any is left. */
static BERT__INLINE void bert__ahead_line(bert__ahead *h) {
    int q;
    if (h->bytes < 64) return;
    for (q = 0; q < h->panels; q++) BERT__PREFETCH(h->p + (size_t)q * h->stride);
    h->p += 64;
    h->bytes -= 64;
}
#endif
#if !defined(BERT__AVX512)
#define BERT__AHEAD_BURST 32 /* AVX2: shares of up to this many lines are asked for at once */
/* Asks for every line. */
static void bert__ahead_all(const bert__ahead *h) {
    size_t at;
    int q;
    if (!h) return;
    for (q = 0; q < h->panels; q++)
        for (at = 0; at + 64 <= h->bytes; at += 64) BERT__PREFETCH(h->p + (size_t)q * h->stride + at);
}
#endif

/* c[i ldc + 0..16 np) = c0 + sum_k a[k lda + i] B[k][..] for k < kc and i < MR: a holds MR rows
   of x k by k (the MR broadcasts of one k adjacent; lda = MR when packed), B is np panels of 16
   columns, `stride` elements apart, whose k rows are ldb elements apart (16 when packed); b
   points at the first panel's row 0. B is float (f16 = 0) or IEEE half (f16 = 1, converted as
   it is loaded). The start c0 is c itself (accumulate = 1), else the bias row (bias != NULL,
   16 np values) or zero; `act` is applied to the results as they are stored (BERT_ACT_NONE: none).
   `ahead` (or NULL): weights to prefetch meanwhile. */
#if defined(BERT__AVX512)
/* 8 x 48: per k, 3 weight vectors and 8 broadcasts feed 24 FMAs (the broadcasts take issue slots
   from the FMAs: in L1 this runs at ~89% of the FMA peak, 8 x 32 at ~84%). Panels past np are
   not computed (f32) or computed from zeros read through a mask (f16), and not stored. */
static void bert__kernel_f32(const float *a, size_t lda, int kc, const void *b, size_t ldb, size_t stride, int np, int f16,
                             const float *bias, int accumulate, bert_act act, float *c, size_t ldc, const bert__ahead *ahead) {
    const __mmask16 m0 = 0xFFFF, m1 = np > 1 ? 0xFFFF : 0, m2 = np > 2 ? 0xFFFF : 0;
    const float *bf = BERT__CAST(const float *, b);
    const uint16_t *bh = BERT__CAST(const uint16_t *, b);
    bert__ahead pf = {NULL, 0, 0, 0};
    int k, end, step = bert__ahead_step(ahead, kc);
    __m512 z0, z1, z2, b0, b1, b2, x;
    __m512 c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32, c40, c41, c42, c50, c51, c52, c60, c61, c62, c70, c71, c72;
#define BERT__ROWS(R) R(0) R(1) R(2) R(3) R(4) R(5) R(6) R(7)
#define BERT__START(i, q) c##i##q = accumulate ? _mm512_maskz_loadu_ps(m##q, c + i * ldc + 16 * q) : z##q;
#define BERT__INIT(i) BERT__START(i, 0) BERT__START(i, 1) BERT__START(i, 2)
#define BERT__ROW(i) x = _mm512_set1_ps(a[lda * k + i]); \
    c##i##0 = _mm512_fmadd_ps(x, b0, c##i##0); c##i##1 = _mm512_fmadd_ps(x, b1, c##i##1); c##i##2 = _mm512_fmadd_ps(x, b2, c##i##2);
#define BERT__STEP3 { b0 = _mm512_loadu_ps(bf + ldb * k); b1 = _mm512_loadu_ps(bf + stride + ldb * k); \
    b2 = _mm512_loadu_ps(bf + 2 * stride + ldb * k); BERT__ROWS(BERT__ROW) k++; }
#define BERT__GELU(i) c##i##0 = bert__vgelu(c##i##0); c##i##1 = bert__vgelu(c##i##1); c##i##2 = bert__vgelu(c##i##2);
#define BERT__ROW2(i) x = _mm512_set1_ps(a[lda * k + i]); c##i##0 = _mm512_fmadd_ps(x, b0, c##i##0); c##i##1 = _mm512_fmadd_ps(x, b1, c##i##1);
#define BERT__ROW1(i) c##i##0 = _mm512_fmadd_ps(_mm512_set1_ps(a[lda * k + i]), b0, c##i##0);
#define BERT__SAVE(i) _mm512_storeu_ps(c + i * ldc, c##i##0); _mm512_mask_storeu_ps(c + i * ldc + 16, m1, c##i##1); \
    _mm512_mask_storeu_ps(c + i * ldc + 32, m2, c##i##2);
    z0 = bias ? _mm512_loadu_ps(bias) : _mm512_setzero_ps();
    z1 = bias ? _mm512_maskz_loadu_ps(m1, bias + 16) : _mm512_setzero_ps();
    z2 = bias ? _mm512_maskz_loadu_ps(m2, bias + 32) : _mm512_setzero_ps();
    BERT__ROWS(BERT__INIT)
    if (ahead) pf = *ahead;
    for (k = 0; k < kc; k = end) {
        end = k + step < kc ? k + step : kc;
        bert__ahead_line(&pf);
        if (!f16 && np == 3) { /* the common case: plain loads, unrolled (fewer loop instructions among the FMAs) */
            while (k + 2 <= end) { BERT__STEP3 BERT__STEP3 }
            while (k < end) BERT__STEP3
        } else if (!f16 && np == 2) { /* the last panels of a product, attention's edges */
            for (; k < end; k++) {
                b0 = _mm512_loadu_ps(bf + ldb * k); b1 = _mm512_loadu_ps(bf + stride + ldb * k);
                BERT__ROWS(BERT__ROW2)
            }
        } else if (!f16) {
            for (; k < end; k++) {
                b0 = _mm512_loadu_ps(bf + ldb * k);
                BERT__ROWS(BERT__ROW1)
            }
        } else {
            for (; k < end; k++) {
                b0 = _mm512_cvtph_ps(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(bh + ldb * k))));
                b1 = _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m1, bh + stride + ldb * k));
                b2 = _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m2, bh + 2 * stride + ldb * k));
                BERT__ROWS(BERT__ROW)
            }
        }
    }
    if (act == BERT_ACT_GELU) { /* BERT's own activation in registers; others in memory below */
        BERT__ROWS(BERT__GELU)
        act = BERT_ACT_NONE;
    }
    BERT__ROWS(BERT__SAVE)
    bert__activate_rows(act, c, ldc, BERT__MR, 16 * np);
#undef BERT__ROWS
#undef BERT__STEP3
#undef BERT__GELU
#undef BERT__START
#undef BERT__INIT
#undef BERT__ROW
#undef BERT__ROW2
#undef BERT__ROW1
#undef BERT__SAVE
}
#elif defined(BERT__AVX2)
static void bert__kernel_f32(const float *a, size_t lda, int kc, const void *b, size_t ldb, size_t stride, int np, int f16,
                             const float *bias, int accumulate, bert_act act, float *c, size_t ldc, const bert__ahead *ahead) {
    __m256 z0 = bias ? _mm256_loadu_ps(bias) : _mm256_setzero_ps(), z1 = bias ? _mm256_loadu_ps(bias + 8) : _mm256_setzero_ps();
    __m256 c00, c10, c20, c30, c40, c50, c01, c11, c21, c31, c41, c51, x;
    const float *bf = BERT__CAST(const float *, b);
    const uint16_t *bh = BERT__CAST(const uint16_t *, b);
    bert__ahead pf = {NULL, 0, 0, 0};
    int k, step;
    (void)stride;
    (void)np;
    /* A share of a few lines (many tiles share the next piece) is asked for at once; a long one
       (few rows walking down K) a line every few k, so that the requests overlap with the FMAs.
       On AMD Zen 3: at once ~10% faster at BERT-base B1 S128, spread ~15% faster at B1 S16. */
    if (ahead && ahead->bytes > BERT__AHEAD_BURST * 64)
        pf = *ahead;
    else
        bert__ahead_all(ahead);
    step = bert__ahead_step(&pf, kc);
#define BERT__ROWS(R) R(0) R(1) R(2) R(3) R(4) R(5)
#define BERT__INIT(i) c##i##0 = accumulate ? _mm256_loadu_ps(c + i * ldc) : z0; c##i##1 = accumulate ? _mm256_loadu_ps(c + i * ldc + 8) : z1;
#define BERT__ROW(i) x = _mm256_broadcast_ss(a + lda * k + i); c##i##0 = _mm256_fmadd_ps(x, b0, c##i##0); c##i##1 = _mm256_fmadd_ps(x, b1, c##i##1);
#define BERT__STEP { __m256 b0 = _mm256_loadu_ps(bf + ldb * k), b1 = _mm256_loadu_ps(bf + ldb * k + 8); BERT__ROWS(BERT__ROW) k++; }
    BERT__ROWS(BERT__INIT)
    if (ahead) pf = *ahead;
    if (!f16) { /* not unrolled: GCC 12 unrolled by 4 kept the accumulators moving between
                   registers, ~0.65x the speed in L1 on AMD Zen 3 */
        for (k = 0; k < kc;) {
            int end = k + step < kc ? k + step : kc;
            bert__ahead_line(&pf);
            while (k < end) BERT__STEP
        }
    } else {
        bert__ahead_all(&pf);
        for (k = 0; k < kc; k++) {
            __m256 b0 = _mm256_cvtph_ps(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(bh + ldb * k))));
            __m256 b1 = _mm256_cvtph_ps(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(bh + ldb * k + 8))));
            BERT__ROWS(BERT__ROW)
        }
    }
#define BERT__STORE_ROW(i) _mm256_storeu_ps(c + i * ldc, c##i##0); _mm256_storeu_ps(c + i * ldc + 8, c##i##1);
#define BERT__GELU(i) c##i##0 = bert__vgelu(c##i##0); c##i##1 = bert__vgelu(c##i##1);
    if (act == BERT_ACT_GELU) { /* BERT's own activation in registers; others in memory below */
        BERT__ROWS(BERT__GELU)
        act = BERT_ACT_NONE;
    }
#undef BERT__GELU
    BERT__ROWS(BERT__STORE_ROW)
    bert__activate_rows(act, c, ldc, BERT__MR, BERT__PANEL);
#undef BERT__INIT
#undef BERT__ROW
#undef BERT__ROWS
#undef BERT__STEP
#undef BERT__STORE_ROW
}
#elif defined(BERT__NEON)
static void bert__kernel_f32(const float *a, size_t lda, int kc, const void *b, size_t ldb, size_t stride, int np, int f16,
                             const float *bias, int accumulate, bert_act act, float *c, size_t ldc, const bert__ahead *ahead) {
    float32x4_t acc[BERT__MR][4];
    const float *bf = BERT__CAST(const float *, b);
    const __fp16 *bh = BERT__CAST(const __fp16 *, b);
    int k, i, j;
    (void)stride;
    (void)np;
    bert__ahead_all(ahead);
    for (i = 0; i < BERT__MR; i++)
        for (j = 0; j < 4; j++) acc[i][j] = accumulate ? vld1q_f32(c + i * ldc + 4 * j) : bias ? vld1q_f32(bias + 4 * j) : vdupq_n_f32(0);
    for (k = 0; k < kc; k++) {
        float32x4_t b0, b1, b2, b3;
        if (!f16) {
            b0 = vld1q_f32(bf + ldb * k); b1 = vld1q_f32(bf + ldb * k + 4);
            b2 = vld1q_f32(bf + ldb * k + 8); b3 = vld1q_f32(bf + ldb * k + 12);
        } else {
            b0 = vcvt_f32_f16(vld1_f16(bh + ldb * k)); b1 = vcvt_f32_f16(vld1_f16(bh + ldb * k + 4));
            b2 = vcvt_f32_f16(vld1_f16(bh + ldb * k + 8)); b3 = vcvt_f32_f16(vld1_f16(bh + ldb * k + 12));
        }
        for (i = 0; i < BERT__MR; i++) {
            float x = a[lda * k + i];
            acc[i][0] = vfmaq_n_f32(acc[i][0], b0, x); acc[i][1] = vfmaq_n_f32(acc[i][1], b1, x);
            acc[i][2] = vfmaq_n_f32(acc[i][2], b2, x); acc[i][3] = vfmaq_n_f32(acc[i][3], b3, x);
        }
    }
    for (i = 0; i < BERT__MR; i++)
        for (j = 0; j < 4; j++) vst1q_f32(c + i * ldc + 4 * j, acc[i][j]);
    bert__activate_rows(act, c, ldc, BERT__MR, BERT__PANEL);
}
#else
static void bert__kernel_f32(const float *a, size_t lda, int kc, const void *b, size_t ldb, size_t stride, int np, int f16,
                             const float *bias, int accumulate, bert_act act, float *c, size_t ldc, const bert__ahead *ahead) {
    const float *bf = BERT__CAST(const float *, b);
    const uint16_t *bh = BERT__CAST(const uint16_t *, b);
    float w[BERT__PANEL], acc[BERT__MR][BERT__PANEL];
    int k, i, j;
    (void)stride;
    (void)np;
    bert__ahead_all(ahead);
    for (i = 0; i < BERT__MR; i++)
        for (j = 0; j < BERT__PANEL; j++) acc[i][j] = accumulate ? c[i * ldc + j] : bias ? bias[j] : 0;
    for (k = 0; k < kc; k++) {
        for (j = 0; j < BERT__PANEL; j++) w[j] = f16 ? bert__f16_to_f32(bh[ldb * k + j]) : bf[ldb * k + j];
        for (i = 0; i < BERT__MR; i++) {
            float x = a[lda * k + i];
            for (j = 0; j < BERT__PANEL; j++) acc[i][j] += x * w[j];
        }
    }
    for (i = 0; i < BERT__MR; i++) memcpy(c + i * ldc, acc[i], sizeof acc[i]);
    bert__activate_rows(act, c, ldc, BERT__MR, BERT__PANEL);
}
#endif

/* q8_0 micro-kernels: acc[i][o] for i < BERT__Q8_MR rows of activations a (int16, lda apart;
   rows past the product's end are padding, computed and not used) and o < 16 np outputs of np
   panels b (`stride` bytes apart, each `blocks` blocks of 32 columns): per block, the exact
   integer dot product of the block's 32 activations with the output's 32 weights (|sum| <=
   32 x 32767 x 127 < 2^28), converted to float and added times the block's weight scale by one
   fused multiply-add, blocks in order from zero:
       acc[i][o] = fma((float)I[i][o][blocks - 1], scale[o][blocks - 1], ... fma((float)I[i][o][0], scale[o][0], 0))
   The same integers and the same float steps on every CPU, so every kernel gives the same bits.
   A block of a panel is 16 f32 scales, then 16 groups of 2 columns: group g holds
   w[o][32 blk + 2g + j] at byte 64 + 32 g + 2 o + j, the two weights of each output side by side,
   which sign-extend to 16 bits straight into vpmaddwd / vpdpwssd's operand order. */
#if defined(BERT__AVX512)
/* 6 rows x 2 panels: per group, 2 weight vectors (32 int16 each) and 6 broadcast pairs of
   activations feed 12 vpdpwssd (VNNI) or vpmaddwd + vpaddd; 12 int32 and 12 float accumulators. */
/* The int32 accumulators are typed as 16 int32 (GCC's vector type), for the reason given at
   bert__i32x8 below: as __m512i, GCC 12 put a register copy before every vpdpwssd. */
typedef __v16si bert__i32x16;
#ifdef BERT__VNNI
#define BERT__DPWSSD(c, x, w) ((c) = (bert__i32x16)_mm512_dpwssd_epi32((__m512i)(c), x, w))
#else
#define BERT__DPWSSD(c, x, w) ((c) += (bert__i32x16)_mm512_madd_epi16(x, w))
#endif
static void bert__kernel_q8(const int16_t *a, size_t lda, int blocks, const uint8_t *b, size_t stride, int np, float *acc) {
    __m512 f00 = _mm512_setzero_ps(), f10 = f00, f20 = f00, f30 = f00, f40 = f00, f50 = f00;
    __m512 f01 = f00, f11 = f00, f21 = f00, f31 = f00, f41 = f00, f51 = f00;
    int blk, g;
    for (blk = 0; blk < blocks; blk++, a += BERT__Q8_BLOCK, b += BERT__Q8_BLOCK_BYTES) {
        const __m512i zero = _mm512_setzero_si512();
        bert__i32x16 c00 = (bert__i32x16)zero, c10 = c00, c20 = c00, c30 = c00, c40 = c00, c50 = c00;
        bert__i32x16 c01 = c00, c11 = c00, c21 = c00, c31 = c00, c41 = c00, c51 = c00;
        __m512i w0, w1 = zero, x;
        __m512 s0, s1;
        int32_t v;
        for (g = 0; g < 16; g++) {
            w0 = _mm512_cvtepi8_epi16(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(b + 64 + 32 * g))));
            if (np == 2) w1 = _mm512_cvtepi8_epi16(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(b + stride + 64 + 32 * g))));
#define BERT__ROW(i) memcpy(&v, a + i * lda + 2 * g, 4); x = _mm512_set1_epi32(v); \
            BERT__DPWSSD(c##i##0, x, w0); BERT__DPWSSD(c##i##1, x, w1);
            BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5)
#undef BERT__ROW
        }
        s0 = _mm512_loadu_ps(BERT__CAST(const float *, (const void *)b));
        s1 = np == 2 ? _mm512_loadu_ps(BERT__CAST(const float *, (const void *)(b + stride))) : _mm512_setzero_ps();
#define BERT__ROW(i) f##i##0 = _mm512_fmadd_ps(_mm512_cvtepi32_ps((__m512i)c##i##0), s0, f##i##0); \
        f##i##1 = _mm512_fmadd_ps(_mm512_cvtepi32_ps((__m512i)c##i##1), s1, f##i##1);
        BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5)
#undef BERT__ROW
    }
#define BERT__ROW(i) _mm512_storeu_ps(acc + i * BERT__Q8_ACC, f##i##0); _mm512_storeu_ps(acc + i * BERT__Q8_ACC + 16, f##i##1);
    BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5)
#undef BERT__ROW
}
#undef BERT__DPWSSD
#elif defined(BERT__AVX2)
/* 6 rows x 16 outputs: per group, two weight vectors (the panel's outputs 0-7 and 8-15, 16 int16
   each) and 6 broadcast pairs of activations feed 12 vpmaddwd + vpaddd into 12 int32
   accumulators (with the 3 operands, all 16 ymm registers). The 12 float sums live in acc (L1)
   and take one FMA each per block of 32 columns. Taking the panel's halves one at a time, as
   before, broadcast every activation twice: this is ~1.5x faster on AMD Zen 3. The accumulators
   are typed as 8 int32 (GCC's vector type): as __m256i (4 int64 to GCC) every add went through
   a conversion that GCC 12 would not keep in place (a register copy per add, and spills). */
typedef __v8si bert__i32x8;
#define BERT__ADD_I32(c, v) ((c) += (bert__i32x8)(v))
static void bert__kernel_q8(const int16_t *a, size_t lda, int blocks, const uint8_t *b, size_t stride, int np, float *acc) {
    int blk, g, i;
    (void)stride;
    (void)np;
    for (i = 0; i < BERT__Q8_MR; i++) {
        _mm256_storeu_ps(acc + i * BERT__Q8_ACC, _mm256_setzero_ps());
        _mm256_storeu_ps(acc + i * BERT__Q8_ACC + 8, _mm256_setzero_ps());
    }
    for (blk = 0; blk < blocks; blk++, a += BERT__Q8_BLOCK, b += BERT__Q8_BLOCK_BYTES) {
        const __m256i zero = _mm256_setzero_si256();
        bert__i32x8 c00 = (bert__i32x8)zero, c10 = c00, c20 = c00, c30 = c00, c40 = c00, c50 = c00;
        bert__i32x8 c01 = c00, c11 = c00, c21 = c00, c31 = c00, c41 = c00, c51 = c00;
        const float *scale = BERT__CAST(const float *, (const void *)b);
        __m256i w0, w1, x;
        for (g = 0; g < 16; g++) {
            w0 = _mm256_cvtepi8_epi16(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(b + 64 + 32 * g))));
            w1 = _mm256_cvtepi8_epi16(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(b + 64 + 32 * g + 16))));
#define BERT__ROW(i) x = _mm256_castps_si256(_mm256_broadcast_ss(BERT__CAST(const float *, (const void *)(a + i * lda + 2 * g)))); \
            BERT__ADD_I32(c##i##0, _mm256_madd_epi16(x, w0)); BERT__ADD_I32(c##i##1, _mm256_madd_epi16(x, w1));
            BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5)
#undef BERT__ROW
        }
#define BERT__FMA_ROW(i, h, c) \
        _mm256_storeu_ps(acc + i * BERT__Q8_ACC + 8 * h, \
                         _mm256_fmadd_ps(_mm256_cvtepi32_ps((__m256i)(c)), _mm256_loadu_ps(scale + 8 * h), _mm256_loadu_ps(acc + i * BERT__Q8_ACC + 8 * h)));
#define BERT__ROW(i) BERT__FMA_ROW(i, 0, c##i##0) BERT__FMA_ROW(i, 1, c##i##1)
        BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5)
#undef BERT__ROW
#undef BERT__FMA_ROW
    }
}
#undef BERT__ADD_I32
#elif defined(BERT__NEON)
/* 4 rows x 8 outputs, twice (as AVX2): vld2 splits a half group into the outputs' first and
   second columns, widened to 16 bits; each times one activation (a lane of 8 loaded at once,
   4 groups) adds 8 int32 products by widening multiply-add by element (smlal). */
static void bert__kernel_q8(const int16_t *a, size_t lda, int blocks, const uint8_t *b, size_t stride, int np, float *acc) {
    int h, blk, g;
    (void)stride;
    (void)np;
    for (h = 0; h < 2; h++) {
        float32x4_t f00 = vdupq_n_f32(0), f01 = f00, f10 = f00, f11 = f00, f20 = f00, f21 = f00, f30 = f00, f31 = f00;
        const uint8_t *wb = b;
        const int16_t *ab = a;
        for (blk = 0; blk < blocks; blk++, ab += BERT__Q8_BLOCK, wb += BERT__Q8_BLOCK_BYTES) {
            int32x4_t c00 = vdupq_n_s32(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
            const float *s = BERT__CAST(const float *, (const void *)wb) + 8 * h;
            float32x4_t s0 = vld1q_f32(s), s1 = vld1q_f32(s + 4);
            for (g = 0; g < 16; g += 4) {
                int16x8_t x0 = vld1q_s16(ab + 2 * g), x1 = vld1q_s16(ab + lda + 2 * g), x2 = vld1q_s16(ab + 2 * lda + 2 * g), x3 = vld1q_s16(ab + 3 * lda + 2 * g);
                int16x8_t w0, w1;
                int8x8x2_t w;
#define BERT__ROW(i, l) c##i##0 = vmlal_laneq_s16(c##i##0, vget_low_s16(w0), x##i, 2 * l); c##i##1 = vmlal_high_laneq_s16(c##i##1, w0, x##i, 2 * l); \
                c##i##0 = vmlal_laneq_s16(c##i##0, vget_low_s16(w1), x##i, 2 * l + 1); c##i##1 = vmlal_high_laneq_s16(c##i##1, w1, x##i, 2 * l + 1);
#define BERT__GROUP(l) w = vld2_s8(BERT__CAST(const int8_t *, (const void *)(wb + 64 + 32 * (g + l) + 16 * h))); \
                w0 = vmovl_s8(w.val[0]); w1 = vmovl_s8(w.val[1]); BERT__ROW(0, l) BERT__ROW(1, l) BERT__ROW(2, l) BERT__ROW(3, l)
                BERT__GROUP(0) BERT__GROUP(1) BERT__GROUP(2) BERT__GROUP(3)
#undef BERT__GROUP
#undef BERT__ROW
            }
#define BERT__ROW(i) f##i##0 = vfmaq_f32(f##i##0, vcvtq_f32_s32(c##i##0), s0); f##i##1 = vfmaq_f32(f##i##1, vcvtq_f32_s32(c##i##1), s1);
            BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3)
#undef BERT__ROW
        }
#define BERT__ROW(i) vst1q_f32(acc + i * BERT__Q8_ACC + 8 * h, f##i##0); vst1q_f32(acc + i * BERT__Q8_ACC + 8 * h + 4, f##i##1);
        BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3)
#undef BERT__ROW
    }
}
#else
static void bert__kernel_q8(const int16_t *a, size_t lda, int blocks, const uint8_t *b, size_t stride, int np, float *acc) {
    int i, o, blk, k;
    (void)stride;
    (void)np;
    for (i = 0; i < BERT__Q8_MR; i++)
        for (o = 0; o < BERT__PANEL; o++) {
            float f = 0;
            for (blk = 0; blk < blocks; blk++) {
                const uint8_t *wb = b + (size_t)blk * BERT__Q8_BLOCK_BYTES;
                const int16_t *x = a + (size_t)i * lda + (size_t)blk * BERT__Q8_BLOCK;
                int32_t sum = 0;
                float scale;
                for (k = 0; k < BERT__Q8_BLOCK; k++) sum += (int32_t)x[k] * (int8_t)wb[64 + 32 * (k / 2) + 2 * o + k % 2];
                memcpy(&scale, wb + 4 * o, 4);
                f = fmaf((float)sum, scale, f);
            }
            acc[i * BERT__Q8_ACC + o] = f;
        }
}
#endif

/* One row of a q8_0 product's output: y[j] = acc[j] sx + bias[j] for j < n, sx the row's
   activation scale: a rounded multiply then a rounded add on every CPU. */
static void bert__q8_row(const float *acc, float sx, const float *bias, float *y, int n) {
    int j = 0;
    bert__vf vs = bert__vset(sx);
    for (; j + BERT__VL <= n; j += BERT__VL) bert__vstore(y + j, bert__vadd(bert__vmul(bert__vload(acc + j), vs), bert__vload(bias + j)));
    for (; j < n; j++) {
        float r = acc[j] * sx;
        y[j] = r + bias[j];
    }
}

/* Packs rows [0, mr) x columns [0, kc) of x (rows ldx apart) k by k: a[k MR + i] = x[i][k], the
   last row repeated up to MR (those results are not stored). x86 transposes 8 x 8 blocks in
   registers; elsewhere, and for the last columns, one value at a time. */
static void bert__pack_rows(const float *x, size_t ldx, int mr, int kc, float *a) {
    const float *row[8];
    int i, k = 0;
    for (i = 0; i < 8; i++) row[i] = x + (size_t)(i < mr ? i : mr - 1) * ldx;
#if defined(BERT__AVX512) || defined(BERT__AVX2)
    {
        __m256i keep = _mm256_cmpgt_epi32(_mm256_set1_epi32(BERT__MR), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
        for (; k + 8 <= kc; k += 8) {
            __m256 t0 = _mm256_loadu_ps(row[0] + k), t1 = _mm256_loadu_ps(row[1] + k), t2 = _mm256_loadu_ps(row[2] + k);
            __m256 t3 = _mm256_loadu_ps(row[3] + k), t4 = _mm256_loadu_ps(row[4] + k), t5 = _mm256_loadu_ps(row[5] + k);
            __m256 t6 = _mm256_loadu_ps(row[6] + k), t7 = _mm256_loadu_ps(row[7] + k), u0, u1, u2, u3, u4, u5, u6, u7;
            u0 = _mm256_unpacklo_ps(t0, t1); u1 = _mm256_unpackhi_ps(t0, t1); u2 = _mm256_unpacklo_ps(t2, t3); u3 = _mm256_unpackhi_ps(t2, t3);
            u4 = _mm256_unpacklo_ps(t4, t5); u5 = _mm256_unpackhi_ps(t4, t5); u6 = _mm256_unpacklo_ps(t6, t7); u7 = _mm256_unpackhi_ps(t6, t7);
            t0 = _mm256_shuffle_ps(u0, u2, 0x44); t1 = _mm256_shuffle_ps(u0, u2, 0xEE); t2 = _mm256_shuffle_ps(u1, u3, 0x44);
            t3 = _mm256_shuffle_ps(u1, u3, 0xEE); t4 = _mm256_shuffle_ps(u4, u6, 0x44); t5 = _mm256_shuffle_ps(u4, u6, 0xEE);
            t6 = _mm256_shuffle_ps(u5, u7, 0x44); t7 = _mm256_shuffle_ps(u5, u7, 0xEE); /* t_j: k + j (of rows 0-3 | 4-7) */
            _mm256_maskstore_ps(a + (size_t)(k + 0) * BERT__MR, keep, _mm256_permute2f128_ps(t0, t4, 0x20));
            _mm256_maskstore_ps(a + (size_t)(k + 1) * BERT__MR, keep, _mm256_permute2f128_ps(t1, t5, 0x20));
            _mm256_maskstore_ps(a + (size_t)(k + 2) * BERT__MR, keep, _mm256_permute2f128_ps(t2, t6, 0x20));
            _mm256_maskstore_ps(a + (size_t)(k + 3) * BERT__MR, keep, _mm256_permute2f128_ps(t3, t7, 0x20));
            _mm256_maskstore_ps(a + (size_t)(k + 4) * BERT__MR, keep, _mm256_permute2f128_ps(t0, t4, 0x31));
            _mm256_maskstore_ps(a + (size_t)(k + 5) * BERT__MR, keep, _mm256_permute2f128_ps(t1, t5, 0x31));
            _mm256_maskstore_ps(a + (size_t)(k + 6) * BERT__MR, keep, _mm256_permute2f128_ps(t2, t6, 0x31));
            _mm256_maskstore_ps(a + (size_t)(k + 7) * BERT__MR, keep, _mm256_permute2f128_ps(t3, t7, 0x31));
        }
    }
#endif
    for (; k < kc; k++)
        for (i = 0; i < BERT__MR; i++) a[(size_t)k * BERT__MR + i] = row[i][k];
}

/* Converts np f16 panels (`stride` halves apart) of kc rows to floats, np * kc * 16 of them. */
static void bert__f16_piece(const uint16_t *b, size_t stride, int np, int kc, float *out) {
    int q, i;
    for (q = 0; q < np; q++, out += (size_t)kc * BERT__PANEL) {
        const uint16_t *h = b + q * stride;
#if defined(BERT__AVX512)
        for (i = 0; i < kc * BERT__PANEL; i += 16)
            _mm512_storeu_ps(out + i, _mm512_cvtph_ps(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(h + i)))));
#elif defined(BERT__AVX2)
        for (i = 0; i < kc * BERT__PANEL; i += 8)
            _mm256_storeu_ps(out + i, _mm256_cvtph_ps(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(h + i)))));
#else
        for (i = 0; i < kc * BERT__PANEL; i++) out[i] = bert__f16_to_f32(h[i]);
#endif
    }
}

/* A thread's scratch for float products of at most `rows` rows and K at most `kmax`, sized by
   the context so that a small one (firmware, one short sentence) stays small: packed x, a block
   of up to MC rows (rounded up to MR) times a piece of K (bert__k_piece: under 2 KC), or, for
   few rows, times the whole of K (up to MC x KC in all); then one converted f16 piece. The first
   part's size goes to *pack_floats; the whole is returned. */
static size_t bert__scratch_floats(size_t rows, size_t kmax, size_t *pack_floats) {
    size_t cap = bert__round_up(rows < BERT__MC ? rows : BERT__MC, BERT__MR), few = cap < 3 * BERT__MR ? cap : 3 * BERT__MR;
    size_t span = kmax < 2 * BERT__KC ? kmax : 2 * BERT__KC - 1, f16_piece = kmax < BERT__KC_F16 ? kmax : BERT__KC_F16;
    size_t need = cap * span > few * kmax ? cap * span : few * kmax;
    *pack_floats = need < (size_t)BERT__MC * BERT__KC ? need : (size_t)BERT__MC * BERT__KC;
    return *pack_floats + f16_piece * BERT__PANEL * BERT__KP;
}

/* The length of the pieces K is cut into when many tiles share each piece of weights: K / KC
   equal pieces (KC to 2 KC - 1 long), not KC and a remainder. Each piece costs every tile a
   load and a store of its accumulators, so BERT-base's K = 768 is one piece, not 512 + 256
   (B32 S128 f32 ~5% faster); longer pieces were not faster (768 at MiniLM's K = 1536: 2% slower). */
static int bert__k_piece(int K) {
    int pieces = K / BERT__KC > 1 ? K / BERT__KC : 1;
    return (K + pieces - 1) / pieces;
}

/* Asks for the lines of y that the tile of rows [m, m + MR) (below `end`) and columns
   [col, col + n) is about to store to (or to add to). The tiles go down a panel, one row of each
   tile 6-8 rows of y apart, so the hardware prefetchers do not see them coming, and a store
   that misses waits for its line: on AMD Zen 3, 15% of MiniLM-L6 q8_0's time at B1 S128. */
static BERT__INLINE void bert__prefetch_tile(const bert__gemm *g, int m, int end, int col, int n) {
    int i, j;
    for (i = m; i < m + BERT__MR && i < end; i++)
        for (j = 0; j < n; j += 16) BERT__PREFETCH_W(g->y + (size_t)i * g->ldy + col + j);
}

/* Rows [m0, m1) x panels [p0, p1) of a float product, on the calling thread. `pack` holds
   g->scratch_floats: the current block of x (mc rows x a span of K, g->pack_floats floats),
   packed once and used by every panel, then room for one piece of f16 panels converted to
   floats (read by many tiles, converted once). A full tile is computed in place in y: the first
   K piece starts from the bias, later ones from y itself; an edge tile goes through `tile`. The
   kernel applies the activation as it stores the last piece. */
static void bert__gemm_f32(const bert__gemm *g, float *pack, int m0, int m1, int p0, int p1) {
    size_t esize = g->dtype == BERT_DTYPE_F16 ? 2 : 4;
    const uint8_t *w = BERT__CAST(const uint8_t *, g->w);
    float tile[BERT__MR * BERT__TILE_W];
    bert__ahead ahead;
    int kpiece = bert__k_piece(g->K), mc = kpiece > BERT__KC ? BERT__MC * BERT__KC / kpiece / BERT__MR * BERT__MR : BERT__MC;
    int mb, k0, k1, p, m, i, j;
    for (mb = m0; mb < m1; mb += mc) { /* a block of x, at most MC x KC floats, stays in L2 */
        int mb_end = mb + mc < m1 ? mb + mc : m1, tiles = (mb_end - mb + BERT__MR - 1) / BERT__MR;
        /* x is packed a span of K at a time. Few rows (batch 1, short text) read every weight from
           memory about once and use it little: there the span is the whole of K when it fits, and
           each panel group is walked down all of it, so the weights are read in a few long runs
           (~15% faster at M = 16 than KC pieces of every panel in turn; with the next KC rows
           prefetched during each piece, ~35%). */
        int whole = tiles < 4 && (size_t)tiles * BERT__MR * (size_t)g->K <= g->pack_floats;
        int span = whole ? g->K : kpiece;
        int kstep = esize == 2 && tiles >= 4 ? BERT__KC_F16 : whole ? BERT__KC : kpiece; /* see BERT__KC_F16 */
        for (k0 = 0; k0 < g->K; k0 += span) {
            int kc = g->K - k0 < span ? g->K - k0 : span;
            for (m = mb; m < mb_end; m += BERT__MR)
                bert__pack_rows(g->x + (size_t)m * g->ldx + k0, g->ldx, mb_end - m < BERT__MR ? mb_end - m : BERT__MR, kc,
                                pack + (size_t)(m - mb) * kc);
            for (p = p0; p < p1; p += BERT__KP) {
                int np = p1 - p < BERT__KP ? p1 - p : BERT__KP, col = p * BERT__PANEL;
                int nr = g->N - col < np * BERT__PANEL ? g->N - col : np * BERT__PANEL;
                for (k1 = k0; k1 < k0 + kc; k1 += kstep) {
                    int kp = k0 + kc - k1 < kstep ? k0 + kc - k1 : kstep, first = k1 == 0, last = k1 + kp == g->K, f16 = esize == 2;
                    const uint8_t *b = w + ((size_t)p * g->panel_stride + (size_t)k1 * BERT__PANEL) * esize;
                    const float *bias = first && g->bias ? g->bias + col : NULL;
                    size_t stride = g->panel_stride;
                    if (f16 && tiles >= 4) { /* many tiles will read this piece: convert it once */
                        bert__f16_piece(BERT__CAST(const uint16_t *, (const void *)b), g->panel_stride, np, kp, pack + g->pack_floats);
                        b = BERT__CAST(const uint8_t *, (const void *)(pack + g->pack_floats));
                        stride = (size_t)kp * BERT__PANEL;
                        f16 = 0;
                    }
                    for (m = mb; m < mb_end; m += BERT__MR) {
                        int mr = mb_end - m < BERT__MR ? mb_end - m : BERT__MR;
                        const float *a = pack + (size_t)(m - mb) * kc + (size_t)(k1 - k0) * BERT__MR;
                        float *y = g->y + (size_t)m * g->ldy + col;
                        bert__ahead *pf = NULL;
                        if (k1 + kp < k0 + kc || p + BERT__KP < p1) { /* this tile's share of the next piece */
                            int down = k1 + kp < k0 + kc; /* the same panels' next KC rows, else the next panels' first */
                            int kn = down ? (k0 + kc - k1 - kp < kstep ? k0 + kc - k1 - kp : kstep) : (kc < kstep ? kc : kstep);
                            size_t piece = (size_t)kn * BERT__PANEL * esize, t = (size_t)(m - mb) / BERT__MR;
                            size_t at = piece * t / (size_t)tiles / 64 * 64, end = piece * (t + 1) / (size_t)tiles;
                            ahead.p = w + ((size_t)(down ? p : p + BERT__KP) * g->panel_stride + (size_t)(down ? k1 + kp : k0) * BERT__PANEL) * esize + at;
                            ahead.bytes = end > at ? end - at : 0;
                            ahead.stride = g->panel_stride * esize;
                            ahead.panels = down ? np : p1 - p - BERT__KP < BERT__KP ? p1 - p - BERT__KP : BERT__KP;
                            pf = &ahead;
                        }
                        bert__prefetch_tile(g, m + BERT__MR, mb_end, col, nr); /* the next tile's outputs */
                        if (mr == BERT__MR && nr == np * BERT__PANEL) {
                            bert__kernel_f32(a, BERT__MR, kp, b, BERT__PANEL, stride, np, f16, bias, !first, last ? g->act : BERT_ACT_NONE, y,
                                             g->ldy, pf);
                        } else { /* the start values, mr x nr of them, into the tile and back */
                            for (i = 0; i < BERT__MR; i++)
                                for (j = 0; j < BERT__TILE_W; j++)
                                    tile[i * BERT__TILE_W + j] = i >= mr || j >= nr ? 0 : !first ? y[(size_t)i * g->ldy + j] : bias ? bias[j] : 0;
                            bert__kernel_f32(a, BERT__MR, kp, b, BERT__PANEL, stride, np, f16, NULL, 1, last ? g->act : BERT_ACT_NONE, tile,
                                             BERT__TILE_W, pf);
                            for (i = 0; i < mr; i++) memcpy(y + (size_t)i * g->ldy, tile + i * BERT__TILE_W, sizeof(float) * nr);
                        }
                    }
                }
            }
        }
    }
}

/* The same for q8_0 weights, over quantized activations: each micro-kernel call computes a
   BERT__Q8_MR x 16 BERT__Q8_NP tile over the whole of K, and bert__q8_row scales it into y.
   Rows are taken in blocks of about 128 KB of activations, which stay in L2 while the panels
   pass. The rows of xq are padded (bert__ctx_alloc), so a tile may read past M. */
static void bert__gemm_q8(const bert__gemm *g, int m0, int m1, int p0, int p1) {
    int blocks = (int)(bert__round_up((size_t)g->K, BERT__Q8_BLOCK) / BERT__Q8_BLOCK), mb, m, p, i;
    int rows_per_block = (int)((65536 / g->ldq + BERT__Q8_MR - 1) / BERT__Q8_MR * BERT__Q8_MR);
    float acc[BERT__Q8_MR * BERT__Q8_ACC];
    for (mb = m0; mb < m1; mb += rows_per_block) {
        int mb_end = m1 - mb < rows_per_block ? m1 : mb + rows_per_block;
        for (p = p0; p < p1; p += BERT__Q8_NP) {
            int np = p1 - p < BERT__Q8_NP ? p1 - p : BERT__Q8_NP, col = p * BERT__PANEL;
            int nr = g->N - col < np * BERT__PANEL ? g->N - col : np * BERT__PANEL;
            const uint8_t *b = BERT__CAST(const uint8_t *, g->w) + (size_t)p * g->panel_stride;
            for (m = mb; m < mb_end; m += BERT__Q8_MR) {
                int mr = mb_end - m < BERT__Q8_MR ? mb_end - m : BERT__Q8_MR;
                bert__kernel_q8(g->xq + (size_t)m * g->ldq, g->ldq, blocks, b, g->panel_stride, np, acc);
                for (i = 0; i < mr; i++) {
                    float *y = g->y + (size_t)(m + i) * g->ldy + col;
                    /* The same row's lines for the next panels, one row apart in memory: fetched
                       now, they are not waited for when stored (MiniLM-L6 q8_0 B1 S128 on Zen 3:
                       15% of the time went to those waits) */
                    if (p + BERT__Q8_NP < p1) BERT__PREFETCH_W(y + BERT__PANEL * np);
                    if (p + BERT__Q8_NP < p1 && np == 2) BERT__PREFETCH_W(y + BERT__PANEL * np + BERT__PANEL);
                    bert__q8_row(acc + i * BERT__Q8_ACC, g->xs[m + i], g->bias + col, y, nr);
                    bert__activate(g->act, y, (size_t)nr);
                }
            }
        }
    }
}

/* out[0..VL) = the integral values of v (in [-32767, 32767]) as int16. */
static BERT__INLINE void bert__store_q16(int16_t *out, bert__vf v) {
#if defined(BERT__AVX512)
    _mm256_storeu_si256(BERT__CAST(__m256i *, (void *)out), _mm512_cvtepi32_epi16(_mm512_cvtps_epi32(v)));
#elif defined(BERT__AVX2)
    __m256i q = _mm256_cvtps_epi32(v);
    _mm_storeu_si128(BERT__CAST(__m128i *, (void *)out), _mm_packs_epi32(_mm256_castsi256_si128(q), _mm256_extracti128_si256(q, 1)));
#elif defined(BERT__NEON)
    vst1_s16(out, vmovn_s32(vcvtnq_s32_f32(v)));
#else
    *out = (int16_t)v;
#endif
}

/* Quantizes rows [m0, m1) of x (K floats each, ldx apart) for a q8_0 product, symmetrically to
   16 bits: with a = max |x| over the row, the row's scale is s = a / 32767 and each value becomes
   q = round(x / s) in [-32767, 32767], so x ~ s q within a / 65534 (8-bit activations lose
   too much on real checkpoints: tools/q8_error_sim.py). Row m's values go to q + m ldq (zeros
   past K), s to s[m]. */
static void bert__quantize_rows(const float *x, size_t ldx, int K, int m0, int m1, int16_t *q, size_t ldq, float *s) {
    int m, i;
    for (m = m0; m < m1; m++) {
        const float *xr = x + (size_t)m * ldx;
        int16_t *out = q + (size_t)m * ldq;
        bert__vf vmax = bert__vset(0.0f), zero = vmax, finite = vmax, inv, top = bert__vset(32767.0f);
        float amax, check, tail[BERT__VL] = {0};
        int16_t shorts[BERT__VL];
        for (i = 0; i + BERT__VL <= K; i += BERT__VL) {
            bert__vf v = bert__vload(xr + i);
            vmax = bert__vmax(vmax, bert__vabs(v));
            finite = bert__vadd(finite, bert__vmul(v, zero)); /* stays 0 unless some value is inf or NaN */
        }
        amax = bert__vhmax(vmax);
        check = bert__vhsum(finite);
        for (; i < K; i++) {
            amax = fabsf(xr[i]) > amax ? fabsf(xr[i]) : amax;
            check += xr[i] * 0.0f;
        }
        if (check != 0.0f || !(amax <= 3.4e38f)) {
            /* an infinite or NaN value: no scale fits. The row's products come out NaN through its
               scale, as they would in f32. */
            s[m] = (float)NAN;
            memset(out, 0, ldq * sizeof *out);
            continue;
        }
        s[m] = amax / 32767.0f;
        /* A range below 1e-30 quantizes to zeros: 32767 / amax could overflow to inf. */
        inv = bert__vset(amax > 1e-30f ? 32767.0f / amax : 0.0f);
#define BERT__QUANT(v) bert__vmin(bert__vmax(bert__vround(bert__vmul((v), inv)), bert__vsub(zero, top)), top)
        for (i = 0; i + BERT__VL <= K; i += BERT__VL) bert__store_q16(out + i, BERT__QUANT(bert__vload(xr + i)));
        if (i < K) { /* the last values through a zero-padded vector, so every value takes the same steps */
            memset(tail, 0, sizeof tail);
            memcpy(tail, xr + i, (size_t)(K - i) * sizeof *tail);
            bert__store_q16(shorts, BERT__QUANT(bert__vload(tail)));
            memcpy(out + i, shorts, (size_t)(K - i) * sizeof *out);
        }
#undef BERT__QUANT
        memset(out + K, 0, (ldq - (size_t)K) * sizeof *out);
    }
}

/* ========================================================================================== */
/* ---- Rows, norms ------------------------------------------------------------------------- */

/* y = (x - mean) / sqrt(var + eps) * w + b over one row of n, with the biased variance
   (two passes, as PyTorch: the mean first, then the squared deviations from it). */
static void bert__layer_norm(const bert__norm *norm, const float *x, float *y, int n) {
    bert__vf acc = bert__vset(0.0f), vmean, vinv;
    float mean = bert__sum(x, n) / (float)n, var, inv;
    int i = 0;
    vmean = bert__vset(mean);
    for (; i + BERT__VL <= n; i += BERT__VL) {
        bert__vf d = bert__vsub(bert__vload(x + i), vmean);
        acc = bert__vfma(d, d, acc);
    }
    for (var = bert__vhsum(acc); i < n; i++) var += (x[i] - mean) * (x[i] - mean);
    inv = 1.0f / sqrtf(var / (float)n + norm->eps);
    vinv = bert__vset(inv);
    for (i = 0; i + BERT__VL <= n; i += BERT__VL)
        bert__vstore(y + i, bert__vfma(bert__vmul(bert__vsub(bert__vload(x + i), vmean), vinv), bert__vload(norm->w + i),
                                       bert__vload(norm->b + i)));
    for (; i < n; i++) y[i] = (x[i] - mean) * inv * norm->w[i] + norm->b[i];
}

/* Row by row: x += r (the residual, when r), then y = LayerNorm(x) (when norm; y may be x, or r
   itself). Post-norm layers close each sub-layer with x = LayerNorm(x + r); pre-norm ones add the
   residual and norm the next sub-layer's input in the same pass. */
static void bert__add_norm(const bert__norm *norm, float *x, const float *r, float *y, int rows, int n) {
    int t, i;
    for (t = 0; t < rows; t++) {
        float *xt = x + (size_t)t * n;
        if (r) {
            const float *rt = r + (size_t)t * n;
            for (i = 0; i + BERT__VL <= n; i += BERT__VL) bert__vstore(xt + i, bert__vadd(bert__vload(xt + i), bert__vload(rt + i)));
            for (; i < n; i++) xt[i] += rt[i];
        }
        if (norm) bert__layer_norm(norm, xt, y + (size_t)t * n, n);
    }
}

/* Floats of one thread's attention scratch for sequences of up to S tokens and heads of d:
   Q^T and V in panels, K^T (rows padded for a tile), one block of scores with a tile's slack,
   their inverse sums. */
static size_t bert__head_floats(size_t S, size_t d) {
    return bert__round_up(S, BERT__PANEL) * d + (bert__round_up(S, BERT__PANEL) + BERT__MR) * d + bert__round_up(d, BERT__PANEL) * S +
           S * BERT__TILE_W + BERT__MR + BERT__TILE_W;
}

/* ========================================================================================== */
/* ---- Parallel steps ---------------------------------------------------------------------- */

/* Runs fn(arg, part, parts) for every part, on the context's threads. */
static void bert__parallel(bert_ctx *c, bert__task_fn fn, void *arg) {
#ifndef BERT_NO_THREADS
    if (c->pool) {
        bert__pool_run(c->pool, fn, arg);
        return;
    }
#endif
    (void)c;
    fn(arg, 0, 1);
}

/* Part `part` of `parts` near-equal pieces of [0, n). */
static void bert__part_range(int n, int part, int parts, int *lo, int *hi) {
    *lo = (int)((long long)n * part / parts);
    *hi = (int)((long long)n * (part + 1) / parts);
}

/* A product is split by panel ranges when there are enough panels for every thread and the rows
   are few, else by rows: the few-output heads, and f32 products with at least 8 row tiles per
   thread, where a panel split would have every thread pack every row of x and pass every panel
   for only its share of the columns (rows: MiniLM B32 S128 -5%, B1 S128 -6%, BERT-base B1 S128
   -3%). Below that, each weight is better read by one thread only. */
static void bert__gemm_task(void *arg, int part, int parts) {
    const bert__gemm *g = BERT__CAST(const bert__gemm *, arg);
    int q8 = g->dtype == BERT_DTYPE_Q8_0, unit = !q8 ? BERT__KP : BERT__Q8_NP, mr = !q8 ? BERT__MR : BERT__Q8_MR;
    int panels = (g->N + BERT__PANEL - 1) / BERT__PANEL, units = (panels + unit - 1) / unit, lo, hi;
    int m0 = 0, m1 = g->M, p0 = 0, p1 = panels;
    if (units >= parts && (q8 || g->M < parts * 8 * BERT__MR)) {
        bert__part_range(units, part, parts, &lo, &hi);
        p0 = lo * unit;
        p1 = hi * unit < panels ? hi * unit : panels;
    } else {
        bert__part_range((g->M + mr - 1) / mr, part, parts, &lo, &hi);
        m0 = lo * mr;
        m1 = hi * mr < g->M ? hi * mr : g->M;
    }
    if (m0 >= m1 || p0 >= p1) return;
    if (!q8) {
        bert__gemm_f32(g, g->pack + (size_t)part * g->scratch_floats, m0, m1, p0, p1);
        return;
    }
    bert__gemm_q8(g, m0, m1, p0, p1);
}

typedef struct bert__rows_job {
    const bert__gemm *g;  /* quantize: g->x rows into q, s (which g->xq, g->xs point at) */
    int16_t *q;
    float *s;
    const bert__norm *norm; /* add_norm: x += r, y = LayerNorm(x) (bert__add_norm) */
    float *x, *y;
    const float *r;
    int rows, n;
} bert__rows_job;

static void bert__quantize_task(void *arg, int part, int parts) {
    const bert__rows_job *j = BERT__CAST(const bert__rows_job *, arg);
    int lo, hi;
    bert__part_range(j->rows, part, parts, &lo, &hi);
    bert__quantize_rows(j->g->x, j->g->ldx, j->g->K, lo, hi, j->q, j->g->ldq, j->s);
}

static void bert__add_norm_task(void *arg, int part, int parts) {
    const bert__rows_job *j = BERT__CAST(const bert__rows_job *, arg);
    size_t at;
    int lo, hi;
    bert__part_range(j->rows, part, parts, &lo, &hi);
    at = (size_t)lo * j->n;
    bert__add_norm(j->norm, j->x + at, j->r ? j->r + at : NULL, j->y + at, hi - lo, j->n);
}

/* bert__add_norm on the context's threads, rows split between them (y NULL: x). */
static void bert__rows_step(bert_ctx *c, const bert__norm *norm, float *x, float *y, const float *r, int rows, int n) {
    bert__rows_job j;
    memset(&j, 0, sizeof j);
    j.norm = norm;
    j.x = x;
    j.y = y ? y : x;
    j.r = r;
    j.rows = rows;
    j.n = n;
    bert__parallel(c, bert__add_norm_task, &j);
}

/* The product itself: the weight's panels or rows, whatever it holds. */
static void bert__linear_product(bert_ctx *c, const bert__linear *lin, const float *x, int ldx, int M, float *y, int ldy,
                                 bert_act act) {
    const bert__tensor *w = &lin->w;
    bert__gemm g;
    if (w->layout == BERT__LAYOUT_ROWS) { /* bert-convert --layout rows, and tied decoders */
        int o, m, in = w->cols;
#ifdef BERT_USE_OPENBLAS
        if (w->dtype == BERT_DTYPE_F32) {
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, M, w->rows, in, 1.0f, x, ldx, BERT__CAST(const float *, w->data), in,
                        0.0f, y, ldy);
            for (m = 0; m < M; m++) {
                float *ym = y + (size_t)m * ldy;
                for (o = 0; o < w->rows; o++) ym[o] += lin->b[o];
                bert__activate(act, ym, (size_t)w->rows);
            }
            return;
        }
#endif
        for (o = 0; o < w->rows; o++) {
            const float *wr;
            if (w->dtype == BERT_DTYPE_F32) {
                wr = BERT__CAST(const float *, w->data) + (size_t)o * in;
            } else {
                bert__row(w, o, c->wrow);
                wr = c->wrow;
            }
            for (m = 0; m < M; m++) y[(size_t)m * ldy + o] = lin->b[o] + bert__dot(x + (size_t)m * ldx, wr, in);
        }
        for (m = 0; m < M; m++) bert__activate(act, y + (size_t)m * ldy, (size_t)w->rows);
        return;
    }
    memset(&g, 0, sizeof g);
    g.x = x;
    g.ldx = (size_t)ldx;
    g.M = M;
    g.K = w->cols;
    g.w = w->data;
    g.dtype = w->dtype;
    g.y = y;
    g.ldy = (size_t)ldy;
    g.N = w->rows;
    g.bias = lin->b;
    g.act = act;
    g.pack = c->pack;
    g.scratch_floats = c->scratch_floats;
    g.pack_floats = c->pack_floats;
    if (w->dtype == BERT_DTYPE_Q8_0) {
        bert__rows_job j;
        g.panel_stride = bert__round_up((size_t)w->cols, BERT__Q8_BLOCK) / BERT__Q8_BLOCK * BERT__Q8_BLOCK_BYTES;
        g.ldq = bert__round_up((size_t)w->cols, BERT__Q8_BLOCK); /* rows as long as this product's padded K */
        g.xq = c->xq;
        g.xs = c->xs;
        memset(&j, 0, sizeof j);
        j.g = &g;
        j.q = c->xq;
        j.s = c->xs;
        j.rows = M;
        bert__parallel(c, bert__quantize_task, &j);
    } else {
        g.panel_stride = (size_t)w->cols * BERT__PANEL;
    }
    bert__parallel(c, bert__gemm_task, &g);
}

typedef struct bert__outliers_job {
    const bert__linear *lin;
    const float *x;
    float *y;
    size_t ldx, ldy;
    int M;
    bert_act act;
} bert__outliers_job;

/* y[m] = act(y[m] + sum_i x[m][d_i] * outliers[i]) over the linear's outlier dimensions d_i: the
   weight's columns kept f32 apart, added after the product (which went without activation), in
   one pass over y, vector by vector (the tail through a zero-padded vector, as bert__activate). */
static void bert__outliers_task(void *arg, int part, int parts) {
    const bert__outliers_job *j = BERT__CAST(const bert__outliers_job *, arg);
    const bert__linear *lin = j->lin;
    int N = lin->w.rows, m, i, o, lo, hi;
    bert__part_range(j->M, part, parts, &lo, &hi);
    for (m = lo; m < hi; m++) {
        const float *xm = j->x + (size_t)m * j->ldx;
        float *ym = j->y + (size_t)m * j->ldy;
        for (o = 0; o < N; o += BERT__VL) {
            float tail[BERT__VL] = {0};
            int n = N - o < BERT__VL ? N - o : BERT__VL, partial = BERT__VL > 1 && n < BERT__VL; /* never with one lane */
            bert__vf acc;
            if (partial) memcpy(tail, ym + o, (size_t)n * sizeof *ym);
            acc = bert__vload(partial ? tail : ym + o);
            for (i = 0; i < lin->outlier_count; i++) {
                const float *col = lin->outliers + (size_t)i * N + o;
                float padded[BERT__VL] = {0};
                if (partial) memcpy(padded, col, (size_t)n * sizeof *col);
                acc = bert__vfma(bert__vset(xm[lin->outlier_dims[i]]), bert__vload(partial ? padded : col), acc);
            }
            acc = bert__vact(j->act, acc);
            if (partial) {
                bert__vstore(tail, acc);
                memcpy(ym + o, tail, (size_t)n * sizeof *ym);
            } else {
                bert__vstore(ym + o, acc);
            }
        }
    }
}

/* y[m][o] = act(b[o] + sum_i x[m][i] * W[o][i]) for m < M: PyTorch's nn.Linear and the
   activation after it. x rows are ldx floats apart, y rows ldy apart. */
static void bert__linear_forward(bert_ctx *c, const bert__linear *lin, const float *x, int ldx, int M, float *y, int ldy,
                                 bert_act act) {
    bert__outliers_job j;
    if (!lin->outlier_count) {
        bert__linear_product(c, lin, x, ldx, M, y, ldy, act);
        return;
    }
    bert__linear_product(c, lin, x, ldx, M, y, ldy, BERT_ACT_NONE);
    j.lin = lin;
    j.x = x;
    j.y = y;
    j.ldx = (size_t)ldx;
    j.ldy = (size_t)ldy;
    j.M = M;
    j.act = act;
    bert__parallel(c, bert__outliers_task, &j);
}

/* ========================================================================================== */
/* ---- Embeddings -------------------------------------------------------------------------- */

/* Checks the batch and packs its mask-1 positions: token n is (tok_seq[n], tok_pos[n]). */
static int bert__pack(bert_ctx *c, const bert_batch *in, bert_error *err) {
    const bert_config *cfg = &c->model->cfg;
    int b, t, n = 0;
    if (in->batch < 1 || in->batch > c->max_batch)
        return bert__fail(err, BERT_E_ARG, "batch of %d sequences; this context holds 1 to %d", in->batch, c->max_batch);
    if (in->seq_len < 1 || in->seq_len > c->max_seq_len)
        return bert__fail(err, BERT_E_ARG, "sequence length %d; this context holds 1 to %d tokens (the model allows %d)", in->seq_len,
                          c->max_seq_len, cfg->max_length);
    if ((size_t)in->batch * (size_t)in->seq_len > c->max_tokens)
        return bert__fail(err, BERT_E_ARG, "batch of %d x %d tokens; this context holds at most %lu", in->batch, in->seq_len,
                          (unsigned long)c->max_tokens);
    if (!in->input_ids) return bert__fail(err, BERT_E_ARG, "input_ids is NULL");
    for (b = 0; b < in->batch; b++) {
        int non_pad = 0; /* RoBERTa positions count the non-pad ids so far, masked or not */
        c->seq_first[b] = -1;
        c->seq_count[b] = 0;
        for (t = 0; t < in->seq_len; t++) {
            size_t at = (size_t)b * in->seq_len + t;
            int32_t id = in->input_ids[at], mask = in->attention_mask ? in->attention_mask[at] : 1;
            int32_t type = in->token_type_ids ? in->token_type_ids[at] : 0;
            int position = t;
            if (cfg->positions == BERT_POSITIONS_PADDED) {
                non_pad += id != cfg->pad_id;
                position = id == cfg->pad_id ? cfg->pad_id : cfg->pad_id + non_pad;
            }
            if (mask != 0 && mask != 1)
                return bert__fail(err, BERT_E_ARG, "attention_mask[%d][%d] = %d; it must be 0 or 1", b, t, (int)mask);
            c->packed_index[at] = -1;
            if (!mask) continue;
            if (id < 0 || id >= cfg->vocab_size)
                return bert__fail(err, BERT_E_ARG, "input_ids[%d][%d] = %d is outside the vocabulary [0, %d)", b, t, (int)id,
                                  cfg->vocab_size);
            if (cfg->type_vocab_size > 0 && (type < 0 || type >= cfg->type_vocab_size))
                return bert__fail(err, BERT_E_ARG, "token_type_ids[%d][%d] = %d is outside [0, %d)", b, t, (int)type,
                                  cfg->type_vocab_size);
            if (position >= cfg->max_position_embeddings || t >= cfg->max_length)
                return bert__fail(err, BERT_E_ARG, "sequence %d is longer than the model allows (%d tokens)", b, cfg->max_length);
            if (c->seq_first[b] < 0) c->seq_first[b] = n;
            c->seq_count[b]++;
            c->tok_position_id[n] = position;
            c->packed_index[at] = n;
            c->tok_seq[n] = b;
            c->tok_pos[n] = t;
            n++;
        }
        /* Hugging Face adds the same large negative to every score of such a row, so its
           attention is uniform over the padding: a value of the pad ids, not of any text. */
        if (c->seq_count[b] == 0)
            return bert__fail(err, BERT_E_ARG, "sequence %d has no position with attention_mask 1 (an empty text?)", b);
    }
    c->batch = in->batch;
    c->seq_len = in->seq_len;
    c->tokens = n;
    return BERT_OK;
}

/* word + position + token type (those the model has), LayerNorm, then the projection to H where
   the model has one. */
static void bert__embed(bert_ctx *c, const bert_batch *in) {
    const bert_model *m = c->model;
    const bert_config *cfg = &m->cfg;
    int E = cfg->embedding_size, n, i;
    float *out = m->emb_project.w.data ? c->emb : c->x, *row = c->wrow;
    for (n = 0; n < c->tokens; n++) {
        size_t at = (size_t)c->tok_seq[n] * in->seq_len + c->tok_pos[n];
        float *e = out + (size_t)n * E;
        bert__row(&m->word, in->input_ids[at], e);
        if (m->position.data) {
            bert__row(&m->position, c->tok_position_id[n], row);
            for (i = 0; i < E; i++) e[i] += row[i];
        }
        if (cfg->type_vocab_size > 0) {
            bert__row(&m->token_type, in->token_type_ids ? in->token_type_ids[at] : 0, row);
            for (i = 0; i < E; i++) e[i] += row[i];
        }
        bert__layer_norm(&m->emb_norm, e, e, E);
    }
    if (m->emb_project.w.data)
        bert__linear_forward(c, &m->emb_project, c->emb, E, c->tokens, c->x, cfg->hidden_size, BERT_ACT_NONE);
}

/* ========================================================================================== */
/* ---- Encoder ----------------------------------------------------------------------------- */

/* ADDING AN ARCHITECTURE. Every architecture runs the same code: embeddings (bert__embed), then
   bert__layer_rows per layer, pooling and heads. What differs between them is data: which tensors
   the file has, and config words that say how to use them. Nothing below tests bert_config.arch.
   - tools/bert-convert.c: a row of ARCHS (model_type, key prefix, config.json names, the
     embedding, layer and head tensor names, position rule, relative bias; read_own for a config.json
     in the model's own words, as NomicBERT's GPT2Config; fused_up_gate for one tensor whose two
     halves bert.h stacks the other way round, as GTE's up_gate_proj). Most new models stop here.
   - A setting the runtime must know (a bucket rule, a norm placement): a row of
     BERT__CONFIG_WORDS (at the end: older files read 0 there, so 0 must mean "as before"), a
     bert_config member, its checks in bert__read_config; the converter writes it from the table.
     docs/FORMAT.md lists the words.
   - A new tensor: a BERT__T_* canonical name, loaded in bert__load_weights (optional ones: only
     when the config says the model has them, so that a missing tensor is still an error; a bias
     or norm a model does without: a BERT_OMIT_* bit of bert_config.omitted).
   - Something that depends on the weights only (DeBERTa's relative embeddings through each
     layer's projections): computed once by the converter and stored (plan_disentangled); on
     positions only (MPNet's bias per distance, DeBERTa's relative rows): computed once at load
     (bert__load_score_bias, bert__load_disentangled), not per batch or per layer.
   - Something added to the attention scores before the softmax: bert__add_score_bias, the one
     place for it (it sees the head's queries, keys, positions and the layer's weights); a no-op
     for the models that add nothing. The scores' scale is model->score_scale.
   - Something a layer does differently: bert__layer_rows, with the layer's index (ModernBERT's
     global and local layers), as a config word (pre_norm, gated_ffn, the rotary bases); a new way
     of making position ids: bert__pack.
   - bert_arch gets a value (and bert_arch_name a name), for printing only.
   Then: a tiny random checkpoint with goldens from Hugging Face transformers (tools/make_goldens_*.py)
   in tests/fixtures/models, and the README's table. */

/* dst[k ldd + j] = src[j ld + k] * scale for j < 16 (0 for j >= rows) and k < cols: 16 rows of
   src transposed, the layout of a micro-kernel operand (Q^T panels, K^T). */
static void bert__transpose16(const float *src, size_t ld, int rows, int cols, float scale, float *dst, size_t ldd) {
    int k, j;
#if defined(BERT__AVX512)
    __m512i index = _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)ld));
    __mmask16 load = (__mmask16)(rows < 16 ? (1u << rows) - 1 : 0xFFFF);
    __m512 s = _mm512_set1_ps(scale);
    for (k = 0; k < cols; k++)
        _mm512_storeu_ps(dst + (size_t)k * ldd, _mm512_mul_ps(_mm512_mask_i32gather_ps(_mm512_setzero_ps(), load, index, src + k, 4), s));
    (void)j;
#elif defined(BERT__AVX2)
    __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    __m256 s = _mm256_set1_ps(scale);
    for (j = 0; j < 16; j += 8) { /* 8 rows at a time: a masked gather per k */
        __m256i index = _mm256_mullo_epi32(_mm256_add_epi32(lane, _mm256_set1_epi32(j)), _mm256_set1_epi32((int)ld));
        __m256 load = _mm256_castsi256_ps(_mm256_cmpgt_epi32(_mm256_set1_epi32(rows - j), lane));
        for (k = 0; k < cols; k++)
            _mm256_storeu_ps(dst + (size_t)k * ldd + j, _mm256_mul_ps(_mm256_mask_i32gather_ps(_mm256_setzero_ps(), src + k, index, load, 4), s));
    }
#else
    for (k = 0; k < cols; k++)
        for (j = 0; j < 16; j++) dst[(size_t)k * ldd + j] = j < rows ? src[(size_t)j * ld + k] * scale : 0;
#endif
}

/* Softmax over the keys of scores stored transposed, st[key][query] (rows ld apart), for `len`
   keys and n queries (a multiple of 16): each vector holds VL queries, so every step is
   vertical. The exponentials replace the scores; inv[q] gets 1 / (their sum), applied after the
   product with V. */
static void bert__softmax_columns(float *st, size_t ld, int len, int n, float *inv) {
    int q, j;
    for (q = 0; q < n; q += BERT__VL) {
        bert__vf vmax = bert__vload(st + q), m1 = vmax, m2 = vmax, m3 = vmax, vsum = bert__vset(0.0f);
        for (j = 1; j + 3 < len; j += 4) { /* four chains: the max's latency is covered */
            vmax = bert__vmax(vmax, bert__vload(st + (size_t)j * ld + q));
            m1 = bert__vmax(m1, bert__vload(st + (size_t)(j + 1) * ld + q));
            m2 = bert__vmax(m2, bert__vload(st + (size_t)(j + 2) * ld + q));
            m3 = bert__vmax(m3, bert__vload(st + (size_t)(j + 3) * ld + q));
        }
        for (; j < len; j++) vmax = bert__vmax(vmax, bert__vload(st + (size_t)j * ld + q));
        vmax = bert__vmax(bert__vmax(vmax, m1), bert__vmax(m2, m3));
        for (j = 0; j < len; j++) {
            float *p = st + (size_t)j * ld + q;
            bert__vf e = bert__vexp(bert__vsub(bert__vload(p), vmax));
            bert__vstore(p, e);
            vsum = bert__vadd(vsum, e);
        }
        bert__vstore(inv + q, bert__vdiv(bert__vset(1.0f), vsum));
    }
}

/* One head's attention over one sequence, as the score terms below read it. */
typedef struct bert__head_view {
    const bert_model *m;
    const bert__layer *l;     /* the layer's weights: DeBERTa's position keys and queries */
    int h, d, len;            /* head, head size, tokens */
    const int *pos;           /* pos[j]: token j's position in its row of the batch */
    const float *qa, *kt;     /* the scaled queries (DeBERTa c2p only) and the keys, k-major: x[k ldk + j] */
    size_t ldk;
    float *c2p, *p2c;         /* DeBERTa scratch: [TILE_W][window] and [len][p2c_width] */
    int p2c_c0, p2c_width;    /* the rows p2c holds: [p2c_c0, p2c_c0 + p2c_width) */
    int window;               /* local attention: keys at most this many positions from the query (0: all) */
    int k0, k1;               /* the keys the block of queries reads: [k0, k1) */
} bert__head_view;

/* out[r][0 .. width) = sum_k a[k lda + r] t[c0 + col][koff + k] for r < mr, k < kc: MR k-major
   rows (a's usual kernel operand) against the rows c0 .. c0 + width of a [rows][H] tensor in
   panels (c0 and width multiples of 16), read from column koff (a head's slice). */
static void bert__panel_products(const float *a, size_t lda, int kc, const bert__tensor *t, int koff, int c0, int width, int mr,
                                 float *out, size_t ldo) {
    float tile[BERT__MR * BERT__TILE_W];
    size_t esize = bert__dtype_size(t->dtype), stride = (size_t)t->cols * BERT__PANEL;
    int col, i;
    for (col = 0; col < width; col += BERT__TILE_W) {
        int np = (width - col) / BERT__PANEL < BERT__KP ? (width - col) / BERT__PANEL : BERT__KP;
        const uint8_t *b = BERT__CAST(const uint8_t *, t->data) + (((size_t)(c0 + col) / BERT__PANEL * t->cols + koff) * BERT__PANEL) * esize;
        float *o = mr == BERT__MR ? out + col : tile;
        bert__kernel_f32(a, lda, kc, b, BERT__PANEL, stride, np, t->dtype == BERT_DTYPE_F16, NULL, 0, BERT_ACT_NONE, o,
                         mr == BERT__MR ? ldo : BERT__TILE_W, NULL);
        if (o == tile)
            for (i = 0; i < mr; i++) memcpy(out + (size_t)i * ldo + col, tile + (size_t)i * BERT__TILE_W, sizeof(float) * BERT__PANEL * np);
    }
}

/* DeBERTa's p2c products of one head, once for all its queries: p2c[j][c - p2c_c0] = key j against
   the position query of row c, for every row a (query, key) pair of the sequence reads: relative
   rows are monotone in the relative position, so they make one window. */
static void bert__p2c_products(bert__head_view *v) {
    const bert_model *m = v->m;
    int L = m->cfg.max_length, len = v->len, j;
    const int32_t *pi = m->p2c_index;
    int lo = pi[v->pos[0] - v->pos[len - 1] + L - 1], hi = pi[v->pos[len - 1] - v->pos[0] + L - 1];
    v->p2c_c0 = lo / BERT__PANEL * BERT__PANEL;
    v->p2c_width = (hi / BERT__PANEL + 1) * BERT__PANEL - v->p2c_c0;
    for (j = 0; j < len; j += BERT__MR)
        bert__panel_products(v->kt + j, v->ldk, v->d, &v->l->rel_query, v->h * v->d, v->p2c_c0, v->p2c_width,
                             len - j < BERT__MR ? len - j : BERT__MR, v->p2c + (size_t)j * v->p2c_width, (size_t)v->p2c_width);
}

/* DeBERTa's disentangled terms for the block's n queries from q0 (st as in bert__add_score_bias):
   c2p, the scaled query against the position key of row c2p_index[q - k], computed here for the
   block over the window of rows it reads; and p2c, the key against the position query of row
   p2c_index[q - k], scaled, from bert__p2c_products. Each score gathers its two, one value at a
   time (vector gathers, vgatherdps, were slower on AMD Zen 5: make bench-arch), except p2c where
   the block's queries read consecutive rows of a key's products (consecutive positions within
   the log buckets' linear range): one slice, a vector at a time. */
static void bert__add_disentangled(const bert__head_view *v, int q0, int n, float *st) {
    const bert_model *m = v->m;
    int L = m->cfg.max_length, len = v->len, i, j, consecutive = m->p2c_unit_steps && v->pos[len - 1] - v->pos[0] == len - 1;
    const int *pos = v->pos;
    const int32_t *ci = m->c2p_index, *pi = m->p2c_index;
    int c0 = ci[pos[q0] - pos[len - 1] + L - 1] / BERT__PANEL * BERT__PANEL;
    int width = (ci[pos[q0 + n - 1] - pos[0] + L - 1] / BERT__PANEL + 1) * BERT__PANEL - c0;
    float scale = m->score_scale;
    if (v->l->rel_key.data)
        for (i = 0; i < n; i += BERT__MR)
            bert__panel_products(v->qa + q0 + i, v->ldk, v->d, &v->l->rel_key, v->h * v->d, c0, width,
                                 n - i < BERT__MR ? n - i : BERT__MR, v->c2p + (size_t)i * width, (size_t)width);
    for (j = v->k0; j < v->k1; j++) {
        float *row = st + (size_t)j * BERT__TILE_W;
        const int *at = pos + q0;
        int shift = L - 1 - pos[j];
        if (v->l->rel_key.data) {
            const float *c2p = v->c2p - c0;
            for (i = 0; i < n; i++) row[i] += c2p[(size_t)i * width + ci[at[i] + shift]];
        }
        if (v->l->rel_query.data) {
            const float *p2c = v->p2c + (size_t)j * v->p2c_width - v->p2c_c0;
            const int32_t *rows = pi + (q0 - j + L - 1); /* with consecutive positions, query i's row is rows[i] */
            if (consecutive && rows[n - 1] - rows[0] == n - 1) { /* steps of 0 or 1 adding to n - 1: all 1 */
                const float *slice = p2c + rows[0];
                bert__vf vscale = bert__vset(scale);
                for (i = 0; i + BERT__VL <= n; i += BERT__VL)
                    bert__vstore(row + i, bert__vadd(bert__vload(row + i), bert__vmul(bert__vload(slice + i), vscale)));
                for (; i < n; i++) row[i] += slice[i] * scale;
            } else {
                for (i = 0; i < n; i++) row[i] += p2c[pi[at[i] + shift]] * scale;
            }
        }
    }
}

/* The one place where something is added to the attention scores before the softmax: terms
   that depend on the query's and the key's positions (MPNet's relative attention bias,
   DeBERTa's disentangled terms, -infinity past a local layer's window; nothing for the other
   models). st[key][i] (rows TILE_W apart) holds the score of query q0 + i for each key the block
   reads (v->k0 to v->k1), n queries from q0 (those past len are a tile's slack, left alone).
   Positions are those of the tokens in their row, so a row with masked holes keeps its distances. */
static void bert__add_score_bias(const bert__head_view *v, int q0, int n, float *st) {
    const bert_model *m = v->m;
    int L = m->cfg.max_length, len = v->len, j, i;
    const int *pos = v->pos;
    const float *bias;
    if (q0 + n > len) n = len - q0;
    if (v->window)
        for (j = v->k0; j < v->k1; j++)
            for (i = 0; i < n; i++)
                if (pos[q0 + i] - pos[j] > v->window || pos[j] - pos[q0 + i] > v->window) st[(size_t)j * BERT__TILE_W + i] = -INFINITY;
    if (m->c2p_index) bert__add_disentangled(v, q0, n, st);
    if (!m->score_bias) return;
    bias = m->score_bias + (size_t)v->h * (2 * L - 1) + (L - 1); /* bias[q - k] */
    if (pos[len - 1] - pos[0] == len - 1) { /* consecutive positions: one contiguous slice per key */
        for (j = v->k0; j < v->k1; j++) {
            float *row = st + (size_t)j * BERT__TILE_W;
            const float *b = bias + (q0 - j);
            for (i = 0; i + BERT__VL <= n; i += BERT__VL) bert__vstore(row + i, bert__vadd(bert__vload(row + i), bert__vload(b + i)));
            for (; i < n; i++) row[i] += b[i];
        }
        return;
    }
    for (j = v->k0; j < v->k1; j++)
        for (i = 0; i < n; i++) st[(size_t)j * BERT__TILE_W + i] += bias[pos[q0 + i] - pos[j]];
}

/* Scaled dot-product attention of head h over one sequence's `len` packed tokens starting at
   `first`: softmax(q k^T / sqrt(d)) v, fused per head, on the matrix-multiply micro-kernel (l: the
   layer's weights). Q is copied (scaled by 1 / sqrt(d), model->score_scale) into panels of 16 queries, K transposed (MR adjacent keys
   are a tile's k-major operand), V into panels of 16 columns. Then for each block of TILE_W
   queries: their scores, computed transposed (s^T = k q^T, keys by queries) so that the softmax
   runs down columns with no horizontal sums; the model's score bias (bert__add_score_bias); the
   softmax; and p v, whose k-major operand is s^T itself, read in place while it is still in L1.
   pos: the sequence's positions in its row. Padding was never packed, so nothing is masked.
   window > 0 (a local layer): each block reads only the keys within `window` positions of one
   of its queries, so the cost is O(len x window), not O(len^2). */
static void bert__attention_head(bert_ctx *c, const bert__layer *l, int window, int first, const int *pos, int len, int h, float *scratch) {
    const bert_config *cfg = &c->model->cfg;
    int H = cfg->hidden_size, d = H / cfg->num_heads, qpanels = (len + BERT__PANEL - 1) / BERT__PANEL;
    int vpanels = (d + BERT__PANEL - 1) / BERT__PANEL, i, j, k, m, q0;
    size_t ld = (size_t)3 * H, ldk = (size_t)qpanels * BERT__PANEL + BERT__MR;
    float *qt = scratch, *kt = qt + (size_t)qpanels * BERT__PANEL * d, *vp = kt + ldk * d;
    float *st = vp + (size_t)vpanels * BERT__PANEL * len, *inv = st + (size_t)len * BERT__TILE_W + BERT__MR;
    float tile[BERT__MR * BERT__TILE_W], scale = c->model->score_scale;
    float *qa = scratch + c->head_floats - c->position_floats; /* DeBERTa's scratch, at the end */
    const float *rows = c->qkv + (size_t)first * ld + (size_t)h * d;
    bert__head_view view;
    view.m = c->model;
    view.l = l;
    view.h = h;
    view.d = d;
    view.len = len;
    view.pos = pos;
    view.kt = kt;
    view.ldk = ldk;
    view.qa = qa;
    view.c2p = qa + ((size_t)c->max_seq_len + BERT__PANEL + BERT__MR) * d;
    view.p2c = view.c2p + (size_t)BERT__TILE_W * c->position_window;
    view.p2c_c0 = view.p2c_width = 0;
    view.window = window;
    view.k0 = 0;
    view.k1 = window ? 0 : len;
    for (j = 0; j < len; j += BERT__PANEL) { /* qt[j / 16][k][j % 16] = q[j][k] * scale, kt[k][j] = k[j][k] */
        bert__transpose16(rows + (size_t)j * ld, ld, len - j, d, scale, qt + (size_t)j * d, BERT__PANEL);
        bert__transpose16(rows + (size_t)j * ld + H, ld, len - j, d, 1.0f, kt + j, ldk);
        if (l->rel_key.data) bert__transpose16(rows + (size_t)j * ld, ld, len - j, d, scale, qa + j, ldk);
    }
    if (l->rel_query.data) bert__p2c_products(&view);
    for (k = 0; k < d; k += BERT__PANEL) { /* vp[k / 16][j][0..16) = v[j][k..k+16), zeros past d */
        int n = d - k < BERT__PANEL ? d - k : BERT__PANEL;
        float *dst = vp + (size_t)k * len;
        for (j = 0; j < len; j++, dst += BERT__PANEL) {
            const float *src = rows + (size_t)j * ld + 2 * H + k;
            if (n == BERT__PANEL) for (i = 0; i < BERT__PANEL; i += BERT__VL) bert__vstore(dst + i, bert__vload(src + i));
            else for (i = 0; i < BERT__PANEL; i++) dst[i] = i < n ? src[i] : 0;
        }
    }
    for (q0 = 0; q0 < len; q0 += BERT__TILE_W) {
        int np = qpanels - q0 / BERT__PANEL < BERT__KP ? qpanels - q0 / BERT__PANEL : BERT__KP, end = q0 + np * BERT__PANEL;
        int k0, keys;
        if (window) { /* the keys within the window of the block's first and last query */
            int last = (end < len ? end : len) - 1;
            while (pos[view.k0] < pos[q0] - window) view.k0++;
            while (view.k1 < len && pos[view.k1] <= pos[last] + window) view.k1++;
        }
        k0 = view.k0;
        keys = view.k1 - k0;
        for (m = k0; m < view.k1; m += BERT__MR) { /* st[key][0..16 np) = s^T of the block's queries */
            int mr = view.k1 - m < BERT__MR ? view.k1 - m : BERT__MR;
            float *out = mr == BERT__MR ? st + (size_t)m * BERT__TILE_W : tile;
            bert__kernel_f32(kt + m, ldk, d, qt + (size_t)q0 * d, BERT__PANEL, (size_t)d * BERT__PANEL, np, 0, NULL, 0, BERT_ACT_NONE, out, BERT__TILE_W, NULL);
            if (out == tile) memcpy(st + (size_t)m * BERT__TILE_W, tile, sizeof(float) * BERT__TILE_W * mr);
        }
        bert__add_score_bias(&view, q0, np * BERT__PANEL, st);
        bert__softmax_columns(st + (size_t)k0 * BERT__TILE_W, BERT__TILE_W, keys, np * BERT__PANEL, inv);
        if (end > len) end = len;
        for (m = q0; m < end; m += BERT__MR) { /* out = p v / sum, p read from st: MR queries per key */
            int mr = end - m < BERT__MR ? end - m : BERT__MR;
            for (k = 0; k < d; k += BERT__TILE_W) {
                int nr = d - k < BERT__TILE_W ? d - k : BERT__TILE_W;
                bert__kernel_f32(st + (size_t)k0 * BERT__TILE_W + (m - q0), BERT__TILE_W, keys, vp + (size_t)k * len + (size_t)k0 * BERT__PANEL,
                                 BERT__PANEL, (size_t)len * BERT__PANEL,
                                 (nr + BERT__PANEL - 1) / BERT__PANEL, 0, NULL, 0, BERT_ACT_NONE, tile, BERT__TILE_W, NULL);
                for (i = 0; i < mr; i++) {
                    float *y = c->attn + (size_t)(first + m + i) * H + (size_t)h * d + k;
                    bert__vf s = bert__vset(inv[m - q0 + i]);
                    for (j = 0; j + BERT__VL <= nr; j += BERT__VL) bert__vstore(y + j, bert__vmul(bert__vload(tile + i * BERT__TILE_W + j), s));
                    for (; j < nr; j++) y[j] = tile[i * BERT__TILE_W + j] * inv[m - q0 + i];
                }
            }
        }
    }
}

/* Attention over sequences [seq0, seq1) of the batch, the chunk whose first token is `first`
   (row 0 of c->qkv and c->attn). */
typedef struct bert__attention_job {
    bert_ctx *c;
    const bert__layer *l;
    int seq0, seq1, first, rows;
    int window;             /* a local layer's window, 0 for a global one */
    const float *rope;      /* rotary models: the layer's table (model->rope), else NULL */
} bert__attention_job;

/* Threads take disjoint ranges of (sequence, head) pairs. */
static void bert__attention_task(void *arg, int part, int parts) {
    const bert__attention_job *job = BERT__CAST(const bert__attention_job *, arg);
    bert_ctx *c = job->c;
    int heads = c->model->cfg.num_heads, lo, hi, item;
    bert__part_range((job->seq1 - job->seq0) * heads, part, parts, &lo, &hi);
    for (item = lo; item < hi; item++) {
        int b = job->seq0 + item / heads;
        if (c->seq_count[b] > 0)
            bert__attention_head(c, job->l, job->window, c->seq_first[b] - job->first, c->tok_pos + c->seq_first[b], c->seq_count[b],
                                 item % heads, c->head_scratch + (size_t)part * c->head_floats);
    }
}

/* Rotary position embedding of the chunk's queries and keys (c->qkv), in place, tokens split
   between threads: in each head, the pair (x[i], x[i + d/2]) turns by token position p's angle i,
   (x1 cos - x2 sin, x2 cos + x1 sin), as Hugging Face's rotate_half. */
static void bert__rope_task(void *arg, int part, int parts) {
    const bert__attention_job *job = BERT__CAST(const bert__attention_job *, arg);
    bert_ctx *c = job->c;
    int H = c->model->cfg.hidden_size, d = H / c->model->cfg.num_heads, half = d / 2, lo, hi, t, h, i;
    bert__part_range(job->rows, part, parts, &lo, &hi);
    for (t = lo; t < hi; t++) {
        const float *cs = job->rope + (size_t)c->tok_pos[job->first + t] * d, *sn = cs + half;
        for (h = 0; h < 2 * c->model->cfg.num_heads; h++) { /* the queries' heads, then the keys' */
            float *x1 = c->qkv + (size_t)t * 3 * H + (size_t)h * d, *x2 = x1 + half;
            for (i = 0; i + BERT__VL <= half; i += BERT__VL) {
                bert__vf a = bert__vload(x1 + i), b = bert__vload(x2 + i), co = bert__vload(cs + i), si = bert__vload(sn + i);
                bert__vstore(x1 + i, bert__vsub(bert__vmul(a, co), bert__vmul(b, si)));
                bert__vstore(x2 + i, bert__vadd(bert__vmul(b, co), bert__vmul(a, si)));
            }
            for (; i < half; i++) {
                float a = x1[i], b = x2[i];
                x1[i] = a * cs[i] - b * sn[i];
                x2[i] = b * cs[i] + a * sn[i];
            }
        }
    }
}

/* A gated feed-forward's inner activations: row r of f (2I wide) becomes act(f[r][i]) * f[r][I + i]
   in its first I, rows split between threads. */
typedef struct bert__gate_job {
    float *f;
    int rows, I;
    bert_act act;
} bert__gate_job;

static void bert__gate_task(void *arg, int part, int parts) {
    const bert__gate_job *job = BERT__CAST(const bert__gate_job *, arg);
    int lo, hi, r, i, I = job->I;
    bert__part_range(job->rows, part, parts, &lo, &hi);
    for (r = lo; r < hi; r++) {
        float *x = job->f + (size_t)r * 2 * I, *gate = x + I;
        for (i = 0; i + BERT__VL <= I; i += BERT__VL)
            bert__vstore(x + i, bert__vmul(bert__vact(job->act, bert__vload(x + i)), bert__vload(gate + i)));
        if (i < I) { /* the tail through a zero-padded vector, as bert__activate */
            bert__activate(job->act, x + i, (size_t)(I - i));
            for (; i < I; i++) x[i] *= gate[i];
        }
    }
}

/* Layer `index` (its place in the order the layers run; l its weights) over the `rows`
   packed tokens from `first` on, which are the whole of sequences [seq0, seq1): a chunk
   (bert__chunk), whose Q, K, V, attention and sublayer outputs take the first rows of c->qkv,
   c->attn and c->tmp. One transformer layer for every architecture; what differs is data: the
   weights, the score bias, the norms' placement (post-LayerNorm x = LN(x + f(x)), or pre-LayerNorm
   x = x + f(LN(x)), where an omitted norm is the identity), a gated feed-forward, the rotary
   embedding, and by depth (the index) global or local attention. */
static void bert__layer_rows(bert_ctx *c, int index, const bert__layer *l, int seq0, int seq1, int first, int rows) {
    const bert_config *cfg = &c->model->cfg;
    int H = cfg->hidden_size, I = cfg->intermediate_size, up = cfg->gated_ffn ? 2 * I : I, n;
    int local = cfg->global_every > 0 && index % cfg->global_every != 0;
    float *x = c->x + (size_t)first * H;
    const float *in = x;
    bert__attention_job job;
    job.c = c;
    job.l = l;
    job.seq0 = seq0;
    job.seq1 = seq1;
    job.first = first;
    job.rows = rows;
    job.window = local ? cfg->local_window : 0;
    job.rope = c->model->rope ? c->model->rope + (size_t)local * cfg->max_length * (H / cfg->num_heads) : NULL;
    if (cfg->pre_norm && l->attn_norm.w) {
        bert__rows_step(c, &l->attn_norm, x, c->tmp, NULL, rows, H);
        in = c->tmp;
    }
    bert__linear_forward(c, &l->qkv, in, H, rows, c->qkv, 3 * H, BERT_ACT_NONE);
    if (job.rope) bert__parallel(c, bert__rope_task, &job);
    bert__parallel(c, bert__attention_task, &job);
    bert__linear_forward(c, &l->attn_out, c->attn, H, rows, c->tmp, H, BERT_ACT_NONE);
    if (cfg->pre_norm) bert__rows_step(c, &l->ffn_norm, x, c->tmp, c->tmp, rows, H); /* x += out; tmp = the FFN's input */
    else bert__rows_step(c, &l->attn_norm, x, NULL, c->tmp, rows, H);
    for (n = 0; n < rows; n += c->ffn_rows) { /* the feed-forward a block of rows at a time: its I-wide
                                                  inner activations stay small and in cache */
        int block = rows - n < c->ffn_rows ? rows - n : c->ffn_rows;
        float *xb = x + (size_t)n * H;
        in = cfg->pre_norm ? c->tmp + (size_t)n * H : xb;
        bert__linear_forward(c, &l->ffn_up, in, H, block, c->ffn, up, cfg->gated_ffn ? BERT_ACT_NONE : cfg->hidden_act);
        if (cfg->gated_ffn) {
            bert__gate_job gate;
            gate.f = c->ffn;
            gate.rows = block;
            gate.I = I;
            gate.act = cfg->hidden_act;
            bert__parallel(c, bert__gate_task, &gate);
        }
        bert__linear_forward(c, &l->ffn_down, c->ffn, up, block, c->attn, H, BERT_ACT_NONE); /* attn's rows are free by now */
        bert__rows_step(c, cfg->pre_norm ? NULL : &l->ffn_norm, xb, NULL, c->attn, block, H);
    }
}

/* The sequences from seq0 on that make the next chunk: whole sequences, about BERT_CHUNK_TOKENS
   tokens (at least one sequence). Returns the end of the chunk; *first and *rows get its tokens. */
static int bert__chunk(const bert_ctx *c, int seq0, int *first, int *rows) {
    int seq1;
    *first = -1;
    *rows = 0;
    for (seq1 = seq0; seq1 < c->batch && (*rows == 0 || *rows + c->seq_count[seq1] <= BERT_CHUNK_TOKENS); seq1++) {
        if (*first < 0 && c->seq_count[seq1] > 0) *first = c->seq_first[seq1];
        *rows += c->seq_count[seq1];
    }
    return seq1;
}

/* bert_encode with its arguments not NULL. */
static int bert__forward(bert_ctx *c, const bert_batch *in, bert_error *err) {
    const bert_config *cfg;
    int layer, r, inner, seq0, seq1, first, rows;
    cfg = &c->model->cfg;
    c->valid = 0;
    if ((r = bert__pack(c, in, err)) != BERT_OK) return r;
    bert__embed(c, in);
    /* A chunk of whole sequences at a time goes through every layer: its activations stay in
       cache from one product and one layer to the next, where a large batch's would go to
       memory and back (B32 S128: MiniLM-L6 f32 ~5% faster, q8_0 ~12%; BERT-base q8_0 ~10%, f32
       within the noise), and the context holds one chunk's intermediate activations, not the
       batch's. Sequences do not see each other, so the chunks do not change the results.
       Layer i runs group i / (layers / groups), each group its inner layers in turn: ALBERT's
       sharing, and for the others (groups = layers, inner = 1) simply layer i. */
    for (seq0 = 0; seq0 < c->batch; seq0 = seq1) {
        seq1 = bert__chunk(c, seq0, &first, &rows);
        if (rows == 0) continue;
        for (layer = 0; layer < cfg->num_layers; layer++) {
            int group = layer / (cfg->num_layers / cfg->num_groups);
            for (inner = 0; inner < cfg->inner_group_num; inner++)
                bert__layer_rows(c, layer * cfg->inner_group_num + inner, &c->model->layers[group * cfg->inner_group_num + inner],
                                 seq0, seq1, first, rows);
        }
        if (c->model->final_norm.w) {
            float *x = c->x + (size_t)first * cfg->hidden_size;
            bert__rows_step(c, &c->model->final_norm, x, x, NULL, rows, cfg->hidden_size);
        }
    }
    c->valid = 1;
    bert__ok(err);
    return BERT_OK;
}

/* ========================================================================================== */
/* ---- This set's table -------------------------------------------------------------------- */

/* The context's scratch for these kernels, whose tile shapes set the sizes: N tokens, up to S
   per sequence, heads of d values. */
static void bert__ctx_layout(bert_ctx *c, size_t N, size_t S, size_t d) {
    const bert_config *cfg = &c->model->cfg;
    size_t H = (size_t)cfg->hidden_size, E = (size_t)cfg->embedding_size, I = (size_t)cfg->intermediate_size, wide = H > I ? H : I;
    if (cfg->disentangled_terms) { /* bert__add_disentangled's scratch: Q^T, c2p and p2c products */
        c->position_window = (int)bert__round_up((size_t)2 * cfg->disentangled_span, BERT__PANEL);
        c->position_floats = (S + BERT__PANEL + BERT__MR) * d + (S + BERT__MR + BERT__TILE_W) * (size_t)c->position_window;
    }
    c->head_floats = bert__head_floats(S, d) + c->position_floats;
    c->scratch_floats = bert__scratch_floats(N, wide > E ? wide : E, &c->pack_floats);
    if (c->model->has_q8) { /* N rows of H or E values, ffn_rows of I; a tile reads up to BERT__Q8_MR rows at once */
        size_t narrow = bert__round_up(H > E ? H : E, BERT__Q8_BLOCK), wide_cols = bert__round_up(wide > E ? wide : E, BERT__Q8_BLOCK);
        size_t n_pad = N + BERT__Q8_MR, ffn_pad = (size_t)c->ffn_rows + BERT__Q8_MR;
        c->q8_rows = n_pad;
        c->q8_values = n_pad * narrow > ffn_pad * wide_cols ? n_pad * narrow : ffn_pad * wide_cols;
    }
}

/* bert bench's FMA peak for this set's vectors: 12 independent chains of fused multiply-adds,
   enough to cover the FMA latency on every current core, `values` floats long each (24 values
   flops in all). */
static float bert__fma_chains(long values) {
    bert__vf a0 = bert__vset(0.1f), a1 = bert__vset(0.2f), a2 = bert__vset(0.3f), a3 = bert__vset(0.4f);
    bert__vf a4 = bert__vset(0.5f), a5 = bert__vset(0.6f), a6 = bert__vset(0.7f), a7 = bert__vset(0.8f);
    bert__vf a8 = bert__vset(0.9f), a9 = bert__vset(1.0f), a10 = bert__vset(1.1f), a11 = bert__vset(1.2f);
    bert__vf m = bert__vset(0.9999999f), c = bert__vset(1e-7f);
    float sink[BERT__VL];
    long i;
    for (i = 0; i < values / BERT__VL; i++) {
        a0 = bert__vfma(a0, m, c); a1 = bert__vfma(a1, m, c); a2 = bert__vfma(a2, m, c); a3 = bert__vfma(a3, m, c);
        a4 = bert__vfma(a4, m, c); a5 = bert__vfma(a5, m, c); a6 = bert__vfma(a6, m, c); a7 = bert__vfma(a7, m, c);
        a8 = bert__vfma(a8, m, c); a9 = bert__vfma(a9, m, c); a10 = bert__vfma(a10, m, c); a11 = bert__vfma(a11, m, c);
    }
    bert__vstore(sink, bert__vadd(bert__vadd(bert__vadd(a0, a1), bert__vadd(a2, a3)), bert__vadd(bert__vadd(a4, a5), bert__vadd(a6, a7))));
    bert__vstore(sink, bert__vadd(bert__vload(sink), bert__vadd(bert__vadd(a8, a9), bert__vadd(a10, a11))));
    return sink[0];
}

static const bert__kernels bert__kernel_set = {BERT__ISA,          BERT__PASS,         bert__ctx_layout, bert__forward,
                                               bert__linear_forward, bert__activate,   bert__layer_norm, bert__gemm_f32,
                                               bert__scratch_floats, bert__kernel_q8,  BERT__Q8_MR,      BERT__Q8_NP,
                                               bert__fma_chains};

#if defined(BERT__NESTED) && defined(__clang__)
#pragma clang attribute pop
#elif defined(BERT__NESTED)
#pragma GCC pop_options
#endif
#endif /* BERT__PASS: the end of the kernels */

/* ========================================================================================== */
/* ---- Picking a kernel set ---------------------------------------------------------------- */

#if defined(BERT__PASS) && !defined(BERT__NESTED) /* the rest of the implementation, once */

/* The sets this build holds, widest first (the last, compiled in place, runs on any CPU the
   build runs on). */
static const bert__kernels *const bert__kernel_sets[] = {
#if defined(BERT__DISPATCH) && BERT__BUILT_IN < BERT__SET_AVX512_VNNI
    &bert__kernel_set_avx512_vnni,
#endif
#if defined(BERT__DISPATCH) && BERT__BUILT_IN < BERT__SET_AVX512
    &bert__kernel_set_avx512,
#endif
#if defined(BERT__DISPATCH) && BERT__BUILT_IN < BERT__SET_AVX2
    &bert__kernel_set_avx2,
#endif
    &bert__kernel_set};
#define BERT__KERNEL_SETS ((int)(sizeof bert__kernel_sets / sizeof *bert__kernel_sets))

#ifdef BERT__DISPATCH
#include <cpuid.h>
/* The widest x86 set this CPU and its operating system run: CPUID says what the CPU has, XGETBV
   whether the OS saves the registers on a context switch (XMM and YMM state for AVX; opmask and
   ZMM state too for AVX-512). */
static int bert__cpu_detect(void) {
    unsigned a, b, c, d, ecx1, ebx7, ecx7, xcr0 = 0;
    int avx2, avx512;
    if (__get_cpuid_max(0, NULL) < 7) return BERT__SET_SCALAR;
    __cpuid_count(1, 0, a, b, c, d);
    ecx1 = c;
    __cpuid_count(7, 0, a, b, c, d);
    ebx7 = b;
    ecx7 = c;
    if (ecx1 >> 27 & 1) { /* OSXSAVE: XGETBV is there */
        unsigned hi;
        __asm__ __volatile__("xgetbv" : "=a"(xcr0), "=d"(hi) : "c"(0));
        (void)hi;
    }
    avx2 = (xcr0 & 0x6) == 0x6 && (ecx1 >> 28 & 1) && (ecx1 >> 12 & 1) && (ecx1 >> 29 & 1) && (ebx7 >> 5 & 1); /* AVX, FMA, F16C, AVX2 */
    avx512 = avx2 && (xcr0 & 0xE6) == 0xE6 && (ebx7 >> 16 & 1) && (ebx7 >> 30 & 1) && (ebx7 >> 31 & 1);      /* F, BW, VL */
    return avx512 && (ecx7 >> 11 & 1) ? BERT__SET_AVX512_VNNI : avx512 ? BERT__SET_AVX512 : avx2 ? BERT__SET_AVX2 : BERT__SET_SCALAR;
}

/* The same, detected once: every thread that finds it unset computes the same value and stores
   it, atomically (dispatch builds are GCC or Clang). */
static int bert__cpu_set(void) {
    static int detected = -1;
    int set = __atomic_load_n(&detected, __ATOMIC_RELAXED);
    if (set < 0) {
        set = bert__cpu_detect();
        __atomic_store_n(&detected, set, __ATOMIC_RELAXED);
    }
    return set;
}
#endif

/* 1 when this CPU runs the set (any the build holds, where there is no dispatch). */
static int bert__cpu_runs(const bert__kernels *k) {
#ifdef BERT__DISPATCH
    return k->set <= bert__cpu_set() || k->set == BERT__BUILT_IN;
#else
    (void)k;
    return 1;
#endif
}

/* The set bert_simd_force chose (an index into bert__kernel_sets), or -1 for the widest this CPU
   runs. Atomic where the compiler has atomics, so that a context created meanwhile on another
   thread reads the old choice or the new, never a torn one. */
static int bert__forced_set = -1;
#if defined(__GNUC__) || defined(__clang__)
#define BERT__FORCED_LOAD() __atomic_load_n(&bert__forced_set, __ATOMIC_RELAXED)
#define BERT__FORCED_STORE(v) __atomic_store_n(&bert__forced_set, (v), __ATOMIC_RELAXED)
#else
#define BERT__FORCED_LOAD() bert__forced_set
#define BERT__FORCED_STORE(v) (bert__forced_set = (v))
#endif

/* The widest set this CPU runs. */
static const bert__kernels *bert__kernels_widest(void) {
    int i = 0;
    while (i < BERT__KERNEL_SETS - 1 && !bert__cpu_runs(bert__kernel_sets[i])) i++;
    return bert__kernel_sets[i];
}

/* The set a context created now takes. */
static const bert__kernels *bert__kernels_pick(void) {
    int forced = BERT__FORCED_LOAD();
    return forced >= 0 ? bert__kernel_sets[forced] : bert__kernels_widest();
}

BERTDEF const char *bert_simd_name(void) { return bert__kernels_pick()->name; }

BERTDEF int bert_simd_force(const char *name, bert_error *err) {
    char names[80] = "";
    int i;
    if (!name || !*name || !strcmp(name, "auto")) {
        BERT__FORCED_STORE(-1);
        bert__ok(err);
        return BERT_OK;
    }
    for (i = 0; i < BERT__KERNEL_SETS; i++) {
        if (strcmp(name, bert__kernel_sets[i]->name) != 0) continue;
        if (!bert__cpu_runs(bert__kernel_sets[i]))
            return bert__fail(err, BERT_E_UNSUPPORTED, "this CPU cannot run the %s kernels (the widest it runs: %s)", name,
                              bert__kernels_widest()->name);
        BERT__FORCED_STORE(i);
        bert__ok(err);
        return BERT_OK;
    }
    for (i = 0; i < BERT__KERNEL_SETS; i++) {
        if (i) strcat(names, ", ");
        strcat(names, bert__kernel_sets[i]->name);
    }
    return bert__fail(err, BERT_E_UNSUPPORTED, "this build has no kernels named \"%.40s\" (it has %s)", name, names);
}

/* ========================================================================================== */
/* ---- Context ----------------------------------------------------------------------------- */


BERTDEF void bert_ctx_free(bert_ctx *c) {
    if (!c) return;
#ifndef BERT_NO_THREADS
    bert__pool_free(c->pool);
#endif
    BERT_FREE(c->tok_seq);
    BERT_FREE(c->tok_pos);
    BERT_FREE(c->tok_position_id);
    BERT_FREE(c->packed_index);
    BERT_FREE(c->seq_first);
    BERT_FREE(c->seq_count);
    BERT_FREE(c->x);
    BERT_FREE(c->emb);
    BERT_FREE(c->qkv);
    BERT_FREE(c->attn);
    BERT_FREE(c->tmp);
    BERT_FREE(c->ffn);
    BERT_FREE(c->wrow);
    BERT_FREE(c->vec_a);
    BERT_FREE(c->vec_b);
    BERT_FREE(c->xq);
    BERT_FREE(c->xs);
    BERT_FREE(c->head_scratch);
    BERT_FREE(c->pack);
    BERT_FREE(c->splade);
    BERT_FREE(c);
}



BERTDEF int bert_ctx_set_threads(bert_ctx *c, int n, bert_error *err) {
    float *scratch, *pack;
    if (!c) return bert__fail(err, BERT_E_ARG, "bert_ctx_set_threads: NULL context");
    if (n < 1 || n > 256) return bert__fail(err, BERT_E_ARG, "%d threads; use 1 to 256", n);
#ifdef BERT_NO_THREADS
    if (n > 1) return bert__fail(err, BERT_E_UNSUPPORTED, "this build has no threads (BERT_NO_THREADS)");
#else
    if (n == c->threads) {
        bert__ok(err);
        return BERT_OK;
    }
    scratch = BERT__CAST(float *, bert__calloc((size_t)n * c->head_floats, sizeof(float)));
    pack = BERT__CAST(float *, bert__calloc((size_t)n * c->scratch_floats, sizeof(float)));
    if (!scratch || !pack) {
        BERT_FREE(scratch);
        BERT_FREE(pack);
        return bert__fail(err, BERT_E_NOMEM, "out of memory for %d threads", n);
    }
    bert__pool_free(c->pool);
    c->pool = NULL;
    BERT_FREE(c->head_scratch);
    BERT_FREE(c->pack);
    c->head_scratch = scratch;
    c->pack = pack;
    c->threads = 1;
    if (n > 1 && !(c->pool = bert__pool_create(n - 1))) return bert__fail(err, BERT_E_NOMEM, "cannot start %d threads", n - 1);
    c->threads = n;
#endif
    (void)scratch;
    (void)pack;
    bert__ok(err);
    return BERT_OK;
}

/* SPLADE pools the masked-LM logits of every token, [T][vocab], too large to hold for a batch:
   they are made a block of tokens by a block of vocabulary rows at a time and folded into the
   [B][vocab] result as they come. A SPLADE model's context takes up to 512 tokens by 512 rows (4.2
   MB of scratch for BERT-base's tied decoder); any other masked-LM model's, whose SPLADE outputs
   may still be asked for, 16 tokens by 64 rows, so that a fill-mask context stays small (and
   SPLADE on it is slower: the decoder is read once per 16 tokens). */
#define BERT__SPLADE_TOKENS 512
#define BERT__SPLADE_VOCAB 512 /* a multiple of the panels' 16 rows */
#define BERT__SPLADE_FEW_TOKENS 16
#define BERT__SPLADE_FEW_VOCAB 64

/* The blocks of a context for N tokens: never more tokens than it holds, nor more rows than 4
   per token (rounded to whole panels), so that a small context stays small too. */
static void bert__splade_blocks(const bert_model *m, size_t N, int *tokens, int *vocab) {
    int sparse = m->cfg.pooling >= BERT_POOL_SPLADE;
    size_t most = sparse ? BERT__SPLADE_TOKENS : BERT__SPLADE_FEW_TOKENS, rows = sparse ? BERT__SPLADE_VOCAB : BERT__SPLADE_FEW_VOCAB, want;
    *tokens = (int)(N < most ? N : most);
    want = bert__round_up(4 * (size_t)*tokens, 16);
    *vocab = (int)(want < rows ? want : rows);
}

/* The scratch: the tokens' masked-LM transforms [tokens][D], their logits for a block of the
   vocabulary [tokens][vocab], and, for a decoder stored row-major (the word embeddings it is tied
   to), that block of it as f32 panels [vocab][D]. */
static size_t bert__splade_floats(const bert_model *m, int tokens, int vocab) {
    size_t D = (size_t)m->mlm_dense.w.rows, rows_layout = m->mlm_decoder.w.layout == BERT__LAYOUT_ROWS;
    return (size_t)tokens * D + (size_t)tokens * (size_t)vocab + (rows_layout ? (size_t)vocab * D : 0);
}

/* bert_ctx_create's work, for batches of at most max_tokens batch x seq_len as well (0: no such
   bound): the scratch that grows with the batch is sized by that product, so a context for a few
   long texts or many short ones costs what the larger of them needs, not both at once. */
static int bert__ctx_create(bert_ctx **out, const bert_model *m, int max_batch, int max_seq_len, size_t max_tokens, bert_error *err) {
    bert_ctx *c;
    const bert_config *cfg;
    size_t N, H, E, I, wide, d, S, chunk;
    if (!out || !m) return bert__fail(err, BERT_E_ARG, "bert_ctx_create: NULL argument");
    *out = NULL;
    cfg = &m->cfg;
    if (!cfg->has_weights) return bert__fail(err, BERT_E_STATE, "this model file holds only a tokenizer");
    if (max_seq_len <= 0) max_seq_len = cfg->max_length;
    if (max_batch <= 0 || max_batch > (1 << 20)) return bert__fail(err, BERT_E_ARG, "max_batch %d is out of range", max_batch);
    if (max_seq_len > cfg->max_length)
        return bert__fail(err, BERT_E_ARG, "max_seq_len %d exceeds the model's maximum of %d tokens", max_seq_len, cfg->max_length);
    N = (size_t)max_batch * (size_t)max_seq_len;
    if (max_tokens > 0 && max_tokens < N) N = max_tokens > (size_t)max_seq_len ? max_tokens : (size_t)max_seq_len;
    H = (size_t)cfg->hidden_size;
    E = (size_t)cfg->embedding_size;
    I = (size_t)cfg->intermediate_size;
    wide = H > I ? H : I;
    d = H / (size_t)cfg->num_heads;
    S = (size_t)max_seq_len;
    c = BERT__CAST(bert_ctx *, bert__calloc(1, sizeof *c));
    if (!c) return bert__fail(err, BERT_E_NOMEM, "out of memory");
    c->model = m;
    c->max_batch = max_batch;
    c->max_seq_len = max_seq_len;
    c->max_tokens = N;
    c->threads = 1;
    c->k = bert__kernels_pick();
    c->tok_seq = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->tok_pos = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->tok_position_id = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->packed_index = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->seq_first = BERT__CAST(int *, bert__calloc((size_t)max_batch, sizeof(int)));
    c->seq_count = BERT__CAST(int *, bert__calloc((size_t)max_batch, sizeof(int)));
    c->x = BERT__CAST(float *, bert__calloc(N * H, sizeof(float)));
    c->emb = BERT__CAST(float *, bert__calloc(E != H ? N * E : 1, sizeof(float)));
    chunk = S > BERT_CHUNK_TOKENS ? S : BERT_CHUNK_TOKENS; /* the most tokens of a chunk (bert__chunk) */
    if (chunk > N) chunk = N;
    c->qkv = BERT__CAST(float *, bert__calloc(chunk * 3 * H, sizeof(float)));
    c->attn = BERT__CAST(float *, bert__calloc(chunk * H, sizeof(float)));
    c->tmp = BERT__CAST(float *, bert__calloc(chunk * H, sizeof(float)));
    c->ffn_rows = chunk < BERT__FFN_ROWS ? (int)chunk : BERT__FFN_ROWS;
    c->k->layout(c, N, S, d); /* the sizes below that depend on the kernels' tiles */
    c->ffn = BERT__CAST(float *, bert__calloc((size_t)c->ffn_rows * I * (cfg->gated_ffn ? 2 : 1), sizeof(float)));
    c->wrow = BERT__CAST(float *, bert__calloc(wide > E ? wide : E, sizeof(float)));
    c->vec_a = BERT__CAST(float *, bert__calloc(H > E ? H : E, sizeof(float)));
    c->vec_b = BERT__CAST(float *, bert__calloc(H > E ? H : E, sizeof(float)));
    c->head_scratch = BERT__CAST(float *, bert__calloc(c->head_floats, sizeof(float)));
    c->pack = BERT__CAST(float *, bert__calloc(c->scratch_floats, sizeof(float)));
    c->xq = BERT__CAST(int16_t *, bert__calloc(c->q8_values + 1, sizeof(int16_t)));
    c->xs = BERT__CAST(float *, bert__calloc(c->q8_rows + 1, sizeof(float)));
    if (cfg->heads & BERT_HEAD_MLM) {
        bert__splade_blocks(m, N, &c->splade_tokens, &c->splade_vocab);
        c->splade = BERT__CAST(float *, bert__calloc(bert__splade_floats(m, c->splade_tokens, c->splade_vocab), sizeof(float)));
    }
    if ((cfg->heads & BERT_HEAD_MLM && !c->splade) || !c->tok_seq || !c->tok_pos || !c->tok_position_id || !c->packed_index || !c->seq_first || !c->seq_count || !c->x || !c->emb || !c->qkv ||
        !c->attn || !c->tmp || !c->ffn || !c->wrow || !c->vec_a || !c->vec_b || !c->head_scratch || !c->pack || !c->xq || !c->xs) {
        bert_ctx_free(c);
        return bert__fail(err, BERT_E_NOMEM, "out of memory for a context of %lu tokens (%d x %d at most)", (unsigned long)N, max_batch,
                          max_seq_len);
    }
    *out = c;
    bert__ok(err);
    return BERT_OK;
}

BERTDEF int bert_ctx_create(bert_ctx **out, const bert_model *m, int max_batch, int max_seq_len, bert_error *err) {
    return bert__ctx_create(out, m, max_batch, max_seq_len, 0, err);
}

BERTDEF int bert_encode(bert_ctx *c, const bert_batch *in, bert_error *err) {
    if (!c || !in) return bert__fail(err, BERT_E_ARG, "bert_encode: NULL argument");
    return c->k->encode(c, in, err);
}

/* ========================================================================================== */
/* ---- Pooling ----------------------------------------------------------------------------- */

BERTDEF void bert_l2_normalize(float *v, int n) {
    double ss = 0;
    int i;
    for (i = 0; i < n; i++) ss += (double)v[i] * v[i];
    if (ss > 0) {
        float inv = (float)(1.0 / sqrt(ss));
        for (i = 0; i < n; i++) v[i] *= inv;
    }
}

BERTDEF uint16_t bert_f32_to_f16(float f) {
    uint32_t x, sign, exp, man;
    memcpy(&x, &f, 4);
    sign = (x >> 16) & 0x8000;
    exp = (x >> 23) & 0xFF;
    man = x & 0x7FFFFF;
    if (exp == 0xFF) return (uint16_t)(sign | 0x7C00 | (man ? 0x200 : 0)); /* inf, NaN */
    if (exp > 142) return (uint16_t)(sign | 0x7C00);                       /* overflow to inf */
    if (exp < 113) {                                                       /* subnormal half or zero */
        uint32_t shift, half, rem;
        if (exp < 102) return (uint16_t)sign;
        man |= 0x800000;
        shift = 126 - exp;
        half = man >> shift;
        rem = man & ((1u << shift) - 1);
        if (rem > (1u << (shift - 1)) || (rem == (1u << (shift - 1)) && (half & 1))) half++;
        return (uint16_t)(sign | half);
    }
    {
        uint32_t h = ((exp - 112) << 10) | (man >> 13), rem = man & 0x1FFF;
        if (rem > 0x1000 || (rem == 0x1000 && (h & 1))) h++; /* round to nearest even; may carry into inf */
        return (uint16_t)(sign | h);
    }
}

/* Pools sequence b's hidden states into out[H]. A sequence without tokens pools to zeros. */
static void bert__pool(const bert_ctx *c, bert_pooling how, int b, float *out) {
    int H = c->model->cfg.hidden_size, first = c->seq_first[b], count = c->seq_count[b], n, i;
    const float *x = c->x;
    for (i = 0; i < H; i++) out[i] = 0;
    if (count == 0) return;
    if (how == BERT_POOL_CLS) {
        memcpy(out, x + (size_t)first * H, (size_t)H * sizeof *out);
        return;
    }
    if (how == BERT_POOL_MAX) {
        memcpy(out, x + (size_t)first * H, (size_t)H * sizeof *out);
        for (n = first + 1; n < first + count; n++)
            for (i = 0; i < H; i++)
                if (x[(size_t)n * H + i] > out[i]) out[i] = x[(size_t)n * H + i];
        return;
    }
    for (n = first; n < first + count; n++)
        for (i = 0; i < H; i++) out[i] += x[(size_t)n * H + i];
    {
        float scale = how == BERT_POOL_MEAN ? 1.0f / (float)count : 1.0f / sqrtf((float)count);
        for (i = 0; i < H; i++) out[i] *= scale;
    }
}

/* ========================================================================================== */
/* ---- Heads ------------------------------------------------------------------------------- */

/* dense + tanh on the first token (BERT's pooler). */
static void bert__pooler(bert_ctx *c, int b, float *out) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size, i;
    if (c->seq_count[b] == 0) {
        for (i = 0; i < H; i++) out[i] = 0;
        return;
    }
    c->k->linear_forward(c, &m->pooler, c->x + (size_t)c->seq_first[b] * H, H, 1, out, H, BERT_ACT_NONE);
    c->k->activate(BERT_ACT_TANH, out, (size_t)H);
}

/* A head's transform of `rows` vectors (hidden_size apart in x, D = dense's outputs apart in y):
   y = norm(act(dense x)), the norm when the head has one (the classifiers' first product; the
   masked-LM transform, whose norm is always there). */
static float *bert__head_transform(bert_ctx *c, const bert__linear *dense, bert_act act, const bert__norm *norm, const float *x, int rows,
                                   float *y) {
    int D = dense->w.rows, r;
    c->k->linear_forward(c, dense, x, c->model->cfg.hidden_size, rows, y, D, BERT_ACT_NONE);
    c->k->activate(act, y, (size_t)rows * D);
    if (norm->w)
        for (r = 0; r < rows; r++) c->k->layer_norm(norm, y + (size_t)r * D, y + (size_t)r * D, D);
    return y;
}

/* Sequence classification: [pre-dense -> act ->] out-dense on the pooler or the first token. */
static void bert__seq_logits(bert_ctx *c, int b, float *out) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size;
    float *x = c->vec_a;
    if (m->seq_source == BERT__SEQ_FROM_POOLER) bert__pooler(c, b, x);
    else bert__pool(c, m->seq_source == BERT__SEQ_FROM_MEAN ? BERT_POOL_MEAN : BERT_POOL_CLS, b, x);
    if (m->seq_pre.w.data) x = bert__head_transform(c, &m->seq_pre, m->seq_act, &m->seq_norm, x, 1, c->vec_b);
    c->k->linear_forward(c, &m->seq_out, x, H, 1, out, m->cfg.num_labels, BERT_ACT_NONE);
}

/* dense -> act -> LayerNorm: the masked-LM transform of packed token n, into c->vec_a. */
static const float *bert__mlm_transform(bert_ctx *c, int n) {
    const bert_model *m = c->model;
    return bert__head_transform(c, &m->mlm_dense, m->mlm_act, &m->mlm_norm, c->x + (size_t)n * m->cfg.hidden_size, 1, c->vec_a);
}

/* ---- Sparse embeddings (SPLADE) ---------------------------------------------------------- */

/* (The scratch and its blocks, bert__splade_blocks: with the context, above.) */

/* Rows [v0, v0 + n) of a row-major f32 or f16 matrix into f32 panels of 16 rows (zero past n). */
typedef struct bert__panel_job {
    const bert__tensor *w;
    int v0, n;
    float *panels;
} bert__panel_job;

static void bert__panel_task(void *arg, int part, int parts) {
    const bert__panel_job *j = BERT__CAST(const bert__panel_job *, arg);
    const bert__tensor *w = j->w;
    int D = w->cols, lo, hi, p, r, k;
    bert__part_range((j->n + 15) / 16, part, parts, &lo, &hi); /* whole panels to each thread */
    for (p = lo; p < hi; p++) {
        int rows = j->n - 16 * p < 16 ? j->n - 16 * p : 16;
        float *dst = j->panels + (size_t)p * 16 * D;
        if (w->dtype == BERT_DTYPE_F32) { /* the attention's 16-row transpose, as it packs K */
            bert__transpose16(BERT__CAST(const float *, w->data) + (size_t)(j->v0 + 16 * p) * D, (size_t)D, rows, D, 1.0f, dst, 16);
            continue;
        }
        for (r = 0; r < 16; r++) {
            const uint16_t *src = BERT__CAST(const uint16_t *, w->data) + (size_t)(j->v0 + 16 * p + (r < rows ? r : 0)) * D;
            for (k = 0; k < D; k++) dst[(size_t)k * 16 + r] = r < rows ? bert__f16_to_f32(src[k]) : 0;
        }
    }
}

/* Vocabulary rows [v0, v0 + n) of the decoder as a linear of their own: its panels where it is
   stored in panels (v0 a multiple of 16), else those rows copied into f32 panels at `panels`, on
   the context's threads. */
static void bert__decoder_block(bert_ctx *c, int v0, int n, float *panels, bert__linear *out) {
    const bert__linear *dec = &c->model->mlm_decoder;
    const bert__tensor *w = &dec->w;
    bert__panel_job job;
    memset(out, 0, sizeof *out);
    out->w = *w;
    out->w.rows = n;
    out->b = dec->b + v0;
    if (w->layout != BERT__LAYOUT_ROWS) {
        size_t panel_bytes = (size_t)bert__tensor_bytes((uint32_t)w->dtype, (uint32_t)w->layout, 16, (uint64_t)w->cols);
        out->w.data = BERT__CAST(const unsigned char *, w->data) + (size_t)(v0 / 16) * panel_bytes;
        return;
    }
    job.w = w;
    job.v0 = v0;
    job.n = n;
    job.panels = panels;
    bert__parallel(c, bert__panel_task, &job);
    out->w.data = panels;
    out->w.dtype = BERT_DTYPE_F32;
    out->w.layout = BERT__LAYOUT_PANELS;
}

/* The last batch's sparse embeddings, out[B][vocab]: for each sequence and vocabulary entry v,
   the max (or the sum) over its tokens of log(1 + relu(logit_v)), log1p taken twice when the model
   says so. A max is taken over the logits and log1p once after it: log1p only grows. */
static void bert__splade(bert_ctx *c, int sum, float *out) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size, V = m->cfg.vocab_size, D = m->mlm_dense.w.rows, G = c->splade_tokens, VB = c->splade_vocab;
    int twice = m->cfg.splade_log1p_twice;
    float *transform = c->splade, *logits = transform + (size_t)G * D, *panels = logits + (size_t)G * VB;
    int g0, v0, n, j;
    size_t i, all = (size_t)c->batch * (size_t)V;
    for (i = 0; i < all; i++) out[i] = 0; /* relu's floor, and a sum's start */
    for (g0 = 0; g0 < c->tokens; g0 += G) {
        int gn = c->tokens - g0 < G ? c->tokens - g0 : G;
        bert__head_transform(c, &m->mlm_dense, m->mlm_act, &m->mlm_norm, c->x + (size_t)g0 * H, gn, transform);
        for (v0 = 0; v0 < V; v0 += VB) {
            int vn = V - v0 < VB ? V - v0 : VB;
            bert__linear block;
            bert__decoder_block(c, v0, vn, panels, &block);
            c->k->linear_forward(c, &block, transform, D, gn, logits, VB, BERT_ACT_NONE);
            for (n = 0; n < gn; n++) {
                const float *l = logits + (size_t)n * VB;
                float *o = out + (size_t)c->tok_seq[g0 + n] * V + v0;
                if (sum) {
                    for (j = 0; j < vn; j++)
                        if (l[j] > 0) o[j] += twice ? log1pf(log1pf(l[j])) : log1pf(l[j]);
                } else {
                    for (j = 0; j < vn; j++)
                        if (l[j] > o[j]) o[j] = l[j];
                }
            }
        }
    }
    if (!sum)
        for (i = 0; i < all; i++)
            if (out[i] > 0) out[i] = twice ? log1pf(log1pf(out[i])) : log1pf(out[i]);
}

BERTDEF size_t bert_output_size(const bert_ctx *c, bert_output which) {
    const bert_config *cfg;
    size_t B, T, H;
    unsigned heads;
    if (!c || !c->valid) return 0;
    cfg = &c->model->cfg;
    heads = cfg->heads;
    B = (size_t)c->batch;
    T = (size_t)c->seq_len;
    H = (size_t)cfg->hidden_size;
    switch (which) {
    case BERT_OUT_LAST_HIDDEN_STATE: return B * T * H;
    case BERT_OUT_POOLER: return heads & BERT_HEAD_POOLER ? B * H : 0;
    case BERT_OUT_CLS: case BERT_OUT_MEAN: case BERT_OUT_MAX: case BERT_OUT_MEAN_SQRT_LEN: return B * H;
    case BERT_OUT_EMBEDDING: return cfg->pooling >= BERT_POOL_SPLADE ? 0 : B * H;
    case BERT_OUT_SPLADE: case BERT_OUT_SPLADE_SUM: return heads & BERT_HEAD_MLM ? B * (size_t)cfg->vocab_size : 0;
    case BERT_OUT_SEQ_LOGITS: return heads & BERT_HEAD_SEQ_CLS ? B * (size_t)cfg->num_labels : 0;
    case BERT_OUT_TOKEN_LOGITS: return heads & BERT_HEAD_TOKEN_CLS ? B * T * (size_t)cfg->num_labels : 0;
    case BERT_OUT_START_LOGITS: case BERT_OUT_END_LOGITS: return heads & BERT_HEAD_QA ? B * T : 0;
    case BERT_OUT_MLM_LOGITS: return heads & BERT_HEAD_MLM ? B * T * (size_t)cfg->vocab_size : 0;
    case BERT_OUT_RTD_LOGITS: return heads & BERT_HEAD_RTD ? B * T : 0;
    case BERT_OUT_NSP_LOGITS: return heads & BERT_HEAD_NSP ? B * 2 : 0;
    case BERT_OUT_SOP_LOGITS: return heads & BERT_HEAD_SOP ? B * 2 : 0;
    }
    return 0;
}

/* Per-token outputs: `width` floats for each (b, t), zeros where the mask is 0. */
static void bert__per_token(bert_ctx *c, bert_output which, float *out, size_t width) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size, b, t;
    for (b = 0; b < c->batch; b++) {
        for (t = 0; t < c->seq_len; t++) {
            size_t at = (size_t)b * c->seq_len + t;
            int n = c->packed_index[at];
            float *o = out + at * width, *x;
            size_t i;
            if (n < 0) {
                for (i = 0; i < width; i++) o[i] = 0;
                continue;
            }
            x = c->x + (size_t)n * H;
            switch (which) {
            case BERT_OUT_LAST_HIDDEN_STATE: memcpy(o, x, (size_t)H * sizeof *o); break;
            case BERT_OUT_TOKEN_LOGITS:
                if (m->token_pre.w.data) x = bert__head_transform(c, &m->token_pre, m->token_act, &m->token_norm, x, 1, c->vec_b);
                c->k->linear_forward(c, &m->token_out, x, H, 1, o, m->cfg.num_labels, BERT_ACT_NONE);
                break;
            case BERT_OUT_MLM_LOGITS:
                c->k->linear_forward(c, &m->mlm_decoder, bert__mlm_transform(c, n), 0, 1, o, m->cfg.vocab_size, BERT_ACT_NONE);
                break;
            case BERT_OUT_RTD_LOGITS:
                c->k->linear_forward(c, &m->rtd_dense, x, H, 1, c->vec_b, H, BERT_ACT_NONE);
                c->k->activate(m->rtd_act, c->vec_b, (size_t)H);
                c->k->linear_forward(c, &m->rtd_out, c->vec_b, H, 1, o, 1, BERT_ACT_NONE);
                break;
            case BERT_OUT_START_LOGITS: case BERT_OUT_END_LOGITS: {
                float se[2];
                if (m->qa_pre.w.data) x = bert__head_transform(c, &m->qa_pre, m->qa_act, &m->qa_norm, x, 1, c->vec_b);
                c->k->linear_forward(c, &m->qa_out, x, H, 1, se, 2, BERT_ACT_NONE);
                o[0] = se[which == BERT_OUT_END_LOGITS];
                break;
            }
            default: break;
            }
        }
    }
}

/* Why bert_output_get cannot give `which`, for its message. */
static int bert__no_output(bert_output which, bert_error *err) {
    static const char *const names[][2] = {{"BERT_OUT_POOLER", "pooler"}, {"BERT_OUT_SEQ_LOGITS", "sequence-classification head"},
        {"BERT_OUT_TOKEN_LOGITS", "token-classification head"}, {"BERT_OUT_START_LOGITS", "question-answering head"},
        {"BERT_OUT_END_LOGITS", "question-answering head"}, {"BERT_OUT_MLM_LOGITS", "masked-LM head"},
        {"BERT_OUT_RTD_LOGITS", "replaced-token-detection head"}, {"BERT_OUT_NSP_LOGITS", "next-sentence head"},
        {"BERT_OUT_SOP_LOGITS", "sentence-order head"}, {"BERT_OUT_SPLADE", "masked-LM head"}, {"BERT_OUT_SPLADE_SUM", "masked-LM head"}};
    static const bert_output order[] = {BERT_OUT_POOLER, BERT_OUT_SEQ_LOGITS, BERT_OUT_TOKEN_LOGITS, BERT_OUT_START_LOGITS,
        BERT_OUT_END_LOGITS, BERT_OUT_MLM_LOGITS, BERT_OUT_RTD_LOGITS, BERT_OUT_NSP_LOGITS, BERT_OUT_SOP_LOGITS,
        BERT_OUT_SPLADE, BERT_OUT_SPLADE_SUM};
    size_t i;
    for (i = 0; i < sizeof order / sizeof order[0]; i++)
        if (order[i] == which) return bert__fail(err, BERT_E_STATE, "this model has no %s output: it has no %s", names[i][0], names[i][1]);
    return bert__fail(err, BERT_E_ARG, "bert_output_get: %d is not a bert_output", (int)which);
}

BERTDEF int bert_output_get(bert_ctx *c, bert_output which, float *out, bert_error *err) {
    const bert_config *cfg;
    int b, H;
    if (!c || !out) return bert__fail(err, BERT_E_ARG, "bert_output_get: NULL argument");
    if (!c->valid) return bert__fail(err, BERT_E_STATE, "no batch has been encoded");
    if (which == BERT_OUT_EMBEDDING && c->model->cfg.pooling >= BERT_POOL_SPLADE) /* vocab_size wide: never where H was meant */
        return bert__fail(err, BERT_E_STATE, "this model's embedding is sparse (SPLADE, vocab_size floats): read BERT_OUT_%s",
                          c->model->cfg.pooling == BERT_POOL_SPLADE ? "SPLADE" : "SPLADE_SUM");
    if (bert_output_size(c, which) == 0) return bert__no_output(which, err);
    cfg = &c->model->cfg;
    H = cfg->hidden_size;
    switch (which) {
    case BERT_OUT_LAST_HIDDEN_STATE: bert__per_token(c, which, out, (size_t)H); break;
    case BERT_OUT_TOKEN_LOGITS: bert__per_token(c, which, out, (size_t)cfg->num_labels); break;
    case BERT_OUT_MLM_LOGITS: bert__per_token(c, which, out, (size_t)cfg->vocab_size); break;
    case BERT_OUT_START_LOGITS: case BERT_OUT_END_LOGITS: case BERT_OUT_RTD_LOGITS: bert__per_token(c, which, out, 1); break;
    case BERT_OUT_CLS: case BERT_OUT_MEAN: case BERT_OUT_MAX: case BERT_OUT_MEAN_SQRT_LEN:
        for (b = 0; b < c->batch; b++)
            bert__pool(c, which == BERT_OUT_CLS ? BERT_POOL_CLS : which == BERT_OUT_MEAN ? BERT_POOL_MEAN
                          : which == BERT_OUT_MAX ? BERT_POOL_MAX : BERT_POOL_MEAN_SQRT_LEN, b, out + (size_t)b * H);
        break;
    case BERT_OUT_SPLADE: case BERT_OUT_SPLADE_SUM: bert__splade(c, which == BERT_OUT_SPLADE_SUM, out); break;
    case BERT_OUT_EMBEDDING:
        for (b = 0; b < c->batch; b++) {
            bert__pool(c, cfg->pooling, b, out + (size_t)b * H);
            if (cfg->normalize) bert_l2_normalize(out + (size_t)b * H, H);
        }
        break;
    case BERT_OUT_POOLER:
        for (b = 0; b < c->batch; b++) bert__pooler(c, b, out + (size_t)b * H);
        break;
    case BERT_OUT_SEQ_LOGITS:
        for (b = 0; b < c->batch; b++) bert__seq_logits(c, b, out + (size_t)b * cfg->num_labels);
        break;
    case BERT_OUT_NSP_LOGITS: case BERT_OUT_SOP_LOGITS:
        for (b = 0; b < c->batch; b++) {
            bert__pooler(c, b, c->vec_b);
            c->k->linear_forward(c, &c->model->pair_out, c->vec_b, H, 1, out + (size_t)b * 2, 2, BERT_ACT_NONE);
        }
        break;
    }
    bert__ok(err);
    return BERT_OK;
}

BERTDEF int bert_mlm_logits(bert_ctx *c, int b, int t, float *out, bert_error *err) {
    int n;
    if (!c || !out) return bert__fail(err, BERT_E_ARG, "bert_mlm_logits: NULL argument");
    if (!c->valid) return bert__fail(err, BERT_E_STATE, "no batch has been encoded");
    if (!(c->model->cfg.heads & BERT_HEAD_MLM)) return bert__fail(err, BERT_E_STATE, "this model has no masked-LM head");
    if (b < 0 || b >= c->batch || t < 0 || t >= c->seq_len)
        return bert__fail(err, BERT_E_ARG, "position [%d][%d] is outside the last batch [%d][%d]", b, t, c->batch, c->seq_len);
    n = c->packed_index[(size_t)b * c->seq_len + t];
    if (n < 0) return bert__fail(err, BERT_E_ARG, "position [%d][%d] is masked out", b, t);
    c->k->linear_forward(c, &c->model->mlm_decoder, bert__mlm_transform(c, n), 0, 1, out, c->model->cfg.vocab_size, BERT_ACT_NONE);
    bert__ok(err);
    return BERT_OK;
}

/* ---- Texts in, embeddings and scores out ------------------------------------------------- */
#ifndef BERT_NO_TOKENIZER

/* One call of bert_embed_texts or bert_score_pairs: the texts, what each reads from the encoder,
   and the scratch that lives for the call. Texts are taken a window (a few batches) at a time:
   tokenized once each, sorted by token count so that each batch pads little, encoded, and their
   rows put back in input order by `finish`. */
typedef struct bert__text_run {
    const bert_model *model;
    const char *const *texts;
    const size_t *lengths;          /* NULL: NUL-terminated */
    const char *const *pairs;       /* NULL, or a second text per pair (NULL entries: none) */
    const char *prompt;             /* put before each text; NULL or "" for none */
    int n, limit, no_truncate, batch, threads;
    size_t max_tokens;              /* the most batch rows x longest row of one forward pass */
    long *truncated, *tokens;
    bert_output which;              /* the output each text reads */
    int width;                      /* its floats per text */
    void (*finish)(const struct bert__text_run *run, int index, float *row);
    const void *how;                /* finish's options */
    float *out;
    /* scratch */
    bert_encoding enc;
    char *joined;                   /* prompt + text */
    size_t joined_cap;
    int32_t *rows;                  /* the window's texts: ids then type ids, packed */
    size_t rows_cap;
    size_t *start;                  /* [window] where each text's row starts */
    int *count;                     /* [window] its tokens */
    int64_t *order;                 /* [window] count * window + index, sorted */
    int32_t *ids, *mask, *types;    /* [batch][limit], the padded batch */
    float *pooled;                  /* [batch][width] */
    bert_ctx *ctx;
    bert_ctx **keep_ctx;            /* where the caller keeps ctx between calls, or NULL */
} bert__text_run;

/* Shell sort (Ciura's gaps, then x 2.25): no qsort, so that the library needs no more of libc. */
static void bert__sort_keys(int64_t *v, int n) {
    static const int gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    int gap = 701, g = 0, i, j;
    while (gap * 9 / 4 < n) gap = gap * 9 / 4;
    for (;;) {
        for (i = gap; i < n; i++) {
            int64_t x = v[i];
            for (j = i; j >= gap && v[j - gap] > x; j -= gap) v[j] = v[j - gap];
            v[j] = x;
        }
        if (gap == 1) break;
        if (gap > 701) gap = gap * 4 / 9 > 701 ? gap * 4 / 9 : 701;
        else gap = gaps[++g];
    }
}

/* One text, or a pair when p is not NULL, cut to limit (0: whole). */
static int bert__run_tokenize1(bert__text_run *run, const char *t, size_t len, const char *p, int limit, bert_error *err) {
    return p ? bert_tokenize_pair(run->model, t, len, p, strlen(p), limit, &run->enc, err)
             : bert_tokenize(run->model, t, len, limit, &run->enc, err);
}

/* Tokenizes text i of the run (with its prompt or pair) into run->enc, counting it when cut. */
static int bert__run_tokenize(bert__text_run *run, int i, bert_error *err) {
    const char *t = run->texts[i] ? run->texts[i] : "", *p = run->pairs ? run->pairs[i] : NULL;
    size_t len = !run->texts[i] ? 0 : run->lengths ? run->lengths[i] : strlen(t), plen = run->prompt ? strlen(run->prompt) : 0;
    int r;
    if (plen) { /* the prompt is part of the text, as sentence-transformers prepends it */
        if (len + plen + 1 > run->joined_cap) {
            char *bigger = BERT__CAST(char *, BERT_MALLOC(len + plen + 1));
            if (!bigger) return bert__fail(err, BERT_E_NOMEM, "text %d: out of memory", i);
            BERT_FREE(run->joined);
            run->joined = bigger;
            run->joined_cap = len + plen + 1;
        }
        memcpy(run->joined, run->prompt, plen);
        if (len) memcpy(run->joined + plen, t, len);
        t = run->joined;
        len += plen;
    }
    /* Cut to one token past the limit: more than the limit tells a cut text from one that just
       fits, and truncation stops tokenizing early, so a huge text costs what the limit keeps. A
       cut text is tokenized again to the limit (whole with no_truncate, to say its length). */
    r = bert__run_tokenize1(run, t, len, p, run->no_truncate ? 0 : run->limit + 1, err);
    if (r == BERT_OK && run->enc.count > run->limit) {
        if (run->no_truncate)
            return bert__fail(err, BERT_E_ARG, "text %d has %d tokens, more than the limit of %d", i, run->enc.count, run->limit);
        if (run->truncated) (*run->truncated)++;
        r = bert__run_tokenize1(run, t, len, p, run->limit, err);
    }
    if (r != BERT_OK && err) {
        char why[sizeof err->message];
        memcpy(why, err->message, sizeof why);
        bert__fail(err, r, "text %d: %.200s", i, why);
    }
    return r;
}

/* The batch x seq_len a context needs for the run's batches when no text is longer than len. */
static size_t bert__run_tokens(const bert__text_run *run, int len) {
    size_t all = (size_t)run->batch * (size_t)len, cap = run->max_tokens > (size_t)len ? run->max_tokens : (size_t)len;
    return all < cap ? all : cap;
}

/* Encodes texts [w0, w0 + wn) of the run: tokenized, sorted by length, batch by batch. */
static int bert__run_window(bert__text_run *run, int w0, int wn, bert_error *err) {
    const bert_config *cfg = &run->model->cfg;
    size_t used = 0;
    int i, b0, bn, r, longest = 0;
    int32_t pad = cfg->pad_id >= 0 ? cfg->pad_id : run->model->tokenizer.pad_id >= 0 ? run->model->tokenizer.pad_id : 0;
    for (i = 0; i < wn; i++) {
        int k, c;
        if ((r = bert__run_tokenize(run, w0 + i, err)) != BERT_OK) return r;
        c = run->enc.count;
        if (c == 0) return bert__fail(err, BERT_E_ARG, "text %d has no tokens (the tokenizer adds no special tokens)", w0 + i);
        for (k = 0; k < c; k++) {
            if (run->enc.ids[k] < 0 || run->enc.ids[k] >= cfg->vocab_size)
                return bert__fail(err, BERT_E_ARG, "text %d: token %d has id %d, outside the model's vocabulary of %d "
                                  "(its tokenizer does not fit its weights)", w0 + i, k, (int)run->enc.ids[k], cfg->vocab_size);
            if (cfg->type_vocab_size > 0 && run->enc.type_ids[k] >= cfg->type_vocab_size) /* bert_encode would name a batch row */
                return bert__fail(err, BERT_E_ARG, "text %d: the tokenizer gives token type %d, which this model (type_vocab_size %d) "
                                  "has no embedding for: it takes one text, not pairs", w0 + i, (int)run->enc.type_ids[k], cfg->type_vocab_size);
        }
        if (!bert__grow_i32(&run->rows, &run->rows_cap, used + 2 * (size_t)c))
            return bert__fail(err, BERT_E_NOMEM, "out of memory for %d texts", wn);
        memcpy(run->rows + used, run->enc.ids, (size_t)c * sizeof(int32_t));
        memcpy(run->rows + used + c, run->enc.type_ids, (size_t)c * sizeof(int32_t));
        run->start[i] = used;
        run->count[i] = c;
        run->order[i] = (int64_t)c * wn + i;
        used += 2 * (size_t)c;
        if (run->tokens) *run->tokens += c;
        if (c > longest) longest = c;
    }
    bert__sort_keys(run->order, wn);
    if (!run->ctx || run->ctx->model != run->model || run->ctx->max_batch < run->batch || run->ctx->max_seq_len < longest ||
        run->ctx->max_tokens < bert__run_tokens(run, longest)) {
        /* sized for the longest text seen so far (and a kept context only ever grows) */
        int len = run->ctx && run->ctx->model == run->model && run->ctx->max_seq_len > longest ? run->ctx->max_seq_len : longest;
        bert_ctx_free(run->ctx);
        run->ctx = NULL;
        if (run->keep_ctx) *run->keep_ctx = NULL;
        if ((r = bert__ctx_create(&run->ctx, run->model, run->batch, len, bert__run_tokens(run, len), err)) != BERT_OK) return r;
        if (run->keep_ctx) *run->keep_ctx = run->ctx;
    }
    if ((r = bert_ctx_set_threads(run->ctx, run->threads, err)) != BERT_OK) return r;
    for (b0 = 0; b0 < wn; b0 += bn) {
        int T, row, k;
        bert_batch batch;
        /* As many of the next texts (shortest first) as fit in a batch and in max_tokens, the
           last and longest setting the row length; a text longer than max_tokens runs alone. */
        for (bn = 1; bn < run->batch && b0 + bn < wn && (size_t)(bn + 1) * (size_t)run->count[run->order[b0 + bn] % wn] <= run->max_tokens;
             bn++) {}
        T = run->count[run->order[b0 + bn - 1] % wn];
        for (row = 0; row < bn; row++) {
            int j = (int)(run->order[b0 + row] % wn), c = run->count[j];
            const int32_t *ids = run->rows + run->start[j], *types = ids + c;
            size_t at = (size_t)row * (size_t)T;
            for (k = 0; k < T; k++) {
                run->ids[at + k] = k < c ? ids[k] : pad;
                run->mask[at + k] = k < c;
                run->types[at + k] = k < c ? types[k] : 0;
            }
        }
        batch.batch = bn;
        batch.seq_len = T;
        batch.input_ids = run->ids;
        batch.attention_mask = run->mask;
        batch.token_type_ids = run->types;
        if ((r = bert_encode(run->ctx, &batch, err)) != BERT_OK || (r = bert_output_get(run->ctx, run->which, run->pooled, err)) != BERT_OK)
            return r;
        for (row = 0; row < bn; row++)
            run->finish(run, w0 + (int)(run->order[b0 + row] % wn), run->pooled + (size_t)row * (size_t)run->width);
    }
    return BERT_OK;
}

/* What both calls set alike: the model, the texts and the caller's counters and kept context. */
static void bert__run_init(bert__text_run *run, const bert_model *model, const char *const *texts, int n, int no_truncate,
                           long *truncated, long *tokens, bert_ctx **keep_ctx) {
    memset(run, 0, sizeof *run);
    run->model = model;
    run->texts = texts;
    run->n = n;
    run->no_truncate = no_truncate;
    run->truncated = truncated;
    run->tokens = tokens;
    run->keep_ctx = keep_ctx;
}

/* Checks what both calls share, then runs every window. */
static int bert__run_texts(bert__text_run *run, int max_length, int batch_size, long max_tokens, int threads, const char *fn,
                           bert_error *err) {
    const bert_config *cfg = &run->model->cfg;
    int window, w0, r = BERT_OK;
    if (!cfg->has_weights) return bert__fail(err, BERT_E_STATE, "%s: this model file holds only a tokenizer", fn);
    if (!run->model->tokenizer.data) return bert__fail(err, BERT_E_STATE, "%s: this model file has no tokenizer (ids only)", fn);
    if (max_length < 0 || max_length > cfg->max_length)
        return bert__fail(err, BERT_E_ARG, "%s: max_length %d is outside [0, %d] (0: the model's truncate_length)", fn, max_length,
                          cfg->max_length);
    if (batch_size < 0 || threads < 0 || max_tokens < 0)
        return bert__fail(err, BERT_E_ARG, "%s: batch_size %d, max_tokens %ld or threads %d is negative", fn, batch_size, max_tokens, threads);
    run->limit = max_length ? max_length : cfg->truncate_length > 0 ? cfg->truncate_length : cfg->max_length;
    run->batch = batch_size ? batch_size : 32;
    run->max_tokens = max_tokens                                 ? (size_t)max_tokens
                      : (size_t)run->batch > (size_t)-1 / 512 ? (size_t)-1 /* a 32-bit size_t: no wrap */
                                                              : (size_t)run->batch * 512;
    if (run->batch > run->n) run->batch = run->n;
    run->threads = threads ? threads : 1;
    /* A window of several batches: long enough to sort lengths usefully, short enough that its
       token ids stay small next to the model. */
    window = run->n < run->batch * 8 ? run->n : run->batch * 8;
    run->start = BERT__CAST(size_t *, bert__calloc((size_t)window, sizeof *run->start));
    run->count = BERT__CAST(int *, bert__calloc((size_t)window, sizeof *run->count));
    run->order = BERT__CAST(int64_t *, bert__calloc((size_t)window, sizeof *run->order));
    run->ids = BERT__CAST(int32_t *, bert__calloc((size_t)run->batch * (size_t)run->limit, sizeof(int32_t)));
    run->mask = BERT__CAST(int32_t *, bert__calloc((size_t)run->batch * (size_t)run->limit, sizeof(int32_t)));
    run->types = BERT__CAST(int32_t *, bert__calloc((size_t)run->batch * (size_t)run->limit, sizeof(int32_t)));
    run->pooled = BERT__CAST(float *, bert__calloc((size_t)run->batch * (size_t)run->width, sizeof(float)));
    if (!run->start || !run->count || !run->order || !run->ids || !run->mask || !run->types || !run->pooled)
        r = bert__fail(err, BERT_E_NOMEM, "%s: out of memory for batches of %d x %d tokens", fn, run->batch, run->limit);
    if (run->keep_ctx) run->ctx = *run->keep_ctx;
    for (w0 = 0; r == BERT_OK && w0 < run->n; w0 += window)
        r = bert__run_window(run, w0, run->n - w0 < window ? run->n - w0 : window, err);
    if (!run->keep_ctx) bert_ctx_free(run->ctx);
    bert_encoding_free(&run->enc);
    BERT_FREE(run->joined); BERT_FREE(run->rows); BERT_FREE(run->start); BERT_FREE(run->count); BERT_FREE(run->order);
    BERT_FREE(run->ids); BERT_FREE(run->mask); BERT_FREE(run->types); BERT_FREE(run->pooled);
    if (r == BERT_OK) bert__ok(err);
    return r;
}

typedef struct bert__embed_how {
    int dim, normalize;
} bert__embed_how;

static void bert__finish_embedding(const bert__text_run *run, int index, float *row) {
    const bert__embed_how *how = BERT__CAST(const bert__embed_how *, run->how);
    float *dst = run->out + (size_t)index * (size_t)how->dim;
    memcpy(dst, row, (size_t)how->dim * sizeof *dst);
    if (how->normalize) bert_l2_normalize(dst, how->dim); /* after the cut: a Matryoshka prefix is compared alone */
}

BERTDEF int bert_embed_texts(const bert_model *model, const char *const *texts, const size_t *lengths, int n,
                             const bert_embed_options *opts, float *out, bert_error *err) {
    static const bert_embed_options defaults = BERT_EMBED_OPTIONS_INIT;
    const bert_config *cfg;
    bert__text_run run;
    bert__embed_how how;
    const char *prompt;
    int pooling, sparse, width;
    if (!opts) opts = &defaults;
    if (!model || (n > 0 && (!texts || !out)) || n < 0) return bert__fail(err, BERT_E_ARG, "bert_embed_texts: NULL argument or n < 0");
    cfg = &model->cfg;
    pooling = opts->pooling ? opts->pooling : BERT__CAST(int, cfg->pooling);
    if (pooling < BERT_POOL_CLS || pooling > BERT_POOL_SPLADE_SUM)
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: pooling %d is not a bert_pooling", opts->pooling);
    sparse = pooling >= BERT_POOL_SPLADE;
    width = sparse ? cfg->vocab_size : cfg->hidden_size;
    if (sparse && !opts->sparse)
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: pooling %s makes sparse embeddings of vocab_size (%d) floats each: size out "
                          "with bert_embed_width and set sparse = 1%s", bert_pooling_name((bert_pooling)pooling), cfg->vocab_size,
                          opts->pooling ? "" : " (or ask for a dense pooling)");
    if (sparse && !(cfg->heads & BERT_HEAD_MLM))
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: pooling %s reads the masked-LM head, which this model has not",
                          bert_pooling_name((bert_pooling)pooling));
    if (sparse && opts->dim != 0)
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: dim %d cuts a dense embedding; a sparse one is all of the vocabulary (dim 0)",
                          opts->dim);
    if (opts->dim < 0 || opts->dim > cfg->hidden_size)
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: dim %d is outside [0, %d] (0: all of hidden_size)", opts->dim, cfg->hidden_size);
    if (opts->normalize < -1 || opts->normalize > 1)
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: normalize %d is not -1 (the model's), 0 or 1", opts->normalize);
    if (opts->prompt && opts->prompt_name)
        return bert__fail(err, BERT_E_ARG, "bert_embed_texts: give a prompt or a prompt_name, not both");
    prompt = opts->prompt;
    if (!prompt) {
        int p = bert_model_find_prompt(model, opts->prompt_name);
        if (p >= 0) prompt = bert_model_prompt_text(model, p);
        else if (opts->prompt_name) {
            char names[160];
            size_t used = 0;
            int i;
            names[0] = 0;
            for (i = 0; i < model->num_prompts && used + 1 < sizeof names; i++)
                used += (size_t)snprintf(names + used, sizeof names - used, "%s\"%s\"", i ? ", " : "", bert_model_prompt_name(model, i));
            return bert__fail(err, BERT_E_ARG, "bert_embed_texts: the model has no prompt called \"%s\" (%s%s)", opts->prompt_name,
                              model->num_prompts ? "it has " : "it has none", names);
        }
    }
    if (n == 0) { bert__ok(err); return BERT_OK; }
    bert__run_init(&run, model, texts, n, opts->no_truncate, opts->truncated, opts->tokens, opts->keep_ctx);
    run.lengths = lengths;
    run.prompt = prompt;
    run.which = pooling == BERT_POOL_CLS ? BERT_OUT_CLS : pooling == BERT_POOL_MAX ? BERT_OUT_MAX
              : pooling == BERT_POOL_MEAN_SQRT_LEN ? BERT_OUT_MEAN_SQRT_LEN : pooling == BERT_POOL_SPLADE ? BERT_OUT_SPLADE
              : pooling == BERT_POOL_SPLADE_SUM ? BERT_OUT_SPLADE_SUM : BERT_OUT_MEAN;
    run.width = width;
    run.finish = bert__finish_embedding;
    how.dim = opts->dim ? opts->dim : width;
    how.normalize = opts->normalize >= 0 ? opts->normalize : cfg->normalize;
    run.how = &how;
    run.out = out;
    return bert__run_texts(&run, opts->max_length, opts->batch_size, opts->max_tokens, opts->threads, "bert_embed_texts", err);
}

BERTDEF int bert_embed_width(const bert_model *model, const bert_embed_options *opts) {
    static const bert_embed_options defaults = BERT_EMBED_OPTIONS_INIT;
    const bert_config *cfg;
    int pooling;
    if (!model) return 0;
    if (!opts) opts = &defaults;
    cfg = &model->cfg;
    pooling = opts->pooling ? opts->pooling : BERT__CAST(int, cfg->pooling);
    if (pooling < BERT_POOL_CLS || pooling > BERT_POOL_SPLADE_SUM) return 0;
    if (pooling >= BERT_POOL_SPLADE) return cfg->heads & BERT_HEAD_MLM && opts->dim == 0 && opts->sparse ? cfg->vocab_size : 0;
    return opts->dim < 0 || opts->dim > cfg->hidden_size ? 0 : opts->dim ? opts->dim : cfg->hidden_size;
}

/* 1 when entry (a, i) ranks above (b, j): the larger magnitude (sentence-transformers' top-k is
   over absolute values), then the lower index. */
static int bert__ranks_above(float a, int i, float b, int j) {
    float x = fabsf(a), y = fabsf(b);
    return x > y || (x == y && i < j);
}

BERTDEF int bert_sparse_entries(const float *v, int n, int top_k, int *ids, float *values) {
    int i, count = 0, kept = 0, last_id = -1;
    float last = 0;
    if (!v || n < 0 || top_k < 0 || !ids || !values) return -1;
    for (i = 0; i < n; i++) count += v[i] != 0;
    if (top_k > 0 && count > top_k) {
        /* the top_k-th entry: a heap of the best top_k so far in ids/values, the lowest-ranked on
           top; the entries are then those ranking at or above it, taken in index order below */
        for (i = 0; i < n; i++) {
            int at = 0;
            if (v[i] == 0) continue;
            if (kept < top_k) { /* sift up */
                at = kept++;
                while (at > 0 && bert__ranks_above(values[(at - 1) / 2], ids[(at - 1) / 2], v[i], i)) {
                    values[at] = values[(at - 1) / 2];
                    ids[at] = ids[(at - 1) / 2];
                    at = (at - 1) / 2;
                }
            } else if (bert__ranks_above(v[i], i, values[0], ids[0])) { /* replaces the top, sifted down */
                for (;;) {
                    int child = 2 * at + 1;
                    if (child >= kept) break;
                    if (child + 1 < kept && bert__ranks_above(values[child], ids[child], values[child + 1], ids[child + 1])) child++;
                    if (!bert__ranks_above(v[i], i, values[child], ids[child])) break;
                    values[at] = values[child];
                    ids[at] = ids[child];
                    at = child;
                }
            } else {
                continue;
            }
            values[at] = v[i];
            ids[at] = i;
        }
        last = values[0];
        last_id = ids[0];
        count = top_k;
    }
    for (i = 0, kept = 0; i < n && kept < count; i++)
        if (v[i] != 0 && (last_id < 0 || !bert__ranks_above(last, last_id, v[i], i))) {
            ids[kept] = i;
            values[kept++] = v[i];
        }
    return count;
}

static void bert__finish_score(const bert__text_run *run, int index, float *row) {
    int raw = *BERT__CAST(const int *, run->how), L = run->width, k;
    float *dst = run->out + (size_t)index * (size_t)L;
    if (raw) memcpy(dst, row, (size_t)L * sizeof *dst);
    else if (L == 1) dst[0] = BERT__CAST(float, 1 / (1 + exp(-BERT__CAST(double, row[0]))));
    else { /* softmax, shifted by the largest logit */
        double top = row[0], sum = 0;
        for (k = 1; k < L; k++) if (row[k] > top) top = row[k];
        for (k = 0; k < L; k++) sum += exp(BERT__CAST(double, row[k]) - top);
        for (k = 0; k < L; k++) dst[k] = BERT__CAST(float, exp(BERT__CAST(double, row[k]) - top) / sum);
    }
}

/* bert_score_pairs, its messages naming fn (bert_choose's too). */
static int bert__score_pairs(const bert_model *model, const char *const *a, const char *const *b, int n, const bert_score_options *opts,
                             int raw, float *out, const char *fn, bert_error *err) {
    bert__text_run run;
    if (!model || (n > 0 && (!a || !out)) || n < 0) return bert__fail(err, BERT_E_ARG, "%s: NULL argument or n < 0", fn);
    if (!(model->cfg.heads & BERT_HEAD_SEQ_CLS) || model->cfg.num_labels < 1)
        return bert__fail(err, BERT_E_STATE, "%s: this model has no sequence-classification head (not a cross-encoder)", fn);
    if (n == 0) { bert__ok(err); return BERT_OK; }
    bert__run_init(&run, model, a, n, opts->no_truncate, opts->truncated, opts->tokens, opts->keep_ctx);
    run.pairs = b;
    run.which = BERT_OUT_SEQ_LOGITS;
    run.width = model->cfg.num_labels;
    run.finish = bert__finish_score;
    run.how = &raw;
    run.out = out;
    return bert__run_texts(&run, opts->max_length, opts->batch_size, opts->max_tokens, opts->threads, fn, err);
}

BERTDEF int bert_score_pairs(const bert_model *model, const char *const *a, const char *const *b, int n,
                             const bert_score_options *opts, float *out, bert_error *err) {
    static const bert_score_options defaults = BERT_SCORE_OPTIONS_INIT;
    if (!opts) opts = &defaults;
    return bert__score_pairs(model, a, b, n, opts, opts->raw != 0, out, "bert_score_pairs", err);
}

BERTDEF int bert_choose(const bert_model *model, const char *context, const char *const *choices, int n,
                        const bert_score_options *opts, float *out, bert_error *err) {
    static const bert_score_options defaults = BERT_SCORE_OPTIONS_INIT;
    const char **contexts;
    double top, sum = 0;
    int i, rc;
    if (!opts) opts = &defaults;
    if (!model || (n > 0 && (!choices || !out)) || n < 0) return bert__fail(err, BERT_E_ARG, "bert_choose: NULL argument or n < 0");
    if (!(model->cfg.heads & BERT_HEAD_CHOICE))
        return bert__fail(err, BERT_E_STATE, "bert_choose: this model has no multiple-choice head (a *ForMultipleChoice checkpoint)");
    for (i = 0; i < n; i++)
        if (!choices[i]) return bert__fail(err, BERT_E_ARG, "bert_choose: choice %d is NULL", i);
    if (n == 0) { bert__ok(err); return BERT_OK; }
    contexts = BERT__CAST(const char **, bert__calloc((size_t)n, sizeof *contexts));
    if (!contexts) return bert__fail(err, BERT_E_NOMEM, "bert_choose: out of memory for %d choices", n);
    for (i = 0; i < n; i++) contexts[i] = context ? context : choices[i];
    /* the logits of (a[i], b[i]); with no context, each choice alone is a[i] */
    rc = bert__score_pairs(model, contexts, context ? choices : NULL, n, opts, 1, out, "bert_choose", err);
    BERT_FREE(contexts);
    if (rc != BERT_OK || opts->raw) return rc;
    top = out[0]; /* softmax over the choices, shifted by the largest logit */
    for (i = 1; i < n; i++) if (out[i] > top) top = out[i];
    for (i = 0; i < n; i++) sum += exp(BERT__CAST(double, out[i]) - top);
    for (i = 0; i < n; i++) out[i] = BERT__CAST(float, exp(BERT__CAST(double, out[i]) - top) / sum);
    return BERT_OK;
}

#endif /* BERT_NO_TOKENIZER */

#ifdef BERT__POP_DIAGNOSTICS
#pragma GCC diagnostic pop
#endif
#undef BERT__PASS /* the next include of this file (declarations) skips the kernels */
#endif /* the rest of the implementation */

/*
------------------------------------------------------------------------------
MIT License

Copyright (c) 2026 the bert.h authors

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
------------------------------------------------------------------------------
*/
