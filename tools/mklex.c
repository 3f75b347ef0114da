/*
 * mklex: build sift's name lexicon from the raw corpora.
 *
 *   mklex DATA_DIR EXTRA_TSV OUT_FILE
 *
 * Output (byte-identical on every run over the same inputs):
 *   #sift-lexicon<TAB>1<TAB><N><TAB><fnv1a64 of every byte after line 1>
 *   form<TAB>class<TAB>canonical<TAB>info          (N lines)
 * sorted by (form, class, canonical) in strcmp order.
 *
 * Invariants of the written file:
 *   - at most one line per (form, class);
 *   - at most one "entity" class (GPE, LOC, NORP, ORG) per form; the name-part
 *     classes FIRST and LAST, and PER (a person WordNet knows by name), may sit
 *     beside it ("Jordan" is GPE, FIRST, LAST).
 *
 * Pipeline: load WordNet and the name lists (also used as filters), generate
 * GPE/NORP/ORG/FIRST/LAST/PER candidates, resolve conflicts per form, apply the
 * hand-written extra file (adds, overrides, drops), sort and write.
 *
 * This is a build tool, not library code: on a bad input or out of memory it
 * prints a message naming the file and exits with status 1. It reports the
 * per-class counts and a few test forms on stderr; with MKLEX_DEBUG set it
 * also lists every form where entity classes competed, and the winner.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

/* ------------------------------------------------------------------ */
/* Errors and memory                                                   */
/* ------------------------------------------------------------------ */

/* Let GCC and Clang check the arguments of printf-like functions. */
#if defined(__GNUC__)
#define PRINTF_LIKE __attribute__((format(printf, 1, 2), nonnull(1)))
#else
#define PRINTF_LIKE
#endif

/* Print "mklex: <message>" to stderr and exit with status 1. */
PRINTF_LIKE static _Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	fputs("mklex: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* The one allocator: every allocation goes through here. */
static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		die("out of memory");
	return q;
}

/* Copy a string (never returns NULL). */
static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xrealloc(NULL, n), s, n);
}

/* printf into a freshly allocated string. */
PRINTF_LIKE static char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("formatting failed");
	char *s = xrealloc(NULL, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* ------------------------------------------------------------------ */
/* Files and lines                                                     */
/* ------------------------------------------------------------------ */

/* Read a whole file into a NUL-terminated buffer; exits naming the file. */
static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		die("cannot open %s: %s", path, strerror(errno));
	size_t len = 0, cap = 1 << 16;
	char *buf = xrealloc(NULL, cap);
	for (;;) {
		if (cap - len < 2)
			buf = xrealloc(buf, cap *= 2);
		size_t got = fread(buf + len, 1, cap - len - 1, f);
		len += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
		die("cannot read %s", path);
	fclose(f);
	buf[len] = '\0';
	return buf;
}

/* Cut the next line out of *cur in place (no newline, no CR); NULL at end. */
static char *next_line(char **cur)
{
	char *s = *cur;
	if (!s || !*s)
		return NULL;
	char *nl = strchr(s, '\n');
	if (nl) {
		*nl = '\0';
		*cur = nl + 1;
	} else {
		*cur = s + strlen(s);
	}
	size_t n = strlen(s);
	if (n && s[n - 1] == '\r')
		s[n - 1] = '\0';
	return s;
}

/* Split s in place at tabs into at most max fields; returns the count. */
static int split_tabs(char *s, char **fields, int max)
{
	int n = 0;
	fields[n++] = s;
	for (char *p = s; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			fields[n++] = p + 1;
		}
	return n;
}

/* Join a directory and a relative path. */
static char *path_join(const char *dir, const char *rel)
{
	return xasprintf("%s/%s", dir, rel);
}

/* ------------------------------------------------------------------ */
/* String map: open addressing, keys copied, a long and a string value */
/* ------------------------------------------------------------------ */

struct map {
	char **keys;
	char **svals;
	long *vals;
	size_t cap, len;
};

/* FNV-1a 64 over n bytes, continuing from h. */
static uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

#define FNV_OFFSET 0xcbf29ce484222325ULL

/* Slot of key, or of the empty slot where it would go. */
static size_t map_slot(const struct map *m, const char *key)
{
	size_t i = (size_t)fnv1a(FNV_OFFSET, key, strlen(key)) & (m->cap - 1);
	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* Double the table (or create it). */
static void map_grow(struct map *m)
{
	struct map old = *m;
	m->cap = old.cap ? old.cap * 2 : 1024;
	m->keys = xrealloc(NULL, m->cap * sizeof *m->keys);
	m->svals = xrealloc(NULL, m->cap * sizeof *m->svals);
	m->vals = xrealloc(NULL, m->cap * sizeof *m->vals);
	memset(m->keys, 0, m->cap * sizeof *m->keys);
	for (size_t i = 0; i < old.cap; i++) {
		if (!old.keys[i])
			continue;
		size_t j = map_slot(m, old.keys[i]);
		m->keys[j] = old.keys[i];
		m->svals[j] = old.svals[i];
		m->vals[j] = old.vals[i];
	}
	free(old.keys);
	free(old.svals);
	free(old.vals);
}

/* Look key up; returns 1 and fills *val / *sval (either may be NULL). */
static int map_get(const struct map *m, const char *key, long *val, const char **sval)
{
	if (!m->cap)
		return 0;
	size_t i = map_slot(m, key);
	if (!m->keys[i])
		return 0;
	if (val)
		*val = m->vals[i];
	if (sval)
		*sval = m->svals[i];
	return 1;
}

/* Membership test. */
static int map_has(const struct map *m, const char *key)
{
	return map_get(m, key, NULL, NULL);
}

/* Insert key if absent (the first value wins); returns 1 if inserted. */
static int map_add(struct map *m, const char *key, long val, const char *sval)
{
	if (2 * (m->len + 1) > m->cap)
		map_grow(m);
	size_t i = map_slot(m, key);
	if (m->keys[i])
		return 0;
	m->keys[i] = xstrdup(key);
	m->svals[i] = sval ? xstrdup(sval) : NULL;
	m->vals[i] = val;
	m->len++;
	return 1;
}

/* Insert or overwrite the long value of key. */
static void map_set(struct map *m, const char *key, long val)
{
	if (!map_add(m, key, val, NULL))
		m->vals[map_slot(m, key)] = val;
}

/* Free a map's keys, strings and tables; the map is left empty. */
static void map_free(struct map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			free(m->keys[i]);
			free(m->svals[i]);
		}
	free(m->keys);
	free(m->svals);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */
/* ------------------------------------------------------------------ */

/* Lower-case a UTF-8 string code point by code point (new string). */
static char *utf8_lower(const char *s)
{
	size_t n = strlen(s);
	char *out = xrealloc(NULL, 4 * n + 1), *o = out;
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p, -1, &cp);
		if (k <= 0) { /* invalid byte: copy it through */
			*o++ = (char)*p++;
			continue;
		}
		o += utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)o);
		p += k;
	}
	*o = '\0';
	return out;
}

/* The name without its accents ("Nuevo León" -> "Nuevo Leon"), or NULL
 * when that leaves letters outside ASCII or changes nothing. */
static char *ascii_fold(const char *s)
{
	utf8proc_uint8_t *out = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
			 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK) < 0)
		return NULL;
	int ascii = strcmp((const char *)out, s) != 0;
	for (const utf8proc_uint8_t *p = out; *p && ascii; p++)
		ascii = *p < 0x80;
	if (!ascii) {
		free(out);
		return NULL;
	}
	return (char *)out;
}

/* Number of code points in a UTF-8 string. */
static size_t utf8_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Collapse runs of white space to one space and trim (new string). */
static char *squeeze_spaces(const char *s)
{
	char *out = xrealloc(NULL, strlen(s) + 1), *o = out;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\t' || *s == '_' || *s == '\n' || *s == '\r') {
			if (o > out && o[-1] != ' ')
				*o++ = ' ';
		} else {
			*o++ = *s;
		}
	}
	if (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	return out;
}

/* Copy an info value, replacing the separators ; = TAB by spaces (new string). */
static char *info_value(const char *s)
{
	char *out = xstrdup(s);
	for (char *p = out; *p; p++)
		if (*p == ';' || *p == '=' || *p == '\t' || *p == '\n')
			*p = ' ';
	return out;
}

/* ASCII case helpers that ignore the locale. */
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(int c) { return is_upper(c) || is_lower(c); }
static int to_lower(int c) { return is_upper(c) ? c + 32 : c; }
static int to_upper(int c) { return is_lower(c) ? c - 32 : c; }

/* Title-case one ASCII word in place: "MCDONALD" -> "McDonald",
 * "AL-QUDS" -> "Al-Quds", "H&E" -> "H&E", "O'NEIL" -> "O'Neil",
 * "PEOPLE'S" -> "People's". */
static void title_word(char *w)
{
	int start = 1;
	for (char *p = w; *p; p++) {
		*p = (char)(start ? to_upper(*p) : to_lower(*p));
		start = 0;
		if (*p == '-' || *p == '&')
			start = 1;
		else if (*p == '\'' && p - w == 1) /* O'Neil, D'Souza */
			start = 1;
	}
	if (w[0] == 'M' && w[1] == 'c' && is_alpha(w[2]) && w[3])
		w[2] = (char)to_upper(w[2]);
}

/* Does the ASCII string contain a vowel (A E I O U, any case)? */
static int has_vowel(const char *s)
{
	for (; *s; s++)
		if (strchr("AEIOUaeiou", *s))
			return 1;
	return 0;
}

/* Is s one of the NULL-terminated words in list? */
static int in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Lexicon entries                                                     */
/* ------------------------------------------------------------------ */

enum cls { C_GPE, C_LOC, C_NORP, C_ORG, C_FIRST, C_LAST, C_WORD, C_PER, C_NCLASS };
static const char *const class_names[C_NCLASS] = {
	"GPE", "LOC", "NORP", "ORG", "FIRST", "LAST", "WORD", "PER"
};

/* GPE kinds, used when several places share a form. */
enum kind { K_NONE, K_COUNTRY, K_ADMIN1, K_CITY };

/* One candidate line. weight ranks candidates of the same (form, class);
 * seq is the insertion order, the final tie-break, so output is stable. */
struct entry {
	char *form, *canon, *info;
	enum cls cls;
	enum kind kind;
	char code[24]; /* "RU" for a country or demonym, "RU.41" for an admin1 or place */
	int64_t weight;
	size_t seq;
	int dead;
};

