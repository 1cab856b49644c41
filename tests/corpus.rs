//! The facts a careful reader sees in each real notice of `../shared/corpus/` and
//! `../shared/corpus-full/`, written by reading the files (not by copying the parser's output),
//! plus a snapshot of each one's JSON.
//!
//! The corpus lives outside the repository. When it is absent these tests say so loudly and
//! skip, unless `GONGWEN_REQUIRE_CORPUS=1` (as in `.ci/run`), which makes its absence a failure.

use std::path::{Path, PathBuf};

use gongwen::{DeadlineKind, Notice, Role, WarningCode};

fn corpus_dir(name: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(name);
    if dir.is_dir() {
        return Some(dir);
    }
    let msg = format!(
        "corpus directory {} is ABSENT: corpus tests are SKIPPED",
        dir.display()
    );
    if std::env::var_os("GONGWEN_REQUIRE_CORPUS").is_some_and(|v| v == "1") {
        panic!("{msg}");
    }
    eprintln!("\n!!!!!!!!!! {msg} !!!!!!!!!!\n");
    None
}

fn load(dir: &str, prefix: &str) -> Option<(Notice, String)> {
    let dir = corpus_dir(dir)?;
    let path = std::fs::read_dir(&dir)
        .expect("readable corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no corpus file {prefix}* in {}", dir.display()));
    let bytes = std::fs::read(&path).expect("readable file");
    let (notice, text) = gongwen::parse_bytes(&bytes).expect("every corpus file parses");
    Some((notice, text.into_owned()))
}

fn date(n: Option<gongwen::Date>) -> String {
    n.map(|d| d.to_string()).unwrap_or_default()
}

fn number(n: &Notice) -> (String, String, Option<i32>, Option<u32>) {
    let d = n.doc_number.as_ref().expect("a document number");
    (d.normalized.clone(), d.agency.clone(), d.year, d.serial)
}

fn has(n: &Notice, code: WarningCode) -> bool {
    n.warnings.iter().any(|w| w.code == code)
}

fn departments(n: &Notice, path: &str, block: usize) -> Vec<(String, Role, bool)> {
    let b = if block == 0 {
        &n.body
    } else {
        &n.enclosures[block - 1]
    };
    let s = b
        .walk()
        .find(|s| s.path == path)
        .unwrap_or_else(|| panic!("no section {path}"));
    let r = s
        .responsibility
        .as_ref()
        .unwrap_or_else(|| panic!("{path} has a responsibility"));
    r.departments
        .iter()
        .map(|d| (d.name.clone(), d.role, d.generic))
        .collect()
}

#[test]
fn c01_provincial_task_split_with_labelled_responsibility() {
    let Some((n, _)) = load("corpus", "01_") else {
        return;
    };
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知")
    );
    assert_eq!(
        number(&n),
        (
            "粤府〔2021〕22号".into(),
            "粤府".into(),
            Some(2021),
            Some(22)
        )
    );
    assert_eq!(n.issuer.as_deref(), Some("广东省人民政府"));
    assert_eq!(
        n.addressees,
        ["各地级以上市人民政府", "省政府各部门", "各直属机构"]
    );
    assert_eq!(date(n.written_date), "2021-03-21");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.published_at.as_deref(), Some("2021-05-14T22:01:43+08:00"));
    assert_eq!(p.source.as_deref(), Some("本网原创稿"));
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("2021年省《政府工作报告》重点任务分工方案")
    );
    let lead = |path| departments(&n, path, 1)[0].clone();
    assert_eq!(lead("一/1"), ("省发展改革委".into(), Role::Lead, false));
    assert_eq!(lead("一/2"), ("省财政厅".into(), Role::Lead, false));
    assert_eq!(lead("一/4"), ("省商务厅".into(), Role::Lead, false));
    assert_eq!(
        departments(&n, "一/1", 1)[1..],
        [
            ("各地".into(), Role::Cooperating, true),
            ("各部门".into(), Role::Cooperating, true)
        ]
    );
    assert!(
        has(&n, WarningCode::Truncated),
        "the capture stops at 部门分工:"
    );
}

