/*
 * predicate.c — what happened to the things a figure counts: the event or
 * predicate the figure is the subject or the object of.
 *
 * "1,200 families had been moved to shelters" and "rice and lentils to 5,000
 * families" both count families; only the predicate tells that one counts
 * families sheltered and the other families fed, so two figures compare only
 * when their predicates agree. The predicate is read from the words around
 * the figure in its sentence, in this order:
 *   1. the verb right after the figure's noun phrase, over auxiliaries,
 *      adverbs and an inserted ", including ...," ("11,000 soldiers are
 *      stationed", "10,000 troops, including officers, have been integrated");
 *   2. the nearest event word or verb before the figure within its clause,
 *      past qualifiers and verbs that only report or change a figure ("killed
 *      42 people", "the death toll rose to 48", "rice and lentils to 5,000
 *      families"); a bare participle after the figure ("families displaced by
 *      floods") yields to this, as it usually modifies rather than predicates.
 * Words are mapped to a small set of event classes (stationed, deployed and
 * integrated are all "deployed"); a verb outside the classes stands for
 * itself ("destroyed", "damaged"). When nothing is found there is no
 * predicate, and the figure only meets others without one.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "corpus.h"

static const struct {
    const char *word, *event;
} classes[] = {
    {"killed", "killed"}, {"kill", "killed"}, {"kills", "killed"}, {"killing", "killed"},
    {"dead", "killed"}, {"died", "killed"}, {"die", "killed"}, {"dying", "killed"},
    {"death", "killed"}, {"deaths", "killed"}, {"fatalities", "killed"}, {"toll", "killed"},
    {"perished", "killed"}, {"slain", "killed"}, {"drowned", "killed"}, {"bodies", "killed"},
    {"injured", "injured"}, {"injuring", "injured"}, {"wounded", "injured"},
    {"wounding", "injured"}, {"hurt", "injured"}, {"injuries", "injured"},
    {"hospitalised", "injured"}, {"hospitalized", "injured"},
    {"casualties", "casualties"},
    {"missing", "missing"}, {"unaccounted", "missing"}, {"disappeared", "missing"},
    {"displaced", "displaced"}, {"fled", "displaced"}, {"fleeing", "displaced"},
    {"homeless", "displaced"}, {"uprooted", "displaced"},
    {"evacuated", "evacuated"}, {"evacuating", "evacuated"}, {"evacuation", "evacuated"},
    {"relocated", "evacuated"},
    {"sheltered", "sheltered"}, {"sheltering", "sheltered"}, {"shelter", "sheltered"},
    {"shelters", "sheltered"}, {"camps", "sheltered"}, {"housed", "sheltered"},
    {"rescued", "rescued"}, {"airlifted", "rescued"},
    {"fed", "fed"}, {"feeding", "fed"}, {"food", "fed"}, {"meals", "fed"},
    {"rations", "fed"}, {"rice", "fed"}, {"lentils", "fed"}, {"flour", "fed"},
    {"arrested", "arrested"}, {"detained", "arrested"}, {"jailed", "arrested"},
    {"imprisoned", "arrested"},
    {"captured", "captured"}, {"prisoners", "captured"}, {"surrendered", "captured"},
    {"deployed", "deployed"}, {"deploying", "deployed"}, {"stationed", "deployed"},
    {"integrated", "deployed"}, {"massed", "deployed"}, {"massing", "deployed"},
    {"amassed", "deployed"}, {"positioned", "deployed"}, {"dispatched", "deployed"},
    {"sent", "deployed"}, {"fighting", "deployed"},
    {"affected", "affected"}, {"impacted", "affected"},
    {"infected", "infected"}, {"cases", "infected"},
    {"destroyed", "destroyed"}, {"razed", "destroyed"}, {"flattened", "destroyed"},
    {"damaged", "damaged"},
    {NULL, NULL}};

/* Verbs that move the counted things somewhere; the place they go, when it
 * is an event word ("moved to shelters"), is the predicate. */
static const char *motion[] = {"moved", "taken", "brought", "relocated", "transferred", "sent",
                               "evacuated", "bused", "ferried", NULL};

