//! The value of a decimal number as typed, for the calculators' fields
//! ([`super::capacity::parse_number`] checks the form first).
//!
//! Not `str::parse::<f64>`: its general algorithm and tables are about 8 KB
//! gzip of wasm in the self-assessment's and the methods' modules, for fields
//! that hold a count of citizens or staff. Up to 15 significant digits and 22
//! decimals (anything a person types here) the value is the one `parse` gives,
//! correctly rounded: a whole number below 2⁵³ divided by an exact power of
//! ten is one IEEE division. Longer numbers come within a few units in the
//! last place.

/// The value of `text`: ASCII digits with at most one separator, `,` or `.`
/// ("12,5", ",5", "3."). Anything else in it is not read; an overflow gives
/// infinity, as `parse` does.
pub fn plain_value(text: &str) -> f64 {
    let (int, frac) = match text.find([',', '.']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    let mut mantissa: u64 = 0;
    let mut used = 0u32;
    let mut exponent: i32 = 0;
    for (k, b) in int.bytes().chain(frac.bytes()).enumerate() {
        if !b.is_ascii_digit() {
            continue;
        }
        let in_frac = k >= int.len();
        if used < 19 {
            if mantissa > 0 || b != b'0' {
                used += 1;
            }
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if in_frac {
                exponent -= 1;
            }
        } else if !in_frac {
            // Beyond 19 significant digits: the integer part still counts.
            exponent += 1;
        }
    }
    scaled(mantissa, exponent)
}

/// `mantissa` × 10^`exponent`.
fn scaled(mantissa: u64, exponent: i32) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    if mantissa == 0 {
        return 0.0;
    }
    match usize::try_from(exponent.unsigned_abs()) {
        Ok(e) if e < EXACT.len() => {
            if exponent >= 0 {
                m * EXACT[e]
            } else {
                m / EXACT[e]
            }
        }
        _ => {
            let mut v = m;
            let step = if exponent > 0 { 10.0 } else { 0.1 };
            for _ in 0..exponent.unsigned_abs().min(400) {
                v *= step;
            }
            v
        }
    }
}

/// Whether `text`, a number with an exponent ("1e400", "2,5E+309"), is too
/// large for a float. Anything else gives `false`.
pub fn exponent_overflows(text: &str) -> bool {
    let Some(e_at) = text.find(['e', 'E']) else {
        return false;
    };
    let (mantissa, exp) = (&text[..e_at], &text[e_at + 1..]);
    let exp_digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
    let (int, frac) = match mantissa.find([',', '.']) {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0
        || !all_digits(int)
        || !all_digits(frac)
        || exp_digits.is_empty()
        || !all_digits(exp_digits)
    {
        return false;
    }
    let significant: String = format!("{int}{frac}").trim_start_matches('0').into();
    if significant.is_empty() {
        return false;
    }
    // The power of ten of the first significant digit: 0 for "5e0", 2 for "123".
    let int_digits = int.trim_start_matches('0').len() as i64;
    let lead = if int_digits > 0 {
        int_digits - 1
    } else {
        -((frac.len() - frac.trim_start_matches('0').len()) as i64) - 1
    };
    let e: i64 = if exp_digits.len() > 6 {
        1_000_000
    } else {
        exp_digits
            .bytes()
            .fold(0, |n, b| n * 10 + i64::from(b - b'0'))
    };
    let magnitude = lead + if exp.starts_with('-') { -e } else { e };
    // The largest float is 1.7976931348623157e308; from halfway to the next
    // power of two up, a number rounds to infinity.
    magnitude > 308 || (magnitude == 308 && significant.as_str() >= "17976931348623158")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_have_their_value() {
        assert_eq!(plain_value("12,5"), 12.5);
        assert_eq!(plain_value("12.5"), 12.5);
        assert_eq!(plain_value(",5"), 0.5);
        assert_eq!(plain_value("3."), 3.0);
        assert_eq!(plain_value("007"), 7.0);
        assert_eq!(plain_value("0,1"), 0.1);
        assert_eq!(plain_value("0,000"), 0.0);
        assert_eq!(plain_value("2,675"), 2.675);
        assert_eq!(plain_value(&"9".repeat(400)), f64::INFINITY);
    }

    #[test]
    fn long_numbers_come_close() {
        let s = "0,12345678901234567890123";
        let ours = plain_value(s);
        let std: f64 = s.replace(',', ".").parse().unwrap();
        assert!(
            (ours - std).abs() <= 4.0 * f64::EPSILON * std,
            "{ours} {std}"
        );
    }

    #[test]
    fn exponents_too_large_for_a_float() {
        assert!(exponent_overflows("1e400"));
        assert!(exponent_overflows("2,5E+309"));
        assert!(exponent_overflows("1.8e308"));
        assert!(!exponent_overflows("1.7e308"));
        assert!(!exponent_overflows("1e3"));
        assert!(!exponent_overflows("1e-400"));
        assert!(!exponent_overflows("0e999"));
        assert!(!exponent_overflows("e5"));
        assert!(!exponent_overflows("3 borgere"));
    }

    proptest::proptest! {
        #[test]
        fn the_same_value_as_the_standard_library(int in 0u64..10_000_000_000, frac in "[0-9]{0,5}", zeros in "0{0,2}") {
            let typed = format!("{zeros}{int},{frac}");
            let std: f64 = typed.replace(',', ".").parse().unwrap();
            proptest::prop_assert_eq!(plain_value(&typed), std, "{}", typed);
        }
    }
}
