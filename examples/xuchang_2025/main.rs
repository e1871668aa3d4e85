//! Encodes the reference notice, 中共许昌市城乡一体化示范区工委关于巡察整改情况的通报
//! (2025-10-23), with the builders, and prints it as pretty JSON.
//!
//! ```text
//! cargo run --example xuchang_2025 > schema/examples/xuchang_2025.json
//! ```

mod notice;

fn main() -> notice::Result<()> {
    let report = notice::notice()?;
    println!("{}", report.to_json_pretty());
    Ok(())
}
