/*
 * words.c — the closed-class word lists (see words.h). The lists are sift's
 * own; a word may sit in several lists and its flags are OR-ed together.
 */
#include "words.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

typedef struct {
    const char *w;
    uint32_t flags;
    int32_t val;
} entry;

static const char *const stop_words[] = {
    "a", "an", "the", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "me",
    "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "by", "for",
    "from", "in", "into", "of", "on", "onto", "to", "with", "without", "within", "after",
    "before", "during", "since", "until", "while", "when", "where", "why", "how", "what",
    "which", "who", "whom", "whose", "although", "though", "because", "despite", "amid",
    "among", "against", "about", "above", "below", "over", "under", "between", "through",
    "across", "along", "around", "behind", "beyond", "near", "off", "out", "up", "down",
    "there", "here", "now", "still", "also", "even", "just", "only", "not", "no", "yes",
    "all", "any", "some", "many", "much", "more", "most", "few", "less", "least", "each",
    "every", "both", "either", "neither", "other", "another", "such", "same", "one",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "according", "meanwhile", "however", "instead", "therefore", "thus", "indeed", "still",
    "last", "next", "earlier", "later", "today", "tomorrow", "yesterday", "tonight",
    "speaking", "asked", "once", "unlike", "like", "per", "via", "whether", "upon",
    "again", "already", "almost", "nearly", "perhaps", "maybe", "too", "very", "well",
    "mr", "overall", "separately", "elsewhere", "many", "several", "others", "new", "first", "second", "third", "further", "ahead", "following", "fighting",
    "asked", "unless", "whereas", "whatever", "whoever", "wherever", "toward", "towards",
    "beside", "besides", "except", "inside", "outside", "throughout", "underneath",
    /* ('"Everyone knew the lift was tired," Zufferey said': no name) */
    "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "everything", "something",
    "anything", "nothing", NULL};

/* Speech and reporting verbs, every inflection written out. */
static const char *const say_cues[] = {
    "say", "says", "said", "saying", "add", "adds", "added", "tell", "tells", "told",
    "remark", "remarks", "remarked", "reply", "replies", "replied", "respond", "responds",
    "responded", "ask", "asks", "asked", "write", "writes", "wrote", "tweet", "tweets",
    "tweeted", "post", "posted", "declare", "declares", "declared", "exclaim", "exclaimed",
    "shout", "shouted", "recall", "recalls", "recalled", "explain", "explains", "explained",
    "continued", "state", "states", "stated", "note", "notes",
    "noted", "insist", "insists", "insisted", "whisper", "whispered", "joke", "joked",
    "quip", "quipped", "concede", "conceded", "concedes", NULL};
static const char *const report_cues[] = {
    "confirm", "confirms", "confirmed", "disclose", "discloses", "disclosed", "warn",
    "warns", "warned", "argue", "argues", "argued", "arguing", "claim", "claims", "claimed",
    "announce", "announces", "announced", "report", "reports", "reported", "suggest",
    "suggests", "suggested", "assert", "asserts", "asserted", "emphasize", "emphasizes",
    "emphasized", "emphasise", "emphasised", "stress", "stresses", "stressed", "acknowledge",
    "acknowledges", "acknowledged", "admit", "admits", "admitted", "deny", "denies",
    "denied", "reveal", "reveals", "revealed", "allege", "alleges", "alleged", "maintain",
    "maintains", "maintained", "conclude", "concluded", "concludes", "complain", "complained", "pledge",
    "pledged", "vow", "vows", "vowed", "promise", "promised", "threaten", "threatened",
    "caution", "cautioned", "cautions", "observe", "observed", "indicate", "indicates", "indicated",
    "predict", "predicted", "predicts", "estimate", "estimates", "estimated", "believe",
    "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared",
    "describe", "describes", "described", "characterize", "characterizes", "characterized",
    "characterise", "characterised", "call", "calls", "called", "share", "shared",
    "contend", "contends", "contended", "agree", "agreed", "agrees", "urge", "urged",
    "urges", "signal", "signaled", "signalled", "hint", "hinted", "point", "pointed",
    "testify", "testified", "concur", "boast", "boasted", "counter", "countered",
    "acknowledging", "telling", "adding", "warning", "noting", "claiming", "insisting", "writing", "cautioning",
    "announcing", "stressing", "suggesting", "estimating", "reiterate", "reiterated", "reiterates",
    "speculate", "speculated", "lament", "lamented", "demand", "demanded", "demands",
    "plead", "pleaded", "pled", "know", "knew", "learn", "learned", "show", "showed",
    "shows", "find", "found", "finds", "accuse", "accused", "accuses", "informed",
    "inform", "assure", "assured", "assures", "project", "projects", "projected", "forecast",
    "forecasts", "forecasted", "judged", "reckoned", "reckons", "recounted", "understands",
    "ruled", "rules", "accepted", "accepts", "alleging", "asserting", "contending", "explaining",
    "predicting", "confirming", "finding", "showing", "revealing", "ruling", "recommend", "recommends",
    "recommended", "propose", "proposes", "proposed", "calculate", "calculates", "calculated",
    "remind", "reminds", "reminded",
    /* ("ICES advised in September that catches should not exceed ...") */
    "advise", "advises", "advised",
    /* ("Defence lawyers, however, worry that some suspects plead guilty") */
    "worry", "worries", "worried", NULL};
/* Verbs whose following clause is reported speech even without "that". */
static const char *const bare_clause_cues[] = {
    "say", "says", "said", "told", "tells", "suggest", "suggested", "suggests", "warned",
    "warns", "claimed", "claims", "believes", "believed", "thinks", "thought", "added",
    "argued", "argues", "insisted", "insists", "estimated", "estimates", "predicted",
    "fears", "feared", "announced", "confirmed", "reported", "noted", "stressed", "saying",
    "adding", "warning", "arguing", "insisting", "claiming", "projected", "understands",
    "acknowledged", "acknowledges", "acknowledging", "admitted", "admits", "admitting", "conceded",
    "concedes", "conceding", "allege", "alleges", "alleged",
    /* (and the plural present: "even as officials insist reconstruction is on track") */
    "insist", "warn", "argue", "believe", "think", "fear", "estimate", "predict", "claim", "suggest",
    "acknowledge", "admit", "concede", "forecast", "forecasts", "forecasted",
    /* ("the association calculates, public funding has fallen") */
    "calculates", "calculated",
    /* ("telling reporters he had proposed a review") */
    "telling",
    /* ("But earlier moves had left some communities poor, she cautioned") */
    "cautioned", "cautions",
    /* ("Carlos Medina ... reckons the contract will lift his income") */
    "reckons", "reckoned", NULL};

