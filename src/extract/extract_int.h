/*
 * extract_int.h — helpers shared by the extractors (quotes, dates, claims).
 */
#ifndef SIFT_EXTRACT_INT_H
#define SIFT_EXTRACT_INT_H

#include "../doc_int.h"

/* The subject noun phrase of the verb at token `cue`, not reaching before
 * token lo: stores [*np0,*np1) and returns 1, or returns 0 when none. */
int sift_subject_before(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1);
/* The subject that opens the clause at `from` (a named entity, or the words
 * up to the first verb), not reaching hi. */
int sift_clause_subject(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1);
/* Is token i the colon of a time of day ("05:00", "2:45")? */
int sift_time_colon(const doc *d, uint32_t i);
/* "the attackers, believed to be linked to ..., had demanded", "the rate,
 * at around 8.6%, remained": at the comma k after a noun, an aside opened
 * by a participle or a preposition that a finite verb follows; returns
 * the comma that closes it, or 0. */
uint32_t sift_participle_aside(const doc *d, uint32_t k, uint32_t hi);
/* "concessions for students, and free travel for pensioners, would": at
 * the comma k, "and" or "or", a second subject with no verb of its own up
 * to the next comma, then a finite verb; that comma, or 0. */
uint32_t sift_and_aside(const doc *d, uint32_t k, uint32_t hi);
/* "garimpeiros, as small-scale miners are known in Brazil, were": at the
 * comma k, "as" and an aside of what something is called up to the next
 * comma, then a finite verb; that comma, or 0. */
uint32_t sift_as_known_aside(const doc *d, uint32_t k, uint32_t hi);
/* Is there a one-word aside in parentheses at token i ("(KNUT)", "(2.1
 * million)") ending before hi? Returns its length in tokens (3), or 0. */
uint32_t sift_paren_word(const doc *d, uint32_t i, uint32_t hi);
/* The noun phrase starting at `from` (inverted "said Ovcharenko"), before hi. */
int sift_np_after(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1);
/* "Dr Hala Fakih", "Chief executive Dana Whitfield": where a name starts
 * whose title opens at token k, within lim tokens after k; k itself when
 * the name starts there or no title of one does. */
uint32_t sift_name_after_title(const doc *d, uint32_t k, uint32_t lim);
/* Name the speaker phrase [np0,np1): an entity index in *ent (or -1) and a
 * display name in *name (canonical entity name or the phrase, or NULL). */
void sift_name_speaker(doc *d, uint32_t np0, uint32_t np1, int *ent, const char **name);

/* Who said something, how it was found: an entity index (or -1), a display
 * name, the speech verb's token (or -1) and the rule that matched. */
typedef struct sift_attribution {
    int ent;
    const char *name;
    int64_t cue;
    const char *rule;
} sift_attribution;

/* speaker.c: is token k inside the subtree of token root in the parse
 * (k itself included)? */
int sift_in_subtree(const doc *d, uint32_t k, uint32_t root);
/* speaker.c: is token i a lower-case word longer than its suffix plus one
 * that ends in suffix ("saying" in "ing", "seen" in "en")? */
int sift_tok_ends(const doc *d, uint32_t i, const char *suffix);
/* speaker.c: is token k the second part of a hyphenated word ("low-lying",
 * "London-based", "kilowatt-hours")? */
int sift_in_compound(const doc *d, uint32_t k);
/* speaker.c: is token k a lower-case point of the compass ("north" of
 * Tokyo, "southwest")? */
int sift_compass(const doc *d, uint32_t k);
/* speaker.c: the lower-case title among the first three lower-case words
 * from k, before hi ("executive vice president of ..."), or 0. */
uint32_t sift_title_word(const doc *d, uint32_t k, uint32_t hi);
/* speaker.c: is token i a noun for a document or count that speaks for its
 * maker ("report", "survey", "figures", "data")? */
