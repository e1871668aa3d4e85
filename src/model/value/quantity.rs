//! A value with its unit: an amount of money, a stated duration.

use std::fmt;

use bon::Builder;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::codelist::Codelist;
use crate::{Decimal, Unit};

/// A value with its unit, exactly as written: an amount of money (`1043330元`, `7.132万元`)
/// or a stated duration (`三个月`).
///
/// What the unit may be depends on where the quantity stands: a disposition's `amount` is
/// money (`yuan`, `ten_thousand_yuan`, `hundred_million_yuan`; rule R506), a rectification's
/// `stated_duration` a time unit (`year`, `month`, `day`, `working_day`, `hour`; rule R105).
///
/// # Examples
///
/// ```
/// use inspection_report::{Quantity, Unit};
///
/// let fine = Quantity::new("1043330".parse()?, Unit::Yuan);
/// assert_eq!(fine.to_string(), "1043330元");
///
/// let three_months = Quantity::new(3u32.into(), Unit::Month).with_wording("三个月");
/// assert_eq!(three_months.to_string(), "三个月");
/// # Ok::<(), inspection_report::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Builder)]
#[serde(deny_unknown_fields)]
#[builder(on(String, into))]
pub struct Quantity {
    /// The value, exactly as written.
    pub value: Decimal,
    /// The unit.
    pub unit: Unit,
    /// The quantity as published, when it is written in words (`三个月`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
}

impl Quantity {
    /// `value` in `unit`, with no published wording.
    pub fn new(value: Decimal, unit: Unit) -> Self {
        Self {
            value,
            unit,
            wording: None,
        }
    }

    /// The same quantity, with its published wording.
    #[must_use]
    pub fn with_wording(mut self, wording: impl Into<String>) -> Self {
        self.wording = Some(wording.into());
        self
    }
}

impl fmt::Display for Quantity {
    /// Writes the published wording, or the value followed by the unit's Chinese label
    /// (`1043330元`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.wording {
            Some(wording) => f.write_str(wording),
            None => write!(f, "{}{}", self.value, self.unit.label_zh()),
        }
    }
}