static const char *const titles[] = {
    "president", "minister", "secretary", "chancellor", "mayor", "governor", "gov.", "comptroller",
    "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "sergeant", "sgt.",
    "captain", "capt.", "major", "maj.", "admiral", "adm.", "commander", "cmdr.",
    "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "sen.", "senator", "rep.",
    "representative", "congressman", "congresswoman", "judge", "justice", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman",
    "ceo", "premier", "king", "queen", "prince", "princess", "pope", "cardinal",
    "archbishop", "bishop", "rabbi", "imam", "sheikh", "emir", "sultan", "marshal",
    "pvt.", "private", "cpl.", "corporal", "officer", "prosecutor", "attorney",
    "inspector", "superintendent", "chief", "leader", "envoy", "coach", "councillor",
    "councilor", "councilwoman", "councilman", "president-elect", "speaker", "dean",
    "sir", "lord", "lady", "dame", "baroness", "baron", "viscount", "countess", "earl",
    "mullah", "ayatollah", "patriarch",
    "father", "sister", "brother", "detective", "constable", "sheriff", "commissioner",
    "chairperson", "vice-president", "rev.", "reverend", "gens.", "lt", "col", "sgt", "capt", "elect",
    "manager", "administrator", "counsel", "striker", "midfielder", "goalkeeper", "defender", "forward", "owner", "mp",
    "adviser", "advisor", "coordinator", "secretary-general", "undersecretary", "chair",
    "mep", "mec", "cfo", "coo", "cto", "chancellor-elect", "minister-president", "executive", "taoiseach",
    "tánaiste", "tanaiste", "td", "treasurer", "coroner",
    "negotiator", "brig.", "grandmaster", "mr", "mrs", "ms", "dr", "prof", "collector", "tehsildar",
    "magistrate", "mla", "msp", "justices", "hon.", "hon", "eng.", "engr.", "alhaji",
    "barr.", "mallam", "ombudsman", "ombudswoman", "ombudsperson", "convenor", "convener", "founder",
    "co-founder", "cofounder", "advocate", "controller", "brigadier",
    "atty.", "atty", /* ("Atty. Teresa Villaroman": an attorney, in the Philippines) */
    "rapporteur", /* ("A Senate inquiry ... has found ..., its rapporteur said") */
    "statistician", /* ("Deputy Government Statistician Kwabena Asante-Darko") */
    "commandant", /* ("the college's deputy commandant, Peter Wafula") */
    "comrade", "comr.", /* ("Comrade Ezekiel Dalyop", a Nigerian union leader's honorific) */
    NULL};
static const char *const title_mods[] = {
    "prime", "deputy", "vice", "foreign", "defense", "defence", "interior", "finance",
    "fast", "seam", "spin", "opening", "star", /* "India's fast bowler Jasprit Bumrah" */
    "health", "economy", "economic", "justice", "energy", "trade", "education",
    "agriculture", "transport", "culture", "labor", "labour", "home", "first", "acting",
    "former", "crown", "supreme", "chief", "executive", "attorney", "state", "district",
    "senior", "junior", "lt.", "lieutenant", "brig.", "brigadier", "maj.", "major",
    "field", "lance", "staff", "general", "grand", "opposition", "army", "navy", "air",
    "force", "military", "police", "regional", "federal", "national", "deputy-prime",
    "special", "presidential", "press", "senate", "house", "assistant", "associate",
    "managing", "executive", "finance", "information", "digital", "security", "war",
    "environment", "climate", "immigration", "housing", "sports", "tourism", "public",
    "fire", "rear", "vice-admiral", "col.", "gen.", "sgt.", "master", "interim", "commerce",
    "treasury", "industry", "water", "mining", "transportation", "labour", "homeland", "under",
    "financial", "operating", "technology", "technical", "marketing", "investment", "commercial",
    "provincial", "municipal", /* ("deputy provincial governor Ouk Samnang") */ NULL};
