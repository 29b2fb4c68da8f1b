//! Reading answer QR codes from camera frames, the pure part: a frame's
//! grey-scale picture, the QR decoder (`rqrr`) on it, the check that what a
//! code holds is text worth handing to the answer-link decoder, and the
//! memory that keeps a code held in front of the camera from being added
//! over and over.
//!
//! The camera, the canvas and the sound live in `ui/pages/seminar/scan*`;
//! the decoder is reached only through the lazily loaded module
//! `ui::pages::seminar::scan::scan_decoder`, so no other page loads it.
//! Nothing here keeps a picture: a frame is read and dropped.

use serde::{Deserialize, Serialize};

/// The largest frame the decoder is given (pixels). The camera's picture is
/// scaled down to at most [`FRAME_LONG_SIDE`] first; this bounds the work
/// for anything else.
pub const MAX_FRAME_PIXELS: usize = 1920 * 1080;

/// The long side a camera frame is scaled to before decoding. A phone held
/// 25 cm from a laptop's camera fills about a sixth of the picture's width;
/// its answer code (about 57 modules with the quiet zone) then needs the
/// 1280 pixels of a 720p camera to get the three pixels a module the decoder
/// needs (measured on the committed frames in `tests/scan.rs`: at three
/// pixels a module, blur already costs half the reads).
pub const FRAME_LONG_SIDE: u32 = 1280;

/// At most this many codes are read from one frame (the decoder's work per
/// candidate is bounded; a frame full of finder-like patterns is not).
pub use hfg_qr_decoder::MAX_CODES_PER_FRAME;

/// The longest text a code may carry and still be handed on (a version 40
/// code holds at most 4296 characters; an answer link is a few hundred).
pub const MAX_CODE_CHARS: usize = 4_500;

/// A code that has not been in view for this long counts as new again.
pub const FORGET_AFTER_MS: f64 = 8_000.0;

/// How many different codes are remembered at once (a room with the
/// projector's invitation code and a few phones in view).
pub const REMEMBERED_CODES: usize = 8;

/// Which camera the facilitator chose: the one facing the user (a laptop's,
/// a phone's front) or the one facing away (a phone's back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Facing {
    #[default]
    User,
    Environment,
}

impl Facing {
    /// The value of `getUserMedia`'s `facingMode` constraint.
    pub fn mode(self) -> &'static str {
        match self {
            Facing::User => "user",
            Facing::Environment => "environment",
        }
    }
}

/// The camera choice, remembered on this device (document `hfg:camera`,
/// never in a backup). It says which lens, nothing of what it saw.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct CameraChoice {
    pub facing: Facing,
    /// When it was chosen (ms); the later choice wins a merge.
    pub at: f64,
}

impl CameraChoice {
    /// Two tabs' choices: the later one; at the same moment, either tab
    /// picks the same one (symmetric).
    pub fn merge(&self, other: &Self) -> Self {
        match self.at.total_cmp(&other.at) {
            std::cmp::Ordering::Less => *other,
            std::cmp::Ordering::Greater => *self,
            std::cmp::Ordering::Equal => {
                if self.facing >= other.facing {
                    *self
                } else {
                    *other
                }
            }
        }
    }
}

/// A frame's grey-scale picture: one byte of luminance per pixel, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GreyFrame {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl GreyFrame {
    /// A frame from RGBA bytes (a canvas's `ImageData`): ITU-R BT.601 luma
    /// in integers. `None` when the sizes do not match or it is too large.
    pub fn from_rgba(rgba: &[u8], width: usize, height: usize) -> Option<GreyFrame> {
        let n = width.checked_mul(height)?;
        if n == 0 || n > MAX_FRAME_PIXELS || rgba.len() != n.checked_mul(4)? {
            return None;
        }
        let pixels = rgba
            .chunks_exact(4)
            .map(|p| ((77 * p[0] as u32 + 150 * p[1] as u32 + 29 * p[2] as u32 + 128) >> 8) as u8)
            .collect();
        Some(GreyFrame {
            width,
            height,
            pixels,
        })
    }

    /// A frame from grey bytes; `None` when the sizes do not match or it is too large.
    pub fn from_grey(pixels: Vec<u8>, width: usize, height: usize) -> Option<GreyFrame> {
        let n = width.checked_mul(height)?;
        (n > 0 && n <= MAX_FRAME_PIXELS && pixels.len() == n).then_some(GreyFrame {
            width,
            height,
            pixels,
        })
    }
}

/// The texts of the QR codes in `frame` that decode cleanly (error
/// correction included) and pass [`code_text`]; empty when there is none.
/// A damaged code is left out, never a panic.
pub fn decode(frame: &GreyFrame) -> Vec<String> {
    if frame.pixels.len() > MAX_FRAME_PIXELS {
        return Vec::new();
    }
    codes_in(hfg_qr_decoder::decode_grey(
        &frame.pixels,
        frame.width,
        frame.height,
    ))
}

