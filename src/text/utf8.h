/*
 * utf8.h — decoding and classifying UTF-8 without losing the byte offsets.
 */
#ifndef SIFT_UTF8_H
#define SIFT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode one code point at s[0..n). Returns the number of bytes consumed
 * (at least 1 when n > 0) and stores the code point in *cp, or -1 when the
 * bytes there are not valid UTF-8 (then 1 byte is consumed).
 */
size_t sift_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Offset of the first invalid UTF-8 byte in s[0..n), or n when all is valid. */
size_t sift_utf8_validate(const char *s, size_t n);

/* Character classes used by the tokenizer. */
enum {
    SIFT_CH_OTHER = 0,
    SIFT_CH_SPACE,      /* any Unicode white space, including U+00A0 */
    SIFT_CH_NEWLINE,    /* \n, \r, U+2028, U+2029 */
    SIFT_CH_UPPER,      /* a letter with upper or title case */
    SIFT_CH_LOWER,      /* any other letter or combining mark */
    SIFT_CH_DIGIT,
    SIFT_CH_PUNCT
};
int sift_utf8_class(int32_t cp);

/* Lowercase s[0..n) into out (at most cap-1 bytes, NUL-terminated); returns
 * the output length. Invalid bytes are copied through. */
size_t sift_utf8_lower(const char *s, size_t n, char *out, size_t cap);

/* key[0..n) with every word after its first letter in lower case, in place
 * ("NEW DELHI" -> "New Delhi", "ADRÉ" -> "Adré"); returns the new length, or
 * 0 when it would not fit. */
size_t sift_utf8_title_case(char *key, size_t n);

/* s[0..n) without accents ("Andrés" -> "Andres") into out (at most cap-1
 * bytes, NUL-terminated); returns the length, 0 when it does not fit. */
size_t sift_utf8_strip_marks(const char *s, size_t n, char *out, size_t cap);

#endif