/* Between a figure's noun phrase and its verb. */
static const char *aux[] = {"is", "are", "was", "were", "be", "been", "being", "has", "have",
                            "had", "will", "would", "could", "can", "may", "might", "shall",
                            "should", "must", "do", "does", "did", "get", "got", "also",
                            "already", "reportedly", "allegedly", "now", "still", "all", "both",
                            "each", "initially", "later", "then", "believed", "thought",
                            "feared", "confirmed", "reported", "said", "to", "remain",
                            "remained", "remains", "who", "that", "which", "not", "since",
                            "so", "far", "yet", "been", "officially", "currently", NULL};

/* Before a figure: qualifiers, and verbs that report or change a figure
 * rather than say what it counts. */
static const char *before_skip[] = {
    "about", "nearly", "around", "approximately", "roughly", "some", "more", "than", "less",
    "fewer", "least", "most", "up", "over", "under", "almost", "just", "only", "another",
    "further", "additional", "an", "a", "the", "at", "to", "by", "of", "from", "for", "estimated",
    "rose", "risen", "rise", "rises", "rising", "increased", "climbed", "jumped", "reached",
    "stands", "stood", "totalled", "totaled", "total", "hit", "grew", "doubled", "tripled", "fell",
    "dropped", "revised", "raised", "put", "numbered", "number", "is", "was", "are", "were", "now",
    "reported", "recorded", "registered", "counted", "confirmed", "gave", "given", "with",
    "as", "many", "much", "some", "and", "or", "its", "their", "his", "her", "has", "have",
    "had", "been", "be", "new", "latest", "official", "overall", "figure", "count", NULL};
/* ("as" is a qualifier only in "as many as"; elsewhere it starts a clause.) */

/* Where a clause starts, reading leftwards. */
static const char *clause_start[] = {"said", "says", "told", "that", "according", "while",
                                     "whereas", "but", "when", "after", "before", "although",
                                     "though", "because", "if", "where", "which", "who",
                                     "whom", "whose", NULL};

/* After ", ": an insertion to step over ("10,000 troops, including officers,"). */
static const char *insertion[] = {"including", "among", "mostly", "mainly", "many", "most",
                                  "some", "nearly", "about", "all", "both", "among", "largely",
                                  NULL};

static int in(const char *const *set, const char *w)
{
    for (int i = 0; set[i]; i++)
        if (strcmp(set[i], w) == 0)
            return 1;
    return 0;
}

/* Whether w is one of the words of s (space-separated). */
static int has_word(const char *s, const char *w)
{
    size_t k = strlen(w);
    for (const char *p = s; (p = strstr(p, w)); p += k)
        if ((p == s || p[-1] == ' ') && (p[k] == ' ' || p[k] == '\0'))
            return 1;
    return 0;
}

static const char *class_of(const char *w)
{
    for (int i = 0; classes[i].word; i++)
        if (strcmp(classes[i].word, w) == 0)
            return classes[i].event;
    return NULL;
}

/* A word that reads as a past participle or past tense: "destroyed". */
static int verb_like(const char *w)
{
    size_t n = strlen(w);
    return n > 4 && strcmp(w + n - 2, "ed") == 0 && strcmp(w + n - 4, "eded") != 0 &&
           !in(before_skip, w);
}

/* The sentence as tokens: a lower-case word, a number ("#") or a mark. */
enum { MAX_TOK = 160, TOK_LEN = 24 };
typedef struct tok {
    char w[TOK_LEN];
    size_t start, end;
} tok;

static size_t tokens(const char *text, size_t s0, size_t s1, tok *t)
{
    size_t n = 0;
    for (size_t i = s0; i < s1 && n < MAX_TOK;) {
        unsigned char c = (unsigned char)text[i];
        size_t b = i;
        if (isalpha(c)) {
            while (i < s1 && (isalpha((unsigned char)text[i]) || text[i] == '-'))
                i++;
            size_t k = i - b < TOK_LEN - 1 ? i - b : TOK_LEN - 1;
            for (size_t j = 0; j < k; j++)
                t[n].w[j] = (char)tolower((unsigned char)text[b + j]);
            t[n].w[k] = '\0';
        } else if (isdigit(c)) {
            while (i < s1 && (isdigit((unsigned char)text[i]) ||
                              ((text[i] == ',' || text[i] == '.') && i + 1 < s1 &&
                               isdigit((unsigned char)text[i + 1]))))
                i++;
            snprintf(t[n].w, TOK_LEN, "#");
        } else if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' ||
                   c == '!' || c == '?') {
            i++;
            t[n].w[0] = (char)c, t[n].w[1] = '\0';
        } else {
            i++; /* white space, quotes, dashes, bytes of other scripts */
            continue;
        }
        t[n].start = b;
        t[n].end = i;
        n++;
    }
    return n;
}

