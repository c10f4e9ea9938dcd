//! The app's commands, one file per screen: parse what the UI sent, call the engine and
//! the store, translate the answer. No rule of aftercare lives here.

mod checkin;
mod files;
mod parse;
mod photos;
mod reminders;
mod sessions;
mod settings;
mod setup;
mod today;

pub use checkin::*;
pub use files::*;
pub use photos::*;
pub use reminders::*;
pub use sessions::*;
pub use settings::*;
pub use setup::*;
pub use today::*;
