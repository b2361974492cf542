//! Extraction on short articles written for these tests.