#[test]
fn c02_gz_basic_info_block_and_articles() {
    let Some((n, text)) = load("corpus", "02_") else {
        return;
    };
    assert_eq!(number(&n).0, "花府办规〔2018〕1号");
    assert_eq!(n.issuer.as_deref(), Some("广州市花都区人民政府办公室"));
    // 区农林局、财政局: the district's two bureaus; 区 is written once for both.
    assert_eq!(
        n.addressees,
        ["各镇(街)政府(办事处)", "区农林局", "区财政局"]
    );
    assert_eq!(date(n.written_date), "2018-04-12");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.effective_date.as_deref(), Some("2018-04-16"));
    assert_eq!(p.expiry_date.as_deref(), Some("2023-04-16"));
    assert_eq!(p.doc_number.as_deref(), Some("花府办规〔2018〕1号"));
    let e = &n.enclosures[0];
    assert_eq!(e.title.as_deref(), Some("花都区农村财务会计管理办法"));
    let chapters: Vec<_> = e
        .sections
        .iter()
        .map(|s| s.marker.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(chapters, ["第一章", "第二章"]);
    let art4 = e
        .walk()
        .find(|s| s.path == "第二章/第四条")
        .expect("第四条");
    assert_eq!(art4.children.len(), 6, "1.–6. under 第四条");
    // 〔下称村(社)〕 is not a document number.
    let sp = n.spans.doc_number.expect("span");
    assert!(!text[sp.range()].contains("下称"));
    assert!(n.enclosures.iter().all(|b| b.doc_number.is_none()));
}

#[test]
fn c04_damaged_number_and_fused_date_recovered_and_warned() {
    let Some((n, text)) = load("corpus", "04_") else {
        return;
    };
    assert_eq!(
        number(&n),
        (
            "花府办〔2015〕4号".into(),
            "花府办".into(),
            Some(2015),
            Some(4)
        )
    );
    assert_eq!(
        &text[n.doc_number.as_ref().unwrap().span.range()],
        "花府办〔 2015 4号"
    );
    assert!(has(&n, WarningCode::DamagedDocNumber));
    assert_eq!(date(n.written_date), "2015-04-14");
    assert!(has(&n, WarningCode::DamagedDate));
    assert_eq!(n.issuer.as_deref(), Some("广州市花都区人民政府办公室"));
    // 各 is written once for the sub-districts and the towns, of one level.
    assert_eq!(n.addressees, ["各街道办事处", "各镇政府", "区府直属各单位"]);
    assert!(
        has(&n, WarningCode::PortalMismatch),
        "the portal's 发布机关 is the government, not its office"
    );
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("花都区中小企业“助保贷”业务暂行方案")
    );
}

#[test]
fn c05_labelled_metadata_and_joint_party_government_issuers() {
    let Some((n, _)) = load("corpus", "05_") else {
        return;
    };
    assert_eq!(number(&n).0, "深发〔2013〕8号");
    assert_eq!(n.issuers, ["中共深圳市委", "深圳市人民政府"]);
    assert_eq!(n.issuer.as_deref(), Some("中共深圳市委"));
    assert_eq!(date(n.written_date), "2013-10-08");
    assert_eq!(date(n.published_date), "2013-10-21");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.index_number.as_deref(), Some("043000-10-2013-006225"));
    assert_eq!(p.category.as_deref(), Some("市委市政府文件"));
    assert_eq!(n.addressees.len(), 7);
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("深圳经济特区一体化建设三年实施计划(2013—2015年)")
    );
}

