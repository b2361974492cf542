use serde::{Deserialize, Serialize};

/// The id of an entity: its folded canonical name ("kirill dmitriev").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityId(pub String);

impl EntityId {
    /// The id of the entity whose canonical name is `name`.
    pub fn of(name: &str) -> EntityId {
        EntityId(super::fold(name))
    }
}

impl std::fmt::Display for EntityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A place.
    Place,
    /// An organisation or a delegation's country or body.
    Org,
}

/// A person, place or organisation known to the store, with the names it goes by.
///
/// ```
/// let e = dossier::Entity::person("Kirill Dmitriev");
/// assert_eq!(e.id.0, "kirill dmitriev");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The folded canonical name.
    pub id: EntityId,
    /// The canonical name ("Kirill Dmitriev").
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other names seen for it (surnames, spellings, misspellings), sorted.
    pub aliases: Vec<String>,
}

impl Entity {
    /// A person with no aliases yet.
    pub fn person(name: &str) -> Entity {
        Entity { id: EntityId::of(name), name: name.to_string(), kind: EntityKind::Person, aliases: Vec::new() }
    }

    /// Adds aliases, keeping the list sorted and free of duplicates and of the name itself.
    pub fn add_aliases<'a>(&mut self, aliases: impl IntoIterator<Item = &'a str>) -> bool {
        let mut changed = false;
        for a in aliases {
            if a != self.name && !self.aliases.iter().any(|x| x == a) {
                self.aliases.push(a.to_string());
                changed = true;
            }
        }
        self.aliases.sort();
        changed
    }
}
