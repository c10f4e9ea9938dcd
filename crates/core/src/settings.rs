//! The client's settings: where they live, when to remind, whom to call.

use crate::screening::ScreeningAnswers;
use jiff::civil::Time;

use crate::reminder::{Preferences, QuietHours};
use crate::series::{DEFAULT_SERIES_LENGTH, MAX_SERIES_LENGTH};
use crate::time::Zone;
use crate::Error;

pub const DEFAULT_GRACE_MINUTES: u32 = 120;
pub const MAX_GRACE_MINUTES: u32 = 24 * 60;
const MAX_NAME: usize = 100;
const MAX_PHONE: usize = 30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub zone: Zone,
    /// Daily check-in reminder; `None` turns it off.
    pub checkin_at: Option<Time>,
    pub quiet_hours: Option<QuietHours>,
    pub clinic_name: String,
    pub clinic_phone: String,
    /// The emergency number the client chose; `None` uses the zone's country's.
    pub emergency_number: Option<String>,
    /// Reminders that fell due while the app was not running are still delivered when
    /// they are at most this old; older ones are listed as missed.
    pub grace_minutes: u32,
    pub series_length: u8,
    pub keep_in_tray: bool,
    pub start_at_login: bool,
    /// The pre-treatment checklist (C1-C3), if the client filled it in.
    pub screening: Option<ScreeningAnswers>,
    /// The language the client chose; `None` follows the device.
    pub language: Option<aftercare_i18n::Language>,
}

impl Settings {
    pub fn new(zone: Zone) -> Self {
        Self {
            zone,
            checkin_at: Preferences::default().checkin_at,
            quiet_hours: None,
            clinic_name: String::new(),
            clinic_phone: String::new(),
            emergency_number: None,
            grace_minutes: DEFAULT_GRACE_MINUTES,
            series_length: DEFAULT_SERIES_LENGTH,
            keep_in_tray: true,
            start_at_login: false,
            screening: None,
            language: None,
        }
    }

    pub fn validate(&self) -> Result<(), Error> {
        let name_len = self.clinic_name.chars().count();
        if name_len > MAX_NAME || self.clinic_name.chars().any(char::is_control) {
            return Err(Error::Invalid {
                field: "clinic_name",
                reason: aftercare_i18n::say("invalid-clinic-name", &[("max", MAX_NAME.into())]),
            });
        }
        validate_phone(&self.clinic_phone)?;
        if let Some(n) = &self.emergency_number {
            crate::escalation::validate_emergency_number(n)?;
        }
        if self.grace_minutes > MAX_GRACE_MINUTES {
            return Err(Error::Invalid {
                field: "grace_minutes",
                reason: aftercare_i18n::say(
                    "invalid-grace",
                    &[("max", MAX_GRACE_MINUTES.into()), ("value", self.grace_minutes.into())],
                ),
            });
        }
        if !(1..=MAX_SERIES_LENGTH).contains(&self.series_length) {
            return Err(Error::Invalid {
                field: "series_length",
                reason: aftercare_i18n::say(
                    "invalid-series-length",
                    &[
                        ("max", u32::from(MAX_SERIES_LENGTH).into()),
                        ("value", u32::from(self.series_length).into()),
                    ],
                ),
            });
        }
        Ok(())
    }

    /// The number to call in an emergency: the client's choice, else the zone's country's.
    pub fn emergency_number(&self) -> String {
        self.emergency_number
            .clone()
            .unwrap_or_else(|| crate::escalation::default_emergency_number(&self.zone).to_string())
    }

    /// The language to speak: the client's choice, else the device's.
    pub fn language(&self) -> aftercare_i18n::Language {
        self.language.unwrap_or_else(aftercare_i18n::Language::of_system)
    }

    /// The language to speak with these settings, or before any are saved (the device's).
    pub fn language_of(settings: Option<&Settings>) -> aftercare_i18n::Language {
        settings.map_or_else(aftercare_i18n::Language::of_system, Settings::language)
    }

    pub fn clinic(&self) -> crate::escalation::Clinic {
        crate::escalation::Clinic {
            name: self.clinic_name.clone(),
            phone: self.clinic_phone.clone(),
        }
    }

    pub fn preferences(&self) -> Preferences {
        Preferences {
            checkin_at: self.checkin_at,
            quiet_hours: self.quiet_hours,
        }
    }
}

/// A phone number as people write it: digits with `+ - ( ) . /` and spaces; may be empty.
pub fn validate_phone(phone: &str) -> Result<(), Error> {
    let ok_chars = phone.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c));
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if phone.is_empty() || ok_chars && phone.len() <= MAX_PHONE && digits >= 3 {
        Ok(())
    } else {
        Err(Error::Invalid {
            field: "clinic_phone",
            reason: aftercare_i18n::say("invalid-phone", &[]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s() -> Settings {
        Settings::new(Zone::new("Europe/Berlin").expect("zone"))
    }

    #[test]
    fn defaults_are_valid() {
        assert!(s().validate().is_ok());
        assert_eq!(s().preferences(), Preferences::default());
    }

    #[test]
    fn each_bad_field_is_named() {
        let field = |x: Settings| match x.validate() {
            Err(Error::Invalid { field, .. }) => field,
            other => panic!("expected invalid, got {other:?}"),
        };
        assert_eq!(
            field(Settings {
                clinic_phone: "call me".into(),
                ..s()
            }),
            "clinic_phone"
        );
        assert_eq!(
            field(Settings {
                clinic_phone: "12".into(),
                ..s()
            }),
            "clinic_phone"
        );
        assert_eq!(
            field(Settings {
                clinic_name: "x".repeat(101),
                ..s()
            }),
            "clinic_name"
        );
        assert_eq!(
            field(Settings {
                clinic_name: "a\nb".into(),
                ..s()
            }),
            "clinic_name"
        );
        assert_eq!(
            field(Settings {
                grace_minutes: 1441,
                ..s()
            }),
            "grace_minutes"
        );
        assert_eq!(
            field(Settings {
                series_length: 0,
                ..s()
            }),
            "series_length"
        );
        assert_eq!(
            field(Settings {
                series_length: 13,
                ..s()
            }),
            "series_length"
        );
        assert!(Settings {
            clinic_phone: "+49 (30) 123-4567".into(),
            ..s()
        }
        .validate()
        .is_ok());
    }
}
