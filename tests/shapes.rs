//! Facts of the small fixtures under `fixtures/shapes/`, written by reading them: every heading
//! level, full-width markers, bullets, responsibilities and deadlines beyond the seed, and text
//! that is not a notice.

use gongwen::{DeadlineKind, Notice, Role, WarningCode};

fn load(name: &str) -> (Notice, String) {
    let text = std::fs::read_to_string(format!("fixtures/shapes/{name}")).expect("fixture");
    (gongwen::parse(&text).expect("parses"), text)
}

fn roles(r: &gongwen::Responsibility) -> Vec<(&str, Role)> {
    r.departments
        .iter()
        .map(|d| (d.name.as_str(), d.role))
        .collect()
}

/// An item's path, its departments with their roles, and its deadlines as written with their
/// dates.
type ItemFacts<'a> = (&'a str, &'a [(&'a str, Role)], &'a [(&'a str, &'a str)]);

/// The source text of each span.
fn sources<'t>(text: &'t str, spans: &[gongwen::Span]) -> Vec<&'t str> {
    spans.iter().map(|s| &text[s.range()]).collect()
}

/// The dates of a section's deadlines (empty for one that nothing anchors).
fn dates(s: &gongwen::Section) -> Vec<String> {
    s.deadlines
        .iter()
        .map(|d| d.date.map(|d| d.to_string()).unwrap_or_default())
        .collect()
}

/// A section's path, its departments with their roles, and the dates of its deadlines.
type Row<'a> = (&'a str, Vec<(&'a str, Role)>, Vec<String>);

/// The [`Row`] of each section of a block, in order.
fn rows(b: &gongwen::Block) -> Vec<Row<'_>> {
    b.walk()
        .map(|s| {
            (
                s.path.as_str(),
                s.responsibility.as_ref().map(roles).unwrap_or_default(),
                dates(s),
            )
        })
        .collect()
}

/// `text` as a careless capture flattens it: its lines trimmed and glued with `glue` (nothing,
/// or a space).
fn flattened(text: &str, glue: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(glue)
}

/// The normalised document number.
fn number(n: &Notice) -> Option<String> {
    n.doc_number.as_ref().map(|d| d.normalized.clone())
}

/// The label and the title of each enclosure.
fn labels_and_titles(n: &Notice) -> Vec<(Option<&str>, Option<&str>)> {
    n.enclosures
        .iter()
        .map(|e| (e.label.as_deref(), e.title.as_deref()))
        .collect()
}

fn paths(n: &Notice) -> Vec<String> {
    n.sections().map(|(_, s)| s.path.clone()).collect()
}

#[test]
fn chapters_sections_articles_and_three_list_levels() {
    let (n, _) = load("articles_chapters.txt");
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("某府办规〔2020〕3号")
    );
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("某区农村集体资产管理办法")
    );
    assert_eq!(
        paths(&n),
        [
            "第一章",
            "第一章/第一条",
            "第一章/第二条",
            "第二章",
            "第二章/第一节",
            "第二章/第一节/第三条",
            "第二章/第一节/第三条/1",
            "第二章/第一节/第三条/2",
            "第二章/第一节/第三条/2/(1)",
            "第二章/第一节/第三条/2/(2)",
            "第二章/第一节/第三条/2/(2)/①",
            "第二章/第一节/第三条/2/(2)/②",
            "第二章/第二节",
            "第二章/第二节/第四条",
            "第三章",
            "第三章/第五条",
        ]
    );
    let s: Vec<_> = n.sections().map(|(_, s)| s).collect();
    // 第二条 keeps its continuation paragraph; its caption in brackets opens the text.
    assert_eq!(
        s[2].text,
        "【适用范围】本办法适用于本区农村集体经济组织。\n村民委员会改制后保留的集体经济组织适用本办法。"
    );
    // 每年3月31日前 is a recurrence; 2020年6月30日前 is a deadline.
    let d: Vec<_> = s[13]
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.date.unwrap().to_string()))
        .collect();
    assert_eq!(d, [("2020年6月30日前", "2020-06-30".to_string())]);
    let d: Vec<_> = s[15]
        .deadlines
        .iter()
        .map(|d| (d.kind.as_str(), d.date.unwrap().to_string()))
        .collect();
    assert_eq!(
        d,
        [
            ("from", "2020-04-01".to_string()),
            ("until", "2025-03-31".to_string())
        ]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn full_width_four_levels_bullets_and_closing() {
    let (n, text) = load("four_levels_fullwidth.txt");
    assert_eq!(n.doc_type.as_deref(), Some("意见"));
    let dn = n.doc_number.as_ref().expect("number");
    assert_eq!(
        (dn.normalized.as_str(), dn.year, dn.serial),
        ("某府〔2022〕8号", Some(2022), Some(8))
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-10")
    );
    assert_eq!(
        paths(&n),
        [
            "一",
            "一/—1",
            "一/—2",
            "二",
            "二/(一)",
            "二/(一)/1",
            "二/(一)/2",
            "二/(一)/2/(1)",
            "二/(一)/2/(2)",
            "二/(二)",
            "三"
        ]
    );
    let s: Vec<_> = n.sections().map(|(_, s)| s).collect();
    assert_eq!(s[1].marker, None, "a bullet has no marker");
    assert_eq!(s[1].heading.as_deref(), Some("坚持人民至上、生命至上"));
    let r = s[5].responsibility.as_ref().expect("responsibility");
    let deps = roles(r);
    assert_eq!(
        deps,
        [
            ("市应急管理局", Role::Lead),
            ("市工业和信息化局", Role::Cooperating),
            ("市市场监管局", Role::Cooperating)
        ]
    );
    assert_eq!(
        s[5].deadlines[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022-06-30")
    );
    assert_eq!(
        &text[s[5].deadlines[0].span.range()],
        "２０２２年６月３０日前"
    );
    assert_eq!(
        s[6].deadlines[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022-09-30")
    );
    let d: Vec<_> = s[9]
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.date.unwrap().to_string()))
        .collect();
    assert_eq!(
        d,
        [
            ("上半年", "2022-06-30".to_string()),
            ("年内", "2022-12-31".to_string())
        ]
    );
    let r = s[9].responsibility.as_ref().expect("responsibility");
    assert_eq!(r.departments[1].name, "市住房城乡建设局");
    // 三、保障措施 stands alone, so the paragraph after it is its text, not a closing.
    assert!(s[10].text.ends_with("确保各项措施落到实处。"));
    assert!(n.body.closing.is_empty());
}

#[test]
fn text_that_is_not_a_notice_gives_nulls_and_warnings() {
    let (n, text) = load("not_a_notice.txt");
    assert!(n.title.is_none() && n.doc_number.is_none() && n.issuer.is_none());
    let codes: Vec<WarningCode> = n.warnings.iter().map(|w| w.code).collect();
    assert!(codes.contains(&WarningCode::NotANotice));
    // No line is lost: each is a paragraph of the body.
    let kept: Vec<&str> = n
        .body
        .preamble
        .iter()
        .map(|p| &text[p.span.range()])
        .collect();
    assert_eq!(kept.len(), 3);
}

#[test]
fn labelled_roles_lists_of_dates_cc_and_printing() {
    let (n, text) = load("plan_variants.txt");
    assert_eq!(n.cc, ["省委办公厅", "省人大常委会办公厅", "省政协办公厅"]);
    assert_eq!(n.printed_by.as_deref(), Some("广东省某厅办公室"));
    assert_eq!(
        n.printed_date.map(|d| d.to_string()).as_deref(),
        Some("2023-09-02")
    );
    assert_eq!(&text[n.spans.cc[1].range()], "省人大常委会办公厅");
    // 2023年9月1日9/p>: read around the HTML residue, and said so.
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2023-09-01")
    );
    let codes: Vec<WarningCode> = n.warnings.iter().map(|w| w.code).collect();
    assert!(codes.contains(&WarningCode::HtmlResidue) && codes.contains(&WarningCode::DamagedDate));
    assert!(
        !codes.contains(&WarningCode::Truncated),
        "公开方式 is not the last sentence"
    );
    // A clock time.
    let d = &n.body.preamble[0].deadlines[0];
    assert_eq!(
        (d.date.map(|x| x.to_string()).as_deref(), d.time.as_deref()),
        (Some("2023-10-08"), Some("12:00"))
    );
    // A body without items closes with the note of its attachments all the same.
    assert_eq!(n.body.sections.len(), 0);
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["附件：某某专项行动工作方案"]);
    assert!(!n.body.preamble.iter().any(|p| p.text.starts_with("附件")));
    // 附件：title opens the enclosure that the note names.
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(n.enclosures[0].label.as_deref(), Some("附件"));
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("某某专项行动工作方案")
    );
    let s: Vec<_> = n.sections().map(|(_, s)| s).collect();
    let r = s[1].responsibility.as_ref().expect("labelled roles");
    let deps = roles(r);
    assert_eq!(
        deps,
        [
            ("省某厅", Role::Lead),
            ("省财政厅", Role::Cooperating),
            ("省人力资源社会保障厅", Role::Cooperating)
        ]
    );
    // A list of dates: the later ones inherit the year.
    let dates: Vec<_> = s[1]
        .deadlines
        .iter()
        .map(|d| d.date.unwrap().to_string())
        .collect();
    assert_eq!(dates, ["2023-12-31", "2024-03-31", "2024-06-30"]);
    let r = s[2].responsibility.as_ref().expect("责任单位");
    assert_eq!(r.departments[0].name, "团省委");
    let kinds: Vec<_> = s[3]
        .deadlines
        .iter()
        .map(|d| (d.kind.as_str(), d.date.unwrap().to_string()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("from", "2024-01-01".to_string()),
            ("until", "2028-12-31".to_string())
        ]
    );
}

#[test]
fn pipe_task_table_with_a_time_column() {
    let (n, _) = load("pipe_task_table.txt");
    let plan = &n.enclosures[0];
    assert_eq!(plan.title.as_deref(), Some("2022年重点工作任务分工"));
    let rows: Vec<_> = plan
        .sections
        .iter()
        .map(|s| {
            let r = s
                .responsibility
                .as_ref()
                .expect("responsibility from the columns");
            let deps = roles(r);
            let dates: Vec<_> = s
                .deadlines
                .iter()
                .map(|d| d.date.unwrap().to_string())
                .collect();
            (s.number, deps, dates)
        })
        .collect();
    assert_eq!(rows[0].0, Some(1));
    assert_eq!(
        rows[0].1,
        [
            ("市商务局", Role::Lead),
            ("市发展改革委", Role::Cooperating),
            ("市财政局", Role::Cooperating)
        ]
    );
    assert_eq!(rows[0].2, ["2022-06-30"]);
    assert_eq!(rows[1].2, ["2022-12-31"]);
    assert_eq!(
        rows[2].1,
        [("市政务服务数据管理局", Role::Lead)],
        "an empty cell names no one"
    );
    assert_eq!(rows[2].2, ["2022-09-30"]);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn number_after_the_title_and_a_release_note() {
    let (n, _) = load("title_number_release_note.txt");
    assert_eq!(n.title.as_deref(), Some("广东省人民政府关于某事的通知"));
    assert_eq!(n.doc_type.as_deref(), Some("通知"));
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤府函〔2021〕55号")
    );
    assert!(
        n.enclosures.is_empty(),
        "（此件主动公开） is not an enclosure"
    );
    assert_eq!(n.body.closing[0].text, "（此件主动公开）");
    let d = &n.body.preamble[0].deadlines;
    assert_eq!(d.len(), 1, "每年3月底前 recurs; 自2022年起 starts");
    assert_eq!(
        (d[0].kind.as_str(), d[0].date.unwrap().to_string()),
        ("from", "2022-01-01".to_string())
    );
}

