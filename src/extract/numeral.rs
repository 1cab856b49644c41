//! Numbers as notices write them: ASCII and full-width digits, Chinese numerals
//! (四十, 二十七, 卅), and digit-by-digit Chinese years (二〇二一, with 〇 ○ О O 零 as zero).

/// The value of one decimal digit, ASCII or full-width.
#[must_use]
pub fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Whether `c` is a decimal digit, ASCII or full-width.
#[must_use]
pub fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

/// The value of one Chinese digit character (零 and its look-alikes are 0).
#[must_use]
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | 'О' | 'O' | 'o' | '零' | '０' | '0' | 'Ｏ' | 'ｏ' | '◯' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` can appear in a Chinese numeral.
#[must_use]
pub fn is_chinese_numeral_char(c: char) -> bool {
    chinese_digit(c).is_some() || matches!(c, '十' | '拾' | '百' | '佰' | '千' | '仟' | '廿' | '卅')
}

/// Parses a run of ASCII or full-width digits.
#[must_use]
pub fn arabic(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut v: u32 = 0;
    for c in s.chars() {
        v = v.checked_mul(10)?.checked_add(digit(c)?)?;
    }
    Some(v)
}

/// Parses a Chinese numeral such as 四十, 二十七, 十, 一百零五, 廿三 or 卅.
#[must_use]
pub fn chinese(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total: u32 = 0;
    let mut current: Option<u32> = None;
    let mut seen = false;
    for c in s.chars() {
        seen = true;
        if let Some(d) = chinese_digit(c) {
            if matches!(c, 'O' | 'o' | 'О' | 'Ｏ' | 'ｏ') {
                // Latin look-alikes count as zero only inside digit-wise years.
                return None;
            }
            current = Some(d);
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            '廿' => {
                total = total.checked_add(20)?;
                current = None;
                continue;
            }
            '卅' => {
                total = total.checked_add(30)?;
                current = None;
                continue;
            }
            _ => return None,
        };
        total = total.checked_add(current.unwrap_or(1).checked_mul(unit)?)?;
        current = None;
    }
    if !seen {
        return None;
    }
    total.checked_add(current.unwrap_or(0))
}

/// Parses either form: Arabic digits or a Chinese numeral.
#[must_use]
pub fn any(s: &str) -> Option<u32> {
    arabic(s).or_else(|| chinese(s))
}

/// The decimal digits of `n`, written two at a time into the end of `buf` (what `{n}` formats,
/// without the formatting machinery).
pub(crate) fn decimal_digits(n: u64, buf: &mut [u8; 20]) -> &[u8] {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut n = n;
    let mut at = buf.len();
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    &buf[at..]
}

/// Appends `n` in decimal to a string.
pub(crate) fn push_decimal(out: &mut String, n: u32) {
    let mut buf = [0u8; 20];
    out.extend(
        decimal_digits(u64::from(n), &mut buf)
            .iter()
            .map(|&d| char::from(d)),
    );
}

/// Parses a year written digit by digit: 二〇二一 → 2021, ○七 → 7 (two digits), 2021 → 2021.
#[must_use]
pub fn year_digits(s: &str) -> Option<(u32, usize)> {
    let mut v: u32 = 0;
    let mut n = 0;
    for c in s.chars() {
        let d = digit(c).or_else(|| chinese_digit(c))?;
        v = v.checked_mul(10)?.checked_add(d)?;
        n += 1;
    }
    (n > 0).then_some((v, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_decimals_are_what_display_writes() {
        for n in [0, 7, 10, 55, 99, 100, 999, 1000, 65535, u32::MAX] {
            let mut s = String::from("号");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("号{n}"));
        }
        for n in [0, 9, 10, 12345, 1 << 40, u64::MAX] {
            let mut buf = [0u8; 20];
            assert_eq!(decimal_digits(n, &mut buf), n.to_string().as_bytes());
        }
    }

    #[test]
    fn ok_chinese_numerals() {
        let cases = [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十七", 27),
            ("四十", 40),
            ("九十九", 99),
            ("一百", 100),
            ("一百零五", 105),
            ("廿三", 23),
            ("卅", 30),
            ("卅一", 31),
        ];
        for (s, v) in cases {
            assert_eq!(chinese(s), Some(v), "{s}");
        }
    }

    #[test]
    fn ok_years_and_arabic() {
        assert_eq!(year_digits("二〇二一"), Some((2021, 4)));
        assert_eq!(year_digits("二○○七"), Some((2007, 4)));
        assert_eq!(year_digits("OO五"), Some((5, 3)));
        assert_eq!(year_digits("２０２１"), Some((2021, 4)));
        assert_eq!(arabic("２０２１"), Some(2021));
        assert_eq!(arabic("12a"), None);
        assert_eq!(any("12"), Some(12));
        assert_eq!(any("十二"), Some(12));
    }

    #[test]
    fn err_not_numbers() {
        assert_eq!(chinese(""), None);
        assert_eq!(chinese("十a"), None);
        assert_eq!(chinese("O"), None);
        assert_eq!(arabic(""), None);
        assert_eq!(arabic("99999999999"), None);
    }
}
