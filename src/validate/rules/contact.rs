//! R7xx: contact details.

use crate::Contact;
use crate::validate::catalog::{R701, R702, R703};
use crate::validate::context::Ctx;

/// Checks the emails, phone numbers and postal code of a contact.
pub(crate) fn check(ctx: &mut Ctx, contact: &Contact) {
    ctx.at("phones", |ctx| {
        for (i, phone) in contact.phones.iter().enumerate() {
            if !is_phone(phone) {
                ctx.report(&R702, &i.to_string(), &[("value", phone.clone())]);
            }
        }
    });
    ctx.at("emails", |ctx| {
        for (i, email) in contact.emails.iter().enumerate() {
            if !is_email(email) {
                ctx.report(&R701, &i.to_string(), &[("value", email.clone())]);
            }
        }
    });
    if let Some(code) = &contact.postal_code
        && !(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()))
    {
        ctx.report(&R703, "postal_code", &[("value", code.clone())]);
    }
}

/// Whether `email` is `local@domain` as R701 describes.
pub(crate) fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = domain.split('.').collect();
    let labels_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    let tld_ok = labels
        .last()
        .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
    local_ok && labels_ok && tld_ok
}

/// Whether `phone` is a Chinese phone number as R702 describes.
pub(crate) fn is_phone(phone: &str) -> bool {
    let phone = phone.trim();
    // A country code, then the national number.
    let (international, national) = if let Some(rest) = phone.strip_prefix("+86") {
        (true, rest)
    } else if let Some(rest) = phone.strip_prefix("0086") {
        (true, rest)
    } else {
        (false, phone)
    };
    let national = national.trim_start_matches([' ', '-']);
    // An extension: `-801` after a complete number, or `转801`.
    let (number, extension) = match national.split_once('转') {
        Some((number, extension)) => (number, Some(extension)),
        None => (national, None),
    };
    if extension.is_some_and(|e| !(1..=6).contains(&e.len()) || !all_digits(e)) {
        return false;
    }
    // An area code in parentheses: `(0374)3376600`.
    let (area, number) = match parenthesized_area(number) {
        Some((area, rest)) => (Some(area), rest),
        None => (None, number),
    };
    let groups: Vec<&str> = number
        .split([' ', '-'])
        .filter(|group| !group.is_empty())
        .collect();
    if groups.iter().any(|group| !all_digits(group)) || number.contains("--") {
        return false;
    }
    if let Some(area) = area {
        let digits: String = groups.concat();
        return area_code(area, international) && (7..=8).contains(&digits.len());
    }
    let digits: String = groups.concat();
    if is_mobile(&digits) && groups.iter().all(|g| g.len() >= 3) {
        return extension.is_none();
    }
    if !international && is_service(&digits) && groups.len() == 1 {
        return extension.is_none();
    }
    if !international && is_400(&digits) {
        return extension.is_none();
    }
    // A landline: area code, number, and an extension group when separated.
    match groups.as_slice() {
        [subscriber] if !international => {
            (7..=8).contains(&subscriber.len()) || landline_run(subscriber, international)
        }
        [run] => landline_run(run, international),
        [area, subscriber] => area_code(area, international) && (7..=8).contains(&subscriber.len()),
        [area, subscriber, ext] => {
            extension.is_none()
                && area_code(area, international)
                && (7..=8).contains(&subscriber.len())
                && (1..=6).contains(&ext.len())
        }
        _ => false,
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_mobile(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    bytes.len() == 11 && bytes[0] == b'1' && (b'3'..=b'9').contains(&bytes[1])
}

fn is_service(digits: &str) -> bool {
    digits.len() == 5 && digits.starts_with('1')
}

fn is_400(digits: &str) -> bool {
    digits.len() == 10 && (digits.starts_with("400") || digits.starts_with("800"))
}

/// An area code: `0` and 2–3 digits, or 2–3 digits without the `0` after a country code.
fn area_code(area: &str, international: bool) -> bool {
    if !all_digits(area) {
        return false;
    }
    if international {
        (2..=3).contains(&area.len()) && !area.starts_with('0')
    } else {
        (3..=4).contains(&area.len()) && area.starts_with('0')
    }
}

/// An area code and number written without a separator (`03743376600`).
fn landline_run(digits: &str, international: bool) -> bool {
    let len = digits.len();
    if international {
        !digits.starts_with('0') && (9..=11).contains(&len)
    } else {
        digits.starts_with('0') && (10..=12).contains(&len)
    }
}

/// Splits `(0374)3376600` or `（0374）3376600` into the area code and the rest.
fn parenthesized_area(number: &str) -> Option<(&str, &str)> {
    let rest = number
        .strip_prefix('(')
        .or_else(|| number.strip_prefix('（'))?;
    let close = rest.find([')', '）'])?;
    let area = rest.get(..close)?;
    let after = rest.get(close..)?;
    let after = after
        .strip_prefix(')')
        .or_else(|| after.strip_prefix('）'))?;
    Some((area, after))
}

#[cfg(test)]
mod tests {
    use super::{is_email, is_phone};

    #[test]
    fn accepts_documented_phone_forms() {
        for phone in [
            "0374-3376600",
            "03743376600",
            "(0374)3376600",
            "（0374）3376600",
            "010 12345678",
            "010-12345678-801",
            "0374-3376600转801",
            "3376600",
            "13812345678",
            "138-1234-5678",
            "138 1234 5678",
            "+86 13812345678",
            "+86-138-1234-5678",
            "+86 374 3376600",
            "+86-10-12345678",
            "0086 13812345678",
            "12388",
            "400-123-4567",
        ] {
            assert!(is_phone(phone), "{phone}");
        }
    }

    #[test]
    fn refuses_malformed_phones() {
        for phone in [
            "",
            "0374-337660",
            "1234",
            "1381234567",
            "23812345678",
            "+86 0374 3376600",
            "0374--3376600",
            "0374-3376600a",
            "tel 0374-3376600",
            "12388-1",
            "(0374",
            "0374-3376600转",
        ] {
            assert!(!is_phone(phone), "{phone}");
        }
    }

    #[test]
    fn accepts_and_refuses_emails() {
        assert!(is_email("sfqzbs@163.com"));
        assert!(is_email("a.b+c@mail.gov.cn"));
        for email in [
            "sfqzbs163.com",
            "a@b",
            "a@b.c",
            "@163.com",
            "a..b@163.com",
            "a b@163.com",
            "a@-x.com",
            "a@163.com ",
        ] {
            assert!(!is_email(email), "{email}");
        }
    }
}