static const char *const org_keys[] = {
    "times", "post", "journal", "news", "press", "herald", "tribune", "guardian",
    "business", "radio", "television", "trust", "research", "advisory", "capital", "securities",
    "consulting", "analytics", "economics", "restructuring", "insolvency", "accountants", "solicitors",
    "shimbun", "collective", /* ("the Hokkaido Shimbun", "Munnar Plantation Women's Collective") */
    "telegraph", "gazette", "agency", "community", "brigade", "battalion", "regiment",
    "division", "corps", "army", "navy", "forces", "force", "guard", "command", "ministry",
    "department", "council", "party", "parliament", "assembly", "senate", "congress",
    "commission", "committee", "union", "cooperative", "co-operative", "alliance", "coalition", "federation",
    "confederation", "league", "guild",
    "association", "organization", "organisation", "foundation", "institute",
    "institution", "university", "college", "school", "academy", "hospital", "clinic", "infirmary",
    "kliniken", "klinikum", "krankenhaus", "spital", "sjukhus", "ziekenhuis", /* ("Elbufer Kliniken") */
    "pharmacy", "pharmacies", "apotheke", "apotheken", /* ("Alster-Apotheke Direkt" past its hyphen) */
    "bank", "fund", "group", "company", "co.", "corporation", "corp", "corp.", "inc.", "inc", "limited",
    "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "airlines", "airways", "motors",
    "berhad", "bhd", "tbk", /* ("Klang Valley Water Berhad", "Bank Rakyat Indonesia Tbk") */
    "industries", "holdings", "holding", "partners", "systems", "technologies", "energy",
    "microsystems", "semiconductor", "semiconductors", "electronics", "microelectronics", /* (chipmakers) */
    "studios", "pictures", "productions", "films", /* ("Atlas Horizon Studios", "Kiwi Coast Productions") */
    "energi", "energie", "energia", "energía", /* ("Nordhav Energi", "Voltaris Energie") */
    "water", "utilities", "power", "electricity", /* ("Eden Valley Water", "Thames Water", "Westline Power") */
    "hydro", /* ("Rhone Valley Hydro", "Norsk Hydro") */
    "rescue", "relief", /* ("Meridian Rescue", "Islamic Relief") */
    "foods", "seafoods", "logistics", "smelting", "mining", "cruises", /* ("Blue Meridian Seafoods") */
    "shipyard", "shipyards", "shipbuilding", "dockyard", "zosen", /* ("Baltic Keel Shipyard", "Omishima Zosen") */
    "yachts", "boats", "boatyard", /* ("Darsena Yachts") */
    "mobile", "telecom", "wireless", /* ("Northlink Mobile", not the city of Mobile) */
    "hotels", "resorts", "hospitality", "properties", "shipping", "brewing", /* ("Pacific Crest Hotels") */
    "bakeries", "dairies", "fisheries", "farms", "brewery", "breweries", "towing", /* ("Marlow Bakeries") */
    "winery", "wineries", "vineyards", "cellars", "distillery", "distilleries", /* ("Helan Ridge Winery") */
    "residential", "realty", "lettings", /* ("Northgate Residential": a landlord) */
    "finance", /* ("UK Finance, the banking industry body,") */
    "infrastructure", /* ("Andes Cloud Infrastructure") */
    "consultants", /* ("Overseas Development and Employment Promotion Consultants") */
    "sparebank", "sparbank", "sparkasse", /* ("Nordlys Sparebank": a savings bank) */
    "regulator", /* ("the Alberta Energy Regulator") */
    "line", "lines", /* ("Shinkai Line", "Aegean Blue Lines") */
    "buses", "coaches", "trams", "ferries", "transit", /* ("Westway Buses", "Winnipeg Transit") */
    "inspectorate", "treasury", "coastguard", /* ("HM Inspectorate of Prisons", "HM Treasury") */
    "inquiry", /* ("the Cedar Lake Wildfire Inquiry") */
    "processing", "leisure", "gaming", "entertainment", "casinos", "betting", /* ("Lagune Cocoa Processing") */
    "embassy", "consulate", /* ("The US Embassy in Jakarta said") */
    "forum", "chamber", "chambers", /* ("Pune Commuters' Forum", "Coastal Banana Chamber") */
    "library", "libraries", "museum", "archives", "orchestra", /* ("Tri-County Public Library") */
    "petroleum", "police", "court", "courts", "tribunal", "office", "service", "services",
    "authority", "administration", "board", "bureau", "centre", "center", "network",
    "broadcasting", "television", "tv", "radio", "channel", "club", "society", "church",
    "movement", "front", "brotherhood", "cartel", "militia", "directorate", "secretariat",
    "reserve", "exchange", "program", "programme", "project", "mission", "observatory",
    "watch", "international", "cabinet", "government", "legislature", "duma", "rada",
    "knesset", "bundestag", "unit", "squadron", "fleet", "initiative", "laboratory",
    "laboratories", "lab", "labs", "media", "pharmaceuticals", "mining", "oil", "gas",
    "electric", "railways", "railway", "rail", "airports", "post", "review", "monitor", "daily", "weekly",
    "magazine", "wire", "reuters", "group", "terminals", "records", "system", "sports",
    "logistics", "freight", "haulage", "sa", "s.a.", "spa", "nv", "bv", "electronics", "devices", "semiconductor",
    "semiconductors", "telecom", "communications", "therapeutics", "biosciences", "pharma",
    "chemicals", "entertainment", "software", "securities", "insurance", "foods", "nutrition", "beverages", "brewing", "metals",
    "minerals", "shipping", "carriers", "lines", "motor", "tankers", "maritime", "automation", "robotics", "aerospace",
    "biotech", "ventures", "dynamics", "average", "polling", "survey", "courier", "chronicle",
    "examiner", "inquirer", "bulletin", "materials", "coatings", "paints", "brands", "equities",
    "cables", "wires", "textiles", "steels", "steel", "cements", "finserv", "infra", "athletic", "rovers",
    "wanderers", "albion", "hotspur", "fc", "afc", "mutual", "refining", "assurance", "reinsurance",
    "knitwear", "composite", "mills", "spinning", "tekstil", "tekstili", /* ("Meghna Knit Composite") */
    "footwear", "apparel", "garments", "lithium", "copper", "nickel", "uranium", "cobalt", "graphite", "potash",
    "resources", "renewables", "solar", "lng", "products", "renovables", "renováveis", "rinnovabili",
    "salvage", "towage", "dredging", "catering", "construction", "engineering", /* ("Van Damme Salvage") */
    "components", "parts", "bicycles", "cycles", /* ("Tai-Ching Components") */
    "solutions", "batteries", "chartering", "brokers", /* ("Daesan Energy Solutions") */
    "municipality", /* ("Izmir Metropolitan Municipality") */
    "space", /* ("Thales Alenia Space") */
    "realtors", /* ("Greater Vancouver Realtors") */
    "colleges", "universities", /* ("Colleges Ontario", "Universities UK") */
    NULL};
/* Kinds of organisation, lower case: the word beside a name that says what it
 * is ("broadcaster KBS", "the daily Kommersant"), and "the company" that means
 * the last one named. */
