//! Contacts: telephone numbers (`0374-3376600`, mobiles, hotlines after `电话`), emails,
//! postal addresses (after `地址`), postal codes (`邮政编码`/`邮编`) and mailboxes (`…信箱`).

use crate::span::Span;
use crate::text::Normalized;

/// What a contact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContactKind {
    /// A fixed-line or hotline number (`0374-3376600`, `12388`).
    Phone,
    /// A mobile number (11 digits from `1`).
    Mobile,
    /// An email address.
    Email,
    /// A postal address.
    Address,
    /// A postal code (6 digits).
    PostalCode,
    /// A mailbox (`…信箱`).
    Mailbox,
}

impl ContactKind {
    /// The snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Mobile => "mobile",
            Self::Email => "email",
            Self::Address => "address",
            Self::PostalCode => "postal_code",
            Self::Mailbox => "mailbox",
        }
    }
}

/// A contact found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// What it is.
    pub kind: ContactKind,
    /// The value as written (normalized); in a phone number, a dash between area code and
    /// number is `-` whatever dash was written (`0551—62651086` → `0551-62651086`).
    pub value: String,
    /// Where it is, in original bytes.
    pub span: Span,
    /// Where it is in the normalized text.
    pub at: Span,
}

fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_email_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// Every contact of a normalized text.
///
/// # Examples
///
/// ```
/// use inspection_report_import::{contact, text};
///
/// let text = text::normalize("联系方式:电话 0374-3376600;电子邮箱 sfqzbs@163.com。");
/// let found = contact::extract(&text);
/// let values: Vec<(&str, &str)> = found.iter().map(|c| (c.kind.code(), c.value.as_str())).collect();
/// assert_eq!(values, [("phone", "0374-3376600"), ("email", "sfqzbs@163.com")]);
/// ```
pub fn extract(norm: &Normalized) -> Vec<Contact> {
    let text = norm.text.as_str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let push = |kind, s: usize, e: usize, out: &mut Vec<Contact>| {
        let at = Span::new(s, e);
        let written = norm.get(at);
        let value = if kind == ContactKind::Phone {
            written.replace(['—', '–'], "-")
        } else {
            written.to_owned()
        };
        out.push(Contact {
            kind,
            value,
            span: norm.original(at),
            at,
        });
    };
    // Emails.
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'@' {
            continue;
        }
        let mut s = i;
        while s > 0 && bytes.get(s - 1).is_some_and(|&c| is_email_local(c)) {
            s -= 1;
        }
        let mut e = i + 1;
        while bytes.get(e).is_some_and(|&c| is_email_domain(c)) {
            e += 1;
        }
        while e > i + 1 && bytes.get(e - 1) == Some(&b'.') {
            e -= 1;
        }
        let domain = text.get(i + 1..e).unwrap_or("");
        if s < i && domain.contains('.') && !domain.starts_with('.') {
            push(ContactKind::Email, s, e, &mut out);
        }
    }
    // Digit runs: phones, mobiles, postal codes.
    let mut i = 0;
    while i < bytes.len() {
        let Some(&b) = bytes.get(i) else { break };
        if !b.is_ascii_digit()
            || i > 0
                && bytes
                    .get(i - 1)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'@' || *c == b'.')
        {
            i += 1;
            continue;
        }
        let mut e = i;
        while bytes.get(e).is_some_and(u8::is_ascii_digit) {
            e += 1;
        }
        let first = e - i;
        let mut end = e;
        // Area code and number: `0374-3376600`.
        let dash = match bytes.get(e..e + 3) {
            Some([0xE2, 0x80, 0x94 | 0x93]) => 3,
            _ if bytes.get(e) == Some(&b'-') => 1,
            _ => 0,
        };
        if b == b'0' && (3..=4).contains(&first) && dash > 0 {
            let mut f = e + dash;
            while bytes.get(f).is_some_and(u8::is_ascii_digit) {
                f += 1;
            }
            if (7..=8).contains(&(f - e - dash)) {
                end = f;
            }
        }
        let next_alnum = bytes
            .get(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'@');
        let head = text.get(..i).map_or("", |h| {
            let from = h.char_indices().rev().take(8).last().map_or(0, |(j, _)| j);
            h.get(from..).unwrap_or("")
        });
        if !next_alnum {
            if end > e {
                push(ContactKind::Phone, i, end, &mut out);
            } else if first == 11 && b == b'1' {
                push(ContactKind::Mobile, i, end, &mut out);
            } else if first == 6 && (head.contains("邮编") || head.contains("邮政编码")) {
                push(ContactKind::PostalCode, i, end, &mut out);
            } else if (5..=8).contains(&first)
                && (head.contains("电话") || head.contains("热线") || head.contains("传真"))
            {
                push(ContactKind::Phone, i, end, &mut out);
            }
        }
        i = end.max(i + 1);
    }
    // Addresses after a label, up to the end of the clause.
    for label in ["通信地址", "通讯地址", "来信地址", "邮寄地址", "地址"] {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|r| r.find(label)) {
            let at = from + found;
            from = at + label.len();
            if label == "地址"
                && ["通信", "通讯", "来信", "邮寄"]
                    .iter()
                    .any(|p| text.get(..at).is_some_and(|h| h.ends_with(p)))
            {
                continue;
            }
            let mut s = at + label.len();
            if let Some(c) = text
                .get(s..)
                .and_then(|r| r.chars().next())
                .filter(|c| matches!(c, ':' | '为'))
            {
                s += c.len_utf8();
            } else {
                continue;
            }
            let rest = crate::grammar::ahead(text, s, 720);
            let len = rest
                .find([';', ',', '。', '\n', '('])
                .unwrap_or(rest.len())
                .min(rest.len());
            let len = rest
                .get(..len)
                .and_then(|v| v.find("邮编").or_else(|| v.find("邮政编码")))
                .unwrap_or(len);
            if len > 0 && len <= 240 {
                push(ContactKind::Address, s, s + len, &mut out);
            }
        }
    }
    // Mailboxes: `…信箱` (not an email box, `电子信箱`).
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|r| r.find("信箱")) {
        let at = from + found;
        from = at + "信箱".len();
        if text.get(..at).is_some_and(|h| h.ends_with("电子")) {
            continue;
        }
        // `邮政信箱:某某县人民路1号`: the box is after the colon.
        if let Some(colon) = text
            .get(at + "信箱".len()..)
            .and_then(|r| r.chars().next())
            .filter(|c| *c == ':')
        {
            let s = at + "信箱".len() + colon.len_utf8();
            let rest = crate::grammar::ahead(text, s, 240);
            let len = rest.find([';', ',', '。', '\n']).unwrap_or(rest.len());
            if len > 0 {
                push(ContactKind::Mailbox, s, s + len, &mut out);
            }
            continue;
        }
        let mut s = at;
        for (j, c) in text.get(..at).unwrap_or("").char_indices().rev().take(16) {
            if !(('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_digit())
                || matches!(c, '向' | '至' | '或' | '和' | '及' | '寄' | '给' | '到')
            {
                break;
            }
            s = j;
        }
        if s < at {
            push(ContactKind::Mailbox, s, at + "信箱".len(), &mut out);
        }
    }
    out.sort_by_key(|c| c.at.start);
    out
}
