// Rewrites workerd's console output for people reading Java: each stack frame of a TeaVM bundle
// is mapped through the bundle's source map to its .java file and line, shown as Java prints it
// ("at dev.workers4j.Foo(Foo.java:42)", TeaVM's class library under its java.* name); frames of
// TeaVM's runtime (teavm-runtime.js, see build/tools/map-teavm-runtime.mjs) and the exception
// constructors that start every Java stack are dropped. Other lines pass through unchanged.
// Frames wrangler dev has already mapped (".../src/dev/x/Foo.java:42:1") are rewritten the same way:
//   npx wrangler dev -c workers/ingest/wrangler.toml 2>&1 | node build/workerd/java-stacks.mjs
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";

const FRAME = /^(\s*)at (?:(.*?) \()?(file:\/\/[^\s()]+):(\d+):(\d+)\)?\s*$/;
const traceMaps = new Map();

/** The source map a script names in its last sourceMappingURL comment, or null. */
function traceMapOf(file) {
  if (!traceMaps.has(file)) {
    let map = null;
    try {
      const code = fs.readFileSync(file, "utf8");
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code);
      if (url && !url[1].startsWith("data:")) {
        const mapFile = path.resolve(path.dirname(file), url[1]);
        map = new TraceMap(fs.readFileSync(mapFile, "utf8"), mapFile);
      }
    } catch {
      map = null;
    }
    traceMaps.set(file, map);
  }
  return traceMaps.get(file);
}

/** "org/teavm/classlib/java/util/TArrayList.java" -> "java.util.ArrayList"; null for non-Java sources. */
export function javaClassOf(source) {
  const java = /(?:^|\/)src\/(.+)\.java$/.exec(source);
  if (!java) return null;
  const parts = java[1].split("/");
  if (parts[0] === "org" && parts[1] === "teavm" && parts[2] === "classlib") {
    parts.splice(0, 3);
    const last = parts.length - 1;
    if (/^T[A-Z]/.test(parts[last])) parts[last] = parts[last].substring(1);
  }
  return parts.join(".");
}

/** The frame's source and line: as written when already mapped (a .java file), else through the script's map. */
function sourcePosition(frame) {
  const file = fileURLToPath(frame[3]);
  if (file.endsWith(".java") || file.endsWith("teavm-runtime.js")) return { source: file, line: Number(frame[4]) };
  const map = traceMapOf(file);
  return map ? originalPositionFor(map, { line: Number(frame[4]), column: Number(frame[5]) - 1 }) : null;
}

/** The frame as Java shows it, {drop} for a frame to hide, or null when it is not a mapped frame. */
function javaFrame(line) {
  const frame = FRAME.exec(line);
  if (!frame) return null;
  const position = sourcePosition(frame);
  if (!position || !position.source) return null;
  if (position.source.endsWith("teavm-runtime.js")) return { drop: true };
  const cls = javaClassOf(position.source);
  if (!cls) return { text: `${frame[1]}at ${frame[2] ?? "<anonymous>"} (${position.source}:${position.line})` };
  const file = cls.substring(cls.lastIndexOf(".") + 1) + ".java";
  return { text: `${frame[1]}at ${cls}(${file}:${position.line})`, cls };
}

/** Copies {@code input} to {@code output} line by line, Java stacks rewritten. */
export function pipeJavaStacks(input, output) {
  let leading = false; // within the frames right after a message: the exception's constructors
  readline.createInterface({ input, crlfDelay: Infinity }).on("line", (line) => {
    const frame = javaFrame(line);
    if (!frame) {
      leading = !FRAME.test(line);
      output.write(line + "\n");
      return;
    }
    if (frame.drop) return;
    if (leading && frame.cls && /(Throwable|Exception|Error)$/.test(frame.cls)) return;
    leading = false;
    output.write(frame.text + "\n");
  });
}

// As a filter: node build/workerd/java-stacks.mjs < log
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  pipeJavaStacks(process.stdin, process.stdout);
}
