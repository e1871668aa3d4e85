//! Organizations (with unified social credit codes) and contact details.

use inspection_report::{Contact, Organization};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::Just;

use super::words::{
    AUTHORITIES, CREDIT_CODE_CHARS, CREDIT_CODE_WEIGHTS, EMAIL_DOMAINS, INSPECTED, Named, TEAMS,
};

/// A unified social credit code (统一社会信用代码) with a correct check character.
pub(super) fn credit_code(body: &[Index]) -> String {
    let mut code = String::with_capacity(18);
    let mut sum = 0u32;
    for (index, weight) in body.iter().zip(CREDIT_CODE_WEIGHTS) {
        let value = index.index(CREDIT_CODE_CHARS.len());
        sum += u32::try_from(value).unwrap_or_default() * weight;
        code.push(char::from(
            CREDIT_CODE_CHARS.get(value).copied().unwrap_or(b'0'),
        ));
    }
    let check = (31 - sum % 31) % 31;
    let check = usize::try_from(check).unwrap_or_default();
    code.push(char::from(
        CREDIT_CODE_CHARS.get(check).copied().unwrap_or(b'0'),
    ));
    code
}

/// An organization — an authority, an inspection team or an inspected organization — with
/// sometimes its full name and a unified social credit code (with a correct check character).
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(org in strategy::organization())| {
///     prop_assert!(!org.name.is_empty());
/// });
/// ```
pub fn organization() -> impl Strategy<Value = Organization> {
    prop_oneof![named(AUTHORITIES), named(TEAMS), named(INSPECTED)]
}

pub(super) fn named(names: &'static [Named]) -> impl Strategy<Value = Organization> {
    (
        any::<Index>(),
        prop::bool::weighted(0.5),
        option::weighted(0.2, vec(any::<Index>(), 17)),
    )
        .prop_map(move |(which, full, code)| {
            let (name, full_name) = names
                .get(which.index(names.len()))
                .copied()
                .unwrap_or(("市委", None));
            Organization {
                name: name.to_owned(),
                full_name: full_name.filter(|_| full).map(str::to_owned),
                identifier: code.map(|body| credit_code(&body)),
            }
        })
}

pub(super) fn phone() -> impl Strategy<Value = String> {
    prop_oneof![
        "0[3-9][0-9]{2}-[2-8][0-9]{6}",
        "0[12][0-9]-[2-8][0-9]{7}",
        "1[3-9][0-9]{9}",
    ]
}

pub(super) fn email() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9]{2,11}", select(EMAIL_DOMAINS))
        .prop_map(|(local, domain)| format!("{local}@{domain}"))
}

/// Contact details with at least one well-formed phone (`0374-3376600`, `13812345678`) or
/// email (`abc@163.com`).
///
/// # Examples
///
/// ```
/// use inspection_report_testkit::strategy;
/// use proptest::prelude::*;
///
/// proptest!(|(contact in strategy::contact())| {
///     prop_assert!(!contact.phones.is_empty() || !contact.emails.is_empty());
///     prop_assert!(contact.emails.iter().all(|e| e.contains('@')));
/// });
/// ```
pub fn contact() -> impl Strategy<Value = Contact> {
    (
        option::of(Just(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。",
        )),
        vec(phone(), 0..=2),
        vec(email(), 0..=2),
        option::of(phone()),
        option::of(Just("许昌市城乡一体化示范区政务服务中心3楼")),
        option::of("4610[0-9]{2}"),
    )
        .prop_map(
            |(invitation, mut phones, emails, fallback, address, postal_code)| {
                if phones.is_empty() && emails.is_empty() {
                    phones.extend(fallback.or_else(|| Some("0374-3376600".to_owned())));
                }
                Contact {
                    invitation: invitation.map(str::to_owned),
                    phones,
                    emails,
                    address: address.map(str::to_owned),
                    postal_code,
                }
            },
        )
}
