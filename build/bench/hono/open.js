// The same Hono baseline without Access: what the Access check itself costs is the difference.
import { buildApp } from "./app.js";

export default buildApp({ access: false });
