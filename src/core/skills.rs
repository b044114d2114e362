//! Skills as data: normalization (case, spacing, common abbreviations) and a small map of
//! related-skill clusters, so "presentation skills" partly answers a wish for "public speaking".
//!
//! Everything here is pure and allocation-free on the hot path ([`normalize_into`]); the
//! allocating [`normalize`] and [`skill_match`] are for display and tests.

/// How well an offered skill answers a wanted one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkillMatch {
    None,
    /// Different skills in the same cluster (counts half).
    Related,
    /// The same skill after normalization and synonyms.
    Exact,
}

/// Related-skill clusters. Members are written in normalized, canonical form (see
/// [`normalize`]); a skill may sit in several clusters. Two skills are related when they share
/// at least one cluster.
pub const CLUSTERS: &[&[&str]] = &[
    &[
        "public speaking",
        "presentation skills",
        "storytelling",
        "communication",
        "pitching",
    ],
    &[
        "writing",
        "technical writing",
        "copywriting",
        "storytelling",
        "editing",
    ],
    &[
        "people management",
        "leadership",
        "team building",
        "delegation",
        "hiring",
        "coaching",
    ],
    &[
        "leadership",
        "strategy",
        "decision making",
        "executive presence",
        "change management",
    ],
    &[
        "fundraising",
        "investor relations",
        "pitching",
        "financial modeling",
        "venture capital",
    ],
    &["python", "data analysis", "pandas", "statistics", "sql"],
    &[
        "data analysis",
        "data visualization",
        "excel",
        "statistics",
        "business intelligence",
    ],
    &[
        "machine learning",
        "artificial intelligence",
        "deep learning",
        "python",
        "statistics",
    ],
    &[
        "javascript",
        "typescript",
        "react",
        "frontend development",
        "html",
        "css",
    ],
    &[
        "rust",
        "c++",
        "systems programming",
        "go",
        "performance engineering",
    ],
    &[
        "backend development",
        "go",
        "java",
        "node.js",
        "apis",
        "sql",
    ],
    &[
        "devops",
        "kubernetes",
        "cloud computing",
        "aws",
        "docker",
        "site reliability",
    ],
    &[
        "cybersecurity",
        "security engineering",
        "risk management",
        "compliance",
    ],
    &[
        "product management",
        "product strategy",
        "user research",
        "roadmapping",
        "prioritization",
    ],
    &[
        "user experience",
        "ux design",
        "ui design",
        "user research",
        "design thinking",
        "figma",
    ],
    &[
        "marketing",
        "digital marketing",
        "seo",
        "content marketing",
        "branding",
        "social media",
    ],
    &[
        "sales",
        "negotiation",
        "business development",
        "account management",
        "customer success",
    ],
    &[
        "negotiation",
        "conflict resolution",
        "stakeholder management",
        "influencing",
    ],
    &[
        "project management",
        "agile",
        "scrum",
        "stakeholder management",
        "planning",
    ],
    &[
        "finance",
        "accounting",
        "financial modeling",
        "budgeting",
        "financial analysis",
    ],
    &[
        "entrepreneurship",
        "business strategy",
        "fundraising",
        "product market fit",
        "go to market",
    ],
    &[
        "career planning",
        "job search",
        "interviewing",
        "resume writing",
        "personal branding",
    ],
    &[
        "networking",
        "personal branding",
        "relationship building",
        "community building",
    ],
    &[
        "time management",
        "productivity",
        "prioritization",
        "work life balance",
    ],
    &[
        "confidence",
        "resilience",
        "stress management",
        "work life balance",
        "mindfulness",
    ],
    &[
        "emotional intelligence",
        "empathy",
        "active listening",
        "giving feedback",
        "coaching",
    ],
    &[
        "giving feedback",
        "difficult conversations",
        "conflict resolution",
        "performance reviews",
    ],
    &["mentoring", "coaching", "teaching", "knowledge sharing"],
    &[
        "research",
        "academic writing",
        "grant writing",
        "statistics",
        "peer review",
    ],
    &[
        "healthcare management",
        "clinical research",
        "public health",
        "health policy",
    ],
    &[
        "operations",
        "supply chain",
        "process improvement",
        "logistics",
        "lean",
    ],
    &[
        "human resources",
        "talent acquisition",
        "hiring",
        "employee engagement",
        "diversity and inclusion",
    ],
    &[
        "legal",
        "contract negotiation",
        "compliance",
        "intellectual property",
    ],
    &[
        "teaching",
        "curriculum design",
        "instructional design",
        "e learning",
    ],
    &["mobile development", "ios", "android", "swift", "kotlin"],
    &["game development", "unity", "c++", "3d graphics"],
    &["blockchain", "smart contracts", "cryptography"],
    &[
        "sustainability",
        "esg",
        "climate policy",
        "renewable energy",
    ],
    &[
        "graphic design",
        "illustration",
        "branding",
        "visual design",
        "typography",
    ],
    &[
        "customer support",
        "customer success",
        "customer experience",
        "community management",
    ],
    &[
        "public policy",
        "government relations",
        "advocacy",
        "policy analysis",
    ],
    &[
        "data engineering",
        "sql",
        "etl",
        "data warehousing",
        "spark",
    ],
];

