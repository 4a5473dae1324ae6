/* bert.h - BERT-family text encoders on a CPU, in one C header.      MIT license, see the end.

   Runs BERT, ALBERT, RoBERTa, XLM-RoBERTa, ELECTRA and DistilBERT checkpoints converted from
   Hugging Face by tools/bert-convert, with the same numbers as Hugging Face transformers:
   sentence embeddings, sequence and token classification, extractive QA, fill-mask, ELECTRA
   replaced-token detection, next-sentence / sentence-order logits. Needs only libc and libm.

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
   - Every fallible function returns BERT_OK (0) or a negative bert_status, and fills the
     optional bert_error with a message saying what was wrong. Nothing prints, exits or aborts,
     and no input, however malformed, may make the library read out of bounds.

   CONFIGURATION (define before including the implementation)
     BERT_STATIC          make every function static (several copies in one program)
     BERT_MALLOC(n), BERT_FREE(p)
                          the allocator; define both or neither. Default malloc/free.
     BERT_NO_STDIO        leave out bert_model_load_file and everything that touches FILE or mmap
     BERT_NO_SIMD         portable scalar kernels only. Otherwise the kernels follow the compiler's
                          target macros: AVX-512 (F, BW, VL; VNNI for q8_0), AVX2 + FMA + F16C,
                          NEON on aarch64 (compile with -march=native, -mavx2 -mfma -mf16c, ...).
     BERT_NO_THREADS      leave out the thread pool and pthreads (firmware, single-core targets):
                          bert_ctx_set_threads then accepts only 1
     BERT_USE_OPENBLAS    row-major f32 weights (bert-convert --layout rows) go through OpenBLAS's
                          cblas_sgemm; link -lopenblas. The built-in kernels read the default
                          panel layout and are usually faster.

   SPEED: the matrix products run on cache-blocked, register-tiled micro-kernels over weights
   the converter stores in panels (see "Matrix multiply"); attention is fused per head; the
   optional threads split every product by output columns and attention by heads, so one
   sequence gets faster too. Weights may be f32, f16 (converted as they are loaded) or q8_0
   (int8 blocks of 32 with one scale, multiplied as integers with activations quantized on the
   fly). `bert bench` (examples/bert.c) and `make bench` measure it.

   THE MODEL FILE is documented byte by byte in docs/FORMAT.md: a 128-byte header, a config of
   little-endian 32-bit words, a string table, a tokenizer section, a tensor table, then tensor
   data aligned to 64 bytes. All multi-byte values are little-endian; the host must be too.
   A tensor entry's layout word (offset 12) is 0 for row-major or 1 for the panels the kernels
   read (and q8_0 blocks); "Matrix multiply" below gives both byte orders, the same for every CPU.

   REVISION HISTORY
     0.2  speed: SIMD micro-kernels (AVX-512, AVX2, NEON), panel layout, fused attention,
          thread pool, q8_0 weights.
     0.1  first release: loader, encoder, pooling and heads for six architectures.
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
    BERT_ARCH_DISTILBERT = 6
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
    BERT_POOL_MEAN_SQRT_LEN = 4 /* sum over mask-1 positions / sqrt(count), as sentence-transformers */
} bert_pooling;

typedef enum bert_dtype {
    BERT_DTYPE_F32 = 0,
    BERT_DTYPE_F16 = 1,
    BERT_DTYPE_Q8_0 = 2      /* int8 in blocks of 32 with one float scale (linear weights only) */
} bert_dtype;

/* How position ids are made from input ids. */
typedef enum bert_positions {
    BERT_POSITIONS_ABSOLUTE = 0, /* 0, 1, 2, ... */
    BERT_POSITIONS_PADDED = 1    /* RoBERTa: pad + 1 + running count of non-pad ids; pads get pad */
} bert_positions;

/* The heads a checkpoint carries (bert_config.heads is a mask of these). */
enum {
    BERT_HEAD_POOLER = 1 << 0,    /* dense + tanh on the first token */
    BERT_HEAD_SEQ_CLS = 1 << 1,   /* sequence classification logits [labels] */
    BERT_HEAD_TOKEN_CLS = 1 << 2, /* token classification logits [T][labels] */
    BERT_HEAD_QA = 1 << 3,        /* extractive QA start and end logits [T] */
    BERT_HEAD_MLM = 1 << 4,       /* masked-LM logits [T][vocab] */
    BERT_HEAD_RTD = 1 << 5,       /* ELECTRA replaced-token detection logits [T] */
    BERT_HEAD_NSP = 1 << 6,       /* BERT next-sentence logits [2] */
    BERT_HEAD_SOP = 1 << 7        /* ALBERT sentence-order logits [2] */
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
/* The kernels this build was compiled for: "avx512", "avx2", "neon" or "scalar". */
BERTDEF const char *bert_simd_name(void);

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
    BERT_OUT_EMBEDDING,             /* [B][H]   the model's default pooling and normalization */
    BERT_OUT_SEQ_LOGITS,            /* [B][labels] */
    BERT_OUT_TOKEN_LOGITS,          /* [B][T][labels] */
    BERT_OUT_START_LOGITS,          /* [B][T] */
    BERT_OUT_END_LOGITS,            /* [B][T] */
    BERT_OUT_MLM_LOGITS,            /* [B][T][vocab]: large; see bert_mlm_logits for one token */
    BERT_OUT_RTD_LOGITS,            /* [B][T] */
    BERT_OUT_NSP_LOGITS,            /* [B][2] */
    BERT_OUT_SOP_LOGITS             /* [B][2] */
} bert_output;

/* How many floats `which` needs for the last batch; 0 if the model does not have it. */
BERTDEF size_t bert_output_size(const bert_ctx *ctx, bert_output which);
/* Writes output `which` of the last batch into out (bert_output_size floats). */
BERTDEF int bert_output_get(bert_ctx *ctx, bert_output which, float *out, bert_error *err);
/* Masked-LM logits [vocab] for sequence b, position t of the last batch. */
BERTDEF int bert_mlm_logits(bert_ctx *ctx, int b, int t, float *out, bert_error *err);
/* Scales v[0..n) to unit L2 norm (left as is when its norm is 0). */
BERTDEF void bert_l2_normalize(float *v, int n);

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

/* mmap where POSIX is visible: strict -std=c99 hides it unless _POSIX_C_SOURCE is defined
   before the first system header (then files are read into memory instead). */
#if !defined(BERT_NO_STDIO) && (defined(__unix__) || defined(__APPLE__)) && \
    (!defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || \
     defined(_DEFAULT_SOURCE) || defined(__cplusplus))
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
#define BERT__FORMAT_VERSION 1
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
   signed values as two's complement). A reader treats words past the section's end as 0. */
enum {
    BERT__C_ARCH, BERT__C_VOCAB, BERT__C_HIDDEN, BERT__C_EMBEDDING, BERT__C_LAYERS, BERT__C_HEADS,
    BERT__C_INTERMEDIATE, BERT__C_MAX_POSITIONS, BERT__C_TYPE_VOCAB, BERT__C_GROUPS, BERT__C_INNER_GROUP,
    BERT__C_ACT, BERT__C_LN_EPS, BERT__C_POSITIONS, BERT__C_PAD_ID, BERT__C_CLS_ID, BERT__C_SEP_ID,
    BERT__C_UNK_ID, BERT__C_MASK_ID, BERT__C_MAX_LENGTH, BERT__C_TRUNCATE, BERT__C_POOLING, BERT__C_NORMALIZE,
    BERT__C_HEADS_MASK, BERT__C_NUM_LABELS, BERT__C_LABELS_STR, BERT__C_SEQ_SOURCE, BERT__C_SEQ_ACT,
    BERT__C_MLM_ACT, BERT__C_MLM_EPS, BERT__C_RTD_ACT, BERT__C_DTYPE, BERT__C_NAME_STR,
    BERT__C_COUNT
};

/* Where the sequence-classification head reads its input. */
enum { BERT__SEQ_FROM_POOLER = 0, BERT__SEQ_FROM_FIRST_TOKEN = 1 };

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
#define BERT__T_FFN_UP "ffn.up"                      /* [I][H] */
#define BERT__T_FFN_DOWN "ffn.down"                  /* [H][I] */
#define BERT__T_FFN_NORM "ffn.norm"                  /* [H] */
#define BERT__T_POOLER "pooler"                      /* [H][H] */
#define BERT__T_SEQ_PRE "seq_cls.pre"                /* [H][H], absent for BERT/ALBERT */
#define BERT__T_SEQ_OUT "seq_cls.out"                /* [labels][H] */
#define BERT__T_TOKEN_OUT "token_cls.out"            /* [labels][H] */
#define BERT__T_QA_OUT "qa.out"                      /* [2][H] */
#define BERT__T_MLM_DENSE "mlm.dense"                /* [E'][H], E' = H or E */
#define BERT__T_MLM_NORM "mlm.norm"                  /* [E'] */
#define BERT__T_MLM_DECODER "mlm.decoder"            /* [vocab][E'] (a copy of the word embeddings when tied) */
#define BERT__T_RTD_DENSE "rtd.dense"                /* [H][H] */
#define BERT__T_RTD_OUT "rtd.out"                    /* [1][H] */
#define BERT__T_PAIR_OUT "pair.out"                  /* [2][H] on the pooler: NSP or SOP */

/* ========================================================================================== */
/* ---- Tokenizer (declarations of its private types; the code follows the loader) ---------- */

/* The tokenizer section is opaque to the loader; bert__tokenizer_load checks and indexes it. */
typedef struct bert__tokenizer {
    const uint8_t *data;
    size_t size;
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
} bert__linear;

typedef struct bert__norm {
    const float *w, *b;  /* [n] */
    float eps;
} bert__norm;

typedef struct bert__layer {
    bert__linear qkv, attn_out, ffn_up, ffn_down;
    bert__norm attn_norm, ffn_norm;
} bert__layer;

struct bert_model {
    bert_config cfg;
    const uint8_t *file;         /* the whole file */
    size_t file_size;
    void *owned;                 /* what bert_model_load_file mapped or read, freed with the model */
    int owned_is_mmap;
    const char *name;
    const char **labels;         /* [num_labels] into the string table */
    bert__tensor word, position, token_type;
    bert__norm emb_norm;
    bert__linear emb_project;    /* w.data NULL when embeddings are already hidden_size */
    bert__layer *layers;         /* unique layers: num_groups * inner_group_num */
    bert__linear pooler;
    int seq_source;              /* BERT__SEQ_FROM_* */
    bert_act seq_act;
    bert__linear seq_pre, seq_out, token_out, qa_out;
    bert__linear mlm_dense, mlm_decoder;
    bert_act mlm_act;
    bert__norm mlm_norm;
    bert__linear rtd_dense, rtd_out;
    bert_act rtd_act;
    bert__linear pair_out;
    int has_q8;                  /* some linear weight is q8_0: contexts need quantization scratch */
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
    BERT__LAYOUT_PANELS = 1  /* panels of 16 rows, column by column (see "Matrix multiply") */
};

