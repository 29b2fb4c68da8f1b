//! Numbers and dates written the Danish way, for every page and export: one
//! formatter per kind, tested natively.
//!
//! Numbers: "." between thousands, "," before decimals, "−" (minus sign) for
//! negatives, and "–" for NaN and infinity, which are never shown.
//! [`da_number`] drops trailing zeros ("9,8", "10"), for amounts;
//! [`da_fixed`] keeps them ("3,0"), for scores and sizes shown side by side.
//! Dates: [`da_date`] writes "1.3.2026".
//! [`fixed`] writes a number for the machine (SVG coordinates: "12.5",
//! "-3.0"). All three round through whole numbers, not `format!("{:.1}")`:
//! the standard library's float printing is 5 KB of every build's wasm that
//! nothing else needs.

use super::date::Date;

/// `x` with at most `decimals` decimals and no trailing zeros ("12.500",
/// "9,8", "4,5", "10").
pub fn da_number(x: f64, decimals: usize) -> String {
    danish(x, decimals, true)
}

/// `x` with exactly `decimals` decimals ("2,5", "3,0", "12.500,0").
pub fn da_fixed(x: f64, decimals: usize) -> String {
    danish(x, decimals, false)
}

/// `x` with exactly `decimals` decimals, "." before them and "-" for
/// negatives ("12.5", "-3.0", "0"): SVG coordinates and sizes. Halves round
/// away from zero; NaN and infinity are written as 0.
pub fn fixed(x: f64, decimals: usize) -> String {
    let (int, frac) = digits(x.abs(), decimals);
    let zero = int == 0 && frac.bytes().all(|b| b == b'0');
    let sign = if x < 0.0 && !zero { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// The whole part of `x` (≥ 0) and its `decimals` decimals as digits, rounded
/// half away from zero. Beyond what a `u64` holds (never shown), the whole
/// part alone, saturated.
fn digits(x: f64, decimals: usize) -> (u64, String) {
    if !x.is_finite() {
        return (0, "0".repeat(decimals));
    }
    let scale = 10u64.saturating_pow(decimals as u32);
    let scaled = (x * scale as f64).round();
    if scaled >= u64::MAX as f64 {
        return (x as u64, "0".repeat(decimals));
    }
    let n = scaled as u64;
    let frac = if decimals == 0 {
        String::new()
    } else {
        format!("{:0width$}", n % scale, width = decimals)
    };
    (n / scale, frac)
}

fn danish(x: f64, decimals: usize, trim_zeros: bool) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let (int, frac) = digits(x.abs(), decimals);
    let int = int.to_string();
    let frac = frac.as_str();
    let frac = if trim_zeros {
        frac.trim_end_matches('0')
    } else {
        frac
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let zero = grouped == "0" && frac.bytes().all(|b| b == b'0');
    format!(
        "{}{grouped}{}{frac}",
        if x < 0.0 && !zero { "−" } else { "" },
        if frac.is_empty() { "" } else { "," }
    )
}

/// A count in a sentence: `one` for 1 ("1 handling."), otherwise `many`
/// with `{n}` replaced ("0 handlinger.", "3 handlinger."). Both may hold
/// other placeholders, which the caller fills.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.replace("{n}", "1")
    } else {
        many.replace("{n}", &n.to_string())
    }
}

/// A date "2026-03-01" as "1.3.2026"; anything that is not a real date
/// (`2026-02-31`, free text) is shown as it is.
pub fn da_date(iso: &str) -> String {
    match Date::parse(iso) {
        Ok(d) if iso == iso.trim() => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        _ => iso.to_string(),
    }
}

/// A file name part from free text: ASCII letters, digits and hyphens.
pub fn slug(text: &str) -> String {
    let folded = crate::model::search::fold(text);
    let s: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "vurdering".into()
    } else {
        s.chars().take(40).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_counted_in_the_singular() {
        let (one, many) = ("1 handling.", "{n} handlinger.");
        assert_eq!(counted(1, one, many), "1 handling.");
        assert_eq!(counted(0, one, many), "0 handlinger.");
        assert_eq!(counted(2, one, many), "2 handlinger.");
        assert_eq!(
            counted(1, "{n} deltager af {total}", "{n} deltagere af {total}"),
            "1 deltager af {total}"
        );
    }

    #[test]
    fn numbers_are_danish() {
        assert_eq!(da_number(12_500.0, 1), "12.500");
        assert_eq!(da_number(9.818, 1), "9,8");
        assert_eq!(da_number(4.5, 2), "4,5");
        assert_eq!(da_number(10.0, 1), "10");
        assert_eq!(da_number(2_499_900.0, 1), "2.499.900");
        assert_eq!(da_number(0.0, 2), "0");
        assert_eq!(da_number(-1234.5, 1), "−1.234,5");
        assert_eq!(da_number(-0.01, 1), "0", "no minus on a rounded zero");
        assert_eq!(da_number(f64::NAN, 1), "–");
        assert_eq!(da_number(f64::INFINITY, 1), "–");
    }

    #[test]
    fn fixed_numbers_keep_their_decimals() {
        assert_eq!(da_fixed(2.5, 1), "2,5");
        assert_eq!(da_fixed(3.0, 1), "3,0");
        assert_eq!(da_fixed(66.666, 0), "67");
        assert_eq!(
            da_fixed(62.5, 0),
            "63",
            "halves round up, as in Danish and Excel"
        );
        assert_eq!(da_number(0.25, 1), "0,3");
        assert_eq!(da_fixed(1536.26, 1), "1.536,3");
        assert_eq!(da_fixed(-0.04, 1), "0,0");
        assert_eq!(da_fixed(-2.0, 2), "−2,00");
        assert_eq!(da_fixed(f64::NEG_INFINITY, 1), "–");
    }

    #[test]
    fn machine_numbers_have_a_point_and_fixed_decimals() {
        assert_eq!(fixed(12.54, 1), "12.5");
        assert_eq!(fixed(12.55, 1), "12.6");
        assert_eq!(fixed(-3.0, 1), "-3.0");
        assert_eq!(fixed(-0.04, 1), "0.0", "no minus on a rounded zero");
        assert_eq!(fixed(99.5, 0), "100");
        assert_eq!(fixed(0.999, 2), "1.00");
        assert_eq!(fixed(1234.0, 0), "1234");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        for x in [0.0, 0.05, 1.25, 3.14159, 250.0, 1e6 + 0.3, -7.77] {
            assert_eq!(
                fixed(x, 1).parse::<f64>().unwrap(),
                (x * 10.0).round() / 10.0
            );
        }
    }

    #[test]
    fn dates_are_danish_and_only_real_dates_are_converted() {
        assert_eq!(da_date("2026-03-01"), "1.3.2026");
        assert_eq!(da_date("2026-12-24"), "24.12.2026");
        assert_eq!(da_date("2024-02-29"), "29.2.2024");
        for odd in [
            "2026-02-31",
            "2025-02-29",
            "2026-13-01",
            "1.3.2026",
            "",
            " 2026-03-01",
        ] {
            assert_eq!(da_date(odd), odd);
        }
    }
}
