//! The words the event reader looks for: triggers' neighbours, clause openers,
//! negation and hedging, plans, sides, places.

pub(super) const ORDINALS: &[&str] =
    &["first", "second", "third", "fourth", "fifth", "sixth", "next", "new", "another", "latest", "final"];
pub(super) const INTERNAL: &[&str] = &[
    "cabinet", "board", "staff", "shareholder", "shareholders", "party", "plenary", "parliamentary", "committee",
    "caucus", "faculty", "annual", "council", "town", "family", "editorial",
];
pub(super) const CALL_DET: &[&str] = &[
    "a", "the", "phone", "telephone", "video", "his", "her", "their", "this", "that", "'s", "first", "second",
    "latest", "last", "recent", "conference", "long", "brief", "lengthy",
];
pub(super) const SPEECH: &[&str] = &[
    "said", "says", "say", "told", "tells", "stated", "states", "added", "noted", "announced", "confirmed", "reported",
    "reports", "wrote", "writes", "posted", "according", "citing", "quoted", "insisted", "stressed", "explained",
    "argued", "disclosed", "claimed", "warned", "revealed", "acknowledged", "emphasized", "emphasised", "confirms",
    "confirm", "announces", "reveals", "claims", "insists", "stresses", "explains", "discloses", "acknowledges",
];
pub(super) const BOUNDARY: &[&str] = &[
    "while", "whereas", "but", "although", "though", "because", "amid", "since", "when", "until", "before", "preceded",
];
pub(super) const FOLLOWS: &[&str] = &["follows", "followed", "following", "after"];
pub(super) const PRECEDES: &[&str] = &["precede", "precedes", "ahead"];
pub(super) const NEGATION: &[&str] = &[
    "not", "no", "never", "without", "cannot", "could", "would", "might", "may", "should", "if", "unless", "whether",
    "willing", "ready", "open", "possible", "possibility", "impossible", "prospect", "prospects", "idea", "proposal",
    "proposed", "proposes", "propose", "mooted", "floated", "offer", "offered", "offers", "invite", "invited",
    "invites", "invitation", "reject", "rejected", "rejects", "refused", "refuses", "refuse", "declined", "declines",
    "ruled", "rule", "against", "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "seek", "seeks",
    "sought", "urge", "urged", "urges", "demand", "demanded", "demands", "need", "needs", "needed", "denied", "deny",
    "denies", "cancel", "cancelled", "canceled", "postponed", "postpone", "scrapped", "shelved", "yet", "unlikely",
    "try", "tried", "attempt", "advising", "advised", "threatened", "consider", "considering", "mulling", "pushing",
    "push", "calling", "requested", "request", "suggested", "suggest", "neither", "nor", "refusal", "none", "rarely",
    "seldom",
];
/// What one welcomes or receives that is no guest: "welcomed the agreement".
pub(super) const THINGS: &[&str] = &[
    "agreement", "agreements", "deal", "deals", "decision", "decisions", "move", "news", "announcement", "ceasefire",
    "truce", "outcome", "outcomes", "statement", "step", "steps", "progress", "result", "results", "efforts",
    "initiative", "release", "plan", "proposal", "proposals", "letter", "message", "invitation", "report", "award",
    "prize", "backing", "support", "approval", "assurances", "commitment", "pledge", "funding", "aid", "criticism",
    "calls", "call", "vote", "ruling", "verdict", "accord", "accords",
];
/// Words that deny the report a clause of speech opens ("denied reports that").
pub(super) const DENIAL: &[&str] =
    &["denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects", "refuted", "refutes", "false"];
pub(super) const VAGUE_BEFORE: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "numerous", "many",
    "series", "dozens", "dozen", "more", "number", "repeated", "frequent", "regular", "previous", "past", "earlier",
    "countless", "various", "occasional", "periodic", "numbers",
];
pub(super) const VAGUE_AFTER: &[&str] = &[
    "before", "previously", "several", "many", "twice", "repeatedly", "regularly", "frequently", "often", "times",
    "multiple",
];
/// Past participles whose agent ("by X") leads the event: a mediator, host or chair.
pub(super) const MEDIATED: &[&str] =
    &["mediated", "brokered", "facilitated", "hosted", "convened", "chaired", "moderated", "organised", "organized"];