/* What a tensor may be, beyond f32 row-major. */
enum { BERT__ALLOW_F16 = 1, BERT__ALLOW_PANELS = 2, BERT__ALLOW_Q8 = 4 };

/* Bytes of a [rows][cols] tensor: panels pad rows to a multiple of 16, q8_0 also pads cols to
   a multiple of 32 and stores each 16 x 32 block in 640 bytes (scales, sums, weights). */
static uint64_t bert__tensor_bytes(uint32_t dtype, uint32_t layout, uint64_t rows, uint64_t cols) {
    uint64_t panels = (rows + 15) / 16;
    if (dtype == BERT_DTYPE_Q8_0) return panels * ((cols + 31) / 32) * 640;
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
        uint32_t d0 = bert__u32(e + 16), d1 = bert__u32(e + 20);
        if (!tname || strcmp(tname, name) != 0) continue;
        if (dtype != BERT_DTYPE_F32 && !(allow & BERT__ALLOW_F16 && dtype == BERT_DTYPE_F16) &&
            !(allow & BERT__ALLOW_Q8 && dtype == BERT_DTYPE_Q8_0))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: dtype %u is not allowed here", name, dtype);
        if (layout != BERT__LAYOUT_ROWS && !(allow & BERT__ALLOW_PANELS && layout == BERT__LAYOUT_PANELS))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: layout %u is not allowed here", name, layout);
        if (dtype == BERT_DTYPE_Q8_0 && layout != BERT__LAYOUT_PANELS)
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: q8_0 must be stored in panels (layout 1)", name);
        if (rows == 0 ? (ndim != 1 || d0 != (uint32_t)cols)
                      : (ndim != 2 || d0 != (uint32_t)rows || d1 != (uint32_t)cols))
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

/* Loads "<prefix>.weight" [out][in] and "<prefix>.bias" [out]. required=0: absent is fine. */
static int bert__load_linear(const bert__file *f, const char *prefix, int out, int in, int required,
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
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name);
    lin->b = BERT__CAST(const float *, bias.data);
    return 1;
}

static int bert__load_norm(const bert__file *f, const char *prefix, int n, float eps, int required,
                           bert__norm *norm, bert_error *err) {
    char name[96];
    bert__tensor w, b;
    int r;
    snprintf(name, sizeof name, "%s.weight", prefix);
    r = bert__find_tensor(f, name, 0, n, 0, &w, err);
    if (r < 0) return r;
    if (r == 0) return required ? bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name) : 0;
    snprintf(name, sizeof name, "%s.bias", prefix);
    r = bert__find_tensor(f, name, 0, n, 0, &b, err);
    if (r < 0) return r;
    if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", name);
    norm->w = BERT__CAST(const float *, w.data);
    norm->b = BERT__CAST(const float *, b.data);
    norm->eps = eps;
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
    if (version != BERT__FORMAT_VERSION)
        return bert__fail(err, BERT_E_UNSUPPORTED, "model file format version %u; this bert.h reads version %d", version, BERT__FORMAT_VERSION);
    header_size = bert__u32(p + BERT__H_HEADER_SIZE);
    if (header_size < BERT__HEADER_SIZE || header_size > size) return bert__fail(err, BERT_E_FORMAT, "bad header size %u", header_size);
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
    if (entry != BERT__TENSOR_ENTRY_SIZE) return bert__fail(err, BERT_E_FORMAT, "bad tensor entry size %u", entry);
    if (count > (size / BERT__TENSOR_ENTRY_SIZE) || !bert__in_bounds(ten_off, (uint64_t)count * entry, size))
        return bert__fail(err, BERT_E_FORMAT, "tensor table out of range (%u tensors)", count);
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

/* Reads and sanity-checks the config words. Limits keep every later size product in range. */
static int bert__read_config(const bert__file *f, bert_config *c, bert_error *err) {
    int i;
    c->arch = (bert_arch)bert__config_word(f, BERT__C_ARCH);
    c->vocab_size = (int)bert__config_word(f, BERT__C_VOCAB);
    c->hidden_size = (int)bert__config_word(f, BERT__C_HIDDEN);
    c->embedding_size = (int)bert__config_word(f, BERT__C_EMBEDDING);
    c->num_layers = (int)bert__config_word(f, BERT__C_LAYERS);
    c->num_heads = (int)bert__config_word(f, BERT__C_HEADS);
    c->intermediate_size = (int)bert__config_word(f, BERT__C_INTERMEDIATE);
    c->max_position_embeddings = (int)bert__config_word(f, BERT__C_MAX_POSITIONS);
    c->type_vocab_size = (int)bert__config_word(f, BERT__C_TYPE_VOCAB);
    c->num_groups = (int)bert__config_word(f, BERT__C_GROUPS);
    c->inner_group_num = (int)bert__config_word(f, BERT__C_INNER_GROUP);
    c->hidden_act = (bert_act)bert__config_word(f, BERT__C_ACT);
    c->layer_norm_eps = bert__f32_bits(bert__config_word(f, BERT__C_LN_EPS));
    c->positions = (bert_positions)bert__config_word(f, BERT__C_POSITIONS);
    c->pad_id = (int32_t)bert__config_word(f, BERT__C_PAD_ID);
    c->cls_id = (int32_t)bert__config_word(f, BERT__C_CLS_ID);
    c->sep_id = (int32_t)bert__config_word(f, BERT__C_SEP_ID);
    c->unk_id = (int32_t)bert__config_word(f, BERT__C_UNK_ID);
    c->mask_id = (int32_t)bert__config_word(f, BERT__C_MASK_ID);
    c->max_length = (int)bert__config_word(f, BERT__C_MAX_LENGTH);
    c->truncate_length = (int)bert__config_word(f, BERT__C_TRUNCATE);
    if (c->truncate_length <= 0 || c->truncate_length > c->max_length) c->truncate_length = c->max_length;
    c->pooling = (bert_pooling)bert__config_word(f, BERT__C_POOLING);
    c->normalize = (int)bert__config_word(f, BERT__C_NORMALIZE);
    c->heads = bert__config_word(f, BERT__C_HEADS_MASK);
    c->num_labels = (int)bert__config_word(f, BERT__C_NUM_LABELS);
    c->dtype = (bert_dtype)bert__config_word(f, BERT__C_DTYPE);
    c->has_weights = f->tensor_count > 0;
    if (c->arch < BERT_ARCH_BERT || c->arch > BERT_ARCH_DISTILBERT)
        return bert__fail(err, BERT_E_FORMAT, "unknown architecture %d in config", (int)c->arch);
    if (!c->has_weights) return BERT_OK; /* a tokenizer-only file: sizes are not used */
    {
        /* Generous bounds, far above any real checkpoint, that keep int arithmetic safe. */
        const struct { const char *name; int value, lo, hi; } limits[] = {
            {"vocab_size", c->vocab_size, 1, 1 << 22},
            {"hidden_size", c->hidden_size, 1, 1 << 15},
            {"embedding_size", c->embedding_size, 1, 1 << 15},
            {"num_layers", c->num_layers, 1, 1024},
            {"num_heads", c->num_heads, 1, 1024},
            {"intermediate_size", c->intermediate_size, 1, 1 << 17},
            {"max_position_embeddings", c->max_position_embeddings, 1, 1 << 16},
            {"type_vocab_size", c->type_vocab_size, 0, 1 << 16},
            {"num_groups", c->num_groups, 1, 1024},
            {"inner_group_num", c->inner_group_num, 1, 1024},
            {"max_length", c->max_length, 1, 1 << 16},
            {"num_labels", c->num_labels, 0, 1 << 16},
        };
        for (i = 0; i < (int)(sizeof limits / sizeof limits[0]); i++)
            if (limits[i].value < limits[i].lo || limits[i].value > limits[i].hi)
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
    if (c->positions != BERT_POSITIONS_ABSOLUTE && c->positions != BERT_POSITIONS_PADDED)
        return bert__fail(err, BERT_E_FORMAT, "unknown position rule %d", (int)c->positions);
    if (c->positions == BERT_POSITIONS_PADDED && (c->pad_id < 0 || c->pad_id >= c->max_position_embeddings))
        return bert__fail(err, BERT_E_FORMAT, "padded positions need a pad id below max_position_embeddings");
    if (c->pad_id >= c->vocab_size || c->pad_id < -1) return bert__fail(err, BERT_E_FORMAT, "pad id %d out of range", c->pad_id);
    {
        /* The last usable position index must exist in the position table. */
        int first = c->positions == BERT_POSITIONS_PADDED ? c->pad_id + 1 : 0;
        if (first + c->max_length > c->max_position_embeddings)
            return bert__fail(err, BERT_E_FORMAT, "max_length %d exceeds the position table (%d)", c->max_length, c->max_position_embeddings);
    }
    if (c->pooling < BERT_POOL_CLS || c->pooling > BERT_POOL_MEAN_SQRT_LEN)
        return bert__fail(err, BERT_E_FORMAT, "unknown default pooling %d", (int)c->pooling);
    if (c->dtype != BERT_DTYPE_F32 && c->dtype != BERT_DTYPE_F16 && c->dtype != BERT_DTYPE_Q8_0) return bert__fail(err, BERT_E_FORMAT, "unknown dtype %d", (int)c->dtype);
    if ((c->heads & (BERT_HEAD_SEQ_CLS | BERT_HEAD_TOKEN_CLS)) && c->num_labels < 1)
        return bert__fail(err, BERT_E_FORMAT, "a classification head needs num_labels >= 1");
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

static int bert__load_weights(bert_model *m, const bert__file *f, bert_error *err) {
    const bert_config *c = &m->cfg;
    int H = c->hidden_size, E = c->embedding_size, I = c->intermediate_size, r, i;
    int unique = c->num_groups * c->inner_group_num, mlm_dim;
    char name[96];
    float eps = c->layer_norm_eps;

#define BERT__TRY(call) do { if ((r = (call)) < 0) return r; } while (0)
#define BERT__NEED(call, what) do { if ((r = (call)) < 0) return r; \
        if (r == 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s is missing", what); } while (0)

    BERT__NEED(bert__find_tensor(f, BERT__T_WORD, c->vocab_size, E, BERT__ALLOW_F16, &m->word, err), BERT__T_WORD);
    BERT__NEED(bert__find_tensor(f, BERT__T_POSITION, c->max_position_embeddings, E, BERT__ALLOW_F16, &m->position, err), BERT__T_POSITION);
    if (c->type_vocab_size > 0)
        BERT__NEED(bert__find_tensor(f, BERT__T_TOKEN_TYPE, c->type_vocab_size, E, BERT__ALLOW_F16, &m->token_type, err), BERT__T_TOKEN_TYPE);
    BERT__TRY(bert__load_norm(f, BERT__T_EMB_NORM, E, eps, 1, &m->emb_norm, err));
    BERT__TRY(bert__load_linear(f, BERT__T_EMB_PROJECT, H, E, E != H, &m->emb_project, err));

    m->layers = BERT__CAST(bert__layer *, bert__calloc((size_t)unique, sizeof *m->layers));
    if (!m->layers) return bert__fail(err, BERT_E_NOMEM, "out of memory for %d layers", unique);
    for (i = 0; i < unique; i++) {
        bert__layer *l = &m->layers[i];
#define BERT__LAYER_NAME(part) (snprintf(name, sizeof name, "layers.%d.%s", i, part), name)
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_QKV), 3 * H, H, 1, &l->qkv, err));
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_ATTN_OUT), H, H, 1, &l->attn_out, err));
        BERT__TRY(bert__load_norm(f, BERT__LAYER_NAME(BERT__T_ATTN_NORM), H, eps, 1, &l->attn_norm, err));
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_FFN_UP), I, H, 1, &l->ffn_up, err));
        BERT__TRY(bert__load_linear(f, BERT__LAYER_NAME(BERT__T_FFN_DOWN), H, I, 1, &l->ffn_down, err));
        BERT__TRY(bert__load_norm(f, BERT__LAYER_NAME(BERT__T_FFN_NORM), H, eps, 1, &l->ffn_norm, err));
