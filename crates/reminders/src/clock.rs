use std::future::Future;
use std::time::Duration;

use jiff::Timestamp;

/// The wall clock. Tests substitute one they control.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;

    /// Waits until `at` on this clock (`None`: nothing ahead), or less: the caller looks
    /// at the clock again when it returns. This default counts monotonic time, which knows
    /// nothing of the clock's jumps, so it waits at most `slice` at a time.
    fn sleep_until(&self, at: Option<Timestamp>, slice: Duration) -> impl Future<Output = ()> + Send {
        tokio::time::sleep(sliced(self.now(), at, slice))
    }
}

/// How long to sleep on monotonic time towards `at` (`None`: nothing ahead): until then, but
/// at most `slice`, after which the caller looks at the wall clock again.
pub(crate) fn sliced(now: Timestamp, at: Option<Timestamp>, slice: Duration) -> Duration {
    at.map_or(slice, |at| {
        Duration::try_from(at.duration_since(now))
            .unwrap_or(Duration::ZERO)
            .min(slice)
    })
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }

    /// On Linux, a wall-clock timer: until `at`, however long, unless the clock is set.
    #[cfg(target_os = "linux")]
    fn sleep_until(&self, at: Option<Timestamp>, slice: Duration) -> impl Future<Output = ()> + Send {
        crate::wall_timer::sleep_until(at, slice)
    }
}
