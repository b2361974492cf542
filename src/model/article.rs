use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news article as it was fed to the store.
///
/// `text` is kept exactly as given (page noise included): mention spans are byte
/// ranges into it.
///
/// ```
/// let a = dossier::Article::new("a1", "Envoys met in Geneva on Monday.")
///     .with_published(chrono::NaiveDate::from_ymd_opt(2025, 3, 4).unwrap());
/// assert_eq!(a.id, "a1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The caller's id for the article (a file stem, a feed id).
    pub id: String,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// The headline, when known.
    pub title: Option<String>,
    /// The publication date as the feed supplied it. When `None`, dossier infers
    /// what it can from the text.
    #[serde(default, with = "crate::model::date::days::option")]
    pub published: Option<NaiveDate>,
    /// The article text, as scraped.
    pub text: String,
}

impl Article {
    /// An article with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article { id: id.into(), url: None, title: None, published: None, text: text.into() }
    }

    /// Sets the publication date.
    #[must_use]
    pub fn with_published(mut self, date: NaiveDate) -> Article {
        self.published = Some(date);
        self
    }

    /// Sets the URL.
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Article {
        self.url = Some(url.into());
        self
    }

    /// Sets the title.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Article {
        self.title = Some(title.into());
        self
    }
}
