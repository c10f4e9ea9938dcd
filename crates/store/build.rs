// Re-run the build (and so `sqlx::migrate!`) when a migration is added or changed.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
