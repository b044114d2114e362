//! Reading a large backup in slices, so the page can stay responsive between them: the goals
//! (nearly all of a big file) are parsed a few at a time by [`Sliced::step`], the rest of the
//! file once. The result is always exactly [`parse`]'s: any file that is not the plain shape
//! (`{…, "data": {…, "goals": [ … ]}}`) or has any error goes through [`parse`] itself in
//! [`Sliced::finish`], so its message, line and column are the same.

use super::{Backup, BackupError, GoalEntry, MAX_BACKUP_BYTES, bounds, parse};

/// A backup being read goal by goal.
pub struct Sliced<'a> {
    raw: &'a str,
    /// The file without its goals, parsed; `None` = read it whole in `finish`.
    rest: Option<Backup>,
    /// Byte ranges of the goals in `raw`.
    goals: Vec<(usize, usize)>,
    parsed: Vec<GoalEntry>,
}

impl<'a> Sliced<'a> {
    /// Finds the goals and reads everything else (one pass over the text, one parse of the
    /// small rest).
    pub fn begin(raw: &'a str) -> Sliced<'a> {
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let mut s = Sliced {
            raw,
            rest: None,
            goals: Vec::new(),
            parsed: Vec::new(),
        };
        if raw.len() > MAX_BACKUP_BYTES {
            return s;
        }
        let Some((open, close, goals)) = locate_goals(raw.as_bytes()) else {
            return s;
        };
        let rest = format!("{}{}", &raw[..=open], &raw[close..]);
        if let Ok(b) = parse(&rest) {
            s.rest = Some(b);
            s.goals = goals;
        }
        s
    }

    /// Goals in the file (0 when it is read whole).
    pub fn total(&self) -> usize {
        self.goals.len()
    }

    /// Goals read so far.
    pub fn done(&self) -> usize {
        self.parsed.len()
    }

    /// Reads up to `n` more goals; `true` once nothing is left for [`Sliced::step`].
    pub fn step(&mut self, n: usize) -> bool {
        if self.rest.is_none() {
            return true;
        }
        for &(a, b) in self.goals.iter().skip(self.parsed.len()).take(n) {
            match serde_json::from_str::<GoalEntry>(&self.raw[a..b]) {
                Ok(g) => self.parsed.push(g),
                Err(_) => {
                    // `finish` reads the whole file for the exact message.
                    self.rest = None;
                    return true;
                }
            }
        }
        self.parsed.len() == self.goals.len()
    }

    /// The backup, or why it cannot be imported (exactly as [`parse`] says).
    pub fn finish(mut self) -> Result<Backup, BackupError> {
        while !self.step(usize::MAX) {}
        let Some(mut b) = self.rest.take() else {
            return parse(self.raw);
        };
        b.state.goals = std::mem::take(&mut self.parsed);
        let mut seen: Vec<&str> = Vec::new();
        for g in &b.state.goals {
            if seen.contains(&g.id.as_str()) {
                return Err(BackupError::DuplicateId(g.id.clone()));
            }
            seen.push(&g.id);
        }
        let problems = bounds::check_state(&b.state);
        if !problems.is_empty() {
            return Err(BackupError::OutOfRange(bounds::summary(&problems)));
        }
        Ok(b)
    }
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Past the string starting at `i` (a `"`).
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Past the JSON value starting at `i`.
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// Where the value of `key` starts in the object starting at `i` (a `{`); the first such key.
fn key_value(b: &[u8], i: usize, key: &[u8]) -> Option<usize> {
    let mut i = ws(b, i + 1);
    loop {
        if *b.get(i)? != b'"' {
            return None;
        }
        let end = string_end(b, i)?;
        let name = &b[i + 1..end - 1];
        i = ws(b, end);
        if *b.get(i)? != b':' {
            return None;
        }
        let v = ws(b, i + 1);
        if name == key {
            return Some(v);
        }
        i = ws(b, value_end(b, v)?);
        match *b.get(i)? {
            b',' => i = ws(b, i + 1),
            _ => return None,
        }
    }
}

/// `(position of the goals' '[', position of its ']', each goal's byte range)`.
type Located = (usize, usize, Vec<(usize, usize)>);

/// The goals array of `{…, "data": {…, "goals": [ … ]}}`.
fn locate_goals(b: &[u8]) -> Option<Located> {
    let top = ws(b, 0);
    if *b.get(top)? != b'{' {
        return None;
    }
    let data = key_value(b, top, b"data")?;
    if *b.get(data)? != b'{' {
        return None;
    }
    let open = key_value(b, data, b"goals")?;
    if *b.get(open)? != b'[' {
        return None;
    }
    let mut goals = Vec::new();
    let mut i = ws(b, open + 1);
    if *b.get(i)? == b']' {
        return Some((open, i, goals));
    }
    loop {
        let end = value_end(b, i)?;
        goals.push((i, end));
        i = ws(b, end);
        match *b.get(i)? {
            b',' => i = ws(b, i + 1),
            b']' => return Some((open, i, goals)),
            _ => return None,
        }
    }
}
