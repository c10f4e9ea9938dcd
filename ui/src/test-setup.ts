// Vitest: the page's words in English, as the app sets them before it mounts.
import english from "../../locales/en.ftl?ast";
import { setLanguage } from "./lib/i18n";

setLanguage("en", english);