#undef BERT__LAYER_NAME
    }

    if (c->heads & BERT_HEAD_POOLER) BERT__TRY(bert__load_linear(f, BERT__T_POOLER, H, H, 1, &m->pooler, err));
    if (c->heads & BERT_HEAD_SEQ_CLS) {
        m->seq_source = (int)bert__config_word(f, BERT__C_SEQ_SOURCE);
        m->seq_act = (bert_act)bert__config_word(f, BERT__C_SEQ_ACT);
        if (m->seq_source == BERT__SEQ_FROM_POOLER && !(c->heads & BERT_HEAD_POOLER))
            return bert__fail(err, BERT_E_FORMAT, "sequence classifier reads a pooler the model does not have");
        if (m->seq_source != BERT__SEQ_FROM_POOLER && m->seq_source != BERT__SEQ_FROM_FIRST_TOKEN)
            return bert__fail(err, BERT_E_FORMAT, "unknown sequence-classifier input %d", m->seq_source);
        if (!bert__valid_act(m->seq_act)) return bert__fail(err, BERT_E_FORMAT, "unknown classifier activation");
        BERT__TRY(bert__load_linear(f, BERT__T_SEQ_PRE, H, H, m->seq_act != BERT_ACT_NONE, &m->seq_pre, err));
        BERT__TRY(bert__load_linear(f, BERT__T_SEQ_OUT, c->num_labels, H, 1, &m->seq_out, err));
    }
    if (c->heads & BERT_HEAD_TOKEN_CLS) BERT__TRY(bert__load_linear(f, BERT__T_TOKEN_OUT, c->num_labels, H, 1, &m->token_out, err));
    if (c->heads & BERT_HEAD_QA) BERT__TRY(bert__load_linear(f, BERT__T_QA_OUT, 2, H, 1, &m->qa_out, err));
    if (c->heads & BERT_HEAD_MLM) {
        /* BERT, RoBERTa and DistilBERT transform to H; ALBERT and the ELECTRA generator to E. */
        mlm_dim = c->arch == BERT_ARCH_ALBERT || c->arch == BERT_ARCH_ELECTRA ? E : H;
        m->mlm_act = (bert_act)bert__config_word(f, BERT__C_MLM_ACT);
        if (!bert__valid_act(m->mlm_act) || m->mlm_act == BERT_ACT_NONE) return bert__fail(err, BERT_E_FORMAT, "unknown MLM activation");
        BERT__TRY(bert__load_linear(f, BERT__T_MLM_DENSE, mlm_dim, H, 1, &m->mlm_dense, err));
        BERT__TRY(bert__load_norm(f, BERT__T_MLM_NORM, mlm_dim, bert__f32_bits(bert__config_word(f, BERT__C_MLM_EPS)), 1,
                                  &m->mlm_norm, err));
        if (!(m->mlm_norm.eps > 0 && m->mlm_norm.eps < 1)) return bert__fail(err, BERT_E_FORMAT, "MLM layer-norm eps out of range");
        BERT__TRY(bert__load_linear(f, BERT__T_MLM_DECODER, c->vocab_size, mlm_dim, 1, &m->mlm_decoder, err));
    }
    if (c->heads & BERT_HEAD_RTD) {
        m->rtd_act = (bert_act)bert__config_word(f, BERT__C_RTD_ACT);
        if (!bert__valid_act(m->rtd_act) || m->rtd_act == BERT_ACT_NONE) return bert__fail(err, BERT_E_FORMAT, "unknown RTD activation");
        BERT__TRY(bert__load_linear(f, BERT__T_RTD_DENSE, H, H, 1, &m->rtd_dense, err));
        BERT__TRY(bert__load_linear(f, BERT__T_RTD_OUT, 1, H, 1, &m->rtd_out, err));
    }
    if (c->heads & (BERT_HEAD_NSP | BERT_HEAD_SOP)) {
        if (!(c->heads & BERT_HEAD_POOLER)) return bert__fail(err, BERT_E_FORMAT, "NSP/SOP head without a pooler");
        BERT__TRY(bert__load_linear(f, BERT__T_PAIR_OUT, 2, H, 1, &m->pair_out, err));
    }
#undef BERT__TRY
#undef BERT__NEED
    {
        const bert__linear *heads[] = {&m->emb_project, &m->pooler, &m->seq_pre, &m->seq_out, &m->token_out, &m->qa_out,
                                       &m->mlm_dense, &m->mlm_decoder, &m->rtd_dense, &m->rtd_out, &m->pair_out};
        for (i = 0; i < (int)(sizeof heads / sizeof heads[0]); i++) m->has_q8 |= heads[i]->w.dtype == BERT_DTYPE_Q8_0;
        for (i = 0; i < unique; i++) {
            const bert__layer *l = &m->layers[i];
            m->has_q8 |= l->qkv.w.dtype == BERT_DTYPE_Q8_0 || l->attn_out.w.dtype == BERT_DTYPE_Q8_0 ||
                         l->ffn_up.w.dtype == BERT_DTYPE_Q8_0 || l->ffn_down.w.dtype == BERT_DTYPE_Q8_0;
        }
    }
    return BERT_OK;
}