#[test]
fn joint_issuers_on_their_own_lines_wrapped_addressees_signature_and_date_on_one_line() {
    let (n, text) = load("joint_issuers_wrapped.txt");
    assert_eq!(n.issuers, ["广东省发展和改革委员会", "广东省财政厅"]);
    assert_eq!(n.issuer.as_deref(), Some("广东省发展和改革委员会"));
    assert_eq!(
        n.title.as_deref(),
        Some("广东省发展和改革委员会 广东省财政厅关于印发某某工作方案的通知")
    );
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    assert_eq!(sources(&text, &n.spans.addressees), n.addressees);
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2022-05-06")
    );
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(n.enclosures[0].title.as_deref(), Some("某某工作方案"));
    let item = n.enclosures[0]
        .walk()
        .find(|s| s.path == "一/(一)")
        .expect("item");
    assert_eq!(
        item.deadlines[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022-06-30")
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_number_in_parentheses_on_the_line_under_the_title() {
    let text = "广东省人民政府办公厅关于进一步做好稳就业工作的意见\n（粤办发〔2021〕5号）\n各地级以上市人民政府：\n一、加强统筹。\n广东省人民政府办公厅\n2021年4月16日\n";
    let n = gongwen::parse(text).unwrap();
    assert_eq!(n.doc_type.as_deref(), Some("意见"));
    let d = n.doc_number.as_ref().expect("number");
    assert_eq!(
        (d.normalized.as_str(), &text[d.span.range()]),
        ("粤办发〔2021〕5号", "粤办发〔2021〕5号")
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn national_addressees_and_a_joint_signature_spaced_by_the_layout() {
    let (n, text) = load("national_addressees_joint_signature.txt");
    assert_eq!(n.issuers, ["财政部", "教育部"]);
    // The title sets its joint issuers apart by one space, whatever the document used (U+3000).
    assert_eq!(
        n.title.as_deref(),
        Some("财政部 教育部关于做好2023年学生资助资金管理工作的通知")
    );
    // Kinds of jurisdiction share the organ after them; an organ's other names stay with it.
    assert_eq!(
        n.addressees,
        [
            "各省、自治区、直辖市、计划单列市财政厅（局）",
            "教育厅（教委、教育局）",
            "新疆生产建设兵团财政局",
            "教育局"
        ]
    );
    assert_eq!(sources(&text, &n.spans.addressees), n.addressees);
    // One space between the organs of the signature, however wide the layout set them apart.
    assert_eq!(n.signatory.as_deref(), Some("财政部 教育部"));
    let sig = n.spans.signatory.expect("signature span");
    assert_eq!(&text[sig.range()], "财政部　　　　　　　　　教育部");
    let item = n.body.walk().find(|s| s.path == "一").expect("item 一");
    let d = &item.deadlines[0];
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2023-09-15"));
    assert_eq!(d.time.as_deref(), Some("17:00"));
    let r = item.responsibility.as_ref().expect("responsibility");
    assert_eq!(
        roles(r),
        [
            ("各省级财政部门", Role::Responsible),
            ("各省级教育部门", Role::Cooperating)
        ]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn an_order_numbered_under_its_name_and_signed_by_an_office() {
    let (n, text) = load("order_signed_by_office.txt");
    assert_eq!(n.title.as_deref(), Some("广东省人民政府令"));
    assert_eq!(n.doc_type.as_deref(), Some("令"));
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府"));
    let num = n.doc_number.as_ref().expect("order number");
    assert_eq!(num.raw, "第298号");
    assert_eq!(&text[num.span.range()], "第298号");
    assert_eq!(num.normalized, "广东省人民政府令第298号");
    assert_eq!(num.agency, "广东省人民政府令");
    assert_eq!((num.year, num.serial), (None, Some(298)));
    assert_eq!(n.signatory.as_deref(), Some("省长 王伟中"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2022-12-19")
    );
    // The number and the signature are header values, not text of the body.
    assert_eq!(n.body.preamble.len(), 1);
    assert!(
        n.body.preamble[0]
            .text
            .starts_with("《广东省某某管理办法》")
    );
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(n.enclosures[0].title.as_deref(), Some("广东省某某管理办法"));
    assert_eq!(paths(&n).iter().filter(|p| p.contains('条')).count(), 4);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn time_limits_inside_responsibility_parentheses() {
    let (n, text) = load("labelled_time_limits.txt");
    let plan = &n.enclosures[0];
    assert_eq!(plan.title.as_deref(), Some("广州市优化营商环境工作要点"));
    let item = |path: &str| plan.walk().find(|s| s.path == path).expect(path);
    let dates = |path: &str| -> Vec<(String, String)> {
        item(path)
            .deadlines
            .iter()
            .map(|d| {
                (
                    text[d.span.range()].to_string(),
                    d.date.map(|x| x.to_string()).unwrap_or_default(),
                )
            })
            .collect()
    };
    let depts = |path: &str| -> Vec<(String, Role)> {
        item(path)
            .responsibility
            .as_ref()
            .map(|r| {
                roles(r)
                    .into_iter()
                    .map(|(n, r)| (n.to_string(), r))
                    .collect()
            })
            .unwrap_or_default()
    };
    // (item, its departments, its deadlines as written and resolved)
    let expected: [ItemFacts<'_>; 4] = [
        // 牵头单位：…；责任单位：…；完成时限：… — the limit is the item's deadline, not a name.
        (
            "一/1",
            &[
                ("市政务服务数据管理局", Role::Lead),
                ("各区政府", Role::Responsible),
            ],
            &[("2023年12月底前", "2023-12-31")],
        ),
        // 完成时间：2023年6月 — the end of that month.
        (
            "一/2",
            &[
                ("市发展改革委", Role::Responsible),
                ("市住房城乡建设局", Role::Responsible),
            ],
            &[("2023年6月", "2023-06-30")],
        ),
        // Unlabelled: the limit after the last verb is no responsible organ.
        (
            "一/3",
            &[("市司法局", Role::Lead), ("市有关部门", Role::Responsible)],
            &[("2023年9月底前", "2023-09-30")],
        ),
        // 持续推进 is a note on progress, no organ and no deadline.
        ("二/4", &[("市规划和自然资源局", Role::Responsible)], &[]),
    ];
    for (path, want_depts, want_dates) in expected {
        let want_depts: Vec<(String, Role)> = want_depts
            .iter()
            .map(|&(n, r)| (n.to_string(), r))
            .collect();
        let want_dates: Vec<(String, String)> = want_dates
            .iter()
            .map(|&(t, d)| (t.to_string(), d.to_string()))
            .collect();
        assert_eq!(depts(path), want_depts, "{path}");
        assert_eq!(dates(path), want_dates, "{path}");
    }
    // The responsibility's raw text keeps the whole parenthesis.
    let raw = &item("一/1").responsibility.as_ref().expect("resp").raw;
    assert!(raw.ends_with("完成时限：2023年12月底前"), "{raw}");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn an_empty_label_leaves_the_line_under_it_that_is_no_value_of_it() {
    // 发布机构： and 成文日期： with no value: the title under them is the title, single-spaced
    // or double-spaced.
    let lines = [
        "索引号：",
        "006939748/2024-00125",
        "发布机构：",
        "成文日期：",
        "广东省人民政府办公厅关于做好某项工作的通知",
        "粤府办〔2024〕7号",
        "各地级以上市人民政府：",
        "一、做好甲事。（省甲厅负责）",
        "二、做好乙事。（省乙厅负责）",
        "广东省人民政府办公厅",
        "2024年4月10日",
    ];
    for sep in ["\n", "\n\n"] {
        let n = gongwen::parse(&lines.join(sep)).expect("parses");
        assert_eq!(
            n.title.as_deref(),
            Some("广东省人民政府办公厅关于做好某项工作的通知"),
            "{sep:?}"
        );
        let p = n.portal.as_ref().expect("portal");
        assert_eq!(p.index_number.as_deref(), Some("006939748/2024-00125"));
        assert!(p.publisher.is_none() && p.written_date.is_none() && p.title.is_none());
    }
}

#[test]
fn metadata_labels_without_colons_in_cells_or_over_their_values() {
    // (A label with no value in its line is the page's furniture.)
    for (file, alone) in [
        ("fields_in_cells_parted_by_tabs.txt", "主题词"),
        ("labels_alone_above_their_values.txt", "索引号"),
    ] {
        let (n, text) = load(file);
        let p = n.portal.as_ref().expect("portal");
        assert_eq!(
            p.index_number.as_deref(),
            Some("11440300007542653X/2024-00123"),
            "{file}"
        );
        assert_eq!(p.category.as_deref(), Some("综合政务"), "{file}");
        assert_eq!(
            p.publisher.as_deref(),
            Some("深圳市人民政府办公厅"),
            "{file}"
        );
        assert_eq!(p.written_date.as_deref(), Some("2024-04-02"), "{file}");
        assert_eq!(
            p.title.as_deref(),
            Some("深圳市人民政府办公厅关于印发深圳市某某行动计划的通知"),
            "{file}"
        );
        assert_eq!(
            p.doc_number.as_deref(),
            Some("深府办函〔2024〕21号"),
            "{file}"
        );
        assert_eq!(p.published_date.as_deref(), Some("2024-04-10"), "{file}");
        let furniture = sources(&text, &p.furniture);
        assert!(furniture.contains(&alone), "{file}: {furniture:?}");
        assert_eq!(
            n.title.as_deref(),
            Some("深圳市人民政府办公厅关于印发深圳市某某行动计划的通知"),
            "{file}"
        );
        assert_eq!(
            n.doc_number.as_ref().map(|d| d.normalized.as_str()),
            Some("深府办函〔2024〕21号"),
            "{file}"
        );
        assert_eq!(n.addressees, ["各区人民政府", "市政府直属各单位"], "{file}");
        assert_eq!(n.written_date, gongwen::Date::new(2024, 4, 2), "{file}");
        assert!(
            n.body.preamble.iter().all(|p| !p.text.contains("索引号")),
            "{file}"
        );
        assert!(n.warnings.is_empty(), "{file}: {:?}", n.warnings);
    }
}

#[test]
fn metadata_labels_each_over_its_value() {
    let (n, text) = load("labels_over_values.txt");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(
        p.index_number.as_deref(),
        Some("11440100MB2C92158N/2023-00188")
    );
    assert_eq!(p.category.as_deref(), Some("综合政务、通知"));
    assert_eq!(p.publisher.as_deref(), Some("广州市人民政府办公厅"));
    assert_eq!(p.written_date.as_deref(), Some("2023-06-12"));
    assert_eq!(
        p.title.as_deref(),
        Some("广州市人民政府办公厅关于进一步加强城市管理工作的通知")
    );
    assert_eq!(p.doc_number.as_deref(), Some("穗府办〔2023〕9号"));
    assert_eq!(p.published_date.as_deref(), Some("2023-06-16"));
    let furniture = sources(&text, &p.furniture);
    assert!(furniture.contains(&"索引号："), "{furniture:?}");
    assert!(
        furniture.contains(&"扫一扫在手机打开当前页"),
        "{furniture:?}"
    );
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("穗府办〔2023〕9号")
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2023-06-16")
    );
    assert_eq!(paths(&n), ["一", "二"]);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_request_numbered_with_its_signer_on_the_same_line() {
    let (n, text) = load("request_with_signer.txt");
    let num = n.doc_number.as_ref().expect("number");
    assert_eq!(num.normalized, "粤府报〔2023〕5号");
    assert_eq!(&text[num.span.range()], "粤府报〔2023〕5号");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府关于申请设立某某综合保税区的请示")
    );
    assert_eq!(n.doc_type.as_deref(), Some("请示"));
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府"));
    assert_eq!(n.issuers, ["广东省人民政府"]);
    assert_eq!(n.addressees, ["国务院"]);
    assert_eq!(paths(&n), ["一", "二"]);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // The request's question closes the body; it is no part of the last item under its
    // heading.
    let closing: Vec<_> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        ["妥否，请批示。", "（联系人：张三，电话：020-83133333）"]
    );
    assert!(
        n.body.sections[1]
            .text
            .ends_with("恳请国务院批准设立某某综合保税区。")
    );
    // The signer far to the right, after a run of ASCII spaces: the same head, and no sign of
    // a flattened text.
    let spaced = text.replace(
        "　　　　　　　　　　签发人",
        &format!("{}签发人", " ".repeat(30)),
    );
    assert_ne!(spaced, text);
    let m = gongwen::parse(&spaced).expect("parses");
    assert_eq!(m.doc_number, n.doc_number);
    assert_eq!(m.title, n.title);
    assert!(m.portal.is_none());
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn role_labels_on_lines_of_their_own_under_an_item() {
    let (n, text) = load("labelled_role_lines.txt");
    let plan = &n.enclosures[0];
    let item = |path: &str| plan.walk().find(|s| s.path == path).expect(path);
    let resp = |path: &str| item(path).responsibility.as_ref().expect(path);
    // 牵头单位： / 配合单位： lines: each label gives its role.
    assert_eq!(
        roles(resp("一/1")),
        [
            ("市工业和信息化局", Role::Lead),
            ("市发展改革局", Role::Cooperating),
            ("市科技局", Role::Cooperating)
        ]
    );
    let d = &item("一/1").deadlines;
    assert_eq!(d.len(), 1);
    assert_eq!(&text[d[0].span.range()], "2023年12月");
    assert_eq!(
        d[0].date.map(|x| x.to_string()).as_deref(),
        Some("2023-12-31")
    );
    assert_eq!(
        roles(resp("一/2")),
        [
            ("市工业和信息化局", Role::Responsible),
            ("各市（区）人民政府", Role::Responsible)
        ]
    );
    // 部门分工： leaves the roles to the verbs.
    assert_eq!(
        roles(resp("一/3")),
        [
            ("市农业农村局", Role::Lead),
            ("市财政局", Role::Cooperating)
        ]
    );
    for (path, r) in [("一/1", resp("一/1")), ("一/3", resp("一/3"))] {
        for d in &r.departments {
            assert_eq!(&text[d.span.range()], d.name, "{path}");
        }
    }
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn attachments_labelled_on_their_own_line_and_a_task_table_of_cells() {
    let (n, _) = load("attachments_with_a_cell_table.txt");
    let labels = labels_and_titles(&n);
    // A title that ends in 表 is whole: the table's header cells are not joined to it.
    assert_eq!(
        labels,
        [
            (Some("附件1"), Some("肇庆市2023年民生实事实施方案")),
            (Some("附件2"), Some("肇庆市2023年民生实事任务分工表"))
        ]
    );
    let table = &n.enclosures[1];
    let rows: Vec<_> = table.walk().collect();
    assert_eq!(rows.len(), 2);
    let r = rows[1].responsibility.as_ref().expect("responsibility");
    // 、 inside a parenthesis does not cut a name.
    assert_eq!(
        roles(r),
        [
            ("市住房城乡建设局", Role::Lead),
            ("各县（市、区）政府", Role::Cooperating)
        ]
    );
    assert_eq!(
        rows[1].deadlines[0].date.map(|d| d.to_string()).as_deref(),
        Some("2023-11-30")
    );
    // The notice ends with the table's last cell, a time limit: it is not cut short.
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn files_offered_for_download_under_the_page_are_furniture() {
    let (n, text) = load("footer_with_download_links.txt");
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let p = n.portal.as_ref().expect("portal");
    let furniture = sources(&text, &p.furniture);
    assert!(furniture.contains(&"相关附件："), "{furniture:?}");
    assert!(
        furniture.contains(&"粤办函〔2023〕150号.pdf"),
        "{furniture:?}"
    );
    assert_eq!(
        n.body.closing.last().map(|c| c.text.as_str()),
        Some("（此件公开发布）")
    );
}

#[test]
fn titles_of_related_pages_and_the_site_footer_are_furniture() {
    let (n, text) = load("footer_with_related_pages.txt");
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.written_date.unwrap().to_string(), "2024-04-10");
    assert_eq!(n.body.sections.len(), 3);
    assert!(n.body.closing.is_empty());
    let p = n.portal.as_ref().expect("portal");
    let furniture = sources(&text, &p.furniture);
    for line in [
        "相关附件：",
        "相关稿件：",
        "广东省进一步优化支付服务提升支付便利性工作方案图解",
        "扫一扫在手机打开当前页",
        "主办：广东省人民政府办公厅",
        "粤公网安备 44010402001380号",
    ] {
        assert!(furniture.contains(&line), "{line}: {furniture:?}");
    }
    // A list under such a label in the body, before the signature, is the body's.
    let text = "广东省某某局关于做好某项工作的通知\n粤某〔2024〕3号\n各地级以上市某某局：\n现就有关事项通知如下。\n相关文件：\n1.关于某事的通知\n2.关于某事的意见\n某某局\n2024年4月10日\n";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(n.written_date.unwrap().to_string(), "2024-04-10");
    assert_eq!(n.signatory.as_deref(), Some("某某局"));
    assert!(n.portal.is_none());
}

#[test]
fn a_table_copied_with_tabs_and_a_contact_line() {
    let (n, _) = load("tab_task_table_contact.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // The contact line closes the body; it is no part of item 二.
    let body = &n.body;
    assert_eq!(
        body.sections[1].text,
        "及时报送进展。请于2023年12月20日前将年度工作总结报送省政务服务数据管理局。"
    );
    assert_eq!(
        body.closing.first().map(|c| c.text.as_str()),
        Some("联系人：李明，电话：020-83133333。")
    );
    // Cells separated by tabs are a table: one item per row, roles from the column unless a
    // verb in the cell says otherwise.
    let table = &n.enclosures[0];
    assert_eq!(
        table.title.as_deref(),
        Some("广东省2023年营商环境改革重点任务")
    );
    let rows: Vec<_> = table.walk().collect();
    // A row's number, its departments with their roles, and its deadlines' dates.
    type RowFacts<'a> = (Option<u32>, Vec<(&'a str, Role)>, Vec<String>);
    let facts: Vec<RowFacts> = rows
        .iter()
        .map(|s| {
            (
                s.number,
                s.responsibility.as_ref().map(roles).unwrap_or_default(),
                dates(s),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            (
                Some(1),
                vec![("省司法厅", Role::Lead), ("省有关单位", Role::Cooperating)],
                vec!["2023-06-30".to_string()]
            ),
            (
                Some(2),
                vec![("省住房城乡建设厅", Role::Responsible)],
                vec!["2023-12-31".to_string()]
            ),
            (
                Some(3),
                vec![
                    ("省政务服务数据管理局", Role::Responsible),
                    ("各地级以上市人民政府", Role::Responsible)
                ],
                vec![]
            ),
        ]
    );
    assert_eq!(
        rows[0].heading.as_deref(),
        Some("全面推行证明事项告知承诺制")
    );
}

#[test]
fn lines_broken_by_a_fixed_width_layout_are_joined() {
    let (n, text) = load("hard_wrapped_lines.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // Text without the layout's line breaks and page numbers, as the paragraph was written.
    let unbroken = gongwen::segment::joined_lines;
    let preamble: Vec<&str> = n.body.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        preamble,
        [
            "经省人民政府同意，现将《广东省推动新型储能产业高质量发展指导意见》印发给你们，请认真贯彻执行。实施过程中遇到的问题，请径向省发展改革委反映。"
        ]
    );
    let plan = &n.enclosures[0];
    assert_eq!(plan.preamble.len(), 1);
    let items: Vec<_> = n.sections().map(|(_, s)| s).collect();
    let paths: Vec<&str> = items.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(paths, ["一", "二", "二/(一)", "二/(二)", "二/(三)", "三"]);
    let first = items[2];
    assert_eq!(
        first.text,
        "加强储能技术攻关。支持龙头企业联合高校、科研院所开展核心技术攻关，力争2023年底前突破一批关键技术，形成一批具有自主知识产权的创新成果。（省科技厅牵头，省发展改革委、省工业和信息化厅配合）"
    );
    assert_eq!(first.heading.as_deref(), Some("加强储能技术攻关"));
    // Each item's departments with their roles, and its deadlines' dates.
    type Facts<'a> = (Vec<(&'a str, Role)>, Vec<String>);
    let facts: Vec<Facts> = items[2..5]
        .iter()
        .map(|s| {
            (
                s.responsibility.as_ref().map(roles).unwrap_or_default(),
                dates(s),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            (
                vec![
                    ("省科技厅", Role::Lead),
                    ("省发展改革委", Role::Cooperating),
                    ("省工业和信息化厅", Role::Cooperating)
                ],
                vec!["2023-12-31".to_string()]
            ),
            (
                vec![
                    ("省能源局", Role::Responsible),
                    ("省发展改革委", Role::Responsible)
                ],
                vec!["2023-09-30".to_string()]
            ),
            (
                vec![
                    ("省发展改革委", Role::Lead),
                    ("广东电网公司", Role::Cooperating)
                ],
                vec!["2024-06-30".to_string()]
            ),
        ]
    );
    // A page break inside item (二): its page number is furniture, no part of the text.
    let second = items[3];
    assert!(
        second
            .text
            .starts_with("推进储能电站建设。各地要结合电网实际，科学布局新型储能电站，"),
        "{}",
        second.text
    );
    let p = n.portal.as_ref().expect("the page number is furniture");
    assert_eq!(sources(&text, &p.furniture), ["— 2 —"]);
    // Spans still point into the source: across a break, the span covers it.
    let r = first.responsibility.as_ref().expect("responsibility");
    assert_eq!(
        &text[r.departments[1].span.range()],
        "省发展改\n革委",
        "a name broken by the layout"
    );
    for s in &items {
        for d in s.responsibility.iter().flat_map(|r| &r.departments) {
            assert_eq!(unbroken(&text[d.span.range()]), d.raw);
        }
        for d in &s.deadlines {
            assert_eq!(unbroken(&text[d.span.range()]), d.text);
        }
        assert!(unbroken(&text[s.span.range()]).contains(&*unbroken(&s.text)));
    }
}

#[test]
fn links_to_the_previous_and_next_pages_are_furniture() {
    let (n, text) = load("page_with_previous_and_next_links.txt");
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤发改资环函〔2023〕612号")
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-06")
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2023-05-08")
    );
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.source.as_deref(), Some("广东省发展和改革委员会"));
    assert_eq!(p.published_at.as_deref(), Some("2023-05-08T17:30:12+08:00"));
    let furniture = sources(&text, &p.furniture);
    for line in [
        "【打印本页】【关闭窗口】",
        "上一篇：关于做好迎峰度夏工作的通知",
        "下一篇：关于公布2022年度能耗双控考核结果的通知",
    ] {
        assert!(furniture.contains(&line), "{line} in {furniture:?}");
    }
    let deadlines: Vec<String> = n.body.preamble[0]
        .deadlines
        .iter()
        .map(|d| d.date.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(deadlines, ["2023-06-30", "2023-11-15"]);
}

#[test]
fn responsibilities_with_notes_and_prose_around_the_names() {
    let (n, text) = load("responsibility_with_notes.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let items: Vec<_> = n
        .sections()
        .map(|(_, s)| s)
        .filter(|s| s.level == 2)
        .collect();
    let got: Vec<(&str, Vec<(&str, Role)>)> = items
        .iter()
        .map(|s| {
            (
                s.path.as_str(),
                s.responsibility.as_ref().map(roles).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // The assignment is the parenthesis's first sentence; a note follows it.
            (
                "一/(一)",
                vec![
                    ("省财政厅", Role::Lead),
                    ("省有关单位", Role::Responsible),
                    ("各地级以上市人民政府", Role::Responsible)
                ]
            ),
            (
                "一/(二)",
                vec![
                    ("省发展改革委", Role::Responsible),
                    ("省财政厅", Role::Responsible),
                    ("人民银行广州分行", Role::Responsible),
                    ("人民银行深圳市中心支行", Role::Responsible)
                ]
            ),
            (
                "一/(三)",
                vec![("省教育厅", Role::Lead), ("省财政厅", Role::Cooperating)]
            ),
            (
                "一/(四)",
                vec![
                    ("省地方金融监管局", Role::Responsible),
                    ("广东银保监局", Role::Responsible),
                    ("深圳银保监局", Role::Responsible)
                ]
            ),
            // 注： and the words before 由 are no names.
            ("二/(五)", vec![("省财政厅", Role::Responsible)]),
            ("二/(六)", vec![("各地", Role::Responsible)]),
        ]
    );
    let first = items[0].responsibility.as_ref().expect("responsibility");
    assert_eq!(
        &text[first.span.range()],
        "省财政厅牵头，省有关单位按职责分工负责，各地级以上市人民政府落实"
    );
}

#[test]
fn enclosed_markers_and_an_item_that_starts_with_a_month() {
    let (n, _) = load("enclosed_markers.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // ㈠ and ⑴ are (一) and (1) as word processors write them; 1．4月 is item 1 about April.
    // Each section's path, marker as written, number, and deadlines' dates.
    type Facts<'a> = (String, Option<&'a str>, Option<u32>, Vec<String>);
    let got: Vec<Facts> = n
        .sections()
        .map(|(_, s)| (s.path.clone(), s.marker.as_deref(), s.number, dates(s)))
        .collect();
    let want = [
        ("一", Some("一、"), Some(1), vec![]),
        ("一/(一)", Some("㈠"), Some(1), vec!["2023-05-31"]),
        ("一/(二)", Some("㈡"), Some(2), vec![]),
        ("一/(二)/(1)", Some("⑴"), Some(1), vec![]),
        ("一/(二)/(2)", Some("⑵"), Some(2), vec![]),
        ("二", Some("二、"), Some(2), vec![]),
        ("二/1", Some("1．"), Some(1), vec!["2023-04-30"]),
        ("二/2", Some("2．"), Some(2), vec!["2023-06-30"]),
    ];
    let want: Vec<Facts> = want
        .into_iter()
        .map(|(p, m, k, d)| {
            (
                p.to_string(),
                m,
                k,
                d.into_iter().map(String::from).collect(),
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_reply_to_a_proposal_addressed_to_a_member() {
    let (n, _) = load("reply_to_a_proposal.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.doc_type.as_deref(), Some("函"));
    assert_eq!(n.addressees, ["李明委员"]);
    assert_eq!(n.body.addressees, ["李明委员"]);
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2023-06-20")
    );
    assert_eq!(n.cc, ["省政府办公厅", "省政协提案委", "省住房城乡建设厅"]);
    // The reply's text starts after the addressee; the contact line closes it.
    assert!(n.body.preamble[0].text.starts_with("您提出的"));
    assert_eq!(n.body.closing.len(), 1);
    assert!(n.body.closing[0].text.starts_with("（联系人"));
    // (path, kind, phrase, date, clause) of every deadline: a range of months governs the
    // clause after it; 下半年 ends with the year; 不晚于 a date is a limit; a range that ended
    // before the reply (2023年1月至5月，全省已下达…) is a fact.
    let got: Vec<_> = n
        .sections()
        .flat_map(|(_, s)| {
            s.deadlines.iter().map(|d| {
                (
                    s.path.as_str(),
                    d.kind.as_str(),
                    d.text.as_str(),
                    d.date.map(|d| d.to_string()).unwrap_or_default(),
                    d.clause.as_str(),
                )
            })
        })
        .collect();
    let d = |p, k, t, date: &str, c| (p, k, t, date.to_string(), c);
    assert_eq!(
        got,
        [
            d(
                "一",
                "from",
                "2023年7月",
                "2023-07-01",
                "组织开展农村生活污水治理专项排查"
            ),
            d(
                "一",
                "until",
                "12月",
                "2023-12-31",
                "组织开展农村生活污水治理专项排查"
            ),
            d(
                "一",
                "by",
                "2023年下半年",
                "2023-12-31",
                "2023年下半年启动治理成效评估"
            ),
            d(
                "二",
                "by",
                "不晚于2023年9月30日",
                "2023-09-30",
                "各地应不晚于2023年9月30日报送项目清单"
            ),
        ]
    );
}

#[test]
fn an_announcement_numbered_by_year_under_its_name() {
    let (n, text) = load("announcement_numbered_by_year.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.doc_type.as_deref(), Some("公告"));
    assert_eq!(n.issuer.as_deref(), Some("广东省市场监督管理局"));
    // 2023年第12号 under the name is the number, cited with the name before it.
    let num = n.doc_number.as_ref().expect("number");
    assert_eq!(&text[num.span.range()], "2023年第12号");
    assert_eq!(num.normalized, "广东省市场监督管理局公告2023年第12号");
    assert_eq!((num.year, num.serial), (Some(2023), Some(12)));
    assert!(n.body.preamble[0].text.starts_with("根据"));
    assert_eq!(n.body.closing[0].text, "特此公告。");
    // A time of day in hours (17时) is the deadline's time; a limit counted from an event
    // (自收到检验结果之日起15日内) is none.
    let got: Vec<_> = n
        .sections()
        .flat_map(|(_, s)| {
            s.deadlines.iter().map(|d| {
                (
                    s.path.as_str(),
                    d.text.as_str(),
                    d.date.map(|d| d.to_string()).unwrap_or_default(),
                    d.time.as_deref(),
                )
            })
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2", "2023年8月31日前", "2023-08-31".to_string(), None),
            ("2", "9月5日17时前", "2023-09-05".to_string(), Some("17:00")),
        ]
    );
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(n.enclosures[0].label.as_deref(), Some("附件"));
}

#[test]
fn parts_half_brackets_and_labels_inside_an_item() {
    let (n, text) = load("parts_half_brackets_inline_labels.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let plan = &n.enclosures[0];
    // 1） is a level of its own, under 2、.
    let got: Vec<_> = plan
        .walk()
        .map(|s| (s.path.as_str(), s.marker.as_deref(), s.number))
        .collect();
    assert_eq!(
        got,
        [
            ("第一部分", Some("第一部分"), Some(1)),
            ("第一部分/1", Some("1、"), Some(1)),
            ("第一部分/2", Some("2、"), Some(2)),
            ("第一部分/2/1)", Some("1）"), Some(1)),
            ("第一部分/2/2)", Some("2）"), Some(2)),
            ("第二部分", Some("第二部分"), Some(2)),
            ("第二部分/3", Some("3、"), Some(3)),
            ("第二部分/4", Some("4、"), Some(4)),
        ]
    );
    let item = |path: &str| plan.walk().find(|s| s.path == path).expect(path);
    let resp = |path: &str| item(path).responsibility.as_ref().expect(path);
    // Two labels on one line: each gives the role of the names after it.
    assert_eq!(
        roles(resp("第一部分/2/1)")),
        [
            ("市金融工作局", Role::Lead),
            ("人民银行东莞市中心支行", Role::Cooperating),
            ("东莞银保监分局", Role::Cooperating)
        ]
    );
    // A label after the item's sentences, in the same paragraph, with a time limit after the
    // names.
    assert_eq!(
        roles(resp("第二部分/3")),
        [
            ("市发展和改革局", Role::Responsible),
            ("市财政局", Role::Responsible)
        ]
    );
    assert_eq!(dates(item("第二部分/3")), ["2023-09-30"]);
    for path in ["第一部分/2/1)", "第二部分/3"] {
        for d in &resp(path).departments {
            assert_eq!(&text[d.span.range()], d.raw, "{path}");
        }
    }
    assert!(item("第二部分/4").responsibility.is_none());
    // 本措施自印发之日起实施，有效期至2023年12月31日: from the written date until the end.
    assert_eq!(dates(item("第二部分/4")), ["2023-03-02", "2023-12-31"]);
}

#[test]
fn a_forwarded_notice_with_its_own_head_and_release_note() {
    let (n, text) = load("forwarded_notice_with_release_note.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤办函〔2022〕150号")
    );
    // The forwarding notice's own limit is in its text.
    let limits: Vec<_> = n.body.preamble[0]
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(limits, [("2022年12月底前", Some("2022-12-31".to_string()))]);
    // The forwarded notice keeps its own number, addressees, signature, date and release note.
    assert_eq!(n.enclosures.len(), 1);
    let e = &n.enclosures[0];
    assert_eq!(
        e.title.as_deref(),
        Some("国务院办公厅关于进一步做好稳外贸稳外资工作的意见")
    );
    assert_eq!(
        e.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("国办发〔2022〕18号")
    );
    assert_eq!(
        e.addressees,
        ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]
    );
    assert_eq!(e.signatory.as_deref(), Some("国务院办公厅"));
    assert_eq!(
        e.written_date.map(|d| d.to_string()).as_deref(),
        Some("2022-05-17")
    );
    let closing: Vec<_> = e.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["（此件公开发布）"]);
    assert!(text[e.span.range()].ends_with("（此件公开发布）"));
    let resp = |k: usize| {
        roles(
            e.sections[k]
                .responsibility
                .as_ref()
                .expect("responsibility"),
        )
    };
    assert_eq!(
        resp(0),
        [
            ("人民银行", Role::Responsible),
            ("银保监会", Role::Responsible),
            ("外汇局", Role::Responsible)
        ]
    );
    assert_eq!(
        resp(1),
        [
            ("财政部", Role::Responsible),
            ("商务部", Role::Responsible),
            ("银保监会", Role::Responsible)
        ]
    );
}

#[test]
fn a_task_table_with_its_cells_padded_apart() {
    let (n, text) = load("spaced_task_table.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let plan = &n.enclosures[0];
    assert_eq!(
        plan.title.as_deref(),
        Some("韶关市2023年营商环境改革重点任务清单")
    );
    // The header row stays text; each row is an item, numbered by its first cell.
    assert_eq!(plan.preamble.len(), 1);
    assert!(plan.preamble[0].text.starts_with("序号"));
    type Row<'a> = (
        Option<u32>,
        Option<&'a str>,
        Vec<(&'a str, Role)>,
        Vec<String>,
    );
    let rows: Vec<Row> = plan
        .sections
        .iter()
        .map(|s| {
            let r = s
                .responsibility
                .as_ref()
                .expect("responsibility from the columns");
            for d in &r.departments {
                assert_eq!(&text[d.span.range()], d.raw);
            }
            (s.number, s.heading.as_deref(), roles(r), dates(s))
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                Some(1),
                Some("推行“一照多址”改革"),
                vec![
                    ("市市场监管局", Role::Lead),
                    ("市政务服务数据管理局", Role::Cooperating)
                ],
                vec!["2023-06-30".to_string()]
            ),
            (
                Some(2),
                Some("优化工程建设项目审批"),
                vec![
                    ("市住房城乡建设局", Role::Lead),
                    ("市自然资源局", Role::Cooperating),
                    ("市发展改革局", Role::Cooperating)
                ],
                vec!["2023-12-31".to_string()]
            ),
            (
                Some(3),
                Some("提升跨境贸易便利化水平"),
                vec![("市商务局", Role::Lead), ("韶关海关", Role::Cooperating)],
                vec![]
            ),
        ]
    );
}

#[test]
fn minutes_numbered_under_their_name() {
    let (n, text) = load("minutes_numbered_by_year.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.doc_type.as_deref(), Some("纪要"));
    // 〔2023〕12号 under the name is the number, cited with the name before it.
    let num = n.doc_number.as_ref().expect("number");
    assert_eq!(&text[num.span.range()], "〔2023〕12号");
    assert_eq!(num.normalized, "广东省人民政府常务会议纪要〔2023〕12号");
    assert_eq!((num.year, num.serial), (Some(2023), Some(12)));
    assert!(n.body.preamble[0].text.starts_with("2023年5月10日"));
    let first = &n.body.sections[0];
    assert_eq!(
        roles(first.responsibility.as_ref().expect("responsibility")),
        [("省应急管理厅", Role::Lead)]
    );
    assert_eq!(dates(first), ["2023-06-30"]);
    // Who attended and who was excused close the minutes; they are no part of the last item.
    let closing: Vec<_> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["出席：王伟中、张虎、王曦", "请假：孙志洋"]);
    assert!(!n.body.sections[1].text.contains("出席"));
}

#[test]
fn work_points_assigned_in_lenticular_brackets() {
    let (n, text) = load("work_points_lenticular_brackets.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // The cover note: 30 days from the notice's own issuing, and a date by the end of its
    // working day.
    let limits: Vec<_> = n.body.preamble[0]
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        limits,
        [
            ("30日内", Some("2025-03-12".to_string())),
            ("2025年3月31日下班前", Some("2025-03-31".to_string()))
        ]
    );
    let plan = &n.enclosures[0];
    let item = |path: &str| plan.walk().find(|s| s.path == path).expect(path);
    let resp = |path: &str| item(path).responsibility.as_ref().expect(path);
    assert_eq!(
        roles(resp("一/(一)")),
        [
            ("省政务服务和数据管理局", Role::Lead),
            ("省发展改革委", Role::Cooperating),
            ("省工业和信息化厅", Role::Cooperating)
        ]
    );
    assert_eq!(dates(item("一/(一)")), ["2025-12-31"]);
    assert_eq!(
        roles(resp("一/(二)")),
        [
            ("省政务服务和数据管理局", Role::Responsible),
            ("各地级以上市人民政府", Role::Responsible)
        ]
    );
    assert_eq!(item("一/(二)").deadlines[0].text, "2025年第三季度末前");
    assert_eq!(dates(item("一/(二)")), ["2025-09-30"]);
    // A bracket and a parenthesis in one item; 5日内 from an applicant's receipt is a rule of
    // procedure, no deadline.
    assert_eq!(
        roles(resp("二/(三)")),
        [
            ("省政务服务和数据管理局", Role::Responsible),
            ("省公安厅", Role::Responsible)
        ]
    );
    assert_eq!(dates(item("二/(三)")), ["2025-06-30"]);
    // A bracket inside a sentence assigns nothing.
    assert!(item("二/(四)").responsibility.is_none());
    for path in ["一/(一)", "一/(二)", "二/(三)"] {
        for d in &resp(path).departments {
            assert_eq!(&text[d.span.range()], d.raw, "{path}");
        }
    }
}

#[test]
fn a_direct_notice_with_contact_lines_and_an_imprint() {
    let (n, text) = load("direct_notice_contact_and_imprint.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.issuers, ["广东省发展改革委", "广东省能源局"]);
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤发改能源函〔2025〕1288号")
    );
    assert_eq!(n.cc, ["国家能源局南方监管局"]);
    assert_eq!(
        n.printed_by.as_deref(),
        Some("广东省发展和改革委员会办公室")
    );
    assert_eq!(
        n.printed_date.map(|d| d.to_string()).as_deref(),
        Some("2025-11-18")
    );
    let item = |path: &str| n.body.walk().find(|s| s.path == path).expect(path);
    // 每月5日前 recurs: no deadline.
    assert!(item("一/(二)").deadlines.is_empty());
    assert_eq!(dates(item("二/(四)")), ["2026-01-01", "2026-03-31"]);
    // A heading that stands alone keeps its paragraph, with a limit by the end of a working
    // day; the contact line under it closes the notice.
    let organise = item("三");
    assert_eq!(
        organise.text,
        "抓好组织实施\n各单位要高度重视，明确专人负责，请于2025年12月20日下班前将联系人信息报省能源局电力处。"
    );
    assert_eq!(dates(organise), ["2025-12-20"]);
    let closing: Vec<_> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        [
            "联系人：王明，电话：020-83133000。",
            "（联系人：电力处 李华，电话：020-83133111）"
        ]
    );
    for p in &n.body.closing {
        assert_eq!(&text[p.span.range()], p.text);
    }
}

#[test]
fn a_task_split_with_roles_written_after_names() {
    let (n, text) = load("task_split_roles_after_names.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let plan = &n.enclosures[0];
    let item = |path: &str| plan.walk().find(|s| s.path == path).expect(path);
    let resp = |path: &str| item(path).responsibility.as_ref().expect(path);
    // Two labels inside the parenthesis.
    assert_eq!(
        roles(resp("1")),
        [
            ("省农业农村厅", Role::Lead),
            ("省发展改革委", Role::Cooperating),
            ("省财政厅", Role::Cooperating),
            ("各地级以上市人民政府", Role::Cooperating)
        ]
    );
    // （牵头） after a name is its role.
    assert_eq!(
        roles(resp("2")),
        [
            ("省农业农村厅", Role::Lead),
            ("省财政厅", Role::Responsible),
            ("省自然资源厅", Role::Responsible)
        ]
    );
    // A time limit inside the parenthesis is no name.
    assert_eq!(
        roles(resp("3")),
        [
            ("省农业农村厅", Role::Lead),
            ("省科技厅", Role::Responsible),
            ("省林业局", Role::Responsible)
        ]
    );
    assert_eq!(dates(item("3")), ["2025-12-31"]);
    // A label after the sentence, its verb of duties in parentheses.
    assert_eq!(
        roles(resp("4")),
        [
            ("省农业农村厅", Role::Responsible),
            ("省市场监管局", Role::Responsible)
        ]
    );
    for path in ["1", "2", "3", "4"] {
        for d in &resp(path).departments {
            assert_eq!(&text[d.span.range()], d.raw, "{path}");
        }
    }
}

#[test]
fn an_announcement_with_its_number_after_its_name() {
    let (n, text) = load("announcement_number_after_name.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.title.as_deref(), Some("广东省自然资源厅公告"));
    assert_eq!(n.doc_type.as_deref(), Some("公告"));
    let d = n.doc_number.as_ref().expect("number");
    assert_eq!(d.normalized, "广东省自然资源厅公告2025年第3号");
    assert_eq!((d.year, d.serial), (Some(2025), Some(3)));
    assert_eq!(&text[d.span.range()], "2025年第3号");
    assert_eq!(n.issuer.as_deref(), Some("广东省自然资源厅"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2025-07-20")
    );
    assert_eq!(paths(&n), ["一", "二", "三"]);
    let item = |path: &str| n.body.walk().find(|s| s.path == path).expect(path);
    // 15 days from the announcement's own publishing, and a date as written.
    assert_eq!(dates(item("二")), ["2025-08-04"]);
    assert_eq!(dates(item("三")), ["2025-08-15"]);
    assert_eq!(n.body.closing[0].text, "特此公告。");
}

#[test]
fn an_announcement_flattened_onto_one_line() {
    let (n, text) = load("announcement_flattened.txt");
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, [WarningCode::FlattenedText]);
    assert_eq!(n.title.as_deref(), Some("广东省人民政府公告"));
    let d = n.doc_number.as_ref().expect("number");
    assert_eq!(d.normalized, "广东省人民政府公告第12号");
    assert_eq!(&text[d.span.range()], "第12号");
    assert_eq!(n.signatory.as_deref(), Some("广东省人民政府"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2025-06-03")
    );
    // The items glued after the sentence before them are items.
    assert_eq!(paths(&n), ["一", "二", "三"]);
    let heads: Vec<_> = n.body.walk().map(|s| s.heading.as_deref()).collect();
    assert_eq!(
        heads,
        [
            Some("征收土地位置：广州市番禺区石楼镇"),
            Some("征收土地面积：12.5公顷"),
            Some(
                "本公告自发布之日起30日内，被征收土地的所有权人、使用权人应当持不动产权属证明材料办理补偿登记"
            ),
        ]
    );
    assert_eq!(dates(n.body.walk().nth(2).expect("三")), ["2025-07-03"]);
    assert!(
        n.body.preamble[0]
            .text
            .starts_with("根据《中华人民共和国土地管理法》")
    );
}

#[test]
fn a_tab_table_whose_time_column_holds_months() {
    let (n, text) = load("masthead_tab_table_time_column.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(
        n.title.as_deref(),
        Some("广州市黄埔区人民政府办公室关于印发黄埔区2025年为民办实事项目的通知")
    );
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("穗埔府办〔2025〕3号")
    );
    // The enclosure's title stops before the table's header row.
    let table = &n.enclosures[0];
    assert_eq!(table.title.as_deref(), Some("黄埔区2025年为民办实事项目"));
    let rows = rows(table);
    assert_eq!(
        rows,
        [
            (
                "1",
                vec![("区教育局", Role::Responsible)],
                vec!["2025-09-30".to_string()]
            ),
            (
                "2",
                vec![
                    ("区住房建设局", Role::Responsible),
                    ("各街道办事处", Role::Responsible)
                ],
                vec!["2025-12-31".to_string()]
            ),
            (
                "3",
                vec![("区交通运输局", Role::Responsible)],
                vec!["2025-12-31".to_string()]
            ),
        ]
    );
    // A month alone in the time column is the deadline, as written.
    let first = &table.sections[0].deadlines[0];
    assert_eq!(first.text, "2025年9月");
    assert_eq!(&text[first.span.range()], "2025年9月");
}

#[test]
fn a_decision_dated_by_its_note_of_adoption() {
    let (n, text) = load("decision_adopted_at_a_meeting.txt");
    assert_eq!(n.doc_type.as_deref(), Some("决定"));
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府"));
    // No signature: the note under the title gives the date the decision was made.
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2025-03-28")
    );
    let sp = n.spans.written_date.expect("span");
    assert_eq!(&text[sp.range()], "2025年3月28日");
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, [WarningCode::MissingDocNumber]);
    assert!(n.body.preamble[0].text.starts_with("省人民政府决定对"));
    assert_eq!(paths(&n), ["一", "二"]);
    let from = &n.body.closing[0].deadlines[0];
    assert_eq!(
        (from.text.as_str(), from.date.map(|d| d.to_string())),
        ("自2025年5月1日起", Some("2025-05-01".to_string()))
    );
}

#[test]
fn a_decision_published_by_an_order_and_its_sentence_on_force() {
    let (n, text) = load("decision_published_by_an_order.txt");
    assert_eq!(n.doc_type.as_deref(), Some("决定"));
    // The note under the title: adopted on 12 June, published by order No. 310.
    let number = n.doc_number.as_ref().expect("number");
    assert_eq!(number.normalized, "广东省人民政府令第310号");
    assert_eq!(number.serial, Some(310));
    assert_eq!(&text[number.span.range()], "广东省人民政府令第310号");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-06-12")
    );
    // The sentence that opens with the decision is no addressee line.
    assert!(n.addressees.is_empty());
    assert_eq!(
        n.body.preamble[0].text,
        "为维护国家法制统一，省人民政府决定："
    );
    assert_eq!(
        paths(&n),
        ["一", "一/(一)", "一/(二)", "二", "二/(一)", "二/(二)"]
    );
    // The last entry of a list of titles is no heading that owns the sentence on the
    // decision's force: that closes the decision.
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["本决定自公布之日起施行。"]);
    let last = &n.body.sections[1].children[1];
    assert!(last.deadlines.is_empty());
    assert!(!last.text.contains("本决定"));

    // Under a heading that stands alone, such a sentence closes the plan too; under the
    // heading of its final provisions (附则) it is theirs.
    for (heading, closes) in [("二、保障措施", true), ("二、附则", false)] {
        let src = format!(
            "某某市人民政府办公室关于印发某某方案的通知\n各区人民政府：\n现将方案印发给你们。\n\
             某某市人民政府办公室\n2024年5月6日\n某某方案\n一、工作任务\n各区要加强监管。\n\
             {heading}\n各区要加强组织领导。\n本方案自印发之日起施行。\n"
        );
        let n = gongwen::parse(&src).expect("parses");
        let plan = &n.enclosures[0];
        let closing: Vec<&str> = plan.closing.iter().map(|p| p.text.as_str()).collect();
        let own = &plan.sections[1].text;
        if closes {
            assert_eq!(closing, ["本方案自印发之日起施行。"], "{heading}");
            assert!(!own.contains("本方案"), "{heading}");
        } else {
            assert!(closing.is_empty(), "{heading}");
            assert!(own.ends_with("本方案自印发之日起施行。"), "{heading}");
        }
    }
}

#[test]
fn a_decision_published_by_an_order_flattened_or_with_its_note_beside_the_title() {
    let (lined, text) = load("decision_published_by_an_order.txt");
    let facts = |n: &Notice| {
        (
            n.title.clone(),
            number(n),
            n.written_date.map(|d| d.to_string()),
            n.addressees.clone(),
        )
    };
    // Flattened with spaces: the note's white space and its second date part nothing.
    let flat = gongwen::parse(&flattened(&text, " ")).expect("parses");
    assert_eq!(facts(&flat), facts(&lined));
    assert_eq!(paths(&flat), paths(&lined));
    // The note on the title's line, white space between.
    let beside = text.replacen("的决定\n（", "的决定　（", 1);
    assert_ne!(beside, text);
    let n = gongwen::parse(&beside).expect("parses");
    assert_eq!(facts(&n), facts(&lined));
    assert_eq!(n.doc_type.as_deref(), Some("决定"));
}

#[test]
fn a_forwarded_opinion_keeps_its_own_head_and_exhortations_name_no_one() {
    let (n, _) = load("forwarded_national_opinion_with_its_head.txt");
    assert_eq!(number(&n).as_deref(), Some("粤府办〔2024〕6号"));
    assert_eq!(n.enclosures.len(), 1);
    let op = &n.enclosures[0];
    assert_eq!(
        op.title.as_deref(),
        Some("国务院办公厅关于进一步优化支付服务提升支付便利性的意见")
    );
    assert_eq!(
        op.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("国办发〔2024〕10号")
    );
    assert_eq!(
        op.addressees,
        ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]
    );
    assert_eq!(op.signatory.as_deref(), Some("国务院办公厅"));
    assert_eq!(
        op.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-01")
    );
    let first = op.sections[0].children[0]
        .responsibility
        .as_ref()
        .expect("roles");
    assert_eq!(
        roles(first),
        [("人民银行", Role::Lead), ("各有关部门", Role::Responsible)]
    );
    // 各地区、各有关部门要加强协同配合 is what they are urged to do, not who does the item.
    assert_eq!(op.sections[1].heading.as_deref(), Some("强化组织保障"));
    assert!(op.sections[1].responsibility.is_none());
    // The body's own limit, against the body's date.
    let d = &n.body.preamble[0].deadlines[0];
    assert_eq!(
        (d.text.as_str(), d.date.map(|d| d.to_string())),
        ("2024年5月31日前", Some("2024-05-31".to_string()))
    );
}

#[test]
fn a_signature_spaced_out_and_a_seal_note_under_the_signature() {
    // 广 东 省 财 政 厅 over a date in numerals: one organ, its name without the spaces.
    let (n, text) = load("letter_signed_spaced_out.txt");
    assert_eq!(n.signatory.as_deref(), Some("广东省财政厅"));
    assert_eq!(n.issuers, ["广东省财政厅"]);
    assert_eq!(
        &text[n.spans.signatory.expect("span").range()],
        "广 东 省 财 政 厅"
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-12")
    );
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert!(codes.is_empty(), "{codes:?}");
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["特此函告。", "（信息公开方式：依申请公开）"]);
    // Flattened, the spaced-out name glued between the formula and the date stays one.
    for glue in ["", " "] {
        let flat = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(flat.signatory, n.signatory, "{glue:?}");
        assert_eq!(flat.written_date, n.written_date, "{glue:?}");
    }

    // （代章） on its line under the organ says where the seal goes: no organ of its own.
    let (n, _) = load("urgent_notice_signed_with_a_seal_note.txt");
    assert_eq!(n.signatory.as_deref(), Some("某某市安全生产委员会办公室"));
    assert_eq!(n.issuers, ["某某市安全生产委员会办公室"]);
    assert_eq!(n.issuer.as_deref(), Some("某某市安全生产委员会办公室"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-01-30")
    );
    assert_eq!(paths(&n), ["一", "二", "三"]);
}

#[test]
fn assignments_in_tortoise_shell_brackets() {
    let (n, _) = load("plan_with_tortoise_shell_brackets.txt");
    let plan = &n.enclosures[0];
    let tasks = &plan.sections[1];
    let first = &tasks.children[0].children[0];
    assert_eq!(first.path, "二/(一)/1");
    let r = first.responsibility.as_ref().expect("roles");
    assert_eq!(r.raw, "责任单位：市政务服务数据管理局，各市（区）人民政府");
    assert_eq!(
        roles(r),
        [
            ("市政务服务数据管理局", Role::Responsible),
            ("各市（区）人民政府", Role::Responsible)
        ]
    );
    // A list that ends with a generic 单位 is no label alone.
    let third = &tasks.children[1].children[0];
    assert_eq!(
        roles(third.responsibility.as_ref().expect("roles")),
        [
            ("市政务服务数据管理局", Role::Responsible),
            ("市有关单位", Role::Responsible)
        ]
    );
    let last = &plan.sections[2].children[1];
    assert_eq!(
        roles(last.responsibility.as_ref().expect("roles")),
        [("市财政局", Role::Responsible)]
    );
    // The text ends with the bracket that closes its last item: nothing is cut off.
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_reposts_words_above_the_title_are_no_part_of_it() {
    let (n, text) = load("repost_with_words_above_the_title.txt");
    // 点击蓝字 关注我们 / [图片] / 近日，…印发《关于…的通知》，一起来看↓↓↓ stand above the title:
    // the title starts with its issuer and 关于.
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府办公厅关于进一步做好稳就业工作的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(n.issuers, ["广东省人民政府办公厅"]);
    assert_eq!(number(&n).as_deref(), Some("粤府办〔2024〕9号"));
    let portal = n.portal.as_ref().expect("portal");
    // The repost's words about the notice are furniture, not the page's title.
    assert_eq!(portal.title, None);
    let furniture = sources(&text, &portal.furniture);
    assert!(
        furniture.iter().any(|f| f.contains("一起来看")),
        "{furniture:?}"
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-10")
    );
    assert_eq!(paths(&n), ["一", "二"]);
}

#[test]
fn a_news_reposts_lead_above_the_notice_it_quotes_whole() {
    let (n, text) = load("news_repost_quoting_the_notice_whole.txt");
    // 南方网讯 日前，…。全文如下： is the page's, and the notice's head is read after it.
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府办公厅关于进一步做好稳就业工作的通知")
    );
    assert_eq!(number(&n).as_deref(), Some("粤府办〔2024〕9号"));
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    assert!(
        n.body.preamble[0]
            .text
            .starts_with("为进一步做好稳就业工作")
    );
    let portal = n.portal.as_ref().expect("portal");
    let furniture = sources(&text, &portal.furniture);
    assert!(
        furniture.iter().any(|f| f.ends_with("全文如下：")),
        "{furniture:?}"
    );
    // A field's value ends before the next label after white space (来源：南方网　作者：张三).
    assert_eq!(portal.source.as_deref(), Some("南方网"));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // Flattened, the title glued after the lead starts at its issuer.
    for glue in ["", " "] {
        let flat = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(flat.title, n.title, "{glue:?}");
        assert_eq!(number(&flat), number(&n), "{glue:?}");
        assert_eq!(flat.addressees, n.addressees, "{glue:?}");
    }
}

#[test]
fn a_national_plan_republished_with_an_editors_note() {
    let (n, _) = load("national_plan_abridged.txt");
    assert_eq!(n.issuer.as_deref(), Some("国务院"));
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("国发〔2024〕7号")
    );
    assert_eq!(
        n.addressees,
        ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]
    );
    // The editor's note under the date closes the body; it is no part of the plan's title.
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["（本文有删减）"]);
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("推动大规模设备更新和消费品以旧换新行动方案")
    );
    let (_, first) = n
        .sections()
        .find(|(_, s)| s.path == "二/(一)")
        .expect("二/(一)");
    let r = first.responsibility.as_ref().expect("responsibility");
    assert_eq!(
        roles(r),
        [
            ("工业和信息化部", Role::Responsible),
            ("国家发展改革委", Role::Responsible),
            ("生态环境部", Role::Responsible),
            ("市场监管总局", Role::Responsible),
            ("国家能源局", Role::Responsible),
        ]
    );
    let (_, cars) = n
        .sections()
        .find(|(_, s)| s.path == "三/(三)")
        .expect("三/(三)");
    let r = cars.responsibility.as_ref().expect("responsibility");
    assert_eq!(roles(r)[0], ("商务部", Role::Lead));
    assert_eq!(roles(r)[4], ("财政部", Role::Cooperating));
    let (_, appliances) = n
        .sections()
        .find(|(_, s)| s.path == "三/(四)")
        .expect("三/(四)");
    assert_eq!(dates(appliances), ["2025-06-30"]);
}

#[test]
fn an_attachment_note_after_the_last_section_closes_the_body() {
    let (n, _) = load("attachment_note_after_sections.txt");
    // 三、其他事项 keeps its own paragraph; the contact and the note of the attachments close
    // the body.
    let (_, other) = n.sections().find(|(_, s)| s.path == "三").expect("三");
    assert_eq!(
        other.text,
        "其他事项\n申报材料一式三份，同时报送电子版至邮箱。"
    );
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        [
            "联系人：王某某，电话：020-83123456。",
            "附件：1.2024年度市级重点项目申报表",
            "2.2024年度市级重点项目汇总表",
        ]
    );
    let labels: Vec<_> = n.enclosures.iter().map(|e| e.label.as_deref()).collect();
    assert_eq!(labels, [Some("附件1"), Some("附件2")]);
    let (_, third) = n.sections().find(|(_, s)| s.path == "二/3").expect("二/3");
    assert_eq!(dates(third), ["2024-06-30"]);
}

#[test]
fn a_task_table_written_in_markdown() {
    let (n, text) = load("markdown_task_table.txt");
    let table = &n.enclosures[0];
    // The header and the rule under it are the table's preamble, the rows its items.
    assert_eq!(table.preamble.len(), 2);
    assert!(table.preamble[1].text.starts_with("|---|"));
    let rows = rows(table);
    assert_eq!(
        rows,
        [
            (
                "1",
                vec![("市市场监管局", Role::Responsible)],
                vec!["2024-06-30".to_string()]
            ),
            (
                "2",
                vec![("市税务局", Role::Responsible)],
                vec!["2024-12-31".to_string()]
            ),
            (
                "3",
                vec![
                    ("市住房城乡建设局", Role::Lead),
                    ("市供电局", Role::Cooperating)
                ],
                vec!["2024-09-30".to_string()]
            ),
        ]
    );
    // The column of measures is no responsibility: the row's heading is its task.
    assert_eq!(table.sections[0].heading.as_deref(), Some("优化企业开办"));
    let month = &table.sections[2].deadlines[0];
    assert_eq!(&text[month.span.range()], "2024年9月");
}

#[test]
fn responsibilities_in_parentheses_on_lines_of_their_own() {
    let (n, _) = load("responsibility_lines_in_parentheses.txt");
    let rows = rows(&n.body);
    assert_eq!(
        rows,
        [
            (
                "一",
                vec![
                    ("市应急管理局", Role::Lead),
                    ("各区、县级市人民政府", Role::Responsible)
                ],
                vec!["2024-06-30".to_string()]
            ),
            ("二", vec![], vec![]),
            (
                "二/(一)",
                vec![
                    ("市公安局", Role::Responsible),
                    ("市交通运输局", Role::Responsible)
                ],
                vec![]
            ),
            (
                "二/(二)",
                vec![("市住房城乡建设局", Role::Responsible)],
                vec!["2024-09-30".to_string()]
            ),
            // Each quarter's end is a recurrence, no deadline.
            ("三", vec![], vec![]),
        ]
    );
}

/// An item's path, its departments, and its deadlines (kind, date, text as written).
type OwnedItemFacts = (String, Vec<String>, Vec<(String, String, String)>);

/// [`OwnedItemFacts`] of each item.
fn item_facts(n: &Notice) -> Vec<OwnedItemFacts> {
    n.sections()
        .map(|(_, s)| {
            (
                s.path.clone(),
                s.responsibility
                    .iter()
                    .flat_map(|r| r.departments.iter().map(|d| d.name.clone()))
                    .collect(),
                s.deadlines
                    .iter()
                    .map(|d| {
                        (
                            format!("{:?}", d.kind),
                            d.date.map(|d| d.to_string()).unwrap_or_default(),
                            d.text.replace(['(', ')'], "").replace(['（', '）'], ""),
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn the_forms_of_a_deadline() {
    let (n, _) = load("deadline_forms.txt");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-06-03")
    );
    let got: Vec<(String, Vec<(String, String)>)> = n
        .sections()
        .map(|(_, s)| {
            (
                s.path.clone(),
                s.deadlines
                    .iter()
                    .map(|d| {
                        (
                            d.text.clone(),
                            d.date.map(|d| d.to_string()).unwrap_or_default(),
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let want: &[(&str, &[(&str, &str)])] = &[
        ("一", &[("2024年底", "2024-12-31")]),
        ("二", &[("2024年年底前", "2024-12-31")]),
        ("三", &[("今年底前", "2024-12-31")]),
        ("四", &[("2024年第三季度", "2024-09-30")]),
        ("五", &[("9月中旬前", "2024-09-20")]),
        ("六", &[("2024年10月1日（星期二）前", "2024-10-01")]),
        ("七", &[("10月上旬", "2024-10-10")]),
        ("八", &[("本月底前", "2024-06-30")]),
        ("九", &[("2024年6月30日24时前", "2024-06-30")]),
        ("十", &[("2024年6月30日17:00前", "2024-06-30")]),
        // The middle and the end of November: done by the end of the later part.
        ("十一", &[("2024年11月中下旬", "2024-11-30")]),
        // The first day of the Spring Festival of 2025.
        ("十二", &[("2025年春节前", "2025-01-29")]),
        (
            "十三",
            &[("2024年7月1日", "2024-07-01"), ("7月15日", "2024-07-15")],
        ),
        (
            "十四",
            &[
                ("2024年下半年", "2024-12-31"),
                ("2025年6月底前", "2025-06-30"),
            ],
        ),
        ("十五", &[("自2024年7月1日起", "2024-07-01")]),
        ("十六", &[("2024年内", "2024-12-31")]),
        // How things stood at a date before the document's: no limit.
        ("十七", &[]),
        ("十八", &[("2024年6月底之前", "2024-06-30")]),
        ("十九", &[("2024年8月31日以前", "2024-08-31")]),
        ("二十", &[("6月30号前", "2024-06-30")]),
    ];
    assert_eq!(got.len(), want.len());
    for ((path, dls), (wpath, wdls)) in got.iter().zip(want) {
        assert_eq!(path, wpath);
        let w: Vec<(String, String)> = wdls
            .iter()
            .map(|(t, d)| (t.to_string(), d.to_string()))
            .collect();
        assert_eq!(dls, &w, "{path}");
    }
    let (_, nine) = n.sections().find(|(_, s)| s.path == "九").expect("九");
    assert_eq!(nine.deadlines[0].time.as_deref(), Some("24:00"));
    // Every item names its department.
    assert!(n.sections().all(|(_, s)| s.responsibility.is_some()));
}

#[test]
fn a_flattened_copy_gives_the_facts_of_its_lines() {
    let (lined, _) = load("deadline_forms.txt");
    let (flat, _) = load("flattened_items_after_parentheses.txt");
    assert!(
        flat.warnings
            .iter()
            .any(|w| w.code == WarningCode::FlattenedText)
    );
    assert_eq!(flat.title, lined.title);
    assert_eq!(
        flat.doc_number,
        lined.doc_number.clone().map(|mut d| {
            d.span = flat.doc_number.as_ref().expect("number").span;
            d
        })
    );
    assert_eq!(flat.signatory, lined.signatory);
    assert_eq!(flat.written_date, lined.written_date);
    assert_eq!(item_facts(&flat), item_facts(&lined));
}

/// Parses fixture `name` glued onto one line and checks that its items (paths, departments,
/// deadlines) are those of its lines; returns the flattened notice.
fn glued_keeps_its_items(name: &str) -> Notice {
    let (lined, text) = load(name);
    let flat = gongwen::parse(&flattened(&text, "")).expect("parses");
    assert_eq!(paths(&flat), paths(&lined), "{name}");
    assert_eq!(item_facts(&flat), item_facts(&lined), "{name}");
    flat
}

#[test]
fn chapters_sections_and_lists_after_colons_glued_into_one_line_keep_their_tree() {
    // 第一节 glued after its chapter's heading, and the first item of each list glued after
    // the colon that announces it (…下列制度：１．财务公开制度；２．…).
    let flat = glued_keeps_its_items("articles_chapters.txt");
    assert!(
        !flat
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::NumberingGap),
        "{:?}",
        flat.warnings
    );
}

#[test]
fn lists_glued_after_their_colon_or_opening_with_a_date_keep_their_items() {
    // …现将有关情况公告如下：1.本次抽查…。2.对抽查…; …工作安排1．4月底前完成摸底。2．6月底前….
    for name in ["announcement_numbered_by_year.txt", "enclosed_markers.txt"] {
        glued_keeps_its_items(name);
    }
}

#[test]
fn items_glued_after_a_bracket_a_part_or_a_sentence_keep_their_tree() {
    // …人民政府】二、提升服务效能（三）…; 第一部分　助企纾困1、减免租金…; …加大信贷支持。1）扩大
    // 普惠贷款…东莞银保监分局2）降低融资成本…; …省自然资源厅）3.实施种业振兴行动…;
    // …各市(区)人民政府负责)二、市住房城乡建设局要….
    for name in [
        "work_points_lenticular_brackets.txt",
        "parts_half_brackets_inline_labels.txt",
        "task_split_roles_after_names.txt",
        "english_labelled_wrapper.txt",
    ] {
        glued_keeps_its_items(name);
    }
    // 附件:1.某某工作指引2.某某技术导则…附件1:某某工作指引一、总体要求…: the first
    // attachment's items are cut; the second's decimal headings (…技术导则1 总则1.1 为规范…)
    // are not, glued as they are (a limitation the README states).
    let name = "two_attachments_under_labels_with_colons.txt";
    let (lined, text) = load(name);
    let flat = gongwen::parse(&flattened(&text, "")).expect("parses");
    assert_eq!(
        paths(&lined),
        ["一", "二", "二/(一)", "1", "1/1.1", "1/1.2", "2", "2/2.1"]
    );
    assert_eq!(paths(&flat), ["一", "二", "二/(一)"]);
    assert_eq!(item_facts(&flat)[..3], item_facts(&lined)[..3]);
}

#[test]
fn a_flattened_decision_keeps_its_title_its_note_of_adoption_and_its_closing() {
    // …的决定（2025年3月28日…会议通过）省人民政府决定…二、删去第十条。本决定自2025年5月1日
    // 起施行。: no number, so the head ends at the note.
    let (lined, text) = load("decision_adopted_at_a_meeting.txt");
    for glue in ["", " "] {
        let flat = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(flat.title, lined.title, "{glue:?}");
        assert_eq!(flat.issuer, lined.issuer, "{glue:?}");
        assert_eq!(flat.written_date, lined.written_date, "{glue:?}");
        assert_eq!(paths(&flat), paths(&lined), "{glue:?}");
        let closing =
            |n: &Notice| -> Vec<String> { n.body.closing.iter().map(|p| p.text.clone()).collect() };
        assert_eq!(closing(&flat), closing(&lined), "{glue:?}");
    }
}

#[test]
fn a_joint_signature_over_its_seals_and_a_labelled_addressee_line() {
    let (n, text) = load("joint_signature_with_seals.txt");
    assert_eq!(n.issuers, ["广东省教育厅", "广东省财政厅"]);
    // The line of seals under the organs is no part of the signature, and does not part it
    // from its date.
    assert_eq!(n.signatory.as_deref(), Some("广东省教育厅 广东省财政厅"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-20")
    );
    // 主送： labels the addressees, which wrap onto a second line.
    assert_eq!(
        n.addressees,
        ["各地级以上市教育局", "各地级以上市财政局", "省属有关高校"]
    );
    assert_eq!(sources(&text, &n.spans.addressees)[0], "各地级以上市教育局");
    assert_eq!(n.cc, ["教育部教师工作司"]);
    assert_eq!(n.printed_by.as_deref(), Some("广东省教育厅办公室"));
    assert_eq!(
        n.printed_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-21")
    );
    let (_, time) = n.sections().find(|(_, s)| s.path == "二").expect("二");
    let got: Vec<_> = time
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            ("2024年7月", Some("2024-07-01".to_string())),
            ("8月", Some("2024-08-31".to_string())),
            ("6月15日前", Some("2024-06-15".to_string())),
        ]
    );
}

#[test]
fn a_capture_cut_off_inside_a_responsibility() {
    let (n, _) = load("partial_capture_cut_in_a_responsibility.txt");
    assert!(n.warnings.iter().any(|w| w.code == WarningCode::Truncated));
    let (_, first) = n.sections().find(|(_, s)| s.path == "一").expect("一");
    assert_eq!(
        roles(first.responsibility.as_ref().expect("responsibility")),
        [
            ("省发展改革委", Role::Lead),
            ("省财政厅", Role::Responsible),
            ("省商务厅", Role::Responsible),
        ]
    );
    // The capture stops inside the parenthesis: the run its verb closes is known, the names
    // after it (one of them cut: 省财) are not.
    let (_, last) = n.sections().find(|(_, s)| s.path == "二").expect("二");
    let r = last.responsibility.as_ref().expect("responsibility");
    assert_eq!(roles(r), [("省工业和信息化厅", Role::Lead)]);
    assert_eq!(r.raw, "省工业和信息化厅牵头");
    assert_eq!(dates(last), ["2024-12-31"]);
}

#[test]
fn credits_under_a_reposted_notice_are_page_furniture() {
    let (n, text) = load("repost_credits_under_the_date.txt");
    assert_eq!(n.signatory.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-12-20")
    );
    // 来源：, 编辑：, 审核： and the sharing buttons under the date are no enclosed document.
    assert!(n.enclosures.is_empty());
    let p = n.portal.as_ref().expect("page furniture");
    assert_eq!(p.source.as_deref(), Some("广东省人民政府门户网站"));
    assert_eq!(
        sources(&text, &p.furniture),
        [
            "编辑：李某",
            "审核：王某",
            "分享到：微信 微博",
            "点击阅读原文"
        ]
    );
    let (_, first) = n.sections().find(|(_, s)| s.path == "一").expect("一");
    assert_eq!(dates(first), ["2024-12-31"]);
}

#[test]
fn the_note_that_a_page_holds_no_more_text_closes_the_body() {
    let (n, _) = load("no_text_on_this_page.txt");
    let (_, last) = n.sections().find(|(_, s)| s.path == "二").expect("二");
    assert_eq!(last.text, "请于2024年10月31日前报送项目实施进展情况。");
    assert_eq!(dates(last), ["2024-10-31"]);
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(closing, ["（此页无正文）", "（此件依申请公开）"]);
    assert_eq!(n.signatory.as_deref(), Some("广东省发展和改革委员会"));
    // The attachment is named in a note but not included: a block with its title only.
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("2024年省级预算内基本建设投资计划表")
    );
    // A count of working days from receiving the notice has no date to resolve to.
    let (_, first) = n.sections().find(|(_, s)| s.path == "一").expect("一");
    assert!(first.deadlines.is_empty());
}

#[test]
fn party_and_government_offices_jointly_and_a_bare_kind_after_a_conjunction() {
    let (n, text) = load("party_government_joint_office_notice.txt");
    assert_eq!(n.issuers, ["中共广东省委办公厅", "广东省人民政府办公厅"]);
    assert_eq!(n.issuer.as_deref(), Some("中共广东省委办公厅"));
    // The two offices stand on one line set apart by U+3000; the title sets them apart by one
    // space, and so does the signature.
    assert_eq!(
        n.title.as_deref(),
        Some(
            "中共广东省委办公厅 广东省人民政府办公厅关于印发《广东省乡村振兴驻镇帮镇扶村工作方案》的通知"
        )
    );
    assert!(text.contains("中共广东省委办公厅\u{3000}广东省人民政府办公厅\n关于"));
    assert_eq!(
        n.signatory.as_deref(),
        Some("中共广东省委办公厅 广东省人民政府办公厅")
    );
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤委办〔2021〕15号")
    );
    assert_eq!(
        n.addressees,
        [
            "各地级以上市党委和人民政府",
            "省委各部委",
            "省直各单位",
            "各人民团体"
        ]
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2021-06-09")
    );
    assert_eq!(n.enclosures.len(), 1);
    let plan = &n.enclosures[0];
    assert_eq!(
        plan.title.as_deref(),
        Some("广东省乡村振兴驻镇帮镇扶村工作方案")
    );
    // 党委和政府: 政府 is no organ of its own but the second organ of the same jurisdiction.
    let rows = rows(plan);
    assert_eq!(
        rows,
        [
            ("一", vec![], vec!["2021-01-01".to_string()]),
            ("二", vec![], vec![]),
            (
                "二/(一)",
                vec![
                    ("省农业农村厅", Role::Lead),
                    ("各地级以上市党委和政府", Role::Responsible)
                ],
                vec!["2021-12-31".to_string()]
            ),
            (
                "二/(二)",
                vec![
                    ("省发展改革委", Role::Responsible),
                    ("省工业和信息化厅", Role::Responsible)
                ],
                vec![]
            ),
            ("三", vec![], vec![]),
        ]
    );
    let generic = plan.sections[1].children[0]
        .responsibility
        .as_ref()
        .map(|r| r.departments[1].generic);
    assert_eq!(generic, Some(true));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn minutes_with_no_signature_are_issued_by_the_organ_whose_meeting_they_record() {
    let (n, text) = load("minutes_without_signature.txt");
    assert_eq!(n.title.as_deref(), Some("中山市人民政府常务会议纪要"));
    assert_eq!(n.doc_type.as_deref(), Some("纪要"));
    assert_eq!(n.issuer.as_deref(), Some("中山市人民政府"));
    assert_eq!(n.issuers, ["中山市人民政府"]);
    assert_eq!(
        &text[n.spans.issuer.expect("span").range()],
        "中山市人民政府"
    );
    assert_eq!(n.signatory, None);
    assert_eq!(paths(&n), ["一", "二"]);
    // The attendance closes the minutes: it is no part of the heading before it.
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        [
            "出席：肖某某、张某某、李某某",
            "列席：市府办、市工业和信息化局、市财政局",
            "请假：王某某"
        ]
    );
    assert_eq!(
        n.body.sections[1].text,
        "研究部署防汛防台风工作\n会议要求，各镇街、各有关部门要于6月20日前完成隐患排查整治。"
    );
    // Nothing dates the minutes: their deadlines are kept, unresolved, and said to be.
    let codes: Vec<WarningCode> = n.warnings.iter().map(|w| w.code).collect();
    assert!(!codes.contains(&WarningCode::Truncated), "{codes:?}");
    assert!(codes.contains(&WarningCode::MissingWrittenDate));
    assert!(codes.contains(&WarningCode::UnanchoredDeadline));
    assert_eq!(n.body.sections[1].deadlines[0].text, "6月20日前");
    assert_eq!(n.body.sections[1].deadlines[0].date, None);
}

#[test]
fn responsibility_forms_of_task_plans() {
    let (n, _) = load("responsibility_forms.txt");
    let plan = &n.enclosures[0];
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    let got: Vec<(String, Vec<(String, Role)>)> = plan
        .walk()
        .map(|s| {
            let names = s
                .responsibility
                .iter()
                .flat_map(|r| r.departments.iter().map(|d| (d.name.clone(), d.role)))
                .collect();
            (s.path.clone(), names)
        })
        .collect();
    let want: Vec<(&str, Vec<(&str, Role)>)> = vec![
        (
            "一",
            vec![
                ("省发展改革委", L),
                ("省直有关单位", R),
                ("各地级以上市人民政府", R),
            ],
        ),
        (
            "二",
            vec![
                ("省教育厅", L),
                ("省财政厅", R),
                ("省人力资源社会保障厅", R),
            ],
        ),
        (
            "三",
            vec![
                ("省科技厅", R),
                ("省工业和信息化厅", R),
                ("各地级以上市人民政府", R),
            ],
        ),
        ("四", vec![("省公安厅", R), ("省交通运输厅", R)]),
        // A list of names with no verb names those responsible.
        (
            "五",
            vec![
                ("省委组织部", R),
                ("省委编办", R),
                ("省人力资源社会保障厅", R),
                ("省财政厅", R),
            ],
        ),
        (
            "六",
            vec![("省林业局", L), ("省自然资源厅", C), ("省生态环境厅", C)],
        ),
        ("七", vec![("省市场监管局", R), ("省商务厅", R)]),
        ("八", vec![("省卫生健康委", R)]),
        ("九", vec![("广州市政府", R), ("深圳市政府", R)]),
        // 督促指导 after a name is no part of it.
        (
            "十",
            vec![("各地级以上市人民政府", R), ("省住房城乡建设厅", R)],
        ),
        (
            "十一",
            vec![
                ("省人力资源社会保障厅", L),
                ("省医保局", L),
                ("省卫生健康委", C),
                ("省财政厅", C),
            ],
        ),
        (
            "十二",
            vec![
                ("省商务厅", L),
                ("海关总署广东分署", C),
                ("拱北海关", C),
                ("深圳海关", C),
            ],
        ),
        (
            "十三",
            vec![
                ("省委宣传部", L),
                ("省委网信办", L),
                ("省公安厅", C),
                ("省通信管理局", C),
            ],
        ),
        (
            "十四",
            vec![("省住房城乡建设厅", R), ("各地级以上市人民政府", R)],
        ),
        (
            "十五",
            vec![
                ("省教育厅", L),
                ("省发展改革委", C),
                ("省财政厅", C),
                ("省人力资源社会保障厅", C),
            ],
        ),
    ];
    let want: Vec<(String, Vec<(String, Role)>)> = want
        .into_iter()
        .map(|(p, v)| {
            (
                p.to_string(),
                v.into_iter().map(|(n, r)| (n.to_string(), r)).collect(),
            )
        })
        .collect();
    assert_eq!(got, want);
    let d = &plan.sections[3].deadlines;
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].date.map(|x| x.to_string()).as_deref(),
        Some("2024-12-31")
    );
}

#[test]
fn a_capture_cut_off_inside_the_addressees_keeps_the_organs_written() {
    let text = "广州市人民政府办公厅关于印发某专项规划的通知\n\n穗府办〔2023〕6号\n\n各区人民政府，市政府各部门、";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(n.addressees, ["各区人民政府", "市政府各部门"]);
    assert_eq!(sources(text, &n.spans.addressees), n.addressees);
    assert!(n.body.preamble.is_empty());
    let codes: Vec<WarningCode> = n.warnings.iter().map(|w| w.code).collect();
    assert!(codes.contains(&WarningCode::Truncated), "{codes:?}");
    // A line that ends so in the middle of a text is no addressee.
    let text = "广州市人民政府办公厅关于印发某专项规划的通知\n穗府办〔2023〕6号\n各区人民政府，市政府各部门、\n各直属机构：\n现将规划印发给你们。";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(n.addressees, ["各区人民政府", "市政府各部门", "各直属机构"]);
}

#[test]
fn periods_already_past_and_a_closing_after_a_heading_that_stands_alone() {
    let (n, text) = load("past_periods_and_closing_after_a_heading.txt");
    assert_eq!(n.written_date.unwrap().to_string(), "2023-08-15");
    // 上半年, 一季度 and 7月中旬 ended before the notice was written: the preamble reports on
    // them, and sets no deadline.
    let pre = &n.body.preamble[0];
    assert!(pre.text.starts_with("上半年，全省共发生"));
    assert!(pre.deadlines.is_empty(), "{:?}", pre.deadlines);
    let d = |path: &str| -> Vec<(String, String)> {
        let s = n.body.walk().find(|s| s.path == path).expect("section");
        s.deadlines
            .iter()
            .map(|d| (d.text.clone(), d.date.unwrap().to_string()))
            .collect()
    };
    let pair = |t: &str, date: &str| (t.to_string(), date.to_string());
    assert_eq!(
        d("一"),
        [
            pair("9月底前", "2023-09-30"),
            pair("10月上旬前", "2023-10-10")
        ]
    );
    assert_eq!(d("二/(一)"), [pair("下半年", "2023-12-31")]);
    assert_eq!(d("二/(二)"), [pair("12月中旬", "2023-12-20")]);
    // 每年3月底前 recurs: no deadline.
    assert!(d("三").is_empty());
    // 三、强化监督考核 stands alone and owns the paragraph after it, which its assignment
    // closes; the sentence on the notice itself after that is the body's closing.
    let three = n.body.walk().find(|s| s.path == "三").expect("三");
    assert!(
        three
            .text
            .ends_with("（省应急管理厅、省统计局按职责分工落实）")
    );
    assert_eq!(
        rows(&n.body).last().unwrap().1,
        [
            ("省应急管理厅", Role::Responsible),
            ("省统计局", Role::Responsible)
        ]
    );
    let closing = &n.body.closing;
    assert_eq!(closing.len(), 1);
    assert_eq!(
        &text[closing[0].span.range()],
        "本通知自印发之日起施行，有效期至2025年12月31日。"
    );
    let dl: Vec<_> = closing[0]
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.kind, d.date.map(|x| x.to_string())))
        .collect();
    assert_eq!(
        dl,
        [
            (
                "自印发之日起",
                DeadlineKind::From,
                Some("2023-08-15".into())
            ),
            (
                "至2025年12月31日",
                DeadlineKind::Until,
                Some("2025-12-31".into())
            ),
        ]
    );
}

/// The facts of a notice that do not depend on where its lines stand: header values, the
/// portal's values, and each item's path, heading, departments with their roles and deadlines.
fn placeless_facts(n: &Notice) -> Vec<String> {
    let mut out = vec![format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        n.title,
        n.doc_number.as_ref().map(|d| &d.normalized),
        n.issuer,
        n.issuers,
        n.signatory,
        n.addressees,
        n.written_date
    )];
    if let Some(p) = &n.portal {
        out.push(format!(
            "{:?} {:?} {:?} {:?} {:?}",
            p.breadcrumbs, p.publisher, p.title, p.doc_number, p.published_date
        ));
    }
    for b in std::iter::once(&n.body).chain(&n.enclosures) {
        out.push(format!(
            "block {:?} {:?} closing {}",
            b.label,
            b.title,
            b.closing.len()
        ));
        for s in b.walk() {
            out.push(format!(
                "{} {:?} {:?} {:?}",
                s.path,
                s.heading,
                s.responsibility.as_ref().map(roles),
                s.deadlines
                    .iter()
                    .map(|d| (d.text.as_str(), d.date))
                    .collect::<Vec<_>>()
            ));
        }
    }
    out
}

/// The names of the fixtures under `fixtures/shapes/`, sorted.
fn shape_fixtures() -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir("fixtures/shapes")
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_double_spaced_copy_gives_the_facts_of_the_original() {
    // Web pages copied with a blank line after each paragraph, and each cell of a table: the
    // labels over their values, the one-cell-per-line tables and the hard-wrapped paragraphs
    // among the fixtures read as they do single-spaced.
    let names = shape_fixtures();
    assert!(names.len() > 40);
    for name in names {
        let (n, text) = load(&name);
        let spaced = text.split('\n').collect::<Vec<_>>().join("\n\n");
        let m = gongwen::parse(&spaced).expect("parses");
        assert_eq!(placeless_facts(&m), placeless_facts(&n), "{name}");
    }
}

#[test]
fn a_signature_and_its_date_on_one_line_give_the_facts_of_two() {
    // 广东省人民政府　　2021年4月16日, 省长　王伟中　　2022年12月19日, （盖章）　（盖章）
    // 2024年5月20日: each fixture with the short line over its date joined to it.
    let names = shape_fixtures();
    let mut joined_any = 0;
    for name in names {
        let (n, text) = load(&name);
        let lines: Vec<&str> = text.split('\n').collect();
        let mut out: Vec<String> = Vec::new();
        let mut k = 0;
        while k < lines.len() {
            let above = lines[k].trim();
            let joins = lines.get(k + 1).is_some_and(|next| {
                gongwen::extract::date::date_line(next, None).is_some()
                    && !above.is_empty()
                    && above.chars().count() <= 20
                    && !above.ends_with(['。', '：', ':'])
            });
            if joins {
                out.push(format!(
                    "{}　　{}",
                    lines[k].trim_end(),
                    lines[k + 1].trim()
                ));
                joined_any += 1;
                k += 2;
            } else {
                out.push(lines[k].to_string());
                k += 1;
            }
        }
        let m = gongwen::parse(&out.join("\n")).expect("parses");
        assert_eq!(placeless_facts(&m), placeless_facts(&n), "{name}");
    }
    assert!(joined_any > 30, "{joined_any}");
}

#[test]
fn a_notice_wrapped_in_english_labels_takes_its_title_and_number_from_them() {
    // A mirror's English fields above the text (Title:, Document No.:, in any case) and its
    // credit under it (Source:); the text itself has no title and no number.
    let (n, text) = load("english_labelled_wrapper.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("江门市人民政府关于印发江门市城市更新实施办法的通知")
    );
    assert_eq!(
        sources(&text, &[n.spans.title.expect("title span")]),
        ["江门市人民政府关于印发江门市城市更新实施办法的通知"]
    );
    assert_eq!(n.doc_type.as_deref(), Some("通知"));
    let d = n.doc_number.as_ref().expect("doc number");
    assert_eq!(
        (d.normalized.as_str(), d.year, d.serial),
        ("江府〔2022〕7号", Some(2022), Some(7))
    );
    assert_eq!(n.issuer.as_deref(), Some("江门市人民政府"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-28")
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2022-04-02")
    );
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.source.as_deref(), Some("江门市人民政府办公室"));
    assert_eq!(
        sources(&text, &p.furniture),
        ["Type: Normative documents", "CONTENT:"]
    );
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert_eq!(
        rows(&n.body),
        [
            (
                "一",
                vec![
                    ("市自然资源局", Role::Lead),
                    ("各市(区)人民政府", Role::Responsible)
                ],
                vec!["2022-06-30".to_string()]
            ),
            ("二", vec![], vec![]),
        ]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn the_pages_fields_printed_under_the_date_fill_the_portal() {
    // A district notice with no signature: its date, then the page's 发布日期： and 文章来源：,
    // then the enclosure. The fields are the portal's, and the source gives the issuer.
    let (n, text) = load("fields_under_the_date.txt");
    assert_eq!(n.issuer.as_deref(), Some("广州市海珠区人民政府"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2019-09-20")
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2019-10-08")
    );
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.published_at.as_deref(), Some("2019-10-08T10:21:33+08:00"));
    assert_eq!(
        sources(&text, &[p.spans.source.expect("source span")]),
        ["广州市海珠区人民政府"]
    );
    let titles: Vec<_> = n.enclosures.iter().map(|e| e.title.as_deref()).collect();
    assert_eq!(
        titles,
        [Some("海珠区第五批区级非物质文化遗产代表性项目名录")]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_date_alone_in_parentheses_under_the_title_is_the_written_date() {
    let (n, text) = load("national_reply_dated_under_its_title.txt");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("1994-04-15")
    );
    assert_eq!(
        sources(&text, &[n.spans.written_date.expect("date span")]),
        ["一九九四年四月十五日"]
    );
    assert_eq!(n.doc_type.as_deref(), Some("批复"));
    assert_eq!(n.addressees, ["广东省人民政府"]);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // With a signed date as well, the signed one is the written date.
    let signed = text.replace("本作品", "国务院\n1994年4月20日\n本作品");
    let n = gongwen::parse(&signed).expect("parses");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("1994-04-20")
    );
}

#[test]
fn a_page_saved_with_its_markup_is_read_without_it() {
    // Paragraph elements, entities for the indent, two paragraphs on one line and a table in
    // cells: read as the text they hold, with spans into the page as given.
    let (n, text) = load("page_saved_with_its_markup.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府办公厅关于印发广东省进一步促进就业若干政策措施的通知")
    );
    let d = n.doc_number.as_ref().expect("doc number");
    assert_eq!(
        (d.raw.as_str(), &text[d.span.range()]),
        ("粤府办〔2022〕13号", "粤府办〔2022〕13号")
    );
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    assert_eq!(n.signatory.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(
        sources(&text, &[n.spans.written_date.expect("date")]),
        ["2022年5月16日"]
    );
    let e = &n.enclosures[0];
    assert_eq!(e.title.as_deref(), Some("广东省进一步促进就业若干政策措施"));
    assert_eq!(
        rows(e),
        [
            (
                "一",
                vec![
                    ("省人力资源社会保障厅", Role::Responsible),
                    ("省财政厅", Role::Responsible)
                ],
                vec!["2022-12-31".to_string()]
            ),
            ("二", vec![("省教育厅", Role::Lead)], vec![]),
            (
                "二/1",
                vec![("省人力资源社会保障厅", Role::Responsible)],
                vec!["2022-09-30".to_string()]
            ),
        ]
    );
    // No tag or entity is left in a text.
    for (_, s) in n.sections() {
        assert!(!s.text.contains(['<', '>', '&']), "{}", s.text);
    }
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, [WarningCode::HtmlRemoved]);
    assert_eq!(
        sources(&text, &[n.warnings[0].span.expect("span")]),
        ["<div class=\"article\">"]
    );
}

#[test]
fn two_attachments_under_labels_with_colons_after_a_release_line() {
    let (n, text) = load("two_attachments_under_labels_with_colons.txt");
    assert_eq!(
        n.issuers,
        ["广东省住房和城乡建设厅", "广东省发展和改革委员会"]
    );
    assert_eq!(
        n.addressees,
        ["各地级以上市住房城乡建设局", "各地级以上市发展改革局"]
    );
    // 公开方式：主动公开 under the date is page text, listed once.
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(sources(&text, &p.furniture), ["公开方式:主动公开"]);
    let encl = labels_and_titles(&n);
    assert_eq!(
        encl,
        [
            (Some("附件1"), Some("广东省城镇老旧小区改造工作指引")),
            // A title ending in 导则 is whole: the numbered line under it is text.
            (Some("附件2"), Some("广东省城镇老旧小区改造技术导则")),
        ]
    );
    // The guideline's decimal headings are its tree.
    let guide = &n.enclosures[1];
    assert!(guide.preamble.is_empty());
    assert_eq!(
        (
            guide.sections[0].heading.as_deref(),
            guide.sections[1].heading.as_deref()
        ),
        (Some("总则"), Some("基本规定"))
    );
    assert_eq!(
        guide.sections[0].children[0].text,
        "为规范老旧小区改造技术要求,制定本导则。"
    );
    assert_eq!(
        rows(&n.enclosures[0]),
        [
            ("一", vec![], vec!["2022-06-30".to_string()]),
            ("二", vec![], vec![]),
            (
                "二/(一)",
                vec![("各地级以上市住房城乡建设局", Role::Responsible)],
                vec![]
            ),
        ]
    );
}

#[test]
fn a_flattened_joint_notice_keeps_its_issuers_signature_date_and_plan_apart() {
    // One line: the issuers glued in the title, the joint signature padded apart and glued
    // after the last sentence, the date glued before the plan's title, its first heading
    // glued after that, and a numeral in parentheses glued after a heading of one word.
    let (n, text) = load("flattened_joint_notice_with_its_plan.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省发展和改革委员会 广东省财政厅关于印发某某工作方案的通知")
    );
    assert_eq!(n.issuers, ["广东省发展和改革委员会", "广东省财政厅"]);
    assert_eq!(
        sources(&text, &[n.spans.issuer.expect("issuer span")]),
        ["广东省发展和改革委员会"]
    );
    assert_eq!(
        n.signatory.as_deref(),
        Some("广东省发展和改革委员会 广东省财政厅")
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2022-05-06")
    );
    assert_eq!(n.body.preamble.len(), 1);
    assert_eq!(
        n.body.preamble[0].text,
        "现将《某某工作方案》印发给你们，请认真贯彻执行。"
    );
    let titles: Vec<_> = n.enclosures.iter().map(|e| e.title.as_deref()).collect();
    assert_eq!(titles, [Some("某某工作方案")]);
    assert_eq!(
        rows(&n.enclosures[0]),
        [
            ("一", vec![], vec![]),
            (
                "一/(一)",
                vec![
                    ("省发展改革委", Role::Lead),
                    ("省财政厅", Role::Cooperating)
                ],
                vec!["2022-06-30".to_string()]
            ),
        ]
    );
}

#[test]
fn a_flattened_national_joint_signature_glued_after_the_attachment_list() {
    // …附件：1.…分配表 2.资金绩效目标表财政部　　…　　教育部2023年5月20日: the first organ is
    // glued to the last attachment, the second to the date; the title names both.
    let (n, text) = load("flattened_national_joint_notice.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("财政部 教育部关于做好2023年学生资助资金管理工作的通知")
    );
    assert_eq!(n.issuers, ["财政部", "教育部"]);
    assert_eq!(
        sources(&text, &[n.spans.issuer.expect("issuer span")]),
        ["财政部"]
    );
    assert_eq!(n.signatory.as_deref(), Some("财政部 教育部"));
    assert_eq!(
        sources(&text, &[n.spans.written_date.expect("date")]),
        ["2023年5月20日"]
    );
    let titles: Vec<_> = n.enclosures.iter().map(|e| e.title.as_deref()).collect();
    assert_eq!(
        titles,
        [Some("2023年学生资助资金分配表"), Some("资金绩效目标表")]
    );
    assert_eq!(paths(&n), ["一", "二"]);
}

#[test]
fn a_flattened_title_with_its_number_in_parentheses() {
    let (n, _) = load("flattened_number_in_parentheses.txt");
    assert_eq!(n.title.as_deref(), Some("广东省人民政府关于某事的通知"));
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤府函〔2021〕55号")
    );
    assert_eq!(n.addressees, ["各地级以上市人民政府"]);
    assert_eq!(n.signatory.as_deref(), Some("广东省人民政府"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2021-04-16")
    );
}

#[test]
fn a_flattened_plan_glued_after_the_date_is_cut_where_the_notice_cites_its_title() {
    // …国家发展改革委 国家能源局2026年4月8日关于促进…的行动方案为深入贯彻…: the plan's title is
    // the one the notice cites in book-title marks, and its first sentence follows it.
    let (n, _) = load("flattened_plan_cited_by_its_notice.txt");
    assert_eq!(n.issuers, ["国家发展改革委", "国家能源局"]);
    assert_eq!(n.signatory.as_deref(), Some("国家发展改革委 国家能源局"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2026-04-08")
    );
    let e = &n.enclosures[0];
    assert_eq!(e.title.as_deref(), Some("关于促进某某双向赋能的行动方案"));
    assert_eq!(
        e.preamble[0].text,
        "为深入贯彻党中央、国务院决策部署，特制定本行动方案。"
    );
    assert_eq!(
        rows(e),
        [
            ("一", vec![], vec![]),
            (
                "一/(一)",
                vec![
                    ("国家发展改革委", Role::Lead),
                    ("国家能源局", Role::Cooperating)
                ],
                vec!["2026-12-31".to_string()]
            ),
        ]
    );
}

#[test]
fn a_gazettes_issue_above_the_title_is_page_text() {
    for issue in [
        "2013年第38期(总第854期)",
        "深圳市人民政府公报　2023年第12期（总第1265期）",
    ] {
        let text = format!(
            "{issue}\n深圳市人民政府关于某事的通知\n深府〔2023〕5号\n各区人民政府：\n　　请认真执行。\n深圳市人民政府\n2023年3月28日\n"
        );
        let n = gongwen::parse(&text).expect("parses");
        assert_eq!(
            n.title.as_deref(),
            Some("深圳市人民政府关于某事的通知"),
            "{issue}"
        );
        assert_eq!(n.issuers, ["深圳市人民政府"], "{issue}");
        let p = n.portal.as_ref().expect("portal");
        assert_eq!(sources(&text, &p.furniture), [issue]);
    }
}

#[test]
fn a_task_table_row_under_a_numeral_that_spans_rows_keeps_its_departments() {
    // Task 2 has two rows; the second's numeral cell is empty. Read from the Markdown table,
    // and from the same table with tabs (where the empty cell leaves a tab that starts the
    // line).
    let (n, text) = load("task_table_with_a_row_under_a_spanning_numeral.txt");
    let tabs: String = text
        .lines()
        .filter(|l| !l.starts_with("|---"))
        .map(|l| match l.strip_prefix('|') {
            Some(row) => {
                let cells: Vec<&str> = row
                    .trim_end_matches('|')
                    .split('|')
                    .map(str::trim)
                    .collect();
                cells.join("\t")
            }
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let from_tabs = gongwen::parse(&tabs).expect("parses");
    for (name, n) in [("markdown", &n), ("tabs", &from_tabs)] {
        assert_eq!(
            rows(&n.enclosures[0]),
            [
                (
                    "1",
                    vec![
                        ("市市场监管局", Role::Lead),
                        ("市公安局", Role::Cooperating),
                        ("市税务局", Role::Cooperating)
                    ],
                    vec!["2023-06-30".to_string()]
                ),
                (
                    "2",
                    vec![("市住房城乡建设局", Role::Lead)],
                    vec!["2023-12-31".to_string()]
                ),
                (
                    "2/#1",
                    vec![
                        ("市住房城乡建设局", Role::Lead),
                        ("市供电局", Role::Cooperating)
                    ],
                    vec![]
                ),
            ],
            "{name}"
        );
    }
}

#[test]
fn role_labels_in_lenticular_brackets_and_verbs_with_their_objects() {
    let (n, text) = load("lenticular_role_labels.txt");
    assert!(n.warnings.iter().all(|w| w.code != WarningCode::Truncated));
    let plan = &n.enclosures[0];
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    assert_eq!(
        rows(plan),
        vec![
            ("一", vec![], vec![]),
            (
                "一/1",
                vec![
                    ("市政务服务数据管理局", L),
                    ("市有关单位", C),
                    ("各县（市、区）人民政府", C)
                ],
                vec!["2024-12-31".to_string()]
            ),
            // 【完成时限】 labels a month alone as the item's limit.
            (
                "一/2",
                vec![("市市场监管局", L)],
                vec!["2024-10-31".to_string()]
            ),
            ("二", vec![], vec![]),
            // The labels on lines of their own under the item.
            (
                "二/3",
                vec![
                    ("市自然资源局", L),
                    ("市发展改革局", C),
                    ("各县（市、区）人民政府", C)
                ],
                vec!["2024-06-30".to_string()]
            ),
            // 负责汇总, 配合做好数据共享: what the verbs are about is no name.
            ("二/4", vec![("市统计局", R), ("市发展改革局", C)], vec![]),
        ]
    );
    let limit = &plan
        .walk()
        .find(|s| s.path == "一/2")
        .expect("一/2")
        .deadlines[0];
    assert_eq!(&text[limit.span.range()], "2024年10月");
}

#[test]
fn a_number_and_its_title_on_one_line() {
    let (n, text) = load("number_and_title_on_one_line.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府关于同意调整某市部分行政区划的批复")
    );
    let number = n.doc_number.as_ref().expect("a number");
    assert_eq!(number.normalized, "粤府函〔2023〕215号");
    assert_eq!(&text[number.span.range()], "粤府函〔2023〕215号");
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府"));
    assert_eq!(n.addressees, ["某市人民政府"]);
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2023-09-20")
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(
        rows(&n.body),
        vec![
            ("一", vec![], vec![]),
            ("二", vec![], vec!["2023-12-31".to_string()]),
        ]
    );
}

#[test]
fn responsibilities_written_as_sentences_of_their_own() {
    let (n, text) = load("responsibility_sentences.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let plan = &n.enclosures[0];
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    assert_eq!(
        rows(plan),
        vec![
            ("一", vec![], vec![]),
            // 由…会同…负责: both organs under the one verb.
            ("一/1", vec![("省发展改革委", R), ("省科技厅", R)], vec![]),
            (
                "一/2",
                vec![("省工业和信息化厅", L), ("省商务厅", C), ("省财政厅", C)],
                vec![]
            ),
            // The statement ends at its verb; the task and its limit follow it.
            (
                "一/3",
                vec![("广东电网公司", R), ("南方电网储能公司", R)],
                vec!["2025-12-31".to_string()]
            ),
            // 指导 is no role: the clause after the statement is not read as one.
            ("一/4", vec![("各地级以上市人民政府", R)], vec![]),
            ("二", vec![], vec![]),
            // A statement opening the paragraph under the item's own line.
            (
                "二/5",
                vec![("省发展改革委", R)],
                vec!["2024-09-30".to_string()]
            ),
            // A clause that opens with the organ and its verb before the task (省能源局负责
            // 统筹…工作): the organ does the item, when nothing else says who does.
            ("二/6", vec![("省能源局", R)], vec![]),
            // The clause that ends a sentence, when it says only who does the item.
            ("二/7", vec![("各有关部门", R)], vec![]),
            // The clause after the item's words in its first sentence.
            ("二/8", vec![("省应急管理厅", R)], vec![]),
            // A verb right after another: the names before the first are its run.
            (
                "二/9",
                vec![("省能源局", L), ("各地级以上市人民政府", C)],
                vec![]
            ),
            // Clauses opening with 由 between others.
            (
                "二/10",
                vec![("省住房城乡建设厅", L), ("广州市人民政府", C)],
                vec!["2024-06-30".to_string()]
            ),
        ]
    );
    let raws: Vec<&str> = plan
        .walk()
        .filter_map(|s| s.responsibility.as_ref())
        .map(|r| &text[r.span.range()])
        .collect();
    assert_eq!(
        raws,
        [
            "由省发展改革委会同省科技厅负责",
            "省工业和信息化厅牵头，省商务厅、省财政厅配合",
            "广东电网公司、南方电网储能公司按职责分工负责",
            "各地级以上市人民政府负责",
            "省发展改革委负责",
            "省能源局负责",
            "各有关部门负责",
            "由省应急管理厅负责组织实施",
            "省能源局牵头组织实施，各地级以上市人民政府配合",
            "由省住房城乡建设厅牵头，广州市人民政府配合",
        ]
    );
}

#[test]
fn a_flattened_plan_with_task_labels_glued_to_their_values() {
    let (n, text) = load("flattened_plan_with_task_labels.txt");
    assert!(
        n.warnings
            .iter()
            .any(|w| w.code == WarningCode::FlattenedText)
    );
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("惠府〔2024〕8号")
    );
    let plan = &n.enclosures[0];
    assert_eq!(
        plan.title.as_deref(),
        Some("惠州市优化营商环境三年行动方案")
    );
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    assert_eq!(
        rows(plan),
        vec![
            ("一", vec![], vec![]),
            ("二", vec![], vec![]),
            ("二/(一)", vec![], vec![]),
            // The label after the names and the next item after the limit are cut off.
            (
                "二/(一)/1",
                vec![("市政务服务数据管理局", R), ("各县区人民政府", R)],
                vec!["2024-12-31".to_string()]
            ),
            (
                "二/(一)/2",
                vec![
                    ("市住房城乡建设局", L),
                    ("市自然资源局", C),
                    ("市发展改革局", C)
                ],
                vec!["2025-06-30".to_string()]
            ),
            ("二/(二)", vec![], vec![]),
            (
                "二/(二)/3",
                vec![("市市场监管局", R), ("市发展改革局", R)],
                vec![]
            ),
            ("三", vec![], vec![]),
        ]
    );
    // Standard headings end where the text glued after them starts.
    let headings: Vec<&str> = plan
        .sections
        .iter()
        .map(|s| s.heading.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(headings, ["工作目标", "主要任务", "保障措施"]);
    let goal = &plan.sections[0];
    assert_eq!(
        goal.text,
        "工作目标\n到2026年，营商环境主要指标进入全省前列。"
    );
    assert_eq!(
        &text[goal.span.range()],
        "一、工作目标到2026年，营商环境主要指标进入全省前列。"
    );
}

#[test]
fn a_flattened_page_whose_fields_come_before_the_head_that_repeats_them() {
    let (n, text) = load("flattened_page_with_fields_before_its_head.txt");
    let number = n.doc_number.as_ref().expect("a number");
    assert_eq!(number.normalized, "粤办明电〔2024〕8号");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府办公厅关于做好2024年春季森林防火工作的通知")
    );
    // The addressees after the number the head repeats, not swallowed by the field of the
    // published date before it.
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    let day = |d: Option<gongwen::Date>| d.map(|d| d.to_string());
    assert_eq!(day(n.written_date).as_deref(), Some("2024-03-20"));
    assert_eq!(day(n.published_date).as_deref(), Some("2024-03-22"));
    let published = n.spans.published_date.expect("a span");
    assert_eq!(&text[published.range()], "2024-03-22");
    assert_eq!(n.signatory.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(n.cc, ["省森林防火指挥部成员单位"]);
    assert_eq!(n.printed_by.as_deref(), Some("广东省人民政府办公厅秘书处"));
    assert_eq!(day(n.printed_date).as_deref(), Some("2024-03-21"));
    assert_eq!(
        n.body.preamble[0].text,
        "当前正值春季森林防火关键期。为切实做好森林防火工作，经省人民政府同意，现就有关事项通知如下："
    );
    use Role::{Lead as L, Responsible as R};
    assert_eq!(
        rows(&n.body),
        vec![
            (
                "一",
                vec![("省林业局", L), ("各地级以上市人民政府", R)],
                vec![]
            ),
            ("二", vec![("省林业局", R), ("省公安厅", R)], vec![]),
            (
                "三",
                vec![("省应急管理厅", R)],
                vec!["2024-04-30".to_string()]
            ),
        ]
    );
}

#[test]
fn widgets_and_a_crumb_label_on_lines_of_their_own_above_the_title() {
    let (n, text) = load("widgets_above_the_title.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("紫金县人民政府关于做好2024年春耕生产工作的通知")
    );
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("紫府〔2024〕3号")
    );
    assert_eq!(n.addressees, ["各乡镇人民政府", "县直有关单位"]);
    let portal = n.portal.as_ref().expect("a portal");
    assert_eq!(portal.breadcrumbs, ["首页", "政务公开", "通知公告"]);
    // The crumbs' label and the widgets are furniture, each line accounted for.
    let furniture: Vec<&str> = portal.furniture.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(
        furniture,
        ["当前位置：", "字号：", "视力保护色：", "阅读次数：1234"]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.body.sections.len(), 3);
}

#[test]
fn a_letter_whose_request_to_its_addressees_closes_it() {
    let (n, _) = load("letter_with_a_request_closing.txt");
    assert_eq!(n.doc_type.as_deref(), Some("函"));
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤财预函〔2024〕86号")
    );
    assert_eq!(n.addressees, ["省发展改革委", "省教育厅", "省科技厅"]);
    assert_eq!(
        rows(&n.body),
        [
            ("一", vec![], vec!["2024-08-31".into()]),
            ("二", vec![], vec!["2024-09-15".into()]),
            ("三", vec![], vec![]),
        ]
    );
    // The request after the last item (请贵单位…) is the letter's, not the item's.
    assert_eq!(n.body.sections[2].text, "其他需要说明的事项。");
    let closing: Vec<&str> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert!(closing[0].starts_with("请贵单位高度重视"), "{closing:?}");
    assert!(closing.contains(&"特此函告。"), "{closing:?}");
}

#[test]
fn a_capture_cut_off_inside_its_date_keeps_its_signature_and_no_day() {
    let whole = "佛山市人民政府办公室关于开展安全生产月活动的通知\n\n佛府办函〔2024〕21号\n\n各区人民政府：\n\n　　请各区于6月16日前组织专题培训。\n\n佛山市人民政府办公室\n2024年5月20日\n";
    let n = gongwen::parse(whole).expect("parses");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-20")
    );
    // Cut after 2024年5月2: the day may be 2 or 20–29; it is not guessed.
    let cut = &whole[..whole.find("0日").expect("day")];
    let n = gongwen::parse(cut).expect("parses");
    assert_eq!(n.signatory.as_deref(), Some("佛山市人民政府办公室"));
    assert_eq!(n.written_date, None);
    assert_eq!(n.spans.written_date, None);
    assert!(
        n.warnings
            .iter()
            .any(|w| w.code == WarningCode::DamagedDate && w.message.contains("not known")),
        "{:?}",
        n.warnings
    );
    // A day that no digit could lengthen (2024年5月6) is read, and marked damaged.
    let six = cut.replace("5月2", "5月6");
    let n = gongwen::parse(&six).expect("parses");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-06")
    );
}

#[test]
fn a_flattened_gazette_page_whose_labels_are_spaced_out() {
    let text = "您现在的位置 政府公报 > 2013年政府公报 > 2013年第38期(总第854期)索 引 号:043000-10-2013-006225分 类:市政府文件发布机构:深圳市人民政府发布日期:2013-10-21 00:00名 称:深圳市人民政府关于加强安全生产工作的通知文 号:深府〔2013〕8号深圳市人民政府关于加强安全生产工作的通知各区人民政府,市政府直属各单位:现就加强安全生产工作通知如下:一、落实企业主体责任。2013年12月底前完成隐患排查。(市安全监管局负责)二、加强监督检查。(各区人民政府负责)深圳市人民政府2013年10月8日\n";
    let n = gongwen::parse(text).expect("parses");
    let p = n.portal.as_ref().expect("portal");
    // The spaces inside 索 引 号 and 分 类 part no lines: each label keeps its value, and the
    // trail ends before the first.
    assert_eq!(
        p.breadcrumbs,
        ["政府公报", "2013年政府公报", "2013年第38期(总第854期)"]
    );
    assert_eq!(p.index_number.as_deref(), Some("043000-10-2013-006225"));
    assert_eq!(p.category.as_deref(), Some("市政府文件"));
    assert_eq!(
        n.title.as_deref(),
        Some("深圳市人民政府关于加强安全生产工作的通知")
    );
    assert_eq!(n.addressees, ["各区人民政府", "市政府直属各单位"]);
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2013-10-08")
    );
}

#[test]
fn a_label_alone_on_its_line_gives_the_value_under_it_up_to_the_buttons() {
    let text = "广东省人民政府办公厅关于做好某项工作的通知\n来源：\n本网【打印】 【字体：大 中 小】\n粤办函〔2024〕8号\n各地级以上市人民政府：\n　　请做好某项工作。\n广东省人民政府办公厅\n2024年3月1日\n";
    let n = gongwen::parse(text).expect("parses");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.source.as_deref(), Some("本网"));
    assert_eq!(&text[p.spans.source.expect("span").range()], "本网");
    let furniture: Vec<&str> = p.furniture.iter().map(|s| &text[s.range()]).collect();
    assert!(
        furniture.iter().any(|f| f.starts_with("【打印】")),
        "{furniture:?}"
    );
}

#[test]
fn an_order_flattened_keeps_its_number_signer_date_and_regulation() {
    let (lined, text) = load("order_signed_by_office.txt");
    for glue in ["", " "] {
        // As a typeset order spaces its number out.
        let flat = flattened(&text, glue).replace("第298号", "第 298 号");
        let n = gongwen::parse(&flat).expect("parses");
        assert_eq!(number(&n), number(&lined), "glue {glue:?}");
        assert_eq!(n.signatory, lined.signatory, "glue {glue:?}");
        assert_eq!(n.written_date, lined.written_date, "glue {glue:?}");
        let titles = |n: &Notice| -> Vec<Option<String>> {
            n.enclosures.iter().map(|e| e.title.clone()).collect()
        };
        assert_eq!(titles(&n), titles(&lined), "glue {glue:?}");
        assert_eq!(paths(&n), paths(&lined), "glue {glue:?}");
    }
}

#[test]
fn flattened_pages_whose_labels_follow_the_values_before_them_keep_their_heads() {
    // Pages whose fields stand one to a line, or with a tab between label and value: glued
    // together, each label follows the value of the field before it (…分类：综合政务发布机构：).
    for name in ["labels_over_values.txt", "footer_with_related_pages.txt"] {
        let (lined, text) = load(name);
        let n = gongwen::parse(&flattened(&text, "")).expect("parses");
        assert_eq!(number(&n), number(&lined), "{name}");
        assert_eq!(n.title, lined.title, "{name}");
        assert_eq!(n.addressees, lined.addressees, "{name}");
        assert_eq!(n.written_date, lined.written_date, "{name}");
        assert_eq!(n.published_date, lined.published_date, "{name}");
        let (p, q) = (
            n.portal.as_ref().expect("portal"),
            lined.portal.as_ref().expect("portal"),
        );
        assert_eq!(p.index_number, q.index_number, "{name}");
        assert_eq!(p.category, q.category, "{name}");
        assert_eq!(p.publisher, q.publisher, "{name}");
    }
}

#[test]
fn flattened_heads_with_a_signer_or_a_title_beside_the_number_keep_their_addressees() {
    for name in [
        "request_with_signer.txt",
        "number_and_title_on_one_line.txt",
    ] {
        let (lined, text) = load(name);
        for glue in ["", " "] {
            let n = gongwen::parse(&flattened(&text, glue)).expect("parses");
            assert_eq!(number(&n), number(&lined), "{name} {glue:?}");
            assert_eq!(n.title, lined.title, "{name} {glue:?}");
            assert_eq!(n.issuer, lined.issuer, "{name} {glue:?}");
            assert_eq!(n.addressees, lined.addressees, "{name} {glue:?}");
        }
    }
    // 签发人 on a line of its own between the number and the addressees (the title above the
    // number), glued: the name ends where the addressees start.
    let text = "广东省自然资源厅关于报请审批某规划的请示粤自然资报〔2024〕33号签发人：陈光荣省人民政府：根据有关规定，现将有关情况报告如下。以上请示妥否，请批示。广东省自然资源厅2024年5月20日";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(n.addressees, ["省人民政府"]);
    assert_eq!(
        n.title.as_deref(),
        Some("广东省自然资源厅关于报请审批某规划的请示")
    );
}

#[test]
fn a_flattened_announcement_signed_by_a_market_regulator_keeps_its_name_whole() {
    // 市场监督管理局 opens with 市 but is no jurisdiction's: the signature is the whole name.
    let (lined, text) = load("announcement_numbered_by_year.txt");
    for glue in ["", " "] {
        let n = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(n.signatory, lined.signatory, "glue {glue:?}");
        assert_eq!(n.issuers, lined.issuers, "glue {glue:?}");
        assert_eq!(n.title, lined.title, "glue {glue:?}");
    }
}

#[test]
fn a_reposted_article_keeps_its_stamp_and_its_recommendations_out_of_the_notice() {
    let (n, text) = load("wechat_repost_with_its_chrome.txt");
    // The stamp above the title (2024-05-10 18:30 发表于广东) is the page's date, not a line
    // of the title.
    assert_eq!(
        n.title.as_deref(),
        Some("江门市人民政府办公室关于印发江门市促进消费若干措施的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("江门市人民政府办公室"));
    let portal = n.portal.as_ref().expect("portal");
    assert_eq!(portal.published_date.as_deref(), Some("2024-05-10"));
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-10")
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-08")
    );
    // Under ▼往期推荐▼ the titles of other articles are chrome, not the last item's text.
    let last = n.enclosures[0].sections.last().expect("items");
    assert_eq!(
        last.text,
        "本措施自印发之日起施行，有效期至2024年12月31日。"
    );
    let chrome = sources(&text, &portal.furniture);
    for line in [
        "▼往期推荐▼",
        "江门这些地方入选省级名单！",
        "分享 收藏 在看 点赞",
    ] {
        assert!(chrome.contains(&line), "{line} in {chrome:?}");
    }
    let items: Vec<_> = n.enclosures[0]
        .sections
        .iter()
        .map(|s| s.path.as_str())
        .collect();
    assert_eq!(items, ["一", "二", "三"]);
    // Flattened, the title glued after the stamp (…18:30 发表于广东江门市…) starts at its
    // issuer; and with the account's name before the stamp, the same.
    for glue in ["", " "] {
        let m = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(m.title, n.title, "{glue:?}");
        assert_eq!(m.issuer, n.issuer, "{glue:?}");
    }
    let named = text.replace(
        "2024-05-10 18:30",
        "原创 江门发布 江门发布 2024-05-10 18:30",
    );
    let m = gongwen::parse(&named).expect("parses");
    assert_eq!(m.title, n.title);
    assert_eq!(m.published_date, n.published_date);
    // A title that names a time of day is a title all the same.
    let text = "某某市公安局关于2024年5月10日 18:00起实施交通管制的通告\n\n    决定实施交通管制。\n    特此通告。\n\n某某市公安局\n2024年5月6日\n";
    let m = gongwen::parse(text).expect("parses");
    assert_eq!(
        m.title.as_deref(),
        Some("某某市公安局关于2024年5月10日 18:00起实施交通管制的通告")
    );
    assert!(m.portal.is_none());
}

#[test]
fn labels_in_brackets_with_tabs_between_fields_fill_the_portal() {
    let (lined, text) = load("fields_labelled_in_brackets.txt");
    // The same page with its labels in lenticular brackets.
    let lenticular = text.replace('[', "【").replace(']', "】");
    for n in [lined, gongwen::parse(&lenticular).expect("parses")] {
        assert_eq!(
            n.title.as_deref(),
            Some("北京市人民政府办公厅关于印发《北京市城市更新专项行动计划（2024—2026年）》的通知")
        );
        assert_eq!(number(&n).as_deref(), Some("京政办发〔2024〕7号"));
        assert_eq!(
            n.written_date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-18")
        );
        assert_eq!(
            n.published_date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-22")
        );
        assert_eq!(
            n.addressees,
            ["各区人民政府", "市政府各委、办、局", "各市属机构"]
        );
        let p = n.portal.as_ref().expect("portal");
        assert_eq!(p.index_number.as_deref(), Some("000014349/2024-00031"));
        assert_eq!(p.category.as_deref(), Some("城乡建设、环境保护/其他"));
        assert_eq!(p.publisher.as_deref(), Some("北京市人民政府办公厅"));
        assert_eq!(p.doc_number.as_deref(), Some("京政办发〔2024〕7号"));
        assert_eq!(p.source.as_deref(), Some("北京市人民政府公报"));
        // The fields are no paragraphs of the notice.
        assert_eq!(n.body.preamble.len(), 1);
        assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    }
}

#[test]
fn a_title_naming_its_organ_short_has_the_signature_s_full_name_as_issuer() {
    let (n, text) = load("fields_parted_by_bars_title_naming_its_organ_short.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("省政府办公厅关于做好2024年全省春季农业生产工作的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("江苏省人民政府办公厅"));
    assert_eq!(n.issuers, ["江苏省人民政府办公厅"]);
    assert_eq!(number(&n).as_deref(), Some("苏政办发〔2024〕9号"));
    // Fields parted by bars: no bar in a value.
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.index_number.as_deref(), Some("014000319/2024-00088"));
    assert_eq!(p.category.as_deref(), Some("综合政务/通知"));
    assert_eq!(p.doc_number.as_deref(), Some("苏政办发〔2024〕9号"));
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-08")
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // Flattened, the title that the fields gave first is cut where it repeats.
    for glue in ["", " "] {
        let m = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(m.title, n.title, "{glue:?}");
        assert_eq!(m.issuer, n.issuer, "{glue:?}");
        assert_eq!(number(&m), number(&n), "{glue:?}");
    }
    // Without a signature or a portal to name it in full, the title's name stands.
    let text = "省政府办公厅关于做好春耕工作的通知\n\n各市人民政府：\n    现通知如下。\n";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(n.issuer.as_deref(), Some("省政府办公厅"));
}

#[test]
fn a_responsibility_broken_over_two_lines_is_read_whole() {
    let (n, _) = load("responsibility_broken_over_two_lines.txt");
    let plan = &n.enclosures[0];
    let got = rows(plan);
    let want: Vec<Row<'_>> = vec![
        ("一", vec![], vec![]),
        (
            "一/(一)",
            vec![
                ("市工业和信息化局", Role::Lead),
                ("各县〔市、区〕人民政府", Role::Responsible),
            ],
            vec![],
        ),
        (
            "一/(二)",
            vec![
                ("市住房城乡建设局", Role::Responsible),
                ("市城市管理和综合执法局", Role::Responsible),
            ],
            vec!["2025-12-31".to_string()],
        ),
        ("二", vec![], vec![]),
        // The parenthesis opens on one line and closes on the next: 市公安局交警支队 is
        // one name.
        (
            "二/(三)",
            vec![
                ("市商务局", Role::Lead),
                ("市财政局", Role::Cooperating),
                ("市公安局交警支队", Role::Cooperating),
            ],
            vec![],
        ),
        (
            "二/(四)",
            vec![("市商务局", Role::Responsible)],
            vec!["2024-09-30".to_string()],
        ),
    ];
    assert_eq!(got, want);
    let third = &plan.sections[1].children[0];
    assert!(
        third
            .text
            .ends_with("（市商务局牵头，市财政局、市公安局交警支队配合）")
    );
}

#[test]
fn a_markdown_export_reads_as_its_text_does() {
    // Headings' # and bold lines' ** are layout, as indentation is.
    let (n, text) = load("markdown_export_with_headings_and_bold.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("广州市人民政府办公厅关于加强城市精细化管理的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("广州市人民政府办公厅"));
    assert_eq!(number(&n).as_deref(), Some("穗府办函〔2024〕40号"));
    let want: Vec<Row<'_>> = vec![
        ("一", vec![], vec!["2025-12-31".to_string()]),
        ("二", vec![], vec![]),
        (
            "二/(一)",
            vec![
                ("市城市管理综合执法局", Role::Lead),
                ("各区政府", Role::Responsible),
            ],
            vec!["2024-10-31".to_string()],
        ),
        ("二/(二)", vec![("市林业园林局", Role::Responsible)], vec![]),
        ("三", vec![], vec![]),
    ];
    assert_eq!(rows(&n.body), want);
    // The marks stay in the text as given, outside the spans of the values.
    let title = n.spans.title.expect("title span");
    assert!(text[..title.start].ends_with("# "));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_date_broken_over_two_lines_is_read_whole() {
    // Not hard-wrapped throughout (the lines' widths differ), yet a line stops inside a date
    // that the next one goes on with.
    let text = "某某市人民政府关于某事的通知\n\n各区人民政府：\n    现通知如下：\n    一、降低经营成本。对符合条件的民营企业，2024年12月31\n日前减半征收城镇土地使用税。（市税务局、市财政局负责）\n    二、推进改造。力争2025年\n底前完成改造任务。\n    三、加强监管。\n2024年完成检查。\n\n某某市人民政府\n2024年2月28日\n";
    let n = gongwen::parse(text).expect("parses");
    let got = rows(&n.body);
    assert_eq!(got[0].2, ["2024-12-31"]);
    assert_eq!(got[1].2, ["2025-12-31"]);
    assert_eq!(
        n.body.sections[0].text,
        "降低经营成本。对符合条件的民营企业，2024年12月31日前减半征收城镇土地使用税。（市税务局、市财政局负责）"
    );
    // A paragraph that ends a sentence is not joined to the next.
    assert_eq!(n.body.sections[2].text, "加强监管。\n2024年完成检查。");
}

#[test]
fn a_note_after_a_labelled_name_is_no_part_of_it() {
    let (n, _) = load("labelled_responsibilities_with_a_note_after_a_name.txt");
    assert_eq!(number(&n).as_deref(), Some("闽政办〔2024〕18号"));
    let plan = &n.enclosures[0];
    let want: Vec<Row<'_>> = vec![
        ("一", vec![], vec![]),
        (
            "一/1",
            vec![
                ("省通信管理局", Role::Responsible),
                ("省工信厅", Role::Responsible),
                ("各设区市人民政府", Role::Responsible),
                // （以下均需…落实，不再列出） is a note on the list.
                ("平潭综合实验区管委会", Role::Responsible),
            ],
            vec!["2024-12-31".to_string(), "2025-06-30".to_string()],
        ),
        (
            "一/2",
            vec![
                ("省农业农村厅", Role::Lead),
                ("省数字办", Role::Cooperating),
                ("省大数据集团", Role::Cooperating),
            ],
            vec!["2024-09-30".to_string()],
        ),
        ("二", vec![], vec![]),
        (
            "二/3",
            vec![
                ("省商务厅", Role::Responsible),
                ("省人社厅", Role::Responsible),
            ],
            vec![],
        ),
        (
            "二/4",
            vec![
                ("省农业农村厅", Role::Responsible),
                ("省科技厅", Role::Responsible),
                ("省财政厅", Role::Responsible),
            ],
            vec![],
        ),
        ("三", vec![], vec![]),
        ("三/5", vec![("省数字办", Role::Responsible)], vec![]),
    ];
    assert_eq!(rows(plan), want);
    // The note stays in the responsibility's raw text.
    let first = &plan.sections[0].children[0];
    let r = first.responsibility.as_ref().expect("responsibility");
    assert!(r.raw.ends_with("不再列出）"), "{}", r.raw);
    // Nor is a sentence after a labelled list's full stop a name.
    let text = "某某市城市更新行动方案\n\n    一、重点任务\n    （一）老旧小区改造。2024年完成改造60个。\n    责任单位：市住房城乡建设局，各县（市、区）人民政府。以下任务均需各县（市、区）人民政府落实，不再列出。\n    （二）城中村改造。\n    责任单位：市自然资源局。\n";
    let n = gongwen::parse(text).expect("parses");
    let got = rows(&n.body);
    assert_eq!(
        got[1].1,
        [
            ("市住房城乡建设局", Role::Responsible),
            ("各县（市、区）人民政府", Role::Responsible),
        ]
    );
    assert_eq!(got[2].1, [("市自然资源局", Role::Responsible)]);
}

#[test]
fn an_announcement_with_a_subject_has_its_series_number() {
    let (n, text) = load("announcement_with_a_subject_numbered_in_its_series.txt");
    assert_eq!(n.doc_type.as_deref(), Some("公告"));
    let d = n.doc_number.as_ref().expect("number");
    assert_eq!(d.raw, "2024年第12号");
    // Cited under its organ and kind, as an announcement without a subject is.
    assert_eq!(d.normalized, "广州市市场监督管理局公告2024年第12号");
    assert_eq!((d.year, d.serial), (Some(2024), Some(12)));
    assert_eq!(&text[d.span.range()], "2024年第12号");
    // The number is no paragraph of the body.
    assert!(
        n.body.preamble[0]
            .text
            .starts_with("根据《中华人民共和国食品安全法》")
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // Flattened, the number glued after the title is found all the same.
    for glue in ["", " "] {
        let m = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(m.title, n.title, "{glue:?}");
        assert_eq!(number(&m), number(&n), "{glue:?}");
        assert_eq!(m.written_date, n.written_date, "{glue:?}");
    }
    // A notice's line under its title that looks like such a number stays in the body.
    let t = "某某市人民政府关于某事的通知\n2024年第12号\n\n各区人民政府：\n    现通知如下。\n";
    let n = gongwen::parse(t).expect("parses");
    assert!(n.doc_number.is_none());
}

#[test]
fn kinds_joined_by_a_conjunction_share_the_addressee_after_them() {
    let (n, _) = load("county_notice_to_kinds_joined_by_a_conjunction.txt");
    assert_eq!(n.addressees, ["各镇人民政府", "县直和省、市驻连平有关单位"]);
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2025-01-15")
    );
    let got = rows(&n.body);
    assert_eq!(
        got[0].1,
        [
            ("县应急管理局", Role::Lead),
            ("各镇人民政府", Role::Cooperating),
            ("县有关部门", Role::Cooperating),
        ]
    );
    // 1月24日下午5:30前: the day of the limit and its time.
    let dl = &n.body.sections[2].deadlines;
    let by = dl
        .iter()
        .find(|d| d.kind == gongwen::DeadlineKind::By)
        .expect("by");
    assert_eq!(
        by.date.map(|d| d.to_string()).as_deref(),
        Some("2025-01-24")
    );
    assert_eq!(by.time.as_deref(), Some("17:30"));
}

#[test]
fn responsibilities_phrased_every_common_way_are_read() {
    let (n, _) = load("responsibility_phrasings_of_a_provincial_opinion.txt");
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    let got: Vec<(String, Vec<(&str, Role)>)> = rows(&n.body)
        .into_iter()
        .skip(1)
        .map(|(path, deps, _)| (path.to_string(), deps))
        .collect();
    let cities = "各地级以上市人民政府";
    let want: Vec<(&str, Vec<(&str, Role)>)> = vec![
        ("一/(一)", vec![("省科技厅", R), (cities, R)]),
        ("一/(二)", vec![("省教育厅", L), ("省财政厅", C)]),
        ("一/(三)", vec![("省公安厅", R), ("省交通运输厅", R)]),
        ("一/(四)", vec![("省卫生健康委", R), ("省医保局", R)]),
        // 组织实施 is the cities' duty.
        ("一/(五)", vec![("省住房城乡建设厅", R), (cities, R)]),
        ("一/(六)", vec![(cities, R), ("省商务厅", R)]),
        ("一/(七)", vec![("省市场监管局", R), ("省药监局", R)]),
        (
            "一/(八)",
            vec![
                ("省委宣传部", R),
                ("省委网信办", R),
                ("省文化和旅游厅", R),
                ("省广电局", R),
            ],
        ),
        (
            "一/(九)",
            vec![
                ("省人力资源社会保障厅", L),
                ("省教育厅", C),
                ("省财政厅", C),
                (cities, C),
            ],
        ),
        ("一/(十)", vec![("省发展改革委", L), (cities, R)]),
        ("一/(十一)", vec![("省自然资源厅", L)]),
        (
            "一/(十二)",
            vec![("省政务服务和数据管理局", L), ("各有关单位", R)],
        ),
        ("一/(十三)", vec![("省能源局", R), ("广东电网公司", R)]),
        ("一/(十四)", vec![("省商务厅", R), (cities, R)]),
        (
            "一/(十五)",
            vec![
                ("人民银行广东省分行", R),
                ("国家金融监督管理总局广东监管局", R),
                ("广东证监局", R),
            ],
        ),
    ];
    let want: Vec<(String, Vec<(&str, Role)>)> =
        want.into_iter().map(|(p, d)| (p.to_string(), d)).collect();
    assert_eq!(got, want);
    // The time in a parenthesis with the lead is a deadline, not a name.
    let eleventh = &n.body.sections[0].children[10];
    assert_eq!(
        eleventh.deadlines[0].date.map(|d| d.to_string()).as_deref(),
        Some("2025-12-31")
    );
}

#[test]
fn each_written_once_for_a_district_s_committee_and_government() {
    let (n, _) = load("party_and_government_offices_joint_notice.txt");
    assert_eq!(n.issuers, ["中共广州市委办公厅", "广州市人民政府办公厅"]);
    assert_eq!(number(&n).as_deref(), Some("穗办〔2024〕3号"));
    // 各区委、区政府: each district's committee and each district's government.
    assert_eq!(
        n.addressees,
        [
            "各区委",
            "各区政府",
            "市委各部委办局",
            "市直各单位",
            "各人民团体"
        ]
    );
    let plan = &n.enclosures[0];
    let third = &plan.sections[1].children[0];
    let r = third.responsibility.as_ref().expect("responsibility");
    let got: Vec<(&str, Role, bool)> = r
        .departments
        .iter()
        .map(|d| (d.name.as_str(), d.role, d.generic))
        .collect();
    assert_eq!(
        got,
        [
            ("市司法局", Role::Lead, false),
            ("市委编办", Role::Lead, false),
            ("各区委", Role::Responsible, true),
            ("各区政府", Role::Responsible, true),
        ]
    );
    // The name as written is kept beside it, and its span points there.
    assert_eq!(r.departments[3].raw, "区政府");
    let (_, text) = load("party_and_government_offices_joint_notice.txt");
    assert_eq!(&text[r.departments[3].span.range()], "区政府");
}

#[test]
fn pinyin_parted_from_its_character_by_a_line_break_is_left_out() {
    // A mirror's pinyin, and a parenthesis broken over two lines inside one insertion
    // (財(\ncái)): once the lines are joined, that pinyin is left out as the rest is.
    let text = "某某省人民政府辦(bàn)公廳(tīng)关于某事的通知\n\n各市人民政府：\n    一、推进某事。（省科技厅、工業(gōng)和信息化厅、財(\ncái)政厅牵头）\n\n某某省人民政府\n2024年1月8日\n";
    let n = gongwen::parse(text).expect("parses");
    let item = &n.body.sections[0];
    assert_eq!(
        item.text,
        "推进某事。（省科技厅、工業和信息化厅、財政厅牵头）"
    );
    let r = item.responsibility.as_ref().expect("responsibility");
    let got: Vec<(&str, &str)> = r
        .departments
        .iter()
        .map(|d| (d.name.as_str(), d.raw.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("省科技厅", "省科技厅"),
            ("省工業和信息化厅", "工業和信息化厅"),
            ("省財政厅", "財政厅"),
        ]
    );
    // The span of the last name covers its pinyin and the line break, as given.
    assert_eq!(&text[r.departments[2].span.range()], "財(\ncái)政厅");
}

#[test]
fn a_modal_verb_before_the_duty_is_no_part_of_the_name() {
    // 各地要认真组织实施: 各地 does it; 要认真 says how, and is no part of the name.
    let text = "某某市人民政府关于某事的通知\n\n各区人民政府：\n    一、加强领导。各地要认真组织实施。\n    二、抓好落实。请各单位结合实际，认真组织实施。\n    三、强化保障。（市财政局应当负责，市审计局配合）\n\n某某市人民政府\n2024年1月8日\n";
    let n = gongwen::parse(text).expect("parses");
    let got = rows(&n.body);
    assert_eq!(got[0].1, [("各地", Role::Responsible)]);
    // A sentence that names no organ names no one.
    assert!(got[1].1.is_empty(), "{:?}", got[1]);
    assert_eq!(
        got[2].1,
        [
            ("市财政局", Role::Responsible),
            ("市审计局", Role::Cooperating)
        ]
    );
}

#[test]
fn kinds_of_the_autonomous_regions_and_zones_share_their_organs() {
    let (n, _) = load("autonomous_region_measures_with_kinds_and_zones.txt");
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("新政办发〔2024〕18号")
    );
    // 地、州 and 市 share the government after them.
    assert_eq!(
        n.addressees,
        [
            "伊犁哈萨克自治州",
            "各地、州、市人民政府（行政公署）",
            "自治区人民政府各组成部门",
            "各直属机构"
        ]
    );
    let plan = &n.enclosures[0];
    let got = rows(plan);
    let roles = |path: &str| {
        got.iter()
            .find(|r| r.0 == path)
            .map(|r| r.1.clone())
            .unwrap_or_else(|| panic!("no item {path}"))
    };
    assert_eq!(
        roles("一/(一)"),
        [
            ("自治区发展改革委", Role::Lead),
            ("自治区商务厅", Role::Cooperating),
            ("自治区市场监管局", Role::Cooperating),
        ]
    );
    // Zones share the committee that ends their list.
    assert_eq!(
        roles("二/(七)"),
        [
            ("乌鲁木齐高新区管委会", Role::Responsible),
            ("霍尔果斯经济开发区管委会", Role::Responsible),
        ]
    );
    // 各 before a league's office stands for the city's government after it.
    assert_eq!(
        roles("二/(八)"),
        [
            ("自治区人力资源社会保障厅", Role::Lead),
            ("各盟行政公署", Role::Cooperating),
            ("各市人民政府", Role::Cooperating),
        ]
    );
}