struct lex {
	struct entry *v;
	size_t n, cap;
};

/* Append a candidate; strings are copied, form and canon space-normalised. */
static void lex_add(struct lex *lx, const char *form, enum cls cls, const char *canon,
		    const char *info, enum kind kind, const char *code, int64_t weight)
{
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? lx->cap * 2 : 4096;
		lx->v = xrealloc(lx->v, lx->cap * sizeof *lx->v);
	}
	struct entry *e = &lx->v[lx->n];
	memset(e, 0, sizeof *e);
	e->form = squeeze_spaces(form);
	e->canon = squeeze_spaces(canon);
	e->info = xstrdup(info);
	e->cls = cls;
	e->kind = kind;
	if (code)
		snprintf(e->code, sizeof e->code, "%s", code);
	e->weight = weight;
	e->seq = lx->n++;
	if (!*e->form || !*e->canon)
		e->dead = 1;
}

/* Free every entry and the array. */
static void lex_free(struct lex *lx)
{
	for (size_t i = 0; i < lx->n; i++) {
		free(lx->v[i].form);
		free(lx->v[i].canon);
		free(lx->v[i].info);
	}
	free(lx->v);
	memset(lx, 0, sizeof *lx);
}

/* ------------------------------------------------------------------ */
/* Word resources shared by the filters                                */
/* ------------------------------------------------------------------ */

struct words {
	struct map lemma;  /* every WordNet lemma, lower case, spaces */
	struct map common; /* lemmas that occur written in lower case */
	struct map proper; /* lower-cased capitalised lemma -> its spelling */
	struct map first;  /* SSA given name -> total births */
	struct map given;  /* every given name in the FIRST class */
	struct map last;   /* census surname (Title case) -> rank */
};

/* Free the word maps. */
static void words_free(struct words *w)
{
	map_free(&w->lemma);
	map_free(&w->common);
	map_free(&w->proper);
	map_free(&w->first);
	map_free(&w->given);
	map_free(&w->last);
}

/* Words with no content that WordNet does not list. */
static const char *const function_words[] = {
	"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
	"or", "the", "to", "with", "against", "he", "she", "it", "we", "they",
	"this", "that", "these", "those", "his", "her", "its", "our", "their",
	"you", "your", "i", "me", "my", "him", "them", "us", "who", "what",
	"when", "where", "which", "why", "how", "but", "if", "not", "no", "so",
	"than", "then", "there", "here", "all", "any", "some", "each", "every", NULL
};

/* Is the lower-cased form an ordinary English word (WordNet or function)? */
static int is_common(const struct words *w, const char *lower)
{
	return map_has(&w->common, lower) || in_list(lower, function_words);
}

/* Is every space-separated token of lower an ordinary English word? */
static int all_tokens_common(const struct words *w, const char *lower)
{
	char *copy = xstrdup(lower);
	int all = 1;
	char *save = NULL;
	for (char *tok = strtok_r(copy, " -", &save); tok; tok = strtok_r(NULL, " -", &save))
		if (!is_common(w, tok))
			all = 0;
	free(copy);
	return all;
}

/* Add the words of one synset line of a WordNet data file to the maps. */
static void wordnet_synset(struct words *w, char *line)
{
	char *save = NULL;
	strtok_r(line, " ", &save);               /* synset offset */
	strtok_r(NULL, " ", &save);               /* lexicographer file */
	strtok_r(NULL, " ", &save);               /* synset type */
	char *cnt = strtok_r(NULL, " ", &save);   /* word count, hex */
	if (!cnt)
		return;
	long n = strtol(cnt, NULL, 16);
	for (long i = 0; i < n; i++) {
		char *word = strtok_r(NULL, " ", &save);
		if (!word || !strtok_r(NULL, " ", &save)) /* lex_id */
			return;
		char *paren = strchr(word, '('); /* adjective markers: (a) (p) (ip) */
		if (paren)
			*paren = '\0';
		for (char *p = word; *p; p++)
			if (*p == '_')
				*p = ' ';
		char *lower = utf8_lower(word);
		map_add(&w->lemma, lower, 0, NULL);
		if (strcmp(lower, word) == 0)
			map_add(&w->common, lower, 0, NULL);
		else
			map_add(&w->proper, lower, 0, word);
		free(lower);
	}
}

/* Load the lemmas of WordNet 3.0 from data.{noun,verb,adj,adv}. The data files
 * (not index.*) are read because they keep the case: "boston" in index.noun is
 * only ever "Boston", so it must not count as a common word. */
static void load_wordnet(const char *dir, struct words *w)
{
	static const char *const files[] = {
		"wordnet30/data.noun", "wordnet30/data.verb",
		"wordnet30/data.adj", "wordnet30/data.adv", NULL
	};
	for (const char *const *f = files; *f; f++) {
		char *path = path_join(dir, *f);
		char *buf = read_file(path), *cur = buf, *line;
		while ((line = next_line(&cur)))
			if (line[0] >= '0' && line[0] <= '9') /* licence lines start with spaces */
				wordnet_synset(w, line);
		free(buf);
		free(path);
	}
}

/* ------------------------------------------------------------------ */
/* PER: people WordNet knows by name                                  */
/* ------------------------------------------------------------------ */

/* WordNet 3.0's person.n.01: every instance below it is a named person. */
#define WN_PERSON 7846L

struct wn_synset {
	long off;
	char *words;        /* the synset's words, '\n'-separated, '_' as written */
	long *hyper;        /* offsets of its hypernyms and instance hypernyms */
	int nhyper;
	int instance;       /* it has an instance hypernym (a named individual) */
	signed char person; /* -1 unknown yet, 0 no, 1 yes */
};

static int wn_cmp(const void *a, const void *b)
{
	long x = ((const struct wn_synset *)a)->off, y = ((const struct wn_synset *)b)->off;
	return (x > y) - (x < y);
}

static struct wn_synset *wn_find(struct wn_synset *v, size_t n, long off)
{
	struct wn_synset key = { .off = off };
	return bsearch(&key, v, n, sizeof *v, wn_cmp);
}

/* Does the synset descend from person.n.01? Hypernym chains are short and
 * acyclic in WordNet; depth guards against a damaged file. */
static int wn_is_person(struct wn_synset *v, size_t n, struct wn_synset *s, int depth)
{
	if (s->off == WN_PERSON)
		return 1;
	if (s->person >= 0)
		return s->person;
	if (depth > 40)
		return 0;
	int yes = 0;
	for (int i = 0; i < s->nhyper && !yes; i++) {
		struct wn_synset *h = wn_find(v, n, s->hyper[i]);
		yes = h && wn_is_person(v, n, h, depth + 1);
	}
	s->person = (signed char)yes;
	return yes;
}

/* Parse one data.noun line into *s (offset, words, hypernym pointers). */
static int wn_parse(char *line, struct wn_synset *s)
{
	char *save = NULL, *tok;
	memset(s, 0, sizeof *s);
	s->person = -1;
	if (!(tok = strtok_r(line, " ", &save)))
		return 0;
	s->off = strtol(tok, NULL, 10);
	strtok_r(NULL, " ", &save); /* lexicographer file */
	strtok_r(NULL, " ", &save); /* synset type */
	char *cnt = strtok_r(NULL, " ", &save);
	if (!cnt)
		return 0;
	long nw = strtol(cnt, NULL, 16);
	size_t len = 0;
	for (long i = 0; i < nw; i++) {
		char *word = strtok_r(NULL, " ", &save);
		if (!word || !strtok_r(NULL, " ", &save))
			return 0;
		size_t k = strlen(word);
		s->words = xrealloc(s->words, len + k + 2);
		memcpy(s->words + len, word, k);
		len += k;
		s->words[len++] = '\n';
		s->words[len] = '\0';
	}
	char *np = strtok_r(NULL, " ", &save);
	long nptr = np ? strtol(np, NULL, 10) : 0;
	for (long i = 0; i < nptr; i++) {
		char *sym = strtok_r(NULL, " ", &save), *off = strtok_r(NULL, " ", &save);
		char *pos = strtok_r(NULL, " ", &save);
		if (!sym || !off || !pos || !strtok_r(NULL, " ", &save))
			return 0;
		if (strcmp(pos, "n") != 0 || (strcmp(sym, "@") != 0 && strcmp(sym, "@i") != 0))
			continue;
		s->instance |= sym[1] == 'i';
		s->hyper = xrealloc(s->hyper, (size_t)(s->nhyper + 1) * sizeof *s->hyper);
		s->hyper[s->nhyper++] = strtol(off, NULL, 10);
	}
	return 1;
}

/* PER entries: the names of WordNet's instances of person ("Marie Curie",
 * "Curie", "Plato"), written with a capital and at least three bytes long.
 * They sit beside any other class of the same form, like FIRST and LAST. */
static void load_wordnet_people(const char *dir, struct lex *lx)
{
	char *path = path_join(dir, "wordnet30/data.noun");
	char *buf = read_file(path), *cur = buf, *line;
	struct wn_synset *v = NULL;
	size_t n = 0, cap = 0;
	while ((line = next_line(&cur))) {
		if (line[0] < '0' || line[0] > '9')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			v = xrealloc(v, cap * sizeof *v);
		}
		if (!wn_parse(line, &v[n]))
			die("%s: malformed synset line", path);
		n++;
	}
	qsort(v, n, sizeof *v, wn_cmp);
	size_t added = 0;
	for (size_t i = 0; i < n; i++) {
		if (!v[i].instance || !wn_is_person(v, n, &v[i], 0))
			continue;
		for (char *w = v[i].words, *end; w && (end = strchr(w, '\n')); w = end + 1) {
			*end = '\0';
			char *paren = strchr(w, '(');
			if (paren)
				*paren = '\0';
			for (char *p = w; *p; p++)
				if (*p == '_')
					*p = ' ';
			if (is_upper((unsigned char)w[0]) && strlen(w) >= 3) {
				lex_add(lx, w, C_PER, w, "src=wordnet", K_NONE, NULL, 0);
				added++;
			}
		}
	}
	for (size_t i = 0; i < n; i++) {
		free(v[i].words);
		free(v[i].hyper);
	}
	free(v);
	free(buf);
	free(path);
	fprintf(stderr, "mklex: %zu PER names from WordNet\n", added);
}

/* ------------------------------------------------------------------ */
/* FIRST and LAST                                                      */
/* ------------------------------------------------------------------ */

