//! Helpers shared by the unit tests: the texts of the fixtures, and text generated from pieces
//! by a small deterministic generator (the same texts on every run).

/// Every line of every fixture file; with `whole`, each file whole as well.
pub(crate) fn fixture_texts(whole: bool) -> Vec<String> {
    let mut texts = Vec::new();
    let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixtures").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(t) = std::fs::read_to_string(&p) {
                texts.extend(t.lines().map(String::from));
                if whole {
                    texts.push(t);
                }
            }
        }
    }
    texts
}

/// A xorshift generator of text.
pub(crate) struct Gen(u64);

impl Gen {
    pub(crate) fn new(seed: u64) -> Self {
        Gen(seed)
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// `count` pieces picked from `pieces`, one after another.
    pub(crate) fn pieces(&mut self, pieces: &[&str], count: usize) -> String {
        (0..count)
            .map(|_| pieces[self.below(pieces.len())])
            .collect()
    }

    /// One option of each part, in order.
    pub(crate) fn shaped(&mut self, parts: &[&[&str]]) -> String {
        parts
            .iter()
            .map(|options| options[self.below(options.len())])
            .collect()
    }
}