static const char *const org_kinds[] = {
    "company", "firm", "group", "utility", "agency", "bank", "service", "exchange",
    "operator", "carrier", "airline", "miner", "producer", "developer", "manufacturer",
    "automaker", "carmaker", "conglomerate", "startup", "giant", "supplier", "platform",
    "insurer", "lender", "retailer", "discounter", "supermarket", "grocer", "chain",
    "regulator", "watchdog", "broadcaster", "newspaper", "daily", "weekly", "paper", "tabloid",
    "magazine", "outlet", "network", "channel", "station", "site", "website", "portal",
    "brokerage", "consultancy", "publisher", "label", "studio", "charity", "nonprofit", "ngo", "club", "biotech",
    "non-profit", /* (joined over the tokenizer's split: "a non-profit called Reciclar Chile") */
    "alliance", /* ("the farmers' alliance Alyansa ng Magsasaka") */
    "fintech", "insurtech", "edtech", "healthtech", "proptech", "refiner", "consortium",
    "business", "outfitter", "contractor", "provider", /* ("Northline Backcountry, a guiding business") */
    "app", /* ("the delivery app Rapidito") */
    "organisation", "organization", /* ("the consumer organisation Konsumcheck") */
    "bookmaker", "shipbuilder", "brewer", "distiller", "exporter", "importer", "processor",
    "glassworks", "steelworks", "ironworks", "brickworks", "sawmill", "mill", "smelter", "foundry", "refinery",
    "fund", "homebuilder", "housebuilder", "reit", /* ("Nordvik Fastighetsfond, a Swedish property fund,") */
    "subsidiary", /* ("Atlantic Palm Liberia, a subsidiary of a Singapore-registered group,") */
    "distributor", "wholesaler", "guild", /* ("The city's privately run distributor, the Sindh Power ...") */
    "force", /* ("Carabineros de Chile, the national police force,"; "the force said") */
    "initiative", /* ("the citizens' initiative Lebenswertes Kleinwalde") */
    "pharmacy", /* ("the online pharmacy Alster-Apotheke Direkt") */
    NULL};
static const char *const org_pre[] = {
    "ministry", "department", "university", "bank", "institute", "office", "council",
    "court", "church", "house", "order", "society", "federation", "league", "union",
    "museum", "academy", "college", "school", "bureau", "commission", "committee",
    "federal", "board", "state", "organization", "organisation", "association",
    "embassy", "chamber", "chambers", "army", "party", "centre", "center", "centres", "centers", "agency",
    "fund", "institution",
    "foundation", "port", "authority", "secretariat", "directorate", "service", "corps", "roundtable", "forum",
    "undersecretariat", /* ("The Undersecretariat of Telecommunications, known as Subtel,") */
    "comptroller", "superintendency", "superintendence", "municipality", /* ("Municipality of Thessaloniki") */
    "city", /* ("the City of Cape Town": its government) */
    "inspectorate", /* ("Inspectorate of Prisons for Scotland") */
    /* (in the languages whose names news copy keeps: "Institut Polaire",
     * "Instituto Nacional de Estadística", "Banco de Portugal") */
    "institut", "instituto", "istituto", "instituut", "universidad", "universidade", "universite", "université",
    "universita", "università", "banco", "banque", "ministerio", "ministère", "ministero", "agence", "agencia",
    "fondation", "fundacion", "fundación", "comision", "comisión", "consejo", "conseil",
    "sindicato", "sindacato", "syndicat", "commissione", "comissao", "comissão", "agenzia",
    "guardia", /* ("Guardia di Finanza", "Guardia Civil") */
    "metro",   /* ("Metro de Medellín", "Metro de Santiago": the operator) */ NULL};
static const char *const aux[] = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't",
    "wouldn't", "can't", "cannot", "couldn't", "didn't", "doesn't", "don't", "needs", "need",
    "remain", "remains", "remained", "appear", "appears", "appeared", "seem", "seems",
    "seemed", "plan", "plans", "planned", "intend", "intends", "intended", "continue",
    "continues", "continued", "want", "wants", "wanted", "lacks", "lacked", NULL};
static const char *const verbs[] = {
    "killed", "died", "fled", "left", "arrived", "attacked", "launched", "struck",
    "fired", "won", "lost", "rose", "fell", "reached", "hit", "stood", "totaled",
    "totalled", "climbed", "dropped", "increased", "decreased", "surged", "jumped",
    "injured", "wounded", "displaced", "arrested", "detained", "evacuated", "missing",
    "gained", "earned", "spent", "paid", "owed", "received", "raised", "cut", "sold",
    "bought", "made", "took", "gave", "held", "met", "signed", "voted", "went", "came",
    "began", "started", "ended", "stopped", "moved", "returned", "joined", "lived",
    "worked", "served", "remain", "provided", "deployed", "integrated", "stationed",
    "engaged", "intensified", "happened", "occurred", "include", "includes", "included",
    "says", "said", "told", "put", "puts", "lay", "lies", "bore", NULL};
static const char *const dets[] = {
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "some", "any", "no", "each", "every", "all", "both", "another",
    NULL};
static const char *const preps[] = {
    "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "within",
    "into", "onto", "after", "before", "during", "since", "until", "against", "among",
    "amid", "between", "through", "across", "along", "around", "near", "over", "under",
    "about", "despite", "toward", "towards", "via", "per", "upon", "outside", "inside",
    "beyond", "behind", "throughout", "alongside", "beside", "besides", NULL};
static const char *const groups[] = {
    "officials", "official", "critics", "analysts", "analyst", "experts", "expert", "mediators", "elders",
    "negotiators", "scholars", "academics",
    "residents", "resident", "witnesses", "witness", "sources", "source", "authorities",
    "police", "investigators", "prosecutors", "diplomats", "diplomat", "observers",
    "lawmakers", "legislators", "activists", "protesters", "protestors", "organizers",
    "organisers", "doctors", "medics", "rescuers", "scientists", "researchers",
    "economists", "supporters", "opponents", "leaders", "spokesman", "spokeswoman",
    "spokesperson", "ministry", "government", "military", "army", "administration",
    "company", "firm", "agency", "statement", "report", "study", "survey", "officers",
    "commanders", "commander", "soldiers", "soldier", "troops", "villagers", "farmers",
    "workers", "employees", "executives", "investors", "traders", "voters", "students",
    "teachers", "parents", "families", "victims", "survivors", "locals", "neighbours",
    "neighbors", "aides", "advisers", "advisors", "insiders", "members", "representatives",
    "staff", "volunteers", "bank", "court", "judge", "council", "committee", "union", "media",
    "board", "regulator", "regulators", "intelligence", "campaign", "embassy", "kremlin",
    "pentagon", "governments", "reporters", "journalists", "broadcaster", "lawyers",
    "lawyer", "ministers", "scientists",
    "growers", "ranchers", "fishermen", "vendors", "shopkeepers", "nurses", /* ("Growers in Casa Grande said") */
    NULL};
