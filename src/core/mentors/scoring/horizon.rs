//! Time-zone work for one reference week, done once and shared by every [`Scorer`] that
//! ranks the same directory in that week (a cohort scores one mentee after another against
//! one roster): per zone its steady offsets over the horizon weeks, and, when first asked,
//! its [`ZoneWeek`] and [`Steady`] for each horizon week. Only caches: a scorer given a
//! [`Horizon`] computes exactly what it computes without one.
//!
//! [`Scorer`]: super::Scorer

use std::sync::OnceLock;

use chrono::NaiveDate;

use super::index::{FxMap, MentorIndex};
use crate::core::mentors::overlap::{self, HORIZON_WEEKS, Steady, ZoneWeek};
use crate::core::time::calendar::monday_of;
use crate::core::time::tz::Tz;

/// Zones prepared for one reference week (see the module docs).
#[derive(Debug, Default)]
pub struct Horizon {
    /// The reference week's Monday.
    monday: Option<NaiveDate>,
    zones: FxMap<Tz, ZoneHorizon>,
}

/// One zone over the horizon.
#[derive(Debug)]
pub(super) struct ZoneHorizon {
    /// [`overlap::horizon_offsets`] of the zone.
    pub(super) offsets: [Option<i32>; HORIZON_WEEKS],
    /// Per horizon week, built when first asked.
    weeks: [OnceLock<(ZoneWeek, Option<Steady>)>; HORIZON_WEEKS],
}

impl ZoneHorizon {
    /// The zone's [`ZoneWeek`] for horizon week `k` and its [`ZoneWeek::steady`].
    pub(super) fn week(&self, tz: Tz, monday: NaiveDate, k: usize) -> &(ZoneWeek, Option<Steady>) {
        self.weeks[k].get_or_init(|| {
            let week = ZoneWeek::new(tz, overlap::horizon_monday(monday, k));
            let steady = week.steady();
            (week, steady)
        })
    }
}

impl Horizon {
    /// `zones` prepared for the week starting on the Monday of `week_start`.
    pub fn new(week_start: NaiveDate, zones: impl IntoIterator<Item = Tz>) -> Horizon {
        let monday = monday_of(week_start);
        let mut map: FxMap<Tz, ZoneHorizon> = FxMap::default();
        for tz in zones {
            map.entry(tz).or_insert_with(|| ZoneHorizon {
                offsets: overlap::horizon_offsets(tz, monday),
                weeks: std::array::from_fn(|_| OnceLock::new()),
            });
        }
        Horizon {
            monday: Some(monday),
            zones: map,
        }
    }

    /// Every zone of `ix` (that parses) and `extra` (e.g. the mentees' zones), for the week
    /// starting on the Monday of `week_start`.
    pub fn for_index(
        ix: &MentorIndex,
        week_start: NaiveDate,
        extra: impl IntoIterator<Item = Tz>,
    ) -> Horizon {
        Horizon::new(
            week_start,
            ix.zones.iter().filter_map(|(_, z)| *z).chain(extra),
        )
    }

    /// The zone's entry when it is prepared for the week of `monday`.
    pub(super) fn get(&self, tz: Tz, monday: NaiveDate) -> Option<&ZoneHorizon> {
        if self.monday != Some(monday) {
            return None;
        }
        self.zones.get(&tz)
    }
}
