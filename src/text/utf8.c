/* utf8.c — UTF-8 decoding and classes; Unicode tables come from utf8proc. */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

size_t sift_utf8_decode(const char *s, size_t n, int32_t *cp)
{
    if (n == 0) {
        *cp = -1;
        return 0;
    }
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t out;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)(n > 4 ? 4 : n), &out);
    if (k <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = out;
    return (size_t)k;
}

size_t sift_utf8_validate(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t k = sift_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
            return i;
        i += k;
    }
    return n;
}

int sift_utf8_class(int32_t cp)
{
    if (cp < 0x80) {
        if (cp == '\n' || cp == '\r')
            return SIFT_CH_NEWLINE;
        if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v')
            return SIFT_CH_SPACE;
        if (cp >= 'A' && cp <= 'Z')
            return SIFT_CH_UPPER;
        if (cp >= 'a' && cp <= 'z')
            return SIFT_CH_LOWER;
        if (cp >= '0' && cp <= '9')
            return SIFT_CH_DIGIT;
        if (cp > 0x20 && cp < 0x7f)
            return SIFT_CH_PUNCT;
        return SIFT_CH_OTHER;
    }
    if (cp < 0)
        return SIFT_CH_OTHER;
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
        return SIFT_CH_NEWLINE;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
        return SIFT_CH_SPACE;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return SIFT_CH_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
        return SIFT_CH_LOWER;
    case UTF8PROC_CATEGORY_ND:
        return SIFT_CH_DIGIT;
    case UTF8PROC_CATEGORY_CF:
        return cp == 0xFEFF || cp == 0x200B ? SIFT_CH_SPACE : SIFT_CH_OTHER;
    case UTF8PROC_CATEGORY_CC:
        return SIFT_CH_SPACE;
    default:
        return SIFT_CH_PUNCT;
    }
}

size_t sift_utf8_lower(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    if (cap == 0)
        return 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 >= cap)
                break;
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp;
        size_t k = sift_utf8_decode(s + i, n - i, &cp);
        if (cp < 0) {
            if (o + 1 >= cap)
                break;
            out[o++] = (char)c;
            i += 1;
            continue;
        }
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        if (o + (size_t)m >= cap)
            break;
        for (utf8proc_ssize_t j = 0; j < m; j++)
            out[o++] = (char)enc[j];
        i += k;
    }
    out[o] = '\0';
    return o;
}

size_t sift_utf8_title_case(char *key, size_t n)
{
    char out[256];
    size_t o = 0, i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = sift_utf8_decode(key + i, n - i, &cp);
        if (o + k >= sizeof out)
            return 0;
        memcpy(out + o, key + i, k); /* a word's first letter stays */
        o += k;
        i += k;
        size_t e = i;
        while (e < n && key[e] != ' ' && key[e] != '-')
            e++;
        if (e > i) {
            size_t m = sift_utf8_lower(key + i, e - i, out + o, sizeof out - o);
            if (o + m + 1 >= sizeof out)
                return 0;
            o += m;
        }
        if (e < n)
            out[o++] = key[e++];
        i = e;
    }
    memcpy(key, out, o);
    return o;
}

size_t sift_utf8_strip_marks(const char *s, size_t n, char *out, size_t cap)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
    size_t o = 0;
    if (k >= 0 && m && (size_t)k < cap) {
        memcpy(out, m, (size_t)k);
        o = (size_t)k;
    }
    free(m);
    if (cap)
        out[o] = '\0';
    return o;
}