/* Gender code from birth counts: a sex with at least 80% of births, else U. */
static char gender_of(long f, long m)
{
	if (f * 5 >= (f + m) * 4)
		return 'F';
	if (m * 5 >= (f + m) * 4)
		return 'M';
	return 'U';
}

/* May a name become a FIRST or LAST entry? Not if it is a function word
 * ("He", "In", "All" are census surnames) or one of the modal verbs that
 * start so many sentences and headlines. */
static int name_form_ok(const char *name)
{
	static const char *const modals[] = {
		"can", "could", "would", "should", "must", "shall", "might", NULL
	};
	char *lower = utf8_lower(name);
	int ok = !in_list(lower, function_words) && !in_list(lower, modals);
	free(lower);
	return ok;
}

/* SSA given names with >= 300 births (all years) become FIRST entries. */
static void load_ssa(const char *dir, struct lex *lx, struct words *w)
{
	char *path = path_join(dir, "names/ssa_first_names_1880_2024.tsv");
	char *buf = read_file(path), *cur = buf, *line;
	while ((line = next_line(&cur))) {
		char *f[7];
		if (line[0] == '#' || split_tabs(line, f, 7) < 3)
			continue;
		long births_f = atol(f[1]), births_m = atol(f[2]), total = births_f + births_m;
		if (total < 300 || !name_form_ok(f[0]))
			continue;
		char *name = xstrdup(f[0]);
		title_word(name); /* SSA writes "Mckenzie" */
		char *info = xasprintf("g=%c;n=%ld", gender_of(births_f, births_m), total);
		lex_add(lx, name, C_FIRST, name, info, K_NONE, NULL, total);
		map_add(&w->first, name, total, NULL);
		map_add(&w->given, name, total, NULL);
		free(info);
		free(name);
	}
	free(buf);
	free(path);
}

/* Read one census name file; calls back with the Title-cased name and rank. */
static void census_each(const char *dir, const char *rel,
			void (*fn)(void *, const char *, long), void *ctx)
{
	char *path = path_join(dir, rel);
	char *buf = read_file(path), *cur = buf, *line;
	while ((line = next_line(&cur))) {
		char name[64];
		double freq, cum;
		long rank;
		if (sscanf(line, "%63s %lf %lf %ld", name, &freq, &cum, &rank) != 4)
			continue;
		title_word(name);
		fn(ctx, name, rank);
	}
	free(buf);
	free(path);
}

struct census_first_ctx {
	struct map *mask; /* name -> 1 male, 2 female */
	long bit;
	struct lex *lx;
	struct words *w;
};

/* Collect the sex bit of a census given name. */
static void census_first_mask(void *vctx, const char *name, long rank)
{
	struct census_first_ctx *c = vctx;
	long m = 0;
	(void)rank;
	map_get(c->mask, name, &m, NULL);
	map_set(c->mask, name, m | c->bit);
}

/* Add a census given name the SSA list did not already give. */
static void census_first_add(void *vctx, const char *name, long rank)
{
	struct census_first_ctx *c = vctx;
	long m = 0;
	(void)rank;
	if (!name_form_ok(name) || !map_add(&c->w->given, name, 0, NULL))
		return;
	map_get(c->mask, name, &m, NULL);
	char *info = xasprintf("g=%c;src=census", m == 1 ? 'M' : m == 2 ? 'F' : 'U');
	lex_add(c->lx, name, C_FIRST, name, info, K_NONE, NULL, 0);
	free(info);
}

/* 1990 census given names, Title-cased, gender from the file(s) they are in. */
static void load_census_first(const char *dir, struct lex *lx, struct words *w)
{
	struct map mask = { 0 };
	struct census_first_ctx c = { &mask, 1, lx, w };
	census_each(dir, "names/census1990.dist.male.first", census_first_mask, &c);
	c.bit = 2;
	census_each(dir, "names/census1990.dist.female.first", census_first_mask, &c);
	census_each(dir, "names/census1990.dist.male.first", census_first_add, &c);
	census_each(dir, "names/census1990.dist.female.first", census_first_add, &c);
	map_free(&mask);
}

struct census_last_ctx {
	struct lex *lx;
	struct words *w;
};

/* Record every surname's rank; the 30,000 most common become LAST entries. */
static void census_last_add(void *vctx, const char *name, long rank)
{
	struct census_last_ctx *c = vctx;
	map_add(&c->w->last, name, rank, NULL);
	if (rank > 30000 || !name_form_ok(name))
		return;
	char *info = xasprintf("rank=%ld", rank);
	lex_add(c->lx, name, C_LAST, name, info, K_NONE, NULL, -rank);
	free(info);
}

/* 1990 census surnames. */
static void load_census_last(const char *dir, struct lex *lx, struct words *w)
{
	struct census_last_ctx c = { lx, w };
	census_each(dir, "names/census1990.dist.all.last", census_last_add, &c);
}

/* ------------------------------------------------------------------ */
/* Countries (GPE) and demonyms (NORP)                                 */
/* ------------------------------------------------------------------ */

/* Format a coordinate compactly: at most `decimals` decimals, trailing
 * zeros removed. Places get 3 decimals (about 100 m), plenty for a town
 * and a saving of some 400 KB. */
static char *coord_text(double v, int decimals)
{
	char *s = xasprintf("%.*f", decimals, v);
	char *p = s + strlen(s) - 1;
	while (strchr(s, '.') && *p == '0')
		*p-- = '\0';
	if (*p == '.')
		*p = '\0';
	if (strcmp(s, "-0") == 0)
		strcpy(s, "0");
	return s;
}

/* Country acronyms that news uses as names; other codes are skipped. */
static const char *const country_acronyms[] = {
	"US", "USA", "UK", "UAE", "DPRK", "DRC", "PRC", "ROK", "ROC", NULL
};

/* Is an altSpelling an English name of the country? It must start with a
 * capital, and every word (after "'s") must be an English word known to
 * WordNet, a function word, or a word of the country's own English name; a
 * lone common word ("Island"), a lone person's name ("Mann") or the demonym
 * ("Thai") is not a name. */
static int english_alt(const struct words *w, const char *alt, const char *names,
		       const char *demonym)
{
	if (strpbrk(alt, ",()"))
		return 0;
	int caps = 1;
	for (const char *p = alt; *p; p++)
		if (!is_upper(*p))
			caps = 0;
	if (caps)
		return in_list(alt, country_acronyms);
	if (!is_upper(alt[0]) || strcmp(alt, demonym) == 0)
		return 0;
	if (!strchr(alt, ' ') && (map_has(&w->given, alt) || map_has(&w->last, alt)))
		return 0; /* "Mann" (Isle of Man) is a surname first */
	char *lower = utf8_lower(alt);
	int ok = !is_common(w, lower) || strchr(lower, ' ');
	char *save = NULL;
	for (char *t = strtok_r(lower, " -", &save); ok && t; t = strtok_r(NULL, " -", &save)) {
		size_t n = strlen(t);
		if (n > 2 && strcmp(t + n - 2, "'s") == 0)
			t[n - 2] = '\0';
		char *padded = xasprintf(" %s ", t);
		ok = map_has(&w->lemma, t) || in_list(t, function_words) || strstr(names, padded);
		free(padded);
	}
	free(lower);
	return ok;
}

/* Parse a JSON file whose top level is an array; exits naming the file. */
static json_t *load_json_array(const char *path)
{
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	if (!root && err.line < 0)
		die("cannot read %s: %s", path, err.text);
	if (!root)
		die("cannot parse %s: line %d: %s", path, err.line, err.text);
	if (!json_is_array(root))
		die("%s: the top level is not an array", path);
	return root;
}

/* String member of a JSON object, or "" when missing. */
static const char *jstr(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));
	return s ? s : "";
}

/* Plural of a demonym, or NULL when English uses no -s plural
 * (Chinese, British, French, Swiss, Malagasy, Motswana, Greenlandic...). */
static char *demonym_plural(const char *d)
{
	size_t n = strlen(d);
	static const char *const none[] = { "ese", "ish", "ss", "sh", "men", "ic", "x", "z", "y", "a", "s", NULL };
	for (const char *const *e = none; *e; e++) {
		size_t k = strlen(*e);
		if (n >= k && strcmp(d + n - k, *e) == 0)
			return NULL;
	}
	if (n >= 2 && strcmp(d + n - 2, "ch") == 0 && !(n >= 3 && d[n - 3] == 'e'))
		return NULL; /* French, Dutch; but Czech -> Czechs */
	return xasprintf("%ss", d);
}

/* NORP entries for one country's English demonyms (and their plurals). */
static void add_demonyms(struct lex *lx, json_t *c, const char *cc, const char *common,
			 int64_t weight)
{
	json_t *eng = json_object_get(json_object_get(c, "demonyms"), "eng");
	const char *sexes[] = { "m", "f" };
	char *country = info_value(common);
	char *info = xasprintf("country=%s;cc=%s", country, cc);
	free(country);
	for (int s = 0; s < 2; s++) {
		char *list = xstrdup(jstr(eng, sexes[s]));
		/* "Antiguan, Barbudan" and "Kittitian or Nevisian" name two groups */
		for (char *p; (p = strstr(list, " or ")); )
			memcpy(p, ",  ", 3);
		char *save = NULL;
		for (char *d = strtok_r(list, ",", &save); d; d = strtok_r(NULL, ",", &save)) {
			char *name = squeeze_spaces(d);
			if (*name && strcmp(name, common) != 0) {
				lex_add(lx, name, C_NORP, name, info, K_NONE, cc, weight);
				char *pl = demonym_plural(name);
				if (pl)
					lex_add(lx, pl, C_NORP, name, info, K_NONE, cc, weight);
				free(pl);
			}
			free(name);
		}
		free(list);
	}
	free(info);
}

/* GPE entries (common, official and English alternative names) and NORP
 * entries for the 250 countries of world_countries/countries.json. */