/// What a mediator, host or chair lends a meeting: "under the auspices of X",
/// "under X's facilitation".
pub(super) const BROKERING: &[&str] = &["mediation", "auspices", "facilitation", "chairmanship", "aegis", "moderation"];
pub(super) const PLANNED: &[&str] = &[
    "will", "shall", "expect", "expected", "expects", "scheduled", "plans", "planned", "planning", "upcoming", "due",
    "set", "going", "forthcoming", "agreed", "slated", "intends", "leaves", "heads", "flies", "travels", "departs",
    "goes", "stops", "stay", "stays",
];
/// Verbs that settle on a plan: "agreed to meet", "decided to hold talks".
pub(super) const AGREEING: &[&str] =
    &["agreed", "agree", "agrees", "decided", "pledged", "promised", "vowed", "resolved", "committed"];
/// The words of a title of someone in the speaker's own government: "his
/// vice-president", "her foreign minister", "their chief of staff".
pub(super) const DOMESTIC: &[&str] = &[
    "vice", "-", "president", "foreign", "defence", "defense", "interior", "finance", "prime", "minister", "ministers",
    "chief", "of", "staff", "deputy", "aide", "aides", "adviser", "advisers", "advisor", "security", "national",
    "cabinet", "governor", "spokesman", "spokeswoman", "ambassador", "secretary", "state", "home",
];
pub(super) const GROUP_NOUNS: &[&str] = &[
    "delegation", "delegations", "officials", "official", "negotiators", "negotiator", "team", "teams", "side",
    "sides", "diplomats", "counterparts", "counterpart", "mediators", "envoys", "representatives", "government",
    "governments", "leaders", "authorities", "negotiating", "peacemaking", "administration", "military", "ministers",
    "lawmakers", "mediation", "secretaries", "commanders", "experts", "generals", "chiefs", "parliamentarians",
    "presidents", "premiers", "chancellors", "ambassadors", "delegates", "heads", "ministries",
];
pub(super) const BLOCK_PREP: &[&str] = &[
    "of", "for", "by", "about", "against", "to", "on", "from", "under", "like", "than", "over", "toward", "towards",
    "via",
];
pub(super) const LOCATIVE: &[&str] = &["in", "at", "near", "outside", "inside"];
/// Verbs whose object is an event ("held talks", "opened a round of talks").
pub(super) const HOLDING: &[&str] = &[
    "held", "hold", "holds", "holding", "began", "begin", "begins", "opened", "open", "opens", "resumed", "resume",
    "resumes", "concluded", "ended", "wrapped", "completed", "started", "start", "starts",
];
/// Words that place something within a place ("in west London", "in central Kyiv").
pub(super) const DIRECTIONS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "downtown",
    "suburban",
];
/// Seats of a head of state or government, and the foreign ministry, named without
/// their city ("at the presidential palace", "at Government House"): the venue is
/// in the capital.
pub(super) const SEATS: &[[&str; 2]] = &[
    ["presidential", "palace"],
    ["presidential", "residence"],
    ["presidential", "office"],
    ["presidential", "secretariat"],
    ["presidential", "complex"],
    ["government", "house"],
    ["state", "house"],
    ["state", "palace"],
    ["royal", "palace"],
    ["federal", "chancellery"],
    ["government", "headquarters"],
    ["foreign", "ministry"],
    ["official", "residence"],
];
pub(super) const TRAVEL: &[&str] = &[
    "visit", "visits", "visited", "visiting", "trip", "travel", "travels", "travelled", "traveled", "travelling",
    "traveling", "arrive", "arrives", "arrived", "arriving", "fly", "flies", "flying", "flew", "came", "come", "comes",
    "went", "returned", "return", "returns", "returning", "journey", "tour", "head", "heads", "headed", "landed",
    "lands", "goes", "go",
];
/// Verbs of leaving after which "for" names the destination ("leaves for Washington").
pub(super) const DEPART: &[&str] = &["leave", "leaves", "left", "leaving", "depart", "departs", "departed", "bound"];
pub(super) const NOT_LOCATIVE_HEADS: &[&str] = &[
    "war", "conflict", "peace", "ceasefire", "truce", "fighting", "attacks", "attack", "crisis", "situation",
    "invasion", "troops", "forces", "offensive", "presence", "embassy", "embassies", "security", "stability",
    "operations", "elections", "election", "interests", "investment", "investments", "sanctions", "policy", "role",
    "influence", "aid", "people", "citizens", "ambassador", "rights", "stake", "deal", "settlement", "solution",
    "strikes", "occupation", "control", "territory", "cities", "towns", "lives", "born", "assets", "nationals",
    "based", "stationed", "headquartered", "exiled", "critics", "analysts", "observers", "commentators", "residents",
    "protesters", "demonstrators", "voters", "investors", "markets",
];

