//! Readers query while a writer ingests: each article is seen wholly or not at all.
#[path = "../benches/common/mod.rs"]
mod generated;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use dossier::Store;

#[test]
fn store_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Store>();
}

#[test]
fn readers_never_see_half_an_article() {
    let store = Store::temporary().unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let store = store.clone();
        let done = done.clone();
        std::thread::spawn(move || {
            for a in generated::articles(0, 300) {
                store.ingest(&a).unwrap();
            }
            done.store(true, Ordering::SeqCst);
        })
    };
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let store = store.clone();
            let done = done.clone();
            std::thread::spawn(move || {
                let mut checks = 0usize;
                while !done.load(Ordering::SeqCst) || checks == 0 {
                    for e in store.events().iter() {
                        let e = e.unwrap();
                        // The event was written in the same batch as its article: if
                        // the event is visible, so is the article.
                        for id in e.articles() {
                            assert!(store.article(id).unwrap().is_some(), "event {} visible before article {id}", e.id);
                        }
                        assert!(!e.participants.is_empty());
                        checks += 1;
                    }
                }
                checks
            })
        })
        .collect();
    writer.join().unwrap();
    for r in readers {
        assert!(r.join().unwrap() > 0);
    }
    assert_eq!(store.stats().unwrap().articles, 300);
    assert!(store.verify().unwrap().is_empty());
}