int sift_document_noun(const doc *d, uint32_t i);
/* speaker.c: is the word s[0..n) such a noun? */
int sift_document_word(const char *s, size_t n);
/* speaker.c: does a phrase hold such a noun ("a draft amendment", "a joint
 * statement")? */
int sift_names_document(const char *phrase);
/* quotes.c: "The warning came from", "Those words came from": a
 * determiner at t and a noun, then "came from"; the token after "from",
 * or 0. */
uint32_t sift_came_from(const doc *d, uint32_t t);
/* speaker.c: is token i "spokesman", "spokeswoman", "spokesperson"? */
int sift_spokes_noun(const doc *d, uint32_t i);
/* speaker.c: is token i a noun for a business ("company", "lender",
 * "drugmaker")? */
int sift_business_noun(const doc *d, uint32_t k);
/* speaker.c: "Its lawyers" at [np0,np1) as the people of the organisation
 * "its" means ("Lenders Association's lawyers"), or NULL */
const char *sift_its_people(doc *d, uint32_t np0, uint32_t np1);
/* speaker.c: the organisation the next sentences name as the maker of the
 * document whose noun is token h ("The survey was carried out by X"), or -1 */
int sift_document_made_next(const doc *d, uint32_t h);
/* The organisation named next whose name holds the people a body at h is
 * "of" ("an organisation of small-boat fishers"), or -1. */
int sift_members_named_next(const doc *d, uint32_t h);
/* speaker.c: is the organisation no business by its name ("Ministry",
 * "Authority", "Association" in it)? */
int sift_org_not_business(const entity *en);
/* reported.c: ", said the veterinarian, Laura Quintero.": after the verb
 * at c, "the", a role and its comma, then a person's name that ends the
 * sentence or is followed by ", who" or a description; the role's comma
 * (the name's end in *name_end), or 0. */
uint32_t sift_role_named_after(const doc *d, uint32_t c, uint32_t s1, uint32_t *name_end);
/* "a terminal manager who asked not to be named": an article at k, words
 * ending in a noun for a person, then "who"; the "who", or 0. */
uint32_t sift_unnamed_who(const doc *d, uint32_t k, uint32_t s1);
/* Pronouns that can be a clause's subject: "it", "they", "he", "she", "we". */
extern const char *const sift_subject_pronouns[];
/* speaker.c: conjunctions that open a short aside inside a clause ("the
 * outbreak, if confirmed, would be", "one dealer, when confronted by
 * inspectors, had told") */
extern const char *const sift_aside_conjunctions[];
/* speaker.c: the word-list flags of a phrase's last word, in lower case
 * ("its chairman": those of "chairman"). */
uint32_t sift_last_word_flags(const doc *d, const char *phrase);
/* speaker.c: does a name hold the word s[0..n), in any case, whole? */
int sift_name_has_word(const char *name, const char *s, size_t n);
/* "said the bill's sponsor, independent TD Orla Brannigan,": when the
 * phrase [np0,np1) named no entity, the person a title and a name after
 * its comma name (*ent, *name), up to hi; or after a long title in
 * capitals with commas of its own ("said the Minister of State for Relief,
 * Disaster Preparedness and Refugees, Lilian Aber Okello,"). */
/* "said the Minister of State for Relief, Disaster Preparedness and
 * Refugees, Lilian Aber Okello, who ...": the person named after a title
 * in capitals that opens at np0 (past "the") and holds commas of its own,
 * read from np1 up to hi; or -1. */
int sift_long_title_named(const doc *d, uint32_t np0, uint32_t np1, uint32_t hi);
void sift_named_after(const doc *d, uint32_t np0, uint32_t np1, uint32_t hi, int *ent, const char **name);
/* speaker.c: is token i a speech verb used as a verb ("said", not "the report")? */
int sift_is_cue(const doc *d, uint32_t i);
/* The possessive mark right after the name that starts at token i, before
 * hi ("Al-Bidda's chief executive", "Bangladesh's ... Commissioner"), or 0. */