static void load_countries(const char *dir, struct lex *lx, const struct words *w)
{
	char *path = path_join(dir, "world_countries/countries.json");
	json_t *root = load_json_array(path);
	size_t i;
	json_t *c;
	json_array_foreach(root, i, c) {
		const char *cc = jstr(c, "cca2");
		json_t *name = json_object_get(c, "name");
		const char *common = jstr(name, "common"), *official = jstr(name, "official");
		json_t *ll = json_object_get(c, "latlng");
		if (strlen(cc) != 2 || !*common)
			die("%s: country %zu has no cca2 or common name", path, i);
		char *lat = coord_text(json_number_value(json_array_get(ll, 0)), 5);
		char *lon = coord_text(json_number_value(json_array_get(ll, 1)), 5);
		char *info = xasprintf("cc=%s;kind=country;lat=%s;lon=%s", cc, lat, lon);
		/* prefer common over official over other names, then sovereign, then larger */
		int64_t base = (int64_t)json_number_value(json_object_get(c, "area"));
		if (json_is_true(json_object_get(c, "independent")))
			base += (int64_t)1 << 40;
		lex_add(lx, common, C_GPE, common, info, K_COUNTRY, cc, base + ((int64_t)2 << 42));
		if (!strpbrk(official, ",()")) /* not "Republic of China (Taiwan)" */
			lex_add(lx, official, C_GPE, common, info, K_COUNTRY, cc, base + ((int64_t)1 << 42));
		char *lc = utf8_lower(common), *lo = utf8_lower(official);
		char *names = xasprintf(" %s %s ", lc, lo);
		for (char *p = names; *p; p++)
			if (*p == '-')
				*p = ' ';
		const char *demonym = jstr(json_object_get(json_object_get(c, "demonyms"), "eng"), "m");
		size_t j;
		json_t *alt;
		json_array_foreach(json_object_get(c, "altSpellings"), j, alt) {
			const char *a = json_string_value(alt);
			if (a && english_alt(w, a, names, demonym))
				lex_add(lx, a, C_GPE, common, info, K_COUNTRY, cc, base);
		}
		add_demonyms(lx, c, cc, common, base);
		free(names);
		free(lc);
		free(lo);
		free(info);
		free(lat);
		free(lon);
	}
	json_decref(root);
	free(path);
}

/* ------------------------------------------------------------------ */
/* First-level divisions and places (GPE, GeoNames)                    */
/* ------------------------------------------------------------------ */

struct admin1 {
	char *code;  /* "RU.41" */
	char *name;  /* "Kursk Oblast", generic word capitalised */
	char *shortname; /* "Kursk", or NULL */
	int64_t pop; /* sum of the populations of its places */
};

struct geo {
	struct admin1 *a1;
	size_t n;
	struct map index; /* code -> position in a1 */
};

/* Generic words that end an admin1 name ("Kursk Oblast" -> "Kursk"). */
static const char *const admin_suffixes[] = {
	"Autonomous Okrug", "Autonomous Region", "Autonomous Republic",
	"Special Administrative Region", "Capital Territory", "Metropolitan City",
	"Oblast", "Krai", "Kray", "Province", "Region", "Governorate", "State",
	"Prefecture", "District", "Republic", "City", "County", "Department",
	"Municipality", "Division", "Parish", "Territory", "Area", NULL
};

/* Generic words that start an admin1 name ("Republic of Tyva" -> "Tyva"). */
static const char *const admin_prefixes[] = {
	"Urban Municipality of ", "Municipality of ", "Republic of ", "City of ",
	"County of ", "Region of ", "State of ", "Province of ", NULL
};

/* Normalise an admin1 name in place: drop a parenthetical, the apostrophe of
 * "Oblast'", and capitalise a lower-case generic word ("Oryol oblast"). */
static void admin1_normalise(char *name)
{
	char *open = strchr(name, '(');
	char *close = open ? strchr(open, ')') : NULL;
	if (close)
		memmove(open, close + 1, strlen(close + 1) + 1);
	char *sq = squeeze_spaces(name);
	strcpy(name, sq);
	free(sq);
	size_t n = strlen(name);
	if (n > 7 && strcmp(name + n - 7, "Oblast'") == 0)
		name[n - 1] = '\0';
	char *last = strrchr(name, ' ');
	if (last && is_lower(last[1])) {
		char probe[64];
		snprintf(probe, sizeof probe, "%s", last + 1);
		probe[0] = (char)to_upper(probe[0]);
		if (in_list(probe, admin_suffixes))
			last[1] = probe[0];
	}
}

/* An admin1 name without its leading or trailing generic word, or NULL. */
static char *admin1_strip(const char *name)
{
	for (const char *const *p = admin_prefixes; *p; p++)
		if (strncmp(name, *p, strlen(*p)) == 0 && name[strlen(*p)])
			return xstrdup(name + strlen(*p));
	size_t n = strlen(name);
	for (const char *const *s = admin_suffixes; *s; s++) {
		size_t k = strlen(*s);
		if (n > k + 1 && name[n - k - 1] == ' ' && strcmp(name + n - k, *s) == 0) {
			char *out = xstrdup(name);
			out[n - k - 1] = '\0';
			return out;
		}
	}
	if (n > 3 && strcmp(name + n - 3, "-do") == 0) { /* Korean provinces */
		char *out = xstrdup(name);
		out[n - 3] = '\0';
		return out;
	}
	return NULL;
}

/* The short name of an admin1 (generic word removed), or NULL if none or if
 * what is left ends in a dangling adjective ("Jewish Autonomous"). */
static char *admin1_short(const char *name)
{
	char *s = admin1_strip(name);
	static const char *const dangling[] = { " Autonomous", " Regional", " Special", " Federal", " Capital", NULL };
	for (const char *const *d = dangling; s && *d; d++) {
		size_t n = strlen(s), k = strlen(*d);
		if (n > k && strcmp(s + n - k, *d) == 0) {
			free(s);
			s = NULL;
		}
	}
	return s;
}

/* Read geonames/admin1.json into g (populations are filled in later). */
static void load_admin1(const char *dir, struct geo *g)
{
	char *path = path_join(dir, "geonames/admin1.json");
	json_t *root = load_json_array(path);
	g->n = json_array_size(root);
	g->a1 = xrealloc(NULL, g->n * sizeof *g->a1);
	size_t i;
	json_t *a;
	json_array_foreach(root, i, a) {
		struct admin1 *d = &g->a1[i];
		d->code = xstrdup(jstr(a, "code"));
		d->name = xstrdup(jstr(a, "name"));
		admin1_normalise(d->name);
		d->shortname = admin1_short(d->name);
		d->pop = 0;
		if (strlen(d->code) < 4 || d->code[2] != '.' || !*d->name)
			die("%s: bad entry %zu", path, i);
		map_add(&g->index, d->code, (long)i, NULL);
	}
	json_decref(root);
	free(path);
}

/* Free the admin1 table. */
static void geo_free(struct geo *g)
{
	for (size_t i = 0; i < g->n; i++) {
		free(g->a1[i].code);
		free(g->a1[i].name);
		free(g->a1[i].shortname);
	}
	free(g->a1);
	map_free(&g->index);
}

/* Admin1 forms must be 3+ characters and not ordinary words ("Centre");
 * a short form must not be made of ordinary words only ("Upper East"). */
static int admin1_form_ok(const struct words *w, const char *form, int is_short)
{
	if (utf8_len(form) < 3)
		return 0;
	char *lower = utf8_lower(form);
	int ok = !is_common(w, lower) && !(is_short && all_tokens_common(w, lower));
	free(lower);
	return ok;
}

static int city_form_ok(const struct words *w, const char *form, long pop, int alternate);

/* GPE entries for the first-level divisions: full and short names. */
static void add_admin1(struct lex *lx, const struct geo *g, const struct words *w)
{
	for (size_t i = 0; i < g->n; i++) {
		const struct admin1 *d = &g->a1[i];
		char cc[3] = { d->code[0], d->code[1], '\0' };
		char *info = xasprintf("cc=%s;kind=admin1;code=%s", cc, d->code);
		if (admin1_form_ok(w, d->name, 0))
			lex_add(lx, d->name, C_GPE, d->name, info, K_ADMIN1, d->code, d->pop);
		if (d->shortname && admin1_form_ok(w, d->shortname, 1))
			lex_add(lx, d->shortname, C_GPE, d->name, info, K_ADMIN1, d->code, d->pop);
		/* (and as English copy often spells it: "Nuevo Leon", "Michoacan",
		 * only where no other place has that name, weight -1, and not one
		 * named like a person, as an alternate name: "Leon", "Cortes") */
		const char *forms[2] = { d->name, d->shortname };
		for (int is_short = 0; is_short < 2; is_short++) {
			char *plain = forms[is_short] ? ascii_fold(forms[is_short]) : NULL;
			if (plain && admin1_form_ok(w, plain, is_short) && city_form_ok(w, plain, 0, 1))
				lex_add(lx, plain, C_GPE, d->name, info, K_ADMIN1, d->code, -1);
			free(plain);
		}
		free(info);
	}
}

/* May a place keep this form? Short forms, ordinary words and common names
 * are dropped unless the place is a city of a million (never for alternate
 * names, which GeoNames collects from every language). */
static int city_form_ok(const struct words *w, const char *form, long pop, int alternate)
{
	if (utf8_len(form) < 3)
		return 0;
	int big = pop >= 1000000 && !alternate;
	if (big)
		return 1;
	char *lower = utf8_lower(form);
	int common = is_common(w, lower);
	free(lower);
	/* A city of 100,000 or more keeps a name that is also a word ("Geneva",
	 * "Denver", "Nice"): the recognizer checks the WORD class itself and only
	 * trusts such a name where its capital letter is not a sentence start. */
	if (common && pop >= 100000 && !alternate)
		common = 0;
	/* likewise a city of 200,000 or more named like a person ("Denver",
	 * "Geneva"): a following surname still makes the pair a person */
	int named_like_person = pop < 200000 || alternate;
	long births = 0, rank = 0;
	if (common || (named_like_person && map_get(&w->first, form, &births, NULL) && births >= 20000) ||
	    (named_like_person && map_get(&w->last, form, &rank, NULL) && rank <= 5000))
		return 0;
	return 1;
}

/* Is an alternate name usable in English text: ASCII Latin letters (with
 * space - ' .), 1-4 words, starting with an upper-case letter and containing
 * a lower-case one (not a code like "IEV"), and not ending in a lower-case
 * hyphenated syllable (Wade-Giles "Kao-mi")? Diacritic spellings are left
 * out: GeoNames collects them from every language, English news rarely uses
 * them, and they do not fit the size budget. */
static int english_alternate(const char *s)
{
	int words = 1, has_lower = 0;
	if (!is_upper(s[0]))
		return 0;
	for (const char *p = s; *p; p++) {
		if (is_lower(*p))
			has_lower = 1;
		else if (*p == ' ')
			words++;
		else if (!is_upper(*p) && !strchr("-'.", *p))
			return 0;
	}
	const char *hyphen = strrchr(s, '-');
	if (hyphen && is_lower(hyphen[1]))
		return 0;
	return has_lower && words <= 4;
}

