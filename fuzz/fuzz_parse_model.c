/*
 * fuzz_parse_model.c — libFuzzer over the parse-model loader.
 *
 * The input is a model file image. When its first byte is odd the harness
 * repairs the header's length and checksum first, so mutations reach the
 * payload reader instead of dying at the checksum; otherwise the container
 * checks themselves are fuzzed. A model that loads parses one sentence.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/modelfile.h"
#include "parse/parse_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *img = malloc(size ? size : 1);
    if (!img)
        return 0;
    memcpy(img, data, size);
    if (size >= 40 && (data[0] & 1)) {
        memcpy(img, "SIFTMODL", 8);
        sift_modelfile_seal(img, size);
    }
    sift_modelfile mf;
    sift_error err;
    sift_parser *p = NULL;
    if (sift_modelfile_parse(img, size, "fuzz", SIFT_MODEL_PARSE, &mf, &err) == SIFT_OK &&
        sift_parse_from_file(&mf, "fuzz", &p, &err) == SIFT_OK) {
        sift_cword w[4];
        memset(w, 0, sizeof w);
        const char *forms[4] = {"Prices", "rose", "sharply", "."};
        const char *tags[4] = {"NOUN", "VERB", "ADV", "PUNCT"};
        for (int i = 0; i < 4; i++) {
            w[i].form = forms[i];
            w[i].upos = tags[i];
        }
        sift_parser_parse(p, w, 4);
        sift_parser_free(p);
    }
    free(img);
    return 0;
}
