//! From raw input to prepared text: input formats, page-noise removal, Unicode
//! normalisation, sentence splitting and publication-date detection.

mod clean;
mod jsonl;
mod published;
mod sentences;

pub(crate) use clean::normalise as normalise_for_lookup;
pub use clean::{prepare, Block, Document, Sentence};
pub use jsonl::{parse_date, read_jsonl, read_text_file, JsonlRecords};
pub use published::{detect_published, Published, PublishedSource};
