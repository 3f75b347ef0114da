/*
 * fuzz_model.c — libFuzzer harness over the POS, entity and word cluster
 * model loaders.
 *
 * Most inputs would fail the container's checksum, so when the low bit of
 * header byte 20 (reserved) is clear the harness first rewrites the length
 * and checksum to match: then the payload readers see arbitrary bytes. A
 * model that loads is used to tag a sentence, which must stay in bounds.
 * (Models are loaded without clusters: a model trained with them is refused.)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/modelfile.h"
#include "tag/ner.h"
#include "tag/tag_int.h"
#include "tag/tagger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *buf = malloc(size ? size : 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    if (size >= 40 && !(buf[20] & 1))
        sift_modelfile_seal(buf, size);
    static const char *const text[] = {"Mr.", "Smith", "flew", "to", "New", "York", "on",
                                       "Monday", "for", "$", "3,000", "."};
    sift_tag_word w[12];
    for (int i = 0; i < 12; i++) {
        w[i].s = text[i];
        w[i].n = strlen(text[i]);
    }
    sift_postag tags[12];
    uint8_t bio[12];
    sift_error err;
    sift_tag_scratch *ws = sift_tag_scratch_new();
    if (size >= 16)
        buf[12] = SIFT_MODEL_CLUSTERS, buf[13] = buf[14] = buf[15] = 0;
    sift_clusters *cl = NULL;
    if (sift_clusters_load_mem(buf, size, "fuzz", &cl, &err) == SIFT_OK) {
        for (int i = 0; i < 12; i++)
            if (sift_clusters_get(cl, sift_tag_lower_hash(w[i].s, w[i].n)) > 0x7ffffffu)
                abort();
        sift_clusters_free(cl);
    }
    if (size >= 16)
        buf[12] = SIFT_MODEL_POS;
    sift_tagger *t = NULL;
    if (ws && sift_tagger_load_mem(buf, size, "fuzz", NULL, &t, &err) == SIFT_OK) {
        sift_tagger_tag(t, ws, w, 12, tags);
        for (int i = 0; i < 12; i++)
            if (!sift_tagger_upos(t, tags[i].cls) || !sift_tagger_xpos(t, tags[i].cls))
                abort();
        sift_tagger_free(t);
    }
    if (size >= 16)
        buf[12] = SIFT_MODEL_NER; /* the checksum covers the payload only */
    sift_ner *m = NULL;
    memset(tags, 0, sizeof tags);
    if (ws && sift_ner_load_mem(buf, size, "fuzz", NULL, NULL, &m, &err) == SIFT_OK) {
        sift_ner_tag(m, ws, w, tags, 12, bio);
        for (int i = 0; i < 12; i++)
            if (bio[i] > 6)
                abort();
        sift_ner_free(m);
    }
    sift_tag_scratch_free(ws);
    free(buf);
    return 0;
}
