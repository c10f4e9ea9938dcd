// Same signal as the app: data on screen, then `ready`.
const invoke = window.__TAURI_INTERNALS__.invoke;
invoke("hello").then((text) => {
  document.getElementById("out").textContent = text;
  document.body.dataset.ready = "1";
  return invoke("ready");
});
