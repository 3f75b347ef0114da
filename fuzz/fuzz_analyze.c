/*
 * fuzz_analyze.c — libFuzzer harness: arbitrary bytes through the whole
 * analysis and both renderers, with and without a publication date, in
 * strict and lenient mode.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sift.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sift_resources *res;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!res) {
        sift_error err;
        const char *dir = getenv("SIFT_MODELS");
        if (sift_resources_load(dir ? dir : "models", &res, &err) != SIFT_OK) {
            fprintf(stderr, "fuzz: %s\n", err.msg);
            abort();
        }
    }
    sift_doc_options o = {0};
    o.id = "fuzz";
    o.lenient = size > 0 && (data[0] & 1);
    o.published = size > 1 && (data[1] & 1) ? "2024-02-29" : NULL;
    sift_analysis *an = NULL;
    sift_error err;
    if (sift_analyze(res, (const char *)data, size, &o, &an, &err) == SIFT_OK) {
        size_t n;
        if (!sift_analysis_json(an, &n) || !sift_analysis_report(an, &n))
            abort();
        sift_analysis_free(an);
    }
    return 0;
}