BERTDEF void bert_model_free(bert_model *m) {
    if (!m) return;
    bert__tokenizer_free(&m->tokenizer);
    BERT_FREE(BERT__CAST(void *, m->labels));
    BERT_FREE(m->layers);
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
BERTDEF int bert_model_load_file(bert_model **out, const char *path, bert_error *err) {
    void *buf = NULL;
    size_t size = 0;
    int is_mmap = 0, r;
    if (!out || !path) return bert__fail(err, BERT_E_ARG, "bert_model_load_file: NULL argument");
    *out = NULL;
#ifdef BERT__HAVE_MMAP
    {
        struct stat st;
        int fd = open(path, O_RDONLY);
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

BERTDEF const char *bert_arch_name(bert_arch a) {
    static const char *names[] = {"?", "bert", "albert", "roberta", "xlm-roberta", "electra", "distilbert"};
    return a >= BERT_ARCH_BERT && a <= BERT_ARCH_DISTILBERT ? names[a] : "?";
}

BERTDEF const char *bert_act_name(bert_act a) {
    static const char *names[] = {"none", "gelu", "gelu_tanh", "quick_gelu", "relu", "silu", "tanh"};
    return (unsigned)a <= BERT_ACT_TANH ? names[a] : "?";
}

BERTDEF const char *bert_pooling_name(bert_pooling p) {
    static const char *names[] = {"?", "cls", "mean", "max", "mean_sqrt_len"};
    return p >= BERT_POOL_CLS && p <= BERT_POOL_MEAN_SQRT_LEN ? names[p] : "?";
}

BERTDEF const char *bert_dtype_name(bert_dtype d) {
    return d == BERT_DTYPE_F32 ? "f32" : d == BERT_DTYPE_F16 ? "f16" : d == BERT_DTYPE_Q8_0 ? "q8_0" : "?";
}

/* ========================================================================================== */
/* ---- Tokenizer --------------------------------------------------------------------------- */

static int bert__tokenizer_load(bert__tokenizer *tok, const uint8_t *data, size_t size, bert_error *err) {
    (void)err;
    tok->data = data;
    tok->size = size;
    return BERT_OK;
}

static void bert__tokenizer_free(bert__tokenizer *tok) { (void)tok; }

BERTDEF const char *bert_model_tokenizer_kind(const bert_model *model) {
    return model && model->tokenizer.size ? "unknown" : "none";
}

/* ---- End of tokenizer -------------------------------------------------------------------- */


/* ========================================================================================== */
/* ---- SIMD vectors ------------------------------------------------------------------------ */

/* One short vector type, bert__vf, with the handful of operations the kernels below need,
   chosen at compile time from the compiler's predefined macros: AVX-512 (16 floats), AVX2 +
   FMA + F16C (8), NEON on aarch64 (4), or a plain float (BERT_NO_SIMD or anything else).
   Everything written on bert__vf (activations, norms, softmax) is written once for all four. */
#if !defined(BERT_NO_SIMD) && defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VL__) && defined(__FMA__)
#define BERT__AVX512 1
#elif !defined(BERT_NO_SIMD) && defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#define BERT__AVX2 1
#elif !defined(BERT_NO_SIMD) && defined(__aarch64__) && defined(__ARM_NEON)
#define BERT__NEON 1
#else
#define BERT__SCALAR 1
#endif

#if defined(__GNUC__) || defined(__clang__) || defined(__cplusplus)
#define BERT__INLINE inline
#else
#define BERT__INLINE
#endif

#if defined(BERT__AVX512) || defined(BERT__AVX2)
#include <immintrin.h>
#endif
#ifdef BERT_USE_OPENBLAS
#include <cblas.h>
#undef I /* OpenBLAS's cblas.h pulls in <complex.h>, whose macro I would clash with our names */
#endif
#if defined(BERT__AVX512) && defined(__cplusplus) && defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
/* GCC 12's AVX-512 intrinsics read a deliberately uninitialized vector, which its C++ front
   end reports (GCC bug 105593); silenced from here to the end of the implementation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#define BERT__POP_DIAGNOSTICS
#endif
#ifdef BERT__NEON
#include <arm_neon.h>
#endif

#if defined(BERT__AVX512)
#define BERT__VL 16
#define BERT__ISA "avx512"
typedef __m512 bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return _mm512_loadu_ps(p); }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { _mm512_storeu_ps(p, v); }
static BERT__INLINE bert__vf bert__vset(float x) { return _mm512_set1_ps(x); }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return _mm512_add_ps(a, b); }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return _mm512_sub_ps(a, b); }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return _mm512_mul_ps(a, b); }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return _mm512_div_ps(a, b); }
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
#define BERT__ISA "avx2"
typedef __m256 bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return _mm256_loadu_ps(p); }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { _mm256_storeu_ps(p, v); }
static BERT__INLINE bert__vf bert__vset(float x) { return _mm256_set1_ps(x); }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return _mm256_add_ps(a, b); }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return _mm256_sub_ps(a, b); }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return _mm256_mul_ps(a, b); }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return _mm256_div_ps(a, b); }
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
#define BERT__ISA "neon"
typedef float32x4_t bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return vld1q_f32(p); }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { vst1q_f32(p, v); }
static BERT__INLINE bert__vf bert__vset(float x) { return vdupq_n_f32(x); }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return vaddq_f32(a, b); }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return vsubq_f32(a, b); }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return vmulq_f32(a, b); }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return vdivq_f32(a, b); }
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
#define BERT__ISA "scalar"
typedef float bert__vf;
static BERT__INLINE bert__vf bert__vload(const float *p) { return *p; }
static BERT__INLINE void bert__vstore(float *p, bert__vf v) { *p = v; }
static BERT__INLINE bert__vf bert__vset(float x) { return x; }
static BERT__INLINE bert__vf bert__vadd(bert__vf a, bert__vf b) { return a + b; }
static BERT__INLINE bert__vf bert__vsub(bert__vf a, bert__vf b) { return a - b; }
static BERT__INLINE bert__vf bert__vmul(bert__vf a, bert__vf b) { return a * b; }
static BERT__INLINE bert__vf bert__vdiv(bert__vf a, bert__vf b) { return a / b; }
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
    t = bert__vdiv(one, bert__vfma(a, bert__vset(0.3275911f), one));
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
    return bert__vcopysign(bert__vsub(one, bert__vdiv(bert__vset(2.0f), bert__vadd(e, one))), x);
}

/* x * sigmoid(k x) */
static BERT__INLINE bert__vf bert__vswish(bert__vf x, float k) {
    bert__vf one = bert__vset(1.0f);
    return bert__vdiv(x, bert__vadd(one, bert__vexp(bert__vmul(x, bert__vset(-k)))));
}

static BERT__INLINE bert__vf bert__vact(bert_act act, bert__vf x) {
    switch (act) {
    case BERT_ACT_GELU: return bert__vmul(bert__vmul(x, bert__vset(0.5f)),
                                          bert__vadd(bert__vset(1.0f), bert__verf(bert__vmul(x, bert__vset(0.70710678118654752f)))));
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
/* ---- Thread pool ------------------------------------------------------------------------- */

/* Work is split into `parts` pieces; part p of a task runs on thread p (0 is the caller).
   Workers spin briefly on a generation counter (a layer's parallel steps come microseconds
   apart), then sleep on a condition variable; the mutex makes sleeping and waking race-free. */
typedef void (*bert__task_fn)(void *arg, int part, int parts);

#ifndef BERT_NO_THREADS
#include <pthread.h>

#if defined(__GNUC__) || defined(__clang__)
#define BERT__LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define BERT__STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define BERT__DEC(p) __atomic_sub_fetch((p), 1, __ATOMIC_ACQ_REL)
#define BERT__SPINS 20000
#else /* no atomics in C99: every access under the mutex, no spinning */
#define BERT__LOAD(p) (*(p))
#define BERT__STORE(p, v) (*(p) = (v))
#define BERT__DEC(p) (--*(p))
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
    int part;
    pthread_t thread;
} bert__worker;

struct bert__threadpool {
    pthread_mutex_t mutex;
    pthread_cond_t wake, done;
    bert__worker *workers;
    int count;                  /* threads besides the caller */
    bert__task_fn fn;
    void *arg;
    unsigned generation;        /* bumped once per task */
    int pending;                /* workers still running the current task */
    int quit;
};

static void *bert__worker_main(void *p) {
    bert__worker *w = BERT__CAST(bert__worker *, p);
    bert__threadpool *pool = w->pool;
    unsigned seen = 0;
    for (;;) {
        unsigned gen;
        int spins = 0;
        while ((gen = BERT__LOAD(&pool->generation)) == seen && spins++ < BERT__SPINS) BERT__PAUSE();
        if (gen == seen) {
            pthread_mutex_lock(&pool->mutex);
            while ((gen = pool->generation) == seen) pthread_cond_wait(&pool->wake, &pool->mutex);
            pthread_mutex_unlock(&pool->mutex);
        }
        seen = gen;
        if (pool->quit) return NULL;
        pool->fn(pool->arg, w->part, pool->count + 1);
        if (BERT__DEC(&pool->pending) == 0) {
            pthread_mutex_lock(&pool->mutex);
            pthread_cond_signal(&pool->done);
            pthread_mutex_unlock(&pool->mutex);
        }
    }
}

static void bert__pool_run(bert__threadpool *pool, bert__task_fn fn, void *arg) {
    int spins = 0;
    pool->fn = fn;
    pool->arg = arg;
    pool->pending = pool->count;
    pthread_mutex_lock(&pool->mutex);
    BERT__STORE(&pool->generation, pool->generation + 1);
    pthread_cond_broadcast(&pool->wake);
    pthread_mutex_unlock(&pool->mutex);
    fn(arg, 0, pool->count + 1);
    while (BERT__LOAD(&pool->pending) != 0 && spins++ < BERT__SPINS) BERT__PAUSE();
    pthread_mutex_lock(&pool->mutex);
    while (pool->pending != 0) pthread_cond_wait(&pool->done, &pool->mutex);
    pthread_mutex_unlock(&pool->mutex);
}

static void bert__pool_free(bert__threadpool *pool) {
    int i;
    if (!pool) return;
    pthread_mutex_lock(&pool->mutex);
    pool->quit = 1;
    BERT__STORE(&pool->generation, pool->generation + 1);
    pthread_cond_broadcast(&pool->wake);
    pthread_mutex_unlock(&pool->mutex);
    for (i = 0; i < pool->count; i++) pthread_join(pool->workers[i].thread, NULL);
    pthread_mutex_destroy(&pool->mutex);
    pthread_cond_destroy(&pool->wake);
    pthread_cond_destroy(&pool->done);
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
    pthread_cond_init(&pool->done, NULL);
    for (i = 0; i < count; i++) {
        pool->workers[i].pool = pool;
        pool->workers[i].part = i + 1;
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
/* ---- Matrix multiply --------------------------------------------------------------------- */

/* Every linear layer is y[m][o] = b[o] + sum_k x[m][k] W[o][k] (W as PyTorch stores it). The
   converter stores W in PANELS (tensor layout 1, the same bytes for every CPU): rows are taken
   16 at a time, zero-padded to a multiple of 16, and each panel is stored column by column, so
   panel p is K groups of 16 consecutive values W[16p + 0..15][k]. A micro-kernel then computes
   an MR x 16 tile of y with MR x 16 / VL accumulators held in registers: per k it loads the 16
   weights once and broadcasts each of the MR activations, so every load feeds several FMAs.

   Blocking: K is cut into KC-long pieces so one panel piece (KC x 16 floats = 16 KB) stays in
   L1 while it is used by every MR-row tile of an MC-row block of x, and that x block
   (MC x KC floats) stays in L2 while it is used by every panel. Threads take disjoint ranges of
   panels (the output columns), which works at batch 1 as well as at batch 32.

   q8_0 weights (layout 1 too): each panel is cut along k into blocks of 32; a block is
   16 float scales, 16 int32 sums of the block's weights, then 8 groups of 16 x 4 int8 weights
   (the 4 consecutive k of each of the 16 rows), 640 bytes. Activations are quantized on the fly
   in blocks of 32 to q in [-127, 127] with one scale each; a block's product is the exact
   integer sum q w times the two scales. AVX-512 VNNI multiplies unsigned by signed bytes, so
   there the activations are stored as q + 128 and 128 sum w is subtracted (the stored sums);
   AVX2 multiplies |q| by w with q's sign (vpsignb), which cannot saturate a 16-bit pair sum. */
#define BERT__PANEL 16
#ifndef BERT__KC
#define BERT__KC 512
#endif
#ifndef BERT__MC
#define BERT__MC 192
#endif
#define BERT__Q8_BLOCK 32
#define BERT__Q8_BLOCK_BYTES (BERT__PANEL * 4 + BERT__PANEL * 4 + BERT__PANEL * BERT__Q8_BLOCK)
#define BERT__Q8_KB 64 /* blocks per K piece: 40 KB of a panel */
#define BERT__FFN_ROWS 512 /* rows per feed-forward block */
#if defined(BERT__AVX512) && defined(__AVX512VNNI__)
#define BERT__Q8_ZERO 128 /* activation bytes are q + 128: vpdpbusd multiplies unsigned x signed */
#else
#define BERT__Q8_ZERO 0   /* activation bytes are q itself (two's complement) */
#endif

#if defined(BERT__AVX512)
#define BERT__MR 8
#define BERT__KP 2    /* panels per f32 micro-kernel call */
#ifdef __AVX512VNNI__
#define BERT__MR_Q8 8
#else
#define BERT__MR_Q8 4
#endif
#elif defined(BERT__AVX2)
#define BERT__MR 6
#define BERT__KP 1
#define BERT__MR_Q8 4
#else
#define BERT__MR 4
#define BERT__KP 1
#define BERT__MR_Q8 4
#endif
#define BERT__TILE_W (BERT__PANEL * BERT__KP)

/* tile[i][0..16 np) = sum_k a[k][i] B[k][..] for k < kc, where a is MR rows of x packed k by k
   (so the MR broadcasts of one k are adjacent), B is np panels of 16 columns, `stride`
   elements apart, each k row 16 elements; b points at the first panel's row 0.
   B is float (f16 = 0) or IEEE half (f16 = 1, converted as it is loaded). */
#if defined(BERT__AVX512)
static void bert__kernel_f32(const float *a, int kc, const void *b, size_t stride, int np, int f16, float *tile) {
    __m512 c00 = _mm512_setzero_ps(), c10 = c00, c20 = c00, c30 = c00, c40 = c00, c50 = c00, c60 = c00, c70 = c00;
    __m512 c01 = c00, c11 = c00, c21 = c00, c31 = c00, c41 = c00, c51 = c00, c61 = c00, c71 = c00, x;
    const float *bf = BERT__CAST(const float *, b);
    const uint16_t *bh = BERT__CAST(const uint16_t *, b);
    int k;
#define BERT__ROW1(i) x = _mm512_set1_ps(a[8 * k + i]); c##i##0 = _mm512_fmadd_ps(x, b0, c##i##0);
#define BERT__ROW2(i) x = _mm512_set1_ps(a[8 * k + i]); c##i##0 = _mm512_fmadd_ps(x, b0, c##i##0); c##i##1 = _mm512_fmadd_ps(x, b1, c##i##1);
#define BERT__ROWS(R) R(0) R(1) R(2) R(3) R(4) R(5) R(6) R(7)
#define BERT__STEP2 { __m512 b0 = _mm512_loadu_ps(bf + 16 * k), b1 = _mm512_loadu_ps(bf + stride + 16 * k); BERT__ROWS(BERT__ROW2) k++; }
    if (np == 2 && !f16) { /* the common case, unrolled by 4 */
        for (k = 0; k + 4 <= kc;) { BERT__STEP2 BERT__STEP2 BERT__STEP2 BERT__STEP2 }
        while (k < kc) BERT__STEP2
    } else if (np == 2) {
        for (k = 0; k < kc; k++) {
            __m512 b0 = _mm512_cvtph_ps(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(bh + 16 * k))));
            __m512 b1 = _mm512_cvtph_ps(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(bh + stride + 16 * k))));
            BERT__ROWS(BERT__ROW2)
        }
    } else if (!f16) {
        for (k = 0; k < kc; k++) { __m512 b0 = _mm512_loadu_ps(bf + 16 * k); BERT__ROWS(BERT__ROW1) }
    } else {
        for (k = 0; k < kc; k++) {
            __m512 b0 = _mm512_cvtph_ps(_mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(bh + 16 * k))));
            BERT__ROWS(BERT__ROW1)
        }
    }
#define BERT__STORE_ROW(i) _mm512_storeu_ps(tile + i * BERT__TILE_W, c##i##0); _mm512_storeu_ps(tile + i * BERT__TILE_W + 16, c##i##1);
    BERT__ROWS(BERT__STORE_ROW)
#undef BERT__ROW1
#undef BERT__ROW2
#undef BERT__ROWS
#undef BERT__STEP2
#undef BERT__STORE_ROW
}
#elif defined(BERT__AVX2)
static void bert__kernel_f32(const float *a, int kc, const void *b, size_t stride, int np, int f16, float *tile) {
    __m256 c00 = _mm256_setzero_ps(), c10 = c00, c20 = c00, c30 = c00, c40 = c00, c50 = c00;
    __m256 c01 = c00, c11 = c00, c21 = c00, c31 = c00, c41 = c00, c51 = c00, x;
    const float *bf = BERT__CAST(const float *, b);
    const uint16_t *bh = BERT__CAST(const uint16_t *, b);
    int k;
    (void)stride;
    (void)np;
#define BERT__ROW(i) x = _mm256_broadcast_ss(a + 6 * k + i); c##i##0 = _mm256_fmadd_ps(x, b0, c##i##0); c##i##1 = _mm256_fmadd_ps(x, b1, c##i##1);
#define BERT__ROWS(R) R(0) R(1) R(2) R(3) R(4) R(5)
#define BERT__STEP { __m256 b0 = _mm256_loadu_ps(bf + 16 * k), b1 = _mm256_loadu_ps(bf + 16 * k + 8); BERT__ROWS(BERT__ROW) k++; }
    if (!f16) { /* unrolled by 4 */
        for (k = 0; k + 4 <= kc;) { BERT__STEP BERT__STEP BERT__STEP BERT__STEP }
        while (k < kc) BERT__STEP
    } else {
        for (k = 0; k < kc; k++) {
            __m256 b0 = _mm256_cvtph_ps(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(bh + 16 * k))));
            __m256 b1 = _mm256_cvtph_ps(_mm_loadu_si128(BERT__CAST(const __m128i *, (const void *)(bh + 16 * k + 8))));
            BERT__ROWS(BERT__ROW)
        }
    }
