//! Word lists of the outline, from `grammar/outline.tsv`: what makes a nested heading a
//! problem, what states a finding's status, and the words around an inspection team's name,
//! the ends of a title, the words of a salutation, and the verbs that give a date its role
//! in the round.

use std::sync::LazyLock;

use crate::grammar::rows;

/// A category of `grammar/outline.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Words {
    /// A nested heading that opens with one names a problem.
    ProblemStart,
    /// A nested heading that ends with one (before its `。`) names a problem.
    ProblemEnd,
    /// A short first sentence under a heading that holds one states the finding's status.
    Status,
    /// The stems of a team's name before `组`.
    TeamStem,
    /// Words before a team's name that are not part of it.
    TeamLead,
    /// Verbs after which a team's name starts.
    TeamVerb,
    /// Words of a clause before a team's name.
    TeamClause,
    /// Verbs that make a paragraph naming a team a preamble.
    PreambleVerb,
    /// Words between an inspected organization and `反馈`.
    InspectedTail,
    /// The last words of a title.
    TitleEnd,
    /// Words of a salutation.
    Salutation,
    /// The last words of an organization a letter addresses.
    AddresseeEnd,
    /// Verbs of a clause that states the inspection on site.
    OnSiteVerb,
    /// Words of a clause that states the feedback.
    FeedbackVerb,
    /// Words of a clause that states no date of the round (a revisit, a news dateline).
    DateAside,
    /// Words naming the family of the inspection, with its code.
    Family,
    /// Words that together name no family.
    FamilyNone,
    /// Posts a speaker's byline names.
    BylinePost,
}

impl Words {
    /// The category's name in the table.
    const fn name(self) -> &'static str {
        match self {
            Self::ProblemStart => "problem_start",
            Self::ProblemEnd => "problem_end",
            Self::Status => "status",
            Self::TeamStem => "team_stem",
            Self::TeamLead => "team_lead",
            Self::TeamVerb => "team_verb",
            Self::TeamClause => "team_clause",
            Self::PreambleVerb => "preamble_verb",
            Self::InspectedTail => "inspected_tail",
            Self::TitleEnd => "title_end",
            Self::Salutation => "salutation",
            Self::AddresseeEnd => "addressee_end",
            Self::OnSiteVerb => "on_site_verb",
            Self::FeedbackVerb => "feedback_verb",
            Self::DateAside => "date_aside",
            Self::Family => "family",
            Self::FamilyNone => "family_none",
            Self::BylinePost => "byline_post",
        }
    }

    /// The words of the category, in table order.
    pub(super) fn all(self) -> impl Iterator<Item = &'static str> {
        self.rows().map(|(w, _)| w)
    }

    /// The words of the category with the cell after them (empty when none), in table order.
    pub(super) fn rows(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        TABLE
            .iter()
            .filter(move |(c, _, _)| *c == self.name())
            .map(|(_, w, x)| (*w, *x))
    }

    /// Whether `text` holds a word of the category.
    pub(super) fn any_in(self, text: &str) -> bool {
        self.all().any(|w| text.contains(w))
    }
}

/// The rows of the table: `(category, word, the next cell or "")`.
type Row = (&'static str, &'static str, &'static str);

/// The rows of the table.
static TABLE: LazyLock<Vec<Row>> = LazyLock::new(|| {
    rows(include_str!("../../grammar/outline.tsv"))
        .filter_map(|cells| {
            Some((
                *cells.first()?,
                *cells.get(1)?,
                cells.get(2).copied().unwrap_or(""),
            ))
        })
        .collect()
});
