//! One module per page or group of pages.

pub mod about;
pub mod assessment;
pub mod guide;
pub mod home;
pub mod learning;
pub mod methods;
pub mod mydata;
pub mod not_found;
pub mod seminar;
