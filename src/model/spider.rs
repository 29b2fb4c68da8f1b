//! Geometry of the spider (radar) chart: one axis per driver, starting at the
//! top and going clockwise; a value of 0 % sits at the centre, 100 % at the rim.
//! Pure numbers, so the UI only turns them into SVG.

/// A point in the chart's coordinate system (SVG: y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The chart's frame: centre and radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
}

impl Frame {
    /// The point on axis `i` of `n` at `percent` (clamped to 0–100).
    pub fn point(&self, i: usize, n: usize, percent: f64) -> Point {
        // A quarter turn back, so the first axis points up.
        let (cos, sin) = direction(i as f64 / n.max(1) as f64 - 0.25);
        let p = if percent.is_finite() {
            percent.clamp(0.0, 100.0)
        } else {
            0.0
        };
        let d = self.r * p / 100.0;
        Point {
            x: self.cx + d * cos,
            y: self.cy + d * sin,
        }
    }

    /// An SVG `points` attribute for values on every axis (missing → centre).
    pub fn polygon(&self, values: &[Option<f64>]) -> String {
        let n = values.len();
        values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let p = self.point(i, n, v.unwrap_or(0.0));
                format!(
                    "{},{}",
                    super::format::fixed(p.x, 1),
                    super::format::fixed(p.y, 1)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A grid ring at `percent` as an SVG `points` attribute.
    pub fn ring(&self, n: usize, percent: f64) -> String {
        self.polygon(&vec![Some(percent); n])
    }

    /// Where an axis label goes (a little outside the rim) and how to anchor it.
    pub fn label(&self, i: usize, n: usize) -> (Point, &'static str) {
        let p = self.point(i, n, 100.0);
        let out = Frame {
            r: self.r + 14.0,
            ..*self
        }
        .point(i, n, 100.0);
        let anchor = if (p.x - self.cx).abs() < 1.0 {
            "middle"
        } else if p.x > self.cx {
            "start"
        } else {
            "end"
        };
        (out, anchor)
    }
}

/// Cosine and sine of `turns` whole turns (1.0 = 360°).
///
/// Not `f64::cos`/`f64::sin`: their argument reduction for any angle
/// (`rem_pio2`) is 5 KB of wasm in the results' and the seminar's modules. A
/// fraction of a turn reduces exactly to the nearest quarter turn, and what is
/// left (at most an eighth of a turn, π/4) is a Taylor series to 1e-16.
fn direction(turns: f64) -> (f64, f64) {
    let quarters = (turns * 4.0).round();
    let x = std::f64::consts::TAU * (turns - quarters / 4.0);
    let x2 = x * x;
    // Horner's form of the series up to x^15 (sine) and x^16 (cosine).
    let mut sin = 0.0;
    let mut cos = 0.0;
    for k in (1..=8).rev() {
        let k = k as f64;
        sin = 1.0 - x2 / ((2.0 * k) * (2.0 * k + 1.0)) * sin;
        cos = 1.0 - x2 / ((2.0 * k - 1.0) * (2.0 * k)) * cos;
    }
    let sin = x * sin;
    match (quarters as i64).rem_euclid(4) {
        0 => (cos, sin),
        1 => (-sin, cos),
        2 => (-cos, -sin),
        _ => (sin, -cos),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_are_the_standard_librarys_cosine_and_sine() {
        // Every axis of every chart from 1 to 40 axes, and fractions between.
        for n in 1..=40 {
            for i in 0..n {
                let turns = i as f64 / n as f64 - 0.25;
                let (cos, sin) = direction(turns);
                let angle = std::f64::consts::TAU * turns;
                assert!((cos - angle.cos()).abs() < 1e-15, "cos {i}/{n}");
                assert!((sin - angle.sin()).abs() < 1e-15, "sin {i}/{n}");
            }
        }
        for k in -2000..=2000 {
            let turns = k as f64 / 997.0;
            let (cos, sin) = direction(turns);
            let angle = std::f64::consts::TAU * turns;
            assert!(
                (cos - angle.cos()).abs() < 1e-14 && (sin - angle.sin()).abs() < 1e-14,
                "{turns}"
            );
        }
    }

    const F: Frame = Frame {
        cx: 100.0,
        cy: 100.0,
        r: 80.0,
    };

    #[test]
    fn the_first_axis_points_up_and_values_scale_from_the_centre() {
        let top = F.point(0, 5, 100.0);
        assert!((top.x - 100.0).abs() < 1e-9 && (top.y - 20.0).abs() < 1e-9);
        let half = F.point(0, 5, 50.0);
        assert!((half.y - 60.0).abs() < 1e-9);
        assert_eq!(F.point(2, 5, 0.0), Point { x: 100.0, y: 100.0 });
    }

    #[test]
    fn odd_values_never_leave_the_chart() {
        for v in [f64::NAN, f64::INFINITY, -5.0, 1e9] {
            let p = F.point(1, 5, v);
            assert!(p.x.is_finite() && p.y.is_finite());
            assert!(((p.x - 100.0).powi(2) + (p.y - 100.0).powi(2)).sqrt() <= 80.0 + 1e-9);
        }
    }

    #[test]
    fn polygons_have_one_point_per_axis() {
        let s = F.polygon(&[Some(100.0), None, Some(50.0), Some(25.0), Some(75.0)]);
        assert_eq!(s.split(' ').count(), 5);
        assert!(s.starts_with("100.0,20.0 100.0,100.0"));
        assert_eq!(F.label(0, 5).1, "middle");
        assert_eq!(F.label(1, 5).1, "start");
        assert_eq!(F.label(4, 5).1, "end");
    }
}