#define BERT__STORE_ROW(i) _mm256_storeu_ps(tile + i * BERT__TILE_W, c##i##0); _mm256_storeu_ps(tile + i * BERT__TILE_W + 8, c##i##1);
    BERT__ROWS(BERT__STORE_ROW)
#undef BERT__ROW
#undef BERT__ROWS
#undef BERT__STEP
#undef BERT__STORE_ROW
}
#elif defined(BERT__NEON)
static void bert__kernel_f32(const float *a, int kc, const void *b, size_t stride, int np, int f16, float *tile) {
    float32x4_t c[BERT__MR][4];
    const float *bf = BERT__CAST(const float *, b);
    const __fp16 *bh = BERT__CAST(const __fp16 *, b);
    int k, i, j;
    (void)stride;
    (void)np;
    for (i = 0; i < BERT__MR; i++)
        for (j = 0; j < 4; j++) c[i][j] = vdupq_n_f32(0);
    for (k = 0; k < kc; k++) {
        float32x4_t b0, b1, b2, b3;
        if (!f16) {
            b0 = vld1q_f32(bf + 16 * k); b1 = vld1q_f32(bf + 16 * k + 4);
            b2 = vld1q_f32(bf + 16 * k + 8); b3 = vld1q_f32(bf + 16 * k + 12);
        } else {
            b0 = vcvt_f32_f16(vld1_f16(bh + 16 * k)); b1 = vcvt_f32_f16(vld1_f16(bh + 16 * k + 4));
            b2 = vcvt_f32_f16(vld1_f16(bh + 16 * k + 8)); b3 = vcvt_f32_f16(vld1_f16(bh + 16 * k + 12));
        }
        for (i = 0; i < BERT__MR; i++) {
            float x = a[BERT__MR * k + i];
            c[i][0] = vfmaq_n_f32(c[i][0], b0, x); c[i][1] = vfmaq_n_f32(c[i][1], b1, x);
            c[i][2] = vfmaq_n_f32(c[i][2], b2, x); c[i][3] = vfmaq_n_f32(c[i][3], b3, x);
        }
    }
    for (i = 0; i < BERT__MR; i++)
        for (j = 0; j < 4; j++) vst1q_f32(tile + i * BERT__TILE_W + 4 * j, c[i][j]);
}
#else
static void bert__kernel_f32(const float *a, int kc, const void *b, size_t stride, int np, int f16, float *tile) {
    const float *bf = BERT__CAST(const float *, b);
    const uint16_t *bh = BERT__CAST(const uint16_t *, b);
    float w[BERT__PANEL];
    int k, i, j;
    (void)stride;
    (void)np;
    for (i = 0; i < BERT__MR * BERT__TILE_W; i++) tile[i] = 0;
    for (k = 0; k < kc; k++) {
        for (j = 0; j < BERT__PANEL; j++) w[j] = f16 ? bert__f16_to_f32(bh[16 * k + j]) : bf[16 * k + j];
        for (i = 0; i < BERT__MR; i++) {
            float x = a[BERT__MR * k + i], *t = tile + i * BERT__TILE_W;
            for (j = 0; j < BERT__PANEL; j++) t[j] += x * w[j];
        }
    }
}
#endif

/* q8_0: tile[i][0..16) = sum over nb blocks of sa[i][blk] * scale[o][blk] * (exact integer
   block dot product), with qa[i] the activation bytes and sa[i] their scales. */
#if defined(BERT__AVX512) && defined(__AVX512VNNI__)
static void bert__kernel_q8(const uint8_t *const *qa, const float *const *sa, int nb, const uint8_t *b, float *tile) {
    __m512 f0 = _mm512_setzero_ps(), f1 = f0, f2 = f0, f3 = f0, f4 = f0, f5 = f0, f6 = f0, f7 = f0;
    int blk, g;
    for (blk = 0; blk < nb; blk++, b += BERT__Q8_BLOCK_BYTES) {
        const uint8_t *w = b + 2 * 64;
        __m512 scale = _mm512_loadu_ps(BERT__CAST(const float *, (const void *)b));
        __m512i bias = _mm512_slli_epi32(_mm512_loadu_si512(b + 64), 7); /* 128 sum w */
        __m512i s0 = _mm512_setzero_si512(), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
        int off = blk * BERT__Q8_BLOCK;
        for (g = 0; g < 8; g++) {
            __m512i wv = _mm512_loadu_si512(w + 64 * g);
            int32_t v;
#define BERT__ROW(i) memcpy(&v, qa[i] + off + 4 * g, 4); s##i = _mm512_dpbusd_epi32(s##i, _mm512_set1_epi32(v), wv);
            BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5) BERT__ROW(6) BERT__ROW(7)
#undef BERT__ROW
        }
#define BERT__ROW(i) f##i = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_sub_epi32(s##i, bias)), _mm512_mul_ps(scale, _mm512_set1_ps(sa[i][blk])), f##i);
        BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5) BERT__ROW(6) BERT__ROW(7)
#undef BERT__ROW
    }
#define BERT__ROW(i) _mm512_storeu_ps(tile + i * BERT__TILE_W, f##i);
    BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3) BERT__ROW(4) BERT__ROW(5) BERT__ROW(6) BERT__ROW(7)
#undef BERT__ROW
}
#elif defined(BERT__AVX2) || defined(BERT__AVX512)
/* Without VNNI: vpmaddubsw multiplies |q| (unsigned) by w carrying q's sign (vpsignb) and adds
   pairs into int16 (at most 2 * 127 * 127: no saturation); vpmaddwd by ones adds those pairs
   into int32. Four rows; the float accumulators live in the tile (L1). */
static void bert__kernel_q8(const uint8_t *const *qa, const float *const *sa, int nb, const uint8_t *b, float *tile) {
    const __m256i ones = _mm256_set1_epi16(1);
    int blk, g, i;
    for (i = 0; i < BERT__MR_Q8 * BERT__TILE_W; i++) tile[i] = 0;
    for (blk = 0; blk < nb; blk++, b += BERT__Q8_BLOCK_BYTES) {
        const uint8_t *w = b + 2 * 64;
        const float *scale = BERT__CAST(const float *, (const void *)b);
        __m256i s00 = _mm256_setzero_si256(), s01 = s00, s10 = s00, s11 = s00, s20 = s00, s21 = s00, s30 = s00, s31 = s00;
        __m256 s0 = _mm256_loadu_ps(scale), s1 = _mm256_loadu_ps(scale + 8);
        int off = blk * BERT__Q8_BLOCK;
        for (g = 0; g < 8; g++) {
            __m256i w0 = _mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(w + 64 * g)));
            __m256i w1 = _mm256_loadu_si256(BERT__CAST(const __m256i *, (const void *)(w + 64 * g + 32)));
            int32_t v;
            __m256i x, ax;
#define BERT__ROW(i) memcpy(&v, qa[i] + off + 4 * g, 4); x = _mm256_set1_epi32(v); ax = _mm256_abs_epi8(x); \
            s##i##0 = _mm256_add_epi32(s##i##0, _mm256_madd_epi16(_mm256_maddubs_epi16(ax, _mm256_sign_epi8(w0, x)), ones)); \
            s##i##1 = _mm256_add_epi32(s##i##1, _mm256_madd_epi16(_mm256_maddubs_epi16(ax, _mm256_sign_epi8(w1, x)), ones));
            BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3)
#undef BERT__ROW
        }
