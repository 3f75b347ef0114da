/*
 * identity.c — one identity per real-world entity across reports.
 *
 * Places the gazetteer knows are identified by their GeoNames id or their
 * country code, so every spelling the gazetteer lists (Kiev, Kyiv, Kiew)
 * is one place. Other names are folded: case and accents go, and the
 * variants transliteration produces are merged (doubled letters, final
 * -iy/-yy/-ij, th/t, ph/f), so Zelensky, Zelenskyy and Zelenskiy share a
 * key, as do Kathmandu and Katmandu. A country or its capital that speaks
 * ("Moscow said") is the country's government.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "corpus.h"

/* ASCII lower case, punctuation to spaces, single spaces; other bytes kept. */
static void lower_ascii(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    int space = 1;
    for (; *s && o + 1 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (isalnum(c) || c >= 0x80) {
            out[o++] = (char)tolower(c);
            space = 0;
        } else if (c == '\'' || c == 0x60) {
            continue; /* O'Brien = OBrien */
        } else if (!space) {
            out[o++] = ' ';
            space = 1;
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
}

/* Lower case, accents stripped, punctuation to spaces, single spaces. */
void sift_corpus_lower(const char *name, char *out, size_t cap)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)name, 0, &m,
                                      UTF8PROC_NULLTERM | UTF8PROC_STRIPMARK |
                                          UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
    lower_ascii(n >= 0 && m ? (const char *)m : name, out, cap);
    free(m);
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Merge transliteration variants, word by word, in place. */
static void translit_fold(char *s)
{
    char out[256];
    size_t o = 0;
    for (size_t i = 0; s[i] && o + 1 < sizeof out; i++) {
        char c = s[i], nx = s[i + 1];
        if ((c == 't' || c == 'p') && nx == 'h') { /* th -> t, ph -> f */
            out[o++] = c == 't' ? 't' : 'f';
            i++;
            continue;
        }
        int word_end_2 = !s[i + 2] || s[i + 2] == ' ';
        if ((c == 'i' || c == 'y') && (nx == 'y' || nx == 'j' || nx == 'i') && word_end_2 &&
            o > 0 && !is_vowel(out[o - 1])) { /* final -iy -yy -ij -ii -> y */
            out[o++] = 'y';
            i++;
            continue;
        }
        if (c == 'i' && (!nx || nx == ' ') && o > 1 && !is_vowel(out[o - 1])) {
            out[o++] = 'y'; /* final -i after a consonant: Adhikari = Adhikary */
            continue;
        }
        if (o > 0 && out[o - 1] == c && c != ' ')
            continue; /* doubled letters */
        out[o++] = c;
    }
    out[o] = '\0';
    memcpy(s, out, o + 1);
}

/* The fold with accents and non-ASCII case kept (legacy != 0): what sift
 * before 2026-11-30 wrote as keys, when its utf8proc options were refused
 * and the fold kept the name's own bytes. */
static void fold_with(const char *name, char *out, size_t cap, int legacy)
{
    char tmp[256];
    if (legacy)
        lower_ascii(name ? name : "", tmp, sizeof tmp);
    else
        sift_corpus_lower(name ? name : "", tmp, sizeof tmp);
    translit_fold(tmp);
    if (cap == 0)
        return;
    size_t n = strlen(tmp);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, tmp, n);
    out[n] = '\0';
}

void sift_corpus_fold(const char *name, char *out, size_t cap)
{
    fold_with(name, out, cap, 0);
}

/* A geo fact "key=value" from "cc=RU;kind=city;..." into out. */
int sift_corpus_geo_get(const char *geo, const char *key, char *out, size_t cap)
{
    size_t k = strlen(key);
    for (const char *p = geo; p && *p;) {
        if (strncmp(p, key, k) == 0 && p[k] == '=') {
            const char *v = p + k + 1;
            size_t n = strcspn(v, ";");
            if (n >= cap)
                n = cap - 1;
            memcpy(out, v, n);
            out[n] = '\0';
            return 1;
        }
        p = strchr(p, ';');
        if (p)
            p++;
    }
    return 0;
}

void sift_corpus_identity(const sift_entity *e, sift_identity *out)
{
    memset(out, 0, sizeof *out);
    snprintf(out->type, sizeof out->type, "%s", e->type ? e->type : "MISC");
    snprintf(out->name, sizeof out->name, "%s", e->name ? e->name : "");
    char v[64], kind[32] = "";
    if (e->geo) {
        sift_corpus_geo_get(e->geo, "kind", kind, sizeof kind);
        sift_corpus_geo_get(e->geo, "cc", out->cc, sizeof out->cc);
        if (sift_corpus_geo_get(e->geo, "lat", v, sizeof v)) {
            out->lat = atof(v);
            if (sift_corpus_geo_get(e->geo, "lon", v, sizeof v)) {
                out->lon = atof(v);
                out->has_coords = 1;
            }
        }
        if (sift_corpus_geo_get(e->geo, "gid", v, sizeof v)) {
            snprintf(out->key, sizeof out->key, "geo:%s", v);
            return;
        }
        if (strcmp(kind, "country") == 0 && out->cc[0]) {
            snprintf(out->key, sizeof out->key, "cc:%s", out->cc);
            return;
        }
    }
    char folded[192];
    sift_corpus_fold(out->name, folded, sizeof folded);
    /* Places without a gazetteer id share one key whatever their type. */
    const char *t = strcmp(out->type, "GPE") == 0 || strcmp(out->type, "LOC") == 0 ? "PLACE"
                                                                                 : out->type;
    snprintf(out->key, sizeof out->key, "%.15s:%.170s", t, folded);
    char old[192];
    fold_with(out->name, old, sizeof old, 1);
    if (strcmp(old, folded) != 0)
        snprintf(out->legacy_key, sizeof out->legacy_key, "%.15s:%.170s", t, old);
    if (strcmp(out->type, "PERSON") == 0) {
        const char *last = strrchr(folded, ' ');
        out->single_name = last == NULL;
        snprintf(out->surname, sizeof out->surname, "%.63s", last ? last + 1 : folded);
    }
}

