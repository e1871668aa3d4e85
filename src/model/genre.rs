//! The genre of a published report: what kind of document it is.

use crate::codelist::codelist;

codelist! {
    /// What kind of document a report is, which decides its parts: a speech has a salutation
    /// and a delivery, a letter an addressee, a publicity notice a publicity window.
    ///
    /// A genre not listed here is `other`, with the report's `genre_label`.
    ///
    /// # Examples
    ///
    /// ```
    /// use inspection_report::{Genre, codelist::Codelist};
    ///
    /// assert_eq!(Genre::CongressSpeech.code(), "congress_speech");
    /// assert_eq!(Genre::Publicity.label_zh(), "公示");
    /// ```
    pub enum Genre {
        /// A party committee's notice (通报), the usual form of 巡视巡察整改情况的通报.
        PartyNotice = "party_notice", "通报", "party notice";
        /// A report (报告) to a superior body or the public.
        Report = "report", "报告", "report";
        /// A report delivered as a speech to a people's congress standing committee
        /// (在人大常委会会议上的报告), with a salutation and a delivery.
        CongressSpeech = "congress_speech", "人大常委会会议报告", "speech to the people's congress";
        /// A letter to a superior or a peer body (函), with an addressee.
        Letter = "letter", "函", "letter";
        /// An acceptance or rectification publicity notice (公示), with a publicity window.
        Publicity = "publicity", "公示", "publicity notice";
        /// A progress report on one batch of cases (批次办理情况, 边督边改情况).
        BatchProgressReport = "batch_progress_report", "批次进展情况", "batch progress report";
        /// A news article re-writing the notice: a secondary source.
        SecondarySource = "secondary_source", "新闻转载", "news re-write (secondary source)";
        /// A genre not listed here; `genre_label` gives it as published.
        Other = "other", "其他", "other genre";
    }
}