static const char *const adjuncts[] = {
    "citing", "according", "marking", "which", "who", "while", "whereas", "although",
    "though", "as", "in", "after", "before", "during", "despite", "amid", "adding",
    "saying", "highlighting", "raising", "prompting", "leaving", "making", "bringing",
    "sparking", "underscoring", "signaling", "signalling", "suggesting", "noting",
    "warning", "arguing", "describing", "calling", "urging", "following", "since", "cautioning",
    "without", "where", "when", "because", "but", "and", "with", NULL};
static const char *const connects[] = {
    "of", "de", "du", "des", "la", "le", "los", "las", "van", "von", "der", "den", "al", "el", "bin",
    "ibn", "da", "dos", "das", "di", "del", "y", "for", "and", "on", "&", "abu", "dell", "do",
    "ng", /* (Tagalog: "Alyansa ng Magsasaka") */
    "en", /* (Spanish, Catalan: "Plataforma en Defensa de l'Ebre") */
    "della", "delle", "dei", "degli", /* (Italian: "Agenzia delle Entrate") */
    "per", "pour", "para", /* ("Agenzia Nazionale per la Sicurezza del Volo", "Ministerio para la Transición") */
    "pela", "pelo", "pelas", "pelos", /* (Portuguese: "Movimento Camponês pela Terra Limpa") */
    NULL};
static const char *const nonames[] = {
    "i", "god", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
    "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "feb", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs",
    "ms", "dr", "prof", "kc", "qc", "a.m.",
    "p.m.", "internet", "covid", "covid-19", "christmas", "easter", "ramadan", "tv", "pm", "am",
    "gdp", "ebitda", "ebit", "eps", "cpi", "ipo", "ok", "ai", "ii", "iii", "iv", "i'm",
    "vat", "gst", /* (taxes: "fictitious invoices to claim VAT credits") */
    "gdpr", "hipaa", "ccpa", "lgpd", /* (data-protection laws: "The GDPR allows fines") */
    "mmr", "bcg", "hpv", "dtp", "dtap", "opv", "ipv", /* (vaccines: "the second MMR dose") */
    /* weapons named in war reports: "Shahed-type drones", "an Iskander-M missile" */
    "shahed", "iskander", "kinzhal", "kalibr", "geran", "himars", "atacms", "i've", "i'd", "i'll", "i\u2019m", "i\u2019ve",
    "i\u2019d", "i\u2019ll",
    /* time zones after a clock time: "11:06 PM IST", "10:02 AM GMT+1" */
    "gmt", "utc", "bst", "ist", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "eet",
    "eest", "jst", "kst", "aest", "aedt", "hkt", "sgt", "msk",
    NULL};
/* Technical terms written in capitals, no names in capitals ("conventional
 * DRAM used in phones"); in title case they may be ("Anil Nand"). */
static const char *const acronym_terms[] = {
    "dram", "nand", "hbm", "gpu", "gpus", "cpu", "cpus", "lng", "lpg", "suv", "suvs", "ev", "evs",
    "mri", "dna", "rna", "hiv", "pmi",
    /* and in health and environment copy: "traced the NDMA to a solvent", "PFAS levels" */
    "ndma", "ndea", "pfas", "pfoa", "pfos", "pm2.5", "co2", "ppm", "tb", "gp", "gps", "icu", "icus",
    /* and in technology copy: "their QR codes", "a PCR test", "USB sticks", "SIM cards" */
    "qr", "pcr", "usb", "sim", "sims", "atm", "atms", "nfc", "rfid", "pdf", "pdfs", NULL};
