// The Hono baseline behind Cloudflare Access (jose), as the Java dashboard-api is.
import { buildApp } from "./app.js";

export default buildApp({ access: true });
