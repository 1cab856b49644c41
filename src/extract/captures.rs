//! Regular expressions with named groups, for the tests: the deadline, date and document-number
//! grammars are read by hand, and each is held by a test to the same grammar written as a
//! regular expression. A [`Grammar`] may hold several patterns tried as one (leftmost-first,
//! earlier patterns first) and reports which one matched.

use regex_automata::meta::{self, CapturesMatches};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID};

/// A compiled grammar: one or more patterns with their named groups in order.
pub(crate) struct Grammar {
    regex: meta::Regex,
    /// For each pattern, (name, index) of each named group, in the order they open.
    groups: Vec<Vec<(String, usize)>>,
}

impl Grammar {
    /// Compiles one pattern, which is one of the crate's own and therefore valid.
    pub(crate) fn new(pattern: &str) -> Self {
        Self::new_many(&[pattern])
    }

    /// Compiles several patterns searched as one, earlier patterns preferred.
    pub(crate) fn new_many<P: AsRef<str>>(patterns: &[P]) -> Self {
        let regex = meta::Regex::new_many(patterns).expect("the crate's own patterns are valid");
        let info = regex.group_info();
        let groups = (0..patterns.len())
            .map(|p| {
                let pid = PatternID::new(p).expect("few patterns");
                info.pattern_names(pid)
                    .enumerate()
                    .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
                    .collect()
            })
            .collect();
        Grammar { regex, groups }
    }

    /// Every match in `h`: which pattern matched, and where.
    pub(crate) fn find_iter<'g, 'h>(
        &'g self,
        h: &'h str,
    ) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + use<'g, 'h> {
        self.regex
            .find_iter(h)
            .map(|m| (m.pattern().as_usize(), m.range()))
    }

    /// The groups of a match that starts exactly at `range.start` and stays inside `range`.
    pub(crate) fn captures_at(&self, h: &str, range: std::ops::Range<usize>) -> Option<Caps<'_>> {
        let input = Input::new(h).range(range).anchored(Anchored::Yes);
        let mut caps = self.regex.create_captures();
        self.regex.search_captures(&input, &mut caps);
        self.wrap(caps)
    }

    /// The groups of every match in `h`.
    pub(crate) fn captures_iter<'g, 'h>(&'g self, h: &'h str) -> CapsIter<'g, 'h> {
        CapsIter {
            grammar: self,
            inner: self.regex.captures_iter(h),
        }
    }

    fn wrap(&self, caps: Captures) -> Option<Caps<'_>> {
        let pattern = caps.pattern()?;
        Some(Caps {
            groups: &self.groups[pattern.as_usize()],
            caps,
        })
    }
}

/// A group of a match: where it is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group {
    start: usize,
    end: usize,
}

impl Group {
    /// Byte offset of its start in the haystack.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of its end in the haystack.
    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

/// The groups of one match of a [`Grammar`].
pub(crate) struct Caps<'g> {
    caps: Captures,
    groups: &'g [(String, usize)],
}

impl Caps<'_> {
    /// The group called `name`, when it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group> {
        let &(_, i) = self.groups.iter().find(|(n, _)| n == name)?;
        self.get(i)
    }

    /// Group `i` of the pattern that matched (0 is the whole match).
    pub(crate) fn get(&self, i: usize) -> Option<Group> {
        let sp = self.caps.get_group(i)?;
        Some(Group {
            start: sp.start,
            end: sp.end,
        })
    }
}

/// Iterator of [`Grammar::captures_iter`].
pub(crate) struct CapsIter<'g, 'h> {
    grammar: &'g Grammar,
    inner: CapturesMatches<'g, 'h>,
}

impl<'g> Iterator for CapsIter<'g, '_> {
    type Item = Caps<'g>;

    fn next(&mut self) -> Option<Self::Item> {
        let caps = self.inner.next()?;
        self.grammar.wrap(caps)
    }
}
