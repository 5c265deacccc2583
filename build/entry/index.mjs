// The Worker's entry module. TeaVM emits the handlers as named exports of worker.js; workerd
// wants them on a default-exported object. wrangler's bundler joins the two files (and any npm
// driver the Java side imports) into the deployed script.
import { fetch, queue, scheduled } from "./worker.js";

export default { fetch, queue, scheduled };
