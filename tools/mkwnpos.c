/*
 * mkwnpos.c — the parts of speech WordNet allows for each English word form,
 * a feature of the part-of-speech tagger (sift train pos --word-classes).
 *
 *   mkwnpos WORDNET_DIR OUT.tsv
 *
 * Output: one line per lower-case form, "form TAB bits", sorted by form, where
 * the bits say what the form can be:
 *     1 noun lemma     2 verb lemma     4 adjective lemma   8 adverb lemma
 *    16 noun plural   32 verb -s form  64 verb past form  128 verb -ing form
 *   256 comparative or superlative adjective
 * Lemmas come from index.{noun,verb,adj,adv}; irregular forms from
 * {noun,verb,adj}.exc; regular inflections from the usual English spelling
 * rules ("city" -> "cities", "stop" -> "stopped", "make" -> "making").
 * Multi-word lemmas are left out. The same WordNet gives the same bytes.
 *
 * A build tool: on a bad input or out of memory it names the file and exits 1.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    NOUN = 1, VERB = 2, ADJ = 4, ADV = 8,
    PLURAL = 16, VERB_S = 32, VERB_PAST = 64, VERB_ING = 128, ADJ_CMP = 256
};

typedef struct entry {
    char *form;
    unsigned bits;
} entry;

static entry *table;   /* open addressing on the form */
static size_t cap = 1 << 20, used;

static void die(const char *what, const char *name)
{
    fprintf(stderr, "mkwnpos: %s%s%s\n", what, name ? ": " : "", name ? name : "");
    exit(1);
}

static size_t slot(const char *s)
{
    unsigned long long h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    size_t i = (size_t)h & (cap - 1);
    while (table[i].form && strcmp(table[i].form, s) != 0)
        i = (i + 1) & (cap - 1);
    return i;
}

static void add(const char *form, unsigned bits)
{
    size_t i = slot(form);
    if (!table[i].form) {
        if (++used * 2 > cap)
            die("too many forms", NULL);
        if (!(table[i].form = strdup(form)))
            die("out of memory", NULL);
    }
    table[i].bits |= bits;
}

/* Only plain lower-case words take the spelling rules. */
static int plain_word(const char *w)
{
    for (const char *p = w; *p; p++)
        if (*p < 'a' || *p > 'z')
            return 0;
    return *w != 0;
}

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int ends(const char *w, const char *suffix)
{
    size_t n = strlen(w), k = strlen(suffix);
    return n >= k && strcmp(w + n - k, suffix) == 0;
}

/* w without its last `drop` bytes, then `suffix`, added with `bits`. */
static void with(const char *w, size_t drop, const char *suffix, unsigned bits)
{
    char buf[256];
    size_t n = strlen(w);
    if (n < drop || n - drop + strlen(suffix) >= sizeof buf)
        return;
    memcpy(buf, w, n - drop);
    strcpy(buf + n - drop, suffix);
    add(buf, bits);
}

/* A consonant + y ending ("city", "carry"). */
static int cons_y(const char *w)
{
    size_t n = strlen(w);
    return n > 1 && w[n - 1] == 'y' && !vowel(w[n - 2]);
}