#[test]
fn c06_forwarding_notice_with_embedded_reply() {
    let Some((n, _)) = load("corpus", "06_") else {
        return;
    };
    assert_eq!(
        number(&n).0,
        "粤府函〔2020〕242号",
        "国函 is the embedded document's"
    );
    assert_eq!(n.addressees, ["广州市人民政府", "省商务厅"]);
    assert_eq!(date(n.written_date), "2020-09-16");
    assert_eq!(date(n.published_date), "2020-09-30");
    let e = &n.enclosures[0];
    assert_eq!(
        e.title.as_deref(),
        Some("国务院关于中新广州知识城总体发展规划(2020—2035年)的批复")
    );
    assert_eq!(
        e.doc_number.as_ref().map(|d| d.normalized.as_str()),
        Some("国函〔2020〕119号")
    );
    assert_eq!(e.addressees, ["广东省人民政府", "商务部"]);
    assert_eq!(e.sections.len(), 2);
}

#[test]
fn c08_name_list_without_numbered_sections() {
    let Some((n, _)) = load("corpus", "08_") else {
        return;
    };
    assert_eq!(
        n.title.as_deref(),
        Some(
            "广东省人民政府办公厅关于成立广东省推进粤港澳大湾区国际科技创新中心建设领导小组的通知"
        )
    );
    assert_eq!(number(&n).0, "粤办函〔2019〕271号");
    assert_eq!(n.signatory.as_deref(), Some("省政府办公厅"));
    assert_eq!(date(n.written_date), "2019-08-01");
    assert_eq!(date(n.published_date), "2019-08-27");
    assert!(n.body.preamble.iter().any(|p| p.text == "张 虎 副省长"));
    assert!(n.body.sections.is_empty());
}

#[test]
fn c10_traditional_with_pinyin_and_attachment_list() {
    let Some((n, text)) = load("corpus", "10_") else {
        return;
    };
    let d = n.doc_number.as_ref().expect("number");
    assert_eq!(d.normalized, "粵衛函〔2020〕13號");
    assert_eq!(&text[d.span.range()], d.raw);
    assert_eq!(n.title, None);
    assert!(has(&n, WarningCode::MissingTitle));
    assert_eq!(
        n.addressees,
        [
            "各地級以上市疫情防控指揮部辦公室",
            "省疫情防控指揮部辦公室各相關成員單位"
        ]
    );
    assert_eq!(date(n.written_date), "2020-02-05");
    assert_eq!(
        n.issuer.as_deref(),
        Some("廣東省新型冠狀病毒感染的肺炎疫情防控指揮部辦公室疫情防控組(代章)"),
        "the signature as written"
    );
    let labels: Vec<_> = n
        .enclosures
        .iter()
        .map(|e| e.label.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["附件1", "附件2", "附件3", "附件4", "附件5"]);
    assert_eq!(
        n.enclosures[1].title.as_deref(),
        Some("預防新型冠狀病毒感染的肺炎口罩使用指引")
    );
    assert!(
        n.body.sections.is_empty(),
        "the attachment list is not a numbered section"
    );
}

#[test]
fn c11_task_table_one_cell_per_line() {
    let Some((n, _)) = load("corpus", "11_") else {
        return;
    };
    assert_eq!(number(&n).0, "穗府〔2021〕3号");
    assert_eq!(date(n.written_date), "2021-02-23");
    assert_eq!(
        date(n.published_date),
        "2021-03-05",
        "the page's • 2021-03-05"
    );
    let deps = departments(&n, "#1/(一)/1", 1);
    assert_eq!(
        deps,
        [
            ("市科技局".into(), Role::Lead, false),
            ("黄埔区政府".into(), Role::Cooperating, false),
            ("南沙区政府".into(), Role::Cooperating, false)
        ]
    );
    let deps = departments(&n, "#1/(一)/2", 1);
    assert_eq!(deps.len(), 7);
    assert_eq!(deps[6], ("黄埔区政府".into(), Role::Cooperating, false));
}