/* Does alt = stem + ending, for a stem in the comma list stems? */
static int has_stem(const char *alt, const char *stems, const char *const *endings)
{
	size_t n = strlen(alt);
	for (const char *p = stems; *p; ) {
		size_t k = strcspn(p, ",");
		if (k >= 4 && k < n && strncmp(alt, p, k) == 0 && in_list(alt + k, endings))
			return 1;
		p += k + (p[k] == ',');
	}
	return 0;
}

/* Is alt an inflected form from another language: a name of the place plus
 * a case ending ("Kievom", "Kijevas"), or the place's own name plus a vowel
 * ("Kharkiva")? Single vowels only count after the place's own name, since
 * "Odessa" is "Odess" + a. */
static int inflected_alternate(const char *alt, const char *own, const char *all)
{
	static const char *const endings[] = {
		"om", "em", "ie", "as", "is", "us", "os", "ai", "ui", "oj", "ju", "ja", "ia", NULL
	};
	static const char *const vowels[] = { "a", "e", "i", "o", "u", NULL };
	return has_stem(alt, all, endings) || has_stem(alt, own, vowels);
}

/* Feature codes left out: places that no longer exist, and sections of
 * places (PPLX), which GeoNames often gives the whole city's population
 * ("Kleinzschocher" 597,493 = Leipzig) so they would outrank real towns. */
static int dead_place(const char *fcode)
{
	static const char *const dead[] = { "PPLH", "PPLQ", "PPLW", "PPLCH", "PPLX", NULL };
	return in_list(fcode, dead);
}

/* Is a place big or important enough: 5,000 people, a capital (PPLC) or a
 * first-level seat (PPLA), or a second-level seat (PPLA2) whose population
 * GeoNames does not know (0: "Mitaka" has 190,000). PPLA2 seats known to be
 * smaller than 5,000 (6,500 of them, mostly communes) are left out to keep
 * the file under its 12 MB budget. */
static int place_wanted(const char *fcode, long pop)
{
	if (dead_place(fcode))
		return 0;
	return pop >= 5000 || !strcmp(fcode, "PPLC") || !strcmp(fcode, "PPLA") ||
	       (!strcmp(fcode, "PPLA2") && pop == 0);
}

/* GPE entries for the places of geonames/cities500.txt; also sums the
 * population of each admin1. An alternate name ranks with a tenth of the
 * population so that a place's own name beats another's alternate name. */
static void load_cities(const char *dir, struct lex *lx, struct geo *g, const struct words *w)
{
	char *path = path_join(dir, "geonames/cities500.txt");
	char *buf = read_file(path), *cur = buf, *line;
	long lineno = 0;
	while ((line = next_line(&cur))) {
		char *f[19];
		lineno++;
		if (split_tabs(line, f, 19) != 19)
			die("%s:%ld: expected 19 tab-separated columns", path, lineno);
		long pop = atol(f[14]);
		const char *cc = f[8], *fcode = f[7];
		char *code = xasprintf("%s.%s", cc, f[10]);
		long idx;
		const char *adm1 = "";
		if (map_get(&g->index, code, &idx, NULL)) {
			if (!dead_place(fcode)) /* a PPLX repeats its city's people */
				g->a1[idx].pop += pop;
			adm1 = g->a1[idx].name;
		}
		if (place_wanted(fcode, pop)) {
			char *a = info_value(adm1);
			char *lat = coord_text(strtod(f[4], NULL), 3), *lon = coord_text(strtod(f[5], NULL), 3);
			char *info = xasprintf("cc=%s;kind=city;adm1=%s;code=%s;gid=%s;lat=%s;lon=%s;pop=%ld",
					       cc, a, code, f[0], lat, lon, pop);
			free(lat);
			free(lon);
			char *name = squeeze_spaces(f[1]);
			if (city_form_ok(w, name, pop, 0))
				lex_add(lx, name, C_GPE, name, info, K_CITY, code, pop);
			if (strcmp(f[2], f[1]) != 0 && city_form_ok(w, f[2], pop, 0))
				lex_add(lx, f[2], C_GPE, name, info, K_CITY, code, pop);
			if (pop >= 100000) {
				char *own = xasprintf("%s,%s", f[1], f[2]);
				char *names = xasprintf("%s,%s", own, f[3]);
				char *save = NULL;
				for (char *alt = strtok_r(f[3], ",", &save); alt;
				     alt = strtok_r(NULL, ",", &save))
					if (strcmp(alt, f[1]) && strcmp(alt, f[2]) && english_alternate(alt) &&
					    !inflected_alternate(alt, own, names) && city_form_ok(w, alt, pop, 1))
						lex_add(lx, alt, C_GPE, name, info, K_CITY, code, pop / 10);
				free(names);
				free(own);
			}
			free(name);
			free(info);
			free(a);
		}
		free(code);
	}
	free(buf);
	free(path);
}

/* ------------------------------------------------------------------ */
/* Organisations (ORG) from the Phoenix actor dictionaries             */
/* ------------------------------------------------------------------ */

/* Words that make an actor phrase a person's role, not a body. */
static const char *const role_words[] = {
	"SECRETARY", "CHIEF", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL",
	"OFFICIALS", "PEACEKEEPER", "PEACEKEEPERS", "ENVOY", "AMBASSADOR", "MONITOR",
	"MONITORS", "DELEGATE", "DELEGATES", "DELEGATION", "OPERATIVE", "OPERATIVES",
	"MEMBER", "MEMBERS", "LEADER", "LEADERS", "CHAIRMAN", "PRESIDENT", "DIRECTOR",
	"HEAD", "INSPECTOR", "INSPECTORS", "OBSERVER", "OBSERVERS", "TROOPS",
	"SOLDIERS", "SOLDIER", "STAFF", "WORKER", "WORKERS", "EMPLOYEE", "EMPLOYEES",
	"REPRESENTATIVE", "COMMANDER", "FOUNDER", "MILITANT", "MILITANTS", NULL
};

/* Words that mark a name as a company or body even if made of surnames. */
static const char *const org_words[] = {
	"INTERNATIONAL", "GROUP", "COMPANY", "CORPORATION", "INC", "CORP", "CO",
	"LTD", "LLC", "PLC", "HOLDINGS", "BANK", "FUND", "FOUNDATION", "PARTNERS",
	"BROTHERS", "SONS", "TRUST", "ASSOCIATION", "INSTITUTE", NULL
};

/* Lower-case words inside a name (not at its start). */
static const char *const org_lower[] = {
	"OF", "THE", "AND", "FOR", "ON", "IN", "TO", "A", "AN", "AT", "BY", "WITH",
	"FROM", "AGAINST", "DE", "DEL", "LA", "LE", "LES", "DES", "DU", "DA", "DO",
	"DOS", "DAS", "DI", "Y", "E", "ET", "EN", "UND", "PARA", "LOS", "LAS", NULL
};

/* Particles skipped when deciding whether a phrase is a person's name. */
static const char *const name_particles[] = {
	"DE", "DA", "DEL", "VAN", "VON", "BIN", "IBN", "AL", "EL", "ABU", "LA", "Y", NULL
};

struct orgctx {
	const struct words *w;
	struct map acronyms; /* "(ALF)" -> 1, initials of multi-word names -> 0 */
};

/* Tokenise a phrase (space separated, upper case) into a NULL-ended array. */
static char **tokens_of(const char *phrase, int *count)
{
	char *copy = xstrdup(phrase);
	int n = 0, cap = 8;
	char **t = xrealloc(NULL, (size_t)cap * sizeof *t);
	char *save = NULL;
	for (char *tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		if (n + 1 >= cap)
			t = xrealloc(t, (size_t)(cap *= 2) * sizeof *t);
		t[n++] = xstrdup(tok);
	}
	t[n] = NULL;
	free(copy);
	*count = n;
	return t;
}

/* Free a token array. */
static void tokens_free(char **t)
{
	for (char **p = t; *p; p++)
		free(*p);
	free(t);
}

/* Lower-cased, Title-cased copies of an upper-case token (new strings). */
static char *token_lower(const char *tok)
{
	char *s = xstrdup(tok);
	for (char *p = s; *p; p++)
		*p = (char)to_lower(*p);
	return s;
}

/* Does a phrase read as a person's name? Ignoring initials and particles it
 * must have 1-4 words and no organisation word, and then: a given name
 * followed by names only ("Graeme Wheeler"); or, with no ordinary English
 * word, a given name and another word ("Dominic Ongwen"), an initial
 * ("V H Dalmiya") or a leading Abu/Bin ("Abu Al-Walid"); or, for the
 * international file (strict), 2+ words none of which is English
 * ("Ejeviome Eloh Otobo"). */
static int person_like(const struct words *w, char **tok, int strict)
{
	static const char *const kunya[] = { "ABU", "ABOU", "BIN", "IBN", NULL };
	int n = 0, any_first = 0, any_common = 0, all_names = 1, first_is_first = 0;
	int initials = 0;
	for (char **p = tok; *p; p++) {
		size_t len = strlen(*p);
		if ((len == 1) || (len == 2 && (*p)[1] == '.')) {
			initials = 1;
			continue;
		}
		if (in_list(*p, name_particles))
			continue;
		if (in_list(*p, org_words))
			return 0;
		char *title = xstrdup(*p), *lower = token_lower(*p);
		title_word(title);
		int given = map_has(&w->given, title), sur = map_has(&w->last, title);
		if (n == 0)
			first_is_first = given;
		else if (!given && !sur)
			all_names = 0;
		any_first |= given;
		any_common |= is_common(w, lower);
		n++;
		free(title);
		free(lower);
	}
	if (n < 1 || n > 4)
		return 0;
	if (n >= 2 && first_is_first && all_names)
		return 1;
	if (!any_common && ((any_first && n >= 2) || (initials && n <= 2) || in_list(tok[0], kunya)))
		return 1;
	return strict && n >= 2 && !any_common;
}

/* Two-letter words of names that are not acronyms ("AL QAIDA", "ORDER NO"). */
static const char *const two_letter_words[] = {
	"OF", "ON", "IN", "TO", "AN", "AT", "BY", "DE", "LA", "LE", "DU", "DA", "DO",
	"DI", "EN", "ET", "AL", "EL", "AS", "IS", "IT", "NO", "OR", "SO", "UP", "MY",
	"ME", "WE", "HE", "GO", "BE", "OK", "UL", NULL
};

/* How sure the acronym test is. */
enum acr { ACR_NO, ACR_YES, ACR_GUESS };