static const char *const person_nouns[] = {
    "soldier", "spokesman", "spokeswoman", "spokesperson", "analyst", "official",
    "resident", "witness", "expert", "doctor", "nurse", "farmer", "teacher", "student",
    "lawyer", "attorney", "judge", "economist", "researcher", "scientist", "professor",
    "officer", "commander", "activist", "mother", "father", "son", "daughter", "worker", "employee",
    "owner", "agent", "rector", "veteran", "diplomat", "journalist", "reporter", "engineer", "volunteer",
    "minister", "president", "leader", "member", "head", "chief", "director", "founder",
    "executive", "manager", "mayor", "governor", "senator", "lawmaker", "candidate",
    "voter", "survivor", "victim", "pilot", "driver", "medic", "surgeon", "paramedic",
    "miner", "fisherman", "shopkeeper", "schoolteacher", "pensioner", "retiree", "picker", "labourer", "laborer",
    "greengrocer", "butcher", "baker", "hawker", "tailor", "barber", "carpenter", "bricklayer", "seamstress",
    "stallholder", "smallholder", "dispatcher", "technician", "electrician", "cashier", "waiter",
    "waitress", "clerk", "vendor", "porter", "plumber", "welder", "janitor", "trader", "banker", "investor",
    "strategist", "broker", "dealer", "haulier", "trucker", "grower", "principal", "headteacher", "headmaster",
    "harbourmaster", "harbormaster", "stationmaster", "postmaster", "postmistress", "registrar", "adjuster",
    "assessor", "investigator", "bureaucrat", "staffer", /* ("The staffer said", after "A legislative staff member") */
    "underwriter", "actuary", /* ("according to a London-based marine underwriter who ...") */
    "headmistress", "organiser", "caretaker", "grocer", "builder", "roofer", "hairdresser", "midwife",
    "florist", "fishmonger", "beekeeper", "winemaker", "landlord", "tenant", "commuter", "motorist", "shopper",
    "shepherd", "herder", "rancher", "carer", "caregiver", "bartender", "partner", "neighbour", "neighbor",
    "colonel", "general", "sergeant", "captain", "lieutenant", "chairman", "chairwoman",
    "ambassador", "envoy", "adviser", "advisor", "aide", "spokesman", "negotiator",
    "prosecutor", "defendant", "plaintiff", "protester", "organizer", "coach", "player",
    "athlete", "priest", "imam", "rabbi", "bishop", "historian", "author", "writer",
    "citizen", "mechanic", "firefighter", "rescuer", "father-of-two", "grandmother",
    "grandfather", "woman", "man", "resident", "politician", "policymaker", "filmmaker",
    "peacemaker", "playmaker", "kingmaker", "troublemaker", "homemaker", "dealmaker",
    "matchmaker", "moviemaker", "supporter", "loyalist", "critic", "backer",
    /* sport: "India's fast bowler Jasprit Bumrah", then "the fast bowler said" */
    "batter", "batsman", "batswoman", "bowler", "spinner", "seamer", "wicketkeeper", "opener",
    "skipper", "winger", "flanker", "quarterback",
    "pitcher", "jockey", "sprinter", "swimmer", "cyclist", "boxer", "golfer", "referee",
    "runner", "marathoner", "medallist", "medalist", "olympian",
    /* (joined over the tokenizer's split of "fly-half": sift_hyphened_flags;
     * "midfielder", "striker" ... are titles) */
    "umpire", "teammate", "fly-half", "scrum-half", "lock", "prop", "full-back", "fullback",
    "centre-back", "champion", "halfback", "five-eighth", "veteran",
    /* the arts: "the saxophonist once said" */
    "musician", "saxophonist", "pianist", "trumpeter", "guitarist", "drummer", "bassist",
    "singer", "composer", "conductor", "actor", "actress", "artist", "poet", "novelist",
    "painter", "sculptor", "photographer", "designer", "chef", "dancer", "comedian",
    /* people met in the street: "a businesswoman waiting at the airport said" */
    "passenger", "traveller", "traveler", "businesswoman", "businessman", "specialist", "patient", "customer",
    "parent", "applicant", "jobseeker", "claimant", "borrower", "depositor", "policyholder", "subscriber",
    /* and who is hired or campaigns: "The consultant, Name," after "An engineer who inspected" */
    "consultant", "campaigner", "recruiter", /* ("A recruiter in Accra who works with care homes") */
    /* professions: "A pharmacist in north Dublin who has run her own shop" */
    "pharmacist", "dentist", "physician", "psychologist", "paediatrician", "pediatrician", "veterinarian",
    "accountant", "architect", "surveyor", "auditor", "librarian", "lecturer", "curator", "archivist",
    "geologist", "biologist", "epidemiologist", "virologist", "meteorologist", "planner",
    "alderman", "alderwoman", "vet", "forecaster", "hydrologist", "seismologist", "volcanologist",
    "glaciologist", "climatologist", "ecologist", "toxicologist", "pathologist", "archaeologist", "sociologist",
    "criminologist", "anthropologist", "zoologist", "botanist", "physicist", "astronomer", "instructor", "ranger",
    /* (and who keeps a forest or a reserve: "The district's chief conservator of forests told") */
    "conservator", "warden", "gamekeeper", "conservationist", "scout",
    /* and who works or lives where the story is: "A retired orchardist ... said", "A tomato seller" */
    "orchardist", "seller", "educator", "horticulturist", "agronomist", "nutritionist", "dietitian", "therapist",
    "counsellor", "counselor", "cook", "cleaner", "mason", "vintner", "brewer", "jeweller", "jeweler", "goldsmith",
    "salesman", "saleswoman", "salesperson", "storekeeper", "innkeeper", "hotelier", "restaurateur", "landowner",
    "homeowner", "householder", "villager", "farmworker", "pupil", "graduate", "teenager", "widow", "widower",
    /* (and who pays for a service: "objections from ratepayers who say") */
    "ratepayer", "taxpayer", "billpayer", "bondholder",
    /* and who works on the water: "A rescue diver who took part ... He described" */
    "diver", "lifeguard", "sailor", "seafarer", "crewman", "deckhand", "boatman",
    /* crafts: "Rambu Ana, a weaver from East Sumba who follows the Marapu faith," */
    "weaver", "potter", "artisan", "craftsman", "craftswoman", "blacksmith",
    /* faith: "a parishioner who asked not to be named", "the pastor said" */
    "elder", "devotee", "worshipper", "worshiper", "parishioner", "congregant", "churchgoer", "pilgrim",
    "believer", "pastor", "vicar", "chaplain", "deacon", "preacher", "missionary", "cleric", "nun", "monk",
    "seminarian", "catechist", NULL};
static const char *const company_suffixes[] = {
    "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "corporation", "company", "co.",
    "limited", "group", "holdings", "holding", "systems", "technologies", "motors", "motor", "airlines", "airways",
    "air", /* ("Laurentia Air", then "Laurentia") */
    "microsystems", "semiconductor", "semiconductors", "electronics", "microelectronics",
    "industries", "partners", "ag", "gmbh", "sa", "nv", "pharmaceuticals", "labs", "therapeutics",
    "biosciences", "asa", "oyj", "spa", "bv", "pty", "bhd", "berhad", "tbk", "kgaa",
    "steel", "cement", "contracting", /* ("Daeseong Steel", "Al Khor Gulf Contracting") */
    "supermarkets", "stores", "foods", "seafoods", "logistics", /* ("Blue Meridian Seafoods") */
    "smelting", "mining", "cruises", /* ("Mufulo Copper Smelting", "Polar Crown Cruises") */
    "shipyard", "shipyards", "shipbuilding", "dockyard", "zosen", /* ("Baltic Keel Shipyard") */
    "yachts", "boats", "boatyard", /* ("Darsena Yachts", then "Darsena") */
    "knitwear", "composite", "mills", "tekstil", "tekstili", "apparel", "garments", /* ("Nilufer Tekstil") */
    "mobile", "telecom", "wireless", /* ("Northlink Mobile", not the city of Mobile) */
    "hotels", "resorts", "hospitality", "properties", "shipping", "brewing", /* ("Pacific Crest Hotels") */
    "line", "lines", /* ("Shinkai Line", "Aegean Blue Lines") */
    NULL};
