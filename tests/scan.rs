#![cfg(not(target_arch = "wasm32"))]
//! Reading answer QR codes from camera frames (`model::scan`): committed
//! frames of a real answer link, drawn by the app's own encoder
//! (`model::qr::modules`) and then spoilt the way a laptop camera spoils
//! them (noise, blur, rotation, low contrast, small), decode to the link,
//! and the link then passes the same check as a pasted one; a damaged code
//! and a frame with no code give nothing; hostile frames never panic; the
//! work a frame costs is bounded (bytes allocated, not the clock).
//!
//! The frames are binary PGM files in `tests/fixtures/scan/`, made by
//! [`frames`] below. `HFG_WRITE_SCAN_FIXTURES=1 cargo test --test scan`
//! writes them again; otherwise the test checks that the generator still
//! makes exactly the committed files.

use housing_first_guiden::model::qr::{modules, Modules, QUIET_ZONE};
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::model::scan::{decode, GreyFrame, RecentCodes, MAX_FRAME_PIXELS};
use housing_first_guiden::model::seminar::{Response, SeminarDef};
use housing_first_guiden::storage::codec::{decode_response, encode_response, CodecError};
use proptest::prelude::*;
#[path = "support/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::allocated_by;
use std::path::PathBuf;

const W: usize = 640;
const H: usize = 480;

fn seminar(id: &str) -> SeminarDef {
    SeminarDef {
        id: id.into(),
        title: "Ledelsesseminar marts".into(),
        items: (1..=12).map(|i| format!("ind-{i:02}")).collect(),
        roles: vec!["Ledelse".into()],
        created: 1_767_225_600_000.0,
    }
}

/// A participant's answer link, as the participant's page shows it.
fn answer_link() -> String {
    let def = seminar("sem-scan-1");
    let r = Response {
        seminar: def.id.clone(),
        participant: "p-7f3a9c".into(),
        name: "Anna Holm".into(),
        role: "Ledelse".into(),
        ratings: (0..12)
            .map(|i| Rating::from_code(["1", "2", "3", "4"][i % 4]))
            .collect(),
        at: 1_767_226_000_000.0,
    };
    format!(
        "http://127.0.0.1:4173/#/seminar/svar/{}",
        encode_response(&r, &def)
    )
}

/// A small deterministic generator (no randomness in the fixtures).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
    fn noise(&mut self, amp: i32) -> i32 {
        (self.next() % (2 * amp as u32 + 1)) as i32 - amp
    }
}

/// The code drawn at `px` pixels per module, centred on a `bg` background,
/// turned by `degrees`, dark `dark` and light `light` (quiet zone included).
fn draw(m: &Modules, px: f64, degrees: f64, dark: u8, light: u8, bg: u8) -> Vec<u8> {
    let side = (m.size + 2 * QUIET_ZONE) as f64 * px;
    let (cx, cy) = (W as f64 / 2.0, H as f64 / 2.0);
    let (s, c) = degrees.to_radians().sin_cos();
    let mut out = vec![bg; W * H];
    for y in 0..H {
        for x in 0..W {
            // Back to the code's own coordinates (inverse rotation).
            let (dx, dy) = (x as f64 + 0.5 - cx, y as f64 + 0.5 - cy);
            let (u, v) = (c * dx + s * dy + side / 2.0, -s * dx + c * dy + side / 2.0);
            if u < 0.0 || v < 0.0 || u >= side || v >= side {
                continue;
            }
            let (mx, my) = ((u / px) as i32 - QUIET_ZONE, (v / px) as i32 - QUIET_ZONE);
            out[y * W + x] = if m.get(mx, my) { dark } else { light };
        }
    }
    out
}

fn add_noise(p: &mut [u8], amp: i32, seed: u64) {
    let mut r = Lcg(seed);
    for v in p.iter_mut() {
        *v = (*v as i32 + r.noise(amp)).clamp(0, 255) as u8;
    }
}

