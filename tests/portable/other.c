/* other.c - a second translation unit. With BERT_STATIC it holds its own private copy of the
 * implementation; without, it sees only the declarations. Either way the program must link. */
#ifdef BERT_STATIC
#define BERT_IMPLEMENTATION
#endif
#include "../../bert.h"

int other_unit(void) { return bert_arch_name(BERT_ARCH_BERT)[0] == 'b'; }
