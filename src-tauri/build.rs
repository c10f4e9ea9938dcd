// The app's own commands are declared to the ACL, so the capability must allow each one
// by name; a command not listed there is refused at run time. `src/commands.txt` is the
// list (a test checks it against the registered commands and the capability).
fn main() {
    println!("cargo:rerun-if-changed=src/commands.txt");
    let commands: Vec<&'static str> = include_str!("src/commands.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let commands: &'static [&'static str] = Box::leak(commands.into_boxed_slice());
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri-build failed");
}