/// A box blur of radius `r`, `passes` times (close to a Gaussian).
fn blur(p: &mut Vec<u8>, r: usize, passes: usize) {
    for _ in 0..passes {
        let mut tmp = vec![0u8; W * H];
        for y in 0..H {
            for x in 0..W {
                let (a, b) = (x.saturating_sub(r), (x + r).min(W - 1));
                let sum: u32 = (a..=b).map(|i| p[y * W + i] as u32).sum();
                tmp[y * W + x] = (sum / (b - a + 1) as u32) as u8;
            }
        }
        for y in 0..H {
            for x in 0..W {
                let (a, b) = (y.saturating_sub(r), (y + r).min(H - 1));
                let sum: u32 = (a..=b).map(|i| tmp[i * W + x] as u32).sum();
                p[y * W + x] = (sum / (b - a + 1) as u32) as u8;
            }
        }
    }
}

/// Every committed frame: its file name, its pixels, and whether the answer
/// link must be read from it.
fn frames() -> Vec<(&'static str, Vec<u8>, bool)> {
    let m = modules(&answer_link()).unwrap();
    let mut v = Vec::new();
    v.push(("clean", draw(&m, 5.0, 0.0, 0, 255, 200), true));
    let mut noisy = draw(&m, 5.0, 0.0, 20, 235, 128);
    add_noise(&mut noisy, 60, 1);
    v.push(("noise", noisy, true));
    let mut blurred = draw(&m, 6.0, 0.0, 0, 255, 180);
    blur(&mut blurred, 1, 3);
    v.push(("blur", blurred, true));
    let mut turned = draw(&m, 5.0, 23.0, 10, 245, 90);
    add_noise(&mut turned, 10, 2);
    v.push(("rotated", turned, true));
    let mut faint = draw(&m, 5.0, 0.0, 105, 165, 140);
    add_noise(&mut faint, 8, 3);
    blur(&mut faint, 1, 1);
    v.push(("low-contrast", faint, true));
    // At arm's length: three pixels a module, a little soft.
    let mut small = draw(&m, 3.0, 4.0, 0, 255, 160);
    blur(&mut small, 1, 1);
    v.push(("small", small, true));
    // Damaged: a band across the middle of the code painted over (a finger,
    // a reflection): more than error correction can repair.
    let mut damaged = draw(&m, 5.0, 0.0, 0, 255, 200);
    let side = ((m.size + 2 * QUIET_ZONE) * 5) as usize;
    let (x0, y0) = ((W - side) / 2, (H - side) / 2);
    let mut r = Lcg(4);
    for y in y0 + side * 2 / 5..y0 + side * 3 / 5 {
        for x in x0 + side / 5..x0 + side * 4 / 5 {
            damaged[y * W + x] = if r.next() % 2 == 0 { 0 } else { 255 };
        }
    }
    v.push(("damaged", damaged, false));
    // No code at all: a soft gradient with noise (a wall, a face).
    let mut empty: Vec<u8> = (0..W * H).map(|i| ((i % W) * 200 / W + 30) as u8).collect();
    add_noise(&mut empty, 25, 5);
    v.push(("no-code", empty, false));
    v
}

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/scan/{name}.pgm"))
}

fn pgm(pixels: &[u8]) -> Vec<u8> {
    let mut out = format!("P5\n{W} {H}\n255\n").into_bytes();
    out.extend_from_slice(pixels);
    out
}

/// Reads a binary PGM (as the generator writes it).
fn read_pgm(bytes: &[u8]) -> GreyFrame {
    let header_end = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(2)
        .map(|(i, _)| i + 1)
        .unwrap();
    let header = std::str::from_utf8(&bytes[..header_end]).unwrap();
    let nums: Vec<usize> = header
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect();
    GreyFrame::from_grey(bytes[header_end..].to_vec(), nums[0], nums[1]).unwrap()
}

#[test]
fn the_committed_frames_are_what_the_generator_makes() {
    let write = std::env::var_os("HFG_WRITE_SCAN_FIXTURES").is_some();
    for (name, pixels, _) in frames() {
        let path = fixture_path(name);
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, pgm(&pixels)).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_else(|_| panic!("{name}.pgm is committed"));
        assert!(
            committed == pgm(&pixels),
            "{name}.pgm differs from what the generator makes"
        );
    }
}

