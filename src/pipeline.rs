//! The machinery of [`Store::ingest_many`](crate::Store::ingest_many): a queue of
//! articles waiting for extraction, and the group commit.
//!
//! Extraction runs on worker threads; the calling thread commits in article order
//! and, when the next article to commit is not extracted yet, extracts one itself
//! instead of waiting. Commits are gathered into groups applied as one engine batch.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::db::Db;
use crate::error::Result;

/// Work waiting for a thread: taken by the workers, which block until there is some,
/// and by the committing thread, which never blocks on it.
pub(crate) struct Jobs<T> {
    state: Mutex<Queue<T>>,
    ready: Condvar,
}

struct Queue<T> {
    jobs: VecDeque<T>,
    closed: bool,
}

impl<T> Jobs<T> {
    pub(crate) fn new() -> Jobs<T> {
        Jobs { state: Mutex::new(Queue { jobs: VecDeque::new(), closed: false }), ready: Condvar::new() }
    }

    fn lock(&self) -> MutexGuard<'_, Queue<T>> {
        // A queue is whole whatever a panicking thread was doing.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn push(&self, job: T) {
        self.lock().jobs.push_back(job);
        self.ready.notify_one();
    }

    /// The oldest job, waiting for one; `None` once the queue is closed.
    pub(crate) fn take(&self) -> Option<T> {
        let mut q = self.lock();
        loop {
            if q.closed {
                return None;
            }
            if let Some(job) = q.jobs.pop_front() {
                return Some(job);
            }
            q = self.ready.wait(q).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// The oldest job, if more than `backlog` are waiting.
    pub(crate) fn take_if_more_than(&self, backlog: usize) -> Option<T> {
        let mut q = self.lock();
        if q.jobs.len() > backlog {
            q.jobs.pop_front()
        } else {
            None
        }
    }

    /// Wakes every waiting worker with `None`; jobs not taken are dropped.
    pub(crate) fn close(&self) {
        let mut q = self.lock();
        q.closed = true;
        q.jobs.clear();
        drop(q);
        self.ready.notify_all();
    }
}

/// Closes a queue when dropped: however the committing thread leaves, the workers
/// stop.
pub(crate) struct CloseOnDrop<'a, T>(pub(crate) &'a Jobs<T>);

impl<T> Drop for CloseOnDrop<'_, T> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// The commits of one `ingest_many`, gathered in memory (where every read sees
/// them) and applied to the engine in one batch when they reach [`Group::BYTES`] or
/// have waited [`Group::WAIT`]. sled writes its log out at every batch: one batch
/// per article cost a fifth of the ingest time, most of it waking its I/O threads.
/// Each article still lands whole, with the others of its group.
pub(crate) struct Group<'a> {
    db: &'a Db,
    open: bool,
    since: Instant,
}

impl<'a> Group<'a> {
    /// Keys and values gathered before a group is applied. The reads of the
    /// committing thread wait while the engine applies one (sled locks them out),
    /// so a group is kept to a few tens of milliseconds of work.
    const BYTES: usize = 1 << 20;
    /// The longest a group waits while the committing thread has nothing to commit.
    const WAIT: Duration = Duration::from_millis(100);

    /// Opens a group on `db`; with `gather` false, every commit is applied at once.
    pub(crate) fn open(db: &'a Db, gather: bool) -> Group<'a> {
        if gather {
            db.open_group();
        }
        Group { db, open: gather, since: Instant::now() }
    }

    /// Applies the group if it has grown to [`Group::BYTES`].
    pub(crate) fn apply_if_full(&mut self) -> Result<()> {
        if self.open && self.db.group_bytes() >= Self::BYTES {
            self.apply()?;
        }
        Ok(())
    }

    /// Applies the group if it has waited [`Group::WAIT`].
    pub(crate) fn apply_if_old(&mut self) -> Result<()> {
        if self.open && self.since.elapsed() >= Self::WAIT {
            self.apply()?;
        }
        Ok(())
    }

    fn apply(&mut self) -> Result<()> {
        self.since = Instant::now();
        self.db.apply_group()
    }

    /// Applies what is gathered and stops gathering.
    pub(crate) fn close(mut self) -> Result<()> {
        self.open = false;
        self.db.close_group()
    }
}

impl Drop for Group<'_> {
    fn drop(&mut self) {
        // Leaving early (an error, a panic): what was committed is applied all the
        // same; an error doing so is the engine's, and the first one is returned.
        if self.open {
            let _ = self.db.close_group();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workers_stop_when_the_queue_closes() {
        let jobs = Jobs::new();
        std::thread::scope(|scope| {
            let taken: Vec<_> = (0..3).map(|_| scope.spawn(|| std::iter::from_fn(|| jobs.take()).count())).collect();
            for n in 0..100 {
                jobs.push(n);
            }
            // The committing thread takes some itself.
            let mut mine = 0;
            while mine < 10 && jobs.take_if_more_than(0).is_some() {
                mine += 1;
            }
            while !jobs.lock().jobs.is_empty() {
                std::thread::yield_now();
            }
            jobs.close();
            let theirs: usize = taken.into_iter().map(|h| h.join().unwrap_or(0)).sum();
            assert_eq!(mine + theirs, 100);
        });
    }
}
