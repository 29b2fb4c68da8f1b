//! Small building blocks shared by the pages.

pub mod advice;
pub mod breadcrumbs;
pub mod download;
pub mod form_error;
pub mod page_title;
pub mod qr_code;
pub mod rating_item;
pub mod search_box;
pub mod source_ref;
pub mod spider_chart;
pub mod storage_banner;