#[test]
fn clock_times_bound_a_period_and_a_start() {
    let (n, _) = load("traffic_control_notice_with_clock_times.txt");
    assert_eq!(n.doc_type.as_deref(), Some("通告"));
    let dl = |path: &str| -> Vec<(String, String, Option<String>)> {
        n.body
            .walk()
            .find(|s| s.path == path)
            .unwrap_or_else(|| panic!("no item {path}"))
            .deadlines
            .iter()
            .map(|d| {
                (
                    d.kind.as_str().to_string(),
                    d.date.map(|x| x.to_string()).unwrap_or_default(),
                    d.time.clone(),
                )
            })
            .collect()
    };
    let own = |v: &[(&str, &str, Option<&str>)]| -> Vec<(String, String, Option<String>)> {
        v.iter()
            .map(|&(k, d, t)| (k.to_string(), d.to_string(), t.map(str::to_string)))
            .collect()
    };
    assert_eq!(
        dl("一"),
        own(&[
            ("from", "2024-05-01", Some("00:00")),
            ("until", "2024-05-05", Some("24:00"))
        ])
    );
    assert_eq!(
        dl("二/(二)"),
        own(&[
            ("from", "2024-05-01", Some("08:00")),
            ("until", "2024-05-01", Some("12:00"))
        ])
    );
    assert_eq!(dl("三/(二)"), own(&[("from", "2024-05-01", Some("00:00"))]));
    // Every day at the same hours is no dated period.
    assert!(dl("二/(一)").is_empty());
}