#[test]
fn c14_unlabelled_gd_block_and_title_without_issuer() {
    let Some((n, _)) = load("corpus", "14_") else {
        return;
    };
    assert_eq!(
        n.title.as_deref(),
        Some("关于批准并公布广东省第二批省级非物质文化遗产名录的通知")
    );
    assert_eq!(
        n.issuer.as_deref(),
        Some("广东省人民政府"),
        "from the portal's 发布机构"
    );
    assert_eq!(number(&n).0, "粤府〔2007〕57号");
    assert_eq!(date(n.written_date), "2007-06-18");
    let p = n.portal.as_ref().expect("portal");
    assert_eq!(p.index_number.as_deref(), Some("006939748/2007-00023"));
    assert_eq!(p.category.as_deref(), Some("文化、广电、新闻出版、通知"));
    assert_eq!(n.enclosures.len(), 1);
    assert_eq!(n.enclosures[0].label.as_deref(), Some("附件"));
    assert_eq!(
        n.enclosures[0].title.as_deref(),
        Some("广东省第二批省级非物质文化遗产名录")
    );
}

#[test]
fn c16_flattened_document_in_an_english_wrapper() {
    let Some((n, _)) = load("corpus", "16_") else {
        return;
    };
    assert_eq!(
        n.title.as_deref(),
        Some("广东省人民政府关于公布广东省第八批省级非物质文化遗产代表性项目名录的通知")
    );
    assert_eq!(number(&n).0, "粤府函〔2022〕67号");
    assert_eq!(n.signatory.as_deref(), Some("省人民政府"));
    assert_eq!(date(n.written_date), "2022-04-29");
    assert_eq!(n.addressees.len(), 4);
    assert!(has(&n, WarningCode::FlattenedText));
    let labels: Vec<_> = n
        .enclosures
        .iter()
        .map(|e| e.label.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["附件1", "附件2"]);
}

#[test]
fn c18_no_signature_issuer_from_page_and_a_trap() {
    let Some((n, _)) = load("corpus", "18_") else {
        return;
    };
    assert_eq!(n.issuer.as_deref(), Some("广州市越秀区人民政府"));
    assert_eq!(number(&n).0, "越府〔2012〕65号");
    assert_eq!(n.signatory, None);
    assert_eq!(date(n.written_date), "2012-11-16");
    assert_eq!(date(n.published_date), "2013-09-30");
    let e = &n.enclosures[0];
    assert_eq!(
        e.title.as_deref(),
        Some("越秀区第三批区级非物质文化遗产名录")
    );
    assert!(e.sections.is_empty(), "共(4)项 is not a (4) heading");
}

#[test]
fn c22_sichuan_run_in_headings_and_month_end_deadlines() {
    let Some((n, _)) = load("corpus", "22_") else {
        return;
    };
    assert_eq!(
        number(&n),
        (
            "遂府函〔2019〕55号".into(),
            "遂府函".into(),
            Some(2019),
            Some(55)
        )
    );
    assert_eq!(date(n.written_date), "2019-04-29");
    let e = &n.enclosures[0];
    assert_eq!(
        e.title.as_deref(),
        Some("遂宁市工程建设项目审批制度改革实施方案")
    );
    let heads: Vec<_> = e.sections[0]
        .children
        .iter()
        .map(|s| s.heading.clone().unwrap_or_default())
        .collect();
    assert_eq!(heads, ["指导思想", "改革内容", "主要目标"]);
    let d: Vec<_> = e.sections[0].children[2]
        .deadlines
        .iter()
        .map(|d| (d.kind, date(d.date)))
        .collect();
    assert_eq!(
        d,
        [
            (DeadlineKind::By, "2019-06-30".into()),
            (DeadlineKind::By, "2019-12-31".into())
        ]
    );
}

#[test]
fn c25_national_decision_with_end_addressee_and_cc() {
    let Some((n, _)) = load("corpus", "25_") else {
        return;
    };
    assert_eq!(n.doc_type.as_deref(), Some("决定"));
    assert_eq!(
        n.title.as_deref(),
        Some("国务院关于恢复广东省南澳、澄海等九个县建制的决定")
    );
    assert_eq!(
        number(&n),
        ("议字〔60〕78号".into(), "议字".into(), Some(1960), Some(78))
    );
    assert_eq!(date(n.written_date), "1960-09-30");
    assert_eq!(n.addressees, ["广东省人民委员会"]);
    assert_eq!(n.cc, ["政法办公室", "国务院编制委员会"]);
    let numbers: Vec<_> = n
        .body
        .sections
        .iter()
        .map(|s| s.number.unwrap_or_default())
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7, 8], "5, and 6, are items too");
}

