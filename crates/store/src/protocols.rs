//! Clinic protocols: the validated source text and its version. None active means the
//! built-in protocol is in use.

use aftercare_core::Protocol;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::util::{parse_ts, ts};
use crate::{Error, Result, Store};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredProtocol {
    pub id: i64,
    pub protocol_id: String,
    pub version: String,
    /// The file it was loaded from.
    pub origin: String,
    pub source: String,
    pub loaded_at: Timestamp,
    pub active: bool,
}

impl StoredProtocol {
    pub fn protocol(&self) -> Result<Protocol> {
        Protocol::from_toml(&self.source, &self.origin).map_err(|e| Error::Corrupt(format!("stored protocol: {e}")))
    }
}

pub(crate) fn protocol_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<StoredProtocol> {
    Ok(StoredProtocol {
        id: r.try_get("id")?,
        protocol_id: r.try_get("protocol_id")?,
        version: r.try_get("version")?,
        origin: r.try_get("origin")?,
        source: r.try_get("source")?,
        loaded_at: parse_ts(&r.try_get::<String, _>("loaded_at")?)?,
        active: r.try_get("active")?,
    })
}

pub(crate) async fn insert_protocol(tx: &mut sqlx::SqliteConnection, p: &StoredProtocol) -> Result<i64> {
    Ok(sqlx::query(
        "INSERT INTO protocols (id, protocol_id, version, origin, source, loaded_at, active) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(if p.id > 0 { Some(p.id) } else { None })
    .bind(&p.protocol_id)
    .bind(&p.version)
    .bind(&p.origin)
    .bind(&p.source)
    .bind(ts(p.loaded_at))
    .bind(p.active)
    .execute(&mut *tx)
    .await?
    .last_insert_rowid())
}

impl Store {
    /// Validates a clinic's protocol file and makes it the active one. A file that fails
    /// validation changes nothing: the protocol in use stays.
    pub async fn load_protocol(&self, source: &str, origin: &str) -> Result<StoredProtocol> {
        let parsed = Protocol::from_toml(source, origin)?;
        let mut tx = self.write().await?;
        let existing = sqlx::query("SELECT * FROM protocols WHERE protocol_id = ? AND version = ?")
            .bind(&parsed.id)
            .bind(&parsed.version)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(row) = &existing {
            let old = protocol_from_row(row)?;
            if old.source != source {
                return Err(aftercare_core::Error::Invalid {
                    field: "version",
                    reason: aftercare_i18n::say(
                        "invalid-protocol-version",
                        &[
                            ("id", parsed.id.as_str().into()),
                            ("version", parsed.version.as_str().into()),
                        ],
                    ),
                }
                .into());
            }
        }
        sqlx::query("UPDATE protocols SET active = 0 WHERE active = 1")
            .execute(&mut *tx)
            .await?;
        let id = match existing {
            Some(row) => {
                let id: i64 = row.try_get("id")?;
                sqlx::query("UPDATE protocols SET active = 1 WHERE id = ?")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                let p = StoredProtocol {
                    id: 0,
                    protocol_id: parsed.id.clone(),
                    version: parsed.version.clone(),
                    origin: origin.to_string(),
                    source: source.to_string(),
                    loaded_at: Timestamp::now(),
                    active: true,
                };
                insert_protocol(&mut tx, &p).await?
            }
        };
        let row = sqlx::query("SELECT * FROM protocols WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        protocol_from_row(&row)
    }

    /// Goes back to the built-in protocol for new treatments.
    pub async fn use_builtin_protocol(&self) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE protocols SET active = 0 WHERE active = 1")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn protocols(&self) -> Result<Vec<StoredProtocol>> {
        let rows = sqlx::query("SELECT * FROM protocols ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(protocol_from_row).collect()
    }
}

/// A stored protocol, parsed.
pub(crate) async fn protocol_on(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<Protocol> {
    let row = sqlx::query("SELECT * FROM protocols WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    protocol_from_row(&row)?.protocol()
}
