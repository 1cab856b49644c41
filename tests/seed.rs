//! The facts of SPEC §4 on the seed notice (粤办函〔2021〕55号), asserted one by one: every
//! header value, the portal block, the enclosure's shape, and all 40 items' departments (with
//! role and generic flag) and all 39 deadlines (with kind and date). The table below was written
//! by reading the seed, item by item.

use gongwen::{Anchor, DeadlineKind, Notice, Role};

const SEED: &str = include_str!("../fixtures/seed/000_fd4865ccc7d4429b.txt");

fn seed() -> Notice {
    gongwen::parse(SEED).expect("the seed parses")
}

/// (marker, departments `role:name` with `*` for generic, deadlines `kind:date:phrase`).
const ITEMS: &[(&str, &str, &str)] = &[
    ("(一)", "l:省政府办公厅|r:省有关部门*|r:各地级以上市*", ""),
    (
        "(二)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(三)",
        "r:省人力资源社会保障厅|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    ("(四)", "l:省发展改革委|r:省有关部门*", ""),
    (
        "(五)",
        "r:省自然资源厅|r:省住房城乡建设厅|r:省发展改革委|r:省代建局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(六)",
        "l:省住房城乡建设厅|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(七)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-06-30:6月底前",
    ),
    (
        "(八)",
        "l:省政府办公厅|l:省市场监管局|l:省司法厅|l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-12-31:年底前",
    ),
    (
        "(九)",
        "l:省市场监管局|c:广州市|c:深圳市|c:珠海市",
        "by:2021-06-30:6月底前",
    ),
    ("(十)", "r:省市场监管局|r:省有关部门*|r:各地级以上市*", ""),
    ("(十一)", "l:省司法厅|r:省有关部门*|r:各地级以上市*", ""),
    (
        "(十二)",
        "l:省科技厅|l:省财政厅|r:省有关部门*|r:各地级以上市*",
        "by:2021-12-31:年底前",
    ),
    (
        "(十三)",
        "l:省财政厅|r:省有关部门*|r:各地级以上市*",
        "by:2021-06-30:6月底前|by:2021-09-30:9月底前|by:2021-12-31:年底前",
    ),
    ("(十四)", "l:省财政厅|r:省有关部门*|r:各地级以上市*", ""),
    (
        "(十五)",
        "l:省市场监管局|l:省发展改革委|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(十六)",
        "l:省发展改革委|r:省有关部门*|r:各地级以上市*",
        "by:2021-06-30:6月底前|by:2021-12-31:年底前|by:2021-12-31:年底前",
    ),
    (
        "(十七)",
        "r:省工业和信息化厅|r:省公安厅|r:省交通运输厅|r:省卫生健康委|r:省市场监管局|r:省地方金融监管局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(十八)",
        "r:省工业和信息化厅|r:省生态环境厅|r:省交通运输厅|r:省卫生健康委|r:省应急管理厅|r:省市场监管局|r:省药监局|r:省有关部门*|r:各地级以上市*",
        "by:2026-04-16:5年内",
    ),
    (
        "(十九)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(二十)",
        "r:省司法厅|r:省生态环境厅|r:省交通运输厅|r:省农业农村厅|r:省文化和旅游厅|r:省市场监管局|r:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-06-30:6月底前|by:2021-12-31:年底前",
    ),
    (
        "(二十一)",
        "l:省发展改革委|l:省财政厅|r:省有关部门*|r:各地级以上市*",
        "by:2021-04-30:4月底前|by:2021-12-31:12月底前",
    ),
    (
        "(二十二)",
        "l:省民政厅|l:省商务厅|l:省卫生健康委|l:省市场监管局|l:省医保局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(二十三)",
        "r:省市场监管局|r:省公安厅|r:省有关部门*|c:广州市|c:珠海市|c:汕头市",
        "by:2021-12-31:年底前|by:2021-12-31:年底前",
    ),
    (
        "(二十四)",
        "l:省市场监管局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(二十五)",
        "l:省发展改革委|r:省有关部门*|r:各地级以上市*",
        "by:2021-11-30:11月底前|by:2021-08-31:8月底前",
    ),
    (
        "(二十六)",
        "l:省财政厅|l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-04-30:4月底前|by:2021-06-30:6月底前|by:2021-12-31:12月底前",
    ),
    (
        "(二十七)",
        "l:省财政厅|r:省地方金融监管局|r:人民银行广州分行|r:广东银保监局|r:各地级以上市*",
        "by:2021-04-30:4月底前|by:2021-12-31:年底前",
    ),
    (
        "(二十八)",
        "l:省人力资源社会保障厅|r:省有关部门*|r:各地级以上市*",
        "until:2022-04-30:延长至2022年4月30日",
    ),
    (
        "(二十九)",
        "r:省人力资源社会保障厅|r:省有关部门*|r:各地级以上市*",
        "from:2021-04-01:从4月起|by:2021-12-31:年底前",
    ),
    ("(三十)", "l:省自然资源厅|r:省有关部门*|r:各地级以上市*", ""),
    (
        "(三十一)",
        "l:省商务厅|l:省发展改革委|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(三十二)",
        "l:省商务厅|r:海关总署广东分署|r:省有关部门*|r:各地级以上市*",
        "by:2021-06-30:6月底前",
    ),
    (
        "(三十三)",
        "r:省医保局|r:各地级以上市*",
        "by:2021-12-31:年内",
    ),
    (
        "(三十四)",
        "r:省税务局|r:深圳市税务局",
        "by:2021-12-31:年底前",
    ),
    (
        "(三十五)",
        "l:省政府办公厅|l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-06-30:6月底前|by:2021-12-31:年底前",
    ),
    (
        "(三十六)",
        "l:省住房城乡建设厅|l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-10-31:10月底前|by:2021-12-31:12月底前",
    ),
    (
        "(三十七)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "by:2021-12-31:年底前|by:2021-12-31:年底前|by:2021-12-31:年底前|by:2021-12-31:年底前|by:2021-04-30:4月底前",
    ),
    (
        "(三十八)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(三十九)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
    (
        "(四十)",
        "l:省政务服务数据管理局|r:省有关部门*|r:各地级以上市*",
        "",
    ),
];

#[test]
fn header_facts() {
    let n = seed();
    assert_eq!(n.schema_version, "1");
    assert_eq!(n.source_encoding, "UTF-8");
    assert_eq!(
        n.title.as_deref(),
        Some(
            "广东省人民政府办公厅关于印发《2021年广东省推进政府职能转变和“放管服”改革重点工作安排》的通知"
        )
    );
    assert_eq!(n.doc_type.as_deref(), Some("通知"));
    let dn = n.doc_number.as_ref().expect("doc number");
    assert_eq!(
        (dn.agency.as_str(), dn.year, dn.serial),
        ("粤办函", Some(2021), Some(55))
    );
    assert_eq!(dn.normalized, "粤办函〔2021〕55号");
    assert_eq!(&SEED[dn.span.range()], dn.raw);
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(n.issuers, ["广东省人民政府办公厅"]);
    assert_eq!(n.signatory.as_deref(), Some("省政府办公厅"));
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    assert_eq!(
        n.written_date.map(|d| d.to_string()).as_deref(),
        Some("2021-04-16")
    );
    assert_eq!(
        n.published_date.map(|d| d.to_string()).as_deref(),
        Some("2021-05-14")
    );
    assert!(n.cc.is_empty() && n.printed_by.is_none() && n.printed_date.is_none());
    assert!(
        n.warnings.is_empty(),
        "the seed parses without warnings: {:?}",
        n.warnings
    );
}

#[test]
fn header_spans_point_at_their_source() {
    let n = seed();
    let s = &n.spans;
    assert_eq!(
        &SEED[s.issuer.expect("issuer span").range()],
        "广东省人民政府办公厅"
    );
    assert_eq!(
        &SEED[s.signatory.expect("signatory span").range()],
        "省政府办公厅"
    );
    assert_eq!(
        &SEED[s.written_date.expect("written span").range()],
        "2021年4月16日"
    );
    assert_eq!(
        &SEED[s.published_date.expect("published span").range()],
        "2021-05-14"
    );
    let title = &SEED[s.title.expect("title span").range()];
    assert!(
        title.starts_with("广东省人民政府办公厅关于印发《2021年") && title.ends_with("》的通知")
    );
    let addr: Vec<&str> = s.addressees.iter().map(|sp| &SEED[sp.range()]).collect();
    assert_eq!(addr, n.addressees);
}

#[test]
fn portal_facts() {
    let n = seed();
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.index_number.as_deref(), Some("006939748/2021-00329"));
    assert_eq!(p.category.as_deref(), Some("综合政务"));
    assert_eq!(p.publisher.as_deref(), Some("广东省人民政府办公厅"));
    assert_eq!(p.written_date.as_deref(), Some("2021-04-16"));
    assert_eq!(p.doc_number.as_deref(), Some("粤办函〔2021〕55号"));
    assert_eq!(p.published_date.as_deref(), Some("2021-05-14"));
    assert_eq!(p.published_at.as_deref(), Some("2021-05-14T10:25:55+08:00"));
    assert_eq!(p.source.as_deref(), Some("本网"));
    assert_eq!(
        p.breadcrumbs,
        ["首页", "政务公开", "文件库", "全部文件", "粤办函"]
    );
    assert_eq!(p.title.as_deref(), n.title.as_deref());
    // 【打印】 【字体: above, and 部门解读 … Baidu map below, are furniture, not document.
    let furniture: Vec<&str> = p.furniture.iter().map(|sp| &SEED[sp.range()]).collect();
    assert_eq!(
        furniture,
        [
            "【打印】 【字体:",
            "部门解读",
            "媒体解读",
            "视频解读",
            "新闻发布会",
            "访谈解读",
            "其他",
            "政策咨询问答",
            "Baidu",
            "map"
        ]
    );
}

#[test]
fn body_is_the_cover_notice() {
    let n = seed();
    assert_eq!(n.body.title, None);
    assert_eq!(n.body.preamble.len(), 1);
    assert!(n.body.preamble[0].text.starts_with(
        "《2021年广东省推进政府职能转变和“放管服”改革重点工作安排》已经省人民政府同意"
    ));
    assert!(n.body.sections.is_empty() && n.body.closing.is_empty());
}

#[test]
fn enclosure_shape() {
    let n = seed();
    assert_eq!(n.enclosures.len(), 1);
    let e = &n.enclosures[0];
    assert_eq!(
        e.title.as_deref(),
        Some("2021年广东省推进政府职能转变和“放管服”改革重点工作安排")
    );
    assert_eq!(e.preamble.len(), 1);
    assert!(e.preamble[0].text.starts_with("2021年是我们党成立100周年"));
    assert!(
        e.preamble[0].deadlines.is_empty(),
        "2021年是… is not a deadline"
    );
    assert_eq!(e.sections.len(), 3);
    let heads: Vec<_> = e
        .sections
        .iter()
        .map(|s| (s.marker.as_deref(), s.number, s.heading.as_deref()))
        .collect();
    assert_eq!(
        heads,
        [
            (
                Some("一、"),
                Some(1),
                Some("深入推进简政放权,进一步增强发展活力")
            ),
            (
                Some("二、"),
                Some(2),
                Some("加强事中事后监管,努力营造公平环境")
            ),
            (
                Some("三、"),
                Some(3),
                Some("优化政府服务,增强企业群众获得感幸福感")
            ),
        ]
    );
    let ranges: Vec<(u32, u32)> = e
        .sections
        .iter()
        .map(|s| {
            (
                s.children[0].number.unwrap(),
                s.children.last().unwrap().number.unwrap(),
            )
        })
        .collect();
    assert_eq!(ranges, [(1, 14), (15, 24), (25, 40)]);
    assert_eq!(e.closing.len(), 1);
    assert!(
        e.closing[0]
            .text
            .starts_with("各地、各部门要进一步提高认识")
    );
    let last = &e.sections[2].children.last().unwrap();
    assert!(
        !last.text.contains("各地、各部门要进一步提高认识"),
        "the closing is not part of item 40"
    );
    assert_eq!(last.path, "三/(四十)");
    assert_eq!(e.sections[0].children[7].path, "一/(八)");
    assert_eq!(
        e.sections[0].children[0].heading.as_deref(),
        Some("持续推动“放权强市”“放权强区”")
    );
}

#[test]
fn every_item_department_and_deadline() {
    let n = seed();
    let items: Vec<_> = n.enclosures[0]
        .sections
        .iter()
        .flat_map(|s| &s.children)
        .collect();
    assert_eq!(items.len(), ITEMS.len());
    let (mut departments, mut deadlines) = (0, 0);
    for (item, &(marker, want_deps, want_dls)) in items.iter().zip(ITEMS) {
        assert_eq!(item.marker.as_deref(), Some(marker));
        let resp = item
            .responsibility
            .as_ref()
            .unwrap_or_else(|| panic!("{marker} has a responsibility"));
        assert_eq!(&SEED[resp.span.range()], resp.raw);
        let got: Vec<String> = resp
            .departments
            .iter()
            .map(|d| {
                let role = match d.role {
                    Role::Lead => "l",
                    Role::Responsible => "r",
                    Role::Cooperating => "c",
                    _ => "?",
                };
                assert_eq!(&SEED[d.span.range()], d.raw);
                format!("{role}:{}{}", d.name, if d.generic { "*" } else { "" })
            })
            .collect();
        assert_eq!(got.join("|"), want_deps, "departments of {marker}");
        departments += got.len();
        let got: Vec<String> = item
            .deadlines
            .iter()
            .map(|d| {
                assert_eq!(&SEED[d.span.range()], d.text);
                let kind = match d.kind {
                    DeadlineKind::By => "by",
                    DeadlineKind::From => "from",
                    DeadlineKind::Until => "until",
                    _ => "?",
                };
                format!(
                    "{kind}:{}:{}",
                    d.date.expect("every seed deadline resolves"),
                    d.text
                )
            })
            .collect();
        assert_eq!(got.join("|"), want_dls, "deadlines of {marker}");
        deadlines += got.len();
    }
    assert_eq!(departments, 158);
    assert_eq!(deadlines, 39);
}

#[test]
fn deadline_anchors_and_clauses() {
    let n = seed();
    let items: Vec<_> = n.enclosures[0]
        .sections
        .iter()
        .flat_map(|s| &s.children)
        .collect();
    let eight = &items[7].deadlines[0];
    assert_eq!(eight.text, "年底前");
    assert_eq!(eight.anchor, Some(Anchor::Written));
    assert!(
        eight
            .clause
            .starts_with("全省取消审批、改为备案或实行告知承诺的事项达100项")
    );
    let eighteen = &items[17];
    assert_eq!(eighteen.deadlines.len(), 1, "每年不低于20% is no deadline");
    assert_eq!(eighteen.deadlines[0].text, "5年内");
    let twenty_eight = &items[27].deadlines[0];
    assert_eq!(
        twenty_eight.anchor, None,
        "an absolute date needs no anchor"
    );
    assert!(items[30].deadlines.is_empty(), "2020年版 is an edition");
}

/// The seed flattened as a careless capture flattens it: its lines glued together, or joined
/// by one space.
fn flattened(glue: &str) -> String {
    SEED.lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(glue)
}

/// An item's path, departments with their roles, and deadlines' dates.
type ItemFacts = (String, Vec<(String, Role)>, Vec<String>);

/// The [`ItemFacts`] of each item of the enclosure.
fn item_facts(n: &Notice) -> Vec<ItemFacts> {
    n.enclosures[0]
        .walk()
        .map(|s| {
            (
                s.path.clone(),
                s.responsibility
                    .iter()
                    .flat_map(|r| &r.departments)
                    .map(|d| (d.name.clone(), d.role))
                    .collect(),
                s.deadlines
                    .iter()
                    .map(|d| d.date.map(|d| d.to_string()).unwrap_or_default())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn flattened_seed_keeps_its_items_closing_and_footer_apart() {
    let lined = seed();
    for glue in ["", " "] {
        let text = flattened(glue);
        let n = gongwen::parse(&text).expect("the flattened seed parses");
        assert_eq!(item_facts(&n), item_facts(&lined), "glue {glue:?}");
        let enclosure = &n.enclosures[0];
        // The closing paragraph glued after item (四十)'s parenthesis is the plan's closing…
        let closing = enclosure.closing.first().expect("a closing");
        assert!(
            closing.text.starts_with("各地、各部门要进一步提高认识"),
            "glue {glue:?}: {}",
            closing.text
        );
        let last = enclosure.walk().last().expect("items");
        assert!(last.text.ends_with("按职责分工负责)"), "{}", last.text);
        // …and the portal's links after it (部门解读 … Baidu map) are furniture.
        assert!(!closing.text.contains("部门解读"), "{}", closing.text);
        let furniture: String = n
            .portal
            .as_ref()
            .expect("portal")
            .furniture
            .iter()
            .map(|sp| &text[sp.range()])
            .collect();
        assert!(furniture.contains("部门解读"), "glue {glue:?}");
    }
}