uint32_t sift_owner_mark(const doc *d, uint32_t i, uint32_t hi);
/* speaker.c: is token i a form of "be" (is, are, was, were, be, been, being)? */
int sift_be_form(const doc *d, uint32_t i);
/* speaker.c: did the tagger give the word at i this Penn tag ("VBN",
 * "VBD")? Never without the models. */
int sift_tagged(const doc *d, uint32_t i, const char *xpos);
/* speaker.c: does the tagger call token i a past participle (VBN)? 0
 * without models. */
int sift_past_participle(const doc *d, uint32_t i);
/* speaker.c: is the word at i, a form that may be a verb or a noun
 * ("forecast", "estimates", "report"), used as a noun here ("its
 * full-year forecast", "beating estimates", "the annual report")? */
int sift_noun_use(const doc *d, uint32_t i);
/* speaker.c: is token k a finite verb, in the word lists or by the tagger
 * (lower case: "would", "rose", "expected")? */
/* Do tokens [b,e) hold only a subject, no verb of their own (past a
 * participle that describes a noun: "Figures released by the ONS on
 * Monday"), and no quotation? */
int sift_subject_only(const doc *d, uint32_t b, uint32_t e);
int sift_finite_verb(const doc *d, uint32_t k);
/* speaker.c: does a finite clause start at token i ("he could", "the toll had")? */
int sift_clause_starts(const doc *d, uint32_t i);
/* speaker.c: words for some of what was counted (", many of them in
 * schools", ", most of them children"), NULL-terminated. */
extern const char *const sift_partitives[];
/* speaker.c: is [k,end) the last part of a list of plain nouns, "and"
 * before its last one ("social insurance branches and regional
 * administration", "peace and security")? */
int sift_list_tail(const doc *d, uint32_t k, uint32_t end);

/* quotes.c: the token of the one name a description at h gives its
 * person ("a man who gave his name only as Toomas"), or 0. */
uint32_t sift_name_given(const doc *d, uint32_t h);
/* speaker.c: does the quotation mark at open open a name a person goes
 * by ("nicknamed "El Flaco"", "known to everyone as "Tono"")? */
int sift_goes_by(const doc *d, uint32_t open);
/* quotes.c: where such a name at x ends ("El Mono"). */
uint32_t sift_given_end(const doc *d, uint32_t x);
/* speaker.c: a relative clause between commas before the verb of its
 * clause (", which has governed since 2022, would not"): the index of its
 * closing comma when `comma` opens one, else 0. */
uint32_t sift_relative_aside(const doc *d, uint32_t comma, uint32_t hi);
/* speaker.c: fill a with the speaker of the verb at token c (its subject in
 * [lo,c), or the phrase after it before hi); 1 when found, else 0. */
int sift_speaker_of_cue(doc *d, uint32_t c, uint32_t lo, uint32_t hi, sift_attribution *a);
/* quotes.c: after "a charge (which)" at k, the token that starts the
 * answering clause; 0 if no such noun is at k. */
uint32_t sift_charge_answered(const doc *d, uint32_t k);
/* quotes.c: words and numbers in tokens [c0,c1). */
int sift_word_count(const doc *d, uint32_t c0, uint32_t c1);
/* quotes.c: append a quote of tokens [c0,c1) in sentence tokens [s0,s1),
 * attributed by a (or NULL); 0, or -1 when out of memory. */
int sift_add_quote(doc *d, uint32_t c0, uint32_t c1, const char *kind, const sift_attribution *a,
                   uint32_t s0, uint32_t s1);
/* reported.c: reported speech, after the direct quotes (doc->n_direct). */
int sift_extract_reported(doc *d);

/* The reported-speech spans found by the quote extractor, for claims. */
typedef struct attrib_span {
    uint32_t t0, t1;         /* tokens */
    int quote;               /* index in doc->quotes */
} attrib_span;

#endif
