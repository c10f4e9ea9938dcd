//! What a click on a notification's action does, the same in the app and in
//! `aftercare daemon`: "Snooze" snoozes every reminder of the notification for 15 minutes;
//! "Log today" is the caller's (the app opens its check-in, the daemon says which command).

use std::sync::Arc;

use tokio::sync::mpsc::UnboundedReceiver;
use tokio::sync::watch;

use crate::{Action, ActionKind, Clock, Notifier, Result, Scheduler, SnoozeChoice};

/// Delivery, wired the same way for the app and `aftercare daemon`: the reminder loop, with
/// the notifications' actions followed beside it, until `shutdown` turns true.
pub async fn deliver<N: Notifier + 'static, C: Clock + 'static>(
    scheduler: Arc<Scheduler<N, C>>,
    actions: UnboundedReceiver<Action>,
    log_today: impl Fn() + Send + 'static,
    shutdown: watch::Receiver<bool>,
) -> Result<()> {
    let follower = tokio::spawn(follow_actions(scheduler.clone(), actions, log_today));
    let result = scheduler.run(shutdown).await;
    follower.abort();
    result
}

/// Follows the clicks until the notifier that sends them goes away.
pub async fn follow_actions<N: Notifier, C: Clock>(
    scheduler: Arc<Scheduler<N, C>>,
    mut actions: UnboundedReceiver<Action>,
    log_today: impl Fn() + Send + 'static,
) {
    while let Some(a) = actions.recv().await {
        match a.kind {
            ActionKind::Snooze => {
                for id in &a.reminder_ids {
                    if let Err(e) = scheduler.snooze(id, SnoozeChoice::FifteenMinutes).await {
                        tracing::warn!(error = %e, "snooze failed");
                    }
                }
            }
            ActionKind::LogToday => log_today(),
        }
    }
}
