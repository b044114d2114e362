//! The SMART coach's word lists: stopwords, concrete and measured verbs, vague, soft and
//! absolutist words, deliverables and counts.

pub(super) const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "with",
    "by",
    "be",
    "is",
    "am",
    "are",
    "was",
    "were",
    "been",
    "i",
    "me",
    "we",
    "us",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "some",
    "so",
    "as",
    "from",
    "into",
    "up",
    "very",
    "really",
    "just",
    "all",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "want",
    "wants",
    "will",
    "would",
    "should",
    "can",
    "could",
    "able",
    "need",
    "needs",
    "try",
    "also",
    "than",
    "then",
    "like",
    "lot",
    "lots",
    "much",
    "many",
    "about",
    "well",
    "bit",
    "little",
    "way",
    "get",
    "getting",
    "make",
    "feel",
    "s",
    "t",
    "m",
    "ll",
    "d",
    "ve",
    "re",
    "not",
    "no",
    "each",
    "every",
    "any",
    "other",
    "own",
    "who",
    "which",
    "what",
    "where",
    "when",
    "how",
    "there",
    "here",
    "at",
    "least",
    "most",
    "within",
    "next",
    "until",
    "before",
    "after",
    "while",
    "if",
    "but",
    "because",
    "one",
    "day",
    "time",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "days",
    "end",
    "someday",
    "soon",
    "eventually",
    "go",
    "going",
    "become",
    "person",
];

/// Concrete action verbs (base forms; regular inflections are recognised).
pub(super) const ACTIONS: &[&str] = &[
    "give",
    "publish",
    "ship",
    "lead",
    "pass",
    "complete",
    "land",
    "launch",
    "run",
    "build",
    "write",
    "present",
    "earn",
    "apply",
    "interview",
    "hire",
    "mentor",
    "deliver",
    "finish",
    "submit",
    "speak",
    "teach",
    "create",
    "design",
    "release",
    "raise",
    "sign",
    "close",
    "start",
    "found",
    "save",
    "lose",
    "record",
    "host",
    "organise",
    "organize",
    "join",
    "attend",
    "contribute",
    "obtain",
    "secure",
    "negotiate",
    "coach",
    "train",
    "deploy",
    "migrate",
    "implement",
    "automate",
    "sell",
    "win",
    "read",
    "hold",
    "meet",
    "post",
    "graduate",
    "enrol",
    "enroll",
    "register",
    "volunteer",
    "produce",
    "pitch",
    "reach",
    "double",
    "triple",
    "cut",
    "swim",
    "cycle",
    "walk",
    "hike",
    "climb",
    "practise",
    "practice",
    "pay",
    "open",
    "send",
    "fix",
    "test",
    "draft",
    "plan",
    "schedule",
    "facilitate",
    "moderate",
    "recruit",
    "onboard",
    "certify",
    "qualify",
    "score",
    "translate",
    "paint",
    "cook",
    "bake",
    "code",
    "program",
    "complete",
    "ask",
    "propose",
    "prepare",
    "share",
];

/// Irregular forms of concrete verbs.
pub(super) const IRREGULAR: &[&str] = &[
    "gave", "given", "led", "ran", "built", "wrote", "written", "won", "spoke", "spoken", "taught",
    "sold", "held", "met", "paid", "sent", "began", "begun", "shipped", "shipping", "running",
    "planned", "planning", "cutting", "winning",
];

/// "get …" that is concrete.
pub(super) const GET_CONCRETE: &[&str] = &[
    "promoted",
    "certified",
    "hired",
    "accepted",
    "published",
    "licensed",
    "elected",
    "funded",
    "admitted",
    "signed",
];

/// Vague words (possibly several tokens) with a question that turns them into something to
/// check. `{w}` is replaced by the user's own words.
pub(super) const VAGUE: &[(&[&str], &str)] = &[
    (
        &["get", "better", "at"],
        "what would you see when you're better at it?",
    ),
    (
        &["getting", "better", "at"],
        "what would you see when you're better at it?",
    ),
    (
        &["learn", "about"],
        "what will you make, pass or explain to show you've learned it?",
    ),
    (
        &["learning", "about"],
        "what will you make, pass or explain to show you've learned it?",
    ),
    (
        &["work", "on"],
        "what will be finished when the work is done?",
    ),
    (
        &["working", "on"],
        "what will be finished when the work is done?",
    ),
    (&["do", "more"], "more of what, and how many?"),
    (&["be", "more"], "what would someone see you do differently?"),
    (&["become", "more"], "what would someone see you do differently?"),
    (&["level", "up"], "what will you be able to show at the next level?"),
    (&["focus", "on"], "what will be done or different at the end?"),
    (
        &["get", "good", "at"],
        "what would you see when you're good at it?",
    ),
    (&["better"], "what would you see when you're better?"),
    (&["more"], "more of what, and how many?"),
    (
        &["improve"],
        "what would be different once it has improved?",
    ),
    (
        &["improved"],
        "what would be different once it has improved?",
    ),
    (
        &["improving"],
        "what would be different once it has improved?",
    ),
    (
        &["improvement"],
        "what would be different once it has improved?",
    ),
    (&["grow"], "what would show the growth?"),
    (&["growing"], "what would show the growth?"),
    (
        &["good"],
        "what result would someone see that shows it's good?",
    ),
    (
        &["great"],
        "what result would someone see that shows it's great?",
    ),
    (&["develop"], "what will you have developed, concretely?"),
    (&["developing"], "what will you have developed, concretely?"),
    (&["best"], "best by what measure?"),
    (&["stronger"], "what would show you're stronger?"),
    (
        &["successful"],
        "what does success look like — a result someone could see?",
    ),
    (&["stuff"], "which stuff, exactly?"),
    (&["things"], "which things, exactly?"),
];

