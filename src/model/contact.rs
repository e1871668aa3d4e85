//! Contact details where the public can send comments on the rectification.

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the public can send opinions on the rectification (联系方式).
///
/// Phone numbers and emails are kept as published; validation checks that they are
/// well-formed.
///
/// # Examples
///
/// ```
/// use inspection_report::Contact;
///
/// let contact = Contact::builder()
///     .phones(vec!["0374-3376600".into()])
///     .emails(vec!["sfqzbs@163.com".into()])
///     .build();
/// assert_eq!(contact.phones[0], "0374-3376600");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Contact {
    /// The invitation to comment, as published (`欢迎广大干部群众…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<String>,
    /// Phone numbers, as published (`0374-3376600`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub phones: Vec<String>,
    /// Email addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[builder(default)]
    pub emails: Vec<String>,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
}