static const char *const currencies[] = {
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee",
    "rupees", "rubles", "roubles", "ruble", "rouble", "hryvnias", "hryvnia", "naira",
    "pesos", "peso", "francs", "franc", "shillings", "rand", "won", NULL};
static const char *const unit_words[] = {
    "percent", "per", "km", "kilometers", "kilometres", "miles", "mile", "meters",
    "metres", "tonnes", "tons", "barrels", "hectares", "acres", "kg", "kilograms", "mw",
    "gw", "kw", "mwh", "gwh", "kwh", "mm", "cm", "ghz", "mph", "gdp", "degrees", "m", "ha",
    "bpd", "mw", "kph", "knots", "kilogram", "kilometre", "kilometer", "metre", "meter",
    "tonne", "ton", "hectare", "acre", "litre", "liter", "litres", "liters", "foot", "feet",
    "inch", "inches", "gallon", "gallons", "barrel", "megawatt", "megawatts", "gigawatt",
    "gigawatts", "km2", "millimetre", "millimetres", "millimeter", "millimeters", "centimetre", "centimetres",
    "centimeter", "centimeters", NULL};

static const entry valued[] = {
    {"january", W_MONTH, 1}, {"february", W_MONTH, 2}, {"march", W_MONTH, 3},
    {"april", W_MONTH, 4}, {"may", W_MONTH, 5}, {"june", W_MONTH, 6},
    {"july", W_MONTH, 7}, {"august", W_MONTH, 8}, {"september", W_MONTH, 9},
    {"october", W_MONTH, 10}, {"november", W_MONTH, 11}, {"december", W_MONTH, 12},
    {"jan.", W_MONTH, 1}, {"feb.", W_MONTH, 2}, {"mar.", W_MONTH, 3}, {"apr.", W_MONTH, 4},
    {"jun.", W_MONTH, 6}, {"jul.", W_MONTH, 7}, {"aug.", W_MONTH, 8}, {"sept.", W_MONTH, 9},
    {"sep.", W_MONTH, 9}, {"oct.", W_MONTH, 10}, {"nov.", W_MONTH, 11},
    {"dec.", W_MONTH, 12}, {"jan", W_MONTH, 1}, {"feb", W_MONTH, 2}, {"aug", W_MONTH, 8},
    {"sept", W_MONTH, 9}, {"oct", W_MONTH, 10}, {"nov", W_MONTH, 11}, {"dec", W_MONTH, 12},
    {"monday", W_WEEKDAY, 1}, {"tuesday", W_WEEKDAY, 2}, {"wednesday", W_WEEKDAY, 3},
    {"thursday", W_WEEKDAY, 4}, {"friday", W_WEEKDAY, 5}, {"saturday", W_WEEKDAY, 6},
    {"sunday", W_WEEKDAY, 7},
    {"two", W_NUMWORD, 2}, {"three", W_NUMWORD, 3},
    {"four", W_NUMWORD, 4}, {"five", W_NUMWORD, 5}, {"six", W_NUMWORD, 6},
    {"seven", W_NUMWORD, 7}, {"eight", W_NUMWORD, 8}, {"nine", W_NUMWORD, 9},
    {"ten", W_NUMWORD, 10}, {"eleven", W_NUMWORD, 11}, {"twelve", W_NUMWORD, 12},
    {"thirteen", W_NUMWORD, 13}, {"fourteen", W_NUMWORD, 14}, {"fifteen", W_NUMWORD, 15},
    {"sixteen", W_NUMWORD, 16}, {"seventeen", W_NUMWORD, 17}, {"eighteen", W_NUMWORD, 18},
    {"nineteen", W_NUMWORD, 19}, {"twenty", W_NUMWORD, 20}, {"thirty", W_NUMWORD, 30},
    {"forty", W_NUMWORD, 40}, {"fifty", W_NUMWORD, 50}, {"sixty", W_NUMWORD, 60},
    {"seventy", W_NUMWORD, 70}, {"eighty", W_NUMWORD, 80}, {"ninety", W_NUMWORD, 90},
    {"hundred", W_NUMWORD, 100}, {"thousand", W_NUMWORD, 1000},
    {"million", W_NUMWORD, 1000000}, {"billion", W_NUMWORD, 1000000000},
    {"trillion", W_NUMWORD, 0}, {"dozen", W_NUMWORD, 12}, {"one", W_NUMWORD, 1},
    {"lakh", W_NUMWORD, 100000}, {"lakhs", W_NUMWORD, 100000}, {"crore", W_NUMWORD, 10000000},
    {"crores", W_NUMWORD, 10000000},
    {"dozens", W_VAGUE, 12}, {"hundreds", W_VAGUE, 100}, {"thousands", W_VAGUE, 1000},
    {"tens", W_VAGUE, 0}, {"millions", W_VAGUE, 1000000}, {"billions", W_VAGUE, 1000000000},
    {"scores", W_VAGUE, 20}, {"several", W_VAGUE, 0}, {"numerous", W_VAGUE, 0},
    {"he", W_PRONOUN, 'M'}, {"she", W_PRONOUN, 'F'}, {"they", W_PRONOUN, 'P'},
    {"i", W_PRONOUN, 'I'}, {"we", W_PRONOUN, 'P'}, {"it", W_PRONOUN, 'N'},
    {"about", W_QUAL, 1}, {"around", W_QUAL, 1}, {"approximately", W_QUAL, 1},
    {"roughly", W_QUAL, 1}, {"some", W_QUAL, 1}, {"nearly", W_QUAL, 2},
    {"almost", W_QUAL, 2}, {"over", W_QUAL, 3}, {"exceeding", W_QUAL, 3},
    {"fewer", W_QUAL, 4}, {"less", W_QUAL, 4}, {"more", W_QUAL, 3}, {"least", W_QUAL, 5},
    {"upwards", W_QUAL, 3}, {"estimated", W_QUAL, 1}, {"only", W_QUAL, 6},
    {"just", W_QUAL, 6}, {"under", W_QUAL, 4}, {"below", W_QUAL, 4}, {"above", W_QUAL, 3},
    {"day", W_TIMEUNIT, 1}, {"days", W_TIMEUNIT, 1}, {"week", W_TIMEUNIT, 7},
    {"weeks", W_TIMEUNIT, 7}, {"month", W_TIMEUNIT, 30}, {"months", W_TIMEUNIT, 30},
    {"year", W_TIMEUNIT, 365}, {"years", W_TIMEUNIT, 365}, {"weekend", W_TIMEUNIT, 2},
    {"summer", W_SEASON, 'S'}, {"winter", W_SEASON, 'W'}, {"spring", W_SEASON, 'P'},
    {"autumn", W_SEASON, 'F'}, {"fall", W_SEASON, 'F'},
    {"morning", W_DAYPART, 'M'}, {"afternoon", W_DAYPART, 'A'}, {"evening", W_DAYPART, 'E'},
    {"night", W_DAYPART, 'N'},
    {"first", W_ORDINAL, 1}, {"second", W_ORDINAL, 2}, {"third", W_ORDINAL, 3},
    {"fourth", W_ORDINAL, 4}, {"fifth", W_ORDINAL, 5},
    {NULL, 0, 0}};

