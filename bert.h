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
     Use one context per thread.
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
     BERT_NO_SIMD         portable scalar kernels only

   THE MODEL FILE is documented byte by byte in docs/FORMAT.md: a 128-byte header, a config of
   little-endian 32-bit words, a string table, a tokenizer section, a tensor table, then tensor
   data aligned to 64 bytes. All multi-byte values are little-endian; the host must be too.

   REVISION HISTORY
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
    BERT_DTYPE_F16 = 1
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

/* Finds tensor `name` and checks its dtype and shape. rows == 0 means a vector of `cols`.
   Returns 1 found, 0 absent (not an error unless the caller needs it), negative on error. */
static int bert__find_tensor(const bert__file *f, const char *name, int rows, int cols, int allow_f16,
                             bert__tensor *out, bert_error *err) {
    uint32_t i;
    for (i = 0; i < f->tensor_count; i++) {
        const uint8_t *e = f->tensors + (size_t)i * BERT__TENSOR_ENTRY_SIZE;
        const char *tname = bert__string_at(f, bert__u32(e));
        uint32_t dtype = bert__u32(e + 4), ndim = bert__u32(e + 8);
        uint64_t off = bert__u64(e + 32), bytes = bert__u64(e + 40), want;
        uint32_t d0 = bert__u32(e + 16), d1 = bert__u32(e + 20), unused = bert__u32(e + 24) | bert__u32(e + 28);
        if (!tname || strcmp(tname, name) != 0) continue;
        if (dtype != BERT_DTYPE_F32 && !(allow_f16 && dtype == BERT_DTYPE_F16))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: dtype %u is not allowed here", name, dtype);
        if (bert__u32(e + 12) != 0) return bert__fail(err, BERT_E_FORMAT, "tensor %s: unknown layout %u", name, bert__u32(e + 12));
        if (unused || (rows == 0 ? (ndim != 1 || d0 != (uint32_t)cols || d1 != 0)
                                 : (ndim != 2 || d0 != (uint32_t)rows || d1 != (uint32_t)cols)))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: shape does not match the config (expected [%d][%d])",
                              name, rows ? rows : cols, rows ? cols : 1);
        want = (uint64_t)(rows ? rows : 1) * (uint64_t)cols * bert__dtype_size((bert_dtype)dtype);
        if (bytes != want || off % BERT__DATA_ALIGN || !bert__in_bounds(off, bytes, f->data_size))
            return bert__fail(err, BERT_E_FORMAT, "tensor %s: data size or offset out of range", name);
        out->data = f->base + f->data_off + off;
        out->dtype = (bert_dtype)dtype;
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
    r = bert__find_tensor(f, name, out, in, 1, &lin->w, err);
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
    if (c->dtype != BERT_DTYPE_F32 && c->dtype != BERT_DTYPE_F16) return bert__fail(err, BERT_E_FORMAT, "unknown dtype %d", (int)c->dtype);
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

    BERT__NEED(bert__find_tensor(f, BERT__T_WORD, c->vocab_size, E, 1, &m->word, err), BERT__T_WORD);
    BERT__NEED(bert__find_tensor(f, BERT__T_POSITION, c->max_position_embeddings, E, 1, &m->position, err), BERT__T_POSITION);
    if (c->type_vocab_size > 0)
        BERT__NEED(bert__find_tensor(f, BERT__T_TOKEN_TYPE, c->type_vocab_size, E, 1, &m->token_type, err), BERT__T_TOKEN_TYPE);
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

BERTDEF const char *bert_dtype_name(bert_dtype d) { return d == BERT_DTYPE_F32 ? "f32" : d == BERT_DTYPE_F16 ? "f16" : "?"; }

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
/* ---- Tensor kernels ---------------------------------------------------------------------- */

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

static float bert__dot(const float *a, const float *b, int n) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

/* y[m][o] = b[o] + sum_i x[m][i] * W[o][i] for m < M: the nn.Linear of PyTorch.
   x rows are ldx floats apart, y rows ldy apart. `wrow` holds one converted row of W. */
static void bert__linear_forward(const bert__linear *lin, const float *x, int ldx, int M, float *y, int ldy,
                                 float *wrow) {
    int o, m, in = lin->w.cols;
    for (o = 0; o < lin->w.rows; o++) {
        const float *w;
        if (lin->w.dtype == BERT_DTYPE_F32) {
            w = BERT__CAST(const float *, lin->w.data) + (size_t)o * in;
        } else {
            bert__row(&lin->w, o, wrow);
            w = wrow;
        }
        for (m = 0; m < M; m++) y[(size_t)m * ldy + o] = lin->b[o] + bert__dot(x + (size_t)m * ldx, w, in);
    }
}

/* In place over n values. */
static void bert__activate(bert_act act, float *v, size_t n) {
    size_t i;
    switch (act) {
    case BERT_ACT_GELU:
        for (i = 0; i < n; i++) v[i] = 0.5f * v[i] * (1.0f + erff(v[i] * 0.70710678118654752f));
        break;
    case BERT_ACT_GELU_TANH:
        for (i = 0; i < n; i++) {
            float x = v[i];
            v[i] = 0.5f * x * (1.0f + tanhf(0.79788456080286536f * (x + 0.044715f * x * x * x)));
        }
        break;
    case BERT_ACT_QUICK_GELU:
        for (i = 0; i < n; i++) v[i] = v[i] / (1.0f + expf(-1.702f * v[i]));
        break;
    case BERT_ACT_RELU:
        for (i = 0; i < n; i++) v[i] = v[i] > 0 ? v[i] : 0;
        break;
    case BERT_ACT_SILU:
        for (i = 0; i < n; i++) v[i] = v[i] / (1.0f + expf(-v[i]));
        break;
    case BERT_ACT_TANH:
        for (i = 0; i < n; i++) v[i] = tanhf(v[i]);
        break;
    case BERT_ACT_NONE:
        break;
    }
}

/* y = (x - mean) / sqrt(var + eps) * w + b over one row of n, with the biased variance. */
static void bert__layer_norm(const bert__norm *norm, const float *x, float *y, int n) {
    float mean = 0, var = 0, inv;
    int i;
    for (i = 0; i < n; i++) mean += x[i];
    mean /= (float)n;
    for (i = 0; i < n; i++) var += (x[i] - mean) * (x[i] - mean);
    var /= (float)n;
    inv = 1.0f / sqrtf(var + norm->eps);
    for (i = 0; i < n; i++) y[i] = (x[i] - mean) * inv * norm->w[i] + norm->b[i];
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
    float *tmp;         /* [N][max(H, I)] */
    float *scores;      /* [max_seq_len] one row of attention probabilities */
    float *wrow;        /* [max(H, I, E)] one converted weight row */
    float *vec_a, *vec_b; /* [max(H, E)] small per-sequence vectors for heads */
};

BERTDEF void bert_ctx_free(bert_ctx *c) {
    if (!c) return;
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
    BERT_FREE(c->scores);
    BERT_FREE(c->wrow);
    BERT_FREE(c->vec_a);
    BERT_FREE(c->vec_b);
    BERT_FREE(c);
}

BERTDEF int bert_ctx_create(bert_ctx **out, const bert_model *m, int max_batch, int max_seq_len, bert_error *err) {
    bert_ctx *c;
    const bert_config *cfg;
    size_t N, H, E, I, wide;
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
    c = BERT__CAST(bert_ctx *, bert__calloc(1, sizeof *c));
    if (!c) return bert__fail(err, BERT_E_NOMEM, "out of memory");
    c->model = m;
    c->max_batch = max_batch;
    c->max_seq_len = max_seq_len;
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
    c->tmp = BERT__CAST(float *, bert__calloc(N * wide, sizeof(float)));
    c->scores = BERT__CAST(float *, bert__calloc((size_t)max_seq_len, sizeof(float)));
    c->wrow = BERT__CAST(float *, bert__calloc(wide > E ? wide : E, sizeof(float)));
    c->vec_a = BERT__CAST(float *, bert__calloc(H > E ? H : E, sizeof(float)));
    c->vec_b = BERT__CAST(float *, bert__calloc(H > E ? H : E, sizeof(float)));
    if (!c->tok_seq || !c->tok_pos || !c->tok_position_id || !c->packed_index || !c->seq_first || !c->seq_count || !c->x || !c->emb || !c->qkv ||
        !c->attn || !c->tmp || !c->scores || !c->wrow || !c->vec_a || !c->vec_b) {
        bert_ctx_free(c);
        return bert__fail(err, BERT_E_NOMEM, "out of memory for a context of %d x %d tokens", max_batch, max_seq_len);
    }
    *out = c;
    bert__ok(err);
    return BERT_OK;
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
        bert__linear_forward(&m->emb_project, c->emb, E, c->tokens, c->x, cfg->hidden_size, c->wrow);
}

/* ========================================================================================== */
/* ---- Encoder ----------------------------------------------------------------------------- */

/* Scaled dot-product attention over one sequence's `len` packed tokens starting at `first`,
   every head: softmax(q k^T / sqrt(d)) v. Padding was never packed, so nothing is masked. */
static void bert__attention(bert_ctx *c, int first, int len) {
    const bert_config *cfg = &c->model->cfg;
    int H = cfg->hidden_size, heads = cfg->num_heads, d = H / heads, h, i, j, k;
    float scale = 1.0f / sqrtf((float)d), *p = c->scores;
    for (h = 0; h < heads; h++) {
        for (i = 0; i < len; i++) {
            const float *q = c->qkv + (size_t)(first + i) * 3 * H + h * d;
            float *o = c->attn + (size_t)(first + i) * H + h * d, max = -INFINITY, sum = 0;
            for (j = 0; j < len; j++) {
                const float *kj = c->qkv + (size_t)(first + j) * 3 * H + H + h * d;
                p[j] = bert__dot(q, kj, d) * scale;
                if (p[j] > max) max = p[j];
            }
            for (j = 0; j < len; j++) {
                p[j] = expf(p[j] - max);
                sum += p[j];
            }
            for (k = 0; k < d; k++) o[k] = 0;
            for (j = 0; j < len; j++) {
                const float *vj = c->qkv + (size_t)(first + j) * 3 * H + 2 * H + h * d;
                float w = p[j] / sum;
                for (k = 0; k < d; k++) o[k] += w * vj[k];
            }
        }
    }
}

/* One post-LayerNorm transformer layer over all packed tokens. */
static void bert__layer_forward(bert_ctx *c, const bert__layer *l) {
    const bert_config *cfg = &c->model->cfg;
    int H = cfg->hidden_size, I = cfg->intermediate_size, N = c->tokens, b;
    bert__linear_forward(&l->qkv, c->x, H, N, c->qkv, 3 * H, c->wrow);
    for (b = 0; b < c->batch; b++)
        if (c->seq_count[b] > 0) bert__attention(c, c->seq_first[b], c->seq_count[b]);
    bert__linear_forward(&l->attn_out, c->attn, H, N, c->tmp, H, c->wrow);
    bert__add_norm(&l->attn_norm, c->x, c->tmp, N, H);
    bert__linear_forward(&l->ffn_up, c->x, H, N, c->tmp, I, c->wrow);
    bert__activate(cfg->hidden_act, c->tmp, (size_t)N * I);
    bert__linear_forward(&l->ffn_down, c->tmp, I, N, c->attn, H, c->wrow);
    bert__add_norm(&l->ffn_norm, c->x, c->attn, N, H);
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
    bert__linear_forward(&m->pooler, c->x + (size_t)c->seq_first[b] * H, H, 1, out, H, c->wrow);
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
        bert__linear_forward(&m->seq_pre, x, H, 1, c->vec_b, H, c->wrow);
        bert__activate(m->seq_act, c->vec_b, (size_t)H);
        x = c->vec_b;
    }
    bert__linear_forward(&m->seq_out, x, H, 1, out, m->cfg.num_labels, c->wrow);
}