/* What the word lists know about an upper-case token of 3+ letters. */
struct token_facts {
	int wn_caps;  /* WordNet spells it in capitals ("NATO") */
	int known;    /* an English word or a person's name ("CHINA", "GAS") */
	int paren;    /* shown in parentheses in the dictionary ("(IRA)") */
	int initials; /* spells the initials of a multi-word name */
};

/* Look a token up in WordNet, the name lists and the acronym evidence. */
static struct token_facts token_facts_of(const struct orgctx *o, const char *tok)
{
	struct token_facts t = { 0, 0, 0, 0 };
	char *lower = token_lower(tok), *title = xstrdup(tok);
	title_word(title);
	const char *surface = NULL;
	long paren = 0;
	t.wn_caps = map_get(&o->w->proper, lower, NULL, &surface) && strcmp(surface, tok) == 0;
	t.known = map_has(&o->w->lemma, lower) || in_list(lower, function_words) ||
		  map_has(&o->w->given, title) || map_has(&o->w->last, title);
	if (map_get(&o->acronyms, tok, &paren, NULL)) {
		t.paren = paren != 0;
		t.initials = paren == 0;
	}
	free(lower);
	free(title);
	return t;
}

/* Is an upper-case token an acronym? Dotted ("U.N.", "F.N.B.", but not
 * "AMAZON.COM") or with '&' ("AT&T"): yes. Two letters: yes unless a word of
 * the list above ("UN", "EU", "BP"). 3-6 letters: yes if WordNet spells it so
 * or the dictionary shows it in parentheses; no if it is an English word or
 * a name; yes if it has no vowel ("PKK") or spells initials; a guess if it
 * has at most 4 letters ("AMRC", but also "HAFS"); else no. */
static enum acr acronym_kind(const struct orgctx *o, const char *tok)
{
	size_t n = strlen(tok), run = 0, longest = 0;
	for (const char *p = tok; *p; p++) {
		if (!is_upper(*p) && *p != '.' && *p != '&')
			return ACR_NO;
		run = is_upper(*p) ? run + 1 : 0;
		longest = run > longest ? run : longest;
	}
	if (strchr(tok, '.') || strchr(tok, '&'))
		return longest <= 2 || (strchr(tok, '&') && n <= 5) ? ACR_YES : ACR_NO;
	if (n < 2 || n > 6)
		return ACR_NO;
	if (n == 2) /* WordNet's two-letter capitals are states and elements */
		return in_list(tok, two_letter_words) ? ACR_NO : ACR_YES;
	struct token_facts t = token_facts_of(o, tok);
	if (t.wn_caps || t.paren)
		return ACR_YES;
	if (t.known)
		return ACR_NO;
	if (!has_vowel(tok) || t.initials)
		return ACR_YES;
	return n <= 4 ? ACR_GUESS : ACR_NO;
}

/* Is a parenthesised token usable as an acronym form of its name: an
 * acronym that is not also an English word or a name ("(CAR)", "(GREECE)"),
 * unless WordNet writes it in capitals? */
static int paren_acronym(const struct orgctx *o, const char *tok)
{
	if (strchr(tok, '.') || acronym_kind(o, tok) == ACR_NO)
		return 0;
	if (strlen(tok) < 3)
		return 1;
	struct token_facts t = token_facts_of(o, tok);
	return t.wn_caps || !t.known;
}

/* Corporate suffixes, written as news writes them. */
static const char *corp_suffix(const char *tok)
{
	static const char *const from[] = { "INC", "CORP", "CO", "LTD", "LLC", "PLC", NULL };
	static const char *const to[] = { "Inc.", "Corp.", "Co.", "Ltd.", "LLC", "PLC" };
	for (int i = 0; from[i]; i++)
		if (strcmp(tok, from[i]) == 0)
			return to[i];
	return NULL;
}

/* Natural case of one token of a multi-word name, or NULL when the token
 * may or may not be an acronym ("HAFS" in "ABU HAFS AL-MASRI BRIGADE"). */
static char *case_token(const struct orgctx *o, const char *tok, int first, int last)
{
	const char *corp = corp_suffix(tok);
	if (corp && (last || strcmp(tok, "CO") != 0))
		return xstrdup(corp);
	char *t = xstrdup(tok);
	enum acr kind = acronym_kind(o, t);
	if (!first && in_list(t, org_lower)) {
		for (char *p = t; *p; p++)
			*p = (char)to_lower(*p);
	} else if (kind == ACR_GUESS) {
		free(t);
		return NULL;
	} else if (kind == ACR_NO) {
		title_word(t);
	}
	return t;
}

/* Length of the longest run of tokens from tok[i] that WordNet knows as a
 * capitalised name (2+ tokens, or one token of 3+ letters that is no function
 * word); its spelling goes to *surface. 0 if none. */
static int proper_span(const struct words *w, char **tok, int i, int ntok, const char **surface)
{
	for (int j = ntok; j > i; j--) {
		if (j - i == 1 && (strlen(tok[i]) < 3 || in_list(tok[i], org_lower) || corp_suffix(tok[i])))
			continue;
		char *joined = xstrdup(tok[i]);
		for (int k = i + 1; k < j; k++) {
			char *prev = joined;
			joined = xasprintf("%s %s", prev, tok[k]);
			free(prev);
		}
		char *lower = utf8_lower(joined);
		int hit = map_get(&w->proper, lower, NULL, surface);
		free(lower);
		free(joined);
		if (hit)
			return j - i;
	}
	return 0;
}

/* Natural case for a one-token name, or NULL when unsure: acronyms stay
 * upper case; an English word is rejected ("CATERPILLAR"); an unknown
 * 5-6 letter word could be either ("HASBRO") and is rejected too; a
 * longer word is Title-cased if it is a primary name and no person's name. */
static char *case_single(const struct orgctx *o, const char *tok, int primary)
{
	const struct words *w = o->w;
	char *lower = token_lower(tok), *t = xstrdup(tok);
	const char *surface = NULL;
	if (map_get(&w->proper, lower, NULL, &surface) && strlen(tok) >= 3) {
		free(t);
		t = xstrdup(surface);
	} else if (acronym_kind(o, tok) != ACR_NO) {
		; /* upper case; a lone 3-4 letter token is most likely an acronym */
	} else if (is_common(w, lower) || map_has(&w->lemma, lower) || strlen(tok) <= 6 || !primary) {
		free(t);
		t = NULL;
	} else {
		title_word(t);
		if (map_has(&w->given, t) || map_has(&w->last, t)) {
			free(t);
			t = NULL;
		}
	}
	free(lower);
	return t;
}

/* Natural case for a phrase of upper-case tokens, or NULL if it cannot be
 * done reliably. Runs that WordNet knows keep WordNet's spelling
 * ("BANK OF CHINA" -> "Bank of China"); function words are lower case,
 * acronyms upper case, other words Title case; a token that may or may not
 * be an acronym makes the whole phrase dubious. */
static char *natural_case(const struct orgctx *o, char **tok, int ntok, int primary)
{
	if (ntok == 1)
		return case_single(o, tok[0], primary);
	char *out = xstrdup("");
	for (int i = 0; i < ntok; ) {
		const char *surface = NULL;
		int span = proper_span(o->w, tok, i, ntok, &surface);
		char *piece = span ? xstrdup(surface) : case_token(o, tok[i], i == 0, i == ntok - 1);
		if (!piece) {
			free(out);
			return NULL;
		}
		char *prev = out;
		out = xasprintf(i ? "%s %s" : "%s%s", prev, piece);
		free(prev);
		free(piece);
		i += span ? span : 1;
	}
	return out;
}

/* Characters allowed in an actor phrase; anything else marks it dubious. */
static int phrase_chars_ok(const char *s)
{
	for (; *s; s++)
		if (!is_upper(*s) && !(*s >= '0' && *s <= '9') && !strchr(" .'&()-", *s))
			return 0;
	return 1;
}

/* The text of a phrase line: without '+', codes, comments; '_' -> ' '. */
static char *phrase_text(const char *line)
{
	if (*line == '+')
		line++;
	size_t n = strcspn(line, "[#;\t{");
	char *raw = xrealloc(NULL, n + 1);
	memcpy(raw, line, n);
	raw[n] = '\0';
	char *s = squeeze_spaces(raw);
	free(raw);
	return s;
}

/* Remove a "(...)" group from s in place; returns its content (new) or NULL. */
static char *take_parenthetical(char *s)
{
	char *open = strchr(s, '('), *close = open ? strchr(open, ')') : NULL;
	if (!close)
		return NULL;
	char *inner = xrealloc(NULL, (size_t)(close - open));
	memcpy(inner, open + 1, (size_t)(close - open - 1));
	inner[close - open - 1] = '\0';
	memmove(open, close + 1, strlen(close + 1) + 1);
	char *sq = squeeze_spaces(s);
	strcpy(s, sq);
	free(sq);
	return inner;
}

/* First pass over a dictionary: record acronym evidence, i.e. parenthesised
 * tokens and the initials of multi-word phrases. */
static void collect_acronyms(struct orgctx *o, const char *buf)
{
	char *copy = xstrdup(buf), *cur = copy, *line;
	while ((line = next_line(&cur))) {
		if (!*line || *line == '#' || *line == ' ' || *line == '\t')
			continue;
		char *text = phrase_text(line);
		char *inner = take_parenthetical(text);
		if (inner && strlen(inner) >= 2 && strlen(inner) <= 6 && !strchr(inner, ' '))
			map_set(&o->acronyms, inner, 1);
		int n;
		char **tok = tokens_of(text, &n);
		char all[16] = "", content[16] = "";
		for (int i = 0; i < n && i < 15; i++) {
			char c[2] = { tok[i][0], '\0' };
			strcat(all, c);
			if (!in_list(tok[i], org_lower))
				strcat(content, c);
		}
		if (n >= 2 && n < 15) {
			map_add(&o->acronyms, all, 0, NULL);
			map_add(&o->acronyms, content, 0, NULL);
		}
		tokens_free(tok);
		free(inner);
		free(text);
	}
	free(copy);
}

/* Natural-case form of one phrase, or NULL when it is skipped (roles,
 * persons, odd characters, undecidable case). *acronym receives a
 * parenthesised acronym ("(ALF)") if the phrase carries one. */
