//! Bringing stories written in other tools into the scenario format.

pub mod twee;