/// Words that soften a goal into "learning" without a result.
pub(super) const SOFT: &[&str] = &[
    "learn",
    "learning",
    "study",
    "understand",
    "know",
    "explore",
    "try",
];

/// Absolutist words that make a goal brittle.
pub(super) const ABSOLUTIST: &[(&[&str], &str)] = &[
    (
        &["every", "single"],
        "something you can keep, like '4 days out of 5'",
    ),
    (
        &["all", "the", "time"],
        "something you can keep, like 'most days'",
    ),
    (
        &["always"],
        "something you can keep, like '4 days out of 5'",
    ),
    (
        &["never"],
        "a limit you can keep, like 'at most once a week'",
    ),
    (
        &["perfect"],
        "'good enough', said as a result, like 'scores 80% or more'",
    ),
    (
        &["perfectly"],
        "'good enough', said as a result, like 'scores 80% or more'",
    ),
    (
        &["flawless"],
        "'good enough', said as a result, like 'with at most 2 mistakes'",
    ),
    (
        &["flawlessly"],
        "'good enough', said as a result, like 'with at most 2 mistakes'",
    ),
    (
        &["without", "fail"],
        "something you can keep, like '4 days out of 5'",
    ),
];

/// Named finish lines: credentials and yes/no results. They count for Measurable only as the
/// object of an action ("pass the exam", "run a marathon"), not when aimed at ("study for the
/// exam") or merely mentioned.
pub(super) const DELIVERABLES: &[&str] = &[
    "certified",
    "certification",
    "certificate",
    "certificates",
    "certificated",
    "exam",
    "exams",
    "degree",
    "diploma",
    "promotion",
    "promoted",
    "offer",
    "mvp",
    "marathon",
    "license",
    "licence",
    "thesis",
    "dissertation",
    "patent",
    "masters",
    "phd",
    "award",
    "hired",
    "funded",
    "published",
    "accepted",
    "halfmarathon",
    "triathlon",
];

/// Verbs that end in a yes/no result: whatever they take as object is a finish line ("finish
/// the Rust book", "submit my application", "get a job").
pub(super) const FINISHING: &[&str] = &[
    "finish", "complete", "pass", "publish", "submit", "launch", "ship", "release", "deliver",
    "earn", "win", "sign", "land", "obtain", "secure", "graduate", "defend", "close", "achieve",
    "attain", "receive", "get", "qualify", "certify",
];

/// Light verbs: only concrete with a number ("Have 12 coffee chats", "Do 100 push-ups").
pub(super) const LIGHT: &[&str] = &["do", "make", "have", "take", "go", "keep", "put"];

/// Verbs of change: only concrete with a number ("grow … from 300 to 1,000").
pub(super) const VAGUE_VERBS: &[&str] = &[
    "improve",
    "develop",
    "grow",
    "enhance",
    "boost",
    "increase",
    "reduce",
    "decrease",
    "lower",
    "strengthen",
    "expand",
    "level",
    "work",
    "focus",
];

/// Learning verbs: a start, not a result.
pub(super) const SOFT_VERBS: &[&str] = &[
    "learn",
    "study",
    "understand",
    "know",
    "explore",
    "research",
    "discover",
    "try",
    "familiarise",
    "familiarize",
];

/// Words that may stand between the start of a clause and its verb: "I want to", "My goal is
/// to", "I'd like to", "finally".
pub(super) const FRAME: &[&str] = &[
    "i", "we", "you", "my", "our", "goal", "aim", "plan", "plans", "is", "are", "am", "to",
    "will", "want", "wants", "wanna", "would", "like", "love", "d", "ll", "m", "re", "ve", "s",
    "going", "gonna", "need", "hope", "can", "could", "should", "must", "shall", "also", "just",
    "first", "then", "always", "main", "objective", "target", "please",
];

/// Words that turn the verb after them into something not done: "never miss", "don't skip".
pub(super) const NEGATION: &[&str] = &["never", "not", "t", "stop", "no", "nor"];

/// Words an object starts with: "Expand my …", "Pass the …", "Give a …".
pub(super) const OBJECT_START: &[&str] = &[
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these",
    "those", "each", "every", "first", "all", "both", "several", "me", "us", "him", "them",
];

/// Particles that belong to the verb: "sign up", "pay off", "write down".
pub(super) const PARTICLES: &[&str] = &["up", "out", "off", "down", "back"];

/// Prepositions: never verbs, and where a long quote is cut.
pub(super) const PREPOSITIONS: &[&str] = &[
    "with", "at", "in", "on", "for", "to", "from", "by", "into", "onto", "of", "over", "after",
    "before", "during", "within", "since", "across", "through", "under", "about", "around",
    "without", "towards", "toward", "between", "against", "among", "per", "via", "until", "till",
    "including", "every", "each", "next",
];

/// Objects that name nothing: "publish it".
pub(super) const PRONOUNS: &[&str] = &[
    "it", "them", "this", "that", "these", "those", "everything", "something", "anything",
];

/// Filler text.
pub(super) const LOREM: &[&str] = &["lorem", "ipsum", "dolor", "amet", "blah", "foo", "bar"];

/// Count words beyond one..twelve.
pub(super) const COUNTS: &[&str] = &[
    "dozen", "twice", "once", "half", "thrice", "twenty", "thirty", "fifty", "hundred",
];
