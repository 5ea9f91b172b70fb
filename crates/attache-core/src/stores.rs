//! The library's stores, one per aggregate, each the only reader and writer
//! of its tables. Features (import, reading, claim checks, packets) are
//! functions over the library that call these stores; this file is the list
//! of what a library holds.

use crate::factchecks::FactChecks;
use crate::library::Library;
use crate::people::People;
use crate::quotes::Quotes;
use crate::sources::Sources;
use crate::story::Stories;
use crate::team::Team;
use crate::travels::Travels;
use crate::visits::Visits;
use crate::web_pages::WebPages;

impl Library {
    /// The library's stories: adding, editing, revisions, the trash and search.
    pub fn stories(&self) -> Stories<'_> {
        Stories { library: self }
    }

    /// The library's quotes and claims, with the editor's corrections and statuses.
    pub fn quotes(&self) -> Quotes<'_> {
        Quotes { library: self }
    }

    /// The library's person records.
    pub fn people(&self) -> People<'_> {
        People { library: self }
    }

    /// The library's primary sources, and quotes verified against them.
    pub fn sources(&self) -> Sources<'_> {
        Sources { library: self }
    }

    /// The library's fact-checks, their history and the rating scale.
    pub fn factchecks(&self) -> FactChecks<'_> {
        FactChecks { library: self }
    }

    /// The officials' travel records: stops, journeys, regions and ordinals.
    pub fn travels(&self) -> Travels<'_> {
        Travels { library: self }
    }

    /// Foreign leaders' visits to the United States.
    pub fn visits(&self) -> Visits<'_> {
        Visits { library: self }
    }

    /// The library's team membership: changes waiting for the server,
    /// rows from other desks, conflicts.
    pub fn team(&self) -> Team<'_> {
        Team { library: self }
    }

    /// Pages fetched from the web, kept as evidence for their stories and sources.
    pub fn web_pages(&self) -> WebPages<'_> {
        WebPages { library: self }
    }
}