#[test]
fn c27_three_broken_numbers() {
    let Some((n, _)) = load("corpus", "27_") else {
        return;
    };
    assert_eq!(
        number(&n),
        (
            "粤经贸工业〔2005〕1006号".into(),
            "粤经贸工业".into(),
            Some(2005),
            Some(1006)
        )
    );
    assert!(has(&n, WarningCode::DamagedDocNumber));
    assert_eq!(date(n.written_date), "2005-12-13");
    assert!(has(&n, WarningCode::DamagedDate));
    assert_eq!(
        n.title.as_deref(),
        Some("关于认定东莞石龙(始兴)等三个省产业转移工业园的通知")
    );
    assert_eq!(
        n.addressees,
        [
            "韶关市人民政府",
            "东莞市人民政府",
            "中山市人民政府",
            "阳江市人民政府"
        ]
    );
}

#[test]
fn c29_city_responsibility_traditional_time_limits() {
    let Some((n, _)) = load("corpus", "29_") else {
        return;
    };
    assert_eq!(n.doc_type.as_deref(), Some("意见"));
    assert_eq!(number(&n).0, "東府〔2021〕54號");
    assert_eq!(n.issuer.as_deref(), Some("東莞市人民政府"));
    let deps = departments(&n, "一/(一)/1", 0);
    let names: Vec<_> = deps.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(
        names,
        ["市人力資源社會保障局", "市醫保局", "市財政局", "市稅務局"]
    );
    assert!(deps.iter().all(|d| d.1 == Role::Responsible));
    let s = n.body.walk().find(|s| s.path == "一/(一)/1").unwrap();
    let d: Vec<_> = s.deadlines.iter().map(|d| (d.kind, date(d.date))).collect();
    assert!(d.contains(&(DeadlineKind::Until, "2021-12-31".into())));
    assert!(d.contains(&(DeadlineKind::From, "2021-05-01".into())));
    assert!(d.contains(&(DeadlineKind::Until, "2022-04-30".into())));
    let two = departments(&n, "一/(一)/2", 0);
    assert_eq!(two.len(), 3, "30人(含)以下 is not a responsibility");
}

#[test]
fn f01_six_joint_issuers_and_a_missing_attachment() {
    let Some((n, _)) = load("corpus-full", "01_") else {
        return;
    };
    assert_eq!(n.issuers.len(), 6);
    assert_eq!(n.issuers[5], "中国人民银行广东省分行");
    assert_eq!(number(&n).0, "粤发改能源〔2026〕290号");
    assert_eq!(date(n.written_date), "2026-09-07");
    assert_eq!(n.body.sections.len(), 3, "the notice's own 一、二、三、");
    let plan = &n.enclosures[0];
    assert_eq!(plan.label.as_deref(), Some("附件"));
    assert_eq!(
        plan.title.as_deref(),
        Some("广东省重点行业节能降碳改造攻坚三年行动方案")
    );
    let deps = departments(&n, "三/(二)", 1);
    assert!(deps.iter().any(|d| d.0 == "广东电网公司") && deps.iter().any(|d| d.0 == "深圳供电局"));
    // 每年底…出具…清单，下一年度1月1日起实行: every year's list, from every next year — a
    // recurrence, not one date.
    let pricing = plan.walk().find(|s| s.path == "三/(二)").unwrap();
    assert!(pricing.deadlines.is_empty(), "{:?}", pricing.deadlines);
    let last = n.enclosures.last().unwrap();
    assert_eq!(
        last.title.as_deref(),
        Some("重点行业企业节能降碳改造计划项目储备清单")
    );
    assert!(
        last.sections.is_empty() && last.preamble.is_empty(),
        "title only: not included"
    );
}

