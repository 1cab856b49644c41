//! Snapshots of the JSON the parser gives for every fixture: what users get, byte for byte.
//! A snapshot records what the parser says, not what is right; the facts are asserted in
//! `tests/seed.rs` and `tests/shapes.rs`. The fixtures in traditional script are held to their
//! simplified originals by `tests/traditional.rs` instead.

#[test]
fn fixture_json() {
    insta::glob!("../fixtures", "{seed,shapes}/*.txt", |path| {
        let bytes = std::fs::read(path).expect("fixture is readable");
        let (notice, _) = gongwen::parse_bytes(&bytes).expect("fixture parses");
        let json = serde_json::to_string_pretty(&notice).expect("serialises");
        insta::assert_snapshot!(json);
    });
}
