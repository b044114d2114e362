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

/// The abbreviations that [`normalize`] maps to `canonical` (e.g. `"js"` for `"javascript"`).
pub fn aliases(canonical: &str) -> impl Iterator<Item = &'static str> + '_ {
    SYNONYMS
        .iter()
        .filter(move |(_, c)| *c == canonical)
        .map(|(k, _)| *k)
}

/// The first step of [`normalize`] (case and spacing, no synonyms) without allocating, for
/// ASCII input up to [`INLINE_LEN`] bytes; `None` otherwise. Look the result up among
/// canonical names *and* their [`aliases`] to get the same answer as [`normalize`].
pub fn normalize_bytes<'a>(s: &str, buf: &'a mut [u8; INLINE_LEN]) -> Option<&'a [u8]> {
    let mut len = 0usize;
    let mut pending_space = false;
    for &b in s.as_bytes() {
        if b >= 0x80 {
            return None;
        }
        if b == b' ' || b == b'-' || b == b'_' || b.is_ascii_whitespace() {
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
    Some(&buf[..len])
}

/// [`normalize`] without allocating, for ASCII skills up to [`INLINE_LEN`] bytes: writes into
/// `buf` and returns the canonical name (borrowed from `buf` or from the synonym table).
/// Returns `None` for non-ASCII or longer input; use [`normalize`] then.
pub fn normalize_into<'a>(s: &str, buf: &'a mut [u8; INLINE_LEN]) -> Option<&'a str> {
    let bytes = normalize_bytes(s, buf)?;
    // Only ASCII bytes were written.
    let s = std::str::from_utf8(bytes).ok()?;
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
    crate::core::sorting::sort(&mut v);
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
    crate::core::sorting::sort(&mut v);
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

const MIX_K: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(26) ^ w).wrapping_mul(MIX_K)
}

/// Hashes normalized bytes eight at a time (must match [`NameTable::get`]'s fused loop).
fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = 0u64;
    let mut w = 0u64;
    let mut k = 0u32;
    for &b in bytes {
        w |= u64::from(b) << (8 * k);
        k += 1;
        if k == 8 {
            h = mix(h, w);
            w = 0;
            k = 0;
        }
    }
    mix(h, w ^ ((bytes.len() as u64) << 56))
}

/// A set of canonical names (skills or interests) with a value each, answering *raw* strings
/// as [`normalize`] would, in one pass without allocating: the raw string is normalized and
/// hashed together, and synonyms are handled by storing every alias as a key too.
#[derive(Clone, Debug)]
pub struct NameTable<V> {
    entries: Vec<(u64, Box<[u8]>, V)>,
    /// Open addressing: 0 = empty, else entry index + 1.
    slots: Vec<u32>,
    /// Bit `n` set when some key is `n` bytes long (`n < 64`); longer keys set bit 63.
    lengths: u64,
}

impl<V: Copy + Default + std::ops::BitOrAssign> Default for NameTable<V> {
    fn default() -> Self {
        NameTable {
            entries: Vec::new(),
            slots: vec![0; 8],
            lengths: 0,
        }
    }
}

impl<V: Copy + Default + std::ops::BitOrAssign> NameTable<V> {
    /// ORs `value` into the entry for `name` (normalized first) and all its [`aliases`].
    pub fn insert(&mut self, name: &str, value: V) {
        let canonical = normalize(name);
        if canonical.is_empty() {
            return;
        }
        self.insert_key(canonical.as_bytes(), value);
        for a in aliases(&canonical) {
            self.insert_key(a.as_bytes(), value);
        }
    }

    fn insert_key(&mut self, key: &[u8], value: V) {
        let h = hash_bytes(key);
        if let Some(i) = self.find(h, key) {
            self.entries[i].2 |= value;
            return;
        }
        self.entries.push((h, key.into(), value));
        self.lengths |= 1 << key.len().min(63);
        if self.entries.len() * 2 > self.slots.len() {
            self.slots = vec![0; self.slots.len() * 2];
            for i in 0..self.entries.len() {
                self.place(i);
            }
        } else {
            self.place(self.entries.len() - 1);
        }
    }