/// The decoder's texts that are worth giving to the answer-link decoder
/// ([`code_text`]), trimmed: what [`decode`] returns, and what the camera
/// keeps of the release build's decoder module.
pub fn codes_in(texts: Vec<String>) -> Vec<String> {
    texts
        .iter()
        .filter_map(|t| code_text(t).map(str::to_string))
        .collect()
}

/// What a code holds, trimmed, when it is worth giving to the answer-link
/// decoder: not empty, not too long, no control characters (a link never has
/// any). The decoder then checks it exactly as it checks a pasted link.
pub fn code_text(text: &str) -> Option<&str> {
    let t = text.trim();
    let ok = !t.is_empty() && t.len() <= MAX_CODE_CHARS && !t.chars().any(char::is_control);
    ok.then_some(t)
}

/// The codes seen lately, so that a code held in front of the camera is
/// handled once: a code is *fresh* the first time, and again only after it
/// has been out of view for [`FORGET_AFTER_MS`]. Time comes in as an
/// argument (milliseconds, any clock that only moves forward).
#[derive(Debug, Clone, Default)]
pub struct RecentCodes {
    seen: Vec<(String, f64)>,
}

impl RecentCodes {
    pub fn new() -> Self {
        Self::default()
    }

    /// Notes that `text` is in view at `now`; true when it should be handled
    /// (new, or back after a while), false when it is the same code again.
    pub fn fresh(&mut self, text: &str, now: f64) -> bool {
        self.seen.retain(|(_, at)| now - *at < FORGET_AFTER_MS);
        if let Some(entry) = self.seen.iter_mut().find(|(t, _)| t == text) {
            entry.1 = now;
            return false;
        }
        if self.seen.len() >= REMEMBERED_CODES {
            // Forget the code seen longest ago.
            if let Some(oldest) = self
                .seen
                .iter()
                .enumerate()
                .min_by(|a, b| a.1 .1.total_cmp(&b.1 .1))
                .map(|(i, _)| i)
            {
                self.seen.remove(oldest);
            }
        }
        self.seen.push((text.to_string(), now));
        true
    }

    /// Forgets every code (the facilitator removed an answer, or the camera restarted).
    pub fn clear(&mut self) {
        self.seen.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rgba_becomes_luma() {
        let rgba = [
            255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255, 0, 255, 0, 0,
        ];
        let f = GreyFrame::from_rgba(&rgba, 2, 2).unwrap();
        assert_eq!(f.pixels, vec![255, 0, 77, 149]);
        assert!(
            GreyFrame::from_rgba(&rgba, 3, 2).is_none(),
            "sizes must match"
        );
        assert!(GreyFrame::from_rgba(&[], 0, 0).is_none());
        assert!(GreyFrame::from_grey(vec![0; 5], 2, 2).is_none());
    }

    #[test]
    fn only_plain_text_is_handed_on() {
        assert_eq!(
            code_text("  https://x.dk/#/seminar/svar/s1ab \n"),
            Some("https://x.dk/#/seminar/svar/s1ab")
        );
        assert_eq!(code_text(" "), None);
        assert_eq!(code_text("a\u{0}b"), None);
        assert_eq!(code_text(&"x".repeat(MAX_CODE_CHARS + 1)), None);
    }

    #[test]
    fn the_same_code_twice_is_handled_once() {
        let mut r = RecentCodes::new();
        assert!(r.fresh("a", 0.0));
        assert!(!r.fresh("a", 100.0), "same code in a row");
        assert!(r.fresh("b", 200.0));
        assert!(
            !r.fresh("a", 300.0),
            "a is still remembered while b is shown"
        );
        assert!(
            !r.fresh("a", 300.0 + FORGET_AFTER_MS - 1.0),
            "held in view: every sighting renews it"
        );
        assert!(
            r.fresh("a", 300.0 + 2.0 * FORGET_AFTER_MS),
            "back after a while"
        );
        r.clear();
        assert!(r.fresh("b", 300.0 + 2.0 * FORGET_AFTER_MS));
    }

    #[test]
    fn the_later_camera_choice_wins_either_way() {
        let a = CameraChoice {
            facing: Facing::User,
            at: 1.0,
        };
        let b = CameraChoice {
            facing: Facing::Environment,
            at: 2.0,
        };
        assert_eq!(a.merge(&b), b);
        assert_eq!(b.merge(&a), b);
        let c = CameraChoice {
            facing: Facing::User,
            at: 2.0,
        };
        assert_eq!(
            b.merge(&c),
            c.merge(&b),
            "a tie is decided the same in both tabs"
        );
        assert_eq!(Facing::Environment.mode(), "environment");
    }

    #[test]
    fn memory_is_bounded() {
        let mut r = RecentCodes::new();
        for i in 0..100 {
            assert!(r.fresh(&i.to_string(), i as f64));
        }
        assert!(r.seen.len() <= REMEMBERED_CODES);
        assert!(!r.fresh("99", 100.0));
        assert!(r.fresh("0", 101.0), "the oldest was forgotten");
    }
}