#[test]
fn addressees_that_lost_their_colon_under_the_number() {
    let (n, _) = load("addressees_without_their_colon.txt");
    assert_eq!(n.addressees, ["各地级以上市教育局", "各普通高校"]);
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤教考函〔2024〕12号")
    );
    assert!(n.body.preamble[0].text.starts_with("为做好2024年"));
    assert!(
        n.warnings
            .iter()
            .all(|w| w.code != gongwen::WarningCode::MissingAddressees)
    );
}

#[test]
fn national_notice_to_the_departments_of_each_province() {
    let (n, _) = load("national_notice_to_the_departments_of_each_province.txt");
    assert_eq!(n.issuers, ["国家发展改革委", "国家能源局"]);
    assert_eq!(
        n.addressees[..2],
        [
            "各省、自治区、直辖市及新疆生产建设兵团发展改革委",
            "各省、自治区、直辖市及新疆生产建设兵团能源局"
        ]
    );
    assert_eq!(n.addressees.len(), 8);
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2026-03-05")
    );
}

#[test]
fn a_table_written_a_cell_to_a_line_ends_the_text_whole() {
    let (n, _) = load("list_of_projects_a_cell_to_a_line.txt");
    // The capture starts at the number: no title, and a warning says so.
    assert_eq!(n.title, None);
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("粤发改能源函〔2026〕215号")
    );
    assert_eq!(
        n.addressees,
        [
            "各地级以上市发展改革局（委）",
            "广东电网有限责任公司",
            "有关企业"
        ]
    );
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, [gongwen::WarningCode::MissingTitle]);
    // The list is the enclosure; its last cell (20MW/40MWh) is no sentence cut short.
    assert_eq!(n.enclosures.len(), 1);
    let list = &n.enclosures[0];
    assert_eq!(
        list.title.as_deref(),
        Some("2026年第一批新型储能示范项目名单")
    );
    assert_eq!(
        list.preamble.last().map(|p| p.text.as_str()),
        Some("20MW/40MWh")
    );
    assert_eq!(
        n.body.sections[0].deadlines[0]
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-12-31")
    );
}

