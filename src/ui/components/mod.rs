//! Small building blocks shared by the pages.

pub mod breadcrumbs;
pub mod page_title;
pub mod search_box;
pub mod source_ref;
