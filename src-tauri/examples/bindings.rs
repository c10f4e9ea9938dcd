//! Writes `ui/src/lib/bindings.ts` from the command signatures: run it after changing a
//! command or a view (`make bindings`). A test fails while the file is stale.

fn main() -> std::process::ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let path = root.join(aftercare_app::BINDINGS);
    let written = aftercare_app::bindings_source()
        .map_err(|e| e.to_string())
        .and_then(|s| std::fs::write(&path, s).map_err(|e| e.to_string()));
    match written {
        Ok(()) => {
            println!("wrote {}", path.display());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("bindings: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
