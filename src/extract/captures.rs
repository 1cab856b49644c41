//! Regexes whose named groups are read by a short scan of their names instead of a hash
//! lookup: the extractors read several groups of every match, and hashing group names cost
//! more than finding the match. A [`Grammar`] may hold several patterns tried as one
//! (leftmost-first, earlier patterns first), and reports which one matched, so that a
//! grammar of alternatives is searched once and its groups read once.

#[cfg(test)]
use regex_automata::Anchored;
#[cfg(test)]
use regex_automata::Input;
use regex_automata::PatternID;
use regex_automata::meta::{self, CapturesMatches};
use regex_automata::util::captures::Captures;

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
    #[cfg(test)]
    pub(crate) fn find_iter<'g, 'h>(
        &'g self,
        h: &'h str,
    ) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + use<'g, 'h> {
        self.regex
            .find_iter(h)
            .map(|m| (m.pattern().as_usize(), m.range()))
    }

    /// The groups of a match that starts exactly at `range.start` and stays inside `range`.
    #[cfg(test)]
    pub(crate) fn captures_at<'g, 'h>(
        &'g self,
        h: &'h str,
        range: std::ops::Range<usize>,
    ) -> Option<Caps<'g, 'h>> {
        let input = Input::new(h).range(range).anchored(Anchored::Yes);
        let mut caps = self.regex.create_captures();
        self.regex.search_captures(&input, &mut caps);
        self.wrap(h, caps)
    }

    /// The groups of every match in `h`.
    pub(crate) fn captures_iter<'g, 'h>(&'g self, h: &'h str) -> CapsIter<'g, 'h> {
        CapsIter {
            grammar: self,
            hay: h,
            inner: self.regex.captures_iter(h),
        }
    }

    fn wrap<'g, 'h>(&'g self, hay: &'h str, caps: Captures) -> Option<Caps<'g, 'h>> {
        let pattern = caps.pattern()?;
        Some(Caps {
            groups: &self.groups[pattern.as_usize()],
            caps,
            hay,
        })
    }
}

/// A group of a match: where it is and what it says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    /// Byte offset of its start in the haystack.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of its end in the haystack.
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    /// Its byte range in the haystack.
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text of the group.
    pub(crate) fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
}

/// The groups of one match of a [`Grammar`].
pub(crate) struct Caps<'g, 'h> {
    caps: Captures,
    groups: &'g [(String, usize)],
    hay: &'h str,
}

impl<'h> Caps<'_, 'h> {
    /// The group called `name`, when it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Group<'h>> {
        let &(_, i) = self.groups.iter().find(|(n, _)| n == name)?;
        self.get(i)
    }

    /// Group `i` of the pattern that matched (0 is the whole match).
    pub(crate) fn get(&self, i: usize) -> Option<Group<'h>> {
        let sp = self.caps.get_group(i)?;
        Some(Group {
            hay: self.hay,
            start: sp.start,
            end: sp.end,
        })
    }
}

/// Iterator of [`Grammar::captures_iter`].
pub(crate) struct CapsIter<'g, 'h> {
    grammar: &'g Grammar,
    hay: &'h str,
    inner: CapturesMatches<'g, 'h>,
}

impl<'g, 'h> Iterator for CapsIter<'g, 'h> {
    type Item = Caps<'g, 'h>;

    fn next(&mut self) -> Option<Self::Item> {
        let caps = self.inner.next()?;
        self.grammar.wrap(self.hay, caps)
    }
}
