//! The photo diary: add (the picture's bytes as the request body, never base64 over IPC),
//! list with thumbnails, one photo in full for comparing, delete.

use aftercare_i18n::say;
use aftercare_store::{NewPhoto, PhotoRecord, PhotoSize};
use base64::Engine;
use jiff::Timestamp;
use tauri::ipc::{CommandArg, CommandItem, InvokeBody, InvokeError};
use tauri::{Runtime, State};

use super::parse::date;
use crate::error::{AppError, ErrorCode, Result};
use crate::input::Input;
use crate::state::AppState;
use crate::views::*;

/// The header that names the day a photo is for (the body is the file's bytes).
pub const DATE_HEADER: &str = "aftercare-date";

/// A picked or taken photo as the page sent it: the file's bytes as the request body and
/// its day in a header; or why it can't be read, for the command to report.
pub struct Upload(Result<(Vec<u8>, String)>);

impl<'a, R: Runtime> CommandArg<'a, R> for Upload {
    fn from_command(item: CommandItem<'a, R>) -> std::result::Result<Self, InvokeError> {
        let day = item
            .message
            .headers()
            .get(DATE_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        Ok(Upload(match item.message.payload() {
            InvokeBody::Raw(bytes) => Ok((bytes.clone(), day)),
            InvokeBody::Json(_) => {
                Err(AppError::new(ErrorCode::BadInput, say("invalid-photo-not-a-file", &[])).at("photo"))
            }
        }))
    }
}

/// Not in the generated bindings: the page calls `add_photo` with `invoke` and a body.
impl specta::function::FunctionArg for Upload {
    fn to_datatype(_: &mut specta::Types) -> Option<specta::datatype::DataType> {
        None
    }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl From<aftercare_photos::Error> for AppError {
    fn from(e: aftercare_photos::Error) -> Self {
        AppError::invalid("photo", e.to_string())
    }
}

fn view(p: &PhotoRecord, thumbnail: &[u8], cx: &aftercare_store::Case) -> PhotoView {
    let logged = cx.history.iter().find(|c| c.date == p.date);
    PhotoView {
        id: p.id,
        date: p.date.to_string(),
        day: cx.treatment.day_of(p.date),
        width: p.width,
        height: p.height,
        thumbnail: b64(thumbnail),
        redness: logged.map(|c| c.redness.score()),
        redness_label: logged.map(|c| c.redness.word(cx.language())),
    }
}

/// Adds a photo to a logged day: checked, turned upright, stripped of metadata and scaled
/// in Rust; a refusal keeps nothing.
#[tauri::command]
#[specta::specta]
pub async fn add_photo(state: State<'_, AppState>, upload: Upload) -> Result<PhotoView> {
    let (bytes, day_text) = upload.0?;
    let store = state.store();
    let cx = store.required_case().await?;
    let now = Timestamp::now();
    let day = match day_text.trim() {
        "" => cx.today(now),
        d => date(d, "date")?,
    };
    // Decoding and scaling a 12-megapixel picture takes a moment: off the async workers.
    let photo = tauri::async_runtime::spawn_blocking(move || aftercare_photos::import(&bytes))
        .await
        .map_err(|e| {
            AppError::new(
                ErrorCode::Io,
                say("error-photo-prepare", &[("detail", e.to_string().into())]),
            )
        })??;
    let new = NewPhoto {
        jpeg: photo.jpeg,
        thumbnail: photo.thumbnail,
        width: photo.width,
        height: photo.height,
    };
    let rec = store.add_photo(&cx, day, &new, now).await?;
    Ok(view(&rec, &new.thumbnail, &cx))
}

/// Every photo of the current treatment with its thumbnail, oldest day first, and the
/// protocol's photo days.
#[tauri::command]
#[specta::specta]
pub async fn photos(state: State<'_, AppState>) -> Result<PhotosView> {
    let store = state.store();
    let cx = store.required_case().await?;
    let mut photos = Vec::new();
    for p in store.photos(cx.id()).await? {
        let thumb = store.photo_bytes(p.id, PhotoSize::Thumbnail).await?;
        photos.push(view(&p, &thumb, &cx));
    }
    let today = cx.today(Timestamp::now());
    Ok(PhotosView {
        photos,
        photo_days: cx.protocol.photo_days.clone(),
        today: cx.treatment.day_of(today),
        today_date: today.to_string(),
    })
}

/// One photo in full (base64 JPEG), for comparing days.
#[tauri::command]
#[specta::specta]
pub async fn photo(state: State<'_, AppState>, id: Input<i64>) -> Result<PhotoFull> {
    let id = id.named("id")?;
    let jpeg = state.store().photo_bytes(id, PhotoSize::Full).await?;
    Ok(PhotoFull { id, jpeg: b64(&jpeg) })
}

#[tauri::command]
#[specta::specta]
pub async fn delete_photo(state: State<'_, AppState>, id: Input<i64>) -> Result<()> {
    let id = id.named("id")?;
    state.store().delete_photo(id).await?;
    Ok(())
}