/// Words for people that "the two ..." refers back to.
pub(super) const PLURAL_PEOPLE: &[&str] = &[
    "leaders", "presidents", "men", "women", "ministers", "envoys", "officials", "officers", "negotiators", "chief",
    "diplomats", "counterparts", "sides", "heads", "premiers", "generals", "foreign", "signatories", "rivals",
    "statesmen",
];
/// Past verbs of what two people did at their meeting: "the two discussed trade
/// during talks at the palace" is the pair told last.
pub(super) const TOLD_OF_A_PAIR: &[&str] = &[
    "discussed", "reviewed", "exchanged", "toured", "inspected", "addressed", "witnessed", "posed", "laid", "walked",
    "shook",
];
/// Trigger nouns a place name can modify ("the Geneva talks").
pub(super) const NOUN_TRIGGERS: &[&str] =
    &["meeting", "meetings", "talks", "summit", "negotiations", "visit", "discussions", "dinner"];

/// Past forms of trigger verbs: "met" states an event that happened.
pub(super) const PAST_FORMS: &[&str] = &[
    "met", "hosted", "received", "welcomed", "dined", "lunched", "sat", "visited", "phoned", "telephoned", "spoke",
    "talked", "shook", "signed", "initialled", "initialed",
];
/// Words after "called X" ("rang X") that make it a call: a day, a purpose, the end
/// of the clause (not "called X a friend", "called X reckless").
pub(super) const AFTER_CALLED: &[&str] = &[
    "on", "to", "in", ",", ".", "and", "from", "after", "before", "shortly", "again", "twice", "for", "about", "ahead",
    "over", "during", "while", "following", "at", "late", "early", "yesterday", "today", "last", "this", "back",
];
/// Past verbs of what is said in a call: "agreed to meet during a phone call",
/// "invited him to Cairo in a phone call".
pub(super) const SAID_IN_CALL: &[&str] = &[
    "agreed", "invited", "discussed", "told", "promised", "assured", "congratulated", "thanked", "urged", "pledged",
    "reaffirmed", "stressed", "conveyed", "expressed", "asked", "offered", "accepted", "apologised", "apologized",
    "complained", "explained", "confirmed", "reiterated", "extended", "briefed", "informed",
];
/// Past verbs that take their hearer after "to": "apologised to Y in a phone call".
pub(super) const SAID_TO: &[&str] = &["apologised", "apologized", "complained", "explained", "said", "reiterated"];
/// Words before a verb form that make it a plan or an infinitive ("will be received",
/// "to have met").
pub(super) const AUX: &[&str] =
    &["be", "being", "to", "will", "would", "ll", "shall", "can", "could", "may", "might", "should", "must"];

/// Nouns a person's name can modify ("the Trump administration"): the person is not a
/// party to the event then.
pub(super) const MODIFIED: &[&str] = &[
    "administration", "government", "camp", "team", "era", "campaign", "doctrine", "plan", "family", "presidency",
    "cabinet", "allies", "loyalists", "aides", "officials",
];

/// Present-tense verbs that, with a day weeks ahead, tell a schedule ("leaders
/// gather in Kuala Lumpur on May 26").
pub(super) const PRESENT_SIMPLE: &[&str] = &[
    "meet", "meets", "gather", "gathers", "convene", "convenes", "hold", "holds", "host", "hosts", "visit", "visits",
    "dines", "receives", "welcomes",
];

/// Texts two sides sign together: "signed the treaty".
pub(super) const DOCUMENTS: &[&str] = &[
    "treaty", "agreement", "accord", "deal", "declaration", "memorandum", "pact", "ceasefire", "truce", "communique",
    "statement", "protocol", "treaties", "agreements", "accords", "protocols", "document", "documents", "charter",
    "convention", "compact", "roadmap", "memoranda", "armistice",
];