/* Capitals often named for their governments, with their country codes. */
static const struct {
    const char *city, *cc, *country;
} capitals[] = {
    {"Moscow", "RU", "Russia"}, {"Kyiv", "UA", "Ukraine"}, {"Washington", "US", "the United States"}, {"Beijing", "CN", "China"}, {"London", "GB", "the United Kingdom"},
    {"Paris", "FR", "France"}, {"Berlin", "DE", "Germany"}, {"Tehran", "IR", "Iran"}, {"Pyongyang", "KP", "North Korea"}, {"Seoul", "KR", "South Korea"},
    {"Tokyo", "JP", "Japan"}, {"Ankara", "TR", "Turkey"}, {"Jerusalem", "IL", "Israel"}, {"Damascus", "SY", "Syria"}, {"Kathmandu", "NP", "Nepal"},
    {"New Delhi", "IN", "India"}, {"Islamabad", "PK", "Pakistan"}, {"Kabul", "AF", "Afghanistan"}, {"Baghdad", "IQ", "Iraq"}, {"Riyadh", "SA", "Saudi Arabia"},
    {"Cairo", "EG", "Egypt"}, {"Minsk", "BY", "Belarus"}, {"Warsaw", "PL", "Poland"}, {"Rome", "IT", "Italy"}, {"Madrid", "ES", "Spain"},
    {"Ottawa", "CA", "Canada"}, {"Canberra", "AU", "Australia"}, {"Brasilia", "BR", "Brazil"}, {"Brasília", "BR", "Brazil"},
    {"Mexico City", "MX", "Mexico"}, {"Buenos Aires", "AR", "Argentina"}, {"Caracas", "VE", "Venezuela"}, {"Havana", "CU", "Cuba"},
    {"Taipei", "TW", "Taiwan"}, {"Hanoi", "VN", "Vietnam"}, {"Bangkok", "TH", "Thailand"}, {"Manila", "PH", "the Philippines"}, {"Jakarta", "ID", "Indonesia"},
    {"Nairobi", "KE", "Kenya"}, {"Addis Ababa", "ET", "Ethiopia"}, {"Pretoria", "ZA", "South Africa"}, {"Abuja", "NG", "Nigeria"},
    {"Khartoum", "SD", "Sudan"}, {"Tripoli", "LY", "Libya"}, {"Beirut", "LB", "Lebanon"}, {"Amman", "JO", "Jordan"}, {"Doha", "QA", "Qatar"},
    {"Abu Dhabi", "AE", "the United Arab Emirates"}, {"Tbilisi", "GE", "Georgia"}, {"Yerevan", "AM", "Armenia"}, {"Baku", "AZ", "Azerbaijan"}, {"Chisinau", "MD", "Moldova"},
    {"Budapest", "HU", "Hungary"}, {"Bucharest", "RO", "Romania"}, {"Belgrade", "RS", "Serbia"}, {"Vienna", "AT", "Austria"},
    {"Stockholm", "SE", "Sweden"}, {"Helsinki", "FI", "Finland"}, {"Oslo", "NO", "Norway"}, {"Copenhagen", "DK", "Denmark"},
    {"Brussels", "BE", "Belgium"}, {"The Hague", "NL", "the Netherlands"}, {"Athens", "GR", "Greece"}, {"Lisbon", "PT", "Portugal"}, {"Dublin", "IE", "Ireland"},
    {"Vilnius", "LT", "Lithuania"}, {"Riga", "LV", "Latvia"}, {"Tallinn", "EE", "Estonia"}, {"Prague", "CZ", "the Czech Republic"}, {"Bratislava", "SK", "Slovakia"},
    {"Naypyidaw", "MM", "Myanmar"}, {"Dhaka", "BD", "Bangladesh"}, {"Colombo", "LK", "Sri Lanka"}, {"Katmandu", "NP", "Nepal"},
    {"Kiev", "UA", "Ukraine"}, {NULL, NULL, NULL}};

static int capital_of(const sift_entity *e, const char *cc)
{
    for (int i = 0; capitals[i].city; i++)
        if (e->name && strcmp(e->name, capitals[i].city) == 0 && strcmp(cc, capitals[i].cc) == 0)
            return i;
    return -1;
}

void sift_corpus_speaker_identity(const sift_entity *e, sift_identity *out)
{
    sift_corpus_identity(e, out);
    if (!e->geo || !out->cc[0])
        return;
    char kind[32] = "";
    sift_corpus_geo_get(e->geo, "kind", kind, sizeof kind);
    int is_country = strcmp(kind, "country") == 0;
    int cap = is_country ? -1 : capital_of(e, out->cc);
    if (!is_country && cap < 0)
        return;
    char country[160];
    snprintf(country, sizeof country, "%s", is_country ? e->name : capitals[cap].country);
    snprintf(out->key, sizeof out->key, "gov:%s", out->cc);
    snprintf(out->name, sizeof out->name, "Government of %s", country);
    snprintf(out->type, sizeof out->type, "ORG");
    out->has_coords = 0;
}