/* Abbreviations written with a period; the second list may end a sentence. */
static const char *const abbrs[] = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "gens.", "lt.", "col.", "maj.", "capt.",
    "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "brig.", "gov.", "sen.", "rep.", "rev.", "st.",
    "mt.", "ft.", "no.", "nos.", "vs.", "v.", "jan.", "feb.", "mar.", "apr.", "jun.",
    "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "ave.", "dept.", "approx.",
    "est.", "fig.", "vol.", "ca.", "e.g.", "i.e.", "gov.", "supt.", "insp.", "det.",
    "messrs.", "sr.", "jr.", "hon.", "eng.", "engr.", "barr.", "atty.",
    "ste.", "mme.", /* ("the Ste. Anne subdivision", "Mme. Leclerc") */
    "comr.", "asst.", /* ("Sr. Comr. Hendra Wijaya", a senior commissioner of police) */
    "sf.", "sv.", /* ("the Sf. Maria children's hospital", "Sv. Nikola": a saint) */
    NULL};
static const char *const abbrs_end[] = {
    "u.s.", "u.k.", "u.n.", "e.u.", "inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "etc.",
    "a.m.", "p.m.", "d.c.", "u.a.e.", "s.a.", "n.v.", "l.a.", "u.s.a.", NULL};

struct sift_words {
    entry *slots;
    size_t mask;
};

static entry *slot_for(const sift_words *w, const char *s, size_t n)
{
    size_t h = sift_fnv1a64(s, n, SIFT_FNV_OFFSET) & w->mask;
    for (;;) {
        entry *e = &w->slots[h];
        if (!e->w || (strncmp(e->w, s, n) == 0 && e->w[n] == '\0'))
            return e;
        h = (h + 1) & w->mask;
    }
}

static void add(sift_words *w, const char *s, uint32_t flags, int32_t val)
{
    entry *e = slot_for(w, s, strlen(s));
    e->w = s;
    e->flags |= flags;
    if (val)
        e->val = val;
}

static void add_list(sift_words *w, const char *const *list, uint32_t flags)
{
    for (; *list; list++)
        add(w, *list, flags, 0);
}

sift_words *sift_words_new(void)
{
    sift_words *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->mask = 8192 - 1;
    w->slots = calloc(w->mask + 1, sizeof *w->slots);
    if (!w->slots) {
        free(w);
        return NULL;
    }
    add_list(w, stop_words, W_STOP);
    add_list(w, say_cues, W_CUE | W_CUE_SAY);
    add_list(w, report_cues, W_CUE);
    add_list(w, bare_clause_cues, W_CUE);
    for (const char *const *p = bare_clause_cues; *p; p++)
        add(w, *p, 0, 1); /* val 1 on a cue: takes a bare clause */
    add_list(w, titles, W_TITLE);
    add_list(w, title_mods, W_TITLE_MOD);
    add_list(w, org_keys, W_ORGKEY);
    add_list(w, org_pre, W_ORGPRE);
    add_list(w, org_kinds, W_ORGKIND);
    add_list(w, company_suffixes, W_COMPANY);
    add_list(w, aux, W_AUX);
    add_list(w, verbs, W_VERB);
    add_list(w, dets, W_DET);
    add_list(w, preps, W_PREP);
    add_list(w, groups, W_GROUP);
    add_list(w, adjuncts, W_ADJUNCT);
    add_list(w, connects, W_CONNECT);
    add_list(w, nonames, W_NONAME);
    add_list(w, person_nouns, W_PERSON_NOUN);
    add_list(w, currencies, W_CURRENCY);
    add_list(w, unit_words, W_UNITWORD);
    add_list(w, abbrs, W_ABBR);
    add_list(w, abbrs_end, W_ABBR | W_ABBR_END);
    for (const entry *e = valued; e->w; e++) {
        entry *s = slot_for(w, e->w, strlen(e->w));
        uint32_t keep = s->w ? s->flags : 0;
        int32_t cue_bare = (keep & W_CUE) ? s->val : 0;
        s->w = e->w;
        s->flags = keep | e->flags;
        s->val = e->val;
        (void)cue_bare;
    }
    for (const char *const *p = acronym_terms; *p; p++)
        add(w, *p, W_NONAME, 'A'); /* val 'A': no name in capitals only */
    return w;
}

void sift_words_free(sift_words *w)
{
    if (!w)
        return;
    free(w->slots);
    free(w);
}

sift_word_info sift_words_get(const sift_words *w, const char *s, size_t n)
{
    sift_word_info info = {0, 0};
    if (n == 0 || n > 40)
        return info;
    const entry *e = slot_for(w, s, n);
    if (e->w) {
        info.flags = e->flags;
        info.val = e->val;
    }
    return info;
}

void sift_words_each(const sift_words *w, void (*fn)(const char *word, sift_word_info info, void *ctx), void *ctx)
{
    for (size_t h = 0; h <= w->mask; h++)
        if (w->slots[h].w)
            fn(w->slots[h].w, (sift_word_info){w->slots[h].flags, w->slots[h].val}, ctx);
}
