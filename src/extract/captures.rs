//! Regexes whose named groups are read by a short scan of their names instead of the hash
//! lookup of `regex::Captures::name`: the extractors read several groups of every match, and
//! hashing a group name cost more than finding the match.

use regex::{CaptureMatches, Captures, Match, Regex};

/// A compiled regex with its named groups in order.
pub(crate) struct Grammar {
    regex: Regex,
    /// (name, index) of each named group, in the order they open.
    groups: Vec<(String, usize)>,
}

impl Grammar {
    /// Compiles `pattern`, which is one of the crate's own and therefore valid.
    pub(crate) fn new(pattern: &str) -> Self {
        let regex = Regex::new(pattern).expect("the crate's own patterns are valid");
        let groups = regex
            .capture_names()
            .enumerate()
            .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
            .collect();
        Grammar { regex, groups }
    }

    /// The groups of the leftmost match in `h`.
    pub(crate) fn captures<'g, 'h>(&'g self, h: &'h str) -> Option<Caps<'g, 'h>> {
        self.regex.captures(h).map(|caps| Caps {
            caps,
            groups: &self.groups,
        })
    }

    /// The groups of every match in `h`.
    pub(crate) fn captures_iter<'g, 'h>(&'g self, h: &'h str) -> CapsIter<'g, 'h> {
        CapsIter {
            inner: self.regex.captures_iter(h),
            groups: &self.groups,
        }
    }
}

/// The groups of one match of a [`Grammar`].
pub(crate) struct Caps<'g, 'h> {
    caps: Captures<'h>,
    groups: &'g [(String, usize)],
}

impl<'h> Caps<'_, 'h> {
    /// The group called `name`, when it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'h>> {
        let &(_, i) = self.groups.iter().find(|(n, _)| n == name)?;
        self.caps.get(i)
    }

    /// Group `i` (0 is the whole match).
    pub(crate) fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get(i)
    }

    /// Whether the first named group, the one that names an alternative, is `name`.
    pub(crate) fn is(&self, name: &str) -> bool {
        self.groups.first().is_some_and(|(n, _)| n == name)
    }
}

/// Iterator of [`Grammar::captures_iter`].
pub(crate) struct CapsIter<'g, 'h> {
    inner: CaptureMatches<'g, 'h>,
    groups: &'g [(String, usize)],
}

impl<'g, 'h> Iterator for CapsIter<'g, 'h> {
    type Item = Caps<'g, 'h>;

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(|caps| Caps {
            caps,
            groups: self.groups,
        })
    }
}
