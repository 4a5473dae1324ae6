/* startup.c - the least a Cortex-M needs before main: a vector table with the initial stack and
 * the reset handler, the FPU switched on, .data copied from flash and .bss zeroed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

extern uint32_t __etext, __data_start__, __data_end__, __bss_start__, __bss_end__, __StackTop;
extern void initialise_monitor_handles(void); /* newlib: printf over semihosting */
int main(void);

void reset(void) {
    *(volatile uint32_t *)0xE000ED88 |= 0xFu << 20; /* CPACR: full access to CP10/CP11, the FPU */
    __asm volatile("dsb\n isb");
    memcpy(&__data_start__, &__etext, (size_t)((char *)&__data_end__ - (char *)&__data_start__));
    memset(&__bss_start__, 0, (size_t)((char *)&__bss_end__ - (char *)&__bss_start__));
    initialise_monitor_handles();
    exit(main());
}

static void hang(void) {
    for (;;) {}
}

typedef void (*handler)(void);
__attribute__((section(".vectors"), used)) const struct {
    uint32_t *stack;
    handler handlers[15];
} vectors = {&__StackTop, {reset, hang, hang, hang, hang, hang, 0, 0, 0, 0, hang, hang, 0, hang, hang}};
