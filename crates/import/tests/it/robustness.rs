//! Never panics, stays in bounds, stays linear.

use std::time::{Duration, Instant};

use inspection_report_import::{analyze, text};
use proptest::prelude::*;

fn check(input: &str) {
    let a = analyze(input);
    for f in &a.figures {
        assert!(input.get(f.span.range()).is_some());
    }
    for d in &a.dates {
        assert!(input.get(d.span.range()).is_some());
    }
    for n in a.outline.walk() {
        assert!(input.get(n.span.range()).is_some());
        assert!(input.get(n.content.range()).is_some());
    }
    for s in &a.outline.unplaced {
        assert!(input.get(s.range()).is_some());
    }
}

/// Text made of the characters notices are made of.
fn noticeish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "(一)",
        "（二）",
        "1.",
        "2、",
        "(1)",
        "一是",
        "二是",
        "一要",
        "整改情况:",
        "完成情况:",
        "《",
        "》",
        "〔",
        "〕",
        "【",
        "】",
        "\"",
        "“",
        "”",
        "(",
        ")",
        "其中",
        "已整改",
        "剩余",
        "发现",
        "位列",
        "倒数第",
        "末位",
        "前",
        "第",
        "年",
        "月",
        "日",
        "至",
        "—",
        "以来",
        "截至目前",
        "整改期间",
        "约",
        "余",
        "以上",
        "万",
        "亿",
        "元",
        "%",
        "个",
        "家(次)",
        "人",
        "党纪政务处分",
        "诚勉谈话",
        "(含",
        "、",
        ",",
        "。",
        ";",
        "\n",
        "\n\n",
        " ",
        "\u{3000}",
        "**",
        "0374-3376600",
        "a@b.cn",
        "２",
        "〇",
        "三",
        "十二",
        "2025",
        "6",
        "129.9",
        "1,185",
        "信息索引号:",
        "首页 >",
        "打印本页",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    // 64 cases by default; `PROPTEST_CASES=5000` for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64)
    ))]

    #[test]
    fn any_unicode_never_panics(input in "\\PC{0,200}") {
        check(&input);
    }

    #[test]
    fn noticeish_text_never_panics(input in noticeish()) {
        check(&input);
    }

    #[test]
    fn the_offset_map_is_monotone_and_in_bounds(input in noticeish(), a in 0usize..400, b in 0usize..400, c in 0usize..400) {
        let n = text::normalize(&input);
        let (lo, hi) = (a.min(b), a.max(b));
        let r1 = n.map.original(lo..hi);
        let r2 = n.map.original(lo..hi.max(c));
        let r3 = n.map.original(lo.min(c)..hi);
        prop_assert!(r1.start <= r1.end && r1.end <= input.len());
        prop_assert!(input.is_char_boundary(r1.start) && input.is_char_boundary(r1.end));
        prop_assert!(r2.end >= r1.end);
        prop_assert!(r3.start <= r1.start);
        // Inverted and out-of-bounds ranges are clamped.
        let inverted = n.map.original(hi..lo);
        prop_assert!(inverted.start <= inverted.end && inverted.end <= input.len());
    }
}

/// Runs `make(n)` for `n` and `4n` and checks the time grows about linearly (generous bound
/// for a shared machine).
fn linear(name: &str, make: impl Fn(usize) -> String, n: usize) {
    let time = |input: &str| {
        let t = Instant::now();
        check(input);
        t.elapsed()
    };
    let small = make(n);
    let large = make(4 * n);
    let ts = time(&small);
    let tl = time(&large);
    assert!(
        tl < ts * 12 + Duration::from_millis(300),
        "{name}: {ts:?} for {} bytes, {tl:?} for {} bytes",
        small.len(),
        large.len()
    );
}

#[test]
fn hostile_inputs_stay_linear() {
    linear("digits", |n| "7".repeat(n), 50_000);
    linear("heading markers", |n| "一、".repeat(n), 5_000);
    linear("heading lines", |n| "1.\n".repeat(n), 5_000);
    linear(
        "measure markers",
        |n| format!("整改情况:{}", "一是".repeat(n)),
        5_000,
    );
    linear("open brackets", |n| "〔2025".repeat(n), 5_000);
    linear("open titles", |n| "《未完".repeat(n), 5_000);
    linear("quotes", |n| "\"一圈".repeat(n), 5_000);
    linear("parentheses", |n| "共3人(含1人".repeat(n), 1_000);
    linear(
        "figures",
        |n| "其中发现隐患12处,已整改3处,剩余9处;".repeat(n),
        500,
    );
    linear("dates", |n| "2025年3月6日至4月28日".repeat(n), 1_000);
}

#[test]
fn a_hundred_thousand_heading_markers() {
    check(&"一、".repeat(100_000));
    check(&"(1)\n".repeat(100_000));
}

#[test]
fn a_megabyte_of_digits() {
    check(&"1".repeat(1 << 20));
}