#[test]
fn a_flattened_public_notice_without_a_number_is_cut_at_its_title() {
    // A 通告 has no addressees and here no number: its title, then a sentence, then 一、.
    let (n, _) = load("flattened_public_notice_without_a_number.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("深圳市公安局交通警察局关于2024年“五一”期间部分路段实施交通管制的通告")
    );
    assert_eq!(n.doc_type.as_deref(), Some("通告"));
    assert_eq!(n.signatory.as_deref(), Some("深圳市公安局交通警察局"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-04-25")
    );
    let paths: Vec<_> = n.body.walk().map(|s| s.path.as_str()).collect();
    assert_eq!(
        paths,
        ["一", "二", "二/(一)", "二/(二)", "三", "三/(一)", "三/(二)"]
    );
    assert_eq!(n.body.closing[0].text, "特此通告。");
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert_eq!(
        codes,
        [
            gongwen::WarningCode::FlattenedText,
            gongwen::WarningCode::MissingDocNumber
        ]
    );
}

#[test]
fn a_communique_reports_its_periods_and_sets_no_limits_by_them() {
    let text = "某某市2023年国民经济和社会发展统计公报\n\n\
                一、综合\n初步核算，全年全市地区生产总值3567.8亿元。年末全市常住人口412万人，比上年末增加3万人。\n\
                二、就业\n上半年城镇新增就业3.1万人，下半年新增就业2.9万人。年内出生人口3.6万人。\n\
                三、说明\n各区统计部门要在年底前完成数据核查。\n\n\
                某某市统计局\n2024年3月1日\n";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(n.doc_type.as_deref(), Some("公报"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-01")
    );
    let deadlines: Vec<(&str, String)> = n
        .body
        .walk()
        .flat_map(|s| s.deadlines.iter())
        .map(|d| {
            (
                d.text.as_str(),
                d.date.map(|x| x.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    // 年末, 上半年, 下半年, 年内: the year it reports on, not limits of the next one. A limit
    // it sets (年底前) stays one.
    assert_eq!(deadlines, [("年底前", "2024-12-31".to_string())]);
}

#[test]
fn a_communique_is_headed_by_its_organs_and_its_date() {
    // …统计公报 / 广东省统计局　国家统计局广东调查总队 / 2024年3月1日: the organs under the
    // title issue it and sign it, the date under them is its own.
    let (n, src) = load("statistical_communique_headed_by_its_organs.txt");
    assert_eq!(n.issuer.as_deref(), Some("广东省统计局"));
    assert_eq!(n.issuers, ["广东省统计局", "国家统计局广东调查总队"]);
    assert_eq!(
        n.signatory.as_deref(),
        Some("广东省统计局 国家统计局广东调查总队")
    );
    let sp = n.spans.signatory.expect("span");
    assert_eq!(&src[sp.range()], "广东省统计局　国家统计局广东调查总队");
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-01")
    );
    assert!(n.portal.is_none());
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, [WarningCode::MissingDocNumber]);
    assert_eq!(n.body.sections.len(), 4);
    assert!(n.body.walk().all(|s| s.deadlines.is_empty()));
}

#[test]
fn an_attached_table_has_its_own_label() {
    // 附表 labels an attached table as 附件 labels an attachment: the note closes the body,
    // the label and the title head the enclosure.
    let (n, _) = load("attached_table_under_its_own_label.txt");
    assert_eq!(
        n.body.closing.last().map(|p| p.text.as_str()),
        Some("附表：2024年重点民生实事任务分解表")
    );
    assert_eq!(n.enclosures.len(), 1);
    let table = &n.enclosures[0];
    assert_eq!(table.label.as_deref(), Some("附表"));
    assert_eq!(table.title.as_deref(), Some("2024年重点民生实事任务分解表"));
    let got = rows(table);
    assert_eq!(
        got[0].1,
        [
            ("市教育局", Role::Lead),
            ("各区人民政府", Role::Cooperating)
        ]
    );
    assert_eq!(got[1].2, ["2024-12-31"]);
}

#[test]
fn a_note_may_list_its_attachments_on_one_line() {
    for (note, titles) in [
        ("附件：1.申报表；2.汇总表", vec!["申报表", "汇总表"]),
        (
            "附件：1.申报表 2.汇总表 3.填报说明",
            vec!["申报表", "汇总表", "填报说明"],
        ),
        ("附件：1.2024年度项目申报表", vec!["2024年度项目申报表"]),
    ] {
        let text = format!(
            "某某市财政局关于做好某事的通知\n某财〔2024〕1号\n各区财政局：\n　　请按要求报送。\n　　{note}\n某某市财政局\n2024年3月5日\n"
        );
        let n = gongwen::parse(&text).expect("parses");
        let got: Vec<_> = n
            .enclosures
            .iter()
            .map(|e| e.title.as_deref().unwrap_or_default())
            .collect();
        assert_eq!(got, titles, "{note}");
        let labels: Vec<_> = n
            .enclosures
            .iter()
            .map(|e| e.label.clone().unwrap_or_default())
            .collect();
        let want: Vec<_> = (1..=titles.len()).map(|k| format!("附件{k}")).collect();
        assert_eq!(labels, want, "{note}");
    }
}

#[test]
fn a_communique_headed_by_its_organ_and_signed_keeps_every_line() {
    // Organs under the title and a signature at the end: the signature signs, the line under
    // the title is kept (as page text), and the date under it is no second written date.
    let (n, _) = load("communique_headed_by_its_organ_and_signed.txt");
    assert_eq!(n.issuer.as_deref(), Some("某某市统计局"));
    assert_eq!(n.signatory.as_deref(), Some("某某市统计局"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-20")
    );
    assert_eq!(n.body.sections.len(), 2);
    assert!(n.body.walk().all(|s| s.deadlines.is_empty()));
}

#[test]
fn forms_to_fill_enclosed_with_a_call_for_applications() {
    // Each enclosure is a form: its title stands alone, and the fields under it (申报单位（盖章）：
    // …填报日期：) are no part of the title.
    let (n, _) = load("application_notice_with_forms_to_fill.txt");
    assert_eq!(number(&n).as_deref(), Some("珠科创函〔2024〕12号"));
    assert_eq!(n.addressees, ["各有关单位"]);
    let titles: Vec<_> = n
        .enclosures
        .iter()
        .map(|e| e.title.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(titles, ["珠海市科技创新平台申报书", "申报单位承诺书"]);
    let form = &n.enclosures[0];
    assert!(
        form.preamble[0].text.starts_with("申报单位(盖章):"),
        "{:?}",
        form.preamble[0].text
    );
    let paths: Vec<_> = form.walk().map(|s| s.path.as_str()).collect();
    assert_eq!(paths, ["一", "二", "二/(一)", "二/(二)"]);
    let limits: Vec<_> = n.body.preamble.iter().flat_map(|p| &p.deadlines).collect();
    assert_eq!(limits.len(), 1);
    assert_eq!(limits[0].text, "2024年5月31日前");
}

#[test]
fn periods_begun_leaders_and_contacts_in_a_statistics_notice() {
    let (n, _) = load("statistics_notice_with_periods_begun_and_leaders.txt");
    let rows = rows(&n.body);
    let row = |path: &str| rows.iter().find(|r| r.0 == path).expect(path).clone();
    // A quarter with 起 begins the reporting: from its first day.
    assert_eq!(
        row("四"),
        (
            "四",
            vec![("市统计局", Role::Lead), ("市科技局", Role::Cooperating)],
            vec!["2024-07-01".to_string()]
        )
    );
    let four = n.body.walk().find(|s| s.path == "四").expect("四");
    assert_eq!(four.deadlines[0].kind, gongwen::DeadlineKind::From);
    // The leader named under 责任领导 is no department.
    assert_eq!(
        row("五"),
        (
            "五",
            vec![("各区人民政府", Role::Responsible)],
            vec!["2024-10-01".to_string()]
        )
    );
    // As of a past date (截至2023年底) is a fact, not a limit.
    assert!(n.body.preamble.iter().all(|p| p.deadlines.is_empty()));
    assert_eq!(row("三").2, ["2024-08-20"], "the cut-off for applications");
}

#[test]
fn a_state_of_force_under_its_label_is_the_pages() {
    // 有效性： over 有效, as the page lists its fields, right above the title: the state is the
    // page's furniture, and the title is whole.
    let (_, text) = load("labels_over_values.txt");
    let text = text.replacen("关闭窗口\n", "关闭窗口\n有效性：\n有效\n", 1);
    let n = gongwen::parse(&text).expect("parses");
    assert_eq!(
        n.title.as_deref(),
        Some("广州市人民政府办公厅关于进一步加强城市管理工作的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("广州市人民政府办公厅"));
    let p = n.portal.as_ref().expect("portal");
    let furniture = sources(&text, &p.furniture);
    assert!(furniture.contains(&"有效"), "{furniture:?}");
}

#[test]
fn an_attachment_in_parts_and_a_field_for_a_seal() {
    // 附件2-1 and 附件2-2 are the parts of the attachment the note lists as 2: each its own
    // enclosure, and no second one made for the note. 学校名称（盖章）： is a form's field,
    // not an addressee.
    let (n, _) = load("attachment_in_parts_with_a_seal_field.txt");
    let got: Vec<_> = n
        .enclosures
        .iter()
        .map(|e| {
            (
                e.label.as_deref().unwrap_or_default(),
                e.title.as_deref().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("附件1", "推荐汇总表"),
            ("附件2-1", "申报书(高等教育类)"),
            ("附件2-2", "申报书(职业教育类)"),
        ]
    );
    assert!(n.enclosures.iter().all(|e| e.addressees.is_empty()));
    let paths: Vec<_> = n.enclosures[1].walk().map(|s| s.path.as_str()).collect();
    assert_eq!(paths, ["一", "二"]);
}

#[test]
fn a_city_plan_with_labelled_parentheses_and_time_limits() {
    // （牵头单位：…；配合单位：…，各县（市、区）人民政府；完成时限：2024年6月）: the labels give
    // the roles, the bracket inside a name is part of it, and the time limit is a deadline.
    let (n, _) = load("city_plan_with_labelled_parentheses_and_time_limits.txt");
    assert_eq!(number(&n).as_deref(), Some("韶府办〔2024〕9号"));
    assert_eq!(n.addressees, ["各县(市、区)人民政府", "市府直属各单位"]);
    let plan = &n.enclosures[0];
    assert_eq!(
        plan.title.as_deref(),
        Some("韶关市推动制造业高质量发展三年行动方案(2024-2026年)")
    );
    let rows = rows(plan);
    let row = |path: &str| rows.iter().find(|r| r.0 == path).expect(path).clone();
    assert_eq!(
        row("二/(一)"),
        (
            "二/(一)",
            vec![
                ("市工业和信息化局", Role::Lead),
                ("市发展改革局", Role::Cooperating),
                ("市科技局", Role::Cooperating),
                ("各县(市、区)人民政府", Role::Cooperating),
            ],
            vec!["2024-06-30".to_string(), "2024-06-30".to_string()]
        )
    );
    assert_eq!(
        row("二/(二)"),
        (
            "二/(二)",
            vec![
                ("市工业和信息化局", Role::Responsible),
                ("各县(市、区)人民政府", Role::Responsible),
            ],
            vec!["2025-12-31".to_string()]
        )
    );
    assert_eq!(
        row("二/(三)/1").1,
        [
            ("市自然资源局", Role::Lead),
            ("市住房城乡建设管理局", Role::Cooperating)
        ]
    );
    // 每季度结束后10日内 counts from each quarter's end: no date.
    assert!(row("三").2.is_empty());
}

#[test]
fn a_joint_notice_with_each_issuers_number() {
    // Each issuer's number on its own line under the title: the first, the lead issuer's, is
    // the document's; the second, which no field holds, is kept with the page's furniture, and
    // is no page's number in mismatch.
    let (n, text) = load("joint_notice_with_each_issuers_number.txt");
    assert_eq!(number(&n).as_deref(), Some("粤发改能源〔2024〕100号"));
    assert_eq!(n.issuers, ["广东省发展和改革委员会", "广东省能源局"]);
    let p = n.portal.as_ref().expect("furniture");
    assert!(p.doc_number.is_none());
    assert_eq!(sources(&text, &p.furniture), ["粤能新能〔2024〕20号"]);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(
        n.addressees,
        [
            "各地级以上市发展改革局(委)",
            "各地级以上市能源主管部门",
            "广东电网有限责任公司"
        ]
    );
    // Both on one line, parted by white space.
    let one_line = text.replace("100号\n粤能", "100号　　粤能");
    let n = gongwen::parse(&one_line).expect("parses");
    assert_eq!(number(&n).as_deref(), Some("粤发改能源〔2024〕100号"));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn fields_a_value_and_the_next_label_to_a_line() {
    // A page's table of fields copied with each label on a line and its value on the next,
    // the next cell's label after the value (…/2024-00012\t分类：).
    let (n, _) = load("fields_a_value_and_the_next_label_to_a_line.txt");
    let p = n.portal.as_ref().expect("a portal block");
    assert_eq!(
        p.index_number.as_deref(),
        Some("11441900007330010N/2024-00012")
    );
    assert_eq!(p.category.as_deref(), Some("其他"));
    assert_eq!(p.publisher.as_deref(), Some("东莞市人民政府办公室"));
    assert_eq!(p.doc_number.as_deref(), Some("东府办〔2024〕11号"));
    assert_eq!(
        n.title.as_deref(),
        Some("东莞市人民政府办公室关于印发《东莞市2024年重点民生实事》的通知")
    );
    assert_eq!(number(&n).as_deref(), Some("东府办〔2024〕11号"));
    assert_eq!(n.issuer.as_deref(), Some("东莞市人民政府办公室"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-02-26")
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2024-02-28")
    );
    assert_eq!(
        n.addressees,
        ["各镇人民政府（街道办事处）", "市府直属各单位"]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let plan = &n.enclosures[0];
    assert_eq!(plan.title.as_deref(), Some("东莞市2024年重点民生实事"));
    assert_eq!(plan.sections.len(), 3);
}

#[test]
fn a_law_databases_fields_in_lenticular_brackets() {
    // A database of laws heads the notice with its title and its own fields (【发布部门】,
    // 【效力级别】, 【法规类别】): none of them is part of the title under them.
    let (n, _) = load("law_database_fields_in_lenticular_brackets.txt");
    let title = "广东省人民政府办公厅关于印发广东省促进外贸稳规模优结构若干措施的通知";
    assert_eq!(n.title.as_deref(), Some(title));
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(number(&n).as_deref(), Some("粤办函〔2023〕256号"));
    let p = n.portal.as_ref().expect("a portal block");
    assert_eq!(p.publisher.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(p.category.as_deref(), Some("对外贸易综合规定"));
    assert_eq!(p.effective_date.as_deref(), Some("2023-10-12"));
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2023-10-12")
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2023-10-09")
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_flattened_page_with_bullets_between_its_title_and_number() {
    // A page flattened onto one line, with its bullets (• date • 来源: …) between the title
    // and the number, as Guangdong's city portals print them.
    let (n, _) = load("flattened_page_with_bullets_between_title_and_number.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("佛山市人民政府办公室关于印发佛山市2024年优化营商环境重点任务清单的通知")
    );
    assert_eq!(number(&n).as_deref(), Some("佛府办函〔2024〕15号"));
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-20")
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-18")
    );
    let p = n.portal.as_ref().expect("a portal block");
    assert_eq!(p.source.as_deref(), Some("佛山市人民政府办公室"));
    assert_eq!(n.addressees, ["各区人民政府", "市政府各部门", "各直属机构"]);
    let list = &n.enclosures[0];
    assert_eq!(
        list.title.as_deref(),
        Some("佛山市2024年优化营商环境重点任务清单")
    );
    let task = list.walk().find(|s| s.path == "一/2").expect("task 2");
    let deps: Vec<_> = task
        .responsibility
        .as_ref()
        .expect("cells")
        .departments
        .iter()
        .map(|d| (d.name.as_str(), d.role))
        .collect();
    assert_eq!(
        deps,
        [
            ("市住房城乡建设局", Role::Lead),
            ("市自然资源局", Role::Cooperating),
            ("市发展改革局", Role::Cooperating)
        ]
    );
}

#[test]
fn a_flattened_notice_without_a_number_after_crumbs_and_fields() {
    // A page flattened onto one line with white space: its crumbs, a title with no number,
    // the page's fields, then the addressees and the text.
    let (n, _) = load("flattened_notice_without_a_number_after_crumbs_and_fields.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("关于做好2024年度企业年报公示工作的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("江门市市场监督管理局"));
    assert_eq!(n.addressees, ["各市场主体"]);
    let p = n.portal.as_ref().expect("a portal block");
    assert_eq!(p.breadcrumbs, ["首页", "政务公开", "通知公告"]);
    assert_eq!(p.published_at.as_deref(), Some("2024-01-05T09:30:00+08:00"));
    assert_eq!(p.source.as_deref(), Some("江门市市场监督管理局"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-01-05")
    );
    assert_eq!(n.body.sections.len(), 3);
    assert_eq!(n.body.sections[0].heading.as_deref(), Some("报送时间"));
}

#[test]
fn a_repost_with_its_original_title_and_read_count() {
    // A news site's repost: its own headline, the notice's title under 原标题：, and under the
    // signature the editor, a note on the repost and the count of readers.
    let (n, text) = load("repost_with_its_original_title_and_read_count.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府办公厅关于加快推进城镇老旧小区改造工作的通知")
    );
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(number(&n).as_deref(), Some("粤办函〔2024〕88号"));
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-17")
    );
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert!(n.body.closing.is_empty(), "{:?}", n.body.closing);
    let page = n.portal.as_ref().expect("a page");
    // The fields after the page's time stamp are read.
    assert_eq!(page.source.as_deref(), Some("南方日报"));
    assert_eq!(
        page.published_at.as_deref(),
        Some("2024-05-21T18:30:00+08:00")
    );
    let furniture = sources(&text, &page.furniture);
    for line in ["责任编辑：李四", "阅读 1.2万", "点赞 分享 在看"] {
        assert!(furniture.contains(&line), "{line}: {furniture:?}");
    }
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_labelled_role_holds_for_the_names_of_clauses_without_a_verb() {
    let text = "某某区城乡环境卫生整治工作方案\n\n一、工作任务\n1.整治背街小巷。责任单位：各街道办事处，区住建局配合。\n2.整治农贸市场。责任单位：区市场监管局牵头，区商务局、区卫生健康局配合。\n3.整治城中村。责任单位：区住建局、区城管局。\n";
    let n = gongwen::parse(text).expect("parses");
    let got = rows(&n.body);
    // A verb in a clause says the role of its own clause's names only.
    assert_eq!(
        got[1].1,
        [
            ("各街道办事处", Role::Responsible),
            ("区住建局", Role::Cooperating),
        ]
    );
    assert_eq!(
        got[2].1,
        [
            ("区市场监管局", Role::Lead),
            ("区商务局", Role::Cooperating),
            ("区卫生健康局", Role::Cooperating),
        ]
    );
    assert_eq!(
        got[3].1,
        [
            ("区住建局", Role::Responsible),
            ("区城管局", Role::Responsible),
        ]
    );
}

#[test]
fn flattened_an_announcement_without_about_and_a_trail_from_the_home_page() {
    // A title with no 关于 that ends with its type before white space, then its body.
    let text = "广东省事业单位2024年集中公开招聘高校应届毕业生公告\n根据有关规定，现将有关事项公告如下：\n一、招聘对象\n2024年普通高等学校应届毕业生。\n二、报名\n报名时间：2024年3月11日9:00至3月15日17:00。\n广东省人力资源和社会保障厅\n2024年3月1日\n";
    // Glued, the words that open the body end it.
    for glue in [" ", ""] {
        let n = gongwen::parse(&flattened(text, glue)).expect("parses");
        assert_eq!(
            n.title.as_deref(),
            Some("广东省事业单位2024年集中公开招聘高校应届毕业生公告"),
            "{glue:?}"
        );
        assert_eq!(paths(&n), ["一", "二"]);
        assert_eq!(
            n.written_date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-01")
        );
    }
    // A trail of crumbs with no label, and a title that cites another's in 《》.
    let text = "首页 > 通知公告\n关于转发《广东省教育厅关于做好就业创业工作的通知》的通知\n来源：学生工作部   发布时间：2023-04-12\n各学院、各部门：\n现将有关通知转发给你们，请认真贯彻落实。\n学生工作部（处）\n2023年4月12日\n";
    let n = gongwen::parse(&flattened(text, " ")).expect("parses");
    assert_eq!(
        n.title.as_deref(),
        Some("关于转发《广东省教育厅关于做好就业创业工作的通知》的通知")
    );
    assert_eq!(n.addressees, ["各学院", "各部门"]);
    assert_eq!(n.signatory.as_deref(), Some("学生工作部（处）"));
    let portal = n.portal.as_ref().expect("portal");
    assert_eq!(portal.breadcrumbs, ["首页", "通知公告"]);
}

#[test]
fn a_list_of_copies_goes_on_under_its_line() {
    let text = "广东省人民政府关于同意设立某某经济开发区的批复\n\n粤府函〔2010〕123号\n\n某某市人民政府：\n　　你市的请示收悉。现批复如下：\n　　一、同意设立某某经济开发区。\n\n广东省人民政府\n二○一○年八月十二日\n\n抄送：省发展改革委、国土资源厅、环境保护厅，\n　　　某某市发展改革局。\n广东省人民政府办公厅秘书处　　　　　　2010年8月13日印发\n";
    let n = gongwen::parse(text).expect("parses");
    // The province goes to every bare organ after the first, 国土资源厅 too.
    assert_eq!(
        n.cc,
        [
            "省发展改革委",
            "省国土资源厅",
            "省环境保护厅",
            "某某市发展改革局"
        ]
    );
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert_eq!(n.printed_by.as_deref(), Some("广东省人民政府办公厅秘书处"));
    // A line under a list that ended with its stop is no part of it.
    let cut = text.replace("环境保护厅，", "环境保护厅。");
    let n = gongwen::parse(&cut).expect("parses");
    assert_eq!(n.cc.len(), 3);
}

#[test]
fn a_note_that_the_first_listed_leads_makes_the_first_of_each_list_the_lead() {
    let text = "浙江省人民政府办公厅关于加快推进数字经济发展的若干意见\n\n浙政办发〔2024〕10号\n\n各市、县（市、区）人民政府，省政府直属各单位：\n　　一、加强数字基础设施建设\n　　（一）加快5G网络建设。（责任单位：省通信管理局、省经信厅，各市、县〔市、区〕政府。列第一位的为牵头单位，下同）\n　　（二）推进算力中心建设。（责任单位：省发展改革委、省经信厅）\n　　（三）完善标准。（责任单位：省市场监管局）\n　　（四）加强监管。（省市场监管局、省公安厅按职责分工负责）\n\n浙江省人民政府办公厅\n2024年3月18日\n";
    let n = gongwen::parse(text).expect("parses");
    let got = rows(&n.body);
    const L: Role = Role::Lead;
    const R: Role = Role::Responsible;
    assert_eq!(
        got[1].1,
        [
            ("省通信管理局", L),
            ("省经信厅", R),
            ("各市、县〔市、区〕政府", R)
        ]
    );
    // The note holds for the lists after it; one organ alone stays responsible, and a verb
    // of duties says each is.
    assert_eq!(got[2].1, [("省发展改革委", L), ("省经信厅", R)]);
    assert_eq!(got[3].1, [("省市场监管局", R)]);
    assert_eq!(got[4].1, [("省市场监管局", R), ("省公安厅", R)]);
    // Without the note, every organ of a list is responsible.
    let plain = text.replace("列第一位的为牵头单位，下同", "下同");
    let n = gongwen::parse(&plain).expect("parses");
    assert_eq!(rows(&n.body)[2].1, [("省发展改革委", R), ("省经信厅", R)]);
}

#[test]
fn copies_to_the_organs_above_join_the_copies() {
    let text = "某某市人民政府办公室关于做好防汛工作的通知\n\n某府办函〔2024〕21号\n\n各县（市、区）人民政府：\n　　现就做好防汛工作通知如下。\n\n某某市人民政府办公室\n2024年4月20日\n\n抄报：省政府办公厅，市委办公室。\n抄送：市纪委监委，市检察院。\n某某市人民政府办公室　　　　2024年4月20日印发\n";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(
        n.cc,
        ["省政府办公厅", "市委办公室", "市纪委监委", "市检察院"]
    );
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
}

#[test]
fn a_mirrors_count_of_characters_under_the_text_is_the_pages() {
    let text = "Notice\nmedium\n2024-03-25 10:12:33\nDocument Text\n关于做好环境卫生整治工作的通知某区府办〔2024〕12号各街道办事处：现将有关事项通知如下，请认真贯彻落实。某某区人民政府办公室2024年3月20日\n1,024 characters\nTopics environment sanitation\n";
    let n = gongwen::parse(text).expect("parses");
    let last = n.body.walk().last().map(|s| s.text.clone());
    let all: Vec<&str> = n
        .body
        .preamble
        .iter()
        .chain(&n.body.closing)
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        all.iter().all(|t| !t.contains("characters")),
        "{all:?} {last:?}"
    );
    assert!(
        !n.warnings.iter().any(|w| w.code == WarningCode::Truncated),
        "{:?}",
        n.warnings
    );
    // (It had been an enclosure titled so.)
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    let furniture = &n.portal.as_ref().expect("portal").furniture;
    assert!(
        furniture
            .iter()
            .any(|s| &text[s.range()] == "1,024 characters"),
        "{furniture:?}"
    );
}

#[test]
fn four_levels_and_circled_items_inline_each_with_its_parenthesis() {
    let (n, _) = load("four_levels_and_circled_items_inline.txt");
    let plan = &n.enclosures[0];
    assert_eq!(plan.title.as_deref(), Some("某某县2024年重点工作"));
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    let s = |v: &[&str]| v.iter().map(|d| d.to_string()).collect::<Vec<_>>();
    assert_eq!(
        rows(plan),
        vec![
            ("一", vec![], vec![]),
            ("一/(一)", vec![], vec![]),
            ("一/(一)/1", vec![], vec![]),
            // Circled items inline (①…；②…。), each closed by its own parenthesis: the
            // assignments of both, and the limits of both.
            (
                "一/(一)/1/(1)",
                vec![("县工信局", R), ("县商务局", R)],
                s(&["2024-06-30", "2024-09-30"])
            ),
            (
                "一/(一)/1/(2)",
                vec![("县交通运输局", L), ("县财政局", C)],
                s(&["2024-12-31"])
            ),
            ("一/(一)/2", vec![], vec![]),
            ("一/(二)", vec![], vec![]),
            ("一/(二)/1", vec![("县人社局", R)], vec![]),
            ("二", vec![], vec![]),
            // 1、 under 一、 with no (一) between.
            ("二/1", vec![("县公安局", R)], vec![]),
            ("二/2", vec![("县应急管理局", R)], vec![]),
        ]
    );
}

#[test]
fn a_news_site_page_with_its_menu_credits_and_related_news() {
    let (n, text) = load("news_site_page_with_its_menu_and_related_news.txt");
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府办公厅关于做好2024年某某工作的通知")
    );
    assert_eq!(number(&n).as_deref(), Some("粤办函〔2024〕141号"));
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    assert_eq!(n.written_date, gongwen::Date::new(2024, 6, 12));
    assert_eq!(n.published_date, gongwen::Date::new(2024, 6, 14));
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.breadcrumbs, ["首页", "政策法规", "省级政策"]);
    assert_eq!(p.source.as_deref(), Some("广东省人民政府网站"));
    // The site's menu, the credits and links under the text, and the related news are the
    // page's: no enclosure, nothing in the body.
    let furniture = sources(&text, &p.furniture);
    for line in [
        "网站首页 | 新闻中心 | 政策法规 | 办事服务 | 互动交流",
        "【责任编辑：张三】",
        "相关新闻",
        "· 某某工作取得新进展",
    ] {
        assert!(furniture.contains(&line), "{line}: {furniture:?}");
    }
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    let paths: Vec<&str> = n.body.walk().map(|s| s.path.as_str()).collect();
    assert_eq!(paths, ["一", "二"]);
    assert!(n.body.closing.is_empty());
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // The page ending with the related news, their bullets before them.
    let cut = text.trim_end().rsplit_once('\n').expect("lines").0;
    let m = gongwen::parse(cut).expect("parses");
    assert!(m.enclosures.is_empty(), "{:?}", m.enclosures);
    assert_eq!(m.written_date, gongwen::Date::new(2024, 6, 12));
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn a_page_field_above_the_title_is_the_page_s_whatever_its_label() {
    let notice = |field: &str| {
        let text = format!(
            "{field}\n深圳市人民政府办公厅关于某某事项的通知\n深府办函〔2024〕21号\n各区人民政府：\n　　现通知如下。\n深圳市人民政府办公厅\n2024年4月2日\n"
        );
        gongwen::parse(&text).expect("parses")
    };
    // Labels of other portals fill their fields.
    for (field, index, written, publisher, number, title) in [
        (
            "信息索引号：114403000075/2024-00123",
            true,
            false,
            false,
            false,
            false,
        ),
        (
            "索取号：114403000075/2024-00123",
            true,
            false,
            false,
            false,
            false,
        ),
        ("发文时间：2024-04-02", false, true, false, false, false),
        (
            "所属机构：深圳市人民政府办公厅",
            false,
            false,
            true,
            false,
            false,
        ),
        (
            "文件编号：深府办函〔2024〕21号",
            false,
            false,
            false,
            true,
            false,
        ),
        (
            "文件名称：深圳市人民政府办公厅关于某某事项的通知",
            false,
            false,
            false,
            false,
            true,
        ),
    ] {
        let n = notice(field);
        let p = n.portal.as_ref().expect("portal");
        assert_eq!(p.index_number.is_some(), index, "{field}");
        assert_eq!(p.written_date.is_some(), written, "{field}");
        assert_eq!(p.publisher.is_some(), publisher, "{field}");
        assert_eq!(p.doc_number.is_some(), number, "{field}");
        assert_eq!(
            p.title.as_deref(),
            title.then_some("深圳市人民政府办公厅关于某某事项的通知"),
            "{field}"
        );
        assert_eq!(
            n.title.as_deref(),
            Some("深圳市人民政府办公厅关于某某事项的通知"),
            "{field}"
        );
    }
    // A field the parser has no label for, its value in words, is the page's too: never a
    // line of the title; so is one whose label says what an organ or a subject is to the page.
    for field in [
        "公文种类：通知",
        "文种：通知",
        "关键词：营商环境",
        "责任部门：办公室",
        "来源单位：深圳市发展改革委",
        "所属主题：城乡建设、环境保护",
    ] {
        let n = notice(field);
        assert_eq!(
            n.title.as_deref(),
            Some("深圳市人民政府办公厅关于某某事项的通知"),
            "{field}"
        );
        let p = n.portal.as_ref().expect("portal");
        assert!(p.title.is_none(), "{field}");
        assert_eq!(p.furniture.len(), 1, "{field}");
        assert!(n.warnings.is_empty(), "{field}: {:?}", n.warnings);
    }
}

#[test]
fn a_law_database_page_with_its_labels_and_its_credit_under_the_text() {
    let (n, text) = load("law_database_page_with_its_credit_under_the_text.txt");
    // 【正文】 over the text is the page's label, no part of the title.
    assert_eq!(n.title.as_deref(), Some("广东省人民政府关于某某事项的通知"));
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府"));
    assert_eq!(number(&n).as_deref(), Some("粤府〔2024〕3号"));
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.publisher.as_deref(), Some("广东省人民政府"));
    assert_eq!(p.effective_date.as_deref(), Some("2024-01-05"));
    let furniture = sources(&text, &p.furniture);
    assert!(
        furniture.contains(&"本篇法规由某某数据库整理"),
        "{furniture:?}"
    );
    assert!(n.enclosures.is_empty(), "{:?}", n.enclosures);
    assert_eq!(n.written_date, gongwen::Date::new(2024, 1, 5));
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
}

#[test]
fn a_title_with_its_date_in_parentheses_on_its_line() {
    // As a gazette prints an opinion: the date in parentheses, here on the title's own line.
    let text = "某某市人民政府关于加快某某发展的意见（2024年1月5日）\n\n　　为加快某某发展，提出如下意见。\n　　一、总体要求\n　　到2027年，某某产业规模达到1000亿元。\n";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(
        n.title.as_deref(),
        Some("某某市人民政府关于加快某某发展的意见")
    );
    assert_eq!(n.doc_type.as_deref(), Some("意见"));
    assert_eq!(n.written_date, gongwen::Date::new(2024, 1, 5));
    let sp = n.spans.written_date.expect("span");
    assert_eq!(&text[sp.range()], "2024年1月5日");
    // A page's font buttons after its source end the source (来源：本网　字号：[大 中 小]).
    let text = "关于做好某某工作的通知\n发布时间：2024-06-14 10:20:31　来源：本网　字号：[大 中 小]　打印本页\n各县（市、区）人民政府：\n　　现将有关事项通知如下。\n某某市人民政府办公室\n2024年6月12日\n";
    let n = gongwen::parse(text).expect("parses");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.source.as_deref(), Some("本网"));
    assert_eq!(n.title.as_deref(), Some("关于做好某某工作的通知"));
}

#[test]
fn a_gazette_copy_with_its_number_and_date_in_parentheses_under_the_title() {
    // （某府〔2024〕18号　2024年9月20日）: the number and the written date, no signature
    // under the text; 自即日起, 自印发之日起 start on that date, and 有效期3年 ends the day
    // before its third anniversary.
    let (n, text) = load("gazette_opinion_number_and_date_under_the_title.txt");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(
        n.title.as_deref(),
        Some("某某市人民政府关于加快发展银发经济的实施意见")
    );
    assert_eq!(number(&n).as_deref(), Some("某府〔2024〕18号"));
    assert_eq!(
        &text[n.spans.doc_number.expect("its span").range()],
        "某府〔2024〕18号"
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-09-20")
    );
    assert_eq!(
        &text[n.spans.written_date.expect("its span").range()],
        "2024年9月20日"
    );
    assert_eq!(n.addressees, ["各区人民政府", "市政府各部门", "各直属机构"]);
    let got = rows(&n.body);
    assert_eq!(got[2].0, "一/(二)");
    assert_eq!(got[2].2, ["2024-09-20"]);
    assert_eq!(got[6].0, "三/(四)");
    assert_eq!(got[6].2, ["2024-10-20"]);
    let closing: Vec<_> = n.body.closing[0]
        .deadlines
        .iter()
        .map(|d| (d.text.as_str(), d.kind, d.date.map(|x| x.to_string())))
        .collect();
    assert_eq!(
        closing,
        [
            (
                "自印发之日起",
                DeadlineKind::From,
                Some("2024-09-20".into())
            ),
            ("有效期3年", DeadlineKind::Until, Some("2027-09-19".into())),
        ]
    );
    // Either order, with a comma and 印发, without parentheses or glued, the same two facts.
    for line in [
        "（2024年9月20日　某府〔2024〕18号）",
        "（某府〔2024〕18号，2024年9月20日印发）",
        "某府〔2024〕18号　2024年9月20日",
        "某府〔2024〕18号2024年9月20日",
    ] {
        let other = text.replacen("（某府〔2024〕18号　2024年9月20日）", line, 1);
        let m = gongwen::parse(&other).expect("parses");
        assert_eq!(
            m.doc_number.map(|d| d.normalized).as_deref(),
            Some("某府〔2024〕18号"),
            "{line}"
        );
        assert_eq!(
            m.written_date.map(|d| d.to_string()).as_deref(),
            Some("2024-09-20"),
            "{line}"
        );
    }
    // Flattened onto one line, glued or spaced, the parenthesis is cut out whole.
    for glue in ["", " "] {
        let m = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(number(&m).as_deref(), Some("某府〔2024〕18号"), "{glue:?}");
        assert_eq!(
            m.written_date.map(|d| d.to_string()).as_deref(),
            Some("2024-09-20"),
            "{glue:?}"
        );
        assert_eq!(m.addressees, n.addressees, "{glue:?}");
    }
}

#[test]
fn a_note_may_number_the_parts_of_an_attachment() {
    // 附件：1-1．… / 1-2．… / 2．…: each entry is the attachment its label names (附件1-1), and
    // none of the entries is an item of the body.
    let text = "某某省教育厅关于报送材料的通知\n某教函〔2024〕31号\n各市教育局：\n　　一、请于2024年11月30日前报送材料。\n　　二、请于2024年12月15日前报送总结。\n　　附件：1-1．情况统计表\n　　　　　1－2．项目汇总表\n　　　　　2．工作总结提纲\n某某省教育厅\n2024年10月20日\n附件1-1\n情况统计表\n（略）\n附件1-2\n项目汇总表\n（略）\n附件2\n工作总结提纲\n　　一、基本情况。\n　　二、主要做法。\n";
    let n = gongwen::parse(text).expect("parses");
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(paths(&n), ["一", "二", "一", "二"]);
    let got: Vec<_> = n
        .enclosures
        .iter()
        .map(|e| {
            (
                e.label.as_deref().unwrap_or_default(),
                e.title.as_deref().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("附件1-1", "情况统计表"),
            ("附件1-2", "项目汇总表"),
            ("附件2", "工作总结提纲"),
        ]
    );
    // A line that says the attachment is left out (（略）) is its text, not its title's.
    assert_eq!(n.enclosures[0].preamble[0].text, "（略）");
}

#[test]
fn a_title_of_its_type_alone_spaced_out_as_a_heading() {
    // 通　　知 over the addressees: the title and its type, as a short notice is headed.
    for title in ["通　　知", "会 议 通 知"] {
        let text = format!(
            "{title}\n\n各有关单位：\n　　定于2024年11月5日召开某某工作会议，请各单位于11月1日前报送参会回执。\n\n某某市人民政府办公室\n2024年10月15日\n"
        );
        let n = gongwen::parse(&text).expect("parses");
        assert_eq!(n.title.as_deref(), Some(title));
        assert_eq!(n.doc_type.as_deref(), Some("通知"), "{title}");
        assert_eq!(n.addressees, ["各有关单位"]);
        assert_eq!(
            n.body.preamble[0].deadlines[0]
                .date
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024-11-01")
        );
    }
}

#[test]
fn a_note_on_the_draft_under_a_title_is_the_titles() {
    // …的通知 / （征求意见稿）, 某某管理办法 / （2024年修订）: one title, its note with it.
    for (head, title) in [
        (
            "某某市人民政府关于某某事项的通知\n（征求意见稿）",
            "某某市人民政府关于某某事项的通知（征求意见稿）",
        ),
        (
            "某某市某某管理办法\n（2024年修订）",
            "某某市某某管理办法（2024年修订）",
        ),
    ] {
        let text = format!(
            "{head}\n\n某府办〔2024〕9号\n\n各区人民政府：\n　　一、加强领导。\n　　二、抓好落实。\n\n某某市人民政府办公室\n2024年10月15日\n"
        );
        let n = gongwen::parse(&text).expect("parses");
        assert_eq!(n.title.as_deref(), Some(title));
        assert_eq!(number(&n).as_deref(), Some("某府办〔2024〕9号"));
        assert_eq!(n.addressees, ["各区人民政府"]);
    }
}

#[test]
fn emergency_plan_numbered_in_decimals() {
    let (n, _) = load("emergency_plan_with_decimal_numbering.txt");
    assert_eq!(number(&n).as_deref(), Some("粤办函〔2024〕88号"));
    let plan = &n.enclosures[0];
    // The title stops where the numbering starts (it had swallowed 1　总则 and 1.1　编制目的).
    assert_eq!(plan.title.as_deref(), Some("广东省森林火灾应急预案"));
    assert!(plan.preamble.is_empty());
    assert_eq!(
        paths(&n),
        [
            "1",
            "1/1.1",
            "1/1.2",
            "2",
            "2/2.1",
            "2/2.1/2.1.1",
            "2/2.1/2.1.2",
            "2/2.2",
            "3",
            "3/3.1",
            "3/3.2",
            "4",
            "4/4.1",
            "4/4.2",
        ]
    );
    let s: Vec<_> = n.sections().map(|(_, s)| s).collect();
    assert_eq!(s[5].marker.as_deref(), Some("2.1.1"));
    assert_eq!((s[5].level, s[5].number), (3, Some(1)));
    assert_eq!(s[5].heading.as_deref(), Some("指挥部组成"));
    // Glued to its heading (2.2地方指挥机构) the marker is read all the same.
    assert_eq!(s[7].heading.as_deref(), Some("地方指挥机构"));
    // Each heading owns the paragraphs under it, with their assignments and deadlines.
    assert_eq!(
        roles(s[9].responsibility.as_ref().expect("3.1 assigns")),
        [
            ("省林业局", Role::Lead),
            ("省应急管理厅", Role::Cooperating)
        ]
    );
    // 1.5万名护林员 is a number inside the text, not a marker.
    assert!(
        s[10].text.ends_with("全省1.5万名护林员同步上岗。"),
        "{}",
        s[10].text
    );
    assert_eq!(dates(s[13]), ["2024-05-20"]);

    // Flattened with white space between its lines, it keeps its tree (glued with none, the
    // README's limitation, it does not).
    let text = std::fs::read_to_string("fixtures/shapes/emergency_plan_with_decimal_numbering.txt")
        .expect("fixture");
    let spaced = gongwen::parse(&flattened(&text, " ")).expect("parses");
    assert_eq!(paths(&spaced), paths(&n));
    assert_eq!(item_facts(&spaced), item_facts(&n));
    assert_eq!(spaced.enclosures[0].title, plan.title);

    // With its table of contents under the title, the plan has the same tree; the entries,
    // their leader dots before their pages, are paragraphs of its preamble.
    let text = std::fs::read_to_string("fixtures/shapes/emergency_plan_with_decimal_numbering.txt")
        .expect("fixture");
    let toc = "目　　录\n1　总则……………………1\n1.1　编制目的…………1\n2　组织指挥体系··········2\n3.1 风险防控..........3\n\n";
    let with_toc = text.replacen(
        "应急预案\n\n1　总则",
        &format!("应急预案\n\n{toc}1　总则"),
        1,
    );
    assert_ne!(with_toc, text);
    let m = gongwen::parse(&with_toc).expect("parses");
    assert_eq!(paths(&m), paths(&n));
    assert_eq!(
        m.enclosures[0].title.as_deref(),
        Some("广东省森林火灾应急预案")
    );
    let preamble: Vec<_> = m.enclosures[0]
        .preamble
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        preamble,
        [
            "目　　录",
            "1　总则……………………1",
            "1.1　编制目的…………1",
            "2　组织指挥体系··········2",
            "3.1 风险防控..........3"
        ]
    );
}

#[test]
fn award_lists_restart_their_numbers_under_each_grade() {
    let (n, _) = load("award_decision_with_lists_grouped_by_grade.txt");
    assert_eq!(n.doc_type.as_deref(), Some("决定"));
    assert_eq!(number(&n).as_deref(), Some("粤府〔2024〕30号"));
    let labels: Vec<_> = n.enclosures.iter().map(|e| e.label.as_deref()).collect();
    assert_eq!(labels, [Some("附件1"), Some("附件2")]);
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("2023年度广东省科技进步奖获奖项目目录")
    );
    // 一等奖（3项） / 1．2．3． / 二等奖（2项） / 1．2．: a list restarted under its grade is
    // no gap; the list ends on a field (完成单位：…), which is no sentence cut off.
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    let e = &n.enclosures[0];
    let numbers: Vec<_> = e.sections.iter().map(|s| s.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(3), Some(1), Some(2)]);
    assert_eq!(e.preamble[0].text, "一等奖（3项）");
    assert_eq!(
        e.sections[2].text,
        "重大传染病防控关键技术\n完成单位：中山大学\n二等奖（2项）"
    );
}

#[test]
fn a_letter_ending_on_a_blank_form_is_not_cut_off() {
    let (n, _) = load("letter_asking_for_materials_with_a_blank_form.txt");
    assert_eq!(n.doc_type.as_deref(), Some("函"));
    assert_eq!(n.addressees, ["省教育厅", "省卫生健康委"]);
    assert_eq!(
        n.body.preamble[0].deadlines[0]
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-12-15")
    );
    let encl = labels_and_titles(&n);
    assert_eq!(
        encl,
        [
            (Some("附件1"), Some("2025年重点项目清单")),
            (Some("附件2"), Some("绩效目标表")),
        ]
    );
    // 项目名称： / 绩效目标：: the empty fields of a form end the text.
    assert!(
        !n.warnings.iter().any(|w| w.code == WarningCode::Truncated),
        "{:?}",
        n.warnings
    );
    // One empty field alone (部门分工:) is still a text cut off.
    let cut = "广东省财政厅关于某事的函\n粤财预函〔2024〕1号\n省教育厅：\n　　请提供材料。\n\n广东省财政厅\n2024年11月25日\n\n附件\n\n某某表\n分管领导：张三\n部门分工：\n";
    let n = gongwen::parse(cut).expect("parses");
    assert!(
        n.warnings.iter().any(|w| w.code == WarningCode::Truncated),
        "{:?}",
        n.warnings
    );
}

#[test]
fn release_notes_under_the_date_close_the_body_lined_or_glued() {
    let name = "plan_notice_with_release_notes_under_its_date.txt";
    let (lined, text) = load(name);
    let closing: Vec<_> = lined.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        ["（联系人：王五，电话：020-83133000）", "（此件主动公开）"]
    );
    assert_eq!(lined.enclosures.len(), 1);
    assert_eq!(
        lined.enclosures[0].title.as_deref(),
        Some("广东省促进消费若干措施")
    );
    assert_eq!(
        roles(
            lined.enclosures[0].sections[0]
                .responsibility
                .as_ref()
                .expect("一 assigns")
        ),
        [
            ("省商务厅", Role::Lead),
            ("省财政厅", Role::Cooperating),
            ("省公安厅", Role::Cooperating)
        ]
    );
    // Flattened, the notes glued after the date had been joined to the plan's title, and its
    // first item to the body.
    let flat = glued_keeps_its_items(name);
    let closing: Vec<_> = flat.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        ["（联系人：王五，电话：020-83133000）", "（此件主动公开）"]
    );
    assert_eq!(flat.enclosures[0].title, lined.enclosures[0].title);
    let spaced = gongwen::parse(&flattened(&text, " ")).expect("parses");
    assert_eq!(paths(&spaced), paths(&lined));
    assert_eq!(spaced.enclosures[0].title, lined.enclosures[0].title);
}

#[test]
fn a_public_notice_of_a_list_lined_or_flattened() {
    let name = "public_notice_of_a_list_without_a_number.txt";
    let (lined, text) = load(name);
    let facts = |n: &Notice| {
        (
            n.title.clone(),
            n.issuer.clone(),
            n.signatory.clone(),
            n.written_date.map(|d| d.to_string()),
            n.enclosures
                .iter()
                .map(|e| e.title.clone())
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        facts(&lined),
        (
            Some("关于2024年度广东省专精特新中小企业名单的公示".to_string()),
            Some("广东省工业和信息化厅".to_string()),
            Some("广东省工业和信息化厅".to_string()),
            Some("2024-11-19".to_string()),
            vec![Some("2024年度广东省专精特新中小企业拟认定名单".to_string())],
        )
    );
    // 公示 is no document type: said, not guessed.
    assert_eq!(lined.doc_type, None);
    assert!(
        lined
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::UnknownDocType)
    );
    // The period of the notice is a range.
    let period: Vec<_> = lined.body.preamble[1]
        .deadlines
        .iter()
        .map(|d| (d.kind, d.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        period,
        [
            (DeadlineKind::From, Some("2024-11-20".to_string())),
            (DeadlineKind::Until, Some("2024-11-26".to_string())),
        ]
    );
    // Flattened, with no number and no addressees, the title had not been found and nothing
    // was read.
    for glue in ["", " "] {
        let flat = gongwen::parse(&flattened(&text, glue)).expect("parses");
        assert_eq!(facts(&flat), facts(&lined), "glue {glue:?}");
    }
}

#[test]
fn attachments_labelled_with_fu_alone() {
    // 附：1．参赛报名表 / 2．推荐汇总表 is the note; 附1 and 附2 label the forms after the date.
    let (n, _) = load("competition_notice_with_attachments_labelled_fu.txt");
    let encl = labels_and_titles(&n);
    assert_eq!(
        encl,
        [
            (Some("附1"), Some("参赛报名表")),
            (Some("附2"), Some("推荐汇总表")),
        ]
    );
    let closing: Vec<_> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        [
            "联系人：刘八，电话：020-89000000。",
            "附：1．参赛报名表",
            "2．推荐汇总表"
        ]
    );
    // The note's second entry is no item of (三), and the numbering has no gap.
    assert_eq!(paths(&n), ["(一)", "(二)", "(二)/1", "(二)/2", "(三)"]);
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    assert_eq!(n.enclosures[0].preamble.len(), 3);
}

#[test]
fn items_labelled_by_their_organ_before_a_colon_and_a_role() {
    // （一）省交通运输厅：负责统筹协调… names who does the item as a parenthesis would.
    let (n, _) = load("duties_labelled_by_organ_and_colon.txt");
    assert_eq!(
        rows(&n.body),
        [
            ("一", vec![], vec![]),
            (
                "一/(一)",
                vec![("省交通运输厅", Role::Responsible)],
                vec!["2025-01-10".to_string()]
            ),
            ("一/(二)", vec![("省公安厅", Role::Responsible)], vec![]),
            (
                "一/(三)",
                vec![("广州铁路集团公司", Role::Responsible)],
                vec![]
            ),
            ("二", vec![], vec![]),
        ]
    );
    let r = n.body.sections[0].children[0]
        .responsibility
        .as_ref()
        .expect("assigned");
    assert_eq!(r.raw, "省交通运输厅");
    // A label that is no organ (主要任务：负责…) names no one.
    let text = "某某市人民政府关于某事的通知\n某府〔2024〕1号\n各区人民政府：\n一、主要任务：负责统筹全市工作。\n二、省交通运输厅、省公安厅：配合做好运输保障。\n\n某某市人民政府\n2024年1月5日\n";
    let n = gongwen::parse(text).expect("parses");
    assert_eq!(
        rows(&n.body),
        [
            ("一", vec![], vec![]),
            (
                "二",
                vec![
                    ("省交通运输厅", Role::Cooperating),
                    ("省公安厅", Role::Cooperating)
                ],
                vec![]
            ),
        ]
    );
}

#[test]
fn a_resolution_takes_force_on_the_day_of_its_adoption() {
    let (n, _) = load("resolution_adopted_by_a_standing_committee.txt");
    assert_eq!(n.doc_type.as_deref(), Some("决议"));
    assert_eq!(n.issuer.as_deref(), Some("广东省人民代表大会常务委员会"));
    // The note of adoption under the title dates it.
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-29")
    );
    assert_eq!(paths(&n), ["一", "二", "三"]);
    // 本决议自通过之日起施行: from the day it was adopted.
    let d = &n.body.sections[2].deadlines;
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].text, "自通过之日起");
    assert_eq!(d[0].kind, DeadlineKind::From);
    assert_eq!(
        d[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-29")
    );
    // 每年3月底前 recurs: no deadline.
    assert!(n.body.sections[0].deadlines.is_empty());
}

#[test]
fn the_text_after_a_list_its_colon_announces_closes_the_body() {
    // …可通过以下方式提出意见： / （一）… / （二）… / 意见反馈截止时间为2024年12月20日。: the
    // sentence after the list is the notice's, not the last way's.
    let (n, _) = load("consultation_notice_listing_ways_to_give_views.txt");
    assert_eq!(paths(&n), ["(一)", "(二)"]);
    assert!(
        n.body.sections[1].text.ends_with("字样。"),
        "{}",
        n.body.sections[1].text
    );
    assert!(n.body.sections[1].deadlines.is_empty());
    let closing: Vec<_> = n.body.closing.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        closing,
        [
            "意见反馈截止时间为2024年12月20日。",
            "联系人：赵六，电话：020-87532000。"
        ]
    );
    let d = &n.body.closing[0].deadlines;
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-12-20")
    );
    // A list under a heading, or one whose items run over several paragraphs, keeps them.
    let (m, _) = load("duties_labelled_by_organ_and_colon.txt");
    assert!(m.body.closing.is_empty());
}

#[test]
fn a_district_notice_whose_duties_are_stated_in_prose() {
    let (n, text) = load("district_notice_with_duties_stated_in_prose.txt");
    assert_eq!(
        n.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("南府办〔2025〕11号")
    );
    // Towns and sub-districts are each of their kind, in the addressees and in an item.
    assert_eq!(
        n.addressees,
        ["各镇人民政府", "各街道办事处", "区政府各部门"]
    );
    assert!(n.warnings.is_empty(), "{:?}", n.warnings);
    // A quarter before a noun (第四季度城中村改造项目检查) is a period, no limit; a count of
    // days from the funds' release (资金下达后30日内) is not counted from the document.
    assert!(n.body.preamble.iter().all(|p| p.deadlines.is_empty()));
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    let items = [("各镇人民政府", R), ("各街道办事处", R)];
    assert_eq!(
        rows(&n.body),
        vec![
            (
                "一",
                vec![("区发展改革局", L), ("区财政局", C), ("区自然资源局", C)],
                vec![]
            ),
            // Clauses that open with the organ and its verb before the task.
            ("二", vec![("区财政局", R)], vec![]),
            ("三", vec![("区委宣传部", L)], vec![]),
            ("四", items.to_vec(), vec![]),
            (
                "五",
                [("区住房城乡建设局", R)].into_iter().chain(items).collect(),
                vec!["2025-12-31".to_string()]
            ),
            // Those in charge (负责同志) are people, not a statement of who does the item.
            ("六", vec![], vec![]),
            // A clause with its task beside a statement of who cooperates: both are read.
            (
                "七",
                vec![("区商务局", L), ("区发展改革局", C), ("区市场监管局", C)],
                vec![]
            ),
        ]
    );
    let raws: Vec<&str> = n
        .body
        .walk()
        .filter_map(|s| s.responsibility.as_ref())
        .map(|r| &text[r.span.range()])
        .collect();
    assert_eq!(
        raws[1..4],
        [
            "区财政局负责",
            "区委宣传部牵头负责",
            "各镇人民政府、街道办事处负责"
        ]
    );
    // Who interprets the notice is said in its closing, not an item's duty.
    assert_eq!(n.body.closing.len(), 1);
}