/* dense -> act -> LayerNorm: the masked-LM transform of packed token n, into c->vec_a. */
static const float *bert__mlm_transform(bert_ctx *c, int n) {
    const bert_model *m = c->model;
    int H = m->cfg.hidden_size, D = m->mlm_dense.w.rows;
    bert__linear_forward(&m->mlm_dense, c->x + (size_t)n * H, H, 1, c->vec_a, D, c->wrow);
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
            case BERT_OUT_TOKEN_LOGITS: bert__linear_forward(&m->token_out, x, H, 1, o, m->cfg.num_labels, c->wrow); break;
            case BERT_OUT_MLM_LOGITS:
                bert__linear_forward(&m->mlm_decoder, bert__mlm_transform(c, n), 0, 1, o, m->cfg.vocab_size, c->wrow);
                break;
            case BERT_OUT_RTD_LOGITS:
                bert__linear_forward(&m->rtd_dense, x, H, 1, c->vec_b, H, c->wrow);
                bert__activate(m->rtd_act, c->vec_b, (size_t)H);
                bert__linear_forward(&m->rtd_out, c->vec_b, H, 1, o, 1, c->wrow);
                break;
            case BERT_OUT_START_LOGITS: case BERT_OUT_END_LOGITS: {
                float se[2];
                bert__linear_forward(&m->qa_out, x, H, 1, se, 2, c->wrow);
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
            bert__linear_forward(&c->model->pair_out, c->vec_b, H, 1, out + (size_t)b * 2, 2, c->wrow);
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
    bert__linear_forward(&c->model->mlm_decoder, bert__mlm_transform(c, n), 0, 1, out, c->model->cfg.vocab_size, c->wrow);
    bert__ok(err);
    return BERT_OK;
}

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
