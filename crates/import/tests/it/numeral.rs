//! The numeral layer.

use inspection_report_import::numeral::{Script, parse_arabic, parse_chinese, scan};
use rust_decimal::Decimal;

#[test]
fn values_keep_their_scale() {
    assert_eq!(
        parse_arabic("129.9").map(|d| d.to_string()).as_deref(),
        Some("129.9")
    );
    assert_eq!(parse_arabic("251542.71").map(|d| d.scale()), Some(2));
    let found = scan("131.2亿元");
    assert_eq!(
        found.first().map(|n| n.mantissa.to_string()).as_deref(),
        Some("131.2")
    );
    assert_eq!(found.first().map(|n| n.magnitude), Some(8));
}

#[test]
fn chinese_numerals() {
    for (s, v) in [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("一千一百八十五", 1185),
        ("两千", 2000),
        ("三万", 30000),
        ("一亿二千万", 120_000_000),
        ("二零二五", 2025),
    ] {
        assert_eq!(parse_chinese(s), Some(Decimal::from(v)), "{s}");
    }
    assert_eq!(
        scan("三个月").first().map(|n| n.script),
        Some(Script::Chinese)
    );
}

#[test]
fn overflow_is_no_numeral() {
    let digits = "9".repeat(200);
    assert!(scan(&digits).is_empty());
    assert_eq!(parse_chinese(&"九".repeat(100)), None);
}
