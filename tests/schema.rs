//! The JSON Schema of the output: generated from the Rust types, committed as a file, and used
//! to validate real output.

const COMMITTED: &str = include_str!("../schema/notice.schema.json");

#[test]
fn committed_schema_matches_the_types() {
    let generated =
        serde_json::to_string_pretty(&gongwen::json_schema()).expect("serialises") + "\n";
    assert!(
        generated == COMMITTED,
        "schema/notice.schema.json is out of date; regenerate it with\n  \
         cargo run --example parse -- --schema > schema/notice.schema.json"
    );
}

#[test]
fn seed_and_fixtures_validate_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(COMMITTED).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    for path in [
        "fixtures/seed/000_fd4865ccc7d4429b.txt",
        "fixtures/shapes/four_levels_fullwidth.txt",
        "fixtures/shapes/plan_variants.txt",
        "fixtures/shapes/not_a_notice.txt",
    ] {
        let text = std::fs::read_to_string(path).expect("fixture");
        let notice = gongwen::parse(&text).expect("parses");
        let json = serde_json::to_value(&notice).expect("serialises");
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_the_contract_forbids() {
    let schema: serde_json::Value = serde_json::from_str(COMMITTED).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let text = std::fs::read_to_string("fixtures/seed/000_fd4865ccc7d4429b.txt").expect("seed");
    let mut json = serde_json::to_value(gongwen::parse(&text).unwrap()).unwrap();
    json["enclosures"][0]["sections"][0]["children"][0]["deadlines"] = serde_json::json!([{ "text": "x", "kind": "soon", "date": null, "time": null, "anchor": null, "clause": "", "span": { "start": 0, "end": 0 } }]);
    assert!(
        !validator.is_valid(&json),
        "an unknown deadline kind is rejected"
    );
}