    fn place(&mut self, i: usize) {
        let mask = self.slots.len() - 1;
        let mut at = (self.entries[i].0 as usize) & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = i as u32 + 1;
    }

    #[inline]
    fn find(&self, h: u64, key: &[u8]) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = (h as usize) & mask;
        loop {
            match self.slots[at] {
                0 => return None,
                s => {
                    let e = &self.entries[s as usize - 1];
                    if e.0 == h && &*e.1 == key {
                        return Some(s as usize - 1);
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// Number of keys (names plus aliases).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// No names at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value for a raw string (`V::default()` when absent).
    #[inline]
    pub fn get(&self, raw: &str) -> V {
        if self.entries.is_empty() {
            return V::default();
        }
        let mut buf = [0u8; INLINE_LEN];
        let (mut len, mut h, mut w, mut k) = (0usize, 0u64, 0u64, 0u32);
        let mut pending_space = false;
        let mut push = |b: u8, len: &mut usize| -> bool {
            if *len >= INLINE_LEN {
                return false;
            }
            buf[*len] = b;
            *len += 1;
            w |= u64::from(b) << (8 * k);
            k += 1;
            if k == 8 {
                h = mix(h, w);
                w = 0;
                k = 0;
            }
            true
        };
        for &b in raw.as_bytes() {
            if b >= 0x80 {
                return self.get_slow(raw);
            }
            if b == b' ' || b == b'-' || b == b'_' || b.is_ascii_whitespace() {
                pending_space = len > 0;
                continue;
            }
            if pending_space {
                if !push(b' ', &mut len) {
                    return self.get_slow(raw);
                }
                pending_space = false;
            }
            if !push(b.to_ascii_lowercase(), &mut len) {
                return self.get_slow(raw);
            }
        }
        if self.lengths & (1 << len.min(63)) == 0 {
            return V::default();
        }
        let h = mix(h, w ^ ((len as u64) << 56));
        match self.find(h, &buf[..len]) {
            Some(i) => self.entries[i].2,
            None => V::default(),
        }
    }

    fn get_slow(&self, raw: &str) -> V {
        let n = normalize(raw);
        match self.find(hash_bytes(n.as_bytes()), n.as_bytes()) {
            Some(i) => self.entries[i].2,
            None => V::default(),
        }
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
    fn name_table_answers_raw_strings() {
        let mut t: NameTable<u32> = NameTable::default();
        for (i, s) in [
            "JavaScript",
            "public speaking",
            "Ökonomie",
            "people management",
        ]
        .iter()
        .enumerate()
        {
            t.insert(s, 1 << i);
        }
        t.insert("javascript", 16);
        for (raw, want) in [
            ("JS", 17),
            ("  java-script ", 0),
            ("javascript", 17),
            ("Public_Speaking", 2),
            ("ÖKONOMIE", 4),
            ("people mgmt", 8),
            ("team management", 8),
            ("speaking", 0),
            ("", 0),
        ] {
            assert_eq!(t.get(raw), want, "{raw:?}");
        }
        let long = "a".repeat(100);
        t.insert(&long, 32);
        assert_eq!(t.get(&long.to_uppercase()), 32);
        // Many keys force the table to grow.
        let mut big: NameTable<u8> = NameTable::default();
        for s in vocabulary() {
            big.insert(s, 1);
        }
        for s in vocabulary() {
            assert_eq!(big.get(&s.to_uppercase()), 1, "{s}");
        }
        assert_eq!(big.get("knitting"), 0);
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
        assert_eq!(
            aliases("javascript").collect::<Vec<_>>(),
            ["ecmascript", "js"]
        );
        assert!(vocabulary().len() > 150);
    }
}