/* The predicate of the motion verb at t[i]: where the things went ("moved
 * to shelters"), else the verb's own class. */
static const char *after_motion(const tok *t, size_t n, size_t i)
{
    for (size_t j = i + 1; j < n && j <= i + 4; j++) {
        if (!isalpha((unsigned char)t[j].w[0]))
            break;
        const char *e = class_of(t[j].w);
        if (e)
            return e;
    }
    return class_of(t[i].w);
}

int sift_corpus_claim_event(const char *text, size_t tlen, const sift_claim *c, char *out,
                            size_t cap)
{
    size_t s0 = c->sentence.start, s1 = c->sentence.end;
    if (s1 > tlen || s0 >= s1 || c->span.start < s0 || c->span.end > s1) {
        s0 = c->span.start > 300 ? c->span.start - 300 : 0;
        s1 = c->span.end + 300 < tlen ? c->span.end + 300 : tlen;
    }
    tok t[MAX_TOK];
    size_t n = tokens(text, s0, s1, t);
    size_t first = n, last = n; /* the tokens of the claim's span */
    for (size_t i = 0; i < n; i++)
        if (t[i].end > c->span.start && t[i].start < c->span.end) {
            if (first == n)
                first = i;
            last = i;
        }
    if (first == n || cap == 0)
        return 0;
    char subj[160] = "";
    sift_corpus_lower(c->subject ? c->subject : "", subj, sizeof subj);

    /* 1. After the noun phrase: the subject's own words, an insertion, then
     * auxiliaries and adverbs. */
    const char *right = NULL;
    char right_lit[TOK_LEN] = "";
    int had_aux = 0;
    size_t i = last + 1;
    while (i < n && isalpha((unsigned char)t[i].w[0]) && has_word(subj, t[i].w))
        i++;
    if (i + 1 < n && strcmp(t[i].w, ",") == 0 && in(insertion, t[i + 1].w)) {
        size_t j = i + 1;
        while (j < n && strcmp(t[j].w, ",") != 0 && strcmp(t[j].w, ".") != 0 && j < i + 12)
            j++;
        if (j < n && strcmp(t[j].w, ",") == 0)
            i = j + 1;
    }
    for (; i < n && in(aux, t[i].w); i++)
        had_aux = 1;
    if (i < n && isalpha((unsigned char)t[i].w[0])) {
        right = in(motion, t[i].w) ? after_motion(t, n, i) : class_of(t[i].w);
        if (!right && verb_like(t[i].w))
            snprintf(right_lit, sizeof right_lit, "%s", t[i].w);
    }
    if (had_aux && (right || right_lit[0])) {
        snprintf(out, cap, "%s", right ? right : right_lit);
        return 1;
    }

    /* 2. Before the figure, within its clause. */
    const char *left = NULL;
    char left_lit[TOK_LEN] = "";
    for (size_t j = first, seen = 0; j-- > 0 && seen < 8; seen++) {
        const char *w = t[j].w;
        if (!isalpha((unsigned char)w[0])) {
            if (strcmp(w, ",") == 0 || strcmp(w, "(") == 0 || strcmp(w, ")") == 0)
                continue;
            break; /* another figure, or the end of a clause */
        }
        if (in(clause_start, w))
            break;
        if (strcmp(w, "as") == 0 && !(j > 0 && (!strcmp(t[j - 1].w, "many") ||
                                                !strcmp(t[j - 1].w, "much"))) &&
            !(j + 1 < n && (!strcmp(t[j + 1].w, "many") || !strcmp(t[j + 1].w, "much"))))
            break; /* "... as 3,000 families", not "as many as 300" */
        if ((left = in(motion, w) ? after_motion(t, first, j) : class_of(w)))
            break;
        if (in(before_skip, w))
            continue;
        if (verb_like(w)) {
            snprintf(left_lit, sizeof left_lit, "%s", w);
            break;
        }
    }
    const char *pick = right ? right : right_lit[0] ? right_lit : NULL;
    if (left || left_lit[0])
        pick = left ? left : left_lit;
    if (!pick)
        return 0;
    snprintf(out, cap, "%s", pick);
    return 1;
}
