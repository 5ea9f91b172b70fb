//! The quotes store: each story's quotes and claims as read (`reading`),
//! the editor's corrections of them (speaker fixes there, moved bounds in
//! `bounds`, statuses in `status`), the Quotes section's pages (`list`), and
//! the types and SQL every reader of a quote shares (`stored`). It is the
//! only reader and writer of `quote`, `claim`, `quote_speaker_fix`,
//! `quote_bounds_fix`, `quote_status` and `claim_dismissal`.

pub(crate) mod bounds;
pub(crate) mod list;
pub(crate) mod reading;
mod status;
pub(crate) mod stored;

use crate::library::Library;

pub use list::{page, QuotePage, QuoteQuery};
pub use status::{QuoteStatus, VerificationStatus};
pub use stored::{QuoteRef, StoredClaim, StoredQuote, StoryReading};

/// The quotes store: a library's quotes and claims as read, with the editor's corrections and statuses.
pub struct Quotes<'a> {
    pub(crate) library: &'a Library,
}