static char *org_form(const struct orgctx *o, const char *text, int primary, int strict,
		      char **acronym)
{
	*acronym = NULL;
	if (!phrase_chars_ok(text))
		return NULL;
	char *s = xstrdup(text);
	char *inner = take_parenthetical(s);
	if (inner && paren_acronym(o, inner))
		*acronym = xstrdup(inner);
	free(inner);
	int n;
	char **tok = tokens_of(s, &n), **start = tok;
	free(s);
	if (n > 1 && strcmp(tok[0], "THE") == 0) {
		start++;
		n--;
	}
	int skip = n == 0 || strchr(start[0], '(') != NULL;
	for (char **p = start; !skip && *p; p++)
		if (in_list(*p, role_words))
			skip = 1;
	int letters = 0;
	for (char **p = start; *p; p++)
		for (char *c = *p; *c; c++)
			letters |= is_upper(*c);
	char *form = NULL;
	if (!skip && letters && !person_like(o->w, start, strict))
		form = natural_case(o, start, n, primary);
	tokens_free(tok);
	if (!form) {
		free(*acronym);
		*acronym = NULL;
	}
	return form;
}

/* Does a record's text restrict its codes by date ("[IGOUNO 970101-061231]")?
 * Such records are office holders, not organisations. */
static int has_date_restriction(const char *line)
{
	for (const char *b = strchr(line, '['); b; b = strchr(b + 1, '[')) {
		const char *e = strchr(b, ']');
		if (!e)
			break;
		for (const char *p = strchr(b, ' '); p && p < e; p++)
			if (*p >= '0' && *p <= '9')
				return 1;
	}
	return 0;
}

/* Is a one-word name safe to match alone: not an English word (nor its
 * plural, "Staples"), not a person's name, 3+ letters? */
static int safe_single(const struct words *w, const char *word)
{
	char *lower = utf8_lower(word);
	size_t n = strlen(lower);
	int bad = n < 3 || is_common(w, lower) || map_has(&w->lemma, lower) ||
		  map_has(&w->given, word) || map_has(&w->last, word);
	if (!bad && lower[n - 1] == 's') {
		lower[n - 1] = '\0';
		bad = is_common(w, lower) || map_has(&w->lemma, lower);
	}
	free(lower);
	return !bad;
}

/* The name without its corporate suffix ("Zumiez Inc." -> "Zumiez"), or NULL
 * when there is none or the rest is not safe to match on its own. */
static char *without_suffix(const struct words *w, const char *form)
{
	static const char *const suffixes[] = {
		" Inc.", " Corp.", " Co.", " Ltd.", " LLC", " PLC", " Corporation",
		" Incorporated", " Limited", NULL
	};
	size_t n = strlen(form);
	for (const char *const *s = suffixes; *s; s++) {
		size_t k = strlen(*s);
		if (n <= k || strcmp(form + n - k, *s) != 0)
			continue;
		char *base = xstrdup(form);
		base[n - k] = '\0';
		size_t b = strlen(base);
		int dangling = (b > 4 && strcmp(base + b - 4, " and") == 0) ||
			       (b > 2 && strcmp(base + b - 2, " &") == 0);
		if (dangling || (!strchr(base, ' ') && !safe_single(w, base))) {
			free(base);
			return NULL;
		}
		return base;
	}
	return NULL;
}

/* Emit the ORG entries of one actor record (phrases[0] is the primary). */
static void org_record(struct lex *lx, const struct orgctx *o, char **phrases, int n,
		       int strict)
{
	char *acr = NULL;
	char *canon = org_form(o, phrases[0], 1, strict, &acr);
	if (!canon)
		return; /* the primary name decides: persons, roles, dubious */
	for (int i = 0; i < n; i++) {
		char *a = NULL;
		char *form = i ? org_form(o, phrases[i], 0, strict, &a) : xstrdup(canon);
		if (i == 0) {
			a = acr;
			acr = NULL;
		}
		if (form) {
			char *base = without_suffix(o->w, form);
			lex_add(lx, form, C_ORG, canon, "src=phoenix", K_NONE, NULL, i == 0);
			if (base)
				lex_add(lx, base, C_ORG, canon, "src=phoenix", K_NONE, NULL, 0);
			free(base);
		}
		if (a)
			lex_add(lx, a, C_ORG, canon, "src=phoenix", K_NONE, NULL, 0);
		free(form);
		free(a);
	}
	free(canon);
}

/* ORG entries from one Phoenix actor dictionary. A record is a primary
 * phrase line, '+' synonym lines, and tab-indented code lines. */
static void load_phoenix(const char *dir, const char *rel, struct lex *lx,
			 const struct words *w, int strict)
{
	char *path = path_join(dir, rel);
	char *buf = read_file(path);
	struct orgctx o = { w, { 0 } };
	collect_acronyms(&o, buf);
	char *cur = buf, *line;
	char *phrases[256];
	int n = 0, skip = 0;
	for (int done = 0; !done; ) {
		line = next_line(&cur);
		done = line == NULL;
		int starts = done || (*line && *line != '#' && *line != '+' && *line != ' ' && *line != '\t');
		if (starts && n) { /* close the previous record */
			if (!skip)
				org_record(lx, &o, phrases, n, strict);
			while (n)
				free(phrases[--n]);
			skip = 0;
		}
		if (done || !*line || *line == '#')
			continue;
		if (has_date_restriction(line) || strstr(line, "rulers"))
			skip = 1;
		if ((starts || *line == '+') && n < 256)
			phrases[n++] = phrase_text(line);
	}
	map_free(&o.acronyms);
	free(buf);
	free(path);
}

/* ------------------------------------------------------------------ */
/* Conflict resolution                                                 */
/* ------------------------------------------------------------------ */

/* Order entries by form, then insertion order. */
static int cmp_form_seq(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->form, y->form);
	if (c)
		return c;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Is the class one of the mutually exclusive entity classes? */
static int is_entity(enum cls c)
{
	return c == C_GPE || c == C_LOC || c == C_NORP || c == C_ORG;
}

/* Which of two GPE candidates for one form wins: a country; else a place
 * over the admin1 it lies in ("Kharkiv", "Moscow", "New York"); else the
 * larger population (an admin1 counts the people of its places). */
static const struct entry *better_gpe(const struct entry *a, const struct entry *b)
{
	if ((a->kind == K_COUNTRY) != (b->kind == K_COUNTRY))
		return a->kind == K_COUNTRY ? a : b;
	if (a->kind != b->kind && strcmp(a->code, b->code) == 0)
		return a->kind == K_CITY ? a : b;
	if (a->weight != b->weight)
		return a->weight > b->weight ? a : b;
	return a->seq < b->seq ? a : b;
}

/* Rank of an entity candidate when classes compete for a form: countries;
 * demonyms and regions; places of half a million; organisations ("Hamas"
 * over an alternate name of Hamm, "Toyota" the company over the town);
 * then smaller places. */
static int entity_rank(const struct entry *e)
{
	switch (e->cls) {
	case C_GPE:
		return e->kind == K_COUNTRY ? 5 : e->weight >= 500000 ? 3 : 1;
	case C_LOC:
	case C_NORP:
		return 4;
	case C_ORG:
		return 2;
	default:
		return 0;
	}
}

/* Keep one entry per (form, class) and one entity class per form among the
 * entries [lo, hi) that share a form; returns the number of entries dropped. */
static size_t resolve_group(struct entry *v, size_t lo, size_t hi)
{
	const struct entry *best[C_NCLASS] = { 0 };
	const struct entry *entity = NULL;
	for (size_t i = lo; i < hi; i++) {
		const struct entry *e = &v[i], **b = &best[e->cls];
		if (e->dead)
			continue;
		if (!*b)
			*b = e;
		else if (e->cls == C_GPE)
			*b = better_gpe(*b, e);
		else if (e->weight > (*b)->weight)
			*b = e;
	}
	for (int c = 0; c < C_NCLASS; c++)
		if (best[c] && is_entity((enum cls)c) &&
		    (!entity || entity_rank(best[c]) > entity_rank(entity)))
			entity = best[c];
	size_t dropped = 0;
	if (getenv("MKLEX_DEBUG"))
		for (int c = 0; c < C_NCLASS; c++)
			if (best[c] && is_entity((enum cls)c) && best[c] != entity)
				fprintf(stderr, "conflict\t%s\t%s(%s)\tlost:%s(%s)\n", entity->form,
					class_names[entity->cls], entity->canon, class_names[c], best[c]->canon);
	for (size_t i = lo; i < hi; i++) {
		struct entry *e = &v[i];
		int keep = e == best[e->cls] && (!is_entity(e->cls) || e == entity);
		if (!keep && !e->dead) {
			e->dead = 1;
			dropped++;
		}
	}
	return dropped;
}

/* Resolve every form; leaves lx sorted by (form, seq). */
static void resolve(struct lex *lx)
{
	qsort(lx->v, lx->n, sizeof *lx->v, cmp_form_seq);
	size_t dropped = 0;
	for (size_t lo = 0, hi; lo < lx->n; lo = hi) {
		for (hi = lo + 1; hi < lx->n && strcmp(lx->v[hi].form, lx->v[lo].form) == 0; hi++)
			;
		dropped += resolve_group(lx->v, lo, hi);
	}
	fprintf(stderr, "mklex: %zu candidates, %zu dropped as duplicates or conflicts\n",
		lx->n, dropped);
}

/* ------------------------------------------------------------------ */
/* The extra file                                                      */
/* ------------------------------------------------------------------ */

/* Class from its name; -1 for DROP, -2 when unknown. */
static int class_of(const char *name)
{
	for (int c = 0; c < C_NCLASS; c++)
		if (strcmp(name, class_names[c]) == 0)
			return c;
	return strcmp(name, "DROP") == 0 ? -1 : -2;
}

