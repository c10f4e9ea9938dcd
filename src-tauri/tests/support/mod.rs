//! The command harness: the app's real command handler and ACL on Tauri's mock runtime,
//! with a fresh database per test.
#![allow(dead_code)]

use aftercare_app::AppState;
use aftercare_store::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

pub struct Harness {
    _dir: tempfile::TempDir,
    pub app: App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
}

pub fn harness() -> Harness {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = tauri::async_runtime::block_on(Store::open(&dir.path().join("aftercare.db"))).expect("store");
    let state = AppState::with_store(store, dir.path().join("exports"));
    // The app's real context: its capability and ACL apply, as in the shipped app.
    let app = mock_builder()
        .manage(state)
        .invoke_handler(aftercare_app::commands::<MockRuntime>().invoke_handler())
        .build(tauri::generate_context!())
        .expect("app");
    let window = match app.get_webview_window("main") {
        Some(w) => w,
        None => WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window"),
    };
    Harness { _dir: dir, app, window }
}

impl Harness {
    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.call_from("tauri://localhost", cmd, args)
    }

    pub fn call_from(&self, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        let req = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, req).map(|b| b.deserialize::<Value>().expect("json body"))
    }

    /// A call whose body is raw bytes (a picked file), with headers, as `invoke` sends it.
    pub fn call_raw(&self, cmd: &str, body: &[u8], headers: &[(&'static str, &str)]) -> Result<Value, Value> {
        let mut map = tauri::http::HeaderMap::new();
        for (k, v) in headers {
            map.insert(*k, v.parse().expect("header value"));
        }
        let req = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Raw(body.to_vec()),
            headers: map,
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, req).map(|b| b.deserialize::<Value>().expect("json body"))
    }

    /// Like [`Harness::refused`] for a raw-body call.
    pub fn refused_raw(&self, cmd: &str, body: &[u8], headers: &[(&'static str, &str)]) -> Value {
        let before = self.snapshot();
        let err = match self.call_raw(cmd, body, headers) {
            Ok(v) => panic!("{cmd} should have been refused, got {v}"),
            Err(e) => e,
        };
        assert_eq!(self.snapshot(), before, "{cmd} changed the database while refusing");
        err
    }

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        match self.call(cmd, args) {
            Ok(v) => v,
            Err(e) => panic!("{cmd} failed: {e}"),
        }
    }

    /// Calls a command that must be refused: returns the error, and checks the database
    /// is exactly as before (its full backup snapshot, minus nothing).
    pub fn refused(&self, cmd: &str, args: Value) -> Value {
        let before = self.snapshot();
        let err = match self.call(cmd, args) {
            Ok(v) => panic!("{cmd} should have been refused, got {v}"),
            Err(e) => e,
        };
        assert_eq!(self.snapshot(), before, "{cmd} changed the database while refusing");
        for key in ["code", "message"] {
            assert!(
                err[key].as_str().is_some_and(|s| !s.is_empty()),
                "{cmd}: error without {key}: {err}"
            );
        }
        err
    }

    pub fn store(&self) -> Store {
        self.app.state::<AppState>().store().clone()
    }

    pub fn snapshot(&self) -> String {
        let store = self.store();
        tauri::async_runtime::block_on(async move { store.backup().await.expect("backup").to_json() })
    }

    pub fn export_dir(&self) -> std::path::PathBuf {
        self.app.state::<AppState>().export_dir.clone()
    }
}

pub fn local_now(zone: &str, hours_ago: i64) -> String {
    let z = aftercare_core::Zone::new(zone).expect("zone");
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(hours_ago);
    z.local(t).strftime("%Y-%m-%dT%H:%M").to_string()
}

pub fn setup_input(hours_ago: i64) -> Value {
    json!({ "input": {
        "ended_at": local_now("Europe/Berlin", hours_ago),
        "zone": "Europe/Berlin",
        "area": "face",
        "clinic_name": "Skin Clinic",
        "clinic_phone": "+49 30 1234567",
        "checkin_at": "20:00",
        "quiet_start": "22:00",
        "quiet_end": "07:00",
        "screening": { "pregnant": false }
    }})
}

pub fn set_up(h: &Harness) -> Value {
    h.ok("set_up", setup_input(10))
}

pub fn today_date() -> String {
    aftercare_core::Zone::new("Europe/Berlin")
        .expect("zone")
        .local(jiff::Timestamp::now())
        .date()
        .to_string()
}

pub fn field(err: &Value) -> &str {
    err["field"].as_str().unwrap_or("")
}