#define BERT__ROW(i) { __m256 as = _mm256_set1_ps(sa[i][blk]); float *t = tile + i * BERT__TILE_W; \
        _mm256_storeu_ps(t, _mm256_fmadd_ps(_mm256_cvtepi32_ps(s##i##0), _mm256_mul_ps(s0, as), _mm256_loadu_ps(t))); \
        _mm256_storeu_ps(t + 8, _mm256_fmadd_ps(_mm256_cvtepi32_ps(s##i##1), _mm256_mul_ps(s1, as), _mm256_loadu_ps(t + 8))); }
        BERT__ROW(0) BERT__ROW(1) BERT__ROW(2) BERT__ROW(3)
#undef BERT__ROW
    }
}
#else
/* Portable: the same integer block products and the same float steps, one value at a time. */
static void bert__kernel_q8(const uint8_t *const *qa, const float *const *sa, int nb, const uint8_t *b, float *tile) {
    int blk, g, i, o, j;
    for (i = 0; i < BERT__MR_Q8 * BERT__TILE_W; i++) tile[i] = 0;
    for (blk = 0; blk < nb; blk++, b += BERT__Q8_BLOCK_BYTES) {
        const int8_t *w = BERT__CAST(const int8_t *, (const void *)(b + 2 * 64));
        for (i = 0; i < BERT__MR_Q8; i++) {
            const int8_t *x = BERT__CAST(const int8_t *, (const void *)(qa[i] + blk * BERT__Q8_BLOCK));
            for (o = 0; o < BERT__PANEL; o++) {
                float scale;
                int32_t acc = 0;
                for (g = 0; g < 8; g++)
                    for (j = 0; j < 4; j++) acc += (int32_t)x[4 * g + j] * w[64 * g + 4 * o + j];
                memcpy(&scale, b + 4 * o, 4);
                tile[i * BERT__TILE_W + o] += (float)acc * (scale * sa[i][blk]);
            }
        }
    }
}
#endif

/* The operands of one matrix product y = act(bias + x W^T), W in panels. */
typedef struct bert__gemm {
    const float *x;          /* [M] rows of K floats, ldx apart (f32/f16 weights) */
    size_t ldx;
    int x_transposed;        /* 1: x is stored [K][M] instead, rows ldx apart */
    const uint8_t *xq;       /* [M] rows of quantized activations, ldq bytes apart (q8_0) */
    const float *xs;         /* [M] rows of block scales, lds floats apart (q8_0) */
    size_t ldq, lds;
    int M, K;
    const void *w;           /* panels */
    bert_dtype dtype;
    size_t panel_stride;     /* elements (f32/f16) or bytes (q8_0) from one panel to the next */
    float *y;                /* [M] rows of N floats, ldy apart */
    size_t ldy;
    int N;                   /* valid output columns */
    const float *bias;       /* [N] or NULL */
    const float *row_scale;  /* [M] or NULL: row m of the result is multiplied by row_scale[m] */
    bert_act act;
    float *pack;             /* [parts][BERT__PACK_FLOATS] per-thread scratch (f32/f16) */
} bert__gemm;

/* Adds a computed tile (mr x nr of it) into y: the first K piece writes bias + tile, later ones
   add, and the last applies the activation to the finished values. */
static void bert__tile_out(const bert__gemm *g, const float *tile, int m, int mr, int col, int nr, int first, int last) {
    int i, j;
    for (i = 0; i < mr; i++) {
        float *y = g->y + (size_t)(m + i) * g->ldy + col;
        const float *t = tile + i * BERT__TILE_W;
        j = 0;
        if (!first) {
            for (; j + BERT__VL <= nr; j += BERT__VL) bert__vstore(y + j, bert__vadd(bert__vload(y + j), bert__vload(t + j)));
            for (; j < nr; j++) y[j] += t[j];
        } else if (g->bias) {
            for (; j + BERT__VL <= nr; j += BERT__VL) bert__vstore(y + j, bert__vadd(bert__vload(g->bias + col + j), bert__vload(t + j)));
            for (; j < nr; j++) y[j] = g->bias[col + j] + t[j];
        } else {
            for (; j + BERT__VL <= nr; j += BERT__VL) bert__vstore(y + j, bert__vload(t + j));
            for (; j < nr; j++) y[j] = t[j];
        }
        if (last && g->row_scale)
            for (j = 0; j < nr; j++) y[j] *= g->row_scale[m + i];
        if (last) bert__activate(g->act, y, (size_t)nr);
    }
}

/* Copies rows [m, m + mr) x columns [k0, k0 + kc) of x into a, k by k: a[k][i] (the last row
   repeated up to MR; those results are not stored). */
static void bert__pack_rows(const bert__gemm *g, int m, int mr, int k0, int kc, float *a) {
    int i, k;
    if (g->x_transposed) { /* x[k][m]: MR adjacent values per k */
        for (k = 0; k < kc; k++) {
            const float *x = g->x + (size_t)(k0 + k) * g->ldx + m;
            if (mr == BERT__MR) memcpy(a + k * BERT__MR, x, sizeof(float) * BERT__MR);
            else for (i = 0; i < BERT__MR; i++) a[k * BERT__MR + i] = x[i < mr ? i : mr - 1];
        }
        return;
    }
    for (i = 0; i < BERT__MR; i++) {
        const float *x = g->x + (size_t)(m + (i < mr ? i : mr - 1)) * g->ldx + k0;
        for (k = 0; k < kc; k++) a[k * BERT__MR + i] = x[k];
    }
}

/* Rows [m0, m1) x panels [p0, p1) of a float product, on the calling thread. `pack` holds
   BERT__PACK_FLOATS: the current MC x KC block of x, packed once and used by every panel. */
#define BERT__PACK_FLOATS (BERT__MC * BERT__KC)
static void bert__gemm_f32(const bert__gemm *g, float *pack, int m0, int m1, int p0, int p1) {
    size_t esize = g->dtype == BERT_DTYPE_F16 ? 2 : 4;
    float tile[BERT__MR * BERT__TILE_W];
    int mb, k0, p, m;
    for (mb = m0; mb < m1; mb += BERT__MC) {
        int mb_end = mb + BERT__MC < m1 ? mb + BERT__MC : m1;
        for (k0 = 0; k0 < g->K; k0 += BERT__KC) {
            int kc = g->K - k0 < BERT__KC ? g->K - k0 : BERT__KC;
            for (m = mb; m < mb_end; m += BERT__MR)
                bert__pack_rows(g, m, mb_end - m < BERT__MR ? mb_end - m : BERT__MR, k0, kc, pack + (size_t)(m - mb) * kc);
            for (p = p0; p < p1; p += BERT__KP) {
                int np = p1 - p < BERT__KP ? p1 - p : BERT__KP, col = p * BERT__PANEL;
                int nr = g->N - col < np * BERT__PANEL ? g->N - col : np * BERT__PANEL;
                const uint8_t *b = BERT__CAST(const uint8_t *, g->w) + ((size_t)p * g->panel_stride + (size_t)k0 * BERT__PANEL) * esize;
                for (m = mb; m < mb_end; m += BERT__MR) {
                    int mr = mb_end - m < BERT__MR ? mb_end - m : BERT__MR;
                    bert__kernel_f32(pack + (size_t)(m - mb) * kc, kc, b, g->panel_stride, np, esize == 2, tile);
                    bert__tile_out(g, tile, m, mr, col, nr, k0 == 0, k0 + kc == g->K);
                }
            }
        }
    }
}

/* The same for q8_0 weights, over quantized activations. */
static void bert__gemm_q8(const bert__gemm *g, int m0, int m1, int p0, int p1) {
    int blocks = (g->K + BERT__Q8_BLOCK - 1) / BERT__Q8_BLOCK, mb, kb, p, m, i;
    float tile[BERT__MR_Q8 * BERT__TILE_W];
    const uint8_t *rows[BERT__MR_Q8];
    const float *scales[BERT__MR_Q8];
    for (mb = m0; mb < m1; mb += BERT__MC) {
        int mb_end = mb + BERT__MC < m1 ? mb + BERT__MC : m1;
        for (kb = 0; kb < blocks; kb += BERT__Q8_KB) {
            int nb = blocks - kb < BERT__Q8_KB ? blocks - kb : BERT__Q8_KB;
            for (p = p0; p < p1; p++) {
                int col = p * BERT__PANEL, nr = g->N - col < BERT__PANEL ? g->N - col : BERT__PANEL;
                const uint8_t *b = BERT__CAST(const uint8_t *, g->w) + (size_t)p * g->panel_stride + (size_t)kb * BERT__Q8_BLOCK_BYTES;
                for (m = mb; m < mb_end; m += BERT__MR_Q8) {
                    int mr = mb_end - m < BERT__MR_Q8 ? mb_end - m : BERT__MR_Q8;
                    for (i = 0; i < BERT__MR_Q8; i++) {
                        size_t row = (size_t)(m + (i < mr ? i : mr - 1));
                        rows[i] = g->xq + row * g->ldq + (size_t)kb * BERT__Q8_BLOCK;
                        scales[i] = g->xs + row * g->lds + kb;
                    }
                    bert__kernel_q8(rows, scales, nb, b, tile);
                    bert__tile_out(g, tile, m, mr, col, nr, kb == 0, kb + nb == blocks);
                }
            }
        }
    }
}

/* Quantizes rows [m0, m1) of x (K floats each) into q8 blocks: bytes q + BERT__Q8_ZERO, one
   scale per 32 values (K is zero-padded to a multiple of 32): scale = max|x| / 127 and
   q = round(x * 127 / max|x|), the same on every CPU. */
static void bert__quantize_rows(const float *x, size_t ldx, int K, int m0, int m1, uint8_t *q, size_t ldq, float *s, size_t lds) {
    int blocks = (K + BERT__Q8_BLOCK - 1) / BERT__Q8_BLOCK, m, blk, i;
    float buf[BERT__Q8_BLOCK];
    for (m = m0; m < m1; m++) {
        const float *xr = x + (size_t)m * ldx;
        for (blk = 0; blk < blocks; blk++) {
            const float *v = xr + blk * BERT__Q8_BLOCK;
            uint8_t *out = q + (size_t)m * ldq + blk * BERT__Q8_BLOCK;
            bert__vf amax = bert__vset(0.0f), inv;
            float mx;
            if ((blk + 1) * BERT__Q8_BLOCK > K) { /* the zero-padded last block */
                memset(buf, 0, sizeof buf);
                memcpy(buf, v, (size_t)(K - blk * BERT__Q8_BLOCK) * sizeof *buf);
                v = buf;
            }
            for (i = 0; i < BERT__Q8_BLOCK; i += BERT__VL) amax = bert__vmax(amax, bert__vabs(bert__vload(v + i)));
            mx = bert__vhmax(amax);
            s[(size_t)m * lds + blk] = mx / 127.0f;
            inv = bert__vset(mx > 0 ? 127.0f / mx : 0.0f);
            for (i = 0; i < BERT__Q8_BLOCK; i += BERT__VL) {
                float r[BERT__VL];
                int j;
                bert__vstore(r, bert__vround(bert__vmul(bert__vload(v + i), inv)));
                for (j = 0; j < BERT__VL; j++) out[i + j] = (uint8_t)((int)r[j] + BERT__Q8_ZERO);
            }
        }
    }
}

/* ========================================================================================== */
/* ---- Rows, norms ------------------------------------------------------------------------- */

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

/* x = LayerNorm(x + r), row by row: the residual step that closes each sub-layer. */
static void bert__add_norm(const bert__norm *norm, float *x, const float *r, int rows, int n) {
    int t, i;
    for (t = 0; t < rows; t++) {
        float *xt = x + (size_t)t * n;
        const float *rt = r + (size_t)t * n;
        for (i = 0; i < n; i++) xt[i] += rt[i];
        bert__layer_norm(norm, xt, xt, n);
    }
}

/* ========================================================================================== */
/* ---- Context ----------------------------------------------------------------------------- */

struct bert_ctx {
    const bert_model *model;
    int max_batch, max_seq_len;
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
    uint8_t *xq;        /* q8_bytes of quantized activations (q8_0 models only) */
    float *xs;          /* their block scales, one per 32 bytes */
    size_t q8_bytes;
    int threads;        /* threads bert_encode uses, the caller's included */
    float *head_scratch;  /* [threads][head_floats]: one attention head's K, V panels and scores */
    size_t head_floats;
    float *pack;        /* [threads][BERT__PACK_FLOATS]: each thread's packed block of x */
#ifndef BERT_NO_THREADS
    bert__threadpool *pool;   /* threads - 1 workers, NULL when threads == 1 */
#endif
};

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
    BERT_FREE(c);
}

static size_t bert__round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

BERTDEF int bert_ctx_set_threads(bert_ctx *c, int n, bert_error *err) {
    float *scratch, *pack;
    if (!c) return bert__fail(err, BERT_E_ARG, "bert_ctx_set_threads: NULL context");
    if (n < 1 || n > 256) return bert__fail(err, BERT_E_ARG, "%d threads; use 1 to 256", n);
#ifdef BERT_NO_THREADS
    if (n > 1) return bert__fail(err, BERT_E_UNSUPPORTED, "this build has no threads (BERT_NO_THREADS)");
#else
    if (n == c->threads) return BERT_OK;
    scratch = BERT__CAST(float *, bert__calloc((size_t)n * c->head_floats, sizeof(float)));
    pack = BERT__CAST(float *, bert__calloc((size_t)n * BERT__PACK_FLOATS, sizeof(float)));
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

BERTDEF int bert_ctx_create(bert_ctx **out, const bert_model *m, int max_batch, int max_seq_len, bert_error *err) {
    bert_ctx *c;
    const bert_config *cfg;
    size_t N, H, E, I, wide, d, S;
    if (!out || !m) return bert__fail(err, BERT_E_ARG, "bert_ctx_create: NULL argument");
    *out = NULL;
    cfg = &m->cfg;
    if (!cfg->has_weights) return bert__fail(err, BERT_E_STATE, "this model file holds only a tokenizer");
    if (max_seq_len <= 0) max_seq_len = cfg->max_length;
    if (max_batch <= 0 || max_batch > (1 << 20)) return bert__fail(err, BERT_E_ARG, "max_batch %d is out of range", max_batch);
    if (max_seq_len > cfg->max_length)
        return bert__fail(err, BERT_E_ARG, "max_seq_len %d exceeds the model's maximum of %d tokens", max_seq_len, cfg->max_length);
    N = (size_t)max_batch * (size_t)max_seq_len;
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
    c->threads = 1;
    /* one head: Q in panels [S/16][d][16], V in panels [d/16][S][16], scores [S][S/16][16], sums */
    c->head_floats = bert__round_up(S, BERT__PANEL) * (d + S + 1) + bert__round_up(d, BERT__PANEL) * S;
    c->tok_seq = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->tok_pos = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->tok_position_id = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->packed_index = BERT__CAST(int *, bert__calloc(N, sizeof(int)));
    c->seq_first = BERT__CAST(int *, bert__calloc((size_t)max_batch, sizeof(int)));
    c->seq_count = BERT__CAST(int *, bert__calloc((size_t)max_batch, sizeof(int)));
    c->x = BERT__CAST(float *, bert__calloc(N * H, sizeof(float)));
    c->emb = BERT__CAST(float *, bert__calloc(E != H ? N * E : 1, sizeof(float)));
    c->qkv = BERT__CAST(float *, bert__calloc(N * 3 * H, sizeof(float)));
    c->attn = BERT__CAST(float *, bert__calloc(N * H, sizeof(float)));
    c->tmp = BERT__CAST(float *, bert__calloc(N * H, sizeof(float)));
    c->ffn_rows = N < BERT__FFN_ROWS ? (int)N : BERT__FFN_ROWS;
    c->ffn = BERT__CAST(float *, bert__calloc((size_t)c->ffn_rows * I, sizeof(float)));
    c->wrow = BERT__CAST(float *, bert__calloc(wide > E ? wide : E, sizeof(float)));
    c->vec_a = BERT__CAST(float *, bert__calloc(H > E ? H : E, sizeof(float)));
    c->vec_b = BERT__CAST(float *, bert__calloc(H > E ? H : E, sizeof(float)));
    c->head_scratch = BERT__CAST(float *, bert__calloc(c->head_floats, sizeof(float)));
    c->pack = BERT__CAST(float *, bert__calloc(BERT__PACK_FLOATS, sizeof(float)));
    if (m->has_q8) { /* rows of up to max(H, E, I) values: N of H or E, ffn_rows of I */
        size_t narrow = bert__round_up(H > E ? H : E, BERT__Q8_BLOCK), wide_cols = bert__round_up(wide > E ? wide : E, BERT__Q8_BLOCK);
        c->q8_bytes = N * narrow > (size_t)c->ffn_rows * wide_cols ? N * narrow : (size_t)c->ffn_rows * wide_cols;
    }
    c->xq = BERT__CAST(uint8_t *, bert__calloc(c->q8_bytes + 1, 1));
    c->xs = BERT__CAST(float *, bert__calloc(c->q8_bytes / BERT__Q8_BLOCK + 1, sizeof(float)));
    if (!c->tok_seq || !c->tok_pos || !c->tok_position_id || !c->packed_index || !c->seq_first || !c->seq_count || !c->x || !c->emb || !c->qkv ||
        !c->attn || !c->tmp || !c->ffn || !c->wrow || !c->vec_a || !c->vec_b || !c->head_scratch || !c->pack || !c->xq || !c->xs) {
        bert_ctx_free(c);
        return bert__fail(err, BERT_E_NOMEM, "out of memory for a context of %d x %d tokens", max_batch, max_seq_len);
    }
    *out = c;
    bert__ok(err);
    return BERT_OK;
}

BERTDEF const char *bert_simd_name(void) { return BERT__ISA; }

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
static void bert__split(int n, int part, int parts, int *lo, int *hi) {
    *lo = (int)((long long)n * part / parts);
    *hi = (int)((long long)n * (part + 1) / parts);
}

/* A product is split by panel ranges when there are enough panels for every thread, else by
   rows (the few-output heads at a large batch). */
static void bert__gemm_task(void *arg, int part, int parts) {
    const bert__gemm *g = BERT__CAST(const bert__gemm *, arg);
    int q8 = g->dtype == BERT_DTYPE_Q8_0, unit = q8 ? 1 : BERT__KP, mr = q8 ? BERT__MR_Q8 : BERT__MR;
    int panels = (g->N + BERT__PANEL - 1) / BERT__PANEL, units = (panels + unit - 1) / unit, lo, hi;
    int m0 = 0, m1 = g->M, p0 = 0, p1 = panels;
    if (units >= parts) {
        bert__split(units, part, parts, &lo, &hi);
        p0 = lo * unit;
        p1 = hi * unit < panels ? hi * unit : panels;
    } else {
        bert__split((g->M + mr - 1) / mr, part, parts, &lo, &hi);
        m0 = lo * mr;
        m1 = hi * mr < g->M ? hi * mr : g->M;
    }
    if (m0 >= m1 || p0 >= p1) return;
    if (q8) bert__gemm_q8(g, m0, m1, p0, p1);
    else bert__gemm_f32(g, g->pack + (size_t)part * BERT__PACK_FLOATS, m0, m1, p0, p1);
}

typedef struct bert__rows_job {
    const bert__gemm *g;  /* quantize: g->x rows into q, s (which g->xq, g->xs point at) */
    uint8_t *q;
    float *s;
    const bert__norm *norm; /* add_norm: x = LayerNorm(x + r) */
    float *x;
    const float *r;
    int rows, n;
} bert__rows_job;

static void bert__quantize_task(void *arg, int part, int parts) {
    const bert__rows_job *j = BERT__CAST(const bert__rows_job *, arg);
    int lo, hi;
    bert__split(j->rows, part, parts, &lo, &hi);
    bert__quantize_rows(j->g->x, j->g->ldx, j->g->K, lo, hi, j->q, j->g->ldq, j->s, j->g->lds);
}

static void bert__add_norm_task(void *arg, int part, int parts) {
    const bert__rows_job *j = BERT__CAST(const bert__rows_job *, arg);
    int lo, hi;
    bert__split(j->rows, part, parts, &lo, &hi);
    bert__add_norm(j->norm, j->x + (size_t)lo * j->n, j->r + (size_t)lo * j->n, hi - lo, j->n);
}

static void bert__add_norm_rows(bert_ctx *c, const bert__norm *norm, float *x, const float *r, int rows, int n) {
    bert__rows_job j;
    memset(&j, 0, sizeof j);
    j.norm = norm;
    j.x = x;
    j.r = r;
    j.rows = rows;
    j.n = n;
    bert__parallel(c, bert__add_norm_task, &j);
}

/* y[m][o] = act(b[o] + sum_i x[m][i] * W[o][i]) for m < M: PyTorch's nn.Linear and the
   activation after it. x rows are ldx floats apart, y rows ldy apart. */
static void bert__linear_forward(bert_ctx *c, const bert__linear *lin, const float *x, int ldx, int M, float *y, int ldy,
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
    if (w->dtype == BERT_DTYPE_Q8_0) {
        bert__rows_job j;
        g.panel_stride = (size_t)(w->cols + BERT__Q8_BLOCK - 1) / BERT__Q8_BLOCK * BERT__Q8_BLOCK_BYTES;
        g.xq = c->xq; /* rows as long as this product's input, padded to whole blocks */
        g.ldq = bert__round_up((size_t)w->cols, BERT__Q8_BLOCK);
        g.xs = c->xs;
        g.lds = g.ldq / BERT__Q8_BLOCK;
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
    }
    c->batch = in->batch;
    c->seq_len = in->seq_len;
    c->tokens = n;
    return BERT_OK;
}

/* word + position + token type, LayerNorm, then the projection to H where the model has one. */
static void bert__embed(bert_ctx *c, const bert_batch *in) {
    const bert_model *m = c->model;
    const bert_config *cfg = &m->cfg;
    int E = cfg->embedding_size, n, i;
    float *out = m->emb_project.w.data ? c->emb : c->x, *row = c->wrow;
    for (n = 0; n < c->tokens; n++) {
        size_t at = (size_t)c->tok_seq[n] * in->seq_len + c->tok_pos[n];
        float *e = out + (size_t)n * E;
        bert__row(&m->word, in->input_ids[at], e);
        bert__row(&m->position, c->tok_position_id[n], row);
        for (i = 0; i < E; i++) e[i] += row[i];
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

/* Softmax over the keys of scores stored transposed, st[key][query] (rows ld apart), for
   `len` queries of `len` keys: each vector holds VL queries, so every step is vertical. The
   exponentials replace the scores; inv[q] gets 1 / (their sum), applied after the product with V. */
static void bert__softmax_columns(float *st, size_t ld, int len, float scale, float *inv) {
    int q, j;
    for (q = 0; q < len; q += BERT__VL) { /* rows are padded to 16, a multiple of VL */
        bert__vf vmax = bert__vload(st + q), vsum = bert__vset(0.0f), vscale = bert__vset(scale);
        for (j = 1; j < len; j++) vmax = bert__vmax(vmax, bert__vload(st + (size_t)j * ld + q));
        vmax = bert__vmul(vmax, vscale);
        for (j = 0; j < len; j++) {
            float *p = st + (size_t)j * ld + q;
            bert__vf e = bert__vexp(bert__vsub(bert__vmul(bert__vload(p), vscale), vmax));
            bert__vstore(p, e);
            vsum = bert__vadd(vsum, e);
        }
        bert__vstore(inv + q, bert__vdiv(bert__vset(1.0f), vsum));
    }
}

/* Scaled dot-product attention of head h over one sequence's `len` packed tokens starting at
   `first`: softmax(q k^T / sqrt(d)) v, fused per head, on the matrix-multiply kernel. The
   scores are computed transposed, s^T = k q^T (Q copied into panels of 16 queries), so the
   softmax runs down columns with no horizontal sums, and s^T is already the layout the second
   product p v packs from. Only this head's [len][len] scores exist at a time. Padding was
   never packed, so nothing is masked. */
static void bert__attention_head(bert_ctx *c, int first, int len, int h, float *scratch, float *pack) {
    const bert_config *cfg = &c->model->cfg;
    int H = cfg->hidden_size, d = H / cfg->num_heads, qpanels = (len + BERT__PANEL - 1) / BERT__PANEL;
    int vpanels = (d + BERT__PANEL - 1) / BERT__PANEL, j, k;
    size_t ld = (size_t)3 * H, lds = (size_t)qpanels * BERT__PANEL;
    float *qp = scratch, *vp = qp + lds * d, *st = vp + (size_t)vpanels * BERT__PANEL * len, *inv = st + lds * len;
    const float *rows = c->qkv + (size_t)first * ld + (size_t)h * d;
    bert__gemm g;
    for (j = 0; j < qpanels * BERT__PANEL; j++) {
        float *dst = qp + (size_t)(j / BERT__PANEL) * d * BERT__PANEL + j % BERT__PANEL;
        for (k = 0; k < d; k++) dst[k * BERT__PANEL] = j < len ? rows[(size_t)j * ld + k] : 0;
    }
    if (d % BERT__PANEL) memset(vp, 0, sizeof(float) * BERT__PANEL * vpanels * len);
    for (j = 0; j < len; j++)
        for (k = 0; k < d; k += BERT__PANEL)
            memcpy(vp + ((size_t)(k / BERT__PANEL) * len + j) * BERT__PANEL, rows + (size_t)j * ld + 2 * H + k,
                   sizeof(float) * (d - k < BERT__PANEL ? d - k : BERT__PANEL));
    memset(&g, 0, sizeof g);
    g.x = rows + H; /* s^T = k q^T */
    g.ldx = ld;
    g.M = len;
    g.K = d;
    g.w = qp;
    g.panel_stride = (size_t)d * BERT__PANEL;
    g.y = st;
    g.ldy = lds;
    g.N = (int)lds; /* the padded queries too: zeros, and the softmax reads whole vectors */
    bert__gemm_f32(&g, pack, 0, len, 0, qpanels);
    bert__softmax_columns(st, lds, len, 1.0f / sqrtf((float)d), inv);
    g.x = st; /* out = p v, p read from s^T */
    g.ldx = lds;
    g.x_transposed = 1;
    g.K = len;
    g.w = vp;
    g.panel_stride = (size_t)len * BERT__PANEL;
    g.y = c->attn + (size_t)first * H + (size_t)h * d;
    g.ldy = (size_t)H;
    g.N = d;
    g.row_scale = inv; /* the softmax's division */
    bert__gemm_f32(&g, pack, 0, len, 0, vpanels);
}

/* Threads take disjoint ranges of (sequence, head) pairs. */
static void bert__attention_task(void *arg, int part, int parts) {
    bert_ctx *c = BERT__CAST(bert_ctx *, arg);
    int heads = c->model->cfg.num_heads, lo, hi, item;
    bert__split(c->batch * heads, part, parts, &lo, &hi);
    for (item = lo; item < hi; item++) {
        int b = item / heads;
        if (c->seq_count[b] > 0)
            bert__attention_head(c, c->seq_first[b], c->seq_count[b], item % heads, c->head_scratch + (size_t)part * c->head_floats,
                                 c->pack + (size_t)part * BERT__PACK_FLOATS);
    }
}

/* One post-LayerNorm transformer layer over all packed tokens. */
static void bert__layer_forward(bert_ctx *c, const bert__layer *l) {
    const bert_config *cfg = &c->model->cfg;
    int H = cfg->hidden_size, I = cfg->intermediate_size, N = c->tokens, n;
    bert__linear_forward(c, &l->qkv, c->x, H, N, c->qkv, 3 * H, BERT_ACT_NONE);
    bert__parallel(c, bert__attention_task, c);
    bert__linear_forward(c, &l->attn_out, c->attn, H, N, c->tmp, H, BERT_ACT_NONE);
    bert__add_norm_rows(c, &l->attn_norm, c->x, c->tmp, N, H);
    for (n = 0; n < N; n += c->ffn_rows) { /* the feed-forward a block of rows at a time: its I-wide
                                               inner activations stay small and in cache */
        int rows = N - n < c->ffn_rows ? N - n : c->ffn_rows;
        float *x = c->x + (size_t)n * H;
        bert__linear_forward(c, &l->ffn_up, x, H, rows, c->ffn, I, cfg->hidden_act);
        bert__linear_forward(c, &l->ffn_down, c->ffn, I, rows, c->attn, H, BERT_ACT_NONE);
        bert__add_norm_rows(c, &l->ffn_norm, x, c->attn, rows, H);
    }
}

BERTDEF int bert_encode(bert_ctx *c, const bert_batch *in, bert_error *err) {
    const bert_config *cfg;
    int layer, r, inner;
    if (!c || !in) return bert__fail(err, BERT_E_ARG, "bert_encode: NULL argument");
    cfg = &c->model->cfg;
    c->valid = 0;
    if ((r = bert__pack(c, in, err)) != BERT_OK) return r;
    bert__embed(c, in);
    /* Layer i runs group i / (layers / groups), each group its inner layers in turn: ALBERT's
       sharing, and for the others (groups = layers, inner = 1) simply layer i. */
    for (layer = 0; layer < cfg->num_layers; layer++) {
        int group = layer / (cfg->num_layers / cfg->num_groups);
        for (inner = 0; inner < cfg->inner_group_num; inner++)
            bert__layer_forward(c, &c->model->layers[group * cfg->inner_group_num + inner]);
    }
    c->valid = 1;
    bert__ok(err);
    return BERT_OK;
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
    bert__linear_forward(c, &m->pooler, c->x + (size_t)c->seq_first[b] * H, H, 1, out, H, BERT_ACT_NONE);
    bert__activate(BERT_ACT_TANH, out, (size_t)H);
}

/* Sequence classification: [pre-dense -> act ->] out-dense on the pooler or the first token. */
static void bert__seq_logits(bert_ctx *c, int b, float *out) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size;
    float *x = c->vec_a;
    if (m->seq_source == BERT__SEQ_FROM_POOLER) bert__pooler(c, b, x);
    else bert__pool(c, BERT_POOL_CLS, b, x);
    if (m->seq_pre.w.data) {
        bert__linear_forward(c, &m->seq_pre, x, H, 1, c->vec_b, H, BERT_ACT_NONE);
        bert__activate(m->seq_act, c->vec_b, (size_t)H);
        x = c->vec_b;
    }
    bert__linear_forward(c, &m->seq_out, x, H, 1, out, m->cfg.num_labels, BERT_ACT_NONE);
}

/* dense -> act -> LayerNorm: the masked-LM transform of packed token n, into c->vec_a. */
static const float *bert__mlm_transform(bert_ctx *c, int n) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size, D = m->mlm_dense.w.rows;
    bert__linear_forward(c, &m->mlm_dense, c->x + (size_t)n * H, H, 1, c->vec_a, D, BERT_ACT_NONE);
    bert__activate(m->mlm_act, c->vec_a, (size_t)D);
    bert__layer_norm(&m->mlm_norm, c->vec_a, c->vec_a, D);
    return c->vec_a;
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
    case BERT_OUT_CLS: case BERT_OUT_MEAN: case BERT_OUT_MAX: case BERT_OUT_MEAN_SQRT_LEN: case BERT_OUT_EMBEDDING: return B * H;
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
            case BERT_OUT_TOKEN_LOGITS: bert__linear_forward(c, &m->token_out, x, H, 1, o, m->cfg.num_labels, BERT_ACT_NONE); break;
            case BERT_OUT_MLM_LOGITS:
                bert__linear_forward(c, &m->mlm_decoder, bert__mlm_transform(c, n), 0, 1, o, m->cfg.vocab_size, BERT_ACT_NONE);
                break;
            case BERT_OUT_RTD_LOGITS:
                bert__linear_forward(c, &m->rtd_dense, x, H, 1, c->vec_b, H, BERT_ACT_NONE);
                bert__activate(m->rtd_act, c->vec_b, (size_t)H);
                bert__linear_forward(c, &m->rtd_out, c->vec_b, H, 1, o, 1, BERT_ACT_NONE);
                break;
            case BERT_OUT_START_LOGITS: case BERT_OUT_END_LOGITS: {
                float se[2];
                bert__linear_forward(c, &m->qa_out, x, H, 1, se, 2, BERT_ACT_NONE);
                o[0] = se[which == BERT_OUT_END_LOGITS];
                break;
            }
            default: break;
            }
        }
    }
}

BERTDEF int bert_output_get(bert_ctx *c, bert_output which, float *out, bert_error *err) {
    const bert_config *cfg;
    int b, H;
    if (!c || !out) return bert__fail(err, BERT_E_ARG, "bert_output_get: NULL argument");
    if (!c->valid) return bert__fail(err, BERT_E_STATE, "no batch has been encoded");
    if (bert_output_size(c, which) == 0) return bert__fail(err, BERT_E_STATE, "this model has no output %d", (int)which);
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
            bert__linear_forward(c, &c->model->pair_out, c->vec_b, H, 1, out + (size_t)b * 2, 2, BERT_ACT_NONE);
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
    bert__linear_forward(c, &c->model->mlm_decoder, bert__mlm_transform(c, n), 0, 1, out, c->model->cfg.vocab_size, BERT_ACT_NONE);
    bert__ok(err);
    return BERT_OK;
}

#ifdef BERT__POP_DIAGNOSTICS
#pragma GCC diagnostic pop
#endif
#endif /* BERT_IMPLEMENTATION_DONE */
#endif /* BERT_IMPLEMENTATION */

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
