//! The database's failures a client can meet, said in words (English here; the catalog
//! test checks every language has them): a file that is not a database, and a database
//! written by a newer version of the app.

use aftercare_store::Store;

#[tokio::test]
async fn a_file_that_is_not_a_database_is_called_damaged() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("aftercare.db");
    std::fs::write(&path, vec![b'x'; 8192]).expect("write");
    let e = Store::open(&path).await.expect_err("not a database");
    assert_eq!(e.code(), "database");
    assert!(e.to_string().contains("damaged"), "{e}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        vec![b'x'; 8192],
        "the file is left as it was"
    );
}

#[tokio::test]
async fn a_database_from_a_newer_app_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("aftercare.db");
    let store = Store::open(&path).await.expect("open");
    drop(store);
    // What a newer app leaves: a migration this one doesn't know.
    let url = format!("sqlite://{}", path.display());
    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url)
        .await
        .expect("connect");
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99999, 'from the future', 1, x'00', 0)",
    )
    .execute(&mut conn)
    .await
    .expect("insert");
    drop(conn);
    let e = Store::open(&path).await.expect_err("newer");
    assert!(e.to_string().contains("newer version of the app"), "{e}");
}