#[test]
fn f02_sentence_level_responsibilities() {
    let Some((n, _)) = load("corpus-full", "02_") else {
        return;
    };
    assert_eq!(number(&n).0, "粤发改体改〔2026〕39号");
    assert_eq!(date(n.written_date), "2026-01-31");
    let plan = &n.enclosures[0];
    let items: Vec<_> = plan
        .walk()
        .filter(|s| s.level == 2)
        .map(|s| s.number.unwrap_or_default())
        .collect();
    assert_eq!(items, (1..=18).collect::<Vec<_>>());
    let deps = departments(&n, "一/1", 1);
    let names: Vec<_> = deps.iter().map(|d| d.0.as_str()).collect();
    assert!(names.starts_with(&["省自然资源厅", "省住房城乡建设厅", "省工业和信息化厅"]));
    assert!(deps.iter().all(|d| d.1 == Role::Lead));
}

#[test]
fn f05_two_issuers_and_an_until_deadline() {
    let Some((n, _)) = load("corpus-full", "05_") else {
        return;
    };
    assert_eq!(n.issuers, ["广东省发展改革委", "广东省财政厅"]);
    assert_eq!(number(&n).0, "粤发改资环〔2026〕41号");
    assert_eq!(date(n.written_date), "2026-01-31");
    let s = n.enclosures[0]
        .walk()
        .find(|s| s.marker.as_deref() == Some("（十六）"))
        .expect("(十六)");
    assert_eq!(s.deadlines[0].kind, DeadlineKind::Until);
    assert_eq!(date(s.deadlines[0].date), "2026-12-31");
}

#[test]
fn f07_direct_notice_signed_at_the_end() {
    let Some((n, _)) = load("corpus-full", "07_") else {
        return;
    };
    assert_eq!(number(&n).0, "粤发改价格〔2025〕302号");
    assert_eq!(n.issuers.len(), 4);
    assert_eq!(n.issuers[0], "广东省发展和改革委员会");
    assert_eq!(date(n.written_date), "2025-10-31");
    assert_eq!(n.body.sections.len(), 7);
    assert_eq!(n.body.walk().filter(|s| s.level == 2).count(), 16);
    assert!(
        n.body.closing[0]
            .text
            .starts_with("各地、各部门要及时梳理总结")
    );
    assert!(n.enclosures.is_empty());
}

#[test]
fn f09_national_four_issuers_ten_sections() {
    let Some((n, _)) = load("corpus-full", "09_") else {
        return;
    };
    assert_eq!(
        n.issuers,
        [
            "国家发展改革委",
            "国家能源局",
            "工业和信息化部",
            "国家数据局"
        ]
    );
    assert_eq!(number(&n).0, "国能发科技〔2026〕34号");
    assert_eq!(date(n.written_date), "2026-04-08");
    // The kinds of jurisdiction before the first organ are those of the organs after it.
    let each = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团";
    assert_eq!(
        n.addressees,
        [
            format!("{each}发展改革委"),
            format!("{each}能源局"),
            format!("{each}工业和信息化主管部门"),
            format!("{each}数据管理部门"),
            "有关中央企业".to_string(),
            "有关行业协会".to_string(),
        ]
    );
    let plan = &n.enclosures[0];
    assert_eq!(
        plan.title.as_deref(),
        Some("关于促进人工智能与能源双向赋能的行动方案")
    );
    assert_eq!(plan.sections.len(), 10);
    assert_eq!(plan.walk().filter(|s| s.level == 2).count(), 29);
}

#[test]
fn corpus_json_snapshots() {
    for dir in ["corpus", "corpus-full"] {
        let Some(path) = corpus_dir(dir) else { return };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .expect("readable")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).expect("readable");
            let (notice, _) = gongwen::parse_bytes(&bytes).expect("parses");
            let name = format!("{dir}__{}", f.file_stem().unwrap().to_string_lossy());
            // The library's own JSON writer gives serde_json's bytes.
            assert_eq!(
                notice.to_json(),
                serde_json::to_string(&notice).expect("serialises"),
                "{name}"
            );
            insta::assert_snapshot!(
                name,
                serde_json::to_string_pretty(&notice).expect("serialises")
            );
        }
    }
}
