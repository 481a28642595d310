/* A stand-in for Windows' bcryptprimitives.dll, which wine 8.0 lacks (it came in 8.13).
 * Every Rust program since 1.78 takes its random numbers from ProcessPrng there; without
 * this DLL each .exe dies at load under wine. Forwards to RtlGenRandom (advapi32). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