#[test]
fn every_readable_frame_gives_the_answer_link_and_the_link_is_accepted() {
    let link = answer_link();
    let def = seminar("sem-scan-1");
    for (name, _, readable) in frames() {
        let frame = read_pgm(&std::fs::read(fixture_path(name)).unwrap());
        let texts = decode(&frame);
        if readable {
            assert_eq!(texts, vec![link.clone()], "{name}: the answer link is read");
            let r = decode_response(&texts[0], &def).expect(name);
            assert_eq!(r.name, "Anna Holm");
            assert!(
                matches!(
                    decode_response(&texts[0], &seminar("other")),
                    Err(CodecError::OtherSeminar { .. })
                ),
                "{name}: another seminar refuses it, as a pasted link"
            );
        } else {
            assert!(texts.is_empty(), "{name}: nothing is read, got {texts:?}");
        }
    }
}

#[test]
fn a_frame_with_no_code_costs_little_work() {
    let frame = read_pgm(&std::fs::read(fixture_path("no-code")).unwrap());
    let (texts, bytes) = allocated_by(|| decode(&frame));
    assert!(texts.is_empty());
    // The decoder's own copy of the frame and its region labels: a few bytes
    // a pixel, nothing that grows with what it fails to find.
    assert!(
        bytes < 16 * W * H,
        "{bytes} bytes allocated for one empty frame"
    );
}

#[test]
fn a_code_held_in_view_is_handled_once() {
    let frame = read_pgm(&std::fs::read(fixture_path("clean")).unwrap());
    let mut recent = RecentCodes::new();
    let handled: usize = (0..10)
        .map(|i| {
            decode(&frame)
                .iter()
                .filter(|t| recent.fresh(t, i as f64 * 100.0))
                .count()
        })
        .sum();
    assert_eq!(handled, 1, "ten frames of the same code: one answer");
}

#[test]
fn frames_of_the_wrong_size_are_refused() {
    assert!(GreyFrame::from_grey(vec![0; 10], 3, 3).is_none());
    assert!(GreyFrame::from_grey(vec![0; MAX_FRAME_PIXELS + 1], MAX_FRAME_PIXELS + 1, 1).is_none());
    let forged = GreyFrame {
        width: 100,
        height: 100,
        pixels: vec![0; 10],
    };
    assert!(
        decode(&forged).is_empty(),
        "a frame whose sizes lie is not read"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random pictures, blocky ones (finder-like patterns) included: never a
    /// panic, never more than the bounded number of codes.
    #[test]
    fn hostile_frames_never_panic(
        w in 1usize..160,
        h in 1usize..160,
        block in 1usize..9,
        seed in any::<u64>(),
    ) {
        let mut r = Lcg(seed);
        let cells: Vec<u8> = (0..(w / block + 1) * (h / block + 1)).map(|_| if r.next() % 2 == 0 { 0 } else { 255 }).collect();
        let pixels: Vec<u8> = (0..w * h).map(|i| cells[(i / w / block) * (w / block + 1) + (i % w) / block]).collect();
        let frame = GreyFrame::from_grey(pixels, w, h).unwrap();
        prop_assert!(decode(&frame).len() <= 4);
    }

    /// A real code with random modules flipped: the link or nothing, never a wrong text.
    #[test]
    fn a_spoilt_code_gives_the_link_or_nothing(flips in proptest::collection::vec((0i32..60, 0i32..60), 0..120)) {
        let link = answer_link();
        let mut m = modules(&link).unwrap();
        for (x, y) in flips {
            if x < m.size && y < m.size {
                let i = (y * m.size + x) as usize;
                m.dark[i] = !m.dark[i];
            }
        }
        let frame = GreyFrame::from_grey(draw(&m, 4.0, 0.0, 0, 255, 200), W, H).unwrap();
        // Error correction may, very rarely, "repair" a code into another
        // text: the answer link's own check then refuses it. Never a wrong answer.
        let def = seminar("sem-scan-1");
        for t in decode(&frame) {
            if t != link {
                prop_assert!(decode_response(&t, &def).is_err(), "{}", t);
            }
        }
    }
}
