//! Notices in traditional script, as mirror sites publish them, read as their simplified
//! originals are: the files under `fixtures/traditional/` are fixtures of `fixtures/shapes/`
//! and the seed converted character by character (Taiwan and Hong Kong forms both: 發佈 and
//! 發布), so every fact that does not depend on the script must come out the same. The files
//! named `…_pinyin.txt` also carry the pinyin that some mirrors insert after every character
//! they converted (衛(wèi)).

use gongwen::{Block, Notice};

fn load(path: &str) -> Notice {
    let text = std::fs::read_to_string(path).expect("fixture");
    gongwen::parse(&text).expect("parses")
}

/// The facts of a notice that do not depend on its script, one line each.
fn facts(n: &Notice) -> Vec<String> {
    let mut out = vec![
        format!(
            "title chars {:?}",
            n.title.as_ref().map(|t| t.chars().count())
        ),
        format!("doc_type {:?}", n.doc_type),
        format!(
            "doc_number {:?}",
            n.doc_number.as_ref().map(|d| (d.year, d.serial))
        ),
        format!("issuers {} {}", n.issuer.is_some(), n.issuers.len()),
        format!("signatory {}", n.signatory.is_some()),
        format!("addressees {}", n.addressees.len()),
        format!("dates {:?} {:?}", n.written_date, n.published_date),
        format!("cc {}", n.cc.len()),
    ];
    if let Some(p) = &n.portal {
        out.push(format!(
            "portal crumbs {} fields {:?} at {:?} furniture {}",
            p.breadcrumbs.len(),
            [
                &p.index_number,
                &p.category,
                &p.publisher,
                &p.written_date,
                &p.title,
                &p.doc_number,
                &p.published_date,
                &p.source,
                &p.effective_date,
                &p.expiry_date,
            ]
            .map(Option::is_some),
            p.published_at,
            p.furniture.len()
        ));
    }
    let blocks: Vec<&Block> = std::iter::once(&n.body).chain(&n.enclosures).collect();
    for b in blocks {
        out.push(format!(
            "block label {} title {} preamble {} closing {}",
            b.label.is_some(),
            b.title.is_some(),
            b.preamble.len(),
            b.closing.len()
        ));
        for s in b.walk() {
            let roles: Vec<_> = s
                .responsibility
                .iter()
                .flat_map(|r| &r.departments)
                .map(|d| (d.role, d.generic))
                .collect();
            let deadlines: Vec<_> = s
                .deadlines
                .iter()
                .map(|d| (d.kind.as_str(), d.date, d.time.clone()))
                .collect();
            out.push(format!("  {} {roles:?} {deadlines:?}", s.path));
        }
    }
    out.push(format!(
        "warnings {:?}",
        n.warnings.iter().map(|w| w.code).collect::<Vec<_>>()
    ));
    out
}

#[test]
fn traditional_script_gives_the_facts_of_simplified() {
    let pairs = [
        ("fixtures/seed/000_fd4865ccc7d4429b.txt", "seed_000.txt"),
        (
            "fixtures/shapes/labels_over_values.txt",
            "labels_over_values.txt",
        ),
        (
            "fixtures/shapes/page_with_previous_and_next_links.txt",
            "page_with_previous_and_next_links.txt",
        ),
        ("fixtures/shapes/pipe_task_table.txt", "pipe_task_table.txt"),
        (
            "fixtures/shapes/tab_task_table_contact.txt",
            "tab_task_table_contact.txt",
        ),
        ("fixtures/shapes/plan_variants.txt", "plan_variants.txt"),
        (
            "fixtures/shapes/reply_to_a_proposal.txt",
            "reply_to_a_proposal.txt",
        ),
        (
            "fixtures/shapes/task_split_roles_after_names.txt",
            "task_split_roles_after_names.txt",
        ),
        (
            "fixtures/shapes/work_points_lenticular_brackets.txt",
            "work_points_lenticular_brackets.txt",
        ),
        (
            "fixtures/shapes/joint_signature_with_seals.txt",
            "joint_signature_with_seals.txt",
        ),
        (
            "fixtures/shapes/markdown_task_table.txt",
            "markdown_task_table.txt",
        ),
        (
            "fixtures/shapes/attachment_note_after_sections.txt",
            "attachment_note_after_sections.txt",
        ),
        (
            "fixtures/shapes/national_plan_abridged.txt",
            "national_plan_abridged.txt",
        ),
        (
            "fixtures/shapes/fields_a_value_and_the_next_label_to_a_line.txt",
            "fields_a_value_and_the_next_label_to_a_line.txt",
        ),
    ];
    for (simplified, traditional) in pairs {
        let want = facts(&load(simplified));
        let got = facts(&load(&format!("fixtures/traditional/{traditional}")));
        assert_eq!(got, want, "{traditional}");
    }
}