/* Position of the live generated entry (form, cls) in the sorted lex, or -1. */
static long find_entry(const struct lex *lx, size_t ngen, const char *form, int cls)
{
	size_t lo = 0, hi = ngen;
	while (lo < hi) { /* first entry with this form */
		size_t mid = (lo + hi) / 2;
		if (strcmp(lx->v[mid].form, form) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < ngen && strcmp(lx->v[i].form, form) == 0; i++)
		if (!lx->v[i].dead && (cls < 0 || (int)lx->v[i].cls == cls))
			return (long)i;
	return -1;
}

/* Kill the generated entries of form whose class matches: cls >= 0 that
 * class, -1 every class, -3 every entity class. Returns how many died. */
static int kill_generated(struct lex *lx, size_t ngen, const char *form, int cls)
{
	int killed = 0;
	for (int c = 0; c < C_NCLASS; c++) {
		if (!(cls == -1 || c == cls || (cls == -3 && is_entity((enum cls)c))))
			continue;
		long i = find_entry(lx, ngen, form, c);
		if (i >= 0) {
			lx->v[i].dead = 1;
			killed++;
		}
	}
	return killed;
}

struct extra_line {
	char *form, *canon, *info;
	int cls;      /* class, or -1 for DROP */
	int drop_cls; /* for DROP: the class named in column 3, or -1 for "-" */
	long lineno;
};

/* Parse the extra file (comments '#', blank lines) into an array. */
static struct extra_line *parse_extra(const char *path, char *buf, size_t *count)
{
	struct extra_line *x = NULL;
	size_t n = 0, cap = 0;
	char *cur = buf, *line;
	long lineno = 0;
	while ((line = next_line(&cur))) {
		lineno++;
		if (!*line || *line == '#')
			continue;
		char *f[5];
		if (split_tabs(line, f, 5) != 4)
			die("%s:%ld: expected 4 tab-separated fields", path, lineno);
		int cls = class_of(f[1]);
		if (cls == -2 || !*f[0] || !*f[2] || !*f[3])
			die("%s:%ld: bad class or empty field", path, lineno);
		int drop_cls = -1;
		if (cls == -1 && strcmp(f[2], "-") != 0 && (drop_cls = class_of(f[2])) < 0)
			die("%s:%ld: DROP takes '-' or a class in column 3", path, lineno);
		if (n == cap)
			x = xrealloc(x, (cap = cap ? 2 * cap : 256) * sizeof *x);
		x[n++] = (struct extra_line){ squeeze_spaces(f[0]), squeeze_spaces(f[2]),
					      xstrdup(f[3]), cls, drop_cls, lineno };
	}
	*count = n;
	return x;
}

/* Check that the extra file keeps the invariants on its own: one line per
 * (form, class) and one entity class per form. */
static void check_extra(const char *path, const struct extra_line *x, size_t n)
{
	struct map seen = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (x[i].cls < 0)
			continue;
		char *key = xasprintf("%s\t%s", x[i].form,
				      is_entity((enum cls)x[i].cls) ? "entity" : class_names[x[i].cls]);
		if (!map_add(&seen, key, x[i].lineno, NULL))
			die("%s:%ld: a second %s line for \"%s\"", path, x[i].lineno,
			    is_entity((enum cls)x[i].cls) ? "entity" : class_names[x[i].cls],
			    x[i].form);
		free(key);
	}
	map_free(&seen);
}

/* Resolve an info field of "=" (copy the info of the generated entry of the
 * same class whose form is the canonical) or "=FORM" (whose form is FORM). */
static void resolve_info(const char *path, struct extra_line *e, const struct lex *lx, size_t ngen)
{
	if (e->info[0] != '=')
		return;
	const char *src = e->info[1] ? e->info + 1 : e->canon;
	long i = find_entry(lx, ngen, src, e->cls);
	if (i < 0)
		die("%s:%ld: info \"%s\": no generated %s entry \"%s\" to copy", path, e->lineno,
		    e->info, class_names[e->cls], src);
	free(e->info);
	e->info = xstrdup(lx->v[i].info);
}

/* Apply tools/lexicon-extra.tsv: DROP lines remove generated entries; other
 * lines replace the generated entries of the same form (all entity classes
 * for an entity line, the same class for FIRST/LAST) and are added. */
static void apply_extra(const char *path, struct lex *lx)
{
	char *buf = read_file(path);
	size_t n, ngen = lx->n;
	struct extra_line *x = parse_extra(path, buf, &n);
	check_extra(path, x, n);
	for (size_t i = 0; i < n; i++)
		if (x[i].cls >= 0)
			resolve_info(path, &x[i], lx, ngen);
	size_t drops = 0, overrides = 0;
	for (size_t i = 0; i < n; i++) {
		if (x[i].cls == -1) {
			if (!kill_generated(lx, ngen, x[i].form, x[i].drop_cls))
				fprintf(stderr, "mklex: %s:%ld: DROP \"%s\" matched nothing\n", path,
					x[i].lineno, x[i].form);
			drops++;
		} else {
			int scope = is_entity((enum cls)x[i].cls) ? -3 : x[i].cls;
			overrides += kill_generated(lx, ngen, x[i].form, scope) > 0;
		}
	}
	for (size_t i = 0; i < n; i++)
		if (x[i].cls >= 0)
			lex_add(lx, x[i].form, (enum cls)x[i].cls, x[i].canon, x[i].info, K_NONE, NULL, 0);
	fprintf(stderr, "mklex: extra: %zu lines, %zu drops, %zu overrides\n", n, drops, overrides);
	for (size_t i = 0; i < n; i++) {
		free(x[i].form);
		free(x[i].canon);
		free(x[i].info);
	}
	free(x);
	free(buf);
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

/* Output order: form, class name, canonical, info (strcmp). */
static int cmp_output(const void *a, const void *b)
{
	const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
	int c = strcmp(x->form, y->form);
	if (!c)
		c = strcmp(class_names[x->cls], class_names[y->cls]);
	if (!c)
		c = strcmp(x->canon, y->canon);
	if (!c)
		c = strcmp(x->info, y->info);
	return c;
}

/* The live entries in output order, without exact duplicates. */
static struct entry **final_entries(const struct lex *lx, size_t *count)
{
	struct entry **out = xrealloc(NULL, (lx->n + 1) * sizeof *out);
	size_t n = 0;
	for (size_t i = 0; i < lx->n; i++)
		if (!lx->v[i].dead)
			out[n++] = &lx->v[i];
	qsort(out, n, sizeof *out, cmp_output);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (k == 0 || cmp_output(&out[k - 1], &out[i]) != 0)
			out[k++] = out[i];
	*count = k;
	return out;
}

/* Write the header line and the entries to path (via path.tmp and rename). */
static void write_lexicon(const char *path, struct entry **v, size_t n)
{
	size_t len = 0, cap = 1 << 20;
	char *body = xrealloc(NULL, cap);
	for (size_t i = 0; i < n; i++) {
		const struct entry *e = v[i];
		size_t need = strlen(e->form) + strlen(e->canon) + strlen(e->info) + 16;
		while (cap - len < need)
			body = xrealloc(body, cap *= 2);
		len += (size_t)sprintf(body + len, "%s\t%s\t%s\t%s\n", e->form,
				       class_names[e->cls], e->canon, e->info);
	}
	char *tmp = xasprintf("%s.tmp", path);
	FILE *f = fopen(tmp, "wb");
	if (!f)
		die("cannot create %s: %s", tmp, strerror(errno));
	fprintf(f, "#sift-lexicon\t1\t%zu\t%016llx\n", n,
		(unsigned long long)fnv1a(FNV_OFFSET, body, len));
	if (fwrite(body, 1, len, f) != len || fclose(f) != 0)
		die("cannot write %s: %s", tmp, strerror(errno));
	if (rename(tmp, path) != 0)
		die("cannot rename %s to %s: %s", tmp, path, strerror(errno));
	free(tmp);
	free(body);
}

/* Print the per-class counts and the classes of a few test forms. */
static void report(struct entry **v, size_t n)
{
	size_t counts[C_NCLASS] = { 0 };
	for (size_t i = 0; i < n; i++)
		counts[v[i]->cls]++;
	fprintf(stderr, "mklex: %zu entries:", n);
	for (int c = 0; c < C_NCLASS; c++)
		fprintf(stderr, " %s=%zu", class_names[c], counts[c]);
	fputc('\n', stderr);
	static const char *const probe[] = {
		"Kyiv", "Kiev", "Kursk", "Kursk Oblast", "Sudzha", "Sochi", "Khabarovsk",
		"Moscow", "Pyongyang", "Donbas", "Crimea", "Russia", "Ukraine", "North Korea",
		"U.S.", "North Korean", "Ukrainian", "Russian", "South Korean", "Iranian",
		"Western", "The New York Times", "KBS", "Volodymyr", "Vladimir", "Donald",
		"Trump", "Putin", "Zelensky", "Said", "Will", "May", "June", "Monday",
		"President", NULL
	};
	for (const char *const *p = probe; *p; p++) {
		fprintf(stderr, "  %-20s", *p);
		int any = 0;
		for (size_t i = 0; i < n; i++) /* n is modest; clarity over speed */
			if (strcmp(v[i]->form, *p) == 0) {
				fprintf(stderr, " %s(%s)", class_names[v[i]->cls], v[i]->canon);
				any = 1;
			}
		fprintf(stderr, "%s\n", any ? "" : " -");
	}
}

/* WORD entries: single English words that WordNet writes in lower case, so
 * the recognizer can tell "Alert Level" (ordinary words) from "Vitalii
 * Ovcharenko" (names). Added after conflict resolution: they never compete. */
static void add_common_words(struct lex *lx, const struct words *w)
{
	for (size_t i = 0; i < w->common.cap; i++) {
		const char *k = w->common.keys ? w->common.keys[i] : NULL;
		if (!k)
			continue;
		size_t n = strlen(k);
		int ok = n >= 2 && n <= 24;
		for (const char *p = k; *p && ok; p++)
			ok = is_lower(*p) || *p == '-' || *p == '\'';
		if (ok)
			lex_add(lx, k, C_WORD, "-", "-", K_NONE, NULL, 0);
	}
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: mklex DATA_DIR EXTRA_TSV OUT_FILE\n");
		return 1;
	}
	const char *dir = argv[1];
	struct words w = { 0 };
	struct lex lx = { 0 };
	struct geo geo = { 0 };

	load_wordnet(dir, &w);
	load_ssa(dir, &lx, &w);
	load_census_first(dir, &lx, &w);
	load_census_last(dir, &lx, &w);
	load_wordnet_people(dir, &lx);
	load_countries(dir, &lx, &w);
	load_admin1(dir, &geo);
	load_cities(dir, &lx, &geo, &w);
	add_admin1(&lx, &geo, &w);
	load_phoenix(dir, "cameo_petrarch2/Phoenix.International.actors.txt", &lx, &w, 1);
	load_phoenix(dir, "cameo_petrarch2/Phoenix.MilNonState.actors.txt", &lx, &w, 0);

	resolve(&lx);
	apply_extra(argv[2], &lx);
	add_common_words(&lx, &w);

	size_t n;
	struct entry **out = final_entries(&lx, &n);
	write_lexicon(argv[3], out, n);
	report(out, n);
	free(out);
	lex_free(&lx);
	geo_free(&geo);
	words_free(&w);
	return 0;
}
