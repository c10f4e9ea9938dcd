//! Sleeping until an instant of the wall clock, on Linux. tokio's timers count monotonic
//! time, which stops while the machine sleeps and knows nothing of clock changes, so the
//! loop used to wake every minute to look at the wall clock: 30 of the app's context
//! switches a minute while nothing was due (issue 14). A timerfd on `CLOCK_REALTIME` with
//! an absolute expiry rings at the wall-clock instant whatever happened in between, and
//! with `TFD_TIMER_CANCEL_ON_SET` it rings at once when the clock is set, so the loop can
//! sleep through the hours between two reminders.

use std::io;
use std::os::fd::OwnedFd;
use std::time::Duration;

use jiff::Timestamp;
use rustix::time::{
    timerfd_create, timerfd_settime, Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags, Timespec,
};
use tokio::io::unix::AsyncFd;

/// With nothing ahead, the timer is still set this far out: a clock change then wakes the
/// loop, and it looks once an hour all the same.
pub const NOTHING_AHEAD: Duration = Duration::from_secs(60 * 60);

/// Returns at `at` on the wall clock (in an hour for `None`), or as soon as the clock is set.
/// If there is no timerfd (a sandbox forbidding it), in slices of `fallback` monotonic time.
pub async fn sleep_until(at: Option<Timestamp>, fallback: Duration) {
    let now = Timestamp::now();
    let at = at.unwrap_or_else(|| now + NOTHING_AHEAD);
    match armed(at) {
        Ok(timer) => {
            if let Err(e) = rings(timer).await {
                tracing::warn!(error = %e, "the reminder timer failed; looking again in a minute");
                tokio::time::sleep(fallback).await;
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, "no wall-clock timer; looking at the clock every minute");
            tokio::time::sleep(crate::clock::sliced(now, Some(at), fallback)).await;
        }
    }
}

fn armed(at: Timestamp) -> io::Result<AsyncFd<OwnedFd>> {
    let timer = timerfd_create(TimerfdClockId::Realtime, TimerfdFlags::NONBLOCK | TimerfdFlags::CLOEXEC)?;
    let expiry = Itimerspec {
        it_interval: Timespec { tv_sec: 0, tv_nsec: 0 },
        it_value: Timespec {
            tv_sec: at.as_second(),
            tv_nsec: at.subsec_nanosecond().into(),
        },
    };
    timerfd_settime(
        &timer,
        TimerfdTimerFlags::ABSTIME | TimerfdTimerFlags::CANCEL_ON_SET,
        &expiry,
    )?;
    // `new` is deprecated for `register`, the same call marked `unsafe` because a borrowed
    // fd could be closed while registered (tokio#8587). This one is owned and moved in, so
    // it lives exactly as long as its registration, and the crate forbids `unsafe`.
    #[allow(deprecated)]
    AsyncFd::new(timer)
}

/// Until the timer expires or is cancelled by a clock change: either way the loop looks.
async fn rings(timer: AsyncFd<OwnedFd>) -> io::Result<()> {
    loop {
        let mut ready = timer.readable().await?;
        let mut expirations = [0u8; 8];
        match rustix::io::read(ready.get_inner(), &mut expirations) {
            Ok(_) | Err(rustix::io::Errno::CANCELED) => return Ok(()),
            Err(rustix::io::Errno::AGAIN) => ready.clear_ready(),
            Err(e) => return Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    #[tokio::test]
    async fn it_rings_at_the_wall_clock_instant_not_before() {
        let at = Timestamp::now() + SignedDuration::from_millis(300);
        sleep_until(Some(at), Duration::from_secs(60)).await;
        assert!(Timestamp::now() >= at, "rang before {at}");
    }

    #[tokio::test]
    async fn an_instant_already_past_rings_at_once() {
        // A pass that ran long: the next reminder is already due. The hour-long fallback
        // can't end it; only the expired timer reading ready can, well within the guard.
        let past = Timestamp::now() - SignedDuration::from_secs(5);
        tokio::time::timeout(
            Duration::from_secs(30),
            sleep_until(Some(past), Duration::from_secs(3600)),
        )
        .await
        .expect("an expired timer must ring");
    }
}