#[test]
fn traditional_labels_headers_and_furniture() {
    let n = load("fixtures/traditional/labels_over_values.txt");
    let p = n.portal.as_ref().expect("portal");
    // 發佈機構： over its value.
    assert_eq!(p.publisher.as_deref(), Some("廣州市人民政府辦公廳"));
    assert_eq!(p.breadcrumbs.first().map(String::as_str), Some("首頁"));
    // A task table's header in traditional script: the columns give the roles.
    let n = load("fixtures/traditional/pipe_task_table.txt");
    let names: Vec<_> = n
        .sections()
        .filter_map(|(_, s)| s.responsibility.as_ref())
        .flat_map(|r| &r.departments)
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names.first().copied(), Some("市商務局"));
    // 部門解讀 and the like under the page are furniture, not the plan's closing.
    let n = load("fixtures/traditional/seed_000.txt");
    let closing: Vec<_> = n.enclosures[0]
        .closing
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(closing.len(), 1, "{closing:?}");
}

/// The notice of a damaged text, whose first warning must say that it was repaired by `code`;
/// that warning is taken off, so that its facts compare with the original's.
fn repaired(text: &str, code: gongwen::WarningCode, name: &str) -> Notice {
    let mut n = gongwen::parse(text).expect("parses");
    assert_eq!(n.warnings.first().map(|w| w.code), Some(code), "{name}");
    n.warnings.remove(0);
    n
}

#[test]
fn pinyin_inserted_after_characters_gives_the_facts_of_simplified() {
    let pairs = [
        (
            "fixtures/seed/000_fd4865ccc7d4429b.txt",
            "seed_000_pinyin.txt",
        ),
        (
            "fixtures/shapes/responsibility_forms.txt",
            "responsibility_forms_pinyin.txt",
        ),
        (
            "fixtures/shapes/markdown_task_table.txt",
            "markdown_task_table_pinyin.txt",
        ),
        (
            "fixtures/shapes/attachment_note_after_sections.txt",
            "attachment_note_after_sections_pinyin.txt",
        ),
    ];
    for (simplified, damaged) in pairs {
        let text =
            std::fs::read_to_string(format!("fixtures/traditional/{damaged}")).expect("fixture");
        // The warning points at the first character that has pinyin after it, and quotes it.
        let w = &gongwen::parse(&text).expect("parses").warnings[0];
        let sp = w.span.expect("warning span");
        let open = text
            .match_indices('(')
            .map(|(i, _)| i)
            .find(|&i| text[i + 1..].starts_with(|c: char| c.is_lowercase()))
            .expect("pinyin");
        let close = open + text[open..].find(')').expect("closed");
        let char_before = text[..open].chars().next_back().expect("a character");
        assert_eq!(
            sp.range(),
            open - char_before.len_utf8()..close + 1,
            "{damaged}"
        );
        let first = &text[sp.range()];
        assert!(w.message.contains(&format!("`{first}`")), "{}", w.message);
        let n = repaired(&text, gongwen::WarningCode::PinyinRemoved, damaged);
        assert_eq!(facts(&n), facts(&load(simplified)), "{damaged}");
        // The values are clean; the spans point at the text as given.
        for (_, s) in n.sections() {
            assert!(!s.text.contains("(q"), "{}", s.text);
            for d in s.responsibility.iter().flat_map(|r| &r.departments) {
                assert!(!d.name.contains('('), "{}", d.name);
                let source = &text[d.span.range()];
                assert_eq!(gongwen::segment::without_pinyin(source), d.raw, "{damaged}");
            }
        }
        let num = n.doc_number.as_ref().expect("number");
        assert_eq!(&text[num.span.range()], num.raw);
        assert!(num.raw.ends_with("號(hào)"), "{}", num.raw);
    }
}

#[test]
fn mojibake_is_read_back_to_the_facts_of_the_original() {
    // The seed's UTF-8 bytes shown one by one as Latin-1 characters, as a page misread as
    // Windows-1252 and saved again shows them (å¹¿ä¸œçœ for 广东省).
    for path in [
        "fixtures/seed/000_fd4865ccc7d4429b.txt",
        "fixtures/shapes/responsibility_forms.txt",
    ] {
        let original = std::fs::read_to_string(path).expect("fixture");
        let damaged: String = original.bytes().map(char::from).collect();
        let n = repaired(&damaged, gongwen::WarningCode::MojibakeRepaired, path);
        let want = load(path);
        assert_eq!(facts(&n), facts(&want), "{path}");
        assert_eq!(n.title, want.title);
        // Spans point at the damaged text, on its characters' boundaries.
        let num = n.doc_number.as_ref().expect("number");
        assert_eq!(&damaged[num.span.range()], num.raw);
        let sp = n.spans.title.expect("title span");
        assert!(damaged.is_char_boundary(sp.start) && damaged.is_char_boundary(sp.end));
    }
}