static void inflect(const char *w, unsigned pos)
{
    size_t n = strlen(w);
    if (!plain_word(w))
        return;
    if (pos == NOUN) {
        if (ends(w, "s") || ends(w, "x") || ends(w, "z") || ends(w, "ch") || ends(w, "sh"))
            with(w, 0, "es", PLURAL);
        else if (cons_y(w))
            with(w, 1, "ies", PLURAL);
        else
            with(w, 0, "s", PLURAL);
    } else if (pos == VERB) {
        if (ends(w, "s") || ends(w, "x") || ends(w, "z") || ends(w, "ch") || ends(w, "sh") ||
            ends(w, "o"))
            with(w, 0, "es", VERB_S);
        else if (cons_y(w))
            with(w, 1, "ies", VERB_S);
        else
            with(w, 0, "s", VERB_S);
        if (ends(w, "e")) {
            with(w, 0, "d", VERB_PAST);
            with(w, 1, "ing", VERB_ING);
        } else if (cons_y(w)) {
            with(w, 1, "ied", VERB_PAST);
            with(w, 0, "ing", VERB_ING);
        } else {
            with(w, 0, "ed", VERB_PAST);
            with(w, 0, "ing", VERB_ING);
            /* a short final syllable doubles its consonant: "stop" -> "stopped" */
            if (n >= 3 && !vowel(w[n - 1]) && vowel(w[n - 2]) && !vowel(w[n - 3]) &&
                !strchr("wxy", w[n - 1])) {
                char dbl[3] = {w[n - 1], 0, 0};
                char stem[256];
                if (n + 1 < sizeof stem) {
                    memcpy(stem, w, n);
                    strcpy(stem + n, dbl);
                    with(stem, 0, "ed", VERB_PAST);
                    with(stem, 0, "ing", VERB_ING);
                }
            }
        }
    } else if (pos == ADJ && n <= 8) {
        if (ends(w, "e")) {
            with(w, 0, "r", ADJ_CMP);
            with(w, 0, "st", ADJ_CMP);
        } else if (cons_y(w)) {
            with(w, 1, "ier", ADJ_CMP);
            with(w, 1, "iest", ADJ_CMP);
        } else {
            with(w, 0, "er", ADJ_CMP);
            with(w, 0, "est", ADJ_CMP);
        }
    }
}

static FILE *open_in(const char *dir, const char *name, char *path, size_t cap_)
{
    snprintf(path, cap_, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open", path);
    return f;
}

/* index.<pos>: the first field of every line that does not start with a space. */
static void load_index(const char *dir, const char *name, unsigned pos)
{
    char path[4096], line[65536];
    FILE *f = open_in(dir, name, path, sizeof path);
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ')
            continue;
        char *sp = strchr(line, ' ');
        if (!sp)
            die("malformed line in", path);
        *sp = '\0';
        if (strchr(line, '_'))
            continue;
        add(line, pos);
        inflect(line, pos);
    }
    fclose(f);
}

/* <pos>.exc: "irregular-form base ...": the form is an inflection of the base. */
static void load_exc(const char *dir, const char *name, unsigned bits)
{
    char path[4096], line[4096];
    FILE *f = open_in(dir, name, path, sizeof path);
    while (fgets(line, sizeof line, f)) {
        char *sp = strchr(line, ' ');
        if (!sp)
            continue;
        *sp = '\0';
        if (!strchr(line, '_'))
            add(line, bits);
    }
    fclose(f);
}

static int by_form(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->form, ((const entry *)b)->form);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: mkwnpos WORDNET_DIR OUT.tsv\n");
        return 1;
    }
    if (!(table = calloc(cap, sizeof *table)))
        die("out of memory", NULL);
    load_index(argv[1], "index.noun", NOUN);
    load_index(argv[1], "index.verb", VERB);
    load_index(argv[1], "index.adj", ADJ);
    load_index(argv[1], "index.adv", ADV);
    load_exc(argv[1], "noun.exc", PLURAL);
    load_exc(argv[1], "verb.exc", VERB_PAST);
    load_exc(argv[1], "adj.exc", ADJ_CMP);
    size_t n = 0;
    for (size_t i = 0; i < cap; i++)
        if (table[i].form)
            table[n++] = table[i];
    qsort(table, n, sizeof *table, by_form);
    FILE *out = fopen(argv[2], "w");
    if (!out)
        die("cannot write", argv[2]);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s\t%u\n", table[i].form, table[i].bits);
    if (fclose(out) != 0)
        die("cannot write", argv[2]);
    fprintf(stderr, "mkwnpos: %zu forms\n", n);
    return 0;
}
