// Hello world: one command that returns data, one that says the page shows it.

#[tauri::command]
fn hello() -> String {
    "Hello, world".into()
}

#[tauri::command]
fn ready() {
    if std::env::var_os("AFTERCARE_STARTUP_PROBE").is_some() {
        println!("aftercare-ready");
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![hello, ready])
        .run(tauri::generate_context!())
        .expect("hello-tauri failed");
}