/// Common abbreviations and variants, normalized key → canonical skill. Sorted by key.
const SYNONYMS: &[(&str, &str)] = &[
    ("ai", "artificial intelligence"),
    ("analytics", "data analysis"),
    ("android development", "android"),
    ("bd", "business development"),
    ("biz dev", "business development"),
    ("copy writing", "copywriting"),
    ("cpp", "c++"),
    ("cv writing", "resume writing"),
    ("d&i", "diversity and inclusion"),
    ("data analytics", "data analysis"),
    ("dataviz", "data visualization"),
    ("dei", "diversity and inclusion"),
    ("dl", "deep learning"),
    ("ecmascript", "javascript"),
    ("feedback", "giving feedback"),
    ("golang", "go"),
    ("gtm", "go to market"),
    ("hr", "human resources"),
    ("infosec", "cybersecurity"),
    ("interview skills", "interviewing"),
    ("ios development", "ios"),
    ("ir", "investor relations"),
    ("js", "javascript"),
    ("k8s", "kubernetes"),
    ("managing people", "people management"),
    ("ml", "machine learning"),
    ("node", "node.js"),
    ("nodejs", "node.js"),
    ("people mgmt", "people management"),
    ("pm", "product management"),
    ("pmf", "product market fit"),
    ("presentations", "presentation skills"),
    ("presenting", "presentation skills"),
    ("py", "python"),
    ("python3", "python"),
    ("react.js", "react"),
    ("reactjs", "react"),
    ("resume", "resume writing"),
    ("search engine optimization", "seo"),
    ("sre", "site reliability"),
    ("team management", "people management"),
    ("ts", "typescript"),
    ("ux", "user experience"),
    ("vc", "venture capital"),
];

/// Longest skill the allocation-free path handles; longer ones take the allocating path.
pub const INLINE_LEN: usize = 64;

fn canonical(normalized: &str) -> &str {
    match SYNONYMS.binary_search_by(|(k, _)| k.cmp(&normalized)) {
        Ok(i) => SYNONYMS[i].1,
        Err(_) => normalized,
    }
}

fn is_sep(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '_'
}

/// Normalizes a skill (or interest): lowercase, `-`/`_` read as spaces, trimmed, inner spaces
/// collapsed, then common abbreviations mapped to one canonical name (`"JS"` → `"javascript"`).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(is_sep).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    match canonical(&out) {
        c if c.len() == out.len() => out,
        c => c.to_string(),
    }
}

/// [`normalize`] without allocating, for ASCII skills up to [`INLINE_LEN`] bytes: writes into
/// `buf` and returns the canonical name (borrowed from `buf` or from the synonym table).
/// Returns `None` for non-ASCII or longer input; use [`normalize`] then.
pub fn normalize_into<'a>(s: &str, buf: &'a mut [u8; INLINE_LEN]) -> Option<&'a str> {
    let mut len = 0usize;
    let mut pending_space = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            return None;
        }
        if b.is_ascii_whitespace() || b == b'-' || b == b'_' {
            pending_space = len > 0;
            continue;
        }
        if pending_space {
            if len >= INLINE_LEN {
                return None;
            }
            buf[len] = b' ';
            len += 1;
            pending_space = false;
        }
        if len >= INLINE_LEN {
            return None;
        }
        buf[len] = b.to_ascii_lowercase();
        len += 1;
    }
    // Only ASCII bytes were written.
    let s = std::str::from_utf8(&buf[..len]).ok()?;
    Some(canonical(s))
}

/// Bit mask of the clusters a normalized skill belongs to (bit `i` = `CLUSTERS[i]`).
pub fn clusters_of(normalized: &str) -> u64 {
    let mut mask = 0u64;
    for (i, c) in CLUSTERS.iter().enumerate() {
        if c.contains(&normalized) {
            mask |= 1 << i;
        }
    }
    mask
}

/// Every skill in the cluster map, sorted and deduplicated (for pickers and the generator).
pub fn vocabulary() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = CLUSTERS.iter().flat_map(|c| c.iter().copied()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The skills related to `skill` (sharing a cluster), excluding itself, sorted.
pub fn related(skill: &str) -> Vec<&'static str> {
    let n = normalize(skill);
    let mask = clusters_of(&n);
    let mut v: Vec<&'static str> = CLUSTERS
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .flat_map(|(_, c)| c.iter().copied())
        .filter(|s| *s != n)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// How well `offered` answers `wanted`: the same skill after normalization is
/// [`SkillMatch::Exact`], skills sharing a cluster are [`SkillMatch::Related`].
pub fn skill_match(wanted: &str, offered: &str) -> SkillMatch {
    let w = normalize(wanted);
    let o = normalize(offered);
    if w.is_empty() || o.is_empty() {
        return SkillMatch::None;
    }
    if w == o {
        return SkillMatch::Exact;
    }
    if clusters_of(&w) & clusters_of(&o) != 0 {
        SkillMatch::Related
    } else {
        SkillMatch::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert!(CLUSTERS.len() >= 40 && CLUSTERS.len() <= 64);
        for c in CLUSTERS {
            for s in *c {
                assert_eq!(normalize(s), *s, "cluster member not canonical: {s}");
            }
        }
        for w in SYNONYMS.windows(2) {
            assert!(w[0].0 < w[1].0, "synonyms not sorted at {}", w[1].0);
        }
        for (k, v) in SYNONYMS {
            let mut buf = [0u8; INLINE_LEN];
            assert_eq!(normalize_into(k, &mut buf), Some(*v));
            assert_eq!(normalize(v), *v, "synonym target not canonical: {v}");
        }
    }

    #[test]
    fn normalization() {
        for (raw, want) in [
            ("  Public   Speaking ", "public speaking"),
            ("JS", "javascript"),
            ("public-speaking", "public speaking"),
            ("Node.JS", "node.js"),
            ("k8s", "kubernetes"),
            ("Work-Life Balance", "work life balance"),
            ("", ""),
            ("Ökonomie", "ökonomie"),
        ] {
            assert_eq!(normalize(raw), want, "{raw:?}");
            let mut buf = [0u8; INLINE_LEN];
            if let Some(fast) = normalize_into(raw, &mut buf) {
                assert_eq!(fast, want, "fast {raw:?}");
            } else {
                assert!(!raw.is_ascii());
            }
        }
        let long = "x".repeat(INLINE_LEN + 1);
        assert_eq!(normalize_into(&long, &mut [0u8; INLINE_LEN]), None);
    }

    #[test]
    fn matches() {
        use SkillMatch::*;
        for (w, o, want) in [
            ("public speaking", "Public Speaking", Exact),
            ("public speaking", "presentation skills", Related),
            ("public speaking", "storytelling", Related),
            ("python", "data analysis", Related),
            ("people management", "team building", Related),
            ("leadership", "people management", Related),
            ("fundraising", "investor relations", Related),
            ("js", "JavaScript", Exact),
            ("javascript", "React.js", Related),
            ("python", "fundraising", None),
            ("knitting", "knitting", Exact),
            ("knitting", "crochet", None),
            ("", "", None),
        ] {
            assert_eq!(skill_match(w, o), want, "{w} vs {o}");
            assert_eq!(skill_match(o, w), want, "symmetric {o} vs {w}");
        }
        assert!(related("public speaking").contains(&"storytelling"));
        assert!(vocabulary().len() > 150);
    }
}
